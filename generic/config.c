/*
 * config.c --
 *
 *	-config dict -> S2nConfig (an engine context and a few flags). A dict
 *	is parsed once: the result is cached in the Tcl_Obj's internal
 *	representation and, by value, in a process-wide table keyed on the
 *	canonical dict, so a script that builds [list ca_file $ca] anew for
 *	every connection still shares one context. Files named in a config
 *	are stat()ed on each use and the config is rebuilt when one changes.
 */

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "s2nInt.h"

/* Most configs kept by value; past that the table is emptied and refills. */
#define CACHE_MAX 128

/* s2n's ticket key lifetimes (s2n_config.c): 2 h, then 13 h more. */
#define TICKET_ENCRYPT_DEFAULT  7200
#define TICKET_DECRYPT_DEFAULT  46800

struct S2nFileStamp {
    char *path;                 /* owned (Tcl_Alloc), native */
    dev_t dev;                  /* identity and version of the file */
    ino_t ino;
    off_t size;
    struct timespec mtime;
};

/*
 * The keys, in the order of the canonical string. Name table and enum side
 * by side; Tcl_GetIndexFromObj writes the "must be" list.
 */

static const char *const configKeys[] = {
    "alpn", "ca_dir", "ca_file", "ca_pem", "cert_chain", "cert_chain_file",
    "certificates", "cipher_preferences", "client_auth", "handshake_timeout",
    "private_key", "private_key_file", "session_tickets", "system_ca",
    "ticket_lifetime", "verify", NULL
};
enum ConfigKey {
    KEY_ALPN, KEY_CA_DIR, KEY_CA_FILE, KEY_CA_PEM, KEY_CERT_CHAIN,
    KEY_CERT_CHAIN_FILE, KEY_CERTIFICATES, KEY_CIPHER_PREFERENCES, KEY_CLIENT_AUTH,
    KEY_HANDSHAKE_TIMEOUT, KEY_PRIVATE_KEY, KEY_PRIVATE_KEY_FILE,
    KEY_SESSION_TICKETS, KEY_SYSTEM_CA, KEY_TICKET_LIFETIME, KEY_VERIFY, KEY_COUNT
};

/* A handshake not done by then fails with S2N_ERR_TIMEOUT (DESIGN.md 2.1). */
#define HANDSHAKE_TIMEOUT_DEFAULT_MS 30000

static const char *const clientAuthNames[] = {"none", "optional", "required", NULL};

/* What a dict says, validated; values borrowed from the dict. */
typedef struct ConfigParse {
    Tcl_Obj *values[KEY_COUNT]; /* borrowed, NULL when absent */
    S2nTlsCtxSpec spec;         /* strings point into values */
    unsigned char *alpnWire;    /* owned (Tcl_Alloc): ALPN, wire format */
    char *paths[KEY_COUNT];     /* borrowed from owned: native paths */
    int handshakeTimeoutMs;     /* handshake_timeout, 0 = none */
    S2nCertSpec *certs;         /* owned (Tcl_Alloc): chains and keys */
    int numCerts;               /* entries in certs */
    char **owned;               /* owned: strings to free (paths, labels) */
    char *isPath;               /* owned: isPath[i] when owned[i] is a path */
    int numOwned;
    int maxOwned;
} ConfigParse;

/* The keys an entry of the certificates list may have. */
static const char *const certKeys[] = {
    "cert_chain", "cert_chain_file", "private_key", "private_key_file", NULL
};

static void ConfigFreeIntRep(Tcl_Obj *objPtr);
static void CacheDropAll(void);
static void ConfigDupIntRep(Tcl_Obj *srcPtr, Tcl_Obj *dupPtr);

static const Tcl_ObjType configObjType = {
    "s2n-config",               /* name */
    ConfigFreeIntRep,           /* freeIntRepProc */
    ConfigDupIntRep,            /* dupIntRepProc */
    NULL,                       /* updateStringProc: string rep is kept */
    NULL,                       /* setFromAnyProc */
    TCL_OBJTYPE_V0
};

TCL_DECLARE_MUTEX(cacheMutex)
static Tcl_HashTable cacheTable;    /* canonical key -> S2nConfig (ref) */
static int cacheReady;

/*
 *----------------------------------------------------------------------
 *
 * Reference counting and the Tcl_Obj internal representation.
 *
 *----------------------------------------------------------------------
 */

void
S2nConfigRetain(
    S2nConfig *configPtr)
{
    __atomic_add_fetch(&configPtr->refCount, 1, __ATOMIC_RELAXED);
}

