/* fsip bench — basic calls between two user agents in one process.
 *
 *   bench_calls_inproc [--rate R] [--warmup W] [--count N] [--split] wall
 *   bench_calls_inproc [--rate R] [--warmup W] [--count N] callgrind
 *
 * Stack A (the caller, 192.0.2.1:5060) and stack B (the callee,
 * 192.0.2.2:5070) each serve one fsip_ua (include/fsip/call.h). Per call,
 * A places it with fsip_call_invite() (an SDP offer), B accepts it from the
 * INCOMING event with fsip_call_accept() (an SDP answer: 200), A's UA ACKs
 * the 2xx and, from the ANSWERED event, the bench hangs up at once
 * (fsip_call_hangup(): BYE, 200). So a call is INVITE / 200 / ACK / BYE /
 * 200 on the wire: five messages built, printed, parsed and matched, two
 * dialogs created and destroyed, four transactions run (RFC 3261 §13-§15,
 * §17). Session timers are off (session_expires_s 0), as for the SIPp
 * peers of scripts/bench-calls.sh.
 *
 * The "network" is a FIFO of copied datagrams delivered at once, outside
 * the stack that sent them, so every call into a stack belongs to one side.
 * Time is virtual: call i starts at i * 1000 / R ms and both stacks run
 * their timers as time passes, so the INVITE transactions (Timer L / M,
 * 64*T1 = 32 s, RFC 6026 §8.7, §8.4), the BYE server transaction (Timer J,
 * 32 s) and client transaction (Timer K, T4 = 5 s) are freed as they would
 * be at R calls per second. The first W calls (default: 40 s of virtual
 * time) reach that steady state and are not measured; the next N are.
 *
 * wall       prints "inproc N WALL_NS CPU_NS" (wall clock and process CPU
 *            time of the N measured calls); with --split also
 *            "split CALLER_NS CALLEE_NS": time inside each side's calls
 *            (CLOCK_MONOTONIC around each call, so a little slower).
 * callgrind  brackets the measured loop with callgrind client requests
 *            (dump "calls N"); run it under `valgrind --tool=callgrind
 *            --instr-atstart=no`. Every call into side A goes through
 *            bench_caller_side(), into side B through bench_callee_side(),
 *            so `callgrind_annotate --inclusive=yes` splits the cost.
 *
 * Exit status 1 when a call failed (not answered, not ended by the BYE, an
 * unexpected event, a retransmission, a UA spec error, calls or
 * transactions left open after the run).
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

typedef struct bench {
    inproc net;
    fsip_ua *ua[2];
    uint64_t placed, incoming, answered[2], ended_ok[2];
    uint64_t ended_bad, unexpected, api_errors, invite_errors;
} bench;

static void report_end(bench *b, int side, fsip_call *call)
{
    inproc_report_end("bench_calls_inproc", &b->ended_bad, side, call);
}

/* Caller: hang up as soon as the call is answered (the 2xx is ACKed). */
static void on_call_a(fsip_call *call, fsip_call_event ev, const fsip_msg *msg, void *arg)
{
    bench *b = ((const inproc_port *)arg)->user;
    (void)msg;
    switch (ev) {
    case FSIP_CALL_EV_PROGRESS: break;
    case FSIP_CALL_EV_ANSWERED:
        b->answered[SIDE_A]++;
        if (fsip_call_hangup(call) != 0) b->api_errors++;
        break;
    case FSIP_CALL_EV_ENDED:
        if (fsip_call_end_reason(call) == FSIP_END_LOCAL_BYE)
            b->ended_ok[SIDE_A]++;
        else
            report_end(b, SIDE_A, call);
        break;
    default: b->unexpected++; break;
    }
}

/* Callee: accept every call at once. */
static void on_call_b(fsip_call *call, fsip_call_event ev, const fsip_msg *msg, void *arg)
{
    bench *b = ((const inproc_port *)arg)->user;
    (void)msg;
    switch (ev) {
    case FSIP_CALL_EV_INCOMING:
        b->incoming++;
        if (fsip_call_accept(call, "application/sdp", INPROC_SDP_B, sizeof INPROC_SDP_B - 1) != 0)
            b->api_errors++;
        break;
    case FSIP_CALL_EV_ANSWERED: b->answered[SIDE_B]++; break;
    case FSIP_CALL_EV_ENDED:
        if (fsip_call_end_reason(call) == FSIP_END_REMOTE_BYE)
            b->ended_ok[SIDE_B]++;
        else
            report_end(b, SIDE_B, call);
        break;
    default: b->unexpected++; break;
    }
}

/* ---- the only entry points into each side (see callgrind above) ---------- */

BENCH_NOIPA void bench_caller_side(bench *b, int op, const inproc_dgram *d);
BENCH_NOIPA void bench_callee_side(bench *b, int op, const inproc_dgram *d);

void bench_caller_side(bench *b, int op, const inproc_dgram *d)
{
    fsip_stack *s = b->net.s[SIDE_A];
    if (op == INPROC_TICK) {
        fsip_stack_tick(s, b->net.now);
    } else if (op == INPROC_RECV) {
        fsip_stack_recv(s, &d->flow, d->data, d->len, b->net.now);
    } else {
        fsip_call_params p;
        inproc_call_params(&p, INPROC_SDP_A, sizeof INPROC_SDP_A - 1);
        fsip_call *call;
        if (fsip_call_invite(b->ua[SIDE_A], &p, &call) == 0)
            b->placed++;
        else
            b->invite_errors++;
    }
}

