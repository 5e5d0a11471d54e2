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
        /// A directory, pipe, device or socket rather than a file.
        case notRegular(String)

        /// "PATH: what is wrong".
        public var description: String {
            switch self {
            case .unreadable(let p): "\(p): cannot be read (missing, or no permission)"
            case .tooLarge(let p, let limit): "\(p): file is larger than \(limit) bytes; scenario and lesson files are a few kilobytes"
            case .notText(let p): "\(p): is not UTF-8 text (binary data?)"
            case .notRegular(let p): "\(p): is not a regular file (a directory, pipe or device)"
            }
        }
    }

    /// The text of `path`, read only if it is at most `limit` bytes (default 1 MiB) and UTF-8.
    ///
    /// The file is opened once, without blocking (a named pipe would otherwise wait for a writer
    /// for ever), and what was opened is checked to be a regular file before a byte is read: no
    /// check of the path can be raced by swapping the file between check and read.
    public static func read(_ path: String, limit: Int = maxBytes) throws(Failure) -> String {
        let data = try bytes(path, limit: limit)
        guard let text = String(data: data, encoding: .utf8) else { throw .notText(path) }
        return text
    }

    /// The bytes of `path`, read as `read` reads them (at most `limit`), without the UTF-8 check.
    public static func bytes(_ path: String, limit: Int = maxBytes) throws(Failure) -> Data {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(path) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        defer { try? handle.close() }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notRegular(path) }
        let data = (try? handle.read(upToCount: limit + 1)) ?? Data()
        guard data.count <= limit else { throw .tooLarge(path, limit) }
        return data
    }
}
