/* The confirmed session, row by row, on both sides: every scenario runs
 * once with the UA as the caller (fsm/inv_uac.fsm) and once as the callee
 * (fsm/inv_uas.fsm), whose session rows are the same (RFC 3261 §14, §15;
 * RFC 4028 §10). The test plays the peer with raw SIP text and checks what
 * the UA sends, what the application hears and the machine's state. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calltest.h"

#define T1      500
#define ST_HOLD "application/sdp", CT_SDP_HOLD, strlen(CT_SDP_HOLD)
#define ST_ANS  "application/sdp", CT_SDP_ANSWER, strlen(CT_SDP_ANSWER)
#define CONTACT "Contact: <sip:bob@192.0.2.2:5070>\n"

/* One call, confirmed at 1100, and the peer's view of it. */
typedef struct sess {
    ct_node a;
    ct_dlg d;
    fsip_call *c;
    int inv;     /* the initial INVITE (caller) or its 200 (callee) */
    char br[64]; /* the peer's last re-INVITE: branch and CSeq */
    uint32_t seq;
} sess;

/* Session timers: `se` seconds; we_refresh says who refreshes (RFC 4028
 * §7, §9). se 0: timers off. */
static void up_st(sess *s, bool callee, uint32_t se, bool we_refresh, uint32_t reinvite_answer_ms)
{
    static int n;
    memset(s, 0, sizeof(*s));
    fsip_ua_config cfg;
    ct_ua_config(&cfg, false);
    cfg.session_expires_s = se;
    if (reinvite_answer_ms) cfg.reinvite_answer_ms = reinvite_answer_ms;
    ct_node_init(&s->a, "alice", false, &cfg, NULL, 1);
    ct_node *a = &s->a;
    char st[128] = "";
    if (se)
        snprintf(st, sizeof st, "Supported: timer\nSession-Expires: %u;refresher=%s\n", se,
                 callee ? (we_refresh ? "uas" : "uac") : (we_refresh ? "uac" : "uas"));
    /* Caller: the 2xx also requires the timer when we refresh. */
    if (!callee && se && we_refresh) strcat(st, "Require: timer\n");
    char cid[64] = "";
    if (callee) snprintf(cid, sizeof cid, "rows-%d@192.0.2.2", ++n);
    s->c = ct_confirmed(a, &s->d, callee, cid, st, &s->inv, NULL);
    assert_int_equal(fsip_call_session_expires(s->c), se);
    if (se) assert_int_equal(fsip_call_is_refresher(s->c), we_refresh);
}

static void up(sess *s, bool callee)
{
    up_st(s, callee, 0, false, 0);
}

static void down(sess *s)
{
    ct_node *a = &s->a;
    ct_run(a, 2000000);
    assert_int_equal(fsip_ua_stats_get(a->ua)->spec_errors, 0);
    ct_node_free(a);
}

static const char *mstate(sess *s)
{
    return fsip_call_machine_state(s->c);
}

/* The peer's re-INVITE (with `extra` headers); the 100 Trying is consumed. */
static void peer_reinvite(sess *s, uint64_t now, const char *extra)
{
    ct_dlg_request(&s->a, &s->d, now, "INVITE", 0, NULL, extra, CT_SDP_HOLD);
    snprintf(s->br, sizeof s->br, "%s", s->d.branch);
    s->seq = s->d.cseq;
    ct_next(&s->a, "SIP/2.0 100 ");
}

static void peer_ack(sess *s, uint64_t now)
{
    ct_dlg_request(&s->a, &s->d, now, "ACK", s->seq, NULL, NULL, NULL);
}

static void peer_cancel(sess *s, uint64_t now)
{
    ct_dlg_request(&s->a, &s->d, now, "CANCEL", s->seq, s->br, NULL, NULL);
    int ok = ct_next(&s->a, "SIP/2.0 200 ");
    assert_string_equal(ct_cseq_method(ct_msg(&s->a, ok)), "CANCEL");
}

/* BYE from the peer: 200 (after whatever the row sends first). */
static void peer_bye(sess *s, uint64_t now)
{
    ct_dlg_request(&s->a, &s->d, now, "BYE", 0, NULL, NULL, NULL);
}

static int our_reinvite(sess *s, uint64_t now)
{
    ct_run(&s->a, now);
    assert_int_equal(fsip_call_reinvite(s->c, ST_HOLD), 0);
    int ri = ct_next(&s->a, "INVITE ");
    assert_string_equal(mstate(s), "reinv_out");
    return ri;
}

static void accept_now(sess *s, uint64_t now)
{
    ct_run(&s->a, now);
    assert_int_equal(fsip_call_accept(s->c, ST_ANS), 0);
    int ok = ct_next(&s->a, "SIP/2.0 200 ");
    assert_int_equal(ct_cseq(ct_msg(&s->a, ok)), s->seq);
    assert_string_equal(ct_cseq_method(ct_msg(&s->a, ok)), "INVITE");
    assert_string_equal(mstate(s), "reinv_in_ack");
}

