/* GENERATED from data/s2n-policies.json by tools/gen-policies.py -- do not edit */

/*
 * policytable.c --
 *
 *    The s2n security policies as OpenSSL 3.0 settings: see policy.h for
 *    the fields and tools/gen-policies.py for how they are derived.
 *    Order: s2n HEAD's policy order, then names s2n HEAD deprecates.
 */

#include <stddef.h>

#include "policy.h"

int                 S2nPolicyTableSize(void);
const S2nPolicy *   S2nPolicyTableAt(int i);

static const char *const emptyList[] = {NULL};
static const char *const ianaList0[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    NULL
};
static const char *const groupList1[] = {
    "secp256r1",
    "x25519",
    "secp384r1",
    "secp521r1",
    NULL
};
static const char *const sigList2[] = {
    "ecdsa_sha256",
    "ecdsa_sha384",
    "ecdsa_sha512",
    "rsa_pss_pss_sha256",
    "rsa_pss_pss_sha384",
    "rsa_pss_pss_sha512",
    "rsa_pss_rsae_sha256",
    "rsa_pss_rsae_sha384",
    "rsa_pss_rsae_sha512",
    "rsa_pkcs1_sha256",
    "rsa_pkcs1_sha384",
    "rsa_pkcs1_sha512",
    NULL
};
static const char *const leftOutList3[] = {
    "group X25519MLKEM768: needs OpenSSL >= 3.5",
    "group SecP256r1MLKEM768: needs OpenSSL >= 3.5",
    "group SecP384r1MLKEM1024: needs OpenSSL >= 3.5",
    NULL
};
static const char *const ianaList4[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    NULL
};
static const char *const certSigList5[] = {
    "rsa_pss_pss_sha256",
    "rsa_pss_pss_sha384",
    "rsa_pss_pss_sha512",
    "rsa_pss_rsae_sha256",
    "rsa_pss_rsae_sha384",
    "rsa_pss_rsae_sha512",
    "rsa_pkcs1_sha256",
    "rsa_pkcs1_sha384",
    "rsa_pkcs1_sha512",
    "legacy_rsa_sha224",
    "ecdsa_sha256",
    "ecdsa_sha384",
    "ecdsa_sha512",
    "legacy_ecdsa_sha224",
    NULL
};
static const char *const ianaList6[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    NULL
};
static const char *const groupList7[] = {
    "secp256r1",
    "secp384r1",
    "secp521r1",
    NULL
};
static const char *const leftOutList8[] = {
    "group X25519MLKEM768: needs OpenSSL >= 3.5",
    "group SecP256r1MLKEM768: needs OpenSSL >= 3.5",
    "group SecP384r1MLKEM1024: needs OpenSSL >= 3.5",
    "signature scheme mldsa44: needs OpenSSL >= 3.5",
    "signature scheme mldsa65: needs OpenSSL >= 3.5",
    "signature scheme mldsa87: needs OpenSSL >= 3.5",
    NULL
};
static const char *const certSigList9[] = {
    "mldsa44",
    "mldsa65",
    "mldsa87",
    "rsa_pss_pss_sha256",
    "rsa_pss_pss_sha384",
    "rsa_pss_pss_sha512",
    "rsa_pss_rsae_sha256",
    "rsa_pss_rsae_sha384",
    "rsa_pss_rsae_sha512",
    "rsa_pkcs1_sha256",
    "rsa_pkcs1_sha384",
    "rsa_pkcs1_sha512",
    "legacy_rsa_sha224",
    "ecdsa_sha256",
    "ecdsa_sha384",
    "ecdsa_sha512",
    "legacy_ecdsa_sha224",
    NULL
};
static const char *const ianaList10[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    NULL
};
static const char *const groupList11[] = {
    "x25519",
    "secp256r1",
    "secp384r1",
    NULL
};
static const char *const sigList12[] = {
    "rsa_pss_pss_sha256",
    "rsa_pss_pss_sha384",
    "rsa_pss_pss_sha512",
    "rsa_pss_rsae_sha256",
    "rsa_pss_rsae_sha384",
    "rsa_pss_rsae_sha512",
    "rsa_pkcs1_sha256",
    "rsa_pkcs1_sha384",
    "rsa_pkcs1_sha512",
    "legacy_rsa_sha224",
    "ecdsa_sha256",
    "ecdsa_sha384",
    "ecdsa_sha512",
    "legacy_ecdsa_sha224",
    "rsa_pkcs1_sha1",
    "ecdsa_sha1",
    NULL
};
static const char *const ianaList13[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    NULL
};
static const char *const ianaList14[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    NULL
};
static const char *const sigList15[] = {
    "rsa_pss_rsae_sha256",
    "rsa_pss_rsae_sha384",
    "rsa_pss_rsae_sha512",
    "rsa_pkcs1_sha256",
    "rsa_pkcs1_sha384",
    "rsa_pkcs1_sha512",
    "ecdsa_sha256",
    "ecdsa_sha384",
    "ecdsa_sha512",
    "rsa_pss_pss_sha256",
    "rsa_pss_pss_sha384",
    "rsa_pss_pss_sha512",
    NULL
};
static const char *const ianaList16[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    NULL
};
static const char *const ianaList17[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    NULL
};
static const char *const groupList18[] = {
    "secp256r1",
    "secp384r1",
    NULL
};
static const char *const sigList19[] = {
    "rsa_pkcs1_sha256",
    "rsa_pkcs1_sha384",
    "rsa_pkcs1_sha512",
    "ecdsa_sha256",
    "ecdsa_sha384",
    "ecdsa_sha512",
    "legacy_ecdsa_sha224",
    NULL
};
static const char *const leftOutList20[] = {
    "group X25519MLKEM768: needs OpenSSL >= 3.5",
    "group SecP256r1MLKEM768: needs OpenSSL >= 3.5",
    NULL
};
static const char *const leftOutList21[] = {
    "group X25519MLKEM768: needs OpenSSL >= 3.5",
    "group SecP256r1MLKEM768: needs OpenSSL >= 3.5",
    "signature scheme mldsa44: needs OpenSSL >= 3.5",
    "signature scheme mldsa65: needs OpenSSL >= 3.5",
    "signature scheme mldsa87: needs OpenSSL >= 3.5",
    NULL
};
static const char *const ianaList22[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    NULL
};
static const char *const sigList23[] = {
    "rsa_pkcs1_sha256",
    "rsa_pkcs1_sha384",
    "rsa_pkcs1_sha512",
    "legacy_rsa_sha224",
    "ecdsa_sha256",
    "ecdsa_sha384",
    "ecdsa_sha512",
    "legacy_ecdsa_sha224",
    "rsa_pkcs1_sha1",
    "ecdsa_sha1",
    NULL
};
static const char *const leftOutList24[] = {

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    NULL
};
static const char *const ianaList25[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList26[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    NULL
};
static const char *const ianaList27[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    NULL
};
static const char *const ianaList28[] = {
    "TLS_AES_256_GCM_SHA384",
    NULL
};
static const char *const groupList29[] = {
    "secp384r1",
    NULL
};
static const char *const sigList30[] = {
    "ecdsa_sha384",
    "rsa_pss_pss_sha384",
    "rsa_pss_rsae_sha384",
    "rsa_pkcs1_sha384",
    NULL
};
static const char *const leftOutList31[] = {
    "group MLKEM1024: needs OpenSSL >= 3.5",
    "signature scheme mldsa87: needs OpenSSL >= 3.5",
    NULL
};
static const char *const certSigList32[] = {
    "mldsa87",
    "ecdsa_sha384",
    "rsa_pss_pss_sha384",
    "rsa_pss_rsae_sha384",
    "rsa_pkcs1_sha384",
    "ecdsa_sha256",
    "rsa_pss_pss_sha256",
    "rsa_pss_rsae_sha256",
    "rsa_pkcs1_sha256",
    "ecdsa_sha512",
    "rsa_pss_pss_sha512",
    "rsa_pss_rsae_sha512",
    "rsa_pkcs1_sha512",
    NULL
};
static const char *const ianaList33[] = {
    "TLS_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    NULL
};
static const char *const ianaList34[] = {
    "TLS_AES_256_GCM_SHA384",
    "TLS_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    NULL
};
static const char *const groupList35[] = {
    "secp384r1",
    "secp256r1",
    "secp521r1",
    NULL
};
static const char *const sigList36[] = {
    "ecdsa_sha384",
    "rsa_pss_pss_sha384",
    "rsa_pss_rsae_sha384",
    "rsa_pkcs1_sha384",
    "ecdsa_sha256",
    "rsa_pss_pss_sha256",
    "rsa_pss_rsae_sha256",
    "rsa_pkcs1_sha256",
    "ecdsa_sha512",
    "rsa_pss_pss_sha512",
    "rsa_pss_rsae_sha512",
    "rsa_pkcs1_sha512",
    NULL
};
static const char *const ianaList37[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    NULL
};
static const char *const groupList38[] = {
    "secp256r1",
    "x25519",
    "secp384r1",
    NULL
};
static const char *const leftOutList39[] = {

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    "cipher suite TLS_RSA_WITH_RC4_128_MD5: RC4 suites are compiled out of Debian's OpenSSL 3.0",
    "protocol SSLv3: Debian's OpenSSL 3.0 is built without SSLv3",
    NULL
};
static const char *const leftOutList40[] = {

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    "cipher suite TLS_RSA_WITH_RC4_128_MD5: RC4 suites are compiled out of Debian's OpenSSL 3.0",
    NULL
};
static const char *const ianaList41[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    NULL
};
static const char *const sigList42[] = {
    "ecdsa_sha256",
    "ecdsa_sha384",
    "ecdsa_sha512",
    "legacy_ecdsa_sha224",
    "rsa_pss_pss_sha256",
    "rsa_pss_pss_sha384",
    "rsa_pss_pss_sha512",
    "rsa_pss_rsae_sha256",
    "rsa_pss_rsae_sha384",
    "rsa_pss_rsae_sha512",
    "rsa_pkcs1_sha256",
    "rsa_pkcs1_sha384",
    "rsa_pkcs1_sha512",
    "legacy_rsa_sha224",
    "rsa_pkcs1_sha1",
    "ecdsa_sha1",
    NULL
};
static const char *const ianaList43[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    NULL
};
static const char *const leftOutList44[] = {

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    "cipher suite TLS_RSA_WITH_RC4_128_MD5: RC4 suites are compiled out of Debian's OpenSSL 3.0",
    "group X25519MLKEM768: needs OpenSSL >= 3.5",
    "group SecP256r1MLKEM768: needs OpenSSL >= 3.5",
    "group SecP384r1MLKEM1024: needs OpenSSL >= 3.5",
    "signature scheme mldsa44: needs OpenSSL >= 3.5",
    "signature scheme mldsa65: needs OpenSSL >= 3.5",
    "signature scheme mldsa87: needs OpenSSL >= 3.5",
    "protocol SSLv3: Debian's OpenSSL 3.0 is built without SSLv3",
    NULL
};
static const char *const leftOutList45[] = {

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    "cipher suite TLS_RSA_WITH_RC4_128_MD5: RC4 suites are compiled out of Debian's OpenSSL 3.0",
    "group X25519MLKEM768: needs OpenSSL >= 3.5",
    "group SecP256r1MLKEM768: needs OpenSSL >= 3.5",
    "group SecP384r1MLKEM1024: needs OpenSSL >= 3.5",
    "signature scheme mldsa44: needs OpenSSL >= 3.5",
    "signature scheme mldsa65: needs OpenSSL >= 3.5",
    "signature scheme mldsa87: needs OpenSSL >= 3.5",
    NULL
};
static const char *const ianaList46[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    NULL
};
static const char *const leftOutList47[] = {

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    "cipher suite TLS_RSA_WITH_RC4_128_MD5: RC4 suites are compiled out of Debian's OpenSSL 3.0",
    "group X25519MLKEM768: needs OpenSSL >= 3.5",
    "group SecP256r1MLKEM768: needs OpenSSL >= 3.5",
    "protocol SSLv3: Debian's OpenSSL 3.0 is built without SSLv3",
    NULL
};
static const char *const leftOutList48[] = {

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    "group X25519MLKEM768: needs OpenSSL >= 3.5",
    "group SecP256r1MLKEM768: needs OpenSSL >= 3.5",
    NULL
};
static const char *const ianaList49[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    NULL
};
static const char *const ianaList50[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    NULL
};
static const char *const ianaList51[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    NULL
};
static const char *const ianaList52[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    NULL
};
static const char *const ianaList53[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    NULL
};
static const char *const sigList54[] = {
    "rsa_pss_pss_sha256",
    "rsa_pss_pss_sha384",
    "rsa_pss_pss_sha512",
    "rsa_pss_rsae_sha256",
    "rsa_pss_rsae_sha384",
    "rsa_pss_rsae_sha512",
    "rsa_pkcs1_sha256",
    "rsa_pkcs1_sha384",
    "rsa_pkcs1_sha512",
    "ecdsa_sha256",
    "ecdsa_sha384",
    "ecdsa_sha512",
    NULL
};
static const char *const ianaList55[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    NULL
};
static const char *const ianaList56[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    NULL
};
static const char *const ianaList57[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    NULL
};
static const char *const ianaList58[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    NULL
};
static const char *const ianaList59[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    NULL
};
static const char *const leftOutList60[] = {
    "group X25519MLKEM768: needs OpenSSL >= 3.5",
    "group SecP256r1MLKEM768: needs OpenSSL >= 3.5",
    "group SecP384r1MLKEM1024: needs OpenSSL >= 3.5",
    "group MLKEM1024: needs OpenSSL >= 3.5",
    NULL
};
static const char *const ianaList61[] = {
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    NULL
};
static const char *const leftOutList62[] = {

        "cipher suite TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of "
        "Debian's OpenSSL 3.0",
    NULL
};
static const char *const ianaList63[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    NULL
};
static const char *const ianaList64[] = {
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    NULL
};
static const char *const ianaList65[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    NULL
};
static const char *const ianaList66[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    NULL
};
static const char *const ianaList67[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList68[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList69[] = {
    "TLS_AES_256_GCM_SHA384",
    "TLS_AES_128_GCM_SHA256",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    NULL
};
static const char *const ianaList70[] = {
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    NULL
};
static const char *const leftOutList71[] = {

        "cipher suite TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of "
        "Debian's OpenSSL 3.0",

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    "cipher suite TLS_RSA_WITH_RC4_128_SHA: RC4 suites are compiled out of Debian's OpenSSL 3.0",
    "cipher suite TLS_RSA_WITH_RC4_128_MD5: RC4 suites are compiled out of Debian's OpenSSL 3.0",
    "protocol SSLv3: Debian's OpenSSL 3.0 is built without SSLv3",
    NULL
};
static const char *const leftOutList72[] = {

        "cipher suite TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of "
        "Debian's OpenSSL 3.0",

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    "cipher suite TLS_RSA_WITH_RC4_128_SHA: RC4 suites are compiled out of Debian's OpenSSL 3.0",
    "cipher suite TLS_RSA_WITH_RC4_128_MD5: RC4 suites are compiled out of Debian's OpenSSL 3.0",
    NULL
};
static const char *const leftOutList73[] = {

        "cipher suite TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of "
        "Debian's OpenSSL 3.0",

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    NULL
};
static const char *const ianaList74[] = {
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    NULL
};
static const char *const ianaList75[] = {
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    NULL
};
static const char *const leftOutList76[] = {

        "cipher suite TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of "
        "Debian's OpenSSL 3.0",

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    NULL
};
static const char *const ianaList77[] = {
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList78[] = {
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList79[] = {
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    NULL
};
static const char *const ianaList80[] = {
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList81[] = {
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList82[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList83[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList84[] = {
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList85[] = {
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList86[] = {
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList87[] = {
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList88[] = {
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList89[] = {
    "TLS_AES_256_GCM_SHA384",
    "TLS_AES_128_GCM_SHA256",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    NULL
};
static const char *const groupList90[] = {
    "x25519",
    "secp256r1",
    "secp384r1",
    "secp521r1",
    NULL
};
static const char *const leftOutList91[] = {
    "protocol SSLv3: Debian's OpenSSL 3.0 is built without SSLv3",
    NULL
};
static const char *const ianaList92[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    NULL
};
static const char *const sigList93[] = {
    "rsa_pkcs1_sha384",
    "rsa_pkcs1_sha512",
    "ecdsa_sha384",
    "ecdsa_sha512",
    NULL
};
static const char *const ianaList94[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    NULL
};
static const char *const ianaList95[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    NULL
};
static const char *const leftOutList96[] = {

        "cipher suite TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of "
        "Debian's OpenSSL 3.0",

        "cipher suite TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of "
        "Debian's OpenSSL 3.0",

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    NULL
};
static const char *const ianaList97[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_AES_256_GCM_SHA384",
    NULL
};
static const char *const certKeyList98[] = {
    "ecdsa_p384",
    "rsa_3072",
    "rsa_4096",
    "rsa_pss_3072",
    "rsa_pss_4096",
    NULL
};
static const char *const certSigList99[] = {
    "ecdsa_sha384",
    "rsa_pkcs1_sha384",
    NULL
};
static const char *const ianaList100[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_AES_256_GCM_SHA384",
    NULL
};
static const char *const ianaList101[] = {
    "TLS_AES_256_GCM_SHA384",
    "TLS_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    NULL
};
static const char *const ianaList102[] = {
    "TLS_AES_256_GCM_SHA384",
    "TLS_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    NULL
};
static const char *const ianaList103[] = {
    "TLS_AES_256_GCM_SHA384",
    "TLS_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    NULL
};
static const char *const ianaList104[] = {
    "TLS_AES_256_GCM_SHA384",
    "TLS_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    NULL
};
static const char *const certKeyList105[] = {
    "mldsa_87",
    NULL
};
static const char *const certSigList106[] = {
    "mldsa87",
    NULL
};
static const char *const certSigList107[] = {
    "mldsa87",
    "ecdsa_sha384",
    "rsa_pkcs1_sha384",
    NULL
};
static const char *const certSigList108[] = {
    "mldsa87",
    "rsa_pss_pss_sha256",
    "rsa_pss_pss_sha384",
    "rsa_pss_pss_sha512",
    "rsa_pss_rsae_sha256",
    "rsa_pss_rsae_sha384",
    "rsa_pss_rsae_sha512",
    "rsa_pkcs1_sha256",
    "rsa_pkcs1_sha384",
    "rsa_pkcs1_sha512",
    "legacy_rsa_sha224",
    "ecdsa_sha256",
    "ecdsa_sha384",
    "ecdsa_sha512",
    "legacy_ecdsa_sha224",
    NULL
};
static const char *const ianaList109[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList110[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList111[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList112[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList113[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    NULL
};
static const char *const ianaList114[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    NULL
};
static const char *const sigList115[] = {
    "ecdsa_sha256",
    "ecdsa_sha384",
    "ecdsa_sha512",
    "rsa_pss_pss_sha256",
    "rsa_pss_pss_sha384",
    "rsa_pss_pss_sha512",
    "rsa_pss_rsae_sha256",
    "rsa_pss_rsae_sha384",
    "rsa_pss_rsae_sha512",
    "rsa_pkcs1_sha256",
    "rsa_pkcs1_sha384",
    "rsa_pkcs1_sha512",
    "legacy_rsa_sha224",
    "ecdsa_sha1",
    "rsa_pkcs1_sha1",
    NULL
};
static const char *const ianaList116[] = {
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    NULL
};
static const char *const sigList117[] = {
    "rsa_pkcs1_sha1",
    "legacy_rsa_sha224",
    "rsa_pkcs1_sha256",
    "rsa_pkcs1_sha384",
    "rsa_pkcs1_sha512",
    "ecdsa_sha1",
    "legacy_ecdsa_sha224",
    "ecdsa_sha256",
    "ecdsa_sha384",
    "ecdsa_sha512",
    "rsa_pss_rsae_sha256",
    "rsa_pss_rsae_sha384",
    "rsa_pss_rsae_sha512",
    "rsa_pss_pss_sha256",
    "rsa_pss_pss_sha384",
    "rsa_pss_pss_sha512",
    NULL
};
static const char *const leftOutList118[] = {
    "cipher suite TLS_RSA_WITH_RC4_128_MD5: RC4 suites are compiled out of Debian's OpenSSL 3.0",
    "cipher suite TLS_RSA_WITH_RC4_128_SHA: RC4 suites are compiled out of Debian's OpenSSL 3.0",

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",

        "cipher suite TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of "
        "Debian's OpenSSL 3.0",

        "cipher suite TLS_ECDHE_RSA_WITH_RC4_128_SHA: RC4 suites are compiled out of Debian's "
        "OpenSSL 3.0",

        "cipher suite TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of "
        "Debian's OpenSSL 3.0",
    "group X25519MLKEM768: needs OpenSSL >= 3.5",
    "group SecP256r1MLKEM768: needs OpenSSL >= 3.5",
    "group SecP384r1MLKEM1024: needs OpenSSL >= 3.5",
    "group MLKEM1024: needs OpenSSL >= 3.5",
    "signature scheme legacy_rsa_md5_sha1: implicit in OpenSSL for TLS < 1.2, nothing to configure",
    "signature scheme mldsa44: needs OpenSSL >= 3.5",
    "signature scheme mldsa65: needs OpenSSL >= 3.5",
    "signature scheme mldsa87: needs OpenSSL >= 3.5",
    "protocol SSLv3: Debian's OpenSSL 3.0 is built without SSLv3",
    NULL
};
static const char *const ianaList119[] = {
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    NULL
};
static const char *const leftOutList120[] = {
    "group X25519MLKEM768: needs OpenSSL >= 3.5",
    "group SecP256r1MLKEM768: needs OpenSSL >= 3.5",
    "group SecP384r1MLKEM1024: needs OpenSSL >= 3.5",
    "group MLKEM1024: needs OpenSSL >= 3.5",
    "signature scheme mldsa44: needs OpenSSL >= 3.5",
    "signature scheme mldsa65: needs OpenSSL >= 3.5",
    "signature scheme mldsa87: needs OpenSSL >= 3.5",
    NULL
};
static const char *const ianaList121[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
    NULL
};
static const char *const ianaList122[] = {
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    NULL
};
static const char *const leftOutList123[] = {
    "cipher suite TLS_RSA_WITH_RC4_128_MD5: RC4 suites are compiled out of Debian's OpenSSL 3.0",
    "cipher suite TLS_RSA_WITH_RC4_128_SHA: RC4 suites are compiled out of Debian's OpenSSL 3.0",

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    NULL
};
static const char *const ianaList124[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    NULL
};
static const char *const leftOutList125[] = {
    "cipher suite TLS_RSA_WITH_RC4_128_MD5: RC4 suites are compiled out of Debian's OpenSSL 3.0",
    "cipher suite TLS_RSA_WITH_RC4_128_SHA: RC4 suites are compiled out of Debian's OpenSSL 3.0",

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",

        "cipher suite TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of "
        "Debian's OpenSSL 3.0",

        "cipher suite TLS_ECDHE_RSA_WITH_RC4_128_SHA: RC4 suites are compiled out of Debian's "
        "OpenSSL 3.0",

        "cipher suite TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of "
        "Debian's OpenSSL 3.0",
    "protocol SSLv3: Debian's OpenSSL 3.0 is built without SSLv3",
    NULL
};
static const char *const ianaList126[] = {
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    NULL
};
static const char *const leftOutList127[] = {
    "signature scheme legacy_rsa_md5_sha1: implicit in OpenSSL for TLS < 1.2, nothing to configure",
    "signature scheme mldsa44: needs OpenSSL >= 3.5",
    "signature scheme mldsa65: needs OpenSSL >= 3.5",
    "signature scheme mldsa87: needs OpenSSL >= 3.5",
    "protocol SSLv3: Debian's OpenSSL 3.0 is built without SSLv3",
    NULL
};
static const char *const leftOutList128[] = {
    "cipher suite TLS_NULL_WITH_NULL_NULL: not a cipher; OpenSSL cannot negotiate it",
    NULL
};
static const char *const leftOutList129[] = {

        "cipher suite TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of "
        "Debian's OpenSSL 3.0",
    "group x25519_kyber-512-r3: needs OpenSSL >= 3.5",
    "group secp256r1_kyber-512-r3: needs OpenSSL >= 3.5",
    NULL
};
static const char *const leftOutList130[] = {
    "group x25519_kyber-512-r3: needs OpenSSL >= 3.5",
    "group secp256r1_kyber-512-r3: needs OpenSSL >= 3.5",
    NULL
};
static const char *const leftOutList131[] = {

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    "group x25519_kyber-512-r3: needs OpenSSL >= 3.5",
    "group secp256r1_kyber-512-r3: needs OpenSSL >= 3.5",
    NULL
};
static const char *const ianaList132[] = {
    "TLS_AES_256_GCM_SHA384",
    "TLS_AES_128_GCM_SHA256",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const leftOutList133[] = {

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    "group SecP256r1Kyber768Draft00: pre-standard Kyber draft that no OpenSSL release implements",
    "group X25519Kyber768Draft00: pre-standard Kyber draft that no OpenSSL release implements",
    "group secp384r1_kyber-768-r3: needs OpenSSL >= 3.5",
    "group secp521r1_kyber-1024-r3: needs OpenSSL >= 3.5",
    "group secp256r1_kyber-512-r3: needs OpenSSL >= 3.5",
    "group x25519_kyber-512-r3: needs OpenSSL >= 3.5",
    NULL
};
static const char *const leftOutList134[] = {
    "group SecP256r1Kyber768Draft00: pre-standard Kyber draft that no OpenSSL release implements",
    "group X25519Kyber768Draft00: pre-standard Kyber draft that no OpenSSL release implements",
    "group secp384r1_kyber-768-r3: needs OpenSSL >= 3.5",
    "group secp521r1_kyber-1024-r3: needs OpenSSL >= 3.5",
    "group secp256r1_kyber-512-r3: needs OpenSSL >= 3.5",
    "group x25519_kyber-512-r3: needs OpenSSL >= 3.5",
    NULL
};
static const char *const leftOutList135[] = {

        "cipher suite TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of "
        "Debian's OpenSSL 3.0",
    "group SecP256r1Kyber768Draft00: pre-standard Kyber draft that no OpenSSL release implements",
    "group X25519Kyber768Draft00: pre-standard Kyber draft that no OpenSSL release implements",
    "group secp384r1_kyber-768-r3: needs OpenSSL >= 3.5",
    "group secp521r1_kyber-1024-r3: needs OpenSSL >= 3.5",
    "group secp256r1_kyber-512-r3: needs OpenSSL >= 3.5",
    "group x25519_kyber-512-r3: needs OpenSSL >= 3.5",
    NULL
};
static const char *const ianaList136[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const leftOutList137[] = {
    "group SecP256r1Kyber768Draft00: pre-standard Kyber draft that no OpenSSL release implements",
    "group secp384r1_kyber-768-r3: needs OpenSSL >= 3.5",
    "group secp521r1_kyber-1024-r3: needs OpenSSL >= 3.5",
    "group secp256r1_kyber-512-r3: needs OpenSSL >= 3.5",
    NULL
};
static const char *const ianaList138[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    NULL
};

static const S2nPolicy policyTable[] = {
    {   /* 0: default */
        .name = "default",
        .aliasOf = "20251014",
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384:P-521",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList0,
        .groupNames = groupList1,
        .sigSchemes = sigList2,
        .leftOut = leftOutList3,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 1: default_tls13 */
        .name = "default_tls13",
        .aliasOf = "20240503",
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384:P-521",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList4,
        .groupNames = groupList1,
        .sigSchemes = sigList2,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = certSigList5,
        .certLocal = 0,
    },
    {   /* 2: default_fips */
        .name = "default_fips",
        .aliasOf = "20251015",
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384",
        .cipherSuites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384",
        .groups = "P-256:P-384:P-521",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList6,
        .groupNames = groupList7,
        .sigSchemes = sigList2,
        .leftOut = leftOutList3,
        .certKeys = emptyList,
        .certSigSchemes = certSigList5,
        .certLocal = 0,
    },
    {   /* 3: default_pq */
        .name = "default_pq",
        .aliasOf = "20250721",
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384:P-521",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList4,
        .groupNames = groupList1,
        .sigSchemes = sigList2,
        .leftOut = leftOutList8,
        .certKeys = emptyList,
        .certSigSchemes = certSigList9,
        .certLocal = 0,
    },
    {   /* 4: 20241106 */
        .name = "20241106",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES256-SHA:AES128-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList10,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 5: 20240501 */
        .name = "20240501",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384",
        .cipherSuites = "",
        .groups = "P-256:X25519:P-384:P-521",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList13,
        .groupNames = groupList1,
        .sigSchemes = sigList2,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 6: 20240502 */
        .name = "20240502",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384",
        .cipherSuites = "",
        .groups = "P-256:P-384:P-521",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList13,
        .groupNames = groupList7,
        .sigSchemes = sigList2,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = certSigList5,
        .certLocal = 0,
    },
    {   /* 7: 20240503 */
        .name = "20240503",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384:P-521",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList4,
        .groupNames = groupList1,
        .sigSchemes = sigList2,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = certSigList5,
        .certLocal = 0,
    },
    {   /* 8: 20230317 */
        .name = "20230317",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384",
        .cipherSuites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384",
        .groups = "P-256:P-384:P-521",
        .sigalgs =
            "rsa_pss_rsae_sha256:rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:"
            "rsa_pkcs1_sha384:rsa_pkcs1_sha512:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512",
        .clientSigalgs =
            "rsa_pss_rsae_sha256:rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:"
            "rsa_pkcs1_sha384:rsa_pkcs1_sha512:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList14,
        .groupNames = groupList7,
        .sigSchemes = sigList15,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = sigList15,
        .certLocal = 0,
    },
    {   /* 9: 20240331 */
        .name = "20240331",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384",
        .cipherSuites = "",
        .groups = "P-256:P-384:P-521",
        .sigalgs =
            "rsa_pss_rsae_sha256:rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:"
            "rsa_pkcs1_sha384:rsa_pkcs1_sha512:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512",
        .clientSigalgs =
            "rsa_pss_rsae_sha256:rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:"
            "rsa_pkcs1_sha384:rsa_pkcs1_sha512:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList13,
        .groupNames = groupList7,
        .sigSchemes = sigList15,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = sigList15,
        .certLocal = 0,
    },
    {   /* 10: 20240417 */
        .name = "20240417",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES128-SHA:"
            "ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:"
            "ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES128-SHA256:"
            "AES128-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList16,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = certSigList5,
        .certLocal = 0,
    },
    {   /* 11: 20240416 */
        .name = "20240416",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:"
            "DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA256:DHE-RSA-AES128-GCM-SHA256:"
            "DHE-RSA-AES256-GCM-SHA384",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:ecdsa_secp256r1_sha256:"
            "ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:ecdsa_secp256r1_sha256:"
            "ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList17,
        .groupNames = groupList18,
        .sigSchemes = sigList19,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = sigList19,
        .certLocal = 0,
    },
    {   /* 12: 20241001 */
        .name = "20241001",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384:P-521",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList4,
        .groupNames = groupList1,
        .sigSchemes = sigList2,
        .leftOut = leftOutList20,
        .certKeys = emptyList,
        .certSigSchemes = certSigList5,
        .certLocal = 0,
    },
    {   /* 13: 20250512 */
        .name = "20250512",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384:P-521",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList4,
        .groupNames = groupList1,
        .sigSchemes = sigList2,
        .leftOut = leftOutList21,
        .certKeys = emptyList,
        .certSigSchemes = certSigList9,
        .certLocal = 0,
    },
    {   /* 14: 20250721 */
        .name = "20250721",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384:P-521",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList4,
        .groupNames = groupList1,
        .sigSchemes = sigList2,
        .leftOut = leftOutList8,
        .certKeys = emptyList,
        .certSigSchemes = certSigList9,
        .certLocal = 0,
    },
    {   /* 15: 20251014 */
        .name = "20251014",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384:P-521",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList0,
        .groupNames = groupList1,
        .sigSchemes = sigList2,
        .leftOut = leftOutList3,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 16: 20251015 */
        .name = "20251015",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384",
        .cipherSuites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384",
        .groups = "P-256:P-384:P-521",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList6,
        .groupNames = groupList7,
        .sigSchemes = sigList2,
        .leftOut = leftOutList3,
        .certKeys = emptyList,
        .certSigSchemes = certSigList5,
        .certLocal = 0,
    },
    {   /* 17: 20241001_pq_mixed */
        .name = "20241001_pq_mixed",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384:P-521",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList4,
        .groupNames = groupList1,
        .sigSchemes = sigList2,
        .leftOut = leftOutList20,
        .certKeys = emptyList,
        .certSigSchemes = certSigList5,
        .certLocal = 0,
    },
    {   /* 18: ELBSecurityPolicy-TLS-1-0-2015-04 */
        .name = "ELBSecurityPolicy-TLS-1-0-2015-04",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA:"
            "AES128-GCM-SHA256:AES128-SHA256:AES128-SHA:AES256-GCM-SHA384:AES256-SHA256:AES256-SHA",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList22,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = leftOutList24,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 19: ELBSecurityPolicy-TLS-1-0-2015-05 */
        .name = "ELBSecurityPolicy-TLS-1-0-2015-05",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA:"
            "AES128-GCM-SHA256:AES128-SHA256:AES128-SHA:AES256-GCM-SHA384:AES256-SHA256:AES256-SHA",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList22,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 20: ELBSecurityPolicy-2016-08 */
        .name = "ELBSecurityPolicy-2016-08",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA:"
            "AES128-GCM-SHA256:AES128-SHA256:AES128-SHA:AES256-GCM-SHA384:AES256-SHA256:AES256-SHA",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList22,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 21: ELBSecurityPolicy-TLS-1-1-2017-01 */
        .name = "ELBSecurityPolicy-TLS-1-1-2017-01",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS11,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA:"
            "AES128-GCM-SHA256:AES128-SHA256:AES128-SHA:AES256-GCM-SHA384:AES256-SHA256:AES256-SHA",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList22,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 22: ELBSecurityPolicy-TLS-1-2-2017-01 */
        .name = "ELBSecurityPolicy-TLS-1-2-2017-01",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:AES128-GCM-SHA256:AES128-SHA256:"
            "AES256-GCM-SHA384:AES256-SHA256",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList25,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 23: ELBSecurityPolicy-TLS-1-2-Ext-2018-06 */
        .name = "ELBSecurityPolicy-TLS-1-2-Ext-2018-06",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA:"
            "AES128-GCM-SHA256:AES128-SHA256:AES128-SHA:AES256-GCM-SHA384:AES256-SHA256:AES256-SHA",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList22,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 24: ELBSecurityPolicy-FS-2018-06 */
        .name = "ELBSecurityPolicy-FS-2018-06",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList26,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 25: ELBSecurityPolicy-FS-1-2-2019-08 */
        .name = "ELBSecurityPolicy-FS-1-2-2019-08",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList26,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 26: ELBSecurityPolicy-FS-1-1-2019-08 */
        .name = "ELBSecurityPolicy-FS-1-1-2019-08",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS11,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList26,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 27: ELBSecurityPolicy-FS-1-2-Res-2019-08 */
        .name = "ELBSecurityPolicy-FS-1-2-Res-2019-08",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList27,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 28: ELBSecurityPolicy-TLS13-1-3-CNSA2-INTEROP1-FIPS-PQ-2026-07 */
        .name = "ELBSecurityPolicy-TLS13-1-3-CNSA2-INTEROP1-FIPS-PQ-2026-07",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS13,
        .maxVersion = S2N_TLS13,
        .cipherList = NULL,
        .cipherSuites = "TLS_AES_256_GCM_SHA384",
        .groups = "P-384",
        .sigalgs = "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384",
        .clientSigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList28,
        .groupNames = groupList29,
        .sigSchemes = sigList30,
        .leftOut = leftOutList31,
        .certKeys = emptyList,
        .certSigSchemes = certSigList32,
        .certLocal = 0,
    },
    {   /* 29: ELBSecurityPolicy-TLS13-1-2-CNSA2-INTEROP2-FIPS-PQ-2026-07 */
        .name = "ELBSecurityPolicy-TLS13-1-2-CNSA2-INTEROP2-FIPS-PQ-2026-07",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList = "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384",
        .cipherSuites = "TLS_AES_256_GCM_SHA384",
        .groups = "P-384",
        .sigalgs = "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384",
        .clientSigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList33,
        .groupNames = groupList29,
        .sigSchemes = sigList30,
        .leftOut = leftOutList31,
        .certKeys = emptyList,
        .certSigSchemes = certSigList32,
        .certLocal = 0,
    },
    {   /* 30: ELBSecurityPolicy-TLS13-1-2-CNSA2-INTEROP3-FIPS-PQ-2026-07 */
        .name = "ELBSecurityPolicy-TLS13-1-2-CNSA2-INTEROP3-FIPS-PQ-2026-07",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "AES256-GCM-SHA384:AES256-SHA256:AES256-SHA:AES128-GCM-SHA256:AES128-SHA256:AES128-SHA",
        .cipherSuites = "TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256",
        .groups = "P-384:P-256:P-521",
        .sigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384:"
            "ecdsa_secp256r1_sha256:rsa_pss_pss_sha256:rsa_pss_rsae_sha256:rsa_pkcs1_sha256:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha512:rsa_pss_rsae_sha512:rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384:"
            "ecdsa_secp256r1_sha256:rsa_pss_pss_sha256:rsa_pss_rsae_sha256:rsa_pkcs1_sha256:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha512:rsa_pss_rsae_sha512:rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList34,
        .groupNames = groupList35,
        .sigSchemes = sigList36,
        .leftOut = leftOutList31,
        .certKeys = emptyList,
        .certSigSchemes = certSigList32,
        .certLocal = 0,
    },
    {   /* 31: CloudFront-Upstream */
        .name = "CloudFront-Upstream",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:"
            "ECDHE-RSA-AES128-SHA:AES256-GCM-SHA384:AES128-GCM-SHA256:AES256-SHA:AES128-SHA256:"
            "AES128-SHA",
        .cipherSuites = "",
        .groups = "P-256:X25519:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList37,
        .groupNames = groupList38,
        .sigSchemes = sigList23,
        .leftOut = leftOutList39,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 32: CloudFront-Upstream-TLS-1-0 */
        .name = "CloudFront-Upstream-TLS-1-0",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:"
            "ECDHE-RSA-AES128-SHA:AES256-GCM-SHA384:AES128-GCM-SHA256:AES256-SHA:AES128-SHA256:"
            "AES128-SHA",
        .cipherSuites = "",
        .groups = "P-256:X25519:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList37,
        .groupNames = groupList38,
        .sigSchemes = sigList23,
        .leftOut = leftOutList40,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 33: CloudFront-Upstream-TLS-1-1 */
        .name = "CloudFront-Upstream-TLS-1-1",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS11,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:"
            "ECDHE-RSA-AES128-SHA:AES256-GCM-SHA384:AES128-GCM-SHA256:AES256-SHA:AES128-SHA256:"
            "AES128-SHA",
        .cipherSuites = "",
        .groups = "P-256:X25519:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList37,
        .groupNames = groupList38,
        .sigSchemes = sigList23,
        .leftOut = leftOutList40,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 34: CloudFront-Upstream-TLS-1-2 */
        .name = "CloudFront-Upstream-TLS-1-2",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:"
            "ECDHE-RSA-AES128-SHA:AES256-GCM-SHA384:AES128-GCM-SHA256:AES256-SHA:AES128-SHA256:"
            "AES128-SHA",
        .cipherSuites = "",
        .groups = "P-256:X25519:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList37,
        .groupNames = groupList38,
        .sigSchemes = sigList23,
        .leftOut = leftOutList40,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 35: CloudFront-Upstream-2025 */
        .name = "CloudFront-Upstream-2025",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES128-SHA:"
            "AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList41,
        .groupNames = groupList38,
        .sigSchemes = sigList42,
        .leftOut = leftOutList39,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 36: CloudFront-Upstream-TLS-1-0-2025 */
        .name = "CloudFront-Upstream-TLS-1-0-2025",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES128-SHA:"
            "AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList41,
        .groupNames = groupList38,
        .sigSchemes = sigList42,
        .leftOut = leftOutList40,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 37: CloudFront-Upstream-TLS-1-1-2025 */
        .name = "CloudFront-Upstream-TLS-1-1-2025",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS11,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES128-SHA:"
            "AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList41,
        .groupNames = groupList38,
        .sigSchemes = sigList42,
        .leftOut = leftOutList40,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 38: CloudFront-Upstream-TLS-1-2-2025 */
        .name = "CloudFront-Upstream-TLS-1-2-2025",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES128-SHA:"
            "AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList41,
        .groupNames = groupList38,
        .sigSchemes = sigList42,
        .leftOut = leftOutList40,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 39: CloudFront-Upstream-TLS-1-3-2025 */
        .name = "CloudFront-Upstream-TLS-1-3-2025",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS13,
        .maxVersion = S2N_TLS13,
        .cipherList = NULL,
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList43,
        .groupNames = groupList38,
        .sigSchemes = sigList42,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 40: CloudFront-Upstream-2025-PQ */
        .name = "CloudFront-Upstream-2025-PQ",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES128-SHA:"
            "AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList41,
        .groupNames = groupList38,
        .sigSchemes = sigList42,
        .leftOut = leftOutList44,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 41: CloudFront-Upstream-TLS-1-0-2025-PQ */
        .name = "CloudFront-Upstream-TLS-1-0-2025-PQ",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES128-SHA:"
            "AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList41,
        .groupNames = groupList38,
        .sigSchemes = sigList42,
        .leftOut = leftOutList45,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 42: CloudFront-Upstream-TLS-1-1-2025-PQ */
        .name = "CloudFront-Upstream-TLS-1-1-2025-PQ",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS11,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES128-SHA:"
            "AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList41,
        .groupNames = groupList38,
        .sigSchemes = sigList42,
        .leftOut = leftOutList45,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 43: CloudFront-Upstream-TLS-1-2-2025-PQ */
        .name = "CloudFront-Upstream-TLS-1-2-2025-PQ",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES128-SHA:"
            "AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList41,
        .groupNames = groupList38,
        .sigSchemes = sigList42,
        .leftOut = leftOutList45,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 44: CloudFront-Upstream-TLS-1-3-2025-PQ */
        .name = "CloudFront-Upstream-TLS-1-3-2025-PQ",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS13,
        .maxVersion = S2N_TLS13,
        .cipherList = NULL,
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList43,
        .groupNames = groupList38,
        .sigSchemes = sigList42,
        .leftOut = leftOutList8,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 45: CloudFront-SSL-v-3 */
        .name = "CloudFront-SSL-v-3",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES128-SHA:"
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES256-SHA:"
            "AES128-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList46,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList47,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 46: CloudFront-TLS-1-0-2014 */
        .name = "CloudFront-TLS-1-0-2014",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES256-SHA:AES128-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList10,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList48,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 47: CloudFront-TLS-1-0-2014-sha256 */
        .name = "CloudFront-TLS-1-0-2014-sha256",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES128-SHA:AES256-SHA256:AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList49,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList48,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 48: CloudFront-TLS-1-0-2016 */
        .name = "CloudFront-TLS-1-0-2016",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES256-SHA:AES128-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList10,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList20,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 49: CloudFront-TLS-1-1-2016 */
        .name = "CloudFront-TLS-1-1-2016",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS11,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES256-SHA:AES128-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList10,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList20,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 50: CloudFront-TLS-1-2-2017 */
        .name = "CloudFront-TLS-1-2-2017",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:"
            "AES128-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList50,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList20,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 51: CloudFront-TLS-1-2-2018-no-sha1 */
        .name = "CloudFront-TLS-1-2-2018-no-sha1",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList51,
        .groupNames = groupList11,
        .sigSchemes = certSigList5,
        .leftOut = leftOutList20,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 52: CloudFront-TLS-1-2-2019-no-sha1 */
        .name = "CloudFront-TLS-1-2-2019-no-sha1",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList4,
        .groupNames = groupList11,
        .sigSchemes = certSigList5,
        .leftOut = leftOutList20,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 53: CloudFront-TLS-1-2-2021-no-sha1 */
        .name = "CloudFront-TLS-1-2-2021-no-sha1",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList52,
        .groupNames = groupList11,
        .sigSchemes = certSigList5,
        .leftOut = leftOutList20,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 54: CloudFront-TLS-1-2-2025 */
        .name = "CloudFront-TLS-1-2-2025",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384",
        .cipherSuites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList53,
        .groupNames = groupList18,
        .sigSchemes = sigList54,
        .leftOut = leftOutList20,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 55: CloudFront-TLS-1-3-2025 */
        .name = "CloudFront-TLS-1-3-2025",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS13,
        .maxVersion = S2N_TLS13,
        .cipherList = NULL,
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList43,
        .groupNames = groupList11,
        .sigSchemes = sigList54,
        .leftOut = leftOutList20,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 56: CloudFront-SSL-v-3-no-pq */
        .name = "CloudFront-SSL-v-3-no-pq",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES128-SHA:"
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES256-SHA:"
            "AES128-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList46,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList39,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 57: CloudFront-TLS-1-0-2014-no-pq */
        .name = "CloudFront-TLS-1-0-2014-no-pq",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES256-SHA:AES128-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList10,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList24,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 58: CloudFront-TLS-1-0-2014-sha256-no-pq */
        .name = "CloudFront-TLS-1-0-2014-sha256-no-pq",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES128-SHA:AES256-SHA256:AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList49,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList24,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 59: CloudFront-TLS-1-0-2016-no-pq */
        .name = "CloudFront-TLS-1-0-2016-no-pq",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES256-SHA:AES128-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList10,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 60: CloudFront-TLS-1-1-2016-no-pq */
        .name = "CloudFront-TLS-1-1-2016-no-pq",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS11,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES256-SHA:AES128-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList10,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 61: CloudFront-TLS-1-2-2017-no-pq */
        .name = "CloudFront-TLS-1-2-2017-no-pq",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:"
            "AES128-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList50,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 62: CloudFront-TLS-1-2-2018-no-sha1-no-pq */
        .name = "CloudFront-TLS-1-2-2018-no-sha1-no-pq",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList51,
        .groupNames = groupList11,
        .sigSchemes = certSigList5,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 63: CloudFront-TLS-1-2-2019-no-sha1-no-pq */
        .name = "CloudFront-TLS-1-2-2019-no-sha1-no-pq",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList4,
        .groupNames = groupList11,
        .sigSchemes = certSigList5,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 64: CloudFront-TLS-1-2-2021-no-sha1-no-pq */
        .name = "CloudFront-TLS-1-2-2021-no-sha1-no-pq",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList52,
        .groupNames = groupList11,
        .sigSchemes = certSigList5,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 65: CloudFront-TLS-1-2-2025-no-pq */
        .name = "CloudFront-TLS-1-2-2025-no-pq",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384",
        .cipherSuites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList53,
        .groupNames = groupList18,
        .sigSchemes = sigList54,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 66: CloudFront-TLS-1-3-2025-no-pq */
        .name = "CloudFront-TLS-1-3-2025-no-pq",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS13,
        .maxVersion = S2N_TLS13,
        .cipherList = NULL,
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList43,
        .groupNames = groupList11,
        .sigSchemes = sigList54,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 67: CloudFront-TLS-1-0-2014-PQ-Beta */
        .name = "CloudFront-TLS-1-0-2014-PQ-Beta",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES256-SHA:AES128-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList10,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList48,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 68: CloudFront-TLS-1-2-2021-no-sha1-PQ-Beta */
        .name = "CloudFront-TLS-1-2-2021-no-sha1-PQ-Beta",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList52,
        .groupNames = groupList11,
        .sigSchemes = certSigList5,
        .leftOut = leftOutList20,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 69: CloudFront-TLS-1-2-2018-Beta */
        .name = "CloudFront-TLS-1-2-2018-Beta",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-RSA-CHACHA20-POLY1305:ECDHE-RSA-AES256-SHA384:AES128-GCM-SHA256:"
            "AES256-GCM-SHA384:AES128-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList55,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 70: CloudFront-TLS-1-2-2021-Chacha20-Boosted */
        .name = "CloudFront-TLS-1-2-2021-Chacha20-Boosted",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE | S2N_POLICY_CHACHA20_BOOST,
        .ianaCiphers = ianaList52,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 71: CloudFront-SSL-v-3-Legacy */
        .name = "CloudFront-SSL-v-3-Legacy",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES256-SHA:AES128-SHA",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList56,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = leftOutList39,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 72: CloudFront-TLS-1-0-2014-Legacy */
        .name = "CloudFront-TLS-1-0-2014-Legacy",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES256-SHA:AES128-SHA",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList56,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = leftOutList24,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 73: CloudFront-TLS-1-0-2016-Legacy */
        .name = "CloudFront-TLS-1-0-2016-Legacy",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES256-SHA:AES128-SHA",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList56,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 74: CloudFront-TLS-1-1-2016-Legacy */
        .name = "CloudFront-TLS-1-1-2016-Legacy",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS11,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES256-SHA:AES128-SHA",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList56,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 75: CloudFront-TLS-1-2-2018-Legacy */
        .name = "CloudFront-TLS-1-2-2018-Legacy",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:AES128-GCM-SHA256:"
            "AES256-GCM-SHA384:AES128-SHA256",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList57,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 76: CloudFront-TLS-1-2-2019-Legacy */
        .name = "CloudFront-TLS-1-2-2019-Legacy",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList58,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 77: CloudFront-TLS-1-2-2018 */
        .name = "CloudFront-TLS-1-2-2018",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList51,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 78: CloudFront-TLS-1-2-2019 */
        .name = "CloudFront-TLS-1-2-2019",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList4,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 79: CloudFront-TLS-1-2-2021 */
        .name = "CloudFront-TLS-1-2-2021",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList52,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 80: AWS-CRT-SDK-SSLv3.0 */
        .name = "AWS-CRT-SDK-SSLv3.0",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:"
            "AES256-SHA256:AES128-SHA:AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList59,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList39,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 81: AWS-CRT-SDK-TLSv1.0 */
        .name = "AWS-CRT-SDK-TLSv1.0",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:"
            "AES256-SHA256:AES128-SHA:AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList59,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 82: AWS-CRT-SDK-TLSv1.1 */
        .name = "AWS-CRT-SDK-TLSv1.1",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS11,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:"
            "AES256-SHA256:AES128-SHA:AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList59,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 83: AWS-CRT-SDK-TLSv1.2 */
        .name = "AWS-CRT-SDK-TLSv1.2",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:"
            "AES256-SHA256:AES128-SHA:AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList59,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 84: AWS-CRT-SDK-TLSv1.3 */
        .name = "AWS-CRT-SDK-TLSv1.3",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS13,
        .maxVersion = S2N_TLS13,
        .cipherList = NULL,
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList43,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 85: AWS-CRT-SDK-SSLv3.0-2023 */
        .name = "AWS-CRT-SDK-SSLv3.0-2023",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:"
            "AES256-SHA256:AES128-SHA:AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList59,
        .groupNames = groupList38,
        .sigSchemes = sigList12,
        .leftOut = leftOutList39,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 86: AWS-CRT-SDK-TLSv1.0-2023 */
        .name = "AWS-CRT-SDK-TLSv1.0-2023",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:"
            "AES256-SHA256:AES128-SHA:AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList59,
        .groupNames = groupList38,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 87: AWS-CRT-SDK-TLSv1.0-2025-PQ */
        .name = "AWS-CRT-SDK-TLSv1.0-2025-PQ",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:"
            "AES256-SHA256:AES128-SHA:AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList59,
        .groupNames = groupList38,
        .sigSchemes = sigList12,
        .leftOut = leftOutList60,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 88: AWS-CRT-SDK-TLSv1.1-2023 */
        .name = "AWS-CRT-SDK-TLSv1.1-2023",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS11,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:"
            "AES256-SHA256:AES128-SHA:AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList59,
        .groupNames = groupList38,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 89: AWS-CRT-SDK-TLSv1.2-2023 */
        .name = "AWS-CRT-SDK-TLSv1.2-2023",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:"
            "AES256-SHA256:AES128-SHA:AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList59,
        .groupNames = groupList38,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 90: AWS-CRT-SDK-TLSv1.2-2023-PQ */
        .name = "AWS-CRT-SDK-TLSv1.2-2023-PQ",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:"
            "AES256-SHA256:AES128-SHA:AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList59,
        .groupNames = groupList38,
        .sigSchemes = sigList12,
        .leftOut = leftOutList60,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 91: AWS-CRT-SDK-TLSv1.2-2025 */
        .name = "AWS-CRT-SDK-TLSv1.2-2025",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384",
        .cipherSuites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384",
        .groups = "P-256:P-384",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList53,
        .groupNames = groupList18,
        .sigSchemes = sigList2,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 92: AWS-CRT-SDK-TLSv1.2-2025-PQ */
        .name = "AWS-CRT-SDK-TLSv1.2-2025-PQ",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:"
            "AES256-SHA256:AES128-SHA:AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList59,
        .groupNames = groupList38,
        .sigSchemes = sigList12,
        .leftOut = leftOutList60,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 93: AWS-CRT-SDK-TLSv1.3-2023 */
        .name = "AWS-CRT-SDK-TLSv1.3-2023",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS13,
        .maxVersion = S2N_TLS13,
        .cipherList = NULL,
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList43,
        .groupNames = groupList38,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 94: AWS-CRT-SDK-TLSv1.3-2025-PQ */
        .name = "AWS-CRT-SDK-TLSv1.3-2025-PQ",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS13,
        .maxVersion = S2N_TLS13,
        .cipherList = NULL,
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList43,
        .groupNames = groupList38,
        .sigSchemes = sigList12,
        .leftOut = leftOutList60,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 95: KMS-TLS-1-0-2018-10 */
        .name = "KMS-TLS-1-0-2018-10",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA256:"
            "DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA:DHE-RSA-AES128-SHA",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList61,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = leftOutList62,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 96: KMS-TLS-1-0-2021-08 */
        .name = "KMS-TLS-1-0-2021-08",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA256:"
            "DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA:DHE-RSA-AES128-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList63,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList62,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 97: KMS-TLS-1-2-2023-06 */
        .name = "KMS-TLS-1-2-2023-06",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA256:"
            "DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA:DHE-RSA-AES128-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList63,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList62,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 98: KMS-FIPS-TLS-1-2-2018-10 */
        .name = "KMS-FIPS-TLS-1-2-2018-10",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA256:DHE-RSA-AES128-SHA256",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList64,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 99: KMS-FIPS-TLS-1-2-2021-08 */
        .name = "KMS-FIPS-TLS-1-2-2021-08",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA256:DHE-RSA-AES128-SHA256",
        .cipherSuites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList65,
        .groupNames = groupList18,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 100: KMS-FIPS-TLS-1-2-2024-10 */
        .name = "KMS-FIPS-TLS-1-2-2024-10",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA256:DHE-RSA-AES128-SHA256",
        .cipherSuites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384",
        .groups = "P-256:P-384:P-521",
        .sigalgs =
            "rsa_pss_rsae_sha256:rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:"
            "rsa_pkcs1_sha384:rsa_pkcs1_sha512:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512",
        .clientSigalgs =
            "rsa_pss_rsae_sha256:rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:"
            "rsa_pkcs1_sha384:rsa_pkcs1_sha512:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList65,
        .groupNames = groupList7,
        .sigSchemes = sigList15,
        .leftOut = leftOutList20,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 101: PQ-TLS-1-2-2024-10-07 */
        .name = "PQ-TLS-1-2-2024-10-07",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA:"
            "AES128-GCM-SHA256:AES128-SHA256:AES128-SHA:AES256-GCM-SHA384:AES256-SHA256:AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList66,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList20,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 102: PQ-TLS-1-2-2024-10-08 */
        .name = "PQ-TLS-1-2-2024-10-08",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES128-GCM-SHA256:"
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:"
            "ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:AES128-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:"
            "AES128-SHA256:AES256-SHA:AES256-SHA256:DHE-RSA-AES128-SHA:DHE-RSA-AES128-GCM-SHA256:"
            "DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA:"
            "DHE-RSA-AES256-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList67,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList20,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 103: PQ-TLS-1-2-2024-10-08_gcm */
        .name = "PQ-TLS-1-2-2024-10-08_gcm",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA:"
            "ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:"
            "ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA:"
            "AES128-SHA256:AES256-SHA:AES256-SHA256:DHE-RSA-AES128-GCM-SHA256:"
            "DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-SHA:DHE-RSA-AES128-SHA256:"
            "DHE-RSA-AES256-SHA:DHE-RSA-AES256-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList68,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList20,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 104: PQ-TLS-1-2-2024-10-09 */
        .name = "PQ-TLS-1-2-2024-10-09",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA256:"
            "DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA:DHE-RSA-AES128-SHA",
        .cipherSuites =
            "TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList69,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList20,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 105: 20140601 */
        .name = "20140601",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList = "DHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA:AES128-SHA256:AES128-SHA",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList70,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = leftOutList71,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 106: 20141001 */
        .name = "20141001",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList = "DHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA:AES128-SHA256:AES128-SHA",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList70,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = leftOutList72,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 107: 20150202 */
        .name = "20150202",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList = "DHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA:AES128-SHA256:AES128-SHA",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList70,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = leftOutList73,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 108: 20150214 */
        .name = "20150214",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA:"
            "AES128-GCM-SHA256:AES128-SHA256:AES128-SHA",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList74,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = leftOutList73,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 109: 20150306 */
        .name = "20150306",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-SHA:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES128-SHA256:"
            "AES128-SHA",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList75,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = leftOutList76,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 110: 20160411 */
        .name = "20160411",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-RSA-AES128-SHA:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA:ECDHE-RSA-AES256-SHA384:AES128-SHA:"
            "AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES256-SHA:AES256-SHA256",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList77,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = leftOutList24,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 111: 20160804 */
        .name = "20160804",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-SHA:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA:ECDHE-RSA-AES256-SHA384:"
            "AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA:AES128-SHA256:AES256-SHA:AES256-SHA256",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList78,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = leftOutList24,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 112: 20160824 */
        .name = "20160824",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-SHA:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES128-SHA256:"
            "AES128-SHA",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList75,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 113: 20170210 */
        .name = "20170210",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305:"
            "ECDHE-RSA-AES128-SHA:ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:"
            "AES128-SHA256:AES128-SHA",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList79,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 114: 20170328 */
        .name = "20170328",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-RSA-AES128-SHA:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA:ECDHE-RSA-AES256-SHA384:AES128-SHA:"
            "AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES256-SHA:AES256-SHA256:"
            "DHE-RSA-AES128-SHA:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:"
            "DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA:DHE-RSA-AES256-SHA256",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList80,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = leftOutList24,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 115: 20170328_gcm */
        .name = "20170328_gcm",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-SHA:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA:ECDHE-RSA-AES256-SHA384:"
            "AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA:AES128-SHA256:AES256-SHA:"
            "AES256-SHA256:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:"
            "DHE-RSA-AES128-SHA:DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA:DHE-RSA-AES256-SHA256",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList81,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = leftOutList24,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 116: 20190214 */
        .name = "20190214",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES128-GCM-SHA256:"
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:"
            "ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:AES128-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:"
            "AES128-SHA256:AES256-SHA:AES256-SHA256:DHE-RSA-AES128-SHA:DHE-RSA-AES128-GCM-SHA256:"
            "DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA:"
            "DHE-RSA-AES256-SHA256",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList82,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = leftOutList24,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 117: 20190214_gcm */
        .name = "20190214_gcm",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA:"
            "ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:"
            "ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA:"
            "AES128-SHA256:AES256-SHA:AES256-SHA256:DHE-RSA-AES128-GCM-SHA256:"
            "DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-SHA:DHE-RSA-AES128-SHA256:"
            "DHE-RSA-AES256-SHA:DHE-RSA-AES256-SHA256",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList83,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = leftOutList24,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 118: 20210825 */
        .name = "20210825",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES128-GCM-SHA256:"
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:"
            "ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:AES128-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:"
            "AES128-SHA256:AES256-SHA:AES256-SHA256:DHE-RSA-AES128-SHA:DHE-RSA-AES128-GCM-SHA256:"
            "DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA:"
            "DHE-RSA-AES256-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList67,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList24,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 119: 20210825_gcm */
        .name = "20210825_gcm",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA:"
            "ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:"
            "ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA:"
            "AES128-SHA256:AES256-SHA:AES256-SHA256:DHE-RSA-AES128-GCM-SHA256:"
            "DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-SHA:DHE-RSA-AES128-SHA256:"
            "DHE-RSA-AES256-SHA:DHE-RSA-AES256-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList68,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList24,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 120: 20170405 */
        .name = "20170405",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-RSA-AES256-GCM-SHA384:AES128-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:"
            "AES128-SHA256:AES256-SHA:AES256-SHA256",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList84,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = leftOutList24,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 121: 20170405_gcm */
        .name = "20170405_gcm",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-SHA256:"
            "ECDHE-RSA-AES256-SHA384:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA:"
            "AES128-SHA256:AES256-SHA:AES256-SHA256",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList85,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = leftOutList24,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 122: 20170718 */
        .name = "20170718",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-RSA-AES128-SHA:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA:ECDHE-RSA-AES256-SHA384:AES128-SHA:"
            "AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES256-SHA:AES256-SHA256",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList77,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 123: 20170718_gcm */
        .name = "20170718_gcm",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-SHA:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA:ECDHE-RSA-AES256-SHA384:"
            "AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA:AES128-SHA256:AES256-SHA:AES256-SHA256",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList78,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 124: 20190120 */
        .name = "20190120",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-RSA-AES128-SHA:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-RSA-CHACHA20-POLY1305:ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA384:AES128-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:"
            "AES128-SHA256:AES256-SHA:AES256-SHA256",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList86,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = leftOutList24,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 125: 20190121 */
        .name = "20190121",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305:"
            "ECDHE-RSA-AES128-SHA:ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA384:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA:"
            "AES128-SHA256:AES256-SHA:AES256-SHA256",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList87,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = leftOutList24,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 126: 20190122 */
        .name = "20190122",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-RSA-CHACHA20-POLY1305:ECDHE-RSA-AES128-SHA:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA384:AES128-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:"
            "AES128-SHA256:AES256-SHA:AES256-SHA256",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList88,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = leftOutList24,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 127: 20190801 */
        .name = "20190801",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305:"
            "ECDHE-RSA-AES128-SHA:ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:"
            "AES128-SHA256:AES128-SHA",
        .cipherSuites =
            "TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList89,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 128: 20190802 */
        .name = "20190802",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305:"
            "ECDHE-RSA-AES128-SHA:ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA:AES128-GCM-SHA256:"
            "AES128-SHA256:AES128-SHA",
        .cipherSuites =
            "TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList89,
        .groupNames = groupList18,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 129: 20200207 */
        .name = "20200207",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS13,
        .maxVersion = S2N_TLS13,
        .cipherList = NULL,
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384:P-521",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList43,
        .groupNames = groupList90,
        .sigSchemes = sigList12,
        .leftOut = leftOutList91,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 130: 20201021 */
        .name = "20201021",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-RSA-CHACHA20-POLY1305:ECDHE-RSA-AES128-SHA:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA384:AES128-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:"
            "AES128-SHA256:AES256-SHA:AES256-SHA256",
        .cipherSuites = "",
        .groups = "P-256:P-384:P-521",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList88,
        .groupNames = groupList7,
        .sigSchemes = sigList12,
        .leftOut = leftOutList24,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 131: 20210816 */
        .name = "20210816",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:"
            "ECDHE-RSA-AES256-GCM-SHA384",
        .cipherSuites = "",
        .groups = "P-384",
        .sigalgs =
            "rsa_pkcs1_sha384:rsa_pkcs1_sha512:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512",
        .clientSigalgs =
            "rsa_pkcs1_sha384:rsa_pkcs1_sha512:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList92,
        .groupNames = groupList29,
        .sigSchemes = sigList93,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 132: 20210816_GCM */
        .name = "20210816_GCM",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384",
        .cipherSuites = "",
        .groups = "P-384",
        .sigalgs =
            "rsa_pkcs1_sha384:rsa_pkcs1_sha512:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512",
        .clientSigalgs =
            "rsa_pkcs1_sha384:rsa_pkcs1_sha512:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList94,
        .groupNames = groupList29,
        .sigSchemes = sigList93,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 133: 20240603 */
        .name = "20240603",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:"
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-SHA384:ECDHE-RSA-CHACHA20-POLY1305:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-RSA-AES256-SHA:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES128-SHA256:"
            "DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES256-SHA256:DHE-RSA-AES128-SHA:"
            "DHE-RSA-AES256-SHA:AES128-GCM-SHA256:AES128-SHA256:AES256-GCM-SHA384:AES256-SHA256:"
            "AES128-SHA:AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384:P-521",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE | S2N_POLICY_CHACHA20_BOOST,
        .ianaCiphers = ianaList95,
        .groupNames = groupList90,
        .sigSchemes = sigList2,
        .leftOut = leftOutList96,
        .certKeys = emptyList,
        .certSigSchemes = certSigList5,
        .certLocal = 0,
    },
    {   /* 134: 20250211 */
        .name = "20250211",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS13,
        .maxVersion = S2N_TLS13,
        .cipherList = NULL,
        .cipherSuites = "TLS_AES_256_GCM_SHA384",
        .groups = "P-384",
        .sigalgs = "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384",
        .clientSigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList28,
        .groupNames = groupList29,
        .sigSchemes = sigList30,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = certSigList5,
        .certLocal = 0,
    },
    {   /* 135: 20250414 */
        .name = "20250414",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS13,
        .maxVersion = S2N_TLS13,
        .cipherList = NULL,
        .cipherSuites = "TLS_AES_256_GCM_SHA384",
        .groups = "P-384",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList28,
        .groupNames = groupList29,
        .sigSchemes = sigList2,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = certSigList5,
        .certLocal = 0,
    },
    {   /* 136: 20250429 */
        .name = "20250429",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:AES256-GCM-SHA384:"
            "DHE-RSA-AES256-GCM-SHA384",
        .cipherSuites = "TLS_AES_256_GCM_SHA384",
        .groups = "P-384",
        .sigalgs = "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384",
        .clientSigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList97,
        .groupNames = groupList29,
        .sigSchemes = sigList30,
        .leftOut = emptyList,
        .certKeys = certKeyList98,
        .certSigSchemes = certSigList99,
        .certLocal = 1,
    },
    {   /* 137: 20251013 */
        .name = "20251013",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList = "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384",
        .cipherSuites = "TLS_AES_256_GCM_SHA384",
        .groups = "P-384",
        .sigalgs = "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384",
        .clientSigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList100,
        .groupNames = groupList29,
        .sigSchemes = sigList30,
        .leftOut = emptyList,
        .certKeys = certKeyList98,
        .certSigSchemes = certSigList99,
        .certLocal = 1,
    },
    {   /* 138: 20251113 */
        .name = "20251113",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256",
        .cipherSuites = "TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256",
        .groups = "P-384:P-256:P-521",
        .sigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384:"
            "ecdsa_secp256r1_sha256:rsa_pss_pss_sha256:rsa_pss_rsae_sha256:rsa_pkcs1_sha256:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha512:rsa_pss_rsae_sha512:rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384:"
            "ecdsa_secp256r1_sha256:rsa_pss_pss_sha256:rsa_pss_rsae_sha256:rsa_pkcs1_sha256:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha512:rsa_pss_rsae_sha512:rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList101,
        .groupNames = groupList35,
        .sigSchemes = sigList36,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = sigList36,
        .certLocal = 0,
    },
    {   /* 139: 20251114 */
        .name = "20251114",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA",
        .cipherSuites = "TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256",
        .groups = "P-384:P-256:P-521",
        .sigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384:"
            "ecdsa_secp256r1_sha256:rsa_pss_pss_sha256:rsa_pss_rsae_sha256:rsa_pkcs1_sha256:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha512:rsa_pss_rsae_sha512:rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384:"
            "ecdsa_secp256r1_sha256:rsa_pss_pss_sha256:rsa_pss_rsae_sha256:rsa_pkcs1_sha256:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha512:rsa_pss_rsae_sha512:rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList102,
        .groupNames = groupList35,
        .sigSchemes = sigList36,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = sigList36,
        .certLocal = 0,
    },
    {   /* 140: 20251115 */
        .name = "20251115",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "AES256-GCM-SHA384:AES256-SHA256:AES256-SHA:AES128-GCM-SHA256:AES128-SHA256:AES128-SHA",
        .cipherSuites = "TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256",
        .groups = "P-384:P-256:P-521",
        .sigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384:"
            "ecdsa_secp256r1_sha256:rsa_pss_pss_sha256:rsa_pss_rsae_sha256:rsa_pkcs1_sha256:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha512:rsa_pss_rsae_sha512:rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384:"
            "ecdsa_secp256r1_sha256:rsa_pss_pss_sha256:rsa_pss_rsae_sha256:rsa_pkcs1_sha256:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha512:rsa_pss_rsae_sha512:rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList34,
        .groupNames = groupList35,
        .sigSchemes = sigList36,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = sigList36,
        .certLocal = 0,
    },
    {   /* 141: 20251116 */
        .name = "20251116",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "AES256-GCM-SHA384:AES256-SHA256:AES256-SHA:AES128-GCM-SHA256:AES128-SHA256:"
            "AES128-SHA:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA:"
            "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA",
        .cipherSuites = "TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256",
        .groups = "P-384:P-256:P-521",
        .sigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384:"
            "ecdsa_secp256r1_sha256:rsa_pss_pss_sha256:rsa_pss_rsae_sha256:rsa_pkcs1_sha256:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha512:rsa_pss_rsae_sha512:rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384:"
            "ecdsa_secp256r1_sha256:rsa_pss_pss_sha256:rsa_pss_rsae_sha256:rsa_pkcs1_sha256:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha512:rsa_pss_rsae_sha512:rsa_pkcs1_sha512",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList103,
        .groupNames = groupList35,
        .sigSchemes = sigList36,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = sigList36,
        .certLocal = 0,
    },
    {   /* 142: 20251117 */
        .name = "20251117",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256",
        .cipherSuites = "TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256",
        .groups = "P-384:P-256:P-521",
        .sigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384:"
            "ecdsa_secp256r1_sha256:rsa_pss_pss_sha256:rsa_pss_rsae_sha256:rsa_pkcs1_sha256:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha512:rsa_pss_rsae_sha512:rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384:"
            "ecdsa_secp256r1_sha256:rsa_pss_pss_sha256:rsa_pss_rsae_sha256:rsa_pkcs1_sha256:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha512:rsa_pss_rsae_sha512:rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList104,
        .groupNames = groupList35,
        .sigSchemes = sigList36,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = sigList36,
        .certLocal = 0,
    },
    {   /* 143: 20260219 */
        .name = "20260219",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 0,
        .unusableWhy =
            "it has no key exchange group or signature scheme that OpenSSL 3.0 supports (ML-KEM "
            "needs OpenSSL >= 3.5; ML-DSA needs OpenSSL >= 3.5)",
        .minVersion = S2N_TLS13,
        .maxVersion = S2N_TLS13,
        .cipherList = NULL,
        .cipherSuites = "TLS_AES_256_GCM_SHA384",
        .groups = NULL,
        .sigalgs = NULL,
        .clientSigalgs = NULL,
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList28,
        .groupNames = emptyList,
        .sigSchemes = emptyList,
        .leftOut = leftOutList31,
        .certKeys = certKeyList105,
        .certSigSchemes = certSigList106,
        .certLocal = 1,
    },
    {   /* 144: 20260220 */
        .name = "20260220",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList = "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384",
        .cipherSuites = "TLS_AES_256_GCM_SHA384",
        .groups = "P-384",
        .sigalgs = "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384",
        .clientSigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList33,
        .groupNames = groupList29,
        .sigSchemes = sigList30,
        .leftOut = leftOutList31,
        .certKeys = emptyList,
        .certSigSchemes = certSigList107,
        .certLocal = 0,
    },
    {   /* 145: 20260513 */
        .name = "20260513",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS13,
        .maxVersion = S2N_TLS13,
        .cipherList = NULL,
        .cipherSuites = "TLS_AES_256_GCM_SHA384",
        .groups = "P-384",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList28,
        .groupNames = groupList29,
        .sigSchemes = sigList2,
        .leftOut = leftOutList31,
        .certKeys = emptyList,
        .certSigSchemes = certSigList108,
        .certLocal = 0,
    },
    {   /* 146: 20260520 */
        .name = "20260520",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES128-GCM-SHA256:"
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:"
            "ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:AES128-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:"
            "AES128-SHA256:AES256-SHA:AES256-SHA256:DHE-RSA-AES128-SHA:DHE-RSA-AES128-GCM-SHA256:"
            "DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA:"
            "DHE-RSA-AES256-SHA256",
        .cipherSuites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384",
        .groups = "P-256:P-384:P-521",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList109,
        .groupNames = groupList7,
        .sigSchemes = sigList12,
        .leftOut = leftOutList48,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 147: 20260520_gcm */
        .name = "20260520_gcm",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA:"
            "ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:"
            "ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA:"
            "AES128-SHA256:AES256-SHA:AES256-SHA256:DHE-RSA-AES128-GCM-SHA256:"
            "DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-SHA:DHE-RSA-AES128-SHA256:"
            "DHE-RSA-AES256-SHA:DHE-RSA-AES256-SHA256",
        .cipherSuites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384",
        .groups = "P-256:P-384:P-521",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList110,
        .groupNames = groupList7,
        .sigSchemes = sigList12,
        .leftOut = leftOutList48,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 148: 20260521 */
        .name = "20260521",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES128-GCM-SHA256:"
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:"
            "ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:AES128-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:"
            "AES128-SHA256:AES256-SHA:AES256-SHA256",
        .cipherSuites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384",
        .groups = "P-256:P-384:P-521",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList111,
        .groupNames = groupList7,
        .sigSchemes = sigList12,
        .leftOut = leftOutList20,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 149: 20260521_gcm */
        .name = "20260521_gcm",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA:"
            "ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:"
            "AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA:AES128-SHA256:AES256-SHA:AES256-SHA256",
        .cipherSuites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384",
        .groups = "P-256:P-384:P-521",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList112,
        .groupNames = groupList7,
        .sigSchemes = sigList12,
        .leftOut = leftOutList20,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 150: 20260522 */
        .name = "20260522",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES128-GCM-SHA256:"
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:"
            "ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384",
        .cipherSuites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384",
        .groups = "P-256:P-384:P-521",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList113,
        .groupNames = groupList7,
        .sigSchemes = sigList12,
        .leftOut = leftOutList20,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 151: 20260522_gcm */
        .name = "20260522_gcm",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA:"
            "ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA:"
            "ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384",
        .cipherSuites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384",
        .groups = "P-256:P-384:P-521",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList114,
        .groupNames = groupList7,
        .sigSchemes = sigList12,
        .leftOut = leftOutList20,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 152: 20260523 */
        .name = "20260523",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES128-GCM-SHA256:"
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:"
            "ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:AES128-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:"
            "AES128-SHA256:AES256-SHA:AES256-SHA256:DHE-RSA-AES128-SHA:DHE-RSA-AES128-GCM-SHA256:"
            "DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA:"
            "DHE-RSA-AES256-SHA256",
        .cipherSuites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384",
        .groups = "P-256:P-384:P-521",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ECDSA+SHA1:RSA+SHA1",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ECDSA+SHA1:RSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList109,
        .groupNames = groupList7,
        .sigSchemes = sigList115,
        .leftOut = leftOutList20,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 153: 20260523_gcm */
        .name = "20260523_gcm",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA:"
            "ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:"
            "ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA:"
            "AES128-SHA256:AES256-SHA:AES256-SHA256:DHE-RSA-AES128-GCM-SHA256:"
            "DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-SHA:DHE-RSA-AES128-SHA256:"
            "DHE-RSA-AES256-SHA:DHE-RSA-AES256-SHA256",
        .cipherSuites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384",
        .groups = "P-256:P-384:P-521",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ECDSA+SHA1:RSA+SHA1",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ECDSA+SHA1:RSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList110,
        .groupNames = groupList7,
        .sigSchemes = sigList115,
        .leftOut = leftOutList20,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 154: 20260720 */
        .name = "20260720",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS13,
        .maxVersion = S2N_TLS13,
        .cipherList = NULL,
        .cipherSuites = "TLS_AES_256_GCM_SHA384",
        .groups = "P-384",
        .sigalgs = "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384",
        .clientSigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList28,
        .groupNames = groupList29,
        .sigSchemes = sigList30,
        .leftOut = leftOutList31,
        .certKeys = emptyList,
        .certSigSchemes = certSigList32,
        .certLocal = 0,
    },
    {   /* 155: 20260722 */
        .name = "20260722",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:"
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "AES256-GCM-SHA384:AES256-SHA256:AES256-SHA:AES128-GCM-SHA256:AES128-SHA256:AES128-SHA",
        .cipherSuites = "TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256",
        .groups = "P-384:P-256:P-521",
        .sigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384:"
            "ecdsa_secp256r1_sha256:rsa_pss_pss_sha256:rsa_pss_rsae_sha256:rsa_pkcs1_sha256:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha512:rsa_pss_rsae_sha512:rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384:"
            "ecdsa_secp256r1_sha256:rsa_pss_pss_sha256:rsa_pss_rsae_sha256:rsa_pkcs1_sha256:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha512:rsa_pss_rsae_sha512:rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList34,
        .groupNames = groupList35,
        .sigSchemes = sigList36,
        .leftOut = leftOutList31,
        .certKeys = emptyList,
        .certSigSchemes = certSigList32,
        .certLocal = 0,
    },
    {   /* 156: rfc9151 */
        .name = "rfc9151",
        .aliasOf = "20251013",
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList = "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384",
        .cipherSuites = "TLS_AES_256_GCM_SHA384",
        .groups = "P-384",
        .sigalgs = "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384",
        .clientSigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList100,
        .groupNames = groupList29,
        .sigSchemes = sigList30,
        .leftOut = emptyList,
        .certKeys = certKeyList98,
        .certSigSchemes = certSigList99,
        .certLocal = 1,
    },
    {   /* 157: cnsa_1 */
        .name = "cnsa_1",
        .aliasOf = "20251013",
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList = "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384",
        .cipherSuites = "TLS_AES_256_GCM_SHA384",
        .groups = "P-384",
        .sigalgs = "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384",
        .clientSigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList100,
        .groupNames = groupList29,
        .sigSchemes = sigList30,
        .leftOut = emptyList,
        .certKeys = certKeyList98,
        .certSigSchemes = certSigList99,
        .certLocal = 1,
    },
    {   /* 158: cnsa_2 */
        .name = "cnsa_2",
        .aliasOf = "20260219",
        .deprecated = 0,
        .usable = 0,
        .unusableWhy =
            "it has no key exchange group or signature scheme that OpenSSL 3.0 supports (ML-KEM "
            "needs OpenSSL >= 3.5; ML-DSA needs OpenSSL >= 3.5)",
        .minVersion = S2N_TLS13,
        .maxVersion = S2N_TLS13,
        .cipherList = NULL,
        .cipherSuites = "TLS_AES_256_GCM_SHA384",
        .groups = NULL,
        .sigalgs = NULL,
        .clientSigalgs = NULL,
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList28,
        .groupNames = emptyList,
        .sigSchemes = emptyList,
        .leftOut = leftOutList31,
        .certKeys = certKeyList105,
        .certSigSchemes = certSigList106,
        .certLocal = 1,
    },
    {   /* 159: cnsa_1_2_interop */
        .name = "cnsa_1_2_interop",
        .aliasOf = "20260220",
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList = "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384",
        .cipherSuites = "TLS_AES_256_GCM_SHA384",
        .groups = "P-384",
        .sigalgs = "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384",
        .clientSigalgs =
            "ecdsa_secp384r1_sha384:rsa_pss_pss_sha384:rsa_pss_rsae_sha384:rsa_pkcs1_sha384",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList33,
        .groupNames = groupList29,
        .sigSchemes = sigList30,
        .leftOut = leftOutList31,
        .certKeys = emptyList,
        .certSigSchemes = certSigList107,
        .certLocal = 0,
    },
    {   /* 160: test_all */
        .name = "test_all",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "AES128-SHA:DHE-RSA-AES128-SHA:AES256-SHA:DHE-RSA-AES256-SHA:AES128-SHA256:"
            "AES256-SHA256:DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA256:AES128-GCM-SHA256:"
            "AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:DHE-RSA-CHACHA20-POLY1305",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384:P-521",
        .sigalgs =
            "RSA+SHA1:RSA+SHA224:rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:ECDSA+SHA1:"
            "ECDSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_rsae_sha256:rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pss_pss_sha256:"
            "rsa_pss_pss_sha384:rsa_pss_pss_sha512",
        .clientSigalgs =
            "RSA+SHA1:RSA+SHA224:rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:ECDSA+SHA1:"
            "ECDSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_rsae_sha256:rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pss_pss_sha256:"
            "rsa_pss_pss_sha384:rsa_pss_pss_sha512",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList116,
        .groupNames = groupList90,
        .sigSchemes = sigList117,
        .leftOut = leftOutList118,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 161: test_all_fips */
        .name = "test_all_fips",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "DHE-RSA-AES128-SHA:DHE-RSA-AES256-SHA:DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA256:"
            "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES128-SHA:ECDHE-RSA-AES256-SHA:"
            "ECDHE-ECDSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES128-SHA256:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384",
        .cipherSuites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384",
        .groups = "P-256:P-384:P-521",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList119,
        .groupNames = groupList7,
        .sigSchemes = certSigList5,
        .leftOut = leftOutList120,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 162: test_all_ecdsa */
        .name = "test_all_ecdsa",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-ECDSA-AES256-SHA384:ECDHE-ECDSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305",
        .cipherSuites = "",
        .groups = "X25519:P-256:P-384:P-521",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList121,
        .groupNames = groupList90,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 163: test_all_rsa_kex */
        .name = "test_all_rsa_kex",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "AES128-SHA:AES128-SHA:AES256-SHA:AES128-SHA256:AES256-SHA256:AES128-GCM-SHA256:"
            "AES256-GCM-SHA384",
        .cipherSuites = "",
        .groups = "P-256:P-384",
        .sigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:RSA+SHA224:"
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:ECDSA+SHA224:"
            "RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList122,
        .groupNames = groupList18,
        .sigSchemes = sigList23,
        .leftOut = leftOutList123,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 164: test_ecdsa_priority */
        .name = "test_ecdsa_priority",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-ECDSA-AES256-SHA384:ECDHE-ECDSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:AES128-SHA:"
            "DHE-RSA-AES128-SHA:AES256-SHA:DHE-RSA-AES256-SHA:AES128-SHA256:AES256-SHA256:"
            "DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA256:AES128-GCM-SHA256:AES256-GCM-SHA384:"
            "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-SHA:"
            "ECDHE-RSA-AES256-SHA:ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305:"
            "DHE-RSA-CHACHA20-POLY1305",
        .cipherSuites = "",
        .groups = "X25519:P-256:P-384:P-521",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList124,
        .groupNames = groupList90,
        .sigSchemes = sigList12,
        .leftOut = leftOutList125,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 165: test_all_tls12 */
        .name = "test_all_tls12",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList =
            "AES128-SHA:DHE-RSA-AES128-SHA:AES256-SHA:DHE-RSA-AES256-SHA:AES128-SHA256:"
            "AES256-SHA256:DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA256:AES128-GCM-SHA256:"
            "AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:DHE-RSA-CHACHA20-POLY1305",
        .cipherSuites = "",
        .groups = "P-256:P-384:P-521",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList126,
        .groupNames = groupList7,
        .sigSchemes = sigList12,
        .leftOut = leftOutList125,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 166: test_all_tls13 */
        .name = "test_all_tls13",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS13,
        .maxVersion = S2N_TLS13,
        .cipherList = NULL,
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384:P-521",
        .sigalgs =
            "RSA+SHA1:RSA+SHA224:rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:ECDSA+SHA1:"
            "ECDSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_rsae_sha256:rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pss_pss_sha256:"
            "rsa_pss_pss_sha384:rsa_pss_pss_sha512",
        .clientSigalgs =
            "RSA+SHA1:RSA+SHA224:rsa_pkcs1_sha256:rsa_pkcs1_sha384:rsa_pkcs1_sha512:ECDSA+SHA1:"
            "ECDSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_rsae_sha256:rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pss_pss_sha256:"
            "rsa_pss_pss_sha384:rsa_pss_pss_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList43,
        .groupNames = groupList90,
        .sigSchemes = sigList117,
        .leftOut = leftOutList127,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 167: test_pq_only */
        .name = "test_pq_only",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 0,
        .unusableWhy =
            "it has no key exchange group that OpenSSL 3.0 supports (ML-KEM needs OpenSSL >= 3.5)",
        .minVersion = S2N_TLS13,
        .maxVersion = S2N_TLS13,
        .cipherList = NULL,
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = NULL,
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList43,
        .groupNames = emptyList,
        .sigSchemes = sigList2,
        .leftOut = leftOutList60,
        .certKeys = emptyList,
        .certSigSchemes = sigList2,
        .certLocal = 0,
    },
    {   /* 168: null */
        .name = "null",
        .aliasOf = NULL,
        .deprecated = 0,
        .usable = 0,
        .unusableWhy =
            "it has no cipher suite that OpenSSL 3.0 supports (TLS_NULL_WITH_NULL_NULL is not a "
            "cipher)",
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS12,
        .cipherList = NULL,
        .cipherSuites = "",
        .groups = NULL,
        .sigalgs = NULL,
        .clientSigalgs = NULL,
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = emptyList,
        .groupNames = emptyList,
        .sigSchemes = emptyList,
        .leftOut = leftOutList128,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 169: KMS-PQ-TLS-1-0-2019-06 */
        .name = "KMS-PQ-TLS-1-0-2019-06",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 0,
        .unusableWhy = "s2n no longer records its settings",
        .minVersion = 0,
        .maxVersion = 0,
        .cipherList = NULL,
        .cipherSuites = NULL,
        .groups = NULL,
        .sigalgs = NULL,
        .clientSigalgs = NULL,
        .securityLevel = -1,
        .options = 0,
        .ianaCiphers = emptyList,
        .groupNames = emptyList,
        .sigSchemes = emptyList,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 170: KMS-PQ-TLS-1-0-2020-02 */
        .name = "KMS-PQ-TLS-1-0-2020-02",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 0,
        .unusableWhy = "s2n no longer records its settings",
        .minVersion = 0,
        .maxVersion = 0,
        .cipherList = NULL,
        .cipherSuites = NULL,
        .groups = NULL,
        .sigalgs = NULL,
        .clientSigalgs = NULL,
        .securityLevel = -1,
        .options = 0,
        .ianaCiphers = emptyList,
        .groupNames = emptyList,
        .sigSchemes = emptyList,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 171: KMS-PQ-TLS-1-0-2020-07 */
        .name = "KMS-PQ-TLS-1-0-2020-07",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 0,
        .unusableWhy = "s2n no longer records its settings",
        .minVersion = 0,
        .maxVersion = 0,
        .cipherList = NULL,
        .cipherSuites = NULL,
        .groups = NULL,
        .sigalgs = NULL,
        .clientSigalgs = NULL,
        .securityLevel = -1,
        .options = 0,
        .ianaCiphers = emptyList,
        .groupNames = emptyList,
        .sigSchemes = emptyList,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 172: PQ-TLS-1-0-2020-12 */
        .name = "PQ-TLS-1-0-2020-12",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 0,
        .unusableWhy = "s2n no longer records its settings",
        .minVersion = 0,
        .maxVersion = 0,
        .cipherList = NULL,
        .cipherSuites = NULL,
        .groups = NULL,
        .sigalgs = NULL,
        .clientSigalgs = NULL,
        .securityLevel = -1,
        .options = 0,
        .ianaCiphers = emptyList,
        .groupNames = emptyList,
        .sigSchemes = emptyList,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 173: PQ-TLS-1-1-2021-05-17 */
        .name = "PQ-TLS-1-1-2021-05-17",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 0,
        .unusableWhy = "s2n no longer records its settings",
        .minVersion = 0,
        .maxVersion = 0,
        .cipherList = NULL,
        .cipherSuites = NULL,
        .groups = NULL,
        .sigalgs = NULL,
        .clientSigalgs = NULL,
        .securityLevel = -1,
        .options = 0,
        .ianaCiphers = emptyList,
        .groupNames = emptyList,
        .sigSchemes = emptyList,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 174: PQ-TLS-1-0-2021-05-18 */
        .name = "PQ-TLS-1-0-2021-05-18",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 0,
        .unusableWhy = "s2n no longer records its settings",
        .minVersion = 0,
        .maxVersion = 0,
        .cipherList = NULL,
        .cipherSuites = NULL,
        .groups = NULL,
        .sigalgs = NULL,
        .clientSigalgs = NULL,
        .securityLevel = -1,
        .options = 0,
        .ianaCiphers = emptyList,
        .groupNames = emptyList,
        .sigSchemes = emptyList,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 175: PQ-TLS-1-0-2021-05-19 */
        .name = "PQ-TLS-1-0-2021-05-19",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 0,
        .unusableWhy = "s2n no longer records its settings",
        .minVersion = 0,
        .maxVersion = 0,
        .cipherList = NULL,
        .cipherSuites = NULL,
        .groups = NULL,
        .sigalgs = NULL,
        .clientSigalgs = NULL,
        .securityLevel = -1,
        .options = 0,
        .ianaCiphers = emptyList,
        .groupNames = emptyList,
        .sigSchemes = emptyList,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 176: PQ-TLS-1-0-2021-05-20 */
        .name = "PQ-TLS-1-0-2021-05-20",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 0,
        .unusableWhy = "s2n no longer records its settings",
        .minVersion = 0,
        .maxVersion = 0,
        .cipherList = NULL,
        .cipherSuites = NULL,
        .groups = NULL,
        .sigalgs = NULL,
        .clientSigalgs = NULL,
        .securityLevel = -1,
        .options = 0,
        .ianaCiphers = emptyList,
        .groupNames = emptyList,
        .sigSchemes = emptyList,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 177: PQ-TLS-1-1-2021-05-21 */
        .name = "PQ-TLS-1-1-2021-05-21",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 0,
        .unusableWhy = "s2n no longer records its settings",
        .minVersion = 0,
        .maxVersion = 0,
        .cipherList = NULL,
        .cipherSuites = NULL,
        .groups = NULL,
        .sigalgs = NULL,
        .clientSigalgs = NULL,
        .securityLevel = -1,
        .options = 0,
        .ianaCiphers = emptyList,
        .groupNames = emptyList,
        .sigSchemes = emptyList,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 178: PQ-TLS-1-0-2021-05-22 */
        .name = "PQ-TLS-1-0-2021-05-22",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 0,
        .unusableWhy = "s2n no longer records its settings",
        .minVersion = 0,
        .maxVersion = 0,
        .cipherList = NULL,
        .cipherSuites = NULL,
        .groups = NULL,
        .sigalgs = NULL,
        .clientSigalgs = NULL,
        .securityLevel = -1,
        .options = 0,
        .ianaCiphers = emptyList,
        .groupNames = emptyList,
        .sigSchemes = emptyList,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 179: PQ-TLS-1-0-2021-05-23 */
        .name = "PQ-TLS-1-0-2021-05-23",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 0,
        .unusableWhy = "s2n no longer records its settings",
        .minVersion = 0,
        .maxVersion = 0,
        .cipherList = NULL,
        .cipherSuites = NULL,
        .groups = NULL,
        .sigalgs = NULL,
        .clientSigalgs = NULL,
        .securityLevel = -1,
        .options = 0,
        .ianaCiphers = emptyList,
        .groupNames = emptyList,
        .sigSchemes = emptyList,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 180: PQ-TLS-1-0-2021-05-24 */
        .name = "PQ-TLS-1-0-2021-05-24",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 0,
        .unusableWhy = "s2n no longer records its settings",
        .minVersion = 0,
        .maxVersion = 0,
        .cipherList = NULL,
        .cipherSuites = NULL,
        .groups = NULL,
        .sigalgs = NULL,
        .clientSigalgs = NULL,
        .securityLevel = -1,
        .options = 0,
        .ianaCiphers = emptyList,
        .groupNames = emptyList,
        .sigSchemes = emptyList,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 181: PQ-TLS-1-0-2021-05-25 */
        .name = "PQ-TLS-1-0-2021-05-25",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 0,
        .unusableWhy = "s2n no longer records its settings",
        .minVersion = 0,
        .maxVersion = 0,
        .cipherList = NULL,
        .cipherSuites = NULL,
        .groups = NULL,
        .sigalgs = NULL,
        .clientSigalgs = NULL,
        .securityLevel = -1,
        .options = 0,
        .ianaCiphers = emptyList,
        .groupNames = emptyList,
        .sigSchemes = emptyList,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 182: PQ-TLS-1-0-2021-05-26 */
        .name = "PQ-TLS-1-0-2021-05-26",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 0,
        .unusableWhy = "s2n no longer records its settings",
        .minVersion = 0,
        .maxVersion = 0,
        .cipherList = NULL,
        .cipherSuites = NULL,
        .groups = NULL,
        .sigalgs = NULL,
        .clientSigalgs = NULL,
        .securityLevel = -1,
        .options = 0,
        .ianaCiphers = emptyList,
        .groupNames = emptyList,
        .sigSchemes = emptyList,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 183: PQ-TLS-1-0-2023-01-24 */
        .name = "PQ-TLS-1-0-2023-01-24",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS10,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA256:"
            "DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA:DHE-RSA-AES128-SHA",
        .cipherSuites =
            "TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList69,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList129,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 184: PQ-TLS-1-2-2023-04-07 */
        .name = "PQ-TLS-1-2-2023-04-07",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA:"
            "AES128-GCM-SHA256:AES128-SHA256:AES128-SHA:AES256-GCM-SHA384:AES256-SHA256:AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList66,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList130,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 185: PQ-TLS-1-2-2023-04-08 */
        .name = "PQ-TLS-1-2-2023-04-08",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES128-GCM-SHA256:"
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:"
            "ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:AES128-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:"
            "AES128-SHA256:AES256-SHA:AES256-SHA256:DHE-RSA-AES128-SHA:DHE-RSA-AES128-GCM-SHA256:"
            "DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA:"
            "DHE-RSA-AES256-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList67,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList131,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 186: PQ-TLS-1-2-2023-04-09 */
        .name = "PQ-TLS-1-2-2023-04-09",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA256:"
            "DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA:DHE-RSA-AES128-SHA",
        .cipherSuites =
            "TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList69,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList129,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 187: PQ-TLS-1-2-2023-04-10 */
        .name = "PQ-TLS-1-2-2023-04-10",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA:"
            "ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:"
            "ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA:"
            "AES128-SHA256:AES256-SHA:AES256-SHA256:DHE-RSA-AES128-GCM-SHA256:"
            "DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-SHA:DHE-RSA-AES128-SHA256:"
            "DHE-RSA-AES256-SHA:DHE-RSA-AES256-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList68,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList131,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 188: PQ-TLS-1-3-2023-06-01 */
        .name = "PQ-TLS-1-3-2023-06-01",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA:"
            "ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:"
            "ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA:"
            "AES128-SHA256:AES256-SHA:AES256-SHA256:DHE-RSA-AES128-GCM-SHA256:"
            "DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-SHA:DHE-RSA-AES128-SHA256:"
            "DHE-RSA-AES256-SHA:DHE-RSA-AES256-SHA256",
        .cipherSuites =
            "TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:P-384:P-521",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList132,
        .groupNames = groupList7,
        .sigSchemes = sigList12,
        .leftOut = leftOutList133,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 189: PQ-TLS-1-2-2023-10-07 */
        .name = "PQ-TLS-1-2-2023-10-07",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA:"
            "AES128-GCM-SHA256:AES128-SHA256:AES128-SHA:AES256-GCM-SHA384:AES256-SHA256:AES256-SHA",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList66,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList134,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 190: PQ-TLS-1-2-2023-10-08 */
        .name = "PQ-TLS-1-2-2023-10-08",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES128-GCM-SHA256:"
            "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:"
            "ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:AES128-SHA:AES128-GCM-SHA256:AES256-GCM-SHA384:"
            "AES128-SHA256:AES256-SHA:AES256-SHA256:DHE-RSA-AES128-SHA:DHE-RSA-AES128-GCM-SHA256:"
            "DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA:"
            "DHE-RSA-AES256-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList67,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList133,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 191: PQ-TLS-1-2-2023-10-09 */
        .name = "PQ-TLS-1-2-2023-10-09",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA256:"
            "DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA:DHE-RSA-AES128-SHA",
        .cipherSuites =
            "TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList69,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList135,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 192: PQ-TLS-1-2-2023-10-10 */
        .name = "PQ-TLS-1-2-2023-10-10",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA:"
            "ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:"
            "ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA:"
            "AES128-SHA256:AES256-SHA:AES256-SHA256:DHE-RSA-AES128-GCM-SHA256:"
            "DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-SHA:DHE-RSA-AES128-SHA256:"
            "DHE-RSA-AES256-SHA:DHE-RSA-AES256-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "X25519:P-256:P-384",
        .sigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .clientSigalgs =
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512:RSA+SHA224:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:ECDSA+SHA224:RSA+SHA1:ECDSA+SHA1",
        .securityLevel = 0,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList68,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList133,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 193: PQ-TLS-1-2-2023-12-13 */
        .name = "PQ-TLS-1-2-2023-12-13",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:"
            "AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES256-SHA256",
        .cipherSuites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384",
        .groups = "P-256:P-384:P-521",
        .sigalgs =
            "rsa_pss_rsae_sha256:rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:"
            "rsa_pkcs1_sha384:rsa_pkcs1_sha512:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512",
        .clientSigalgs =
            "rsa_pss_rsae_sha256:rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:"
            "rsa_pkcs1_sha384:rsa_pkcs1_sha512:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList136,
        .groupNames = groupList7,
        .sigSchemes = sigList15,
        .leftOut = leftOutList137,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 194: PQ-TLS-1-2-2023-12-14 */
        .name = "PQ-TLS-1-2-2023-12-14",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA256:"
            "ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384",
        .cipherSuites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384",
        .groups = "P-256:P-384:P-521",
        .sigalgs =
            "rsa_pss_rsae_sha256:rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:"
            "rsa_pkcs1_sha384:rsa_pkcs1_sha512:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512",
        .clientSigalgs =
            "rsa_pss_rsae_sha256:rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:"
            "rsa_pkcs1_sha384:rsa_pkcs1_sha512:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList138,
        .groupNames = groupList7,
        .sigSchemes = sigList15,
        .leftOut = leftOutList137,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 195: PQ-TLS-1-2-2023-12-15 */
        .name = "PQ-TLS-1-2-2023-12-15",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-SHA384:"
            "ECDHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA256:DHE-RSA-AES128-SHA256",
        .cipherSuites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384",
        .groups = "P-256:P-384:P-521",
        .sigalgs =
            "rsa_pss_rsae_sha256:rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:"
            "rsa_pkcs1_sha384:rsa_pkcs1_sha512:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512",
        .clientSigalgs =
            "rsa_pss_rsae_sha256:rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:"
            "rsa_pkcs1_sha384:rsa_pkcs1_sha512:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:"
            "ecdsa_secp521r1_sha512:rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList65,
        .groupNames = groupList7,
        .sigSchemes = sigList15,
        .leftOut = leftOutList137,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 196: PQ-SIKE-TEST-TLS-1-0-2019-11 */
        .name = "PQ-SIKE-TEST-TLS-1-0-2019-11",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 0,
        .unusableWhy = "s2n no longer records its settings",
        .minVersion = 0,
        .maxVersion = 0,
        .cipherList = NULL,
        .cipherSuites = NULL,
        .groups = NULL,
        .sigalgs = NULL,
        .clientSigalgs = NULL,
        .securityLevel = -1,
        .options = 0,
        .ianaCiphers = emptyList,
        .groupNames = emptyList,
        .sigSchemes = emptyList,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 197: PQ-SIKE-TEST-TLS-1-0-2020-02 */
        .name = "PQ-SIKE-TEST-TLS-1-0-2020-02",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 0,
        .unusableWhy = "s2n no longer records its settings",
        .minVersion = 0,
        .maxVersion = 0,
        .cipherList = NULL,
        .cipherSuites = NULL,
        .groups = NULL,
        .sigalgs = NULL,
        .clientSigalgs = NULL,
        .securityLevel = -1,
        .options = 0,
        .ianaCiphers = emptyList,
        .groupNames = emptyList,
        .sigSchemes = emptyList,
        .leftOut = emptyList,
        .certKeys = emptyList,
        .certSigSchemes = emptyList,
        .certLocal = 0,
    },
    {   /* 198: 20240730 */
        .name = "20240730",
        .aliasOf = NULL,
        .deprecated = 1,
        .usable = 1,
        .unusableWhy = NULL,
        .minVersion = S2N_TLS12,
        .maxVersion = S2N_TLS13,
        .cipherList =
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES256-SHA384:"
            "ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256",
        .cipherSuites =
            "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
        .groups = "P-256:X25519:P-384:P-521",
        .sigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .clientSigalgs =
            "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:ecdsa_secp521r1_sha512:"
            "rsa_pss_pss_sha256:rsa_pss_pss_sha384:rsa_pss_pss_sha512:rsa_pss_rsae_sha256:"
            "rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:rsa_pkcs1_sha256:rsa_pkcs1_sha384:"
            "rsa_pkcs1_sha512",
        .securityLevel = -1,
        .options = S2N_POLICY_SERVER_PREFERENCE,
        .ianaCiphers = ianaList4,
        .groupNames = groupList1,
        .sigSchemes = sigList2,
        .leftOut = leftOutList134,
        .certKeys = emptyList,
        .certSigSchemes = certSigList5,
        .certLocal = 0,
    },
};

#define POLICY_TABLE_SIZE ((int) (sizeof(policyTable) / sizeof(policyTable[0])))

/*
 * S2nPolicyTableSize --
 *    The number of rows in policyTable.
 */

int
S2nPolicyTableSize(void)
{
    return POLICY_TABLE_SIZE;
}

/*
 * S2nPolicyTableAt --
 *    Row i of policyTable (borrowed, static), or NULL when out of range.
 */

const S2nPolicy *
S2nPolicyTableAt(
    int i)
{
    if (i < 0 || i >= POLICY_TABLE_SIZE) {
        return NULL;
    }
    return &policyTable[i];
}
