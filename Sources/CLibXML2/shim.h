#ifndef VOUCH_CLIBXML2_SHIM_H
#define VOUCH_CLIBXML2_SHIM_H

/* libxml2's encoding header pulls in the system ICU when libxml2 was built with it; those
   declarations clash with the ICU copy Foundation ships. vouch never touches libxml2's ICU
   converters, so the system ICU headers are kept out. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>

/// `xmlFree` is a global function pointer, which Swift 6 rejects as shared mutable state;
/// this inline wrapper gives Swift a plain function to call.
static inline void vouch_xmlFree(void *pointer) {
    xmlFree(pointer);
}

/// Silences libxml2's default error printing to stderr: parse problems in recovered pages
/// are expected and must not reach the user's terminal.
static void vouch_xmlSilentErrorHandler(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static inline void vouch_xmlSilenceErrors(void) {
    xmlSetGenericErrorFunc(NULL, vouch_xmlSilentErrorHandler);
}

#endif