void
S2nConfigRelease(
    S2nConfig *configPtr)
{
    int i;

    if (configPtr == NULL
            || __atomic_sub_fetch(&configPtr->refCount, 1, __ATOMIC_ACQ_REL) != 0) {
        return;
    }
    if (configPtr->tlsCtx != NULL) {
        S2nTlsCtxRelease(configPtr->tlsCtx);
        configPtr->tlsCtx = NULL;
    }
    for (i = 0; i < configPtr->numFiles; i++) {
        Tcl_Free(configPtr->files[i].path);
    }
    if (configPtr->files != NULL) {
        Tcl_Free((char *) configPtr->files);
    }
    Tcl_Free(configPtr->key);
    Tcl_Free((char *) configPtr);
}

static void
ConfigFreeIntRep(
    Tcl_Obj *objPtr)
{
    S2nConfigRelease(objPtr->internalRep.twoPtrValue.ptr1);
    objPtr->internalRep.twoPtrValue.ptr1 = NULL;
    objPtr->typePtr = NULL;
}

static void
ConfigDupIntRep(
    Tcl_Obj *srcPtr,
    Tcl_Obj *dupPtr)
{
    S2nConfig *configPtr = srcPtr->internalRep.twoPtrValue.ptr1;

    S2nConfigRetain(configPtr);
    dupPtr->internalRep.twoPtrValue.ptr1 = configPtr;
    dupPtr->internalRep.twoPtrValue.ptr2 = NULL;
    dupPtr->typePtr = &configObjType;
}

/*
 * ConfigSetIntRep -- caches configPtr in objPtr (a new ref is taken).
 */

static void
ConfigSetIntRep(
    Tcl_Obj *objPtr,
    S2nConfig *configPtr)
{
    (void) Tcl_GetString(objPtr);   /* the string rep must survive */
    if (objPtr->typePtr != NULL && objPtr->typePtr->freeIntRepProc != NULL) {
        objPtr->typePtr->freeIntRepProc(objPtr);
    }
    S2nConfigRetain(configPtr);
    objPtr->internalRep.twoPtrValue.ptr1 = configPtr;
    objPtr->internalRep.twoPtrValue.ptr2 = NULL;
    objPtr->typePtr = &configObjType;
}

/*
 * ConfigStale -- 1 if a file the config was built from has changed.
 */

static int
ConfigStale(
    const S2nConfig *configPtr)
{
    int i;

    for (i = 0; i < configPtr->numFiles; i++) {
        const S2nFileStamp *f = &configPtr->files[i];
        struct stat st;

        if (stat(f->path, &st) != 0 || st.st_dev != f->dev || st.st_ino != f->ino
                || st.st_size != f->size || st.st_mtim.tv_sec != f->mtime.tv_sec
                || st.st_mtim.tv_nsec != f->mtime.tv_nsec) {
            return 1;
        }
    }
    return 0;
}

/*
 *----------------------------------------------------------------------
 *
 * The by-value cache.
 *
 *----------------------------------------------------------------------
 */

static S2nConfig *
CacheGet(
    const char *key)            /* OUT: a ref for the caller, or NULL */
{
    Tcl_HashEntry *hPtr;
    S2nConfig *configPtr = NULL;

    Tcl_MutexLock(&cacheMutex);
    if (cacheReady && (hPtr = Tcl_FindHashEntry(&cacheTable, key)) != NULL) {
        configPtr = Tcl_GetHashValue(hPtr);
        S2nConfigRetain(configPtr);
    }
    Tcl_MutexUnlock(&cacheMutex);
    return configPtr;
}

static void
CachePut(
    S2nConfig *configPtr)       /* the cache takes a ref */
{
    Tcl_HashEntry *hPtr;
    int isNew;

    Tcl_MutexLock(&cacheMutex);
    if (cacheReady && cacheTable.numEntries >= CACHE_MAX) {
        CacheDropAll();         /* full: start over */
    }
    if (!cacheReady) {
        Tcl_InitHashTable(&cacheTable, TCL_STRING_KEYS);
        cacheReady = 1;
    }
    hPtr = Tcl_CreateHashEntry(&cacheTable, configPtr->key, &isNew);
    if (!isNew) {
        S2nConfigRelease(Tcl_GetHashValue(hPtr));
    }
    S2nConfigRetain(configPtr);
    Tcl_SetHashValue(hPtr, configPtr);
    Tcl_MutexUnlock(&cacheMutex);
}

/*
 * S2nConfigCacheClear -- drops the cache's refs (exit, unload, overflow).
 * Connections keep their own.
 */

void
S2nConfigCacheClear(void)
{
    Tcl_MutexLock(&cacheMutex);
    CacheDropAll();
    Tcl_MutexUnlock(&cacheMutex);
}

/*
 * CacheDropAll -- releases every entry and the table. cacheMutex held.
 */

