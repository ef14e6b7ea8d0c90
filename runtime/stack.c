/* The stack: input (datagrams, stream framing, keep-alives), request
 * validation (RFC 3261 §8.2), response routing (§18.2.2, RFC 3581),
 * output, logging, tracing and counters. The transaction layer is txn.c. */
#include <arpa/inet.h>
#include <assert.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "msg_internal.h"
#include "scan.h"
#include "stack_internal.h"

#ifndef NDEBUG
/* STYLE §3: one thread owns a stack; debug builds check it on every entry. */
#define OWNER(s) assert(pthread_equal((pthread_t)(s)->owner, pthread_self()))
#else
#define OWNER(s) ((void)0)
#endif

/* ---------------------------------------------------------- addresses */

const char *fsip_transport_name(fsip_transport t)
{
    switch (t) {
    case FSIP_TRANSPORT_UDP: return "UDP";
    case FSIP_TRANSPORT_TCP: return "TCP";
    case FSIP_TRANSPORT_TLS: return "TLS";
    }
    return "UDP";
}

bool fsip_transport_reliable(fsip_transport t)
{
    return t != FSIP_TRANSPORT_UDP;
}

int fsip_netaddr_parse(const char *ip, size_t len, uint16_t port, fsip_netaddr *out)
{
    char buf[64];
    if (!ip || !out || len == 0 || len >= sizeof buf) return FSIP_EINVAL;
    memcpy(buf, ip, len);
    buf[len] = '\0';
    memset(out, 0, sizeof(*out));
    out->port = port;
    if (inet_pton(AF_INET, buf, out->ip) == 1) {
        out->family = FSIP_AF_INET4;
        return 0;
    }
    if (inet_pton(AF_INET6, buf, out->ip) == 1) {
        out->family = FSIP_AF_INET6;
        return 0;
    }
    return FSIP_EINVAL;
}

size_t fsip_netaddr_print(const fsip_netaddr *a, bool with_port, char *out, size_t cap)
{
    if (a->family == FSIP_AF_INET4) {
        /* Formatted by hand: this runs for every Via and Contact we build. */
        char buf[24], *p = buf;
        for (int i = 0; i < 4; i++) {
            char d[4], *e = d + sizeof d, *q = fsip__dec(e, a->ip[i]);
            memcpy(p, q, (size_t)(e - q));
            p += e - q;
            *p++ = i < 3 ? '.' : ':';
        }
        p--; /* the last ':' */
        if (with_port) {
            char d[8], *e = d + sizeof d, *q = fsip__dec(e, a->port);
            *p++ = ':';
            memcpy(p, q, (size_t)(e - q));
            p += e - q;
        }
        size_t n = (size_t)(p - buf);
        if (cap) {
            size_t k = n < cap ? n : cap - 1;
            memcpy(out, buf, k);
            out[k] = '\0';
        }
        return n;
    }
    char ip[INET6_ADDRSTRLEN] = "?";
    if (a->family == FSIP_AF_INET6) inet_ntop(AF_INET6, a->ip, ip, sizeof ip);
    bool v6 = a->family == FSIP_AF_INET6;
    int n = with_port ? snprintf(out, cap, v6 ? "[%s]:%u" : "%s:%u", ip, (unsigned)a->port)
                      : snprintf(out, cap, v6 ? "[%s]" : "%s", ip);
    return n < 0 ? 0 : (size_t)n;
}

bool fsip_netaddr_equal(const fsip_netaddr *a, const fsip_netaddr *b)
{
    size_t n = a->family == FSIP_AF_INET4 ? 4 : 16;
    return a->family == b->family && a->port == b->port && memcmp(a->ip, b->ip, n) == 0;
}

/* ------------------------------------------------------------- config */

void fsip_stack_config_init(fsip_stack_config *c)
{
    memset(c, 0, sizeof(*c));
    fsip_parse_opts_init(&c->parse);
    c->t1_ms = 500;
    c->t2_ms = 4000;
    c->t4_ms = 5000;
    c->max_transactions = 8192;
    c->retry_after_s = 5;
    c->rport = true;
    c->log_level = FSIP_LOG_WARN;
}

static const char default_allow[] =
    "INVITE, ACK, BYE, CANCEL, OPTIONS, PRACK, UPDATE, REFER, NOTIFY, SUBSCRIBE, INFO, MESSAGE";

/* Appends v to buf[0..*n) as far as it fits with a terminating NUL (as
 * snprintf would cut it). */
static void append_cut(char *buf, size_t cap, size_t *n, fsip_str v)
{
    size_t k = v.len < cap - 1 - *n ? v.len : cap - 1 - *n;
    if (k) memcpy(buf + *n, v.ptr, k);
    *n += k;
}

/* ---------------------------------------------------------- logging */

