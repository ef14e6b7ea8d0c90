/* CANCEL and its races, in every order (RFC 3261 §9.1, §9.2, §13.2.2.4,
 * §15): the UA on A cancels, or is cancelled by the test on B. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calltest.h"

#define T1 500

static const char *const CONTACT = "Contact: <sip:bob@192.0.2.2:5070>\n";

/* The CANCEL at sent[can] matches the INVITE at sent[inv] (§9.1). */
static void assert_cancel_of(ct_node *a, int can, int inv)
{
    const fsip_msg *c = ct_msg(a, can), *i = ct_msg(a, inv);
    assert_string_equal(ct_ruri(c), ct_ruri(i));
    assert_string_equal(ct_branch(c), ct_branch(i));
    assert_string_equal(ct_call_id(c), ct_call_id(i));
    assert_string_equal(ct_from_tag(c), ct_from_tag(i));
    assert_string_equal(ct_to_tag(c), "");
    assert_int_equal(ct_cseq(c), 1);
    assert_string_equal(ct_cseq_method(c), "CANCEL");
    assert_int_equal(fsip_msg_content_length(c), 0);
}

/* The ICT's ACK for a non-2xx final (§17.1.1.3). */
static void assert_ict_ack(ct_node *a, int ack, int inv, const char *totag)
{
    const fsip_msg *k = ct_msg(a, ack), *i = ct_msg(a, inv);
    assert_string_equal(ct_ruri(k), ct_ruri(i));
    assert_string_equal(ct_branch(k), ct_branch(i));
    assert_int_equal(ct_cseq(k), 1);
    assert_string_equal(ct_cseq_method(k), "ACK");
    assert_string_equal(ct_to_tag(k), totag);
}

/* Hang-up before any provisional response: the CANCEL waits for one
 * (§9.1), then 200 (CANCEL) and 487 (INVITE) in either order. */
static void cancel_before_1xx(bool ok_first)
{
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    fsip_call *c = ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    ct_run(&a, 1100);
    assert_int_equal(fsip_call_hangup(c), 0);
    assert_int_equal(fsip_call_hangup(c), 0); /* idempotent */
    ct_none(&a);                              /* nothing to cancel yet */
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_CANCELLING);
    /* The INVITE keeps being retransmitted meanwhile (Timer A). */
    ct_run(&a, 1500);
    ct_next(&a, "INVITE ");
    ct_none(&a);
    ct_log_is(&a, "");

    ct_reply(&a, inv, 1600, 180, "b1", CONTACT, NULL);
    int can = ct_next(&a, "CANCEL sip:bob@192.0.2.2:5070 SIP/2.0\r\n");
    ct_none(&a);
    assert_cancel_of(&a, can, inv);
    assert_int_equal(a.sent[can].at, 1600);
    ct_log_is(&a, "");

    if (ok_first) ct_reply(&a, can, 1700, 200, NULL, NULL, NULL);
    ct_none(&a);
    ct_reply(&a, inv, 1800, 487, "b1", NULL, NULL);
    int ack = ct_next(&a, "ACK sip:bob@192.0.2.2:5070 SIP/2.0\r\n");
    assert_ict_ack(&a, ack, inv, "b1");
    ct_none(&a);
    ct_log_is(&a, "ended cancelled 487\n");
    if (!ok_first) ct_reply(&a, can, 1900, 200, NULL, NULL, NULL);
    ct_run(&a, 100000);
    ct_none(&a);
    ct_log_is(&a, "");
    assert_int_equal(fsip_stack_stats(a.s)->txn_active, 0);
    const fsip_ua_stats *st = fsip_ua_stats_get(a.ua);
    assert_int_equal(st->calls_failed, 1);
    assert_int_equal(st->calls_active, 0);
    ct_node_free(&a);
}

static void test_cancel_before_1xx(void **state)
{
    (void)state;
    cancel_before_1xx(true);
}

static void test_cancel_before_1xx_487_first(void **state)
{
    (void)state;
    cancel_before_1xx(false);
}

/* Alice calls, Bob rings (180 b1 at 1100), Alice hangs up at 2000: the
 * CANCEL goes at once (RFC 3261 §9.1). Returns the CANCEL (its index). */
