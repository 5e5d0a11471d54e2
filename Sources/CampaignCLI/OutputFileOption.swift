import ArgumentParser
import CampaignEngine
import Foundation
import CampaignStatistics
import Localization
import ScenarioKit

/// `-o FILE` and `--force`, shared by the commands that write a file.
struct OutputFileOption: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output (atomically; never over an existing file without --force).", valueName: "FILE"))
    var output: String?

    @Flag(help: "Replace an existing output file.")
    var force = false

    /// Refuses, before any work or writing, when one of `paths` (the output by default) exists and
    /// --force is not given: a refusal never leaves a file half-replaced.
    func refuseExisting(_ paths: [String]? = nil) throws {
        // Checked before any work: an empty name, or a device, pipe or folder, is never a target.
        for path in paths ?? [output].compactMap({ $0 }) {
            do { try AtomicFile.check(path) } catch { throw CLIError.usage(error.description) }
        }
        guard !force else { return }
        for path in paths ?? [output].compactMap({ $0 }) where FileManager.default.fileExists(atPath: path) {
            throw CLIError.usage(AtomicFile.Failure.exists(path).description)
        }
    }
}
