/*
 * tls.c --
 *
 *	The engine boundary: one TLS connection over OpenSSL that does no
 *	I/O of its own. Ciphertext from the peer is fed into conn->in, the
 *	ciphertext OpenSSL produces collects in conn->out, and the channel
 *	driver moves both. SSL_get_error is mapped in exactly one place
 *	(ConnResult) and the first failure sticks to the connection.
 */

#include <errno.h>
#include <pthread.h>
#include <string.h>
#include <arpa/inet.h>
#include "tlsInt.h"

/*
 * Record sizes (research/s2n-semantics.md section 2): s2n's
 * prefer_throughput, prefer_low_latency, and the dynamic threshold after
 * which "auto" switches from segment-sized to full records.
 */

#define RECORD_THROUGHPUT   16384
#define RECORD_LATENCY      1435
#define DYNAMIC_THRESHOLD   (128 * 1024)
#define DYNAMIC_IDLE_NS     1000000000LL

/*
 * Smallest read space offered to the channel driver: several full records
 * per read (a plain socket's reads are as large as Tcl's buffer).
 */
#define IN_CHUNK            (64 * 1024)

static BIO_METHOD *connBioMethod;
static pthread_once_t bioOnce = PTHREAD_ONCE_INIT;

static S2nIoResult  ConnResult(S2nConn *connPtr, int ret, const char *what);
static void         ConnReleaseBuffers(S2nConn *connPtr);

/*
 *----------------------------------------------------------------------
 *
 * Byte queues.
 *
 *----------------------------------------------------------------------
 */

static int
BufReserve(
    S2nBuf *bufPtr,
    size_t need)                /* bytes that must fit after end */
{
    size_t used = bufPtr->end - bufPtr->start;
    size_t cap;
    unsigned char *data;

    if (bufPtr->cap - bufPtr->end >= need) {
        return 1;
    }
    if (bufPtr->start > 0 && bufPtr->cap - used >= need) {
        memmove(bufPtr->data, bufPtr->data + bufPtr->start, used);
        bufPtr->start = 0;
        bufPtr->end = used;
        return 1;
    }
    cap = bufPtr->cap ? bufPtr->cap : 4096;
    while (cap - used < need) {
        if (cap > ((size_t) -1) / 2) {
            return 0;
        }
        cap *= 2;
    }
    data = OPENSSL_malloc(cap);
    if (data == NULL) {
        return 0;
    }
    if (used > 0) {
        memcpy(data, bufPtr->data + bufPtr->start, used);
    }
    OPENSSL_free(bufPtr->data);
    bufPtr->data = data;
    bufPtr->start = 0;
    bufPtr->end = used;
    bufPtr->cap = cap;
    return 1;
}

static void
BufConsume(
    S2nBuf *bufPtr,
    size_t len)
{
    bufPtr->start += len;
    if (bufPtr->start >= bufPtr->end) {
        /* Empty: give the memory back so idle connections stay small. */
        S2nBufFree(bufPtr);
    }
}

void
S2nBufFree(
    S2nBuf *bufPtr)
{
    OPENSSL_free(bufPtr->data);
    bufPtr->data = NULL;
    bufPtr->start = bufPtr->end = bufPtr->cap = 0;
}

/*
 *----------------------------------------------------------------------
 *
 * The BIO between OpenSSL and the two byte queues. Reads that find the
 * input queue empty ask to be retried (WANT_READ); writes always succeed.
 *
 *----------------------------------------------------------------------
 */

static int
ConnBioRead(
    BIO *bio,
    char *buf,
    int len)
{
    S2nConn *connPtr = BIO_get_data(bio);
    size_t avail = connPtr->in.end - connPtr->in.start;

    BIO_clear_retry_flags(bio);
    if (avail == 0) {
        BIO_set_retry_read(bio);
        return -1;
    }
    if ((size_t) len > avail) {
        len = (int) avail;
    }
    memcpy(buf, connPtr->in.data + connPtr->in.start, (size_t) len);
    BufConsume(&connPtr->in, (size_t) len);
    return len;
}

