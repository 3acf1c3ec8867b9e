/* Sets a table: grid, widths, rows split over pages, repeated headers. */
#ifndef JX_ENGINE_TABLE_H
#define JX_ENGINE_TABLE_H

#include "engine/setter.h"

int ts_set_table(setter *S, const jx_block *b);

#endif
