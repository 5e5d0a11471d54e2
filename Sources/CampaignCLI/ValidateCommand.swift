import Localization
import ArgumentParser
import ScenarioKit

/// `campaign-sim validate`: checks scenario files and reports every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenario files; exit 0 when all are valid, else 2 with every error on stderr.")

    @Argument(help: "Scenario files to check.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError(loc("name at least one scenario file", CLIText.language)) }
    }

    func run() throws {
        var failed = false
        for file in files {
            do {
                let scenario = try ScenarioSource.loadFile(file)
                Console.error(loc("%1: ok (%2, %3 customers)", CLIText.language, file, scenario.name, scenario.totalCustomers))
            } catch let error as CLIError {
                Console.error(error.message)
                failed = true
            }
        }
        if failed { throw CLIError(message: "", exitCode: 2).silenced }
    }
}

extension CLIError {
    /// The same error with nothing more to print (its details are already on stderr).
    var silenced: CLIError { CLIError(message: "", exitCode: exitCode) }
}