static int hangup_bye(sess *s, uint64_t now)
{
    ct_run(&s->a, now);
    assert_int_equal(fsip_call_hangup(s->c), 0);
    return ct_next(&s->a, "BYE ");
}

/* Hang-up in a confirmed session: the BYE at once, ENDED local_bye. */
static int hangup_ended(sess *s, uint64_t now)
{
    int bye = hangup_bye(s, now);
    ct_none(&s->a);
    ct_log_is(&s->a, "ended local_bye 0\n");
    return bye;
}

/* The peer's 200 to our BYE. */
static void bye_ok(sess *s, int bye, uint64_t now)
{
    ct_reply(&s->a, bye, now, 200, NULL, NULL, NULL);
}

/* The peer's bodiless non-2xx final response (`status`, with `extra`
 * headers) to our request `ri`: the ACK goes (RFC 3261 §17.1.1.3). */
static int reply_acked(sess *s, int ri, uint64_t now, int status, const char *extra)
{
    ct_reply(&s->a, ri, now, status, NULL, extra, NULL);
    return ct_next(&s->a, "ACK ");
}

/* Nothing more is sent until `t`; then the checks of down(). */
static void down_quiet(sess *s, uint64_t t)
{
    ct_run(&s->a, t);
    ct_none(&s->a);
    down(s);
}

/* A confirmed call (either side) and the peer's re-INVITE at 5000, given
 * to the app (REINVITE) and left unanswered: reinv_in. */
static void up_reinv_in(sess *s, bool callee)
{
    up(s, callee);
    peer_reinvite(s, 5000, NULL);
    ct_log_is(&s->a, "reinvite INVITE\n");
}

/* The same re-INVITE accepted at 5100, the log cleared: reinv_in_ack. */
static void up_reinv_in_ack(sess *s, bool callee)
{
    up(s, callee);
    peer_reinvite(s, 5000, NULL);
    accept_now(s, 5100);
    ct_log_clear(&s->a);
}

/* The peer's next re-INVITE at `now` while the last (s->seq) is not done:
 * 500 + Retry-After (RFC 3261 §14.2), nothing for the app, the machine
 * stays in `state`; s->seq stays the first one's. */
static void second_reinvite_500(sess *s, uint64_t now, const char *state)
{
    uint32_t first = s->seq;
    ct_dlg_reoffer(&s->a, &s->d, now);
    int r = ct_rejected(&s->a, &s->d, "INVITE", 500);
    ct_none(&s->a);
    assert_int_equal(ct_cseq(ct_msg(&s->a, r)), first + 1);
    ct_log_is(&s->a, "");
    assert_string_equal(mstate(s), state);
}

/* ---------------------------------------------------- the peer's re-INVITE */

/* The app rejects the peer's re-INVITE: the status it chose, the session
 * unchanged (RFC 3261 §14.2). */
static void test_reinv_in_app_reject(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++) {
        sess s;
        up_reinv_in(&s, side);
        assert_string_equal(mstate(&s), "reinv_in");
        ct_run(&s.a, 5100);
        assert_int_equal(fsip_call_reject(s.c, 488, "Not Here"), 0);
        int r = ct_next(&s.a, "SIP/2.0 488 Not Here\r\n");
        ct_none(&s.a);
        assert_int_equal(ct_cseq(ct_msg(&s.a, r)), s.seq);
        assert_string_equal(mstate(&s), "confirmed");
        ct_log_is(&s.a, "");
        down(&s);
    }
}

/* Unanswered: 500 after reinvite_answer_ms (DESIGN §3), REINVITE_FAILED. */
static void test_reinv_in_timer_answer(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++) {
        sess s;
        up_st(&s, side, 0, false, 3000);
        peer_reinvite(&s, 5000, NULL);
        ct_log_is(&s.a, "reinvite INVITE\n");
        ct_quiet_until(&s.a, 8000);
        int r = ct_next(&s.a, "SIP/2.0 500 ");
        ct_none(&s.a);
        assert_int_equal(ct_cseq(ct_msg(&s.a, r)), s.seq);
        ct_log_is(&s.a, "reinvite_failed -\n");
        assert_string_equal(mstate(&s), "confirmed");
        down(&s);
    }
}

/* A second re-INVITE while the first is unanswered: 500 + Retry-After
 * (RFC 3261 §14.2); the first stays the app's. */
static void test_reinv_in_rx_reinvite(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++) {
        sess s;
        up_reinv_in(&s, side);
        second_reinvite_500(&s, 5100, "reinv_in");
        accept_now(&s, 5200);
        down(&s);
    }
}

/* The peer cancels its re-INVITE: 200 to the CANCEL, 487 to the re-INVITE,
 * REINVITE_FAILED (RFC 3261 §9.2). */
