/* Offer/answer rows (fsm/offer_answer.fsm) that only a peer breaking the
 * rules of its own state reaches: the test plays that peer in raw SIP text
 * and sends an UPDATE with an offer while an exchange is in progress, a
 * session description in an unreliable 1xx where none may be, an ACK with
 * an unexpected body; the application asks for an offer the state forbids.
 * Each case checks the response on the wire (RFC 3311 §5.2: 491 while our
 * offer is unanswered, 500 with Retry-After while we owe an answer) and
 * fsip_call_offer_answer_state(). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calltest.h"

#define SDP     "application/sdp"
#define ST_OFF  SDP, CT_SDP_OFFER, strlen(CT_SDP_OFFER)
#define ST_ANS  SDP, CT_SDP_ANSWER, strlen(CT_SDP_ANSWER)
#define CONTACT "Contact: <sip:bob@192.0.2.2:5070>\n"

static void oa_is(const fsip_call *c, const char *st)
{
    assert_string_equal(fsip_call_offer_answer_state(c), st);
}

/* The UA's answer to the peer's last request (ct_rejected), after its
 * 100 Trying to an INVITE, if it sent one. */
static void rejected(ct_node *a, ct_dlg *d, const char *method, int status)
{
    if (strcmp(method, "INVITE") == 0 && ct_pending(a, "SIP/2.0 100 ")) ct_next(a, "SIP/2.0 100 ");
    ct_rejected(a, d, method, status);
}

/* ------------------------------------------------------------- callee */

/* RFC 3311 §5.2: the peer's INVITE offer awaits our answer (remote_invite)
 * and an UPDATE with a new offer comes in the early dialog: 500 with
 * Retry-After; our own UPDATE offer is refused (RFC 3261 §13.2.1). The
 * answer in the 2xx completes the exchange; a body in the ACK is then
 * ignored (stable rx_ack). */
static void test_oa_remote_invite_rx_update(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64];
    ct_peer_invite(&a, &d, "oa-ri-upd@192.0.2.2", NULL, CT_SDP_OFFER, br, sizeof br);
    ct_ring(&a, &d, 1100, 180, NULL);
    oa_is(a.call, "remote_invite");
    ct_dlg_request(&a, &d, 1200, "UPDATE", 0, NULL, CONTACT, CT_SDP_HOLD);
    rejected(&a, &d, "UPDATE", 500);
    ct_none(&a);
    ct_log_is(&a, "");
    oa_is(a.call, "remote_invite");
    ct_run(&a, 1250);
    assert_int_equal(fsip_call_update(a.call, ST_OFF), FSIP_EINVAL);
    ct_none(&a);
    assert_int_equal(fsip_call_accept(a.call, ST_ANS), 0);
    int ok = ct_next(&a, "SIP/2.0 200 ");
    assert_string_equal(ct_body(ct_msg(&a, ok)), CT_SDP_ANSWER);
    oa_is(a.call, "stable");
    ct_dlg_request(&a, &d, 1400, "ACK", 1, NULL, NULL, CT_SDP_HOLD);
    ct_log_is(&a, "answered ACK\n");
    oa_is(a.call, "stable");
    ct_none(&a);
    ct_peer_bye(&a, &d, 1500);
    ct_node_end(&a);
}

/* RFC 3311 §5.2: an offerless INVITE: we owe the offer (offer_owed); the
 * peer's UPDATE offer in the early dialog gets 500 with Retry-After. Our
 * offer goes in the 2xx (local_2xx): an UPDATE offer before the ACK gets
 * 491, and our own UPDATE offer is refused. The answer in the ACK
 * completes it. */
static void test_oa_offer_owed_then_local_2xx_rx_update(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64];
    ct_peer_invite(&a, &d, "oa-owed-upd@192.0.2.2", NULL, NULL, br, sizeof br);
    oa_is(a.call, "offer_owed");
    ct_ring(&a, &d, 1100, 180, NULL);
    ct_dlg_request(&a, &d, 1200, "UPDATE", 0, NULL, CONTACT, CT_SDP_HOLD);
    rejected(&a, &d, "UPDATE", 500);
    ct_none(&a);
    ct_log_is(&a, "");
    oa_is(a.call, "offer_owed");
    ct_run(&a, 1250);
    assert_int_equal(fsip_call_update(a.call, ST_OFF), FSIP_EINVAL);
    assert_int_equal(fsip_call_accept(a.call, ST_OFF), 0);
    int ok = ct_next(&a, "SIP/2.0 200 ");
    assert_string_equal(ct_body(ct_msg(&a, ok)), CT_SDP_OFFER);
    oa_is(a.call, "local_2xx");
    ct_dlg_request(&a, &d, 1300, "UPDATE", 0, NULL, CONTACT, CT_SDP_HOLD);
    rejected(&a, &d, "UPDATE", 491);
    ct_none(&a);
    oa_is(a.call, "local_2xx");
    assert_int_equal(fsip_call_update(a.call, ST_OFF), FSIP_EINVAL);
    ct_none(&a);
    ct_dlg_request(&a, &d, 1400, "ACK", 1, NULL, NULL, CT_SDP_ANSWER);
    ct_log_is(&a, "answered ACK\n");
    oa_is(a.call, "stable");
    ct_peer_bye(&a, &d, 1500);
    ct_node_end(&a);
}

