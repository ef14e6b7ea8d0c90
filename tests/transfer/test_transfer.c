/* Call transfer between three user agents on one virtual network and clock:
 * Alice (transferor), Bob (transferee), Carol (transfer target). Datagrams
 * go through a FIFO routed by destination port, which the tests may drop;
 * time moves only when a test says so. Every test checks the messages on
 * the wire (REFER, 202, NOTIFY with Event id, Subscription-State and
 * message/sipfrag), the events each application heard, that no machine took
 * an `error` row, and that nothing is left allocated.
 * RFC 3515 (REFER), RFC 6665 (subscriptions), RFC 4488 (Refer-Sub),
 * RFC 3892 (Referred-By), RFC 5057 (dialog usages). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fsip/transfer.h"
#include "rowcov.h"
#include "testalloc.h"
#include "testsip.h"

#define NMAX   64
#define DMAX   4096
#define LOGMAX 4096

static const char sdp_a[] = "v=0\r\no=alice 1 1 IN IP4 127.0.0.1\r\n";
static const char sdp_b[] = "v=0\r\no=bob 1 1 IN IP4 127.0.0.1\r\n";

typedef struct agent agent;
struct agent {
    const char *name;
    uint16_t port;
    fsip_netaddr addr;
    fsip_stack *s;
    fsip_ua *ua;
    fsip_call *calls[4]; /* open calls, in order of creation */
    char log[LOGMAX];    /* "call:EVENT status;" and "xfer:EVENT result status;" */
    int answer;          /* INCOMING: 0 accept at once, 180 ring then accept later, >=300 reject */
    int refer_reject;    /* REFERRED: reject with this status (0: accept) */
    bool gone;           /* not on the network: its datagrams vanish */
};

typedef struct dgram {
    uint16_t from, to;
    char b[DMAX];
    size_t n;
} dgram;

static dgram net[NMAX];
static int nnet;
static uint64_t now = 1000;
static agent A, B, C;
static agent *all[3] = {&A, &B, &C};
/* Drop rule: datagrams from `drop_from` whose first line starts with
 * drop_start are dropped, drop_n of them (-1: all). */
static uint16_t drop_from;
static const char *drop_start;
static int drop_n;
/* Every datagram delivered, "from>to first-line" per line, and whole. */
static char wire[1 << 16];
static char full[1 << 18];

static agent *by_port(uint16_t p)
{
    for (int i = 0; i < 3; i++)
        if (all[i]->port == p) return all[i];
    return NULL;
}

static int on_send(const fsip_flow *f, const void *d, size_t n, void *arg)
{
    agent *me = arg;
    assert_true(nnet < NMAX && n < DMAX);
    if (drop_start && me->port == drop_from && drop_n != 0 &&
        strncmp(d, drop_start, strlen(drop_start)) == 0) {
        if (drop_n > 0) drop_n--;
        return 0;
    }
    dgram *g = &net[nnet++];
    g->from = me->port;
    g->to = f->remote.port;
    memcpy(g->b, d, n);
    g->n = n;
    return 0;
}

/* Delivers up to n datagrams, oldest first. */
static void deliver_n(int n)
{
    for (int guard = 0; guard < n && nnet; guard++) {
        dgram g = net[0];
        memmove(&net[0], &net[1], (size_t)(nnet - 1) * sizeof net[0]);
        nnet--;
        agent *to = by_port(g.to), *from = by_port(g.from);
        if (!to || to->gone) continue;
        const char *eol = memchr(g.b, '\r', g.n);
        size_t l = strlen(wire);
        snprintf(wire + l, sizeof wire - l, "%s>%s %.*s\n", from->name, to->name,
                 (int)(eol ? eol - g.b : 0), g.b);
        l = strlen(full);
        snprintf(full + l, sizeof full - l, "#%s>%s\n%.*s\n", from->name, to->name, (int)g.n, g.b);
        fsip_flow in = {FSIP_TRANSPORT_UDP, to->addr, from->addr, 0};
        assert_int_equal(fsip_stack_recv(to->s, &in, g.b, g.n, now), 0);
    }
}

static void deliver_all(void)
{
    deliver_n(1000);
}

