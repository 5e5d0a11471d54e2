import CampaignCharts
import CampaignCompliance
import CampaignEngine
import CampaignOutput
import CampaignStatistics
import Localization
import ScenarioKit

/// The audit report: a document a privacy team can start its records and DPIA screening from.
/// Pure: it turns engine figures and the obligations catalogue into a `ReportDocument`.
public enum AuditReport {
    /// Builds the report for one consent rate. `minors` and `vulnerable` count those customers.
    /// With `replicated` (R > 1 replications of the same rate) the figures table carries 95 %
    /// intervals and a sentence per strategy says whether its difference to broadcast is clear.
    public static func build(scenario: Scenario, result: RateResult, minors: Int, vulnerable: Int, language: Language,
                             replicated: ReplicatedResult? = nil, provenance: Provenance? = nil, sweep: [RateResult] = [], chartPrefix: String = "chart",
                             catalogue: ObligationCatalogue = .shipped) -> ReportDocument {
        let scenario = scenario.localized(language)
        let t = ReportText(language: language)
        // Strategy names through the same table as the TUI's (keys are the English titles).
        func name(_ s: StrategyName) -> String { loc(s.title, language) }
        let rate = Int((result.consentRate * 100).rounded())
        var doc = ReportDocument(title: t.title(scenario.name), language: language)
        // The one legal assessment (MODEL.md §7 v3): `report --format json` prints the same statuses.
        let statuses = LegalAssessment(scenario: scenario, result: result, minors: minors, vulnerable: vulnerable, catalogue: catalogue)
            .strategies.map { ($0.figures, $0.statuses) }
        doc.blocks.append(.paragraph(t.intro(rate: rate, asOf: catalogue.asOf, ways: result.strategies.count)))
        if let provenance {
            doc.blocks.append(.heading(2, t.provenanceHeading))
            doc.blocks.append(.table([t.provenanceItem, t.provenanceValue], [
                [t.generated, provenance.generated],
                [t.tool, "\(provenance.tool), model_version \(provenance.modelVersion)"],
                [t.source, provenance.source],
                [t.digest, "SHA-256 " + provenance.digest],
                [t.seedAndCustomers, t.seed(scenario.seed, customers: group(scenario.totalCustomers, language))],
                [t.options, provenance.options.isEmpty ? "—" : "`\(provenance.options)`"],
            ]))
        }

        doc.blocks.append(.heading(2, t.scenarioHeading))
        if !scenario.description.isEmpty { doc.blocks.append(.paragraph(scenario.description.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces))) }
        doc.blocks.append(.list([
            t.customers(scenario.totalCustomers, minors: minors, vulnerable: vulnerable),
            t.cohorts(scenario.cohorts.map { "\($0.name) (\(group($0.size, language)))" }.joined(separator: ", ")),
            t.offers(scenario.offers.map { $0.name + ($0.adultOnly ? t.adultsOnlyMark : "") }.joined(separator: ", ")),
            t.company(turnover: scenario.company.annualTurnoverEUR) + " · " + CompanyFacts.line(scenario, language),
            t.consent(rate: rate, k: scenario.privacy.k, epsilon: scenario.privacy.epsilon, protect: scenario.privacy.protectVulnerable),
        ]))

