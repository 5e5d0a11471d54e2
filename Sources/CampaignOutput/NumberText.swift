import Foundation

/// Number formatting for people: thousands separators, fixed decimals, units.
public enum NumberText {
    /// 1234567 → "1,234,567".
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { result += "," }
            result.append(ch)
        }
        return (value < 0 ? "-" : "") + result
    }

    /// A number with `decimals` places and thousands separators: 12345.678 → "12,345.68".
    public static func decimal(_ value: Double, _ decimals: Int) -> String {
        let scale = pow(10.0, Double(decimals))
        let rounded = (value * scale).rounded() / scale
        let whole = Int(rounded.magnitude.rounded(.towardZero))
        var text = grouped(whole)
        if decimals > 0 {
            let fraction = Int(((rounded.magnitude - Double(whole)) * scale).rounded())
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: max(0, decimals - digits.count)) + digits
        }
        return (rounded < 0 ? "-" : "") + text
    }

    /// Euros: "€1,234" (whole euros at or above 1,000, else cents).
    public static func euros(_ value: Double) -> String {
        let text = value.magnitude >= 1000 ? decimal(value.magnitude, 0) : decimal(value.magnitude, 2)
        return (value < 0 ? "-€" : "€") + text
    }

    /// Euros in millions: "€20.0 M", or "—" for zero.
    public static func millions(_ value: Double) -> String {
        value == 0 ? "—" : "€" + decimal(value / 1_000_000, 1) + " M"
    }

    /// A fraction as a percentage: 0.0123 → "1.23 %".
    public static func percent(_ fraction: Double, _ decimals: Int = 2) -> String {
        decimal(fraction * 100, decimals) + " %"
    }

    /// A signed percentage: "+12.3 %".
    public static func signedPercent(_ fraction: Double, _ decimals: Int = 1) -> String {
        (fraction > 0 ? "+" : "") + percent(fraction, decimals)
    }

    /// Euros shortened for the screen: €1.2 M, €350 k, €250, €12.50.
    public static func compactEuros(_ value: Double) -> String {
        let sign = value < 0 ? "-" : ""
        let m = value.magnitude
        if m >= 1_000_000 { return sign + "€" + decimal(m / 1_000_000, m >= 10_000_000 ? 0 : 1) + " M" }
        if m >= 10_000 { return sign + "€" + decimal(m / 1000, 0) + " k" }
        if m >= 100 { return sign + "€" + decimal(m, 0) }
        return sign + "€" + decimal(m, 2)
    }

    /// Euros for reports: whole euros, "€20.0 M" from a million on.
    public static func reportEuros(_ value: Double) -> String {
        value.magnitude >= 1_000_000 ? millions(value) : "€" + grouped(Int(value.rounded()))
    }
}
