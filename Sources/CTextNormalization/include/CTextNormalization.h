#ifndef CTEXTNORMALIZATION_H
#define CTEXTNORMALIZATION_H

/// Unicode normalisation forms this module offers.
typedef enum ArchiveNormalizationForm {
    ARCHIVE_NFC = 0,
    ARCHIVE_NFKD = 1,
} ArchiveNormalizationForm;

/// Whether ICU could be opened (it is, on first use); without it `archive_normalize_utf8` always fails.
int archive_normalization_available(void);

/// The ICU library file it opens (the version of the headers it was built with), for messages.
const char *archive_normalization_library(void);

/// Writes `input` (UTF-8, `input_length` bytes) normalised to `form` into `output` as UTF-8 and returns its
/// length in bytes; if `output_capacity` is too small, returns the length needed without writing a complete
/// result; returns -1 if ICU fails (bad UTF-8 sequences are read as U+FFFD).
int archive_normalize_utf8(ArchiveNormalizationForm form, const char *input, int input_length, char *output,
                           int output_capacity);

#endif
