// The `archive_stem` FTS5 tokenizer. Shaped like SQLite's own `porter` wrapper: it wraps `unicode61
// remove_diacritics 0` and replaces each word by its folded form plus its `~`-marked roots at the same position.
//
// Why this order: Hunspell needs the accents to find the lemma (`était` → `être`), Snowball then merges the
// derivations the dictionary keeps apart (`gouvernement`, `gouverner`), and folding last lets `developpement`
// find `développement`. Lemma lookups cost ~12 µs and loading a dictionary ~30 ms, so:
//   - documents: a per-connection cache (language, word) → tokens, backed by the `search_vocabulary` table, which
//     also keeps index terms stable when a dictionary changes (external-content deletes re-tokenize old text);
//   - queries: never load Hunspell; read `search_vocabulary`, else fall back to Snowball alone.
//
// Languages: a document's text starts with a mark naming its article's language (CSearchTokenizer.h), and only
// that language's dictionary and stemmer give its words roots, so a French `attendant` is not indexed under the
// English root of `attended`. A query takes the roots of both languages, or of the one its mark names.
#include "CSearchTokenizer.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "claim_match.h"
#include "search_rank.h"
#include "stemming_libraries.h"
#include "word_cache.h"
#include "word_counter.h"

#define ROOT_PREFIX '~'
#define MAX_WORD 256
#define MAX_ROOTS 8

// Which languages give a word its roots: French and English dictionaries (index 0 and 1 of per-language arrays),
// or one of them. The value also picks the vocabulary column: roots, roots_fr, roots_en (and query_roots…).
typedef enum Language { LANGUAGE_BOTH = 0, LANGUAGE_FRENCH = 1, LANGUAGE_ENGLISH = 2 } Language;

#define LANGUAGE_COUNT 2

static int language_includes(Language language, int index) {
    return language == LANGUAGE_BOTH || (int)language == index + 1;
}

// Each language's Hunspell dictionary and Snowball stemmer, in that index order.
static const struct {
    const char *dictionary;
    const char *stemmer;
} languages[LANGUAGE_COUNT] = {{"fr_FR", "french"}, {"en_US", "english"}};

typedef struct Context {
    fts5_tokenizer unicode61;
    void *unicode61_data;
    char *dictionary_dir;
    int dictionaries_loaded;
    Hunhandle *hunspell[LANGUAGE_COUNT];        // NULL where the dictionary is not installed
    struct sb_stemmer *snowball[LANGUAGE_COUNT];  // made on first use; NULL where libstemmer is missing
    int snowball_made;
    WordCache cache;
    Fts5Tokenizer *position_words;  // unicode61 as `Tokenizer.words`, for `archive_word_position`; made on first use
    sqlite3 *db;
    double document_seconds;  // spent tokenizing stored text, FTS5's indexing of each token included
} Context;

typedef struct Tokenizer {
    Context *context;
    Fts5Tokenizer *words;   // unicode61, accents kept
    Fts5Tokenizer *folder;  // unicode61 remove_diacritics 2, to fold one word
    sqlite3_stmt *lookup;         // every column of one word
    sqlite3_stmt *lookup_folded;  // query roots of the words that fold to a form
    sqlite3_stmt *insert;
    int statements_prepared;
    int insert_prepared;
} Tokenizer;

// A growable byte buffer of space-separated tokens.
typedef struct Buffer {
    char *bytes;
    int length;
    int capacity;
} Buffer;

static int buffer_append(Buffer *buffer, const char *bytes, int length) {
    if (buffer->length + length + 2 > buffer->capacity) {
        int capacity = (buffer->capacity + length + 2) * 2;
        char *grown = realloc(buffer->bytes, capacity);
        if (!grown) return SQLITE_NOMEM;
        buffer->bytes = grown;
        buffer->capacity = capacity;
    }
    memcpy(buffer->bytes + buffer->length, bytes, length);
    buffer->length += length;
    buffer->bytes[buffer->length] = 0;
    return SQLITE_OK;
}

