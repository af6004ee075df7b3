import ArgumentParser

/// How a command prints its results.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
    case jsonl
    case csv
}

extension OutputFormat {
    /// Prints already-encoded JSON objects: one per line for `jsonl`, else as one JSON array.
    func printJSONObjects(_ objects: [String]) {
        if self == .jsonl {
            for object in objects { print(object) }
        } else {
            print("[" + objects.joined(separator: ",") + "]")
        }
    }
}
