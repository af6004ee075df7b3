import ArchiveRepository
import FoundationEssentials
import Glibc

/// How text reaches the user's terminal: bold highlights when standard output is a terminal, plain markers
/// when it is piped.
enum Terminal {
    static let isInteractive = isatty(STDOUT_FILENO) != 0
    static let isErrorInteractive = isatty(STDERR_FILENO) != 0

    /// Replaces the snippet's match marks with bold (terminal) or `[`…`]` (pipe).
    static func highlight(_ snippet: String) -> String {
        let (open, close) = isInteractive ? ("\u{1B}[1m", "\u{1B}[0m") : ("[", "]")
        return snippet.replacing(SearchHit.matchStart, with: open).replacing(SearchHit.matchEnd, with: close)
    }

    static func dim(_ text: String) -> String {
        isInteractive ? "\u{1B}[2m" + text + "\u{1B}[0m" : text
    }

    static func printError(_ message: String) {
        writeError(message + "\n")
    }

    /// Writes `text` to standard error as it is, at once.
    static func writeError(_ text: String) {
        let sink = OutputSink(standardError: true)
        try? sink.write(text)
        try? sink.flush()
    }
}
