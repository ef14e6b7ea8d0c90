/* fuzz_pair — two user agents (A = 192.0.2.1:5060, B = 192.0.2.2:5070)
 * calling each other over a network the fuzzer controls: it drops,
 * duplicates, reorders and delays every datagram, and decides what each
 * application does (calls, answers, re-INVITEs, UPDATEs, transfers,
 * hang-ups).
 *
 * Input: records, each an op byte and an argument byte:
 *   'i' X  A calls B (X bit 0: with an offer)     'I' X  B calls A
 *   'a' X  A's application acts (as in fuzz_stack) 'b' X  B's does
 *   'p' X  A's policy in callbacks                 'q' X  B's policy
 *   'n' X  the datagram at the head of the network: X%8 0-3 delivered,
 *          4 dropped, 5 delivered twice, 6 sent to the back (reordered),
 *          7 delivered after (X>>3)*100 ms
 *   't' X  the clock moves X*10 ms
 * A transfer (REFER) from either side names the other agent as the
 * target, so the transferee calls back the transferor.
 *
 * After the input the network heals (everything delivered, in order) and
 * the clock runs 64*T1 past the longest timer. Invariants: both agents
 * agree — the calls left open are the same dialogs on both sides, all
 * confirmed; then A hangs them all up, and once the clock has run again
 * no call, transaction or subscription is left on either side and nothing
 * leaks. Every message either agent sends must parse.
 */
#include "fuzz_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fsip/call.h"
#include "fsip/stack.h"
#include "fsip/transfer.h"
#include "fuzz_ua.h"

#define MAX_Q     256
#define MAX_CALLS 8 /* per agent (fuzz_calls holds more: referred calls) */

typedef struct agent {
    const char *name;
    fsip_netaddr addr;
    fsip_stack *s;
    fsip_ua *ua;
    fuzz_alloc mem;
    fuzz_calls calls;
    long xfers;
    uint8_t policy;
} agent;

typedef struct pkt {
    int to; /* 0: A, 1: B */
    fsip_flow flow;
    char *data;
    size_t len;
} pkt;

static agent AG[2];
static pkt Q[MAX_Q];
static int qn;
static uint64_t now;

static int on_send(const fsip_flow *flow, const void *data, size_t len, void *arg)
{
    agent *from = arg;
    fsip_parse_result r;
    fsip_msg *m = NULL;
    int rc = fsip_msg_parse(data, len, FSIP_PARSE_DATAGRAM, NULL, &m, &r);
    FUZZ_CHECK(rc == FSIP_OK, "%s sent a message that does not parse (%s): %.*s", from->name,
               r.reason ? r.reason : "?", (int)(len > 300 ? 300 : len), (const char *)data);
    fsip_msg_free(m);
    int to = -1;
    for (int i = 0; i < 2; i++)
        if (fsip_netaddr_equal(&flow->remote, &AG[i].addr)) to = i;
    if (to < 0) return 0; /* elsewhere: lost */
    if (qn == MAX_Q) {    /* a full network loses the oldest datagram */
        free(Q[0].data);
        memmove(Q, Q + 1, sizeof(Q[0]) * (MAX_Q - 1));
        qn--;
    }
    pkt *p = &Q[qn++];
    p->to = to;
    p->flow.transport = FSIP_TRANSPORT_UDP;
    p->flow.local = AG[to].addr; /* as the receiver sees it */
    p->flow.remote = from->addr;
    p->flow.conn_id = 0;
    p->data = malloc(len);
    FUZZ_CHECK(p->data != NULL, "out of memory");
    memcpy(p->data, data, len);
    p->len = len;
    return 0;
}

static void deliver(pkt *p)
{
    fsip_stack_recv(AG[p->to].s, &p->flow, p->data, p->len, now);
}

/* Takes the head of the queue out (the caller frees its data). */
static pkt pop(void)
{
    pkt p = Q[0];
    memmove(Q, Q + 1, sizeof(Q[0]) * (size_t)(qn - 1));
    qn--;
    return p;
}

static void tick(uint64_t ms)
{
    now += ms;
    for (int i = 0; i < 2; i++)
        fsip_stack_tick(AG[i].s, now);
}

static void on_call(fsip_call *call, fsip_call_event ev, const fsip_msg *msg, void *arg)
{
    (void)msg;
    agent *a = arg;
    fuzz_calls_track(&a->calls, call, ev == FSIP_CALL_EV_ENDED);
    /* Requests inside a dialog are always answered (policy bit 64). */
    if (ev != FSIP_CALL_EV_ENDED) fuzz_ua_policy(call, ev, a->policy | 64, now);
}

static void on_xfer(fsip_xfer *x, fsip_xfer_event ev, const fsip_msg *msg, void *arg)
{
    (void)msg;
    agent *a = arg;
    fuzz_xfer_count(&a->xfers, x, ev, a->policy & 64);
}

static void place_call(agent *a, agent *to, bool offer)
{
    char target[64];
    char ip[48];
    fsip_netaddr_print(&to->addr, true, ip, sizeof ip);
    snprintf(target, sizeof target, "sip:%s@%s", to->name, ip);
    fsip_call_params p = {0};
    p.target = target;
    p.dest.transport = FSIP_TRANSPORT_UDP;
    p.dest.local = a->addr;
    p.dest.remote = to->addr;
    if (offer) {
        p.content_type = "application/sdp";
        p.body = fuzz_sdp;
        p.body_len = fuzz_sdp_len;
    }
    fsip_call *c = NULL;
    if (fsip_call_invite(a->ua, &p, &c) == 0) fuzz_calls_track(&a->calls, c, false);
}

/* The application's actions: fuzz_ua_act's, and a transfer asking the
 * transferee to call us back (a new dialog). */
