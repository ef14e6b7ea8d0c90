/* Offer/answer cases that found bugs in the call layer (fixed): each
 * asserts what RFC 3261 / 3262 / 3311 and fsm/offer_answer.fsm require —
 * a PRACK missing its answer ends the call, an early UPDATE offer answered
 * on its early dialog, the caller's early dialogs closed by the final
 * response, UPDATE 2xx bodies only with an offer, fsip_call_set_answer and
 * an offerless INVITE's 2xx checked against the state. Two user agents
 * back to back (pair.h). */
#include "pair.h"

/* The PRACK for a reliable 1xx with an offer comes without the answer it
 * owes: a protocol error (RFC 3262 §5); the callee ends the call and both
 * early dialogs close. */
static void test_prack_without_answer(void **state)
{
    (void)state;
    side a, b;
    /* a.answer_in_event false: the PRACK will have no body. */
    assert_int_equal(invite_ringing(&a, &b, FSIP_REL1XX_PREFERRED, 183, boffer, NULL), 0);
    deliver1(&b); /* 100 */
    deliver1(&b); /* 183 */
    assert_string_equal(oa(&a), "remote_1xx");
    assert_true(next_is(&a, "PRACK "));
    assert_string_equal(body_of(&a.q[0]), "");
    pump(&a, &b);
    assert_int_equal(fsip_ua_stats_get(b.ua)->oa_errors, 1);
    has(&b, "ENDED 0 closed;");
    has(&a, "ENDED ");
    assert_null(a.call);
    assert_int_equal(a.end_why, FSIP_END_REJECTED);
    pair_free(&a, &b);
}

/* The callee's UPDATE offer in the early dialog (after its answer in a
 * PRACKed reliable 183, RFC 3311 §5.1), then the caller CANCELs before
 * answering it: the INVITE's failure closes both (RFC 3261 §13.2.2.4). */
static void test_early_update_then_cancel(void **state)
{
    (void)state;
    side a, b;
    pair(&a, &b, FSIP_REL1XX_PREFERRED);
    ringing(&b, 183, answer);
    a.on_update = IN_HOLD;
    invite(&a, offer);
    pump(&a, &b);
    both_stable(&a, &b);
    assert_int_equal(fsip_call_update(b.call, SDP, B(boffer)), 0);
    assert_string_equal(oa(&b), "local_update");
    assert_true(next_is(&b, "UPDATE "));
    deliver1(&b);
    has(&a, "UPDATE 0 remote_update;");
    assert_int_equal(fsip_call_hangup(a.call), 0);
    run(&a, &b, 3000);
    has(&a, "ENDED 487 closed;");
    has(&b, "ENDED 0 closed;");
    assert_int_equal(b.end_why, FSIP_END_CANCELLED);
    pair_free(&a, &b);
}

/* The caller's early dialog ends with the INVITE (here: CANCEL, 487): its
 * offer/answer state closes too (RFC 3261 §13.2.2.4), as it does when no
 * provisional response created an early dialog. */
static void test_caller_early_dialog_closes(void **state)
{
    (void)state;
    side a, b;
    pair(&a, &b, FSIP_REL1XX_SUPPORTED);
    ringing(&b, 180, NULL);
    invite(&a, offer);
    pump(&a, &b);
    has(&a, "PROGRESS 180 local_invite;");
    assert_int_equal(fsip_call_hangup(a.call), 0);
    pump(&a, &b);
    has(&a, "ENDED 487 closed;");
    pair_free(&a, &b);
}

/* A 2xx to an UPDATE without an offer carries no session description
 * (RFC 6337 §2.1; offer_answer: stable tx_update_2xx -> refuse): the
 * application's body is refused with FSIP_EINVAL, nothing is sent. */
