import ArgumentParser
import CampaignEngine
import Foundation
import CampaignStatistics
import Localization
import ScenarioKit

extension Learning: ExpressibleByArgument {}

/// `--weeks`, `--withdrawal`, `--retention` and `--learning`: how long the campaign runs, what
/// happens to consent and data over it (MODEL.md §9) and whether the firm learns (§12); each
/// overrides the scenario's key.
struct CampaignTimeOptions: ParsableArguments {
    @Option(name: .customLong(Dial.weeks.cliOption!), help: CampaignTimeOptions.weeksHelp)
    var weeks: Int?

    @Option(name: .customLong(Dial.withdrawal.cliOption!), help: CampaignTimeOptions.withdrawalHelp)
    var withdrawal: Double?

    @Option(name: .customLong(Dial.retention.cliOption!), help: CampaignTimeOptions.retentionHelp)
    var retention: String?

    @Option(name: .customLong(Dial.learning.cliOption!), help: ArgumentHelp(
        "known: the firm knows how customers respond; thompson: it learns which offer works from weekly feedback (default: the scenario's model.learning).",
        valueName: "MODE"))
    var learning: Learning?

    static let weeksHelp = ArgumentHelp(help(.weeks, "Weeks the campaign runs, %1 (default: the scenario's %2; 1 is the one-shot model)."), valueName: "T")
    static let withdrawalHelp = ArgumentHelp(help(.withdrawal, "Weekly probability that a consenting customer withdraws consent, %1 (default: the scenario's %2)."),
                                             valueName: "Q")
    static let retentionHelp = ArgumentHelp(help(.retention, "Weeks of history the firm keeps, %1, or none (default: the scenario's %2)."), valueName: "W")

    /// `template` with the dial's range for %1 and its scenario key for %2.
    static func help(_ dial: Dial, _ template: String) -> String {
        let filled: String = template.replacingOccurrences(of: "%1", with: bounds(dial))
        return filled.replacingOccurrences(of: "%2", with: dial.scenarioKey)
    }

    /// "1–104": a dial's range as the help writes it.
    static func bounds(_ dial: Dial) -> String {
        if let r = dial.integerRange { return "\(r.lowerBound)–\(r.upperBound)" }
        guard let r = dial.numberRange else { return "" }
        let low: String = ShortestNumber.text(r.lowerBound), high: String = ShortestNumber.text(r.upperBound)
        return "\(low)–\(high)"
    }

    func validate() throws {
        if let weeks, !Dial.weeks.accepts(.integer(weeks)) {
            throw ValidationError(loc("--weeks must be from 1 to %1, got %2", CLIText.language, Dial.weeks.integerRange!.upperBound, weeks))
        }
        if let withdrawal, !Dial.withdrawal.accepts(.number(withdrawal)) {
            throw ValidationError(loc("--withdrawal must be from 0 to 1, got %1", CLIText.language, "\(withdrawal)"))
        }
        if let retention { _ = try Self.parseRetention(retention) }
    }

    /// The retention dial's value: off for "none" (no limit).
    static func parseRetention(_ text: String) throws -> Dial.Value {
        if text.lowercased() == "none" { return .off }
        guard let value = Int(text), Dial.retention.accepts(.integer(value)) else {
            throw ValidationError(loc("--retention takes weeks from 1 to %1, or none; got %2", CLIText.language, Dial.retention.integerRange!.upperBound, text))
        }
        return .integer(value)
    }

    /// The scenario with the options applied by the dial catalogue: each option given pins its dial.
    func apply(to scenario: inout Scenario) throws {
        if let weeks { Dial.weeks.apply(.integer(weeks), to: &scenario) }
        if let withdrawal { Dial.withdrawal.apply(.number(withdrawal), to: &scenario) }
        if let retention { Dial.retention.apply(try Self.parseRetention(retention), to: &scenario) }
        if let learning { Dial.learning.apply(.learning(learning), to: &scenario) }
    }
}
