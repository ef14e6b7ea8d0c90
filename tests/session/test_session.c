/* Two user agents back to back on a virtual clock (their stacks' send
 * callbacks queue datagrams for the other): offer/answer across INVITE,
 * ACK, UPDATE and re-INVITE (fsm/offer_answer.fsm), UPDATE (RFC 3311) and
 * reliable provisional responses (RFC 3262) end to end. Delivery is under
 * the test's control, so crossing requests are exact. */
#include <stdio.h>
#include <string.h>

#include "pair.h"

/* This file's application (side.app_flags; without any: answer an offer,
 * or make one, in the 2xx of an INVITE or re-INVITE, and hold an UPDATE). */
enum {
    ACCEPT_UPDATE = 1 << 0,   /* answer an UPDATE's offer in its 200 */
    LATE_ANSWER = 1 << 1,     /* caller: the answer in the ACK (set_ack_body) */
    RING183 = 1 << 2,         /* callee: the answer in a 183 first (early media) */
    RING_OFFER = 1 << 3,      /* callee: the offer in a reliable 183, the 2xx without a body */
    RING_ONLY = 1 << 4,       /* callee: ring (RING183), do not accept */
    ANSWER_IN_EVENT = 1 << 5, /* caller: answer offers in PROGRESS / REINVITE_DONE */
    PRACK_OFFER = 1 << 6,     /* caller: offer2 in the PRACK of a reliable 1xx (stable);
                                 callee: answer a PRACK offer with aanswer */
};

static void session_app(side *me, fsip_call *c, fsip_call_event ev, const fsip_msg *m)
{
    unsigned f = me->app_flags;
    if (ev == FSIP_CALL_EV_INCOMING) {
        bool has_offer = fsip_msg_body(m).len > 0;
        if (f & RING_OFFER) {
            assert_int_equal(fsip_call_ring(c, 183, SDP, B(offer)), 0);
            assert_int_equal(fsip_call_accept(c, NULL, NULL, 0), 0);
            return;
        }
        if (f & RING183) /* early media: the answer in a (reliable) 183 */
            assert_int_equal(fsip_call_ring(c, 183, SDP, B(answer)), 0);
        if (f & RING_ONLY) return;
        /* A late offer: our 2xx carries the offer. */
        assert_int_equal(fsip_call_accept(c, SDP, has_offer ? answer : offer,
                                          has_offer ? sizeof answer - 1 : sizeof offer - 1),
                         0);
    }
    if (ev == FSIP_CALL_EV_ANSWERED && (f & LATE_ANSWER))
        assert_int_equal(fsip_call_set_ack_body(c, SDP, B(answer)), 0);
    if (ev == FSIP_CALL_EV_UPDATE && (f & ACCEPT_UPDATE))
        assert_int_equal(fsip_call_update_respond(c, 200, NULL, SDP, B(answer)), 0);
    if (ev == FSIP_CALL_EV_REINVITE) /* an offerless one: our offer in the 2xx */
        assert_int_equal(
            fsip_call_accept(c, SDP, fsip_msg_body(m).len ? answer : offer2,
                             fsip_msg_body(m).len ? sizeof answer - 1 : sizeof offer2 - 1),
            0);
    /* A provisional response means an early call, also while the
     * PROGRESS of a reliable 1xx runs ahead of its row (before its PRACK). */
    if (ev == FSIP_CALL_EV_PROGRESS) assert_int_equal(fsip_call_get_state(c), FSIP_CALL_EARLY);
    if (ev == FSIP_CALL_EV_PROGRESS && (f & PRACK_OFFER))
        assert_int_equal(fsip_call_prack_offer(c, SDP, B(offer2)), 0);
    if (ev == FSIP_CALL_EV_PRACK_OFFER && (f & PRACK_OFFER))
        assert_int_equal(fsip_call_update_respond(c, 200, NULL, SDP, B(aanswer)), 0);
    if ((ev == FSIP_CALL_EV_PROGRESS || ev == FSIP_CALL_EV_REINVITE_DONE) &&
        (f & ANSWER_IN_EVENT) && m && fsip_msg_body(m).len) {
        assert_true(strncmp(fsip_call_offer_answer_state(c), "remote_", 7) == 0);
        assert_int_equal(fsip_call_set_answer(c, SDP, B(answer)), 0);
    }
}

