import FoundationEssentials

/// The import's progress on standard error, rewritten in place: files done of total, articles per second and
/// time left. Draws only on a terminal; other output clears it first so lines never mix.
final class ProgressLine {
    private let total: Int
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var shown = false

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled && Terminal.isErrorInteractive && total > 1
    }

    /// Redraws at most ten times a second (drawing costs more than importing a small file).
    func update(filesDone: Int, articles: Int) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 || filesDone == total else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(articles) / elapsed
        var line = "\(filesDone)/\(total) files, \(Int(rate.rounded())) articles/s"
        if filesDone > 0, filesDone < total {
            let remaining = elapsed / Double(filesDone) * Double(total - filesDone)
            line += ", about \(Self.duration(remaining)) left"
        }
        Terminal.writeError("\r\u{1B}[K" + line)
        shown = true
    }

    /// Erases the line so the next message starts on a clean row.
    func clear() {
        guard shown else { return }
        Terminal.writeError("\r\u{1B}[K")
        shown = false
    }

    private static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        if whole < 60 { return "\(whole)s" }
        if whole < 3_600 { return "\(whole / 60)m\(TextFormat.zeroPadded(whole % 60, digits: 2))s" }
        return "\(whole / 3_600)h\(TextFormat.zeroPadded(whole / 60 % 60, digits: 2))m"
    }
}
