/* fsip bench — non-INVITE transactions between two stacks in one process.
 *
 *   bench_txn_inproc [--rate R] [--warmup W] [--count N] [--split] wall
 *   bench_txn_inproc [--rate R] [--warmup W] [--count N] callgrind
 *
 * Stack A (the client, 192.0.2.1:5060) sends OPTIONS over UDP to stack B
 * (the server, 192.0.2.2:5070), whose TU answers 200 from the request
 * callback. The "network" is a FIFO of copied datagrams delivered at once,
 * outside the stack that sent them, so every call into a stack belongs to
 * one side. Time is virtual: transaction i starts at i * 1000 / R ms, and
 * both stacks run their timers as time passes, so Timer K (T4, 5 s) frees
 * client transactions and Timer J (64*T1, 32 s) server ones exactly as
 * they would at R transactions per second: in the steady state B holds
 * about 32*R open transactions and A about 5*R. The first W transactions
 * (default: 40 s of virtual time) reach that state and are not measured;
 * the next N are.
 *
 * Per transaction, side A builds the request (fsip_msg_new_request and
 * five headers, as a TU would), sends it (fsip_stack_send_request: Via,
 * branch, print, send) and receives the 200 (parse, match, callback); side
 * B receives the request (parse, validate, new server transaction,
 * callback) and answers (fsip_txn_respond_status: build, print, send).
 * Both run their timers. Copying datagrams into the FIFO is charged to the
 * sender (it stands for sendto()).
 *
 * wall       prints "inproc N WALL_NS CPU_NS" (wall clock and process CPU
 *            time of the N measured transactions); with --split also
 *            "split CLIENT_NS SERVER_NS": time inside each side's calls
 *            (CLOCK_MONOTONIC around each call, so a little slower).
 * callgrind  brackets the measured loop with callgrind client requests
 *            (dump "txn N"); run it under `valgrind --tool=callgrind
 *            --instr-atstart=no`. Every call into side A goes through
 *            bench_client_side(), into side B through bench_server_side(),
 *            so `callgrind_annotate --inclusive=yes` splits the cost.
 *
 * Exit status 1 when a transaction failed (no 200, a timeout, a
 * retransmission, transactions left open after the run).
 */
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fsip/msg.h"
#include "fsip/stack.h"

#ifdef BENCH_NO_CALLGRIND
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#define CALLGRIND_ZERO_STATS
#define CALLGRIND_DUMP_STATS_AT(name) ((void)(name))
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

#define QCAP   16 /* datagrams in flight: one request and one response at most */
#define DGRAM  2048
#define SIDE_A 0
#define SIDE_B 1

typedef struct dgram {
    int to;
    fsip_flow flow; /* as the receiver sees it */
    size_t len;
    char data[DGRAM];
} dgram;

typedef struct bench {
    fsip_stack *s[2];
    dgram q[QCAP];
    unsigned qhead, qtail;
    uint64_t now;
    bool split;
    uint64_t side_ns[2];
    uint64_t ok, bad_status, timeouts, terminated[2], overflow, send_errors;
} bench;

/* The callbacks' arg: which side, and the bench. */
typedef struct side_ctx {
    bench *b;
    int side;
} side_ctx;

static side_ctx ctx[2];

static uint64_t mono_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static uint64_t cpu_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int cb_send(const fsip_flow *flow, const void *data, size_t len, void *arg)
{
    const side_ctx *c = arg;
    bench *b = c->b;
    int from = c->side;
    if (len > DGRAM || b->qtail - b->qhead >= QCAP) {
        b->overflow++;
        return -1;
    }
    dgram *d = &b->q[b->qtail++ % QCAP];
    d->to = 1 - from;
    d->flow = *flow;
    d->flow.local = flow->remote;
    d->flow.remote = flow->local;
    d->len = len;
    memcpy(d->data, data, len);
    return 0;
}

static void cb_request(fsip_stack *s, fsip_txn *txn, const fsip_msg *req, const fsip_flow *flow,
                       void *arg)
{
    (void)req;
    (void)flow;
    (void)arg;
    if (txn) fsip_txn_respond_status(txn, 200, NULL, fsip_stack_now(s));
}

static void cb_response(fsip_stack *s, fsip_txn *txn, const fsip_msg *resp, void *arg)
{
    bench *b = ((const side_ctx *)arg)->b;
    (void)s;
    (void)txn;
    int st = fsip_msg_status(resp);
    if (st == 200)
        b->ok++;
    else if (st >= 200)
        b->bad_status++;
}

static void cb_event(fsip_stack *s, fsip_txn *txn, fsip_txn_event ev, void *arg)
{
    const side_ctx *c = arg;
    (void)s;
    (void)txn;
    if (ev == FSIP_TXN_TERMINATED)
        c->b->terminated[c->side]++;
    else
        c->b->timeouts++;
}

static void cb_log(fsip_log_level level, const char *line, void *arg)
{
    (void)arg;
    if (level >= FSIP_LOG_WARN) fprintf(stderr, "bench_txn_inproc: %s\n", line);
}

