/* UAS request validation (RFC 3261 §8.2), limits, response routing
 * (§18.2.2, RFC 3581), bad input counting, streams and keep-alives, and a
 * failmalloc sweep over a basic exchange. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stacktest.h"

/* Feeds a request from B over UDP; returns the status of the last response
 * sent (0: none). */
static int reply_status(st *t, const char *req, uint64_t now)
{
    int before = t->nsent;
    assert_int_equal(st_recv(t, FSIP_TRANSPORT_UDP, req, now), 0);
    if (t->nsent == before) return 0;
    fsip_msg *m = st_parse_sent(t, t->nsent - 1);
    int s = fsip_msg_status(m);
    fsip_msg_free(m);
    return s;
}

static int req_status(st *t, const char *method, const char *branch, const char *extra,
                      const char *body)
{
    char *r = st_request(method, branch, extra, body);
    int s = reply_status(t, r, 0);
    free(r);
    return s;
}

/* The header `name` of the last message sent, as a C string ("" absent). */
static const char *last_hdr(st *t, const char *name)
{
    static char buf[512];
    fsip_msg *m = st_parse_sent(t, t->nsent - 1);
    const fsip_hdr *h = fsip_msg_hdr_find(m, name);
    snprintf(buf, sizeof buf, "%s", h ? test_cstr(h->value) : "");
    fsip_msg_free(m);
    return buf;
}

static const char *last_reason(st *t)
{
    static char buf[512];
    fsip_msg *m = st_parse_sent(t, t->nsent - 1);
    snprintf(buf, sizeof buf, "%s", test_cstr(fsip_msg_reason(m)));
    fsip_msg_free(m);
    return buf;
}

static void test_400_names_header(void **state)
{
    (void)state;
    st t;
    st_init(&t, NULL);
    /* A missing mandatory header (fsip_msg_validate). */
    const char *no_mf = "OPTIONS sip:alice@192.0.2.1 SIP/2.0\r\n"
                        "Via: SIP/2.0/UDP 192.0.2.2:5070;branch=z9hG4bKv1\r\n"
                        "From: <sip:bob@example.com>;tag=1\r\nTo: <sip:alice@example.com>\r\n"
                        "Call-ID: v1\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
    assert_int_equal(reply_status(&t, no_mf, 0), 400);
    assert_non_null(strstr(last_reason(&t), "Max-Forwards"));
    /* A malformed header: the parser names it, the stack answers 400. */
    char *r = st_request("OPTIONS", "z9hG4bKv2", "Expires: soon\r\n", NULL);
    assert_int_equal(reply_status(&t, r, 0), 400);
    free(r);
    assert_non_null(strstr(last_reason(&t), "Expires"));
    /* To tag added to the stateless response (RFC 3261 §8.2.6.2). */
    fsip_msg *m = st_parse_sent(&t, t.nsent - 1);
    assert_true(fsip_msg_to(m)->tag.len > 0);
    fsip_msg_free(m);
    assert_int_equal(fsip_stack_stats(t.s)->rej_400, 2);
    assert_int_equal(fsip_stack_stats(t.s)->txn_active, 0); /* stateless */
    st_free(&t);
}

static void test_505(void **state)
{
    (void)state;
    st t;
    st_init(&t, NULL);
    char *r = st_request("OPTIONS", "z9hG4bKv3", NULL, NULL);
    memcpy(strstr(r, "SIP/2.0\r\n"), "SIP/3.0", 7);
    assert_int_equal(reply_status(&t, r, 0), 505);
    free(r);
    assert_int_equal(fsip_stack_stats(t.s)->rej_505, 1);
    st_free(&t);
}

static void test_416_405_501(void **state)
{
    (void)state;
    st t;
    st_init(&t, NULL);
    char *r = st_request("OPTIONS", "z9hG4bKv4", NULL, NULL);
    char *u = strstr(r, "sip:alice@192.0.2.1");
    memcpy(u, "ftp:alice@192.0.2.1", 19);
    assert_int_equal(reply_status(&t, r, 0), 416);
    free(r);
    assert_int_equal(req_status(&t, "PUBLISH", "z9hG4bKv5", NULL, NULL), 405);
    assert_non_null(strstr(last_hdr(&t, "Allow"), "INVITE"));
    assert_int_equal(req_status(&t, "FOO", "z9hG4bKv6", NULL, NULL), 501);
    const fsip_stats *st_ = fsip_stack_stats(t.s);
    assert_int_equal(st_->rej_416, 1);
    assert_int_equal(st_->rej_405, 1);
    assert_int_equal(st_->rej_501, 1);
    /* tel: is accepted by default. */
    r = st_request("OPTIONS", "z9hG4bKv7", NULL, NULL);
    u = strstr(r, "sip:alice@192.0.2.1");
    memcpy(u, "tel:+1234567890;x=y", 19);
    assert_int_equal(reply_status(&t, r, 0), 0);
    free(r);
    assert_string_equal(t.log, "req OPTIONS\n");
    st_free(&t);
}

