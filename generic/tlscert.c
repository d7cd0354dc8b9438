/*
 * tlscert.c --
 *
 *	Certificate chains and keys of a config: loaded once into the shared
 *	context. A server may hold several; as s2n does, the ClientHello's
 *	SNI picks the chains whose names match (exact names before
 *	wildcards), the client's signature algorithms pick among their key
 *	types, and without a match the first chain of each key type serves.
 */

#include <string.h>
#include <strings.h>
#include <openssl/pem.h>
#include "tlsInt.h"

struct S2nCertEntry {
    X509 *leaf;                 /* owned */
    STACK_OF(X509) *chain;      /* owned: intermediates, maybe empty */
    EVP_PKEY *key;              /* owned */
    int keyType;                /* EVP_PKEY_base_id */
    char **names;               /* owned: DNS SANs (or the CN), lowercase */
    int numNames;
};

static int  CertHelloCallback(SSL *ssl, int *alert, void *arg);

static void
EntryClear(
    S2nCertEntry *e)
{
    int i;

    X509_free(e->leaf);
    sk_X509_pop_free(e->chain, X509_free);
    EVP_PKEY_free(e->key);
    for (i = 0; i < e->numNames; i++) {
        OPENSSL_free(e->names[i]);
    }
    OPENSSL_free(e->names);
    memset(e, 0, sizeof(*e));
}

void
S2nCertsFree(
    S2nTlsCtx *ctxPtr)
{
    int i;

    for (i = 0; i < ctxPtr->numCerts; i++) {
        EntryClear(&ctxPtr->certs[i]);
    }
    OPENSSL_free(ctxPtr->certs);
    ctxPtr->certs = NULL;
    ctxPtr->numCerts = 0;
}

/*
 * EntryAddName -- one lowercase name the certificate serves.
 */

static void
EntryAddName(
    S2nCertEntry *e,
    const unsigned char *data,
    int len)
{
    char **names = OPENSSL_realloc(e->names, (size_t) (e->numNames + 1) * sizeof(char *));
    char *name;
    int i;

    if (names == NULL) {
        return;
    }
    e->names = names;
    if (len <= 0 || (name = OPENSSL_malloc((size_t) len + 1)) == NULL) {
        return;
    }
    for (i = 0; i < len; i++) {
        name[i] = (char) ((data[i] >= 'A' && data[i] <= 'Z') ? data[i] + 32 : data[i]);
    }
    name[len] = '\0';
    e->names[e->numNames++] = name;
}

static void
EntryNames(
    S2nCertEntry *e)
{
    GENERAL_NAMES *sans = X509_get_ext_d2i(e->leaf, NID_subject_alt_name, NULL, NULL);
    X509_NAME *subj = X509_get_subject_name(e->leaf);
    int i;

    for (i = 0; sans != NULL && i < sk_GENERAL_NAME_num(sans); i++) {
        GENERAL_NAME *gn = sk_GENERAL_NAME_value(sans, i);

        if (gn->type == GEN_DNS) {
            EntryAddName(e, ASN1_STRING_get0_data(gn->d.dNSName),
                    ASN1_STRING_length(gn->d.dNSName));
        }
    }
    GENERAL_NAMES_free(sans);
    if (e->numNames == 0) {
        /* No DNS SAN: s2n falls back to the CN. */
        i = X509_NAME_get_index_by_NID(subj, NID_commonName, -1);
        if (i >= 0) {
            ASN1_STRING *cn = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subj, i));

            EntryAddName(e, ASN1_STRING_get0_data(cn), ASN1_STRING_length(cn));
        }
    }
}

/*
 *----------------------------------------------------------------------
 *
 * EntryLoad --
 *
 *	Reads one chain and key (PEM text or files) into e, checking that
 *	they belong together. Messages start with where the entry came from
 *	("config key ", "config key certificates: entry 2: ").
 *
 *----------------------------------------------------------------------
 */

static BIO *
PemSource(
    const char *pem,
    const char *file)
{
    return (file != NULL) ? BIO_new_file(file, "r") : BIO_new_mem_buf(pem, -1);
}