static fsip_netaddr addr(const char *ip, uint16_t port)
{
    fsip_netaddr a;
    if (fsip_netaddr_parse(ip, strlen(ip), port, &a) != 0) abort();
    return a;
}

/* ---- the only entry points into each side (see callgrind above) ---------- */

BENCH_NOIPA void bench_client_side(bench *b, int op, uint64_t seq, const dgram *d);
BENCH_NOIPA void bench_server_side(bench *b, int op, const dgram *d);

enum { OP_SEND, OP_RECV, OP_TICK };

static const char *const RURI = "sip:bench@192.0.2.2:5070";

void bench_client_side(bench *b, int op, uint64_t seq, const dgram *d)
{
    fsip_stack *s = b->s[SIDE_A];
    if (op == OP_TICK) {
        fsip_stack_tick(s, b->now);
    } else if (op == OP_RECV) {
        fsip_stack_recv(s, &d->flow, d->data, d->len, b->now);
    } else {
        char callid[64], from[96];
        snprintf(callid, sizeof callid, "%" PRIu64 "-bench@192.0.2.1", seq);
        snprintf(from, sizeof from, "<sip:client@192.0.2.1>;tag=t%" PRIu64, seq);
        fsip_msg *m = fsip_msg_new_request("OPTIONS", RURI, NULL);
        fsip_flow f;
        memset(&f, 0, sizeof f);
        f.transport = FSIP_TRANSPORT_UDP;
        f.local = addr("192.0.2.1", 5060);
        f.remote = addr("192.0.2.2", 5070);
        if (!m || fsip_msg_hdr_add(m, "Max-Forwards", "70") != 0 ||
            fsip_msg_hdr_add(m, "From", from) != 0 ||
            fsip_msg_hdr_add(m, "To", "<sip:bench@192.0.2.2>") != 0 ||
            fsip_msg_hdr_add(m, "Call-ID", callid) != 0 ||
            fsip_msg_hdr_add(m, "CSeq", "1 OPTIONS") != 0) {
            fsip_msg_free(m);
            b->send_errors++;
        } else if (fsip_stack_send_request(s, m, &f, NULL, b->now, NULL) != 0) {
            b->send_errors++; /* the stack took m */
        }
    }
}

void bench_server_side(bench *b, int op, const dgram *d)
{
    fsip_stack *s = b->s[SIDE_B];
    if (op == OP_TICK)
        fsip_stack_tick(s, b->now);
    else
        fsip_stack_recv(s, &d->flow, d->data, d->len, b->now);
}

static void timed_client(bench *b, int op, uint64_t seq, const dgram *d)
{
    if (!b->split) {
        bench_client_side(b, op, seq, d);
        return;
    }
    uint64_t t0 = mono_ns();
    bench_client_side(b, op, seq, d);
    b->side_ns[SIDE_A] += mono_ns() - t0;
}

static void timed_server(bench *b, int op, const dgram *d)
{
    if (!b->split) {
        bench_server_side(b, op, d);
        return;
    }
    uint64_t t0 = mono_ns();
    bench_server_side(b, op, d);
    b->side_ns[SIDE_B] += mono_ns() - t0;
}

static void run_timers(bench *b)
{
    if (fsip_stack_next_deadline(b->s[SIDE_A]) <= b->now) timed_client(b, OP_TICK, 0, NULL);
    if (fsip_stack_next_deadline(b->s[SIDE_B]) <= b->now) timed_server(b, OP_TICK, NULL);
}

static void drain(bench *b)
{
    while (b->qhead != b->qtail) {
        const dgram *d = &b->q[b->qhead % QCAP];
        if (d->to == SIDE_B)
            timed_server(b, OP_RECV, d);
        else
            timed_client(b, OP_RECV, 0, d);
        b->qhead++;
    }
}

/* Transactions [from, to): transaction i starts at i * 1000 / rate ms. */
static void run(bench *b, uint64_t from, uint64_t to, uint64_t rate)
{
    for (uint64_t i = from; i < to; i++) {
        b->now = i * 1000 / rate;
        run_timers(b);
        timed_client(b, OP_SEND, i, NULL);
        drain(b);
    }
}

static int setup(bench *b, uint64_t max_txn)
{
    memset(b, 0, sizeof(*b));
    static const uint8_t seeds[2][32] = {{1, 2, 3}, {4, 5, 6}};
    for (int i = 0; i < 2; i++) {
        ctx[i].b = b;
        ctx[i].side = i;
        fsip_stack_config c;
        fsip_stack_config_init(&c);
        c.max_transactions = (uint32_t)max_txn;
        c.seed = seeds[i];
        c.log = cb_log;
        c.allow = "OPTIONS";
        c.trace = false;
        if (i == SIDE_A) c.sent_by = "192.0.2.1:5060";
        fsip_stack_callbacks cbs = {cb_send, cb_request, cb_response, cb_event, &ctx[i]};
        if (fsip_stack_new(&c, &cbs, &b->s[i]) != 0) {
            fprintf(stderr, "bench_txn_inproc: fsip_stack_new failed\n");
            return -1;
        }
    }
    return 0;
}