/* RFC 3262 §5, RFC 3311 §5.2: an offerless INVITE with 100rel; our offer
 * in the reliable 183 (local_1xx): an UPDATE offer before the PRACK gets
 * 491; the PRACK's answer completes it. */
static void test_oa_local_1xx_rx_update(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64];
    ct_peer_invite(&a, &d, "oa-l1xx-upd@192.0.2.2", "Require: 100rel\n", NULL, br, sizeof br);
    int r = ct_ring(&a, &d, 1100, 183, CT_SDP_OFFER);
    assert_string_equal(ct_body(ct_msg(&a, r)), CT_SDP_OFFER);
    oa_is(a.call, "local_1xx");
    ct_dlg_request(&a, &d, 1200, "UPDATE", 0, NULL, CONTACT, CT_SDP_HOLD);
    rejected(&a, &d, "UPDATE", 491);
    ct_none(&a);
    ct_log_is(&a, "");
    oa_is(a.call, "local_1xx");
    const fsip_hdr *h = fsip_msg_hdr_first(ct_msg(&a, r), FSIP_HDR_RSEQ);
    assert_non_null(h);
    char rack[64];
    snprintf(rack, sizeof rack, "RAck: %u 1 INVITE\n", (unsigned)h->p.num);
    ct_dlg_request(&a, &d, 1300, "PRACK", 0, NULL, rack, CT_SDP_ANSWER);
    int ok = ct_next(&a, "SIP/2.0 200 ");
    assert_string_equal(ct_cseq_method(ct_msg(&a, ok)), "PRACK");
    oa_is(a.call, "stable");
    ct_run(&a, 1400);
    assert_int_equal(fsip_call_accept(a.call, NULL, NULL, 0), 0);
    ct_next(&a, "SIP/2.0 200 ");
    ct_dlg_request(&a, &d, 1500, "ACK", 1, NULL, NULL, NULL);
    ct_log_is(&a, "answered ACK\n");
    ct_peer_bye(&a, &d, 1600);
    ct_node_end(&a);
}

/* RFC 3311 §5.2, RFC 3261 §14.2: the peer's UPDATE offer awaits our answer
 * (remote_update): its re-INVITE, with or without an offer, gets 500 with
 * Retry-After; our re-INVITE is refused. The answer in the 2xx to the
 * UPDATE completes the exchange. */
static void test_oa_remote_update_rx_invite(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64];
    ct_peer_invite(&a, &d, "oa-ru-inv@192.0.2.2", NULL, CT_SDP_OFFER, br, sizeof br);
    ct_run(&a, 1100);
    assert_int_equal(fsip_call_accept(a.call, ST_ANS), 0);
    int ok = ct_next(&a, "SIP/2.0 200 ");
    snprintf(d.ua_tag, sizeof d.ua_tag, "%s", ct_to_tag(ct_msg(&a, ok)));
    ct_dlg_request(&a, &d, 1200, "ACK", 1, NULL, NULL, NULL);
    ct_log_is(&a, "answered ACK\n");
    ct_dlg_request(&a, &d, 2000, "UPDATE", 0, NULL, CONTACT, CT_SDP_HOLD);
    char ubr[64];
    snprintf(ubr, sizeof ubr, "%s", d.branch);
    uint32_t useq = d.cseq;
    ct_none(&a);
    ct_log_is(&a, "update UPDATE\n");
    oa_is(a.call, "remote_update");
    for (int sdp = 1; sdp >= 0; sdp--) {
        ct_dlg_request(&a, &d, 2100 + 100 * (uint64_t)sdp, "INVITE", 0, NULL, CONTACT,
                       sdp ? CT_SDP_HOLD : NULL);
        rejected(&a, &d, "INVITE", 500);
        ct_none(&a);
        ct_dlg_request(&a, &d, 2150 + 100 * (uint64_t)sdp, "ACK", d.cseq, d.branch, NULL, NULL);
        ct_log_is(&a, "");
        oa_is(a.call, "remote_update");
    }
    ct_run(&a, 2400);
    assert_int_equal(fsip_call_reinvite(a.call, ST_OFF), FSIP_EINVAL);
    assert_int_equal(fsip_call_reinvite(a.call, NULL, NULL, 0), FSIP_EINVAL);
    ct_none(&a);
    assert_int_equal(fsip_call_update_respond(a.call, 200, NULL, ST_ANS), 0);
    int k = ct_next(&a, "SIP/2.0 200 ");
    assert_string_equal(ct_cseq_method(ct_msg(&a, k)), "UPDATE");
    assert_int_equal(ct_cseq(ct_msg(&a, k)), useq);
    assert_string_equal(ct_branch(ct_msg(&a, k)), ubr);
    assert_string_equal(ct_body(ct_msg(&a, k)), CT_SDP_ANSWER);
    oa_is(a.call, "stable");
    ct_peer_bye(&a, &d, 2500);
    ct_node_end(&a);
}

