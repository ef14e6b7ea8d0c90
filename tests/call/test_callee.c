/* The callee side of a call: the test plays the caller on B, the UA on A
 * answers (RFC 3261 §13.3, §15, §17.2.1; RFC 6026). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calltest.h"

#define T1 500
#define T2 4000

/* INVITE from the peer at `now` (CSeq cseq); returns the 100's index. */
static int peer_invite(ct_node *a, ct_dlg *d, uint64_t now, uint32_t cseq, const char *extra)
{
    ct_dlg_request(a, d, now, "INVITE", cseq, NULL, extra, CT_SDP_OFFER);
    /* RFC 3261 §17.2.1: the IST answers 100 Trying at once, without a To tag. */
    int t = ct_next(a, "SIP/2.0 100 ");
    const fsip_msg *m = ct_msg(a, t);
    assert_string_equal(ct_to_tag(m), "");
    assert_string_equal(ct_branch(m), d->branch);
    return t;
}

/* Alice (default configuration, the app answering INVITEs with
 * on_incoming) is called at 1000 by the peer (call_id, CSeq 1). */
static void called(ct_node *a, ct_dlg *d, int on_incoming, const char *call_id)
{
    ct_node_init(a, "alice", false, NULL, NULL, 1);
    a->on_incoming = on_incoming;
    ct_dlg_callee(d, call_id);
    peer_invite(a, d, 1000, 1, NULL);
}

static void test_callee_basic(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    ct_dlg_callee(&d, "callee-basic@192.0.2.2");
    char inv_branch[64];
    peer_invite(&a, &d, 1000, 1, NULL);
    snprintf(inv_branch, sizeof inv_branch, "%s", d.branch);
    ct_none(&a);
    ct_log_is(&a, "incoming INVITE\n");
    fsip_call *c = a.call;
    assert_non_null(c);
    assert_false(fsip_call_is_outgoing(c));
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_INCOMING);
    assert_string_equal(fsip_call_id(c), d.call_id);
    assert_string_equal(fsip_call_remote_tag(c), d.peer_tag);
    assert_true(strlen(fsip_call_local_tag(c)) >= 4);

    /* RFC 3261 §13.3.1.1: 180 with the To tag that makes the early dialog
     * and a Contact (§12.1.1). */
    ct_run(&a, 1200);
    assert_int_equal(fsip_call_ring(c, 180, NULL, NULL, 0), 0);
    int r180 = ct_next(&a, "SIP/2.0 180 ");
    ct_none(&a);
    const fsip_msg *m = ct_msg(&a, r180);
    assert_string_equal(ct_to_tag(m), fsip_call_local_tag(c));
    assert_string_equal(ct_from_tag(m), d.peer_tag);
    assert_string_equal(ct_call_id(m), d.call_id);
    assert_int_equal(ct_cseq(m), 1);
    assert_string_equal(ct_cseq_method(m), "INVITE");
    assert_string_equal(ct_branch(m), inv_branch);
    assert_string_equal(ct_h(m, "Contact"), CT_CONTACT_A);
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_EARLY);
    assert_int_equal(a.sent[r180].at, 1200);

    /* RFC 3261 §13.3.1.4: 200 with our Contact and the answer. */
    ct_run(&a, 1500);
    assert_int_equal(fsip_call_accept(c, "application/sdp", CT_SDP_ANSWER, strlen(CT_SDP_ANSWER)),
                     0);
    int ok = ct_next(&a, "SIP/2.0 200 ");
    ct_none(&a);
    m = ct_msg(&a, ok);
    assert_string_equal(ct_to_tag(m), fsip_call_local_tag(c));
    assert_string_equal(ct_h(m, "Contact"), CT_CONTACT_A);
    assert_string_equal(ct_h(m, "Content-Type"), "application/sdp");
    assert_string_equal(ct_body(m), CT_SDP_ANSWER);
    assert_true(ct_has_token(m, "Allow", "INVITE"));
    assert_true(ct_has_token(m, "Allow", "BYE"));
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_CONNECTING);
    ct_log_is(&a, "");

    /* The ACK (its own branch, To tag) confirms the session. */
    snprintf(d.ua_tag, sizeof d.ua_tag, "%s", fsip_call_local_tag(c));
    ct_dlg_request(&a, &d, 1600, "ACK", 1, NULL, NULL, NULL);
    ct_log_is(&a, "answered ACK\n");
    ct_none(&a);
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_CONFIRMED);
    /* No 200 retransmission once ACKed. */
    ct_run(&a, 40000);
    ct_none(&a);
    ct_log_is(&a, "");

    /* BYE from the peer (RFC 3261 §15.1.2). */
    ct_dlg_request(&a, &d, 41000, "BYE", 0, NULL, NULL, NULL);
    int bok = ct_next(&a, "SIP/2.0 200 ");
    ct_none(&a);
    m = ct_msg(&a, bok);
    assert_string_equal(ct_cseq_method(m), "BYE");
    assert_int_equal(ct_cseq(m), 2);
    ct_log_is(&a, "ended remote_bye 0\n");
    assert_null(a.call);

    ct_run(&a, 200000);
    ct_none(&a);
    const fsip_ua_stats *st = fsip_ua_stats_get(a.ua);
    assert_int_equal(st->calls_in, 1);
    assert_int_equal(st->calls_out, 0);
    assert_int_equal(st->calls_answered, 1);
    assert_int_equal(st->calls_failed, 0);
    assert_int_equal(st->calls_active, 0);
    assert_int_equal(fsip_stack_stats(a.s)->txn_active, 0);
    assert_int_equal(fsip_stack_next_deadline(a.s), FSIP_NO_DEADLINE);
    ct_node_free(&a);
}

