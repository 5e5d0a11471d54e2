import ArgumentParser
import CampaignCompliance
import CampaignDocuments
import CampaignEngine
import CampaignOutput
import CampaignStatistics
import Foundation
import Localization
import ScenarioKit

/// `campaign-sim explain`: "why am I seeing this offer" for sample customers (DSA Art. 26(1)(d)).
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain why customers see their offer under a strategy: parameters, data, legal basis, how to change.")

    @OptionGroup var source: ScenarioOptions

    @Option(help: ArgumentHelp("Strategy: \(StrategyName.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "strategy"))
    var strategy: String

    @OptionGroup var rate: ConsentOption

    @Option(help: ArgumentHelp("Explain this customer (0-based id).", valueName: "ID"))
    var customer: Int?

    @Option(help: ArgumentHelp("Explain N customers spread over the population (default 5).", valueName: "N"))
    var sample: Int?

    @Option(help: ArgumentHelp("For a campaign of several weeks: explain the offer of week T (default 1).", valueName: "T"))
    var week: Int?

    @Option(help: "Output format: text or json.")
    var format: ExplainFormat = .text

    @OptionGroup var language: LanguageOption

    @OptionGroup var replications: ReplicationsOption

    @OptionGroup var quiet: QuietOption

    enum ExplainFormat: String, ExpressibleByArgument { case text, json }

    func validate() throws {
        if customer != nil && sample != nil { throw ValidationError(loc("use either --customer or --sample, not both", CLIText.language)) }
        if let sample, !(1...1000).contains(sample) { throw ValidationError(loc("--sample must be from 1 to 1000", CLIText.language)) }
        if let customer, customer < 0 { throw ValidationError(loc("--customer must be 0 or more", CLIText.language)) }
        if let week, week < 1 { throw ValidationError(loc("--week must be 1 or more", CLIText.language)) }
        _ = try SimulationOptions.parseStrategies(strategy)
    }

    func run() throws {
        let strategyName = try SimulationOptions.parseStrategies(strategy)[0]
        let scenario = try source.load()
        // The scenario's own German texts for people; the figures are the same.
        let shown = scenario.localized(self.language.language)
        let n = scenario.totalCustomers
        let ids: [Int]
        if let customer {
            guard customer < n else { throw CLIError.usage("--customer \(customer) is out of range; the population has customers 0 to \(n - 1)") }
            ids = [customer]
        } else {
            let count = min(sample ?? 5, n)
            ids = (0..<count).map { $0 * n / count }
        }
        let language = self.language.language
        let weeks = scenario.campaign.weeks
        if let week, week > weeks {
            throw CLIError.usage(weeks == 1 ? loc("--week needs a campaign of several weeks: give --weeks 2 or more, or a scenario with campaign.weeks", CLIText.language)
                : loc("--week %1 is past the campaign's last week, %2", CLIText.language, week, weeks))
        }
        let consent = rate.rate(for: scenario)
        let simulator = Simulator(scenario: scenario, threads: source.threads.count)
        let result = simulator.evaluate(rate: consent)
        let inspections: [CustomerInspection]
        var notes: [[String]] = []
        var convertedIn: [Int?] = []
        if weeks > 1 {
            // A campaign of several weeks: each customer followed week by week up to the week asked for.
            var traces = simulator.weekTraces(customers: ids, result: result, week: week ?? 1)
            // Under learning who converted when is the learner's (below), not the known rule's.
            if scenario.model.learning == .thompson { for i in traces.indices { traces[i].convertedIn = [:] } }
            inspections = traces.map(\.inspection)
            notes = traces.map { ExplainText(language: language).weekNotes($0, strategy: strategyName, scenario: shown) }
            convertedIn = traces.map { $0.convertedIn[strategyName] }
        } else {
            // Each customer is regenerated once and explained from that one inspection.
            inspections = simulator.inspect(customers: ids, result: result)
        }
        // A learning firm: what the learner did, beside the rule a knowing firm would follow (MODEL.md §12).
        var learned: [[LearnerChoice]] = []
        if scenario.model.learning == .thompson {
            learned = LearningCampaign.trace(scenario: scenario, customers: ids, rate: consent, week: week ?? 1, threads: source.threads.count)
            if notes.isEmpty { notes = ids.map { _ in [] } }
            for i in ids.indices { notes[i] += ExplainText(language: language).learningNotes(learned[i], strategy: strategyName, scenario: shown) }
        }
        var explanations = inspections.map {
            Explanation($0, strategy: strategyName, scenario: shown, language: language)
        }
        // The offer line says what the learner showed (the rule's reasons stay, marked as the rule's by the notes).
        for (i, choices) in learned.enumerated() where strategyName != .oracle {
            let choice = choices.first { $0.strategy == strategyName }
            explanations[i].offer = choice.map { shown.offers[$0.offer].name }
            if choice == nil {
                explanations[i].mainParameters = loc("Not contacted this week: a welcome bonus is redeemed once, and you redeemed one in an earlier week.", language)
                explanations[i].short = explanations[i].mainParameters
            }
        }
        // Not contacted because the bonus was redeemed before, not because of who they are.
        for (i, week) in convertedIn.enumerated() {
            guard let week else { continue }
            explanations[i].mainParameters = ExplainText(language: language).redeemedBefore(week)
            explanations[i].short = explanations[i].mainParameters
        }
        var replicated: ReplicatedFigures?
        if replications.replications > 1 {
            let runs = try Simulation.replicate(Array(0..<replications.replications), scenario: scenario, rates: [consent],
                                               threads: source.threads.count, first: [result], quiet: quiet.quiet)
            replicated = ReplicatedResult.summarize(units: runs)[0][strategyName]
        }
        switch format {
        case .json:
            Console.out(ExplanationDocument.json(explanations, inspections, scenario: scenario, language: language,
                                                 replicated: replicated, replications: replications.replications,
                                                 week: weeks > 1 ? (week ?? 1) : nil, notes: notes))
        case .text:
            Console.out(ExplanationDocument.text(explanations, inspections, scenario: shown, language: language,
                                                 figures: ExplanationDocument.figuresLine(replicated, replications: replications.replications, language: language),
                                                 notes: notes))
        }
    }
}