/* ------------------------------------------------------------- caller */

/* RFC 3261 §13.2.1: our INVITE had no offer (offer_requested): a session
 * description in an unreliable 183 is not the offer (ignored); our UPDATE
 * offer is refused (RFC 3311 §5.1). The offer in the 2xx is answered in
 * the ACK. */
static void test_oa_offer_requested_rx_1xx(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    a.late_ack_body = CT_SDP_ANSWER;
    fsip_call *c = ct_invite(&a, 1000, NULL, false);
    int inv = ct_next(&a, "INVITE ");
    oa_is(c, "offer_requested");
    ct_reply(&a, inv, 1050, 183, "b1", CONTACT, CT_SDP_OFFER);
    ct_log_is(&a, "progress 183 b1\n");
    oa_is(c, "offer_requested");
    ct_run(&a, 1060);
    assert_int_equal(fsip_call_update(c, ST_OFF), FSIP_EINVAL);
    ct_none(&a);
    ct_reply(&a, inv, 1100, 200, "b1", CONTACT, CT_SDP_OFFER);
    int ack = ct_next(&a, "ACK ");
    assert_string_equal(ct_body(ct_msg(&a, ack)), CT_SDP_ANSWER);
    ct_log_is(&a, "answered 200\n");
    oa_is(c, "stable");
    ct_run(&a, 2000);
    assert_int_equal(fsip_call_hangup(c), 0);
    int bye = ct_next(&a, "BYE ");
    ct_reply(&a, bye, 2100, 200, NULL, NULL, NULL);
    ct_log_is(&a, "ended local_bye 0\n");
    ct_node_end(&a);
}

/* RFC 3262 §5: our INVITE had no offer; the offer comes in a reliable 183
 * (remote_1xx) and the app has no answer yet: an unreliable 180 with a
 * session description is ignored, the peer's UPDATE offer gets 500 with
 * Retry-After (RFC 3311 §5.2), our UPDATE offer is refused. */
static void test_oa_remote_1xx_rx_update(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    fsip_call *c = ct_invite(&a, 1000, NULL, false);
    int inv = ct_next(&a, "INVITE ");
    ct_reply(&a, inv, 1050, 183, "b1", CONTACT "Require: 100rel\nRSeq: 1\n", CT_SDP_OFFER);
    int pr = ct_next(&a, "PRACK ");
    ct_reply(&a, pr, 1060, 200, NULL, NULL, NULL);
    ct_log_is(&a, "progress 183 b1\n");
    oa_is(c, "remote_1xx");
    ct_reply(&a, inv, 1070, 180, "b1", CONTACT, CT_SDP_OFFER);
    ct_log_is(&a, "progress 180 b1\n");
    oa_is(c, "remote_1xx");
    ct_dlg d;
    ct_dlg_from_invite(&d, &a, inv, "b1");
    ct_dlg_request(&a, &d, 1100, "UPDATE", 0, NULL, CONTACT, CT_SDP_HOLD);
    rejected(&a, &d, "UPDATE", 500);
    ct_none(&a);
    ct_log_is(&a, "");
    oa_is(c, "remote_1xx");
    ct_run(&a, 1150);
    assert_int_equal(fsip_call_update(c, ST_OFF), FSIP_EINVAL);
    ct_none(&a);
    assert_int_equal(fsip_call_hangup(c), 0);
    int can = ct_next(&a, "CANCEL ");
    ct_reply(&a, can, 1200, 200, NULL, NULL, NULL);
    ct_reply(&a, inv, 1210, 487, "b1", NULL, NULL);
    ct_next(&a, "ACK ");
    ct_log_is(&a, "ended cancelled 487\n");
    ct_node_end(&a);
}

