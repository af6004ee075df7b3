#ifndef STEMMING_LIBRARIES_H
#define STEMMING_LIBRARIES_H

#include <hunspell/hunspell.h>
#include <libstemmer.h>

// Snowball (libstemmer) and Hunspell, opened with dlopen the first time a word needs them rather than linked: the
// dynamic loader spent ~0.4 ms of every process start mapping and relocating them, a search whose words are all in
// `search_vocabulary` calls neither, and a query never calls Hunspell. Each opens once per process (thread-safe);
// a library's functions are all set or, when it cannot be opened, all NULL.

typedef struct SnowballLibrary {
    struct sb_stemmer *(*stemmer_new)(const char *algorithm, const char *encoding);
    void (*stemmer_delete)(struct sb_stemmer *stemmer);
    const sb_symbol *(*stem)(struct sb_stemmer *stemmer, const sb_symbol *word, int size);
    int (*stem_length)(struct sb_stemmer *stemmer);
} SnowballLibrary;

typedef struct HunspellLibrary {
    Hunhandle *(*create)(const char *affpath, const char *dpath);
    void (*destroy)(Hunhandle *handle);
    int (*stem)(Hunhandle *handle, char ***list, const char *word);
    void (*free_list)(Hunhandle *handle, char ***list, int count);
} HunspellLibrary;

const SnowballLibrary *snowball_library(void);
const HunspellLibrary *hunspell_library(void);

/// The preferred file name of each library, for messages.
#define SNOWBALL_LIBRARY_NAME "libstemmer.so.0d"
#define HUNSPELL_LIBRARY_NAME "libhunspell-1.7.so.0"

#endif
