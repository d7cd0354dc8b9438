/*
 * tclalloc.h --
 *
 *	Forced in (-include) when the fuzz build compiles generic/config.c:
 *	its Tcl_Alloc/Tcl_Realloc/Tcl_Free become plain malloc/realloc/free
 *	(fuzzalloc.c), so that AddressSanitizer tracks every block the
 *	parser allocates. Tcl's threaded allocator hands out pieces of
 *	16 KiB chunks it keeps, and a leaked piece would only show at exit
 *	as an anonymous chunk, if at all. config.c frees only what it
 *	allocated itself, so the renaming stays consistent.
 */

#ifndef S2N_FUZZ_TCLALLOC_H
#define S2N_FUZZ_TCLALLOC_H

#define Tcl_Alloc   S2nFuzzTclAlloc
#define Tcl_Realloc S2nFuzzTclRealloc
#define Tcl_Free    S2nFuzzTclFree

#endif /* S2N_FUZZ_TCLALLOC_H */
