import Foundation
import Testing
import Localization
@testable import CampaignCompliance
@testable import CampaignEngine
@testable import ScenarioKit

@Suite("Obligations catalogue and assessment")
struct ComplianceTests {
    @Test func shippedCatalogueIsCompleteAndDated() throws {
        let catalogue = ObligationCatalogue.shipped
        // Dated: a real day, and not one that has not come yet (the law "as of" a future day is a guess).
        let day = DateFormatter()
        day.dateFormat = "yyyy-MM-dd"
        day.timeZone = TimeZone(identifier: "UTC")
        let asOf = try #require(day.date(from: catalogue.asOf), "asOf \(catalogue.asOf) is not a yyyy-MM-dd date")
        #expect(asOf <= Date())
        let citations = catalogue.obligations.map(\.citation.en)
        for required in ["GDPR Art. 4(4)", "GDPR Art. 4(5)", "GDPR Art. 5(1)(c)", "GDPR Art. 5(1)(e)", "GDPR Art. 6(1)(a)", "GDPR Art. 6(1)(f)",
                         "GDPR Art. 7(3)", "GDPR Art. 6(1), 8", "GDPR Art. 9", "GDPR Arts. 13/14", "GDPR Art. 21(2)–(4)", "GDPR Art. 22", "GDPR Art. 25",
                         "GDPR Arts. 26, 28, 30", "GDPR Art. 35", "GDPR Art. 83(4)–(5)", "ePrivacy Art. 5(3)", "ePrivacy Art. 13",
                         "Consumer Rights Dir. 6(1)(ea)", "GlüStV 2021 § 5", "DSA Art. 26(1)(d)", "DSA Art. 26(3)", "DSA Art. 27",
                         "DSA Art. 28(2)", "DSA Art. 38", "DSA Art. 52(3)", "AI Act Art. 3(1)", "AI Act Art. 4", "AI Act Art. 5(1)(a)",
                         "AI Act Art. 5(1)(b)", "AI Act Art. 50", "AI Act Annex III", "AI Act Art. 99"] {
            #expect(citations.contains { $0.hasPrefix(required) }, "catalogue lacks \(required)")
        }
        for o in catalogue.obligations {
            for text in [o.title, o.summary, o.duty] {
                #expect(!text.en.isEmpty && !text.de.isEmpty, "\(o.id) lacks a translation")
                #expect(text.en != text.de || text.en.count < 12, "\(o.id): German text is a copy of the English")
            }
        }
    }

    @Test func catalogueRefusesUnknownConditionsMissingGermanAndUnknownKeys() throws {
        let good = """
        as_of: 2026-01-01
        large_scale_profiles: 500
        dpia_entry: x
        entries:
          - {id: x, citation: {en: X, de: Y}, law: L, applies_when: [always], title: {en: a, de: b}, summary: {en: a, de: b}, duty: {en: a, de: b}}
        """
        let parsed = try ObligationCatalogue(yaml: good)
        #expect(parsed.largeScaleProfiles == 500 && parsed.dpia.citation.de == "Y")
        let variants = [
            good.replacingOccurrences(of: "[always]", with: "[sometimes]"),
            good.replacingOccurrences(of: "duty: {en: a, de: b}", with: "duty: {en: a}"),
            good.replacingOccurrences(of: "law: L,", with: "law: L, lawyer: M,"),
            good.replacingOccurrences(of: "dpia_entry: x", with: "dpia_entry: y"),
            good.replacingOccurrences(of: "large_scale_profiles: 500\n", with: ""),
            good + "\nextra: 1",
        ]
        for bad in variants {
            #expect(throws: ObligationCatalogue.Invalid.self, "accepted:\n\(bad)") { try ObligationCatalogue(yaml: bad) }
        }
    }