/* Moves the clock by ms in 100 ms steps, delivering as it goes. */
static void run(uint64_t ms)
{
    deliver_all();
    for (uint64_t t = 0; t < ms; t += 100) {
        now += 100;
        for (int i = 0; i < 3; i++)
            fsip_stack_tick(all[i]->s, now);
        deliver_all();
    }
}

static void logf_(agent *me, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void logf_(agent *me, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    size_t l = strlen(me->log);
    vsnprintf(me->log + l, sizeof me->log - l, fmt, ap);
    va_end(ap);
}

/* Adds c to me->calls (the first free slot). */
static void keep_call(agent *me, fsip_call *c)
{
    for (int i = 0; i < 4; i++)
        if (!me->calls[i]) {
            me->calls[i] = c;
            return;
        }
}

static void on_call(fsip_call *c, fsip_call_event ev, const fsip_msg *m, void *arg)
{
    agent *me = arg;
    logf_(me, "call:%s %d;", fsip_call_event_name(ev),
          ev == FSIP_CALL_EV_ENDED       ? fsip_call_end_status(c)
          : m && !fsip_msg_is_request(m) ? fsip_msg_status(m)
                                         : 0);
    if (ev == FSIP_CALL_EV_INCOMING) {
        keep_call(me, c);
        if (me->answer >= 300) {
            assert_int_equal(fsip_call_reject(c, me->answer, NULL), 0);
        } else if (me->answer == 180) {
            assert_int_equal(fsip_call_ring(c, 180, NULL, NULL, 0), 0);
        } else {
            bool offer = fsip_msg_body(m).len > 0;
            assert_int_equal(fsip_call_accept(c, "application/sdp", offer ? sdp_b : sdp_a,
                                              offer ? sizeof sdp_b - 1 : sizeof sdp_a - 1),
                             0);
        }
    }
    if (ev == FSIP_CALL_EV_ENDED)
        for (int i = 0; i < 4; i++)
            if (me->calls[i] == c) me->calls[i] = NULL;
}

static void on_xfer(fsip_xfer *x, fsip_xfer_event ev, const fsip_msg *m, void *arg)
{
    agent *me = arg;
    (void)m;
    if (ev == FSIP_XFER_EV_DONE)
        logf_(me, "xfer:DONE %s %d;", fsip_xfer_result_name(fsip_xfer_get_result(x)),
              fsip_xfer_status(x));
    else
        logf_(me, "xfer:%s %d;", fsip_xfer_event_name(ev), fsip_xfer_status(x));
    if (ev == FSIP_XFER_EV_REFERRED) {
        assert_false(fsip_xfer_is_transferor(x));
        if (me->refer_reject)
            assert_int_equal(fsip_xfer_reject(x, me->refer_reject, NULL), 0);
        else /* The new call is placed after the callback returns. */
            assert_null(fsip_xfer_call_new(x));
    }
}

static void agent_init(agent *me, const char *name, uint16_t port)
{
    memset(me, 0, sizeof *me);
    me->name = name;
    me->port = port;
    assert_int_equal(fsip_netaddr_parse("127.0.0.1", 9, port, &me->addr), 0);
    fsip_stack_config cfg;
    fsip_stack_config_init(&cfg);
    cfg.alloc = test_alloc;
    uint8_t seed[32] = {(uint8_t)port, (uint8_t)(port >> 8)};
    cfg.seed = seed;
    fsip_stack_callbacks cbs = {on_send, NULL, NULL, NULL, me};
    assert_int_equal(fsip_stack_new(&cfg, &cbs, &me->s), 0);
    fsip_ua_config ucfg;
    fsip_ua_config_init(&ucfg);
    ucfg.session_expires_s = 0;
    fsip_ua_callbacks ucb = {on_call, NULL, me};
    assert_int_equal(fsip_ua_new(me->s, &ucfg, &ucb, &me->ua), 0);
    fsip_ua_set_transfer_handler(me->ua, on_xfer, me);
    rowcov_attach(me->ua);
}

static int setup(void **st)
{
    (void)st;
    nnet = 0;
    wire[0] = 0;
    full[0] = 0;
    drop_start = NULL;
    agent_init(&A, "alice", 5060);
    agent_init(&B, "bob", 5070);
    agent_init(&C, "carol", 5080);
    return 0;
}

static int teardown(void **st)
{
    (void)st;
    run(70000); /* every transaction and subscription ends (64*T1 and more) */
    for (int i = 0; i < 3; i++) {
        assert_int_equal(fsip_ua_stats_get(all[i]->ua)->spec_errors, 0);
        fsip_ua_free(all[i]->ua);
        fsip_stack_free(all[i]->s);
    }
    assert_int_equal(test_alloc_live(), 0);
    return 0;
}

/* a calls b; b answers at once. Returns a's call. */
static fsip_call *call(agent *a, agent *b)
{
    char target[64];
    snprintf(target, sizeof target, "sip:%s@127.0.0.1:%u", b->name, (unsigned)b->port);
    fsip_call_params p = {0};
    p.target = target;
    p.from = a == &A ? "<sip:alice@127.0.0.1>" : "<sip:x@127.0.0.1>";
    p.dest = (fsip_flow){FSIP_TRANSPORT_UDP, a->addr, b->addr, 0};
    p.content_type = "application/sdp";
    p.body = sdp_a;
    p.body_len = sizeof sdp_a - 1;
    fsip_call *c = NULL;
    assert_int_equal(fsip_call_invite(a->ua, &p, &c), 0);
    keep_call(a, c);
    run(0);
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_CONFIRMED);
    return c;
}

