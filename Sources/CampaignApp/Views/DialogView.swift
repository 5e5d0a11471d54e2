import Localization
import TerminalKit

/// A one-line prompt or yes/no question in a box over the screen.
enum DialogView {
    static func render(_ dialog: Dialog, language: Language, _ buffer: inout ScreenBuffer) {
        let width = min(buffer.width - 4, 70)
        let rect = Rect(x: (buffer.width - width) / 2, y: buffer.height / 2 - 2, width: width, height: 5)
        buffer.fill(rect)
        buffer.box(rect, title: loc("Enter confirms, Esc cancels", language), style: .accent)
        buffer.putTruncated(dialog.prompt(language), x: rect.x + 2, y: rect.y + 1, width: width - 4, style: .bold)
        if case .confirmOverwrite = dialog.kind { return }
        let field = width - 4
        let shown = dialog.text.count >= field ? String(dialog.text.suffix(field - 1)) : dialog.text
        buffer.fill(Rect(x: rect.x + 2, y: rect.y + 2, width: field, height: 1), style: Style(underline: true))
        buffer.put(shown + "_", x: rect.x + 2, y: rect.y + 2, style: Style(bold: true, underline: true), maxWidth: field)
    }
}
