/* expat, which the workbook reader uses, opened the first time
 * it is needed (src/base/lazylibs.c says why). After this header, its own
 * names call through the table jx_lazy_expat_load filled. */
#ifndef JX_LAZY_EXPAT_H
#define JX_LAZY_EXPAT_H

#include "base/lazy.h"

#include <expat.h>

#define JX_EXPAT_FUNCTIONS(X) \
    X(XML_ErrorString) \
    X(XML_GetCurrentLineNumber) \
    X(XML_GetErrorCode) \
    X(XML_Parse) \
    X(XML_ParserCreate) \
    X(XML_ParserFree) \
    X(XML_SetCharacterDataHandler) \
    X(XML_SetElementHandler) \
    X(XML_SetStartDoctypeDeclHandler) \
    X(XML_SetUserData) \
    X(XML_StopParser)

JX_LAZY_DECLARE(expat, JX_EXPAT_FUNCTIONS)

#ifndef JX_LAZYLIBS_IMPL
#define XML_ErrorString (jx_lazy_expat_table()->XML_ErrorString)
#define XML_GetCurrentLineNumber (jx_lazy_expat_table()->XML_GetCurrentLineNumber)
#define XML_GetErrorCode (jx_lazy_expat_table()->XML_GetErrorCode)
#define XML_Parse (jx_lazy_expat_table()->XML_Parse)
#define XML_ParserCreate (jx_lazy_expat_table()->XML_ParserCreate)
#define XML_ParserFree (jx_lazy_expat_table()->XML_ParserFree)
#define XML_SetCharacterDataHandler (jx_lazy_expat_table()->XML_SetCharacterDataHandler)
#define XML_SetElementHandler (jx_lazy_expat_table()->XML_SetElementHandler)
#define XML_SetStartDoctypeDeclHandler (jx_lazy_expat_table()->XML_SetStartDoctypeDeclHandler)
#define XML_SetUserData (jx_lazy_expat_table()->XML_SetUserData)
#define XML_StopParser (jx_lazy_expat_table()->XML_StopParser)
#endif

#endif
