/// Builds an `HTMLNode` tree from what `archive_html_walk` reports. Names are lower-cased as the readers expect
/// (libxml2 lower-cases ASCII only); libxml2 has already dropped repeated attributes.
final class HTMLTreeBuilder {
    let root = HTMLNode(name: "#document")
    private var open: [HTMLNode] = []

    /// The builder a walk's `context` points to.
    static func of(_ context: UnsafeMutableRawPointer?) -> HTMLTreeBuilder {
        Unmanaged<HTMLTreeBuilder>.fromOpaque(context!).takeUnretainedValue()
    }

    private var current: HTMLNode { open.last ?? root }

    func start(_ name: UnsafePointer<CChar>, _ pairs: UnsafePointer<UnsafePointer<CChar>?>?, _ count: Int) {
        var attributes: [String: String] = [:]
        for index in 0..<count {
            attributes[String(cString: pairs![2 * index]!).lowercased()] = String(cString: pairs![2 * index + 1]!)
        }
        let element = HTMLNode(name: String(cString: name).lowercased(), attributes: attributes)
        current.append(element)
        open.append(element)
    }

    func end() {
        open.removeLast()
    }

    func text(_ content: UnsafePointer<CChar>) {
        current.append(HTMLNode(name: "#text", text: String(cString: content)))
    }
}
