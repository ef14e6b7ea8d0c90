/* fsip bench — memory per established idle call.
 *
 *   bench_calls_mem [--calls N] [--rate R]
 *
 * Two stacks, each with its own fsip_ua and its own counting allocator
 * (fsip_allocator: live bytes requested and live blocks), wired as in
 * bench/calls_inproc.c: an in-memory UDP network and a virtual clock. A
 * (the caller) places N calls at R calls per second of virtual time, B
 * accepts each at once (INVITE with an SDP offer / 200 with an SDP answer
 * / ACK), and nobody hangs up. Session timers are off (session_expires_s
 * 0), so an established call has no timer of its own. The clock then runs
 * until every transaction is gone (Timer L / M, 64*T1 = 32 s after the
 * last call, RFC 6026 §8.7, §8.4): what is left is the calls and their
 * dialogs. Measured per side:
 *
 *   base     after fsip_stack_new + fsip_ua_new, before any call
 *   held     N established idle calls, no transaction open
 *   after    every call hung up (BYE / 200) and every transaction gone
 *
 * and printed as "mem SIDE CALLS BASE HELD AFTER HELD_BLOCKS
 * AFTER_BLOCKS" (bytes as requested from the allocator, without malloc's
 * own per-block overhead; blocks counted so it can be estimated). The
 * bytes per call are (held - after) / N: the tables the stack grew while
 * transactions were open stay in `after`, so they are not charged to the
 * calls.
 *
 * It also prints, for reference, the wire size of the messages of one
 * call and what a parsed copy of each costs from the same allocator:
 * "msg NAME WIRE_BYTES PARSED_BYTES PARSED_BLOCKS" — the price of keeping
 * one as an fsip_msg.
 *
 * Exit status 1 when a call failed (not established on both sides, an
 * unexpected event, a retransmission, a spec error, a leak at the end).
 */
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fsip/call.h"
#include "fsip/msg.h"
#include "fsip/stack.h"
#include "inproc.h"

#define SIDE_A INPROC_A
#define SIDE_B INPROC_B

/* The first message of each kind A and B send, kept for the "msg" lines. */
enum { M_INVITE, M_100, M_200_INVITE, M_ACK, M_BYE, M_200_BYE, M_COUNT };
static const char *const MSG_NAME[M_COUNT] = {"INVITE", "100", "200-INVITE",
                                              "ACK",    "BYE", "200-BYE"};

typedef struct bench {
    inproc net;
    fsip_ua *ua[2];
    inproc_counter mem[2];
    fsip_call **calls; /* A's handles, for the hang-up */
    uint64_t ncalls;
    uint64_t placed, incoming, answered[2], ended_ok[2];
    uint64_t ended_bad, unexpected, api_errors, invite_errors;
    bool hanging_up;
    char *sample[M_COUNT];
    size_t sample_len[M_COUNT];
} bench;

/* The SDP offer (A) and answer (B), with --pad N an extra attribute line
 * of N bytes each. */
#define SDP_MAX 8192
static char sdp[2][SDP_MAX];
static size_t sdp_len[2];

static void make_sdp(size_t pad)
{
    static const char *const base[2] = {INPROC_SDP_A, INPROC_SDP_B};
    for (int i = 0; i < 2; i++) {
        size_t len = strlen(base[i]);
        memcpy(sdp[i], base[i], len);
        if (pad >= 10) {
            /* "a=x-pad:" + pad - 10 bytes + CRLF = pad bytes */
            memcpy(sdp[i] + len, "a=x-pad:", 8);
            memset(sdp[i] + len + 8, 'x', pad - 10);
            memcpy(sdp[i] + len + pad - 2, "\r\n", 2);
            len += pad;
        }
        sdp_len[i] = len;
    }
}

