import CampaignCharts
import CampaignEngine
import CampaignOutput
import Localization
import ScenarioKit
import TerminalKit

/// A campaign over several weeks (MODEL.md §9): a week slider, the week's figures per strategy,
/// cumulative profit by week, and re-identification risk, stored events or consent by week.
enum TimelineView {
    /// One row of the week's table: its label (long and short) and how to write a strategy's value.
    struct Row: Sendable {
        var long: String
        var short: String
        var value: @Sendable (WeekFigures, Language) -> String
        /// Alarming values (violations) are drawn as a warning.
        var alarming: @Sendable (WeekFigures) -> Bool = { _ in false }

        /// A row of a figure of the week figure catalogue, under the catalogue's labels.
        init(_ key: WeekFigureKey, value: @escaping @Sendable (WeekFigures, Language) -> String) {
            let figure = WeekFigureCatalog.figure(key)
            self.init(long: figure.label, short: figure.short, value: value)
        }

        init(long: String, short: String, value: @escaping @Sendable (WeekFigures, Language) -> String,
             alarming: @escaping @Sendable (WeekFigures) -> Bool = { _ in false }) {
            self.long = long
            self.short = short
            self.value = value
            self.alarming = alarming
        }
    }

    /// Most telling first: on a small screen the table keeps the first rows that fit.
    static let rows: [Row] = [
        Row(.cumulativeProfitEUR) { Format.euros($0.cumulativeProfitEUR, $1) },
        Row(.cumulativeConversions) { Format.count($0.cumulativeConversions, $1) },
        Row(.contacted) { Format.count($0.contacted, $1) },
        Row(.storedRecords) { f, l in f.privacy.map { Format.count($0.storedRecords, l) } ?? "—" },
        Row(.storedEvents) { f, l in f.privacy.map { Format.count($0.storedEvents, l) } ?? "—" },
        Row(.reidRiskMean) { f, l in Format.decimal(f.privacy?.reidRiskMean, 3, l) },
        Row(.exposureIndex) { f, l in Format.decimal(f.privacy?.exposureIndex, 1, l) },
        // Not a figure of the week's JSON: the sum of the week's breaches, as the dashboard counts them.
        Row(long: loc("Violations this week", .en), short: loc("Violations", .en), value: { f, l in f.privacy.map { Format.count($0.violations, l) } ?? "—" },
            alarming: { ($0.privacy?.violations ?? 0) > 0 }),
        Row(.recordsBelowK) { f, l in Format.percent(f.privacy?.recordsBelowK, 1, l) },
        Row(.conversions) { Format.count($0.conversions, $1) },
    ]

    /// Where the firm learns: what not knowing cost this week (MODEL.md §12.3).
    static let regretRow = Row(.learningRegretEUR) { f, l in f.learning.map { Format.euros($0.regretEUR, l) } ?? "—" }