static void
CacheDropAll(void)
{
    Tcl_HashSearch search;
    Tcl_HashEntry *hPtr;

    if (!cacheReady) {
        return;
    }
    for (hPtr = Tcl_FirstHashEntry(&cacheTable, &search); hPtr != NULL;
            hPtr = Tcl_NextHashEntry(&search)) {
        S2nConfigRelease(Tcl_GetHashValue(hPtr));
    }
    Tcl_DeleteHashTable(&cacheTable);
    cacheReady = 0;
}

/*
 *----------------------------------------------------------------------
 *
 * Parsing and validation. Every error names the key and the reason,
 * with errorCode {S2N S2N_ERR_... message}.
 *
 *----------------------------------------------------------------------
 */

static int
ConfigError(
    Tcl_Interp *interp,
    S2nErrCode code,
    Tcl_Obj *msgObj)            /* refcount 0; freed here */
{
    S2nErr err = S2N_ERR_INIT;

    Tcl_IncrRefCount(msgObj);
    S2nErrSet(&err, code, "%s", Tcl_GetString(msgObj));
    Tcl_DecrRefCount(msgObj);
    S2nErrSetResult(interp, &err);
    S2nErrClear(&err);
    return TCL_ERROR;
}

/*
 * ParseOwn -- a Tcl_Alloc'd copy of str, freed with the parse.
 */

static char *
ParseOwn(
    ConfigParse *pPtr,
    const char *str,
    int isPath)                 /* 1: a file the config depends on */
{
    char *copy = strcpy(Tcl_Alloc(strlen(str) + 1), str);

    if (pPtr->numOwned == pPtr->maxOwned) {
        pPtr->maxOwned = pPtr->maxOwned ? 2 * pPtr->maxOwned : 8;
        pPtr->owned = (char **) Tcl_Realloc((char *) pPtr->owned,
                (unsigned) pPtr->maxOwned * sizeof(char *));
        pPtr->isPath = Tcl_Realloc(pPtr->isPath, (unsigned) pPtr->maxOwned);
    }
    pPtr->isPath[pPtr->numOwned] = (char) isPath;
    pPtr->owned[pPtr->numOwned++] = copy;
    return copy;
}

/*
 * ParsePath --
 *	A file (or directory) named in a config must be readable. Returns its
 *	native path (owned by the parse) or NULL with an error naming where
 *	and which key.
 */

static const char *
ParsePath(
    Tcl_Interp *interp,
    ConfigParse *pPtr,
    const char *where,          /* "config key " or "... entry N: " */
    const char *keyName,
    Tcl_Obj *pathObj,
    int wantDir)
{
    Tcl_DString ds;
    const char *path = Tcl_GetString(pathObj);
    const char *native, *result = NULL;
    const char *why = NULL;
    struct stat st;

    Tcl_DStringInit(&ds);
    native = (*path != '\0') ? Tcl_TranslateFileName(NULL, path, &ds) : NULL;
    if (native == NULL) {
        why = "bad path";
    } else if (stat(native, &st) != 0 || access(native, R_OK) != 0) {
        why = Tcl_ErrnoMsg(errno);
    } else if (wantDir && !S_ISDIR(st.st_mode)) {
        why = "not a directory";
    } else if (!wantDir && !S_ISREG(st.st_mode)) {
        why = "not a regular file";
    }
    if (why != NULL) {
        ConfigError(interp, S2N_ERR_INVALID_ARGUMENT, Tcl_ObjPrintf(
                "%s%s: cannot read \"%s\": %s", where, keyName, path, why));
    } else {
        result = ParseOwn(pPtr, native, 1);
    }
    Tcl_DStringFree(&ds);
    return result;
}

static int
ParseFile(
    Tcl_Interp *interp,
    ConfigParse *pPtr,
    enum ConfigKey key,
    int wantDir)
{
    pPtr->paths[key] = (char *) ParsePath(interp, pPtr, "config key ",
            configKeys[key], pPtr->values[key], wantDir);
    return (pPtr->paths[key] != NULL) ? TCL_OK : TCL_ERROR;
}

static int
ParseBool(
    Tcl_Interp *interp,
    ConfigParse *pPtr,
    enum ConfigKey key,
    int dflt,
    int *boolPtr)               /* OUT */
{
    if (pPtr->values[key] == NULL) {
        *boolPtr = dflt;
        return TCL_OK;
    }
    if (Tcl_GetBooleanFromObj(NULL, pPtr->values[key], boolPtr) != TCL_OK) {
        return ConfigError(interp, S2N_ERR_INVALID_ARGUMENT, Tcl_ObjPrintf(
                "config key %s: expected boolean value but got \"%s\"",
                configKeys[key], Tcl_GetString(pPtr->values[key])));
    }
    return TCL_OK;
}