/* RFC 3261 §13.3.1.4: the 2xx is retransmitted at T1, 2T1, 4T1, ... capped
 * at T2 until the ACK; the ACK stops it. */
static void test_callee_2xx_retransmit_until_ack(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    called(&a, &d, 200, "callee-retx@192.0.2.2");
    int ok = ct_next(&a, "SIP/2.0 200 ");
    assert_int_equal(a.sent[ok].at, 1000);
    ct_log_is(&a, "incoming INVITE\n");
    snprintf(d.ua_tag, sizeof d.ua_tag, "%s", ct_to_tag(ct_msg(&a, ok)));

    /* The INVITE retransmitted meanwhile: absorbed (RFC 6026 §7.1), the
     * app sees no second call. */
    ct_dlg_request(&a, &d, 1200, "INVITE", 1, d.branch, NULL, CT_SDP_OFFER);
    ct_none(&a);
    ct_log_is(&a, "");

    ct_run(&a, 17000);
    const uint64_t at[] = {1500, 2500, 4500, 8500, 12500, 16500};
    for (int i = 0; i < 6; i++) {
        int k = ct_next(&a, "SIP/2.0 200 ");
        assert_int_equal(a.sent[k].at, at[i]);
        assert_int_equal(a.sent[k].len, a.sent[ok].len);
        assert_memory_equal(a.sent[k].data, a.sent[ok].data, a.sent[ok].len);
    }
    ct_none(&a);
    assert_int_equal(fsip_ua_stats_get(a.ua)->ok_resent, 6);
    ct_dlg_request(&a, &d, 17000, "ACK", 1, NULL, NULL, NULL);
    ct_log_is(&a, "answered ACK\n");
    ct_run(&a, 80000);
    ct_none(&a);
    /* A late retransmitted ACK is ignored. */
    ct_dlg_request(&a, &d, 80000, "ACK", 1, d.branch, NULL, NULL);
    ct_none(&a);
    ct_log_is(&a, "");
    assert_int_equal(fsip_call_get_state(a.call), FSIP_CALL_CONFIRMED);
    ct_node_free(&a);
    ct_log_is(&a, "ended shutdown 0\n");
}

/* RFC 3261 §13.3.1.4: no ACK within 64*T1: BYE, and the call ends. */
static void test_callee_no_ack(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    called(&a, &d, 200, "callee-noack@192.0.2.2");
    int ok = ct_next(&a, "SIP/2.0 200 ");
    const char *tag = ct_to_tag(ct_msg(&a, ok));
    char ua_tag[64];
    snprintf(ua_tag, sizeof ua_tag, "%s", tag);
    ct_log_is(&a, "incoming INVITE\n");

    ct_run(&a, 1000 + 64 * T1 - 1);
    uint64_t next = 1000, step = T1;
    int n = 0;
    for (;;) {
        next += step;
        if (next >= 1000 + 64 * T1) break;
        int k = ct_next(&a, "SIP/2.0 200 ");
        assert_int_equal(a.sent[k].at, next);
        n++;
        step = step * 2 > T2 ? T2 : step * 2;
    }
    assert_int_equal(n, 10);
    ct_none(&a);
    ct_log_is(&a, "");

    ct_run(&a, 1000 + 64 * T1);
    int bye = ct_next(&a, "BYE sip:bob@192.0.2.2:5070 SIP/2.0\r\n");
    ct_none(&a);
    const fsip_msg *m = ct_msg(&a, bye);
    assert_string_equal(ct_from_tag(m), ua_tag);
    assert_string_equal(ct_to_tag(m), d.peer_tag);
    assert_string_equal(ct_call_id(m), d.call_id);
    assert_string_equal(ct_cseq_method(m), "BYE");
    assert_int_equal(a.sent[bye].at, 1000 + 64 * T1);
    ct_log_is(&a, "ended no_ack 0\n");
    ct_reply(&a, bye, 1000 + 64 * T1 + 50, 200, NULL, NULL, NULL);
    ct_run(&a, 300000);
    ct_none(&a);
    ct_log_is(&a, "");
    /* RFC 3261 §12.1.1: the dialog was confirmed when the 2xx went, so the
     * call counts as answered even though its ACK never came. */
    const fsip_ua_stats *st = fsip_ua_stats_get(a.ua);
    assert_int_equal(st->calls_answered, 1);
    assert_int_equal(st->calls_failed, 0);
    assert_int_equal(st->calls_active, 0);
    assert_int_equal(fsip_stack_stats(a.s)->txn_active, 0);
    ct_node_free(&a);
}

