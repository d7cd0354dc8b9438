#!/usr/bin/env python3
"""gen-policies.py -- generate generic/policytable.c from data/s2n-policies.json.

policytable.c holds one S2nPolicy (generic/policy.h) per s2n security policy
name, in s2n's order at HEAD (policy_order_at_head), followed by the names
s2n HEAD deprecates that are not in that order (deprecated_policies_at_head
order). It defines policyTable[], the string lists it points to, and
S2nPolicyTableSize() / S2nPolicyTableAt() for policy.c.

Rules:
  * aliasOf comes from _meta.named_policy_history.HEAD ("default" is an
    alias of "20251014"); an alias must carry the same settings.
  * usable = 0 when summary.not_reproducible_at_all lists the policy, when
    it has no TLS suite OpenSSL 3.0 can do, or when OpenSSL 3.0 can do none
    of its (non-empty) group or signature scheme lists; deprecated names
    without recorded settings are unusable too.
  * leftOut: one plain sentence per openssl.unsupported item.
  * cipherList NULL: no TLS <= 1.2 suite; then minVersion must be TLS1.3.

Usage: tools/gen-policies.py [json [output]]
    defaults: data/s2n-policies.json, generic/policytable.c (repo-relative)

Standard library only; the output depends on the input alone (dicts are
walked in the orders the JSON lists give, never in hash order).
"""

import json
import os
import sys

HEADER = ("/* GENERATED from data/s2n-policies.json by tools/gen-policies.py"
          " -- do not edit */\n")
MAX_COLUMNS = 100

VERSIONS = {
    "TLS1_VERSION": "S2N_TLS10",
    "TLS1_1_VERSION": "S2N_TLS11",
    "TLS1_2_VERSION": "S2N_TLS12",
    "TLS1_3_VERSION": "S2N_TLS13",
}

OPTIONS = {
    "SSL_OP_CIPHER_SERVER_PREFERENCE": "S2N_POLICY_SERVER_PREFERENCE",
    "SSL_OP_PRIORITIZE_CHACHA": "S2N_POLICY_CHACHA20_BOOST",
}

KIND_WORDS = {
    "cipher_suite": "cipher suite",
    "group": "group",
    "signature_scheme": "signature scheme",
    "protocol": "protocol",
}

# (text found in openssl.unsupported[].reason, short reason for leftOut,
# cause for unusableWhy). The first match wins; an unknown reason stops the
# generator, so a new kind of gap gets its sentences written.
REASONS = [
    ("ML-KEM groups need OpenSSL >= 3.5", "needs OpenSSL >= 3.5",
     "ML-KEM needs OpenSSL >= 3.5"),
    ("ML-DSA signature schemes need OpenSSL >= 3.5", "needs OpenSSL >= 3.5",
     "ML-DSA needs OpenSSL >= 3.5"),
    ("3DES TLS suites compiled out",
     "3DES suites are compiled out of Debian's OpenSSL 3.0",
     "3DES suites are compiled out of Debian's OpenSSL 3.0"),
    ("RC4 suites are 'weak-ssl-ciphers'",
     "RC4 suites are compiled out of Debian's OpenSSL 3.0",
     "RC4 suites are compiled out of Debian's OpenSSL 3.0"),
    ("pre-standard Kyber draft",
     "pre-standard Kyber draft that no OpenSSL release implements",
     "no OpenSSL release implements the Kyber drafts"),
    ("built without SSLv3", "Debian's OpenSSL 3.0 is built without SSLv3",
     "Debian's OpenSSL 3.0 is built without SSLv3"),
    ("pseudo-scheme 0xFFFF",
     "implicit in OpenSSL for TLS < 1.2, nothing to configure",
     "OpenSSL uses MD5+SHA1 implicitly below TLS 1.2"),
    ("0x0000 = no cipher", "not a cipher; OpenSSL cannot negotiate it",
     "TLS_NULL_WITH_NULL_NULL is not a cipher"),
]

