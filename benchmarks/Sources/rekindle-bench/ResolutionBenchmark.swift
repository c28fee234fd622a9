import ArchiveImport
import Foundation
import GraphStore
import IdentityResolution
import RekindleModel

/// `rekindle-bench resolution`: generates multi-platform archives of made-up persons with known
/// truth, imports them, resolves the identities into persons, and prints precision, recall, F1,
/// B-cubed F1, time and memory; optionally writes the identity records for Splink.
struct ResolutionBenchmark {
  var persons: Int
  var seed: UInt64
  var output: URL
  var splinkInput: URL?
  /// The share of persons who are given another person's exact name.
  var namesakeRate = 0.01
  /// How many wrongly merged and wrongly separated pairs to print.
  var showErrors = 0

  /// Whether to resolve the store and truth of an earlier run in `output` instead of generating.
  var reuse = false
  /// Whether to score the persons the store holds (resolved by another build of `rekindle`, for a
  /// before/after comparison on the same data) instead of resolving.
  var scoresStore = false

  func run() throws {
    let store = output.appendingPathComponent("resolution.sqlite").path
    let truthFile = output.appendingPathComponent("truth.tsv")
    if !reuse || !FileManager.default.fileExists(atPath: store)
      || !FileManager.default.fileExists(atPath: truthFile.path)
    {
      try generate(store: store, truthFile: truthFile)
    }
    let database = try GraphDatabase(path: store)
    let readStart = Date()
    let identities = try database.identitiesForResolution()
    let readSeconds = Date().timeIntervalSince(readStart)
    let resolveStart = Date()
    var result = IdentityResolver().resolve(
      identities.map { IdentityResolver.Input(id: $0.id, record: $0.record) })
    let resolveSeconds = Date().timeIntervalSince(resolveStart)
    if scoresStore {
      result.groups = try database.personGroups()
      print("scoring the persons the store holds, not this build's resolution")
    }
    let peakMegabytes = BenchmarkCommand.peakResidentMegabytes()
    // The truth is read after resolving, so that the peak memory is the resolver's.
    let (truthByKey, namesakes) = try Self.readTruth(truthFile)
    var truth: [Int64: Int] = [:]
    var unmapped: [String] = []
    for identity in identities {
      let key = ResolutionArchives.truthKey(
        identity.record.key.platform.rawValue, identity.record.key.nativeId)
      if let person = truthByKey[key] { truth[identity.id] = person } else { unmapped.append(key) }
    }
    print(
      "identities: \(identities.count) (\(unmapped.count) without truth: the owner and \(unmapped.prefix(3)))"
    )

    let evaluation = ResolutionEvaluation(groups: result.groups, truth: truth)
    print("persons sharing a full name with another: \(namesakes) pairs")
    // Recall on the pairs the exports give evidence for (see LinkablePairs).
    let linkable = LinkablePairs.components(identities, truth: truth)
    let linkableEvaluation = ResolutionEvaluation(groups: result.groups, truth: linkable)
    print(
      String(
        format: """
          rekindle: pairwise P %.4f R %.4f F1 %.4f | B3 P %.4f R %.4f F1 %.4f | clusters %d (true %d) | \
          true pairs %d, predicted %d, scored pairs %d
          rekindle: read %.2f s, resolve %.2f s, %.0f identities/s, peak RSS %.0f MB
          """, evaluation.precision, evaluation.recall, evaluation.f1, evaluation.bCubedPrecision,
        evaluation.bCubedRecall, evaluation.bCubedF1, evaluation.predictedClusters, evaluation.trueClusters,
        evaluation.truePairs, evaluation.predictedPairs, result.scoredPairs, readSeconds, resolveSeconds,
        Double(identities.count) / resolveSeconds, peakMegabytes))
    print(
      String(
        format: "rekindle: recall on the %d true pairs with evidence %.4f", linkableEvaluation.truePairs,
        linkableEvaluation.recall))
    printAmbiguousEvidence(result, identities: identities, truth: truth, linkable: linkable)
    print(
      "phases: "
        + result.timings.map { String(format: "%@ %.2f s", $0.phase, $0.seconds) }.joined(separator: ", "))
    if let model = result.model {
      print(
        String(format: "model: prior weight %.2f, %d labelled pairs", model.priorWeight, model.labelledPairs))
      for field in ComparedField.allCases {
        let levels = field.levels.indices.map { level in
          String(
            format: "%@ m=%.3f u=%.4f", field.levels[level], model.matchProbabilities[field.rawValue][level],
            model.nonMatchProbabilities[field.rawValue][level])
        }
        print("  \(field.name): " + levels.joined(separator: ", "))
      }
    }
    try printNamesakePrecision(result, truth: truth)
    if let contacts = try? Self.readContacts(output.appendingPathComponent("contacts.tsv")) {
      let reports = try ReportScoring.score(
        store: store, identities: identities, truth: truth, groups: result.groups, met: contacts.met,
        messaged: contacts.messaged)
      print(
        String(
          format: """
            reports: dormant P %.4f R %.4f (%d listed, %d truly) | meet P %.4f R %.4f (%d listed, %d truly)
            reports: persons met in person listed in the meet report: %d of %d (%.1f %%); of the %d also written to: %.1f %%
            """, reports.dormant.precision, reports.dormant.recall, reports.dormant.listed,
          reports.dormant.trulyListed, reports.meet.precision, reports.meet.recall, reports.meet.listed,
          reports.meet.trulyListed, reports.metListed, reports.met,
          100 * Double(reports.metListed) / Double(max(1, reports.met)), reports.metAndWritten,
          100 * Double(reports.metListed) / Double(max(1, reports.metAndWritten))))
      // An entry that no evidence links to the rest of its person (a `Data nerd` with an unrelated
      // handle) is listed by any resolver that does not guess: the floor of this figure.
      var membersOfComponent: [Int: [Int64]] = [:]
      for (id, component) in linkable { membersOfComponent[component, default: []].append(id) }
      let unlinkable = reports.metListedEntries.filter { entry in
        let listed = Set(entry)
        return entry.allSatisfy { id in
          linkable[id].map { (membersOfComponent[$0] ?? []).allSatisfy(listed.contains) } ?? true
        }
      }
      print(
        String(
          format:
            "reports: of those, %d are identities that no evidence links to the rest of their person (%.1f %% of the met)",
          unlinkable.count, 100 * Double(unlinkable.count) / Double(max(1, reports.met))))
      if showErrors > 0 {
        let records = Dictionary(uniqueKeysWithValues: identities.map { ($0.id, $0.record) })
        print(
          "met in person, yet in the meet report (the entry's identities, then the person's others; * where evidence links them):"
        )
        for entry in reports.metListedEntries.prefix(showErrors) {
          let persons = Set(entry.compactMap { truth[$0] })
          let others = identities.filter {
            truth[$0.id].map(persons.contains) == true && !entry.contains($0.id)
          }
          let describe = { (id: Int64) in
            records[id].map {
              "\($0.key.platform.rawValue):\($0.displayName ?? $0.handle ?? $0.key.nativeId)"
            } ?? "?"
          }
          let mark = unlinkable.contains(entry) ? "  " : "* "
          print(
            mark + entry.map(describe).joined(separator: " + ") + "   |   "
              + others.map { describe($0.id) }.joined(separator: ", "))
        }
      }
    }
    if showErrors > 0 { printErrors(result, identities: identities, truth: truth, linkable: linkable) }
    if let splinkInput { try writeSplinkInput(identities, truth: truth, linkable: linkable, to: splinkInput) }
  }

