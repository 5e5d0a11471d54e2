import CampaignStatistics
import Foundation
import Testing

/// Issue 31's attacks against the real binary: each failed before the fix.
@Suite("Hostile input v3")
struct HostileInputTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A minimal lesson around `scenario`, written into `folder`.
    static func lesson(scenario: String, in folder: URL, name: String = "l.yaml") throws -> URL {
        let text = """
        id: l
        title: {en: "T", de: "T"}
        scenario: \(scenario)
        steps:
          - quiz:
              question: {en: "Q?", de: "F?"}
              choices:
                - {text: {en: "a", de: "a"}, correct: true, feedback: {en: "f", de: "f"}}
                - {text: {en: "b", de: "b"}, feedback: {en: "f", de: "f"}}
        """
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Bytes a terminal acts on: ESC, BEL, CSI (C1) and other C0 controls but tab and newline.
    static func controls(_ s: String) -> Int {
        s.unicodeScalars.filter { ($0.value < 0x20 && $0.value != 0x0A && $0.value != 0x09) || (0x7F...0x9F).contains($0.value) }.count
    }

    @Test func aLessonLoadsOnlyFilesInItsOwnFolder() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = folder.deletingLastPathComponent().appendingPathComponent("secret-\(UUID().uuidString).yaml")
        try "name: \"TOP SECRET LINE\"\n".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("link.yaml"), withDestinationURL: secret)
        for target in ["{file: \(secret.path)}", "{file: ../\(secret.lastPathComponent)}", "{file: link.yaml}", "{file: /etc/passwd}", "{file: sub/../../x.yaml}"] {
            let lesson = try Self.lesson(scenario: target, in: folder)
            for command in [["validate", lesson.path], ["lesson", lesson.path, "--notes"]] {
                let r = try BinaryRunner.run(command)
                #expect(r.status == 2, "\(target) \(command[0]): \(r.stderr)")
                #expect(r.stderr.contains("lesson's own folder"), "\(target): \(r.stderr)")
                #expect(!r.stderr.contains("TOP SECRET") && !r.stderr.contains("root:"), "\(target) quotes the file")
            }
        }
        // A file beside the lesson, and one below it, still load.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let shipped = try String(contentsOf: Self.root.appendingPathComponent("scenarios/bike-shop-sme.yaml"), encoding: .utf8)
        try shipped.write(to: folder.appendingPathComponent("sub/bike.yaml"), atomically: true, encoding: .utf8)
        let fine = try Self.lesson(scenario: "{file: sub/bike.yaml}", in: folder)
        let ok = try BinaryRunner.run(["validate", fine.path])
        #expect(ok.status == 0, "\(ok.stderr)")
    }

    @Test func escapeSequencesInFilesNeverReachTheTerminal() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let shipped = try String(contentsOf: Self.root.appendingPathComponent("scenarios/bike-shop-sme.yaml"), encoding: .utf8)
        // YAML's own escapes put ESC, BEL and a C1 CSI into the name.
        let evil = shipped.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasPrefix("name: ") ? #"name: "Evil\e]0;pwned\a\e[2J shop \x9b31m <script>x</script>""# : String($0)
        }.joined(separator: "\n")
        #expect(evil != shipped)
        let file = folder.appendingPathComponent("evil.yaml")
        try evil.write(to: file, atomically: true, encoding: .utf8)
        for command in [["validate", file.path], ["run", file.path, "--customers", "2000"], ["report", file.path, "--customers", "2000"],
                        ["explain", file.path, "--customer", "3", "--strategy", "personalized", "--customers", "2000"]] {
            let r = try BinaryRunner.run(command)
            #expect(r.status == 0, "\(command[0]): \(r.stderr)")
            #expect(Self.controls(r.stdout) == 0 && Self.controls(r.stderr) == 0, "\(command[0]) writes control characters")
            #expect((r.stdout + r.stderr).contains("Evil^[]0;pwned^G^[[2J"), "\(command[0]) hides the text instead of showing it")
        }
        // A Markdown file keeps the text but no HTML of it runs where it is rendered.
        let md = folder.appendingPathComponent("r.md")
        let written = try BinaryRunner.run(["report", file.path, "--customers", "2000", "-o", md.path])
        #expect(written.status == 0, "\(written.stderr)")
        let markdown = try String(contentsOf: md, encoding: .utf8)
        #expect(!markdown.contains("<script>") && markdown.contains("&lt;script>"))
    }

    /// `validate` runs the model for what only it can tell: "show me" must solve its own step.
    @Test func validateRefusesAnExploreStepItsSolutionCannotSolve() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let shipped = try String(contentsOf: Self.root.appendingPathComponent("lessons/differential-privacy-price.yaml"), encoding: .utf8)
        let broken = shipped.replacingOccurrences(of: "solution: {epsilon: 5}", with: "solution: {epsilon: 0.2}")
        #expect(broken != shipped)
        let file = folder.appendingPathComponent("dp.yaml")
        try broken.write(to: file, atomically: true, encoding: .utf8)
        let line = shipped.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("- explore:") }! + 1
        let r = try BinaryRunner.run(["validate", file.path])
        #expect(r.status == 2 && r.stderr.contains("dp.yaml:\(line):5: error: steps[2].explore.solution does not satisfy"), "\(r.stderr)")
    }

    /// `-o` never replaces what is not a regular file, names what is wrong with an empty or too
    /// long name, and writes beside a legal 254-byte name; a huge lesson is refused unread.
    @Test func outputFilesAndHugeInputs() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for target in [fifo, "/dev/stdout", folder.path] {
            let r = try BinaryRunner.run(["report", "fashion-welcome", "--customers", "2000", "--format", "html", "-o", target, "--force"])
            #expect(r.status == 2 && r.stderr.contains("is not a regular file"), "\(target): \(r.stderr)")
        }
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the FIFO was replaced")
        // Read, a pipe or a device is refused at once (a pipe would wait for a writer for ever).
        for input in [fifo, "/dev/zero", folder.path] {
            for command in [["validate", input], ["run", input]] + (input == folder.path ? [] : [["lesson", input, "--notes"]]) {
                let r = try BinaryRunner.run(command)
                #expect(r.status == 2 && (r.stderr.contains("is not a regular file") || r.stderr.contains("is a folder")), "\(command): \(r.stderr)")
            }
        }
        // A link through /proc to stdout, stdout redirected to a file: the link itself would be
        // replaced (as /dev/stdout was, as root); links are never a target.
        let link = folder.appendingPathComponent("mystdout").path
        #expect(symlink("/proc/self/fd/1", link) == 0)
        let viaLink = try BinaryRunner.shell("\"$CAMPAIGN_SIM\" report fashion-welcome --customers 2000 --format html -o \(link) --force > out.txt", in: folder)
        #expect(viaLink.status == 2 && viaLink.stderr.contains("is not a regular file"), "\(viaLink.stderr)")
        #expect(lstat(link, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK, "the link was replaced")
        let empty = try BinaryRunner.run(["report", "fashion-welcome", "--customers", "2000", "-o", ""])
        #expect(empty.status == 2 && empty.stderr.contains("name is empty"), "\(empty.stderr)")
        let long = folder.appendingPathComponent(String(repeating: "a", count: 249) + ".html").path
        let written = try BinaryRunner.run(["report", "fashion-welcome", "--customers", "2000", "--format", "html", "-o", long])
        #expect(written.status == 0 && FileManager.default.fileExists(atPath: long), "\(written.stderr)")
        let tooLong = folder.appendingPathComponent(String(repeating: "b", count: 260) + ".html").path
        let refused = try BinaryRunner.run(["report", "fashion-welcome", "--customers", "2000", "--format", "html", "-o", tooLong])
        #expect(refused.status == 2 && refused.stderr.contains("at most 255"), "\(refused.stderr)")
        // A 2 MiB lesson file is refused by its size before it is read.
        let huge = folder.appendingPathComponent("huge.yaml")
        try Data(repeating: 0x20, count: 2 << 20).write(to: huge)
        let big = try BinaryRunner.run(["lesson", huge.path, "--notes"])
        #expect(big.status == 2 && big.stderr.contains("larger than"), "\(big.stderr)")
    }

    /// Issue 30: where the terminal cannot show UTF-8 (forced here, as a pipe always gets UTF-8),
    /// the command line prints ASCII, amounts in EUR, columns still aligned.
    @Test func aNonUTF8TerminalGetsASCIIWithEUR() throws {
        for language in ["en", "de"] {
            let r = try BinaryRunner.run(["run", "bike-shop-sme", "--customers", "3000", "--lang", language], environment: ["CAMPAIGN_SIM_ASCII": "1"])
            #expect(r.status == 0 && r.stdout.unicodeScalars.allSatisfy { $0.isASCII } && r.stdout.contains("EUR"), "\(r.stdout.prefix(400))")
            let rows = r.stdout.split(separator: "\n").filter { $0.contains("EUR") }
            #expect(Set(rows.map(\.count)).count == 1, "columns moved: \(rows)")
        }
        let plain = try BinaryRunner.run(["run", "bike-shop-sme", "--customers", "3000"])
        #expect(plain.stdout.contains("€"))
    }

    /// Issue 30: a mistyped subcommand is named, with the nearest command.
    @Test func aMistypedCommandGetsADidYouMean() throws {
        let r = try BinaryRunner.run(["rn", "fashion-welcome"])
        #expect(r.status == 2 && r.stderr.contains("unknown command \"rn\"; did you mean \"run\"?"), "\(r.stderr)")
    }

    @Test func aLessonThatIsNotTextSaysSo() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("binary.yaml")
        try Data([0x69, 0x64, 0x3A, 0x20, 0xFF, 0xFE, 0x00, 0x80]).write(to: file)
        let r = try BinaryRunner.run(["lesson", file.path, "--notes"])
        #expect(r.status == 2 && r.stderr.contains("not UTF-8") && !r.stderr.contains("no such file"), "\(r.stderr)")
    }

    /// Forged parts: every field is checked before it sizes a loop or an allocation.
    @Test func mergeRefusesForgedPartsByName() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = ["sweep", "bike-shop-sme", "--customers", "2000", "--rates", "0,0.5", "--replications", "3", "--format", "json"]
        let one = try BinaryRunner.run(base + ["--shard", "1/2"]), two = try BinaryRunner.run(base + ["--shard", "2/2"])
        let p2 = folder.appendingPathComponent("p2")
        try two.stdout.write(to: p2, atomically: true, encoding: .utf8)
        let good = try #require(JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])
        func forged(_ name: String, _ change: (inout [String: Any]) -> Void) throws -> URL {
            var object = good
            change(&object)
            let url = folder.appendingPathComponent(name)
            try JSONSerialization.data(withJSONObject: object).write(to: url)
            return url
        }
        func firstValues(_ o: inout [String: Any], _ index: Int, _ hex: String) {
            var results = o["results"] as! [[String: Any]]
            var rates = results[0]["rates"] as! [[[String: Any]]]
            var values = rates[0][0]["values"] as! [Any]
            values[index] = hex
            rates[0][0]["values"] = values
            results[0]["rates"] = rates
            o["results"] = results
        }
        let cases: [(String, (inout [String: Any]) -> Void, String)] = [
            ("negative-units", { $0["units"] = -1 }, "\"units\": -1"),
            ("huge-units", { $0["units"] = 1e15 }, "\"units\""),
            ("nan", { firstValues(&$0, 0, "7ff8000000000000") }, "customers is nan"),
            ("negative-count", { firstValues(&$0, 0, "c014000000000000") }, "customers is -5.0"),
            ("negative-zero", { firstValues(&$0, 2, "8000000000000000") }, "conversions is -0.0"),
            ("infinite", { firstValues(&$0, 5, "7ff0000000000000") }, "is inf"),
            ("huge", { firstValues(&$0, 0, "7fe1ccf385ebc8a0") }, "customers is 1e+308"),
            ("bad-rate", { $0["rates"] = [0, 7] }, "\"rates\""),
        ]
        for (name, change, message) in cases {
            let r = try BinaryRunner.run(["merge", try forged(name, change).path, p2.path])
            #expect(r.status == 2 && r.stderr.contains(name) && r.stderr.contains(message) && r.stdout.isEmpty, "\(name): \(r.status) \(r.stderr)")
        }
        let merged = try BinaryRunner.run(["merge", try forged("untouched", { _ in }).path, p2.path])
        #expect(merged.status == 0, "\(merged.stderr)")
        // Bounded but forged: an edited embedded scenario no longer matches the part's digest.
        let edited = try forged("edited-scenario", { $0["scenario"] = ($0["scenario"] as! String).replacingOccurrences(of: "size: ", with: "size: 1") })
        let r = try BinaryRunner.run(["merge", edited.path, p2.path])
        #expect(r.status == 2 && r.stderr.contains("edited-scenario") && r.stderr.contains("do not match the run digest") && r.stdout.isEmpty, "\(r.stderr)")
        // A plausible count one higher passes every bound; --verify recomputes the unit and refuses it.
        let results = good["results"] as! [[String: Any]], rates = results[0]["rates"] as! [[[String: Any]]]
        let conversions = Double(bitPattern: UInt64(rates[0][0]["values"].flatMap { ($0 as! [Any])[2] as? String }!, radix: 16)!)
        let plausible = try forged("one-more", { firstValues(&$0, 2, String((conversions + 1).bitPattern, radix: 16)) })
        #expect(try BinaryRunner.run(["merge", plausible.path, p2.path]).status == 0)
        let verified = try BinaryRunner.run(["merge", plausible.path, p2.path, "--verify", "1"])
        #expect(verified.status == 2 && verified.stderr.contains("one-more: unit 0 does not hold what the model computes") && verified.stdout.isEmpty, "\(verified.stderr)")
        let honest = try BinaryRunner.run(["merge", try forged("honest", { _ in }).path, p2.path, "--verify", "2"])
        let unsharded = try BinaryRunner.run(base).stdout
        #expect(honest.status == 0 && honest.stdout == unsharded && honest.stderr.contains("recomputed 3 units of 2 parts"), "\(honest.stderr)")
    }

    /// `merge --verify` recomputes robustness units (worlds) too.
    @Test func mergeVerifiesRobustnessUnits() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = ["robustness", "bike-shop-sme", "--customers", "2000", "--worlds", "6", "--format", "json"]
        var files: [String] = []
        for k in 1...2 {
            let part = try BinaryRunner.run(base + ["--shard", "\(k)/2"])
            let url = folder.appendingPathComponent("w\(k).json")
            try part.stdout.write(to: url, atomically: true, encoding: .utf8)
            files.append(url.path)
        }
        let merged = try BinaryRunner.run(["merge"] + files + ["--verify", "1"])
        let unsharded = try BinaryRunner.run(base).stdout
        #expect(merged.status == 0 && merged.stdout == unsharded && merged.stderr.contains("every figure matches"), "\(merged.stderr)")
        // A forger who recomputes the digest can claim fewer units than the run has (the tornado
        // dropped) or more (a unit past the plan, which crashed --verify): both refused, exit 2.
        for claimed in [6, 24] {
            var forgedFiles: [String] = []
            for (k, file) in files.enumerated() {
                var part = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
                let real = part["units"] as! Int
                var results = (part["results"] as! [[String: Any]]).filter { ($0["unit"] as! Int) < claimed }
                if claimed > real, k == files.count - 1, var extra = results.last {
                    for unit in real..<claimed { extra["unit"] = unit; results.append(extra) }
                }
                part["results"] = results
                part["units"] = claimed
                let run = part["robustness"] as! [String: Any]
                part["run"] = PartialMerge.robustnessDigest(modelVersion: part["model_version"] as! String, scenario: part["scenario"] as! String,
                                                            run: .init(worlds: run["worlds"] as! Int, consent: run["consent"] as? Double, compare: nil),
                                                            format: part["format"] as! String)
                let url = folder.appendingPathComponent("forged-\(claimed)-\(k).json")
                try JSONSerialization.data(withJSONObject: part).write(to: url)
                forgedFiles.append(url.path)
            }
            let r = try BinaryRunner.run(["merge"] + forgedFiles + ["--verify", "100"])
            #expect(r.status == 2 && r.stderr.contains("damaged or forged") && r.stdout.isEmpty, "\(claimed): \(r.status) \(r.stderr)")
        }
    }


    /// Calibration input that used to hang, invent results or blame the generated scenario.
    @Test func calibrateRefusesWhatItCannotFitAndNamesTheInput() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let counts = try String(contentsOf: Self.root.appendingPathComponent("data/hillstrom-counts.csv"), encoding: .utf8)
        func file(_ name: String, _ text: String) throws -> String {
            let url = folder.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        let spec = ["--arm", "segment", "--control", "No E-Mail", "--outcome", "conversion", "--offer", "Mens E-Mail=menswear",
                    "--offer", "Womens E-Mail=womenswear", "--history", "mens=menswear", "--history", "womens=womenswear", "--value", "spend"]
        // Counts of 10⁹ a row: refused at once by the scenario's size, never walked customer by customer.
        let huge = counts.replacingOccurrences(of: ",9464,", with: ",1000000000,")
        let big = try BinaryRunner.run(["calibrate", try file("huge.csv", huge), "--holdout", "0.5"] + spec)
        #expect(big.status == 2 && big.stderr.contains("a scenario holds at most"), "\(big.stderr)")
        let cases: [([String], String, String)] = [
            (["--holdout", "0.999999"], counts, "has none left to fit"),
            (["--outcome", "segment"], counts, "name the same column"),
            (["--offer", "No E-Mail=menswear"], counts, "is the control arm"),
            ([], counts.replacingOccurrences(of: ",9464,", with: ",0x6e,"), "line 2"),
            ([], counts.replacingOccurrences(of: ",101.779135", with: ",1e308"), "is not an amount"),
            ([], counts.replacingOccurrences(of: ",101.779135", with: ",-500"), "is not an amount"),
            // Degenerate data (a late attack review): each used to fit nonsense or run for minutes.
            (["--cohort", "conversion"], counts, "--outcome and --cohort name the same column \"conversion\""),
            (["--cohort", "count"], counts, "says how many customers a row stands for"),
            (["--history", "mens=womenswear"], counts, "names the column \"mens\" twice (as menswear and womenswear)"),
            ([], Self.withoutConversions(counts), "no customer in the treated arms converted"),
            (["--offer", "Mens E-Mail=" + String(repeating: "x", count: 65), "--new-category"], counts, "must be 1 to 64 characters"),
            // A second attack review: one arm with nothing to fit, a reserved category, counts a scenario cannot hold.
            ([], Self.rows(counts) { !($0.hasPrefix("Womens E-Mail,") && $0.split(separator: ",")[3] == "1") }, "no customer in arm \"Womens E-Mail\" converted"),
            ([], Self.rows(counts) { !($0.hasPrefix("No E-Mail,") && $0.split(separator: ",")[3] == "0") }, "every customer in arm \"No E-Mail\" converted"),
            (["--offer", "X=any", "--new-category"], counts, "\"any\" is reserved"),
            ([], counts.replacingOccurrences(of: "Mens E-Mail,0,1,0,", with: "Mens E-Mail,5000,1,0,"), "--history values must be from 0 to 1,000"),
        ]
        for (i, (extra, text, message)) in cases.enumerated() {
            let r = try BinaryRunner.run(["calibrate", try file("case\(i).csv", text)] + spec + extra)
            #expect(r.status == 2 && (r.stderr.contains(message) || (message == "line 2" && r.stderr.contains("case\(i).csv:2:"))), "case \(i): \(r.status) \(r.stderr)")
            #expect(!r.stderr.contains("calibrated:"), "case \(i) blames the generated scenario")
        }
        // A cohort column the experiment set (the spend, without --value): its cohorts occur in one arm only.
        let noValue = Array(spec.dropLast(2))
        let spend = try BinaryRunner.run(["calibrate", try file("spend.csv", counts), "--cohort", "spend"] + noValue)
        #expect(spend.status == 2 && spend.stderr.contains("occurs only in arm") && spend.stderr.contains("\"spend\" gives"), "\(spend.stderr)")
        // Long cohort values make names within the scenario's 64 characters, still distinct, not an error in the generated file.
        let long = String(repeating: "Greater Manchester and the North West ", count: 2)
        var lines = counts.split(separator: "\n").map(String.init)
        lines = [lines[0] + ",region"] + lines.dropFirst().map { $0 + "," + long + ($0.split(separator: ",")[1] == "1" ? "A" : "B") }
        let named = try BinaryRunner.run(["calibrate", try file("long.csv", lines.joined(separator: "\n") + "\n"), "--cohort", "region", "-o", folder.appendingPathComponent("long.yaml").path] + spec)
        #expect(named.status == 0 && !named.stderr.contains("calibrated:"), "\(named.stderr)")
        // A data file named with line breaks cannot write YAML of its own into the header comment,
        // and rows of no customers add no cohort.
        let injected = folder.appendingPathComponent("c\ncampaign: {channel: app}\n#.csv")
        try (counts + "Mens E-Mail,0,0,0,0,0\nWomens E-Mail,0,0,0,0,0\nNo E-Mail,0,0,0,0,0\n").write(to: injected, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("injected.yaml")
        let written = try BinaryRunner.run(["calibrate", injected.path, "-o", out.path] + spec)
        let yaml = try String(contentsOf: out, encoding: .utf8)
        #expect(written.status == 0 && !yaml.split(separator: "\n").contains { $0.hasPrefix("campaign:") }, "\(written.stderr)")
        #expect(yaml.components(separatedBy: "  - name: \"bought").count - 1 == 3, "a cohort from rows of no customers")
        // Cohort values holding ", B=" make two groups read alike: the names are numbered apart.
        var alike = "segment,mens,womens,A,B,conversion,count\n"
        for (arm, rate) in [("M", 17), ("W", 15), ("N", 8)] {
            for pattern in ["0,1", "1,0", "1,1"] {
                for cohort in ["\"1, B=2\",3", "1,\"2, B=3\""] { alike += "\(arm),\(pattern),\(cohort),0,1000\n\(arm),\(pattern),\(cohort),1,\(rate)\n" }
            }
        }
        let twins = try BinaryRunner.run(["calibrate", try file("alike.csv", alike), "--arm", "segment", "--control", "N", "--outcome", "conversion",
                                          "--offer", "M=menswear", "--offer", "W=womenswear", "--history", "mens=menswear", "--history", "womens=womenswear",
                                          "--cohort", "A", "--cohort", "B", "-o", folder.appendingPathComponent("alike.yaml").path])
        #expect(twins.status == 0 && !twins.stderr.contains("calibrated:"), "\(twins.stderr)")
        // Excel's byte-order mark is no part of the first column's name.
        let bom = folder.appendingPathComponent("bom.csv")
        try (Data([0xEF, 0xBB, 0xBF]) + Data(counts.utf8)).write(to: bom)
        let withBOM = try BinaryRunner.run(["calibrate", bom.path] + spec)
        #expect(withBOM.status == 0, "\(withBOM.stderr)")
    }

    /// The counts table's header and the rows `keep` keeps.
    static func rows(_ counts: String, _ keep: (String) -> Bool) -> String {
        let lines = counts.split(separator: "\n").map(String.init)
        return ([lines[0]] + lines.dropFirst().filter(keep)).joined(separator: "\n") + "\n"
    }

    /// The Hillstrom counts with every conversion turned into a non-conversion.
    static func withoutConversions(_ counts: String) -> String {
        counts.split(separator: "\n").map { line -> String in
            var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if cells[3] == "1" { cells[3] = "0"; cells[5] = "0" }
            return cells.joined(separator: ",")
        }.joined(separator: "\n") + "\n"
    }

    /// A full disk is an error with exit 1; a reader that went away ends the program quietly.
    @Test func aFullDiskAndAClosedPipeDoNotTrap() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let full = try BinaryRunner.shell("\"$CAMPAIGN_SIM\" run fashion-welcome --customers 3000 > /dev/full", in: folder)
        #expect(full.status == 1 && full.stderr.contains("cannot write the output"), "\(full.stderr)")
        // The reader (`true`) is gone before the first write; SIGPIPE ignored, as some shells and services do.
        let pipe = try BinaryRunner.shell("trap '' PIPE; { sleep 0.3; \"$CAMPAIGN_SIM\" run fashion-welcome --customers 3000; echo \"rc=$?\" >&2; } | true", in: folder)
        #expect(pipe.stderr.contains("rc=0") && !pipe.stderr.contains("Fatal"), "\(pipe.stderr)")
        // A message stderr cannot take does not change the exit code: bad input stays exit 2.
        try "name: x\nfoo: 1\n".write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let invalid = try BinaryRunner.shell("\"$CAMPAIGN_SIM\" validate bad.yaml 2>/dev/full; echo \"rc=$?\" >&2", in: folder)
        #expect(invalid.stderr.contains("rc=2"), "\(invalid.stderr)")
    }
}