static int ring_then_hangup(ct_node *a, fsip_call **c, int *inv)
{
    ct_node_init(a, "alice", false, NULL, NULL, 1);
    *c = ct_invite(a, 1000, NULL, true);
    *inv = ct_next(a, "INVITE ");
    ct_reply(a, *inv, 1100, 180, "b1", CONTACT, NULL);
    ct_log_is(a, "progress 180 b1\n");
    ct_run(a, 2000);
    assert_int_equal(fsip_call_hangup(*c), 0);
    return ct_next(a, "CANCEL ");
}

/* Ringing, hang-up: CANCEL at once; 200 and 487 in either order. */
static void cancel_after_1xx(bool ok_first)
{
    ct_node a;
    fsip_call *c;
    int inv;
    int can = ring_then_hangup(&a, &c, &inv);
    ct_none(&a);
    assert_cancel_of(&a, can, inv);
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_CANCELLING);
    /* A late provisional changes nothing. */
    ct_reply(&a, inv, 2050, 183, "b1", CONTACT, NULL);
    ct_none(&a);
    ct_log_is(&a, "");
    if (ok_first) ct_reply(&a, can, 2100, 200, NULL, NULL, NULL);
    ct_reply(&a, inv, 2200, 487, "b1", NULL, NULL);
    int ack = ct_next(&a, "ACK ");
    assert_ict_ack(&a, ack, inv, "b1");
    ct_none(&a);
    ct_log_is(&a, "ended cancelled 487\n");
    if (!ok_first) ct_reply(&a, can, 2300, 200, NULL, NULL, NULL);
    ct_node_done(&a, 100000);
}

static void test_cancel_after_1xx(void **state)
{
    (void)state;
    cancel_after_1xx(true);
}

static void test_cancel_after_1xx_487_first(void **state)
{
    (void)state;
    cancel_after_1xx(false);
}

/* The 200 to the INVITE crosses our CANCEL (§9.1: the CANCEL has no
 * effect): ACK the 2xx, then BYE (§15). order: 0 = 200 (CANCEL) first,
 * 1 = 2xx first then 200 (CANCEL), 2 = 2xx first then 481 (CANCEL). */
static void cancel_crossed_2xx(int order)
{
    ct_node a;
    fsip_call *c;
    int inv;
    int can = ring_then_hangup(&a, &c, &inv);
    if (order == 0) ct_reply(&a, can, 2050, 200, NULL, NULL, NULL);
    ct_reply(&a, inv, 2100, 200, "b1", "Contact: <sip:bob-ua@192.0.2.2:5070>\n", CT_SDP_ANSWER);
    int ack = ct_next(&a, "ACK sip:bob-ua@192.0.2.2:5070 SIP/2.0\r\n");
    int bye = ct_next(&a, "BYE sip:bob-ua@192.0.2.2:5070 SIP/2.0\r\n");
    ct_none(&a);
    const fsip_msg *m = ct_msg(&a, ack);
    assert_string_equal(ct_to_tag(m), "b1");
    assert_int_equal(ct_cseq(m), 1);
    assert_string_not_equal(ct_branch(m), ct_branch(ct_msg(&a, inv)));
    m = ct_msg(&a, bye);
    assert_string_equal(ct_to_tag(m), "b1");
    assert_int_equal(ct_cseq(m), 2);
    assert_string_equal(ct_cseq_method(m), "BYE");
    assert_string_equal(ct_call_id(m), ct_call_id(ct_msg(&a, inv)));
    /* The app never saw the call up: it hung up. */
    assert_null(strstr(a.log, "answered"));
    /* (The status reported is not pinned here: no final non-2xx came.) */
    assert_int_equal(a.ended, 1);
    assert_int_equal(a.end_reason, FSIP_END_CANCELLED);
    ct_log_clear(&a);
    if (order == 1) ct_reply(&a, can, 2150, 200, NULL, NULL, NULL);
    if (order == 2) ct_reply(&a, can, 2150, 481, NULL, NULL, NULL);
    /* The 2xx retransmitted: ACKed again, no second BYE. */
    ct_reply(&a, inv, 2400, 200, "b1", "Contact: <sip:bob-ua@192.0.2.2:5070>\n", CT_SDP_ANSWER);
    int ack2 = ct_next(&a, "ACK ");
    assert_memory_equal(a.sent[ack2].data, a.sent[ack].data, a.sent[ack].len);
    ct_none(&a);
    ct_reply(&a, bye, 2450, 200, NULL, NULL, NULL);
    ct_run(&a, 100000);
    ct_none(&a);
    ct_log_is(&a, "");
    assert_int_equal(fsip_stack_stats(a.s)->txn_active, 0);
    assert_int_equal(fsip_ua_stats_get(a.ua)->calls_active, 0);
    ct_node_free(&a);
}