static void test_420_415(void **state)
{
    (void)state;
    st t;
    fsip_stack_config c;
    fsip_stack_config_init(&c);
    c.supported = "100rel, timer";
    st_init(&t, &c);
    assert_int_equal(req_status(&t, "OPTIONS", "z9hG4bKv8", "Require: foo, timer, bar\r\n", NULL),
                     420);
    assert_string_equal(last_hdr(&t, "Unsupported"), "foo");
    assert_int_equal(req_status(&t, "OPTIONS", "z9hG4bKv9", "Require: 100rel\r\n", NULL), 0);
    assert_int_equal(req_status(&t, "MESSAGE", "z9hG4bKva", "Content-Type: text/plain\r\n", "hi"),
                     415);
    assert_string_equal(last_hdr(&t, "Accept"), "application/sdp");
    assert_int_equal(
        req_status(&t, "MESSAGE", "z9hG4bKvb", "Content-Type: application/sdp\r\n", "v=0\r\n"), 0);
    assert_int_equal(fsip_stack_stats(t.s)->rej_420, 1);
    assert_int_equal(fsip_stack_stats(t.s)->rej_415, 1);
    st_free(&t);
}

static void test_483_482_481(void **state)
{
    (void)state;
    st t;
    fsip_stack_config c;
    fsip_stack_config_init(&c);
    c.max_forwards_check = true;
    st_init(&t, &c);
    char *r = st_request("INVITE", "z9hG4bKvc", NULL, NULL);
    memcpy(strstr(r, "Max-Forwards: 70"), "Max-Forwards: 00", 16);
    assert_int_equal(reply_status(&t, r, 0), 483);
    free(r);
    st_free(&t);

    /* Default: a UAS processes Max-Forwards 0 (RFC 3261 §8.2). */
    st_init(&t, NULL);
    r = st_request("OPTIONS", "z9hG4bKvd", NULL, NULL);
    memcpy(strstr(r, "Max-Forwards: 70"), "Max-Forwards: 00", 16);
    assert_int_equal(reply_status(&t, r, 0), 0);
    free(r);
    /* §8.2.2.2: same From tag, Call-ID, CSeq, no To tag, another branch. */
    assert_int_equal(req_status(&t, "INVITE", "z9hG4bKm1", NULL, NULL), 100);
    r = st_request("INVITE", "z9hG4bKm1", NULL, NULL);
    memcpy(strstr(r, "branch=z9hG4bKm1"), "branch=z9hG4bKm2", 16);
    assert_int_equal(reply_status(&t, r, 0), 482);
    free(r);
    assert_int_equal(fsip_stack_stats(t.s)->rej_482, 1);
    /* §9.2: a CANCEL matching no INVITE gets 481; one matching is the TU's. */
    assert_int_equal(req_status(&t, "CANCEL", "z9hG4bKzz", NULL, NULL), 481);
    st_clear(&t);
    assert_int_equal(req_status(&t, "CANCEL", "z9hG4bKm1", NULL, NULL), 0);
    assert_string_equal(t.log, "req CANCEL\n");
    fsip_txn *inv = fsip_txn_cancel_target(t.last_server);
    assert_non_null(inv);
    assert_int_equal(fsip_txn_get_kind(inv), FSIP_TXN_IST);
    st_free(&t);
}

static void test_513(void **state)
{
    (void)state;
    st t;
    fsip_stack_config c;
    fsip_stack_config_init(&c);
    c.parse.max_msg_size = 600;
    st_init(&t, &c);
    char body[800];
    memset(body, 'x', sizeof body - 1);
    body[sizeof body - 1] = '\0';
    assert_int_equal(req_status(&t, "MESSAGE", "z9hG4bKvf", "Content-Type: text/plain\r\n", body),
                     513);
    assert_int_equal(fsip_stack_stats(t.s)->rej_513, 1);
    st_free(&t);
}