/* Runs every remaining timer, then checks that everything completed. */
static int finish(bench *b, uint64_t total)
{
    for (;;) {
        uint64_t da = fsip_stack_next_deadline(b->s[SIDE_A]);
        uint64_t db = fsip_stack_next_deadline(b->s[SIDE_B]);
        uint64_t d = da < db ? da : db;
        if (d == FSIP_NO_DEADLINE) break;
        if (d > b->now) b->now = d;
        run_timers(b);
        drain(b);
    }
    const fsip_stats *sa = fsip_stack_stats(b->s[SIDE_A]);
    const fsip_stats *sb = fsip_stack_stats(b->s[SIDE_B]);
    int bad = b->ok != total || b->bad_status || b->timeouts || b->overflow || b->send_errors ||
              b->terminated[SIDE_A] != total || b->terminated[SIDE_B] != total || sa->txn_active ||
              sb->txn_active || sa->tx_retransmissions || sb->tx_retransmissions ||
              sb->txn_server != total;
    if (bad) {
        fprintf(stderr,
                "bench_txn_inproc: %" PRIu64 " transactions: %" PRIu64 " got 200, %" PRIu64
                " other finals, %" PRIu64 " timeouts, %" PRIu64 " queue overflows, %" PRIu64
                " send errors, terminated %" PRIu64 "/%" PRIu64 ", open %" PRIu64 "/%" PRIu64
                ", retransmissions %" PRIu64 "/%" PRIu64 ", server txns %" PRIu64 "\n",
                total, b->ok, b->bad_status, b->timeouts, b->overflow, b->send_errors,
                b->terminated[SIDE_A], b->terminated[SIDE_B], sa->txn_active, sb->txn_active,
                sa->tx_retransmissions, sb->tx_retransmissions, sb->txn_server);
    }
    return bad ? -1 : 0;
}

static void usage(void)
{
    fprintf(stderr, "usage: bench_txn_inproc [--rate R] [--warmup W] [--count N] [--split] "
                    "wall|callgrind\n");
}

int main(int argc, char **argv)
{
    uint64_t rate = 1000, count = 200000, warmup = UINT64_MAX;
    bool split = false;
    const char *mode = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--rate") == 0 && i + 1 < argc)
            rate = strtoull(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--count") == 0 && i + 1 < argc)
            count = strtoull(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--warmup") == 0 && i + 1 < argc)
            warmup = strtoull(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--split") == 0)
            split = true;
        else if (!mode && argv[i][0] != '-')
            mode = argv[i];
        else {
            usage();
            return 2;
        }
    }
    if (!mode || (strcmp(mode, "wall") != 0 && strcmp(mode, "callgrind") != 0) || rate == 0 ||
        count == 0) {
        usage();
        return 2;
    }
    if (warmup == UINT64_MAX) warmup = 40 * rate; /* past Timer J (32 s) */
    /* Open at once: Timer J's 32 s of server transactions, with margin. */
    uint64_t max_txn = 40 * rate + 1024;
    if (max_txn > UINT32_MAX) max_txn = UINT32_MAX;

    static bench b;
    if (setup(&b, max_txn) < 0) return 1;
    b.split = split;
    run(&b, 0, warmup, rate);

    uint64_t w0, c0, w1, c1;
    if (strcmp(mode, "callgrind") == 0) {
        CALLGRIND_START_INSTRUMENTATION;
        CALLGRIND_ZERO_STATS;
        run(&b, warmup, warmup + count, rate);
        CALLGRIND_DUMP_STATS_AT("txn");
        CALLGRIND_STOP_INSTRUMENTATION;
        w0 = w1 = c0 = c1 = 0;
    } else {
        b.side_ns[0] = b.side_ns[1] = 0;
        w0 = mono_ns();
        c0 = cpu_ns();
        run(&b, warmup, warmup + count, rate);
        c1 = cpu_ns();
        w1 = mono_ns();
    }
    const fsip_stats *sb = fsip_stack_stats(b.s[SIDE_B]);
    uint64_t open_b = sb->txn_active, open_a = fsip_stack_stats(b.s[SIDE_A])->txn_active;
    int rc = finish(&b, warmup + count);
    printf("rate\t%" PRIu64 "\nopen\t%" PRIu64 "\t%" PRIu64 "\n", rate, open_a, open_b);
    if (strcmp(mode, "wall") == 0) {
        printf("inproc\t%" PRIu64 "\t%" PRIu64 "\t%" PRIu64 "\n", count, w1 - w0, c1 - c0);
        if (split)
            printf("split\t%" PRIu64 "\t%" PRIu64 "\n", b.side_ns[SIDE_A], b.side_ns[SIDE_B]);
    }
    for (int i = 0; i < 2; i++)
        fsip_stack_free(b.s[i]);
    return rc < 0 ? 1 : 0;
}
