/* The TLS transport of fsip_endpoint (RFC 3261 §26.2) over real loopback
 * sockets in one process, integrator mode driven by poll() with bounded
 * waits. The certificates come from mkcerts.sh, run by CTest before this
 * test (FSIP_TLS_CERTS is their directory). */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "eptest.h"

#ifdef FSIP_HAVE_TLS
static void on_tls_error(const fsip_netaddr *remote, bool outgoing, const char *reason, void *arg)
{
    node *n = arg;
    (void)remote;
    n->tls_errors++;
    n->tls_err_outgoing = outgoing;
    snprintf(n->tls_err, sizeof n->tls_err, "%s", reason);
    if (getenv("FSIP_TEST_VERBOSE")) fprintf(stderr, "on_error: %s\n", reason);
}
#endif

static void test_parse_uri_tls(void **state)
{
    (void)state;
    fsip_transport tr;
    fsip_netaddr a;
    assert_int_equal(fsip_endpoint_parse_uri("tls:127.0.0.1:5061", &tr, &a), 0);
    assert_int_equal(tr, FSIP_TRANSPORT_TLS);
    assert_int_equal(a.port, 5061);
    assert_int_equal(fsip_endpoint_parse_uri("TLS:[::1]:0", &tr, &a), 0);
    assert_int_equal(tr, FSIP_TRANSPORT_TLS);
    assert_int_equal(fsip_endpoint_parse_uri("tls:127.0.0.1", &tr, &a), FSIP_EINVAL);
}

#ifdef FSIP_HAVE_TLS

#define CERT(f) FSIP_TLS_CERTS "/" f

/* A node's config: `cert` "server", "other", "wrong", "client" or NULL,
 * trusting ca.pem. */
static void tls_cfg(node *n, fsip_endpoint_config *cfg, const char *cert)
{
    static char certs[4][2][256];
    static int k;
    node_cfg(n, cfg);
    cfg->tls.ca_file = CERT("ca.pem");
    cfg->tls.on_error = on_tls_error;
    cfg->tls.on_error_arg = n;
    if (cert) {
        k = (k + 1) % 4;
        snprintf(certs[k][0], sizeof certs[k][0], "%s/%s.pem", FSIP_TLS_CERTS, cert);
        snprintf(certs[k][1], sizeof certs[k][1], "%s/%s.key", FSIP_TLS_CERTS, cert);
        cfg->tls.cert_file = certs[k][0];
        cfg->tls.key_file = certs[k][1];
    }
}

/* Makes n->ep, listening on `uri` if not NULL. */
static void tls_start(node *n, const fsip_endpoint_config *cfg, const char *uri)
{
    assert_true(node_start(n, cfg, uri));
}

static int raw_tcp(const fsip_netaddr *to)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    assert_true(fd >= 0);
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons(to->port)};
    memcpy(&sa.sin_addr, to->ip, 4);
    assert_int_equal(connect(fd, (struct sockaddr *)&sa, sizeof sa), 0);
    return fd;
}

/* A request each way over TLS, the second and third from the client on
 * the connection of the first (RFC 3261 §18.1.1): one handshake for
 * three requests. */
