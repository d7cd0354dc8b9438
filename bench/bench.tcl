# bench.tcl --
#
#	`make bench` and `make bench-quick`: this package (s2n) side by side
#	with a plain Tcl socket, TclTLS (`package require tls`) and a raw
#	OpenSSL C client/server pair (bench/rawssl.c), on 127.0.0.1, in one
#	run. Every measurement uses two processes, a server and a client, each
#	a tclsh running this file as a worker (or rawssl). Verification is on
#	in every TLS client. Prints a table of the medians and the ratios the
#	targets of DESIGN.md section 5 use, a second table of CPU time per
#	operation (client + server process, from /proc/PID/task/*/schedstat,
#	steadier than wall-clock figures on a shared machine), and writes both
#	as Markdown to bench/results-latest.md.
#
#	tclsh bench.tcl ?-quick? ?-rawssl PATH? ?-runs N? ?-only PATTERN?
#	                ?-out FILE? ?-keep?
#
#	Workers: tclsh bench.tcl worker server|client IMPL TEST PARAMS
#	(IMPL is s2n, plain or tls; PARAMS a dict). A server prints
#	"PORT n" and runs until its stdin closes; a client prints
#	"RESULT value ?key=value ...?" (the mem client talks more, see
#	memClient). Nothing here talks to anything but 127.0.0.1.

set benchDir [file dirname [file normalize [info script]]]

# ----------------------------------------------------------------------
# Workers.
# ----------------------------------------------------------------------

namespace eval ::w {
    variable impl
    variable p          ;# the params dict
    variable test       ;# the test this worker runs
}

proc ::w::load {} {
    variable impl
    switch -- $impl {
        s2n   {package require s2n}
        tls   {package require tls}
        plain {}
        default {error "unknown implementation $impl"}
    }
}

# The stdin of every worker is the driver's pipe: eof means "exit".
proc ::w::watchStdin {{cmd {}}} {
    chan configure stdin -blocking 0
    chan event stdin readable [list ::w::stdinLine $cmd]
}
proc ::w::stdinLine {cmd} {
    if {[gets stdin line] >= 0} {
        if {$cmd ne ""} {
            {*}$cmd $line
        }
    } elseif {[eof stdin]} {
        exit 0
    }
}

# --- server side ---

proc ::w::listen {accept} {
    variable impl
    variable p
    set tickets [dict get $p tickets]
    switch -- $impl {
        s2n {
            set cfg [dict create cert_chain_file [dict get $p cert] \
                private_key_file [dict get $p key] session_tickets $tickets]
            set l [s2n::socket -server $accept -config $cfg -myaddr 127.0.0.1 0]
        }
        tls {
            # -request 0: no client certificate asked for (as s2n's
            # client_auth none); TclTLS has no ticket control.
            set l [tls::socket -server $accept -certfile [dict get $p cert] \
                -keyfile [dict get $p key] -request 0 -myaddr 127.0.0.1 0]
        }
        plain {
            set l [socket -server $accept -myaddr 127.0.0.1 0]
        }
    }
    puts "PORT [lindex [chan configure $l -sockname] 2]"
    flush stdout
    return $l
}

proc ::w::server {test} {
    variable p
    chan configure stdout -buffering line
    switch -- $test {
        hs - rtt - mem {set accept ::w::echoAccept}
        bulk {
            if {[dict get $p dir] eq "c2s"} {
                set accept ::w::sinkAccept
            } else {
                set accept ::w::sourceAccept
            }
        }
        http {set accept ::w::httpAccept}
        default {error "unknown test $test"}
    }
    listen $accept
    watchStdin
    vwait forever
}

proc ::w::closeQuietly {c} {
    catch {close $c}
}

# Echo: handshakes, round trips, idle connections. For handshakes the
# server closes first, after the echo: the TIME_WAIT states then stay off
# the client's ephemeral ports (thousands of connections a second would
# exhaust them and slow every later connect).
proc ::w::echoAccept {c addr port} {
    chan configure $c -blocking 0 -translation binary
    chan event $c readable [list ::w::echoRead $c]
}
proc ::w::echoRead {c} {
    variable test
    if {[catch {read $c} d]} {
        closeQuietly $c
        return
    }
    if {$d ne ""} {
        puts -nonewline $c $d
        if {[catch {flush $c}] || $test eq "hs"} {
            closeQuietly $c
            return
        }
    }
    if {[eof $c]} {
        closeQuietly $c
    }
}

# Sink: bulk client->server; one byte "k" once all bytes are in.
proc ::w::sinkAccept {c addr port} {
    variable p
    chan configure $c -blocking 0 -translation binary
    if {[dict get $p wsize] >= 65536} {
        chan configure $c -buffersize 65536
    }
    set ::w::got($c) 0
    chan event $c readable [list ::w::sinkRead $c]
}
proc ::w::sinkRead {c} {
    variable p
    if {[catch {read $c 65536} d]} {
        closeQuietly $c
        return
    }
    if {[incr ::w::got($c) [string length $d]] >= [dict get $p bytes]
            && $::w::got($c) >= 0} {
        set ::w::got($c) -1
        puts -nonewline $c k
        flush $c
    }
    if {[eof $c]} {
        closeQuietly $c
    }
}

