/* The last rows of the INVITE session machines (fsm/inv_uac.fsm,
 * fsm/inv_uas.fsm) and of the reliable 1xx sender (fsm/rel1xx_uas.fsm)
 * that raw SIP, the application or the allocator can reach:
 *   - a refreshing UPDATE that turns the session timer off (Session-Expires
 *     0): the st_refreshed !session_timer rows in every session state;
 *   - the INVITE sent again after a 422 (RFC 4028 §6) while the caller
 *     rings: its Timer B ends the call (proceeding, cancelling txn_timeout);
 *   - the peer's early UPDATE answered in the ANSWERED event of a late
 *     offer, before the 2xx's row (proceeding, cancelling st_refreshed);
 *   - a reliable 1xx that ran out of memory after its machine was made
 *     (rel1xx_uas idle prack_nomatch, app_2xx, app_final).
 * Each test checks the wire, the events the application sees, the machine's
 * state and that no `error` row ran (spec_errors). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "call_internal.h"
#include "calltest.h"

#define T1      500
#define ST_HOLD "application/sdp", CT_SDP_HOLD, strlen(CT_SDP_HOLD)
#define ST_ANS  "application/sdp", CT_SDP_ANSWER, strlen(CT_SDP_ANSWER)
#define CONTACT "Contact: <sip:bob@192.0.2.2:5070>\n"

/* ------------------------------------ a refresh that ends the session timer */

#define SE 90 /* we refresh at 45 s, the session would expire at 60 s */
#define UP 1100

typedef struct sess {
    ct_node a;
    ct_dlg d;
    fsip_call *c;
    uint32_t seq; /* the peer's last re-INVITE */
    char br[64];
} sess;

/* A call confirmed at UP with a 90 s session timer we refresh (RFC 4028
 * §7, §9), the UA as caller or callee. */
static void up_st(sess *s, bool callee)
{
    static int n;
    memset(s, 0, sizeof(*s));
    fsip_ua_config cfg;
    ct_ua_config(&cfg, false);
    cfg.session_expires_s = SE;
    ct_node_init(&s->a, "alice", false, &cfg, NULL, 1);
    char cid[64] = "";
    if (callee) snprintf(cid, sizeof cid, "rows-inv-%d@192.0.2.2", ++n);
    s->c = ct_confirmed(
        &s->a, &s->d, callee, cid,
        callee ? "Supported: timer\nSession-Expires: 90;refresher=uas\n"
               : "Supported: timer\nRequire: timer\nSession-Expires: 90;refresher=uac\n",
        NULL, NULL);
    assert_int_equal(fsip_call_session_expires(s->c), SE);
    assert_true(fsip_call_is_refresher(s->c));
}

/* Skips the retransmissions of a 2xx waiting for its ACK. */
static void skip_retx(ct_node *a)
{
    while (ct_skip(a, "SIP/2.0 200 "))
        ;
}

/* RFC 4028 §4, §5, §9: Session-Expires: 0 is no valid interval (below any
 * Min-SE, which is at least 90 s). A refresh by UPDATE or re-INVITE with it
 * from a UAC that supports timers gets 422 with our Min-SE, the session
 * unchanged; from one that does not (no Supported: timer), which could not
 * retry, the 2xx grants Min-SE (§9: raised, not rejected). The session
 * timer runs on either way: our refresh comes 45 s after that 2xx. */
