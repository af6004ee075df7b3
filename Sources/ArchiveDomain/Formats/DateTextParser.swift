/// Reads the dates pages and feeds write: ISO 8601 and its relatives (`2019-08-06 00:00:00`, `20190806`),
/// RFC 822 (`Tue, 06 Aug 2019 10:00:00 GMT`) and written dates in English or French (`August 6, 2019`,
/// `6 août 2019`). Nil when the text holds no real date.
enum DateTextParser {
    static func parse(_ raw: String) -> PublicationDate? {
        let text = raw.trimmingSpaces
        guard !text.isEmpty else { return nil }
        if let date = try? PublicationDate(parsing: text) { return date }
        // ISO with a zone written `+0000` or with extra after the seconds: keep the day and time.
        let bytes = Array(text.utf8)
        if bytes.count >= 10, let day = try? PublicationDate(parsing: String(decoding: bytes[0..<10], as: UTF8.self)) {
            if bytes.count >= 19,
                let full = try? PublicationDate(parsing: String(decoding: bytes[0..<19], as: UTF8.self))
            {
                return full
            }
            return day
        }
        if bytes.count == 8, bytes.allSatisfy({ (48...57).contains($0) }), let number = Int(text) {
            return try? PublicationDate(year: number / 10_000, month: number / 100 % 100, day: number % 100)
        }
        return numeric(String(text)) ?? written(String(text))
    }

    /// `19.01.2020`, `13/06/2019` (day first, as in most of the world; month first when the day cannot be a month).
    private static func numeric(_ text: String) -> PublicationDate? {
        let parts = text.split(whereSeparator: { $0 == "." || $0 == "/" || $0 == " " || $0 == "," })
        for start in parts.indices.dropLast(2) {
            let first = parts[start]
            let second = parts[start + 1]
            let third = parts[start + 2]
            guard first.count <= 2, second.count <= 2, third.count == 4, let a = Int(first), let b = Int(second),
                let year = Int(third), (1990...2100).contains(year)
            else { continue }
            if let date = try? PublicationDate(year: year, month: b, day: a) { return date }
            if let date = try? PublicationDate(year: year, month: a, day: b) { return date }
        }
        return nil
    }

    private static let months: [String: Int] = [
        "jan": 1, "january": 1, "janvier": 1, "janv": 1, "feb": 2, "february": 2, "février": 2, "fevrier": 2,
        "févr": 2, "fév": 2, "mar": 3, "march": 3, "mars": 3, "apr": 4, "april": 4, "avril": 4, "avr": 4, "may": 5,
        "mai": 5, "jun": 6, "june": 6, "juin": 6, "jul": 7, "july": 7, "juillet": 7, "juil": 7, "aug": 8,
        "august": 8, "août": 8, "aout": 8, "sep": 9, "sept": 9, "september": 9, "septembre": 9, "oct": 10,
        "october": 10, "octobre": 10, "nov": 11, "november": 11, "novembre": 11, "dec": 12, "december": 12,
        "décembre": 12, "decembre": 12, "déc": 12,
    ]

    /// `August 6, 2019`, `6 Aug 2019`, `Tue, 06 Aug 2019 10:00:00 GMT`, `6 août 2019`, `1er mars 2020`.
    private static func written(_ text: String) -> PublicationDate? {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != ":" })
        var month: Int?
        var numbers: [Int] = []
        for word in words {
            if month == nil, let value = months[String(word)] ?? months[String(word.prefix(3))] {
                month = value
                continue
            }
            var digits = word
            if digits.hasSuffix("er") || digits.hasSuffix("st") || digits.hasSuffix("nd") || digits.hasSuffix("rd")
                || digits.hasSuffix("th")
            {
                digits = digits.dropLast(2)
            }
            if let value = Int(digits) { numbers.append(value) }
        }
        guard let month, let year = numbers.first(where: { (1900...2100).contains($0) }),
            let day = numbers.first(where: { (1...31).contains($0) })
        else { return nil }
        return try? PublicationDate(year: year, month: month, day: day)
    }
}
