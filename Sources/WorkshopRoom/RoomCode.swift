/// The room's code: six characters from an alphabet without look-alikes (no 0/O, 1/I/L), so it
/// can be read off a projector and typed on a phone.
public enum RoomCode {
    /// The 31 characters a code is made of.
    public static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
    /// Characters in a code: 31⁶ ≈ 8.9 × 10⁸ codes.
    public static let length = 6

    /// A new code from `random` (the system's generator in the product; a seeded one in tests).
    public static func make<R: RandomNumberGenerator>(using random: inout R) -> String {
        String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
    }

    /// A code as typed by a person: upper case, spaces and dashes dropped.
    public static func normalized(_ typed: Substring) -> String {
        String(typed.uppercased().filter { $0 != " " && $0 != "-" })
    }
}
