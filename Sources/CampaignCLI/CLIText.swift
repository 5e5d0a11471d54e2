import Foundation
import Localization

/// The language of the command line's own messages: `--lang` when the arguments give it, else
/// LC_ALL / LANG (German when they start with "de"). Read once; messages are words, so JSON and
/// CSV on stdout never change with it. Call sites pass `CLIText.language` to `loc`.
enum CLIText {
    static let language: Language = {
        let arguments = CommandLine.arguments
        var value: String?
        for (i, argument) in arguments.enumerated() {
            if argument == "--lang", i + 1 < arguments.count { value = arguments[i + 1] }
            if argument.hasPrefix("--lang=") { value = String(argument.dropFirst("--lang=".count)) }
        }
        return Language.resolve(value.flatMap { Language(rawValue: $0) == nil ? nil : $0 }, environment: ProcessInfo.processInfo.environment)
    }()
}
