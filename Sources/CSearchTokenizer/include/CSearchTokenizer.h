#ifndef CSEARCHTOKENIZER_H
#define CSEARCHTOKENIZER_H

#include <sqlite3.h>

/// Registers the `archive_stem` FTS5 tokenizer on `db`: unicode61 (accents kept) → Hunspell lemma → Snowball
/// stem → accent folding, each word also indexed in its exact folded form. `dictionary_dir` holds Debian's
/// `fr_FR.aff/.dic` and `en_US.aff/.dic`; NULL means /usr/share/hunspell. Also registers the auxiliary functions
/// `archive_rank` (BM25 that skips rows unable to reach the page, search_rank.c), `archive_claim_rank` and
/// `archive_claim_highlight` (claims searched through the section index, claim_match.c), and the SQL function
/// `archive_word_position`. Returns an SQLite result code.
int archive_search_register(sqlite3 *db, const char *dictionary_dir);

/// The stemming libraries (libstemmer, Hunspell) are opened on first use, not linked, so a missing one no longer
/// stops the program from starting. Writing connections check first with this, and a query that needs Snowball
/// without it fails with SQLITE_ERROR: NULL when both open, else the file name of the first that cannot be loaded.
const char *archive_stemming_library_missing(void);

/// Seconds this connection's `archive_stem` has spent tokenizing stored text (FTS5's indexing of each token runs
/// inside, so it is included), for `archive import --timings`.
double archive_search_document_seconds(sqlite3 *db);

/// Word positions, for claims' spans: for each code-point offset into `text` (ascending), the number of words that
/// start before it, as `archive_stem` numbers a document's words (FTS5 positions; a word's roots share its
/// position). A claim covering code points [s, e) of its section covers the section body's positions
/// [positions(s), positions(e)). The SQL function `archive_word_position(text, offset)` counts the same way.
/// A counter needs no connection of the caller's, so an import's preparing threads give claims their spans, one
/// counter each (it is not thread-safe). NULL when it cannot be made. Functions return an SQLite result code.
typedef struct ArchiveWordCounter ArchiveWordCounter;
ArchiveWordCounter *archive_word_counter_new(void);
void archive_word_counter_free(ArchiveWordCounter *counter);
int archive_word_counter_positions(ArchiveWordCounter *counter, const char *text, int length,
                                   const int *code_point_offsets, int count, int *positions);

/// First byte of an FTS5 query string that asks for exact (unstemmed, accent-folded) matching of its words.
#define ARCHIVE_SEARCH_EXACT_MARK "\x01"

/// First byte of a text the full-text index is given (`section_document`, the repository's
/// inserts and the triggers' deletes): the article's language, whose dictionary and stemmer alone give its words
/// their roots. At the start of a query string it asks for that language's roots only (`search --lang`). A text
/// without a mark is stemmed in both languages. Control bytes: unicode61 treats them as separators, and
/// `SearchHit`'s match marks (\x02, \x03) differ from them.
#define ARCHIVE_SEARCH_FRENCH_MARK "\x11"
#define ARCHIVE_SEARCH_ENGLISH_MARK "\x12"

#endif
