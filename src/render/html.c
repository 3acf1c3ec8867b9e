/* The document tree as one web page, for a government site's article or
 * attachment: real headings (the title h1, the four heading levels h2–h5),
 * paragraphs, tables with captions, header cells and the tree's spans,
 * the chart as SVG with its figures as a table, images inline. No script;
 * the style sheet inside the page follows the PDF's look (fonts by role
 * with the names each system knows them by, sizes, the type area's width,
 * the page for printing). The same tree gives the same bytes. */
#include "render/html.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/diag.h"
#include "doc/numbers.h"
#include "engine/raster.h"
#include "engine/typeset.h"
#include "engine/widths.h"
#include "render/output.h"

#define PAGE_LIMIT (256u << 20)

typedef struct html {
    const jx_document *doc;
    jx_page_style st;
    double area_w; /* the type area's width where the pages are now (they may turn) */
    jx_buf o;
    int counters[4];
    int headings; /* ids of the headings, in order: s1, s2, … */
    jx_diags *diags;
    int failed;
} html;

static void text(jx_buf *o, const char *s, size_t n) { jx_buf_markup(o, s, n); }
static void str(jx_buf *o, const char *s) { jx_buf_markup(o, s ? s : "", s ? strlen(s) : 0); }

/* Lines of s ('\n'-separated) joined by <br>. */
static void lines(jx_buf *o, const char *s) {
    for (const char *p = s ? s : ""; p;) {
        const char *nl = strchr(p, '\n');
        text(o, p, nl ? (size_t)(nl - p) : strlen(p));
        if (nl && nl[1]) jx_buf_puts(o, "<br>");
        p = nl && nl[1] ? nl + 1 : NULL;
    }
}

/*** Style ***/

/* The class of each role, and the families a browser may find it under:
 * the names Windows, macOS and Debian give the faces the PDF uses. */
static const char *const ROLE_CLASS[JX_ROLE_COUNT] = {"song", "hei", "kai", "fangsong", "title"};
static const char *const ROLE_FAMILIES[JX_ROLE_COUNT] = {
    "\"SimSun\", \"宋体\", \"Songti SC\", \"Noto Serif CJK SC\", \"Source Han Serif SC\", \"AR PL UMing CN\", serif",
    "\"SimHei\", \"黑体\", \"Heiti SC\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"WenQuanYi Zen Hei\", sans-serif",
    "\"KaiTi\", \"楷体\", \"STKaiti\", \"LXGW WenKai\", \"AR PL UKai CN\", serif",
    "\"FangSong\", \"仿宋\", \"FangSong_GB2312\", \"STFangsong\", \"FandolFang\", \"Noto Serif CJK SC\", serif",
    "\"方正小标宋简体\", \"FZXiaoBiaoSong-B05S\", \"Noto Serif CJK SC\", \"SimSun\", serif",
};

static double mm(double pt) { return pt / 72 * 25.4; }

