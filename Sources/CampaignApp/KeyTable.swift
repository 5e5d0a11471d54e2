import TerminalKit
import Localization

/// One key binding: the keys, where they apply, what they do, and the words the help shows.
public struct KeyBinding: Sendable {
    /// The keys that trigger the action.
    public var keys: [Key]
    /// Where the binding applies.
    public var context: KeyContext
    /// What the keys do.
    public var action: Action
    /// The words the help overlay shows (English; translated when drawn).
    public var help: String
    /// The keys and words the status bar shows for it; nil keeps it out of the status bar.
    public var status: StatusHint?

    /// Keys and a word or two for the status bar (English; translated when drawn).
    public struct StatusHint: Sendable, Equatable {
        /// The keys as the status bar writes them.
        public var keys: String
        /// A word or two saying what they do.
        public var text: String
    }
}

/// The single table that both handles input and generates the help overlay and status bar,
/// so the two can never disagree.
public enum KeyTable {
    /// Every binding, context by context, in help order.
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.character("?")], context: .global, action: .help, help: loc("help", .en), status: .init(keys: "?", text: loc("help", .en))),
        KeyBinding(keys: [.character("q"), .escape], context: .global, action: .back, help: loc("back; quit on dashboard", .en), status: .init(keys: "q", text: loc("back/quit", .en))),
        KeyBinding(keys: [.ctrlC], context: .global, action: .quit, help: loc("quit at once", .en), status: nil),

        KeyBinding(keys: [.left, .character("h")], context: .dashboard, action: .consentDown, help: loc("consent −1 point", .en), status: nil),
        KeyBinding(keys: [.right, .character("l")], context: .dashboard, action: .consentUp, help: loc("consent +1 point", .en), status: .init(keys: "←→", text: loc("consent", .en))),
        KeyBinding(keys: [.pageDown, .character("H")], context: .dashboard, action: .consentDownBig, help: loc("consent −10 points", .en), status: nil),
        KeyBinding(keys: [.pageUp, .character("L")], context: .dashboard, action: .consentUpBig, help: loc("consent +10 points", .en), status: nil),
        KeyBinding(keys: [.home], context: .dashboard, action: .consentMin, help: loc("consent 0 %", .en), status: nil),
        KeyBinding(keys: [.end], context: .dashboard, action: .consentMax, help: loc("consent 100 %", .en), status: nil),
        KeyBinding(keys: [.up, .character("k")], context: .dashboard, action: .previousStrategy, help: loc("select previous strategy", .en), status: nil),
        KeyBinding(keys: [.down, .character("j")], context: .dashboard, action: .nextStrategy, help: loc("select next strategy", .en), status: .init(keys: "↑↓", text: loc("select", .en))),
        KeyBinding(keys: [.enter], context: .dashboard, action: .openDetail, help: loc("strategy detail", .en), status: .init(keys: "Enter", text: loc("detail", .en))),
        KeyBinding(keys: [.tab], context: .dashboard, action: .nextPanel, help: loc("next panel", .en), status: nil),
        KeyBinding(keys: [.backTab], context: .dashboard, action: .previousPanel, help: loc("previous panel", .en), status: nil),
        KeyBinding(keys: [.character("c")], context: .dashboard, action: .toggleChartMetric, help: loc("chart: conversion or profit", .en), status: nil),
        KeyBinding(keys: [.character("i")], context: .dashboard, action: .toggleTotals, help: loc("figures: what the campaign causes, or all conversions", .en), status: nil),
        KeyBinding(keys: [.character("v")], context: .dashboard, action: .toggleTradeoffView, help: loc("charts or trade-off view", .en), status: nil),
        KeyBinding(keys: [.character("p")], context: .dashboard, action: .openParameters, help: loc("parameters", .en), status: .init(keys: "p", text: loc("parameters", .en))),
        KeyBinding(keys: [.character("o")], context: .dashboard, action: .openPicker, help: loc("open a scenario", .en), status: .init(keys: "o", text: loc("open scenario", .en))),
        KeyBinding(keys: [.character("a")], context: .dashboard, action: .openObligations, help: loc("obligations of the strategy", .en), status: .init(keys: "a", text: loc("obligations", .en))),
        KeyBinding(keys: [.character("w")], context: .dashboard, action: .openRobustness, help: loc("plausible worlds: which strategy wins how often", .en), status: .init(keys: "w", text: loc("worlds", .en))),
        KeyBinding(keys: [.character("t")], context: .dashboard, action: .openTimeline, help: loc("timeline: the campaign week by week", .en), status: .init(keys: "t", text: loc("weeks", .en))),
        KeyBinding(keys: [.character("r")], context: .dashboard, action: .toggleIntervals, help: loc("intervals: 20 replications or none", .en), status: nil),
        KeyBinding(keys: [.character("s")], context: .dashboard, action: .saveScenario, help: loc("save as scenario file", .en), status: nil),
        KeyBinding(keys: [.character("e")], context: .dashboard, action: .exportFigures, help: loc("export figures CSV/JSON", .en), status: nil),

        KeyBinding(keys: [.up, .character("k")], context: .detail, action: .previousStrategy, help: loc("previous strategy", .en), status: nil),
        KeyBinding(keys: [.down, .character("j")], context: .detail, action: .nextStrategy, help: loc("next strategy", .en), status: .init(keys: "↑↓", text: loc("select", .en))),
        KeyBinding(keys: [.character("n"), .right, .character("l")], context: .detail, action: .nextSamplePage, help: loc("next sample customers", .en), status: .init(keys: "n", text: loc("more customers", .en))),
        KeyBinding(keys: [.character("b"), .left, .character("h")], context: .detail, action: .previousSamplePage, help: loc("previous sample customers", .en), status: nil),
        KeyBinding(keys: [.tab], context: .detail, action: .nextCustomer, help: loc("explain the next customer", .en), status: .init(keys: "Tab", text: loc("explain", .en))),
        KeyBinding(keys: [.backTab], context: .detail, action: .previousCustomer, help: loc("explain the previous customer", .en), status: nil),
        KeyBinding(keys: [.pageDown, .character(" ")], context: .detail, action: .scrollExplanationDown, help: loc("scroll the explanation down", .en), status: nil),
        KeyBinding(keys: [.pageUp], context: .detail, action: .scrollExplanationUp, help: loc("scroll the explanation up", .en), status: nil),

        KeyBinding(keys: [.up, .character("k")], context: .parameters, action: .previousParameter, help: loc("previous parameter", .en), status: nil),
        KeyBinding(keys: [.down, .character("j"), .tab], context: .parameters, action: .nextParameter, help: loc("next parameter", .en), status: .init(keys: "↑↓", text: loc("select", .en))),
        KeyBinding(keys: [.left, .character("h")], context: .parameters, action: .decreaseParameter, help: loc("decrease / previous choice", .en), status: nil),
        KeyBinding(keys: [.right, .character("l"), .enter], context: .parameters, action: .increaseParameter, help: loc("increase / next choice", .en), status: .init(keys: "←→", text: loc("change", .en))),

        KeyBinding(keys: [.up, .character("k")], context: .obligations, action: .previousObligation, help: loc("previous obligation", .en), status: nil),
        KeyBinding(keys: [.down, .character("j")], context: .obligations, action: .nextObligation, help: loc("next obligation", .en), status: .init(keys: "↑↓", text: loc("obligation", .en))),
        KeyBinding(keys: [.left, .character("h")], context: .obligations, action: .previousStrategy, help: loc("previous strategy", .en), status: nil),
        KeyBinding(keys: [.right, .character("l"), .tab], context: .obligations, action: .nextStrategy, help: loc("next strategy", .en), status: .init(keys: "←→", text: loc("strategy", .en))),

        KeyBinding(keys: [.up, .character("k")], context: .picker, action: .previousScenario, help: loc("previous scenario", .en), status: nil),
        KeyBinding(keys: [.down, .character("j"), .tab], context: .picker, action: .nextScenario, help: loc("next scenario", .en), status: .init(keys: "↑↓", text: loc("select", .en))),
        KeyBinding(keys: [.enter], context: .picker, action: .openSelectedScenario, help: loc("open the scenario", .en), status: .init(keys: "Enter", text: loc("open", .en))),

        KeyBinding(keys: [.left, .character("h")], context: .timeline, action: .previousWeek, help: loc("previous week", .en), status: nil),
        KeyBinding(keys: [.right, .character("l")], context: .timeline, action: .nextWeek, help: loc("next week", .en), status: .init(keys: "←→", text: loc("week", .en))),
        KeyBinding(keys: [.home], context: .timeline, action: .firstWeek, help: loc("first week", .en), status: nil),
        KeyBinding(keys: [.end], context: .timeline, action: .lastWeek, help: loc("last week", .en), status: nil),
        KeyBinding(keys: [.up, .character("k")], context: .timeline, action: .previousStrategy, help: loc("select previous strategy", .en), status: nil),
        KeyBinding(keys: [.down, .character("j")], context: .timeline, action: .nextStrategy, help: loc("select next strategy", .en), status: .init(keys: "↑↓", text: loc("select", .en))),
        KeyBinding(keys: [.character("m")], context: .timeline, action: .toggleTimelineMetric, help: loc("right chart: re-identification risk, stored events or consenting", .en), status: .init(keys: "m", text: loc("chart", .en))),
        KeyBinding(keys: [.character("p")], context: .timeline, action: .openParameters, help: loc("parameters: weeks, withdrawal, retention", .en), status: .init(keys: "p", text: loc("parameters", .en))),

        // The lesson pane; digits type a guess or choose an answer, and keys it leaves go to the screen under it.
        // PgDn and PgUp too: what presentation clickers send.
        KeyBinding(keys: [.enter, .right, .pageDown], context: .lesson, action: .nextStep, help: loc("reveal, or the next step", .en), status: .init(keys: "Enter", text: loc("next", .en))),
        KeyBinding(keys: [.left, .pageUp], context: .lesson, action: .previousStep, help: loc("the previous step", .en), status: .init(keys: "←", text: loc("back", .en))),
        KeyBinding(keys: [.tab], context: .lesson, action: .toggleLessonFocus, help: loc("keys to the dashboard or back to the lesson", .en), status: .init(keys: "Tab", text: loc("dashboard", .en))),
        KeyBinding(keys: [.character("h")], context: .lesson, action: .showHint, help: loc("a hint (explore steps)", .en), status: .init(keys: "h", text: loc("hint", .en))),
        KeyBinding(keys: [.character("s")], context: .lesson, action: .showSolution, help: loc("show me: set the dials to a solution (explore steps)", .en), status: .init(keys: "s", text: loc("show me", .en))),
        KeyBinding(keys: [.character("r")], context: .lesson, action: .restartLesson, help: loc("start the lesson again for a new group (on its wrap-up)", .en), status: nil),
        KeyBinding(keys: [.character("R")], context: .lesson, action: .room, help: loc("open the room for phones, or show and hide how to join it", .en), status: nil),
        KeyBinding(keys: [.character("g")], context: .lesson, action: .roomSpread, help: loc("show or hide the spread of the room's guesses (before the reveal too)", .en), status: nil),
        KeyBinding(keys: [.backspace], context: .lesson, action: .eraseGuess, help: loc("erase the last digit of a guess", .en), status: nil),
        KeyBinding(keys: [.character("q"), .escape], context: .lesson, action: .leaveLesson, help: loc("leave the lesson (asks first)", .en), status: .init(keys: "q", text: loc("leave", .en))),

        KeyBinding(keys: [.up, .character("k")], context: .lessonPicker, action: .previousLesson, help: loc("previous lesson", .en), status: nil),
        KeyBinding(keys: [.down, .character("j"), .tab], context: .lessonPicker, action: .nextLesson, help: loc("next lesson", .en), status: .init(keys: "↑↓", text: loc("choose", .en))),
        KeyBinding(keys: [.enter], context: .lessonPicker, action: .startLesson, help: loc("start the lesson (where it was left)", .en), status: .init(keys: "Enter", text: loc("start", .en))),
        KeyBinding(keys: [.character("R")], context: .lessonPicker, action: .room, help: loc("open the room for phones, or show and hide how to join it", .en), status: .init(keys: "R", text: loc("room", .en))),
        KeyBinding(keys: [.character("n")], context: .lessonPicker, action: .startLessonFresh, help: loc("start fresh for a new group (the saved answers are cleared)", .en), status: .init(keys: "n", text: loc("fresh", .en))),
        KeyBinding(keys: [.character("q"), .escape], context: .lessonPicker, action: .quitLessons, help: loc("quit", .en), status: .init(keys: "q", text: loc("quit", .en))),

        KeyBinding(keys: [.character("y"), .character("j")], context: .lessonConfirm, action: .confirm, help: loc("yes, leave (any other key stays)", .en), status: nil),
    ]

    /// The action bound to `key` in `context` alone (the lesson's contexts take no global keys).
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        bindings.first { $0.context == context && $0.keys.contains(key) }?.action
    }

    /// "Enter next · ← back · q leave": the status words of `actions` in `context`, in that order,
    /// as the pane that uses them shows them (generated, so a pane never names a key that does not work).
    public static func hint(_ actions: [Action], in context: KeyContext, _ language: Language) -> String {
        actions.compactMap { action in
            bindings.first { $0.context == context && $0.action == action }?.status.map { "\($0.keys) " + loc($0.text, language) }
        }.joined(separator: " · ")
    }

    /// The action bound to `key` on `screen`; screen bindings win over global ones.
    public static func action(for key: Key, on screen: Screen) -> Action? {
        let context = screen.keyContext
        if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) { return binding.action }
        return bindings.first { $0.context == .global && $0.keys.contains(key) }?.action
    }

    /// Bindings of a context in table order.
    public static func bindings(for context: KeyContext) -> [KeyBinding] { bindings.filter { $0.context == context } }
}

extension Screen {
    /// The key context of a screen.
    public var keyContext: KeyContext {
        switch self {
        case .dashboard: .dashboard
        case .detail: .detail
        case .parameters: .parameters
        case .picker: .picker
        case .obligations: .obligations
        case .robustness: .robustness
        case .timeline: .timeline
        }
    }
}
