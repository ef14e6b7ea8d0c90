#include "stacktest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

fsip_netaddr st_addr_a(void)
{
    fsip_netaddr a;
    assert_int_equal(fsip_netaddr_parse("192.0.2.1", 9, 5060, &a), 0);
    return a;
}

fsip_netaddr st_addr_b(void)
{
    fsip_netaddr a;
    assert_int_equal(fsip_netaddr_parse("192.0.2.2", 9, 5070, &a), 0);
    return a;
}

fsip_flow st_flow(fsip_transport tr, uint64_t conn, bool a_to_b)
{
    fsip_flow f;
    memset(&f, 0, sizeof f);
    f.transport = tr;
    f.local = a_to_b ? st_addr_a() : st_addr_b();
    f.remote = a_to_b ? st_addr_b() : st_addr_a();
    f.conn_id = fsip_transport_reliable(tr) ? conn : 0;
    return f;
}

static void logf_(st *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void logf_(st *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(t->log + t->loglen, ST_LOG - t->loglen, fmt, ap);
    va_end(ap);
    if (n > 0 && t->loglen + (size_t)n < ST_LOG) t->loglen += (size_t)n;
}

static int cb_send(const fsip_flow *flow, const void *data, size_t len, void *arg)
{
    st *t = arg;
    if (t->fail_all) return -1;
    if (t->fail_send > 0) {
        t->fail_send--;
        return -1;
    }
    if (t->nsent < ST_MAX_SENT) {
        st_sent *s = &t->sent[t->nsent++];
        s->flow = *flow;
        s->data = malloc(len + 1);
        assert_non_null(s->data);
        memcpy(s->data, data, len);
        s->data[len] = '\0';
        s->len = len;
        s->at = fsip_stack_now(t->s);
    }
    if (t->on_send) t->on_send(t, flow, data, len);
    return 0;
}

static void cb_request(fsip_stack *s, fsip_txn *txn, const fsip_msg *req, const fsip_flow *flow,
                       void *arg)
{
    st *t = arg;
    (void)flow;
    fsip_str m = fsip_msg_method_name(req);
    logf_(t, "req %.*s%s\n", (int)m.len, m.ptr, txn ? "" : " (no txn)");
    if (!txn) return;
    t->last_server = txn;
    for (int i = 0; i < 4 && t->autor.status[i]; i++)
        fsip_txn_respond_status(txn, t->autor.status[i], NULL, fsip_stack_now(s));
}

static void cb_response(fsip_stack *s, fsip_txn *txn, const fsip_msg *resp, void *arg)
{
    st *t = arg;
    (void)s;
    (void)txn;
    logf_(t, "resp %d\n", fsip_msg_status(resp));
}

static void cb_event(fsip_stack *s, fsip_txn *txn, fsip_txn_event ev, void *arg)
{
    st *t = arg;
    static const char *const names[] = {"timeout", "transport_error", "terminated"};
    logf_(t, "ev %s %s\n", fsip_txn_get_kind(txn) <= FSIP_TXN_NICT ? "client" : "server",
          names[ev]);
    t->ev_at[ev] = fsip_stack_now(s);
    if (txn == t->last_server && ev == FSIP_TXN_TERMINATED) t->last_server = NULL;
    if (txn == t->last_client && ev == FSIP_TXN_TERMINATED) t->last_client = NULL;
}

static void cb_log(fsip_log_level level, const char *line, void *arg)
{
    (void)arg;
    if (level >= FSIP_LOG_ERROR || getenv("ST_VERBOSE")) fprintf(stderr, "[%d] %s\n", level, line);
}

void st_init(st *t, const fsip_stack_config *cfg)
{
    memset(t, 0, sizeof(*t));
    fsip_stack_config c;
    if (cfg)
        c = *cfg;
    else
        fsip_stack_config_init(&c);
    static const uint8_t seed[32] = {1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11,
                                     12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                                     23, 24, 25, 26, 27, 28, 29, 30, 31, 32};
    c.alloc = test_alloc;
    if (!c.seed) c.seed = seed;
    c.log = cb_log;
    c.log_level = FSIP_LOG_DEBUG;
    fsip_stack_callbacks cb = {cb_send, cb_request, cb_response, cb_event, t};
    assert_int_equal(fsip_stack_new(&c, &cb, &t->s), 0);
}

void st_clear(st *t)
{
    for (int i = 0; i < t->nsent; i++)
        free(t->sent[i].data);
    t->nsent = 0;
    t->loglen = 0;
    t->log[0] = '\0';
}

void st_free(st *t)
{
    st_clear(t);
    fsip_stack_free(t->s);
    t->s = NULL;
}

static char *crlf(const char *text, size_t *outlen)
{
    size_t n = strlen(text);
    char *o = malloc(2 * n + 1);
    assert_non_null(o);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) o[k++] = '\r';
        o[k++] = text[i];
    }
    o[k] = '\0';
    *outlen = k;
    return o;
}

