/* The document tree that the layout engine typesets: what a layout builds
 * from scored data, or what a jixiao-doc/1 file states directly. */
#ifndef JX_DOC_H
#define JX_DOC_H

#include <stddef.h>

#include "base/arena.h"
#include "base/roles.h"
#include "base/values.h"
#include "jixiao.h"

#define JX_DOC_FORMAT "jixiao-doc/1"

typedef enum {
    JX_BLOCK_TITLE,
    JX_BLOCK_HEADING,
    JX_BLOCK_PARAGRAPH,
    JX_BLOCK_PAGEBREAK,
    JX_BLOCK_TABLE,
    JX_BLOCK_TOC,
    JX_BLOCK_CHART,
    JX_BLOCK_IMAGE,
    JX_BLOCK_GROUP, /* a layout's repetition or guard of blocks, never in a tree */
    JX_BLOCK_TABLES, /* a layout's place for the input's own tables, never in a tree */
    JX_BLOCK_CHAPTER /* a layout's chapter, ordered and named by the input's outline */
} jx_block_type;
/* the kinds a document tree holds */
#define JX_BLOCK_COUNT JX_BLOCK_GROUP

typedef enum { JX_ALIGN_AUTO, JX_ALIGN_LEFT, JX_ALIGN_CENTER, JX_ALIGN_RIGHT, JX_ALIGN_DECIMAL } jx_align;
typedef enum { JX_VALIGN_MIDDLE, JX_VALIGN_TOP, JX_VALIGN_BOTTOM } jx_valign;
/* proportional: shares of the type area; fixed: mm; fit: after the cells' text */
typedef enum { JX_WIDTHS_PROPORTIONAL, JX_WIDTHS_FIXED, JX_WIDTHS_FIT } jx_widths;
/* clreq's line-breaking levels; DEFAULT: the style's (GB) */
typedef enum { JX_KINSOKU_DEFAULT = -1, JX_KINSOKU_BASIC, JX_KINSOKU_GB, JX_KINSOKU_STRICT } jx_kinsoku;

typedef struct jx_cell {
    const char *text;
    int row, col, rowspan, colspan; /* grid position, filled by the loader */
    jx_align align;
    jx_valign valign;
    jx_pos pos;
} jx_cell;

typedef struct jx_table {
    const char *caption;
    double *columns; /* relative widths */
    size_t ncolumns;
    int header_rows;
    /* per row, or NULL: a row that heads the rows below it (a form's 一级指标
     * 二级指标 … row) and is repeated above them on every later page */
    unsigned char *subhead;
    int three_line; /* 三线表: rules above and below, and under the header */
    jx_widths widths;
    double size;    /* pt; 五号 10.5 by default */
    jx_cell *cells;
    size_t ncells;
    int nrows;
} jx_table;

typedef enum { JX_GRID_TOO_WIDE, JX_GRID_TOO_TALL, JX_GRID_GAP } jx_grid_what;

typedef struct jx_grid_error {
    jx_grid_what what;
    size_t cell, row, col; /* 0-based */
} jx_grid_error;

/* Gives every cell its column: each row's cells, in order, take the first
 * free columns left of which nothing spans. Cells must be in row order with
 * `row` set; used is nrows × ncolumns scratch. 0, or -1 with *e. */
int jx_table_place(jx_table *t, unsigned char *used, jx_grid_error *e);

typedef struct jx_bar {
    const char *label;
    double value;
    const char *shown; /* the value as written, printed above the bar */
} jx_bar;

typedef struct jx_chart {
    const char *caption, *unit;
    double max;
    jx_bar *bars;
    size_t nbars;
} jx_chart;

typedef struct jx_block {
    jx_block_type type;
    int level;        /* headings: 1 一、 2 （一） 3 1. 4 （1） */
    const char *text; /* paragraphs separated by '\n'; **bold** inline */
    int restart;      /* pagebreak: page numbers start again at 1 */
    int turn;         /* pagebreak: 0, or 1 + landscape: the pages from here on turn (an attached form) */
    jx_table *table;
    jx_chart *chart;
    const char *path; /* images: the file, relative to the document's folder */
    double width_mm;
    jx_align align;   /* images; title, heading and paragraph lines */
    /* text style over the page style's; each applies when set */
    double size;      /* pt, 0: the block type's */
    jx_role role;
    int bold;
    double indent;    /* first-line indent in em, -1: the block type's */
    double space_before; /* pt */
    int unnumbered;   /* headings: no 一、（一） number, no outline level change */
    int mark;         /* headings: a document's entry in a compilation — in the 目录 (which
                         then lists the marks alone) and at the top of the outline, not
                         printed; the numbers 一、（一） start again after it */
    int hanging;      /* paragraphs: lines after the first hang under the text after "：", broken between words */
    jx_pos pos;
} jx_block;

typedef enum { JX_NUMBERS_OUTER, JX_NUMBERS_CENTER, JX_NUMBERS_NONE } jx_numbers;

/* Page settings a document may state; each applies only when present. */
typedef struct jx_doc_page {
    int landscape;
    jx_numbers numbers;
    int first_number;
    double leading; /* 0: the style's */
    double line_spacing; /* leading as a multiple of the body size, 0: unset */
    double paragraph_spacing; /* pt after each body paragraph */
    int grid; /* GB/T 9704 grid: 22 lines of 28 characters fill the type area */
    jx_kinsoku kinsoku;
    const char *header; /* running header above the type area, NULL: none */
} jx_doc_page;

/* Sizes and type area over the GB/T 9704 defaults; 0: the default. */
typedef struct jx_doc_style {
    double body, title, folio;        /* pt */
    double top, left, width, height;  /* the type area, mm, portrait terms */
} jx_doc_style;

typedef struct jx_document {
    jx_arena *arena;
    const char *file;
    const char *title, *author, *subject, *keywords;
    const char *web_note; /* a line above the web page's text ("以PDF版本为准"), or NULL */
    jx_doc_page page;
    jx_doc_style style;
    jx_block *blocks;
    size_t nblocks;
} jx_document;

jx_document *jx_document_load(const char *name, const unsigned char *data, size_t len, jx_diags *diags);
/* An image block's file: its path taken from the document file's folder
 * (in the document's arena; NULL when out of memory). */
char *jx_block_image_path(const jx_document *doc, const jx_block *b);
void jx_document_free(jx_document *doc);
/* Calls fn with every text the document prints: its blocks', their
 * tables' cells and captions, its charts' labels, the running header. */
void jx_document_texts(const jx_document *doc, void (*fn)(const char *text, void *ctx), void *ctx);

#endif
