/* Column widths from what the cells ask for: one rule for the PDF's
 * tables and the Word writer's. */
#ifndef JX_ENGINE_WIDTHS_H
#define JX_ENGINE_WIDTHS_H

#include "doc/doc.h"

/* What a column's cells ask for, in pt: the widest piece no line may
 * break (a short header whole), the text on one line, the header on two
 * lines; whether a body cell holds text. The PDF measures shaped glyphs,
 * the Word writer its own estimate; both size columns by jx_table_widths. */
typedef struct jx_column_need {
    double min, max, head;
    int body;
} jx_column_need;

void jx_column_needs_init(const jx_table *t, jx_column_need *need, double pad);
/* A one-column cell's widths (padding of pad on each side included). */
void jx_column_need_add(jx_column_need *n, const jx_table *t, const jx_cell *c, double natural, double least,
                        double pad);
/* A body cell with text: every column it spans holds text. */
void jx_column_mark_body(const jx_table *t, jx_column_need *need, const jx_cell *c);
/* Column widths in pt into w: the layout's shares of area fitted to the
 * needs, HTML's automatic layout for "fit", millimetres as given. Returns
 * the table's width (more than area: fixed widths that do not fit). */
double jx_table_widths(const jx_table *t, const jx_column_need *need, double area, double *w);
/* The same for a writer without glyphs to measure (Word, a web page): a
 * Han character or full-width mark an em, other characters 0.6 of one ('%'
 * 0.9), a run of digits and letters one unbreakable piece. The table's width, or
 * -1 when out of memory. */
double jx_table_estimated_widths(const jx_table *t, double pad, double area, double *w);

#endif
