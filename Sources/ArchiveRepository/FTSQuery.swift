import ArchiveDomain
import CSearchTokenizer

/// A search turned into FTS5 `MATCH` expressions. User text never reaches FTS5 raw: every word is rebuilt from
/// letters and digits inside a quoted string, and only our own operators, column filters and NEAR surround them.
/// Exact terms carry a leading control byte that tells the `archive_stem` tokenizer not to stem them; with a
/// language, the other terms carry that language's mark, so their roots come from its vocabulary alone.
public struct FTSQuery: Equatable, Sendable {
    /// What a hit is; claims have one column, so `title:` and `heading:` do not apply to them.
    public enum Scope: Sendable {
        case sections
        case claims
    }

    /// The expression for `section_fts`; nil when only `claim:` terms constrain. In claim scope it finds the
    /// sections that may hold a matching claim, and `claimProgram` decides claim by claim (claim_match.c).
    public let expression: String?
    /// In section scope, the `claim:` terms, as a `section_fts` expression for the sections that may hold a
    /// matching claim: the article must also have a claim matching `claimProgram`.
    public let claimExpression: String?
    /// For `archive_claim_rank`: which of the expression's phrases a claim must hold within its own words (in claim
    /// scope, for `expression`; in section scope, for `claimExpression`).
    public let claimProgram: String?
    /// The terms looked for, for highlighting and explanations.
    public let terms: [SearchTerm]

    /// Why a query cannot be run; `description` is the one line a user sees.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// `language`: stem the words as that language only (`search --lang`); nil for both, as documents are mixed.
    public init(
        userText: String, exact: Bool = false, scope: Scope = .sections, language: Language? = nil
    ) throws(Problem) {
        guard let parsed = SearchQueryParser().parse(userText) else {
            throw Problem(
                description: "'\(Self.shortened(userText))' has no letters or digits to search for; try a word.")
        }
        try self.init(parsed, exact: exact, scope: scope, language: language, userText: userText)
    }

    public init(
        _ parsed: SearchExpression, exact: Bool = false, scope: Scope, language: Language? = nil,
        userText: String = ""
    ) throws(Problem) {
        let compiler = Compiler(exact: exact, scope: scope, language: language)
        terms = parsed.terms
        switch scope {
        case .claims:
            if parsed.terms.contains(where: { $0.field == .title || $0.field == .heading }) {
                throw Problem(
                    description: "title: and heading: do not apply to claims; drop them or search --in articles.")
            }
            let compiled = compiler.compileForClaims(parsed)
            expression = compiled?.expression
            claimExpression = nil
            claimProgram = compiled?.program
        case .sections:
            var sectionParts: [SearchExpression] = []
            var claimParts: [SearchExpression] = []
            let parts: [SearchExpression]
            if case .all(let all) = parsed { parts = all } else { parts = [parsed] }
            for part in parts {
                // Every term names claims (no Set of optional fields: building one costs a runtime conformance
                // lookup at every start).
                let terms = part.terms
                if !terms.isEmpty, terms.allSatisfy({ $0.field == .claim }) {
                    claimParts.append(part)
                } else {
                    sectionParts.append(part)
                }
            }
            expression = sectionParts.isEmpty ? nil : compiler.compile(.all(sectionParts))
            let compiled = claimParts.isEmpty ? nil : compiler.compileForClaims(.all(claimParts))
            claimExpression = compiled?.expression
            claimProgram = compiled?.program
        }
        if expression == nil, claimExpression == nil { throw Self.onlyExclusions(userText) }
    }

    private static func onlyExclusions(_ text: String) -> Problem {
        Problem(description: "'\(shortened(text))' only says what to leave out; add a word to look for.")
    }

    static func shortened(_ text: String) -> String {
        let printable = String(
            text.unicodeScalars.filter { $0.properties.generalCategory != .control }.map(Character.init))
        return printable.count > 60 ? printable.prefix(60) + "…" : printable
    }

    struct Compiler {
        let exact: Bool
        let scope: Scope
        let language: Language?

        /// nil when the expression has nothing that must match (only exclusions, or no words).
        func compile(_ expression: SearchExpression) -> String? {
            switch expression {
            case .term(let term):
                return column(of: [term]) + phrase(term)
            case .all(let parts):
                let included = Self.required(parts).compactMap(compile)
                guard !included.isEmpty else { return nil }
                var result = included.count == 1 ? included[0] : "(" + included.joined(separator: " AND ") + ")"
                // FTS5's NOT binds tighter than AND and chains from the left: `(a AND b) NOT c NOT d` needs one
                // group, not one per exclusion (FTS5's parser has a fixed stack).
                let excluded = parts.compactMap { if case .not(let part) = $0 { compile(part) } else { nil } }
                if !excluded.isEmpty { result = "(" + ([result] + excluded).joined(separator: " NOT ") + ")" }
                return result
            case .any(let parts):
                let alternatives = parts.compactMap(compile)
                guard !alternatives.isEmpty else { return nil }
                return alternatives.count == 1 ? alternatives[0] : "(" + alternatives.joined(separator: " OR ") + ")"
            case .not:
                return nil
            case .near(let terms, let distance):
                return column(of: terms) + "NEAR(" + terms.map(phrase).joined(separator: " ") + ", \(distance))"
            }
        }

