/*
 * fuzz_config.c --
 *
 *	libFuzzer target: the -config dict parser. The input, read as UTF-8,
 *	becomes a Tcl string object handed to S2nConfigFromObj (which parses
 *	it as a dict, validates every key and builds the engine context);
 *	the config is used again through its cached internal representation,
 *	through a duplicate and through the by-value cache, then released.
 *
 *	So that the committed corpus holds no key yet can reach the end of
 *	the parse, these tokens in the input are replaced first, each by its
 *	value as one list element (PEM text comes braced):
 *	  @CERT@ @KEY@          PEM text of a throwaway certificate and key
 *	  @CERTFILE@ @KEYFILE@  the same in files of a private temp directory
 *	  @DIR@                 that directory (for ca_dir)
 *	Inputs that mention /proc or /dev are skipped: a path there can be a
 *	regular file that never ends (/proc/self/pagemap, /dev/core).
 */

#define _GNU_SOURCE             /* memmem */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "s2nInt.h"
#include "fuzz.h"

enum { TOKEN_CERT, TOKEN_KEY, TOKEN_CERTFILE, TOKEN_KEYFILE, TOKEN_DIR, TOKEN_COUNT };

static const char *const tokenNames[TOKEN_COUNT] = {
    "@CERT@", "@KEY@", "@CERTFILE@", "@KEYFILE@", "@DIR@"
};

static Tcl_Obj *tokenValues[TOKEN_COUNT];      /* refs held: one-element lists */
static Tcl_Interp *fuzzInterp;  /* owned for the life of the process */
static Tcl_Encoding utf8;       /* ref held for the life of the process */
static S2nFuzzCred cred;        /* owned: the throwaway credentials */
static char tempDir[4096];      /* private directory, removed at exit */
static char certFile[4200];     /* tempDir/cert.pem */
static char keyFile[4200];      /* tempDir/key.pem */

/*
 *----------------------------------------------------------------------
 *
 * ConfigWriteFile --
 *
 *	Writes text to a new file only this user can read.
 *
 * Results:
 *	1 on success, 0 on failure.
 *
 *----------------------------------------------------------------------
 */

static int
ConfigWriteFile(
    const char *path,
    const char *text)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
    size_t len = strlen(text);
    int ok;

    if (fd < 0) {
        return 0;
    }
    ok = (write(fd, text, len) == (ssize_t) len);
    return (close(fd) == 0) && ok;
}

/*
 * ConfigCleanup -- atexit: the temporary files and directory go.
 */

static void
ConfigCleanup(void)
{
    int i;

    for (i = 0; i < TOKEN_COUNT; i++) {
        if (tokenValues[i] != NULL) {
            Tcl_DecrRefCount(tokenValues[i]);
            tokenValues[i] = NULL;
        }
    }
    unlink(certFile);
    unlink(keyFile);
    rmdir(tempDir);
    S2nConfigCacheClear();
    S2nFuzzCredFree(&cred);
}

/*
 * ConfigSetToken -- what a token stands for, quoted as one list element
 * so that PEM text (which has spaces) stays one dict value.
 */

static void
ConfigSetToken(
    int token,
    const char *value)
{
    Tcl_Obj *valueObj = Tcl_NewStringObj(value, -1);

    tokenValues[token] = Tcl_NewListObj(1, &valueObj);
    Tcl_IncrRefCount(tokenValues[token]);
}

/*
 *----------------------------------------------------------------------
 *
 * ConfigMakeFiles --
 *
 *	The credentials, and their files in a fresh private directory.
 *
 * Results:
 *	1 on success, 0 on failure.
 *
 *----------------------------------------------------------------------
 */

static int
ConfigMakeFiles(void)
{
    const char *tmp = getenv("TMPDIR");

    if (!S2nFuzzCredNew("localhost,*.example.com", &cred)) {
        return 0;
    }
    snprintf(tempDir, sizeof(tempDir), "%s/s2n-fuzz-XXXXXX",
            (tmp != NULL && *tmp != '\0') ? tmp : "/tmp");
    if (mkdtemp(tempDir) == NULL) {
        return 0;
    }
    snprintf(certFile, sizeof(certFile), "%s/cert.pem", tempDir);
    snprintf(keyFile, sizeof(keyFile), "%s/key.pem", tempDir);
    atexit(ConfigCleanup);
    ConfigSetToken(TOKEN_CERT, cred.certPem);
    ConfigSetToken(TOKEN_KEY, cred.keyPem);
    ConfigSetToken(TOKEN_CERTFILE, certFile);
    ConfigSetToken(TOKEN_KEYFILE, keyFile);
    ConfigSetToken(TOKEN_DIR, tempDir);
    return ConfigWriteFile(certFile, cred.certPem)
            && ConfigWriteFile(keyFile, cred.keyPem);
}

