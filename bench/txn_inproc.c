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

#include "fsip/msg.h"
#include "fsip/stack.h"
#include "inproc.h"

#define SIDE_A INPROC_A
#define SIDE_B INPROC_B

typedef struct bench {
    inproc net;
    uint64_t ok, bad_status, timeouts, terminated[2], send_errors;
} bench;

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
    bench *b = ((const inproc_port *)arg)->user;
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
    const inproc_port *p = arg;
    bench *b = p->user;
    (void)s;
    (void)txn;
    if (ev == FSIP_TXN_TERMINATED)
        b->terminated[p->side]++;
    else
        b->timeouts++;
}

/* ---- the only entry points into each side (see callgrind above) ---------- */

BENCH_NOIPA void bench_client_side(bench *b, int op, uint64_t seq, const inproc_dgram *d);
BENCH_NOIPA void bench_server_side(bench *b, int op, const inproc_dgram *d);

static const char *const RURI = "sip:bench@192.0.2.2:5070";

void bench_client_side(bench *b, int op, uint64_t seq, const inproc_dgram *d)
{
    fsip_stack *s = b->net.s[SIDE_A];
    if (op == INPROC_TICK) {
        fsip_stack_tick(s, b->net.now);
    } else if (op == INPROC_RECV) {
        fsip_stack_recv(s, &d->flow, d->data, d->len, b->net.now);
    } else {
        char callid[64], from[96];
        snprintf(callid, sizeof callid, "%" PRIu64 "-bench@192.0.2.1", seq);
        snprintf(from, sizeof from, "<sip:client@192.0.2.1>;tag=t%" PRIu64, seq);
        fsip_msg *m = fsip_msg_new_request("OPTIONS", RURI, NULL);
        fsip_flow f;
        memset(&f, 0, sizeof f);
        f.transport = FSIP_TRANSPORT_UDP;
        f.local = inproc_addr("192.0.2.1", 5060);
        f.remote = inproc_addr("192.0.2.2", 5070);
        if (!m || fsip_msg_hdr_add(m, "Max-Forwards", "70") != 0 ||
            fsip_msg_hdr_add(m, "From", from) != 0 ||
            fsip_msg_hdr_add(m, "To", "<sip:bench@192.0.2.2>") != 0 ||
            fsip_msg_hdr_add(m, "Call-ID", callid) != 0 ||
            fsip_msg_hdr_add(m, "CSeq", "1 OPTIONS") != 0) {
            fsip_msg_free(m);
            b->send_errors++;
        } else if (fsip_stack_send_request(s, m, &f, NULL, b->net.now, NULL) != 0) {
            b->send_errors++; /* the stack took m */
        }
    }
}

void bench_server_side(bench *b, int op, const inproc_dgram *d)
{
    fsip_stack *s = b->net.s[SIDE_B];
    if (op == INPROC_TICK)
        fsip_stack_tick(s, b->net.now);
    else
        fsip_stack_recv(s, &d->flow, d->data, d->len, b->net.now);
}

static void step(void *user, int side, int op, uint64_t seq, const inproc_dgram *d)
{
    if (side == SIDE_A)
        bench_client_side(user, op, seq, d);
    else
        bench_server_side(user, op, d);
}

static int setup(bench *b, uint64_t max_txn)
{
    memset(b, 0, sizeof(*b));
    inproc_init(&b->net, b);
    static const uint8_t seeds[2][32] = {{1, 2, 3}, {4, 5, 6}};
    for (int i = 0; i < 2; i++) {
        fsip_stack_config c;
        fsip_stack_config_init(&c);
        c.max_transactions = (uint32_t)max_txn;
        c.seed = seeds[i];
        c.log = inproc_log;
        c.log_arg = "bench_txn_inproc";
        c.allow = "OPTIONS";
        c.trace = false;
        if (i == SIDE_A) c.sent_by = "192.0.2.1:5060";
        fsip_stack_callbacks cbs = {inproc_send, cb_request, cb_response, cb_event,
                                    &b->net.port[i]};
        if (fsip_stack_new(&c, &cbs, &b->net.s[i]) != 0) {
            fprintf(stderr, "bench_txn_inproc: fsip_stack_new failed\n");
            return -1;
        }
    }
    return 0;
}

/* Runs every remaining timer, then checks that everything completed. */
static int finish(bench *b, uint64_t total)
{
    inproc_finish_timers(&b->net, step, UINT64_MAX);
    const fsip_stats *sa = fsip_stack_stats(b->net.s[SIDE_A]);
    const fsip_stats *sb = fsip_stack_stats(b->net.s[SIDE_B]);
    int bad = b->ok != total || b->bad_status || b->timeouts || b->net.overflow || b->send_errors ||
              b->terminated[SIDE_A] != total || b->terminated[SIDE_B] != total || sa->txn_active ||
              sb->txn_active || sa->tx_retransmissions || sb->tx_retransmissions ||
              sb->txn_server != total;
    if (bad) {
        fprintf(stderr,
                "bench_txn_inproc: %" PRIu64 " transactions: %" PRIu64 " got 200, %" PRIu64
                " other finals, %" PRIu64 " timeouts, %" PRIu64 " queue overflows, %" PRIu64
                " send errors, terminated %" PRIu64 "/%" PRIu64 ", open %" PRIu64 "/%" PRIu64
                ", retransmissions %" PRIu64 "/%" PRIu64 ", server txns %" PRIu64 "\n",
                total, b->ok, b->bad_status, b->timeouts, b->net.overflow, b->send_errors,
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
    inproc_opts o = {.rate = 1000, .count = 200000};
    if (inproc_parse_opts(argc, argv, &o) != 0 || o.rate == 0 || o.count == 0) {
        usage();
        return 2;
    }
    if (o.warmup == UINT64_MAX) o.warmup = 40 * o.rate; /* past Timer J (32 s) */
    /* Open at once: Timer J's 32 s of server transactions, with margin. */
    uint64_t max_txn = 40 * o.rate + 1024;
    if (max_txn > UINT32_MAX) max_txn = UINT32_MAX;

    static bench b;
    if (setup(&b, max_txn) < 0) return 1;
    b.net.split = o.split;
    inproc_run(&b.net, step, 0, o.warmup, o.rate);

    uint64_t wall_ns, cpu_ns;
    inproc_measure(&b.net, step, &o, "txn", &wall_ns, &cpu_ns);
    const fsip_stats *sb = fsip_stack_stats(b.net.s[SIDE_B]);
    uint64_t open_b = sb->txn_active, open_a = fsip_stack_stats(b.net.s[SIDE_A])->txn_active;
    b.net.split = false; /* the closing timer run is not part of the measured calls */
    int rc = finish(&b, o.warmup + o.count);
    inproc_print(&b.net, &o, wall_ns, cpu_ns, open_a, open_b);
    for (int i = 0; i < 2; i++)
        fsip_stack_free(b.net.s[i]);
    return rc < 0 ? 1 : 0;
}
