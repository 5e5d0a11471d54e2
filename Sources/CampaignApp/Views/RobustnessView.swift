import CampaignOutput
import CampaignStatistics
import Localization
import ScenarioKit
import TerminalKit

/// Plausible worlds (MODEL.md §8.2): the conclusion, P(best) per compliant strategy and the tornado
/// as horizontal bars, filled in when the worlds computed in the background are done.
enum RobustnessView {
    static func render(_ state: AppState, _ buffer: inout ScreenBuffer, in area: Rect) {
        let l = state.language
        let r = state.robustness
        let title = loc("Plausible worlds at %1 consent", l, Format.rate(state.parameters.consentRate, state.language))
        buffer.box(area, title: title)
        let inner = area.inset(1)
        var y = inner.y
        if r.result == nil {
            // The runs counted are the worlds and, after them, the tornado's runs: say both, so the
            // count matches the "100 worlds" the result will name.
            let worlds = RobustnessScreen.worlds
            let progress = r.total > 0
                ? loc("drawing worlds… %1 of %2 runs (%3 worlds, then %4 for the tornado)", l, r.done, r.total, worlds, max(0, r.total - worlds))
                : loc("drawing worlds…", l)
            buffer.put(" " + progress, x: inner.x, y: y, style: .dim)
            if r.total > 0 {
                Slider(label: "", value: Double(r.done) / Double(r.total), valueText: "").render(into: &buffer, x: inner.x + 1, y: y + 1, width: min(50, inner.width - 2))
            }
            y += 3
        }
        // While the worlds stream in, the conclusion of those done so far (issue 30: a first useful
        // view within seconds at 100,000 customers, not after the last world).
        guard let result = r.result ?? r.partial else { return }
        if r.result == nil {
            buffer.putTruncated(loc("So far, %1 worlds:", l, result.worlds), x: inner.x + 1, y: y, width: inner.width - 2, style: .bold)
            y += 1
        }
        for line in AppView.wrap(RobustnessFormatter.conclusion(result, scenario: state.snapshot?.scenario, language: l), width: inner.width - 2) where y < inner.maxY {
            buffer.put(line, x: inner.x + 1, y: y, style: .bold)
            y += 1
        }
        if result.parameters.isEmpty {
            for line in AppView.wrap(loc("This scenario gives no ranges: add {low, mode, high} to its least certain values (docs/scenario-format.md).", l), width: inner.width - 2) where y < inner.maxY {
                buffer.put(line, x: inner.x + 1, y: y, style: .dim)
                y += 1
            }
        }
        y += 1
        guard y < inner.maxY else { return }
        buffer.put(loc("P(best) among compliant strategies, %1 worlds", l, result.worlds), x: inner.x + 1, y: y, style: .bold)
        y += 1
        let labelWidth = 16
        let barWidth = max(10, min(40, inner.width - labelWidth - 10))
        for s in result.strategies where y < inner.maxY {
            guard let p = s.pBest else { continue }
            buffer.put(DashboardView.strategyTitle(s.strategy, l), x: inner.x + 1, y: y, style: DashboardView.style(s.strategy), maxWidth: labelWidth - 1)
            let filled = Int((p * Double(barWidth)).rounded())
            buffer.put(String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled), x: inner.x + labelWidth, y: y,
                       style: DashboardView.style(s.strategy))
            buffer.put(NumberText.percent(p, 0, state.language), x: inner.x + labelWidth + barWidth + 1, y: y)
            y += 1
        }
        if let scenario = state.snapshot?.scenario, let note = RobustnessFormatter.byConstruction(result, scenario: scenario, l) {
            for line in AppView.wrap(note, width: inner.width - 2) where y < inner.maxY {
                buffer.put(line, x: inner.x + 1, y: y, style: .dim)
                y += 1
            }
        }
        y += 1
        guard y < inner.maxY, let (a, b) = result.compare else { return }
        buffer.putTruncated(loc("Profit gap %1 − %2 (central %3): what moves it", l, DashboardView.strategyTitle(a, l),
                                DashboardView.strategyTitle(b, l), Format.euros(result.central, state.language)), x: inner.x + 1, y: y, width: inner.width - 2, style: .bold)
        y += 1
        let values = result.bars.flatMap { [$0.atP10, $0.atP90] } + [result.central]
        let lo = values.min() ?? 0, hi = values.max() ?? 0
        let span = max(hi - lo, 1e-9)
        let labels = result.bars.map { RobustnessFormatter.barLabel($0, result: result, scenario: state.snapshot?.scenario, l) }
        let longest = labels.map(\.count).max() ?? 0
        // Labels that do not fit beside their bars go on a line of their own above them, whole.
        let stacked = longest + 2 > max(28, inner.width * 2 / 5)
        let pathWidth = stacked ? 3 : longest + 2
        let tornadoWidth = max(10, min(40, inner.width - pathWidth - 26))
        func column(_ v: Double) -> Int { Int(((v - lo) / span * Double(tornadoWidth - 1)).rounded()) }
        for (bar, label) in zip(result.bars, labels) where y < inner.maxY - (stacked ? 1 : 0) {
            if stacked {
                buffer.putTruncated(label, x: inner.x + 1, y: y, width: inner.width - 2, style: .dim)
                y += 1
            } else {
                buffer.putTruncated(label, x: inner.x + 1, y: y, width: pathWidth - 1, style: .dim)
            }
            if buffer.glyphs == .unicode {
                // At braille resolution: a bar ends on a half cell, so short swings still differ.
                var canvas = Canvas(width: tornadoWidth, height: 1)
                func dot(_ v: Double) -> Int { Int(((v - lo) / span * Double(canvas.dotWidth - 1)).rounded()) }
                for x in dot(min(bar.atP10, bar.atP90))...dot(max(bar.atP10, bar.atP90)) { for yy in 0..<4 { canvas.dot(x, yy, Style(color: .cyan)) } }
                canvas.render(into: &buffer, x: inner.x + pathWidth, y: y)
            } else {
                let from = column(min(bar.atP10, bar.atP90)), to = column(max(bar.atP10, bar.atP90))
                buffer.put(String(repeating: "█", count: to - from + 1), x: inner.x + pathWidth + from, y: y, style: Style(color: .cyan))
            }
            buffer.put("│", x: inner.x + pathWidth + column(result.central), y: y, style: .bold)
            buffer.putTruncated(Format.euros(bar.atP10, state.language) + " → " + Format.euros(bar.atP90, state.language), x: inner.x + pathWidth + tornadoWidth + 1, y: y,
                                width: inner.maxX - (inner.x + pathWidth + tornadoWidth + 1))
            y += 1
        }
    }
}
