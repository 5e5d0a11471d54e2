import ArgumentParser
import CampaignApp
import CampaignCompliance
import CursesBackend
import Foundation
import Localization
import RoomServer
import ScenarioKit
import TerminalKit

/// Runs the interactive loop: terminal in, screen out, terminal restored on every way out.
enum TUISession {
    static func run(scenarioArgument: String?, customers: Int?, threads: Int?, maxCustomers: Int = Dial.customerSteps.last!,
                    language: Language = Language.resolve(nil, environment: ProcessInfo.processInfo.environment),
                    lesson: (scenario: Scenario, session: LessonSession)? = nil, room: RoomOptions? = nil) throws {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            throw CLIError.usage(loc("the interactive view needs a terminal; for output to a file or pipe use `campaign-sim run SCENARIO` (see `campaign-sim help run`)", CLIText.language))
        }
        // A terminal that cannot move its cursor (TERM=dumb, an editor's shell buffer) cannot show
        // the app: say so instead of drawing garbage.
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard term != "dumb", !term.isEmpty else {
            throw CLIError.usage(loc("this terminal (TERM=%1) cannot show the interactive view; use `campaign-sim run SCENARIO` for the figures as text (see `campaign-sim help run`)", CLIText.language, term.isEmpty ? "unset" : term))
        }
        // The first figures need the obligations catalogue, parsed from YAML on first use: parse it
        // now, on an idle core, while this thread loads the scenario and sets up the terminal.
        DispatchQueue.global(qos: .userInitiated).async { _ = ObligationCatalogue.shipped }
        let name = scenarioArgument ?? BuiltinScenarios.defaultScenario.name
        let scenario = try lesson.map { $0.scenario } ?? ScenarioSource.prepare(name, customers: customers, limit: maxCustomers)
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal()
        } catch {
            throw CLIError.usage("cannot start the interactive view: \(error)")
        }
        let glyphs: Glyphs = terminal.unicode ? .unicode : .ascii
        let size = terminal.size
        let runtime = AppRuntime(scenario: scenario, source: name, width: size.width, height: size.height,
                                 files: RealFileSystem(), threads: threads ?? ProcessInfo.processInfo.activeProcessorCount,
                                 customerLimit: maxCustomers, language: language, stall: stallHook())
        if let lesson { runtime.beginLesson(lesson.session) }
        if let room {
            runtime.roomOpener = room.opener()
            if room.room { runtime.openRoom() }
        }
        // The first frame (the loading screen) shows at once; the population builds in the background.
        runtime.start()
        var exitSignal: Int32 = 0
        while !runtime.state.quitRequested {
            runtime.receive()
            terminal.draw(AppView.render(runtime.state, glyphs: glyphs))
            // While work runs, wait for its results rather than for keys, so a result shows the moment
            // it lands (not at the next poll); keys typed meanwhile are read within 10 ms, as before.
            if runtime.isBusy {
                terminal.setInputTimeout(milliseconds: 0)
            } else {
                terminal.setInputTimeout(milliseconds: 100)
            }
            guard let event = terminal.nextEvent() else {
                if runtime.isBusy { runtime.receive(waitingUpTo: 0.01) }
                continue
            }
            switch event {
            case .signal(let sig):
                exitSignal = sig
            case .resize(let width, let height):
                terminal.invalidate()
                runtime.send(.resize(width: width, height: height))
            case .key(let code):
                runtime.send(.key(code))
                // A quick recompute (most are a few ms) shows in the very next frame.
                runtime.receive(waitingUpTo: 0.012)
            }
            if exitSignal != 0 { break }
        }
        runtime.cancel()
        // Let queued writes (a lesson's saved progress) land; computations are not waited for.
        runtime.flushWrites()
        terminal.stop()
        // The room goes with the lesson: its answers are written only if the trainer asked.
        room?.export(runtime.room)
        (runtime.room as? RoomServer)?.close()
        // Ctrl-C reaches the app as a key (raw mode), but it means "interrupt": exit as SIGINT would.
        if exitSignal == 0 && runtime.state.interrupted { Foundation.exit(130) }
        if exitSignal != 0 {
            Console.error(loc("campaign-sim: stopped by signal %1", CLIText.language, exitSignal))
            Foundation.exit(128 + exitSignal)
        }
    }

    /// `CAMPAIGN_SIM_TEST_STALL_MS=N` holds every recompute N ms before it starts, so the end-to-end
    /// tests can interrupt a computation without racing a fast build.
    static func stallHook() -> (@Sendable (AppEffect) -> Void)? {
        guard let text = ProcessInfo.processInfo.environment["CAMPAIGN_SIM_TEST_STALL_MS"], let ms = Int(text), ms > 0 else { return nil }
        return { effect in
            if case .recompute = effect { usleep(UInt32(min(ms, 600_000)) * 1000) }
        }
    }
}
