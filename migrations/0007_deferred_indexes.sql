-- Indexes a large import drops at its start and builds again at its end: `claim_actor`'s two secondary indexes
-- take a random b-tree insert per actor row (two per claim on average), a quarter of an import's writing time on
-- 30,671 articles, while building them once at the end is one sort. Each dropped index's definition waits here,
-- written in the transaction that drops it, so an import that is killed leaves a record the next import (or
-- `archive check`) finds and rebuilds from; the archive stays correct without them, only slower to list actors.
-- IF NOT EXISTS: tests build an older archive by lowering user_version on a new one, so this file may run again.
CREATE TABLE IF NOT EXISTS deferred_index (
    name    TEXT NOT NULL PRIMARY KEY,
    sql     TEXT NOT NULL
) STRICT;