/* Alice and Bob (`rel_b`) with this file's application. */
static void ua_pair(side *a, side *b, fsip_rel1xx rel_b)
{
    pair(a, b, rel_b);
    a->app = b->app = session_app;
}

/* Offer in the INVITE, answer in the 2xx (RFC 3261 §13.2.1). */
static void test_offer_in_invite(void **state)
{
    (void)state;
    side a, b;
    ua_pair(&a, &b, FSIP_REL1XX_SUPPORTED);
    fsip_call *c = invite(&a, offer);
    assert_string_equal(fsip_call_offer_answer_state(c), "local_invite");
    pump(&a, &b);
    both_stable(&a, &b);
    end_pair(&a, &b);
}

/* A late offer: INVITE without a body, offer in the 2xx, answer in the ACK
 * (RFC 3261 §13.2.1). */
static void test_late_offer(void **state)
{
    (void)state;
    side a, b;
    ua_pair(&a, &b, FSIP_REL1XX_SUPPORTED);
    a.app_flags = LATE_ANSWER;
    fsip_call *c = invite(&a, NULL);
    assert_string_equal(fsip_call_offer_answer_state(c), "offer_requested");
    pump(&a, &b);
    both_stable(&a, &b);
    assert_int_equal(fsip_ua_stats_get(b.ua)->oa_errors, 0);
    end_pair(&a, &b);
}

/* The late offer's ACK comes without the answer it owes: a protocol error
 * (RFC 3261 §13.2.1); the callee hangs up. */
static void test_late_offer_missing_answer(void **state)
{
    (void)state;
    side a, b;
    ua_pair(&a, &b, FSIP_REL1XX_SUPPORTED);
    invite(&a, NULL); /* no LATE_ANSWER: the ACK has no body */
    pump(&a, &b);
    assert_int_equal(fsip_ua_stats_get(b.ua)->oa_errors, 1);
    has(&b, "ENDED 0 ");
    assert_null(b.call);
    pair_free(&a, &b);
}

/* UPDATE with an offer in the confirmed dialog, answered (RFC 3311 §5). */
static void test_update_offer(void **state)
{
    (void)state;
    side a, b;
    ua_pair(&a, &b, FSIP_REL1XX_SUPPORTED);
    b.app_flags = ACCEPT_UPDATE;
    invite(&a, offer);
    pump(&a, &b);
    assert_int_equal(fsip_call_update(a.call, "application/sdp", offer2, sizeof offer2 - 1), 0);
    assert_string_equal(oa(&a), "local_update");
    /* One exchange at a time (RFC 3311 §5.1): no second offer. */
    assert_int_equal(fsip_call_reinvite(a.call, "application/sdp", offer2, sizeof offer2 - 1),
                     FSIP_EINVAL);
    pump(&a, &b);
    has(&a, "UPDATE_DONE 200 ");
    both_stable(&a, &b);
    end_pair(&a, &b);
}

/* Crossing offers: Bob's UPDATE arrives while Alice's re-INVITE offer is
 * unanswered: 491 (RFC 3311 §5.2), before Bob's UPDATE reaches the app;
 * Alice's re-INVITE completes and Bob's UPDATE is retried later. */
static void test_crossing_update_491(void **state)
{
    (void)state;
    side a, b;
    ua_pair(&a, &b, FSIP_REL1XX_SUPPORTED);
    a.app_flags = b.app_flags = ACCEPT_UPDATE;
    invite(&a, offer);
    pump(&a, &b);
    assert_int_equal(fsip_call_reinvite(a.call, "application/sdp", offer2, sizeof offer2 - 1), 0);
    assert_int_equal(fsip_call_update(b.call, "application/sdp", offer2, sizeof offer2 - 1), 0);
    assert_true(next_is(&b, "UPDATE "));
    deliver1(&b);              /* Alice gets the UPDATE first: she has an offer out */
    assert_int_equal(a.nq, 2); /* her re-INVITE (not delivered yet), then the 491 */
    assert_true(next_is(&a, "INVITE "));
    assert_int_equal(strncmp(a.q[1].b, "SIP/2.0 491 ", 12), 0);
    lacks(&a, "UPDATE 0 "); /* never shown to the app */
    /* Bob still has his offer out when the re-INVITE lands: 491 too. Both
     * retry after their back-off (RFC 3261 §14.1, RFC 3311 §5.3): Bob (0-2 s,
     * he does not own the Call-ID) first, then Alice (2.1-4 s). */
    run(&a, &b, 6000);
    has(&a, "REINVITE_DONE 200 ");
    has(&b, "UPDATE_DONE 200 ");
    both_stable(&a, &b);
    end_pair(&a, &b);
}

