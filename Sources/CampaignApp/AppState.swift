import CampaignEngine
import CampaignStatistics
import Lessons
import Localization
import ScenarioKit

/// The whole state of the interactive app. Views read it; only `AppUpdate.update` changes it.
public struct AppState: Sendable {
    /// Terminal width in columns.
    public var width: Int
    /// Terminal height in rows.
    public var height: Int
    /// The screen shown.
    public var screen: Screen = .dashboard
    /// Whether the help overlay is shown.
    public var showHelp = false
    /// The dashboard panel that has the focus.
    public var focus: Panel = .table
    /// Index into the scenario's strategy list.
    public var selectedStrategy = 0
    /// What the dashboard's chart shows.
    public var chartMetric: ChartMetric = .conversionRate
    /// Whether the dashboard shows the totals where it would lead with what the campaign causes.
    public var showTotals = false
    /// Whether the dashboard leads with what the campaign causes (the scenario has organic conversions).
    public var showsCausal: Bool { !showTotals && (snapshot?.scenario.hasOrganicConversions ?? false) }
    /// On small screens the lower area shows either the charts or the trade-off view.
    public var showTradeoff = false
    /// The dials as the user set them.
    public var parameters: Parameters
    /// The figures on screen; nil until the first computation ends.
    public var snapshot: Snapshot?
    /// What each screen keeps of its own.
    public var detail = DetailScreen()
    /// The parameters screen's selection.
    public var parameterEditor = ParametersScreen()
    /// The obligations screen's selection.
    public var obligations = ObligationsScreen()
    /// The scenario picker's entries and selection.
    public var picker = PickerScreen()
    /// The replications behind the dashboard's intervals.
    public var intervals = IntervalState()
    /// The plausible-worlds screen's result and progress.
    public var robustness = RobustnessScreen()
    /// The timeline screen's week and metric.
    public var timeline = TimelineScreen()
    /// Workshop mode: the lesson in progress (nil outside lessons).
    public var lesson: LessonSession?
    /// The prompt or question over the screen, if any.
    public var dialog: Dialog?
    /// One-line message in the status bar until the next key.
    public var status: String?
    /// Whether `status` reports an error (drawn as a warning).
    public var statusIsError = false
    /// Where the open scenario came from, for the header.
    public var source: String
    /// Set when the user asked to quit; the input loop then ends.
    public var quitRequested = false
    /// Set when Ctrl-C asked to quit: the process then exits 130, as an interrupted program does.
    public var interrupted = false
    /// Set while a recompute is pending, so the view can say so.
    public var computing = false
    /// The newest computation asked for; results of older ones are dropped.
    public var generation = 0
    /// The generation the shown snapshot came from.
    public var snapshotGeneration = 0
    /// The running computation's finished share, when one runs.
    public var progress: Double?
    /// The language of every text on screen.
    public var language: Language = .en
    /// The largest population the customers dial offers.
    public var customerLimit = Dial.customerSteps.last!

    /// The state for `scenario` from `source` on a `width` × `height` terminal, before any figures.
    public init(scenario: Scenario, source: String, width: Int, height: Int) {
        self.width = width
        self.height = height
        self.source = source
        parameters = Parameters(scenario: scenario)
    }

    /// The replicated figures, if they belong to the figures on screen and at least two have arrived.
    public var currentIntervals: ReplicatedResult? {
        guard intervals.isOn, intervals.generation == snapshotGeneration, intervals.done >= 2 else { return nil }
        return intervals.result
    }

    /// The sample customers, if they belong to the figures on screen.
    public var currentSamples: [CustomerInspection] { detail.generation == snapshotGeneration ? detail.samples : [] }

    /// The strategy the user selected, if figures are loaded.
    public var selected: StrategyFigures? {
        guard let strategies = snapshot?.current.strategies, !strategies.isEmpty else { return nil }
        return strategies[min(selectedStrategy, strategies.count - 1)]
    }

    /// The smallest terminal the app lays out in.
    public static let minimumWidth = 80
    /// The smallest terminal height the app lays out in, in rows.
    public static let minimumHeight = 24

    /// Whether the terminal is large enough to lay out the screens.
    public var fits: Bool { width >= Self.minimumWidth && height >= Self.minimumHeight }

    /// Whether the dashboard has room for charts and trade-off view at once.
    public var showsAllPanels: Bool { width >= 120 && height >= 36 }
}
