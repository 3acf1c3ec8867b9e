/* libxlsxwriter, which the workbook writer uses, opened the first time
 * it is needed (src/base/lazylibs.c says why). After this header, its own
 * names call through the table jx_lazy_xlsxwriter_load filled. */
#ifndef JX_LAZY_XLSXWRITER_H
#define JX_LAZY_XLSXWRITER_H

#include "base/lazy.h"

#include <xlsxwriter.h>

#define JX_XLSXWRITER_FUNCTIONS(X) \
    X(format_set_align) \
    X(format_set_bg_color) \
    X(format_set_bold) \
    X(format_set_border) \
    X(format_set_font_size) \
    X(format_set_num_format) \
    X(format_set_text_wrap) \
    X(lxw_strerror) \
    X(workbook_add_format) \
    X(workbook_add_worksheet) \
    X(workbook_close) \
    X(workbook_new_opt) \
    X(workbook_set_properties) \
    X(worksheet_autofilter) \
    X(worksheet_data_validation_range) \
    X(worksheet_fit_to_pages) \
    X(worksheet_freeze_panes) \
    X(worksheet_merge_range) \
    X(worksheet_repeat_rows) \
    X(worksheet_set_column) \
    X(worksheet_set_column_opt) \
    X(worksheet_set_landscape) \
    X(worksheet_set_paper) \
    X(worksheet_set_row) \
    X(worksheet_write_blank) \
    X(worksheet_write_boolean) \
    X(worksheet_write_formula_num) \
    X(worksheet_write_number) \
    X(worksheet_write_string)


JX_LAZY_DECLARE(xlsxwriter, JX_XLSXWRITER_FUNCTIONS)

#ifndef JX_LAZYLIBS_IMPL
#define format_set_align (jx_lazy_xlsxwriter_table()->format_set_align)
#define format_set_bg_color (jx_lazy_xlsxwriter_table()->format_set_bg_color)
#define format_set_bold (jx_lazy_xlsxwriter_table()->format_set_bold)
#define format_set_border (jx_lazy_xlsxwriter_table()->format_set_border)
#define format_set_font_size (jx_lazy_xlsxwriter_table()->format_set_font_size)
#define format_set_num_format (jx_lazy_xlsxwriter_table()->format_set_num_format)
#define format_set_text_wrap (jx_lazy_xlsxwriter_table()->format_set_text_wrap)
#define lxw_strerror (jx_lazy_xlsxwriter_table()->lxw_strerror)
#define workbook_add_format (jx_lazy_xlsxwriter_table()->workbook_add_format)
#define workbook_add_worksheet (jx_lazy_xlsxwriter_table()->workbook_add_worksheet)
#define workbook_close (jx_lazy_xlsxwriter_table()->workbook_close)
#define workbook_new_opt (jx_lazy_xlsxwriter_table()->workbook_new_opt)
#define workbook_set_properties (jx_lazy_xlsxwriter_table()->workbook_set_properties)
#define worksheet_autofilter (jx_lazy_xlsxwriter_table()->worksheet_autofilter)
#define worksheet_data_validation_range (jx_lazy_xlsxwriter_table()->worksheet_data_validation_range)
#define worksheet_fit_to_pages (jx_lazy_xlsxwriter_table()->worksheet_fit_to_pages)
#define worksheet_freeze_panes (jx_lazy_xlsxwriter_table()->worksheet_freeze_panes)
#define worksheet_merge_range (jx_lazy_xlsxwriter_table()->worksheet_merge_range)
#define worksheet_repeat_rows (jx_lazy_xlsxwriter_table()->worksheet_repeat_rows)
#define worksheet_set_column (jx_lazy_xlsxwriter_table()->worksheet_set_column)
#define worksheet_set_column_opt (jx_lazy_xlsxwriter_table()->worksheet_set_column_opt)
#define worksheet_set_landscape (jx_lazy_xlsxwriter_table()->worksheet_set_landscape)
#define worksheet_set_paper (jx_lazy_xlsxwriter_table()->worksheet_set_paper)
#define worksheet_set_row (jx_lazy_xlsxwriter_table()->worksheet_set_row)
#define worksheet_write_blank (jx_lazy_xlsxwriter_table()->worksheet_write_blank)
#define worksheet_write_boolean (jx_lazy_xlsxwriter_table()->worksheet_write_boolean)
#define worksheet_write_formula_num (jx_lazy_xlsxwriter_table()->worksheet_write_formula_num)
#define worksheet_write_number (jx_lazy_xlsxwriter_table()->worksheet_write_number)
#define worksheet_write_string (jx_lazy_xlsxwriter_table()->worksheet_write_string)
#endif

#endif
