/* Growable byte buffer with a hard size limit; a failed append is sticky. */
#ifndef JX_BUF_H
#define JX_BUF_H

#include <stddef.h>
#include <stdio.h>

typedef struct jx_buf {
    char *data;
    size_t len, cap, limit;
    int failed; /* 0, JX_BUF_TOO_LONG past the limit, else out of memory */
} jx_buf;

enum { JX_BUF_OUT_OF_MEMORY = 1, JX_BUF_TOO_LONG = 2 };

void jx_buf_init(jx_buf *b, size_t limit);
void jx_buf_free(jx_buf *b);
void jx_buf_put(jx_buf *b, const char *s, size_t n);
void jx_buf_puts(jx_buf *b, const char *s);
void jx_buf_putc(jx_buf *b, char c);
void jx_buf_printf(jx_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends s as a JSON string literal, quotes included. */
void jx_buf_json_string(jx_buf *b, const char *s);
/* Appends a file name as it is, or quoted as a JSON string when it holds a
 * control character (a newline in a name must not start a forged line). */
void jx_buf_file_name(jx_buf *b, const char *name);
/* Appends text as XML or HTML character data: markup characters as
 * entities; control characters and U+FFFE/U+FFFF, which neither may hold,
 * dropped. */
void jx_buf_markup(jx_buf *b, const char *s, size_t n);
/* Appends everything a stream holds; 0, or -1 on a read error or past the
 * limit (the buffer then fails). */
int jx_buf_read(jx_buf *b, FILE *f);
/* Detaches the NUL-terminated contents (caller frees); NULL if any append failed. */
char *jx_buf_take(jx_buf *b);

#endif
