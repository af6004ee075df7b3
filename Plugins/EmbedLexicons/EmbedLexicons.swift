import Foundation
import PackagePlugin

/// Embeds the target's `Lexicons/*.json` as Swift source, so the claim extractor's word lists travel inside
/// the binary (no resource bundle to ship beside it) and are still edited as plain data files.
@main
struct EmbedLexicons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = target.directoryURL.appending(path: "Lexicons")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLexicons.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) lexicons",
                executable: try context.tool(named: "FileEmbedderTool").url,
                arguments: [output.path, "EmbeddedLexicons"] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }
}
