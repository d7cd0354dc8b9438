/*
 * chan.c --
 *
 *	The "s2n" channel type: a stacked transform that layers TLS onto any
 *	readable and writable Tcl channel, blocking or not, in 8.6 and 9.0
 *	(research/tcl-channels.md). Driver procs only translate between Tcl's
 *	contract and the engine's (tls.h); ciphertext moves through the layer
 *	below with Tcl_ReadRaw/Tcl_WriteRaw.
 */

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <sys/socket.h>
#include "s2nInt.h"

#include "tls.h"   /* chan.c: never <openssl/ssl.h> */

/*
 * Per-channel state.
 */

typedef struct S2nChan {
    Tcl_Channel self;           /* our layer */
    Tcl_Channel parent;         /* the layer directly below, or the
                                 * socket we own (CHAN_OWNS_LOWER) */
    S2nConn *conn;              /* owned; freed in ChanFree */
    S2nConfig *configPtr;       /* ref held; released in ChanFree */
    char *serverName;           /* owned: client's -servername, or NULL */
    int flags;                  /* CHAN_* bits */
    int scriptMask;             /* interest Tcl gave our watchProc */
    int lowerMask;              /* owned lower: our channel handler's mask */
    Tcl_TimerToken timer;       /* zero-delay notifier, or NULL */
    Tcl_TimerToken hsTimer;     /* handshake_timeout timer, or NULL */
    long long hsDeadline;       /* monotonic ms; 0 = no deadline (yet) */
    S2nPrefer prefer;           /* -prefer; "auto" unless set */
    size_t unacked;             /* plaintext encrypted, ciphertext still
                                 * queued: reported on the retry */
    char *lowerError;           /* owned: the socket's -error we consumed,
                                 * answered once to the script, or NULL */
    Tcl_Interp *failInterp;     /* with failPrefix; dropped when the interp
                                 * goes (ChanFailInterpGone) */
    Tcl_Obj *failPrefix;        /* ref held: "cmd chan addr port", or NULL */
    struct S2nChan *nextPtr;    /* live list (ChanLink) */
    struct S2nChan *prevPtr;    /* live list */
} S2nChan;

enum {
    CHAN_BLOCKING = 1 << 0,     /* the stack is in blocking mode */
    CHAN_SERVER = 1 << 1,       /* server role */
    CHAN_DONE = 1 << 2,         /* handshake complete */
    CHAN_FAILED = 1 << 3,       /* the connection failed; error sticks */
    CHAN_PREFER_SET = 1 << 4,   /* -prefer was set explicitly */
    CHAN_OWNS_LOWER = 1 << 5,   /* s2n::socket: not stacked; we own a hidden
                                 * Tcl socket (parent; NULL once closed) */
    CHAN_LOWER_CUT = 1 << 8,    /* the owned socket is cut from the thread's
                                 * channel list (in transfer, or closing) */
    CHAN_WRITE_CLOSED = 1 << 6, /* `close $c write` done */
    CHAN_STARTED = 1 << 7,      /* the handshake has taken a step */
    CHAN_IN_LOWER = 1 << 9,     /* inside Tcl_ReadRaw/Tcl_WriteRaw below */
    CHAN_FAIL_HOOKED = 1 << 10, /* the failure hook has been scheduled */
    CHAN_SESSION_KEY = 1 << 11, /* the session cache key is set */
    CHAN_ERR_NOTIFIED = 1 << 12, /* the script's handlers saw the failure */
    CHAN_DETACHED = 1 << 13,    /* between threads: watch nothing below */
    CHAN_READ_CLOSED = 1 << 14  /* `close $c read` done */
};

/* Unlimited reads from the layer below while driving a handshake. */
#define READS_UNLIMITED (-1)

static Tcl_DriverInputProc      ChanInput;
static Tcl_DriverOutputProc     ChanOutput;
static Tcl_DriverSetOptionProc  ChanSetOption;
static Tcl_DriverGetOptionProc  ChanGetOption;
static Tcl_DriverWatchProc      ChanWatch;
static Tcl_DriverGetHandleProc  ChanGetHandle;
static Tcl_DriverClose2Proc     ChanClose2;
static Tcl_DriverBlockModeProc  ChanBlockMode;
static Tcl_DriverHandlerProc    ChanHandler;
static Tcl_DriverThreadActionProc ChanThreadAction;

static void         ChanTimerArm(S2nChan *chanPtr);
static void         ChanTimerKill(S2nChan *chanPtr);
static void         ChanTimerRun(void *clientData);
static void         ChanUpdateInterest(S2nChan *chanPtr);
static void         ChanLowerEvent(void *clientData, int mask);
static void         ChanCloseLower(S2nChan *chanPtr);
static void         ChanDropFailHook(S2nChan *chanPtr);
static Tcl_InterpDeleteProc ChanFailInterpGone;
static void         ChanPreferBuffer(S2nChan *chanPtr);
static void         ChanDeadlineArm(S2nChan *chanPtr);
static void         ChanDeadlineKill(S2nChan *chanPtr);
static int          ChanDeadlineWait(S2nChan *chanPtr);

/*
 * One channel type serves 8.6 and 9.0: TCL_CLOSE2PROC in the closeProc
 * slot (NULL in 9.0) and a real close2Proc; no seek.
 */

static const Tcl_ChannelType s2nChannelType = {
    "s2n",                      /* typeName */
    TCL_CHANNEL_VERSION_5,      /* version */
    TCL_CLOSE2PROC,             /* closeProc: use close2Proc */
    ChanInput,                  /* inputProc */
    ChanOutput,                 /* outputProc */
    NULL,                       /* seekProc: none. With one, Tcl treats the
                                 * channel as a file and throws away
                                 * read-ahead before every write (WillWrite),
                                 * so `tell` is -1 as on a socket */
    ChanSetOption,              /* setOptionProc */
    ChanGetOption,              /* getOptionProc */
    ChanWatch,                  /* watchProc */
    ChanGetHandle,              /* getHandleProc */
    ChanClose2,                 /* close2Proc */
    ChanBlockMode,              /* blockModeProc */
    NULL,                       /* flushProc: reserved */
    ChanHandler,                /* handlerProc */
    NULL,                       /* wideSeekProc */
    ChanThreadAction,           /* threadActionProc */
    NULL                        /* truncateProc */
};

/*
 * Live channels, process-wide: unload is refused while any exist.
 */

TCL_DECLARE_MUTEX(liveMutex)
static S2nChan *liveHead;
static int liveCount;

static void
ChanLink(
    S2nChan *chanPtr)
{
    Tcl_MutexLock(&liveMutex);
    chanPtr->nextPtr = liveHead;
    chanPtr->prevPtr = NULL;
    if (liveHead != NULL) {
        liveHead->prevPtr = chanPtr;
    }
    liveHead = chanPtr;
    liveCount++;
    Tcl_MutexUnlock(&liveMutex);
}

static void
ChanUnlink(
    S2nChan *chanPtr)
{
    Tcl_MutexLock(&liveMutex);
    if (chanPtr->prevPtr != NULL) {
        chanPtr->prevPtr->nextPtr = chanPtr->nextPtr;
    } else {
        liveHead = chanPtr->nextPtr;
    }
    if (chanPtr->nextPtr != NULL) {
        chanPtr->nextPtr->prevPtr = chanPtr->prevPtr;
    }
    liveCount--;
    Tcl_MutexUnlock(&liveMutex);
}

int
S2nChanLiveCount(void)
{
    int n;

    Tcl_MutexLock(&liveMutex);
    n = liveCount;
    Tcl_MutexUnlock(&liveMutex);
    return n;
}

/*
 *----------------------------------------------------------------------
 *
 * Moving ciphertext, and errors.
 *
 *----------------------------------------------------------------------
 */

/*
 * ChanFail -- records a failure seen below the engine; the first sticks.
 */

static void
ChanFail(
    S2nChan *chanPtr,
    S2nErrCode code,
    const char *msg)
{
    S2nTlsConnFail(chanPtr->conn, code, msg);
    chanPtr->flags |= CHAN_FAILED;
}

/*
 * ChanIoFail --
 *	An I/O error below. A socket whose async connect failed says only
 *	"not connected"; its -error option has the reason (refused, ...).
 */

