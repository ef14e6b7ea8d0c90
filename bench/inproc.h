/* fsip bench — two stacks in one process over an in-memory UDP network on
 * a virtual clock: what bench/txn_inproc.c, bench/calls_inproc.c and
 * bench/calls_mem.c share.
 *
 * The "network" is a FIFO of copied datagrams delivered at once, outside
 * the stack that sent them, so every call into a stack belongs to one side.
 * Each bench embeds an inproc, gives fsip_stack_new() inproc_send with
 * &net->port[side] as the callbacks' arg (port.user points back at the
 * bench), and drives both stacks through one step function of its own:
 * every call into side A or B goes through it, so a bench can route them
 * to un-inlined per-side functions for callgrind and time them (--split).
 *
 * The queue's size is set per program (INPROC_QCAP datagrams of at most
 * INPROC_DGRAM bytes, compile definitions in bench/CMakeLists.txt), so each
 * bench keeps the footprint it was measured with. inproc.c is compiled into
 * each program with its own definitions.
 */
#ifndef FSIP_BENCH_INPROC_H
#define FSIP_BENCH_INPROC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fsip/call.h"
#include "fsip/stack.h"

#ifdef BENCH_NO_CALLGRIND
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#define CALLGRIND_ZERO_STATS
#define CALLGRIND_DUMP_STATS_AT(name) ((void)(name))
#define BENCH_NOIPA
#else
#include <valgrind/callgrind.h>

/* Keeps each side a separate, un-inlined function so callgrind can split
 * the instructions per side (gcc: noipa; clang has no noipa). */
#if defined(__clang__)
#define BENCH_NOIPA __attribute__((noinline))
#else
#define BENCH_NOIPA __attribute__((noipa))
#endif
#endif

#ifndef INPROC_QCAP
#define INPROC_QCAP 64 /* datagrams in flight */
#endif
#ifndef INPROC_DGRAM
#define INPROC_DGRAM 4096
#endif

enum { INPROC_A = 0, INPROC_B = 1 };

/* What a step does: a datagram arrives, timers are due, or the bench's
 * own work on that side (send a request, place a call; `seq` numbers it). */
enum { INPROC_RECV, INPROC_TICK, INPROC_USER };

typedef struct inproc_dgram {
    int to;
    fsip_flow flow; /* as the receiver sees it */
    size_t len;
    char data[INPROC_DGRAM];
} inproc_dgram;

struct inproc;

/* The stack callbacks' arg: the network, the side, and the bench. */
typedef struct inproc_port {
    struct inproc *net;
    int side;
    void *user;
} inproc_port;

/* One call into `side`; d is the datagram for INPROC_RECV, else NULL. */
typedef void (*inproc_step_fn)(void *user, int side, int op, uint64_t seq, const inproc_dgram *d);

typedef struct inproc {
    fsip_stack *s[2];
    inproc_port port[2];
    inproc_dgram q[INPROC_QCAP];
    unsigned qhead, qtail;
    uint64_t now;      /* virtual time, ms */
    uint64_t overflow; /* datagrams dropped: too long or queue full */
    bool split;        /* time each side's calls into side_ns */
    uint64_t side_ns[2];
    /* Optional: sees every datagram queued (before it is copied). */
    void (*tap)(void *user, const void *data, size_t len);
    void *user; /* the step function's and the ports' user */
} inproc;

/* Clears *n and sets its ports; the stacks are the caller's to create
 * (s[]), with inproc_send and &n->port[side]. */
void inproc_init(inproc *n, void *user);

/* fsip_stack_callbacks.send: queues a copy for the other side (it stands
 * for sendto()); arg is an inproc_port. */
int inproc_send(const fsip_flow *flow, const void *data, size_t len, void *arg);

/* fsip_stack_config.log with log_arg the program's name: warnings and
 * errors to stderr. */
void inproc_log(fsip_log_level level, const char *line, void *arg);

/* The counting allocator: a 16-byte header keeps each block's size; bytes
 * as requested (without malloc's own per-block overhead) and live blocks. */
