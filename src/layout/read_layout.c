/* jixiao-layout/1: a document's structure bound to an input's values. The
 * blocks, pages and styles are read as in a document tree (doc/read_doc.h);
 * every text is compiled as a template against the registry. */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "doc/read_doc.h"
#include "json/reader.h"
#include "layout/layout.h"

/*** jixiao-layout/1: a document's structure bound to an input's values ***/

static const char *const LAYOUT_KEYS[] = {"$schema", "format",   "name",     "description", "input",  "default_for",
                                          "page",    "style",    "metadata", "defaults",    "blocks", "uniform",
                                          "punctuation", "limits", NULL};
static const char *const META_KEYS[] = {"title", "author", "subject", "keywords", "web_note", NULL};
static const char *const GROUP_KEYS[] = {"type", "blocks", "each", "when", "unless", "expect", "heading", "level", NULL};
static const char *const TABLES_KEYS[] = {"type", "section", "size", "when", "unless", NULL};
static const char *const CHAPTER_KEYS[] = {"type", "section", "title", "blocks", "when", "unless", "expect", NULL};
static const char *const ROW_KEYS[] = {"cells", "rows", "header", "each", "when", "unless", NULL};
static const char *const LAYOUT_BARS_KEYS[] = {"each", "label", "value", NULL};

typedef struct layout_parser {
    loader *L;
    jx_layout *layout;
    jx_scopes scopes;
    int depth; /* of groups and row groups */
} layout_parser;

static jx_pos member_pos(loader *L, const cJSON *obj, const char *ptr, const char *key) {
    return ld_pos_at(L, ld_member(obj, key), ld_ptr_key(L, ptr, key));
}

/* A path member; want is JX_V_LIST for `each`, JX_V_TEXT for values,
 * JX_V_ABSENT for anything. */
static int layout_path(layout_parser *P, const cJSON *obj, const char *ptr, const char *key, jx_vkind want,
                       int *has, jx_path *out) {
    loader *L = P->L;
    const char *text = NULL;
    if (ld_string(L, obj, ptr, key, 0, &text) || !text) return text ? -1 : 0;
    jx_pos pos = member_pos(L, obj, ptr, key);
    if (jx_path_compile(L->a, text, strlen(text), pos, &P->scopes, L->file, L->diags, out)) return -1;
    static const char *const kinds[] = {"", "text", "an object", "a list"};
    jx_vkind kind = jx_path_kind_of(out);
    if (want != JX_V_ABSENT && kind != want)
        return ld_err(L, pos, "\"%s\" is %s; %s needs %s", text, kinds[kind], key, kinds[want]);
    if (has) *has = 1;
    return 0;
}

/* "path", "path=text", "!path": see jx_cond. */
static int compile_cond(layout_parser *P, const char *text, jx_pos pos, jx_cond *out) {
    loader *L = P->L;
    out->negate = text[0] == '!';
    text += out->negate;
    const char *eq = strchr(text, '=');
    size_t len = eq ? (size_t)(eq - text) : strlen(text);
    out->equals = eq ? jx_arena_strdup(L->a, eq + 1) : NULL;
    if (jx_path_compile(L->a, text, len, pos, &P->scopes, L->file, L->diags, &out->path)) return -1;
    if (eq && jx_path_kind_of(&out->path) != JX_V_TEXT)
        return ld_err(L, pos, "\"%s\" compares \"%.*s\" with a text, but it is not one", text, (int)len, text);
    return 0;
}

static int layout_cond(layout_parser *P, const cJSON *obj, const char *ptr, const char *key, int *has, jx_cond *out) {
    loader *L = P->L;
    const char *text = NULL;
    if (ld_string(L, obj, ptr, key, 0, &text) || !text) return text ? -1 : 0;
    if (compile_cond(P, text, member_pos(L, obj, ptr, key), out)) return -1;
    *has = 1;
    return 0;
}

