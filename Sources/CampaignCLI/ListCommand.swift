import ArgumentParser
import ScenarioKit

/// `campaign-sim list`: the built-in scenarios.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the built-in scenarios.")

    func run() throws {
        var out = ""
        for builtin in BuiltinScenarios.all {
            let scenario = try? ScenarioLoader.load(yaml: builtin.yaml, file: builtin.name)
            let summary = scenario.map { "\($0.totalCustomers) customers — " + ($0.description.split(separator: "\n").first.map(String.init) ?? "") } ?? ""
            out += "\(builtin.name)\t\(summary)\n"
        }
        Console.out(out)
    }
}
