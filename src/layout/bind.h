/* The values a layout can bind to: a typed registry over the scored model.
 * A layout names a value by a path ("subject.name", "scoring.total",
 * "children" inside an indicator); the registry tells the layout loader
 * whether the path exists and what it is, and tells the builder its value.
 * Nothing here allocates outside the caller's arena. */
#ifndef JX_BIND_H
#define JX_BIND_H

#include <stddef.h>

#include "base/arena.h"
#include "input/model.h"

typedef enum { JX_V_ABSENT, JX_V_TEXT, JX_V_OBJECT, JX_V_LIST } jx_vkind;

/* What a score, 得分率 or 扣分 shows when the source document publishes no
 * score and nothing computes one. */
#define JX_UNKNOWN "—"

typedef enum {
    JX_T_TEXT, /* items of a list of strings */
    JX_T_INPUT_SET,
    JX_T_DOC,
    JX_T_SUBJECT,
    JX_T_FUNDS,
    JX_T_SOURCE,
    JX_T_GOALS,
    JX_T_GOAL,
    JX_T_EVALUATION,
    JX_T_MEMBER,
    JX_T_REVIEWER,
    JX_T_STAGE,
    JX_T_FINDINGS,
    JX_T_TITLED,
    JX_T_BASIS,
    JX_T_SIGNOFF,
    JX_T_SCORING,
    JX_T_GRADE,
    JX_T_NODE,
    JX_T_COUNT
} jx_vtype;

/* Several scored inputs rendered as one document (the 汇总表). */
typedef struct jx_input_set {
    const jx_model *const *docs;
    size_t ndocs;
} jx_input_set;

typedef struct jx_val {
    jx_vkind kind;
    jx_vtype type;    /* an object's type; a list's item type */
    const char *text; /* text, as the document shows it */
    int has_number;   /* text that is a number (bars of a chart) */
    double number;
    const void *ptr;           /* an object */
    const void *const *items;  /* a list: objects, or strings for JX_T_TEXT */
    size_t count;
    const jx_model *doc; /* the input an object belongs to */
    const char *at;    /* JSON pointer of the input value it shows; NULL when computed */
} jx_val;

typedef struct jx_field jx_field;

/* The field `name` (len bytes) of objects of type t, or NULL. */
const jx_field *jx_bind_field(jx_vtype t, const char *name, size_t len);
/* The i-th field of type t (for listings), or NULL past the last. */
const jx_field *jx_bind_field_at(jx_vtype t, size_t i);
jx_vkind jx_field_kind(const jx_field *f);
/* The type whose field f is; JX_T_COUNT when f is none of the registry's. */
jx_vtype jx_field_owner(const jx_field *f);
/* An object field's type, or a list field's item type. */
jx_vtype jx_field_type(const jx_field *f);
const char *jx_field_name(const jx_field *f);
const char *jx_vtype_name(jx_vtype t);

/* The value of field f of the object self; JX_V_ABSENT when the input does
 * not have it. kind is JX_V_ABSENT also when memory ran out and *oom is set. */
jx_val jx_bind_get(const jx_field *f, const jx_val *self, jx_arena *a, int *oom);
/* Item i of a list. */
jx_val jx_bind_item(const jx_val *list, size_t i, jx_arena *a, int *oom);
jx_val jx_bind_root(const jx_model *doc);
jx_val jx_bind_input_set(const jx_input_set *set);
/* 1 when a value counts as present: text that is not empty, a list with
 * items, an object. */
int jx_val_present(const jx_val *v);

/* Every bindable path, one per line: "type.field  kind  meaning". */
char *jx_bind_listing(void);

#endif
