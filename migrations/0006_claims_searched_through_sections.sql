-- Claims are searched through the section index instead of an index of their own. A claim is a span of its
-- section's text, so `claim_fts` indexed the same words a second time: about a third of an import's writing time.
-- Each claim now keeps the word positions it covers in its section's body ([token_start, token_end), as FTS5
-- numbers them; `archive_word_position` counts them as the `archive_stem` tokenizer does), and claim searches run
-- on `section_fts` with the `archive_claim_rank` and `archive_claim_highlight` functions (CSearchTokenizer).

ALTER TABLE claim ADD COLUMN token_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claim ADD COLUMN token_end INTEGER NOT NULL DEFAULT 0;

UPDATE claim SET
    token_start = archive_word_position((SELECT s.text FROM section s WHERE s.id = claim.section_id), start_offset),
    token_end = archive_word_position((SELECT s.text FROM section s WHERE s.id = claim.section_id), end_offset);

DROP TRIGGER claim_ad;
DROP TRIGGER claim_au;
DROP TABLE claim_fts;
DROP VIEW claim_document;
