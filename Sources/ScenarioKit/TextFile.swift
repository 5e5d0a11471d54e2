import Foundation

/// Reads a scenario or lesson file the way hostile input demands: the size is checked before the
/// text is read (at most 1 MiB plus one byte is ever read), and bytes that are not UTF-8 are named
/// as such, not as a missing file.
public enum TextFile {
    /// The largest scenario or lesson file read: 1 MiB, as the YAML guard allows.
    public static let maxBytes = 1 << 20

    /// Why a file could not be read.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// No such file, or no permission to read it.
        case unreadable(String)
        /// Larger than the limit.
        case tooLarge(String, Int)
        /// Not UTF-8 text.
        case notText(String)

        /// "PATH: what is wrong".
        public var description: String {
            switch self {
            case .unreadable(let p): "\(p): cannot be read (missing, or no permission)"
            case .tooLarge(let p, let limit): "\(p): file is larger than \(limit) bytes; scenario and lesson files are a few kilobytes"
            case .notText(let p): "\(p): is not UTF-8 text (binary data?)"
            }
        }
    }

    /// The text of `path`, read only if it is at most `limit` bytes (default 1 MiB) and UTF-8.
    public static func read(_ path: String, limit: Int = maxBytes) throws(Failure) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(path) }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: limit + 1)) ?? Data()
        guard data.count <= limit else { throw .tooLarge(path, limit) }
        guard let text = String(data: data, encoding: .utf8) else { throw .notText(path) }
        return text
    }
}
