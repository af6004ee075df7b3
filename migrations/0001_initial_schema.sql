-- Articles, their sections and the claims extracted from them, with full-text indexes kept in sync by triggers.

CREATE TABLE article (
    id              INTEGER PRIMARY KEY,
    title           TEXT    NOT NULL,
    published       TEXT,                                  -- ISO 8601: 2025-03-20, 2025-03-20T09:01:00, …Z/+01:00
    lang            TEXT    NOT NULL CHECK (lang IN ('fr', 'en')),
    source_path     TEXT    NOT NULL UNIQUE,               -- absolute path, or a name for standard input
    content_sha256  TEXT    NOT NULL,                      -- of the normalised content, for change and duplicate detection
    imported_at     TEXT    NOT NULL,                      -- ISO 8601 UTC
    word_count      INTEGER NOT NULL,
    format          TEXT    NOT NULL DEFAULT 'text',
    url             TEXT,
    author          TEXT,
    metadata_json   TEXT    NOT NULL DEFAULT '{}'          -- fields of the source we do not model, kept verbatim
) STRICT;
CREATE INDEX article_published ON article (published);
CREATE INDEX article_sha ON article (content_sha256);

CREATE TABLE article_tag (
    article_id  INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    tag         TEXT    NOT NULL,
    PRIMARY KEY (article_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX article_tag_tag ON article_tag (tag);

CREATE TABLE section (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,                          -- 0-based order in the article
    heading     TEXT,                                      -- NULL for the lead section
    text        TEXT    NOT NULL,                          -- NFC, paragraphs separated by a newline
    UNIQUE (article_id, position)
) STRICT;

CREATE TABLE claim (
    id                  INTEGER PRIMARY KEY,
    article_id          INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    section_id          INTEGER NOT NULL REFERENCES section (id) ON DELETE CASCADE,
    sentence_index      INTEGER NOT NULL,                  -- 0-based over all units of the section
    clause_index        INTEGER NOT NULL DEFAULT 0,
    start_offset        INTEGER NOT NULL,                  -- Unicode code points, half-open, in section text
    end_offset          INTEGER NOT NULL,
    text                TEXT    NOT NULL,                  -- = substr(section.text, start_offset + 1, end_offset - start_offset)
    lang                TEXT    NOT NULL CHECK (lang IN ('fr', 'en')),
    kind                TEXT    NOT NULL
        CHECK (kind IN ('factual', 'prediction', 'causal', 'comparative', 'quantitative', 'opinion')),
    kinds_json          TEXT    NOT NULL,
    hedging             TEXT    NOT NULL CHECK (hedging IN ('asserted', 'hedged', 'conditional')),
    cues_json           TEXT    NOT NULL,
    vague               INTEGER NOT NULL DEFAULT 0,
    attribution_source  TEXT,
    attribution_type    TEXT CHECK (attribution_type IN ('named', 'pronoun', 'vague', 'anonymous')),
    attribution_cue     TEXT,
    attribution_start   INTEGER,
    attribution_end     INTEGER,
    actors_json         TEXT    NOT NULL,
    numbers_json        TEXT    NOT NULL,
    checkworthiness     REAL    NOT NULL,
    extractor_version   TEXT    NOT NULL
) STRICT;
CREATE INDEX claim_article ON claim (article_id, section_id, sentence_index);
CREATE INDEX claim_section ON claim (section_id);

-- Sections are indexed with their article's title so one ranking weighs title > heading > body.
CREATE VIEW section_document AS
    SELECT s.id AS id, a.title AS title, s.heading AS heading, s.text AS body
    FROM section s JOIN article a ON a.id = s.article_id;

CREATE VIRTUAL TABLE section_fts USING fts5(
    title, heading, body,
    content = 'section_document', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE claim_fts USING fts5(
    text,
    content = 'claim', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- New rows are indexed by the repository with single-row INSERTs into the FTS tables, not by AFTER INSERT
-- triggers: a statement that fires a trigger opens a statement journal, and every statement-journal release
-- makes FTS5 flush its pending terms to a new segment, which made bulk imports several times slower.
-- Deletes and updates stay on triggers, so removing rows by any route keeps the indexes consistent.

-- Sections go before their article so the section triggers below still see its title.
CREATE TRIGGER article_bd BEFORE DELETE ON article BEGIN
    DELETE FROM section WHERE article_id = old.id;
END;

CREATE TRIGGER article_au_title AFTER UPDATE OF title ON article BEGIN
    INSERT INTO section_fts (section_fts, rowid, title, heading, body)
        SELECT 'delete', s.id, old.title, s.heading, s.text FROM section s WHERE s.article_id = old.id;
    INSERT INTO section_fts (rowid, title, heading, body)
        SELECT s.id, new.title, s.heading, s.text FROM section s WHERE s.article_id = new.id;
END;

CREATE TRIGGER section_ad AFTER DELETE ON section BEGIN
    INSERT INTO section_fts (section_fts, rowid, title, heading, body)
        VALUES ('delete', old.id, (SELECT title FROM article WHERE id = old.article_id), old.heading, old.text);
END;

CREATE TRIGGER section_au AFTER UPDATE ON section BEGIN
    INSERT INTO section_fts (section_fts, rowid, title, heading, body)
        VALUES ('delete', old.id, (SELECT title FROM article WHERE id = old.article_id), old.heading, old.text);
    INSERT INTO section_fts (rowid, title, heading, body)
        VALUES (new.id, (SELECT title FROM article WHERE id = new.article_id), new.heading, new.text);
END;

CREATE TRIGGER claim_ad AFTER DELETE ON claim BEGIN
    INSERT INTO claim_fts (claim_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TRIGGER claim_au AFTER UPDATE OF text ON claim BEGIN
    INSERT INTO claim_fts (claim_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO claim_fts (rowid, text) VALUES (new.id, new.text);
END;
