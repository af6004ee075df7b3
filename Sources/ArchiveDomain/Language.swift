/// The languages the archive analyses. Stemming, lexicons and claim rules exist for these two.
public enum Language: String, Sendable, CaseIterable, Codable {
    case french = "fr"
    case english = "en"
}
