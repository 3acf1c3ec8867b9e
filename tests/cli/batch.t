# Manifests: every bad line reported at its line and column before anything
# is rendered (docs/batch.md); shards and their usage.

$ render --manifest tests/manifests/bad-lines.tsv --outdir build/never
? 3
! tests/manifests/bad-lines.tsv:5:1: error: an empty id
! tests/manifests/bad-lines.tsv:6:1: error: an id starting with '.'
! tests/manifests/bad-lines.tsv:7:1: error: an id with a '/' (it names a file in the output folder)
! tests/manifests/bad-lines.tsv:8:1: error: the id "ok1" is already on line 4
! tests/manifests/bad-lines.tsv:9:1: error: a document line is: id <TAB> input [<TAB> layout [<TAB> output]]
! tests/manifests/bad-lines.tsv:10:29: error: more than four tab-separated fields
! tests/manifests/bad-lines.tsv:11:16: error: an output name not ending in .pdf, .docx or .html
! tests/manifests/bad-lines.tsv:12:4: error: not valid UTF-8

$ render --manifest tests/manifests/same-output.tsv --outdir build/never
? 3
! tests/manifests/same-output.tsv:2:1: error: the output "same.pdf" is already on line 1

$ render --manifest tests/manifests/empty.tsv --outdir build/never
? 3
! tests/manifests/empty.tsv: error: no documents in the manifest

$ render --manifest tests/manifests/no-such.tsv --outdir build/never
? 3
! tests/manifests/no-such.tsv: error: cannot open: No such file or directory

$ render --manifest tests/manifests/same-output.tsv --outdir build/never --shard 4/4
? 2
! jixiao: --shard 4/4: give K/N with 0 <= K < N, as 2/4

$ render --manifest tests/manifests/same-output.tsv --outdir build/never --shard x
? 2
! jixiao: --shard x: give K/N with 0 <= K < N, as 2/4

# --shard belongs to a manifest run with an output folder
$ render --shard 0/2 --outdir build examples/003-zaozhuang-selfeval-ip-aid.json
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

# files on the command line that would write one PDF: refused before anything is written
$ render --outdir build/never examples/003-zaozhuang-selfeval-ip-aid.json tests/manifests/../../examples/003-zaozhuang-selfeval-ip-aid.json
? 1
! tests/manifests/../../examples/003-zaozhuang-selfeval-ip-aid.json: error: would write build/never/003-zaozhuang-selfeval-ip-aid.pdf, as examples/003-zaozhuang-selfeval-ip-aid.json does: give the files different names
! examples/003-zaozhuang-selfeval-ip-aid.json: error: would write build/never/003-zaozhuang-selfeval-ip-aid.pdf, as tests/manifests/../../examples/003-zaozhuang-selfeval-ip-aid.json does: give the files different names
