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
#include <string.h>

#include "pair.h"

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
    /* An offer in an unreliable 180: refused. */
    assert_int_equal(invite_ringing(&a, &b, FSIP_REL1XX_SUPPORTED, 180, boffer, NULL), FSIP_EINVAL);
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
    has(&a, "ENDED 487 closed;");
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
    assert_int_equal(invite_ringing(&a, &b, FSIP_REL1XX_SUPPORTED, 183, answer, offer), 0);
    assert_string_equal(oa(&b), "remote_invite"); /* the 183 may carry it; the 2xx still owes it */
    assert_int_equal(fsip_call_ring(b.call, 183, SDP, B(answer)), 0);
    pump(&a, &b);
    has(&a, "PROGRESS 183 stable;PROGRESS 183 stable;");
    assert_string_equal(oa(&a), "stable");
    assert_int_equal(fsip_call_reject(b.call, 480, NULL), 0);
    pump(&a, &b);
    has(&a, "ENDED 480 closed;");
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
    assert_int_equal(invite_ringing(&a, &b, FSIP_REL1XX_PREFERRED, 183, answer, offer), 0);
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
    assert_int_equal(invite_ringing(&a, &b, FSIP_REL1XX_PREFERRED, 183, boffer, NULL), 0);
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
    assert_int_equal(invite_ringing(&a, &b, FSIP_REL1XX_PREFERRED, 183, boffer, NULL), 0);
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
    has(&a, "ENDED 487 closed;");
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
