/* Offer/answer end to end (fsm/offer_answer.fsm): two user agents back to
 * back on a virtual clock, delivery under the test's control. Each case
 * drives one exchange through real messages (INVITE/2xx/ACK, reliable 1xx
 * and PRACK, UPDATE, re-INVITE with and without an offer), or the failure
 * of the transaction that carries it (non-2xx, timeout, CANCEL, the dialog's
 * end), and checks the wire, the application's events (each logged with the
 * offer/answer state it saw) and fsip_call_offer_answer_state() on both
 * sides.
 *
 * Rows a compliant fsip peer never makes happen (an offer crossing an
 * exchange, session descriptions where none may be, the app asking for
 * what the state forbids) are run by tests/session/test_oa_rows.c against
 * a raw-SIP peer; rows the runtime never feeds are `error` rows (or, for a
 * tx_* it never asks, `refuse` marked "never asked") in
 * fsm/offer_answer.fsm, each with the check that stops it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fsip/call.h"
#include "rowcov.h"
#include "testalloc.h"
#include "testsip.h"

#define QMAX 48
#define DMAX 4096

static const char offer[] = "v=0\r\no=a 1 1 IN IP4 127.0.0.1\r\n";
static const char answer[] = "v=0\r\no=b 1 1 IN IP4 127.0.0.1\r\n";
static const char offer2[] = "v=0\r\no=a 1 2 IN IP4 127.0.0.1\r\n";
static const char boffer[] = "v=0\r\no=b 2 1 IN IP4 127.0.0.1\r\n";
static const char aanswer[] = "v=0\r\no=a 2 1 IN IP4 127.0.0.1\r\n";
#define SDP  "application/sdp"
#define B(x) (x), (sizeof(x) - 1)

typedef struct side side;
typedef struct dgram {
    char b[DMAX];
    size_t n;
} dgram;

/* What the application does when an event comes. */
enum in_mode {
    IN_ACCEPT = 0,  /* 200 with the answer (or our offer when there was none) */
    IN_HOLD,        /* nothing now: the test acts later */
    IN_REJECT,      /* `reject` status */
    IN_RING,        /* `ring` status (body `ring_body`), then hold */
    IN_RING_ACCEPT, /* `ring` status with `ring_body`, then 200 without a body */
};

struct side {
    const char *name;
    fsip_stack *s;
    fsip_ua *ua;
    fsip_call *call;
    side *peer;
    fsip_netaddr addr;
    dgram q[QMAX]; /* sent by this side, not delivered yet */
    int nq;
    char log[2048]; /* "EVENT status oa_state;" ... */
    enum in_mode on_incoming, on_reinvite, on_update;
    int reject, ring;
    const char *ring_body;
    bool answer_in_event; /* caller: set_answer in PROGRESS / ANSWERED /
                             REINVITE_DONE */
    int rc_ring;          /* the last fsip_call_ring() result from a callback */
    /* Called first for every event (after logging it), when set. */
    void (*hook)(side *me, fsip_call *c, fsip_call_event ev, const fsip_msg *m);
    int end_status;
    fsip_call_end end_why;
};

static uint64_t now = 1000;

static int on_send(const fsip_flow *f, const void *d, size_t n, void *arg)
{
    side *me = arg;
    (void)f;
    assert_true(me->nq < QMAX && n < DMAX);
    memcpy(me->q[me->nq].b, d, n);
    me->q[me->nq].b[n] = 0;
    me->q[me->nq++].n = n;
    return 0;
}

static bool deliver1(side *from)
{
    if (!from->nq) return false;
    dgram d = from->q[0];
    memmove(&from->q[0], &from->q[1], (size_t)(from->nq - 1) * sizeof(dgram));
    from->nq--;
    if (getenv("OA_TRACE")) /* OA_TRACE=1: each datagram's first line */
        fprintf(stderr, "%s -> %.*s\n", from->name, (int)strcspn(d.b, "\r"), d.b);
    fsip_flow in = {FSIP_TRANSPORT_UDP, from->peer->addr, from->addr, 0};
    assert_int_equal(fsip_stack_recv(from->peer->s, &in, d.b, d.n, now), 0);
    return true;
}

