import ArgumentParser
import CampaignEngine
import Foundation
import CampaignStatistics
import Localization
import ScenarioKit

extension Language: ExpressibleByArgument {}

/// The scenario argument and `--customers`, with the one path that loads them.
struct ScenarioOptions: ParsableArguments {
    @Argument(help: "Scenario file (YAML), or the name of a built-in scenario.")
    var scenario: String

    @Option(name: .customLong(Dial.customers.cliOption!), help: ArgumentHelp("Scale every cohort so that there are N customers in total.", valueName: "N"))
    var customers: Int?

    @OptionGroup var time: CampaignTimeOptions

    @OptionGroup var threads: ThreadsOption

    func validate() throws { try ScenarioOptions.validate(customers: customers) }

    /// Checks a `--customers` value.
    static func validate(customers: Int?) throws {
        if let customers, !Dial.customers.accepts(.integer(customers)) {
            throw ValidationError(loc("--customers must be from 1 to %1, got %2", CLIText.language, Dial.customers.integerRange!.upperBound, customers))
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
