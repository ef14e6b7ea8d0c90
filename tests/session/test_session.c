/* Two user agents back to back on a virtual clock (their stacks' send
 * callbacks queue datagrams for the other): offer/answer across INVITE,
 * ACK, UPDATE and re-INVITE (fsm/offer_answer.fsm), UPDATE (RFC 3311) and
 * reliable provisional responses (RFC 3262) end to end. Delivery is under
 * the test's control, so crossing requests are exact. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fsip/call.h"
#include "rowcov.h"
#include "testalloc.h"
#include "testsip.h"

#define QMAX 32
#define DMAX 4096

static const char offer[] = "v=0\r\no=a 1 1 IN IP4 127.0.0.1\r\n";
static const char answer[] = "v=0\r\no=b 1 1 IN IP4 127.0.0.1\r\n";
static const char offer2[] = "v=0\r\no=a 1 2 IN IP4 127.0.0.1\r\n";

typedef struct side side;
typedef struct dgram {
    char b[DMAX];
    size_t n;
} dgram;

struct side {
    const char *name;
    fsip_stack *s;
    fsip_ua *ua;
    fsip_call *call;
    side *peer;
    fsip_netaddr addr;
    dgram q[QMAX]; /* sent by this side, not delivered yet */
    int nq;
    char log[1024]; /* "EVENT status;" ... */
    bool accept_update, late_answer, ring183;
    bool ring_offer;      /* callee: the offer in a reliable 183, the 2xx without a body */
    bool ring_only;       /* callee: ring (ring183), do not accept */
    bool answer_in_event; /* caller: answer offers in PROGRESS / REINVITE_DONE */
    int ev_update_failed;
};

static uint64_t now = 1000;
static uint32_t se_cfg; /* session_expires_s of the next pair (0: off) */
static bool refresh_by_update = true;

static int on_send(const fsip_flow *f, const void *d, size_t n, void *arg)
{
    side *me = arg;
    (void)f;
    assert_true(me->nq < QMAX && n < DMAX);
    memcpy(me->q[me->nq].b, d, n);
    me->q[me->nq++].n = n;
    return 0;
}

/* Delivers the oldest datagram sent by `from` (false when none). */
static bool deliver1(side *from)
{
    if (!from->nq) return false;
    dgram d = from->q[0];
    memmove(&from->q[0], &from->q[1], (size_t)(from->nq - 1) * sizeof(dgram));
    from->nq--;
    fsip_flow in = {FSIP_TRANSPORT_UDP, from->peer->addr, from->addr, 0};
    assert_int_equal(fsip_stack_recv(from->peer->s, &in, d.b, d.n, now), 0);
    return true;
}

static void pump(side *a, side *b)
{
    for (int i = 0; i < 200 && (a->nq || b->nq); i++) {
        deliver1(a);
        deliver1(b);
    }
}

/* The first line of the next datagram `from` will deliver. */
static bool next_is(const side *from, const char *start)
{
    return from->nq && strncmp(from->q[0].b, start, strlen(start)) == 0;
}

