/// The seven age bands of MODEL.md §1; `<18` marks a minor.
public enum AgeBand: String, Sendable, CaseIterable {
    case under18 = "<18"
    case from18to24 = "18-24"
    case from25to34 = "25-34"
    case from35to44 = "35-44"
    case from45to54 = "45-54"
    case from55to64 = "55-64"
    case over65 = "65+"

    /// Whether customers in this band are minors.
    public var isMinor: Bool { self == .under18 }
}
