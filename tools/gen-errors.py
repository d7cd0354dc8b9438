#!/usr/bin/env python3
"""gen-errors.py -- generate generic/errnames.h from data/s2n-errors.json.

errnames.h is an X-macro list, one S2N_ERR_ENTRY(name, type, message) line
per s2n error name: every name of s2n-tls v1.6.0 (S2N_ERR_OK first, so it
becomes enum value 0; the names removed after v1.6.0 stay), then the names
added at s2n HEAD. An entry longer than 100 columns continues on the next
lines, its message split into adjacent string literals. The type is a bare
identifier (S2N_ERR_T_IO, ...); the consumer stringifies it.

Usage: tools/gen-errors.py [json [output]]
    defaults: data/s2n-errors.json, generic/errnames.h (repo-relative)

Standard library only; the output depends on the input alone.
"""

import json
import os
import re
import sys

HEADER = ("/* GENERATED from data/s2n-errors.json by tools/gen-errors.py"
          " -- do not edit */\n")

NAME_RE = re.compile(r"^S2N_ERR_[A-Z0-9_]+$")
TYPE_RE = re.compile(r"^S2N_ERR_T_[A-Z]+$")
MAX_COLUMNS = 100


def c_string(text):
    """Return text as a C string literal (ASCII only, trigraph-safe)."""
    out = ['"']
    prev = ""
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "?" and prev == "?":
            # "??x" would be a trigraph under -std=c11.
            out.append("\\?")
        elif code < 0x20 or code > 0x7e:
            # Octal escapes of the UTF-8 bytes; always 3 digits.
            for byte in ch.encode("utf-8"):
                out.append("\\%03o" % byte)
        else:
            out.append(ch)
        prev = ch
    out.append('"')
    return "".join(out)


def load_entries(path):
    """Return the list of (name, type, message) in enum order."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    entries = list(data["errors_v1_6_0"]) + list(data["added_at_head"])
    if not entries or entries[0]["name"] != "S2N_ERR_OK":
        sys.exit("gen-errors: S2N_ERR_OK must come first")
    seen = set()
    result = []
    for entry in entries:
        name, etype = entry["name"], entry["type"]
        message = entry["message_en"]
        if not NAME_RE.match(name) or not TYPE_RE.match(etype):
            sys.exit("gen-errors: bad entry %r" % (entry,))
        if name in seen:
            sys.exit("gen-errors: duplicate name %s" % name)
        if name == "S2N_ERR_TIMEOUT":
            sys.exit("gen-errors: S2N_ERR_TIMEOUT is ours (errors.h)")
        seen.add(name)
        result.append((name, etype, message or ""))
    for name in data.get("removed_at_head", []):
        if name not in seen:
            sys.exit("gen-errors: removed name %s not in v1.6.0 list" % name)
    return result


def split_message(message, width):
    """Split message into pieces whose literals fit in width columns."""
    pieces = []
    rest = message
    while len(c_string(rest)) > width:
        cut = rest.rfind(" ", 0, width - 4)
        if cut <= 0:
            cut = width - 4
        # Keep the space at the end of the piece: C joins the literals.
        pieces.append(rest[:cut + 1])
        rest = rest[cut + 1:]
    pieces.append(rest)
    return pieces


def render_entry(name, etype, message):
    """Return one S2N_ERR_ENTRY, wrapped to MAX_COLUMNS if needed."""
    line = "S2N_ERR_ENTRY(%s, %s, %s)\n" % (name, etype, c_string(message))
    if len(line) - 1 <= MAX_COLUMNS:
        return line
    indent = "        "
    pieces = split_message(message, MAX_COLUMNS - len(indent) - 1)
    text = "S2N_ERR_ENTRY(%s, %s,\n" % (name, etype)
    text += "\n".join(indent + c_string(p) for p in pieces)
    return text + ")\n"


def render(entries):
    """Return the text of errnames.h."""
    lines = [HEADER]
    for name, etype, message in entries:
        lines.append(render_entry(name, etype, message))
    text = "".join(lines)
    for line in text.splitlines():
        if len(line) > MAX_COLUMNS:
            sys.exit("gen-errors: line too long: %s" % line)
    return text


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    src = argv[1] if len(argv) > 1 else os.path.join(
        root, "data", "s2n-errors.json")
    dst = argv[2] if len(argv) > 2 else os.path.join(
        root, "generic", "errnames.h")
    text = render(load_entries(src))
    with open(dst, "w", encoding="ascii", newline="\n") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
