import Foundation
import Testing
@testable import ScenarioKit

/// One case per validation rule: a one-line change to the valid fixture, the key path the
/// error must name and a fragment of its message.
struct RuleCase: CustomTestStringConvertible, Sendable {
    var old: String
    var new: String
    var path: String
    var fragment: String
    /// Whether JSON Schema can express the rule (cross-field rules such as unique names cannot).
    var schemaCanExpress = true
    var testDescription: String { "\(path): \(fragment)" }
}

let ruleCases: [RuleCase] = [
    .init(old: "name: Test shop", new: "name: \"\"", path: "name", fragment: "must not be empty"),
    .init(old: "name: Test shop", new: "name: [a]", path: "name", fragment: "expected text, got a list"),
    .init(old: "seed: 7", new: "seed: -1", path: "seed", fragment: "whole number ≥ 0"),
    .init(old: "seed: 7", new: "seed: 1.5", path: "seed", fragment: "whole number"),
    .init(old: "categories: [books, games, music]", new: "categories: [books]", path: "categories", fragment: "expected 2–32 category names, got 1"),
    .init(old: "categories: [books, games, music]", new: "categories: [books, games, books]", path: "categories[2]", fragment: "duplicate category"),
    .init(old: "categories: [books, games, music]", new: "categories: [books, any, games, music]", path: "categories[1]", fragment: "reserved"),
    .init(old: "categories: [books, games, music]", new: "categories: books", path: "categories", fragment: "expected a list"),
    .init(old: "relevance_weight: 1.0", new: "relevance_weight: -0.1", path: "model.relevance_weight", fragment: "from 0 to 100"),
    .init(old: "prior_strength: 4", new: "prior_strength: 0", path: "model.prior_strength", fragment: "> 0"),
    .init(old: "prior_strength: 4", new: "prior_strength: 4\n  interest_default: 0", path: "model.interest_default", fragment: "> 0"),
    .init(old: "prior_strength: 4", new: "prior_strength: 4\n  vulnerable_sensitivity: 0.5", path: "model.vulnerable_sensitivity", fragment: "from 1 to 100"),
    .init(old: "prior_strength: 4", new: "prior_strength: 4\n  exposure_half: 0", path: "model.exposure_half", fragment: "> 0"),
    .init(old: "prior_strength: 4", new: "prior_strength: 4\n  relevance: 1", path: "model.relevance", fragment: "did you mean \"relevance_weight\""),
    .init(old: "rate: 0.5", new: "rate: 1.01", path: "consent.rate", fragment: "from 0 to 1"),
    .init(old: "sweep: [0, 0.5, 1]", new: "sweep: [0, 2]", path: "consent.sweep[1]", fragment: "from 0 to 1"),
    .init(old: "sweep: [0, 0.5, 1]", new: "sweep: {from: 0.8, to: 0.2}", path: "consent.sweep", fragment: "must not be larger", schemaCanExpress: false),
    .init(old: "sweep: [0, 0.5, 1]", new: "sweep: {from: 0, to: 1, step: 0}", path: "consent.sweep.step", fragment: "in (0, 1]"),
    .init(old: "sweep: [0, 0.5, 1]", new: "sweep: {from: 0, to: 1, step: 0.0001}", path: "consent.sweep", fragment: "at most 1001", schemaCanExpress: false),
    .init(old: "sweep: [0, 0.5, 1]", new: "sweep: []", path: "consent.sweep", fragment: "expected 1–1001"),
    .init(old: "k: 5", new: "k: 0", path: "privacy.k", fragment: "from 1 to"),
    .init(old: "epsilon: null", new: "epsilon: 0", path: "privacy.epsilon", fragment: "> 0"),
    .init(old: "epsilon: null", new: "epsilon: 1\n  history_clip: 0", path: "privacy.history_clip", fragment: "from 1 to"),
    .init(old: "epsilon: null", new: "epsilon: 1\n  pseudonym_linkage: 1.2", path: "privacy.pseudonym_linkage", fragment: "from 0 to 1"),
    .init(old: "fallback: contextual", new: "fallback: contextuel", path: "privacy.fallback", fragment: "did you mean \"contextual\""),
    .init(old: "fallback: contextual", new: "fallback: contextual\n  protect_vulnerable: maybe", path: "privacy.protect_vulnerable", fragment: "true or false"),
    .init(old: "annual_turnover_eur: 1000000", new: "annual_turnover_eur: -5", path: "company.annual_turnover_eur", fragment: "from 0"),
    .init(old: "sme: true", new: "sme: 3", path: "company.sme", fragment: "true or false"),
    .init(old: "seed: 7", new: "seed: 7\nstrategies: [broadcast, personalised]", path: "strategies[1]", fragment: "did you mean \"personalized\""),
    .init(old: "seed: 7", new: "seed: 7\nstrategies: [broadcast, broadcast]", path: "strategies[1]", fragment: "listed twice"),
    .init(old: "seed: 7", new: "seed: 7\nstrategies: []", path: "strategies", fragment: "expected 1–6"),
    .init(old: "  - name: gamers", new: "  - name: readers", path: "cohorts[1].name", fragment: "duplicate cohort name", schemaCanExpress: false),
    .init(old: "size: 300", new: "size: -3", path: "cohorts[0].size", fragment: "whole number from 0"),
    .init(old: "size: 300", new: "size: 100000001", path: "cohorts[0].size", fragment: "from 0 to 100000000"),
    .init(old: "    size: 200\n", new: "    size: 99999900\n", path: "cohorts", fragment: "1 to 100,000,000", schemaCanExpress: false),
    .init(old: "\"<18\": 0.2", new: "\"<17\": 0.2", path: "cohorts[0].age_bands.<17", fragment: "did you mean \"<18\""),
    .init(old: "\"<18\": 0.2, \"25-34\": 0.8", new: "\"<18\": 0, \"25-34\": 0", path: "cohorts[0].age_bands", fragment: "more than 0", schemaCanExpress: false),
    .init(old: "\"<18\": 0.2", new: "\"<18\": -0.2", path: "cohorts[0].age_bands.<18", fragment: "≥ 0"),
    .init(old: "regions: {north: 1, south: 2}", new: "regions: {north: 0}", path: "cohorts[0].regions", fragment: "more than 0", schemaCanExpress: false),
    .init(old: "regions: {north: 1, south: 2}", new: "regions: {}", path: "cohorts[0].regions", fragment: "at least one region"),
    .init(old: "interests: {books: 2.0}", new: "interests: {bookz: 2.0}", path: "cohorts[0].interests.bookz", fragment: "did you mean \"books\"", schemaCanExpress: false),
    .init(old: "interests: {books: 2.0}", new: "interests: {books: 0}", path: "cohorts[0].interests.books", fragment: "> 0"),
    .init(old: "base_rate: 0.05", new: "base_rate: 0", path: "cohorts[0].base_rate", fragment: "in (0, 1)"),
    .init(old: "base_rate: 0.05", new: "base_rate: 0.05\n    base_spread: -1", path: "cohorts[0].base_spread", fragment: "from 0 to 10"),
    .init(old: "base_rate: 0.05", new: "base_rate: 0.05\n    incentive_sensitivity: -1", path: "cohorts[0].incentive_sensitivity", fragment: "from 0 to 100"),
    .init(old: "base_rate: 0.05", new: "base_rate: 0.05\n    history_mean: 5000", path: "cohorts[0].history_mean", fragment: "from 0 to 1000"),
    .init(old: "base_rate: 0.05", new: "base_rate: 0.05\n    consent_bias: -2", path: "cohorts[0].consent_bias", fragment: "from 0 to 1000"),
    .init(old: "vulnerable_share: 0.1", new: "vulnerable_share: 1.1", path: "cohorts[0].vulnerable_share", fragment: "from 0 to 1"),
    .init(old: "    size: 300\n", new: "", path: "cohorts[0].size", fragment: "is required"),
    .init(old: "  - name: Free game", new: "  - name: 10 % off", path: "offers[1].name", fragment: "duplicate offer name", schemaCanExpress: false),
    .init(old: "kind: voucher", new: "kind: coupon", path: "offers[1].kind", fragment: "unknown value \"coupon\""),
    .init(old: "category: games", new: "category: gaems", path: "offers[1].category", fragment: "did you mean \"games\"", schemaCanExpress: false),
    .init(old: "incentive: 0.3", new: "incentive: -0.3", path: "offers[1].incentive", fragment: "from 0 to 100"),
    .init(old: "value_eur: 25", new: "value_eur: -1", path: "offers[1].value_eur", fragment: "from 0 to 1e9"),
    .init(old: "cost_eur: 8", new: "cost_eur: 1e10", path: "offers[1].cost_eur", fragment: "from 0 to 1e9"),
    .init(old: "adult_only: true", new: "adult_only: \"true\"", path: "offers[1].adult_only", fragment: "true or false"),
    .init(old: "incentive: 0.3", new: "incentive: \"0.3\"", path: "offers[1].incentive", fragment: "got the quoted text"),
    .init(old: "incentive: 0.3", new: "incentive: .nan", path: "offers[1].incentive", fragment: "finite number"),
    .init(old: "incentive: 0.3", new: "incentive: .inf", path: "offers[1].incentive", fragment: "finite number"),
    .init(old: "value_eur: 25", new: "value_eur: -.Inf", path: "offers[1].value_eur", fragment: "finite number"),
    .init(old: "size: 300", new: "size: 1e400", path: "cohorts[0].size", fragment: "whole number"),
    .init(old: "size: 300", new: "size: 99999999999999999999999", path: "cohorts[0].size", fragment: "whole number"),
]

