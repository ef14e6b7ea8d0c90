/* fuzz_stack — a whole user agent (stack, transactions, calls, PRACK,
 * UPDATE, session timers, REFER both ways) driven by a peer the fuzzer
 * plays, on a virtual clock.
 *
 * Input: a sequence of records, each starting with an op byte:
 *   'D' / 'T' LEN(2, big endian) BYTES  a datagram from the peer over UDP,
 *                                        or a chunk of its TCP stream;
 *   't' N   the clock moves N*10 ms (N+1 ticks at most);
 *   's' N   the clock moves N seconds;
 *   'a' N   the application acts on the current call (ring, answer,
 *           reject, hang up, re-INVITE, UPDATE, transfer, a new call ...);
 *   'p' N   the application's policy inside callbacks (what it does on
 *           INCOMING, REINVITE, UPDATE, REFERRED, REQUEST);
 *   other   ignored.
 * A datagram's bytes may name what the peer cannot guess, replaced before
 * it is fed: $C the current call's Call-ID, $L the UA's tag in it, $R the
 * peer's tag, $B the Via branch of the last request the UA sent, $S its
 * CSeq number, $M its method, $Q the RSeq of the last reliable 1xx the
 * UA sent. So the seeds (fuzz/corpus/fuzz_stack) are real dialogs and the
 * fuzzer mutates around them.
 *
 * Invariants: no crash or sanitizer report; the memory the stack holds
 * stays under a bound set by its limits (max_transactions, max_calls,
 * message size); after the input, the clock runs 64*T1 past the longest
 * timer (noanswer, session expiry, subscription expiry) and then no
 * transaction, call or transfer subscription is left; once the UA and
 * stack are freed, no memory is.
 */
#include "fuzz_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fsip/call.h"
#include "fsip/stack.h"
#include "fsip/transfer.h"
#include "fuzz_ua.h"

/* Limits the run is configured with, and the memory bound they imply. */
#define MAX_TXNS  64
#define MAX_CALLS 4
#define MAX_MSG   4096
#define MEM_BOUND (8u << 20)

/* ------------------------------------------------------------ the world */

typedef struct {
    fsip_stack *s;
    fsip_ua *ua;
    uint64_t now;
    fuzz_alloc mem; /* everything the stack and UA allocate */
    uint8_t policy;
    long xfers;       /* transfer handles alive (created, DONE not yet seen) */
    fuzz_calls calls; /* every call not ENDED yet; .cur the one the app acts on */
    /* What the peer cannot guess, from what the UA sent last. */
    char branch[96], method[24], rseq[16], cseq[16];
} world;

static world W;

static const fsip_netaddr *peer_addr(void)
{
    static fsip_netaddr a;
    if (!a.family) fsip_netaddr_parse("192.0.2.2", 9, 5070, &a);
    return &a;
}

static const fsip_netaddr *our_addr(void)
{
    static fsip_netaddr a;
    if (!a.family) fsip_netaddr_parse("192.0.2.1", 9, 5060, &a);
    return &a;
}

static void copy_str(char *dst, size_t cap, fsip_str s)
{
    size_t n = s.len < cap - 1 ? s.len : cap - 1;
    memcpy(dst, s.ptr, n);
    dst[n] = 0;
}

/* The stack's output: remembered for $B/$S/$M/$Q, then dropped. */
static int on_send(const fsip_flow *flow, const void *data, size_t len, void *arg)
{
    (void)flow;
    (void)arg;
    FUZZ_CHECK(len > 0 && len <= 65535, "sent %zu bytes", len);
    /* The pong to a CRLF CRLF keep-alive on a stream (RFC 5626 §4.4.1). */
    if (len == 2 && memcmp(data, "\r\n", 2) == 0) return 0;
    fsip_parse_result r;
    fsip_msg *m = NULL;
    /* Everything the stack sends must parse (and validate, if a request). */
    int rc = fsip_msg_parse(data, len, FSIP_PARSE_DATAGRAM, NULL, &m, &r);
    FUZZ_CHECK(rc == FSIP_OK, "the UA sent a message that does not parse (%s at %zu): %.*s",
               r.reason ? r.reason : "?", r.offset, (int)(len > 400 ? 400 : len),
               (const char *)data);
    if (fsip_msg_is_request(m)) {
        FUZZ_CHECK(fsip_msg_validate(m, NULL, &r) == 0, "the UA sent an invalid request (%s): %.*s",
                   r.reason ? r.reason : "?", (int)(len > 400 ? 400 : len), (const char *)data);
        const fsip_via *v = fsip_msg_via(m);
        if (v) copy_str(W.branch, sizeof W.branch, v->branch);
        copy_str(W.method, sizeof W.method, fsip_msg_method_name(m));
        snprintf(W.cseq, sizeof W.cseq, "%u", (unsigned)fsip_msg_cseq(m)->seq);
    } else {
        const fsip_hdr *h = fsip_msg_hdr_first(m, FSIP_HDR_RSEQ);
        if (h) snprintf(W.rseq, sizeof W.rseq, "%u", (unsigned)h->p.num);
    }
    fsip_msg_free(m);
    return 0;
}

