import Foundation
import Testing

/// End-to-end tests of the real binary: stdout, stderr and exit codes.
@Suite("campaign-sim command line", .serialized)
struct CLITests {
    static let figureKeys = ["customers", "contacted", "conversions", "expected_conversions", "conversion_rate",
                             "expected_conversion_rate", "revenue_eur", "bonus_cost_eur", "profit_eur", "expected_profit_eur",
                             "cost_per_acquisition_eur", "uplift_vs_broadcast", "profiled", "profiled_without_consent",
                             "minors_profiled", "vulnerable_targeted", "data_points", "exposure_index", "reid_risk_mean",
                             "reid_risk_max", "records_below_k", "fine_caps_eur"]
    static let strategies = ["broadcast", "contextual", "segment", "personalized", "unconstrained", "oracle"]

    @Test func runPrintsJSONOfTheContract() throws {
        let out = try BinaryRunner.run(["run", "fashion-welcome", "--format", "json", "--customers", "20000", "--consent", "0.3"])
        #expect(out.status == 0)
        #expect(out.stderr.isEmpty)
        let root = try #require(JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        #expect(root["scenario"] as? String == "Fashion welcome discounts")
        #expect(root["customers"] as? Int == 20000)
        #expect(root["seed"] as? Int == 20251)
        let results = try #require(root["results"] as? [[String: Any]])
        #expect(results.count == 1)
        #expect(results[0]["consent_rate"] as? Double == 0.3)
        let strategies = try #require(results[0]["strategies"] as? [String: [String: Any]])
        #expect(Set(strategies.keys) == Set(Self.strategies))
        for (name, figures) in strategies {
            #expect(Set(Self.figureKeys).isSubset(of: Set(figures.keys)), "\(name) lacks keys")
        }
        #expect(strategies["oracle"]!["profiled"] is NSNull)
        #expect(strategies["oracle"]!["fine_caps_eur"] is NSNull)
        let caps = try #require(strategies["unconstrained"]!["fine_caps_eur"] as? [String: Double])
        #expect(Set(caps.keys) == ["gdpr_art83_5", "dsa_art52_3", "ai_act_art99_3"])
        #expect(caps["gdpr_art83_5"] == 80_000_000)
        #expect(strategies["broadcast"]!["uplift_vs_broadcast"] as? Double == 0)
    }