static void keep_sample(void *user, const void *data, size_t len)
{
    bench *b = user;
    const char *p = data, *end = p + len;
    int k = -1;
    if (len > 12 && memcmp(p, "SIP/2.0 ", 8) == 0) {
        /* A response: its CSeq line tells which request it answers. */
        const char *cs = memmem(p, len, "\r\nCSeq:", 7);
        const char *eol = cs ? memmem(cs + 2, (size_t)(end - cs - 2), "\r\n", 2) : NULL;
        bool bye = eol && memmem(cs, (size_t)(eol - cs), "BYE", 3) != NULL;
        if (memcmp(p + 8, "100 ", 4) == 0)
            k = M_100;
        else if (memcmp(p + 8, "200 ", 4) == 0)
            k = bye ? M_200_BYE : M_200_INVITE;
    } else if (len > 7 && memcmp(p, "INVITE ", 7) == 0) {
        k = M_INVITE;
    } else if (len > 4 && memcmp(p, "ACK ", 4) == 0) {
        k = M_ACK;
    } else if (len > 4 && memcmp(p, "BYE ", 4) == 0) {
        k = M_BYE;
    }
    if (k < 0 || b->sample[k]) return;
    b->sample[k] = malloc(len);
    if (!b->sample[k]) return;
    memcpy(b->sample[k], data, len);
    b->sample_len[k] = len;
}

static void report_end(bench *b, int side, fsip_call *call)
{
    inproc_report_end("bench_calls_mem", &b->ended_bad, side, call);
}

static void on_call_a(fsip_call *call, fsip_call_event ev, const fsip_msg *msg, void *arg)
{
    bench *b = ((const inproc_port *)arg)->user;
    (void)msg;
    switch (ev) {
    case FSIP_CALL_EV_PROGRESS: break;
    case FSIP_CALL_EV_ANSWERED: b->answered[SIDE_A]++; break;
    case FSIP_CALL_EV_ENDED: {
        fsip_call **slot = fsip_call_user(call);
        if (slot) *slot = NULL; /* the handle dies with this event */
        if (b->hanging_up && fsip_call_end_reason(call) == FSIP_END_LOCAL_BYE)
            b->ended_ok[SIDE_A]++;
        else
            report_end(b, SIDE_A, call);
        break;
    }
    default: b->unexpected++; break;
    }
}

static void on_call_b(fsip_call *call, fsip_call_event ev, const fsip_msg *msg, void *arg)
{
    bench *b = ((const inproc_port *)arg)->user;
    (void)msg;
    switch (ev) {
    case FSIP_CALL_EV_INCOMING:
        b->incoming++;
        if (fsip_call_accept(call, "application/sdp", sdp[SIDE_B], sdp_len[SIDE_B]) != 0)
            b->api_errors++;
        break;
    case FSIP_CALL_EV_ANSWERED: b->answered[SIDE_B]++; break;
    case FSIP_CALL_EV_ENDED:
        if (b->hanging_up && fsip_call_end_reason(call) == FSIP_END_REMOTE_BYE)
            b->ended_ok[SIDE_B]++;
        else
            report_end(b, SIDE_B, call);
        break;
    default: b->unexpected++; break;
    }
}

static void place_call(bench *b, uint64_t i)
{
    fsip_call_params p;
    inproc_call_params(&p, sdp[SIDE_A], sdp_len[SIDE_A]);
    p.user = &b->calls[i];
    if (fsip_call_invite(b->ua[SIDE_A], &p, &b->calls[i]) == 0) {
        b->placed++;
    } else {
        b->calls[i] = NULL;
        b->invite_errors++;
    }
}

/* Every call into a stack, untimed: no split here. */
static void step(void *user, int side, int op, uint64_t seq, const inproc_dgram *d)
{
    bench *b = user;
    if (op == INPROC_TICK)
        fsip_stack_tick(b->net.s[side], b->net.now);
    else if (op == INPROC_RECV)
        fsip_stack_recv(b->net.s[side], &d->flow, d->data, d->len, b->net.now);
    else
        place_call(b, seq);
}

/* Advances the clock deadline by deadline until no transaction is open on
 * either side (bounded: 1,000 s of virtual time past now). */
static int settle(bench *b)
{
    uint64_t limit = b->net.now + 1000 * 1000;
    while (fsip_stack_stats(b->net.s[SIDE_A])->txn_active ||
           fsip_stack_stats(b->net.s[SIDE_B])->txn_active) {
        uint64_t d = inproc_next_deadline(&b->net);
        if (d == FSIP_NO_DEADLINE || d > limit) return -1;
        inproc_advance(&b->net, step, d);
    }
    return 0;
}