  /// Generates the persons, writes their archives and the truth, and imports the archives.
  private func generate(store: String, truthFile: URL) throws {
    var generator = SeededGenerator(seed: seed)
    let started = Date()
    let people = ResolutionPeople(count: persons, namesakeRate: namesakeRate, generator: &generator).persons
    let written = try ResolutionArchives(people: people, output: output).write(generator: &generator)
    let namesakes = Dictionary(grouping: people, by: { ResolutionPeople.ascii($0.first + " " + $0.family) })
      .values.reduce(0) { $0 + $1.count * ($1.count - 1) / 2 }
    let sameName = Dictionary(grouping: people, by: { ResolutionPeople.ascii($0.first + " " + $0.family) })
      .values.filter { $0.count > 1 }.flatMap { $0.map(\.index) }
    var lines = ["# namesake pairs\t\(namesakes)"]
    lines += written.truth.map { "\($0.key)\t\($0.value)" }.sorted()
    try (lines.joined(separator: "\n") + "\n").write(to: truthFile, atomically: true, encoding: .utf8)
    let contacts =
      written.met.sorted().map { "met\t\($0)" } + written.messaged.sorted().map { "messaged\t\($0)" }
      + sameName.sorted().map { "same-name\t\($0)" }
    try (contacts.joined(separator: "\n") + "\n").write(
      to: output.appendingPathComponent("contacts.tsv"), atomically: true, encoding: .utf8)
    print(
      String(
        format: "persons in same-name groups: %d of %d (%.1f %%)", sameName.count, persons,
        100 * Double(sameName.count) / Double(max(1, persons))))
    print(String(format: "generated %d persons in %.1f s", persons, Date().timeIntervalSince(started)))

    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) }
    let database = try GraphDatabase(path: store)
    let importStart = Date()
    for archive in written.archives {
      for summary in try ArchiveImporter().importArchive(at: archive, into: database) {
        for issue in summary.issues.prefix(3) { print("  issue: \(issue)") }
      }
    }
    print(String(format: "imported in %.1f s", Date().timeIntervalSince(importStart)))
  }

  /// `contacts.tsv`: the persons met in person, written to, and in same-name groups.
  private static func readContacts(_ url: URL) throws -> (
    met: Set<Int>, messaged: Set<Int>, sameName: Set<Int>
  ) {
    var sets: [String: Set<Int>] = [:]
    for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
      let fields = line.split(separator: "\t")
      guard fields.count == 2, let person = Int(fields[1]) else { continue }
      sets[String(fields[0]), default: []].insert(person)
    }
    return (sets["met"] ?? [], sets["messaged"] ?? [], sets["same-name"] ?? [])
  }

  /// The precision of the merges inside same-name groups: of the pairs merged where one identity
  /// is of a person who shares their full name with another, the share that is one person.
  private func printNamesakePrecision(_ result: IdentityResolver.Result, truth: [Int64: Int]) throws {
    guard let sameName = try? Self.readContacts(output.appendingPathComponent("contacts.tsv")).sameName else {
      return
    }
    var predicted = 0
    var correct = 0
    var wrong = 0
    for group in result.groups {
      let persons = group.compactMap { truth[$0] }
      for (offset, a) in persons.enumerated() {
        for b in persons[(offset + 1)...] {
          if a != b { wrong += 1 }
          guard sameName.contains(a) || sameName.contains(b) else { continue }
          predicted += 1
          if a == b { correct += 1 }
        }
      }
    }
    print(
      String(
        format:
          "rekindle: precision of merges in same-name groups %.4f (%d pairs); %d of the %d wrong pairs are there",
        predicted == 0 ? 1 : Double(correct) / Double(predicted), predicted, predicted - correct, wrong))
  }

  /// The truth file: `platform<TAB>native id<TAB>person` lines after a namesake count.
  private static func readTruth(_ url: URL) throws -> (truth: [String: Int], namesakes: Int) {
    var truth: [String: Int] = [:]
    var namesakes = 0
    for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 3, let value = Int(fields[2]) else {
        if line.hasPrefix("# namesake pairs"), let count = fields.last.flatMap({ Int($0) }) {
          namesakes = count
        }
        continue
      }
      truth[fields[0] + "\t" + fields[1]] = value
    }
    return (truth, namesakes)
  }

  /// How many of the pairs with evidence left apart pass through an identity whose partial name or
  /// handle fits two or more people (``LinkablePairs/ambiguousPartials(_:truth:among:)``): pairs
  /// that the definition counts and that the margin rule, by design, does not guess.
  /// The most identities for which ``printAmbiguousEvidence(_:identities:truth:linkable:)`` runs.
  private static let ambiguityLimit = 50_000

  private func printAmbiguousEvidence(
    _ result: IdentityResolver.Result, identities: [(id: Int64, record: IdentityRecord)], truth: [Int64: Int],
    linkable: [Int64: Int]
  ) {
    // Each identity left apart is compared with every full name: fine at 3,000 persons, not at a
    // million identities.
    guard identities.count <= Self.ambiguityLimit else {
      print(
        "rekindle: pairs through partial names that fit several people: not counted above \(Self.ambiguityLimit) identities"
      )
      return
    }
    var groupOf: [Int64: Int] = [:]
    for (index, group) in result.groups.enumerated() { for id in group { groupOf[id] = index } }
    var members: [Int: [Int]] = [:]
    for (index, identity) in identities.enumerated() {
      if let component = linkable[identity.id] { members[component, default: []].append(index) }
    }
    var apart: [(Int, Int)] = []
    var total = 0
    for indices in members.values {
      total += indices.count * (indices.count - 1) / 2
      for (offset, a) in indices.enumerated() {
        for b in indices[(offset + 1)...] where groupOf[identities[a].id] != groupOf[identities[b].id] {
          apart.append((a, b))
        }
      }
    }
    let candidates = Set(apart.flatMap { [$0.0, $0.1] })
    let ambiguous = LinkablePairs.ambiguousPartials(identities, truth: truth, among: candidates)
    let throughAmbiguous = apart.filter {
      ambiguous.contains(identities[$0.0].id) || ambiguous.contains(identities[$0.1].id)
    }.count
    print(
      String(
        format: """
          rekindle: of the %d pairs with evidence left apart, %d pass through an identity whose partial \
          name or handle fits two or more people; joining all the others would give recall %.4f
          """, apart.count, throughAmbiguous, Double(total - throughAmbiguous) / Double(max(1, total))))
  }

  private func printErrors(
    _ result: IdentityResolver.Result, identities: [(id: Int64, record: IdentityRecord)], truth: [Int64: Int],
    linkable: [Int64: Int]
  ) {
    let records = Dictionary(uniqueKeysWithValues: identities.map { ($0.id, $0.record) })
    func describe(_ id: Int64) -> String {
      guard let record = records[id] else { return "?" }
      let name =
        record.displayName ?? [record.firstName, record.lastName].compactMap { $0 }.joined(separator: " ")
      return "\(record.key.platform.rawValue):\(name)|\(record.handle ?? "")|\(record.emails.first ?? "")"
        + "|\(record.company ?? "") [\(truth[id].map(String.init) ?? "-")]"
    }
    print("wrongly merged:")
    var shown = 0
    for group in result.groups where shown < showErrors {
      let persons = Set(group.compactMap { truth[$0] })
      guard persons.count > 1 else { continue }
      print("  " + group.map(describe).joined(separator: "  +  "))
      shown += 1
    }
    print("wrongly apart (though the exports link them):")
    var groupOf: [Int64: Int] = [:]
    for (index, group) in result.groups.enumerated() { for id in group { groupOf[id] = index } }
    var byPerson: [Int: [Int64]] = [:]
    for (id, component) in linkable { byPerson[component, default: []].append(id) }
    shown = 0
    for (_, ids) in byPerson.sorted(by: { $0.key < $1.key }) where shown < showErrors {
      guard Set(ids.compactMap { groupOf[$0] }).count > 1 else { continue }
      print("  " + ids.sorted().map { "#\(groupOf[$0] ?? -1) " + describe($0) }.joined(separator: "  /  "))
      let members = Set(ids)
      for link in result.links
      where !link.merged && members.contains(link.first) && members.contains(link.second) {
        print("      near-miss: \(link.evidence.text)")
      }
      shown += 1
    }
  }

  /// The identity records as one CSV row each, in the columns a Splink set-up compares: names
  /// already transliterated and split as Rekindle does, the canonical e-mail and E.164 phone, the
  /// account's handle reduced to letters and digits (so that a handle reused on two platforms
  /// compares equal), the normalized company; with the true person and the linkable component.
  private func writeSplinkInput(
    _ identities: [(id: Int64, record: IdentityRecord)], truth: [Int64: Int], linkable: [Int64: Int],
    to url: URL
  ) throws {
    let file = try ArchiveGenerator.TextFile(url: url)
    try file.write("unique_id,cluster,linkable,platform,first_name,surname,email,phone,handle,company\n")
    for identity in identities {
      guard let person = truth[identity.id], let component = linkable[identity.id] else { continue }
      let record = identity.record
      let features = IdentityFeatures(record)
      let handle = (record.handle ?? (record.key.kind == .username ? record.key.nativeId : nil))
        .map { $0.lowercased().filter { $0.isLetter || $0.isNumber } }
      let fields = [
        String(identity.id), String(person), String(component), record.key.platform.rawValue,
        features.name.first ?? "", features.name.family ?? "", features.emails.sorted().first ?? "",
        features.phones.sorted().first ?? "", handle ?? "", features.company ?? "",
      ]
      try file.write(fields.map(ArchiveGenerator.csv).joined(separator: ",") + "\n")
    }
    try file.close()
    print("wrote \(url.path)")
  }
}
