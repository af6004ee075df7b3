// libxml2's HTML parser and tree API: the parts the HTML article parser reads (no variadic calls needed).
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
