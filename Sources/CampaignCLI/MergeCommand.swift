import Localization
import ArgumentParser
import CampaignStatistics
import Foundation
import ScenarioKit

/// `campaign-sim merge`: the parts of a sharded run back into the unsharded run's exact output.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the partial results of `run`/`sweep --shard K/N` into the output of the unsharded run.",
        discussion: "Each FILE is one shard's output (- reads standard input). Every unit must come from exactly one part, and all parts from the same run; otherwise nothing is printed and the exit code is 2. See docs/scaling.md.")

    @Argument(help: "Partial result files (- for standard input).")
    var files: [String]

    @OptionGroup var language: LanguageOption

    /// Partial results are larger than scenarios: 1,000 replications of an 11-rate sweep are about 30 MB.
    static let maxPartBytes = 256 << 20

    func validate() throws {
        if files.isEmpty { throw ValidationError(loc("name at least one partial result file (or - for standard input)", CLIText.language)) }
    }

    func run() throws {
        var parts: [(file: String, partial: PartialResult)] = []
        for file in files {
            let data = try read(file)
            do {
                parts.append((file, try JSONDecoder().decode(PartialResult.self, from: data)))
            } catch {
                throw CLIError.usage("\(file): not a campaign-sim partial result (written by run or sweep with --shard), or damaged")
            }
        }
        let merged: PartialMerge.Merged
        do { merged = try PartialMerge.merge(parts) } catch { throw CLIError.usage(error.description) }
        let scenario: Scenario
        do { scenario = try ScenarioLoader.load(yaml: merged.scenarioYAML, file: "<merged run>") } catch {
            throw CLIError.usage("\(files[0]): the run's scenario does not load: \(error)")
        }
        if let run = merged.robustness {
            guard let format = RobustnessCommand.Format(rawValue: merged.format) else { throw CLIError.usage("\(files[0]): unknown output format \(merged.format)") }
            var pair: (StrategyName, StrategyName)?
            if let names = run.compare?.compactMap(StrategyName.init(rawValue:)), names.count == 2 { pair = (names[0], names[1]) }
            let result = Robustness.summarize(scenario, worlds: run.worlds, fixedRate: run.consent, compare: pair, units: merged.units.map { $0[0] })
            RobustnessCommand.print(result, scenario: scenario, format: format, language: language.language)
            return
        }
        guard let format = OutputFormat(rawValue: merged.format) else { throw CLIError.usage("\(files[0]): unknown output format \(merged.format)") }
        Simulation.printReplicated(ReplicatedResult.summarize(units: merged.units), scenario: scenario, format: format, language: language.language)
    }

    private func read(_ file: String) throws -> Data {
        let handle: FileHandle
        if file == "-" { handle = FileHandle.standardInput } else {
            guard let h = FileHandle(forReadingAtPath: file) else { throw CLIError.usage("\(file): cannot be read (missing, or no permission)") }
            handle = h
        }
        let data = (try? handle.read(upToCount: Self.maxPartBytes + 1)) ?? Data()
        if data.count > Self.maxPartBytes { throw CLIError.usage("\(file): larger than \(Self.maxPartBytes >> 20) MiB; not a partial result") }
        return data
    }
}