static void default_log(fsip_log_level level, const char *line, void *arg)
{
    (void)arg;
    static const char *const names[] = {"debug", "info", "warning", "error", "trace"};
    fprintf(stderr, "fsip %s: %s\n", names[level <= FSIP_LOG_TRACE ? level : 0], line);
}

void fsip__log(fsip_stack *s, fsip_log_level level, const char *fmt, ...)
{
    if (level < s->cfg.log_level) return;
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    s->cfg.log(level, buf, s->cfg.log_arg);
}

/* sngrep/ngrep-like: "U 10.0.0.1:5060 -> 10.0.0.2:5060" style header line,
 * then the message. */
static void trace(fsip_stack *s, bool out, const fsip_flow *f, const void *data, size_t len)
{
    if (!s->cfg.trace) return;
    char a[64], b[64];
    fsip_netaddr_print(out ? &f->local : &f->remote, true, a, sizeof a);
    fsip_netaddr_print(out ? &f->remote : &f->local, true, b, sizeof b);
    char head[256];
    int n = snprintf(head, sizeof head, "%s %s %s -> %s (%zu bytes) at %llu ms%s",
                     out ? "send" : "recv", fsip_transport_name(f->transport), a, b, len,
                     (unsigned long long)s->now, len ? "\n" : "");
    size_t total = (size_t)n + len + 1;
    char *buf = s->alloc->malloc(total, s->alloc->arg);
    if (!buf) {
        s->cfg.log(FSIP_LOG_TRACE, head, s->cfg.log_arg);
        return;
    }
    memcpy(buf, head, (size_t)n);
    size_t k = (size_t)n;
    for (size_t i = 0; i < len; i++) {
        char c = ((const char *)data)[i];
        if (c == '\r') continue;
        buf[k++] = c;
    }
    while (k > (size_t)n && buf[k - 1] == '\n')
        k--;
    buf[k] = '\0';
    s->cfg.log(FSIP_LOG_TRACE, buf, s->cfg.log_arg);
    s->alloc->free(buf, s->alloc->arg);
}

void fsip_stack_set_trace(fsip_stack *s, bool on)
{
    OWNER(s);
    s->cfg.trace = on;
}

/* ------------------------------------------------------------ output */

int fsip__send(fsip_stack *s, const fsip_flow *flow, const void *data, size_t len)
{
    trace(s, true, flow, data, len);
    int rc = s->cb.send(flow, data, len, s->cb.arg);
    if (rc < 0) {
        s->stats.tx_errors++;
        fsip__log(s, FSIP_LOG_WARN, "send failed (%d)", rc);
        return rc;
    }
    s->stats.tx_msgs++;
    s->stats.tx_bytes += len;
    return 0;
}

/* One pass into a stack buffer, then an exact copy; two passes (size, then
 * print) only for a message that does not fit. */
static inline int print_with(fsip_stack *s, size_t (*print)(const fsip_msg *, char *, size_t),
                             const fsip_msg *m, char **out, size_t *len)
{
    char tmp[4096];
    size_t n = print(m, tmp, sizeof tmp);
    char *buf = s->alloc->malloc(n + 1, s->alloc->arg);
    if (!buf) return FSIP_ENOMEM;
    if (n < sizeof tmp)
        memcpy(buf, tmp, n + 1);
    else
        print(m, buf, n + 1);
    *out = buf;
    *len = n;
    return 0;
}

int fsip__print(fsip_stack *s, const fsip_msg *m, char **out, size_t *len)
{
    return print_with(s, fsip_msg_print, m, out, len);
}

int fsip__print_trying(fsip_stack *s, const fsip_msg *req, char **out, size_t *len)
{
    return print_with(s, fsip__msg_print_trying, req, out, len);
}

int fsip__hdr_add_str(fsip_msg *m, const char *name, fsip_str value)
{
    return fsip__msg_add_str(m, fsip_str_c(name), value.ptr ? value : (fsip_str){"", 0});
}

void fsip__random_hex(fsip_stack *s, char *out, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    size_t i = 0;
    while (i < n) {
        uint64_t ctr = s->rctr++;
        uint64_t r = fsip__siphash(s->rk0, s->rk1, &ctr, sizeof ctr);
        for (int j = 0; j < 16 && i < n; j++, i++, r >>= 4)
            out[i] = hex[r & 15];
    }
    out[n] = '\0';
}

fsip_msg *fsip__new_response(fsip_stack *s, const fsip_msg *req, int status, const char *reason,
                             const char *tag)
{
    fsip_msg *r = fsip_msg_new_response(status, reason, req, s->alloc);
    if (!r) return NULL;
    const fsip_addr *to = fsip_msg_to(req);
    /* RFC 3261 §8.2.6.2: a response other than 100 to a request without a
     * To tag gets one (added to the copied To, which stays in place). */
    if (status > 100 && tag && to && to->tag.ptr == NULL &&
        fsip__msg_add_tag(r, FSIP_HDR_TO, tag) < 0) {
        fsip_msg_free(r);
        return NULL;
    }
    return r;
}

