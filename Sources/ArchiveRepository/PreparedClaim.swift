import ArchiveDomain
import ArchiveSQLite

/// A claim's row, encoded ahead of the write: its JSON fields and folded actor names are built where the claim
/// is extracted (the import's worker thread), so the single writer only binds values.
struct PreparedClaim: Sendable {
    /// The claim's position among its section's units.
    let unitIndex: Int
    /// Where the claim lies in its section's text, in code points, half-open.
    let start: Int
    let end: Int
    /// The section body's word positions the claim covers, half-open (claim.token_start, token_end).
    let tokenStart: Int32
    let tokenEnd: Int32
    /// Values for `ArticleRepository.insertClaimSQL` after its article, section and unit index, up to its span.
    let values: [SQLValue]
    /// Canonical name, folded name, type: one `claim_actor` row each.
    let actors: [(norm: String, folded: String, type: String)]

    init?(unit: SentenceUnit, index: Int, language: Language, span: (start: Int32, end: Int32)) {
        guard let claim = unit.claim else { return nil }
        unitIndex = index
        tokenStart = span.start
        tokenEnd = span.end
        start = unit.start
        end = unit.end
        let attribution = claim.attribution
        let row: [any SQLValueConvertible] = [
            unit.start, unit.end, unit.text, language.rawValue, claim.kind.rawValue, claim.kindsJSON,
            claim.hedging.rawValue, claim.cuesJSON, claim.vague, attribution?.source, attribution?.type.rawValue,
            attribution?.cue, attribution?.start, attribution?.end, claim.actorsJSON, claim.numbersJSON,
            claim.checkworthiness, ClaimExtractor.version,
        ]
        values = row.map(\.sqlValue)
        var actors: [(norm: String, folded: String, type: String)] = []
        var seen: Set<String> = []
        for actor in claim.actors {
            let folded = ActorName.folded(actor.norm)
            // One row per claim and folded name (the table's key).
            guard !folded.isEmpty, seen.insert(folded).inserted else { continue }
            actors.append((actor.norm, folded, actor.type))
        }
        self.actors = actors
    }

    /// The claims among a section's units, in order, with their spans of `sectionText`'s words.
    static func claims(
        of units: [SentenceUnit], language: Language, sectionText: String, counter: WordCounter
    ) throws -> [PreparedClaim] {
        let claimUnits = units.enumerated().filter { $0.element.claim != nil }
        let positions = try counter.positions(
            in: sectionText, at: claimUnits.flatMap { [$0.element.start, $0.element.end] })
        return claimUnits.enumerated().compactMap { number, numbered in
            PreparedClaim(
                unit: numbered.element, index: numbered.offset, language: language,
                span: (positions[2 * number], positions[2 * number + 1]))
        }
    }
}
