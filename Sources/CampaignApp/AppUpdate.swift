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
        case .computed(let snapshot):
            state.snapshot = snapshot
            state.computing = false
            state.selectedStrategy = min(state.selectedStrategy, max(0, snapshot.current.strategies.count - 1))
            // The detail's samples belong to the figures; refresh them with the figures.
            return state.screen == .detail ? [.loadSamples(page: state.samplePage)] : []
        case .samplesLoaded(let samples, let page):
            if page != state.samplePage { state.sampleIndex = 0 }
            state.samples = samples
            state.samplePage = page
            state.sampleIndex = min(state.sampleIndex, max(0, samples.count - 1))
            return []
        case .pickerLoaded(let entries):
            state.pickerEntries = entries
            state.pickerIndex = min(state.pickerIndex, max(0, entries.count - 1))
            return []
        case .scenarioOpened(let scenario, let source):
            state.parameters = Parameters(scenario: scenario)
            state.source = source
            state.screen = .dashboard
            state.selectedStrategy = 0
            state.snapshot = nil
            state.computing = true
            state.status = loc("Opened %1", state.language, scenario.name)
            return [.recompute(state.parameters)]
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
        }
    }

    // MARK: - Keys

    private static func handle(_ key: Key, _ state: inout AppState) -> [AppEffect] {
        if key == .ctrlC { return quit(&state) }
        if state.dialog != nil { return handleDialog(key, &state) }
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
        return perform(action, &state)
    }

    private static func quit(_ state: inout AppState) -> [AppEffect] {
        state.quitRequested = true
        return [.quit]
    }

    private static func perform(_ action: Action, _ state: inout AppState) -> [AppEffect] {
        switch action {
        case .quit: return quit(&state)
        case .help:
            state.showHelp = true
            return []
        case .back:
            if state.screen == .dashboard { return quit(&state) }
            state.screen = .dashboard
            return []
        case .consentDown: return setConsent(state.parameters.consentRate - 0.01, &state)
        case .consentUp: return setConsent(state.parameters.consentRate + 0.01, &state)
        case .consentDownBig: return setConsent(state.parameters.consentRate - 0.1, &state)
        case .consentUpBig: return setConsent(state.parameters.consentRate + 0.1, &state)
        case .consentMin: return setConsent(0, &state)
        case .consentMax: return setConsent(1, &state)
        case .previousItem, .nextItem:
            let delta = action == .nextItem ? 1 : -1
            switch state.screen {
            case .dashboard, .detail:
                let count = state.snapshot?.current.strategies.count ?? 0
                guard count > 0 else { return [] }
                state.selectedStrategy = (state.selectedStrategy + delta + count) % count
            case .parameters:
                let all = Parameters.Field.allCases
                state.parameterField = all[(state.parameterField.rawValue + delta + all.count) % all.count]
            case .picker:
                let count = state.pickerEntries.count
                guard count > 0 else { return [] }
                state.pickerIndex = (state.pickerIndex + delta + count) % count
            case .obligations:
                let count = state.snapshot?.obligations.first?.count ?? 0
                guard count > 0 else { return [] }
                state.obligationIndex = (state.obligationIndex + delta + count) % count
            }
            return []
        case .nextPanel, .previousPanel:
            if state.screen == .detail {
                // On the detail screen Tab picks the customer to explain.
                let count = max(1, state.samples.count)
                state.sampleIndex = (state.sampleIndex + (action == .nextPanel ? 1 : count - 1)) % count
                return []
            }
            let panels: [Panel] = state.showsAllPanels ? [.table, .charts, .tradeoff] : [.table, state.showTradeoff ? .tradeoff : .charts]
            let index = panels.firstIndex(of: state.focus) ?? 0
            state.focus = panels[(index + (action == .nextPanel ? 1 : panels.count - 1)) % panels.count]
            return []
        case .toggleChartMetric:
            state.chartMetric = state.chartMetric == .conversionRate ? .profit : .conversionRate
            return []
        case .cycleView:
            state.showTradeoff.toggle()
            if !state.showsAllPanels && state.focus != .table { state.focus = state.showTradeoff ? .tradeoff : .charts }
            return []
        case .openParameters:
            state.screen = .parameters
            return []
        case .openPicker:
            state.screen = .picker
            return [.listScenarios]
        case .openDetail:
            guard state.snapshot != nil else { return [] }
            state.screen = .detail
            state.samplePage = 0
            return [.loadSamples(page: 0)]
        case .select:
            guard state.screen == .picker, state.pickerEntries.indices.contains(state.pickerIndex) else { return [] }
            let entry = state.pickerEntries[state.pickerIndex]
            if let problem = entry.problem {
                state.status = problem
                state.statusIsError = true
                return []
            }
            state.computing = true
            state.status = loc("Opening %1…", state.language, entry.title)
            return [.openScenario(entry)]
        case .decrease, .increase:
            let previous = state.parameters
            state.parameters.step(state.parameterField, action == .increase ? 1 : -1, customerLimit: state.customerLimit)
            guard state.parameters != previous else { return [] }
            state.computing = true
            return [.recompute(state.parameters)]
        case .nextSample, .previousSample:
            if state.screen == .obligations {
                // On the obligations panel ←/→ move between strategies.
                let count = state.snapshot?.current.strategies.count ?? 0
                guard count > 0 else { return [] }
                state.selectedStrategy = (state.selectedStrategy + (action == .nextSample ? 1 : count - 1)) % count
                return []
            }
            if action == .nextSample { return [.loadSamples(page: state.samplePage + 1)] }
            return state.samplePage > 0 ? [.loadSamples(page: state.samplePage - 1)] : []
        case .openObligations:
            guard state.snapshot != nil else { return [] }
            state.screen = .obligations
            return []
        case .saveScenario:
            let slug = slugify(state.snapshot?.scenario.name ?? "scenario")
            state.dialog = Dialog(kind: .saveScenario, text: "\(slug)-custom.yaml")
            return []
        case .exportFigures:
            let slug = slugify(state.snapshot?.scenario.name ?? "scenario")
            let percent = Int((state.parameters.consentRate * 100).rounded())
            state.dialog = Dialog(kind: .exportFigures, text: "\(slug)-consent-\(percent).csv")
            return []
        }
    }

    private static func setConsent(_ rate: Double, _ state: inout AppState) -> [AppEffect] {
        let rounded = Parameters.roundedRate(rate)
        guard rounded != state.parameters.consentRate else { return [] }
        state.parameters.consentRate = rounded
        state.computing = true
        return [.recompute(state.parameters)]
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
        switch key {
        case .character(let c) where !c.isNewline:
            if dialog.text.count < 200 { dialog.text.append(c) }
            state.dialog = dialog
            return []
        case .backspace:
            if !dialog.text.isEmpty { dialog.text.removeLast() }
            state.dialog = dialog
            return []
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
                return [.writeFile(path: path, contents: ScenarioWriter.yaml(scenario), overwrite: false, what: loc("the scenario", .en))]
            case .exportFigures:
                let results = [snapshot.current]
                let json = path.lowercased().hasSuffix(".json")
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
        path.lowercased().hasSuffix(".json") ? loc("JSON figures", .en) : path.lowercased().hasSuffix(".csv") ? loc("CSV figures", .en) : loc("the scenario", .en)
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
