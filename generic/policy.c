/*
 * policy.c --
 *
 *    Looking up s2n security policies by name and applying one to an
 *    OpenSSL SSL_CTX. The table is generated (policytable.c); this file
 *    holds the behaviour: s2n's lookup rules (case-insensitive, deprecated
 *    told apart from unknown) and the order of the OpenSSL calls.
 */

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include "policy.h"

/* Defined in the generated policytable.c. */
int                 S2nPolicyTableSize(void);
const S2nPolicy *   S2nPolicyTableAt(int i);

static const S2nPolicy *    PolicyLookup(const char *name);
static const char *         PolicyApplyVersions(const S2nPolicy *policyPtr,
                                SSL_CTX *ctx);
static const char *         PolicyApplyAlgorithms(const S2nPolicy *policyPtr,
                                SSL_CTX *ctx);
static void                 PolicyApplyOptions(const S2nPolicy *policyPtr,
                                SSL_CTX *ctx);
static void                 PolicyFail(const S2nPolicy *policyPtr,
                                const char *step, S2nErr *errPtr);

/*
 *----------------------------------------------------------------------
 *
 * PolicyLookup --
 *
 *    Finds a table row by name, ignoring case as s2n does (strcasecmp in
 *    s2n_find_security_policy_from_version).
 *
 * Results:
 *    The row (borrowed, static), or NULL.
 *
 * Side effects:
 *    None.
 *
 *----------------------------------------------------------------------
 */

static const S2nPolicy *
PolicyLookup(
    const char *name)           /* borrowed; may be NULL */
{
    int i;
    int n = S2nPolicyTableSize();

    if (name == NULL) {
        return NULL;
    }
    for (i = 0; i < n; i++) {
        const S2nPolicy *policyPtr = S2nPolicyTableAt(i);

        if (strcasecmp(policyPtr->name, name) == 0) {
            return policyPtr;
        }
    }
    return NULL;
}

/*
 *----------------------------------------------------------------------
 *
 * S2nPolicyFind --
 *
 *    Looks up a policy the way s2n_config_set_cipher_preferences does,
 *    and refuses the ones OpenSSL 3.0 cannot serve at all.
 *
 * Results:
 *    The policy (borrowed, static), or NULL with errPtr set:
 *    S2N_ERR_DEPRECATED_SECURITY_POLICY for a name s2n deprecated,
 *    S2N_ERR_INVALID_SECURITY_POLICY for an unknown or unusable one.
 *
 * Side effects:
 *    May set errPtr (the first error sticks).
 *
 *----------------------------------------------------------------------
 */

const S2nPolicy *
S2nPolicyFind(
    const char *name,           /* borrowed */
    S2nErr *errPtr)             /* OUT: why not, when NULL is returned */
{
    const S2nPolicy *policyPtr = PolicyLookup(name);

    if (policyPtr == NULL) {
        S2nErrSet(errPtr, S2N_ERR_INVALID_SECURITY_POLICY,
                "unknown security policy \"%s\"", (name != NULL) ? name : "");
        return NULL;
    }
    if (policyPtr->deprecated) {
        S2nErrSet(errPtr, S2N_ERR_DEPRECATED_SECURITY_POLICY,
                "security policy \"%s\" is deprecated", name);
        return NULL;
    }
    if (!policyPtr->usable) {
        S2nErrSet(errPtr, S2N_ERR_INVALID_SECURITY_POLICY,
                "security policy \"%s\" cannot be served by OpenSSL 3.0: %s",
                name, policyPtr->unusableWhy);
        return NULL;
    }
    return policyPtr;
}

/*
 *----------------------------------------------------------------------
 *
 * S2nPolicyDefault, S2nPolicyCount, S2nPolicyAt --
 *
 *    The policy named "default" (what s2n_config_new uses outside FIPS
 *    mode), and iteration over the table in s2n's order.
 *
 * Results:
 *    Borrowed, static rows. S2nPolicyDefault never returns NULL;
 *    S2nPolicyAt returns NULL when index is out of range.
 *
 * Side effects:
 *    None.
 *
 *----------------------------------------------------------------------
 */

