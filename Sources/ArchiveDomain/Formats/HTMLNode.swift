/// A node of a parsed HTML page as the article extractor sees it: an element with its attributes and children,
/// or a run of text. Built once from libxml2's tree so the extraction works on plain Swift values.
final class HTMLNode {
    /// Lower-case element name, or `#text` for text.
    let name: String
    /// The characters of a text node; empty for elements.
    let text: String
    let attributes: [String: String]
    var children: [HTMLNode] = []
    weak var parent: HTMLNode?
    /// Scratch space for the extractor's scores.
    var score: Double?

    init(name: String, text: String = "", attributes: [String: String] = [:]) {
        self.name = name
        self.text = text
        self.attributes = attributes
    }

    var isText: Bool { name == "#text" }

    func append(_ child: HTMLNode) {
        child.parent = self
        children.append(child)
    }

    func attribute(_ key: String) -> String? { attributes[key] }

    /// `class` and `id` together, lower-cased: what the extractor's name hints look at.
    lazy var classAndID: String = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()

    /// Every element below this one, depth first, in document order.
    func descendants(named names: Set<String>? = nil) -> [HTMLNode] {
        var found: [HTMLNode] = []
        var stack: [HTMLNode] = children.reversed()
        while let node = stack.popLast() {
            if !node.isText, names == nil || names!.contains(node.name) { found.append(node) }
            stack.append(contentsOf: node.children.reversed())
        }
        return found
    }

    func first(named name: String) -> HTMLNode? {
        var stack: [HTMLNode] = [self]
        while let node = stack.popLast() {
            if node.name == name { return node }
            stack.append(contentsOf: node.children.reversed())
        }
        return nil
    }

    /// All text below, white space collapsed.
    var innerText: String {
        var raw = ""
        appendText(to: &raw)
        return HTMLNode.collapse(raw)
    }

    private func appendText(to raw: inout String) {
        if isText {
            raw += text
            return
        }
        if name == "br" {
            raw += "\n"
            return
        }
        for child in children { child.appendText(to: &raw) }
        if HTMLNode.blockNames.contains(name) { raw += " " }
    }

    /// Number of characters of text below, white space collapsed (cached: the scorer asks often).
    lazy var textLength: Int = innerText.count

    /// Characters inside links below, over all characters.
    lazy var linkDensity: Double = {
        let total = textLength
        guard total > 0 else { return 0 }
        let linked = descendants(named: ["a"]).reduce(0) { $0 + $1.textLength }
        return min(1, Double(linked) / Double(total))
    }()

    func removeFromParent() {
        guard let parent else { return }
        parent.children.removeAll { $0 === self }
        self.parent = nil
    }

    static func collapse(_ raw: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in raw where character != "\u{00AD}" {
            // Soft hyphens are invisible break hints; inside words they would split them for search.
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

    static let blockNames: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
        "ul", "html", "center", "summary",
    ]
}