/* default_for: a condition or an array of conditions that must all hold. */
static int layout_select(layout_parser *P, const cJSON *r, jx_layout *lay) {
    loader *L = P->L;
    const cJSON *v = ld_member(r, "default_for");
    if (!v) return 0;
    if (cJSON_IsString(v)) {
        int has = 0;
        lay->select = jx_arena_alloc(L->a, sizeof *lay->select);
        if (!lay->select) return L->oom = 1, -1;
        lay->nselect = 1;
        return layout_cond(P, r, "", "default_for", &has, lay->select);
    }
    const char *ap;
    int bad = 0, rc = 0;
    const cJSON *c = ld_array(L, r, "", "default_for", &ap, &lay->nselect, &bad);
    if (bad) return ld_wrong_type(L, v, "/default_for", "a condition or an array of conditions");
    lay->select = jx_arena_array(L->a, lay->nselect ? lay->nselect : 1, sizeof *lay->select);
    if (!lay->select) return L->oom = 1, -1;
    for (size_t i = 0; c; c = c->next, i++) {
        const char *ip = ld_ptr_index(L, ap, i);
        if (!cJSON_IsString(c))
            rc = ld_wrong_type(L, c, ip, "a condition (a string)");
        else
            rc |= compile_cond(P, c->valuestring, ld_pos_at(L, c, ip), &lay->select[i]);
    }
    return rc;
}

static int layout_template(layout_parser *P, const cJSON *obj, const char *ptr, const char *key, jx_tpl *out) {
    loader *L = P->L;
    jx_text text = NULL;
    if (ld_text(L, obj, ptr, key, &text) || !text) return text ? -1 : 0;
    return jx_tpl_compile(L->a, text, member_pos(L, obj, ptr, key), &P->scopes, L->file, L->diags, out);
}

static void leave_repeat(layout_parser *P, const jx_repeat *r) {
    if (r->has_each) P->scopes.n--;
}

/* each opens the scope its items are seen in (closed by leave_repeat);
 * when and unless are tested for every item, or once without each. */
static int enter_repeat(layout_parser *P, const cJSON *obj, const char *ptr, jx_repeat *r) {
    int rc = layout_path(P, obj, ptr, "each", JX_V_LIST, &r->has_each, &r->each);
    if (r->has_each) r->each_pos = member_pos(P->L, obj, ptr, "each");
    if (rc == 0 && r->has_each && jx_scopes_enter(&P->scopes, &r->each) < 0)
        rc = ld_err(P->L, member_pos(P->L, obj, ptr, "each"), "repetitions nest too deep");
    if (rc) return r->has_each = 0, -1;
    rc = layout_cond(P, obj, ptr, "when", &r->has_when, &r->when) |
         layout_cond(P, obj, ptr, "unless", &r->has_unless, &r->unless);
    if (rc) leave_repeat(P, r), r->has_each = 0;
    return rc;
}

static int nest(layout_parser *P, const cJSON *v, const char *ptr) {
    if (P->depth < JX_LAYOUT_MAX_NESTING) return P->depth++, 0;
    return ld_err(P->L, ld_pos_at(P->L, v, ptr), "groups nest deeper than %d", JX_LAYOUT_MAX_NESTING);
}

static int layout_cell(layout_parser *P, const cJSON *c, const char *ptr, jx_lcell *out) {
    loader *L = P->L;
    if (rd_cell(L, c, ptr, &out->cell)) return -1;
    if (cJSON_IsString(c))
        return jx_tpl_compile(L->a, c->valuestring, out->cell.pos, &P->scopes, L->file, L->diags, &out->text);
    out->has_merge = ld_member(c, "merge") != NULL;
    return layout_template(P, c, ptr, "merge", &out->merge) | layout_template(P, c, ptr, "text", &out->text);
}

static int layout_rows(layout_parser *P, const cJSON *obj, const char *ptr, const char *key, jx_lrow **out,
                       size_t *n);

static int layout_row(layout_parser *P, const cJSON *row, const char *ptr, jx_lrow *out) {
    loader *L = P->L;
    out->pos = ld_pos_at(L, row, ptr);
    if (cJSON_IsArray(row)) {
        out->ncells = (size_t)cJSON_GetArraySize(row);
        out->cells = jx_arena_array(L->a, out->ncells ? out->ncells : 1, sizeof *out->cells);
        if (!out->cells) return L->oom = 1, -1;
        int rc = 0;
        size_t k = 0;
        for (const cJSON *c = row->child; c; c = c->next, k++)
            rc |= layout_cell(P, c, ld_ptr_index(L, ptr, k), &out->cells[k]);
        return rc;
    }
    if (!cJSON_IsObject(row)) return ld_wrong_type(L, row, ptr, "an array of cells or an object");
    if (ld_expect_object(L, row, ptr, ROW_KEYS)) return -1;
    int has_cells = ld_member(row, "cells") != NULL, has_rows = ld_member(row, "rows") != NULL;
    if (has_cells == has_rows) return ld_err(L, out->pos, "a row object has either \"cells\" or \"rows\"");
    if (enter_repeat(P, row, ptr, &out->repeat)) return -1;
    int rc = ld_bool(L, row, ptr, "header", NULL, &out->subhead);
    if (out->subhead && has_rows)
        rc = ld_err(L, member_pos(L, row, ptr, "header"), "\"header\" marks a row of cells, not a group of rows");
    if (has_cells) {
        const cJSON *cells = ld_member(row, "cells");
        const char *cp = ld_ptr_key(L, ptr, "cells");
        jx_lrow inner = {0};
        rc |= cJSON_IsArray(cells) ? layout_row(P, cells, cp, &inner) : ld_wrong_type(L, cells, cp, "an array of cells");
        out->cells = inner.cells, out->ncells = inner.ncells;
    } else {
        rc |= nest(P, row, ptr);
        if (!rc) rc = layout_rows(P, row, ptr, "rows", &out->rows, &out->nrows), P->depth--;
    }
    leave_repeat(P, &out->repeat);
    return rc;
}

