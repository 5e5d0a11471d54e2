import Foundation
import Testing
import ScenarioKit

/// `campaign-sim report`: Markdown and self-contained HTML, English and German, atomic output.
@Suite("campaign-sim report", .serialized)
struct ReportCLITests {
    @Test func markdownHasEverySection() throws {
        let out = try BinaryRunner.run(["report", "igaming-first-deposit", "--customers", "20000", "--lang", "en"])
        #expect(out.status == 0, "\(out.stderr)")
        for heading in ["# Privacy and compliance report", "## 1. The scenario", "## 2. Strategies and their figures",
                        "## 3. Data categories and legal basis", "## 4. DPIA screening (GDPR Art. 35(3))", "## 5. AI Act classification",
                        "## 6. Obligations that apply", "## 7. Violations and fine caps", "## 8. Good-practice checklist"] {
            #expect(out.stdout.contains(heading), "missing \(heading)")
        }
        #expect(out.stdout.contains("| Unconstrained | AI Act Art. 5(1)(b): "))
        #expect(out.stdout.contains("- [ ] Support the AI literacy of the staff who run AI systems (AI Act Art. 4, as amended; Official Journal publication not confirmed)."))
        // A gambling operator is no online platform: no DSA row is breached or capped.
        #expect(!out.stdout.contains("| Unconstrained | DSA"))
        #expect(out.stdout.contains("not legal advice"))
    }

    @Test func germanHTMLIsOneSelfContainedFileWrittenAtomically() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let file = folder.appendingPathComponent("bericht.html")
        let out = try BinaryRunner.run(["report", "fashion-welcome", "--customers", "20000", "--format", "html", "--lang", "de", "-o", file.path])
        #expect(out.status == 0 && out.stdout.isEmpty)
        let html = try String(contentsOf: file, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<html lang=\"de\">"))
        #expect(html.contains("Datenschutz- und Compliance-Bericht") && html.contains("Checkliste guter Praxis"))
        #expect(!html.contains("<link") && !html.contains("<script") && !html.contains("src=\"http"))
        #expect(html.contains("@media print"))
        let again = try BinaryRunner.run(["report", "fashion-welcome", "--customers", "20000", "-o", file.path])
        #expect(again.status == 2 && again.stderr.contains("--force"))
        #expect(try String(contentsOf: file, encoding: .utf8) == html)
        let forced = try BinaryRunner.run(["report", "fashion-welcome", "--customers", "20000", "-o", file.path, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("# Privacy and compliance report"))
    }
}

/// `report --replications`: intervals in the figures table and a verdict per strategy.
@Suite("Report with replications")
struct ReportReplicationCLITests {
    @Test func figuresCarryIntervalsAndEachStrategyGetsAVerdict() throws {
        let en = try BinaryRunner.run(["report", "grocery-app-voucher", "--customers", "4000", "--replications", "6", "--lang", "en"])
        #expect(en.status == 0)
        // Table cells keep "± half-width" together (no break between them in HTML or a PDF).
        #expect(en.stdout.contains(" ±\u{00A0}€") && en.stdout.contains("means over 6 synthetic populations"))
        let verdicts = en.stdout.split(separator: "\n").filter { $0.contains("against broadcast") }
        // One verdict for every strategy the scenario compares with broadcast (all but broadcast itself).
        let compared = StrategyName.allCases.filter { $0 != .broadcast }
        #expect(verdicts.count == compared.count, "\(verdicts)")
        #expect(compared.allSatisfy { s in verdicts.contains { $0.contains(s.title + ":") } })
        #expect(verdicts.allSatisfy { $0.contains("clear at 95 %") || $0.contains("not distinguishable from broadcast at 95 %") })
        let de = try BinaryRunner.run(["report", "grocery-app-voucher", "--customers", "4000", "--replications", "6", "--lang", "de"])
        #expect(de.status == 0 && de.stdout.contains("gegenüber einheitlich") && !de.stdout.contains("against broadcast"))
        let one = try BinaryRunner.run(["report", "grocery-app-voucher", "--customers", "4000"])
        #expect(!one.stdout.contains("±") && !one.stdout.contains("against broadcast"))
    }
}

