import ArchiveRepository
import ArgumentParser

extension Archive {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write articles, sections or claims as CSV (RFC 4180, UTF-8, header row).",
            discussion: """
                Cells that a spreadsheet would run as a formula (starting with = + - @) get a leading ' \
                unless --raw is given.
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "articles, sections or claims.")
        var table: ExportTable

        @Option(
            name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")
        )
        var output: String?

        @OptionGroup var filters: FilterOptions

        @Flag(help: "Write cells exactly as stored, without protecting spreadsheet formulas.")
        var raw = false

        @Flag(help: "Start with a UTF-8 byte-order mark (for Excel).")
        var bom = false

        func run() throws {
            let repository = try global.openRepository(readOnly: true)
            let sink = try output.map { try OutputSink(path: $0) } ?? OutputSink()
            let csv = try CSVWriter(sink: sink, neutralizeFormulas: !raw, byteOrderMark: bom)
            do {
                try repository.export(table, filter: filters.filter, to: csv)
                try sink.flush()
            } catch let error as ArchiveError {
                throw error
            } catch {
                throw ArchiveError("Export failed: \(error).")
            }
        }
    }
}

extension ExportTable: ExpressibleByArgument {}