static int layout_rows(layout_parser *P, const cJSON *obj, const char *ptr, const char *key, jx_lrow **out,
                       size_t *n) {
    loader *L = P->L;
    const char *ap;
    int bad = 0;
    const cJSON *r = ld_array(L, obj, ptr, key, &ap, n, &bad);
    if (bad) return -1;
    if (!ld_member(obj, key)) return ld_missing(L, obj, ptr, key);
    *out = jx_arena_array(L->a, *n ? *n : 1, sizeof **out);
    if (!*out) return L->oom = 1, -1;
    int rc = 0;
    for (size_t i = 0; r; r = r->next, i++) rc |= layout_row(P, r, ld_ptr_index(L, ap, i), &(*out)[i]);
    return rc;
}

static int layout_bars(layout_parser *P, const cJSON *b, const char *ptr, jx_lblock *out) {
    loader *L = P->L;
    const cJSON *bars = ld_member(b, "bars");
    const char *bp = ld_ptr_key(L, ptr, "bars");
    if (!bars) return ld_missing(L, b, ptr, "bars");
    if (ld_expect_object(L, bars, bp, LAYOUT_BARS_KEYS)) return -1;
    if (!ld_member(bars, "each")) return ld_missing(L, bars, bp, "each");
    if (!ld_member(bars, "value")) return ld_missing(L, bars, bp, "value");
    if (!ld_member(bars, "label")) return ld_missing(L, bars, bp, "label");
    if (layout_path(P, bars, bp, "each", JX_V_LIST, NULL, &out->bars_each)) return -1;
    jx_scopes_enter(&P->scopes, &out->bars_each);
    int rc = layout_path(P, bars, bp, "value", JX_V_TEXT, NULL, &out->bar_value) |
             layout_template(P, bars, bp, "label", &out->bar_label);
    P->scopes.n--;
    return rc;
}

static int layout_blocks(layout_parser *P, const cJSON *obj, const char *ptr, jx_lblock **out, size_t *n);

static void heading_of(jx_lblock *out, int level) {
    out->is_headed = 1;
    out->block.type = JX_BLOCK_HEADING;
    out->block.level = level;
    out->block.role = JX_ROLE_AUTO;
    out->block.indent = -1;
}

/* A chapter: its section, and its default title as a 一级 heading's. */
static int layout_chapter(layout_parser *P, const cJSON *b, const char *ptr, jx_lblock *out) {
    loader *L = P->L;
    int section = 0;
    if (ld_enum(L, b, ptr, "section", JX_TABLE_SECTIONS, &section)) return -1;
    if (!ld_member(b, "section")) return ld_missing(L, b, ptr, "section");
    if (!ld_member(b, "title")) return ld_missing(L, b, ptr, "title");
    out->section = JX_TABLE_SECTIONS[section];
    heading_of(out, 1);
    return layout_template(P, b, ptr, "title", &out->text);
}

/* A group with a "heading": the heading is set only when the group prints
 * something under it. */
static int layout_group_heading(layout_parser *P, const cJSON *b, const char *ptr, jx_lblock *out) {
    int level = 2;
    if (!ld_member(b, "heading")) {
        if (ld_member(b, "level")) return ld_err(P->L, member_pos(P->L, b, ptr, "level"), "\"level\" is the level of the group's \"heading\", which it lacks");
        return 0;
    }
    if (ld_int(P->L, b, ptr, "level", 0, 1, 4, &level)) return -1;
    heading_of(out, level);
    return layout_template(P, b, ptr, "heading", &out->text);
}