static int setup(bench *b, uint64_t max_txn, uint64_t max_calls)
{
    inproc_init(&b->net, b);
    b->net.tap = keep_sample;
    static fsip_allocator al[2];
    for (int i = 0; i < 2; i++)
        al[i] = inproc_counting_allocator(&b->mem[i]);
    static const inproc_on_call_fn on_call[2] = {on_call_a, on_call_b};
    return inproc_agents_new(&b->net, b->ua, "bench_calls_mem", max_txn, max_calls, al, on_call);
}

/* The footprint of one message kept as a parsed fsip_msg. */
static void print_samples(const bench *b)
{
    inproc_counter c = {0, 0, 0};
    fsip_allocator al = inproc_counting_allocator(&c);
    fsip_parse_opts o;
    fsip_parse_opts_init(&o);
    o.alloc = &al;
    for (int k = 0; k < M_COUNT; k++) {
        if (!b->sample[k]) continue;
        fsip_msg *m = NULL;
        fsip_parse_result r;
        int64_t bytes = -1, blocks = -1;
        if (fsip_msg_parse(b->sample[k], b->sample_len[k], FSIP_PARSE_DATAGRAM, &o, &m, &r) ==
            FSIP_OK) {
            bytes = c.bytes;
            blocks = c.blocks;
            fsip_msg_free(m);
        }
        printf("msg\t%s\t%zu\t%" PRId64 "\t%" PRId64 "\n", MSG_NAME[k], b->sample_len[k], bytes,
               blocks);
    }
}

static void usage(void)
{
    fprintf(stderr, "usage: bench_calls_mem [--calls N] [--rate R] [--pad 10..4096]\n");
}

