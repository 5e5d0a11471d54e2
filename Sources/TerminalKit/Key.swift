/// A key press, decoded once by the terminal backend and handled as it is by the app.
public enum Key: Sendable, Equatable, Hashable {
    /// A printable character, including space.
    case character(Character)
    /// The arrow keys.
    case up, down, left, right
    /// Page Up, Page Down, Home and End.
    case pageUp, pageDown, home, end
    /// Enter, Escape, Tab, Shift-Tab and Backspace.
    case enter, escape, tab, backTab, backspace
    /// Control-C.
    case ctrlC
    /// Another control letter, lower case: Ctrl-U is `.ctrl("u")` (line editing in prompts).
    case ctrl(Character)

    /// How the help overlay writes the key.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .ctrlC: "Ctrl-C"
        case .ctrl(let c): "Ctrl-" + String(c).uppercased()
        }
    }
}