static void drop1(side *from)
{
    assert_true(from->nq > 0);
    memmove(&from->q[0], &from->q[1], (size_t)(from->nq - 1) * sizeof(dgram));
    from->nq--;
}

static void pump(side *a, side *b)
{
    for (int i = 0; i < 200 && (a->nq || b->nq); i++) {
        deliver1(a);
        deliver1(b);
    }
}

static void tick(side *a, side *b, uint64_t ms)
{
    now += ms;
    fsip_stack_tick(a->s, now);
    fsip_stack_tick(b->s, now);
}

/* Advances the clock in 100 ms steps, delivering everything. */
static void run(side *a, side *b, uint64_t ms)
{
    for (uint64_t t = 0; t < ms; t += 100) {
        pump(a, b);
        tick(a, b, 100);
    }
    pump(a, b);
}

static bool next_is(const side *from, const char *start)
{
    return from->nq && strncmp(from->q[0].b, start, strlen(start)) == 0;
}

/* Whether any queued datagram of `from` starts with `start`. */
static bool queued(const side *from, const char *start)
{
    for (int i = 0; i < from->nq; i++)
        if (strncmp(from->q[i].b, start, strlen(start)) == 0) return true;
    return false;
}

static const char *body_of(const dgram *d)
{
    const char *e = strstr(d->b, "\r\n\r\n");
    return e ? e + 4 : "";
}

static const char *oa(const side *me)
{
    assert_non_null(me->call);
    return fsip_call_offer_answer_state(me->call);
}

static void on_call(fsip_call *c, fsip_call_event ev, const fsip_msg *m, void *arg)
{
    side *me = arg;
    me->call = ev == FSIP_CALL_EV_ENDED ? NULL : c;
    char e[96];
    snprintf(e, sizeof e, "%s %d %s;", fsip_call_event_name(ev),
             m && !fsip_msg_is_request(m) ? fsip_msg_status(m) : 0,
             fsip_call_offer_answer_state(c));
    strncat(me->log, e, sizeof me->log - strlen(me->log) - 1);
    if (me->hook) me->hook(me, c, ev, m);
    bool has_body = m && fsip_msg_body(m).len > 0;
    enum in_mode mode = ev == FSIP_CALL_EV_INCOMING   ? me->on_incoming
                        : ev == FSIP_CALL_EV_REINVITE ? me->on_reinvite
                        : ev == FSIP_CALL_EV_UPDATE   ? me->on_update
                                                      : IN_HOLD;
    if (ev == FSIP_CALL_EV_ENDED) {
        me->end_status = fsip_call_end_status(c);
        me->end_why = fsip_call_end_reason(c);
    }
    if ((ev == FSIP_CALL_EV_PROGRESS || ev == FSIP_CALL_EV_ANSWERED ||
         ev == FSIP_CALL_EV_REINVITE_DONE) &&
        me->answer_in_event && has_body &&
        strncmp(fsip_call_offer_answer_state(c), "remote_", 7) == 0)
        assert_int_equal(fsip_call_set_answer(c, SDP, B(aanswer)), 0);
    if (ev == FSIP_CALL_EV_UPDATE) {
        if (mode == IN_ACCEPT)
            assert_int_equal(fsip_call_update_respond(c, 200, NULL, SDP, B(answer)), 0);
        if (mode == IN_REJECT)
            assert_int_equal(fsip_call_update_respond(c, me->reject, NULL, NULL, NULL, 0), 0);
        return;
    }
    if (ev != FSIP_CALL_EV_INCOMING && ev != FSIP_CALL_EV_REINVITE) return;
    switch (mode) {
    case IN_ACCEPT:
        assert_int_equal(fsip_call_accept(c, SDP, has_body ? answer : boffer,
                                          has_body ? sizeof answer - 1 : sizeof boffer - 1),
                         0);
        break;
    case IN_REJECT: assert_int_equal(fsip_call_reject(c, me->reject, NULL), 0); break;
    case IN_RING:
    case IN_RING_ACCEPT:
        me->rc_ring = fsip_call_ring(c, me->ring, me->ring_body ? SDP : NULL, me->ring_body,
                                     me->ring_body ? strlen(me->ring_body) : 0);
        if (mode == IN_RING_ACCEPT) assert_int_equal(fsip_call_accept(c, NULL, NULL, 0), 0);
        break;
    case IN_HOLD: break;
    }
}

