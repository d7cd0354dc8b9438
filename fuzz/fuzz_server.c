/*
 * fuzz_server.c --
 *
 *	libFuzzer target: a server-role connection fed arbitrary bytes as
 *	the client's stream (fuzzdrive.c gives the input layout). One shared
 *	context, as a real server has, set up to reach the package's own
 *	callbacks: two certificates so the ClientHello callback parses SNI
 *	(tlscert.c), ALPN selection (tlsctx.c), session tickets so a
 *	client's ticket reaches the ticket key callback (tlsticket.c), and
 *	optional client certificates checked against a trust anchor.
 */

#include <stdlib.h>
#include "fuzz.h"

/* The server's ALPN preference, in wire format (RFC 7301 3.1). */
static const unsigned char serverAlpn[] = "\x02h2\x08http/1.1";

static S2nTlsCtx *serverCtx;    /* ref held for the life of the process */

/*
 *----------------------------------------------------------------------
 *
 * ServerCtxNew --
 *
 *	The one context every input runs against, built from two throwaway
 *	credentials.
 *
 * Results:
 *	A context (OUT: one ref), or NULL.
 *
 *----------------------------------------------------------------------
 */

static S2nTlsCtx *
ServerCtxNew(
    const S2nFuzzCred *mainPtr,     /* borrowed: localhost */
    const S2nFuzzCred *otherPtr)    /* borrowed: a wildcard name */
{
    S2nCertSpec certs[2] = {
        {mainPtr->certPem, NULL, mainPtr->keyPem, NULL, "fuzz key "},
        {otherPtr->certPem, NULL, otherPtr->keyPem, NULL, "fuzz key "}
    };
    S2nTlsCtxSpec spec = {0};

    spec.certs = certs;
    spec.numCerts = 2;
    spec.caPem = mainPtr->certPem;  /* a client may present it back */
    spec.verify = 1;
    spec.clientAuth = S2N_CLIENT_AUTH_OPTIONAL;
    spec.alpnWire = serverAlpn;
    spec.alpnLen = sizeof(serverAlpn) - 1;
    return S2nFuzzCtxNew(&spec);
}

/*
 * LLVMFuzzerInitialize -- engine set-up and the shared server context;
 * the credentials' PEM text is no longer needed once it is loaded.
 */

int
LLVMFuzzerInitialize(
    int *argcPtr,
    char ***argvPtr)
{
    S2nFuzzCred mainCred, otherCred;

    (void) argcPtr;
    (void) argvPtr;
    S2nFuzzEngineInit();
    if (!S2nFuzzCredNew("localhost,server.test", &mainCred)
            || !S2nFuzzCredNew("*.example.com,www.example.org", &otherCred)) {
        abort();
    }
    serverCtx = ServerCtxNew(&mainCred, &otherCred);
    S2nFuzzCredFree(&otherCred);
    S2nFuzzCredFree(&mainCred);
    if (serverCtx == NULL) {
        abort();
    }
    return 0;
}

/*
 * LLVMFuzzerTestOneInput -- one client's stream against a new server
 * connection.
 */

int
LLVMFuzzerTestOneInput(
    const uint8_t *data,
    size_t size)
{
    S2nErr err = S2N_ERR_INIT;
    S2nConn *connPtr = S2nTlsConnNew(serverCtx, 1, NULL, &err);

    if (connPtr == NULL) {
        abort();                /* only allocation failures get here */
    }
    S2nFuzzDrive(connPtr, data, size);
    S2nFuzzClose(connPtr);
    S2nTlsConnFree(connPtr);
    S2nErrClear(&err);
    return 0;
}
