/* import, export, template: workbooks in the shape of
 * docs/workbook-format.md. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/diag.h"
#include "cli/cli.h"
#include "pipeline/pipeline.h"
#include "render/output.h"
#include "workbook/export.h"
#include "workbook/import.h"

/* Bytes to -o (whole, or nothing), else to standard output. */
static int put(const char *out, const void *bytes, size_t len, jx_diags *d) {
    char err[512];
    if (jx_write_output(out ? out : "-", bytes, len, err, sizeof err) == 0) {
        if (out) fprintf(stderr, "jixiao: wrote %s\n", out);
        return 0;
    }
    jx_diags_add(d, JX_ERROR, out ? out : "-", 0, 0, "", "%s", err);
    return -1;
}

static int finish(jx_diags *d, int rc) {
    print_diags(d);
    jx_diags_free(d);
    return rc == 0 && !d->errors ? EXIT_OK : EXIT_INPUT;
}

int run_import(const char *file, const options *o) {
    jx_diags d;
    jx_diags_init(&d);
    unsigned char *data = NULL;
    size_t len = 0;
    jx_workbook_input w = {0};
    int rc = jx_read_file(file, &data, &len, &d);
    if (rc == 0) {
        /* the input is checked as render would read it, at its cells */
        jx_input in = {file, data, len};
        jx_model *doc = jx_load_workbook(&in, &w, &d);
        rc = doc && !d.errors ? put(o->output, w.json, w.len, &d) : -1;
        jx_model_free(doc);
    }
    jx_workbook_input_free(&w);
    free(data);
    return finish(&d, rc);
}

int run_export(const char *file, const options *o) {
    jx_diags d;
    jx_diags_init(&d);
    unsigned char *data = NULL, *book = NULL;
    size_t len = 0, blen = 0;
    int rc = jx_read_file(file, &data, &len, &d);
    if (rc == 0) {
        /* only a sound input is worth a workbook: it is checked first */
        jx_input in = {file, data, len};
        jx_model *doc = jx_load_scored(&in, &d);
        rc = doc && !d.errors ? 0 : -1;
        jx_model_free(doc);
    }
    if (rc == 0) rc = jx_workbook_export(file, data, len, &book, &blen, &d);
    if (rc == 0) rc = put(o->output, book, blen, &d);
    free(data);
    free(book);
    return finish(&d, rc);
}

static void note_part(const char *list, void *ctx) {
    jx_template_parts *p = ctx;
    if (strcmp(list, "goals.indicators") == 0) p->goals = 1;
    else if (strcmp(list, "indicators") == 0 || strcmp(list, "children") == 0) p->tree = 1;
    else if (strcmp(list, "evaluation.team") == 0) p->team = 1;
    else if (strncmp(list, "findings.", 9) == 0 || strcmp(list, "evaluation.process") == 0) p->report = 1;
}

/* "the layouts are: a, b, c", for a name that is none of them. */
static void unknown_layout(const char *name, const options *o, jx_diags *d) {
    jx_shelf *all = jx_shelf_open(o->layouts, NULL, o->cache);
    jx_buf names;
    jx_buf_init(&names, 1 << 16);
    jx_diags quiet;
    jx_diags_init(&quiet);
    for (size_t i = 0; all && i < jx_shelf_count(all); i++) {
        const jx_layout *lay = jx_shelf_get(all, i, &quiet);
        if (lay) jx_buf_printf(&names, "%s%s", names.len ? ", " : "", lay->name);
    }
    char *list = jx_buf_take(&names);
    jx_diags_add(d, JX_ERROR, name, 0, 0, "", "no layout of this name; the layouts are: %s", list ? list : "");
    free(list);
    jx_diags_free(&quiet);
    jx_shelf_close(all);
}

/* The sheets a layout's form is filled from; without a layout, every sheet. */
int run_template(const char *layout, const options *o) {
    jx_diags d;
    jx_diags_init(&d);
    jx_template_parts parts = {0};
    jx_shelf *shelf = layout ? jx_shelf_open(o->layouts, layout, o->cache) : NULL;
    jx_diags quiet;
    jx_diags_init(&quiet);
    const jx_layout *lay = shelf ? jx_shelf_get(shelf, 0, &quiet) : NULL;
    if (layout && !lay) {
        if (strchr(layout, '/')) jx_diags_copy(&d, &quiet);
        else unknown_layout(layout, o, &d);
    }
    jx_layout_lists(lay, note_part, &parts);
    unsigned char *book = NULL;
    size_t len = 0;
    int rc = layout && !lay ? -1 : jx_workbook_template(layout ? &parts : NULL, &book, &len, &d);
    if (rc == 0) rc = put(o->output, book, len, &d);
    free(book);
    jx_diags_free(&quiet);
    jx_shelf_close(shelf);
    return finish(&d, rc);
}
