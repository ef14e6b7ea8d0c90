/* The caller side of a call, byte by byte: the UA on A places a call, the
 * test plays the callee on B (RFC 3261 §13.2, §15, §17.1.1). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calltest.h"

#define T1 500

static const char *const RR = "Record-Route: <sip:p1.example.com;lr>, <sip:p2.example.com;lr>\n";

static void assert_is_b(const ct_node *n, int i)
{
    fsip_netaddr b;
    assert_int_equal(fsip_netaddr_parse("192.0.2.2", 9, 5070, &b), 0);
    assert_true(fsip_netaddr_equal(&n->sent[i].flow.remote, &b));
    assert_int_equal(n->sent[i].flow.transport, FSIP_TRANSPORT_UDP);
}

static void caller_basic(bool record_route)
{
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    fsip_call *c = ct_invite(&a, 1000, NULL, true);
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_CALLING);
    assert_true(fsip_call_is_outgoing(c));

    /* RFC 3261 §8.1.1, §13.2.1: the INVITE. */
    int inv = ct_next(&a, "INVITE sip:bob@192.0.2.2:5070 SIP/2.0\r\n");
    ct_none(&a);
    assert_int_equal(a.sent[inv].at, 1000);
    assert_is_b(&a, inv);
    const fsip_msg *m = ct_msg(&a, inv);
    assert_true(strlen(fsip_call_id(c)) >= 8);
    assert_string_equal(ct_call_id(m), fsip_call_id(c));
    assert_true(strlen(fsip_call_local_tag(c)) >= 4);
    assert_string_equal(ct_from_tag(m), fsip_call_local_tag(c));
    assert_string_equal(fsip_call_remote_tag(c), "");
    assert_view(fsip_msg_from(m)->uri.raw, "sip:alice@example.com");
    assert_view(fsip_msg_from(m)->display, "\"Alice\"");
    assert_view(fsip_msg_to(m)->uri.raw, "sip:bob@192.0.2.2:5070");
    assert_string_equal(ct_to_tag(m), "");
    assert_int_equal(ct_cseq(m), 1);
    assert_string_equal(ct_cseq_method(m), "INVITE");
    assert_string_equal(ct_h(m, "Contact"), CT_CONTACT_A);
    assert_int_equal(fsip_msg_max_forwards(m), 70);
    assert_int_equal(ct_hcount(m, "Via"), 1);
    assert_true(strncmp(ct_branch(m), "z9hG4bK", 7) == 0 && strlen(ct_branch(m)) > 7);
    assert_view(fsip_msg_via(m)->transport, "UDP");
    assert_view(fsip_msg_via(m)->host, "192.0.2.1");
    assert_string_equal(ct_h(m, "Content-Type"), "application/sdp");
    assert_string_equal(ct_body(m), CT_SDP_OFFER);
    const char *methods[] = {"INVITE", "ACK", "BYE", "CANCEL", "OPTIONS"};
    for (int i = 0; i < 5; i++)
        assert_true(ct_has_token(m, "Allow", methods[i]));
    assert_null(ct_h(m, "Session-Expires")); /* session timers are off here */
    char inv_branch[128];
    snprintf(inv_branch, sizeof inv_branch, "%s", ct_branch(m));

    const char *rr = record_route ? RR : "";
    char hdrs[512];
    /* RFC 3261 §13.2.2.1: a 180 with a To tag makes an early dialog. */
    snprintf(hdrs, sizeof hdrs, "Contact: <sip:bob-ua@192.0.2.2:5070>\n%s", rr);
    ct_reply(&a, inv, 1100, 180, "b1", hdrs, NULL);
    ct_log_is(&a, "progress 180 b1\n");
    ct_none(&a);
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_EARLY);
    assert_int_equal(fsip_call_early_dialogs(c), 1);

    /* RFC 3261 §13.2.2.4: the 2xx is ACKed; ACK goes to the remote target
     * (the 2xx's Contact) with the dialog's route set. */
    snprintf(hdrs, sizeof hdrs,
             "Contact: <sip:bob-ua@192.0.2.2:5070>\n%sContent-Type: application/sdp\n", rr);
    ct_reply(&a, inv, 1200, 200, "b1", hdrs, CT_SDP_ANSWER);
    ct_log_is(&a, "answered 200\n");
    int ack = ct_next(&a, "ACK sip:bob-ua@192.0.2.2:5070 SIP/2.0\r\n");
    ct_none(&a);
    assert_int_equal(a.sent[ack].at, 1200);
    assert_is_b(&a, ack);
    m = ct_msg(&a, ack);
    assert_int_equal(ct_cseq(m), 1);
    assert_string_equal(ct_cseq_method(m), "ACK");
    assert_string_equal(ct_to_tag(m), "b1");
    assert_string_equal(ct_from_tag(m), fsip_call_local_tag(c));
    assert_string_equal(ct_call_id(m), fsip_call_id(c));
    assert_int_equal(fsip_msg_max_forwards(m), 70);
    assert_true(strncmp(ct_branch(m), "z9hG4bK", 7) == 0);
    /* RFC 3261 §17.1.1.3: the ACK for a 2xx is a transaction of its own. */
    assert_string_not_equal(ct_branch(m), inv_branch);
    assert_int_equal(fsip_msg_content_length(m), 0);
    if (record_route) {
        /* RFC 3261 §12.1.2: the UAC's route set is the Record-Route reversed. */
        assert_int_equal(ct_hcount(m, "Route"), 2);
        assert_string_equal(ct_h_at(m, "Route", 0), "<sip:p2.example.com;lr>");
        assert_string_equal(ct_h_at(m, "Route", 1), "<sip:p1.example.com;lr>");
    } else {
        assert_int_equal(ct_hcount(m, "Route"), 0);
    }
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_CONFIRMED);
    assert_string_equal(fsip_call_remote_tag(c), "b1");

    /* RFC 3261 §13.2.2.4: every retransmission of the 2xx gets the ACK
     * again, and the app hears nothing. */
    ct_reply(&a, inv, 1200 + T1, 200, "b1", hdrs, CT_SDP_ANSWER);
    int ack2 = ct_next(&a, "ACK ");
    ct_none(&a);
    ct_log_is(&a, "");
    assert_int_equal(a.sent[ack2].len, a.sent[ack].len);
    assert_memory_equal(a.sent[ack2].data, a.sent[ack].data, a.sent[ack].len);
    assert_int_equal(fsip_ua_stats_get(a.ua)->acks_resent, 1);

    /* RFC 3261 §15.1.1: BYE, CSeq one past the INVITE's. */
    ct_run(&a, 5000);
    ct_none(&a);
    assert_int_equal(fsip_call_hangup(c), 0);
    int bye = ct_next(&a, "BYE sip:bob-ua@192.0.2.2:5070 SIP/2.0\r\n");
    ct_none(&a);
    assert_is_b(&a, bye);
    m = ct_msg(&a, bye);
    assert_int_equal(ct_cseq(m), 2);
    assert_string_equal(ct_cseq_method(m), "BYE");
    assert_string_equal(ct_to_tag(m), "b1");
    assert_string_equal(ct_from_tag(m), ct_from_tag(ct_msg(&a, inv)));
    assert_string_equal(ct_call_id(m), ct_call_id(ct_msg(&a, inv)));
    assert_string_not_equal(ct_branch(m), inv_branch);
    if (record_route) {
        assert_int_equal(ct_hcount(m, "Route"), 2);
        assert_string_equal(ct_h_at(m, "Route", 0), "<sip:p2.example.com;lr>");
        assert_string_equal(ct_h_at(m, "Route", 1), "<sip:p1.example.com;lr>");
    } else {
        assert_int_equal(ct_hcount(m, "Route"), 0);
    }
    ct_reply(&a, bye, 5100, 200, NULL, NULL, NULL);
    ct_log_is(&a, "ended local_bye 0\n");
    assert_int_equal(a.ended, 1);
    assert_null(a.call);
    ct_none(&a);

    /* Everything winds down: no transaction, no call, nothing more sent. */
    ct_run(&a, 200000);
    ct_none(&a);
    ct_log_is(&a, "");
    const fsip_ua_stats *st = fsip_ua_stats_get(a.ua);
    assert_int_equal(st->calls_out, 1);
    assert_int_equal(st->calls_in, 0);
    assert_int_equal(st->calls_answered, 1);
    assert_int_equal(st->calls_failed, 0);
    assert_int_equal(st->calls_active, 0);
    assert_int_equal(st->spec_errors, 0);
    assert_int_equal(fsip_stack_stats(a.s)->txn_active, 0);
    assert_int_equal(fsip_stack_next_deadline(a.s), FSIP_NO_DEADLINE);
    ct_node_free(&a);
}

