/* Session vectors at the edges: requests that come too early or too late,
 * hang-ups in the middle of a re-INVITE, BYEs that cross. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calltest.h"

#define T1 500

/* RFC 3261 §15: the callee may not BYE an early dialog; a BYE (or a
 * re-INVITE, §14.2 -> 491) on the caller's early dialog is refused and the
 * call goes on. */
static void test_edge_early_bye_and_reinvite_from_callee(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    fsip_call *c = ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    ct_reply(&a, inv, 1100, 180, "b1", "Contact: <sip:bob@192.0.2.2:5070>\n", NULL);
    ct_log_is(&a, "progress 180 b1\n");
    ct_dlg d;
    ct_dlg_from_invite(&d, &a, inv, "b1");
    ct_dlg_request(&a, &d, 1200, "BYE", 0, NULL, NULL, NULL);
    ct_next(&a, "SIP/2.0 481 ");
    ct_none(&a);
    ct_dlg_request(&a, &d, 1300, "INVITE", 0, NULL, NULL, CT_SDP_HOLD);
    int k = a.cursor;
    if (strncmp(a.sent[k].data, "SIP/2.0 100 ", 12) == 0) ct_next(&a, "SIP/2.0 100 ");
    ct_next(&a, "SIP/2.0 491 ");
    ct_none(&a);
    ct_log_is(&a, "");
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_EARLY);
    ct_reply(&a, inv, 1400, 200, "b1", "Contact: <sip:bob@192.0.2.2:5070>\n", CT_SDP_ANSWER);
    ct_next(&a, "ACK ");
    ct_log_is(&a, "answered 200\n");
    ct_node_free(&a);
}

/* RFC 3261 §14.2: a re-INVITE before the ACK of the initial INVITE gets
 * 500 with Retry-After; the call is untouched. */
static void test_edge_reinvite_before_ack(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    a.on_incoming = 200;
    ct_dlg d;
    ct_dlg_callee(&d, "edge-reinv-early@192.0.2.2");
    ct_dlg_request(&a, &d, 1000, "INVITE", 1, NULL, NULL, CT_SDP_OFFER);
    ct_next(&a, "SIP/2.0 100 ");
    int ok = ct_next(&a, "SIP/2.0 200 ");
    snprintf(d.ua_tag, sizeof d.ua_tag, "%s", ct_to_tag(ct_msg(&a, ok)));
    ct_log_is(&a, "incoming INVITE\n");
    ct_dlg_request(&a, &d, 1100, "INVITE", 2, NULL, NULL, CT_SDP_HOLD);
    int k = a.cursor;
    if (strncmp(a.sent[k].data, "SIP/2.0 100 ", 12) == 0) ct_next(&a, "SIP/2.0 100 ");
    int r = ct_next(&a, "SIP/2.0 500 ");
    ct_none(&a);
    assert_non_null(fsip_msg_hdr_first(ct_msg(&a, r), FSIP_HDR_RETRY_AFTER));
    ct_log_is(&a, "");
    ct_dlg_request(&a, &d, 1200, "ACK", 1, NULL, NULL, NULL);
    ct_log_is(&a, "answered ACK\n");
    ct_node_free(&a);
}

/* Hang-up while the peer's re-INVITE waits for the app: 487 to it, then
 * BYE (inv_uac reinv_in app_bye). */
static void test_edge_hangup_during_peer_reinvite(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    fsip_call *c = ct_caller_up(&a, &d);
    ct_dlg_request(&a, &d, 2000, "INVITE", 0, NULL, NULL, CT_SDP_HOLD);
    ct_next(&a, "SIP/2.0 100 ");
    ct_log_is(&a, "reinvite INVITE\n");
    ct_run(&a, 2100);
    assert_int_equal(fsip_call_hangup(c), 0);
    int r = ct_next(&a, "SIP/2.0 487 ");
    int bye = ct_next(&a, "BYE sip:bob@192.0.2.2:5070 ");
    ct_none(&a);
    assert_string_equal(ct_cseq_method(ct_msg(&a, r)), "INVITE");
    assert_int_equal(ct_cseq(ct_msg(&a, bye)), 2);
    ct_reply(&a, bye, 2200, 200, NULL, NULL, NULL);
    assert_non_null(strstr(a.log, "ended local_bye 0\n"));
    ct_log_clear(&a);
    ct_dlg_request(&a, &d, 2300, "ACK", d.cseq, d.branch, NULL, NULL);
    ct_node_done(&a, 100000);
}

/* BYE while our re-INVITE is out (§15.1.2): 200 to the BYE, the call
 * ends; the late 2xx to the re-INVITE is still ACKed (§13.2.2.4) or
 * dropped, never answered with a BYE. */
