/// Where a file's lines end, measured once, so every diagnostic can be kept inside the file.
struct LineIndex {
    /// Lines in the file (a final newline does not start another).
    let lines: Int
    /// Characters on the last line.
    let lastLineLength: Int

    init(_ text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") { lines.removeLast() }
        self.lines = lines.count
        lastLineLength = lines.last?.count ?? 0
    }

    /// A position inside the file: libyaml reports problems at the end of the stream one line past
    /// the last line, which an editor cannot jump to; those point at the end of the last line.
    func position(line: Int, column: Int) -> (line: Int, column: Int) {
        guard line > lines, lines > 0 else { return (line, column) }
        return (lines, lastLineLength + 1)
    }
}
