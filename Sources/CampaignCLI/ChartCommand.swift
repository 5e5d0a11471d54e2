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
        abstract: "Write a chart as a standalone SVG 1.1 file (sweep, exposure, frontier or weeks).",
        discussion: "For a PNG: rsvg-convert -w 1920 chart.svg -o chart.png (librsvg), or inkscape chart.svg --export-type=png.")

    @OptionGroup var source: ScenarioOptions

    @Option(help: "sweep (a figure by consent rate), exposure (exposure index by consent rate), frontier (expected profit against exposure at one rate) or weeks (a week figure by week at one rate, for a campaign of several weeks).")
    var kind: Kind = .sweep

    @Option(help: ArgumentHelp("The figure a sweep chart shows, by its JSON name (default: expected_profit_eur; for weeks: cumulative_profit_eur, or any WEEK_FIGURES name).", valueName: "name"))
    var metric: String?

    @OptionGroup var rate: ConsentOption

    @OptionGroup var language: LanguageOption

    @OptionGroup var file: OutputFileOption

    enum Kind: String, ExpressibleByArgument, CaseIterable { case sweep, exposure, frontier, weeks }

    /// A usage error for an unknown `--metric`, with the nearest name.
    func unknownMetric(_ metric: String, names: [String]) -> CLIError {
        var message = loc("--metric: unknown figure \"%1\"", CLIText.language, metric)
        if let near = Suggestion.nearest(to: metric, in: names) { message += loc("; did you mean \"%1\"?", CLIText.language, near) }
        return CLIError.usage(message)
    }

    func run() throws {
        if kind == .weeks {
            let name = metric ?? WeekFigureKey.cumulativeProfitEUR.rawValue
            guard let weekKey = WeekFigureKey(rawValue: name) else { throw unknownMetric(name, names: WeekFigureKey.allCases.map(\.rawValue)) }
            let scenario = try source.load()
            guard scenario.campaign.weeks > 1 else {
                throw CLIError.usage(loc("--kind weeks needs a campaign of several weeks: give --weeks 2 or more, or a scenario with campaign.weeks", CLIText.language))
            }
            let l = language.language
            let result = Simulator(scenario: scenario, threads: source.threads.count).evaluate(rate: rate.rate(for: scenario))
            let model = ChartModel.weeks(result, strategies: scenario.strategies, metric: weekKey, cursor: nil, scenario: scenario.localized(l).name, language: l)
            try Console.deliver(SVGChart.render(model), to: file.output, force: file.force)
            return
        }
        let metric = self.metric ?? FigureKey.expectedProfitEUR.rawValue
        guard let key = FigureKey(rawValue: metric), FigureKey.contract.contains(key) || key == .fineCapLargest else {
            throw unknownMetric(metric, names: FigureKey.contract.map(\.rawValue))
        }
        let scenario = try source.load()
        let l = language.language
        let name = scenario.localized(l).name
        let consent = rate.rate(for: scenario)
        let simulator = Simulator(scenario: scenario, threads: source.threads.count)
        let model: ChartModel
        switch kind {
        case .sweep, .exposure, .weeks:
            let rates = Array(Set(scenario.consent.sweep + [consent])).sorted()
            model = ChartModel.sweep(simulator.sweep(rates), strategies: scenario.strategies,
                                     metric: kind == .exposure ? .exposureIndex : key, cursor: consent, scenario: name, language: l)
        case .frontier:
            model = ChartModel.frontier(simulator.evaluate(rate: consent), strategies: scenario.strategies,
                                        scenario: name, language: l)
        }
        try Console.deliver(SVGChart.render(model), to: file.output, force: file.force)
    }
}
