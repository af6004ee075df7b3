import ArchiveDomain
import ArchiveRepository

/// Our own short articles for repository tests.
enum Samples {
    static let french = """
        2025-02-11 08:30:00
        L'Europe cherche sa voie dans l'intelligence artificielle
        Les gouvernements européens publient une feuille de route commune sur le développement de l'IA.
        Des modèles ouverts
        Les laboratoires misent sur les modèles open-source, qui « changent la donne », selon un chercheur.
        """

    static let english = """
        2025-03-04
        Energy prices ease as storage fills up
        Wholesale gas prices fell by 7% on Monday, according to the grid operator.
        Households still waiting
        Retail tariffs have not followed the wholesale market yet, consumer groups said.
        """

    static func prepared(_ text: String, path: String) throws -> PreparedArticle {
        try PreparedArticle(sourcePath: path, document: try PlainTextParser().parse(text))
    }
}
