import Foundation
import Localization
import Testing
@testable import CampaignApp
@testable import ScenarioKit
import TerminalKit

/// A file system rooted in a fresh temporary folder, so tests never write into the working tree.
///
/// `@unchecked Sendable`: `files` is set by the test before the app starts and only read afterwards.
final class SandboxFileSystem: AppFileSystem, @unchecked Sendable {
    let root: URL
    var files: [String] = []

    init() {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("campaign-sim-app-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func write(path: String, contents: String, overwrite: Bool) throws {
        let target = url(path)
        if !overwrite && FileManager.default.fileExists(atPath: target.path) { throw AppFileError.exists }
        do { try contents.write(to: target, atomically: true, encoding: .utf8) } catch { throw AppFileError.failed("\(error)") }
    }

    func scenarioFiles() -> [String] { files }

    func read(path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: url(path))) }
}

enum Harness {
    /// The built-in default, scaled down so tests run fast.
    static func scenario(customers: Int = 20_000) -> Scenario {
        try! ScenarioLoader.load(yaml: BuiltinScenarios.defaultScenario.yaml, file: "fashion-welcome").scaled(toCustomers: customers)
    }

    static func runtime(width: Int = 80, height: Int = 24, customers: Int = 20_000, files: SandboxFileSystem = SandboxFileSystem(),
                        customerLimit: Int = 50_000, language: Language = .en) -> AppRuntime {
        let runtime = AppRuntime(scenario: scenario(customers: customers), source: "fashion-welcome", width: width, height: height,
                                 files: files, threads: 2, customerLimit: customerLimit, language: language)
        runtime.start()
        runtime.settle()
        return runtime
    }

    /// Sends keys one by one, letting the work each one starts finish before the next, as a
    /// person who waits for the screen would.
    static func press(_ runtime: AppRuntime, _ keys: Key...) {
        for key in keys {
            runtime.send(.key(key))
            runtime.settle()
        }
    }

    static func type(_ runtime: AppRuntime, _ text: String) {
        for c in text {
            runtime.send(.key(.character(c)))
            runtime.settle()
        }
    }

    static func screen(_ runtime: AppRuntime, glyphs: Glyphs = .unicode) -> ScreenBuffer {
        runtime.freezeTiming(12.5)
        return AppView.render(runtime.state, glyphs: glyphs)
    }

    static let snapshotFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// Compares a screen with its stored snapshot (text, then the style mask); CAMPAIGN_SIM_RECORD=1 re-records.
    static func assertSnapshot(_ buffer: ScreenBuffer, named name: String, colors: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let mask = colors ? ["--- colour mask (r g y b m c w; blank: the terminal's own) ---"] + buffer.colorMask
            : ["--- style mask (B bold, R reverse, W warning) ---"] + buffer.styleMask
        let text = (buffer.lines + mask).joined(separator: "\n") + "\n"
        let file = snapshotFolder.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["CAMPAIGN_SIM_RECORD"] == "1" {
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("missing snapshot \(name); record it with CAMPAIGN_SIM_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        if text != expected {
            let got = text.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let row = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
            Issue.record("snapshot \(name) differs at line \(row + 1):\n got: \(row < got.count ? got[row] : "")\nwant: \(row < want.count ? want[row] : "")",
                         sourceLocation: sourceLocation)
        }
    }
}