    @Test func sweepCoversTheScenarioGridAndCSVHasARowPerRateAndStrategy() throws {
        let json = try BinaryRunner.run(["sweep", "fashion-welcome", "--format", "json", "--customers", "5000"])
        #expect(json.status == 0)
        let root = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rates = (root["results"] as! [[String: Any]]).map { $0["consent_rate"] as! Double }
        #expect(rates == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1])
        let csv = try BinaryRunner.run(["sweep", "fashion-welcome", "--format", "csv", "--customers", "5000", "--rates", "0,0.5,1", "--strategies", "broadcast,personalized"])
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.count == 1 + 3 * 2)
        #expect(lines[0].hasPrefix("consent_rate,strategy,customers,contacted,conversions"))
        // Fashion's customers buy anyway sometimes: the causal columns of MODEL.md §11.3 follow the fine caps.
        #expect(lines[0].contains("fine_cap_gdpr_art83_5_eur,fine_cap_dsa_art52_3_eur,fine_cap_ai_act_art99_3_eur,sure_things,"))
        #expect(lines[0].hasSuffix("cost_per_incremental_acquisition_eur,incremental_uplift_vs_broadcast"))
        #expect(lines[1].hasPrefix("0,broadcast,5000,"))
        #expect(lines[6].hasPrefix("1,personalized,5000,"))
    }

    @Test func tableShowsStrategiesSideBySideWithUnits() throws {
        let out = try BinaryRunner.run(["run", "fashion-welcome", "--customers", "10000"])
        #expect(out.status == 0)
        for title in ["Broadcast", "Contextual", "Segment", "Personalised", "Unconstrained*", "Oracle*"] {
            #expect(out.stdout.contains(title))
        }
        #expect(out.stdout.contains("Consent 40 %"))
        #expect(out.stdout.contains("10,000 customers"))
        #expect(out.stdout.contains("€"))
        #expect(out.stdout.contains("counterexample"))
    }

    @Test func sameSeedSameBytesForAnyThreadCount() throws {
        let args = ["sweep", "fashion-welcome", "--format", "json", "--customers", "30000", "--rates", "0,0.35,1"]
        let one = try BinaryRunner.run(args + ["--threads", "1"])
        let two = try BinaryRunner.run(args + ["--threads", "2"])
        let five = try BinaryRunner.run(args + ["--threads", "5"])
        #expect(one.status == 0 && one.stdout == two.stdout && two.stdout == five.stdout)
        let otherSeed = try BinaryRunner.run(args + ["--seed", "99"])
        #expect(otherSeed.stdout != one.stdout)
    }

    @Test func invalidScenarioExitsTwoWithEveryErrorOnStderr() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let file = folder.appendingPathComponent("broken.yaml")
        try """
        name: Broken
        categories: [a, b]
        cohorts:
          - name: c
            size: 100
            base_rate: 1.5
            intrests: {a: 1}
        offers:
          - {name: o, category: c, incentive: 0.1, value_eur: 10, cost_eur: 1}
        """.write(to: file, atomically: true, encoding: .utf8)
        let out = try BinaryRunner.run(["run", file.path, "--format", "json"])
        #expect(out.status == 2)
        #expect(out.stdout.isEmpty)
        #expect(out.stderr.contains("broken.yaml:6:16: error: cohorts[0].base_rate: expected a number in (0, 1), got 1.5"))
        #expect(out.stderr.contains("broken.yaml:7:5: error: cohorts[0].intrests: unknown key \"intrests\"; did you mean \"interests\"?"))
        #expect(out.stderr.contains("broken.yaml:9:25: error: offers[0].category:"))
        let lines = out.stderr.split(separator: "\n")
        #expect(lines.count == 3 && lines[0].contains(":6:16:") && lines[2].contains(":9:25:"), "not in file order")
        let validate = try BinaryRunner.run(["validate", file.path])
        #expect(validate.status == 2 && validate.stdout.isEmpty && validate.stderr.contains("base_rate"))
    }

    @Test func validateAcceptsEveryShippedScenario() throws {
        let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scenarios")
        let files = try FileManager.default.contentsOfDirectory(atPath: scenarios.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(!files.isEmpty)
        let out = try BinaryRunner.run(["validate"] + files.map { scenarios.appendingPathComponent($0).path })
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.isEmpty)
    }

    @Test func usageErrorsExitTwo() throws {
        let cases: [[String]] = [
            ["run", "fashion-welcome", "--consent", "1.5"],
            ["run", "fashion-welcome", "--consent", "0.5", "--rates", "0,1"],
            ["run", "fashion-welcome", "--format", "xml"],
            ["run", "fashion-welcome", "--strategies", "broadcast,magic"],
            ["run", "fashion-welcome", "--customers", "0"],
            ["run", "fashion-welcome", "--threads", "0"],
            ["run", "fashion-welcome", "--rates", "0,abc"],
            ["run", "fashion-welcome", "--bogus"],
            ["sweep", "fashion-welcome", "--consent", "0.5"],
            ["run", "no-such-scenario"],
            ["run", "/tmp"],
            ["frobnicate"],
            ["validate"],
            ["tui", "--lang", "fr"],
        ]
        for args in cases {
            let out = try BinaryRunner.run(args)
            #expect(out.status == 2, "\(args) exited \(out.status)")
            #expect(out.stdout.isEmpty, "\(args) printed to stdout")
            #expect(!out.stderr.isEmpty, "\(args) said nothing")
        }
        let typo = try BinaryRunner.run(["run", "fashion-welcom"])
        #expect(typo.stderr.contains("did you mean the built-in \"fashion-welcome\""))
    }

    @Test func noArgumentsExplainsAndExitsTwoWithoutATerminal() throws {
        let out = try BinaryRunner.run([])
        #expect(out.status == 2)
        #expect(out.stdout.isEmpty)
        #expect(out.stderr.contains("campaign-sim run"))
    }

    @Test func helpGoesToStdoutWithStatusZero() throws {
        let out = try BinaryRunner.run(["run", "--help"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("--consent"))
        #expect(out.stdout.contains("--customers"))
    }

    @Test func runsFromAnyFolder() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let out = try BinaryRunner.run(["run", "fashion-welcome", "--customers", "2000", "--format", "csv"], currentDirectory: folder)
        #expect(out.status == 0)
        #expect(out.stdout.split(separator: "\n").count == 7)
    }
}