static void on_call(fsip_call *call, fsip_call_event ev, const fsip_msg *msg, void *arg)
{
    (void)msg;
    (void)arg;
    fuzz_calls_track(&W.calls, call, ev == FSIP_CALL_EV_ENDED);
    if (ev != FSIP_CALL_EV_ENDED) fuzz_ua_policy(call, ev, W.policy, W.now);
}

static void on_xfer(fsip_xfer *x, fsip_xfer_event ev, const fsip_msg *msg, void *arg)
{
    (void)msg;
    (void)arg;
    fuzz_xfer_count(&W.xfers, x, ev, W.policy & 128);
}

/* The application's actions (the low six bits of b): fuzz_ua_act's, a
 * transfer, a new call (over TCP with bit 7, with an offer with bit 6). */
static void app_act(uint8_t b)
{
    fsip_call *c = W.calls.cur;
    uint8_t k = (uint8_t)((b & 0x3f) % (FUZZ_UA_ACTIONS + 2));
    if (k < FUZZ_UA_ACTIONS) {
        if (c) fuzz_ua_act(c, k);
    } else if (k == FUZZ_UA_ACTIONS) {
        fsip_xfer *x = NULL;
        if (c && fsip_call_transfer(c, "sip:carol@192.0.2.9", NULL, &x) == 0) W.xfers++;
    } else {
        fsip_call_params p = {0};
        p.target = "sip:bob@192.0.2.2:5070";
        p.dest.transport = (b & 0x80) ? FSIP_TRANSPORT_TCP : FSIP_TRANSPORT_UDP;
        p.dest.local = *our_addr();
        p.dest.remote = *peer_addr();
        if (b & 0x40) {
            p.content_type = "application/sdp";
            p.body = fuzz_sdp;
            p.body_len = fuzz_sdp_len;
        }
        fsip_call *nc = NULL;
        if (fsip_call_invite(W.ua, &p, &nc) == 0) fuzz_calls_track(&W.calls, nc, false);
    }
}

/* Replaces $C $L $R $B $S $M $Q in `in` into a buffer (malloc'd). */
static char *expand(const uint8_t *in, size_t n, size_t *out_len)
{
    const char *callid = W.calls.cur ? fsip_call_id(W.calls.cur) : "none";
    const char *ltag = W.calls.cur ? fsip_call_local_tag(W.calls.cur) : "none";
    const char *rtag = W.calls.cur && *fsip_call_remote_tag(W.calls.cur)
                           ? fsip_call_remote_tag(W.calls.cur)
                           : "pt1";
    size_t cap = n * 8 + 64, len = 0;
    char *out = malloc(cap);
    FUZZ_CHECK(out != NULL, "out of memory");
    for (size_t i = 0; i < n; i++) {
        const char *rep = NULL;
        if (in[i] == '$' && i + 1 < n) {
            switch (in[i + 1]) {
            case 'C': rep = callid; break;
            case 'L': rep = ltag; break;
            case 'R': rep = rtag; break;
            case 'B': rep = W.branch; break;
            case 'S': rep = W.cseq; break;
            case 'M': rep = W.method; break;
            case 'Q': rep = W.rseq; break;
            default: break;
            }
        }
        if (rep) {
            size_t rl = strlen(rep);
            if (len + rl + n - i > cap) {
                cap = (len + rl + n) * 2;
                out = realloc(out, cap);
                FUZZ_CHECK(out != NULL, "out of memory");
            }
            memcpy(out + len, rep, rl);
            len += rl;
            i++;
        } else {
            if (len + 1 > cap) {
                cap *= 2;
                out = realloc(out, cap);
                FUZZ_CHECK(out != NULL, "out of memory");
            }
            out[len++] = (char)in[i];
        }
    }
    *out_len = len;
    return out;
}

