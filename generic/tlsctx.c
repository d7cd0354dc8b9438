/*
 * tlsctx.c --
 *
 *	Engine side of a -config: one SSL_CTX per parsed config, shared by
 *	every connection that uses it (TclTLS builds one per connection and
 *	re-reads the trust store each time). Also the process-wide engine
 *	set-up: OpenSSL's secure heap in locked memory, as s2n_init mlocks.
 */

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <openssl/crypto.h>
#include <openssl/opensslv.h>
#include <openssl/pem.h>
#include "tlsInt.h"

/*
 * Secure heap for private keys and other secrets (research/s2n-semantics.md
 * section 3). 2 MiB fits hundreds of RSA keys and thousands of handshakes
 * in flight, and stays well inside Linux's default 8 MiB RLIMIT_MEMLOCK.
 */

#define SECURE_HEAP_SIZE (2u << 20)
#define SECURE_HEAP_MIN  16u

/* s2n's limit on certificate chain depth (s2n_x509_validator.c). */
#define VERIFY_DEPTH 7

static pthread_once_t initOnce = PTHREAD_ONCE_INIT;
static int initLock;            /* argument of the one InitOnce call */
static int initResult;          /* 0 ok, 1 mlock failed, 2 other */
static int connIndex = -1;      /* SSL ex_data slot holding the S2nConn */

static int      VerifyAnything(int ok, X509_STORE_CTX *storeCtx);
static int      SniRecord(SSL *ssl, int *alert, void *arg);
static int      AlpnSelect(SSL *ssl, const unsigned char **out,
                    unsigned char *outLen, const unsigned char *in,
                    unsigned int inLen, void *arg);
static int      CtxLoadTrust(S2nTlsCtx *ctxPtr, const S2nTlsCtxSpec *specPtr,
                    S2nErr *errPtr);
static int      CtxSetOptions(S2nTlsCtx *ctxPtr, const S2nTlsCtxSpec *specPtr,
                    S2nErr *errPtr);

/*
 *----------------------------------------------------------------------
 *
 * S2nTlsInit --
 *
 *	Process-wide engine set-up, done once whatever the number of
 *	interpreters and threads. With lockMemory, OpenSSL's secure heap is
 *	created in mlock'ed memory; a heap that works but could not be
 *	locked is S2N_ERR_MLOCK, as s2n_init fails when mlock is refused.
 *
 * Results:
 *	1 on success, 0 with errPtr set.
 *
 *----------------------------------------------------------------------
 */

static void
InitOnce(void)
{
    if (initLock) {
        int rc = CRYPTO_secure_malloc_init(SECURE_HEAP_SIZE, SECURE_HEAP_MIN);

        if (rc == 2) {
            /* The arena exists but is not locked: give it back. */
            CRYPTO_secure_malloc_done();
            initResult = 1;
            return;
        }
        if (rc == 0) {
            initResult = 1;
            return;
        }
    }
    connIndex = SSL_get_ex_new_index(0, NULL, NULL, NULL, NULL);
    initResult = (connIndex < 0) ? 2 : 0;
}

int
S2nTlsInit(
    int lockMemory,             /* 1: put secrets in locked memory */
    S2nErr *errPtr)             /* OUT: why it failed */
{
    initLock = lockMemory;
    pthread_once(&initOnce, InitOnce);
    if (initResult == 1) {
        S2nErrSet(errPtr, S2N_ERR_MLOCK, "s2n_init failed: %s",
                S2nErrDefaultMessage(S2N_ERR_MLOCK));
        return 0;
    }
    if (initResult != 0) {
        S2nErrSet(errPtr, S2N_ERR_INTERNAL_LIBCRYPTO_ERROR,
                "s2n_init failed: cannot allocate an SSL ex_data index");
        return 0;
    }
    return 1;
}

int
S2nTlsConnIndex(void)
{
    return connIndex;
}

/*
 * S2nTlsVersion -- the version of the libssl in use (not the headers').
 */

const char *
S2nTlsVersion(void)
{
    return OpenSSL_version(OPENSSL_VERSION_STRING);
}