@Suite("campaign-sim new and the scenario library", .serialized)
struct ScenarioLibraryCLITests {
    @Test func newWritesAValidStarterAndNeverOverwrites() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let first = try BinaryRunner.run(["new", "my-shop"], currentDirectory: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.isEmpty)
        let file = folder.appendingPathComponent("my-shop.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("name: \"my-shop\"") && text.hasSuffix("\n"))
        // The schema its first line names is written beside it (issue 30), and never over another.
        let schema = folder.appendingPathComponent("scenario.schema.json")
        #expect(text.hasPrefix("# yaml-language-server: $schema=scenario.schema.json"))
        #expect(try Data(contentsOf: schema) == Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scenarios/scenario.schema.json")))
        let validate = try BinaryRunner.run(["validate", "my-shop.yaml"], currentDirectory: folder)
        #expect(validate.status == 0, "\(validate.stderr)")
        let run = try BinaryRunner.run(["run", "my-shop.yaml", "--format", "csv"], currentDirectory: folder)
        #expect(run.status == 0)
        try "keep me".write(to: file, atomically: true, encoding: .utf8)
        let second = try BinaryRunner.run(["new", "my-shop"], currentDirectory: folder)
        #expect(second.status == 2)
        #expect(second.stderr.contains("already exists"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me")
        let forced = try BinaryRunner.run(["new", "my-shop", "--force"], currentDirectory: folder)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
        let nowhere = try BinaryRunner.run(["new", "/nonexistent-folder/x"])
        #expect(nowhere.status == 2 && nowhere.stderr.contains("cannot write"))
    }

    @Test func listNamesEveryBuiltinScenario() throws {
        let out = try BinaryRunner.run(["list"])
        #expect(out.status == 0)
        for name in ["fashion-welcome", "streaming-trial", "igaming-first-deposit", "grocery-app-voucher", "bike-shop-sme"] {
            #expect(out.stdout.contains(name))
        }
    }

    @Test func benchReportsEveryFigureAsTableAndJSON() throws {
        let json = try BinaryRunner.run(["bench", "--sizes", "3000,6000", "--runs", "1", "--format", "json",
                                         "--replication-customers", "2000", "--world-customers", "500"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let sizes = try #require(object["sizes"] as? [[String: Any]])
        #expect(sizes.map { $0["customers"] as? Int } == [3000, 6000])
        for size in sizes {
            let streamed = try #require(size["streamed"] as? [String: Any])
            #expect(streamed["peak_rss_bytes"] as? Int ?? 0 > 0)
            let memory = try #require(size["in_memory"] as? [String: Any])
            for key in ["build_ms", "evaluate_ms", "sweep_ms", "build_and_sweep_ms", "recompute_consent_ms", "recompute_k_ms", "draw_recording_ms", "recompute_rebuild_ms"] {
                let timing = try #require(memory[key] as? [String: Double], "\(key)")
                #expect(timing["min"]! <= timing["median"]! && timing["median"]! <= timing["max"]!)
            }
        }
        #expect((object["first_frame"] as? [String: Any])?["first_figures_ms"] is Double)
        let table = try BinaryRunner.run(["bench", "--sizes", "4000", "--runs", "1", "--stream-only"])
        let statistics = (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any])["statistics"] as! [String: Any]
        #expect(statistics["replication_customers"] as? Int == 2000 && statistics["world_customers"] as? Int == 500)
        let worlds = statistics["worlds_200_ms"] as! [String: Double]
        #expect(worlds["min"]! <= worlds["median"]! && worlds["median"]! <= worlds["max"]!)
        #expect(table.status == 0)
        #expect(table.stdout.contains("streamed: build + 11-rate sweep"))
        #expect(table.stdout.contains("TUI first frame"))
        let bad = try BinaryRunner.run(["bench", "--sizes", "0"])
        #expect(bad.status == 2 && bad.stdout.isEmpty)
    }
}

