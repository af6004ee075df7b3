#ifndef STEMMING_LIBRARIES_H
#define STEMMING_LIBRARIES_H

#include <hunspell/hunspell.h>
#include <libstemmer.h>

// Snowball (libstemmer) and Hunspell, opened the first time a word needs them (CDynamicLibrary.h says why): a
// search whose words are all in `search_vocabulary` calls neither, and a query never calls Hunspell. Each opens once
// per process (thread-safe); a library's functions are all set or, when it cannot be opened, all NULL.

typedef union SnowballLibrary {
    struct {
        __typeof__(&sb_stemmer_new) stemmer_new;
        __typeof__(&sb_stemmer_delete) stemmer_delete;
        __typeof__(&sb_stemmer_stem) stem;
        __typeof__(&sb_stemmer_length) stem_length;
    };
    void *functions[4];  // the same pointers, in order, as archive_dynamic_library_open fills them
} SnowballLibrary;

typedef union HunspellLibrary {
    struct {
        __typeof__(&Hunspell_create) create;
        __typeof__(&Hunspell_destroy) destroy;
        __typeof__(&Hunspell_stem) stem;
        __typeof__(&Hunspell_free_list) free_list;
    };
    void *functions[4];
} HunspellLibrary;

const SnowballLibrary *snowball_library(void);
const HunspellLibrary *hunspell_library(void);

/// The preferred file name of each library, for messages.
#define SNOWBALL_LIBRARY_NAME "libstemmer.so.0d"
#define HUNSPELL_LIBRARY_NAME "libhunspell-1.7.so.0"

#endif
