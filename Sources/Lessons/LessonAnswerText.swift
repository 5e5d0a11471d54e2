import CampaignEngine
import CampaignOutput
import Localization

/// How answers, guesses and settings are written for people, in either language.
public enum LessonAnswerText {
    /// A computed answer: "23.4 %", "€12,300", "40 %" (a consent rate), a strategy's name, yes or no.
    public static func text(_ answer: LessonAnswer, unit: LessonUnit, _ l: Language) -> String {
        switch answer {
        case .number(let value):
            guard let value else { return loc("never (within 0–100 %)", l) }
            return number(value, unit: unit, l)
        case .choice(let choice): return self.choice(choice, l)
        }
    }

    /// A number in the step's unit.
    public static func number(_ value: Double, unit: LessonUnit, _ l: Language) -> String {
        switch unit {
        case .percent: NumberText.percent(value, 1, l)
        case .rate: NumberText.decimal(value * 100, 0, l) + " %"
        case .euros: NumberText.wholeEuros(value, l)
        case .count: NumberText.grouped(Int(value.rounded()), l)
        case .number: NumberText.decimal(value, value.magnitude < 10 ? 3 : 1, l)
        }
    }

    /// A choice as the picker lists it.
    public static func choice(_ choice: LessonChoice, _ l: Language) -> String {
        switch choice {
        case .strategy(let s): loc(s.title, l)
        case .yes: loc("yes", l)
        case .no: loc("no", l)
        }
    }

    /// A guess typed in the step's unit (a percentage for percent and rate) as the answer's scale.
    public static func guessValue(_ typed: Double, unit: LessonUnit) -> Double {
        unit == .percent || unit == .rate ? typed / 100 : typed
    }

    /// "consent 40 %, k 10, retention 2 weeks": the settings a step or a solution applies.
    public static func settings(_ s: LessonSettings, _ l: Language) -> String {
        var parts: [String] = []
        if let v = s.consent { parts.append(loc("consent %1", l, NumberText.decimal(v * 100, 0, l) + " %")) }
        if let v = s.k { parts.append("k \(v)") }
        if let v = s.epsilon { parts.append("ε " + (v.map { NumberText.decimal($0, 2, l) } ?? loc("off", l))) }
        if let v = s.fallback { parts.append(loc("fallback %1", l, v == .contextual ? loc("contextual", l) : loc("broadcast", l))) }
        if let v = s.protectVulnerable { parts.append(loc("protect vulnerable %1", l, v ? loc("on", l) : loc("off", l))) }
        if let v = s.relevanceWeight { parts.append("β " + NumberText.decimal(v, 1, l)) }
        if let v = s.weeks { parts.append(loc("%1 weeks", l, v)) }
        if let v = s.withdrawal { parts.append(loc("withdrawal %1 a week", l, NumberText.percent(v, 1, l))) }
        if let v = s.retention { parts.append(v.map { loc("retention %1 weeks", l, $0) } ?? loc("no retention limit", l)) }
        if case .flag(let v)? = s.values[.onlinePlatform] { parts.append(loc("online platform %1", l, v ? loc("yes", l) : loc("no", l))) }
        if case .size(let v)? = s.values[.companySize] { parts.append(loc("company size %1", l, loc(v.title, l))) }
        if case .learning(let v)? = s.values[.learning] {
            parts.append(v == .thompson ? loc("the firm learns from feedback", l) : loc("the firm knows the response", l))
        }
        if let v = s.strategy { parts.append(loc(v.title, l)) }
        return parts.joined(separator: ", ")
    }
}
