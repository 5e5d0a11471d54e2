import Testing
@testable import CampaignApp
import Lessons
@testable import ScenarioKit

/// The parameters screen, a lesson's settings and a command-line option apply a dial alike: the same
/// value, and the same ranges left for plausible worlds (the dial catalogue's one rule).
@Suite("Dials apply alike everywhere")
struct DialAgreementTests {
    /// A shipped scenario with ranges on consent, withdrawal, relevance and linkage.
    static func scenario() throws -> Scenario {
        var s = try ScenarioLoader.load(yaml: BuiltinScenarios.named("newsletter-weeks")!.yaml, file: "newsletter-weeks")
        s.uncertain += [ParameterRange(target: .relevanceWeight, path: "model.relevance_weight", low: 0.13, mode: nil, high: 1.2),
                        ParameterRange(target: .pseudonymLinkage, path: "privacy.pseudonym_linkage", low: 0.5, mode: nil, high: 1)]
        return s
    }

    @Test(arguments: Dial.allCases)
    func everyPathGivesTheSameScenario(_ dial: Dial) throws {
        let base = try Self.scenario()
        // Set it to its own central value (the hard case: nothing moves, yet it was set) and to a step away.
        for value in [dial.value(in: base), dial.step(dial.value(in: base), 1)] {
            var viaCatalogue = base
            dial.apply(value, to: &viaCatalogue)
            var parameters = Parameters(scenario: base)
            parameters[dial] = value
            let viaScreen = parameters.apply(to: base)
            #expect(viaScreen.uncertain.map(\.target) == viaCatalogue.uncertain.map(\.target), "\(dial) = \(value): screen")
            #expect(dial.value(in: viaScreen) == value)
            if dial.lessonName != nil {
                var settings = LessonSettings()
                settings.values[dial] = value
                let viaLesson = settings.apply(to: base)
                #expect(viaLesson.uncertain.map(\.target) == viaCatalogue.uncertain.map(\.target), "\(dial) = \(value): lesson")
                #expect(dial.value(in: viaLesson) == value)
            }
            if let target = dial.rangeTarget { #expect(!viaCatalogue.uncertain.contains { $0.target == target }) }
        }
    }

    @Test func dialsNobodySetKeepTheirRanges() throws {
        let base = try Self.scenario()
        #expect(Parameters(scenario: base).apply(to: base).uncertain.map(\.target) == base.uncertain.map(\.target))
        #expect(LessonSettings().apply(to: base).uncertain.map(\.target) == base.uncertain.map(\.target))
    }
}
