/*
 * s2nInt.h --
 *
 *	Declarations shared by the Tcl-facing files of the package (s2n.c,
 *	cmds.c, config.c, chan.c, errors.c). The engine is reached through
 *	tls.h only; nothing here includes OpenSSL.
 */

#ifndef S2N_INT_H
#define S2N_INT_H

#include <limits.h>
#include <stdarg.h>
#include <tcl.h>
#include "errors.h"
#include "tls.h"

#define PACKAGE_NAME_S2N    "s2n"

/* Tcl 8.6 has no Tcl_Size (research/tcl-channels.md section 1). */
#ifndef TCL_SIZE_MAX
typedef int Tcl_Size;
#define TCL_SIZE_MAX INT_MAX
#endif
#ifndef TCL_INDEX_NONE
#define TCL_INDEX_NONE (-1)
#endif
#ifndef TCL_OBJTYPE_V0
#define TCL_OBJTYPE_V0  /* 8.6: no version field */
#endif

/*
 * A parsed -config: the engine context plus what the channel layer needs
 * to know. Counted; shared by every connection, by the Tcl_Obj cache and
 * by the by-value cache. Thread-safe reference counting.
 */

typedef struct S2nFileStamp S2nFileStamp;

typedef struct S2nConfig {
    int refCount;               /* atomic; S2nConfigRetain/Release */
    S2nTlsCtx *tlsCtx;          /* ref held; released with the config */
    char *key;                  /* owned: canonical dict string */
    S2nFileStamp *files;        /* owned: files named, as stat()ed */
    int numFiles;               /* entries in files */
    const S2nPolicy *policy;    /* static table entry */
    int verify;                 /* verify key */
    int sessionTickets;         /* session_tickets key */
    int handshakeTimeoutMs;     /* handshake_timeout key, 0 = none */
} S2nConfig;

/* config.c */
S2nConfig *     S2nConfigFromObj(Tcl_Interp *interp, Tcl_Obj *dictObj);
void            S2nConfigRetain(S2nConfig *configPtr);
void            S2nConfigRelease(S2nConfig *configPtr);
void            S2nConfigCacheClear(void);
int             S2nConfigCheckServer(Tcl_Interp *interp, const S2nConfig *configPtr);

/* chan.c */
typedef struct S2nChanOpts {
    S2nConfig *configPtr;       /* borrowed; the channel takes a ref */
    int isServer;               /* -role server */
    const char *serverName;     /* -servername or NULL */
    const char *verifyName;     /* name to verify when serverName is NULL
                                 * (s2n::socket to an IP address), or NULL */
    int preferSet;              /* -prefer was given */
    S2nPrefer prefer;           /* its value */
    Tcl_Obj *sessionObj;        /* -session blob to resume, or NULL */
    const char *sessionKey;     /* client cache key "name host port", or
                                 * NULL: made from -peername at the start */
    Tcl_Obj *failCmd;           /* s2n::socket -server -failcommand, or NULL */
    Tcl_Obj *failAddr;          /* "addr port" appended to failCmd */
} S2nChanOpts;

int             S2nChanPush(Tcl_Interp *interp, Tcl_Channel chan,
                    const S2nChanOpts *optsPtr);
Tcl_Channel     S2nChanWrap(Tcl_Interp *interp, Tcl_Channel sock,
                    const S2nChanOpts *optsPtr);
int             S2nChanHandshake(Tcl_Interp *interp, const char *name);
int             S2nChanSession(Tcl_Interp *interp, const char *name);
int             S2nChanLiveCount(void);

/* errors.c */
Tcl_Obj *       S2nErrCodeObj(const S2nErr *errPtr);
int             S2nErrSetResult(Tcl_Interp *interp, const S2nErr *errPtr);
int             S2nUsageError(Tcl_Interp *interp, Tcl_Obj *msgObj);

/* sock.c */
int             S2nSocketCmd(void *clientData, Tcl_Interp *interp, int objc,
                    Tcl_Obj *const objv[]);

/* cmds.c */
int             S2nCmdsInit(Tcl_Interp *interp);
void            S2nCmdsDelete(Tcl_Interp *interp);

#endif /* S2N_INT_H */