void fsip__count_reject(fsip_stack *s, int status)
{
    switch (status) {
    case 400: s->stats.rej_400++; break;
    case 405: s->stats.rej_405++; break;
    case 415: s->stats.rej_415++; break;
    case 416: s->stats.rej_416++; break;
    case 420: s->stats.rej_420++; break;
    case 481: s->stats.rej_481++; break;
    case 482: s->stats.rej_482++; break;
    case 483: s->stats.rej_483++; break;
    case 501: s->stats.rej_501++; break;
    case 503: s->stats.rej_503++; break;
    case 505: s->stats.rej_505++; break;
    case 513: s->stats.rej_513++; break;
    default: break;
    }
}

/* RFC 3261 §18.2.2 with RFC 3581 §4. The request's top Via already
 * carries received (and rport) as stamped on arrival. */
void fsip__response_flow(const fsip_flow *in, const fsip_msg *req, fsip_flow *out)
{
    *out = *in;
    if (fsip_transport_reliable(in->transport)) return; /* the same connection */
    const fsip_via *v = fsip_msg_via(req);
    if (!v) return;
    fsip_netaddr maddr;
    if (v->maddr.ptr && fsip_netaddr_parse(v->maddr.ptr, v->maddr.len, 0, &maddr) == 0) {
        out->remote = maddr;
        out->remote.port = (uint16_t)(v->port ? v->port : 5060);
        return;
    }
    /* RFC 3581 §4: with rport (stamped or not yet), answer the source
     * address and port. */
    if (v->rport >= 0) return;
    /* received (the source address) and the sent-by port. */
    out->remote.port = (uint16_t)(v->port ? v->port : 5060);
}

static void stamp_via(fsip_stack *s, fsip_msg *m, const fsip_flow *flow);

/* Sends a response statelessly (the stack's own rejections). The request's
 * Via is stamped first, so the response carries received/rport like any
 * other (RFC 3261 §18.2.1, RFC 3581 §4). */
static void send_stateless(fsip_stack *s, const fsip_flow *in, fsip_msg *req, int status,
                           const char *reason)
{
    char tag[24];
    stamp_via(s, req, in);
    fsip__random_hex(s, tag, 16);
    fsip_msg *r = fsip__new_response(s, req, status, reason, tag);
    char *buf;
    size_t len;
    fsip_flow out;
    fsip__response_flow(in, req, &out);
    if (r && fsip__print(s, r, &buf, &len) == 0) {
        fsip__send(s, &out, buf, len);
        s->alloc->free(buf, s->alloc->arg);
    }
    fsip_msg_free(r);
}

int fsip_stack_send_stateless(fsip_stack *s, fsip_msg *msg, const fsip_flow *dest, uint64_t now)
{
    if (!s || !msg || !dest) return FSIP_EINVAL;
    fsip__enter(s, now);
    int rc = 0;
    if (fsip_msg_is_request(msg)) {
        /* RFC 3261 §17.1.1.3: the ACK for a 2xx has its own branch. */
        char sent_by[80], branch[40], via[256];
        if (s->cfg.sent_by)
            snprintf(sent_by, sizeof sent_by, "%s", s->cfg.sent_by);
        else
            fsip_netaddr_print(&dest->local, dest->local.port != 0, sent_by, sizeof sent_by);
        memcpy(branch, "z9hG4bK", 7);
        fsip__random_hex(s, branch + 7, 24);
        snprintf(via, sizeof via, "SIP/2.0/%s %s;branch=%s%s", fsip_transport_name(dest->transport),
                 sent_by, branch, s->cfg.rport ? ";rport" : "");
        rc = fsip_msg_hdr_prepend(msg, "Via", via);
    }
    char *buf = NULL;
    size_t len = 0;
    if (rc == 0) rc = fsip__print(s, msg, &buf, &len);
    if (rc == 0 && fsip__send(s, dest, buf, len) < 0) rc = FSIP_ELIMIT;
    if (buf) s->alloc->free(buf, s->alloc->arg);
    fsip__leave(s);
    return rc;
}

/* ------------------------------------------------------------ input */

/* RFC 3261 §18.2.1, RFC 3581 §4: stamp received (and the rport value)
 * into the top Via, in place: the stamped bytes become the message's raw
 * text (in its arena) and only the top Via value is parsed again. When
 * nothing needs stamping, or stamping fails, m is left as it was. */
