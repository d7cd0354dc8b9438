/*
 * errors.c --
 *
 *    Named errors in s2n's vocabulary: the name, English message and type
 *    of every S2nErrCode (a table generated from data/s2n-errors.json via
 *    errnames.h), the sticky S2nErr record, and the one place that turns
 *    a record into a Tcl result and errorCode {S2N S2N_ERR_<NAME> message}.
 *
 *    The Tcl part is left out when compiled with -DS2N_NO_TCL (the
 *    standalone tools/check-policies.c build).
 */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "errors.h"

#ifndef S2N_NO_TCL
#include <tcl.h>

/* Also declared in s2nInt.h. */
Tcl_Obj *       S2nErrCodeObj(const S2nErr *errPtr);
int             S2nErrSetResult(Tcl_Interp *interp, const S2nErr *errPtr);
#endif /* S2N_NO_TCL */

/*
 * One row per generated code, in enum order. The type is stringified from
 * the bare S2N_ERR_T_* identifier; S2nErrTypeName skips the prefix.
 */

typedef struct ErrInfo {
    const char *name;           /* "S2N_ERR_IO" */
    const char *type;           /* "S2N_ERR_T_IO" */
    const char *message;        /* s2n_strerror(code, "EN") */
} ErrInfo;

static const ErrInfo errTable[] = {
#define S2N_ERR_ENTRY(name, type, message) {#name, #type, message},
#include "errnames.h"
#undef S2N_ERR_ENTRY
};

#define ERR_TABLE_SIZE ((int) (sizeof(errTable) / sizeof(errTable[0])))
#define ERR_TYPE_PREFIX_LEN (sizeof("S2N_ERR_T_") - 1)

/* Codes of our own, after the generated ones (see errors.h). */
static const ErrInfo errTimeout = {
    "S2N_ERR_TIMEOUT", "S2N_ERR_T_IO", "handshake did not complete in time"
};

/* Anything out of range, e.g. S2N_ERR_CODE_COUNT or a corrupt record. */
static const ErrInfo errUnknown = {
    "S2N_ERR_UNKNOWN", "S2N_ERR_T_INTERNAL", "unknown error"
};

static const ErrInfo *  ErrLookup(S2nErrCode code);
static char *           ErrDup(const char *text);

/*
 *----------------------------------------------------------------------
 *
 * ErrLookup --
 *
 *    Finds the row describing an error code.
 *
 * Results:
 *    A borrowed pointer to static data; never NULL.
 *
 * Side effects:
 *    None.
 *
 *----------------------------------------------------------------------
 */

static const ErrInfo *
ErrLookup(
    S2nErrCode code)
{
    if (code == S2N_ERR_TIMEOUT) {
        return &errTimeout;
    }
    if ((int) code < 0 || (int) code >= ERR_TABLE_SIZE) {
        return &errUnknown;
    }
    return &errTable[code];
}

/*
 *----------------------------------------------------------------------
 *
 * ErrDup --
 *
 *    strdup() without POSIX: copies a string into malloc'd memory.
 *
 * Results:
 *    OUT, caller frees (free); NULL when text is NULL or malloc fails.
 *
 * Side effects:
 *    Allocates memory.
 *
 *----------------------------------------------------------------------
 */

static char *
ErrDup(
    const char *text)           /* borrowed; may be NULL */
{
    size_t len;
    char *copy;

    if (text == NULL) {
        return NULL;
    }
    len = strlen(text) + 1;
    copy = malloc(len);
    if (copy != NULL) {
        memcpy(copy, text, len);
    }
    return copy;
}

/*
 *----------------------------------------------------------------------
 *
 * S2nErrSet --
 *
 *    Records a failure unless one is recorded already (the first error
 *    sticks, as in BearSSL's br_ssl_engine_fail). The message is built
 *    from a printf format; a NULL format means s2n's default message.
 *
 * Results:
 *    None.
 *
 * Side effects:
 *    Sets errPtr->code and errPtr->msg (malloc'd, sized exactly). If
 *    memory runs out the code is still set and msg stays NULL, so the
 *    default message is reported.
 *
 *----------------------------------------------------------------------
 */

