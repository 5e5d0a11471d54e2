/// The shortest text that reads back as the same Double: whole numbers without ".0". Scenario
/// files, diagnostics and JSON output all write numbers this way.
public enum ShortestNumber {
    /// `value` as its shortest round-tripping text ("3", "0.25").
    public static func text(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
