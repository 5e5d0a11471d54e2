import CampaignEngine
import CampaignStatistics
import Localization
import ScenarioKit

/// `robustness` output: the JSON of MODEL.md §8.2, or a table that says the conclusion first. No I/O.
public enum RobustnessFormatter {
    /// The result as the JSON of MODEL.md §8.2.
    public static func json(scenario: Scenario, result: Robustness.Result) -> String {
        var w = JSONWriter()
        w.beginObject()
        ResultFormatter.writeHeader(&w, scenario: scenario)
        w.int("worlds", result.worlds)
        w.number("consent_rate", result.fixedRate ?? scenario.consent.rate)
        w.beginArray("parameters")
        for p in result.parameters {
            w.beginObject()
            w.string("path", p.path)
            w.number("low", p.low)
            w.number("mode", p.mode)
            w.number("high", p.high)
            w.endObject()
        }
        w.endArray()
        w.beginObject("strategies")
        for s in result.strategies {
            w.beginObject(s.strategy.rawValue)
            func spread(_ name: String, _ x: Robustness.Spread?) {
                guard let x else { w.null(name); return }
                w.beginObject(name)
                w.number("mean", x.mean); w.number("p5", x.p5); w.number("p50", x.p50); w.number("p95", x.p95)
                w.endObject()
            }
            spread("expected_profit_eur", s.expectedProfit)
            spread("expected_conversions", s.expectedConversions)
            spread("exposure_index", s.exposure)
            if let p = s.pBest { w.number("p_best", p) }
            w.endObject()
        }
        w.endObject()
        w.beginObject("wins")
        for a in result.strategies.map(\.strategy) {
            w.beginObject(a.rawValue)
            for b in result.strategies.map(\.strategy) where b != a { w.number(b.rawValue, result.wins[a]?[b]) }
            w.endObject()
        }
        w.endObject()
        w.beginObject("tornado")
        w.beginArray("compare")
        if let (a, b) = result.compare { w.string(nil, a.rawValue); w.string(nil, b.rawValue) }
        w.endArray()
        w.number("central", result.central)
        w.beginArray("bars")
        for bar in result.bars {
            w.beginObject()
            w.string("path", bar.path)
            w.number("at_p10", bar.atP10)
            w.number("at_p90", bar.atP90)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.endObject()
        return w.text + "\n"
    }

    /// The conclusion in one sentence, then quantiles, P(best), the win matrix and the tornado.
    public static func table(scenario: Scenario, result: Robustness.Result, language l: Language = .en) -> String {
        var out = loc("%1 — %2 customers, %3 plausible worlds", l, scenario.localized(l).name, NumberText.grouped(scenario.totalCustomers, l), result.worlds) + "\n\n"
        out += conclusion(result, scenario: scenario, language: l) + "\n\n"
        let varied = result.parameters.contains { $0.target == .consentRate }
        let fixed = result.fixedRate ?? scenario.consent.rate
        let rate = result.fixedRate == nil && varied ? loc("each world's consent rate drawn from consent.rate's range", l)
            : loc("consent %1 % in every world", l, NumberText.decimal(fixed * 100, 0, l))
        let listed = result.parameters.isEmpty ? loc("none — the scenario gives no ranges, so every world is the same", l)
            : result.parameters.map { "\($0.path) \(range($0, rounded: true))" }.joined(separator: ", ")
        out += loc("Varied (%1): %2; %3.", l, result.parameters.count, listed, rate) + "\n\n"
        let names = result.strategies.map { loc($0.strategy.title, l) + ($0.strategy.role == nil ? "" : "*") }
        func euros(_ v: Double) -> String { NumberText.euros(v, l) }
        let rows: [(String, (Robustness.StrategySpread) -> String)] = [
            (loc("Expected profit, mean", l), { euros($0.expectedProfit.mean) }),
            (loc("  5 % / 95 % of worlds", l), { euros($0.expectedProfit.p5) + " – " + euros($0.expectedProfit.p95) }),
            (loc("Expected conversions", l), { NumberText.decimal($0.expectedConversions.mean, 0, l) }),
            (loc("Exposure index, mean", l), { $0.exposure.map { NumberText.decimal($0.mean, 1, l) } ?? "—" }),
            (loc("P(best)", l), { $0.pBest.map { NumberText.percent($0, 0, l) } ?? "—" }),
        ]
        out += TableLayout.grid(title: loc("Over the worlds", l), headers: names, labels: rows.map(\.0),
                                cells: rows.map { row in result.strategies.map(row.1) })
        if let note = byConstruction(result, scenario: scenario, l) { out += note + "\n" }
        out += "\n" + loc("Wins (row beats column on expected profit, share of worlds)", l) + "\n"
        let wins = TableLayout.grid(title: "", headers: names, labels: result.strategies.map { loc($0.strategy.title, l) }, cells: result.strategies.map { a in
            result.strategies.map { b in a.strategy == b.strategy ? "·" : NumberText.percent(result.wins[a.strategy]?[b.strategy] ?? 0, 0, l) }
        })
        out += wins.dropFirst()
        if let (a, b) = result.compare {
            out += "\n" + loc("Tornado: %1 − %2 in expected profit; central world %3.", l, loc(a.title, l), loc(b.title, l), signed(result.central, l)) + " "
                + loc("Each bar: one value at its 10 % and its 90 % quantile (low → high), the others central, and the difference at each.", l) + "\n"
            out += tornado(result, scenario: scenario, l)
        }
        out += "\n" + TableLayout.rolesNote(l) + "\n"
        return out
    }

    /// "Personalised has the highest expected profit in 71 % of 200 plausible worlds; the conclusion
    /// moves most with the relevance weight", or, where the winner never changes, "… in all 200
    /// plausible worlds; its margin over Contextual moves most with …". A swing says how much a
    /// figure moves, not that the conclusion depends on it; with no ranges there is one world.
    public static func conclusion(_ result: Robustness.Result, scenario: Scenario? = nil, language: Language = .en) -> String {
        guard let (best, share) = result.mostOftenBest else { return loc("No compliant strategy is compared.", language) }
        let name = loc(best.title, language)
        guard !result.parameters.isEmpty else {
            // One world: a share below 1 means the best strategies tie in it (ties are split).
            guard share >= 1 else {
                return loc("The compliant strategies tie for the highest expected profit; the scenario gives no ranges, so there is one world, repeated %1 times.", language, result.worlds)
            }
            return loc("%1 has the highest expected profit among the compliant strategies; the scenario gives no ranges, so there is one world, repeated %2 times.", language, name, result.worlds)
        }
        let always = share >= 1
        var text = always
            ? loc("%1 has the highest expected profit among the compliant strategies in all %2 plausible worlds", language, name, result.worlds)
            : loc("%1 has the highest expected profit among the compliant strategies in %2 of %3 plausible worlds", language,
                  name, NumberText.percent(share, 0, language), result.worlds)
        if let top = result.bars.first, top.swing > 0 {
            let what = result.parameters.first { $0.path == top.path }.map { words($0, scenario: scenario, language) } ?? top.path
            if always, let (a, b) = result.compare, a == best || b == best {
                text += loc("; its margin over %1 moves most with %2", language, loc((a == best ? b : a).title, language), what)
            } else {
                text += loc("; the conclusion moves most with %1", language, what)
            }
        }
        // A lead of a few euros is no lead: P(best) counts it all the same (MODEL.md §8.2), so say so.
        if let (a, b) = result.compare, a == best || b == best,
           let profit = result.strategies.first(where: { $0.strategy == best })?.expectedProfit.mean, profit > 0,
           abs(result.central) < 0.005 * profit {
            let other = loc((a == best ? b : a).title, language)
            text += loc(". In the central world its lead over %1 is only %2 (under 0.5 %): practically a tie", language, other,
                        NumberText.euros(abs(result.central), language))
        }
        return text + "."
    }

    /// An uncertain value named in words ("the base rate of cohort Students"), its key path where
    /// no scenario is given.
    static func words(_ range: ParameterRange, scenario: Scenario?, _ l: Language) -> String {
        switch range.target {
        case .relevanceWeight: return loc("the relevance weight", l)
        case .priorStrength: return loc("the prior strength", l)
        case .pseudonymLinkage: return loc("the pseudonym linkage", l)
        case .consentRate: return loc("the consent rate", l)
        case .withdrawalWeekly: return loc("the weekly withdrawal rate", l)
        case .cohort(let i, let key):
            guard let scenario, scenario.cohorts.indices.contains(i) else { return range.path }
            let what = switch key {
            case .baseRate: loc("the base rate", l)
            case .baseSpread: loc("the spread of base rates", l)
            case .incentiveSensitivity: loc("the incentive sensitivity", l)
            case .historyMean: loc("the mean history length", l)
            case .consentBias: loc("the consent bias", l)
            case .vulnerableShare: loc("the share of vulnerable customers", l)
            case .organicRate: loc("the organic rate", l)
            }
            return loc("%1 of cohort %2", l, what, scenario.localized(l).cohorts[i].name)
        case .offer(let i, let key):
            guard let scenario, scenario.offers.indices.contains(i) else { return range.path }
            let what = switch key {
            case .incentive: loc("the incentive", l)
            case .valueEUR: loc("the value", l)
            case .costEUR: loc("the cost", l)
            }
            return loc("%1 of offer %2", l, what, scenario.localized(l).offers[i].name)
        }
    }

    /// "[low, mode, high]"; `rounded` keeps 4 significant digits, for people (JSON keeps every digit).
    static func range(_ r: ParameterRange, rounded: Bool = false) -> String {
        let n = { (v: Double) in rounded ? ShortestNumber.text(Double(String(format: "%.4g", v)) ?? v) : JSONWriter.format(v) }
        return r.mode.map { "[\(n(r.low)), \(n($0)), \(n(r.high))]" } ?? "[\(n(r.low)), \(n(r.high))]"
    }

    static func signed(_ v: Double, _ l: Language) -> String {
        let amount = NumberText.grouped(Int(v.magnitude.rounded()), l)
        return l == .de ? (v < 0 ? "−" : "+") + amount + " €" : (v < 0 ? "−€" : "+€") + amount
    }

    /// Where P(best) cannot say much: personalised shows its fallback's offer to everyone without
    /// consent, so beside that fallback it loses only where its estimates for the others mislead.
    public static func byConstruction(_ result: Robustness.Result, scenario: Scenario, _ l: Language) -> String? {
        let fallback: StrategyName = scenario.privacy.fallback == .contextual ? .contextual : .broadcast
        let compliant = Set(result.strategies.filter { $0.pBest != nil }.map(\.strategy))
        guard compliant.contains(.personalized), compliant.contains(fallback) else { return nil }
        return loc("By construction Personalised rarely loses to %1: it shows %1's offer to all without consent. Read its margin, not only P(best).", l, loc(fallback.title, l))
    }

    /// A tornado bar's label: the value in words and its 10 % and 90 % quantiles, low → high.
    public static func barLabel(_ bar: Robustness.Bar, result: Robustness.Result, scenario: Scenario?, _ l: Language) -> String {
        guard let range = result.parameters.first(where: { $0.path == bar.path }) else { return bar.path }
        let percent = AssumptionNote.isPercent(range)
        func value(_ v: Double) -> String { percent ? NumberText.percent(v, v < 0.1 ? 2 : 0, l) : AssumptionNote.number(v, l) }
        return AssumptionNote.label(range, scenario: scenario, value: value(range.quantile(0.1)) + " → " + value(range.quantile(0.9)), l)
    }

    /// Bars drawn with block characters around the central value (│); each line names the value in
    /// words, its 10 % and 90 % quantiles low → high, and the difference at each.
    static func tornado(_ result: Robustness.Result, scenario: Scenario? = nil, _ l: Language) -> String {
        guard !result.bars.isEmpty else { return "  " + loc("(no ranges: nothing varies)", l) + "\n" }
        let width = 40
        let values = result.bars.flatMap { [$0.atP10, $0.atP90] } + [result.central]
        let lo = values.min()!, hi = values.max()!
        let span = max(hi - lo, 1e-9)
        func column(_ v: Double) -> Int { Int(((v - lo) / span * Double(width - 1)).rounded()) }
        let labels = result.bars.map { barLabel($0, result: result, scenario: scenario, l) }
        let pathWidth = labels.map(\.count).max()!
        var out = ""
        for (bar, name) in zip(result.bars, labels) {
            let a = column(min(bar.atP10, bar.atP90)), b = column(max(bar.atP10, bar.atP90)), c = column(result.central)
            var line = Array(repeating: Character(" "), count: width)
            for x in a...b { line[x] = "█" }
            if line[c] == " " { line[c] = "│" }
            let label = name.padding(toLength: pathWidth, withPad: " ", startingAt: 0)
            out += "  \(label)  \(String(line))  " + signed(bar.atP10, l) + " → " + signed(bar.atP90, l) + "\n"
        }
        return out
    }
}
