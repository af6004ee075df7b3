#include "word_cache.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

_Static_assert(sizeof(WordCacheEntry) == 64, "a slot is one cache line");

static unsigned int hash_bytes(const char *bytes, int length) {
    unsigned int hash = 2166136261u;  // FNV-1a
    for (int i = 0; i < length; i++) {
        hash ^= (unsigned char)bytes[i];
        hash *= 16777619u;
    }
    // FNV's low bits cluster for short similar words; the table indexes by low bits, so mix them (murmur3 fmix).
    hash ^= hash >> 16;
    hash *= 0x85ebca6bu;
    hash ^= hash >> 13;
    hash *= 0xc2b2ae35u;
    hash ^= hash >> 16;
    return hash;
}

static int is_inline(const WordCacheEntry *entry) {
    return entry->key_length + entry->value_length <= WORD_CACHE_INLINE_BYTES;
}

static const char *entry_bytes(const WordCacheEntry *entry) {
    return is_inline(entry) ? entry->data.bytes : entry->data.storage;
}

void word_cache_init(WordCache *cache) {
    cache->capacity = 0;
    cache->count = 0;
    cache->slots = NULL;
}

void word_cache_free(WordCache *cache) {
    for (unsigned int i = 0; i < cache->capacity; i++) {
        WordCacheEntry *entry = &cache->slots[i];
        if (entry->key_length && !is_inline(entry)) free(entry->data.storage);
    }
    free(cache->slots);
    word_cache_init(cache);
}

const WordCacheEntry *word_cache_find(const WordCache *cache, const char *key, int length) {
    if (cache->capacity == 0 || length <= 0 || length > 255) return NULL;
    unsigned int hash = hash_bytes(key, length);
    unsigned int mask = cache->capacity - 1;
    for (unsigned int i = hash & mask;; i = (i + 1) & mask) {
        const WordCacheEntry *entry = &cache->slots[i];
        if (!entry->key_length) return NULL;
        if (entry->hash == hash && entry->key_length == length && memcmp(entry_bytes(entry), key, length) == 0)
            return entry;
    }
}

const char *word_cache_value(const WordCacheEntry *entry) {
    return entry_bytes(entry) + entry->key_length;
}

static void place(WordCacheEntry *slots, unsigned int capacity, const WordCacheEntry *entry) {
    unsigned int mask = capacity - 1;
    unsigned int i = entry->hash & mask;
    while (slots[i].key_length) i = (i + 1) & mask;
    slots[i] = *entry;
}

static int grow(WordCache *cache) {
    unsigned int capacity = cache->capacity ? cache->capacity * 2 : 4096;
    WordCacheEntry *slots = calloc(capacity, sizeof *slots);
    if (!slots) return SQLITE_NOMEM;
    for (unsigned int i = 0; i < cache->capacity; i++)
        if (cache->slots[i].key_length) place(slots, capacity, &cache->slots[i]);
    free(cache->slots);
    cache->slots = slots;
    cache->capacity = capacity;
    return SQLITE_OK;
}

int word_cache_insert(WordCache *cache, const char *key, int length, const char *folded, int folded_length,
                      const char *roots, int roots_length) {
    // The tokenizer caps words well below these; a word past them is simply not cached.
    int value_length = folded_length + 1 + roots_length;
    if (length <= 0 || length > 255 || folded_length > 255 || value_length > 65535) return SQLITE_OK;
    if ((cache->count + 1) * 2 > cache->capacity && grow(cache) != SQLITE_OK) return SQLITE_NOMEM;
    WordCacheEntry entry;
    memset(&entry, 0, sizeof entry);
    entry.hash = hash_bytes(key, length);
    entry.key_length = (unsigned char)length;
    entry.folded_length = (unsigned char)folded_length;
    entry.value_length = (unsigned short)value_length;
    char *bytes = entry.data.bytes;
    if (!is_inline(&entry)) {
        bytes = malloc((size_t)length + (size_t)value_length);
        if (!bytes) return SQLITE_NOMEM;
        entry.data.storage = bytes;
    }
    memcpy(bytes, key, length);
    char *value = bytes + length;
    memcpy(value, folded, folded_length);
    value[folded_length] = ' ';
    memcpy(value + folded_length + 1, roots, roots_length);
    place(cache->slots, cache->capacity, &entry);
    cache->count++;
    return SQLITE_OK;
}