static void test_st_refresh_se_0(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++) {
        sess s;
        up_st(&s, side);
        ct_node *a = &s.a;
        ct_dlg_request(a, &s.d, 20000, "UPDATE", 0, NULL, "Supported: timer\nSession-Expires: 0\n",
                       NULL);
        int r = ct_next(a, "SIP/2.0 422 ");
        ct_none(a);
        assert_string_equal(ct_cseq_method(ct_msg(a, r)), "UPDATE");
        assert_string_equal(ct_h(ct_msg(a, r), "Min-SE"), "90");
        ct_log_is(a, "");
        ct_dlg_request(a, &s.d, 21000, "INVITE", 0, NULL, "Supported: timer\nSession-Expires: 0\n",
                       CT_SDP_HOLD);
        if (ct_pending(a, "SIP/2.0 100 ")) ct_next(a, "SIP/2.0 100 ");
        r = ct_next(a, "SIP/2.0 422 ");
        assert_string_equal(ct_h(ct_msg(a, r), "Min-SE"), "90");
        ct_dlg_request(a, &s.d, 21010, "ACK", s.d.cseq, s.d.branch, NULL, NULL);
        ct_none(a);
        ct_log_is(a, "");
        assert_string_equal(fsip_call_machine_state(s.c), "confirmed");
        assert_int_equal(fsip_call_session_expires(s.c), SE);
        ct_dlg_request(a, &s.d, 22000, "UPDATE", 0, NULL, "Session-Expires: 0\n", NULL);
        int ok = ct_next(a, "SIP/2.0 200 ");
        ct_none(a);
        assert_string_equal(ct_h(ct_msg(a, ok), "Session-Expires"), "90;refresher=uas");
        ct_log_is(a, ""); /* a bare refresh: fsip answers it */
        assert_int_equal(fsip_call_session_expires(s.c), SE);
        assert_true(fsip_call_is_refresher(s.c));
        ct_run(a, 22000 + 45000 - 1);
        ct_none(a);
        ct_run(a, 22000 + 45000);
        int k = ct_next(a, "");
        const fsip_msg *m = ct_msg(a, k);
        assert_true(strcmp(ct_cseq_method(m), "INVITE") == 0 ||
                    strcmp(ct_cseq_method(m), "UPDATE") == 0);
        assert_non_null(ct_h(m, "Session-Expires"));
        assert_int_equal(fsip_ua_stats_get(a->ua)->spec_errors, 0);
        a->cursor = a->nsent;
        ct_node_free(a);
    }
}

/* RFC 4028 §9, §10: the peer's re-INVITE just before our refresh is due
 * makes it the refresher (refresher=uac in the 2xx we send); the refresh
 * falls due before its ACK (reinv_in_ack timer_refresh !refresher: no
 * refresh of ours, no spec error); the ACK stops our refresh timer and
 * starts the expiry timer of the new interval: with no refresh from the
 * peer the session ends (BYE) 60 s after it. Caller or callee. */
static void test_st_refresher_changes_before_ack(void **state)
{
    (void)state;
    for (int side = 0; side < 2; side++) {
        sess s;
        up_st(&s, side);
        ct_node *a = &s.a;
        ct_dlg_request(a, &s.d, 46000, "INVITE", 0, NULL,
                       "Supported: timer\nSession-Expires: 90;refresher=uac\n", CT_SDP_HOLD);
        uint32_t seq = s.d.cseq;
        ct_next(a, "SIP/2.0 100 ");
        ct_log_is(a, "reinvite INVITE\n");
        ct_run(a, 46050);
        assert_int_equal(fsip_call_accept(s.c, ST_ANS), 0);
        int ok = ct_next(a, "SIP/2.0 200 ");
        assert_string_equal(ct_h(ct_msg(a, ok), "Session-Expires"), "90;refresher=uac");
        assert_false(fsip_call_is_refresher(s.c));
        ct_run(a, 46400); /* our refresh was due at UP + 45 s = 46100 */
        skip_retx(a);
        ct_none(a);
        assert_string_equal(fsip_call_machine_state(s.c), "reinv_in_ack");
        ct_dlg_request(a, &s.d, 46500, "ACK", seq, NULL, NULL, NULL);
        ct_log_is(a, "reinvite_done ACK\n");
        ct_run(a, 46500 + 60000 - 1);
        skip_retx(a);
        ct_none(a); /* no refresh of ours */
        ct_run(a, 46500 + 60000);
        ct_next(a, "BYE "); /* (ct_none above: no INVITE or UPDATE of ours before it) */
        ct_none(a);
        assert_int_equal(fsip_ua_stats_get(a->ua)->spec_errors, 0);
        a->cursor = a->nsent;
        ct_node_free(a);
    }
}

