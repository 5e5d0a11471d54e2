import Localization
import ArgumentParser
import CampaignApp
import CampaignEngine
import CampaignOutput
import CampaignStatistics
import Foundation
import ScenarioKit
import TerminalKit

/// `campaign-sim bench`: speed and memory of the engine and the TUI's recomputes.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure population build, evaluation, sweep, recompute, memory and time to first frame.",
        discussion: "Uses the built-in scenario scaled to each size. Build with -c release for meaningful figures.")

    @Option(help: ArgumentHelp("Comma-separated population sizes.", valueName: "N,N,..."))
    var sizes: String = "200000,1000000,10000000"

    @Option(help: "Runs per measurement; the table shows median, min and max.")
    var runs: Int = 5

    @Option(help: "Output format: table or json.")
    var format: BenchFormat = .table

    @OptionGroup var threads: ThreadsOption

    @Option(help: "Scenario to scale (file or built-in name).")
    var scenario: String = BuiltinScenarios.defaultScenario.name

    @Flag(help: "Measure only the streaming sweep (for national sizes such as 100000000, which do not fit in memory).")
    var streamOnly = false

    @Option(help: ArgumentHelp("Customers for the 20-replication measurement (0 skips it).", valueName: "N"))
    var replicationCustomers = 200_000

    @Option(help: ArgumentHelp("Customers for the 200-world robustness measurement (0 skips it).", valueName: "N"))
    var worldCustomers = 50_000

    @OptionGroup var quiet: QuietOption

    enum BenchFormat: String, ExpressibleByArgument { case table, json }

    func validate() throws {
        guard (1...50).contains(runs) else { throw ValidationError(loc("--runs must be from 1 to 50", CLIText.language)) }
        let parsed = sizes.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !parsed.isEmpty, parsed.allSatisfy({ $0 != nil && (1...ScenarioLoader.maxCustomers).contains($0!) }) else {
            throw ValidationError(loc("--sizes takes whole numbers from 1 to %1", CLIText.language, ScenarioLoader.maxCustomers))
        }
    }

    func run() throws {
        let base = try ScenarioSource.load(scenario)
        let workers = threads.count
        let list = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        for size in list { try MemoryGuard.check(base.scaled(toCustomers: size), mode: streamOnly ? .stream : .memory, threads: workers) }
        let withStatistics = !(streamOnly || replicationCustomers == 0 || worldCustomers == 0)
        // One progress step per timed sample; Ctrl-C stops between samples and prints nothing.
        let (reports, statistics) = try LongWork("bench samples", quiet: quiet.quiet).run { control in
            control.expect(list.count * Benchmark.steps(runs: runs, streamOnly: streamOnly) + (withStatistics ? 4 * min(runs, 3) : 0))
            var reports: [BenchReport] = []
            for size in list {
                reports.append(Benchmark.measure(scenario: base.scaled(toCustomers: size), runs: runs, threads: workers, streamOnly: streamOnly,
                                                 control: control))
            }
            let statistics = withStatistics
                ? Benchmark.statistics(scenario: base, replicationCustomers: replicationCustomers, worldCustomers: worldCustomers,
                                       runs: min(runs, 3), threads: workers, control: control)
                : nil
            return (reports, statistics)
        }
        let frame = Benchmark.firstFrame(scenario: base, threads: workers)
        switch format {
        case .json: Console.out(Benchmark.json(reports, frame: frame, statistics: statistics, threads: workers))
        case .table: Console.out(Benchmark.table(reports, frame: frame, statistics: statistics, threads: workers))
        }
    }
}

extension String {
    func leftPad(_ width: Int) -> String { count >= width ? " " + self : String(repeating: " ", count: width - count) + self }
}
