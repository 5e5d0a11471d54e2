import Foundation
import Localization

/// Writes to stdout and stderr; results go to stdout, every message to stderr.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes a command's result to `output` atomically (never over a file without `force`), or to stdout.
    static func deliver(_ text: String, to output: String?, force: Bool) throws {
        guard let output else {
            out(text)
            return
        }
        do {
            try AtomicFile.write(Data(text.utf8), to: output, overwrite: force)
        } catch {
            throw CLIError.usage(error.description)
        }
        Console.error(loc("wrote %1", CLIText.language, output))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
