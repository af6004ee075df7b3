-- The actors named in each claim, one row per claim and canonical name, so claims can be followed across
-- articles by actor (`archive claims --actor`, `archive actors`) through an index instead of scanning JSON.
-- `folded` is the canonical name without accents, case or hyphens (`etats unis` for `États-Unis`): what a user
-- types is folded the same way in Swift before it is compared. Rows are written with their claim, in the same
-- transaction, and go with it (ON DELETE CASCADE). Claims stored before this version get their rows from
-- `archive reanalyze`.

CREATE TABLE claim_actor (
    claim_id    INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    article_id  INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    norm        TEXT    NOT NULL,
    folded      TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    PRIMARY KEY (claim_id, folded)
) STRICT, WITHOUT ROWID;
CREATE INDEX claim_actor_folded ON claim_actor (folded, article_id);
CREATE INDEX claim_actor_article ON claim_actor (article_id);
