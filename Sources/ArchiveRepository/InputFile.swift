import ArchiveDomain
import Foundation

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
        let manager = FileManager.default
        for argument in arguments {
            if argument == "-" {
                files.append(.standardInput)
                continue
            }
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isFolder) else {
                missing.append(argument)
                continue
            }
            let absolute = URL(fileURLWithPath: argument).standardizedFileURL.path
            guard isFolder.boolValue else {
                files.append(InputFile(displayName: argument, path: absolute))
                continue
            }
            guard let walker = manager.enumerator(atPath: absolute) else { continue }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    if (walker.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory {
                        walker.skipDescendants()
                    }
                    continue
                }
                if DocumentReader.format(forFileName: name) != nil,
                    (walker.fileAttributes?[.type] as? FileAttributeType) != .typeDirectory
                {
                    found.append(relative)
                }
            }
            for relative in found.sorted() {
                let display = argument.hasSuffix("/") ? argument + relative : argument + "/" + relative
                files.append(InputFile(displayName: display, path: absolute + "/" + relative))
            }
        }
        return (files, missing)
    }
}
