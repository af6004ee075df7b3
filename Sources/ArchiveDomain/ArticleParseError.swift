/// Why a file could not be read as an article; `line` is 1-based when the problem has a place.
public struct ArticleParseError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var line: Int?
    public var column: Int?

    public init(_ message: String, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String {
        switch (line, column) {
        case (let line?, let column?): return "line \(line), column \(column): \(message)"
        case (let line?, nil): return "line \(line): \(message)"
        default: return message
        }
    }
}