static int
ConnBioWrite(
    BIO *bio,
    const char *buf,
    int len)
{
    S2nConn *connPtr = BIO_get_data(bio);

    BIO_clear_retry_flags(bio);
    if (len <= 0) {
        return 0;
    }
    if (!BufReserve(&connPtr->out, (size_t) len)) {
        return -1;
    }
    memcpy(connPtr->out.data + connPtr->out.end, buf, (size_t) len);
    connPtr->out.end += (size_t) len;
    return len;
}

static long
ConnBioCtrl(
    BIO *bio,
    int cmd,
    long num,
    void *ptr)
{
    S2nConn *connPtr = BIO_get_data(bio);

    (void) num;
    (void) ptr;
    switch (cmd) {
    case BIO_CTRL_FLUSH:
        return 1;
    case BIO_CTRL_PENDING:
        return (long) (connPtr->in.end - connPtr->in.start);
    case BIO_CTRL_WPENDING:
        return (long) (connPtr->out.end - connPtr->out.start);
    default:
        return 0;
    }
}

static int
ConnBioCreate(
    BIO *bio)
{
    BIO_set_init(bio, 1);
    return 1;
}

static void
BioMethodInit(void)
{
    BIO_METHOD *m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK,
            "s2n-tcl");

    if (m != NULL) {
        BIO_meth_set_read(m, ConnBioRead);
        BIO_meth_set_write(m, ConnBioWrite);
        BIO_meth_set_ctrl(m, ConnBioCtrl);
        BIO_meth_set_create(m, ConnBioCreate);
    }
    connBioMethod = m;
}

/*
 *----------------------------------------------------------------------
 *
 * S2nTlsConnNew --
 *
 *	A connection in client or server role on a shared context. A
 *	client's serverName is sent as SNI (not for IP literals, RFC 6066
 *	section 3) and checked against the certificate when verifying.
 *
 * Results:
 *	The connection (OUT, caller frees with S2nTlsConnFree), or NULL with
 *	errPtr set.
 *
 *----------------------------------------------------------------------
 */

static int
ConnSetPeerName(
    S2nConn *connPtr,
    const char *name,
    S2nErr *errPtr)
{
    SSL *ssl = connPtr->ssl;
    unsigned char addr[16];
    int isIp = (inet_pton(AF_INET, name, addr) == 1
            || inet_pton(AF_INET6, name, addr) == 1);

    if (*name == '\0') {
        return 1;
    }
    /* A name replaces an earlier IP address, and the other way round. */
    SSL_set1_host(ssl, NULL);
    X509_VERIFY_PARAM_set1_ip(SSL_get0_param(ssl), NULL, 0);
    if (isIp) {
        SSL_set_tlsext_host_name(ssl, NULL);
    }
    if (!isIp && SSL_set_tlsext_host_name(ssl, name) != 1) {
        S2nTlsErrFromQueue(errPtr, S2N_ERR_SERVER_NAME_TOO_LONG,
                "bad -servername");
        return 0;
    }
    if (!connPtr->ctxPtr->verify) {
        return 1;
    }
    if (isIp) {
        if (X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), name) != 1) {
            S2nTlsErrFromQueue(errPtr, S2N_ERR_INVALID_ARGUMENT,
                    "bad -servername");
            return 0;
        }
        return 1;
    }
    SSL_set_hostflags(ssl, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    if (SSL_set1_host(ssl, name) != 1) {
        S2nTlsErrFromQueue(errPtr, S2N_ERR_INVALID_ARGUMENT, "bad -servername");
        return 0;
    }
    return 1;
}

