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
#include <pthread.h>
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

typedef struct S2nTicketKey S2nTicketKey;      /* tlsticket.c */
typedef struct S2nCacheEntry S2nCacheEntry;    /* tlsticket.c */
typedef struct S2nCertEntry S2nCertEntry;      /* tlscert.c */

struct S2nTlsCtx {
    SSL_CTX *ssl;               /* owned */
    int refCount;               /* S2nTlsCtxRetain/Release, atomic */
    int hasCert;                /* a certificate and key are loaded */
    int verify;                 /* the spec's verify flag */
    const S2nPolicy *policy;    /* static table entry */
    S2nClientAuth clientAuth;   /* the spec's client_auth */
    unsigned char *alpnWire;    /* owned: server-side preference list */
    size_t alpnLen;             /* bytes in alpnWire */
    pthread_mutex_t lock;       /* guards keys and the session cache */
    int lockReady;              /* lock initialised */
    int tickets;                /* session_tickets on */
    long encryptSecs;           /* ticket key encrypt+decrypt lifetime */
    long decryptSecs;           /* then decrypt-only lifetime */
    S2nTicketKey *keys[48];     /* owned (secure heap): server ticket keys */
    int numKeys;                /* entries in keys */
    S2nCacheEntry **buckets;    /* owned: client session cache */
    int numEntries;             /* sessions in the cache */
    S2nCertEntry *certs;        /* owned: chains and keys (tlscert.c) */
    int numCerts;
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
    char *sessionKey;           /* owned: client cache key, or NULL */
    SSL_SESSION *session;       /* ref held: newest session (ticket received
                                 * or resumed), a copy tied to no SSL */
    int sessionSet;             /* a session was offered (or set) already */
    int sessionFresh;           /* session came from this connection */
    char *sniReceived;          /* owned: server: the SNI of the ClientHello */
};

/* tls.c */
void            S2nBufFree(S2nBuf *bufPtr);

/* tlsctx.c */
int             S2nTlsConnIndex(void);
void            S2nTlsErrFromQueue(S2nErr *errPtr, S2nErrCode code,
                    const char *what);

/* tlscert.c */
int             S2nCertsLoad(S2nTlsCtx *ctxPtr, const S2nTlsCtxSpec *specPtr,
                    S2nErr *errPtr);
void            S2nCertsFree(S2nTlsCtx *ctxPtr);

/* tlsticket.c */
int             S2nTicketsInit(S2nTlsCtx *ctxPtr, const S2nTlsCtxSpec *specPtr,
                    S2nErr *errPtr);
void            S2nTicketsFree(S2nTlsCtx *ctxPtr);
void            S2nTlsOfferSession(S2nConn *connPtr);

/* tlsctx.c */
int             S2nTlsVerifyPeer(int ok, X509_STORE_CTX *storeCtx);

/* tlsinfo.c */
void            S2nTlsVerifyFailure(S2nConn *connPtr, long verifyResult);

#endif /* S2N_TLSINT_H */
