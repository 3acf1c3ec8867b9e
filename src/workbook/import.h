/* A workbook in the shape of docs/workbook-format.md made into the
 * jixiao/1 text the loader reads, each line of which names the cell it came
 * from, so that every diagnostic — the import's own and the loader's —
 * points at a cell: "book.xlsx:绩效指标!F12: error: …". */
#ifndef JX_WORKBOOK_IMPORT_H
#define JX_WORKBOOK_IMPORT_H

#include <stddef.h>

#include "jixiao.h"
#include "workbook/book.h"

typedef struct jx_workbook_input {
    jx_book *book;
    char *json; /* the jixiao/1 text */
    size_t len;
    const char **line_cells; /* "绩效指标!F12" per line of json (NULL: none) */
    size_t nlines;
} jx_workbook_input;

/* Whether bytes are a ZIP archive (an .xlsx, or something to refuse as one). */
int jx_is_workbook(const char *name, const unsigned char *data, size_t len);
/* 0, or -1 with diagnostics at cells (nothing in out to free then). */
int jx_workbook_import(const char *name, const unsigned char *data, size_t len, jx_workbook_input *out, jx_diags *d);
void jx_workbook_input_free(jx_workbook_input *w);
/* Moves the diagnostics d[from…] of file `name` that name a line to the
 * cell that line came from (cells[line - 1]). */
void jx_workbook_relocate(const char *name, const char *const *cells, size_t n, jx_diags *d, size_t from);

#endif
