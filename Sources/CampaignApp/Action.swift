import Localization

/// What a key asks the app to do, named for what it does; the key table maps keys to actions
/// per screen, and each screen's update function handles its own actions.
public enum Action: Sendable, Equatable {
    // Everywhere.
    /// Quit at once; go back (quit on the dashboard); show the help overlay.
    case quit, back, help
    // Dashboard.
    /// Consent rate down or up by 1 point, by 10 points, or to 0 % or 100 %.
    case consentDown, consentUp, consentDownBig, consentUpBig, consentMin, consentMax
    /// Select the previous or next strategy; move focus to the next or previous panel.
    case previousStrategy, nextStrategy, nextPanel, previousPanel
    /// Switch the chart between conversion rate and profit; switch between charts and the trade-off view.
    case toggleChartMetric, toggleTradeoffView
    /// Where some customers buy anyway: switch the table between what the campaign causes and its totals.
    case toggleTotals
    /// Open the parameters, the scenario picker, the strategy detail or the obligations.
    case openParameters, openPicker, openDetail, openObligations
    /// Save as a scenario file; export figures; intervals on or off; open plausible worlds or the timeline.
    case saveScenario, exportFigures, toggleIntervals, openRobustness, openTimeline
    // Strategy detail (previousStrategy and nextStrategy too).
    /// Page through sample customers, explain the next or previous one, scroll the explanation.
    case nextSamplePage, previousSamplePage, nextCustomer, previousCustomer, scrollExplanationDown, scrollExplanationUp
    // Parameters.
    /// Select the previous or next parameter; decrease or increase it (or pick the previous or next choice).
    case previousParameter, nextParameter, decreaseParameter, increaseParameter
    // Obligations (previousStrategy and nextStrategy too).
    /// Select the previous or next obligation.
    case previousObligation, nextObligation
    // Scenario picker.
    /// Select the previous or next scenario; open the selected one.
    case previousScenario, nextScenario, openSelectedScenario
    // Timeline (previousStrategy and nextStrategy too).
    /// Move to the previous, next, first or last week; cycle the right chart's metric.
    case previousWeek, nextWeek, firstWeek, lastWeek, toggleTimelineMetric
    // The lesson pane (workshop mode).
    /// Pass keys between lesson and dashboard; leave; step back or on; hint; show a solution; erase a guess digit.
    case toggleLessonFocus, leaveLesson, previousStep, nextStep, showHint, showSolution, eraseGuess
    /// On a finished lesson's wrap-up: start it again for a new group (answers cleared).
    case restartLesson
    /// Open the workshop room, or show and hide its join screen; show the spread of the room's guesses.
    case room, roomSpread
    // The lesson picker.
    /// Select the previous or next lesson; start it; quit the picker.
    case previousLesson, nextLesson, startLesson, startLessonFresh, quitLessons
    // Confirming a question (leave the lesson?).
    /// Answer yes to the question shown.
    case confirm
}

/// The screens of the app.
public enum Screen: Sendable, Equatable {
    /// Dashboard, strategy detail, parameters, scenario picker, obligations, plausible worlds, timeline.
    case dashboard, detail, parameters, picker, obligations, robustness, timeline
}

/// Where a binding applies.
public enum KeyContext: Sendable, Equatable {
    /// Every screen, or one screen alone.
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
