# py_client.py -- a TLS client made with Python's ssl module, a peer of the
# interop matrix (tests/matrix.test, #6).
#
#   python3 py_client.py PORT CAFILE VERSION COUNT
#
# Connects COUNT times to 127.0.0.1:PORT, verifying the server against
# CAFILE and the name localhost, with TLS VERSION (1.2 or 1.3) only. Each
# connection sends "hello i from python", reads one line and prints
# "CONN i VERSION new|reused got LINE". From the second connection on it
# offers the session of the one before (SSLSocket.session).
import socket
import ssl
import sys

port, cafile, ver, count = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
version = {"1.2": ssl.TLSVersion.TLSv1_2, "1.3": ssl.TLSVersion.TLSv1_3}[ver]

ctx = ssl.create_default_context(cafile=cafile)
ctx.minimum_version = version
ctx.maximum_version = version


def readline(s):
    data = b""
    while not data.endswith(b"\n"):
        chunk = s.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


session = None
for i in range(1, count + 1):
    try:
        sock = socket.create_connection(("127.0.0.1", port), timeout=20)
        s = ctx.wrap_socket(sock, server_hostname="localhost", session=session)
        s.sendall(("hello %d from python\n" % i).encode())
        line = readline(s)
        print("CONN", i, s.version(), "reused" if s.session_reused else "new",
              "got", line.decode().rstrip("\n"), flush=True)
        # In TLS 1.3 the ticket came with the reply: the session is ready.
        session = s.session
        try:
            s.unwrap()
        except (ssl.SSLError, OSError):
            pass
        s.close()
    except (ssl.SSLError, OSError) as e:
        print("ERROR", i, e, flush=True)
print("DONE", flush=True)
