# all.tcl --
#
#	Runs every tests/*.test file in its own tclsh (under valgrind when
#	S2N_TEST_VALGRIND is set), sums the tcltest counts and ends with the
#	line "N passed, N failed, N skipped". Exits non-zero on any failure,
#	including a test file that crashed or printed no summary.
#
#	tclsh tests/all.tcl ?-file pattern? ?-match pattern? ?-verbose level?

set testDir [file normalize [file dirname [info script]]]
set filePattern *.test
set passOn {}
foreach {opt val} $argv {
    switch -- $opt {
        -file {set filePattern $val}
        default {lappend passOn $opt $val}
    }
}

# Certificates are made once for the whole run, in a directory of this
# run's own (two runs at once must not share one).
set certDir [file join [pwd] tests-tmp certs-[pid]]
set env(S2N_TEST_CERTS) $certDir
file delete -force $certDir
set env(TCLLIBPATH) [list [pwd] {*}[expr {[info exists env(TCLLIBPATH)] ? $env(TCLLIBPATH) : ""}]]

set cmdPrefix [list [info nameofexecutable]]
if {[info exists env(S2N_TEST_VALGRIND)]} {
    set supp [file join $testDir valgrind.supp]
    set cmdPrefix [list valgrind --quiet --error-exitcode=99 --leak-check=full \
        --errors-for-leak-kinds=definite --show-leak-kinds=definite \
        --suppressions=$supp --num-callers=30 {*}$cmdPrefix]
}

set total(passed) 0
set total(failed) 0
set total(skipped) 0
set badFiles {}
foreach file [lsort [glob -directory $testDir $filePattern]] {
    set name [file tail $file]
    puts "==== $name"
    flush stdout
    set rc 0
    if {[catch {exec {*}$cmdPrefix $file {*}$passOn 2>@1} out opts]} {
        set rc [lindex [dict get $opts -errorcode] end]
        if {![string is integer -strict $rc]} {set rc 1}
    }
    puts $out
    if {[regexp -line {^\S+:\s+Total\s+(\d+)\s+Passed\s+(\d+)\s+Skipped\s+(\d+)\s+Failed\s+(\d+)} \
            $out -> t p s f]} {
        incr total(passed) $p
        incr total(failed) $f
        incr total(skipped) $s
        if {$rc != 0 && $f == 0} {
            # valgrind found errors, or the process died after its summary.
            incr total(failed)
            lappend badFiles "$name (exit $rc)"
        }
    } else {
        incr total(failed)
        lappend badFiles "$name (no summary, exit $rc)"
    }
}
if {[llength $badFiles]} {
    puts "files with problems: [join $badFiles {, }]"
}
file delete -force $certDir
puts "$total(passed) passed, $total(failed) failed, $total(skipped) skipped"
exit [expr {$total(failed) > 0}]
