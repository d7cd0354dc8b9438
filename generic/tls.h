/*
 * tls.h --
 *
 *	The engine boundary. A connection object over OpenSSL that does no
 *	I/O of its own (as BearSSL's engine): the channel driver feeds it
 *	ciphertext read from the channel below and drains the ciphertext it
 *	produces. Every operation returns an S2nIoResult; failures are
 *	recorded in the connection's sticky S2nErr.
 *
 *	chan.c, config.c and cmds.c include this file, never OpenSSL headers.
 */

#ifndef S2N_TLS_H
#define S2N_TLS_H

#include <stddef.h>
#include <time.h>
#include "errors.h"
#include "policy.h"

typedef enum S2nIoResult {
    S2N_IO_DONE,                /* the operation completed */
    S2N_IO_WANT_READ,           /* feed more ciphertext, then retry */
    S2N_IO_WANT_WRITE,          /* drain the output, then retry */
    S2N_IO_EOF,                 /* close_notify received: clean end */
    S2N_IO_ERROR                /* failed; see S2nTlsConnErr() */
} S2nIoResult;

typedef enum S2nClientAuth {
    S2N_CLIENT_AUTH_NONE,
    S2N_CLIENT_AUTH_OPTIONAL,
    S2N_CLIENT_AUTH_REQUIRED
} S2nClientAuth;

typedef enum S2nPrefer {
    S2N_PREFER_AUTO,            /* s2n dynamic record sizing */
    S2N_PREFER_THROUGHPUT,      /* 16384-byte records */
    S2N_PREFER_LATENCY          /* 1435-byte records */
} S2nPrefer;

/*
 * What a -config dict says, handed to the engine to build a context.
 * All pointers are borrowed for the duration of S2nTlsCtxNew only.
 */

typedef struct S2nCertSpec {
    const char *chainPem;       /* PEM text, or NULL */
    const char *chainFile;      /* path, or NULL */
    const char *keyPem;         /* PEM text, or NULL */
    const char *keyFile;        /* path, or NULL */
    const char *where;          /* message prefix: "config key ", ... */
} S2nCertSpec;

typedef struct S2nTlsCtxSpec {
    const S2nCertSpec *certs;   /* chains and keys; the first of each key
                                 * type is the default */
    int numCerts;               /* entries in certs */
    const char *caFile;         /* path or NULL */
    const char *caDir;          /* path or NULL */
    const char *caPem;          /* PEM text or NULL */
    int systemCa;               /* 1: trust the system store too */
    int verify;                 /* 1: verify the peer */
    S2nClientAuth clientAuth;   /* server: ask for a client certificate */
    const unsigned char *alpnWire;  /* ALPN list in wire format, or NULL */
    size_t alpnLen;             /* bytes in alpnWire */
    const S2nPolicy *policy;    /* never NULL */
    int sessionTickets;         /* 1: issue / keep tickets */
    long ticketEncryptSecs;     /* key encrypt+decrypt lifetime */
    long ticketDecryptSecs;     /* further decrypt-only lifetime */
} S2nTlsCtxSpec;

typedef struct S2nTlsCtx S2nTlsCtx;     /* shared, counted, thread-safe */
typedef struct S2nConn S2nConn;         /* one connection, one thread */

/* Peer certificate facts for -peercert; strings are malloc'd. */
typedef struct S2nCertInfo {
    char *subject;              /* RFC 2253 */
    char *issuer;               /* RFC 2253 */
    char *serial;               /* hex */
    long long notBefore;        /* seconds since the epoch */
    long long notAfter;         /* seconds since the epoch */
    char *sha256;               /* hex of the DER */
    char **san;                 /* NULL-terminated list of "DNS:x", ... */
    char *pem;                  /* the certificate in PEM */
} S2nCertInfo;

/* Process-wide engine set-up (mlock/secure heap) and teardown. */
int             S2nTlsInit(int lockMemory, S2nErr *errPtr);
const char *    S2nTlsVersion(void);

S2nTlsCtx *     S2nTlsCtxNew(const S2nTlsCtxSpec *specPtr, S2nErr *errPtr);
void            S2nTlsCtxRetain(S2nTlsCtx *ctxPtr);
void            S2nTlsCtxRelease(S2nTlsCtx *ctxPtr);
int             S2nTlsCtxHasCert(const S2nTlsCtx *ctxPtr);
int             S2nTlsCtxVerifies(const S2nTlsCtx *ctxPtr);

S2nConn *       S2nTlsConnNew(S2nTlsCtx *ctxPtr, int isServer,
                    const char *serverName, S2nErr *errPtr);
void            S2nTlsConnFree(S2nConn *connPtr);
S2nIoResult     S2nTlsHandshake(S2nConn *connPtr);
S2nIoResult     S2nTlsRead(S2nConn *connPtr, char *buf, size_t len,
                    size_t *gotPtr);
S2nIoResult     S2nTlsWrite(S2nConn *connPtr, const char *buf, size_t len);
S2nIoResult     S2nTlsShutdown(S2nConn *connPtr);
void            S2nTlsSetPrefer(S2nConn *connPtr, S2nPrefer prefer);
int             S2nTlsSetServerName(S2nConn *connPtr, const char *name);

/* Ciphertext in: space to read into, then commit what was read. */
char *          S2nTlsInSpace(S2nConn *connPtr, size_t *lenPtr);
void            S2nTlsInCommit(S2nConn *connPtr, size_t len);
const char *    S2nTlsInBuffered(S2nConn *connPtr, size_t *lenPtr);
void            S2nTlsInDiscard(S2nConn *connPtr);

/* Ciphertext out: what to write below, then consume what was written. */
const char *    S2nTlsOutData(S2nConn *connPtr, size_t *lenPtr);
void            S2nTlsOutConsume(S2nConn *connPtr, size_t len);

int             S2nTlsPending(S2nConn *connPtr);
int             S2nTlsHandshakeDone(S2nConn *connPtr);
int             S2nTlsCloseNotifyReceived(S2nConn *connPtr);
const S2nErr *  S2nTlsConnErr(S2nConn *connPtr);
void            S2nTlsConnFail(S2nConn *connPtr, S2nErrCode code,
                    const char *msg);

/* Session resumption (tlsticket.c). */
void            S2nTlsSetSessionKey(S2nConn *connPtr, const char *key);
int             S2nTlsSetSession(S2nConn *connPtr, const unsigned char *der,
                    size_t len, S2nErr *errPtr);
unsigned char * S2nTlsGetSession(S2nConn *connPtr, size_t *lenPtr);
void            S2nTlsFreeSession(unsigned char *der, size_t len);

const char *    S2nTlsProtocol(S2nConn *connPtr);
const char *    S2nTlsCipher(S2nConn *connPtr);
const char *    S2nTlsAlpn(S2nConn *connPtr, size_t *lenPtr);
const char *    S2nTlsServerName(S2nConn *connPtr);
int             S2nTlsResumed(S2nConn *connPtr);
int             S2nTlsPeerCert(S2nConn *connPtr, S2nCertInfo *infoPtr);
void            S2nCertInfoFree(S2nCertInfo *infoPtr);

#endif /* S2N_TLS_H */
