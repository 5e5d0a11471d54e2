/// Box-drawing and chart characters, in Unicode or in plain ASCII for non-UTF-8 terminals.
public struct Glyphs: Sendable, Equatable {
    /// Horizontal frame line.
    public var horizontal: Character
    /// Vertical frame line.
    public var vertical: Character
    /// Top-left frame corner.
    public var topLeft: Character
    /// Top-right frame corner.
    public var topRight: Character
    /// Bottom-left frame corner.
    public var bottomLeft: Character
    /// Bottom-right frame corner.
    public var bottomRight: Character
    /// Slider track left of the knob.
    public var sliderFilled: Character
    /// Slider track right of the knob.
    public var sliderEmpty: Character
    /// The slider's knob.
    public var sliderKnob: Character
    /// A pointing marker (▲ or ^).
    public var marker: Character
    /// The line chart's vertical cursor.
    public var cursorLine: Character
    /// Marks text cut to fit.
    public var ellipsis: String
    /// The euro sign, or "EUR " in ASCII.
    public var euro: String

    /// Unicode box-drawing and chart characters.
    public static let unicode = Glyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                                       sliderFilled: "━", sliderEmpty: "─", sliderKnob: "●", marker: "▲", cursorLine: "┊",
                                       ellipsis: "…", euro: "€")
    /// Plain ASCII stand-ins for non-UTF-8 terminals.
    public static let ascii = Glyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
                                     sliderFilled: "=", sliderEmpty: "-", sliderKnob: "O", marker: "^", cursorLine: ":",
                                     ellipsis: "~", euro: "EUR ")
}