S2nConn *
S2nTlsConnNew(
    S2nTlsCtx *ctxPtr,          /* a ref is taken */
    int isServer,
    const char *serverName,     /* client: SNI and name to verify, or NULL */
    S2nErr *errPtr)
{
    S2nConn *connPtr = OPENSSL_zalloc(sizeof(S2nConn));
    S2nConn *result = NULL;

    if (connPtr == NULL) {
        S2nErrSet(errPtr, S2N_ERR_ALLOC, NULL);
        return NULL;
    }
    pthread_once(&bioOnce, BioMethodInit);
    S2nTlsCtxRetain(ctxPtr);
    connPtr->ctxPtr = ctxPtr;
    connPtr->isServer = isServer;
    connPtr->ssl = SSL_new(ctxPtr->ssl);
    connPtr->bio = (connBioMethod != NULL) ? BIO_new(connBioMethod) : NULL;
    if (connPtr->ssl == NULL || connPtr->bio == NULL) {
        S2nTlsErrFromQueue(errPtr, S2N_ERR_ALLOC, "cannot create connection");
        BIO_free(connPtr->bio);
        connPtr->bio = NULL;
        goto done;
    }
    BIO_set_data(connPtr->bio, connPtr);
    SSL_set_bio(connPtr->ssl, connPtr->bio, connPtr->bio);  /* ssl owns it */
    SSL_set_ex_data(connPtr->ssl, S2nTlsConnIndex(), connPtr);
    if (isServer) {
        SSL_set_accept_state(connPtr->ssl);
    } else {
        SSL_set_connect_state(connPtr->ssl);
        if (ctxPtr->verify) {
            SSL_set_verify(connPtr->ssl, SSL_VERIFY_PEER, S2nTlsVerifyPeer);
        }
        if (serverName != NULL && *serverName != '\0') {
            if (!ConnSetPeerName(connPtr, serverName, errPtr)) {
                goto done;
            }
        } else if (ctxPtr->verify) {
            connPtr->noServerName = 1;
        }
    }
    S2nTlsSetPrefer(connPtr, S2N_PREFER_AUTO);
    result = connPtr;
    connPtr = NULL;

  done:
    if (connPtr != NULL) {
        S2nTlsConnFree(connPtr);
    }
    return result;
}

/*
 * S2nTlsConnFree -- frees the connection; buffers are wiped first.
 */

void
S2nTlsConnFree(
    S2nConn *connPtr)
{
    if (connPtr == NULL) {
        return;
    }
    SSL_free(connPtr->ssl);     /* frees the BIO too */
    connPtr->ssl = NULL;
    if (connPtr->in.data != NULL) {
        OPENSSL_cleanse(connPtr->in.data, connPtr->in.cap);
    }
    S2nBufFree(&connPtr->in);
    S2nBufFree(&connPtr->out);
    S2nErrClear(&connPtr->err);
    OPENSSL_free(connPtr->sessionKey);
    OPENSSL_free(connPtr->sniReceived);
    SSL_SESSION_free(connPtr->session);
    S2nTlsCtxRelease(connPtr->ctxPtr);
    connPtr->ctxPtr = NULL;
    OPENSSL_free(connPtr);
}

/*
 * S2nTlsSetServerName -- a client's name, changed before the handshake.
 * Returns 1, or 0 with the connection's error set.
 */

int
S2nTlsSetServerName(
    S2nConn *connPtr,
    const char *name)
{
    if (!ConnSetPeerName(connPtr, name, &connPtr->err)) {
        return 0;
    }
    connPtr->noServerName = (*name == '\0' && connPtr->ctxPtr->verify);
    return 1;
}

/*
 *----------------------------------------------------------------------
 *
 * S2nTlsHandshake --
 *
 *	Advances the handshake as far as the buffered ciphertext allows.
 *
 * Results:
 *	DONE, WANT_READ (feed more), or ERROR.
 *
 *----------------------------------------------------------------------
 */

S2nIoResult
S2nTlsHandshake(
    S2nConn *connPtr)
{
    S2nIoResult res;

    if (connPtr->err.code != S2N_ERR_OK) {
        return S2N_IO_ERROR;
    }
    if (SSL_is_init_finished(connPtr->ssl)) {
        return S2N_IO_DONE;
    }
    if (connPtr->noServerName) {
        /* s2n rejects every certificate when no server name was set. */
        S2nErrSet(&connPtr->err, S2N_ERR_CERT_UNTRUSTED,
                "certificate verify failed: no -servername to check the "
                "server's certificate against (give -servername host, or "
                "-config {verify 0} to skip verification)");
        return S2N_IO_ERROR;
    }
    if (!connPtr->isServer) {
        S2nTlsOfferSession(connPtr);    /* once, before the first flight */
    }
    res = ConnResult(connPtr, SSL_do_handshake(connPtr->ssl), "TLS handshake failed");
    if (res == S2N_IO_DONE) {
        ConnReleaseBuffers(connPtr);
    }
    return res;
}

