import ArchiveDomain
import ArgumentParser

/// `--format` for reading files: a named format, or `auto` to guess from each file's name, then its content.
enum FormatOption: String, ExpressibleByArgument, CaseIterable {
    case auto, text, markdown, json, html

    var sourceFormat: SourceFormat? { self == .auto ? nil : SourceFormat(rawValue: rawValue) }
}
