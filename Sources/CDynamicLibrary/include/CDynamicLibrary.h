#ifndef CDYNAMICLIBRARY_H
#define CDYNAMICLIBRARY_H

/// Opens the first of `names` (NULL-terminated) that loads, and looks up the `count` functions `symbols` in it into
/// `functions`: all of them, or none (every slot left NULL) when no name loads or a symbol is missing, so callers
/// test one pointer. Returns 1 when all were found. Callers run it once per library (pthread_once).
///
/// For the system libraries opened on first use rather than linked (Snowball, Hunspell, libxml2, ICU): mapping
/// them cost every process start ~1 ms, and a search for words already in the archive needs none of them.
int archive_dynamic_library_open(const char *const *names, const char *const *symbols, void **functions, int count);

/// Each caller keeps a library's functions in a union of its typed pointers and `void *functions[N]`, so the
/// lookup fills the typed pointers directly; this is N.
#define ARCHIVE_FUNCTION_COUNT(library) ((int)(sizeof (library).functions / sizeof *(library).functions))

/// Stops the build when a library's union and its symbol list disagree: as many names as slots, as many slots as
/// typed pointers.
#define ARCHIVE_CHECK_FUNCTIONS(library, symbols)                                                                  \
    _Static_assert(sizeof(symbols) / sizeof *(symbols) == sizeof (library).functions / sizeof *(library).functions \
                       && sizeof(library) == sizeof (library).functions,                                          \
                   "one symbol per function of " #library)

#endif