static void side_init(side *me, const char *name, uint16_t port, fsip_rel1xx rel)
{
    memset(me, 0, sizeof *me);
    me->name = name;
    fsip_stack_config cfg;
    fsip_stack_config_init(&cfg);
    cfg.alloc = test_alloc;
    uint8_t seed[32] = {(uint8_t)port};
    cfg.seed = seed;
    fsip_stack_callbacks cbs = {on_send, NULL, NULL, NULL, me};
    assert_int_equal(fsip_stack_new(&cfg, &cbs, &me->s), 0);
    fsip_ua_config ucfg;
    fsip_ua_config_init(&ucfg);
    ucfg.session_expires_s = 0;
    ucfg.rel1xx = rel;
    fsip_ua_callbacks ucb = {on_call, NULL, me};
    assert_int_equal(fsip_ua_new(me->s, &ucfg, &ucb, &me->ua), 0);
    rowcov_attach(me->ua);
    assert_int_equal(fsip_netaddr_parse("127.0.0.1", 9, port, &me->addr), 0);
}

static void pair(side *a, side *b, fsip_rel1xx rel_b)
{
    side_init(a, "alice", 5060, FSIP_REL1XX_SUPPORTED);
    side_init(b, "bob", 5070, rel_b);
    a->peer = b;
    b->peer = a;
}

static void pair_free(side *a, side *b)
{
    for (int i = 0; i < 200; i++) { /* let every transaction end */
        tick(a, b, 1000);
        pump(a, b);
    }
    assert_null(a->call);
    assert_null(b->call);
    assert_int_equal(fsip_ua_stats_get(a->ua)->spec_errors, 0);
    assert_int_equal(fsip_ua_stats_get(b->ua)->spec_errors, 0);
    fsip_ua_free(a->ua);
    fsip_ua_free(b->ua);
    fsip_stack_free(a->s);
    fsip_stack_free(b->s);
}

static fsip_call *invite(side *a, const char *body)
{
    fsip_call_params p = {0};
    p.target = "sip:bob@127.0.0.1:5070";
    p.dest.transport = FSIP_TRANSPORT_UDP;
    p.dest.local = a->addr;
    p.dest.remote = a->peer->addr;
    p.content_type = body ? SDP : NULL;
    p.body = body;
    p.body_len = body ? strlen(body) : 0;
    fsip_call *c = NULL;
    assert_int_equal(fsip_call_invite(a->ua, &p, &c), 0);
    a->call = c;
    return c;
}

/* A confirmed call, offer in the INVITE: both stable, logs cleared. */
static void connect(side *a, side *b)
{
    invite(a, offer);
    pump(a, b);
    assert_string_equal(oa(a), "stable");
    assert_string_equal(oa(b), "stable");
    a->log[0] = b->log[0] = 0;
}

static void hang_up(side *a, side *b)
{
    assert_int_equal(fsip_call_hangup(a->call), 0);
    pump(a, b);
    assert_null(a->call);
    assert_null(b->call);
}

static void has(const side *me, const char *what)
{
    if (!strstr(me->log, what)) fail_msg("%s: no \"%s\" in \"%s\"", me->name, what, me->log);
}

static void lacks(const side *me, const char *what)
{
    if (strstr(me->log, what)) fail_msg("%s: \"%s\" in \"%s\"", me->name, what, me->log);
}

static void both_stable(const side *a, const side *b)
{
    assert_string_equal(oa(a), "stable");
    assert_string_equal(oa(b), "stable");
}

/* A pair (no reliable 1xx asked for) with a confirmed call: see connect(). */
static void connected(side *a, side *b)
{
    pair(a, b, FSIP_REL1XX_SUPPORTED);
    connect(a, b);
}

/* The callee rings with `status` (and `body`) and holds the INVITE. */
static void ringing(side *b, int status, const char *body)
{
    b->on_incoming = IN_RING;
    b->ring = status;
    b->ring_body = body;
}

/* `me` rejects the requests `mode` is for with `status`. */
static void rejects(side *me, enum in_mode *mode, int status)
{
    *mode = IN_REJECT;
    me->reject = status;
}

