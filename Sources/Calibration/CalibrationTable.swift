import CSV
import Foundation

/// A CSV file read for calibration: its header, its records and the line each record starts on
/// (RFC 4180: a quoted field may hold commas, quotes and line breaks). No I/O: it takes bytes.
public struct CalibrationTable: Sendable {
    /// The file's name, for messages.
    public var file: String
    /// The column names of the first record.
    public var header: [String]
    /// The records after the header, field by field.
    public var rows: [[String]]
    /// The 1-based line each row starts on, for messages.
    public var lines: [Int]

    /// Files and fields larger than these are refused before parsing, like hostile YAML.
    public static let maxBytes = 256 << 20
    /// The largest field accepted, in bytes.
    public static let maxFieldBytes = 4096
    /// The most columns accepted.
    public static let maxColumns = 256

    /// Parses `bytes` with the CSV.swift library; our own pass before it finds each record's line,
    /// refuses binary data and names the line of an unbalanced quote (the library reads on to the
    /// end of the file instead).
    public init(bytes: [UInt8], file: String) throws(CalibrationError) {
        self.file = file
        guard bytes.count <= Self.maxBytes else { throw .file(file, "is \(bytes.count) bytes; at most \(Self.maxBytes) are read") }
        // Excel writes a UTF-8 byte-order mark before the header; it is no part of the first column's name.
        let bytes = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
            throw .file(file, "is not UTF-8 text (binary data?)")
        }
        var starts: [Int] = [1]
        var line = 1, quoted = false, quoteLine = 0, fieldBytes = 0, atRecordStart = false
        for byte in bytes {
            if atRecordStart { starts.append(line); atRecordStart = false }
            fieldBytes += 1
            switch byte {
            case UInt8(ascii: "\""):
                if !quoted { quoteLine = line }
                quoted.toggle()
            case UInt8(ascii: "\n"):
                line += 1
                if !quoted { atRecordStart = true; fieldBytes = 0 }
            case UInt8(ascii: ","):
                if !quoted { fieldBytes = 0 }
            default: break
            }
            if fieldBytes > Self.maxFieldBytes { throw .line(file, line, "a field is longer than \(Self.maxFieldBytes) bytes") }
        }
        if quoted { throw .line(file, quoteLine, "a quoted field is never closed (unbalanced \")") }
        let reader: CSVReader
        do { reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: false) } catch {
            throw .file(file, "has no header row")
        }
        let header = reader.headerRow ?? []
        guard !header.isEmpty, header != [""] else { throw .file(file, "has no header row") }
        guard header.count <= Self.maxColumns else { throw .line(file, 1, "has \(header.count) columns; at most \(Self.maxColumns)") }
        if let duplicate = header.first(where: { name in header.filter { $0 == name }.count > 1 }) {
            throw .line(file, 1, "column \"\(duplicate)\" appears twice")
        }
        self.header = header
        var rows: [[String]] = [], lines: [Int] = []
        var index = 1
        while let row = reader.next() {
            let start = index < starts.count ? starts[index] : line
            index += 1
            if row == [""] { continue }  // a blank line
            guard row.count == header.count else {
                throw .line(file, start, "has \(row.count) fields; the header has \(header.count)")
            }
            rows.append(row)
            lines.append(start)
        }
        self.rows = rows
        self.lines = lines
    }

    /// The index of column `name`, or an error that lists the columns.
    public func column(_ name: String, option: String) throws(CalibrationError) -> Int {
        if let i = header.firstIndex(of: name) { return i }
        throw .line(file, 1, "\(option): no column \"\(name)\"; the columns are \(header.joined(separator: ", "))")
    }
}

/// A calibration input problem: the file, the line when there is one, and what is wrong.
public enum CalibrationError: Error, CustomStringConvertible, Equatable {
    /// A problem with the whole file: its name and the message.
    case file(String, String)
    /// A problem on one line: the file, the 1-based line and the message.
    case line(String, Int, String)
    /// A wrong or missing command-line option.
    case usage(String)

    /// "file:line: error: message", or the usage message alone.
    public var description: String {
        switch self {
        case .file(let file, let message): "\(file): error: \(message)"
        case .line(let file, let line, let message): "\(file):\(line): error: \(message)"
        case .usage(let message): message
        }
    }
}
