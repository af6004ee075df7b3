#include "word_cache.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

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

void word_cache_init(WordCache *cache) {
    cache->capacity = 0;
    cache->count = 0;
    cache->slots = NULL;
}

void word_cache_free(WordCache *cache) {
    for (unsigned int i = 0; i < cache->capacity; i++) free(cache->slots[i].key);
    free(cache->slots);
    word_cache_init(cache);
}

const WordCacheEntry *word_cache_find(const WordCache *cache, const char *key, int length) {
    if (cache->capacity == 0) return NULL;
    unsigned int hash = hash_bytes(key, length);
    unsigned int mask = cache->capacity - 1;
    for (unsigned int i = hash & mask;; i = (i + 1) & mask) {
        const WordCacheEntry *entry = &cache->slots[i];
        if (!entry->key) return NULL;
        if (entry->hash == hash && entry->key_length == length && memcmp(entry->key, key, length) == 0) return entry;
    }
}

static void place(WordCacheEntry *slots, unsigned int capacity, WordCacheEntry entry) {
    unsigned int mask = capacity - 1;
    unsigned int i = entry.hash & mask;
    while (slots[i].key) i = (i + 1) & mask;
    slots[i] = entry;
}

static int grow(WordCache *cache) {
    unsigned int capacity = cache->capacity ? cache->capacity * 2 : 4096;
    WordCacheEntry *slots = calloc(capacity, sizeof *slots);
    if (!slots) return SQLITE_NOMEM;
    for (unsigned int i = 0; i < cache->capacity; i++)
        if (cache->slots[i].key) place(slots, capacity, cache->slots[i]);
    free(cache->slots);
    cache->slots = slots;
    cache->capacity = capacity;
    return SQLITE_OK;
}

int word_cache_insert(WordCache *cache, const char *key, int length, const char *folded, int folded_length,
                      const char *roots, int roots_length) {
    if ((cache->count + 1) * 2 > cache->capacity && grow(cache) != SQLITE_OK) return SQLITE_NOMEM;
    // One allocation: key NUL value NUL, the value being "folded roots…".
    int value_length = folded_length + 1 + roots_length;
    char *storage = malloc((size_t)length + (size_t)value_length + 2);
    if (!storage) return SQLITE_NOMEM;
    memcpy(storage, key, length);
    storage[length] = 0;
    char *value = storage + length + 1;
    memcpy(value, folded, folded_length);
    value[folded_length] = ' ';
    memcpy(value + folded_length + 1, roots, roots_length);
    value[value_length] = 0;
    WordCacheEntry entry = {storage, length, value, value_length, folded_length, hash_bytes(key, length)};
    place(cache->slots, cache->capacity, entry);
    cache->count++;
    return SQLITE_OK;
}
