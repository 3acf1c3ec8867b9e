/* The flow of a document tree into pages: titles, headings with their
 * numbers, paragraphs, the 目录 by a second pass, page numbers and the
 * running header; tables, charts and images are set by their own files
 * through the setter. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/utf8.h"
#include "doc/numbers.h"
#include "engine/chart.h"
#include "engine/image.h"
#include "engine/setter.h"
#include "engine/table.h"
#include "engine/title.h"
#include "engine/typeset.h"


static void apply_style(const jx_doc_style *ds, jx_page_style *st) {
    if (ds->body > 0) st->body_size = ds->body;
    if (ds->title > 0) st->title_size = ds->title;
    if (ds->folio > 0) st->folio_size = ds->folio;
    if (ds->top > 0) st->top = ds->top * JX_MM;
    if (ds->left > 0) st->left = ds->left * JX_MM;
    if (ds->width > 0) st->area_w = ds->width * JX_MM;
    if (ds->height > 0) st->area_h = ds->height * JX_MM;
}

static int add_outline(setter *S, int level, const char *title) {
    jx_display *d = S->out;
    if (ts_reserve(S, (void **)&d->outline, &d->outline_cap, d->noutline, sizeof *d->outline)) return -1;
    char *t = malloc(strlen(title) + 1);
    if (!t) return S->oom = 1, -1;
    strcpy(t, title);
    d->outline[d->noutline++] = (jx_outline_entry){level, t, d->npages - 1, S->st->top + S->y};
    return 0;
}

/* One 目录 entry: its number and title filled as one paragraph whose
 * wrapped lines hang under the title (not under the number), every entry
 * set the same way so that siblings start at one x; dot leaders from the
 * end of its last line to the page number. */
static int set_toc_entry(setter *S, const char *number, const char *title, int printed, int level, jx_pos pos) {
    const jx_page_style *st = S->st;
    char page[16], full[4096 + 64];
    snprintf(page, sizeof page, "%d", printed);
    snprintf(full, sizeof full, "%s%s", number, title);
    run text = {0}, num = {0}, dot = {0}, lead = {0};
    jx_para p = {0};
    double size = st->body_size, indent = level == 1 ? 0 : 2 * size;
    jx_role role = level == 1 ? JX_ROLE_HEI : JX_ROLE_FANGSONG;
    int rc = ts_shape(S, full, strlen(full), role, size, 0, pos, &text) ||
             ts_shape(S, number, strlen(number), role, size, 0, pos, &lead) ||
             ts_shape(S, page, strlen(page), JX_ROLE_SONG, size, 0, pos, &num) ||
             ts_shape(S, ".", 1, JX_ROLE_SONG, size, 0, pos, &dot);
    double num_w = rc ? 0 : ts_run_width(&num), pitch = rc ? 0 : dot.g[0].advance * 1.5;
    double hang = rc ? 0 : ts_run_width(&lead), room = st->area_w - indent - num_w - 2 * size;
    /* the first line starts at the indent, the rest under the title */
    jx_para_opts o = {room - hang, -hang, st->kinsoku, 0, 1, 0};
    if (!rc) rc = jx_para_fill(text.g, text.n, &o, &p);
    if (!rc) {
        if (ts_lines_left(S, st->leading) < (int)p.nlines && ts_new_page(S)) rc = -1;
        double base = st->top + S->y + (double)(p.nlines - 1) * st->leading + ts_baseline_offset(size, st->leading);
        double x = st->left + indent + hang;
        ts_emit_lines(S, &text, &p, 0, p.nlines, indent + hang, TS_ALIGN_LEFT, size, st->leading);
        x += jx_para_line_right(&p, text.g, &p.lines[p.nlines - 1]);
        double right = st->left + st->area_w;
        /* a face whose '.' has no width draws no leaders (and loops not) */
        for (double dx = right - num_w - pitch * 1.5; pitch > 0.1 && dx > x + pitch * 0.5; dx -= pitch)
            ts_add_glyph(S, ts_current_page(S), (jx_dglyph){dx, base, size, '.', dot.face[0], 0});
        ts_place_run(S, ts_current_page(S), &num, size, right, base, TS_RIGHT);
    }
    jx_para_free(&p);
    ts_run_free(&text), ts_run_free(&num), ts_run_free(&dot), ts_run_free(&lead);
    return rc ? -1 : 0;
}

/* Where a pass set the 目录: its pages, and whether they hold nothing else
 * (it began a page and a page break follows it). */