static int
EntryLoadChain(
    S2nCertEntry *e,
    const S2nCertSpec *c,
    S2nErr *errPtr)
{
    const char *what = c->chainFile ? "cert_chain_file" : "cert_chain";
    BIO *bio = PemSource(c->chainPem, c->chainFile);
    X509 *x = NULL;
    char msg[160];
    int code = 0;

    e->chain = sk_X509_new_null();
    if (bio == NULL || e->chain == NULL
            || (e->leaf = PEM_read_bio_X509_AUX(bio, NULL, NULL, NULL)) == NULL) {
        snprintf(msg, sizeof(msg), "%s%s: no certificate in PEM", c->where, what);
        S2nTlsErrFromQueue(errPtr, S2N_ERR_NO_CERTIFICATE_IN_PEM, msg);
        goto done;
    }
    while ((x = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL) {
        if (!sk_X509_push(e->chain, x)) {
            X509_free(x);
            S2nErrSet(errPtr, S2N_ERR_ALLOC, NULL);
            goto done;
        }
    }
    ERR_clear_error();          /* the loop ends on "no start line" */
    code = 1;

  done:
    BIO_free(bio);
    return code;
}

/*
 * NoPassPhrase -- OpenSSL's pass phrase callback: there is none to give
 * (without it OpenSSL would prompt on the terminal). Notes that one was
 * asked for.
 */

static int
NoPassPhrase(
    char *buf,
    int size,
    int rwflag,
    void *data)
{
    (void) buf;
    (void) size;
    (void) rwflag;
    *(int *) data = 1;
    return -1;
}

static int
EntryLoad(
    S2nCertEntry *e,
    const S2nCertSpec *c,
    S2nErr *errPtr)
{
    const char *what = c->keyFile ? "private_key_file" : "private_key";
    int encrypted = 0;
    BIO *bio;
    char msg[160];

    if (!EntryLoadChain(e, c, errPtr)) {
        return 0;
    }
    bio = PemSource(c->keyPem, c->keyFile);
    e->key = (bio != NULL) ? PEM_read_bio_PrivateKey(bio, NULL, NoPassPhrase, &encrypted)
            : NULL;
    BIO_free(bio);
    if (e->key == NULL) {
        snprintf(msg, sizeof(msg), "%s%s: %s", c->where, what, encrypted
                ? "the key is encrypted; give it without a pass phrase"
                : "cannot decode private key");
        S2nTlsErrFromQueue(errPtr, S2N_ERR_DECODE_PRIVATE_KEY, msg);
        return 0;
    }
    if (X509_check_private_key(e->leaf, e->key) != 1) {
        snprintf(msg, sizeof(msg), "%s%s: key does not match the certificate",
                c->where, what);
        S2nTlsErrFromQueue(errPtr, S2N_ERR_KEY_MISMATCH, msg);
        return 0;
    }
    e->keyType = EVP_PKEY_base_id(e->key);
    EntryNames(e);
    return 1;
}

/*
 * EntryCheckPolicy -- policies whose certificate preferences apply locally
 * (rfc9151, cnsa_1...) refuse our own chain if it does not comply.
 */

static int
EntryCheckPolicy(
    const S2nCertEntry *e,
    const S2nCertSpec *c,
    const S2nPolicy *policyPtr,
    S2nErr *errPtr)
{
    S2nErr why = S2N_ERR_INIT;
    int i, ok = S2nPolicyCertCheck(policyPtr, e->leaf, &why);

    for (i = 0; ok && i < sk_X509_num(e->chain); i++) {
        ok = S2nPolicyCertCheck(policyPtr, sk_X509_value(e->chain, i), &why);
    }
    if (!ok) {
        S2nErrSet(errPtr, why.code, "%s%s: %s", c->where,
                c->chainFile ? "cert_chain_file" : "cert_chain", why.msg);
    }
    S2nErrClear(&why);
    return ok;
}

/*
 *----------------------------------------------------------------------
 *
 * S2nCertsLoad --
 *
 *	Loads every chain of the spec; the first of each key type becomes
 *	the context's default, and with several chains the ClientHello
 *	callback chooses by SNI.
 *
 * Results:
 *	1, or 0 with errPtr set.
 *
 *----------------------------------------------------------------------
 */

int
S2nCertsLoad(
    S2nTlsCtx *ctxPtr,
    const S2nTlsCtxSpec *specPtr,
    S2nErr *errPtr)
{
    int i, j, isDefault;

    if (specPtr->numCerts == 0) {
        return 1;
    }
    ctxPtr->certs = OPENSSL_zalloc((size_t) specPtr->numCerts * sizeof(S2nCertEntry));
    if (ctxPtr->certs == NULL) {
        S2nErrSet(errPtr, S2N_ERR_ALLOC, NULL);
        return 0;
    }
    for (i = 0; i < specPtr->numCerts; i++) {
        S2nCertEntry *e = &ctxPtr->certs[i];

        ctxPtr->numCerts++;
        if (!EntryLoad(e, &specPtr->certs[i], errPtr)
                || (specPtr->policy->certLocal
                    && !EntryCheckPolicy(e, &specPtr->certs[i], specPtr->policy,
                        errPtr))) {
            return 0;
        }
        isDefault = 1;
        for (j = 0; j < i; j++) {
            if (ctxPtr->certs[j].keyType == e->keyType) {
                isDefault = 0;
            }
        }
        if (isDefault && SSL_CTX_use_cert_and_key(ctxPtr->ssl, e->leaf, e->key,
                e->chain, 1) != 1) {
            S2nTlsErrFromQueue(errPtr, S2N_ERR_DECODE_CERTIFICATE,
                    "certificate refused");
            return 0;
        }
    }
    ctxPtr->hasCert = 1;
    if (ctxPtr->numCerts > 1) {
        SSL_CTX_set_client_hello_cb(ctxPtr->ssl, CertHelloCallback, ctxPtr);
    }
    return 1;
}

/*
 *----------------------------------------------------------------------
 *
 * SNI selection.
 *
 *----------------------------------------------------------------------
 */

/*
 * HelloServerName -- the host_name of the ClientHello's SNI (RFC 6066 3),
 * copied into buf (lowercase). Returns 0 when there is none.
 */

static int
HelloServerName(
    SSL *ssl,
    char *buf,
    size_t size)
{
    const unsigned char *p;
    size_t len, nameLen, i;

    if (!SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_server_name, &p, &len)
            || len < 5 || ((size_t) p[0] << 8 | p[1]) != len - 2
            || p[2] != TLSEXT_NAMETYPE_host_name) {
        return 0;
    }
    nameLen = (size_t) p[3] << 8 | p[4];
    if (nameLen == 0 || nameLen + 5 > len || nameLen >= size) {
        return 0;
    }
    for (i = 0; i < nameLen; i++) {
        unsigned char ch = p[5 + i];

        buf[i] = (char) ((ch >= 'A' && ch <= 'Z') ? ch + 32 : ch);
    }
    buf[nameLen] = '\0';
    return 1;
}

