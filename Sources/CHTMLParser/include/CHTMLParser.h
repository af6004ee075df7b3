#ifndef CHTMLPARSER_H
#define CHTMLPARSER_H

/// What `archive_html_walk` reports, depth first, in document order. Names are libxml2's (ASCII lower-cased);
/// `attributes` holds `count` name/value pairs, each value its attribute's whole text, a repeated attribute
/// reported once (libxml2 keeps the first). No pointer passed is NULL.
typedef struct ArchiveHTMLHandler {
    void *context;
    void (*element_start)(void *context, const char *name, const char *const *attributes, int count);
    void (*element_end)(void *context);
    void (*text)(void *context, const char *text);
} ArchiveHTMLHandler;

#define ARCHIVE_HTML_PARSED 0
#define ARCHIVE_HTML_EMPTY (-1)        // nothing could be parsed
#define ARCHIVE_HTML_UNAVAILABLE (-2)  // libxml2 could not be loaded
#define ARCHIVE_HTML_NO_MEMORY (-3)    // the walk stopped part-way

/// Parses `length` bytes of UTF-8 HTML with libxml2's forgiving HTML parser (what browsers accept, it accepts:
/// recover, no network, no error output) and walks the tree: elements, text and CDATA; comments, processing
/// instructions and the like are left out with their contents. Thread-safe.
///
/// libxml2 is opened on first use rather than linked (CDynamicLibrary.h says why): with ICU and liblzma, which
/// it brings, it took ~0.4 ms of every process start, and only HTML and JSON imports need it.
int archive_html_walk(const char *html, int length, const ArchiveHTMLHandler *handler);

/// The library file `archive_html_walk` opens, for messages.
#define ARCHIVE_HTML_LIBRARY "libxml2.so.2"

#endif
