/*
 * sock.c --
 *
 *	s2n::socket: TLS client and server sockets, with Tcl's own socket
 *	doing name resolution, (async) connect and accept underneath, and a
 *	TLS channel of our own on top (chan.c, S2nChanWrap), so `close $c
 *	write` half-closes as on a plain socket.
 */

#include <errno.h>
#include <netdb.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <arpa/inet.h>
#include "s2nInt.h"

static const char *const sockOpts[] = {
    "-async", "-backlog", "-config", "-failcommand", "-myaddr", "-myport",
    "-prefer", "-reuseaddr", "-reuseport", "-server", "-servername", "-session",
    NULL
};
enum SockOpt {
    SOCK_ASYNC, SOCK_BACKLOG, SOCK_CONFIG, SOCK_FAILCOMMAND, SOCK_MYADDR,
    SOCK_MYPORT, SOCK_PREFER, SOCK_REUSEADDR, SOCK_REUSEPORT, SOCK_SERVER,
    SOCK_SERVERNAME, SOCK_SESSION
};
static const char *const preferNames[] = {"auto", "throughput", "latency", NULL};

/* What the options say; objects borrowed from objv. */
typedef struct SockArgs {
    int async;                  /* -async */
    Tcl_Obj *configObj;         /* -config */
    const char *myaddr;         /* -myaddr */
    Tcl_Obj *myportObj;         /* -myport */
    int preferSet;              /* -prefer given */
    S2nPrefer prefer;
    Tcl_Obj *serverCmd;         /* -server command */
    Tcl_Obj *failCmd;           /* -failcommand */
    const char *serverName;     /* -servername */
    Tcl_Obj *sessionObj;        /* -session */
    int reuse;                  /* -reuseaddr or -reuseport given */
} SockArgs;

/* A listening s2n::socket -server: freed when the listener closes. */
typedef struct AcceptState {
    Tcl_Interp *interp;         /* NULL once the interp is deleted */
    Tcl_Obj *cmdObj;            /* ref held */
    Tcl_Obj *failCmd;           /* ref held, or NULL */
    Tcl_Obj *configObj;         /* ref held: re-read per connection, so
                                 * changed certificate files are seen */
    int preferSet;
    S2nPrefer prefer;
} AcceptState;

/*
 * SockGetPort -- a port number or a TCP service name, as Tcl's socket.
 */

static int
SockGetPort(
    Tcl_Interp *interp,
    Tcl_Obj *portObj,
    int *portPtr)
{
    const char *name = Tcl_GetString(portObj);
    struct servent *sp;

    if (Tcl_GetIntFromObj(NULL, portObj, portPtr) == TCL_OK) {
        if (*portPtr >= 0 && *portPtr <= 0xFFFF) {
            return TCL_OK;
        }
    } else if ((sp = getservbyname(name, "tcp")) != NULL) {
        *portPtr = ntohs((unsigned short) sp->s_port);
        return TCL_OK;
    }
    return S2nUsageError(interp, Tcl_ObjPrintf("expected integer but got \"%s\"", name));
}

/*
 * SockParseArgs -- options up to the host/port arguments.
 */

