import ArchiveDomain

/// An article parsed and analysed, ready to be written: all the CPU work of an import, done before the
/// write transaction so it can run on other threads.
public struct PreparedArticle: Sendable {
    public var sourcePath: String
    public var document: ArticleDocument
    public let sections: [Section]
    public var contentSHA256: String
    /// For each section, its claims' rows, encoded here rather than by the writer.
    var claims: [[PreparedClaim]]
    /// What the writer would otherwise compute: the word count, and the title and each section's heading and body
    /// as the search index is given them (with the language mark, SearchLanguageMark).
    let wordCount: Int
    let indexedTitle: String
    let indexedSections: [(heading: String?, body: String)]

    /// `counter` gives the claims their word spans (one is made when none is given: a connection of its own, so
    /// callers preparing many articles pass theirs); throws only when it cannot be made or count.
    public init(
        sourcePath: String, document: ArticleDocument, extractor: ClaimExtractor = ClaimExtractor(),
        counter: WordCounter? = nil
    ) throws {
        try self.init(
            sourcePath: sourcePath, document: document, sections: document.sections, extractor: extractor,
            counter: counter ?? WordCounter())
    }

    /// `sections` are `document.sections`, when the caller has already built them (they join every paragraph);
    /// `counter` gives the claims their word spans, and belongs to the calling thread.
    init(
        sourcePath: String, document: ArticleDocument, sections: [Section], extractor: ClaimExtractor,
        counter: WordCounter
    ) throws {
        self.sourcePath = sourcePath
        self.document = document
        // A title-only article (a dispatch whose body is missing) still gets its empty lead section: the title is
        // indexed with the sections, and `archive check` expects every article to have one.
        self.sections = sections.isEmpty ? [Section(heading: nil, text: "")] : sections
        let units = extractor.analyze(
            sections: self.sections.map(\.text), language: document.language, context: ClaimContext(document: document))
        self.contentSHA256 = SHA256.hex(document.canonicalContent)
        self.claims = try zip(units, self.sections).map { units, section in
            try PreparedClaim.claims(
                of: units, language: document.language, sectionText: section.text, counter: counter)
        }
        let language = document.language
        wordCount = document.wordCount
        indexedTitle = SearchLanguageMark.marked(document.title, language)
        indexedSections = self.sections.map {
            (SearchLanguageMark.marked($0.heading, language), SearchLanguageMark.marked($0.text, language))
        }
    }
}
