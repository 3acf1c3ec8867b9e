# jixiao — see README.md. `make demo` and `make test` install what they need.

CC      ?= gcc
PREFIX  ?= /usr/local
OPT     ?= -O2 -g
WARN    := -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Werror -Wpedantic -Wshadow \
           -Wstrict-prototypes -Wmissing-prototypes -Wold-style-definition -Wwrite-strings \
           -Wformat=2 -Wundef -Wcast-align -Wpointer-arith -Wvla -Wnull-dereference \
           -Wdouble-promotion -fstack-protector-strong
CJSON_CFLAGS := $(shell pkg-config --cflags libcjson 2>/dev/null || echo -I/usr/include/cjson)
HB_CFLAGS := $(shell pkg-config --cflags harfbuzz-subset 2>/dev/null || echo -I/usr/include/harfbuzz)
DATADIR := -DJX_DATADIR='"$(PREFIX)/share/jixiao"'
CFLAGS  += $(OPT) $(WARN) -Iinclude -Isrc $(CJSON_CFLAGS) $(HB_CFLAGS) $(DATADIR)
LDLIBS  += -lcjson -lhpdf -lpng -ljpeg -ldeflate -lm -pthread
# libzip, expat and libxlsxwriter are opened when a workbook or Word door is
# used, HarfBuzz when a face needs hb-subset (src/base/lazylibs.c), by the
# soname of the library the build finds, else Debian 12's ($(2))
soname   = $(or $(shell objdump -p $$($(CC) -print-file-name=lib$(1).so) 2>/dev/null | awk '/SONAME/ {print $$2}'),$(2))
SONAMES := -DJX_SONAME_ZIP='"$(call soname,zip,libzip.so.4)"' -DJX_SONAME_EXPAT='"$(call soname,expat,libexpat.so.1)"' \
           -DJX_SONAME_XLSXWRITER='"$(call soname,xlsxwriter,libxlsxwriter.so.4)"' \
           -DJX_SONAME_HARFBUZZ='"$(call soname,harfbuzz-subset,libharfbuzz-subset.so.0)"'
CFLAGS  += $(SONAMES)
SAN     := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

