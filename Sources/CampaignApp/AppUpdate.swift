import TerminalKit
import CampaignCharts
import CampaignEngine
import CampaignOutput
import Foundation
import Localization
import ScenarioKit

/// The only place the app state changes: a message in, the new state and effects out.
public enum AppUpdate {
    /// Customers shown per page on the strategy detail screen.
    public static let samplesPerPage = 8

    /// Applies `message` to `state` and returns the work the runtime should do.
    public static func update(_ state: inout AppState, _ message: AppMessage) -> [AppEffect] {
        switch message {
        case .key(let key):
            state.status = nil
            state.statusIsError = false
            return handle(key, &state)
        case .resize(let width, let height):
            state.width = max(0, width)
            state.height = max(0, height)
            return []
        case .computed(let snapshot, let generation):
            // A result that a newer request superseded never lands.
            guard generation == state.generation else { return [] }
            state.snapshot = snapshot
            state.snapshotGeneration = generation
            state.computing = false
            state.progress = nil
            state.selectedStrategy = min(state.selectedStrategy, max(0, snapshot.current.strategies.count - 1))
            // Fewer weeks than before: the timeline shows the last one there is.
            state.timeline.week = min(max(1, state.timeline.week), max(1, snapshot.current.weeks.count))
            // The detail's samples and the intervals belong to the figures; refresh them with the figures.
            return (state.screen == .detail ? loadSamples(page: state.detail.page, &state) : []) + replicate(&state)
        case .progress(let fraction):
            state.progress = state.computing ? fraction : nil
            return []
        case .replicated(let result, let done, _, let generation):
            guard generation == state.snapshotGeneration, state.intervals.isOn else { return [] }
            state.intervals.result = result
            state.intervals.done = done
            state.intervals.generation = generation
            return []
        case .worldsProgress(let done, let total, let generation):
            guard generation == state.robustness.generation else { return [] }
            state.robustness.done = done
            state.robustness.total = total
            return []
        case .worldsPartial(let result, let generation):
            guard generation == state.robustness.generation, state.robustness.result == nil else { return [] }
            state.robustness.partial = result
            return []
        case .worldsDone(let result, let generation):
            guard generation == state.robustness.generation else { return [] }
            state.robustness.result = result
            state.robustness.done = state.robustness.total
            return []
        case .samplesLoaded(let samples, let page, let generation):
            guard generation == state.snapshotGeneration else { return [] }
            if page != state.detail.page { state.detail.index = 0; state.detail.scroll = 0 }
            state.detail.samples = samples
            state.detail.generation = generation
            state.detail.page = page
            state.detail.index = min(state.detail.index, max(0, samples.count - 1))
            return []
        case .pickerLoaded(let entries):
            state.picker.entries = entries
            state.picker.index = min(state.picker.index, max(0, entries.count - 1))
            return []
        case .lessonAnswered(let answer, let step):
            guard state.lesson?.step == step, state.lesson?.revealing == true else { return [] }
            return LessonUpdate.revealed(answer, &state)
        case .scenarioOpened(let scenario, let source, let generation):
            guard generation == state.generation else { return [] }
            state.parameters = Parameters(scenario: scenario)
            if state.lesson?.lesson != nil {
                state.source = source
                state.snapshot = nil
                state.computing = true
                // The lesson's step sets its dials; the new scenario's figures follow in any case.
                let effects = LessonUpdate.enter(step: state.lesson!.step, &state)
                return effects.contains { if case .recompute = $0 { true } else { false } } ? effects : effects + recompute(&state)
            }
            state.source = source
            state.screen = .dashboard
            state.selectedStrategy = 0
            state.snapshot = nil
            state.computing = true
            state.status = loc("Opened %1", state.language, scenario.name)
            return recompute(&state)
        case .openFailed(let text, let generation):
            guard generation == state.generation else { return [] }
            state.computing = false
            state.status = text
            state.statusIsError = true
            // The failed open may have cancelled a recompute of the current scenario: redo it.
            guard let snapshot = state.snapshot, snapshot.parameters != state.parameters else { return [] }
            return recompute(&state)
        case .fileWritten(let path, let what):
            state.dialog = nil
            state.status = loc("Wrote %1 to %2", state.language, loc(what, state.language), path)
            return []
        case .fileExists(let path, let contents):
            state.dialog = Dialog(kind: .confirmOverwrite(path: path, contents: contents), text: "")
            return []
        case .failed(let text):
            state.computing = false
            state.status = text
            state.statusIsError = true
            return []
        case .roomOpened(let url, let joinURL, let code):
            state.lesson?.room = RoomStatus(url: url, joinURL: joinURL, code: code)
            state.status = loc("Room open at %1, code %2", state.language, url, code)
            return []
        case .roomFailed(let text):
            state.status = text
            state.statusIsError = true
            return []
        case .roomTally(let tally):
            state.lesson?.room?.tally = tally
            return []
        }
    }

