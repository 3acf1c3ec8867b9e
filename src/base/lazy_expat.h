/* expat, which the workbook reader uses, opened the first time
 * it is needed (src/base/lazylibs.c says why). After this header, its own
 * names call through the table jx_lazy_expat_load filled. */
#ifndef JX_LAZY_EXPAT_H
#define JX_LAZY_EXPAT_H

#include <stddef.h>
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

#define JX_LAZY_MEMBER(f) __typeof__(f) *f;
typedef struct jx_lazy_expat {
    JX_EXPAT_FUNCTIONS(JX_LAZY_MEMBER)
} jx_lazy_expat;
#undef JX_LAZY_MEMBER

/* Opens expat once for the process: 0, or -1 with the reason in err. */
int jx_lazy_expat_load(char *err, size_t err_size);
/* The table: only once jx_lazy_expat_load has succeeded. */
const jx_lazy_expat *jx_lazy_expat_table(void);

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
