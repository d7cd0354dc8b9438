# make-seeds.tcl --
#
#	Regenerates the seed corpus of the fuzz targets, fuzz/corpus/<target>/,
#	from the package itself (make fuzz-seeds, or by hand):
#
#	    TCLLIBPATH=<build dir> tclsh fuzz/make-seeds.tcl ?corpusDir?
#
#	fuzz_server   ClientHellos (TLS 1.3 and 1.2) an s2n::push client sends,
#	              captured by a plain Tcl server socket;
#	fuzz_client   the flights an s2n server answers them with, captured by
#	              a plain Tcl client that replays them;
#	fuzz_session  s2n::session blobs from throwaway connections;
#	fuzz_policy   policy names, some followed by a DER certificate;
#	fuzz_config   -config dicts using every key, with the tokens
#	              fuzz_config.c replaces (@CERT@ @KEY@ @CERTFILE@ ...).
#
#	Certificates and keys are made with the openssl command in a
#	temporary directory that is deleted at the end; no key goes into the
#	corpus. A session blob holds the secret of a session with a server
#	that no longer exists. The s2n servers run in a child tclsh, so the
#	blocking parts of this script cannot stall them.
#
#	fuzzdrive.c reads the first byte of a server/client input as the way
#	to cut the rest into reads: 0 all at once, n chunks of n*n bytes.

package require Tcl 8.6-
package require s2n

namespace eval seeds {
    variable corpus [file normalize [expr {[llength $::argv] ? [lindex $::argv 0]
            : [file join [file dirname [info script]] corpus]}]]
    variable tmp [file join [expr {[info exists ::env(TMPDIR)] ? $::env(TMPDIR) : "/tmp"}] \
            s2n-seeds-[pid]]
    variable state
}

# seeds::openssl --
#	Runs the openssl command in the temporary directory, quietly.
proc seeds::openssl {args} {
    exec openssl {*}$args 2>@1
}

# seeds::makeCerts --
#	The server's certificate (EC P-256, localhost) and, for the policy
#	seeds, certificates of other key and signature types: self-signed,
#	or signed by a throwaway CA so that the signature is checked too.
proc seeds::makeCerts {} {
    variable tmp
    set ec256 {-newkey ec -pkeyopt ec_paramgen_curve:P-256}
    set ec384 {-newkey ec -pkeyopt ec_paramgen_curve:P-384}
    set days {-days 2}
    openssl req -x509 {*}$ec256 -nodes -keyout $tmp/server.key -out $tmp/server.pem \
        -subj /CN=localhost -addext subjectAltName=DNS:localhost {*}$days
    openssl req -x509 {*}$ec256 -nodes -keyout $tmp/ca-ec.key -out $tmp/ca-ec.pem \
        -subj /CN=seed-ca-ec {*}$days
    openssl req -x509 -newkey rsa:2048 -nodes -keyout $tmp/ca-rsa.key \
        -out $tmp/ca-rsa.pem -subj /CN=seed-ca-rsa {*}$days
    openssl req -x509 -newkey ed25519 -nodes -keyout $tmp/ed25519.key \
        -out $tmp/ed25519.pem -subj /CN=seed-ed25519 {*}$days
    leaf ec384 $ec384 ca-ec -sha384
    leaf rsa3072-pss {-newkey rsa:3072} ca-rsa -sha256 -sigopt rsa_padding_mode:pss \
        -sigopt rsa_pss_saltlen:-1
    leaf rsa2048-sha224 {-newkey rsa:2048} ca-ec -sha224
}

# seeds::leaf --
#	A certificate named name, its key made by keyopts, signed by ca.
proc seeds::leaf {name keyopts ca args} {
    variable tmp
    openssl req -new {*}$keyopts -nodes -keyout $tmp/$name.key -out $tmp/$name.csr \
        -subj /CN=seed-$name
    openssl x509 -req -in $tmp/$name.csr -CA $tmp/$ca.pem -CAkey $tmp/$ca.key \
        -set_serial 2 -days 2 -out $tmp/$name.pem {*}$args
}

# seeds::der --
#	The DER bytes of a PEM certificate in the temporary directory.
proc seeds::der {name} {
    variable tmp
    openssl x509 -in $tmp/$name.pem -outform DER -out $tmp/$name.der
    return [readBinary $tmp/$name.der]
}

proc seeds::readBinary {path} {
    set f [open $path rb]
    try {
        return [read $f]
    } finally {
        close $f
    }
}

# seeds::put --
#	Writes one seed file (bytes) under corpus/target/.
proc seeds::put {target name bytes} {
    variable corpus
    file mkdir [file join $corpus $target]
    set f [open [file join $corpus $target $name] wb]
    puts -nonewline $f $bytes
    close $f
    puts [format "  %-14s %-28s %5d bytes" $target $name [string length $bytes]]
}

# seeds::wait --
#	vwait on state(done), guarded by a timeout; returns how it ended.
proc seeds::wait {ms} {
    variable state
    set state(done) ""
    set timer [after $ms [list set [namespace current]::state(done) timeout]]
    vwait [namespace current]::state(done)
    after cancel $timer
    return $state(done)
}

