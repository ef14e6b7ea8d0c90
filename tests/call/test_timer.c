/* Session timers (RFC 4028): Session-Expires/Min-SE in the INVITE, the
 * refresher's re-INVITE at half the interval, BYE at expiry on the other
 * side, 422 and the retry with the peer's Min-SE. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calltest.h"

static fsip_ua_config se_cfg(uint32_t se)
{
    fsip_ua_config cfg;
    ct_ua_config(&cfg, false);
    cfg.session_expires_s = se;
    cfg.min_se_s = 90;
    return cfg;
}

/* Alice with session timers (se_cfg(se)) places a call: *inv gets the
 * INVITE's index. */
static fsip_call *se_call(ct_node *a, uint32_t se, int *inv)
{
    fsip_ua_config cfg = se_cfg(se);
    ct_node_init(a, "alice", false, &cfg, NULL, 1);
    fsip_call *c = ct_invite(a, 1000, NULL, true);
    *inv = ct_next(a, "INVITE ");
    return c;
}

static uint32_t se_delta(const fsip_msg *m, const char **refresher)
{
    const fsip_hdr *h = fsip_msg_hdr_first(m, FSIP_HDR_SESSION_EXPIRES);
    assert_non_null(h);
    if (refresher) *refresher = h->p.se->refresher.ptr ? test_cstr(h->p.se->refresher) : "";
    return h->p.se->delta;
}

static uint32_t min_se(const fsip_msg *m)
{
    const fsip_hdr *h = fsip_msg_hdr_first(m, FSIP_HDR_MIN_SE);
    assert_non_null(h);
    return h->p.se->delta;
}

/* Caller, we refresh (refresher=uac): re-INVITE at SE/2 after the 2xx,
 * and again SE/2 after each refresh's 2xx (RFC 4028 §7.1, §10). */
static void test_timer_caller_refreshes(void **state)
{
    (void)state;
    ct_node a;
    int inv;
    fsip_call *c = se_call(&a, 90, &inv);
    const fsip_msg *m = ct_msg(&a, inv);
    const char *ref;
    assert_int_equal(se_delta(m, &ref), 90);
    assert_true(ct_has_token(m, "Supported", "timer"));
    assert_int_equal(min_se(m), 90);

    ct_reply(&a, inv, 1100, 200, "b1",
             "Contact: <sip:bob@192.0.2.2:5070>\nSession-Expires: 90;refresher=uac\n"
             "Require: timer\n",
             CT_SDP_ANSWER);
    ct_next(&a, "ACK ");
    ct_log_is(&a, "answered 200\n");
    assert_int_equal(fsip_call_session_expires(c), 90);
    assert_true(fsip_call_is_refresher(c));

    ct_quiet_until(&a, 1100 + 45000);
    int r1 = ct_next(&a, "INVITE sip:bob@192.0.2.2:5070 ");
    ct_none(&a);
    m = ct_msg(&a, r1);
    assert_int_equal(ct_cseq(m), 2);
    assert_int_equal(se_delta(m, &ref), 90);
    assert_string_equal(ref, "uac");
    assert_true(ct_has_token(m, "Supported", "timer"));
    assert_string_equal(ct_to_tag(m), "b1");
    ct_reply(&a, r1, 46200, 200, NULL, "Session-Expires: 90;refresher=uac\nRequire: timer\n",
             CT_SDP_ANSWER);
    ct_next(&a, "ACK ");
    ct_log_is(&a, "reinvite_done 200\n");

    ct_quiet_until(&a, 46200 + 45000);
    int r2 = ct_next(&a, "INVITE ");
    assert_int_equal(ct_cseq(ct_msg(&a, r2)), 3);
    ct_reply(&a, r2, 91300, 200, NULL, "Session-Expires: 90;refresher=uac\nRequire: timer\n",
             CT_SDP_ANSWER);
    ct_next(&a, "ACK ");
    ct_log_is(&a, "reinvite_done 200\n");
    /* Never expired: the refreshes kept it alive. */
    assert_int_equal(a.ended, 0);
    ct_node_free(&a);
}

/* Caller, the peer refreshes (refresher=uas): nothing comes: BYE at
 * SE - min(32, SE/3) after the 2xx, ENDED expired (RFC 4028 §10). */