int st_recv(st *t, fsip_transport tr, const char *text, uint64_t now)
{
    size_t n;
    char *w = crlf(text, &n);
    fsip_flow f = st_flow(tr, 7, true);
    int rc = fsip_stack_recv(t->s, &f, w, n, now);
    free(w);
    return rc;
}

int st_recv_raw(st *t, const fsip_flow *flow, const char *data, size_t len, uint64_t now)
{
    return fsip_stack_recv(t->s, flow, data, len, now);
}

char *st_request(const char *method, const char *branch, const char *extra, const char *body)
{
    const char *cseq_m = strcmp(method, "ACK") == 0 ? "ACK" : method;
    size_t blen = body ? strlen(body) : 0;
    size_t cap = 2048 + (extra ? strlen(extra) : 0) + blen;
    char *o = malloc(cap);
    assert_non_null(o);
    snprintf(o, cap,
             "%s sip:alice@192.0.2.1 SIP/2.0\r\n"
             "Via: SIP/2.0/UDP 192.0.2.2:5070;branch=%s\r\n"
             "Max-Forwards: 70\r\n"
             "From: <sip:bob@example.com>;tag=ft1\r\n"
             "To: <sip:alice@example.com>\r\n"
             "Call-ID: call-%s@192.0.2.2\r\n"
             "CSeq: 1 %s\r\n"
             "%s"
             "Content-Length: %zu\r\n\r\n%s",
             method, branch, branch, cseq_m, extra ? extra : "", blen, body ? body : "");
    return o;
}

char *st_response_to(const char *req, int status, const char *totag)
{
    fsip_msg *m = NULL;
    fsip_parse_result r;
    assert_int_equal(fsip_msg_parse(req, strlen(req), FSIP_PARSE_DATAGRAM, NULL, &m, &r), 0);
    fsip_msg *resp = fsip_msg_new_response(status, NULL, m, NULL);
    assert_non_null(resp);
    if (totag) {
        char to[512];
        const fsip_hdr *h = fsip_msg_hdr_first(m, FSIP_HDR_TO);
        snprintf(to, sizeof to, "%.*s;tag=%s", (int)h->value.len, h->value.ptr, totag);
        assert_int_equal(fsip_msg_hdr_set(resp, "To", to), 0);
    }
    size_t n = fsip_msg_print(resp, NULL, 0);
    char *o = malloc(n + 1);
    fsip_msg_print(resp, o, n + 1);
    fsip_msg_free(resp);
    fsip_msg_free(m);
    return o;
}

fsip_msg *st_new_request(const char *method)
{
    fsip_msg *m = fsip_msg_new_request(method, "sip:bob@192.0.2.2:5070", test_alloc);
    assert_non_null(m);
    char cseq[64];
    snprintf(cseq, sizeof cseq, "1 %s", method);
    assert_int_equal(fsip_msg_hdr_add(m, "Max-Forwards", "70"), 0);
    assert_int_equal(fsip_msg_hdr_add(m, "From", "<sip:alice@example.com>;tag=a1"), 0);
    assert_int_equal(fsip_msg_hdr_add(m, "To", "<sip:bob@example.com>"), 0);
    assert_int_equal(fsip_msg_hdr_add(m, "Call-ID", "c1@192.0.2.1"), 0);
    assert_int_equal(fsip_msg_hdr_add(m, "CSeq", cseq), 0);
    return m;
}

void st_run_until(st *t, uint64_t until)
{
    for (;;) {
        uint64_t d = fsip_stack_next_deadline(t->s);
        if (d == FSIP_NO_DEADLINE || d > until) break;
        fsip_stack_tick(t->s, d);
    }
}

const char *st_start_line(st *t, int i)
{
    static char buf[8][256];
    static int k;
    assert_true(i < t->nsent);
    char *b = buf[k++ & 7];
    size_t n = strcspn(t->sent[i].data, "\r\n");
    if (n >= 256) n = 255;
    memcpy(b, t->sent[i].data, n);
    b[n] = '\0';
    return b;
}

int st_count(st *t, const char *prefix)
{
    int n = 0;
    for (int i = 0; i < t->nsent; i++)
        if (strncmp(t->sent[i].data, prefix, strlen(prefix)) == 0) n++;
    return n;
}

fsip_msg *st_parse_sent(st *t, int i)
{
    fsip_msg *m = NULL;
    fsip_parse_result r;
    assert_true(i < t->nsent);
    fsip_parse_opts o;
    test_opts(&o, 0);
    assert_int_equal(
        fsip_msg_parse(t->sent[i].data, t->sent[i].len, FSIP_PARSE_DATAGRAM, &o, &m, &r), 0);
    return m;
}