static int
ParsePem(
    Tcl_Interp *interp,
    ConfigParse *pPtr,
    enum ConfigKey key,
    const char **pemPtr)        /* OUT: borrowed from the dict */
{
    const char *pem;

    if (pPtr->values[key] == NULL) {
        return TCL_OK;
    }
    pem = Tcl_GetString(pPtr->values[key]);
    if (strstr(pem, "-----BEGIN ") == NULL) {
        return ConfigError(interp, S2N_ERR_INVALID_PEM, Tcl_ObjPrintf(
                "config key %s: not PEM text (no \"-----BEGIN\" line)",
                configKeys[key]));
    }
    *pemPtr = pem;
    return TCL_OK;
}

/*
 * ParseAlpn -- a list of protocol names, 1 to 255 bytes each, into the
 * wire format of RFC 7301 section 3.1.
 */

static int
ParseAlpn(
    Tcl_Interp *interp,
    ConfigParse *pPtr)
{
    Tcl_Obj **elems;
    Tcl_Size n, i, len;
    size_t total = 0, at = 0;

    if (pPtr->values[KEY_ALPN] == NULL) {
        return TCL_OK;
    }
    if (Tcl_ListObjGetElements(NULL, pPtr->values[KEY_ALPN], &n, &elems) != TCL_OK) {
        return ConfigError(interp, S2N_ERR_INVALID_APPLICATION_PROTOCOL,
                Tcl_NewStringObj("config key alpn: not a list", -1));
    }
    for (i = 0; i < n; i++) {
        const char *name = Tcl_GetStringFromObj(elems[i], &len);

        if (len < 1 || len > 255) {
            return ConfigError(interp, S2N_ERR_INVALID_APPLICATION_PROTOCOL,
                    Tcl_ObjPrintf("config key alpn: protocol name \"%s\" must "
                    "be 1 to 255 bytes", name));
        }
        total += 1 + (size_t) len;
    }
    if (total > 65535) {
        return ConfigError(interp, S2N_ERR_INVALID_APPLICATION_PROTOCOL,
                Tcl_NewStringObj("config key alpn: list too long", -1));
    }
    if (total == 0) {
        return TCL_OK;
    }
    pPtr->alpnWire = (unsigned char *) Tcl_Alloc(total);
    for (i = 0; i < n; i++) {
        const char *name = Tcl_GetStringFromObj(elems[i], &len);

        pPtr->alpnWire[at++] = (unsigned char) len;
        memcpy(pPtr->alpnWire + at, name, (size_t) len);
        at += (size_t) len;
    }
    pPtr->spec.alpnWire = pPtr->alpnWire;
    pPtr->spec.alpnLen = total;
    return TCL_OK;
}

/*
 * ParseTicketLifetime -- {encrypt_decrypt decrypt_only}, seconds, > 0.
 */

static int
ParseTicketLifetime(
    Tcl_Interp *interp,
    ConfigParse *pPtr)
{
    Tcl_Obj **elems;
    Tcl_Size n;
    Tcl_WideInt secs[2];
    int i;

    pPtr->spec.ticketEncryptSecs = TICKET_ENCRYPT_DEFAULT;
    pPtr->spec.ticketDecryptSecs = TICKET_DECRYPT_DEFAULT;
    if (pPtr->values[KEY_TICKET_LIFETIME] == NULL) {
        return TCL_OK;
    }
    if (Tcl_ListObjGetElements(NULL, pPtr->values[KEY_TICKET_LIFETIME], &n,
            &elems) != TCL_OK || n != 2) {
        goto bad;
    }
    for (i = 0; i < 2; i++) {
        if (Tcl_GetWideIntFromObj(NULL, elems[i], &secs[i]) != TCL_OK
                || secs[i] < 1 || secs[i] > (Tcl_WideInt) 1 << 40) {
            goto bad;
        }
    }
    pPtr->spec.ticketEncryptSecs = (long) secs[0];
    pPtr->spec.ticketDecryptSecs = (long) secs[1];
    return TCL_OK;

  bad:
    return ConfigError(interp, S2N_ERR_INVALID_ARGUMENT, Tcl_ObjPrintf(
            "config key ticket_lifetime: expected {encrypt_decrypt_seconds "
            "decrypt_only_seconds} (two positive integers) but got \"%s\"",
            Tcl_GetString(pPtr->values[KEY_TICKET_LIFETIME])));
}

/*
 * ParseHandshakeTimeout -- seconds (fractions allowed), 0 for none.
 */

