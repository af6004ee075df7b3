#ifndef ARCHIVE_SEARCH_RANK_H
#define ARCHIVE_SEARCH_RANK_H

#include <sqlite3.h>

/// Registers the `archive_rank` FTS5 auxiliary function (BM25 that skips rows unable to reach the page).
int archive_rank_register(fts5_api *api);

#endif