static void test_reinv_in_rx_cancel(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++) {
        sess s;
        up_reinv_in(&s, side);
        peer_cancel(&s, 5100);
        int r = ct_next(&s.a, "SIP/2.0 487 ");
        ct_none(&s.a);
        assert_int_equal(ct_cseq(ct_msg(&s.a, r)), s.seq);
        assert_string_equal(ct_cseq_method(ct_msg(&s.a, r)), "INVITE");
        ct_log_is(&s.a, "reinvite_failed CANCEL\n");
        assert_string_equal(mstate(&s), "confirmed");
        down(&s);
    }
}

/* BYE while the peer's re-INVITE is pending: 487 to it, 200 to the BYE
 * (RFC 3261 §15.1.2). */
static void test_reinv_in_rx_bye(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++) {
        sess s;
        up_reinv_in(&s, side);
        peer_bye(&s, 5100);
        int r = ct_next(&s.a, "SIP/2.0 487 ");
        assert_int_equal(ct_cseq(ct_msg(&s.a, r)), s.seq);
        int ok = ct_next(&s.a, "SIP/2.0 200 ");
        assert_string_equal(ct_cseq_method(ct_msg(&s.a, ok)), "BYE");
        ct_none(&s.a);
        ct_log_is(&s.a, "ended remote_bye 0\n");
        down(&s);
    }
}

/* Hang-up while the peer's re-INVITE is pending: 487, then BYE. */
static void test_reinv_in_app_bye(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++) {
        sess s;
        up_reinv_in(&s, side);
        ct_run(&s.a, 5100);
        assert_int_equal(fsip_call_hangup(s.c), 0);
        ct_next(&s.a, "SIP/2.0 487 ");
        int bye = ct_next(&s.a, "BYE ");
        ct_none(&s.a);
        ct_log_is(&s.a, "ended local_bye 0\n");
        bye_ok(&s, bye, 5200);
        down(&s);
    }
}

/* The initial 2xx again (caller): the same ACK again, nothing else; the
 * machine stays in `state`. */
static void initial_2xx_again(sess *s, uint64_t now, int ack0, const char *state)
{
    ct_reply(&s->a, s->inv, now, 200, "b1", CONTACT, CT_SDP_ANSWER);
    int ack = ct_next(&s->a, "ACK ");
    ct_none(&s->a);
    assert_memory_equal(s->a.sent[ack].data, s->a.sent[ack0].data, s->a.sent[ack0].len);
    assert_string_equal(mstate(s), state);
}

/* Caller: the initial 2xx retransmitted while the peer's re-INVITE waits
 * for the app (reinv_in) or for its ACK (reinv_in_ack): ACKed again
 * (RFC 3261 §13.2.2.4), nothing else changes. */
static void test_reinv_in_r2xx(void **state)
{
    (void)state;
    sess s;
    up(&s, false);
    int ack0 = s.a.cursor - 1;
    peer_reinvite(&s, 5000, NULL);
    ct_log_is(&s.a, "reinvite INVITE\n");
    initial_2xx_again(&s, 5100, ack0, "reinv_in");
    accept_now(&s, 5200);
    initial_2xx_again(&s, 5300, ack0, "reinv_in_ack");
    ct_log_is(&s.a, "");
    peer_ack(&s, 5400);
    ct_log_is(&s.a, "reinvite_done ACK\n");
    down(&s);
}

/* ------------------------------------------- our 2xx to it, before the ACK */

/* Hang-up after accepting, before the ACK: BYE at once (the 2xx to a
 * re-INVITE does not hold the BYE back, RFC 3261 §15). */
static void test_reinv_in_ack_app_bye(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++) {
        sess s;
        up_reinv_in_ack(&s, side);
        int bye = hangup_ended(&s, 5200);
        /* The ACK comes after all (terminating rx_ack): nothing to do. */
        peer_ack(&s, 5250);
        ct_none(&s.a);
        ct_log_is(&s.a, "");
        assert_string_equal(mstate(&s), "terminating");
        /* The 2xx retransmissions stop with it. */
        bye_ok(&s, bye, 5300);
        down_quiet(&s, 60000);
    }
}

/* A new re-INVITE before the ACK of the last: 500 + Retry-After (§14.2). */
static void test_reinv_in_ack_rx_reinvite(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++) {
        sess s;
        up_reinv_in_ack(&s, side);
        second_reinvite_500(&s, 5200, "reinv_in_ack");
        peer_ack(&s, 5300);
        ct_log_is(&s.a, "reinvite_done ACK\n");
        down(&s);
    }
}

/* BYE before the ACK: 200, the call ends, no more 2xx. */
static void test_reinv_in_ack_rx_bye(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++) {
        sess s;
        up_reinv_in_ack(&s, side);
        peer_bye(&s, 5200);
        ct_next(&s.a, "SIP/2.0 200 ");
        ct_none(&s.a);
        ct_log_is(&s.a, "ended remote_bye 0\n");
        down_quiet(&s, 60000);
    }
}

/* No ACK for our 2xx to the re-INVITE: retransmitted, then BYE after 64*T1
 * (RFC 3261 §13.3.1.4), ENDED no_ack. */