static void stamp_via(fsip_stack *s, fsip_msg *m, const fsip_flow *flow)
{
    const fsip_hdr *h = fsip_msg_hdr_first(m, FSIP_HDR_VIA);
    if (!h) return;
    const fsip_via *v = h->p.via;
    fsip_str raw = fsip_msg_raw(m);
    if (h->value.ptr < raw.ptr || h->value.ptr + h->value.len > raw.ptr + raw.len) return;
    fsip_netaddr host;
    bool same = fsip_netaddr_parse(v->host.ptr, v->host.len, flow->remote.port, &host) == 0 &&
                memcmp(host.ip, flow->remote.ip, 16) == 0 && host.family == flow->remote.family;
    bool need_rport = v->rport == 0;
    bool need_received = (!same || v->rport >= 0) && !v->received.ptr;
    if (!need_rport && !need_received) return;

    char ip[64], port[16], recv_p[80];
    fsip_netaddr_print(&flow->remote, false, ip, sizeof ip);
    /* received carries the address without brackets (RFC 3261 §20.42). */
    char *ipb = ip;
    if (ip[0] == '[') {
        ipb = ip + 1;
        ip[strlen(ip) - 1] = '\0';
    }
    size_t lr = 0, lv = 0;
    if (need_rport) {
        char d[8], *e = d + sizeof d, *q = fsip__dec(e, flow->remote.port);
        port[lr++] = '=';
        memcpy(port + lr, q, (size_t)(e - q));
        lr += (size_t)(e - q);
    }
    if (need_received) {
        size_t il = strlen(ipb);
        memcpy(recv_p, ";received=", 10);
        memcpy(recv_p + 10, ipb, il);
        lv = 10 + il;
    }
    size_t at_rport = 0;
    if (need_rport) {
        const fsip_param *p = fsip_params_find(&v->params, "rport");
        if (!p || p->name.ptr < raw.ptr) return;
        at_rport = (size_t)(p->name.ptr + p->name.len - raw.ptr);
    }
    size_t at_via = (size_t)(h->value.ptr - raw.ptr);
    size_t at_recv = at_via + h->value.len;
    size_t n = raw.len + lr + lv;
    char *buf = fsip__arena_alloc(&m->arena, n + 1);
    if (!buf) return;
    size_t k = 0, from = 0;
    if (need_rport) {
        memcpy(buf + k, raw.ptr, at_rport);
        k += at_rport;
        memcpy(buf + k, port, lr);
        k += lr;
        from = at_rport;
    }
    memcpy(buf + k, raw.ptr + from, at_recv - from);
    k += at_recv - from;
    memcpy(buf + k, recv_p, lv);
    k += lv;
    memcpy(buf + k, raw.ptr + at_recv, raw.len - at_recv);
    k += raw.len - at_recv;
    buf[k] = '\0';
    /* The top Via starts where it did; it grew by what was inserted. The
     * limits were checked on arrival (the old value is still counted). */
    fsip_parse_opts po = s->cfg.parse;
    po.alloc = s->alloc;
    po.max_via = UINT32_MAX;
    if (fsip__msg_replace_value(m, (uint32_t)(h - fsip_msg_hdr_at(m, 0)),
                                (fsip_str){buf + at_via, h->value.len + lr + lv}, &po) == 0)
        fsip__msg_set_raw(m, (fsip_str){buf, k});
}

void fsip__stack_set_allow(fsip_stack *s, const char *allow)
{
    s->cfg.allow = allow;
    s->allow_bits = 0;
    for (unsigned i = 1; i < 32; i++) {
        const char *name = fsip_method_name((fsip_method)i);
        if (*name && fsip__list_has(allow, fsip_str_c(name), false)) s->allow_bits |= 1u << i;
    }
}

/* RFC 3261 §8.2: the UAS core checks, in the RFC's order. The rejection is
 * sent by the transaction's to_tu action (so retransmissions are absorbed
 * and the ACK for it matches). */
