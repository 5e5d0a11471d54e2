import Foundation
@testable import ScenarioKit

/// A small valid scenario; tests replace one line to break one rule at a time.
let validYAML = """
name: Test shop
description: A tiny shop for tests.
seed: 7
categories: [books, games, music]
model:
  relevance_weight: 1.0
  prior_strength: 4
consent:
  rate: 0.5
  sweep: [0, 0.5, 1]
privacy:
  k: 5
  epsilon: null
  fallback: contextual
company:
  annual_turnover_eur: 1000000
  sme: true
cohorts:
  - name: readers
    size: 300
    age_bands: {"<18": 0.2, "25-34": 0.8}
    regions: {north: 1, south: 2}
    interests: {books: 2.0}
    base_rate: 0.05
    vulnerable_share: 0.1
  - name: gamers
    size: 200
    interests: {games: 1.5, music: 0.5}
    base_rate: 0.03
offers:
  - name: 10 % off
    kind: welcome_discount
    category: any
    incentive: 0.1
    value_eur: 20
    cost_eur: 2
  - name: Free game
    kind: voucher
    category: games
    incentive: 0.3
    value_eur: 25
    cost_eur: 8
    adult_only: true
"""

/// Loads YAML and returns the diagnostics (empty when valid).
func diagnostics(_ yaml: String, file: String = "test.yaml") -> [Diagnostic] {
    do {
        _ = try ScenarioLoader.load(yaml: yaml, file: file)
        return []
    } catch {
        return error.diagnostics
    }
}

/// The valid scenario with one exact substring replaced (which must exist).
func mutated(_ old: String, _ new: String) -> String {
    precondition(validYAML.contains(old), "fixture lacks \(old)")
    return validYAML.replacingOccurrences(of: old, with: new)
}