static void
ChanIoFail(
    S2nChan *chanPtr,
    int e)
{
    Tcl_DriverGetOptionProc *getProc;
    Tcl_DString ds;

    Tcl_DStringInit(&ds);
    if (e == ENOTCONN && chanPtr->parent != NULL
            && (getProc = Tcl_ChannelGetOptionProc(Tcl_GetChannelType(chanPtr->parent)))
                != NULL
            && getProc(Tcl_GetChannelInstanceData(chanPtr->parent), NULL, "-error",
                &ds) == TCL_OK && Tcl_DStringLength(&ds) > 0) {
        /* Reading -error clears it below: keep it for the script's -error. */
        ChanFail(chanPtr, S2N_ERR_IO, Tcl_DStringValue(&ds));
        if (chanPtr->lowerError == NULL) {
            chanPtr->lowerError = strcpy(Tcl_Alloc(Tcl_DStringLength(&ds) + 1),
                    Tcl_DStringValue(&ds));
        }
    } else {
        ChanFail(chanPtr, S2N_ERR_IO, Tcl_ErrnoMsg(e));
    }
    Tcl_DStringFree(&ds);
}

/*
 * ChanReportError --
 *	Hands the sticky error to Tcl for the current input/output call: the
 *	script gets the message and errorCode {S2N S2N_ERR_<NAME> message}
 *	(TIP 219). Returns -1 for the driver proc to return.
 */

static int
ChanReportError(
    S2nChan *chanPtr,
    int *errorCodePtr)
{
    const S2nErr *errPtr = S2nTlsConnErr(chanPtr->conn);
    Tcl_Obj *opts = Tcl_NewListObj(0, NULL);
    Tcl_Obj *codeObj = S2nErrCodeObj(errPtr);
    Tcl_Obj *msgObj = NULL;

    chanPtr->flags |= CHAN_FAILED;
    Tcl_ListObjIndex(NULL, codeObj, 2, &msgObj);
    Tcl_ListObjAppendElement(NULL, opts, Tcl_NewStringObj("-code", -1));
    Tcl_ListObjAppendElement(NULL, opts, Tcl_NewIntObj(1));
    Tcl_ListObjAppendElement(NULL, opts, Tcl_NewStringObj("-level", -1));
    Tcl_ListObjAppendElement(NULL, opts, Tcl_NewIntObj(0));
    Tcl_ListObjAppendElement(NULL, opts, Tcl_NewStringObj("-errorcode", -1));
    Tcl_ListObjAppendElement(NULL, opts, codeObj);
    Tcl_ListObjAppendElement(NULL, opts, msgObj);
    Tcl_SetChannelError(chanPtr->self, opts);
    *errorCodePtr = (errPtr->code == S2N_ERR_CLOSED) ? ECONNRESET : ECONNABORTED;
    return -1;
}

/*
 * ChanFlushOut --
 *	Writes queued ciphertext to the layer below, as much as it takes.
 *	Returns 0, or -1 after recording an I/O failure.
 */

static int
ChanFlushOut(
    S2nChan *chanPtr)
{
    size_t len;
    const char *data = S2nTlsOutData(chanPtr->conn, &len);

    if (len > 0 && chanPtr->parent == NULL) {
        ChanFail(chanPtr, S2N_ERR_CLOSED, "the socket below is closed");
        return -1;
    }
    while (len > 0) {
        Tcl_Size n;

        chanPtr->flags |= CHAN_IN_LOWER;
        n = Tcl_WriteRaw(chanPtr->parent, data,
                (Tcl_Size) (len > INT_MAX ? INT_MAX : len));
        chanPtr->flags &= ~CHAN_IN_LOWER;

        if (n < 0) {
            int e = Tcl_GetErrno();

            if (e == EAGAIN || e == EWOULDBLOCK || e == EINTR) {
                return 0;
            }
            ChanIoFail(chanPtr, e);
            return -1;
        }
        if (n == 0) {
            return 0;
        }
        S2nTlsOutConsume(chanPtr->conn, (size_t) n);
        data = S2nTlsOutData(chanPtr->conn, &len);
    }
    return 0;
}

static int
ChanOutPending(
    S2nChan *chanPtr)
{
    size_t len;

    S2nTlsOutData(chanPtr->conn, &len);
    return len > 0;
}

/*
 * ChanFill --
 *	Reads ciphertext from the layer below into the engine.
 *	Returns bytes read, 0 at EOF below, -1 with errno (EAGAIN when a
 *	non-blocking channel has nothing).
 */

static Tcl_Size
ChanFill(
    S2nChan *chanPtr)
{
    size_t space;
    char *buf;
    Tcl_Size n;

    if (chanPtr->parent == NULL) {
        Tcl_SetErrno(EPIPE);
        return -1;
    }
    if (!ChanDeadlineWait(chanPtr)) {
        Tcl_SetErrno(ETIMEDOUT);
        return -1;
    }
    buf = S2nTlsInSpace(chanPtr->conn, &space);
    if (buf == NULL) {
        ChanFail(chanPtr, S2N_ERR_ALLOC, "out of memory");
        Tcl_SetErrno(ENOMEM);
        return -1;
    }
    chanPtr->flags |= CHAN_IN_LOWER;
    n = Tcl_ReadRaw(chanPtr->parent, buf,
            (Tcl_Size) (space > INT_MAX ? INT_MAX : space));
    chanPtr->flags &= ~CHAN_IN_LOWER;
    if (n > 0) {
        S2nTlsInCommit(chanPtr->conn, (size_t) n);
    }
    return n;
}

/*
 * ChanFillOrFail --
 *	ChanFill, turning EOF and real errors into the connection's failure.
 *	Returns 1 if bytes arrived, 0 if the layer below would block, -1 on
 *	failure.
 */

static int
ChanFillOrFail(
    S2nChan *chanPtr)
{
    Tcl_Size n = ChanFill(chanPtr);
    int e;

    if (n > 0) {
        return 1;
    }
    if (n == 0) {
        /* RFC 8446 6.1: TCP EOF without close_notify is truncation. */
        ChanFail(chanPtr, S2N_ERR_CLOSED, (chanPtr->flags & CHAN_DONE)
                ? "connection closed by the peer without close_notify "
                  "(truncated)"
                : "connection closed by the peer during the TLS handshake");
        return -1;
    }
    e = Tcl_GetErrno();
    if (e == EAGAIN || e == EWOULDBLOCK || e == EINTR) {
        return 0;
    }
    if (!(chanPtr->flags & CHAN_FAILED)) {
        ChanIoFail(chanPtr, e);
    }
    return -1;
}

/*
 *----------------------------------------------------------------------
 *
 * ChanHandshake --
 *
 *	Advances the handshake. At most maxReads reads go to the layer below
 *	(READS_UNLIMITED: as many as needed, blocking if the channel blocks).
 *
 * Results:
 *	S2N_IO_DONE, S2N_IO_WANT_READ / S2N_IO_WANT_WRITE (in progress), or
 *	S2N_IO_ERROR (CHAN_FAILED set).
 *
 *----------------------------------------------------------------------
 */

static S2nIoResult
ChanHandshakeSteps(
    S2nChan *chanPtr,
    int maxReads)
{
    for (;;) {
        S2nIoResult res = S2nTlsHandshake(chanPtr->conn);
        int got;

        /* Also sends the alert of a failed handshake, best effort. */
        if (ChanFlushOut(chanPtr) != 0 && res != S2N_IO_ERROR) {
            return S2N_IO_ERROR;
        }
        switch (res) {
        case S2N_IO_DONE:
            chanPtr->flags |= CHAN_DONE;
            return S2N_IO_DONE;
        case S2N_IO_ERROR:
        case S2N_IO_EOF:
            chanPtr->flags |= CHAN_FAILED;
            return S2N_IO_ERROR;
        case S2N_IO_WANT_WRITE:
        case S2N_IO_WANT_READ:
            break;
        }
        if (ChanOutPending(chanPtr) && !(chanPtr->flags & CHAN_BLOCKING)) {
            return S2N_IO_WANT_WRITE;
        }
        if (maxReads == 0) {
            return S2N_IO_WANT_READ;
        }
        got = ChanFillOrFail(chanPtr);
        if (got < 0) {
            return S2N_IO_ERROR;
        }
        if (got == 0) {
            return S2N_IO_WANT_READ;
        }
        if (maxReads > 0) {
            maxReads--;
        }
    }
}

/*
 * FailHookRun -- idle callback: `failcommand chan addr port message
 * errorCode` of an s2n::socket -server, outside any driver proc.
 */

typedef struct FailHook {
    Tcl_Interp *interp;         /* Tcl_Preserve'd */
    Tcl_Obj *script;            /* ref held */
} FailHook;

static void
FailHookRun(
    void *clientData)
{
    FailHook *hookPtr = clientData;

    if (!Tcl_InterpDeleted(hookPtr->interp)) {
        int code = Tcl_EvalObjEx(hookPtr->interp, hookPtr->script, TCL_EVAL_GLOBAL);

        if (code != TCL_OK) {
            Tcl_BackgroundException(hookPtr->interp, code);
        }
    }
    Tcl_DecrRefCount(hookPtr->script);
    Tcl_Release(hookPtr->interp);
    Tcl_Free((char *) hookPtr);
}