# Source: bulk server->client; on "g", blocking writes of wsize bytes.
proc ::w::sourceAccept {c addr port} {
    variable p
    chan configure $c -blocking 0 -translation binary
    if {[dict get $p wsize] >= 65536} {
        chan configure $c -buffersize 65536
    }
    chan event $c readable [list ::w::sourceRead $c]
}
proc ::w::sourceRead {c} {
    variable p
    if {[catch {read $c} d]} {
        closeQuietly $c
        return
    }
    if {$d eq "g"} {
        set chunk [string repeat x [dict get $p wsize]]
        set n [expr {[dict get $p bytes] / [dict get $p wsize]}]
        chan configure $c -blocking 1
        for {set i 0} {$i < $n} {incr i} {
            puts -nonewline $c $chunk
        }
        flush $c
        chan configure $c -blocking 0
    }
    if {[eof $c]} {
        closeQuietly $c
    }
}

# HTTP/1.1 hello world, keep-alive unless the request says close.
proc ::w::httpAccept {c addr port} {
    chan configure $c -blocking 0 -translation {auto crlf} -buffering full
    set ::w::close($c) 0
    chan event $c readable [list ::w::httpRead $c]
}
proc ::w::httpRead {c} {
    if {[catch {
        while {[gets $c line] >= 0} {
            if {$line eq ""} {
                if {$::w::close($c)} {
                    puts -nonewline $c "HTTP/1.1 200 OK\nContent-Type: text/plain\nContent-Length: 13\nConnection: close\n\nHello, world!"
                    unset ::w::close($c)
                    close $c
                    return
                }
                puts -nonewline $c "HTTP/1.1 200 OK\nContent-Type: text/plain\nContent-Length: 13\n\nHello, world!"
                flush $c
            } elseif {[string match -nocase "connection:*close*" $line]} {
                set ::w::close($c) 1
            }
        }
        if {[eof $c]} {
            unset ::w::close($c)
            close $c
        }
    }]} {
        unset -nocomplain ::w::close($c)
        closeQuietly $c
    }
}

# --- client side ---

# A connected client channel, blocking, handshake not yet done.
proc ::w::connect {port {async 0}} {
    variable impl
    variable p
    switch -- $impl {
        s2n {
            set cfg [dict create ca_file [dict get $p ca] \
                session_tickets [dict get $p tickets]]
            if {$async} {
                return [s2n::socket -async -config $cfg 127.0.0.1 $port]
            }
            return [s2n::socket -config $cfg 127.0.0.1 $port]
        }
        tls {
            # TclTLS 1.7 needs -cafile; -require 1 fails the handshake on
            # an unverified chain. Its -async is broken (a non-blocking
            # write before the connect completes goes out as plaintext:
            # "bad record type"), so the TCP connect is always blocking.
            return [tls::socket -cafile [dict get $p ca] -require 1 127.0.0.1 $port]
        }
        plain {
            if {$async} {
                return [socket -async 127.0.0.1 $port]
            }
            return [socket 127.0.0.1 $port]
        }
    }
}

proc ::w::handshake {c} {
    variable impl
    switch -- $impl {
        s2n {s2n::handshake $c}
        tls {tls::handshake $c}
    }
}

proc ::w::cipher {c} {
    variable impl
    switch -- $impl {
        s2n {return "[chan configure $c -protocol]/[chan configure $c -cipher]"}
        tls {
            set st [tls::status $c]
            return "[dict get $st version]/[dict get $st cipher]"
        }
    }
    return -
}

proc ::w::now {} {
    return [expr {[clock microseconds] / 1e6}]
}

