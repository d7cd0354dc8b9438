#!/usr/bin/env python3
# tlspeer.py -- a TLS peer for faults.test that misbehaves on cue. Python's
# ssl module over a memory BIO, so the raw records are ours to cut.
#
#	python3 tlspeer.py server CERT KEY VERSION ACTION...
#	python3 tlspeer.py client CAFILE PORT VERSION ACTION...
#	python3 tlspeer.py plain - - - ACTION...
#
# VERSION is 1.2 or 1.3. A server listens on 127.0.0.1 (ephemeral port),
# prints "PORT n" and accepts one connection; a client connects to
# 127.0.0.1:PORT; "plain" is a server without TLS (line, drain, fin, rst
# only). After the handshake it prints "HANDSHAKE version" and
# runs the actions in order:
#	send:TEXT   TEXT ("\n" for a newline) as application data
#	half:TEXT   TEXT as one record, but only the first half of its bytes
#	sleep:MS    waits
#	line        waits for a line on stdin
#	readline    reads application data up to a newline; prints "LINE text"
#	drain       reads application data to close_notify or EOF; prints
#	            "GOT bytes crc32 how" (how: close_notify, eof or error)
#	notify      sends close_notify
#	fin         closes the TCP connection (no close_notify)
#	rst         resets it (SO_LINGER 0)
# and prints "END" when done. Errors print "ERROR text" and exit 1.

import select
import socket
import ssl
import struct
import sys
import time
import zlib


class Peer:
    def __init__(self, sock, ctx, server):
        self.sock = sock
        self.inc = ssl.MemoryBIO()
        self.out = ssl.MemoryBIO()
        self.obj = ctx.wrap_bio(self.inc, self.out, server_side=server,
                                server_hostname=None if server else "localhost")
        self.buf = b""

    def flush(self):
        data = self.out.read()
        if data:
            self.sock.sendall(data)

    def fill(self):
        data = self.sock.recv(65536)
        if not data:
            self.inc.write_eof()
        else:
            self.inc.write(data)
        return bool(data)

    def handshake(self):
        while True:
            try:
                self.obj.do_handshake()
                self.flush()
                return
            except ssl.SSLWantReadError:
                self.flush()
                if not self.fill():
                    raise OSError("EOF in handshake")

    def read(self):
        """Application data, b"" at close_notify; raises at EOF/errors."""
        while True:
            try:
                data = self.obj.read(65536)
                self.flush()
                return data
            except ssl.SSLWantReadError:
                self.flush()
                if not self.fill():
                    raise ssl.SSLEOFError("EOF without close_notify")
            except ssl.SSLZeroReturnError:
                return b""


class PlainPeer:
    def __init__(self, sock):
        self.sock = sock
        self.buf = b""

    def read(self):
        return self.sock.recv(65536)


def act(peer, action):
    name, _, arg = action.partition(":")
    arg = arg.replace("\\n", "\n").encode()
    if name == "send":
        peer.obj.write(arg)
        peer.flush()
    elif name == "half":
        peer.obj.write(arg)
        data = peer.out.read()
        peer.sock.sendall(data[:len(data) // 2])
    elif name == "sleep":
        time.sleep(int(arg) / 1000.0)
    elif name == "line":
        sys.stdin.readline()
    elif name == "readline":
        while b"\n" not in peer.buf:
            data = peer.read()
            if not data:
                break
            peer.buf += data
        line, _, peer.buf = peer.buf.partition(b"\n")
        print("LINE", line.decode(errors="replace"), flush=True)
    elif name == "drain":
        n, crc = len(peer.buf), zlib.crc32(peer.buf)
        how = "close_notify" if isinstance(peer, Peer) else "eof"
        peer.buf = b""
        try:
            while True:
                data = peer.read()
                if not data:
                    break
                n += len(data)
                crc = zlib.crc32(data, crc)
        except ssl.SSLEOFError:
            how = "eof"
        except (ssl.SSLError, OSError):
            how = "error"
        print("GOT", n, crc, how, flush=True)
    elif name == "notify":
        try:
            peer.obj.unwrap()
        except ssl.SSLError:
            pass
        peer.flush()
    elif name == "fin":
        peer.sock.shutdown(socket.SHUT_WR)
    elif name == "rst":
        peer.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                             struct.pack("ii", 1, 0))
        peer.sock.close()
    else:
        raise ValueError("unknown action " + action)


def main():
    role, a, b, version = sys.argv[1:5]
    actions = sys.argv[5:]
    if role == "plain":
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)
        print("PORT", lsock.getsockname()[1], flush=True)
        lsock.settimeout(30)
        sock, _ = lsock.accept()
        lsock.close()
        sock.settimeout(60)
        peer = PlainPeer(sock)
        for action in actions:
            act(peer, action)
        print("END", flush=True)
        sock.close()
        return
    tls = {"1.2": ssl.TLSVersion.TLSv1_2, "1.3": ssl.TLSVersion.TLSv1_3}[version]
    if role == "server":
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(a, b)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)
        print("PORT", lsock.getsockname()[1], flush=True)
        r, _, _ = select.select([lsock], [], [], 30)
        if not r:
            raise OSError("nobody connected")
        sock, _ = lsock.accept()
        lsock.close()
    else:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.load_verify_locations(a)
        sock = socket.create_connection(("127.0.0.1", int(b)), timeout=30)
    ctx.minimum_version = ctx.maximum_version = tls
    sock.settimeout(30)
    peer = Peer(sock, ctx, role == "server")
    peer.handshake()
    print("HANDSHAKE", peer.obj.version(), flush=True)
    for action in actions:
        act(peer, action)
    print("END", flush=True)
    if sock.fileno() >= 0:
        time.sleep(0.2)
        sock.close()


if __name__ == "__main__":
    try:
        main()
    except Exception as e:
        print("ERROR", type(e).__name__, e, flush=True)
        sys.exit(1)
