/* Every limit the program keeps, in one place: each exists so that a
 * hostile or damaged file cannot exhaust a run, and none is near what a
 * real document needs (README, "Limits"). */
#ifndef JX_BASE_LIMITS_H
#define JX_BASE_LIMITS_H

/* an input file: a project's is tens of KB */
#define JX_MAX_INPUT_BYTES (16u << 20)

/* one string: the longest narrative in the seeds is ~3 KB */
#define JX_MAX_STRING_BYTES (1u << 20)

/* JSON nesting: the format needs about 10 levels */
#define JX_MAX_DEPTH 64

/* bytes read of a file: one more than an input may have, so that the reader can say it is too large */
#define JX_READ_LIMIT (JX_MAX_INPUT_BYTES + 1)

/* decimals of a number */
#define JX_DEC_MAX_SCALE 6

/* digits before the point */
#define JX_DEC_MAX_DIGITS 15

/* significant digits in all: what a 64-bit mantissa holds exactly */
#define JX_DEC_MAX_SIGNIFICANT 18

/* indicators of a tree: a report has about a hundred */
#define JX_MAX_INDICATORS 10000

/* levels of a tree: 一级 to 四级, with room */
#define JX_MAX_TREE_DEPTH 6

/* columns of a table an input adds: a report's widest has a dozen */
#define JX_MAX_FREE_COLUMNS 64

/* rows of a table an input adds */
#define JX_MAX_FREE_ROWS 1000

/* documents attached to one report: its 自评表, a 问卷, a few more */
#define JX_MAX_ATTACHMENTS 50

/* columns of a document tree's table */
#define JX_MAX_TREE_TABLE_COLUMNS 64

/* rows of a document tree's table */
#define JX_MAX_TREE_TABLE_ROWS 10000

/* sections, groups and row groups of a layout nested: a document's outline, never deeper */
#define JX_LAYOUT_MAX_NESTING 8

/* blocks one layout makes of one input: the 23-page report is 89 */
#define JX_MAX_BUILT_BLOCKS 100000

/* rows of one table a layout makes: the largest real one is 149 cells */
#define JX_MAX_BUILT_TABLE_ROWS 10000

/* text one template makes */
#define JX_MAX_TEMPLATE_TEXT (4u << 20)

/* repetitions of blocks, rows and template sections in all: nested ones over long lists multiply */
#define JX_MAX_REPETITIONS 1000000

/* characters of a title balanced over its lines */
#define JX_MAX_TITLE_CHARS 300

/* lines a title is balanced over */
#define JX_MAX_TITLE_LINES 6

/* an image file */
#define JX_MAX_IMAGE_FILE (64u << 20)

/* pixels of an image: a scanned seal is far fewer */
#define JX_RASTER_MAX_PIXELS (20u * 1000 * 1000)

/* a font file: the largest CJK face is about 30 MB */
#define JX_MAX_FONT_FILE (64u << 20)

/* faces of a font set: five roles and the fallbacks */
#define JX_MAX_FACES 8

/* Type 2 charstrings' argument stack */
#define JX_CFF_MAX_STACK 48

/* their subroutine nesting limit */
#define JX_CFF_MAX_CALL_DEPTH 10

/* one flattened charstring */
#define JX_CFF_MAX_GLYPH_BYTES 65535

/* operators run for one glyph */
#define JX_CFF_MAX_GLYPH_STEPS (1u << 18)

/* operators run over all glyphs: a hostile program is given up, not run for minutes */
#define JX_CFF_MAX_STEPS (1u << 24)

/* Font DICTs: FDSelect names them by a byte */
#define JX_CFF_MAX_FONT_DICTS 256

/* a subset face's program */
#define JX_MAX_SUBSET_PROGRAM (64u << 20)

/* bytes of a PDF document property */
#define JX_MAX_PDF_INFO 2000

/* rows of a workbook's sheet: a document's has far fewer */
#define JX_BOOK_MAX_ROWS 50000

/* one part of a workbook, inflated */
#define JX_XLSX_MAX_PART (64u << 20)

/* all of a workbook's parts, inflated */
#define JX_XLSX_MAX_TOTAL (256u << 20)

/* inflated ÷ compressed size of a part: past it, a zip bomb */
#define JX_XLSX_MAX_RATIO 200

/* sheets of a workbook */
#define JX_XLSX_MAX_SHEETS 256

/* shared strings of a workbook */
#define JX_XLSX_MAX_STRINGS 1000000

/* cells of a sheet */
#define JX_XLSX_MAX_CELLS 2000000

/* merged ranges a sheet's part may list */
#define JX_XLSX_MAX_MERGES 100000

/* merged ranges of a sheet jixiao reads: a form merges tens */
#define JX_MAX_MERGES_READ 5000

/* rows covered by a sheet's merged ranges in all */
#define JX_MAX_MERGED_ROWS 200000

/* characters of a cell: what Excel holds */
#define JX_XLSX_MAX_CELL_TEXT 32767

/* columns of an exported sheet */
#define JX_EXPORT_MAX_COLUMNS 200
/* A table sheet of the workbook holds one form's columns: a dozen. */
#define JX_SHAPE_MAX_COLUMNS 16

/* free tables an export gives a sheet each (表格1 …); more stay rows of 项目信息 */
#define JX_EXPORT_MAX_FREE_TABLES 100

/* documents of a manifest: a province's year is tens of thousands */
#define JX_MAX_MANIFEST_LINES 1000000

/* bytes of a document's id (a file name) */
#define JX_MAX_MANIFEST_ID 128

/* a shard's state log */
#define JX_MAX_STATE_LOG (256u << 20)

#endif