static int
SockParseArgs(
    Tcl_Interp *interp,
    int objc,
    Tcl_Obj *const objv[],
    SockArgs *argsPtr,          /* OUT */
    int *restPtr)               /* OUT: index of the first non-option */
{
    int i, opt, value;

    for (i = 1; i < objc; i++) {
        const char *s = Tcl_GetString(objv[i]);

        if (s[0] != '-' || i == objc - 1) {
            break;              /* host (or the -server port) */
        }
        if (Tcl_GetIndexFromObj(interp, objv[i], sockOpts, "option", 0, &opt)
                != TCL_OK) {
            return S2nUsageError(interp, Tcl_DuplicateObj(Tcl_GetObjResult(interp)));
        }
        if (opt == SOCK_ASYNC) {
            argsPtr->async = 1;
            continue;
        }
        if (i + 1 >= objc) {
            return S2nUsageError(interp, Tcl_ObjPrintf("option %s needs a value",
                    sockOpts[opt]));
        }
        i++;
        switch ((enum SockOpt) opt) {
        case SOCK_ASYNC:
            break;
        case SOCK_CONFIG:
            argsPtr->configObj = objv[i];
            break;
        case SOCK_FAILCOMMAND:
            argsPtr->failCmd = objv[i];
            break;
        case SOCK_MYADDR:
            argsPtr->myaddr = Tcl_GetString(objv[i]);
            break;
        case SOCK_MYPORT:
            argsPtr->myportObj = objv[i];
            break;
        case SOCK_PREFER:
            if (Tcl_GetIndexFromObj(interp, objv[i], preferNames, "-prefer value",
                    0, &value) != TCL_OK) {
                return S2nUsageError(interp, Tcl_DuplicateObj(Tcl_GetObjResult(interp)));
            }
            argsPtr->preferSet = 1;
            argsPtr->prefer = (S2nPrefer) value;
            break;
        case SOCK_BACKLOG:
            /* Accepted as Tcl 9's socket does; Tcl's default backlog is used. */
            if (Tcl_GetIntFromObj(NULL, objv[i], &value) != TCL_OK) {
                return S2nUsageError(interp, Tcl_ObjPrintf("-backlog: expected "
                        "integer but got \"%s\"", Tcl_GetString(objv[i])));
            }
            argsPtr->reuse = 1;
            break;
        case SOCK_REUSEADDR:
        case SOCK_REUSEPORT:
            /* Accepted as Tcl 9's socket does; Tcl 8.6 always reuses addr. */
            if (Tcl_GetBooleanFromObj(NULL, objv[i], &value) != TCL_OK) {
                return S2nUsageError(interp, Tcl_ObjPrintf("%s: expected boolean "
                        "value but got \"%s\"", sockOpts[opt], Tcl_GetString(objv[i])));
            }
            argsPtr->reuse = 1;
            break;
        case SOCK_SERVER:
            argsPtr->serverCmd = objv[i];
            break;
        case SOCK_SERVERNAME:
            argsPtr->serverName = Tcl_GetString(objv[i]);
            break;
        case SOCK_SESSION:
            argsPtr->sessionObj = objv[i];
            break;
        }
    }
    *restPtr = i;
    return TCL_OK;
}

/*
 *----------------------------------------------------------------------
 *
 * Client side.
 *
 *----------------------------------------------------------------------
 */

static int
IsNumericHost(
    const char *host)
{
    unsigned char addr[16];

    return inet_pton(AF_INET, host, addr) == 1 || inet_pton(AF_INET6, host, addr) == 1;
}

/*
 * SockOpenUnix -- a connected AF_UNIX stream socket as a Tcl file channel.
 */

static Tcl_Channel
SockOpenUnix(
    Tcl_Interp *interp,
    const char *path)
{
    struct sockaddr_un sun;
    int fd;

    memset(&sun, 0, sizeof(sun));
    sun.sun_family = AF_UNIX;
    if (strlen(path) >= sizeof(sun.sun_path)) {
        S2nUsageError(interp, Tcl_ObjPrintf("couldn't open socket: path too long: \"%s\"",
                path));
        return NULL;
    }
    strcpy(sun.sun_path, path);
    fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0 || connect(fd, (struct sockaddr *) &sun, sizeof(sun)) != 0) {
        int e = errno;

        if (fd >= 0) {
            close(fd);
        }
        Tcl_SetObjResult(interp, Tcl_ObjPrintf("couldn't open socket: %s",
                Tcl_ErrnoMsg(e)));
        Tcl_SetErrorCode(interp, "POSIX", Tcl_ErrnoId(), Tcl_ErrnoMsg(e), NULL);
        return NULL;
    }
    return Tcl_MakeFileChannel((void *) (intptr_t) fd, TCL_READABLE | TCL_WRITABLE);
}

