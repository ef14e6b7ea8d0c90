/* Forking (RFC 3261 §13.2.2.4, §12.1.2; RFC 6026 §7.2): the INVITE of
 * the UA on A reaches two phones behind a forking proxy; the test plays
 * both forks (To tags b1 and b2, each with its own Contact). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calltest.h"

#define T1 500

static const char *const FORK_A = "Contact: <sip:bob-a@192.0.2.2:5070>\n";
static const char *const FORK_B = "Contact: <sip:bob-b@192.0.2.2:5070>\n";

static void test_fork_two_early_dialogs_second_2xx(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    fsip_call *c = ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");

    ct_reply(&a, inv, 1100, 180, "b1", FORK_A, NULL);
    ct_log_is(&a, "progress 180 b1\n");
    assert_int_equal(fsip_call_early_dialogs(c), 1);
    ct_reply(&a, inv, 1200, 180, "b2", FORK_B, NULL);
    ct_log_is(&a, "progress 180 b2\n");
    assert_int_equal(fsip_call_early_dialogs(c), 2);
    /* The same fork again is no new dialog. */
    ct_reply(&a, inv, 1300, 183, "b1", FORK_A, NULL);
    ct_log_is(&a, "progress 183 b1\n");
    assert_int_equal(fsip_call_early_dialogs(c), 2);
    ct_none(&a);

    /* Fork A answers: its dialog is the call's. */
    ct_reply(&a, inv, 1400, 200, "b1", FORK_A, CT_SDP_ANSWER);
    ct_log_is(&a, "answered 200\n");
    int ack_a = ct_next(&a, "ACK sip:bob-a@192.0.2.2:5070 SIP/2.0\r\n");
    ct_none(&a);
    assert_string_equal(ct_to_tag(ct_msg(&a, ack_a)), "b1");
    assert_string_equal(fsip_call_remote_tag(c), "b1");
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_CONFIRMED);

    /* Fork B answers too: ACK it, then BYE it; the app is told. */
    ct_reply(&a, inv, 1500, 200, "b2", FORK_B, CT_SDP_ANSWER);
    ct_log_is(&a, "fork_ended 200 b2\n");
    int ack_b = ct_next(&a, "ACK sip:bob-b@192.0.2.2:5070 SIP/2.0\r\n");
    int bye_b = ct_next(&a, "BYE sip:bob-b@192.0.2.2:5070 SIP/2.0\r\n");
    ct_none(&a);
    const fsip_msg *m = ct_msg(&a, ack_b);
    assert_string_equal(ct_to_tag(m), "b2");
    assert_int_equal(ct_cseq(m), 1);
    assert_string_equal(ct_call_id(m), fsip_call_id(c));
    assert_string_equal(ct_from_tag(m), fsip_call_local_tag(c));
    m = ct_msg(&a, bye_b);
    assert_string_equal(ct_to_tag(m), "b2");
    assert_int_equal(ct_cseq(m), 2);
    assert_string_equal(ct_cseq_method(m), "BYE");
    assert_string_equal(ct_call_id(m), fsip_call_id(c));
    assert_string_equal(ct_from_tag(m), fsip_call_local_tag(c));
    assert_int_equal(fsip_ua_stats_get(a.ua)->forks_ended, 1);
    /* The call itself is untouched. */
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_CONFIRMED);
    assert_string_equal(fsip_call_remote_tag(c), "b1");
    ct_reply(&a, bye_b, 1600, 200, NULL, NULL, NULL);
    ct_none(&a);
    ct_log_is(&a, "");

    /* Our BYE goes to fork A only. */
    ct_run(&a, 5000);
    assert_int_equal(fsip_call_hangup(c), 0);
    int bye_a = ct_next(&a, "BYE sip:bob-a@192.0.2.2:5070 SIP/2.0\r\n");
    ct_none(&a);
    assert_string_equal(ct_to_tag(ct_msg(&a, bye_a)), "b1");
    ct_reply(&a, bye_a, 5100, 200, NULL, NULL, NULL);
    ct_log_is(&a, "ended local_bye 0\n");
    ct_node_done(&a, 200000);
}

/* Fork B's 2xx retransmitted: ACK it again, no second BYE, no second
 * FORK_ENDED (RFC 3261 §13.2.2.4: an ACK for each 2xx; one BYE per
 * dialog). */
static void test_fork_second_2xx_retransmitted(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    ct_reply(&a, inv, 1100, 200, "b1", FORK_A, CT_SDP_ANSWER);
    ct_next(&a, "ACK ");
    ct_reply(&a, inv, 1200, 200, "b2", FORK_B, CT_SDP_ANSWER);
    ct_next(&a, "ACK sip:bob-b@");
    int bye_b = ct_next(&a, "BYE sip:bob-b@");
    ct_log_is(&a, "answered 200\nfork_ended 200 b2\n");
    ct_reply(&a, inv, 1300, 200, "b2", FORK_B, CT_SDP_ANSWER);
    ct_next(&a, "ACK sip:bob-b@");
    ct_none(&a);
    ct_log_is(&a, "");
    assert_int_equal(fsip_ua_stats_get(a.ua)->forks_ended, 1);
    ct_reply(&a, bye_b, 1400, 200, NULL, NULL, NULL);
    ct_node_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_fork_two_early_dialogs_second_2xx),
        FSIP_TEST(test_fork_second_2xx_retransmitted),
    };
    return ct_run_group(tests);
}