/*
 *----------------------------------------------------------------------
 *
 * S2nTlsErrFromQueue --
 *
 *	Records code with "what: <OpenSSL's reason>" from the error queue,
 *	then clears the queue so it cannot leak into another connection.
 *
 *----------------------------------------------------------------------
 */

void
S2nTlsErrFromQueue(
    S2nErr *errPtr,             /* OUT */
    S2nErrCode code,
    const char *what)           /* plain words: what was being done */
{
    unsigned long e = ERR_peek_last_error();
    const char *reason = (e != 0) ? ERR_reason_error_string(e) : NULL;

    if (reason != NULL) {
        S2nErrSet(errPtr, code, "%s: %s", what, reason);
    } else {
        S2nErrSet(errPtr, code, "%s", what);
    }
    ERR_clear_error();
}

/*
 *----------------------------------------------------------------------
 *
 * S2nTlsCtxNew --
 *
 *	Builds the shared engine context of one config: policy, trust
 *	store, certificate and key, client auth, ALPN and ticket settings.
 *
 * Results:
 *	A context with one reference (OUT, caller releases), or NULL with
 *	errPtr set.
 *
 *----------------------------------------------------------------------
 */

S2nTlsCtx *
S2nTlsCtxNew(
    const S2nTlsCtxSpec *specPtr,
    S2nErr *errPtr)
{
    S2nTlsCtx *ctxPtr = OPENSSL_zalloc(sizeof(S2nTlsCtx));
    S2nTlsCtx *result = NULL;

    if (ctxPtr == NULL) {
        S2nErrSet(errPtr, S2N_ERR_ALLOC, NULL);
        return NULL;
    }
    ctxPtr->refCount = 1;
    ctxPtr->verify = specPtr->verify;
    ctxPtr->clientAuth = specPtr->clientAuth;
    ctxPtr->policy = specPtr->policy;
    ctxPtr->ssl = SSL_CTX_new(TLS_method());
    if (ctxPtr->ssl == NULL) {
        S2nTlsErrFromQueue(errPtr, S2N_ERR_ALLOC, "cannot create SSL_CTX");
        goto done;
    }
    if (!S2nPolicyApply(specPtr->policy, ctxPtr->ssl, errPtr)
            || !CtxSetOptions(ctxPtr, specPtr, errPtr)
            || !CtxLoadTrust(ctxPtr, specPtr, errPtr)
            || !S2nCertsLoad(ctxPtr, specPtr, errPtr)) {
        goto done;
    }
    result = ctxPtr;
    ctxPtr = NULL;

  done:
    if (ctxPtr != NULL) {
        S2nTlsCtxRelease(ctxPtr);
    }
    ERR_clear_error();
    return result;
}

void
S2nTlsCtxRetain(
    S2nTlsCtx *ctxPtr)
{
    __atomic_add_fetch(&ctxPtr->refCount, 1, __ATOMIC_RELAXED);
}

void
S2nTlsCtxRelease(
    S2nTlsCtx *ctxPtr)
{
    if (__atomic_sub_fetch(&ctxPtr->refCount, 1, __ATOMIC_ACQ_REL) != 0) {
        return;
    }
    SSL_CTX_free(ctxPtr->ssl);
    ctxPtr->ssl = NULL;
    S2nTicketsFree(ctxPtr);
    S2nCertsFree(ctxPtr);
    OPENSSL_free(ctxPtr->alpnWire);
    ctxPtr->alpnWire = NULL;
    OPENSSL_free(ctxPtr);
}

int
S2nTlsCtxHasCert(
    const S2nTlsCtx *ctxPtr)
{
    return ctxPtr->hasCert;
}

int
S2nTlsCtxVerifies(
    const S2nTlsCtx *ctxPtr)
{
    return ctxPtr->verify;
}

/*
 *----------------------------------------------------------------------
 *
 * CtxSetOptions --
 *
 *	Modes, options, verification, ALPN and tickets.
 *
 *----------------------------------------------------------------------
 */

