import CampaignEngine
import CampaignCompliance
import CampaignOutput
import Localization
import TerminalKit

/// The obligations panel: which rules apply to the selected strategy, which are violated and why,
/// with the statutory fine caps. Teaching material, not legal advice.
enum ObligationsView {
    static func render(_ state: AppState, _ buffer: inout ScreenBuffer, in area: Rect) {
        guard let snapshot = state.snapshot, let figures = state.selected,
              snapshot.obligations.indices.contains(state.selectedStrategy) else { return }
        let statuses = snapshot.obligations[state.selectedStrategy]
        let applying = statuses.filter { $0.state != .notApplicable }.count
        let violated = statuses.filter { $0.state == .violated }.count
        let l = state.language
        let title = loc("%1 at %2: %3 of %4 obligations apply, %5 breached (←→ strategy)", l, DashboardView.strategyTitle(figures.strategy, l), Format.rate(snapshot.current.consentRate, l), applying, statuses.count, violated)
        let listHeight = min(statuses.count + 3, max(7, area.height * 3 / 5))
        let (list, detail) = area.splitRows(listHeight)
        buffer.box(list, title: title, style: violated > 0 ? .warning : .plain, titleStyle: violated > 0 ? .warning : .bold)
        // Who the business is comes first: it decides which acts bind it at all.
        let facts = list.inset(1)
        buffer.putTruncated(" " + CompanyFacts.line(snapshot.scenario, l), x: facts.x, y: facts.y, width: facts.width, style: .dim)
        var inner = facts
        inner.y += 1
        inner.height -= 1
        if let note = CompanyFacts.learningNote(snapshot.scenario, l), inner.height > 4 {
            buffer.putTruncated(" " + note, x: inner.x, y: inner.y, width: inner.width, style: .dim)
            inner.y += 1
            inner.height -= 1
        }
        let citationWidth = statuses.map { DisplayWidth.of($0.obligation.citation.text(l)) }.max() ?? 0
        let first = max(0, min(state.obligations.index - inner.height / 2, statuses.count - inner.height))
        for (row, index) in (first..<statuses.count).enumerated() where row < inner.height {
            let status = statuses[index]
            let y = inner.y + row
            let selected = index == state.obligations.index
            let (mark, style): (String, Style) = switch status.state {
            case .violated: ("✗ " + loc("breached", l), .warning)
            // Not a tick: a tick reads as "compliant", and "applies" says only that the duty is in force.
            case .applies: ("• " + loc("applies", l), .plain)
            case .notApplicable: ("· " + loc("n/a", l), .dim)
            }
            if selected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: .reverse) }
            var rowStyle = style
            if selected { rowStyle.reverse = true }
            buffer.put(" " + mark, x: inner.x, y: y, style: rowStyle)
            // Citations are never cut: the column is as wide as the longest one.
            buffer.put(status.obligation.citation.text(l), x: inner.x + 13, y: y, style: selected ? Style(bold: true, reverse: true) : .bold)
            let cap = buffer.adapted(status.state == .violated && status.fineCapEUR > 0 ? loc("cap %1", l, Format.euros(status.fineCapEUR, l)) : "")
            let titleX = inner.x + 14 + citationWidth
            buffer.putTruncated(status.obligation.title.text(l), x: titleX, y: y, width: inner.maxX - titleX - 2 - cap.count, style: rowStyle)
            if !cap.isEmpty { buffer.put(cap, x: inner.maxX - cap.count - 1, y: y, style: selected ? Style(color: .red, bold: true, reverse: true) : .warning) }
        }
        guard statuses.indices.contains(state.obligations.index) else { return }
        let status = statuses[state.obligations.index]
        buffer.box(detail, title: "\(status.obligation.citation.text(l)) — \(status.obligation.title.text(l))")
        let text = detail.inset(1)
        // The violation first: on small screens the rest may not fit.
        var lines: [(String, Style)] = []
        switch status.state {
        case .violated:
            lines += AppView.wrap(loc("Breached in this simulation: %1", l, violationReason(status, l)), width: text.width - 2).map { ($0, .warning) }
            lines.append(("", .plain))
        case .notApplicable:
            lines += AppView.wrap(loc("Not applicable: %1", l, status.reasonText(l)), width: text.width - 2).map { ($0, .dim) }
            lines.append(("", .plain))
        case .applies:
            break
        }
        lines += AppView.wrap(status.obligation.summary.text(l), width: text.width - 2).map { ($0, .plain) }
        lines.append(("", .plain))
        lines += AppView.wrap(loc("What to do: %1", l, status.obligation.duty.text(l)), width: text.width - 2).map { ($0, .plain) }
        lines.append(("", .plain))
        lines.append((loc("Catalogue as of %1. Teaching material, not legal advice.", l, ObligationCatalogue.shipped.asOf), .dim))
        for (i, line) in lines.enumerated() where i < text.height {
            buffer.put(line.0, x: text.x + 1, y: text.y + i, style: line.1)
        }
    }

    /// What the breach concerns, counted from the engine's figures, with the statutory cap.
    static func violationReason(_ status: ObligationStatus, _ l: Language) -> String {
        var text = status.reasonText(l) { NumberText.grouped($0, l) }
        if status.fineCapEUR > 0 { text += loc("; statutory maximum fine %1", l, Format.euros(status.fineCapEUR, l)) }
        return text + "."
    }
}
