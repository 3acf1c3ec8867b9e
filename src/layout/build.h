/* The builder: a layout evaluated over a scored input (or several) gives
 * the document tree the layout engine typesets. */
#ifndef JX_BUILD_H
#define JX_BUILD_H

#include "layout/layout.h"

/* root is jx_bind_root(doc) for a one-input layout, jx_bind_input_set() for a
 * many-input one; input names the input(s) in diagnostics. Returns NULL
 * with diagnostics when a value the layout needs is missing. */
jx_document *jx_build(const jx_layout *layout, jx_val root, const char *input, jx_diags *diags);
/* 1 when the layout is the default for the input (its default_for holds),
 * 0 when not, -1 when memory ran out deciding. */
int jx_layout_fits(const jx_layout *layout, const jx_model *doc);

#endif