static void end_pair(side *a, side *b)
{
    hang_up(a, b);
    pair_free(a, b);
}

/* Bob, who held the INVITE, accepts it (no body: the offer/answer is
 * done): ANSWERED in stable on both sides. */
static void answer_late(side *a, side *b)
{
    assert_int_equal(fsip_call_accept(b->call, NULL, NULL, 0), 0);
    pump(a, b);
    has(a, "ANSWERED 200 stable;");
    has(b, "ANSWERED 0 stable;");
}

/* Alice's re-INVITE, out, is rejected by Bob with 488 (Bob's event
 * `b_saw`): both back to stable (RFC 3261 §14.1, §14.2); then hang-up. */
static void reinvite_failed_end(side *a, side *b, const char *b_saw)
{
    pump(a, b);
    has(b, b_saw);
    has(a, "REINVITE_FAILED 488 stable;");
    both_stable(a, b);
    end_pair(a, b);
}

/* ---- the initial INVITE ------------------------------------------------- */

/* INVITE without an offer rejected: the offer both sides waited for never
 * comes and the early dialog ends (RFC 3261 §13.2.1, §13.2.2.4). */
static void test_late_offer_rejected(void **state)
{
    (void)state;
    side a, b;
    pair(&a, &b, FSIP_REL1XX_SUPPORTED);
    rejects(&b, &b.on_incoming, 486);
    invite(&a, NULL);
    assert_string_equal(oa(&a), "offer_requested");
    assert_true(next_is(&a, "INVITE "));
    assert_string_equal(body_of(&a.q[0]), "");
    pump(&a, &b);
    has(&b, "INCOMING 0 offer_owed;ENDED 0 closed;");
    has(&a, "ENDED 486 closed;");
    assert_int_equal(a.end_why, FSIP_END_REJECTED);
    assert_null(a.call);
    pair_free(&a, &b);
}

/* INVITE without an offer, CANCELled while the callee rings: the callee may
 * not put an offer in an unreliable 1xx (refused), and the 487 rolls both
 * sides to closed (RFC 3261 §9, §13.2.1). */
static void test_late_offer_cancelled(void **state)
{
    (void)state;
    side a, b;
    pair(&a, &b, FSIP_REL1XX_SUPPORTED);
    ringing(&b, 180, boffer); /* an offer in an unreliable 180: refused */
    invite(&a, NULL);
    deliver1(&a);
    assert_int_equal(b.rc_ring, FSIP_EINVAL);
    assert_false(queued(&b, "SIP/2.0 180 "));
    assert_string_equal(oa(&b), "offer_owed");
    assert_int_equal(fsip_call_ring(b.call, 180, NULL, NULL, 0), 0);
    assert_true(queued(&b, "SIP/2.0 180 "));
    pump(&a, &b);
    has(&a, "PROGRESS 180 offer_requested;");
    assert_int_equal(fsip_call_hangup(a.call), 0);
    assert_true(next_is(&a, "CANCEL "));
    pump(&a, &b);
    has(&b, "ENDED 0 closed;");
    has(&a, "ENDED 487 "); /* its state: see pending_oa.c */
    assert_int_equal(a.end_why, FSIP_END_CANCELLED);
    pair_free(&a, &b);
}

/* The late offer's 2xx is never ACKed: after 64*T1 the callee ends the
 * call while its offer is still unanswered (RFC 3261 §13.3.1.4). */
static void test_late_offer_no_ack(void **state)
{
    (void)state;
    side a, b;
    pair(&a, &b, FSIP_REL1XX_SUPPORTED);
    a.answer_in_event = true;
    invite(&a, NULL);
    deliver1(&a); /* INVITE */
    assert_true(queued(&b, "SIP/2.0 200 "));
    assert_string_equal(oa(&b), "local_2xx");
    while (b.nq)
        deliver1(&b);
    assert_string_equal(oa(&a), "stable");
    has(&a, "ANSWERED 200 remote_2xx;");
    /* Every ACK (and later the BYE's responses) lost. */
    for (int i = 0; i < 400 && b.call; i++) {
        while (a.nq)
            drop1(&a);
        tick(&a, &b, 100);
        while (b.nq)
            deliver1(&b);
    }
    assert_null(b.call);
    has(&b, "ENDED 0 closed;");
    assert_int_equal(b.end_why, FSIP_END_NO_ACK);
    assert_int_equal(fsip_ua_stats_get(b.ua)->oa_errors, 0);
    run(&a, &b, 1000);
    assert_null(a.call);
    pair_free(&a, &b);
}

