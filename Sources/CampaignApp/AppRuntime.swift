import CampaignEngine
import Foundation
import Localization
import ScenarioKit

/// File access the app needs; the command line passes the real file system, tests may too.
public protocol AppFileSystem: Sendable {
    /// Writes text atomically; throws `AppFileError.exists` rather than replace a file unless `overwrite`.
    func write(path: String, contents: String, overwrite: Bool) throws
    /// Scenario files offered by the picker (./scenarios/*.yaml), sorted.
    func scenarioFiles() -> [String]
    /// A file's bytes (scenario files are small; the implementation refuses huge ones).
    func read(path: String) throws -> [UInt8]
}

/// Why a write did not happen.
public enum AppFileError: Error, Equatable {
    case exists
    case failed(String)
}

/// Runs the update loop: feeds messages to `AppUpdate`, carries out the effects it asks for
/// (engine work through the `Workbench`, files through `AppFileSystem`) and feeds their results back.
public final class AppRuntime {
    public private(set) var state: AppState
    public private(set) var workbench: Workbench
    let files: AppFileSystem
    let threads: Int

    /// Opens `scenario`; call `start()` to compute the first figures.
    public init(scenario: Scenario, source: String, width: Int, height: Int, files: AppFileSystem,
                threads: Int = ProcessInfo.processInfo.activeProcessorCount, customerLimit: Int = Parameters.customerSteps.last!,
                language: Language = .en) {
        state = AppState(scenario: scenario, source: source, width: width, height: height)
        state.computing = true
        state.customerLimit = customerLimit
        state.language = language
        self.files = files
        self.threads = threads
        workbench = Workbench(scenario: scenario, threads: threads)
    }

    /// Replaces the snapshot's timing with a fixed value, so snapshot tests are stable.
    public func freezeTiming(_ milliseconds: Double) {
        state.snapshot?.recomputeMilliseconds = milliseconds
    }

    /// Clears a quit request (tests that keep going after a random "q").
    public func resetQuit() { state.quitRequested = false }

    /// Computes the first snapshot.
    public func start() {
        process(.computed(workbench.snapshot(state.parameters)))
    }

    /// Handles one message and everything it leads to.
    public func send(_ message: AppMessage) { process(message) }

    private func process(_ first: AppMessage) {
        var queue = [first]
        while !queue.isEmpty {
            let message = queue.removeFirst()
            let effects = AppUpdate.update(&state, message)
            for effect in coalesce(effects) {
                if let reply = execute(effect) { queue.append(reply) }
            }
        }
    }

    /// Keeps only the last recompute of a batch: only the final parameters matter.
    private func coalesce(_ effects: [AppEffect]) -> [AppEffect] {
        guard let last = effects.lastIndex(where: { if case .recompute = $0 { true } else { false } }) else { return effects }
        return effects.enumerated().filter { i, e in if case .recompute = e { return i == last }; return true }.map(\.1)
    }

    private func execute(_ effect: AppEffect) -> AppMessage? {
        switch effect {
        case .recompute(let parameters):
            return .computed(workbench.snapshot(parameters))
        case .loadSamples(let page):
            guard let snapshot = state.snapshot else { return nil }
            return .samplesLoaded(workbench.samples(page: page, count: AppUpdate.samplesPerPage, result: snapshot.current), page: page)
        case .listScenarios:
            return .pickerLoaded(pickerEntries())
        case .openScenario(let entry):
            do {
                var scenario = try load(entry)
                // Never build more customers than the app is allowed to hold.
                if scenario.totalCustomers > state.customerLimit { scenario = scenario.scaled(toCustomers: state.customerLimit) }
                workbench = Workbench(scenario: scenario, threads: threads)
                return .scenarioOpened(scenario, source: entry.origin)
            } catch let error as ScenarioError {
                return .failed(error.diagnostics.first.map(\.description) ?? loc("invalid scenario", state.language))
            } catch {
                return .failed("\(error)")
            }
        case .writeFile(let path, let contents, let overwrite, let what):
            do {
                try files.write(path: path, contents: contents, overwrite: overwrite)
                return .fileWritten(path: path, what: what)
            } catch AppFileError.exists {
                return .fileExists(path: path, contents: contents)
            } catch AppFileError.failed(let why) {
                return .failed(loc("Could not write %1: %2", state.language, path, why))
            } catch {
                return .failed(loc("Could not write %1: %2", state.language, path, "\(error)"))
            }
        case .quit:
            return nil
        }
    }

    private func load(_ entry: PickerEntry) throws -> Scenario {
        switch entry.source {
        case .builtin(let name):
            return try ScenarioLoader.load(yaml: BuiltinScenarios.named(name)!.yaml, file: name)
        case .file(let path):
            return try ScenarioLoader.load(bytes: files.read(path: path), file: path)
        }
    }

    /// Built-in scenarios, then ./scenarios/*.yaml files (invalid ones marked with their first error).
    func pickerEntries() -> [PickerEntry] {
        var entries = BuiltinScenarios.all.compactMap { builtin -> PickerEntry? in
            guard let s = try? ScenarioLoader.load(yaml: builtin.yaml, file: builtin.name) else { return nil }
            return PickerEntry(source: .builtin(builtin.name), title: s.name, description: s.description)
        }
        for path in files.scenarioFiles() {
            do {
                let s = try ScenarioLoader.load(bytes: files.read(path: path), file: path)
                entries.append(PickerEntry(source: .file(path), title: s.name, description: s.description))
            } catch let error as ScenarioError {
                entries.append(PickerEntry(source: .file(path), title: (path as NSString).lastPathComponent, description: "",
                                           problem: error.diagnostics.first?.description ?? "invalid scenario"))
            } catch {
                entries.append(PickerEntry(source: .file(path), title: (path as NSString).lastPathComponent, description: "",
                                           problem: "\(path): \(error)"))
            }
        }
        return entries
    }
}
