-- Section ids carry their article: id = article_id * 65536 + position (archive refuses an article with more
-- than 65,536 sections). Search groups matching sections by article with a shift instead of an index lookup per
-- match, which cost more than ranking them. Claims follow their sections; the section index is rebuilt.

-- Foreign keys are checked at commit, once sections and claims agree again.
PRAGMA defer_foreign_keys = ON;

-- The update trigger would re-index every section twice; the index is rebuilt once below.
DROP TRIGGER section_au;

UPDATE claim SET section_id = (SELECT s.article_id * 65536 + s.position FROM section s WHERE s.id = claim.section_id);

-- Through negative ids, so no new id collides with an old one while rows move.
UPDATE section SET id = -(article_id * 65536 + position);
UPDATE section SET id = -id;

CREATE TRIGGER section_au AFTER UPDATE ON section BEGIN
    INSERT INTO section_fts (section_fts, rowid, title, heading, body)
        VALUES ('delete', old.id, (SELECT title FROM article WHERE id = old.article_id), old.heading, old.text);
    INSERT INTO section_fts (rowid, title, heading, body)
        VALUES (new.id, (SELECT title FROM article WHERE id = new.article_id), new.heading, new.text);
END;

-- Search no longer maps sections to articles through an index.
DROP INDEX section_search_article;

INSERT INTO section_fts (section_fts) VALUES ('rebuild');