/* ------------------------------------------- the INVITE sent again (422) */

/* RFC 4028 §6: our INVITE (Session-Expires: 1800) rings (180), then gets
 * 422 with Min-SE: 3600 and goes again with CSeq 2 and Session-Expires:
 * 3600 (proceeding r_retry -> calling: the 422 ended the first INVITE and
 * its early dialog). A hang-up now sends no CANCEL: the new INVITE has had
 * no provisional response (RFC 3261 §9.1; cancel_pending). hang 0: nobody
 * answers, its Timer B (64*T1, §17.1.1.2) ends the call (calling
 * txn_timeout: ENDED timeout 408); hang 1: the same after the hang-up
 * (cancel_pending txn_timeout); hang 2: the new INVITE's 180 comes after
 * the hang-up, and only then the CANCEL (CSeq 2), answered 487. */
static void test_uac_422_then_timer_b(void **state)
{
    (void)state;
    for (int hang = 0; hang < 3; hang++) {
        fsip_ua_config cfg;
        ct_ua_config(&cfg, false);
        cfg.session_expires_s = 1800;
        ct_node a;
        ct_node_init(&a, "alice", false, &cfg, NULL, 1);
        fsip_call *c = ct_invite(&a, 1000, NULL, true);
        int inv = ct_next(&a, "INVITE ");
        assert_string_equal(ct_h(ct_msg(&a, inv), "Session-Expires"), "1800");
        ct_reply(&a, inv, 1050, 180, "b1", CONTACT, NULL);
        ct_log_is(&a, "progress 180 b1\n");
        assert_string_equal(fsip_call_machine_state(c), "proceeding");
        ct_reply(&a, inv, 1100, 422, "b1", "Min-SE: 3600\n", NULL);
        int ack = ct_next(&a, "ACK ");
        assert_int_equal(ct_cseq(ct_msg(&a, ack)), 1);
        int inv2 = ct_next(&a, "INVITE ");
        ct_none(&a);
        const fsip_msg *m2 = ct_msg(&a, inv2);
        assert_int_equal(ct_cseq(m2), 2);
        assert_string_equal(ct_h(m2, "Session-Expires"), "3600");
        assert_string_equal(ct_call_id(m2), ct_call_id(ct_msg(&a, inv)));
        assert_string_equal(ct_from_tag(m2), ct_from_tag(ct_msg(&a, inv)));
        assert_string_equal(ct_to_tag(m2), "");
        ct_log_is(&a, "");
        assert_string_equal(fsip_call_machine_state(c), "calling");
        if (hang) {
            ct_run(&a, 1200);
            assert_int_equal(fsip_call_hangup(c), 0);
            assert_string_equal(fsip_call_machine_state(c), "cancel_pending");
            ct_skip(&a, "INVITE ");
            ct_none(&a); /* no CANCEL before a provisional response (§9.1) */
        }
        if (hang == 2) {
            ct_reply(&a, inv2, 1300, 180, "b1", CONTACT, NULL);
            ct_skip(&a, "INVITE ");
            int can = ct_next(&a, "CANCEL ");
            ct_none(&a);
            assert_int_equal(ct_cseq(ct_msg(&a, can)), 2);
            assert_string_equal(fsip_call_machine_state(c), "cancelling");
            ct_reply(&a, can, 1350, 200, NULL, NULL, NULL);
            ct_reply(&a, inv2, 1360, 487, "b1", NULL, NULL);
            ct_next(&a, "ACK ");
            ct_none(&a);
            ct_log_is(&a, "ended cancelled 487\n");
            assert_null(a.call);
            ct_node_end(&a);
            continue;
        }
        /* Timer B of the new INVITE: 64*T1 after it went at 1100. */
        ct_run(&a, 1100 + 64 * T1 - 1);
        assert_int_equal(a.ended, 0);
        assert_string_equal(fsip_call_machine_state(c), hang ? "cancel_pending" : "calling");
        ct_run(&a, 1100 + 64 * T1);
        ct_log_is(&a, hang ? "ended cancelled 487\n" : "ended timeout 408\n");
        assert_null(a.call);
        /* Only retransmissions of the new INVITE went: no CANCEL. */
        for (int i = a.cursor; i < a.nsent; i++) {
            assert_true(strncmp(a.sent[i].data, "INVITE ", 7) == 0);
            assert_int_equal(ct_cseq(ct_msg(&a, i)), 2);
        }
        a.cursor = a.nsent;
        assert_int_equal(ct_count_sent(&a, "BYE "), 0);
        ct_node_end(&a);
    }
}

