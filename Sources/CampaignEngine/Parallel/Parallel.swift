import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

/// One object per worker of `Parallel.run`, holding that worker's accumulators and scratch.
///
/// `Parallel.run` hands each worker index to one thread at a time, so an object here is never used
/// by two threads at once: that is the claim this type's `@unchecked Sendable` rests on, the one place
/// the engine makes it. The objects themselves need not be Sendable. Workers move their sums into
/// locals while a chunk runs: a class's stored `var`s cost an exclusivity check per access.
final class PerWorker<Worker: AnyObject>: @unchecked Sendable {
    private let workers: [Worker]

    /// `count` objects made by `make`.
    init(count: Int, _ make: () -> Worker) { workers = (0..<count).map { _ in make() } }

    /// How many workers there are.
    var count: Int { workers.count }

    /// Worker `index`'s object; from inside `Parallel.run`, only for the worker it was given.
    subscript(index: Int) -> Worker { workers[index] }

    /// Every worker's object, for merging after the run.
    var all: [Worker] { workers }
}

/// A raw buffer shared by workers that write disjoint elements. It owns its memory and frees it
/// when it goes away; it cannot be copied, so no second owner can free it twice or keep it alive
/// by accident. Functions borrow it.
///
/// `@unchecked Sendable` rests on how it is used: workers write disjoint indices only, and no one
/// reads an element until the parallel loop that writes it (`Parallel.run`, `concurrentPerform`)
/// has returned, which orders every write before every read.
struct SharedBuffer<Element>: ~Copyable, @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    let count: Int
    /// Allocated by `calloc` (see `init(zeroed:)`), so released by `free`.
    private let zeroed: Bool

    init(count: Int, initial: Element) {
        self.count = count
        base = .allocate(capacity: max(count, 1))
        base.initialize(repeating: initial, count: max(count, 1))
        zeroed = false
    }

    @inline(__always)
    subscript(index: Int) -> Element {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }

    deinit {
        if zeroed {
            free(base)
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
