/* Pages of positioned glyphs: what the layout engine produces and every
 * renderer (PDF, text dump) reads. Coordinates in pt from the page's
 * top-left corner; y is the baseline. */
#ifndef JX_DISPLAY_H
#define JX_DISPLAY_H

#include <stddef.h>
#include <stdint.h>

typedef struct jx_dglyph {
    double x, y, size;
    uint32_t cp;
    int face; /* index into the fontset */
    int bold; /* drawn with a stroke: the faces have one weight */
} jx_dglyph;

/* A straight line: table rules. */
typedef struct jx_drule {
    double x1, y1, x2, y2, width;
} jx_drule;

/* A filled rectangle: chart bars. gray 0 is black, 1 white. */
typedef struct jx_drect {
    double x, y, w, h, gray;
} jx_drect;

/* A raster image (PNG or JPEG), placed by its top-left corner. */
typedef struct jx_dimage {
    double x, y, w, h;
    const char *path; /* owned by the document */
    int jpeg;         /* else PNG */
} jx_dimage;

typedef struct jx_dpage {
    jx_dglyph *glyphs;
    size_t n, cap;
    jx_drule *rules;
    size_t nrules, rules_cap;
    jx_drect *rects;
    size_t nrects, rects_cap;
    jx_dimage *images;
    size_t nimages, images_cap;
    int number;  /* printed page number, 0 for none */
    int restart; /* numbering starts again at this page */
    int landscape; /* turned: the pages of an attached form */
    double width, height;
} jx_dpage;

typedef struct jx_outline_entry {
    int level;
    char *title;
    size_t page;
    double y;
} jx_outline_entry;

typedef struct jx_display {
    double width, height;
    jx_dpage *pages;
    size_t npages, cap;
    jx_outline_entry *outline;
    size_t noutline, outline_cap;
} jx_display;

void jx_display_free(jx_display *d);

#endif