    // MARK: - Keys

    private static func handle(_ key: Key, _ state: inout AppState) -> [AppEffect] {
        if key == .ctrlC {
            state.interrupted = true
            return quit(&state)
        }
        if state.dialog != nil { return handleDialog(key, &state) }
        // Workshop mode: the lesson pane takes the keys it has the focus for.
        if state.lesson != nil, state.fits, !state.showHelp, let effects = LessonUpdate.handle(key, &state) { return effects }
        if state.showHelp {
            // Any key closes help; q, Esc and ? are the ones the status bar names.
            state.showHelp = false
            return []
        }
        guard state.fits else {
            // Only quitting makes sense until the window grows again.
            if key == .character("q") || key == .escape { return quit(&state) }
            return []
        }
        guard let action = KeyTable.action(for: key, on: state.screen) else { return [] }
        switch action {
        case .quit: return quit(&state)
        case .help:
            state.showHelp = true
            return []
        case .back:
            if state.screen == .dashboard { return quit(&state) }
            state.screen = .dashboard
            return []
        default:
            break
        }
        switch state.screen {
        case .dashboard: return dashboard(action, &state)
        case .detail: return detail(action, &state)
        case .parameters: return parameters(action, &state)
        case .obligations: return obligations(action, &state)
        case .picker: return picker(action, &state)
        case .robustness: return []
        case .timeline: return timeline(action, &state)
        }
    }

    private static func quit(_ state: inout AppState) -> [AppEffect] {
        state.quitRequested = true
        return [.quit]
    }

