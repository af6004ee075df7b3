import ArchiveDomain
import Testing

@Suite struct PublicationDateTests {
    @Test(arguments: [
        ("2025-03-20", "2025-03-20"),
        ("2025-03-20 09:01:00", "2025-03-20T09:01:00"),
        ("2025-03-20 09:01", "2025-03-20T09:01:00"),
        ("2025-03-20T09:01:00", "2025-03-20T09:01:00"),
        ("2025-03-20T09:01:00Z", "2025-03-20T09:01:00Z"),
        ("2025-03-20T09:01:00.123Z", "2025-03-20T09:01:00Z"),
        ("2025-03-20T09:01:00+01:00", "2025-03-20T09:01:00+01:00"),
        ("2025-03-20T09:01:00-0530", "2025-03-20T09:01:00-05:30"),
        ("2025-03-20T09:01:00+00:00", "2025-03-20T09:01:00Z"),
        ("2025-03-20 09:01:00 UTC", "2025-03-20T09:01:00Z"),
        ("  2025-03-20  ", "2025-03-20"),
    ])
    func parsesDateShapes(input: String, iso8601: String) throws {
        let date = try PublicationDate(parsing: input)
        #expect(date.iso8601 == iso8601)
    }

    @Test func keepsTheParts() throws {
        let date = try PublicationDate(parsing: "2024-02-29 23:59:60")
        #expect(date.year == 2024 && date.month == 2 && date.day == 29)
        #expect(date.time?.hour == 23 && date.time?.minute == 59 && date.time?.second == 60)
        #expect(date.zone == nil)
        #expect(date.dayString == "2024-02-29")
    }

    @Test(arguments: [
        "2025-13-45", "2025-02-30", "2023-02-29", "1900-02-29", "2025-04-31", "2025-00-10", "2025-03-20 24:00:00",
        "2025-03-20 12:60:00", "2025-03-20T09:01:00+15:00",
    ])
    func refusesImpossibleDates(input: String) {
        #expect(throws: PublicationDate.ParseError.self) { try PublicationDate(parsing: input) }
        do {
            _ = try PublicationDate(parsing: input)
        } catch {
            #expect(error != .notADate, "'\(input)' has a date's shape, so it is impossible rather than not a date")
        }
    }

    @Test(arguments: [
        ("2025-13-45", "there is no month 13"),
        ("2023-02-29", "2023-02 has 28 days, not 29"),
        ("2025-03-20 24:00:00", "there is no time 24:00:00"),
        ("2025-03-20T09:01:00+15:00", "there is no time zone offset of 15:00"),
    ])
    func impossibleDatesSayWhichPartIsWrong(input: String, reason: String) {
        #expect(throws: PublicationDate.ParseError.impossible(reason: reason)) { try PublicationDate(parsing: input) }
    }

    @Test func leapDaysExistInLeapYears() throws {
        #expect(try PublicationDate(parsing: "2000-02-29").day == 29)
        #expect(try PublicationDate(parsing: "2024-02-29").day == 29)
    }

    @Test(arguments: [
        "Une Avance Stratégique", "2025-3-20", "20-03-2025", "2025/03/20", "2025-03-20 la suite", "2025-03-20T9:01",
        "", "2025-03-20T09:01:00+", "2025-03-20 09:01:00 CET",
    ])
    func textWithoutADateShapeIsNotADate(input: String) {
        #expect(throws: PublicationDate.ParseError.notADate) { try PublicationDate(parsing: input) }
    }

    @Test func equalWhenTheyNameTheSameInstantTextually() throws {
        #expect(
            try PublicationDate(parsing: "2025-03-20T09:01:00+00:00")
                == PublicationDate(parsing: "2025-03-20T09:01:00Z"))
        #expect(try PublicationDate(parsing: "2025-03-20") != PublicationDate(parsing: "2025-03-20 00:00:00"))
    }
}
