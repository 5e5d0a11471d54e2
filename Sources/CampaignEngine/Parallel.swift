import Dispatch
import Glibc
import Synchronization

/// Runs chunks of work on a fixed number of workers.
///
/// Workers take the next unclaimed chunk until none are left, so a worker that drew cheap chunks
/// helps with the rest. Callers keep one accumulator per worker and merge them with integer sums,
/// so the result does not depend on which worker ran which chunk.
enum Parallel {
    /// The next chunk to hand out.
    private final class Counter: Sendable {
        let next = Atomic<Int>(0)
    }

    /// Runs `body` for every chunk; with a `control`, counts finished chunks and stops handing out
    /// chunks once it is cancelled (the caller then discards the result).
    static func run(workers: Int, chunks: Int, control: WorkControl? = nil, _ body: @Sendable (_ worker: Int, _ chunk: Int) -> Void) {
        let workers = max(1, min(workers, chunks))
        control?.expect(chunks)
        if workers == 1 {
            for chunk in 0..<chunks {
                if control?.isCancelled == true { return }
                body(0, chunk)
                control?.finished()
            }
            return
        }
        let counter = Counter()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            while true {
                if control?.isCancelled == true { return }
                let chunk = counter.next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard chunk < chunks else { return }
                body(worker, chunk)
                control?.finished()
            }
        }
    }
}

/// A raw buffer shared by workers that write disjoint elements.
struct SharedBuffer<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    let count: Int
    /// Allocated by `calloc` (see `init(zeroed:)`), so released by `free`.
    private var zeroed = false

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
        if zeroed {
            Glibc.free(base)
        } else {
            base.deinitialize(count: max(count, 1))
            base.deallocate()
        }
    }
}

extension SharedBuffer where Element: BitwiseCopyable {
    /// A buffer of all-zero bit patterns from `calloc`: large blocks come as fresh zero pages, so nothing is
    /// written up front and each page is first touched by the worker that fills it, in parallel.
    init(zeroed count: Int) {
        self.count = count
        let bytes = max(count, 1) * MemoryLayout<Element>.stride
        guard let raw = calloc(1, bytes) else { fatalError("out of memory allocating \(bytes) bytes") }
        base = raw.bindMemory(to: Element.self, capacity: max(count, 1))
        zeroed = true
    }
}