/* DESIGN §3: an INVITE the app never answers gets 480 after noanswer_ms. */
static void test_callee_no_answer(void **state)
{
    (void)state;
    fsip_ua_config cfg;
    ct_ua_config(&cfg, false);
    cfg.noanswer_ms = 10000;
    ct_node a;
    ct_node_init(&a, "alice", false, &cfg, NULL, 1);
    a.on_incoming = 180;
    ct_dlg d;
    ct_dlg_callee(&d, "callee-noanswer@192.0.2.2");
    peer_invite(&a, &d, 1000, 1, NULL);
    int r180 = ct_next(&a, "SIP/2.0 180 ");
    ct_log_is(&a, "incoming INVITE\n");
    ct_quiet_until(&a, 11000);
    int r = ct_next(&a, "SIP/2.0 480 ");
    ct_none(&a);
    const fsip_msg *m = ct_msg(&a, r);
    assert_string_equal(ct_to_tag(m), ct_to_tag(ct_msg(&a, r180)));
    ct_log_is(&a, "ended timeout 480\n");
    /* The ACK for the 480 is absorbed by the IST (RFC 3261 §17.2.1). */
    snprintf(d.ua_tag, sizeof d.ua_tag, "%s", ct_to_tag(m));
    ct_dlg_request(&a, &d, 11100, "ACK", 1, d.branch, NULL, NULL);
    ct_run(&a, 100000);
    ct_none(&a);
    ct_log_is(&a, "");
    assert_int_equal(fsip_ua_stats_get(a.ua)->calls_failed, 1);
    assert_int_equal(fsip_stack_stats(a.s)->txn_active, 0);
    ct_node_free(&a);
}

/* The app rejects: 486, the ACK absorbed, ENDED rejected. A lost ACK:
 * the IST retransmits the 486 (Timer G). */
static void test_callee_reject(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    called(&a, &d, 486, "callee-reject@192.0.2.2");
    int r = ct_next(&a, "SIP/2.0 486 ");
    ct_none(&a);
    ct_log_is(&a, "incoming INVITE\nended rejected 486\n");
    ct_run(&a, 1000 + T1);
    int r2 = ct_next(&a, "SIP/2.0 486 ");
    assert_memory_equal(a.sent[r2].data, a.sent[r].data, a.sent[r].len);
    snprintf(d.ua_tag, sizeof d.ua_tag, "%s", ct_to_tag(ct_msg(&a, r)));
    ct_dlg_request(&a, &d, 1600, "ACK", 1, d.branch, NULL, NULL);
    ct_run(&a, 100000);
    ct_none(&a);
    ct_log_is(&a, "");
    assert_int_equal(fsip_stack_stats(a.s)->txn_active, 0);
    ct_node_free(&a);
}

/* Hang-up before answering: 603 Decline (call.h). */
static void test_callee_hangup_before_answer(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    called(&a, &d, 180, "callee-decline@192.0.2.2");
    ct_next(&a, "SIP/2.0 180 ");
    ct_log_is(&a, "incoming INVITE\n");
    ct_run(&a, 2000);
    assert_int_equal(fsip_call_hangup(a.call), 0);
    ct_next(&a, "SIP/2.0 603 ");
    ct_none(&a);
    ct_log_is(&a, "ended rejected 603\n");
    ct_node_free(&a);
}

/* RFC 3261 §15: the callee may not send BYE before the ACK; a hang-up
 * between 200 and ACK waits for the ACK (or its give-up). */