/// Appends `token` to the space-separated list unless it is already there.
static int buffer_add_token(Buffer *buffer, const char *token, int length) {
    if (length <= 0) return SQLITE_OK;
    int start = 0;
    while (start < buffer->length) {
        int end = start;
        while (end < buffer->length && buffer->bytes[end] != ' ') end++;
        if (end - start == length && memcmp(buffer->bytes + start, token, length) == 0) return SQLITE_OK;
        start = end + 1;
    }
    if (buffer->length > 0 && buffer_append(buffer, " ", 1) != SQLITE_OK) return SQLITE_NOMEM;
    return buffer_append(buffer, token, length);
}

/// Adds each token of a space-separated list, skipping those already there.
static int buffer_add_tokens(Buffer *buffer, const char *list, int length) {
    int rc = SQLITE_OK, start = 0;
    while (rc == SQLITE_OK && list && start < length) {
        int end = start;
        while (end < length && list[end] != ' ') end++;
        rc = buffer_add_token(buffer, list + start, end - start);
        start = end + 1;
    }
    return rc;
}

// MARK: Folding and stemming

typedef struct FoldState {
    char *output;
    int length;
} FoldState;

static int fold_callback(void *state_pointer, int flags, const char *token, int length, int start, int end) {
    (void)flags; (void)start; (void)end;
    FoldState *state = state_pointer;
    if (state->length + length >= MAX_WORD) return SQLITE_OK;
    memcpy(state->output + state->length, token, length);
    state->length += length;
    return SQLITE_OK;
}

/// Lower-cases and removes accents exactly as `unicode61 remove_diacritics 2` does; `output` holds MAX_WORD bytes.
static int fold(Tokenizer *tokenizer, const char *word, int length, char *output) {
    FoldState state = {output, 0};
    tokenizer->context->unicode61.xTokenize(
        tokenizer->folder, &state, FTS5_TOKENIZE_DOCUMENT, word, length, fold_callback);
    output[state.length] = 0;
    return state.length;
}

/// The connection's Snowball stemmer for `index`, made the first time a word needs one.
static struct sb_stemmer *snowball(Context *context, int index) {
    if (!context->snowball_made) {
        context->snowball_made = 1;
        const SnowballLibrary *library = snowball_library();
        for (int i = 0; i < LANGUAGE_COUNT && library->stemmer_new; i++)
            context->snowball[i] = library->stemmer_new(languages[i].stemmer, "UTF_8");
    }
    return context->snowball[index];
}

static int add_stem(Tokenizer *tokenizer, int index, const char *word, int length, Buffer *roots) {
    char folded[MAX_WORD];
    struct sb_stemmer *stemmer = snowball(tokenizer->context, index);
    if (!stemmer) {
        int folded_length = fold(tokenizer, word, length, folded);
        return buffer_add_token(roots, folded, folded_length);
    }
    const SnowballLibrary *library = snowball_library();
    const sb_symbol *stem = library->stem(stemmer, (const sb_symbol *)word, length);
    if (!stem) return SQLITE_NOMEM;
    int folded_length = fold(tokenizer, (const char *)stem, library->stem_length(stemmer), folded);
    return buffer_add_token(roots, folded, folded_length);
}

// Hunspell 1.7 shares one Unicode table among its instances, counted and freed without a lock: two archives
// closing on different threads at once freed it twice and corrupted the heap. Instances are made and destroyed
// under this lock; each instance's own lookups need none.
static pthread_mutex_t hunspell_lifecycle = PTHREAD_MUTEX_INITIALIZER;

static Hunhandle *hunspell_create(const char *aff, const char *dic) {
    const HunspellLibrary *library = hunspell_library();
    if (!library->create) return NULL;  // as if no dictionary were installed: Snowball alone
    pthread_mutex_lock(&hunspell_lifecycle);
    Hunhandle *handle = library->create(aff, dic);
    pthread_mutex_unlock(&hunspell_lifecycle);
    return handle;
}

static void hunspell_destroy(Hunhandle *handle) {
    pthread_mutex_lock(&hunspell_lifecycle);
    hunspell_library()->destroy(handle);
    pthread_mutex_unlock(&hunspell_lifecycle);
}