/// `records`: the stored records as CSV, written like every other file (issue 19).
@Suite("campaign-sim records")
struct RecordsCLITests {
    @Test func writesTheRecordsAndNeverOverwritesWithoutForce() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let file = folder.appendingPathComponent("records.csv")
        let out = try BinaryRunner.run(["records", "fashion-welcome", "--customers", "5000", "--strategy", "personalized", "-o", file.path])
        #expect(out.status == 0 && out.stdout.isEmpty)
        let csv = try String(contentsOf: file, encoding: .utf8)
        #expect(csv.hasPrefix("age_band,region,womenswear,menswear,shoes,sportswear,accessories,kidswear\n"))
        let again = try BinaryRunner.run(["records", "fashion-welcome", "--customers", "5000", "--strategy", "segment", "-o", file.path])
        #expect(again.status == 2 && again.stderr.contains("--force"))
        #expect(try String(contentsOf: file, encoding: .utf8) == csv)
        let forced = try BinaryRunner.run(["records", "fashion-welcome", "--customers", "5000", "--strategy", "segment", "-o", file.path, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("age_band,region,contributors,"))
        let none = try BinaryRunner.run(["records", "fashion-welcome", "--strategy", "broadcast"])
        #expect(none.status == 2 && none.stderr.contains("stores no records"))
    }
}

/// No progress line when stderr is not a terminal, and none with --quiet (issue 19).
@Suite("Progress lines")
struct ProgressLineTests {
    @Test func aPipeGetsNoProgressLine() throws {
        for extra in [[String](), ["--quiet"]] {
            let out = try BinaryRunner.run(["run", "grocery-app-voucher", "--customers", "3000", "--replications", "8", "--format", "csv"] + extra)
            #expect(out.status == 0 && out.stderr.isEmpty, "stderr: \(out.stderr)")
            #expect(out.stdout.hasPrefix("consent_rate,"))
        }
    }
}

/// The command line's own messages follow the language; JSON and CSV never do (issue 19).
@Suite("German command line")
struct GermanCommandLineTests {
    @Test func messagesFollowLangAndTheLangOption() throws {
        let german = try BinaryRunner.run(["run", "nosuch"], environment: ["LANG": "de_DE.UTF-8", "LC_ALL": ""])
        #expect(german.status == 2 && german.stderr.contains("Fehler: nosuch: keine solche Datei"), "\(german.stderr)")
        let english = try BinaryRunner.run(["run", "nosuch", "--lang", "en"], environment: ["LANG": "de_DE.UTF-8", "LC_ALL": ""])
        #expect(english.stderr.contains("error: nosuch: no such file"))
        let table = try BinaryRunner.run(["run", "bike-shop-sme", "--customers", "3000"], environment: ["LANG": "de_DE.UTF-8", "LC_ALL": ""])
        #expect(table.stdout.contains("Regionaler Fahrradladen (KMU) — 3.000 Personen, Seed 2024") && table.stdout.contains("Einwilligung "),
                "\(table.stdout.prefix(300))")
        let csv = try BinaryRunner.run(["run", "bike-shop-sme", "--customers", "3000", "--format", "csv"], environment: ["LANG": "de_DE.UTF-8", "LC_ALL": ""])
        let csvEnglish = try BinaryRunner.run(["run", "bike-shop-sme", "--customers", "3000", "--format", "csv", "--lang", "en"])
        #expect(csv.stdout == csvEnglish.stdout && csv.stdout.hasPrefix("consent_rate,strategy,"))
    }
}