int
S2nTlsHandshakeDone(
    S2nConn *connPtr)
{
    return SSL_is_init_finished(connPtr->ssl);
}

/*
 * ConnReleaseBuffers --
 *	Gives OpenSSL's record buffers (about 17 KiB each way) back when no
 *	record is half-read, so an idle connection stays small.
 *	SSL_MODE_RELEASE_BUFFERS does the same after every record, but with
 *	SSL_OP_CLEANSE_PLAINTEXT it then wipes the whole 17 KiB each time;
 *	the plaintext in it was already wiped as the application took it,
 *	so the release skips that.
 */

static void
ConnReleaseBuffers(
    S2nConn *connPtr)
{
    if (SSL_has_pending(connPtr->ssl)) {
        return;
    }
    SSL_clear_options(connPtr->ssl, SSL_OP_CLEANSE_PLAINTEXT);
    SSL_free_buffers(connPtr->ssl);
    SSL_set_options(connPtr->ssl, SSL_OP_CLEANSE_PLAINTEXT);
}

/*
 *----------------------------------------------------------------------
 *
 * S2nTlsRead --
 *
 *	Decrypts up to len bytes of application data, across as many records
 *	as are buffered (TclTLS returns one record per call).
 *
 * Results:
 *	DONE with *gotPtr > 0; WANT_READ when nothing is decrypted yet; EOF
 *	after close_notify; ERROR.
 *
 *----------------------------------------------------------------------
 */

S2nIoResult
S2nTlsRead(
    S2nConn *connPtr,
    char *buf,
    size_t len,
    size_t *gotPtr)             /* OUT: bytes stored in buf */
{
    size_t got = 0;
    S2nIoResult res = S2N_IO_DONE;

    *gotPtr = 0;
    if (connPtr->err.code != S2N_ERR_OK) {
        return S2N_IO_ERROR;
    }
    if (connPtr->closeNotifyReceived) {
        return S2N_IO_EOF;
    }
    while (got < len) {
        size_t n = 0, before = connPtr->in.end - connPtr->in.start;
        int ret = SSL_read_ex(connPtr->ssl, buf + got, len - got, &n);

        if (ret == 1) {
            got += n;
            continue;
        }
        res = ConnResult(connPtr, 0, "TLS read failed");
        /*
         * Without AUTO_RETRY a record that is not application data (a
         * TLS 1.3 ticket, a KeyUpdate) ends the read with WANT_READ even
         * when more records are buffered: go on while input is consumed.
         */
        if (res == S2N_IO_WANT_READ && connPtr->in.end > connPtr->in.start
                && connPtr->in.end - connPtr->in.start < before) {
            continue;
        }
        break;
    }
    *gotPtr = got;
    ConnReleaseBuffers(connPtr);
    /* Data first: a failure after it is sticky and shows on the next call. */
    return (got > 0) ? S2N_IO_DONE : res;
}

/*
 *----------------------------------------------------------------------
 *
 * S2nTlsWrite --
 *
 *	Encrypts all of buf into the output queue, with records sized by the
 *	-prefer mode. "auto" is s2n's dynamic sizing: segment-sized records
 *	for the first 128 KiB and after one idle second, then full ones.
 *
 * Results:
 *	DONE or ERROR.
 *
 *----------------------------------------------------------------------
 */

/*
 * ConnSetFragment -- records of at most frag plaintext bytes. OpenSSL
 * splits writes at split_send_fragment; max_send_fragment stays at 16384
 * because it sizes the write buffer when that is allocated, and a buffer
 * made while records were small is too small for larger ones later.
 */

static void
ConnSetFragment(
    S2nConn *connPtr,
    int frag)
{
    SSL_set_split_send_fragment(connPtr->ssl, (long) frag);
    connPtr->curFragment = frag;
}