static int
ParseHandshakeTimeout(
    Tcl_Interp *interp,
    ConfigParse *pPtr)
{
    double secs;

    pPtr->handshakeTimeoutMs = HANDSHAKE_TIMEOUT_DEFAULT_MS;
    if (pPtr->values[KEY_HANDSHAKE_TIMEOUT] == NULL) {
        return TCL_OK;
    }
    if (Tcl_GetDoubleFromObj(NULL, pPtr->values[KEY_HANDSHAKE_TIMEOUT], &secs)
            != TCL_OK || !(secs >= 0 && secs <= 1e6)) {
        return ConfigError(interp, S2N_ERR_INVALID_ARGUMENT, Tcl_ObjPrintf(
                "config key handshake_timeout: expected seconds from 0 (none) to "
                "1000000 but got \"%s\"",
                Tcl_GetString(pPtr->values[KEY_HANDSHAKE_TIMEOUT])));
    }
    pPtr->handshakeTimeoutMs = (int) (secs * 1000.0 + 0.5);
    if (secs > 0 && pPtr->handshakeTimeoutMs == 0) {
        pPtr->handshakeTimeoutMs = 1;
    }
    return TCL_OK;
}

static int
ParsePolicy(
    Tcl_Interp *interp,
    ConfigParse *pPtr)
{
    S2nErr err = S2N_ERR_INIT;

    if (pPtr->values[KEY_CIPHER_PREFERENCES] == NULL) {
        pPtr->spec.policy = S2nPolicyDefault();
        return TCL_OK;
    }
    pPtr->spec.policy = S2nPolicyFind(
            Tcl_GetString(pPtr->values[KEY_CIPHER_PREFERENCES]), &err);
    if (pPtr->spec.policy == NULL) {
        S2nErr keyed = S2N_ERR_INIT;

        S2nErrSet(&keyed, err.code, "config key cipher_preferences: %s",
                err.msg ? err.msg : S2nErrDefaultMessage(err.code));
        S2nErrSetResult(interp, &keyed);
        S2nErrClear(&keyed);
        S2nErrClear(&err);
        return TCL_ERROR;
    }
    return TCL_OK;
}

static int
ParseExclusive(
    Tcl_Interp *interp,
    ConfigParse *pPtr,
    enum ConfigKey a,
    enum ConfigKey b)
{
    if (pPtr->values[a] != NULL && pPtr->values[b] != NULL) {
        return ConfigError(interp, S2N_ERR_INVALID_ARGUMENT, Tcl_ObjPrintf(
                "config keys %s and %s cannot both be given", configKeys[a],
                configKeys[b]));
    }
    return TCL_OK;
}

/*
 *----------------------------------------------------------------------
 *
 * ParseCertEntry --
 *
 *	One certificate chain and its key: PEM text or files (never both for
 *	one of them), checked to be there and readable. vals[] follows
 *	certKeys[]. An entry with none of them adds nothing.
 *
 *----------------------------------------------------------------------
 */

static int
ParseCertEntry(
    Tcl_Interp *interp,
    ConfigParse *pPtr,
    Tcl_Obj *const vals[4],     /* cert_chain cert_chain_file private_key
                                 * private_key_file; NULL when absent */
    const char *where)
{
    S2nCertSpec *c = &pPtr->certs[pPtr->numCerts];
    int haveChain = (vals[0] || vals[1]), haveKey = (vals[2] || vals[3]);
    int i;

    if (!haveChain && !haveKey) {
        return TCL_OK;
    }
    for (i = 0; i < 4; i += 2) {
        if (vals[i] != NULL && vals[i + 1] != NULL) {
            return ConfigError(interp, S2N_ERR_INVALID_ARGUMENT, Tcl_ObjPrintf(
                    "%s%s and %s cannot both be given", where, certKeys[i],
                    certKeys[i + 1]));
        }
    }
    memset(c, 0, sizeof(*c));
    c->where = ParseOwn(pPtr, where, 0);
    for (i = 0; i < 4; i++) {
        const char **slot = (i == 0) ? &c->chainPem : (i == 1) ? &c->chainFile
                : (i == 2) ? &c->keyPem : &c->keyFile;

        if (vals[i] == NULL) {
            continue;
        }
        if (i == 0 || i == 2) {
            *slot = Tcl_GetString(vals[i]);
            if (strstr(*slot, "-----BEGIN ") == NULL) {
                return ConfigError(interp, S2N_ERR_INVALID_PEM, Tcl_ObjPrintf(
                        "%s%s: not PEM text (no \"-----BEGIN\" line)", where,
                        certKeys[i]));
            }
        } else if ((*slot = ParsePath(interp, pPtr, where, certKeys[i], vals[i], 0))
                == NULL) {
            return TCL_ERROR;
        }
    }
    if (!haveChain || !haveKey) {
        return ConfigError(interp, haveChain ? S2N_ERR_NO_PRIVATE_KEY
                : S2N_ERR_NO_CERT_FOUND, Tcl_ObjPrintf("%s%s", where, haveChain
                ? "cert_chain given without private_key"
                : "private_key given without cert_chain"));
    }
    pPtr->numCerts++;
    return TCL_OK;
}

