import CampaignCharts
import CampaignEngine
import CampaignStatistics
import CampaignOutput
import Localization
import ScenarioKit
import TerminalKit

/// The main screen: consent slider, the strategies side by side, charts and the trade-off view.
enum DashboardView {
    /// The table's rows, from the one figure catalogue: what the campaign causes first where some
    /// customers buy anyway, else (or on `i`) the totals.
    static func rows(_ state: AppState) -> [Figure] {
        FigureCatalog.dashboard(causal: state.showsCausal, learning: state.snapshot?.scenario.model.learning == .thompson)
    }

    /// "mean ±half" where it fits (else the mean alone), and whether to dim it: an uplift whose
    /// paired interval of expected conversions includes 0 is not distinguishable from broadcast.
    static func intervalCell(_ row: Figure, _ f: ReplicatedFigures, width: Int, _ l: Language) -> (String, Bool) {
        guard let e = f[row.key] else { return ("—", false) }
        let mean = FigureText.text(row, value: e.mean, .compact, l)
        let withHalf = mean + " ±" + FigureText.compactHalfWidth(row, e.halfWidth, mean: e.mean, l)
        let text = withHalf.count <= width && e.halfWidth > 0 ? withHalf : mean
        let paired: FigureKey? = switch row.key {
        case .upliftVsBroadcast: .expectedConversions
        case .incrementalUpliftVsBroadcast: .expectedIncrementalConversions
        default: nil
        }
        let dim = paired.map { f.strategy != .broadcast && !(f.vsBroadcast[$0]?.excludesZero ?? true) } ?? false
        return (text, dim)
    }

    /// Column titles: full where there is room, short otherwise.
    static func title(_ s: StrategyName, width: Int, _ language: Language = .en) -> String {
        let full = strategyTitle(s, language)
        return full.count <= width ? full : loc(s.info.shortTitle, language)
    }

    /// A strategy's display title in the language.
    static func strategyTitle(_ s: StrategyName, _ language: Language) -> String { s.title(language) }

    /// A style per strategy so lines and points can be told apart.
    static func style(_ s: StrategyName) -> Style { SeriesStyle.style(s) }

    /// The letter that marks a strategy's line and column (the same in Unicode and ASCII).
    static func mark(_ s: StrategyName) -> Character { s.info.letter }

