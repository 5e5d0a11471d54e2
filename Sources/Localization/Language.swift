import Foundation

/// The languages the tool speaks.
public enum Language: String, Sendable, CaseIterable {
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
    var text = language == .de ? (LocalizationTable.german[english] ?? english) : english
    // Highest number first, so %1 does not eat the start of %10.
    for (index, argument) in arguments.enumerated().reversed() {
        text = text.replacingOccurrences(of: "%\(index + 1)", with: argument.description)
    }
    return text
}

