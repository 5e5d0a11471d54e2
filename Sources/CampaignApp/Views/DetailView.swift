import CampaignCompliance
import CampaignDocuments
import CampaignEngine
import Localization
import ScenarioKit
import TerminalKit

/// Strategy detail: how it decides, what data it uses, and sample customers with the offer each got and why.
enum DetailView {
    /// Where the parts of the detail screen go: the lines above the tables, the samples, the explanation.
    struct Layout {
        var header: [(String, Style)]
        var table: Rect
        var explanation: Rect
    }

    /// The body area the app gives the detail screen.
    static func body(_ state: AppState) -> Rect { Rect(x: 0, y: 1, width: state.width, height: state.height - 2) }

    static func layout(_ state: AppState, in area: Rect, adapt: (String) -> String = { $0 }) -> Layout? {
        guard let snapshot = state.snapshot, let figures = state.selected else { return nil }
        let strategy = figures.strategy
        let l = state.language
        let textWidth = area.width - 2
        var header: [(String, Style)] = []
        let titleText = "\(DashboardView.strategyTitle(strategy, l)) — \(loc(strategy.info.summary, l))"
        header += AppView.wrap(adapt(titleText), width: textWidth).prefix(2).map { ($0, DashboardView.style(strategy).with(bold: true)) }
        let decides = AppView.wrap(loc(strategy.info.decides, l), width: textWidth)
        let data = AppView.wrap(loc(strategy.info.dataAndStorage, l), width: textWidth)
        let budget = area.height < 30 ? 3 : max(2, area.height / 3)
        header += (decides + data).prefix(budget).map { ($0, .plain) }
        let p = figures.privacy
        var summary = loc("At %1: contacted %2, conversions %3, realised profit %4", l, Format.rate(snapshot.current.consentRate, state.language), Format.count(figures.contacted, state.language), Format.count(figures.conversions, state.language), Format.euros(figures.profitEUR, state.language))
        if let p { summary += loc(", exposure %1", l, Format.decimal(p.exposureIndex, 1, state.language)) }
        // Figures are wrapped, never cut: a teacher reads them out.
        header += AppView.wrap(adapt(summary), width: textWidth).map { ($0, .bold) }
        if let p, p.hasViolations {
            let text = loc("Violations: %1 profiled without consent, %2 minors profiled, %3 vulnerable targeted; largest fine cap %4", l, Format.count(p.profiledWithoutConsent, state.language), Format.count(p.minorsProfiled, state.language), Format.count(p.vulnerableTargeted, state.language), Format.euros(p.fineCaps.largest, state.language))
            header += AppView.wrap(adapt(text), width: textWidth).map { ($0, .warning) }
        }
        header.append(("", .plain))
        let y = area.y + header.count
        // Samples above, the selected customer's full explanation below (at least five lines of it).
        let rest = area.maxY - y
        let tableHeight = min(state.currentSamples.count + 3, max(4, rest - 7))
        let (table, explanation) = Rect(x: area.x, y: y, width: area.width, height: rest).splitRows(tableHeight)
        return Layout(header: header, table: table, explanation: explanation)
    }

    static func render(_ state: AppState, _ buffer: inout ScreenBuffer, in area: Rect) {
        guard let snapshot = state.snapshot, let figures = state.selected, let layout = layout(state, in: area, adapt: buffer.adapted) else { return }
        for (i, line) in layout.header.enumerated() { buffer.put(line.0, x: area.x + 1, y: area.y + i, style: line.1) }
        renderSamples(state, snapshot, figures.strategy, &buffer, in: layout.table)
        renderExplanation(state, snapshot, figures.strategy, &buffer, in: layout.explanation)
    }

    /// The selected customer's explanation, wrapped to `width` columns.
    static func explanationLines(_ state: AppState, width: Int, adapt: (String) -> String = { $0 }) -> [(String, Style)] {
        guard let snapshot = state.snapshot, let strategy = state.selected?.strategy,
              state.currentSamples.indices.contains(state.detail.index) else { return [] }
        let e = Explanation(state.currentSamples[state.detail.index], strategy: strategy, scenario: snapshot.scenario, language: state.language)
        let l = state.language
        var lines: [(String, Style)] = [(loc("Offer: %1", l, e.offer ?? loc("not contacted", l)), .bold), (loc("Why: %1", l, e.mainParameters), .plain),
                                        (loc("Data used: %1", l, e.dataUsed.isEmpty ? loc("none", l) : e.dataUsed.joined(separator: ", ")), .plain),
                                        (loc("Legal basis: %1", l, e.legalBasis), e.violations.isEmpty ? .plain : .warning),
                                        (loc("How to change: %1", l, e.howToChange), .plain)]
        if !e.violations.isEmpty { lines.append((loc("Violations: %1", l, e.violations.joined(separator: "; ")), .warning)) }
        return lines.flatMap { text, style in AppView.wrap(adapt(text), width: width).map { ($0, style) } }
    }

