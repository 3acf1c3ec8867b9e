#include "doc/doc.h"

#include <string.h>

char *jx_block_image_path(const jx_document *doc, const jx_block *b) {
    const char *file = doc->file ? doc->file : "", *slash = strrchr(file, '/');
    size_t dir = slash && b->path[0] != '/' ? (size_t)(slash - file + 1) : 0;
    return jx_arena_printf(doc->arena, "%.*s%s", (int)dir, file, b->path);
}