static void test_timer_caller_expires(void **state)
{
    (void)state;
    ct_node a;
    int inv;
    fsip_call *c = se_call(&a, 90, &inv);
    ct_reply(&a, inv, 1100, 200, "b1",
             "Contact: <sip:bob@192.0.2.2:5070>\nSession-Expires: 120;refresher=uas\n"
             "Require: timer\n",
             CT_SDP_ANSWER);
    ct_next(&a, "ACK ");
    ct_log_is(&a, "answered 200\n");
    assert_int_equal(fsip_call_session_expires(c), 120);
    assert_false(fsip_call_is_refresher(c));
    /* 120 - min(32, 40) = 88 s. */
    ct_run(&a, 1100 + 88000 - 1);
    ct_none(&a);
    ct_log_is(&a, "");
    ct_run(&a, 1100 + 88000);
    int bye = ct_next(&a, "BYE ");
    ct_none(&a);
    ct_log_is(&a, "ended expired 0\n");
    ct_reply(&a, bye, 89200, 200, NULL, NULL, NULL);
    ct_node_free(&a);
}

/* Callee, the caller refreshes (refresher=uac in its INVITE): our 2xx
 * says so with Require: timer; a refresh re-INVITE restarts the clock;
 * then none comes and we BYE at SE - min(32, SE/3). */
static void test_timer_callee_expiry(void **state)
{
    (void)state;
    fsip_ua_config cfg = se_cfg(1800);
    ct_node a;
    ct_node_init(&a, "alice", false, &cfg, NULL, 1);
    a.on_incoming = 200;
    a.on_reinvite = 200;
    ct_dlg d;
    ct_dlg_callee(&d, "se-callee@192.0.2.2");
    ct_dlg_request(&a, &d, 1000, "INVITE", 1, NULL,
                   "Session-Expires: 90;refresher=uac\nSupported: timer\nMin-SE: 90\n",
                   CT_SDP_OFFER);
    ct_next(&a, "SIP/2.0 100 ");
    int ok = ct_next(&a, "SIP/2.0 200 ");
    const fsip_msg *m = ct_msg(&a, ok);
    const char *ref;
    assert_int_equal(se_delta(m, &ref), 90);
    assert_string_equal(ref, "uac");
    assert_true(ct_has_token(m, "Require", "timer"));
    snprintf(d.ua_tag, sizeof d.ua_tag, "%s", ct_to_tag(m));
    ct_dlg_request(&a, &d, 1100, "ACK", 1, NULL, NULL, NULL);
    ct_log_is(&a, "incoming INVITE\nanswered ACK\n");
    assert_int_equal(fsip_call_session_expires(a.call), 90);
    assert_false(fsip_call_is_refresher(a.call));

    /* The refresh at 45 s. */
    ct_dlg_request(&a, &d, 46000, "INVITE", 0, NULL,
                   "Session-Expires: 90;refresher=uac\nSupported: timer\n", CT_SDP_OFFER);
    ct_next(&a, "SIP/2.0 100 ");
    int rok = ct_next(&a, "SIP/2.0 200 ");
    assert_int_equal(se_delta(ct_msg(&a, rok), &ref), 90);
    assert_string_equal(ref, "uac");
    ct_dlg_request(&a, &d, 46100, "ACK", d.cseq, NULL, NULL, NULL);
    ct_log_is(&a, "reinvite INVITE\nreinvite_done ACK\n");
    ct_none(&a);

    /* None after that: BYE 90 - min(32, 30) = 60 s after the refresh. */
    ct_run(&a, 46100 + 60000 - 1);
    ct_none(&a);
    ct_log_is(&a, "");
    ct_run(&a, 46100 + 60000);
    int bye = ct_next(&a, "BYE sip:bob@192.0.2.2:5070 ");
    ct_none(&a);
    assert_string_equal(ct_from_tag(ct_msg(&a, bye)), d.ua_tag);
    ct_log_is(&a, "ended expired 0\n");
    ct_reply(&a, bye, 106200, 200, NULL, NULL, NULL);
    ct_node_done(&a, 300000);
}

