/* Two stacks wired by an in-memory network on a virtual clock: a perfect
 * one, a dead one, and a lossy/duplicating one driven by a seeded PRNG.
 * Every transaction completes, or times out exactly when RFC 3261 says
 * (Timer B / F = 64*T1 after the request). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stacktest.h"

#define MAXQ    4096
#define LATENCY 10

typedef struct pkt {
    uint64_t at, seq; /* delivery in (at, seq) order: no reordering at equal times */
    int to;           /* 0: A, 1: B */
    fsip_flow flow;
    char *data;
    size_t len;
} pkt;

typedef struct net {
    st node[2];
    pkt q[MAXQ];
    int nq;
    uint64_t rng, seq;
    int loss_pct, dup_pct;
    uint64_t now;
} net;

static net *the_net; /* the callback context (one network per test) */

static uint32_t rnd(net *n)
{
    /* xorshift64*: reproducible from the seed */
    n->rng ^= n->rng >> 12;
    n->rng ^= n->rng << 25;
    n->rng ^= n->rng >> 27;
    return (uint32_t)((n->rng * 2685821657736338717ULL) >> 32);
}

static void enqueue(net *n, int to, const fsip_flow *f, const void *data, size_t len, uint64_t at)
{
    assert_true(n->nq < MAXQ);
    pkt *p = &n->q[n->nq++];
    p->at = at;
    p->seq = n->seq++;
    p->to = to;
    p->flow = *f;
    p->flow.local = f->remote;
    p->flow.remote = f->local;
    p->data = malloc(len);
    assert_non_null(p->data);
    memcpy(p->data, data, len);
    p->len = len;
}

static void on_send(st *t, const fsip_flow *flow, const void *data, size_t len)
{
    net *n = the_net;
    int to = t == &n->node[0] ? 1 : 0;
    if (n->loss_pct && (int)(rnd(n) % 100) < n->loss_pct) return;
    enqueue(n, to, flow, data, len, fsip_stack_now(t->s) + LATENCY);
    if (n->dup_pct && (int)(rnd(n) % 100) < n->dup_pct)
        enqueue(n, to, flow, data, len, fsip_stack_now(t->s) + LATENCY + 1 + rnd(n) % 50);
}

static void net_init(net *n, uint64_t seed, int loss, int dup)
{
    memset(n, 0, sizeof(*n));
    the_net = n;
    n->rng = seed * 0x9E3779B97F4A7C15ULL + 1;
    n->loss_pct = loss;
    n->dup_pct = dup;
    fsip_stack_config c;
    fsip_stack_config_init(&c);
    static const uint8_t seed_b[32] = {77};
    st_init(&n->node[0], &c);
    c.seed = seed_b;
    st_init(&n->node[1], &c);
    for (int i = 0; i < 2; i++)
        n->node[i].on_send = on_send;
}

static void net_free(net *n)
{
    for (int i = 0; i < n->nq; i++)
        free(n->q[i].data);
    st_free(&n->node[0]);
    st_free(&n->node[1]);
}

/* Runs the network until `until`: packets and timers in time order. */
static void net_run(net *n, uint64_t until)
{
    for (;;) {
        uint64_t best = UINT64_MAX;
        int kind = -1, idx = -1;
        for (int i = 0; i < n->nq; i++)
            if (n->q[i].at < best ||
                (n->q[i].at == best && idx >= 0 && n->q[i].seq < n->q[idx].seq)) {
                best = n->q[i].at;
                kind = 2;
                idx = i;
            }
        for (int i = 0; i < 2; i++) {
            uint64_t d = fsip_stack_next_deadline(n->node[i].s);
            if (d < best) {
                best = d;
                kind = i;
            }
        }
        if (kind < 0 || best > until) break;
        n->now = best;
        if (kind == 2) {
            pkt p = n->q[idx];
            n->q[idx] = n->q[--n->nq];
            assert_int_equal(fsip_stack_recv(n->node[p.to].s, &p.flow, p.data, p.len, best), 0);
            free(p.data);
        } else {
            fsip_stack_tick(n->node[kind].s, best);
        }
    }
    n->now = until;
}

static fsip_txn *a_send(net *n, const char *method, uint64_t now)
{
    fsip_flow f = st_flow(FSIP_TRANSPORT_UDP, 0, true);
    fsip_txn *x = NULL;
    assert_int_equal(
        fsip_stack_send_request(n->node[0].s, st_new_request(method), &f, NULL, now, &x), 0);
    return x;
}