    /// The dashboard: consent slider, strategy selection, panels, and the ways to other screens.
    private static func dashboard(_ action: Action, _ state: inout AppState) -> [AppEffect] {
        switch action {
        case .consentDown: return setConsent(state.parameters.consentRate - 0.01, &state)
        case .consentUp: return setConsent(state.parameters.consentRate + 0.01, &state)
        case .consentDownBig: return setConsent(state.parameters.consentRate - 0.1, &state)
        case .consentUpBig: return setConsent(state.parameters.consentRate + 0.1, &state)
        case .consentMin: return setConsent(0, &state)
        case .consentMax: return setConsent(1, &state)
        case .previousStrategy, .nextStrategy:
            moveStrategy(action == .nextStrategy ? 1 : -1, &state)
        case .nextPanel, .previousPanel:
            let panels: [Panel] = state.showsAllPanels && !state.showTradeoff ? [.table, .charts, .tradeoff] : [.table, state.showTradeoff ? .tradeoff : .charts]
            let index = panels.firstIndex(of: state.focus) ?? 0
            state.focus = panels[(index + (action == .nextPanel ? 1 : panels.count - 1)) % panels.count]
        case .toggleTotals:
            state.showTotals.toggle()
        case .toggleChartMetric:
            state.chartMetric = state.chartMetric == .conversionRate ? .profit : .conversionRate
        case .toggleTradeoffView:
            // Small screens switch between charts and trade-off view; large ones between all panels
            // and the trade-off view on its own, drawn larger.
            state.showTradeoff.toggle()
            if state.focus != .table { state.focus = state.showTradeoff ? .tradeoff : .charts }
        case .openParameters:
            state.screen = .parameters
        case .openTimeline:
            state.screen = .timeline
            state.timeline.week = min(max(1, state.timeline.week), max(1, state.snapshot?.current.weeks.count ?? 1))
        case .openPicker:
            state.screen = .picker
            return [.listScenarios(state.language)]
        case .openDetail:
            guard state.snapshot != nil else { return [] }
            state.screen = .detail
            state.detail.page = 0
            return loadSamples(page: 0, &state)
        case .openObligations:
            guard state.snapshot != nil else { return [] }
            state.screen = .obligations
        case .saveScenario:
            let slug = slugify(state.snapshot?.scenario.name ?? "scenario")
            state.dialog = Dialog(kind: .saveScenario, text: "\(slug)-custom.yaml")
        case .openRobustness:
            guard let snapshot = state.snapshot else { return [] }
            state.screen = .robustness
            // Worlds already drawn for these figures stay; otherwise draw them now.
            guard state.robustness.generation != state.snapshotGeneration || state.robustness.result == nil && state.robustness.done == 0 else { return [] }
            state.robustness = RobustnessScreen(result: nil, done: 0, total: 0, generation: state.snapshotGeneration)
            return [.robustness(snapshot.parameters, worlds: RobustnessScreen.worlds, generation: state.snapshotGeneration)]
        case .toggleIntervals:
            state.intervals.count = state.intervals.isOn ? 1 : IntervalState.defaultCount
            state.status = state.intervals.isOn
                ? loc("Intervals on (%1 replications); dim uplift: not distinguishable from broadcast", state.language, state.intervals.count)
                : loc("Intervals off", state.language)
            return replicate(&state)
        case .exportFigures:
            let slug = slugify(state.snapshot?.scenario.name ?? "scenario")
            let percent = Int((state.parameters.consentRate * 100).rounded())
            state.dialog = Dialog(kind: .exportFigures, text: "\(slug)-consent-\(percent).csv")
        default:
            break
        }
        return []
    }

    /// The timeline: the week slider, strategy selection and the right chart's figure.
    private static func timeline(_ action: Action, _ state: inout AppState) -> [AppEffect] {
        let weeks = max(1, state.snapshot?.current.weeks.count ?? 1)
        switch action {
        case .previousWeek: state.timeline.week = max(1, state.timeline.week - 1)
        case .nextWeek: state.timeline.week = min(weeks, state.timeline.week + 1)
        case .firstWeek: state.timeline.week = 1
        case .lastWeek: state.timeline.week = weeks
        case .previousStrategy, .nextStrategy: moveStrategy(action == .nextStrategy ? 1 : -1, &state)
        case .toggleTimelineMetric:
            state.timeline.metric = state.timeline.metric.next(learning: state.snapshot?.scenario.model.learning == .thompson)
        case .openParameters: state.screen = .parameters
        default: break
        }
        return []
    }

    /// The strategy detail: strategy, page of sample customers, and the customer explained.
    private static func detail(_ action: Action, _ state: inout AppState) -> [AppEffect] {
        switch action {
        case .previousStrategy, .nextStrategy:
            moveStrategy(action == .nextStrategy ? 1 : -1, &state)
            state.detail.scroll = 0
        case .nextSamplePage:
            return loadSamples(page: state.detail.page + 1, &state)
        case .previousSamplePage:
            return state.detail.page > 0 ? loadSamples(page: state.detail.page - 1, &state) : []
        case .nextCustomer, .previousCustomer:
            let count = max(1, state.detail.samples.count)
            state.detail.index = (state.detail.index + (action == .nextCustomer ? 1 : count - 1)) % count
            state.detail.scroll = 0
        case .scrollExplanationDown:
            state.detail.scroll = min(state.detail.scroll + 3, DetailView.maximumScroll(state))
        case .scrollExplanationUp:
            state.detail.scroll = max(0, min(state.detail.scroll, DetailView.maximumScroll(state)) - 3)
        default:
            break
        }
        return []
    }

