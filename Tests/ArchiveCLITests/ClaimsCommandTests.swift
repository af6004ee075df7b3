import ArgumentParser
import Testing

@testable import archive

@Suite struct ClaimsCommandTests {
    @Test func parsesEveryFilter() throws {
        let command = try Archive.parseAsRoot([
            "claims", "chômage", "--hedging", "conditional", "--kind", "prediction", "--actor", "etats-unis",
            "--source", "insee", "--article", "3", "--since", "2025", "--lang", "fr", "--min-score", "0.4", "--limit",
            "5",
            "--format", "json",
        ])
        let claims = try #require(command as? Archive.Claims)
        #expect(claims.hedging == .conditional && claims.kind == .prediction && claims.actor == "etats-unis")
        #expect(claims.limit == 5 && claims.minScore == 0.4 && claims.article == 3)
    }

    @Test func rejectsUnknownHedgingAndBadLimits() {
        #expect(throws: (any Error).self) { try Archive.parseAsRoot(["claims", "--hedging", "maybe"]) }
        #expect(throws: (any Error).self) { try Archive.parseAsRoot(["claims", "--limit", "0"]) }
        #expect(throws: (any Error).self) { try Archive.parseAsRoot(["claims", "--min-score", "2"]) }
        #expect(throws: (any Error).self) { try Archive.parseAsRoot(["actors", "--limit", "0"]) }
    }

    @Test func actorsAndReanalyzeAreSubcommands() throws {
        #expect(try Archive.parseAsRoot(["actors", "--lang", "fr", "--format", "csv"]) is Archive.Actors)
        #expect(try Archive.parseAsRoot(["reanalyze", "--lang", "en"]) is Archive.Reanalyze)
    }
}
