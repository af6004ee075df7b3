/// Finds a page's article body, in the manner of Readability and trafilatura: drop what is never article text
/// (scripts, navigation, asides, share bars, "read also" blocks), score every container by the paragraphs it
/// holds (text length, commas, link density, class and id hints), take the best one with its good siblings,
/// clean it of the link lists and widgets left inside, and cut it into heading and paragraph blocks.
struct HTMLContentExtractor {
    typealias Piece = TextPiece

    /// How hard to prune: the first pass trusts class and id hints fully; when that leaves too little text
    /// (a page whose wrapper is named like furniture), later passes trust them less, as Readability does.
    struct Strictness {
        var dropsUnlikelyNames: Bool
        var cleansConditionally: Bool
        /// False for the last resort: all the visible text of the body, for pages that defeat the scoring.
        var choosesContainer = true

        static let passes = [
            Strictness(dropsUnlikelyNames: true, cleansConditionally: true),
            Strictness(dropsUnlikelyNames: false, cleansConditionally: true),
            Strictness(dropsUnlikelyNames: false, cleansConditionally: false),
            Strictness(dropsUnlikelyNames: false, cleansConditionally: false, choosesContainer: false),
        ]
    }

    /// Enough text to believe the extraction found the article rather than a fragment.
    static let enoughCharacters = 250

    let strictness: Strictness

    init(strictness: Strictness = Strictness.passes[0]) {
        self.strictness = strictness
    }

    /// Extracts from the tree `root` (which it changes: run each pass on a fresh parse).
    func extract(from root: HTMLNode, title: String?) -> [Piece] {
        guard let body = root.first(named: "body") ?? root.first(named: "html") else { return [] }
        prune(body)
        let container = strictness.choosesContainer ? bestContainer(in: body) : [body]
        var pieces: [Piece] = []
        for node in container {
            if strictness.cleansConditionally { clean(node) }
            emit(node, into: &pieces)
        }
        return tidy(pieces, title: title)
    }

    // MARK: Pruning