    static func assess(_ scenarioName: String, at rate: Double? = nil) throws -> [StrategyName: [ObligationStatus]] {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named(scenarioName)!.yaml, file: scenarioName).scaled(toCustomers: 30_000)
        let engine = Engine(scenario: scenario, threads: 2)
        let result = engine.evaluate(rate: rate ?? scenario.consent.rate)
        var out: [StrategyName: [ObligationStatus]] = [:]
        for f in result.strategies {
            let facts = ComplianceFacts(figures: f, scenario: scenario, minors: engine.population.minors, vulnerable: engine.population.vulnerable)
            out[f.strategy] = ComplianceAssessment.assess(f, facts: facts)
        }
        return out
    }

    @Test(arguments: BuiltinScenarios.all.map(\.name))
    func compliantStrategiesViolateNothing(_ name: String) throws {
        let statuses = try Self.assess(name)
        for strategy in [StrategyName.broadcast, .contextual, .segment, .personalized] {
            #expect(statuses[strategy]!.allSatisfy { $0.state != .violated }, "\(name): \(strategy)")
        }
        #expect(statuses[.oracle]!.allSatisfy { $0.state == .notApplicable })
    }

    @Test func unconstrainedBreaksConsentMinorAndVulnerabilityRulesWithTheEnginesCaps() throws {
        let statuses = try Self.assess("igaming-first-deposit")
        let violated = Dictionary(uniqueKeysWithValues: statuses[.unconstrained]!.filter { $0.state == .violated }.map { ($0.obligation.id, $0.fineCapEUR) })
        // A gambling operator is no online platform: the GDPR's rules on children bind it, the DSA's do not.
        #expect(Set(violated.keys) == ["gdpr-6-1-a", "gdpr-8", "gdpr-9-register", "eprivacy-5-3", "ai-act-5-1-b"])
        // ePrivacy fines are national: no EU cap to show.
        #expect(violated["eprivacy-5-3"] == 0)
        #expect(violated["gdpr-6-1-a"] == 24_000_000)
        #expect(violated["ai-act-5-1-b"] == 42_000_000)
        // Every breach counts its people, every "not applicable" says why.
        for status in statuses.values.joined() {
            switch status.state {
            case .violated: #expect(status.people > 0 && status.breach != nil, "\(status.obligation.id)")
            case .notApplicable: #expect(status.reason != nil && !status.reasonText(.en).isEmpty && !status.reasonText(.de).isEmpty, "\(status.obligation.id)")
            case .applies: #expect(status.people == 0 && status.reason == nil)
            }
        }
    }

    @Test func theMarketplaceBreaksTheDSAWithSponsoredOffersToProfiledMinors() throws {
        let statuses = try Self.assess("fashion-welcome")
        let breach = try #require(statuses[.unconstrained]!.first { $0.obligation.id == "dsa-28-2" })
        #expect(breach.state == .violated && breach.breach == .minorsShownSponsored && breach.people > 0)
        // 6 % of €2 bn turnover: the DSA's cap, since a very large platform is bound by Art. 28(2).
        #expect(breach.fineCapEUR == 120_000_000)
        #expect(statuses[.personalized]!.first { $0.obligation.id == "dsa-38" }!.state == .applies)
    }

    @Test func broadcastOwesNoProfilingDutiesAndPersonalisedOwesConsentDuties() throws {
        let statuses = try Self.assess("fashion-welcome")
        func applying(_ s: StrategyName) -> Set<String> { Set(statuses[s]!.filter { $0.state != .notApplicable }.map(\.obligation.id)) }
        #expect(applying(.broadcast).isEmpty)
        #expect(applying(.personalized).isSuperset(of: ["gdpr-6-1-a", "gdpr-7-3", "eprivacy-5-3", "gdpr-35", "dsa-28-2", "dsa-26-1-d", "ai-act-4"]))
        #expect(!applying(.contextual).contains("gdpr-6-1-a"))
        // At consent 0 personalised profiles nobody, so consent duties fall away.
        let none = try Self.assess("fashion-welcome", at: 0)
        #expect(!Set(none[.personalized]!.filter { $0.state != .notApplicable }.map(\.obligation.id)).contains("gdpr-7-3"))
    }
}

/// Over weeks: storage limitation applies to every stored record, whatever the retention, and
/// the counterexample, keeping every event of everyone for the whole campaign, breaches it with or
/// without a limit (no limit is never better than one); erasure (Art. 17(1)(b)) is breached by the
/// counterexample, which goes on using the withdrawn customers' data.
@Suite("Obligations over weeks")
struct TimedObligationTests {
    /// The statuses of a timed fashion campaign (12 weeks, 5 % withdraw weekly) with `retention`.
    static func timedMatrix(retention: Int?) throws -> [String: String] {
        var scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named("fashion-welcome")!.yaml, file: "f").scaled(toCustomers: 10_000)
        scenario.campaign.weeks = 12
        scenario.consent.withdrawalWeekly = 0.05
        scenario.privacy.retentionWeeks = retention
        let result = WeeklyCampaign.sweep(scenario: scenario, rates: [0.5], threads: 2)![0]
        let minors = result.weeks[0][.unconstrained]!.privacy!.minorsProfiled
        let strategies: [StrategyName] = [.broadcast, .contextual, .segment, .personalized, .unconstrained]
        var rows: [String: String] = [:]
        for id in ["gdpr-5-1-e", "gdpr-7-3", "gdpr-17-1-b"] {
            let i = ObligationCatalogue.shipped.obligations.firstIndex { $0.id == id }!
            rows[id] = String(strategies.map { s -> Character in
                let f = result[s]!
                let status = ComplianceAssessment.assess(f, facts: ComplianceFacts(figures: f, scenario: scenario, minors: minors, vulnerable: 0))[i]
                if status.state == .violated { #expect(status.people > 0) }
                return ObligationVariantTests.mark(status.state)
            })
        }
        return rows
    }

    @Test func timedCampaign() throws {
        let expected = ["gdpr-5-1-e": "---aB", "gdpr-7-3": "---aa", "gdpr-17-1-b": "---aB"]
        #expect(try Self.timedMatrix(retention: 4) == expected)
        #expect(try Self.timedMatrix(retention: nil) == expected)
        #expect(try Self.timedMatrix(retention: 1) == expected)
    }
}

@Suite("Embedded catalogue")
struct EmbeddedCatalogueTests {
    @Test func embeddedCopyMatchesTheReviewedFile() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("compliance/obligations.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text == EmbeddedCatalogue.yaml + "\n" || text == EmbeddedCatalogue.yaml, "run scripts/embed-scenarios")
    }
}