        /// Claim scope: an expression for the section body that finds every section that may hold a matching claim
        /// and reports each phrase a claim needs, with the postfix program (claim_match.c) that tests one claim's
        /// words. FTS5 numbers phrases in the order they appear, which is the order they are compiled in here.
        func compileForClaims(_ expression: SearchExpression) -> (expression: String, program: String)? {
            var phrases = 0
            guard let compiled = claimParts(expression, phrases: &phrases) else { return nil }
            return ("{body} : (" + compiled.expression + ")", compiled.program)
        }

        private func claimParts(
            _ expression: SearchExpression, phrases: inout Int
        ) -> (expression: String, program: String)? {
            switch expression {
            case .term(let term):
                defer { phrases += 1 }
                return (phrase(term), "p\(phrases)")
            case .all(let parts):
                let included = Self.required(parts).compactMap { claimParts($0, phrases: &phrases) }
                guard !included.isEmpty else { return nil }
                var result = included.map(\.expression).joined(separator: " AND ")
                if included.count > 1 { result = "(" + result + ")" }
                var program =
                    included.map(\.program).joined(separator: " ") + String(repeating: " &", count: included.count - 1)
                // Not FTS5's NOT, which drops a section whose other claims hold the excluded words: the section
                // only has to be found, and report where those words are so the program can refuse a claim.
                var alternatives = [result]
                for case .not(let excluded) in parts {
                    guard let compiled = claimParts(excluded, phrases: &phrases) else { continue }
                    alternatives.append(compiled.expression)
                    program += " " + compiled.program + " ! &"
                }
                if alternatives.count > 1 { result = "(" + alternatives.joined(separator: " OR ") + ")" }
                return (result, program)
            case .any(let parts):
                let alternatives = parts.compactMap { claimParts($0, phrases: &phrases) }
                guard !alternatives.isEmpty else { return nil }
                if alternatives.count == 1 { return alternatives[0] }
                return (
                    "(" + alternatives.map(\.expression).joined(separator: " OR ") + ")",
                    alternatives.map(\.program).joined(separator: " ")
                        + String(repeating: " |", count: alternatives.count - 1)
                )
            case .not:
                return nil
            case .near(let terms, let distance):
                defer { phrases += terms.count }
                return (
                    "NEAR(" + terms.map(phrase).joined(separator: " ") + ", \(distance))",
                    "N\(phrases):\(terms.count):\(distance)"
                )
            }
        }

        /// The parts of an `all` that must match. Function words (`des`, `the`) match nearly every section and
        /// weigh nothing in BM25: they are skipped when something else is required. Quoted, they stay (a phrase
        /// needs them in place).
        static func required(_ parts: [SearchExpression]) -> [SearchExpression] {
            let positive = parts.filter { if case .not = $0 { false } else { true } }
            let meaningful = positive.filter { !isFunctionWord($0) }
            return meaningful.isEmpty ? positive : meaningful
        }

        static func isFunctionWord(_ expression: SearchExpression) -> Bool {
            guard case .term(let term) = expression, term.words.count == 1, !term.exact, !term.prefix else {
                return false
            }
            return FunctionWords.contains(term.words[0])
        }

        func phrase(_ term: SearchTerm) -> String {
            let mark =
                exact || term.exact ? ARCHIVE_SEARCH_EXACT_MARK : language.map(SearchLanguageMark.mark(for:)) ?? ""
            var text = term.words.joined(separator: " ")
            // Quotes double inside an FTS5 string; the generic `replacing` is slow, so only when there is one.
            if text.utf8.contains(UInt8(ascii: "\"")) { text = text.replacing("\"", with: "\"\"") }
            return "\"" + mark + text + "\"" + (term.prefix ? " *" : "")
        }

        /// A column filter when every term names the same section column.
        func column(of terms: [SearchTerm]) -> String {
            guard scope == .sections, let field = terms.first?.field, terms.allSatisfy({ $0.field == field }) else {
                return ""
            }
            switch field {
            case .title: return "{title} : "
            case .heading: return "{heading} : "
            case .claim: return ""
            }
        }
    }
}
