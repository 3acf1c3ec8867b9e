/* The document tree as WordprocessingML, for drafts finished in Word or
 * WPS: styles rather than direct formatting (标题 1–4 with outline levels,
 * 正文 with the fonts of its role named for East Asian text too), heading
 * numbers as text, tables with spans and repeated header rows, a 目录 field
 * with its entries cached, "— PAGE —" footers odd right and even left, the
 * front matter in a section of its own without numbers, charts as native
 * bar charts, images embedded. Word paginates the document itself; nothing
 * here depends on the laid-out pages but the 目录's cached page numbers.
 * The package is built in memory with libzip (fixed times and order, so
 * the same tree gives the same bytes) and written whole. */
#include "render/docx.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "base/package.h"

#include "base/buf.h"
#include "base/diag.h"
#include "doc/numbers.h"
#include "engine/raster.h"
#include "engine/widths.h"
#include "engine/typeset.h"
#include "render/output.h"

#define PART_LIMIT (64u << 20)
#define TWIPS_PER_PT 20
#define TWIPS_PER_MM (1440.0 / 25.4)
#define EMU_PER_MM 36000.0

/* The names Word and WPS know these roles by on Chinese systems. */
static const char *const FONT_NAMES[JX_ROLE_COUNT] = {"宋体", "黑体", "楷体", "仿宋", "方正小标宋简体"};
/* and what to show where a machine lacks one */
static const char *const FONT_ALTS[JX_ROLE_COUNT] = {"SimSun", "SimHei", "KaiTi", "FangSong", "宋体"};

typedef struct media {
    const char *path;
    unsigned char *bytes;
    size_t len;
    int jpeg;
} media;

typedef struct docx {
    const jx_document *doc;
    const int *toc_pages; /* the printed page of each heading, in order, or NULL */
    size_t ntoc;
    jx_page_style st;
    double area_w; /* the type area's width in the current section (pages may turn) */
    jx_buf body;
    media *media;
    size_t nmedia;
    jx_buf *charts;
    size_t ncharts;
    int counters[4];
    int drawings; /* ids of the inline drawings */
    jx_diags *diags;
    int failed;
    char err[512];
} docx;

static void fail(docx *x, const char *msg, const char *what) {
    if (x->failed) return;
    x->failed = 1;
    snprintf(x->err, sizeof x->err, "%s%s%s", what ? what : "", what ? ": " : "", msg);
}

/*** XML ***/

static void xml_str(jx_buf *b, const char *s) { jx_buf_markup(b, s ? s : "", s ? strlen(s) : 0); }

static long twips_mm(double mm) { return lround(mm * TWIPS_PER_MM); }
static long twips_pt(double pt) { return lround(pt * TWIPS_PER_PT); }

/*** Runs and paragraphs ***/

typedef struct look {
    jx_role role; /* JX_ROLE_AUTO: the style's */
    double size;  /* pt, 0: the style's */
    int bold;
} look;

static void run_props(jx_buf *b, look lk, int bold) {
    if (lk.role == JX_ROLE_AUTO && lk.size <= 0 && !bold) return;
    jx_buf_puts(b, "<w:rPr>");
    if (lk.role != JX_ROLE_AUTO) {
        const char *f = FONT_NAMES[lk.role];
        jx_buf_printf(b, "<w:rFonts w:ascii=\"%s\" w:hAnsi=\"%s\" w:eastAsia=\"%s\" w:cs=\"%s\"/>", f, f, f, f);
    }
    if (bold) jx_buf_puts(b, "<w:b/><w:bCs/>");
    if (lk.size > 0) jx_buf_printf(b, "<w:sz w:val=\"%ld\"/><w:szCs w:val=\"%ld\"/>", lround(lk.size * 2), lround(lk.size * 2));
    jx_buf_puts(b, "</w:rPr>");
}

static void run(jx_buf *b, look lk, int bold, const char *s, size_t n) {
    if (!n) return;
    jx_buf_puts(b, "<w:r>");
    run_props(b, lk, bold);
    jx_buf_puts(b, "<w:t xml:space=\"preserve\">");
    jx_buf_markup(b, s, n);
    jx_buf_puts(b, "</w:t></w:r>");
}

/* Text as it is: bold is the block's, as the PDF sets it. */
static void runs(jx_buf *b, look lk, const char *s, size_t n) { run(b, lk, lk.bold, s, n); }

typedef struct para {
    const char *style; /* NULL: 正文 */
    const char *jc;    /* NULL: the style's */
    double indent_chars; /* < 0: the style's */
    int keep_next;
    double before;     /* pt above, 0: the style's */
    double hang_chars; /* > 0: lines after the first hang this far in from the indent */
} para;

static void para_open(jx_buf *b, para p) {
    jx_buf_puts(b, "<w:p>");
    if (!p.style && !p.jc && p.indent_chars < 0 && !p.keep_next && p.before <= 0) return;
    jx_buf_puts(b, "<w:pPr>");
    if (p.style) jx_buf_printf(b, "<w:pStyle w:val=\"%s\"/>", p.style);
    if (p.keep_next) jx_buf_puts(b, "<w:keepNext/>");
    if (p.before > 0) jx_buf_printf(b, "<w:spacing w:before=\"%ld\"/>", twips_pt(p.before));
    if (p.hang_chars > 0)
        jx_buf_printf(b, "<w:ind w:leftChars=\"%ld\" w:hangingChars=\"%ld\"/>",
                      lround((fmax(p.indent_chars, 0) + p.hang_chars) * 100), lround(p.hang_chars * 100));
    else if (p.indent_chars >= 0)
        jx_buf_printf(b, "<w:ind w:firstLineChars=\"%ld\" w:firstLine=\"0\"/>", lround(p.indent_chars * 100));
    if (p.jc) jx_buf_printf(b, "<w:jc w:val=\"%s\"/>", p.jc);
    jx_buf_puts(b, "</w:pPr>");
}

