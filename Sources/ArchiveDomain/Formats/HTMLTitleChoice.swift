import FoundationEssentials

/// Picks an article's title among the titles a page declares (JSON-LD `headline`, `og:title`, `twitter:title`,
/// `<title>`, a visible `<h1>`), each cleaned of the site's name first.
///
/// The sources disagree in known ways: `<title>` and the sharing titles carry the site's name, sharing titles are
/// sometimes rewritten for social media, and an `<h1>` can swallow a rubric label that sits inside it. So the
/// visible headline is taken when there is one, and otherwise the title most sources agree on; a rubric prefix
/// (`Pétition : …`) counts as part of the title when two metadata sources carry it, and as a label when only the
/// `<h1>` does.
struct HTMLTitleChoice {
    enum Source: Int, Comparable {
        // Declaration order is the preference among equally supported titles: the structured-data headline names
        // the article itself, sharing titles come next, the document title is the one most often decorated.
        case heading, linkedData, openGraph, twitter, metaTitle, document

        static func < (lhs: Source, rhs: Source) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    struct Candidate {
        let source: Source
        let text: String
        let key: String
    }

    /// Names the page gives its site (`og:site_name`, `application-name`, the host of its URL), folded for
    /// comparison.
    let siteKeys: [String]

    /// The first word of a hyphenated domain (`tidewater` in `tidewater-trust.org`), folded. Such a domain often
    /// shortens the name the site signs its titles with (`… ‹ Tidewater Island Ferries Trust`), which then
    /// matches neither the whole domain nor a declared site name.
    let domainLead: String?

    init(siteNames: [String?], url: String?) {
        var keys = siteNames.compactMap { $0 }.map(HTMLTitleChoice.key)
        var lead: String?
        if let url, let host = URL(string: url)?.host?.lowercased() {
            let bare = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
            keys.append(HTMLTitleChoice.key(bare))
            if let dot = bare.lastIndex(of: ".") {
                let label = bare[..<dot]
                keys.append(HTMLTitleChoice.key(String(label)))
                // Shorter leads (`la-`, `new-`) start too many ordinary words.
                if let hyphen = label.firstIndex(of: "-") {
                    let word = HTMLTitleChoice.key(String(label[..<hyphen]))
                    if word.count >= 4 { lead = word }
                }
            }
        }
        siteKeys = keys.filter { !$0.isEmpty }
        domainLead = lead
    }

    private init(siteKeys: [String], domainLead: String?) {
        self.siteKeys = siteKeys
        self.domainLead = domainLead
    }

    /// The chosen title. `metadata` are the declared titles in any order; `headings` the page's `<h1>` texts in
    /// document order (only one about the same thing as the metadata counts: the first `<h1>` is often a logo).
    func choose(metadata: [(Source, String?)], headings: [String]) -> String? {
        // Some pages fill `application-name` with the article's title: that names no site.
        let titleKeys = Set(
            metadata.filter { [.openGraph, .document].contains($0.0) }.compactMap { $0.1 }.map(HTMLTitleChoice.key))
        let site = HTMLTitleChoice(siteKeys: siteKeys.filter { !titleKeys.contains($0) }, domainLead: domainLead)
        let declared = metadata.compactMap { source, raw -> Candidate? in
            // A title that is only the site's name (`News.az`) says nothing about the article.
            guard let raw, let text = site.clean(raw), !site.namesSite(text, whole: true) else { return nil }
            return Candidate(source: source, text: text, key: HTMLTitleChoice.key(text))
        }
        .filter { !$0.key.isEmpty }
        let references = declared.map { HTMLTitleChoice.words($0.text) }
        let declaredWords = references.reduce(into: Set<String>()) { $0.formUnion($1) }
        let metadataAgrees = declared.contains { one in declared.filter { $0.key == one.key }.count >= 2 }
        let heading = headings.lazy.map { HTMLNode.collapse($0) }.first { text in
            let words = HTMLTitleChoice.words(text)
            guard words.count >= 2, !site.namesSite(text, whole: true) else { return false }
            // A heading that ends in one or two words none of the declared titles has, while they agree among
            // themselves, carries a badge set inside the `<h1>` (`Subscribers`, `Premium`, `Live`): the text the
            // metadata agree on is the title. A longer such ending is headline text the sharing titles shortened.
            let badge = HTMLTitleChoice.orderedWords(text).reversed().prefix { !declaredWords.contains($0) }
            if metadataAgrees, (1...2).contains(badge.count) { return false }
            return references.contains { reference in
                Double(words.intersection(reference).count) >= 0.6 * Double(words.count)
                    && Double(words.intersection(reference).count) >= 0.5 * Double(reference.count)
            }
        }
        var candidates = declared
        if let heading {
            candidates.append(Candidate(source: .heading, text: heading, key: HTMLTitleChoice.key(heading)))
        }
        guard !candidates.isEmpty else { return nil }
        func support(_ candidate: Candidate) -> Int { candidates.filter { $0.key == candidate.key }.count }

        var chosen: Candidate
        if let visible = candidates.first(where: { $0.source == .heading }) {
            chosen = visible
        } else {
            chosen = candidates.sorted { $0.source < $1.source }.max { support($0) < support($1) }!
            // Spellings of one title can differ in punctuation (`Germanys`); the one most sources share wins.
            let spellings = candidates.filter { $0.key == chosen.key }
            chosen = spellings.max { a, b in
                spellings.filter { $0.text == a.text }.count < spellings.filter { $0.text == b.text }.count
            }!
        }
        // A rubric that two metadata sources put before the headline was written into the title by the editors.
        let withRubric = declared.filter {
            support($0) >= 2 && $0.key.count > chosen.key.count && $0.key.hasSuffix(chosen.key)
                && chosen.key.count * 2 >= $0.key.count
        }
        if let longest = withRubric.max(by: { $0.key.count < $1.key.count }) {
            return longest.text
        }
        // A label that only the chosen title carries before the headline (`Local News | …`) is page furniture.
        let withoutLabel = candidates.filter {
            $0.key.count < chosen.key.count && chosen.key.hasSuffix($0.key) && $0.key.count * 2 >= chosen.key.count
        }
        if let bare = withoutLabel.first, support(chosen) < 2 || support(bare) > support(chosen) {
            chosen = bare
        }
        return chosen.text
    }

