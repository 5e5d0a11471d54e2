import Foundation
import Localization
import TerminalKit

/// The top line: app, scenario, customers, seed, recompute time.
enum HeaderView {
    static func render(_ state: AppState, _ buffer: inout ScreenBuffer) {
        let width = state.width
        buffer.fill(Rect(x: 0, y: 0, width: width, height: 1), style: .reverse)
        let l = state.language
        var left = ""
        var right = ""
        if state.computing {
            right = loc("recomputing…", l) + (state.progress.map { " \(Int(($0 * 100).rounded(.down))) %" } ?? "") + " "
        }
        else if let ms = state.snapshot?.recomputeMilliseconds { right = loc("recompute %1", l, Format.milliseconds(ms, state.language)) + " " }
        if state.intervals.isOn && !state.computing {
            // A small progress mark for the replications behind the intervals.
            let done = state.intervals.generation == state.snapshotGeneration ? max(1, state.intervals.done) : 1
            right = "± \(done)/\(state.intervals.count)  " + right
        }
        if let s = state.snapshot?.scenario {
            // What matters most stays whole: the seed and the customers; the app's own name goes
            // first, then the scenario's name is shortened (German names run long).
            let facts = " │ " + loc("%1 customers │ seed %2", l, Format.count(s.totalCustomers, state.language), s.seed)
            let room = width - right.count - 2
            let app = width >= 100 && DisplayWidth.of(" campaign-sim │ " + s.name + facts) <= room ? " campaign-sim │" : ""
            let nameRoom = max(8, room - DisplayWidth.of(app + " " + facts))
            let name = DisplayWidth.of(s.name) <= nameRoom ? s.name : String(s.name.prefix(max(1, nameRoom - 1))) + "…"
            left = app + " " + name + facts
        } else {
            left = (width >= 100 ? " campaign-sim │" : "") + " " + loc("computing the population…", l)
        }
        // At least two columns between the scenario and the timing, so they never run together.
        buffer.putTruncated(left, x: 0, y: 0, width: width - right.count - 2, style: Style(bold: true, reverse: true))
        buffer.put(right, x: width - right.count, y: 0, style: .reverse)
    }
}
