import ArgumentParser
import CampaignCharts
import CampaignEngine
import Foundation
import Localization
import ScenarioKit

/// `campaign-sim chart`: one chart as a standalone SVG file, for slides and reports.
struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Write a chart as a standalone SVG 1.1 file (sweep, exposure or frontier).",
        discussion: "For a PNG: rsvg-convert -w 1920 chart.svg -o chart.png (librsvg), or inkscape chart.svg --export-type=png.")

    @OptionGroup var source: ScenarioOptions

    @Option(help: "sweep (a figure by consent rate), exposure (exposure index by consent rate) or frontier (expected profit against exposure at one rate).")
    var kind: Kind = .sweep

    @Option(help: ArgumentHelp("The figure a sweep chart shows, by its JSON name (default: expected_profit_eur).", valueName: "name"))
    var metric: String = FigureKey.expectedProfitEUR.rawValue

    @OptionGroup var rate: ConsentOption

    @OptionGroup var language: LanguageOption

    @OptionGroup var file: OutputFileOption

    enum Kind: String, ExpressibleByArgument, CaseIterable { case sweep, exposure, frontier }

    func run() throws {
        guard let key = FigureKey(rawValue: metric), FigureKey.contract.contains(key) || key == .fineCapLargest else {
            let names = FigureKey.contract.map(\.rawValue)
            var message = loc("--metric: unknown figure \"%1\"", CLIText.language, metric)
            if let near = Suggestion.nearest(to: metric, in: names) { message += loc("; did you mean \"%1\"?", CLIText.language, near) }
            throw CLIError.usage(message)
        }
        let scenario = try source.load()
        let l = language.language
        let name = scenario.localized(l).name
        let engine = Engine(scenario: scenario)
        let consent = rate.rate(for: scenario)
        let model: ChartModel
        switch kind {
        case .sweep, .exposure:
            let rates = Array(Set(scenario.consent.sweep + [consent])).sorted()
            model = ChartModel.sweep(engine.sweep(rates), strategies: scenario.strategies, metric: kind == .exposure ? .exposureIndex : key,
                                     cursor: consent, scenario: name, language: l)
        case .frontier:
            model = ChartModel.frontier(engine.evaluate(rate: consent), strategies: scenario.strategies, scenario: name, language: l)
        }
        try Console.deliver(SVGChart.render(model), to: file.output, force: file.force)
    }
}
