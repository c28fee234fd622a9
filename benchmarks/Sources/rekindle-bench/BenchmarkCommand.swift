import ArchiveImport
import Foundation
import GraphStore
import IdentityResolution
import RekindleModel

/// `rekindle-bench`: generates synthetic archives and measures importing them.
///
///     swift run -c release rekindle-bench generate --out /tmp/rk-bench --messages 2000000
///     swift run -c release rekindle-bench import --store /tmp/rk-bench/bench.sqlite /tmp/rk-bench/*.zip
///     swift run -c release rekindle-bench import --parse-only /tmp/rk-bench/*.zip
///     swift run -c release rekindle-bench resolution --persons 3000 --splink-input /tmp/identities.csv
@main
struct BenchmarkCommand {
  static func main() throws {
    var arguments = Array(CommandLine.arguments.dropFirst())
    guard let verb = arguments.first else { return usage() }
    arguments.removeFirst()
    switch verb {
    case "generate":
      let output = URL(fileURLWithPath: option("--out", in: &arguments) ?? "/tmp/rekindle-bench")
      let generator = ArchiveGenerator(
        messages: Int(option("--messages", in: &arguments) ?? "") ?? 2_000_000,
        contacts: Int(option("--contacts", in: &arguments) ?? "") ?? 5_000,
        seed: UInt64(option("--seed", in: &arguments) ?? "") ?? 42, output: output)
      let started = Date()
      for url in try generator.generate() {
        let size =
          (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
        print("\(url.path)\t\(String(format: "%.1f", Double(size) / 1_000_000)) MB compressed")
      }
      print(String(format: "generated in %.1f s", Date().timeIntervalSince(started)))
    case "import":
      let store = option("--store", in: &arguments) ?? "/tmp/rekindle-bench/bench.sqlite"
      // --parse-only: read and parse everything, store nothing (the store's share is the difference).
      let parseOnly = arguments.contains("--parse-only")
      arguments.removeAll { $0 == "--parse-only" }
      for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) }
      let database: any GraphDestination =
        parseOnly ? DiscardingDestination() : try GraphDatabase(path: store)
      var totalBytes: UInt64 = 0
      var totalRecords = 0
      let started = Date()
      print("archive\tplatform\tMB (uncompressed)\tinteractions\tseconds\tMB/s\tinteractions/s\tpeak RSS MB")
      for path in arguments {
        let archiveStart = Date()
        let summaries = try ArchiveImporter().importArchive(at: URL(fileURLWithPath: path), into: database)
        guard let summary = summaries.first else { continue }
        let seconds = Date().timeIntervalSince(archiveStart)
        let megabytes = Double(summary.bytesRead) / 1_000_000
        totalBytes += summary.bytesRead
        totalRecords += summary.interactionCount
        print(
          String(
            format: "%@\t%@\t%.1f\t%d\t%.2f\t%.1f\t%.0f\t%.1f", (path as NSString).lastPathComponent,
            summary.platform?.rawValue ?? "-", megabytes, summary.interactionCount, seconds,
            megabytes / seconds,
            Double(summary.interactionCount) / seconds, peakResidentMegabytes()))
        for issue in summary.issues.prefix(5) { print("  issue: \(issue)") }
      }
      let seconds = Date().timeIntervalSince(started)
      print(
        String(
          format: "TOTAL\t\t%.1f\t%d\t%.2f\t%.1f\t%.0f\t%.1f", Double(totalBytes) / 1_000_000, totalRecords,
          seconds,
          Double(totalBytes) / 1_000_000 / seconds, Double(totalRecords) / seconds, peakResidentMegabytes()))
    case "resolution":
      let output = URL(fileURLWithPath: option("--out", in: &arguments) ?? "/tmp/rekindle-resolution")
      try ResolutionBenchmark(
        persons: Int(option("--persons", in: &arguments) ?? "") ?? 3_000,
        seed: UInt64(option("--seed", in: &arguments) ?? "") ?? 7, output: output,
        splinkInput: option("--splink-input", in: &arguments).map { URL(fileURLWithPath: $0) },
        namesakeRate: Double(option("--namesakes", in: &arguments) ?? "") ?? 0.01,
        showErrors: Int(option("--show-errors", in: &arguments) ?? "") ?? 0,
        reuse: arguments.contains("--reuse") || arguments.contains("--score-store"),
        scoresStore: arguments.contains("--score-store")
      ).run()
    case "reports":
      let asOf = option("--as-of", in: &arguments).flatMap {
        ISO8601DateFormatter().date(from: $0 + "T00:00:00Z")
      }
      try ReportBenchmark(
        store: option("--store", in: &arguments) ?? "/tmp/rekindle-bench/bench.sqlite", asOf: asOf ?? Date()
      ).run()
    case "phones":
      // `REGION<TAB>TEXT` lines in, `REGION<TAB>TEXT<TAB>E.164 or -` lines out (for
      // benchmarks/phones/compare.py, which checks them against libphonenumber).
      while let line = readLine() {
        let fields = line.split(separator: "\t", maxSplits: 1).map(String.init)
        guard fields.count == 2 else { continue }
        print("\(line)\t\(PhoneNumber.e164(fields[1], defaultRegion: fields[0]) ?? "-")")
      }
    default:
      usage()
    }
  }

  static func usage() {
    print(
      """
      usage: rekindle-bench generate [--out DIR] [--messages N] [--contacts N] [--seed N]
             rekindle-bench import [--store PATH] ARCHIVE...
             rekindle-bench reports [--store PATH] [--as-of 2026-11-22]
             rekindle-bench phones < REGION-TAB-NUMBER-LINES
             rekindle-bench resolution [--out DIR] [--persons N] [--seed N] [--splink-input CSV]
                                        [--namesakes RATE] [--show-errors N] [--reuse]
      """)
  }

  static func option(_ name: String, in arguments: inout [String]) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    let value = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
    return value
  }

  /// The process's peak resident memory (VmHWM), in MB.
  static func peakResidentMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return 0 }
    let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
    return kilobytes / 1024
  }
}
