/* Setting a call up, row by row: the caller's calling / proceeding /
 * cancel_pending / cancelling rows (fsm/inv_uac.fsm), the callee's
 * proceeding / accepted / bye_pending rows (fsm/inv_uas.fsm) and the
 * reliable provisional responses of the callee (fsm/rel1xx_uas.fsm,
 * RFC 3262 §3). The test plays the peer with raw SIP text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calltest.h"

#define T1      500
#define ST_ANS  "application/sdp", CT_SDP_ANSWER, strlen(CT_SDP_ANSWER)
#define CONTACT "Contact: <sip:bob@192.0.2.2:5070>\n"

/* ------------------------------------------------------------- caller */

/* Alice (`cfg`, NULL: calltest's) calls at 1000: the call; *inv gets the
 * INVITE's index. */
static fsip_call *calling(ct_node *a, const fsip_ua_config *cfg, int *inv)
{
    ct_node_init(a, "alice", false, cfg, NULL, 1);
    fsip_call *c = ct_invite(a, 1000, NULL, true);
    *inv = ct_next(a, "INVITE ");
    return c;
}

/* RFC 3261 §13.2.2.3: a final non-2xx with no provisional before it (calling
 * r3xx_6xx): ACK on the INVITE's branch, ENDED rejected. */
static void test_uac_calling_486(void **state)
{
    (void)state;
    ct_node a;
    int inv;
    fsip_call *c = calling(&a, NULL, &inv);
    assert_string_equal(fsip_call_machine_state(c), "calling");
    ct_reply(&a, inv, 1100, 486, "b1", NULL, NULL);
    int ack = ct_next(&a, "ACK ");
    ct_none(&a);
    assert_string_equal(ct_branch(ct_msg(&a, ack)), ct_branch(ct_msg(&a, inv)));
    ct_log_is(&a, "ended rejected 486\n");
    ct_node_end(&a);
}

/* RFC 4028 §7.2: the 2xx after a 180 sets the session timer, refresher
 * either side (proceeding r2xx with session_timer). */
static void test_uac_proceeding_2xx_session_timer(void **state)
{
    (void)state;
    for (int we = 0; we < 2; we++) {
        fsip_ua_config cfg;
        ct_ua_config(&cfg, false);
        cfg.session_expires_s = 90;
        ct_node a;
        int inv;
        fsip_call *c = calling(&a, &cfg, &inv);
        assert_string_equal(ct_h(ct_msg(&a, inv), "Session-Expires"), "90");
        ct_reply(&a, inv, 1050, 180, "b1", CONTACT, NULL);
        ct_log_is(&a, "progress 180 b1\n");
        assert_string_equal(fsip_call_machine_state(c), "proceeding");
        ct_reply(&a, inv, 1100, 200, "b1",
                 we ? CONTACT "Require: timer\nSession-Expires: 90;refresher=uac\n"
                    : CONTACT "Session-Expires: 90;refresher=uas\n",
                 CT_SDP_ANSWER);
        ct_next(&a, "ACK ");
        ct_log_is(&a, "answered 200\n");
        assert_int_equal(fsip_call_session_expires(c), 90);
        assert_int_equal(fsip_call_is_refresher(c), we);
        /* Refresher: re-INVITE at 45 s; else BYE at 60 s (RFC 4028 §10). */
        ct_run(&a, 1100 + 45000 - 1);
        ct_none(&a);
        ct_run(&a, 1100 + 60000);
        int k = ct_next(&a, we ? "INVITE " : "BYE ");
        assert_int_equal(a.sent[k].at, we ? 1100 + 45000 : 1100 + 60000);
        ct_reply(&a, k, a.sent[k].at + 10, 481, NULL, NULL, NULL);
        ct_node_free(&a);
    }
}

/* RFC 3261 §9.1: hang-up before any provisional: the CANCEL waits; the
 * final response ends the call (cancel_pending r3xx_6xx), no CANCEL sent. */