static void test_caller_basic(void **state)
{
    (void)state;
    caller_basic(false);
}

static void test_caller_record_route(void **state)
{
    (void)state;
    caller_basic(true);
}

/* A 100 Trying makes no early dialog; a 183 without To tag neither. */
static void test_caller_100_no_dialog(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    fsip_call *c = ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    ct_reply(&a, inv, 1010, 100, NULL, NULL, NULL);
    assert_int_equal(fsip_call_early_dialogs(c), 0);
    /* RFC 3261 §17.1.1.2: a provisional stops Timer A: no retransmission. */
    ct_run(&a, 1000 + 16 * T1);
    ct_none(&a);
    ct_reply(&a, inv, 9000, 486, "b1", NULL, NULL);
    /* RFC 3261 §17.1.1.3: the ICT ACKs a non-2xx on the INVITE's branch. */
    int ack = ct_next(&a, "ACK sip:bob@192.0.2.2:5070 SIP/2.0\r\n");
    ct_none(&a);
    const fsip_msg *m = ct_msg(&a, ack);
    assert_string_equal(ct_branch(m), ct_branch(ct_msg(&a, inv)));
    assert_int_equal(ct_cseq(m), 1);
    assert_string_equal(ct_cseq_method(m), "ACK");
    assert_string_equal(ct_to_tag(m), "b1");
    /* 100 may or may not be reported; the end is. */
    assert_non_null(strstr(a.log, "ended rejected 486\n"));
    assert_null(strstr(a.log, "answered"));
    ct_log_clear(&a);
    /* The 486 retransmitted: the ICT ACKs it again, the app hears nothing. */
    ct_reply(&a, inv, 9500, 486, "b1", NULL, NULL);
    int ack2 = ct_next(&a, "ACK ");
    assert_memory_equal(a.sent[ack2].data, a.sent[ack].data, a.sent[ack].len);
    ct_none(&a);
    ct_log_is(&a, "");
    const fsip_ua_stats *st = fsip_ua_stats_get(a.ua);
    assert_int_equal(st->calls_failed, 1);
    assert_int_equal(st->calls_answered, 0);
    ct_run(&a, 100000);
    assert_int_equal(fsip_stack_stats(a.s)->txn_active, 0);
    assert_int_equal(fsip_ua_stats_get(a.ua)->calls_active, 0);
    ct_node_free(&a);
}

