import Localization

/// What a key asks the app to do; the key table maps keys to actions per screen.
public enum Action: Sendable, Equatable {
    case quit, back, help
    case consentDown, consentUp, consentDownBig, consentUpBig, consentMin, consentMax
    case previousItem, nextItem, select, nextPanel, previousPanel
    case toggleChartMetric, cycleView
    case openParameters, openPicker, openDetail, openObligations
    case saveScenario, exportFigures
    case decrease, increase
    case nextSample, previousSample
}

/// The screens of the app.
public enum Screen: Sendable, Equatable {
    case dashboard, detail, parameters, picker, obligations
}

/// Where a binding applies.
public enum KeyContext: Sendable, Equatable {
    case global, dashboard, detail, parameters, picker, obligations

    /// The title shown in the help overlay.
    public var title: String {
        switch self {
        case .global: loc("Everywhere", .en)
        case .dashboard: loc("Dashboard", .en)
        case .detail: loc("Strategy detail", .en)
        case .parameters: loc("Parameters", .en)
        case .picker: loc("Scenario picker", .en)
        case .obligations: loc("Obligations", .en)
        }
    }
}