/* RFC 3261 §13.2.1: our UPDATE offer awaits its answer (local_update): a
 * re-INVITE of ours, with or without an offer, is refused. */
static void test_oa_local_update_tx_invite(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    int inv;
    fsip_call *c = ct_call_answered(&a, &inv);
    ct_log_is(&a, "answered 200\n");
    ct_run(&a, 2000);
    assert_int_equal(fsip_call_update(c, SDP, CT_SDP_HOLD, strlen(CT_SDP_HOLD)), 0);
    int u = ct_next(&a, "UPDATE ");
    oa_is(c, "local_update");
    assert_int_equal(fsip_call_reinvite(c, ST_OFF), FSIP_EINVAL);
    assert_int_equal(fsip_call_reinvite(c, NULL, NULL, 0), FSIP_EINVAL);
    ct_none(&a);
    oa_is(c, "local_update");
    ct_reply(&a, u, 2100, 200, NULL, CONTACT, CT_SDP_ANSWER);
    ct_log_is(&a, "update_done 200\n");
    oa_is(c, "stable");
    ct_run(&a, 3000);
    assert_int_equal(fsip_call_hangup(c), 0);
    int bye = ct_next(&a, "BYE ");
    ct_reply(&a, bye, 3100, 200, NULL, NULL, NULL);
    ct_log_is(&a, "ended local_bye 0\n");
    ct_node_end(&a);
}

/* RFC 3261 §13.2.1: our INVITE had no offer and the app gives no answer
 * for the offer in the 2xx: the ACK MUST carry one, so the ACK goes
 * without it and the call is hung up at once (BYE) instead of staying in
 * remote_2xx, where every later offer would be refused. */
static void test_oa_remote_2xx_no_answer(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_invite(&a, 1000, NULL, false);
    int inv = ct_next(&a, "INVITE ");
    ct_reply(&a, inv, 1100, 200, "b1", CONTACT, CT_SDP_OFFER);
    int ack = ct_next(&a, "ACK ");
    assert_int_equal(fsip_msg_content_length(ct_msg(&a, ack)), 0);
    int bye = ct_next(&a, "BYE ");
    ct_none(&a);
    ct_log_is(&a, "answered 200\nended local_bye 0\n");
    ct_reply(&a, bye, 1200, 200, NULL, NULL, NULL);
    ct_none(&a);
    ct_node_end(&a);
}

/* The same unanswered 2xx offer: remote_2xx lasts until the dialog ends,
 * but the call is hung up in the row that ACKed the 2xx, so the peer's
 * UPDATE offer that crosses our BYE finds no call (481, RFC 5057 §5.1) and
 * never reaches offer_answer (fsm/offer_answer.fsm: the remote_2xx rx_*
 * rows are error rows, [ack-now]). The BYE's 200 ends it. */
static void test_oa_remote_2xx_rx_update_crosses_bye(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_invite(&a, 1000, NULL, false);
    int inv = ct_next(&a, "INVITE ");
    ct_dlg d;
    ct_dlg_from_invite(&d, &a, inv, "b1");
    ct_reply(&a, inv, 1100, 200, "b1", CONTACT, CT_SDP_OFFER);
    ct_next(&a, "ACK ");
    int bye = ct_next(&a, "BYE ");
    ct_log_is(&a, "answered 200\nended local_bye 0\n");
    ct_dlg_request(&a, &d, 1150, "UPDATE", 0, NULL, CONTACT, CT_SDP_HOLD);
    ct_rejected(&a, &d, "UPDATE", 481);
    ct_none(&a);
    ct_log_is(&a, "");
    ct_reply(&a, bye, 1200, 200, NULL, NULL, NULL);
    ct_none(&a);
    ct_node_end(&a);
}

/* Inside REINVITE_DONE of our offerless re-INVITE, whose 2xx carries the
 * peer's offer (remote_2xx): a new re-INVITE is refused, nothing is sent,
 * and offer_answer is not even asked: the session machine is not confirmed
 * before the ACK goes (fsm/offer_answer.fsm: remote_2xx tx_invite is an
 * error row, [reinvite]). The answer then rides on the ACK (stable). */