static const char *align_jc(jx_align a) {
    static const char *const jc[] = {NULL, "left", "center", "right", "right"};
    return jc[a];
}

/* A block's own look over its style's: role, size, bold, alignment, indent. */
static look block_look(const jx_block *b) { return (look){b->role, b->size, b->bold}; }

static para block_para(const jx_block *b, const char *style) {
    return (para){style, align_jc(b->align), b->indent, 0, b->space_before, 0};
}

/* Each '\n'-separated line of text its own paragraph. */
static void paragraphs(docx *x, const jx_block *b, const char *style) {
    for (const char *p = b->text; p && *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (len) {
            para pp = block_para(b, style);
            if (b->hanging) pp.hang_chars = (double)jx_label_chars(p, len);
            para_open(&x->body, pp);
            runs(&x->body, block_look(b), p, len);
            jx_buf_puts(&x->body, "</w:p>");
        }
        p = nl ? nl + 1 : NULL;
    }
}

/* A title's lines in one paragraph, broken where the tree breaks them. */
static void title(docx *x, const jx_block *b) {
    para_open(&x->body, block_para(b, "Title"));
    for (const char *p = b->text; p && *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        runs(&x->body, block_look(b), p, len);
        if (nl && nl[1]) jx_buf_puts(&x->body, "<w:r><w:br/></w:r>");
        p = nl ? nl + 1 : NULL;
    }
    jx_buf_puts(&x->body, "</w:p>");
}

static void heading(docx *x, const jx_block *b) {
    static const char *const styles[] = {"Heading1", "Heading2", "Heading3", "Heading4"};
    if (b->mark) return; /* a compilation's entry: the 目录 field lists headings Word sees */
    char number[48] = "";
    if (!b->unnumbered) jx_heading_number(x->counters, b->level, number, sizeof number);
    para p = block_para(b, styles[b->level - 1]);
    para_open(&x->body, p);
    run(&x->body, block_look(b), b->bold, number, strlen(number));
    runs(&x->body, block_look(b), b->text, strlen(b->text));
    jx_buf_puts(&x->body, "</w:p>");
}

/* 目录: a TOC field over the headings of levels 1 and 2, its entries cached
 * (with the PDF's page numbers when known) so it reads right before Word
 * updates it. */
