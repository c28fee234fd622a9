/// Made-up people for generated archives: names from short lists, combined.
struct SyntheticPeople {
  struct Person {
    var first: String
    var last: String
    var slug: String
    var twitterID: String
    var username: String
    var name: String { first + " " + last }
  }

  static let firstNames = [
    "Alex", "Priya", "Tomasz", "Zoë", "Kevin", "Mina", "Jordan", "Hannah", "Luis", "Samira", "Jonas", "Lena",
    "Amara", "Chris", "Dana", "Funke", "Robert", "Élodie", "Kenji", "Aisha", "Mateo", "Ingrid", "Omar",
    "Sofía",
  ]
  static let lastNames = [
    "Natarajan", "Wiśniewski", "Lindqvist", "Marsh", "Okafor", "Lee", "Berg", "Gómez", "O'Connell", "Becker",
    "Fischer", "Diallo", "Ndlovu", "Whitfield", "Fashola", "Müller", "Dubois", "Tanaka", "Khan", "Rossi",
    "Haugen", "Haddad", "García", "Novak", "Silva", "Kowalski", "Nguyen", "Schmidt", "Costa", "Ivanova",
  ]

  let people: [Person]

  init(count: Int, generator: inout SeededGenerator) {
    var people: [Person] = []
    for index in 0..<count {
      let first = Self.firstNames.randomElement(using: &generator) ?? "Alex"
      let last = Self.lastNames.randomElement(using: &generator) ?? "Lee"
      let tag = String(index, radix: 36)
      people.append(
        Person(
          first: first, last: last,
          slug: "\(first)-\(last)-\(tag)".lowercased().replacingOccurrences(of: "'", with: ""),
          twitterID: String(100_000 + index * 7919), username: "\(first).\(last).\(tag)".lowercased()))
    }
    self.people = people
  }
}
