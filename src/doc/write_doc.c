/* A document tree written back as jixiao-doc/1 JSON: what a layout made of
 * an input, to read, edit and typeset, or to hand to another typesetter. */
#include <stdio.h>

#include "base/buf.h"
#include "doc/names.h"
#include "doc/write_doc.h"

static void key(jx_buf *b, const char *k) {
    jx_buf_putc(b, ',');
    jx_buf_json_string(b, k);
    jx_buf_putc(b, ':');
}

static void str(jx_buf *b, const char *k, const char *v) {
    if (!v) return;
    key(b, k);
    jx_buf_json_string(b, v);
}

static void num(jx_buf *b, const char *k, double v) {
    key(b, k);
    jx_buf_printf(b, "%.4g", v);
}


static void text_style(jx_buf *b, const jx_block *blk) {
    if (blk->role != JX_ROLE_AUTO) str(b, "font", JX_ROLE_NAMES[blk->role]);
    if (blk->size > 0) num(b, "size", blk->size);
    if (blk->bold) key(b, "bold"), jx_buf_puts(b, "true");
    if (blk->align != JX_ALIGN_AUTO) str(b, "align", JX_ALIGN_NAMES[blk->align]);
    if (blk->indent >= 0) num(b, "indent", blk->indent);
    if (blk->space_before > 0) num(b, "space", blk->space_before * 25.4 / 72);
    if (blk->unnumbered) key(b, "numbered"), jx_buf_puts(b, "false");
    if (blk->hanging) key(b, "hanging"), jx_buf_puts(b, "true");
}

static void cell(jx_buf *b, const jx_cell *c) {
    jx_buf_puts(b, "{\"text\":");
    jx_buf_json_string(b, c->text);
    if (c->rowspan > 1) key(b, "rowspan"), jx_buf_printf(b, "%d", c->rowspan);
    if (c->colspan > 1) key(b, "colspan"), jx_buf_printf(b, "%d", c->colspan);
    if (c->align != JX_ALIGN_AUTO) str(b, "align", JX_ALIGN_NAMES[c->align]);
    if (c->valign != JX_VALIGN_MIDDLE) str(b, "valign", JX_VALIGN_NAMES[c->valign]);
    jx_buf_putc(b, '}');
}

static void table(jx_buf *b, const jx_table *t) {
    str(b, "caption", t->caption);
    key(b, "columns");
    for (size_t i = 0; i < t->ncolumns; i++) jx_buf_printf(b, "%c%.4g", i ? ',' : '[', t->columns[i]);
    jx_buf_putc(b, ']');
    if (t->header_rows) key(b, "header"), jx_buf_printf(b, "%d", t->header_rows);
    if (t->subhead) {
        key(b, "subheads");
        char sep = '[';
        for (int r = 0; r < t->nrows; r++)
            if (t->subhead[r]) jx_buf_printf(b, "%c%d", sep, r), sep = ',';
        jx_buf_putc(b, ']');
    }
    if (t->three_line) str(b, "style", JX_RULES_NAMES[1]);
    if (t->widths != JX_WIDTHS_PROPORTIONAL) str(b, "widths", JX_WIDTHS_NAMES[t->widths]);
    num(b, "size", t->size);
    key(b, "rows");
    jx_buf_putc(b, '[');
    size_t k = 0;
    for (int r = 0; r < t->nrows; r++) {
        jx_buf_puts(b, r ? ",[" : "[");
        for (size_t first = k; k < t->ncells && t->cells[k].row == r; k++) {
            if (k > first) jx_buf_putc(b, ',');
            cell(b, &t->cells[k]);
        }
        jx_buf_putc(b, ']');
    }
    jx_buf_putc(b, ']');
}

static void chart(jx_buf *b, const jx_chart *c) {
    str(b, "caption", c->caption);
    str(b, "unit", c->unit);
    num(b, "max", c->max);
    key(b, "bars");
    for (size_t i = 0; i < c->nbars; i++) {
        jx_buf_puts(b, i ? ",{\"label\":" : "[{\"label\":");
        jx_buf_json_string(b, c->bars[i].label);
        /* the value as written, so that "100.00" stays; a bar without a
         * number (a score not published) says what it shows */
        const char *shown = c->bars[i].shown;
        if (shown && shown[0] >= '0' && shown[0] <= '9') {
            jx_buf_printf(b, ",\"value\":%s}", shown);
        } else {
            jx_buf_printf(b, ",\"value\":%.6g,\"shown\":", c->bars[i].value);
            jx_buf_json_string(b, shown ? shown : "");
            jx_buf_putc(b, '}');
        }
    }
    jx_buf_putc(b, ']');
}

