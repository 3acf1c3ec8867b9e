#include "fonts/glyphset.h"

size_t jx_glyph_rank(const uint32_t *list, size_t n, uint32_t g) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (list[mid] < g) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}
