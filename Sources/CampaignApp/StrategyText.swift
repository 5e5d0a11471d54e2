import Localization
import ScenarioKit

/// Plain-language descriptions of what each strategy knows and does (docs/model.md in short).
public enum StrategyText {
    /// One line: the strategy's idea.
    public static func summary(_ s: StrategyName) -> String {
        switch s {
        case .broadcast: loc("One message for everyone", .en)
        case .contextual: loc("Cookieless: the offer follows the page, not the person", .en)
        case .segment: loc("k-anonymous segments of age band and region", .en)
        case .personalized: loc("Consent-gated profiles on pseudonymised records", .en)
        case .unconstrained: loc("Counterexample: everything the data allows, consent or not", .en)
        case .oracle: loc("Ceiling: perfect knowledge of every customer", .en)
        }
    }

    /// How the strategy decides.
    public static func decides(_ s: StrategyName) -> String {
        switch s {
        case .broadcast: loc("Shows every customer the offer with the best expected profit for the average customer. Minors get a second offer if the first is adults-only.", .en)
        case .contextual: loc("Leans the average interests toward the category of the page the visitor is on right now, then picks the most profitable offer for that guess.", .en)
        case .segment: loc("Pools the history of consenting adults in each age-band-and-region segment. A segment with at least k contributors gets an offer fitted to its statistics (with Laplace noise when ε is set); smaller segments get the broadcast offer. Minors get the fallback.", .en)
        case .personalized: loc("For consenting adults who are not vulnerable, builds a profile from their linked history, shrunk toward the average, and picks the offer that fits it. Everyone else gets the fallback.", .en)
        case .unconstrained: loc("Profiles every customer from their full history, ignoring consent, age and vulnerability; vulnerable customers get the strongest incentive. This is what the rules exist to prevent.", .en)
        case .oracle: loc("Knows each customer's true interests, base rate and sensitivity and picks the offer with the highest true expected profit. No real strategy can do better.", .en)
        }
    }

    /// What personal data it uses and what it stores.
    public static func data(_ s: StrategyName) -> String {
        switch s {
        case .broadcast: loc("Uses no personal data; stores nothing.", .en)
        case .contextual: loc("Uses one transient signal (the page category), not stored; no profile.", .en)
        case .segment: loc("Uses two data points (age band, region) where the segment has statistics; stores only the aggregate table.", .en)
        case .personalized: loc("Uses 2 + the linked events of each profiled customer; stores one pseudonymised record per profiled customer.", .en)
        case .unconstrained: loc("Uses 2 + every event of every customer; stores one identified record per customer.", .en)
        case .oracle: loc("Hypothetical: no privacy figures.", .en)
        }
    }
}
