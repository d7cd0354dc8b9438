#!/bin/sh
# build-tcl9.sh PREFIX -- builds Tcl 9.0 from Debian's source package into
# PREFIX, for testing this package against Tcl 9 on Debian bookworm (which
# ships no Tcl 9 binary). Debian's archive has tcl9.0 in sid; only the
# upstream .orig tarball is used (the .dsc may be missing there). apt's
# configuration is copied to a temporary directory with the type changed to
# deb-src and the suite to sid; the machine's own apt state is untouched.
set -eu
prefix=${1:?usage: build-tcl9.sh PREFIX}
if [ -x "$prefix/bin/tclsh9.0" ]; then
    echo "build-tcl9: $prefix/bin/tclsh9.0 already built"
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/src"

# deb-src entries for sid, from the machine's own sources.
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    awk 'BEGIN { RS = ""; ORS = "\n\n" }
         /URIs:[^\n]*debian\/?(\n|$)/ && !/security/ {
             sub(/Types: deb/, "Types: deb-src");
             sub(/Suites:[^\n]*/, "Suites: sid");
             print }' /etc/apt/sources.list.d/debian.sources > "$work/sid.sources"
    list_opt="-o Dir::Etc::sourcelist=$work/sid.sources"
else
    grep -E '^deb ' /etc/apt/sources.list | grep -v security | head -1 |
        sed -E 's/^deb /deb-src /; s/ [a-z-]+ main/ sid main/' > "$work/sid.list"
    list_opt="-o Dir::Etc::sourcelist=$work/sid.list"
fi
apt_opts="$list_opt -o Dir::Etc::sourceparts=- -o Dir::State::Lists=$work/lists"
# shellcheck disable=SC2086
apt-get $apt_opts update -qq
cd "$work/src"
# The .dsc/.debian.tar may 404 in this archive; the .orig tarball is enough.
# shellcheck disable=SC2086
apt-get $apt_opts source --download-only tcl9.0 >/dev/null 2>&1 || true
tarball=$(ls tcl9.0_*.orig.tar.gz 2>/dev/null | head -1)
if [ -z "$tarball" ]; then
    echo "build-tcl9: could not download the tcl9.0 source tarball" >&2
    exit 1
fi
tar xzf "$tarball"
cd tcl9*/unix
./configure --prefix="$prefix" --disable-zipfs >/dev/null
make -j"$(nproc)" >/dev/null
make install >/dev/null
echo "build-tcl9: installed $prefix/bin/tclsh9.0 from $tarball"
