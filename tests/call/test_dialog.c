/* In-dialog rules (RFC 3261 §12.2): requests that match no dialog, CSeq
 * order, OPTIONS, other requests for the app, target refresh. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calltest.h"

/* A stack that serves INFO and MESSAGE: with the stack's default method
 * list the UA narrows Allow to what it implements itself, and INFO would
 * get the stack's 405 before reaching the app. */
static const fsip_stack_config *info_stack(void)
{
    static fsip_stack_config c;
    fsip_stack_config_init(&c);
    c.allow = "INVITE, ACK, BYE, CANCEL, OPTIONS, INFO, MESSAGE";
    return &c;
}

/* A confirmed call the UA answered; the INVITE had CSeq `cseq`. */
static fsip_call *up_callee(ct_node *a, ct_dlg *d, const char *call_id, uint32_t cseq)
{
    a->on_incoming = 200;
    ct_dlg_callee(d, call_id);
    ct_dlg_request(a, d, 1000, "INVITE", cseq, NULL, NULL, CT_SDP_OFFER);
    ct_next(a, "SIP/2.0 100 ");
    int ok = ct_next(a, "SIP/2.0 200 ");
    snprintf(d->ua_tag, sizeof d->ua_tag, "%s", ct_to_tag(ct_msg(a, ok)));
    ct_dlg_request(a, d, 1100, "ACK", cseq, NULL, NULL, NULL);
    ct_none(a);
    ct_log_is(a, "incoming INVITE\nanswered ACK\n");
    a->on_incoming = 0;
    return a->call;
}

static fsip_call *up_caller(ct_node *a, ct_dlg *d, const char *contact)
{
    fsip_call *c = ct_invite(a, 1000, NULL, true);
    int inv = ct_next(a, "INVITE ");
    char hdr[256];
    snprintf(hdr, sizeof hdr, "Contact: %s\n", contact);
    ct_reply(a, inv, 1100, 200, "b1", hdr, CT_SDP_ANSWER);
    ct_next(a, "ACK ");
    ct_none(a);
    ct_log_is(a, "answered 200\n");
    ct_dlg_from_invite(d, a, inv, "b1");
    return c;
}

/* §12.2.2: a request whose tags or Call-ID match no dialog gets 481; the
 * call is untouched. */
static void test_dialog_bye_unknown_tags(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, info_stack(), 1);
    ct_dlg d;
    fsip_call *c = up_callee(&a, &d, "dlg-481@192.0.2.2", 1);

    ct_dlg wrong = d;
    snprintf(wrong.peer_tag, sizeof wrong.peer_tag, "not-the-tag");
    ct_dlg_request(&a, &wrong, 2000, "BYE", 2, NULL, NULL, NULL);
    int r = ct_next(&a, "SIP/2.0 481 ");
    ct_none(&a);
    assert_string_equal(ct_cseq_method(ct_msg(&a, r)), "BYE");

    wrong = d;
    snprintf(wrong.ua_tag, sizeof wrong.ua_tag, "not-our-tag");
    ct_dlg_request(&a, &wrong, 2100, "BYE", 2, NULL, NULL, NULL);
    ct_next(&a, "SIP/2.0 481 ");
    ct_none(&a);

    wrong = d;
    snprintf(wrong.call_id, sizeof wrong.call_id, "no-such-call@192.0.2.2");
    ct_dlg_request(&a, &wrong, 2200, "BYE", 2, NULL, NULL, NULL);
    ct_next(&a, "SIP/2.0 481 ");
    ct_none(&a);
    /* An INFO too. */
    ct_dlg_request(&a, &wrong, 2300, "INFO", 3, NULL, NULL, NULL);
    ct_next(&a, "SIP/2.0 481 ");
    ct_none(&a);

    ct_log_is(&a, "");
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_CONFIRMED);
    assert_true(fsip_ua_stats_get(a.ua)->rej_481 + fsip_stack_stats(a.s)->rej_481 >= 4);

    /* The right BYE ends it. */
    ct_dlg_request(&a, &d, 3000, "BYE", 2, NULL, NULL, NULL);
    ct_next(&a, "SIP/2.0 200 ");
    ct_log_is(&a, "ended remote_bye 0\n");
    /* A BYE for the call that is gone: 481. */
    ct_dlg_request(&a, &d, 4000, "BYE", 3, NULL, NULL, NULL);
    ct_next(&a, "SIP/2.0 481 ");
    ct_none(&a);
    ct_log_is(&a, "");
    ct_node_free(&a);
}

