import Foundation
import Localization
import Testing
@testable import CampaignDocuments
@testable import CampaignEngine
@testable import ScenarioKit

@Suite("Audit report")
struct AuditReportTests {
    @Test(arguments: BuiltinScenarios.all.map(\.name))
    func reportBuildsInBothLanguagesAndAgreesWithTheCatalogue(_ name: String) throws {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named(name)!.yaml, file: name).scaled(toCustomers: 20_000)
        let engine = Engine(scenario: scenario, threads: 2)
        let result = engine.evaluate(rate: scenario.consent.rate)
        for language in Language.allCases {
            let doc = AuditReport.build(scenario: scenario, result: result, minors: engine.population.minors,
                                        vulnerable: engine.population.vulnerable, language: language)
            let md = doc.markdown
            #expect(md.components(separatedBy: "\n## ").count - 1 == 8, "\(name) \(language): not 8 sections")
            #expect(doc.html.contains("<h2>"))
            if language == .de { #expect(md.contains("Rechtsgrundlage") && !md.contains("Legal basis")) }
        }
    }

    static func report(_ name: String, _ language: Language, provenance: Provenance? = nil) throws -> ReportDocument {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named(name)!.yaml, file: name).scaled(toCustomers: 10_000)
        let engine = Engine(scenario: scenario, threads: 2)
        return AuditReport.build(scenario: scenario, result: engine.evaluate(rate: scenario.consent.rate), minors: engine.population.minors,
                                 vulnerable: engine.population.vulnerable, language: language, provenance: provenance)
    }

    /// What a compliance officer saw in Chromium (issue 16, items 8–12).
    @Test(arguments: Language.allCases)
    func theHTMLReadsAsARecord(_ language: Language) throws {
        let provenance = Provenance(generated: "2026-12-01T10:00:00Z", tool: "campaign-sim 2.0.0-dev", modelVersion: "2",
                                    source: "built-in igaming-first-deposit", digest: String(repeating: "ab", count: 32), options: "--consent 0.35")
        let doc = try Self.report("igaming-first-deposit", language, provenance: provenance)
        let html = doc.html
        // Markdown code spans become <code>, never literal backticks.
        #expect(!html.contains("`"))
        #expect(html.contains("<code>campaign-sim explain</code>"))
        // No doubled punctuation after a title that ends in its own question mark.
        #expect(!html.contains("?:") && !doc.markdown.contains("?:"))
        // Provenance: time, tool and model version, source and digest, seed, options.
        for needle in ["2026-12-01T10:00:00Z", "model_version 2", "built-in igaming-first-deposit", "SHA-256 " + provenance.digest, "1996", "<code>--consent 0.35</code>"] {
            #expect(html.contains(needle), "\(language): provenance lacks \(needle)")
        }
        // The matrix speaks in words with a legend, and breaches stand out.
        #expect(!html.contains("✓") && !html.contains("✗"))
        let breached = loc("BREACHED", language)
        #expect(html.contains("<td class=\"breach\">\(breached)</td>"))
        #expect(doc.markdown.contains("**\(breached)**"))
        #expect(html.contains("“\(breached)”") || html.contains("„\(breached)“"))
        // Paper: A4 with margins, rows that do not split, headings kept with what follows, headers repeated.
        for rule in ["@page { size: A4;", "tr, li { break-inside: avoid;", "h1, h2, h3 { break-after: avoid;", "thead { display: table-header-group; }"] {
            #expect(html.contains(rule), "print rule missing: \(rule)")
        }
        #expect(!html.contains("table, tr { break-inside: avoid"))
        // Realised and expected profit are both named as such.
        #expect(html.contains(loc("Expected profit", language)) && html.contains(loc("Realised profit", language)))
    }

    @Test func codeSpansAreEscapedAndUnpairedBackticksStay() {
        #expect(ReportDocument.inline("see `a <b>` now") == "see <code>a &lt;b&gt;</code> now")
        #expect(ReportDocument.inline("one ` only") == "one ` only")
        #expect(ReportText.labelled("Why am I seeing this ad?", "Explain.") == "Why am I seeing this ad? Explain.")
        #expect(ReportText.labelled("Fines", "Know.") == "Fines: Know.")
    }

    /// The German report writes German numbers: "180.000", "35 %", "4,2 Mio. €" (issue 19).
    @Test func theGermanReportWritesGermanNumbers() throws {
        let md = try Self.report("igaming-first-deposit", .de).markdown
        let english = try NSRegularExpression(pattern: #"\d,\d{3},\d|\d,\d{3}\.\d|\d\.\d{1,2}(?!\d)|\d\.\d{4,}|€\s?\d"#)
        let lines = md.split(separator: "\n").map(String.init).filter { english.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil }
        #expect(lines.isEmpty, "\(lines.joined(separator: "\n"))")
        #expect(md.contains("10.000") && md.contains("Mio. €"))
    }
}
