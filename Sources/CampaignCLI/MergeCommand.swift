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

    @Option(help: ArgumentHelp("Recompute N units of each part (spread over its units) and refuse the part unless their figures match bit for bit: a check that the part holds what this model computes, at N/(units per part) of the run's cost.", valueName: "N"))
    var verify: Int = 0

    @OptionGroup var threads: ThreadsOption
    @OptionGroup var language: LanguageOption

    /// Partial results are larger than scenarios: 1,000 replications of an 11-rate sweep are about 30 MB.
    static let maxPartBytes = 256 << 20

    func validate() throws {
        if files.isEmpty { throw ValidationError(loc("name at least one partial result file (or - for standard input)", CLIText.language)) }
        if !(0...100_000).contains(verify) { throw ValidationError(loc("--verify must be from 0 to 100000, got %1", CLIText.language, verify)) }
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
        // A robustness run's units are the scenario's worlds, its central world and two per uncertain
        // value: a part claiming another number (forged, with its digest recomputed) is refused
        // before anything indexes the plan by it.
        if let run = merged.robustness {
            let planned = Robustness.units(scenario, worlds: run.worlds, fixedRate: run.consent).count
            guard merged.units.count == planned else {
                throw CLIError.usage("\(files[0]): the parts hold \(merged.units.count) units, but a robustness run of \(run.worlds) worlds of this scenario has \(planned): the parts are damaged or forged")
            }
        }
        if verify > 0 { try check(merged, scenario: scenario) }
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

    /// Recomputes `verify` units of each part and compares every figure bit for bit: the digest
    /// and the bounds show a part is well formed; only this shows it holds what the model computes.
    private func check(_ merged: PartialMerge.Merged, scenario: Scenario) throws {
        var chosen: [Int] = []
        for file in Set(merged.sources).sorted() {
            let mine = merged.sources.indices.filter { merged.sources[$0] == file }
            let k = min(verify, mine.count)
            chosen += (0..<k).map { mine[$0 * mine.count / k] }
        }
        let recomputed: [(unit: Int, figures: [UnitFigures])]
        if let run = merged.robustness {
            recomputed = RobustnessCommand.evaluate(scenario, worlds: run.worlds, consent: run.consent, units: chosen, threads: threads.count)
        } else {
            // Streamed above the memory threshold, as the shards ran: a 10-million-customer run is recomputed in a shard's memory.
            recomputed = zip(chosen, try Simulation.replicate(chosen, mode: .auto, scenario: scenario, rates: merged.rates, threads: threads.count)).map { ($0, $1) }
        }
        for (unit, figures) in recomputed where !Self.same(figures, merged.units[unit]) {
            throw CLIError.usage("\(merged.sources[unit]): unit \(unit) does not hold what the model computes for it (recomputed with --verify): the part is forged, damaged or from another build")
        }
        Console.error("merge: recomputed \(chosen.count) unit\(chosen.count == 1 ? "" : "s") of \(Set(merged.sources).count) part\(Set(merged.sources).count == 1 ? "" : "s"); every figure matches")
    }

    /// Equal figure for figure, bit for bit (a recomputed unit must be the very bytes a shard printed).
    static func same(_ a: [UnitFigures], _ b: [UnitFigures]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { x, y in
            x.strategies == y.strategies && x.values.count == y.values.count && zip(x.values, y.values).allSatisfy { r, s in
                r.count == s.count && zip(r, s).allSatisfy { $0?.bitPattern == $1?.bitPattern }
            }
        }
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
