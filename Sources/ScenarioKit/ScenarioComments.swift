/// Carries the comments of a scenario file over to the same scenario written anew, so that a file
/// saved from the app keeps its sources and explanations where the keys they describe remain.
///
/// Each block of full-line comments is attached to the key line that follows it, named by its path
/// (`privacy.k`, `cohorts[young].base_rate`, a list item by its `name`); a comment after a value on
/// the same line is attached to that key too. In the new text each is put back before (or after)
/// the line with the same path. A comment whose key the new text no longer has moves to the next
/// key it does have; comments at the end stay at the end. Text inside block scalars is no comment.
public enum ScenarioComments {
    /// `written` with the comments of `original` put back where their keys are.
    public static func carry(from original: String, into written: String) -> String {
        let old = Self.lines(original), new = Self.lines(written)
        let present = Set(new.compactMap(\.path))
        var before: [String: [String]] = [:], after: [String: String] = [:], trailing: [String] = []
        var pending: [String] = []
        for line in old {
            if line.isComment {
                // The schema line is written anew by the writer; a leading blank line is kept once.
                if line.text.hasPrefix("# yaml-language-server:") { continue }
                if line.text.trimmingCharacters(in: .whitespaces).isEmpty && pending.isEmpty { continue }
                pending.append(line.text.trimmingCharacters(in: .whitespaces))
                continue
            }
            guard let path = line.path else { continue }
            if let inline = line.inlineComment, present.contains(path) { after[path] = inline }
            guard !pending.isEmpty, present.contains(path) else { continue }
            while pending.last?.isEmpty == true { pending.removeLast() }
            before[path, default: []] += pending
            pending = []
        }
        while pending.last?.isEmpty == true { pending.removeLast() }
        trailing = pending
        var out = ""
        for line in new {
            if let path = line.path, let block = before[path] {
                let indent = String(line.text.prefix { $0 == " " })
                for comment in block { out += comment.isEmpty ? "\n" : indent + comment + "\n" }
            }
            out += line.text
            if let path = line.path, let inline = after[path], line.inlineComment == nil { out += "   " + inline }
            out += "\n"
        }
        if !trailing.isEmpty { out += trailing.map { $0 + "\n" }.joined() }
        return out
    }

    /// One line of YAML: its text, whether it is a comment or blank, its key path, its inline comment.
    struct Line {
        var text: String
        var isComment: Bool
        var path: String?
        var inlineComment: String?
    }

    /// The lines of `text` with the path of every key line (block mappings and sequences of
    /// mappings, as scenario files and the writer use them); block scalars' contents skipped.
    static func lines(_ text: String) -> [Line] {
        var result: [Line] = []
        var stack: [(indent: Int, key: String)] = []
        var scalarIndent: Int?   // inside a block scalar whose key sits at this indent
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        for raw in lines {
            let indent = raw.prefix { $0 == " " }.count
            let body = raw.dropFirst(indent)
            if let block = scalarIndent {
                if body.isEmpty || indent > block { result.append(Line(text: raw, isComment: false)); continue }
                scalarIndent = nil
            }
            if body.isEmpty || body.hasPrefix("#") {
                result.append(Line(text: raw, isComment: true))
                continue
            }
            var keyIndent = indent, rest = Substring(body)
            var item = false
            if rest.hasPrefix("- ") { item = true; keyIndent = indent + 2; rest = rest.dropFirst(2) }
            let (content, comment) = split(rest)
            guard let colon = keyEnd(content) else {
                result.append(Line(text: raw, isComment: false, inlineComment: comment))
                continue
            }
            let key = unquote(content[..<colon].trimmingCharacters(in: .whitespaces))
            let value = content[content.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            while let top = stack.last, top.indent >= (item ? indent : keyIndent) { stack.removeLast() }
            if item {
                // A list item is named by its `name` where it has one, else by its place.
                let label = key == "name" ? unquote(value) : "#\(result.count)"
                stack.append((indent, "[\(label)]"))
            }
            let parent = stack.map(\.key).joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
            let path = item && key == "name" ? parent : (parent.isEmpty ? key : parent + "." + key)
            stack.append((keyIndent, key))
            if item && key == "name" { stack.removeLast() }
            if value.hasPrefix("|") || value.hasPrefix(">") { scalarIndent = keyIndent }
            result.append(Line(text: raw, isComment: false, path: path, inlineComment: comment))
        }
        return result
    }

    /// The text before a comment (` #` outside quotes) and the comment itself.
    static func split(_ s: Substring) -> (Substring, String?) {
        var quote: Character?
        var previous: Character = " "
        for i in s.indices {
            let c = s[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "#" && previous == " " {
                return (s[..<i], String(s[i...]))
            }
            previous = c
        }
        return (s, nil)
    }

    /// Where a mapping key ends (the colon followed by a space or the line's end), outside quotes.
    static func keyEnd(_ s: Substring) -> Substring.Index? {
        var quote: Character?
        for i in s.indices {
            let c = s[i]
            if let q = quote { if c == q { quote = nil }; continue }
            if c == "\"" || c == "'" { quote = c; continue }
            if c == "{" || c == "[" { return nil }
            if c == ":" {
                let next = s.index(after: i)
                if next == s.endIndex || s[next] == " " { return i }
            }
        }
        return nil
    }

    static func unquote<S: StringProtocol>(_ s: S) -> String {
        let t = String(s)
        if t.count >= 2, let first = t.first, first == t.last, first == "\"" || first == "'" { return String(t.dropFirst().dropLast()) }
        return t
    }
}