static int
SockClient(
    Tcl_Interp *interp,
    SockArgs *argsPtr,
    Tcl_Obj *hostObj,
    Tcl_Obj *portObj)
{
    const char *host = Tcl_GetString(hostObj);
    S2nChanOpts opts;
    Tcl_Channel sock, chan;
    Tcl_Obj *sessionKey = NULL;
    int port = 0, myport = 0;

    if (argsPtr->failCmd != NULL) {
        return S2nUsageError(interp, Tcl_NewStringObj(
                "-failcommand is for server sockets", -1));
    }
    if (argsPtr->reuse) {
        /* Tcl 9's socket says the same. */
        return S2nUsageError(interp, Tcl_NewStringObj("options -backlog, -reuseaddr, "
                "and -reuseport are only valid for servers", -1));
    }
    memset(&opts, 0, sizeof(opts));
    opts.configPtr = S2nConfigFromObj(interp, argsPtr->configObj);
    if (opts.configPtr == NULL) {
        return TCL_ERROR;
    }
    opts.preferSet = argsPtr->preferSet;
    opts.prefer = argsPtr->prefer;
    opts.serverName = argsPtr->serverName;
    if (*host == '\0') {
        sock = SockOpenUnix(interp, Tcl_GetString(portObj));
    } else if (SockGetPort(interp, portObj, &port) != TCL_OK
            || (argsPtr->myportObj != NULL
                && SockGetPort(interp, argsPtr->myportObj, &myport) != TCL_OK)) {
        sock = NULL;
    } else {
        /* s2n: a non-numeric host is the default SNI; an IP is verified. */
        if (opts.serverName == NULL) {
            if (IsNumericHost(host)) {
                opts.verifyName = host;
            } else {
                opts.serverName = host;
            }
        }
        sessionKey = Tcl_ObjPrintf("%s %s %d", opts.serverName ? opts.serverName : "",
                host, port);
        Tcl_IncrRefCount(sessionKey);
        opts.sessionKey = Tcl_GetString(sessionKey);
        sock = Tcl_OpenTcpClient(interp, port, host, argsPtr->myaddr, myport,
                argsPtr->async);
    }
    opts.sessionObj = argsPtr->sessionObj;
    chan = (sock != NULL) ? S2nChanWrap(interp, sock, &opts) : NULL;
    S2nConfigRelease(opts.configPtr);
    if (sessionKey != NULL) {
        Tcl_DecrRefCount(sessionKey);
    }
    if (chan == NULL) {
        return TCL_ERROR;
    }
    Tcl_SetObjResult(interp, Tcl_NewStringObj(Tcl_GetChannelName(chan), -1));
    return TCL_OK;
}

/*
 *----------------------------------------------------------------------
 *
 * Server side.
 *
 *----------------------------------------------------------------------
 */

/*
 * AcceptInterpGone -- the interp that listens is being deleted: later
 * connections are closed at once (its channels, the listener too, close
 * with it). No Tcl_Preserve for the listener's life: that would keep the
 * interp, and so the listener, alive forever.
 */

static void
AcceptInterpGone(
    void *clientData,
    Tcl_Interp *interp)
{
    AcceptState *statePtr = clientData;

    (void) interp;
    statePtr->interp = NULL;
}

static void
AcceptFree(
    void *clientData)
{
    AcceptState *statePtr = clientData;

    if (statePtr->interp != NULL) {
        Tcl_DontCallWhenDeleted(statePtr->interp, AcceptInterpGone, statePtr);
    }
    Tcl_DecrRefCount(statePtr->cmdObj);
    if (statePtr->failCmd != NULL) {
        Tcl_DecrRefCount(statePtr->failCmd);
    }
    Tcl_DecrRefCount(statePtr->configObj);
    Tcl_Free((char *) statePtr);
}

/*
 * AcceptProc --
 *	A new connection: TLS in server role, then `command chan addr port`
 *	at global level, as Tcl's socket -server. A failed handshake later on
 *	concerns that connection only.
 */

static void
AcceptProc(
    void *clientData,
    Tcl_Channel sock,
    char *addr,
    int port)
{
    AcceptState *statePtr = clientData;
    Tcl_Interp *interp = statePtr->interp;
    S2nChanOpts opts;
    Tcl_Channel chan;
    Tcl_Obj *script;
    int code;

    if (interp == NULL || Tcl_InterpDeleted(interp)) {
        Tcl_Close(NULL, sock);
        return;
    }
    memset(&opts, 0, sizeof(opts));
    opts.configPtr = S2nConfigFromObj(interp, statePtr->configObj);
    if (opts.configPtr == NULL) {
        Tcl_BackgroundException(interp, TCL_ERROR);
        Tcl_Close(NULL, sock);
        return;
    }
    opts.isServer = 1;
    opts.preferSet = statePtr->preferSet;
    opts.prefer = statePtr->prefer;
    opts.failCmd = statePtr->failCmd;
    opts.failAddr = Tcl_NewListObj(0, NULL);
    Tcl_ListObjAppendElement(NULL, opts.failAddr, Tcl_NewStringObj(addr, -1));
    Tcl_ListObjAppendElement(NULL, opts.failAddr, Tcl_NewIntObj(port));
    Tcl_IncrRefCount(opts.failAddr);
    Tcl_Preserve(interp);
    chan = S2nChanWrap(interp, sock, &opts);
    Tcl_DecrRefCount(opts.failAddr);
    S2nConfigRelease(opts.configPtr);
    if (chan == NULL) {
        Tcl_BackgroundException(interp, TCL_ERROR);
        Tcl_Release(interp);
        return;
    }
    script = Tcl_DuplicateObj(statePtr->cmdObj);
    Tcl_ListObjAppendElement(NULL, script, Tcl_NewStringObj(Tcl_GetChannelName(chan), -1));
    Tcl_ListObjAppendElement(NULL, script, Tcl_NewStringObj(addr, -1));
    Tcl_ListObjAppendElement(NULL, script, Tcl_NewIntObj(port));
    Tcl_IncrRefCount(script);
    code = Tcl_EvalObjEx(interp, script, TCL_EVAL_GLOBAL);
    Tcl_DecrRefCount(script);
    if (code != TCL_OK) {
        Tcl_BackgroundException(interp, code);
        Tcl_UnregisterChannel(interp, chan);
    }
    Tcl_Release(interp);
}

