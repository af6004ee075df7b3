import ArchiveDomain
import ArgumentParser

/// A `--since`/`--until` value: a day (`2025-03-20`), a month (`2025-03`) or a year (`2025`).
struct DateArgument: ExpressibleByArgument {
    /// `YYYY-MM-DD`, padded to the start of a month or year.
    let day: String
    let isPartial: Bool

    init?(argument: String) {
        let parts = argument.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
            parts[0].count == 4
        else { return nil }
        let padded = parts.count == 3 ? argument : parts.count == 2 ? argument + "-01" : argument + "-01-01"
        guard (try? PublicationDate(parsing: padded)) != nil else { return nil }
        day = padded
        isPartial = parts.count < 3
        self.original = argument
    }

    private let original: String

    /// The last day the value covers, for `--until 2025-03` (up to 2025-03-31).
    var lastDay: String {
        let parts = original.split(separator: "-")
        switch parts.count {
        case 1: return original + "-12-31"
        case 2:
            guard let year = Int(parts[0]), let month = Int(parts[1]) else { return day }
            let lastDay = [
                31, (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
                31,
            ][month - 1]
            return original + "-" + String(lastDay)
        default: return day
        }
    }

    static var defaultValueDescription: String { "YYYY[-MM[-DD]]" }
}