void fsip__uas_check(fsip_stack *s, fsip_txn *t, const fsip_msg *req)
{
    const fsip_stack_config *c = &s->cfg;
    fsip_method method = fsip_msg_method(req);
    /* §8.2.1: method inspection (the known methods' answers were worked out
     * when the Allow list was set, fsip__stack_set_allow). */
    bool allowed = method != FSIP_METHOD_OTHER && (unsigned)method < 32
                       ? (s->allow_bits >> method) & 1
                       : fsip__list_has(c->allow, fsip_msg_method_name(req), false);
    if (!allowed) {
        t->reject = method == FSIP_METHOD_OTHER ? 501 : 405;
        snprintf(t->reject_hdr, sizeof t->reject_hdr, "Allow: %s", c->allow);
        return;
    }
    /* RFC 3261 §16.3 item 3 (a proxy rule, optional here). */
    if (c->max_forwards_check && fsip_msg_max_forwards(req) == 0 && method != FSIP_METHOD_OPTIONS) {
        t->reject = 483;
        return;
    }
    /* §8.2.2.1: Request-URI scheme. */
    const fsip_uri *ru = fsip_msg_request_uri(req);
    if (!fsip__list_has(c->schemes, ru->scheme_s, true)) {
        t->reject = 416;
        return;
    }
    /* §8.2.2.2 (merged requests) is checked by the caller. §9.2: a CANCEL
     * matching no INVITE transaction gets 481. */
    if (method == FSIP_METHOD_CANCEL) {
        if (!fsip_txn_cancel_target(t)) t->reject = 481;
        return;
    }
    /* §8.2.2.3: Require (ignored for CANCEL and ACK). */
    size_t k = 0;
    for (const fsip_hdr *h = fsip_msg_hdr_first(req, FSIP_HDR_REQUIRE); h;
         h = fsip_msg_hdr_next(req, h)) {
        if (fsip__list_has(c->supported, h->value, true)) continue;
        if (k == 0)
            k = (size_t)snprintf(t->reject_hdr, sizeof t->reject_hdr, "Unsupported: ");
        else if (k < sizeof t->reject_hdr)
            k += (size_t)snprintf(t->reject_hdr + k, sizeof t->reject_hdr - k, ", ");
        if (k < sizeof t->reject_hdr)
            k += (size_t)snprintf(t->reject_hdr + k, sizeof t->reject_hdr - k, "%.*s",
                                  (int)h->value.len, h->value.ptr);
    }
    if (k) {
        t->reject = 420;
        return;
    }
    /* §8.2.3: content processing. */
    if (fsip_msg_body(req).len > 0 && strcmp(c->accept, "*") != 0) {
        const fsip_hdr *ct = fsip_msg_hdr_first(req, FSIP_HDR_CONTENT_TYPE);
        bool ok = false;
        if (ct && ct->p.media) {
            const fsip_media_type *mt = ct->p.media;
            /* The full type and the type with any subtype (cut as snprintf would). */
            char full[160], any[96];
            size_t nf = 0, na = 0;
            append_cut(full, sizeof full, &nf, mt->type);
            append_cut(full, sizeof full, &nf, fsip_str_c("/"));
            append_cut(full, sizeof full, &nf, mt->subtype);
            append_cut(any, sizeof any, &na, mt->type);
            append_cut(any, sizeof any, &na, fsip_str_c("/*"));
            ok = fsip__list_has(c->accept, (fsip_str){full, nf}, true) ||
                 fsip__list_has(c->accept, (fsip_str){any, na}, true) ||
                 fsip__list_has(c->accept, fsip_str_c("*/*"), true);
        }
        if (!ok) {
            t->reject = 415;
            snprintf(t->reject_hdr, sizeof t->reject_hdr, "Accept: %s", c->accept);
        }
    }
}

/* A parse error in a datagram request: try to recover enough of it to
 * answer (RFC 3261 §8.2: 400 naming the header, 505, 513). The offending
 * header line is cut out (or the version fixed) and the rest re-parsed. */
static fsip_msg *salvage(fsip_stack *s, const char *data, size_t len, fsip_parse_result *res)
{
    const fsip_allocator *a = s->alloc;
    char *buf = a->malloc(len + 1, a->arg);
    if (!buf) return NULL;
    memcpy(buf, data, len);
    size_t n = len;
    fsip_parse_opts po = s->cfg.parse;
    po.alloc = a;
    fsip_parse_result r = *res;
    fsip_msg *m = NULL;
    for (int round = 0; round < 8; round++) {
        if (r.status == 513) {
            po.max_msg_size = (uint32_t)(n + 1);
        } else if (r.status == 505) {
            char *sp = memmem(buf, n, " SIP/", 5);
            char *eol = memchr(buf, '\n', n);
            if (!sp || (eol && sp > eol)) break;
            char *v = sp + 1, *e = v;
            while (e < buf + n && *e != '\r' && *e != '\n')
                e++;
            if (e - v < 7) break;
            memcpy(v, "SIP/2.0", 7);
            memmove(v + 7, e, (size_t)(buf + n - e));
            n -= (size_t)(e - v) - 7;
        } else if (r.header[0] && r.offset < n) {
            /* Cut the logical line (with its folded continuations). */
            size_t b = r.offset;
            while (b > 0 && buf[b - 1] != '\n')
                b--;
            if (b == 0) break;
            size_t e = r.offset;
            for (;;) {
                while (e < n && buf[e] != '\n')
                    e++;
                if (e < n) e++;
                if (e < n && (buf[e] == ' ' || buf[e] == '\t')) continue;
                break;
            }
            memmove(buf + b, buf + e, n - e);
            n -= e - b;
        } else {
            break;
        }
        int rc = fsip_msg_parse(buf, n, FSIP_PARSE_DATAGRAM, &po, &m, &r);
        if (rc == 0 || rc == FSIP_ENOMEM) break;
    }
    a->free(buf, a->arg);
    return m;
}

