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

    @Option(help: "Output format: markdown, html, or json (the legal assessment as data: every obligation's status for every strategy).")
    var format: ReportFormat = .markdown

    @OptionGroup var language: LanguageOption

    @OptionGroup var replications: ReplicationsOption

    @OptionGroup var quiet: QuietOption

    @OptionGroup var file: OutputFileOption

    enum ReportFormat: String, ExpressibleByArgument { case markdown, html, json }

    /// Now in ISO 8601 UTC, or SOURCE_DATE_EPOCH's time when set, so a report can be reproduced byte for byte.
    static func timestamp() -> String {
        let environment = ProcessInfo.processInfo.environment
        let date = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init).map { Date(timeIntervalSince1970: $0) } ?? Date()
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    func run() throws {
        let scenario = try source.load()
        let consent = rate.rate(for: scenario)
        let threads = source.threads.count
        // Charts: inline in HTML; beside a Markdown file written with -o (stdout has nowhere to put them).
        let withCharts = format == .html || (format == .markdown && file.output != nil)
        // One simulator, one pass: the report's rate and, for the charts, the sweep grid with it.
        // A campaign of several weeks reports its totals and its weeks (MODEL.md §9).
        let simulator = Simulator(scenario: scenario, threads: threads)
        let rates = withCharts ? Array(Set(scenario.consent.sweep + [consent])).sorted() : [consent]
        let sweep = simulator.sweep(rates)
        // `rates` holds `consent`, so its figures are in the sweep.
        let result = sweep.first { $0.consentRate == consent } ?? simulator.evaluate(rate: consent)
        if format == .json {
            // The assessment of one run's figures; replications would only average the counts it is read from.
            guard replications.replications == 1 else { throw CLIError.usage("--format json reports one run's assessment; leave out --replications") }
            let census = simulator.census
            let assessment = LegalAssessment(scenario: scenario, result: result, minors: census.minors, vulnerable: census.vulnerable)
            try file.refuseExisting([file.output].compactMap { $0 })
            try Console.deliver(AssessmentJSON.render(assessment, language: language.language), to: file.output, force: file.force)
            return
        }
        var replicated: ReplicatedResult?
        if replications.replications > 1 {
            let runs = try Simulation.replicate(Array(0..<replications.replications), scenario: scenario, rates: [consent],
                                               threads: threads, first: [result], quiet: quiet.quiet)
            replicated = ReplicatedResult.summarize(units: runs)[0]
        }
        let origin = try ScenarioSource.origin(source.scenario)
        var options: [String] = []
        if let customers = source.customers { options.append("--customers \(customers)") }
        options.append("--consent \(ShortestNumber.text(consent))")
        if replications.replications > 1 { options.append("--replications \(replications.replications)") }
        if let weeks = source.time.weeks { options.append("--weeks \(weeks)") }
        if let withdrawal = source.time.withdrawal { options.append("--withdrawal \(ShortestNumber.text(withdrawal))") }
        if let retention = source.time.retention { options.append("--retention \(retention)") }
        options.append("--lang \(language.language.rawValue)")
        let provenance = Provenance(generated: ReportCommand.timestamp(), tool: "campaign-sim \(CampaignSim.version)", modelVersion: Engine.modelVersion,
                                    source: origin.source, digest: origin.digest, options: options.joined(separator: " "))
        let stem = file.output.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent } ?? "report"
        let census = simulator.census
        let document = AuditReport.build(scenario: scenario, result: result, minors: census.minors,
                                         vulnerable: census.vulnerable, language: language.language, replicated: replicated,
                                         provenance: provenance, sweep: withCharts ? sweep : [], chartPrefix: stem)
        let text = format == .html ? document.html : document.markdown
        var charts: [(path: String, svg: String)] = []
        if format == .markdown, let output = file.output {
            let folder = URL(fileURLWithPath: output).deletingLastPathComponent()
            for case .figure(let svg, _, let name) in document.blocks { charts.append((folder.appendingPathComponent(name).path, svg)) }
        }
        // Refuse before writing anything, so a refusal leaves no file half-replaced.
        try file.refuseExisting([file.output].compactMap { $0 } + charts.map(\.path))
        for chart in charts { try Console.deliver(chart.svg, to: chart.path, force: file.force) }
        try Console.deliver(text, to: file.output, force: file.force)
    }
}
