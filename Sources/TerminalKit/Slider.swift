/// A horizontal slider: "Consent  40 % ━━━━━━●──────".
public struct Slider: Sendable {
    /// The caption before the value.
    public var label: String
    /// The knob's position, 0–1 (clamped).
    public var value: Double
    /// The value as shown after the label.
    public var valueText: String

    /// A slider captioned `label` showing `valueText`, its knob at `value`.
    public init(label: String, value: Double, valueText: String) {
        self.label = label; self.value = value; self.valueText = valueText
    }

    /// Draws label, value and track on row `y` from column `x`, in at most `width` columns.
    public func render(into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int, style: Style = .bold) {
        let head = "\(label) \(valueText) "
        let used = buffer.put(head, x: x, y: y, style: style, maxWidth: width)
        let track = width - used
        guard track >= 3 else { return }
        let knob = Int((min(max(value, 0), 1) * Double(track - 1)).rounded())
        for i in 0..<track {
            let character = i == knob ? buffer.glyphs.sliderKnob : (i < knob ? buffer.glyphs.sliderFilled : buffer.glyphs.sliderEmpty)
            buffer[x + used + i, y] = Cell(character, i == knob ? .accent : (i < knob ? .good : .dim))
        }
    }
}
