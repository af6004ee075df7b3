import Foundation

// Usage: MigrationEmbedderTool OUTPUT.swift NNNN_name.sql…
// Writes `enum EmbeddedMigrations { static let all: [Migration] }` with each file's SQL as a raw string.
let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first else {
    FileHandle.standardError.write(Data("usage: MigrationEmbedderTool OUTPUT FILE…\n".utf8))
    exit(2)
}

var source = """
    // Generated from migrations/*.sql by the EmbedMigrations plugin. Do not edit.
    import ArchiveSQLite

    enum EmbeddedMigrations {
        static let all: [Migration] = [

    """
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    let name = url.deletingPathExtension().lastPathComponent
    guard let version = Int(name.prefix { $0.isNumber }), version > 0 else {
        FileHandle.standardError.write(Data("error: \(path): a migration file name must start with its number\n".utf8))
        exit(1)
    }
    let sql = try String(contentsOf: url, encoding: .utf8)
    // A raw string whose delimiter cannot occur in the SQL.
    var hashes = "#"
    while sql.contains("\"" + hashes) { hashes += "#" }
    source += "        Migration(version: \(version), name: \"\(name)\", sql: \(hashes)\"\"\"\n"
    source += sql.split(separator: "\n", omittingEmptySubsequences: false).map { "            " + $0 }
        .joined(separator: "\n")
    source += "\n            \"\"\"\(hashes)),\n"
}
source += "    ]\n}\n"
try source.write(toFile: outputPath, atomically: true, encoding: .utf8)
