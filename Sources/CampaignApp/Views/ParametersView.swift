import Localization
import TerminalKit

/// The dials: each parameter with its value; changes recompute at once.
enum ParametersView {
    static func value(_ field: Parameters.Field, _ p: Parameters, _ l: Language) -> String {
        switch field {
        case .consentRate: Format.rate(p.consentRate, l)
        case .k: String(p.k)
        case .epsilon: p.epsilon.map { Format.decimal($0, 2, l) } ?? loc("off", l)
        case .linkage: Format.rate(p.linkage, l)
        case .fallback: p.fallback == .contextual ? loc("contextual", l) : loc("broadcast", l)
        case .protectVulnerable: p.protectVulnerable ? loc("on", l) : loc("off", l)
        case .relevanceWeight: Format.decimal(p.relevanceWeight, 1, l)
        case .customers: Format.count(p.customers, l)
        case .weeks: String(p.weeks)
        case .withdrawal: Format.percent(p.withdrawal, p.withdrawal < 0.01 && p.withdrawal > 0 ? 2 : 1, l)
        case .retention: p.retention.map { loc("%1 weeks", l, $0) } ?? loc("no limit", l)
        case .onlinePlatform: p[.onlinePlatform] == .flag(true) ? loc("yes", l) : loc("no", l)
        case .companySize: if case .size(let size) = p[.companySize] { loc(size.title, l) } else { "" }
        case .learning: p[.learning] == .learning(.thompson) ? loc("learns from feedback", l) : loc("knows the response", l)
        }
    }

    static func render(_ state: AppState, _ buffer: inout ScreenBuffer, in area: Rect) {
        let frame = Rect(x: area.x, y: area.y, width: area.width, height: area.height)
        let l = state.language
        buffer.box(frame, title: loc("Parameters — ←/→ change, changes apply at once", l))
        let inner = frame.inset(1)
        var y = inner.y + 1
        // The value column starts two spaces after the longest label (German ones run long), and
        // the note column after the widest value: label and value never run together.
        let labelEnd = 2 + (Parameters.Field.allCases.map { DisplayWidth.of(loc($0.title, l)) }.max() ?? 28) + 2
        let valueColumn = max(32, labelEnd)
        let valueEnd = valueColumn + (Parameters.Field.allCases.map { DisplayWidth.of("◂ " + value($0, state.parameters, l) + " ▸") }.max() ?? 16) + 2
        let noteColumn = max(50, valueEnd)
        for field in Parameters.Field.allCases {
            let selected = field == state.parameterEditor.field
            let style: Style = selected ? .reverse : .plain
            buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
            buffer.put("  " + loc(field.title, l), x: inner.x, y: y, style: selected ? Style(bold: true, reverse: true) : .plain)
            buffer.put("◂ " + value(field, state.parameters, l) + " ▸", x: inner.x + valueColumn, y: y, style: selected ? Style(bold: true, reverse: true) : .bold)
            if field.rebuildsPopulation {
                buffer.putTruncated(loc("rebuilds population", l), x: inner.x + noteColumn, y: y, width: max(0, inner.width - noteColumn), style: selected ? .reverse : .dim)
            }
            y += 1
        }
        y += 1
        for line in AppView.wrap(loc(state.parameterEditor.field.explanation, l), width: inner.width - 4) where y < inner.maxY - 2 {
            buffer.put(line, x: inner.x + 2, y: y)
            y += 1
        }
        if let s = state.snapshot, let f = state.selected {
            y += 1
            let text = loc("%1: profit %2, exposure %3; last recompute %4", l, DashboardView.strategyTitle(f.strategy, l), Format.euros(f.profitEUR, l), f.privacy.map { Format.decimal($0.exposureIndex, 1, l) } ?? "—", Format.milliseconds(s.recomputeMilliseconds, l))
            if y < inner.maxY { buffer.putTruncated(text, x: inner.x + 2, y: y, width: inner.width - 4, style: .dim) }
        }
    }
}