static const char carol[] = "sip:carol@127.0.0.1:5080";

/* Counts the occurrences of `needle` in `wire`. */
static int wire_count(const char *needle)
{
    int n = 0;
    for (const char *p = wire; (p = strstr(p, needle)); p++)
        n++;
    return n;
}

static void test_blind_transfer(void **st)
{
    (void)st;
    fsip_call *ab = call(&A, &B);
    C.answer = 180;
    fsip_transfer_opts o;
    fsip_transfer_opts_init(&o);
    o.referred_by = "<sip:alice@127.0.0.1>";
    o.bye_on_success = true;
    fsip_xfer *x = NULL;
    assert_int_equal(fsip_call_transfer(ab, carol, &o, &x), 0);
    assert_non_null(x);
    assert_true(fsip_xfer_is_transferor(x));
    assert_string_equal(fsip_xfer_state(x), "refer_sent");
    run(0);
    if (getenv("XFER_DEBUG")) fprintf(stderr, "%s\n---\n%s\n%s\n", wire, A.log, B.log);
    /* Bob accepted: 202, NOTIFY 100 Trying, INVITE to Carol, who rings. */
    assert_non_null(strstr(wire, "alice>bob REFER sip:"));
    assert_non_null(strstr(wire, "bob>alice SIP/2.0 202 Accepted"));
    assert_non_null(strstr(wire, "bob>carol INVITE sip:carol@127.0.0.1:5080 SIP/2.0"));
    assert_int_equal(wire_count("bob>alice NOTIFY"), 2); /* 100, then 180 */
    assert_string_equal(A.log, "call:ANSWERED 200;xfer:ACCEPTED 0;xfer:PROGRESS 100;"
                               "xfer:PROGRESS 180;");
    assert_string_equal(fsip_xfer_state(x), "active");
    assert_non_null(strstr(B.log, "xfer:REFERRED 0;"));
    /* Carol answers: NOTIFY 200 terminated, Alice's DONE OK, then her BYE. */
    assert_int_equal(fsip_call_accept(C.calls[0], "application/sdp", sdp_b, sizeof sdp_b - 1), 0);
    run(0);
    assert_int_equal(wire_count("bob>alice NOTIFY"), 3);
    assert_non_null(strstr(A.log, "xfer:DONE ok 200;call:ENDED 0;"));
    assert_non_null(strstr(wire, "alice>bob BYE"));
    assert_non_null(strstr(B.log, "xfer:DONE ok 200;"));
    assert_non_null(strstr(B.log, "call:ANSWERED 200;")); /* Bob-Carol */
    assert_non_null(C.calls[0]);
    assert_int_equal(fsip_call_get_state(C.calls[0]), FSIP_CALL_CONFIRMED);
    assert_null(A.calls[0]);
}

