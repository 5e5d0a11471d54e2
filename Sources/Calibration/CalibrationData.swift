import CampaignEngine

/// The experiment reduced to what the fit needs: customers and conversions per (group, arm), where
/// a group is a cohort value combination and a history pattern (which categories were bought).
public struct CalibrationData: Sendable, Equatable {
    /// One cohort of the calibrated scenario.
    public struct Group: Sendable, Equatable, Hashable {
        /// The cohort columns' values, in `--cohort` order.
        public var cohort: [String]
        /// Per history column: bought (1) or not (0).
        public var pattern: [Int]
    }

    /// Customers, conversions and summed value of one (group, arm) cell.
    public struct Cell: Sendable, Equatable {
        /// Customers in the cell.
        public var customers = 0
        /// Conversions in the cell.
        public var conversions = 0
        /// Summed value of the conversions (from the value column).
        public var value = 0.0
    }

    /// The groups found, each a cohort of the calibrated scenario.
    public var groups: [Group] = []
    /// [group][arm]: arms are the treated offers in order, then the control last.
    public var cells: [[Cell]] = []
    /// Mean of the history columns' totals per group (counts data), nil for 0/1 columns.
    public var meanHistory: [Double?] = []
    /// Whether any history column holds counts above 1.
    public var historyCounts = false

    /// Arms per group: the treated offers and the control.
    public var arms: Int { cells.first?.count ?? 0 }