static void style_sheet(html *h) {
    const jx_page_style *st = &h->st;
    jx_buf *o = &h->o;
    jx_buf_puts(o, "<style>\n");
    for (int r = 0; r < JX_ROLE_COUNT; r++)
        jx_buf_printf(o, ".%s { font-family: %s; }\n", ROLE_CLASS[r], ROLE_FAMILIES[r]);
    jx_buf_printf(o,
                  "body { margin: 0; background: #fff; color: #000; }\n"
                  ".document { max-width: %.1fmm; margin: 2em auto; padding: 0 1em; font-family: %s; "
                  "font-size: %.1fpt; line-height: %.2f; }\n"
                  "h1 { font-family: %s; font-size: %.1fpt; font-weight: normal; text-align: center; "
                  "line-height: 1.4; margin: 0 0 1em; }\n"
                  "h2, h3, h4, h5 { font-size: %.1fpt; margin: 0; text-indent: 2em; }\n"
                  "h2 { font-family: %s; font-weight: normal; }\n"
                  "h3 { font-family: %s; font-weight: normal; }\n"
                  "h4 { font-weight: bold; }\n"
                  "h5 { font-weight: normal; }\n"
                  "p { margin: 0; text-indent: 2em; text-align: justify; }\n"
                  "p.hang { text-indent: 0; }\n"
                  "p.web-note { text-indent: 0; font-size: 10.5pt; color: #555; border-bottom: 0.5pt solid #999; "
                  "margin-bottom: 1em; }\n"
                  "@media print { p.web-note { display: none; } }\n",
                  mm(st->area_w), ROLE_FAMILIES[JX_ROLE_FANGSONG], st->body_size, st->leading / st->body_size,
                  ROLE_FAMILIES[JX_ROLE_TITLE], st->title_size, st->body_size, ROLE_FAMILIES[JX_ROLE_HEI],
                  ROLE_FAMILIES[JX_ROLE_KAI]);
    jx_buf_printf(o,
                  "table { border-collapse: collapse; margin: 0.5em auto 1em; line-height: 1.4; }\n"
                  "caption { font-family: %s; font-size: 12pt; padding: 0.3em 0; }\n"
                  "th, td { border: 0.5pt solid #000; padding: 0.15em 0.4em; vertical-align: middle; "
                  "text-align: center; overflow-wrap: anywhere; }\n"
                  "th { font-family: %s; font-weight: normal; }\n"
                  "td.left { text-align: left; } td.right, td.decimal { text-align: right; }\n"
                  "td.top { vertical-align: top; } td.bottom { vertical-align: bottom; }\n"
                  "table.three-line { border-top: 1.5pt solid #000; border-bottom: 1.5pt solid #000; }\n"
                  "table.three-line th, table.three-line td { border: 0; }\n"
                  "table.three-line thead tr:last-child th { border-bottom: 0.75pt solid #000; }\n"
                  "nav.toc ol { list-style: none; padding: 0; margin: 0 0 1em; }\n"
                  "nav.toc li.level2 { padding-left: 2em; }\n"
                  "nav.toc a { color: inherit; text-decoration: none; }\n"
                  "figure { margin: 1em 0; text-align: center; }\n"
                  "figure svg { width: 100%%; height: auto; }\n"
                  "img { max-width: 100%%; height: auto; }\n"
                  ".page-break { height: 0; margin: 2em 0; border-top: 1px dashed #bbb; }\n"
                  "@page { size: %.0fmm %.0fmm; margin: %.0fmm %.0fmm %.0fmm %.0fmm; }\n"
                  "@media print { .document { max-width: none; margin: 0; padding: 0; } "
                  ".page-break { break-after: page; margin: 0; border: 0; } thead { display: table-header-group; } "
                  "tr, h2, h3, h4, h5 { break-inside: avoid; } h2, h3, h4, h5 { break-after: avoid; } }\n"
                  "</style>\n",
                  ROLE_FAMILIES[JX_ROLE_HEI], ROLE_FAMILIES[JX_ROLE_HEI], mm(st->width), mm(st->height), mm(st->top),
                  mm(st->width - st->left - st->area_w), mm(st->height - st->top - st->area_h), mm(st->left));
}

/* A block's own look over its element's: role, size, bold, alignment,
 * first-line indent, space above. */
static void block_attrs(jx_buf *o, const jx_block *b) {
    static const char *const aligns[] = {NULL, "left", "center", "right", "right"};
    if (b->role != JX_ROLE_AUTO) jx_buf_printf(o, " class=\"%s\"", ROLE_CLASS[b->role]);
    int styled = b->size > 0 || b->bold || aligns[b->align] || b->indent >= 0 || b->space_before > 0;
    if (!styled) return;
    jx_buf_puts(o, " style=\"");
    if (b->size > 0) jx_buf_printf(o, "font-size: %.1fpt; ", b->size);
    if (b->bold) jx_buf_puts(o, "font-weight: bold; ");
    if (aligns[b->align]) jx_buf_printf(o, "text-align: %s; ", aligns[b->align]);
    if (b->indent >= 0) jx_buf_printf(o, "text-indent: %gem; ", b->indent);
    if (b->space_before > 0) jx_buf_printf(o, "margin-top: %.1fpt; ", b->space_before);
    o->len--; /* the last space */
    jx_buf_puts(o, "\"");
}

/*** Blocks ***/