/* The target is busy: the final sipfrag says 486, the transfer failed and
 * the call Alice transferred stays up (no BYE without success). */
static void test_target_busy(void **st)
{
    (void)st;
    fsip_call *ab = call(&A, &B);
    C.answer = 486;
    fsip_transfer_opts o;
    fsip_transfer_opts_init(&o);
    o.bye_on_success = true;
    assert_int_equal(fsip_call_transfer(ab, carol, &o, NULL), 0);
    run(0);
    assert_non_null(strstr(full, "Subscription-State: terminated;reason=noresource"));
    assert_non_null(strstr(full, "SIP/2.0 486 Busy Here\r\n"));
    assert_string_equal(A.log, "call:ANSWERED 200;xfer:ACCEPTED 0;xfer:PROGRESS 100;"
                               "xfer:DONE target-failed 486;");
    assert_non_null(strstr(B.log, "xfer:DONE target-failed 486;"));
    assert_null(strstr(wire, "alice>bob BYE"));
    assert_int_equal(fsip_call_get_state(ab), FSIP_CALL_CONFIRMED);
    assert_int_equal(fsip_call_hangup(ab), 0);
}

/* The target does not answer at all: Bob's INVITE times out (Timer B) and
 * the final sipfrag is 408. */
static void test_target_unreachable(void **st)
{
    (void)st;
    fsip_call *ab = call(&A, &B);
    C.gone = true;
    assert_int_equal(fsip_call_transfer(ab, carol, NULL, NULL), 0);
    run(40000);
    assert_non_null(strstr(A.log, "xfer:DONE target-failed 408;"));
    assert_non_null(strstr(full, "SIP/2.0 408 Request Timeout\r\n"));
    assert_int_equal(fsip_call_get_state(ab), FSIP_CALL_CONFIRMED);
    assert_int_equal(fsip_call_hangup(ab), 0);
}

/* Bob declines the REFER: 603, no subscription, no NOTIFY, no new call. */
static void test_refer_rejected(void **st)
{
    (void)st;
    fsip_call *ab = call(&A, &B);
    B.refer_reject = 603;
    fsip_xfer *x = NULL;
    assert_int_equal(fsip_call_transfer(ab, carol, NULL, &x), 0);
    assert_int_equal(fsip_xfer_id(x), 2); /* the REFER's CSeq: INVITE was 1 */
    run(0);
    assert_non_null(strstr(wire, "bob>alice SIP/2.0 603 Decline"));
    assert_string_equal(A.log, "call:ANSWERED 200;xfer:DONE refer-failed 603;");
    assert_non_null(strstr(B.log, "xfer:REFERRED 0;xfer:DONE refer-failed 603;"));
    assert_int_equal(wire_count("NOTIFY"), 0);
    assert_int_equal(wire_count("bob>carol"), 0);
    assert_int_equal(fsip_call_get_state(ab), FSIP_CALL_CONFIRMED);
    assert_int_equal(fsip_call_hangup(ab), 0);
}

/* The first NOTIFY is lost: Bob's transaction resends it (Timer E) and the
 * transfer completes as usual. */
static void test_notify_lost(void **st)
{
    (void)st;
    fsip_call *ab = call(&A, &B);
    drop_from = B.port;
    drop_start = "NOTIFY";
    drop_n = 1;
    assert_int_equal(fsip_call_transfer(ab, carol, NULL, NULL), 0);
    run(0);
    assert_string_equal(A.log, "call:ANSWERED 200;xfer:ACCEPTED 0;");
    run(600); /* T1 */
    assert_non_null(strstr(A.log, "xfer:DONE ok 200;"));
    assert_non_null(strstr(B.log, "xfer:DONE ok 200;"));
    assert_int_equal(fsip_call_get_state(ab), FSIP_CALL_CONFIRMED);
    assert_int_equal(fsip_call_hangup(ab), 0);
}

/* No NOTIFY ever arrives: Timer N (64*T1 after the 2xx) ends Alice's side;
 * Bob's NOTIFYs time out and end his (RFC 6665 §4.1.2.4, §4.2.2). */
