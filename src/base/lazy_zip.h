/* libzip, which the Word writer and the workbook reader use, opened the
 * first time it is needed (src/base/lazylibs.c says why). After this
 * header, its own names call through the table jx_lazy_zip_load filled. */
#ifndef JX_LAZY_ZIP_H
#define JX_LAZY_ZIP_H

#include "base/lazy.h"

#include <zip.h>

#define JX_ZIP_FUNCTIONS(X) \
    X(zip_close) \
    X(zip_discard) \
    X(zip_error_fini) \
    X(zip_error_init) \
    X(zip_fclose) \
    X(zip_file_add) \
    X(zip_file_set_mtime) \
    X(zip_fopen) \
    X(zip_fopen_index) \
    X(zip_fread) \
    X(zip_get_name) \
    X(zip_get_num_entries) \
    X(zip_name_locate) \
    X(zip_open_from_source) \
    X(zip_set_file_compression) \
    X(zip_source_buffer) \
    X(zip_source_buffer_create) \
    X(zip_source_close) \
    X(zip_source_free) \
    X(zip_source_keep) \
    X(zip_source_open) \
    X(zip_source_read) \
    X(zip_source_stat) \
    X(zip_stat) \
    X(zip_stat_index)


JX_LAZY_DECLARE(zip, JX_ZIP_FUNCTIONS)

#ifndef JX_LAZYLIBS_IMPL
#define zip_close (jx_lazy_zip_table()->zip_close)
#define zip_discard (jx_lazy_zip_table()->zip_discard)
#define zip_error_fini (jx_lazy_zip_table()->zip_error_fini)
#define zip_error_init (jx_lazy_zip_table()->zip_error_init)
#define zip_fclose (jx_lazy_zip_table()->zip_fclose)
#define zip_file_add (jx_lazy_zip_table()->zip_file_add)
#define zip_file_set_mtime (jx_lazy_zip_table()->zip_file_set_mtime)
#define zip_fopen (jx_lazy_zip_table()->zip_fopen)
#define zip_fopen_index (jx_lazy_zip_table()->zip_fopen_index)
#define zip_fread (jx_lazy_zip_table()->zip_fread)
#define zip_get_name (jx_lazy_zip_table()->zip_get_name)
#define zip_get_num_entries (jx_lazy_zip_table()->zip_get_num_entries)
#define zip_name_locate (jx_lazy_zip_table()->zip_name_locate)
#define zip_open_from_source (jx_lazy_zip_table()->zip_open_from_source)
#define zip_set_file_compression (jx_lazy_zip_table()->zip_set_file_compression)
#define zip_source_buffer (jx_lazy_zip_table()->zip_source_buffer)
#define zip_source_buffer_create (jx_lazy_zip_table()->zip_source_buffer_create)
#define zip_source_close (jx_lazy_zip_table()->zip_source_close)
#define zip_source_free (jx_lazy_zip_table()->zip_source_free)
#define zip_source_keep (jx_lazy_zip_table()->zip_source_keep)
#define zip_source_open (jx_lazy_zip_table()->zip_source_open)
#define zip_source_read (jx_lazy_zip_table()->zip_source_read)
#define zip_source_stat (jx_lazy_zip_table()->zip_source_stat)
#define zip_stat (jx_lazy_zip_table()->zip_stat)
#define zip_stat_index (jx_lazy_zip_table()->zip_stat_index)
#endif

#endif
