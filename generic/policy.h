/*
 * policy.h --
 *
 *	s2n security policies ("default", "default_tls13", "20230317", ...)
 *	as data, and how each one is applied to the engine. The table itself
 *	(policytable.c) is GENERATED from data/s2n-policies.json by
 *	tools/gen-policies.py.
 *
 *	Only policy.c and tls.c include OpenSSL; this header does not.
 */

#ifndef S2N_POLICY_H
#define S2N_POLICY_H

#include "errors.h"

struct ssl_ctx_st;              /* OpenSSL's SSL_CTX, opaque here */
struct x509_st;                 /* OpenSSL's X509, opaque here */

/* Protocol versions, as the TLS wire numbers (OpenSSL uses the same). */
enum {
    S2N_TLS10 = 0x0301,
    S2N_TLS11 = 0x0302,
    S2N_TLS12 = 0x0303,
    S2N_TLS13 = 0x0304
};

/* Option bits of a policy. */
enum {
    S2N_POLICY_SERVER_PREFERENCE = 1 << 0,  /* SSL_OP_CIPHER_SERVER_PREFERENCE */
    S2N_POLICY_CHACHA20_BOOST = 1 << 1      /* SSL_OP_PRIORITIZE_CHACHA */
};

typedef struct S2nPolicy {
    const char *name;           /* s2n's name, as s2n spells it */
    const char *aliasOf;        /* dated policy this name aliases, or NULL */
    int deprecated;             /* 1: S2N_ERR_DEPRECATED_SECURITY_POLICY */
    int usable;                 /* 0: OpenSSL 3.0 cannot serve it at all */
    const char *unusableWhy;    /* why not, when !usable; else NULL */
    int minVersion;             /* S2N_TLS1x */
    int maxVersion;             /* S2N_TLS1x */
    const char *cipherList;     /* TLS <= 1.2 suites, OpenSSL names, in order */
    const char *cipherSuites;   /* TLS 1.3 suites, in order */
    const char *groups;         /* OpenSSL group list */
    const char *sigalgs;        /* OpenSSL sigalg list */
    const char *clientSigalgs;  /* sigalgs for certificate requests */
    int securityLevel;          /* OpenSSL security level to set, -1 = keep */
    unsigned options;           /* S2N_POLICY_* bits */
    const char *const *ianaCiphers;   /* NULL-terminated, in order */
    const char *const *groupNames;    /* s2n names, NULL-terminated */
    const char *const *sigSchemes;    /* s2n names, NULL-terminated */
    const char *const *leftOut;       /* what OpenSSL cannot do, NULL-term. */
    const char *const *certKeys;      /* key types certificates may have
                                       * (ecdsa_p384, rsa_3072...); empty:
                                       * any */
    const char *const *certSigSchemes;/* how certificates may be signed;
                                       * empty: any */
    int certLocal;                    /* 1: our own chain must comply too */
} S2nPolicy;

/*
 * S2nPolicyFind --
 *	Case-insensitive lookup. Returns the policy, or NULL with errPtr set:
 *	S2N_ERR_INVALID_SECURITY_POLICY (unknown name),
 *	S2N_ERR_DEPRECATED_SECURITY_POLICY (deprecated by s2n), or
 *	S2N_ERR_INVALID_SECURITY_POLICY with a message saying why OpenSSL
 *	cannot serve it (usable == 0).
 */
const S2nPolicy *   S2nPolicyFind(const char *name, S2nErr *errPtr);

/* S2nPolicyDefault -- the policy named "default". Never NULL. */
const S2nPolicy *   S2nPolicyDefault(void);

/* S2nPolicyCount / S2nPolicyAt -- iterate the table (names in s2n order). */
int                 S2nPolicyCount(void);
const S2nPolicy *   S2nPolicyAt(int index);

/*
 * S2nPolicyApply --
 *	Sets protocol range, suites, groups, sigalgs, security level and
 *	options of the policy on ctx. Returns 1 on success, 0 with errPtr set.
 */
int                 S2nPolicyApply(const S2nPolicy *policyPtr,
                        struct ssl_ctx_st *ctx, S2nErr *errPtr);

/*
 * S2nPolicyCertCheck --
 *	s2n's certificate preferences: is cert's key type and signature
 *	allowed by the policy? Returns 1, or 0 with errPtr set
 *	(S2N_ERR_SECURITY_POLICY_INCOMPATIBLE_CERT) saying which.
 */
int                 S2nPolicyCertCheck(const S2nPolicy *policyPtr,
                        struct x509_st *cert, S2nErr *errPtr);

#endif /* S2N_POLICY_H */
