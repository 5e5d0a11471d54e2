import CampaignEngine
import Dispatch
import Synchronization

/// Evaluates independent units (replications, worlds) and returns their figures in unit order.
///
/// With `sideBySide`, units run concurrently, each on one thread (a small population cannot keep
/// several threads busy); otherwise one after another, each on `threads` threads. A unit's figures
/// depend only on the unit, so both ways give the same result.
public enum UnitRunner {
    /// With a `control`, counts finished units for progress and starts no unit once it is
    /// cancelled; then it returns nil, so a stopped run never yields partial figures.
    public static func evaluate<Figures: Sendable>(_ count: Int, threads: Int, sideBySide: Bool, control: WorkControl? = nil,
                                                   _ unit: @Sendable (_ index: Int, _ threads: Int) -> Figures) -> [Figures]? {
        let slots = Mutex<[Figures?]>(Array(repeating: nil, count: count))
        let parallel = sideBySide && threads > 1 && count > 1
        control?.expect(count)
        DispatchQueue.concurrentPerform(iterations: parallel ? count : 1) { i in
            for j in parallel ? [i] : Array(0..<count) {
                if control?.isCancelled == true { return }
                let figures = unit(j, parallel ? 1 : threads)
                slots.withLock { $0[j] = figures }
                control?.finished()
            }
        }
        if control?.isCancelled == true { return nil }
        return slots.withLock { $0.map { $0! } }
    }
}
