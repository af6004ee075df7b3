import ArchiveDomain
import FoundationEssentials

/// One thing to import: a file on disk, or standard input.
public struct InputFile: Sendable, Equatable {
    /// As the user should see it in messages (the path as given, or `-`).
    public var displayName: String
    /// Absolute path; nil for standard input.
    public var path: String?

    public static let standardInput = InputFile(displayName: "-", path: nil)

    /// Expands files and folders (recursively, in name order) into the files to import. Inside folders only
    /// names with a known extension are taken; a file named explicitly is always taken.
    public static func expand(_ arguments: [String]) -> (files: [InputFile], missing: [String]) {
        var files: [InputFile] = []
        var missing: [String] = []
        for argument in arguments {
            if argument == "-" {
                files.append(.standardInput)
                continue
            }
            let status = FileStatus(atPath: argument)
            guard status != .missing else {
                missing.append(argument)
                continue
            }
            let absolute = URL(fileURLWithPath: argument).standardizedFileURL.path
            guard status == .folder else {
                files.append(InputFile(displayName: argument, path: absolute))
                continue
            }
            for relative in articlePaths(under: absolute).sorted() {
                let display = argument.hasSuffix("/") ? argument + relative : argument + "/" + relative
                files.append(InputFile(displayName: display, path: absolute + "/" + relative))
            }
        }
        return (files, missing)
    }

    /// Paths (relative to `folder`) of the files with a known extension below it. Hidden files and folders are
    /// skipped; links to folders are not followed (a link to a file is read like the file).
    private static func articlePaths(under folder: String, prefix: String = "") -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var found: [String] = []
        for name in names where !name.hasPrefix(".") {
            let path = folder + "/" + name
            if FileStatus(atPath: path, followingLinks: false) == .folder {
                found += articlePaths(under: path, prefix: prefix + name + "/")
            } else if DocumentReader.format(forFileName: name) != nil {
                found.append(prefix + name)
            }
        }
        return found
    }
}
