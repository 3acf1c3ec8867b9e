# Workbooks: every problem at its cell, never a crash; hostile archives
# refused with a reason (tests/workbooks/make.py says how each was made).

$ import tests/workbooks/bad-cells.xlsx
? 1
! tests/workbooks/bad-cells.xlsx:绩效指标!D1: error: a column "评分标准x" the sheet does not have (did you mean "评分标准"?)
! tests/workbooks/bad-cells.xlsx:绩效指标!B2: error: 一级分值: a formula with no value saved in the workbook: open and save it in Excel or WPS, or type the value
! tests/workbooks/bad-cells.xlsx:绩效指标!C2: error: 得分 "十" is not a number
! tests/workbooks/bad-cells.xlsx:绩效指标!B3: error: 一级分值: the formula's result is the error #DIV/0!

$ import tests/workbooks/bad-label.xlsx
? 1
! tests/workbooks/bad-label.xlsx:项目信息!A2: error: 栏目 "项目名" is not a field jixiao knows (did you mean "项目名称"?); give its field (a JSON pointer such as /subject/name) in the 字段 column

$ import tests/workbooks/hostile-bomb.xlsx
? 1
! tests/workbooks/hostile-bomb.xlsx: error: xl/worksheets/sheet1.xml: larger than the 64 MiB a workbook part may have

$ import tests/workbooks/hostile-entities.xlsx
? 1
! tests/workbooks/hostile-entities.xlsx: error: xl/worksheets/sheet1.xml: a document type declaration (entities) is not allowed in a workbook

$ import tests/workbooks/hostile-path.xlsx
? 1
! tests/workbooks/hostile-path.xlsx: error: xl/_rels/workbook.xml.rels: a sheet's part "../../../etc/passwd" outside the workbook: refused

$ import tests/workbooks/hostile-rows.xlsx
? 1
! tests/workbooks/hostile-rows.xlsx: error: 项目信息: more than 50000 rows: a workbook for one document has far fewer

$ import tests/workbooks/renamed-docx.xlsx
? 1
! tests/workbooks/renamed-docx.xlsx: error: a Word document, not a workbook (renamed .xlsx?)

$ import tests/workbooks/not-a-zip.xlsx
? 1
! tests/workbooks/not-a-zip.xlsx: error: not an xlsx workbook (not a ZIP archive, or a damaged one)

# render reads a workbook as it reads JSON, and its diagnostics name cells
$ check tests/workbooks/bad-label.xlsx
? 1
! tests/workbooks/bad-label.xlsx:项目信息!A2: error: 栏目 "项目名" is not a field jixiao knows (did you mean "项目名称"?); give its field (a JSON pointer such as /subject/name) in the 字段 column

