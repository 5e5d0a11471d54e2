import Dispatch
import Localization
import Synchronization
import Testing
@testable import CampaignApp
@testable import CampaignEngine
import CampaignOutput
@testable import ScenarioKit
import TerminalKit

/// A gate the worker's stall hook waits at, so a test can hold a computation while it types.
final class Gate: Sendable {
    let closed = Atomic<Bool>(false)
    let arrivals = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
    /// Generations of the recomputes that reached the worker, in order.
    let seen = Mutex<[Int]>([])

    var hook: @Sendable (AppEffect) -> Void {
        { [self] effect in
            guard case .recompute(_, let generation) = effect else { return }
            seen.withLock { $0.append(generation) }
            if closed.load(ordering: .acquiring) {
                arrivals.signal()
                release.wait()
            }
        }
    }
}

/// Effects run off the input loop: keys are handled while the engine works, and only the newest
/// result lands.
@Suite("Work off the input loop", .serialized)
struct BackgroundWorkTests {
    static func runtime(_ gate: Gate) -> AppRuntime {
        let r = AppRuntime(scenario: Harness.scenario(customers: 5_000), source: "test", width: 80, height: 24,
                           files: SandboxFileSystem(), threads: 2, customerLimit: 50_000, stall: gate.hook)
        r.start()
        r.settle()
        return r
    }

    @Test func keysAreHandledWhileARecomputeIsHeldAndOnlyTheLatestResultLands() {
        let gate = Gate()
        let r = Self.runtime(gate)
        #expect(r.state.snapshot?.current.consentRate == 0.4)
        gate.closed.store(true, ordering: .releasing)
        r.send(.key(.right))
        // The worker now holds the 41 % recompute; the loop goes on.
        #expect(gate.arrivals.wait(timeout: .now() + 10) == .success)
        #expect(r.state.computing && r.isBusy)
        r.send(.key(.down))
        #expect(r.state.selectedStrategy == 1, "a key was not handled while the worker was busy")
        r.send(.key(.character("?")))
        #expect(r.state.showHelp)
        r.send(.key(.escape))
        #expect(!r.state.showHelp)
        r.send(.key(.right))
        r.send(.key(.right))
        #expect(r.state.parameters.consentRate == 0.43)
        #expect(r.state.snapshot?.current.consentRate == 0.4, "the figures changed before any result arrived")
        gate.closed.store(false, ordering: .releasing)
        gate.release.signal()
        r.settle()
        #expect(r.state.snapshot?.current.consentRate == 0.43)
        #expect(r.state.snapshot?.parameters == r.state.parameters)
        #expect(!r.state.computing && r.state.progress == nil)
        // The held 41 % job was cancelled and the 42 % one skipped before it ran: no stale figures ever
        // landed, and the shown figures are the newest generation's.
        #expect(r.state.snapshotGeneration == r.state.generation)
        #expect(gate.seen.withLock { $0 }.last == r.state.generation)
    }

    @Test func aStaleResultIsDropped() {
        let r = Harness.runtime(customers: 2_000)
        var state = r.state
        let old = state.snapshot!
        _ = AppUpdate.update(&state, .key(.right))
        _ = AppUpdate.update(&state, .key(.right))
        var stale = old
        stale.parameters.consentRate = 0.41
        _ = AppUpdate.update(&state, .computed(stale, generation: state.generation - 1))
        #expect(state.snapshot?.parameters == old.parameters && state.computing)
        var fresh = old
        fresh.parameters.consentRate = 0.42
        _ = AppUpdate.update(&state, .computed(fresh, generation: state.generation))
        #expect(state.snapshot?.parameters.consentRate == 0.42 && !state.computing)
        // Samples of figures that are no longer shown are dropped too.
        _ = AppUpdate.update(&state, .samplesLoaded([], page: 3, generation: state.snapshotGeneration - 1))
        #expect(state.detail.page == 0)
    }

    @Test func progressShowsInTheHeaderWhileComputing() {
        let r = Harness.runtime(customers: 2_000)
        var state = r.state
        _ = AppUpdate.update(&state, .key(.right))
        _ = AppUpdate.update(&state, .progress(0.425))
        let header = AppView.render(state).lines[0]
        #expect(header.contains("recomputing… 42 %"), "\(header)")
        // Progress of nothing is not shown.
        var idle = r.state
        _ = AppUpdate.update(&idle, .progress(0.5))
        #expect(idle.progress == nil)
    }

    @Test func aCancelledBuildReturnsNothingAndTheEngineReportsProgress() {
        let scenario = Harness.scenario(customers: 50_000)
        let cancelled = WorkControl()
        cancelled.cancel()
        #expect(Engine.build(scenario: scenario, threads: 2, chunkSize: 1_000, control: cancelled) == nil)
        let control = WorkControl()
        let engine = Engine.build(scenario: scenario, threads: 2, chunkSize: 1_000, control: control)
        #expect(engine != nil)
        #expect(control.progress.done == 50 && control.progress.total == 50 && control.fraction == 1)
    }