static void test_reinv_in_ack_timer_ack(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++) {
        sess s;
        up_reinv_in_ack(&s, side);
        ct_run(&s.a, 5100 + 64 * T1 - 1);
        assert_int_equal(ct_pending(&s.a, "SIP/2.0 200 "), 10);
        s.a.cursor = s.a.nsent;
        ct_log_is(&s.a, "");
        ct_run(&s.a, 5100 + 64 * T1);
        int bye = ct_next(&s.a, "BYE ");
        ct_none(&s.a);
        ct_log_is(&s.a, "ended no_ack 0\n");
        bye_ok(&s, bye, 5100 + 64 * T1 + 10);
        down(&s);
    }
}

/* A CANCEL after we accepted: 200 to it and nothing else (§9.2). */
static void test_reinv_in_ack_rx_cancel(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++) {
        sess s;
        up_reinv_in_ack(&s, side);
        peer_cancel(&s, 5200);
        ct_none(&s.a);
        ct_log_is(&s.a, "");
        assert_string_equal(mstate(&s), "reinv_in_ack");
        peer_ack(&s, 5300);
        ct_log_is(&s.a, "reinvite_done ACK\n");
        down(&s);
    }
}

/* A CANCEL of the peer's re-INVITE that was answered and ACKed, while its
 * server transaction lingers (RFC 6026 Timer L), in each later state: 200
 * to the CANCEL, nothing else (RFC 3261 §9.2). */
static void test_late_cancel(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++)
        for (int where = 0; where < 4; where++) {
            sess s;
            up(&s, side);
            peer_reinvite(&s, 5000, NULL);
            accept_now(&s, 5100);
            peer_ack(&s, 5200);
            ct_log_is(&s.a, "reinvite INVITE\nreinvite_done ACK\n");
            int ri = -1, bye = -1;
            const char *exp = "confirmed";
            if (where == 1 || where == 2) {
                ri = our_reinvite(&s, 6000);
                exp = "reinv_out";
                if (where == 2) {
                    reply_acked(&s, ri, 6100, 491, NULL);
                    exp = "reinv_wait";
                }
            } else if (where == 3) {
                bye = hangup_bye(&s, 6000);
                ct_log_is(&s.a, "ended local_bye 0\n");
                exp = NULL;
            }
            peer_cancel(&s, 6200);
            ct_none(&s.a);
            ct_log_is(&s.a, "");
            if (exp) assert_string_equal(mstate(&s), exp);
            if (bye >= 0) bye_ok(&s, bye, 6300);
            down(&s);
        }
}

/* ---------------------------------------------------- our re-INVITE */

/* Our re-INVITE's final responses, each its row (RFC 3261 §14.1, RFC 5057
 * §5.1): 488 leaves the session; 500 + Retry-After retries after it; 481
 * ends the call without BYE; 408 ends it with BYE. */
static void test_reinv_out_responses(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++) {
        for (int k = 0; k < 5; k++) {
            static const int st[] = {488, 500, 481, 408, 403};
            sess s;
            up(&s, side);
            int ri = our_reinvite(&s, 5000);
            uint32_t seq = ct_cseq(ct_msg(&s.a, ri));
            ct_reply(&s.a, ri, 5100, st[k], NULL, st[k] == 500 ? "Retry-After: 2\n" : NULL, NULL);
            int ack = ct_next(&s.a, "ACK ");
            assert_string_equal(ct_branch(ct_msg(&s.a, ack)), ct_branch(ct_msg(&s.a, ri)));
            if (st[k] == 488) {
                ct_none(&s.a);
                ct_log_is(&s.a, "reinvite_failed 488\n");
                assert_string_equal(mstate(&s), "confirmed");
            } else if (st[k] == 500) {
                ct_none(&s.a);
                ct_log_is(&s.a, "");
                assert_string_equal(mstate(&s), "reinv_wait");
                ct_quiet_until(&s.a, 7100);
                int r2 = ct_next(&s.a, "INVITE ");
                ct_none(&s.a);
                assert_int_equal(ct_cseq(ct_msg(&s.a, r2)), seq + 1);
                assert_string_equal(ct_body(ct_msg(&s.a, r2)), CT_SDP_HOLD);
                ct_reply(&s.a, r2, 7200, 200, NULL, NULL, CT_SDP_ANSWER);
                ct_next(&s.a, "ACK ");
                ct_log_is(&s.a, "reinvite_done 200\n");
            } else if (st[k] == 481) {
                ct_none(&s.a);
                ct_log_is(&s.a, "ended dialog_gone 481\n");
            } else {
                int bye = ct_next(&s.a, "BYE ");
                ct_none(&s.a);
                char exp[64];
                snprintf(exp, sizeof exp, "ended dialog_gone %d\n", st[k]);
                ct_log_is(&s.a, exp);
                bye_ok(&s, bye, 5200);
            }
            down(&s);
        }
    }
}

/* A re-INVITE with only a 100 for 181 s (Timer C for a re-INVITE, DESIGN
 * §3): BYE, ENDED dialog_gone 408; its ICT does not outlive the call. */
