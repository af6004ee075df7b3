// libxml2's HTML parser and tree API: the parts the HTML article parser reads (no variadic calls needed).
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, so encoding.h would include the system's <unicode/ucnv.h>, whose
// UErrorCode clashes with the copy inside Foundation's _FoundationICU module ("has different definitions in
// different modules"). We never touch xmlCharEncodingHandler's fields, the only place the ICU types appear.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