static void title(html *h, const jx_block *b) {
    jx_buf_puts(&h->o, "<h1");
    block_attrs(&h->o, b);
    jx_buf_puts(&h->o, ">");
    lines(&h->o, b->text);
    jx_buf_puts(&h->o, "</h1>\n");
}

static void heading(html *h, const jx_block *b) {
    char number[48] = "";
    if (b->mark) { /* a compilation's entry: a place the 目录 links to, nothing printed */
        jx_buf_printf(&h->o, "<div id=\"s%d\"></div>\n", ++h->headings);
        memset(h->counters, 0, sizeof h->counters);
        return;
    }
    if (!b->unnumbered) jx_heading_number(h->counters, b->level, number, sizeof number);
    int tag = b->level + 1;
    jx_buf_printf(&h->o, "<h%d id=\"s%d\"", tag, ++h->headings);
    block_attrs(&h->o, b);
    jx_buf_puts(&h->o, ">");
    str(&h->o, number);
    str(&h->o, b->text);
    jx_buf_printf(&h->o, "</h%d>\n", tag);
}

static void paragraphs(html *h, const jx_block *b) {
    for (const char *p = b->text; p && *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p), hang = b->hanging ? jx_label_chars(p, len) : 0;
        if (len && hang) { /* the lines after the first under the text after "：" */
            double indent = b->indent >= 0 ? b->indent : 2;
            jx_buf_printf(&h->o, "<p class=\"hang\" style=\"padding-left: %gem; text-indent: -%zuem;\">",
                          indent + (double)hang, hang);
        } else if (len) {
            jx_buf_puts(&h->o, "<p");
            block_attrs(&h->o, b);
            jx_buf_puts(&h->o, ">");
        }
        if (len) {
            text(&h->o, p, len);
            jx_buf_puts(&h->o, "</p>\n");
        }
        p = nl ? nl + 1 : NULL;
    }
}

/* 目录: the headings of levels 1 and 2, each a link to its place. */
static void toc(html *h, const jx_block *b) {
    jx_buf *o = &h->o;
    jx_buf_puts(o, "<nav class=\"toc\" aria-label=\"目录\"><h2 class=\"hei\" style=\"text-align: center; text-indent: 0\">");
    str(o, b->text);
    jx_buf_puts(o, "</h2>\n<ol>\n");
    int counters[4] = {0}, nth = 0;
    for (size_t i = 0; i < h->doc->nblocks; i++) {
        const jx_block *hb = &h->doc->blocks[i];
        if (hb->type != JX_BLOCK_HEADING) continue;
        char number[48] = "", listed[4096];
        if (!hb->unnumbered) jx_heading_number(counters, hb->level, number, sizeof number);
        nth++;
        if (hb->level > 2) continue;
        jx_toc_title(h->doc, hb, listed, sizeof listed);
        jx_buf_printf(o, "<li class=\"level%d\"><a href=\"#s%d\">", hb->level, nth);
        str(o, number);
        str(o, listed);
        jx_buf_puts(o, "</a></li>\n");
    }
    jx_buf_puts(o, "</ol></nav>\n");
}

static void caption(jx_buf *o, const char *s) {
    if (!s || !*s) return;
    jx_buf_puts(o, "<caption>");
    str(o, s);
    jx_buf_puts(o, "</caption>\n");
}

/* The table's opening, caption and columns: widths as shares of the
 * table, sized by the rule the PDF's tables follow, the table as wide as
 * in the PDF (out of memory: the browser sizes the columns). Should a
 * reader's font be wider still, a cell breaks its text rather than let it
 * run out of the cell. */
static void table_start(html *h, const jx_table *t) {
    jx_buf *o = &h->o;
    double *w = calloc(t->ncolumns ? t->ncolumns : 1, sizeof *w);
    double width = w ? jx_table_estimated_widths(t, 0.4 * t->size, h->area_w, w) : -1;
    jx_buf_printf(o, "<table class=\"%s\" style=\"font-size: %.1fpt", t->three_line ? "three-line" : "grid", t->size);
    if (width > 0) jx_buf_printf(o, "; table-layout: fixed; width: %.1f%%", fmin(100, 100 * width / h->area_w));
    jx_buf_puts(o, "\">\n");
    caption(o, t->caption);
    if (width > 0) {
        jx_buf_puts(o, "<colgroup>");
        for (size_t c = 0; c < t->ncolumns; c++) jx_buf_printf(o, "<col style=\"width: %.2f%%\">", 100 * w[c] / width);
        jx_buf_puts(o, "</colgroup>\n");
    }
    free(w);
}

