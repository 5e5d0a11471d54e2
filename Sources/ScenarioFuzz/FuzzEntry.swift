import Calibration
import CampaignStatistics
import Foundation
import Lessons
import ScenarioKit

/// libFuzzer's entry point: any bytes must give a result or a clear error, never a crash or hang.
/// An input that starts with a marker line goes to another reader: `#lesson` to the lesson loader,
/// `#counts` to the calibration table and its reader, `#part` to `merge`'s part checks; any other
/// input is a scenario (so the scenario corpus keeps its meaning).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenarioLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for (marker, reader) in [("#lesson\n", fuzzLesson), ("#counts\n", fuzzCounts), ("#part\n", fuzzPart)] as [(String, ([UInt8]) -> Void)]
        where bytes.starts(with: Array(marker.utf8)) {
        reader(Array(bytes.dropFirst(marker.utf8.count)))
        return 0
    }
    do {
        let scenario = try ScenarioLoader.load(bytes: bytes, file: "fuzz.yaml")
        // What loads must also round-trip through the writer.
        let again = try ScenarioLoader.load(yaml: ScenarioWriter.yaml(scenario), file: "fuzz-written.yaml")
        if again != scenario { fatalError("writer round trip changed the scenario") }
    } catch {
        // Diagnostics must always name the file.
        if !error.diagnostics.allSatisfy({ $0.file.hasPrefix("fuzz") }) { fatalError("diagnostic without the file name") }
    }
    return 0
}

/// A lesson file: loads or gives diagnostics naming the file; it may not read any other file.
func fuzzLesson(_ bytes: [UInt8]) {
    guard let text = String(validating: bytes, as: UTF8.self) else { return }
    do {
        _ = try LessonLoader.load(yaml: text, file: "fuzz-lesson.yaml", readFile: { path in
            throw TextFile.Failure.unreadable(path)
        })
    } catch {
        if !error.diagnostics.allSatisfy({ $0.file.hasPrefix("fuzz") }) { fatalError("lesson diagnostic without the file name") }
    }
}

/// A counts table as `calibrate` reads it, with and without a holdout (the fit itself is left out:
/// it is deterministic arithmetic on what the reader accepted).
func fuzzCounts(_ bytes: [UInt8]) {
    guard let table = try? CalibrationTable(bytes: bytes, file: "fuzz.csv") else { return }
    for holdout in [0, 0.5] {
        let spec = CalibrationSpec(arm: "segment", control: "No E-Mail", outcome: "conversion",
                                   offers: [("Mens E-Mail", "menswear"), ("Womens E-Mail", "womenswear")],
                                   history: [("mens", "menswear"), ("womens", "womenswear")], value: "spend", holdout: holdout)
        _ = try? CalibrationData.read(table, spec)
    }
}

/// A partial result: decoded and merged with itself, it is merged or refused, never trusted.
func fuzzPart(_ bytes: [UInt8]) {
    guard let part = try? JSONDecoder().decode(PartialResult.self, from: Data(bytes)) else { return }
    _ = try? PartialMerge.merge([("fuzz-a.json", part)])
    _ = try? PartialMerge.merge([("fuzz-a.json", part), ("fuzz-b.json", part)])
}

#if FUZZING
/// libFuzzer's driver, called from the `main` SwiftPM generates for executables.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

@_cdecl("ScenarioFuzz_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var vector = argv
    return LLVMFuzzerRunDriver(&count, &vector) { data, size in fuzzScenarioLoader(data, size) }
}
#else
/// Without libFuzzer (a normal build), replays the files named on the command line: how crashes
/// found by fuzzing are reproduced, and how tests run the corpus.
@main
struct ReplayMain {
    static func main() {
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            data.withUnsafeBytes { raw in
                _ = fuzzScenarioLoader(raw.bindMemory(to: UInt8.self).baseAddress ?? UnsafePointer(bitPattern: 1)!, data.count)
            }
            count += 1
        }
        print("replayed \(count) inputs")
    }
}
#endif
