/// Removes Markdown's inline markup, keeping what a reader sees: link and emphasis text stays, images,
/// HTML tags and escapes go.
enum MarkdownInline {
    static func plain(_ line: Substring) -> String {
        let characters = Array(line)
        var result = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\" where index + 1 < characters.count && characters[index + 1].isPunctuationOrSymbol:
                result.append(characters[index + 1])
                index += 2
            case "!" where index + 1 < characters.count && characters[index + 1] == "[":
                // An image: its alt text is not part of the article's prose.
                if let (_, next) = link(characters, from: index + 1) {
                    index = next
                } else {
                    result.append("!")
                    index += 1
                }
            case "[":
                if let (text, next) = link(characters, from: index) {
                    result += plain(Substring(text))
                    index = next
                } else {
                    result.append("[")
                    index += 1
                }
            case "<":
                if let close = characters[index...].firstIndex(of: ">"), close > index + 1 {
                    let inside = String(characters[(index + 1)..<close])
                    if inside.hasPrefix("http://") || inside.hasPrefix("https://")
                        || inside.contains("@") && !inside.contains(" ")
                    {
                        result += inside
                    }
                    index = close + 1
                } else {
                    result.append("<")
                    index += 1
                }
            case "*", "_", "~":
                // Emphasis markers: dropped when they open or close a run, kept inside words (snake_case, 2*3).
                var run = index
                while run < characters.count && characters[run] == character { run += 1 }
                let before = index > 0 ? characters[index - 1] : " "
                let after = run < characters.count ? characters[run] : " "
                if character == "_" && before.isLetterOrDigit && after.isLetterOrDigit {
                    result += String(characters[index..<run])
                } else if before.isWhitespace && after.isWhitespace {
                    result += String(characters[index..<run])
                }
                index = run
            case "`":
                var run = index
                while run < characters.count && characters[run] == "`" { run += 1 }
                index = run
            default:
                result.append(character)
                index += 1
            }
        }
        return HTMLEntities.decode(result)
    }

    /// `[text](target)` or `[text][ref]` starting at `start`: the text and the index after the link.
    private static func link(_ characters: [Character], from start: Int) -> (String, Int)? {
        var depth = 0
        var index = start
        while index < characters.count {
            if characters[index] == "[" { depth += 1 }
            if characters[index] == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            index += 1
        }
        guard index < characters.count else { return nil }
        let text = String(characters[(start + 1)..<index])
        let after = index + 1
        if after < characters.count, characters[after] == "(" || characters[after] == "[" {
            let close: Character = characters[after] == "(" ? ")" : "]"
            guard let end = characters[after...].firstIndex(of: close) else { return nil }
            return (text, end + 1)
        }
        return nil
    }
}

extension Character {
    var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
    var isLetterOrDigit: Bool { isLetter || isNumber }
}
