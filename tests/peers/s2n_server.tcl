# s2n_server.tcl -- an s2n::socket -server for scanners (tests/scan.test,
# #6), run in its own tclsh so that the scanner's many connections do not
# compete with the test's event loop.
#
#   tclsh s2n_server.tcl CONFIG
#
# CONFIG is the server's -config dict. Listens on an ephemeral port of
# 127.0.0.1 and prints "port N". Each connection gets an HTTP/1.1 200
# answer to whatever request line it sends; handshakes that fail are
# counted, never printed. Exits when its stdin closes.
package require s2n
set config [lindex $argv 0]
proc accept {c addr port} {
    chan configure $c -blocking 0 -buffering full -translation {auto lf}
    chan event $c readable [list serve $c]
}
proc serve {c} {
    if {[catch {gets $c line} n]} {
        incr ::failed
        catch {close $c}
        return
    }
    if {$n < 0} {
        if {[eof $c]} {
            close $c
        }
        return
    }
    if {$line ne ""} {
        return
    }
    set body "hello from s2n\n"
    puts -nonewline $c "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
    puts -nonewline $c "Content-Length: [string length $body]\r\n"
    puts -nonewline $c "Connection: close\r\n\r\n$body"
    chan event $c readable {}
    if {[catch {close $c}]} {
        incr ::failed
    }
}
set failed 0
chan configure stdout -buffering line
set srv [s2n::socket -server accept -myaddr 127.0.0.1 -config $config 0]
puts "port [lindex [chan configure $srv -sockname] 2]"
chan event stdin readable {
    if {[gets stdin line] < 0 && [eof stdin]} {
        exit 0
    }
}
vwait forever
