import Foundation
import IdentityResolution

/// A company the user aims at (`rekindle at Contoso`), and which companies and mail domains the
/// exports name it by.
///
/// Names compare as a user would expect: case, accents and punctuation aside, without legal forms
/// (`Inc.`, `Ltd`, `GmbH`, `S.A.`, `AG`, `LLC`, `plc`), with `&` as `and` and without a leading
/// `The` (`CompanyName.words(_:)`). A company matches when its words begin with the target's
/// (`Contoso` finds `Contoso Pharmaceuticals` and `Contoso GmbH`, not `Northwind Contoso`), or
/// when both spell the same letters (`Coca-Cola` and `CocaCola`). A work e-mail matches when its
/// domain names the target (`@contoso.com`, `@mail.contoso.co.uk`); addresses at providers anyone
/// can sign up with (`gmail.com`, `proton.me`) never do. An ``isExact`` target matches a company
/// written exactly so, ignoring case, and no e-mail domain.
public struct CompanyTarget: Sendable, Hashable {
  /// The target as the user wrote it.
  public let text: String
  /// Matching without the fuzziness (`--exact`).
  public let isExact: Bool
  /// The target's words (`CompanyName.words(_:)`).
  let words: [String]

  public init(_ text: String, exact: Bool = false) {
    self.text = text.trimmingCharacters(in: .whitespaces)
    isExact = exact
    let words = CompanyName.words(text)
    // A target made only of filler words ("The Company") is taken as written.
    self.words = words.isEmpty ? [self.text.lowercased()] : words
  }

  /// Whether `company`, as an export writes it, is the target.
  public func matches(company: String) -> Bool {
    matches(company: company, words: CompanyName.words(company))
  }

  /// ``matches(company:)`` with the company's words already taken (`CompanyName.words(_:)`).
  func matches(company: String, words companyWords: [String]) -> Bool {
    if isExact { return company.trimmingCharacters(in: .whitespaces).lowercased() == text.lowercased() }
    guard !companyWords.isEmpty else { return false }
    if companyWords.starts(with: words) { return true }
    return companyWords.joined() == words.joined()
  }

  /// Whether a mail domain (`contoso.co.uk`) is the target's: the organization it names is the
  /// target's letters, or the first word of a target of several words (`contoso.com` for
  /// `Contoso Pharmaceuticals`) when that word is four letters or more.
  public func matches(domain: String) -> Bool {
    guard !isExact, let name = EmailAddress.organizationName(ofDomain: domain) else { return false }
    let letters = name.filter { $0.isLetter || $0.isNumber }
    if letters == words.joined() { return true }
    return words.count > 1 && words[0].count >= 4 && letters == words[0]
  }

  /// How close `company` comes to the target, from 0 to 1 (Jaro–Winkler over the words, and over
  /// as many of the company's first words as the target has): what "did you mean" ranks by.
  func closeness(to company: String) -> Double {
    let companyWords = CompanyName.words(company)
    guard !companyWords.isEmpty else { return 0 }
    let target = words.joined(separator: " ")
    let whole = JaroWinkler.similarity(target, companyWords.joined(separator: " "))
    let prefix = JaroWinkler.similarity(target, companyWords.prefix(words.count).joined(separator: " "))
    return max(whole, prefix)
  }
}