/* PRACK: Bob prefers 100rel, Alice supports it: a reliable 183 with the
 * answer, PRACKed, then the 2xx (RFC 3262 §3, §4, §5). */
static void test_prack_early_answer(void **state)
{
    (void)state;
    side a, b;
    ua_pair(&a, &b, FSIP_REL1XX_PREFERRED);
    b.app_flags = RING183;
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
    assert_string_equal(oa(&a), "stable"); /* answer in the 183 */
    pump(&a, &b);
    has(&a, "PROGRESS 183 stable;ANSWERED 200 ");
    has(&b, "ANSWERED 0 ");
    end_pair(&a, &b);
}

/* RFC 3262 §5 end to end: the answer in Bob's reliable 183; Alice's
 * PRACK carries a new offer (fsip_call_prack_offer in PROGRESS), Bob's
 * application answers it (PRACK_OFFER, fsip_call_update_respond) in the
 * PRACK's 200, which Alice reports as UPDATE_DONE. The PRACK acknowledges
 * the 183 at once, so Bob's 2xx to the INVITE, held for it (RFC 3262 §3),
 * goes too, with the INVITE's answer from the 183. */
static void test_prack_offer(void **state)
{
    (void)state;
    side a, b;
    ua_pair(&a, &b, FSIP_REL1XX_PREFERRED);
    b.app_flags = RING183 | PRACK_OFFER;
    a.app_flags = PRACK_OFFER;
    invite(&a, offer);
    deliver1(&a); /* INVITE */
    deliver1(&b); /* 100 */
    deliver1(&b); /* the 183 with the answer: Alice's PRACK offers offer2 */
    assert_true(next_is(&a, "PRACK "));
    assert_non_null(strstr(a.q[0].b, "o=a 1 2"));
    assert_string_equal(oa(&a), "local_prack");
    deliver1(&a); /* the PRACK */
    const char *ok_prack = NULL, *ok_invite = NULL;
    for (int i = 0; i < b.nq; i++) {
        if (strstr(b.q[i].b, "CSeq: 2 PRACK")) ok_prack = b.q[i].b;
        if (strstr(b.q[i].b, "CSeq: 1 INVITE")) ok_invite = b.q[i].b;
    }
    assert_non_null(ok_prack);
    assert_int_equal(strncmp(ok_prack, "SIP/2.0 200 ", 12), 0);
    assert_non_null(strstr(ok_prack, "o=a 2 1"));
    assert_non_null(ok_invite);
    assert_non_null(strstr(ok_invite, "o=b 1 1"));
    pump(&a, &b);
    /* (the INVITE's 2xx came first: the offer outlives the INVITE) */
    has(&a, "PROGRESS 183 stable;ANSWERED 200 local_prack;UPDATE_DONE 200 stable;");
    has(&b, "PRACK_OFFER 0 remote_prack;");
    both_stable(&a, &b);
    assert_int_equal(fsip_ua_stats_get(a.ua)->oa_errors + fsip_ua_stats_get(b.ua)->oa_errors, 0);
    end_pair(&a, &b);
}

/* PRACK loss (RFC 3262 §3, §4): the 183 goes unacknowledged, so Bob
 * retransmits it at T1 and holds the 2xx; the retransmitted 183 is not
 * PRACKed again (§4), the PRACK's own transaction resends it (Timer E);
 * once it arrives the 2xx goes. */
