/* Sets a table: grid, widths, rows split over pages, repeated headers. */
#ifndef JX_ENGINE_TABLE_H
#define JX_ENGINE_TABLE_H

#include "engine/setter.h"

int ts_set_table(setter *S, const jx_block *b);

/* The height the start of a table needs on a page (its caption, header
 * rows and first row, or two lines of it): what a heading keeps with. */
int ts_table_start_height(setter *S, const jx_block *b, double *height);

#endif