const S2nPolicy *
S2nPolicyDefault(void)
{
    const S2nPolicy *policyPtr = PolicyLookup("default");

    /* The generator puts "default" first; the fallback is never taken. */
    return (policyPtr != NULL) ? policyPtr : S2nPolicyTableAt(0);
}

int
S2nPolicyCount(void)
{
    return S2nPolicyTableSize();
}

const S2nPolicy *
S2nPolicyAt(
    int index)
{
    return S2nPolicyTableAt(index);
}

/*
 *----------------------------------------------------------------------
 *
 * PolicyApplyVersions --
 *
 *    Sets the security level and the protocol range, then the TLS <= 1.2
 *    cipher list and the TLS 1.3 suites.
 *
 *    A policy with no TLS <= 1.2 suite has cipherList NULL and minVersion
 *    TLS 1.3 (the generator checks this). SSL_CTX_set_cipher_list fails
 *    on a list matching nothing ("no cipher match"), so the call is
 *    skipped: with TLS 1.2 disabled, OpenSSL neither offers nor accepts
 *    the default TLS 1.2 suites left in place.
 *
 * Results:
 *    NULL on success, else the name of the OpenSSL call that failed.
 *
 * Side effects:
 *    Changes ctx; OpenSSL may queue errors.
 *
 *----------------------------------------------------------------------
 */

static const char *
PolicyApplyVersions(
    const S2nPolicy *policyPtr,
    SSL_CTX *ctx)
{
    if (policyPtr->securityLevel >= 0) {
        /* Level 0 lets TLS 1.0/1.1 and SHA-1 signatures through. */
        SSL_CTX_set_security_level(ctx, policyPtr->securityLevel);
    }
    if (SSL_CTX_set_min_proto_version(ctx, policyPtr->minVersion) != 1) {
        return "SSL_CTX_set_min_proto_version";
    }
    if (SSL_CTX_set_max_proto_version(ctx, policyPtr->maxVersion) != 1) {
        return "SSL_CTX_set_max_proto_version";
    }
    if (policyPtr->cipherList != NULL) {
        if (SSL_CTX_set_cipher_list(ctx, policyPtr->cipherList) != 1) {
            return "SSL_CTX_set_cipher_list";
        }
    } else if (policyPtr->minVersion < S2N_TLS13) {
        return "SSL_CTX_set_cipher_list (no TLS 1.2 cipher suites)";
    }

    /* An empty string is valid here: it disables TLS 1.3 suites. */
    if (SSL_CTX_set_ciphersuites(ctx, (policyPtr->cipherSuites != NULL)
            ? policyPtr->cipherSuites : "") != 1) {
        return "SSL_CTX_set_ciphersuites";
    }
    return NULL;
}

/*
 *----------------------------------------------------------------------
 *
 * PolicyApplyAlgorithms --
 *
 *    Sets the groups and the signature algorithms. s2n uses the same
 *    list for CertificateRequest, hence the client sigalgs. A NULL list
 *    (only in unusable policies) leaves OpenSSL's default.
 *
 * Results:
 *    NULL on success, else the name of the OpenSSL call that failed.
 *
 * Side effects:
 *    Changes ctx; OpenSSL may queue errors.
 *
 *----------------------------------------------------------------------
 */

static const char *
PolicyApplyAlgorithms(
    const S2nPolicy *policyPtr,
    SSL_CTX *ctx)
{
    if (policyPtr->groups != NULL
            && SSL_CTX_set1_groups_list(ctx, policyPtr->groups) != 1) {
        return "SSL_CTX_set1_groups_list";
    }
    if (policyPtr->sigalgs != NULL
            && SSL_CTX_set1_sigalgs_list(ctx, policyPtr->sigalgs) != 1) {
        return "SSL_CTX_set1_sigalgs_list";
    }
    if (policyPtr->clientSigalgs != NULL
            && SSL_CTX_set1_client_sigalgs_list(ctx,
                policyPtr->clientSigalgs) != 1) {
        return "SSL_CTX_set1_client_sigalgs_list";
    }
    return NULL;
}

