# tcltls_server.tcl -- a TLS server made with TclTLS (package tls), a peer
# of the interop matrix (tests/matrix.test, #6). Runs in its own tclsh.
#
#   tclsh tcltls_server.tcl CERT KEY VERSION
#
# Listens on an ephemeral port of 127.0.0.1 with TLS VERSION (1.2 or 1.3)
# only and prints "port N". Each connection: reads a line, answers "tcltls
# got: LINE", prints "CONN VERSION got LINE" (or "ERROR message") and
# closes. Exits when its stdin closes.
package require tls
lassign $argv cert key ver
set opts [list -ssl2 0 -ssl3 0 -tls1 0 -tls1.1 0 \
    -tls1.2 [expr {$ver eq "1.2"}] -tls1.3 [expr {$ver eq "1.3"}]]
proc accept {c addr port} {
    chan configure $c -blocking 0 -buffering line -translation lf
    chan event $c readable [list serve $c]
}
proc serve {c} {
    if {[catch {step $c} msg] == 1} {
        puts "ERROR $msg"
        catch {close $c}
    }
}
proc step {c} {
    # TclTLS wants the handshake driven by hand on a non-blocking channel.
    if {![tls::handshake $c]} {
        return
    }
    if {[gets $c line] < 0} {
        if {[eof $c]} {
            close $c
        }
        return
    }
    # Blocking, so that close sends the reply before it returns.
    chan configure $c -blocking 1
    puts $c "tcltls got: $line"
    set st [tls::status $c]
    set proto [expr {[dict exists $st version] ? [dict get $st version] : "?"}]
    puts "CONN $proto got $line"
    close $c
}
chan configure stdout -buffering line
set srv [tls::socket -server accept -myaddr 127.0.0.1 -certfile $cert \
    -keyfile $key {*}$opts 0]
puts "port [lindex [chan configure $srv -sockname] 2]"
chan event stdin readable {
    if {[gets stdin line] < 0 && [eof stdin]} {
        exit 0
    }
}
vwait forever
