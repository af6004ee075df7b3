import Testing

@testable import ArchiveDomain

@Suite struct HTMLLocalDateTests {
    private func published(head: String, body: String) throws -> String? {
        let html = """
            <html><head><title>Council votes on the new bridge</title>\(head)</head><body><article>
            \(body)
            <p>The council voted seven to two for the new bridge on Wednesday evening, after a long public debate.</p>
            </article></body></html>
            """
        return try HTMLArticleParser().parse(html).published?.iso8601
    }

    @Test func prefersTheLocalClockReadingOfAUTCTimestamp() throws {
        let date = try published(
            head: #"<meta property="article:published_time" content="2023-11-09T01:09:55+00:00">"#,
            body: #"<time datetime="2023-11-08 18:09:55">Nov. 8, 2023</time>"#)
        #expect(date == "2023-11-08T18:09:55")
    }

    @Test func aRoundTimeProvesNothing() throws {
        let date = try published(
            head: #"<meta property="article:published_time" content="2023-11-09T01:00:00+00:00">"#,
            body: #"<time datetime="2023-11-08 18:00:00">Nov. 8, 2023</time>"#)
        #expect(date == "2023-11-09T01:00:00Z")
    }

    @Test func localReadingNeedsTheSameSecondAndAWholeOrHalfHourOffset() throws {
        let utc = try PublicationDate(parsing: "2023-11-09T01:09:55Z")
        #expect(try PublicationDate(parsing: "2023-11-08 20:09:55").isLocalReading(of: utc))
        #expect(try PublicationDate(parsing: "2023-11-09 06:39:55").isLocalReading(of: utc))
        #expect(try !PublicationDate(parsing: "2023-11-08 18:10:55").isLocalReading(of: utc))
        #expect(try !PublicationDate(parsing: "2023-11-09 06:54:55").isLocalReading(of: utc))
        #expect(try !PublicationDate(parsing: "2023-11-07 18:09:55").isLocalReading(of: utc))
        #expect(try !PublicationDate(parsing: "2023-11-09T01:09:55Z").isLocalReading(of: utc))
    }
}