/*
 *----------------------------------------------------------------------
 *
 * PolicyApplyOptions --
 *
 *    Sets or clears server preference and ChaCha20 boosting, so that
 *    applying a policy twice, or after another, gives the same ctx.
 *
 * Results:
 *    None.
 *
 * Side effects:
 *    Changes the options of ctx.
 *
 *----------------------------------------------------------------------
 */

static void
PolicyApplyOptions(
    const S2nPolicy *policyPtr,
    SSL_CTX *ctx)
{
    if (policyPtr->options & S2N_POLICY_SERVER_PREFERENCE) {
        SSL_CTX_set_options(ctx, SSL_OP_CIPHER_SERVER_PREFERENCE);
    } else {
        SSL_CTX_clear_options(ctx, SSL_OP_CIPHER_SERVER_PREFERENCE);
    }
    if (policyPtr->options & S2N_POLICY_CHACHA20_BOOST) {
        SSL_CTX_set_options(ctx, SSL_OP_PRIORITIZE_CHACHA);
    } else {
        SSL_CTX_clear_options(ctx, SSL_OP_PRIORITIZE_CHACHA);
    }
}

/*
 *----------------------------------------------------------------------
 *
 * PolicyFail --
 *
 *    Records that an OpenSSL call failed while applying a policy, with
 *    OpenSSL's reason for it.
 *
 * Results:
 *    None.
 *
 * Side effects:
 *    Sets errPtr to S2N_ERR_INVALID_SECURITY_POLICY; empties the OpenSSL
 *    error queue of this thread.
 *
 *----------------------------------------------------------------------
 */

static void
PolicyFail(
    const S2nPolicy *policyPtr,
    const char *step,           /* the OpenSSL call that failed */
    S2nErr *errPtr)
{
    unsigned long code = ERR_peek_last_error();
    const char *reason = (code != 0) ? ERR_reason_error_string(code) : NULL;
    char buf[256];

    if (reason == NULL && code != 0) {
        ERR_error_string_n(code, buf, sizeof(buf));
        reason = buf;
    }
    S2nErrSet(errPtr, S2N_ERR_INVALID_SECURITY_POLICY,
            "security policy \"%s\": %s failed: %s", policyPtr->name, step,
            (reason != NULL) ? reason : "no reason given");
    ERR_clear_error();
}

/*
 *----------------------------------------------------------------------
 *
 * S2nPolicyApply --
 *
 *    Configures ctx as the policy says: security level, protocol range,
 *    suites, groups, signature algorithms and options.
 *
 * Results:
 *    1 on success; 0 with errPtr set (S2N_ERR_INVALID_SECURITY_POLICY)
 *    when the policy is unusable or OpenSSL refuses a setting.
 *
 * Side effects:
 *    Changes ctx, possibly only partly on failure. Leaves the OpenSSL
 *    error queue empty on failure.
 *
 *----------------------------------------------------------------------
 */

int
S2nPolicyApply(
    const S2nPolicy *policyPtr, /* borrowed */
    struct ssl_ctx_st *ctx,     /* borrowed; modified */
    S2nErr *errPtr)             /* OUT: why not, when 0 is returned */
{
    const char *step;

    if (!policyPtr->usable) {
        S2nErrSet(errPtr, S2N_ERR_INVALID_SECURITY_POLICY,
                "security policy \"%s\" cannot be served by OpenSSL 3.0: %s",
                policyPtr->name, policyPtr->unusableWhy);
        return 0;
    }
    step = PolicyApplyVersions(policyPtr, ctx);
    if (step == NULL) {
        step = PolicyApplyAlgorithms(policyPtr, ctx);
    }
    if (step != NULL) {
        PolicyFail(policyPtr, step, errPtr);
        return 0;
    }
    PolicyApplyOptions(policyPtr, ctx);
    return 1;
}

/*
 *----------------------------------------------------------------------
 *
 * Certificate preferences (s2n_security_policy certificate_keys and
 * certificate_signature_preferences), in s2n's names.
 *
 *----------------------------------------------------------------------
 */

static int
ListHas(
    const char *const *list,
    const char *name)
{
    for (; list != NULL && *list != NULL; list++) {
        if (strcmp(*list, name) == 0) {
            return 1;
        }
    }
    return 0;
}