int main(int argc, char **argv)
{
    uint64_t n = 100000, rate = 2000, pad = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--calls") == 0 && i + 1 < argc)
            n = strtoull(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--rate") == 0 && i + 1 < argc)
            rate = strtoull(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--pad") == 0 && i + 1 < argc)
            pad = strtoull(argv[++i], NULL, 10);
        else {
            usage();
            return 2;
        }
    }
    if (n == 0 || n > 10000000 || rate == 0 || rate > 1000000 || (pad && pad < 10) || pad > 4096) {
        usage();
        return 2;
    }
    make_sdp(pad);
    static bench b;
    b.calls = calloc(n, sizeof *b.calls);
    if (!b.calls) return 1;
    b.ncalls = n;
    /* Open at once per side: a transaction per call for 32 s (Timer L / M),
     * then the BYEs of the hang-up (Timer J, K), with margin. */
    uint64_t max_txn = 2 * n + 1024;
    if (max_txn > UINT32_MAX) max_txn = UINT32_MAX;
    if (setup(&b, max_txn, n + 1024) < 0) return 1;
    int64_t base[2] = {b.mem[0].bytes, b.mem[1].bytes};

    uint64_t t0 = inproc_mono_ns();
    inproc_run(&b.net, step, 0, n, rate);
    int rc = settle(&b);
    const fsip_ua_stats *ua = fsip_ua_stats_get(b.ua[SIDE_A]);
    const fsip_ua_stats *ub = fsip_ua_stats_get(b.ua[SIDE_B]);
    bool established = rc == 0 && b.placed == n && b.answered[SIDE_A] == n &&
                       b.answered[SIDE_B] == n && ua->calls_active == n && ub->calls_active == n &&
                       !b.ended_bad && !b.unexpected && !b.api_errors && !b.net.overflow;
    int64_t held[2] = {b.mem[0].bytes, b.mem[1].bytes};
    int64_t held_blocks[2] = {b.mem[0].blocks, b.mem[1].blocks};
    uint64_t t1 = inproc_mono_ns();

    /* Hang up every call (BYE / 200), then let every transaction go. */
    b.hanging_up = true;
    for (uint64_t i = 0; i < n; i++) {
        if (!b.calls[i]) continue;
        if (fsip_call_hangup(b.calls[i]) != 0) b.api_errors++;
        inproc_drain(&b.net, step);
    }
    if (settle(&b) != 0) rc = -1;
    int64_t after[2] = {b.mem[0].bytes, b.mem[1].bytes};
    int64_t after_blocks[2] = {b.mem[0].blocks, b.mem[1].blocks};
    uint64_t t2 = inproc_mono_ns();

    const fsip_stats *sa = fsip_stack_stats(b.net.s[SIDE_A]);
    const fsip_stats *sb = fsip_stack_stats(b.net.s[SIDE_B]);
    bool bad = !established || rc != 0 || b.ended_ok[SIDE_A] != n || b.ended_ok[SIDE_B] != n ||
               b.ended_bad || b.unexpected || b.api_errors || b.net.overflow || b.invite_errors ||
               ua->calls_active || ub->calls_active || ua->spec_errors || ub->spec_errors ||
               sa->tx_retransmissions || sb->tx_retransmissions || b.mem[0].failures ||
               b.mem[1].failures;
    if (bad)
        fprintf(stderr,
                "bench_calls_mem: %" PRIu64 " calls: established %s, placed %" PRIu64
                ", answered %" PRIu64 "/%" PRIu64 ", ended by BYE %" PRIu64 "/%" PRIu64
                ", ended otherwise %" PRIu64 ", unexpected events %" PRIu64 ", API errors %" PRIu64
                ", invite errors %" PRIu64 ", queue overflows %" PRIu64 ", open calls %" PRIu64
                "/%" PRIu64 ", spec errors %" PRIu64 "/%" PRIu64 ", retransmissions %" PRIu64
                "/%" PRIu64 ", open transactions %" PRIu64 "/%" PRIu64 "\n",
                n, established ? "yes" : "no", b.placed, b.answered[SIDE_A], b.answered[SIDE_B],
                b.ended_ok[SIDE_A], b.ended_ok[SIDE_B], b.ended_bad, b.unexpected, b.api_errors,
                b.invite_errors, b.net.overflow, ua->calls_active, ub->calls_active,
                ua->spec_errors, ub->spec_errors, sa->tx_retransmissions, sb->tx_retransmissions,
                sa->txn_active, sb->txn_active);

    static const char *const side_name[2] = {"caller", "callee"};
    for (int i = 0; i < 2; i++)
        printf("mem\t%s\t%" PRIu64 "\t%" PRId64 "\t%" PRId64 "\t%" PRId64 "\t%" PRId64 "\t%" PRId64
               "\n",
               side_name[i], n, base[i], held[i], after[i], held_blocks[i], after_blocks[i]);
    /* What runtime/call.c keeps of the messages of a confirmed call: the
     * caller the ACK as sent (resent for each retransmitted 2xx, RFC 3261
     * §13.2.2.4) and each side the last body it sent with its type (a
     * refresh repeats it). */
    size_t type_len = sizeof "application/sdp";
    printf("stored\tcaller\t%zu\t%zu\t%zu\n", b.sample_len[M_ACK] + sdp_len[SIDE_A] + type_len,
           b.sample_len[M_ACK], sdp_len[SIDE_A] + type_len);
    printf("stored\tcallee\t%d\t%d\t%zu\n", (int)(sdp_len[SIDE_B] + type_len), 0,
           sdp_len[SIDE_B] + type_len);
    print_samples(&b);
    printf("time\t%.2f\t%.2f\n", (double)(t1 - t0) / 1e9, (double)(t2 - t1) / 1e9);

    for (int i = 0; i < 2; i++) {
        fsip_ua_free(b.ua[i]);
        fsip_stack_free(b.net.s[i]);
        if (b.mem[i].bytes != 0 || b.mem[i].blocks != 0) {
            fprintf(stderr,
                    "bench_calls_mem: %s side leaks %" PRId64 " bytes in %" PRId64 " blocks\n",
                    side_name[i], b.mem[i].bytes, b.mem[i].blocks);
            bad = true;
        }
    }
    for (int k = 0; k < M_COUNT; k++)
        free(b.sample[k]);
    free(b.calls);
    return bad ? 1 : 0;
}