static void test_cancel_crossed_2xx(void **state)
{
    (void)state;
    cancel_crossed_2xx(0);
}

static void test_cancel_crossed_2xx_then_cancel_ok(void **state)
{
    (void)state;
    cancel_crossed_2xx(1);
}

static void test_cancel_crossed_2xx_then_cancel_481(void **state)
{
    (void)state;
    cancel_crossed_2xx(2);
}

/* Hang-up queued before any provisional, then a 2xx straight away: no
 * CANCEL ever goes out; the 2xx is ACKed and BYEd. */
static void test_cancel_queued_then_2xx(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    fsip_call *c = ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    ct_run(&a, 1100);
    assert_int_equal(fsip_call_hangup(c), 0);
    ct_none(&a);
    ct_reply(&a, inv, 1200, 200, "b1", CONTACT, CT_SDP_ANSWER);
    ct_next(&a, "ACK sip:bob@192.0.2.2:5070 ");
    int bye = ct_next(&a, "BYE sip:bob@192.0.2.2:5070 ");
    ct_none(&a);
    assert_int_equal(ct_pending(&a, "CANCEL"), 0);
    assert_int_equal(a.ended, 1);
    assert_int_equal(a.end_reason, FSIP_END_CANCELLED);
    ct_log_clear(&a);
    ct_reply(&a, bye, 1300, 200, NULL, NULL, NULL);
    ct_node_done(&a, 100000);
}

/* The 2xx arrives before the app hangs up: too late to cancel, the
 * hang-up is a BYE. */
static void test_cancel_too_late_is_bye(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    fsip_call *c = ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    ct_reply(&a, inv, 1100, 180, "b1", CONTACT, NULL);
    ct_reply(&a, inv, 1200, 200, "b1", CONTACT, CT_SDP_ANSWER);
    ct_next(&a, "ACK ");
    ct_log_is(&a, "progress 180 b1\nanswered 200\n");
    ct_run(&a, 1300);
    assert_int_equal(fsip_call_hangup(c), 0);
    int bye = ct_next(&a, "BYE ");
    ct_none(&a);
    ct_reply(&a, bye, 1400, 200, NULL, NULL, NULL);
    ct_log_is(&a, "ended local_bye 0\n");
    ct_node_free(&a);
}

/* No final response ever comes after our CANCEL: the 64*T1 guard ends
 * the call (§9.1) and the INVITE transaction is dropped. */
static void test_cancel_no_487(void **state)
{
    (void)state;
    ct_node a;
    fsip_call *c;
    int inv;
    int can = ring_then_hangup(&a, &c, &inv);
    ct_reply(&a, can, 2100, 200, NULL, NULL, NULL);
    ct_run(&a, 2000 + 64 * T1 - 1);
    ct_none(&a);
    ct_log_is(&a, "");
    ct_run(&a, 2000 + 64 * T1);
    ct_log_is(&a, "ended cancelled 487\n");
    ct_none(&a);
    ct_run(&a, 200000);
    ct_none(&a);
    assert_int_equal(fsip_ua_stats_get(a.ua)->calls_active, 0);
    /* The ICT, in Proceeding with no timer of its own (§17.1.1.2), is
     * abandoned with the call. */
    assert_int_equal(fsip_stack_stats(a.s)->txn_active, 0);
    assert_int_equal(fsip_stack_next_deadline(a.s), FSIP_NO_DEADLINE);
    /* A very late 487 finds nothing: dropped, nobody told. */
    ct_reply(&a, inv, 300000, 487, "b1", NULL, NULL);
    ct_log_is(&a, "");
    ct_node_free(&a);
}

/* The callee side (§9.2): CANCEL in -> 200 to it, 487 to the INVITE; the
 * ACK for the 487 is absorbed. */