static int
SockServer(
    Tcl_Interp *interp,
    SockArgs *argsPtr,
    Tcl_Obj *portObj)
{
    AcceptState *statePtr;
    S2nConfig *configPtr;
    Tcl_Channel listener;
    int port;

    if (argsPtr->async || argsPtr->myportObj != NULL || argsPtr->serverName != NULL
            || argsPtr->sessionObj != NULL) {
        return S2nUsageError(interp, Tcl_NewStringObj(
                "-async, -myport, -servername and -session are for client sockets",
                -1));
    }
    if (SockGetPort(interp, portObj, &port) != TCL_OK) {
        return TCL_ERROR;
    }
    configPtr = S2nConfigFromObj(interp, argsPtr->configObj);
    if (configPtr == NULL) {
        return TCL_ERROR;
    }
    if (S2nConfigCheckServer(interp, configPtr) != TCL_OK) {
        S2nConfigRelease(configPtr);
        return TCL_ERROR;
    }
    S2nConfigRelease(configPtr);
    statePtr = (AcceptState *) Tcl_Alloc(sizeof(AcceptState));
    statePtr->interp = interp;
    statePtr->cmdObj = argsPtr->serverCmd;
    Tcl_IncrRefCount(statePtr->cmdObj);
    statePtr->failCmd = argsPtr->failCmd;
    if (statePtr->failCmd != NULL) {
        Tcl_IncrRefCount(statePtr->failCmd);
    }
    statePtr->configObj = argsPtr->configObj;
    Tcl_IncrRefCount(statePtr->configObj);
    statePtr->preferSet = argsPtr->preferSet;
    statePtr->prefer = argsPtr->prefer;
    Tcl_CallWhenDeleted(interp, AcceptInterpGone, statePtr);
    listener = Tcl_OpenTcpServer(interp, port, argsPtr->myaddr, AcceptProc, statePtr);
    if (listener == NULL) {
        AcceptFree(statePtr);
        return TCL_ERROR;
    }
    Tcl_CreateCloseHandler(listener, AcceptFree, statePtr);
    Tcl_RegisterChannel(interp, listener);
    Tcl_SetObjResult(interp, Tcl_NewStringObj(Tcl_GetChannelName(listener), -1));
    return TCL_OK;
}

/*
 *----------------------------------------------------------------------
 *
 * S2nSocketCmd --
 *
 *	s2n::socket ?-opt val ...? host port
 *	s2n::socket -server command ?-opt val ...? port
 *
 *----------------------------------------------------------------------
 */

int
S2nSocketCmd(
    void *clientData,
    Tcl_Interp *interp,
    int objc,
    Tcl_Obj *const objv[])
{
    SockArgs args;
    int rest = 1;

    (void) clientData;
    memset(&args, 0, sizeof(args));
    if (SockParseArgs(interp, objc, objv, &args, &rest) != TCL_OK) {
        return TCL_ERROR;
    }
    if (args.serverCmd != NULL) {
        if (rest != objc - 1) {
            Tcl_WrongNumArgs(interp, 1, objv, "-server command ?-opt val ...? port");
            return TCL_ERROR;
        }
        return SockServer(interp, &args, objv[rest]);
    }
    if (rest != objc - 2) {
        Tcl_WrongNumArgs(interp, 1, objv, "?-opt val ...? host port");
        return TCL_ERROR;
    }
    return SockClient(interp, &args, objv[rest], objv[rest + 1]);
}
