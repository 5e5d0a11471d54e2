import Localization
import ScenarioKit

/// The dials a user turns live, applied on top of the loaded scenario; what each dial is, its
/// range and its steps come from the dial catalogue (`Dial`).
public struct Parameters: Sendable, Equatable {
    /// Every dial's value.
    public private(set) var values: [Dial: Dial.Value]
    /// The dials that were set (by the user or a lesson): they pin their value over a range the
    /// scenario gives their key, as `Dial.apply` does everywhere.
    public private(set) var pinned: Set<Dial> = []

    /// The parameters screen's fields: the dials, in catalogue order.
    public typealias Field = Dial

    /// The scenario's own settings, none of them pinned.
    public init(scenario: Scenario) {
        values = Dictionary(uniqueKeysWithValues: Dial.allCases.map { ($0, $0.value(in: scenario)) })
    }

    /// A dial's value; setting it pins it.
    public subscript(dial: Dial) -> Dial.Value {
        get { values[dial]! }
        set {
            values[dial] = newValue
            pinned.insert(dial)
        }
    }

    /// The scenario with these parameters applied: the pinned dials by `Dial.apply` (ending their
    /// ranges), the others at their values with their ranges kept.
    public func apply(to base: Scenario) -> Scenario {
        let set = values.filter { pinned.contains($0.key) }
        var s = Dial.apply(set, to: base)
        for dial in Dial.allCases where !pinned.contains(dial) { dial.set(values[dial]!, in: &s) }
        return s
    }

    /// Whether moving from `other` to these parameters needs a new population (not only a new evaluation).
    public func needsRebuild(from other: Parameters) -> Bool {
        Dial.allCases.contains { $0.rebuildsPopulation && values[$0] != other.values[$0] }
    }

    /// Moves a field one step up (`direction` 1) or down (−1), staying in range; the population
    /// never grows past `customerLimit` by a step.
    public mutating func step(_ field: Field, _ direction: Int, customerLimit: Int = Dial.customerSteps.last!) {
        var next = field.step(self[field], direction)
        if field == .customers, case .integer(let v) = next { next = .integer(min(v, max(customers, customerLimit))) }
        self[field] = next
    }

    /// A rate clamped to [0, 1] and rounded to whole per mille, so repeated steps stay exact.
    static func roundedRate(_ value: Double) -> Double { (min(max(value, 0), 1) * 1000).rounded() / 1000 }

    /// The consent rate r.
    public var consentRate: Double {
        get { self[.consentRate].number! }
        set { self[.consentRate] = .number(newValue) }
    }
    /// k of k-anonymity.
    public var k: Int {
        get { Int(self[.k].number!) }
        set { self[.k] = .integer(newValue) }
    }
    /// ε, nil when off.
    public var epsilon: Double? {
        get { self[.epsilon].number }
        set { self[.epsilon] = newValue.map(Dial.Value.number) ?? .off }
    }
    /// Pseudonym linkage ρ.
    public var linkage: Double {
        get { self[.linkage].number! }
        set { self[.linkage] = .number(newValue) }
    }
    /// The fallback offer.
    public var fallback: Fallback {
        get { if case .fallback(let v) = self[.fallback] { v } else { .contextual } }
        set { self[.fallback] = .fallback(newValue) }
    }
    /// Whether compliant strategies skip vulnerable customers.
    public var protectVulnerable: Bool {
        get { self[.protectVulnerable] == .flag(true) }
        set { self[.protectVulnerable] = .flag(newValue) }
    }
    /// Relevance weight β.
    public var relevanceWeight: Double {
        get { self[.relevanceWeight].number! }
        set { self[.relevanceWeight] = .number(newValue) }
    }
    /// Population size.
    public var customers: Int {
        get { Int(self[.customers].number!) }
        set { self[.customers] = .integer(newValue) }
    }
    /// The campaign's length in weeks (MODEL.md §9).
    public var weeks: Int {
        get { Int(self[.weeks].number!) }
        set { self[.weeks] = .integer(newValue) }
    }
    /// Weekly withdrawal probability.
    public var withdrawal: Double {
        get { self[.withdrawal].number! }
        set { self[.withdrawal] = .number(newValue) }
    }
    /// Weeks of history kept, nil for no limit.
    public var retention: Int? {
        get { self[.retention].number.map { Int($0) } }
        set { self[.retention] = newValue.map(Dial.Value.integer) ?? .off }
    }
}
