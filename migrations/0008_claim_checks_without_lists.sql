-- The same claim table, with its CHECK constraints written as chains of `=` instead of `IN (…)` lists. SQLite
-- turns an IN list of three values or more into a temporary b-tree, and a CHECK builds it again for every row it
-- checks: three per claim inserted (kind, hedging, attribution_type), 11% of an import's writing time on 30,671
-- articles. Lists of two (`lang`) are compared directly and stay as they are. The meaning is unchanged: a NULL
-- attribution_type still passes, as it did in the list.
--
-- SQLite cannot alter a constraint, so the table is rebuilt (https://sqlite.org/lang_altertable.html#otheralter).
-- The line below has the migrator run this file with foreign keys off, so dropping the old table does not cascade
-- to claim_actor, and check before committing that no row was left pointing at a missing one. Columns are named,
-- not `*`: tests that rerun 0006 on a new archive put token_start and token_end back at the end, as here.
-- migrator: foreign keys off

CREATE TABLE claim_rebuilt (
    id                  INTEGER PRIMARY KEY,
    article_id          INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    section_id          INTEGER NOT NULL REFERENCES section (id) ON DELETE CASCADE,
    sentence_index      INTEGER NOT NULL,                  -- 0-based over all units of the section
    clause_index        INTEGER NOT NULL DEFAULT 0,
    start_offset        INTEGER NOT NULL,                  -- Unicode code points, half-open, in section text
    end_offset          INTEGER NOT NULL,
    -- = substr(section.text, start_offset + 1, end_offset - start_offset)
    text                TEXT    NOT NULL,
    lang                TEXT    NOT NULL CHECK (lang IN ('fr', 'en')),
    kind                TEXT    NOT NULL
        CHECK (kind = 'factual' OR kind = 'prediction' OR kind = 'causal' OR kind = 'comparative'
               OR kind = 'quantitative' OR kind = 'opinion'),
    kinds_json          TEXT    NOT NULL,
    hedging             TEXT    NOT NULL CHECK (hedging = 'asserted' OR hedging = 'hedged' OR hedging = 'conditional'),
    cues_json           TEXT    NOT NULL,
    vague               INTEGER NOT NULL DEFAULT 0,
    attribution_source  TEXT,
    attribution_type    TEXT
        CHECK (attribution_type = 'named' OR attribution_type = 'pronoun' OR attribution_type = 'vague'
               OR attribution_type = 'anonymous'),
    attribution_cue     TEXT,
    attribution_start   INTEGER,
    attribution_end     INTEGER,
    actors_json         TEXT    NOT NULL,
    numbers_json        TEXT    NOT NULL,
    checkworthiness     REAL    NOT NULL,
    extractor_version   TEXT    NOT NULL,
    token_start         INTEGER NOT NULL DEFAULT 0,        -- word positions in the section body, half-open (0006)
    token_end           INTEGER NOT NULL DEFAULT 0
) STRICT;

INSERT INTO claim_rebuilt (
    id, article_id, section_id, sentence_index, clause_index, start_offset, end_offset, text, lang, kind, kinds_json,
    hedging, cues_json, vague, attribution_source, attribution_type, attribution_cue, attribution_start,
    attribution_end, actors_json, numbers_json, checkworthiness, extractor_version, token_start, token_end)
SELECT
    id, article_id, section_id, sentence_index, clause_index, start_offset, end_offset, text, lang, kind, kinds_json,
    hedging, cues_json, vague, attribution_source, attribution_type, attribution_cue, attribution_start,
    attribution_end, actors_json, numbers_json, checkworthiness, extractor_version, token_start, token_end
FROM claim;

DROP TABLE claim;
ALTER TABLE claim_rebuilt RENAME TO claim;
CREATE INDEX claim_article ON claim (article_id, section_id, sentence_index);
CREATE INDEX claim_section ON claim (section_id);
