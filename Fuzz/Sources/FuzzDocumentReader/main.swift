import ArchiveDomain
import ArchiveRepository
import FuzzerDriver

#if canImport(Glibc)
    import Glibc
#endif

/// The parser under test: fixed by ARCHIVE_FUZZ_FORMAT (text, markdown, json, html) so each parser can be run
/// and counted on its own, else chosen by the input's first byte so one corpus reaches them all.
private let fixedFormat: SourceFormat? = getenv("ARCHIVE_FUZZ_FORMAT").flatMap {
    SourceFormat(rawValue: String(cString: $0))
}

/// Made once: each makes an in-memory SQLite connection.
nonisolated(unsafe) let wordCounter = try! WordCounter()

/// One input. A parse error is the expected answer to bad input; a trap (overflow, index out of range, force
/// unwrap) or a hang is a finding.
func fuzzDocumentReader(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    var bytes = Array(UnsafeBufferPointer(start: start, count: count))
    let format: SourceFormat
    if let fixedFormat {
        format = fixedFormat
    } else {
        guard let first = bytes.first else { return 0 }
        format = SourceFormat.allCases[Int(first) % SourceFormat.allCases.count]
        bytes.removeFirst()
    }
    guard let documents = try? DocumentReader().read(bytes, format: format) else { return 0 }
    for document in documents {
        // The import's CPU work on what the parser returned: sentence splitting, claim extraction, hashing.
        // Only counting words can fail (out of memory), which no input can cause.
        let prepared = try! PreparedArticle(sourcePath: "fuzz", document: document, counter: wordCounter)
        // The article keeps only its claims' rows; its units are analysed again here to check their offsets.
        let sectionUnits = ClaimExtractor().analyze(
            sections: prepared.sections.map(\.text), language: document.language,
            context: ClaimContext(document: document))
        for (section, units) in zip(prepared.sections, sectionUnits) {
            let scalars = Array(section.text.unicodeScalars)
            for unit in units {
                // Offsets are code points into the section text: they must stay inside it.
                precondition(
                    0 <= unit.start && unit.start <= unit.end && unit.end <= scalars.count, "unit out of bounds")
                // `archive check` holds stored claims to this: their text is exactly that span of the section.
                var span = String.UnicodeScalarView()
                span.append(contentsOf: scalars[unit.start..<unit.end])
                precondition(String(span) == unit.text, "unit text differs from its span")
            }
        }
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzDocumentReader($0, $1) })
