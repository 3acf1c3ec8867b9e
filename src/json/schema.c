/* The JSON Schema of jixiao/1, written from the one description
 * (members.c): `jixiao schema`, and docs/jixiao.schema.json through
 * `make schema`. An editor that reads it completes and checks an input as
 * it is typed; jixiao itself reads with its own reader, which says more. */
#include "json/schema.h"

#include <string.h>

#include "base/enums.h"
#include "json/members.h"

/* The spelling of the types that are not objects of the format. */
static const char *const SHARED[][2] = {
    {"text", "{\"oneOf\": [{\"type\": \"string\"}, {\"type\": \"array\", \"items\": {\"type\": \"string\"}}]}"},
    {"date", "{\"oneOf\": [{\"type\": \"string\", \"pattern\": \"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$\"}, {\"type\": \"integer\"}]}"},
    {"amount", "{\"oneOf\": [{\"type\": \"number\"}, {\"type\": \"string\", \"pattern\": \"^@\"}]}"},
    {"indicator", "{\"oneOf\": [{\"$ref\": \"#/$defs/branch\"}, {\"$ref\": \"#/$defs/leaf\"}]}"},
};

static void indent(jx_buf *b, int depth) {
    jx_buf_putc(b, '\n');
    for (int i = 0; i < depth; i++) jx_buf_puts(b, "  ");
}

/* Whether s is among the n first of list. */
static int among(const char *s, const char *const *list, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (strcmp(list[i], s) == 0) return 1;
    return 0;
}

/* An enumeration: its codes, then every Chinese word the reader takes for
 * one of them (jx_enum_index: a word of a code under any field). */
static void enumeration(jx_buf *b, const jx_key *m) {
    const char *said[96];
    size_t ncodes = 0, n = 0;
    for (const char *const *c = m->codes; c && *c && n < 32; c++) said[n++] = *c;
    for (const jx_enum_word *w = JX_ENUM_WORDS; !m->codes && w->code && n < 32; w++)
        if (strcmp(w->field, m->enumeration) == 0 && !among(w->code, said, n)) said[n++] = w->code;
    ncodes = n;
    for (const jx_enum_word *w = JX_ENUM_WORDS; w->code && n < sizeof said / sizeof said[0]; w++)
        if (among(w->code, said, ncodes) && !among(w->word, said, n)) said[n++] = w->word;
    jx_buf_puts(b, "{\"enum\": [");
    for (size_t i = 0; i < n; i++) jx_buf_puts(b, i ? ", " : ""), jx_buf_json_string(b, said[i]);
    jx_buf_puts(b, "]");
}

static const char *type_spelling(jx_key_type t) {
    switch (t) {
    case JX_M_STRING: return "\"type\": \"string\"";
    case JX_M_CODE: return "\"type\": [\"string\", \"number\"]";
    case JX_M_NUMBER:
    case JX_M_PERCENT:
    case JX_M_MEASURE: return "\"type\": \"number\"";
    case JX_M_INTEGER: return "\"type\": \"integer\"";
    case JX_M_BOOL: return "\"type\": \"boolean\"";
    case JX_M_QUANTITY: return "\"type\": [\"number\", \"string\"]";
    case JX_M_TEXT: return "\"$ref\": \"#/$defs/text\"";
    case JX_M_DATE: return "\"$ref\": \"#/$defs/date\"";
    case JX_M_AMOUNT: return "\"$ref\": \"#/$defs/amount\"";
    default: return NULL;
    }
}

static void member(jx_buf *b, const jx_key *m) {
    if (m->type == JX_M_SPECIAL) {
        jx_buf_puts(b, m->schema);
        return;
    }
    if (m->type == JX_M_ENUM) enumeration(b, m);
    else if (m->type == JX_M_OBJECT) jx_buf_printf(b, "{\"$ref\": \"#/$defs/%s\"", m->object->name);
    else if (m->type == JX_M_LIST) jx_buf_printf(b, "{\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/%s\"}", m->object->name);
    else jx_buf_printf(b, "{%s", type_spelling(m->type));
    if (m->schema) jx_buf_printf(b, ", %s", m->schema);
    if (m->about) jx_buf_puts(b, ", \"description\": "), jx_buf_json_string(b, m->about);
    jx_buf_puts(b, "}");
}

/* An object's type, required members and properties, at depth. */
static void object_body(jx_buf *b, const jx_keyset *o, int depth) {
    indent(b, depth), jx_buf_puts(b, "\"type\": \"object\",");
    int n = 0;
    for (const jx_key *m = o->members; m->name; m++)
        if (m->flags & JX_M_REQUIRED) jx_buf_puts(b, n++ ? ", " : (indent(b, depth), "\"required\": [")), jx_buf_json_string(b, m->name);
    if (n) jx_buf_puts(b, "],");
    indent(b, depth), jx_buf_puts(b, "\"additionalProperties\": false,");
    indent(b, depth), jx_buf_puts(b, "\"properties\": {");
    for (const jx_key *m = o->members; m->name; m++) {
        indent(b, depth + 1), jx_buf_json_string(b, m->name), jx_buf_puts(b, ": ");
        member(b, m);
        if (m[1].name) jx_buf_putc(b, ',');
    }
    indent(b, depth), jx_buf_putc(b, '}');
}

int jx_input_schema(jx_buf *b) {
    jx_buf_puts(b, "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"
                   "  \"$id\": \"jixiao.schema.json\",\n  \"title\": \"jixiao/1 input\",\n"
                   "  \"description\": \"One evaluated project or department for one fiscal year. Written by `jixiao "
                   "schema` from the format's description; see docs/input-format.md.\",");
    object_body(b, &JX_INPUT_FORMAT, 1);
    jx_buf_puts(b, ",\n  \"$defs\": {");
    for (size_t i = 0; i < sizeof SHARED / sizeof SHARED[0]; i++)
        jx_buf_printf(b, "\n    \"%s\": %s,", SHARED[i][0], SHARED[i][1]);
    for (size_t i = 1; JX_OBJECTS[i]; i++) {
        jx_buf_printf(b, "\n    \"%s\": {", JX_OBJECTS[i]->name);
        object_body(b, JX_OBJECTS[i], 3);
        jx_buf_puts(b, JX_OBJECTS[i + 1] ? "\n    }," : "\n    }");
    }
    jx_buf_puts(b, "\n  }\n}\n");
    return b->failed ? -1 : 0;
}
