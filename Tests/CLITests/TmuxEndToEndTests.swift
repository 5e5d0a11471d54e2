import Foundation
import Testing

/// Finds tmux on PATH (not at one fixed path).
enum TmuxLocator {
    /// Whether a tmux is on PATH.
    static var available: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/tmux")
        }
    }
}

/// The real binary in a real terminal: tmux on a private socket at 80×24. Skipped where tmux is
/// not installed (`.ci/run` installs it, so CI always runs these).
@Suite("TUI in tmux", .serialized, .enabled(if: TmuxLocator.available, "tmux is not installed"))
struct TmuxEndToEndTests {
    final class Session {
        let socket = "campaign-sim-test-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"

        /// Runs a tmux command with posix_spawn and waitpid (Foundation's Process was seen to hang
        /// waiting for short-lived tmux clients). Output is read only when asked for.
        @discardableResult
        func tmux(_ args: String..., output: Bool = false) -> String {
            tmux(args, output: output)
        }

        @discardableResult
        func tmux(_ args: [String], output: Bool = false) -> String {
            Session.run(["tmux", "-L", socket, "-f", "/dev/null"] + args, output: output)
        }

        /// Spawns a command with a clean signal mask (test threads block signals, children inherit that).
        @discardableResult
        static func run(_ argv: [String], output: Bool = false) -> String {
            var fds: [Int32] = [0, 0]
            if output { _ = pipe(&fds) }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            if output {
                posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
                posix_spawn_file_actions_addclose(&actions, fds[0])
            } else {
                posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            }
            var cArgs = argv.map { strdup($0) } + [nil]
            defer { for p in cArgs { free(p) } }
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            var empty = sigset_t()
            sigemptyset(&empty)
            posix_spawnattr_setsigmask(&attributes, &empty)
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
            var pid: pid_t = 0
            guard posix_spawnp(&pid, argv[0], &actions, &attributes, &cArgs, environ) == 0 else {
                if output { close(fds[0]); close(fds[1]) }
                return ""
            }
            var data = Data()
            if output {
                close(fds[1])
                var chunk = [UInt8](repeating: 0, count: 4096)
                while true {
                    let n = read(fds[0], &chunk, chunk.count)
                    if n <= 0 { break }
                    data.append(contentsOf: chunk[0..<n])
                }
                close(fds[0])
            }
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            return String(decoding: data, as: UTF8.self)
        }

        var screen: String { tmux("capture-pane", "-p", "-t", "app", output: true) }

        /// Polls the screen until it contains `text` (instead of sleeping a fixed time).
        func wait(for text: String, seconds: Double = 20, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if screen.contains(text) { return true }
                Thread.sleep(forTimeInterval: 0.1)
            }
            Issue.record("screen never showed \"\(text)\"; it was:\n\(screen)", sourceLocation: sourceLocation)
            return false
        }