typedef struct toc_place {
    const jx_block *block;
    int alone;
    size_t first, last;
    double end_y;
} toc_place;

/* "目录" stands above its entries as a heading of the document: 小二 黑体,
 * centred, half a line above the first entry. */
#define TOC_HEADING_SIZE 18

/* 目录: its title, then one entry per heading of levels 1 and 2. */
static int set_toc_entries(setter *S, const jx_block *b) {
    int rc = ts_set_paragraph(S, b->text, strlen(b->text), JX_ROLE_HEI, TOC_HEADING_SIZE, 0, 0, 0, TS_ALIGN_CENTER, b->pos);
    S->y += S->st->leading / 2;
    int counters[4] = {0};
    size_t heading = 0;
    for (size_t i = 0; i < S->doc->nblocks && !rc; i++) {
        const jx_block *h = &S->doc->blocks[i];
        if (h->type != JX_BLOCK_HEADING) continue;
        char number[48] = "", title[4096];
        if (h->mark) memset(counters, 0, sizeof counters);
        if (!h->unnumbered) jx_heading_number(counters, h->level, number, sizeof number);
        int printed = heading < S->ntoc_pages ? S->toc_pages[heading] : 0;
        heading++;
        if (h->level > 2 || (S->marks && !h->mark)) continue;
        if (h->mark) snprintf(title, sizeof title, "%s", h->text);
        else jx_toc_title(S->doc, h, title, sizeof title);
        rc = set_toc_entry(S, number, title, printed, h->level, h->pos);
    }
    return rc;
}

static int set_toc(setter *S, const jx_block *b) {
    if (S->toc) {
        S->toc->block = b;
        S->toc->alone = S->y <= 0 && S->next < S->end && S->next->type == JX_BLOCK_PAGEBREAK;
        S->toc->first = S->out->npages - 1;
    }
    int rc = set_toc_entries(S, b);
    if (S->toc) S->toc->last = S->out->npages - 1, S->toc->end_y = S->y;
    return rc;
}

/* A title, heading or paragraph block's look: its type's, with what the
 * block itself sets. */
typedef struct look {
    jx_role role;
    double size, indent;
    int bold;
    ts_align align;
} look;

static look block_look(const setter *S, const jx_block *b, look base) {
    double em = S->st->pitch > 0 ? S->st->pitch : S->st->body_size;
    static const ts_align aligns[] = {TS_JUSTIFY, TS_ALIGN_LEFT, TS_ALIGN_CENTER, TS_ALIGN_RIGHT, TS_JUSTIFY};
    if (b->role != JX_ROLE_AUTO) base.role = b->role;
    if (b->size > 0) em = base.size = b->size;
    if (b->bold) base.bold = 1;
    if (b->align != JX_ALIGN_AUTO) base.align = aligns[b->align];
    base.indent = b->indent >= 0 ? b->indent * em : base.align == TS_JUSTIFY ? base.indent * em : 0;
    return base;
}

static int set_text(setter *S, const jx_block *b, const char *text, look base, int keep_after) {
    look lk = block_look(S, b, base);
    return ts_set_paragraph(S, text, strlen(text), lk.role, lk.size, lk.bold, lk.indent, keep_after, lk.align, b->pos);
}

static void start_numbering(setter *S) {
    if (!S->numbering && !S->front_matter) S->numbering = 1, ts_current_page(S)->number = 1;
}

/* Keep-with-next: a heading needs its own line, the headings right after
 * it, and two lines of the text that follows, or the start of the table
 * that follows (its caption, header rows and first row). */
static int lines_kept_with_heading(setter *S, int *need) {
    const jx_block *b = S->next;
    *need = 1;
    for (; b && b < S->end && b->type == JX_BLOCK_HEADING; b++) ++*need;
    *need += 2;
    if (b && b < S->end && b->type == JX_BLOCK_TABLE && ts_lines_left(S, S->st->leading) < *need + 10) {
        double start;
        if (ts_table_start_height(S, b, &start)) return -1;
        *need += (int)ceil(start / S->st->leading - 1e-6) - 2;
    }
    return 0;
}