static void test_uac_cancel_pending_final(void **state)
{
    (void)state;
    ct_node a;
    int inv;
    fsip_call *c = calling(&a, NULL, &inv);
    ct_run(&a, 1050);
    assert_int_equal(fsip_call_hangup(c), 0);
    ct_none(&a);
    assert_string_equal(fsip_call_machine_state(c), "cancel_pending");
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_CANCELLING);
    ct_reply(&a, inv, 1100, 486, "b1", NULL, NULL);
    ct_next(&a, "ACK ");
    ct_none(&a);
    ct_log_is(&a, "ended cancelled 486\n");
    assert_int_equal(ct_count_sent(&a, "CANCEL "), 0);
    ct_node_end(&a);
}

/* RFC 3261 §14.2: the callee re-INVITEs its early dialog while our CANCEL
 * is out (cancelling rx_reinvite): 491; the CANCEL goes on. */
static void test_uac_cancelling_rx_reinvite(void **state)
{
    (void)state;
    ct_node a;
    int inv;
    fsip_call *c = calling(&a, NULL, &inv);
    ct_reply(&a, inv, 1050, 180, "b1", CONTACT, NULL);
    ct_log_is(&a, "progress 180 b1\n");
    ct_run(&a, 1100);
    assert_int_equal(fsip_call_hangup(c), 0);
    int can = ct_next(&a, "CANCEL ");
    assert_string_equal(fsip_call_machine_state(c), "cancelling");
    ct_dlg d;
    ct_dlg_from_invite(&d, &a, inv, "b1");
    ct_dlg_reoffer(&a, &d, 1200);
    int r = ct_next(&a, "SIP/2.0 491 ");
    ct_none(&a);
    assert_int_equal(ct_cseq(ct_msg(&a, r)), d.cseq);
    ct_log_is(&a, "");
    ct_dlg_request(&a, &d, 1250, "ACK", d.cseq, d.branch, NULL, NULL);
    ct_reply(&a, can, 1300, 200, NULL, NULL, NULL);
    ct_reply(&a, inv, 1310, 487, "b1", NULL, NULL);
    ct_next(&a, "ACK ");
    ct_log_is(&a, "ended cancelled 487\n");
    ct_node_end(&a);
}

/* ------------------------------------------------------------- callee */

/* Alice, called (call_id), rings (180 at 1100): the early dialog; br
 * (64 bytes) keeps the INVITE's branch. */
static void early_callee(ct_node *a, ct_dlg *d, const char *call_id, char *br)
{
    ct_node_init(a, "alice", false, NULL, NULL, 1);
    ct_peer_invite(a, d, call_id, NULL, CT_SDP_OFFER, br, 64);
    ct_ring(a, d, 1100, 180, NULL);
}

/* RFC 3261 §15: the caller BYEs the early dialog: 487 to the INVITE, 200
 * to the BYE (inv_uas proceeding rx_bye). */
static void test_uas_proceeding_rx_bye(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    char br[64];
    early_callee(&a, &d, "early-bye@192.0.2.2", br);
    ct_dlg_request(&a, &d, 1200, "BYE", 0, NULL, NULL, NULL);
    int r = ct_next(&a, "SIP/2.0 487 ");
    assert_string_equal(ct_cseq_method(ct_msg(&a, r)), "INVITE");
    int ok = ct_next(&a, "SIP/2.0 200 ");
    assert_string_equal(ct_cseq_method(ct_msg(&a, ok)), "BYE");
    ct_none(&a);
    ct_log_is(&a, "ended remote_bye 0\n");
    ct_dlg_request(&a, &d, 1300, "ACK", 1, br, NULL, NULL);
    ct_node_end(&a);
}

/* RFC 3261 §14.2: a re-INVITE in the early dialog while the INVITE is
 * unanswered (proceeding rx_reinvite): 500 + Retry-After. */
