import CampaignEngine
import ScenarioKit
import TerminalKit

/// The main screen: consent slider, the strategies side by side, charts and the trade-off view.
enum DashboardView {
    /// One table row: full and short label, and how to read the cell.
    struct Row: Sendable {
        var label: String
        var short: String
        var value: @Sendable (StrategyFigures) -> String
        /// Marks a cell as a violation (drawn in the warning style).
        var alarming: @Sendable (StrategyFigures) -> Bool = { _ in false }
    }

    static let rows: [Row] = [
        Row(label: "Conversion rate", short: "Conv. rate", value: { Format.percent($0.conversionRate, 2) }),
        Row(label: "Conversions", short: "Conversions", value: { Format.count($0.conversions) }),
        Row(label: "Uplift vs broadcast", short: "Uplift", value: { Format.signedPercent($0.upliftVsBroadcast) }),
        Row(label: "Profit", short: "Profit", value: { Format.euros($0.profitEUR) }),
        Row(label: "Cost per acquisition", short: "Cost/acq.", value: { Format.euros($0.costPerAcquisitionEUR) }),
        Row(label: "Profiled customers", short: "Profiled", value: { $0.privacy.map { Format.count($0.profiled) } ?? "—" }),
        Row(label: "Violations", short: "Violations", value: { f in
            guard let p = f.privacy else { return "—" }
            let total = p.profiledWithoutConsent + p.minorsProfiled + p.vulnerableTargeted
            return total > 0 ? "! " + Format.count(total) : "0"
        }, alarming: { $0.privacy?.hasViolations ?? false }),
        Row(label: "Data points / customer", short: "Data/cust.", value: { $0.privacy.map { Format.decimal($0.dataPointsPerCustomer, 2) } ?? "—" }),
        Row(label: "Re-id risk (max)", short: "Re-id max", value: { $0.privacy.map { Format.decimal($0.reidRiskMax, 3) } ?? "—" }),
        Row(label: "Exposure index", short: "Exposure", value: { $0.privacy.map { Format.decimal($0.exposureIndex, 1) } ?? "—" }),
        Row(label: "Fine cap (largest)", short: "Fine cap", value: { f in
            guard let p = f.privacy else { return "—" }
            return p.fineCaps.largest > 0 ? "! " + Format.euros(p.fineCaps.largest) : "—"
        }, alarming: { ($0.privacy?.fineCaps.largest ?? 0) > 0 }),
    ]

    /// Column titles: full where there is room, short otherwise.
    static func title(_ s: StrategyName, width: Int) -> String {
        if s.title.count <= width { return s.title }
        switch s {
        case .broadcast: return "Bcast"
        case .contextual: return "Context"
        case .segment: return "Segment"
        case .personalized: return "Personal"
        case .unconstrained: return "Unconstr"
        case .oracle: return "Oracle"
        }
    }

    /// A style per strategy so lines and points can be told apart.
    static func style(_ s: StrategyName) -> Style {
        switch s {
        case .broadcast: Style(color: .white)
        case .contextual: Style(color: .cyan)
        case .segment: Style(color: .blue, bold: true)
        case .personalized: Style(color: .green, bold: true)
        case .unconstrained: Style(color: .red, bold: true)
        case .oracle: Style(color: .magenta)
        }
    }

    static func mark(_ s: StrategyName, _ glyphs: Glyphs) -> Character { glyphs.seriesMarks[s.order] }