/// `--replications` on `run` and `sweep` (MODEL.md §8.1, §7 v2).
@Suite("Replications on the command line")
struct ReplicationCLITests {
    @Test func oneReplicationIsTheOneShotRun() throws {
        let plain = try BinaryRunner.run(["run", "fashion-welcome", "--customers", "5000", "--format", "json"])
        let one = try BinaryRunner.run(["run", "fashion-welcome", "--customers", "5000", "--format", "json", "--replications", "1"])
        #expect(plain.status == 0 && one.stdout == plain.stdout)
        #expect(!plain.stdout.contains("ci95") && plain.stdout.contains("\"model_version\": \"2\"") && plain.stdout.contains("\"replications\": 1"))
    }

    @Test func replicatedJSONHasIntervalsAndPairedDifferencesAndIgnoresThreads() throws {
        let args = ["sweep", "bike-shop-sme", "--customers", "3000", "--rates", "0,0.5", "--replications", "5", "--format", "json"]
        let two = try BinaryRunner.run(args + ["--threads", "2"])
        let one = try BinaryRunner.run(args + ["--threads", "1"])
        #expect(two.status == 0 && two.stdout == one.stdout)
        let object = try JSONSerialization.jsonObject(with: Data(two.stdout.utf8)) as! [String: Any]
        #expect(object["replications"] as? Int == 5)
        let results = object["results"] as! [[String: Any]]
        #expect(results.count == 2)
        let strategies = results[1]["strategies"] as! [String: Any]
        let personal = strategies["personalized"] as! [String: Any]
        let ci = personal["ci95"] as! [String: [Double]]
        let mean = personal["expected_profit_eur"] as! Double
        #expect(ci["expected_profit_eur"]![0] <= mean && mean <= ci["expected_profit_eur"]![1])
        let paired = personal["vs_broadcast"] as! [String: [String: Any]]
        // The bike shop's customers buy anyway sometimes: what the campaign causes is paired too (MODEL.md §11.3).
        #expect(Set(paired.keys) == ["expected_conversions", "conversions", "expected_profit_eur", "profit_eur", "exposure_index", "data_points",
                                     "incremental_conversions", "expected_incremental_conversions", "incremental_profit_eur", "expected_incremental_profit_eur"])
        let oracle = strategies["oracle"] as! [String: Any]
        #expect(oracle["exposure_index"] is NSNull && oracle["fine_caps_eur"] is NSNull)
    }

    @Test func tableShowsHalfWidthsAndCSVHasIntervalColumns() throws {
        let table = try BinaryRunner.run(["run", "fashion-welcome", "--customers", "5000", "--replications", "4"])
        #expect(table.status == 0 && table.stdout.contains(" ±") && table.stdout.contains("4 replications"))
        #expect(table.stdout.contains("↑"))
        let csv = try BinaryRunner.run(["run", "fashion-welcome", "--customers", "5000", "--replications", "3", "--format", "csv"])
        let header = csv.stdout.split(separator: "\n")[0]
        #expect(header.contains("expected_profit_eur,expected_profit_eur_ci_low,expected_profit_eur_ci_high"))
        #expect(csv.stdout.split(separator: "\n").count == 7)
        let bad = try BinaryRunner.run(["run", "fashion-welcome", "--replications", "1001"])
        #expect(bad.status == 2 && bad.stderr.contains("--replications must be from 1 to 1000"))
    }
}

/// Shards (MODEL.md §8.3): any split of the replications merges back to the unsharded bytes.
@Suite("Shards and merge")
struct ShardCLITests {
    static let run = ["sweep", "igaming-first-deposit", "--customers", "3000", "--rates", "0,0.4,1", "--replications", "9"]