static int
EntryMatches(
    const S2nCertEntry *e,
    const char *name,
    int wildcard)
{
    const char *dot = strchr(name, '.');
    int i;

    for (i = 0; i < e->numNames; i++) {
        const char *n = e->names[i];

        if (!wildcard && strcmp(n, name) == 0) {
            return 1;
        }
        if (wildcard && n[0] == '*' && n[1] == '.' && dot != NULL
                && strcmp(n + 1, dot) == 0) {
            return 1;
        }
    }
    return 0;
}

/*
 * CertHelloCallback --
 *	Puts on the connection only the chains whose names match the SNI
 *	(exact, else wildcard), first of each key type; no match keeps the
 *	defaults.
 */

static int
CertHelloCallback(
    SSL *ssl,
    int *alert,
    void *arg)
{
    S2nTlsCtx *ctxPtr = arg;
    char name[256];
    int wildcard, i, j, found = 0;

    (void) alert;
    if (!HelloServerName(ssl, name, sizeof(name))) {
        return SSL_CLIENT_HELLO_SUCCESS;
    }
    for (wildcard = 0; wildcard < 2 && !found; wildcard++) {
        for (i = 0; i < ctxPtr->numCerts; i++) {
            S2nCertEntry *e = &ctxPtr->certs[i];
            int seenType = 0;

            if (!EntryMatches(e, name, wildcard)) {
                continue;
            }
            for (j = 0; j < i; j++) {
                if (ctxPtr->certs[j].keyType == e->keyType
                        && EntryMatches(&ctxPtr->certs[j], name, wildcard)) {
                    seenType = 1;
                }
            }
            if (seenType) {
                continue;
            }
            if (!found) {
                SSL_certs_clear(ssl);
                found = 1;
            }
            if (SSL_use_cert_and_key(ssl, e->leaf, e->key, e->chain, 1) != 1) {
                ERR_clear_error();
            }
        }
    }
    return SSL_CLIENT_HELLO_SUCCESS;
}
