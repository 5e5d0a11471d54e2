import CampaignCompliance
import CampaignOutput
import Foundation
import Localization
import Testing
@testable import CampaignDocuments
@testable import CampaignEngine
@testable import ScenarioKit

@Suite("Audit report")
struct AuditReportTests {
    /// The obligations matrix of every shipped scenario, in both languages, shows for every
    /// obligation and strategy exactly the status the compliance assessment gives.
    @Test(arguments: BuiltinScenarios.all.map(\.name))
    func reportBuildsInBothLanguagesAndAgreesWithTheCatalogue(_ name: String) throws {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named(name)!.yaml, file: name).scaled(toCustomers: 20_000)
        let engine = Engine(scenario: scenario, threads: 2)
        let result = engine.evaluate(rate: scenario.consent.rate)
        let catalogue = ObligationCatalogue.shipped
        for language in Language.allCases {
            let doc = AuditReport.build(scenario: scenario, result: result, minors: engine.population.minors,
                                        vulnerable: engine.population.vulnerable, language: language)
            let t = ReportText(language: language)
            let matrices = doc.blocks.compactMap { block -> ([String], [[String]])? in
                if case .matrix(let header, let rows, _) = block { return (header, rows) }
                return nil
            }
            let (header, rows) = try #require(matrices.first)
            let assessed = result.strategies.filter(\.strategy.info.hasPrivacyFigures)
            #expect(header.dropFirst() == ArraySlice(assessed.map { loc($0.strategy.title, language) }))
            #expect(rows.count == catalogue.obligations.count)
            for (column, figures) in assessed.enumerated() {
                let facts = ComplianceFacts(figures: figures, scenario: scenario, minors: engine.population.minors,
                                            vulnerable: engine.population.vulnerable)
                for (i, status) in ComplianceAssessment.assess(figures, facts: facts, catalogue: catalogue).enumerated() {
                    let mark = switch status.state {
                    case .violated: t.violatedMark
                    case .applies: t.appliesMark
                    case .notApplicable: t.notApplicableMark
                    }
                    #expect(rows[i][0].hasPrefix(catalogue.obligations[i].citation.text(language)))
                    #expect(rows[i][column + 1] == mark, "\(name) \(language): \(catalogue.obligations[i].id) for \(figures.strategy)")
                }
            }
            // Every heading of the document is a section of the Markdown, in the document's language.
            for case .heading(2, let title) in doc.blocks { #expect(doc.markdown.contains("\n## " + title)) }
            if language == .de { #expect(doc.markdown.contains("Rechtsgrundlage") && !doc.markdown.contains("Legal basis")) }
        }
    }

    /// A scenario that compares three strategies gets a report about three, not six.
    /// With organic conversions the figures table shows what the campaign causes (MODEL.md §11.3),
    /// with the sure things the figures count; without them it is the v2 table.
    @Test(arguments: Language.allCases)
    func aReportShowsSureThingsWhereCustomersBuyAnyway(_ language: Language) throws {
        var scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named("bike-shop-sme")!.yaml, file: "bike").scaled(toCustomers: 3_000)
        for k in scenario.cohorts.indices { scenario.cohorts[k].organicRate = 0 }
        func headers(_ s: Scenario) -> [String] {
            let engine = Engine(scenario: s, threads: 2)
            let doc = AuditReport.build(scenario: s, result: engine.evaluate(rate: 0.4), minors: engine.population.minors,
                                        vulnerable: engine.population.vulnerable, language: language)
            for block in doc.blocks { if case .table(let h, _) = block, h.count > 8 { return h } }
            return []
        }
        let label = FigureCatalog.figure(.sureThings).label(language)
        #expect(!headers(scenario).contains(label))
        for k in scenario.cohorts.indices { scenario.cohorts[k].organicRate = 0.1 }
        let causal = headers(scenario)
        #expect(causal.contains(label) && causal.contains(FigureCatalog.figure(.expectedIncrementalProfitEUR).label(language)))
    }