static void roundtrip(const char *server_uri, const char *client_uri)
{
    node s, c;
    fsip_endpoint_config sc, cc;
    tls_cfg(&s, &sc, "server");
    tls_cfg(&c, &cc, "server"); /* the client listens too: same names */
    tls_start(&s, &sc, server_uri);
    tls_start(&c, &cc, client_uri);
    node *ns[] = {&s, &c};
    fsip_netaddr to = node_addr(&s, 0);
    for (int i = 1; i <= 3; i++) {
        assert_int_equal(send_options(&c, FSIP_TRANSPORT_TLS, &to), 0);
        RUN_UNTIL(ns, 2, c.finals == i, 5000);
        assert_int_equal(c.finals, i);
        assert_int_equal(c.last_status, 200);
    }
    assert_int_equal(s.requests, 3);
    assert_int_equal(s.last_rx_transport, FSIP_TRANSPORT_TLS);
    const fsip_endpoint_stats *ss = fsip_endpoint_stats_get(s.ep);
    const fsip_endpoint_stats *cs = fsip_endpoint_stats_get(c.ep);
    assert_int_equal(cs->tls_handshakes, 1);
    assert_int_equal(ss->tls_handshakes, 1);
    assert_int_equal(cs->tcp_connected, 1);
    assert_int_equal(ss->tcp_accepted, 1);
    /* The other way: the server opens its own connection to the client's
     * listener (a different port from the connection's). */
    fsip_netaddr back = node_addr(&c, 0);
    assert_int_equal(send_options(&s, FSIP_TRANSPORT_TLS, &back), 0);
    RUN_UNTIL(ns, 2, s.finals == 1, 5000);
    assert_int_equal(s.finals, 1);
    assert_int_equal(s.last_status, 200);
    assert_int_equal(c.requests, 1);
    assert_int_equal(c.last_rx_transport, FSIP_TRANSPORT_TLS);
    assert_int_equal(ss->tls_handshakes, 2);
    assert_int_equal(cs->tls_handshakes, 2);
    assert_int_equal(ss->tls_handshake_errors + cs->tls_handshake_errors, 0);
    assert_int_equal(s.tls_errors + c.tls_errors, 0);
    fsip_endpoint_free(c.ep);
    fsip_endpoint_free(s.ep);
    assert_int_equal(c.nw, 0);
    assert_int_equal(s.nw, 0);
}

static void test_tls_roundtrip4(void **state)
{
    (void)state;
    roundtrip("tls:127.0.0.1:0", "tls:127.0.0.1:0");
}

static void test_tls_roundtrip6(void **state)
{
    (void)state;
    int fd = socket(AF_INET6, SOCK_STREAM, 0);
    struct sockaddr_in6 sa = {.sin6_family = AF_INET6, .sin6_addr = IN6ADDR_LOOPBACK_INIT};
    bool v6 = fd >= 0 && bind(fd, (struct sockaddr *)&sa, sizeof sa) == 0;
    if (fd >= 0) close(fd);
    if (!v6) skip();
    /* The server's certificate names IP:::1: verified by address. */
    roundtrip("tls:[::1]:0", "tls:[::1]:0");
}

/* Sends one OPTIONS from a client with config `cc` to a server with
 * `sc`; returns after the outcome (a final response or a transport
 * error), within 5 s. */
static void attempt(node *s, node *c, const fsip_endpoint_config *sc,
                    const fsip_endpoint_config *cc)
{
    tls_start(s, sc, "tls:127.0.0.1:0");
    tls_start(c, cc, "udp:127.0.0.1:0");
    node *ns[] = {s, c};
    fsip_netaddr to = node_addr(s, 0);
    uint64_t t0 = now_ms();
    assert_int_equal(send_options(c, FSIP_TRANSPORT_TLS, &to), 0);
    RUN_UNTIL(ns, 2, c->finals + c->transport_errors + c->timeouts > 0, 5000);
    /* RFC 3261 §17.1.4: at once, not at Timer F (32 s). */
    assert_true(now_ms() - t0 < 5000);
    /* Let the server see the alert (or the close). */
    const fsip_endpoint_stats *ss = fsip_endpoint_stats_get(s->ep);
    RUN_UNTIL(ns, 2, ss->tcp_open == 0 || c->finals > 0, 2000);
}

static void expect_failure(node *s, node *c, const char *reason)
{
    assert_int_equal(c->finals, 0);
    assert_int_equal(c->transport_errors, 1);
    assert_int_equal(c->timeouts, 0);
    assert_int_equal(s->requests, 0);
    assert_int_equal(c->tls_errors, 1);
    assert_true(c->tls_err_outgoing);
    if (!strstr(c->tls_err, reason)) fail_msg("reason '%s' lacks '%s'", c->tls_err, reason);
    /* The same reason in the log. */
    if (!strstr(c->last_warn, reason)) fail_msg("log '%s' lacks '%s'", c->last_warn, reason);
    assert_int_equal(fsip_endpoint_stats_get(c->ep)->tls_handshake_errors, 1);
    assert_int_equal(fsip_endpoint_stats_get(c->ep)->tls_handshakes, 0);
    assert_int_equal(fsip_endpoint_stats_get(c->ep)->tcp_open, 0);
    assert_int_equal(fsip_stack_stats(fsip_endpoint_stack(c->ep))->txn_active, 0);
}

