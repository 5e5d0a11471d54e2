import Foundation

/// File access the app needs; the command line passes the real file system, tests may too.
public protocol AppFileSystem: Sendable {
    /// Writes text atomically; throws `AppFileError.exists` rather than replace a file unless `overwrite`.
    func write(path: String, contents: String, overwrite: Bool) throws
    /// Scenario files offered by the picker (./scenarios/*.yaml), sorted.
    func scenarioFiles() -> [String]
    /// A file's bytes (scenario files are small; the implementation refuses huge ones).
    func read(path: String) throws -> [UInt8]
    /// Creates a folder and its parents (for saved lesson progress).
    func makeFolder(_ path: String) throws
}

extension AppFileSystem {
    /// File systems that hold no folders (test sandboxes) need none made.
    public func makeFolder(_ path: String) throws {}
}

/// Why a write did not happen.
public enum AppFileError: Error, Equatable {
    /// The file exists and overwriting was not asked for.
    case exists
    /// The write failed, with the reason.
    case failed(String)
}
