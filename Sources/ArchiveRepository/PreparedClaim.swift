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
    /// Values for `ArticleRepository.insertClaimSQL` after its article, section and unit index.
    let values: [SQLValue]
    /// Canonical name, folded name, type: one `claim_actor` row each.
    let actors: [(norm: String, folded: String, type: String)]

    init?(unit: SentenceUnit, index: Int, language: Language) {
        guard let claim = unit.claim else { return nil }
        unitIndex = index
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

    /// The claims among a section's units, in order.
    static func claims(of units: [SentenceUnit], language: Language) -> [PreparedClaim] {
        units.enumerated().compactMap { PreparedClaim(unit: $1, index: $0, language: language) }
    }
}