    /// Removes the site's name from a title (`Title | Site`, `Site - Title`). A separated part is cut only when it
    /// names the site, so `How to grow lemons | Step-by-Step Guide` keeps its subtitle; a page that names no site
    /// at all falls back to cutting a short end part beside a clearly longer one.
    func clean(_ raw: String) -> String? {
        var title = HTMLNode.collapse(HTMLEntities.decode(raw))
        guard !title.isEmpty else { return nil }
        // Not « »: French headlines quote with them.
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " ‹ ", " › "] {
            var parts = title.components(separatedBy: separator)
            guard parts.count >= 2 else { continue }
            if !siteKeys.isEmpty {
                while parts.count > 1, let last = parts.last, namesSite(last) || startsWithDomainLead(last) {
                    parts.removeLast()
                }
                while parts.count > 1, let first = parts.first, namesSite(first) { parts.removeFirst() }
                title = parts.joined(separator: separator)
                continue
            }
            let last = parts.last!
            let first = parts.first!
            if last.count * 3 < title.count, last.split(separator: " ").count <= 4 {
                title = parts.dropLast().joined(separator: separator)
            } else if first.count * 3 < title.count || first.count < last.count, first.split(separator: " ").count <= 4
            {
                title = parts.dropFirst().joined(separator: separator)
            }
        }
        let trimmed = title.trimmingSpaces.description
        return trimmed.isEmpty ? nil : trimmed
    }

    /// `Daily Mail Online` names the site `Mail Online`, `KentNews.Online` the host `kentnews.online`.
    /// A whole title must be the site's name or a part of it; a separated part may also contain it.
    func namesSite(_ part: String, whole: Bool = false) -> Bool {
        let partKey = HTMLTitleChoice.key(part)
        guard !partKey.isEmpty else { return false }
        return siteKeys.contains { site in
            partKey == site
                || (partKey.count >= 3 && site.count >= 3
                    && (site.contains(partKey) || (!whole && partKey.contains(site))))
        }
    }

    /// Only a closing part is read this way: that is where sites sign their titles, while a headline can well
    /// begin with the place a local site's domain is named after (`Tidewater ferry resumes | Timetable`).
    private func startsWithDomainLead(_ part: String) -> Bool {
        guard let domainLead, let first = HTMLTitleChoice.orderedWords(part).first else { return false }
        return HTMLTitleChoice.key(first) == domainLead
    }

    /// Letters and digits only, without case or accents: what two spellings of one title share.
    static func key(_ text: String) -> String {
        String(
            UnicodeNormalization.folded(text)
                .filter { $0.isLetter || $0.isNumber })
    }

    static func words(_ text: String) -> Set<String> { Set(orderedWords(text)) }

    static func orderedWords(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }
}
