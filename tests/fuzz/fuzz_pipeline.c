/* Fuzz target: arbitrary bytes through the whole pipeline (jx_render, as
 * the command line runs it, down to the PDF's bytes, written to /dev/null)
 * (and as a Word document, its XML parsed back) read three ways: as an input (loaded, scored, its layout chosen, built,
 * typeset, written), as a document tree, and as a layout (rendered over a
 * small scored input). libFuzzer: `make fuzz`. Without libFuzzer,
 * tests/fuzz/replay.c runs a corpus through the same function (the test
 * suite replays the committed inputs and layouts). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "base/lazy_expat.h"
#include "base/lazy_zip.h"
#include "pipeline/pipeline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Every field a layout may name has somewhere to come from. */
static const char SCORED[] =
    "{\"format\":\"jixiao/1\",\"year\":2022,\"subject\":{\"name\":\"示例\",\"department\":\"部门\"},"
    "\"funds\":{\"budget\":40,\"arrived\":40,\"spent\":39.9,\"sources\":[{\"name\":\"当年财政拨款\",\"budget\":40}]},"
    "\"goals\":{\"annual\":\"目标\",\"indicators\":[{\"level1\":\"产出指标\",\"level2\":\"数量指标\",\"name\":\"数量\","
    "\"target\":\"10\",\"actual\":\"10\"}]},\"evaluation\":{\"type\":\"department\",\"basis\":[\"依据\"]},"
    "\"findings\":{\"problems\":[{\"title\":\"问题\",\"detail\":\"说明\"}]},"
    "\"scoring\":{\"indicators\":[{\"name\":\"决策\",\"weight\":100,\"children\":[{\"name\":\"立项\",\"weight\":100,"
    "\"children\":[{\"name\":\"依据\",\"weight\":100,\"score\":90,\"note\":\"原因\"}]}]}]}}";

static const jx_render_opts PDF = {.kind = JX_OUT_PDF, .fonts_dir = "fonts", .output = "/dev/null"};
/* the web page door, whose writer the sanitizers watch */
static const jx_render_opts HTML = {.kind = JX_OUT_HTML, .fonts_dir = "fonts", .output = "/dev/null"};

/* A part of a Word file that no XML parser takes is a file Word refuses:
 * the fuzzer stops on it. */
static void check_part(zip_t *z, const char *name) {
    zip_stat_t st;
    zip_file_t *f = zip_stat(z, name, 0, &st) == 0 ? zip_fopen(z, name, 0) : NULL;
    if (!f) return;
    char *xml = malloc(st.size + 1);
    zip_int64_t got = xml ? zip_fread(f, xml, st.size) : -1;
    zip_fclose(f);
    XML_Parser p = XML_ParserCreate("UTF-8");
    if (got >= 0 && p && XML_Parse(p, xml, (int)got, 1) != XML_STATUS_OK) abort();
    if (p) XML_ParserFree(p);
    free(xml);
}

static void check_docx(const char *path) {
    char why[256];
    unsigned char *bytes = NULL;
    size_t len = 0;
    jx_diags quiet;
    jx_diags_init(&quiet);
    if (jx_lazy_zip_load(why, sizeof why) == 0 && jx_lazy_expat_load(why, sizeof why) == 0 &&
        jx_read_file(path, &bytes, &len, &quiet) == 0) {
        zip_error_t ze;
        zip_error_init(&ze);
        zip_source_t *src = zip_source_buffer_create(bytes, len, 0, &ze);
        zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
        static const char *const parts[] = {"[Content_Types].xml", "word/document.xml", "word/styles.xml",
                                            "word/settings.xml", "docProps/core.xml", NULL};
        for (int i = 0; z && parts[i]; i++) check_part(z, parts[i]);
        if (z) zip_discard(z);
        else if (src) zip_source_free(src);
        zip_error_fini(&ze);
    }
    free(bytes);
    jx_diags_free(&quiet);
}

static void render(const jx_shelf *shelf, const jx_input *in, jx_diags *d) {
    jx_rendered out;
    if (jx_render(&PDF, shelf, in, 1, &out, d) == 0) jx_rendered_free(&out);
    if (jx_render(&HTML, shelf, in, 1, &out, d) == 0) jx_rendered_free(&out);
    /* the Word door too, its XML parsed back */
    char path[64];
    snprintf(path, sizeof path, "/tmp/jixiao-fuzz-%ld.docx", (long)getpid());
    const jx_render_opts docx = {.kind = JX_OUT_DOCX, .fonts_dir = "fonts", .output = path};
    if (jx_render(&docx, shelf, in, 1, &out, d) == 0) {
        jx_rendered_free(&out);
        check_docx(path);
        unlink(path);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    /* the shipped layouts, read once for the whole run */
    static jx_shelf *shipped;
    if (!shipped) shipped = jx_shelf_open("layouts", NULL, NULL);
    jx_diags d;
    jx_diags_init(&d);
    jx_input in = {"fuzz", data, size};
    render(shipped, &in, &d);
    jx_rendered out;
    if (jx_render_tree(&PDF, &in, &out, &d) == 0) jx_rendered_free(&out);
    jx_shelf *own = jx_shelf_of(jx_layout_load("fuzz", data, size, &d));
    if (own && jx_shelf_count(own) && jx_shelf_get(own, 0, &d)) {
        jx_input sample = {"sample", (const unsigned char *)SCORED, strlen(SCORED)};
        render(own, &sample, &d);
    }
    jx_shelf_close(own);
    for (size_t i = 0; i < d.count; i++) free(jx_diag_format(&d.items[i]));
    jx_diags_free(&d);
    return 0;
}