    @Test(arguments: ["json", "csv", "table"])
    func fourShardsInParallelMergeToTheUnshardedBytes(format: String) throws {
        let folder = try BinaryRunner.temporaryFolder()
        let whole = try BinaryRunner.run(Self.run + ["--format", format])
        #expect(whole.status == 0)
        // Four processes at once, as a batch system would run them (xargs -P: GNU parallel's simplest stand-in).
        let arguments = (Self.run + ["--format", format]).joined(separator: " ")
        let shards = try BinaryRunner.shell("printf '1\\n2\\n3\\n4\\n' | xargs -P 4 -I K sh -c '\"$CAMPAIGN_SIM\" \(arguments) --shard K/4 > part-K.json'", in: folder)
        #expect(shards.status == 0, "\(shards.stderr)")
        let parts = (1...4).map { folder.appendingPathComponent("part-\($0).json").path }
        let merged = try BinaryRunner.run(["merge"] + parts.reversed())
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout == whole.stdout)
    }

    /// `--seed` takes any UInt64; a shard writes it back into its partial result, which must load.
    @Test func aSeedAboveIntMaxSurvivesTheMerge() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let run = ["run", "bike-shop-sme", "--customers", "2000", "--seed", "18446744073709551615", "--replications", "4", "--format", "json"]
        let whole = try BinaryRunner.run(run)
        #expect(whole.status == 0, "\(whole.stderr)")
        var parts: [String] = []
        for k in 1...2 {
            let part = try BinaryRunner.run(run + ["--shard", "\(k)/2"])
            let path = folder.appendingPathComponent("part-\(k).json")
            try part.stdout.write(to: path, atomically: true, encoding: .utf8)
            parts.append(path.path)
        }
        let merged = try BinaryRunner.run(["merge"] + parts)
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout == whole.stdout)
    }

    @Test(arguments: ["table", "json"])
    func robustnessShardsMergeToTheUnshardedBytes(format: String) throws {
        let folder = try BinaryRunner.temporaryFolder()
        let run = ["robustness", "fashion-welcome", "--customers", "2000", "--worlds", "9", "--format", format]
        let whole = try BinaryRunner.run(run)
        #expect(whole.status == 0)
        let arguments = run.joined(separator: " ")
        let shards = try BinaryRunner.shell("printf '1\\n2\\n3\\n4\\n' | xargs -P 4 -I K sh -c '\"$CAMPAIGN_SIM\" \(arguments) --shard K/4 > part-K.json'", in: folder)
        #expect(shards.status == 0, "\(shards.stderr)")
        let merged = try BinaryRunner.run(["merge"] + (1...4).map { folder.appendingPathComponent("part-\($0).json").path })
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout == whole.stdout)
    }

    @Test func mergeRefusesPartsOfOtherRunsMissingOrRepeatedUnitsAndDamage() throws {
        let folder = try BinaryRunner.temporaryFolder()
        func part(_ k: Int, _ n: Int, extra: [String] = []) throws -> String {
            let out = try BinaryRunner.run(Self.run + ["--format", "json", "--shard", "\(k)/\(n)"] + extra)
            let path = folder.appendingPathComponent("p\(k)of\(n)\(extra.joined()).json").path
            try out.stdout.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let a = try part(1, 2), b = try part(2, 2)
        #expect(try BinaryRunner.run(["merge", a, b]).status == 0)
        let missing = try BinaryRunner.run(["merge", a])
        #expect(missing.status == 2 && missing.stdout.isEmpty && missing.stderr.contains("units are missing"))
        let twice = try BinaryRunner.run(["merge", a, a, b])
        #expect(twice.status == 2 && twice.stderr.contains("is also in"))
        let other = try part(2, 2, extra: ["--seed", "5"])
        let mixed = try BinaryRunner.run(["merge", a, other])
        #expect(mixed.status == 2 && mixed.stderr.contains("part of another run"))
        let text = try String(contentsOfFile: b, encoding: .utf8)
        let truncated = folder.appendingPathComponent("truncated.json").path
        try String(text.prefix(text.count / 2)).write(toFile: truncated, atomically: true, encoding: .utf8)
        let damaged = try BinaryRunner.run(["merge", a, truncated])
        #expect(damaged.status == 2 && damaged.stderr.contains("not a campaign-sim partial result"))
        // A value that is not a number in an otherwise whole file.
        let altered = folder.appendingPathComponent("altered.json").path
        let firstValue = text.range(of: #""values":[""#)!.upperBound
        var changed = text
        changed.replaceSubrange(firstValue..<text.index(firstValue, offsetBy: 16), with: "zzzzzzzzzzzzzzzz")
        try changed.write(toFile: altered, atomically: true, encoding: .utf8)
        let bad = try BinaryRunner.run(["merge", a, altered])
        #expect(bad.status == 2 && bad.stderr.contains("not a number"))
        // Shards need replications to split.
        let single = try BinaryRunner.run(["run", "fashion-welcome", "--shard", "1/2"])
        #expect(single.status == 2 && single.stderr.contains("--replications 2 or more"))
    }
}

/// `campaign-sim robustness` on a shipped scenario with ranges.
@Suite("Robustness on the command line")
struct RobustnessCLITests {
    @Test func tableSaysTheConclusionFirstAndJSONHasTheContractShape() throws {
        let table = try BinaryRunner.run(["robustness", "fashion-welcome", "--customers", "3000", "--worlds", "12"])
        #expect(table.status == 0, "\(table.stderr)")
        let third = table.stdout.split(separator: "\n", omittingEmptySubsequences: false)[2]
        // The winner never changes here: say so, and name what moves its margin in words (issue 27).
        #expect(third.contains("has the highest expected profit among the compliant strategies in all 12 plausible worlds; its margin over"))
        #expect(third.contains("moves most with the relevance weight") && !third.contains("depends most"))
        // Without ranges there is one world; in Hillstrom's, each range at its mode, the compliant strategies tie in it.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shipped = try String(contentsOf: root.appendingPathComponent("scenarios/hillstrom-email.yaml"), encoding: .utf8)
        let fixed = shipped.replacingOccurrences(of: #"\{low: [0-9.]+, mode: ([0-9.]+), high: [0-9.]+\}"#, with: "$1", options: .regularExpression)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("hillstrom-fixed-\(UUID().uuidString).yaml")
        try fixed.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let one = try BinaryRunner.run(["robustness", file.path, "--customers", "2000", "--worlds", "4"])
        let line = one.stdout.split(separator: "\n", omittingEmptySubsequences: false)[2]
        #expect(line.contains("tie for the highest expected profit") && line.contains("one world, repeated 4 times"), "\(line)")
        #expect(table.stdout.contains("Tornado:") && table.stdout.contains("█"))
        // Issue 30: the percentile cells never run into each other, however wide the table.
        let percentiles = try #require(table.stdout.split(separator: "\n").first { $0.contains("5 % / 95 % of worlds") })
        #expect(percentiles.range(of: #"[0-9] €"#, options: .regularExpression) == nil, "\(percentiles)")
        let args = ["robustness", "fashion-welcome", "--customers", "3000", "--worlds", "12", "--format", "json", "--consent", "0.5"]
        let json = try BinaryRunner.run(args + ["--threads", "2"])
        #expect(try BinaryRunner.run(args + ["--threads", "1"]).stdout == json.stdout)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect(object["worlds"] as? Int == 12 && object["consent_rate"] as? Double == 0.5)
        let paths = (object["parameters"] as! [[String: Any]]).map { $0["path"] as! String }
        #expect(paths.contains("model.relevance_weight") && paths.contains("cohorts[0].base_rate") && !paths.contains("consent.rate"))
        let strategies = object["strategies"] as! [String: [String: Any]]
        let pBest = strategies.values.compactMap { $0["p_best"] as? Double }
        #expect(pBest.count == 4 && abs(pBest.reduce(0, +) - 1) < 1e-9)
        #expect(strategies["oracle"]!["exposure_index"] is NSNull && strategies["oracle"]!["p_best"] == nil)
        let tornado = object["tornado"] as! [String: Any]
        #expect((tornado["compare"] as! [String]).count == 2 && (tornado["bars"] as! [[String: Any]]).count == paths.count)
        let bad = try BinaryRunner.run(["robustness", "fashion-welcome", "--compare", "personalized"])
        #expect(bad.status == 2 && bad.stderr.contains("--compare takes two strategies"))
    }
}

@Suite("Version and completions")
struct VersionCLITests {
    @Test func versionNamesTheModelAndCompletionScriptsAreGenerated() throws {
        let version = try BinaryRunner.run(["--version"])
        #expect(version.status == 0 && version.stdout.hasPrefix("campaign-sim ") && version.stdout.contains("model_version 2"))
        let bash = try BinaryRunner.run(["--generate-completion-script", "bash"])
        #expect(bash.status == 0 && bash.stdout.contains("robustness") && bash.stdout.contains("merge"))
    }
}
