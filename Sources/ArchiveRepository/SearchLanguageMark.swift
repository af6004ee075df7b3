import ArchiveDomain
import CSearchTokenizer

/// The byte every text given to the full-text index starts with, naming its article's language so the
/// `archive_stem` tokenizer stems it with that language only (see migration 0005). The view `section_document`
/// adds it in SQL; new rows are indexed from Swift with the same mark, or a later delete would not remove their
/// terms. snippet() and highlight() return the view's text, so the mark is removed from them.
enum SearchLanguageMark {
    static func mark(for language: Language) -> String {
        switch language {
        case .french: ARCHIVE_SEARCH_FRENCH_MARK
        case .english: ARCHIVE_SEARCH_ENGLISH_MARK
        }
    }

    /// `text` as the index is given it; nil stays nil (a lead section has no heading), as in SQL.
    static func marked(_ text: String?, _ language: Language) -> String? {
        text.map { mark(for: language) + $0 }
    }

    static func marked(_ text: String, _ language: Language) -> String {
        mark(for: language) + text
    }

    /// `text` without its leading mark, if it has one.
    static func removed(from text: String) -> String {
        guard let first = text.unicodeScalars.first,
            Language.allCases.contains(where: { mark(for: $0).unicodeScalars.first == first })
        else { return text }
        return String(text.unicodeScalars.dropFirst())
    }
}
