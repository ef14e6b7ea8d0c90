#include "calltest.h"
#include "rowcov.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ------------------------------------------------------------ names */

static const char *const ev_names[CT_EVENTS] = {
    "incoming",        "progress",      "answered",   "reinvite", "reinvite_done",
    "reinvite_failed", "fork_ended",    "request",    "ended",    "update",
    "update_done",     "update_failed", "prack_offer"};

static const char *const end_names[] = {"local_bye",   "remote_bye", "cancelled", "rejected",
                                        "timeout",     "no_ack",     "expired",   "transport",
                                        "dialog_gone", "shutdown"};

const char *ct_end_name(fsip_call_end why)
{
    if ((unsigned)why < sizeof end_names / sizeof end_names[0]) return end_names[why];
    return "?";
}

/* ------------------------------------------------------------ node */

static fsip_netaddr addr_of(bool b)
{
    fsip_netaddr a;
    if (b)
        assert_int_equal(fsip_netaddr_parse("192.0.2.2", 9, 5070, &a), 0);
    else
        assert_int_equal(fsip_netaddr_parse("192.0.2.1", 9, 5060, &a), 0);
    return a;
}

fsip_flow ct_flow_out(const ct_node *n)
{
    fsip_flow f;
    memset(&f, 0, sizeof f);
    f.transport = FSIP_TRANSPORT_UDP;
    f.local = addr_of(n->side_b);
    f.remote = addr_of(!n->side_b);
    return f;
}

fsip_flow ct_flow_in(const ct_node *n)
{
    return ct_flow_out(n); /* a received flow is (local = us, remote = sender) too */
}

