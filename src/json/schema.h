#ifndef JX_JSON_SCHEMA_H
#define JX_JSON_SCHEMA_H

#include "base/buf.h"

/* Appends the JSON Schema of jixiao/1; 0, or -1 when the buffer failed. */
int jx_input_schema(jx_buf *b);

#endif