static int
DynamicSmallRecord(
    S2nConn *connPtr)
{
    const SSL_CIPHER *c = SSL_get_current_cipher(connPtr->ssl);
    int nid;

    /* s2n: 1500 - IP 20 - TCP 20 - options 40 - header 5, less overhead. */
    if (SSL_version(connPtr->ssl) >= TLS1_3_VERSION || c == NULL) {
        return 1398;
    }
    nid = SSL_CIPHER_get_cipher_nid(c);
    if (nid == NID_chacha20_poly1305) {
        return 1399;
    }
    if (SSL_CIPHER_is_aead(c)) {
        return 1391;
    }
    return (SSL_CIPHER_get_digest_nid(c) == NID_sha1) ? 1371 : 1359;
}

static size_t
WriteChunkSize(
    S2nConn *connPtr,
    size_t len)
{
    struct timespec now;
    long long idle;
    int frag;

    if (connPtr->prefer != S2N_PREFER_AUTO) {
        return len;
    }
    clock_gettime(CLOCK_MONOTONIC, &now);
    idle = (now.tv_sec - connPtr->lastWrite.tv_sec) * 1000000000LL
            + (now.tv_nsec - connPtr->lastWrite.tv_nsec);
    if (idle >= DYNAMIC_IDLE_NS) {
        connPtr->dynBytes = 0;
    }
    connPtr->lastWrite = now;
    if (connPtr->dynBytes >= DYNAMIC_THRESHOLD) {
        frag = RECORD_THROUGHPUT;
    } else {
        /*
         * One record at a time while under the threshold: s2n sizes each
         * record by the bytes sent before it, so the one that crosses the
         * threshold is still a small one.
         */
        frag = DynamicSmallRecord(connPtr);
        if (len > (size_t) frag) {
            len = (size_t) frag;
        }
    }
    if (frag != connPtr->curFragment) {
        ConnSetFragment(connPtr, frag);
    }
    return len;
}

S2nIoResult
S2nTlsWrite(
    S2nConn *connPtr,
    const char *buf,
    size_t len)
{
    if (connPtr->err.code != S2N_ERR_OK) {
        return S2N_IO_ERROR;
    }
    while (len > 0) {
        size_t chunk = WriteChunkSize(connPtr, len);
        size_t n = 0;

        if (SSL_write_ex(connPtr->ssl, buf, chunk, &n) != 1) {
            S2nIoResult res = ConnResult(connPtr, 0, "TLS write failed");

            return (res == S2N_IO_ERROR) ? res : S2N_IO_WANT_WRITE;
        }
        connPtr->dynBytes += n;
        buf += n;
        len -= n;
    }
    ConnReleaseBuffers(connPtr);
    return S2N_IO_DONE;
}

/*
 * S2nTlsSetPrefer -- record sizing mode (DESIGN.md section 4).
 */

void
S2nTlsSetPrefer(
    S2nConn *connPtr,
    S2nPrefer prefer)
{
    int frag = RECORD_THROUGHPUT;

    connPtr->prefer = prefer;
    switch (prefer) {
    case S2N_PREFER_LATENCY:
        frag = RECORD_LATENCY;
        break;
    case S2N_PREFER_THROUGHPUT:
        frag = RECORD_THROUGHPUT;
        break;
    case S2N_PREFER_AUTO:
        connPtr->dynBytes = 0;
        frag = DynamicSmallRecord(connPtr);
        break;
    }
    ConnSetFragment(connPtr, frag);
}

/*
 *----------------------------------------------------------------------
 *
 * S2nTlsShutdown --
 *
 *	Queues our close_notify (once) and notes whether the peer's has
 *	arrived.
 *
 * Results:
 *	DONE when both close_notify alerts have been seen, WANT_READ while
 *	the peer's is outstanding, ERROR.
 *
 *----------------------------------------------------------------------
 */

