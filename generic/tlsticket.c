/*
 * tlsticket.c --
 *
 *	Session tickets as s2n does them (research/s2n-semantics.md 1):
 *
 *	Server: ticket keys live in the shared context and rotate by the
 *	config's ticket_lifetime: a key encrypts for encrypt_decrypt seconds
 *	and then only decrypts for decrypt_only more; the next key is made
 *	half-way through the encrypt window and new tickets are encrypted
 *	with a key picked at random, weighted by a triangle over its window
 *	(s2n's selection). TLS 1.2 resumptions issue no new ticket, TLS 1.3
 *	handshakes one each.
 *
 *	Client: one process-wide cache per config (the context), keyed by
 *	server name, host and port, holding the newest ticket serialised at
 *	once (OpenSSL marks live sessions unusable when a connection ends
 *	without a clean shutdown; a blob does not change).
 */

#include <string.h>
#include <openssl/core_names.h>
#include <openssl/rand.h>
#include "tlsInt.h"

#define TICKET_KEY_MAX      48          /* s2n's limit of unexpired keys */
#define SESSION_STATE_SECS  54000       /* s2n's session_state_lifetime */
#define CACHE_BUCKETS       256
#define CACHE_MAX           4096        /* entries; past that, start over */

struct S2nTicketKey {
    unsigned char name[16];     /* sent in the ticket to find the key */
    unsigned char aes[32];      /* AES-256-CBC key */
    unsigned char hmac[32];     /* HMAC-SHA256 key */
    long long intro;            /* seconds: start of the encrypt window */
};

struct S2nCacheEntry {
    struct S2nCacheEntry *nextPtr;
    char *key;                  /* owned: "servername host port" */
    SSL_SESSION *sess;          /* ref held: a copy tied to no connection */
};

static int  TicketKeyCallback(SSL *ssl, unsigned char *name, unsigned char *iv,
                EVP_CIPHER_CTX *cctx, EVP_MAC_CTX *hctx, int enc);
static int  NewSessionCallback(SSL *ssl, SSL_SESSION *sess);

static void
KeyFree(
    S2nTicketKey *keyPtr)
{
    OPENSSL_secure_clear_free(keyPtr, sizeof(*keyPtr));
}

static void
EntryFree(
    S2nCacheEntry *ePtr)
{
    SSL_SESSION_free(ePtr->sess);   /* OpenSSL wipes the secrets */
    OPENSSL_free(ePtr->key);
    OPENSSL_free(ePtr);
}

/*
 *----------------------------------------------------------------------
 *
 * S2nTicketsInit / S2nTicketsFree --
 *
 *	Set-up and teardown of a context's keys and cache; callbacks are
 *	installed only when the config enables tickets.
 *
 *----------------------------------------------------------------------
 */

int
S2nTicketsInit(
    S2nTlsCtx *ctxPtr,
    const S2nTlsCtxSpec *specPtr,
    S2nErr *errPtr)
{
    SSL_CTX *ctx = ctxPtr->ssl;

    pthread_mutex_init(&ctxPtr->lock, NULL);
    ctxPtr->lockReady = 1;
    if (!specPtr->sessionTickets) {
        return 1;
    }
    ctxPtr->tickets = 1;
    ctxPtr->encryptSecs = specPtr->ticketEncryptSecs;
    ctxPtr->decryptSecs = specPtr->ticketDecryptSecs;
    ctxPtr->buckets = OPENSSL_zalloc(CACHE_BUCKETS * sizeof(S2nCacheEntry *));
    if (ctxPtr->buckets == NULL) {
        S2nErrSet(errPtr, S2N_ERR_ALLOC, NULL);
        return 0;
    }
    if (SSL_CTX_set_tlsext_ticket_key_evp_cb(ctx, TicketKeyCallback) != 1) {
        S2nTlsErrFromQueue(errPtr, S2N_ERR_INTERNAL_LIBCRYPTO_ERROR,
                "cannot install the ticket key callback");
        return 0;
    }
    SSL_CTX_set_session_cache_mode(ctx,
            SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_INTERNAL_STORE);
    SSL_CTX_sess_set_new_cb(ctx, NewSessionCallback);
    return 1;
}

void
S2nTicketsFree(
    S2nTlsCtx *ctxPtr)
{
    int i;

    for (i = 0; i < ctxPtr->numKeys; i++) {
        KeyFree(ctxPtr->keys[i]);
        ctxPtr->keys[i] = NULL;
    }
    ctxPtr->numKeys = 0;
    if (ctxPtr->buckets != NULL) {
        for (i = 0; i < CACHE_BUCKETS; i++) {
            while (ctxPtr->buckets[i] != NULL) {
                S2nCacheEntry *ePtr = ctxPtr->buckets[i];

                ctxPtr->buckets[i] = ePtr->nextPtr;
                EntryFree(ePtr);
            }
        }
        OPENSSL_free(ctxPtr->buckets);
        ctxPtr->buckets = NULL;
    }
    if (ctxPtr->lockReady) {
        pthread_mutex_destroy(&ctxPtr->lock);
        ctxPtr->lockReady = 0;
    }
}

