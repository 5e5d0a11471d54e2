// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "campaign-sim",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "campaign-sim", targets: ["campaign-sim"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // Scenario values, the YAML loader with its diagnostics, and the built-in scenarios.
        .target(name: "ScenarioKit", dependencies: [.product(name: "Yams", package: "Yams")]),
        // The model of MODEL.md: population, strategies, figures. No I/O.
        .target(name: "CampaignEngine", dependencies: ["ScenarioKit"]),
        // Turns engine results into JSON, CSV and text tables. No I/O.
        .target(name: "CampaignOutput", dependencies: ["CampaignEngine", "ScenarioKit"]),
        // The command line: argument parsing, file access, exit codes.
        .target(name: "CampaignCLI", dependencies: [
            "ScenarioKit", "CampaignEngine", "CampaignOutput",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "campaign-sim", dependencies: ["CampaignCLI"]),
        .testTarget(name: "ScenarioKitTests", dependencies: ["ScenarioKit", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "CampaignEngineTests", dependencies: ["CampaignEngine", "ScenarioKit", "CampaignOutput"], exclude: ["Golden"]),
        .testTarget(name: "CLITests", dependencies: ["ScenarioKit", "CampaignEngine"]),
    ],
    swiftLanguageModes: [.v6]
)
