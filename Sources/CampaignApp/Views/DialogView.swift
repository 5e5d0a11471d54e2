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
        // The window over the text keeps the cursor in view; a suggestion shows selected.
        let chars = Array(dialog.text), cursor = min(dialog.cursor, chars.count)
        let start = max(0, cursor - (field - 1))
        let shown = String(chars[start..<min(chars.count, start + field - 1)])
        buffer.fill(Rect(x: rect.x + 2, y: rect.y + 2, width: field, height: 1), style: Style(underline: true))
        buffer.put(shown, x: rect.x + 2, y: rect.y + 2, style: Style(bold: true, reverse: dialog.suggested, underline: true), maxWidth: field)
        let at = rect.x + 2 + cursor - start
        let under = cursor < chars.count ? chars[cursor] : " "
        buffer.put(String(under == " " ? "_" : under), x: at, y: rect.y + 2, style: Style(bold: true, reverse: true), maxWidth: 1)
    }
}
