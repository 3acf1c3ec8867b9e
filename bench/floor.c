/* The floor of a one-shot render, measured beside it: a process that starts
 * with jixiao's libraries, reads the report's streams uncompressed (the PDF
 * as qpdf --stream-data=uncompress writes it), deflates them at libdeflate's
 * level 1 as the renderer does, writes the result and fsyncs it. Nothing of
 * the layout, the fonts' parsing or the PDF's objects: what no renderer of
 * that PDF can avoid.
 *
 *   floor UNCOMPRESSED.pdf OUT */
#include <fcntl.h>
#include <libdeflate.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "base/buf.h"

int main(int argc, char **argv) {
    if (argc != 3) return fprintf(stderr, "usage: floor UNCOMPRESSED.pdf OUT\n"), 2;
    FILE *in = fopen(argv[1], "rb");
    jx_buf b;
    jx_buf_init(&b, 1u << 30);
    if (!in || jx_buf_read(&b, in)) return perror(argv[1]), 1;
    fclose(in);
    struct libdeflate_compressor *z = libdeflate_alloc_compressor(1);
    size_t bound = libdeflate_zlib_compress_bound(z, b.len);
    unsigned char *out = malloc(bound);
    if (!z || !out) return fputs("floor: out of memory\n", stderr), 1;
    size_t n = libdeflate_zlib_compress(z, b.data, b.len, out, bound);
    int fd = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || write(fd, out, n) != (ssize_t)n || fsync(fd) || close(fd)) return perror(argv[2]), 1;
    libdeflate_free_compressor(z);
    free(out);
    jx_buf_free(&b);
    return 0;
}
