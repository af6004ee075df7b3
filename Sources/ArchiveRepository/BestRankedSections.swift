/// Keeps the best `capacity` sections offered, without sorting everything that matched: a common word matches
/// thousands of sections and a page shows ten. Past a few thousand kept (a deep `--offset`), inserting in order
/// would cost more than one sort at the end, so those are collected and sorted once.
struct BestRankedSections {
    let capacity: Int
    private var sections: [RankedSection] = []
    private let keepsOrder: Bool

    init(capacity: Int) {
        self.capacity = max(capacity, 0)
        keepsOrder = self.capacity <= 2_048
        if keepsOrder { sections.reserveCapacity(self.capacity + 1) }
    }

    mutating func offer(_ section: RankedSection) {
        guard capacity > 0 else { return }
        guard keepsOrder else {
            sections.append(section)
            return
        }
        if sections.count == capacity {
            guard let worst = sections.last, section < worst else { return }
            sections.removeLast()
        }
        var low = 0
        var high = sections.count
        while low < high {
            let middle = (low + high) / 2
            if sections[middle] < section { low = middle + 1 } else { high = middle }
        }
        sections.insert(section, at: low)
    }

    /// The best sections offered, best first.
    var best: [RankedSection] {
        keepsOrder ? sections : Array(sections.sorted().prefix(capacity))
    }
}