static bool answerable(const fsip_msg *m)
{
    return fsip_msg_is_request(m) && fsip_msg_via(m) && fsip_msg_from(m) && fsip_msg_to(m) &&
           fsip_msg_call_id(m).ptr && fsip_msg_cseq(m);
}

static const char *reason_for(const fsip_parse_result *r, char *buf, size_t cap)
{
    if (r->status == 505) return NULL;
    if (r->status == 513) return NULL;
    snprintf(buf, cap, "Bad Request - %s%s%s", r->header[0] ? r->header : "start line",
             r->reason ? ": " : "", r->reason ? r->reason : "");
    for (char *p = buf; *p; p++)
        if (*p == '\r' || *p == '\n') *p = ' ';
    return buf;
}

/* A complete message (owned) from a datagram or a stream. */
static void handle_msg(fsip_stack *s, const fsip_flow *flow, fsip_msg *m)
{
    fsip_parse_result r;
    memset(&r, 0, sizeof r);
    fsip_parse_opts po = s->cfg.parse;
    po.alloc = s->alloc;
    s->stats.rx_msgs++;
    if (!fsip_msg_is_request(m)) {
        s->stats.rx_responses++;
        const fsip_via *v = fsip_msg_via(m);
        if (fsip_msg_validate(m, &po, &r) != 0 || !v || !v->branch.ptr) {
            /* RFC 3261 §18.1.2: malformed responses are dropped. */
            s->stats.rx_bad_responses++;
            fsip__log(s, FSIP_LOG_INFO, "malformed response dropped: %s %s", r.header,
                      r.reason ? r.reason : "");
        } else {
            fsip__txn_on_response(s, m);
        }
        fsip_msg_free(m);
        return;
    }
    s->stats.rx_requests++;
    int rc = fsip_msg_validate(m, &po, &r);
    if (rc != 0) {
        if (fsip_msg_method(m) == FSIP_METHOD_ACK) {
            s->stats.rx_bad_acks++; /* an ACK is never answered (§17.1.1.3) */
        } else if (answerable(m) && r.status) {
            char reason[160];
            fsip__count_reject(s, r.status);
            send_stateless(s, flow, m, r.status, reason_for(&r, reason, sizeof reason));
        } else {
            s->stats.rx_garbage++;
        }
        fsip_msg_free(m);
        return;
    }
    stamp_via(s, m, flow);
    fsip__txn_on_request(s, flow, m);
}

static void recv_datagram(fsip_stack *s, const fsip_flow *flow, const void *data, size_t len)
{
    fsip_parse_opts po = s->cfg.parse;
    po.alloc = s->alloc;
    fsip_parse_result r;
    memset(&r, 0, sizeof r);
    fsip_msg *m = NULL;
    /* RFC 5626 §4.4.1: a CRLF keep-alive on a datagram needs no answer. */
    size_t crlf = 0;
    while (crlf < len && (((const char *)data)[crlf] == '\r' || ((const char *)data)[crlf] == '\n'))
        crlf++;
    if (len > 0 && crlf == len && len <= 4) return;
    int rc = fsip_msg_parse(data, len, FSIP_PARSE_DATAGRAM, &po, &m, &r);
    if (rc == 0) {
        handle_msg(s, flow, m);
        return;
    }
    s->stats.rx_msgs++;
    if (rc == FSIP_ENOMEM) {
        fsip__log(s, FSIP_LOG_ERROR, "out of memory parsing a datagram: dropped");
        return;
    }
    bool response = len >= 4 && memcmp(data, "SIP/", 4) == 0;
    if (response) {
        s->stats.rx_responses++;
        s->stats.rx_bad_responses++;
        fsip__log(s, FSIP_LOG_INFO, "malformed response dropped: %s %s", r.header,
                  r.reason ? r.reason : "");
        return;
    }
    fsip_msg *sv = r.status ? salvage(s, data, len, &r) : NULL;
    if (!sv) {
        s->stats.rx_garbage++;
        fsip__log(s, FSIP_LOG_INFO, "unparseable datagram dropped: %s %s", r.header,
                  r.reason ? r.reason : "");
        return;
    }
    s->stats.rx_requests++;
    if (fsip_msg_method(sv) == FSIP_METHOD_ACK || !answerable(sv)) {
        if (fsip_msg_method(sv) == FSIP_METHOD_ACK)
            s->stats.rx_bad_acks++;
        else
            s->stats.rx_garbage++;
    } else {
        char reason[160];
        fsip__count_reject(s, r.status);
        fsip__log(s, FSIP_LOG_INFO, "bad request answered %d: %s %s", r.status, r.header,
                  r.reason ? r.reason : "");
        send_stateless(s, flow, sv, r.status, reason_for(&r, reason, sizeof reason));
    }
    fsip_msg_free(sv);
}