/*
 * ParseCertificates -- the top-level chain first (the default), then each
 * dict of the certificates list.
 */

static int
ParseCertificates(
    Tcl_Interp *interp,
    ConfigParse *pPtr)
{
    Tcl_Obj *top[4], *vals[4], **elems, *keyObj, *valueObj;
    Tcl_Size n = 0, i;
    Tcl_DictSearch search;
    int done, index;

    if (pPtr->values[KEY_CERTIFICATES] != NULL && Tcl_ListObjGetElements(NULL,
            pPtr->values[KEY_CERTIFICATES], &n, &elems) != TCL_OK) {
        return ConfigError(interp, S2N_ERR_INVALID_ARGUMENT, Tcl_NewStringObj(
                "config key certificates: not a list", -1));
    }
    pPtr->certs = (S2nCertSpec *) Tcl_Alloc((unsigned) (n + 1) * sizeof(S2nCertSpec));
    top[0] = pPtr->values[KEY_CERT_CHAIN];
    top[1] = pPtr->values[KEY_CERT_CHAIN_FILE];
    top[2] = pPtr->values[KEY_PRIVATE_KEY];
    top[3] = pPtr->values[KEY_PRIVATE_KEY_FILE];
    if (ParseExclusive(interp, pPtr, KEY_CERT_CHAIN, KEY_CERT_CHAIN_FILE) != TCL_OK
            || ParseExclusive(interp, pPtr, KEY_PRIVATE_KEY, KEY_PRIVATE_KEY_FILE) != TCL_OK
            || ParseCertEntry(interp, pPtr, top, "config key ") != TCL_OK) {
        return TCL_ERROR;
    }
    for (i = 0; i < n; i++) {
        Tcl_Obj *where = Tcl_ObjPrintf("config key certificates: entry %d: ", (int) i + 1);
        int code = TCL_OK;

        Tcl_IncrRefCount(where);
        memset(vals, 0, sizeof(vals));
        if (Tcl_DictObjFirst(NULL, elems[i], &search, &keyObj, &valueObj, &done) != TCL_OK) {
            code = ConfigError(interp, S2N_ERR_INVALID_ARGUMENT, Tcl_ObjPrintf(
                    "%snot a dict", Tcl_GetString(where)));
            done = 1;
        }
        for (; code == TCL_OK && !done; Tcl_DictObjNext(&search, &keyObj, &valueObj, &done)) {
            if (Tcl_GetIndexFromObj(interp, keyObj, certKeys, "key", 0, &index) != TCL_OK) {
                code = ConfigError(interp, S2N_ERR_INVALID_ARGUMENT, Tcl_ObjPrintf(
                        "%s%s", Tcl_GetString(where), Tcl_GetStringResult(interp)));
                Tcl_DictObjDone(&search);
                break;
            }
            vals[index] = valueObj;
        }
        if (code == TCL_OK && !vals[0] && !vals[1] && !vals[2] && !vals[3]) {
            code = ConfigError(interp, S2N_ERR_NO_CERT_FOUND, Tcl_ObjPrintf(
                    "%sneeds a chain and a key", Tcl_GetString(where)));
        }
        if (code == TCL_OK) {
            code = ParseCertEntry(interp, pPtr, vals, Tcl_GetString(where));
        }
        Tcl_DecrRefCount(where);
        if (code != TCL_OK) {
            return TCL_ERROR;
        }
    }
    pPtr->spec.certs = pPtr->certs;
    pPtr->spec.numCerts = pPtr->numCerts;
    return TCL_OK;
}

/*
 *----------------------------------------------------------------------
 *
 * ConfigParseValues --
 *
 *	Validates every value and fills pPtr->spec.
 *
 *----------------------------------------------------------------------
 */