static void test_timer_n(void **st)
{
    (void)st;
    fsip_call *ab = call(&A, &B);
    drop_from = B.port;
    drop_start = "NOTIFY";
    drop_n = -1;
    assert_int_equal(fsip_call_transfer(ab, carol, NULL, NULL), 0);
    run(31000);
    assert_string_equal(A.log, "call:ANSWERED 200;xfer:ACCEPTED 0;");
    run(2000);
    assert_string_equal(A.log, "call:ANSWERED 200;xfer:ACCEPTED 0;xfer:DONE timeout 0;");
    run(2000);
    /* Bob's side: his first NOTIFY timed out (the subscription is gone),
     * but the referred call itself was answered. */
    assert_non_null(strstr(B.log, "xfer:DONE ok 200;"));
    assert_int_equal(wire_count("bob>alice NOTIFY"), 0);
    assert_int_equal(fsip_call_get_state(ab), FSIP_CALL_CONFIRMED);
    assert_int_equal(fsip_call_hangup(ab), 0);
}

/* Refer-Sub: false (RFC 4488): Bob honours it, says so in the 202, sends
 * no NOTIFY and still calls Carol. */
static void test_no_sub(void **st)
{
    (void)st;
    fsip_call *ab = call(&A, &B);
    fsip_transfer_opts o;
    fsip_transfer_opts_init(&o);
    o.no_sub = true;
    assert_int_equal(fsip_call_transfer(ab, carol, &o, NULL), 0);
    run(0);
    assert_non_null(strstr(full, "Refer-Sub: false"));
    assert_string_equal(A.log, "call:ANSWERED 200;xfer:ACCEPTED 0;xfer:DONE no-sub 0;");
    assert_int_equal(wire_count("NOTIFY"), 0);
    assert_non_null(strstr(wire, "bob>carol INVITE"));
    assert_non_null(C.calls[0]);
    assert_int_equal(fsip_call_hangup(ab), 0);
}

/* Two REFERs in one dialog: their NOTIFYs carry id=<CSeq> and each reaches
 * its own subscription (RFC 3515 §2.4.6). */
static void test_two_refers(void **st)
{
    (void)st;
    fsip_call *ab = call(&A, &B);
    C.answer = 180;
    fsip_xfer *x1 = NULL, *x2 = NULL;
    assert_int_equal(fsip_call_transfer(ab, carol, NULL, &x1), 0);
    assert_int_equal(fsip_call_transfer(ab, "sip:dave@127.0.0.1:5090", NULL, &x2), 0);
    assert_int_equal(fsip_xfer_id(x1), 2);
    assert_int_equal(fsip_xfer_id(x2), 3);
    run(0);
    assert_non_null(strstr(full, "Event: refer;id=2\r\n"));
    assert_non_null(strstr(full, "Event: refer;id=3\r\n"));
    /* Dave does not exist: the second ends 408 after Timer B, the first is
     * still ringing at Carol's. */
    run(40000);
    assert_non_null(strstr(A.log, "xfer:DONE target-failed 408;"));
    assert_non_null(x1);
    assert_string_equal(fsip_xfer_state(x1), "active");
    assert_int_equal(fsip_xfer_status(x1), 180);
    assert_int_equal(fsip_call_accept(C.calls[0], "application/sdp", sdp_b, sizeof sdp_b - 1), 0);
    run(0);
    assert_non_null(strstr(A.log, "xfer:DONE ok 200;"));
    assert_int_equal(fsip_call_hangup(ab), 0);
}

/* Alice hangs up right after the 202 (a blind transfer's usual order): the
 * BYE ends the INVITE usage only; the NOTIFYs still arrive in the dialog
 * and are answered 200 (RFC 5057 §4); once the subscription is over, the
 * dialog is gone. */
static void test_bye_before_notify(void **st)
{
    (void)st;
    fsip_call *ab = call(&A, &B);
    C.answer = 180;
    fsip_xfer *x = NULL;
    assert_int_equal(fsip_call_transfer(ab, carol, NULL, &x), 0);
    run(0);
    assert_int_equal(fsip_call_hangup(ab), 0);
    run(0);
    assert_non_null(strstr(A.log, "call:ENDED 0;"));
    assert_null(fsip_xfer_call(x));
    assert_int_equal(fsip_call_accept(C.calls[0], "application/sdp", sdp_b, sizeof sdp_b - 1), 0);
    run(0);
    assert_non_null(strstr(A.log, "xfer:DONE ok 200;"));
    assert_null(strstr(wire, "alice>bob SIP/2.0 481"));
}

