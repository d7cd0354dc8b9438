# py_server.py -- a TLS server made with Python's ssl module, a peer of the
# interop matrix (tests/matrix.test, #6).
#
#   python3 py_server.py CERT KEY VERSION COUNT
#
# VERSION is 1.2 or 1.3 (both minimum and maximum). Listens on an ephemeral
# port of 127.0.0.1 and prints "port N"; then serves COUNT connections one
# after the other: reads a line, answers "python got: LINE", and prints
# "CONN i VERSION new|reused got LINE". Tickets are on (Python's default),
# so a client that keeps them resumes the second connection.
import socket
import ssl
import sys

cert, key, ver, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
version = {"1.2": ssl.TLSVersion.TLSv1_2, "1.3": ssl.TLSVersion.TLSv1_3}[ver]

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(cert, key)
ctx.minimum_version = version
ctx.maximum_version = version

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(("127.0.0.1", 0))
srv.listen(5)
srv.settimeout(30)
print("port", srv.getsockname()[1], flush=True)


def readline(s):
    data = b""
    while not data.endswith(b"\n"):
        chunk = s.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


for i in range(1, count + 1):
    conn, _ = srv.accept()
    conn.settimeout(20)
    try:
        s = ctx.wrap_socket(conn, server_side=True)
        line = readline(s)
        s.sendall(b"python got: " + line)
        print("CONN", i, s.version(), "reused" if s.session_reused else "new",
              "got", line.decode().rstrip("\n"), flush=True)
        try:
            s.unwrap()
        except (ssl.SSLError, OSError):
            pass
        s.close()
    except (ssl.SSLError, OSError) as e:
        print("ERROR", i, e, flush=True)
        conn.close()
print("DONE", flush=True)
