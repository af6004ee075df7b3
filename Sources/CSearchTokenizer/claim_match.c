// Claims are searched through the section index, not an index of their own: a claim is a span of its section's
// text, so the section index already holds its words. Indexing the claims again doubled the import's indexing work
// (a claim index over the same text cost ~30% of the import's writer time, measured on 30,671 articles).
//
// Each claim stores the word positions it covers in its section's body column ([token_start, token_end): the same
// positions FTS5 gives phrase instances, counted by `archive_word_counter_positions`). A claim-scope query runs as a
// section query whose expression is relaxed so that every phrase a claim needs is reported in any section that may
// hold a matching claim (FTSQuery); a small postfix program then decides, claim by claim, from the instances that
// fall inside the claim's span:
//   p<i>              phrase i has an instance inside the span
//   N<i>:<k>:<d>      phrases i … i+k-1 have instances inside the span within d words of each other (NEAR)
//   &  |  !           and, or (two operands), not (one)
//
// SQL:
//   archive_claim_rank(section_fts, program, token_start, token_end) → -BM25 over the span, or NULL when the claim
//       does not match;
//   archive_claim_highlight(section_fts, open, close, token_start, token_end, start_byte, end_byte) → the claim's
//       text (bytes [start_byte, end_byte) of the body column) with the words that matched inside the span marked.
#include "claim_match.h"

#include <stdlib.h>
#include <string.h>

#include "search_rank.h"

#define BODY_COLUMN 2
// A claim is a sentence: BM25 normalises its length against a typical sentence's (words), not a section's.
#define AVERAGE_CLAIM_WORDS 25.0

typedef struct ClaimMatchState {
    int phrase_count;
    double *idf;
    int *phrase_size;
    int *first;   // per phrase: index of its first instance in `positions` (instances sorted by phrase)
    int *count;   // per phrase: instances in the body column of the current row
    int *positions;
    int positions_capacity;
    sqlite3_int64 row;  // the row `first`/`count`/`positions` describe
    int has_row;
    int has_idf;
} ClaimMatchState;

static void state_free(void *pointer) {
    ClaimMatchState *state = pointer;
    if (!state) return;
    sqlite3_free(state->positions);
    sqlite3_free(state);
}

/// Per-query state: each phrase's size, and (once `ensure_idf` ran) its IDF over sections as bm25() computes it.
static ClaimMatchState *match_state(const Fts5ExtensionApi *api, Fts5Context *fts, int *rc) {
    ClaimMatchState *state = api->xGetAuxdata(fts, 0);
    if (state) return state;
    int phrases = api->xPhraseCount(fts);
    sqlite3_int64 bytes = sizeof *state + (sqlite3_int64)phrases * (sizeof(double) + 3 * sizeof(int));
    state = sqlite3_malloc64(bytes);
    if (!state) {
        *rc = SQLITE_NOMEM;
        return NULL;
    }
    memset(state, 0, (size_t)bytes);
    state->phrase_count = phrases;
    state->idf = (double *)&state[1];
    state->phrase_size = (int *)(state->idf + phrases);
    state->first = state->phrase_size + phrases;
    state->count = state->first + phrases;
    for (int phrase = 0; phrase < phrases; phrase++) {
        int size = api->xPhraseSize(fts, phrase);
        state->phrase_size[phrase] = size > 0 ? size : 1;
    }
    // On failure FTS5 frees the state itself (it calls the destructor).
    *rc = api->xSetAuxdata(fts, state, state_free);
    return *rc == SQLITE_OK ? state : NULL;
}

/// Each phrase's IDF reads every section holding it (xQueryPhrase): only ranking needs it, not highlighting, so it
/// is computed on the first ranked row.
static int ensure_idf(const Fts5ExtensionApi *api, Fts5Context *fts, ClaimMatchState *state) {
    if (state->has_idf) return SQLITE_OK;
    sqlite3_int64 rows = 0;
    int rc = api->xRowCount(fts, &rows);
    for (int phrase = 0; rc == SQLITE_OK && phrase < state->phrase_count; phrase++)
        state->idf[phrase] = archive_phrase_idf(api, fts, phrase, rows, &rc);
    state->has_idf = rc == SQLITE_OK;
    return rc;
}