static void test_503_limit(void **state)
{
    (void)state;
    st t;
    fsip_stack_config c;
    fsip_stack_config_init(&c);
    c.max_transactions = 2;
    c.retry_after_s = 7;
    st_init(&t, &c);
    assert_int_equal(req_status(&t, "OPTIONS", "z9hG4bKl1", NULL, NULL), 0);
    char *r = st_request("OPTIONS", "z9hG4bKl2", NULL, NULL);
    memcpy(strstr(r, "CSeq: 1"), "CSeq: 2", 7);
    assert_int_equal(reply_status(&t, r, 0), 0);
    free(r);
    r = st_request("OPTIONS", "z9hG4bKl3", NULL, NULL);
    memcpy(strstr(r, "CSeq: 1"), "CSeq: 3", 7);
    assert_int_equal(reply_status(&t, r, 0), 503);
    free(r);
    assert_string_equal(last_hdr(&t, "Retry-After"), "7");
    assert_int_equal(fsip_stack_stats(t.s)->rej_503, 1);
    /* The client side reports the limit. */
    fsip_flow f = st_flow(FSIP_TRANSPORT_UDP, 0, true);
    assert_int_equal(fsip_stack_send_request(t.s, st_new_request("OPTIONS"), &f, NULL, 0, NULL),
                     FSIP_ELIMIT);
    st_free(&t);
}

static void test_bad_input_counted(void **state)
{
    (void)state;
    st t;
    st_init(&t, NULL);
    fsip_flow f = st_flow(FSIP_TRANSPORT_UDP, 0, true);
    static const char garbage[] = "\x01\x02hello world\r\n\r\n";
    assert_int_equal(st_recv_raw(&t, &f, garbage, sizeof garbage - 1, 0), 0);
    static const char badresp[] = "SIP/2.0 200 OK\r\nVia: nonsense\r\n\r\n";
    assert_int_equal(st_recv_raw(&t, &f, badresp, sizeof badresp - 1, 0), 0);
    /* A well-formed response matching nothing. */
    static const char stray[] = "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKxx\r\n"
                                "From: <sip:a@b>;tag=1\r\nTo: <sip:c@d>;tag=2\r\nCall-ID: s\r\n"
                                "CSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
    assert_int_equal(st_recv_raw(&t, &f, stray, sizeof stray - 1, 0), 0);
    /* A malformed ACK: never answered. */
    char *r = st_request("ACK", "z9hG4bKa1", "Expires: x\r\n", NULL);
    assert_int_equal(reply_status(&t, r, 0), 0);
    free(r);
    /* A datagram keep-alive: nothing. */
    assert_int_equal(st_recv_raw(&t, &f, "\r\n\r\n", 4, 0), 0);
    const fsip_stats *s = fsip_stack_stats(t.s);
    assert_int_equal(t.nsent, 0);
    assert_int_equal(s->rx_garbage, 1);
    assert_int_equal(s->rx_bad_responses, 1);
    assert_int_equal(s->rx_stray_responses, 1);
    assert_int_equal(s->rx_bad_acks, 1);
    st_free(&t);
}

static void test_received_rport(void **state)
{
    (void)state;
    st t;
    st_init(&t, NULL);
    /* RFC 3581 §4: received and the rport value; the response goes to the
     * source address and port. */
    char *r = st_request("OPTIONS", "z9hG4bKr1", NULL, NULL);
    char *via = strstr(r, "192.0.2.2:5070;branch");
    memcpy(via, "10.0.0.99:5999;branch", 21);
    char *w = malloc(strlen(r) + 16);
    size_t pre = (size_t)(strstr(r, "z9hG4bKr1") - r) + 9;
    memcpy(w, r, pre);
    strcpy(w + pre, ";rport");
    strcat(w, r + pre);
    assert_int_equal(reply_status(&t, w, 0), 0);
    assert_int_equal(fsip_txn_respond_status(t.last_server, 200, NULL, 0), 0);
    fsip_msg *m = st_parse_sent(&t, 0);
    const fsip_via *v = fsip_msg_via(m);
    assert_view(v->received, "192.0.2.2");
    assert_int_equal(v->rport, 5070);
    fsip_netaddr b = st_addr_b();
    assert_true(fsip_netaddr_equal(&t.sent[0].flow.remote, &b));
    fsip_msg_free(m);
    free(w);
    free(r);
    /* §18.2.2 without rport: received, and the sent-by port. */
    st_clear(&t);
    r = st_request("OPTIONS", "z9hG4bKr2", NULL, NULL);
    via = strstr(r, "192.0.2.2:5070;branch");
    memcpy(via, "10.0.0.99:5999;branch", 21);
    assert_int_equal(reply_status(&t, r, 0), 0);
    free(r);
    assert_int_equal(fsip_txn_respond_status(t.last_server, 200, NULL, 0), 0);
    m = st_parse_sent(&t, 0);
    assert_view(fsip_msg_via(m)->received, "192.0.2.2");
    assert_int_equal(fsip_msg_via(m)->rport, -1);
    assert_int_equal(t.sent[0].flow.remote.port, 5999);
    fsip_msg_free(m);
    /* The stack's own stateless rejections follow RFC 3581 too: a request
     * with ;rport and a bad header is answered at the source port, with
     * received and the rport value in its Via. */
    st_clear(&t);
    r = st_request("OPTIONS", "z9hG4bKr3", "Expires: soon\r\n", NULL);
    via = strstr(r, "192.0.2.2:5070;branch");
    memcpy(via, "10.0.0.99:5999;branch", 21);
    w = malloc(strlen(r) + 16);
    pre = (size_t)(strstr(r, "z9hG4bKr3") - r) + 9;
    memcpy(w, r, pre);
    strcpy(w + pre, ";rport");
    strcat(w, r + pre);
    assert_int_equal(reply_status(&t, w, 0), 400);
    m = st_parse_sent(&t, t.nsent - 1);
    assert_view(fsip_msg_via(m)->received, "192.0.2.2");
    assert_int_equal(fsip_msg_via(m)->rport, 5070);
    assert_true(fsip_netaddr_equal(&t.sent[t.nsent - 1].flow.remote, &b));
    fsip_msg_free(m);
    free(w);
    free(r);
    st_free(&t);
}

