/* Row-coverage cases that found bugs in the call layer (now fixed): a
 * second re-INVITE of the peer answered on the first one's transaction, a
 * CANCEL of the answered INVITE cancelling a pending re-INVITE, a hang-up's
 * end reason renamed by a request that changed nothing. Each asserts what
 * the RFC asks; see the comments. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calltest.h"

#define ST_ANS "application/sdp", CT_SDP_ANSWER, strlen(CT_SDP_ANSWER)

/* A confirmed call (caller: we placed it; callee: we answered it at 1000,
 * ACK at 1100); *inv_branch: the peer's INVITE branch (callee). */
static fsip_call *up(ct_node *a, ct_dlg *d, bool callee, char *inv_branch)
{
    return ct_confirmed(a, d, callee, "pending-rows@192.0.2.2", NULL, NULL, inv_branch);
}

/* RFC 3261 §14.2, §13.3.1.4: the peer re-INVITEs twice, 5 s apart; each is
 * accepted and ACKed. The 200 the app's second fsip_call_accept() sends
 * must answer the second re-INVITE (its CSeq, its transaction). */
static void test_fixed_second_reinvite_in(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++) {
        ct_node a;
        ct_node_init(&a, "alice", false, NULL, NULL, 1);
        ct_dlg d;
        char br[64];
        fsip_call *c = up(&a, &d, side, br);
        for (int k = 0; k < 2; k++) {
            uint64_t t = 5000 + 5000 * (uint64_t)k;
            ct_dlg_request(&a, &d, t, "INVITE", 0, NULL, NULL, CT_SDP_OFFER);
            uint32_t seq = d.cseq;
            ct_next(&a, "SIP/2.0 100 ");
            ct_log_is(&a, "reinvite INVITE\n");
            ct_run(&a, t + 100);
            assert_int_equal(fsip_call_accept(c, ST_ANS), 0);
            int ok = ct_next(&a, "SIP/2.0 200 ");
            ct_none(&a);
            assert_string_equal(ct_cseq_method(ct_msg(&a, ok)), "INVITE");
            assert_int_equal(ct_cseq(ct_msg(&a, ok)), seq);
            assert_string_equal(ct_branch(ct_msg(&a, ok)), d.branch);
            ct_dlg_request(&a, &d, t + 200, "ACK", seq, NULL, NULL, NULL);
            ct_log_is(&a, "reinvite_done ACK\n");
        }
        ct_node_free(&a);
    }
}

/* RFC 3261 §9.2: a CANCEL of the initial INVITE, answered long ago (its
 * server transaction lingers in Accepted, RFC 6026 Timer L), has no
 * effect: 200 to the CANCEL. The peer's re-INVITE that is pending at the
 * time is a different transaction and must stay pending (no 487, no
 * REINVITE_FAILED). */
static void test_fixed_cancel_initial_during_reinvite(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64];
    fsip_call *c = up(&a, &d, true, br);
    ct_dlg_request(&a, &d, 5000, "INVITE", 0, NULL, NULL, CT_SDP_HOLD);
    uint32_t seq = d.cseq;
    ct_next(&a, "SIP/2.0 100 ");
    ct_log_is(&a, "reinvite INVITE\n");
    /* The CANCEL of the initial INVITE: its branch, CSeq 1, To without tag. */
    ct_peer_cancel(&a, &d, 5100, br);
    ct_next(&a, "SIP/2.0 200 ");
    ct_none(&a);       /* no 487 to the re-INVITE */
    ct_log_is(&a, ""); /* no REINVITE_FAILED */
    assert_string_equal(fsip_call_machine_state(c), "reinv_in");
    ct_run(&a, 5200);
    assert_int_equal(fsip_call_accept(c, ST_ANS), 0);
    int ok = ct_next(&a, "SIP/2.0 200 ");
    assert_int_equal(ct_cseq(ct_msg(&a, ok)), seq);
    ct_node_free(&a);
}

/* The callee hangs up between its 2xx and the ACK (bye_pending: the BYE
 * waits, RFC 3261 §15). Before the ACK comes, the peer sends a CANCEL of
 * the answered INVITE (no effect, §9.2: 200 only) or a re-INVITE (500 +
 * Retry-After, §14.2). Neither ends the call; the ACK brings our BYE, and
 * the call ends the way the app ended it: ENDED local_bye 0 (not the
 * reason of the CANCEL or re-INVITE, whose rows here change nothing). */
static void test_fixed_bye_pending_end_reason(void **state)
{
    (void)state;
    for (int k = 0; k < 2; k++) {
        ct_node a;
        ct_node_init(&a, "alice", false, NULL, NULL, 1);
        ct_dlg d;
        char br[64];
        ct_callee_answered(&a, &d, k ? "bp-reinv@192.0.2.2" : "bp-cancel@192.0.2.2", NULL, br);
        ct_run(&a, 1100);
        assert_int_equal(fsip_call_hangup(a.call), 0);
        if (k == 0) {
            ct_peer_cancel(&a, &d, 1200, br);
            ct_next(&a, "SIP/2.0 200 ");
        } else {
            ct_dlg_request(&a, &d, 1200, "INVITE", 0, NULL, NULL, CT_SDP_OFFER);
            ct_next(&a, "SIP/2.0 100 ");
            ct_next(&a, "SIP/2.0 500 ");
            ct_dlg_request(&a, &d, 1250, "ACK", 2, d.branch, NULL, NULL);
        }
        ct_none(&a);
        ct_dlg_request(&a, &d, 1300, "ACK", 1, NULL, NULL, NULL);
        int bye = ct_next(&a, "BYE ");
        ct_log_is(&a, "ended local_bye 0\n");
        ct_reply(&a, bye, 1400, 200, NULL, NULL, NULL);
        ct_node_free(&a);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_fixed_second_reinvite_in),
        FSIP_TEST(test_fixed_cancel_initial_during_reinvite),
        FSIP_TEST(test_fixed_bye_pending_end_reason),
    };
    return ct_run_group(tests);
}
