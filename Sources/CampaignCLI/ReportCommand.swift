import ArgumentParser
import CampaignCompliance
import CampaignDocuments
import CampaignEngine
import CampaignStatistics
import Foundation
import Localization
import ScenarioKit

/// `campaign-sim report`: the audit report as Markdown or one self-contained HTML file.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an audit report: figures, data and legal basis, DPIA screening, AI Act classification, obligations, violations, checklist.")

    @OptionGroup var source: ScenarioOptions

    @OptionGroup var rate: ConsentOption

    @Option(help: "Output format: markdown or html.")
    var format: ReportFormat = .markdown

    @OptionGroup var language: LanguageOption

    @OptionGroup var replications: ReplicationsOption

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output (atomically; never over an existing file without --force).", valueName: "FILE"))
    var output: String?

    @Flag(help: "Replace an existing output file.")
    var force = false

    enum ReportFormat: String, ExpressibleByArgument { case markdown, html }

    func run() throws {
        let scenario = try source.load()
        let engine = Engine(scenario: scenario)
        let consent = rate.rate(for: scenario)
        let result = engine.evaluate(rate: consent)
        var replicated: ReplicatedResult?
        if replications.replications > 1 {
            let runs = Simulation.replicate(Array(0..<replications.replications), streams: false, scenario: scenario, rates: [consent], threads: ProcessInfo.processInfo.activeProcessorCount)
            replicated = ReplicatedResult.summarize(units: runs)[0]
        }
        let document = AuditReport.build(scenario: scenario, result: result, minors: engine.population.minors,
                                         vulnerable: engine.population.vulnerable, language: language.language, replicated: replicated)
        let text = format == .html ? document.html : document.markdown
        guard let output else {
            Console.out(text)
            return
        }
        do {
            try AtomicFile.write(Data(text.utf8), to: output, overwrite: force)
        } catch {
            throw CLIError.usage(error.description)
        }
        Console.error("wrote \(output)")
    }
}