    /// Reads `table` along `spec`; rows go to the fit or, with a holdout, by a seeded draw per
    /// customer to `held` (count rows split customer by customer, so counts tables split like rows).
    public static func read(_ table: CalibrationTable, _ spec: CalibrationSpec) throws(CalibrationError) -> (fit: CalibrationData, held: CalibrationData) {
        let arm = try table.column(spec.arm, option: "--arm")
        let outcome = try table.column(spec.outcome, option: "--outcome")
        let history = try spec.history.map { h throws(CalibrationError) in try table.column(h.column, option: "--history") }
        let cohorts = try spec.cohorts.map { c throws(CalibrationError) in try table.column(c, option: "--cohort") }
        let value = try spec.value.map { v throws(CalibrationError) in try table.column(v, option: "--value") }
        let count = table.header.firstIndex(of: "count")
        if count != nil {
            let roles = [("--arm", spec.arm), ("--outcome", spec.outcome)] + (spec.value.map { [("--value", $0)] } ?? [])
                + spec.history.map { ("--history", $0.column) } + spec.cohorts.map { ("--cohort", $0) }
            if let role = roles.first(where: { $0.1 == "count" }) {
                throw .usage("\(role.0) \"count\": in a counts table that column says how many customers a row stands for")
            }
        }
        let labels = spec.offers.map(\.label) + [spec.control]
        var fit = CalibrationData(), held = CalibrationData()
        var index: [Group: Int] = [:]
        var historySums: [Double] = []
        var random = RandomStream(seed: spec.seed, 0x686F_6C64, 0)
        var seenArms = Set<String>()
        for (r, row) in table.rows.enumerated() {
            let line = table.lines[r]
            func number(_ column: Int, _ what: String) throws(CalibrationError) -> Double {
                // Decimal notation only: Double("0x6e") would read hexadecimal, and "nan" or "inf" are no data.
                let text = row[column].trimmingCharacters(in: .whitespaces)
                guard Self.isDecimal(text), let v = Double(text), v.isFinite else {
                    throw .line(table.file, line, "\(what) \"\(table.header[column])\": \"\(row[column].prefix(40))\" is not a number")
                }
                return v
            }
            let label = row[arm]
            seenArms.insert(label)
            guard let a = labels.firstIndex(of: label) else { continue }  // an arm not asked about
            let y = try number(outcome, "--outcome")
            guard y == 0 || y == 1 else { throw .line(table.file, line, "--outcome \"\(spec.outcome)\": \(row[outcome]) is not 0 or 1") }
            var n = 1
            if let count {
                let c = try number(count, "column")
                let digits = row[count].trimmingCharacters(in: .whitespaces)
                guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), c >= 0, c == c.rounded(), c <= 1e9 else { throw .line(table.file, line, "count \(row[count]) is not a whole number of customers") }
                n = Int(c)
            }
            let h = try history.map { i throws(CalibrationError) in try number(i, "--history") }
            // The mean count becomes the cohort's history_mean, which a scenario holds from 0 to 1,000.
            guard h.allSatisfy({ (0...1000).contains($0) }) else { throw .line(table.file, line, "--history values must be from 0 to 1,000") }
            guard n > 0 else { continue }  // a row of no customers adds nothing (and no cohort)
            let v = try value.map { i throws(CalibrationError) in try number(i, "--value") } ?? 0
            guard (0...1e7).contains(v) else { throw .line(table.file, line, "--value \"\(table.header[value!])\": \(row[value!].prefix(40)) is not an amount from 0 to 10,000,000") }
            let group = Group(cohort: cohorts.map { row[$0] }, pattern: h.map { $0 > 0 ? 1 : 0 })
            let g: Int
            if let known = index[group] { g = known } else {
                g = fit.groups.count
                // Each group becomes a cohort of the scenario, which holds at most 64: stop here, before any fit.
                guard g < Self.maxGroups else {
                    throw .line(table.file, line, "this row makes a cohort beyond the scenario's \(Self.maxGroups) (cohort values × history patterns)"
                                + (spec.cohorts.isEmpty ? "" : "; --cohort should name columns with a few categories each"))
                }
                index[group] = g
                for data in [0, 1] {
                    if data == 0 { fit.groups.append(group); fit.cells.append(Array(repeating: Cell(), count: labels.count)) }
                    else { held.groups.append(group); held.cells.append(Array(repeating: Cell(), count: labels.count)) }
                }
                historySums.append(0)
            }
            if h.contains(where: { $0 > 1 }) { fit.historyCounts = true }
            // In a counts table the value column is the mean value of the row's customers. The
            // holdout splits a row's n customers by one exact binomial draw, not one customer at a
            // time (a row of 10⁹ costs the same as a row of 1; up to 64 it is the per-customer draw).
            let toHeld = spec.holdout > 0 ? random.binomial(n, spec.holdout) : 0
            held.add(g, a, Int(y), v, count: toHeld)
            fit.add(g, a, Int(y), v, count: n - toHeld)
            historySums[g] += h.reduce(0, +) * Double(n - toHeld)
        }
        for label in labels where !seenArms.contains(label) {
            throw .file(table.file, label == spec.control ? "--control \"\(label)\" does not occur in column \"\(spec.arm)\" (it holds \(seenArms.sorted().prefix(8).joined(separator: ", ")))"
                        : "--offer \"\(label)\" has no rows in column \"\(spec.arm)\" (it holds \(seenArms.sorted().prefix(8).joined(separator: ", ")))")
        }
        guard !fit.groups.isEmpty else { throw .file(table.file, "has no rows of the arms asked about") }
        // Groups in a fixed order (cohort values, then pattern), so the fit does not depend on the row order.
        let order = fit.groups.indices.sorted { a, b in
            let x = fit.groups[a], y = fit.groups[b]
            return x.cohort != y.cohort ? x.cohort.lexicographicallyPrecedes(y.cohort) : x.pattern.lexicographicallyPrecedes(y.pattern)
        }
        fit.groups = order.map { fit.groups[$0] }
        fit.cells = order.map { fit.cells[$0] }
        held.groups = order.map { held.groups[$0] }
        held.cells = order.map { held.cells[$0] }
        historySums = order.map { historySums[$0] }
        fit.meanHistory = fit.groups.indices.map { g in
            let n = fit.cells[g].reduce(0) { $0 + $1.customers }
            return fit.historyCounts && n > 0 ? historySums[g] / Double(n) : nil
        }
        held.historyCounts = fit.historyCounts
        held.meanHistory = fit.meanHistory
        return (fit, held)
    }

    /// The most groups a calibration makes: the scenario loader's limit on cohorts.
    public static let maxGroups = 64

    /// Whether `text` is a number in plain decimal notation: digits with an optional sign, point and exponent.
    static func isDecimal(_ text: String) -> Bool {
        var digits = 0, seenPoint = false, seenExponent = false, previous: Character = " "
        for (i, c) in text.enumerated() {
            switch c {
            case "0"..."9": digits += 1
            case "+", "-": guard i == 0 || previous == "e" || previous == "E" else { return false }
            case ".": guard !seenPoint, !seenExponent else { return false }; seenPoint = true
            case "e", "E": guard digits > 0, !seenExponent else { return false }; seenExponent = true
            default: return false
            }
            previous = c
        }
        return digits > 0 && previous != "e" && previous != "E" && previous != "+" && previous != "-"
    }

    mutating func add(_ g: Int, _ a: Int, _ y: Int, _ v: Double, count: Int = 1) {
        guard count > 0 else { return }
        cells[g][a].customers += count
        cells[g][a].conversions += y * count
        if y == 1 { cells[g][a].value += v * Double(count) }
    }
}