/* An unreliable 183 with the answer, a second one with it again: the first
 * is the answer, the second repeats it and is ignored (RFC 3261 §13.2.1);
 * then the INVITE is rejected and both dialogs end. */
static void test_early_answer_twice_then_rejected(void **state)
{
    (void)state;
    side a, b;
    pair(&a, &b, FSIP_REL1XX_SUPPORTED);
    ringing(&b, 183, answer);
    invite(&a, offer);
    deliver1(&a);
    assert_int_equal(b.rc_ring, 0);
    assert_string_equal(oa(&b), "remote_invite"); /* the 183 may carry it; the 2xx still owes it */
    assert_int_equal(fsip_call_ring(b.call, 183, SDP, B(answer)), 0);
    pump(&a, &b);
    has(&a, "PROGRESS 183 stable;PROGRESS 183 stable;");
    assert_string_equal(oa(&a), "stable");
    assert_int_equal(fsip_call_reject(b.call, 480, NULL), 0);
    pump(&a, &b);
    has(&a, "ENDED 480 "); /* its state: see pending_oa.c */
    has(&b, "ENDED 0 closed;");
    pair_free(&a, &b);
}

/* Reliable 183 with the answer, PRACKed, then another reliable 183 with the
 * same answer: in stable it changes nothing on either side (RFC 3262 §5,
 * RFC 3261 §13.2.1). */
static void test_reliable_answer_repeated(void **state)
{
    (void)state;
    side a, b;
    pair(&a, &b, FSIP_REL1XX_PREFERRED);
    ringing(&b, 183, answer);
    invite(&a, offer);
    deliver1(&a);
    assert_int_equal(b.rc_ring, 0);
    assert_string_equal(oa(&b), "stable");
    pump(&a, &b); /* 183, PRACK, 200 PRACK */
    assert_string_equal(oa(&a), "stable");
    assert_int_equal(fsip_call_ring(b.call, 183, SDP, B(answer)), 0);
    assert_true(queued(&b, "SIP/2.0 183 "));
    assert_non_null(strstr(b.q[b.nq - 1].b, "Require: 100rel"));
    assert_non_null(strstr(body_of(&b.q[b.nq - 1]), "o=b 1 1"));
    pump(&a, &b);
    has(&a, "PROGRESS 183 stable;PROGRESS 183 stable;");
    answer_late(&a, &b);
    end_pair(&a, &b);
}

/* The callee's offer in a reliable 183 (the INVITE had none): until the
 * PRACK brings the answer the callee may send nothing else with a body
 * (refused: RFC 3262 §5, RFC 3261 §13.2.1); the caller answers in the
 * PRACK, then the 2xx goes. */
static void test_offer_in_rel1xx_refusals(void **state)
{
    (void)state;
    side a, b;
    pair(&a, &b, FSIP_REL1XX_PREFERRED);
    ringing(&b, 183, boffer);
    invite(&a, NULL);
    deliver1(&a);
    assert_int_equal(b.rc_ring, 0);
    assert_string_equal(oa(&b), "local_1xx");
    int nq = b.nq;
    assert_int_equal(fsip_call_ring(b.call, 183, SDP, B(boffer)), FSIP_EINVAL);
    assert_int_equal(fsip_call_accept(b.call, SDP, B(boffer)), FSIP_EINVAL);
    assert_int_equal(fsip_call_update(b.call, SDP, B(boffer)), FSIP_EINVAL);
    assert_int_equal(b.nq, nq); /* nothing sent */
    assert_string_equal(oa(&b), "local_1xx");
    a.answer_in_event = true;
    deliver1(&b); /* 100 */
    deliver1(&b); /* 183 with the offer: PROGRESS, answered in the PRACK */
    has(&a, "PROGRESS 183 remote_1xx;");
    assert_string_equal(oa(&a), "stable");
    assert_true(next_is(&a, "PRACK "));
    assert_non_null(strstr(body_of(&a.q[0]), "o=a 2 1"));
    deliver1(&a);
    assert_string_equal(oa(&b), "stable");
    answer_late(&a, &b);
    end_pair(&a, &b);
}

