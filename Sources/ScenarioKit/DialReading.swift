import Yams

extension Dial {
    /// The value of this dial written at `node`, checked against its domain; nil, with a
    /// diagnostic in `reader`, when it is not one the dial takes. A scenario file (`inScenario`)
    /// switches a dial off with null and may give a range where the dial has one (MODEL.md §8.2);
    /// a lesson's settings also take the dial's off word ("off", "none").
    package func read(_ node: Node, _ path: String, _ reader: NodeReader, inScenario: Bool = false) -> Value? {
        func isOff(_ word: String?) -> Bool {
            guard word != nil else { return false }
            return reader.isNull(node) || (!inScenario && node.string == word)
        }
        func offText(_ text: String, _ word: String?) -> String {
            guard let word else { return text }
            return text + (inScenario ? ", or null for \(word == "none" ? "no limit" : word)" : ", or \(word)")
        }
        switch domain {
        case .number(let range, let text, let off):
            if isOff(off) { return .off }
            if inScenario, let target = rangeTarget {
                return reader.uncertain(node, path, offText(text, off), target: target) { range.contains($0) }.map(Value.number)
            }
            return reader.number(node, path, offText(text, off)) { range.contains($0) }.map(Value.number)
        case .positive(let range, let text, let off):
            if isOff(off) { return .off }
            return reader.number(node, path, offText(text, off)) { $0 > range.lowerBound && $0 <= range.upperBound }.map(Value.number)
        case .integer(let range, let off):
            if isOff(off) { return .off }
            return reader.integer(node, path, range).map(Value.integer)
        case .flag:
            return reader.bool(node, path).map(Value.flag)
        case .fallback:
            return reader.choice(node, path, Fallback.allCases.map(\.rawValue)).flatMap(Fallback.init).map(Value.fallback)
        case .size:
            return reader.choice(node, path, EnterpriseSize.allCases.map(\.rawValue)).flatMap(EnterpriseSize.init).map(Value.size)
        case .learning:
            return reader.choice(node, path, Learning.allCases.map(\.rawValue)).flatMap(Learning.init).map(Value.learning)
        }
    }
}
