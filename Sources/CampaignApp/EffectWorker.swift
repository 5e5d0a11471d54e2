import CampaignEngine
import CampaignStatistics
import Dispatch
import Foundation
import Lessons
import Localization
import ScenarioKit
import Synchronization

/// Carries out the app's effects on one background queue, so the input loop never waits for the
/// engine, and hands the results back as messages.
///
/// Each computation runs under its own `WorkControl`. Starting a newer one cancels the one in
/// progress (it stops at the next chunk) and any queued older one is skipped when its turn comes,
/// so a burst of key repeats costs one computation, not one per key. Results carry the generation
/// of their request; `AppUpdate` drops those that are no longer the latest.
final class EffectWorker: Sendable {
    /// Called at the start of every job with its effect: tests use it to hold a job while they
    /// type, and `CAMPAIGN_SIM_TEST_STALL_MS` uses it to make builds slow enough to interrupt.
    typealias Stall = @Sendable (AppEffect) -> Void

    private let queue = DispatchQueue(label: "campaign-sim.effects", qos: .userInitiated)
    /// Saved lesson progress is written here, apart from computations, so quitting waits for
    /// the writes alone (`flushWrites`), never for a computation in progress.
    private let writes = DispatchQueue(label: "campaign-sim.writes")

    /// The workbench and the generation whose figures its engine last produced: sample customers
    /// are inspected only for those figures (another engine would not match them).
    private struct Slot {
        var bench: Workbench?
        var generation = -1
    }
    /// The open scenario's engine; only jobs on `queue` touch it, one at a time. It stays nil
    /// until a first build finishes (a newer request may cancel the first one).
    private let workbench = Mutex<Slot>(Slot())
    /// What to build when a recompute finds no workbench yet.
    private let initial = Mutex<Scenario?>(nil)
    private let inbox = Mutex<[AppMessage]>([])
    private let arrived = DispatchSemaphore(value: 0)
    private let pending = Atomic<Int>(0)
    /// The control of the newest computation; the one a newer request cancels.
    private let latest = Mutex<WorkControl?>(nil)
    /// Background statistics (replications, worlds) of the shown figures: a new computation of
    /// figures cancels them, but they do not cancel each other.
    private let background = Mutex<[WorkControl]>([])
    private let files: AppFileSystem
    private let threads: Int
    private let stall: Stall?

    init(files: AppFileSystem, threads: Int, stall: Stall?) {
        self.files = files
        self.threads = threads
        self.stall = stall
    }

    /// Whether any job is queued or running.
    var isBusy: Bool { pending.load(ordering: .acquiring) > 0 }

    /// The newest computation's finished share, while one runs.
    var progress: Double? { isBusy ? latest.withLock { $0?.fraction } : nil }

    /// Messages that arrived since the last call, in the order the jobs finished.
    func takeMessages() -> [AppMessage] { inbox.withLock { messages in defer { messages.removeAll() }; return messages } }

    /// Waits up to `seconds` for the next message; true when one arrived.
    func wait(seconds: Double) -> Bool { arrived.wait(timeout: .now() + seconds) == .success }

    /// Waits until every queued progress write has landed.
    func flushWrites() { writes.sync {} }

    /// Cancels whatever computation runs (on quit).
    func cancelAll() {
        latest.withLock { $0?.cancel() }
        background.withLock { for control in $0 { control.cancel() } }
    }

    /// Builds the first population and its figures.
    func start(scenario: Scenario, parameters: Parameters, generation: Int) {
        initial.withLock { $0 = scenario }
        perform(.recompute(parameters, generation: generation), customerLimit: .max, language: .en)
    }

