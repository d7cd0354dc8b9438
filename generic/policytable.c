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
    "X25519MLKEM768",
    "SecP256r1MLKEM768",
    "SecP384r1MLKEM1024",
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
static const char *const groupList5[] = {
    "secp256r1",
    "x25519",
    "secp384r1",
    "secp521r1",
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
    "X25519MLKEM768",
    "SecP256r1MLKEM768",
    "SecP384r1MLKEM1024",
    "secp256r1",
    "secp384r1",
    "secp521r1",
    NULL
};
static const char *const sigList8[] = {
    "mldsa44",
    "mldsa65",
    "mldsa87",
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
static const char *const leftOutList9[] = {
    "group X25519MLKEM768: needs OpenSSL >= 3.5",
    "group SecP256r1MLKEM768: needs OpenSSL >= 3.5",
    "group SecP384r1MLKEM1024: needs OpenSSL >= 3.5",
    "signature scheme mldsa44: needs OpenSSL >= 3.5",
    "signature scheme mldsa65: needs OpenSSL >= 3.5",
    "signature scheme mldsa87: needs OpenSSL >= 3.5",
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
static const char *const groupList14[] = {
    "secp256r1",
    "secp384r1",
    "secp521r1",
    NULL
};
static const char *const ianaList15[] = {
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
static const char *const sigList16[] = {
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
static const char *const ianaList17[] = {
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
static const char *const ianaList18[] = {
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
static const char *const groupList19[] = {
    "secp256r1",
    "secp384r1",
    NULL
};
static const char *const sigList20[] = {
    "rsa_pkcs1_sha256",
    "rsa_pkcs1_sha384",
    "rsa_pkcs1_sha512",
    "ecdsa_sha256",
    "ecdsa_sha384",
    "ecdsa_sha512",
    "legacy_ecdsa_sha224",
    NULL
};
static const char *const groupList21[] = {
    "X25519MLKEM768",
    "SecP256r1MLKEM768",
    "secp256r1",
    "x25519",
    "secp384r1",
    "secp521r1",
    NULL
};
static const char *const leftOutList22[] = {
    "group X25519MLKEM768: needs OpenSSL >= 3.5",
    "group SecP256r1MLKEM768: needs OpenSSL >= 3.5",
    NULL
};
static const char *const leftOutList23[] = {
    "group X25519MLKEM768: needs OpenSSL >= 3.5",
    "group SecP256r1MLKEM768: needs OpenSSL >= 3.5",
    "signature scheme mldsa44: needs OpenSSL >= 3.5",
    "signature scheme mldsa65: needs OpenSSL >= 3.5",
    "signature scheme mldsa87: needs OpenSSL >= 3.5",
    NULL
};
static const char *const ianaList24[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    NULL
};
static const char *const sigList25[] = {
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
static const char *const leftOutList26[] = {

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    NULL
};
static const char *const ianaList27[] = {
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
static const char *const ianaList28[] = {
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
static const char *const ianaList29[] = {
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
static const char *const ianaList30[] = {
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
static const char *const ianaList31[] = {
    "TLS_AES_256_GCM_SHA384",
    NULL
};
static const char *const groupList32[] = {
    "MLKEM1024",
    "secp384r1",
    NULL
};
static const char *const sigList33[] = {
    "mldsa87",
    "ecdsa_sha384",
    "rsa_pss_pss_sha384",
    "rsa_pss_rsae_sha384",
    "rsa_pkcs1_sha384",
    NULL
};
static const char *const leftOutList34[] = {
    "group MLKEM1024: needs OpenSSL >= 3.5",
    "signature scheme mldsa87: needs OpenSSL >= 3.5",
    NULL
};
static const char *const ianaList35[] = {
    "TLS_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    NULL
};
static const char *const ianaList36[] = {
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
static const char *const groupList37[] = {
    "MLKEM1024",
    "secp384r1",
    "secp256r1",
    "secp521r1",
    NULL
};
static const char *const sigList38[] = {
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
static const char *const ianaList39[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_RSA_WITH_RC4_128_MD5",
    NULL
};
static const char *const groupList40[] = {
    "secp256r1",
    "x25519",
    "secp384r1",
    NULL
};
static const char *const leftOutList41[] = {

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    "cipher suite TLS_RSA_WITH_RC4_128_MD5: RC4 suites are compiled out of Debian's OpenSSL 3.0",
    "protocol SSLv3: Debian's OpenSSL 3.0 is built without SSLv3",
    NULL
};
static const char *const leftOutList42[] = {

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    "cipher suite TLS_RSA_WITH_RC4_128_MD5: RC4 suites are compiled out of Debian's OpenSSL 3.0",
    NULL
};
static const char *const ianaList43[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_RSA_WITH_RC4_128_MD5",
    NULL
};
static const char *const sigList44[] = {
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
static const char *const ianaList45[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    NULL
};
static const char *const groupList46[] = {
    "X25519MLKEM768",
    "SecP256r1MLKEM768",
    "SecP384r1MLKEM1024",
    "secp256r1",
    "x25519",
    "secp384r1",
    NULL
};
static const char *const sigList47[] = {
    "mldsa44",
    "mldsa65",
    "mldsa87",
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
static const char *const leftOutList48[] = {

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
static const char *const leftOutList49[] = {

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
static const char *const ianaList50[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_RSA_WITH_RC4_128_MD5",
    NULL
};
static const char *const groupList51[] = {
    "X25519MLKEM768",
    "SecP256r1MLKEM768",
    "x25519",
    "secp256r1",
    "secp384r1",
    NULL
};
static const char *const leftOutList52[] = {

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    "cipher suite TLS_RSA_WITH_RC4_128_MD5: RC4 suites are compiled out of Debian's OpenSSL 3.0",
    "group X25519MLKEM768: needs OpenSSL >= 3.5",
    "group SecP256r1MLKEM768: needs OpenSSL >= 3.5",
    "protocol SSLv3: Debian's OpenSSL 3.0 is built without SSLv3",
    NULL
};
static const char *const ianaList53[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    NULL
};
static const char *const leftOutList54[] = {

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    "group X25519MLKEM768: needs OpenSSL >= 3.5",
    "group SecP256r1MLKEM768: needs OpenSSL >= 3.5",
    NULL
};
static const char *const ianaList55[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    NULL
};
static const char *const ianaList56[] = {
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
static const char *const ianaList57[] = {
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
static const char *const sigList58[] = {
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
    NULL
};
static const char *const ianaList60[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    NULL
};
static const char *const groupList61[] = {
    "X25519MLKEM768",
    "SecP256r1MLKEM768",
    "secp256r1",
    "secp384r1",
    NULL
};
static const char *const sigList62[] = {
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
static const char *const ianaList63[] = {
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
static const char *const ianaList64[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_RSA_WITH_RC4_128_MD5",
    NULL
};
static const char *const ianaList65[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    NULL
};
static const char *const ianaList66[] = {
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
static const char *const ianaList67[] = {
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
static const char *const ianaList68[] = {
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
static const char *const ianaList69[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_RSA_WITH_RC4_128_MD5",
    NULL
};
static const char *const ianaList70[] = {
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
static const char *const groupList71[] = {
    "X25519MLKEM768",
    "SecP256r1MLKEM768",
    "SecP384r1MLKEM1024",
    "MLKEM1024",
    "secp256r1",
    "x25519",
    "secp384r1",
    NULL
};
static const char *const leftOutList72[] = {
    "group X25519MLKEM768: needs OpenSSL >= 3.5",
    "group SecP256r1MLKEM768: needs OpenSSL >= 3.5",
    "group SecP384r1MLKEM1024: needs OpenSSL >= 3.5",
    "group MLKEM1024: needs OpenSSL >= 3.5",
    NULL
};
static const char *const ianaList73[] = {
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    NULL
};
static const char *const leftOutList74[] = {

        "cipher suite TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of "
        "Debian's OpenSSL 3.0",
    NULL
};
static const char *const ianaList75[] = {
    "TLS_AES_128_GCM_SHA256",
    "TLS_AES_256_GCM_SHA384",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    NULL
};
static const char *const ianaList76[] = {
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    NULL
};
static const char *const ianaList77[] = {
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
static const char *const groupList78[] = {
    "X25519MLKEM768",
    "SecP256r1MLKEM768",
    "secp256r1",
    "secp384r1",
    "secp521r1",
    NULL
};
static const char *const ianaList79[] = {
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
static const char *const ianaList80[] = {
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
static const char *const ianaList81[] = {
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
static const char *const ianaList82[] = {
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
static const char *const ianaList83[] = {
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_RSA_WITH_RC4_128_SHA",
    "TLS_RSA_WITH_RC4_128_MD5",
    NULL
};
static const char *const leftOutList84[] = {

        "cipher suite TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of "
        "Debian's OpenSSL 3.0",

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    "cipher suite TLS_RSA_WITH_RC4_128_SHA: RC4 suites are compiled out of Debian's OpenSSL 3.0",
    "cipher suite TLS_RSA_WITH_RC4_128_MD5: RC4 suites are compiled out of Debian's OpenSSL 3.0",
    "protocol SSLv3: Debian's OpenSSL 3.0 is built without SSLv3",
    NULL
};
static const char *const leftOutList85[] = {

        "cipher suite TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of "
        "Debian's OpenSSL 3.0",

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    "cipher suite TLS_RSA_WITH_RC4_128_SHA: RC4 suites are compiled out of Debian's OpenSSL 3.0",
    "cipher suite TLS_RSA_WITH_RC4_128_MD5: RC4 suites are compiled out of Debian's OpenSSL 3.0",
    NULL
};
static const char *const ianaList86[] = {
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    NULL
};
static const char *const leftOutList87[] = {

        "cipher suite TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of "
        "Debian's OpenSSL 3.0",

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    NULL
};
static const char *const ianaList88[] = {
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    NULL
};
static const char *const ianaList89[] = {
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    NULL
};
static const char *const leftOutList90[] = {

        "cipher suite TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of "
        "Debian's OpenSSL 3.0",

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    NULL
};
static const char *const ianaList91[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    NULL
};
static const char *const ianaList92[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    NULL
};
static const char *const ianaList93[] = {
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
static const char *const ianaList94[] = {
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
static const char *const ianaList95[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList96[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList97[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList98[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList99[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList100[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList101[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    NULL
};
static const char *const ianaList102[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    NULL
};
static const char *const ianaList103[] = {
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
static const char *const ianaList104[] = {
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
static const char *const ianaList105[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    NULL
};
static const char *const ianaList106[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    NULL
};
static const char *const ianaList107[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    NULL
};
static const char *const ianaList108[] = {
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
static const char *const groupList109[] = {
    "x25519",
    "secp256r1",
    "secp384r1",
    "secp521r1",
    NULL
};
static const char *const leftOutList110[] = {
    "protocol SSLv3: Debian's OpenSSL 3.0 is built without SSLv3",
    NULL
};
static const char *const ianaList111[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    NULL
};
static const char *const groupList112[] = {
    "secp384r1",
    NULL
};
static const char *const sigList113[] = {
    "rsa_pkcs1_sha384",
    "rsa_pkcs1_sha512",
    "ecdsa_sha384",
    "ecdsa_sha512",
    NULL
};
static const char *const ianaList114[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    NULL
};
static const char *const ianaList115[] = {
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
    "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    NULL
};
static const char *const leftOutList116[] = {

        "cipher suite TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of "
        "Debian's OpenSSL 3.0",

        "cipher suite TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of "
        "Debian's OpenSSL 3.0",

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    NULL
};
static const char *const sigList117[] = {
    "ecdsa_sha384",
    "rsa_pss_pss_sha384",
    "rsa_pss_rsae_sha384",
    "rsa_pkcs1_sha384",
    NULL
};
static const char *const ianaList118[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_AES_256_GCM_SHA384",
    NULL
};
static const char *const ianaList119[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_AES_256_GCM_SHA384",
    NULL
};
static const char *const ianaList120[] = {
    "TLS_AES_256_GCM_SHA384",
    "TLS_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    NULL
};
static const char *const groupList121[] = {
    "secp384r1",
    "secp256r1",
    "secp521r1",
    NULL
};
static const char *const sigList122[] = {
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
static const char *const ianaList123[] = {
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
static const char *const ianaList124[] = {
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
static const char *const ianaList125[] = {
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
static const char *const groupList126[] = {
    "MLKEM1024",
    NULL
};
static const char *const sigList127[] = {
    "mldsa87",
    NULL
};
static const char *const sigList128[] = {
    "mldsa87",
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
static const char *const ianaList129[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList130[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const ianaList131[] = {
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
static const char *const ianaList132[] = {
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
static const char *const ianaList133[] = {
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
static const char *const ianaList134[] = {
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
static const char *const ianaList135[] = {
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
static const char *const sigList136[] = {
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
static const char *const ianaList137[] = {
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
static const char *const ianaList138[] = {
    "TLS_RSA_WITH_RC4_128_MD5",
    "TLS_RSA_WITH_RC4_128_SHA",
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA",
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
    "TLS_ECDHE_RSA_WITH_RC4_128_SHA",
    "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA",
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
static const char *const groupList139[] = {
    "X25519MLKEM768",
    "SecP256r1MLKEM768",
    "SecP384r1MLKEM1024",
    "MLKEM1024",
    "x25519",
    "secp256r1",
    "secp384r1",
    "secp521r1",
    NULL
};
static const char *const sigList140[] = {
    "legacy_rsa_md5_sha1",
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
    "mldsa44",
    "mldsa65",
    "mldsa87",
    NULL
};
static const char *const leftOutList141[] = {
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
static const char *const ianaList142[] = {
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
static const char *const groupList143[] = {
    "X25519MLKEM768",
    "SecP256r1MLKEM768",
    "SecP384r1MLKEM1024",
    "MLKEM1024",
    "secp256r1",
    "secp384r1",
    "secp521r1",
    NULL
};
static const char *const sigList144[] = {
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
    "mldsa44",
    "mldsa65",
    "mldsa87",
    NULL
};
static const char *const leftOutList145[] = {
    "group X25519MLKEM768: needs OpenSSL >= 3.5",
    "group SecP256r1MLKEM768: needs OpenSSL >= 3.5",
    "group SecP384r1MLKEM1024: needs OpenSSL >= 3.5",
    "group MLKEM1024: needs OpenSSL >= 3.5",
    "signature scheme mldsa44: needs OpenSSL >= 3.5",
    "signature scheme mldsa65: needs OpenSSL >= 3.5",
    "signature scheme mldsa87: needs OpenSSL >= 3.5",
    NULL
};
static const char *const ianaList146[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
    NULL
};
static const char *const ianaList147[] = {
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_RC4_128_MD5",
    "TLS_RSA_WITH_RC4_128_SHA",
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    NULL
};
static const char *const leftOutList148[] = {
    "cipher suite TLS_RSA_WITH_RC4_128_MD5: RC4 suites are compiled out of Debian's OpenSSL 3.0",
    "cipher suite TLS_RSA_WITH_RC4_128_SHA: RC4 suites are compiled out of Debian's OpenSSL 3.0",

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    NULL
};
static const char *const ianaList149[] = {
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_RSA_WITH_RC4_128_MD5",
    "TLS_RSA_WITH_RC4_128_SHA",
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA",
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
    "TLS_ECDHE_RSA_WITH_RC4_128_SHA",
    "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA",
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
static const char *const leftOutList150[] = {
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
static const char *const ianaList151[] = {
    "TLS_RSA_WITH_RC4_128_MD5",
    "TLS_RSA_WITH_RC4_128_SHA",
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA",
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
    "TLS_ECDHE_RSA_WITH_RC4_128_SHA",
    "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA",
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
static const char *const leftOutList152[] = {
    "signature scheme legacy_rsa_md5_sha1: implicit in OpenSSL for TLS < 1.2, nothing to configure",
    "signature scheme mldsa44: needs OpenSSL >= 3.5",
    "signature scheme mldsa65: needs OpenSSL >= 3.5",
    "signature scheme mldsa87: needs OpenSSL >= 3.5",
    "protocol SSLv3: Debian's OpenSSL 3.0 is built without SSLv3",
    NULL
};
static const char *const groupList153[] = {
    "X25519MLKEM768",
    "SecP256r1MLKEM768",
    "SecP384r1MLKEM1024",
    "MLKEM1024",
    NULL
};
static const char *const ianaList154[] = {
    "TLS_NULL_WITH_NULL_NULL",
    NULL
};
static const char *const leftOutList155[] = {
    "cipher suite TLS_NULL_WITH_NULL_NULL: not a cipher; OpenSSL cannot negotiate it",
    NULL
};
static const char *const ianaList156[] = {
    "TLS_AES_256_GCM_SHA384",
    "TLS_AES_128_GCM_SHA256",
    "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    NULL
};
static const char *const groupList157[] = {
    "x25519_kyber-512-r3",
    "secp256r1_kyber-512-r3",
    "x25519",
    "secp256r1",
    "secp384r1",
    NULL
};
static const char *const leftOutList158[] = {

        "cipher suite TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of "
        "Debian's OpenSSL 3.0",
    "group x25519_kyber-512-r3: needs OpenSSL >= 3.5",
    "group secp256r1_kyber-512-r3: needs OpenSSL >= 3.5",
    NULL
};
static const char *const leftOutList159[] = {
    "group x25519_kyber-512-r3: needs OpenSSL >= 3.5",
    "group secp256r1_kyber-512-r3: needs OpenSSL >= 3.5",
    NULL
};
static const char *const leftOutList160[] = {

        "cipher suite TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES suites are compiled out of Debian's "
        "OpenSSL 3.0",
    "group x25519_kyber-512-r3: needs OpenSSL >= 3.5",
    "group secp256r1_kyber-512-r3: needs OpenSSL >= 3.5",
    NULL
};
static const char *const ianaList161[] = {
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
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
    NULL
};
static const char *const groupList162[] = {
    "SecP256r1Kyber768Draft00",
    "X25519Kyber768Draft00",
    "secp384r1_kyber-768-r3",
    "secp521r1_kyber-1024-r3",
    "secp256r1_kyber-512-r3",
    "x25519_kyber-512-r3",
    "secp256r1",
    "secp384r1",
    "secp521r1",
    NULL
};
static const char *const leftOutList163[] = {

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
static const char *const groupList164[] = {
    "SecP256r1Kyber768Draft00",
    "X25519Kyber768Draft00",
    "secp384r1_kyber-768-r3",
    "secp521r1_kyber-1024-r3",
    "secp256r1_kyber-512-r3",
    "x25519_kyber-512-r3",
    "x25519",
    "secp256r1",
    "secp384r1",
    NULL
};
static const char *const leftOutList165[] = {
    "group SecP256r1Kyber768Draft00: pre-standard Kyber draft that no OpenSSL release implements",
    "group X25519Kyber768Draft00: pre-standard Kyber draft that no OpenSSL release implements",
    "group secp384r1_kyber-768-r3: needs OpenSSL >= 3.5",
    "group secp521r1_kyber-1024-r3: needs OpenSSL >= 3.5",
    "group secp256r1_kyber-512-r3: needs OpenSSL >= 3.5",
    "group x25519_kyber-512-r3: needs OpenSSL >= 3.5",
    NULL
};
static const char *const leftOutList166[] = {

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
static const char *const ianaList167[] = {
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
static const char *const groupList168[] = {
    "SecP256r1Kyber768Draft00",
    "secp384r1_kyber-768-r3",
    "secp521r1_kyber-1024-r3",
    "secp256r1_kyber-512-r3",
    "secp256r1",
    "secp384r1",
    "secp521r1",
    NULL
};
static const char *const leftOutList169[] = {
    "group SecP256r1Kyber768Draft00: pre-standard Kyber draft that no OpenSSL release implements",
    "group secp384r1_kyber-768-r3: needs OpenSSL >= 3.5",
    "group secp521r1_kyber-1024-r3: needs OpenSSL >= 3.5",
    "group secp256r1_kyber-512-r3: needs OpenSSL >= 3.5",
    NULL
};
static const char *const ianaList170[] = {
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
static const char *const groupList171[] = {
    "SecP256r1Kyber768Draft00",
    "X25519Kyber768Draft00",
    "secp384r1_kyber-768-r3",
    "secp521r1_kyber-1024-r3",
    "secp256r1_kyber-512-r3",
    "x25519_kyber-512-r3",
    "secp256r1",
    "x25519",
    "secp384r1",
    "secp521r1",
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
        .groupNames = groupList5,
        .sigSchemes = sigList2,
        .leftOut = emptyList,
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
        .sigSchemes = sigList8,
        .leftOut = leftOutList9,
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
        .groupNames = groupList5,
        .sigSchemes = sigList2,
        .leftOut = emptyList,
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
        .groupNames = groupList14,
        .sigSchemes = sigList2,
        .leftOut = emptyList,
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
        .groupNames = groupList5,
        .sigSchemes = sigList2,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList15,
        .groupNames = groupList14,
        .sigSchemes = sigList16,
        .leftOut = emptyList,
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
        .groupNames = groupList14,
        .sigSchemes = sigList16,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList17,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList18,
        .groupNames = groupList19,
        .sigSchemes = sigList20,
        .leftOut = emptyList,
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
        .groupNames = groupList21,
        .sigSchemes = sigList2,
        .leftOut = leftOutList22,
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
        .groupNames = groupList21,
        .sigSchemes = sigList8,
        .leftOut = leftOutList23,
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
        .sigSchemes = sigList8,
        .leftOut = leftOutList9,
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
        .groupNames = groupList21,
        .sigSchemes = sigList2,
        .leftOut = leftOutList22,
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
        .ianaCiphers = ianaList24,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = leftOutList26,
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
        .ianaCiphers = ianaList27,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList27,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList27,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList28,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList27,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList29,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList29,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList29,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList30,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList31,
        .groupNames = groupList32,
        .sigSchemes = sigList33,
        .leftOut = leftOutList34,
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
        .ianaCiphers = ianaList35,
        .groupNames = groupList32,
        .sigSchemes = sigList33,
        .leftOut = leftOutList34,
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
        .ianaCiphers = ianaList36,
        .groupNames = groupList37,
        .sigSchemes = sigList38,
        .leftOut = leftOutList34,
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
        .ianaCiphers = ianaList39,
        .groupNames = groupList40,
        .sigSchemes = sigList25,
        .leftOut = leftOutList41,
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
        .ianaCiphers = ianaList39,
        .groupNames = groupList40,
        .sigSchemes = sigList25,
        .leftOut = leftOutList42,
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
        .ianaCiphers = ianaList39,
        .groupNames = groupList40,
        .sigSchemes = sigList25,
        .leftOut = leftOutList42,
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
        .ianaCiphers = ianaList39,
        .groupNames = groupList40,
        .sigSchemes = sigList25,
        .leftOut = leftOutList42,
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
        .ianaCiphers = ianaList43,
        .groupNames = groupList40,
        .sigSchemes = sigList44,
        .leftOut = leftOutList41,
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
        .ianaCiphers = ianaList43,
        .groupNames = groupList40,
        .sigSchemes = sigList44,
        .leftOut = leftOutList42,
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
        .ianaCiphers = ianaList43,
        .groupNames = groupList40,
        .sigSchemes = sigList44,
        .leftOut = leftOutList42,
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
        .ianaCiphers = ianaList43,
        .groupNames = groupList40,
        .sigSchemes = sigList44,
        .leftOut = leftOutList42,
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
        .ianaCiphers = ianaList45,
        .groupNames = groupList40,
        .sigSchemes = sigList44,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList43,
        .groupNames = groupList46,
        .sigSchemes = sigList47,
        .leftOut = leftOutList48,
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
        .ianaCiphers = ianaList43,
        .groupNames = groupList46,
        .sigSchemes = sigList47,
        .leftOut = leftOutList49,
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
        .ianaCiphers = ianaList43,
        .groupNames = groupList46,
        .sigSchemes = sigList47,
        .leftOut = leftOutList49,
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
        .ianaCiphers = ianaList43,
        .groupNames = groupList46,
        .sigSchemes = sigList47,
        .leftOut = leftOutList49,
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
        .ianaCiphers = ianaList45,
        .groupNames = groupList46,
        .sigSchemes = sigList47,
        .leftOut = leftOutList9,
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
        .ianaCiphers = ianaList50,
        .groupNames = groupList51,
        .sigSchemes = sigList12,
        .leftOut = leftOutList52,
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
        .ianaCiphers = ianaList53,
        .groupNames = groupList51,
        .sigSchemes = sigList12,
        .leftOut = leftOutList54,
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
        .ianaCiphers = ianaList55,
        .groupNames = groupList51,
        .sigSchemes = sigList12,
        .leftOut = leftOutList54,
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
        .groupNames = groupList51,
        .sigSchemes = sigList12,
        .leftOut = leftOutList22,
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
        .groupNames = groupList51,
        .sigSchemes = sigList12,
        .leftOut = leftOutList22,
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
        .ianaCiphers = ianaList56,
        .groupNames = groupList51,
        .sigSchemes = sigList12,
        .leftOut = leftOutList22,
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
        .ianaCiphers = ianaList57,
        .groupNames = groupList51,
        .sigSchemes = sigList58,
        .leftOut = leftOutList22,
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
        .groupNames = groupList51,
        .sigSchemes = sigList58,
        .leftOut = leftOutList22,
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
        .ianaCiphers = ianaList59,
        .groupNames = groupList51,
        .sigSchemes = sigList58,
        .leftOut = leftOutList22,
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
        .ianaCiphers = ianaList60,
        .groupNames = groupList61,
        .sigSchemes = sigList62,
        .leftOut = leftOutList22,
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
        .ianaCiphers = ianaList45,
        .groupNames = groupList51,
        .sigSchemes = sigList62,
        .leftOut = leftOutList22,
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
        .ianaCiphers = ianaList50,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList41,
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
        .ianaCiphers = ianaList53,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList26,
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
        .ianaCiphers = ianaList55,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList26,
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
        .ianaCiphers = ianaList56,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList57,
        .groupNames = groupList11,
        .sigSchemes = sigList58,
        .leftOut = emptyList,
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
        .sigSchemes = sigList58,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList59,
        .groupNames = groupList11,
        .sigSchemes = sigList58,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList60,
        .groupNames = groupList19,
        .sigSchemes = sigList62,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList45,
        .groupNames = groupList11,
        .sigSchemes = sigList62,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList53,
        .groupNames = groupList51,
        .sigSchemes = sigList12,
        .leftOut = leftOutList54,
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
        .ianaCiphers = ianaList59,
        .groupNames = groupList51,
        .sigSchemes = sigList58,
        .leftOut = leftOutList22,
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
        .ianaCiphers = ianaList63,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList59,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList64,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = leftOutList41,
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
        .ianaCiphers = ianaList65,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = leftOutList26,
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
        .ianaCiphers = ianaList66,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList66,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList67,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList68,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList57,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList59,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList69,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList41,
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
        .ianaCiphers = ianaList70,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList70,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList70,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList45,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList69,
        .groupNames = groupList40,
        .sigSchemes = sigList12,
        .leftOut = leftOutList41,
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
        .ianaCiphers = ianaList70,
        .groupNames = groupList40,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList70,
        .groupNames = groupList71,
        .sigSchemes = sigList12,
        .leftOut = leftOutList72,
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
        .ianaCiphers = ianaList70,
        .groupNames = groupList40,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList70,
        .groupNames = groupList40,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList70,
        .groupNames = groupList71,
        .sigSchemes = sigList12,
        .leftOut = leftOutList72,
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
        .ianaCiphers = ianaList60,
        .groupNames = groupList19,
        .sigSchemes = sigList2,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList70,
        .groupNames = groupList71,
        .sigSchemes = sigList12,
        .leftOut = leftOutList72,
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
        .ianaCiphers = ianaList45,
        .groupNames = groupList40,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList45,
        .groupNames = groupList71,
        .sigSchemes = sigList12,
        .leftOut = leftOutList72,
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
        .ianaCiphers = ianaList73,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = leftOutList74,
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
        .ianaCiphers = ianaList75,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList74,
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
        .ianaCiphers = ianaList75,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList74,
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
        .ianaCiphers = ianaList76,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList77,
        .groupNames = groupList19,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList77,
        .groupNames = groupList78,
        .sigSchemes = sigList16,
        .leftOut = leftOutList22,
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
        .ianaCiphers = ianaList79,
        .groupNames = groupList51,
        .sigSchemes = sigList12,
        .leftOut = leftOutList22,
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
        .ianaCiphers = ianaList80,
        .groupNames = groupList51,
        .sigSchemes = sigList12,
        .leftOut = leftOutList22,
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
        .ianaCiphers = ianaList81,
        .groupNames = groupList51,
        .sigSchemes = sigList12,
        .leftOut = leftOutList22,
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
        .ianaCiphers = ianaList82,
        .groupNames = groupList51,
        .sigSchemes = sigList12,
        .leftOut = leftOutList22,
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
        .ianaCiphers = ianaList83,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = leftOutList84,
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
        .ianaCiphers = ianaList83,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = leftOutList85,
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
        .ianaCiphers = ianaList86,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = leftOutList87,
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
        .ianaCiphers = ianaList88,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = leftOutList87,
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
        .ianaCiphers = ianaList89,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = leftOutList90,
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
        .ianaCiphers = ianaList91,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = leftOutList26,
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
        .ianaCiphers = ianaList92,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = leftOutList26,
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
        .ianaCiphers = ianaList93,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList94,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList95,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = leftOutList26,
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
        .ianaCiphers = ianaList96,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = leftOutList26,
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
        .ianaCiphers = ianaList97,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = leftOutList26,
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
        .ianaCiphers = ianaList98,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = leftOutList26,
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
        .ianaCiphers = ianaList99,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList26,
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
        .ianaCiphers = ianaList100,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = leftOutList26,
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
        .ianaCiphers = ianaList101,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = leftOutList26,
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
        .ianaCiphers = ianaList102,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = leftOutList26,
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
        .ianaCiphers = ianaList103,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList104,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList105,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = leftOutList26,
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
        .ianaCiphers = ianaList106,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = leftOutList26,
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
        .ianaCiphers = ianaList107,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = leftOutList26,
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
        .ianaCiphers = ianaList108,
        .groupNames = groupList11,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList108,
        .groupNames = groupList19,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList45,
        .groupNames = groupList109,
        .sigSchemes = sigList12,
        .leftOut = leftOutList110,
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
        .ianaCiphers = ianaList107,
        .groupNames = groupList14,
        .sigSchemes = sigList12,
        .leftOut = leftOutList26,
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
        .ianaCiphers = ianaList111,
        .groupNames = groupList112,
        .sigSchemes = sigList113,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList114,
        .groupNames = groupList112,
        .sigSchemes = sigList113,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList115,
        .groupNames = groupList109,
        .sigSchemes = sigList2,
        .leftOut = leftOutList116,
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
        .ianaCiphers = ianaList31,
        .groupNames = groupList112,
        .sigSchemes = sigList117,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList31,
        .groupNames = groupList112,
        .sigSchemes = sigList2,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList118,
        .groupNames = groupList112,
        .sigSchemes = sigList117,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList119,
        .groupNames = groupList112,
        .sigSchemes = sigList117,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList120,
        .groupNames = groupList121,
        .sigSchemes = sigList122,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList123,
        .groupNames = groupList121,
        .sigSchemes = sigList122,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList36,
        .groupNames = groupList121,
        .sigSchemes = sigList122,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList124,
        .groupNames = groupList121,
        .sigSchemes = sigList122,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList125,
        .groupNames = groupList121,
        .sigSchemes = sigList122,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList31,
        .groupNames = groupList126,
        .sigSchemes = sigList127,
        .leftOut = leftOutList34,
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
        .ianaCiphers = ianaList35,
        .groupNames = groupList32,
        .sigSchemes = sigList33,
        .leftOut = leftOutList34,
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
        .ianaCiphers = ianaList31,
        .groupNames = groupList32,
        .sigSchemes = sigList128,
        .leftOut = leftOutList34,
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
        .ianaCiphers = ianaList129,
        .groupNames = groupList78,
        .sigSchemes = sigList12,
        .leftOut = leftOutList54,
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
        .ianaCiphers = ianaList130,
        .groupNames = groupList78,
        .sigSchemes = sigList12,
        .leftOut = leftOutList54,
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
        .ianaCiphers = ianaList131,
        .groupNames = groupList78,
        .sigSchemes = sigList12,
        .leftOut = leftOutList22,
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
        .ianaCiphers = ianaList132,
        .groupNames = groupList78,
        .sigSchemes = sigList12,
        .leftOut = leftOutList22,
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
        .ianaCiphers = ianaList133,
        .groupNames = groupList78,
        .sigSchemes = sigList12,
        .leftOut = leftOutList22,
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
        .ianaCiphers = ianaList134,
        .groupNames = groupList78,
        .sigSchemes = sigList12,
        .leftOut = leftOutList22,
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
        .ianaCiphers = ianaList135,
        .groupNames = groupList78,
        .sigSchemes = sigList136,
        .leftOut = leftOutList22,
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
        .ianaCiphers = ianaList137,
        .groupNames = groupList78,
        .sigSchemes = sigList136,
        .leftOut = leftOutList22,
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
        .ianaCiphers = ianaList31,
        .groupNames = groupList32,
        .sigSchemes = sigList33,
        .leftOut = leftOutList34,
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
        .ianaCiphers = ianaList36,
        .groupNames = groupList37,
        .sigSchemes = sigList38,
        .leftOut = leftOutList34,
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
        .ianaCiphers = ianaList119,
        .groupNames = groupList112,
        .sigSchemes = sigList117,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList119,
        .groupNames = groupList112,
        .sigSchemes = sigList117,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList31,
        .groupNames = groupList126,
        .sigSchemes = sigList127,
        .leftOut = leftOutList34,
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
        .ianaCiphers = ianaList35,
        .groupNames = groupList32,
        .sigSchemes = sigList33,
        .leftOut = leftOutList34,
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
        .ianaCiphers = ianaList138,
        .groupNames = groupList139,
        .sigSchemes = sigList140,
        .leftOut = leftOutList141,
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
        .ianaCiphers = ianaList142,
        .groupNames = groupList143,
        .sigSchemes = sigList144,
        .leftOut = leftOutList145,
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
        .ianaCiphers = ianaList146,
        .groupNames = groupList109,
        .sigSchemes = sigList12,
        .leftOut = emptyList,
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
        .ianaCiphers = ianaList147,
        .groupNames = groupList19,
        .sigSchemes = sigList25,
        .leftOut = leftOutList148,
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
        .ianaCiphers = ianaList149,
        .groupNames = groupList109,
        .sigSchemes = sigList12,
        .leftOut = leftOutList150,
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
        .ianaCiphers = ianaList151,
        .groupNames = groupList14,
        .sigSchemes = sigList12,
        .leftOut = leftOutList150,
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
        .ianaCiphers = ianaList45,
        .groupNames = groupList109,
        .sigSchemes = sigList140,
        .leftOut = leftOutList152,
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
        .ianaCiphers = ianaList45,
        .groupNames = groupList153,
        .sigSchemes = sigList2,
        .leftOut = leftOutList72,
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
        .ianaCiphers = ianaList154,
        .groupNames = emptyList,
        .sigSchemes = emptyList,
        .leftOut = leftOutList155,
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
        .ianaCiphers = ianaList156,
        .groupNames = groupList157,
        .sigSchemes = sigList12,
        .leftOut = leftOutList158,
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
        .ianaCiphers = ianaList79,
        .groupNames = groupList157,
        .sigSchemes = sigList12,
        .leftOut = leftOutList159,
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
        .ianaCiphers = ianaList99,
        .groupNames = groupList157,
        .sigSchemes = sigList12,
        .leftOut = leftOutList160,
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
        .ianaCiphers = ianaList156,
        .groupNames = groupList157,
        .sigSchemes = sigList12,
        .leftOut = leftOutList158,
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
        .ianaCiphers = ianaList100,
        .groupNames = groupList157,
        .sigSchemes = sigList12,
        .leftOut = leftOutList160,
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
        .ianaCiphers = ianaList161,
        .groupNames = groupList162,
        .sigSchemes = sigList12,
        .leftOut = leftOutList163,
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
        .ianaCiphers = ianaList79,
        .groupNames = groupList164,
        .sigSchemes = sigList12,
        .leftOut = leftOutList165,
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
        .ianaCiphers = ianaList99,
        .groupNames = groupList164,
        .sigSchemes = sigList12,
        .leftOut = leftOutList163,
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
        .ianaCiphers = ianaList156,
        .groupNames = groupList164,
        .sigSchemes = sigList12,
        .leftOut = leftOutList166,
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
        .ianaCiphers = ianaList100,
        .groupNames = groupList164,
        .sigSchemes = sigList12,
        .leftOut = leftOutList163,
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
        .ianaCiphers = ianaList167,
        .groupNames = groupList168,
        .sigSchemes = sigList16,
        .leftOut = leftOutList169,
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
        .ianaCiphers = ianaList170,
        .groupNames = groupList168,
        .sigSchemes = sigList16,
        .leftOut = leftOutList169,
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
        .ianaCiphers = ianaList77,
        .groupNames = groupList168,
        .sigSchemes = sigList16,
        .leftOut = leftOutList169,
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
        .groupNames = groupList171,
        .sigSchemes = sigList2,
        .leftOut = leftOutList165,
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
