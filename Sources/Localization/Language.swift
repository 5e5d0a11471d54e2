import Foundation

/// The languages the tool speaks.
public enum Language: String, Sendable, CaseIterable {
    /// English and German.
    case en, de

    /// The requested language, else German when LC_ALL or LANG starts with "de", else English.
    public static func resolve(_ requested: String?, environment: [String: String]) -> Language {
        if let requested, let language = Language(rawValue: requested) { return language }
        let locale = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"] ?? ""
        return locale.hasPrefix("de") ? .de : .en
    }
}

/// Looks up `english` in the localisation table and fills in %1, %2, … with `arguments`.
///
/// Keys are the English texts themselves, so the English output needs no table and every German
/// entry says which text it translates. A test finds every `loc("…")` in the sources and fails
/// when one lacks a German entry.
public func loc(_ english: String, _ language: Language, _ arguments: CustomStringConvertible...) -> String {
    let template = language == .de ? (LocalizationTable.german[english] ?? english) : english
    return fill(template, arguments.map(\.description))
}

/// Replaces %1, %2, … in `template` with `values` in one left-to-right pass, so a value that
/// itself contains "%1" is never substituted again. "%" followed by no digit, or by a number
/// with no value, is kept as it is.
public func fill(_ template: String, _ values: [String]) -> String {
    guard !values.isEmpty, template.contains("%") else { return template }
    var out = ""
    var rest = Substring(template)
    while let percent = rest.firstIndex(of: "%") {
        out += rest[..<percent]
        let digits = rest[rest.index(after: percent)...].prefix(while: { $0.isASCII && $0.isNumber })
        if let number = Int(digits), (1...values.count).contains(number) {
            out += values[number - 1]
            rest = rest[digits.endIndex...]
        } else {
            out.append("%")
            rest = rest[rest.index(after: percent)...]
        }
    }
    return out + rest
}

