// Unicode normalisation through the system's ICU (Debian libicu-dev, which libxml2 already depends on), so the
// program does not link Foundation's own copy of ICU into the binary: that copy (FoundationInternationalization)
// made every command start ~1.5 ms slower and tripled the binary's size, for two functions.
// ICU's types stay inside this file: Swift sees plain C types only.
#include "CTextNormalization.h"

#include <stdlib.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

static const UNormalizer2 *normalizer(ArchiveNormalizationForm form, UErrorCode *status) {
    switch (form) {
    case ARCHIVE_NFKD: return unorm2_getNFKDInstance(status);
    case ARCHIVE_NFC:
    default: return unorm2_getNFCInstance(status);
    }
}

int archive_normalize_utf8(ArchiveNormalizationForm form, const char *input, int input_length, char *output,
                           int output_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *instance = normalizer(form, &status);
    if (U_FAILURE(status)) return -1;
    // UTF-8 → UTF-16 never takes more code units than bytes.
    int32_t source_length = 0;
    UChar *source = malloc(sizeof(UChar) * ((size_t)input_length + 1));
    if (!source) return -1;
    u_strFromUTF8WithSub(source, input_length + 1, &source_length, input, input_length, 0xFFFD, NULL, &status);
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
        normalized_length = unorm2_normalize(instance, source, source_length, normalized, capacity, &status);
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
    u_strToUTF8(output, output_capacity, &written, normalized, normalized_length, &status);
    free(normalized);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return written;
    return U_FAILURE(status) ? -1 : written;
}