        doc.blocks.append(.heading(2, t.figuresHeading))
        doc.blocks.append(.table([loc("Strategy", language)] + FigureCatalog.report(for: scenario).map { $0.label(language) }, result.strategies.map { f in
            [name(f.strategy) + (f.strategy.role.map { " (\(t.role($0)))" } ?? "")] + FigureCatalog.report(for: scenario).map { figure in
                guard let e = replicated?[f.strategy]?[figure.key], e.halfWidth > 0 else { return FigureText.report(figure, f, language) }
                // A line may break before "±", never between it and its half-width.
                let mean = FigureText.text(figure, value: e.mean, .report, language)
                return mean + " ±\u{00A0}" + FigureText.text(figure, value: e.halfWidth, .report, language)
            }
        }))
        doc.blocks.append(.paragraph(t.violationsDefinition))
        // The index ranks what is used about everyone, not only who is profiled: say how (issue 30).
        doc.blocks.append(.paragraph(loc("The exposure index (0–100) is a heuristic of the model: for each contacted customer, how many data points are used (half the customer's weight once a strategy uses %1 points) times one half plus half the re-identification risk of what is stored; averaged over all customers. A strategy that uses a few data points about everyone (segment: age band and region) can score above one that profiles only the consenting, even where the latter's stored records are more re-identifiable.", language, ShortestNumber.text(scenario.model.exposureHalf))))
        if let assumed = AssumptionNote.sentence(scenario, language) { doc.blocks.append(.paragraph(assumed)) }
        // The charts of `campaign-sim chart`, from the same model, when the caller gives the sweep.
        if !sweep.isEmpty {
            let charts: [(ChartModel, String)] = [
                (.sweep(sweep, strategies: scenario.strategies, metric: .expectedProfitEUR, cursor: result.consentRate, scenario: scenario.name, language: language), "sweep"),
                (.sweep(sweep, strategies: scenario.strategies, metric: .exposureIndex, cursor: result.consentRate, scenario: scenario.name, language: language), "exposure"),
                (.frontier(result, strategies: scenario.strategies, scenario: scenario.name, language: language), "frontier"),
            ]
            for (model, kind) in charts {
                doc.blocks.append(.figure(svg: SVGChart.render(model), caption: model.title, file: "\(chartPrefix)-\(kind).svg"))
            }
        }
        if let replicated {
            doc.blocks.append(.paragraph(t.replicationsIntro(replicated.replications)))
            doc.blocks.append(.list(replicated.strategies.filter { $0.strategy != .broadcast }.compactMap { f in
                guard let d = f.vsBroadcast[.expectedProfitEUR] else { return nil }
                return t.difference(name(f.strategy), mean: signedEuros(d.mean, language), low: signedEuros(d.low, language), high: signedEuros(d.high, language),
                                    clear: d.excludesZero)
            }))
        }

        if !result.weeks.isEmpty { appendWeeks(&doc, scenario: scenario, result: result, chartPrefix: chartPrefix, withCharts: !sweep.isEmpty) }

        doc.blocks.append(.heading(2, t.dataHeading))
        let channel = scenario.campaign.channel
        var dataRows = result.strategies.map { f in
            [name(f.strategy), t.dataUsed(f.strategy, channel), t.records(f.strategy), t.basis(f.strategy, channel)]
        }
        // The suppression list is processing too, by every compliant strategy; its basis follows the sector.
        if scenario.privacy.protectVulnerable && vulnerable > 0 {
            dataRows.append(t.suppressionRow(gambling: scenario.company.sector == .gambling))
        }
        // So is the age gate of adults-only offers: an 18+ flag, personal data where the person is identifiable.
        if scenario.offers.contains(where: \.adultOnly) {
            dataRows.append(t.ageGateRow(channel: channel, gambling: scenario.company.sector == .gambling))
        }
        doc.blocks.append(.table(t.dataHeaders, dataRows))

        doc.blocks.append(.heading(2, t.dpiaHeading))
        doc.blocks.append(.paragraph(t.dpiaIntro))
        doc.blocks.append(.table(t.dpiaHeaders, statuses.filter { $0.0.strategy.info.hasPrivacyFigures }.map { f, s in
            let profiled = f.privacy?.profiled ?? 0
            // Art. 35 applies to every profiling strategy (the panel says so); a DPIA is indicated where
            // it profiles at scale or reaches minors or vulnerable people (the catalogue's test).
            let screened = s.contains { $0.obligation.id == catalogue.dpiaEntry && $0.state != .notApplicable }
            let significant = screened && ComplianceFacts(figures: f, scenario: scenario, minors: minors, vulnerable: vulnerable,
                                                          catalogue: catalogue).holding.contains(.largeScaleProfiling)
            // Coarse profiling (Art. 4(4)): segment's age band and region, contextual's tracked click on e-mail.
            let coarse = s.contains { $0.obligation.id == "gdpr-4-4" && $0.state != .notApplicable } && profiled == 0
            let coarsePeople = f.strategy == .segment ? (f.privacy?.statisticsTargeted ?? 0) : f.contacted
            let profiling = profiled > 0 ? t.profilingYes(profiled) : coarse ? t.profilingCoarse(coarsePeople) : t.no
            return [name(f.strategy), profiling, t.specialCategories, t.no,
                    significant ? t.dpiaRecommended : (profiled > 0 || coarse ? t.dpiaDocument : t.dpiaNotNeeded)]
        }))