/* A server certificate from a CA the client does not trust. */
static void test_tls_unknown_ca(void **state)
{
    (void)state;
    node s, c;
    fsip_endpoint_config sc, cc;
    tls_cfg(&s, &sc, "other");
    tls_cfg(&c, &cc, NULL);
    attempt(&s, &c, &sc, &cc);
    expect_failure(&s, &c, "certificate verify failed: unable to get local issuer certificate");
    /* The client's alert made the server's handshake fail too. */
    assert_int_equal(fsip_endpoint_stats_get(s.ep)->tls_handshake_errors, 1);
    assert_int_equal(s.tls_errors, 1);
    assert_false(s.tls_err_outgoing);
    fsip_endpoint_free(c.ep);
    fsip_endpoint_free(s.ep);
}

/* Verification off: the same untrusted server is accepted. */
static void test_tls_no_verify(void **state)
{
    (void)state;
    node s, c;
    fsip_endpoint_config sc, cc;
    tls_cfg(&s, &sc, "other");
    tls_cfg(&c, &cc, NULL);
    cc.tls.verify = FSIP_TLS_VERIFY_NONE;
    attempt(&s, &c, &sc, &cc);
    assert_int_equal(c.finals, 1);
    assert_int_equal(c.last_status, 200);
    fsip_endpoint_free(c.ep);
    fsip_endpoint_free(s.ep);
}

/* A trusted certificate that names someone else: refused when we connect
 * by IP (RFC 5922 §7.2) ... */
static void test_tls_wrong_name(void **state)
{
    (void)state;
    node s, c;
    fsip_endpoint_config sc, cc;
    tls_cfg(&s, &sc, "wrong");
    tls_cfg(&c, &cc, NULL);
    attempt(&s, &c, &sc, &cc);
    expect_failure(&s, &c, "IP address mismatch");
    /* ... accepted once the application says which name it meant. */
    fsip_netaddr to = node_addr(&s, 0);
    assert_int_equal(fsip_endpoint_tls_set_name(c.ep, &to, "wrong.test"), 0);
    node *ns[] = {&s, &c};
    assert_int_equal(send_options(&c, FSIP_TRANSPORT_TLS, &to), 0);
    RUN_UNTIL(ns, 2, c.finals == 1, 5000);
    assert_int_equal(c.finals, 1);
    assert_int_equal(c.last_status, 200);
    assert_int_equal(fsip_endpoint_stats_get(c.ep)->tls_handshakes, 1);
    fsip_endpoint_free(c.ep);
    fsip_endpoint_free(s.ep);
}

/* A name the certificate does not carry fails even though the address
 * would have matched; the right name (any port of the address) works. */
static void test_tls_name_mismatch(void **state)
{
    (void)state;
    node s, c;
    fsip_endpoint_config sc, cc;
    tls_cfg(&s, &sc, "server");
    tls_cfg(&c, &cc, NULL);
    tls_start(&s, &sc, "tls:127.0.0.1:0");
    tls_start(&c, &cc, "udp:127.0.0.1:0");
    node *ns[] = {&s, &c};
    fsip_netaddr to = node_addr(&s, 0);
    assert_int_equal(fsip_endpoint_tls_set_name(c.ep, &to, "proxy.example.com"), 0);
    assert_int_equal(send_options(&c, FSIP_TRANSPORT_TLS, &to), 0);
    RUN_UNTIL(ns, 2, c.transport_errors == 1, 5000);
    assert_int_equal(c.transport_errors, 1);
    assert_non_null(strstr(c.tls_err, "hostname mismatch"));
    fsip_netaddr any = to;
    any.port = 0;
    assert_int_equal(fsip_endpoint_tls_set_name(c.ep, &to, NULL), 0); /* forget */
    assert_int_equal(fsip_endpoint_tls_set_name(c.ep, &any, "sip.test"), 0);
    assert_int_equal(send_options(&c, FSIP_TRANSPORT_TLS, &to), 0);
    RUN_UNTIL(ns, 2, c.finals == 1, 5000);
    assert_int_equal(c.finals, 1);
    assert_int_equal(fsip_endpoint_tls_set_name(c.ep, &any, ""), FSIP_EINVAL);
    fsip_endpoint_free(c.ep);
    fsip_endpoint_free(s.ep);
}

