import Localization
import ArgumentParser
import CampaignApp
import CampaignEngine
import CampaignOutput
import CampaignStatistics
import Foundation
import ScenarioKit
import TerminalKit

enum Benchmark {
    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e6 }

    /// `runs` timed samples; each counts one step of `control`, and none starts once it is cancelled.
    static func time(_ runs: Int, _ control: WorkControl? = nil, _ body: () -> Void) -> Timing {
        var samples: [Double] = []
        for _ in 0..<runs where control?.isCancelled != true {
            let start = now()
            body()
            samples.append(now() - start)
            control?.finished()
        }
        return Timing(samples: samples)
    }

    /// The samples `measure` and `statistics` take, for the progress line.
    static func steps(runs: Int, streamOnly: Bool) -> Int { max(1, runs / 2) + (streamOnly ? 0 : 5 * runs + 1 + 2 * max(1, runs / 2)) }

    static func measure(scenario: Scenario, runs: Int, threads: Int, streamOnly: Bool, control: WorkControl? = nil) -> BenchReport {
        let rates = scenario.consent.sweep
        resetPeakRSS()
        let streamed = time(max(1, runs / 2), control) { _ = StreamingSweep.sweep(scenario: scenario, rates: rates, threads: threads) }
        let streamedPeak = peakRSS()
        guard !streamOnly else {
            return BenchReport(customers: scenario.totalCustomers, streamedSweep: streamed, streamedPeakRSSBytes: streamedPeak, memory: nil)
        }
        resetPeakRSS()
        var engine: Engine?
        let build = time(runs, control) { engine = nil; engine = Engine(scenario: scenario, threads: threads) }
        let e = engine!
        // A new rate each run: a repeated rate would come from the engine's cache.
        var evaluations = 0
        let evaluate = time(runs, control) {
            evaluations += 1
            _ = e.evaluate(rate: 0.4 + Double(evaluations) / 1000)
        }
        let sweep = time(runs, control) { _ = e.sweep(rates) }
        engine = nil
        let buildAndSweep = time(max(1, runs / 2), control) { _ = Engine(scenario: scenario, threads: threads).sweep(rates) }
        // The TUI's recomputes: a consent step re-evaluates one rate; a k step re-evaluates the sweep.
        let workbench = Workbench(scenario: scenario, threads: threads)
        var parameters = Parameters(scenario: scenario)
        _ = workbench.snapshot(parameters)
        var flip = false
        let consent = time(runs, control) {
            flip.toggle()
            parameters.consentRate = flip ? 0.41 : 0.42
            _ = workbench.snapshot(parameters)
        }
        let k = time(runs, control) {
            flip.toggle()
            parameters.k = flip ? 11 : 12
            _ = workbench.snapshot(parameters)
        }
        // Any other dial (linkage here) rebuilds the population, from its draws once the TUI has
        // recorded them in the background after the build (up to Workbench.drawsLimit customers).
        let recording = time(1, control) { workbench.prepareDraws(control: WorkControl()) }
        let rebuild = time(max(1, runs / 2), control) {
            flip.toggle()
            parameters.linkage = flip ? 0.7 : 0.75
            _ = workbench.snapshot(parameters)
        }
        let memory = BenchReport.MemoryFigures(
            build: build, evaluate: evaluate, sweep: sweep, buildAndSweep: buildAndSweep, consentRecompute: consent,
            kRecompute: k, rebuildRecompute: rebuild, drawRecording: recording, bytesPerCustomer: e.population.bytesPerCustomer, peakRSSBytes: peakRSS())
        return BenchReport(customers: scenario.totalCustomers, streamedSweep: streamed, streamedPeakRSSBytes: streamedPeak, memory: memory)
    }

    /// `run --replications 20` at 200k customers and `robustness --worlds 200` at 50k, as the
    /// commands run them (issue 12's targets).
    static func statistics(scenario: Scenario, replicationCustomers: Int, worldCustomers: Int, runs: Int, threads: Int,
                           control: WorkControl? = nil) -> StatisticsReport {
        let replicated = scenario.scaled(toCustomers: replicationCustomers)
        let replications = time(runs, control) {
            guard let units = try? Simulation.replicate(Array(0..<20), scenario: replicated, rates: [replicated.consent.rate],
                                                        threads: threads) else { return }
            _ = ReplicatedResult.summarize(units: units)
        }
        let worldsScenario = scenario.scaled(toCustomers: worldCustomers)
        let worlds = time(runs, control) {
            let plan = Robustness.units(worldsScenario, worlds: 200, fixedRate: nil)
            guard let units = try? RobustnessCommand.evaluate(plan, scenario: worldsScenario, fixedRate: nil, threads: threads) else { return }
            _ = Robustness.summarize(worldsScenario, worlds: 200, fixedRate: nil, compare: nil, units: units)
        }
        let rates = replicated.consent.sweep
        let oneShot = time(runs, control) { _ = Engine(scenario: replicated, threads: threads).sweep(rates) }
        var timed = replicated
        timed.campaign.weeks = 12
        timed.consent.withdrawalWeekly = 0.01
        timed.privacy.retentionWeeks = 8
        resetPeakRSS()
        let weeks = time(runs, control) { _ = WeeklyCampaign.sweep(scenario: timed, rates: rates, threads: threads) }
        let weeksPeak = peakRSS()
        var learns = timed
        learns.model.learning = .thompson
        resetPeakRSS()
        let learning = time(runs, control) { _ = LearningCampaign.sweep(scenario: learns, rates: rates, threads: threads) }
        return StatisticsReport(replications: replications, replicationCustomers: replicationCustomers, worlds: worlds,
                                worldCustomers: worldCustomers, worldParameters: worldsScenario.uncertain.count,
                                weeks: weeks, oneShot: oneShot, weeksPeakRSSBytes: weeksPeak, learning: learning,
                                learningPeakRSSBytes: peakRSS())
    }

    static func firstFrame(scenario: Scenario, threads: Int) -> FrameReport {
        let start = now()
        let loaded = (try? ScenarioLoader.load(yaml: BuiltinScenarios.named(BuiltinScenarios.defaultScenario.name)!.yaml, file: "x")) ?? scenario
        var state = AppState(scenario: loaded, source: "bench", width: 80, height: 24)
        state.computing = true
        _ = AppView.render(state)
        let loading = now() - start
        let runtime = AppRuntime(scenario: loaded, source: "bench", width: 80, height: 24, files: RealFileSystem(), threads: threads)
        runtime.start()
        runtime.settle()
        _ = AppView.render(runtime.state)
        return FrameReport(loadingFrameMs: loading, firstFiguresMs: now() - start, customers: loaded.totalCustomers)
    }

    /// VmHWM of this process in bytes.
    static func peakRSS() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) * 1024
    }

    /// Resets VmHWM to the current RSS (Linux: writing 5 to clear_refs), so each size gets its own peak.
    static func resetPeakRSS() {
        if let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") {
            handle.write(Data("5".utf8))
            try? handle.close()
        }
    }

    static func ms(_ t: Timing) -> String {
        "\(NumberText.decimal(t.median, 1, .en)) (\(NumberText.decimal(t.min, 1, .en))–\(NumberText.decimal(t.max, 1, .en)))"
    }

    static func table(_ reports: [BenchReport], frame: FrameReport, statistics: StatisticsReport?, threads: Int) -> String {
        var out = "campaign-sim bench — \(threads) threads; milliseconds as median (min–max)\n\n"
        func memory(_ value: @escaping (BenchReport.MemoryFigures) -> String) -> (BenchReport) -> String {
            { $0.memory.map(value) ?? "—" }
        }
        let rows: [(String, (BenchReport) -> String)] = [
            ("streamed: build + 11-rate sweep", { ms($0.streamedSweep) }),
            ("streamed: customers per second", { NumberText.grouped(Int(Double($0.customers) / ($0.streamedSweep.median / 1000)), .en) }),
            ("streamed: peak RSS", { mebibytes($0.streamedPeakRSSBytes) }),
            ("streamed: peak RSS per customer", { NumberText.decimal(Double($0.streamedPeakRSSBytes) / Double($0.customers), 1, .en) + " B" }),
            ("in memory: population build", memory { ms($0.build) }),
            ("in memory: one evaluation", memory { ms($0.evaluate) }),
            ("in memory: 11-rate sweep", memory { ms($0.sweep) }),
            ("in memory: build + 11-rate sweep", memory { ms($0.buildAndSweep) }),
            ("TUI recompute, consent step", memory { ms($0.consentRecompute) }),
            ("TUI recompute, k step", memory { ms($0.kRecompute) }),
            ("TUI draws recorded (background)", memory { ms($0.drawRecording) }),
            ("TUI recompute, linkage step", memory { ms($0.rebuildRecompute) }),
            ("in memory: bytes per customer", memory { NumberText.decimal($0.bytesPerCustomer, 1, .en) + " B" }),
            ("in memory: peak RSS", memory { mebibytes($0.peakRSSBytes) }),
        ]
        let width = 34
        let columnWidth = 28
        out += "".padding(toLength: width, withPad: " ", startingAt: 0)
        for r in reports { out += (NumberText.grouped(r.customers, .en) + " customers").leftPad(columnWidth) }
        out += "\n"
        for (label, value) in rows {
            out += label.padding(toLength: width, withPad: " ", startingAt: 0)
            for r in reports { out += value(r).leftPad(columnWidth) }
            out += "\n"
        }
        out += "\nTUI first frame (built-in scenario, \(NumberText.grouped(frame.customers, .en)) customers): "
        out += "loading screen \(NumberText.decimal(frame.loadingFrameMs, 1, .en)) ms, first figures \(NumberText.decimal(frame.firstFiguresMs, 1, .en)) ms\n"
        if let statistics {
            out += "Replications: 20 at \(NumberText.grouped(statistics.replicationCustomers, .en)) customers \(ms(statistics.replications)); "
            out += "plausible worlds: 200 at \(NumberText.grouped(statistics.worldCustomers, .en)) customers (\(statistics.worldParameters) uncertain parameters) \(ms(statistics.worlds))\n"
            let ratio = statistics.weeks.median / max(statistics.oneShot.median, 1e-9)
            out += "12-week campaign, 11 rates, \(NumberText.grouped(statistics.replicationCustomers, .en)) customers: \(ms(statistics.weeks)), "
            out += "\(NumberText.decimal(ratio, 1, .en)) × the one-shot build + sweep (\(ms(statistics.oneShot))); peak RSS \(mebibytes(statistics.weeksPeakRSSBytes))\n"
            let learningRatio = statistics.learning.median / max(statistics.weeks.median, 1e-9)
            out += "The same with learning firms (thompson): \(ms(statistics.learning)), \(NumberText.decimal(learningRatio, 1, .en)) × known "
            out += "(target 1.5 ×); peak RSS \(mebibytes(statistics.learningPeakRSSBytes))\n"
        }
        out += "Peak RSS is the process's high-water mark while that size was measured (in memory: including the TUI's workbench).\n"
        return out
    }

    static func mebibytes(_ bytes: Int) -> String { NumberText.decimal(Double(bytes) / 1_048_576, 0, .en) + " MiB" }

    static func json(_ reports: [BenchReport], frame: FrameReport, statistics: StatisticsReport?, threads: Int) -> String {
        var w = JSONWriter()
        func timing(_ name: String, _ t: Timing) {
            w.beginObject(name)
            w.number("median", t.median)
            w.number("min", t.min)
            w.number("max", t.max)
            w.endObject()
        }
        w.beginObject()
        w.int("threads", threads)
        w.beginArray("sizes")
        for r in reports {
            w.beginObject()
            w.int("customers", r.customers)
            w.beginObject("streamed")
            timing("build_and_sweep_ms", r.streamedSweep)
            w.number("customers_per_second", Double(r.customers) / (r.streamedSweep.median / 1000))
            w.int("peak_rss_bytes", r.streamedPeakRSSBytes)
            w.endObject()
            if let m = r.memory {
                w.beginObject("in_memory")
                for (name, t) in [("build_ms", m.build), ("evaluate_ms", m.evaluate), ("sweep_ms", m.sweep),
                                  ("build_and_sweep_ms", m.buildAndSweep), ("recompute_consent_ms", m.consentRecompute),
                                  ("recompute_k_ms", m.kRecompute), ("draw_recording_ms", m.drawRecording),
                                  ("recompute_rebuild_ms", m.rebuildRecompute)] {
                    timing(name, t)
                }
                w.number("customers_per_second", Double(r.customers) / (m.build.median / 1000))
                w.number("bytes_per_customer", m.bytesPerCustomer)
                w.int("peak_rss_bytes", m.peakRSSBytes)
                w.endObject()
            } else {
                w.null("in_memory")
            }
            w.endObject()
        }
        w.endArray()
        w.beginObject("first_frame")
        w.int("customers", frame.customers)
        w.number("loading_ms", frame.loadingFrameMs)
        w.number("first_figures_ms", frame.firstFiguresMs)
        w.endObject()
        if let statistics {
            w.beginObject("statistics")
            w.int("replication_customers", statistics.replicationCustomers)
            timing("replications_20_ms", statistics.replications)
            w.int("world_customers", statistics.worldCustomers)
            timing("worlds_200_ms", statistics.worlds)
            timing("weeks_12_sweep_ms", statistics.weeks)
            timing("one_shot_sweep_ms", statistics.oneShot)
            w.int("weeks_peak_rss_bytes", statistics.weeksPeakRSSBytes)
            timing("learning_12_sweep_ms", statistics.learning)
            w.int("learning_peak_rss_bytes", statistics.learningPeakRSSBytes)
            w.endObject()
        } else {
            w.null("statistics")
        }
        w.endObject()
        return w.text + "\n"
    }
}
