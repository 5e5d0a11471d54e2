import Foundation
import Localization

/// Number formatting for people: thousands separators, fixed decimals, units, in the reader's language.
///
/// English keeps the tool's own formatter, whose output the v1 tables and snapshots fix byte for
/// byte ("1,234.5", "€1,234", "€20.0 M"). German goes through Foundation's locale-aware format
/// styles for de_DE ("1.234,5", "1.234 €", "20,0 Mio. €"); docs/decisions.md says what was checked.
public enum NumberText {
    /// German number formats from Foundation (ICU's de_DE data ships with the toolchain).
    private static let german = Locale(identifier: "de_DE")

    /// 1234567 → "1,234,567" (en) or "1.234.567" (de).
    public static func grouped(_ value: Int, _ language: Language) -> String {
        if language == .de { return value.formatted(IntegerFormatStyle<Int>.number.locale(german)) }
        let digits = String(value.magnitude)
        var result = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { result += "," }
            result.append(ch)
        }
        return (value < 0 ? "-" : "") + result
    }

    /// A number with `decimals` places and thousands separators: 12345.678 → "12,345.68" / "12.345,68".
    public static func decimal(_ value: Double, _ decimals: Int, _ language: Language) -> String {
        let scale = pow(10.0, Double(decimals))
        // Half away from zero in both languages, and never "-0.0".
        var rounded = (value * scale).rounded() / scale
        if rounded == 0 { rounded = 0 }
        if language == .de {
            return rounded.formatted(FloatingPointFormatStyle<Double>.number.locale(german)
                .precision(.fractionLength(decimals)).rounded(rule: .toNearestOrAwayFromZero))
        }
        let whole = Int(rounded.magnitude.rounded(.towardZero))
        var text = grouped(whole, .en)
        if decimals > 0 {
            let fraction = Int(((rounded.magnitude - Double(whole)) * scale).rounded())
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: max(0, decimals - digits.count)) + digits
        }
        return (rounded < 0 ? "-" : "") + text
    }

    /// Set once at start, before any work, where the output is a terminal that cannot show UTF-8
    /// (LANG=C): amounts then read "EUR 1,234" / "1.234 EUR" / "350 TEUR", so tables, whose
    /// columns are measured on these strings, stay aligned.
    nonisolated(unsafe) public static var asciiEuro = false

    /// `text` with "EUR" for "€" when `asciiEuro` is set.
    static func euroSign(_ text: String) -> String {
        guard asciiEuro, text.contains("€") else { return text }
        var out = ""
        var previous: Character = " "
        for c in text {
            if c == "€" {
                out += "EUR"
                previous = "R"
                continue
            }
            // "€1,234" reads "EUR 1,234".
            if previous == "R", out.hasSuffix("EUR"), c.isNumber { out += " " }
            out.append(c)
            previous = c
        }
        return out
    }

    /// An amount with its euro sign where the language puts it: "€1,234" / "1.234 €".
    static func withEuro(_ amount: String, negative: Bool, _ language: Language) -> String {
        euroSign(language == .de ? (negative ? "-" : "") + amount + " €" : (negative ? "-€" : "€") + amount)
    }

    /// Euros: "€1,234" / "1.234 €" (whole euros at or above 1,000, else cents).
    public static func euros(_ value: Double, _ language: Language) -> String {
        let text = value.magnitude >= 1000 ? decimal(value.magnitude, 0, language) : decimal(value.magnitude, 2, language)
        return withEuro(text, negative: value < 0, language)
    }

    /// Euros in millions: "€20.0 M" / "20,0 Mio. €", or "—" for zero.
    public static func millions(_ value: Double, _ language: Language) -> String {
        guard value != 0 else { return "—" }
        let amount = decimal(value / 1_000_000, 1, language)
        return euroSign(language == .de ? amount + " Mio. €" : "€" + amount + " M")
    }

    /// A fraction as a percentage: 0.0123 → "1.23 %" / "1,23 %".
    public static func percent(_ fraction: Double, _ decimals: Int, _ language: Language) -> String {
        decimal(fraction * 100, decimals, language) + " %"
    }

    /// A signed percentage: "+12.3 %" / "+12,3 %".
    public static func signedPercent(_ fraction: Double, _ decimals: Int, _ language: Language) -> String {
        (fraction > 0 ? "+" : "") + percent(fraction, decimals, language)
    }

    /// Euros shortened for the screen: €1.2 M, €350 k, €250, €12.50 / 1,2 M€, 350 T€, 250 €, 12,50 €.
    public static func compactEuros(_ value: Double, _ language: Language) -> String {
        let negative = value < 0
        let m = value.magnitude
        if m >= 1_000_000 {
            let amount = decimal(m / 1_000_000, m >= 10_000_000 ? 0 : 1, language)
            // The screen's short forms: "T€" and "M€" (reports and tables write "Mio. €").
            return euroSign(language == .de ? (negative ? "-" : "") + amount + " M€" : (negative ? "-€" : "€") + amount + " M")
        }
        if m >= 10_000 {
            let amount = decimal(m / 1000, 0, language)
            // "T€" is the German accounting abbreviation for thousands of euros.
            return euroSign(language == .de ? (negative ? "-" : "") + amount + " T€" : (negative ? "-€" : "€") + amount + " k")
        }
        return withEuro(decimal(m, m >= 100 ? 0 : 2, language), negative: negative, language)
    }

    /// Whole euros, never shortened: "€1,254,300" / "1.254.300 €".
    public static func wholeEuros(_ value: Double, _ language: Language) -> String {
        withEuro(grouped(Int(value.magnitude.rounded()), language), negative: value < 0 && value.magnitude.rounded() > 0, language)
    }

    /// Euros for reports: whole euros, millions from a million on.
    public static func reportEuros(_ value: Double, _ language: Language) -> String {
        value.magnitude >= 1_000_000 ? millions(value, language) : withEuro(grouped(Int(value.magnitude.rounded()), language), negative: value < 0, language)
    }
}