static int layout_block(layout_parser *P, const cJSON *b, const char *ptr, jx_lblock *out) {
    loader *L = P->L;
    const char *type = NULL;
    if (!cJSON_IsObject(b)) return ld_wrong_type(L, b, ptr, "an object");
    if (ld_string(L, b, ptr, "type", 0, &type)) return -1;
    int rc;
    int chapter = type && strcmp(type, "chapter") == 0;
    if (chapter || (type && strcmp(type, "group") == 0)) {
        out->is_group = 1;
        out->is_chapter = chapter;
        out->block.pos = ld_pos_at(L, b, ptr);
        if (ld_expect_object(L, b, ptr, chapter ? CHAPTER_KEYS : GROUP_KEYS) || enter_repeat(P, b, ptr, &out->repeat) ||
            ld_string(L, b, ptr, "expect", 0, &out->repeat.expect) ||
            (chapter ? layout_chapter(P, b, ptr, out) : layout_group_heading(P, b, ptr, out)))
            return -1;
        if (out->repeat.expect && (!out->repeat.has_when || out->repeat.when.negate || out->repeat.has_each))
            return ld_err(L, member_pos(L, b, ptr, "expect"), "\"expect\" names the section a missing \"when\" leaves out; this group has no such condition");
        rc = nest(P, b, ptr);
        if (!rc) rc = layout_blocks(P, b, ptr, &out->blocks, &out->nblocks), P->depth--;
        leave_repeat(P, &out->repeat);
        return rc;
    }
    if (type && strcmp(type, "tables") == 0) {
        /* the tables an input adds to a section, set where the section ends */
        int section = 0;
        out->block.pos = ld_pos_at(L, b, ptr);
        out->block.type = JX_BLOCK_TABLE;
        out->block.size = 10.5;
        if (ld_expect_object(L, b, ptr, TABLES_KEYS) || ld_enum(L, b, ptr, "section", JX_TABLE_SECTIONS, &section) ||
            ld_font_size(L, b, ptr, "size", "42", &out->block.size) || enter_repeat(P, b, ptr, &out->repeat))
            return -1;
        if (!ld_member(b, "section")) return ld_missing(L, b, ptr, "section");
        out->section = JX_TABLE_SECTIONS[section];
        leave_repeat(P, &out->repeat);
        return 0;
    }
    if (rd_block(L, b, ptr, &out->block) || enter_repeat(P, b, ptr, &out->repeat)) return -1;
    jx_block *blk = &out->block;
    rc = 0;
    if (blk->type == JX_BLOCK_TITLE || blk->type == JX_BLOCK_HEADING || blk->type == JX_BLOCK_PARAGRAPH ||
        blk->type == JX_BLOCK_TOC)
        rc |= layout_template(P, b, ptr, "text", &out->text);
    if (blk->type == JX_BLOCK_TABLE || blk->type == JX_BLOCK_CHART)
        rc |= layout_template(P, b, ptr, "caption", &out->caption);
    if (blk->type == JX_BLOCK_TABLE) rc |= layout_rows(P, b, ptr, "rows", &out->rows, &out->nrows);
    if (blk->type == JX_BLOCK_CHART) rc |= layout_bars(P, b, ptr, out);
    leave_repeat(P, &out->repeat);
    return rc;
}

static int layout_blocks(layout_parser *P, const cJSON *obj, const char *ptr, jx_lblock **out, size_t *n) {
    loader *L = P->L;
    const char *ap;
    int bad = 0;
    const cJSON *c = ld_array(L, obj, ptr, "blocks", &ap, n, &bad);
    if (bad) return -1;
    if (!ld_member(obj, "blocks")) return ld_missing(L, obj, ptr, "blocks");
    *out = jx_arena_array(L->a, *n ? *n : 1, sizeof **out);
    if (!*out) return L->oom = 1, -1;
    int rc = 0;
    for (size_t i = 0; c; c = c->next, i++) rc |= layout_block(P, c, ld_ptr_index(L, ap, i), &(*out)[i]);
    return rc;
}

static int layout_metadata(layout_parser *P, const cJSON *v, jx_layout *lay) {
    if (!v) return 0;
    if (ld_expect_object(P->L, v, "/metadata", META_KEYS)) return -1;
    return layout_template(P, v, "/metadata", "title", &lay->title) |
           layout_template(P, v, "/metadata", "author", &lay->author) |
           layout_template(P, v, "/metadata", "subject", &lay->subject) |
           layout_template(P, v, "/metadata", "keywords", &lay->keywords) |
           layout_template(P, v, "/metadata", "web_note", &lay->web_note);
}