# CPU time of this process, all threads (Tcl's notifier thread too), in
# nanoseconds: the first field of each thread's schedstat.
proc ::w::cpu {} {
    set ns 0
    foreach path [glob -nocomplain /proc/[pid]/task/*/schedstat] {
        catch {
            set f [open $path]
            incr ns [lindex [read $f] 0]
            close $f
        }
    }
    return $ns
}

proc ::w::client {test port} {
    variable p
    variable impl
    chan configure stdout -buffering line
    switch -- $test {
        hs {
            # Sequential: connect, handshake, 1-byte echo, close.
            set dur [dict get $p duration]
            set count 0
            set resumed 0
            set t0 [now]
            set cpu0 [cpu]
            while 1 {
                set c [connect $port]
                chan configure $c -translation binary
                puts -nonewline $c x
                flush $c
                if {[read $c 1] ne "x"} {
                    error "echo failed"
                }
                if {$impl eq "s2n"} {
                    incr resumed [chan configure $c -resumed]
                }
                # The server closes first (see echoRead): read to its end.
                catch {read $c}
                catch {close $c}
                incr count
                if {[set t [expr {[now] - $t0}]] >= $dur} {
                    break
                }
            }
            puts [format "RESULT %.1f count=%d resumed=%d ops=%d cpu=%s" \
                [expr {$count / $t}] $count $resumed $count [expr {[cpu] - $cpu0}]]
        }
        rtt {
            # Blocking client against the event-driven echo server.
            set c [connect $port]
            handshake $c
            chan configure $c -translation binary
            set req [string repeat r 32]
            for {set i 0} {$i < 100} {incr i} {
                puts -nonewline $c $req
                flush $c
                read $c 32
            }
            set n [dict get $p iters]
            set t0 [now]
            set cpu0 [cpu]
            for {set i 0} {$i < $n} {incr i} {
                puts -nonewline $c $req
                flush $c
                if {[string length [read $c 32]] != 32} {
                    error "short read"
                }
            }
            set t [expr {[now] - $t0}]
            puts [format "RESULT %.2f iters=%d cipher=%s ops=%d cpu=%s" \
                [expr {$t * 1e6 / $n}] $n [cipher $c] $n [expr {[cpu] - $cpu0}]]
            close $c
        }
        bulk {
            set c [connect $port]
            handshake $c
            chan configure $c -translation binary
            set bytes [dict get $p bytes]
            set wsize [dict get $p wsize]
            if {$wsize >= 65536} {
                chan configure $c -buffersize 65536
            }
            if {[dict get $p dir] eq "c2s"} {
                set chunk [string repeat x $wsize]
                set n [expr {$bytes / $wsize}]
                set t0 [now]
                set cpu0 [cpu]
                for {set i 0} {$i < $n} {incr i} {
                    puts -nonewline $c $chunk
                }
                flush $c
                if {[read $c 1] ne "k"} {
                    error "no ack"
                }
            } else {
                # Event-driven non-blocking reader.
                chan configure $c -blocking 0
                set ::w::got 0
                chan event $c readable [list ::w::bulkRead $c $bytes]
                set t0 [now]
                set cpu0 [cpu]
                puts -nonewline $c g
                flush $c
                vwait ::w::bulkDone
                if {$::w::bulkDone ne "ok"} {
                    error $::w::bulkDone
                }
            }
            set t [expr {[now] - $t0}]
            puts [format "RESULT %.1f bytes=%d cipher=%s ops=%g cpu=%s" \
                [expr {$bytes / $t / 1048576.0}] $bytes [cipher $c] \
                [expr {$bytes / 1048576.0}] [expr {[cpu] - $cpu0}]]
            close $c
        }
        mem {
            memClient $port
        }
        default {error "unknown test $test"}
    }
}

proc ::w::bulkRead {c bytes} {
    if {[catch {read $c 65536} d]} {
        set ::w::bulkDone $d
        return
    }
    if {[incr ::w::got [string length $d]] >= $bytes} {
        chan event $c readable {}
        set ::w::bulkDone ok
    } elseif {[eof $c]} {
        set ::w::bulkDone "eof after $::w::got bytes"
    }
}

# memClient --
#	One warm-up connection, then "BASE" and wait for "go" on stdin (the
#	driver reads both processes' RSS), then N connections opened
#	non-blocking, at most 64 handshakes in flight, each sending one byte
#	and waiting for the echo; then "DONE n" and stay until stdin closes.
proc ::w::memClient {port} {
    variable p
    set c [connect $port]
    chan configure $c -translation binary
    puts -nonewline $c x
    flush $c
    read $c 1
    close $c
    set ::w::port $port
    set ::w::opened 0
    set ::w::inflight 0
    set ::w::done 0
    set ::w::conns {}
    puts "BASE"
    watchStdin ::w::memCmd
    vwait forever
}
proc ::w::memCmd {line} {
    if {$line eq "go"} {
        memOpen
    }
}
proc ::w::memOpen {} {
    variable p
    variable impl
    set n [dict get $p conns]
    while {$::w::inflight < 64 && $::w::opened < $n} {
        set c [connect $::w::port [expr {$impl ne "tls"}]]
        chan configure $c -blocking 0 -translation binary
        puts -nonewline $c x
        flush $c
        chan event $c readable [list ::w::memRead $c]
        incr ::w::inflight
        incr ::w::opened
    }
}
proc ::w::memRead {c} {
    variable p
    if {[catch {read $c} d]} {
        puts stderr "mem client: $d"
        exit 1
    }
    if {$d ne ""} {
        chan event $c readable {}
        lappend ::w::conns $c
        incr ::w::inflight -1
        if {[incr ::w::done] == [dict get $p conns]} {
            puts "DONE $::w::done"
        } else {
            memOpen
        }
    } elseif {[eof $c]} {
        puts stderr "mem client: eof before the echo"
        exit 1
    }
}

if {[lindex $argv 0] eq "worker"} {
    lassign $argv - role ::w::impl ::w::test ::w::p
    set test $::w::test
    ::w::load
    if {$role eq "server"} {
        ::w::server $test
    } else {
        ::w::client $test [dict get $::w::p port]
    }
    exit 0
}

# ----------------------------------------------------------------------
# Driver.
# ----------------------------------------------------------------------

namespace eval ::b {
    variable quick 0
    variable runs 3
    variable only *
    variable rawssl ""
    variable out [file join $::benchDir results-latest.md]
    variable keep 0
    variable tmp
    variable tclsh [info nameofexecutable]
    variable script [file normalize [info script]]
    variable results    ;# (row,impl) -> list of values
    variable extras     ;# (row,impl) -> last key=value extras
    variable failures {}
}

proc ::b::usage {} {
    puts stderr "usage: tclsh bench.tcl ?-quick? ?-rawssl PATH? ?-runs N? ?-only PATTERN? ?-out FILE? ?-keep?"
    exit 2
}

proc ::b::parseArgs {argv} {
    variable quick
    variable runs
    variable only
    variable rawssl
    variable out
    variable keep
    set runsSet 0
    for {set i 0} {$i < [llength $argv]} {incr i} {
        set a [lindex $argv $i]
        switch -- $a {
            -quick {set quick 1}
            -keep {set keep 1}
            -rawssl - -runs - -only - -out {
                if {[incr i] >= [llength $argv]} {usage}
                set [string range $a 1 end] [lindex $argv $i]
                if {$a eq "-runs"} {set runsSet 1}
            }
            default {usage}
        }
    }
    if {$quick && !$runsSet} {
        set runs 1
    }
}

proc ::b::log {msg} {
    puts stderr $msg
}

# --- certificates ---

proc ::b::openssl {args} {
    exec openssl {*}$args 2>@1
}

proc ::b::makeCerts {} {
    variable tmp
    set old [pwd]
    cd $tmp
    try {
        set ec {-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes}
        openssl req -x509 {*}$ec -keyout ca.key -out ca.pem -days 2 \
            -subj "/CN=s2n bench CA" \
            -addext basicConstraints=critical,CA:TRUE \
            -addext keyUsage=critical,keyCertSign,cRLSign
        set f [open leaf.ext w]
        puts $f "subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth"
        close $f
        foreach {name kopt} [list ec $ec rsa {-newkey rsa:2048 -nodes}] {
            openssl req {*}$kopt -keyout $name.key -out $name.csr -subj /CN=localhost
            openssl x509 -req -in $name.csr -CA ca.pem -CAkey ca.key \
                -CAcreateserial -out $name.pem -days 2 -extfile leaf.ext
        }
    } finally {
        cd $old
    }
}

# --- processes ---

# ::b::readLine --
#	The next line from a worker, or an error after ms milliseconds.
proc ::b::readLine {chan ms} {
    variable line
    chan configure $chan -blocking 0 -buffering line
    if {[gets $chan l] >= 0} {
        return $l
    }
    set line($chan) ""
    chan event $chan readable [list ::b::lineReady $chan]
    set id [after $ms [list set ::b::line($chan) TIMEOUT]]
    while 1 {
        vwait ::b::line($chan)
        if {$line($chan) ne "GOTLINE"} {
            break
        }
        if {[gets $chan l] >= 0} {
            after cancel $id
            chan event $chan readable {}
            return $l
        }
        if {[eof $chan]} {
            set line($chan) EOF
            break
        }
    }
    after cancel $id
    chan event $chan readable {}
    error "worker [pid $chan]: [string tolower $line($chan)] waiting for a line[logTail $chan]"
}
proc ::b::lineReady {chan} {
    set ::b::line($chan) GOTLINE
}

proc ::b::workerCmd {role impl test params} {
    variable tclsh
    variable script
    variable rawssl
    if {$impl eq "raw"} {
        set cmd [list $rawssl -mode $role -test $test]
        dict for {k v} $params {
            switch -- $k {
                tickets {if {$v} {lappend cmd [expr {$role eq "server" ? "-tickets" : "-resume"}]}}
                cert - key {if {$role eq "server"} {lappend cmd -$k $v}}
                ca {if {$role eq "client"} {lappend cmd -ca $v}}
                default {lappend cmd -$k $v}
            }
        }
        return $cmd
    }
    return [list $tclsh $script worker $role $impl $test $params]
}

# A worker's stderr goes to a log file of its own (TclTLS chatters there);
# a failure quotes its end.
proc ::b::spawn {cmd} {
    variable tmp
    variable logs
    set log [file join $tmp worker-[incr ::b::nlog].log]
    set chan [open |[concat $cmd [list 2> $log]] r+]
    set logs($chan) $log
    return $chan
}

proc ::b::logTail {chan} {
    variable logs
    if {![info exists logs($chan)] || [catch {
        set f [open $logs($chan)]
        set lines [split [string trim [read $f]] \n]
        close $f
    }]} {
        return ""
    }
    set lines [lsearch -all -inline -not $lines {SSL channel "*": error: *}]
    if {[llength $lines] == 0} {
        return ""
    }
    return " (stderr: [join [lrange $lines end-2 end] { / }])"
}

# Closes a worker's stdin, waits for it to go (killing it after ms).
proc ::b::reap {chan {ms 5000}} {
    catch {chan close $chan write}
    set pids [pid $chan]
    set deadline [expr {[clock milliseconds] + $ms}]
    chan configure $chan -blocking 0
    while {[clock milliseconds] < $deadline} {
        catch {read $chan}
        if {[eof $chan]} {
            break
        }
        after 20
    }
    if {![eof $chan]} {
        foreach p $pids {
            catch {exec kill $p}
        }
    }
    chan configure $chan -blocking 1
    catch {close $chan}
}

# CPU time of a worker, all threads, in nanoseconds (see ::w::cpu).
proc ::b::cpuOf {chan} {
    set ns 0
    foreach path [glob -nocomplain /proc/[lindex [pid $chan] 0]/task/*/schedstat] {
        catch {
            set f [open $path]
            incr ns [lindex [read $f] 0]
            close $f
        }
    }
    return $ns
}

