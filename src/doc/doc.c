#include "doc/doc.h"

#include <string.h>

char *jx_block_image_path(const jx_document *doc, const jx_block *b) {
    const char *file = doc->file ? doc->file : "", *slash = strrchr(file, '/');
    size_t dir = slash && b->path[0] != '/' ? (size_t)(slash - file + 1) : 0;
    return jx_arena_printf(doc->arena, "%.*s%s", (int)dir, file, b->path);
}

static void call(const char *text, void (*fn)(const char *, void *), void *ctx) {
    if (text) fn(text, ctx);
}

void jx_document_texts(const jx_document *doc, void (*fn)(const char *text, void *ctx), void *ctx) {
    call(doc->page.header, fn, ctx);
    for (size_t i = 0; i < doc->nblocks; i++) {
        const jx_block *b = &doc->blocks[i];
        call(b->text, fn, ctx);
        for (size_t k = 0; b->table && k < b->table->ncells; k++) call(b->table->cells[k].text, fn, ctx);
        if (b->table) call(b->table->caption, fn, ctx);
        if (!b->chart) continue;
        call(b->chart->caption, fn, ctx);
        call(b->chart->unit, fn, ctx);
        for (size_t k = 0; k < b->chart->nbars; k++) call(b->chart->bars[k].label, fn, ctx), call(b->chart->bars[k].shown, fn, ctx);
    }
}
