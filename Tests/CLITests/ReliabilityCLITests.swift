import Foundation
import Testing

/// Nothing lost: writes are atomic, huge populations are refused up front.
@Suite("Reliability of the command line", .serialized)
struct ReliabilityCLITests {
    @Test func killedMidWriteLeavesTheOldFileIntact() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let file = folder.appendingPathComponent("shop.yaml")
        try "old content\n".write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = BinaryRunner.binary
        process.arguments = ["new", "shop", "--force"]
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["CAMPAIGN_SIM_TEST_WRITE_PAUSE_MS"] = "5000"
        process.environment = env
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the temporary file is complete, then kill the process before it renames.
        let deadline = Date().addingTimeInterval(10)
        var sawTemporary = false
        while Date() < deadline && !sawTemporary {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            sawTemporary = names.contains { $0.hasSuffix(".tmp") }
            if !sawTemporary { Thread.sleep(forTimeInterval: 0.05) }
        }
        #expect(sawTemporary)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try String(contentsOf: file, encoding: .utf8) == "old content\n")
        // Without the pause the same command replaces the file completely.
        let out = try BinaryRunner.run(["new", "shop", "--force"], currentDirectory: folder)
        #expect(out.status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("# yaml-language-server"))
    }

    @Test func populationsTooLargeForMemoryAreRefusedUpFront() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let file = folder.appendingPathComponent("huge.yaml")
        // 100 M customers with long histories: far more than a test machine may use.
        try """
        name: Huge
        categories: [a, b]
        privacy: {history_clip: 10000}
        cohorts:
          - {name: everyone, size: 100000000, base_rate: 0.1, history_mean: 1000}
        offers:
          - {name: o, category: a, incentive: 0.1, value_eur: 10, cost_eur: 1}
        """.write(to: file, atomically: true, encoding: .utf8)
        let start = Date()
        let out = try BinaryRunner.run(["run", file.path, "--format", "json", "--population", "memory"])
        #expect(out.status == 2)
        #expect(out.stdout.isEmpty)
        #expect(out.stderr.contains("needs about"))
        #expect(out.stderr.contains("--customers"))
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func streamedPopulationsWithTooManyClassesAreRefusedUpFront() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let file = folder.appendingPathComponent("unique.yaml")
        // Long histories over 32 categories make every customer a re-identification class of their own.
        let categories = (0..<32).map { "c\($0)" }.joined(separator: ", ")
        try """
        name: Unique
        categories: [\(categories)]
        cohorts:
          - {name: everyone, size: 100000000, base_rate: 0.1, history_mean: 200}
        offers:
          - {name: o, category: c1, incentive: 0.1, value_eur: 10, cost_eur: 1}
        """.write(to: file, atomically: true, encoding: .utf8)
        let start = Date()
        let out = try BinaryRunner.run(["sweep", file.path, "--format", "csv"])
        #expect(out.status == 2)
        #expect(out.stdout.isEmpty)
        #expect(out.stderr.contains("needs about"))
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func streamedAndInMemoryRunsPrintTheSameBytes() throws {
        let args = ["sweep", "bike-shop-sme", "--format", "json", "--customers", "40000", "--rates", "0,0.2,0.45,1"]
        let memory = try BinaryRunner.run(args + ["--population", "memory"])
        let stream = try BinaryRunner.run(args + ["--population", "stream", "--threads", "2"])
        let auto = try BinaryRunner.run(args)
        #expect(memory.status == 0 && stream.status == 0)
        #expect(memory.stdout == stream.stdout && stream.stdout == auto.stdout)
        let bad = try BinaryRunner.run(args + ["--population", "disk"])
        #expect(bad.status == 2 && bad.stdout.isEmpty)
    }
}