static int set_heading(setter *S, const jx_block *b) {
    static const jx_role heading_roles[] = {JX_ROLE_HEI, JX_ROLE_KAI, JX_ROLE_FANGSONG, JX_ROLE_FANGSONG};
    const jx_page_style *st = S->st;
    char number[48] = "", full[4096], title[4096], listed[4096 + 48];
    if (b->mark) { /* a document of a compilation begins: listed, not printed */
        memset(S->counters, 0, sizeof S->counters);
        start_numbering(S);
        return add_outline(S, 1, b->text);
    }
    if (!b->unnumbered) jx_heading_number(S->counters, b->level, number, sizeof number);
    snprintf(full, sizeof full, "%s%s", number, b->text);
    start_numbering(S);
    int need;
    if (lines_kept_with_heading(S, &need)) return -1;
    if (ts_lines_left(S, st->leading) < need && S->y > 0 && ts_new_page(S)) return -1;
    jx_toc_title(S->doc, b, title, sizeof title);
    snprintf(listed, sizeof listed, "%s%s", number, title);
    if (add_outline(S, b->level + S->marks, listed)) return -1;
    return set_text(S, b, full, (look){heading_roles[b->level - 1], st->body_size, 2, b->level == 3, TS_JUSTIFY}, 0);
}

/* A short line that opens with a number ("1. 项目立项得分6分。", "（1）")
 * heads what follows it as a heading would: it is not left at a page foot. */
static int is_run_in_heading(const char *p, size_t len, const look *lk, double area_w) {
    static const char *const openers[] = {"（", "(", "一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、"};
    int numbered = len > 2 && p[0] >= '0' && p[0] <= '9' && (p[1] == '.' || (p[1] >= '0' && p[1] <= '9' && p[2] == '.'));
    for (size_t i = 0; i < sizeof openers / sizeof *openers && !numbered; i++)
        numbered = strncmp(p, openers[i], strlen(openers[i])) == 0;
    return numbered && (double)jx_utf8_count(p, len) * lk->size + lk->indent < area_w;
}

static int set_paragraphs(setter *S, const jx_block *b) {
    start_numbering(S);
    look lk = block_look(S, b, (look){JX_ROLE_FANGSONG, S->st->body_size, 2, 0, TS_JUSTIFY});
    for (const char *p = b->text; p && *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (len) {
            int keep = nl && nl[1] && is_run_in_heading(p, len, &lk, S->st->area_w) ? 2 : 0;
            int rc = b->hanging ? ts_set_field(S, p, len, lk.role, lk.size, lk.bold, lk.indent, b->pos) : 1;
            if (rc == 1) rc = ts_set_paragraph(S, p, len, lk.role, lk.size, lk.bold, lk.indent, keep, lk.align, b->pos);
            if (rc) return -1;
            if (S->y > 0) S->y += S->doc->page.paragraph_spacing;
        }
        p = nl ? nl + 1 : NULL;
    }
    return 0;
}

static int page_is_empty(const jx_dpage *pg) { return !pg->n && !pg->nrules && !pg->nrects && !pg->nimages; }

static int set_block(setter *S, const jx_block *b) {
    const jx_page_style *st = S->st;
    if (b->space_before > 0 && S->y > 0) S->y += b->space_before;
    switch (b->type) {
    case JX_BLOCK_PAGEBREAK:
        if (b->turn && &S->styles[b->turn - 1] != S->st) {
            S->st = &S->styles[b->turn - 1];
            if (S->y > 0 || !page_is_empty(ts_current_page(S))) {
                if (ts_new_page(S)) return -1;
            } else {
                ts_fit_page(S, ts_current_page(S)); /* an empty page turns where it is */
            }
        } else if (S->y > 0 && ts_new_page(S)) {
            return -1;
        }
        if (b->restart) ts_current_page(S)->restart = 1;
        return 0;
    case JX_BLOCK_TITLE: {
        look lk = block_look(S, b, (look){JX_ROLE_TITLE, st->title_size, 0, 0, TS_ALIGN_CENTER});
        int rc = lk.align == TS_ALIGN_CENTER ? ts_set_title(S, b->text, lk.role, lk.size, lk.bold, b->pos) : 1;
        if (rc == 1) rc = set_text(S, b, b->text, lk, 0);
        S->y += st->leading; /* one blank line below the title */
        return rc;
    }
    case JX_BLOCK_HEADING:
        return set_heading(S, b);
    case JX_BLOCK_TOC:
        return set_toc(S, b);
    case JX_BLOCK_CHART:
        return ts_set_chart(S, b);
    case JX_BLOCK_IMAGE:
        return ts_set_image(S, b);
    case JX_BLOCK_TABLE:
        start_numbering(S);
        return ts_set_table(S, b);
    case JX_BLOCK_PARAGRAPH:
        return set_paragraphs(S, b);
    case JX_BLOCK_GROUP:
    case JX_BLOCK_TABLES:
    case JX_BLOCK_CHAPTER: break; /* layouts only: a built tree has none */
    }
    return 0;
}

