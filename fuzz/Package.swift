// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for Rekindle's parsers. Not part of the main package: they link libFuzzer's
// `main`, so they build only with `-sanitize=fuzzer` (see scripts/fuzz.sh).
let package = Package(
  name: "RekindleFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "Rekindle", path: "..")],
  targets: [
    .executableTarget(
      name: "FuzzImport",
      dependencies: [
        .product(name: "ArchiveImport", package: "Rekindle"), .product(name: "RekindleModel", package: "Rekindle"),
      ],
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    .executableTarget(
      name: "FuzzReaders",
      dependencies: [
        .product(name: "ArchiveAccess", package: "Rekindle"), .product(name: "ImportSupport", package: "Rekindle"),
        .product(name: "MarkupReading", package: "Rekindle"),
      ],
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
  ],
  swiftLanguageModes: [.v6]
)