# export and template write only with -o
$ export examples/003-zaozhuang-selfeval-ip-aid.json
? 2
! usage: jixiao COMMAND [OPTIONS] FILE...
! 
! commands:
!   check FILE...         validate inputs and their published scores, and
!                         what a reviewer looks for before publishing
!   check --manifest M.tsv [-o 审核.html|.xlsx|.pdf]
!                         every input of a manifest; -o: the findings of all
!                         of them, document by document, as one file
!   score [--json] FILE   print the scored indicator tree
!   typeset [-o OUT.pdf] [--dump] DOC.json
!                         typeset a document tree (jixiao-doc/1) to PDF
!   render [-l LAYOUT] [-o OUT.pdf | --outdir DIR] FILE...
!                         the finished document of an input through a layout
!                         (default: the first in the layouts folder that fits);
!                         a many-input layout (summary) takes several files
!   render --manifest M.tsv --outdir DIR [--shard K/N]
!                         every document of a manifest (id, input, layout,
!                         output per line), resumable: a rerun skips what is
!                         done and unchanged; --shard takes lines i%N == K
!   render --manifest M.tsv --outdir DIR --status
!                         exits 0 only when every document of the manifest (all
!                         shards) is done and unchanged: for a job that waits on it
!   render --manifest M.tsv -l summary -o OUT.pdf
!                         the manifest's inputs as one document
!   render --combine -o OUT.pdf FILE... | --manifest M.tsv
!                         the inputs' documents, each through its own layout,
!                         as one PDF: a 目录 of them, a bookmark each
!   layouts [FILE]        list the layouts with a line about each; with FILE,
!                         the names of those made for it, the default first
!   fields                list every value a layout can bind to
!   schema                print the JSON Schema of jixiao/1, for editors
!   fonts [FILE...]       show each role's font and its GB2312 coverage, and
!                         the characters of FILE that no font can draw
!   import BOOK.xlsx [-o OUT.json]
!                         a workbook (docs/workbook-format.md) as jixiao/1;
!                         check, score and render read .xlsx directly
!   export FILE -o BOOK.xlsx
!                         an input as a workbook (import gives it back)
!   template [LAYOUT] -o BOOK.xlsx
!                         a blank workbook to fill, for a layout's documents
! 
! options:
!   --json                score: machine-readable output
!   --strict              treat warnings as errors
!   -o, --output FILE     typeset: the PDF to write (default: DOC with .pdf)
!   --dump                typeset, render: print the laid-out lines, no PDF
!   --tree                render: print the document tree (jixiao-doc/1)
!   --outdir DIR          render: each FILE its own document, DIR/NAME.pdf,
!                         in parallel; a bad file does not stop the others
!   --jobs N              render --outdir: N at a time (default: the cores)
!   --quiet               render --outdir: no progress and no "wrote" lines
!   --format pdf|docx|xlsx|html
!                         render: a PDF, a Word document for drafts, the
!                         tables as a workbook (the 汇总表), or a web page;
!                         default: by -o's extension, else pdf
!   --fragment            render to html: the document's <article> alone, for
!                         a site's content system
!   -l, --layout NAME     render: a layout of the layouts folder, or a file
!   --layouts DIR         the layouts folder (default: ./layouts, else the
!                         installed ones)
!   --fonts DIR           fonts that override the defaults per role (default: fonts)
!   --no-cache            neither read nor write the cache of faces' tables and
!                         compiled layouts ($XDG_CACHE_HOME/jixiao)
!   -h, --help            show this help
!   -V, --version         show the version
! 
! FILE may be - for standard input.
! exit status: 0 no errors, 1 errors in an input (or a document of a batch),
!   2 usage error, 3 a batch could not run (its manifest, state log or folder),
!   128 + N stopped by signal N (a rerun resumes)

