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
        let budget = max(2, area.height / 3)
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
        let table = Rect(x: area.x, y: y, width: area.width, height: area.maxY - y)
        renderSamples(state, snapshot, strategy, &buffer, in: table)
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
        for (i, sample) in state.samples.enumerated() where i + 1 < inner.height {
            let y = inner.y + 1 + i
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