/* RFC 4028 §7.4, §8.2: 422 with Min-SE: 120: the INVITE goes again with
 * Session-Expires 120 (new transaction, next CSeq, same Call-ID); the app
 * only sees the answer. */
static void test_timer_422_retry(void **state)
{
    (void)state;
    ct_node a;
    int inv;
    fsip_call *c = se_call(&a, 90, &inv);
    ct_reply(&a, inv, 1100, 422, "b1", "Min-SE: 120\n", NULL);
    int ack = ct_next(&a, "ACK ");
    assert_string_equal(ct_branch(ct_msg(&a, ack)), ct_branch(ct_msg(&a, inv)));
    int inv2 = ct_next(&a, "INVITE sip:bob@192.0.2.2:5070 ");
    ct_none(&a);
    ct_log_is(&a, "");
    const fsip_msg *m = ct_msg(&a, inv2);
    assert_int_equal(se_delta(m, NULL), 120);
    assert_int_equal(min_se(m), 120);
    assert_int_equal(ct_cseq(m), 2);
    assert_string_equal(ct_call_id(m), ct_call_id(ct_msg(&a, inv)));
    assert_string_equal(ct_from_tag(m), ct_from_tag(ct_msg(&a, inv)));
    assert_string_equal(ct_to_tag(m), "");
    assert_string_not_equal(ct_branch(m), ct_branch(ct_msg(&a, inv)));
    assert_string_equal(ct_body(m), CT_SDP_OFFER);
    assert_string_equal(fsip_call_id(c), ct_call_id(m));

    ct_reply(&a, inv2, 1200, 200, "b1",
             "Contact: <sip:bob@192.0.2.2:5070>\nSession-Expires: 120;refresher=uac\n"
             "Require: timer\n",
             CT_SDP_ANSWER);
    int ack2 = ct_next(&a, "ACK ");
    assert_int_equal(ct_cseq(ct_msg(&a, ack2)), 2);
    ct_log_is(&a, "answered 200\n");
    assert_int_equal(fsip_call_session_expires(c), 120);
    assert_true(fsip_call_is_refresher(c));
    /* Refreshes at 60 s. */
    ct_run(&a, 1200 + 60000);
    int r = ct_next(&a, "INVITE ");
    assert_int_equal(ct_cseq(ct_msg(&a, r)), 3);
    ct_node_free(&a);
}

/* RFC 4028 §8.1: an INVITE asking for less than our Min-SE gets 422 with
 * our Min-SE; nothing reaches the app. */
static void test_timer_422_sent(void **state)
{
    (void)state;
    fsip_ua_config cfg = se_cfg(1800);
    cfg.min_se_s = 300;
    ct_node a;
    ct_node_init(&a, "alice", false, &cfg, NULL, 1);
    ct_dlg d;
    ct_dlg_callee(&d, "se-422@192.0.2.2");
    ct_dlg_request(&a, &d, 1000, "INVITE", 1, NULL, "Session-Expires: 90\nSupported: timer\n",
                   CT_SDP_OFFER);
    int k = a.cursor;
    if (strncmp(a.sent[k].data, "SIP/2.0 100 ", 12) == 0) ct_next(&a, "SIP/2.0 100 ");
    int r = ct_next(&a, "SIP/2.0 422 ");
    ct_none(&a);
    assert_int_equal(min_se(ct_msg(&a, r)), 300);
    assert_null(strstr(a.log, "incoming"));
    ct_node_free(&a);
}

/* The refresher's re-INVITE (after 2xx at `at`: half the interval, or
 * sooner) carries `body`, our current session description; answered 200
 * and ACKed. Returns when the 2xx came. */
static uint64_t refresh_carries(ct_node *a, uint64_t limit, const char *body)
{
    assert_true(ct_run_until_send(a, limit));
    int r = ct_next(a, "INVITE ");
    ct_none(a);
    assert_string_equal(ct_body(ct_msg(a, r)), body);
    uint64_t at = a->sent[r].at + 100;
    ct_reply(a, r, at, 200, NULL, "Session-Expires: 90;refresher=uac\nRequire: timer\n",
             CT_SDP_ANSWER);
    ct_next(a, "ACK ");
    ct_log_is(a, "reinvite_done 200\n");
    return at;
}