S2nIoResult
S2nTlsShutdown(
    S2nConn *connPtr)
{
    int ret;

    if (!SSL_is_init_finished(connPtr->ssl)) {
        return S2N_IO_DONE;     /* nothing to close politely */
    }
    if (connPtr->err.code != S2N_ERR_OK && !connPtr->closeNotifyReceived) {
        return S2N_IO_ERROR;
    }
    ret = SSL_shutdown(connPtr->ssl);
    connPtr->closeNotifySent = 1;
    if (ret == 1) {
        connPtr->closeNotifyReceived = 1;
        return S2N_IO_DONE;
    }
    if (ret == 0) {
        return S2N_IO_WANT_READ;
    }
    if (SSL_get_error(connPtr->ssl, ret) == SSL_ERROR_WANT_READ) {
        return S2N_IO_WANT_READ;
    }
    ERR_clear_error();
    return connPtr->closeNotifyReceived ? S2N_IO_DONE : S2N_IO_WANT_READ;
}

int
S2nTlsCloseNotifyReceived(
    S2nConn *connPtr)
{
    return connPtr->closeNotifyReceived;
}

/*
 *----------------------------------------------------------------------
 *
 * ConnResult --
 *
 *	The one place SSL_get_error is mapped to S2nIoResult. Failures are
 *	recorded with an s2n error name (research/s2n-semantics.md
 *	section 5) and the error queue is cleared.
 *
 *----------------------------------------------------------------------
 */

static S2nErrCode
ReasonToCode(
    int reason)
{
    if (reason >= SSL_AD_REASON_OFFSET && reason < SSL_AD_REASON_OFFSET + 256) {
        return S2N_ERR_ALERT;   /* a fatal alert from the peer */
    }
    switch (reason) {
    case SSL_R_NO_SHARED_CIPHER:
        return S2N_ERR_CIPHER_NOT_SUPPORTED;
    case SSL_R_UNSUPPORTED_PROTOCOL:
    case SSL_R_NO_PROTOCOLS_AVAILABLE:
    case SSL_R_UNKNOWN_PROTOCOL:
        return S2N_ERR_PROTOCOL_VERSION_UNSUPPORTED;
    case SSL_R_DECRYPTION_FAILED_OR_BAD_RECORD_MAC:
    case SSL_R_DECRYPTION_FAILED:
        return S2N_ERR_DECRYPT;
    case SSL_R_INAPPROPRIATE_FALLBACK:
        return S2N_ERR_FALLBACK_DETECTED;
    case SSL_R_NO_SHARED_SIGNATURE_ALGORITHMS:
    case SSL_R_NO_SUITABLE_SIGNATURE_ALGORITHM:
        return S2N_ERR_NO_VALID_SIGNATURE_SCHEME;
    case SSL_R_NO_SUITABLE_KEY_SHARE:
    case SSL_R_NO_SHARED_GROUPS:
        return S2N_ERR_ECDHE_UNSUPPORTED_CURVE;
    case SSL_R_NO_APPLICATION_PROTOCOL:
        return S2N_ERR_NO_APPLICATION_PROTOCOL;
    case SSL_R_PEER_DID_NOT_RETURN_A_CERTIFICATE:
        return S2N_ERR_MISSING_CLIENT_CERT;
    case SSL_R_UNEXPECTED_EOF_WHILE_READING:
        return S2N_ERR_CLOSED;
    case SSL_R_NO_RENEGOTIATION:
    case SSL_R_UNSAFE_LEGACY_RENEGOTIATION_DISABLED:
        return S2N_ERR_NO_RENEGOTIATION;
    default:
        return S2N_ERR_BAD_MESSAGE;
    }
}

static void
ConnRecordSslError(
    S2nConn *connPtr,
    const char *what)
{
    unsigned long e = ERR_peek_error();
    long verifyResult = SSL_get_verify_result(connPtr->ssl);

    if (ERR_GET_LIB(e) == ERR_LIB_SSL
            && ERR_GET_REASON(e) == SSL_R_CERTIFICATE_VERIFY_FAILED
            && verifyResult != X509_V_OK) {
        S2nTlsVerifyFailure(connPtr, verifyResult);
    } else if (ERR_GET_LIB(e) == ERR_LIB_SSL) {
        S2nErrCode code = ReasonToCode(ERR_GET_REASON(e));
        const char *reason = ERR_reason_error_string(e);

        if (code == S2N_ERR_ALERT) {
            S2nErrSet(&connPtr->err, code, "%s: the peer sent %s", what,
                    reason ? reason : "a fatal alert");
        } else {
            S2nErrSet(&connPtr->err, code, "%s: %s", what,
                    reason ? reason : "protocol error");
        }
    } else {
        S2nTlsErrFromQueue(&connPtr->err, S2N_ERR_INTERNAL_LIBCRYPTO_ERROR,
                what);
    }
    ERR_clear_error();
}