/* ------------------------ the peer's early UPDATE answered in ANSWERED */

static int late_mode; /* 1: answer the pending UPDATE in ANSWERED */

static void app_answers_update(fsip_call *call, fsip_call_event ev, const fsip_msg *msg, void *arg)
{
    if (ev == FSIP_CALL_EV_ANSWERED && late_mode == 1) {
        late_mode = 0;
        /* The 2xx's row has not run yet: the machine is where it was. */
        const char *st = fsip_call_machine_state(call);
        assert_true(strcmp(st, "proceeding") == 0 || strcmp(st, "cancelling") == 0);
        assert_int_equal(fsip_call_update_respond(call, 200, NULL, NULL, NULL, 0), 0);
        assert_string_equal(fsip_call_machine_state(call), st);
    }
    ct_app_event(call, ev, msg, arg);
}

/* A late offer (our INVITE has no body, RFC 3261 §13.2.1): the 180 makes an
 * early dialog, in which the peer sends a bodiless UPDATE with
 * Session-Expires (RFC 3311 §5.2; not a refresh yet: no session timer, so
 * the app sees it). The 2xx brings the offer and a session timer; the app
 * answers the UPDATE in the ANSWERED event, before the ACK is built: its
 * 2xx grants the interval (RFC 4028 §9) and the session machine, still in
 * proceeding (or cancelling after a hang-up that crossed the 2xx), takes
 * st_refreshed as nothing to refresh yet (ignore). Then the 2xx's row:
 * ACK with our answer, and confirmed (or BYE: the 2xx won the race,
 * RFC 3261 §9.1). */