proc ::b::rssOf {chan} {
    set f [open /proc/[lindex [pid $chan] 0]/status]
    set s [read $f]
    close $f
    regexp {VmRSS:\s+(\d+)} $s -> kib
    return $kib
}

# ::b::measure --
#	One server, one client; returns "value ?key=value ...?" from RESULT.
proc ::b::measure {impl test params {timeout 60000}} {
    set srv [spawn [workerCmd server $impl $test $params]]
    try {
        set l [readLine $srv 20000]
        if {![regexp {^PORT (\d+)$} $l -> port]} {
            error "server said: $l[logTail $srv]"
        }
        dict set params port $port
        set cpu0 [cpuOf $srv]
        set cli [spawn [workerCmd client $impl $test $params]]
        try {
            set l [readLine $cli $timeout]
            if {![regexp {^RESULT (.*)$} $l -> res]} {
                error "client said: $l[logTail $cli]"
            }
            append res " srvcpu=[expr {[cpuOf $srv] - $cpu0}]"
        } finally {
            reap $cli
        }
    } finally {
        reap $srv
    }
    return $res
}

# ::b::measureMem --
#	Returns {serverKiBPerConn clientKiBPerConn}.
proc ::b::measureMem {impl params} {
    set n [dict get $params conns]
    set srv [spawn [workerCmd server $impl mem $params]]
    try {
        set l [readLine $srv 20000]
        if {![regexp {^PORT (\d+)$} $l -> port]} {
            error "server said: $l[logTail $srv]"
        }
        dict set params port $port
        set cli [spawn [workerCmd client $impl mem $params]]
        try {
            set l [readLine $cli 20000]
            if {$l ne "BASE"} {
                error "client said: $l[logTail $cli]"
            }
            after 200
            set s0 [rssOf $srv]
            set c0 [rssOf $cli]
            puts $cli go
            flush $cli
            set l [readLine $cli 300000]
            if {$l ne "DONE $n"} {
                error "client said: $l[logTail $cli]"
            }
            after 300
            set s1 [rssOf $srv]
            set c1 [rssOf $cli]
        } finally {
            reap $cli
        }
    } finally {
        reap $srv
    }
    return [list [format %.1f [expr {($s1 - $s0) / double($n)}]] \
        [format %.1f [expr {($c1 - $c0) / double($n)}]]]
}

