import ArgumentParser
import CampaignCompliance
import CampaignDocuments
import CampaignEngine
import CampaignOutput
import Foundation
import Localization
import ScenarioKit

/// `campaign-sim explain`: "why am I seeing this offer" for sample customers (DSA Art. 26(1)(d)).
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain why customers see their offer under a strategy: parameters, data, legal basis, how to change.")

    @Argument(help: "Scenario file (YAML), or the name of a built-in scenario.")
    var scenario: String

    @Option(help: "Strategy: broadcast, contextual, segment, personalized, unconstrained or oracle.")
    var strategy: String

    @Option(help: ArgumentHelp("Consent rate r in [0, 1] (default: the scenario's).", valueName: "R"))
    var consent: Double?

    @Option(help: ArgumentHelp("Explain this customer (0-based id).", valueName: "ID"))
    var customer: Int?

    @Option(help: ArgumentHelp("Explain N customers spread over the population (default 5).", valueName: "N"))
    var sample: Int?

    @Option(help: "Output format: text or json.")
    var format: ExplainFormat = .text

    @Option(help: "Language: en or de (default: de when LANG starts with de, else en).")
    var lang: String?

    @Option(help: ArgumentHelp("Scale every cohort so that there are N customers in total.", valueName: "N"))
    var customers: Int?

    enum ExplainFormat: String, ExpressibleByArgument { case text, json }

    func validate() throws {
        if let consent, !(0...1).contains(consent) { throw ValidationError("--consent must be in [0, 1], got \(consent)") }
        if customer != nil && sample != nil { throw ValidationError("use either --customer or --sample, not both") }
        if let sample, !(1...1000).contains(sample) { throw ValidationError("--sample must be from 1 to 1000") }
        if let customer, customer < 0 { throw ValidationError("--customer must be 0 or more") }
        if let lang, !["en", "de"].contains(lang) { throw ValidationError("--lang must be en or de") }
        if let customers, !(1...ScenarioLoader.maxCustomers).contains(customers) { throw ValidationError("--customers must be from 1 to \(ScenarioLoader.maxCustomers)") }
        _ = try SimulationOptions.parseStrategies(strategy)
    }

    func run() throws {
        let strategyName = try SimulationOptions.parseStrategies(strategy)[0]
        var scenario = try ScenarioSource.load(self.scenario)
        if let customers { scenario = scenario.scaled(toCustomers: customers) }
        try MemoryGuard.check(scenario)
        let engine = Engine(scenario: scenario)
        let n = engine.population.count
        let ids: [Int]
        if let customer {
            guard customer < n else { throw CLIError.usage("--customer \(customer) is out of range; the population has customers 0 to \(n - 1)") }
            ids = [customer]
        } else {
            let count = min(sample ?? 5, n)
            ids = (0..<count).map { $0 * n / count }
        }
        let result = engine.evaluate(rate: consent ?? scenario.consent.rate)
        let language = Language.resolve(lang, environment: ProcessInfo.processInfo.environment)
        // Each customer is regenerated once and explained from that one inspection.
        let inspections = ids.map { engine.inspect(customer: $0, result: result) }
        let explanations = inspections.map {
            Explanation($0, strategy: strategyName, scenario: scenario, regions: engine.context.regions, language: language)
        }
        switch format {
        case .json: Console.out(json(explanations, inspections, scenario: scenario, language: language))
        case .text: Console.out(text(explanations, inspections, scenario: scenario, language: language))
        }
    }

    func text(_ explanations: [Explanation], _ inspections: [CustomerInspection], scenario: Scenario, language: Language) -> String {
        let t = ExplainText(language: language)
        guard let first = explanations.first else { return "" }
        let strategyName = loc(first.strategy.title, language)
        var out = "\(t.title) — \(scenario.name), \(strategyName), \(t.consentRateLabel) \(NumberText.decimal(first.consentRate * 100, 0)) %\n"
        let width = [t.offerLabel, t.parametersLabel, t.dataLabel, t.basisLabel, t.changeLabel, t.violationsLabel].map(\.count).max()! + 2
        func line(_ label: String, _ value: String) -> String {
            "  " + label + ":" + String(repeating: " ", count: max(1, width - label.count)) + value + "\n"
        }
        for (e, inspection) in zip(explanations, inspections) {
            let c = inspection.customer
            out += "\n\(t.customerLabel) #\(e.customer) (\(c.ageBand.rawValue), \(t.consentsLabel): \(inspection.consents ? t.yes : t.no))\n"
            out += line(t.offerLabel, e.offer ?? t.notContactedLabel)
            out += line(t.parametersLabel, e.mainParameters)
            out += line(t.dataLabel, e.dataUsed.isEmpty ? t.noneLabel : e.dataUsed.joined(separator: ", "))
            out += line(t.basisLabel, e.legalBasis)
            out += line(t.changeLabel, e.howToChange)
            if !e.violations.isEmpty { out += line(t.violationsLabel, e.violations.joined(separator: "; ")) }
        }
        return out + "\n" + t.disclaimer + "\n"
    }

    func json(_ explanations: [Explanation], _ inspections: [CustomerInspection], scenario: Scenario, language: Language) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.string("scenario", scenario.name)
        w.string("language", language.rawValue)
        w.string("strategy", explanations.first?.strategy.rawValue ?? "")
        w.number("consent_rate", explanations.first?.consentRate)
        w.beginArray("customers")
        for (e, inspection) in zip(explanations, inspections) {
            w.beginObject()
            w.int("customer", e.customer)
            w.string("age_band", inspection.customer.ageBand.rawValue)
            w.bool("consents", inspection.consents)
            if let offer = e.offer { w.string("offer", offer) } else { w.null("offer") }
            w.string("main_parameters", e.mainParameters)
            w.beginArray("data_used")
            for item in e.dataUsed { w.string(nil, item) }
            w.endArray()
            w.string("legal_basis", e.legalBasis)
            w.string("how_to_change", e.howToChange)
            w.beginArray("violations")
            for item in e.violations { w.string(nil, item) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.text + "\n"
    }
}