static void test_reinv_out_timer_reinv(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++) {
        sess s;
        up(&s, side);
        int ri = our_reinvite(&s, 5000);
        ct_reply(&s.a, ri, 5050, 100, NULL, NULL, NULL);
        ct_run(&s.a, 5000 + 181000 - 1);
        ct_none(&s.a);
        ct_log_is(&s.a, "");
        ct_run(&s.a, 5000 + 181000);
        int bye = ct_next(&s.a, "BYE ");
        ct_none(&s.a);
        ct_log_is(&s.a, "ended dialog_gone 408\n");
        bye_ok(&s, bye, 186100);
        ct_run(&s.a, 400000);
        assert_int_equal(fsip_stack_stats(s.a.s)->txn_active, 0);
        down(&s);
    }
}

/* Hang-up while our re-INVITE is out: BYE; whatever answers the
 * re-INVITE afterwards changes nothing but a 2xx, which is ACKed
 * (terminating rows, RFC 3261 §13.2.2.4). */
static void test_reinv_out_app_bye_then_response(void **state)
{
    (void)state;
    static const int st[] = {491, 500, 408, 488, 481, 200};
    for (int side = 0; side < 2; side++)
        for (int k = 0; k < 6; k++) {
            sess s;
            up(&s, side);
            int ri = our_reinvite(&s, 5000);
            int bye = hangup_ended(&s, 5100);
            ct_reply(&s.a, ri, 5200, st[k], NULL, st[k] == 500 ? "Retry-After: 1\n" : NULL,
                     st[k] == 200 ? CT_SDP_ANSWER : NULL);
            int ack = ct_next(&s.a, "ACK ");
            if (st[k] == 200)
                assert_string_not_equal(ct_branch(ct_msg(&s.a, ack)), ct_branch(ct_msg(&s.a, ri)));
            else
                assert_string_equal(ct_branch(ct_msg(&s.a, ack)), ct_branch(ct_msg(&s.a, ri)));
            ct_none(&s.a);
            ct_log_is(&s.a, "");
            assert_string_equal(mstate(&s), "terminating");
            /* The peer re-INVITEs now: 481, the session is over (§15). */
            ct_dlg_reoffer(&s.a, &s.d, 5300);
            ct_next(&s.a, "SIP/2.0 481 ");
            ct_none(&s.a);
            ct_dlg_request(&s.a, &s.d, 5350, "ACK", s.d.cseq, s.d.branch, NULL, NULL);
            bye_ok(&s, bye, 5400);
            down_quiet(&s, 10000);
        }
}

/* BYE from the peer while our re-INVITE is out (reinv_out) or waits to be
 * retried (reinv_wait): 200, ENDED remote_bye, no retry later. */
static void test_reinv_out_wait_rx_bye(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++)
        for (int wait = 0; wait < 2; wait++) {
            sess s;
            up(&s, side);
            int ri = our_reinvite(&s, 5000);
            if (wait) {
                reply_acked(&s, ri, 5100, 491, NULL);
                assert_string_equal(mstate(&s), "reinv_wait");
            }
            peer_bye(&s, 5200);
            ct_next(&s.a, "SIP/2.0 200 ");
            ct_none(&s.a);
            ct_log_is(&s.a, "ended remote_bye 0\n");
            if (!wait) {
                /* The re-INVITE's ICT runs on; the peer, its dialog gone,
                 * answers 481: ACKed, nothing for the app. */
                reply_acked(&s, ri, 5300, 481, NULL);
                ct_log_is(&s.a, "");
            }
            down_quiet(&s, 30000);
        }
}

/* Hang-up in reinv_wait: BYE, and the retry never goes. */
static void test_reinv_wait_app_bye(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++) {
        sess s;
        up(&s, side);
        int ri = our_reinvite(&s, 5000);
        reply_acked(&s, ri, 5100, 500, "Retry-After: 3\n");
        int bye = hangup_ended(&s, 5200);
        bye_ok(&s, bye, 5300);
        down_quiet(&s, 30000);
    }
}

/* The peer's re-INVITE while ours waits to be retried: it goes first
 * (RFC 3261 §14.2): REINVITE_FAILED for ours, REINVITE for theirs, and our
 * retry is dropped. */
static void test_reinv_wait_rx_reinvite(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++) {
        sess s;
        up(&s, side);
        int ri = our_reinvite(&s, 5000);
        reply_acked(&s, ri, 5100, 500, "Retry-After: 3\n");
        ct_log_is(&s.a, "");
        peer_reinvite(&s, 5200, NULL);
        ct_none(&s.a);
        ct_log_is(&s.a, "reinvite_failed INVITE\nreinvite INVITE\n");
        assert_string_equal(mstate(&s), "reinv_in");
        accept_now(&s, 5300);
        peer_ack(&s, 5400);
        ct_log_is(&s.a, "reinvite_done ACK\n");
        down_quiet(&s, 30000);
    }
}

/* The 2xx to an earlier re-INVITE of ours retransmitted (its ICT still in
 * Accepted, RFC 6026) in every session state: the same ACK again
 * (RFC 3261 §13.2.2.4, §14.1), nothing else. */
