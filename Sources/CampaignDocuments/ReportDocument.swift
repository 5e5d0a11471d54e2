import CampaignCompliance
import Localization

/// A small document model that renders to Markdown or to one self-contained HTML page.
public struct ReportDocument: Sendable {
    public enum Block: Sendable {
        case heading(Int, String)
        case paragraph(String)
        case table([String], [[String]])
        case list([String])
        case checklist([String])
    }

    public var title: String
    public var language: Language
    public var blocks: [Block] = []

    public init(title: String, language: Language) {
        self.title = title
        self.language = language
    }

    /// GitHub-flavoured Markdown.
    public var markdown: String {
        var out = "# \(title)\n"
        for block in blocks {
            switch block {
            case .heading(let level, let text): out += "\n" + String(repeating: "#", count: level) + " \(text)\n"
            case .paragraph(let text): out += "\n\(text)\n"
            case .list(let items): out += "\n" + items.map { "- \($0)\n" }.joined()
            case .checklist(let items): out += "\n" + items.map { "- [ ] \($0)\n" }.joined()
            case .table(let headers, let rows):
                func row(_ cells: [String]) -> String { "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n" }
                out += "\n" + row(headers) + "|" + headers.map { _ in "---|" }.joined() + "\n" + rows.map(row).joined()
            }
        }
        return out
    }

    /// One HTML file with its styles inline; prints on A4 without cut tables.
    public var html: String {
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var out = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(esc(title))</title>
        <style>
        body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #111; line-height: 1.45; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ccc; } h3 { font-size: 1.05rem; }
        table { border-collapse: collapse; width: 100%; margin: 0.75rem 0; font-size: 0.9rem; }
        th, td { border: 1px solid #bbb; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: #f0f0f0; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        ul.checklist { list-style: none; padding-left: 0; } ul.checklist li::before { content: "☐ "; }
        @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } table, tr { break-inside: avoid; } }
        </style>
        </head>
        <body>
        <h1>\(esc(title))</h1>

        """
        for block in blocks {
            switch block {
            case .heading(let level, let text): out += "<h\(level)>\(esc(text))</h\(level)>\n"
            case .paragraph(let text): out += "<p>\(esc(text))</p>\n"
            case .list(let items): out += "<ul>\n" + items.map { "<li>\(esc($0))</li>\n" }.joined() + "</ul>\n"
            case .checklist(let items): out += "<ul class=\"checklist\">\n" + items.map { "<li>\(esc($0))</li>\n" }.joined() + "</ul>\n"
            case .table(let headers, let rows):
                out += "<table>\n<thead><tr>" + headers.map { "<th>\(esc($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
                for row in rows {
                    out += "<tr>" + row.map { cell in
                        let numeric = cell.first.map { $0.isNumber || $0 == "€" || $0 == "-" || $0 == "+" } ?? false
                        return numeric ? "<td class=\"num\">\(esc(cell))</td>" : "<td>\(esc(cell))</td>"
                    }.joined() + "</tr>\n"
                }
                out += "</tbody>\n</table>\n"
            }
        }
        return out + "</body>\n</html>\n"
    }
}