/* Attended transfer: Alice calls Bob, then Carol (the consultation call),
 * then REFERs Bob to Carol with Replaces naming the Alice-Carol dialog.
 * Bob INVITEs Carol with that Replaces; Carol's UA answers it by itself
 * and hangs up the consultation call; Alice hears OK and hangs up Bob. */
static void test_attended_transfer(void **st)
{
    (void)st;
    fsip_call *ab = call(&A, &B);
    fsip_call *ac = call(&A, &C);
    fsip_transfer_opts o;
    fsip_transfer_opts_init(&o);
    o.bye_on_success = true;
    assert_int_equal(fsip_call_transfer_attended(ab, ac, &o, NULL), 0);
    run(0);
    /* The Refer-To is Carol's Contact with the escaped Replaces. */
    char rep[256];
    assert_true(fsip_replaces_format(rep, sizeof rep, fsip_call_id(ac), fsip_call_remote_tag(ac),
                                     fsip_call_local_tag(ac), false) > 0);
    char rt[512];
    assert_true(fsip_refer_to_format(rt, sizeof rt, "sip:127.0.0.1:5080", rep) > 0);
    char line[600];
    snprintf(line, sizeof line, "Refer-To: %s\r\n", rt);
    assert_non_null(strstr(full, line));
    snprintf(line, sizeof line, "Replaces: %s\r\n", rep);
    assert_non_null(strstr(full, line)); /* in Bob's INVITE to Carol */
    assert_non_null(strstr(A.log, "xfer:DONE ok 200;"));
    /* Carol BYEd the consultation call, Alice BYEd Bob: Alice has none. */
    assert_non_null(strstr(wire, "carol>alice BYE"));
    assert_non_null(strstr(wire, "alice>bob BYE"));
    assert_null(A.calls[0]);
    assert_null(A.calls[1]);
    assert_non_null(C.calls[0] ? C.calls[0] : C.calls[1]);
    assert_int_equal(fsip_ua_stats_get(C.ua)->calls_active, 1);
    assert_int_equal(fsip_ua_stats_get(B.ua)->calls_active, 1);
}

/* Alice vanishes after sending the REFER: Bob's NOTIFY times out, his
 * subscription ends (RFC 6665 §4.2.2) while his call to Carol goes on;
 * nothing is left behind (teardown checks every byte). */
static void test_transferor_vanishes(void **st)
{
    (void)st;
    fsip_call *ab = call(&A, &B);
    C.answer = 180;
    assert_int_equal(fsip_call_transfer(ab, carol, NULL, NULL), 0);
    deliver_n(3); /* the REFER reaches Bob; his 202 and NOTIFY reach Alice */
    A.gone = true;
    run(40000); /* Bob's NOTIFY of Carol's 180 times out (Timer F) */
    assert_non_null(strstr(B.log, "xfer:DONE no-result 180;"));
    assert_non_null(C.calls[0]); /* the referred call is Bob's own now */
    assert_int_equal(fsip_call_get_state(C.calls[0]), FSIP_CALL_EARLY);
    assert_int_equal(fsip_call_hangup(C.calls[0]), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_blind_transfer, setup, teardown),
        cmocka_unit_test_setup_teardown(test_target_busy, setup, teardown),
        cmocka_unit_test_setup_teardown(test_target_unreachable, setup, teardown),
        cmocka_unit_test_setup_teardown(test_refer_rejected, setup, teardown),
        cmocka_unit_test_setup_teardown(test_notify_lost, setup, teardown),
        cmocka_unit_test_setup_teardown(test_timer_n, setup, teardown),
        cmocka_unit_test_setup_teardown(test_no_sub, setup, teardown),
        cmocka_unit_test_setup_teardown(test_two_refers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bye_before_notify, setup, teardown),
        cmocka_unit_test_setup_teardown(test_attended_transfer, setup, teardown),
        cmocka_unit_test_setup_teardown(test_transferor_vanishes, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