/* A running header: 五号 text centered 7 mm above the type area, with a
 * thin rule under it. */
static void add_running_header(setter *S, jx_dpage *pg) {
    const char *text = S->doc->page.header;
    if (!text) return;
    const jx_page_style *st = &S->styles[pg->landscape];
    run r = {0};
    jx_pos none = {"/page/header", 0, 0};
    if (ts_shape(S, text, strlen(text), JX_ROLE_SONG, 10.5, 0, none, &r)) return;
    double y = st->top - 7 * JX_MM - 3;
    ts_place_run(S, pg, &r, 10.5, st->left + st->area_w / 2, y, TS_CENTER);
    ts_add_rule(S, pg, (jx_drule){st->left, y + 3, st->left + st->area_w, y + 3, 0.5});
    ts_run_free(&r);
}

/* "— N —": 四号 digits between em dashes, 7 mm below the type area, odd
 * pages right and even pages left, one character in from the edge. */
static void add_page_numbers(setter *S) {
    int count = 0, base = S->doc->page.first_number;
    for (size_t i = 0; i < S->out->npages; i++) {
        jx_dpage *pg = &S->out->pages[i];
        const jx_page_style *st = &S->styles[pg->landscape];
        if (pg->number == 0 && count == 0) continue; /* front matter */
        if (pg->restart) count = 0, base = 1;
        int shown = base + count++;
        pg->number = shown;
        add_running_header(S, pg);
        if (S->doc->page.numbers == JX_NUMBERS_NONE) continue;
        char text[32];
        snprintf(text, sizeof text, "— %d —", shown);
        run r = {0};
        jx_pos none = {"", 0, 0};
        if (ts_shape(S, text, strlen(text), JX_ROLE_SONG, st->folio_size, 0, none, &r)) return;
        double y = st->top + st->area_h + 7 * JX_MM + st->folio_size * 0.88;
        if (S->doc->page.numbers == JX_NUMBERS_CENTER)
            ts_place_run(S, pg, &r, st->folio_size, st->left + st->area_w / 2, y, TS_CENTER);
        else if (shown % 2)
            ts_place_run(S, pg, &r, st->folio_size, st->left + st->area_w - st->folio_size, y, TS_RIGHT);
        else
            ts_place_run(S, pg, &r, st->folio_size, st->left + st->folio_size, y, TS_LEFT);
        ts_run_free(&r);
    }
}

static int has_marks(const jx_document *doc) {
    for (size_t i = 0; i < doc->nblocks; i++)
        if (doc->blocks[i].mark) return 1;
    return 0;
}

/* styles: the portrait and landscape pages; the document's own comes first. */
static int typeset_pass(const jx_document *doc, const jx_fontset *fonts, const jx_page_style *styles,
                        const int *toc_pages, size_t ntoc, toc_place *toc, jx_display *out, jx_diags *diags) {
    const jx_page_style *style = &styles[doc->page.landscape];
    memset(out, 0, sizeof *out);
    out->width = style->width;
    out->height = style->height;
    setter S = {doc, fonts, style, styles, out, diags, 0, 0, 0, {0}, 0, NULL, doc->blocks + doc->nblocks, toc, toc_pages, ntoc, has_marks(doc)};
    if (ts_new_page(&S)) {
        jx_diags_add(diags, JX_ERROR, doc->file, 0, 0, "", "out of memory");
        return -1;
    }
    /* a cover and the 目录 before the body are front matter: no page number */
    size_t body = 0;
    for (size_t i = 0; i < doc->nblocks; i++)
        if (doc->blocks[i].type == JX_BLOCK_TOC) body = i + 1;
    for (size_t i = 0; i < doc->nblocks && !S.oom; i++) {
        S.front_matter = i < body;
        S.next = &doc->blocks[i + 1];
        if (set_block(&S, &doc->blocks[i])) break;
    }
    add_page_numbers(&S);
    if (S.oom) {
        jx_diags_add(diags, JX_ERROR, doc->file, 0, 0, "", "out of memory");
        return -1;
    }
    return 0;
}

void jx_page_style_of(const jx_document *doc, jx_page_style *st) { jx_page_style_turned(doc, doc->page.landscape, st); }