void
S2nErrSet(
    S2nErr *errPtr,             /* record to fill */
    S2nErrCode code,            /* what failed; S2N_ERR_OK does nothing */
    const char *fmt,            /* printf format, or NULL */
    ...)
{
    va_list ap;
    va_list apCopy;
    int len;
    char *msg;

    if (errPtr == NULL || errPtr->code != S2N_ERR_OK || code == S2N_ERR_OK) {
        return;
    }
    errPtr->code = code;
    errPtr->msg = NULL;
    if (fmt == NULL) {
        return;
    }

    /* Two passes: the first measures, the second writes. */
    va_start(ap, fmt);
    va_copy(apCopy, ap);
    len = vsnprintf(NULL, 0, fmt, ap);
    msg = (len < 0) ? NULL : malloc((size_t) len + 1);
    if (msg != NULL) {
        vsnprintf(msg, (size_t) len + 1, fmt, apCopy);
    }
    va_end(apCopy);
    va_end(ap);
    errPtr->msg = msg;
}

/*
 *----------------------------------------------------------------------
 *
 * S2nErrClear --
 *
 *    Forgets a recorded failure.
 *
 * Results:
 *    None.
 *
 * Side effects:
 *    Frees errPtr->msg; the record is S2N_ERR_INIT again.
 *
 *----------------------------------------------------------------------
 */

void
S2nErrClear(
    S2nErr *errPtr)             /* record to reset; may be NULL */
{
    if (errPtr == NULL) {
        return;
    }
    free(errPtr->msg);
    errPtr->msg = NULL;
    errPtr->code = S2N_ERR_OK;
}

/*
 *----------------------------------------------------------------------
 *
 * S2nErrMove --
 *
 *    Hands a failure from one record to another, e.g. from a scratch
 *    record to a connection's. If dstPtr already holds a failure it is
 *    kept (the first error sticks) and srcPtr's is dropped.
 *
 * Results:
 *    None.
 *
 * Side effects:
 *    srcPtr is always clear afterwards; dstPtr takes ownership of its
 *    message when it was clear.
 *
 *----------------------------------------------------------------------
 */

void
S2nErrMove(
    S2nErr *dstPtr,             /* receives the failure if clear */
    S2nErr *srcPtr)             /* emptied */
{
    if (srcPtr == NULL) {
        return;
    }
    if (dstPtr == NULL || dstPtr->code != S2N_ERR_OK) {
        S2nErrClear(srcPtr);
        return;
    }
    dstPtr->code = srcPtr->code;
    dstPtr->msg = srcPtr->msg;  /* ownership moves to dstPtr */
    srcPtr->msg = NULL;
    srcPtr->code = S2N_ERR_OK;
}

/*
 *----------------------------------------------------------------------
 *
 * S2nErrCopy --
 *
 *    Duplicates a failure into another record. Like S2nErrSet, it does
 *    nothing when dstPtr already holds a failure.
 *
 * Results:
 *    None.
 *
 * Side effects:
 *    dstPtr gets its own copy of the message (malloc). If memory runs
 *    out the code is still copied and the default message is reported.
 *
 *----------------------------------------------------------------------
 */

void
S2nErrCopy(
    S2nErr *dstPtr,             /* receives a copy if clear */
    const S2nErr *srcPtr)       /* borrowed; unchanged */
{
    if (dstPtr == NULL || srcPtr == NULL || dstPtr->code != S2N_ERR_OK) {
        return;
    }
    dstPtr->code = srcPtr->code;
    dstPtr->msg = ErrDup(srcPtr->msg);
}