    /// The parameters screen: pick a dial and turn it; every change recomputes.
    private static func parameters(_ action: Action, _ state: inout AppState) -> [AppEffect] {
        switch action {
        case .previousParameter, .nextParameter:
            let all = Parameters.Field.allCases
            let delta = action == .nextParameter ? 1 : -1
            state.parameterEditor.field = all[(all.firstIndex(of: state.parameterEditor.field)! + delta + all.count) % all.count]
        case .decreaseParameter, .increaseParameter:
            let previous = state.parameters
            state.parameters.step(state.parameterEditor.field, action == .increaseParameter ? 1 : -1, customerLimit: state.customerLimit)
            guard state.parameters != previous else { return [] }
            return recompute(&state)
        default:
            break
        }
        return []
    }

    /// The obligations panel: the obligation shown, and the strategy it is shown for.
    private static func obligations(_ action: Action, _ state: inout AppState) -> [AppEffect] {
        switch action {
        case .previousObligation, .nextObligation:
            let count = state.snapshot?.obligations.first?.count ?? 0
            guard count > 0 else { return [] }
            state.obligations.index = (state.obligations.index + (action == .nextObligation ? 1 : count - 1)) % count
        case .previousStrategy, .nextStrategy:
            moveStrategy(action == .nextStrategy ? 1 : -1, &state)
        default:
            break
        }
        return []
    }

    /// The scenario picker: choose an entry and open it.
    private static func picker(_ action: Action, _ state: inout AppState) -> [AppEffect] {
        switch action {
        case .previousScenario, .nextScenario:
            let count = state.picker.entries.count
            guard count > 0 else { return [] }
            state.picker.index = (state.picker.index + (action == .nextScenario ? 1 : -1) + count) % count
        case .openSelectedScenario:
            guard state.picker.entries.indices.contains(state.picker.index) else { return [] }
            let entry = state.picker.entries[state.picker.index]
            if let problem = entry.problem {
                state.status = problem
                state.statusIsError = true
                return []
            }
            state.computing = true
            state.generation += 1
            state.status = loc("Opening %1…", state.language, entry.title)
            return [.openScenario(entry, generation: state.generation)]
        default:
            break
        }
        return []
    }

    static func moveStrategy(_ delta: Int, _ state: inout AppState) {
        let count = state.snapshot?.current.strategies.count ?? 0
        guard count > 0 else { return }
        state.selectedStrategy = (state.selectedStrategy + delta + count) % count
    }

    private static func setConsent(_ rate: Double, _ state: inout AppState) -> [AppEffect] {
        let rounded = Parameters.roundedRate(rate)
        guard rounded != state.parameters.consentRate else { return [] }
        state.parameters.consentRate = rounded
        return recompute(&state)
    }

    /// Asks for figures of the current parameters under a new generation.
    static func recompute(_ state: inout AppState) -> [AppEffect] {
        state.computing = true
        state.generation += 1
        return [.recompute(state.parameters, generation: state.generation)]
    }

    /// Asks for replications of the shown figures when intervals are on (and forgets old ones).
    private static func replicate(_ state: inout AppState) -> [AppEffect] {
        state.intervals.result = nil
        state.intervals.done = 0
        state.intervals.generation = state.snapshotGeneration
        guard state.intervals.isOn, let snapshot = state.snapshot else { return [] }
        return [.replicate(snapshot.parameters, current: snapshot.current, count: state.intervals.count, generation: state.snapshotGeneration)]
    }

