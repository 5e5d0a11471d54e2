import Localization

/// What a key asks the app to do, named for what it does; the key table maps keys to actions
/// per screen, and each screen's update function handles its own actions.
public enum Action: Sendable, Equatable {
    // Everywhere.
    case quit, back, help
    // Dashboard.
    case consentDown, consentUp, consentDownBig, consentUpBig, consentMin, consentMax
    case previousStrategy, nextStrategy, nextPanel, previousPanel
    case toggleChartMetric, toggleTradeoffView
    case openParameters, openPicker, openDetail, openObligations
    case saveScenario, exportFigures, toggleIntervals, openRobustness, openTimeline
    // Strategy detail (previousStrategy and nextStrategy too).
    case nextSamplePage, previousSamplePage, nextCustomer, previousCustomer, scrollExplanationDown, scrollExplanationUp
    // Parameters.
    case previousParameter, nextParameter, decreaseParameter, increaseParameter
    // Obligations (previousStrategy and nextStrategy too).
    case previousObligation, nextObligation
    // Scenario picker.
    case previousScenario, nextScenario, openSelectedScenario
    // Timeline (previousStrategy and nextStrategy too).
    case previousWeek, nextWeek, firstWeek, lastWeek, toggleTimelineMetric
    // The lesson pane (workshop mode).
    case toggleLessonFocus, leaveLesson, previousStep, nextStep, showHint, showSolution, eraseGuess
    // The lesson picker.
    case previousLesson, nextLesson, startLesson, quitLessons
    // Confirming a question (leave the lesson?).
    case confirm
}

/// The screens of the app.
public enum Screen: Sendable, Equatable {
    case dashboard, detail, parameters, picker, obligations, robustness, timeline
}

/// Where a binding applies.
public enum KeyContext: Sendable, Equatable {
    case global, dashboard, detail, parameters, picker, obligations, robustness, timeline
    /// The lesson pane while it has the keys, the lesson picker, and the "leave the lesson?" question.
    case lesson, lessonPicker, lessonConfirm

    /// The title shown in the help overlay.
    public var title: String {
        switch self {
        case .global: loc("Everywhere", .en)
        case .dashboard: loc("Dashboard", .en)
        case .detail: loc("Strategy detail", .en)
        case .parameters: loc("Parameters", .en)
        case .picker: loc("Scenario picker", .en)
        case .obligations: loc("Obligations", .en)
        case .robustness: loc("Plausible worlds", .en)
        case .timeline: loc("Timeline", .en)
        case .lesson: loc("Lesson", .en)
        case .lessonPicker: loc("Lesson picker", .en)
        case .lessonConfirm: loc("Leave the lesson?", .en)
        }
    }
}