$ template
? 2
! usage: jixiao COMMAND [OPTIONS] FILE...
! 
! commands:
!   check FILE...         validate inputs and their published scores, and
!                         what a reviewer looks for before publishing
!   check --manifest M.tsv [-o 审核.html|.xlsx|.pdf]
!                         every input of a manifest; -o: the findings of all
!                         of them, document by document, as one file
!   score [--json] FILE   print the scored indicator tree
!   typeset [-o OUT.pdf] [--dump] DOC.json
!                         typeset a document tree (jixiao-doc/1) to PDF
!   render [-l LAYOUT] [-o OUT.pdf | --outdir DIR] FILE...
!                         the finished document of an input through a layout
!                         (default: the first in the layouts folder that fits);
!                         a many-input layout (summary) takes several files
!   render --manifest M.tsv --outdir DIR [--shard K/N]
!                         every document of a manifest (id, input, layout,
!                         output per line), resumable: a rerun skips what is
!                         done and unchanged; --shard takes lines i%N == K
!   render --manifest M.tsv --outdir DIR --status
!                         exits 0 only when every document of the manifest (all
!                         shards) is done and unchanged: for a job that waits on it
!   render --manifest M.tsv -l summary -o OUT.pdf
!                         the manifest's inputs as one document
!   render --combine -o OUT.pdf FILE... | --manifest M.tsv
!                         the inputs' documents, each through its own layout,
!                         as one PDF: a 目录 of them, a bookmark each
!   layouts [FILE]        list the layouts with a line about each; with FILE,
!                         the names of those made for it, the default first
!   fields                list every value a layout can bind to
!   schema                print the JSON Schema of jixiao/1, for editors
!   fonts [FILE...]       show each role's font and its GB2312 coverage, and
!                         the characters of FILE that no font can draw
!   import BOOK.xlsx [-o OUT.json]
!                         a workbook (docs/workbook-format.md) as jixiao/1;
!                         check, score and render read .xlsx directly
!   export FILE -o BOOK.xlsx
!                         an input as a workbook (import gives it back)
!   template [LAYOUT] -o BOOK.xlsx
!                         a blank workbook to fill, for a layout's documents
! 
! options:
!   --json                score: machine-readable output
!   --strict              treat warnings as errors
!   -o, --output FILE     typeset: the PDF to write (default: DOC with .pdf)
!   --dump                typeset, render: print the laid-out lines, no PDF
!   --tree                render: print the document tree (jixiao-doc/1)
!   --outdir DIR          render: each FILE its own document, DIR/NAME.pdf,
!                         in parallel; a bad file does not stop the others
!   --jobs N              render --outdir: N at a time (default: the cores)
!   --quiet               render --outdir: no progress and no "wrote" lines
!   --format pdf|docx|xlsx|html
!                         render: a PDF, a Word document for drafts, the
!                         tables as a workbook (the 汇总表), or a web page;
!                         default: by -o's extension, else pdf
!   --fragment            render to html: the document's <article> alone, for
!                         a site's content system
!   -l, --layout NAME     render: a layout of the layouts folder, or a file
!   --layouts DIR         the layouts folder (default: ./layouts, else the
!                         installed ones)
!   --fonts DIR           fonts that override the defaults per role (default: fonts)
!   --no-cache            neither read nor write the cache of faces' tables and
!                         compiled layouts ($XDG_CACHE_HOME/jixiao)
!   -h, --help            show this help
!   -V, --version         show the version
! 
! FILE may be - for standard input.
! exit status: 0 no errors, 1 errors in an input (or a document of a batch),
!   2 usage error, 3 a batch could not run (its manifest, state log or folder),
!   128 + N stopped by signal N (a rerun resumes)

$ import tests/workbooks/hostile-number-text.xlsx
? 1
! tests/workbooks/hostile-number-text.xlsx: error: 项目信息: A1: a number cell holding "100, "spent": 99", which is not a number

$ import tests/workbooks/hostile-shared-index.xlsx
? 1
! tests/workbooks/hostile-shared-index.xlsx: error: 项目信息: A1: a shared string that the workbook does not have

$ import tests/workbooks/hostile-cell-twice.xlsx
? 1
! tests/workbooks/hostile-cell-twice.xlsx:项目信息!A1: error: the sheet gives this cell twice

$ import tests/workbooks/hostile-row-zero.xlsx
? 1
! tests/workbooks/hostile-row-zero.xlsx: error: 项目信息: a row numbered "0": rows are numbered from 1

$ import tests/workbooks/hostile-one-part.xlsx
? 1
! tests/workbooks/hostile-one-part.xlsx: error: xl/workbook.xml: the sheets "a" and "b" are one part (xl/worksheets/sheet1.xml): a damaged workbook

$ import tests/workbooks/encrypted.xlsx
? 1
! tests/workbooks/encrypted.xlsx: error: a workbook encrypted with a password: save it again without one (文件 → 信息 → 保护工作簿)

$ import tests/workbooks/old-excel.xls
? 1
! tests/workbooks/old-excel.xls: error: an old Excel workbook (.xls): save it as an Excel Workbook (.xlsx) and read that

# a template is a layout's: an unknown name is an error that lists the layouts
$ template nosuch -o build/never.xlsx
? 1
! nosuch: error: no layout of this name; the layouts are: dept-selfeval, report-national, report, selfeval-national, selfeval-shandong, selfeval-shanxi, selfeval-sichuan, summary