/*
 *----------------------------------------------------------------------
 *
 * S2nErrName, S2nErrDefaultMessage, S2nErrTypeName --
 *
 *    s2n_strerror_name, s2n_strerror(.., "EN") and the type of
 *    s2n_error_get_type without its S2N_ERR_T_ prefix ("IO", "PROTO").
 *
 * Results:
 *    Static strings; never NULL. Unknown codes give "S2N_ERR_UNKNOWN",
 *    "unknown error" and "INTERNAL".
 *
 * Side effects:
 *    None.
 *
 *----------------------------------------------------------------------
 */

const char *
S2nErrName(
    S2nErrCode code)
{
    return ErrLookup(code)->name;
}

const char *
S2nErrDefaultMessage(
    S2nErrCode code)
{
    return ErrLookup(code)->message;
}

const char *
S2nErrTypeName(
    S2nErrCode code)
{
    return ErrLookup(code)->type + ERR_TYPE_PREFIX_LEN;
}

#ifndef S2N_NO_TCL
/*
 *----------------------------------------------------------------------
 *
 * S2nErrCodeObj --
 *
 *    Builds the errorCode of a failure: {S2N S2N_ERR_<NAME> message},
 *    the message being the recorded one or s2n's default.
 *
 * Results:
 *    A new list with refcount 0.
 *
 * Side effects:
 *    None.
 *
 *----------------------------------------------------------------------
 */

Tcl_Obj *
S2nErrCodeObj(
    const S2nErr *errPtr)       /* borrowed */
{
    Tcl_Obj *elems[3];

    elems[0] = Tcl_NewStringObj("S2N", -1);
    elems[1] = Tcl_NewStringObj(S2nErrName(errPtr->code), -1);
    elems[2] = Tcl_NewStringObj((errPtr->msg != NULL)
            ? errPtr->msg : S2nErrDefaultMessage(errPtr->code), -1);
    return Tcl_NewListObj(3, elems);
}

/*
 *----------------------------------------------------------------------
 *
 * S2nErrSetResult --
 *
 *    The one function that reports a failure to Tcl.
 *
 * Results:
 *    TCL_ERROR, always.
 *
 * Side effects:
 *    When interp is not NULL, its result becomes the message and its
 *    errorCode {S2N S2N_ERR_<NAME> message}.
 *
 *----------------------------------------------------------------------
 */

int
S2nErrSetResult(
    Tcl_Interp *interp,         /* may be NULL: nothing is reported */
    const S2nErr *errPtr)       /* borrowed; unchanged */
{
    const char *msg;

    if (interp == NULL) {
        return TCL_ERROR;
    }
    msg = (errPtr->msg != NULL) ? errPtr->msg
            : S2nErrDefaultMessage(errPtr->code);
    Tcl_SetObjResult(interp, Tcl_NewStringObj(msg, -1));
    Tcl_SetObjErrorCode(interp, S2nErrCodeObj(errPtr));
    return TCL_ERROR;
}
#endif /* S2N_NO_TCL */

#ifndef S2N_NO_TCL
/*
 *----------------------------------------------------------------------
 *
 * S2nUsageError --
 *
 *	A script used a command wrongly: result msgObj, errorCode
 *	{S2N S2N_ERR_INVALID_ARGUMENT msg}. interp may be NULL.
 *
 * Results:
 *	TCL_ERROR.
 *
 *----------------------------------------------------------------------
 */

int
S2nUsageError(
    Tcl_Interp *interp,
    Tcl_Obj *msgObj)            /* refcount 0; consumed */
{
    S2nErr err = S2N_ERR_INIT;

    Tcl_IncrRefCount(msgObj);
    S2nErrSet(&err, S2N_ERR_INVALID_ARGUMENT, "%s", Tcl_GetString(msgObj));
    Tcl_DecrRefCount(msgObj);
    S2nErrSetResult(interp, &err);
    S2nErrClear(&err);
    return TCL_ERROR;
}
#endif /* S2N_NO_TCL */