/*
 *----------------------------------------------------------------------
 *
 * Server: the ticket key table. Called with ctxPtr->lock held.
 *
 *----------------------------------------------------------------------
 */

static void
KeysPrune(
    S2nTlsCtx *ctxPtr,
    long long now)
{
    int i = 0;

    while (i < ctxPtr->numKeys) {
        S2nTicketKey *k = ctxPtr->keys[i];

        if (now >= k->intro + ctxPtr->encryptSecs + ctxPtr->decryptSecs) {
            KeyFree(k);
            ctxPtr->keys[i] = ctxPtr->keys[--ctxPtr->numKeys];
            ctxPtr->keys[ctxPtr->numKeys] = NULL;
        } else {
            i++;
        }
    }
}

/*
 * KeysRotate -- makes the next key when none can encrypt or the newest is
 * half-way through its encrypt window (s2n's recommendation).
 */

static void
KeysRotate(
    S2nTlsCtx *ctxPtr,
    long long now)
{
    long long newest = -1;
    S2nTicketKey *k;
    int i;

    for (i = 0; i < ctxPtr->numKeys; i++) {
        if (ctxPtr->keys[i]->intro > newest) {
            newest = ctxPtr->keys[i]->intro;
        }
    }
    if ((newest >= 0 && now - newest < ctxPtr->encryptSecs / 2)
            || ctxPtr->numKeys >= TICKET_KEY_MAX) {
        return;
    }
    k = OPENSSL_secure_zalloc(sizeof(S2nTicketKey));
    if (k == NULL) {
        return;
    }
    if (RAND_bytes(k->name, sizeof(k->name)) != 1
            || RAND_priv_bytes(k->aes, sizeof(k->aes)) != 1
            || RAND_priv_bytes(k->hmac, sizeof(k->hmac)) != 1) {
        KeyFree(k);
        ERR_clear_error();
        return;
    }
    k->intro = now;
    ctxPtr->keys[ctxPtr->numKeys++] = k;
}

/*
 * KeyForEncrypt -- a key in its encrypt window, chosen at random with a
 * weight that rises from its start to the middle of the window and falls
 * after, so traffic moves smoothly from one key to the next.
 */

static S2nTicketKey *
KeyForEncrypt(
    S2nTlsCtx *ctxPtr,
    long long now)
{
    long long weights[TICKET_KEY_MAX], total = 0, pick;
    uint64_t r = 0;
    int i, last = -1;

    KeysPrune(ctxPtr, now);
    KeysRotate(ctxPtr, now);
    for (i = 0; i < ctxPtr->numKeys; i++) {
        long long start = ctxPtr->keys[i]->intro;
        long long end = start + ctxPtr->encryptSecs;

        weights[i] = 0;
        if (now >= start && now < end) {
            long long up = now - start, down = end - now;

            weights[i] = 1 + ((up < down) ? up : down);
            total += weights[i];
            last = i;
        }
    }
    if (last < 0) {
        return NULL;
    }
    if (RAND_bytes((unsigned char *) &r, sizeof(r)) != 1) {
        ERR_clear_error();
    }
    pick = (long long) (r % (uint64_t) total);
    for (i = 0; i < ctxPtr->numKeys; i++) {
        if (pick < weights[i]) {
            return ctxPtr->keys[i];
        }
        pick -= weights[i];
    }
    return ctxPtr->keys[last];
}

static S2nTicketKey *
KeyForDecrypt(
    S2nTlsCtx *ctxPtr,
    const unsigned char *name,
    long long now)
{
    int i;

    KeysPrune(ctxPtr, now);
    for (i = 0; i < ctxPtr->numKeys; i++) {
        S2nTicketKey *k = ctxPtr->keys[i];

        if (memcmp(k->name, name, sizeof(k->name)) == 0 && now >= k->intro) {
            return k;
        }
    }
    return NULL;
}

/*
 *----------------------------------------------------------------------
 *
 * TicketKeyCallback --
 *
 *	OpenSSL's ticket key hook. enc=1: pick a key (0 = issue no ticket, as
 *	s2n with no key in its encrypt window). enc=0: find the key by name
 *	(0 = unknown or expired: full handshake); 1 for TLS 1.2 (no new
 *	ticket after a resumption), 2 for TLS 1.3 (a fresh ticket).
 *
 *----------------------------------------------------------------------
 */

