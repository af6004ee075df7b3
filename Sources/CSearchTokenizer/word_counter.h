#ifndef ARCHIVE_WORD_COUNTER_H
#define ARCHIVE_WORD_COUNTER_H

#include <sqlite3.h>

/// The walk behind `archive_word_position` and `archive_word_counter_positions`: `words` is a unicode61
/// instance created with `remove_diacritics 0`, as `archive_stem` splits documents.
int archive_count_word_positions(const fts5_tokenizer *unicode61, Fts5Tokenizer *words, const char *text, int length,
                                 const int *code_point_offsets, int count, int *positions);

#endif