/* Mutual TLS: a server that requires a client certificate refuses a
 * client without one, and accepts one signed by its CA. */
static void test_tls_client_cert(void **state)
{
    (void)state;
    node s, c;
    fsip_endpoint_config sc, cc;
    tls_cfg(&s, &sc, "server");
    sc.tls.verify_client = true;
    tls_cfg(&c, &cc, NULL);
    attempt(&s, &c, &sc, &cc);
    assert_int_equal(c.finals, 0);
    assert_int_equal(s.requests, 0);
    assert_int_equal(fsip_endpoint_stats_get(s.ep)->tls_handshake_errors, 1);
    assert_non_null(strstr(s.tls_err, "certificate"));
    /* The client learns it (an alert from the server): its transaction
     * failed at once, with the server's reason. */
    assert_int_equal(c.transport_errors, 1);
    assert_int_equal(c.timeouts, 0);
    assert_non_null(strstr(c.tls_err, "certificate required"));
    fsip_endpoint_free(c.ep);
    fsip_endpoint_free(s.ep);

    tls_cfg(&s, &sc, "server");
    sc.tls.verify_client = true;
    tls_cfg(&c, &cc, "client");
    attempt(&s, &c, &sc, &cc);
    assert_int_equal(c.finals, 1);
    assert_int_equal(c.last_status, 200);
    assert_int_equal(s.requests, 1);
    fsip_endpoint_free(c.ep);
    fsip_endpoint_free(s.ep);

    /* A client certificate from a CA the server does not trust. */
    tls_cfg(&s, &sc, "server");
    sc.tls.verify_client = true;
    tls_cfg(&c, &cc, "other");
    attempt(&s, &c, &sc, &cc);
    assert_int_equal(c.finals, 0);
    assert_int_equal(c.transport_errors, 1);
    assert_int_equal(s.requests, 0);
    assert_int_equal(fsip_endpoint_stats_get(s.ep)->tls_handshake_errors, 1);
    assert_non_null(strstr(s.tls_err, "certificate verify failed"));
    fsip_endpoint_free(c.ep);
    fsip_endpoint_free(s.ep);
}

/* A plaintext SIP client on the TLS port is cut off: the handshake
 * fails, the connection closes, it is counted. */
static void test_tls_plaintext_client(void **state)
{
    (void)state;
    node s;
    fsip_endpoint_config sc;
    tls_cfg(&s, &sc, "server");
    tls_start(&s, &sc, "tls:127.0.0.1:0");
    node *ns[] = {&s};
    fsip_netaddr to = node_addr(&s, 0);
    int fd = raw_tcp(&to);
    const char *req = "OPTIONS sip:b@127.0.0.1 SIP/2.0\r\n"
                      "Via: SIP/2.0/TCP 127.0.0.1:5999;branch=z9hG4bKplain\r\n"
                      "Max-Forwards: 70\r\nFrom: <sip:a@test>;tag=1\r\nTo: <sip:b@test>\r\n"
                      "Call-ID: plain@test\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
    assert_int_equal(send(fd, req, strlen(req), MSG_NOSIGNAL), (ssize_t)strlen(req));
    const fsip_endpoint_stats *es = fsip_endpoint_stats_get(s.ep);
    bool closed = false;
    uint64_t end = now_ms() + 5000;
    while (!closed && now_ms() < end) {
        pump(ns, 1, 20);
        char b[256];
        ssize_t r;
        while ((r = recv(fd, b, sizeof b, MSG_DONTWAIT)) > 0)
            assert_true(memcmp(b, "SIP/2.0", 7) != 0); /* never a SIP answer */
        if (r == 0 || (r < 0 && errno == ECONNRESET)) closed = true;
    }
    assert_true(closed);
    assert_int_equal(es->tls_handshake_errors, 1);
    assert_int_equal(es->tls_handshakes, 0);
    assert_int_equal(es->tcp_open, 0);
    assert_int_equal(s.requests, 0);
    assert_int_equal(s.tls_errors, 1);
    assert_false(s.tls_err_outgoing);
    close(fd);
    fsip_endpoint_free(s.ep);
}

