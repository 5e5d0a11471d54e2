import Foundation
import Testing
@testable import ScenarioKit

@Suite("Scenario loading")
struct ScenarioLoaderTests {
    @Test func validScenarioLoadsWithDefaults() throws {
        let s = try ScenarioLoader.load(yaml: validYAML, file: "t.yaml")
        #expect(s.name == "Test shop")
        #expect(s.seed == 7)
        #expect(s.categories == ["books", "games", "music"])
        #expect(s.totalCustomers == 500)
        #expect(s.model.interestDefault == 0.2)
        #expect(s.model.vulnerableSensitivity == 2.0)
        #expect(s.model.exposureHalf == 10)
        #expect(s.privacy.k == 5)
        #expect(s.privacy.epsilon == nil)
        #expect(s.privacy.historyClip == 20)
        #expect(s.privacy.pseudonymLinkage == 0.8)
        #expect(s.privacy.protectVulnerable)
        #expect(s.company.sme)
        #expect(s.strategies == StrategyName.allCases)
        #expect(s.consent.sweep == [0, 0.5, 1])
        let gamers = s.cohorts[1]
        #expect(gamers.ageBands == Cohort.defaultAgeBands)
        #expect(gamers.regions == [Weighted("all", 1)])
        #expect(gamers.baseSpread == 0.5 && gamers.incentiveSensitivity == 2 && gamers.historyMean == 5)
        #expect(gamers.consentBias == 1 && gamers.vulnerableShare == 0)
        #expect(gamers.dirichletAlpha(categories: s.categories, interestDefault: 0.2) == [0.2, 1.5, 0.5])
        #expect(s.offers[0].category == nil)
        #expect(s.offers[1].adultOnly)
        #expect(s.offers[1].margin == 17)
    }

    @Test func defaultSweepIsTenthSteps() throws {
        let s = try ScenarioLoader.load(yaml: mutated("  sweep: [0, 0.5, 1]\n", ""), file: "t")
        #expect(s.consent.sweep == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1])
    }

    @Test func sweepRangeIsRoundedAndInclusive() throws {
        let s = try ScenarioLoader.load(yaml: mutated("sweep: [0, 0.5, 1]", "sweep: {from: 0.2, to: 0.5, step: 0.1}"), file: "t")
        #expect(s.consent.sweep == [0.2, 0.3, 0.4, 0.5])
    }

    @Test func errorNamesFileLineColumnAndKeyPath() {
        let d = diagnostics(mutated("base_rate: 0.03", "base_rate: 1.5"), file: "shop.yaml")
        #expect(d.count == 1)
        #expect(d[0].path == "cohorts[1].base_rate")
        #expect(d[0].line == 29)
        #expect(d[0].column == 16)
        #expect(d[0].description == "shop.yaml:29:16: error: cohorts[1].base_rate: expected a number in (0, 1), got 1.5")
    }

    @Test func allErrorsOfAFileAreReported() {
        var yaml = mutated("base_rate: 0.03", "base_rate: -1")
        yaml = yaml.replacingOccurrences(of: "rate: 0.5", with: "rate: 2")
        yaml = yaml.replacingOccurrences(of: "k: 5", with: "k: 0")
        yaml = yaml.replacingOccurrences(of: "value_eur: 25", with: "valu_eur: 25")
        let paths = Set(diagnostics(yaml).map(\.path))
        #expect(paths.isSuperset(of: ["cohorts[1].base_rate", "consent.rate", "privacy.k", "offers[1].valu_eur", "offers[1].value_eur"]))
    }

    @Test func unknownKeyGetsDidYouMean() {
        let d = diagnostics(mutated("base_rate: 0.05", "bse_rate: 0.05"))
        #expect(d.contains { $0.path == "cohorts[0].bse_rate" && $0.message.contains("did you mean \"base_rate\"?") })
        #expect(d.contains { $0.path == "cohorts[0].base_rate" && $0.message == "is required" })
    }

    @Test func populationMustNotBeEmpty() {
        let yaml = mutated("size: 300", "size: 0").replacingOccurrences(of: "size: 200", with: "size: 0")
        let d = diagnostics(yaml)
        #expect(d.count == 1 && d[0].path == "cohorts" && d[0].message.contains("1 to 100,000,000 customers, got 0"))
    }

    @Test func unknownKeyWithoutNearMatchListsChoices() {
        let d = diagnostics(mutated("seed: 7", "seed: 7\nzzzzzz: 1"))
        #expect(d.count == 1)
        #expect(d[0].message.contains("expected one of name, description"))
    }

    @Test func mergeKeysApplyAndExplicitKeysWin() throws {
        let yaml = mutated("  - name: gamers\n    size: 200\n", "  - <<: {size: 999, base_spread: 0.9}\n    name: gamers\n    size: 200\n")
        let s = try ScenarioLoader.load(yaml: yaml, file: "t")
        #expect(s.cohorts[1].size == 200)
        #expect(s.cohorts[1].baseSpread == 0.9)
    }

    @Test func anchorsAndAliasesInValuesWork() throws {
        let yaml = mutated("    regions: {north: 1, south: 2}", "    regions: &r {north: 1, south: 2}")
            .replacingOccurrences(of: "    interests: {games: 1.5, music: 0.5}", with: "    regions: *r\n    interests: {games: 1.5, music: 0.5}")
        let s = try ScenarioLoader.load(yaml: yaml, file: "t")
        #expect(s.cohorts[1].regions == s.cohorts[0].regions)
    }

    @Test func scaledCohortsAddUpExactly() throws {
        let s = try ScenarioLoader.load(yaml: validYAML, file: "t")
        for total in [1, 2, 3, 7, 499, 500, 1001, 123_457] {
            let scaled = s.scaled(toCustomers: total)
            #expect(scaled.totalCustomers == total)
        }
        #expect(s.scaled(toCustomers: 1000).cohorts.map(\.size) == [600, 400])
    }
}
