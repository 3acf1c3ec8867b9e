# Command-line conventions: exit 2 for usage errors, 1 for unreadable files.

$ 
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

$ frobnicate x.json
? 2
! jixiao: unknown command "frobnicate"
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

$ check
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

$ score a.json b.json
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

$ check --json examples/000-jinzhong-quality-brand.json
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

$ check --no-such-option examples/000-jinzhong-quality-brand.json
? 2
! check: unrecognized option '--no-such-option'
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

$ check tests/no-such-file.json
? 1
! tests/no-such-file.json: error: cannot open: No such file or directory

$ --version
? 0
> jixiao 0.1.0 (input format jixiao/1)

$ render --outdir build --jobs 0 examples/000-jinzhong-quality-brand.json
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

# -o names what it writes by its extension; one jixiao cannot write is refused
# (a page once went out as a PDF under .html), unless --format says what to write
$ render -o build/never.txt examples/003-zaozhuang-selfeval-ip-aid.json
? 2
! jixiao: -o build/never.txt: unknown extension; write .pdf, .docx, .xlsx or .html, or give --format

# a compilation is one PDF: another format is refused
$ render --combine -o build/never.html examples/003-zaozhuang-selfeval-ip-aid.json
? 2
! jixiao: --combine writes the inputs as one PDF: give -o NAME.pdf (or --dump)