/*
 * ChanDropFailHook / ChanFailInterpGone --
 *	The failure hook belongs to the interp (and thread) that accepted the
 *	connection: it goes when the channel closes, moves to another thread,
 *	or the interp is deleted.
 */

static void
ChanDropFailHook(
    S2nChan *chanPtr)
{
    if (chanPtr->failPrefix == NULL) {
        return;
    }
    Tcl_DontCallWhenDeleted(chanPtr->failInterp, ChanFailInterpGone, chanPtr);
    Tcl_DecrRefCount(chanPtr->failPrefix);
    chanPtr->failPrefix = NULL;
    chanPtr->failInterp = NULL;
}

static void
ChanFailInterpGone(
    void *clientData,
    Tcl_Interp *interp)
{
    S2nChan *chanPtr = clientData;

    (void) interp;
    Tcl_DecrRefCount(chanPtr->failPrefix);
    chanPtr->failPrefix = NULL;
    chanPtr->failInterp = NULL;
}

/*
 * ChanHandshakeFailed -- schedules the server's failure hook, once.
 */

static void
ChanHandshakeFailed(
    S2nChan *chanPtr)
{
    FailHook *hookPtr;
    Tcl_Obj *codeObj, *msgObj = NULL;

    if (chanPtr->failPrefix == NULL || (chanPtr->flags & CHAN_FAIL_HOOKED)) {
        return;
    }
    chanPtr->flags |= CHAN_FAIL_HOOKED;
    hookPtr = (FailHook *) Tcl_Alloc(sizeof(FailHook));
    hookPtr->interp = chanPtr->failInterp;
    Tcl_Preserve(hookPtr->interp);
    hookPtr->script = Tcl_DuplicateObj(chanPtr->failPrefix);
    Tcl_IncrRefCount(hookPtr->script);
    codeObj = S2nErrCodeObj(S2nTlsConnErr(chanPtr->conn));
    Tcl_ListObjIndex(NULL, codeObj, 2, &msgObj);
    Tcl_ListObjAppendElement(NULL, hookPtr->script, msgObj);
    Tcl_ListObjAppendElement(NULL, hookPtr->script, codeObj);
    Tcl_DoWhenIdle(FailHookRun, hookPtr);
}

/*
 * ChanSessionKey -- a client's key in the session cache: server name, the
 * peer's address and port when the channel below is a socket. Read from
 * the fd: -peername would do a reverse DNS lookup.
 */

static void
ChanSessionKey(
    S2nChan *chanPtr)
{
    struct sockaddr_storage ss;
    socklen_t len = sizeof(ss);
    char host[INET6_ADDRSTRLEN] = "", key[300];
    void *handle;
    int port = 0;

    if (!chanPtr->configPtr->sessionTickets) {
        return;
    }
    if (chanPtr->parent != NULL
            && Tcl_GetChannelHandle(chanPtr->parent, TCL_READABLE, &handle) == TCL_OK
            && getpeername((int) (intptr_t) handle, (struct sockaddr *) &ss, &len) == 0) {
        if (ss.ss_family == AF_INET) {
            struct sockaddr_in *sin = (struct sockaddr_in *) &ss;

            inet_ntop(AF_INET, &sin->sin_addr, host, sizeof(host));
            port = ntohs(sin->sin_port);
        } else if (ss.ss_family == AF_INET6) {
            struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *) &ss;

            inet_ntop(AF_INET6, &sin6->sin6_addr, host, sizeof(host));
            port = ntohs(sin6->sin6_port);
        }
    }
    /* Server names are at most 255 bytes (RFC 1035), so key fits. */
    snprintf(key, sizeof(key), "%.255s %s %d",
            chanPtr->serverName ? chanPtr->serverName : "", host, port);
    S2nTlsSetSessionKey(chanPtr->conn, key);
}

static S2nIoResult
ChanHandshake(
    S2nChan *chanPtr,
    int maxReads)
{
    S2nIoResult res;

    if (!(chanPtr->flags & (CHAN_STARTED | CHAN_SERVER | CHAN_SESSION_KEY))) {
        ChanSessionKey(chanPtr);
    }
    chanPtr->flags |= CHAN_STARTED;
    ChanDeadlineArm(chanPtr);
    res = ChanHandshakeSteps(chanPtr, maxReads);
    if (res == S2N_IO_ERROR) {
        ChanHandshakeFailed(chanPtr);
    }
    if (res == S2N_IO_ERROR || res == S2N_IO_DONE) {
        ChanDeadlineKill(chanPtr);
    }
    return res;
}

/*
 *----------------------------------------------------------------------
 *
 * ChanClose2 --
 *
 *	Close and `chan pop`. Half-closes are refused with EINVAL (Tcl then
 *	closes fully). Sends close_notify best effort, without blocking a
 *	non-blocking channel. On pop, waits for the peer's close_notify in
 *	blocking mode and gives the bytes after it back to the channel below.
 *
 *----------------------------------------------------------------------
 */

static void
ChanPopReturnBytes(
    S2nChan *chanPtr)
{
    int tries = 0;
    size_t len;
    const char *rest;

    while (S2nTlsShutdown(chanPtr->conn) == S2N_IO_WANT_READ
            && !(chanPtr->flags & CHAN_FAILED)) {
        /* Blocking: wait for the peer; non-blocking: what is there. */
        ChanFlushOut(chanPtr);
        if (ChanFillOrFail(chanPtr) <= 0 || ++tries > 1000000) {
            break;
        }
    }
    ChanFlushOut(chanPtr);
    rest = S2nTlsInBuffered(chanPtr->conn, &len);
    if (len > 0 && S2nTlsCloseNotifyReceived(chanPtr->conn)) {
        Tcl_Ungets(chanPtr->parent, rest, (Tcl_Size) len, 0);
    }
    S2nTlsInDiscard(chanPtr->conn);
}

/*
 * ChanDrainBelow --
 *	Before the socket is closed: read and drop what the peer already
 *	sent. A TLS 1.3 server sends tickets a writing-only client never
 *	reads; closing a socket with unread data makes the kernel send a reset
 *	and throw away what is still queued, our data and close_notify
 *	included (RFC 1122 4.2.2.13). Bounded, never blocks.
 */

static void
ChanDrainBelow(
    S2nChan *chanPtr)
{
    char buf[16384];            /* discarded bytes, never looked at */
    void *handle;
    int fd, i;

    if (chanPtr->parent == NULL
            || Tcl_GetChannelHandle(chanPtr->parent, TCL_READABLE, &handle) != TCL_OK) {
        return;
    }
    fd = (int) (intptr_t) handle;
    for (i = 0; i < 64; i++) {
        if (recv(fd, buf, sizeof(buf), MSG_DONTWAIT) <= 0) {
            break;
        }
    }
}

static void
ChanFree(
    S2nChan *chanPtr)
{
    ChanUnlink(chanPtr);
    if ((chanPtr->flags & CHAN_OWNS_LOWER) && chanPtr->parent != NULL) {
        ChanCloseLower(chanPtr);
    }
    S2nTlsConnFree(chanPtr->conn);
    chanPtr->conn = NULL;
    S2nConfigRelease(chanPtr->configPtr);
    chanPtr->configPtr = NULL;
    if (chanPtr->serverName != NULL) {
        Tcl_Free(chanPtr->serverName);
        chanPtr->serverName = NULL;
    }
    ChanDropFailHook(chanPtr);
    if (chanPtr->lowerError != NULL) {
        Tcl_Free(chanPtr->lowerError);
    }
    Tcl_Free((char *) chanPtr);
}

/*
 * LowerClosed -- close handler of an owned socket: if Tcl closes it before
 * us (at exit, channels close in list order), we must not touch it again.
 */

static void
LowerClosed(
    void *clientData)
{
    S2nChan *chanPtr = clientData;

    chanPtr->parent = NULL;
    chanPtr->lowerMask = 0;
    chanPtr->flags &= ~CHAN_LOWER_CUT;
}

/*
 * ChanCloseLower -- an owned socket goes with us.
 */

static void
ChanCloseLower(
    S2nChan *chanPtr)
{
    Tcl_Channel lower = chanPtr->parent;

    if (lower == NULL) {
        return;
    }
    Tcl_DeleteCloseHandler(lower, LowerClosed, chanPtr);
    if (chanPtr->lowerMask != 0) {
        Tcl_DeleteChannelHandler(lower, ChanLowerEvent, chanPtr);
    }
    if (chanPtr->flags & CHAN_LOWER_CUT) {
        Tcl_SpliceChannel(lower);   /* Tcl_Close cuts it again */
    }
    chanPtr->parent = NULL;
    chanPtr->lowerMask = 0;
    chanPtr->flags &= ~CHAN_LOWER_CUT;
    Tcl_Close(NULL, lower);
}

