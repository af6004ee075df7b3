#ifndef ARCHIVE_CLAIM_MATCH_H
#define ARCHIVE_CLAIM_MATCH_H

#include <sqlite3.h>

/// Registers `archive_claim_rank` and `archive_claim_highlight`, the FTS5 auxiliary functions that search claims
/// through the section index (claim_match.c).
int archive_claim_functions_register(fts5_api *api);

#endif
