#ifndef ARCHIVE_SEARCH_RANK_H
#define ARCHIVE_SEARCH_RANK_H

#include <sqlite3.h>

/// Registers the `archive_rank` FTS5 auxiliary function (BM25 that skips rows unable to reach the page).
int archive_rank_register(fts5_api *api);

/// FTS5's bm25() IDF of query phrase `phrase` among `rows` rows, floored as bm25() floors it; errors go to `rc`.
double archive_phrase_idf(const Fts5ExtensionApi *api, Fts5Context *fts, int phrase, sqlite3_int64 rows, int *rc);

/// One phrase's share of BM25 (FTS5's constants and parenthesisation, so scores match bm25() bit for bit).
double archive_bm25_term(double idf, double frequency, double length, double average_length);

#endif