/* §12.2.2: a CSeq lower than the last one gets 500 (not a
 * retransmission: a new branch). */
static void test_dialog_lower_cseq(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, info_stack(), 1);
    a.on_request = 200;
    ct_dlg d;
    fsip_call *c = up_callee(&a, &d, "dlg-cseq@192.0.2.2", 5);
    ct_dlg_request(&a, &d, 2000, "INFO", 7, NULL, NULL, NULL);
    int ok = ct_next(&a, "SIP/2.0 200 ");
    assert_int_equal(ct_cseq(ct_msg(&a, ok)), 7);
    ct_log_is(&a, "request INFO\n");
    ct_dlg_request(&a, &d, 2100, "BYE", 6, NULL, NULL, NULL);
    int r = ct_next(&a, "SIP/2.0 500 ");
    ct_none(&a);
    assert_int_equal(ct_cseq(ct_msg(&a, r)), 6);
    ct_log_is(&a, "");
    assert_int_equal(fsip_ua_stats_get(a.ua)->rej_500_cseq, 1);
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_CONFIRMED);
    ct_dlg_request(&a, &d, 2300, "BYE", 8, NULL, NULL, NULL);
    ct_next(&a, "SIP/2.0 200 ");
    ct_none(&a);
    ct_log_is(&a, "ended remote_bye 0\n");
    ct_node_free(&a);
}

/* §11.2: OPTIONS inside the dialog is answered by fsip: 200 with Allow;
 * the app is not bothered. */
static void test_dialog_options(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    up_callee(&a, &d, "dlg-options@192.0.2.2", 1);
    ct_dlg_request(&a, &d, 2000, "OPTIONS", 0, NULL, NULL, NULL);
    int ok = ct_next(&a, "SIP/2.0 200 ");
    ct_none(&a);
    const fsip_msg *m = ct_msg(&a, ok);
    assert_string_equal(ct_cseq_method(m), "OPTIONS");
    assert_string_equal(ct_to_tag(m), d.ua_tag);
    const char *must[] = {"INVITE", "ACK", "BYE", "CANCEL", "OPTIONS"};
    for (int i = 0; i < 5; i++)
        assert_true(ct_has_token(m, "Allow", must[i]));
    ct_log_is(&a, "");
    ct_node_free(&a);
}

/* Other requests go to the app (REQUEST), answered on the request's
 * transaction; left unanswered, fsip answers 501 (call.h). */
static void test_dialog_request_to_app(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, info_stack(), 1);
    ct_dlg d;
    up_caller(&a, &d, "<sip:bob@192.0.2.2:5070>");
    a.on_request = 202;
    ct_dlg_request(&a, &d, 2000, "INFO", 0, NULL, "Content-Type: application/dtmf-relay\n", NULL);
    int r = ct_next(&a, "SIP/2.0 202 ");
    ct_none(&a);
    assert_string_equal(ct_cseq_method(ct_msg(&a, r)), "INFO");
    ct_log_is(&a, "request INFO\n");
    a.on_request = 0;
    ct_dlg_request(&a, &d, 2100, "INFO", 0, NULL, NULL, NULL);
    ct_next(&a, "SIP/2.0 501 ");
    ct_none(&a);
    ct_log_is(&a, "request INFO\n");
    ct_node_free(&a);
}

/* Out of any dialog, a method the stack serves but the UA has no
 * on_request callback for: 405 with Allow (call.h). */
