/// A set of vocabulary ids as a table indexed by id (`Set<Int32>` hashes every lookup).
struct IDSet: Sendable {
    private var members: [Bool]

    init(_ ids: Set<Int32>) {
        members = Array(repeating: false, count: Vocabulary.count)
        for id in ids where id >= 0 { members[Int(id)] = true }
    }

    @inline(__always) func contains(_ id: Int32) -> Bool { id >= 0 && members[Int(id)] }
}