static void test_uac_early_update_answered_in_answered(void **state)
{
    (void)state;
    for (int hang = 0; hang < 2; hang++) {
        fsip_ua_config cfg;
        ct_ua_config(&cfg, false);
        cfg.session_expires_s = 1800;
        ct_node a;
        ct_node_init(&a, "alice", false, &cfg, NULL, 1);
        ct_node_set_app(&a, app_answers_update);
        a.late_ack_body = CT_SDP_ANSWER;
        fsip_call *c = ct_invite(&a, 1000, NULL, false);
        int inv = ct_next(&a, "INVITE ");
        ct_reply(&a, inv, 1050, 180, "b1", CONTACT, NULL);
        ct_log_is(&a, "progress 180 b1\n");
        ct_dlg d;
        ct_dlg_from_invite(&d, &a, inv, "b1");
        d.cseq = 10;
        ct_dlg_request(&a, &d, 1100, "UPDATE", 0, NULL,
                       "Supported: timer\nSession-Expires: 1800;refresher=uas\n", NULL);
        ct_none(&a); /* the app has it */
        ct_log_is(&a, "update UPDATE\n");
        uint64_t t = 1200;
        if (hang) {
            ct_run(&a, 1150);
            assert_int_equal(fsip_call_hangup(c), 0);
            int can = ct_next(&a, "CANCEL ");
            ct_reply(&a, can, 1160, 200, NULL, NULL, NULL);
            ct_none(&a);
            assert_string_equal(fsip_call_machine_state(c), "cancelling");
        }
        late_mode = 1;
        ct_reply(&a, inv, t, 200, "b1",
                 CONTACT "Supported: timer\nRequire: timer\nSession-Expires: 1800;refresher=uac\n",
                 CT_SDP_OFFER);
        assert_int_equal(late_mode, 0); /* the callback ran */
        int upok = ct_next(&a, "SIP/2.0 200 ");
        const fsip_msg *u = ct_msg(&a, upok);
        assert_string_equal(ct_cseq_method(u), "UPDATE");
        assert_int_equal(ct_cseq(u), 11);
        assert_string_equal(ct_h(u, "Session-Expires"), "1800;refresher=uas");
        int ack = ct_next(&a, "ACK ");
        assert_string_equal(ct_body(ct_msg(&a, ack)), CT_SDP_ANSWER);
        if (hang) {
            ct_next(&a, "BYE ");
            ct_none(&a);
            ct_log_is(&a, "answered 200\nended cancelled 0\n");
            assert_string_equal(fsip_call_machine_state(c), "terminating");
        } else {
            ct_none(&a);
            ct_log_is(&a, "answered 200\n");
            assert_string_equal(fsip_call_machine_state(c), "confirmed");
            /* The session timer the 2xx to the UPDATE granted: we refresh. */
            assert_int_equal(fsip_call_session_expires(c), 1800);
            assert_true(fsip_call_is_refresher(c));
            ct_run(&a, 5000);
            assert_int_equal(fsip_call_hangup(c), 0);
            ct_next(&a, "BYE ");
            ct_log_is(&a, "ended local_bye 0\n");
        }
        ct_node_end(&a);
    }
}

/* --------------------------------- a reliable 1xx out of memory (RFC 3262) */

/* The peer's INVITE requires 100rel (RFC 3262 §3; its branch to br, 64
 * bytes); the app rings with a 183 and the answer, and allocation `n`
 * fails. Returns fsip_call_ring's result; *made says whether the
 * rel1xx_uas machine exists (idle) after. */
static int ring_failing(ct_node *a, ct_dlg *d, const char *cid, long n, char *br, bool *made)
{
    ct_peer_invite(a, d, cid, "Require: 100rel\n", CT_SDP_OFFER, br, 64);
    ct_run(a, 1100);
    test_alloc_fail_at(n);
    int rc = fsip_call_ring(a->call, 183, ST_ANS);
    test_alloc_fail_at(0);
    *made = a->call->rel_uas && a->call->rel_uas->state == FSM_REL1XX_UAS_IDLE;
    return rc;
}

/* fsip__rel_ring() made the machine, then could not keep the 183's body:
 * FSIP_ENOMEM, nothing sent, the machine idle. From there (RFC 3262 §3): a
 * PRACK matches nothing (481, idle prack_nomatch); the 2xx goes at once
 * (idle app_2xx) or the app rejects (idle app_final); a later ring works. */