static void advance(uint64_t ms)
{
    uint64_t end = W.now + ms;
    for (int guard = 0; guard < 100000; guard++) {
        uint64_t d = fsip_stack_next_deadline(W.s);
        if (d > end) break;
        if (d > W.now) W.now = d;
        fsip_stack_tick(W.s, W.now);
    }
    W.now = end;
    fsip_stack_tick(W.s, W.now);
}

static void quiet(fsip_log_level level, const char *line, void *arg)
{
    (void)level;
    (void)line;
    (void)arg;
}

static void check_memory(void)
{
    FUZZ_CHECK(W.mem.bytes <= MEM_BOUND, "the stack holds %zu bytes (bound %u)", W.mem.bytes,
               (unsigned)MEM_BOUND);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    memset(&W, 0, sizeof W);
    fuzz_alloc_init(&W.mem);
    W.now = 1000;
    static const uint8_t seed[32] = {1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11,
                                     12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                                     23, 24, 25, 26, 27, 28, 29, 30, 31, 32};
    fsip_stack_config sc;
    fsip_stack_config_init(&sc);
    sc.alloc = &W.mem.a;
    sc.max_transactions = MAX_TXNS;
    sc.parse.max_msg_size = MAX_MSG;
    sc.seed = seed;
    sc.log = quiet; /* the fuzzer's input is meant to be bad */
    fuzz_ua_new(&sc, on_send, NULL, MAX_CALLS, on_call, on_xfer, NULL, &W.s, &W.ua);

    fsip_flow udp = {FSIP_TRANSPORT_UDP, *our_addr(), *peer_addr(), 0};
    fsip_flow tcp = {FSIP_TRANSPORT_TCP, *our_addr(), *peer_addr(), 7};
    size_t i = 0;
    while (i < size) {
        uint8_t op = data[i++];
        if (op == 'D' || op == 'T') {
            if (i + 2 > size) break;
            size_t n = ((size_t)data[i] << 8) | data[i + 1];
            i += 2;
            if (n > size - i) n = size - i;
            size_t len;
            char *msg = expand(data + i, n, &len);
            i += n;
            fsip_stack_recv(W.s, op == 'D' ? &udp : &tcp, msg, len, W.now);
            free(msg);
        } else if (op == 't' && i < size) {
            advance((uint64_t)data[i++] * 10);
        } else if (op == 's' && i < size) {
            advance((uint64_t)data[i++] * 1000);
        } else if (op == 'a' && i < size) {
            app_act(data[i++]);
        } else if (op == 'p' && i < size) {
            W.policy = data[i++];
        }
        check_memory();
    }

    /* Everything has a timer path to its end (DESIGN §3 no silent hangs). */
    advance(FUZZ_UA_SETTLE_MS);
    fuzz_ua_check_settled("ua", W.s, W.ua, W.xfers);
    /* A call may outlive any timer only when it is confirmed and no
     * session timer was negotiated (RFC 4028 §7.4, §9: then only a BYE
     * ends it). */
    const fsip_ua_stats *us = fsip_ua_stats_get(W.ua);
    FUZZ_CHECK(us->calls_active == (uint64_t)W.calls.n, "%llu calls open, %d known",
               (unsigned long long)us->calls_active, W.calls.n);
    for (int k = 0; k < W.calls.n; k++) {
        fsip_call *c = W.calls.v[k];
        FUZZ_CHECK(fsip_call_get_state(c) == FSIP_CALL_CONFIRMED && !fsip_call_session_expires(c),
                   "a call left %u ms after the input in %s (%s), session timer %u s",
                   FUZZ_UA_SETTLE_MS, fsip_call_state_name(fsip_call_get_state(c)),
                   fsip_call_machine_state(c), (unsigned)fsip_call_session_expires(c));
    }
    fsip_ua_free(W.ua);
    fsip_stack_free(W.s);
    FUZZ_CHECK(W.mem.live == 0 && W.mem.bytes == 0, "%ld blocks (%zu bytes) leaked", W.mem.live,
               W.mem.bytes);
    return 0;
}
