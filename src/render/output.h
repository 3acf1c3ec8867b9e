/* Writing a finished document to its path so that nothing half-written is
 * ever seen there: shared by the PDF and DOCX renderers. */
#ifndef JX_RENDER_OUTPUT_H
#define JX_RENDER_OUTPUT_H

#include <stddef.h>

/* A regular file (or none) at path is replaced whole, only when the bytes
 * are on disk; a device or a FIFO is written directly; "-" is standard
 * output; a folder is refused. 0, or -1 with a message in err. */
int jx_write_output(const char *path, const void *bytes, size_t len, char *err, size_t err_size);
/* Removes from dir the temporary files of writers that are no longer
 * running (a run killed between writing a file and renaming it). */
void jx_output_clean(const char *dir);

#endif