static struct fsip_conn *find_conn(fsip_stack *s, uint64_t id)
{
    struct fsip_hnode *n = fsip__htable_find(&s->conns, &id, sizeof id);
    return n ? (struct fsip_conn *)((char *)n - offsetof(struct fsip_conn, node)) : NULL;
}

static void drop_conn(fsip_stack *s, struct fsip_conn *c)
{
    fsip__htable_remove(&s->conns, &c->node);
    fsip_framer_free(c->framer);
    s->alloc->free(c, s->alloc->arg);
}

static int recv_stream(fsip_stack *s, const fsip_flow *flow, const void *data, size_t len)
{
    struct fsip_conn *c = find_conn(s, flow->conn_id);
    if (!c) {
        if (fsip__htable_reserve(&s->conns) < 0) return FSIP_ENOMEM;
        c = s->alloc->malloc(sizeof(*c), s->alloc->arg);
        if (!c) return FSIP_ENOMEM;
        memset(c, 0, sizeof(*c));
        fsip_parse_opts po = s->cfg.parse;
        po.alloc = s->alloc;
        c->framer = fsip_framer_new(&po);
        if (!c->framer) {
            s->alloc->free(c, s->alloc->arg);
            return FSIP_ENOMEM;
        }
        c->id = flow->conn_id;
        c->node.key = (const uint8_t *)&c->id;
        c->node.klen = sizeof c->id;
        fsip__htable_insert(&s->conns, &c->node);
    }
    int rc = fsip_framer_feed(c->framer, data, len);
    if (rc == FSIP_ENOMEM) return rc;
    if (rc < 0) {
        s->stats.stream_errors++;
        drop_conn(s, c);
        return rc;
    }
    for (;;) {
        /* A callback may have closed the connection: look it up again. */
        c = find_conn(s, flow->conn_id);
        if (!c) return 0;
        fsip_msg *m = NULL;
        fsip_parse_result r;
        memset(&r, 0, sizeof r);
        int ev = fsip_framer_next(c->framer, &m, &r);
        if (ev == FSIP_FRAME_NONE) return 0;
        if (ev == FSIP_FRAME_MSG) {
            handle_msg(s, flow, m);
        } else if (ev == FSIP_FRAME_PING) {
            /* RFC 5626 §4.4.1: answer a CRLFCRLF ping with a CRLF pong. */
            s->stats.rx_keepalives++;
            fsip__send(s, flow, "\r\n", 2);
        } else if (ev == FSIP_FRAME_PONG) {
            continue;
        } else if (ev == FSIP_ENOMEM) {
            return ev;
        } else {
            /* STYLE §5: a stream cannot be resynchronised; close it. */
            s->stats.stream_errors++;
            fsip__log(s, FSIP_LOG_INFO, "stream framing error (%s %s): closing", r.header,
                      r.reason ? r.reason : "");
            drop_conn(s, c);
            return ev;
        }
    }
}

/* ------------------------------------------------------------- stack */

void fsip__enter(fsip_stack *s, uint64_t now)
{
    OWNER(s);
    if (s->depth++ == 0) s->now = now;
}

void fsip__leave(fsip_stack *s)
{
    /* Zero-length timers (D, I, J, K on reliable transports) fire before
     * the outermost call returns. */
    if (s->depth == 1) fsip__txn_run_timers(s, s->now);
    s->depth--;
}

static int copy_strings(fsip_stack *s)
{
    const char **fields[] = {&s->cfg.sent_by, &s->cfg.allow, &s->cfg.supported, &s->cfg.accept,
                             &s->cfg.schemes};
    const char *defaults[] = {NULL, default_allow, "", "application/sdp", "sip, sips, tel"};
    size_t total = 0;
    for (size_t i = 0; i < 5; i++) {
        if (!*fields[i]) *fields[i] = defaults[i];
        if (*fields[i]) total += strlen(*fields[i]) + 1;
    }
    s->strings = s->alloc->malloc(total ? total : 1, s->alloc->arg);
    if (!s->strings) return FSIP_ENOMEM;
    char *p = s->strings;
    for (size_t i = 0; i < 5; i++) {
        if (!*fields[i]) continue;
        size_t n = strlen(*fields[i]) + 1;
        memcpy(p, *fields[i], n);
        *fields[i] = p;
        p += n;
    }
    if (s->cfg.sent_by && (strpbrk(s->cfg.sent_by, " \t\r\n;,") || !*s->cfg.sent_by))
        return FSIP_EINVAL;
    return 0;
}

