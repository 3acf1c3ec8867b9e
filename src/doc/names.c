#include "doc/names.h"

#include <stddef.h>

const char *const JX_BLOCK_NAMES[] = {"title", "heading", "paragraph", "pagebreak", "table", "toc", "chart", "image",
                                      "group", "tables", "chapter", NULL};
const char *const JX_ALIGN_NAMES[] = {"auto", "left", "center", "right", "decimal", NULL};
const char *const JX_VALIGN_NAMES[] = {"middle", "top", "bottom", NULL};
const char *const JX_WIDTHS_NAMES[] = {"proportional", "fixed", "fit", NULL};
const char *const JX_RULES_NAMES[] = {"grid", "three-line", NULL};
const char *const JX_NUMBERS_NAMES[] = {"outer", "center", "none", NULL};
const char *const JX_KINSOKU_NAMES[] = {"basic", "gb", "strict", NULL};
const char *const JX_ORIENTATION_NAMES[] = {"portrait", "landscape", NULL};
