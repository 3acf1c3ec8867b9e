# Word documents: chosen by -o's extension or --format; a document that
# cannot be made writes nothing.

$ render --format rtf -o build/never.rtf examples/003-zaozhuang-selfeval-ip-aid.json
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

$ render -o build/never.docx tests/bad/syntax-bad-escape.json
? 1
! tests/bad/syntax-bad-escape.json:1:19: error: invalid escape sequence in string

$ render -o build/never.docx --manifest tests/manifests/same-output.tsv --outdir build/never
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

# an image that cannot be read is an error at its block, as in the PDF
$ typeset -o build/never.docx tests/inputs/doc-image-absent.json
? 1
! tests/inputs/doc-image-absent.json:1:69: error: /blocks/1: image tests/inputs/no-such.png: cannot open: No such file or directory

# a folder that does not exist
$ typeset -o build/no-such-folder/x.docx tests/inputs/doc-image.json
? 1
! build/no-such-folder/x.docx: error: cannot write in its folder: No such file or directory
