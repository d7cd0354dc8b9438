#!/usr/bin/env python3
"""Convert the Markdown subset of doc/s2n.md into a Tcl-style nroff page."""
import re
import sys

HEADER = r""".\" s2n.n -- manual page of the s2n Tcl package.
.\" The readable source is doc/s2n.md; keep the two in step.
.\"
.TH s2n n 0.6.0 s2n "s2n Tcl package"
.nh
.ad l
.\" Code examples: .CS/.CE, as in Tcl's man.macros, defined here so that
.\" the page renders with plain "man -l".
.de CS
.RS
.nf
..
.de CE
.fi
.RE
..
"""


def esc_text(t, code=False):
    """Escape plain text for nroff. In code, every '-' is a minus."""
    t = t.replace('\\', '\\e')
    if code:
        t = t.replace('-', '\\-')
    else:
        # An option-like word (-config, -opt) or a lone dash gets a minus.
        t = re.sub(r'(^|(?<=[\s(\[{?"|]))-(?=[A-Za-z]|\s|$)', r'\\-', t)
    return t


def inline(t):
    """Markdown inline spans -> nroff fonts."""
    out = []
    i = 0
    pat = re.compile(r'`([^`]+)`|\*\*(.+?)\*\*|\*([^*]+?)\*')
    for m in pat.finditer(t):
        out.append(esc_text(t[i:m.start()]))
        if m.group(1) is not None:
            out.append('\\fB' + esc_text(m.group(1), code=True) + '\\fR')
        elif m.group(2) is not None:
            inner = m.group(2)
            # bold may hold italic: **x *y***
            out.append('\\fB' + inline_nested(inner, 'B') + '\\fR')
        else:
            out.append('\\fI' + esc_text(m.group(3), code=True) + '\\fR')
        i = m.end()
    out.append(esc_text(t[i:]))
    return ''.join(out)


def inline_nested(t, outer):
    parts = re.split(r'\*([^*]+?)\*', t)
    res = []
    for k, p in enumerate(parts):
        if k % 2:
            res.append('\\fI' + esc_text(p, code=True) + '\\f' + outer)
        else:
            res.append(esc_text(p, code=True))
    return ''.join(res)


def fill(text):
    """One logical paragraph -> lines, guarding leading dots/quotes."""
    lines = []
    for line in text.split('\n'):
        line = line.strip()
        if not line:
            continue
        if line[0] in ".'":
            line = '\\&' + line
        lines.append(line)
    return '\n'.join(lines)


def para(lines):
    return fill(inline(' '.join(l.strip() for l in lines)))


def convert(md):
    src = md.split('\n')
    out = [HEADER.rstrip('\n')]
    i = 0
    n = len(src)

    def collect_block(start, indent):
        """Lines of a paragraph at the given indent, until a blank line."""
        j = start
        buf = []
        while j < n and src[j].strip() and not src[j].startswith(' ' * indent + '- ') \
                and (len(src[j]) - len(src[j].lstrip())) >= indent:
            buf.append(src[j])
            j += 1
        return buf, j

    while i < n:
        line = src[i]
        if not line.strip():
            i += 1
            continue
        if line.startswith('# '):
            i += 1
            continue
        if line.startswith('## '):
            out.append('.SH "%s"' % line[3:].strip())
            i += 1
            continue
        if line.startswith('### '):
            out.append('.SS "%s"' % line[4:].strip())
            i += 1
            continue
        if line.startswith('```'):
            i += 1
            if not out[-1].startswith(('.SH', '.SS')):
                out.append('.sp')
            out.append('.CS')
            while not src[i].startswith('```'):
                l = esc_text(src[i], code=True)
                if l[:1] in ('.', "'"):
                    l = '\\&' + l
                out.append(l if l else '')
                i += 1
            out.append('.CE')
            i += 1
            continue
        if line.startswith('|'):
            # table: first column is the tag, the second the text
            rows = []
            while i < n and src[i].startswith('|'):
                rows.append(src[i])
                i += 1
            for r in rows[2:]:
                cells = [c.strip() for c in r.strip().strip('|').split(' | ')]
                out.append('.TP')
                out.append(fill(inline(cells[0])))
                out.append(fill(inline(cells[1])))
            continue
        if line.startswith('- '):
            # a tagged item: first line is the tag
            tag = line[2:].rstrip()
            out.append('.TP')
            out.append(fill(inline(tag)))
            i += 1
            first = True
            while i < n:
                if not src[i].strip():
                    # blank: continue only if the next line is indented
                    k = i
                    while k < n and not src[k].strip():
                        k += 1
                    if k < n and src[k].startswith('  '):
                        i = k
                        if not src[i].startswith('  - '):
                            out.append('.sp')
                        continue
                    break
                if src[i].startswith('  - '):
                    out.append('.RS')
                    while i < n and src[i].startswith('  - '):
                        item = [src[i][4:]]
                        i += 1
                        while i < n and src[i].startswith('    ') and src[i].strip():
                            item.append(src[i])
                            i += 1
                        out.append('.IP \\(bu 2')
                        out.append(para(item))
                    out.append('.RE')
                    continue
                if src[i].startswith('  '):
                    buf = []
                    while i < n and src[i].startswith('  ') and src[i].strip() \
                            and not src[i].startswith('  - '):
                        buf.append(src[i])
                        i += 1
                    out.append(para(buf))
                    continue
                break
            continue
        # plain paragraph
        buf = []
        while i < n and src[i].strip() and not src[i].startswith(('#', '```', '|', '- ')):
            buf.append(src[i])
            i += 1
        if not out[-1].startswith(('.SH', '.SS')):
            out.append('.PP')
        out.append(para(buf))
    return '\n'.join(out) + '\n'


if __name__ == '__main__':
    md = open(sys.argv[1]).read()
    sys.stdout.write(convert(md))