    @Test func samplesOfFiguresFromAnotherEngineAreNotInspected() {
        // The detail screen asked for samples of generation 1's figures, but before the job ran another
        // scenario was opened: inspecting the old figures with the new engine would index out of range.
        let worker = EffectWorker(files: SandboxFileSystem(), threads: 2, stall: nil)
        let scenario = Harness.scenario(customers: 3_000)
        worker.start(scenario: scenario, parameters: Parameters(scenario: scenario), generation: 1)
        while worker.isBusy { _ = worker.wait(seconds: 0.05) }
        guard case .computed(let snapshot, 1)? = worker.takeMessages().first else { Issue.record("no first figures"); return }
        worker.perform(.openScenario(PickerEntry(source: .builtin("igaming-first-deposit"), title: "iGaming", description: ""), generation: 2),
                       customerLimit: 3_000, language: .en)
        worker.perform(.loadSamples(page: 0, result: snapshot.current, generation: 1), customerLimit: 3_000, language: .en)
        while worker.isBusy { _ = worker.wait(seconds: 0.05) }
        let messages = worker.takeMessages()
        #expect(messages.count == 1)
        if case .scenarioOpened(_, _, 2)? = messages.first {} else { Issue.record("expected only the opened scenario, got \(messages)") }
    }

    @Test func intervalsArriveInTheBackgroundAndRestartWhenTheFiguresChange() {
        let r = Harness.runtime(customers: 4_000)
        r.send(.key(.character("r")))
        #expect(r.state.intervals.isOn && r.state.status?.contains("20 replications") == true && r.state.status?.contains("not distinguishable from broadcast") == true)
        // The whole message fits an 80-column status bar, in both languages.
        #expect(r.state.status!.count + 1 <= 80)
        #expect(loc("Intervals on (%1 replications); dim uplift: not distinguishable from broadcast", .de, 20).count + 1 <= 80)
        // A consent step while the replications run cancels them and starts over for the new figures.
        r.send(.key(.right))
        r.settle()
        #expect(r.state.snapshot?.current.consentRate == 0.41)
        #expect(r.state.intervals.done == 20 && r.state.intervals.generation == r.state.snapshotGeneration)
        let intervals = r.state.currentIntervals!
        #expect(intervals.consentRate == 0.41 && intervals.replications == 20)
        let personal = intervals[.personalized]![.expectedProfitEUR]!
        #expect(personal.low < personal.mean && personal.mean < personal.high)
        // Replication 0 is the figures on screen.
        let screen = Harness.screen(r).lines.joined(separator: "\n")
        #expect(screen.contains("±") && screen.contains("± 20/20"))
        Harness.press(r, .character("r"))
        #expect(!r.state.intervals.isOn && r.state.currentIntervals == nil)
        #expect(!Harness.screen(r).lines.joined().contains("±"))
    }

    @Test func anUpliftNotDistinguishableFromBroadcastIsDimmed() {
        let current = FixtureFigures.result(at: 0.4)
        let replicated = FixtureFigures.replicated(current, count: 20)
        let uplift = FigureCatalog.figure(.upliftVsBroadcast)
        #expect(DashboardView.intervalCell(uplift, replicated[.contextual]!, width: 20, .en).1, "contextual's noise hides its difference")
        #expect(!DashboardView.intervalCell(uplift, replicated[.personalized]!, width: 20, .en).1)
        #expect(!DashboardView.intervalCell(uplift, replicated[.broadcast]!, width: 20, .en).1)
        // Where "mean ±half" does not fit, the mean stands alone.
        let profit = FigureCatalog.figure(.profitEUR)
        #expect(DashboardView.intervalCell(profit, replicated[.personalized]!, width: 20, .en).0.contains("±"))
        #expect(!DashboardView.intervalCell(profit, replicated[.personalized]!, width: 6, .en).0.contains("±"))
    }

    @Test func plausibleWorldsAreDrawnInTheBackgroundForTheScreen() {
        let r = Harness.runtime(customers: 2_000)
        r.send(.key(.character("w")))
        #expect(r.state.screen == .robustness && r.state.robustness.result == nil)
        #expect(Harness.screen(r).lines.joined().contains("drawing worlds"))
        r.settle()
        let result = r.state.robustness.result!
        #expect(result.worlds == RobustnessScreen.worlds && r.state.robustness.done == r.state.robustness.total)
        // The TUI fixes the consent rate: the scenario's range on consent.rate is left out.
        #expect(result.parameters.map(\.path) == ["model.relevance_weight", "cohorts[0].base_rate", "cohorts[0].organic_rate", "cohorts[1].organic_rate",
                                                  "cohorts[2].organic_rate", "cohorts[3].organic_rate", "offers[0].incentive"])
        let text = Harness.screen(r).lines.joined(separator: "\n")
        // The tornado names values in words, low → high, not by their key paths.
        #expect(text.contains("plausible worlds") && text.contains("P(best)") && text.contains("relevance weight 0.") && !text.contains("model.relevance_weight"))
        // Back on the dashboard and in again: the same worlds, not drawn twice.
        Harness.press(r, .escape, .character("w"))
        #expect(r.state.robustness.result != nil)
    }

    @Test func worldsAndIntervalsDoNotCancelEachOther() {
        let r = Harness.runtime(customers: 2_000)
        r.send(.key(.character("r")))
        r.send(.key(.character("w")))
        r.settle()
        #expect(r.state.robustness.result != nil)
        #expect(r.state.intervals.done == IntervalState.defaultCount, "intervals stopped at \(r.state.intervals.done)")
    }
}
