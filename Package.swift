// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "campaign-sim",
    // Built and tested on Linux (CI). The code is guarded to build on macOS 15 as well
    // (Synchronization needs it), but no CI job checks that; see docs/decisions.md.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "campaign-sim", targets: ["campaign-sim"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // The workshop room's HTTP server (issue 29): SwiftNIO's HTTP/1.1 codec, not a hand-written parser.
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
    ],
    targets: [
        // Scenario values, the YAML loader with its diagnostics, and the built-in scenarios.
        .target(name: "ScenarioKit", dependencies: ["Localization", .product(name: "Yams", package: "Yams")]),
        // The model of MODEL.md: population, strategies, figures. No I/O.
        .target(name: "CampaignEngine", dependencies: ["ScenarioKit"]),
        // The one localisation table (English text → German) and the language choice.
        .target(name: "Localization"),
        // The obligations catalogue and the assessment of a strategy against it: the law as data. No I/O.
        .target(name: "CampaignCompliance", dependencies: ["CampaignEngine", "Localization", "ScenarioKit", .product(name: "Yams", package: "Yams")]),
        // Replications, plausible worlds and shards (MODEL.md §8): seeds and parameter sets in,
        // figures with intervals out. No I/O.
        .target(name: "CampaignStatistics", dependencies: ["CampaignEngine", "ScenarioKit"]),
        // The figure catalogue (labels, formats) and JSON, CSV and text tables of results. No I/O.
        .target(name: "CampaignOutput", dependencies: ["CampaignEngine", "CampaignStatistics", "Localization", "ScenarioKit"]),
        // Charts as a model and as standalone SVG for slides and reports (no I/O).
        .target(name: "CampaignCharts", dependencies: ["CampaignEngine", "CampaignOutput", "Localization", "ScenarioKit", "TerminalKit"]),
        // Fits a scenario to a randomized experiment (CSV rows or a counts table). No I/O.
        .target(name: "Calibration", dependencies: ["CampaignEngine", "ScenarioKit", .product(name: "CSV", package: "CSV.swift")]),
        // Documents for people: "why this offer" explanations and the audit report (Markdown, HTML). No I/O.
        .target(name: "CampaignDocuments", dependencies: ["CampaignEngine", "CampaignStatistics", "CampaignCompliance", "CampaignOutput", "CampaignCharts", "Localization", "ScenarioKit"]),
        // The command line: argument parsing, file access, exit codes.
        .target(name: "CampaignCLI", dependencies: [
            "ScenarioKit", "CampaignEngine", "CampaignStatistics", "CampaignCompliance", "CampaignDocuments", "CampaignOutput", "CampaignCharts", "Calibration", "CampaignApp", "Lessons", "CursesBackend", "TerminalKit", "Localization", "RoomServer", "WorkshopRoom",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Cells, screen buffer and widgets; knows nothing of curses, so views can be snapshot-tested.
        .target(name: "Lessons", dependencies: ["CampaignEngine", "CampaignStatistics", "CampaignCompliance", "CampaignOutput", "Localization", "ScenarioKit",
                                                .product(name: "Yams", package: "Yams")]),
        .target(name: "TerminalKit"),
        // Debian's libqrencode behind a small shim header, like ncurses.
        .systemLibrary(name: "CQREncode", path: "Sources/CQREncode"),
        // The workshop room (issue 29): the room's rules, its HTTP semantics and its page, the QR code.
        // No sockets: the server hands it requests and sends back what it answers.
        .target(name: "WorkshopRoom", dependencies: ["CQREncode", "Localization"]),
        // The room's transport: SwiftNIO's HTTP/1.1 server on the address the trainer chose.
        .target(name: "RoomServer", dependencies: ["WorkshopRoom",
                                                   .product(name: "NIOCore", package: "swift-nio"),
                                                   .product(name: "NIOPosix", package: "swift-nio"),
                                                   .product(name: "NIOHTTP1", package: "swift-nio")]),
        // The interactive app: state, messages, update, views, key table. No curses, no I/O.
        .target(name: "CampaignApp", dependencies: ["TerminalKit", "WorkshopRoom", "CampaignCharts", "CampaignEngine", "CampaignStatistics", "CampaignCompliance", "CampaignDocuments", "CampaignOutput", "Lessons", "Localization", "ScenarioKit"]),
        // The system ncursesw library behind a small shim header.
        .systemLibrary(name: "CNCurses", path: "Sources/CNCurses"),
        // The only code that calls curses: terminal set-up, restore, input, flushing the buffer.
        .target(name: "CursesBackend", dependencies: ["CNCurses", "TerminalKit"]),
        .executableTarget(name: "campaign-sim", dependencies: ["CampaignCLI"]),
        // libFuzzer target for the scenario loader (scripts/fuzz); a normal build replays files.
        .executableTarget(name: "ScenarioFuzz", dependencies: ["ScenarioKit", "Lessons", "Calibration", "CampaignStatistics"]),
        .testTarget(name: "ScenarioKitTests", dependencies: ["ScenarioKit", .product(name: "Yams", package: "Yams")], exclude: ["FuzzCorpus"]),
        .testTarget(name: "CampaignEngineTests", dependencies: ["CampaignEngine", "ScenarioKit", "CampaignOutput"], exclude: ["Golden"]),
        .testTarget(name: "LocalizationTests", dependencies: ["Localization"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"]),
        .testTarget(name: "CampaignStatisticsTests", dependencies: ["CampaignStatistics", "CampaignEngine", "CampaignOutput", "ScenarioKit"]),
        .testTarget(name: "CampaignComplianceTests", dependencies: ["CampaignCompliance", "CampaignEngine", "ScenarioKit"]),
        .testTarget(name: "CampaignDocumentsTests", dependencies: ["CampaignDocuments", "CampaignOutput", "CampaignCompliance", "CampaignEngine", "Localization", "ScenarioKit"]),
        .testTarget(name: "CampaignChartsTests", dependencies: ["CampaignCharts", "CampaignEngine", "CampaignOutput", "ScenarioKit", "Localization", "TerminalKit"], exclude: ["Golden"]),
        .testTarget(name: "CalibrationTests", dependencies: ["Calibration", "CampaignEngine", "ScenarioKit"]),
        .testTarget(name: "LessonsTests", dependencies: ["Lessons", "CampaignEngine", "CampaignCompliance", "ScenarioKit", "Localization"]),
        .testTarget(name: "CLITests", dependencies: ["ScenarioKit", "CampaignEngine", "CampaignStatistics"]),
        .testTarget(name: "WorkshopRoomTests", dependencies: ["WorkshopRoom", "RoomServer", "Localization"]),
        .testTarget(name: "CampaignAppTests", dependencies: ["CampaignApp", "Lessons", "TerminalKit", "CampaignEngine", "CampaignStatistics", "CampaignOutput", "CampaignCompliance", "Localization", "ScenarioKit"], exclude: ["Snapshots"]),
    ],
    swiftLanguageModes: [.v6]
)