static S2nIoResult
ConnResult(
    S2nConn *connPtr,
    int ret,
    const char *what)
{
    int sslErr = SSL_get_error(connPtr->ssl, ret);

    switch (sslErr) {
    case SSL_ERROR_NONE:
        return S2N_IO_DONE;
    case SSL_ERROR_WANT_READ:
        return S2N_IO_WANT_READ;
    case SSL_ERROR_WANT_WRITE:
        return S2N_IO_WANT_WRITE;
    case SSL_ERROR_ZERO_RETURN:
        connPtr->closeNotifyReceived = 1;
        return S2N_IO_EOF;
    case SSL_ERROR_SSL:
        ConnRecordSslError(connPtr, what);
        return S2N_IO_ERROR;
    case SSL_ERROR_SYSCALL:
        S2nTlsErrFromQueue(&connPtr->err, S2N_ERR_IO, what);
        return S2N_IO_ERROR;
    default:
        S2nTlsErrFromQueue(&connPtr->err, S2N_ERR_INTERNAL_LIBCRYPTO_ERROR,
                what);
        return S2N_IO_ERROR;
    }
}

/*
 *----------------------------------------------------------------------
 *
 * Ciphertext queues, as seen by the channel driver.
 *
 *----------------------------------------------------------------------
 */

char *
S2nTlsInSpace(
    S2nConn *connPtr,
    size_t *lenPtr)             /* OUT: bytes that may be stored */
{
    if (!BufReserve(&connPtr->in, IN_CHUNK)) {
        *lenPtr = 0;
        return NULL;
    }
    *lenPtr = connPtr->in.cap - connPtr->in.end;
    return (char *) connPtr->in.data + connPtr->in.end;
}

void
S2nTlsInCommit(
    S2nConn *connPtr,
    size_t len)
{
    connPtr->in.end += len;
    if (connPtr->in.start == connPtr->in.end) {
        S2nBufFree(&connPtr->in);
    }
}

const char *
S2nTlsInBuffered(
    S2nConn *connPtr,
    size_t *lenPtr)
{
    *lenPtr = connPtr->in.end - connPtr->in.start;
    /* An empty queue has no buffer: no arithmetic on NULL (C11 6.5.6). */
    return (*lenPtr > 0) ? (const char *) connPtr->in.data + connPtr->in.start : "";
}

void
S2nTlsInDiscard(
    S2nConn *connPtr)
{
    S2nBufFree(&connPtr->in);
}

const char *
S2nTlsOutData(
    S2nConn *connPtr,
    size_t *lenPtr)
{
    *lenPtr = connPtr->out.end - connPtr->out.start;
    return (*lenPtr > 0) ? (const char *) connPtr->out.data + connPtr->out.start : "";
}

void
S2nTlsOutConsume(
    S2nConn *connPtr,
    size_t len)
{
    BufConsume(&connPtr->out, len);
}

/*
 * S2nTlsPending -- 1 if decrypted or undecrypted input waits in the engine.
 */

int
S2nTlsPending(
    S2nConn *connPtr)
{
    return SSL_has_pending(connPtr->ssl) || connPtr->in.end > connPtr->in.start;
}

const S2nErr *
S2nTlsConnErr(
    S2nConn *connPtr)
{
    return &connPtr->err;
}

/*
 * S2nTlsConnFail -- the driver records a failure seen below the engine
 * (I/O error, EOF without close_notify, timeout).
 */

void
S2nTlsConnFail(
    S2nConn *connPtr,
    S2nErrCode code,
    const char *msg)
{
    S2nErrSet(&connPtr->err, code, "%s", msg);
}