static void on_call(fsip_call *c, fsip_call_event ev, const fsip_msg *m, void *arg)
{
    side *me = arg;
    me->call = ev == FSIP_CALL_EV_ENDED ? NULL : c;
    char e[64];
    snprintf(e, sizeof e, "%s %d;", fsip_call_event_name(ev),
             m && !fsip_msg_is_request(m) ? fsip_msg_status(m) : 0);
    strncat(me->log, e, sizeof me->log - strlen(me->log) - 1);
    if (ev == FSIP_CALL_EV_INCOMING) {
        bool has_offer = fsip_msg_body(m).len > 0;
        if (me->ring_offer) {
            assert_int_equal(fsip_call_ring(c, 183, "application/sdp", offer, sizeof offer - 1), 0);
            assert_int_equal(fsip_call_accept(c, NULL, NULL, 0), 0);
            return;
        }
        if (me->ring183) /* early media: the answer in a (reliable) 183 */
            assert_int_equal(fsip_call_ring(c, 183, "application/sdp", answer, sizeof answer - 1),
                             0);
        if (me->ring_only) return;
        /* A late offer: our 2xx carries the offer. */
        assert_int_equal(fsip_call_accept(c, "application/sdp", has_offer ? answer : offer,
                                          has_offer ? sizeof answer - 1 : sizeof offer - 1),
                         0);
    }
    if (ev == FSIP_CALL_EV_ANSWERED && me->late_answer)
        assert_int_equal(fsip_call_set_ack_body(c, "application/sdp", answer, sizeof answer - 1),
                         0);
    if (ev == FSIP_CALL_EV_UPDATE && me->accept_update)
        assert_int_equal(
            fsip_call_update_respond(c, 200, NULL, "application/sdp", answer, sizeof answer - 1),
            0);
    if (ev == FSIP_CALL_EV_REINVITE)
        assert_int_equal(
            fsip_call_accept(c, "application/sdp", fsip_msg_body(m).len ? answer : offer2,
                             fsip_msg_body(m).len ? sizeof answer - 1 : sizeof offer2 - 1),
            0);
    if (ev == FSIP_CALL_EV_UPDATE_FAILED) me->ev_update_failed++;
    if ((ev == FSIP_CALL_EV_PROGRESS || ev == FSIP_CALL_EV_REINVITE_DONE) && me->answer_in_event &&
        m && fsip_msg_body(m).len) {
        assert_true(strncmp(fsip_call_offer_answer_state(c), "remote_", 7) == 0);
        assert_int_equal(fsip_call_set_answer(c, "application/sdp", answer, sizeof answer - 1), 0);
    }
    if (ev == FSIP_CALL_EV_REINVITE && !fsip_msg_body(m).len) {
        /* An offerless re-INVITE: our offer goes in the 2xx (handled above
         * by the generic accept with `answer` as body). */
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
    ucfg.session_expires_s = se_cfg;
    ucfg.refresh_by_update = refresh_by_update;
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
    for (int i = 0; i < 200; i++) { /* let every transaction end (Timer K/J/L/M) */
        now += 1000;
        fsip_stack_tick(a->s, now);
        fsip_stack_tick(b->s, now);
        pump(a, b);
    }
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
    p.content_type = body ? "application/sdp" : NULL;
    p.body = body;
    p.body_len = body ? strlen(body) : 0;
    fsip_call *c = NULL;
    assert_int_equal(fsip_call_invite(a->ua, &p, &c), 0);
    return c;
}

static void hang_up(side *a, side *b)
{
    assert_int_equal(fsip_call_hangup(a->call), 0);
    pump(a, b);
}

/* Offer in the INVITE, answer in the 2xx (RFC 3261 §13.2.1). */
static void test_offer_in_invite(void **state)
{
    (void)state;
    side a, b;
    pair(&a, &b, FSIP_REL1XX_SUPPORTED);
    fsip_call *c = invite(&a, offer);
    assert_string_equal(fsip_call_offer_answer_state(c), "local_invite");
    pump(&a, &b);
    assert_string_equal(fsip_call_offer_answer_state(a.call), "stable");
    assert_string_equal(fsip_call_offer_answer_state(b.call), "stable");
    hang_up(&a, &b);
    pair_free(&a, &b);
}

/* A late offer: INVITE without a body, offer in the 2xx, answer in the ACK
 * (RFC 3261 §13.2.1). */
static void test_late_offer(void **state)
{
    (void)state;
    side a, b;
    pair(&a, &b, FSIP_REL1XX_SUPPORTED);
    a.late_answer = true;
    fsip_call *c = invite(&a, NULL);
    assert_string_equal(fsip_call_offer_answer_state(c), "offer_requested");
    pump(&a, &b);
    assert_string_equal(fsip_call_offer_answer_state(a.call), "stable");
    assert_string_equal(fsip_call_offer_answer_state(b.call), "stable");
    assert_int_equal(fsip_ua_stats_get(b.ua)->oa_errors, 0);
    hang_up(&a, &b);
    pair_free(&a, &b);
}

/* The late offer's ACK comes without the answer it owes: a protocol error
 * (RFC 3261 §13.2.1); the callee hangs up. */
static void test_late_offer_missing_answer(void **state)
{
    (void)state;
    side a, b;
    pair(&a, &b, FSIP_REL1XX_SUPPORTED);
    invite(&a, NULL); /* a.late_answer false: the ACK has no body */
    pump(&a, &b);
    assert_int_equal(fsip_ua_stats_get(b.ua)->oa_errors, 1);
    assert_non_null(strstr(b.log, "ENDED 0;"));
    assert_null(b.call);
    pair_free(&a, &b);
}

/* UPDATE with an offer in the confirmed dialog, answered (RFC 3311 §5). */
static void test_update_offer(void **state)
{
    (void)state;
    side a, b;
    pair(&a, &b, FSIP_REL1XX_SUPPORTED);
    b.accept_update = true;
    invite(&a, offer);
    pump(&a, &b);
    assert_int_equal(fsip_call_update(a.call, "application/sdp", offer2, sizeof offer2 - 1), 0);
    assert_string_equal(fsip_call_offer_answer_state(a.call), "local_update");
    /* One exchange at a time (RFC 3311 §5.1): no second offer. */
    assert_int_equal(fsip_call_reinvite(a.call, "application/sdp", offer2, sizeof offer2 - 1),
                     FSIP_EINVAL);
    pump(&a, &b);
    assert_non_null(strstr(a.log, "UPDATE_DONE 200;"));
    assert_string_equal(fsip_call_offer_answer_state(a.call), "stable");
    assert_string_equal(fsip_call_offer_answer_state(b.call), "stable");
    hang_up(&a, &b);
    pair_free(&a, &b);
}

/* Crossing offers: Bob's UPDATE arrives while Alice's re-INVITE offer is
 * unanswered: 491 (RFC 3311 §5.2), before Bob's UPDATE reaches the app;
 * Alice's re-INVITE completes and Bob's UPDATE is retried later. */
static void test_crossing_update_491(void **state)
{
    (void)state;
    side a, b;
    pair(&a, &b, FSIP_REL1XX_SUPPORTED);
    a.accept_update = b.accept_update = true;
    invite(&a, offer);
    pump(&a, &b);
    assert_int_equal(fsip_call_reinvite(a.call, "application/sdp", offer2, sizeof offer2 - 1), 0);
    assert_int_equal(fsip_call_update(b.call, "application/sdp", offer2, sizeof offer2 - 1), 0);
    assert_true(next_is(&b, "UPDATE "));
    deliver1(&b);              /* Alice gets the UPDATE first: she has an offer out */
    assert_int_equal(a.nq, 2); /* her re-INVITE (not delivered yet), then the 491 */
    assert_true(next_is(&a, "INVITE "));
    assert_int_equal(strncmp(a.q[1].b, "SIP/2.0 491 ", 12), 0);
    assert_null(strstr(a.log, "UPDATE 0;")); /* never shown to the app */
    /* Bob still has his offer out when the re-INVITE lands: 491 too. Both
     * retry after their back-off (RFC 3261 §14.1, RFC 3311 §5.3): Bob (0-2 s,
     * he does not own the Call-ID) first, then Alice (2.1-4 s). */
    for (int i = 0; i < 60; i++) {
        pump(&a, &b);
        now += 100;
        fsip_stack_tick(a.s, now);
        fsip_stack_tick(b.s, now);
    }
    pump(&a, &b);
    assert_non_null(strstr(a.log, "REINVITE_DONE 200;"));
    assert_non_null(strstr(b.log, "UPDATE_DONE 200;"));
    assert_string_equal(fsip_call_offer_answer_state(a.call), "stable");
    assert_string_equal(fsip_call_offer_answer_state(b.call), "stable");
    hang_up(&a, &b);
    pair_free(&a, &b);
}

/* PRACK: Bob prefers 100rel, Alice supports it: a reliable 183 with the
 * answer, PRACKed, then the 2xx (RFC 3262 §3, §4, §5). */
static void test_prack_early_answer(void **state)
{
    (void)state;
    side a, b;
    pair(&a, &b, FSIP_REL1XX_PREFERRED);
    b.ring183 = true;
    invite(&a, offer);
    deliver1(&a); /* INVITE: Bob sends 100, the reliable 183 with the answer,
                     and holds his 2xx until the PRACK (RFC 3262 §3) */
    assert_int_equal(b.nq, 2);
    assert_true(next_is(&b, "SIP/2.0 100 "));
    assert_int_equal(strncmp(b.q[1].b, "SIP/2.0 183 ", 12), 0);
    assert_non_null(strstr(b.q[1].b, "RSeq: "));
    assert_non_null(strstr(b.q[1].b, "Require: 100rel"));
    deliver1(&b);
    deliver1(&b); /* the 183: Alice PRACKs it */
    assert_true(next_is(&a, "PRACK "));
    assert_non_null(strstr(a.q[0].b, "RAck: "));
    assert_string_equal(fsip_call_offer_answer_state(a.call), "stable"); /* answer in the 183 */
    pump(&a, &b);
    assert_non_null(strstr(a.log, "PROGRESS 183;ANSWERED 200;"));
    assert_non_null(strstr(b.log, "ANSWERED 0;"));
    hang_up(&a, &b);
    pair_free(&a, &b);
}

/* Drops the oldest datagram `from` would deliver. */
static void drop1(side *from)
{
    assert_true(from->nq > 0);
    memmove(&from->q[0], &from->q[1], (size_t)(from->nq - 1) * sizeof(dgram));
    from->nq--;
}

/* PRACK loss (RFC 3262 §3, §4): the 183 goes unacknowledged, so Bob
 * retransmits it at T1 and holds the 2xx; the retransmitted 183 is not
 * PRACKed again (§4), the PRACK's own transaction resends it (Timer E);
 * once it arrives the 2xx goes. */
static void test_prack_lost(void **state)
{
    (void)state;
    side a, b;
    pair(&a, &b, FSIP_REL1XX_PREFERRED);
    b.ring183 = true;
    invite(&a, offer);
    deliver1(&a); /* INVITE */
    deliver1(&b); /* 100 */
    deliver1(&b); /* 183 */
    assert_true(next_is(&a, "PRACK "));
    drop1(&a);                 /* lost */
    assert_int_equal(b.nq, 0); /* the 2xx waits for the PRACK */
    now += 500;                /* T1 */
    fsip_stack_tick(a.s, now);
    fsip_stack_tick(b.s, now);
    assert_true(next_is(&b, "SIP/2.0 183 ")); /* Bob retransmits the 183 */
    assert_true(next_is(&a, "PRACK "));       /* Alice's PRACK transaction resends */
    deliver1(&b);                             /* the 183 again: discarded, no new PRACK */
    assert_int_equal(a.nq, 1);
    pump(&a, &b);
    assert_non_null(strstr(a.log, "ANSWERED 200;"));
    assert_non_null(strstr(b.log, "ANSWERED 0;"));
    hang_up(&a, &b);
    pair_free(&a, &b);
}

/* INVITE without an offer; the callee's offer in a reliable 183; the
 * caller's answer in the PRACK (RFC 3262 §5), given in PROGRESS. */
static void test_offer_in_reliable_1xx(void **state)
{
    (void)state;
    side a, b;
    pair(&a, &b, FSIP_REL1XX_PREFERRED);
    b.ring_offer = true;
    a.answer_in_event = true;
    invite(&a, NULL);
    deliver1(&a); /* INVITE */
    deliver1(&b); /* 100 */
    deliver1(&b); /* the 183 with the offer */
    assert_true(next_is(&a, "PRACK "));
    assert_non_null(strstr(a.q[0].b, "Content-Type: application/sdp"));
    assert_non_null(strstr(a.q[0].b, "o=b 1 1")); /* our answer */
    pump(&a, &b);
    assert_non_null(strstr(a.log, "PROGRESS 183;ANSWERED 200;"));
    assert_string_equal(fsip_call_offer_answer_state(a.call), "stable");
    assert_string_equal(fsip_call_offer_answer_state(b.call), "stable");
    assert_int_equal(fsip_ua_stats_get(a.ua)->oa_errors + fsip_ua_stats_get(b.ua)->oa_errors, 0);
    hang_up(&a, &b);
    pair_free(&a, &b);
}

/* A re-INVITE without an offer: the offer in its 2xx, the answer in the
 * ACK (RFC 3261 §14.1, §13.2.1), given in REINVITE_DONE. */
static void test_offerless_reinvite(void **state)
{
    (void)state;
    side a, b;
    pair(&a, &b, FSIP_REL1XX_SUPPORTED);
    a.answer_in_event = true;
    invite(&a, offer);
    pump(&a, &b);
    assert_int_equal(fsip_call_reinvite(a.call, NULL, NULL, 0), 0);
    assert_string_equal(fsip_call_offer_answer_state(a.call), "offer_requested");
    deliver1(&a); /* the re-INVITE */
    deliver1(&b); /* 100 */
    deliver1(&b); /* 200 with Bob's offer */
    assert_true(next_is(&a, "ACK "));
    assert_non_null(strstr(a.q[0].b, "o=b 1 1")); /* the answer rides on the ACK */
    pump(&a, &b);
    assert_non_null(strstr(a.log, "REINVITE_DONE 200;"));
    assert_string_equal(fsip_call_offer_answer_state(a.call), "stable");
    assert_string_equal(fsip_call_offer_answer_state(b.call), "stable");
    assert_int_equal(fsip_ua_stats_get(b.ua)->oa_errors, 0);
    hang_up(&a, &b);
    pair_free(&a, &b);
}

/* A 1xx from another fork: a copy of `in` whose To tag is `tag`, as a
 * 180 without a body. */
static size_t fork_180(const char *in, size_t n, const char *tag, char *out, size_t cap)
{
    char buf[DMAX];
    assert_true(n < sizeof buf);
    memcpy(buf, in, n);
    buf[n] = 0;
    char *hdrs = strstr(buf, "\r\n");
    char *end = strstr(buf, "\r\n\r\n");
    assert_non_null(hdrs);
    assert_non_null(end);
    end[2] = 0; /* headers, last CRLF kept */
    size_t o = (size_t)snprintf(out, cap, "SIP/2.0 180 Ringing");
    for (char *l = hdrs + 2; *l;) {
        char *e = strstr(l, "\r\n");
        size_t ll = (size_t)(e - l);
        if (strncmp(l, "To:", 3) == 0) {
            char *t = strstr(l, ";tag=");
            assert_true(t && t < e);
            o += (size_t)snprintf(out + o, cap - o, "\r\n%.*s;tag=%s", (int)(t - l), l, tag);
        } else if (strncmp(l, "Content-", 8) != 0 && strncmp(l, "Require:", 8) != 0 &&
                   strncmp(l, "RSeq:", 5) != 0) {
            o += (size_t)snprintf(out + o, cap - o, "\r\n%.*s", (int)ll, l);
        }
        l = e + 2;
    }
    o += (size_t)snprintf(out + o, cap - o, "\r\nContent-Length: 0\r\n\r\n");
    return o;
}

/* Forking: each early dialog has its own offer/answer state (RFC 6337 §2).
 * Fork A's 183 carries the answer (A: stable); fork B's 180 has none (B:
 * still local_invite); the state shown is the last fork heard from. */
static void test_fork_offer_answer(void **state)
{
    (void)state;
    side a, b;
    pair(&a, &b, FSIP_REL1XX_SUPPORTED);
    b.ring183 = true; /* unreliable 183 with the answer (Alice does not require 100rel) */
    invite(&a, offer);
    deliver1(&a); /* INVITE */
    deliver1(&b); /* 100 */
    assert_true(next_is(&b, "SIP/2.0 183 "));
    dgram a183 = b.q[0];
    deliver1(&b); /* fork A's 183: its dialog is stable */
    assert_non_null(a.call);
    assert_string_equal(fsip_call_offer_answer_state(a.call), "stable");
    char f[DMAX];
    size_t fn = fork_180(a183.b, a183.n, "forkB", f, sizeof f);
    fsip_flow in = {FSIP_TRANSPORT_UDP, b.addr, a.addr, 0};
    assert_int_equal(fsip_stack_recv(a.s, &in, f, fn, now), 0);
    assert_int_equal(fsip_call_early_dialogs(a.call), 2);
    assert_string_equal(fsip_call_offer_answer_state(a.call), "local_invite"); /* fork B */
    pump(&a, &b); /* fork A's 200 picks dialog A */
    assert_non_null(strstr(a.log, "ANSWERED 200;"));
    assert_string_equal(fsip_call_offer_answer_state(a.call), "stable");
    hang_up(&a, &b);
    pair_free(&a, &b);
}

/* The caller's UPDATE in the early dialog (RFC 3311 §5.1): after the
 * reliable 183 with the answer is PRACKed, a new offer goes in an UPDATE,
 * answered in its 2xx, before the callee answers the INVITE. */
static void test_caller_early_update(void **state)
{
    (void)state;
    side a, b;
    pair(&a, &b, FSIP_REL1XX_PREFERRED);
    b.ring183 = b.ring_only = b.accept_update = true;
    invite(&a, offer);
    /* Not before the callee rang: no early dialog yet. */
    assert_int_equal(fsip_call_update(a.call, "application/sdp", offer2, sizeof offer2 - 1),
                     FSIP_EINVAL);
    pump(&a, &b); /* INVITE, 100, 183 (reliable, the answer), PRACK, 200 */
    assert_string_equal(fsip_call_offer_answer_state(a.call), "stable");
    assert_int_equal(fsip_call_update(a.call, "application/sdp", offer2, sizeof offer2 - 1), 0);
    assert_true(next_is(&a, "UPDATE "));
    assert_string_equal(fsip_call_offer_answer_state(a.call), "local_update");
    pump(&a, &b);
    assert_non_null(strstr(a.log, "UPDATE_DONE 200;"));
    assert_non_null(strstr(b.log, "UPDATE 0;"));
    assert_string_equal(fsip_call_offer_answer_state(a.call), "stable");
    assert_string_equal(fsip_call_offer_answer_state(b.call), "stable");
    assert_int_equal(fsip_call_accept(b.call, NULL, NULL, 0), 0);
    pump(&a, &b);
    assert_non_null(strstr(a.log, "ANSWERED 200;"));
    hang_up(&a, &b);
    pair_free(&a, &b);
}

/* Advances both clocks by `ms` in 100 ms steps, delivering everything. */
static void run_for(side *a, side *b, uint64_t ms)
{
    for (uint64_t t = 0; t < ms; t += 100) {
        now += 100;
        fsip_stack_tick(a->s, now);
        fsip_stack_tick(b->s, now);
        pump(a, b);
    }
}

/* RFC 4028 §10 session refresh between two fsip agents with a 90 s
 * interval: the caller refreshes (refresher=uac) at 45 s with an UPDATE
 * without a body when the peer allows UPDATE, else with a re-INVITE; the
 * session outlives several intervals and nobody's expiry BYE goes. */
static void refresh_case(bool by_update)
{
    side a, b;
    se_cfg = 90;
    refresh_by_update = by_update;
    pair(&a, &b, FSIP_REL1XX_SUPPORTED);
    se_cfg = 0;
    refresh_by_update = true;
    invite(&a, offer);
    pump(&a, &b);
    assert_non_null(a.call);
    assert_int_equal(fsip_call_session_expires(a.call), 90);
    assert_true(fsip_call_is_refresher(a.call));
    assert_false(fsip_call_is_refresher(b.call));
    run_for(&a, &b, 44900);
    assert_int_equal(a.nq, 0);
    now += 100; /* 45 s after the ACK: the refresh goes */
    fsip_stack_tick(a.s, now);
    assert_true(next_is(&a, by_update ? "UPDATE " : "INVITE "));
    assert_non_null(memmem(a.q[0].b, a.q[0].n, "Session-Expires: 90;refresher=uac", 33));
    /* The UPDATE has no body; the re-INVITE repeats the session description. */
    assert_int_equal(memmem(a.q[0].b, a.q[0].n, "Content-Type", 12) != NULL, !by_update);
    pump(&a, &b);
    run_for(&a, &b, 4 * 90000); /* four more intervals, refreshed each half */
    assert_non_null(a.call);
    assert_non_null(b.call);
    assert_null(strstr(a.log, "ENDED"));
    assert_null(strstr(b.log, "ENDED"));
    /* A bare refresh UPDATE is answered by fsip, not shown to the app. */
    assert_null(strstr(b.log, "UPDATE 0;"));
    assert_string_equal(fsip_call_machine_state(a.call), "confirmed");
    assert_string_equal(fsip_call_machine_state(b.call), "confirmed");
    assert_string_equal(fsip_call_offer_answer_state(a.call), "stable");
    hang_up(&a, &b);
    pair_free(&a, &b);
}

static void test_refresh_by_update(void **state)
{
    (void)state;
    refresh_case(true);
}

static void test_refresh_by_reinvite(void **state)
{
    (void)state;
    refresh_case(false);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_offer_in_invite),
        FSIP_TEST(test_late_offer),
        FSIP_TEST(test_late_offer_missing_answer),
        FSIP_TEST(test_update_offer),
        FSIP_TEST(test_crossing_update_491),
        FSIP_TEST(test_prack_early_answer),
        FSIP_TEST(test_prack_lost),
        FSIP_TEST(test_offer_in_reliable_1xx),
        FSIP_TEST(test_offerless_reinvite),
        FSIP_TEST(test_fork_offer_answer),
        FSIP_TEST(test_caller_early_update),
        FSIP_TEST(test_refresh_by_update),
        FSIP_TEST(test_refresh_by_reinvite),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