    static func render(_ state: AppState, _ buffer: inout ScreenBuffer, in area: Rect) {
        let l = state.language
        guard let snapshot = state.snapshot else {
            buffer.putCentered(loc("Computing the population…", l), x: area.x, y: area.y + area.height / 2, width: area.width, style: .dim)
            return
        }
        let weeks = snapshot.current.weeks
        guard !weeks.isEmpty else {
            buffer.box(area, title: loc("Timeline", l))
            let text = loc("This is a one-shot campaign. Set Campaign weeks above 1 on the parameters screen (p) to follow it week by week: consent withdrawn, data piling up, retention limiting it.", l)
            for (i, line) in AppView.wrap(text, width: area.width - 4).enumerated() where i < area.height - 2 {
                buffer.put(line, x: area.x + 2, y: area.y + 1 + i)
            }
            return
        }
        let week = min(max(1, state.timeline.week), weeks.count)
        let shown = weeks[week - 1]
        let total = weeks.count
        Slider(label: " " + loc("Week", l), value: total > 1 ? Double(week - 1) / Double(total - 1) : 1,
               valueText: loc("%1 of %2", l, week, total))
            .render(into: &buffer, x: area.x, y: area.y, width: min(area.width, 60))
        if let first = shown.strategies.first {
            let hint = loc("consent %1 · consenting %2 · withdrawn %3", l, Format.rate(snapshot.current.consentRate, l),
                           Format.count(first.consenting, l), Format.count(first.withdrawn, l))
            if area.width - 62 >= DisplayWidth.of(hint) { buffer.putRight(hint, x: area.x + 61, y: area.y, width: area.width - 62, style: .dim) }
        }
        // The table keeps what fits above charts of at least 8 rows.
        let learning = snapshot.scenario.model.learning == .thompson
        let table = learning ? [rows[0], regretRow] + rows.dropFirst() : rows
        let rowCount = max(3, min(table.count, area.height - 1 - 2 - 8))
        let tableArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: 2 + rowCount)
        renderTable(state, shown, rows: Array(table.prefix(rowCount)), &buffer, in: tableArea)
        let lower = Rect(x: area.x, y: tableArea.maxY, width: area.width, height: area.maxY - tableArea.maxY)
        guard lower.height >= 4 else { return }
        let (left, right) = lower.splitColumns(lower.width / 2)
        renderProfitChart(state, snapshot, week: week, &buffer, in: left)
        renderRightChart(state, snapshot, week: week, &buffer, in: right)
    }

    static func renderTable(_ state: AppState, _ week: WeekResult, rows: [Row], _ buffer: inout ScreenBuffer, in area: Rect) {
        let l = state.language
        let strategies = week.strategies
        guard !strategies.isEmpty else { return }
        let wide = area.width >= 110
        let full = rows.map { loc(wide ? $0.long : $0.short, l) }
        // Room for the longest label (German ones run long), within what the columns can spare;
        // a long label that still does not fit gives way to its short one rather than being cut.
        let longest = (full.map { DisplayWidth.of($0) }.max() ?? 0) + 1
        let labelWidth = wide ? min(30, max(24, longest)) : min(16, max(12, longest))
        let labels = zip(rows, full).map { row, label in DisplayWidth.of(label) < labelWidth ? label : loc(row.short, l) }
        let columnWidth = max(8, (area.width - labelWidth - 1) / strategies.count)
        for (i, f) in strategies.enumerated() {
            let x = area.x + labelWidth + i * columnWidth
            let selected = i == state.selectedStrategy
            buffer.putRight((selected ? "▸" : "") + DashboardView.title(f.strategy, width: columnWidth - 2, l), x: x, y: area.y, width: columnWidth - 1,
                            style: selected ? Style(bold: true, reverse: true) : Style(bold: true))
            if let role = f.strategy.role {
                let text = loc(columnWidth > 14 ? role.mark : role.shortMark, l)
                buffer.putRight(text, x: x, y: area.y + 1, width: columnWidth - 1, style: Style(color: SeriesStyle.color(f.strategy)))
            }
        }
        for (r, row) in rows.enumerated() {
            let y = area.y + 2 + r
            guard y < area.maxY else { break }
            buffer.put(labels[r], x: area.x + 1, y: y, style: .dim, maxWidth: labelWidth - 1)
            for (i, f) in strategies.enumerated() {
                var style: Style = row.alarming(f) ? .warning : .plain
                if i == state.selectedStrategy { style.underline = true }
                buffer.putRight(row.value(f, l), x: area.x + labelWidth + i * columnWidth, y: y, width: columnWidth - 1, style: style)
            }
        }
    }

    static func renderProfitChart(_ state: AppState, _ snapshot: Snapshot, week: Int, _ buffer: inout ScreenBuffer, in area: Rect) {
        let l = state.language
        if let known = snapshot.known {
            renderLearningCurve(state, snapshot, known: known, week: week, &buffer, in: area)
            return
        }
        let model = ChartModel.weeks(snapshot.current, strategies: snapshot.scenario.strategies, metric: .cumulativeProfitEUR, cursor: week,
                                     scenario: snapshot.scenario.name, language: l)
        chart(model, title: loc("Cumulative profit by week", l), state: state, glyphs: buffer.glyphs, weeks: snapshot.current.weeks.count,
              format: { Format.euros($0, l) })
            .render(into: &buffer, in: area)
    }

    /// The learning curve: the selected strategy's expected profit week by week as it learns, beside
    /// the same campaign with the response known, and the other strategies' learned curves dim.
    static func renderLearningCurve(_ state: AppState, _ snapshot: Snapshot, known: RateResult, week: Int, _ buffer: inout ScreenBuffer,
                                    in area: Rect) {
        let l = state.language
        let weeks = snapshot.current.weeks
        let strategies = snapshot.scenario.strategies
        let selected = strategies[min(max(0, state.selectedStrategy), strategies.count - 1)]
        let unicode = buffer.glyphs == .unicode
        let learned = weeks.map { $0[selected]?.expectedProfitEUR ?? 0 }
        let knowing = known.weeks.map { $0[selected]?.expectedProfitEUR ?? 0 }
        let name = loc(selected.title, l)
        let series = [
            LineChart.Series(mark: unicode ? "●" : "*", style: Style(color: SeriesStyle.color(selected), bold: true), values: learned,
                             name: loc("learning", l)),
            LineChart.Series(mark: unicode ? "○" : "o", style: Style(dim: true), values: knowing, name: loc("if known", l)),
        ]
        var chart = LineChart(title: loc("%1: profit a week", l, name), xs: weeks.map { Double($0.week) },
                              series: series, cursor: Double(week), format: { Format.euros($0, l) }, formatX: { String(Int($0)) },
                              selected: nil)
        chart.legendHint = ""
        chart.render(into: &buffer, in: area)
    }

    static func renderRightChart(_ state: AppState, _ snapshot: Snapshot, week: Int, _ buffer: inout ScreenBuffer, in area: Rect) {
        let l = state.language
        let weeks = snapshot.current.weeks
        let xs = weeks.map { Double($0.week) }
        let metric = state.timeline.metric.shown(learning: snapshot.known != nil)
        switch metric {
        case .regret:
            let model = ChartModel.weeks(snapshot.current, strategies: snapshot.scenario.strategies.filter { $0 != .oracle },
                                         metric: .learningRegretEUR, cursor: week, scenario: snapshot.scenario.name, language: l)
            chart(model, title: loc("Learning regret by week (m)", l), state: state, glyphs: buffer.glyphs, weeks: weeks.count,
                  format: { Format.euros($0, l) })
                .render(into: &buffer, in: area)
        case .consenting:
            // Consent is the same for every strategy: one line for those consenting, one for those who withdrew.
            let glyphs = buffer.glyphs
            let series = [
                LineChart.Series(mark: glyphs == .unicode ? "●" : "c", style: Style(color: .green, bold: true),
                                 values: weeks.map { Double($0.strategies.first?.consenting ?? 0) }, name: loc("consenting", l)),
                LineChart.Series(mark: glyphs == .unicode ? "○" : "w", style: Style(color: .red, bold: true),
                                 values: weeks.map { Double($0.strategies.first?.withdrawn ?? 0) }, name: loc("withdrawn", l)),
            ]
            var chart = LineChart(title: loc("Consenting and withdrawn by week (m)", l), xs: xs, series: series, cursor: Double(week),
                                  format: { Format.count(Int($0.rounded()), l) }, formatX: { String(Int($0)) }, selected: nil)
            chart.legendHint = ""
            chart.render(into: &buffer, in: area)
        case .reidRisk, .storedEvents:
            let risk = metric == .reidRisk
            let model = ChartModel.weeks(snapshot.current, strategies: snapshot.scenario.strategies, metric: risk ? .reidRiskMean : .storedEvents,
                                         cursor: week, scenario: snapshot.scenario.name, language: l)
            let format: @Sendable (Double) -> String
            if risk { format = { Format.decimal($0, 2, l) } } else { format = { Format.count(Int($0.rounded()), l) } }
            chart(model, title: risk ? loc("Re-id risk by week (m)", l) : loc("Stored events by week (m)", l), state: state, glyphs: buffer.glyphs,
                  weeks: weeks.count, format: format)
                .render(into: &buffer, in: area)
        }
    }

    /// A line chart over weeks 1 … `weeks`, drawn as the dashboard draws its charts.
    static func chart(_ model: ChartModel, title: String, state: AppState, glyphs: Glyphs, weeks: Int,
                      format: @escaping @Sendable (Double) -> String) -> LineChart {
        DashboardView.lineChart(model, title: title, state: state, glyphs: glyphs, xs: (1...max(1, weeks)).map(Double.init),
                                format: format, formatX: { String(Int($0)) })
    }
}
