/// One key binding: the keys, where they apply, what they do, and the words the help shows.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var context: KeyContext
    public var action: Action
    public var help: String
    /// Shown in the status bar of its screen.
    public var inStatusBar: Bool
}

/// The single table that both handles input and generates the help overlay and status bar,
/// so the two can never disagree.
public enum KeyTable {
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.character("?")], context: .global, action: .help, help: "help", inStatusBar: true),
        KeyBinding(keys: [.character("q"), .escape], context: .global, action: .back, help: "back; quit on dashboard", inStatusBar: true),
        KeyBinding(keys: [.ctrlC], context: .global, action: .quit, help: "quit at once", inStatusBar: false),

        KeyBinding(keys: [.left, .character("h")], context: .dashboard, action: .consentDown, help: "consent −1 point", inStatusBar: false),
        KeyBinding(keys: [.right, .character("l")], context: .dashboard, action: .consentUp, help: "consent +1 point", inStatusBar: true),
        KeyBinding(keys: [.pageDown, .character("H")], context: .dashboard, action: .consentDownBig, help: "consent −10 points", inStatusBar: false),
        KeyBinding(keys: [.pageUp, .character("L")], context: .dashboard, action: .consentUpBig, help: "consent +10 points", inStatusBar: false),
        KeyBinding(keys: [.home], context: .dashboard, action: .consentMin, help: "consent 0 %", inStatusBar: false),
        KeyBinding(keys: [.end], context: .dashboard, action: .consentMax, help: "consent 100 %", inStatusBar: false),
        KeyBinding(keys: [.up, .character("k")], context: .dashboard, action: .previousItem, help: "select previous strategy", inStatusBar: false),
        KeyBinding(keys: [.down, .character("j")], context: .dashboard, action: .nextItem, help: "select next strategy", inStatusBar: true),
        KeyBinding(keys: [.enter], context: .dashboard, action: .openDetail, help: "strategy detail", inStatusBar: true),
        KeyBinding(keys: [.tab], context: .dashboard, action: .nextPanel, help: "next panel", inStatusBar: false),
        KeyBinding(keys: [.backTab], context: .dashboard, action: .previousPanel, help: "previous panel", inStatusBar: false),
        KeyBinding(keys: [.character("c")], context: .dashboard, action: .toggleChartMetric, help: "chart: conversion or profit", inStatusBar: false),
        KeyBinding(keys: [.character("v")], context: .dashboard, action: .cycleView, help: "charts or trade-off view", inStatusBar: false),
        KeyBinding(keys: [.character("p")], context: .dashboard, action: .openParameters, help: "parameters", inStatusBar: true),
        KeyBinding(keys: [.character("o")], context: .dashboard, action: .openPicker, help: "open a scenario", inStatusBar: true),
        KeyBinding(keys: [.character("a")], context: .dashboard, action: .openObligations, help: "obligations of the strategy", inStatusBar: true),
        KeyBinding(keys: [.character("s")], context: .dashboard, action: .saveScenario, help: "save as scenario file", inStatusBar: false),
        KeyBinding(keys: [.character("e")], context: .dashboard, action: .exportFigures, help: "export figures CSV/JSON", inStatusBar: false),

        KeyBinding(keys: [.up, .character("k")], context: .detail, action: .previousItem, help: "previous strategy", inStatusBar: false),
        KeyBinding(keys: [.down, .character("j")], context: .detail, action: .nextItem, help: "next strategy", inStatusBar: true),
        KeyBinding(keys: [.character("n"), .right, .character("l")], context: .detail, action: .nextSample, help: "next sample customers", inStatusBar: true),
        KeyBinding(keys: [.character("b"), .left, .character("h")], context: .detail, action: .previousSample, help: "previous sample customers", inStatusBar: false),
        KeyBinding(keys: [.tab], context: .detail, action: .nextPanel, help: "explain the next customer", inStatusBar: true),
        KeyBinding(keys: [.backTab], context: .detail, action: .previousPanel, help: "explain the previous customer", inStatusBar: false),

        KeyBinding(keys: [.up, .character("k")], context: .parameters, action: .previousItem, help: "previous parameter", inStatusBar: false),
        KeyBinding(keys: [.down, .character("j"), .tab], context: .parameters, action: .nextItem, help: "next parameter", inStatusBar: true),
        KeyBinding(keys: [.left, .character("h")], context: .parameters, action: .decrease, help: "decrease / previous choice", inStatusBar: false),
        KeyBinding(keys: [.right, .character("l"), .enter], context: .parameters, action: .increase, help: "increase / next choice", inStatusBar: true),

        KeyBinding(keys: [.up, .character("k")], context: .obligations, action: .previousItem, help: "previous obligation", inStatusBar: false),
        KeyBinding(keys: [.down, .character("j")], context: .obligations, action: .nextItem, help: "next obligation", inStatusBar: true),
        KeyBinding(keys: [.left, .character("h")], context: .obligations, action: .previousSample, help: "previous strategy", inStatusBar: false),
        KeyBinding(keys: [.right, .character("l"), .tab], context: .obligations, action: .nextSample, help: "next strategy", inStatusBar: true),

        KeyBinding(keys: [.up, .character("k")], context: .picker, action: .previousItem, help: "previous scenario", inStatusBar: false),
        KeyBinding(keys: [.down, .character("j"), .tab], context: .picker, action: .nextItem, help: "next scenario", inStatusBar: true),
        KeyBinding(keys: [.enter], context: .picker, action: .select, help: "open the scenario", inStatusBar: true),
    ]

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
        }
    }
}
