import ArgumentParser
import CampaignEngine
import Dispatch
import Foundation
import Localization
import TerminalKit

/// Long work on the command line (streamed runs, replications, plausible worlds, bench): a
/// progress line on stderr while stderr is a terminal, and Ctrl-C that stops the work cleanly:
/// exit code 130 and nothing written, because results are only written once the work is done.
///
/// `@unchecked Sendable` because its timer and signal source are `var`s. What makes it safe: they
/// are set and cancelled only by the thread that calls `run`, and the handlers that run on the
/// private serial queue read only the `let`s (label, start, control) and the control's atomics.
final class LongWork: @unchecked Sendable {
    /// The control the work reports to and stops by.
    let control = WorkControl()
    private let label: String
    private let shows: Bool
    private let queue = DispatchQueue(label: "campaign-sim.progress")
    private var timer: DispatchSourceTimer?
    private var interrupt: DispatchSourceSignal?
    private let start = DispatchTime.now()

    /// `label` names the steps ("replications", "worlds", "chunks"); `quiet` silences the line.
    init(_ label: String, quiet: Bool) {
        self.label = label
        shows = !quiet && isatty(STDERR_FILENO) == 1
    }

    /// Runs `body` with progress and Ctrl-C handling; throws exit 130 when it was interrupted.
    func run<T>(_ body: (WorkControl) throws -> T?) throws -> T {
        // Restored afterwards, so work nested in other work (bench) leaves the outer handling in place.
        let previous = signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: queue)
        source.setEventHandler { [control] in control.cancel() }
        source.resume()
        interrupt = source
        if shows {
            let timer = DispatchSource.makeTimerSource(queue: queue)
            timer.schedule(deadline: .now() + .milliseconds(300), repeating: .milliseconds(250))
            timer.setEventHandler { [self] in draw() }
            timer.resume()
            self.timer = timer
        }
        let result = try body(control)
        queue.sync {
            timer?.cancel()
            interrupt?.cancel()
            if shows { try? FileHandle.standardError.write(contentsOf: Data("\r\u{1B}[K".utf8)) }
        }
        signal(SIGINT, previous)
        if control.isCancelled {
            throw CLIError(message: loc("interrupted: stopped before the end, nothing was written", CLIText.language), exitCode: 130)
        }
        guard let result else { throw CLIError.runtime("the work stopped without a result") }
        return result
    }

    /// One progress line: "replications 12/20 · 3.1/s · about 3 s left", redrawn in place.
    private func draw() {
        let (done, total) = control.progress
        guard total > 0 else { return }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let rate = seconds > 0 ? Double(done) / seconds : 0
        var line = "\(label) \(done)/\(total)"
        if rate > 0 {
            line += String(format: " · %.1f/s", rate)
            let left = Double(total - done) / rate
            line += left >= 1 ? String(format: " · about %.0f s left", left) : " · almost done"
        }
        if control.isCancelled { line += " · stopping…" }
        try? FileHandle.standardError.write(contentsOf: Data(("\r\u{1B}[K" + ControlCharacters.neutralised(line)).utf8))
    }
}

/// `--quiet`, shared by the commands whose work can take long.
struct QuietOption: ParsableArguments {
    @Flag(help: "No progress line on stderr (there is none when stderr is not a terminal anyway).")
    var quiet = false
}
