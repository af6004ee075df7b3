/// A publication date as articles give it: a day, optionally a time, optionally a zone. Stored as ISO 8601 text,
/// which sorts chronologically for dates in the same zone and compares by day on its first ten characters.
public struct PublicationDate: Equatable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int
    public let time: (hour: Int, minute: Int, second: Int)?
    /// `Z`, `+01:00`, or nil when the source gave no zone.
    public let zone: String?

    public enum ParseError: Error, Equatable, Sendable {
        /// The text does not have a date's shape.
        case notADate
        /// The text has a date's shape but names no real day, time or zone; the reason says which part
        /// (`there is no month 13`).
        case impossible(reason: String)
    }

    public static func == (lhs: PublicationDate, rhs: PublicationDate) -> Bool {
        lhs.iso8601 == rhs.iso8601
    }

    public var description: String { iso8601 }

    /// `2025-03-20`, `2025-03-20T09:01:00`, `2025-03-20T09:01:00+01:00`.
    public var iso8601: String {
        var text = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        if let time {
            text += "T\(pad(time.hour, 2)):\(pad(time.minute, 2)):\(pad(time.second, 2))"
            if let zone { text += zone }
        }
        return text
    }

    /// The day part, for range filters: `2025-03-20`.
    public var dayString: String { String(iso8601.prefix(10)) }

    public init(
        year: Int, month: Int, day: Int, time: (hour: Int, minute: Int, second: Int)? = nil, zone: String? = nil
    )
        throws(ParseError)
    {
        guard (1...12).contains(month) else { throw .impossible(reason: "there is no month \(month)") }
        let days = PublicationDate.daysIn(month: month, year: year)
        guard (1...days).contains(day) else {
            throw .impossible(reason: "\(pad(year, 4))-\(pad(month, 2)) has \(days) days, not \(day)")
        }
        if let time, !(0...23).contains(time.hour) || !(0...59).contains(time.minute) || !(0...60).contains(time.second)
        {
            throw .impossible(
                reason: "there is no time \(pad(time.hour, 2)):\(pad(time.minute, 2)):\(pad(time.second, 2))")
        }
        self.year = year
        self.month = month
        self.day = day
        self.time = time
        self.zone = zone
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DD HH:MM[:SS]` and ISO 8601 with `T`, fractions, `Z` (or `UTC`) or an offset.
    /// Throws `.notADate` when the text does not have a date's shape, `.impossible` when it has one but
    /// names no real day or time (`2025-13-45`).
    public init(parsing input: some StringProtocol) throws(ParseError) {
        let text = Array(input.trimmingSpaces.utf8)
        var reader = DigitReader(bytes: text)
        guard let year = reader.number(digits: 4), reader.take(UInt8(ascii: "-")),
            let month = reader.number(digits: 2), reader.take(UInt8(ascii: "-")),
            let day = reader.number(digits: 2)
        else { throw .notADate }
        if reader.atEnd {
            try self.init(year: year, month: month, day: day)
            return
        }
        guard reader.take(UInt8(ascii: "T")) || reader.take(UInt8(ascii: " ")),
            let hour = reader.number(digits: 2), reader.take(UInt8(ascii: ":")),
            let minute = reader.number(digits: 2)
        else { throw .notADate }
        var second = 0
        if reader.take(UInt8(ascii: ":")) {
            guard let value = reader.number(digits: 2) else { throw .notADate }
            second = value
            if reader.take(UInt8(ascii: ".")) || reader.take(UInt8(ascii: ",")) {
                guard reader.skipDigits() > 0 else { throw .notADate }
            }
        }
        var zone: String?
        if reader.take(UInt8(ascii: "Z")) || reader.take(UInt8(ascii: "z")) || reader.takeUniversalTimeName() {
            zone = "Z"
        } else if let sign = reader.peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            reader.advance()
            guard let zoneHour = reader.number(digits: 2) else { throw .notADate }
            _ = reader.take(UInt8(ascii: ":"))
            let zoneMinute = reader.number(digits: 2) ?? 0
            guard zoneHour <= 14, zoneMinute < 60 else {
                throw .impossible(reason: "there is no time zone offset of \(pad(zoneHour, 2)):\(pad(zoneMinute, 2))")
            }
            zone =
                zoneHour == 0 && zoneMinute == 0
                ? "Z" : "\(sign == UInt8(ascii: "+") ? "+" : "-")\(pad(zoneHour, 2)):\(pad(zoneMinute, 2))"
        }
        guard reader.atEnd else { throw .notADate }
        try self.init(year: year, month: month, day: day, time: (hour, minute, second), zone: zone)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

private struct DigitReader {
    let bytes: [UInt8]
    var index = 0

    var atEnd: Bool { index == bytes.count }
    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }
    mutating func advance() { index += 1 }

    mutating func take(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + digits] {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        index += digits
        return value
    }

    /// ` UTC` or ` GMT` (the space optional), which some exports write instead of `Z`.
    mutating func takeUniversalTimeName() -> Bool {
        let start = index
        _ = take(UInt8(ascii: " "))
        for name in ["UTC", "GMT"] where bytes[index...].starts(with: name.utf8) {
            index += 3
            return true
        }
        index = start
        return false
    }

    mutating func skipDigits() -> Int {
        let start = index
        while let byte = peek, (48...57).contains(byte) { index += 1 }
        return index - start
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (Unicode-aware, no Foundation).
    var trimmingSpaces: SubSequence {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return self[endIndex...] }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return self[first...last]
    }
}
