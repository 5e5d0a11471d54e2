import Testing
import Localization
@testable import CampaignCompliance
@testable import CampaignEngine
@testable import ScenarioKit

/// Who the business is, and who its customers are: one row of the actor table.
struct ActorVariant: CustomStringConvertible, Sendable {
    var platform = false
    var veryLarge = false
    var size = EnterpriseSize.large
    var channel = Channel.web
    var gambling = false
    var minors = true
    var vulnerable = true

    var description: String {
        "\(platform ? veryLarge ? "VLOP" : "platform" : "shop") \(size.rawValue) \(channel.rawValue)\(gambling ? " gambling" : "")"
            + "\(minors ? " minors" : "")\(vulnerable ? " vulnerable" : "")"
    }

    /// Every actor the law tells apart: not a platform, a platform of each size class, a very
    /// large platform that is small (Art. 19 does not exempt it), on the web and by e-mail, in
    /// gambling or not, with and without minors and vulnerable customers.
    static let all: [ActorVariant] = {
        var out: [ActorVariant] = []
        let actors: [(Bool, Bool, EnterpriseSize)] = [(false, false, .large), (false, false, .micro)]
            + EnterpriseSize.allCases.map { (true, false, $0) } + [(true, true, .small), (true, true, .large)]
        for (platform, veryLarge, size) in actors {
            for channel in [Channel.web, .email] {
                for gambling in [false, true] {
                    for (minors, vulnerable) in [(true, true), (false, false), (true, false), (false, true)] {
                        out.append(ActorVariant(platform: platform, veryLarge: veryLarge, size: size, channel: channel,
                                                gambling: gambling, minors: minors, vulnerable: vulnerable))
                    }
                }
            }
        }
        return out
    }()
}

/// The expected status of every obligation for every strategy across actor variants: the law's
/// scope written out from ../shared/FACTS.md §6 and MODEL.md §5, independent of the catalogue's
/// condition vocabulary. Each value reads broadcast, contextual, segment, personalised,
/// unconstrained as "-" (not applicable), "a" (applies, no breach) or "B" (breached).
@Suite("Obligation status across actor variants")
struct ObligationVariantTests {
    static func mark(_ state: ObligationStatus.State) -> Character {
        switch state { case .notApplicable: "-"; case .applies: "a"; case .violated: "B" }
    }

    /// A small fixture with an own bonus, a partner's sponsored promotion strong enough that the
    /// counterexample picks it for profiled minors, and an adults-only offer.
    static func scenario(_ v: ActorVariant) throws -> Scenario {
        let ages = v.minors ? #"{"<18": 0.2, "25-34": 0.8}"# : #"{"25-34": 1}"#
        let yaml = """
        name: variants
        seed: 7
        categories: [a, b]
        consent: {rate: 0.5}
        privacy: {k: 2}
        company:
          annual_turnover_eur: 1_000_000_000
          size: \(v.size.rawValue)
          online_platform: \(v.platform)
          very_large_platform: \(v.veryLarge)
          sector: \(v.gambling ? "gambling" : "retail")
        campaign: {channel: \(v.channel.rawValue)}
        cohorts:
          - {name: c, size: 3000, age_bands: \(ages), interests: {a: 2, b: 1}, base_rate: 0.05, vulnerable_share: \(v.vulnerable ? 0.1 : 0)}
        offers:
          - {name: own, category: any, incentive: 0.1, value_eur: 30, cost_eur: 5}
          - {name: partner promo, category: a, incentive: 1.5, value_eur: 30, cost_eur: 5, sponsored: true}
          - {name: adults only, category: b, incentive: 0.2, value_eur: 30, cost_eur: 5, adult_only: true}
        """
        return try ScenarioLoader.load(yaml: yaml, file: "variants")
    }

