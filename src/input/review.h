/* What a bureau's reviewer looks for before a form is published, beyond
 * the arithmetic the scoring pass checks: figures written as words,
 * units that do not fit their values, changes and shortfalls without a
 * reason. Each finding is a warning at its place; `check` runs them. */
#ifndef JX_INPUT_REVIEW_H
#define JX_INPUT_REVIEW_H

#include "input/model.h"

/* 1 when a reason field says nothing: empty, or "无", "/", "-", "—" and the
 * like that a form's blank cell is filled with (the scoring pass asks for a
 * reason beside a score below full, and "无" is none). */
int jx_says_nothing(const char *text);

/* Adds the findings about a loaded, scored document to d (warnings). */
void jx_review(const jx_model *doc, jx_diags *d);

#endif
