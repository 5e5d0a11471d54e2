import Localization
import ScenarioKit

/// The facts about the business that decide which acts bind it, as one line for the top of the
/// obligations panel, the report and the lesson notes ("Online platform: no · Size: small · …").
public enum CompanyFacts {
    /// The line for `scenario` in `language`.
    public static func line(_ scenario: Scenario, _ language: Language) -> String {
        let c = scenario.company
        let platform = c.onlinePlatform ? (c.isVeryLargePlatform ? loc("yes, very large", language) : loc("yes", language)) : loc("no", language)
        let channel: String = switch scenario.campaign.channel {
        case .web: loc("web", language)
        case .app: loc("app", language)
        case .email: loc("e-mail", language)
        }
        let sector: String = switch c.sector {
        case .retail: loc("retail", language)
        case .streaming: loc("streaming", language)
        case .gambling: loc("gambling", language)
        case .other: loc("other", language)
        }
        // The compared strategies the scenario builds as AI systems.
        let systems = scenario.strategies.filter(c.isAISystem)
        let ai = systems.isEmpty ? loc("none", language) : systems.map { loc($0.title, language) }.joined(separator: ", ")
        return loc("Online platform: %1 · Size: %2 · Channel: %3 · Sector: %4 · AI systems (assumed): %5", language,
                   platform, loc(c.size.title, language), channel, sector, ai)
    }

    /// Where the firm learns and the scenario does not list its AI systems: why every learning
    /// strategy counts as one, and what it keeps (MODEL.md §1, §12.1); nil otherwise.
    public static func learningNote(_ scenario: Scenario, _ language: Language) -> String? {
        guard scenario.model.learning == .thompson, !scenario.company.aiSystemsGiven else { return nil }
        return loc("The strategies learn from feedback, so each is counted as an AI system: a bandit that infers from data which offer to show is arguably one under AI Act Art. 3(1), though close to the exclusion of simple prediction in the Commission's guidelines on the AI-system definition (Feb 2025); broadcast's one-cell bandit is the weakest case. A model assumption unless company.ai_systems lists the AI systems. Learning adds only aggregate counts per cell and offer, no record per customer; the personaliser keeps its profiles as before.", language)
    }
}
