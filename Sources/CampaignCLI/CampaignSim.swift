import ArgumentParser
import CampaignEngine
import CampaignOutput
import Foundation
import Localization
import ScenarioKit

/// The `campaign-sim` command: the TUI without arguments, subcommands for headless use.
public struct CampaignSim: ParsableCommand {
    /// The command's name, help text, version and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "campaign-sim",
        abstract: "Personalisation vs privacy: simulate new-customer bonus campaigns from one message for everyone to consent-gated personalisation.",
        discussion: """
        Without a subcommand, opens the interactive view on the built-in scenario.
        SCENARIO is a YAML file or the name of a built-in scenario (see `campaign-sim list`).
        Exit codes: 0 success, 1 runtime failure, 2 usage error or invalid input.
        """,
        version: CampaignSim.versionText,
        subcommands: [TUICommand.self, LessonCommand.self, RunCommand.self, SweepCommand.self, ValidateCommand.self, NewCommand.self, ListCommand.self, ExplainCommand.self, ReportCommand.self, RecordsCommand.self, ChartCommand.self, CalibrateCommand.self, RobustnessCommand.self, MergeCommand.self, BenchCommand.self])

    /// The tool's version; the model version changes whenever the draws change (docs/model.md).
    public static let version = "2.0.0-dev"
    static let versionText = "campaign-sim \(version) (model_version \(Engine.modelVersion))"

    /// The command without arguments, as the argument parser needs it.
    public init() {}

    /// Opens the interactive view on the built-in scenario.
    public func run() throws {
        try TUISession.run(scenarioArgument: nil, customers: nil, threads: nil)
    }

    /// Parses the arguments, runs the command and exits with 0, 1 or 2 (never argument parser's 64).
    public static func runMain(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        // Before any work or thread: amounts say "EUR" where the terminal cannot show "€".
        NumberText.asciiEuro = Console.asciiOutput
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Foundation.exit(0)
        } catch let error as CLIError {
            if !error.message.isEmpty { Console.error(error.message) }
            Foundation.exit(error.exitCode)
        } catch {
            let code = exitCode(for: error)
            // A mistyped subcommand reads as "unexpected arguments": name it, and the nearest command.
            let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
            if code != .success, let first = arguments.first, !first.hasPrefix("-"), !names.contains(first),
               !FileManager.default.fileExists(atPath: first) {
                var message = loc("error: unknown command \"%1\"", CLIText.language, first)
                if let near = Suggestion.nearest(to: first, in: names) { message += loc("; did you mean \"%1\"?", CLIText.language, near) }
                Console.error(message)
                Console.error(loc("Run `campaign-sim help` for usage.", CLIText.language))
                Foundation.exit(2)
            }
            let message = fullMessage(for: error)
            if code == .success {
                Console.out(message + "\n")
                Foundation.exit(0)
            }
            Console.error(message)
            if code != ExitCode.failure { Console.error(loc("Run `campaign-sim help` for usage.", CLIText.language)) }
            Foundation.exit(code == .failure ? 1 : 2)
        }
    }
}

/// A failure with its exit code: 2 for bad input, 1 for runtime failures.
public struct CLIError: Error {
    /// The message printed to standard error; empty prints nothing.
    public var message: String
    /// The process's exit code.
    public var exitCode: Int32

    /// Bad arguments or an invalid file: exit code 2.
    public static func usage(_ message: String) -> CLIError { CLIError(message: loc("error: %1", CLIText.language, message), exitCode: 2) }
    /// Something went wrong while running: exit code 1.
    public static func runtime(_ message: String) -> CLIError { CLIError(message: loc("error: %1", CLIText.language, message), exitCode: 1) }
}
