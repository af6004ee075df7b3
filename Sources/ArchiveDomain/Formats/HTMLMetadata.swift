import FoundationEssentials

/// What a page says about its article outside the body: title, date, author, canonical URL, language, tags.
struct HTMLMetadata {
    var title: String?
    var published: PublicationDate?
    var author: String?
    var url: String?
    var language: String?
    var tags: [String] = []
    var siteName: String?

    init(root: HTMLNode) {
        var meta: [String: String] = [:]
        var articleTags: [String] = []
        for node in root.descendants(named: ["meta"]) {
            guard let content = node.attribute("content")?.trimmingSpaces, !content.isEmpty else { continue }
            // `article:tag` is repeated, one tag per element.
            if node.attribute("property")?.lowercased() == "article:tag" { articleTags.append(String(content)) }
            for key in [
                node.attribute("property"), node.attribute("name"), node.attribute("itemprop"),
                node.attribute("http-equiv"),
            ] {
                if let key = key?.lowercased(), meta[key] == nil { meta[key] = String(content) }
            }
        }
        let linkedData = HTMLMetadata.linkedData(root)
        siteName = meta["og:site_name"] ?? meta["application-name"]

        var canonical: String?
        for node in root.descendants(named: ["link"]) where node.attribute("rel")?.lowercased() == "canonical" {
            canonical = node.attribute("href")
        }
        url = [canonical, meta["og:url"], meta["twitter:url"], linkedData.url].compactMap { $0 }
            .first { $0.hasPrefix("http") }

        // Icons carry `<title>` elements too; the document's title is the first one with text.
        let documentTitle = root.descendants(named: ["title"]).lazy.map(\.innerText)
            .first { !$0.trimmingSpaces.isEmpty }
        let choice = HTMLTitleChoice(siteNames: [siteName, meta["application-name"]], url: url)
        title = choice.choose(
            metadata: [
                (.linkedData, linkedData.headline), (.openGraph, meta["og:title"]), (.twitter, meta["twitter:title"]),
                (.metaTitle, meta["title"] ?? meta["dc.title"]), (.document, documentTitle),
            ],
            headings: root.descendants(named: ["h1"]).map(\.innerText))

        let dateKeys = [
            "article:published_time", "og:published_time", "article:published", "datepublished", "pubdate",
            "publishdate", "publish-date", "publish_date", "publication_date", "publication-date", "date",
            "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.created", "dcterms.date", "sailthru.date",
            "parsely-pub-date", "article.published", "og:pubdate", "originalpublicationdate", "article_date_original",
            "cxenseparse:recs:publishtime", "rnews:datepublished", "datecreated", "date_published", "created",
            "article:post_date", "dc.created", "displaydate", "citation_publication_date", "citation_date",
            "article.created", "live_date", "sort_date", "release_date",
        ]
        var dateTexts = [linkedData.datePublished]
        dateTexts += dateKeys.map { meta[$0] }
        for node in root.descendants(named: ["time"]) where node.attribute("datetime") != nil {
            dateTexts.append(node.attribute("datetime"))
        }
        for node in root.descendants() where node.attribute("itemprop")?.lowercased() == "datepublished" {
            dateTexts.append(node.attribute("datetime") ?? node.attribute("content") ?? node.innerText)
        }
        var dates = dateTexts.compactMap { $0.flatMap(DateTextParser.parse) }
        if dates.isEmpty,
            let fromURL = [url, canonical, meta["og:url"]].compactMap({ $0 }).lazy
                .compactMap(HTMLMetadata.dateInURL).first
        {
            dates.append(fromURL)
        }
        if dates.isEmpty, let shown = HTMLMetadata.visibleDate(root) { dates.append(shown) }
        if dates.isEmpty,
            let modified =
                (meta["article:modified_time"] ?? meta["og:updated_time"]
                ?? linkedData.dateModified ?? meta["last-modified"]).flatMap(DateTextParser.parse)
        {
            dates.append(modified)
        }
        // A UTC time is the same instant as a local one given elsewhere on the page (with its offset, or printed
        // on the newsroom's clock without one); the local one names the day the readers saw.
        if let first = dates.first, first.zone == "Z",
            let local = dates.dropFirst().first(where: {
                ($0.zone != nil && $0.zone != "Z" && $0.sameInstant(as: first)) || $0.isLocalReading(of: first)
            })
        {
            published = local
        } else {
            published = dates.first
        }

        author =
            [
                linkedData.author, meta["author"], meta["article:author"], meta["dc.creator"], meta["sailthru.author"],
                meta["parsely-author"], meta["byl"],
            ]
            .compactMap { $0.map { HTMLEntities.decode($0).trimmingSpaces }.map(String.init) }
            .first { !$0.isEmpty && !$0.hasPrefix("http") }
            .map { $0.hasPrefix("By ") || $0.hasPrefix("by ") ? String($0.dropFirst(3)) : $0 }

        let htmlLanguage =
            root.first(named: "html")?.attribute("lang") ?? root.first(named: "html")?.attribute("xml:lang")
        language =
            (htmlLanguage ?? meta["og:locale"] ?? meta["content-language"] ?? meta["language"])?
            .lowercased().prefix(2).description

        // Generic `keywords` are mostly search-engine filler; the article tags are the ones editors chose.
        let keywords = articleTags.isEmpty ? (meta["news_keywords"] ?? "") : articleTags.joined(separator: ",")
        tags = keywords.split(separator: ",").map { String($0.trimmingSpaces) }.filter { !$0.isEmpty }
        if tags.count > 20 { tags = Array(tags.prefix(20)) }
    }

