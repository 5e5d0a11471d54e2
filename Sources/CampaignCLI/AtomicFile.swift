import Foundation
import Localization

/// Writes files so that a crash or kill never leaves a half-written file or destroys the old one:
/// the text goes to a temporary file in the same folder, is flushed, then renamed over the target.
enum AtomicFile {
    enum Failure: Error, CustomStringConvertible {
        case exists(String)
        case cannotWrite(String, String)
        case notAFile(String)
        case emptyName
        var description: String {
            switch self {
            case .exists(let path): loc("%1 already exists; choose another name or pass --force to replace it", CLIText.language, path)
            case .notAFile(let path): loc("%1 is not a regular file (a device, pipe, folder or link); it is never replaced: choose a file name", CLIText.language, path)
            case .emptyName: loc("the output file name is empty", CLIText.language)
            case .cannotWrite(let path, let why): loc("cannot write %1: %2", CLIText.language, path, why)
            }
        }
    }

    /// Refuses an empty name, and any existing entry that is not a regular file: `--force` replaces
    /// files, never a FIFO, a device such as /dev/stdout, a socket or a folder.
    static func check(_ path: String) throws(Failure) {
        guard !path.isEmpty else { throw .emptyName }
        let name = URL(fileURLWithPath: path).lastPathComponent.utf8.count
        guard name <= 255 else { throw .cannotWrite(path, loc("the file name is %1 bytes; a name may have at most 255", CLIText.language, name)) }
        var info = stat()
        // lstat: rename would replace a symbolic link itself, not what it points to (/dev/stdout
        // points through /proc to whatever stdout is, even a regular file), so a link is refused.
        if lstat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFREG else { throw .notAFile(path) }
        }
    }

    /// Writes `data` to `path`; refuses to replace an existing file unless `overwrite` is set.
    static func write(_ data: Data, to path: String, overwrite: Bool) throws(Failure) {
        try check(path)
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        // The temporary name must fit the 255-byte limit of a name even when the target's does.
        let stem = String(decoding: url.lastPathComponent.utf8.prefix(200), as: UTF8.self)
        let temp = folder.appendingPathComponent(".\(stem).\(ProcessInfo.processInfo.processIdentifier).tmp")
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
