import ArchiveRepository
import ArgumentParser

extension Archive {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stats", abstract: "Count what the archive holds.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let repository = try global.openRepository(readOnly: true)
            let stats = try repository.statistics()
            let languages = stats.articlesPerLanguage.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            print("archive    \(repository.path)")
            print("articles   \(stats.articles)" + (languages.isEmpty ? "" : " (\(languages.joined(separator: ", ")))"))
            print("sections   \(stats.sections)")
            print("claims     \(stats.claims)")
            print("words      \(stats.words)")
            print(
                "dates      \(stats.earliest.map { String($0.prefix(10)) } ?? "-") to \(stats.latest.map { String($0.prefix(10)) } ?? "-")"
            )
            print("size       \(Self.humanBytes(stats.databaseBytes))")
            print("schema     version \(stats.schemaVersion)")
        }

        static func humanBytes(_ bytes: Int) -> String {
            let units = ["B", "KB", "MB", "GB", "TB"]
            var value = Double(bytes)
            var unit = 0
            while value >= 1000, unit < units.count - 1 {
                value /= 1000
                unit += 1
            }
            return unit == 0 ? "\(bytes) B" : TextFormat.oneDecimal(value) + " " + units[unit]
        }
    }
}
