import Foundation
import ScenarioKit

/// libFuzzer's entry point: any bytes must give a scenario or diagnostics, never a crash or hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenarioLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
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
