/*
 * cmds.c --
 *
 *	The script commands of ::s2n. Option parsing only: the work is done
 *	by chan.c, config.c and the policy table.
 */

#include <stdint.h>
#include <string.h>
#include "s2nInt.h"

static Tcl_ObjCmdProc PushCmd;
static Tcl_ObjCmdProc ChannelCmd;

enum { CHANCMD_HANDSHAKE, CHANCMD_SESSION };   /* ChannelCmd's clientData */
static Tcl_ObjCmdProc PoliciesCmd;
static Tcl_ObjCmdProc PolicyCmd;
static Tcl_ObjCmdProc OpensslVersionCmd;

static const struct {
    const char *name;           /* fully qualified */
    Tcl_ObjCmdProc *proc;
    intptr_t which;             /* clientData: CHANCMD_* for ChannelCmd */
} commandTable[] = {
    {"::s2n::push", PushCmd, 0},
    {"::s2n::socket", S2nSocketCmd, 0},
    {"::s2n::handshake", ChannelCmd, CHANCMD_HANDSHAKE},
    {"::s2n::session", ChannelCmd, CHANCMD_SESSION},
    {"::s2n::policies", PoliciesCmd, 0},
    {"::s2n::policy", PolicyCmd, 0},
    {"::s2n::openssl_version", OpensslVersionCmd, 0},
    {NULL, NULL, 0}
};

int
S2nCmdsInit(
    Tcl_Interp *interp)
{
    int i;

    for (i = 0; commandTable[i].name != NULL; i++) {
        if (Tcl_CreateObjCommand(interp, commandTable[i].name,
                commandTable[i].proc, (void *) commandTable[i].which, NULL) == NULL) {
            return TCL_ERROR;
        }
    }
    return TCL_OK;
}

void
S2nCmdsDelete(
    Tcl_Interp *interp)
{
    int i;

    for (i = 0; commandTable[i].name != NULL; i++) {
        Tcl_DeleteCommand(interp, commandTable[i].name);
    }
}

/*
 *----------------------------------------------------------------------
 *
 * PushCmd --
 *
 *	s2n::push channelName ?-config dict? ?-role client|server?
 *	    ?-servername host? ?-prefer throughput|latency|auto?
 *
 *----------------------------------------------------------------------
 */

static const char *const pushOpts[] = {
    "-config", "-prefer", "-role", "-servername", "-session", NULL
};
enum PushOpt { PUSH_CONFIG, PUSH_PREFER, PUSH_ROLE, PUSH_SERVERNAME, PUSH_SESSION };
static const char *const roleNames[] = {"client", "server", NULL};
static const char *const preferNames[] = {"auto", "throughput", "latency", NULL};

static int
PushParseOpts(
    Tcl_Interp *interp,
    int objc,
    Tcl_Obj *const objv[],
    S2nChanOpts *optsPtr,       /* OUT */
    Tcl_Obj **configObjPtr)     /* OUT: borrowed, or NULL */
{
    int i, opt, value;

    for (i = 2; i < objc; i += 2) {
        if (Tcl_GetIndexFromObj(interp, objv[i], pushOpts, "option", 0, &opt)
                != TCL_OK) {
            return S2nUsageError(interp, Tcl_DuplicateObj(Tcl_GetObjResult(interp)));
        }
        if (i + 1 >= objc) {
            return S2nUsageError(interp, Tcl_ObjPrintf("option %s needs a value",
                    pushOpts[opt]));
        }
        switch ((enum PushOpt) opt) {
        case PUSH_CONFIG:
            *configObjPtr = objv[i + 1];
            break;
        case PUSH_PREFER:
            if (Tcl_GetIndexFromObj(interp, objv[i + 1], preferNames, "-prefer value",
                    0, &value) != TCL_OK) {
                return S2nUsageError(interp, Tcl_DuplicateObj(Tcl_GetObjResult(interp)));
            }
            optsPtr->preferSet = 1;
            optsPtr->prefer = (S2nPrefer) value;
            break;
        case PUSH_ROLE:
            if (Tcl_GetIndexFromObj(interp, objv[i + 1], roleNames, "-role value",
                    0, &value) != TCL_OK) {
                return S2nUsageError(interp, Tcl_DuplicateObj(Tcl_GetObjResult(interp)));
            }
            optsPtr->isServer = value;
            break;
        case PUSH_SERVERNAME:
            optsPtr->serverName = Tcl_GetString(objv[i + 1]);
            break;
        case PUSH_SESSION:
            optsPtr->sessionObj = objv[i + 1];
            break;
        }
    }
    if (optsPtr->isServer && optsPtr->serverName != NULL) {
        return S2nUsageError(interp, Tcl_NewStringObj(
                "-servername is only valid for a client", -1));
    }
    return TCL_OK;
}

