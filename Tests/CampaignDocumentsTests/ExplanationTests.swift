import Testing
import Localization
@testable import CampaignDocuments
@testable import CampaignEngine
@testable import ScenarioKit

/// Explanations say no more than the data shows (issues 16.6 and 19): "mostly" only for a
/// majority, no favourite on a tie, and why an offer outside the leading category was chosen.
@Suite("Explanations")
struct ExplanationTests {
    @Test func profilesAreDescribedNoStrongerThanTheyAre() {
        #expect(ProfileSummary([3, 1, 0]).isMajority)
        #expect(!ProfileSummary([1, 1, 1]).isMajority && ProfileSummary([1, 1, 1]).leading == nil)
        #expect(ProfileSummary([2, 1, 1, 1]).leading == 0 && !ProfileSummary([2, 1, 1, 1]).isMajority)
        #expect(ProfileSummary([0, 0]).total == 0 && ProfileSummary([0, 0]).leading == nil)
    }

    /// MODEL.md §11: the explanation says "sure thing" exactly for contacted customers who would
    /// have bought anyway, in both languages, and never in a scenario without organic conversions.
    @Test func sureThingsAreToldSo() throws {
        var scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named("bike-shop-sme")!.yaml, file: "b").scaled(toCustomers: 3_000)
        for k in scenario.cohorts.indices { scenario.cohorts[k].organicRate = 0 }
        let plain = Engine(scenario: scenario, threads: 2)
        let plainResult = plain.evaluate(rate: 0.5)
        for k in scenario.cohorts.indices { scenario.cohorts[k].organicRate = 0.2 }
        let engine = Engine(scenario: scenario, threads: 2)
        let result = engine.evaluate(rate: 0.5)
        var told = 0
        for id in stride(from: 0, to: 3_000, by: 3) {
            let inspection = engine.inspect(customer: id, result: result)
            for strategy in [StrategyName.broadcast, .personalized, .unconstrained] {
                let contacted = inspection.decision(strategy)?.offer != nil
                let en = Explanation(inspection, strategy: strategy, scenario: scenario, language: .en).mainParameters
                let de = Explanation(inspection, strategy: strategy, scenario: scenario, language: .de).mainParameters
                #expect(en.contains("sure thing") == (contacted && inspection.buysAnyway), "customer \(id) \(strategy)")
                #expect(de.contains("sicherer Kauf") == en.contains("sure thing"))
                if en.contains("sure thing") { told += 1 }
                let before = Explanation(plain.inspect(customer: id, result: plainResult), strategy: strategy, scenario: plain.scenario, language: .en)
                #expect(!before.mainParameters.contains("sure thing"))
            }
        }
        #expect(told > 50)
    }

    @Test func everyProfiledExplanationMatchesItsOffer() throws {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named("fashion-welcome")!.yaml, file: "f").scaled(toCustomers: 6_000)
        let engine = Engine(scenario: scenario, threads: 2)
        let result = engine.evaluate(rate: 0.8)
        var mismatches = 0, noFavourite = 0, mostly = 0, leading = 0
        for id in stride(from: 0, to: 6_000, by: 7) {
            let inspection = engine.inspect(customer: id, result: result)
            guard let d = inspection.decision(.personalized), d.profiled, let o = d.offer else { continue }
            let e = Explanation(inspection, strategy: .personalized, scenario: scenario, language: .en)
            let profile = ProfileSummary(inspection.customer.linkedHistory(categories: scenario.categories.count))
            if profile.total == 0 {
                #expect(e.mainParameters.contains("average interests of all customers chose the offer"))
            } else if let top = profile.leading {
                if profile.isMajority { mostly += 1; #expect(e.mainParameters.contains("mostly")) } else {
                    leading += 1
                    #expect(e.mainParameters.contains("most often") && !e.mainParameters.contains("mostly"))
                }
                let category = scenario.offers[o].category
                if category != nil && category != scenario.categories[top] {
                    mismatches += 1
                    #expect(e.mainParameters.contains("not in your most frequent category"), "\(e.mainParameters)")
                }
            } else {
                noFavourite += 1
                #expect(e.mainParameters.contains("no clear favourite") && !e.mainParameters.contains("mostly"))
            }
        }
        // The sample holds every case the wording distinguishes.
        #expect(mismatches > 0 && noFavourite > 0 && mostly > 0 && leading > 0, "\(mismatches) \(noFavourite) \(mostly) \(leading)")
    }

    /// English and German say the same thing: names are compared in one language per scenario, so
    /// a translated category list can never make a fitting offer read as "not in your most frequent
    /// category" (it did in German for every profiled customer).
    @Test(arguments: BuiltinScenarios.all.map(\.name))
    func bothLanguagesAgreeOnWhetherTheOfferFits(_ name: String) throws {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named(name)!.yaml, file: name).scaled(toCustomers: 3_000)
        let german = scenario.localized(.de)
        // Every offer's category is one of the (translated) categories.
        #expect(german.offers.allSatisfy { $0.category.map(german.categories.contains) ?? true })
        let engine = Engine(scenario: scenario, threads: 2)
        let result = engine.evaluate(rate: 0.8)
        var compared = 0
        for id in stride(from: 0, to: 3_000, by: 11) {
            let inspection = engine.inspect(customer: id, result: result)
            guard inspection.decision(.personalized)?.profiled == true else { continue }
            let en = Explanation(inspection, strategy: .personalized, scenario: scenario.localized(.en), language: .en)
            let de = Explanation(inspection, strategy: .personalized, scenario: german, language: .de)
            #expect(en.mainParameters.contains(ExplainText(language: .en).notLeadingCategory)
                    == de.mainParameters.contains(ExplainText(language: .de).notLeadingCategory), "customer \(id)")
            compared += 1
        }
        #expect(compared > 0)
    }

    /// A suppressed customer is not "no personal data": the list is named, with its legal basis.
    @Test(arguments: [("igaming-first-deposit", "Art. 6(1)(c)"), ("fashion-welcome", "Art. 6(1)(f)")])
    func theSuppressionListIsProcessingWithABasis(_ name: String, _ basis: String) throws {
        var scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named(name)!.yaml, file: name).scaled(toCustomers: 8_000)
        if scenario.cohorts.allSatisfy({ $0.vulnerableShare == 0 }) { scenario.cohorts[0].vulnerableShare = 0.2 }
        scenario.privacy.protectVulnerable = true
        let engine = Engine(scenario: scenario, threads: 2)
        let result = engine.evaluate(rate: 0.5)
        var seen = 0
        for id in 0..<8_000 {
            let inspection = engine.inspect(customer: id, result: result)
            guard inspection.choices.suppressed else { continue }
            seen += 1
            for strategy in [StrategyName.broadcast, .contextual, .segment, .personalized] {
                for language in Language.allCases {
                    let e = Explanation(inspection, strategy: strategy, scenario: scenario, language: language)
                    #expect(e.legalBasis.contains(basis), "\(name) \(strategy) \(language): \(e.legalBasis)")
                    #expect(!e.dataUsed.isEmpty && !e.legalBasis.contains("no personal data") && !e.legalBasis.contains("keine personenbezogenen"))
                }
            }
            if seen == 5 { break }
        }
        #expect(seen == 5, "\(name): too few suppressed customers to check")
    }
}
