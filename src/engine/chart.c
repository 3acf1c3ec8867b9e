/* A bar chart drawn as vectors: a value axis with three ticks, one gray
 * bar per category with its value above and its label below. */
#include <stdio.h>
#include <string.h>

#include "engine/chart.h"

#define LABEL 10.5 /* 五号 */

/* Draws text centered on x (or ending at x when right_align) at baseline y. */
static int draw_label(setter *S, const char *text, double x, double y, int right_align, jx_pos pos) {
    run r = {0};
    if (ts_shape(S, text, strlen(text), JX_ROLE_SONG, LABEL, 0, pos, &r)) return -1;
    ts_place_run(S, ts_current_page(S), &r, LABEL, x, y, right_align ? TS_RIGHT : TS_CENTER);
    ts_run_free(&r);
    return 0;
}

int ts_set_chart(setter *S, const jx_block *b) {
    const jx_chart *c = b->chart;
    const jx_page_style *st = S->st;
    double plot_h = 5 * st->leading, need = plot_h + 3 * st->leading;
    if (S->y > 0 && S->y + need > st->area_h && ts_new_page(S)) return -1;
    if (c->caption && ts_set_paragraph(S, c->caption, strlen(c->caption), JX_ROLE_HEI, 12, 0, 0, 0, TS_ALIGN_CENTER, b->pos)) return -1;
    double left = st->left + st->area_w * 0.15, right = st->left + st->area_w * 0.95;
    double top = st->top + S->y + st->leading, bottom = top + plot_h;
    jx_dpage *pg = ts_current_page(S);
    ts_add_rule(S, pg, (jx_drule){left, top - 6, left, bottom, 0.5});
    ts_add_rule(S, pg, (jx_drule){left, bottom, right, bottom, 0.5});
    for (int k = 0; k <= 2; k++) {
        double v = c->max * k / 2, y = bottom - plot_h * k / 2;
        char tick[48];
        snprintf(tick, sizeof tick, "%g%s", v, c->unit);
        ts_add_rule(S, pg, (jx_drule){left - 3, y, left, y, 0.5});
        if (draw_label(S, tick, left - 5, y + LABEL * 0.35, 1, b->pos)) return -1;
    }
    double slot = (right - left) / (double)c->nbars;
    for (size_t i = 0; i < c->nbars; i++) {
        const jx_bar *bar = &c->bars[i];
        double h = plot_h * bar->value / c->max, cx = left + slot * ((double)i + 0.5), w = slot * 0.45;
        ts_add_rect(S, pg, (jx_drect){cx - w / 2, bottom - h, w, h, 0.6});
        char value[64];
        /* a value that is no number (— for a score not published) has no unit */
        int numeric = bar->shown[0] >= '0' && bar->shown[0] <= '9';
        snprintf(value, sizeof value, "%s%s", bar->shown, numeric ? c->unit : "");
        if (draw_label(S, value, cx, bottom - h - 4, 0, b->pos) ||
            draw_label(S, bar->label, cx, bottom + LABEL * 1.4, 0, b->pos))
            return -1;
    }
    S->y = bottom - st->top + 2 * st->leading;
    return 0;
}