static void test_uas_proceeding_rx_reinvite(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    char br[64];
    early_callee(&a, &d, "early-reinv@192.0.2.2", br);
    ct_dlg_reoffer(&a, &d, 1200);
    int r = ct_rejected(&a, &d, "INVITE", 500);
    ct_none(&a);
    assert_int_equal(ct_cseq(ct_msg(&a, r)), 2);
    ct_log_is(&a, "");
    assert_string_equal(fsip_call_machine_state(a.call), "proceeding");
    ct_dlg_request(&a, &d, 1250, "ACK", 2, d.branch, NULL, NULL);
    ct_run(&a, 1300);
    assert_int_equal(fsip_call_reject(a.call, 486, NULL), 0);
    ct_next(&a, "SIP/2.0 486 ");
    ct_log_is(&a, "ended rejected 486\n");
    ct_dlg_request(&a, &d, 1400, "ACK", 1, br, NULL, NULL);
    ct_node_end(&a);
}

/* RFC 3261 §17.2.4: the INVITE's server transaction cannot send the 180
 * (transport error): the call ends (proceeding txn_error). */
static void test_uas_proceeding_txn_error(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64];
    ct_peer_invite(&a, &d, "early-err@192.0.2.2", NULL, CT_SDP_OFFER, br, sizeof br);
    ct_run(&a, 1100);
    a.fail_sends = 1;
    fsip_call_ring(a.call, 180, NULL, NULL, 0);
    ct_none(&a);
    ct_log_is(&a, "ended transport 503\n");
    assert_null(a.call);
    ct_node_end(&a);
}

/* The 2xx's first send fails (accepted txn_error): the UA's own
 * retransmissions carry it (RFC 3261 §13.3.1.4), the ACK confirms. */
static void test_uas_accepted_txn_error(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64];
    ct_peer_invite(&a, &d, "acc-err@192.0.2.2", NULL, CT_SDP_OFFER, br, sizeof br);
    ct_run(&a, 1100);
    a.fail_sends = 1;
    assert_int_equal(fsip_call_accept(a.call, ST_ANS), 0);
    ct_none(&a);
    ct_log_is(&a, "");
    assert_string_equal(fsip_call_machine_state(a.call), "accepted");
    ct_run(&a, 1100 + T1);
    int ok = ct_next(&a, "SIP/2.0 200 ");
    ct_none(&a);
    snprintf(d.ua_tag, sizeof d.ua_tag, "%s", ct_to_tag(ct_msg(&a, ok)));
    ct_dlg_request(&a, &d, 1700, "ACK", 1, NULL, NULL, NULL);
    ct_log_is(&a, "answered ACK\n");
    assert_string_equal(fsip_call_machine_state(a.call), "confirmed");
    ct_node_free(&a);
}

/* Hang-up between our 2xx and its ACK (bye_pending), then what may come
 * before the ACK: CANCEL (200 only), BYE (200, the call ends, no BYE of
 * ours), re-INVITE (500 + Retry-After), nothing (BYE after 64*T1,
 * ENDED no_ack), the ACK (our BYE). RFC 3261 §15, §9.2, §14.2,
 * §13.3.1.4. */
