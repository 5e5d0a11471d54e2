import ArgumentParser
import CampaignApp
import Foundation
import Localization
import RoomServer
import WorkshopRoom

extension RoomServer: RoomLink {}

/// `--room`, `--listen ADDR:PORT` and `--room-export FILE.csv` of `campaign-sim lesson` (issue 29).
struct RoomOptions: ParsableArguments {
    @Flag(help: "Open the workshop room at once: participants answer from their phones (docs/room.md). R in the lesson opens it later.")
    var room = false

    @Option(help: ArgumentHelp("Where the room listens (default: this machine's first network address, port 8470); 127.0.0.1:0 picks a free port on loopback.", valueName: "ADDR:PORT"))
    var listen: String?

    @Option(help: ArgumentHelp("When the lesson ends, write the room's anonymous answers and the computed answers, per step, to FILE (CSV). Never over an existing file.", valueName: "FILE"))
    var roomExport: String?

    func validate() throws {
        if let listen {
            do { _ = try ListenAddress.parse(listen) } catch { throw ValidationError(error.description) }
        }
        if let roomExport {
            do { try AtomicFile.check(roomExport) } catch { throw ValidationError(error.description) }
            if FileManager.default.fileExists(atPath: roomExport) {
                throw ValidationError(loc("%1 already exists; the debrief never replaces a file: choose another name for --room-export", CLIText.language, roomExport))
            }
        }
    }

    /// Opens the room on the address asked for, or the machine's network address.
    func opener() -> @Sendable () throws -> RoomLink {
        let listen = self.listen
        return {
            let address = try listen.map { text throws -> ListenAddress in try ListenAddress.parse(text) } ?? ListenAddress.lan()
            return try RoomServer.start(on: address, step: .waiting(language: "en"))
        }
    }

    /// Writes the debrief of `room` (if one was open) to the export file; says what it did on stderr.
    func export(_ room: RoomLink?) {
        guard let path = roomExport else { return }
        guard let server = room as? RoomServer else {
            Console.error(loc("campaign-sim: no room was opened, so %1 was not written", CLIText.language, path))
            return
        }
        do {
            try AtomicFile.write(Data(server.debriefCSV().utf8), to: path, overwrite: false)
            Console.error(loc("campaign-sim: wrote the room's answers to %1", CLIText.language, path))
        } catch {
            Console.error("campaign-sim: \(error.description)")
        }
    }
}
