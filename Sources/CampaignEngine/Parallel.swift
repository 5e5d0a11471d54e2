import Dispatch

/// Runs chunks of work on a fixed number of workers.
///
/// Worker w takes chunks w, w + workers, …; callers keep one accumulator per worker and merge
/// them with integer sums, so the result does not depend on scheduling.
enum Parallel {
    static func run(workers: Int, chunks: Int, _ body: @Sendable (_ worker: Int, _ chunk: Int) -> Void) {
        let workers = max(1, min(workers, chunks))
        if workers == 1 {
            for chunk in 0..<chunks { body(0, chunk) }
            return
        }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var chunk = worker
            while chunk < chunks {
                body(worker, chunk)
                chunk += workers
            }
        }
    }
}

/// A raw buffer shared by workers that write disjoint elements.
struct SharedBuffer<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    let count: Int

    init(count: Int, initial: Element) {
        self.count = count
        base = .allocate(capacity: max(count, 1))
        base.initialize(repeating: initial, count: max(count, 1))
    }

    @inline(__always)
    subscript(index: Int) -> Element {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }

    func free() {
        base.deinitialize(count: max(count, 1))
        base.deallocate()
    }
}