/*
 * LLVMFuzzerInitialize -- a real interpreter (the parser reports errors
 * in one), the engine, and the files the tokens name.
 */

int
LLVMFuzzerInitialize(
    int *argcPtr,
    char ***argvPtr)
{
    (void) argcPtr;
    Tcl_FindExecutable((*argvPtr)[0]);
    fuzzInterp = Tcl_CreateInterp();
    utf8 = Tcl_GetEncoding(NULL, "utf-8");
    S2nFuzzEngineInit();
    if (fuzzInterp == NULL || utf8 == NULL || !ConfigMakeFiles()) {
        abort();
    }
    return 0;
}

/*
 *----------------------------------------------------------------------
 *
 * ConfigExpand --
 *
 *	The input with its tokens replaced, read as UTF-8.
 *
 * Results:
 *	A new string object (refcount 0).
 *
 *----------------------------------------------------------------------
 */

static Tcl_Obj *
ConfigExpand(
    const uint8_t *data,
    size_t size)
{
    Tcl_DString raw, utf;
    Tcl_Obj *objPtr;
    size_t at = 0;
    int i;

    Tcl_DStringInit(&raw);
    while (at < size) {
        for (i = 0; i < TOKEN_COUNT; i++) {
            size_t len = strlen(tokenNames[i]);

            if (size - at >= len && memcmp(data + at, tokenNames[i], len) == 0) {
                Tcl_DStringAppend(&raw, Tcl_GetString(tokenValues[i]), -1);
                at += len;
                break;
            }
        }
        if (i == TOKEN_COUNT) {
            Tcl_DStringAppend(&raw, (const char *) data + at, 1);
            at++;
        }
    }
    Tcl_DStringInit(&utf);
    Tcl_ExternalToUtfDString(utf8, Tcl_DStringValue(&raw), Tcl_DStringLength(&raw),
            &utf);
    objPtr = Tcl_NewStringObj(Tcl_DStringValue(&utf), Tcl_DStringLength(&utf));
    Tcl_DStringFree(&utf);
    Tcl_DStringFree(&raw);
    return objPtr;
}

/*
 *----------------------------------------------------------------------
 *
 * ConfigReuse --
 *
 *	The ways a script meets a parsed config again: the same object
 *	(internal rep), a copy of it (dup proc), an equal dict built anew
 *	(by-value cache).
 *
 *----------------------------------------------------------------------
 */

static void
ConfigReuse(
    Tcl_Obj *dictObj)           /* borrowed; holds the config */
{
    Tcl_Obj *dupObj = Tcl_DuplicateObj(dictObj);
    Tcl_Obj *newObj = Tcl_NewStringObj(Tcl_GetString(dictObj), -1);
    S2nConfig *configPtr;

    Tcl_IncrRefCount(dupObj);
    Tcl_IncrRefCount(newObj);
    configPtr = S2nConfigFromObj(fuzzInterp, dictObj);
    S2nConfigRelease(configPtr);
    configPtr = S2nConfigFromObj(fuzzInterp, dupObj);
    S2nConfigRelease(configPtr);
    configPtr = S2nConfigFromObj(fuzzInterp, newObj);
    S2nConfigRelease(configPtr);
    Tcl_DecrRefCount(newObj);
    Tcl_DecrRefCount(dupObj);
}

/*
 * LLVMFuzzerTestOneInput -- one -config value; nothing is kept after it
 * (the by-value cache is emptied so every input starts alike).
 */

int
LLVMFuzzerTestOneInput(
    const uint8_t *data,
    size_t size)
{
    Tcl_Obj *dictObj;
    S2nConfig *configPtr;

    if (memmem(data, size, "/proc", 5) != NULL || memmem(data, size, "/dev", 4) != NULL) {
        return -1;              /* not added to the corpus */
    }
    dictObj = ConfigExpand(data, size);
    Tcl_IncrRefCount(dictObj);
    configPtr = S2nConfigFromObj(fuzzInterp, dictObj);
    if (configPtr != NULL) {
        ConfigReuse(dictObj);
        S2nConfigRelease(configPtr);
    }
    Tcl_DecrRefCount(dictObj);
    Tcl_ResetResult(fuzzInterp);
    S2nConfigCacheClear();
    return 0;
}
