/*
 * fuzz_client.c --
 *
 *	libFuzzer target: a client-role connection fed arbitrary bytes as
 *	the server's flight (fuzzdrive.c gives the input layout). The client
 *	does not verify (verify 0, as -config {verify 0}), so a server
 *	certificate the fuzzer makes up is parsed and accepted; it offers
 *	ALPN, keeps session tickets, and has a certificate of its own for a
 *	server that asks for one.
 */

#include <stdlib.h>
#include "fuzz.h"

/* The client's ALPN offer, in wire format (RFC 7301 3.1). */
static const unsigned char clientAlpn[] = "\x02h2\x08http/1.1";

static S2nTlsCtx *clientCtx;    /* ref held for the life of the process */

/*
 *----------------------------------------------------------------------
 *
 * ClientCtxNew --
 *
 *	The one context every input runs against.
 *
 * Results:
 *	A context (OUT: one ref), or NULL.
 *
 *----------------------------------------------------------------------
 */

static S2nTlsCtx *
ClientCtxNew(
    const S2nFuzzCred *credPtr)     /* borrowed: the client certificate */
{
    S2nCertSpec cert = {credPtr->certPem, NULL, credPtr->keyPem, NULL, "fuzz key "};
    S2nTlsCtxSpec spec = {0};

    spec.certs = &cert;
    spec.numCerts = 1;
    spec.verify = 0;
    spec.clientAuth = S2N_CLIENT_AUTH_NONE;
    spec.alpnWire = clientAlpn;
    spec.alpnLen = sizeof(clientAlpn) - 1;
    return S2nFuzzCtxNew(&spec);
}

/*
 * LLVMFuzzerInitialize -- engine set-up and the shared client context,
 * with a throwaway certificate of its own.
 */

int
LLVMFuzzerInitialize(
    int *argcPtr,
    char ***argvPtr)
{
    S2nFuzzCred cred;

    (void) argcPtr;
    (void) argvPtr;
    S2nFuzzEngineInit();
    if (!S2nFuzzCredNew("client.test", &cred)) {
        abort();
    }
    clientCtx = ClientCtxNew(&cred);
    S2nFuzzCredFree(&cred);
    if (clientCtx == NULL) {
        abort();
    }
    return 0;
}

/*
 * LLVMFuzzerTestOneInput -- a new client to "localhost"; its ClientHello
 * goes nowhere and the input answers it.
 */

int
LLVMFuzzerTestOneInput(
    const uint8_t *data,
    size_t size)
{
    S2nErr err = S2N_ERR_INIT;
    S2nConn *connPtr = S2nTlsConnNew(clientCtx, 0, "localhost", &err);

    if (connPtr == NULL) {
        abort();                /* only allocation failures get here */
    }
    S2nTlsSetSessionKey(connPtr, "localhost 127.0.0.1 443");
    S2nFuzzDrive(connPtr, data, size);
    S2nFuzzClose(connPtr);
    S2nTlsConnFree(connPtr);
    S2nErrClear(&err);
    return 0;
}
