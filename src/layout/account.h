/* Accounting for an input: every value the user typed either reaches the
 * document or is reported by its JSON pointer. */
#ifndef JX_ACCOUNT_H
#define JX_ACCOUNT_H

#include "input/model.h"
#include "base/strset.h"

/* Warns about each of the input's shown values (model.h) whose pointer, or
 * a pointer above it, is not in `shown`: "not printed by layout NAME". */
void jx_account(const jx_model *input, const jx_strset *shown, const char *layout, jx_diags *diags);

#endif