static void load_dictionaries(Context *context) {
    if (context->dictionaries_loaded) return;
    context->dictionaries_loaded = 1;
    const char *dir = context->dictionary_dir;
    for (int i = 0; i < LANGUAGE_COUNT; i++) {
        char aff[1024], dic[1024];
        sqlite3_snprintf(sizeof aff, aff, "%s/%s.aff", dir, languages[i].dictionary);
        sqlite3_snprintf(sizeof dic, dic, "%s/%s.dic", dir, languages[i].dictionary);
        FILE *probe = fopen(dic, "r");
        if (!probe) continue;  // A missing dictionary leaves Snowball alone for that language.
        fclose(probe);
        context->hunspell[i] = hunspell_create(aff, dic);
    }
}

static int has_digit(const char *word, int length) {
    for (int i = 0; i < length; i++)
        if (word[i] >= '0' && word[i] <= '9') return 1;
    return 0;
}

static int contains_after_start(const char *word, int length, const char *part, int part_length) {
    for (int offset = 1; offset + part_length <= length; offset++)
        if (memcmp(word + offset, part, part_length) == 0) return 1;
    return 0;
}

/// Hunspell also strips prefixes (`protesters` → `tester`, `unhappy` → `happy`): a lemma found inside the word
/// rather than at its start changes the meaning, so it is not used. Irregular forms (`vont` → `aller`) pass.
static int is_prefix_stripped(const char *word, int length, const char *lemma, int lemma_length) {
    if (lemma_length < 3 || lemma[0] == word[0]) return 0;
    int core = lemma_length - 2 > 3 ? lemma_length - 2 : 3;
    return contains_after_start(word, length, lemma, core);
}

/// One dictionary's answer for one word.
typedef struct Analysis {
    Buffer roots;  // stems of its lemmas, accents folded
    Buffer own;    // the stem of the word itself, when the word is one of its lemmas
    int found;     // some lemma kept
    int known;     // the dictionary knows the word (its lemmas may all strip a prefix)
    int is_lemma;
} Analysis;

static void analyse(Tokenizer *tokenizer, int index, const char *word, int length, Analysis *analysis) {
    Context *context = tokenizer->context;
    Hunhandle *dictionary = context->hunspell[index];
    if (!dictionary) return;
    const HunspellLibrary *library = hunspell_library();
    char text[MAX_WORD];
    memcpy(text, word, length);
    text[length] = 0;
    char **lemmas = NULL;
    int count = library->stem(dictionary, &lemmas, text);
    for (int j = 0; j < count && j < MAX_ROOTS; j++) {
        int lemma_length = (int)strlen(lemmas[j]);
        analysis->known = 1;
        if (is_prefix_stripped(word, length, lemmas[j], lemma_length)) continue;
        analysis->found = 1;
        add_stem(tokenizer, index, lemmas[j], lemma_length, &analysis->roots);
        if (lemma_length == length && memcmp(lemmas[j], word, length) == 0) {
            analysis->is_lemma = 1;
            add_stem(tokenizer, index, lemmas[j], lemma_length, &analysis->own);
        }
    }
    if (lemmas) library->free_list(dictionary, &lemmas, count);
}

/// The roots of a word for the languages in `language`, from the dictionaries' answers: `roots` for the index,
/// `query_roots` for a query (only the word's own root when the word is itself a lemma, so `est` does not find
/// every form of `être`). Snowball only when none of those dictionaries has a lemma for the word.
static void combine(Tokenizer *tokenizer, Language language, const Analysis *analyses, const char *word, int length,
                    const char *folded, int folded_length, int capitalised, Buffer *roots, Buffer *query_roots) {
    int found = 0, known = 0, is_lemma = 0;
    for (int i = 0; i < LANGUAGE_COUNT; i++) {
        if (!language_includes(language, i)) continue;
        found |= analyses[i].found;
        known |= analyses[i].known;
        is_lemma |= analyses[i].is_lemma;
    }
    for (int i = 0; i < LANGUAGE_COUNT; i++) {
        if (!language_includes(language, i)) continue;
        if (found && analyses[i].found) buffer_add_tokens(roots, analyses[i].roots.bytes, analyses[i].roots.length);
        // Unknown capitalised words are mostly names: stemming them merges Paris with parier, France with franc.
        if (!found && capitalised && !known) buffer_add_token(roots, folded, folded_length);
        if (!found && !(capitalised && !known)) add_stem(tokenizer, i, word, length, roots);
        if (is_lemma) buffer_add_tokens(query_roots, analyses[i].own.bytes, analyses[i].own.length);
    }
    if (!is_lemma) buffer_add_tokens(query_roots, roots->bytes, roots->length);
}

