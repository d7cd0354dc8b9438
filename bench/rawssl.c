/*
 * rawssl.c --
 *
 *	The raw OpenSSL limit for `make bench`: a client and a server using
 *	libssl directly, blocking sockets on 127.0.0.1, the same protocols as
 *	the Tcl workers in bench.tcl. The client always verifies the server
 *	(chain against -ca, and the IP address 127.0.0.1 against the
 *	certificate). Cipher suites and groups are those of s2n's "default"
 *	policy so the comparison with the package is like for like.
 *
 *	rawssl -mode server -test T -port P -cert F -key F ?-tickets? ?options?
 *	    prints "PORT n", serves connections one after the other until
 *	    stdin closes.
 *	rawssl -mode client -test T -port P -ca F ?-resume? ?options?
 *	    prints "RESULT value key=value ...".
 *
 *	Tests (the options each uses):
 *	  bulk  -dir c2s|s2c -bytes N -wsize W: c2s: the client writes N
 *	        bytes in W-byte SSL_writes, the server answers one byte when it
 *	        has them all; s2c: the client sends one byte, the server writes
 *	        N bytes. RESULT is MiB/s, timed after the handshake.
 *	  hs    -duration S: for S seconds: new TCP connection (TCP_NODELAY),
 *	        handshake, 1-byte echo, close. The server closes first (so the
 *	        TIME_WAIT states stay off the client's ephemeral ports), the
 *	        client closes when it has read that. -resume offers the session
 *	        of the previous connection (SSL_get1_session/SSL_set_session;
 *	        the server needs -tickets). RESULT is handshakes/s.
 *	  rtt   -iters N: N 32-byte request/response exchanges on one
 *	        connection. RESULT is microseconds per round trip.
 *	  mem   -conns N: the client makes one warm-up connection, prints
 *	        "BASE", waits for a line on stdin, then opens N connections
 *	        one after the other, each echoing one byte, keeps them all and
 *	        prints "DONE N"; the server keeps every connection it echoed
 *	        on. The driver reads both processes' VmRSS.
 *
 *	Build: cc -O2 -o rawssl rawssl.c -lssl -lcrypto
 */

#define _DEFAULT_SOURCE
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

/* s2n's "default" policy (20251014), as generic/policytable.c has it. */
#define CIPHER_SUITES "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256"
#define CIPHER_LIST "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:" \
    "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384"
#define GROUPS "P-256:X25519:P-384:P-521"

#define RTT_SIZE 32
#define READ_SIZE 65536

static struct {
    const char *mode, *test, *cert, *key, *ca, *dir;
    int port, tickets, resume, iters, conns;
    long long bytes, wsize;
    double duration;
} opt = {
    .mode = "", .test = "", .dir = "c2s", .port = 0, .iters = 1000, .conns = 100,
    .bytes = 16 << 20, .wsize = 65536, .duration = 1.0
};

static void
die(const char *what)
{
    fprintf(stderr, "rawssl: %s\n", what);
    ERR_print_errors_fp(stderr);
    exit(1);
}

static double
now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* CPU time of the process in nanoseconds, as bench.tcl counts it. */
static long
cpu_ns(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (long) ts.tv_sec * 1000000000L + ts.tv_nsec;
}

static void
nodelay(int fd)
{
    int one = 1;

    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
}

/* Reads exactly n bytes; 0 on success, -1 on EOF or error. */
static int
read_full(SSL *ssl, char *buf, int n)
{
    while (n > 0) {
        int r = SSL_read(ssl, buf, n);

        if (r <= 0) {
            return -1;
        }
        buf += r;
        n -= r;
    }
    return 0;
}

static int
write_full(SSL *ssl, const char *buf, int n)
{
    while (n > 0) {
        int r = SSL_write(ssl, buf, n);

        if (r <= 0) {
            return -1;
        }
        buf += r;
        n -= r;
    }
    return 0;
}

