import CNCurses
import Foundation
import TerminalKit

/// Set by signal handlers; read by the event loop. A plain global is what a signal handler may touch
/// (an async-signal-safe store of a word; no lock, no allocation). `nonisolated(unsafe)`: written
/// only by the handlers, read only by the one thread that runs curses.
nonisolated(unsafe) private var pendingSignal: Int32 = 0
/// Whether curses owns the terminal (so crash handlers know to restore it). `nonisolated(unsafe)`:
/// written only by the curses thread when it starts and stops curses, read by the crash handlers.
nonisolated(unsafe) private var cursesActive: Int32 = 0

/// An input event from the terminal.
public enum TerminalEvent: Sendable, Equatable {
    /// A key press.
    case key(Key)
    /// The terminal's new size in cells.
    case resize(width: Int, height: Int)
    /// SIGINT or SIGTERM arrived; the number is the signal.
    case signal(Int32)
}

/// The only code that calls curses: start, read input, draw a buffer, restore the terminal.
///
/// All calls must come from one thread (curses is not thread-safe); the app's loop runs on the main thread.
public final class CursesTerminal {
    /// Why curses could not start.
    public enum Failure: Error, CustomStringConvertible {
        /// curses does not know the terminal type (TERM's value).
        case unknownTerminal(String)
        /// The message, with a TERM to try.
        public var description: String {
            switch self {
            case .unknownTerminal(let term): "the terminal type \"\(term)\" is unknown to curses; try TERM=xterm-256color"
            }
        }
    }

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    /// Whether the locale is UTF-8; otherwise characters are mapped to ASCII.
    public let unicode: Bool
    /// Whether colours are used: the terminal has them and NO_COLOR is not set.
    public let colors: Bool
    /// Whether bold may go with a colour (not on a light 8-colour terminal, where it brightens).
    private var boldColours = true
    /// Whether the background is dark (the theme's guess), for paper without colours.
    private var darkBackground = true
    private var previous: ScreenBuffer?
    private var inputTimeout = 100

    /// Takes over the terminal: raw input, no echo, hidden cursor, signal handlers.
    public init() throws {
        setlocale(LC_ALL, "")
        // Decide by the user's own locale: a terminal under LANG=C cannot show UTF-8, whatever
        // locale the program switches to afterwards (it does so only for ncursesw's wide calls).
        let userUTF8 = cs_is_utf8() != 0
        if !userUTF8 { setlocale(LC_CTYPE, "C.UTF-8") }
        // CAMPAIGN_SIM_ASCII forces plain ASCII, for terminals that claim UTF-8 but cannot draw it.
        let forceASCII = !(ProcessInfo.processInfo.environment["CAMPAIGN_SIM_ASCII"] ?? "").isEmpty
        unicode = userUTF8 && !forceASCII
        guard let screen = cs_newterm() else {
            throw Failure.unknownTerminal(ProcessInfo.processInfo.environment["TERM"] ?? "")
        }
        self.screen = screen
        set_term(screen)
        window = stdscr_window()
        cursesActive = 1
        CursesTerminal.installHandlers()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        curs_set(0)
        set_escdelay(25)
        wtimeout(window, Int32(inputTimeout))
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        if !noColor && has_colors() {
            start_color()
            use_default_colors()
            // With 256 colours the palette that reads on light and dark backgrounds; with 8, the basic colours.
            let rich = cs_colors() >= 256
            // The 256-colour palette reads on both backgrounds; the 8 basic colours need the theme.
            let theme = Theme.detect(environment: ProcessInfo.processInfo.environment)
            for color in TerminalColor.allCases {
                init_pair(Int16(color.rawValue), Int16(rich ? Int32(Palette.entry(color).xterm) : CursesTerminal.cursesColor(theme.basic(color))), -1)
            }
            boldColours = rich || theme.boldColours
            // Pair 8: black ink on white paper, for the room's QR code (bright white where there are 256 colours).
            init_pair(8, Int16(rich ? 16 : COLOR_BLACK), Int16(rich ? 231 : COLOR_WHITE))
            darkBackground = theme == .dark
            colors = true
        } else {
            darkBackground = Theme.detect(environment: ProcessInfo.processInfo.environment) == .dark
            colors = false
        }
    }

    /// The terminal's size in columns and rows.
    public var size: (width: Int, height: Int) { (Int(cs_cols(window)), Int(cs_lines(window))) }

    /// How long `nextEvent` waits for input (100 ms unless set): the loop waits less while
    /// background work may deliver results.
    public func setInputTimeout(milliseconds: Int) {
        guard milliseconds != inputTimeout else { return }
        inputTimeout = milliseconds
        wtimeout(window, Int32(milliseconds))
    }

