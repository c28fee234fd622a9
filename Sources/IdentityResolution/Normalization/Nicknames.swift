/// Names and their nicknames (Bob ↔ Robert, Liz ↔ Elizabeth, Pepe ↔ José), so that two names can be
/// recognized as the same first name.
///
/// English pairs come from carltonnorthern/nicknames (Apache-2.0); the non-English pairs below
/// were added for names common in the exports Rekindle reads.
public enum Nicknames {
  /// Pairs beyond the English list: Spanish, Portuguese, Italian, German, French, Polish, Dutch,
  /// Scandinavian and Russian short forms, as `name:nickname`.
  static let additionalPairs = """
    jose:pepe jose:pepito francisco:paco francisco:pancho francisco:chico ignacio:nacho enrique:quique
    manuel:manolo guadalupe:lupe dolores:lola concepcion:concha rosario:charo jesus:chuy alejandro:alex
    antonio:toni antonio:tono joao:joaozinho giuseppe:beppe giuseppe:peppe giovanni:gianni
    francesco:franco francesco:cesco alessandro:sandro johannes:hannes johannes:hans johann:hans
    wolfgang:wolf friedrich:fritz franziska:franzi katharina:kathi stefanie:steffi guillaume:guille
    aleksander:olek aleksandra:ola malgorzata:gosia katarzyna:kasia agnieszka:aga wojciech:wojtek
    krzysztof:krzys tomasz:tomek jakub:kuba pieter:piet willem:wim hendrik:henk
    margaretha:greet alexander:sasha aleksandr:sasha aleksandr:sanya dmitry:dima vladimir:volodya
    ekaterina:katya elena:lena mikhail:misha nikolai:kolya tatiana:tanya ivan:vanya
    """

  /// For each lowercased name, the names it is directly paired with in either direction
  /// (`bob` → `robert`, `rob`, `bobby`, ...). Pairs are not chained: the list pairs `bill` with both
  /// `william` and `robert`, which does not make William a Robert.
  static let related: [String: Set<String>] = {
    var table: [String: Set<String>] = [:]
    for text in [englishPairs, additionalPairs] {
      for pair in text.split(whereSeparator: \.isWhitespace) {
        let parts = pair.split(separator: ":")
        guard parts.count == 2 else { continue }
        let name = String(parts[0])
        let nickname = String(parts[1])
        table[name, default: []].insert(nickname)
        table[nickname, default: []].insert(name)
      }
    }
    return table
  }()

  /// Every name of the table, full names and nicknames, sorted.
  public static var allNames: [String] { related.keys.sorted() }

  /// Whether `name` (normalized) is a first name or nickname of the table.
  public static func isKnownName(_ name: String) -> Bool { related[name] != nil }

  /// The name and every name it is paired with (`bob` → `bob`, `robert`, `rob`, `bobby`, ...).
  /// Compare names already normalized (lowercase ASCII).
  public static func variants(of name: String) -> Set<String> {
    let key = name.lowercased()
    return (related[key] ?? []).union([key])
  }

  /// True when two first names can be the same person's: equal, or paired in the table
  /// (`bob` and `robert`, `liz` and `elizabeth`, `pepe` and `jose`).
  public static func areVariants(_ first: String, _ second: String) -> Bool {
    let a = first.lowercased()
    let b = second.lowercased()
    return a == b || related[a]?.contains(b) == true
  }
}