        deinit { tmux("kill-server") }
    }


    @Test func startChangeConsentHelpResizeQuit() throws {
        let s = Session()
        let command = "\(BinaryRunner.binary.path) tui --customers 20000; echo EXIT=$?; sleep 30"
        s.tmux("new-session", "-d", "-s", "app", "-x", "80", "-y", "24", "-e", "LANG=C.UTF-8", "-e", "SWIFT_BACKTRACE=enable=no", command)
        guard s.wait(for: "Exposure") else { return }
        #expect(s.screen.contains("Consent  40 %"))
        for _ in 0..<5 { s.tmux("send-keys", "-t", "app", "Right") }
        guard s.wait(for: "Consent  45 %") else { return }
        s.tmux("send-keys", "-t", "app", "?")
        guard s.wait(for: "Keys") else { return }
        s.tmux("send-keys", "-t", "app", "x")
        guard s.wait(for: "Exposure") else { return }
        s.tmux("resize-window", "-t", "app", "-x", "60", "-y", "20")
        guard s.wait(for: "Terminal too small") else { return }
        s.tmux("resize-window", "-t", "app", "-x", "80", "-y", "24")
        guard s.wait(for: "Exposure") else { return }
        #expect(s.screen.contains("Consent  45 %"))
        s.tmux("send-keys", "-t", "app", "q")
        guard s.wait(for: "EXIT=0") else { return }
        // The terminal is back to normal: the shell's echo printed on a clean line.
        #expect(!s.screen.contains("Terminal too small"))
    }

    /// Starts the TUI with a unique population size, waits for `readyText`, sends `signal` to the
    /// binary (anchored to its path: the tmux server's command line holds the same words) and
    /// checks the exit status and that terminal echo is back on. `stallMilliseconds` holds every
    /// computation that long (CAMPAIGN_SIM_TEST_STALL_MS), so the signal surely lands during one.
    func signalExitsCleanly(signal: String, customersBase: Int, readyText: String, expectedStatus: Int, stallMilliseconds: Int = 0) throws {
        let s = Session()
        let marker = String(customersBase + Int.random(in: 1...999))
        let command = "\(BinaryRunner.binary.path) tui --customers \(marker); echo EXIT=$?; stty -a | tr ' ;' '\\n\\n' | grep -qx echo && echo ECHO=on || echo ECHO=off; sleep 60"
        s.tmux("new-session", "-d", "-s", "app", "-x", "80", "-y", "24", "-e", "LANG=C.UTF-8",
               "-e", "CAMPAIGN_SIM_TEST_STALL_MS=\(stallMilliseconds)", command)
        guard s.wait(for: readyText) else { return }
        Session.run(["pkill", "-\(signal)", "-f", "^\(BinaryRunner.binary.path) tui --customers \(marker)"])
        // With a stall of minutes, an exit within seconds proves the loop did not wait for the work.
        guard s.wait(for: "ECHO=", seconds: stallMilliseconds > 0 ? 10 : 120) else { return }
        let screen = s.screen
        #expect(screen.contains("EXIT=\(expectedStatus)"), "\(screen)")
        #expect(screen.contains("ECHO=on"), "terminal echo was not restored: \(screen)")
    }

    /// A whole lesson through the real binary: step, guess, reveal, quiz, leave; then it resumes.
    @Test func aLessonFromStartToEndAndResume() throws {
        let s = Session()
        let state = try BinaryRunner.temporaryFolder()
        let command = "XDG_STATE_HOME=\(state.path) \(BinaryRunner.binary.path) lesson minors-dsa --restart; echo EXIT=$?; sleep 30"
        s.tmux("new-session", "-d", "-s", "app", "-x", "120", "-y", "40", "-e", "LANG=C.UTF-8", "-e", "SWIFT_BACKTRACE=enable=no", command)
        guard s.wait(for: "Step 1 of 4") else { return }
        s.tmux("send-keys", "-t", "app", "Enter")
        guard s.wait(for: "Step 2 of 4") else { return }
        s.tmux("send-keys", "-t", "app", "2", "0", "0", "0", "Enter")
        guard s.wait(for: "Answer:", seconds: 60) else { return }
        s.tmux("send-keys", "-t", "app", "Enter")
        guard s.wait(for: "Step 3 of 4") else { return }
        s.tmux("send-keys", "-t", "app", "3", "4", "0", "0", "0", "0", "0", "0", "Enter")
        guard s.wait(for: "close enough", seconds: 60) else { return }
        s.tmux("send-keys", "-t", "app", "Enter")
        guard s.wait(for: "Step 4 of 4") else { return }
        s.tmux("send-keys", "-t", "app", "1")
        guard s.wait(for: "✓ Right.") else { return }
        #expect(s.screen.contains("Last step"))
        s.tmux("send-keys", "-t", "app", "q")
        guard s.wait(for: "Leave the lesson?") else { return }
        s.tmux("send-keys", "-t", "app", "y")
        guard s.wait(for: "EXIT=0") else { return }
        let saved = try String(contentsOf: state.appendingPathComponent("campaign-sim/lessons/minors-dsa.json"), encoding: .utf8)
        #expect(saved.contains("\"step\":3"))
        // Opened again without --restart, it resumes at the step it was left on.
        s.tmux("kill-session", "-t", "app")
        let again = "XDG_STATE_HOME=\(state.path) \(BinaryRunner.binary.path) lesson minors-dsa; echo EXIT=$?; sleep 30"
        s.tmux("new-session", "-d", "-s", "app", "-x", "80", "-y", "24", "-e", "LANG=C.UTF-8", again)
        guard s.wait(for: "Step 4 of 4") else { return }
        s.tmux("send-keys", "-t", "app", "q", "y")
        guard s.wait(for: "EXIT=0") else { return }
    }

    @Test func sigtermRestoresTheTerminal() throws {
        try signalExitsCleanly(signal: "TERM", customersBase: 20_000, readyText: "Exposure", expectedStatus: 143)
    }

    @Test func keyAndResizeStormAgainstTheRealBinary() throws {
        let s = Session()
        // Random keys may open the save dialog and write files: run in a scratch folder.
        let folder = try BinaryRunner.temporaryFolder()
        let command = "\(BinaryRunner.binary.path) tui --customers 5000 --max-customers 20000; echo EXIT=$?; stty -a | tr ' ;' '\\n\\n' | grep -qx echo && echo ECHO=on || echo ECHO=off; sleep 60"
        s.tmux("new-session", "-d", "-s", "app", "-c", folder.path, "-x", "80", "-y", "24", "-e", "LANG=C.UTF-8", command)
        guard s.wait(for: "Exposure") else { return }
        // Everything but the keys that quit, so the storm runs to its end.
        let keys = ["Up", "Down", "Left", "Right", "PageUp", "PageDown", "Home", "End", "Enter", "Tab", "BTab", "BSpace",
                    "h", "j", "k", "l", "H", "L", "c", "v", "p", "o", "s", "e", "y", "n", "b", "?", "x", "1", "Space", "-"]
        var rng = SystemRandomNumberGenerator()
        var sent = 0
        for batch in 0..<20 {
            let chunk = (0..<50).map { _ in keys[Int.random(in: 0..<keys.count, using: &rng)] }
            s.tmux(["send-keys", "-t", "app"] + chunk)
            sent += chunk.count
            if batch % 4 == 0 {
                s.tmux("resize-window", "-t", "app", "-x", String(Int.random(in: 20...200, using: &rng)), "-y", String(Int.random(in: 5...60, using: &rng)))
            }
        }
        s.tmux("resize-window", "-t", "app", "-x", "80", "-y", "24")
        // Leave whatever screen or dialog the storm ended in, then quit from the dashboard.
        for _ in 0..<6 { s.tmux("send-keys", "-t", "app", "Escape"); Thread.sleep(forTimeInterval: 0.2) }
        guard s.wait(for: "ECHO=", seconds: 60) else { return }
        #expect(s.screen.contains("EXIT=0"), "after \(sent) keys: \(s.screen)")
        #expect(s.screen.contains("ECHO=on"))
    }

    @Test func sigtermDuringARecomputeExitsCleanly() throws {
        try signalExitsCleanly(signal: "TERM", customersBase: 21_000, readyText: "computing", expectedStatus: 143, stallMilliseconds: 300_000)
    }

    @Test func sigintDuringARecomputeExitsCleanly() throws {
        // The loading screen is up while the (stalled) population is being built; interrupt it there.
        try signalExitsCleanly(signal: "INT", customersBase: 22_000, readyText: "computing", expectedStatus: 130, stallMilliseconds: 300_000)
    }

    @Test func ctrlCExitsWith130AndRestoresTheTerminal() throws {
        let s = Session()
        let command = "\(BinaryRunner.binary.path) tui --customers 20000; echo EXIT=$?; stty -a | tr ' ;' '\\n\\n' | grep -qx echo && echo ECHO=on || echo ECHO=off; sleep 30"
        s.tmux("new-session", "-d", "-s", "app", "-x", "80", "-y", "24", "-e", "LANG=C.UTF-8", command)
        guard s.wait(for: "Exposure") else { return }
        s.tmux("send-keys", "-t", "app", "C-c")
        guard s.wait(for: "ECHO=") else { return }
        #expect(s.screen.contains("EXIT=130") && s.screen.contains("ECHO=on"), "\(s.screen)")
    }

    /// Long headless work shows a progress line on a terminal, and Ctrl-C stops it: exit 130, no output (issue 19).
    @Test func longWorkShowsProgressAndStopsOnCtrlC() throws {
        let s = Session()
        let folder = try BinaryRunner.temporaryFolder()
        let out = folder.appendingPathComponent("out.txt").path
        let command = "\(BinaryRunner.binary.path) run fashion-welcome --customers 100000 --replications 500 > \(out); echo EXIT=$?; sleep 30"
        s.tmux("new-session", "-d", "-s", "app", "-x", "100", "-y", "10", command)
        guard s.wait(for: "replications ") else { return }
        #expect(s.screen.contains("/500"), "\(s.screen)")
        s.tmux("send-keys", "-t", "app", "C-c")
        guard s.wait(for: "EXIT=") else { return }
        #expect(s.screen.contains("EXIT=130") && s.screen.contains("nothing was written"), "\(s.screen)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)).isEmpty)
    }

    @Test func aNonUTF8LocaleGetsPlainASCII() throws {
        let s = Session()
        let command = "\(BinaryRunner.binary.path) tui --customers 20000; echo EXIT=$?; sleep 30"
        s.tmux("new-session", "-d", "-s", "app", "-x", "80", "-y", "24", "-e", "LANG=C", "-e", "LC_ALL=C", command)
        guard s.wait(for: "Exposure") else { return }
        let screen = s.screen
        #expect(screen.unicodeScalars.allSatisfy { $0.value < 0x80 }, "non-ASCII on a LANG=C terminal:\n\(screen)")
        #expect(screen.contains("+---"))
        s.tmux("send-keys", "-t", "app", "q")
        guard s.wait(for: "EXIT=0") else { return }
    }

    /// Issue 30: a terminal that cannot address its cursor gets a sentence, not garbage.
    @Test func aDumbTerminalIsToldToUseRun() throws {
        let s = Session()
        let command = "TERM=dumb \(BinaryRunner.binary.path) tui --customers 20000; echo EXIT=$?; sleep 30"
        s.tmux("new-session", "-d", "-s", "app", "-x", "80", "-y", "24", "-e", "LANG=C.UTF-8", command)
        guard s.wait(for: "EXIT=") else { return }
        let text = s.screen.replacingOccurrences(of: "\n", with: "")
        #expect(text.contains("EXIT=2") && text.contains("TERM=dumb") && text.contains("campaign-sim run SCENARIO"), "\(s.screen)")
    }

    @Test func keysWorkWhileTheFirstBuildIsStalled() throws {
        let s = Session()
        let command = "\(BinaryRunner.binary.path) tui --customers 20000; echo EXIT=$?; sleep 30"
        s.tmux("new-session", "-d", "-s", "app", "-x", "80", "-y", "24", "-e", "LANG=C.UTF-8", "-e", "CAMPAIGN_SIM_TEST_STALL_MS=300000", command)
        guard s.wait(for: "computing") else { return }
        // Help opens and closes while the engine is held, and q quits at once.
        s.tmux("send-keys", "-t", "app", "?")
        guard s.wait(for: "Keys", seconds: 5) else { return }
        s.tmux("send-keys", "-t", "app", "x")
        s.tmux("send-keys", "-t", "app", "q")
        guard s.wait(for: "EXIT=0", seconds: 10) else { return }
    }
}