static int
KeyInit(
    const S2nTicketKey *k,
    const unsigned char *iv,
    EVP_CIPHER_CTX *cctx,
    EVP_MAC_CTX *hctx,
    int enc)
{
    OSSL_PARAM params[2];

    params[0] = OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST,
            (char *) "SHA256", 0);
    params[1] = OSSL_PARAM_construct_end();
    if (EVP_CipherInit_ex(cctx, EVP_aes_256_cbc(), NULL, k->aes, iv, enc) != 1
            || EVP_MAC_init(hctx, k->hmac, sizeof(k->hmac), params) != 1) {
        ERR_clear_error();
        return 0;
    }
    return 1;
}

static int
TicketKeyCallback(
    SSL *ssl,
    unsigned char *name,        /* 16 bytes */
    unsigned char *iv,          /* EVP_MAX_IV_LENGTH bytes */
    EVP_CIPHER_CTX *cctx,
    EVP_MAC_CTX *hctx,
    int enc)
{
    S2nConn *connPtr = SSL_get_ex_data(ssl, S2nTlsConnIndex());
    S2nTlsCtx *ctxPtr = connPtr->ctxPtr;
    long long now = (long long) time(NULL);
    S2nTicketKey *k;
    int result = 0;

    pthread_mutex_lock(&ctxPtr->lock);
    if (enc) {
        k = KeyForEncrypt(ctxPtr, now);
        if (k != NULL && RAND_bytes(iv, 16) == 1 && KeyInit(k, iv, cctx, hctx, 1)) {
            long long left = k->intro + ctxPtr->encryptSecs + ctxPtr->decryptSecs - now;

            memcpy(name, k->name, sizeof(k->name));
            /* The lifetime hint: min(key life left, 15 h), as s2n. */
            SSL_SESSION_set_timeout(SSL_get0_session(ssl),
                    (long) ((left < SESSION_STATE_SECS) ? left : SESSION_STATE_SECS));
            result = 1;
        }
    } else {
        k = KeyForDecrypt(ctxPtr, name, now);
        if (k != NULL && KeyInit(k, iv, cctx, hctx, 0)) {
            result = (SSL_version(ssl) >= TLS1_3_VERSION) ? 2 : 1;
        }
    }
    pthread_mutex_unlock(&ctxPtr->lock);
    return result;
}

/*
 *----------------------------------------------------------------------
 *
 * Client: the session cache.
 *
 *----------------------------------------------------------------------
 */

static unsigned
CacheHash(
    const char *key)
{
    unsigned h = 2166136261u;   /* FNV-1a */

    for (; *key != '\0'; key++) {
        h = (h ^ (unsigned char) *key) * 16777619u;
    }
    return h % CACHE_BUCKETS;
}

/*
 * CachePut -- the newest session for key replaces the one before. Takes
 * the reference to sess. Called with the lock held.
 */

static void
CachePut(
    S2nTlsCtx *ctxPtr,
    const char *key,
    SSL_SESSION *sess)
{
    S2nCacheEntry **headPtr = &ctxPtr->buckets[CacheHash(key)];
    S2nCacheEntry *ePtr;

    for (ePtr = *headPtr; ePtr != NULL; ePtr = ePtr->nextPtr) {
        if (strcmp(ePtr->key, key) == 0) {
            SSL_SESSION_free(ePtr->sess);
            ePtr->sess = sess;
            return;
        }
    }
    if (ctxPtr->numEntries >= CACHE_MAX) {
        SSL_SESSION_free(sess);     /* full: keep what we have */
        return;
    }
    ePtr = OPENSSL_zalloc(sizeof(S2nCacheEntry));
    if (ePtr == NULL || (ePtr->key = OPENSSL_strdup(key)) == NULL) {
        OPENSSL_free(ePtr);
        SSL_SESSION_free(sess);
        return;
    }
    ePtr->sess = sess;
    ePtr->nextPtr = *headPtr;
    *headPtr = ePtr;
    ctxPtr->numEntries++;
}

/*
 * NewSessionCallback --
 *	A ticket arrived: keep a copy tied to no connection (OpenSSL marks a
 *	live session unusable when its connection ends without a clean
 *	shutdown) on the connection, for s2n::session, and in the cache.
 *	Returns 0: OpenSSL keeps its own reference to sess.
 */

static int
NewSessionCallback(
    SSL *ssl,
    SSL_SESSION *sess)
{
    S2nConn *connPtr = SSL_get_ex_data(ssl, S2nTlsConnIndex());
    S2nTlsCtx *ctxPtr = connPtr->ctxPtr;
    SSL_SESSION *copy = SSL_SESSION_dup(sess);

    if (copy == NULL) {
        ERR_clear_error();
        return 0;
    }
    SSL_SESSION_free(connPtr->session);
    connPtr->session = copy;
    connPtr->sessionFresh = 1;
    if (connPtr->sessionKey != NULL && SSL_SESSION_up_ref(copy) == 1) {
        pthread_mutex_lock(&ctxPtr->lock);
        CachePut(ctxPtr, connPtr->sessionKey, copy);
        pthread_mutex_unlock(&ctxPtr->lock);
    }
    return 0;
}

