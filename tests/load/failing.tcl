# failing.tcl -- a child tclsh for faults.test 6: handshakes and configs
# that fail in every way we know, with stderr captured by the test (it
# must stay empty: errors reach the script, never a print from C).
#
#	tclsh failing.tcl auto_path certdir encrypted-key
#
# Prints "R label errorCode-name" per case ("R label none" if the case did
# not fail), "FAIL errorCode-name" per -failcommand call, "BGERROR msg"
# per background error, and "END" before it exits.

lassign $argv autoPath certs encKey
set auto_path $autoPath
package require s2n

interp bgerror {} {apply {{msg opts} {
    puts "BGERROR [string map {\n " "} $msg]"
    flush stdout
}}}

proc cert {name} {
    file join $::certs $name
}
proc srv {name args} {
    dict create cert_chain_file [cert $name.pem] private_key_file [cert $name.key] {*}$args
}
proc cli {args} {
    dict create ca_file [cert ca.pem] {*}$args
}

proc pause {ms} {
    after $ms {set ::tick 1}
    vwait ::tick
}

proc report {label code} {
    puts "R $label $code"
    flush stdout
}

# ::sync -- runs script; reports the errorCode name it fails with.
proc sync {label script} {
    if {[catch {uplevel #0 $script} msg opts]} {
        report $label [lindex [dict get $opts -errorcode] 1]
    } else {
        report $label none
    }
}

# A server with a -failcommand, a short handshake timeout and a handler
# that closes a failed channel.
proc accept {chan addr port} {
    chan configure $chan -blocking 0 -translation binary
    chan event $chan readable [list serve $chan]
}
proc serve {chan} {
    if {[catch {read $chan}] || [eof $chan]} {
        close $chan
    }
}
proc failed {chan addr port msg code} {
    puts "FAIL [lindex $code 1]"
    flush stdout
}
proc server {config} {
    set s [s2n::socket -server accept -failcommand failed -config $config \
        -myaddr 127.0.0.1 0]
    lappend ::servers $s
    return [lindex [chan configure $s -sockname] 2]
}

# ::raw -- a plain TCP client to port that sends bytes (then closes if
# asked), and waits for the server to close or ms to pass.
proc raw {port bytes close {ms 1500}} {
    set c [socket 127.0.0.1 $port]
    chan configure $c -translation binary -blocking 0 -buffering none
    if {$bytes ne ""} {
        puts -nonewline $c $bytes
    }
    if {$close} {
        close $c
        pause 100
        return
    }
    set deadline [expr {[clock milliseconds] + $ms}]
    while {[clock milliseconds] < $deadline} {
        if {[catch {read $c}] || [eof $c]} {
            break
        }
        pause 20
    }
    close $c
}

# ::client -- a non-blocking client to port; reports how its handshake
# ends.
proc client {label port config args} {
    if {[catch {
        set c [s2n::socket -config $config {*}$args 127.0.0.1 $port]
    } msg opts]} {
        report $label [lindex [dict get $opts -errorcode] 1]
        return
    }
    chan configure $c -blocking 0
    set deadline [expr {[clock milliseconds] + 5000}]
    set code timeout
    while {[clock milliseconds] < $deadline} {
        if {[catch {s2n::handshake $c} done opts]} {
            set code [lindex [dict get $opts -errorcode] 1]
            break
        }
        if {$done} {
            # Failures on the server side show at the first read.
            if {[catch {
                puts -nonewline $c x
                flush $c
                pause 200
                read $c
            } msg opts]} {
                set code [lindex [dict get $opts -errorcode] 1]
            } else {
                set code none
            }
            break
        }
        pause 10
    }
    catch {close $c}
    report $label $code
}

set servers {}
set good [server [srv server handshake_timeout 0.5]]

# Bad peers against the server.
raw $good "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n" 0
raw $good [string repeat "\x80\xff\x00\x13" 500] 0
raw $good [binary format cuSuSu 22 0x0301 0xffff][string repeat \0 100] 0
raw $good [binary format cuSuSu 22 0x0301 60][string repeat \1 20] 1
raw $good [binary format cuSuSu 22 0x0301 60][string repeat \1 20] 0
raw $good "" 1
raw $good "" 0
raw $good [binary format cuSuSucucu 21 0x0303 2 2 40] 0

# Clients that fail to verify or to agree.
client untrusted $good [dict create ca_file [cert selfsigned.pem]] -servername localhost
client wrongname $good [cli] -servername example.com
set expired [server [srv expired]]
client expired $expired [cli] -servername localhost
set mtls [server [srv server client_auth required ca_file [cert ca.pem]]]
client no_client_cert $mtls [cli] -servername localhost
client foreign_client_cert $mtls [cli cert_chain_file [cert selfsigned.pem] \
    private_key_file [cert selfsigned.key]] -servername localhost
set h2 [server [srv server alpn h2]]
client alpn $h2 [cli alpn http/1.1] -servername localhost
set rsa [server [srv server cipher_preferences default_tls13]]
client old_policy $rsa [cli cipher_preferences 20170210] -servername localhost
set tls13 [server [srv server cipher_preferences 20200207]]
client tls12_only $tls13 [cli cipher_preferences 20170210] -servername localhost
client refused [apply {{} {
    set s [socket -server list -myaddr 127.0.0.1 0]
    set p [lindex [chan configure $s -sockname] 2]
    close $s
    return $p
}}] [cli] -servername localhost

# A client whose server speaks garbage, and one whose server hangs up.
foreach {label reply} [list garbage "HTTP/1.0 400 Bad Request\r\n\r\n" hangup ""] {
    set l [socket -server [list apply {{reply c a p} {
        chan configure $c -translation binary -blocking 0
        after 100 [list apply {{c reply} {
            catch {read $c}
            catch {puts -nonewline $c $reply}
            catch {close $c}
        }} $c $reply]
    }} $reply] -myaddr 127.0.0.1 0]
    client $label [lindex [chan configure $l -sockname] 2] [cli] -servername localhost
    close $l
}

# Configs that cannot load: an encrypted key (no pass-phrase prompt), a
# key that does not match, missing files, PEM garbage, unknown policy.
sync encrypted_key {s2n::socket -server list -config [dict create \
    cert_chain_file [cert server.pem] private_key_file $encKey] -myaddr 127.0.0.1 0}
sync key_mismatch {s2n::socket -server list -config [dict create \
    cert_chain_file [cert server.pem] private_key_file [cert server-rsa.key]] \
    -myaddr 127.0.0.1 0}
sync missing_file {s2n::socket -server list -config [dict create \
    cert_chain_file /nonexistent.pem private_key_file [cert server.key]] \
    -myaddr 127.0.0.1 0}
sync pem_garbage {s2n::socket -server list -config [dict create \
    cert_chain "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n" \
    private_key_file [cert server.key]] -myaddr 127.0.0.1 0}
sync ca_garbage {s2n::socket -config [dict create ca_pem "junk"] 127.0.0.1 $good}
sync bad_policy {s2n::policy no-such-policy}

# A blocking handshake that times out, and one that gets garbage.
set l [socket -server {apply {{c a p} {set ::silent $c}}} -myaddr 127.0.0.1 0]
sync blocking_timeout [list apply {{port} {
    set c [s2n::socket -config [cli handshake_timeout 0.3] -servername localhost \
        127.0.0.1 $port]
    try {
        s2n::handshake $c
    } finally {
        close $c
    }
}} [lindex [chan configure $l -sockname] 2]]
close $l

pause 700
foreach s $servers {
    close $s
}
foreach c [chan names] {
    if {$c ni {stdin stdout stderr}} {
        catch {close $c}
    }
}
puts END
flush stdout
exit 0