    static func render(_ state: AppState, _ buffer: inout ScreenBuffer, in area: Rect) {
        Slider(label: " " + loc("Consent", state.language), value: state.parameters.consentRate, valueText: Format.rate(state.parameters.consentRate, state.language).padding(5))
            .render(into: &buffer, x: area.x, y: area.y, width: min(area.width, 60))
        if let s = state.snapshot {
            let hint = loc("k %1 · ε %2 · fallback %3", state.language, s.parameters.k,
                           s.parameters.epsilon.map { Format.decimal($0, 2, state.language) } ?? loc("off", state.language), s.parameters.fallback == .contextual ? loc("contextual", state.language) : loc("broadcast", state.language))
            if state.currentIntervals != nil {
                // With intervals, the slider's row explains the dimmed cells instead.
                let legend = area.width >= 110 ? loc("± 95 % interval · dim: not distinguishable from broadcast", state.language)
                    : loc("dim: ≈ broadcast", state.language)
                if area.width - 62 >= legend.count { buffer.putRight(legend, x: area.x + 61, y: area.y, width: area.width - 62, style: .dim) }
            } else if area.width - 62 >= hint.count {
                buffer.putRight(hint, x: area.x + 61, y: area.y, width: area.width - 62, style: .dim)
            }
        }
        guard let snapshot = state.snapshot else {
            buffer.putCentered(loc("Computing the population…", state.language), x: area.x, y: area.y + area.height / 2, width: area.width, style: .dim)
            return
        }
        let note = AssumptionNote.line(snapshot.scenario, width: area.width - 2, state.language)
        let tableHeight = 2 + rows(state).count + (note == nil ? 0 : 1)
        var (tableArea, lower) = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1).splitRows(tableHeight)
        if let note {
            // Figures that rest on assumed values say so, under the table they qualify.
            buffer.put(note, x: area.x + 1, y: tableArea.maxY - 1, style: .dim, maxWidth: area.width - 2)
            tableArea.height -= 1
        }
        renderTable(state, snapshot, &buffer, in: tableArea)
        if state.showsAllPanels && !state.showTradeoff {
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
        let rows = rows(state)
        if snapshot.scenario.hasOrganicConversions {
            // Which figures the table shows, and the key that switches them.
            let view = state.showsCausal ? loc("Caused (i)", state.language) : loc("Totals (i)", state.language)
            buffer.put(view, x: area.x + 1, y: area.y, style: .dim, maxWidth: 11)
        }
        // Wide screens give the full labels the room the longest one needs (German ones run long).
        let longest = rows.map { DisplayWidth.of($0.label(state.language, short: !wide)) }.max() ?? 0
        // 13 at 80 columns: room for 12-character short labels at no cost to the six columns.
        let labelWidth = wide ? min(30, max(24, longest + 1)) : 13
        let columnWidth = max(8, (area.width - labelWidth - 1) / strategies.count)
        let focused = state.focus == .table
        for (i, f) in strategies.enumerated() {
            let x = area.x + labelWidth + i * columnWidth
            let selected = i == state.selectedStrategy
            let headStyle = selected ? Style(bold: true, reverse: true) : Style(bold: true)
            let title = (selected && focused ? "▸" : "") + title(f.strategy, width: columnWidth - 2, state.language)
            buffer.putRight(title, x: x, y: area.y, width: columnWidth - 1, style: headStyle)
            if let role = f.strategy.role {
                let roleText = loc(columnWidth > 14 ? role.mark : role.shortMark, state.language)
                buffer.putRight(roleText,
                                x: x, y: area.y + 1, width: columnWidth - 1, style: Style(color: SeriesStyle.color(f.strategy), dim: false))
            }
        }
        for (r, row) in rows.enumerated() {
            let y = area.y + 2 + r
            buffer.put(row.label(state.language, short: !wide), x: area.x + 1, y: y, style: .dim, maxWidth: labelWidth - 1)
            for (i, f) in strategies.enumerated() {
                let x = area.x + labelWidth + i * columnWidth
                var style: Style = row.isAlarming(f) ? .warning : .plain
                if i == state.selectedStrategy && focused { style.underline = true }
                var text = FigureText.compact(row, f, state.language)
                // Every row the replications measure shows their mean, never one run's value beside
                // the others' means; the ± part only where it fits in every column of the row, so
                // columns stay aligned and no label runs into its number.
                if let replicated = state.currentIntervals?[f.strategy], replicated[row.key] != nil {
                    // Two spaces at least between a cell and its neighbour, or the row's label.
                    let label = DisplayWidth.of(row.label(state.language, short: !wide))
                    let fits = strategies.enumerated().allSatisfy { j, s in
                        guard let e = state.currentIntervals?[s.strategy]?[row.key], e.halfWidth > 0 else { return true }
                        let length = FigureText.text(row, value: e.mean, .compact, state.language).count + 2
                            + FigureText.compactHalfWidth(row, e.halfWidth, mean: e.mean, state.language).count
                        return length <= (j == 0 ? columnWidth - 3 + (labelWidth - 1 - label) : columnWidth - 2)
                    }
                    (text, style.dim) = intervalCell(row, replicated, width: fits ? columnWidth - 1 : 0, state.language)
                }
                buffer.putRight(text, x: x, y: y, width: columnWidth - 1, style: style)
            }
        }
    }

    /// A line chart drawn from the same `ChartModel` that `campaign-sim chart` writes as SVG, so
    /// the screen and the slide show the same numbers.
    /// The x axis reads as consent rates unless `formatX` says otherwise (the timeline's weeks).
    static func lineChart(_ model: ChartModel, title: String, state: AppState, glyphs: Glyphs, xs: [Double],
                          format: @escaping @Sendable (Double) -> String, formatX: (@Sendable (Double) -> String)? = nil) -> LineChart {
        let series = model.series.map { s in
            LineChart.Series(mark: mark(s.strategy), style: style(s.strategy),
                             values: xs.map { x in s.points.first { $0.x == x }?.y }, name: self.title(s.strategy, width: 9, state.language))
        }
        let l = state.language
        var chart = LineChart(title: title, xs: xs, series: series, cursor: model.cursor, format: format,
                              formatX: formatX ?? { Format.rate($0, l) },
                              selected: model.series.firstIndex { $0.strategy == state.selected?.strategy })
        chart.legendHint = loc("letters = table columns", l)
        return chart
    }