static void block(jx_buf *b, const jx_block *blk) {
    jx_buf_puts(b, "\n  {\"type\":");
    jx_buf_json_string(b, JX_BLOCK_NAMES[blk->type]);
    switch (blk->type) {
    case JX_BLOCK_HEADING:
        key(b, "level"), jx_buf_printf(b, "%d", blk->level);
        if (blk->mark) key(b, "mark"), jx_buf_puts(b, "true");
        /* fall through */
    case JX_BLOCK_TITLE:
    case JX_BLOCK_PARAGRAPH:
        str(b, "text", blk->text);
        text_style(b, blk);
        break;
    case JX_BLOCK_TOC: str(b, "text", blk->text); break;
    case JX_BLOCK_PAGEBREAK:
        if (blk->restart) key(b, "restart"), jx_buf_puts(b, "true");
        if (blk->turn) str(b, "orientation", JX_ORIENTATION_NAMES[blk->turn - 1]);
        break;
    case JX_BLOCK_TABLE: table(b, blk->table); break;
    case JX_BLOCK_CHART: chart(b, blk->chart); break;
    case JX_BLOCK_GROUP:
    case JX_BLOCK_TABLES:
    case JX_BLOCK_CHAPTER: break;
    case JX_BLOCK_IMAGE:
        str(b, "path", blk->path);
        num(b, "width", blk->width_mm);
        if (blk->align != JX_ALIGN_AUTO) str(b, "align", JX_ALIGN_NAMES[blk->align]);
        break;
    }
    jx_buf_putc(b, '}');
}

static void style(jx_buf *b, const jx_doc_style *s) {
    static const char *const keys[] = {"body", "title", "folio", "top", "left", "width", "height"};
    const double values[] = {s->body, s->title, s->folio, s->top, s->left, s->width, s->height};
    int any = 0;
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        if (values[i] <= 0) continue;
        jx_buf_puts(b, any ? "," : ",\n \"style\":{");
        jx_buf_json_string(b, keys[i]);
        jx_buf_printf(b, ":%.6g", values[i]);
        any = 1;
    }
    if (any) jx_buf_putc(b, '}');
}

static void page(jx_buf *b, const jx_doc_page *p) {
    jx_buf_puts(b, ",\n \"page\":{\"orientation\":");
    jx_buf_json_string(b, JX_ORIENTATION_NAMES[p->landscape]);
    str(b, "numbers", JX_NUMBERS_NAMES[p->numbers]);
    if (p->first_number != 1) key(b, "first_number"), jx_buf_printf(b, "%d", p->first_number);
    if (p->leading > 0) num(b, "leading", p->leading);
    if (p->line_spacing > 0) num(b, "line_spacing", p->line_spacing);
    if (p->paragraph_spacing > 0) num(b, "paragraph_spacing", p->paragraph_spacing);
    if (p->grid) key(b, "grid"), jx_buf_puts(b, "true");
    if (p->kinsoku != JX_KINSOKU_DEFAULT) str(b, "kinsoku", JX_KINSOKU_NAMES[p->kinsoku]);
    str(b, "header", p->header);
    jx_buf_putc(b, '}');
}

char *jx_doctree_json(const jx_document *doc) {
    jx_buf b;
    jx_buf_init(&b, 64u << 20);
    jx_buf_puts(&b, "{\"format\":\"" JX_DOC_FORMAT "\"");
    str(&b, "title", doc->title);
    str(&b, "author", doc->author);
    str(&b, "subject", doc->subject);
    str(&b, "keywords", doc->keywords);
    str(&b, "web_note", doc->web_note);
    page(&b, &doc->page);
    style(&b, &doc->style);
    jx_buf_puts(&b, ",\n \"blocks\":[");
    for (size_t i = 0; i < doc->nblocks; i++) {
        if (i) jx_buf_putc(&b, ',');
        block(&b, &doc->blocks[i]);
    }
    jx_buf_puts(&b, "\n]}\n");
    return jx_buf_take(&b);
}