/*
 * ChanHalfClose --
 *	`close $c write` on an s2n::socket channel: close_notify, then the TCP
 *	half-close. `close $c read` shuts the socket's read side. Returns 0 or
 *	an errno.
 */

static int
ChanHalfClose(
    S2nChan *chanPtr,
    int flags)
{
    if (!(chanPtr->flags & CHAN_OWNS_LOWER)) {
        return EINVAL;          /* Tcl refuses this on stacks anyway */
    }
    if (chanPtr->parent == NULL) {
        return ENOTCONN;
    }
    if (flags & TCL_CLOSE_WRITE) {
        if ((chanPtr->flags & CHAN_DONE) && !(chanPtr->flags & CHAN_FAILED)) {
            S2nTlsShutdown(chanPtr->conn);
            ChanFlushOut(chanPtr);
        }
        chanPtr->flags |= CHAN_WRITE_CLOSED;
        return (Tcl_CloseEx(NULL, chanPtr->parent, TCL_CLOSE_WRITE) == TCL_OK)
                ? 0 : Tcl_GetErrno();
    }
    /* A full close asks for the read side first, even if closed before. */
    if (chanPtr->flags & CHAN_READ_CLOSED) {
        return 0;
    }
    chanPtr->flags |= CHAN_READ_CLOSED;
    return (Tcl_CloseEx(NULL, chanPtr->parent, TCL_CLOSE_READ) == TCL_OK)
            ? 0 : Tcl_GetErrno();
}

static int
ChanClose2(
    void *instanceData,
    Tcl_Interp *interp,         /* may be NULL */
    int flags)
{
    S2nChan *chanPtr = instanceData;
    int popping;

    (void) interp;
    if (flags & (TCL_CLOSE_READ | TCL_CLOSE_WRITE)) {
        return ChanHalfClose(chanPtr, flags);
    }
    ChanTimerKill(chanPtr);
    ChanDeadlineKill(chanPtr);
    /* During `chan pop` the layer below is already the top. */
    popping = !(chanPtr->flags & CHAN_OWNS_LOWER)
            && (Tcl_GetTopChannel(chanPtr->parent) == chanPtr->parent);
    if ((chanPtr->flags & CHAN_DONE)
            && !(chanPtr->flags & (CHAN_FAILED | CHAN_WRITE_CLOSED))) {
        if (popping) {
            ChanPopReturnBytes(chanPtr);
        } else {
            S2nTlsShutdown(chanPtr->conn);
            ChanFlushOut(chanPtr);
            ChanDrainBelow(chanPtr);
        }
    }
    if (chanPtr->flags & CHAN_OWNS_LOWER) {
        ChanCloseLower(chanPtr);
    }
    ChanFree(chanPtr);
    return 0;
}

/*
 *----------------------------------------------------------------------
 *
 * ChanInput --
 *
 *	Completes the handshake if needed, then decrypts as much as fits.
 *	Returns bytes, 0 only after close_notify, or -1 with EAGAIN (a
 *	non-blocking channel has no plaintext yet) or an error.
 *
 *----------------------------------------------------------------------
 */

static int
ChanInput(
    void *instanceData,
    char *buf,
    int toRead,
    int *errorCodePtr)
{
    S2nChan *chanPtr = instanceData;

    if (chanPtr->flags & CHAN_FAILED) {
        return ChanReportError(chanPtr, errorCodePtr);
    }
    if (!(chanPtr->flags & CHAN_DONE)) {
        S2nIoResult res = ChanHandshake(chanPtr, READS_UNLIMITED);

        if (res == S2N_IO_ERROR) {
            return ChanReportError(chanPtr, errorCodePtr);
        }
        if (res != S2N_IO_DONE) {
            *errorCodePtr = EAGAIN;
            return -1;
        }
    }
    for (;;) {
        size_t got = 0;
        S2nIoResult res = S2nTlsRead(chanPtr->conn, buf, (size_t) toRead, &got);
        int filled;

        /* A read may queue a KeyUpdate reply or an alert. */
        if (ChanOutPending(chanPtr)) {
            ChanFlushOut(chanPtr);
        }
        switch (res) {
        case S2N_IO_DONE:
            return (int) got;
        case S2N_IO_EOF:
            return 0;
        case S2N_IO_ERROR:
            return ChanReportError(chanPtr, errorCodePtr);
        case S2N_IO_WANT_READ:
        case S2N_IO_WANT_WRITE:
            break;
        }
        filled = ChanFillOrFail(chanPtr);
        if (filled < 0) {
            return ChanReportError(chanPtr, errorCodePtr);
        }
        if (filled == 0) {
            *errorCodePtr = EAGAIN;
            return -1;
        }
    }
}

/*
 *----------------------------------------------------------------------
 *
 * ChanOutput --
 *
 *	Completes the handshake if needed, encrypts the plaintext and writes
 *	the records below in one write. When a non-blocking channel below
 *	takes only part, the rest is kept and this call answers EAGAIN; Tcl
 *	retries the same bytes, and the retry reports them accepted once the
 *	ciphertext is out. So a close never drops queued data.
 *
 *----------------------------------------------------------------------
 */

static int
ChanOutput(
    void *instanceData,
    const char *buf,
    int toWrite,
    int *errorCodePtr)
{
    S2nChan *chanPtr = instanceData;

    if (chanPtr->flags & CHAN_FAILED) {
        return ChanReportError(chanPtr, errorCodePtr);
    }
    if (!(chanPtr->flags & CHAN_DONE)) {
        S2nIoResult res = ChanHandshake(chanPtr, READS_UNLIMITED);

        if (res == S2N_IO_ERROR) {
            return ChanReportError(chanPtr, errorCodePtr);
        }
        if (res != S2N_IO_DONE) {
            *errorCodePtr = EAGAIN;
            return -1;
        }
    }
    if (ChanFlushOut(chanPtr) != 0) {
        return ChanReportError(chanPtr, errorCodePtr);
    }
    if (ChanOutPending(chanPtr)) {
        *errorCodePtr = EAGAIN;
        return -1;
    }
    if (chanPtr->unacked > 0) {
        /* Tcl retries the bytes we already encrypted: now they are out. */
        int n = (int) chanPtr->unacked;

        chanPtr->unacked = 0;
        return (n <= toWrite) ? n : toWrite;
    }
    if (S2nTlsWrite(chanPtr->conn, buf, (size_t) toWrite) != S2N_IO_DONE
            || ChanFlushOut(chanPtr) != 0) {
        return ChanReportError(chanPtr, errorCodePtr);
    }
    if (ChanOutPending(chanPtr)) {
        chanPtr->unacked = (size_t) toWrite;
        ChanUpdateInterest(chanPtr);
        *errorCodePtr = EAGAIN;
        return -1;
    }
    return toWrite;
}

/*
 *----------------------------------------------------------------------
 *
 * ChanSetOption / ChanGetOption --
 *
 *	Our options, then the channel below's (-peername, -sockname, ...).
 *
 *----------------------------------------------------------------------
 */

static const char *const chanOptions[] = {
    "-alpn", "-cipher", "-handshake", "-peercert", "-prefer", "-protocol",
    "-resumed", "-servername", NULL
};
enum ChanOption {
    OPT_ALPN, OPT_CIPHER, OPT_HANDSHAKE, OPT_PEERCERT, OPT_PREFER, OPT_PROTOCOL,
    OPT_RESUMED, OPT_SERVERNAME
};
#define CHAN_OPTION_LIST "alpn cipher handshake peercert prefer protocol " \
    "resumed servername"

static const char *const preferNames[] = {"auto", "throughput", "latency", NULL};