static void act(agent *a, uint8_t b)
{
    fsip_call *c = a->calls.cur;
    uint8_t k = (uint8_t)(b % (FUZZ_UA_ACTIONS + 1));
    if (!c) return;
    if (k < FUZZ_UA_ACTIONS) {
        fuzz_ua_act(c, k);
        return;
    }
    char target[64], ip[48];
    fsip_netaddr_print(&a->addr, true, ip, sizeof ip);
    snprintf(target, sizeof target, "sip:%s@%s", a->name, ip);
    fsip_xfer *x = NULL;
    if (fsip_call_transfer(c, target, NULL, &x) == 0) a->xfers++;
}

/* The network heals: every datagram delivered in order while the clock
 * runs `ms` in 100 ms steps. */
static void heal(uint64_t ms)
{
    for (uint64_t t = 0; t <= ms; t += 100) {
        for (int guard = 0; qn > 0 && guard < 4 * MAX_Q; guard++) {
            pkt p = pop();
            deliver(&p);
            free(p.data);
        }
        tick(100);
    }
}

static bool same_dialog(fsip_call *x, fsip_call *y)
{
    return strcmp(fsip_call_id(x), fsip_call_id(y)) == 0 &&
           strcmp(fsip_call_local_tag(x), fsip_call_remote_tag(y)) == 0 &&
           strcmp(fsip_call_remote_tag(x), fsip_call_local_tag(y)) == 0;
}

static void check_agree(void)
{
    for (int i = 0; i < 2; i++) {
        agent *a = &AG[i], *o = &AG[1 - i];
        FUZZ_CHECK(fsip_ua_stats_get(a->ua)->calls_active == (uint64_t)a->calls.n,
                   "%s: %llu calls open, %d known", a->name,
                   (unsigned long long)fsip_ua_stats_get(a->ua)->calls_active, a->calls.n);
        for (int k = 0; k < a->calls.n; k++) {
            fsip_call *c = a->calls.v[k];
            FUZZ_CHECK(fsip_call_get_state(c) == FSIP_CALL_CONFIRMED,
                       "%s: a call left in %s (%s) on a healed network", a->name,
                       fsip_call_state_name(fsip_call_get_state(c)), fsip_call_machine_state(c));
            int found = 0;
            for (int j = 0; j < o->calls.n; j++)
                found += same_dialog(c, o->calls.v[j]);
            FUZZ_CHECK(found == 1, "%s: call %s confirmed, %s knows %d such dialogs", a->name,
                       fsip_call_id(c), o->name, found);
        }
    }
}

static void setup(agent *a, const char *name, const char *ip, uint16_t port)
{
    /* Each agent its own random stream (Call-IDs, tags, branches). */
    static uint8_t seeds[2][32] = {{7}, {8}};
    const uint8_t *seed = seeds[a == &AG[0] ? 0 : 1];
    memset(a, 0, sizeof *a);
    a->name = name;
    fsip_netaddr_parse(ip, strlen(ip), port, &a->addr);
    fuzz_alloc_init(&a->mem);
    fsip_stack_config sc;
    fsip_stack_config_init(&sc);
    sc.alloc = &a->mem.a;
    sc.seed = seed;
    sc.max_transactions = 128;
    sc.log = NULL;
    sc.log_level = FSIP_LOG_TRACE; /* nothing below: only traces, and tracing is off */
    fuzz_ua_new(&sc, on_send, a, MAX_CALLS, on_call, on_xfer, a, &a->s, &a->ua);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    now = 1000;
    qn = 0;
    setup(&AG[0], "alice", "192.0.2.1", 5060);
    setup(&AG[1], "bob", "192.0.2.2", 5070);
    for (size_t i = 0; i + 1 < size; i += 2) {
        uint8_t op = data[i], x = data[i + 1];
        switch (op) {
        case 'i': place_call(&AG[0], &AG[1], x & 1); break;
        case 'I': place_call(&AG[1], &AG[0], x & 1); break;
        case 'a': act(&AG[0], x); break;
        case 'b': act(&AG[1], x); break;
        case 'p': AG[0].policy = x; break;
        case 'q': AG[1].policy = x; break;
        case 't': tick((uint64_t)x * 10); break;
        case 'n': {
            if (!qn) break;
            pkt p = pop();
            switch (x % 8) {
            case 4: break;
            case 5:
                deliver(&p);
                deliver(&p);
                break;
            case 6:
                if (qn < MAX_Q) {
                    Q[qn++] = p;
                    p.data = NULL;
                }
                break;
            case 7:
                tick((uint64_t)(x >> 3) * 100);
                deliver(&p);
                break;
            default: deliver(&p); break;
            }
            free(p.data);
            break;
        }
        default: break;
        }
    }

    heal(FUZZ_UA_SETTLE_MS);
    check_agree();
    for (int k = AG[0].calls.n - 1; k >= 0; k--)
        fsip_call_hangup(AG[0].calls.v[k]);
    heal(FUZZ_UA_SETTLE_MS);
    for (int i = 0; i < 2; i++) {
        agent *a = &AG[i];
        FUZZ_CHECK(a->calls.n == 0, "%s: %d calls left after hanging up", a->name, a->calls.n);
        fuzz_ua_check_settled(a->name, a->s, a->ua, a->xfers);
    }
    for (int i = 0; i < 2; i++) {
        fsip_ua_free(AG[i].ua);
        fsip_stack_free(AG[i].s);
        FUZZ_CHECK(AG[i].mem.live == 0, "%s: %ld blocks leaked", AG[i].name, AG[i].mem.live);
    }
    while (qn > 0) {
        pkt p = pop();
        free(p.data);
    }
    return 0;
}