/// Roots of one lower-case word for every language choice (indexed by `Language`): each article's language gets
/// its own, a query without a language the roots of both dictionaries. One pass over the dictionaries gives all.
static void compute_roots(Tokenizer *tokenizer, const char *word, int length, const char *folded, int folded_length,
                          int capitalised, Buffer roots[3], Buffer query_roots[3]) {
    if (has_digit(word, length)) {
        for (int language = 0; language < 3; language++) {
            buffer_add_token(&roots[language], folded, folded_length);
            buffer_add_token(&query_roots[language], folded, folded_length);
        }
        return;
    }
    load_dictionaries(tokenizer->context);
    Analysis analyses[LANGUAGE_COUNT];
    memset(analyses, 0, sizeof analyses);
    for (int i = 0; i < LANGUAGE_COUNT; i++) analyse(tokenizer, i, word, length, &analyses[i]);
    for (int language = 0; language < 3; language++)
        combine(tokenizer, (Language)language, analyses, word, length, folded, folded_length, capitalised,
                &roots[language], &query_roots[language]);
    for (int i = 0; i < LANGUAGE_COUNT; i++) {
        free(analyses[i].roots.bytes);
        free(analyses[i].own.bytes);
    }
}

// MARK: Vocabulary table

static void prepare_statements(Tokenizer *tokenizer) {
    if (tokenizer->statements_prepared) return;
    tokenizer->statements_prepared = 1;
    sqlite3 *db = tokenizer->context->db;
    // Missing table, or the one from before languages (a migration still running): the statements stay NULL and
    // roots are computed, not stored; a query falls back to Snowball.
    sqlite3_prepare_v3(db,
                       "SELECT roots, roots_fr, roots_en, query_roots, query_roots_fr, query_roots_en "
                       "FROM search_vocabulary WHERE word = ?1",
                       -1, SQLITE_PREPARE_PERSISTENT, &tokenizer->lookup, NULL);
    sqlite3_prepare_v3(db,
                       "SELECT query_roots, query_roots_fr, query_roots_en FROM search_vocabulary "
                       "WHERE folded = ?1 LIMIT 16",
                       -1, SQLITE_PREPARE_PERSISTENT, &tokenizer->lookup_folded, NULL);
}

static void prepare_insert(Tokenizer *tokenizer) {
    if (tokenizer->insert_prepared) return;
    tokenizer->insert_prepared = 1;
    sqlite3_prepare_v3(tokenizer->context->db,
                       "INSERT OR IGNORE INTO search_vocabulary "
                       "(word, folded, roots, roots_fr, roots_en, query_roots, query_roots_fr, query_roots_en) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                       -1, SQLITE_PREPARE_PERSISTENT, &tokenizer->insert, NULL);
}

/// Adds the stored roots of `word` to `out`: column 0–2 index roots, 3–5 query roots, for both languages, French,
/// English (see `Language`); 1 when the word is stored.
static int vocabulary_lookup(Tokenizer *tokenizer, const char *word, int length, int column, Buffer *out) {
    prepare_statements(tokenizer);
    sqlite3_stmt *statement = tokenizer->lookup;
    if (!statement) return 0;
    sqlite3_bind_text(statement, 1, word, length, SQLITE_STATIC);
    int found = 0;
    if (sqlite3_step(statement) == SQLITE_ROW) {
        const char *roots = (const char *)sqlite3_column_text(statement, column);
        buffer_add_tokens(out, roots, sqlite3_column_bytes(statement, column));
        found = 1;
    }
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return found;
}

/// Adds the query roots for `language` of the stored words that fold to `folded`; 1 when there are some.
static int vocabulary_lookup_folded(Tokenizer *tokenizer, const char *folded, int length, Language language,
                                    Buffer *out) {
    prepare_statements(tokenizer);
    sqlite3_stmt *statement = tokenizer->lookup_folded;
    if (!statement) return 0;
    sqlite3_bind_text(statement, 1, folded, length, SQLITE_STATIC);
    int found = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const char *roots = (const char *)sqlite3_column_text(statement, (int)language);
        buffer_add_tokens(out, roots, sqlite3_column_bytes(statement, (int)language));
        found = 1;
    }
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return found;
}

