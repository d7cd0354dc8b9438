#!/usr/bin/env python3
# bad.py -- the misbehaving clients of load.test:
#
#	python3 bad.py port count seed hello-hex-file threads ?kinds?
#
# Opens `count` TCP connections to 127.0.0.1:port from `threads` threads,
# each one of:
#	random      1..4096 random bytes
#	http        a plaintext HTTP request
#	trunc_close the first 30..100 bytes of a real ClientHello, then close
#	trunc_wait  the same, then wait for the server to give up
#	slowloris   a real ClientHello one byte every 200 ms
#	oversized   a record header claiming 0xFFFF bytes, then junk
#	vanish      a whole ClientHello, then close
#	vanish_rst  a whole ClientHello, then an RST (SO_LINGER 0)
# (all of them in turn, or those in the comma-separated kinds) and,
# except for the vanishing ones, waits (at most 15 s) for the server
# to close the connection. Prints "PROGRESS n" now and then and, at the
# end, "DONE dict" (a Tcl dict): connections per kind, connections the server did
# not close in time, refused connects, and the slowest close per kind.

import random
import select
import socket
import struct
import sys
import threading
import time

KINDS = ["random", "http", "trunc_close", "trunc_wait", "slowloris",
         "oversized", "vanish", "vanish_rst"]
WAIT = 15.0


def connect(port):
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def send(s, data):
    """Sends data; False when the server has already closed."""
    try:
        s.sendall(data)
        return True
    except OSError:
        return False


def wait_close(s, limit=WAIT):
    """Reads until EOF or reset; True if that happened within limit."""
    deadline = time.monotonic() + limit
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        r, _, _ = select.select([s], [], [], left)
        if not r:
            return False
        try:
            if not s.recv(65536):
                return True
        except OSError:
            return True


def rst(s):
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.close()


def one(kind, port, rng, hello):
    """One bad connection; returns (closed_by_server_in_time, seconds)."""
    t0 = time.monotonic()
    s = connect(port)
    try:
        ok = True
        if kind == "random":
            send(s, rng.randbytes(rng.randint(1, 4096)))
            ok = wait_close(s)
        elif kind == "http":
            send(s, b"GET / HTTP/1.1\r\nHost: localhost\r\nUser-Agent: load\r\n\r\n")
            ok = wait_close(s)
        elif kind == "trunc_close":
            send(s, hello[:rng.randint(30, 100)])
            time.sleep(rng.random() * 0.05)
        elif kind == "trunc_wait":
            send(s, hello[:rng.randint(30, 100)])
            ok = wait_close(s)
        elif kind == "slowloris":
            ok = False
            for b in hello:
                if not send(s, bytes([b])):
                    ok = True
                    break
                r, _, _ = select.select([s], [], [], 0.2)
                if r:
                    ok = wait_close(s, 1.0)
                    break
                if time.monotonic() - t0 > WAIT:
                    break
        elif kind == "oversized":
            send(s, struct.pack(">BHH", 22, 0x0301, 0xFFFF) + rng.randbytes(1000))
            ok = wait_close(s)
        elif kind == "vanish":
            send(s, hello)
            time.sleep(rng.random() * 0.05)
        elif kind == "vanish_rst":
            send(s, hello)
            time.sleep(rng.random() * 0.05)
            rst(s)
            s = None
        return ok, time.monotonic() - t0
    finally:
        if s is not None:
            s.close()


def tcl(value):
    """A dict of words and numbers (nested) as a Tcl dict."""
    if isinstance(value, dict):
        return "{" + " ".join(k + " " + tcl(value[k]) for k in sorted(value)) + "}"
    return str(value)


def main():
    port, count, seed = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    with open(sys.argv[4]) as f:
        hello = bytes.fromhex(f.read().strip())
    nthreads = int(sys.argv[5])
    kinds = sys.argv[6].split(",") if len(sys.argv) > 6 else KINDS
    rng = random.Random(seed)
    jobs = [kinds[i % len(kinds)] for i in range(count)]
    rng.shuffle(jobs)
    lock = threading.Lock()
    res = {"kinds": {}, "not_closed": {}, "refused": 0, "errors": {},
           "slowest": {}, "done": 0}

    def worker(wid):
        wrng = random.Random(seed * 1000 + wid)
        while True:
            with lock:
                if not jobs:
                    return
                kind = jobs.pop()
            try:
                ok, secs = one(kind, port, wrng, hello)
                err = None
            except ConnectionRefusedError:
                ok, secs, err = True, 0.0, "refused"
            except OSError as e:
                ok, secs, err = True, 0.0, type(e).__name__
            with lock:
                res["kinds"][kind] = res["kinds"].get(kind, 0) + 1
                if err == "refused":
                    res["refused"] += 1
                elif err:
                    res["errors"][err] = res["errors"].get(err, 0) + 1
                if not ok:
                    res["not_closed"][kind] = res["not_closed"].get(kind, 0) + 1
                res["slowest"][kind] = round(max(res["slowest"].get(kind, 0.0), secs), 2)
                res["done"] += 1
                if res["done"] % 100 == 0:
                    print("PROGRESS", res["done"], flush=True)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("DONE", tcl(res), flush=True)


if __name__ == "__main__":
    main()