void bench_callee_side(bench *b, int op, const inproc_dgram *d)
{
    fsip_stack *s = b->net.s[SIDE_B];
    if (op == INPROC_TICK)
        fsip_stack_tick(s, b->net.now);
    else
        fsip_stack_recv(s, &d->flow, d->data, d->len, b->net.now);
}

static void step(void *user, int side, int op, uint64_t seq, const inproc_dgram *d)
{
    (void)seq;
    if (side == SIDE_A)
        bench_caller_side(user, op, d);
    else
        bench_callee_side(user, op, d);
}

static int setup(bench *b, uint64_t max_txn, uint64_t max_calls)
{
    memset(b, 0, sizeof(*b));
    inproc_init(&b->net, b);
    static const inproc_on_call_fn on_call[2] = {on_call_a, on_call_b};
    return inproc_agents_new(&b->net, b->ua, "bench_calls_inproc", max_txn, max_calls, NULL,
                             on_call);
}

/* Runs every remaining timer, then checks that everything completed. */
static int finish(bench *b, uint64_t total)
{
    /* Bounded: every timer left is a transaction's (at most 64*T1 away). */
    inproc_finish_timers(&b->net, step, 1000000);
    const fsip_stats *sa = fsip_stack_stats(b->net.s[SIDE_A]);
    const fsip_stats *sb = fsip_stack_stats(b->net.s[SIDE_B]);
    const fsip_ua_stats *ua = fsip_ua_stats_get(b->ua[SIDE_A]);
    const fsip_ua_stats *ub = fsip_ua_stats_get(b->ua[SIDE_B]);
    int bad = b->placed != total || b->incoming != total || b->answered[SIDE_A] != total ||
              b->answered[SIDE_B] != total || b->ended_ok[SIDE_A] != total ||
              b->ended_ok[SIDE_B] != total || b->ended_bad || b->unexpected || b->api_errors ||
              b->net.overflow || b->invite_errors || sa->txn_active || sb->txn_active ||
              sa->tx_retransmissions || sb->tx_retransmissions || ua->calls_active ||
              ub->calls_active || ua->spec_errors || ub->spec_errors ||
              ua->calls_answered != total || ub->calls_answered != total;
    if (bad) {
        fprintf(stderr,
                "bench_calls_inproc: %" PRIu64 " calls: placed %" PRIu64 ", incoming %" PRIu64
                ", answered %" PRIu64 "/%" PRIu64 ", ended by BYE %" PRIu64 "/%" PRIu64
                ", ended otherwise %" PRIu64 ", unexpected events %" PRIu64 ", API errors %" PRIu64
                ", invite errors %" PRIu64 ", queue overflows %" PRIu64
                ", open transactions %" PRIu64 "/%" PRIu64 ", retransmissions %" PRIu64 "/%" PRIu64
                ", open calls %" PRIu64 "/%" PRIu64 ", spec errors %" PRIu64 "/%" PRIu64 "\n",
                total, b->placed, b->incoming, b->answered[SIDE_A], b->answered[SIDE_B],
                b->ended_ok[SIDE_A], b->ended_ok[SIDE_B], b->ended_bad, b->unexpected,
                b->api_errors, b->invite_errors, b->net.overflow, sa->txn_active, sb->txn_active,
                sa->tx_retransmissions, sb->tx_retransmissions, ua->calls_active, ub->calls_active,
                ua->spec_errors, ub->spec_errors);
    }
    return bad ? -1 : 0;
}

static void usage(void)
{
    fprintf(stderr, "usage: bench_calls_inproc [--rate R] [--warmup W] [--count N] [--split] "
                    "wall|callgrind\n");
}

int main(int argc, char **argv)
{
    inproc_opts o = {.rate = 1000, .count = 100000};
    if (inproc_parse_opts(argc, argv, &o) != 0 || o.rate == 0 || o.rate > 1000000 || o.count == 0 ||
        o.count > 100000000) {
        usage();
        return 2;
    }
    if (o.warmup == UINT64_MAX) o.warmup = 40 * o.rate; /* past Timers L, M and J (32 s) */
    /* Open at once per side: two transactions per call for 32 s, with margin. */
    uint64_t max_txn = 80 * o.rate + 1024;
    if (max_txn > UINT32_MAX) max_txn = UINT32_MAX;

    static bench b;
    if (setup(&b, max_txn, 4 * o.rate + 1024) < 0) return 1;
    b.net.split = o.split;
    inproc_run(&b.net, step, 0, o.warmup, o.rate);

    uint64_t wall_ns, cpu_ns;
    inproc_measure(&b.net, step, &o, "calls", &wall_ns, &cpu_ns);
    uint64_t open_a = fsip_stack_stats(b.net.s[SIDE_A])->txn_active;
    uint64_t open_b = fsip_stack_stats(b.net.s[SIDE_B])->txn_active;
    b.net.split = false; /* the closing timer run is not part of the measured calls */
    int rc = finish(&b, o.warmup + o.count);
    inproc_print(&b.net, &o, wall_ns, cpu_ns, open_a, open_b);
    for (int i = 0; i < 2; i++) {
        fsip_ua_free(b.ua[i]);
        fsip_stack_free(b.net.s[i]);
    }
    return rc < 0 ? 1 : 0;
}
