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
        for required in ["GDPR Art. 4(4)", "GDPR Art. 5(1)(c)", "GDPR Art. 6(1)(a)", "GDPR Art. 6(1)(f)", "GDPR Art. 7(3)",
                         "GDPR Art. 9", "GDPR Arts. 13/14", "GDPR Art. 21(2)–(4)", "GDPR Art. 22", "GDPR Art. 25", "GDPR Art. 35",
                         "GDPR Art. 83(4)–(5)", "ePrivacy Directive Art. 5(3)", "DSA Art. 26(1)(d)", "DSA Art. 26(3)", "DSA Art. 28(2)",
                         "DSA Art. 52(3)", "AI Act Art. 4", "AI Act Art. 5(1)(a)", "AI Act Art. 5(1)(b)", "AI Act Art. 50",
                         "AI Act Annex III", "AI Act Art. 99"] {
            #expect(citations.contains(required), "catalogue lacks \(required)")
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
        let violated = Dictionary(uniqueKeysWithValues: statuses[.unconstrained]!.filter { $0.state == .violated }.map { ($0.obligation.citation.en, $0.fineCapEUR) })
        #expect(Set(violated.keys) == ["GDPR Art. 6(1)(a)", "ePrivacy Directive Art. 5(3)", "DSA Art. 28(2)", "AI Act Art. 5(1)(b)"])
        // ePrivacy fines are national: no EU cap to show.
        #expect(violated["ePrivacy Directive Art. 5(3)"] == 0)
        #expect(violated["GDPR Art. 6(1)(a)"] == 24_000_000)
        #expect(violated["DSA Art. 28(2)"] == 36_000_000)
        #expect(violated["AI Act Art. 5(1)(b)"] == 42_000_000)
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

/// The whole matrix, reviewed by hand against what each strategy does (issue 16, item 13):
/// for each obligation, broadcast, contextual, segment, personalised, unconstrained as
/// "-" (does not apply), "a" (applies, no breach seen) or "B" (breached).
@Suite("Obligation matrix")
struct ObligationMatrixTests {
    /// Shared by both scenarios: the rows that do not depend on vulnerable customers.
    static let common: [String: String] = [
        "gdpr-4-4": "---aa",      // profiling: only the two strategies with per-person profiles
        "gdpr-5-1-c": "--aaa",    // any personal data (segment uses age band and region)
        "gdpr-5-1-e": "-----",    // one-shot campaigns hold nothing from week to week
        "gdpr-17-1-b": "-----",   // nobody withdraws in a one-shot campaign
        "gdpr-6-1-a": "---aB",    // the counterexample profiles people who did not consent
        "gdpr-6-1-f": "--aaa",
        "gdpr-7-3": "---aa",      // whoever profiles must honour withdrawals, the counterexample too
        "gdpr-9": "---aa",
        "gdpr-13-14": "--aaa",
        "gdpr-21-2-3": "--aaa",
        "gdpr-22": "--aaa",       // a GDPR right: contextual uses no personal data
        "gdpr-25": "--aaa",
        "gdpr-35": "---aa",
        "gdpr-83": "--aaa",       // GDPR fines follow GDPR processing
        "eprivacy-5-3": "---aB",  // the counterexample tracks everyone's device without consent
        "dsa-26-1-d": "-aaaa",    // every targeted ad needs its "why"; broadcast targets nobody
        "dsa-26-3": "---aa",
        "dsa-28-2": "---aB",      // both scenarios have minors; only the counterexample profiles them
        "dsa-52-3": "---aa",
        "ai-act-4": "-aaaa",
        "ai-act-5-1-a": "-aaaa",
        "ai-act-50": "-aaaa",
        "ai-act-annex-iii": "-aaaa",
        "ai-act-99": "-aaaa",
        "ai-act-dates": "-aaaa",
    ]

    static func matrix(_ name: String) throws -> [String: String] {
        let statuses = try ComplianceTests.assess(name)
        let strategies: [StrategyName] = [.broadcast, .contextual, .segment, .personalized, .unconstrained]
        return Dictionary(uniqueKeysWithValues: ObligationCatalogue.shipped.obligations.indices.map { i in
            (ObligationCatalogue.shipped.obligations[i].id, String(strategies.map { s -> Character in
                switch statuses[s]![i].state { case .notApplicable: "-"; case .applies: "a"; case .violated: "B" }
            }))
        })
    }

    @Test func fashion() throws {
        var expected = Self.common
        expected["ai-act-5-1-b"] = "-----"  // no vulnerable customers in the fashion scenario
        #expect(try Self.matrix("fashion-welcome") == expected)
    }

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
                let state = ComplianceAssessment.assess(f, facts: ComplianceFacts(figures: f, scenario: scenario, minors: minors, vulnerable: 0))[i].state
                switch state { case .notApplicable: return "-"; case .applies: return "a"; case .violated: return "B" }
            })
        }
        return rows
    }

    /// Over weeks: storage limitation applies to whoever holds records for more than a week and is
    /// breached by the counterexample once a limit is set; withdrawal and erasure are breached by
    /// the counterexample, which goes on using the withdrawn customers' data.
    @Test func timedCampaign() throws {
        #expect(try Self.timedMatrix(retention: 4) == ["gdpr-5-1-e": "---aB", "gdpr-7-3": "---aB", "gdpr-17-1-b": "---aB"])
        #expect(try Self.timedMatrix(retention: nil) == ["gdpr-5-1-e": "---aa", "gdpr-7-3": "---aB", "gdpr-17-1-b": "---aB"])
        // A one-week window keeps nothing past its week; the counterexample still keeps everything.
        #expect(try Self.timedMatrix(retention: 1) == ["gdpr-5-1-e": "----B", "gdpr-7-3": "---aB", "gdpr-17-1-b": "---aB"])
    }

    @Test func igaming() throws {
        var expected = Self.common
        expected["ai-act-5-1-b"] = "-aaaB"  // vulnerable players present; only the counterexample contacts them
        #expect(try Self.matrix("igaming-first-deposit") == expected)
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