/* The callee's offer in a reliable 183, CANCELled before the PRACK with the
 * answer arrives: both early exchanges end (RFC 3261 §9.2, §13.2.2.4). */
static void test_offer_in_rel1xx_cancelled(void **state)
{
    (void)state;
    side a, b;
    pair(&a, &b, FSIP_REL1XX_PREFERRED);
    ringing(&b, 183, boffer);
    invite(&a, NULL);
    deliver1(&a);
    deliver1(&b);
    deliver1(&b);
    assert_string_equal(oa(&a), "remote_1xx");
    assert_string_equal(oa(&b), "local_1xx");
    drop1(&a); /* the PRACK */
    assert_int_equal(fsip_call_hangup(a.call), 0);
    assert_true(next_is(&a, "CANCEL "));
    assert_string_equal(oa(&a), "remote_1xx");
    deliver1(&a);
    assert_null(b.call);
    has(&b, "ENDED 0 closed;");
    run(&a, &b, 2000);
    has(&a, "ENDED 487 "); /* its state: see pending_oa.c */
    pair_free(&a, &b);
}

/* ---- UPDATE ------------------------------------------------------------- */

/* Our UPDATE offer rejected with 488: both sides roll back to stable
 * (RFC 3311 §5.2, §5.3) and a new offer can go. */
static void test_update_rejected(void **state)
{
    (void)state;
    side a, b;
    connected(&a, &b);
    rejects(&b, &b.on_update, 488);
    assert_int_equal(fsip_call_update(a.call, SDP, B(offer2)), 0);
    assert_string_equal(oa(&a), "local_update");
    assert_true(next_is(&a, "UPDATE "));
    deliver1(&a);
    has(&b, "UPDATE 0 remote_update;");
    assert_string_equal(oa(&b), "stable");
    assert_true(next_is(&b, "SIP/2.0 488 "));
    deliver1(&b);
    has(&a, "UPDATE_FAILED 488 stable;");
    assert_string_equal(oa(&a), "stable");
    /* The session is as before: the next offer goes and is answered. */
    b.on_update = IN_ACCEPT;
    assert_int_equal(fsip_call_update(a.call, SDP, B(offer2)), 0);
    pump(&a, &b);
    has(&a, "UPDATE_DONE 200 stable;");
    assert_string_equal(oa(&b), "stable");
    end_pair(&a, &b);
}

/* Our UPDATE offer goes unanswered: every datagram of it lost, the client
 * transaction times out (Timer F); the offer is withdrawn (RFC 3311 §5.3)
 * and the usage ends (RFC 5057 §5.1). */
static void test_update_timeout(void **state)
{
    (void)state;
    side a, b;
    connected(&a, &b);
    assert_int_equal(fsip_call_update(a.call, SDP, B(offer2)), 0);
    for (int i = 0; i < 400 && !strstr(a.log, "UPDATE_FAILED"); i++) {
        while (a.nq && next_is(&a, "UPDATE "))
            drop1(&a);
        tick(&a, &b, 100);
    }
    has(&a, "UPDATE_FAILED 0 stable;");
    assert_string_equal(b.log, "");
    assert_true(next_is(&a, "BYE ")); /* the usage is over */
    run(&a, &b, 2000);
    has(&a, "ENDED 0 closed;");
    has(&b, "ENDED 0 closed;");
    assert_null(a.call);
    pair_free(&a, &b);
}

/* Hanging up while our UPDATE offer is unanswered: BYE; both offer/answer
 * states close (RFC 3261 §15; RFC 3311 §5). */
static void test_bye_during_update(void **state)
{
    (void)state;
    side a, b;
    connected(&a, &b);
    b.on_update = IN_HOLD;
    assert_int_equal(fsip_call_update(a.call, SDP, B(offer2)), 0);
    deliver1(&a);
    assert_string_equal(oa(&b), "remote_update");
    assert_int_equal(fsip_call_hangup(a.call), 0);
    assert_true(next_is(&a, "BYE "));
    pump(&a, &b);
    has(&a, "ENDED 0 closed;");
    has(&b, "ENDED 0 closed;");
    assert_int_equal(b.end_why, FSIP_END_REMOTE_BYE);
    pair_free(&a, &b);
}