/* RFC 3261 §17.1.1.2: no answer at all: Timer A retransmits the INVITE
 * (T1, doubling), Timer B ends it after 64*T1; the call ends with 408. */
static void test_caller_timer_b(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_invite(&a, 1000, NULL, true);
    ct_run(&a, 1000 + 64 * T1 - 1);
    const uint64_t at[] = {1000, 1500, 2500, 4500, 8500, 16500, 32500};
    for (int i = 0; i < 7; i++) {
        int k = ct_next(&a, "INVITE ");
        assert_int_equal(a.sent[k].at, at[i]);
        assert_memory_equal(a.sent[k].data, a.sent[0].data, a.sent[0].len);
    }
    ct_none(&a);
    ct_log_is(&a, "");
    ct_run(&a, 1000 + 64 * T1);
    ct_log_is(&a, "ended timeout 408\n");
    assert_int_equal(a.ev_at[FSIP_CALL_EV_ENDED], 1000 + 64 * T1);
    ct_none(&a);
    ct_run(&a, 200000);
    ct_none(&a);
    assert_int_equal(fsip_stack_stats(a.s)->txn_active, 0);
    assert_int_equal(fsip_ua_stats_get(a.ua)->calls_failed, 1);
    ct_node_free(&a);
}

/* RFC 3261 §16.6 step 11 (Timer C, the UA's INVITE guard): a call that
 * rings for more than 3 minutes without a final response is cancelled. */
static void test_caller_timer_c(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    ct_reply(&a, inv, 1100, 180, "b1", "Contact: <sip:bob@192.0.2.2:5070>\n", NULL);
    ct_log_is(&a, "progress 180 b1\n");
    /* A new provisional restarts it (§16.7 step 2). */
    ct_reply(&a, inv, 60000, 180, "b1", "Contact: <sip:bob@192.0.2.2:5070>\n", NULL);
    ct_log_is(&a, "progress 180 b1\n");
    ct_quiet_until(&a, 60000 + 181000);
    int can = ct_next(&a, "CANCEL sip:bob@192.0.2.2:5070 SIP/2.0\r\n");
    ct_none(&a);
    assert_string_equal(ct_branch(ct_msg(&a, can)), ct_branch(ct_msg(&a, inv)));
    ct_reply(&a, can, 241100, 200, NULL, NULL, NULL);
    ct_reply(&a, inv, 241200, 487, "b1", NULL, NULL);
    ct_next(&a, "ACK ");
    ct_none(&a);
    ct_log_is(&a, "ended timeout 408\n");
    ct_run(&a, 400000);
    assert_int_equal(fsip_stack_stats(a.s)->txn_active, 0);
    ct_node_free(&a);
}

/* A late offer: the INVITE has no body, the 2xx carries the offer and the
 * app's answer rides in the ACK (RFC 3261 §13.2.1). */
