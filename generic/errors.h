/*
 * errors.h --
 *
 *	Named errors in s2n's vocabulary. The engine (tls.c), the config
 *	parser and the channel driver record failures here; exactly one
 *	function (S2nErrSetResult in errors.c) turns one into a Tcl result
 *	and the errorCode {S2N S2N_ERR_<NAME> message}.
 *
 *	This header does not include tcl.h or OpenSSL: the engine uses it.
 */

#ifndef S2N_ERRORS_H
#define S2N_ERRORS_H

#include <stddef.h>

/*
 * One enumerator per s2n error name. errnames.h is GENERATED from
 * data/s2n-errors.json by tools/gen-errors.py; S2nErrCode has no entries
 * typed by hand except the ones of our own below the generated list.
 */

typedef enum S2nErrCode {
#define S2N_ERR_ENTRY(name, type, message) name,
#include "errnames.h"
#undef S2N_ERR_ENTRY
    S2N_ERR_TIMEOUT,            /* ours: handshake_timeout expired */
    S2N_ERR_CODE_COUNT          /* not an error: the number of codes */
} S2nErrCode;

/*
 * A recorded failure. The first failure sticks: later S2nErrSet calls on
 * the same record are ignored until S2nErrClear.
 */

typedef struct S2nErr {
    S2nErrCode code;            /* S2N_ERR_OK while nothing failed */
    char *msg;                  /* owned (malloc); plain words, or NULL */
} S2nErr;

#define S2N_ERR_INIT {S2N_ERR_OK, NULL}

void            S2nErrSet(S2nErr *errPtr, S2nErrCode code,
                    const char *fmt, ...)
#if defined(__GNUC__)
                    __attribute__((format(printf, 3, 4)))
#endif
                    ;
void            S2nErrClear(S2nErr *errPtr);
void            S2nErrMove(S2nErr *dstPtr, S2nErr *srcPtr);
void            S2nErrCopy(S2nErr *dstPtr, const S2nErr *srcPtr);
const char *    S2nErrName(S2nErrCode code);
const char *    S2nErrDefaultMessage(S2nErrCode code);
const char *    S2nErrTypeName(S2nErrCode code);

#endif /* S2N_ERRORS_H */
