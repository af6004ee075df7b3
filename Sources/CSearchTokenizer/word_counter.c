// Word positions without the writer's connection: an import's preparing threads give each claim its span of
// section words (claim.token_start/token_end) next to the extraction, so the single writer only binds them.
#include "word_counter.h"

#include <stdlib.h>

#include "CSearchTokenizer.h"

struct ArchiveWordCounter {
    // unicode61 comes from FTS5, which a connection owns; this private in-memory one is opened only for it and
    // outlives the tokenizer instance, whose module data it holds.
    sqlite3 *db;
    fts5_tokenizer unicode61;
    Fts5Tokenizer *words;
};

typedef struct PositionPass {
    const int *byte_offsets;  // ascending
    int *positions;
    int count;
    int next;   // first offset not yet given its position
    int words;  // words seen so far
} PositionPass;

static int position_callback(void *pointer, int flags, const char *token, int length, int start, int end) {
    (void)token; (void)length; (void)end;
    PositionPass *pass = pointer;
    if (flags & FTS5_TOKEN_COLOCATED) return SQLITE_OK;
    while (pass->next < pass->count && pass->byte_offsets[pass->next] <= start)
        pass->positions[pass->next++] = pass->words;
    pass->words++;
    return SQLITE_OK;
}

int archive_count_word_positions(const fts5_tokenizer *unicode61, Fts5Tokenizer *words, const char *text, int length,
                                 const int *code_point_offsets, int count, int *positions) {
    int stack[64];
    int *byte_offsets = count <= 64 ? stack : malloc(sizeof(int) * (size_t)count);
    if (!byte_offsets) return SQLITE_NOMEM;
    // Code points to bytes in one walk: offsets ascend.
    int byte = 0, code_point = 0;
    for (int i = 0; i < count; i++) {
        while (byte < length && code_point < code_point_offsets[i]) {
            byte++;
            while (byte < length && (((const unsigned char *)text)[byte] & 0xC0) == 0x80) byte++;
            code_point++;
        }
        byte_offsets[i] = byte;
    }
    PositionPass pass = {byte_offsets, positions, count, 0, 0};
    int rc = unicode61->xTokenize(words, &pass, FTS5_TOKENIZE_DOCUMENT, text, length, position_callback);
    while (pass.next < count) positions[pass.next++] = pass.words;
    if (byte_offsets != stack) free(byte_offsets);
    return rc;
}

ArchiveWordCounter *archive_word_counter_new(void) {
    ArchiveWordCounter *counter = calloc(1, sizeof *counter);
    if (!counter) return NULL;
    fts5_api *api = NULL;
    sqlite3_stmt *statement = NULL;
    void *data = NULL;
    const char *keep[] = {"remove_diacritics", "0"};
    if (sqlite3_open_v2(":memory:", &counter->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK
        || sqlite3_prepare_v2(counter->db, "SELECT fts5(?1)", -1, &statement, NULL) != SQLITE_OK
        || sqlite3_bind_pointer(statement, 1, (void *)&api, "fts5_api_ptr", NULL) != SQLITE_OK
        || sqlite3_step(statement) != SQLITE_ROW || !api
        || api->xFindTokenizer(api, "unicode61", &data, &counter->unicode61) != SQLITE_OK
        || counter->unicode61.xCreate(data, keep, 2, &counter->words) != SQLITE_OK) {
        sqlite3_finalize(statement);
        archive_word_counter_free(counter);
        return NULL;
    }
    sqlite3_finalize(statement);
    return counter;
}

void archive_word_counter_free(ArchiveWordCounter *counter) {
    if (!counter) return;
    if (counter->words) counter->unicode61.xDelete(counter->words);
    sqlite3_close(counter->db);
    free(counter);
}

int archive_word_counter_positions(ArchiveWordCounter *counter, const char *text, int length,
                                   const int *code_point_offsets, int count, int *positions) {
    if (!counter) return SQLITE_MISUSE;
    return archive_count_word_positions(&counter->unicode61, counter->words, text, length, code_point_offsets, count,
                                        positions);
}