typedef struct inproc_counter {
    int64_t bytes, blocks;
    uint64_t failures;
} inproc_counter;

/* An fsip_allocator counting into *c. */
fsip_allocator inproc_counting_allocator(inproc_counter *c);

typedef void (*inproc_on_call_fn)(fsip_call *call, fsip_call_event ev, const fsip_msg *msg,
                                  void *arg);

/* The two user agents of the call benches: A (alice, 192.0.2.1:5060) and B
 * (bob, 192.0.2.2:5070), each a stack sending through inproc_send and an
 * fsip_ua with on_call[side] (arg: &n->port[side]), no session timer, at
 * most max_txn transactions and max_calls calls; al[side] allocates for
 * the stack and its parser when al is not NULL. Logs as `prog`. */
int inproc_agents_new(inproc *n, fsip_ua *ua[2], const char *prog, uint64_t max_txn,
                      uint64_t max_calls, const fsip_allocator *al,
                      const inproc_on_call_fn on_call[2]);

/* A call of the call benches that ended otherwise than they expect: counts
 * it in *bad and tells the first five on stderr as `prog` ("PROG: caller
 * call ended: REASON (status N, state S)"). */
void inproc_report_end(const char *prog, uint64_t *bad, int side, fsip_call *call);

static inline uint64_t inproc_mono_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static inline uint64_t inproc_cpu_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* An address from a literal IP (aborts on a bad one). */
static inline fsip_netaddr inproc_addr(const char *ip, uint16_t port)
{
    fsip_netaddr a;
    if (fsip_netaddr_parse(ip, strlen(ip), port, &a) != 0) abort();
    return a;
}

/* The SDP offer of A and the answer of B (RFC 3264 §5, §6). */
#define INPROC_SDP_A                                                                               \
    "v=0\r\no=alice 53655765 2353687637 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\n"         \
    "t=0 0\r\nm=audio 6000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n"
#define INPROC_SDP_B                                                                               \
    "v=0\r\no=bob 2890844527 2890844527 IN IP4 192.0.2.2\r\ns=-\r\nc=IN IP4 192.0.2.2\r\n"         \
    "t=0 0\r\nm=audio 7000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n"

/* The call A places on B: sip:bob@192.0.2.2:5070 from alice over the
 * in-memory UDP network, with `sdp` (len bytes) as the offer. Inline: the
 * call bench fills it in its measured loop. */
static inline void inproc_call_params(fsip_call_params *p, const char *sdp, size_t len)
{
    memset(p, 0, sizeof *p);
    p->target = "sip:bob@192.0.2.2:5070";
    p->from = "<sip:alice@192.0.2.1>";
    p->dest.transport = FSIP_TRANSPORT_UDP;
    p->dest.local = inproc_addr("192.0.2.1", 5060);
    p->dest.remote = inproc_addr("192.0.2.2", 5070);
    p->content_type = "application/sdp";
    p->body = sdp;
    p->body_len = len;
}

/* The loop helpers are inline and take the step function as an argument,
 * so the one each bench passes (a constant) is called directly. */

/* One call into `side`, timed into side_ns when split. */
static inline void inproc_step(inproc *n, inproc_step_fn step, int side, int op, uint64_t seq,
                               const inproc_dgram *d)
{
    uint64_t t0 = n->split ? inproc_mono_ns() : 0;
    step(n->user, side, op, seq, d);
    if (n->split) n->side_ns[side] += inproc_mono_ns() - t0;
}

/* Ticks each side whose next deadline has come. */
static inline void inproc_run_timers(inproc *n, inproc_step_fn step)
{
    for (int i = 0; i < 2; i++)
        if (fsip_stack_next_deadline(n->s[i]) <= n->now)
            inproc_step(n, step, i, INPROC_TICK, 0, NULL);
}