# seeds::recordsComplete --
#	1 when buf holds at least one whole TLS record.
proc seeds::recordsComplete {buf} {
    if {[binary scan $buf cuSuSu type version len] != 3} {
        return 0
    }
    return [expr {[string length $buf] >= 5 + $len}]
}

# ----------------------------------------------------------------------
# The ClientHello an s2n::push client sends, seen by a plain server.
# ----------------------------------------------------------------------

proc seeds::rawAccept {chan addr port} {
    variable state
    set state(raw) $chan
    chan configure $chan -translation binary -blocking 0
    chan event $chan readable [namespace code [list rawRead $chan]]
}

proc seeds::rawRead {chan} {
    variable state
    append state(bytes) [read $chan]
    if {[recordsComplete $state(bytes)]} {
        set state(done) ok
    } elseif {[eof $chan]} {
        set state(done) eof
    }
}

proc seeds::captureClientHello {config args} {
    variable state
    set state(bytes) ""
    set state(raw) ""
    set srv [socket -server [namespace code rawAccept] -myaddr 127.0.0.1 0]
    set c [socket 127.0.0.1 [lindex [chan configure $srv -sockname] 2]]
    try {
        chan configure $c -blocking 0
        s2n::push $c -servername localhost -config $config {*}$args
        s2n::handshake $c       ;# non-blocking: sends the ClientHello, returns 0
        if {[set how [wait 5000]] ne "ok"} {
            error "no ClientHello captured ($how)"
        }
        return $state(bytes)
    } finally {
        catch {close $c}
        if {$state(raw) ne ""} {
            close $state(raw)
        }
        close $srv
    }
}

# ----------------------------------------------------------------------
# An s2n server in a child tclsh: echoes what it reads, issues tickets.
# ----------------------------------------------------------------------

set seeds::serverScript {
    package require s2n
    lassign $argv cert key
    set config [list cert_chain_file $cert private_key_file $key session_tickets 1 \
        alpn {h2 http/1.1} system_ca 0]
    proc accept {chan addr port} {
        chan configure $chan -blocking 0 -translation binary -buffering none
        if {[catch {s2n::push $chan -role server -config $::config}]} {
            close $chan
            return
        }
        chan event $chan readable [list echo $chan]
    }
    proc echo {chan} {
        if {[catch {read $chan} data] || [eof $chan]} {
            catch {close $chan}
            return
        }
        if {$data ne "" && [catch {puts -nonewline $chan $data}]} {
            catch {close $chan}
        }
    }
    set srv [socket -server accept -myaddr 127.0.0.1 0]
    puts [lindex [chan configure $srv -sockname] 2]
    flush stdout
    chan event stdin readable exit  ;# the parent closed the pipe
    vwait forever
}

# seeds::startServer --
#	Starts the child server; returns {pipe port}.
proc seeds::startServer {} {
    variable tmp
    variable serverScript
    set script [file join $tmp server.tcl]
    set f [open $script w]
    puts $f $serverScript
    close $f
    set pipe [open |[list [info nameofexecutable] $script $tmp/server.pem \
        $tmp/server.key] r+]
    if {[gets $pipe port] <= 0} {
        error "the seed server did not start"
    }
    return [list $pipe $port]
}

# ----------------------------------------------------------------------
# The server's answer to a replayed ClientHello, seen by a plain client.
# ----------------------------------------------------------------------

proc seeds::flightRead {chan} {
    variable state
    append state(bytes) [read $chan]
    after cancel $state(quiet)
    if {[eof $chan]} {
        set state(done) eof
    } else {
        # The flight is complete when the server has nothing more to say.
        set state(quiet) [after 300 [list set [namespace current]::state(done) ok]]
    }
}

proc seeds::captureServerFlight {port clientHello} {
    variable state
    set state(bytes) ""
    set state(quiet) ""
    set s [socket 127.0.0.1 $port]
    try {
        chan configure $s -translation binary -blocking 0
        puts -nonewline $s $clientHello
        flush $s
        chan event $s readable [namespace code [list flightRead $s]]
        set how [wait 5000]
        after cancel $state(quiet)
        if {$how eq "timeout" || ![recordsComplete $state(bytes)]} {
            error "no server flight captured ($how)"
        }
        return $state(bytes)
    } finally {
        close $s
    }
}

# ----------------------------------------------------------------------
# An s2n::session blob from a throwaway connection.
# ----------------------------------------------------------------------

proc seeds::sessionRead {chan} {
    variable state
    if {[catch {gets $chan line} n]} {
        set state(done) "error: $n"
    } elseif {$n >= 0} {
        set state(done) ok
    } elseif {[eof $chan]} {
        set state(done) eof
    }
}

proc seeds::captureSession {port policy} {
    set c [socket 127.0.0.1 $port]
    try {
        chan configure $c -blocking 0 -translation binary
        s2n::push $c -servername localhost -config [list verify 0 session_tickets 1 \
            cipher_preferences $policy system_ca 0]
        puts $c "seed"
        flush $c
        chan event $c readable [namespace code [list sessionRead $c]]
        if {[set how [wait 5000]] ne "ok"} {
            error "no echo from the seed server ($how)"
        }
        set blob [s2n::session $c]
        if {$blob eq ""} {
            error "no session ticket ($policy)"
        }
        return $blob
    } finally {
        close $c
    }
}

