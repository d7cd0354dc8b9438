# common.tcl --
#
#	Shared by every test file: loads tcltest and the package under test,
#	makes throwaway certificates with the openssl command (a CA, leaves,
#	an expired one, a wrong-name one, a client one), and small helpers for
#	event-driven tests on loopback. Nothing here talks to the internet.

package require tcltest 2.5
namespace import ::tcltest::*

package require s2n

namespace eval ::s2ntest {
    variable dir [file normalize [file dirname [info script]]]
    variable top [file dirname $dir]
    # Slow down the clock-based guards under valgrind.
    variable slow [expr {[info exists ::env(S2N_TEST_VALGRIND)] ? 20 : 1}]
    variable certs
    if {[info exists ::env(S2N_TEST_CERTS)]} {
        set certs $::env(S2N_TEST_CERTS)
    } else {
        set certs [file join [pwd] tests-tmp certs]
    }
}

testConstraint tcl9 [package vsatisfies [package provide Tcl] 9.0-]
testConstraint valgrind [info exists ::env(S2N_TEST_VALGRIND)]
testConstraint notValgrind [expr {![info exists ::env(S2N_TEST_VALGRIND)]}]
testConstraint thread [expr {![catch {package require Thread}]}]
testConstraint openssl [expr {[auto_execok openssl] ne ""}]
testConstraint gnutls [expr {[auto_execok gnutls-serv] ne "" && [auto_execok gnutls-cli] ne ""}]
testConstraint curl [expr {[auto_execok curl] ne ""}]

# ::s2ntest::ms --
#	A timeout in milliseconds, stretched when running under valgrind.
proc ::s2ntest::ms {n} {
    variable slow
    return [expr {$n * $slow}]
}

# ::s2ntest::run_openssl --
#	Runs the openssl command quietly; raises its stderr on failure.
proc ::s2ntest::run_openssl {args} {
    exec openssl {*}$args 2>@1
}

# ::s2ntest::make_certs --
#	Creates the test PKI once per directory: ca, server (localhost,
#	127.0.0.1), server-rsa, expired, wrongname, selfsigned, client, and a
#	two-level chain (inter-ca + leaf). EC P-256 keys except server-rsa.
proc ::s2ntest::make_certs {} {
    variable certs
    if {[file exists [file join $certs done]]} {
        return
    }
    file mkdir $certs
    set old [pwd]
    cd $certs
    try {
        set ec {-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes}
        run_openssl req -x509 {*}$ec -keyout ca.key -out ca.pem -days 3 \
            -subj "/CN=s2n test CA" \
            -addext basicConstraints=critical,CA:TRUE \
            -addext keyUsage=critical,keyCertSign,cRLSign
        make_leaf server ca "/CN=localhost" \
            "subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth"
        make_leaf server-rsa ca "/CN=localhost" \
            "subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth" rsa
        make_leaf wrongname ca "/CN=example.com" \
            "subjectAltName=DNS:example.com\nextendedKeyUsage=serverAuth"
        make_leaf client ca "/CN=s2n test client" "extendedKeyUsage=clientAuth"
        run_openssl req -x509 {*}$ec -keyout selfsigned.key -out selfsigned.pem \
            -days 3 -subj /CN=localhost -addext subjectAltName=DNS:localhost
        # An intermediate CA and a leaf under it: the server sends the chain.
        make_leaf inter-ca ca "/CN=s2n test intermediate" \
            "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign"
        make_leaf leaf inter-ca "/CN=localhost" \
            "subjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth"
        set f [open chain.pem w]
        puts -nonewline $f [readfile leaf.pem][readfile inter-ca.pem]
        close $f
        make_expired
        close [open done w]
    } finally {
        cd $old
    }
}

proc ::s2ntest::make_leaf {name ca subj ext {type ec}} {
    if {$type eq "rsa"} {
        set kopt {-newkey rsa:2048 -nodes}
    } else {
        set kopt {-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes}
    }
    run_openssl req {*}$kopt -keyout $name.key -out $name.csr -subj $subj
    set f [open $name.ext w]
    puts $f [subst -nocommands -novariables $ext]
    close $f
    run_openssl x509 -req -in $name.csr -CA $ca.pem -CAkey $ca.key \
        -CAcreateserial -out $name.pem -days 2 -extfile $name.ext
    file delete $name.csr $name.ext
}

# An expired server certificate: `openssl ca` is the 3.0 tool that can set
# dates in the past.
proc ::s2ntest::make_expired {} {
    file mkdir ca-db
    close [open ca-db/index.txt w]
    set f [open ca.cnf w]
    puts $f {[ca]
default_ca = d
[d]
dir = ca-db
database = ca-db/index.txt
new_certs_dir = ca-db
serial = ca-db/serial
default_md = sha256
policy = p
copy_extensions = copy
unique_subject = no
[p]
commonName = supplied
[ext]
subjectAltName = DNS:localhost,IP:127.0.0.1
extendedKeyUsage = serverAuth}
    close $f
    set f [open ca-db/serial w]; puts $f 1000; close $f
    run_openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
        -keyout expired.key -out expired.csr -subj /CN=localhost
    run_openssl ca -batch -config ca.cnf -cert ca.pem -keyfile ca.key \
        -in expired.csr -out expired.pem -extensions ext -notext \
        -startdate 20200101000000Z -enddate 20210101000000Z
    file delete expired.csr
}

proc ::s2ntest::readfile {path} {
    set f [open $path rb]
    set data [read $f]
    close $f
    return $data
}

