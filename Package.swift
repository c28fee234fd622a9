// swift-tools-version: 6.2
import PackageDescription

let package = Package(
  name: "Rekindle",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "rekindle", targets: ["rekindle"]),
    .library(name: "RekindleModel", targets: ["RekindleModel"]),
    .library(name: "ArchiveImport", targets: ["ArchiveImport"]),
    .library(name: "GraphStore", targets: ["GraphStore"]),
    .library(name: "GraphExport", targets: ["GraphExport"]),
    .library(name: "IdentityResolution", targets: ["IdentityResolution"]),
    .library(name: "TieAnalysis", targets: ["TieAnalysis"]),
    // The readers, for tools built on them (and the fuzz targets in fuzz/).
    .library(name: "ArchiveAccess", targets: ["ArchiveAccess"]),
    .library(name: "ImportSupport", targets: ["ImportSupport"]),
    .library(name: "MarkupReading", targets: ["MarkupReading"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    // `swift package generate-documentation` (the DocC catalogs); not linked into anything.
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
  ],
  targets: [
    // System libraries.
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .systemLibrary(
      name: "CZlibSupport",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"])]
    ),

    // The graph model: records every importer produces and every consumer reads.
    .target(name: "RekindleModel"),

    // Reading zip files, folders and single files as streams of entries.
    .target(
      name: "ArchiveAccess",
      dependencies: [
        "CZlibSupport",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),

    // HTML and XML through libxml2: the only module that touches its C API.
    .target(name: "MarkupReading", dependencies: ["CLibXML2"]),

    // Shared readers (CSV, JSON, XML entries, dates, Meta's Messenger threads) and the importer protocol.
    .target(name: "ImportSupport", dependencies: ["RekindleModel", "ArchiveAccess", "MarkupReading"]),

    // One importer per platform.
    .target(name: "LinkedInImport", dependencies: ["ImportSupport"]),
    .target(name: "FacebookImport", dependencies: ["ImportSupport", "MarkupReading"]),
    .target(name: "InstagramImport", dependencies: ["ImportSupport"]),
    .target(name: "TwitterImport", dependencies: ["ImportSupport"]),
    .target(name: "AddressBookImport", dependencies: ["ImportSupport", "MarkupReading"]),
    .target(name: "CalendarImport", dependencies: ["ImportSupport"]),
    .target(name: "TelegramImport", dependencies: ["ImportSupport"]),
    .target(name: "MastodonImport", dependencies: ["ImportSupport"]),
    .target(name: "MeetingLogImport", dependencies: ["ImportSupport"]),
    .target(name: "GraphFileImport", dependencies: ["ImportSupport", "MarkupReading"]),
    .target(name: "WhatsAppImport", dependencies: ["ImportSupport"]),

    // Recognizes an archive's platform and runs the matching importer.
    .target(
      name: "ArchiveImport",
      dependencies: [
        "ImportSupport", "LinkedInImport", "FacebookImport", "InstagramImport", "TwitterImport",
        "AddressBookImport", "CalendarImport", "TelegramImport", "WhatsAppImport", "MastodonImport", "MeetingLogImport", "GraphFileImport",
        // A batch: imported into the store, then resolved into persons (BatchImport).
        "GraphStore", "IdentityResolution",
      ]
    ),

    // Matching identities: normalizers for e-mails, phones and names, nicknames.
    .target(name: "IdentityResolution", dependencies: ["RekindleModel"]),
    // The reports; company names and mail domains (`rekindle at`) are read as resolution reads them.
    .target(name: "TieAnalysis", dependencies: ["RekindleModel", "IdentityResolution"]),

    // The SQLite store.
    .target(
      name: "GraphStore",
      dependencies: [
        "RekindleModel", .product(name: "GRDB", package: "GRDB.swift"),
        // SQLite's C API, for binding the values of the hottest insert without GRDB's boxing.
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]
    ),

    // JSON and NDJSON writers over the store.
    .target(name: "GraphExport", dependencies: ["RekindleModel", "GraphStore", "TieAnalysis"]),

    // The command-line tool.
    .executableTarget(
      name: "rekindle",
      dependencies: [
        "ArchiveImport", "ImportSupport", "RekindleModel", "GraphStore", "GraphExport", "MeetingLogImport",
        "IdentityResolution", "TieAnalysis", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // Generates large synthetic archives and measures imports (run in release mode).
    .executableTarget(
      name: "rekindle-bench",
      dependencies: [
        "ArchiveImport", "GraphStore", "IdentityResolution", "RekindleModel", "TieAnalysis",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      path: "benchmarks/Sources/rekindle-bench"
    ),

    // Tests.
    .target(
      name: "TestSupport",
      dependencies: [
        "RekindleModel", "ImportSupport", "ArchiveAccess",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      path: "Tests/TestSupport"
    ),
    .testTarget(name: "RekindleModelTests", dependencies: ["RekindleModel"]),
    .testTarget(name: "ArchiveAccessTests", dependencies: ["ArchiveAccess", "TestSupport"]),
    .testTarget(name: "IdentityResolutionTests", dependencies: ["IdentityResolution"]),
    .testTarget(name: "MarkupReadingTests", dependencies: ["MarkupReading", "TestSupport"]),
    .testTarget(name: "ImportSupportTests", dependencies: ["ImportSupport", "TestSupport"]),
    .testTarget(name: "LinkedInImportTests", dependencies: ["LinkedInImport", "TestSupport"]),
    .testTarget(name: "FacebookImportTests", dependencies: ["FacebookImport", "TestSupport"]),
    .testTarget(name: "InstagramImportTests", dependencies: ["InstagramImport", "TestSupport"]),
    .testTarget(name: "TwitterImportTests", dependencies: ["TwitterImport", "TestSupport"]),
    .testTarget(name: "AddressBookImportTests", dependencies: ["AddressBookImport", "TestSupport"]),
    .testTarget(name: "CalendarImportTests", dependencies: ["CalendarImport", "TestSupport"]),
    .testTarget(name: "TelegramImportTests", dependencies: ["TelegramImport", "TestSupport"]),
    .testTarget(name: "MastodonImportTests", dependencies: ["MastodonImport", "TestSupport"]),
    .testTarget(name: "MeetingLogImportTests", dependencies: ["MeetingLogImport", "TestSupport"]),
    .testTarget(name: "GraphFileImportTests", dependencies: ["GraphFileImport", "TestSupport"]),
    .testTarget(name: "WhatsAppImportTests", dependencies: ["WhatsAppImport", "TestSupport"]),
    .testTarget(
      name: "ArchiveImportTests",
      dependencies: [
        "ArchiveImport", "GraphStore", "TieAnalysis", "TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .testTarget(
      name: "GraphStoreTests",
      dependencies: ["GraphStore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
    .testTarget(name: "RekindleCLITests", dependencies: ["rekindle", "TestSupport"]),
    .testTarget(
      name: "GraphExportTests", dependencies: ["GraphExport", "GraphStore", "ArchiveImport", "TestSupport"]),
    .testTarget(
      name: "TieAnalysisTests",
      dependencies: ["TieAnalysis", "GraphStore", "ArchiveImport", "IdentityResolution", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
