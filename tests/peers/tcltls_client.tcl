# tcltls_client.tcl -- a TLS client made with TclTLS (package tls), a peer
# of the interop matrix (tests/matrix.test, #6). Runs in its own tclsh.
#
#   tclsh tcltls_client.tcl PORT CAFILE VERSION
#
# Connects to 127.0.0.1:PORT with TLS VERSION (1.2 or 1.3) only, verifying
# the server against CAFILE with the name localhost, sends "hello 1 from
# tcltls", reads one line and prints "CONN 1 VERSION got LINE", or
# "ERROR message".
package require tls
lassign $argv port cafile ver
set opts [list -ssl2 0 -ssl3 0 -tls1 0 -tls1.1 0 \
    -tls1.2 [expr {$ver eq "1.2"}] -tls1.3 [expr {$ver eq "1.3"}]]
if {[catch {
    set c [tls::socket -cafile $cafile -require 1 -servername localhost \
        {*}$opts 127.0.0.1 $port]
    tls::handshake $c
    chan configure $c -buffering line -translation lf
    puts $c "hello 1 from tcltls"
    set line [gets $c]
    set st [tls::status $c]
    set proto [expr {[dict exists $st version] ? [dict get $st version] : "?"}]
    puts "CONN 1 $proto got $line"
    close $c
} msg]} {
    puts "ERROR $msg"
}
puts DONE