# ::b::wrk --
#	Requests/s of the Tcl HTTP server under wrk.
proc ::b::wrk {impl params close} {
    set srv [spawn [workerCmd server $impl http $params]]
    try {
        set l [readLine $srv 20000]
        if {![regexp {^PORT (\d+)$} $l -> port]} {
            error "server said: $l[logTail $srv]"
        }
        set scheme [expr {$impl eq "plain" ? "http" : "https"}]
        set cmd [list wrk -t1 -c10 -d[dict get $params duration]s]
        if {$close} {
            lappend cmd -H "Connection: close"
        }
        lappend cmd $scheme://127.0.0.1:$port/
        set cpu0 [cpuOf $srv]
        set out [exec {*}$cmd 2>@1]
        set srvcpu [expr {[cpuOf $srv] - $cpu0}]
    } finally {
        reap $srv
    }
    if {![regexp {Requests/sec:\s+([0-9.]+)} $out -> rps]} {
        error "wrk said: $out"
    }
    set res [format %.1f $rps]
    if {[regexp {(\d+) requests in} $out -> total]} {
        append res " requests=$total ops=$total cpu=0 srvcpu=$srvcpu"
    }
    if {[regexp {Socket errors: ([^\n]*)} $out -> errs]} {
        append res " errors={$errs}"
    }
    if {[regexp {Non-2xx or 3xx responses: (\d+)} $out -> bad]} {
        append res " non2xx=$bad"
    }
    return $res
}

# --- rows ---

proc ::b::record {row impl res} {
    variable results
    variable extras
    lappend results($row,$impl) [lindex $res 0]
    set extras($row,$impl) [lrange $res 1 end]
    # CPU microseconds per operation, client + server (cpu= in ns).
    if {[regexp {ops=([0-9.e+]+)} $res -> ops] && [regexp { cpu=(\d+)} $res -> c]
            && [regexp {srvcpu=(\d+)} $res -> sc] && $ops > 0} {
        lappend results(cpu:$row,$impl) [expr {($c + $sc) / 1e3 / $ops}]
        lappend results(cpus:$row,$impl) [expr {$sc / 1e3 / $ops}]
    }
}

proc ::b::fail {row impl msg} {
    variable failures
    variable results
    lappend failures "$row/$impl: $msg"
    lappend results($row,$impl) ERR
    log "  $row $impl: ERROR: $msg"
}

proc ::b::median {values} {
    set v [lsort -real [lsearch -all -inline -not $values ERR]]
    if {[llength $v] == 0} {
        return ERR
    }
    set n [llength $v]
    if {$n % 2} {
        return [lindex $v [expr {$n / 2}]]
    }
    return [expr {([lindex $v [expr {$n / 2 - 1}]] + [lindex $v [expr {$n / 2}]]) / 2.0}]
}

proc ::b::value {row impl} {
    variable results
    if {![info exists results($row,$impl)]} {
        return n/a
    }
    return [median $results($row,$impl)]
}

