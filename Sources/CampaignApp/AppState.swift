import CampaignEngine
import CampaignStatistics
import Lessons
import Localization
import ScenarioKit

/// A scenario the picker can open: a built-in one or a file in ./scenarios.
public struct PickerEntry: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        case builtin(String)
        case file(String)
    }
    public var source: Source
    public var title: String
    public var description: String
    /// Set when the file does not validate; the entry is shown but cannot be opened.
    public var problem: String?

    public init(source: Source, title: String, description: String, problem: String? = nil) {
        self.source = source; self.title = title; self.description = description; self.problem = problem
    }

    /// "built-in" or the file path.
    public var origin: String {
        switch source {
        case .builtin: "built-in"
        case .file(let path): path
        }
    }
}

/// A one-line prompt or a yes/no question over the current screen.
public struct Dialog: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// File name for saving the parameters as a scenario.
        case saveScenario
        /// File name for exporting figures; the extension picks CSV or JSON.
        case exportFigures
        /// The file exists: replace it?
        case confirmOverwrite(path: String, contents: String)
    }
    public var kind: Kind
    public var text: String

    /// The question the dialog asks.
    public func prompt(_ language: Language) -> String {
        switch kind {
        case .saveScenario: loc("Save parameters as scenario file:", language)
        case .exportFigures: loc("Export figures to (.csv or .json):", language)
        case .confirmOverwrite(let path, _): loc("%1 exists. Replace it? (y/n)", language, path)
        }
    }
}

/// Which dashboard panel has the keyboard.
public enum Panel: Sendable, Equatable, CaseIterable {
    case table, charts, tradeoff
}

/// What the first dashboard chart plots against the consent rate.
public enum ChartMetric: Sendable, Equatable {
    case conversionRate, profit
}

/// What the timeline's right-hand chart plots week by week.
public enum TimelineMetric: Sendable, Equatable, CaseIterable {
    case reidRisk, storedEvents, consenting
}

/// The timeline screen of a campaign over several weeks (MODEL.md §9): the week shown and its chart.
public struct TimelineScreen: Sendable, Equatable {
    /// 1 … T.
    public var week = 1
    public var metric: TimelineMetric = .reidRisk
}

/// The strategy detail's sample customers.
public struct DetailScreen: Sendable {
    public var samples: [CustomerInspection] = []
    /// The snapshot generation the samples were inspected under; samples of other figures are not shown.
    public var generation = -1
    public var page = 0
    /// The sample customer whose full explanation the screen shows.
    public var index = 0
    /// The first line of the explanation shown, when it is longer than its box.
    public var scroll = 0
}

/// Intervals for the dashboard's headline figures (MODEL.md §8.1), filled in as replications arrive.
public struct IntervalState: Sendable {
    /// Replications asked for: 1 (off) or `IntervalState.defaultCount`.
    public var count = 1
    /// The replications so far, for the snapshot of `generation`.
    public var result: ReplicatedResult?
    public var done = 0
    public var generation = -1

    /// Replications the `r` key asks for.
    public static let defaultCount = 20

    /// Whether intervals are wanted.
    public var isOn: Bool { count > 1 }
}

/// The plausible-worlds screen: the result, filled in when all worlds are done, and progress.
public struct RobustnessScreen: Sendable {
    public var result: Robustness.Result?
    public var done = 0
    public var total = 0
    /// The snapshot generation the worlds were asked for.
    public var generation = -1

    /// Worlds the screen draws (fewer than the command's default 200, to stay quick at 200k customers).
    public static let worlds = 100
}

/// The parameters screen's selected dial.
public struct ParametersScreen: Sendable {
    public var field: Parameters.Field = .consentRate
}

/// The obligations panel's selected row.
public struct ObligationsScreen: Sendable {
    public var index = 0
}

/// The scenario picker's entries and selection.
public struct PickerScreen: Sendable {
    public var entries: [PickerEntry] = []
    public var index = 0
}

/// The whole state of the interactive app. Views read it; only `AppUpdate.update` changes it.
public struct AppState: Sendable {
    public var width: Int
    public var height: Int
    public var screen: Screen = .dashboard
    public var showHelp = false
    public var focus: Panel = .table
    /// Index into the scenario's strategy list.
    public var selectedStrategy = 0
    public var chartMetric: ChartMetric = .conversionRate
    /// On small screens the lower area shows either the charts or the trade-off view.
    public var showTradeoff = false
    public var parameters: Parameters
    public var snapshot: Snapshot?
    /// What each screen keeps of its own.
    public var detail = DetailScreen()
    public var parameterEditor = ParametersScreen()
    public var obligations = ObligationsScreen()
    public var picker = PickerScreen()
    public var intervals = IntervalState()
    public var robustness = RobustnessScreen()
    public var timeline = TimelineScreen()
    /// Workshop mode: the lesson in progress (nil outside lessons).
    public var lesson: LessonSession?
    public var dialog: Dialog?
    /// One-line message in the status bar until the next key.
    public var status: String?
    public var statusIsError = false
    /// Where the open scenario came from, for the header.
    public var source: String
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
    public var customerLimit = Parameters.customerSteps.last!

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
    public static let minimumHeight = 24

    /// Whether the terminal is large enough to lay out the screens.
    public var fits: Bool { width >= Self.minimumWidth && height >= Self.minimumHeight }

    /// Whether the dashboard has room for charts and trade-off view at once.
    public var showsAllPanels: Bool { width >= 120 && height >= 36 }
}
