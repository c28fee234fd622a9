// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for Rekindle's readers. Not part of the main package: they link libFuzzer's
// driver, so they build only with `-sanitize=fuzzer` (see scripts/fuzz.sh). One target per kind
// of input, and one for the whole import of a single file.
let fuzzTargets = ["FuzzArchive", "FuzzCSV", "FuzzJSON", "FuzzVCardICS", "FuzzMarkup", "FuzzImport"]

let package = Package(
  name: "RekindleFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "Rekindle", path: "..")],
  targets: [
    .target(
      name: "FuzzSupport",
      dependencies: [
        .product(name: "ArchiveAccess", package: "Rekindle"),
        .product(name: "ImportSupport", package: "Rekindle"),
        .product(name: "MarkupReading", package: "Rekindle"),
        .product(name: "ArchiveImport", package: "Rekindle"),
        .product(name: "RekindleModel", package: "Rekindle"),
      ])
  ]
    + fuzzTargets.map { name in
      .executableTarget(
        name: name, dependencies: ["FuzzSupport"], swiftSettings: [.unsafeFlags(["-parse-as-library"])])
    },
  swiftLanguageModes: [.v6]
)
