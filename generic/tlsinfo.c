/*
 * tlsinfo.c --
 *
 *	What a connection negotiated (protocol, cipher, ALPN, SNI, the peer's
 *	certificate) and plain-words reasons for certificate failures.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <arpa/inet.h>
#include <openssl/pem.h>
#include "tlsInt.h"

static char *   BioToString(BIO *bio);
static char *   CertNames(X509 *cert);
static const char * IpString(const ASN1_OCTET_STRING *addr);

const char *
S2nTlsProtocol(
    S2nConn *connPtr)
{
    return SSL_is_init_finished(connPtr->ssl) ? SSL_get_version(connPtr->ssl) : "";
}

/*
 * S2nTlsCipher -- the suite's name as s2n_connection_get_cipher gives it:
 * OpenSSL's names for TLS 1.2 (ECDHE-ECDSA-AES128-GCM-SHA256), IANA's for
 * TLS 1.3 (TLS_AES_128_GCM_SHA256).
 */

const char *
S2nTlsCipher(
    S2nConn *connPtr)
{
    const SSL_CIPHER *c = SSL_get_current_cipher(connPtr->ssl);

    return (c != NULL && SSL_is_init_finished(connPtr->ssl))
            ? SSL_CIPHER_get_name(c) : "";
}

const char *
S2nTlsAlpn(
    S2nConn *connPtr,
    size_t *lenPtr)
{
    const unsigned char *data = NULL;
    unsigned int len = 0;

    SSL_get0_alpn_selected(connPtr->ssl, &data, &len);
    *lenPtr = len;
    return (const char *) data;
}

/*
 * S2nTlsServerName -- the SNI a server received, or a client sent.
 */

const char *
S2nTlsServerName(
    S2nConn *connPtr)
{
    const char *name = connPtr->isServer ? connPtr->sniReceived
            : SSL_get_servername(connPtr->ssl, TLSEXT_NAMETYPE_host_name);

    return (name != NULL) ? name : "";
}

int
S2nTlsResumed(
    S2nConn *connPtr)
{
    return SSL_session_reused(connPtr->ssl);
}

/*
 *----------------------------------------------------------------------
 *
 * S2nTlsVerifyFailure --
 *
 *	Records a certificate verification failure with s2n's error name
 *	and a reason a person can act on.
 *
 *----------------------------------------------------------------------
 */

static S2nErrCode
VerifyCode(
    long verifyResult)
{
    switch (verifyResult) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return S2N_ERR_CERT_EXPIRED;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return S2N_ERR_CERT_NOT_YET_VALID;
    case X509_V_ERR_CERT_REVOKED:
        return S2N_ERR_CERT_REVOKED;
    case X509_V_ERR_CERT_CHAIN_TOO_LONG:
        return S2N_ERR_CERT_MAX_CHAIN_DEPTH_EXCEEDED;
    default:
        /* s2n 1.6 reports hostname mismatches as untrusted too. */
        return S2N_ERR_CERT_UNTRUSTED;
    }
}

static X509 *
PeerLeaf(
    SSL *ssl)
{
    X509 *leaf = SSL_get0_peer_certificate(ssl);
    STACK_OF(X509) *chain;

    if (leaf != NULL) {
        return leaf;
    }
    /* A client that refused the chain has it only here. */
    chain = SSL_get_peer_cert_chain(ssl);
    return (chain != NULL && sk_X509_num(chain) > 0) ? sk_X509_value(chain, 0) : NULL;
}

void
S2nTlsVerifyFailure(
    S2nConn *connPtr,
    long verifyResult)
{
    const char *why = X509_verify_cert_error_string(verifyResult);
    S2nErrCode code = VerifyCode(verifyResult);
    X509_VERIFY_PARAM *param = SSL_get0_param(connPtr->ssl);

    if (verifyResult == X509_V_ERR_HOSTNAME_MISMATCH
            || verifyResult == X509_V_ERR_IP_ADDRESS_MISMATCH) {
        char *names = CertNames(PeerLeaf(connPtr->ssl));
        char *ip = X509_VERIFY_PARAM_get1_ip_asc(param);
        const char *host = X509_VERIFY_PARAM_get0_host(param, 0);

        S2nErrSet(&connPtr->err, code,
                "certificate verify failed: hostname mismatch (%s vs %s)",
                names ? names : "no names", ip ? ip : host ? host : "?");
        free(names);
        OPENSSL_free(ip);
        return;
    }
    S2nErrSet(&connPtr->err, code, "certificate verify failed: %s", why);
}

/*
 * CertNames -- "a, b, c": the DNS and IP names of a certificate, or its
 * CN when it has no SAN. malloc'd; caller frees. NULL when none.
 */

static char *
CertNames(
    X509 *cert)
{
    BIO *bio;
    GENERAL_NAMES *names;
    int i, n = 0;

    if (cert == NULL || (bio = BIO_new(BIO_s_mem())) == NULL) {
        return NULL;
    }
    names = X509_get_ext_d2i(cert, NID_subject_alt_name, NULL, NULL);
    for (i = 0; names != NULL && i < sk_GENERAL_NAME_num(names); i++) {
        GENERAL_NAME *gn = sk_GENERAL_NAME_value(names, i);

        if (gn->type == GEN_DNS || gn->type == GEN_IPADD) {
            BIO_puts(bio, n++ ? ", " : "");
            if (gn->type == GEN_DNS) {
                ASN1_STRING *s = gn->d.dNSName;
                BIO_write(bio, ASN1_STRING_get0_data(s), ASN1_STRING_length(s));
            } else {
                BIO_puts(bio, IpString(gn->d.iPAddress));
            }
        }
    }
    GENERAL_NAMES_free(names);
    if (n == 0) {
        /* No DNS or IP SAN: the CN, written as it is (no fixed buffer). */
        X509_NAME *subj = X509_get_subject_name(cert);
        int i = X509_NAME_get_index_by_NID(subj, NID_commonName, -1);

        if (i >= 0) {
            ASN1_STRING *cn = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subj, i));

            BIO_write(bio, ASN1_STRING_get0_data(cn), ASN1_STRING_length(cn));
            n++;
        }
    }
    if (n == 0) {
        BIO_free(bio);
        return NULL;
    }
    return BioToString(bio);
}