static void test_stream(void **state)
{
    (void)state;
    st t;
    st_init(&t, NULL);
    fsip_flow f = st_flow(FSIP_TRANSPORT_TCP, 42, true);
    char *r = st_request("OPTIONS", "z9hG4bKt1", NULL, NULL);
    size_t n = strlen(r);
    assert_int_equal(st_recv_raw(&t, &f, r, 10, 0), 0);
    assert_string_equal(t.log, "");
    assert_int_equal(st_recv_raw(&t, &f, r + 10, n - 10, 0), 0);
    assert_string_equal(t.log, "req OPTIONS\n");
    assert_int_equal(fsip_txn_respond_status(t.last_server, 200, NULL, 0), 0);
    assert_int_equal(t.sent[0].flow.conn_id, 42); /* the same connection */
    free(r);
    /* RFC 5626 §4.4.1: CRLFCRLF ping, CRLF pong. */
    assert_int_equal(st_recv_raw(&t, &f, "\r\n\r\n", 4, 0), 0);
    assert_int_equal(st_recv_raw(&t, &f, "O", 1, 0), 0);
    assert_string_equal(t.sent[t.nsent - 1].data, "\r\n");
    assert_int_equal(fsip_stack_stats(t.s)->rx_keepalives, 1);
    /* A framing error: the connection must close. */
    static const char bad[] = "PTIONS sip:a SIP/2.0\r\nContent-Length: zz\r\n\r\n";
    int rc = st_recv_raw(&t, &f, bad, sizeof bad - 1, 0);
    assert_true(rc == FSIP_EPARSE || rc == FSIP_ELIMIT);
    assert_int_equal(fsip_stack_stats(t.s)->stream_errors, 1);
    /* Another connection is unaffected; a closed one frees its framer. */
    fsip_flow g = st_flow(FSIP_TRANSPORT_TCP, 43, true);
    assert_int_equal(st_recv_raw(&t, &g, "OPT", 3, 0), 0);
    fsip_stack_conn_closed(t.s, 43);
    st_free(&t);
}

/* RFC 3261 §18.2.2: the connection a request came on has failed by the time
 * the response goes out: the server opens a new one (conn_id 0 asks the
 * driver to connect) to the received address and the sent-by port. */
static void test_stream_response_reconnects(void **state)
{
    (void)state;
    st t;
    st_init(&t, NULL);
    fsip_flow f = st_flow(FSIP_TRANSPORT_TCP, 42, true);
    char *r = st_request("OPTIONS", "z9hG4bKt9", NULL, NULL);
    char *via = strstr(r, "192.0.2.2:5070;branch");
    memcpy(via, "192.0.2.2:5999;branch", 21); /* sent-by port != source port */
    assert_int_equal(st_recv_raw(&t, &f, r, strlen(r), 0), 0);
    free(r);
    t.fail_send = 1; /* connection 42 is gone */
    assert_int_equal(fsip_txn_respond_status(t.last_server, 200, NULL, 0), 0);
    assert_int_equal(t.nsent, 1);
    assert_int_equal(t.sent[0].flow.conn_id, 0);
    assert_int_equal(t.sent[0].flow.transport, FSIP_TRANSPORT_TCP);
    fsip_netaddr b = st_addr_b();
    b.port = 5999; /* received (the source address) and the sent-by port */
    assert_true(fsip_netaddr_equal(&t.sent[0].flow.remote, &b));
    fsip_msg *m = st_parse_sent(&t, 0);
    assert_int_equal(fsip_msg_status(m), 200);
    fsip_msg_free(m);
    st_free(&t);
}

