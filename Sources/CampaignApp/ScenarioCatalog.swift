import Foundation
import Localization
import ScenarioKit

/// The scenarios the picker offers: the built-in ones, then ./scenarios/*.yaml.
struct ScenarioCatalog {
    let files: AppFileSystem

    /// Loads the scenario behind a picker entry.
    func load(_ entry: PickerEntry) throws -> Scenario {
        switch entry.source {
        case .builtin(let name):
            return try ScenarioLoader.load(yaml: BuiltinScenarios.named(name)!.yaml, file: name)
        case .file(let path):
            return try ScenarioLoader.load(bytes: files.read(path: path), file: path)
        }
    }

    /// Built-in scenarios, then ./scenarios/*.yaml files (invalid ones marked with their first error).
    func entries(_ language: Language) -> [PickerEntry] {
        var entries = BuiltinScenarios.all.compactMap { builtin -> PickerEntry? in
            guard let s = try? ScenarioLoader.load(yaml: builtin.yaml, file: builtin.name).localized(language) else { return nil }
            return PickerEntry(source: .builtin(builtin.name), title: s.name, description: s.description)
        }
        for path in files.scenarioFiles() {
            do {
                let s = try ScenarioLoader.load(bytes: files.read(path: path), file: path).localized(language)
                entries.append(PickerEntry(source: .file(path), title: s.name, description: s.description))
            } catch let error as ScenarioError {
                entries.append(PickerEntry(source: .file(path), title: (path as NSString).lastPathComponent, description: "",
                                           problem: error.diagnostics.first?.description ?? "invalid scenario"))
            } catch {
                entries.append(PickerEntry(source: .file(path), title: (path as NSString).lastPathComponent, description: "",
                                           problem: "\(path): \(error)"))
            }
        }
        return entries
    }
}