/*
 * IpString -- an iPAddress SAN in text; points to a static buffer of the
 * calling thread, valid until the next call.
 */

static const char *
IpString(
    const ASN1_OCTET_STRING *addr)
{
    static __thread char text[INET6_ADDRSTRLEN];
    int len = ASN1_STRING_length(addr);
    int family = (len == 4) ? AF_INET : (len == 16) ? AF_INET6 : -1;

    if (family < 0
            || inet_ntop(family, ASN1_STRING_get0_data(addr), text, sizeof(text)) == NULL) {
        return "?";
    }
    return text;
}

/*
 * BioToString -- the contents of a memory BIO as a malloc'd C string;
 * frees the BIO.
 */

static char *
BioToString(
    BIO *bio)
{
    char *data = NULL;
    long len = BIO_get_mem_data(bio, &data);
    char *str = malloc((size_t) (len > 0 ? len : 0) + 1);

    if (str != NULL) {
        if (len > 0) {
            memcpy(str, data, (size_t) len);
        }
        str[len > 0 ? len : 0] = '\0';
    }
    BIO_free(bio);
    return str;
}

/*
 *----------------------------------------------------------------------
 *
 * S2nTlsPeerCert --
 *
 *	Fills infoPtr from the peer's certificate.
 *
 * Results:
 *	1 if the peer sent one, 0 if not (infoPtr zeroed).
 *
 *----------------------------------------------------------------------
 */

static char *
NameString(
    const X509_NAME *name)
{
    BIO *bio = BIO_new(BIO_s_mem());

    if (bio == NULL) {
        return NULL;
    }
    X509_NAME_print_ex(bio, name, 0, XN_FLAG_RFC2253);
    return BioToString(bio);
}

static long long
TimeSeconds(
    const ASN1_TIME *t)
{
    struct tm tm;

    memset(&tm, 0, sizeof(tm));
    if (ASN1_TIME_to_tm(t, &tm) != 1) {
        return 0;
    }
    return (long long) timegm(&tm);
}

static char **
SanList(
    X509 *cert)
{
    GENERAL_NAMES *names = X509_get_ext_d2i(cert, NID_subject_alt_name, NULL, NULL);
    int i, n = names ? sk_GENERAL_NAME_num(names) : 0, k = 0;
    char **list = calloc((size_t) n + 1, sizeof(char *));

    for (i = 0; list != NULL && i < n; i++) {
        GENERAL_NAME *gn = sk_GENERAL_NAME_value(names, i);
        BIO *bio = BIO_new(BIO_s_mem());

        if (bio == NULL) {
            break;
        }
        /* "DNS:example.com", "IP Address:127.0.0.1", "email:...", ... */
        GENERAL_NAME_print(bio, gn);
        list[k++] = BioToString(bio);
    }
    GENERAL_NAMES_free(names);
    return list;
}

int
S2nTlsPeerCert(
    S2nConn *connPtr,
    S2nCertInfo *infoPtr)       /* OUT: free with S2nCertInfoFree */
{
    X509 *cert = SSL_get0_peer_certificate(connPtr->ssl);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLen = 0;
    BIGNUM *bn;
    BIO *bio;

    memset(infoPtr, 0, sizeof(*infoPtr));
    if (cert == NULL) {
        return 0;
    }
    infoPtr->subject = NameString(X509_get_subject_name(cert));
    infoPtr->issuer = NameString(X509_get_issuer_name(cert));
    bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), NULL);
    if (bn != NULL) {
        char *hex = BN_bn2hex(bn);
        infoPtr->serial = hex ? strdup(hex) : NULL;
        OPENSSL_free(hex);
        BN_free(bn);
    }
    infoPtr->notBefore = TimeSeconds(X509_get0_notBefore(cert));
    infoPtr->notAfter = TimeSeconds(X509_get0_notAfter(cert));
    if (X509_digest(cert, EVP_sha256(), md, &mdLen) == 1) {
        char *out = malloc(mdLen * 2 + 1);
        unsigned int i;

        for (i = 0; out != NULL && i < mdLen; i++) {
            snprintf(out + 2 * i, 3, "%02x", md[i]);
        }
        infoPtr->sha256 = out;
    }
    infoPtr->san = SanList(cert);
    bio = BIO_new(BIO_s_mem());
    if (bio != NULL) {
        PEM_write_bio_X509(bio, cert);
        infoPtr->pem = BioToString(bio);
    }
    ERR_clear_error();
    return 1;
}

void
S2nCertInfoFree(
    S2nCertInfo *infoPtr)
{
    char **p;

    free(infoPtr->subject);
    free(infoPtr->issuer);
    free(infoPtr->serial);
    free(infoPtr->sha256);
    free(infoPtr->pem);
    for (p = infoPtr->san; p != NULL && *p != NULL; p++) {
        free(*p);
    }
    free(infoPtr->san);
    memset(infoPtr, 0, sizeof(*infoPtr));
}
