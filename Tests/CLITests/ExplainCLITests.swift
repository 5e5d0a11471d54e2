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
        #expect(violations.contains { $0.contains("DSA Art. 28(2)") })
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