static int vocabulary_has_folded(Tokenizer *tokenizer, const char *folded, int length) {
    prepare_statements(tokenizer);
    sqlite3_stmt *statement = tokenizer->lookup_folded;
    if (!statement) return 1;
    sqlite3_bind_text(statement, 1, folded, length, SQLITE_STATIC);
    int found = sqlite3_step(statement) == SQLITE_ROW;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return found;
}

static void vocabulary_store(Tokenizer *tokenizer, const char *word, int length, const char *folded,
                             int folded_length, Buffer roots[3], Buffer query_roots[3]) {
    prepare_insert(tokenizer);
    sqlite3_stmt *statement = tokenizer->insert;
    if (!statement) return;
    sqlite3_bind_text(statement, 1, word, length, SQLITE_STATIC);
    sqlite3_bind_text(statement, 2, folded, folded_length, SQLITE_STATIC);
    for (int language = 0; language < 3; language++) {
        Buffer *index = &roots[language], *query = &query_roots[language];
        sqlite3_bind_text(statement, 3 + language, index->bytes ? index->bytes : "", index->length, SQLITE_STATIC);
        sqlite3_bind_text(statement, 6 + language, query->bytes ? query->bytes : "", query->length, SQLITE_STATIC);
    }
    sqlite3_step(statement);  // A read-only connection cannot store; the roots are still right for this run.
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
}

// MARK: Tokenizing

typedef struct Pass {
    Tokenizer *tokenizer;
    void *caller;
    int (*emit)(void *, int, const char *, int, int, int);
    int flags;
    int exact;
    Language language;
    const char *text;
} Pass;

/// Emits the word's folded form (what exact search matches), then at the same position each root that differs
/// from it, marked so exact search never sees it. Half the words are their own root (`de`, `the`, names): they cost
/// one token, not two, which keeps the index and the import close to plain `unicode61`.
static int emit_document_tokens(Pass *pass, const char *folded, int folded_length, const char *roots,
                                int roots_length, int start, int end) {
    int rc = pass->emit(pass->caller, 0, folded, folded_length, start, end);
    char marked[MAX_WORD + 1];
    marked[0] = ROOT_PREFIX;
    int position = 0;
    while (rc == SQLITE_OK && position < roots_length) {
        int stop = position;
        while (stop < roots_length && roots[stop] != ' ') stop++;
        int length = stop - position;
        int is_folded = length == folded_length && memcmp(roots + position, folded, length) == 0;
        if (length > 0 && length < MAX_WORD && !is_folded) {
            memcpy(marked + 1, roots + position, length);
            rc = pass->emit(pass->caller, FTS5_TOKEN_COLOCATED, marked, length + 1, start, end);
        }
        position = stop + 1;
    }
    return rc;
}

/// Query side of the same scheme: each root matches as a marked root, or as the folded form of a word that is its
/// own root. Every extra synonym costs a doclist merge, so the unmarked form is asked for only when some stored
/// word folds to it (`known`), or always when the word was not in the vocabulary.
static int emit_query_tokens(Pass *pass, const char *folded, int folded_length, const char *roots, int roots_length,
                             int known, int start, int end) {
    int rc = SQLITE_OK, emitted = 0;
    if (!known) {
        rc = pass->emit(pass->caller, 0, folded, folded_length, start, end);
        emitted = 1;
    }
    char marked[MAX_WORD + 1];
    marked[0] = ROOT_PREFIX;
    int position = 0;
    while (rc == SQLITE_OK && position < roots_length) {
        int stop = position;
        while (stop < roots_length && roots[stop] != ' ') stop++;
        int length = stop - position;
        if (length > 0 && length < MAX_WORD) {
            memcpy(marked + 1, roots + position, length);
            rc = pass->emit(pass->caller, emitted ? FTS5_TOKEN_COLOCATED : 0, marked, length + 1, start, end);
            emitted = 1;
            int is_folded = length == folded_length && memcmp(roots + position, folded, length) == 0;
            int also_unmarked =
                !is_folded && (!known || vocabulary_has_folded(pass->tokenizer, roots + position, length));
            if (rc == SQLITE_OK && also_unmarked)
                rc = pass->emit(pass->caller, FTS5_TOKEN_COLOCATED, roots + position, length, start, end);
            else if (rc == SQLITE_OK && is_folded && known)
                rc = pass->emit(pass->caller, FTS5_TOKEN_COLOCATED, folded, folded_length, start, end);
        }
        position = stop + 1;
    }
    if (rc == SQLITE_OK && !emitted) rc = pass->emit(pass->caller, 0, folded, folded_length, start, end);
    return rc;
}

