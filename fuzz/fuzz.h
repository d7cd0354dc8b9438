/*
 * fuzz.h --
 *
 *	Shared by the libFuzzer targets in fuzz/: throwaway credentials made
 *	in memory (fuzzcred.c) and the loop that feeds a fuzzer's bytes to a
 *	connection as the peer's stream (fuzzdrive.c). Like tls.h, this
 *	header does not include OpenSSL.
 */

#ifndef S2N_FUZZ_H
#define S2N_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include "tls.h"

/*
 * A self-signed EC P-256 certificate and its key as PEM text. Made at
 * start-up and never written anywhere but memory (and, for fuzz_config,
 * a private temporary directory removed at exit).
 */

typedef struct S2nFuzzCred {
    char *certPem;              /* owned (malloc): the certificate */
    char *keyPem;               /* owned (malloc, cleansed): the key */
} S2nFuzzCred;

/* libFuzzer's entry points, declared for -Wmissing-prototypes. */
int             LLVMFuzzerInitialize(int *argcPtr, char ***argvPtr);
int             LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* fuzzcred.c */
int             S2nFuzzCredNew(const char *names, S2nFuzzCred *credPtr);
void            S2nFuzzCredFree(S2nFuzzCred *credPtr);

/* fuzzdrive.c */
void            S2nFuzzEngineInit(void);
S2nTlsCtx *     S2nFuzzCtxNew(S2nTlsCtxSpec *specPtr);
void            S2nFuzzDrain(S2nConn *connPtr);
void            S2nFuzzDrive(S2nConn *connPtr, const uint8_t *data,
                    size_t size);
void            S2nFuzzClose(S2nConn *connPtr);

#endif /* S2N_FUZZ_H */