static int
ChanSetOption(
    void *instanceData,
    Tcl_Interp *interp,
    const char *optionName,
    const char *value)
{
    S2nChan *chanPtr = instanceData;
    Tcl_DriverSetOptionProc *setProc;
    Tcl_Obj *nameObj = Tcl_NewStringObj(optionName, -1);
    Tcl_Obj *valueObj = Tcl_NewStringObj(value, -1);
    int index, code = TCL_ERROR;

    Tcl_IncrRefCount(nameObj);
    Tcl_IncrRefCount(valueObj);
    if (Tcl_GetIndexFromObj(NULL, nameObj, chanOptions, "option", 0,
            &index) != TCL_OK) {
        setProc = (chanPtr->parent == NULL) ? NULL
                : Tcl_ChannelSetOptionProc(Tcl_GetChannelType(chanPtr->parent));
        code = (setProc != NULL)
                ? setProc(Tcl_GetChannelInstanceData(chanPtr->parent), interp,
                        optionName, value)
                : Tcl_BadChannelOption(interp, optionName, "prefer servername");
        goto done;
    }
    switch ((enum ChanOption) index) {
    case OPT_PREFER:
        if (Tcl_GetIndexFromObj(interp, valueObj, preferNames, "-prefer value",
                0, &index) != TCL_OK) {
            S2nUsageError(interp, Tcl_DuplicateObj(Tcl_GetObjResult(interp)));
            goto done;
        }
        chanPtr->prefer = (S2nPrefer) index;
        chanPtr->flags |= CHAN_PREFER_SET;
        S2nTlsSetPrefer(chanPtr->conn, chanPtr->prefer);
        ChanPreferBuffer(chanPtr);
        code = TCL_OK;
        break;
    case OPT_SERVERNAME:
        if (chanPtr->flags & (CHAN_SERVER | CHAN_STARTED)) {
            S2nUsageError(interp, Tcl_NewStringObj((chanPtr->flags & CHAN_SERVER)
                    ? "-servername cannot be set on a server connection"
                    : "-servername cannot change once the handshake has started",
                    -1));
            goto done;
        }
        if (chanPtr->serverName != NULL) {
            Tcl_Free(chanPtr->serverName);
        }
        chanPtr->serverName = strcpy(Tcl_Alloc(strlen(value) + 1), value);
        code = S2nTlsSetServerName(chanPtr->conn, value) ? TCL_OK : TCL_ERROR;
        if (code != TCL_OK) {
            S2nErrSetResult(interp, S2nTlsConnErr(chanPtr->conn));
        }
        break;
    case OPT_ALPN:
    case OPT_CIPHER:
    case OPT_HANDSHAKE:
    case OPT_PEERCERT:
    case OPT_PROTOCOL:
    case OPT_RESUMED:
        S2nUsageError(interp, Tcl_ObjPrintf("option %s is read-only", optionName));
        break;
    }

  done:
    Tcl_DecrRefCount(nameObj);
    Tcl_DecrRefCount(valueObj);
    return code;
}

static Tcl_Obj *
ChanPeerCertObj(
    S2nChan *chanPtr)
{
    S2nCertInfo info;
    Tcl_Obj *dict, *san;
    char **p;

    if (!(chanPtr->flags & CHAN_DONE) || !S2nTlsPeerCert(chanPtr->conn, &info)) {
        return Tcl_NewObj();
    }
    dict = Tcl_NewDictObj();
    san = Tcl_NewListObj(0, NULL);
    for (p = info.san; p != NULL && *p != NULL; p++) {
        Tcl_ListObjAppendElement(NULL, san, Tcl_NewStringObj(*p, -1));
    }
#define PUT(k, v) Tcl_DictObjPut(NULL, dict, Tcl_NewStringObj(k, -1), v)
    PUT("subject", Tcl_NewStringObj(info.subject ? info.subject : "", -1));
    PUT("issuer", Tcl_NewStringObj(info.issuer ? info.issuer : "", -1));
    PUT("serial", Tcl_NewStringObj(info.serial ? info.serial : "", -1));
    PUT("notBefore", Tcl_NewWideIntObj(info.notBefore));
    PUT("notAfter", Tcl_NewWideIntObj(info.notAfter));
    PUT("sha256", Tcl_NewStringObj(info.sha256 ? info.sha256 : "", -1));
    PUT("san", san);
    PUT("pem", Tcl_NewStringObj(info.pem ? info.pem : "", -1));
#undef PUT
    S2nCertInfoFree(&info);
    return dict;
}

static Tcl_Obj *
ChanOptionValue(
    S2nChan *chanPtr,
    enum ChanOption opt)
{
    S2nConn *conn = chanPtr->conn;
    size_t len = 0;
    const char *s;

    switch (opt) {
    case OPT_ALPN:
        s = S2nTlsAlpn(conn, &len);
        return Tcl_NewStringObj(s ? s : "", (Tcl_Size) len);
    case OPT_CIPHER:
        return Tcl_NewStringObj(S2nTlsCipher(conn), -1);
    case OPT_HANDSHAKE:
        return Tcl_NewStringObj((chanPtr->flags & CHAN_FAILED) ? "failed"
                : (chanPtr->flags & CHAN_DONE) ? "done" : "pending", -1);
    case OPT_PEERCERT:
        return ChanPeerCertObj(chanPtr);
    case OPT_PREFER:
        return Tcl_NewStringObj(preferNames[chanPtr->prefer], -1);
    case OPT_PROTOCOL:
        return Tcl_NewStringObj(S2nTlsProtocol(conn), -1);
    case OPT_RESUMED:
        return Tcl_NewBooleanObj((chanPtr->flags & CHAN_DONE)
                && S2nTlsResumed(conn));
    case OPT_SERVERNAME:
        if (chanPtr->flags & CHAN_SERVER) {
            return Tcl_NewStringObj(S2nTlsServerName(conn), -1);
        }
        return Tcl_NewStringObj(chanPtr->serverName ? chanPtr->serverName : "", -1);
    }
    return Tcl_NewObj();
}

static int
ChanGetOption(
    void *instanceData,
    Tcl_Interp *interp,
    const char *optionName,
    Tcl_DString *dsPtr)
{
    S2nChan *chanPtr = instanceData;
    Tcl_DriverGetOptionProc *getProc = (chanPtr->parent == NULL) ? NULL
            : Tcl_ChannelGetOptionProc(Tcl_GetChannelType(chanPtr->parent));
    void *parentData = (chanPtr->parent == NULL) ? NULL
            : Tcl_GetChannelInstanceData(chanPtr->parent);
    int i;

    if (optionName == NULL) {
        for (i = 0; chanOptions[i] != NULL; i++) {
            Tcl_Obj *v = ChanOptionValue(chanPtr, (enum ChanOption) i);

            Tcl_IncrRefCount(v);
            Tcl_DStringAppendElement(dsPtr, chanOptions[i]);
            Tcl_DStringAppendElement(dsPtr, Tcl_GetString(v));
            Tcl_DecrRefCount(v);
        }
        return (getProc != NULL) ? getProc(parentData, interp, NULL, dsPtr) : TCL_OK;
    }
    if (strcmp(optionName, "-error") == 0 && chanPtr->lowerError != NULL) {
        Tcl_DStringAppend(dsPtr, chanPtr->lowerError, -1);
        Tcl_Free(chanPtr->lowerError);      /* -error is read once */
        chanPtr->lowerError = NULL;
        return TCL_OK;
    }
    for (i = 0; chanOptions[i] != NULL; i++) {
        if (strcmp(optionName, chanOptions[i]) == 0) {
            Tcl_Obj *v = ChanOptionValue(chanPtr, (enum ChanOption) i);

            Tcl_IncrRefCount(v);
            Tcl_DStringAppend(dsPtr, Tcl_GetString(v), -1);
            Tcl_DecrRefCount(v);
            return TCL_OK;
        }
    }
    if (getProc != NULL) {
        return getProc(parentData, interp, optionName, dsPtr);
    }
    return Tcl_BadChannelOption(interp, optionName, CHAN_OPTION_LIST);
}

/*
 *----------------------------------------------------------------------
 *
 * ChanWatch / ChanUpdateInterest --
 *
 *	The script's interest plus what the engine needs goes to the layer
 *	below; data already inside the layer (decrypted plaintext, undecrypted
 *	ciphertext, the parent's push-back) is announced with a zero-delay
 *	timer, armed only while it exists (research/tcl-channels.md 3).
 *
 *----------------------------------------------------------------------
 */

static void
ChanWatch(
    void *instanceData,
    int mask)
{
    S2nChan *chanPtr = instanceData;

    chanPtr->scriptMask = mask & (TCL_READABLE | TCL_WRITABLE);
    ChanUpdateInterest(chanPtr);
}

/*
 * ChanFailureMask --
 *	A failed connection fires the script's handlers once, so it meets the
 *	error; after that it stays quiet (no spinning `update` for a script
 *	that ignores the error).
 */

static int
ChanFailureMask(
    S2nChan *chanPtr)
{
    if (chanPtr->flags & CHAN_ERR_NOTIFIED) {
        return 0;
    }
    if (chanPtr->scriptMask != 0) {
        chanPtr->flags |= CHAN_ERR_NOTIFIED;
    }
    return chanPtr->scriptMask;
}

