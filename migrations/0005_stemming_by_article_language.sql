-- Words are stemmed in their article's language only: a French `attendent` no longer shares the English root of
-- `attended`, nor an English `sales` the French root of `saler`. The tokenizer cannot see the row it indexes, so
-- every text the indexes are given starts with a one-byte mark naming the language: char(17) French, char(18)
-- English (ARCHIVE_SEARCH_FRENCH_MARK / _ENGLISH_MARK in CSearchTokenizer.h). The views below add it for FTS5
-- ('rebuild', 'integrity-check', snippet(), highlight()), the triggers for deletes and updates, and the repository
-- when it indexes new rows: all must give FTS5 the same text, or an external-content delete removes the wrong
-- terms. The vocabulary keeps each word's roots per language. Both indexes are dropped and rebuilt.

DROP TABLE section_fts;
DROP TABLE claim_fts;

-- Dropped, not altered: the rebuild below fills it again. A word's roots for each language are computed together
-- the first time it is seen (one pass over both dictionaries, as before), so a query without a language still gets
-- both dictionaries' roots for a word that only one language's articles have.
DROP TABLE search_vocabulary;
CREATE TABLE search_vocabulary (
    word            TEXT NOT NULL PRIMARY KEY,  -- lower case, accents kept, as the text has it
    folded          TEXT NOT NULL,              -- lower case, no accents
    roots           TEXT NOT NULL,              -- space-separated index roots, both dictionaries (text without mark)
    roots_fr        TEXT NOT NULL,              -- … in a French article
    roots_en        TEXT NOT NULL,              -- … in an English article
    query_roots     TEXT NOT NULL,              -- roots a query uses: the word's own only when it is a lemma itself
    query_roots_fr  TEXT NOT NULL,              -- … with --lang fr
    query_roots_en  TEXT NOT NULL               -- … with --lang en
) STRICT, WITHOUT ROWID;
CREATE INDEX search_vocabulary_folded ON search_vocabulary (folded);

-- A NULL heading stays NULL (mark || NULL), as FTS5 was given it before.
DROP VIEW section_document;
CREATE VIEW section_document AS
    SELECT id, mark || title AS title, mark || heading AS heading, mark || body AS body
    FROM (
        SELECT s.id AS id, a.title AS title, s.heading AS heading, s.text AS body,
               CASE a.lang WHEN 'fr' THEN char(17) WHEN 'en' THEN char(18) ELSE '' END AS mark
        FROM section s JOIN article a ON a.id = s.article_id
    );

-- IF EXISTS: tests build an older archive by lowering user_version on a new one, so this file may run again.
DROP VIEW IF EXISTS claim_document;
CREATE VIEW claim_document AS
    SELECT id, CASE lang WHEN 'fr' THEN char(17) WHEN 'en' THEN char(18) ELSE '' END || text AS text FROM claim;

CREATE VIRTUAL TABLE section_fts USING fts5(
    title, heading, body,
    content = 'section_document', content_rowid = 'id',
    tokenize = 'archive_stem'
);

CREATE VIRTUAL TABLE claim_fts USING fts5(
    text,
    content = 'claim_document', content_rowid = 'id',
    tokenize = 'archive_stem'
);

-- The triggers of 0001/0004 with the marks. New rows are read back through the views, so they get the text those
-- give FTS5; deleted rows are marked with the language they had. The title trigger now also fires when the
-- language changes.
DROP TRIGGER article_au_title;
CREATE TRIGGER article_au_title AFTER UPDATE OF title, lang ON article BEGIN
    INSERT INTO section_fts (section_fts, rowid, title, heading, body)
        SELECT 'delete', s.id, m.mark || old.title, m.mark || s.heading, m.mark || s.text
        FROM section s, (SELECT CASE old.lang WHEN 'fr' THEN char(17) WHEN 'en' THEN char(18) ELSE '' END AS mark) m
        WHERE s.article_id = old.id;
    INSERT INTO section_fts (rowid, title, heading, body)
        SELECT d.id, d.title, d.heading, d.body
        FROM section s JOIN section_document d ON d.id = s.id WHERE s.article_id = new.id;
END;

-- The outer join keeps one row when the article is already gone, as 0001's scalar subquery did.
DROP TRIGGER section_ad;
CREATE TRIGGER section_ad AFTER DELETE ON section BEGIN
    INSERT INTO section_fts (section_fts, rowid, title, heading, body)
        SELECT 'delete', old.id, m.mark || m.title, m.mark || old.heading, m.mark || old.text
        FROM (SELECT a.title AS title, CASE a.lang WHEN 'fr' THEN char(17) WHEN 'en' THEN char(18) ELSE '' END AS mark
              FROM (SELECT 1) LEFT JOIN article a ON a.id = old.article_id) m;
END;

DROP TRIGGER section_au;
CREATE TRIGGER section_au AFTER UPDATE ON section BEGIN
    INSERT INTO section_fts (section_fts, rowid, title, heading, body)
        SELECT 'delete', old.id, m.mark || m.title, m.mark || old.heading, m.mark || old.text
        FROM (SELECT a.title AS title, CASE a.lang WHEN 'fr' THEN char(17) WHEN 'en' THEN char(18) ELSE '' END AS mark
              FROM (SELECT 1) LEFT JOIN article a ON a.id = old.article_id) m;
    INSERT INTO section_fts (rowid, title, heading, body)
        SELECT id, title, heading, body FROM section_document WHERE id = new.id;
END;

DROP TRIGGER claim_ad;
CREATE TRIGGER claim_ad AFTER DELETE ON claim BEGIN
    INSERT INTO claim_fts (claim_fts, rowid, text)
        VALUES ('delete', old.id,
                CASE old.lang WHEN 'fr' THEN char(17) WHEN 'en' THEN char(18) ELSE '' END || old.text);
END;

DROP TRIGGER claim_au;
CREATE TRIGGER claim_au AFTER UPDATE OF text, lang ON claim BEGIN
    INSERT INTO claim_fts (claim_fts, rowid, text)
        VALUES ('delete', old.id,
                CASE old.lang WHEN 'fr' THEN char(17) WHEN 'en' THEN char(18) ELSE '' END || old.text);
    INSERT INTO claim_fts (rowid, text) SELECT id, text FROM claim_document WHERE id = new.id;
END;

INSERT INTO section_fts (section_fts) VALUES ('rebuild');
INSERT INTO claim_fts (claim_fts) VALUES ('rebuild');
-- A rebuild leaves many segments (one each time FTS5's buffer fills); merged, searches read one b-tree per term.
INSERT INTO section_fts (section_fts) VALUES ('optimize');
INSERT INTO claim_fts (claim_fts) VALUES ('optimize');
