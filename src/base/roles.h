/* The font roles a document names: 宋, 黑, 楷, 仿宋 and the title's
 * 小标宋. Blocks choose them, the font set resolves them to faces. */
#ifndef JX_BASE_ROLES_H
#define JX_BASE_ROLES_H

typedef enum {
    JX_ROLE_AUTO = -1, /* the block type's own */
    JX_ROLE_SONG,
    JX_ROLE_HEI,
    JX_ROLE_KAI,
    JX_ROLE_FANGSONG,
    JX_ROLE_TITLE,
    JX_ROLE_COUNT
} jx_role;

/* "song", "hei", "kai", "fangsong", "title", NULL: by jx_role, read and
 * written from this one table (the font files are named after them). */
extern const char *const JX_ROLE_NAMES[];

#endif
