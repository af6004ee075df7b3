-- Search by word root in French and English: the full-text indexes move to the `archive_stem` tokenizer
-- (registered by archive on every connection; the sqlite3 shell can read every table but cannot query these two).
-- Each word is indexed as its folded form (lower case, no accents: what quoted phrases and --exact match) and, at
-- the same position, each of its roots (Hunspell lemma → Snowball stem → accents folded) marked with a leading '~';
-- a word that is its own root gets one token only.

-- Every distinct word seen at import with its roots, so a search never loads the dictionaries and index terms
-- stay the same if a dictionary is upgraded. `folded` finds words typed without their accents.
CREATE TABLE search_vocabulary (
    word        TEXT NOT NULL PRIMARY KEY,     -- lower case, accents kept, as the text has it
    folded      TEXT NOT NULL,                 -- lower case, no accents
    roots       TEXT NOT NULL,                 -- space-separated index roots
    query_roots TEXT NOT NULL                  -- roots a query uses: the word's own only when it is a lemma itself
) STRICT, WITHOUT ROWID;
CREATE INDEX search_vocabulary_folded ON search_vocabulary (folded);

-- Search maps thousands of matched sections to their articles; sections are wide rows (their text), so this
-- narrow covering index keeps that from reading the whole table.
CREATE INDEX section_search_article ON section (id, article_id);

-- Same columns, content and triggers as 0001 (the triggers name the tables and keep working).
DROP TABLE section_fts;
CREATE VIRTUAL TABLE section_fts USING fts5(
    title, heading, body,
    content = 'section_document', content_rowid = 'id',
    tokenize = 'archive_stem'
);
INSERT INTO section_fts (section_fts) VALUES ('rebuild');

DROP TABLE claim_fts;
CREATE VIRTUAL TABLE claim_fts USING fts5(
    text,
    content = 'claim', content_rowid = 'id',
    tokenize = 'archive_stem'
);
INSERT INTO claim_fts (claim_fts) VALUES ('rebuild');