static int
ChanReadyWithoutEvent(
    S2nChan *chanPtr)
{
    if (chanPtr->flags & CHAN_FAILED) {
        return chanPtr->scriptMask != 0 && !(chanPtr->flags & CHAN_ERR_NOTIFIED);
    }
    if (chanPtr->parent == NULL) {
        return 0;
    }
    if (!(chanPtr->flags & CHAN_DONE)) {
        /* Handshake bytes that arrived before the push. */
        return Tcl_ChannelBuffered(chanPtr->parent) > 0;
    }
    /* A close_notify already read is an EOF the socket will not signal. */
    return (chanPtr->scriptMask & TCL_READABLE)
            && (S2nTlsPending(chanPtr->conn)
                || S2nTlsCloseNotifyReceived(chanPtr->conn)
                || Tcl_ChannelBuffered(chanPtr->parent) > 0);
}

static void
ChanUpdateInterest(
    S2nChan *chanPtr)
{
    int mask;

    if (chanPtr->flags & CHAN_DETACHED) {
        return;                 /* between threads: the new one re-arms */
    }
    if (chanPtr->flags & CHAN_FAILED) {
        mask = 0;
    } else if (!(chanPtr->flags & CHAN_DONE)) {
        /*
         * Only what the handshake waits for: anything else would spin. A
         * client not started yet waits for the socket to be writable (a
         * connect to finish), then sends its ClientHello from the handler.
         */
        mask = (ChanOutPending(chanPtr) || !(chanPtr->flags
                & (CHAN_STARTED | CHAN_SERVER))) ? TCL_WRITABLE : TCL_READABLE;
    } else {
        mask = chanPtr->scriptMask;
        if (ChanOutPending(chanPtr)) {
            mask |= TCL_WRITABLE;
        }
    }
    if (chanPtr->parent == NULL) {
        /* Owned socket closed under us: nothing to watch. */
    } else if (!(chanPtr->flags & CHAN_OWNS_LOWER)) {
        Tcl_ChannelWatchProc(Tcl_GetChannelType(chanPtr->parent))(
                Tcl_GetChannelInstanceData(chanPtr->parent), mask);
    } else if (mask != chanPtr->lowerMask) {
        /* Same proc and data: Tcl replaces the mask of our one handler. */
        if (mask == 0) {
            Tcl_DeleteChannelHandler(chanPtr->parent, ChanLowerEvent, chanPtr);
        } else {
            Tcl_CreateChannelHandler(chanPtr->parent, mask, ChanLowerEvent,
                    chanPtr);
        }
        chanPtr->lowerMask = mask;
    }
    if (ChanReadyWithoutEvent(chanPtr)) {
        ChanTimerArm(chanPtr);
    } else {
        ChanTimerKill(chanPtr);
    }
}

static int
ChanGetHandle(
    void *instanceData,
    int direction,
    void **handlePtr)
{
    S2nChan *chanPtr = instanceData;

    if (chanPtr->parent == NULL) {
        return TCL_ERROR;
    }
    return Tcl_GetChannelHandle(chanPtr->parent, direction, handlePtr);
}

/*
 * ChanBlockMode -- Tcl sets every layer itself; we only record it.
 */

static int
ChanBlockMode(
    void *instanceData,
    int mode)
{
    S2nChan *chanPtr = instanceData;

    if (mode == TCL_MODE_BLOCKING) {
        chanPtr->flags |= CHAN_BLOCKING;
    } else {
        chanPtr->flags &= ~CHAN_BLOCKING;
    }
    if ((chanPtr->flags & CHAN_OWNS_LOWER) && chanPtr->parent != NULL
            && Tcl_SetChannelOption(NULL,
            chanPtr->parent, "-blocking", (mode == TCL_MODE_BLOCKING) ? "1" : "0")
            != TCL_OK) {
        return Tcl_GetErrno() ? Tcl_GetErrno() : EINVAL;
    }
    return 0;
}

/*
 *----------------------------------------------------------------------
 *
 * ChanHandler --
 *
 *	An event from the layer below. Drains queued ciphertext, advances a
 *	handshake (no script help needed), and passes on what the script
 *	should see: writable when the handshake completes, both when it
 *	fails (so the script meets the error), nothing while it runs.
 *
 *----------------------------------------------------------------------
 */

static int
ChanHandshakeEvent(
    S2nChan *chanPtr,
    int mask)
{
    S2nIoResult res;

    if (!(mask & TCL_READABLE) && ChanOutPending(chanPtr)) {
        return 0;               /* still draining our flight */
    }
    if (!(mask & TCL_READABLE) && (chanPtr->flags & CHAN_STARTED)) {
        return 0;               /* writable, but we wait for the peer */
    }
    /* One read when blocking: more could block the event loop. */
    res = ChanHandshake(chanPtr, (chanPtr->flags & CHAN_BLOCKING)
            ? ((mask & TCL_READABLE) ? 1 : 0) : READS_UNLIMITED);
    switch (res) {
    case S2N_IO_DONE:
        /* Data that came with the last flight is readable now. */
        return chanPtr->scriptMask & (TCL_WRITABLE
                | (S2nTlsPending(chanPtr->conn) ? TCL_READABLE : 0));
    case S2N_IO_ERROR:
        return ChanFailureMask(chanPtr);
    case S2N_IO_WANT_READ:
    case S2N_IO_WANT_WRITE:
    case S2N_IO_EOF:
        break;
    }
    return 0;
}

static int
ChanHandler(
    void *instanceData,
    int mask)
{
    S2nChan *chanPtr = instanceData;
    int result;

    if (chanPtr->flags & CHAN_DETACHED) {
        return 0;               /* an event left behind in the old thread */
    }
    if (chanPtr->flags & CHAN_IN_LOWER) {
        /*
         * Re-entered from below: an async socket's connect completing
         * inside Tcl_WriteRaw notifies at once. The outer call finishes
         * the work; the (level-triggered) event comes again if needed.
         */
        return 0;
    }
    ChanTimerKill(chanPtr);
    if ((mask & TCL_WRITABLE) && ChanOutPending(chanPtr)) {
        ChanFlushOut(chanPtr);
    }
    if (chanPtr->flags & CHAN_FAILED) {
        result = ChanFailureMask(chanPtr);
    } else if (!(chanPtr->flags & CHAN_DONE)) {
        result = ChanHandshakeEvent(chanPtr, mask);
    } else {
        result = mask & chanPtr->scriptMask;
        if (ChanOutPending(chanPtr)) {
            result &= ~TCL_WRITABLE;
        }
    }
    ChanUpdateInterest(chanPtr);
    return result;
}

/*
 * ChanThreadAction -- timers belong to a thread: drop ours on the way out;
 * the next watch call re-arms it in the new thread.
 */

static void
ChanThreadAction(
    void *instanceData,
    int action)
{
    S2nChan *chanPtr = instanceData;

    if (action == TCL_CHANNEL_THREAD_REMOVE) {
        /*
         * Nothing of ours may stay in this thread: timers, the failure hook,
         * and the interest we gave the layer below ourselves (its file
         * handler lives in this thread's notifier).
         */
        chanPtr->flags |= CHAN_DETACHED;
        ChanTimerKill(chanPtr);
        if (chanPtr->hsTimer != NULL) {
            Tcl_DeleteTimerHandler(chanPtr->hsTimer);
            chanPtr->hsTimer = NULL;
        }
        ChanDropFailHook(chanPtr);
        if (!(chanPtr->flags & CHAN_OWNS_LOWER) && chanPtr->parent != NULL) {
            Tcl_ChannelWatchProc(Tcl_GetChannelType(chanPtr->parent))(
                    Tcl_GetChannelInstanceData(chanPtr->parent), 0);
        }
    } else {
        chanPtr->flags &= ~CHAN_DETACHED;
        ChanDeadlineArm(chanPtr);   /* the rest of the time, in this thread */
    }
    if (!(chanPtr->flags & CHAN_OWNS_LOWER) || chanPtr->parent == NULL) {
        if (action == TCL_CHANNEL_THREAD_INSERT) {
            ChanUpdateInterest(chanPtr);
        }
        return;
    }
    /* The owned socket moves with us (Tcl_CutChannel/Splice call its
     * thread actions and set its managing thread). */
    if (action == TCL_CHANNEL_THREAD_REMOVE && !(chanPtr->flags & CHAN_LOWER_CUT)) {
        if (chanPtr->lowerMask != 0) {
            Tcl_DeleteChannelHandler(chanPtr->parent, ChanLowerEvent, chanPtr);
            chanPtr->lowerMask = 0;
        }
        Tcl_CutChannel(chanPtr->parent);
        chanPtr->flags |= CHAN_LOWER_CUT;
    } else if (action == TCL_CHANNEL_THREAD_INSERT
            && (chanPtr->flags & CHAN_LOWER_CUT)) {
        Tcl_SpliceChannel(chanPtr->parent);
        chanPtr->flags &= ~CHAN_LOWER_CUT;
        ChanUpdateInterest(chanPtr);
    }
}

