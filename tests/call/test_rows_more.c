/* More machine rows, reached from raw SIP: usages ending inside a dialog
 * that is still early (RFC 5057 §5.1 on an UPDATE of the early dialog,
 * RFC 3311 §5.1), and a CANCEL of the peer's re-INVITE that arrives after
 * we hung up (RFC 3261 §9.2, §15). Each test checks the wire, the events
 * the application sees and the session machine's state. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calltest.h"

#define T1      500
#define ST_ANS  "application/sdp", CT_SDP_ANSWER, strlen(CT_SDP_ANSWER)
#define CONTACT "Contact: <sip:bob@192.0.2.2:5070>\n"

/* ------------------------------------------------------------- caller */

/* RFC 3311 §5.1: our bodiless UPDATE in the early dialog of a 180; we
 * hang up (CANCEL, cancelling); then the UPDATE gets 481 or times out
 * (RFC 5057 §5.1: the usage is gone). The usage is ending already
 * (inv_uac cancelling app_bye: ignored): UPDATE_FAILED, no BYE; the 487
 * ends the call as cancelled. */
static void test_uac_cancelling_update_fails(void **state)
{
    (void)state;
    for (int k = 0; k < 2; k++) {
        ct_node a;
        ct_node_init(&a, "alice", false, NULL, NULL, 1);
        fsip_call *c = ct_invite(&a, 1000, NULL, true);
        int inv = ct_next(&a, "INVITE ");
        ct_reply(&a, inv, 1050, 180, "b1", CONTACT, NULL);
        ct_log_is(&a, "progress 180 b1\n");
        ct_run(&a, 1100);
        assert_int_equal(fsip_call_update(c, NULL, NULL, 0), 0);
        int up = ct_next(&a, "UPDATE ");
        assert_string_equal(ct_to_tag(ct_msg(&a, up)), "b1");
        assert_string_equal(ct_ruri(ct_msg(&a, up)), "sip:bob@192.0.2.2:5070");
        ct_run(&a, 1150);
        assert_int_equal(fsip_call_hangup(c), 0);
        int can = ct_next(&a, "CANCEL ");
        ct_none(&a);
        assert_string_equal(fsip_call_machine_state(c), "cancelling");
        ct_reply(&a, can, 1160, 200, NULL, NULL, NULL);
        uint64_t t;
        if (k == 0) {
            t = 1200;
            ct_reply(&a, up, t, 481, NULL, NULL, NULL);
            ct_log_is(&a, "update_failed 481\n");
        } else {
            /* Timer F (64*T1) with no answer to the UPDATE; its
             * retransmissions aside, nothing goes. */
            t = 1100 + 64 * T1;
            ct_run(&a, t);
            ct_skip(&a, "UPDATE ");
            ct_log_is(&a, "update_failed -\n");
        }
        ct_none(&a); /* no BYE in an early dialog being cancelled */
        assert_int_equal(ct_count_sent(&a, "BYE "), 0);
        assert_string_equal(fsip_call_machine_state(c), "cancelling");
        assert_int_equal(a.ended, 0);
        ct_reply(&a, inv, t + 10, 487, "b1", NULL, NULL);
        ct_next(&a, "ACK ");
        ct_none(&a);
        ct_log_is(&a, "ended cancelled 487\n");
        ct_node_end(&a);
    }
}

/* ------------------------------------------------------------- callee */

/* RFC 3311 §5.1: the callee's bodiless UPDATE in the early dialog of its
 * 180 gets 481 or times out: RFC 5057 §5.1, the INVITE usage (the early
 * dialog's only one) is gone (dialog early usage_failure): the INVITE is
 * answered 500, UPDATE_FAILED, ENDED dialog_gone with that status. */
static void test_uas_early_update_fails(void **state)
{
    (void)state;
    for (int k = 0; k < 2; k++) {
        ct_node a;
        ct_node_init(&a, "alice", false, NULL, NULL, 1);
        ct_dlg d;
        char cid[64];
        snprintf(cid, sizeof cid, "early-upd-%d@192.0.2.2", k);
        char br[64];
        ct_peer_invite(&a, &d, cid, NULL, CT_SDP_OFFER, br, sizeof br);
        fsip_call *c = a.call;
        /* Not before the 180: no early dialog yet (RFC 3261 §12.1). */
        assert_int_equal(fsip_call_update(c, NULL, NULL, 0), FSIP_EINVAL);
        ct_run(&a, 1100);
        assert_int_equal(fsip_call_ring(c, 180, NULL, NULL, 0), 0);
        int r180 = ct_next(&a, "SIP/2.0 180 ");
        const char *tag = ct_to_tag(ct_msg(&a, r180));
        assert_true(tag[0] != 0);
        assert_int_equal(fsip_call_update(c, NULL, NULL, 0), 0);
        int up = ct_next(&a, "UPDATE ");
        ct_none(&a);
        /* In the early dialog: our tag in From, the caller's in To. */
        assert_string_equal(ct_from_tag(ct_msg(&a, up)), ct_to_tag(ct_msg(&a, r180)));
        assert_string_equal(ct_to_tag(ct_msg(&a, up)), d.peer_tag);
        assert_string_equal(fsip_call_machine_state(c), "proceeding");
        uint64_t t;
        int st;
        if (k == 0) {
            t = 1200;
            st = 481;
            ct_reply(&a, up, t, 481, NULL, NULL, NULL);
        } else {
            t = 1100 + 64 * T1;
            st = 408;
            ct_run(&a, t);
            ct_skip(&a, "UPDATE ");
        }
        int r = ct_next(&a, "SIP/2.0 500 ");
        ct_none(&a);
        assert_string_equal(ct_cseq_method(ct_msg(&a, r)), "INVITE");
        char exp[96];
        snprintf(exp, sizeof exp, "update_failed %s\nended dialog_gone %d\n", k ? "-" : "481", st);
        ct_log_is(&a, exp);
        assert_null(a.call);
        assert_int_equal(a.ended, 1);
        ct_dlg_request(&a, &d, t + 10, "ACK", 1, br, NULL, NULL);
        ct_none(&a);
        ct_node_end(&a);
    }
}

