/* Renders a jixiao/1 input (or a workbook) to a PDF through the installed
 * library: cc render.c $(pkg-config --cflags --libs jixiao) -o render */
#include <jixiao.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    if (argc != 3) return fprintf(stderr, "usage: %s INPUT.json OUT.pdf\n", argv[0]), 2;
    FILE *f = fopen(argv[1], "rb");
    static unsigned char data[16 << 20];
    size_t len = f ? fread(data, 1, sizeof data, f) : 0;
    if (f) fclose(f);
    if (!f) return perror(argv[1]), 1;
    jx_diags diags;
    jx_diags_init(&diags);
    jx_layouts *layouts = jx_layouts_open(NULL, NULL); /* the installed layouts */
    int rc = jx_render_input(layouts, argv[1], data, len, JX_FORMAT_PDF, NULL, argv[2], &diags);
    for (size_t i = 0; i < diags.count; i++) {
        char *line = jx_diag_format(&diags.items[i]);
        fprintf(stderr, "%s\n", line ? line : "out of memory");
        free(line);
    }
    jx_layouts_close(layouts);
    jx_diags_free(&diags);
    return rc == 0 ? 0 : 1;
}