static int is_capitalised(const unsigned char *original) {
    if (original[0] >= 'A' && original[0] <= 'Z') return 1;
    // Latin-1 capitals À…Þ in UTF-8 (C3 80…C3 9E), but not ×.
    return original[0] == 0xC3 && original[1] >= 0x80 && original[1] <= 0x9E && original[1] != 0x97;
}

static int document_token(Pass *pass, const char *word, int length, int start, int end) {
    Tokenizer *tokenizer = pass->tokenizer;
    Context *context = tokenizer->context;
    // The same word has other roots in another language: the cache key starts with the language.
    char key[MAX_WORD + 1];
    key[0] = (char)('0' + pass->language);
    memcpy(key + 1, word, length);
    const WordCacheEntry *cached = word_cache_find(&context->cache, key, length + 1);
    if (cached) {
        const char *value = word_cache_value(cached);
        const char *roots = value + cached->folded_length + 1;
        return emit_document_tokens(pass, value, cached->folded_length, roots,
                                    cached->value_length - cached->folded_length - 1, start, end);
    }
    char folded[MAX_WORD];
    int folded_length = fold(tokenizer, word, length, folded);
    // A word's row holds its roots for every language, computed together on first sight: the dictionaries are
    // asked once per word, and a query without a language gets both dictionaries' roots even for a word that only
    // one language's articles have.
    Buffer roots = {0};
    if (!vocabulary_lookup(tokenizer, word, length, (int)pass->language, &roots)) {
        Buffer all_roots[3] = {{0}}, all_query_roots[3] = {{0}};
        compute_roots(tokenizer, word, length, folded, folded_length,
                      is_capitalised((const unsigned char *)pass->text + start), all_roots, all_query_roots);
        vocabulary_store(tokenizer, word, length, folded, folded_length, all_roots, all_query_roots);
        roots = all_roots[pass->language];
        for (int language = 0; language < 3; language++) {
            if (language != (int)pass->language) free(all_roots[language].bytes);
            free(all_query_roots[language].bytes);
        }
    }
    int rc = word_cache_insert(&context->cache, key, length + 1, folded, folded_length, roots.bytes ? roots.bytes : "",
                               roots.length);
    if (rc == SQLITE_OK)
        rc = emit_document_tokens(pass, folded, folded_length, roots.bytes ? roots.bytes : "", roots.length, start,
                                  end);
    free(roots.bytes);
    return rc;
}

static int query_token(Pass *pass, const char *word, int length, int start, int end) {
    Tokenizer *tokenizer = pass->tokenizer;
    char folded[MAX_WORD];
    int folded_length = fold(tokenizer, word, length, folded);
    // A prefix query matches the words' folded forms: roots are shorter than words (`développem*` vs `developp`).
    if (pass->exact || (pass->flags & FTS5_TOKENIZE_PREFIX))
        return pass->emit(pass->caller, 0, folded, folded_length, start, end);
    Buffer roots = {0};
    int known = vocabulary_lookup(tokenizer, word, length, 3 + (int)pass->language, &roots)
                || vocabulary_lookup_folded(tokenizer, folded, folded_length, pass->language, &roots);
    // Without Snowball a query would silently match fewer forms: refuse it (the repository says which library).
    if (!known && !snowball(tokenizer->context, 0)) {
        free(roots.bytes);
        return SQLITE_ERROR;
    }
    for (int i = 0; i < LANGUAGE_COUNT && !known; i++)
        if (language_includes(pass->language, i)) add_stem(tokenizer, i, word, length, &roots);
    int rc = emit_query_tokens(pass, folded, folded_length, roots.bytes ? roots.bytes : "", roots.length, known,
                               start, end);
    free(roots.bytes);
    return rc;
}

