#include "stemming_libraries.h"

#include <pthread.h>

#include "CDynamicLibrary.h"
#include "CSearchTokenizer.h"

// Debian's runtime packages install the versioned names (libstemmer0d, libhunspell-1.7-0); the -dev packages add
// the plain ones.

static SnowballLibrary snowball;
static pthread_once_t snowball_opened = PTHREAD_ONCE_INIT;

static void open_snowball(void) {
    static const char *const names[] = {SNOWBALL_LIBRARY_NAME, "libstemmer.so.0", "libstemmer.so", NULL};
    static const char *const symbols[] = {"sb_stemmer_new", "sb_stemmer_delete", "sb_stemmer_stem",
                                          "sb_stemmer_length"};
    ARCHIVE_CHECK_FUNCTIONS(snowball, symbols);
    archive_dynamic_library_open(names, symbols, snowball.functions, ARCHIVE_FUNCTION_COUNT(snowball));
}

const SnowballLibrary *snowball_library(void) {
    pthread_once(&snowball_opened, open_snowball);
    return &snowball;
}

static HunspellLibrary hunspell;
static pthread_once_t hunspell_opened = PTHREAD_ONCE_INIT;

static void open_hunspell(void) {
    static const char *const names[] = {HUNSPELL_LIBRARY_NAME, "libhunspell-1.7.so", "libhunspell.so", NULL};
    static const char *const symbols[] = {"Hunspell_create", "Hunspell_destroy", "Hunspell_stem",
                                          "Hunspell_free_list"};
    ARCHIVE_CHECK_FUNCTIONS(hunspell, symbols);
    archive_dynamic_library_open(names, symbols, hunspell.functions, ARCHIVE_FUNCTION_COUNT(hunspell));
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
