import ArgumentParser

/// How a command prints its results.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
    case jsonl
    case csv
}
