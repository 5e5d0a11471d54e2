import CampaignOutput
import Foundation
import TerminalKit

/// Writes a chart model as one standalone SVG 1.1 file: no scripts, no external fonts, links or
/// styles, readable at 1280×720 on a slide. Pure text; the caller writes the file.
public enum SVGChart {
    /// The drawing's width in pixels.
    public static let width = 1280
    /// The drawing's height in pixels.
    public static let height = 720

    static func escape(_ s: String) -> String { MarkupText.escape(s) }

    /// Coordinates with two decimals at most, so the text is stable and diffable.
    static func n(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(format: "%.2f", r)
    }

    /// The SVG text of `model`.
    public static func render(_ model: ChartModel) -> String {
        // The legend takes the room its longest name needs (about 10.5 px a character at 18 px).
        let longest = model.series.map { Double($0.name.count) }.max() ?? 10
        let right = min(480, max(250, 100 + longest * 10.5)), top = 110.0, bottom = 100.0
        var xs = model.series.flatMap { $0.points.map(\.x) } + (model.cursor.map { [$0] } ?? [])
        var ys = model.series.flatMap { $0.points.map(\.y) }
        if model.kind == .scatter, let a = xs.min(), let b = xs.max(), let c = ys.min(), let d = ys.max() {
            // Room around the outermost points for their markers and names.
            // Exposure is never negative: pad to the right only, and keep the markers off the frame by an inset.
            xs += [max(0, a - (b - a) * 0.06), b + (b - a) * 0.06]
            ys += [c - (d - c) * 0.06, d + (d - c) * 0.06]
        }
        var xTicks = NiceTicks.ticks(xs.min() ?? 0, xs.max() ?? 1, count: 6)
        if model.xUnit == .percent, (xs.min() ?? 0) >= 0, (xs.max() ?? 1) <= 1 { xTicks = stride(from: 0.0, through: 1.0001, by: 0.2).map { $0 } }
        let yTicks = NiceTicks.ticks(min(ys.min() ?? 0, model.kind == .scatter ? (ys.min() ?? 0) : (ys.min() ?? 0)), ys.max() ?? 1, count: 6)
        // The axis title sits left of the tick labels: wide labels ("4.000.000") move the plot right
        // (about 9 px a character at 17 px, after the title's 64 px).
        let widestTick = yTicks.map { Double(model.text($0, model.yUnit).count) }.max() ?? 0
        let left = max(120, 64 + widestTick * 9)
        let plotW = Double(width) - left - right, plotH = Double(height) - top - bottom
        let x0 = xTicks.first!, x1 = xTicks.last!, y0 = yTicks.first!, y1 = yTicks.last!
        let inset = model.kind == .scatter ? 18.0 : 0
        func px(_ x: Double) -> Double { left + inset + (x - x0) / max(x1 - x0, 1e-12) * (plotW - 2 * inset) }
        func py(_ y: Double) -> Double { top + plotH - inset - (y - y0) / max(y1 - y0, 1e-12) * (plotH - 2 * inset) }

        // "Figure by consent rate — Scenario": the figure as the heading, the scenario beneath it.
        let parts = model.title.components(separatedBy: " — ")
        let heading = parts[0], subheading = parts.dropFirst().joined(separator: " — ")
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" font-family="DejaVu Sans, Arial, Helvetica, sans-serif">
        <title>\(escape(model.title))</title>
        <rect x="0" y="0" width="\(width)" height="\(height)" fill="#ffffff"/>
        <text x="\(n(left))" y="46" font-size="26" font-weight="bold" fill="#111111">\(escape(heading))</text>
        <text x="\(n(left))" y="78" font-size="19" fill="#444444">\(escape(subheading))</text>

        """
        // Grid and ticks.
        out += "<g font-size=\"17\" fill=\"#333333\">\n"
        for t in yTicks {
            let y = py(t)
            out += "<line x1=\"\(n(left))\" y1=\"\(n(y))\" x2=\"\(n(left + plotW))\" y2=\"\(n(y))\" stroke=\"#dddddd\" stroke-width=\"1\"/>\n"
            out += "<text x=\"\(n(left - 12))\" y=\"\(n(y + 6))\" text-anchor=\"end\">\(escape(model.text(t, model.yUnit)))</text>\n"
        }
        for t in xTicks {
            let x = px(t)
            out += "<line x1=\"\(n(x))\" y1=\"\(n(top))\" x2=\"\(n(x))\" y2=\"\(n(top + plotH))\" stroke=\"#eeeeee\" stroke-width=\"1\"/>\n"
            out += "<text x=\"\(n(x))\" y=\"\(n(top + plotH + 28))\" text-anchor=\"middle\">\(escape(model.text(t, model.xUnit)))</text>\n"
        }
        out += "</g>\n"
        out += "<rect x=\"\(n(left))\" y=\"\(n(top))\" width=\"\(n(plotW))\" height=\"\(n(plotH))\" fill=\"none\" stroke=\"#555555\" stroke-width=\"1.5\"/>\n"
        out += "<text x=\"\(n(left + plotW / 2))\" y=\"\(n(Double(height) - 30))\" font-size=\"19\" text-anchor=\"middle\" fill=\"#111111\">\(escape(model.xLabel))</text>\n"
        out += "<text transform=\"translate(32 \(n(top + plotH / 2))) rotate(-90)\" font-size=\"19\" text-anchor=\"middle\" fill=\"#111111\">\(escape(model.yLabel))</text>\n"
        // The current consent rate.
        if let c = model.cursor {
            let x = px(c)
            out += "<line x1=\"\(n(x))\" y1=\"\(n(top))\" x2=\"\(n(x))\" y2=\"\(n(top + plotH))\" stroke=\"#777777\" stroke-width=\"2\" stroke-dasharray=\"6 6\"/>\n"
            if let label = model.cursorLabel {
                out += "<text x=\"\(n(x + 8))\" y=\"\(n(top + 22))\" font-size=\"17\" fill=\"#555555\">\(escape(label))</text>\n"
            }
        }
        // The frontier beneath the points it joins.
        if model.kind == .scatter && model.frontier.count > 1 {
            let path = model.frontier.map { "\(n(px(model.series[$0].points[0].x))),\(n(py(model.series[$0].points[0].y)))" }.joined(separator: " ")
            out += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"#999999\" stroke-width=\"2\" stroke-dasharray=\"8 5\"/>\n"
        }
        // Series: the counterexample and ceiling first, so the options are drawn on top of them.
        let order = model.series.indices.sorted { (model.series[$0].strategy.role == nil ? 1 : 0, $0) < (model.series[$1].strategy.role == nil ? 1 : 0, $1) }
        // The points' names, placed clear of the frontier's line, of each other and of the points (issue 30).
        var labels: [Int: LabelPlacer.Placement] = [:]
        var labelText: [Int: String] = [:]
        if model.kind == .scatter {
            let centre = { (i: Int) in (x: px(model.series[i].points[0].x), y: py(model.series[i].points[0].y)) }
            // Strategies with the same figures share a point, and one name: "Broadcast / Contextual".
            var named: [Int] = []
            for i in order where !model.series[i].points.isEmpty {
                let c = centre(i)
                if let same = named.first(where: { let d = centre($0); return abs(d.x - c.x) < 1 && abs(d.y - c.y) < 1 }) {
                    labelText[same, default: model.series[same].name] += " / " + model.series[i].name
                } else {
                    named.append(i)
                }
            }
            let placer = LabelPlacer(plot: .init(minX: left, minY: top, maxX: left + plotW, maxY: top + plotH),
                                     frontier: model.frontier.map(centre), points: named.map(centre), radius: 10)
            for (i, placement) in zip(named, placer.place(named.map { labelText[$0] ?? model.series[$0].name })) { labels[i] = placement }
        }
        for i in order {
            let s = model.series[i]
            let color = SeriesStyle.hex(s.strategy), dash = SeriesStyle.dash(s.strategy)
            if model.kind == .lines && s.points.count > 1 {
                let path = s.points.map { "\(n(px($0.x))),\(n(py($0.y)))" }.joined(separator: " ")
                out += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"3\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"") stroke-linejoin=\"round\"/>\n"
            }
            for p in s.points { out += marker(SeriesStyle.marker(s.strategy), x: px(p.x), y: py(p.y), size: model.kind == .scatter ? 9 : 5, color: color) }
            if let label = labels[i] {
                out += "<text x=\"\(n(label.x))\" y=\"\(n(label.y))\" font-size=\"17\" fill=\"#111111\"\(label.alignEnd ? " text-anchor=\"end\"" : "")>\(escape(labelText[i] ?? s.name))</text>\n"
            }
        }
        // The legend names every strategy, with its colour, dash and marker.
        let lx = left + plotW + 30
        out += "<g font-size=\"18\" fill=\"#111111\">\n"
        for (row, s) in model.series.enumerated() {
            let y = top + 20 + Double(row) * 34
            let color = SeriesStyle.hex(s.strategy), dash = SeriesStyle.dash(s.strategy)
            out += "<line x1=\"\(n(lx))\" y1=\"\(n(y))\" x2=\"\(n(lx + 40))\" y2=\"\(n(y))\" stroke=\"\(color)\" stroke-width=\"3\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")/>\n"
            out += marker(SeriesStyle.marker(s.strategy), x: lx + 20, y: y, size: 6, color: color)
            out += "<text x=\"\(n(lx + 50))\" y=\"\(n(y + 6))\">\(escape(s.name))</text>\n"
        }
        out += "</g>\n</svg>\n"
        return out
    }

    static func marker(_ m: SeriesStyle.Marker, x: Double, y: Double, size r: Double, color: String) -> String {
        switch m {
        case .circle: return "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(r))\" fill=\"\(color)\"/>\n"
        case .square: return "<rect x=\"\(n(x - r))\" y=\"\(n(y - r))\" width=\"\(n(2 * r))\" height=\"\(n(2 * r))\" fill=\"\(color)\"/>\n"
        case .triangle: return "<polygon points=\"\(n(x)),\(n(y - r * 1.2)) \(n(x + r * 1.1)),\(n(y + r * 0.8)) \(n(x - r * 1.1)),\(n(y + r * 0.8))\" fill=\"\(color)\"/>\n"
        case .diamond: return "<polygon points=\"\(n(x)),\(n(y - r * 1.3)) \(n(x + r * 1.1)),\(n(y)) \(n(x)),\(n(y + r * 1.3)) \(n(x - r * 1.1)),\(n(y))\" fill=\"\(color)\"/>\n"
        }
    }
}
