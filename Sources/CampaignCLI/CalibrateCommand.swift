import ArgumentParser
import Calibration
import CampaignEngine
import Foundation
import Localization
import ScenarioKit

/// `campaign-sim calibrate`: fit a scenario to a randomized experiment and report the fit.
struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Fit a scenario to a randomized experiment (CSV rows or a counts table) and report the fit.",
        discussion: "See docs/calibration.md. Example: campaign-sim calibrate data/hillstrom-counts.csv --arm segment --control 'No E-Mail' --outcome conversion --offer 'Mens E-Mail=menswear' --offer 'Womens E-Mail=womenswear' --history mens=menswear --history womens=womenswear --value spend -o hillstrom.yaml")

    @Argument(help: "The data: one row per customer with a header row, or a table of counts with a `count` column.")
    var data: String

    @Option(help: ArgumentHelp("The column naming each customer's randomized arm.", valueName: "COLUMN"))
    var arm: String

    @Option(help: ArgumentHelp("The arm that got no offer.", valueName: "LABEL"))
    var control: String

    @Option(help: ArgumentHelp("The 0/1 outcome column.", valueName: "COLUMN"))
    var outcome: String

    @Option(help: ArgumentHelp("A treated arm and the category its offer is about (repeat for each).", valueName: "LABEL=CATEGORY"))
    var offer: [String] = []

    @Option(help: ArgumentHelp("A 0/1 or count column of past behaviour and its category (repeat).", valueName: "COLUMN=CATEGORY"))
    var history: [String] = []

    @Option(help: ArgumentHelp("A column whose values define cohorts (repeat).", valueName: "COLUMN"))
    var cohort: [String] = []

    @Option(help: ArgumentHelp("The outcome's value column; its mean among converters becomes each offer's value.", valueName: "COLUMN"))
    var value: String?

    @Option(help: ArgumentHelp("Hold this share of the customers out of the fit and report how well the fit predicts them.", valueName: "FRACTION"))
    var holdout: Double = 0

    @Option(help: "Seed of the holdout split and of the fit's fixed draws.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("The calibrated scenario's name (default: \"Calibrated: \" and the data file's name).", valueName: "TEXT"))
    var name: String?

    @Option(help: ArgumentHelp("The bonus a treated arm's converting customer redeems, in euros (repeat; not in such data: 0 unless given, and written as an assumption).", valueName: "LABEL=EUR"))
    var cost: [String] = []

    @Option(help: ArgumentHelp("Where the data come from (the experiment, its author and year), written into the scenario's header.", valueName: "TEXT"))
    var source: String?

    @Flag(help: "Allow an --offer about a category that no --history names (else refused as a likely typo).")
    var newCategory = false

    @Option(help: ArgumentHelp("The company's worldwide annual turnover for the fine caps (not in such data: €100 M is assumed unless given).", valueName: "EUR"))
    var turnover: Double = 100_000_000

    @Option(help: ArgumentHelp("Where the experiment's offers were shown: web, app or email (not in such data: web unless given).", valueName: "CHANNEL"))
    var channel: String = "web"

    @Option(help: ArgumentHelp("The business's sector: retail, streaming, gambling or other (decides which sector rules the report names).", valueName: "SECTOR"))
    var sector: String = "other"

    @Option(help: "The fit report: table or json.")
    var format: Format = .table

    @OptionGroup var file: OutputFileOption

    @OptionGroup var threads: ThreadsOption

    enum Format: String, ExpressibleByArgument { case table, json }

    static func pairs(_ values: [String], _ option: String) throws -> [(String, String)] {
        try values.map { v in
            guard let eq = v.lastIndex(of: "="), eq != v.startIndex, v.index(after: eq) != v.endIndex else {
                throw CLIError.usage("\(option) takes \(option == "--cost" ? "LABEL=EUR" : "NAME=CATEGORY"), got \"\(v)\"")
            }
            return (String(v[..<eq]), String(v[v.index(after: eq)...]))
        }
    }

    func run() throws {
        var spec = CalibrationSpec(arm: arm, control: control, outcome: outcome,
                                   offers: try Self.pairs(offer, "--offer").map { (label: $0.0, category: $0.1) },
                                   history: try Self.pairs(history, "--history").map { (column: $0.0, category: $0.1) },
                                   cohorts: cohort, value: value, holdout: holdout, seed: seed)
        for (label, text) in try Self.pairs(cost, "--cost") {
            guard spec.offers.contains(where: { $0.label == label }) else { throw CLIError.usage("--cost \"\(label)\": no --offer has that label") }
            guard spec.costs[label] == nil else { throw CLIError.usage("--cost \"\(label)\" is given twice") }
            guard let euros = Double(text), euros.isFinite, euros >= 0, euros <= 1e9 else { throw CLIError.usage("--cost \(label)=\(text): the cost must be a number of euros from 0 to 10^9") }
            spec.costs[label] = euros
        }
        spec.allowNewCategories = newCategory
        if let source {
            guard !source.contains(where: \.isNewline), source.count <= 300 else { throw CLIError.usage("--source must be one line of at most 300 characters") }
            spec.source = source
        }
        try file.refuseExisting()
        let bytes = try ScenarioSource.readBytes(data, limit: CalibrationTable.maxBytes)
        let calibration: Calibration
        do {
            calibration = try Calibration(table: try CalibrationTable(bytes: bytes, file: data), spec: spec)
        } catch {
            throw CLIError(message: "\(error)".hasPrefix(data) ? "\(error)" : loc("error: %1", CLIText.language, "\(error)"), exitCode: 2)
        }
        let digest = SHA256.hex(bytes)
        let stem = URL(fileURLWithPath: data).deletingPathExtension().lastPathComponent
        let fitValues = calibration.policyValues(calibration.data)
        guard turnover > 0, turnover <= 1e13 else { throw CLIError.usage("--turnover must be in (0, 10^13] euros") }
        guard let channel = Channel(rawValue: channel) else { throw CLIError.usage("--channel must be web, app or email, got \"\(channel)\"") }
        guard let sector = Sector(rawValue: sector) else { throw CLIError.usage("--sector must be retail, streaming, gambling or other, got \"\(sector)\"") }
        var scenario = calibration.scenario(name: name ?? "Calibrated: \(stem)", description: CalibrationReport.story(calibration, values: fitValues))
        scenario.company.annualTurnoverEUR = turnover
        scenario.company.sector = sector
        scenario.campaign.channel = channel
        // On e-mail a contextual fallback would read the tracked clicks of subscribers who did not
        // consent to profiling: the fallback is one offer for everyone (docs/model.md).
        if channel == .email { scenario.privacy.fallback = .broadcast }
        // The schema line stays first, so editors still find the schema; the calibration's record follows it.
        let body = ScenarioWriter.yaml(scenario)
        let firstLine = body.prefix { $0 != "\n" }
        let yaml = firstLine + "\n" + CalibrationReport.header(calibration, file: data, digest: digest, date: ReportCommand.timestamp())
            + body.dropFirst(firstLine.count + 1)
        // The written scenario must load as any other: a calibration never writes an invalid file.
        do { _ = try ScenarioLoader.load(yaml: yaml, file: "calibrated") } catch {
            throw CLIError.runtime("the calibrated scenario does not validate:\n\(error)")
        }
        let predicted = Calibration.predicted(scenario, threads: threads.count)
        let report = format == .json ? CalibrationReport.json(calibration, file: data, digest: digest, predicted: predicted)
            : CalibrationReport.table(calibration, file: data, predicted: predicted)
        if let output = file.output { try Console.deliver(yaml, to: output, force: file.force) }
        Console.out(report)
    }
}
