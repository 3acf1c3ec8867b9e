/* Placing a table's cells on its grid: shared by the document-tree loader
 * (cells as written) and the layout builder (cells made from data). */
#include <string.h>

#include "doc/doc.h"

int jx_table_place(jx_table *t, unsigned char *used, jx_grid_error *e) {
    size_t ncols = t->ncolumns, nrows = (size_t)t->nrows, k = 0;
    memset(used, 0, nrows * ncols);
    for (size_t r = 0; r < nrows; r++) {
        size_t col = 0;
        for (; k < t->ncells && (size_t)t->cells[k].row == r; k++) {
            jx_cell *cell = &t->cells[k];
            while (col < ncols && used[r * ncols + col]) col++;
            *e = (jx_grid_error){JX_GRID_TOO_WIDE, k, r, col};
            if (col + (size_t)cell->colspan > ncols) return -1;
            e->what = JX_GRID_TOO_TALL;
            if (r + (size_t)cell->rowspan > nrows) return -1;
            cell->col = (int)col;
            for (size_t y = 0; y < (size_t)cell->rowspan; y++)
                memset(used + (r + y) * ncols + col, 1, (size_t)cell->colspan);
            col += (size_t)cell->colspan;
        }
        for (size_t x = 0; x < ncols; x++)
            if (!used[r * ncols + x]) return *e = (jx_grid_error){JX_GRID_GAP, k, r, x}, -1;
    }
    return 0;
}