void jx_page_style_turned(const jx_document *doc, int landscape, jx_page_style *st) {
    jx_page_style base = {595.276, 841.890, 37 * JX_MM, 28 * JX_MM, 156 * JX_MM, 225 * JX_MM, 16, 28, 22, 14, JX_KINSOKU_GB, 0};
    apply_style(&doc->style, &base);
    *st = base;
    if (landscape) {
        /* the type area turns with the sheet: 225 × 156 mm, binding at the top */
        st->width = base.height, st->height = base.width;
        st->top = base.left, st->left = base.top;
        st->area_w = base.area_h, st->area_h = base.area_w;
    }
    if (doc->page.leading > 0) st->leading = doc->page.leading;
    if (doc->page.line_spacing > 0) st->leading = doc->page.line_spacing * st->body_size;
    if (doc->page.grid) {
        /* "每面排22行，每行排28个字，并撑满版心": the last line's box ends at
         * the bottom of the type area, and 28 characters span its width */
        st->leading = st->area_h / 22;
        st->pitch = st->area_w / 28;
    }
    if (doc->page.kinsoku != JX_KINSOKU_DEFAULT) st->kinsoku = doc->page.kinsoku;
}

/* Sets the 目录 again with its page numbers, alone, and puts its pages in
 * place of the first pass's: the rest of the document does not move, so it
 * need not be set twice. 0 when done; -1 when the 目录 came out longer or
 * shorter (a wrapped entry whose number grew), and the whole document must
 * be set again. */
static int refill_toc(const jx_document *doc, const jx_fontset *fonts, const jx_page_style *styles, const int *pages,
                      size_t n, const toc_place *toc, jx_display *out) {
    const jx_page_style *style = &styles[out->pages[toc->first].landscape];
    jx_display again = {0};
    jx_diags scratch;
    jx_diags_init(&scratch);
    setter S = {doc, fonts, style, styles, &again, &scratch, 0, 0, 0, {0}, 0, NULL, doc->blocks + doc->nblocks, NULL, pages, n, has_marks(doc)};
    S.front_matter = 1;
    size_t count = toc->last - toc->first + 1;
    int rc = ts_new_page(&S) || set_toc_entries(&S, toc->block) || S.oom || again.npages != count ||
                     fabs(S.y - toc->end_y) > 1e-6
                 ? -1
                 : 0;
    for (size_t k = 0; rc == 0 && k < count; k++) {
        jx_dpage *old = &out->pages[toc->first + k], *fresh = &again.pages[k];
        fresh->number = old->number, fresh->restart = old->restart;
        jx_dpage t = *old;
        *old = *fresh, *fresh = t;
    }
    jx_display_free(&again);
    jx_diags_free(&scratch);
    return rc;
}


/* A 目录 needs the pages of the headings: the first pass finds them; the
 * 目录 alone is set again with them when it has pages of its own, else the
 * whole document is. */
int jx_typeset(const jx_document *doc, const jx_fontset *fonts, jx_display *out, jx_diags *diags) {
    jx_page_style style[2];
    jx_page_style_turned(doc, 0, &style[0]);
    jx_page_style_turned(doc, 1, &style[1]);
    int has_toc = 0;
    for (size_t i = 0; i < doc->nblocks; i++) has_toc |= doc->blocks[i].type == JX_BLOCK_TOC;
    if (!has_toc) return typeset_pass(doc, fonts, style, NULL, 0, NULL, out, diags);
    jx_diags scratch;
    jx_diags_init(&scratch);
    toc_place toc = {0};
    int rc = typeset_pass(doc, fonts, style, NULL, 0, &toc, out, &scratch);
    if (rc) {
        jx_diags_free(&scratch);
        return typeset_pass(doc, fonts, style, NULL, 0, NULL, out, diags);
    }
    int *pages = calloc(out->noutline ? out->noutline : 1, sizeof *pages);
    size_t n = out->noutline;
    for (size_t i = 0; pages && i < n; i++) pages[i] = out->pages[out->outline[i].page].number;
    /* only the 目录's pages change: they must hold nothing else, and no
     * page number or running header */
    int own_pages = toc.block && toc.alone && out->pages[toc.first].number == 0 && out->pages[toc.last].number == 0;
    if (pages && own_pages && refill_toc(doc, fonts, style, pages, n, &toc, out) == 0) {
        jx_diags_copy(diags, &scratch);
    } else {
        jx_display_free(out);
        rc = pages ? typeset_pass(doc, fonts, style, pages, n, NULL, out, diags) : -1;
    }
    jx_diags_free(&scratch);
    free(pages);
    return rc;
}