    @Test(arguments: Language.allCases)
    func aReportCountsTheStrategiesItCompares(_ language: Language) throws {
        var scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named("bike-shop-sme")!.yaml, file: "bike").scaled(toCustomers: 5_000)
        scenario.strategies = [.broadcast, .segment, .oracle]
        let engine = Engine(scenario: scenario, threads: 2)
        let doc = AuditReport.build(scenario: scenario, result: engine.evaluate(rate: 0.4), minors: engine.population.minors,
                                    vulnerable: engine.population.vulnerable, language: language)
        let intro = try #require(doc.blocks.compactMap { block -> String? in
            if case .paragraph(let text) = block, text.contains(language == .de ? "Wege" : "ways") { return text }
            return nil
        }.first)
        #expect(intro.contains(language == .de ? "drei Wege" : "three ways"))
        #expect(!doc.markdown.contains(language == .de ? "sechs" : "six"))
        #expect(!doc.markdown.contains(loc("Personalised", language)) && !doc.markdown.contains(loc("Contextual", language)))
        scenario.strategies = [.segment]
        let one = AuditReport.build(scenario: scenario, result: Engine(scenario: scenario, threads: 2).evaluate(rate: 0.4), minors: 0, vulnerable: 0,
                                    language: language)
        #expect(one.markdown.contains(language == .de ? "einen Weg" : "one way"))
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
        // Every cited article links to its act's official text on EUR-Lex (issue 30).
        let gdpr = language == .de ? "DSGVO" : "GDPR"
        #expect(html.contains("<a href=\"https://eur-lex.europa.eu/eli/reg/2016/679/oj\">\(gdpr) Art. "))
        #expect(html.contains("<a href=\"https://eur-lex.europa.eu/eli/reg/2024/1689/oj\">"))
        // Markdown code spans become <code>, never literal backticks.
        #expect(!html.contains("`"))
        #expect(html.contains("<code>--consent 0.35</code>"))
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
        // Paper: A4, rows that do not split, headings kept with what follows, headers repeated on each page,
        // and whole tables allowed to break (a long matrix must not jump to a page of its own).
        let css = Self.cssRules(html)
        #expect(css["@page"]?["size"]?.hasPrefix("A4") == true)
        #expect(css["tr"]?["break-inside"] == "avoid" && css["li"]?["break-inside"] == "avoid")
        #expect(["h1", "h2", "h3"].allSatisfy { css[$0]?["break-after"] == "avoid" })
        #expect(css["thead"]?["display"] == "table-header-group")
        #expect(css["table"]?["break-inside"] != "avoid")
        // Realised and expected profit are both named as such.
        #expect(html.contains(loc("Expected profit", language)) && html.contains(loc("Realised profit", language)))
    }

    /// The declarations of every CSS rule in the page's style sheets, by selector ("tr, li { … }"
    /// gives both): what a rule means, whatever its spacing or order.
    static func cssRules(_ html: String) -> [String: [String: String]] {
        var rules: [String: [String: String]] = [:]
        for sheet in html.components(separatedBy: "<style>").dropFirst() {
            let css = sheet.components(separatedBy: "</style>")[0]
            for rule in css.components(separatedBy: "}") {
                let parts = rule.components(separatedBy: "{")
                guard parts.count >= 2 else { continue }
                // A nested block (@media print { tr { … }) keeps its innermost selector.
                let selectors = parts[parts.count - 2].components(separatedBy: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                for declaration in parts[parts.count - 1].components(separatedBy: ";") {
                    let pair = declaration.components(separatedBy: ":")
                    guard pair.count == 2 else { continue }
                    let key = pair[0].trimmingCharacters(in: .whitespacesAndNewlines), value = pair[1].trimmingCharacters(in: .whitespacesAndNewlines)
                    for selector in selectors where !selector.isEmpty { rules[selector, default: [:]][key] = value }
                }
            }
        }
        return rules
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