static void test_perfect(void **state)
{
    (void)state;
    net n;
    net_init(&n, 1, 0, 0);
    n.node[1].autor.status[0] = 200;
    a_send(&n, "OPTIONS", 0);
    net_run(&n, 100000);
    assert_string_equal(n.node[0].log, "resp 200\nev client terminated\n");
    assert_int_equal(n.node[0].ev_at[FSIP_TXN_TERMINATED], 20 + 5000); /* Timer K */
    assert_string_equal(n.node[1].log, "req OPTIONS\nev server terminated\n");
    assert_int_equal(n.node[1].ev_at[FSIP_TXN_TERMINATED], 10 + 32000); /* Timer J */

    /* INVITE rejected: 100, 180, 486, ACK; B's IST confirmed, then Timer I. */
    st_clear(&n.node[0]);
    st_clear(&n.node[1]);
    n.node[1].autor.status[0] = 180;
    n.node[1].autor.status[1] = 486;
    a_send(&n, "INVITE", 200000);
    net_run(&n, 300000);
    assert_string_equal(n.node[0].log, "resp 100\nresp 180\nresp 486\nev client terminated\n");
    assert_int_equal(n.node[0].ev_at[FSIP_TXN_TERMINATED], 200020 + 32000); /* Timer D */
    assert_string_equal(n.node[1].log, "req INVITE\nev server terminated\n");
    assert_int_equal(n.node[1].ev_at[FSIP_TXN_TERMINATED], 200030 + 5000); /* Timer I */
    assert_int_equal(n.node[1].nsent, 3); /* no retransmission of the 486 */
    assert_int_equal(fsip_stack_stats(n.node[0].s)->txn_active, 0);
    assert_int_equal(fsip_stack_stats(n.node[1].s)->txn_active, 0);
    net_free(&n);
}

static void test_dead_network(void **state)
{
    (void)state;
    net n;
    net_init(&n, 1, 100, 0);
    a_send(&n, "OPTIONS", 1000);
    a_send(&n, "INVITE", 2000);
    net_run(&n, 100000);
    assert_string_equal(n.node[0].log, "ev client timeout\nev client terminated\n"
                                       "ev client timeout\nev client terminated\n");
    /* The last timeout is the INVITE's Timer B. */
    assert_int_equal(n.node[0].ev_at[FSIP_TXN_TIMEOUT], 2000 + 64 * 500);
    net_free(&n);
}

/* One transaction at a time over a lossy, duplicating network. */
static void lossy(const char *method, int loss, int s0, int s1, const int *status)
{
    int timeouts = 0, stuck = 0;
    for (int seed = s0; seed < s1; seed++) {
        net n;
        net_init(&n, (uint64_t)seed, loss, 10);
        memcpy(n.node[1].autor.status, status, sizeof(n.node[1].autor.status));
        uint64_t t0 = 1000;
        fsip_txn *x = a_send(&n, method, t0);
        net_run(&n, t0 + 200000);
        const char *log = n.node[0].log;
        bool timed_out = strstr(log, "ev client timeout") != NULL;
        if (!strstr(log, "terminated")) {
            /* An ICT that got a provisional and then lost every final
             * response stays in Proceeding: RFC 3261 gives it no timer;
             * Timer C (§16.6, for UAs the TU's INVITE guard) is the call
             * layer's. */
            assert_string_equal(fsip_txn_state_name(x), "proceeding");
            assert_null(strstr(log, "resp 486"));
            stuck++;
            net_free(&n);
            continue;
        }
        if (timed_out) {
            timeouts++;
            /* Timer B / F: exactly 64*T1 after the request was sent. */
            assert_int_equal(n.node[0].ev_at[FSIP_TXN_TIMEOUT], t0 + 32000);
            assert_null(strstr(log, "resp 486"));
            assert_null(strstr(log, "resp 200"));
        } else {
            assert_true(strstr(log, "resp 486") || strstr(log, "resp 200"));
        }
        assert_non_null(strstr(log, "ev client terminated\n"));
        assert_int_equal(fsip_stack_stats(n.node[0].s)->txn_active, 0);
        assert_int_equal(fsip_stack_stats(n.node[1].s)->txn_active, 0);
        assert_int_equal(n.nq, 0);
        net_free(&n);
    }
    print_message("%s, %d%% loss: %d of %d timed out, %d left in Proceeding\n", method, loss,
                  timeouts, s1 - s0, stuck);
}

static void test_lossy_options(void **state)
{
    (void)state;
    static const int st200[4] = {200};
    lossy("OPTIONS", 30, 1, 41, st200);
    lossy("OPTIONS", 80, 1, 41, st200);
}

static void test_lossy_invite(void **state)
{
    (void)state;
    static const int st486[4] = {180, 486};
    lossy("INVITE", 30, 1, 41, st486);
    lossy("INVITE", 80, 1, 41, st486);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_perfect),
        FSIP_TEST(test_dead_network),
        FSIP_TEST(test_lossy_options),
        FSIP_TEST(test_lossy_invite),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