static void test_re_2xx_again_everywhere(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++) {
        sess s;
        up(&s, side);
        int r1 = our_reinvite(&s, 5000);
        ct_reply(&s.a, r1, 5100, 200, NULL, NULL, CT_SDP_ANSWER);
        int ack1 = ct_next(&s.a, "ACK ");
        ct_log_is(&s.a, "reinvite_done 200\n");
        uint64_t t = 5200;
        for (int step = 0; step < 6; step++, t += 300) {
            const char *exp = NULL;
            int bye = -1;
            switch (step) {
            case 0: exp = "confirmed"; break;
            case 1: {
                int r2 = our_reinvite(&s, t);
                s.inv = r2; /* kept for step 2 */
                exp = "reinv_out";
                break;
            }
            case 2:
                ct_reply(&s.a, s.inv, t, 491, NULL, NULL, NULL);
                ct_next(&s.a, "ACK ");
                exp = "reinv_wait";
                break;
            case 3:
                peer_reinvite(&s, t, NULL);
                ct_log_is(&s.a, "reinvite_failed INVITE\nreinvite INVITE\n");
                exp = "reinv_in";
                break;
            case 4:
                accept_now(&s, t);
                exp = "reinv_in_ack";
                break;
            case 5:
                peer_ack(&s, t);
                ct_log_is(&s.a, "reinvite_done ACK\n");
                bye = hangup_bye(&s, t + 10);
                ct_log_is(&s.a, "ended local_bye 0\n");
                exp = "terminating";
                s.inv = bye;
                break;
            }
            ct_none(&s.a);
            assert_string_equal(mstate(&s), exp);
            ct_reply(&s.a, r1, t + 100, 200, NULL, NULL, CT_SDP_ANSWER);
            int k = ct_next(&s.a, "ACK ");
            ct_none(&s.a);
            assert_memory_equal(s.a.sent[k].data, s.a.sent[ack1].data, s.a.sent[ack1].len);
            assert_string_equal(mstate(&s), exp);
            ct_log_is(&s.a, "");
        }
        ct_reply(&s.a, s.inv, t, 200, NULL, NULL, NULL);
        down(&s);
    }
}

/* -------------------------------------------------- session timers */

#define SE              90 /* refresh at 45 s, expire at 60 s (RFC 4028 §10) */
#define UP              1100
#define ST_PEER_REFRESH "Supported: timer\nSession-Expires: 90;refresher=uac\n"
#define ST_WE_REFRESH   "Supported: timer\nSession-Expires: 90;refresher=uas\n"

/* The machine's state after in_progress(`where`). */
static const char *const in_progress_state[] = {"reinv_out", "reinv_wait", "reinv_in",
                                                "reinv_in_ack"};

/* An INVITE exchange in progress at `t`, by `where`: 0 reinv_out (our
 * re-INVITE at t-100, 100 Trying), 1 reinv_wait (ours at t-200, 500 with
 * the `retry_after` header), 2 reinv_in (the peer's at t-200 with the
 * session timer headers `st`), 3 reinv_in_ack (that one accepted at t-100).
 * Returns our re-INVITE (its index) or -1. */
static int in_progress(sess *s, int where, uint64_t t, const char *st, const char *retry_after)
{
    int ri = -1;
    if (where == 0) {
        ri = our_reinvite(s, t - 100);
        ct_reply(&s->a, ri, t - 90, 100, NULL, NULL, NULL);
    } else if (where == 1) {
        ri = our_reinvite(s, t - 200);
        reply_acked(s, ri, t - 100, 500, retry_after);
    } else {
        peer_reinvite(s, t - 200, st);
        ct_log_is(&s->a, "reinvite INVITE\n");
        if (where == 3) accept_now(s, t - 100);
    }
    return ri;
}

/* We refresh: at 45 s the refresh re-INVITE goes; its 2xx (refresher=uac:
 * still us) restarts the timer (re_2xx refresher row). */
static void test_st_refresh_confirmed(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++) {
        sess s;
        up_st(&s, side, SE, true, 0);
        ct_quiet_until(&s.a, UP + 45000);
        int ri = ct_next(&s.a, "INVITE ");
        ct_none(&s.a);
        assert_string_equal(ct_h(ct_msg(&s.a, ri), "Session-Expires"), "90;refresher=uac");
        assert_string_equal(mstate(&s), "reinv_out");
        ct_reply(&s.a, ri, UP + 45100, 200, NULL,
                 "Supported: timer\nRequire: timer\nSession-Expires: 90;refresher=uac\n",
                 CT_SDP_ANSWER);
        ct_next(&s.a, "ACK ");
        assert_true(fsip_call_is_refresher(s.c));
        ct_log_clear(&s.a);
        ct_quiet_until(&s.a, UP + 90100);
        ct_next(&s.a, "INVITE ");
        down(&s);
    }
}

