import CampaignCompliance
import CampaignEngine
import ScenarioKit
import TerminalKit

/// Strategy detail: how it decides, what data it uses, and sample customers with the offer each got and why.
enum DetailView {
    static func render(_ state: AppState, _ buffer: inout ScreenBuffer, in area: Rect) {
        guard let snapshot = state.snapshot, let figures = state.selected else { return }
        let strategy = figures.strategy
        var y = area.y
        let titleText = "\(strategy.title) — \(StrategyText.summary(strategy))"
        buffer.putTruncated(" " + titleText, x: area.x, y: y, width: area.width, style: DashboardView.style(strategy).with(bold: true))
        y += 1
        let textWidth = area.width - 2
        let decides = AppView.wrap(StrategyText.decides(strategy), width: textWidth)
        let data = AppView.wrap(StrategyText.data(strategy), width: textWidth)
        let budget = area.height < 30 ? 3 : max(2, area.height / 3)
        for line in (decides + data).prefix(budget) {
            buffer.put(line, x: area.x + 1, y: y)
            y += 1
        }
        let p = figures.privacy
        var summary = "At \(Format.rate(snapshot.current.consentRate)): contacted \(Format.count(figures.contacted)), conversions \(Format.count(figures.conversions)), profit \(Format.euros(figures.profitEUR))"
        if let p { summary += ", exposure \(Format.decimal(p.exposureIndex, 1))" }
        buffer.putTruncated(" " + summary, x: area.x, y: y, width: area.width, style: .bold)
        y += 1
        if let p, p.hasViolations {
            let text = " Violations: \(Format.count(p.profiledWithoutConsent)) profiled without consent, \(Format.count(p.minorsProfiled)) minors profiled, \(Format.count(p.vulnerableTargeted)) vulnerable targeted; largest fine cap \(Format.euros(p.fineCaps.largest))"
            buffer.putTruncated(text, x: area.x, y: y, width: area.width, style: .warning)
            y += 1
        }
        y += 1
        // Samples above, the selected customer's full explanation below (at least five lines of it).
        let rest = area.maxY - y
        let tableHeight = min(state.samples.count + 3, max(4, rest - 7))
        let (table, explanation) = Rect(x: area.x, y: y, width: area.width, height: rest).splitRows(tableHeight)
        renderSamples(state, snapshot, strategy, &buffer, in: table)
        renderExplanation(state, snapshot, strategy, &buffer, in: explanation)
    }

    /// "Why am I seeing this offer" for the selected sample (DSA Art. 26(1)(d)), from the engine's data.
    static func renderExplanation(_ state: AppState, _ snapshot: Snapshot, _ strategy: StrategyName, _ buffer: inout ScreenBuffer, in area: Rect) {
        guard area.height >= 3, state.samples.indices.contains(state.sampleIndex) else { return }
        let sample = state.samples[state.sampleIndex]
        let e = Explanation(sample, strategy: strategy, scenario: snapshot.scenario,
                            regions: DecisionReason.scenarioRegions(snapshot.scenario), language: "en")
        buffer.box(area, title: "Why customer #\(e.customer) sees this offer (Tab: next customer)")
        let inner = area.inset(1)
        var lines: [(String, Style)] = [("Offer: " + (e.offer ?? "not contacted"), .bold), ("Why: " + e.mainParameters, .plain),
                                        ("Data used: " + (e.dataUsed.isEmpty ? "none" : e.dataUsed.joined(separator: ", ")), .plain),
                                        ("Legal basis: " + e.legalBasis, e.violations.isEmpty ? .plain : .warning),
                                        ("How to change: " + e.howToChange, .plain)]
        if !e.violations.isEmpty { lines.append(("Violations: " + e.violations.joined(separator: "; "), .warning)) }
        // Wrap when there is room, otherwise one line each.
        let wrapped = lines.flatMap { text, style in AppView.wrap(text, width: inner.width - 2).map { ($0, style) } }
        let shown = wrapped.count <= inner.height ? wrapped : lines
        for (i, line) in shown.enumerated() where i < inner.height {
            buffer.putTruncated(line.0, x: inner.x + 1, y: inner.y + i, width: inner.width - 2, style: line.1)
        }
    }

    static func renderSamples(_ state: AppState, _ snapshot: Snapshot, _ strategy: StrategyName, _ buffer: inout ScreenBuffer, in area: Rect) {
        buffer.box(area, title: "Sample customers (page \(state.samplePage + 1), n: more)")
        let inner = area.inset(1)
        guard inner.height >= 2 else { return }
        let offerWidth = inner.width >= 110 ? 34 : 22
        let columns = [9, 7, 6, offerWidth, 9]
        let headers = ["Customer", "Age", "Cons.", "Offer shown", "p(conv.)"]
        var hx = inner.x
        for (title, width) in zip(headers, columns) { buffer.put(title, x: hx, y: inner.y, style: .bold); hx += width }
        buffer.put("Why", x: hx, y: inner.y, style: .bold)
        guard !state.samples.isEmpty else {
            buffer.put("loading…", x: inner.x, y: inner.y + 1, style: .dim)
            return
        }
        let scenario = snapshot.scenario
        let visible = max(1, inner.height - 1)
        let first = max(0, state.sampleIndex - visible + 1)
        for (row, i) in (first..<state.samples.count).enumerated() where row < visible {
            let sample = state.samples[i]
            let y = inner.y + 1 + row
            if i == state.sampleIndex { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: .reverse) }
            guard let decision = sample.decision(strategy) else { continue }
            var x = inner.x
            buffer.put("#" + String(sample.customer.id), x: x, y: y, maxWidth: columns[0] - 1)
            x += columns[0]
            buffer.put(sample.customer.ageBand.rawValue, x: x, y: y, style: sample.customer.isMinor ? .warning : .plain)
            x += columns[1]
            buffer.put(sample.consents ? "yes" : "no", x: x, y: y)
            x += columns[2]
            let offerName = decision.offer.map { scenario.offers[$0].name } ?? "not contacted"
            buffer.putTruncated(offerName, x: x, y: y, width: offerWidth - 1, style: decision.offer == nil ? .dim : .plain)
            x += columns[3]
            buffer.putRight(decision.offer.map { Format.percent(sample.probabilities[$0], 1) } ?? "—", x: x, y: y, width: columns[4] - 2)
            x += columns[4]
            let reason = DecisionReason.text(for: strategy, sample: sample, scenario: scenario)
            let alarming = strategy == .unconstrained && (!sample.consents || sample.customer.isMinor || sample.customer.vulnerable)
            buffer.putTruncated(reason, x: x, y: y, width: inner.maxX - x, style: alarming ? .warning : .dim)
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