    /// How far the explanation can scroll: its lines less the rows the box shows.
    static func maximumScroll(_ state: AppState) -> Int {
        guard let layout = layout(state, in: body(state)) else { return 0 }
        let inner = layout.explanation.inset(1)
        return max(0, explanationLines(state, width: inner.width - 2).count - inner.height)
    }

    /// "Why am I seeing this offer" for the selected sample (DSA Art. 26(1)(d)), from the engine's data.
    /// Always wrapped, never cut: what does not fit scrolls (PgDn/PgUp), and the frame says so.
    static func renderExplanation(_ state: AppState, _ snapshot: Snapshot, _ strategy: StrategyName, _ buffer: inout ScreenBuffer, in area: Rect) {
        guard area.height >= 3, state.currentSamples.indices.contains(state.detail.index) else { return }
        let l = state.language
        let customer = state.currentSamples[state.detail.index].customer.id
        buffer.box(area, title: loc("Why customer #%1 sees this offer (Tab: next customer)", l, customer))
        let inner = area.inset(1)
        let lines = explanationLines(state, width: inner.width - 2, adapt: buffer.adapted)
        let scroll = min(state.detail.scroll, max(0, lines.count - inner.height))
        for (row, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
            buffer.put(line.0, x: inner.x + 1, y: inner.y + row, style: line.1)
        }
        guard lines.count > inner.height else { return }
        let hint = scroll + inner.height < lines.count
            ? loc("PgDn: more (%1 of %2 lines)", l, scroll + inner.height, lines.count)
            : loc("PgUp: back (%1 of %2 lines)", l, lines.count, lines.count)
        // German keys read "Bild↓"; without Unicode the arrow becomes a word, not a "v".
        let shown = buffer.glyphs == .ascii ? hint.replacingOccurrences(of: "↓", with: " ab").replacingOccurrences(of: "↑", with: " auf") : hint
        buffer.putRight(" \(shown) ", x: area.x + 1, y: area.maxY - 1, width: area.width - 3, style: .accent)
    }

    static func renderSamples(_ state: AppState, _ snapshot: Snapshot, _ strategy: StrategyName, _ buffer: inout ScreenBuffer, in area: Rect) {
        buffer.box(area, title: loc("Sample customers (page %1, n: more)", state.language, state.detail.page + 1))
        let inner = area.inset(1)
        guard inner.height >= 2 else { return }
        let offerWidth = inner.width >= 110 ? 34 : 22
        let columns = [9, 7, 6, offerWidth, 9]
        let headers = [loc("ID", state.language), loc("Age", state.language), loc("Cons.", state.language), loc("Offer shown", state.language), loc("p(conv.)", state.language)]
        var hx = inner.x
        for (title, width) in zip(headers, columns) { buffer.put(title, x: hx, y: inner.y, style: .bold); hx += width }
        buffer.put(loc("Why", state.language), x: hx, y: inner.y, style: .bold)
        guard !state.currentSamples.isEmpty else {
            buffer.put(loc("loading…", state.language), x: inner.x, y: inner.y + 1, style: .dim)
            return
        }
        let scenario = snapshot.scenario
        let visible = max(1, inner.height - 1)
        let first = max(0, state.detail.index - visible + 1)
        for (row, i) in (first..<state.currentSamples.count).enumerated() where row < visible {
            let sample = state.currentSamples[i]
            let y = inner.y + 1 + row
            // The selected row reads as one highlighted bar: its gaps and its text are all reversed.
            let selected = i == state.detail.index
            func cell(_ style: Style) -> Style { var s = style; if selected { s.reverse = true; s.dim = false }; return s }
            if selected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: .reverse) }
            guard let decision = sample.decision(strategy) else { continue }
            var x = inner.x
            buffer.put("#" + String(sample.customer.id), x: x, y: y, style: cell(.plain), maxWidth: columns[0] - 1)
            x += columns[0]
            buffer.put(sample.customer.ageBand.rawValue, x: x, y: y, style: cell(sample.customer.isMinor ? .warning : .plain))
            x += columns[1]
            buffer.put(sample.consents ? loc("yes", state.language) : loc("no", state.language), x: x, y: y, style: cell(.plain))
            x += columns[2]
            let offerName = decision.offer.map { scenario.offers[$0].name } ?? loc("not contacted", state.language)
            buffer.putTruncated(offerName, x: x, y: y, width: offerWidth - 1, style: cell(decision.offer == nil ? .dim : .plain))
            x += columns[3]
            buffer.putRight(decision.offer.map { Format.percent(sample.probabilities[$0], 1, state.language) } ?? "—", x: x, y: y, width: columns[4] - 2,
                            style: cell(.plain))
            x += columns[4]
            let reason = Explanation.short(sample, strategy: strategy, scenario: scenario, language: state.language)
            let alarming = strategy.role == .counterexample && (!sample.consents || sample.customer.isMinor || sample.customer.vulnerable)
            buffer.putTruncated(reason, x: x, y: y, width: inner.maxX - x, style: cell(alarming ? .warning : .dim))
        }
    }
}

extension Style {
    /// The same style, bold or not.
    func with(bold: Bool) -> Style { var s = self; s.bold = bold; return s }
}