static void test_dialog_out_of_dialog_405(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, info_stack(), 1);
    ct_dlg d;
    ct_dlg_callee(&d, "ood@192.0.2.2");
    ct_dlg_request(&a, &d, 1000, "MESSAGE", 1, NULL, NULL, NULL);
    int r = ct_next(&a, "SIP/2.0 405 ");
    ct_none(&a);
    assert_true(ct_has_token(ct_msg(&a, r), "Allow", "INVITE"));
    ct_log_is(&a, "");
    /* Out-of-dialog OPTIONS: 200 (§11.2). */
    ct_dlg_request(&a, &d, 1100, "OPTIONS", 2, NULL, NULL, NULL);
    ct_next(&a, "SIP/2.0 200 ");
    ct_none(&a);
    ct_node_free(&a);
}

/* §12.2: a re-INVITE's Contact replaces the remote target, in either
 * direction (received: §12.2.2; the 2xx to ours: §12.2.1.2). */
static void test_dialog_target_refresh(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    a.on_reinvite = 200;
    ct_dlg d;
    fsip_call *c = up_caller(&a, &d, "<sip:bob@192.0.2.2:5070>");

    snprintf(d.contact, sizeof d.contact, "<sip:bob-moved@192.0.2.2:5070>");
    ct_dlg_request(&a, &d, 2000, "INVITE", 0, NULL, NULL, CT_SDP_HOLD);
    ct_next(&a, "SIP/2.0 100 ");
    ct_next(&a, "SIP/2.0 200 ");
    ct_dlg_request(&a, &d, 2100, "ACK", d.cseq, NULL, NULL, NULL);
    ct_log_is(&a, "reinvite INVITE\nreinvite_done ACK\n");

    ct_run(&a, 3000);
    assert_int_equal(fsip_call_reinvite(c, "application/sdp", CT_SDP_OFFER, strlen(CT_SDP_OFFER)),
                     0);
    int ri = ct_next(&a, "INVITE sip:bob-moved@192.0.2.2:5070 SIP/2.0\r\n");
    ct_reply(&a, ri, 3100, 200, NULL, "Contact: <sip:bob-again@192.0.2.2:5070>\n", CT_SDP_ANSWER);
    ct_next(&a, "ACK sip:bob-again@192.0.2.2:5070 SIP/2.0\r\n");
    ct_none(&a);
    ct_log_is(&a, "reinvite_done 200\n");

    ct_run(&a, 4000);
    assert_int_equal(fsip_call_hangup(c), 0);
    int bye = ct_next(&a, "BYE sip:bob-again@192.0.2.2:5070 SIP/2.0\r\n");
    ct_reply(&a, bye, 4100, 200, NULL, NULL, NULL);
    ct_log_is(&a, "ended local_bye 0\n");
    ct_node_free(&a);
}

/* A rejected re-INVITE changes nothing, the remote target included. */
static void test_dialog_rejected_reinvite_keeps_target(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    fsip_call *c = up_caller(&a, &d, "<sip:bob@192.0.2.2:5070>");
    ct_run(&a, 3000);
    assert_int_equal(fsip_call_reinvite(c, "application/sdp", CT_SDP_HOLD, strlen(CT_SDP_HOLD)), 0);
    int ri = ct_next(&a, "INVITE sip:bob@192.0.2.2:5070 ");
    ct_reply(&a, ri, 3100, 488, NULL, "Contact: <sip:bob-elsewhere@192.0.2.2:5070>\n", NULL);
    ct_next(&a, "ACK sip:bob@192.0.2.2:5070 ");
    ct_log_is(&a, "reinvite_failed 488\n");
    ct_run(&a, 4000);
    assert_int_equal(fsip_call_hangup(c), 0);
    ct_next(&a, "BYE sip:bob@192.0.2.2:5070 SIP/2.0\r\n");
    ct_node_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_dialog_bye_unknown_tags),
        FSIP_TEST(test_dialog_lower_cseq),
        FSIP_TEST(test_dialog_options),
        FSIP_TEST(test_dialog_request_to_app),
        FSIP_TEST(test_dialog_out_of_dialog_405),
        FSIP_TEST(test_dialog_target_refresh),
        FSIP_TEST(test_dialog_rejected_reinvite_keeps_target),
    };
    return ct_run_group(tests);
}
