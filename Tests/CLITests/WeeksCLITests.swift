import Foundation
import Testing

/// Campaigns over several weeks (MODEL.md §9) through the real binary.
@Suite("Weeks on the command line")
struct WeeksCLITests {
    @Test func runPrintsTheWeeksArrayAndCampaignTotals() throws {
        let out = try BinaryRunner.run(["run", "newsletter-weeks", "--customers", "4000", "--format", "json", "--weeks", "4", "--quiet"])
        #expect(out.status == 0, "\(out.stderr)")
        let root = try #require(JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let entry = try #require((root["results"] as? [[String: Any]])?.first)
        let weeks = try #require(entry["weeks"] as? [[String: Any]])
        #expect(weeks.map { $0["week"] as? Int } == [1, 2, 3, 4])
        let personal = try #require(((weeks[3]["strategies"] as? [String: Any])?["personalized"]) as? [String: Any])
        for key in ["cumulative_conversions", "consenting", "withdrawn", "stored_records", "stored_events", "reid_risk_mean", "exposure_index"] {
            #expect(personal[key] != nil, "missing \(key)")
        }
        let totals = try #require((entry["strategies"] as? [String: Any])?["segment"] as? [String: Any])
        #expect(totals["contacts"] is Int)
        #expect(totals.keys.contains("epsilon_total"))
    }

    @Test func csvHasAWeekColumnWithTotalsAsWeekZero() throws {
        let out = try BinaryRunner.run(["run", "newsletter-weeks", "--customers", "3000", "--format", "csv", "--weeks", "3", "--quiet"])
        #expect(out.status == 0)
        let lines = out.stdout.split(separator: "\n")
        #expect(lines[0].hasPrefix("consent_rate,week,strategy,"))
        // Six strategies' totals (week 0), then six per week.
        #expect(lines.count == 1 + 6 * 4)
        #expect(lines[1].split(separator: ",")[1] == "0" && lines[7].split(separator: ",")[1] == "1")
    }

    @Test func oneWeekPrintsExactlyTheOneShotOutput() throws {
        let oneShot = try BinaryRunner.run(["sweep", "fashion-welcome", "--customers", "5000", "--format", "json"])
        let oneWeek = try BinaryRunner.run(["sweep", "fashion-welcome", "--customers", "5000", "--format", "json", "--weeks", "1", "--withdrawal", "0.3"])
        #expect(oneShot.status == 0 && oneShot.stdout == oneWeek.stdout)
    }

    @Test func tableShowsTotalsAndTheWeekTableOnRequest() throws {
        let plain = try BinaryRunner.run(["run", "newsletter-weeks", "--customers", "3000", "--quiet"])
        #expect(plain.stdout.contains("Campaign of 12 weeks"))
        #expect(plain.stdout.contains("--weeks-table"))
        let weekly = try BinaryRunner.run(["run", "newsletter-weeks", "--customers", "3000", "--weeks-table", "--quiet", "--lang", "de"])
        #expect(weekly.stdout.contains("Woche für Woche bei 45 % Einwilligung"))
        // The default stays readable at 100 columns.
        #expect(plain.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 })
        #expect(weekly.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }

    @Test func explainTellsTheWeeksStory() throws {
        let out = try BinaryRunner.run(["explain", "newsletter-weeks", "--customers", "2000", "--strategy", "personalized", "--week", "8",
                                        "--withdrawal", "0.3", "--consent", "1", "--sample", "200"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("Week 8 of 12."))
        #expect(out.stdout.contains("your profile was erased"))
        #expect(out.stdout.contains("not contacted again"))
        let past = try BinaryRunner.run(["explain", "newsletter-weeks", "--customers", "2000", "--strategy", "segment", "--week", "13"])
        #expect(past.status == 2 && past.stderr.contains("--week 13"))
        let oneShot = try BinaryRunner.run(["explain", "fashion-welcome", "--customers", "2000", "--strategy", "segment", "--week", "2"])
        #expect(oneShot.status == 2 && oneShot.stderr.contains("--weeks 2 or more"))
    }

    @Test func badTimeKeysAreRefusedWithTheirPlace() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let file = folder.appendingPathComponent("weeks.yaml")
        try """
        name: Weeks
        categories: [a, b]
        consent: {withdrawal_weekly: 1.5}
        privacy: {retention_weeks: 0}
        campaign: {weeks: 105, length: 3}
        cohorts: [{name: c, size: 10, base_rate: 0.1}]
        offers: [{name: o, kind: voucher, category: a, incentive: 0.1, value_eur: 10, cost_eur: 1}]
        """.write(to: file, atomically: true, encoding: .utf8)
        let out = try BinaryRunner.run(["validate", file.path])
        #expect(out.status == 2)
        for expected in ["weeks.yaml:3:", "consent.withdrawal_weekly", "weeks.yaml:4:", "privacy.retention_weeks", "weeks.yaml:5:", "campaign.weeks", "campaign.length"] {
            #expect(out.stderr.contains(expected), "missing \(expected) in \(out.stderr)")
        }
        let option = try BinaryRunner.run(["run", "fashion-welcome", "--weeks", "0"])
        #expect(option.status == 2 && option.stderr.contains("--weeks must be from 1 to 104"))
        let retention = try BinaryRunner.run(["run", "fashion-welcome", "--retention", "forever"])
        #expect(retention.status == 2 && retention.stderr.contains("--retention"))
    }

    @Test func chartDrawsAWeekFigureByWeek() throws {
        let out = try BinaryRunner.run(["chart", "newsletter-weeks", "--customers", "2000", "--kind", "weeks", "--metric", "reid_risk_mean"])
        #expect(out.status == 0 && out.stdout.hasPrefix("<?xml") && out.stdout.contains("by week"))
        let wrong = try BinaryRunner.run(["chart", "newsletter-weeks", "--kind", "weeks", "--metric", "reid_risk_men"])
        #expect(wrong.status == 2 && wrong.stderr.contains("reid_risk_mean"))
    }
}