# The rows: name, unit, better (hi/lo), implementations, how to run one.
proc ::b::defineRows {} {
    variable quick
    variable tmp
    variable rows
    set mib [expr {$quick ? 16 : 64}]
    set bytes [expr {$mib << 20}]
    set hsDur [expr {$quick ? 1 : 2}]
    set iters [expr {$quick ? 3000 : 20000}]
    set conns [expr {$quick ? 200 : 1000}]
    set wrkDur [expr {$quick ? 1 : 3}]
    set ec [dict create cert $tmp/ec.pem key $tmp/ec.key ca $tmp/ca.pem tickets 0]
    set rsa [dict create cert $tmp/rsa.pem key $tmp/rsa.key ca $tmp/ca.pem tickets 0]
    set all {s2n plain tls raw}
    set rows {}
    foreach dir {c2s s2c} {
        foreach wsize {65536 1024} {
            set p [dict merge $ec [dict create dir $dir bytes $bytes wsize $wsize]]
            set k [expr {$wsize / 1024}]
            set name "bulk $dir, $mib MiB, $k KiB writes"
            if {$wsize == 65536} {
                set target {{plain >= 0.95} {tls >= 1.0}}
            } else {
                set target {{plain >= 0.8}}
            }
            lappend rows [dict create id bulk-$dir-$k name $name unit MiB/s better hi \
                impls $all kind measure test bulk params $p target $target]
        }
    }
    lappend rows [dict create id hs-ec name "full handshakes, ECDSA P-256" \
        unit hs/s better hi impls $all kind measure test hs \
        params [dict merge $ec [dict create duration $hsDur]] \
        target {{raw >= 0.7}}]
    lappend rows [dict create id hs-rsa name "full handshakes, RSA-2048" \
        unit hs/s better hi impls {s2n tls raw} copy {plain hs-ec} kind measure \
        test hs params [dict merge $rsa [dict create duration $hsDur]] \
        target {{raw >= 0.7}}]
    lappend rows [dict create id hs-resumed name "resumed handshakes (tickets), ECDSA" \
        unit hs/s better hi impls {s2n raw} copy {plain hs-ec} kind measure \
        test hs params [dict merge $ec [dict create duration $hsDur tickets 1]] \
        target {{full hs-ec >= 2}}]
    lappend rows [dict create id rtt name "round trip, 32 B, blocking client" \
        unit us better lo impls $all kind measure test rtt \
        params [dict merge $ec [dict create iters $iters]] target {{plain <= 1.5}}]
    lappend rows [dict create id mem-server name "idle conn memory, server ($conns conns)" \
        unit KiB/conn better lo impls {s2n plain tls raw} kind mem \
        params [dict merge $ec [dict create conns $conns]] target {{abs <= 24}}]
    lappend rows [dict create id mem-client name "idle conn memory, client ($conns conns)" \
        unit KiB/conn better lo impls {s2n plain tls} kind none target {{abs <= 24}}]
    lappend rows [dict create id wrk-ka name "wrk keep-alive, -c10 ${wrkDur}s" \
        unit req/s better hi impls {s2n plain tls} kind wrk \
        params [dict merge $ec [dict create duration $wrkDur close 0]] \
        target {{tls >= 1.5}}]
    lappend rows [dict create id wrk-close name "wrk Connection: close, -c10 ${wrkDur}s" \
        unit req/s better hi impls {s2n plain tls} kind wrk \
        params [dict merge $ec [dict create duration $wrkDur close 1]] \
        target {{tls >= 1.5}}]
}

proc ::b::runRow {row run} {
    variable only
    set id [dict get $row id]
    if {![string match $only $id] || [dict get $row kind] eq "none"} {
        return
    }
    # RSS figures hardly move between runs and TclTLS takes long to open
    # its connections: memory is measured in the first run only.
    if {[dict get $row kind] eq "mem" && $run > 1} {
        return
    }
    foreach impl [dict get $row impls] {
        set t0 [clock milliseconds]
        if {[catch {
            switch -- [dict get $row kind] {
                measure {
                    set p [dict get $row params]
                    set timeout 60000
                    if {[dict exists $p duration]} {
                        set timeout [expr {int([dict get $p duration] * 1000) + 30000}]
                    }
                    set res [measure $impl [dict get $row test] $p $timeout]
                    record $id $impl $res
                    if {[dict exists $p tickets] && [dict get $p tickets]
                            && [regexp {count=(\d+) resumed=(\d+)} $res -> n r]
                            && $r < $n - 1} {
                        variable failures
                        lappend failures "$id/$impl: only $r of $n handshakes resumed"
                    }
                }
                mem {
                    lassign [measureMem $impl [dict get $row params]] s c
                    record mem-server $impl $s
                    record mem-client $impl $c
                    set res "$s server, $c client"
                }
                wrk {
                    set res [wrk $impl [dict get $row params] \
                        [dict get $row params close]]
                    record $id $impl $res
                }
            }
        } msg]} {
            fail $id $impl $msg
            if {[dict get $row kind] eq "mem"} {
                fail mem-client $impl $msg
            }
        } else {
            log [format "  %-12s %-6s %s  (%.1f s)" $id $impl $res \
                [expr {([clock milliseconds] - $t0) / 1000.0}]]
        }
    }
}

# --- the table ---

proc ::b::fmtNum {v} {
    if {![string is double -strict $v]} {
        return $v
    }
    if {abs($v) >= 100} {
        return [format %.0f $v]
    } elseif {abs($v) >= 10} {
        return [format %.1f $v]
    }
    return [format %.2f $v]
}

proc ::b::ratio {a b} {
    if {![string is double -strict $a] || ![string is double -strict $b] || $b == 0} {
        return -
    }
    return [format %.2f [expr {double($a) / $b}]]
}

