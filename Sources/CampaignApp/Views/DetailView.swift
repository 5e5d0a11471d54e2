import CampaignCompliance
import CampaignDocuments
import CampaignEngine
import Localization
import ScenarioKit
import TerminalKit

/// Strategy detail: how it decides, what data it uses, and sample customers with the offer each got and why.
enum DetailView {
    static func render(_ state: AppState, _ buffer: inout ScreenBuffer, in area: Rect) {
        guard let snapshot = state.snapshot, let figures = state.selected else { return }
        let strategy = figures.strategy
        var y = area.y
        let l = state.language
        let titleText = "\(DashboardView.strategyTitle(strategy, l)) — \(loc(StrategyText.summary(strategy), l))"
        buffer.putTruncated(" " + titleText, x: area.x, y: y, width: area.width, style: DashboardView.style(strategy).with(bold: true))
        y += 1
        let textWidth = area.width - 2
        let decides = AppView.wrap(loc(StrategyText.decides(strategy), l), width: textWidth)
        let data = AppView.wrap(loc(StrategyText.data(strategy), l), width: textWidth)
        let budget = area.height < 30 ? 3 : max(2, area.height / 3)
        for line in (decides + data).prefix(budget) {
            buffer.put(line, x: area.x + 1, y: y)
            y += 1
        }
        let p = figures.privacy
        var summary = loc("At %1: contacted %2, conversions %3, profit %4", l, Format.rate(snapshot.current.consentRate), Format.count(figures.contacted), Format.count(figures.conversions), Format.euros(figures.profitEUR))
        if let p { summary += loc(", exposure %1", l, Format.decimal(p.exposureIndex, 1)) }
        buffer.putTruncated(" " + summary, x: area.x, y: y, width: area.width, style: .bold)
        y += 1
        if let p, p.hasViolations {
            let text = " " + loc("Violations: %1 profiled without consent, %2 minors profiled, %3 vulnerable targeted; largest fine cap %4", l, Format.count(p.profiledWithoutConsent), Format.count(p.minorsProfiled), Format.count(p.vulnerableTargeted), Format.euros(p.fineCaps.largest))
            buffer.putTruncated(text, x: area.x, y: y, width: area.width, style: .warning)
            y += 1
        }
        y += 1
        // Samples above, the selected customer's full explanation below (at least five lines of it).
        let rest = area.maxY - y
        let tableHeight = min(state.currentSamples.count + 3, max(4, rest - 7))
        let (table, explanation) = Rect(x: area.x, y: y, width: area.width, height: rest).splitRows(tableHeight)
        renderSamples(state, snapshot, strategy, &buffer, in: table)
        renderExplanation(state, snapshot, strategy, &buffer, in: explanation)
    }

    /// "Why am I seeing this offer" for the selected sample (DSA Art. 26(1)(d)), from the engine's data.
    static func renderExplanation(_ state: AppState, _ snapshot: Snapshot, _ strategy: StrategyName, _ buffer: inout ScreenBuffer, in area: Rect) {
        guard area.height >= 3, state.currentSamples.indices.contains(state.detail.index) else { return }
        let sample = state.currentSamples[state.detail.index]
        let e = Explanation(sample, strategy: strategy, scenario: snapshot.scenario, language: state.language)
        let l = state.language
        buffer.box(area, title: loc("Why customer #%1 sees this offer (Tab: next customer)", l, e.customer))
        let inner = area.inset(1)
        var lines: [(String, Style)] = [(loc("Offer: %1", l, e.offer ?? loc("not contacted", l)), .bold), (loc("Why: %1", l, e.mainParameters), .plain),
                                        (loc("Data used: %1", l, e.dataUsed.isEmpty ? loc("none", l) : e.dataUsed.joined(separator: ", ")), .plain),
                                        (loc("Legal basis: %1", l, e.legalBasis), e.violations.isEmpty ? .plain : .warning),
                                        (loc("How to change: %1", l, e.howToChange), .plain)]
        if !e.violations.isEmpty { lines.append((loc("Violations: %1", l, e.violations.joined(separator: "; ")), .warning)) }
        // Wrap when there is room, otherwise one line each.
        let wrapped = lines.flatMap { text, style in AppView.wrap(text, width: inner.width - 2).map { ($0, style) } }
        let shown = wrapped.count <= inner.height ? wrapped : lines
        for (i, line) in shown.enumerated() where i < inner.height {
            buffer.putTruncated(line.0, x: inner.x + 1, y: inner.y + i, width: inner.width - 2, style: line.1)
        }
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
            buffer.putRight(decision.offer.map { Format.percent(sample.probabilities[$0], 1) } ?? "—", x: x, y: y, width: columns[4] - 2,
                            style: cell(.plain))
            x += columns[4]
            let reason = Explanation.short(sample, strategy: strategy, scenario: scenario, language: state.language)
            let alarming = strategy == .unconstrained && (!sample.consents || sample.customer.isMinor || sample.customer.vulnerable)
            buffer.putTruncated(reason, x: x, y: y, width: inner.maxX - x, style: cell(alarming ? .warning : .dim))
        }
    }
}

extension Style {
    /// The same style, bold or not.
    func with(bold: Bool) -> Style { var s = self; s.bold = bold; return s }
}

extension String {
    /// Right-pads to `width` characters.
    func leftAligned(_ width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
}