static void logf_(ct_node *n, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void logf_(ct_node *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(n->log + n->loglen, CT_LOG - n->loglen, fmt, ap);
    va_end(ap);
    if (k > 0 && n->loglen + (size_t)k < CT_LOG) n->loglen += (size_t)k;
}

void ct_log_clear(ct_node *n)
{
    n->loglen = 0;
    n->log[0] = '\0';
}

static void net_enqueue(ct_net *net, int to, const fsip_flow *f, const void *data, size_t len,
                        uint64_t at);

/* The live nodes by side. */
static ct_node *by_side[2];

static int cb_send(const fsip_flow *flow, const void *data, size_t len, void *arg)
{
    ct_node *n = arg;
    /* fsip_ua_new() keeps the stack's send callback and its arg. */
    assert_true(n != NULL && (n == by_side[0] || n == by_side[1]));
    if (n->fail_sends > 0) {
        n->fail_sends--;
        return -1;
    }
    assert_true(n->nsent < CT_MAX_SENT);
    ct_sent *s = &n->sent[n->nsent++];
    s->flow = *flow;
    s->data = malloc(len + 1);
    assert_non_null(s->data);
    memcpy(s->data, data, len);
    s->data[len] = '\0';
    s->len = len;
    s->at = fsip_stack_now(n->s);
    s->msg = NULL;
    if (n->net) {
        int to = n->net->node[0] == n ? 1 : 0;
        net_enqueue(n->net, to, flow, data, len, s->at + n->net->latency);
    }
    return 0;
}

static void cb_log(fsip_log_level level, const char *line, void *arg)
{
    ct_node *n = arg;
    if (level >= FSIP_LOG_ERROR || getenv("CT_VERBOSE"))
        fprintf(stderr, "[%s %d] %s\n", n ? n->name : "?", level, line);
}

/* The stack's own TU callbacks are replaced by the UA's. */
static void cb_request(fsip_stack *s, fsip_txn *txn, const fsip_msg *req, const fsip_flow *flow,
                       void *arg)
{
    (void)s, (void)txn, (void)req, (void)flow, (void)arg;
    fail_msg("the stack delivered a request past the UA");
}

static void cb_response(fsip_stack *s, fsip_txn *txn, const fsip_msg *resp, void *arg)
{
    (void)s, (void)txn, (void)resp, (void)arg;
    fail_msg("the stack delivered a response past the UA");
}

static void cb_txn_event(fsip_stack *s, fsip_txn *txn, fsip_txn_event ev, void *arg)
{
    (void)s, (void)txn, (void)ev, (void)arg;
}

static void msg_desc(const fsip_msg *m, char *out, size_t cap)
{
    if (!m) {
        snprintf(out, cap, "-");
    } else if (fsip_msg_is_request(m)) {
        fsip_str name = fsip_msg_method_name(m);
        snprintf(out, cap, "%.*s", (int)name.len, name.ptr);
    } else {
        snprintf(out, cap, "%d", fsip_msg_status(m));
    }
}

static void on_call(fsip_call *call, fsip_call_event ev, const fsip_msg *msg, void *arg)
{
    ct_node *n = arg;
    assert_true((unsigned)ev < CT_EVENTS && ev_names[ev] != NULL);
    assert_ptr_equal(fsip_call_ua(call), n->ua);
    n->ev_at[ev] = fsip_stack_now(n->s);
    n->ev_count[ev]++;
    char d[64];
    msg_desc(msg, d, sizeof d);
    switch (ev) {
    case FSIP_CALL_EV_INCOMING:
        logf_(n, "incoming %s\n", d);
        n->call = call;
        if (n->on_incoming >= 300) {
            assert_int_equal(fsip_call_reject(call, n->on_incoming, NULL), 0);
        } else if (n->on_incoming == 200) {
            if (n->ring_first) assert_int_equal(fsip_call_ring(call, 180, NULL, NULL, 0), 0);
            assert_int_equal(
                fsip_call_accept(call, "application/sdp", CT_SDP_ANSWER, strlen(CT_SDP_ANSWER)), 0);
        } else if (n->on_incoming > 0) {
            assert_int_equal(fsip_call_ring(call, n->on_incoming, NULL, NULL, 0), 0);
        }
        break;
    case FSIP_CALL_EV_PROGRESS:
    case FSIP_CALL_EV_FORK_ENDED: {
        const fsip_addr *to = msg ? fsip_msg_to(msg) : NULL;
        logf_(n, "%s %s %s\n", ev_names[ev], d, to && to->tag.ptr ? test_cstr(to->tag) : "-");
        /* A provisional response ends CALLING, also while the PROGRESS of a
         * reliable 1xx runs ahead of its row (before its PRACK). */
        if (ev == FSIP_CALL_EV_PROGRESS)
            assert_int_not_equal(fsip_call_get_state(call), FSIP_CALL_CALLING);
        if (ev == FSIP_CALL_EV_PROGRESS && n->prack_offer) {
            n->prack_offer_rc = fsip_call_prack_offer(call, "application/sdp", n->prack_offer,
                                                      strlen(n->prack_offer));
            n->prack_offer = NULL;
            if (n->prack_offer_update)
                n->prack_offer_update_rc =
                    fsip_call_update(call, "application/sdp", CT_SDP_OFFER, strlen(CT_SDP_OFFER));
            n->prack_offer_update = false;
        }
        break;
    }
    case FSIP_CALL_EV_ANSWERED:
        logf_(n, "answered %s\n", d);
        if (n->late_ack_body && msg && !fsip_msg_is_request(msg))
            assert_int_equal(fsip_call_set_ack_body(call, "application/sdp", n->late_ack_body,
                                                    strlen(n->late_ack_body)),
                             0);
        break;
    case FSIP_CALL_EV_REINVITE:
        logf_(n, "reinvite %s\n", d);
        if (n->on_reinvite == 200)
            assert_int_equal(
                fsip_call_accept(call, "application/sdp", CT_SDP_ANSWER, strlen(CT_SDP_ANSWER)), 0);
        else if (n->on_reinvite >= 300)
            assert_int_equal(fsip_call_reject(call, n->on_reinvite, NULL), 0);
        break;
    case FSIP_CALL_EV_REQUEST:
        logf_(n, "request %s\n", d);
        assert_non_null(fsip_call_request_txn(call));
        if (n->on_request)
            assert_int_equal(fsip_txn_respond_status(fsip_call_request_txn(call), n->on_request,
                                                     NULL, fsip_stack_now(n->s)),
                             0);
        break;
    case FSIP_CALL_EV_UPDATE:
        logf_(n, "update %s\n", d);
        if (n->on_update == 200) {
            bool offer = msg && fsip_msg_body(msg).len > 0;
            assert_int_equal(fsip_call_update_respond(call, 200, NULL, "application/sdp",
                                                      offer ? CT_SDP_ANSWER : NULL,
                                                      offer ? strlen(CT_SDP_ANSWER) : 0),
                             0);
        } else if (n->on_update >= 300) {
            assert_int_equal(fsip_call_update_respond(call, n->on_update, NULL, NULL, NULL, 0), 0);
        }
        break;
    case FSIP_CALL_EV_ENDED:
        n->ended++;
        n->end_reason = fsip_call_end_reason(call);
        n->end_status = fsip_call_end_status(call);
        logf_(n, "ended %s %d\n", ct_end_name(n->end_reason), n->end_status);
        if (n->call == call) n->call = NULL;
        break;
    default: logf_(n, "%s %s\n", ev_names[ev], d); break;
    }
}

void ct_ua_config(fsip_ua_config *cfg, bool side_b)
{
    fsip_ua_config_init(cfg);
    cfg->contact = side_b ? CT_CONTACT_B : CT_CONTACT_A;
    cfg->session_expires_s = 0;
}

void ct_node_init(ct_node *n, const char *name, bool side_b, const fsip_ua_config *ua_cfg,
                  const fsip_stack_config *stack_cfg, uint8_t seed_byte)
{
    memset(n, 0, sizeof(*n));
    n->name = name;
    n->side_b = side_b;
    by_side[side_b ? 1 : 0] = n;
    if (stack_cfg)
        n->scfg = *stack_cfg;
    else
        fsip_stack_config_init(&n->scfg);
    static uint8_t seeds[256][32];
    for (int i = 0; i < 32; i++)
        seeds[seed_byte][i] = (uint8_t)(seed_byte * 31 + i + 1);
    n->scfg.alloc = test_alloc;
    n->scfg.seed = seeds[seed_byte];
    n->scfg.log = cb_log;
    n->scfg.log_arg = n;
    n->scfg.log_level = FSIP_LOG_DEBUG;
    if (ua_cfg)
        n->cfg = *ua_cfg;
    else
        ct_ua_config(&n->cfg, side_b);
    fsip_stack_callbacks cb = {cb_send, cb_request, cb_response, cb_txn_event, n};
    assert_int_equal(fsip_stack_new(&n->scfg, &cb, &n->s), 0);
    fsip_ua_callbacks ucb = {on_call, NULL, n};
    assert_int_equal(fsip_ua_new(n->s, &n->cfg, &ucb, &n->ua), 0);
    assert_ptr_equal(fsip_ua_stack(n->ua), n->s);
    rowcov_attach(n->ua);
}

void ct_sent_clear(ct_node *n)
{
    for (int i = 0; i < n->nsent; i++) {
        free(n->sent[i].data);
        if (n->sent[i].msg) fsip_msg_free(n->sent[i].msg);
    }
    n->nsent = 0;
    n->cursor = 0;
}

void ct_node_free(ct_node *n)
{
    /* Every event the UA fed its machines had a row (call.h: a bug if not 0). */
    if (n->ua) assert_int_equal(fsip_ua_stats_get(n->ua)->spec_errors, 0);
    if (n->ua) fsip_ua_free(n->ua);
    n->ua = NULL;
    if (n->s) fsip_stack_free(n->s);
    n->s = NULL;
    ct_sent_clear(n);
    if (by_side[n->side_b ? 1 : 0] == n) by_side[n->side_b ? 1 : 0] = NULL;
}

void ct_run(ct_node *n, uint64_t until)
{
    for (int guard = 0; guard < 100000; guard++) {
        uint64_t d = fsip_stack_next_deadline(n->s);
        if (d == FSIP_NO_DEADLINE || d > until) {
            fsip_stack_tick(n->s, until);
            return;
        }
        if (d < fsip_stack_now(n->s)) d = fsip_stack_now(n->s);
        fsip_stack_tick(n->s, d);
    }
    fail_msg("timers keep firing at the same time");
}

bool ct_run_until_send(ct_node *n, uint64_t limit)
{
    int before = n->nsent;
    for (int guard = 0; guard < 100000 && n->nsent == before; guard++) {
        uint64_t d = fsip_stack_next_deadline(n->s);
        if (d == FSIP_NO_DEADLINE || d > limit) {
            fsip_stack_tick(n->s, limit);
            return n->nsent > before;
        }
        if (d < fsip_stack_now(n->s)) d = fsip_stack_now(n->s);
        fsip_stack_tick(n->s, d);
    }
    return n->nsent > before;
}

fsip_call *ct_invite(ct_node *n, uint64_t now, const char *extra, bool with_body)
{
    fsip_call_params p;
    memset(&p, 0, sizeof p);
    p.target = n->side_b ? "sip:alice@192.0.2.1:5060" : "sip:bob@192.0.2.2:5070";
    p.from = n->side_b ? "\"Bob\" <sip:bob@example.com>" : "\"Alice\" <sip:alice@example.com>";
    p.dest = ct_flow_out(n);
    if (with_body) {
        p.content_type = "application/sdp";
        p.body = CT_SDP_OFFER;
        p.body_len = strlen(CT_SDP_OFFER);
    }
    p.headers = extra;
    if (!n->net) ct_run(n, now);
    fsip_call *c = NULL;
    assert_int_equal(fsip_call_invite(n->ua, &p, &c), 0);
    assert_non_null(c);
    n->call = c;
    return c;
}

/* ------------------------------------------------------------ the peer */

/* LF or CRLF text -> wire form with Content-Length; malloc'd. */
static char *wire(const char *text, size_t *outlen)
{
    size_t n = strlen(text);
    char *lf = malloc(n + 1);
    assert_non_null(lf);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (text[i] != '\r') lf[k++] = text[i];
    lf[k] = '\0';
    char *sep = strstr(lf, "\n\n");
    const char *body = "";
    if (sep) {
        sep[1] = '\0'; /* headers keep their last LF */
        body = sep + 2;
    } else if (k > 0 && lf[k - 1] != '\n') {
        /* no empty line and no final LF: add one */
        char *g = realloc(lf, k + 2);
        assert_non_null(g);
        lf = g;
        lf[k] = '\n';
        lf[k + 1] = '\0';
    }
    size_t hl = strlen(lf), bl = strlen(body);
    size_t cap = 2 * (hl + bl) + 64;
    char *o = malloc(cap);
    assert_non_null(o);
    size_t w = 0;
    for (size_t i = 0; i < hl; i++) {
        if (lf[i] == '\n') o[w++] = '\r';
        o[w++] = lf[i];
    }
    size_t blen = 0;
    for (size_t i = 0; i < bl; i++)
        blen += body[i] == '\n' ? 2 : 1;
    w += (size_t)snprintf(o + w, cap - w, "Content-Length: %zu\r\n\r\n", blen);
    for (size_t i = 0; i < bl; i++) {
        if (body[i] == '\n') o[w++] = '\r';
        o[w++] = body[i];
    }
    o[w] = '\0';
    free(lf);
    *outlen = w;
    return o;
}

void ct_feed(ct_node *n, uint64_t now, const char *text)
{
    size_t len;
    char *w = wire(text, &len);
    ct_run(n, now);
    fsip_flow f = ct_flow_in(n);
    if (getenv("CT_VERBOSE"))
        fprintf(stderr, "[%s <- peer @%llu]\n%s\n", n->name, (unsigned long long)now, w);
    assert_int_equal(fsip_stack_recv(n->s, &f, w, len, now), 0);
    free(w);
}

void ct_feedf(ct_node *n, uint64_t now, const char *fmt, ...)
{
    char buf[8192];
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    assert_true(k > 0 && (size_t)k < sizeof buf);
    ct_feed(n, now, buf);
}

static const char *reason_of(int status)
{
    switch (status) {
    case 100: return "Trying";
    case 180: return "Ringing";
    case 183: return "Session Progress";
    case 200: return "OK";
    case 408: return "Request Timeout";
    case 422: return "Session Interval Too Small";
    case 481: return "Call/Transaction Does Not Exist";
    case 486: return "Busy Here";
    case 487: return "Request Terminated";
    case 491: return "Request Pending";
    case 500: return "Server Internal Error";
    case 503: return "Service Unavailable";
    default: return "Whatever";
    }
}

static size_t appendf(char *buf, size_t cap, size_t at, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static size_t appendf(char *buf, size_t cap, size_t at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(buf + at, cap - at, fmt, ap);
    va_end(ap);
    assert_true(k >= 0 && at + (size_t)k < cap);
    return at + (size_t)k;
}

void ct_reply(ct_node *n, int i, uint64_t now, int status, const char *totag, const char *extra,
              const char *body)
{
    const fsip_msg *req = ct_msg(n, i);
    assert_true(fsip_msg_is_request(req));
    char buf[8192];
    size_t w = appendf(buf, sizeof buf, 0, "SIP/2.0 %d %s\n", status, reason_of(status));
    for (uint32_t k = 0; k < fsip_msg_hdr_count(req); k++) {
        const fsip_hdr *h = fsip_msg_hdr_at(req, k);
        const char *name = fsip_hdr_name(h->id);
        switch (h->id) {
        case FSIP_HDR_VIA:
        case FSIP_HDR_FROM:
        case FSIP_HDR_CALL_ID:
        case FSIP_HDR_CSEQ:
            w = appendf(buf, sizeof buf, w, "%s: %.*s\n", name, (int)h->value.len, h->value.ptr);
            break;
        case FSIP_HDR_TO:
            w = appendf(buf, sizeof buf, w, "To: %.*s", (int)h->value.len, h->value.ptr);
            if (totag && !h->p.addr->tag.ptr) w = appendf(buf, sizeof buf, w, ";tag=%s", totag);
            w = appendf(buf, sizeof buf, w, "\n");
            break;
        default: break;
        }
    }
    if (extra) w = appendf(buf, sizeof buf, w, "%s", extra);
    w = appendf(buf, sizeof buf, w, "\n%s", body ? body : "");
    ct_feed(n, now, buf);
}

void ct_dlg_callee(ct_dlg *d, const char *call_id)
{
    memset(d, 0, sizeof(*d));
    snprintf(d->call_id, sizeof d->call_id, "%s", call_id);
    snprintf(d->peer_uri, sizeof d->peer_uri, "sip:bob@example.com");
    snprintf(d->peer_tag, sizeof d->peer_tag, "bobtag1");
    snprintf(d->ua_uri, sizeof d->ua_uri, "sip:alice@example.com");
    snprintf(d->target, sizeof d->target, "sip:alice@192.0.2.1:5060");
    snprintf(d->contact, sizeof d->contact, "%s", CT_CONTACT_B);
}

static void copy_uri(char *out, size_t cap, const fsip_addr *a)
{
    assert_non_null(a);
    snprintf(out, cap, "%.*s", (int)a->uri.raw.len, a->uri.raw.ptr);
}

void ct_dlg_from_invite(ct_dlg *d, ct_node *n, int i, const char *peer_tag)
{
    const fsip_msg *inv = ct_msg(n, i);
    memset(d, 0, sizeof(*d));
    snprintf(d->call_id, sizeof d->call_id, "%s", ct_call_id(inv));
    copy_uri(d->ua_uri, sizeof d->ua_uri, fsip_msg_from(inv));
    snprintf(d->ua_tag, sizeof d->ua_tag, "%s", ct_from_tag(inv));
    copy_uri(d->peer_uri, sizeof d->peer_uri, fsip_msg_to(inv));
    snprintf(d->peer_tag, sizeof d->peer_tag, "%s", peer_tag);
    const fsip_hdr *c = fsip_msg_hdr_first(inv, FSIP_HDR_CONTACT);
    assert_non_null(c);
    copy_uri(d->target, sizeof d->target, c->p.addr);
    snprintf(d->contact, sizeof d->contact, "%s", CT_CONTACT_B);
}

void ct_dlg_request(ct_node *n, ct_dlg *d, uint64_t now, const char *method, uint32_t cseq,
                    const char *branch, const char *extra, const char *body)
{
    if (branch) {
        if (branch != d->branch) snprintf(d->branch, sizeof d->branch, "%s", branch);
    } else {
        static int branch_seq; /* unique across dialogs */
        d->branches++;
        snprintf(d->branch, sizeof d->branch, "z9hG4bKpeer%d", ++branch_seq);
    }
    if (cseq == 0)
        cseq = ++d->cseq;
    else if (cseq > d->cseq)
        d->cseq = cseq;
    char buf[8192];
    size_t w = appendf(buf, sizeof buf, 0,
                       "%s %s SIP/2.0\n"
                       "Via: SIP/2.0/UDP 192.0.2.2:5070;branch=%s;rport\n"
                       "Max-Forwards: 70\n"
                       "From: <%s>;tag=%s\n"
                       "To: <%s>%s%s\n"
                       "Call-ID: %s\n"
                       "CSeq: %u %s\n",
                       method, d->target, d->branch, d->peer_uri, d->peer_tag, d->ua_uri,
                       d->ua_tag[0] ? ";tag=" : "", d->ua_tag, d->call_id, cseq, method);
    if (strcmp(method, "INVITE") == 0 || strcmp(method, "UPDATE") == 0)
        w = appendf(buf, sizeof buf, w, "Contact: %s\n", d->contact);
    if (body) w = appendf(buf, sizeof buf, w, "Content-Type: application/sdp\n");
    if (extra) w = appendf(buf, sizeof buf, w, "%s", extra);
    w = appendf(buf, sizeof buf, w, "\n%s", body ? body : "");
    ct_feed(n, now, buf);
}

/* ------------------------------------------------------------ the wire */

static void dump_sent(ct_node *n, int from)
{
    for (int i = from; i < n->nsent; i++)
        print_message("--- %s sent[%d] at %llu:\n%s\n", n->name, i,
                      (unsigned long long)n->sent[i].at, n->sent[i].data);
}

int ct_next_at(ct_node *n, const char *prefix, const char *file, int line)
{
    if (n->cursor >= n->nsent) {
        print_error("%s: expected a message starting '%s', nothing more was sent\n", n->name,
                    prefix);
        _fail(file, line);
    }
    int i = n->cursor;
    if (strncmp(n->sent[i].data, prefix, strlen(prefix)) != 0) {
        print_error("%s: expected sent[%d] to start with '%s'\n", n->name, i, prefix);
        dump_sent(n, i);
        _fail(file, line);
    }
    n->cursor++;
    return i;
}

void ct_none_at(ct_node *n, const char *file, int line)
{
    if (n->cursor < n->nsent) {
        print_error("%s: %d unexpected message(s):\n", n->name, n->nsent - n->cursor);
        dump_sent(n, n->cursor);
        _fail(file, line);
    }
}

fsip_call *ct_call_answered(ct_node *n, int *inv)
{
    fsip_call *c = ct_invite(n, 1000, NULL, true);
    *inv = ct_next(n, "INVITE ");
    ct_reply(n, *inv, 1100, 200, "b1", "Contact: <sip:bob@192.0.2.2:5070>\n", CT_SDP_ANSWER);
    ct_next(n, "ACK ");
    return c;
}

void ct_dlg_reoffer(ct_node *n, ct_dlg *d, uint64_t now)
{
    ct_dlg_request(n, d, now, "INVITE", 0, NULL, NULL, CT_SDP_OFFER);
    if (ct_pending(n, "SIP/2.0 100 ")) ct_next(n, "SIP/2.0 100 ");
}

void ct_node_end(ct_node *n)
{
    ct_run(n, 2000000);
    assert_int_equal(fsip_stack_stats(n->s)->txn_active, 0);
    assert_int_equal(fsip_ua_stats_get(n->ua)->calls_active, 0);
    assert_int_equal(fsip_ua_stats_get(n->ua)->spec_errors, 0);
    ct_node_free(n);
}

void ct_node_done_at(ct_node *n, uint64_t until, const char *file, int line)
{
    ct_run(n, until);
    ct_none_at(n, file, line);
    unsigned long long left = (unsigned long long)fsip_stack_stats(n->s)->txn_active;
    if (left) {
        print_error("%s: %llu transaction(s) left\n", n->name, left);
        _fail(file, line);
    }
    ct_node_free(n);
}

void ct_quiet_until_at(ct_node *n, uint64_t t, const char *file, int line)
{
    ct_run(n, t - 1);
    ct_none_at(n, file, line);
    ct_run(n, t);
}

int ct_count_sent(ct_node *n, const char *prefix)
{
    int k = 0;
    for (int i = 0; i < n->nsent; i++)
        if (strncmp(n->sent[i].data, prefix, strlen(prefix)) == 0) k++;
    return k;
}

int ct_pending(ct_node *n, const char *prefix)
{
    int k = 0;
    for (int i = n->cursor; i < n->nsent; i++)
        if (strncmp(n->sent[i].data, prefix, strlen(prefix)) == 0) k++;
    return k;
}

const fsip_msg *ct_msg(ct_node *n, int i)
{
    assert_true(i >= 0 && i < n->nsent);
    ct_sent *s = &n->sent[i];
    if (!s->msg) {
        fsip_parse_result r;
        int rc = fsip_msg_parse(s->data, s->len, FSIP_PARSE_DATAGRAM, NULL, &s->msg, &r);
        if (rc != 0) {
            print_error("sent[%d] does not parse: %s (%s)\n%s\n", i, r.reason ? r.reason : "?",
                        r.header, s->data);
            fail();
        }
        /* What the UA sends must also pass the checks a UAS makes (§8.2). */
        if (fsip_msg_is_request(s->msg)) {
            fsip_parse_opts o;
            fsip_parse_opts_init(&o);
            rc = fsip_msg_validate(s->msg, &o, &r);
            if (rc != 0) {
                print_error("sent[%d] fails validation: %s (%s)\n%s\n", i,
                            r.reason ? r.reason : "?", r.header, s->data);
                fail();
            }
        }
    }
    return s->msg;
}

#define RING 16
#define RLEN 1024
static char ring[RING][RLEN];
static int ring_i;

static const char *keep(fsip_str v)
{
    char *b = ring[ring_i++ % RING];
    size_t n = fsip_str_unfold(v, b, RLEN - 1);
    if (n > RLEN - 1) n = RLEN - 1;
    b[n] = '\0';
    return b;
}

static bool hdr_is(const fsip_hdr *h, fsip_hdr_id id, const char *name)
{
    if (id != FSIP_HDR_OTHER) return h->id == id;
    return h->id == FSIP_HDR_OTHER && fsip_str_caseeq(h->name, name);
}

const char *ct_h_at(const fsip_msg *m, const char *name, int i)
{
    fsip_hdr_id id = fsip_hdr_lookup(fsip_str_c(name));
    for (uint32_t k = 0; k < fsip_msg_hdr_count(m); k++) {
        const fsip_hdr *h = fsip_msg_hdr_at(m, k);
        if (hdr_is(h, id, name) && i-- == 0) return keep(h->value);
    }
    return NULL;
}

const char *ct_h(const fsip_msg *m, const char *name)
{
    return ct_h_at(m, name, 0);
}

int ct_hcount(const fsip_msg *m, const char *name)
{
    fsip_hdr_id id = fsip_hdr_lookup(fsip_str_c(name));
    int c = 0;
    for (uint32_t k = 0; k < fsip_msg_hdr_count(m); k++)
        if (hdr_is(fsip_msg_hdr_at(m, k), id, name)) c++;
    return c;
}

bool ct_has_token(const fsip_msg *m, const char *name, const char *token)
{
    fsip_hdr_id id = fsip_hdr_lookup(fsip_str_c(name));
    for (uint32_t k = 0; k < fsip_msg_hdr_count(m); k++) {
        const fsip_hdr *h = fsip_msg_hdr_at(m, k);
        if (hdr_is(h, id, name) && fsip_str_caseeq(h->value, token)) return true;
    }
    return false;
}

const char *ct_ruri(const fsip_msg *m)
{
    assert_true(fsip_msg_is_request(m));
    return keep(fsip_msg_request_uri(m)->raw);
}

const char *ct_branch(const fsip_msg *m)
{
    const fsip_via *v = fsip_msg_via(m);
    assert_non_null(v);
    return v->branch.ptr ? keep(v->branch) : "";
}

const char *ct_from_tag(const fsip_msg *m)
{
    const fsip_addr *a = fsip_msg_from(m);
    assert_non_null(a);
    return a->tag.ptr ? keep(a->tag) : "";
}

const char *ct_to_tag(const fsip_msg *m)
{
    const fsip_addr *a = fsip_msg_to(m);
    assert_non_null(a);
    return a->tag.ptr ? keep(a->tag) : "";
}

const char *ct_call_id(const fsip_msg *m)
{
    return keep(fsip_msg_call_id(m));
}

uint32_t ct_cseq(const fsip_msg *m)
{
    const fsip_cseq *c = fsip_msg_cseq(m);
    assert_non_null(c);
    return c->seq;
}

const char *ct_cseq_method(const fsip_msg *m)
{
    const fsip_cseq *c = fsip_msg_cseq(m);
    assert_non_null(c);
    return keep(c->method_name);
}

const char *ct_body(const fsip_msg *m)
{
    fsip_str b = fsip_msg_body(m);
    char *o = ring[ring_i++ % RING];
    size_t n = b.len < RLEN - 1 ? b.len : RLEN - 1;
    if (n) memcpy(o, b.ptr, n);
    o[n] = '\0';
    return o;
}

int ct_run_tests(const struct CMUnitTest *tests, size_t n)
{
    const char *f = getenv("CT_FILTER");
    if (f) cmocka_set_test_filter(f);
    return _cmocka_run_group_tests("call", tests, n, NULL, NULL);
}

void ct_log_is_at(ct_node *n, const char *exp, const char *file, int line)
{
    if (strcmp(n->log, exp) != 0) {
        print_error("%s: event log\n--- got:\n%s--- expected:\n%s---\n", n->name, n->log, exp);
        _fail(file, line);
    }
    ct_log_clear(n);
}

/* ------------------------------------------------------- back to back */

static uint32_t net_rnd(ct_net *net)
{
    /* xorshift64*: reproducible from the seed */
    net->rng ^= net->rng >> 12;
    net->rng ^= net->rng << 25;
    net->rng ^= net->rng >> 27;
    return (uint32_t)((net->rng * 2685821657736338717ULL) >> 32);
}

static void net_push(ct_net *net, int to, const fsip_flow *f, const void *data, size_t len,
                     uint64_t at);

static void net_enqueue(ct_net *net, int to, const fsip_flow *f, const void *data, size_t len,
                        uint64_t at)
{
    if (net->drop_to[to] > 0) {
        net->drop_to[to]--;
        return;
    }
    if (net->loss_pct && (int)(net_rnd(net) % 100) < net->loss_pct) {
        net->lost++;
        return;
    }
    net_push(net, to, f, data, len, at);
    if (net->dup_pct && (int)(net_rnd(net) % 100) < net->dup_pct) {
        net->duplicated++;
        net_push(net, to, f, data, len, at + 1 + net_rnd(net) % 50);
    }
}

static void net_push(ct_net *net, int to, const fsip_flow *f, const void *data, size_t len,
                     uint64_t at)
{
    assert_true(net->nq < CT_MAX_Q);
    ct_pkt *p = &net->q[net->nq++];
    p->at = at;
    p->seq = net->seq++;
    p->to = to;
    p->flow = *f;
    p->flow.local = f->remote;
    p->flow.remote = f->local;
    p->data = malloc(len);
    assert_non_null(p->data);
    memcpy(p->data, data, len);
    p->len = len;
}

void ct_net_init(ct_net *net, ct_node *a, ct_node *b, uint64_t latency)
{
    memset(net, 0, sizeof(*net));
    net->node[0] = a;
    net->node[1] = b;
    net->latency = latency;
    a->net = net;
    b->net = net;
}

void ct_net_free(ct_net *net)
{
    for (int i = 0; i < net->nq; i++)
        free(net->q[i].data);
    net->nq = 0;
    net->node[0]->net = NULL;
    net->node[1]->net = NULL;
}

void ct_net_run(ct_net *net, uint64_t until)
{
    for (int guard = 0; guard < 200000; guard++) {
        uint64_t best = UINT64_MAX;
        int kind = -1, idx = -1;
        for (int i = 0; i < net->nq; i++)
            if (net->q[i].at < best ||
                (net->q[i].at == best && idx >= 0 && net->q[i].seq < net->q[idx].seq)) {
                best = net->q[i].at;
                kind = 2;
                idx = i;
            }
        for (int i = 0; i < 2; i++) {
            uint64_t d = fsip_stack_next_deadline(net->node[i]->s);
            if (d < best) {
                best = d;
                kind = i;
                idx = -1;
            }
        }
        if (kind < 0 || best > until) {
            for (int i = 0; i < 2; i++)
                fsip_stack_tick(net->node[i]->s, until);
            net->now = until;
            return;
        }
        if (best < net->now) best = net->now;
        net->now = best;
        if (kind == 2) {
            ct_pkt p = net->q[idx];
            net->q[idx] = net->q[--net->nq];
            if (getenv("CT_VERBOSE"))
                fprintf(stderr, "[-> %s @%llu]\n%.*s\n", net->node[p.to]->name,
                        (unsigned long long)best, (int)p.len, p.data);
            assert_int_equal(fsip_stack_recv(net->node[p.to]->s, &p.flow, p.data, p.len, best), 0);
            free(p.data);
        } else {
            fsip_stack_tick(net->node[kind]->s, best);
        }
    }
    fail_msg("the network never goes quiet");
}

/* ------------------------------------------------------ failmalloc sweep */

/* A self-contained pair with no cmocka assertion on the paths an
 * allocation failure can take: everything is checked at the end. */
typedef struct sw_pkt {
    uint64_t at;
    int to;
    fsip_flow flow;
    char *data;
    size_t len;
} sw_pkt;

typedef struct sw_side {
    fsip_stack *s;
    fsip_ua *ua;
    fsip_call *call;
    int answered, ended, incoming, progress;
    fsip_call_end why;
    struct sw *w;
    int idx;
} sw_side;

typedef struct sw {
    sw_side side[2];
    sw_pkt q[256];
    int nq;
    int mode; /* 0: answered, hung up by the caller; 1: cancelled while ringing */
} sw;

static int sw_send(const fsip_flow *flow, const void *data, size_t len, void *arg)
{
    sw_side *sd = arg;
    sw *w = sd->w;
    if (w->nq >= 256) return -1;
    char *p = malloc(len);
    if (!p) return -1;
    memcpy(p, data, len);
    sw_pkt *k = &w->q[w->nq++];
    k->at = fsip_stack_now(sd->s) + 10;
    k->to = 1 - sd->idx;
    k->flow = *flow;
    k->flow.local = flow->remote;
    k->flow.remote = flow->local;
    k->data = p;
    k->len = len;
    return 0;
}

static void sw_on_call(fsip_call *call, fsip_call_event ev, const fsip_msg *msg, void *arg)
{
    sw_side *sd = arg;
    (void)msg;
    switch (ev) {
    case FSIP_CALL_EV_INCOMING:
        sd->incoming++;
        sd->call = call;
        fsip_call_ring(call, 180, NULL, NULL, 0);
        if (sd->w->mode == 0)
            fsip_call_accept(call, "application/sdp", CT_SDP_ANSWER, strlen(CT_SDP_ANSWER));
        break;
    case FSIP_CALL_EV_PROGRESS: sd->progress++; break;
    case FSIP_CALL_EV_ANSWERED: sd->answered++; break;
    case FSIP_CALL_EV_ENDED:
        sd->ended++;
        sd->why = fsip_call_end_reason(call);
        if (sd->call == call) sd->call = NULL;
        break;
    default: break;
    }
}

static void sw_run(sw *w, uint64_t until)
{
    for (int guard = 0; guard < 100000; guard++) {
        uint64_t best = UINT64_MAX;
        int kind = -1, idx = -1;
        for (int i = 0; i < w->nq; i++)
            if (w->q[i].at < best) {
                best = w->q[i].at;
                kind = 2;
                idx = i;
            }
        for (int i = 0; i < 2; i++) {
            if (!w->side[i].s) continue;
            uint64_t d = fsip_stack_next_deadline(w->side[i].s);
            if (d < best) {
                best = d;
                kind = i;
            }
        }
        if (kind < 0 || best > until) break;
        if (kind == 2) {
            sw_pkt p = w->q[idx];
            memmove(&w->q[idx], &w->q[idx + 1], (size_t)(w->nq - idx - 1) * sizeof(sw_pkt));
            w->nq--;
            if (w->side[p.to].s) fsip_stack_recv(w->side[p.to].s, &p.flow, p.data, p.len, best);
            free(p.data);
        } else {
            fsip_stack_tick(w->side[kind].s, best);
        }
    }
    for (int i = 0; i < 2; i++)
        if (w->side[i].s) fsip_stack_tick(w->side[i].s, until);
}

int ct_sweep_scenario(void *arg)
{
    int mode = *(int *)arg;
    sw *w = calloc(1, sizeof(*w));
    if (!w) return FSIP_ENOMEM;
    w->mode = mode;
    static const uint8_t seed_a[32] = {1}, seed_b[32] = {2};
    int rc = 0;
    for (int i = 0; i < 2 && rc == 0; i++) {
        sw_side *sd = &w->side[i];
        sd->w = w;
        sd->idx = i;
        fsip_stack_config sc;
        fsip_stack_config_init(&sc);
        sc.alloc = test_alloc;
        sc.seed = i ? seed_b : seed_a;
        sc.log_level = FSIP_LOG_ERROR + 1; /* quiet: failures are expected here */
        fsip_stack_callbacks cb = {sw_send, NULL, NULL, NULL, sd};
        rc = fsip_stack_new(&sc, &cb, &sd->s);
        if (rc < 0) break;
        fsip_ua_config uc;
        ct_ua_config(&uc, i == 1);
        fsip_ua_callbacks ucb = {sw_on_call, NULL, sd};
        rc = fsip_ua_new(sd->s, &uc, &ucb, &sd->ua);
    }
    if (rc == 0) {
        sw_run(w, 1000);
        fsip_call_params p;
        memset(&p, 0, sizeof p);
        p.target = "sip:bob@192.0.2.2:5070";
        p.from = "<sip:alice@example.com>";
        fsip_netaddr la, lb;
        fsip_netaddr_parse("192.0.2.1", 9, 5060, &la);
        fsip_netaddr_parse("192.0.2.2", 9, 5070, &lb);
        p.dest.transport = FSIP_TRANSPORT_UDP;
        p.dest.local = la;
        p.dest.remote = lb;
        p.content_type = "application/sdp";
        p.body = CT_SDP_OFFER;
        p.body_len = strlen(CT_SDP_OFFER);
        rc = fsip_call_invite(w->side[0].ua, &p, &w->side[0].call);
    }
    if (rc == 0) {
        sw_run(w, 3000);
        if (w->side[0].call) fsip_call_hangup(w->side[0].call);
        sw_run(w, 200000);
    }
    int ok = 0;
    if (rc == 0) {
        sw_side *a = &w->side[0], *b = &w->side[1];
        if (mode == 0)
            ok = a->answered == 1 && b->answered == 1 && a->ended == 1 && b->ended == 1 &&
                 a->why == FSIP_END_LOCAL_BYE && b->why == FSIP_END_REMOTE_BYE &&
                 fsip_stack_stats(a->s)->txn_active == 0 && fsip_stack_stats(b->s)->txn_active == 0;
        else
            ok = a->progress == 1 && a->answered == 0 && a->ended == 1 && b->ended == 1 &&
                 a->why == FSIP_END_CANCELLED && b->why == FSIP_END_CANCELLED &&
                 fsip_stack_stats(a->s)->txn_active == 0 && fsip_stack_stats(b->s)->txn_active == 0;
    }
    for (int i = 0; i < 2; i++) {
        if (w->side[i].ua) fsip_ua_free(w->side[i].ua);
        if (w->side[i].s) fsip_stack_free(w->side[i].s);
    }
    for (int i = 0; i < w->nq; i++)
        free(w->q[i].data);
    free(w);
    if (test_alloc_failed()) return rc < 0 ? rc : FSIP_ENOMEM;
    if (rc < 0) return rc;
    if (!ok) fail_msg("mode %d: the call did not run its course without failures", mode);
    return 0;
}

/* ------------------------------------------------------ lossy calls */

ct_outcome ct_lossy_call(int seed, int loss, int dup)
{
    ct_node a, b;
    ct_node_init(&a, "alice", false, NULL, NULL, (uint8_t)(2 * seed));
    ct_node_init(&b, "bob", true, NULL, NULL, (uint8_t)(2 * seed + 1));
    b.on_incoming = 200;
    b.ring_first = true;
    b.on_reinvite = 200;
    a.on_reinvite = 200;
    ct_net net;
    ct_net_init(&net, &a, &b, 10);
    net.rng = (uint64_t)seed * 0x9E3779B97F4A7C15ULL + 1;
    net.loss_pct = loss;
    net.dup_pct = dup;

    ct_net_run(&net, 1000);
    ct_invite(&a, 1000, NULL, true);
    ct_net_run(&net, 6000);
    ct_outcome o = {false, false, false};
    if (a.call && fsip_call_get_state(a.call) == FSIP_CALL_CONFIRMED)
        assert_int_equal(
            fsip_call_reinvite(a.call, "application/sdp", CT_SDP_HOLD, strlen(CT_SDP_HOLD)), 0);
    ct_net_run(&net, 16000);
    if (a.call) assert_int_equal(fsip_call_hangup(a.call), 0);
    ct_net_run(&net, 400000);

    if (getenv("CT_VERBOSE"))
        fprintf(stderr, "seed %d: a txn %llu b txn %llu; lost %ld dup %ld | alice: %s| bob: %s\n",
                seed, (unsigned long long)fsip_stack_stats(a.s)->txn_active,
                (unsigned long long)fsip_stack_stats(b.s)->txn_active, net.lost, net.duplicated,
                a.log, b.log);
    /* Every call ended once on each side that saw it. */
    assert_null(a.call);
    assert_null(b.call);
    assert_int_equal(a.ended, 1);
    assert_true(b.ev_count[FSIP_CALL_EV_INCOMING] <= 1);
    assert_int_equal(b.ended, b.ev_count[FSIP_CALL_EV_INCOMING]);
    assert_true(a.ev_count[FSIP_CALL_EV_ANSWERED] <= 1);
    assert_true(b.ev_count[FSIP_CALL_EV_ANSWERED] <= 1);
    /* Nothing left running. */
    for (int i = 0; i < 2; i++) {
        ct_node *n = net.node[i];
        assert_int_equal(fsip_stack_stats(n->s)->txn_active, 0);
        assert_int_equal(fsip_ua_stats_get(n->ua)->calls_active, 0);
        assert_int_equal(fsip_stack_next_deadline(n->s), FSIP_NO_DEADLINE);
    }
    o.answered_both =
        a.ev_count[FSIP_CALL_EV_ANSWERED] == 1 && b.ev_count[FSIP_CALL_EV_ANSWERED] == 1;
    o.reinvited =
        a.ev_count[FSIP_CALL_EV_REINVITE_DONE] == 1 && b.ev_count[FSIP_CALL_EV_REINVITE_DONE] == 1;
    o.ended_clean = a.end_reason == FSIP_END_LOCAL_BYE && b.end_reason == FSIP_END_REMOTE_BYE;
    ct_net_free(&net);
    ct_node_free(&a);
    ct_node_free(&b);
    return o;
}

/* ------------------------------------------------ the app's callback */

void ct_app_event(fsip_call *call, fsip_call_event ev, const fsip_msg *msg, void *arg)
{
    on_call(call, ev, msg, arg);
}

void ct_node_set_app(ct_node *n, void (*cb)(fsip_call *call, fsip_call_event ev,
                                            const fsip_msg *msg, void *arg))
{
    assert_null(n->call);
    fsip_ua_free(n->ua);
    fsip_ua_callbacks ucb = {cb, NULL, n};
    assert_int_equal(fsip_ua_new(n->s, &n->cfg, &ucb, &n->ua), 0);
    rowcov_attach(n->ua);
}

/* ------------------------------------------------ the callee's dialog */

void ct_peer_invite(ct_node *a, ct_dlg *d, const char *call_id, const char *extra, const char *body,
                    char *br, size_t brlen)
{
    ct_dlg_callee(d, call_id);
    ct_dlg_request(a, d, 1000, "INVITE", 1, NULL, extra, body);
    snprintf(br, brlen, "%s", d->branch);
    ct_next(a, "SIP/2.0 100 ");
    ct_log_is(a, "incoming INVITE\n");
}

int ct_ring(ct_node *a, ct_dlg *d, uint64_t now, int status, const char *body)
{
    ct_run(a, now);
    assert_int_equal(fsip_call_ring(a->call, status, body ? "application/sdp" : NULL, body,
                                    body ? strlen(body) : 0),
                     0);
    char p[32];
    snprintf(p, sizeof p, "SIP/2.0 %d ", status);
    int r = ct_next(a, p);
    snprintf(d->ua_tag, sizeof d->ua_tag, "%s", ct_to_tag(ct_msg(a, r)));
    return r;
}

void ct_peer_bye(ct_node *a, ct_dlg *d, uint64_t now)
{
    ct_dlg_request(a, d, now, "BYE", 0, NULL, NULL, NULL);
    ct_next(a, "SIP/2.0 200 ");
    ct_none(a);
    ct_log_is(a, "ended remote_bye 0\n");
}

int ct_rejected(ct_node *a, const ct_dlg *d, const char *method, int status)
{
    char p[32];
    snprintf(p, sizeof p, "SIP/2.0 %d ", status);
    int k = ct_next(a, p);
    const fsip_msg *m = ct_msg(a, k);
    assert_string_equal(ct_cseq_method(m), method);
    assert_int_equal(ct_cseq(m), d->cseq);
    assert_string_equal(ct_branch(m), d->branch);
    const fsip_hdr *ra = fsip_msg_hdr_first(m, FSIP_HDR_RETRY_AFTER);
    if (status == 500) {
        assert_non_null(ra);
        assert_true(ra->p.retry_after->delta <= 10);
    } else {
        assert_null(ra);
    }
    return k;
}

/* ------------------------------------------------ the caller's dialog */

fsip_call *ct_caller_up(ct_node *a, ct_dlg *d)
{
    ct_node_init(a, "alice", false, NULL, NULL, 1);
    int inv;
    fsip_call *c = ct_call_answered(a, &inv);
    ct_log_is(a, "answered 200\n");
    ct_dlg_from_invite(d, a, inv, "b1");
    return c;
}

/* ------------------------------------------------ a confirmed call */

fsip_call *ct_confirmed(ct_node *a, ct_dlg *d, bool callee, const char *call_id, const char *extra,
                        int *idx, char *br)
{
    fsip_call *c;
    int k;
    if (!callee) {
        c = ct_invite(a, 1000, NULL, true);
        k = ct_next(a, "INVITE ");
        char h[512];
        snprintf(h, sizeof h, "Contact: <sip:bob@192.0.2.2:5070>\n%s", extra ? extra : "");
        ct_reply(a, k, 1100, 200, "b1", h, CT_SDP_ANSWER);
        ct_next(a, "ACK ");
        ct_none(a);
        ct_log_is(a, "answered 200\n");
        ct_dlg_from_invite(d, a, k, "b1");
    } else {
        k = ct_callee_answered(a, d, call_id, extra, br);
        ct_dlg_request(a, d, 1100, "ACK", 1, NULL, NULL, NULL);
        ct_none(a);
        ct_log_is(a, "answered ACK\n");
        a->on_incoming = 0;
        c = a->call;
    }
    assert_string_equal(fsip_call_machine_state(c), "confirmed");
    if (idx) *idx = k;
    return c;
}

int ct_callee_answered(ct_node *a, ct_dlg *d, const char *call_id, const char *extra, char *br)
{
    a->on_incoming = 200;
    ct_dlg_callee(d, call_id);
    ct_dlg_request(a, d, 1000, "INVITE", 1, NULL, extra, CT_SDP_OFFER);
    if (br) snprintf(br, 64, "%s", d->branch);
    ct_next(a, "SIP/2.0 100 ");
    int ok = ct_next(a, "SIP/2.0 200 ");
    snprintf(d->ua_tag, sizeof d->ua_tag, "%s", ct_to_tag(ct_msg(a, ok)));
    ct_log_is(a, "incoming INVITE\n");
    return ok;
}

void ct_peer_cancel(ct_node *a, ct_dlg *d, uint64_t now, const char *br)
{
    char tag[64];
    snprintf(tag, sizeof tag, "%s", d->ua_tag);
    d->ua_tag[0] = 0;
    ct_dlg_request(a, d, now, "CANCEL", 1, br, NULL, NULL);
    snprintf(d->ua_tag, sizeof d->ua_tag, "%s", tag);
}

int ct_skip(ct_node *n, const char *prefix)
{
    int k = 0;
    for (; n->cursor < n->nsent && strncmp(n->sent[n->cursor].data, prefix, strlen(prefix)) == 0;
         k++)
        n->cursor++;
    return k;
}