static void trace_log(fsip_log_level level, const char *line, void *arg)
{
    if (level == FSIP_LOG_TRACE) {
        int *n = arg;
        (*n)++;
        assert_true(strncmp(line, "recv UDP 192.0.2.2:5070 -> 192.0.2.1:5060", 41) == 0 ||
                    strncmp(line, "send UDP 192.0.2.1:5060 -> 192.0.2.2:5070", 41) == 0);
    }
}

static void test_trace(void **state)
{
    (void)state;
    st t;
    st_init(&t, NULL);
    int n = 0;
    t.s->cfg.log = trace_log;
    t.s->cfg.log_arg = &n;
    t.s->cfg.log_level = FSIP_LOG_TRACE;
    fsip_stack_set_trace(t.s, true);
    assert_int_equal(req_status(&t, "INVITE", "z9hG4bKtr", NULL, NULL), 100);
    assert_int_equal(n, 2);
    st_free(&t);
}

/* ------------------------------------------------------------ failmalloc */

static int sweep_send(const fsip_flow *flow, const void *d, size_t n, void *arg)
{
    (void)flow;
    (void)d;
    (void)n;
    (void)arg;
    return 0;
}

static void sweep_request(fsip_stack *s, fsip_txn *txn, const fsip_msg *req, const fsip_flow *flow,
                          void *arg)
{
    (void)req;
    (void)flow;
    (void)arg;
    if (txn) fsip_txn_respond_status(txn, 200, NULL, fsip_stack_now(s));
}

static int exchange(void *arg)
{
    (void)arg;
    fsip_stack_config c;
    fsip_stack_config_init(&c);
    c.alloc = test_alloc;
    static const uint8_t seed[32] = {9};
    c.seed = seed;
    c.log_level = FSIP_LOG_TRACE + 1;
    fsip_stack_callbacks cb = {sweep_send, sweep_request, NULL, NULL, NULL};
    fsip_stack *s = NULL;
    int rc = fsip_stack_new(&c, &cb, &s);
    if (rc < 0) return rc;
    fsip_flow f = st_flow(FSIP_TRANSPORT_UDP, 0, true);
    /* client: OPTIONS out, 200 in */
    fsip_msg *m = fsip_msg_new_request("OPTIONS", "sip:bob@192.0.2.2", test_alloc);
    int ok = m && fsip_msg_hdr_add(m, "From", "<sip:a@b>;tag=1") == 0 &&
             fsip_msg_hdr_add(m, "To", "<sip:b@c>") == 0 &&
             fsip_msg_hdr_add(m, "Call-ID", "x") == 0 &&
             fsip_msg_hdr_add(m, "CSeq", "1 OPTIONS") == 0 &&
             fsip_msg_hdr_add(m, "Max-Forwards", "70") == 0;
    fsip_txn *x = NULL;
    if (ok) {
        rc = fsip_stack_send_request(s, m, &f, NULL, 0, &x);
    } else if (m) {
        fsip_msg_free(m);
    }
    /* server: INVITE in, 100 and 200 out, ACK */
    char *r = st_request("INVITE", "z9hG4bKfm", NULL, NULL);
    fsip_stack_recv(s, &f, r, strlen(r), 10);
    free(r);
    r = st_request("BYE", "z9hG4bKfb", NULL, NULL);
    fsip_stack_recv(s, &f, r, strlen(r), 20);
    free(r);
    fsip_stack_tick(s, 100000);
    fsip_stack_free(s);
    if (test_alloc_failed()) return FSIP_ENOMEM;
    return ok && rc == 0 ? 0 : -1;
}

static void test_failmalloc(void **state)
{
    (void)state;
    long runs = test_failmalloc_sweep(exchange, NULL);
    assert_true(runs > 10);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_400_names_header), FSIP_TEST(test_505),
        FSIP_TEST(test_416_405_501),      FSIP_TEST(test_420_415),
        FSIP_TEST(test_483_482_481),      FSIP_TEST(test_513),
        FSIP_TEST(test_503_limit),        FSIP_TEST(test_bad_input_counted),
        FSIP_TEST(test_received_rport),   FSIP_TEST(test_stream_response_reconnects),
        FSIP_TEST(test_stream),           FSIP_TEST(test_trace),
        FSIP_TEST(test_failmalloc),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