BUILD   ?= build
# One folder per stage of the pipeline (docs/architecture.md).
STAGES  := base json workbook input doc layout fonts engine render pipeline batch
LIB_SRC := $(foreach d,$(STAGES),$(wildcard src/$(d)/*.c))
LIB_OBJ := $(LIB_SRC:src/%.c=$(BUILD)/%.o)
HEADERS := $(wildcard src/*/*.h include/*.h)
LIB     := $(BUILD)/libjixiao.a
BIN     := $(BUILD)/jixiao
UNIT    := $(BUILD)/unit_tests

# jixiao/1 inputs; examples/typesetting.json is a document tree (jixiao-doc/1)
EXAMPLES := $(wildcard examples/0*.json)

.PHONY: all deps test-deps fonts demo test check schema asan valgrind oomtest bench fuzz install clean

all: $(BIN)

$(BUILD)/%.o: src/%.c $(HEADERS)
	@mkdir -p $(dir $@); echo "CC $<"; $(CC) $(CFLAGS) -c -o $@ $<

$(BUILD):
	mkdir -p $@

$(LIB): $(LIB_OBJ)
	rm -f $@ && $(AR) rcs $@ $^

CLI_OBJ := $(patsubst src/%.c,$(BUILD)/%.o,$(wildcard src/cli/*.c))

$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(UNIT): tests/unit/unit_tests.c $(LIB) $(wildcard tests/unit/*.h)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ tests/unit/unit_tests.c $(LIB) $(LDLIBS) -lgmp

$(BUILD)/api_tests: tests/unit/api_tests.c $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ tests/unit/api_tests.c $(LIB) $(LDLIBS)

# the fuzz targets without libFuzzer: each file given is run through once
FUZZ_TARGETS := pipeline image font workbook compiled
$(BUILD)/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ tests/fuzz/fuzz_$*.c tests/fuzz/replay.c $(LIB) $(LDLIBS)
REPLAYS := $(FUZZ_TARGETS:%=$(BUILD)/replay_%)

# libFuzzer (clang) on each target: the whole pipeline down to the PDF, the
# image readers, the font reader and subsetter, the workbook reader, the
# cache's compiled layouts; FUZZ_SECONDS each. Seeds: every committed input
# and layout, images, stub fonts and system fonts cut short, the shipped
# layouts as the cache keeps them. Crash reproducers go to tests/fuzz/regressions/.
FUZZ_SECONDS ?= 60
FUZZ_CC := clang -g -O1 -std=c11 -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc $(CJSON_CFLAGS) $(HB_CFLAGS) $(SONAMES) $(DATADIR) \
           -fsanitize=fuzzer,address,undefined
fuzz: $(BIN)
	rm -rf build-fuzz && mkdir -p build-fuzz/pipeline build-fuzz/image build-fuzz/font build-fuzz/workbook build-fuzz/compiled
	cp tests/bad/*.json tests/inputs/*.json examples/*.json layouts/*.json tests/layouts/*.json build-fuzz/pipeline/
	cp tests/fuzz/corpus/images/* build-fuzz/image/
	cp tests/fuzz/corpus/fonts/* build-fuzz/font/
	cp tests/workbooks/*.xlsx build-fuzz/workbook/
	XDG_CACHE_HOME=$(CURDIR)/build-fuzz/cache $(BIN) layouts >/dev/null
	for f in build-fuzz/cache/jixiao/layout-*; do tail -c +129 $$f >build-fuzz/compiled/$${f##*/}; done
	for n in 2000 20000 60000; do head -c $$n /usr/share/fonts/truetype/arphic/ukai.ttc >build-fuzz/font/ukai-$$n.ttc; done
	for t in $(FUZZ_TARGETS); do \
	    $(FUZZ_CC) -o build-fuzz/fuzz_$$t tests/fuzz/fuzz_$$t.c $(LIB_SRC) $(LDLIBS) || exit 1; \
	    build-fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -artifact_prefix=tests/fuzz/regressions/$$t- \
	        build-fuzz/$$t || exit 1; \
	done

deps:
	@scripts/deps.sh build

test-deps:
	@scripts/deps.sh test

# A free 仿宋 (FandolFang) into fonts/, taken out of a Debian package
fonts:
	@scripts/fonts.sh fonts

# Renders every example with every layout made for it, the 汇总表 of the 003
# inputs and the typesetting proof into out/, and says what it wrote; the
# body is set in FandolFang when it can be had, else in its stand-in.
demo: deps $(BIN)
	@scripts/fonts.sh fonts || true
	@scripts/demo.sh $(BIN)

$(BUILD)/render_check: tests/render_check.c $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ tests/render_check.c $(LIB) $(LDLIBS)

# FreeType, a reader jixiao does not use, judges the subsetters' outlines
$(BUILD)/outline_check: tests/outline_check.c $(LIB)
	$(CC) $(CFLAGS) $$(pkg-config --cflags freetype2) $(LDFLAGS) -o $@ tests/outline_check.c $(LIB) $(LDLIBS) $$(pkg-config --libs freetype2)

test: test-deps $(BIN) $(UNIT) $(BUILD)/api_tests $(REPLAYS) $(BUILD)/render_check $(BUILD)/outline_check
	@BIN=$(BIN) UNIT=$(UNIT) API=$(BUILD)/api_tests REPLAY=$(BUILD)/replay_ CHECK=$(BUILD)/render_check OUTLINES=$(BUILD)/outline_check SANITIZED=$(SANITIZED) tests/run.sh

# docs/jixiao.schema.json from the format's one description (src/json/members.c)
schema: $(BIN)
	$(BIN) schema >docs/jixiao.schema.json

# the include graph follows the pipeline's direction (docs/architecture.md)
check:
	@scripts/check-includes.py && echo "includes follow the pipeline's direction"

asan:
	$(MAKE) BUILD=build-asan OPT="-O1 -g $(SAN)" LDFLAGS="$(SAN)" SANITIZED=1 test

valgrind: test-deps $(BIN) $(UNIT) $(BUILD)/api_tests $(REPLAYS) $(BUILD)/render_check $(BUILD)/outline_check
	@BIN=$(BIN) UNIT=$(UNIT) API=$(BUILD)/api_tests REPLAY=$(BUILD)/replay_ CHECK=$(BUILD)/render_check OUTLINES=$(BUILD)/outline_check WRAP="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --suppressions=tests/valgrind.supp" tests/run.sh
	@# a batch renders documents on several threads: helgrind looks for races
	@rm -rf $(BUILD)/helgrind && mkdir -p $(BUILD)/helgrind
	@valgrind --tool=helgrind -q --error-exitcode=99 --suppressions=tests/valgrind.supp $(BIN) render \
	    --outdir $(BUILD)/helgrind --jobs 2 examples/000-jinzhong-quality-brand.json \
	    examples/003-zaozhuang-selfeval-ip-aid.json examples/003-zaozhuang-report-special-equipment.json \
	    2>$(BUILD)/helgrind/log || { cat $(BUILD)/helgrind/log; exit 1; }
	@# one render subsets its faces on two threads
	@valgrind --tool=helgrind -q --error-exitcode=99 --suppressions=tests/valgrind.supp $(BIN) render \
	    -o $(BUILD)/helgrind/report.pdf examples/003-zaozhuang-report-special-equipment.json \
	    2>$(BUILD)/helgrind/log || { cat $(BUILD)/helgrind/log; exit 1; }
	@echo "helgrind: no data races in a parallel batch, nor in one render's two threads"

# memory runs out at each allocation of a render in turn (every one of a
# 自评表's, every 7th of the report's): a whole PDF or exit 1 saying so
oomtest: test-deps $(BIN)
	@tests/oomtest.sh $(BIN) examples/003-zaozhuang-selfeval-ip-aid.json $(BUILD)/oom 1
	@tests/oomtest.sh $(BIN) examples/003-zaozhuang-report-special-equipment.json $(BUILD)/oom-report 7

$(BUILD)/bench_score: bench/bench_score.c $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ bench/bench_score.c $(LIB) $(LDLIBS)

$(BUILD)/bench_phases: bench/bench_phases.c $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ bench/bench_phases.c $(LIB) $(LDLIBS)

# the floor a render of the report could reach: start, deflate, write, fsync
$(BUILD)/bench_floor: bench/floor.c $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -Wl,--no-as-needed -o $@ bench/floor.c $(LIB) $(LDLIBS)

bench: $(BIN) $(BUILD)/bench_score $(BUILD)/bench_phases $(BUILD)/bench_floor
	@bench/run.sh $(BIN) $(BUILD)/bench_score $(BUILD)/bench_phases
	@scripts/fonts.sh fonts || true
	@PEERS_DIR=$(CURDIR)/$(BUILD)/peers bench/paired.sh $(BIN) $(BUILD)/bench_floor
	@PEERS_DIR=$(CURDIR)/$(BUILD)/peers bench/peers.sh $(BIN)
	@bench/batch.sh $(BIN)

install: $(BIN) $(LIB)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/jixiao
	install -m 644 $(LIB) $(DESTDIR)$(PREFIX)/lib/libjixiao.a
	install -m 644 include/jixiao.h $(DESTDIR)$(PREFIX)/include/jixiao.h
	install -d $(DESTDIR)$(PREFIX)/share/jixiao/layouts $(DESTDIR)$(PREFIX)/lib/pkgconfig
	install -m 644 layouts/*.json $(DESTDIR)$(PREFIX)/share/jixiao/layouts
	sed -e 's|@PREFIX@|$(PREFIX)|' -e "s|@VERSION@|$$(sed -n 's/.*JIXIAO_VERSION "\(.*\)".*/\1/p' include/jixiao.h)|" \
	    scripts/jixiao.pc.in >$(DESTDIR)$(PREFIX)/lib/pkgconfig/jixiao.pc

clean:
	rm -rf build build-asan build-fuzz out
