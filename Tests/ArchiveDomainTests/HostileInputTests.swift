import ArchiveDomain
import Testing

@Suite struct HostileInputTests {
    @Test func emptyInputIsAnErrorNotACrash() {
        for format in SourceFormat.allCases {
            #expect(throws: ArticleParseError.self) { try DocumentReader().read([], format: format) }
        }
    }
}