static void test_callee_hangup_waits_for_ack(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    called(&a, &d, 200, "callee-byewait@192.0.2.2");
    int ok = ct_next(&a, "SIP/2.0 200 ");
    snprintf(d.ua_tag, sizeof d.ua_tag, "%s", ct_to_tag(ct_msg(&a, ok)));
    ct_log_is(&a, "incoming INVITE\n");
    ct_run(&a, 1200);
    fsip_call *c = a.call;
    assert_int_equal(fsip_call_hangup(c), 0);
    ct_none(&a);
    assert_int_equal(fsip_call_hangup(c), 0); /* idempotent */
    ct_none(&a);
    /* The 2xx keeps going until the ACK. */
    ct_run(&a, 1500);
    ct_next(&a, "SIP/2.0 200 ");
    ct_none(&a);
    ct_log_is(&a, "");
    ct_dlg_request(&a, &d, 1600, "ACK", 1, NULL, NULL, NULL);
    int bye = ct_next(&a, "BYE sip:bob@192.0.2.2:5070 SIP/2.0\r\n");
    ct_none(&a);
    assert_int_equal(a.sent[bye].at, 1600);
    ct_log_is(&a, "ended local_bye 0\n");
    ct_reply(&a, bye, 1700, 200, NULL, NULL, NULL);
    ct_run(&a, 100000);
    ct_none(&a);
    ct_log_is(&a, "");
    assert_int_equal(fsip_stack_stats(a.s)->txn_active, 0);
    ct_node_free(&a);
}

/* The peer's BYE before its ACK ends the call (RFC 3261 §15.1.2); the
 * 2xx retransmissions stop. */
static void test_callee_bye_before_ack(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    called(&a, &d, 200, "callee-byeearly@192.0.2.2");
    int ok = ct_next(&a, "SIP/2.0 200 ");
    snprintf(d.ua_tag, sizeof d.ua_tag, "%s", ct_to_tag(ct_msg(&a, ok)));
    ct_log_is(&a, "incoming INVITE\n");
    ct_dlg_request(&a, &d, 1100, "BYE", 0, NULL, NULL, NULL);
    int bok = ct_next(&a, "SIP/2.0 200 ");
    assert_string_equal(ct_cseq_method(ct_msg(&a, bok)), "BYE");
    ct_none(&a);
    ct_log_is(&a, "ended remote_bye 0\n");
    ct_node_done(&a, 100000);
}

/* An INVITE without a body (late offer): our 200 carries the offer and
 * the ACK the answer, which the app gets with ANSWERED. */
static void test_callee_late_offer(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    a.on_incoming = 200;
    ct_dlg d;
    ct_dlg_callee(&d, "callee-late@192.0.2.2");
    ct_dlg_request(&a, &d, 1000, "INVITE", 1, NULL, NULL, NULL);
    ct_next(&a, "SIP/2.0 100 ");
    int ok = ct_next(&a, "SIP/2.0 200 ");
    assert_string_equal(ct_body(ct_msg(&a, ok)), CT_SDP_ANSWER);
    snprintf(d.ua_tag, sizeof d.ua_tag, "%s", ct_to_tag(ct_msg(&a, ok)));
    ct_dlg_request(&a, &d, 1100, "ACK", 1, NULL, NULL, CT_SDP_OFFER);
    ct_log_is(&a, "incoming INVITE\nanswered ACK\n");
    ct_none(&a);
    ct_node_free(&a);
}

/* max_calls: past it an INVITE gets 503. */
static void test_callee_max_calls(void **state)
{
    (void)state;
    fsip_ua_config cfg;
    ct_ua_config(&cfg, false);
    cfg.max_calls = 1;
    ct_node a;
    ct_node_init(&a, "alice", false, &cfg, NULL, 1);
    ct_dlg d1, d2;
    ct_dlg_callee(&d1, "callee-max1@192.0.2.2");
    ct_dlg_callee(&d2, "callee-max2@192.0.2.2");
    peer_invite(&a, &d1, 1000, 1, NULL);
    ct_log_is(&a, "incoming INVITE\n");
    ct_dlg_request(&a, &d2, 1100, "INVITE", 1, NULL, NULL, CT_SDP_OFFER);
    int k = a.cursor;
    /* 100 Trying may come first; the answer is 503. */
    if (strncmp(a.sent[k].data, "SIP/2.0 100 ", 12) == 0) ct_next(&a, "SIP/2.0 100 ");
    ct_next(&a, "SIP/2.0 503 ");
    ct_none(&a);
    ct_log_is(&a, "");
    assert_int_equal(fsip_ua_stats_get(a.ua)->calls_active, 1);
    ct_node_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_callee_basic),
        FSIP_TEST(test_callee_2xx_retransmit_until_ack),
        FSIP_TEST(test_callee_no_ack),
        FSIP_TEST(test_callee_no_answer),
        FSIP_TEST(test_callee_reject),
        FSIP_TEST(test_callee_hangup_before_answer),
        FSIP_TEST(test_callee_hangup_waits_for_ack),
        FSIP_TEST(test_callee_bye_before_ack),
        FSIP_TEST(test_callee_late_offer),
        FSIP_TEST(test_callee_max_calls),
    };
    return ct_run_group(tests);
}
