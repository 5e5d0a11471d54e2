import CampaignEngine
import CampaignCompliance
import CampaignOutput
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
        let title = "\(figures.strategy.title) at \(Format.rate(snapshot.current.consentRate)): \(applying) of \(statuses.count) obligations apply, \(violated) violated (←→ strategy)"
        let listHeight = min(statuses.count + 2, max(6, area.height * 3 / 5))
        let (list, detail) = area.splitRows(listHeight)
        buffer.box(list, title: title, style: violated > 0 ? .warning : .plain, titleStyle: violated > 0 ? .warning : .bold)
        let inner = list.inset(1)
        let first = max(0, min(state.obligationIndex - inner.height / 2, statuses.count - inner.height))
        for (row, index) in (first..<statuses.count).enumerated() where row < inner.height {
            let status = statuses[index]
            let y = inner.y + row
            let selected = index == state.obligationIndex
            let (mark, style): (String, Style) = switch status.state {
            case .violated: ("✗ violated", .warning)
            case .applies: ("✓ applies ", .plain)
            case .notApplicable: ("· n/a     ", .dim)
            }
            if selected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: .reverse) }
            var rowStyle = style
            if selected { rowStyle.reverse = true }
            buffer.put(" " + mark, x: inner.x, y: y, style: rowStyle)
            buffer.putTruncated(status.obligation.citation, x: inner.x + 13, y: y, width: 26, style: selected ? Style(bold: true, reverse: true) : .bold)
            let cap = status.state == .violated && status.fineCapEUR > 0 ? "cap " + Format.euros(status.fineCapEUR) : ""
            buffer.putTruncated(status.obligation.title.en, x: inner.x + 40, y: y, width: inner.width - 41 - cap.count, style: rowStyle)
            if !cap.isEmpty { buffer.put(cap, x: inner.maxX - cap.count - 1, y: y, style: selected ? Style(color: .red, bold: true, reverse: true) : .warning) }
        }
        guard statuses.indices.contains(state.obligationIndex) else { return }
        let status = statuses[state.obligationIndex]
        buffer.box(detail, title: "\(status.obligation.citation) — \(status.obligation.title.en)")
        let text = detail.inset(1)
        // The violation first: on small screens the rest may not fit.
        var lines: [(String, Style)] = []
        if status.state == .violated {
            lines += AppView.wrap("Violated in this simulation: " + violationReason(status, figures), width: text.width - 2).map { ($0, .warning) }
            lines.append(("", .plain))
        }
        lines += AppView.wrap(status.obligation.summary.en, width: text.width - 2).map { ($0, .plain) }
        lines.append(("", .plain))
        lines += AppView.wrap("What to do: " + status.obligation.duty.en, width: text.width - 2).map { ($0, .plain) }
        lines.append(("", .plain))
        lines.append(("Catalogue as of \(ObligationCatalogue.shipped.asOf). Teaching material, not legal advice.", .dim))
        for (i, line) in lines.enumerated() where i < text.height {
            buffer.put(line.0, x: text.x + 1, y: text.y + i, style: line.1)
        }
    }

    /// The counts behind a violation, from the engine's figures.
    static func violationReason(_ status: ObligationStatus, _ figures: CampaignEngine.StrategyFigures) -> String {
        guard let p = figures.privacy else { return "" }
        var parts: [String] = []
        for condition in status.obligation.violatedWhen {
            switch condition {
            case .profiledWithoutConsent: parts.append("\(NumberText.grouped(p.profiledWithoutConsent)) customers profiled without consent")
            case .minorsProfiled: parts.append("\(NumberText.grouped(p.minorsProfiled)) minors profiled")
            case .vulnerableTargeted: parts.append("\(NumberText.grouped(p.vulnerableTargeted)) vulnerable customers contacted")
            default: break
            }
        }
        var text = parts.joined(separator: ", ")
        if status.fineCapEUR > 0 { text += "; statutory maximum fine \(Format.euros(status.fineCapEUR))" }
        return text + "."
    }
}