# Returns {targetText PASS|FAIL|n/a}.
proc ::b::judge {row} {
    set id [dict get $row id]
    set s [value $id s2n]
    set texts {}
    set verdict PASS
    foreach t [dict get $row target] {
        switch -- [lindex $t 0] {
            abs {
                lassign $t - op lim
                lappend texts "s2n $op $lim [dict get $row unit]"
                set x $s
            }
            full {
                lassign $t - other op lim
                set f [value $other s2n]
                set x [ratio $s $f]
                lappend texts "s2n $op ${lim}x s2n full (${x}x)"
            }
            default {
                lassign $t other op lim
                set x [ratio $s [value $id $other]]
                lappend texts "s2n/$other $op $lim"
            }
        }
        if {![string is double -strict $x]} {
            if {$verdict eq "PASS"} {
                set verdict n/a
            }
        } elseif {!([expr "$x $op $lim"])} {
            set verdict FAIL
        }
    }
    return [list [join $texts ", "] $verdict]
}

proc ::b::tableRows {} {
    variable rows
    variable results
    set out {}
    foreach row $rows {
        set id [dict get $row id]
        if {[dict exists $row copy]} {
            lassign [dict get $row copy] impl from
            foreach pre {"" cpu: cpus:} {
                if {[info exists results($pre$from,$impl)]} {
                    set results($pre$id,$impl) $results($pre$from,$impl)
                }
            }
        }
        set any 0
        foreach impl {s2n plain tls raw} {
            if {[info exists results($id,$impl)]} {
                set any 1
            }
        }
        if {!$any} {
            continue
        }
        set vals {}
        foreach impl {s2n plain tls raw} {
            lappend vals [fmtNum [value $id $impl]]
        }
        set s [value $id s2n]
        set ratios {}
        foreach impl {plain tls raw} {
            lappend ratios [ratio $s [value $id $impl]]
        }
        lassign [judge $row] ttext verdict
        lappend out [list "[dict get $row name] ([dict get $row unit])" \
            {*}$vals {*}$ratios $ttext $verdict]
    }
    return $out
}

# The CPU table: microseconds of CPU (client + server process) per
# operation, medians; steadier than wall-clock figures on a busy machine.
proc ::b::cpuRows {} {
    variable rows
    variable results
    set out {}
    foreach row $rows {
        set id [dict get $row id]
        set any 0
        foreach impl {s2n plain tls raw} {
            if {[info exists results(cpu:$id,$impl)]} {
                set any 1
            }
        }
        if {!$any} {
            continue
        }
        switch -glob -- $id {
            bulk-* {set unit "us/MiB"}
            hs-* {set unit "us/handshake"}
            rtt {set unit "us/round trip"}
            wrk-* {set unit "us/request, server only"}
            default {set unit "us/op"}
        }
        set vals {}
        foreach impl {s2n plain tls raw} {
            lappend vals [fmtNum [value cpu:$id $impl]]
        }
        set srv {}
        foreach impl {s2n plain tls raw} {
            lappend srv [fmtNum [value cpus:$id $impl]]
        }
        set s [value cpu:$id s2n]
        set ratios {}
        foreach impl {plain tls raw} {
            lappend ratios [ratio $s [value cpu:$id $impl]]
        }
        lappend out [list "[dict get $row name] ($unit)" {*}$vals {*}$ratios \
            [join $srv /]]
    }
    return $out
}

proc ::b::machine {} {
    set cpu ?
    catch {
        set f [open /proc/cpuinfo]
        regexp -line {^model name\s*:\s*(.*)$} [read $f] -> cpu
        close $f
    }
    set ossl [exec openssl version]
    set tlsv ?
    catch {set tlsv "[package require tls] (built against [tls::version])"}
    set s2nv ?
    catch {set s2nv "[package require s2n] (OpenSSL [s2n::openssl_version])"}
    set wrkv ?
    catch {exec wrk -v} wrkv
    regexp {^(wrk [^ ]+)} $wrkv -> wrkv
    return [list \
        date [clock format [clock seconds] -format "%Y-%m-%d %H:%M:%S %Z"] \
        cpus [exec nproc] cpu $cpu kernel [exec uname -srm] \
        tcl [info patchlevel] openssl $ossl s2n $s2nv tcltls $tlsv wrk $wrkv]
}

# Column-aligned text; columns from leftFrom on are left-aligned too.
proc ::b::printTable {header body leftFrom} {
    set widths {}
    foreach h $header {
        lappend widths [string length $h]
    }
    foreach r $body {
        set i 0
        foreach cell $r {
            if {[string length $cell] > [lindex $widths $i]} {
                lset widths $i [string length $cell]
            }
            incr i
        }
    }
    foreach r [linsert $body 0 $header] {
        set line {}
        set i 0
        foreach cell $r {
            if {$i == 0 || $i >= $leftFrom} {
                lappend line [format "%-*s" [lindex $widths $i] $cell]
            } else {
                lappend line [format "%*s" [lindex $widths $i] $cell]
            }
            incr i
        }
        puts [string trimright [join $line "  "]]
    }
}

