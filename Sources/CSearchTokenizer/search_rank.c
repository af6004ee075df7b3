// `archive_rank`: FTS5's BM25 (same formula, constants and IDF, so the same scores as `bm25()`), computed only
// for rows that can still reach the page.
//
// Why: `bm25()` reads each matching row's length from the `_docsize` table, one statement per row, which is
// ~85% of its cost; a common word matches thousands of sections while a page shows ten articles. BM25 only grows
// as a document gets shorter, and a column is at least as long as its last matched token's offset + 1, so the
// score at that shortest possible length bounds the real one from above using the row's matches alone.
// Rows arrive in rowid order; rows whose rowid >> `group_shift` is equal form a group (a section id carries its
// article), and a group's score is its best row's. The function keeps the best `keep` group scores seen so far;
// a row whose bound cannot beat the worst of them, nor its own group's best, can never reach the page, so it gets
// NULL instead of a score and its length is never read.
//
// SQL: archive_rank(fts_table, keep, group_shift, weight_0, weight_1, …) → -score (as bm25()) or NULL.
#include "search_rank.h"

#include <math.h>
#include <string.h>

#define BM25_K1 1.2
#define BM25_B 0.75
// Past this many groups kept (a very deep --offset), every row is scored: pruning would need a heap that large.
#define MAX_KEEP (1 << 20)

typedef struct RankState {
    int phrase_count;
    double average_length;
    double *idf;
    double *frequency;
    int keep;
    int heap_count;
    double *heap;             // min-heap of the best `keep` finished groups' scores (higher is better)
    int column_count;
    int *column_end;          // per column: last matched token offset + 1 in the current row
    int has_group;
    sqlite3_int64 group;
    int group_scored;
    double group_best;
} RankState;

static int count_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *user_data) {
    (void)api;
    (void)fts;
    (*(sqlite3_int64 *)user_data)++;
    return SQLITE_OK;
}

double archive_phrase_idf(const Fts5ExtensionApi *api, Fts5Context *fts, int phrase, sqlite3_int64 rows, int *rc) {
    sqlite3_int64 hits = 0;
    *rc = api->xQueryPhrase(fts, phrase, &hits, count_row);
    // As FTS5's bm25(): a phrase in over half the rows would get a negative IDF; floor it.
    double idf = log((rows - hits + 0.5) / (hits + 0.5));
    return idf <= 0.0 ? 1e-6 : idf;
}

double archive_bm25_term(double idf, double frequency, double length, double average_length) {
    // Parenthesised as FTS5's bm25() is, so the two give bit-identical scores.
    return idf * ((frequency * (BM25_K1 + 1.0)) /
                  (frequency + BM25_K1 * (1 - BM25_B + BM25_B * length / average_length)));
}

static void heap_offer(RankState *state, double score) {
    double *heap = state->heap;
    if (state->heap_count < state->keep) {
        int index = state->heap_count++;
        while (index > 0) {
            int parent = (index - 1) / 2;
            if (heap[parent] <= score) break;
            heap[index] = heap[parent];
            index = parent;
        }
        heap[index] = score;
        return;
    }
    if (score <= heap[0]) return;
    int index = 0, count = state->heap_count;
    for (;;) {
        int child = 2 * index + 1;
        if (child >= count) break;
        if (child + 1 < count && heap[child + 1] < heap[child]) child++;
        if (heap[child] >= score) break;
        heap[index] = heap[child];
        index = child;
    }
    heap[index] = score;
}