/* ---- re-INVITE ---------------------------------------------------------- */

/* Our re-INVITE offer rejected (488): our offer is withdrawn, the peer's
 * pending one too (RFC 3261 §14.1, §14.2); nothing changes. */
static void test_reinvite_offer_rejected(void **state)
{
    (void)state;
    side a, b;
    connected(&a, &b);
    rejects(&b, &b.on_reinvite, 488);
    assert_int_equal(fsip_call_reinvite(a.call, SDP, B(offer2)), 0);
    assert_string_equal(oa(&a), "local_invite");
    assert_int_equal(fsip_call_update(a.call, SDP, B(offer2)), FSIP_EINVAL);
    assert_int_equal(fsip_call_reinvite(a.call, NULL, NULL, 0), FSIP_EINVAL);
    reinvite_failed_end(&a, &b, "REINVITE 0 remote_invite;");
}

/* Our offerless re-INVITE rejected: the offer we asked for never comes;
 * both sides are back to stable (RFC 3261 §14.1, §14.2). */
static void test_offerless_reinvite_rejected(void **state)
{
    (void)state;
    side a, b;
    connected(&a, &b);
    rejects(&b, &b.on_reinvite, 488);
    assert_int_equal(fsip_call_reinvite(a.call, NULL, NULL, 0), 0);
    assert_string_equal(oa(&a), "offer_requested");
    assert_true(next_is(&a, "INVITE "));
    assert_string_equal(body_of(&a.q[0]), "");
    assert_int_equal(fsip_call_update(a.call, SDP, B(offer2)), FSIP_EINVAL);
    reinvite_failed_end(&a, &b, "REINVITE 0 offer_owed;");
}

/* The peer's offerless re-INVITE, accepted with our offer, answered in the
 * ACK; then one the app leaves waiting while the peer hangs up. */
static void test_offerless_reinvite_then_bye(void **state)
{
    (void)state;
    side a, b;
    connected(&a, &b);
    a.answer_in_event = true;
    assert_int_equal(fsip_call_reinvite(a.call, NULL, NULL, 0), 0);
    pump(&a, &b);
    has(&b, "REINVITE 0 offer_owed;");
    has(&a, "REINVITE_DONE 200 remote_2xx;");
    has(&b, "REINVITE_DONE 0 stable;");
    assert_string_equal(oa(&a), "stable");
    b.on_reinvite = IN_HOLD;
    assert_int_equal(fsip_call_reinvite(a.call, NULL, NULL, 0), 0);
    deliver1(&a);
    assert_string_equal(oa(&b), "offer_owed");
    while (b.nq)
        deliver1(&b); /* 100 */
    assert_string_equal(oa(&a), "offer_requested");
    assert_int_equal(fsip_call_hangup(a.call), 0);
    pump(&a, &b);
    run(&a, &b, 2000);
    assert_null(a.call);
    assert_null(b.call);
    has(&a, "ENDED 0 closed;");
    has(&b, "ENDED 0 closed;");
    pair_free(&a, &b);
}

/* Crossing: Alice's UPDATE offer and Bob's offerless re-INVITE cross. Each
 * has an exchange out: 491 to both (RFC 3311 §5.2, RFC 3261 §14.2), both
 * roll back, and their retries after the back-off complete. */
static void test_update_crosses_offerless_reinvite(void **state)
{
    (void)state;
    side a, b;
    connected(&a, &b);
    b.answer_in_event = true;
    assert_int_equal(fsip_call_update(a.call, SDP, B(offer2)), 0);
    assert_int_equal(fsip_call_reinvite(b.call, NULL, NULL, 0), 0);
    assert_string_equal(oa(&a), "local_update");
    assert_string_equal(oa(&b), "offer_requested");
    assert_true(next_is(&a, "UPDATE "));
    assert_true(next_is(&b, "INVITE "));
    deliver1(&a); /* the UPDATE reaches Bob: his request for an offer is out */
    assert_true(queued(&b, "SIP/2.0 491 "));
    deliver1(&b); /* the re-INVITE reaches Alice: her offer is out */
    assert_true(queued(&a, "SIP/2.0 491 "));
    lacks(&a, "REINVITE 0");
    lacks(&b, "UPDATE 0");
    assert_string_equal(oa(&a), "local_update");
    assert_string_equal(oa(&b), "offer_requested");
    run(&a, &b, 6000);
    has(&a, "UPDATE_DONE 200 stable;");
    has(&b, "REINVITE_DONE 200 remote_2xx;");
    both_stable(&a, &b);
    assert_int_equal(fsip_ua_stats_get(a.ua)->oa_errors + fsip_ua_stats_get(b.ua)->oa_errors, 0);
    end_pair(&a, &b);
}

