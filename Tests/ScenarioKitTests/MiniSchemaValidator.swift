import Foundation

/// A small JSON Schema (draft-07) validator covering the keywords scenario.schema.json uses,
/// so tests can check that schema and loader agree without another dependency.
struct MiniSchemaValidator {
    let root: [String: Any]

    init(schemaURL: URL) throws {
        root = try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as! [String: Any]
    }

    /// Paths of the violations of `value`; empty when it is valid.
    func errors(_ value: Any?) -> [String] {
        var found: [String] = []
        check(value, root, "$", &found)
        return found
    }

    private func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let ref = schema["$ref"] as? String, ref.hasPrefix("#/definitions/") else { return schema }
        let name = String(ref.dropFirst("#/definitions/".count))
        let definitions = root["definitions"] as! [String: Any]
        return resolve(definitions[name] as! [String: Any])
    }

    private func number(_ value: Any?) -> Double? {
        switch value {
        case let v as Int: return Double(v)
        case let v as Double: return v
        default: return nil
        }
    }

    private func typeMatches(_ value: Any?, _ type: String) -> Bool {
        switch type {
        case "null": return value == nil || value is NSNull
        case "boolean": return value is Bool
        case "string": return value is String
        case "integer":
            if value is Int { return true }
            if let d = value as? Double { return d.isFinite && d == d.rounded() }
            return false
        case "number": return value is Int || value is Double
        case "array": return value is [Any]
        case "object": return value is [String: Any] || value is [AnyHashable: Any]
        default: return false
        }
    }

    private func object(_ value: Any?) -> [String: Any]? {
        if let o = value as? [String: Any] { return o }
        if let o = value as? [AnyHashable: Any] {
            var result: [String: Any] = [:]
            for (k, v) in o { result["\(k)"] = v }
            return result
        }
        return nil
    }

    private func equal(_ a: Any?, _ b: Any?) -> Bool {
        if let x = a as? String, let y = b as? String { return x == y }
        if let x = number(a), let y = number(b) { return x == y }
        if let x = a as? Bool, let y = b as? Bool { return x == y }
        if (a == nil || a is NSNull) && (b == nil || b is NSNull) { return true }
        return false
    }

    private func check(_ value: Any?, _ raw: [String: Any], _ path: String, _ found: inout [String]) {
        let schema = resolve(raw)
        func fail(_ what: String) { found.append("\(path): \(what)") }
        if let type = schema["type"] {
            let types = (type as? [String]) ?? [type as! String]
            if !types.contains(where: { typeMatches(value, $0) }) { fail("type \(types)"); return }
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { equal($0, value) }) { fail("enum") }
        if let constant = schema["const"], !equal(constant, value) { fail("const") }
        if let not = schema["not"] as? [String: Any] {
            var inner: [String] = []
            check(value, not, path, &inner)
            if inner.isEmpty { fail("not") }
        }
        if let oneOf = schema["oneOf"] as? [[String: Any]] {
            let passing = oneOf.filter { option in var inner: [String] = []; check(value, option, path, &inner); return inner.isEmpty }
            if passing.count != 1 { fail("oneOf matched \(passing.count)") }
        }
        if let n = number(value), !(value is Bool) {
            if !n.isFinite { fail("not finite") }
            if let m = number(schema["minimum"]), !(n >= m) { fail("minimum") }
            if let m = number(schema["maximum"]), !(n <= m) { fail("maximum") }
            if let m = number(schema["exclusiveMinimum"]), !(n > m) { fail("exclusiveMinimum") }
            if let m = number(schema["exclusiveMaximum"]), !(n < m) { fail("exclusiveMaximum") }
        }
        if let s = value as? String {
            if let m = schema["minLength"] as? Int, s.count < m { fail("minLength") }
            if let m = schema["maxLength"] as? Int, s.count > m { fail("maxLength") }
            if let p = schema["pattern"] as? String, s.range(of: p, options: .regularExpression) == nil { fail("pattern") }
        }
        if let array = value as? [Any] {
            if let m = schema["minItems"] as? Int, array.count < m { fail("minItems") }
            if let m = schema["maxItems"] as? Int, array.count > m { fail("maxItems") }
            if schema["uniqueItems"] as? Bool == true {
                for i in array.indices { for j in array.indices where j > i && equal(array[i], array[j]) { fail("uniqueItems") } }
            }
            if let items = schema["items"] as? [String: Any] {
                for (i, item) in array.enumerated() { check(item, items, "\(path)[\(i)]", &found) }
            }
        }
        if let o = object(value) {
            if let m = schema["minProperties"] as? Int, o.count < m { fail("minProperties") }
            if let m = schema["maxProperties"] as? Int, o.count > m { fail("maxProperties") }
            for key in (schema["required"] as? [String]) ?? [] where o[key] == nil { fail("required \(key)") }
            let properties = (schema["properties"] as? [String: Any]) ?? [:]
            for (key, v) in o {
                if let names = schema["propertyNames"] as? [String: Any] { check(key, names, "\(path).\(key)", &found) }
                if let p = properties[key] as? [String: Any] {
                    check(v, p, "\(path).\(key)", &found)
                } else if let additional = schema["additionalProperties"] {
                    if let allowed = additional as? Bool, !allowed { fail("unknown key \(key)") }
                    if let s = additional as? [String: Any] { check(v, s, "\(path).\(key)", &found) }
                }
            }
        }
    }
}