/* ------------------------------------------- CANCEL after our hang-up */

/* A call confirmed at 1100, the UA as caller or callee. */
static fsip_call *up_call(ct_node *a, ct_dlg *d, bool callee)
{
    static int n;
    ct_node_init(a, "alice", false, NULL, NULL, 1);
    char cid[64] = "";
    if (callee) snprintf(cid, sizeof cid, "more-%d@192.0.2.2", ++n);
    return ct_confirmed(a, d, callee, cid, NULL, NULL, NULL);
}

/* The peer's re-INVITE is accepted (reinv_in_ack); before its ACK the
 * session ends on our side: we hang up (k 0) or the ACK never comes
 * (k 1, 64*T1: BYE, ENDED no_ack). The peer's CANCEL of that re-INVITE
 * then meets a session that is over (k 0: terminating rx_cancel, both
 * machines): 200 to the CANCEL (RFC 3261 §9.2), nothing else, no event;
 * the BYE's 200 ends it. */
static void test_terminating_rx_cancel(void **state)
{
    (void)state;
    for (int callee = 0; callee < 2; callee++)
        for (int k = 0; k < 2; k++) {
            ct_node a;
            ct_dlg d;
            fsip_call *c = up_call(&a, &d, callee);
            ct_dlg_request(&a, &d, 5000, "INVITE", 0, NULL, NULL, CT_SDP_OFFER);
            char br[64];
            snprintf(br, sizeof br, "%s", d.branch);
            uint32_t seq = d.cseq;
            ct_next(&a, "SIP/2.0 100 ");
            ct_log_is(&a, "reinvite INVITE\n");
            assert_string_equal(fsip_call_machine_state(c), "reinv_in");
            ct_run(&a, 5100);
            assert_int_equal(fsip_call_accept(c, ST_ANS), 0);
            int ok = ct_next(&a, "SIP/2.0 200 ");
            assert_int_equal(ct_cseq(ct_msg(&a, ok)), seq);
            assert_string_equal(fsip_call_machine_state(c), "reinv_in_ack");
            uint64_t t;
            if (k == 0) {
                t = 5200;
                ct_run(&a, t);
                assert_int_equal(fsip_call_hangup(c), 0);
                ct_log_is(&a, "ended local_bye 0\n");
            } else {
                t = 5100 + 64 * T1;
                ct_run(&a, t - 1);
                assert_int_equal(ct_pending(&a, "BYE "), 0);
                ct_run(&a, t);
                ct_log_is(&a, "ended no_ack 0\n");
            }
            /* (the 2xx retransmissions before the BYE) */
            ct_skip(&a, "SIP/2.0 200 ");
            int bye = ct_next(&a, "BYE ");
            ct_none(&a);
            assert_string_equal(fsip_call_machine_state(c), "terminating");
            ct_dlg_request(&a, &d, t + 10, "CANCEL", seq, br, NULL, NULL);
            /* k 1: the re-INVITE's server transaction ended with the
             * 2xx's 64*T1 (RFC 6026 §8.7, Timer L): nothing to cancel,
             * 481 (RFC 3261 §9.2). */
            int r = ct_next(&a, k ? "SIP/2.0 481 " : "SIP/2.0 200 ");
            assert_string_equal(ct_cseq_method(ct_msg(&a, r)), "CANCEL");
            ct_none(&a); /* no 487: the re-INVITE was answered (§9.2) */
            ct_log_is(&a, "");
            assert_string_equal(fsip_call_machine_state(c), "terminating");
            ct_run(&a, t + 2000);
            assert_int_equal(ct_pending(&a, "SIP/2.0 487 "), 0);
            a.cursor = a.nsent;
            ct_reply(&a, bye, t + 2010, 200, NULL, NULL, NULL);
            ct_none(&a);
            ct_log_is(&a, "");
            assert_int_equal(a.ended, 1);
            ct_node_end(&a);
        }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_uac_cancelling_update_fails),
        FSIP_TEST(test_uas_early_update_fails),
        FSIP_TEST(test_terminating_rx_cancel),
    };
    return ct_run_group(tests);
}
