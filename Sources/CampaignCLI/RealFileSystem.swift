import CampaignApp
import Foundation

/// The app's file access on the real disk: atomic writes, ./scenarios listing, bounded reads.
struct RealFileSystem: AppFileSystem {
    func write(path: String, contents: String, overwrite: Bool) throws {
        do {
            try AtomicFile.write(Data(contents.utf8), to: path, overwrite: overwrite)
        } catch .exists {
            throw AppFileError.exists
        } catch {
            throw AppFileError.failed(error.description)
        }
    }

    func scenarioFiles() -> [String] {
        let folder = "scenarios"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().prefix(200).map { "\(folder)/\($0)" }
    }

    func makeFolder(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func read(path: String) throws -> [UInt8] {
        try ScenarioSource.readBytes(path)
    }
}
