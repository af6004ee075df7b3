#ifndef CDYNAMICLIBRARY_H
#define CDYNAMICLIBRARY_H

/// Opens the first of `names` (NULL-terminated) that loads, and looks up the `count` functions `symbols` in it into
/// `functions`: all of them, or none (every slot left NULL) when no name loads or a symbol is missing, so callers
/// test one pointer. Returns 1 when all were found. Callers run it once per library (pthread_once).
///
/// For the system libraries opened on first use rather than linked (Snowball, Hunspell, libxml2, ICU): mapping
/// them cost every process start ~1 ms, and a search for words already in the archive needs none of them.
int archive_dynamic_library_open(const char *const *names, const char *const *symbols, void **functions, int count);

#endif