static void cell(jx_buf *o, const jx_cell *c, int header) {
    static const char *const aligns[] = {NULL, "left", NULL, "right", "decimal"};
    static const char *const valigns[] = {NULL, "top", "bottom"};
    const char *tag = header ? "th" : "td";
    jx_buf_printf(o, "<%s", tag);
    if (header) jx_buf_puts(o, c->colspan > 1 ? " scope=\"colgroup\"" : " scope=\"col\"");
    if (c->rowspan > 1) jx_buf_printf(o, " rowspan=\"%d\"", c->rowspan);
    if (c->colspan > 1) jx_buf_printf(o, " colspan=\"%d\"", c->colspan);
    const char *a = aligns[c->align], *v = valigns[c->valign];
    if (!header && (a || v)) jx_buf_printf(o, " class=\"%s%s%s\"", a ? a : "", a && v ? " " : "", v ? v : "");
    jx_buf_puts(o, ">");
    lines(o, c->text);
    jx_buf_printf(o, "</%s>", tag);
}

/* Rows in the tree's order: the header rows (and a form's heading rows
 * inside the body) as header cells; spans as the tree has them. */
static void table(html *h, const jx_block *b) {
    const jx_table *t = b->table;
    jx_buf *o = &h->o;
    table_start(h, t);
    size_t k = 0;
    for (int r = 0; r < t->nrows; r++) {
        int header = r < t->header_rows || (t->subhead && t->subhead[r]);
        if (r == 0 && t->header_rows > 0) jx_buf_puts(o, "<thead>\n");
        if (r == t->header_rows) jx_buf_puts(o, "<tbody>\n");
        jx_buf_puts(o, "<tr>");
        for (; k < t->ncells && t->cells[k].row == r; k++) cell(o, &t->cells[k], header);
        jx_buf_puts(o, "</tr>\n");
        if (r + 1 == t->header_rows) jx_buf_puts(o, "</thead>\n");
    }
    if (t->nrows > t->header_rows) jx_buf_puts(o, "</tbody>\n");
    jx_buf_puts(o, "</table>\n");
}

/* Bars to scale with their values above and labels below, as the PDF
 * draws them; the figures again as a table for readers that cannot see. */