    /// The figure the first chart plots: conversion rate or profit, caused or total.
    static func chartFigure(_ state: AppState) -> FigureKey {
        switch (state.chartMetric == .profit, state.showsCausal) {
        case (true, false): .expectedProfitEUR
        case (false, false): .expectedConversionRate
        case (true, true): .expectedIncrementalProfitEUR
        case (false, true): .expectedIncrementalConversions
        }
    }

    static func renderMetricChart(_ state: AppState, _ snapshot: Snapshot, _ buffer: inout ScreenBuffer, in area: Rect) {
        let profit = state.chartMetric == .profit
        let l = state.language
        let metric = chartFigure(state)
        let model = ChartModel.sweep(snapshot.sweep, strategies: snapshot.scenario.strategies, metric: metric,
                                     cursor: state.parameters.consentRate, scenario: snapshot.scenario.name, language: l)
        let format: @Sendable (Double) -> String
        // Enough decimals that neighbouring ticks differ: a narrow band of rates needs two.
        let values = model.series.flatMap { $0.points.map(\.y) }
        let spread = (values.max() ?? 0) - (values.min() ?? 0)
        let decimals = spread < 0.002 ? 2 : 1
        if profit { format = { Format.euros($0, l) } } else if state.showsCausal { format = { Format.decimal($0, 0, l) } } else { format = { Format.percent($0, decimals, l) } }
        let title = switch (profit, state.showsCausal) {
        case (true, false): loc("Expected profit by consent (c)", l)
        case (false, false): loc("Conversion rate by consent (c)", l)
        case (true, true): loc("Incremental profit by consent (c)", l)
        case (false, true): loc("Caused conversions by consent (c)", l)
        }
        lineChart(model, title: title, state: state,
                  glyphs: buffer.glyphs, xs: snapshot.sweep.map(\.consentRate), format: format)
            .render(into: &buffer, in: area, focused: state.focus == .charts)
    }

    static func renderExposureChart(_ state: AppState, _ snapshot: Snapshot, _ buffer: inout ScreenBuffer, in area: Rect) {
        let l = state.language
        let model = ChartModel.sweep(snapshot.sweep, strategies: snapshot.scenario.strategies, metric: .exposureIndex,
                                     cursor: state.parameters.consentRate, scenario: snapshot.scenario.name, language: l)
        lineChart(model, title: loc("Exposure index by consent", l), state: state, glyphs: buffer.glyphs,
                  xs: snapshot.sweep.map(\.consentRate), format: { Format.decimal($0, 0, l) })
            .render(into: &buffer, in: area, focused: state.focus == .charts)
    }

    static func renderTradeoff(_ state: AppState, _ snapshot: Snapshot, _ buffer: inout ScreenBuffer, in area: Rect) {
        let l = state.language
        let model = ChartModel.frontier(snapshot.current, strategies: snapshot.scenario.strategies, scenario: snapshot.scenario.name, language: l)
        let points = model.series.map { s in
            ScatterPlot.Point(mark: mark(s.strategy), style: style(s.strategy), x: s.points[0].x, y: s.points[0].y)
        }
        let plot = ScatterPlot(
            title: loc("Profit vs exposure at %1 · frontier (v)", l, Format.rate(state.parameters.consentRate, l)),
            points: points, frontier: model.frontier,
            xLabel: loc("exposure →", l), yLabel: loc("profit", l), formatX: { Format.decimal($0, 0, l) }, formatY: { Format.euros($0, l) },
            selected: model.series.firstIndex { $0.strategy == state.selected?.strategy })
        plot.render(into: &buffer, in: area, focused: state.focus == .tradeoff)
        // The legend: which letter is which strategy, and which are on the frontier.
        let legend = snapshot.current.strategies.map { "\(mark($0.strategy))=\(title($0.strategy, width: 8, l))" }.joined(separator: " ")
        if area.height > 3 { buffer.putTruncated(legend, x: area.x + 2, y: area.maxY - 1, width: area.width - 4, style: .dim) }
    }
}

extension String {
    /// Left-pads to `width` characters.
    func padding(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