static int reinv_in_done;
static void reinvite_in_remote_2xx(fsip_call *call, fsip_call_event ev, const fsip_msg *msg,
                                   void *arg)
{
    ct_node *n = arg;
    if (ev == FSIP_CALL_EV_REINVITE_DONE) {
        reinv_in_done++;
        int sent = n->nsent;
        assert_string_equal(fsip_call_offer_answer_state(call), "remote_2xx");
        assert_string_not_equal(fsip_call_machine_state(call), "confirmed");
        assert_int_equal(fsip_call_reinvite(call, ST_OFF), FSIP_EINVAL);
        assert_int_equal(fsip_call_reinvite(call, NULL, NULL, 0), FSIP_EINVAL);
        assert_int_equal(n->nsent, sent);
        assert_string_equal(fsip_call_offer_answer_state(call), "remote_2xx");
        assert_int_equal(fsip_call_set_answer(call, ST_ANS), 0);
    }
    ct_app_event(call, ev, msg, arg);
}

static void test_oa_remote_2xx_reinvite_refused(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_node_set_app(&a, reinvite_in_remote_2xx);
    ct_dlg d;
    fsip_call *c = ct_confirmed(&a, &d, false, NULL, NULL, NULL, NULL);
    assert_int_equal(fsip_call_reinvite(c, NULL, NULL, 0), 0);
    int re = ct_next(&a, "INVITE ");
    assert_int_equal(fsip_msg_content_length(ct_msg(&a, re)), 0);
    oa_is(c, "offer_requested");
    reinv_in_done = 0;
    ct_reply(&a, re, 1150, 200, "b1", CONTACT, CT_SDP_OFFER);
    assert_int_equal(reinv_in_done, 1);
    int ack = ct_next(&a, "ACK ");
    assert_string_equal(ct_body(ct_msg(&a, ack)), CT_SDP_ANSWER);
    ct_none(&a);
    oa_is(c, "stable");
    ct_log_is(&a, "reinvite_done 200\n");
    ct_peer_bye(&a, &d, 1200);
    ct_node_end(&a);
}

/* PRACK with a new offer while the peer's INVITE offer awaits our answer
 * (remote_invite rx_prack -> reply_500_retry_after; RFC 3262 §5 with RFC
 * 3311 §5.2): 500 with Retry-After, acknowledging nothing. */
static void test_oa_remote_invite_rx_prack(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64];
    ct_peer_invite(&a, &d, "oa-ri-prack@192.0.2.2", "Require: 100rel\n", CT_SDP_OFFER, br,
                   sizeof br);
    int r = ct_ring(&a, &d, 1100, 180, NULL);
    oa_is(a.call, "remote_invite");
    const fsip_hdr *h = fsip_msg_hdr_first(ct_msg(&a, r), FSIP_HDR_RSEQ);
    assert_non_null(h);
    char rack[64];
    snprintf(rack, sizeof rack, "RAck: %u 1 INVITE\n", (unsigned)h->p.num);
    ct_dlg_request(&a, &d, 1200, "PRACK", 0, NULL, rack, CT_SDP_HOLD);
    rejected(&a, &d, "PRACK", 500);
    ct_none(&a);
    ct_log_is(&a, "");
    oa_is(a.call, "remote_invite");
    ct_run(&a, 1300);
    assert_int_equal(fsip_call_reject(a.call, 486, NULL), 0);
    ct_next(&a, "SIP/2.0 486 ");
    ct_log_is(&a, "ended rejected 486\n");
    ct_dlg_request(&a, &d, 1400, "ACK", 1, br, NULL, NULL);
    ct_node_end(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_oa_remote_invite_rx_update),
        cmocka_unit_test(test_oa_offer_owed_then_local_2xx_rx_update),
        cmocka_unit_test(test_oa_local_1xx_rx_update),
        cmocka_unit_test(test_oa_remote_update_rx_invite),
        cmocka_unit_test(test_oa_offer_requested_rx_1xx),
        cmocka_unit_test(test_oa_remote_1xx_rx_update),
        cmocka_unit_test(test_oa_local_update_tx_invite),
        cmocka_unit_test(test_oa_remote_2xx_no_answer),
        cmocka_unit_test(test_oa_remote_invite_rx_prack),
        cmocka_unit_test(test_oa_remote_2xx_rx_update_crosses_bye),
        cmocka_unit_test(test_oa_remote_2xx_reinvite_refused),
    };
    return ct_run_group(tests);
}