static void test_uas_bye_pending(void **state)
{
    (void)state;
    for (int k = 0; k < 4; k++) {
        ct_node a;
        ct_node_init(&a, "alice", false, NULL, NULL, 1);
        ct_dlg d;
        char cid[64], br[64];
        snprintf(cid, sizeof cid, "byepend-%d@192.0.2.2", k);
        ct_callee_answered(&a, &d, cid, NULL, br);
        fsip_call *c = a.call;
        ct_run(&a, 1100);
        assert_int_equal(fsip_call_hangup(c), 0);
        assert_string_equal(fsip_call_machine_state(c), "bye_pending");
        ct_none(&a);
        if (k == 0) {
            ct_peer_cancel(&a, &d, 1200, br);
            int r = ct_next(&a, "SIP/2.0 200 ");
            assert_string_equal(ct_cseq_method(ct_msg(&a, r)), "CANCEL");
            ct_none(&a);
            ct_log_is(&a, "");
            assert_string_equal(fsip_call_machine_state(c), "bye_pending");
            ct_dlg_request(&a, &d, 1300, "ACK", 1, NULL, NULL, NULL);
            int bye = ct_next(&a, "BYE ");
            ct_none(&a);
            ct_log_is(&a, "ended local_bye 0\n"); /* the app's hang-up */
            ct_reply(&a, bye, 1400, 200, NULL, NULL, NULL);
        } else if (k == 1) {
            ct_dlg_request(&a, &d, 1200, "BYE", 0, NULL, NULL, NULL);
            int r = ct_next(&a, "SIP/2.0 200 ");
            assert_string_equal(ct_cseq_method(ct_msg(&a, r)), "BYE");
            ct_none(&a);
            ct_log_is(&a, "ended remote_bye 0\n");
            ct_run(&a, 100000);
            ct_none(&a); /* no BYE, no more 2xx */
        } else if (k == 2) {
            ct_dlg_reoffer(&a, &d, 1200);
            ct_rejected(&a, &d, "INVITE", 500);
            ct_none(&a);
            ct_dlg_request(&a, &d, 1250, "ACK", 2, d.branch, NULL, NULL);
            assert_string_equal(fsip_call_machine_state(c), "bye_pending");
            ct_dlg_request(&a, &d, 1300, "ACK", 1, NULL, NULL, NULL);
            int bye = ct_next(&a, "BYE ");
            ct_none(&a);
            ct_log_is(&a, "ended local_bye 0\n"); /* the app's hang-up */
            ct_reply(&a, bye, 1400, 200, NULL, NULL, NULL);
        } else {
            ct_run(&a, 1000 + 64 * T1 - 1);
            assert_int_equal(ct_pending(&a, "SIP/2.0 200 "), 10);
            a.cursor = a.nsent;
            ct_log_is(&a, "");
            ct_run(&a, 1000 + 64 * T1);
            int bye = ct_next(&a, "BYE ");
            ct_none(&a);
            ct_log_is(&a, "ended no_ack 0\n");
            /* The ACK, too late (terminating rx_ack): nothing more. */
            ct_dlg_request(&a, &d, 1000 + 64 * T1 + 5, "ACK", 1, NULL, NULL, NULL);
            ct_none(&a);
            ct_log_is(&a, "");
            ct_reply(&a, bye, 1000 + 64 * T1 + 10, 200, NULL, NULL, NULL);
        }
        ct_node_end(&a);
    }
}

/* RFC 3311 §5.3, RFC 5057 §5.1: our UPDATE gets 408 (status 408) while our
 * BYE waits for the ACK: the usage is ending already (bye_pending app_bye
 * ignored); UPDATE_FAILED; the ACK brings the BYE. With 481 (481) the
 * dialog is gone: no BYE (bye_pending dialog_gone), the call ends at once
 * and a late ACK changes nothing. */
static void bye_pending_update_fails(int status)
{
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    ct_callee_answered(&a, &d, "byepend-upd@192.0.2.2", NULL, NULL);
    fsip_call *c = a.call;
    ct_run(&a, 1100);
    assert_int_equal(fsip_call_update(c, NULL, NULL, 0), 0);
    int up = ct_next(&a, "UPDATE ");
    assert_int_equal(fsip_call_hangup(c), 0);
    ct_none(&a);
    ct_reply(&a, up, 1200, status, NULL, NULL, NULL);
    ct_none(&a);
    if (status == 481) {
        ct_log_is(&a, "update_failed 481\nended dialog_gone 481\n");
        ct_dlg_request(&a, &d, 1300, "ACK", 1, NULL, NULL, NULL);
        ct_none(&a);
        ct_log_is(&a, "");
        ct_node_end(&a);
        return;
    }
    ct_log_is(&a, "update_failed 408\n");
    assert_string_equal(fsip_call_machine_state(c), "bye_pending");
    ct_dlg_request(&a, &d, 1300, "ACK", 1, NULL, NULL, NULL);
    int bye = ct_next(&a, "BYE ");
    ct_none(&a);
    /* We hung up first; the 408 said the usage was gone: either reason. */
    assert_true(strcmp(a.log, "ended local_bye 0\n") == 0 ||
                strcmp(a.log, "ended dialog_gone 408\n") == 0);
    ct_log_clear(&a);
    ct_reply(&a, bye, 1400, 200, NULL, NULL, NULL);
    ct_node_end(&a);
}

