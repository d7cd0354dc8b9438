/*
 * check-policies.c --
 *
 *    Standalone check of the policy table and the error records, without
 *    Tcl: every usable policy must apply cleanly to a fresh SSL_CTX, and a
 *    client built from it must offer exactly the policy's suites; lookup
 *    must follow s2n's rules. Exit status 0 when everything passes.
 *
 *    Build and run, from the repository root:
 *
 *    gcc -std=c11 -Wall -Wextra -O2 -DS2N_NO_TCL -Igeneric -o check-policies tools/check-policies.c generic/policy.c generic/policytable.c generic/errors.c -lssl -lcrypto && ./check-policies
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include "policy.h"

static int failures = 0;

/*
 *----------------------------------------------------------------------
 *
 * Check --
 *
 *    Counts and reports one failed expectation.
 *
 * Results:
 *    cond, so callers can chain further checks.
 *
 * Side effects:
 *    Prints to stdout on failure.
 *
 *----------------------------------------------------------------------
 */

static int
Check(
    int cond,
    const char *what,
    const char *detail)         /* may be NULL */
{
    if (!cond) {
        failures++;
        printf("FAIL: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    }
    return cond;
}

/*
 *----------------------------------------------------------------------
 *
 * ExpectedCiphers --
 *
 *    Builds the suites an OpenSSL client should offer for a policy: the
 *    TLS 1.3 suites first (OpenSSL's order), then the TLS <= 1.2 list,
 *    duplicates dropped, as one ':'-separated string.
 *
 * Results:
 *    OUT, caller frees (free).
 *
 * Side effects:
 *    None.
 *
 *----------------------------------------------------------------------
 */

static char *
ExpectedCiphers(
    const S2nPolicy *policyPtr)
{
    const char *parts[2];
    size_t size = 4;
    char *out;
    int i;

    parts[0] = policyPtr->cipherSuites ? policyPtr->cipherSuites : "";
    parts[1] = policyPtr->cipherList ? policyPtr->cipherList : "";
    size += strlen(parts[0]) + strlen(parts[1]);
    out = calloc(1, size + 2);
    if (out == NULL) {
        abort();
    }
    for (i = 0; i < 2; i++) {
        const char *p = parts[i];

        while (*p != '\0') {
            size_t len = strcspn(p, ":");
            char item[128];

            snprintf(item, sizeof(item), ":%.*s:", (int) len, p);
            if (strstr(out, item) == NULL) {
                /* out is kept as ":a:b:" so that whole names match. */
                strcat(out, (*out == '\0') ? item : item + 1);
            }
            p += len + (p[len] == ':');
        }
    }
    return out;
}

/*
 *----------------------------------------------------------------------
 *
 * OfferedCiphers --
 *
 *    The suites a client SSL made from ctx would put in its ClientHello,
 *    as ":a:b:" (SSL_get1_supported_ciphers applies version limits and
 *    the security level).
 *
 * Results:
 *    OUT, caller frees (free); NULL on failure.
 *
 * Side effects:
 *    None.
 *
 *----------------------------------------------------------------------
 */

static char *
OfferedCiphers(
    SSL_CTX *ctx)
{
    SSL *ssl = SSL_new(ctx);
    STACK_OF(SSL_CIPHER) *sk = NULL;
    char *out = NULL;
    int i;

    if (ssl == NULL) {
        goto done;
    }
    SSL_set_connect_state(ssl);
    sk = SSL_get1_supported_ciphers(ssl);
    if (sk == NULL) {
        goto done;
    }
    out = calloc(1, 64 * (size_t) sk_SSL_CIPHER_num(sk) + 2);
    if (out == NULL) {
        goto done;
    }
    for (i = 0; i < sk_SSL_CIPHER_num(sk); i++) {
        strcat(out, (i == 0) ? ":" : "");
        strcat(out, SSL_CIPHER_get_name(sk_SSL_CIPHER_value(sk, i)));
        strcat(out, ":");
    }

  done:
    sk_SSL_CIPHER_free(sk);
    SSL_free(ssl);
    return out;
}

/*
 *----------------------------------------------------------------------
 *
 * CheckApply --
 *
 *    Applies one usable policy to a fresh SSL_CTX and compares what
 *    OpenSSL then holds with the policy.
 *
 * Results:
 *    None.
 *
 * Side effects:
 *    Counts failures.
 *
 *----------------------------------------------------------------------
 */

static void
CheckApply(
    const S2nPolicy *policyPtr)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    S2nErr err = S2N_ERR_INIT;
    char *want = NULL;
    char *got = NULL;
    unsigned long opts;

    if (!Check(ctx != NULL, "SSL_CTX_new", policyPtr->name)) {
        goto done;
    }
    if (!Check(S2nPolicyApply(policyPtr, ctx, &err) == 1, policyPtr->name,
            err.msg)) {
        goto done;
    }
    Check(ERR_peek_error() == 0, "error queue not empty", policyPtr->name);
    Check(SSL_CTX_get_min_proto_version(ctx) == policyPtr->minVersion
            && SSL_CTX_get_max_proto_version(ctx) == policyPtr->maxVersion,
            "protocol range", policyPtr->name);
    Check(policyPtr->securityLevel < 0
            || SSL_CTX_get_security_level(ctx) == policyPtr->securityLevel,
            "security level", policyPtr->name);
    opts = (unsigned long) SSL_CTX_get_options(ctx);
    Check(!(opts & SSL_OP_CIPHER_SERVER_PREFERENCE)
            == !(policyPtr->options & S2N_POLICY_SERVER_PREFERENCE)
            && !(opts & SSL_OP_PRIORITIZE_CHACHA)
            == !(policyPtr->options & S2N_POLICY_CHACHA20_BOOST),
            "options", policyPtr->name);
    want = ExpectedCiphers(policyPtr);
    got = OfferedCiphers(ctx);
    if (!Check(got != NULL && strcmp(want, got) == 0, "offered suites",
            policyPtr->name)) {
        printf("    want %s\n    got  %s\n", want, got ? got : "(null)");
    }

  done:
    free(got);
    free(want);
    S2nErrClear(&err);
    SSL_CTX_free(ctx);
}

/*
 *----------------------------------------------------------------------
 *
 * CheckFind --
 *
 *    Looks a name up and compares the outcome with the expectation.
 *
 * Results:
 *    The policy found, or NULL.
 *
 * Side effects:
 *    Counts failures.
 *
 *----------------------------------------------------------------------
 */

static const S2nPolicy *
CheckFind(
    const char *name,
    S2nErrCode wantCode,        /* S2N_ERR_OK: must be found */
    const char *wantMsg)        /* exact message, or NULL */
{
    S2nErr err = S2N_ERR_INIT;
    const S2nPolicy *policyPtr = S2nPolicyFind(name, &err);

    if (wantCode == S2N_ERR_OK) {
        Check(policyPtr != NULL && err.code == S2N_ERR_OK, "find", name);
    } else {
        Check(policyPtr == NULL && err.code == wantCode, "find error code",
                name);
        Check(err.msg != NULL && (wantMsg == NULL
                || strcmp(err.msg, wantMsg) == 0), "find error message",
                err.msg);
    }
    S2nErrClear(&err);
    return policyPtr;
}

/*
 *----------------------------------------------------------------------
 *
 * SameList, SameString --
 *
 *    Compare NULL-terminated string lists / possibly NULL strings.
 *
 *----------------------------------------------------------------------
 */

static int
SameString(
    const char *a,
    const char *b)
{
    return (a == NULL || b == NULL) ? (a == b) : (strcmp(a, b) == 0);
}

static int
SameList(
    const char *const *a,
    const char *const *b)
{
    while (*a != NULL && *b != NULL && strcmp(*a, *b) == 0) {
        a++;
        b++;
    }
    return *a == NULL && *b == NULL;
}

/*
 *----------------------------------------------------------------------
 *
 * CheckAlias --
 *
 *    An alias must name its dated policy and carry the same settings.
 *
 *----------------------------------------------------------------------
 */

static void
CheckAlias(
    const char *alias,
    const char *dated)
{
    const S2nPolicy *a = CheckFind(alias, S2N_ERR_OK, NULL);
    const S2nPolicy *d = CheckFind(dated, S2N_ERR_OK, NULL);

    if (a == NULL || d == NULL) {
        return;
    }
    Check(SameString(a->aliasOf, dated), "aliasOf", alias);
    Check(a->minVersion == d->minVersion && a->maxVersion == d->maxVersion
            && a->securityLevel == d->securityLevel
            && a->options == d->options
            && SameString(a->cipherList, d->cipherList)
            && SameString(a->cipherSuites, d->cipherSuites)
            && SameString(a->groups, d->groups)
            && SameString(a->sigalgs, d->sigalgs)
            && SameString(a->clientSigalgs, d->clientSigalgs)
            && SameList(a->ianaCiphers, d->ianaCiphers)
            && SameList(a->groupNames, d->groupNames)
            && SameList(a->sigSchemes, d->sigSchemes)
            && SameList(a->leftOut, d->leftOut), "alias settings", alias);
}

/*
 *----------------------------------------------------------------------
 *
 * CheckLookups --
 *
 *    s2n's lookup rules: case-insensitive, deprecated apart from unknown,
 *    plus our refusal of policies OpenSSL 3.0 cannot serve.
 *
 *----------------------------------------------------------------------
 */

static void
CheckLookups(void)
{
    const S2nPolicy *policyPtr;

    policyPtr = CheckFind("DeFaUlT", S2N_ERR_OK, NULL);
    Check(policyPtr == S2nPolicyDefault(), "case-insensitive", "DeFaUlT");
    Check(strcmp(S2nPolicyDefault()->name, "default") == 0, "default", NULL);
    CheckFind("CLOUDFRONT-tls-1-2-2021", S2N_ERR_OK, NULL);
    CheckFind("20240730", S2N_ERR_DEPRECATED_SECURITY_POLICY,
            "security policy \"20240730\" is deprecated");
    CheckFind("pq-sike-test-tls-1-0-2019-11",
            S2N_ERR_DEPRECATED_SECURITY_POLICY,
            "security policy \"pq-sike-test-tls-1-0-2019-11\" is deprecated");
    CheckFind("no-such-policy", S2N_ERR_INVALID_SECURITY_POLICY,
            "unknown security policy \"no-such-policy\"");
    CheckFind("", S2N_ERR_INVALID_SECURITY_POLICY,
            "unknown security policy \"\"");
    CheckFind("cnsa_2", S2N_ERR_INVALID_SECURITY_POLICY, NULL);
    CheckFind("null", S2N_ERR_INVALID_SECURITY_POLICY, NULL);
    CheckAlias("default", "20251014");
    CheckAlias("default_tls13", "20240503");
    CheckAlias("default_fips", "20251015");
    CheckAlias("default_pq", "20250721");
    CheckAlias("rfc9151", "20251013");
    CheckAlias("cnsa_1", "20251013");
    CheckAlias("cnsa_1_2_interop", "20260220");
    policyPtr = S2nPolicyAt(S2nPolicyCount());
    Check(policyPtr == NULL && S2nPolicyAt(-1) == NULL, "S2nPolicyAt range",
            NULL);
}

/*
 *----------------------------------------------------------------------
 *
 * CheckApplyFailures --
 *
 *    Unusable policies and OpenSSL refusals give
 *    S2N_ERR_INVALID_SECURITY_POLICY and leave the error queue empty.
 *
 *----------------------------------------------------------------------
 */

static void
CheckApplyFailures(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    S2nErr err = S2N_ERR_INIT;
    S2nPolicy bad = *S2nPolicyDefault();

    bad.name = "bad";
    bad.groups = "P-256:no-such-group";
    Check(S2nPolicyApply(&bad, ctx, &err) == 0
            && err.code == S2N_ERR_INVALID_SECURITY_POLICY
            && err.msg != NULL && strstr(err.msg, "set1_groups_list") != NULL,
            "bad groups refused", err.msg);
    Check(ERR_peek_error() == 0, "error queue emptied", NULL);
    printf("refusal message: %s\n", err.msg ? err.msg : "(null)");
    S2nErrClear(&err);

    bad = *S2nPolicyDefault();
    bad.usable = 0;
    bad.unusableWhy = "testing";
    Check(S2nPolicyApply(&bad, ctx, &err) == 0
            && err.code == S2N_ERR_INVALID_SECURITY_POLICY,
            "unusable refused", err.msg);
    S2nErrClear(&err);
    SSL_CTX_free(ctx);
}

/*
 *----------------------------------------------------------------------
 *
 * CheckErrors --
 *
 *    The error table and the sticky record.
 *
 *----------------------------------------------------------------------
 */

static void
CheckErrors(void)
{
    S2nErr a = S2N_ERR_INIT;
    S2nErr b = S2N_ERR_INIT;

    Check(S2N_ERR_OK == 0, "S2N_ERR_OK is 0", NULL);
    Check(strcmp(S2nErrName(S2N_ERR_TIMEOUT), "S2N_ERR_TIMEOUT") == 0
            && strcmp(S2nErrDefaultMessage(S2N_ERR_TIMEOUT),
                "handshake did not complete in time") == 0
            && strcmp(S2nErrTypeName(S2N_ERR_TIMEOUT), "IO") == 0,
            "S2N_ERR_TIMEOUT", NULL);
    Check(strcmp(S2nErrName(S2N_ERR_IO), "S2N_ERR_IO") == 0
            && strcmp(S2nErrTypeName(S2N_ERR_IO), "IO") == 0
            && strcmp(S2nErrTypeName(S2N_ERR_OK), "OK") == 0
            && strcmp(S2nErrTypeName(S2N_ERR_INVALID_SECURITY_POLICY),
                "USAGE") == 0
            && strcmp(S2nErrName(S2N_ERR_INVALID_SUPPORTED_GROUP_STATE),
                "S2N_ERR_INVALID_SUPPORTED_GROUP_STATE") == 0
            && strcmp(S2nErrName(S2N_ERR_CODE_COUNT), "S2N_ERR_UNKNOWN") == 0,
            "error names", NULL);

    S2nErrSet(&a, S2N_ERR_CLOSED, NULL);
    S2nErrSet(&a, S2N_ERR_IO, "second %d", 2);
    Check(a.code == S2N_ERR_CLOSED && a.msg == NULL, "first error sticks",
            NULL);
    S2nErrSet(&b, S2N_ERR_CERT_UNTRUSTED, "verify failed: %s (%d)", "x", 42);
    Check(b.msg != NULL && strcmp(b.msg, "verify failed: x (42)") == 0,
            "formatted message", b.msg);
    S2nErrMove(&a, &b);
    Check(a.code == S2N_ERR_CLOSED && b.code == S2N_ERR_OK && b.msg == NULL,
            "move keeps first", NULL);
    S2nErrClear(&a);
    S2nErrSet(&b, S2N_ERR_ALERT, "alert %s", "42");
    S2nErrCopy(&a, &b);
    Check(a.code == S2N_ERR_ALERT && a.msg != b.msg
            && strcmp(a.msg, "alert 42") == 0, "copy", NULL);
    S2nErrClear(&a);
    S2nErrMove(&a, &b);
    Check(a.code == S2N_ERR_ALERT && b.code == S2N_ERR_OK
            && strcmp(a.msg, "alert 42") == 0, "move", NULL);
    S2nErrClear(&a);
    S2nErrClear(&b);
}

/*
 *----------------------------------------------------------------------
 *
 * main --
 *
 *    Applies every usable policy, then runs the lookup, refusal and
 *    error-record checks.
 *
 * Results:
 *    Exit status 0 when every check passed, 1 otherwise.
 *
 * Side effects:
 *    Prints failures and a summary to stdout.
 *
 *----------------------------------------------------------------------
 */

int
main(void)
{
    int i;
    int usable = 0;
    int unusable = 0;
    int deprecated = 0;
    int levelZero = 0;

    for (i = 0; i < S2nPolicyCount(); i++) {
        const S2nPolicy *policyPtr = S2nPolicyAt(i);

        deprecated += policyPtr->deprecated;
        if (!policyPtr->usable) {
            unusable++;
            continue;
        }
        usable++;
        levelZero += (policyPtr->securityLevel == 0);
        CheckApply(policyPtr);
    }
    CheckLookups();
    CheckApplyFailures();
    CheckErrors();
    printf("%d policies: %d usable (%d at security level 0), %d unusable,"
            " %d deprecated\n", S2nPolicyCount(), usable, levelZero, unusable,
            deprecated);
    printf("%s: %d failure(s)\n", failures ? "FAILED" : "PASSED", failures);
    return failures ? 1 : 0;
}
