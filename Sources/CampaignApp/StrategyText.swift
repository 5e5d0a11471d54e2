import ScenarioKit

/// Plain-language descriptions of what each strategy knows and does (docs/model.md in short).
public enum StrategyText {
    /// One line: the strategy's idea.
    public static func summary(_ s: StrategyName) -> String {
        switch s {
        case .broadcast: "One message for everyone"
        case .contextual: "Cookieless: the offer follows the page, not the person"
        case .segment: "k-anonymous segments of age band and region"
        case .personalized: "Consent-gated profiles on pseudonymised records"
        case .unconstrained: "Counterexample: everything the data allows, consent or not"
        case .oracle: "Ceiling: perfect knowledge of every customer"
        }
    }

    /// How the strategy decides.
    public static func decides(_ s: StrategyName) -> String {
        switch s {
        case .broadcast: "Shows every customer the offer with the best expected profit for the average customer. Minors get a second offer if the first is adults-only."
        case .contextual: "Leans the average interests toward the category of the page the visitor is on right now, then picks the most profitable offer for that guess."
        case .segment: "Pools the history of consenting adults in each age-band-and-region segment. A segment with at least k contributors gets an offer fitted to its statistics (with Laplace noise when ε is set); smaller segments get the broadcast offer. Minors get the fallback."
        case .personalized: "For consenting adults who are not vulnerable, builds a profile from their linked history, shrunk toward the average, and picks the offer that fits it. Everyone else gets the fallback."
        case .unconstrained: "Profiles every customer from their full history, ignoring consent, age and vulnerability; vulnerable customers get the strongest incentive. This is what the rules exist to prevent."
        case .oracle: "Knows each customer's true interests, base rate and sensitivity and picks the offer with the highest true expected profit. No real strategy can do better."
        }
    }

    /// What personal data it uses and what it stores.
    public static func data(_ s: StrategyName) -> String {
        switch s {
        case .broadcast: "Uses no personal data; stores nothing."
        case .contextual: "Uses one transient signal (the page category), not stored; no profile."
        case .segment: "Uses two data points (age band, region) where the segment has statistics; stores only the aggregate table."
        case .personalized: "Uses 2 + the linked events of each profiled customer; stores one pseudonymised record per profiled customer."
        case .unconstrained: "Uses 2 + every event of every customer; stores one identified record per customer."
        case .oracle: "Hypothetical: no privacy figures."
        }
    }
}