/* se_call(a, 90), answered at 1100 by the peer (To tag b1) with
 * Session-Expires: 90;refresher=uac (we refresh); ACKed. */
static fsip_call *se_call_up(ct_node *a, int *inv)
{
    fsip_call *c = se_call(a, 90, inv);
    ct_reply(a, *inv, 1100, 200, "b1",
             "Contact: <sip:bob@192.0.2.2:5070>\nSession-Expires: 90;refresher=uac\n"
             "Require: timer\n",
             CT_SDP_ANSWER);
    ct_next(a, "ACK ");
    ct_log_is(a, "answered 200\n");
    return c;
}

/* RFC 4028 §10, RFC 3264 §8: a refresh re-INVITE offers the session as it
 * is, so after an UPDATE exchange changed it, the description that UPDATE
 * settled: our offer the peer accepted, then our answer to the peer's
 * offer. */
static void test_timer_refresh_after_update(void **state)
{
    (void)state;
    ct_node a;
    int inv;
    fsip_call *c = se_call_up(&a, &inv);
    a.on_update = 200; /* the peer's UPDATE offer gets CT_SDP_ANSWER */
    uint64_t t = refresh_carries(&a, 1100 + 45000, CT_SDP_OFFER);

    ct_run(&a, t + 1000);
    assert_int_equal(fsip_call_update(c, "application/sdp", CT_SDP_HOLD, strlen(CT_SDP_HOLD)), 0);
    int u = ct_next(&a, "UPDATE ");
    ct_reply(&a, u, t + 1100, 200, NULL, "Contact: <sip:bob@192.0.2.2:5070>\n", CT_SDP_ANSWER);
    ct_log_is(&a, "update_done 200\n");
    t = refresh_carries(&a, t + 46000, CT_SDP_HOLD);

    ct_dlg d;
    ct_dlg_from_invite(&d, &a, inv, "b1");
    d.cseq = 10;
    ct_dlg_request(&a, &d, t + 1000, "UPDATE", 0, NULL, "Contact: <sip:bob@192.0.2.2:5070>\n",
                   CT_SDP_OFFER);
    int ok = ct_next(&a, "SIP/2.0 200 ");
    assert_string_equal(ct_body(ct_msg(&a, ok)), CT_SDP_ANSWER);
    ct_log_is(&a, "update UPDATE\n");
    refresh_carries(&a, t + 46000, CT_SDP_ANSWER);
    assert_int_equal(a.ended, 0);
    ct_node_free(&a);
}

/* RFC 3261 §14.1: a re-INVITE of ours that is rejected leaves the session
 * as it was, so the next refresh offers the description from before it,
 * not the rejected one; an accepted one is the session from then on. */
static void test_timer_refresh_after_failed_reinvite(void **state)
{
    (void)state;
    ct_node a;
    int inv;
    fsip_call *c = se_call_up(&a, &inv);
    ct_run(&a, 2000);
    assert_int_equal(fsip_call_reinvite(c, "application/sdp", CT_SDP_HOLD, strlen(CT_SDP_HOLD)), 0);
    int r = ct_next(&a, "INVITE ");
    assert_string_equal(ct_body(ct_msg(&a, r)), CT_SDP_HOLD);
    ct_reply(&a, r, 2100, 488, NULL, NULL, NULL);
    ct_next(&a, "ACK ");
    ct_log_is(&a, "reinvite_failed 488\n");
    uint64_t t = refresh_carries(&a, 1100 + 46000, CT_SDP_OFFER);

    ct_run(&a, t + 1000);
    assert_int_equal(fsip_call_reinvite(c, "application/sdp", CT_SDP_HOLD, strlen(CT_SDP_HOLD)), 0);
    r = ct_next(&a, "INVITE ");
    ct_reply(&a, r, t + 1100, 200, NULL, "Session-Expires: 90;refresher=uac\nRequire: timer\n",
             CT_SDP_ANSWER);
    ct_next(&a, "ACK ");
    ct_log_is(&a, "reinvite_done 200\n");
    refresh_carries(&a, t + 1100 + 46000, CT_SDP_HOLD);
    assert_int_equal(a.ended, 0);
    ct_node_free(&a);
}