static int
CtxSetOptions(
    S2nTlsCtx *ctxPtr,
    const S2nTlsCtxSpec *specPtr,
    S2nErr *errPtr)
{
    SSL_CTX *ctx = ctxPtr->ssl;
    int serverVerify = SSL_VERIFY_NONE;

    /*
     * s2n never renegotiates; plaintext is wiped once the application has
     * it (tls.c gives the record buffers back when idle, see
     * ConnReleaseBuffers). AUTO_RETRY is off so a read that consumed only
     * a post-handshake message returns WANT_READ instead of blocking.
     */
    SSL_CTX_set_options(ctx, SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION
            | SSL_OP_CLEANSE_PLAINTEXT);
    SSL_CTX_clear_mode(ctx, SSL_MODE_AUTO_RETRY);

    if (specPtr->clientAuth == S2N_CLIENT_AUTH_OPTIONAL) {
        serverVerify = SSL_VERIFY_PEER;
    } else if (specPtr->clientAuth == S2N_CLIENT_AUTH_REQUIRED) {
        serverVerify = SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
    }
    /*
     * The client side's SSL_VERIFY_PEER is set per connection. A server
     * with verify 0 asks for a client certificate but takes any.
     */
    SSL_CTX_set_verify(ctx, serverVerify,
            specPtr->verify ? S2nTlsVerifyPeer : VerifyAnything);
    SSL_CTX_set_verify_depth(ctx, VERIFY_DEPTH);
    SSL_CTX_set_tlsext_servername_callback(ctx, SniRecord);
    X509_VERIFY_PARAM_set_flags(SSL_CTX_get0_param(ctx),
            X509_V_FLAG_PARTIAL_CHAIN);

    if (specPtr->alpnWire != NULL) {
        ctxPtr->alpnWire = OPENSSL_memdup(specPtr->alpnWire, specPtr->alpnLen);
        if (ctxPtr->alpnWire == NULL) {
            S2nErrSet(errPtr, S2N_ERR_ALLOC, NULL);
            return 0;
        }
        ctxPtr->alpnLen = specPtr->alpnLen;
        /* Note: SSL_CTX_set_alpn_protos returns 0 on success. */
        if (SSL_CTX_set_alpn_protos(ctx, ctxPtr->alpnWire,
                (unsigned) ctxPtr->alpnLen) != 0) {
            S2nTlsErrFromQueue(errPtr, S2N_ERR_INVALID_APPLICATION_PROTOCOL,
                    "config key alpn: bad list");
            return 0;
        }
        SSL_CTX_set_alpn_select_cb(ctx, AlpnSelect, ctxPtr);
    }

    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);
    if (specPtr->sessionTickets) {
        /* s2n issues one ticket per handshake; its state lives 15 h. */
        SSL_CTX_set_num_tickets(ctx, 1);
        SSL_CTX_set_timeout(ctx, 54000);
    } else {
        /* NO_TICKET alone only makes TLS 1.3 tickets stateful. */
        SSL_CTX_set_num_tickets(ctx, 0);
        SSL_CTX_set_options(ctx, SSL_OP_NO_TICKET);
    }
    return S2nTicketsInit(ctxPtr, specPtr, errPtr);
}

/*
 * SniRecord -- a server keeps the SNI it received: on a resumed TLS 1.2
 * session OpenSSL reports the session's name, not the ClientHello's.
 */

static int
SniRecord(
    SSL *ssl,
    int *alert,
    void *arg)
{
    S2nConn *connPtr = SSL_get_ex_data(ssl, S2nTlsConnIndex());
    const char *name = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);

    (void) alert;
    (void) arg;
    if (connPtr != NULL && name != NULL && connPtr->sniReceived == NULL) {
        connPtr->sniReceived = OPENSSL_strdup(name);
    }
    return SSL_TLSEXT_ERR_OK;
}

/*
 * S2nTlsVerifyPeer --
 *	Verify callback: on top of OpenSSL's checks, s2n's certificate
 *	preferences of the policy (key types and signatures) for every
 *	certificate the peer sent.
 */