/* A peer that connects and says nothing is closed after the handshake
 * timeout (on the integrator's clock: no waiting). */
static void test_tls_handshake_timeout(void **state)
{
    (void)state;
    node s;
    fsip_endpoint_config sc;
    tls_cfg(&s, &sc, "server");
    sc.tls.handshake_timeout_ms = 3000;
    tls_start(&s, &sc, "tls:127.0.0.1:0");
    node *ns[] = {&s};
    fsip_netaddr to = node_addr(&s, 0);
    int fd = raw_tcp(&to);
    const fsip_endpoint_stats *es = fsip_endpoint_stats_get(s.ep);
    RUN_UNTIL(ns, 1, es->tcp_accepted == 1, 5000);
    assert_int_equal(es->tcp_open, 1);
    uint64_t d = fsip_endpoint_next_deadline(s.ep);
    assert_true(d != FSIP_NO_DEADLINE && d <= now_ms() + 3000);
    fsip_endpoint_process(s.ep, NULL, 0, d);
    assert_int_equal(es->tcp_open, 0);
    assert_int_equal(es->tls_handshake_errors, 1);
    assert_non_null(strstr(s.tls_err, "handshake timeout"));
    close(fd);
    fsip_endpoint_free(s.ep);
}

/* A message bigger than a TLS record (16 KiB, RFC 8446 §5.1) both ways,
 * then the idle timeout and the limits apply to TLS connections as to
 * TCP ones. */
static void test_tls_big_idle_limits(void **state)
{
    (void)state;
    node s, c;
    fsip_endpoint_config sc, cc;
    tls_cfg(&s, &sc, "server");
    tls_cfg(&c, &cc, NULL);
    sc.idle_timeout_ms = 60000;
    sc.max_conns_per_peer = 1;
    tls_start(&s, &sc, "tls:127.0.0.1:0");
    tls_start(&c, &cc, "udp:127.0.0.1:0");
    node *ns[] = {&s, &c};
    fsip_netaddr to = node_addr(&s, 0);
    fsip_flow f;
    assert_int_equal(fsip_endpoint_flow_to(c.ep, FSIP_TRANSPORT_TLS, &to, &f), 0);
    fsip_msg *m = fsip_msg_new_request("OPTIONS", "sips:b@127.0.0.1", test_alloc);
    assert_non_null(m);
    assert_int_equal(fsip_msg_hdr_add(m, "Max-Forwards", "70"), 0);
    assert_int_equal(fsip_msg_hdr_add(m, "From", "<sips:a@test>;tag=big"), 0);
    assert_int_equal(fsip_msg_hdr_add(m, "To", "<sips:b@test>"), 0);
    assert_int_equal(fsip_msg_hdr_add(m, "Call-ID", "big@test"), 0);
    assert_int_equal(fsip_msg_hdr_add(m, "CSeq", "1 OPTIONS"), 0);
    static char body[40000];
    memset(body, 'x', sizeof body);
    memcpy(body, "v=0\r\n", 5);
    assert_int_equal(fsip_msg_set_body(m, "application/sdp", body, sizeof body), 0);
    assert_int_equal(
        fsip_stack_send_request(fsip_endpoint_stack(c.ep), m, &f, NULL, now_ms(), NULL), 0);
    RUN_UNTIL(ns, 2, c.finals == 1, 5000);
    assert_int_equal(s.requests, 1);
    assert_int_equal(c.finals, 1);
    const fsip_endpoint_stats *ss = fsip_endpoint_stats_get(s.ep);
    assert_int_equal(ss->tls_handshakes, 1);
    /* Per peer: a second connection from 127.0.0.1 is closed at once. */
    int fd = raw_tcp(&to);
    RUN_UNTIL(ns, 2, ss->tcp_rejected_limit == 1, 5000);
    assert_int_equal(ss->tcp_rejected_limit, 1);
    assert_int_equal(ss->tcp_open, 1);
    close(fd);
    /* Idle: closed on the integrator's clock. */
    fsip_endpoint_process(s.ep, NULL, 0, now_ms() + 60001);
    assert_int_equal(ss->tcp_closed_idle, 1);
    assert_int_equal(ss->tcp_open, 0);
    const fsip_endpoint_stats *cs = fsip_endpoint_stats_get(c.ep);
    RUN_UNTIL(ns, 2, cs->tcp_open == 0, 5000);
    assert_int_equal(cs->tcp_open, 0);
    /* The next request opens (and verifies) a new connection. */
    assert_int_equal(send_options(&c, FSIP_TRANSPORT_TLS, &to), 0);
    RUN_UNTIL(ns, 2, c.finals == 2, 5000);
    assert_int_equal(c.finals, 2);
    assert_int_equal(cs->tls_handshakes, 2);
    fsip_endpoint_free(c.ep);
    fsip_endpoint_free(s.ep);
}

