# server.tcl -- the TLS server of load.test, run as a child tclsh:
#
#	tclsh server.tcl auto_path config
#
# An s2n::socket -server on 127.0.0.1 (ephemeral port) that echoes what
# each client sends, with a -failcommand that counts failed handshakes by
# errorCode name. It prints "PORT n" once listening, then answers lines on
# stdin:
#	stats	"STATS dict": counters, live channels, open fds, RSS (KiB)
#	quit	exits
# Everything it reports goes to stdout; stderr should stay empty.

lassign $argv autoPath config
set auto_path $autoPath
package require s2n

set stats [dict create accepted 0 done 0 closed 0 eof 0 failcalls 0 \
    hookclosed 0 echoed 0 fails {} readerrs {} bgerrors 0]
array set seen {}

proc count {key {n 1}} {
    dict incr ::stats $key $n
}

# A background error is a bug of this script or of the package: count it
# (the test asserts none), never print it.
interp bgerror {} {apply {{msg opts} {count bgerrors}}}

proc accept {chan addr port} {
    count accepted
    chan configure $chan -blocking 0 -translation binary -buffering none
    chan event $chan readable [list echo $chan]
}

proc finish {chan how} {
    count closed
    if {$how eq "eof"} {
        count eof
    }
    unset -nocomplain ::seen($chan)
    catch {close $chan}
}

# echo -- readable: send back what arrived. At most 256 KiB wait in the
# output queue; beyond that reading pauses until it drains.
proc echo {chan} {
    if {[catch {read $chan 65536} data opts]} {
        dict update ::stats readerrs r {
            dict incr r [lindex [dict get $opts -errorcode] 1]
        }
        finish $chan error
        return
    }
    if {![info exists ::seen($chan)]
            && [chan configure $chan -handshake] eq "done"} {
        set ::seen($chan) 1
        count done
    }
    if {$data ne ""} {
        count echoed [string length $data]
        if {[catch {puts -nonewline $chan $data}]} {
            finish $chan error
            return
        }
    }
    if {[eof $chan]} {
        finish $chan eof
        return
    }
    if {[chan pending output $chan] > 262144} {
        chan event $chan readable {}
        chan event $chan writable [list resume $chan]
    }
}

proc resume {chan} {
    if {[chan pending output $chan] <= 65536} {
        chan event $chan writable {}
        chan event $chan readable [list echo $chan]
    }
}

# The -failcommand hook: once per failed handshake. The readable handler
# has normally closed the channel already; if not, close it here.
proc failed {chan addr port msg code} {
    count failcalls
    dict update ::stats fails f {
        dict incr f [lindex $code 1]
    }
    if {$chan in [chan names]} {
        count hookclosed
        finish $chan hook
    }
}

proc status {key} {
    set f [open /proc/self/status r]
    set text [read $f]
    close $f
    if {[regexp -line "^$key:\\s+(\\d+)" $text -> kb]} {
        return $kb
    }
    return -1
}

proc report {} {
    set r $::stats
    dict set r chans [llength [chan names]]
    dict set r fds [llength [glob -nocomplain -directory /proc/self/fd *]]
    dict set r rss [status VmRSS]
    dict set r hwm [status VmHWM]
    dict set r open [array size ::seen]
    puts "STATS $r"
    flush stdout
}

proc command {} {
    if {[gets stdin line] < 0} {
        if {[eof stdin]} {
            exit 0
        }
        return
    }
    switch -- [string trim $line] {
        stats {report}
        quit {exit 0}
    }
}

set srv [s2n::socket -server accept -failcommand failed -config $config \
    -myaddr 127.0.0.1 0]
chan configure stdin -blocking 0 -buffering line
chan event stdin readable command
puts "PORT [lindex [chan configure $srv -sockname] 2]"
flush stdout
vwait forever