static void test_uas_rel1xx_idle_after_enomem(void **state)
{
    (void)state;
    long found = 0;
    for (long n = 1; n <= 12 && !found; n++) {
        ct_node a;
        ct_node_init(&a, "alice", false, NULL, NULL, 1);
        ct_dlg d;
        char cid[64];
        snprintf(cid, sizeof cid, "rel-oom-%ld@192.0.2.2", n);
        char br[64];
        bool made = false;
        int rc = ring_failing(&a, &d, cid, n, br, &made);
        ct_none(&a);
        if (rc == 0) { /* no allocation left to fail: the 183 went */
            ct_node_free(&a);
            break;
        }
        assert_int_equal(rc, FSIP_ENOMEM);
        if (made) found = n;
        assert_int_equal(fsip_call_reject(a.call, 486, NULL), 0);
        ct_next(&a, "SIP/2.0 486 ");
        ct_dlg_request(&a, &d, 1200, "ACK", 1, br, NULL, NULL);
        ct_none(&a);
        ct_log_is(&a, "ended rejected 486\n");
        ct_node_end(&a);
    }
    assert_true(found > 0);
    for (int k = 0; k < 3; k++) {
        ct_node a;
        ct_node_init(&a, "alice", false, NULL, NULL, 1);
        ct_dlg d;
        char cid[64];
        snprintf(cid, sizeof cid, "rel-idle-%d@192.0.2.2", k);
        char br[64];
        bool made = false;
        assert_int_equal(ring_failing(&a, &d, cid, found, br, &made), FSIP_ENOMEM);
        assert_true(made);
        ct_none(&a);
        fsip_call *c = a.call;
        if (k == 0) {
            /* A PRACK for a reliable 1xx never sent: 481. The To tag is
             * the one the UA chose (no 1xx told it: take it from the
             * call). */
            snprintf(d.ua_tag, sizeof d.ua_tag, "%s", fsip_call_local_tag(c));
            ct_dlg_request(&a, &d, 1200, "PRACK", 2, NULL, "RAck: 1 1 INVITE\n", NULL);
            int r = ct_next(&a, "SIP/2.0 481 ");
            assert_string_equal(ct_cseq_method(ct_msg(&a, r)), "PRACK");
            ct_none(&a);
            assert_string_equal(fsip_call_machine_state(c), "proceeding");
            /* The 2xx is not held: no reliable 1xx is outstanding. */
            ct_run(&a, 1300);
            assert_int_equal(fsip_call_accept(c, ST_ANS), 0);
            int ok = ct_next(&a, "SIP/2.0 200 ");
            assert_string_equal(ct_cseq_method(ct_msg(&a, ok)), "INVITE");
            assert_string_equal(ct_body(ct_msg(&a, ok)), CT_SDP_ANSWER);
            assert_null(ct_h(ct_msg(&a, ok), "RSeq"));
            ct_none(&a);
            ct_dlg_request(&a, &d, 1400, "ACK", 1, NULL, NULL, NULL);
            ct_log_is(&a, "answered ACK\n");
            assert_string_equal(fsip_call_machine_state(c), "confirmed");
            ct_run(&a, 1500);
            assert_int_equal(fsip_call_hangup(c), 0);
            int bye = ct_next(&a, "BYE ");
            ct_reply(&a, bye, 1510, 200, NULL, NULL, NULL);
            ct_log_is(&a, "ended local_bye 0\n");
        } else if (k == 1) {
            ct_run(&a, 1300);
            assert_int_equal(fsip_call_reject(c, 486, NULL), 0);
            int r = ct_next(&a, "SIP/2.0 486 ");
            assert_null(ct_h(ct_msg(&a, r), "RSeq"));
            ct_none(&a);
            ct_log_is(&a, "ended rejected 486\n");
            ct_dlg_request(&a, &d, 1400, "ACK", 1, br, NULL, NULL);
            ct_none(&a);
        } else {
            /* The app rings again: the same machine sends it reliably. */
            ct_run(&a, 1300);
            assert_int_equal(fsip_call_ring(c, 183, ST_ANS), 0);
            int r = ct_next(&a, "SIP/2.0 183 ");
            ct_none(&a);
            const fsip_msg *m = ct_msg(&a, r);
            assert_true(ct_has_token(m, "Require", "100rel"));
            assert_non_null(ct_h(m, "RSeq"));
            assert_int_equal(fsip_call_reject(c, 486, NULL), 0);
            ct_next(&a, "SIP/2.0 486 ");
            ct_log_is(&a, "ended rejected 486\n");
            ct_dlg_request(&a, &d, 1400, "ACK", 1, br, NULL, NULL);
        }
        ct_node_end(&a);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_st_refresh_se_0),
        FSIP_TEST(test_st_refresher_changes_before_ack),
        FSIP_TEST(test_uac_422_then_timer_b),
        FSIP_TEST(test_uac_early_update_answered_in_answered),
        FSIP_TEST(test_uas_rel1xx_idle_after_enomem),
    };
    return ct_run_group(tests);
}
