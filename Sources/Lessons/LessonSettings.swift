import CampaignEngine
import Localization
import ScenarioKit

/// Dials a step sets (from the dial catalogue, `Dial.lessonDials`); a dial not set stays as it is.
public struct LessonSettings: Sendable, Hashable {
    /// The dials set and their values.
    public var values: [Dial: Dial.Value] = [:]
    /// Which strategy the dashboard selects.
    public var strategy: StrategyName?

    /// Settings that set nothing.
    public init() {}

    /// Whether nothing is set.
    public var isEmpty: Bool { self == LessonSettings() }

    /// `other`'s values where it sets them, these where it does not.
    public func merged(with other: LessonSettings) -> LessonSettings {
        var s = self
        s.values.merge(other.values) { _, new in new }
        if let v = other.strategy { s.strategy = v }
        return s
    }

    /// The scenario with these settings applied by `Dial.apply`: each set dial pins its value
    /// (the consent rate is the scenario's `consent.rate`).
    public func apply(to base: Scenario) -> Scenario { Dial.apply(values, to: base) }

    /// The consent rate, if set.
    public var consent: Double? {
        get { values[.consentRate]?.number }
        set { values[.consentRate] = newValue.map(Dial.Value.number) }
    }
    /// k, if set.
    public var k: Int? {
        get { values[.k]?.number.map { Int($0) } }
        set { values[.k] = newValue.map(Dial.Value.integer) }
    }
    /// ε if set: an inner nil is off.
    public var epsilon: Double?? {
        get { values[.epsilon].map { $0.number } }
        set { values[.epsilon] = newValue.map { $0.map(Dial.Value.number) ?? .off } }
    }
    /// The fallback, if set.
    public var fallback: Fallback? {
        get { if case .fallback(let v)? = values[.fallback] { v } else { nil } }
        set { values[.fallback] = newValue.map(Dial.Value.fallback) }
    }
    /// Suppression of vulnerable customers, if set.
    public var protectVulnerable: Bool? {
        get { if case .flag(let v)? = values[.protectVulnerable] { v } else { nil } }
        set { values[.protectVulnerable] = newValue.map(Dial.Value.flag) }
    }
    /// β, if set.
    public var relevanceWeight: Double? {
        get { values[.relevanceWeight]?.number }
        set { values[.relevanceWeight] = newValue.map(Dial.Value.number) }
    }
    /// Campaign weeks, if set.
    public var weeks: Int? {
        get { values[.weeks]?.number.map { Int($0) } }
        set { values[.weeks] = newValue.map(Dial.Value.integer) }
    }
    /// Weekly withdrawal, if set.
    public var withdrawal: Double? {
        get { values[.withdrawal]?.number }
        set { values[.withdrawal] = newValue.map(Dial.Value.number) }
    }
    /// Retention if set: an inner nil is no limit.
    public var retention: Int?? {
        get { values[.retention].map { $0.number.map { Int($0) } } }
        set { values[.retention] = newValue.map { $0.map(Dial.Value.integer) ?? .off } }
    }
}