/// `chart` writes a standalone SVG; the HTML report inlines the same charts and a Markdown
/// report written with -o links them as files beside itself (issue 15).
@Suite("campaign-sim chart")
struct ChartCLITests {
    @Test func chartsAsFilesAndInReports() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let svg = folder.appendingPathComponent("sweep.svg")
        let out = try BinaryRunner.run(["chart", "fashion-welcome", "--customers", "5000", "--kind", "sweep", "--metric", "conversion_rate", "-o", svg.path])
        #expect(out.status == 0)
        let text = try String(contentsOf: svg, encoding: .utf8)
        #expect(text.hasPrefix("<?xml") && text.contains("Conversion rate by consent rate"))
        let again = try BinaryRunner.run(["chart", "fashion-welcome", "--customers", "5000", "-o", svg.path])
        #expect(again.status == 2 && again.stderr.contains("--force"))
        let bad = try BinaryRunner.run(["chart", "fashion-welcome", "--metric", "profit"])
        #expect(bad.status == 2 && bad.stderr.contains("unknown figure") && bad.stderr.contains("did you mean"))
        let html = try BinaryRunner.run(["report", "fashion-welcome", "--customers", "5000", "--format", "html"])
        // Every chart inline (the sweep, the exposure and the frontier of a one-shot campaign), none as a separate XML file.
        #expect(html.stdout.components(separatedBy: "<svg ").count - 1 == html.stdout.components(separatedBy: "<figure").count - 1)
        #expect(html.stdout.contains("<svg ") && !html.stdout.contains("<?xml"))
        let md = folder.appendingPathComponent("audit.md")
        let written = try BinaryRunner.run(["report", "fashion-welcome", "--customers", "5000", "-o", md.path])
        #expect(written.status == 0)
        let markdown = try String(contentsOf: md, encoding: .utf8)
        for kind in ["sweep", "exposure", "frontier"] {
            #expect(markdown.contains("(audit-\(kind).svg)"))
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("audit-\(kind).svg").path))
        }
        let plain = try BinaryRunner.run(["report", "fashion-welcome", "--customers", "5000"])
        #expect(!plain.stdout.contains(".svg)"))
    }
}

/// `calibrate` as the README runs it, on the shipped counts table (issue 17).
@Suite("campaign-sim calibrate")
struct CalibrateCLITests {
    static let counts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data/hillstrom-counts.csv").path
    static let arguments = ["calibrate", counts, "--arm", "segment", "--control", "No E-Mail", "--outcome", "conversion",
                            "--offer", "Mens E-Mail=menswear", "--offer", "Womens E-Mail=womenswear",
                            "--history", "mens=menswear", "--history", "womens=womenswear", "--value", "spend"]

    @Test func theReadmeExampleWritesAScenarioThatValidates() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let file = folder.appendingPathComponent("my-hillstrom.yaml").path
        let out = try BinaryRunner.run(Self.arguments + ["--holdout", "0.5", "-o", file])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("observed") && out.stdout.contains("Held-out value") && out.stdout.contains("Control arm"))
        let check = try BinaryRunner.run(["validate", file])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(try String(contentsOf: URL(fileURLWithPath: file), encoding: .utf8).contains("# Calibrated by `campaign-sim calibrate`"))
        let json = try BinaryRunner.run(Self.arguments + ["--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["cells"] as? [Any])?.count == 6)
        let again = try BinaryRunner.run(Self.arguments + ["-o", file])
        #expect(again.status == 2 && again.stderr.contains("--force"))
    }

    @Test func badInputExitsTwoWithFileLineAndColumn() throws {
        let missing = try BinaryRunner.run(Self.arguments.map { $0 == "conversion" ? "converted" : $0 })
        #expect(missing.status == 2 && missing.stderr.contains("hillstrom-counts.csv:1: error: --outcome: no column \"converted\""), "\(missing.stderr)")
        let control = try BinaryRunner.run(Self.arguments.map { $0 == "No E-Mail" ? "None" : $0 })
        #expect(control.status == 2 && control.stderr.contains("--control \"None\" does not occur"))
    }
}