    static func render(_ state: AppState, _ buffer: inout ScreenBuffer, in area: Rect) {
        Slider(label: " Consent", value: state.parameters.consentRate, valueText: Format.rate(state.parameters.consentRate).padding(5))
            .render(into: &buffer, x: area.x, y: area.y, width: min(area.width, 60))
        if let s = state.snapshot {
            let hint = "k \(s.parameters.k) · ε \(s.parameters.epsilon.map { Format.decimal($0, 2) } ?? "off") · fallback \(s.parameters.fallback.rawValue)"
            if area.width - 62 >= hint.count { buffer.putRight(hint, x: area.x + 61, y: area.y, width: area.width - 62, style: .dim) }
        }
        guard let snapshot = state.snapshot else {
            buffer.putCentered("Computing the population…", x: area.x, y: area.y + area.height / 2, width: area.width, style: .dim)
            return
        }
        let tableHeight = 2 + rows.count
        let (tableArea, lower) = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1).splitRows(tableHeight)
        renderTable(state, snapshot, &buffer, in: tableArea)
        if state.showsAllPanels {
            let (charts, tradeoff) = lower.splitRows(lower.height / 2)
            let (left, right) = charts.splitColumns(charts.width / 2)
            renderMetricChart(state, snapshot, &buffer, in: left)
            renderExposureChart(state, snapshot, &buffer, in: right)
            renderTradeoff(state, snapshot, &buffer, in: tradeoff)
        } else if state.showTradeoff {
            renderTradeoff(state, snapshot, &buffer, in: lower)
        } else {
            let (left, right) = lower.splitColumns(lower.width / 2)
            renderMetricChart(state, snapshot, &buffer, in: left)
            renderExposureChart(state, snapshot, &buffer, in: right)
        }
    }

    static func renderTable(_ state: AppState, _ snapshot: Snapshot, _ buffer: inout ScreenBuffer, in area: Rect) {
        let strategies = snapshot.current.strategies
        guard !strategies.isEmpty else { return }
        let wide = area.width >= 110
        let labelWidth = wide ? 24 : 12
        let columnWidth = max(8, (area.width - labelWidth - 1) / strategies.count)
        let focused = state.focus == .table
        for (i, f) in strategies.enumerated() {
            let x = area.x + labelWidth + i * columnWidth
            let selected = i == state.selectedStrategy
            let headStyle = selected ? Style(bold: true, reverse: true) : Style(bold: true)
            let title = (selected && focused ? "▸" : "") + title(f.strategy, width: columnWidth - 2)
            buffer.putRight(title, x: x, y: area.y, width: columnWidth - 1, style: headStyle)
            if let role = f.strategy.role {
                buffer.putRight(role == "counterexample" ? (columnWidth > 14 ? "counterexample" : "counterex.") : role,
                                x: x, y: area.y + 1, width: columnWidth - 1, style: Style(color: f.strategy == .unconstrained ? .red : .magenta, dim: false))
            }
        }
        for (r, row) in rows.enumerated() {
            let y = area.y + 2 + r
            buffer.put(wide ? row.label : row.short, x: area.x + 1, y: y, style: .dim, maxWidth: labelWidth - 1)
            for (i, f) in strategies.enumerated() {
                let x = area.x + labelWidth + i * columnWidth
                var style: Style = row.alarming(f) ? .warning : .plain
                if i == state.selectedStrategy && focused { style.underline = true }
                buffer.putRight(row.value(f), x: x, y: y, width: columnWidth - 1, style: style)
            }
        }
    }

    static func series(_ snapshot: Snapshot, _ glyphs: Glyphs, _ value: (StrategyFigures) -> Double?) -> [LineChart.Series] {
        snapshot.scenario.strategies.map { name in
            LineChart.Series(mark: mark(name, glyphs), style: style(name),
                             values: snapshot.sweep.map { result in result[name].flatMap(value) })
        }
    }

    static func renderMetricChart(_ state: AppState, _ snapshot: Snapshot, _ buffer: inout ScreenBuffer, in area: Rect) {
        let profit = state.chartMetric == .profit
        func values(_ f: StrategyFigures) -> Double? { profit ? f.expectedProfitEUR : f.expectedConversionRate }
        let format: @Sendable (Double) -> String
        if profit { format = { Format.euros($0) } } else { format = { Format.percent($0, 1) } }
        let chart = LineChart(
            title: profit ? "Expected profit by consent (c)" : "Conversion rate by consent (c)",
            xs: snapshot.sweep.map(\.consentRate),
            series: series(snapshot, buffer.glyphs, values),
            cursor: state.parameters.consentRate,
            format: format,
            formatX: { Format.rate($0) })
        chart.render(into: &buffer, in: area, focused: state.focus == .charts)
    }

    static func renderExposureChart(_ state: AppState, _ snapshot: Snapshot, _ buffer: inout ScreenBuffer, in area: Rect) {
        let chart = LineChart(
            title: "Exposure index by consent",
            xs: snapshot.sweep.map(\.consentRate),
            series: series(snapshot, buffer.glyphs) { $0.privacy?.exposureIndex },
            cursor: state.parameters.consentRate,
            format: { Format.decimal($0, 0) },
            formatX: { Format.rate($0) })
        chart.render(into: &buffer, in: area, focused: state.focus == .charts)
    }

    static func renderTradeoff(_ state: AppState, _ snapshot: Snapshot, _ buffer: inout ScreenBuffer, in area: Rect) {
        let strategies = snapshot.current.strategies
        var points: [ScatterPlot.Point] = []
        var indexOfStrategy: [Int: Int] = [:]
        for (i, f) in strategies.enumerated() {
            guard let p = f.privacy else { continue }
            indexOfStrategy[i] = points.count
            points.append(.init(mark: mark(f.strategy, buffer.glyphs), style: style(f.strategy), x: p.exposureIndex, y: f.expectedProfitEUR))
        }
        let plot = ScatterPlot(
            title: "Profit vs exposure at \(Format.rate(state.parameters.consentRate)) · frontier (v)",
            points: points, frontier: snapshot.frontier.compactMap { indexOfStrategy[$0] },
            xLabel: "exposure →", yLabel: "profit", formatX: { Format.decimal($0, 0) }, formatY: { Format.euros($0) })
        plot.render(into: &buffer, in: area, focused: state.focus == .tradeoff)
        // The legend: which letter is which strategy, and which are on the frontier.
        let legend = strategies.map { "\(mark($0.strategy, buffer.glyphs))=\(title($0.strategy, width: 8))" }.joined(separator: " ")
        if area.height > 3 { buffer.putTruncated(legend, x: area.x + 2, y: area.maxY - 1, width: area.width - 4, style: .dim) }
    }
}

extension String {
    /// Left-pads to `width` characters.
    func padding(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