static void test_caller_late_offer(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    a.late_ack_body = CT_SDP_OFFER;
    fsip_call *c = ct_invite(&a, 1000, NULL, false);
    int inv = ct_next(&a, "INVITE ");
    const fsip_msg *m = ct_msg(&a, inv);
    assert_int_equal(fsip_msg_content_length(m), 0);
    assert_null(ct_h(m, "Content-Type"));
    ct_reply(&a, inv, 1100, 200, "b1",
             "Contact: <sip:bob@192.0.2.2:5070>\nContent-Type: application/sdp\n", CT_SDP_ANSWER);
    ct_log_is(&a, "answered 200\n");
    int ack = ct_next(&a, "ACK ");
    m = ct_msg(&a, ack);
    assert_string_equal(ct_h(m, "Content-Type"), "application/sdp");
    assert_string_equal(ct_body(m), CT_SDP_OFFER);
    /* A retransmitted 2xx gets the same ACK, body included. */
    ct_reply(&a, inv, 1600, 200, "b1",
             "Contact: <sip:bob@192.0.2.2:5070>\nContent-Type: application/sdp\n", CT_SDP_ANSWER);
    int ack2 = ct_next(&a, "ACK ");
    assert_string_equal(ct_body(ct_msg(&a, ack2)), CT_SDP_OFFER);
    ct_none(&a);
    ct_run(&a, 2000);
    assert_int_equal(fsip_call_hangup(c), 0);
    int bye = ct_next(&a, "BYE ");
    ct_reply(&a, bye, 2100, 200, NULL, NULL, NULL);
    ct_log_is(&a, "ended local_bye 0\n");
    ct_run(&a, 100000);
    ct_node_free(&a);
}

/* The peer hangs up: BYE in, 200 out, ENDED remote_bye (RFC 3261 §15.1.2). */
static void test_caller_remote_bye(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    int inv;
    ct_call_answered(&a, &inv);
    ct_log_is(&a, "answered 200\n");
    ct_dlg d;
    ct_dlg_from_invite(&d, &a, inv, "b1");
    ct_dlg_request(&a, &d, 3000, "BYE", 0, NULL, NULL, NULL);
    int ok = ct_next(&a, "SIP/2.0 200 ");
    ct_none(&a);
    const fsip_msg *m = ct_msg(&a, ok);
    assert_string_equal(ct_cseq_method(m), "BYE");
    assert_string_equal(ct_branch(m), d.branch);
    assert_string_equal(ct_to_tag(m), d.ua_tag);
    ct_log_is(&a, "ended remote_bye 0\n");
    /* The BYE retransmitted: the NIST answers it again, the app hears nothing. */
    ct_dlg_request(&a, &d, 3500, "BYE", d.cseq, d.branch, NULL, NULL);
    ct_next(&a, "SIP/2.0 200 ");
    ct_none(&a);
    ct_log_is(&a, "");
    ct_run(&a, 100000);
    assert_int_equal(fsip_stack_stats(a.s)->txn_active, 0);
    assert_int_equal(fsip_ua_stats_get(a.ua)->calls_active, 0);
    ct_node_free(&a);
}

/* fsip_ua_free() with a call open: ENDED shutdown, nothing sent. */
static void test_caller_shutdown(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    int inv;
    ct_call_answered(&a, &inv);
    ct_log_clear(&a);
    fsip_ua_free(a.ua);
    a.ua = NULL;
    ct_log_is(&a, "ended shutdown 0\n");
    ct_none(&a);
    ct_node_free(&a);
}

/* Bad parameters are refused without side effects. */
static void test_caller_bad_params(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    fsip_call_params p;
    memset(&p, 0, sizeof p);
    p.dest = ct_flow_out(&a);
    fsip_call *c = NULL;
    assert_int_equal(fsip_call_invite(a.ua, &p, &c), FSIP_EINVAL); /* no target */
    p.target = "not a uri";
    assert_int_equal(fsip_call_invite(a.ua, &p, &c), FSIP_EINVAL);
    p.target = "sip:bob@192.0.2.2:5070";
    p.headers = "Bad header without colon\r\n";
    assert_int_equal(fsip_call_invite(a.ua, &p, &c), FSIP_EINVAL);
    ct_none(&a);
    ct_log_is(&a, "");
    assert_int_equal(fsip_ua_stats_get(a.ua)->calls_active, 0);
    ct_node_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_caller_basic),         FSIP_TEST(test_caller_record_route),
        FSIP_TEST(test_caller_100_no_dialog), FSIP_TEST(test_caller_timer_b),
        FSIP_TEST(test_caller_timer_c),       FSIP_TEST(test_caller_late_offer),

        FSIP_TEST(test_caller_remote_bye),    FSIP_TEST(test_caller_shutdown),
        FSIP_TEST(test_caller_bad_params),
    };
    return ct_run_group(tests);
}
