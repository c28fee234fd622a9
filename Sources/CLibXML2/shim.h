#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU, so its encoding header includes the system's ICU headers, whose
// definitions clash with the ICU that Foundation bundles. Rekindle never touches libxml2's
// encoding handlers (whose ICU fields come last), so the ICU part is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function-pointer variable, which Swift 6 rejects as not
/// concurrency-safe; this wrapper calls it.
static inline void cxml_free(void *pointer) { xmlFree(pointer); }

#endif
