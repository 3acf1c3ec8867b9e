/* What each base/lazy_*.h declares for its library: a table with a member
 * of the function's own type for each entry point in FUNCTIONS, the call
 * that opens the library once (0, or -1 with the reason in err), and the
 * table, to be used only once that call has succeeded. */
#ifndef JX_LAZY_H
#define JX_LAZY_H

#include <stddef.h>

#define JX_LAZY_MEMBER(f) __typeof__(f) *f;
#define JX_LAZY_DECLARE(name, FUNCTIONS)                  \
    typedef struct jx_lazy_##name {                       \
        FUNCTIONS(JX_LAZY_MEMBER)                         \
    } jx_lazy_##name;                                     \
    int jx_lazy_##name##_load(char *err, size_t err_size); \
    const jx_lazy_##name *jx_lazy_##name##_table(void);

#endif