/* Delivers every queued datagram, including those sent while delivering. */
static inline void inproc_drain(inproc *n, inproc_step_fn step)
{
    while (n->qhead != n->qtail) {
        const inproc_dgram *d = &n->q[n->qhead % INPROC_QCAP];
        inproc_step(n, step, d->to, INPROC_RECV, 0, d);
        n->qhead++;
    }
}

/* Steps [from, to) of side A's own work: step i at i * 1000 / rate ms,
 * after the timers due by then and what they sent. */
static inline void inproc_run(inproc *n, inproc_step_fn step, uint64_t from, uint64_t to,
                              uint64_t rate)
{
    for (uint64_t i = from; i < to; i++) {
        n->now = i * 1000 / rate;
        inproc_run_timers(n, step);
        inproc_drain(n, step);
        inproc_step(n, step, INPROC_A, INPROC_USER, i, NULL);
        inproc_drain(n, step);
    }
}

/* The earlier of both stacks' next deadlines (FSIP_NO_DEADLINE: none). */
static inline uint64_t inproc_next_deadline(const inproc *n)
{
    uint64_t da = fsip_stack_next_deadline(n->s[INPROC_A]);
    uint64_t db = fsip_stack_next_deadline(n->s[INPROC_B]);
    return da < db ? da : db;
}

/* Moves the clock to `d` (never back), runs the timers and delivers. */
static inline void inproc_advance(inproc *n, inproc_step_fn step, uint64_t d)
{
    if (d > n->now) n->now = d;
    inproc_run_timers(n, step);
    inproc_drain(n, step);
}

/* Runs every remaining timer, deadline by deadline (at most `guard`). */
static inline void inproc_finish_timers(inproc *n, inproc_step_fn step, uint64_t guard)
{
    for (uint64_t g = 0; g < guard; g++) {
        uint64_t d = inproc_next_deadline(n);
        if (d == FSIP_NO_DEADLINE) break;
        inproc_advance(n, step, d);
    }
}

/* The options of the throughput benches:
 *   [--rate R] [--warmup W] [--count N] [--split] wall|callgrind
 * warmup is UINT64_MAX when not given. Returns 0, or -1 on a bad argument
 * or a missing mode (not validated further). */
typedef struct inproc_opts {
    uint64_t rate, count, warmup;
    bool split;
    const char *mode;
} inproc_opts;

int inproc_parse_opts(int argc, char **argv, inproc_opts *o);

/* The figures of a throughput run: "rate R", "open A B" (transactions
 * open when the measured run ended) and, in wall mode, "inproc N WALL_NS
 * CPU_NS" and with --split "split A_NS B_NS". */
void inproc_print(const inproc *n, const inproc_opts *o, uint64_t wall_ns, uint64_t cpu_ns,
                  uint64_t open_a, uint64_t open_b);

/* The measured run: steps [warmup, warmup + count) bracketed by callgrind
 * client requests (dump `dump`) in callgrind mode, else timed: *wall_ns
 * and *cpu_ns (0 under callgrind). Zeroes side_ns first. */
static inline void inproc_measure(inproc *n, inproc_step_fn step, const inproc_opts *o,
                                  const char *dump, uint64_t *wall_ns, uint64_t *cpu_ns)
{
    n->side_ns[0] = n->side_ns[1] = 0;
    if (strcmp(o->mode, "callgrind") == 0) {
        CALLGRIND_START_INSTRUMENTATION;
        CALLGRIND_ZERO_STATS;
        inproc_run(n, step, o->warmup, o->warmup + o->count, o->rate);
        CALLGRIND_DUMP_STATS_AT(dump);
        CALLGRIND_STOP_INSTRUMENTATION;
        *wall_ns = *cpu_ns = 0;
    } else {
        uint64_t w0 = inproc_mono_ns();
        uint64_t c0 = inproc_cpu_ns();
        inproc_run(n, step, o->warmup, o->warmup + o->count, o->rate);
        uint64_t c1 = inproc_cpu_ns();
        *wall_ns = inproc_mono_ns() - w0;
        *cpu_ns = c1 - c0;
    }
}

#endif
