/* Fuzz target: arbitrary bytes read as an input (loaded, scored, the
 * results formatted), as a document tree, and as a layout (loaded, then
 * evaluated over a small scored input). libFuzzer: `make fuzz`. Without
 * libFuzzer, tests/fuzz/replay.c runs a corpus through the same function
 * (the test suite replays the committed inputs and layouts). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "layout/build.h"
#include "jixiao.h"

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

static void build_over_sample(const jx_layout *lay, jx_diags *d) {
    jx_doc *doc = jx_doc_load("sample", (const unsigned char *)SCORED, strlen(SCORED), d);
    if (doc && jx_doc_score(doc, d) == 0) {
        const jx_doc *docs[1] = {doc};
        jx_batch batch = {docs, 1};
        jx_val root = lay->many ? jx_bind_batch(&batch) : jx_bind_root(doc);
        jx_document_free(jx_build(lay, root, "sample", d));
    }
    jx_doc_free(doc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    jx_diags d;
    jx_diags_init(&d);
    jx_doc *doc = jx_doc_load("fuzz", data, size, &d);
    if (doc && jx_doc_score(doc, &d) == 0) {
        free(jx_score_table(doc));
        free(jx_score_json(doc, &d));
    }
    jx_doc_free(doc);
    jx_document_free(jx_document_load("fuzz", data, size, &d));
    jx_layout *lay = jx_layout_load("fuzz", data, size, &d);
    if (lay) build_over_sample(lay, &d);
    jx_layout_free(lay);
    for (size_t i = 0; i < d.count; i++) free(jx_diag_format(&d.items[i]));
    jx_diags_free(&d);
    return 0;
}