    /// `/2015/03/18/` or `-20150318` style dates in an article's URL.
    static func dateInURL(_ url: String) -> PublicationDate? {
        let parts = url.split(whereSeparator: { !$0.isNumber }).map(String.init)
        for (index, part) in parts.enumerated() {
            if part.count == 4, let year = Int(part), (1995...2100).contains(year), index + 2 < parts.count,
                parts[index + 1].count <= 2, parts[index + 2].count <= 2,
                let month = Int(parts[index + 1]), let day = Int(parts[index + 2]),
                let date = try? PublicationDate(year: year, month: month, day: day)
            {
                return date
            }
            if part.count == 8, let number = Int(part), (1995...2100).contains(number / 10_000),
                let date = try? PublicationDate(year: number / 10_000, month: number / 100 % 100, day: number % 100)
            {
                return date
            }
        }
        return nil
    }

    /// A date printed on the page: first in an element whose class or id says date, time or published, else at
    /// the start of any text in the body (`Feb. 23, 2015 -- …`, `jeudi 13 juin 2019`).
    static func visibleDate(_ root: HTMLNode) -> PublicationDate? {
        let hints = ["date", "time", "publish", "posted", "byline", "meta"]
        for node in root.descendants() where !node.classAndID.isEmpty && hints.contains(where: node.classAndID.contains)
        {
            let text = node.innerText
            guard text.count >= 6, text.count <= 80 else { continue }
            if let date = DateTextParser.parse(text) { return date }
        }
        guard let body = root.first(named: "body") else { return nil }
        var stack: [HTMLNode] = [body]
        while let node = stack.popLast() {
            if node.isText {
                let text = HTMLNode.collapse(node.text)
                guard text.count >= 8, text.contains(where: \.isNumber) else { continue }
                if let date = DateTextParser.parse(String(text.prefix(40))) { return date }
            } else if !["script", "style", "noscript", "template"].contains(node.name) {
                stack.append(contentsOf: node.children.reversed())
            }
        }
        return nil
    }

    private struct LinkedData {
        var headline: String?
        var datePublished: String?
        var dateModified: String?
        var author: String?
        var url: String?
    }

    /// Reads schema.org JSON-LD blocks, preferring an article object over the page's other objects.
    private static func linkedData(_ root: HTMLNode) -> LinkedData {
        var result = LinkedData()
        var objects: [[(key: String, value: JSONValue)]] = []
        for script in root.descendants(named: ["script"])
        where script.attribute("type")?.lowercased().contains("ld+json") == true {
            let text = script.children.map(\.text).joined()
                .replacing("<![CDATA[", with: "").replacing("]]>", with: "")
            var reader = JSONReader(text)
            guard let values = try? reader.readAll() else { continue }
            for value in values { collect(value, into: &objects) }
        }
        let articleTypes = [
            "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
            "opinionnewsarticle", "webpage", "liveblogposting", "report", "creativework",
        ]
        func rank(_ object: [(key: String, value: JSONValue)]) -> Int {
            let types: [String]
            switch member("@type", of: object) {
            case .array(let items, _)?: types = items.compactMap(\.stringValue)
            case let value?: types = [value.stringValue ?? ""]
            case nil: types = [""]
            }
            for (index, type) in articleTypes.enumerated() where types.contains(where: { $0.lowercased() == type }) {
                return index
            }
            return articleTypes.count
        }
        for object in objects.sorted(by: { rank($0) < rank($1) }) where rank(object) < articleTypes.count {
            result.headline = result.headline ?? string("headline", of: object)
            result.datePublished = result.datePublished ?? string("datePublished", of: object)
            result.dateModified = result.dateModified ?? string("dateModified", of: object)
            result.url = result.url ?? string("url", of: object)
            if result.author == nil { result.author = personName(member("author", of: object)) }
        }
        return result
    }

    private static func member(_ key: String, of object: [(key: String, value: JSONValue)]) -> JSONValue? {
        object.first { $0.key == key }?.value
    }

    private static func string(_ key: String, of object: [(key: String, value: JSONValue)]) -> String? {
        if case .string(let text)? = member(key, of: object) { return text }
        return nil
    }

    private static func collect(_ json: JSONValue, into objects: inout [[(key: String, value: JSONValue)]]) {
        switch json {
        case .array(let items, _):
            for item in items { collect(item, into: &objects) }
        case .object(let members, _):
            objects.append(members)
            if let graph = member("@graph", of: members) { collect(graph, into: &objects) }
            if let main = member("mainEntity", of: members) { collect(main, into: &objects) }
        default:
            break
        }
    }

    private static func personName(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let name)?: return name
        case .object(let members, _)?: return string("name", of: members)
        case .array(let items, _)?:
            let names = items.compactMap { personName($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        default: return nil
        }
    }
}
