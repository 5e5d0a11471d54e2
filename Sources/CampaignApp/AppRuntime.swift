import CampaignEngine
import Foundation
import Lessons
import Localization
import ScenarioKit
import WorkshopRoom

/// Runs the update loop: feeds messages to `AppUpdate` and hands the effects it asks for to an
/// `EffectWorker`, whose results come back as messages when the loop calls `receive()`.
///
/// Only the thread that owns the runtime (the input loop) touches `state`; the engine works on the
/// worker's queue, so a key is handled at once even while a population is being built.
public final class AppRuntime {
    /// The app's state after the last message handled.
    public private(set) var state: AppState
    private let worker: EffectWorker
    private let scenario: Scenario
    /// Opens the workshop room when the trainer asks (the command line binds the socket); nil
    /// where the app runs without one (tests, `campaign-sim tui`).
    public var roomOpener: (@Sendable () throws -> RoomLink)?
    /// The open room, if any.
    public private(set) var room: RoomLink?
    /// The step the room was last shown, and the room's version last read.
    private var roomStep: RoomStep?
    private var roomVersion = -1

    /// Opens `scenario`; call `start()` to compute the first figures. `stall`, for tests, is called
    /// on the worker at the start of every job.
    public init(scenario: Scenario, source: String, width: Int, height: Int, files: AppFileSystem,
                threads: Int = ProcessInfo.processInfo.activeProcessorCount, customerLimit: Int = Dial.customerSteps.last!,
                language: Language = .en, stall: (@Sendable (AppEffect) -> Void)? = nil) {
        state = AppState(scenario: scenario, source: source, width: width, height: height)
        state.computing = true
        state.customerLimit = customerLimit
        state.language = language
        self.scenario = scenario
        worker = EffectWorker(files: files, threads: threads, stall: stall)
    }

    /// Replaces the snapshot's timing with a fixed value, so snapshot tests are stable.
    public func freezeTiming(_ milliseconds: Double) {
        state.snapshot?.recomputeMilliseconds = milliseconds
    }

    /// Clears a quit request (tests that keep going after a random "q").
    public func resetQuit() { state.quitRequested = false }

    /// Workshop mode: `session` runs over the app, its current step's settings applied before the
    /// first build (so the first figures are already the lesson's).
    public func beginLesson(_ session: LessonSession) {
        state.lesson = session
        if session.lesson != nil { _ = LessonUpdate.enter(step: session.step, &state, save: false) }
    }

    /// Starts building the population and its first figures in the background.
    public func start() {
        state.generation += 1
        worker.start(scenario: scenario, parameters: state.parameters, generation: state.generation)
    }

    /// Handles one message at once; the work it leads to is queued on the worker.
    public func send(_ message: AppMessage) { process(message) }

    /// Whether the worker has work queued or running.
    public var isBusy: Bool { worker.isBusy }

    /// Applies every result that has arrived and the current progress; true when the state changed.
    @discardableResult
    public func receive() -> Bool {
        var messages = worker.takeMessages()
        // The room's answers arrive the same way: one tally of the newest state, however many came.
        if let room, let (tally, version) = room.tally(since: roomVersion) {
            roomVersion = version
            messages.append(.roomTally(tally))
        }
        for message in messages { process(message) }
        let progress = worker.progress
        if progress != state.progress {
            process(.progress(progress))
            return true
        }
        return !messages.isEmpty
    }

    /// Waits up to `seconds` for a result and applies it; the loop's fast path, so a quick
    /// recompute shows in the frame after the key instead of one tick later.
    @discardableResult
    public func receive(waitingUpTo seconds: Double) -> Bool {
        guard worker.isBusy else { return receive() }
        _ = worker.wait(seconds: seconds)
        return receive()
    }

    /// Waits until no work is left and every result is applied (scripts and tests).
    public func settle() {
        repeat {
            while worker.isBusy { _ = worker.wait(seconds: 0.05) }
            receive()
        } while worker.isBusy
    }

    /// Waits for saved progress to be written (not for computations); called before exit.
    public func flushWrites() { worker.flushWrites() }

    /// Stops any computation in progress (on quit or a signal).
    public func cancel() { worker.cancelAll() }

    private func process(_ message: AppMessage) {
        let effects = AppUpdate.update(&state, message)
        for effect in coalesce(effects) {
            if case .openRoom = effect {
                openRoom()
                continue
            }
            worker.perform(effect, customerLimit: state.customerLimit, language: state.language)
        }
        syncRoom()
    }

    /// Opens the room (once); binding a socket is quick, so it happens on the loop's thread.
    public func openRoom() {
        guard room == nil, state.lesson != nil else { return }
        guard let roomOpener else {
            _ = AppUpdate.update(&state, .roomFailed(loc("The room needs the lesson command: campaign-sim lesson NAME --room", state.language)))
            return
        }
        do {
            let link = try roomOpener()
            room = link
            _ = AppUpdate.update(&state, .roomOpened(url: link.url, joinURL: link.joinURL, code: link.code))
            syncRoom()
        } catch {
            _ = AppUpdate.update(&state, .roomFailed(loc("Could not open the room: %1", state.language, "\(error)")))
        }
    }

    /// Shows the room the lesson's step whenever what the room may see of it changed.
    private func syncRoom() {
        guard let room else { return }
        let step = RoomUpdate.step(state)
        if step != roomStep {
            roomStep = step
            room.show(step)
        }
    }

    /// Keeps only the last recompute of a batch: only the final parameters matter.
    private func coalesce(_ effects: [AppEffect]) -> [AppEffect] {
        guard let last = effects.lastIndex(where: { if case .recompute = $0 { true } else { false } }) else { return effects }
        return effects.enumerated().filter { i, e in if case .recompute = e { return i == last }; return true }.map(\.1)
    }
}
