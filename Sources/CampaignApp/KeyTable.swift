import Localization

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
        KeyBinding(keys: [.character("?")], context: .global, action: .help, help: loc("help", .en), inStatusBar: true),
        KeyBinding(keys: [.character("q"), .escape], context: .global, action: .back, help: loc("back; quit on dashboard", .en), inStatusBar: true),
        KeyBinding(keys: [.ctrlC], context: .global, action: .quit, help: loc("quit at once", .en), inStatusBar: false),

        KeyBinding(keys: [.left, .character("h")], context: .dashboard, action: .consentDown, help: loc("consent −1 point", .en), inStatusBar: false),
        KeyBinding(keys: [.right, .character("l")], context: .dashboard, action: .consentUp, help: loc("consent +1 point", .en), inStatusBar: true),
        KeyBinding(keys: [.pageDown, .character("H")], context: .dashboard, action: .consentDownBig, help: loc("consent −10 points", .en), inStatusBar: false),
        KeyBinding(keys: [.pageUp, .character("L")], context: .dashboard, action: .consentUpBig, help: loc("consent +10 points", .en), inStatusBar: false),
        KeyBinding(keys: [.home], context: .dashboard, action: .consentMin, help: loc("consent 0 %", .en), inStatusBar: false),
        KeyBinding(keys: [.end], context: .dashboard, action: .consentMax, help: loc("consent 100 %", .en), inStatusBar: false),
        KeyBinding(keys: [.up, .character("k")], context: .dashboard, action: .previousItem, help: loc("select previous strategy", .en), inStatusBar: false),
        KeyBinding(keys: [.down, .character("j")], context: .dashboard, action: .nextItem, help: loc("select next strategy", .en), inStatusBar: true),
        KeyBinding(keys: [.enter], context: .dashboard, action: .openDetail, help: loc("strategy detail", .en), inStatusBar: true),
        KeyBinding(keys: [.tab], context: .dashboard, action: .nextPanel, help: loc("next panel", .en), inStatusBar: false),
        KeyBinding(keys: [.backTab], context: .dashboard, action: .previousPanel, help: loc("previous panel", .en), inStatusBar: false),
        KeyBinding(keys: [.character("c")], context: .dashboard, action: .toggleChartMetric, help: loc("chart: conversion or profit", .en), inStatusBar: false),
        KeyBinding(keys: [.character("v")], context: .dashboard, action: .cycleView, help: loc("charts or trade-off view", .en), inStatusBar: false),
        KeyBinding(keys: [.character("p")], context: .dashboard, action: .openParameters, help: loc("parameters", .en), inStatusBar: true),
        KeyBinding(keys: [.character("o")], context: .dashboard, action: .openPicker, help: loc("open a scenario", .en), inStatusBar: true),
        KeyBinding(keys: [.character("a")], context: .dashboard, action: .openObligations, help: loc("obligations of the strategy", .en), inStatusBar: true),
        KeyBinding(keys: [.character("s")], context: .dashboard, action: .saveScenario, help: loc("save as scenario file", .en), inStatusBar: false),
        KeyBinding(keys: [.character("e")], context: .dashboard, action: .exportFigures, help: loc("export figures CSV/JSON", .en), inStatusBar: false),

        KeyBinding(keys: [.up, .character("k")], context: .detail, action: .previousItem, help: loc("previous strategy", .en), inStatusBar: false),
        KeyBinding(keys: [.down, .character("j")], context: .detail, action: .nextItem, help: loc("next strategy", .en), inStatusBar: true),
        KeyBinding(keys: [.character("n"), .right, .character("l")], context: .detail, action: .nextSample, help: loc("next sample customers", .en), inStatusBar: true),
        KeyBinding(keys: [.character("b"), .left, .character("h")], context: .detail, action: .previousSample, help: loc("previous sample customers", .en), inStatusBar: false),
        KeyBinding(keys: [.tab], context: .detail, action: .nextPanel, help: loc("explain the next customer", .en), inStatusBar: true),
        KeyBinding(keys: [.backTab], context: .detail, action: .previousPanel, help: loc("explain the previous customer", .en), inStatusBar: false),

        KeyBinding(keys: [.up, .character("k")], context: .parameters, action: .previousItem, help: loc("previous parameter", .en), inStatusBar: false),
        KeyBinding(keys: [.down, .character("j"), .tab], context: .parameters, action: .nextItem, help: loc("next parameter", .en), inStatusBar: true),
        KeyBinding(keys: [.left, .character("h")], context: .parameters, action: .decrease, help: loc("decrease / previous choice", .en), inStatusBar: false),
        KeyBinding(keys: [.right, .character("l"), .enter], context: .parameters, action: .increase, help: loc("increase / next choice", .en), inStatusBar: true),

        KeyBinding(keys: [.up, .character("k")], context: .obligations, action: .previousItem, help: loc("previous obligation", .en), inStatusBar: false),
        KeyBinding(keys: [.down, .character("j")], context: .obligations, action: .nextItem, help: loc("next obligation", .en), inStatusBar: true),
        KeyBinding(keys: [.left, .character("h")], context: .obligations, action: .previousSample, help: loc("previous strategy", .en), inStatusBar: false),
        KeyBinding(keys: [.right, .character("l"), .tab], context: .obligations, action: .nextSample, help: loc("next strategy", .en), inStatusBar: true),

        KeyBinding(keys: [.up, .character("k")], context: .picker, action: .previousItem, help: loc("previous scenario", .en), inStatusBar: false),
        KeyBinding(keys: [.down, .character("j"), .tab], context: .picker, action: .nextItem, help: loc("next scenario", .en), inStatusBar: true),
        KeyBinding(keys: [.enter], context: .picker, action: .select, help: loc("open the scenario", .en), inStatusBar: true),
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
