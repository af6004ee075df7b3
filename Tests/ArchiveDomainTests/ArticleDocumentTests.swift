import ArchiveDomain
import Testing

@Suite struct ArticleDocumentTests {
    private func document(_ blocks: [Block]) -> ArticleDocument {
        ArticleDocument(title: "Titre", published: nil, language: .french, blocks: blocks, format: .text)
    }

    @Test func paragraphsBeforeFirstHeadingFormTheLeadSection() {
        let doc = document([
            Block(role: .title, text: "Titre", line: 1),
            Block(role: .paragraph, text: "Premier paragraphe.", line: 2),
            Block(role: .paragraph, text: "Deuxième.", line: 3),
            Block(role: .heading, text: "Intertitre", line: 4),
            Block(role: .paragraph, text: "Suite.", line: 5),
        ])
        #expect(
            doc.sections == [
                Section(heading: nil, text: "Premier paragraphe.\nDeuxième."),
                Section(heading: "Intertitre", text: "Suite."),
            ])
    }

    @Test func contentHashIgnoresLineNumbersButNotText() {
        let a = document([Block(role: .paragraph, text: "Texte.", line: 2)])
        let b = document([Block(role: .paragraph, text: "Texte.", line: 7)])
        let c = document([Block(role: .paragraph, text: "Texte modifié.", line: 2)])
        #expect(a.canonicalContent == b.canonicalContent)
        #expect(a.canonicalContent != c.canonicalContent)
    }

    @Test func countsWordsOfTitleAndBody() {
        let doc = document([
            Block(role: .metadata, text: "2025-01-01", line: 1),
            Block(role: .title, text: "Un titre court", line: 2),
            Block(role: .paragraph, text: "L'État a dit : 3,5 % de plus.", line: 3),
        ])
        #expect(doc.wordCount == 3 + 8)
    }
}