/// Reads the current row's body-column instances, grouped by phrase in position order; once per row, however many
/// of its claims are asked about.
static int load_row(const Fts5ExtensionApi *api, Fts5Context *fts, ClaimMatchState *state) {
    sqlite3_int64 row = api->xRowid(fts);
    if (state->has_row && state->row == row) return SQLITE_OK;
    int instances = 0;
    int rc = api->xInstCount(fts, &instances);
    if (rc != SQLITE_OK) return rc;
    if (instances > state->positions_capacity) {
        int *grown = sqlite3_realloc64(state->positions, (sqlite3_int64)instances * sizeof(int));
        if (!grown) return SQLITE_NOMEM;
        state->positions = grown;
        state->positions_capacity = instances;
    }
    int phrases = state->phrase_count;
    memset(state->count, 0, sizeof(int) * (size_t)phrases);
    for (int index = 0; index < instances; index++) {
        int phrase, column, offset;
        rc = api->xInst(fts, index, &phrase, &column, &offset);
        if (rc != SQLITE_OK) return rc;
        if (column == BODY_COLUMN && phrase >= 0 && phrase < phrases) state->count[phrase]++;
    }
    int next = 0;
    for (int phrase = 0; phrase < phrases; phrase++) {
        state->first[phrase] = next;
        next += state->count[phrase];
        state->count[phrase] = 0;
    }
    // xInst lists instances in position order, so each phrase's list comes out sorted.
    for (int index = 0; index < instances; index++) {
        int phrase, column, offset;
        rc = api->xInst(fts, index, &phrase, &column, &offset);
        if (rc != SQLITE_OK) return rc;
        if (column != BODY_COLUMN || phrase < 0 || phrase >= phrases) continue;
        state->positions[state->first[phrase] + state->count[phrase]++] = offset;
    }
    state->row = row;
    state->has_row = 1;
    return SQLITE_OK;
}

static int inside(const ClaimMatchState *state, int phrase, int position, int start, int end) {
    return position >= start && position + state->phrase_size[phrase] <= end;
}

/// Instances of `phrase` inside [start, end).
static int frequency_inside(const ClaimMatchState *state, int phrase, int start, int end) {
    int frequency = 0;
    const int *positions = state->positions + state->first[phrase];
    for (int index = 0; index < state->count[phrase]; index++)
        frequency += inside(state, phrase, positions[index], start, end);
    return frequency;
}

/// FTS5's NEAR inside the span (fts5ExprNearIsMatch): one instance of each phrase such that, with `last` the latest
/// of their starts, every phrase ends at most `distance` words before it. Each in-span instance is tried as `last`.
static int near_inside(const ClaimMatchState *state, int first_phrase, int phrases, int distance, int start, int end) {
    if (first_phrase < 0 || phrases <= 0 || first_phrase + phrases > state->phrase_count) return 0;
    for (int anchor = first_phrase; anchor < first_phrase + phrases; anchor++) {
        const int *anchors = state->positions + state->first[anchor];
        for (int a = 0; a < state->count[anchor]; a++) {
            int last = anchors[a];
            if (!inside(state, anchor, last, start, end)) continue;
            int complete = 1;
            for (int p = first_phrase; complete && p < first_phrase + phrases; p++) {
                if (p == anchor) continue;
                const int *positions = state->positions + state->first[p];
                int earliest = last - distance - state->phrase_size[p], found = 0;
                for (int i = 0; i < state->count[p] && !found; i++)
                    found = positions[i] >= earliest && positions[i] <= last
                            && inside(state, p, positions[i], start, end);
                complete = found;
            }
            if (complete) return 1;
        }
    }
    return 0;
}

