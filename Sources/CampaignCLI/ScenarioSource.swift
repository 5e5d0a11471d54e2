import Foundation
import Localization
import ScenarioKit

/// Finds a scenario by file path or built-in name and loads it, turning problems into exit-code-2 errors.
enum ScenarioSource {
    /// Loads `argument`: a file if one exists at that path, else a built-in scenario of that name.
    static func load(_ argument: String) throws -> Scenario {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: argument, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw CLIError.usage(loc("%1 is a folder, not a scenario file", CLIText.language, argument)) }
            return try loadFile(argument)
        }
        if let builtin = BuiltinScenarios.named(argument) {
            do {
                return try ScenarioLoader.load(yaml: builtin.yaml, file: "<built-in \(builtin.name)>")
            } catch {
                throw CLIError.runtime("built-in scenario \(builtin.name) is invalid:\n\(error)")
            }
        }
        var message = loc("%1: no such file or built-in scenario", CLIText.language, argument)
        if let near = Suggestion.nearest(to: argument, in: BuiltinScenarios.all.map(\.name)) {
            message += loc("; did you mean the built-in \"%1\"?", CLIText.language, near)
        } else {
            message += loc(" (built-in: %1)", CLIText.language, BuiltinScenarios.all.map(\.name).joined(separator: ", "))
        }
        throw CLIError.usage(message)
    }

    /// Where `argument` was read from and the SHA-256 of its bytes, for provenance records.
    static func origin(_ argument: String) throws -> (source: String, digest: String) {
        if FileManager.default.fileExists(atPath: argument) { return (argument, SHA256.hex(try readBytes(argument))) }
        guard let builtin = BuiltinScenarios.named(argument) else { throw CLIError.usage(loc("%1: no such file or built-in scenario", CLIText.language, argument)) }
        return ("built-in \(builtin.name)", SHA256.hex(Array(builtin.yaml.utf8)))
    }

    /// Reads and validates one file; the error lists every diagnostic.
    static func loadFile(_ path: String) throws -> Scenario {
        let bytes = try readBytes(path)
        do {
            return try ScenarioLoader.load(bytes: bytes, file: path)
        } catch {
            throw CLIError(message: error.description, exitCode: 2)
        }
    }

    /// The file's bytes, refusing files too large to be scenarios before reading them.
    /// Opened once without blocking and checked to be a regular file (`TextFile.bytes`): a named
    /// pipe or a device is refused, never waited on.
    static func readBytes(_ path: String, limit: Int? = nil) throws -> [UInt8] {
        let max = limit ?? InputLimits.maxScenarioBytes
        do {
            return [UInt8](try TextFile.bytes(path, limit: max))
        } catch .tooLarge {
            throw CLIError.usage(limit == nil ? "\(path): file is larger than \(max) bytes (1 MiB); scenario files are a few kilobytes"
                                 : "\(path): file is larger than \(max) bytes")
        } catch {
            throw CLIError.usage(error.description)
        }
    }
}
