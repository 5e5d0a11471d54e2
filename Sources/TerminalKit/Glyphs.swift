/// Box-drawing and chart characters, in Unicode or in plain ASCII for non-UTF-8 terminals.
public struct Glyphs: Sendable, Equatable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var sliderFilled: Character
    public var sliderEmpty: Character
    public var sliderKnob: Character
    public var marker: Character
    public var cursorLine: Character
    public var ellipsis: String
    public var euro: String

    public static let unicode = Glyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                                       sliderFilled: "━", sliderEmpty: "─", sliderKnob: "●", marker: "▲", cursorLine: "┊",
                                       ellipsis: "…", euro: "€")
    public static let ascii = Glyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
                                     sliderFilled: "=", sliderEmpty: "-", sliderKnob: "O", marker: "^", cursorLine: ":",
                                     ellipsis: "~", euro: "EUR ")
}