/* Inside the ANSWERED event of an offerless INVITE the offer in the 2xx
 * awaits the answer our ACK will carry (remote_2xx): the app's UPDATE offer
 * is refused, and so is a body in the 2xx to the peer's bodiless UPDATE
 * (RFC 3261 §13.2.1: no second offer before the answer; RFC 6337 §2.1).
 * Nothing goes on the wire for either. */
static int hook_runs;
static void remote_2xx_hook(side *me, fsip_call *c, fsip_call_event ev, const fsip_msg *m)
{
    (void)m;
    if (ev != FSIP_CALL_EV_ANSWERED) return;
    hook_runs++;
    assert_string_equal(fsip_call_offer_answer_state(c), "remote_2xx");
    int nq = me->nq;
    assert_int_equal(fsip_call_update(c, SDP, B(offer2)), FSIP_EINVAL);
    assert_int_equal(fsip_call_update_respond(c, 200, NULL, SDP, B(aanswer)), FSIP_EINVAL);
    assert_int_equal(me->nq, nq);
    assert_string_equal(fsip_call_offer_answer_state(c), "remote_2xx");
}

static void test_remote_2xx_refusals_in_event(void **state)
{
    (void)state;
    side a, b;
    pair(&a, &b, FSIP_REL1XX_SUPPORTED);
    ringing(&b, 180, NULL);
    a.on_update = IN_HOLD;
    a.answer_in_event = true;
    invite(&a, NULL);
    pump(&a, &b);
    assert_string_equal(oa(&a), "offer_requested");
    assert_string_equal(oa(&b), "offer_owed");
    /* Bob's UPDATE without a body in the early dialog: Alice holds it. */
    assert_int_equal(fsip_call_update(b.call, NULL, NULL, 0), 0);
    pump(&a, &b);
    has(&a, "UPDATE 0 offer_requested;");
    hook_runs = 0;
    a.hook = remote_2xx_hook;
    assert_int_equal(fsip_call_accept(b.call, SDP, B(boffer)), 0);
    pump(&a, &b);
    assert_int_equal(hook_runs, 1);
    a.hook = NULL;
    has(&a, "ANSWERED 200 remote_2xx;");
    has(&b, "ANSWERED 0 stable;");
    both_stable(&a, &b);
    /* The held UPDATE is answered without a body: done on both sides. */
    assert_int_equal(fsip_call_update_respond(a.call, 200, NULL, NULL, NULL, 0), 0);
    pump(&a, &b);
    has(&b, "UPDATE_DONE 200 stable;");
    both_stable(&a, &b);
    end_pair(&a, &b);
}

#ifndef OA_PENDING
int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_late_offer_rejected),
        FSIP_TEST(test_late_offer_cancelled),
        FSIP_TEST(test_late_offer_no_ack),
        FSIP_TEST(test_early_answer_twice_then_rejected),
        FSIP_TEST(test_reliable_answer_repeated),
        FSIP_TEST(test_offer_in_rel1xx_refusals),
        FSIP_TEST(test_offer_in_rel1xx_cancelled),
        FSIP_TEST(test_update_rejected),
        FSIP_TEST(test_update_timeout),
        FSIP_TEST(test_bye_during_update),
        FSIP_TEST(test_reinvite_offer_rejected),
        FSIP_TEST(test_offerless_reinvite_rejected),
        FSIP_TEST(test_offerless_reinvite_then_bye),
        FSIP_TEST(test_update_crosses_offerless_reinvite),
        FSIP_TEST(test_remote_2xx_refusals_in_event),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
#endif
