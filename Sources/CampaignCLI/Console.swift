import Foundation
import Localization
import TerminalKit

/// Writes to stdout and stderr; results go to stdout, every message to stderr.
///
/// Text from scenario and lesson files can hold terminal escape sequences: everything written
/// here is neutralised (control characters shown, not acted on). Files written with `-o` keep
/// their text. Writes use the throwing API, so a full disk is an error and a closed pipe ends the
/// program quietly instead of trapping.
enum Console {
    static func out(_ text: String) {
        write(ascii(ControlCharacters.neutralised(text)), to: .standardOutput)
    }

    /// Whether the output is for a terminal that cannot show UTF-8 (LANG=C), or ASCII is forced
    /// (CAMPAIGN_SIM_ASCII, as for the TUI). Pipes and files always get UTF-8.
    static let asciiOutput: Bool = {
        let env = ProcessInfo.processInfo.environment
        if !(env["CAMPAIGN_SIM_ASCII"] ?? "").isEmpty { return true }
        guard isatty(STDOUT_FILENO) == 1 else { return false }
        let locale = [env["LC_ALL"], env["LC_CTYPE"], env["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? "C"
        let lower = locale.lowercased()
        return !(lower.contains("utf-8") || lower.contains("utf8"))
    }()

    /// Each character a non-UTF-8 terminal cannot show as one ASCII look-alike (amounts already
    /// say "EUR", see `NumberText.asciiEuro`), so columns keep their widths.
    static func ascii(_ text: String) -> String {
        guard asciiOutput, !text.allSatisfy(\.isASCII) else { return text }
        return String(text.map(AsciiFallback.map))
    }

    /// Writes `text` to `handle`: on a closed pipe (EPIPE) the reader has gone and the program ends
    /// quietly with 0; on any other failure (a full disk) it says so on stderr and exits 1. A message
    /// that stderr cannot take is dropped: there is nowhere to report it, and the command's own exit
    /// code (2 for bad input) must still tell what happened.
    static func write(_ text: String, to handle: FileHandle) {
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            if handle === FileHandle.standardError { return }
            let ns = error as NSError
            let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError
            if ns.code == Int(EPIPE) || underlying?.code == Int(EPIPE) { exit(0) }
            try? FileHandle.standardError.write(contentsOf: Data(loc("error: cannot write the output: %1", CLIText.language, error.localizedDescription).utf8 + [0x0A]))
            exit(1)
        }
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
        write(ascii(ControlCharacters.neutralised(text.hasSuffix("\n") ? text : text + "\n")), to: .standardError)
    }
}