# Settings lists whose absence on OpenSSL makes a policy unusable:
# (openssl field, s2n fields that must be non-empty for it to matter,
# unsupported kind, words).
REQUIRED = [
    ("groups", ("ecc_curves", "pq_kem_groups"), "group", "key exchange group"),
    ("sigalgs", ("signature_schemes",), "signature_scheme",
     "signature scheme"),
]


def c_string(text):
    """Return text as one C string literal (ASCII only, trigraph-safe)."""
    out = ['"']
    prev = ""
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "?" and prev == "?":
            out.append("\\?")
        elif code < 0x20 or code > 0x7e:
            for byte in ch.encode("utf-8"):
                out.append("\\%03o" % byte)
        else:
            out.append(ch)
        prev = ch
    out.append('"')
    return "".join(out)


def split_text(text, width, sep):
    """Split text after sep characters so each piece's literal fits."""
    pieces = []
    rest = text
    while len(c_string(rest)) > width:
        cut = rest.rfind(sep, 0, width - 3)
        if cut <= 0:
            cut = width - 4
        pieces.append(rest[:cut + 1])
        rest = rest[cut + 1:]
    pieces.append(rest)
    return pieces


def c_value(text, prefix, indent, sep=" "):
    """Return 'prefix<literal>', wrapped after sep characters if needed."""
    if text is None:
        return prefix + "NULL"
    first = prefix + c_string(text)
    if len(first) <= MAX_COLUMNS - 1:
        return first
    cont = indent + "    "
    width = MAX_COLUMNS - 1 - len(cont)
    pieces = split_text(text, width, sep)
    lines = [prefix.rstrip()]
    lines.extend(cont + c_string(p) for p in pieces)
    return "\n".join(lines)


def reason_words(reason):
    """Map an openssl.unsupported reason to (short reason, cause)."""
    for needle, short, cause in REASONS:
        if needle in reason:
            return short, cause
    return sys.exit("gen-policies: no short reason for %r" % reason)


def served(policy, field):
    """The items of an s2n list that this engine does serve (s2n::policy
    reports what the policy allows here; the rest is in leftOut)."""
    gone = {item["item"] for item in policy["openssl"]["unsupported"]}
    return [x for x in (policy[field] or []) if x not in gone]


def left_out(policy):
    """Return the leftOut sentences of a policy, in JSON order."""
    result = []
    for item in policy["openssl"]["unsupported"]:
        if item["kind"] not in KIND_WORDS:
            sys.exit("gen-policies: unknown kind %r" % item["kind"])
        result.append("%s %s: %s" % (KIND_WORDS[item["kind"]], item["item"],
                                     reason_words(item["reason"])[0]))
    return result


def unusable_why(name, policy, not_reproducible):
    """Return why OpenSSL 3.0 cannot serve a policy, or None."""
    ossl = policy["openssl"]
    missing = []
    kinds = []
    if ossl["cipher_list"] is None and not ossl["ciphersuites"]:
        missing.append("cipher suite")
        kinds.append("cipher_suite")
    for field, s2n_fields, kind, words in REQUIRED:
        wanted = any(policy[f] for f in s2n_fields)
        if ossl[field] is None and wanted:
            missing.append(words)
            kinds.append(kind)
    if not missing:
        if name in not_reproducible:
            return "OpenSSL 3.0 cannot reproduce it"
        return None
    causes = []
    for item in ossl["unsupported"]:
        cause = reason_words(item["reason"])[1]
        if item["kind"] in kinds and cause not in causes:
            causes.append(cause)
    why = "it has no %s that OpenSSL 3.0 supports" % " or ".join(missing)
    if causes:
        why += " (" + "; ".join(causes) + ")"
    return why


