-- Words an import of several batches sees for the first time wait here, in the order it met them, until the import
-- ends and adds them to `search_vocabulary` sorted, in one transaction. `search_vocabulary` is keyed by the word, so each batch's
-- new words landed all over it: every commit rewrote most of its pages (and of its `folded` index) into the WAL,
-- 0.8 GB of a fresh 30,671-article import's 2.5 GB of writes and 2 s of its 15. Appending here dirties only the last
-- page. Rows are written in the same transaction as the articles whose words they are, so an interrupted import
-- leaves them here, and the next one (or `archive check`, which says so) finds them; searches read this table too
-- while it holds rows, so they keep every root meanwhile. Same columns as `search_vocabulary` (0005).
-- IF NOT EXISTS: tests build an older archive by lowering user_version on a new one, so this file may run again.
CREATE TABLE IF NOT EXISTS search_vocabulary_staged (
    word            TEXT NOT NULL,
    folded          TEXT NOT NULL,
    roots           TEXT NOT NULL,
    roots_fr        TEXT NOT NULL,
    roots_en        TEXT NOT NULL,
    query_roots     TEXT NOT NULL,
    query_roots_fr  TEXT NOT NULL,
    query_roots_en  TEXT NOT NULL
) STRICT;