/* Our re-INVITE's 2xx hands the refresh to the peer (refresher=uas): we
 * stop refreshing and only watch the expiry (re_2xx !refresher). */
static void test_st_reinv_out_2xx_peer_refreshes(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++) {
        sess s;
        up_st(&s, side, SE, true, 0);
        int ri = our_reinvite(&s, 10000);
        ct_reply(&s.a, ri, 10100, 200, NULL,
                 "Supported: timer\nSession-Expires: 90;refresher=uas\n", CT_SDP_ANSWER);
        ct_next(&s.a, "ACK ");
        ct_log_is(&s.a, "reinvite_done 200\n");
        assert_false(fsip_call_is_refresher(s.c));
        ct_quiet_until(&s.a, 10100 + 60000);
        int bye = ct_next(&s.a, "BYE ");
        ct_log_is(&s.a, "ended expired 0\n");
        bye_ok(&s, bye, 70200);
        down(&s);
    }
}

/* The refresh falls due while an INVITE transaction is in progress: it is
 * put off by T2 (RFC 4028 §10 rows in reinv_out, reinv_wait, reinv_in,
 * reinv_in_ack); the exchange's own success restarts it. */
static void test_st_refresh_deferred(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++)
        for (int where = 0; where < 4; where++) {
            sess s;
            up_st(&s, side, SE, true, 0);
            uint64_t due = UP + 45000;
            int ri = in_progress(&s, where, due, ST_WE_REFRESH, "Retry-After: 5\n");
            ct_run(&s.a, due + 4000 - 1);
            ct_skip(&s.a, "SIP/2.0 200 "); /* 2xx retransmissions */
            ct_none(&s.a);                 /* no refresh while one is in progress */
            if (where == 1) {
                ct_run(&s.a, due + 4900);
                ri = ct_next(&s.a, "INVITE ");
                ct_none(&s.a);
                ct_reply(&s.a, ri, due + 4910, 100, NULL, NULL, NULL);
            }
            uint64_t t = due + 4950;
            if (where <= 1) {
                ct_reply(&s.a, ri, t, 200, NULL,
                         "Supported: timer\nRequire: timer\n"
                         "Session-Expires: 90;refresher=uac\n",
                         CT_SDP_ANSWER);
                ct_next(&s.a, "ACK ");
            } else {
                if (where == 2) accept_now(&s, t - 10);
                peer_ack(&s, t);
            }
            ct_skip(&s.a, "SIP/2.0 200 "); /* 2xx retransmissions */
            ct_none(&s.a);
            assert_string_equal(mstate(&s), "confirmed");
            assert_true(fsip_call_is_refresher(s.c));
            ct_log_clear(&s.a);
            /* The next refresh is 45 s after this exchange. */
            ct_quiet_until(&s.a, t + 45000);
            ct_next(&s.a, "INVITE ");
            down(&s);
        }
}

/* The peer refreshes and does not: at 60 s we BYE, whatever is in
 * progress (RFC 4028 §10 timer_expire rows in reinv_out, reinv_wait,
 * reinv_in: 487 to the pending re-INVITE first, reinv_in_ack). */
static void test_st_expire_in_progress(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++)
        for (int where = 0; where < 4; where++) {
            sess s;
            up_st(&s, side, SE, false, 0);
            uint64_t exp = UP + 60000;
            in_progress(&s, where, exp, ST_PEER_REFRESH, "Retry-After: 5\n");
            ct_run(&s.a, exp - 1);
            if (where == 3) s.a.cursor = s.a.nsent; /* 2xx retransmissions */
            ct_none(&s.a);
            ct_run(&s.a, exp);
            if (where == 2) ct_next(&s.a, "SIP/2.0 487 ");
            int bye = ct_next(&s.a, "BYE ");
            ct_none(&s.a);
            assert_non_null(strstr(s.a.log, "ended expired 0\n"));
            ct_log_clear(&s.a);
            bye_ok(&s, bye, exp + 100);
            ct_run(&s.a, exp + 60000);
            if (where == 0 || where == 1) {
                /* nothing retried */
                assert_int_equal(ct_pending(&s.a, "INVITE "), 0);
            }
            down(&s);
        }
}

/* The peer's re-INVITE refreshes the session (reinv_in_ack rx_ack with a
 * session timer, either refresher). */
static void test_st_reinv_in_ack_rx_ack(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++)
        for (int we = 0; we < 2; we++) {
            sess s;
            up_st(&s, side, SE, !we, 0);
            peer_reinvite(&s, 20000, we ? ST_WE_REFRESH : ST_PEER_REFRESH);
            accept_now(&s, 20100);
            const fsip_msg *ok = ct_msg(&s.a, s.a.cursor - 1);
            assert_string_equal(ct_h(ok, "Session-Expires"),
                                we ? "90;refresher=uas" : "90;refresher=uac");
            peer_ack(&s, 20200);
            ct_log_is(&s.a, "reinvite INVITE\nreinvite_done ACK\n");
            assert_int_equal(fsip_call_is_refresher(s.c), we);
            if (we) {
                ct_quiet_until(&s.a, 20200 + 45000);
                ct_next(&s.a, "INVITE ");
            } else {
                ct_quiet_until(&s.a, 20200 + 60000);
                ct_next(&s.a, "BYE ");
                ct_log_is(&s.a, "ended expired 0\n");
            }
            down(&s);
        }
}

