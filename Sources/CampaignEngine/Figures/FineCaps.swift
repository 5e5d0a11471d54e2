import ScenarioKit

/// Statutory maximum fines a strategy's violations expose the company to (MODEL.md §5).
///
/// These are the ceilings the law allows, not predictions of what an authority would impose.
public struct FineCaps: Sendable, Equatable {
    /// GDPR Art. 83(5): processing without a lawful basis — max(€20 M, 4 % of turnover).
    public var gdprArt83_5: Double
    /// DSA Art. 52(3): profiling-based ads to minors (Art. 28(2)) — 6 % of turnover.
    public var dsaArt52_3: Double
    /// AI Act Art. 99(3): exploiting vulnerabilities (Art. 5(1)(b)) — max(€35 M, 7 %), for an SME the lower (Art. 99(6)).
    public var aiActArt99_3: Double

    /// The caps that apply to the given violation counts.
    public init(profiledWithoutConsent: Int, minorsProfiled: Int, vulnerableTargeted: Int, company: Company) {
        let turnover = company.annualTurnoverEUR
        gdprArt83_5 = profiledWithoutConsent > 0 ? max(20_000_000, turnover * 4 / 100) : 0
        dsaArt52_3 = minorsProfiled > 0 ? turnover * 6 / 100 : 0
        let (fixed, share) = (35_000_000.0, turnover * 7 / 100)
        aiActArt99_3 = vulnerableTargeted > 0 ? (company.sme ? min(fixed, share) : max(fixed, share)) : 0
    }

    /// The largest single cap (caps for different infringements are not simply added).
    public var largest: Double { max(gdprArt83_5, dsaArt52_3, aiActArt99_3) }
}
