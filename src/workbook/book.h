/* A workbook's cells as a reader of them needs them: an .xlsx (Office Open
 * XML spreadsheet, as Excel, WPS and LibreOffice write it) read with
 * libzip and expat, every sheet's cells with their values as shown —
 * shared and inline strings, numbers with the decimals of their format,
 * dates from serials, booleans, formulas by their cached value — and the
 * merged ranges. Untrusted input: sizes, ratios and counts are bounded and
 * DTDs refused. */
#ifndef JX_WORKBOOK_BOOK_H
#define JX_WORKBOOK_BOOK_H

#include <stddef.h>

#include "base/limits.h"
#include "base/arena.h"
#include "jixiao.h"

typedef enum { JX_CELL_TEXT, JX_CELL_NUMBER, JX_CELL_BOOL, JX_CELL_ERROR } jx_cell_kind;

typedef struct jx_book_cell {
    int row, col;        /* 0-based */
    jx_cell_kind kind;
    const char *text;    /* a string; a number's decimals as shown (61.90, 0.6190 as 61.90% is text);
                            "TRUE"/"FALSE"; an error's code (#DIV/0!) */
    int date;            /* a number shown as a date: text is YYYY-MM-DD */
    int uncached;        /* a formula with no value saved: text is "" */
} jx_book_cell;

typedef struct jx_book_range {
    int r1, c1, r2, c2; /* inclusive, 0-based */
} jx_book_range;

typedef struct jx_book_sheet {
    const char *name;
    jx_book_cell *cells; /* in row, then column order */
    size_t ncells;
    jx_book_range *merges;
    size_t nmerges;
} jx_book_sheet;

typedef struct jx_book {
    jx_arena *arena;
    const char *file;
    jx_book_sheet *sheets;
    size_t nsheets;
} jx_book;


/* The first bytes of an OLE compound file: an old Excel .xls, or an .xlsx
 * encrypted with a password (its package inside such a file). */
#define JX_OLE_SIGNATURE "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"

/* Reads an .xlsx from its bytes; NULL with a diagnostic naming the file
 * (and the sheet and cell where there is one). */
jx_book *jx_book_read(const char *name, const unsigned char *data, size_t len, jx_diags *diags);
void jx_book_free(jx_book *b);

/* "B12" for row 11, column 1. */
void jx_cell_name(int row, int col, char out[16]);

#endif