static void test_prack_lost(void **state)
{
    (void)state;
    side a, b;
    ua_pair(&a, &b, FSIP_REL1XX_PREFERRED);
    b.app_flags = RING183;
    invite(&a, offer);
    deliver1(&a); /* INVITE */
    deliver1(&b); /* 100 */
    deliver1(&b); /* 183 */
    assert_true(next_is(&a, "PRACK "));
    drop1(&a);                                /* lost */
    assert_int_equal(b.nq, 0);                /* the 2xx waits for the PRACK */
    tick(&a, &b, 500);                        /* T1 */
    assert_true(next_is(&b, "SIP/2.0 183 ")); /* Bob retransmits the 183 */
    assert_true(next_is(&a, "PRACK "));       /* Alice's PRACK transaction resends */
    deliver1(&b);                             /* the 183 again: discarded, no new PRACK */
    assert_int_equal(a.nq, 1);
    pump(&a, &b);
    has(&a, "ANSWERED 200 ");
    has(&b, "ANSWERED 0 ");
    end_pair(&a, &b);
}

/* INVITE without an offer; the callee's offer in a reliable 183; the
 * caller's answer in the PRACK (RFC 3262 §5), given in PROGRESS. */
static void test_offer_in_reliable_1xx(void **state)
{
    (void)state;
    side a, b;
    ua_pair(&a, &b, FSIP_REL1XX_PREFERRED);
    b.app_flags = RING_OFFER;
    a.app_flags = ANSWER_IN_EVENT;
    invite(&a, NULL);
    deliver1(&a); /* INVITE */
    deliver1(&b); /* 100 */
    deliver1(&b); /* the 183 with the offer */
    assert_true(next_is(&a, "PRACK "));
    assert_non_null(strstr(a.q[0].b, "Content-Type: application/sdp"));
    assert_non_null(strstr(a.q[0].b, "o=b 1 1")); /* our answer */
    pump(&a, &b);
    has(&a, "PROGRESS 183 remote_1xx;ANSWERED 200 ");
    both_stable(&a, &b);
    assert_int_equal(fsip_ua_stats_get(a.ua)->oa_errors + fsip_ua_stats_get(b.ua)->oa_errors, 0);
    end_pair(&a, &b);
}

/* A re-INVITE without an offer: the offer in its 2xx, the answer in the
 * ACK (RFC 3261 §14.1, §13.2.1), given in REINVITE_DONE. */
static void test_offerless_reinvite(void **state)
{
    (void)state;
    side a, b;
    ua_pair(&a, &b, FSIP_REL1XX_SUPPORTED);
    a.app_flags = ANSWER_IN_EVENT;
    invite(&a, offer);
    pump(&a, &b);
    assert_int_equal(fsip_call_reinvite(a.call, NULL, NULL, 0), 0);
    assert_string_equal(oa(&a), "offer_requested");
    deliver1(&a); /* the re-INVITE */
    deliver1(&b); /* 100 */
    deliver1(&b); /* 200 with Bob's offer */
    assert_true(next_is(&a, "ACK "));
    assert_non_null(strstr(a.q[0].b, "o=b 1 1")); /* the answer rides on the ACK */
    pump(&a, &b);
    has(&a, "REINVITE_DONE 200 ");
    both_stable(&a, &b);
    assert_int_equal(fsip_ua_stats_get(b.ua)->oa_errors, 0);
    end_pair(&a, &b);
}

/* A 1xx from another fork: a copy of `in` whose To tag is `tag`, as a
 * 180 without a body. */
static size_t fork_180(const char *in, size_t n, const char *tag, char *out, size_t cap)
{
    char buf[PAIR_DMAX];
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
    ua_pair(&a, &b, FSIP_REL1XX_SUPPORTED);
    b.app_flags = RING183; /* unreliable 183 with the answer (Alice does not require 100rel) */
    invite(&a, offer);
    deliver1(&a); /* INVITE */
    deliver1(&b); /* 100 */
    assert_true(next_is(&b, "SIP/2.0 183 "));
    dgram a183 = b.q[0];
    deliver1(&b); /* fork A's 183: its dialog is stable */
    assert_non_null(a.call);
    assert_string_equal(oa(&a), "stable");
    char f[PAIR_DMAX];
    size_t fn = fork_180(a183.b, a183.n, "forkB", f, sizeof f);
    fsip_flow in = {FSIP_TRANSPORT_UDP, b.addr, a.addr, 0};
    assert_int_equal(fsip_stack_recv(a.s, &in, f, fn, pair_now), 0);
    assert_int_equal(fsip_call_early_dialogs(a.call), 2);
    assert_string_equal(oa(&a), "local_invite"); /* fork B */
    pump(&a, &b);                                /* fork A's 200 picks dialog A */
    has(&a, "ANSWERED 200 ");
    assert_string_equal(oa(&a), "stable");
    end_pair(&a, &b);
}