static SSL_CTX *
make_ctx(int server)
{
    SSL_CTX *ctx = SSL_CTX_new(server ? TLS_server_method() : TLS_client_method());

    if (ctx == NULL) {
        die("SSL_CTX_new");
    }
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    if (SSL_CTX_set_ciphersuites(ctx, CIPHER_SUITES) != 1
            || SSL_CTX_set_cipher_list(ctx, CIPHER_LIST) != 1
            || SSL_CTX_set1_groups_list(ctx, GROUPS) != 1) {
        die("cipher/group lists");
    }
    SSL_CTX_set_mode(ctx, SSL_MODE_RELEASE_BUFFERS);
    if (server) {
        if (SSL_CTX_use_certificate_chain_file(ctx, opt.cert) != 1
                || SSL_CTX_use_PrivateKey_file(ctx, opt.key, SSL_FILETYPE_PEM) != 1
                || SSL_CTX_check_private_key(ctx) != 1) {
            die("server certificate/key");
        }
        SSL_CTX_set_options(ctx, SSL_OP_CIPHER_SERVER_PREFERENCE);
        SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);
        if (opt.tickets) {
            SSL_CTX_set_num_tickets(ctx, 1);        /* s2n: one per handshake */
        } else {
            SSL_CTX_set_options(ctx, SSL_OP_NO_TICKET);
            SSL_CTX_set_num_tickets(ctx, 0);
        }
    } else {
        if (opt.ca == NULL || SSL_CTX_load_verify_locations(ctx, opt.ca, NULL) != 1) {
            die("client -ca");
        }
        SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
        /* Sessions are kept by hand (SSL_get1_session), not in a cache. */
        SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);
        if (!opt.resume) {
            SSL_CTX_set_options(ctx, SSL_OP_NO_TICKET);
        }
    }
    return ctx;
}

/*
 *----------------------------------------------------------------------
 * Server.
 *----------------------------------------------------------------------
 */

static void
serve_conn(SSL_CTX *ctx, int fd)
{
    static char buf[READ_SIZE];
    SSL *ssl;
    char c;

    nodelay(fd);
    ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    if (SSL_accept(ssl) != 1) {
        ERR_print_errors_fp(stderr);
        goto done;
    }
    if (strcmp(opt.test, "hs") == 0) {
        if (read_full(ssl, &c, 1) == 0 && write_full(ssl, &c, 1) == 0) {
            SSL_shutdown(ssl);  /* close_notify, then close: we close first */
        }
        goto done;
    } else if (strcmp(opt.test, "mem") == 0) {
        if (read_full(ssl, &c, 1) == 0) {
            write_full(ssl, &c, 1);
        }
        return;                 /* kept open and idle until we exit */
    } else if (strcmp(opt.test, "rtt") == 0) {
        while (read_full(ssl, buf, RTT_SIZE) == 0) {
            if (write_full(ssl, buf, RTT_SIZE) != 0) {
                break;
            }
        }
    } else if (strcmp(opt.dir, "c2s") == 0) {
        long long got = 0;

        while (got < opt.bytes) {
            int r = SSL_read(ssl, buf, sizeof(buf));

            if (r <= 0) {
                goto done;
            }
            got += r;
        }
        write_full(ssl, "k", 1);
    } else {
        long long left = opt.bytes;

        memset(buf, 'x', sizeof(buf));
        if (read_full(ssl, &c, 1) != 0) {
            goto done;
        }
        while (left > 0) {
            int n = (int) (left < opt.wsize ? left : opt.wsize);

            if (write_full(ssl, buf, n) != 0) {
                goto done;
            }
            left -= n;
        }
    }
    /* Wait for the client's close, as the Tcl servers do (eof, then close). */
    while (SSL_read(ssl, buf, sizeof(buf)) > 0) {
    }
  done:
    SSL_free(ssl);
    close(fd);
}