/* Boilerplate a firm edits once: "evaluation.principles": "…". */
static int layout_defaults(layout_parser *P, const cJSON *v, jx_layout *lay) {
    loader *L = P->L;
    if (!v) return 0;
    if (!cJSON_IsObject(v)) return ld_wrong_type(L, v, "/defaults", "an object");
    lay->ndefaults = (size_t)cJSON_GetArraySize(v);
    lay->defaults = jx_arena_array(L->a, lay->ndefaults ? lay->ndefaults : 1, sizeof *lay->defaults);
    if (!lay->defaults) return L->oom = 1, -1;
    int rc = 0;
    size_t i = 0;
    for (const cJSON *d = v->child; d; d = d->next, i++) {
        jx_default *def = &lay->defaults[i];
        const char *dp = ld_ptr_key(L, "/defaults", d->string);
        jx_pos pos = ld_pos_at(L, d, dp);
        if (jx_path_compile(L->a, d->string, strlen(d->string), pos, &P->scopes, L->file, L->diags, &def->path)) {
            rc = -1;
            continue;
        }
        if (jx_path_kind_of(&def->path) != JX_V_TEXT || def->path.up != 0 || def->path.kind != JX_PATH_FIELD) {
            rc = ld_err(L, pos, "a default is for a text value of the input, \"%s\" is not one", d->string);
            continue;
        }
        rc |= ld_text(L, v, "/defaults", d->string, &def->text);
        if (!def->text) rc = ld_wrong_type(L, d, dp, "a string or an array of strings");
    }
    return rc;
}

/* limits: the form's own limits on texts, "path": characters. */
static int layout_limits(layout_parser *P, const cJSON *v, jx_layout *lay) {
    loader *L = P->L;
    if (!v) return 0;
    if (!cJSON_IsObject(v)) return ld_wrong_type(L, v, "/limits", "an object");
    lay->nlimits = (size_t)cJSON_GetArraySize(v);
    lay->limits = jx_arena_array(L->a, lay->nlimits ? lay->nlimits : 1, sizeof *lay->limits);
    if (!lay->limits) return L->oom = 1, -1;
    int rc = 0;
    size_t i = 0;
    for (const cJSON *d = v->child; d; d = d->next, i++) {
        jx_limit *lim = &lay->limits[i];
        const char *dp = ld_ptr_key(L, "/limits", d->string);
        jx_pos pos = ld_pos_at(L, d, dp);
        if (jx_path_compile(L->a, d->string, strlen(d->string), pos, &P->scopes, L->file, L->diags, &lim->path)) {
            rc = -1;
            continue;
        }
        if (jx_path_kind_of(&lim->path) != JX_V_TEXT) {
            rc = ld_err(L, pos, "a limit is for a text value, \"%s\" is not one", d->string);
            continue;
        }
        rc |= ld_int(L, v, "/limits", d->string, 1, 1, 1000000, &lim->chars);
    }
    return rc;
}

/* uniform: paths into each input of a many-input layout whose values must
 * agree, so that a title taken from the first input holds for all. */
static int layout_uniform(layout_parser *P, const cJSON *r, jx_layout *lay) {
    loader *L = P->L;
    const char *ap;
    int bad = 0, rc = 0;
    const cJSON *c = ld_array(L, r, "", "uniform", &ap, &lay->nuniform, &bad);
    if (bad) return -1;
    if (lay->nuniform && !lay->many)
        return ld_err(L, member_pos(L, r, "", "uniform"), "\"uniform\" is for a layout of several inputs");
    lay->uniform = jx_arena_array(L->a, lay->nuniform ? lay->nuniform : 1, sizeof *lay->uniform);
    if (!lay->uniform) return L->oom = 1, -1;
    jx_scopes doc_scope = {{JX_T_DOC}, {0}, 1};
    for (size_t i = 0; c; c = c->next, i++) {
        const char *ip = ld_ptr_index(L, ap, i);
        jx_pos pos = ld_pos_at(L, c, ip);
        if (!cJSON_IsString(c)) {
            rc = ld_wrong_type(L, c, ip, "a path (a string)");
            continue;
        }
        if (jx_path_compile(L->a, c->valuestring, strlen(c->valuestring), pos, &doc_scope, L->file, L->diags,
                            &lay->uniform[i])) {
            rc = -1;
            continue;
        }
        if (jx_path_kind_of(&lay->uniform[i]) != JX_V_TEXT)
            rc = ld_err(L, pos, "\"%s\" is not a text value", c->valuestring);
    }
    return rc;
}