int
S2nTlsVerifyPeer(
    int ok,
    X509_STORE_CTX *storeCtx)
{
    SSL *ssl = X509_STORE_CTX_get_ex_data(storeCtx, SSL_get_ex_data_X509_STORE_CTX_idx());
    S2nConn *connPtr = (ssl != NULL) ? SSL_get_ex_data(ssl, S2nTlsConnIndex()) : NULL;
    STACK_OF(X509) *sent = X509_STORE_CTX_get0_untrusted(storeCtx);
    X509 *cert = X509_STORE_CTX_get_current_cert(storeCtx);
    int i;

    if (!ok || connPtr == NULL || cert == NULL || sent == NULL) {
        return ok;
    }
    for (i = 0; i < sk_X509_num(sent); i++) {
        if (sk_X509_value(sent, i) == cert) {
            if (!S2nPolicyCertCheck(connPtr->ctxPtr->policy, cert, &connPtr->err)) {
                X509_STORE_CTX_set_error(storeCtx, X509_V_ERR_APPLICATION_VERIFICATION);
                return 0;
            }
            break;
        }
    }
    return ok;
}

static int
VerifyAnything(
    int ok,
    X509_STORE_CTX *storeCtx)
{
    (void) ok;
    (void) storeCtx;
    return 1;
}

/*
 * AlpnSelect --
 *	Server side: the first protocol of the server's list the client also
 *	offers (s2n picks by server preference). No overlap is fatal, as
 *	s2n's S2N_ERR_NO_APPLICATION_PROTOCOL.
 */

static int
AlpnSelect(
    SSL *ssl,
    const unsigned char **out,
    unsigned char *outLen,
    const unsigned char *in,
    unsigned int inLen,
    void *arg)
{
    S2nTlsCtx *ctxPtr = arg;
    size_t i = 0;

    (void) ssl;
    while (i < ctxPtr->alpnLen) {
        unsigned len = ctxPtr->alpnWire[i];
        const unsigned char *name = ctxPtr->alpnWire + i + 1;
        unsigned j = 0;

        while (j < inLen) {
            unsigned theirLen = in[j];

            if (j + 1 + theirLen > inLen) {
                break;
            }
            if (theirLen == len && memcmp(in + j + 1, name, len) == 0) {
                *out = name;
                *outLen = (unsigned char) len;
                return SSL_TLSEXT_ERR_OK;
            }
            j += 1 + theirLen;
        }
        i += 1 + len;
    }
    return SSL_TLSEXT_ERR_ALERT_FATAL;
}

/*
 *----------------------------------------------------------------------
 *
 * CtxLoadTrust --
 *
 *	The trust store: the system's (default paths) unless system_ca is
 *	off, plus ca_file, ca_dir and ca_pem.
 *
 *----------------------------------------------------------------------
 */

static int
CtxLoadTrust(
    S2nTlsCtx *ctxPtr,
    const S2nTlsCtxSpec *specPtr,
    S2nErr *errPtr)
{
    SSL_CTX *ctx = ctxPtr->ssl;
    X509_STORE *store = SSL_CTX_get_cert_store(ctx);
    BIO *bio = NULL;
    X509 *cert = NULL;
    int count = 0, code = 0;

    if (specPtr->systemCa && SSL_CTX_set_default_verify_paths(ctx) != 1) {
        /* A machine without a system store is not an error. */
        ERR_clear_error();
    }
    if (specPtr->caFile != NULL
            && SSL_CTX_load_verify_file(ctx, specPtr->caFile) != 1) {
        S2nTlsErrFromQueue(errPtr, S2N_ERR_INVALID_PEM,
                "config key ca_file: cannot load trust anchors");
        goto done;
    }
    if (specPtr->caDir != NULL
            && SSL_CTX_load_verify_dir(ctx, specPtr->caDir) != 1) {
        S2nTlsErrFromQueue(errPtr, S2N_ERR_INVALID_ARGUMENT,
                "config key ca_dir: cannot use directory");
        goto done;
    }
    if (specPtr->caPem != NULL) {
        bio = BIO_new_mem_buf(specPtr->caPem, -1);
        while (bio != NULL
                && (cert = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL) {
            if (X509_STORE_add_cert(store, cert) != 1) {
                ERR_clear_error();  /* a duplicate anchor is harmless */
            }
            X509_free(cert);
            cert = NULL;
            count++;
        }
        ERR_clear_error();
        if (count == 0) {
            S2nErrSet(errPtr, S2N_ERR_NO_CERTIFICATE_IN_PEM,
                    "config key ca_pem: no certificate in PEM");
            goto done;
        }
    }
    code = 1;

  done:
    BIO_free(bio);
    return code;
}