        doc.blocks.append(.heading(2, t.aiActHeading))
        // Only the strategies the scenario builds as AI systems (company.ai_systems, an assumption).
        let company = scenario.company
        let systems = result.strategies.map(\.strategy).filter { company.isAISystem($0) && $0.info.records != .hypothetical }
        let others = result.strategies.map(\.strategy).filter { !company.isAISystem($0) && $0.info.records != .hypothetical }
        var ai = [t.aiSystems(systems.map(name).joined(separator: ", "), others: others.map(name).joined(separator: ", "))]
        if let note = CompanyFacts.learningNote(scenario, language) { ai.append(note) }
        if !systems.isEmpty { ai += [t.aiNotHighRisk, t.aiLiteracy, t.aiArt50] }
        let targeting = result.strategies.filter { ($0.privacy?.vulnerableTargeted ?? 0) > 0 }
        let exploiting = targeting.filter { company.isAISystem($0.strategy) }.map { name($0.strategy) }
        let notSystems = targeting.filter { !company.isAISystem($0.strategy) }.map { name($0.strategy) }
        ai.append(exploiting.isEmpty ? t.aiNoProhibited : t.aiProhibited(exploiting.joined(separator: ", ")))
        if !notSystems.isEmpty { ai.append(t.vulnerableWithoutAI(notSystems.joined(separator: ", "))) }
        doc.blocks.append(.list(ai))

        doc.blocks.append(.heading(2, t.obligationsHeading))
        doc.blocks.append(.paragraph(CompanyFacts.line(scenario, language)))
        doc.blocks.append(.paragraph(t.obligationsLegend))
        let shown = statuses.filter { $0.0.strategy.info.hasPrivacyFigures }
        doc.blocks.append(.matrix([t.citation] + shown.map { name($0.0.strategy) }, catalogue.obligations.indices.map { i in
            [catalogue.obligations[i].citation.text(language) + " — " + catalogue.obligations[i].title.text(language)] + shown.map { _, s in
                switch s[i].state {
                case .violated: return t.violatedMark
                case .applies: return t.appliesMark
                case .notApplicable: return t.notApplicableMark
                }
            }
        }, emphasised: t.violatedMark))
        // Why each "n/a" is one: the first condition that fails, grouped by strategy.
        var reasons: [String] = []
        for i in catalogue.obligations.indices {
            var groups: [(reason: String, names: [String])] = []
            for (f, s) in shown where s[i].state == .notApplicable {
                let reason = s[i].reasonText(language)
                if let g = groups.firstIndex(where: { $0.reason == reason }) { groups[g].names.append(name(f.strategy)) } else { groups.append((reason, [name(f.strategy)])) }
            }
            guard !groups.isEmpty else { continue }
            let all = groups.count == 1 && groups[0].names.count == shown.count
            reasons.append(catalogue.obligations[i].citation.text(language) + ": " + groups.map { g in
                all ? g.reason : g.names.joined(separator: ", ") + " — " + g.reason
            }.joined(separator: " "))
        }
        doc.blocks.append(.heading(3, t.whyNotApplicableHeading))
        doc.blocks.append(.list(reasons))
        let compliant = statuses.filter { $0.0.strategy.isCompliant }
        let duties = catalogue.obligations.indices.filter { i in compliant.contains { $0.1[i].state != .notApplicable } }
        doc.blocks.append(.heading(3, t.dutiesHeading))
        doc.blocks.append(.list(duties.map { i in
            let o = catalogue.obligations[i]
            return "\(o.citation.text(language)) — \(ReportText.labelled(o.title.text(language), o.duty.text(language)))"
        }))