int fsip_stack_new(const fsip_stack_config *cfg, const fsip_stack_callbacks *cbs, fsip_stack **out)
{
    if (!out || !cbs || !cbs->send) return FSIP_EINVAL;
    *out = NULL;
    fsip_stack_config def;
    if (!cfg) {
        fsip_stack_config_init(&def);
        cfg = &def;
    }
    const fsip_allocator *a = cfg->alloc ? cfg->alloc : fsip_allocator_default();
    if (cfg->t1_ms == 0 || cfg->t2_ms < cfg->t1_ms || cfg->max_transactions == 0)
        return FSIP_EINVAL;
    fsip_stack *s = a->malloc(sizeof(*s), a->arg);
    if (!s) return FSIP_ENOMEM;
    memset(s, 0, sizeof(*s));
    s->cfg = *cfg;
    s->cb = *cbs;
    s->alloc = a;
    s->cfg.alloc = a;
#ifndef NDEBUG
    s->owner = (unsigned long)pthread_self();
#endif
    if (!s->cfg.log) s->cfg.log = default_log;
    const char *env = getenv("FSIP_TRACE");
    if (env && strcmp(env, "1") == 0) s->cfg.trace = true;
    uint8_t seed[32];
    if (cfg->seed) {
        memcpy(seed, cfg->seed, sizeof seed);
    } else {
        size_t got = 0;
        while (got < sizeof seed) {
            ssize_t n = getrandom(seed + got, sizeof seed - got, 0);
            if (n <= 0) break;
            got += (size_t)n;
        }
        if (got < sizeof seed) {
            a->free(s, a->arg);
            return FSIP_EINVAL;
        }
    }
    uint64_t k[4];
    memcpy(k, seed, sizeof k);
    s->rk0 = k[2];
    s->rk1 = k[3];
    fsip__theap_init(&s->timers, a);
    int rc = copy_strings(s);
    if (rc == 0) fsip__stack_set_allow(s, s->cfg.allow);
    if (rc == 0) rc = fsip__htable_init(&s->txns, a, k[0], k[1]);
    if (rc == 0) rc = fsip__htable_init(&s->merges, a, k[0] ^ 0x5555, k[1]);
    if (rc == 0) rc = fsip__htable_init(&s->conns, a, k[0] ^ 0xaaaa, k[1]);
    if (rc < 0) {
        fsip_stack_free(s);
        return rc;
    }
    *out = s;
    return 0;
}

void fsip_stack_free(fsip_stack *s)
{
    if (!s) return;
    OWNER(s);
    fsip__txn_free_all(s);
    if (s->conns.b) {
        for (uint32_t i = 0; i < s->conns.nb; i++)
            while (s->conns.b[i])
                drop_conn(s, (struct fsip_conn *)((char *)s->conns.b[i] -
                                                  offsetof(struct fsip_conn, node)));
    }
    fsip__htable_release(&s->txns);
    fsip__htable_release(&s->merges);
    fsip__htable_release(&s->conns);
    fsip__theap_release(&s->timers);
    if (s->strings) s->alloc->free(s->strings, s->alloc->arg);
    s->alloc->free(s, s->alloc->arg);
}

int fsip_stack_recv(fsip_stack *s, const fsip_flow *flow, const void *data, size_t len,
                    uint64_t now)
{
    if (!s || !flow || (!data && len)) return FSIP_EINVAL;
    fsip__enter(s, now);
    s->stats.rx_bytes += len;
    trace(s, false, flow, data, len);
    int rc = 0;
    if (fsip_transport_reliable(flow->transport))
        rc = recv_stream(s, flow, data, len);
    else
        recv_datagram(s, flow, data, len);
    fsip__leave(s);
    return rc;
}

void fsip_stack_conn_closed(fsip_stack *s, uint64_t conn_id)
{
    OWNER(s);
    struct fsip_conn *c = find_conn(s, conn_id);
    if (c) drop_conn(s, c);
}

int fsip_stack_tick(fsip_stack *s, uint64_t now)
{
    fsip__enter(s, now);
    fsip__txn_run_timers(s, now);
    fsip__leave(s);
    return 0;
}

uint64_t fsip_stack_next_deadline(const fsip_stack *s)
{
    OWNER(s);
    struct fsip_timer *t = fsip__theap_top(&s->timers);
    return t ? t->when : FSIP_NO_DEADLINE;
}

uint64_t fsip_stack_now(const fsip_stack *s)
{
    return s->now;
}

const fsip_stats *fsip_stack_stats(const fsip_stack *s)
{
    OWNER(s);
    return &s->stats;
}

void fsip__stack_set_row_hook(fsip_stack *s, fsip_row_hook hook, void *arg)
{
    s->row_hook = hook;
    s->row_hook_arg = arg;
}