static void test_uas_bye_pending_update_408(void **state)
{
    (void)state;
    bye_pending_update_fails(408);
}

static void test_uas_bye_pending_update_481(void **state)
{
    (void)state;
    bye_pending_update_fails(481);
}

/* A refreshing UPDATE between our 2xx and its ACK (accepted, bye_pending:
 * st_refreshed ignored, the session is not up yet); the ACK starts the
 * timers (RFC 4028 §10). */
static void test_uas_refresh_before_ack(void **state)
{
    (void)state;
    for (int hang = 0; hang < 2; hang++) {
        fsip_ua_config cfg;
        ct_ua_config(&cfg, false);
        cfg.session_expires_s = 90;
        ct_node a;
        ct_node_init(&a, "alice", false, &cfg, NULL, 1);
        a.on_update = 200;
        ct_dlg d;
        const char *st = "Supported: timer\nSession-Expires: 90;refresher=uac\n";
        ct_callee_answered(&a, &d, "st-preack@192.0.2.2", st, NULL);
        fsip_call *c = a.call;
        if (hang) {
            ct_run(&a, 1050);
            assert_int_equal(fsip_call_hangup(c), 0);
        }
        ct_dlg_request(&a, &d, 1100, "UPDATE", 0, NULL, st, NULL);
        int u = ct_next(&a, "SIP/2.0 200 ");
        ct_none(&a);
        assert_string_equal(ct_cseq_method(ct_msg(&a, u)), "UPDATE");
        assert_string_equal(ct_h(ct_msg(&a, u), "Session-Expires"), "90;refresher=uac");
        ct_log_is(&a, ""); /* a bare refresh: fsip answers it (RFC 4028 §10) */
        assert_string_equal(fsip_call_machine_state(c), hang ? "bye_pending" : "accepted");
        ct_dlg_request(&a, &d, 1200, "ACK", 1, NULL, NULL, NULL);
        if (hang) {
            int bye = ct_next(&a, "BYE ");
            ct_log_is(&a, "ended local_bye 0\n");
            ct_reply(&a, bye, 1300, 200, NULL, NULL, NULL);
        } else {
            ct_log_is(&a, "answered ACK\n");
            /* The peer refreshes; we watch: BYE 60 s after the ACK. */
            ct_quiet_until(&a, 1200 + 60000);
            int bye = ct_next(&a, "BYE ");
            ct_log_is(&a, "ended expired 0\n");
            ct_reply(&a, bye, 61300, 200, NULL, NULL, NULL);
        }
        ct_node_end(&a);
    }
}

/* -------------------------------------------------- rel1xx_uas (RFC 3262) */

static uint32_t rseq_of(const fsip_msg *m)
{
    const fsip_hdr *h = fsip_msg_hdr_first(m, FSIP_HDR_RSEQ);
    assert_non_null(h);
    return h->p.num;
}

static void prack(ct_node *a, ct_dlg *d, uint64_t now, uint32_t rseq)
{
    char rack[64];
    snprintf(rack, sizeof rack, "RAck: %u 1 INVITE\n", rseq);
    ct_dlg_request(a, d, now, "PRACK", 0, NULL, rack, NULL);
}

static char inv_br[64]; /* the branch of the peer's INVITE */

/* The INVITE requiring 100rel; the first reliable 1xx (body: SDP or not). */
static uint32_t rel_start(ct_node *a, ct_dlg *d, const char *cid, int status, bool sdp)
{
    ct_peer_invite(a, d, cid, "Require: 100rel\n", CT_SDP_OFFER, inv_br, sizeof inv_br);
    int r = ct_ring(a, d, 1100, status, sdp ? CT_SDP_ANSWER : NULL);
    assert_true(ct_has_token(ct_msg(a, r), "Require", "100rel"));
    return rseq_of(ct_msg(a, r));
}