    private static let neverContent: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "button",
        "select", "input", "textarea", "nav", "aside", "footer", "header", "menu", "dialog", "figure", "picture",
        "video", "audio", "map", "label", "link", "meta", "head", "title",
    ]

    private static let unlikely = [
        "-ad-", "ad-slot", "advert", "banner", "breadcrumb", "combx", "comment", "community", "cookie", "disqus",
        "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox",
        "sidebar", "skyscraper", "social", "sponsor", "supplemental", "pagination", "pager", "popup", "share",
        "sharing", "newsletter", "subscribe", "signup", "promo", "outbrain", "taboola", "read-also", "readalso",
        "read-more", "readmore", "lire-aussi", "lireaussi", "a-lire", "more-stories", "recommend", "trending",
        "most-popular", "mostpopular", "most-read", "byline", "author-bio", "tags", "toolbar", "widget", "modal",
        "caption", "credit", "print-only", "visually-hidden", "sr-only", "screen-reader", "skip-link",
        "overlay", "masthead", "dateline", "timestamp", "follow", "inline-ad", "adslot", "ad-container",
        "ad-wrapper", "teaser", "see-also", "voir-aussi", "nocontent",
    ]
    private static let mayBeContent = [
        "and", "article", "body", "column", "content", "main", "shadow", "story", "text",
    ]

    /// Removes subtrees that are never part of an article, whatever their content.
    private func prune(_ node: HTMLNode) {
        for child in node.children where !child.isText {
            if shouldDrop(child) {
                child.removeFromParent()
            } else {
                prune(child)
            }
        }
    }

    private func shouldDrop(_ node: HTMLNode) -> Bool {
        if Self.neverContent.contains(node.name) { return true }
        // Some pages hide their whole layout until a script reveals it: hidden markers count in the first pass only.
        if strictness.dropsUnlikelyNames, node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" {
            return true
        }
        if strictness.dropsUnlikelyNames, let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
            style.contains("display:none") || style.contains("visibility:hidden")
        {
            return true
        }
        if let role = node.attribute("role")?.lowercased(),
            ["navigation", "complementary", "banner", "contentinfo", "menu", "dialog", "alert"].contains(role)
        {
            return true
        }
        if ["body", "html", "article", "main", "a"].contains(node.name) { return false }
        let hints = node.classAndID
        guard !hints.isEmpty, hints != " " else { return false }
        if strictness.dropsUnlikelyNames,
            Self.unlikely.contains(where: hints.contains) && !Self.mayBeContent.contains(where: hints.contains)
        {
            return true
        }
        return false
    }

    // MARK: Scoring

    private static let negativeHints = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote", "gdpr", "masthead",
        "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
        "sponsor", "shopping", "tags", "tool", "widget", "newsletter", "subscribe", "recommend", "teaser", "card",
        "caption", "byline", "author",
    ]
    private static let positiveHints = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story",
        "prose", "rich-text", "richtext",
    ]

    private func classWeight(_ node: HTMLNode) -> Double {
        let hints = node.classAndID
        var weight = 0.0
        if Self.negativeHints.contains(where: hints.contains) { weight -= 25 }
        if Self.positiveHints.contains(where: hints.contains) { weight += 25 }
        if node.attribute("itemprop")?.lowercased() == "articlebody" { weight += 50 }
        return weight
    }

    private func baseScore(_ node: HTMLNode) -> Double {
        var score = classWeight(node)
        switch node.name {
        case "article": score += 10
        case "div", "main", "section": score += 5
        case "pre", "td", "blockquote": score += 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score -= 3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score -= 5
        default: break
        }
        return score
    }

    private static let scoredNames: Set<String> = ["p", "pre", "td", "blockquote", "li"]

    /// The body container and the siblings that belong with it, in document order.
    private func bestContainer(in body: HTMLNode) -> [HTMLNode] {
        var candidates: [HTMLNode] = []
        for node in body.descendants() {
            let isTextDiv = node.name == "div" && !node.children.contains { HTMLNode.blockNames.contains($0.name) }
            guard Self.scoredNames.contains(node.name) || isTextDiv else { continue }
            if node.name == "li" && node.linkDensity > 0.5 { continue }
            let length = node.textLength
            guard length >= 25 else { continue }
            var contentScore = 1.0
            contentScore += Double(node.innerText.filter { $0 == "," || $0 == "，" }.count)
            contentScore += Double(min(length / 100, 3))
            var ancestor = node.parent
            var level = 0
            while let current = ancestor, level < 5, current.name != "#document" {
                if current.score == nil {
                    current.score = baseScore(current)
                    candidates.append(current)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level) * 3
                current.score! += contentScore / divider
                ancestor = current.parent
                level += 1
            }
        }
        guard !candidates.isEmpty else { return [body] }
        var top = body
        var topScore = -Double.infinity
        for candidate in candidates {
            let score = candidate.score! * (1 - candidate.linkDensity)
            candidate.score = score
            if score > topScore {
                top = candidate
                topScore = score
            }
        }
        // A parent scoring nearly as well usually holds more of the same article (split into several blocks).
        var current = top
        while let parent = current.parent, parent.name != "body", parent.name != "#document",
            let parentScore = parent.score, parentScore >= topScore * 0.9
        {
            current = parent
        }
        top = current
        topScore = top.score ?? topScore

        guard let parent = top.parent else { return [top] }
        let threshold = max(10, topScore * 0.2)
        var chosen: [HTMLNode] = []
        for sibling in parent.children where !sibling.isText {
            if sibling === top {
                chosen.append(sibling)
                continue
            }
            var bonus = 0.0
            if let topClass = top.attribute("class"), !topClass.isEmpty, sibling.attribute("class") == topClass {
                bonus += topScore * 0.2
            }
            if let score = sibling.score, score + bonus >= threshold {
                chosen.append(sibling)
            } else if sibling.name == "p" {
                let length = sibling.textLength
                let density = sibling.linkDensity
                if length > 80 && density < 0.25 {
                    chosen.append(sibling)
                } else if length > 0 && length <= 80 && density == 0 && sibling.innerText.hasSuffix(".") {
                    chosen.append(sibling)
                }
            }
        }
        return chosen
    }

    // MARK: Cleaning inside the chosen container

    /// Drops link lists, image galleries and widgets that sit inside the article container (Readability's
    /// conditional cleaning), judged by what they contain rather than by name alone.
    private func clean(_ node: HTMLNode) {
        for child in node.children where !child.isText {
            if ["div", "section", "ul", "ol", "table", "span", "dl"].contains(child.name), dropsConditionally(child) {
                child.removeFromParent()
            } else {
                clean(child)
            }
        }
    }

    private func dropsConditionally(_ node: HTMLNode) -> Bool {
        let weight = classWeight(node)
        if weight < 0 { return true }
        let text = node.innerText
        if text.filter({ $0 == "," }).count >= 10 { return false }
        let paragraphs = node.descendants(named: ["p"]).count
        let images = node.descendants(named: ["img"]).count
        // As in Readability: list items weigh against a block only when they outnumber its paragraphs by 100,
        // so an article's own bullet lists survive while link farms do not.
        let items = node.descendants(named: ["li"]).count - 100
        let length = text.count
        let density = node.linkDensity
        let isList = node.name == "ul" || node.name == "ol"
        if length == 0 { return images == 0 }
        if images > 1 && Double(paragraphs) / Double(images) < 0.5 { return true }
        if !isList && items > paragraphs { return true }
        if length < 25 && images > 0 && node.name != "span" { return true }
        if weight < 25 && density > 0.2 && (isList || paragraphs == 0 || density > 0.5) { return true }
        if weight >= 25 && density > 0.5 { return true }
        return false
    }

    // MARK: Blocks

    private static let headingNames: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Cuts a subtree into blocks: each heading is one, and each run of inline text between block elements
    /// is one paragraph (so text directly inside a `div` is kept as well as `p` elements).
    func emit(_ node: HTMLNode, into pieces: inout [Piece]) {
        var buffer = ""
        func flush() {
            let text = HTMLNode.collapse(buffer)
            if !text.isEmpty { pieces.append(Piece(isHeading: false, text: text)) }
            buffer = ""
        }
        func walk(_ node: HTMLNode) {
            if node.isText {
                buffer += node.text
                return
            }
            if Self.headingNames.contains(node.name) {
                flush()
                let text = node.innerText
                if !text.isEmpty { pieces.append(Piece(isHeading: true, text: text)) }
                return
            }
            if node.name == "br" {
                // Two breaks in a row separate paragraphs in pages that use no `p`.
                buffer += "\n"
                if buffer.hasSuffix("\n\n") || buffer.hasSuffix("\n \n") { flush() }
                return
            }
            let isBlock = HTMLNode.blockNames.contains(node.name)
            if isBlock { flush() }
            for child in node.children { walk(child) }
            if isBlock { flush() } else if node.name == "img" { buffer += " " }
        }
        walk(node)
        flush()
    }

    /// Removes the title when the body repeats it, and lines that are page furniture rather than text.
    private func tidy(_ pieces: [Piece], title: String?) -> [Piece] {
        var result: [Piece] = []
        for piece in pieces {
            if let title, piece.text == title, result.isEmpty || piece.isHeading { continue }
            if piece.isHeading, piece.text.count > 200 {
                result.append(Piece(isHeading: false, text: piece.text))
                continue
            }
            result.append(piece)
        }
        // A trailing heading with nothing after it is a widget's title ("Related", "More on this").
        while let last = result.last, last.isHeading { result.removeLast() }
        return result
    }
}
