import ArchiveDomain
import Testing

@testable import ArchiveRepository

/// Hunspell 1.7 counts its instances in a process-wide table it builds and frees without a lock. Archives opened and
/// closed on several threads at once (as the tests themselves do) once raced on it and corrupted the heap; each of
/// these archives stores a French and an English article, so both dictionaries load and unload many times.
@Suite struct DictionaryConcurrencyTests {
    @Test func archivesOpenedOnManyThreadsLoadAndUnloadTheirDictionariesSafely() async throws {
        let rounds = 4
        let threads = 6
        for _ in 0..<rounds {
            try await withThrowingTaskGroup(of: [String].self) { group in
                for index in 0..<threads {
                    group.addTask {
                        var fixture = try SearchFixture()
                        try fixture.add(
                            "fr\(index)", title: "Les habitants attendaient", language: .french,
                            sections: [(nil, ["Les habitants attendaient une réponse du gouvernement."])])
                        try fixture.add(
                            "en\(index)", title: "Residents were waiting", language: .english,
                            sections: [(nil, ["Residents attended the meetings of the councils."])])
                        return try fixture.names("attendre") + fixture.names("meeting")
                    }
                }
                for try await names in group {
                    #expect(names.count == 2)
                }
            }
        }
    }
}
