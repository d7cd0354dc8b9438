# demo.tcl --
#
#	A TLS server and a TLS client on loopback, in one Tcl event loop. The
#	certificate is made on the fly by a throwaway CA (openssl command) and
#	deleted afterwards; the client verifies it as it would any server's.
#
#	make demo     (or: TCLLIBPATH=. tclsh demo/demo.tcl)

package require s2n

set tmp [file join [expr {[info exists env(TMPDIR)] ? $env(TMPDIR) : "/tmp"}] \
    s2n-demo-[pid]]
file mkdir $tmp

proc openssl {args} {
    exec openssl {*}$args 2>@1
}

# A CA and a server certificate for "localhost", P-256 keys.
proc make_certificates {dir} {
    set ec {-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes}
    openssl req -x509 {*}$ec -keyout $dir/ca.key -out $dir/ca.pem -days 1 \
        -subj "/CN=s2n demo CA" -addext basicConstraints=critical,CA:TRUE
    openssl req {*}$ec -keyout $dir/server.key -out $dir/server.csr \
        -subj /CN=localhost
    set f [open $dir/server.ext w]
    puts $f "subjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth"
    close $f
    openssl x509 -req -in $dir/server.csr -CA $dir/ca.pem -CAkey $dir/ca.key \
        -CAcreateserial -days 1 -out $dir/server.pem -extfile $dir/server.ext
}

# The server: answers one request line per connection.
proc accept {chan addr port} {
    global serverConfig
    chan configure $chan -blocking 0 -translation crlf -buffering line
    s2n::push $chan -role server -config $serverConfig
    chan event $chan readable [list serve $chan]
}

proc serve {chan} {
    if {[catch {gets $chan line} n]} {
        puts "server: error: $n"
        close $chan
        return
    }
    if {$n < 0} {
        if {[eof $chan]} {close $chan}
        return
    }
    set body "hello from the s2n demo server; you asked for [lindex $line 1]"
    puts $chan "HTTP/1.1 200 OK"
    puts $chan "Content-Length: [string length $body]"
    puts $chan ""
    puts -nonewline $chan $body
    flush $chan
    set ::serverSide [list [chan configure $chan -protocol] \
        [chan configure $chan -servername]]
}

# The client: non-blocking, so the handshake runs from the event loop.
proc client {port} {
    global tmp
    set chan [socket 127.0.0.1 $port]
    chan configure $chan -blocking 0 -translation crlf -buffering line
    s2n::push $chan -servername localhost -config [list ca_file $tmp/ca.pem]
    chan event $chan writable [list connected $chan]
}

proc connected {chan} {
    chan event $chan writable {}
    if {[catch {s2n::handshake $chan} err]} {
        set ::result "handshake failed: $err ($::errorCode)"
        return
    }
    set cert [chan configure $chan -peercert]
    puts "client: handshake done"
    puts "  protocol      [chan configure $chan -protocol]"
    puts "  cipher        [chan configure $chan -cipher]"
    puts "  verification  ok: [dict get $cert subject] issued by\
        [dict get $cert issuer], name localhost"
    puts $chan "GET /hello HTTP/1.1"
    puts $chan "Host: localhost"
    puts $chan ""
    set ::request [string length "GET /hello HTTP/1.1\r\nHost: localhost\r\n\r\n"]
    chan event $chan readable [list response $chan]
}

proc response {chan} {
    if {[catch {read $chan} data]} {
        set ::result "read failed: $data"
        close $chan
        return
    }
    append ::response $data
    if {[regexp {Content-Length: (\d+)\n\n(.*)} $::response -> len body]
            && [string length $body] >= $len} {
        puts "client: response: [lindex [split $::response \n] 0]; \"$body\""
        set ::result ok
        close $chan
    }
}

make_certificates $tmp
set serverConfig [dict create cert_chain_file $tmp/server.pem \
    private_key_file $tmp/server.key]
set listener [socket -server accept -myaddr 127.0.0.1 0]
set port [lindex [chan configure $listener -sockname] 2]
puts "s2n [package present s2n] on OpenSSL [s2n::openssl_version], Tcl [info patchlevel]"
puts "server: listening on 127.0.0.1:$port with a certificate for localhost\
    from a throwaway CA"
set response ""
client $port
set timer [after 10000 {set result timeout}]
vwait result
after cancel $timer
if {$result eq "ok"} {
    puts "server: saw SNI [lindex $serverSide 1], protocol [lindex $serverSide 0]"
    puts "bytes moved: request $request bytes, response [string length $response]\
        bytes (plaintext, in each direction)"
}
close $listener
file delete -force $tmp
if {$result ne "ok"} {
    puts "demo failed: $result"
    exit 1
}