        doc.blocks.append(.heading(2, t.violationsHeading))
        var rows: [[String]] = []
        for (f, s) in statuses {
            for status in s where status.state == .violated {
                rows.append([name(f.strategy), status.obligation.citation.text(language) + ": " + status.reasonText(language) { group($0, language) },
                             group(status.people, language), t.cap(status)])
            }
        }
        if rows.isEmpty { doc.blocks.append(.paragraph(t.noViolations)) } else {
            doc.blocks.append(.paragraph(t.violationsIntro))
            doc.blocks.append(.table(t.violationHeaders, rows))
        }

        doc.blocks.append(.heading(2, t.checklistHeading))
        doc.blocks.append(.checklist(t.checklist))
        doc.blocks.append(.paragraph(t.disclaimer(asOf: catalogue.asOf)))
        return doc
    }

    /// A campaign of several weeks (MODEL.md §9): what moves week by week, in two tables and,
    /// beside the other charts, two charts.
    static func appendWeeks(_ doc: inout ReportDocument, scenario: Scenario, result: RateResult, chartPrefix: String, withCharts: Bool) {
        let l = doc.language
        let weeks = result.weeks
        doc.blocks.append(.heading(2, loc("Week by week", l)))
        let retention = scenario.privacy.retentionWeeks.map { loc("history kept %1 weeks", l, $0) } ?? loc("history kept without limit", l)
        var intro = loc("The figures above are campaign totals over %1 weeks: sums over the weeks, distinct customers for contacts and violations, the records held in the last week. Each week %2 of consenting customers withdraw; %3.",
                        l, scenario.campaign.weeks, NumberText.percent(scenario.consent.withdrawalWeekly, 1, l), retention)
        if let epsilon = result[.segment]?.epsilonTotal {
            intro += " " + loc("Segment releases its statistics every week with fresh noise, so the campaign spends ε = %1 in all (sequential composition).", l,
                               NumberText.decimal(epsilon, 2, l))
        }
        doc.blocks.append(.paragraph(intro))
        let shown = scenario.strategies
        doc.blocks.append(.paragraph(loc("Cumulative realised profit by week, then what personalised holds at the end of each week:", l)))
        doc.blocks.append(.table([loc("Week", l), WeekFigureKey.consenting.label(l, short: true), WeekFigureKey.withdrawn.label(l, short: true)]
                                 + shown.map { loc($0.title, l) },
                                 weeks.map { w in
            [String(w.week), group(w.strategies[0].consenting, l), group(w.strategies[0].withdrawn, l)]
                + shown.map { s in w[s].map { euros($0.cumulativeProfitEUR, l) } ?? "—" }
        }))
        if shown.contains(.personalized) {
            let figures: [WeekFigureKey] = [.storedRecords, .storedEvents, .reidRiskMean, .recordsBelowK, .exposureIndex]
            doc.blocks.append(.table([loc("Week", l)] + figures.map { $0.label(l) }, weeks.compactMap { w in
                guard let p = w[.personalized]?.privacy else { return nil }
                return [String(w.week), group(p.storedRecords, l), group(p.storedEvents, l), NumberText.decimal(p.reidRiskMean, 3, l),
                        NumberText.percent(p.recordsBelowK, 1, l), NumberText.decimal(p.exposureIndex, 1, l)]
            }))
        }
        guard withCharts else { return }
        for (metric, kind) in [(WeekFigureKey.cumulativeProfitEUR, "weeks-profit"), (.reidRiskMean, "weeks-risk")] {
            let model = ChartModel.weeks(result, strategies: shown, metric: metric, cursor: nil, scenario: scenario.name, language: l)
            doc.blocks.append(.figure(svg: SVGChart.render(model), caption: model.title, file: "\(chartPrefix)-\(kind).svg"))
        }
    }

    static func group(_ n: Int, _ l: Language) -> String { NumberText.grouped(n, l) }

    static func euros(_ value: Double, _ l: Language) -> String { NumberText.reportEuros(value, l) }

    /// "+€1,254" / "+1.254 €", "−€310": a difference in whole euros.
    static func signedEuros(_ value: Double, _ l: Language) -> String {
        let amount = NumberText.grouped(Int(value.magnitude.rounded()), l)
        return (value < 0 ? "−" : "+") + (l == .de ? amount + " €" : "€" + amount)
    }
}