    /// Queues `effect`; its result arrives later through `takeMessages()`.
    func perform(_ effect: AppEffect, customerLimit: Int, language: Language) {
        switch effect {
        case .recompute(let parameters, let generation):
            let control = supersede()
            enqueue(effect) { [self] in
                guard !control.isCancelled else { return nil }
                let base = initial.withLock { $0 }
                // Built inside the lock, so the workbench never leaves the worker's hands.
                let snapshot: Snapshot? = workbench.withLock { slot in
                    if slot.bench == nil, let base {
                        slot.bench = Workbench.open(scenario: base, parameters: parameters, threads: threads, control: control)
                    }
                    guard let snapshot = slot.bench?.snapshot(parameters, control: control) else { return nil }
                    slot.generation = generation
                    return snapshot
                }
                if snapshot != nil { prepareDraws() }
                return snapshot.map { .computed($0, generation: generation) }
            }
        case .loadSamples(let page, let result, let generation):
            enqueue(effect) { [self] in
                workbench.withLock { slot in
                    guard let bench = slot.bench, slot.generation == generation else { return nil }
                    return .samplesLoaded(bench.samples(page: page, count: AppUpdate.samplesPerPage, result: result), page: page, generation: generation)
                }
            }
        case .replicate(let parameters, let current, let count, let generation):
            let control = attach()
            enqueue(effect) { [self] in
                // Replication 0 is the snapshot itself; each further one reports as it lands.
                var runs = [[UnitFigures(current)]]
                for j in 1..<max(2, count) {
                    let result = workbench.withLock { slot -> RateResult? in
                        guard slot.generation == generation else { return nil }
                        return slot.bench?.replication(j, parameters: parameters, control: control)
                    }
                    guard let result, !control.isCancelled else { return nil }
                    runs.append([UnitFigures(result)])
                    let summary = ReplicatedResult.summarize(units: runs)[0]
                    post(.replicated(summary, done: j + 1, of: count, generation: generation))
                }
                return nil
            }
        case .robustness(let parameters, let worlds, let generation):
            let control = attach()
            enqueue(effect) { [self] in
                let base = workbench.withLock { slot in slot.bench.map { parameters.apply(to: $0.base) } }
                guard let base else { return nil }
                let threads = self.threads
                // The worlds share the population's draws; each world then only recomputes what its parameters change.
                let draws = Robustness.sharedDraws(base, threads: threads, control: control)
                if control.isCancelled { return nil }
                let result = Robustness.run(base, worlds: worlds, fixedRate: parameters.consentRate, compare: nil, evaluateOrStop: { world, rate in
                    try? Simulator.build(scenario: world, threads: threads, draws: draws, control: control)
                        .evaluate(rate: rate, k: parameters.k, epsilon: .some(parameters.epsilon), control: control)
                }, proceed: { done, total in
                    post(.worldsProgress(done: done, of: total, generation: generation))
                    return !control.isCancelled
                }, every: 10, partial: { result in self.post(.worldsPartial(result, generation: generation)) })
                return result.map { .worldsDone($0, generation: generation) }
            }
        case .listScenarios(let language):
            enqueue(effect) { [self] in .pickerLoaded(ScenarioCatalog(files: files).entries(language)) }
        case .openScenario(let entry, let generation):
            let control = supersede()
            enqueue(effect) { [self] in
                do {
                    var scenario = try ScenarioCatalog(files: files).load(entry)
                    // Never build more customers than the app is allowed to hold.
                    if scenario.totalCustomers > customerLimit { scenario = scenario.scaled(toCustomers: customerLimit) }
                    let opened = workbench.withLock { slot in
                        guard let bench = Workbench.open(scenario: scenario, threads: threads, control: control) else { return false }
                        slot = Slot(bench: bench, generation: generation)
                        return true
                    }
                    return opened ? .scenarioOpened(scenario, source: entry.origin, generation: generation) : nil
                } catch let error as ScenarioError {
                    return .openFailed(error.diagnostics.first.map(\.description) ?? loc("invalid scenario", language), generation: generation)
                } catch {
                    return .openFailed("\(error)", generation: generation)
                }
            }
        case .writeFile(let path, let contents, let overwrite, let what):
            enqueue(effect) { [self] in
                do {
                    try files.write(path: path, contents: contents, overwrite: overwrite)
                    return .fileWritten(path: path, what: what)
                } catch AppFileError.exists {
                    return .fileExists(path: path, contents: contents)
                } catch AppFileError.failed(let why) {
                    return .failed(loc("Could not write %1: %2", language, path, why))
                } catch {
                    return .failed(loc("Could not write %1: %2", language, path, "\(error)"))
                }
            }
        case .lessonAnswer(let quantity, let scenario, let settings, let step):
            enqueue(effect) { [self] in
                .lessonAnswered(LessonEvaluator(scenario: scenario, threads: threads).answer(quantity, at: settings), step: step)
            }
        case .openLessonScenario(let scenario, let source, let generation):
            let control = supersede()
            enqueue(effect) { [self] in
                var scenario = scenario
                if scenario.totalCustomers > customerLimit { scenario = scenario.scaled(toCustomers: customerLimit) }
                let opened = workbench.withLock { slot in
                    guard let bench = Workbench.open(scenario: scenario, threads: threads, control: control) else { return false }
                    slot = Slot(bench: bench, generation: generation)
                    return true
                }
                return opened ? .scenarioOpened(scenario, source: source, generation: generation) : nil
            }
        case .saveProgress(let path, let contents):
            writes.async { [files] in
                // Progress is a convenience: a folder that cannot be made only means no resume.
                try? files.makeFolder((path as NSString).deletingLastPathComponent)
                try? files.write(path: path, contents: contents, overwrite: true)
            }
        case .openRoom:
            // The runtime opens the room itself, on the loop's thread; it never reaches the worker.
            break
        case .quit:
            // Nothing to do here: the loop ends and calls `cancelAll()`; a test may carry on after q.
            break
        }
    }

    /// A control for a new computation of figures, cancelling the one before it and every
    /// background job of the old figures.
    private func supersede() -> WorkControl {
        let control = WorkControl()
        latest.withLock { previous in
            previous?.cancel()
            previous = control
        }
        background.withLock { jobs in
            for job in jobs { job.cancel() }
            jobs.removeAll()
        }
        return control
    }

    /// Queues the recording of the population's draws when the workbench wants them, behind the
    /// computation that built it. A newer computation cancels the recording (it stops within a
    /// chunk), so it never holds up a key press for long; it is not counted as pending work.
    private func prepareDraws() {
        guard workbench.withLock({ $0.bench?.wantsDraws ?? false }) else { return }
        let control = attach()
        queue.async { [self] in
            guard !control.isCancelled else { return }
            workbench.withLock { $0.bench?.prepareDraws(control: control) }
        }
    }

    /// A control for a background job of the shown figures; only a new computation cancels it.
    private func attach() -> WorkControl {
        let control = WorkControl()
        background.withLock { $0.append(control) }
        return control
    }

    private func enqueue(_ effect: AppEffect, _ job: @escaping @Sendable () -> AppMessage?) {
        pending.add(1, ordering: .releasing)
        queue.async { [self] in
            stall?(effect)
            if let message = job() { post(message) }
            pending.subtract(1, ordering: .releasing)
            arrived.signal()
        }
    }

    /// Hands a message to the loop (a job may post several, as replications arrive).
    private func post(_ message: AppMessage) {
        inbox.withLock { $0.append(message) }
        arrived.signal()
    }
}