    /// The expected row of every obligation for `v`.
    static func expected(_ v: ActorVariant) -> [String: String] {
        let email = v.channel == .email
        // The DSA's platform rules: online platforms only, Art. 19 exempting micro and small ones unless very large.
        let dsa = v.platform && (v.veryLarge || (v.size != .micro && v.size != .small))
        // Personal data: segment, personalised, the counterexample; on e-mail everyone (the address),
        // and everyone with a suppression list of vulnerable customers to check.
        let personal = email || v.vulnerable ? "aaaaa" : "--aaa"
        // Profiling (Art. 4(4)): segment by age band and region, the profiles; on e-mail contextual's tracked click too.
        let evaluates = email ? "-aaaa" : "--aaa"
        let selects = "-aaaa"   // every strategy but broadcast selects offers automatically
        return [
            "gdpr-4-4": evaluates,
            "gdpr-4-5": "---a-",
            "gdpr-5-1-c": personal,
            "gdpr-5-1-e": "---aa",       // one-shot: records stored, the counterexample's breach needs weeks
            "gdpr-6-1-a": "---aB",
            // Segment's targeting rests on legitimate interests, personalised's on consent; on e-mail
            // so does contextual's choice from a tracked click.
            "gdpr-6-1-f": email ? "-aa--" : "--a--",
            "gdpr-7-3": "---aa",         // using data after a withdrawal is counted under Art. 17(1)(b)
            "gdpr-8": v.minors ? (email ? "-aaaB" : "--aaB") : "-----",
            "gdpr-9": "---aa",
            "gdpr-9-register": v.gambling && v.vulnerable ? "aaaaB" : "-----",
            "suppression-list": v.vulnerable ? "aaaa-" : "-----",
            "age-gate": "aaaaa",
            "gdpr-13-14": personal,
            "gdpr-17-1-b": "-----",
            "gdpr-21-2-3": personal,
            "gdpr-22": email || v.vulnerable ? "-aaaa" : "--aaa",
            "gdpr-25": personal,
            "gdpr-28-30": personal,
            "gdpr-35": evaluates,          // every profiling strategy screens; the report says where a DPIA is indicated
            "gdpr-83": personal,
            "eprivacy-5-3": email ? "-aaaB" : "--aaB",
            "eprivacy-13": email ? "aaaaa" : "-----",
            "crd-6-1-ea": "---aa",
            "glustv-5": v.gambling ? "aaaaa" : "-----",
            "dsa-26-1-d": dsa ? selects : "-----",
            "dsa-26-3": dsa ? evaluates : "-----",
            "dsa-27": dsa ? selects : "-----",
            "dsa-28-2": dsa && v.minors ? (email ? "-aaaB" : "--aaB") : "-----",
            "dsa-38": v.platform && v.veryLarge ? selects : "-----",
            "dsa-52-3": dsa ? selects : "-----",   // the fines back Arts. 26-28 and 38 alike
            // The AI Act only for the strategies built as AI systems (the default: personalised, the counterexample).
            "ai-act-3-1": "---aa",
            "ai-act-4": "---aa",
            "ai-act-5-1-a": "---aa",
            // Age is a vulnerability Art. 5(1)(b) names: it applies where minors are present, breached only for vulnerable customers contacted.
            "ai-act-5-1-b": v.vulnerable ? "---aB" : v.minors ? "---aa" : "-----",
            "ai-act-50": "---aa",
            "ai-act-annex-iii": "---aa",
            "ai-act-99": "---aa",
            "ai-act-dates": "---aa",
        ]
    }

