import ArchiveDomain
import ArchiveRepository
import ArgumentParser
import FoundationEssentials

extension Archive {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract:
                "Analyse files without an archive: print every unit (title, heading, sentence) with its claim fields.",
            discussion: "The jsonl output is the contract the evaluation scripts in ../shared/eval read.")

        @Argument(help: ArgumentHelp("Files to analyse.", valueName: "file"))
        var files: [String]

        @Option(help: "jsonl (one object per unit) or table.")
        var format: OutputFormat = .jsonl

        @Option(help: "Read every file as this format; auto guesses from each name, then from the content.")
        var inputFormat: FormatOption = .auto

        func validate() throws {
            if files.isEmpty { throw ValidationError("Give at least one file to analyse.") }
            if format == .csv || format == .json { throw ValidationError("--format must be jsonl or table.") }
        }

        func run() throws {
            let reader = DocumentReader()
            let extractor = ClaimExtractor()
            let sink = OutputSink()
            var failed = false
            for file in files {
                do {
                    guard let data = FileManager.default.contents(atPath: file) else {
                        throw ArchiveError("Cannot read '\(file)': check that it exists and is readable.")
                    }
                    let read = try reader.read([UInt8](data), format: inputFormat.sourceFormat, fileName: file)
                    for warning in read.warnings { Terminal.printError("Warning: \(file): \(warning)") }
                    let documents = read.documents
                    for document in documents {
                        for lineUnit in extractor.lineUnits(of: document) {
                            try sink.write(
                                self.format == .table
                                    ? UnitPrinter.tableLine(lineUnit) + "\n"
                                    : UnitPrinter.json(lineUnit, file: file, language: document.language) + "\n")
                        }
                    }
                } catch let error as ArticleParseError {
                    failed = true
                    try sink.flush()
                    Terminal.printError("Error: \(file): \(error)")
                } catch let error as ArchiveError {
                    failed = true
                    try sink.flush()
                    Terminal.printError("Error: \(error)")
                }
            }
            try sink.flush()
            if failed { throw ExitCode.failure }
        }
    }
}
