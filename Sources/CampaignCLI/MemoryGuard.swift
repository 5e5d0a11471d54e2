import CampaignEngine
import CampaignOutput
import Foundation
import ScenarioKit

/// Refuses, before any work, scenarios whose population would not fit in memory.
enum MemoryGuard {
    /// Bytes the machine can give us: MemAvailable from /proc/meminfo (physical memory elsewhere).
    static func availableBytes() -> Int {
        if let info = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8),
           let line = info.split(separator: "\n").first(where: { $0.hasPrefix("MemAvailable:") }),
           let kb = Int(line.split(separator: " ").dropFirst().first ?? "") {
            return kb * 1024
        }
        return Int(ProcessInfo.processInfo.physicalMemory)
    }

    /// Throws an exit-code-2 error with the estimate and a hint when the scenario is too large.
    static func check(_ scenario: Scenario, mode: PopulationMode = .memory, threads: Int = 1, available: Int = availableBytes()) throws {
        let needed = Simulator.estimatedPeakBytes(scenario, mode: mode, rates: max(11, scenario.consent.sweep.count), threads: threads)
        // Leave a margin for the rest of the system.
        let usable = Int(Double(available) * 0.8)
        guard needed > usable else { return }
        let perCustomer = Double(needed - MemoryEstimate.baseBytes) / Double(max(1, scenario.totalCustomers))
        let fitting = max(1, Int(Double(usable - MemoryEstimate.baseBytes) / perCustomer) / 1000 * 1000)
        throw CLIError.usage("""
            \(scenario.name) has \(NumberText.grouped(scenario.totalCustomers, .en)) customers and needs about \
            \(mib(needed)) of memory; this machine has \(mib(available)) available. \
            Run it with fewer customers, e.g. --customers \(fitting).
            """)
    }

    static func mib(_ bytes: Int) -> String { NumberText.grouped(bytes >> 20, .en) + " MiB" }
}
