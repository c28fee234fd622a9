import Foundation

/// Phone numbers in E.164 (`+4915123456789`), so that one number written several ways compares
/// equal across address books and messengers.
///
/// A small normalizer for the formats exports carry, not a full libphonenumber: it knows the
/// country calling codes and national trunk prefixes of the regions below, not each country's
/// numbering plan, so it checks lengths only roughly (E.164 allows 8 to 15 digits).
public enum PhoneNumber {
  /// Country calling codes by ISO 3166 region.
  static let callingCodes: [String: String] = [
    "US": "1", "CA": "1", "GB": "44", "IE": "353", "FR": "33", "DE": "49", "AT": "43", "CH": "41", "IT": "39",
    "ES": "34", "PT": "351", "NL": "31", "BE": "32", "LU": "352", "DK": "45", "SE": "46", "NO": "47",
    "FI": "358",
    "IS": "354", "PL": "48", "CZ": "420", "SK": "421", "HU": "36", "RO": "40", "BG": "359", "GR": "30",
    "TR": "90", "RU": "7", "UA": "380", "EE": "372", "LV": "371", "LT": "370", "HR": "385", "SI": "386",
    "RS": "381", "IL": "972", "AE": "971", "SA": "966", "EG": "20", "MA": "212", "NG": "234", "KE": "254",
    "ZA": "27", "SN": "221", "GH": "233", "IN": "91", "PK": "92", "BD": "880", "CN": "86", "HK": "852",
    "TW": "886", "JP": "81", "KR": "82", "SG": "65", "MY": "60", "TH": "66", "VN": "84", "PH": "63",
    "ID": "62", "AU": "61", "NZ": "64", "MX": "52", "BR": "55", "AR": "54", "CL": "56", "CO": "57",
    "PE": "51",
  ]

  /// Regions whose national numbers keep their leading 0 after the country code (Italy).
  static let keepsLeadingZero: Set<String> = ["IT", "SM", "VA"]

  /// The E.164 form of `text`, or `nil` when it is not a phone number.
  ///
  /// - Parameters:
  ///   - text: the number as written (`+1 (415) 555-0100`, `0151 23456789`, `tel:` links).
  ///   - defaultRegion: the region of numbers written without a country code (the owner's
  ///     country; `US` by default).
  public static func e164(_ text: String, defaultRegion: String = "US") -> String? {
    var raw = String(text.trimmingWhitespace)
    if raw.lowercased().hasPrefix("tel:") { raw = String(raw.dropFirst(4)) }
    // Extensions and URI parameters are not part of the number.
    for marker in [";", " ext", " x", ",", "#"] {
      if let range = raw.range(of: marker, options: .caseInsensitive) {
        raw = String(raw[..<range.lowerBound])
      }
    }
    let international = raw.hasPrefix("+")
    var digits = raw.filter { $0.isASCII && $0.isNumber }
    guard digits.count >= 6, raw.allSatisfy({ $0.isNumber || " +-().\u{A0}/".contains($0) }) else {
      return nil
    }
    if international { return valid("+" + digits) }
    if digits.hasPrefix("00") { return valid("+" + digits.dropFirst(2)) }
    if digits.hasPrefix("011"), defaultRegion == "US" || defaultRegion == "CA" {
      return valid("+" + digits.dropFirst(3))
    }
    let region = defaultRegion.uppercased()
    guard let code = callingCodes[region] else { return nil }
    if code == "1" {
      if digits.count == 11, digits.hasPrefix("1") { return valid("+" + digits) }
      return digits.count == 10 ? "+1" + digits : nil
    }
    // Digits that start with the region's calling code and are too long for a national number
    // carry the code already (`4915123456789` in Germany, `+` lost on the way).
    if !digits.hasPrefix("0"), digits.hasPrefix(code), digits.count >= 11, digits.count - code.count >= 8 {
      return valid("+" + digits)
    }
    if digits.hasPrefix("0") && !keepsLeadingZero.contains(region) { digits.removeFirst() }
    return valid("+" + code + digits)
  }

  private static func valid(_ number: String) -> String? {
    let count = number.count - 1
    return (8...15).contains(count) ? number : nil
  }
}