static void test_update_2xx_body_without_offer(void **state)
{
    (void)state;
    side a, b;
    connected(&a, &b);
    b.on_update = IN_HOLD;
    assert_int_equal(fsip_call_update(a.call, NULL, NULL, 0), 0);
    deliver1(&a);
    has(&b, "UPDATE 0 stable;");
    int rc = fsip_call_update_respond(b.call, 200, NULL, SDP, B(answer));
    assert_int_equal(b.nq, 0); /* no 200 with the body went */
    assert_int_equal(rc, FSIP_EINVAL);
    assert_int_equal(fsip_call_update_respond(b.call, 200, NULL, NULL, NULL, 0), 0);
    pump(&a, &b);
    has(&a, "UPDATE_DONE 200 stable;");
    end_pair(&a, &b);
}

/* A 2xx to an UPDATE with an offer MUST carry the answer (RFC 3311 §5.2):
 * accepting without one is refused (a 200 without it would leave Alice
 * rolled back and Bob in remote_update for good): nothing is sent. */
static void test_update_2xx_without_answer(void **state)
{
    (void)state;
    side a, b;
    connected(&a, &b);
    b.on_update = IN_HOLD;
    assert_int_equal(fsip_call_update(a.call, SDP, B(offer2)), 0);
    deliver1(&a);
    assert_string_equal(oa(&b), "remote_update");
    int nq = b.nq;
    assert_int_equal(fsip_call_update_respond(b.call, 200, NULL, NULL, NULL, 0), FSIP_EINVAL);
    assert_int_equal(b.nq, nq); /* nothing sent */
    assert_string_equal(oa(&b), "remote_update");
    pump(&a, &b);
    end_pair(&a, &b);
}

/* An answer for the ACK when no offer came in the 2xx (the INVITE had
 * one): no session description in the ACK (RFC 6337 §2.1; offer_answer:
 * stable tx_ack -> refuse): fsip_call_set_answer() refuses, the ACK goes
 * without a body. */
static void test_set_answer_without_offer(void **state)
{
    (void)state;
    side a, b;
    pair(&a, &b, FSIP_REL1XX_SUPPORTED);
    a.answer_in_event = false;
    invite(&a, offer);
    deliver1(&a);
    while (b.nq)
        deliver1(&b); /* 100, 200: ANSWERED at Alice, ACK queued */
    has(&a, "ANSWERED 200 stable;");
    int rc = fsip_call_set_answer(a.call, SDP, B(aanswer));
    assert_true(next_is(&a, "ACK "));
    assert_string_equal(body_of(&a.q[0]), ""); /* (built before the call) */
    assert_int_equal(rc, FSIP_EINVAL);         /* not kept for a later ACK or PRACK */
    pump(&a, &b);
    end_pair(&a, &b);
}

/* Accepting an offerless INVITE without our offer: the 2xx MUST carry it
 * (RFC 3261 §13.2.1; offer_answer: offer_owed has no tx_2xx without a
 * body): FSIP_EINVAL, nothing sent. */
static void test_accept_owed_offer_without_body(void **state)
{
    (void)state;
    side a, b;
    pair(&a, &b, FSIP_REL1XX_SUPPORTED);
    b.on_incoming = IN_HOLD;
    invite(&a, NULL);
    deliver1(&a);
    assert_string_equal(oa(&b), "offer_owed");
    int nq = b.nq;
    int rc = fsip_call_accept(b.call, NULL, NULL, 0);
    assert_int_equal(b.nq, nq); /* no 200 without an offer went */
    assert_int_equal(rc, FSIP_EINVAL);
    assert_int_equal(fsip_call_hangup(b.call), 0);
    pump(&a, &b);
    pair_free(&a, &b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_prack_without_answer),
        FSIP_TEST(test_early_update_then_cancel),
        FSIP_TEST(test_caller_early_dialog_closes),
        FSIP_TEST(test_update_2xx_body_without_offer),
        FSIP_TEST(test_update_2xx_without_answer),
        FSIP_TEST(test_set_answer_without_offer),
        FSIP_TEST(test_accept_owed_offer_without_body),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
