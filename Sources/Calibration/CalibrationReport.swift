import Foundation
import ScenarioKit

/// The fit report (table or JSON), the scenario's comment header and its story. Pure text.
public enum CalibrationReport {
    static func pct(_ v: Double) -> String { String(format: "%.2f %%", v * 100) }
    static func num(_ v: Double) -> String { ShortestNumber.text((v * 1e6).rounded() / 1e6) }

    /// What the data says about personalisation, in plain words, for the scenario's description.
    public static func story(_ c: Calibration, values: (history: Double, bestForAll: Double, best: String)) -> String {
        let rates = c.spec.offers.indices.map { o -> String in
            let n = c.data.cells.reduce(0) { $0 + $1[o].customers }, y = c.data.cells.reduce(0) { $0 + $1[o].conversions }
            return "\(c.spec.offers[o].label) converted \(pct(n > 0 ? Double(y) / Double(n) : 0))"
        }
        let nControl = c.data.cells.reduce(0) { $0 + $1[c.spec.offers.count].customers }
        let yControl = c.data.cells.reduce(0) { $0 + $1[c.spec.offers.count].conversions }
        let verdict = values.history > values.bestForAll
            ? "sending each customer the offer of their past purchases converted more (\(pct(values.history))) than \(values.best) for all (\(pct(values.bestForAll)))"
            : "sending each customer the offer of their past purchases converted no more (\(pct(values.history))) than \(values.best) for all (\(pct(values.bestForAll))): here personalising by history does not beat one good offer"
        return "Calibrated from a randomized experiment. \(rates.joined(separator: "; ")); the control arm converted \(pct(nControl > 0 ? Double(yControl) / Double(nControl) : 0)) without any offer. In the data, \(verdict). The fitted relevance weight is \(num(c.parameters.beta)): how much a matching category adds beyond each offer's own appeal."
    }

    /// The YAML comment header: source, digest, date, method and fit quality.
    public static func header(_ c: Calibration, file: String, digest: String, date: String) -> String {
        let cells = c.cells()
        let inside = cells.filter(\.within).count
        return """
        # Calibrated by `campaign-sim calibrate` on \(date) from \(file)
        # (SHA-256 \(digest)). See docs/calibration.md for the method and what it cannot represent.
        # Fitted to the treated arms: \(c.spec.offers.map(\.label).joined(separator: ", ")); control arm "\(c.spec.control)".
        # Every cohort's base_rate, the relevance weight and every offer's incentive come from the fit
        # (Pearson chi-square \(num(c.calibrator.chiSquare(c.parameters))) over \(cells.count) cells; \(inside) of \(cells.count) fitted rates
        # lie inside the observed 95 % interval). Interests (2 bought, 0.5 not) and history means are
        # assumptions the data cannot identify; consent and k are the defaults and the company's
        # turnover is assumed (--turnover), none of them data.
        # The control arm's conversions without any offer are folded into the base rates.

        """
    }

    /// The fit report as text: each cell's observed and fitted rate, the control arm, and the predicted rates.
    public static func table(_ c: Calibration, file: String, predicted: (personalized: Double, broadcast: Double)) -> String {
        var out = "Calibration of \(file): \(c.data.groups.count) cohorts × \(c.spec.offers.count) treated arms\n\n"
        out += "Cells (treated arms): observed rate with its 95 % interval (Wilson) beside the fitted model's rate\n"
        out += section(c.cells())
        out += "\nControl arm \"\(c.spec.control)\" (no offer; the model folds these conversions into the base rates)\n"
        for row in c.control() {
            let w = Calibration.wilson(row.conversions, row.customers)
            out += "  \(row.group.padding(toLength: 40, withPad: " ", startingAt: 0))  \(String(format: "%7d", row.customers))  \(pct(row.customers > 0 ? Double(row.conversions) / Double(row.customers) : 0)) [\(pct(w.low)), \(pct(w.high))]\n"
        }
        out += "\nFitted: relevance weight β \(num(c.parameters.beta)); incentives " + zip(c.spec.offers, c.parameters.incentives).map { "\($0.label) \(num($1))" }.joined(separator: ", ") + "\n"
        out += "Pearson χ² \(num(c.calibrator.chiSquare(c.parameters))) over \(c.cells().count) cells\n"
        if c.spec.holdout > 0 {
            out += "\nHeld out (\(num(c.spec.holdout * 100)) % of customers, seed \(c.spec.seed)): observed beside what the fit predicts\n"
            out += section(c.cells(c.held))
            let v = c.policyValues(c.held)
            out += "\nHeld-out value: each customer sent the offer of their history \(pct(v.history)); \(v.best) for all \(pct(v.bestForAll))\n"
            out += "The fitted scenario predicts: personalised \(pct(predicted.personalized)); broadcast \(pct(predicted.broadcast)) (everyone consenting)\n"
        } else {
            out += "\nThe fitted scenario predicts: personalised \(pct(predicted.personalized)); broadcast \(pct(predicted.broadcast)) (everyone consenting)\n"
        }
        return out
    }

    static func section(_ cells: [Calibration.CellFit]) -> String {
        var out = "  " + "cohort".padding(toLength: 40, withPad: " ", startingAt: 0) + "  " + "arm".padding(toLength: 16, withPad: " ", startingAt: 0)
            + "  customers  observed  95 % interval        fitted\n"
        for cell in cells {
            out += "  " + cell.group.padding(toLength: 40, withPad: " ", startingAt: 0) + "  " + cell.offer.padding(toLength: 16, withPad: " ", startingAt: 0)
            out += String(format: "  %9d  %8@  [%@, %@]  %@%@\n", cell.customers, pct(cell.observed), pct(cell.low), pct(cell.high), pct(cell.simulated),
                          cell.within ? "" : "  outside")
        }
        return out
    }

    /// The fit report as JSON, with the input's SHA-256 `digest`.
    public static func json(_ c: Calibration, file: String, digest: String, predicted: (personalized: Double, broadcast: Double)) -> String {
        func cellsJSON(_ cells: [Calibration.CellFit]) -> [[String: Any]] {
            cells.map { ["cohort": $0.group, "arm": $0.offer, "customers": $0.customers, "conversions": $0.conversions,
                         "observed": $0.observed, "ci95": [$0.low, $0.high], "fitted": $0.simulated, "within": $0.within] }
        }
        var object: [String: Any] = [
            "file": file, "sha256": digest,
            "cells": cellsJSON(c.cells()),
            "control": c.control().map { ["cohort": $0.group, "customers": $0.customers, "conversions": $0.conversions] },
            "relevance_weight": c.parameters.beta,
            "incentives": Dictionary(uniqueKeysWithValues: zip(c.spec.offers.map(\.label), c.parameters.incentives)),
            "base_rates": Dictionary(uniqueKeysWithValues: c.data.groups.indices.map { (c.groupName($0), c.parameters.baseRates[$0]) }),
            "chi_square": c.calibrator.chiSquare(c.parameters),
            "predicted": ["personalized": predicted.personalized, "broadcast": predicted.broadcast],
        ]
        if c.spec.holdout > 0 {
            let v = c.policyValues(c.held)
            object["holdout"] = ["fraction": c.spec.holdout, "seed": c.spec.seed, "cells": cellsJSON(c.cells(c.held)),
                                 "history_offer_value": v.history, "best_for_all_value": v.bestForAll, "best_for_all": v.best]
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