    /// Asks for a page of sample customers of the shown figures.
    private static func loadSamples(page: Int, _ state: inout AppState) -> [AppEffect] {
        guard let snapshot = state.snapshot else { return [] }
        return [.loadSamples(page: page, result: snapshot.current, generation: state.snapshotGeneration)]
    }

    // MARK: - Dialogs

    private static func handleDialog(_ key: Key, _ state: inout AppState) -> [AppEffect] {
        guard var dialog = state.dialog else { return [] }
        if key == .escape {
            state.dialog = nil
            state.status = loc("Cancelled", state.language)
            return []
        }
        if case .confirmOverwrite(let path, let contents) = dialog.kind {
            switch key {
            case .character("y"), .character("Y"):
                return [.writeFile(path: path, contents: contents, overwrite: true, what: describe(path))]
            case .character("n"), .character("N"), .character("q"):
                state.dialog = nil
                state.status = loc("Not replaced: %1", state.language, path)
                return []
            default:
                return []
            }
        }
        if dialog.edit(key) {
            state.dialog = dialog
            return []
        }
        switch key {
        case .enter:
            let path = dialog.text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else { return [] }
            guard let snapshot = state.snapshot else {
                state.dialog = nil
                return []
            }
            switch dialog.kind {
            case .saveScenario:
                var scenario = snapshot.scenario
                scenario.consent.rate = state.parameters.consentRate
                // The saved scenario is named as its file, so the picker (o) lists it under the name typed.
                let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
                if !stem.isEmpty { scenario.name = stem; scenario.translations = scenario.translations.mapValues { var t = $0; t.name = stem; return t } }
                // The original file's comments (sources, explanations) stay beside the keys they describe.
                let yaml = ScenarioWriter.yaml(scenario)
                let contents = scenario.sourceText.text.map { ScenarioComments.carry(from: $0, into: yaml) } ?? yaml
                return [.writeFile(path: path, contents: contents, overwrite: false, what: loc("the scenario", .en))]
            case .exportFigures:
                let results = [snapshot.current]
                let lower = path.lowercased()
                if lower.hasSuffix(".svg") {
                    // The first chart as the slide-ready SVG of `campaign-sim chart`, not figures in the wrong format.
                    let model = ChartModel.sweep(snapshot.sweep, strategies: snapshot.scenario.strategies, metric: DashboardView.chartFigure(state),
                                                 cursor: state.parameters.consentRate, scenario: snapshot.scenario.name, language: state.language)
                    return [.writeFile(path: path, contents: SVGChart.render(model), overwrite: false, what: loc("the chart", .en))]
                }
                guard lower.hasSuffix(".json") || lower.hasSuffix(".csv") else {
                    state.status = loc("Export to a file ending in .csv, .json or .svg", state.language)
                    state.statusIsError = true
                    return []
                }
                let json = lower.hasSuffix(".json")
                let text = json ? ResultFormatter.json(scenario: snapshot.scenario, results: results)
                    : ResultFormatter.csv(scenario: snapshot.scenario, results: results)
                return [.writeFile(path: path, contents: text, overwrite: false, what: json ? loc("JSON figures", .en) : loc("CSV figures", .en))]
            case .confirmOverwrite:
                return []
            }
        default:
            return []
        }
    }

    private static func describe(_ path: String) -> String {
        let lower = path.lowercased()
        return lower.hasSuffix(".json") ? loc("JSON figures", .en) : lower.hasSuffix(".csv") ? loc("CSV figures", .en)
            : lower.hasSuffix(".svg") ? loc("the chart", .en) : loc("the scenario", .en)
    }

    /// A file-name-friendly form of a scenario name.
    static func slugify(_ name: String) -> String {
        let lowered = name.lowercased()
        var slug = ""
        for c in lowered {
            if c.isLetter && c.isASCII || c.isNumber && c.isASCII { slug.append(c) } else if slug.last != "-" { slug.append("-") }
        }
        let trimmed = slug.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "scenario" : String(trimmed.prefix(40))
    }
}
