#include "CHTMLParser.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

// Debian's libxml2 is built with ICU, so encoding.h would include <unicode/ucnv.h>; nothing here needs it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

static struct {
    htmlDocPtr (*read_memory)(const char *buffer, int size, const char *url, const char *encoding, int options);
    void (*free_document)(xmlDocPtr document);
} libxml2;
static pthread_once_t libxml2_opened = PTHREAD_ONCE_INIT;

static void open_libxml2(void) {
    static const char *const names[] = {ARCHIVE_HTML_LIBRARY, "libxml2.so", NULL};
    void *handle = NULL;
    for (int i = 0; names[i] && !handle; i++) handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!handle) return;
    void (*init_parser)(void) = (void (*)(void))dlsym(handle, "xmlInitParser");
    void *read_memory = dlsym(handle, "htmlReadMemory"), *free_document = dlsym(handle, "xmlFreeDoc");
    if (!init_parser || !read_memory || !free_document) return;
    // libxml2 2.9 builds its global tables on first use without a lock, and asks programs that parse on several
    // threads (the importer, the tests) to call this once first.
    init_parser();
    *(void **)&libxml2.read_memory = read_memory;
    *(void **)&libxml2.free_document = free_document;
}

// An attribute's value is the text of its children, joined.
static char *attribute_value(xmlAttrPtr attribute) {
    size_t length = 0;
    for (xmlNodePtr text = attribute->children; text; text = text->next)
        if (text->content) length += strlen((const char *)text->content);
    char *value = malloc(length + 1);
    if (!value) return NULL;
    size_t written = 0;
    for (xmlNodePtr text = attribute->children; text; text = text->next) {
        if (!text->content) continue;
        size_t part = strlen((const char *)text->content);
        memcpy(value + written, text->content, part);
        written += part;
    }
    value[written] = 0;
    return value;
}

static void walk(xmlNodePtr node, const ArchiveHTMLHandler *handler) {
    for (; node; node = node->next) {
        switch (node->type) {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
            if (node->content) handler->text(handler->context, (const char *)node->content);
            break;
        case XML_ELEMENT_NODE: {
            int count = 0;
            for (xmlAttrPtr attribute = node->properties; attribute; attribute = attribute->next)
                if (attribute->name) count++;
            const char **pairs = count ? calloc((size_t)count * 2, sizeof *pairs) : NULL;
            int filled = 0;
            for (xmlAttrPtr attribute = node->properties; pairs && attribute; attribute = attribute->next) {
                if (!attribute->name) continue;
                char *value = attribute_value(attribute);
                if (!value) break;
                pairs[2 * filled] = (const char *)attribute->name;
                pairs[2 * filled + 1] = value;
                filled++;
            }
            handler->element_start(handler->context, node->name ? (const char *)node->name : "", pairs, filled);
            for (int i = 0; i < filled; i++) free((void *)pairs[2 * i + 1]);
            free(pairs);
            walk(node->children, handler);
            handler->element_end(handler->context);
            break;
        }
        default:
            break;
        }
    }
}

int archive_html_walk(const char *html, int length, const ArchiveHTMLHandler *handler) {
    pthread_once(&libxml2_opened, open_libxml2);
    if (!libxml2.read_memory) return ARCHIVE_HTML_UNAVAILABLE;
    if (length <= 0) return ARCHIVE_HTML_EMPTY;
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    htmlDocPtr document = libxml2.read_memory(html, length, NULL, "UTF-8", options);
    if (!document) return ARCHIVE_HTML_EMPTY;
    walk(document->children, handler);
    libxml2.free_document(document);
    return ARCHIVE_HTML_PARSED;
}