/*
 * CertKeyName -- "ecdsa_p256", "rsa_2048", "rsa_pss_3072", ... into buf.
 */

static void
CertKeyName(
    X509 *cert,
    char *buf,
    size_t size)
{
    EVP_PKEY *key = X509_get0_pubkey(cert);
    char curve[64] = "";
    size_t len = 0;

    snprintf(buf, size, "unknown");
    if (key == NULL) {
        return;
    }
    switch (EVP_PKEY_base_id(key)) {
    case EVP_PKEY_RSA:
        snprintf(buf, size, "rsa_%d", EVP_PKEY_get_bits(key));
        break;
    case EVP_PKEY_RSA_PSS:
        snprintf(buf, size, "rsa_pss_%d", EVP_PKEY_get_bits(key));
        break;
    case EVP_PKEY_EC:
        EVP_PKEY_get_utf8_string_param(key, "group", curve, sizeof(curve), &len);
        snprintf(buf, size, "ecdsa_%s", strcmp(curve, "prime256v1") == 0 ? "p256"
                : strcmp(curve, "secp384r1") == 0 ? "p384"
                : strcmp(curve, "secp521r1") == 0 ? "p521" : curve);
        break;
    case EVP_PKEY_ED25519:
        snprintf(buf, size, "ed25519");
        break;
    default:
        break;
    }
}

/*
 * CertSigNames -- the s2n scheme names a certificate's signature can be:
 * an RSA-PSS signature may count as rsae or pss.
 */

static int
CertSigNames(
    X509 *cert,
    char names[2][48])
{
    int md = NID_undef, pk = NID_undef;
    const char *h;

    names[0][0] = names[1][0] = '\0';
    if (!X509_get_signature_info(cert, &md, &pk, NULL, NULL)) {
        return 0;
    }
    h = (md == NID_sha256) ? "sha256" : (md == NID_sha384) ? "sha384"
            : (md == NID_sha512) ? "sha512" : (md == NID_sha224) ? "sha224"
            : (md == NID_sha1) ? "sha1" : "?";
    if (pk == NID_rsassaPss) {
        snprintf(names[0], 48, "rsa_pss_rsae_%s", h);
        snprintf(names[1], 48, "rsa_pss_pss_%s", h);
        return 2;
    }
    if (md == NID_sha224) {
        snprintf(names[0], 48, "legacy_%s_sha224", pk == NID_rsaEncryption ? "rsa" : "ecdsa");
        return 1;
    }
    snprintf(names[0], 48, "%s_%s", (pk == NID_rsaEncryption) ? "rsa_pkcs1"
            : (pk == NID_X9_62_id_ecPublicKey) ? "ecdsa" : OBJ_nid2sn(pk), h);
    return 1;
}

int
S2nPolicyCertCheck(
    const S2nPolicy *policyPtr,
    X509 *cert,
    S2nErr *errPtr)
{
    char key[64], sigs[2][48];
    int n;

    if (policyPtr->certKeys != NULL && policyPtr->certKeys[0] != NULL) {
        CertKeyName(cert, key, sizeof(key));
        if (!ListHas(policyPtr->certKeys, key)) {
            S2nErrSet(errPtr, S2N_ERR_SECURITY_POLICY_INCOMPATIBLE_CERT,
                    "certificate key %s is not allowed by security policy %s", key,
                    policyPtr->name);
            return 0;
        }
    }
    if (policyPtr->certSigSchemes != NULL && policyPtr->certSigSchemes[0] != NULL
            && X509_check_issued(cert, cert) != X509_V_OK) {
        n = CertSigNames(cert, sigs);
        if (n == 0 || !(ListHas(policyPtr->certSigSchemes, sigs[0])
                || (n == 2 && ListHas(policyPtr->certSigSchemes, sigs[1])))) {
            S2nErrSet(errPtr, S2N_ERR_SECURITY_POLICY_INCOMPATIBLE_CERT,
                    "certificate signature %s is not allowed by security policy %s",
                    n ? sigs[0] : "unknown", policyPtr->name);
            return 0;
        }
    }
    return 1;
}