/* §3: a second reliable 1xx waits for the first's PRACK (unacked
 * app_rel1xx), then goes with RSeq + 1 (unacked prack_match queued); once
 * PRACKed, another may go (acked app_rel1xx); a PRACK for nothing
 * outstanding gets 481 (acked prack_nomatch). */
static void test_rel_queue_and_acked(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    uint32_t rseq = rel_start(&a, &d, "rel-q@192.0.2.2", 180, false);
    ct_run(&a, 1200);
    assert_int_equal(fsip_call_ring(a.call, 181, NULL, NULL, 0), 0);
    ct_none(&a); /* queued */
    prack(&a, &d, 1300, rseq);
    int pok = ct_next(&a, "SIP/2.0 200 ");
    assert_string_equal(ct_cseq_method(ct_msg(&a, pok)), "PRACK");
    int r2 = ct_next(&a, "SIP/2.0 181 ");
    ct_none(&a);
    assert_int_equal(rseq_of(ct_msg(&a, r2)), rseq + 1);
    prack(&a, &d, 1400, rseq + 1);
    ct_next(&a, "SIP/2.0 200 ");
    ct_none(&a);
    /* acked: a PRACK for an RSeq already acknowledged: 481. */
    prack(&a, &d, 1500, rseq + 1);
    ct_next(&a, "SIP/2.0 481 ");
    ct_none(&a);
    /* acked: one more reliable 1xx. */
    ct_run(&a, 1600);
    assert_int_equal(fsip_call_ring(a.call, 183, NULL, NULL, 0), 0);
    int r3 = ct_next(&a, "SIP/2.0 183 ");
    ct_none(&a);
    assert_int_equal(rseq_of(ct_msg(&a, r3)), rseq + 2);
    prack(&a, &d, 1700, rseq + 2);
    ct_next(&a, "SIP/2.0 200 ");
    /* acked app_final: rejected now. */
    ct_run(&a, 1800);
    assert_int_equal(fsip_call_reject(a.call, 486, NULL), 0);
    ct_next(&a, "SIP/2.0 486 ");
    ct_none(&a);
    ct_log_is(&a, "ended rejected 486\n");
    ct_dlg_request(&a, &d, 1900, "ACK", 1, inv_br, NULL, NULL);
    ct_node_end(&a);
}

/* §3: accepted while a reliable 1xx without SDP is unacknowledged: the 2xx
 * goes at once and the 1xx is no longer retransmitted (unacked app_2xx
 * !unacked_sdp); its PRACK, arriving late, still gets 200 (finished
 * prack_match), another 481 (finished prack_nomatch). */
static void test_rel_2xx_while_unacked(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    uint32_t rseq = rel_start(&a, &d, "rel-2xx@192.0.2.2", 180, false);
    ct_run(&a, 1200);
    assert_int_equal(fsip_call_accept(a.call, ST_ANS), 0);
    int ok = ct_next(&a, "SIP/2.0 200 ");
    assert_string_equal(ct_cseq_method(ct_msg(&a, ok)), "INVITE");
    ct_none(&a);
    prack(&a, &d, 1300, rseq);
    int pok = ct_next(&a, "SIP/2.0 200 ");
    assert_string_equal(ct_cseq_method(ct_msg(&a, pok)), "PRACK");
    prack(&a, &d, 1350, rseq + 5);
    ct_next(&a, "SIP/2.0 481 ");
    ct_dlg_request(&a, &d, 1400, "ACK", 1, NULL, NULL, NULL);
    ct_log_is(&a, "answered ACK\n");
    ct_run(&a, 40000);
    ct_none(&a); /* no 180 retransmission after the 2xx */
    ct_node_free(&a);
}

/* §3: rejected while a reliable 1xx is unacknowledged (unacked
 * app_final): the final response, no more 1xx. */