# ::s2ntest::cert --
#	Path of a test file: [cert server.pem].
proc ::s2ntest::cert {name} {
    variable certs
    return [file join $certs $name]
}

# Configs used across files.
proc ::s2ntest::server_config {{name server} args} {
    dict create cert_chain_file [cert $name.pem] private_key_file [cert $name.key] {*}$args
}
proc ::s2ntest::client_config {args} {
    dict create ca_file [cert ca.pem] {*}$args
}

# ::s2ntest::wait_for --
#	vwait on a variable with a guard; returns the value or "timeout".
proc ::s2ntest::wait_for {varName {timeout 5000}} {
    upvar #0 $varName var
    set id [after [ms $timeout] [list set $varName timeout]]
    vwait $varName
    after cancel $id
    return $var
}

# ::s2ntest::listen --
#	A plain server socket on 127.0.0.1 with an ephemeral port; returns
#	{socket port}.
proc ::s2ntest::listen {cmd} {
    set s [socket -server $cmd -myaddr 127.0.0.1 0]
    return [list $s [lindex [chan configure $s -sockname] 2]]
}

# ::s2ntest::free_port --
#	A port nobody listens on right now.
proc ::s2ntest::free_port {} {
    set s [socket -server list -myaddr 127.0.0.1 0]
    set port [lindex [chan configure $s -sockname] 2]
    close $s
    return $port
}

# ::s2ntest::tclsh --
#	The interpreter running the tests, for child processes.
proc ::s2ntest::tclsh {} {
    return [info nameofexecutable]
}

# ::s2ntest::spawn --
#	Starts a background command with stdin/stdout on a pipe; returns the
#	pipe channel (non-blocking). Used for openssl/gnutls peers and for a
#	second tclsh.
proc ::s2ntest::spawn {args} {
    set p [open |[list {*}$args 2>@1] r+]
    chan configure $p -blocking 0 -buffering line
    return $p
}

# ::s2ntest::wait_output --
#	Reads lines from a spawned pipe until one matches pattern (glob);
#	returns everything read so far, or raises on timeout / EOF.
proc ::s2ntest::wait_output {pipe pattern {timeout 10000}} {
    set deadline [expr {[clock milliseconds] + [ms $timeout]}]
    set out ""
    while {[clock milliseconds] < $deadline} {
        while {[gets $pipe line] >= 0} {
            append out $line\n
            if {[string match $pattern $line]} {
                return $out
            }
        }
        if {[eof $pipe]} {
            error "peer exited before \"$pattern\": $out"
        }
        after 10
    }
    error "timeout waiting for \"$pattern\": $out"
}

# ::s2ntest::kill --
#	Ends a spawned process and closes its pipe.
proc ::s2ntest::kill {pipe} {
    catch {
        foreach pid [pid $pipe] {
            catch {exec kill $pid}
        }
    }
    catch {chan configure $pipe -blocking 1}
    catch {close $pipe}
}

# ::s2ntest::tls_pair --
#	One process, both ends: returns {client server} TLS channels over a
#	loopback TCP connection, both non-blocking, handshake not yet done.
#	srvConfig/cliConfig are -config dicts; cliOpts extra s2n::push options.
proc ::s2ntest::tls_pair {{srvConfig {}} {cliConfig {}} {cliOpts {}} {srvOpts {}}} {
    if {$srvConfig eq ""} {set srvConfig [server_config]}
    if {$cliConfig eq ""} {set cliConfig [client_config]}
    if {![dict exists $cliOpts -servername]} {
        dict set cliOpts -servername localhost
    }
    variable accepted ""
    lassign [listen [list apply {{c a p} {
        set ::s2ntest::accepted $c
    }}]] lsock port
    set c [socket 127.0.0.1 $port]
    wait_for ::s2ntest::accepted 5000
    close $lsock
    set s $accepted
    chan configure $c -blocking 0 -translation binary
    chan configure $s -blocking 0 -translation binary
    s2n::push $s -role server -config $srvConfig {*}$srvOpts
    s2n::push $c -config $cliConfig {*}$cliOpts
    return [list $c $s]
}

# ::s2ntest::handshake_both --
#	Drives both ends of a pair to completion from the event loop; returns
#	"ok" or the first error message.
proc ::s2ntest::handshake_both {c s {timeout 5000}} {
    set deadline [expr {[clock milliseconds] + [ms $timeout]}]
    while {[clock milliseconds] < $deadline} {
        if {[catch {
            set dc [s2n::handshake $c]
            set ds [s2n::handshake $s]
        } msg]} {
            return $msg
        }
        if {$dc && $ds} {
            return ok
        }
        set ::s2ntest::tick 0
        after 2 {set ::s2ntest::tick 1}
        vwait ::s2ntest::tick
    }
    return timeout
}

# ::s2ntest::random_bytes --
#	n pseudo-random bytes (binary string), reproducible for a seed.
proc ::s2ntest::random_bytes {n {seed 1}} {
    expr {srand($seed)}
    set chunk ""
    for {set i 0} {$i < 4096} {incr i} {
        append chunk [binary format c [expr {int(rand() * 256) - 128}]]
    }
    # Make the stream position-dependent so reordering is detected.
    set out ""
    for {set i 0} {$i * 4096 < $n} {incr i} {
        append out [binary format I $i] [string range $chunk 4 end]
    }
    return [string range $out 0 [expr {$n - 1}]]
}

::s2ntest::make_certs
