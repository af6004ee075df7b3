extension PublicationDate {
    /// True when both name the same instant (both need a time and a zone).
    public func sameInstant(as other: PublicationDate) -> Bool {
        guard let minutes = minutesSinceEpoch, let otherMinutes = other.minutesSinceEpoch else { return false }
        return minutes == otherMinutes
    }

    /// Minutes since 1970-01-01T00:00Z, for dates with a time and a zone.
    fileprivate var minutesSinceEpoch: Int? {
        guard let time, let zone else { return nil }
        var offset = 0
        if zone != "Z" {
            let digits = zone.dropFirst().split(separator: ":").compactMap { Int($0) }
            guard digits.count == 2 else { return nil }
            offset = (digits[0] * 60 + digits[1]) * (zone.hasPrefix("-") ? -1 : 1)
        }
        // Days from civil (Howard Hinnant's algorithm).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return days * 1_440 + time.hour * 60 + time.minute - offset
    }
}

extension PublicationDate {
    /// Whether this zone-less time is `instant` read on a clock a whole or half number of hours from UTC (at most
    /// 14): pages print their UTC timestamp in the newsroom's time without naming the zone. The seconds must
    /// match, and a round hour or half hour proves nothing.
    public func isLocalReading(of instant: PublicationDate) -> Bool {
        guard zone == nil, let time, let other = instant.time, instant.zone != nil,
            time.second == other.second, time.second != 0 || time.minute % 30 != 0,
            let asUTC = try? PublicationDate(year: year, month: month, day: day, time: time, zone: "Z"),
            let local = asUTC.minutesSinceEpoch, let universal = instant.minutesSinceEpoch
        else { return false }
        let offset = local - universal
        return offset != 0 && abs(offset) <= 14 * 60 && offset % 30 == 0
    }
}
