# fuzz.mk -- libFuzzer targets (issue #6), included at the end of Makefile.
#
#   make fuzz          build the five targets into fuzz-build/
#   make fuzz-smoke    run each for FUZZ_SECS seconds on a copy of the
#                      committed seed corpus; fails on any crash or leak
#   make fuzz-seeds    regenerate fuzz/corpus/ (fuzz/make-seeds.tcl)
#   make fuzz-clean    remove fuzz-build/
#
# The generic/*.c files are compiled again here with ASan+UBSan and
# libFuzzer's coverage, linked against libtcl itself (no stubs: there is
# no tclsh to load us; fuzz_config makes its own interpreter). Needs
# clang with libFuzzer (Debian: clang, libclang-rt-dev).

FUZZ_CC       ?= clang
FUZZ_DIR       = $(CURDIR)/fuzz-build
FUZZ_SECS     ?= 12
FUZZ_OPTFLAGS ?= -O1 -g -fno-omit-frame-pointer
FUZZ_SAN       = -fsanitize=address,undefined -fno-sanitize-recover=undefined
# Known findings kept out of the way until generic/ is fixed (see the file).
FUZZ_IGNORELIST ?=
FUZZ_IGNORE    = $(if $(FUZZ_IGNORELIST),-fsanitize-ignorelist=$(FUZZ_IGNORELIST))
FUZZ_CPPFLAGS  = $(filter-out -DUSE_TCL_STUBS,$(CPPFLAGS_ALL)) -I$(srcdir)/fuzz
FUZZ_CFLAGS    = $(FUZZ_CPPFLAGS) $(WARN) $(FUZZ_OPTFLAGS) $(FUZZ_SAN) $(FUZZ_IGNORE)
# The stub library's spec with the real library's name (-ltclstub8.6 ->
# -ltcl8.6), plus OpenSSL and the rest of LIBS.
FUZZ_LIBS     ?= $(patsubst -ltclstub%,-ltcl%,$(LIBS))

FUZZ_TARGETS   = fuzz_config fuzz_policy fuzz_server fuzz_client fuzz_session
FUZZ_ENGINE    = config errors policy policytable tls tlscert tlsctx tlsinfo \
                 tlsticket
FUZZ_COMMON    = $(FUZZ_ENGINE:%=$(FUZZ_DIR)/%.o) $(FUZZ_DIR)/fuzzalloc.o \
                 $(FUZZ_DIR)/fuzzcred.o $(FUZZ_DIR)/fuzzdrive.o
FUZZ_BINS      = $(FUZZ_TARGETS:%=$(FUZZ_DIR)/%)

fuzz: $(FUZZ_BINS)

$(FUZZ_DIR):
	mkdir -p $@

$(FUZZ_DIR)/%.o: $(srcdir)/generic/%.c $(HDRS) $(FUZZ_IGNORELIST) | $(FUZZ_DIR)
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_EXTRA) -fsanitize=fuzzer-no-link -c -o $@ $<

# config.c's Tcl_Alloc/Tcl_Free become malloc/free, so ASan sees its leaks
# block by block (fuzz/tclalloc.h says why).
$(FUZZ_DIR)/config.o: FUZZ_EXTRA = -include $(srcdir)/fuzz/tclalloc.h
$(FUZZ_DIR)/config.o: $(srcdir)/fuzz/tclalloc.h

$(FUZZ_DIR)/%.o: $(srcdir)/fuzz/%.c $(srcdir)/fuzz/fuzz.h $(HDRS) | $(FUZZ_DIR)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FUZZ_BINS): $(FUZZ_DIR)/%: $(FUZZ_DIR)/%.o $(FUZZ_COMMON)
	$(FUZZ_CC) $(FUZZ_OPTFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ $< \
	    $(FUZZ_COMMON) $(LDFLAGS) $(FUZZ_LIBS)

fuzz-smoke: fuzz
	sh $(srcdir)/fuzz/smoke.sh $(FUZZ_DIR) $(srcdir)/fuzz/corpus $(FUZZ_SECS) \
	    $(FUZZ_TARGETS)

fuzz-seeds: all
	$(RUN_ENV) $(TCLSH) $(srcdir)/fuzz/make-seeds.tcl $(srcdir)/fuzz/corpus

fuzz-clean:
	rm -rf $(FUZZ_DIR)

.PHONY: fuzz fuzz-smoke fuzz-seeds fuzz-clean
.PRECIOUS: $(FUZZ_DIR)/%.o
