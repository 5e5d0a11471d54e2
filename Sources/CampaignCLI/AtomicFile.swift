import Foundation
import Localization

/// Writes files so that a crash or kill never leaves a half-written file or destroys the old one:
/// the text goes to a temporary file in the same folder, is flushed, then renamed over the target.
enum AtomicFile {
    enum Failure: Error, CustomStringConvertible {
        case exists(String)
        case cannotWrite(String, String)
        var description: String {
            switch self {
            case .exists(let path): loc("%1 already exists; choose another name or pass --force to replace it", CLIText.language, path)
            case .cannotWrite(let path, let why): loc("cannot write %1: %2", CLIText.language, path, why)
            }
        }
    }

    /// Writes `data` to `path`; refuses to replace an existing file unless `overwrite` is set.
    static func write(_ data: Data, to path: String, overwrite: Bool) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temp = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temp.path, contents: nil) else {
            throw .cannotWrite(path, "the folder \(folder.path) is missing or not writable")
        }
        do {
            let handle = try FileHandle(forWritingTo: temp)
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw .cannotWrite(path, "\(error.localizedDescription)")
        }
        // Test hook: a pause after the temporary file is complete and before it replaces the target,
        // so a test can kill the process mid-write (docs/reliability.md).
        if let pause = ProcessInfo.processInfo.environment["CAMPAIGN_SIM_TEST_WRITE_PAUSE_MS"].flatMap(Int.init), pause > 0 {
            usleep(UInt32(min(pause, 60_000)) * 1000)
        }
        if overwrite {
            // rename(2) replaces the target in one step.
            if rename(temp.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temp)
                throw .cannotWrite(path, reason)
            }
        } else {
            // link(2) fails if the target exists, so two writers cannot both win.
            if link(temp.path, url.path) != 0 {
                let code = errno
                try? FileManager.default.removeItem(at: temp)
                if code == EEXIST { throw .exists(path) }
                throw .cannotWrite(path, String(cString: strerror(code)))
            }
            try? FileManager.default.removeItem(at: temp)
        }
    }
}