/* Allocation failure while creating a TLS endpoint and listening: no
 * leak, no crash. */
static int create_listen_tls(void *arg)
{
    (void)arg;
    node n;
    fsip_endpoint_config cfg;
    tls_cfg(&n, &cfg, "server");
    fsip_stack_callbacks c = node_cbs(&n);
    int rc = fsip_endpoint_new(&cfg, &c, &n.ep);
    if (rc < 0) return rc;
    rc = fsip_endpoint_listen(n.ep, "tls:127.0.0.1:0");
    fsip_netaddr a;
    if (rc == 0) rc = fsip_endpoint_local(n.ep, 0, NULL, &a);
    if (rc == 0) rc = fsip_endpoint_tls_set_name(n.ep, &a, "sip.test");
    fsip_endpoint_free(n.ep);
    return rc;
}

static void test_tls_failmalloc(void **state)
{
    (void)state;
    assert_true(test_failmalloc_sweep(create_listen_tls, NULL) > 1);
}

/* Loop mode: the same TLS endpoints on an fsip_loop; a request sent from
 * outside the loop, and a silent peer closed when the loop's timer reaches
 * the handshake deadline (the loop glue must arm it). */
static void test_tls_loop_mode(void **state)
{
    (void)state;
    fsip_loop *loop = fsip_loop_new(test_alloc);
    assert_non_null(loop);
    node s, c;
    fsip_endpoint_config sc, cc;
    tls_cfg(&s, &sc, "server");
    tls_cfg(&c, &cc, NULL);
    sc.tls.handshake_timeout_ms = 300;
    fsip_stack_callbacks sb = node_cbs(&s);
    fsip_stack_callbacks cb = node_cbs(&c);
    assert_int_equal(fsip_endpoint_new_on_loop(loop, &sc, &sb, &s.ep), 0);
    assert_int_equal(fsip_endpoint_new_on_loop(loop, &cc, &cb, &c.ep), 0);
    assert_int_equal(fsip_endpoint_listen(s.ep, "tls:127.0.0.1:0"), 0);
    assert_int_equal(fsip_endpoint_listen(c.ep, "udp:127.0.0.1:0"), 0);
    fsip_netaddr to = node_addr(&s, 0);
    for (int i = 1; i <= 2; i++) {
        assert_int_equal(send_options(&c, FSIP_TRANSPORT_TLS, &to), 0);
        uint64_t end = now_ms() + 5000;
        while (c.finals < i && now_ms() < end)
            fsip_loop_run_once(loop, 20);
        assert_int_equal(c.finals, i);
        assert_int_equal(c.last_status, 200);
    }
    const fsip_endpoint_stats *ss = fsip_endpoint_stats_get(s.ep);
    assert_int_equal(ss->tls_handshakes, 1);
    int fd = raw_tcp(&to);
    uint64_t t0 = now_ms(), end = t0 + 5000;
    while (ss->tls_handshake_errors == 0 && now_ms() < end)
        fsip_loop_run_once(loop, 1000);
    assert_int_equal(ss->tls_handshake_errors, 1);
    assert_true(now_ms() - t0 >= 250);
    assert_non_null(strstr(s.tls_err, "handshake timeout"));
    close(fd);
    fsip_endpoint_free(c.ep);
    fsip_endpoint_free(s.ep);
    fsip_loop_free(loop);
}

