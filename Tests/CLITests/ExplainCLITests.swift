import Foundation
import Testing

/// `campaign-sim explain`: the DSA Art. 26(1)(d) explanation, in English and German.
@Suite("campaign-sim explain", .serialized)
struct ExplainCLITests {
    @Test func textNamesParametersDataBasisAndHowToChange() throws {
        let out = try BinaryRunner.run(["explain", "fashion-welcome", "--strategy", "personalized", "--sample", "4", "--customers", "20000", "--lang", "en"])
        #expect(out.status == 0, "\(out.stderr)")
        for label in ["Why am I seeing this offer?", "Main parameters:", "Data used:", "Legal basis:", "How to change:", "not legal advice"] {
            #expect(out.stdout.contains(label), "missing \(label)")
        }
        #expect(out.stdout.components(separatedBy: "Customer #").count - 1 == 4)
        // Someone profiled with consent has consent as the legal basis and a way to withdraw it.
        #expect(out.stdout.contains("Your consent (GDPR Art. 6(1)(a))"))
        #expect(out.stdout.contains("GDPR Art. 7(3)"))
    }

    @Test func germanByFlagAndByLANG() throws {
        let flag = try BinaryRunner.run(["explain", "fashion-welcome", "--strategy", "segment", "--customer", "10", "--customers", "20000", "--lang", "de"])
        #expect(flag.status == 0)
        #expect(flag.stdout.contains("Warum sehe ich dieses Angebot?") && flag.stdout.contains("Rechtsgrundlage"))
        let env = try BinaryRunner.run(["explain", "fashion-welcome", "--strategy", "segment", "--customer", "10", "--customers", "20000"],
                                       environment: ["LANG": "de_DE.UTF-8", "LC_ALL": ""])
        #expect(env.stdout == flag.stdout)
        // Regions are named as people call them, the key beside the name (issue 30): not "Region (6)".
        #expect(flag.stdout.contains("in der Region Frankfurt (6)") && flag.stdout.contains("Region Frankfurt (6)\n"), "\(flag.stdout)")
        let bikes = try BinaryRunner.run(["explain", "bike-shop-sme", "--strategy", "segment", "--customer", "5", "--lang", "en"])
        #expect(bikes.stdout.contains("in region Stuttgart zone (78)"), "\(bikes.stdout)")
    }

    @Test func jsonMatchesTheEnginesDecisions() throws {
        let out = try BinaryRunner.run(["explain", "igaming-first-deposit", "--strategy", "unconstrained", "--customer", "0",
                                        "--customers", "20000", "--format", "json", "--lang", "en"])
        #expect(out.status == 0)
        let root = try #require(JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let customers = try #require(root["customers"] as? [[String: Any]])
        #expect(customers.count == 1)
        let first = customers[0]
        #expect(first["age_band"] as? String == "<18")
        let violations = try #require(first["violations"] as? [String])
        // A minor profiled by a gambling operator, no online platform: the GDPR's rules on children, not the DSA's.
        #expect(violations.contains { $0.contains("GDPR Art. 6(1); Art. 8") })
        #expect(!violations.contains { $0.contains("DSA") })
    }

    @Test func badArgumentsExitTwo() throws {
        for args in [["explain", "fashion-welcome", "--strategy", "magic"],
                     ["explain", "fashion-welcome", "--strategy", "segment", "--customer", "999999999"],
                     ["explain", "fashion-welcome", "--strategy", "segment", "--customer", "1", "--sample", "2"],
                     ["explain", "fashion-welcome", "--strategy", "segment", "--lang", "fr"]] {
            let out = try BinaryRunner.run(args)
            #expect(out.status == 2, "\(args)")
            #expect(out.stdout.isEmpty)
        }
    }
}

/// `explain --replications`: the strategy's figures with intervals above the explanations.
@Suite("Explain with replications")
struct ExplainReplicationCLITests {
    @Test func figuresOverReplicationsInTextAndJSON() throws {
        let args = ["explain", "fashion-welcome", "--strategy", "segment", "--customers", "4000", "--sample", "2", "--replications", "4"]
        let text = try BinaryRunner.run(args)
        #expect(text.status == 0 && text.stdout.contains("Over 4 synthetic populations: conversions"))
        let json = try BinaryRunner.run(args + ["--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let figures = object["figures"] as! [String: Any]
        #expect(figures["replications"] as? Int == 4)
        let profit = figures["expected_profit_eur"] as! [String: Any]
        let ci = profit["ci95"] as! [Double]
        let mean = profit["mean"] as! Double
        #expect(ci[0] <= mean && mean <= ci[1])
        let plain = try BinaryRunner.run(Array(args.dropLast(2)))
        #expect(!plain.stdout.contains("synthetic populations"))
    }
}