static void test_edge_bye_during_our_reinvite(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    fsip_call *c = ct_caller_up(&a, &d);
    ct_run(&a, 2000);
    assert_int_equal(fsip_call_reinvite(c, "application/sdp", CT_SDP_HOLD, strlen(CT_SDP_HOLD)), 0);
    int ri = ct_next(&a, "INVITE ");
    ct_peer_bye(&a, &d, 2050);
    ct_reply(&a, ri, 2100, 487, NULL, NULL, NULL);
    ct_next(&a, "ACK "); /* the ICT's */
    ct_none(&a);
    ct_log_is(&a, "");
    ct_node_done(&a, 100000);
}

/* Both hang up at once (§15.1.2: BYEs cross): each answers the other's
 * BYE with 200, each call ends once, nothing is left. */
static void test_edge_crossing_byes(void **state)
{
    (void)state;
    ct_node a, b;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_node_init(&b, "bob", true, NULL, NULL, 2);
    b.on_incoming = 200;
    ct_net net;
    ct_net_init(&net, &a, &b, 10);
    ct_net_run(&net, 1000);
    ct_invite(&a, 1000, NULL, true);
    ct_net_run(&net, 2000);
    ct_log_is(&a, "answered 200\n");
    ct_log_is(&b, "incoming INVITE\nanswered ACK\n");
    assert_int_equal(fsip_call_hangup(a.call), 0);
    assert_int_equal(fsip_call_hangup(b.call), 0);
    ct_net_run(&net, 100000);
    ct_log_is(&a, "ended local_bye 0\n");
    ct_log_is(&b, "ended local_bye 0\n");
    assert_int_equal(ct_count_sent(&a, "BYE "), 1);
    assert_int_equal(ct_count_sent(&b, "BYE "), 1);
    /* Each answered the other's BYE with 200 (or 481 once its own
     * dialog was gone; either is a final answer). */
    assert_int_equal(ct_count_sent(&a, "SIP/2.0 200 ") + ct_count_sent(&a, "SIP/2.0 481 "), 1);
    assert_int_equal(ct_count_sent(&b, "SIP/2.0 200 ") + ct_count_sent(&b, "SIP/2.0 481 ") -
                         1 /* the 200 to the INVITE */,
                     1);
    assert_int_equal(fsip_stack_stats(a.s)->txn_active, 0);
    assert_int_equal(fsip_stack_stats(b.s)->txn_active, 0);
    ct_net_free(&net);
    ct_node_free(&a);
    ct_node_free(&b);
}

/* A BYE that is never answered: Timer F ends its transaction, the call is
 * gone (inv_uac terminating: bye_done comes on every path). */
static void test_edge_bye_unanswered(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    int inv;
    fsip_call *c = ct_call_answered(&a, &inv);
    ct_run(&a, 2000);
    assert_int_equal(fsip_call_hangup(c), 0);
    ct_next(&a, "BYE ");
    ct_run(&a, 2000 + 64 * T1 + 1);
    /* Timer E: 500, 1000, 2000, 4000, then every T2, until Timer F. */
    assert_int_equal(ct_pending(&a, "BYE "), 10);
    a.cursor = a.nsent;
    assert_non_null(strstr(a.log, "ended local_bye 0\n"));
    assert_int_equal(fsip_ua_stats_get(a.ua)->calls_active, 0);
    ct_node_done(&a, 100000);
}

/* An INVITE requiring an extension we do not support: 420 with
 * Unsupported (RFC 3261 §8.2.2.3); the app never hears of it. */
static void test_edge_require_unknown(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    ct_dlg_callee(&d, "edge-420@192.0.2.2");
    ct_dlg_request(&a, &d, 1000, "INVITE", 1, NULL, "Require: foo\n", CT_SDP_OFFER);
    int k = a.cursor;
    if (strncmp(a.sent[k].data, "SIP/2.0 100 ", 12) == 0) ct_next(&a, "SIP/2.0 100 ");
    int r = ct_next(&a, "SIP/2.0 420 ");
    ct_none(&a);
    assert_true(ct_has_token(ct_msg(&a, r), "Unsupported", "foo"));
    ct_log_is(&a, "");
    ct_node_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_edge_early_bye_and_reinvite_from_callee),
        FSIP_TEST(test_edge_reinvite_before_ack),
        FSIP_TEST(test_edge_hangup_during_peer_reinvite),
        FSIP_TEST(test_edge_bye_during_our_reinvite),
        FSIP_TEST(test_edge_crossing_byes),
        FSIP_TEST(test_edge_bye_unanswered),
        FSIP_TEST(test_edge_require_unknown),
    };
    return ct_run_group(tests);
}