static int
ConfigParseValues(
    Tcl_Interp *interp,
    ConfigParse *pPtr)
{
    S2nTlsCtxSpec *s = &pPtr->spec;
    int index = 0;

    if (ParseBool(interp, pPtr, KEY_SESSION_TICKETS, 0, &s->sessionTickets) != TCL_OK
            || ParseBool(interp, pPtr, KEY_SYSTEM_CA, 1, &s->systemCa) != TCL_OK
            || ParseBool(interp, pPtr, KEY_VERIFY, 1, &s->verify) != TCL_OK
            || ParseTicketLifetime(interp, pPtr) != TCL_OK
            || ParseHandshakeTimeout(interp, pPtr) != TCL_OK
            || ParsePolicy(interp, pPtr) != TCL_OK
            || ParseAlpn(interp, pPtr) != TCL_OK
            || ParseCertificates(interp, pPtr) != TCL_OK
            || ParsePem(interp, pPtr, KEY_CA_PEM, &s->caPem) != TCL_OK) {
        return TCL_ERROR;
    }
    if (pPtr->values[KEY_CLIENT_AUTH] != NULL) {
        if (Tcl_GetIndexFromObj(NULL, pPtr->values[KEY_CLIENT_AUTH], clientAuthNames,
                "", 0, &index) != TCL_OK) {
            return ConfigError(interp, S2N_ERR_INVALID_ARGUMENT, Tcl_ObjPrintf(
                    "config key client_auth: bad value \"%s\": must be none, "
                    "optional or required",
                    Tcl_GetString(pPtr->values[KEY_CLIENT_AUTH])));
        }
    }
    s->clientAuth = (S2nClientAuth) index;
    if ((pPtr->values[KEY_CA_DIR] && ParseFile(interp, pPtr, KEY_CA_DIR, 1) != TCL_OK)
            || (pPtr->values[KEY_CA_FILE]
                && ParseFile(interp, pPtr, KEY_CA_FILE, 0) != TCL_OK)) {
        return TCL_ERROR;
    }
    s->caDir = pPtr->paths[KEY_CA_DIR];
    s->caFile = pPtr->paths[KEY_CA_FILE];
    return TCL_OK;
}

/*
 * ConfigParseDict --
 *	Reads the dict into pPtr->values (unknown keys are an error listing
 *	the valid ones) and builds the canonical key: the pairs in key order.
 */

static int
ConfigParseDict(
    Tcl_Interp *interp,
    Tcl_Obj *dictObj,           /* may be NULL */
    ConfigParse *pPtr,
    Tcl_Obj *canonObj)          /* OUT: pairs appended */
{
    Tcl_DictSearch search;
    Tcl_Obj *keyObj, *valueObj;
    int done, index, i;

    if (dictObj == NULL) {
        return TCL_OK;
    }
    if (Tcl_DictObjFirst(NULL, dictObj, &search, &keyObj, &valueObj, &done) != TCL_OK) {
        return ConfigError(interp, S2N_ERR_INVALID_ARGUMENT, Tcl_ObjPrintf(
                "-config: not a dict: \"%s\"", Tcl_GetString(dictObj)));
    }
    for (; !done; Tcl_DictObjNext(&search, &keyObj, &valueObj, &done)) {
        if (Tcl_GetIndexFromObj(interp, keyObj, configKeys, "config key", 0,
                &index) != TCL_OK) {
            Tcl_Obj *msg = Tcl_DuplicateObj(Tcl_GetObjResult(interp));

            Tcl_DictObjDone(&search);
            return ConfigError(interp, S2N_ERR_INVALID_ARGUMENT, msg);
        }
        pPtr->values[index] = valueObj;
    }
    for (i = 0; i < KEY_COUNT; i++) {
        if (pPtr->values[i] != NULL) {
            Tcl_ListObjAppendElement(NULL, canonObj, Tcl_NewStringObj(configKeys[i], -1));
            Tcl_ListObjAppendElement(NULL, canonObj, pPtr->values[i]);
        }
    }
    return TCL_OK;
}

static void
ConfigParseFree(
    ConfigParse *pPtr)
{
    int i;

    for (i = 0; i < pPtr->numOwned; i++) {
        Tcl_Free(pPtr->owned[i]);
    }
    if (pPtr->owned != NULL) {
        Tcl_Free((char *) pPtr->owned);
        Tcl_Free(pPtr->isPath);
        pPtr->owned = NULL;
        pPtr->isPath = NULL;
    }
    pPtr->numOwned = pPtr->maxOwned = 0;
    if (pPtr->certs != NULL) {
        Tcl_Free((char *) pPtr->certs);
        pPtr->certs = NULL;
    }
    if (pPtr->alpnWire != NULL) {
        Tcl_Free((char *) pPtr->alpnWire);
        pPtr->alpnWire = NULL;
    }
}

/*
 * ConfigStamp -- records identity and version of the files a config names.
 */

static void
ConfigStamp(
    S2nConfig *configPtr,
    const ConfigParse *pPtr)
{
    struct stat st;
    int i;

    /* Every path the parse validated is in owned[], marked in isPath[]. */
    configPtr->files = (S2nFileStamp *) Tcl_Alloc(
            (unsigned) (pPtr->numOwned + 1) * sizeof(S2nFileStamp));
    for (i = 0; i < pPtr->numOwned; i++) {
        const char *path = pPtr->owned[i];
        S2nFileStamp *f = &configPtr->files[configPtr->numFiles];

        if (!pPtr->isPath[i] || stat(path, &st) != 0) {
            continue;
        }
        f->path = strcpy(Tcl_Alloc(strlen(path) + 1), path);
        f->dev = st.st_dev;
        f->ino = st.st_ino;
        f->size = st.st_size;
        f->mtime = st.st_mtim;
        configPtr->numFiles++;
    }
}

