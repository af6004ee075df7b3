#include "stemming_libraries.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

#include "CSearchTokenizer.h"

// Opens the first of `names` that loads and looks up its functions `symbols` into `slots`; on any miss, leaves them all
// NULL so callers test one pointer. Debian's runtime packages install the versioned names (libstemmer0d,
// libhunspell-1.7-0); the -dev packages add the plain ones.
#define SYMBOL_COUNT 4

static void open_library(const char *const *names, const char *const symbols[SYMBOL_COUNT],
                         void *slots[SYMBOL_COUNT]) {
    void *handle = NULL;
    for (; *names && !handle; names++) handle = dlopen(*names, RTLD_NOW | RTLD_LOCAL);
    if (!handle) return;
    void *found[SYMBOL_COUNT];
    for (int i = 0; i < SYMBOL_COUNT; i++)
        if (!(found[i] = dlsym(handle, symbols[i]))) return;
    for (int i = 0; i < SYMBOL_COUNT; i++) slots[i] = found[i];
}

static SnowballLibrary snowball;
static pthread_once_t snowball_opened = PTHREAD_ONCE_INIT;

static void open_snowball(void) {
    static const char *const names[] = {SNOWBALL_LIBRARY_NAME, "libstemmer.so.0", "libstemmer.so", NULL};
    static const char *const symbols[SYMBOL_COUNT] = {"sb_stemmer_new", "sb_stemmer_delete", "sb_stemmer_stem",
                                          "sb_stemmer_length"};
    void *slots[SYMBOL_COUNT] = {0};
    open_library(names, symbols, slots);
    *(void **)&snowball.stemmer_new = slots[0];
    *(void **)&snowball.stemmer_delete = slots[1];
    *(void **)&snowball.stem = slots[2];
    *(void **)&snowball.stem_length = slots[3];
}

const SnowballLibrary *snowball_library(void) {
    pthread_once(&snowball_opened, open_snowball);
    return &snowball;
}

static HunspellLibrary hunspell;
static pthread_once_t hunspell_opened = PTHREAD_ONCE_INIT;

static void open_hunspell(void) {
    static const char *const names[] = {HUNSPELL_LIBRARY_NAME, "libhunspell-1.7.so", "libhunspell.so", NULL};
    static const char *const symbols[SYMBOL_COUNT] = {"Hunspell_create", "Hunspell_destroy", "Hunspell_stem",
                                          "Hunspell_free_list"};
    void *slots[SYMBOL_COUNT] = {0};
    open_library(names, symbols, slots);
    *(void **)&hunspell.create = slots[0];
    *(void **)&hunspell.destroy = slots[1];
    *(void **)&hunspell.stem = slots[2];
    *(void **)&hunspell.free_list = slots[3];
}

const HunspellLibrary *hunspell_library(void) {
    pthread_once(&hunspell_opened, open_hunspell);
    return &hunspell;
}

const char *archive_stemming_library_missing(void) {
    if (!snowball_library()->stemmer_new) return SNOWBALL_LIBRARY_NAME;
    if (!hunspell_library()->create) return HUNSPELL_LIBRARY_NAME;
    return NULL;
}