@Suite("One test per validation rule")
struct ValidationRuleTests {
    @Test(arguments: ruleCases)
    func ruleIsEnforced(_ rule: RuleCase) {
        let found = diagnostics(mutated(rule.old, rule.new))
        #expect(!found.isEmpty, "no error for \(rule.new)")
        let match = found.first { $0.path == rule.path && $0.message.contains(rule.fragment) }
        #expect(match != nil, "expected \(rule.path): …\(rule.fragment)…, got \(found.map(\.description))")
        if let match, rule.path != "cohorts" { #expect(match.line > 0 && match.column > 0, "no position: \(match)") }
    }

    @Test func requiredTopLevelKeys() {
        let d = diagnostics("description: nothing else\n")
        #expect(Set(d.map(\.path)) == ["name", "categories", "cohorts", "offers"])
    }

    @Test func topLevelMustBeAMapping() {
        let d = diagnostics("- a\n- b\n")
        #expect(d.count == 1 && d[0].message.contains("expected a mapping"))
    }

    @Test func tooManyRegionsAreRefused() {
        let regions = (0..<300).map { "r\($0): 1" }.joined(separator: ", ")
        let d = diagnostics(mutated("regions: {north: 1, south: 2}", "regions: {\(regions)}"))
        #expect(d.contains { $0.message.contains("at most 256") })
    }
}