static void test_cancel_received(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    a.on_incoming = 180;
    ct_dlg d;
    ct_dlg_callee(&d, "cancel-rx@192.0.2.2");
    ct_dlg_request(&a, &d, 1000, "INVITE", 1, NULL, NULL, CT_SDP_OFFER);
    char br[64];
    snprintf(br, sizeof br, "%s", d.branch);
    ct_next(&a, "SIP/2.0 100 ");
    int r180 = ct_next(&a, "SIP/2.0 180 ");
    ct_log_is(&a, "incoming INVITE\n");
    char tag[64];
    snprintf(tag, sizeof tag, "%s", ct_to_tag(ct_msg(&a, r180)));

    ct_dlg_request(&a, &d, 1500, "CANCEL", 1, br, NULL, NULL);
    int ok = ct_next(&a, "SIP/2.0 200 ");
    int r487 = ct_next(&a, "SIP/2.0 487 ");
    ct_none(&a);
    const fsip_msg *m = ct_msg(&a, ok);
    assert_string_equal(ct_cseq_method(m), "CANCEL");
    assert_string_equal(ct_branch(m), br);
    m = ct_msg(&a, r487);
    assert_string_equal(ct_cseq_method(m), "INVITE");
    assert_string_equal(ct_to_tag(m), tag);
    assert_string_equal(ct_branch(m), br);
    ct_log_is(&a, "ended cancelled 487\n");
    assert_null(a.call);

    snprintf(d.ua_tag, sizeof d.ua_tag, "%s", tag);
    ct_dlg_request(&a, &d, 1600, "ACK", 1, br, NULL, NULL);
    ct_none(&a);
    ct_log_is(&a, "");
    /* The CANCEL retransmitted: answered again by its NIST. */
    d.ua_tag[0] = '\0';
    ct_dlg_request(&a, &d, 1700, "CANCEL", 1, br, NULL, NULL);
    ct_next(&a, "SIP/2.0 200 ");
    ct_none(&a);
    ct_log_is(&a, "");
    ct_run(&a, 100000);
    ct_none(&a);
    assert_int_equal(fsip_stack_stats(a.s)->txn_active, 0);
    const fsip_ua_stats *st = fsip_ua_stats_get(a.ua);
    assert_int_equal(st->calls_failed, 1);
    assert_int_equal(st->calls_active, 0);
    ct_node_free(&a);
}

/* A CANCEL after our 2xx has no effect (§9.2): 200 to the CANCEL, no 487,
 * the call goes on. */
static void test_cancel_received_after_2xx(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    a.on_incoming = 200;
    ct_dlg d;
    ct_dlg_callee(&d, "cancel-late@192.0.2.2");
    ct_dlg_request(&a, &d, 1000, "INVITE", 1, NULL, NULL, CT_SDP_OFFER);
    char br[64];
    snprintf(br, sizeof br, "%s", d.branch);
    ct_next(&a, "SIP/2.0 100 ");
    int ok = ct_next(&a, "SIP/2.0 200 ");
    ct_log_is(&a, "incoming INVITE\n");
    ct_dlg_request(&a, &d, 1100, "CANCEL", 1, br, NULL, NULL);
    int cok = ct_next(&a, "SIP/2.0 200 ");
    assert_string_equal(ct_cseq_method(ct_msg(&a, cok)), "CANCEL");
    ct_none(&a);
    ct_log_is(&a, "");
    snprintf(d.ua_tag, sizeof d.ua_tag, "%s", ct_to_tag(ct_msg(&a, ok)));
    ct_dlg_request(&a, &d, 1200, "ACK", 1, NULL, NULL, NULL);
    ct_log_is(&a, "answered ACK\n");
    assert_int_equal(fsip_call_get_state(a.call), FSIP_CALL_CONFIRMED);
    ct_node_free(&a);
}

/* A CANCEL that matches no INVITE: 481 (§9.2), nobody told. */
static void test_cancel_received_unknown(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    ct_dlg_callee(&d, "cancel-none@192.0.2.2");
    ct_dlg_request(&a, &d, 1000, "CANCEL", 1, NULL, NULL, NULL);
    ct_next(&a, "SIP/2.0 481 ");
    ct_none(&a);
    ct_log_is(&a, "");
    ct_node_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_cancel_before_1xx),
        FSIP_TEST(test_cancel_before_1xx_487_first),
        FSIP_TEST(test_cancel_after_1xx),
        FSIP_TEST(test_cancel_after_1xx_487_first),
        FSIP_TEST(test_cancel_crossed_2xx),
        FSIP_TEST(test_cancel_crossed_2xx_then_cancel_ok),
        FSIP_TEST(test_cancel_crossed_2xx_then_cancel_481),
        FSIP_TEST(test_cancel_queued_then_2xx),
        FSIP_TEST(test_cancel_too_late_is_bye),
        FSIP_TEST(test_cancel_no_487),
        FSIP_TEST(test_cancel_received),
        FSIP_TEST(test_cancel_received_after_2xx),
        FSIP_TEST(test_cancel_received_unknown),
    };
    return ct_run_group(tests);
}