static int
run_server(void)
{
    struct sockaddr_in sa;
    socklen_t len = sizeof(sa);
    SSL_CTX *ctx = make_ctx(1);
    int one = 1, lfd = socket(AF_INET, SOCK_STREAM, 0);

    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    memset(&sa, 0, sizeof(sa));
    sa.sin_family = AF_INET;
    sa.sin_port = htons(opt.port);
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(lfd, (struct sockaddr *) &sa, sizeof(sa)) != 0 || listen(lfd, 1024) != 0) {
        die("bind/listen");
    }
    getsockname(lfd, (struct sockaddr *) &sa, &len);
    printf("PORT %d\n", ntohs(sa.sin_port));
    fflush(stdout);
    for (;;) {
        struct pollfd pfd[2] = {{lfd, POLLIN, 0}, {0, POLLIN, 0}};

        if (poll(pfd, 2, -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            die("poll");
        }
        if (pfd[1].revents) {
            char b[64];

            if (read(0, b, sizeof(b)) <= 0) {
                break;          /* the driver closed our stdin */
            }
        }
        if (pfd[0].revents & POLLIN) {
            int fd = accept(lfd, NULL, NULL);

            if (fd >= 0) {
                serve_conn(ctx, fd);
            }
        }
    }
    SSL_CTX_free(ctx);
    return 0;
}

/*
 *----------------------------------------------------------------------
 * Client.
 *----------------------------------------------------------------------
 */

static SSL *
connect_tls(SSL_CTX *ctx, SSL_SESSION *sess)
{
    struct sockaddr_in sa;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    SSL *ssl;

    nodelay(fd);
    memset(&sa, 0, sizeof(sa));
    sa.sin_family = AF_INET;
    sa.sin_port = htons(opt.port);
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, (struct sockaddr *) &sa, sizeof(sa)) != 0) {
        die("connect");
    }
    ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    /* Verify the address we dialled, as s2n does for a numeric host. */
    if (X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), "127.0.0.1") != 1) {
        die("set1_ip_asc");
    }
    if (sess != NULL) {
        SSL_set_session(ssl, sess);
    }
    if (SSL_connect(ssl) != 1) {
        die("SSL_connect (verification on)");
    }
    return ssl;
}

static void
close_tls(SSL *ssl)
{
    int fd = SSL_get_fd(ssl);

    SSL_shutdown(ssl);          /* close_notify, no wait: as a Tcl close */
    SSL_free(ssl);
    close(fd);
}

static int
run_client(void)
{
    SSL_CTX *ctx = make_ctx(0);

    if (strcmp(opt.test, "mem") == 0) {
        char c = 'x', line[64];
        SSL *ssl = connect_tls(ctx, NULL);
        int i;

        if (write_full(ssl, &c, 1) != 0 || read_full(ssl, &c, 1) != 0) {
            die("echo");
        }
        close_tls(ssl);
        printf("BASE\n");
        fflush(stdout);
        if (fgets(line, sizeof(line), stdin) == NULL) {
            return 0;
        }
        for (i = 0; i < opt.conns; i++) {
            ssl = connect_tls(ctx, NULL);   /* kept open and idle */
            if (write_full(ssl, &c, 1) != 0 || read_full(ssl, &c, 1) != 0) {
                die("echo");
            }
        }
        printf("DONE %d\n", opt.conns);
        fflush(stdout);
        while (fgets(line, sizeof(line), stdin) != NULL) {
        }
        return 0;
    } else if (strcmp(opt.test, "hs") == 0) {
        SSL_SESSION *sess = NULL;
        long count = 0, resumed = 0, cpu0 = cpu_ns();
        double t0 = now(), t;
        char c = 'x';

        do {
            SSL *ssl = connect_tls(ctx, sess);

            if (write_full(ssl, &c, 1) != 0 || read_full(ssl, &c, 1) != 0) {
                die("echo");
            }
            count++;
            resumed += SSL_session_reused(ssl);
            if (opt.resume) {
                /* The ticket came before the echo byte. */
                SSL_SESSION_free(sess);
                sess = SSL_get1_session(ssl);
            }
            while (SSL_read(ssl, &c, 1) > 0) {
                /* until the server's close_notify */
            }
            close_tls(ssl);
            t = now() - t0;
        } while (t < opt.duration);
        SSL_SESSION_free(sess);
        printf("RESULT %.1f count=%ld resumed=%ld ops=%ld cpu=%ld\n", count / t, count,
                resumed, count, cpu_ns() - cpu0);
    } else if (strcmp(opt.test, "rtt") == 0) {
        char buf[RTT_SIZE];
        SSL *ssl = connect_tls(ctx, NULL);
        double t0;
        long cpu0;
        int i;

        memset(buf, 'r', sizeof(buf));
        t0 = now();
        cpu0 = cpu_ns();
        for (i = 0; i < opt.iters; i++) {
            if (write_full(ssl, buf, RTT_SIZE) != 0 || read_full(ssl, buf, RTT_SIZE) != 0) {
                die("rtt");
            }
        }
        printf("RESULT %.2f iters=%d cipher=%s ops=%d cpu=%ld\n",
                (now() - t0) * 1e6 / opt.iters, opt.iters, SSL_get_cipher_name(ssl),
                opt.iters, cpu_ns() - cpu0);
        close_tls(ssl);
    } else {
        static char buf[READ_SIZE];
        SSL *ssl = connect_tls(ctx, NULL);
        double t0, t;
        long cpu0;

        memset(buf, 'x', sizeof(buf));
        t0 = now();
        cpu0 = cpu_ns();
        if (strcmp(opt.dir, "c2s") == 0) {
            long long left = opt.bytes;

            while (left > 0) {
                int n = (int) (left < opt.wsize ? left : opt.wsize);

                if (write_full(ssl, buf, n) != 0) {
                    die("write");
                }
                left -= n;
            }
            if (read_full(ssl, buf, 1) != 0) {
                die("ack");
            }
        } else {
            long long got = 0;

            write_full(ssl, "g", 1);
            while (got < opt.bytes) {
                int r = SSL_read(ssl, buf, sizeof(buf));

                if (r <= 0) {
                    die("read");
                }
                got += r;
            }
        }
        t = now() - t0;
        printf("RESULT %.1f bytes=%lld cipher=%s ops=%g cpu=%ld\n",
                opt.bytes / t / 1048576.0, opt.bytes, SSL_get_cipher_name(ssl),
                opt.bytes / 1048576.0, cpu_ns() - cpu0);
        close_tls(ssl);
    }
    SSL_CTX_free(ctx);
    return 0;
}

