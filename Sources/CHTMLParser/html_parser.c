#include "CHTMLParser.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "CDynamicLibrary.h"

static union {
    struct {
        __typeof__(&htmlReadMemory) read_memory;
        __typeof__(&xmlFreeDoc) free_document;
        __typeof__(&xmlInitParser) init_parser;
    };
    void *functions[3];
} libxml2;
static pthread_once_t libxml2_opened = PTHREAD_ONCE_INIT;

static void open_libxml2(void) {
    static const char *const names[] = {ARCHIVE_HTML_LIBRARY, "libxml2.so", NULL};
    static const char *const symbols[] = {"htmlReadMemory", "xmlFreeDoc", "xmlInitParser"};
    ARCHIVE_CHECK_FUNCTIONS(libxml2, symbols);
    // libxml2 2.9 builds its global tables on first use without a lock, and asks programs that parse on several
    // threads (the importer, the tests) to call xmlInitParser once first; pthread_once holds them until then.
    if (archive_dynamic_library_open(names, symbols, libxml2.functions, ARCHIVE_FUNCTION_COUNT(libxml2)))
        libxml2.init_parser();
}

// An attribute's value is the text of its children, joined: nearly always one child, passed as it is.
static const char *attribute_value(xmlAttrPtr attribute, char **allocated) {
    *allocated = NULL;
    xmlNodePtr first = attribute->children;
    if (!first) return "";
    if (!first->next) return first->content ? (const char *)first->content : "";
    size_t length = 0;
    for (xmlNodePtr text = first; text; text = text->next)
        if (text->content) length += strlen((const char *)text->content);
    char *value = malloc(length + 1);
    if (!value) return NULL;
    size_t written = 0;
    for (xmlNodePtr text = first; text; text = text->next) {
        if (!text->content) continue;
        size_t part = strlen((const char *)text->content);
        memcpy(value + written, text->content, part);
        written += part;
    }
    value[written] = 0;
    return *allocated = value;
}

static int report_element(xmlNodePtr node, const ArchiveHTMLHandler *handler) {
    int count = 0;
    for (xmlAttrPtr attribute = node->properties; attribute; attribute = attribute->next)
        if (attribute->name) count++;
    const char **pairs = count ? malloc(sizeof *pairs * 2 * (size_t)count) : NULL;
    char **allocated = count ? calloc((size_t)count, sizeof *allocated) : NULL;
    int rc = count && (!pairs || !allocated) ? ARCHIVE_HTML_NO_MEMORY : ARCHIVE_HTML_PARSED;
    int filled = 0;
    for (xmlAttrPtr attribute = node->properties; rc == ARCHIVE_HTML_PARSED && attribute; attribute = attribute->next) {
        if (!attribute->name) continue;
        const char *value = attribute_value(attribute, &allocated[filled]);
        if (!value) {
            rc = ARCHIVE_HTML_NO_MEMORY;
            break;
        }
        pairs[2 * filled] = (const char *)attribute->name;
        pairs[2 * filled + 1] = value;
        filled++;
    }
    if (rc == ARCHIVE_HTML_PARSED)
        handler->element_start(handler->context, node->name ? (const char *)node->name : "", pairs, filled);
    for (int i = 0; i < filled; i++) free(allocated[i]);
    free(allocated);
    free(pairs);
    return rc;
}

static int walk(xmlNodePtr node, const ArchiveHTMLHandler *handler) {
    for (; node; node = node->next) {
        switch (node->type) {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
            if (node->content) handler->text(handler->context, (const char *)node->content);
            break;
        case XML_ELEMENT_NODE: {
            int rc = report_element(node, handler);
            if (rc == ARCHIVE_HTML_PARSED) rc = walk(node->children, handler);
            if (rc != ARCHIVE_HTML_PARSED) return rc;
            handler->element_end(handler->context);
            break;
        }
        default:
            break;
        }
    }
    return ARCHIVE_HTML_PARSED;
}

int archive_html_walk(const char *html, int length, const ArchiveHTMLHandler *handler) {
    pthread_once(&libxml2_opened, open_libxml2);
    if (!libxml2.read_memory) return ARCHIVE_HTML_UNAVAILABLE;
    if (length <= 0) return ARCHIVE_HTML_EMPTY;
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    htmlDocPtr document = libxml2.read_memory(html, length, NULL, "UTF-8", options);
    if (!document) return ARCHIVE_HTML_EMPTY;
    int rc = walk(document->children, handler);
    libxml2.free_document(document);
    return rc;
}
