# writer.tcl -- the non-blocking writer of faults.test 5, run as a child
# tclsh so that its RSS is its own:
#
#	tclsh writer.tcl auto_path mode port mib buffersize config
#
# mode is "tls" (s2n::socket with config) or "plain" (Tcl's socket). It
# writes mib MiB (chunk i: 4-byte i, then fixed pseudo-random bytes) in
# one go to a peer that is not reading, lets the event loop run 1.5 s and
# prints "QUEUED pending rss-before rss-after" (bytes, KiB, KiB). On "go"
# from stdin it waits for the queue to drain, closes, and prints
# "DONE crc32 left" (left: bytes still queued at a 60 s deadline).

lassign $argv autoPath mode port mib bufsize config
set auto_path $autoPath

proc rss {} {
    set f [open /proc/self/status r]
    set text [read $f]
    close $f
    regexp -line {^VmRSS:\s+(\d+)} $text -> kb
    return $kb
}

proc pause {ms} {
    after $ms {set ::tick 1}
    vwait ::tick
}

if {$mode eq "tls"} {
    package require s2n
    set c [s2n::socket -servername localhost -config $config 127.0.0.1 $port]
    chan configure $c -blocking 0
    while {![s2n::handshake $c]} {
        pause 10
    }
} else {
    set c [socket 127.0.0.1 $port]
    chan configure $c -blocking 0
}
chan configure $c -translation binary -buffering none -buffersize $bufsize

expr {srand(5)}
set base ""
for {set i 0} {$i < 4096} {incr i} {
    append base [binary format c [expr {int(rand() * 256) - 128}]]
}
set base [string repeat $base 256]
set rss0 [rss]
set crc 0
for {set i 0} {$i < $mib} {incr i} {
    set data [binary format I $i][string range $base 4 end]
    set crc [zlib crc32 $data $crc]
    puts -nonewline $c $data
}
unset data
pause 1500
puts "QUEUED [chan pending output $c] $rss0 [rss]"
flush stdout

gets stdin
set deadline [expr {[clock milliseconds] + 60000}]
while {[chan pending output $c] > 0 && [clock milliseconds] < $deadline} {
    pause 20
}
set left [chan pending output $c]
close $c
puts "DONE $crc $left"
flush stdout