    @Test(arguments: ActorVariant.all)
    func everyObligationForEveryStrategy(_ v: ActorVariant) throws {
        let scenario = try Self.scenario(v)
        let engine = Engine(scenario: scenario, threads: 1)
        let result = engine.evaluate(rate: 0.5)
        let strategies: [StrategyName] = [.broadcast, .contextual, .segment, .personalized, .unconstrained]
        let catalogue = ObligationCatalogue.shipped
        var statuses: [StrategyName: [ObligationStatus]] = [:]
        for f in result.strategies {
            statuses[f.strategy] = ComplianceAssessment.assess(f, facts: ComplianceFacts(figures: f, scenario: scenario, minors: engine.population.minors,
                                                                                          vulnerable: engine.population.vulnerable))
        }
        let expected = Self.expected(v)
        #expect(Set(expected.keys) == Set(catalogue.obligations.map(\.id)), "the table covers every entry")
        for (i, obligation) in catalogue.obligations.enumerated() {
            let row = String(strategies.map { Self.mark(statuses[$0]![i].state) })
            #expect(row == expected[obligation.id], "\(v): \(obligation.id)")
        }
        for status in statuses.values.joined() {
            switch status.state {
            case .violated: #expect(status.people > 0, "\(v): \(status.obligation.id) breached with nobody concerned")
            case .notApplicable: #expect(!status.reasonText(.en).isEmpty && !status.reasonText(.de).isEmpty, "\(v): \(status.obligation.id) gives no reason")
            case .applies: #expect(status.people == 0)
            }
        }
        // The oracle is a ceiling: nothing applies to it, and it says so.
        #expect(statuses[.oracle]!.allSatisfy { $0.state == .notApplicable && $0.reason != nil })
        // MODEL.md §14: no DSA cap where the DSA does not bind; no AI Act cap for a strategy not listed.
        let dsa = v.platform && (v.veryLarge || (v.size != .micro && v.size != .small))
        for f in result.strategies where f.strategy != .oracle {
            if !dsa { #expect(f.privacy!.fineCaps.dsaArt52_3 == 0) }
            if !scenario.company.isAISystem(f.strategy) { #expect(f.privacy!.fineCaps.aiActArt99_3 == 0) }
        }
    }

    /// The reasons name the rule that keeps an act off the business.
    @Test func reasonsNameWhyAnActDoesNotBind() throws {
        func reason(_ v: ActorVariant, _ id: String, _ strategy: StrategyName = .personalized) throws -> String {
            let scenario = try Self.scenario(v)
            let engine = Engine(scenario: scenario, threads: 1)
            let f = engine.evaluate(rate: 0.5)[strategy]!
            let statuses = ComplianceAssessment.assess(f, facts: ComplianceFacts(figures: f, scenario: scenario, minors: engine.population.minors,
                                                                                vulnerable: engine.population.vulnerable))
            return statuses.first { $0.obligation.id == id }!.reasonText(.en)
        }
        #expect(try reason(ActorVariant(), "dsa-28-2").contains("not an online platform (DSA Art. 3(i))"))
        #expect(try reason(ActorVariant(platform: true, size: .small), "dsa-28-2").contains("Art. 19"))
        #expect(try reason(ActorVariant(platform: true), "dsa-38").contains("very large online platform"))
        #expect(try reason(ActorVariant(), "ai-act-4", .contextual).contains("company.ai_systems"))
        #expect(try reason(ActorVariant(), "eprivacy-13").contains("not sent by e-mail"))
        #expect(try reason(ActorVariant(), "glustv-5").contains("gambling"))
    }

    /// The old wrong texts are gone: the catalogue no longer says what the review found untrue.
    @Test func theCatalogueNoLongerTeachesTheOldErrors() {
        let text = ObligationCatalogue.shipped.obligations.map { [$0.summary.en, $0.duty.en, $0.summary.de, $0.duty.de].joined(separator: " ") }
            .joined(separator: " ")
        #expect(!text.contains("The EDPB holds"))
        #expect(!text.contains("a shop on its own site follows it as good practice"))
        #expect(!text.contains("is the textbook case"))
        #expect(!text.contains("must ensure, as far as possible"))
        #expect(!text.contains("Recital 71"))
        let dsa282 = ObligationCatalogue.shipped.obligations.first { $0.id == "dsa-28-2" }!
        #expect(dsa282.summary.en.contains("Art. 28(3)"))
    }
}
