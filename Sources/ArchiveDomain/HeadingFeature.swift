/// One fact about a body line that the heading detector weighs. The cases and their meaning mirror
/// `scripts/heading_features.py`, which derives the weights; keep the two in step.
public enum HeadingFeature: String, CaseIterable, Sendable {
    /// Always present: the prior that a line is not a heading.
    case bias
    case oneWord
    case twoOrThreeWords
    case fourToEightWords
    case nineToTwelveWords
    case thirteenToTwentyWords
    /// Ends with `.`, `;` or `,`.
    case endsSentence
    case endsColon
    /// Ends with `?`, possibly inside a closing quote.
    case endsQuestion
    case endsExclamation
    /// Opens and closes with quotation marks: a quote used as intertitle, or a quoted sentence.
    case wholeQuote
    /// Closes with a quotation mark it did not open with: usually a sentence ending on a quote.
    case endsQuoteOnly
    /// `- Title -`: the explicit intertitle mark of wire copy.
    case dashWrapped
    /// Starts with a list bullet (`•`, `*`, `- `).
    case listBullet
    /// Starts with an arrow or diamond (`►`, `♦`), which some pages use for intertitles.
    case arrow
    /// `1. …`, `12) …`, `a) …`.
    case numbered
    /// Starts with a digit but is not numbered: quantities, scores, dates.
    case startsDigit
    case startsLowercase
    /// Starts with some other symbol: brackets, separators, emoji.
    case startsOther
    case allCaps
    /// Most words of four letters or more are capitalised.
    case titleCase
    /// A photo credit, caption or by-line (`Photo : AFP`, `© Getty`, `By Jane Doe`).
    case credit
    /// A web address or handle.
    case link
    /// A short label before a colon inside the line (`Protein: 5 g`).
    case labelColon
    /// Two commas or more: an enumeration rather than a title.
    case manyCommas
    case firstBodyLine
    /// Among the last three lines, where sign-offs and sharing prompts sit.
    case nearEnd
    /// The next line has 25 words or more.
    case nextLong
    case nextLowercase
    case prevShort
    case nextShort
    /// Part of three or more short lines in a row: a list, not a heading.
    case inShortRun
    /// Shares its first word with a neighbour, as list items do.
    case sharesFirstWord
    /// Running text (or the title) before it and running text after it.
    case isolated
    case isolatedQuestion
    case isolatedQuote
    case isolatedNumbered
    case isolatedBullet
    case isolatedTitleCase
    case isolatedCaps
    /// The article marks its intertitles with dashes, and this line is not one of them.
    case articleMarksHeadings
    /// Four lines in ten or more are short: a list-heavy page.
    case shortShareHigh
    /// `Q: …`, `Question – …`: an interview question.
    case questionPrefix
    /// Four words or fewer ending with a colon (`Background:`).
    case shortLabel
    case noLetters
    case endsDigit
    /// The line before ends with a colon, so this one is what it announced.
    case prevEndsColon
    /// A day next to a month name (`April 3`, `27 juin`).
    case dateLike
    /// Starts like another line of the article that is not running text (same first word, or both numbered), not
    /// its neighbour: headings of one article tend to be built alike (`Q: …`, `Step 1 …`, `Common mistake #3: …`).
    case parallel
}