static void toc(docx *x, const jx_block *b) {
    jx_buf *o = &x->body;
    jx_buf_puts(o, "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/><w:docPartUnique/>"
                   "</w:docPartObj></w:sdtPr><w:sdtContent>");
    para_open(o, (para){"TOCHeading", NULL, -1, 0, 0, 0});
    run(o, (look){JX_ROLE_AUTO, 0, 0}, 0, b->text, strlen(b->text));
    jx_buf_puts(o, "</w:p>");
    int counters[4] = {0}, first = 1;
    size_t nth = 0;
    for (size_t i = 0; i < x->doc->nblocks; i++) {
        const jx_block *h = &x->doc->blocks[i];
        if (h->type != JX_BLOCK_HEADING) continue;
        char number[48] = "", page[16] = "";
        if (!h->unnumbered) jx_heading_number(counters, h->level, number, sizeof number);
        if (x->toc_pages && nth < x->ntoc) snprintf(page, sizeof page, "%d", x->toc_pages[nth]);
        nth++;
        if (h->level > 2) continue;
        para_open(o, (para){h->level == 1 ? "TOC1" : "TOC2", NULL, -1, 0, 0, 0});
        if (first)
            jx_buf_puts(o, "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC "
                           "\\o &quot;1-2&quot; \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar "
                           "w:fldCharType=\"separate\"/></w:r>");
        first = 0;
        char title[4096];
        jx_toc_title(x->doc, h, title, sizeof title);
        run(o, (look){JX_ROLE_AUTO, 0, 0}, 0, number, strlen(number));
        run(o, (look){JX_ROLE_AUTO, 0, 0}, 0, title, strlen(title));
        jx_buf_puts(o, "<w:r><w:tab/></w:r>");
        run(o, (look){JX_ROLE_AUTO, 0, 0}, 0, page, strlen(page));
        jx_buf_puts(o, "</w:p>");
    }
    if (first) { /* no heading: the field alone, for Word to fill */
        jx_buf_puts(o, "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> "
                       "TOC \\o &quot;1-2&quot; \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                       "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>");
    } else {
        jx_buf_puts(o, "<w:p><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>");
    }
    jx_buf_puts(o, "</w:sdtContent></w:sdt>");
}

/*** Tables ***/

static void caption(docx *x, const char *text) {
    if (!text || !*text) return;
    para_open(&x->body, (para){"Caption", NULL, -1, 1, 0, 0});
    run(&x->body, (look){JX_ROLE_AUTO, 0, 0}, 0, text, strlen(text));
    jx_buf_puts(&x->body, "</w:p>");
}

/* A cell's padding each side, as the PDF's tables have it. */
static double cell_pad(const jx_table *t) { return 0.4 * t->size; }

/* Column widths in twips, sized the way the PDF sizes them from
 * estimated text widths, net of the cells' padding, which the table sets
 * to the PDF's. */
static long *column_twips(const docx *x, const jx_table *t) {
    long *w = calloc(t->ncolumns ? t->ncolumns : 1, sizeof *w);
    double *pt = calloc(t->ncolumns ? t->ncolumns : 1, sizeof *pt);
    if (!w || !pt || jx_table_estimated_widths(t, cell_pad(t), x->area_w, pt) < 0) {
        free(pt), free(w);
        return NULL;
    }
    for (size_t c = 0; c < t->ncolumns; c++) w[c] = twips_pt(pt[c]);
    free(pt);
    return w;
}

static void borders(jx_buf *b, const jx_table *t) {
    if (t->three_line) {
        /* 三线表: thick above and below, thin under the header (set on its cells) */
        jx_buf_puts(b, "<w:tblBorders><w:top w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"000000\"/>"
                       "<w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"000000\"/></w:tblBorders>");
        return;
    }
    jx_buf_puts(b, "<w:tblBorders>");
    static const char *const sides[] = {"top", "left", "bottom", "right", "insideH", "insideV"};
    for (size_t k = 0; k < 6; k++) jx_buf_printf(b, "<w:%s w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>", sides[k]);
    jx_buf_puts(b, "</w:tblBorders>");
}

static void cell_text(docx *x, const jx_table *t, const jx_cell *c, int header) {
    static const char *const valign[] = {"center", "top", "bottom"};
    jx_buf *o = &x->body;
    if (c->valign != JX_VALIGN_TOP) jx_buf_printf(o, "<w:vAlign w:val=\"%s\"/>", valign[c->valign]);
    jx_buf_puts(o, "</w:tcPr>");
    const char *jc = align_jc(c->align);
    look lk = {header ? JX_ROLE_HEI : JX_ROLE_AUTO, t->size, 0};
    const char *p = c->text ? c->text : "";
    do {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        para_open(o, (para){"TableText", jc ? jc : "center", -1, 0, 0, 0});
        runs(o, lk, p, len);
        jx_buf_puts(o, "</w:p>");
        p = nl ? nl + 1 : NULL;
    } while (p);
}

/* One cell of row: where a span started above, an empty continuation. */
static void table_cell(docx *x, const jx_table *t, const long *w, const jx_cell *c, int row, int col) {
    jx_buf *o = &x->body;
    long width = 0;
    for (int k = 0; k < c->colspan; k++) width += w[col + k];
    jx_buf_printf(o, "<w:tc><w:tcPr><w:tcW w:w=\"%ld\" w:type=\"dxa\"/>", width);
    if (c->colspan > 1) jx_buf_printf(o, "<w:gridSpan w:val=\"%d\"/>", c->colspan);
    if (c->rowspan > 1) jx_buf_puts(o, row == c->row ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>");
    if (t->three_line && t->header_rows > 0 && c->row + c->rowspan == t->header_rows)
        jx_buf_puts(o, "<w:tcBorders><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/></w:tcBorders>");
    if (row == c->row) {
        cell_text(x, t, c, c->row < t->header_rows);
    } else { /* the rows a span continues into hold an empty, merged cell */
        jx_buf_puts(o, "</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr></w:p>");
    }
    jx_buf_puts(o, "</w:tc>");
}

static void table(docx *x, const jx_block *b) {
    const jx_table *t = b->table;
    caption(x, t->caption);
    long *w = column_twips(x, t);
    /* the cell covering each place of the grid */
    const jx_cell **grid = calloc((size_t)(t->nrows > 0 ? t->nrows : 1) * (t->ncolumns ? t->ncolumns : 1), sizeof *grid);
    if (!w || !grid) {
        free(w), free(grid);
        fail(x, "out of memory", NULL);
        return;
    }
    for (size_t i = 0; i < t->ncells; i++) {
        const jx_cell *c = &t->cells[i];
        for (int r = c->row; r < c->row + c->rowspan && r < t->nrows; r++)
            for (int k = c->col; k < c->col + c->colspan && k < (int)t->ncolumns; k++)
                grid[(size_t)r * t->ncolumns + (size_t)k] = c;
    }
    jx_buf *o = &x->body;
    long total = 0;
    for (size_t c = 0; c < t->ncolumns; c++) total += w[c];
    jx_buf_printf(o, "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"%ld\" w:type=\"dxa\"/>"
                     "<w:jc w:val=\"center\"/>", total);
    borders(o, t);
    jx_buf_printf(o, "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"%ld\" w:type=\"dxa\"/>"
                     "<w:right w:w=\"%ld\" w:type=\"dxa\"/></w:tblCellMar>", twips_pt(cell_pad(t)), twips_pt(cell_pad(t)));
    jx_buf_puts(o, "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" "
                   "w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
    for (size_t c = 0; c < t->ncolumns; c++) jx_buf_printf(o, "<w:gridCol w:w=\"%ld\"/>", w[c]);
    jx_buf_puts(o, "</w:tblGrid>");
    for (int r = 0; r < t->nrows; r++) {
        /* body rows may split across pages, as in the PDF; header rows repeat whole */
        jx_buf_puts(o, r < t->header_rows ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr>");
        for (size_t k = 0; k < t->ncolumns;) {
            const jx_cell *c = grid[(size_t)r * t->ncolumns + k];
            if (!c) { /* a hole the loader would have refused: an empty cell keeps the grid */
                jx_buf_printf(o, "<w:tc><w:tcPr><w:tcW w:w=\"%ld\" w:type=\"dxa\"/></w:tcPr><w:p/></w:tc>", w[k]);
                k++;
                continue;
            }
            table_cell(x, t, w, c, r, (int)k);
            k += (size_t)(c->colspan > 0 ? c->colspan : 1);
        }
        jx_buf_puts(o, "</w:tr>");
    }
    jx_buf_puts(o, "</w:tbl>");
    /* Word joins two tables that touch: a paragraph keeps them apart */
    jx_buf_puts(o, "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr></w:p>");
    free(w);
    free(grid);
}

/*** Drawings: images and charts ***/

static void inline_drawing(docx *x, long cx, long cy, const char *name, const char *graphic, jx_align align) {
    jx_buf *o = &x->body;
    para_open(o, (para){"TableText", align_jc(align) ? align_jc(align) : "center", -1, 0, 0, 0});
    int id = ++x->drawings;
    jx_buf_printf(o, "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"%ld\" "
                     "cy=\"%ld\"/><wp:docPr id=\"%d\" name=\"%s %d\"/><a:graphic "
                     "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">%s</a:graphic></wp:inline>"
                     "</w:drawing></w:r></w:p>",
                  cx, cy, id, name, id, graphic);
}

/* A file's bytes, as they go into the package. */
static unsigned char *read_whole(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    jx_buf data;
    jx_buf_init(&data, PART_LIMIT);
    jx_buf_read(&data, f);
    fclose(f);
    *len = data.len;
    return (unsigned char *)jx_buf_take(&data);
}

static void image(docx *x, const jx_block *b) {
    jx_raster r;
    char err[256];
    const char *path = jx_block_image_path(x->doc, b);
    if (!path) {
        fail(x, "out of memory", NULL);
        return;
    }
    /* read and checked as the PDF reads it; its size gives the height */
    if (jx_raster_read(path, 0, &r, err, sizeof err)) {
        jx_diag_at(x->diags, JX_ERROR, x->doc->file, b->pos, "image %s: %s", path, err);
        x->failed = 1;
        return;
    }
    long w = r.width, h = r.height;
    int jpeg = r.jpeg;
    jx_raster_free(&r);
    media *more = realloc(x->media, (x->nmedia + 1) * sizeof *more);
    if (!more) {
        fail(x, "out of memory", b->path);
        return;
    }
    x->media = more;
    media *m = &x->media[x->nmedia];
    size_t len = 0;
    *m = (media){path, read_whole(path, &len), 0, jpeg};
    m->len = len;
    if (!m->bytes) {
        fail(x, "cannot read the image", path);
        return;
    }
    x->nmedia++;
    double w_mm = b->width_mm > 0 ? b->width_mm : x->area_w / 72 * 25.4 / 2;
    long cx = lround(w_mm * EMU_PER_MM), cy = lround(w_mm * EMU_PER_MM * (double)h / (double)(w ? w : 1));
    char graphic[1024];
    snprintf(graphic, sizeof graphic,
             "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic "
             "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"0\" "
             "name=\"image%zu\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"rIdImage%zu\"/><a:stretch>"
             "<a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"%ld\" "
             "cy=\"%ld\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>",
             x->nmedia, x->nmedia, cx, cy);
    inline_drawing(x, cx, cy, "Picture", graphic, b->align);
}

/* A bar's label as the PDF prints it: its figure with the decimals it
 * was written with and the unit ("86%", "93.33%"), or its words ("—"),
 * as a number format over the bar's value. */
static void data_label(jx_buf *c, const jx_chart *ch, size_t i) {
    const char *shown = ch->bars[i].shown;
    int numeric = shown[0] >= '0' && shown[0] <= '9';
    const char *point = strchr(shown, '.');
    size_t decimals = numeric && point ? strspn(point + 1, "0123456789") : 0;
    jx_buf f;
    jx_buf_init(&f, 1024);
    if (numeric) {
        jx_buf_puts(&f, "0");
        if (decimals) jx_buf_putc(&f, '.');
        for (size_t k = 0; k < decimals && k < 10; k++) jx_buf_putc(&f, '0');
    }
    jx_buf_putc(&f, '"'); /* the unit, or the words, as literal text */
    jx_buf_puts(&f, numeric ? (ch->unit ? ch->unit : "") : shown);
    jx_buf_putc(&f, '"');
    char *format = jx_buf_take(&f);
    jx_buf_printf(c, "<c:dLbl><c:idx val=\"%zu\"/><c:numFmt formatCode=\"", i);
    xml_str(c, format ? format : "General");
    jx_buf_puts(c, "\" sourceLinked=\"0\"/><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName "
                   "val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbl>");
    free(format);
}

/* A native bar chart whose data live in the chart part itself (no
 * embedded workbook): Word, WPS and LibreOffice draw it from the cache. */
static void chart_part(jx_buf *c, const jx_chart *ch) {
    jx_buf_puts(c, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                   "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
                   "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                   "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                   "<c:roundedCorners val=\"0\"/><c:chart><c:autoTitleDeleted val=\"1\"/><c:plotArea><c:layout/>"
                   "<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/><c:ser>"
                   "<c:idx val=\"0\"/><c:order val=\"0\"/><c:spPr><a:solidFill><a:srgbClr val=\"AAAAAA\"/></a:solidFill>"
                   "</c:spPr><c:dLbls>");
    for (size_t i = 0; i < ch->nbars; i++) data_label(c, ch, i);
    jx_buf_puts(c, "<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/>"
                   "<c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>");
    jx_buf_printf(c, "<c:cat><c:strLit><c:ptCount val=\"%zu\"/>", ch->nbars);
    for (size_t i = 0; i < ch->nbars; i++) {
        jx_buf_printf(c, "<c:pt idx=\"%zu\"><c:v>", i);
        xml_str(c, ch->bars[i].label);
        jx_buf_puts(c, "</c:v></c:pt>");
    }
    jx_buf_printf(c, "</c:strLit></c:cat><c:val><c:numLit><c:formatCode>General</c:formatCode><c:ptCount val=\"%zu\"/>",
                  ch->nbars);
    for (size_t i = 0; i < ch->nbars; i++) jx_buf_printf(c, "<c:pt idx=\"%zu\"><c:v>%.10g</c:v></c:pt>", i, ch->bars[i].value);
    jx_buf_puts(c, "</c:numLit></c:val></c:ser><c:gapWidth val=\"80\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>"
                   "<c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/>"
                   "<c:axPos val=\"b\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:tickLblPos val=\"nextTo\"/>"
                   "<c:crossAx val=\"2\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/>"
                   "<c:lblOffset val=\"100\"/></c:catAx><c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation "
                   "val=\"minMax\"/>");
    if (ch->max > 0) jx_buf_printf(c, "<c:max val=\"%.10g\"/><c:min val=\"0\"/>", ch->max);
    jx_buf_puts(c, "</c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/>"
                   "<c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/><c:crosses val=\"autoZero\"/><c:crossBetween "
                   "val=\"between\"/></c:valAx></c:plotArea><c:plotVisOnly val=\"1\"/></c:chart><c:txPr><a:bodyPr/>"
                   "<a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1050\"><a:latin typeface=\"宋体\"/><a:ea typeface=\"宋体\"/>"
                   "</a:defRPr></a:pPr><a:endParaRPr lang=\"zh-CN\"/></a:p></c:txPr></c:chartSpace>");
}

static void chart(docx *x, const jx_block *b) {
    const jx_chart *ch = b->chart;
    caption(x, ch->caption);
    jx_buf *more = realloc(x->charts, (x->ncharts + 1) * sizeof *more);
    if (!more) {
        fail(x, "out of memory", NULL);
        return;
    }
    x->charts = more;
    jx_buf *c = &x->charts[x->ncharts++];
    jx_buf_init(c, PART_LIMIT);
    chart_part(c, ch);
    long cx = lround(x->area_w / 72 * 25.4 * EMU_PER_MM), cy = lround(80 * EMU_PER_MM);
    char graphic[512];
    snprintf(graphic, sizeof graphic,
             "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart "
             "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"rIdChart%zu\"/></a:graphicData>",
             x->ncharts);
    inline_drawing(x, cx, cy, "Chart", graphic, JX_ALIGN_CENTER);
}

/*** Sections ***/

/* The page, margins and footers of the section that ends here; its page
 * numbers start at `start`, or go on from the section before (0). */
static void section(docx *x, jx_buf *o, int numbered, int start, int last, int landscape) {
    jx_page_style turned;
    jx_page_style_turned(x->doc, landscape, &turned);
    const jx_page_style *st = &turned;
    long w = twips_pt(st->width), h = twips_pt(st->height);
    long top = twips_pt(st->top), left = twips_pt(st->left);
    long right = twips_pt(st->width - st->left - st->area_w), bottom = twips_pt(st->height - st->top - st->area_h);
    /* the page number's baseline 7 mm below the type area */
    long footer = bottom - twips_mm(7) - twips_pt(st->folio_size);
    if (!last) jx_buf_puts(o, "<w:p><w:pPr>");
    jx_buf_puts(o, "<w:sectPr>");
    if (numbered && x->doc->page.numbers != JX_NUMBERS_NONE)
        jx_buf_puts(o, "<w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/>"
                       "<w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/>");
    else
        jx_buf_puts(o, "<w:footerReference w:type=\"default\" r:id=\"rIdFooterNone\"/>"
                       "<w:footerReference w:type=\"even\" r:id=\"rIdFooterNone\"/>");
    jx_buf_printf(o, "<w:type w:val=\"nextPage\"/><w:pgSz w:w=\"%ld\" w:h=\"%ld\"%s/>", w, h,
                  landscape ? " w:orient=\"landscape\"" : "");
    jx_buf_printf(o, "<w:pgMar w:top=\"%ld\" w:right=\"%ld\" w:bottom=\"%ld\" w:left=\"%ld\" w:header=\"851\" "
                     "w:footer=\"%ld\" w:gutter=\"0\"/>",
                  top, right, bottom, left, footer > 0 ? footer : 0);
    if (numbered && start > 0) jx_buf_printf(o, "<w:pgNumType w:start=\"%d\"/>", start);
    /* GB/T 9704's grid of 22 lines of 28 characters, when the layout asks
     * for it (tables and captions keep their own spacing off the grid) */
    if (st->pitch > 0)
        jx_buf_printf(o, "<w:docGrid w:type=\"linesAndChars\" w:linePitch=\"%ld\" w:charSpace=\"%ld\"/>", twips_pt(st->leading),
                      lround((st->pitch - st->body_size) * 4096));
    jx_buf_puts(o, "</w:sectPr>");
    if (!last) jx_buf_puts(o, "</w:pPr></w:p>");
}

static void block(docx *x, const jx_block *b) {
    switch (b->type) {
    case JX_BLOCK_TITLE: title(x, b); break;
    case JX_BLOCK_HEADING: heading(x, b); break;
    case JX_BLOCK_PARAGRAPH: paragraphs(x, b, NULL); break;
    case JX_BLOCK_TABLE: table(x, b); break;
    case JX_BLOCK_TOC: toc(x, b); break;
    case JX_BLOCK_CHART: chart(x, b); break;
    case JX_BLOCK_IMAGE: image(x, b); break;
    case JX_BLOCK_PAGEBREAK: jx_buf_puts(&x->body, "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"); break;
    case JX_BLOCK_GROUP:
    case JX_BLOCK_TABLES:
    case JX_BLOCK_CHAPTER: break;
    }
}

/* The body: the front matter (through the 目录) a section without page
 * numbers, ended by the page break that follows it; a break that restarts
 * the numbers or turns the pages (an attached landscape form) ends a
 * section too. */
static void body(docx *x) {
    const jx_document *d = x->doc;
    size_t front = 0;
    for (size_t i = 0; i < d->nblocks; i++)
        if (d->blocks[i].type == JX_BLOCK_TOC) front = i + 1;
    int numbered = front == 0, start = d->page.first_number > 0 ? d->page.first_number : 1;
    int landscape = d->page.landscape;
    for (size_t i = 0; i < d->nblocks && !x->failed; i++) {
        const jx_block *b = &d->blocks[i];
        int ends_front = !numbered && i >= front && b->type == JX_BLOCK_PAGEBREAK;
        int turns = b->type == JX_BLOCK_PAGEBREAK && b->turn && b->turn - 1 != landscape;
        if (ends_front || turns || (b->type == JX_BLOCK_PAGEBREAK && b->restart && numbered)) {
            section(x, &x->body, numbered, start, 0, landscape);
            start = b->restart ? 1 : ends_front ? start : 0;
            if (b->turn) {
                jx_page_style turned;
                jx_page_style_turned(d, landscape = b->turn - 1, &turned);
                x->area_w = turned.area_w;
            }
            numbered = 1;
            continue;
        }
        if (!numbered && i >= front && b->type != JX_BLOCK_PAGEBREAK) { /* no break after the 目录 */
            section(x, &x->body, 0, start, 0, landscape);
            numbered = 1;
        }
        block(x, b);
    }
    section(x, &x->body, numbered, start, 1, landscape);
}

/*** The parts ***/

static void styles_part(const docx *x, jx_buf *o) {
    const jx_page_style *st = &x->st;
    long body = lround(st->body_size * 2), line = twips_pt(st->leading);
    const char *fs = FONT_NAMES[JX_ROLE_FANGSONG];
    double spacing = x->doc->page.paragraph_spacing;
    jx_buf_puts(o, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                   "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                   "<w:docDefaults><w:rPrDefault><w:rPr>");
    jx_buf_printf(o, "<w:rFonts w:ascii=\"%s\" w:hAnsi=\"%s\" w:eastAsia=\"%s\" w:cs=\"%s\"/>", fs, fs, fs, fs);
    jx_buf_printf(o, "<w:kern w:val=\"2\"/><w:sz w:val=\"%ld\"/><w:szCs w:val=\"%ld\"/><w:lang w:val=\"en-US\" "
                     "w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:kinsoku/>"
                     "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"%ld\" w:lineRule=\"exact\"/><w:jc w:val=\"both\"/>"
                     "</w:pPr></w:pPrDefault></w:docDefaults>",
                  body, body, line);
    jx_buf_printf(o, "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                     "<w:qFormat/><w:pPr><w:spacing w:after=\"%ld\"/><w:ind w:firstLineChars=\"200\" w:firstLine=\"%ld\"/>"
                     "</w:pPr></w:style>",
                  twips_pt(spacing), twips_pt(2 * st->body_size));
    static const struct {
        const char *id, *name;
        jx_role role;
        int bold, outline;
    } heads[] = {{"Heading1", "heading 1", JX_ROLE_HEI, 0, 0},
                 {"Heading2", "heading 2", JX_ROLE_KAI, 0, 1},
                 {"Heading3", "heading 3", JX_ROLE_FANGSONG, 1, 2},
                 {"Heading4", "heading 4", JX_ROLE_FANGSONG, 0, 3}};
    for (size_t k = 0; k < 4; k++) {
        const char *f = FONT_NAMES[heads[k].role];
        jx_buf_printf(o, "<w:style w:type=\"paragraph\" w:styleId=\"%s\"><w:name w:val=\"%s\"/><w:basedOn w:val=\"Normal\"/>"
                         "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/><w:pPr><w:keepNext/>"
                         "<w:outlineLvl w:val=\"%d\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"%s\" w:hAnsi=\"%s\" "
                         "w:eastAsia=\"%s\" w:cs=\"%s\"/>%s</w:rPr></w:style>",
                      heads[k].id, heads[k].name, heads[k].outline, f, f, f, f, heads[k].bold ? "<w:b/><w:bCs/>" : "");
    }
    const char *tf = FONT_NAMES[JX_ROLE_TITLE], *hei = FONT_NAMES[JX_ROLE_HEI], *song = FONT_NAMES[JX_ROLE_SONG];
    jx_buf_printf(o, "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
                     "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"%ld\" w:line=\"%ld\" "
                     "w:lineRule=\"atLeast\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/>"
                     "</w:pPr><w:rPr><w:rFonts w:ascii=\"%s\" w:hAnsi=\"%s\" w:eastAsia=\"%s\" w:cs=\"%s\"/>"
                     "<w:sz w:val=\"%ld\"/><w:szCs w:val=\"%ld\"/></w:rPr></w:style>",
                  line, line, tf, tf, tf, tf, lround(st->title_size * 2), lround(st->title_size * 2));
    jx_buf_printf(o, "<w:style w:type=\"paragraph\" w:styleId=\"TOCHeading\"><w:name w:val=\"TOC Heading\"/>"
                     "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:pPr><w:ind w:firstLineChars=\"0\" "
                     "w:firstLine=\"0\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"%s\" w:hAnsi=\"%s\" "
                     "w:eastAsia=\"%s\" w:cs=\"%s\"/><w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/></w:rPr></w:style>",
                  hei, hei, hei, hei); /* 小二, as the PDF sets it */
    long area = twips_pt(st->area_w);
    jx_buf_printf(o, "<w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/><w:basedOn w:val=\"Normal\"/>"
                     "<w:next w:val=\"Normal\"/><w:pPr><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"%ld\"/>"
                     "</w:tabs><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"%s\" "
                     "w:hAnsi=\"%s\" w:eastAsia=\"%s\" w:cs=\"%s\"/></w:rPr></w:style>",
                  area, hei, hei, hei, hei);
    jx_buf_printf(o, "<w:style w:type=\"paragraph\" w:styleId=\"TOC2\"><w:name w:val=\"toc 2\"/><w:basedOn w:val=\"Normal\"/>"
                     "<w:next w:val=\"Normal\"/><w:pPr><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"%ld\"/>"
                     "</w:tabs><w:ind w:left=\"%ld\" w:leftChars=\"200\" w:firstLineChars=\"0\" w:firstLine=\"0\"/></w:pPr>"
                     "</w:style>",
                  area, twips_pt(2 * st->body_size));
    jx_buf_printf(o, "<w:style w:type=\"paragraph\" w:styleId=\"Caption\"><w:name w:val=\"caption\"/><w:basedOn w:val=\"Normal\"/>"
                     "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"120\" w:after=\"60\" "
                     "w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/>"
                     "</w:pPr><w:rPr><w:rFonts w:ascii=\"%s\" w:hAnsi=\"%s\" w:eastAsia=\"%s\" w:cs=\"%s\"/><w:sz w:val=\"24\"/>"
                     "<w:szCs w:val=\"24\"/></w:rPr></w:style>",
                  hei, hei, hei, hei);
    jx_buf_printf(o, "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/>"
                     "<w:basedOn w:val=\"Normal\"/><w:pPr><w:snapToGrid w:val=\"0\"/><w:spacing w:after=\"0\" w:line=\"288\" w:lineRule=\"auto\"/>"
                     "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/></w:pPr><w:rPr><w:sz w:val=\"21\"/>"
                     "<w:szCs w:val=\"21\"/></w:rPr></w:style>");
    jx_buf_printf(o, "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>"
                     "<w:pPr><w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>"
                     "</w:pPr><w:rPr><w:rFonts w:ascii=\"%s\" w:hAnsi=\"%s\" w:eastAsia=\"%s\" w:cs=\"%s\"/><w:sz w:val=\"%ld\"/>"
                     "<w:szCs w:val=\"%ld\"/></w:rPr></w:style>",
                  song, song, song, song, lround(st->folio_size * 2), lround(st->folio_size * 2));
    jx_buf_puts(o, "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                   "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"70\" w:type=\"dxa\"/>"
                   "<w:left w:w=\"85\" w:type=\"dxa\"/><w:bottom w:w=\"70\" w:type=\"dxa\"/><w:right w:w=\"85\" "
                   "w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
                   "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
                   "<w:basedOn w:val=\"TableNormal\"/></w:style></w:styles>");
}

/* "— N —": odd pages right, even pages left, one character in. */
static void footer_part(const docx *x, jx_buf *o, const char *side) {
    jx_buf_puts(o, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                   "<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
    if (!side) {
        jx_buf_puts(o, "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr></w:p></w:ftr>");
        return;
    }
    int center = x->doc->page.numbers == JX_NUMBERS_CENTER;
    jx_buf_printf(o, "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/>");
    if (!center) jx_buf_printf(o, "<w:ind w:%s=\"%ld\"/>", side, twips_pt(x->st.folio_size));
    jx_buf_printf(o, "<w:jc w:val=\"%s\"/></w:pPr><w:r><w:t xml:space=\"preserve\">— </w:t></w:r><w:r><w:fldChar "
                     "w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                     "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar "
                     "w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>",
                  center ? "center" : side);
}

static void document_part(const docx *x, jx_buf *o) {
    jx_buf_puts(o, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                   "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                   "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
                   "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><w:body>");
    jx_buf_put(o, x->body.data ? x->body.data : "", x->body.len);
    jx_buf_puts(o, "</w:body></w:document>");
}

static void document_rels(const docx *x, jx_buf *o) {
    jx_buf_puts(o, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                   "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                   "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                   "<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>"
                   "<Relationship Id=\"rIdFonts\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" Target=\"fontTable.xml\"/>"
                   "<Relationship Id=\"rIdFooterOdd\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>"
                   "<Relationship Id=\"rIdFooterEven\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer2.xml\"/>"
                   "<Relationship Id=\"rIdFooterNone\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer3.xml\"/>");
    for (size_t i = 0; i < x->nmedia; i++)
        jx_buf_printf(o, "<Relationship Id=\"rIdImage%zu\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                         "relationships/image\" Target=\"media/image%zu.%s\"/>",
                      i + 1, i + 1, x->media[i].jpeg ? "jpeg" : "png");
    for (size_t i = 0; i < x->ncharts; i++)
        jx_buf_printf(o, "<Relationship Id=\"rIdChart%zu\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                         "relationships/chart\" Target=\"charts/chart%zu.xml\"/>",
                      i + 1, i + 1);
    jx_buf_puts(o, "</Relationships>");
}

static void content_types(const docx *x, jx_buf *o) {
    jx_buf_puts(o, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                   "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                   "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                   "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                   "<Default Extension=\"png\" ContentType=\"image/png\"/>"
                   "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>"
                   "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                   "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                   "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
                   "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>"
                   "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                   "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>");
    for (int k = 1; k <= 3; k++)
        jx_buf_printf(o, "<Override PartName=\"/word/footer%d.xml\" ContentType=\"application/vnd.openxmlformats-"
                         "officedocument.wordprocessingml.footer+xml\"/>",
                      k);
    for (size_t i = 0; i < x->ncharts; i++)
        jx_buf_printf(o, "<Override PartName=\"/word/charts/chart%zu.xml\" ContentType=\"application/vnd.openxmlformats-"
                         "officedocument.drawingml.chart+xml\"/>",
                      i + 1);
    jx_buf_puts(o, "</Types>");
}

static void core_props(const jx_pdf_meta *m, jx_buf *o) {
    jx_buf_puts(o, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                   "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                   "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                   "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    static const char *const tags[] = {"dc:title", "dc:creator", "dc:subject", "cp:keywords"};
    const char *values[] = {m->title, m->author, m->subject, m->keywords};
    for (size_t k = 0; k < 4; k++) {
        if (!values[k] || !*values[k]) continue;
        jx_buf_printf(o, "<%s>", tags[k]);
        xml_str(o, values[k]);
        jx_buf_printf(o, "</%s>", tags[k]);
    }
    jx_buf_puts(o, "</cp:coreProperties>");
}

static const char APP[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                          "<Application>jixiao " JIXIAO_VERSION "</Application></Properties>";

static const char ROOT_RELS[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
    "</Relationships>";

/* Odd and even footers differ; the 目录 asks Word to refresh its numbers
 * only when the user updates the field. */
static const char SETTINGS[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                               "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                               "<w:defaultTabStop w:val=\"420\"/><w:evenAndOddHeaders/>"
                               "<w:characterSpacingControl w:val=\"compressPunctuation\"/>"
                               "<w:compat><w:compatSetting w:name=\"compatibilityMode\" "
                               "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>";

static void font_table(jx_buf *o) {
    jx_buf_puts(o, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                   "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
    for (int r = 0; r < JX_ROLE_COUNT; r++)
        jx_buf_printf(o, "<w:font w:name=\"%s\"><w:altName w:val=\"%s\"/><w:charset w:val=\"86\"/><w:family "
                         "w:val=\"auto\"/><w:pitch w:val=\"variable\"/></w:font>",
                      FONT_NAMES[r], FONT_ALTS[r]);
    jx_buf_puts(o, "</w:fonts>");
}

/*** The package ***/

static void add_text(jx_package *p, const char *name, const char *text) {
    size_t n = strlen(text);
    char *copy = malloc(n + 1);
    if (copy) memcpy(copy, text, n + 1);
    jx_package_add(p, name, copy, n);
}

static void add_buf(jx_package *p, const char *name, jx_buf *b) {
    size_t n = b->len;
    jx_package_add(p, name, jx_buf_take(b), n);
}

typedef void (*part_fn)(const docx *, jx_buf *);

static void add_part(jx_package *p, const char *name, const docx *x, part_fn fn) {
    jx_buf b;
    jx_buf_init(&b, PART_LIMIT);
    fn(x, &b);
    add_buf(p, name, &b);
}

static void footer_odd(const docx *x, jx_buf *o) { footer_part(x, o, "right"); }
static void footer_even(const docx *x, jx_buf *o) { footer_part(x, o, "left"); }
static void footer_none(const docx *x, jx_buf *o) { footer_part(x, o, NULL); }
static void fonts_part(const docx *x, jx_buf *o) { (void)x, font_table(o); }

/* The whole package into memory; NULL when out of memory. */
static unsigned char *package_bytes(docx *x, const jx_pdf_meta *meta, char *why, size_t why_size, size_t *len) {
    jx_package *p = jx_package_new(why, why_size);
    if (!p) return NULL;
    add_part(p, "[Content_Types].xml", x, content_types);
    add_text(p, "_rels/.rels", ROOT_RELS);
    jx_buf core;
    jx_buf_init(&core, PART_LIMIT);
    core_props(meta, &core);
    add_buf(p, "docProps/core.xml", &core);
    add_text(p, "docProps/app.xml", APP);
    add_part(p, "word/document.xml", x, document_part);
    add_part(p, "word/_rels/document.xml.rels", x, document_rels);
    add_part(p, "word/styles.xml", x, styles_part);
    add_text(p, "word/settings.xml", SETTINGS);
    add_part(p, "word/fontTable.xml", x, fonts_part);
    add_part(p, "word/footer1.xml", x, footer_odd);
    add_part(p, "word/footer2.xml", x, footer_even);
    add_part(p, "word/footer3.xml", x, footer_none);
    for (size_t i = 0; i < x->nmedia; i++) {
        char name[64];
        snprintf(name, sizeof name, "word/media/image%zu.%s", i + 1, x->media[i].jpeg ? "jpeg" : "png");
        jx_package_add(p, name, (char *)x->media[i].bytes, x->media[i].len);
        x->media[i].bytes = NULL;
    }
    for (size_t i = 0; i < x->ncharts; i++) {
        char name[64];
        snprintf(name, sizeof name, "word/charts/chart%zu.xml", i + 1);
        add_buf(p, name, &x->charts[i]);
    }
    return jx_package_finish(p, len);
}

int jx_render_docx(const jx_document *doc, const int *toc_pages, size_t ntoc, const jx_pdf_meta *meta, const char *path,
                   jx_diags *diags) {
    docx x = {.doc = doc, .toc_pages = toc_pages, .ntoc = ntoc, .diags = diags};
    jx_page_style_of(doc, &x.st);
    x.area_w = x.st.area_w;
    jx_buf_init(&x.body, PART_LIMIT);
    body(&x);
    size_t len = 0;
    unsigned char *bytes = NULL;
    if (!x.failed && x.body.failed) fail(&x, "the document is larger than 64 MiB", NULL);
    char why[512] = "";
    if (!x.failed && !(bytes = package_bytes(&x, meta, why, sizeof why, &len)))
        fail(&x, why[0] ? why : "out of memory while making the package", NULL);
    int rc = -1;
    if (!x.failed && (rc = jx_write_output(path, bytes, len, x.err, sizeof x.err)) != 0) x.failed = 1;
    /* an image's error is already said, at its block */
    if (x.failed && x.err[0]) jx_diags_add(diags, JX_ERROR, path, 0, 0, "", "%s", x.err);
    free(bytes);
    jx_buf_free(&x.body);
    for (size_t i = 0; i < x.nmedia; i++) free(x.media[i].bytes);
    free(x.media);
    for (size_t i = 0; i < x.ncharts; i++) jx_buf_free(&x.charts[i]);
    free(x.charts);
    return rc;
}