/*
 * ChanLowerEvent --
 *	An event on the socket an s2n::socket channel owns: what ChanHandler
 *	passes on is announced on our channel.
 */

static void
ChanLowerEvent(
    void *clientData,
    int mask)
{
    S2nChan *chanPtr = clientData;
    int result = ChanHandler(chanPtr, mask);

    if (result != 0) {
        /* A handler may close the channel: chanPtr is not touched after. */
        Tcl_NotifyChannel(chanPtr->self, result);
    }
}

/*
 *----------------------------------------------------------------------
 *
 * Timer helpers.
 *
 *----------------------------------------------------------------------
 */

static void
ChanTimerArm(
    S2nChan *chanPtr)
{
    if (chanPtr->timer == NULL) {
        chanPtr->timer = Tcl_CreateTimerHandler(0, ChanTimerRun, chanPtr);
    }
}

static void
ChanTimerKill(
    S2nChan *chanPtr)
{
    if (chanPtr->timer != NULL) {
        Tcl_DeleteTimerHandler(chanPtr->timer);
        chanPtr->timer = NULL;
    }
}

static void
ChanTimerRun(
    void *clientData)
{
    S2nChan *chanPtr = clientData;
    int mask;

    chanPtr->timer = NULL;
    if (!(chanPtr->flags & (CHAN_DONE | CHAN_FAILED))) {
        mask = ChanHandshakeEvent(chanPtr, TCL_READABLE);
    } else if (chanPtr->flags & CHAN_FAILED) {
        mask = ChanFailureMask(chanPtr);
    } else {
        mask = chanPtr->scriptMask & TCL_READABLE;
    }
    if (mask == 0) {
        ChanUpdateInterest(chanPtr);
        return;
    }
    /* A handler may close the channel: chanPtr is not touched after. */
    Tcl_NotifyChannel(chanPtr->self, mask);
}

/*
 *----------------------------------------------------------------------
 *
 * The handshake deadline (config key handshake_timeout): a timer for the
 * event loop, and a poll of the socket below before each blocking read
 * while the handshake runs.
 *
 *----------------------------------------------------------------------
 */

static long long
NowMs(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long) ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/*
 * ChanFailTimeout -- the handshake fails with S2N_ERR_TIMEOUT and the
 * connection below is closed (shut down, for a stack: we do not own it).
 */

static void
ChanFailTimeout(
    S2nChan *chanPtr)
{
    char msg[96];
    void *handle;

    snprintf(msg, sizeof(msg), "TLS handshake did not complete within %g seconds",
            chanPtr->configPtr->handshakeTimeoutMs / 1000.0);
    ChanFail(chanPtr, S2N_ERR_TIMEOUT, msg);
    if (chanPtr->flags & CHAN_OWNS_LOWER) {
        ChanCloseLower(chanPtr);
    } else if (chanPtr->parent != NULL
            && Tcl_GetChannelHandle(chanPtr->parent, TCL_READABLE, &handle) == TCL_OK) {
        (void) shutdown((int) (intptr_t) handle, SHUT_RDWR);
    }
}

/*
 * ChanTimeoutRun -- the deadline passed: the handshake fails with
 * S2N_ERR_TIMEOUT, the connection below is closed (shut down, for a
 * stack) and the script's handlers fire so it sees the error.
 */

static void
ChanTimeoutRun(
    void *clientData)
{
    S2nChan *chanPtr = clientData;
    int mask;

    chanPtr->hsTimer = NULL;
    if (chanPtr->flags & (CHAN_DONE | CHAN_FAILED)) {
        return;
    }
    ChanFailTimeout(chanPtr);
    ChanHandshakeFailed(chanPtr);
    mask = ChanFailureMask(chanPtr);
    if (mask == 0) {
        ChanUpdateInterest(chanPtr);
        return;
    }
    Tcl_NotifyChannel(chanPtr->self, mask);
}

static void
ChanDeadlineArm(
    S2nChan *chanPtr)
{
    int ms = chanPtr->configPtr->handshakeTimeoutMs;
    long long left;

    if (ms <= 0 || (chanPtr->flags & (CHAN_DONE | CHAN_FAILED))
            || chanPtr->hsTimer != NULL) {
        return;
    }
    if (chanPtr->hsDeadline == 0) {
        chanPtr->hsDeadline = NowMs() + ms;
    }
    /* A blocking read also polls against it (ChanDeadlineWait). */
    left = chanPtr->hsDeadline - NowMs();
    chanPtr->hsTimer = Tcl_CreateTimerHandler((int) (left > 0 ? left : 0),
            ChanTimeoutRun, chanPtr);
}

static void
ChanDeadlineKill(
    S2nChan *chanPtr)
{
    if (chanPtr->hsTimer != NULL) {
        Tcl_DeleteTimerHandler(chanPtr->hsTimer);
        chanPtr->hsTimer = NULL;
    }
    if (chanPtr->flags & (CHAN_DONE | CHAN_FAILED)) {
        chanPtr->hsDeadline = 0;
    }
}

/*
 * ChanDeadlineWait --
 *	Before a blocking read during the handshake: waits for the socket
 *	below until the deadline. Returns 0 (with the failure recorded) when
 *	it passed, 1 to go on reading. Channels without an fd just read.
 */

static int
ChanDeadlineWait(
    S2nChan *chanPtr)
{
    void *handle;
    struct pollfd pfd;
    long long left;
    int n;

    if (!(chanPtr->flags & CHAN_BLOCKING) || (chanPtr->flags & CHAN_DONE)
            || chanPtr->hsDeadline == 0 || Tcl_ChannelBuffered(chanPtr->parent) > 0
            || Tcl_GetChannelHandle(chanPtr->parent, TCL_READABLE, &handle) != TCL_OK) {
        return 1;
    }
    pfd.fd = (int) (intptr_t) handle;
    pfd.events = POLLIN;
    do {
        left = chanPtr->hsDeadline - NowMs();
        n = poll(&pfd, 1, (int) (left > 0 ? left : 0));
    } while (n < 0 && errno == EINTR);
    if (n == 0) {
        ChanFailTimeout(chanPtr);
        return 0;
    }
    return 1;
}

/*
 *----------------------------------------------------------------------
 *
 * S2nChanPush --
 *
 *	Stacks TLS onto chan. A non-blocking channel's handshake runs from
 *	the event loop; a blocking one's completes on first I/O or
 *	s2n::handshake.
 *
 * Results:
 *	TCL_OK with the channel name in the result, or TCL_ERROR.
 *
 *----------------------------------------------------------------------
 */

static void
ChanSetNoDelay(
    Tcl_Channel chan)
{
    void *handle = NULL;
    int fd, one = 1, type = 0;
    socklen_t len = sizeof(type);

    /* Neither handshake nor small request may wait on Nagle (DESIGN 4). */
    if (Tcl_GetChannelHandle(chan, TCL_WRITABLE, &handle) != TCL_OK) {
        return;
    }
    fd = (int) (intptr_t) handle;
    if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) == 0
            && type == SOCK_STREAM) {
        (void) setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    }
}

/*
 * ChanNew -- the state of a new TLS channel, before it is created in Tcl.
 * Returns NULL with an error in interp.
 */

static S2nChan *
ChanNew(
    Tcl_Interp *interp,
    Tcl_Channel lower,          /* to read -blocking from */
    const S2nChanOpts *optsPtr)
{
    S2nChan *chanPtr = (S2nChan *) Tcl_Alloc(sizeof(S2nChan));
    S2nErr err = S2N_ERR_INIT;
    Tcl_DString ds;

    memset(chanPtr, 0, sizeof(S2nChan));
    chanPtr->conn = S2nTlsConnNew(optsPtr->configPtr->tlsCtx, optsPtr->isServer,
            optsPtr->serverName ? optsPtr->serverName : optsPtr->verifyName, &err);
    if (chanPtr->conn == NULL) {
        Tcl_Free((char *) chanPtr);
        S2nErrSetResult(interp, &err);
        S2nErrClear(&err);
        return NULL;
    }
    S2nConfigRetain(optsPtr->configPtr);
    chanPtr->configPtr = optsPtr->configPtr;
    if (optsPtr->serverName != NULL) {
        chanPtr->serverName = strcpy(Tcl_Alloc(strlen(optsPtr->serverName) + 1),
                optsPtr->serverName);
    }
    chanPtr->flags = optsPtr->isServer ? CHAN_SERVER : 0;
    if (optsPtr->preferSet) {
        chanPtr->prefer = optsPtr->prefer;
        chanPtr->flags |= CHAN_PREFER_SET;
        S2nTlsSetPrefer(chanPtr->conn, optsPtr->prefer);
    }
    if (optsPtr->sessionKey != NULL) {
        S2nTlsSetSessionKey(chanPtr->conn, optsPtr->sessionKey);
        chanPtr->flags |= CHAN_SESSION_KEY;
    }
    /* The blocking mode is not announced at push: read it. */
    Tcl_DStringInit(&ds);
    if (Tcl_GetChannelOption(NULL, lower, "-blocking", &ds) == TCL_OK
            && strcmp(Tcl_DStringValue(&ds), "1") == 0) {
        chanPtr->flags |= CHAN_BLOCKING;
    }
    Tcl_DStringFree(&ds);
    ChanSetNoDelay(lower);
    ChanLink(chanPtr);
    if (optsPtr->sessionObj != NULL) {
        Tcl_Size len;
        const unsigned char *der = Tcl_GetByteArrayFromObj(optsPtr->sessionObj, &len);

        /* "" (s2n::session had none): the session cache as usual. */
        if (len > 0 && !S2nTlsSetSession(chanPtr->conn, der, (size_t) len, &err)) {
            ChanFree(chanPtr);
            S2nErrSetResult(interp, &err);
            S2nErrClear(&err);
            return NULL;
        }
    }
    return chanPtr;
}