static RankState *rank_state(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_int64 keep, int *rc) {
    RankState *state = api->xGetAuxdata(fts, 0);
    if (state) return state;
    int phrases = api->xPhraseCount(fts);
    int columns = api->xColumnCount(fts);
    if (keep > MAX_KEEP || keep < 0) keep = 0;
    sqlite3_int64 bytes =
        sizeof *state + (sqlite3_int64)(2 * phrases + keep) * sizeof(double) + (sqlite3_int64)columns * sizeof(int);
    state = sqlite3_malloc64(bytes);
    if (!state) {
        *rc = SQLITE_NOMEM;
        return NULL;
    }
    memset(state, 0, (size_t)bytes);
    state->phrase_count = phrases;
    state->idf = (double *)&state[1];
    state->frequency = state->idf + phrases;
    state->heap = state->frequency + phrases;
    state->keep = (int)keep;
    state->column_count = columns;
    state->column_end = (int *)(state->heap + keep);
    sqlite3_int64 rows = 0, tokens = 0;
    *rc = api->xRowCount(fts, &rows);
    if (*rc == SQLITE_OK) *rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (*rc == SQLITE_OK) state->average_length = rows > 0 ? (double)tokens / (double)rows : 1.0;
    for (int phrase = 0; *rc == SQLITE_OK && phrase < phrases; phrase++)
        state->idf[phrase] = archive_phrase_idf(api, fts, phrase, rows, rc);
    if (*rc == SQLITE_OK) *rc = api->xSetAuxdata(fts, state, sqlite3_free);
    else sqlite3_free(state);
    return *rc == SQLITE_OK ? state : NULL;
}

/// BM25 of a row whose phrases occur `frequency` times (weighted) in a document of `length` tokens.
static double bm25(const RankState *state, const double *frequency, double length) {
    double score = 0.0;
    for (int phrase = 0; phrase < state->phrase_count; phrase++)
        score += archive_bm25_term(state->idf[phrase], frequency[phrase], length, state->average_length);
    return score;
}

static void archive_rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int argument_count,
                         sqlite3_value **arguments) {
    if (argument_count < 2) {
        sqlite3_result_error(result, "archive_rank needs keep and group_shift", -1);
        return;
    }
    int rc = SQLITE_OK;
    RankState *state = rank_state(api, fts, sqlite3_value_int64(arguments[0]), &rc);
    if (!state) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    int shift = sqlite3_value_int(arguments[1]);
    sqlite3_int64 group = api->xRowid(fts) >> (shift >= 0 && shift < 63 ? shift : 0);
    if (!state->has_group || group != state->group) {
        if (state->has_group && state->group_scored && state->keep > 0) heap_offer(state, state->group_best);
        state->has_group = 1;
        state->group = group;
        state->group_scored = 0;
    }

    double *frequency = state->frequency;
    memset(frequency, 0, sizeof(double) * (size_t)state->phrase_count);
    memset(state->column_end, 0, sizeof(int) * (size_t)state->column_count);
    int instances = 0;
    rc = api->xInstCount(fts, &instances);
    for (int index = 0; rc == SQLITE_OK && index < instances; index++) {
        int phrase, column, offset;
        rc = api->xInst(fts, index, &phrase, &column, &offset);
        if (rc != SQLITE_OK) break;
        frequency[phrase] += argument_count > 2 + column ? sqlite3_value_double(arguments[2 + column]) : 1.0;
        if (column >= 0 && column < state->column_count && offset + 1 > state->column_end[column])
            state->column_end[column] = offset + 1;
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    if (state->keep > 0) {
        double shortest = 0.0;
        for (int column = 0; column < state->column_count; column++) shortest += state->column_end[column];
        double bound = bm25(state, frequency, shortest);
        int page_full = state->heap_count == state->keep;
        if ((page_full && bound < state->heap[0]) || (state->group_scored && bound <= state->group_best)) {
            sqlite3_result_null(result);
            return;
        }
    }
    int length = 0;
    rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    double score = bm25(state, frequency, (double)length);
    if (!state->group_scored || score > state->group_best) {
        state->group_best = score;
        state->group_scored = 1;
    }
    sqlite3_result_double(result, -1.0 * score);
}

int archive_rank_register(fts5_api *api) {
    return api->xCreateFunction(api, "archive_rank", NULL, archive_rank, NULL);
}
