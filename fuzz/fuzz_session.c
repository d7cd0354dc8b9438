/*
 * fuzz_session.c --
 *
 *	libFuzzer target: the session blob loader. The input is what a
 *	script gives to -session (a byte array from s2n::session, or any
 *	bytes at all); when the engine takes it, the client's first flight
 *	is built with it, which resumes from the blob's secret (TLS 1.2
 *	ticket, TLS 1.3 PSK binder).
 */

#include <stdlib.h>
#include "fuzz.h"

static S2nTlsCtx *clientCtx;    /* ref held for the life of the process */

/*
 * SessionCtxNew -- a client context that keeps tickets (session_tickets
 * 1) and does not verify. Returns it (OUT: one ref), or NULL.
 */

static S2nTlsCtx *
SessionCtxNew(void)
{
    S2nTlsCtxSpec spec = {0};

    spec.verify = 0;
    return S2nFuzzCtxNew(&spec);
}

/*
 * LLVMFuzzerInitialize -- engine set-up and the shared client context.
 */

int
LLVMFuzzerInitialize(
    int *argcPtr,
    char ***argvPtr)
{
    (void) argcPtr;
    (void) argvPtr;
    S2nFuzzEngineInit();
    clientCtx = SessionCtxNew();
    if (clientCtx == NULL) {
        abort();
    }
    return 0;
}

/*
 * LLVMFuzzerTestOneInput -- S2nTlsSetSession on a fresh client; if the
 * blob is taken, the ClientHello offering it and the blob s2n::session
 * would hand back.
 */

int
LLVMFuzzerTestOneInput(
    const uint8_t *data,
    size_t size)
{
    S2nErr err = S2N_ERR_INIT;
    S2nConn *connPtr = S2nTlsConnNew(clientCtx, 0, "localhost", &err);
    unsigned char *der;
    size_t len = 0;

    if (connPtr == NULL) {
        abort();                /* only allocation failures get here */
    }
    S2nTlsSetSessionKey(connPtr, "localhost 127.0.0.1 443");
    if (S2nTlsSetSession(connPtr, data, size, &err)) {
        (void) S2nTlsHandshake(connPtr);
        S2nFuzzDrain(connPtr);
        der = S2nTlsGetSession(connPtr, &len);
        S2nTlsFreeSession(der, len);
    }
    S2nFuzzClose(connPtr);
    S2nTlsConnFree(connPtr);
    S2nErrClear(&err);
    return 0;
}