static void chart(html *h, const jx_block *b) {
    const jx_chart *c = b->chart;
    jx_buf *o = &h->o;
    const double W = 600, H = 300, left = 90, right = 580, top = 30, bottom = 250;
    jx_buf_puts(o, "<figure class=\"chart\">\n");
    if (c->caption && *c->caption) {
        jx_buf_puts(o, "<figcaption class=\"hei\">");
        str(o, c->caption);
        jx_buf_puts(o, "</figcaption>\n");
    }
    jx_buf_printf(o, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %g %g\" aria-hidden=\"true\" "
                     "class=\"song\" style=\"font-size: 14px\">\n", W, H);
    jx_buf_printf(o, "<path d=\"M%g %gV%gH%g\" stroke=\"#000\" fill=\"none\"/>\n", left, top - 8, bottom, right);
    for (int k = 0; k <= 2; k++) {
        double y = bottom - (bottom - top) * k / 2;
        jx_buf_printf(o, "<text x=\"%g\" y=\"%g\" text-anchor=\"end\">%g", left - 6, y + 5, c->max * k / 2);
        str(o, c->unit);
        jx_buf_puts(o, "</text>\n");
    }
    double slot = (right - left) / (double)(c->nbars ? c->nbars : 1);
    for (size_t i = 0; i < c->nbars; i++) {
        const jx_bar *bar = &c->bars[i];
        double bh = c->max > 0 ? (bottom - top) * bar->value / c->max : 0, cx = left + slot * ((double)i + 0.5);
        int numeric = bar->shown[0] >= '0' && bar->shown[0] <= '9';
        jx_buf_printf(o, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#999\"/>\n", cx - slot * 0.225,
                      bottom - bh, slot * 0.45, bh);
        jx_buf_printf(o, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">", cx, bottom - bh - 6);
        str(o, bar->shown);
        if (numeric) str(o, c->unit);
        jx_buf_printf(o, "</text>\n<text x=\"%.1f\" y=\"%g\" text-anchor=\"middle\">", cx, bottom + 24);
        str(o, bar->label);
        jx_buf_puts(o, "</text>\n");
    }
    jx_buf_puts(o, "</svg>\n<table class=\"grid chart-data\">\n<caption>");
    str(o, c->caption && *c->caption ? c->caption : "图表");
    jx_buf_puts(o, "（数据）</caption>\n<thead>\n<tr><th scope=\"col\">项目</th><th scope=\"col\">数值");
    if (c->unit && *c->unit) {
        jx_buf_puts(o, "（");
        str(o, c->unit);
        jx_buf_puts(o, "）");
    }
    jx_buf_puts(o, "</th></tr>\n</thead>\n<tbody>\n");
    for (size_t i = 0; i < c->nbars; i++) {
        jx_buf_puts(o, "<tr><th scope=\"row\">");
        str(o, c->bars[i].label);
        jx_buf_puts(o, "</th><td>");
        str(o, c->bars[i].shown);
        jx_buf_puts(o, "</td></tr>\n");
    }
    jx_buf_puts(o, "</tbody>\n</table>\n</figure>\n");
}

static void base64(jx_buf *o, const unsigned char *p, size_t n) {
    static const char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (size_t i = 0; i < n; i += 3) {
        unsigned long v = (unsigned long)p[i] << 16 | (i + 1 < n ? (unsigned long)p[i + 1] << 8 : 0) |
                          (i + 2 < n ? p[i + 2] : 0);
        char q[4] = {digits[v >> 18 & 63], digits[v >> 12 & 63], i + 1 < n ? digits[v >> 6 & 63] : '=',
                     i + 2 < n ? digits[v & 63] : '='};
        jx_buf_put(o, q, 4);
    }
}

/* The image inside the page, checked as the PDF checks it; its file name
 * (without folder and extension) as its text for readers that cannot see. */
static void image(html *h, const jx_block *b) {
    const char *path = jx_block_image_path(h->doc, b);
    jx_buf data;
    jx_buf_init(&data, PAGE_LIMIT / 2);
    FILE *f = path ? fopen(path, "rb") : NULL;
    int unread = !f || jx_buf_read(&data, f) != 0;
    if (f) fclose(f);
    jx_raster r;
    char err[256] = "cannot read the file";
    if (unread || jx_raster_decode((const unsigned char *)data.data, data.len, 0, &r, err, sizeof err)) {
        jx_diag_at(h->diags, JX_ERROR, h->doc->file, b->pos, "image %s: %s", path ? path : b->path, err);
        h->failed = 1;
        jx_buf_free(&data);
        return;
    }
    int jpeg = r.jpeg;
    jx_raster_free(&r);
    static const char *const aligns[] = {"center", "left", "center", "right", "right"};
    jx_buf_printf(&h->o, "<p style=\"text-indent: 0; text-align: %s\"><img alt=\"", aligns[b->align]);
    const char *base = strrchr(b->path, '/') ? strrchr(b->path, '/') + 1 : b->path, *dot = strrchr(base, '.');
    text(&h->o, base, dot ? (size_t)(dot - base) : strlen(base));
    jx_buf_printf(&h->o, "\" style=\"width: %.1fmm\" src=\"data:image/%s;base64,",
                  b->width_mm > 0 ? b->width_mm : mm(h->area_w) / 2, jpeg ? "jpeg" : "png");
    base64(&h->o, (const unsigned char *)data.data, data.len);
    jx_buf_puts(&h->o, "\"></p>\n");
    jx_buf_free(&data);
}