def check_policy(name, policy, aliases, policies):
    """Stop on data the table cannot express."""
    ossl = policy["openssl"]
    if policy["name"] != name:
        sys.exit("gen-policies: %s: name mismatch" % name)
    for key in ("min_proto_version", "max_proto_version"):
        if ossl[key] not in VERSIONS:
            sys.exit("gen-policies: %s: bad %s" % (name, key))
    for opt in ossl["options"]:
        if opt not in OPTIONS:
            sys.exit("gen-policies: %s: unknown option %s" % (name, opt))
    boost = "SSL_OP_PRIORITIZE_CHACHA" in ossl["options"]
    if boost != bool(policy["chacha20_boosting"]):
        sys.exit("gen-policies: %s: chacha20_boosting mismatch" % name)
    if ossl["security_level_required"] not in (None, 0, 1, 2, 3, 4, 5):
        sys.exit("gen-policies: %s: bad security level" % name)
    if ossl["cipher_list"] == "":
        sys.exit("gen-policies: %s: empty cipher_list (use null)" % name)
    if name in aliases:
        target = policies[aliases[name]]
        if target["openssl"] != ossl or target["s2n_struct"] != \
                policy["s2n_struct"]:
            sys.exit("gen-policies: %s: differs from %s"
                     % (name, aliases[name]))


class ListPool:
    """NULL-terminated string arrays, shared when their contents match."""

    def __init__(self):
        self.names = {}
        self.order = []

    def add(self, prefix, items):
        key = tuple(items)
        if not key:
            return "emptyList"
        if key not in self.names:
            self.names[key] = "%s%d" % (prefix, len(self.order))
            self.order.append(key)
        return self.names[key]

    def render(self):
        out = ["static const char *const emptyList[] = {NULL};\n"]
        for key in self.order:
            out.append("static const char *const %s[] = {\n" % self.names[key])
            for item in key:
                out.append(c_value(item, "    ", "    ") + ",\n")
            out.append("    NULL\n};\n")
        return "".join(out)


def policy_fields(name, policy, ctx, pool):
    """Return the (field, C expression) pairs of one table row."""
    aliases, dep, not_repr = ctx
    if policy is None:
        return [("name", name), ("aliasOf", None), ("deprecated", 1),
                ("usable", 0),
                ("unusableWhy", "s2n no longer records its settings"),
                ("minVersion", 0), ("maxVersion", 0), ("cipherList", None),
                ("cipherSuites", None), ("groups", None), ("sigalgs", None),
                ("clientSigalgs", None), ("securityLevel", -1),
                ("options", 0), ("ianaCiphers", "emptyList"),
                ("groupNames", "emptyList"), ("sigSchemes", "emptyList"),
                ("leftOut", "emptyList"), ("certKeys", "emptyList"),
                ("certSigSchemes", "emptyList"), ("certLocal", 0)]
    ossl = policy["openssl"]
    why = unusable_why(name, policy, not_repr)
    level = ossl["security_level_required"]
    opts = " | ".join(OPTIONS[o] for o in ossl["options"]) or "0"
    if why is None and ossl["cipher_list"] is None and \
            ossl["min_proto_version"] != "TLS1_3_VERSION":
        sys.exit("gen-policies: %s: no TLS1.2 suites but min < TLS1.3" % name)
    return [
        ("name", name), ("aliasOf", aliases.get(name)),
        ("deprecated", 1 if name in dep else 0),
        ("usable", 0 if why else 1), ("unusableWhy", why),
        ("minVersion", VERSIONS[ossl["min_proto_version"]]),
        ("maxVersion", VERSIONS[ossl["max_proto_version"]]),
        ("cipherList", ossl["cipher_list"]),
        ("cipherSuites", ossl["ciphersuites"]),
        ("groups", ossl["groups"]), ("sigalgs", ossl["sigalgs"]),
        ("clientSigalgs", ossl["client_sigalgs"]),
        ("securityLevel", -1 if level is None else level),
        ("options", opts),
        ("ianaCiphers", pool.add("ianaList", served(policy, "cipher_suites"))),
        ("groupNames", pool.add("groupList", served(
            policy, "supported_groups_wire_order_s2n"))),
        ("sigSchemes", pool.add("sigList", served(policy, "signature_schemes"))),
        ("leftOut", pool.add("leftOutList", left_out(policy))),
        ("certKeys", pool.add("certKeyList", policy["certificate_keys"] or [])),
        ("certSigSchemes", pool.add("certSigList",
                                    policy["certificate_signature_schemes"] or [])),
        ("certLocal", 1 if policy["certificate_preferences_apply_locally"] else 0),
    ]