/*
 *----------------------------------------------------------------------
 *
 * ConfigBuild --
 *
 *	Parses dictObj into a new config (one ref, OUT: caller releases).
 *
 *----------------------------------------------------------------------
 */

static S2nConfig *
ConfigBuild(
    Tcl_Interp *interp,
    Tcl_Obj *dictObj,
    const char *canon)
{
    ConfigParse parse;
    S2nConfig *configPtr = NULL;
    S2nTlsCtx *tlsCtx;
    S2nErr err = S2N_ERR_INIT;
    Tcl_Obj *ignored = Tcl_NewListObj(0, NULL);

    memset(&parse, 0, sizeof(parse));
    Tcl_IncrRefCount(ignored);
    if (ConfigParseDict(interp, dictObj, &parse, ignored) != TCL_OK
            || ConfigParseValues(interp, &parse) != TCL_OK) {
        goto done;
    }
    tlsCtx = S2nTlsCtxNew(&parse.spec, &err);
    if (tlsCtx == NULL) {
        S2nErrSetResult(interp, &err);
        S2nErrClear(&err);
        goto done;
    }
    configPtr = (S2nConfig *) Tcl_Alloc(sizeof(S2nConfig));
    memset(configPtr, 0, sizeof(S2nConfig));
    configPtr->refCount = 1;
    configPtr->tlsCtx = tlsCtx;
    configPtr->key = strcpy(Tcl_Alloc(strlen(canon) + 1), canon);
    configPtr->policy = parse.spec.policy;
    configPtr->verify = parse.spec.verify;
    configPtr->sessionTickets = parse.spec.sessionTickets;
    configPtr->handshakeTimeoutMs = parse.handshakeTimeoutMs;
    ConfigStamp(configPtr, &parse);

  done:
    Tcl_DecrRefCount(ignored);
    ConfigParseFree(&parse);
    return configPtr;
}

/*
 * S2nConfigCheckServer -- a server role needs a certificate. Returns
 * TCL_OK, or TCL_ERROR with {S2N S2N_ERR_NO_CERT_FOUND ...} in interp.
 */

int
S2nConfigCheckServer(
    Tcl_Interp *interp,
    const S2nConfig *configPtr)
{
    S2nErr err = S2N_ERR_INIT;

    if (S2nTlsCtxHasCert(configPtr->tlsCtx)) {
        return TCL_OK;
    }
    S2nErrSet(&err, S2N_ERR_NO_CERT_FOUND, "a server needs a certificate: give "
            "cert_chain/cert_chain_file and private_key/private_key_file in -config");
    S2nErrSetResult(interp, &err);
    S2nErrClear(&err);
    return TCL_ERROR;
}

/*
 *----------------------------------------------------------------------
 *
 * S2nConfigFromObj --
 *
 *	The config of a -config value (NULL: the default config).
 *
 * Results:
 *	A config with a ref for the caller (OUT, caller releases), or NULL
 *	with an error in interp.
 *
 * Side effects:
 *	Caches the config in dictObj and in the by-value table.
 *
 *----------------------------------------------------------------------
 */

S2nConfig *
S2nConfigFromObj(
    Tcl_Interp *interp,
    Tcl_Obj *dictObj)
{
    S2nConfig *configPtr;
    ConfigParse parse;
    Tcl_Obj *canonObj;

    if (dictObj != NULL && dictObj->typePtr == &configObjType) {
        configPtr = dictObj->internalRep.twoPtrValue.ptr1;
        if (!ConfigStale(configPtr)) {
            S2nConfigRetain(configPtr);
            return configPtr;
        }
    }
    memset(&parse, 0, sizeof(parse));
    canonObj = Tcl_NewListObj(0, NULL);
    Tcl_IncrRefCount(canonObj);
    configPtr = NULL;
    if (ConfigParseDict(interp, dictObj, &parse, canonObj) != TCL_OK) {
        goto done;
    }
    configPtr = CacheGet(Tcl_GetString(canonObj));
    if (configPtr != NULL && ConfigStale(configPtr)) {
        S2nConfigRelease(configPtr);
        configPtr = NULL;
    }
    if (configPtr == NULL) {
        configPtr = ConfigBuild(interp, dictObj, Tcl_GetString(canonObj));
        if (configPtr == NULL) {
            goto done;
        }
        CachePut(configPtr);
    }
    if (dictObj != NULL) {
        ConfigSetIntRep(dictObj, configPtr);
    }

  done:
    Tcl_DecrRefCount(canonObj);
    ConfigParseFree(&parse);
    return configPtr;
}
