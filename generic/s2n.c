/*
 * s2n.c --
 *
 *	Package initialisation and unloading. Exports only S2n_Init and
 *	S2n_Unload (load prefix "S2n").
 */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include "s2nInt.h"

#ifndef PACKAGE_VERSION
#define PACKAGE_VERSION "0.6.0"
#endif

#define S2N_EXPORT __attribute__((visibility("default")))

S2N_EXPORT int  S2n_Init(Tcl_Interp *interp);
S2N_EXPORT int  S2n_Unload(Tcl_Interp *interp, int flags);

TCL_DECLARE_MUTEX(initMutex)
static int exitHandlerSet;      /* ExitHandler registered */

/*
 * ExitHandler -- the by-value config cache goes at exit; connections hold
 * their own references, so channels closed after this are unaffected.
 */

static void
ExitHandler(
    void *clientData)
{
    (void) clientData;
    S2nConfigCacheClear();
    Tcl_MutexLock(&initMutex);
    exitHandlerSet = 0;
    Tcl_MutexUnlock(&initMutex);
}

/*
 * PinLibrary --
 *	Keeps this shared library mapped for the life of the process. Tcl 9
 *	unloads a library when the interp that loaded it goes, and config
 *	objects (whose Tcl_ObjType lives here), OpenSSL callbacks and the BIO
 *	method all point into it (research/tcl-channels.md section 4).
 */

static void
PinLibrary(void)
{
    Dl_info info;

    if (dladdr((void *) S2n_Init, &info) != 0 && info.dli_fname != NULL) {
        (void) dlopen(info.dli_fname, RTLD_NOW | RTLD_NOLOAD | RTLD_NODELETE);
    }
}

/*
 *----------------------------------------------------------------------
 *
 * S2n_Init --
 *
 *	package require s2n. Locks key material into memory as s2n_init
 *	does, unless S2N_DONT_MLOCK is set (to any value).
 *
 *----------------------------------------------------------------------
 */

int
S2n_Init(
    Tcl_Interp *interp)
{
    S2nErr err = S2N_ERR_INIT;

    if (Tcl_InitStubs(interp, "8.6-", 0) == NULL) {
        return TCL_ERROR;
    }
    if (!S2nTlsInit(getenv("S2N_DONT_MLOCK") == NULL, &err)) {
        S2nErrSetResult(interp, &err);
        S2nErrClear(&err);
        return TCL_ERROR;
    }
    Tcl_MutexLock(&initMutex);
    if (!exitHandlerSet) {
        PinLibrary();
        Tcl_CreateExitHandler(ExitHandler, NULL);
        exitHandlerSet = 1;
    }
    Tcl_MutexUnlock(&initMutex);
    if (S2nCmdsInit(interp) != TCL_OK) {
        return TCL_ERROR;
    }
    return Tcl_PkgProvide(interp, PACKAGE_NAME_S2N, PACKAGE_VERSION);
}

/*
 *----------------------------------------------------------------------
 *
 * S2n_Unload --
 *
 *	unload: refused while TLS channels are open anywhere in the process
 *	(their driver lives here); otherwise removes the commands.
 *
 *----------------------------------------------------------------------
 */

int
S2n_Unload(
    Tcl_Interp *interp,
    int flags)
{
    int open = S2nChanLiveCount();

    if (open > 0) {
        return S2nUsageError(interp, Tcl_ObjPrintf("cannot unload s2n: %d TLS "
                "channel%s still open", open, (open == 1) ? " is" : "s are"));
    }
    S2nCmdsDelete(interp);
    if (flags == TCL_UNLOAD_DETACH_FROM_PROCESS) {
        S2nConfigCacheClear();
    }
    return TCL_OK;
}