int
main(int argc, char **argv)
{
    int i;

    signal(SIGPIPE, SIG_IGN);   /* a peer gone first is an error return */
    for (i = 1; i < argc; i++) {
        const char *a = argv[i], *v = (i + 1 < argc) ? argv[i + 1] : NULL;

        if (strcmp(a, "-tickets") == 0) {
            opt.tickets = 1;
            continue;
        } else if (strcmp(a, "-resume") == 0) {
            opt.resume = 1;
            continue;
        }
        if (v == NULL) {
            fprintf(stderr, "rawssl: %s needs a value\n", a);
            return 2;
        }
        i++;
        if (strcmp(a, "-mode") == 0) {
            opt.mode = v;
        } else if (strcmp(a, "-test") == 0) {
            opt.test = v;
        } else if (strcmp(a, "-port") == 0) {
            opt.port = atoi(v);
        } else if (strcmp(a, "-cert") == 0) {
            opt.cert = v;
        } else if (strcmp(a, "-key") == 0) {
            opt.key = v;
        } else if (strcmp(a, "-ca") == 0) {
            opt.ca = v;
        } else if (strcmp(a, "-dir") == 0) {
            opt.dir = v;
        } else if (strcmp(a, "-bytes") == 0) {
            opt.bytes = atoll(v);
        } else if (strcmp(a, "-wsize") == 0) {
            opt.wsize = atoll(v);
        } else if (strcmp(a, "-duration") == 0) {
            opt.duration = atof(v);
        } else if (strcmp(a, "-iters") == 0) {
            opt.iters = atoi(v);
        } else if (strcmp(a, "-conns") == 0) {
            opt.conns = atoi(v);
        } else {
            fprintf(stderr, "rawssl: unknown option %s\n", a);
            return 2;
        }
    }
    if (opt.wsize <= 0 || opt.wsize > READ_SIZE) {
        fprintf(stderr, "rawssl: -wsize must be 1..%d\n", READ_SIZE);
        return 2;
    }
    if (strcmp(opt.mode, "server") == 0) {
        return run_server();
    } else if (strcmp(opt.mode, "client") == 0) {
        return run_client();
    }
    fprintf(stderr, "usage: rawssl -mode server|client -test bulk|hs|rtt|mem ...\n");
    return 2;
}