static void block(html *h, const jx_block *b) {
    switch (b->type) {
    case JX_BLOCK_TITLE: title(h, b); break;
    case JX_BLOCK_HEADING: heading(h, b); break;
    case JX_BLOCK_PARAGRAPH: paragraphs(h, b); break;
    case JX_BLOCK_TABLE: table(h, b); break;
    case JX_BLOCK_TOC: toc(h, b); break;
    case JX_BLOCK_CHART: chart(h, b); break;
    case JX_BLOCK_IMAGE: image(h, b); break;
    case JX_BLOCK_PAGEBREAK:
        if (b->turn) {
            jx_page_style turned;
            jx_page_style_turned(h->doc, b->turn - 1, &turned);
            h->area_w = turned.area_w;
        }
        jx_buf_puts(&h->o, "<div class=\"page-break\"></div>\n");
        break;
    case JX_BLOCK_GROUP:
    case JX_BLOCK_TABLES:
    case JX_BLOCK_CHAPTER: break;
    }
}

/* The page's title: the document's, else its first title block's lines. */
static void page_title(html *h, const jx_pdf_meta *meta) {
    const char *t = meta && meta->title && *meta->title ? meta->title : NULL;
    for (size_t i = 0; !t && i < h->doc->nblocks; i++)
        if (h->doc->blocks[i].type == JX_BLOCK_TITLE) t = h->doc->blocks[i].text;
    jx_buf_puts(&h->o, "<title>");
    for (const char *p = t ? t : "绩效评价"; *p; p++) {
        if (*p == '\n') jx_buf_putc(&h->o, ' ');
        else text(&h->o, p, 1);
    }
    jx_buf_puts(&h->o, "</title>\n");
}

static void meta_line(jx_buf *o, const char *name, const char *content) {
    if (!content || !*content) return;
    jx_buf_printf(o, "<meta name=\"%s\" content=\"", name);
    str(o, content);
    jx_buf_puts(o, "\">\n");
}

static void head(html *h, const jx_pdf_meta *meta) {
    jx_buf *o = &h->o;
    jx_buf_puts(o, "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<meta name=\"generator\" content=\"jixiao\">\n");
    if (meta) {
        meta_line(o, "author", meta->author);
        meta_line(o, "description", meta->subject);
        meta_line(o, "keywords", meta->keywords);
    }
    page_title(h, meta);
    style_sheet(h);
    jx_buf_puts(o, "</head>\n<body>\n");
}

int jx_html_document(const jx_document *doc, const jx_pdf_meta *meta, int fragment, char **out, size_t *len,
                     jx_diags *diags) {
    html h = {.doc = doc, .diags = diags};
    jx_page_style_of(doc, &h.st);
    h.area_w = h.st.area_w;
    jx_buf_init(&h.o, PAGE_LIMIT);
    if (!fragment) head(&h, meta);
    jx_buf_puts(&h.o, "<article class=\"document\">\n");
    if (doc->web_note && *doc->web_note) { /* the layout's word on which copy is authoritative */
        jx_buf_puts(&h.o, "<p class=\"web-note\">");
        str(&h.o, doc->web_note);
        jx_buf_puts(&h.o, "</p>\n");
    }
    for (size_t i = 0; i < doc->nblocks && !h.failed; i++) block(&h, &doc->blocks[i]);
    jx_buf_puts(&h.o, "</article>\n");
    if (!fragment) jx_buf_puts(&h.o, "</body>\n</html>\n");
    *len = h.o.len;
    *out = h.failed ? NULL : jx_buf_take(&h.o);
    jx_buf_free(&h.o);
    if (!h.failed && !*out)
        jx_diags_add(diags, JX_ERROR, doc->file, 0, 0, "", "%s", "the page is larger than 256 MiB, or out of memory");
    return *out ? 0 : -1;
}

int jx_render_html(const jx_document *doc, const jx_pdf_meta *meta, int fragment, const char *path, jx_diags *diags) {
    char *page = NULL, err[512];
    size_t len = 0;
    if (jx_html_document(doc, meta, fragment, &page, &len, diags)) return -1;
    int rc = jx_write_output(path, page, len, err, sizeof err);
    if (rc) jx_diags_add(diags, JX_ERROR, path, 0, 0, "", "%s", err);
    free(page);
    return rc;
}