/* A refreshing UPDATE (RFC 4028 §10) accepted by the app in each session
 * state restarts the session timer there (st_refreshed rows): the peer
 * refreshes (refresher=uac) or hands it to us (refresher=uas). */
static void test_st_refreshed_by_update(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++)
        for (int where = 0; where < 5; where++)
            for (int we = 0; we < 2; we++) {
                sess s;
                up_st(&s, side, SE, false, 0);
                s.a.on_update = 200;
                const char *exp = "confirmed";
                uint64_t t = 30000;
                if (where) { /* 1 reinv_out ... 4 reinv_in_ack */
                    in_progress(&s, where - 1, t, ST_PEER_REFRESH, "Retry-After: 10\n");
                    exp = in_progress_state[where - 1];
                }
                ct_log_clear(&s.a);
                ct_dlg_request(&s.a, &s.d, t, "UPDATE", 0, NULL,
                               we ? ST_WE_REFRESH : ST_PEER_REFRESH, NULL);
                int ok = ct_next(&s.a, "SIP/2.0 200 ");
                ct_none(&s.a);
                const fsip_msg *m = ct_msg(&s.a, ok);
                assert_string_equal(ct_cseq_method(m), "UPDATE");
                assert_string_equal(ct_h(m, "Session-Expires"),
                                    we ? "90;refresher=uas" : "90;refresher=uac");
                ct_log_is(&s.a, ""); /* a bare refresh: fsip answers it */
                assert_string_equal(mstate(&s), exp);
                assert_int_equal(fsip_call_is_refresher(s.c), we);
                if (where == 4) {
                    peer_ack(&s, t + 10);
                    ct_log_is(&s.a, "reinvite_done ACK\n");
                }
                if (where == 2) {
                    /* The retry goes at 39.9 s; the peer says 100. */
                    ct_run(&s.a, t + 9900);
                    int r2 = ct_next(&s.a, "INVITE ");
                    ct_reply(&s.a, r2, t + 9910, 100, NULL, NULL, NULL);
                }
                /* The old expiry (UP + 60 s) is gone: the new one counts from
                 * the UPDATE. */
                ct_run(&s.a, UP + 60000);
                /* (2xx or re-INVITE retransmissions aside) no BYE */
                assert_int_equal(ct_pending(&s.a, "BYE "), 0);
                s.a.cursor = s.a.nsent;
                ct_log_is(&s.a, "");
                /* The new one: 60 s after the UPDATE (none when we refresh
                 * and the refresh succeeds first: not answered here). */
                if (!we) {
                    ct_run(&s.a, t + 60000 - 1);
                    assert_int_equal(ct_pending(&s.a, "BYE "), 0);
                    ct_run(&s.a, t + 60010);
                    assert_int_equal(ct_pending(&s.a, "BYE "), 1);
                    assert_non_null(strstr(s.a.log, "ended expired 0\n"));
                    ct_log_clear(&s.a);
                    s.a.cursor = s.a.nsent;
                }
                down(&s);
            }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_reinv_in_app_reject),
        FSIP_TEST(test_reinv_in_timer_answer),
        FSIP_TEST(test_reinv_in_rx_reinvite),
        FSIP_TEST(test_reinv_in_rx_cancel),
        FSIP_TEST(test_reinv_in_rx_bye),
        FSIP_TEST(test_reinv_in_app_bye),
        FSIP_TEST(test_reinv_in_r2xx),
        FSIP_TEST(test_reinv_in_ack_app_bye),
        FSIP_TEST(test_reinv_in_ack_rx_reinvite),
        FSIP_TEST(test_reinv_in_ack_rx_bye),
        FSIP_TEST(test_reinv_in_ack_timer_ack),
        FSIP_TEST(test_reinv_in_ack_rx_cancel),
        FSIP_TEST(test_late_cancel),
        FSIP_TEST(test_reinv_out_responses),
        FSIP_TEST(test_reinv_out_timer_reinv),
        FSIP_TEST(test_reinv_out_app_bye_then_response),
        FSIP_TEST(test_reinv_out_wait_rx_bye),
        FSIP_TEST(test_reinv_wait_app_bye),
        FSIP_TEST(test_reinv_wait_rx_reinvite),
        FSIP_TEST(test_re_2xx_again_everywhere),
        FSIP_TEST(test_st_refresh_confirmed),
        FSIP_TEST(test_st_reinv_out_2xx_peer_refreshes),
        FSIP_TEST(test_st_refresh_deferred),
        FSIP_TEST(test_st_expire_in_progress),
        FSIP_TEST(test_st_reinv_in_ack_rx_ack),
        FSIP_TEST(test_st_refreshed_by_update),
    };
    return ct_run_group(tests);
}
