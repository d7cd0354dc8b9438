/*
 * fuzzcred.c --
 *
 *	Throwaway credentials for the fuzz targets: an EC P-256 key and a
 *	self-signed certificate for it, made with OpenSSL's APIs in memory
 *	and handed out as PEM text. The seed corpus holds no key; every run
 *	makes its own.
 */

#include <stdlib.h>
#include <string.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>
#include "fuzz.h"

/* Valid from an hour ago (clock skew) for 30 days. */
#define CRED_BACKDATE_SECS  3600L
#define CRED_LIFETIME_SECS  (30L * 86400L)

/*
 *----------------------------------------------------------------------
 *
 * CredPemString --
 *
 *	The contents of a memory BIO as a NUL-terminated string.
 *
 * Results:
 *	A malloc'd string (OUT: caller frees), or NULL.
 *
 *----------------------------------------------------------------------
 */

static char *
CredPemString(
    BIO *bio)                   /* borrowed */
{
    char *data = NULL;
    long len = BIO_get_mem_data(bio, &data);
    char *copy;

    if (len <= 0 || (copy = malloc((size_t) len + 1)) == NULL) {
        return NULL;
    }
    memcpy(copy, data, (size_t) len);
    copy[len] = '\0';
    return copy;
}

/*
 *----------------------------------------------------------------------
 *
 * CredAddSan --
 *
 *	Adds a subjectAltName extension listing names (comma-separated DNS
 *	names) to a self-signed certificate.
 *
 * Results:
 *	1 on success, 0 on failure.
 *
 *----------------------------------------------------------------------
 */

static int
CredAddSan(
    X509 *x,                    /* borrowed */
    const char *names)
{
    char value[512] = "DNS:";
    size_t at = 4;
    X509V3_CTX v3;
    X509_EXTENSION *ext;
    const char *p;
    int ok;

    for (p = names; *p != '\0' && at + 5 < sizeof(value); p++) {
        if (*p == ',') {
            memcpy(value + at, ",DNS:", 5);
            at += 5;
        } else {
            value[at++] = *p;
        }
    }
    value[at] = '\0';
    X509V3_set_ctx_nodb(&v3);
    X509V3_set_ctx(&v3, x, x, NULL, NULL, 0);
    ext = X509V3_EXT_conf_nid(NULL, &v3, NID_subject_alt_name, value);
    if (ext == NULL) {
        return 0;
    }
    ok = X509_add_ext(x, ext, -1);
    X509_EXTENSION_free(ext);
    return ok;
}

/*
 *----------------------------------------------------------------------
 *
 * CredMakeCert --
 *
 *	A self-signed X.509 v3 certificate for key, its common name the
 *	first of names and its subjectAltName all of them.
 *
 * Results:
 *	The certificate (OUT: caller frees with X509_free), or NULL.
 *
 *----------------------------------------------------------------------
 */

static X509 *
CredMakeCert(
    EVP_PKEY *key,              /* borrowed */
    const char *names)          /* "localhost,*.example.com" */
{
    X509 *x = X509_new(), *result = NULL;
    X509_NAME *subject;
    char cn[256];
    size_t cnLen = strcspn(names, ",");

    if (x == NULL || cnLen >= sizeof(cn)) {
        goto done;
    }
    memcpy(cn, names, cnLen);
    cn[cnLen] = '\0';
    subject = X509_get_subject_name(x);
    if (X509_set_version(x, X509_VERSION_3) != 1
            || ASN1_INTEGER_set(X509_get_serialNumber(x), 1) != 1
            || X509_gmtime_adj(X509_getm_notBefore(x), -CRED_BACKDATE_SECS) == NULL
            || X509_gmtime_adj(X509_getm_notAfter(x), CRED_LIFETIME_SECS) == NULL
            || X509_set_pubkey(x, key) != 1
            || X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_ASC,
                (const unsigned char *) cn, -1, -1, 0) != 1
            || X509_set_issuer_name(x, subject) != 1
            || CredAddSan(x, names) != 1
            || X509_sign(x, key, EVP_sha256()) <= 0) {
        goto done;
    }
    result = x;
    x = NULL;

  done:
    X509_free(x);
    return result;
}

/*
 *----------------------------------------------------------------------
 *
 * S2nFuzzCredNew --
 *
 *	Makes a fresh EC P-256 key and a self-signed certificate for names
 *	(comma-separated DNS names, the first also the common name).
 *
 * Results:
 *	1 with *credPtr filled (OUT: caller frees with S2nFuzzCredFree), or
 *	0 with *credPtr zeroed.
 *
 *----------------------------------------------------------------------
 */

int
S2nFuzzCredNew(
    const char *names,
    S2nFuzzCred *credPtr)       /* OUT */
{
    EVP_PKEY *key = EVP_EC_gen("P-256");
    X509 *x = (key != NULL) ? CredMakeCert(key, names) : NULL;
    BIO *certBio = BIO_new(BIO_s_mem());
    BIO *keyBio = BIO_new(BIO_s_mem());
    int code = 0;

    memset(credPtr, 0, sizeof(*credPtr));
    if (x == NULL || certBio == NULL || keyBio == NULL
            || PEM_write_bio_X509(certBio, x) != 1
            || PEM_write_bio_PrivateKey(keyBio, key, NULL, NULL, 0, NULL, NULL) != 1) {
        goto done;
    }
    credPtr->certPem = CredPemString(certBio);
    credPtr->keyPem = CredPemString(keyBio);
    if (credPtr->certPem == NULL || credPtr->keyPem == NULL) {
        S2nFuzzCredFree(credPtr);
        goto done;
    }
    code = 1;

  done:
    BIO_free(keyBio);           /* a memory BIO: not cleansed, but the key
                                 * dies with this throwaway process */
    BIO_free(certBio);
    X509_free(x);
    EVP_PKEY_free(key);
    return code;
}

/*
 * S2nFuzzCredFree -- frees the PEM strings, wiping the key's first.
 */

void
S2nFuzzCredFree(
    S2nFuzzCred *credPtr)
{
    if (credPtr->keyPem != NULL) {
        OPENSSL_cleanse(credPtr->keyPem, strlen(credPtr->keyPem));
    }
    free(credPtr->keyPem);
    credPtr->keyPem = NULL;
    free(credPtr->certPem);
    credPtr->certPem = NULL;
}
