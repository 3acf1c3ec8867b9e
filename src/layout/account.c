#include "layout/account.h"

#include "base/diag.h"

#include <string.h>

/* A text given as an array of paragraphs is shown when the text is. */
static int is_shown(const jx_strset *shown, const char *ptr) {
    for (size_t len = strlen(ptr); len > 0; len--) {
        if (ptr[len] != '\0' && ptr[len] != '/') continue;
        if (jx_strset_has(shown, ptr, len)) return 1;
    }
    return 0;
}

void jx_account(const jx_model *input, const jx_strset *shown, const char *layout, jx_diags *diags) {
    for (size_t i = 0; i < input->nvalues; i++) {
        const jx_input_value *v = &input->values[i];
        if (!is_shown(shown, v->shown_by))
            jx_diag_at(diags, JX_WARNING, input->file, v->pos, "not printed by layout %s", layout);
    }
}