static int word_callback(void *pass_pointer, int flags, const char *word, int length, int start, int end) {
    (void)flags;
    Pass *pass = pass_pointer;
    if (length <= 0) return SQLITE_OK;
    if (length >= MAX_WORD - 1) length = MAX_WORD - 2;
    if (pass->flags & FTS5_TOKENIZE_QUERY) return query_token(pass, word, length, start, end);
    // snippet() and highlight() tokenize a stored text only to place the index's match positions in it: they
    // count tokens and read offsets, never token text. One token per word keeps those positions (roots are
    // colocated) without a vocabulary lookup per word, which made each search result cost about a millisecond.
    if (pass->flags & FTS5_TOKENIZE_AUX) return pass->emit(pass->caller, 0, word, length, start, end);
    return document_token(pass, word, length, start, end);
}

static int tokenizer_tokenize(Fts5Tokenizer *instance, void *caller, int flags, const char *text, int length,
                              int (*emit)(void *, int, const char *, int, int, int)) {
    Tokenizer *tokenizer = (Tokenizer *)instance;
    Pass pass = {tokenizer, caller, emit, flags, 0, LANGUAGE_BOTH, text};
    // A leading mark says how to read the text (CSearchTokenizer.h): exact query words, or the language. Marks are
    // control bytes, which unicode61 treats as separators, so the text goes to unicode61 whole and every offset
    // stays one in the caller's text, where snippet() and highlight() place their match marks.
    if (length > 0) {
        char mark = text[0];
        if (mark == ARCHIVE_SEARCH_EXACT_MARK[0] && (flags & FTS5_TOKENIZE_QUERY))
            pass.exact = 1;
        else if (mark == ARCHIVE_SEARCH_FRENCH_MARK[0])
            pass.language = LANGUAGE_FRENCH;
        else if (mark == ARCHIVE_SEARCH_ENGLISH_MARK[0])
            pass.language = LANGUAGE_ENGLISH;
    }
    // Only stored text counts towards `archive_search_document_seconds`.
    int timed = !(flags & (FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_AUX));
    struct timespec start, end;
    if (timed) clock_gettime(CLOCK_MONOTONIC, &start);
    int rc = tokenizer->context->unicode61.xTokenize(tokenizer->words, &pass, flags, text, length, word_callback);
    if (timed) {
        clock_gettime(CLOCK_MONOTONIC, &end);
        tokenizer->context->document_seconds +=
            (double)(end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) * 1e-9;
    }
    return rc;
}

static void tokenizer_delete(Fts5Tokenizer *instance) {
    Tokenizer *tokenizer = (Tokenizer *)instance;
    if (!tokenizer) return;
    // Statements live with the instance, not the registration, so the connection can close.
    sqlite3_finalize(tokenizer->lookup);
    sqlite3_finalize(tokenizer->lookup_folded);
    sqlite3_finalize(tokenizer->insert);
    if (tokenizer->words) tokenizer->context->unicode61.xDelete(tokenizer->words);
    if (tokenizer->folder) tokenizer->context->unicode61.xDelete(tokenizer->folder);
    sqlite3_free(tokenizer);
}

static int tokenizer_create(void *context_pointer, const char **arguments, int count, Fts5Tokenizer **out) {
    (void)arguments;
    Context *context = context_pointer;
    if (count != 0) return SQLITE_ERROR;
    Tokenizer *tokenizer = sqlite3_malloc(sizeof *tokenizer);
    if (!tokenizer) return SQLITE_NOMEM;
    memset(tokenizer, 0, sizeof *tokenizer);
    tokenizer->context = context;
    const char *keep[] = {"remove_diacritics", "0"};
    const char *strip[] = {"remove_diacritics", "2"};
    int rc = context->unicode61.xCreate(context->unicode61_data, keep, 2, &tokenizer->words);
    if (rc == SQLITE_OK) rc = context->unicode61.xCreate(context->unicode61_data, strip, 2, &tokenizer->folder);
    if (rc != SQLITE_OK) {
        tokenizer_delete((Fts5Tokenizer *)tokenizer);
        return rc;
    }
    *out = (Fts5Tokenizer *)tokenizer;
    return SQLITE_OK;
}