    /// Waits up to the input timeout for input.
    public func nextEvent() -> TerminalEvent? {
        if pendingSignal != 0 { return .signal(pendingSignal) }
        var wide: wint_t = 0
        let result = wget_wch(window, &wide)
        if pendingSignal != 0 { return .signal(pendingSignal) }
        if result == cs_err() {
            // A terminal that has gone (its window closed without a SIGHUP reaching us) reads as
            // an endless run of errors: treat the hang-up as SIGHUP, so the program ends.
            var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            if poll(&input, 1, 0) > 0 && input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .signal(SIGHUP) }
            return nil
        }
        if result == KEY_CODE_YES {
            let code = Int32(wide)
            if code == cs_key_resize() { return .resize(width: size.width, height: size.height) }
            switch code {
            case KEY_UP: return .key(.up)
            case KEY_DOWN: return .key(.down)
            case KEY_LEFT: return .key(.left)
            case KEY_RIGHT: return .key(.right)
            case KEY_PPAGE: return .key(.pageUp)
            case KEY_NPAGE: return .key(.pageDown)
            case KEY_HOME: return .key(.home)
            case KEY_END: return .key(.end)
            case KEY_ENTER: return .key(.enter)
            case KEY_BTAB: return .key(.backTab)
            case KEY_BACKSPACE: return .key(.backspace)
            default: return nil
            }
        }
        switch wide {
        case 3: return .key(.ctrlC)
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(UInt8(wide) + 96))))
        default:
            guard wide >= 32, let scalar = Unicode.Scalar(UInt32(wide)) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    /// Draws the buffer, rewriting only the rows that changed since the last frame.
    public func draw(_ buffer: ScreenBuffer) {
        let full = previous == nil || previous!.width != buffer.width || previous!.height != buffer.height
        if full { werase(window) }
        for y in 0..<buffer.height {
            if !full, let previous, rowEqual(previous, buffer, y) { continue }
            var x = 0
            while x < buffer.width {
                let style = buffer[x, y].style
                var text = ""
                let start = x
                while x < buffer.width && buffer[x, y].style == style {
                    let cell = buffer[x, y]
                    x += 1
                    // The right half of a wide character: the terminal advances two columns for it.
                    if cell.isContinuation { if !unicode { text.append("?") }; continue }
                    text.append(unicode ? cell.character : AsciiFallback.map(cell.character))
                }
                // Curses scrolls if the bottom-right cell is written; leave it out.
                if y == buffer.height - 1 && x == buffer.width && !text.isEmpty { text.removeLast() }
                cs_put(window, Int32(y), Int32(start), text, attributes(style))
            }
        }
        wnoutrefresh(window)
        doupdate()
        previous = buffer
    }

    /// Forgets the last frame so the next draw repaints everything (after a resize).
    public func invalidate() { previous = nil }

    /// Gives the terminal back: the state it had before `init`.
    public func stop() {
        guard cursesActive != 0 else { return }
        cursesActive = 0
        endwin()
        delscreen(screen)
        CursesTerminal.restoreHandlers()
    }

    deinit { stop() }

    private func rowEqual(_ a: ScreenBuffer, _ b: ScreenBuffer, _ y: Int) -> Bool {
        for x in 0..<b.width where a[x, y] != b[x, y] { return false }
        return true
    }

    private func attributes(_ style: Style) -> Int32 {
        var attrs = cs_attr_normal()
        if style.bold && (boldColours || !colors || style.color == nil) { attrs |= cs_attr_bold() }
        if style.reverse { attrs |= cs_attr_reverse() }
        if style.underline { attrs |= cs_attr_underline() }
        if style.dim { attrs |= cs_attr_dim() }
        if colors, let color = style.color { attrs |= cs_color_pair(Int32(color.rawValue)) }
        if style.paper {
            // Without colours, paper is reverse video on a dark background and plain on a light one.
            if colors { attrs = cs_color_pair(8) } else if darkBackground { attrs ^= cs_attr_reverse() }
        }
        return attrs
    }

    private static func cursesColor(_ color: TerminalColor) -> Int32 {
        switch color {
        case .red: COLOR_RED
        case .green: COLOR_GREEN
        case .yellow: COLOR_YELLOW
        case .blue: COLOR_BLUE
        case .magenta: COLOR_MAGENTA
        case .cyan: COLOR_CYAN
        case .white: COLOR_WHITE
        }
    }

    // MARK: - Signals

    private static let crashSignals: [Int32] = [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE]

    private static func installHandlers() {
        // A parent may have started us with signals blocked (libdispatch workers block all of
        // them, and children inherit the mask); resizing and quitting need these delivered.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for sig in [SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGCONT, SIGTSTP] + crashSignals { sigaddset(&unblock, sig) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        signal(SIGINT) { pendingSignal = $0 }
        signal(SIGTERM) { pendingSignal = $0 }
        signal(SIGHUP) { pendingSignal = $0 }
        for sig in crashSignals {
            // Restore the terminal, then die of the same signal so the exit status tells the truth.
            signal(sig) { sig in
                if cursesActive != 0 { endwin(); cursesActive = 0 }
                signal(sig, SIG_DFL)
                raise(sig)
            }
        }
    }

    private static func restoreHandlers() {
        for sig in [SIGINT, SIGTERM, SIGHUP] + crashSignals { signal(sig, SIG_DFL) }
    }
}
