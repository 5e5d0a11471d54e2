import Foundation
import CampaignCompliance
import CampaignOutput
import Localization

/// A small document model that renders to Markdown or to one self-contained HTML page.
public struct ReportDocument: Sendable {
    /// One block of the document, in reading order.
    public enum Block: Sendable {
        /// A heading of the given level (1 is the top) and text.
        case heading(Int, String)
        /// A paragraph of plain text.
        case paragraph(String)
        /// A table: column headers, then rows of cells.
        case table([String], [[String]])
        /// A table whose cells equal to `emphasised` stand out (the obligations matrix's breaches).
        case matrix([String], [[String]], emphasised: String)
        /// A bulleted list.
        case list([String])
        /// A list of unticked check boxes ("- [ ]" in Markdown).
        case checklist([String])
        /// A chart: inline SVG in HTML; in Markdown a link to `file`, which the caller writes beside the report.
        case figure(svg: String, caption: String, file: String)
    }

    /// The document's title (its top heading).
    public var title: String
    /// The language the document is written in.
    public var language: Language
    /// The content below the title, in order.
    public var blocks: [Block] = []

    /// An empty document titled `title`.
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
            case .figure(_, let caption, let file): out += "\n![\(caption)](\(file))\n"
            case .table(let headers, let rows), .matrix(let headers, let rows, _):
                var strong: String?
                if case .matrix(_, _, let emphasised) = block { strong = emphasised }
                func row(_ cells: [String]) -> String {
                    "| " + cells.map { $0 == strong ? "**\($0)**" : $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
                }
                out += "\n" + row(headers) + "|" + headers.map { _ in "---|" }.joined() + "\n" + rows.map(row).joined()
            }
        }
        // Scenario texts are the user's: no HTML from them runs where the Markdown is rendered.
        return MarkupText.markdownSafe(out)
    }

    /// Text escaped for HTML, with Markdown's `code` spans turned into <code> (the texts are written once, for both).
    static func inline(_ s: String) -> String {
        func esc(_ s: Substring) -> String { linked(MarkupText.escape(s)) }
        let parts = s.split(separator: "`", omittingEmptySubsequences: false)
        // An unpaired backtick stays a backtick.
        guard parts.count % 2 == 1 else { return esc(Substring(s)) }
        return parts.enumerated().map { $0.offset % 2 == 1 ? "<code>\(esc($0.element))</code>" : esc($0.element) }.joined()
    }

    /// The official texts on EUR-Lex, by their European Legislation Identifier (stable addresses).
    static let officialTexts: [(act: String, url: String)] = [
        ("GDPR", "https://eur-lex.europa.eu/eli/reg/2016/679/oj"),
        ("DSA", "https://eur-lex.europa.eu/eli/reg/2022/2065/oj"),
        ("AI Act", "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"),
        ("ePrivacy", "https://eur-lex.europa.eu/eli/dir/2002/58/oj"),
    ]

    /// Escaped HTML with each cited article ("GDPR Art. 6(1)(a)", "DSA Art. 28") linked to its
    /// act's official text; German "DSGVO" cites the GDPR's.
    static func linked(_ html: String) -> String {
        guard html.contains("Art.") else { return html }
        var out = html
        for (act, url) in officialTexts + [("DSGVO", officialTexts[0].url), ("KI-VO", officialTexts[2].url)] {
            let pattern = "\\b" + NSRegularExpression.escapedPattern(for: act) + " Art\\. [0-9]+[a-z]?(\\([0-9a-z]+\\))*"
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            out = regex.stringByReplacingMatches(in: out, range: NSRange(out.startIndex..., in: out),
                                                 withTemplate: "<a href=\"\(url)\">$0</a>")
        }
        return out
    }

    /// One HTML file with its styles inline; on paper A4, long tables break between rows with their
    /// header repeated, headings stay with what follows, and wide tables shrink to the page.
    public var html: String {
        let esc = ReportDocument.inline
        var out = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(esc(title))</title>
        <style>
        body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 64rem; margin: 2rem auto; padding: 0 1rem; color: #111; line-height: 1.45; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ccc; } h3 { font-size: 1.05rem; }
        table { border-collapse: collapse; width: 100%; margin: 0.75rem 0; font-size: 0.9rem; }
        th, td { border: 1px solid #bbb; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; hyphens: auto; }
        th { background: #f0f0f0; }
        thead { display: table-header-group; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.breach { font-weight: bold; color: #b00020; }
        div.wide { overflow-x: auto; } table.wide { font-size: 0.8rem; }
        code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; background: #f4f4f4; padding: 0 0.2em; }
        figure { margin: 1rem 0; break-inside: avoid; } figure svg { width: 100%; height: auto; } figcaption { font-size: 0.85rem; color: #444; }
        ul.checklist { list-style: none; padding-left: 0; } ul.checklist li::before { content: "☐ "; }
        @page { size: A4; margin: 16mm 14mm 18mm 14mm; }
        @media print {
          body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
          h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
          table { font-size: 8pt; break-inside: auto; } table.wide { font-size: 7.5pt; } div.wide { overflow: visible; }
          th, td { padding: 0.15rem 0.3rem; }
          tr, li { break-inside: avoid; page-break-inside: avoid; }
        }
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
            case .figure(let svg, let caption, _):
                // The same SVG as `campaign-sim chart`, inline and scaled to the page; no XML declaration inside HTML.
                let body = svg.hasPrefix("<?xml") ? String(svg.drop { $0 != "\n" }.dropFirst()) : svg
                out += "<figure>\n" + body.replacingOccurrences(of: "<svg ", with: "<svg role=\"img\" aria-label=\"\(esc(caption))\" ")
                    + "<figcaption>\(esc(caption))</figcaption>\n</figure>\n"
            case .table(let headers, let rows), .matrix(let headers, let rows, _):
                var strong: String?
                if case .matrix(_, _, let emphasised) = block { strong = emphasised }
                // Wide tables get smaller type and, on screen, their own scroll bar rather than overflowing the page.
                let wide = headers.count > 6
                out += (wide ? "<div class=\"wide\"><table class=\"wide\">" : "<table>") + "\n<thead><tr>" + headers.map { "<th>\(esc($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
                for row in rows {
                    out += "<tr>" + row.map { cell in
                        let numeric = !cell.contains(":") && (cell.first.map { $0.isNumber || $0 == "€" || $0 == "-" || $0 == "+" || $0 == "−" } ?? false)
                        if numeric { return "<td class=\"num\">\(esc(cell))</td>" }
                        // A breach stands out on paper too, in bold, not by colour alone.
                        if cell == strong { return "<td class=\"breach\">\(esc(cell))</td>" }
                        return "<td>\(esc(cell))</td>"
                    }.joined() + "</tr>\n"
                }
                out += "</tbody>\n</table>\n" + (wide ? "</div>\n" : "")
            }
        }
        return out + "</body>\n</html>\n"
    }
}