STRING_FIELDS = ("name", "aliasOf", "unusableWhy")
LIST_FIELDS = ("cipherList", "cipherSuites", "groups", "sigalgs",
               "clientSigalgs")


def render_row(index, fields):
    """Return the C initializer of one table row."""
    out = ["    {   /* %d: %s */\n" % (index, fields[0][1])]
    for field, value in fields:
        prefix = "        .%s = " % field
        if field in LIST_FIELDS:
            out.append(c_value(value, prefix, "        ", ":") + ",\n")
        elif field in STRING_FIELDS:
            out.append(c_value(value, prefix, "        ") + ",\n")
        else:
            out.append("%s%s,\n" % (prefix, value))
    out.append("    },\n")
    return "".join(out)


def table_names(data):
    """Return the table's names: HEAD order, then other deprecated names."""
    names = list(data["policy_order_at_head"])
    for name in data["deprecated_policies_at_head"]:
        if name not in names:
            names.append(name)
    for name in sorted(data["policies"]):
        if name not in names:
            sys.exit("gen-policies: %s is in no order list" % name)
    if len(set(n.lower() for n in names)) != len(names):
        sys.exit("gen-policies: names clash case-insensitively")
    return names


PROLOGUE = """
/*
 * policytable.c --
 *
 *    The s2n security policies as OpenSSL 3.0 settings: see policy.h for
 *    the fields and tools/gen-policies.py for how they are derived.
 *    Order: s2n HEAD's policy order, then names s2n HEAD deprecates.
 */

#include <stddef.h>

#include "policy.h"

int                 S2nPolicyTableSize(void);
const S2nPolicy *   S2nPolicyTableAt(int i);

"""

EPILOGUE = """
#define POLICY_TABLE_SIZE ((int) (sizeof(policyTable) / sizeof(policyTable[0])))

/*
 * S2nPolicyTableSize --
 *    The number of rows in policyTable.
 */

int
S2nPolicyTableSize(void)
{
    return POLICY_TABLE_SIZE;
}

/*
 * S2nPolicyTableAt --
 *    Row i of policyTable (borrowed, static), or NULL when out of range.
 */

const S2nPolicy *
S2nPolicyTableAt(
    int i)
{
    if (i < 0 || i >= POLICY_TABLE_SIZE) {
        return NULL;
    }
    return &policyTable[i];
}
"""


def render(data):
    """Return the text of policytable.c."""
    policies = data["policies"]
    aliases = dict(data["_meta"]["named_policy_history"]["HEAD"])
    for alias, target in aliases.items():
        if alias not in policies or target not in policies:
            sys.exit("gen-policies: alias %s -> %s unknown" % (alias, target))
    ctx = (aliases, set(data["deprecated_policies_at_head"]),
           set(data["summary"]["not_reproducible_at_all"]))
    pool = ListPool()
    rows = []
    for index, name in enumerate(table_names(data)):
        policy = policies.get(name)
        if policy is not None:
            check_policy(name, policy, aliases, policies)
        rows.append(render_row(index, policy_fields(name, policy, ctx, pool)))
    text = (HEADER + PROLOGUE + pool.render()
            + "\nstatic const S2nPolicy policyTable[] = {\n"
            + "".join(rows) + "};\n" + EPILOGUE)
    for line in text.splitlines():
        if len(line) > MAX_COLUMNS:
            sys.exit("gen-policies: line too long: %s" % line)
    return text


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    src = argv[1] if len(argv) > 1 else os.path.join(
        root, "data", "s2n-policies.json")
    dst = argv[2] if len(argv) > 2 else os.path.join(
        root, "generic", "policytable.c")
    with open(src, encoding="utf-8") as f:
        data = json.load(f)
    text = render(data)
    with open(dst, "w", encoding="ascii", newline="\n") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
