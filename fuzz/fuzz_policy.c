/*
 * fuzz_policy.c --
 *
 *	libFuzzer target: the security policy lookup (cipher_preferences,
 *	s2n::policy) and what follows a successful one. Input layout: a
 *	policy name up to the first NUL byte (or the whole input); after
 *	that NUL, optionally, a DER certificate to hold against the policy's
 *	certificate preferences, as the verify callback does with a peer's.
 */

#include <stdlib.h>
#include <string.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include "fuzz.h"

/*
 * LLVMFuzzerInitialize -- engine set-up (the error table, OpenSSL).
 */

int
LLVMFuzzerInitialize(
    int *argcPtr,
    char ***argvPtr)
{
    (void) argcPtr;
    (void) argvPtr;
    S2nFuzzEngineInit();
    return 0;
}

/*
 *----------------------------------------------------------------------
 *
 * PolicyUse --
 *
 *	Applies a policy that was found to a fresh SSL_CTX, as
 *	S2nTlsCtxNew does, and checks der (when given) against its
 *	certificate preferences.
 *
 *----------------------------------------------------------------------
 */

static void
PolicyUse(
    const S2nPolicy *policyPtr,     /* static table entry */
    const uint8_t *der,             /* DER certificate, or NULL */
    size_t derLen)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    const unsigned char *p = der;
    X509 *cert = NULL;
    S2nErr err = S2N_ERR_INIT;

    if (ctx == NULL) {
        abort();                /* only allocation failures get here */
    }
    (void) S2nPolicyApply(policyPtr, ctx, &err);
    S2nErrClear(&err);
    if (der != NULL && derLen <= 65536) {
        cert = d2i_X509(NULL, &p, (long) derLen);
    }
    if (cert != NULL) {
        (void) S2nPolicyCertCheck(policyPtr, cert, &err);
        S2nErrClear(&err);
    }
    X509_free(cert);
    SSL_CTX_free(ctx);
    ERR_clear_error();
}

/*
 * LLVMFuzzerTestOneInput -- S2nPolicyFind on the name; PolicyUse when
 * it names a usable policy.
 */

int
LLVMFuzzerTestOneInput(
    const uint8_t *data,
    size_t size)
{
    const uint8_t *nul = memchr(data, '\0', size);
    size_t nameLen = (nul != NULL) ? (size_t) (nul - data) : size;
    char *name = malloc(nameLen + 1);
    const S2nPolicy *policyPtr;
    S2nErr err = S2N_ERR_INIT;

    if (name == NULL) {
        return 0;
    }
    memcpy(name, data, nameLen);
    name[nameLen] = '\0';
    policyPtr = S2nPolicyFind(name, &err);
    if (policyPtr != NULL) {
        PolicyUse(policyPtr, nul ? nul + 1 : NULL, nul ? size - nameLen - 1 : 0);
    }
    (void) S2nErrName(err.code);
    (void) S2nErrTypeName(err.code);
    S2nErrClear(&err);
    free(name);
    return 0;
}