# seeds::certificateRecord --
#	A TLS 1.2 Certificate message (RFC 5246 7.4.2) carrying one
#	certificate, in a plaintext handshake record: what a client sends
#	after the server's CertificateRequest, before any key is agreed.
proc seeds::certificateRecord {name} {
    set der [der $name]
    set n [string length $der]
    set list [binary format Sca* [expr {$n >> 8}] [expr {$n & 0xff}] $der]
    set body [binary format Sca* [expr {($n + 3) >> 8}] [expr {($n + 3) & 0xff}] $list]
    set m [string length $body]
    set msg [binary format cSca* 11 [expr {$m >> 8}] [expr {$m & 0xff}] $body]
    return [binary format cSSa* 22 0x0303 [string length $msg] $msg]
}

# ----------------------------------------------------------------------
# The seeds.
# ----------------------------------------------------------------------

# seeds::tlsSeeds --
#	fuzz_server, fuzz_client and fuzz_session. "20190214" tops out at
#	TLS 1.2; "default" negotiates TLS 1.3. The sessions come first: a
#	ClientHello that offers one reaches the fuzz server's ticket key
#	callback (which does not know the key, so a full handshake follows).
proc seeds::tlsSeeds {} {
    lassign [startServer] pipe port
    try {
        set s13 [captureSession $port default]
        set s12 [captureSession $port 20190214]
        put fuzz_session session-tls13 $s13
        put fuzz_session session-tls12 $s12

        set client {verify 0 session_tickets 1 alpn {h2 http/1.1} system_ca 0}
        set client12 [dict merge $client {cipher_preferences 20190214}]
        set ch13 [captureClientHello $client]
        set ch12 [captureClientHello $client12]
        put fuzz_server clienthello-tls13 \x00$ch13
        put fuzz_server clienthello-tls12 \x00$ch12
        put fuzz_server clienthello-tls13-chunked \x07$ch13
        put fuzz_server clienthello-tls12-bytewise \x01$ch12
        put fuzz_server clienthello-tls13-resume \x00[captureClientHello $client \
            -session $s13]
        put fuzz_server clienthello-tls12-resume \x00[captureClientHello $client12 \
            -session $s12]
        put fuzz_server clienthello-tls12-clientcert \x00$ch12[certificateRecord ec384]

        set sf13 [captureServerFlight $port $ch13]
        set sf12 [captureServerFlight $port $ch12]
        put fuzz_client serverflight-tls13 \x00$sf13
        put fuzz_client serverflight-tls12 \x00$sf12
        put fuzz_client serverflight-tls12-chunked \x05$sf12
    } finally {
        close $pipe
    }
}

# seeds::policySeeds --
#	Names (one in another case, one unknown, one deprecated by s2n) and
#	names followed by a certificate for the certificate preferences.
proc seeds::policySeeds {} {
    put fuzz_policy default default
    put fuzz_policy default_tls13-upper DEFAULT_TLS13
    put fuzz_policy unknown no-such-policy
    put fuzz_policy deprecated 20240730
    put fuzz_policy rfc9151-ec384 rfc9151\x00[der ec384]
    put fuzz_policy cnsa_1-ed25519 cnsa_1\x00[der ed25519]
    put fuzz_policy 20250429-rsapss 20250429\x00[der rsa3072-pss]
    put fuzz_policy 20230317-sha224 20230317\x00[der rsa2048-sha224]
}

# seeds::configSeeds --
#	Between them the dicts use every config key.
proc seeds::configSeeds {} {
    put fuzz_config server-pem [list cert_chain @CERT@ private_key @KEY@ \
        cipher_preferences default_tls13 alpn {h2 http/1.1} session_tickets 1 \
        ticket_lifetime {3600 7200} client_auth optional ca_pem @CERT@ system_ca 0 \
        handshake_timeout 2.5]
    put fuzz_config server-files [list cert_chain_file @CERTFILE@ \
        private_key_file @KEYFILE@ ca_file @CERTFILE@ ca_dir @DIR@ verify 0 \
        system_ca no client_auth required]
    put fuzz_config certificates [list certificates [list \
        [list cert_chain @CERT@ private_key @KEY@] \
        [list cert_chain_file @CERTFILE@ private_key_file @KEYFILE@]] \
        cipher_preferences 20190214 system_ca 0]
    put fuzz_config client [list verify 1 system_ca 0 ca_pem @CERT@ alpn http/1.1 \
        session_tickets true handshake_timeout 0]
    put fuzz_config bad-values [list cipher_preferences nope alpn [list {}] \
        ticket_lifetime {1 x} system_ca 0]
}

proc seeds::main {} {
    variable tmp
    variable corpus
    file delete -force $tmp
    file mkdir $tmp
    file attributes $tmp -permissions 0700
    puts "seeds into $corpus"
    try {
        makeCerts
        tlsSeeds
        policySeeds
        configSeeds
    } finally {
        file delete -force $tmp
    }
}

seeds::main
