#ifndef ARCHIVE_WORD_CACHE_H
#define ARCHIVE_WORD_CACHE_H

// Word → index tokens, keyed by the bytes the caller gives: the tokenizer's key is the language choice, then the
// word (composed and decomposed accents are different FTS5 tokens, so they must be different keys). Open
// addressing; grows at half load.
//
// A slot is one 64-byte cache line holding the key and its value ("folded root root…") side by side when they fit,
// which nearly all words do (the union is as large as the pointer's alignment allows): a lookup then touches one
// line instead of a slot, a key and a value in three places (the cache was ~5% of an import's writer thread).
// Longer entries live in one allocation the slot points to.
#define WORD_CACHE_INLINE_BYTES 56

typedef struct WordCacheEntry {
    unsigned int hash;
    unsigned char key_length;     // 0: empty slot (keys are never empty)
    unsigned char folded_length;
    unsigned short value_length;
    union {
        char bytes[WORD_CACHE_INLINE_BYTES];  // key, then value, when key_length + value_length fit
        char *storage;                        // the same layout in its own allocation otherwise
    } data;
} WordCacheEntry;

typedef struct WordCache {
    WordCacheEntry *slots;
    unsigned int capacity;
    unsigned int count;
} WordCache;

void word_cache_init(WordCache *cache);
void word_cache_free(WordCache *cache);
const WordCacheEntry *word_cache_find(const WordCache *cache, const char *key, int length);
/// The entry's value, "folded root root…" (`value_length` bytes, `folded_length` of them the folded form).
const char *word_cache_value(const WordCacheEntry *entry);
/// Stores "folded roots…" under `key` (1 to 255 bytes).
int word_cache_insert(WordCache *cache, const char *key, int length, const char *folded, int folded_length,
                      const char *roots, int roots_length);

#endif