/*
 *----------------------------------------------------------------------
 *
 * The connection's side: which key it caches under, what it offers.
 *
 *----------------------------------------------------------------------
 */

void
S2nTlsSetSessionKey(
    S2nConn *connPtr,
    const char *key)
{
    if (!connPtr->ctxPtr->tickets || connPtr->isServer) {
        return;
    }
    OPENSSL_free(connPtr->sessionKey);
    connPtr->sessionKey = OPENSSL_strdup(key);
}

/*
 * ConnUseSession -- offers a copy of sess (each connection its own: a
 * TLS 1.3 resumption marks the object it used). Keeps it as the newest
 * known session until a ticket arrives. Takes the reference to sess.
 */

static int
ConnUseSession(
    S2nConn *connPtr,
    SSL_SESSION *sess)
{
    SSL_SESSION *copy = SSL_SESSION_dup(sess);
    int ok = (copy != NULL && SSL_set_session(connPtr->ssl, copy) == 1);

    ERR_clear_error();
    if (ok && connPtr->session == NULL) {
        connPtr->session = copy;
    } else {
        SSL_SESSION_free(copy);
    }
    SSL_SESSION_free(sess);
    return ok;
}

/*
 * S2nTlsSetSession -- a blob from s2n::session, to resume with.
 */

int
S2nTlsSetSession(
    S2nConn *connPtr,
    const unsigned char *der,
    size_t len,
    S2nErr *errPtr)
{
    const unsigned char *p = der;
    SSL_SESSION *sess = connPtr->isServer ? NULL
            : d2i_SSL_SESSION(NULL, &p, (long) len);

    ERR_clear_error();
    /* A TLS 1.2 ticket is offered only with the ticket extension on. */
    SSL_clear_options(connPtr->ssl, SSL_OP_NO_TICKET);
    if (sess == NULL || !ConnUseSession(connPtr, sess)) {
        S2nErrSet(errPtr, S2N_ERR_INVALID_SERIALIZED_SESSION_STATE, "%s",
                connPtr->isServer ? "-session is for clients"
                : "-session: not a session saved by s2n::session");
        return 0;
    }
    connPtr->sessionSet = 1;
    return 1;
}

/*
 * S2nTlsOfferSession -- before the first flight: the cached session for
 * this connection's key, unless one was set explicitly.
 */

void
S2nTlsOfferSession(
    S2nConn *connPtr)
{
    S2nTlsCtx *ctxPtr = connPtr->ctxPtr;
    S2nCacheEntry *ePtr;
    SSL_SESSION *sess = NULL;

    if (connPtr->sessionSet || connPtr->sessionKey == NULL || !ctxPtr->tickets) {
        return;
    }
    connPtr->sessionSet = 1;
    pthread_mutex_lock(&ctxPtr->lock);
    for (ePtr = ctxPtr->buckets[CacheHash(connPtr->sessionKey)]; ePtr != NULL;
            ePtr = ePtr->nextPtr) {
        if (strcmp(ePtr->key, connPtr->sessionKey) == 0
                && SSL_SESSION_up_ref(ePtr->sess) == 1) {
            sess = ePtr->sess;
            break;
        }
    }
    pthread_mutex_unlock(&ctxPtr->lock);
    if (sess != NULL) {
        ConnUseSession(connPtr, sess);
    }
}

/*
 * S2nTlsGetSession -- the newest session of this connection (a ticket it
 * received, or the one it resumed), serialised (OUT: caller frees with
 * S2nTlsFreeSession), or NULL.
 */

unsigned char *
S2nTlsGetSession(
    S2nConn *connPtr,
    size_t *lenPtr)
{
    unsigned char *der, *p;
    int len;

    *lenPtr = 0;
    if (connPtr->session == NULL
            || !(connPtr->sessionFresh || SSL_session_reused(connPtr->ssl))
            || (len = i2d_SSL_SESSION(connPtr->session, NULL)) <= 0
            || (der = OPENSSL_malloc((size_t) len)) == NULL) {
        ERR_clear_error();
        return NULL;
    }
    p = der;
    i2d_SSL_SESSION(connPtr->session, &p);
    *lenPtr = (size_t) len;
    return der;
}

void
S2nTlsFreeSession(
    unsigned char *der,
    size_t len)
{
    OPENSSL_clear_free(der, len);
}