static void context_destroy(void *context_pointer) {
    Context *context = context_pointer;
    for (int i = 0; i < LANGUAGE_COUNT; i++) {
        if (context->hunspell[i]) hunspell_destroy(context->hunspell[i]);
        if (context->snowball[i]) snowball_library()->stemmer_delete(context->snowball[i]);
    }
    word_cache_free(&context->cache);
    if (context->position_words) context->unicode61.xDelete(context->position_words);
    sqlite3_free(context->dictionary_dir);
    sqlite3_free(context);
}

// MARK: Word positions

/// Counts with unicode61 exactly as `archive_stem` splits documents, one position per word; see the header.
static int word_positions(Context *context, const char *text, int length, const int *code_point_offsets, int count,
                          int *positions) {
    if (!context->position_words) {
        const char *keep[] = {"remove_diacritics", "0"};
        int rc = context->unicode61.xCreate(context->unicode61_data, keep, 2, &context->position_words);
        if (rc != SQLITE_OK) return rc;
    }
    return archive_count_word_positions(&context->unicode61, context->position_words, text, length,
                                        code_point_offsets, count, positions);
}

static void word_position_function(sqlite3_context *result, int count, sqlite3_value **values) {
    (void)count;
    const char *text = (const char *)sqlite3_value_text(values[0]);
    int length = sqlite3_value_bytes(values[0]);
    int offset = sqlite3_value_int(values[1]), position = 0;
    int rc = word_positions(sqlite3_user_data(result), text ? text : "", text ? length : 0, &offset, 1, &position);
    if (rc != SQLITE_OK) sqlite3_result_error_code(result, rc);
    else sqlite3_result_int(result, position);
}

/// A cached word is one whose vocabulary row is written: a rolled-back transaction takes the rows of the words it
/// met with it (an import retries a refused batch article by article), so the cache forgets them too. Savepoints
/// that roll back do not call this hook; nothing that tokenizes runs inside one.
static void forget_cached_words(void *context_pointer) {
    Context *context = context_pointer;
    word_cache_free(&context->cache);
}

static fts5_api *fts5_api_of(sqlite3 *db) {
    fts5_api *api = NULL;
    sqlite3_stmt *statement = NULL;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, NULL) != SQLITE_OK) return NULL;
    sqlite3_bind_pointer(statement, 1, (void *)&api, "fts5_api_ptr", NULL);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

int archive_search_register(sqlite3 *db, const char *dictionary_dir) {
    fts5_api *api = fts5_api_of(db);
    if (!api) return SQLITE_ERROR;
    Context *context = sqlite3_malloc(sizeof *context);
    if (!context) return SQLITE_NOMEM;
    memset(context, 0, sizeof *context);
    context->db = db;
    int rc = api->xFindTokenizer(api, "unicode61", &context->unicode61_data, &context->unicode61);
    if (rc != SQLITE_OK) {
        sqlite3_free(context);
        return rc;
    }
    context->dictionary_dir = sqlite3_mprintf("%s", dictionary_dir ? dictionary_dir : "/usr/share/hunspell");
    word_cache_init(&context->cache);
    static fts5_tokenizer methods = {tokenizer_create, tokenizer_delete, tokenizer_tokenize};
    rc = api->xCreateTokenizer(api, "archive_stem", context, &methods, context_destroy);
    if (rc != SQLITE_OK) {
        context_destroy(context);
        return rc;
    }
    sqlite3_rollback_hook(db, forget_cached_words, context);
    // The context outlives the function: FTS5 frees it when the connection closes, after every function is gone.
    rc = sqlite3_create_function_v2(db, "archive_word_position", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, context,
                                    word_position_function, NULL, NULL, NULL);
    if (rc == SQLITE_OK) rc = archive_rank_register(api);
    if (rc == SQLITE_OK) rc = archive_claim_functions_register(api);
    return rc;
}

double archive_search_document_seconds(sqlite3 *db) {
    fts5_api *api = fts5_api_of(db);
    void *context = NULL;
    fts5_tokenizer methods;
    if (!api || api->xFindTokenizer(api, "archive_stem", &context, &methods) != SQLITE_OK || !context) return 0;
    return ((Context *)context)->document_seconds;
}
