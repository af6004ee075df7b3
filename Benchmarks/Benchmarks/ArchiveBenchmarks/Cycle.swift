/// Hands out the elements in turn, starting again after the last: a per-article benchmark measures one article a
/// sample, so its percentiles describe the spread over the corpus, short dispatches to long features.
final class Cycle<Element> {
    let elements: [Element]
    private var index = 0

    init(_ elements: [Element]) {
        precondition(!elements.isEmpty, "nothing to cycle through")
        self.elements = elements
    }

    func next() -> Element {
        defer { index = (index + 1) % elements.count }
        return elements[index]
    }
}
