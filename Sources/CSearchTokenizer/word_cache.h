#ifndef ARCHIVE_WORD_CACHE_H
#define ARCHIVE_WORD_CACHE_H

// Word → index tokens, keyed by the bytes the caller gives: the tokenizer's key is the language choice, then the
// word (composed and decomposed accents are different FTS5 tokens, so they must be different keys). Open
// addressing; grows at half load.
typedef struct WordCacheEntry {
    char *key;            // owns key and value in one allocation
    int key_length;
    char *value;          // "folded root root…"
    int value_length;
    int folded_length;
    unsigned int hash;
} WordCacheEntry;

typedef struct WordCache {
    WordCacheEntry *slots;
    unsigned int capacity;
    unsigned int count;
} WordCache;

void word_cache_init(WordCache *cache);
void word_cache_free(WordCache *cache);
const WordCacheEntry *word_cache_find(const WordCache *cache, const char *key, int length);
/// Stores "folded roots…" under `key`.
int word_cache_insert(WordCache *cache, const char *key, int length, const char *folded, int folded_length,
                      const char *roots, int roots_length);

#endif