static int parse_layout(loader *L, jx_layout *lay) {
    const cJSON *r = L->root;
    if (ld_expect_object(L, r, "", LAYOUT_KEYS)) return -1;
    const char *format = NULL;
    int rc = ld_string(L, r, "", "format", 1, &format);
    if (format && strcmp(format, JX_LAYOUT_FORMAT) != 0)
        return ld_err(L, member_pos(L, r, "", "format"), "unsupported format \"%s\": a layout is \"%s\"", format,
                      JX_LAYOUT_FORMAT);
    static const char *const inputs[] = {"one", "many", NULL}, *const punctuation[] = {"as-typed", "full-width", NULL};
    rc |= ld_string(L, r, "", "name", 1, &lay->name) | ld_string(L, r, "", "description", 1, &lay->description) |
          ld_enum(L, r, "", "input", inputs, &lay->many) | rd_page(L, ld_member(r, "page"), &lay->page) |
          ld_enum(L, r, "", "punctuation", punctuation, &lay->full_width);
    if (rc) return rc;
    layout_parser P = {L, lay, {{0}, {0}, 1}, 0};
    P.scopes.types[0] = lay->many ? JX_T_INPUT_SET : JX_T_DOC;
    L->in_layout = 1;
    return layout_select(&P, r, lay) | layout_uniform(&P, r, lay) |
           rd_style(L, ld_member(r, "style"), &lay->style) | layout_metadata(&P, ld_member(r, "metadata"), lay) |
           layout_defaults(&P, ld_member(r, "defaults"), lay) | layout_limits(&P, ld_member(r, "limits"), lay) |
           layout_blocks(&P, r, "", &lay->blocks, &lay->nblocks);
}

static void *create_layout(loader *L) {
    jx_layout *lay = calloc(1, sizeof *lay);
    if (!lay) return jx_arena_free(L->a), NULL;
    lay->arena = L->a;
    lay->file = jx_arena_strdup(L->a, L->file);
    return lay;
}

static void parse_layout_file(loader *L, void *object) { parse_layout(L, object); }

static void destroy_layout(void *object) { jx_layout_free(object); }

jx_layout *jx_layout_load(const char *name, const unsigned char *data, size_t len, jx_diags *diags) {
    static const ld_format ops = {create_layout, parse_layout_file, destroy_layout};
    return ld_load_format(&ops, name, data, len, diags);
}

void jx_layout_free(jx_layout *layout) {
    if (!layout) return;
    jx_arena_free(layout->arena);
    free(layout);
}

/* Groups nest at most JX_LAYOUT_MAX_NESTING deep (checked when loaded),
 * which bounds this recursion. */
static void images_of(const jx_lblock *blocks, size_t n, void (*fn)(const char *, void *), void *ctx) {
    for (size_t i = 0; i < n; i++) {
        if (blocks[i].is_group) images_of(blocks[i].blocks, blocks[i].nblocks, fn, ctx);
        else if (blocks[i].block.type == JX_BLOCK_IMAGE && blocks[i].block.path) fn(blocks[i].block.path, ctx);
    }
}

void jx_layout_images(const jx_layout *layout, void (*fn)(const char *path, void *ctx), void *ctx) {
    if (layout) images_of(layout->blocks, layout->nblocks, fn, ctx);
}

/* Rows nest as groups do, as deep as the loader allows. */
static void row_lists(const jx_lrow *rows, size_t n, void (*fn)(const char *, void *), void *ctx) {
    for (size_t i = 0; i < n; i++) {
        if (rows[i].repeat.has_each) fn(rows[i].repeat.each.text, ctx);
        row_lists(rows[i].rows, rows[i].nrows, fn, ctx);
    }
}

static void block_lists(const jx_lblock *blocks, size_t n, void (*fn)(const char *, void *), void *ctx) {
    for (size_t i = 0; i < n; i++) {
        if (blocks[i].repeat.has_each) fn(blocks[i].repeat.each.text, ctx);
        block_lists(blocks[i].blocks, blocks[i].nblocks, fn, ctx);
        row_lists(blocks[i].rows, blocks[i].nrows, fn, ctx);
    }
}

void jx_layout_lists(const jx_layout *layout, void (*fn)(const char *path, void *ctx), void *ctx) {
    if (layout) block_lists(layout->blocks, layout->nblocks, fn, ctx);
}
