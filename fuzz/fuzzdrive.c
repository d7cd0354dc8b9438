/*
 * fuzzdrive.c --
 *
 *	Drives one engine connection with a fuzzer's bytes as everything the
 *	peer sends, the way chan.c does with the channel below: feed
 *	ciphertext through S2nTlsInSpace/S2nTlsInCommit, advance the
 *	handshake, read what decrypts, and throw away what the engine writes.
 *
 *	Input layout: the first byte chooses how the rest is cut into
 *	reads (0: all at once; n: chunks of n*n bytes, so 1, 4, 9, ... 65025),
 *	the rest is the peer's stream.
 */

#include <stdlib.h>
#include <string.h>
#include "fuzz.h"

/* Plaintext written once the handshake is done (never reached by a
 * fuzzer without the peer's keys, but cheap to keep ready). */
static const char driveHello[] = "GET / HTTP/1.0\r\n\r\n";

/*
 * S2nFuzzEngineInit -- process-wide engine set-up, without the locked
 * secure heap so that AddressSanitizer sees every allocation.
 */

void
S2nFuzzEngineInit(void)
{
    S2nErr err = S2N_ERR_INIT;

    if (!S2nTlsInit(0, &err)) {
        abort();                /* a harness that cannot start is a bug */
    }
}

/*
 * S2nFuzzDrain -- consumes every byte of ciphertext the engine produced,
 * as a peer that reads everything would.
 */

void
S2nFuzzDrain(
    S2nConn *connPtr)           /* borrowed */
{
    size_t len = 0;

    (void) S2nTlsOutData(connPtr, &len);
    if (len > 0) {
        S2nTlsOutConsume(connPtr, len);
    }
}

/*
 *----------------------------------------------------------------------
 *
 * DriveInspect --
 *
 *	What a script can ask of a connection once the handshake is done
 *	(chan configure -protocol, -cipher, -alpn, -peercert ...).
 *
 *----------------------------------------------------------------------
 */

static void
DriveInspect(
    S2nConn *connPtr)           /* borrowed */
{
    S2nCertInfo info;
    size_t alpnLen = 0;

    (void) S2nTlsProtocol(connPtr);
    (void) S2nTlsCipher(connPtr);
    (void) S2nTlsAlpn(connPtr, &alpnLen);
    (void) S2nTlsServerName(connPtr);
    (void) S2nTlsResumed(connPtr);
    memset(&info, 0, sizeof(info));
    if (S2nTlsPeerCert(connPtr, &info)) {
        S2nCertInfoFree(&info);
    }
}

/*
 *----------------------------------------------------------------------
 *
 * DriveStep --
 *
 *	After new ciphertext: the handshake while it runs, then reads until
 *	nothing more decrypts. Writes once when the handshake completes.
 *
 * Results:
 *	0 when the connection has failed or ended, 1 to go on feeding.
 *
 *----------------------------------------------------------------------
 */

static int
DriveStep(
    S2nConn *connPtr,           /* borrowed */
    int *wrotePtr)              /* IN/OUT: the plaintext was written */
{
    char buf[4096];
    size_t got = 0;
    S2nIoResult res;

    if (!S2nTlsHandshakeDone(connPtr)) {
        res = S2nTlsHandshake(connPtr);
        if (res != S2N_IO_DONE) {
            return (res == S2N_IO_WANT_READ || res == S2N_IO_WANT_WRITE);
        }
    }
    if (!*wrotePtr) {
        *wrotePtr = 1;
        DriveInspect(connPtr);
        (void) S2nTlsWrite(connPtr, driveHello, sizeof(driveHello) - 1);
    }
    do {
        res = S2nTlsRead(connPtr, buf, sizeof(buf), &got);
    } while (res == S2N_IO_DONE && got > 0);
    (void) S2nTlsPending(connPtr);
    return (res == S2N_IO_WANT_READ || res == S2N_IO_WANT_WRITE);
}

/*
 *----------------------------------------------------------------------
 *
 * S2nFuzzDrive --
 *
 *	Runs connPtr against a peer whose every byte is data[1..size), cut
 *	into reads as data[0] says. A client sends its first flight before
 *	anything is fed, as it would on a real socket.
 *
 * Side effects:
 *	Advances (and usually fails) the connection; its output is drained.
 *
 *----------------------------------------------------------------------
 */

void
S2nFuzzDrive(
    S2nConn *connPtr,           /* borrowed */
    const uint8_t *data,
    size_t size)
{
    size_t chunk, at = 1;
    int wrote = 0, going;

    if (size == 0) {
        return;
    }
    chunk = (data[0] == 0) ? size : (size_t) data[0] * data[0];
    going = DriveStep(connPtr, &wrote);
    S2nFuzzDrain(connPtr);
    while (going && at < size) {
        size_t space = 0, n = size - at;
        char *to = S2nTlsInSpace(connPtr, &space);

        if (to == NULL || space == 0) {
            break;
        }
        n = (n < chunk) ? n : chunk;
        n = (n < space) ? n : space;
        memcpy(to, data + at, n);
        S2nTlsInCommit(connPtr, n);
        at += n;
        going = DriveStep(connPtr, &wrote);
        S2nFuzzDrain(connPtr);
    }
}

/*
 * S2nFuzzClose -- what closing the channel does: our close_notify when
 * the handshake got that far, drained, then the peer's stream ends.
 */

void
S2nFuzzClose(
    S2nConn *connPtr)           /* borrowed */
{
    (void) S2nTlsShutdown(connPtr);
    S2nFuzzDrain(connPtr);
    (void) S2nTlsCloseNotifyReceived(connPtr);
    (void) S2nTlsConnErr(connPtr);
}

/*
 * S2nFuzzCtxNew --
 *	The settings every target shares (default policy, tickets with s2n's
 *	lifetimes, no system store) on top of the target's own, then the
 *	context. Returns NULL if the engine refuses it.
 */

S2nTlsCtx *
S2nFuzzCtxNew(
    S2nTlsCtxSpec *specPtr)
{
    S2nErr err = S2N_ERR_INIT;
    S2nTlsCtx *ctxPtr;

    specPtr->systemCa = 0;
    specPtr->policy = S2nPolicyDefault();
    specPtr->sessionTickets = 1;
    specPtr->ticketEncryptSecs = 7200;
    specPtr->ticketDecryptSecs = 46800;
    ctxPtr = S2nTlsCtxNew(specPtr, &err);
    S2nErrClear(&err);
    return ctxPtr;
}