/* Configuration errors are reported when they are made. */
static void test_tls_config_errors(void **state)
{
    (void)state;
    node n;
    fsip_endpoint_config cfg;
    fsip_stack_callbacks cb = node_cbs(&n);
    /* A listener needs a certificate. */
    tls_cfg(&n, &cfg, NULL);
    assert_int_equal(fsip_endpoint_new(&cfg, &cb, &n.ep), 0);
    assert_int_equal(fsip_endpoint_listen(n.ep, "tls:127.0.0.1:0"), FSIP_ETLS);
    assert_non_null(strstr(n.last_warn, "certificate"));
    fsip_endpoint_free(n.ep);
    /* A file that is not there. */
    tls_cfg(&n, &cfg, NULL);
    cfg.tls.cert_file = CERT("missing.pem");
    cfg.tls.key_file = CERT("server.key");
    n.ep = NULL;
    assert_int_equal(fsip_endpoint_new(&cfg, &cb, &n.ep), FSIP_ETLS);
    assert_null(n.ep);
    /* A key of another certificate. */
    tls_cfg(&n, &cfg, NULL);
    cfg.tls.cert_file = CERT("server.pem");
    cfg.tls.key_file = CERT("client.key");
    assert_int_equal(fsip_endpoint_new(&cfg, &cb, &n.ep), FSIP_ETLS);
    /* The CAs from a hashed directory instead of a file. */
    node s, c;
    fsip_endpoint_config sc, cc;
    tls_cfg(&s, &sc, "server");
    tls_cfg(&c, &cc, NULL);
    cc.tls.ca_file = NULL;
    cc.tls.ca_dir = FSIP_TLS_CERTS "/cadir";
    attempt(&s, &c, &sc, &cc);
    assert_int_equal(c.finals, 1);
    fsip_endpoint_free(c.ep);
    fsip_endpoint_free(s.ep);
    /* TLS 1.3 only between two fsip endpoints works. */
    tls_cfg(&s, &sc, "server");
    tls_cfg(&c, &cc, NULL);
    sc.tls.min_version = FSIP_TLS_1_3;
    cc.tls.min_version = FSIP_TLS_1_3;
    attempt(&s, &c, &sc, &cc);
    assert_int_equal(c.finals, 1);
    fsip_endpoint_free(c.ep);
    fsip_endpoint_free(s.ep);
}

#else /* !FSIP_HAVE_TLS */

static void test_tls_not_built(void **state)
{
    (void)state;
    node n;
    fsip_endpoint_config cfg;
    memset(&n, 0, sizeof n);
    fsip_endpoint_config_init(&cfg);
    cfg.stack.alloc = test_alloc;
    cfg.stack.log = on_log;
    cfg.stack.log_arg = &n;
    cfg.fd_interest = interest;
    cfg.fd_interest_arg = &n;
    fsip_stack_callbacks cb = node_cbs(&n);
    assert_int_equal(fsip_endpoint_new(&cfg, &cb, &n.ep), 0);
    assert_int_equal(fsip_endpoint_listen(n.ep, "tls:127.0.0.1:0"), FSIP_ENOTSUP);
    assert_int_equal(fsip_endpoint_listen(n.ep, "udp:127.0.0.1:0"), 0);
    fsip_endpoint_free(n.ep);
}

#endif

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_parse_uri_tls),
#ifdef FSIP_HAVE_TLS
        FSIP_TEST(test_tls_roundtrip4),        FSIP_TEST(test_tls_roundtrip6),
        FSIP_TEST(test_tls_unknown_ca),        FSIP_TEST(test_tls_no_verify),
        FSIP_TEST(test_tls_wrong_name),        FSIP_TEST(test_tls_name_mismatch),
        FSIP_TEST(test_tls_client_cert),       FSIP_TEST(test_tls_plaintext_client),
        FSIP_TEST(test_tls_handshake_timeout), FSIP_TEST(test_tls_config_errors),
        FSIP_TEST(test_tls_big_idle_limits),   FSIP_TEST(test_tls_failmalloc),
        FSIP_TEST(test_tls_loop_mode),
#else
        FSIP_TEST(test_tls_not_built),
#endif
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