proc ::b::report {mach elapsed} {
    variable quick
    variable runs
    variable out
    variable extras
    variable failures
    set header {measurement s2n plain tls raw s2n/plain s2n/tls s2n/raw target result}
    set body [tableRows]

    set mode [expr {$quick ? "quick" : "full"}]
    puts ""
    puts "s2n benchmark ($mode mode, median of $runs run(s), [format %.0f $elapsed] s)"
    dict for {k v} $mach {
        puts [format "  %-8s %s" $k $v]
    }
    puts ""
    printTable $header $body 8
    set cpuHeader {"CPU time per operation" s2n plain tls raw s2n/plain s2n/tls s2n/raw \
        "server share s2n/plain/tls/raw"}
    set cpuBody [cpuRows]
    if {[llength $cpuBody]} {
        puts ""
        printTable $cpuHeader $cpuBody 8
    }
    set notes [notes]
    puts ""
    foreach n $notes {
        puts "- $n"
    }
    foreach f $failures {
        puts "ERROR: $f"
    }

    # Markdown.
    set md {}
    lappend md "## s2n benchmark, $mode mode ([dict get $mach date])" ""
    lappend md "Median of $runs run(s); [format %.0f $elapsed] s in all." ""
    dict for {k v} $mach {
        lappend md "- $k: $v"
    }
    lappend md "" "| [join $header { | }] |"
    lappend md "|[string repeat ---| [llength $header]]"
    foreach r $body {
        lappend md "| [join $r { | }] |"
    }
    if {[llength $cpuBody]} {
        lappend md "" "CPU time (user + system, client and server process) per operation, microseconds:" ""
        lappend md "| [join $cpuHeader { | }] |"
        lappend md "|[string repeat ---| [llength $cpuHeader]]"
        foreach r $cpuBody {
            lappend md "| [join $r { | }] |"
        }
    }
    lappend md ""
    foreach n $notes {
        lappend md "- $n"
    }
    foreach f $failures {
        lappend md "- ERROR: $f"
    }
    set f [open $out w]
    puts $f [join $md \n]
    close $f
    puts "\n(written to $out)"
}

proc ::b::notes {} {
    variable extras
    variable quick
    set n {}
    lappend n "Every process pair runs on 127.0.0.1, two processes per measurement; every TLS client verifies the server (s2n: ca_file + IP check; TclTLS: -cafile -require 1; raw: SSL_VERIFY_PEER + IP check)."
    lappend n "bulk: the writer does blocking puts of the given size (64 KiB rows: -buffersize 65536 on both ends; 1 KiB rows: default buffering), the reader reads with fileevent-driven non-blocking read \$c 65536; timed after the handshake up to the last byte (c2s: until the server's 1-byte ack)."
    lappend n "handshakes: the client process connects sequentially (new TCP connection, handshake, 1-byte echo, close; the server closes first, so TIME_WAIT stays off the client's ephemeral ports) for a fixed time; the server is event-driven. plain in the RSA and resumed rows is the plain TCP figure of the ECDSA row. TclTLS has no session ticket API (n/a)."
    lappend n "round trip: blocking client, event-driven echo server (raw: both blocking)."
    lappend n "CPU table: user + system time of both processes over the timed part, per operation (wrk rows: the server only); the last column is the server's share."
    lappend n "memory: RSS delta of each process over N connections opened non-blocking by one client process (TclTLS: blocking TCP connect, its -async is broken), each having echoed 1 byte (raw: blocking, one after the other); baseline after one warm-up connection; first run only."
    lappend n "wrk: wrk -t1 -c10 against a Tcl hello-world HTTP/1.1 server (plain: http); wrk does not verify."
    foreach key {bulk-c2s-64,s2n bulk-c2s-64,tls bulk-c2s-64,raw} {
        if {[info exists extras($key)]} {
            lappend n "[lindex [split $key ,] 1] negotiated: [lindex [split [lsearch -inline $extras($key) cipher=*] =] 1]"
        }
    }
    foreach key {hs-resumed,s2n hs-resumed,raw} {
        if {[info exists extras($key)]} {
            lappend n "resumed row, [lindex [split $key ,] 1]: last run [join $extras($key)]"
        }
    }
    foreach key {wrk-ka,s2n wrk-ka,tls wrk-ka,plain wrk-close,s2n wrk-close,tls wrk-close,plain} {
        if {[info exists extras($key)] && [regexp {errors=\{([^\}]*)\}} $extras($key) -> e]
                && ![regexp {^connect 0, read 0, write 0, timeout 0$} $e]} {
            lappend n "$key wrk socket errors: $e"
        }
    }
    return $n
}

proc ::b::main {argv} {
    variable tmp
    variable rawssl
    variable runs
    variable rows
    variable keep
    parseArgs $argv
    if {$rawssl eq ""} {
        set rawssl [file join [pwd] rawssl]
    }
    if {![file executable $rawssl]} {
        log "no rawssl at $rawssl (make rawssl): raw rows will fail"
    }
    if {[auto_execok wrk] eq ""} {
        log "wrk not found (apt-get install wrk): wrk rows will fail"
    }
    set tmp [file join [expr {[info exists ::env(TMPDIR)] ? $::env(TMPDIR) : "/tmp"}] \
        s2n-bench-[pid]]
    file mkdir $tmp
    set t0 [clock milliseconds]
    try {
        makeCerts
        defineRows
        set mach [machine]
        for {set run 1} {$run <= $runs} {incr run} {
            log "run $run of $runs"
            foreach row $rows {
                runRow $row $run
            }
        }
        report $mach [expr {([clock milliseconds] - $t0) / 1000.0}]
    } finally {
        if {!$keep} {
            file delete -force $tmp
        }
    }
}

::b::main $argv