/*
 * ChanPreferBuffer --
 *	-prefer throughput means 16384-byte records, but Tcl hands a driver at
 *	most one channel buffer per write (4096 bytes by default): raise the
 *	buffer to a full record. Other modes keep Tcl's (smaller idle memory).
 */

static void
ChanPreferBuffer(
    S2nChan *chanPtr)
{
    if (chanPtr->prefer == S2N_PREFER_THROUGHPUT
            && Tcl_GetChannelBufferSize(chanPtr->self) < 16384) {
        Tcl_SetChannelBufferSize(chanPtr->self, 16384);
    }
}

static void
ChanNoEvent(
    void *clientData,
    int mask)
{
    (void) clientData;
    (void) mask;
}

/*
 * ChanStart --
 *	Tells the layer below what the handshake waits for. The first step is
 *	taken from the event loop (a client when the socket is writable, a
 *	server when the ClientHello is there) or by the first I/O, so options
 *	such as -servername can still be set after the push.
 */

static void
ChanStart(
    S2nChan *chanPtr)
{
    ChanPreferBuffer(chanPtr);
    /* A blocking client's clock starts with its first I/O. */
    if (!(chanPtr->flags & CHAN_BLOCKING) || (chanPtr->flags & CHAN_SERVER)) {
        ChanDeadlineArm(chanPtr);
    }
    ChanUpdateInterest(chanPtr);
}

int
S2nChanPush(
    Tcl_Interp *interp,
    Tcl_Channel chan,
    const S2nChanOpts *optsPtr)
{
    S2nChan *chanPtr = ChanNew(interp, chan, optsPtr);
    int mode = Tcl_GetChannelMode(chan);

    if (chanPtr == NULL) {
        return TCL_ERROR;
    }
    chanPtr->self = Tcl_StackChannel(interp, &s2nChannelType, chanPtr,
            mode & (TCL_READABLE | TCL_WRITABLE), chan);
    if (chanPtr->self == NULL) {
        ChanFree(chanPtr);
        return TCL_ERROR;
    }
    chanPtr->parent = Tcl_GetStackedChannel(chanPtr->self);
    /*
     * Tcl does not tell a new layer the interest already registered (a
     * STARTTLS server pushes from inside its readable handler): a handler
     * created and deleted makes it call our watchProc with that interest.
     */
    Tcl_CreateChannelHandler(chanPtr->self, 0, ChanNoEvent, NULL);
    Tcl_DeleteChannelHandler(chanPtr->self, ChanNoEvent, NULL);
    ChanStart(chanPtr);
    Tcl_SetObjResult(interp, Tcl_NewStringObj(Tcl_GetChannelName(chanPtr->self), -1));
    return TCL_OK;
}

/*
 *----------------------------------------------------------------------
 *
 * S2nChanWrap --
 *
 *	s2n::socket: a TLS channel of its own (not a stack, so `close $c
 *	write` works) over a fresh, unregistered Tcl socket that it owns and
 *	closes. Should Tcl close the socket first (at exit), a close handler
 *	tells us.
 *
 * Results:
 *	The new channel, registered in interp, or NULL with an error (the
 *	socket is closed either way on failure).
 *
 *----------------------------------------------------------------------
 */

Tcl_Channel
S2nChanWrap(
    Tcl_Interp *interp,
    Tcl_Channel sock,           /* takes ownership */
    const S2nChanOpts *optsPtr)
{
    S2nChan *chanPtr = ChanNew(interp, sock, optsPtr);
    char name[TCL_INTEGER_SPACE + 8];
    static int counter;         /* channel names, unique per process */

    if (chanPtr == NULL) {
        Tcl_Close(NULL, sock);
        return NULL;
    }
    chanPtr->flags |= CHAN_OWNS_LOWER;
    chanPtr->parent = sock;
    Tcl_CreateCloseHandler(sock, LowerClosed, chanPtr);
    snprintf(name, sizeof(name), "s2n%d",
            __atomic_add_fetch(&counter, 1, __ATOMIC_RELAXED));
    chanPtr->self = Tcl_CreateChannel(&s2nChannelType, name, chanPtr,
            TCL_READABLE | TCL_WRITABLE);
    /* As Tcl's own sockets (network protocols end lines with CRLF). */
    Tcl_SetChannelOption(NULL, chanPtr->self, "-translation", "auto crlf");
    Tcl_RegisterChannel(interp, chanPtr->self);
    if (optsPtr->failCmd != NULL) {
        /* No Tcl_Preserve: it would keep a deleted interp (and its
         * channels) alive; the interp's deletion drops the hook instead. */
        chanPtr->failInterp = interp;
        Tcl_CallWhenDeleted(interp, ChanFailInterpGone, chanPtr);
        chanPtr->failPrefix = Tcl_DuplicateObj(optsPtr->failCmd);
        Tcl_IncrRefCount(chanPtr->failPrefix);
        Tcl_ListObjAppendElement(NULL, chanPtr->failPrefix, Tcl_NewStringObj(name, -1));
        Tcl_ListObjAppendList(NULL, chanPtr->failPrefix, optsPtr->failAddr);
    }
    ChanStart(chanPtr);
    return chanPtr->self;
}

/*
 *----------------------------------------------------------------------
 *
 * S2nChanHandshake --
 *
 *	s2n::handshake: blocking mode completes the handshake; non-blocking
 *	mode advances it and answers 1 when done, 0 while in progress.
 *	Either raises the handshake's error.
 *
 *----------------------------------------------------------------------
 */

static S2nChan *
ChanFind(
    Tcl_Interp *interp,
    const char *name)
{
    Tcl_Channel chan = Tcl_GetChannel(interp, name, NULL);

    if (chan == NULL) {
        return NULL;
    }
    for (chan = Tcl_GetTopChannel(chan); chan != NULL;
            chan = Tcl_GetStackedChannel(chan)) {
        if (Tcl_GetChannelType(chan) == &s2nChannelType) {
            return Tcl_GetChannelInstanceData(chan);
        }
    }
    S2nUsageError(interp, Tcl_ObjPrintf("channel \"%s\" has no TLS layer", name));
    return NULL;
}

int
S2nChanHandshake(
    Tcl_Interp *interp,
    const char *name)
{
    S2nChan *chanPtr = ChanFind(interp, name);
    S2nIoResult res;

    if (chanPtr == NULL) {
        return TCL_ERROR;
    }
    if (chanPtr->flags & CHAN_FAILED) {
        return S2nErrSetResult(interp, S2nTlsConnErr(chanPtr->conn));
    }
    res = (chanPtr->flags & CHAN_DONE) ? S2N_IO_DONE
            : ChanHandshake(chanPtr, READS_UNLIMITED);
    ChanUpdateInterest(chanPtr);
    if (res == S2N_IO_ERROR) {
        return S2nErrSetResult(interp, S2nTlsConnErr(chanPtr->conn));
    }
    Tcl_SetObjResult(interp, Tcl_NewBooleanObj(res == S2N_IO_DONE));
    return TCL_OK;
}

/*
 * S2nChanSession -- s2n::session: the newest ticket the channel received,
 * as a byte array a later -session can resume with ("" when none).
 */

int
S2nChanSession(
    Tcl_Interp *interp,
    const char *name)
{
    S2nChan *chanPtr = ChanFind(interp, name);
    unsigned char *der;
    size_t len;

    if (chanPtr == NULL) {
        return TCL_ERROR;
    }
    der = S2nTlsGetSession(chanPtr->conn, &len);
    Tcl_SetObjResult(interp, Tcl_NewByteArrayObj(der, (Tcl_Size) len));
    S2nTlsFreeSession(der, len);
    return TCL_OK;
}