/* Our offer in the PRACK of b2's reliable 183 (a third description). */
#define SDP_INACTIVE                                                                               \
    "v=0\r\no=alice 1 3 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"                \
    "m=audio 4000 RTP/AVP 0\r\na=inactive\r\n"

/* RFC 3262 §5, RFC 4028 §10: an offer of ours in the PRACK of a reliable
 * 183, answered in the PRACK's 2xx, is the session's description once the
 * 2xx to the INVITE comes from that early dialog (b1): the refresh offers
 * it. When the 2xx comes from another fork (b2, which never saw that
 * offer), its session is the INVITE's offer, and so is the refresh's. With
 * b2 settling a description of its own after b1 (two_forks), b1's 2xx
 * still brings b1's. */
static void refresh_after_prack_offer_case(const char *ok_tag, const char *expect, bool two_forks)
{
    ct_node a;
    int inv;
    fsip_call *c = se_call(&a, 90, &inv);
    a.prack_offer = CT_SDP_HOLD;
    ct_reply(&a, inv, 1050, 183, "b1",
             "Contact: <sip:bob@192.0.2.2:5070>\nRequire: 100rel\nRSeq: 1\n", CT_SDP_ANSWER);
    assert_int_equal(a.prack_offer_rc, 0);
    int pr = ct_next(&a, "PRACK ");
    assert_string_equal(ct_body(ct_msg(&a, pr)), CT_SDP_HOLD);
    ct_reply(&a, pr, 1060, 200, NULL, NULL, CT_SDP_ANSWER);
    ct_log_is(&a, "progress 183 b1\nupdate_done 200\n");
    assert_string_equal(fsip_call_offer_answer_state(c), "stable");
    if (two_forks) {
        a.prack_offer = SDP_INACTIVE;
        ct_reply(&a, inv, 1070, 183, "b2",
                 "Contact: <sip:bob@192.0.2.2:5070>\nRequire: 100rel\nRSeq: 9\n", CT_SDP_ANSWER);
        assert_int_equal(a.prack_offer_rc, 0);
        pr = ct_next(&a, "PRACK ");
        assert_string_equal(ct_body(ct_msg(&a, pr)), SDP_INACTIVE);
        ct_reply(&a, pr, 1080, 200, NULL, NULL, CT_SDP_ANSWER);
        ct_log_is(&a, "progress 183 b2\nupdate_done 200\n");
    }
    ct_reply(&a, inv, 1100, 200, ok_tag,
             "Contact: <sip:bob@192.0.2.2:5070>\nSession-Expires: 90;refresher=uac\n"
             "Require: timer\n",
             CT_SDP_ANSWER);
    ct_next(&a, "ACK ");
    ct_none(&a);
    ct_log_is(&a, "answered 200\n");
    refresh_carries(&a, 1100 + 45000, expect);
    assert_int_equal(a.ended, 0);
    ct_node_free(&a);
}

static void test_timer_refresh_after_prack_offer(void **state)
{
    (void)state;
    refresh_after_prack_offer_case("b1", CT_SDP_HOLD, false);
}

static void test_timer_refresh_after_two_forks_prack_offers(void **state)
{
    (void)state;
    refresh_after_prack_offer_case("b1", CT_SDP_HOLD, true);
}

static void test_timer_refresh_after_other_fork_prack_offer(void **state)
{
    (void)state;
    refresh_after_prack_offer_case("b2", CT_SDP_OFFER, false);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_timer_caller_refreshes),
        FSIP_TEST(test_timer_caller_expires),
        FSIP_TEST(test_timer_callee_expiry),
        FSIP_TEST(test_timer_422_retry),
        FSIP_TEST(test_timer_422_sent),
        FSIP_TEST(test_timer_refresh_after_update),
        FSIP_TEST(test_timer_refresh_after_failed_reinvite),
        FSIP_TEST(test_timer_refresh_after_prack_offer),
        FSIP_TEST(test_timer_refresh_after_other_fork_prack_offer),
        FSIP_TEST(test_timer_refresh_after_two_forks_prack_offers),
    };
    return ct_run_group(tests);
}
