import Localization
import ArgumentParser
import Foundation
import ScenarioKit

/// `campaign-sim new`: writes a commented starter scenario.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a commented starter scenario to NAME.yaml (never over an existing file without --force).")

    @Argument(help: "Name of the new scenario; the file is NAME.yaml unless NAME ends in .yaml or .yml.")
    var name: String

    @Flag(help: "Replace an existing file.")
    var force = false

    func validate() throws {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError(loc("the name must not be empty", CLIText.language)) }
    }

    func run() throws {
        let path = name.hasSuffix(".yaml") || name.hasSuffix(".yml") ? name : name + ".yaml"
        let title = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let text = StarterScenario.text(name: title)
        do {
            try AtomicFile.write(Data(text.utf8), to: path, overwrite: force)
        } catch {
            throw CLIError.usage(error.description)
        }
        // The file's first line names scenario.schema.json: put it beside, never over another file.
        let schema = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("scenario.schema.json").path
        if !FileManager.default.fileExists(atPath: schema), (try? AtomicFile.write(Data((BuiltinScenarios.schema + "\n").utf8), to: schema, overwrite: false)) != nil {
            Console.error("wrote \(schema), the schema editors check the file against")
        }
        Console.error("wrote \(path); check it with `campaign-sim validate \(path)` and run it with `campaign-sim run \(path)`")
    }
}
