import Synchronization

/// Lets a caller follow and stop long engine work from another thread: the workers count the
/// chunks they finish and stop claiming new ones once `cancel()` was called.
///
/// Work that was cancelled returns no result (see `Engine.build`), so a cancelled run can never
/// leak half-computed figures.
public final class WorkControl: Sendable {
    private let cancelled = Atomic<Bool>(false)
    private let done = Atomic<Int>(0)
    private let total = Atomic<Int>(0)

    /// A control that is not cancelled and has counted no chunks.
    public init() {}

    /// Asks the work to stop at the next chunk boundary.
    public func cancel() { cancelled.store(true, ordering: .relaxed) }

    /// Whether `cancel()` was called.
    public var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

    /// Chunks finished so far and chunks in all, over every phase that reported.
    public var progress: (done: Int, total: Int) { (done.load(ordering: .relaxed), total.load(ordering: .relaxed)) }

    /// The finished share in [0, 1] (0 before any phase started).
    public var fraction: Double {
        let p = progress
        return p.total > 0 ? min(1, Double(p.done) / Double(p.total)) : 0
    }

    /// Announces `steps` more steps of work (chunks, or whole replications and worlds).
    public func expect(_ steps: Int) { total.add(steps, ordering: .relaxed) }

    /// Counts one finished step.
    public func finished() { done.add(1, ordering: .relaxed) }
}