static void test_rel_final_while_unacked(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    rel_start(&a, &d, "rel-486@192.0.2.2", 180, false);
    ct_run(&a, 1200);
    assert_int_equal(fsip_call_reject(a.call, 486, NULL), 0);
    ct_next(&a, "SIP/2.0 486 ");
    ct_none(&a);
    ct_log_is(&a, "ended rejected 486\n");
    ct_dlg_request(&a, &d, 1300, "ACK", 1, inv_br, NULL, NULL);
    ct_run(&a, 40000);
    ct_none(&a);
    ct_node_end(&a);
}

/* §3, §5: the 2xx held for the PRACK of a 1xx with SDP (final_pending):
 * a PRACK that matches nothing gets 481 and the 2xx stays held; the peer
 * CANCELs: 487, the held 2xx never goes (final_pending app_final). */
static void test_rel_held_2xx_cancelled(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    uint32_t rseq = rel_start(&a, &d, "rel-held@192.0.2.2", 183, true);
    ct_run(&a, 1200);
    assert_int_equal(fsip_call_accept(a.call, ST_ANS), 0);
    ct_none(&a);
    prack(&a, &d, 1300, rseq + 1);
    ct_next(&a, "SIP/2.0 481 ");
    ct_none(&a);
    ct_peer_cancel(&a, &d, 1400, inv_br);
    ct_next(&a, "SIP/2.0 200 ");
    ct_next(&a, "SIP/2.0 487 ");
    ct_none(&a);
    ct_log_is(&a, "ended cancelled 487\n");
    ct_dlg_request(&a, &d, 1500, "ACK", 1, inv_br, NULL, NULL);
    ct_run(&a, 40000);
    assert_int_equal(ct_pending(&a, "SIP/2.0 200 "), 0);
    ct_node_end(&a);
}

/* §3: the 2xx held and no PRACK in 64*T1 (final_pending timer_giveup):
 * 500 instead, ENDED timeout 500. */
static void test_rel_held_2xx_giveup(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    rel_start(&a, &d, "rel-giveup@192.0.2.2", 183, true);
    ct_run(&a, 1200);
    assert_int_equal(fsip_call_accept(a.call, ST_ANS), 0);
    ct_run(&a, 1100 + 64 * T1 - 1);
    assert_int_equal(ct_pending(&a, "SIP/2.0 183 "), 6);
    a.cursor = a.nsent;
    ct_log_is(&a, "");
    ct_run(&a, 1100 + 64 * T1);
    int r = ct_next(&a, "SIP/2.0 500 ");
    ct_none(&a);
    assert_string_equal(ct_cseq_method(ct_msg(&a, r)), "INVITE");
    ct_log_is(&a, "ended timeout 500\n");
    ct_dlg_request(&a, &d, 1100 + 64 * T1 + 10, "ACK", 1, inv_br, NULL, NULL);
    ct_node_end(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_uac_calling_486),
        FSIP_TEST(test_uac_proceeding_2xx_session_timer),
        FSIP_TEST(test_uac_cancel_pending_final),
        FSIP_TEST(test_uac_cancelling_rx_reinvite),
        FSIP_TEST(test_uas_proceeding_rx_bye),
        FSIP_TEST(test_uas_proceeding_rx_reinvite),
        FSIP_TEST(test_uas_proceeding_txn_error),
        FSIP_TEST(test_uas_accepted_txn_error),
        FSIP_TEST(test_uas_bye_pending),
        FSIP_TEST(test_uas_bye_pending_update_408),
        FSIP_TEST(test_uas_bye_pending_update_481),
        FSIP_TEST(test_uas_refresh_before_ack),
        FSIP_TEST(test_rel_queue_and_acked),
        FSIP_TEST(test_rel_2xx_while_unacked),
        FSIP_TEST(test_rel_final_while_unacked),
        FSIP_TEST(test_rel_held_2xx_cancelled),
        FSIP_TEST(test_rel_held_2xx_giveup),
    };
    return ct_run_group(tests);
}
