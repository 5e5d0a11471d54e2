import ScenarioKit

/// Statutory maximum fines a strategy's violations expose the company to (MODEL.md §5).
///
/// These are the ceilings the law allows, not predictions of what an authority would impose.
public struct FineCaps: Sendable, Equatable {
    /// GDPR Art. 83(5): processing without a lawful basis — max(€20 M, 4 % of turnover).
    public var gdprArt83_5: Double
    /// DSA Art. 52(3): profiling-based advertisements to minors (Art. 28(2)) — 6 % of turnover.
    public var dsaArt52_3: Double
    /// AI Act Art. 99(3): exploiting vulnerabilities (Art. 5(1)(b)) — max(€35 M, 7 %), for an SME
    /// (and, as amended, a small mid-cap) the lower (Art. 99(6)).
    public var aiActArt99_3: Double

    /// The caps for `strategy`'s violation counts, each only where its act binds the business
    /// (MODEL.md §5): the DSA's only for an online platform its Art. 19 does not exempt, and only
    /// for sponsored offers shown to profiled minors; the AI Act's only for a strategy the
    /// business builds as an AI system.
    public init(strategy: StrategyName, profiledWithoutConsent: Int, minorsShownSponsored: Int, vulnerableTargeted: Int, company: Company) {
        let turnover = company.annualTurnoverEUR
        gdprArt83_5 = profiledWithoutConsent > 0 ? Self.gdprArt83_5(turnover: turnover) : 0
        dsaArt52_3 = minorsShownSponsored > 0 && company.dsaPlatformRulesBind ? turnover * 6 / 100 : 0
        let (fixed, share) = (35_000_000.0, turnover * 7 / 100)
        aiActArt99_3 = vulnerableTargeted > 0 && company.isAISystem(strategy)
            ? (company.aiActLowerOfFine ? min(fixed, share) : max(fixed, share)) : 0
    }

    /// The cap of GDPR Art. 83(5) for a company with `turnover`: the higher of €20 M and 4 %.
    public static func gdprArt83_5(turnover: Double) -> Double { max(20_000_000, turnover * 4 / 100) }

    /// The largest single cap (caps for different infringements are not simply added).
    public var largest: Double { max(gdprArt83_5, dsaArt52_3, aiActArt99_3) }
}

extension RateResult {
    /// The same figures with every strategy's fine caps assessed for `company` (the caps depend on
    /// who the business is, not on the population).
    func withFineCaps(for company: Company) -> RateResult {
        var copy = self
        for i in copy.strategies.indices {
            guard var p = copy.strategies[i].privacy else { continue }
            p.fineCaps = FineCaps(strategy: copy.strategies[i].strategy, profiledWithoutConsent: p.profiledWithoutConsent,
                                  minorsShownSponsored: p.minorsShownSponsored, vulnerableTargeted: p.vulnerableTargeted, company: company)
            copy.strategies[i].privacy = p
        }
        return copy
    }
}
