/*
 * tlsInt.h --
 *
 *	Private to the engine files (tls.c, tlsctx.c, tlsinfo.c): the
 *	structures behind the opaque S2nTlsCtx and S2nConn. The only header
 *	besides policy.c that includes OpenSSL.
 */

#ifndef S2N_TLSINT_H
#define S2N_TLSINT_H

#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>
#include "tls.h"

/*
 * A byte queue for ciphertext: bytes live in data[start, end). Grows on
 * demand (never a fixed size for peer data); freed when empty so an idle
 * connection holds no buffer.
 */

typedef struct S2nBuf {
    unsigned char *data;        /* owned (OPENSSL_malloc) or NULL */
    size_t start;               /* first unread byte */
    size_t end;                 /* one past the last byte */
    size_t cap;                 /* bytes allocated */
} S2nBuf;

struct S2nTlsCtx {
    SSL_CTX *ssl;               /* owned */
    int refCount;               /* S2nTlsCtxRetain/Release, atomic */
    int hasCert;                /* a certificate and key are loaded */
    int verify;                 /* the spec's verify flag */
    S2nClientAuth clientAuth;   /* the spec's client_auth */
    unsigned char *alpnWire;    /* owned: server-side preference list */
    size_t alpnLen;             /* bytes in alpnWire */
};

struct S2nConn {
    SSL *ssl;                   /* owned */
    S2nTlsCtx *ctxPtr;          /* ref held; released in S2nTlsConnFree */
    BIO *bio;                   /* owned by ssl (both directions) */
    S2nBuf in;                  /* ciphertext from the peer */
    S2nBuf out;                 /* ciphertext for the peer */
    S2nErr err;                 /* first failure, sticky */
    int isServer;               /* 1: server role */
    int noServerName;           /* client with verify on and no name */
    int closeNotifyReceived;    /* the peer's close_notify arrived */
    int closeNotifySent;        /* ours is queued */
    S2nPrefer prefer;           /* record sizing mode */
    size_t dynBytes;            /* bytes sent since idle (auto mode) */
    struct timespec lastWrite;  /* time of the last write (auto mode) */
    int curFragment;            /* max_send_fragment now set */
};

/* tls.c */
void            S2nBufFree(S2nBuf *bufPtr);

/* tlsctx.c */
int             S2nTlsConnIndex(void);
void            S2nTlsErrFromQueue(S2nErr *errPtr, S2nErrCode code,
                    const char *what);

/* tlsinfo.c */
void            S2nTlsVerifyFailure(S2nConn *connPtr, long verifyResult);

#endif /* S2N_TLSINT_H */
