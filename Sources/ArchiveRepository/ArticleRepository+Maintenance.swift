import ArchiveDomain
import ArchiveSQLite
import FoundationEssentials
import Glibc

extension ArticleRepository {
    /// Checks everything a crash, a bug or a damaged disk could break, and reports it instead of throwing: the
    /// file's integrity, the full-text index against its content, orphan rows, articles missing sections and
    /// the schema version. The structural checks share one read transaction so a concurrent import cannot make
    /// them report half-written work; each full-text check is its own statement (it needs the write lock briefly).
    public func check() -> CheckReport {
        var report = CheckReport()
        report.schemaVersion = schemaVersion
        if report.schemaVersion != Schema.latestVersion {
            report.problems.append(
                "schema version \(report.schemaVersion), but this build of archive expects \(Schema.latestVersion)")
        }
        do {
            // A damaged file makes every later answer meaningless: stop at the integrity check then.
            let intact = try reading {
                try checkIntegrity(into: &report)
                guard report.problems.isEmpty else { return false }
                try checkLinks(into: &report)
                let counts = try database.fetchOne(Self.countsSQL) { (try $0.int(0), try $0.int(1), try $0.int(2)) }
                if let counts { (report.articles, report.sections, report.claims) = counts }
                let deferred = try deferredIndexNames()
                if !deferred.isEmpty {
                    // Not damage: a large import builds them at its end (migration 0007).
                    report.notes.append(
                        "indexes \(deferred.joined(separator: ", ")) are being rebuilt by an import, or were left "
                            + "by an interrupted one: the next archive import rebuilds them "
                            + "(actor lists are slower until then)")
                }
                return true
            }
            if intact { try checkFullTextIndex(into: &report) }
        } catch {
            report.problems.append("the archive could not be read to the end: \(Self.reason(error))")
        }
        return report
    }

    private func checkIntegrity(into report: inout CheckReport) throws {
        let lines = try database.fetchAll("PRAGMA integrity_check(20)") { try $0.string(0) }
        if lines != ["ok"] {
            report.problems += lines.map { "file integrity: \($0)" }
        }
    }

    private func checkLinks(into report: inout CheckReport) throws {
        for (sql, problem) in Self.linkChecks {
            let ids = try database.fetchAll(sql) { try $0.int64(0) }
            guard !ids.isEmpty else { continue }
            let shown = ids.prefix(10).map(String.init).joined(separator: ", ")
            report.problems.append("\(ids.count) \(problem): \(shown)\(ids.count > 10 ? ", …" : "")")
        }
    }

    /// FTS5's own check; with rank 1 (SQLite 3.40) it also compares the index with the rows it was built from,
    /// so a row written or removed behind the triggers' back shows up. It runs through this connection because
    /// a custom tokenizer may be registered on it that the sqlite3 shell would not know. FTS5 runs it as an
    /// INSERT, so a read-only archive cannot run it: that is reported as a note, not as damage.
    private func checkFullTextIndex(into report: inout CheckReport) throws {
        do {
            try database.execute(Self.ftsIntegritySQL)
        } catch let error as SQLiteError where error.isCorrupt {
            report.problems.append("full-text index section_fts does not match the text it indexes")
        } catch let error as SQLiteError where error.isReadOnly {
            report.notes.append("full-text index section_fts not checked: the archive is read-only")
        }
    }

