/*
 * fuzzalloc.c --
 *
 *	The allocator generic/config.c uses in the fuzz build (tclalloc.h
 *	renames its Tcl_Alloc, Tcl_Realloc and Tcl_Free to these): the C
 *	library's, which AddressSanitizer watches block by block. Like
 *	Tcl's, it never returns NULL.
 */

#include <stdlib.h>
#include "tclalloc.h"
#include <tcl.h>
#include "fuzz.h"

#if TCL_MAJOR_VERSION < 9
#define ALLOC_PTR   char *
#define ALLOC_SIZE  unsigned int
#else
#define ALLOC_PTR   void *
#define ALLOC_SIZE  size_t
#endif

ALLOC_PTR
S2nFuzzTclAlloc(
    ALLOC_SIZE size)
{
    void *ptr = malloc(size ? size : 1);

    if (ptr == NULL) {
        abort();                /* Tcl_Alloc panics: same contract */
    }
    return ptr;
}

ALLOC_PTR
S2nFuzzTclRealloc(
    ALLOC_PTR ptr,
    ALLOC_SIZE size)
{
    void *newPtr = realloc(ptr, size ? size : 1);

    if (newPtr == NULL) {
        abort();
    }
    return newPtr;
}

void
S2nFuzzTclFree(
    ALLOC_PTR ptr)
{
    free(ptr);
}
