import ArgumentParser
import CampaignEngine
import Foundation
import CampaignStatistics
import Localization
import ScenarioKit

extension Language: ExpressibleByArgument {}

/// `--lang`, shared by every command that writes text for people.
struct LanguageOption: ParsableArguments {
    @Option(help: "Language: en or de (default: de when LC_ALL or LANG starts with de, else en).")
    var lang: Language?

    /// The language asked for, else the one the environment names.
    var language: Language { Language.resolve(lang?.rawValue, environment: ProcessInfo.processInfo.environment) }
}

/// `--consent`, shared by the commands that evaluate one consent rate.
struct ConsentOption: ParsableArguments {
    @Option(help: ArgumentHelp("Consent rate r in [0, 1] (default: the scenario's consent.rate).", valueName: "R"))
    var consent: Double?

    func validate() throws {
        if let consent, !(0...1).contains(consent) { throw ValidationError(loc("--consent must be in [0, 1], got %1", CLIText.language, consent)) }
    }

    /// The rate asked for, else the scenario's.
    func rate(for scenario: Scenario) -> Double { consent ?? scenario.consent.rate }
}

/// `--replications R` (MODEL.md §8.1), shared by run, sweep, explain and report.
struct ReplicationsOption: ParsableArguments {
    @Option(help: ArgumentHelp("Run R replications on fresh synthetic populations and report means with 95 % intervals (1–1000; 1 is the one-shot run).", valueName: "R"))
    var replications: Int = 1

    func validate() throws {
        if !(1...Replications.maximum).contains(replications) {
            throw ValidationError(loc("--replications must be from 1 to %1, got %2", CLIText.language, Replications.maximum, replications))
        }
    }
}

/// `--threads N`, shared by every command that computes.
struct ThreadsOption: ParsableArguments {
    @Option(help: ArgumentHelp("Worker threads (default: all cores). Results do not depend on it.", valueName: "N"))
    var threads: Int?

    func validate() throws {
        if let threads, !(1...1024).contains(threads) { throw ValidationError(loc("--threads must be from 1 to 1024, got %1", CLIText.language, threads)) }
    }

    /// The threads asked for, else every core.
    var count: Int { threads ?? ProcessInfo.processInfo.activeProcessorCount }
}

/// The scenario argument and `--customers`, with the one path that loads them.
struct ScenarioOptions: ParsableArguments {
    @Argument(help: "Scenario file (YAML), or the name of a built-in scenario.")
    var scenario: String

    @Option(help: ArgumentHelp("Scale every cohort so that there are N customers in total.", valueName: "N"))
    var customers: Int?

    @OptionGroup var time: CampaignTimeOptions

    @OptionGroup var threads: ThreadsOption

    func validate() throws { try ScenarioOptions.validate(customers: customers) }

    /// Checks a `--customers` value.
    static func validate(customers: Int?) throws {
        if let customers, !(1...ScenarioLoader.maxCustomers).contains(customers) {
            throw ValidationError(loc("--customers must be from 1 to %1, got %2", CLIText.language, ScenarioLoader.maxCustomers, customers))
        }
    }

    /// Loads, scales and checks the scenario for an in-memory population.
    func load() throws -> Scenario { try ScenarioSource.prepare(scenario, customers: customers, threads: threads.count, adjust: time.apply) }
}

extension ScenarioSource {
    /// The one loading path of every command: load the file or built-in, scale it, apply the
    /// command's own changes, and refuse it before any work when its population would not fit.
    /// `mode` says how the command will hold its population.
    static func prepare(_ argument: String, customers: Int?, limit: Int? = nil, threads: Int = 1, mode: PopulationMode = .memory,
                        adjust: (inout Scenario) throws -> Void = { _ in }) throws -> Scenario {
        var scenario = try load(argument)
        if let customers { scenario = scenario.scaled(toCustomers: customers) }
        if let limit, scenario.totalCustomers > limit { scenario = scenario.scaled(toCustomers: limit) }
        try adjust(&scenario)
        try MemoryGuard.check(scenario, mode: mode, threads: threads)
        return scenario
    }
}

/// `-o FILE` and `--force`, shared by the commands that write a file.
struct OutputFileOption: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output (atomically; never over an existing file without --force).", valueName: "FILE"))
    var output: String?

    @Flag(help: "Replace an existing output file.")
    var force = false

    /// Refuses, before any work or writing, when one of `paths` (the output by default) exists and
    /// --force is not given: a refusal never leaves a file half-replaced.
    func refuseExisting(_ paths: [String]? = nil) throws {
        guard !force else { return }
        for path in paths ?? [output].compactMap({ $0 }) where FileManager.default.fileExists(atPath: path) {
            throw CLIError.usage(AtomicFile.Failure.exists(path).description)
        }
    }
}

/// `--weeks`, `--withdrawal` and `--retention`: how long the campaign runs and what happens to
/// consent and data over it (MODEL.md §9); each overrides the scenario's key.
struct CampaignTimeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Weeks the campaign runs, 1–104 (default: the scenario's campaign.weeks; 1 is the one-shot model).", valueName: "T"))
    var weeks: Int?

    @Option(help: ArgumentHelp("Weekly probability that a consenting customer withdraws consent, 0–1 (default: the scenario's consent.withdrawal_weekly).", valueName: "Q"))
    var withdrawal: Double?

    @Option(help: ArgumentHelp("Weeks of history the firm keeps, 1–104, or none (default: the scenario's privacy.retention_weeks).", valueName: "W"))
    var retention: String?

    func validate() throws {
        if let weeks, !(1...CampaignSettings.maxWeeks).contains(weeks) {
            throw ValidationError(loc("--weeks must be from 1 to %1, got %2", CLIText.language, CampaignSettings.maxWeeks, weeks))
        }
        if let withdrawal, !(withdrawal.isFinite && (0...1).contains(withdrawal)) {
            throw ValidationError(loc("--withdrawal must be from 0 to 1, got %1", CLIText.language, "\(withdrawal)"))
        }
        if let retention { _ = try Self.parseRetention(retention) }
    }

    /// nil for "none" (no limit).
    static func parseRetention(_ text: String) throws -> Int? {
        if text.lowercased() == "none" { return nil }
        guard let value = Int(text), (1...CampaignSettings.maxWeeks).contains(value) else {
            throw ValidationError(loc("--retention takes weeks from 1 to %1, or none; got %2", CLIText.language, CampaignSettings.maxWeeks, text))
        }
        return value
    }

    /// The scenario with the options applied.
    func apply(to scenario: inout Scenario) throws {
        if let weeks { scenario.campaign.weeks = weeks }
        if let withdrawal {
            scenario.consent.withdrawalWeekly = withdrawal
            scenario.uncertain.removeAll { $0.target == .withdrawalWeekly }
        }
        if let retention { scenario.privacy.retentionWeeks = try Self.parseRetention(retention) }
    }
}