    /// Copies the archive to `destination` as one consistent snapshot, even while another process writes:
    /// `VACUUM INTO` reads inside a single read transaction. The copy is written beside the destination and
    /// renamed into place, so an interrupted backup never leaves a half-written file under the final name.
    public func backup(to destination: String, replacing: Bool = false) throws(ArchiveError) {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: destination).standardizedFileURL.path
        let source = URL(fileURLWithPath: path).standardizedFileURL.path
        if target == source || target == source + "-wal" || target == source + "-shm" {
            throw ArchiveError("'\(destination)' is the archive itself; give another file name for the backup.")
        }
        let existing = FileStatus(atPath: target)
        if existing != .missing {
            if existing == .folder {
                throw ArchiveError("'\(destination)' is a folder; give a file name for the backup.")
            }
            if !replacing {
                throw ArchiveError("'\(destination)' already exists; choose another name or use --force to replace it.")
            }
        }
        let folder = FileStatus.folder(of: target)
        if FileStatus(atPath: folder) != .folder {
            throw ArchiveError("Cannot write '\(destination)': the folder '\(folder)' does not exist.")
        }
        let partial = target + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        try? manager.removeItem(atPath: partial)
        do {
            try database.execute("VACUUM INTO ?", [partial])
            let copy = try Database(path: partial, mode: .readOnly)
            let verdict = try copy.fetchOne("PRAGMA quick_check") { try $0.string(0) }
            guard verdict == "ok" else {
                throw ArchiveError(
                    "The backup written to '\(destination)' failed its check (\(verdict ?? "no answer")).")
            }
        } catch {
            try? manager.removeItem(atPath: partial)
            if let archiveError = error as? ArchiveError { throw archiveError }
            throw ArchiveError.storage(error, while: "write the backup '\(destination)'")
        }
        if rename(partial, target) != 0 {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(atPath: partial)
            throw ArchiveError("Cannot write '\(destination)': \(reason).")
        }
    }

    /// Which of `ids` are in the archive, in the order given.
    public func existingIDs(_ ids: [ArticleID]) throws -> [ArticleID] {
        try ids.filter { id in try database.fetchOne(Self.articleExistsSQL, [id.rawValue]) { _ in true } ?? false }
    }

    /// Runs `body` in one read transaction, so several queries see the same snapshot: a reader showing an article
    /// while an import replaces it gets the old or the new article whole, never the title of one and the
    /// sections of the other.
    public func reading<T>(_ body: () throws -> T) throws -> T {
        if database.isInTransaction { return try body() }
        try database.execute("BEGIN")
        defer { try? database.execute("COMMIT") }
        return try body()
    }

    private static func reason(_ error: Error) -> String {
        if let sqlite = error as? SQLiteError {
            return sqlite.isCorrupt ? "the file is damaged (\(sqlite.message))" : sqlite.message
        }
        return "\(error)"
    }

    static let articleExistsSQL = "SELECT 1 FROM article WHERE id = ?"
    static let ftsIntegritySQL = "INSERT INTO section_fts (section_fts, rank) VALUES ('integrity-check', 1)"
    static let linkChecks: [(sql: String, problem: String)] = [
        (
            "SELECT a.id FROM article a WHERE NOT EXISTS (SELECT 1 FROM section s WHERE s.article_id = a.id) ORDER BY a.id",
            "articles without any section (ids)"
        ),
        (
            """
            SELECT article_id FROM section GROUP BY article_id
            HAVING min(position) != 0 OR max(position) + 1 != count(*) ORDER BY article_id
            """,
            "articles with a section missing between their first and last (ids)"
        ),
        (
            "SELECT s.id FROM section s WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.id = s.article_id) ORDER BY s.id",
            "sections whose article is gone (section ids)"
        ),
        (
            "SELECT s.id FROM section s WHERE s.id != s.article_id * \(SectionRowID.maximumPerArticle) + s.position "
                + "ORDER BY s.id",
            "sections whose id does not carry their article and position (section ids)"
        ),
        (
            """
            SELECT c.id FROM claim c
            WHERE NOT EXISTS (SELECT 1 FROM section s WHERE s.id = c.section_id AND s.article_id = c.article_id)
            ORDER BY c.id
            """,
            "claims whose section or article is gone (claim ids)"
        ),
        (
            "SELECT t.article_id FROM article_tag t WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.id = t.article_id)",
            "tags whose article is gone (article ids)"
        ),
        (
            """
            SELECT c.id FROM claim c JOIN section s ON s.id = c.section_id
            WHERE c.end_offset < c.start_offset OR c.text != substr(s.text, c.start_offset + 1, c.end_offset - c.start_offset)
            ORDER BY c.id
            """,
            "claims whose text no longer matches its section (claim ids)"
        ),
        (
            // Claim search finds a claim's words by these positions in the section index.
            """
            SELECT c.id FROM claim c JOIN section s ON s.id = c.section_id
            WHERE c.token_start != archive_word_position(s.text, c.start_offset)
               OR c.token_end != archive_word_position(s.text, c.end_offset)
            ORDER BY c.id
            """,
            "claims whose word span no longer matches its section (claim ids)"
        ),
    ]
}

extension ArticleRepository {
    /// The schema version once another process's migration has finished: a reader that opens an archive while
    /// an import is creating or upgrading it sees the old version until that transaction commits, which takes
    /// milliseconds. Waits up to about two seconds, then returns what it sees.
    static func awaitMigration(of database: Database) throws -> Int {
        var version = try database.userVersion
        for _ in 0..<100 where version < Schema.latestVersion {
            usleep(20_000)
            version = try database.userVersion
        }
        return version
    }
}
