/* What the command line's commands share: diagnostics on stderr in the
 * order of the input, the "wrote" line, and what -o and --format ask for. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/diag.h"
#include "cli/cli.h"

/* In document order; diagnostics at one position keep their order. */
void print_diags(const jx_diags *d) {
    const jx_diag **order = jx_diags_in_order(d);
    for (size_t i = 0; i < d->count; i++) {
        char *s = jx_diag_format(order ? order[i] : &d->items[i]);
        fprintf(stderr, "%s\n", s ? s : "out of memory");
        free(s);
    }
    free((void *)order);
    if (d->dropped) fprintf(stderr, "%zu more diagnostics not shown\n", d->dropped);
    if (d->unrecorded) fprintf(stderr, "jixiao: out of memory: %zu diagnostics could not be kept\n", d->unrecorded);
}

jx_out_kind output_kind(const options *o) {
    static const char *const formats[] = {"pdf", "docx", "xlsx", "html"};
    jx_out_kind kind = JX_OUT_PDF;
    if (o->tree) return JX_OUT_TREE;
    if (o->dump) return JX_OUT_DUMP;
    for (size_t i = 0; o->format && i < sizeof formats / sizeof *formats; i++)
        if (strcmp(o->format, formats[i]) == 0) return (jx_out_kind)i;
    if (o->output) (void)jx_out_kind_of_name(o->output, &kind);
    return kind;
}

/* What a render made goes to stdout (a dump, a tree) or is said (a PDF). */
int show_rendered(const jx_rendered *done, int nfiles, char *const *files) {
    if (done->text) return fputs(done->text, stdout) >= 0 && fflush(stdout) == 0 ? EXIT_OK : EXIT_INPUT;
    if (!done->path) return EXIT_INPUT;
    jx_buf b;
    jx_buf_init(&b, 1 << 16);
    jx_buf_file_name(&b, nfiles == 1 ? files[0] : "jixiao");
    jx_buf_puts(&b, ": wrote ");
    jx_buf_file_name(&b, done->path);
    jx_buf_printf(&b, " (layout %s", done->layout);
    if (nfiles > 1) jx_buf_printf(&b, ", %d inputs", nfiles);
    jx_buf_puts(&b, ")\n");
    char *line = jx_buf_take(&b);
    if (line) fputs(line, stderr);
    free(line);
    return EXIT_OK;
}
