/// The seven age bands of MODEL.md §1; `<18` marks a minor.
public enum AgeBand: String, Sendable, CaseIterable {
    /// Under 18: minors.
    case under18 = "<18"
    /// 18 to 24 years.
    case from18to24 = "18-24"
    /// 25 to 34 years.
    case from25to34 = "25-34"
    /// 35 to 44 years.
    case from35to44 = "35-44"
    /// 45 to 54 years.
    case from45to54 = "45-54"
    /// 55 to 64 years.
    case from55to64 = "55-64"
    /// 65 years and over.
    case over65 = "65+"

    /// Whether customers in this band are minors.
    public var isMinor: Bool { self == .under18 }
}
