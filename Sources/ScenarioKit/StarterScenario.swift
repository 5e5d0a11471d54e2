import Foundation
/// The commented starter scenario that `campaign-sim new` writes: every key, with its meaning.
public enum StarterScenario {
    /// The starter text for a scenario called `name`.
    public static func text(name: String) -> String {
        let quoted = "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        return template.replacingOccurrences(of: "{{NAME}}", with: quoted)
    }

    private static let template = """
    # yaml-language-server: $schema=scenario.schema.json
    # A campaign-sim scenario. Every key is explained in docs/scenario-format.md.
    # Check it with `campaign-sim validate FILE`, run it with `campaign-sim run FILE`.
    name: {{NAME}}
    description: |
      Tell the story here: who the company is, who its new customers are, and which
      welcome bonuses it is choosing between.
    seed: 1                        # same seed, same customers, same results

    categories: [books, games, music]   # 2–32 interest and offer categories

    model:
      relevance_weight: 1.0        # β: twice-average interest in an offer's category doubles the odds
      prior_strength: 4            # κ: how strongly estimates shrink toward the population mean
      interest_default: 0.2        # Dirichlet weight of a category a cohort does not list
      vulnerable_sensitivity: 2.0  # vulnerable customers react this many times more to incentives
      exposure_half: 10            # data points at which a customer's exposure reaches half
      learning: known              # or thompson: strategies learn which offer works from weekly feedback (MODEL.md §12)

    consent:
      rate: 0.5                    # share of customers who consent to personalised advertising
      sweep: {from: 0, to: 1, step: 0.1}

    privacy:
      k: 10                        # segments need at least k consenting contributors
      epsilon: null                # differential privacy for segment counts; null = off
      history_clip: 20             # events one customer contributes to segment statistics
      pseudonym_linkage: 0.8       # share of events linkable to the pseudonymous profile
      fallback: contextual         # contextual or broadcast, where personal data may not be used
      protect_vulnerable: true     # compliant strategies do not contact vulnerable customers

    company:
      annual_turnover_eur: 50_000_000   # worldwide turnover, for the statutory fine caps
      size: medium                 # micro, small, medium, small_midcap or large (Recommendation 2003/361/EC)
      online_platform: false       # true for a marketplace that shows partner sellers' offers (DSA Art. 3(i))
      very_large_platform: false   # a designated very large online platform (DSA Art. 33)
      sector: retail               # retail, streaming, gambling or other: which sector rules apply
      ai_systems: [personalized, unconstrained]   # strategies built as AI systems (AI Act Art. 3(1)): your assumption

    campaign:
      channel: web                 # web, app or email: on email every contact uses the address

    cohorts:
      - name: young readers
        size: 30_000
        age_bands: {"<18": 0.1, "18-24": 0.5, "25-34": 0.4}
        regions: {north: 1, south: 1}
        interests: {books: 2.0, games: 1.0}
        base_rate: 0.03            # conversion chance of a neutral offer without incentive
        base_spread: 0.5
        incentive_sensitivity: 2.0
        history_mean: 5            # events observed per customer, on average
        consent_bias: 1.2          # odds multiplier on consenting
        vulnerable_share: 0.0
      - name: established customers
        size: 20_000
        age_bands: {"35-44": 0.5, "45-54": 0.5}
        interests: {music: 2.0, books: 1.0}
        base_rate: 0.025

    offers:
      - name: 10 % off everything
        kind: welcome_discount     # welcome_discount, free_trial, deposit_bonus, voucher, cashback, other
        category: any
        incentive: 0.10            # strength of the bonus, e.g. 0.10 for 10 % off
        value_eur: 30              # margin a conversion brings
        cost_eur: 3                # what the bonus costs when redeemed
      - name: free e-book
        kind: voucher
        category: books
        incentive: 0.25
        value_eur: 28
        cost_eur: 4
      - name: game voucher
        kind: voucher
        category: games
        incentive: 0.20
        value_eur: 32
        cost_eur: 6
        adult_only: false
        sponsored: false           # true when a partner pays to show it: an advertisement (DSA Art. 3(r))

    """
}
