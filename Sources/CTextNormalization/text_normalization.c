// Unicode normalisation through the system's ICU (Debian libicu-dev, which libxml2 already depends on), so the
// program does not link Foundation's own copy of ICU into the binary: that copy (FoundationInternationalization)
// made every command start ~1.5 ms slower and tripled the binary's size, for two functions.
// ICU's types stay inside this file: Swift sees plain C types only.
//
// ICU is opened on first use rather than linked (CDynamicLibrary.h says why): it took ~0.15 ms of every process
// start, and most text is already NFC (`String.canonicallyComposed` checks before it asks).
#include "CTextNormalization.h"

#include <pthread.h>
#include <stdlib.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "CDynamicLibrary.h"

// ICU's headers rename every function after the version they come from (unorm2_normalize → unorm2_normalize_72):
// SYMBOL gives the name the library exports.
#define SYMBOL_TEXT(name) #name
#define SYMBOL(name) SYMBOL_TEXT(name)

static union {
    struct {
        __typeof__(&unorm2_getNFCInstance) nfc;
        __typeof__(&unorm2_getNFKDInstance) nfkd;
        __typeof__(&u_strFromUTF8WithSub) from_utf8;
        __typeof__(&unorm2_normalize) normalize;
        __typeof__(&u_strToUTF8) to_utf8;
    };
    void *functions[5];
} icu;
static pthread_once_t icu_opened = PTHREAD_ONCE_INIT;

const char *archive_normalization_library(void) { return "libicuuc.so." U_ICU_VERSION_SHORT; }

static void open_icu(void) {
    const char *const names[] = {archive_normalization_library(), "libicuuc.so", NULL};
    static const char *const symbols[] = {SYMBOL(unorm2_getNFCInstance), SYMBOL(unorm2_getNFKDInstance),
                                          SYMBOL(u_strFromUTF8WithSub), SYMBOL(unorm2_normalize),
                                          SYMBOL(u_strToUTF8)};
    ARCHIVE_CHECK_FUNCTIONS(icu, symbols);
    archive_dynamic_library_open(names, symbols, icu.functions, ARCHIVE_FUNCTION_COUNT(icu));
}

int archive_normalization_available(void) {
    pthread_once(&icu_opened, open_icu);
    return icu.nfc != NULL;
}

static const UNormalizer2 *normalizer(ArchiveNormalizationForm form, UErrorCode *status) {
    switch (form) {
    case ARCHIVE_NFKD: return icu.nfkd(status);
    case ARCHIVE_NFC:
    default: return icu.nfc(status);
    }
}

int archive_normalize_utf8(ArchiveNormalizationForm form, const char *input, int input_length, char *output,
                           int output_capacity) {
    if (!archive_normalization_available()) return -1;
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *instance = normalizer(form, &status);
    if (U_FAILURE(status)) return -1;
    // UTF-8 → UTF-16 never takes more code units than bytes.
    int32_t source_length = 0;
    UChar *source = malloc(sizeof(UChar) * ((size_t)input_length + 1));
    if (!source) return -1;
    icu.from_utf8(source, input_length + 1, &source_length, input, input_length, 0xFFFD, NULL, &status);
    if (U_FAILURE(status)) {
        free(source);
        return -1;
    }
    // NFKD can grow text a few times over (one Arabic ligature becomes 18 letters): a roomy first guess, then the
    // exact size ICU asks for.
    int32_t capacity = source_length * 4 + 16, normalized_length = 0;
    UChar *normalized = NULL;
    for (int attempt = 0; attempt < 2; attempt++) {
        normalized = malloc(sizeof(UChar) * (size_t)capacity);
        if (!normalized) break;
        status = U_ZERO_ERROR;
        normalized_length = icu.normalize(instance, source, source_length, normalized, capacity, &status);
        if (status != U_BUFFER_OVERFLOW_ERROR) break;
        free(normalized);
        normalized = NULL;
        capacity = normalized_length + 1;
    }
    free(source);
    if (!normalized) return -1;
    if (U_FAILURE(status)) {
        free(normalized);
        return -1;
    }
    int32_t written = 0;
    icu.to_utf8(output, output_capacity, &written, normalized, normalized_length, &status);
    free(normalized);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return written;
    return U_FAILURE(status) ? -1 : written;
}