static int
PushCmd(
    void *clientData,
    Tcl_Interp *interp,
    int objc,
    Tcl_Obj *const objv[])
{
    S2nChanOpts opts;
    Tcl_Obj *configObj = NULL;
    Tcl_Channel chan;
    int mode, code = TCL_ERROR;

    (void) clientData;
    memset(&opts, 0, sizeof(opts));
    if (objc < 2) {
        Tcl_WrongNumArgs(interp, 1, objv, "channelName ?-opt val ...?");
        return TCL_ERROR;
    }
    chan = Tcl_GetChannel(interp, Tcl_GetString(objv[1]), &mode);
    if (chan == NULL) {
        return TCL_ERROR;
    }
    if ((mode & (TCL_READABLE | TCL_WRITABLE)) != (TCL_READABLE | TCL_WRITABLE)) {
        return S2nUsageError(interp, Tcl_ObjPrintf(
                "channel \"%s\" must be open for reading and writing",
                Tcl_GetString(objv[1])));
    }
    if (PushParseOpts(interp, objc, objv, &opts, &configObj) != TCL_OK) {
        return TCL_ERROR;
    }
    opts.configPtr = S2nConfigFromObj(interp, configObj);
    if (opts.configPtr == NULL) {
        return TCL_ERROR;
    }
    if (opts.isServer && S2nConfigCheckServer(interp, opts.configPtr) != TCL_OK) {
        goto done;
    }
    code = S2nChanPush(interp, Tcl_GetTopChannel(chan), &opts);

  done:
    S2nConfigRelease(opts.configPtr);
    return code;
}

/*
 * ChannelCmd -- s2n::handshake / s2n::session channelName: clientData says
 * which (CHANCMD_*).
 */

static int
ChannelCmd(
    void *clientData,
    Tcl_Interp *interp,
    int objc,
    Tcl_Obj *const objv[])
{
    if (objc != 2) {
        Tcl_WrongNumArgs(interp, 1, objv, "channelName");
        return TCL_ERROR;
    }
    return ((intptr_t) clientData == CHANCMD_SESSION)
            ? S2nChanSession(interp, Tcl_GetString(objv[1]))
            : S2nChanHandshake(interp, Tcl_GetString(objv[1]));
}

/*
 * PoliciesCmd -- s2n::policies: the names that can be used here.
 */

static int
PoliciesCmd(
    void *clientData,
    Tcl_Interp *interp,
    int objc,
    Tcl_Obj *const objv[])
{
    Tcl_Obj *list;
    int i;

    (void) clientData;
    if (objc != 1) {
        Tcl_WrongNumArgs(interp, 1, objv, "");
        return TCL_ERROR;
    }
    list = Tcl_NewListObj(0, NULL);
    for (i = 0; i < S2nPolicyCount(); i++) {
        const S2nPolicy *p = S2nPolicyAt(i);

        if (p->usable && !p->deprecated) {
            Tcl_ListObjAppendElement(NULL, list, Tcl_NewStringObj(p->name, -1));
        }
    }
    Tcl_SetObjResult(interp, list);
    return TCL_OK;
}

/*
 * PolicyCmd -- s2n::policy name: what the policy allows here, and what of
 * s2n's policy this engine leaves out.
 */

static Tcl_Obj *
StringListObj(
    const char *const *items)
{
    Tcl_Obj *list = Tcl_NewListObj(0, NULL);

    for (; items != NULL && *items != NULL; items++) {
        Tcl_ListObjAppendElement(NULL, list, Tcl_NewStringObj(*items, -1));
    }
    return list;
}

static const char *
VersionName(
    int version)
{
    switch (version) {
    case S2N_TLS10:
        return "TLSv1";
    case S2N_TLS11:
        return "TLSv1.1";
    case S2N_TLS12:
        return "TLSv1.2";
    case S2N_TLS13:
        return "TLSv1.3";
    default:
        return "";
    }
}

static int
PolicyCmd(
    void *clientData,
    Tcl_Interp *interp,
    int objc,
    Tcl_Obj *const objv[])
{
    S2nErr err = S2N_ERR_INIT;
    const S2nPolicy *p;
    Tcl_Obj *d;

    (void) clientData;
    if (objc != 2) {
        Tcl_WrongNumArgs(interp, 1, objv, "name");
        return TCL_ERROR;
    }
    p = S2nPolicyFind(Tcl_GetString(objv[1]), &err);
    if (p == NULL) {
        S2nErrSetResult(interp, &err);
        S2nErrClear(&err);
        return TCL_ERROR;
    }
    d = Tcl_NewDictObj();
#define PUT(k, v) Tcl_DictObjPut(NULL, d, Tcl_NewStringObj(k, -1), v)
    PUT("name", Tcl_NewStringObj(p->name, -1));
    PUT("alias_of", Tcl_NewStringObj(p->aliasOf ? p->aliasOf : "", -1));
    PUT("min_protocol", Tcl_NewStringObj(VersionName(p->minVersion), -1));
    PUT("max_protocol", Tcl_NewStringObj(VersionName(p->maxVersion), -1));
    PUT("ciphers", StringListObj(p->ianaCiphers));
    PUT("groups", StringListObj(p->groupNames));
    PUT("signature_schemes", StringListObj(p->sigSchemes));
    PUT("server_preference", Tcl_NewBooleanObj(
            (p->options & S2N_POLICY_SERVER_PREFERENCE) != 0));
    PUT("chacha20_boosting", Tcl_NewBooleanObj(
            (p->options & S2N_POLICY_CHACHA20_BOOST) != 0));
    PUT("left_out", StringListObj(p->leftOut));
#undef PUT
    Tcl_SetObjResult(interp, d);
    return TCL_OK;
}

static int
OpensslVersionCmd(
    void *clientData,
    Tcl_Interp *interp,
    int objc,
    Tcl_Obj *const objv[])
{
    (void) clientData;
    if (objc != 1) {
        Tcl_WrongNumArgs(interp, 1, objv, "");
        return TCL_ERROR;
    }
    Tcl_SetObjResult(interp, Tcl_NewStringObj(S2nTlsVersion(), -1));
    return TCL_OK;
}