/* The caller's UPDATE in the early dialog (RFC 3311 §5.1): after the
 * reliable 183 with the answer is PRACKed, a new offer goes in an UPDATE,
 * answered in its 2xx, before the callee answers the INVITE. */
static void test_caller_early_update(void **state)
{
    (void)state;
    side a, b;
    ua_pair(&a, &b, FSIP_REL1XX_PREFERRED);
    b.app_flags = RING183 | RING_ONLY | ACCEPT_UPDATE;
    invite(&a, offer);
    /* Not before the callee rang: no early dialog yet. */
    assert_int_equal(fsip_call_update(a.call, "application/sdp", offer2, sizeof offer2 - 1),
                     FSIP_EINVAL);
    pump(&a, &b); /* INVITE, 100, 183 (reliable, the answer), PRACK, 200 */
    assert_string_equal(oa(&a), "stable");
    assert_int_equal(fsip_call_update(a.call, "application/sdp", offer2, sizeof offer2 - 1), 0);
    assert_true(next_is(&a, "UPDATE "));
    assert_string_equal(oa(&a), "local_update");
    pump(&a, &b);
    has(&a, "UPDATE_DONE 200 ");
    has(&b, "UPDATE 0 ");
    both_stable(&a, &b);
    assert_int_equal(fsip_call_accept(b.call, NULL, NULL, 0), 0);
    pump(&a, &b);
    has(&a, "ANSWERED 200 ");
    end_pair(&a, &b);
}

/* RFC 4028 §10 session refresh between two fsip agents with a 90 s
 * interval: the caller refreshes (refresher=uac) at 45 s with an UPDATE
 * without a body when the peer allows UPDATE, else with a re-INVITE; the
 * session outlives several intervals and nobody's expiry BYE goes. */
static void refresh_case(bool by_update)
{
    side a, b;
    pair_timers(&a, &b, FSIP_REL1XX_SUPPORTED, 90, by_update);
    a.app = b.app = session_app;
    invite(&a, offer);
    pump(&a, &b);
    assert_non_null(a.call);
    assert_int_equal(fsip_call_session_expires(a.call), 90);
    assert_true(fsip_call_is_refresher(a.call));
    assert_false(fsip_call_is_refresher(b.call));
    run(&a, &b, 44900);
    assert_int_equal(a.nq, 0);
    pair_now += 100; /* 45 s after the ACK: the refresh goes */
    fsip_stack_tick(a.s, pair_now);
    assert_true(next_is(&a, by_update ? "UPDATE " : "INVITE "));
    assert_non_null(memmem(a.q[0].b, a.q[0].n, "Session-Expires: 90;refresher=uac", 33));
    /* The UPDATE has no body; the re-INVITE repeats the session description. */
    assert_int_equal(memmem(a.q[0].b, a.q[0].n, "Content-Type", 12) != NULL, !by_update);
    pump(&a, &b);
    run(&a, &b, 4 * 90000); /* four more intervals, refreshed each half */
    assert_non_null(a.call);
    assert_non_null(b.call);
    lacks(&a, "ENDED");
    lacks(&b, "ENDED");
    /* A bare refresh UPDATE is answered by fsip, not shown to the app. */
    lacks(&b, "UPDATE 0 ");
    assert_string_equal(fsip_call_machine_state(a.call), "confirmed");
    assert_string_equal(fsip_call_machine_state(b.call), "confirmed");
    assert_string_equal(oa(&a), "stable");
    end_pair(&a, &b);
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
        FSIP_TEST(test_prack_offer),
        FSIP_TEST(test_offer_in_reliable_1xx),
        FSIP_TEST(test_offerless_reinvite),
        FSIP_TEST(test_fork_offer_answer),
        FSIP_TEST(test_caller_early_update),
        FSIP_TEST(test_refresh_by_update),
        FSIP_TEST(test_refresh_by_reinvite),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
