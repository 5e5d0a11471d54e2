import ArgumentParser
import CampaignCompliance
import CampaignDocuments
import CampaignEngine
import Foundation
import Localization
import ScenarioKit

/// `campaign-sim report`: the audit report as Markdown or one self-contained HTML file.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an audit report: figures, data and legal basis, DPIA screening, AI Act classification, obligations, violations, checklist.")

    @Argument(help: "Scenario file (YAML), or the name of a built-in scenario.")
    var scenario: String

    @Option(help: ArgumentHelp("Consent rate r in [0, 1] (default: the scenario's).", valueName: "R"))
    var consent: Double?

    @Option(help: "Output format: markdown or html.")
    var format: ReportFormat = .markdown

    @Option(help: "Language: en or de (default: de when LANG starts with de, else en).")
    var lang: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output (atomically; never over an existing file without --force).", valueName: "FILE"))
    var output: String?

    @Flag(help: "Replace an existing output file.")
    var force = false

    @Option(help: ArgumentHelp("Scale every cohort so that there are N customers in total.", valueName: "N"))
    var customers: Int?

    enum ReportFormat: String, ExpressibleByArgument { case markdown, html }

    func validate() throws {
        if let consent, !(0...1).contains(consent) { throw ValidationError("--consent must be in [0, 1], got \(consent)") }
        if let lang, !["en", "de"].contains(lang) { throw ValidationError("--lang must be en or de") }
        if let customers, !(1...ScenarioLoader.maxCustomers).contains(customers) { throw ValidationError("--customers must be from 1 to \(ScenarioLoader.maxCustomers)") }
    }

    func run() throws {
        var scenario = try ScenarioSource.load(self.scenario)
        if let customers { scenario = scenario.scaled(toCustomers: customers) }
        try MemoryGuard.check(scenario)
        let engine = Engine(scenario: scenario)
        let result = engine.evaluate(rate: consent ?? scenario.consent.rate)
        let document = AuditReport.build(scenario: scenario, result: result, minors: engine.population.minors,
                                         vulnerable: engine.population.vulnerable, language: Language.resolve(lang, environment: ProcessInfo.processInfo.environment))
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
