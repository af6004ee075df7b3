/// The few fixed-width number formats the command line prints (Foundation's `String(format:)` is not linked).
enum TextFormat {
    /// `value` right-aligned in `width` columns.
    static func padded(_ value: Int, width: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(width - text.count, 0)) + text
    }

    /// `value` with at least `digits` digits, zeros in front (`05`).
    static func zeroPadded(_ value: Int, digits: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(digits - text.count, 0)) + text
    }

    /// `value` with one decimal (`1.5`), rounded half away from zero.
    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return sign + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// `text` cut or filled with spaces to exactly `width` characters.
    static func fitted(_ text: String, width: Int) -> String {
        text.count >= width ? String(text.prefix(width)) : text + String(repeating: " ", count: width - text.count)
    }
}