/// Runs the program over the span; -1 when the program is malformed (it is ours, so never for a user's text).
static int run_program(const ClaimMatchState *state, const char *program, int start, int end) {
    int stack_size = 0, capacity = 1;
    for (const char *c = program; *c; c++) capacity += *c == ' ';
    char local[64];
    char *stack = capacity <= (int)sizeof local ? local : malloc((size_t)capacity);
    if (!stack) return -1;
    const char *c = program;
    int result = -1;
    while (*c) {
        while (*c == ' ') c++;
        if (!*c) break;
        if (*c == 'p') {
            char *stop;
            long phrase = strtol(c + 1, &stop, 10);
            if (stop == c + 1 || phrase < 0 || phrase >= state->phrase_count || stack_size >= capacity) goto done;
            stack[stack_size++] = frequency_inside(state, (int)phrase, start, end) > 0;
            c = stop;
        } else if (*c == 'N') {
            char *stop;
            long first = strtol(c + 1, &stop, 10);
            if (*stop != ':') goto done;
            long phrases = strtol(stop + 1, &stop, 10);
            if (*stop != ':') goto done;
            long distance = strtol(stop + 1, &stop, 10);
            if (stack_size >= capacity) goto done;
            stack[stack_size++] = near_inside(state, (int)first, (int)phrases, (int)distance, start, end);
            c = stop;
        } else if (*c == '&' || *c == '|') {
            if (stack_size < 2) goto done;
            char right = stack[--stack_size], left = stack[stack_size - 1];
            stack[stack_size - 1] = *c == '&' ? (left && right) : (left || right);
            c++;
        } else if (*c == '!') {
            if (stack_size < 1) goto done;
            stack[stack_size - 1] = !stack[stack_size - 1];
            c++;
        } else {
            goto done;
        }
    }
    if (stack_size == 1) result = stack[0];
done:
    if (stack != local) free(stack);
    return result;
}

static void claim_rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int argument_count,
                       sqlite3_value **arguments) {
    if (argument_count != 3) {
        sqlite3_result_error(result, "archive_claim_rank needs a program, token_start and token_end", -1);
        return;
    }
    int rc = SQLITE_OK;
    ClaimMatchState *state = match_state(api, fts, &rc);
    if (state) rc = load_row(api, fts, state);
    if (rc == SQLITE_OK) rc = ensure_idf(api, fts, state);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    const char *program = (const char *)sqlite3_value_text(arguments[0]);
    int start = sqlite3_value_int(arguments[1]), end = sqlite3_value_int(arguments[2]);
    int matched = run_program(state, program ? program : "", start, end);
    if (matched < 0) {
        sqlite3_result_error(result, "archive_claim_rank: malformed program", -1);
        return;
    }
    if (!matched) {
        sqlite3_result_null(result);
        return;
    }
    double length = end > start ? end - start : 1, score = 0.0;
    for (int phrase = 0; phrase < state->phrase_count; phrase++)
        score += archive_bm25_term(
            state->idf[phrase], frequency_inside(state, phrase, start, end), length, AVERAGE_CLAIM_WORDS);
    sqlite3_result_double(result, -1.0 * score);
}

typedef struct HighlightPass {
    int position;
    int start_word, end_word;  // the span, in words
    int start_byte, end_byte;  // the claim, in bytes of the column text
    const unsigned char *marked;  // per word of the span: 1 when a matched phrase covers it
    const char *text;
    const char *open, *close;
    int open_length, close_length;
    sqlite3_str *out;
    int written;  // bytes of the column text copied so far
} HighlightPass;

