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
        let shares = c.sureThingShares().filter { $0.treated > 0 }
        func percent(_ v: Double) -> String { "\(Int((v * 100).rounded()))" }
        let sure = shares.isEmpty || yControl == 0 ? "" : " So about " + shares.map { "\(percent($0.share)) % of \($0.arm)'s buyers (95 % interval \(percent($0.low))–\(percent($0.high)) %)" }
            .joined(separator: " and ") + " would have bought anyway, if the offer put nobody off (the control arm's rate over the arm's): sure things, whose offer bought nothing."
        let verdict = values.history > values.bestForAll
            ? "sending each customer the offer of their past purchases converted more (\(pct(values.history))) than \(values.best) for all (\(pct(values.bestForAll)))"
            : "sending each customer the offer of their past purchases converted no more (\(pct(values.history))) than \(values.best) for all (\(pct(values.bestForAll))): here personalising by history does not measurably beat one good offer"
        return "Calibrated from a randomized experiment. \(rates.joined(separator: "; ")); the control arm converted \(pct(nControl > 0 ? Double(yControl) / Double(nControl) : 0)) without any offer.\(sure) In the data, \(verdict). The fitted relevance weight is \(num(c.parameters.beta)) (the data allow \(num(c.betaInterval.low)) to \(num(c.betaInterval.high))\(c.betaInterval.open ? " or more" : "")): how much a matching category adds to the chance of persuading a customer, beyond each offer's own appeal."
    }

    /// The YAML comment header: source, digest, date, method and fit quality.
    public static func header(_ c: Calibration, file: String, digest: String, date: String) -> String {
        let cells = c.cells(), control = c.control()
        let inside = cells.filter(\.within).count
        // Names from the command line and the data go into comment lines: a line break in one would
        // end the comment and write YAML of its own, so every control or separator is shown, not kept.
        func plain(_ text: String) -> String {
            String(String.UnicodeScalarView(text.unicodeScalars.flatMap { u -> [Unicode.Scalar] in
                let v = u.value
                guard v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFFFE || v == 0xFFFF else { return [u] }
                return Array("<U+\(String(v, radix: 16, uppercase: true))>".unicodeScalars)
            }))
        }
        let file = plain(file)
        let source = c.spec.source.map { "# Source: \(plain($0))\n" } ?? ""
        let costs = c.spec.costs.isEmpty ? "# Offer costs (cost_eur) are not in such data: 0 unless given with --cost."
            : "# Offer costs (cost_eur) are assumptions (--cost), not data: " + c.spec.offers.map { "\(plain($0.label)) \(num(c.spec.costs[$0.label] ?? 0)) EUR" }.joined(separator: ", ")
            + ", each a range from 0 to twice that."
        return """
        # Calibrated by `campaign-sim calibrate` on \(date) from \(file)
        # (SHA-256 \(digest)). See docs/calibration.md for the method and what it cannot represent.
        \(source)# Fitted to the control arm "\(plain(c.spec.control))" (each cohort's organic_rate set so that its rate without any offer matches)
        # and, given it, to the treated arms: \(c.spec.offers.map { plain($0.label) }.joined(separator: ", ")).
        # Every cohort's organic_rate and base_rate, the relevance weight and every offer's incentive come
        # from the fit (Pearson chi-square \(num(c.calibrator.chiSquare(c.parameters))) over \(cells.count) treated cells; \(inside) of \(cells.count) fitted
        # rates and \(control.filter(\.within).count) of \(control.count) no-contact rates lie inside the observed 95 % interval).
        # Interests (2 bought, 0.5 not) and history means are assumptions the data cannot identify;
        # consent and k are the defaults and the company's turnover is assumed (--turnover), none of them data.
        \(costs)

        """
    }

    /// The fit report as text: each cell's observed and fitted rate, the control arm, and the predicted rates.
    public static func table(_ c: Calibration, file: String, predicted: Calibration.Prediction) -> String {
        var out = "Calibration of \(file): \(c.data.groups.count) cohorts × \(c.spec.offers.count) treated arms\n\n"
        out += "Cells (treated arms): observed rate with its 95 % interval (Wilson) beside the fitted model's rate\n"
        out += section(c.cells())
        out += "\nControl arm \"\(c.spec.control)\" (no offer): observed rate beside the model's rate without contact (fitted exactly: one organic rate per cohort)\n"
        out += section(c.control())
        out += "\nWhat each offer causes: its arm's rate minus the control arm's (Newcombe 95 % interval) beside the fit\n"
        out += effects(c.incrementalEffects())
        out += "\nFitted: relevance weight β \(num(c.parameters.beta)) (the data allow \(num(c.betaInterval.low))–\(num(c.betaInterval.high))\(c.betaInterval.open ? " or more" : ""), a 95 % profile interval); incentives " + zip(c.spec.offers, c.parameters.incentives).map { "\($0.label) \(num($1))" }.joined(separator: ", ") + "\n"
        out += "organic_rate (p_org; the rate without contact is a little higher, as above): " + c.data.groups.indices.map { "\(c.groupName($0)) \(num(c.calibrator.organicRates[$0]))" }.joined(separator: ", ") + "\n"
        let cells = c.cells().count, parameters = c.data.groups.count + c.spec.offers.count  // base rates, β and incentives less the one fixed at 0
        out += "Pearson χ² \(num(c.calibrator.chiSquare(c.parameters))) over \(cells) treated cells and \(parameters) fitted parameters (\(max(0, cells - parameters)) degree\(cells - parameters == 1 ? "" : "s") of freedom: a small χ² says little when there are few)\n"
        out += "The profile interval holds every relevance weight whose best fit, the other parameters refitted, has a χ² within 3.84 of the best (docs/calibration.md).\n"
        if c.spec.holdout > 0 {
            out += "\nHeld out (\(num(c.spec.holdout * 100)) % of customers, seed \(c.spec.seed)): observed beside what the fit predicts\n"
            out += section(c.cells(c.held))
            out += "\nHeld out, no contact and what each offer causes: observed with its 95 % interval beside the fit\n"
            out += effects([c.noContact(c.held)] + c.incrementalEffects(c.held), noContactFirst: true)
            let v = c.policyValues(c.held)
            out += "\nHeld-out value: each customer sent the offer of their history \(pct(v.history)); \(v.best) for all \(pct(v.bestForAll))\n"
        }
        out += "\nThe fitted scenario predicts (everyone consenting): personalised \(pct(predicted.personalized)), of which caused \(pct(predicted.personalizedIncremental)); "
            + "broadcast \(pct(predicted.broadcast)), of which caused \(pct(predicted.broadcastIncremental))\n"
        return out
    }

    static func effects(_ rows: [Calibration.Effect], noContactFirst: Bool = false) -> String {
        var out = "  " + "arm".padding(toLength: 40, withPad: " ", startingAt: 0) + "  observed  95 % interval        fitted\n"
        for (i, e) in rows.enumerated() {
            let label = noContactFirst && i == 0 ? "\(e.arm) (no contact)" : "\(e.arm) (minus no contact)"
            out += "  " + label.padding(toLength: 40, withPad: " ", startingAt: 0)
            out += String(format: "  %8@  [%@, %@]  %@%@\n", pct(e.observed), pct(e.low), pct(e.high), pct(e.predicted), e.within ? "" : "  outside")
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
    public static func json(_ c: Calibration, file: String, digest: String, predicted: Calibration.Prediction) -> String {
        func effectsJSON(_ rows: [Calibration.Effect]) -> [[String: Any]] {
            rows.map { ["arm": $0.arm, "observed": $0.observed, "ci95": [$0.low, $0.high], "fitted": $0.predicted, "within": $0.within] }
        }
        func cellsJSON(_ cells: [Calibration.CellFit]) -> [[String: Any]] {
            cells.map { ["cohort": $0.group, "arm": $0.offer, "customers": $0.customers, "conversions": $0.conversions,
                         "observed": $0.observed, "ci95": [$0.low, $0.high], "fitted": $0.simulated, "within": $0.within] }
        }
        var object: [String: Any] = [
            "file": file, "sha256": digest,
            "cells": cellsJSON(c.cells()),
            "control": cellsJSON(c.control()),
            "incremental": effectsJSON(c.incrementalEffects()),
            "organic_rates": Dictionary(uniqueKeysWithValues: c.data.groups.indices.map { (c.groupName($0), c.calibrator.organicRates[$0]) }),
            "relevance_weight": c.parameters.beta,
            // An open upper end (the data allow any larger weight) is null.
            "relevance_weight_ci95": [c.betaInterval.low, c.betaInterval.open ? NSNull() : c.betaInterval.high] as [Any],
            "incentives": Dictionary(uniqueKeysWithValues: zip(c.spec.offers.map(\.label), c.parameters.incentives)),
            "base_rates": Dictionary(uniqueKeysWithValues: c.data.groups.indices.map { (c.groupName($0), c.parameters.baseRates[$0]) }),
            "chi_square": c.calibrator.chiSquare(c.parameters),
            "predicted": ["personalized": predicted.personalized, "broadcast": predicted.broadcast,
                          "personalized_incremental": predicted.personalizedIncremental, "broadcast_incremental": predicted.broadcastIncremental],
        ]
        if c.spec.holdout > 0 {
            let v = c.policyValues(c.held)
            let none = c.noContact(c.held)
            object["holdout"] = ["fraction": c.spec.holdout, "seed": c.spec.seed, "cells": cellsJSON(c.cells(c.held)),
                                 "control": cellsJSON(c.control(c.held)), "incremental": effectsJSON(c.incrementalEffects(c.held)),
                                 "no_contact": ["observed": none.observed, "ci95": [none.low, none.high], "fitted": none.predicted, "within": none.within],
                                 "history_offer_value": v.history, "best_for_all_value": v.bestForAll, "best_for_all": v.best]
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