static int highlight_token(void *pointer, int flags, const char *token, int length, int start, int end) {
    (void)token;
    (void)length;
    HighlightPass *pass = pointer;
    if (flags & FTS5_TOKEN_COLOCATED) return SQLITE_OK;
    int word = pass->position++;
    if (word < pass->start_word || word >= pass->end_word || !pass->marked[word - pass->start_word]) return SQLITE_OK;
    if (start < pass->start_byte || end > pass->end_byte) return SQLITE_OK;
    sqlite3_str_append(pass->out, pass->text + pass->written, start - pass->written);
    sqlite3_str_append(pass->out, pass->open, pass->open_length);
    sqlite3_str_append(pass->out, pass->text + start, end - start);
    sqlite3_str_append(pass->out, pass->close, pass->close_length);
    pass->written = end;
    return SQLITE_OK;
}

static void claim_highlight(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result,
                            int argument_count, sqlite3_value **arguments) {
    if (argument_count != 6) {
        sqlite3_result_error(result, "archive_claim_highlight needs open, close, the span and the byte range", -1);
        return;
    }
    int rc = SQLITE_OK;
    ClaimMatchState *state = match_state(api, fts, &rc);
    if (state) rc = load_row(api, fts, state);
    const char *text = NULL;
    int text_length = 0;
    if (rc == SQLITE_OK) rc = api->xColumnText(fts, BODY_COLUMN, &text, &text_length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    HighlightPass pass = {0};
    pass.start_word = sqlite3_value_int(arguments[2]);
    pass.end_word = sqlite3_value_int(arguments[3]);
    pass.start_byte = sqlite3_value_int(arguments[4]);
    pass.end_byte = sqlite3_value_int(arguments[5]);
    if (pass.start_byte < 0) pass.start_byte = 0;
    if (pass.end_byte > text_length) pass.end_byte = text_length;
    if (pass.end_byte < pass.start_byte) pass.end_byte = pass.start_byte;
    int words = pass.end_word > pass.start_word ? pass.end_word - pass.start_word : 0;
    unsigned char *marked = sqlite3_malloc64(words > 0 ? words : 1);
    if (!marked) {
        sqlite3_result_error_nomem(result);
        return;
    }
    memset(marked, 0, words > 0 ? words : 1);
    for (int phrase = 0; phrase < state->phrase_count; phrase++) {
        const int *positions = state->positions + state->first[phrase];
        for (int i = 0; i < state->count[phrase]; i++) {
            if (!inside(state, phrase, positions[i], pass.start_word, pass.end_word)) continue;
            for (int w = 0; w < state->phrase_size[phrase]; w++) marked[positions[i] + w - pass.start_word] = 1;
        }
    }
    pass.marked = marked;
    pass.text = text;
    pass.open = (const char *)sqlite3_value_text(arguments[0]);
    pass.close = (const char *)sqlite3_value_text(arguments[1]);
    pass.open_length = sqlite3_value_bytes(arguments[0]);
    pass.close_length = sqlite3_value_bytes(arguments[1]);
    if (!pass.open) pass.open = "";
    if (!pass.close) pass.close = "";
    pass.out = sqlite3_str_new(NULL);
    pass.written = pass.start_byte;
    rc = api->xTokenize(fts, text, text_length, &pass, highlight_token);
    sqlite3_free(marked);
    if (rc == SQLITE_OK) sqlite3_str_append(pass.out, text + pass.written, pass.end_byte - pass.written);
    rc = rc == SQLITE_OK ? sqlite3_str_errcode(pass.out) : rc;
    int length = sqlite3_str_length(pass.out);
    char *highlighted = sqlite3_str_finish(pass.out);
    if (rc != SQLITE_OK) {
        sqlite3_free(highlighted);
        sqlite3_result_error_code(result, rc);
        return;
    }
    sqlite3_result_text(result, highlighted ? highlighted : "", length, highlighted ? sqlite3_free : SQLITE_STATIC);
}

int archive_claim_functions_register(fts5_api *api) {
    int rc = api->xCreateFunction(api, "archive_claim_rank", NULL, claim_rank, NULL);
    if (rc == SQLITE_OK) rc = api->xCreateFunction(api, "archive_claim_highlight", NULL, claim_highlight, NULL);
    return rc;
}
