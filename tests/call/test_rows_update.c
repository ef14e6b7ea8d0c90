/* UPDATE (RFC 3311) row by row (fsm/update.fsm): ours and the peer's, one
 * at a time each, both at once, 491/500 back-off, 504 when the app is
 * silent, 487 when the dialog ends. Bodiless UPDATEs (no offer/answer):
 * the machine orders the transactions alone. The UA is the caller of a
 * confirmed call; the test plays the callee. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calltest.h"

#define CONTACT "Contact: <sip:bob@192.0.2.2:5070>\n"

typedef struct upd_t {
    ct_node a;
    ct_dlg d;
    fsip_call *c;
    char pbr[64]; /* the peer's pending UPDATE: branch, CSeq */
    uint32_t pseq;
} upd_t;

static void up(upd_t *u, uint32_t answer_ms)
{
    memset(u, 0, sizeof(*u));
    fsip_ua_config cfg;
    ct_ua_config(&cfg, false);
    if (answer_ms) cfg.update_answer_ms = answer_ms;
    ct_node_init(&u->a, "alice", false, &cfg, NULL, 1);
    u->c = ct_confirmed(&u->a, &u->d, false, NULL, NULL, NULL, NULL);
}

static void down(upd_t *u)
{
    ct_run(&u->a, 2000000);
    assert_int_equal(fsip_ua_stats_get(u->a.ua)->spec_errors, 0);
    ct_node_free(&u->a);
}

/* Our bodiless UPDATE (RFC 3311 §5.1: with Contact); returns its index. */
static int our_update(upd_t *u, uint64_t now)
{
    ct_run(&u->a, now);
    assert_int_equal(fsip_call_update(u->c, NULL, NULL, 0), 0);
    int k = ct_next(&u->a, "UPDATE sip:bob@192.0.2.2:5070 SIP/2.0\r\n");
    assert_string_equal(ct_h(ct_msg(&u->a, k), "Contact"), CT_CONTACT_A);
    /* One at a time (§5.1). */
    assert_int_equal(fsip_call_update(u->c, NULL, NULL, 0), FSIP_EINVAL);
    return k;
}

/* The peer's UPDATE, left to the app: UPDATE event. */
static void peer_update(upd_t *u, uint64_t now)
{
    ct_dlg_request(&u->a, &u->d, now, "UPDATE", 0, NULL, NULL, NULL);
    snprintf(u->pbr, sizeof u->pbr, "%s", u->d.branch);
    u->pseq = u->d.cseq;
    ct_none(&u->a);
    ct_log_is(&u->a, "update UPDATE\n");
}

/* Our answer to the peer's pending UPDATE. */
static void respond(upd_t *u, uint64_t now, int status)
{
    ct_run(&u->a, now);
    assert_int_equal(fsip_call_update_respond(u->c, status, NULL, NULL, NULL, 0), 0);
    char p[32];
    snprintf(p, sizeof p, "SIP/2.0 %d ", status);
    int k = ct_next(&u->a, p);
    assert_string_equal(ct_cseq_method(ct_msg(&u->a, k)), "UPDATE");
    assert_int_equal(ct_cseq(ct_msg(&u->a, k)), u->pseq);
    assert_string_equal(ct_branch(ct_msg(&u->a, k)), u->pbr);
    /* Answered: nothing left to answer. */
    assert_int_equal(fsip_call_update_respond(u->c, 200, NULL, NULL, NULL, 0), FSIP_EINVAL);
}

/* The dialog ends with the peer's UPDATE pending: 487 to it (RFC 3261
 * §15.1.2) and our BYE, in either order; returns the BYE's index. */
static int bye_and_487(upd_t *u)
{
    int k1 = ct_next(&u->a, "");
    int k2 = ct_next(&u->a, "");
    ct_none(&u->a);
    int bye = strncmp(u->a.sent[k1].data, "BYE ", 4) == 0 ? k1 : k2;
    int r = bye == k1 ? k2 : k1;
    assert_true(strncmp(u->a.sent[bye].data, "BYE ", 4) == 0);
    assert_true(strncmp(u->a.sent[r].data, "SIP/2.0 487 ", 12) == 0);
    assert_string_equal(ct_cseq_method(ct_msg(&u->a, r)), "UPDATE");
    assert_int_equal(ct_cseq(ct_msg(&u->a, r)), u->pseq);
    return bye;
}

/* A second peer UPDATE while one is pending: 500 + Retry-After (§5.2). */
static void peer_update_overlap(upd_t *u, uint64_t now)
{
    ct_dlg_request(&u->a, &u->d, now, "UPDATE", 0, NULL, NULL, NULL);
    ct_rejected(&u->a, &u->d, "UPDATE", 500);
    ct_none(&u->a);
    ct_log_is(&u->a, "");
}

/* §5.2: 500 + Retry-After to ours: retried after it (uac rx_500, wait
 * timer_retry), with a new CSeq. */
static void test_upd_500_retry(void **state)
{
    (void)state;
    upd_t u;
    up(&u, 0);
    int k = our_update(&u, 5000);
    uint32_t seq = ct_cseq(ct_msg(&u.a, k));
    ct_reply(&u.a, k, 5100, 500, NULL, "Retry-After: 2\n", NULL);
    ct_none(&u.a);
    ct_log_is(&u.a, "");
    assert_int_equal(fsip_call_update(u.c, NULL, NULL, 0), FSIP_EINVAL); /* a retry is due */
    ct_quiet_until(&u.a, 7100);
    int k2 = ct_next(&u.a, "UPDATE ");
    ct_none(&u.a);
    assert_int_equal(ct_cseq(ct_msg(&u.a, k2)), seq + 1);
    ct_reply(&u.a, k2, 7200, 200, NULL, CONTACT, NULL);
    ct_log_is(&u.a, "update_done 200\n");
    down(&u);
}

/* §5.3: another failure leaves the session as it was (uac rx_failure). */
static void test_upd_failure(void **state)
{
    (void)state;
    upd_t u;
    up(&u, 0);
    int k = our_update(&u, 5000);
    ct_reply(&u.a, k, 5100, 488, NULL, NULL, NULL);
    ct_none(&u.a);
    ct_log_is(&u.a, "update_failed 488\n");
    assert_string_equal(fsip_call_machine_state(u.c), "confirmed");
    k = our_update(&u, 6000);
    ct_reply(&u.a, k, 6100, 200, NULL, NULL, NULL);
    ct_log_is(&u.a, "update_done 200\n");
    down(&u);
}

/* The call ends with our UPDATE out (uac dialog_ended) or waiting to be
 * retried (wait dialog_ended: the retry never goes, §5.3). */
static void test_upd_dialog_ended_ours(void **state)
{
    (void)state;
    for (int wait = 0; wait < 2; wait++) {
        upd_t u;
        up(&u, 0);
        int k = our_update(&u, 5000);
        if (wait) ct_reply(&u.a, k, 5100, 500, NULL, "Retry-After: 2\n", NULL);
        ct_run(&u.a, 5200);
        assert_int_equal(fsip_call_hangup(u.c), 0);
        int bye = ct_next(&u.a, "BYE ");
        ct_none(&u.a);
        ct_log_is(&u.a, "ended local_bye 0\n");
        if (!wait) ct_reply(&u.a, k, 5300, 200, NULL, NULL, NULL);
        ct_reply(&u.a, bye, 5400, 200, NULL, NULL, NULL);
        ct_run(&u.a, 20000);
        ct_none(&u.a);
        ct_log_is(&u.a, "");
        down(&u);
    }
}

/* The peer's UPDATE: the app rejects it (uas app_reject), lets it time out
 * (uas timer_answer: 504, §5.2), gets a second one meanwhile (uas
 * rx_update: 500), or hangs up (uas dialog_ended: 487, then BYE). */
static void test_upd_uas(void **state)
{
    (void)state;
    for (int k = 0; k < 4; k++) {
        upd_t u;
        up(&u, 3000);
        peer_update(&u, 5000);
        if (k == 0) {
            respond(&u, 5100, 488);
            ct_none(&u.a);
            ct_log_is(&u.a, "");
        } else if (k == 1) {
            ct_quiet_until(&u.a, 8000);
            int r = ct_next(&u.a, "SIP/2.0 504 ");
            ct_none(&u.a);
            assert_int_equal(ct_cseq(ct_msg(&u.a, r)), u.pseq);
            ct_log_is(&u.a, "update_failed -\n");
        } else if (k == 2) {
            peer_update_overlap(&u, 5100);
            respond(&u, 5200, 200);
        } else {
            ct_run(&u.a, 5100);
            assert_int_equal(fsip_call_hangup(u.c), 0);
            int bye = bye_and_487(&u);
            ct_log_is(&u.a, "ended local_bye 0\n");
            ct_reply(&u.a, bye, 5200, 200, NULL, NULL, NULL);
        }
        down(&u);
    }
}

/* Both at once, ours first (uac rx_update) or the peer's first (uas
 * app_update); then every way each can finish (uac_uas rows). */
static void test_upd_uac_uas(void **state)
{
    (void)state;
    for (int k = 0; k < 8; k++) {
        upd_t u;
        up(&u, 3000);
        int mine;
        if (k % 2 == 0) {
            mine = our_update(&u, 5000);
            peer_update(&u, 5050);
        } else {
            peer_update(&u, 5000);
            mine = our_update(&u, 5050);
        }
        switch (k) {
        case 0: /* rx_2xx, then app_accept */
            ct_reply(&u.a, mine, 5100, 200, NULL, NULL, NULL);
            ct_log_is(&u.a, "update_done 200\n");
            respond(&u, 5200, 200);
            break;
        case 1: /* app_accept, then rx_2xx */
            respond(&u, 5100, 200);
            ct_reply(&u.a, mine, 5200, 200, NULL, NULL, NULL);
            ct_log_is(&u.a, "update_done 200\n");
            break;
        case 2: /* app_reject, then rx_failure */
            respond(&u, 5100, 403);
            ct_reply(&u.a, mine, 5200, 488, NULL, NULL, NULL);
            ct_log_is(&u.a, "update_failed 488\n");
            break;
        case 3: /* rx_failure, then timer_answer (504) */
            ct_reply(&u.a, mine, 5100, 488, NULL, NULL, NULL);
            ct_log_is(&u.a, "update_failed 488\n");
            ct_run(&u.a, 8050);
            ct_next(&u.a, "SIP/2.0 504 ");
            ct_log_is(&u.a, "update_failed -\n");
            break;
        case 4: /* timer_answer first (504), then ours succeeds */
            ct_reply(&u.a, mine, 5100, 100, NULL, NULL, NULL);
            ct_run(&u.a, 8050);
            /* (Timer E runs on in Proceeding, RFC 3261 §17.1.2.2) */
            ct_skip(&u.a, "UPDATE ");
            ct_next(&u.a, "SIP/2.0 504 ");
            ct_log_is(&u.a, "update_failed -\n");
            ct_reply(&u.a, mine, 8100, 200, NULL, NULL, NULL);
            ct_log_is(&u.a, "update_done 200\n");
            break;
        case 5: /* rx_update: a third UPDATE gets 500 */
            peer_update_overlap(&u, 5100);
            ct_reply(&u.a, mine, 5200, 200, NULL, NULL, NULL);
            ct_log_is(&u.a, "update_done 200\n");
            respond(&u, 5300, 200);
            break;
        case 6: /* rx_usage_fail: 481 to ours ends the call without a BYE
                 * (the dialog is gone, RFC 5057 §5.1); theirs gets 487 */
            ct_reply(&u.a, mine, 5100, 481, NULL, NULL, NULL);
            {
                int r = ct_next(&u.a, "SIP/2.0 487 ");
                ct_none(&u.a);
                assert_string_equal(ct_cseq_method(ct_msg(&u.a, r)), "UPDATE");
                assert_int_equal(ct_cseq(ct_msg(&u.a, r)), u.pseq);
                ct_log_is(&u.a, "update_failed 481\nended dialog_gone 481\n");
            }
            break;
        case 7: /* dialog_ended: the peer's BYE; its UPDATE gets 487 */
            ct_dlg_request(&u.a, &u.d, 5100, "BYE", 0, NULL, NULL, NULL);
            {
                int r1 = ct_next(&u.a, "SIP/2.0 ");
                int r2 = ct_next(&u.a, "SIP/2.0 ");
                ct_none(&u.a);
                const char *m1 = ct_cseq_method(ct_msg(&u.a, r1));
                int s1 = fsip_msg_status(ct_msg(&u.a, r1));
                int s2 = fsip_msg_status(ct_msg(&u.a, r2));
                /* 200 to the BYE, 487 to the UPDATE (either order) */
                assert_true(strcmp(m1, "BYE") == 0 ? (s1 == 200 && s2 == 487)
                                                   : (s1 == 487 && s2 == 200));
                ct_log_is(&u.a, "ended remote_bye 0\n");
                ct_reply(&u.a, mine, 5200, 481, NULL, NULL, NULL);
                ct_none(&u.a);
                ct_log_is(&u.a, "");
            }
            break;
        }
        down(&u);
    }
}

/* Ours got 491 (glare) or 500 while the peer's is pending (uac_uas rx_491 /
 * rx_500 -> wait_uas), or the peer's came while ours waited (wait
 * rx_update). The retry falls due before the app answered (timer ->
 * due_uas): it goes right after the answer (accept, reject or 504); a
 * further UPDATE meanwhile gets 500; a hang-up ends it all (487). */
static void test_upd_wait_uas_due_uas(void **state)
{
    (void)state;
    for (int how = 0; how < 3; how++)       /* 491, 500, wait then rx_update */
        for (int end = 0; end < 5; end++) { /* see below */
            upd_t u;
            up(&u, how == 1 ? 5000 : 9000);
            int mine = our_update(&u, 5000);
            uint32_t seq = ct_cseq(ct_msg(&u.a, mine));
            if (how < 2) peer_update(&u, 5050);
            ct_reply(&u.a, mine, 5100, how == 0 ? 491 : 500, NULL,
                     how == 0 ? NULL : "Retry-After: 1\n", NULL);
            ct_none(&u.a);
            ct_log_is(&u.a, "");
            if (how == 2) peer_update(&u, 5150);
            /* wait_uas: the app answers before the retry, or not. */
            if (end == 0) {
                respond(&u, 5200, 200); /* wait_uas app_accept -> wait */
                ct_run(&u.a, 5100 + 4000);
                int r = ct_next(&u.a, "UPDATE ");
                assert_int_equal(ct_cseq(ct_msg(&u.a, r)), seq + 1);
                ct_reply(&u.a, r, u.a.sent[r].at + 10, 200, NULL, NULL, NULL);
                ct_log_is(&u.a, "update_done 200\n");
            } else if (end == 1) {
                respond(&u, 5200, 488);        /* wait_uas app_reject */
                peer_update(&u, 5300);         /* wait rx_update -> wait_uas */
                peer_update_overlap(&u, 5350); /* wait_uas rx_update */
                ct_run(&u.a, 5400);
                assert_int_equal(fsip_call_hangup(u.c), 0); /* wait_uas dialog_ended */
                int bye = bye_and_487(&u);
                ct_log_is(&u.a, "ended local_bye 0\n");
                ct_reply(&u.a, bye, 5500, 200, NULL, NULL, NULL);
                ct_run(&u.a, 20000);
                ct_none(&u.a);
            } else {
                /* The retry falls due with the peer's UPDATE unanswered
                 * (due_uas): nothing goes until it is answered. */
                ct_run(&u.a, 5100 + 4000);
                ct_none(&u.a);
                ct_log_is(&u.a, "");
                uint64_t t = 9200;
                if (end == 2) { /* due_uas rx_update, then app_accept */
                    peer_update_overlap(&u, t);
                    respond(&u, t + 10, 200);
                } else if (end == 3) { /* due_uas app_reject */
                    respond(&u, t, 488);
                } else { /* due_uas timer_answer (504), or dialog_ended */
                    if (how == 1) {
                        ct_run(&u.a, 5050 + 5000);
                        ct_next(&u.a, "SIP/2.0 504 ");
                        ct_log_is(&u.a, "update_failed -\n");
                    } else {
                        ct_run(&u.a, t);
                        assert_int_equal(fsip_call_hangup(u.c), 0);
                        int bye = bye_and_487(&u);
                        ct_log_is(&u.a, "ended local_bye 0\n");
                        ct_reply(&u.a, bye, t + 100, 200, NULL, NULL, NULL);
                        down(&u);
                        continue;
                    }
                }
                /* Answered: our retry goes at once (RFC 3261 §13.2.1). */
                int r = ct_next(&u.a, "UPDATE ");
                ct_none(&u.a);
                assert_int_equal(ct_cseq(ct_msg(&u.a, r)), seq + 1);
                ct_reply(&u.a, r, u.a.sent[r].at + 10, 200, NULL, NULL, NULL);
                ct_log_is(&u.a, "update_done 200\n");
            }
            down(&u);
        }
}

/* Both at once; the peer's gets 504 while ours waits (wait_uas
 * timer_answer), then ours is retried. */
static void test_upd_wait_uas_timer_answer(void **state)
{
    (void)state;
    upd_t u;
    up(&u, 1000);
    int mine = our_update(&u, 5000);
    peer_update(&u, 5050);
    ct_reply(&u.a, mine, 5100, 500, NULL, "Retry-After: 3\n", NULL);
    ct_run(&u.a, 6050);
    ct_next(&u.a, "SIP/2.0 504 ");
    ct_none(&u.a);
    ct_log_is(&u.a, "update_failed -\n");
    ct_run(&u.a, 8100);
    int r = ct_next(&u.a, "UPDATE ");
    ct_reply(&u.a, r, 8200, 200, NULL, NULL, NULL);
    ct_log_is(&u.a, "update_done 200\n");
    down(&u);
}

/* RFC 5057 §5.1, RFC 3311 §5.3: a 481 to our UPDATE says the confirmed
 * dialog is gone: the call ends (dialog_gone) without a BYE into it, in
 * each session state, the UA as caller (inv_uac) or callee (inv_uas):
 * accepted (callee, our 2xx not ACKed yet), confirmed, reinv_out (our
 * re-INVITE pending), reinv_wait (it got 491), reinv_in (the peer's
 * re-INVITE pending: it gets 487), reinv_in_ack (accepted, no ACK yet). */
static void usage_gone_case(bool callee, const char *st)
{
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char cid[64];
    snprintf(cid, sizeof cid, "gone-%s@192.0.2.2", st);
    fsip_call *c;
    if (strcmp(st, "accepted") == 0) {
        ct_callee_answered(&a, &d, cid, NULL, NULL);
        c = a.call;
    } else {
        c = ct_confirmed(&a, &d, callee, callee ? cid : NULL, NULL, NULL, NULL);
    }
    ct_run(&a, 5000);
    ct_skip(&a, "SIP/2.0 200 "); /* accepted: our 2xx's retransmissions */
    assert_int_equal(fsip_call_update(c, NULL, NULL, 0), 0);
    int up = ct_next(&a, "UPDATE ");
    if (strncmp(st, "reinv_out", 9) == 0 || strcmp(st, "reinv_wait") == 0) {
        assert_int_equal(fsip_call_reinvite(c, "application/sdp", CT_SDP_HOLD, strlen(CT_SDP_HOLD)),
                         0);
        int ri = ct_next(&a, "INVITE ");
        if (strcmp(st, "reinv_wait") == 0) {
            ct_reply(&a, ri, 5050, 491, NULL, NULL, NULL);
            ct_next(&a, "ACK ");
        }
    } else if (strncmp(st, "reinv_in", 8) == 0) {
        if (strcmp(st, "reinv_in_ack") == 0) a.on_reinvite = 200;
        ct_dlg_request(&a, &d, 5050, "INVITE", 0, NULL, NULL, CT_SDP_HOLD);
        ct_next(&a, "SIP/2.0 100 ");
        if (a.on_reinvite) ct_next(&a, "SIP/2.0 200 ");
        ct_log_is(&a, "reinvite INVITE\n");
    }
    ct_none(&a);
    assert_string_equal(fsip_call_machine_state(c), st);
    ct_reply(&a, up, 5100, 481, NULL, NULL, NULL);
    if (strcmp(st, "reinv_in") == 0) {
        int r = ct_next(&a, "SIP/2.0 487 ");
        assert_string_equal(ct_cseq_method(ct_msg(&a, r)), "INVITE");
    }
    ct_none(&a);
    ct_log_is(&a, "update_failed 481\nended dialog_gone 481\n");
    ct_run(&a, 2000000);
    assert_int_equal(ct_count_sent(&a, "BYE "), 0);
    assert_int_equal(fsip_ua_stats_get(a.ua)->spec_errors, 0);
    a.cursor = a.nsent;
    ct_node_free(&a);
}

static void test_upd_481_ends_session(void **state)
{
    (void)state;
    static const char *const sts[] = {"confirmed", "reinv_out", "reinv_wait", "reinv_in",
                                      "reinv_in_ack"};
    for (int callee = 0; callee < 2; callee++)
        for (size_t i = 0; i < sizeof sts / sizeof sts[0]; i++)
            usage_gone_case(callee, sts[i]);
    usage_gone_case(true, "accepted");
}

static void oa_is_stable(const fsip_call *c)
{
    assert_string_equal(fsip_call_offer_answer_state(c), "stable");
}

/* The peer's PRACK for the reliable 1xx sent[r] (RAck: its RSeq, CSeq 1
 * INVITE) with a new offer. */
static void prack_offer(ct_node *a, ct_dlg *d, uint64_t now, int r)
{
    const fsip_hdr *h = fsip_msg_hdr_first(ct_msg(a, r), FSIP_HDR_RSEQ);
    assert_non_null(h);
    char rack[64];
    snprintf(rack, sizeof rack, "RAck: %u 1 INVITE\n", (unsigned)h->p.num);
    ct_dlg_request(a, d, now, "PRACK", 0, NULL, rack, CT_SDP_HOLD);
}

/* The peer's bodiless UPDATE, left to the app; returns its CSeq. */
static uint32_t peer_update_early(ct_node *a, ct_dlg *d, uint64_t now)
{
    ct_dlg_request(a, d, now, "UPDATE", 0, NULL, CONTACT, NULL);
    ct_none(a);
    ct_log_is(a, "update UPDATE\n");
    return d->cseq;
}

/* The app's answer (status; a 2xx to a PRACK carries CT_SDP_ANSWER) to the
 * peer's pending request `method` with CSeq seq. */
static void answer(ct_node *a, uint64_t now, const char *method, uint32_t seq, int status)
{
    ct_run(a, now);
    bool body = status == 200 && strcmp(method, "PRACK") == 0;
    assert_int_equal(fsip_call_update_respond(a->call, status, NULL, "application/sdp",
                                              body ? CT_SDP_ANSWER : NULL,
                                              body ? strlen(CT_SDP_ANSWER) : 0),
                     0);
    char p[32];
    snprintf(p, sizeof p, "SIP/2.0 %d ", status);
    int k = ct_next(a, p);
    assert_string_equal(ct_cseq_method(ct_msg(a, k)), method);
    assert_int_equal(ct_cseq(ct_msg(a, k)), seq);
    if (body) assert_string_equal(ct_body(ct_msg(a, k)), CT_SDP_ANSWER);
}

/* The peer's PRACK offer (RFC 3262 §5) in the update machine: the peer's
 * pending request, taken up in idle, uac and wait (rx_prack_offer -> uas,
 * uac_uas, wait_uas) and answered by the app; refused with 500 and
 * Retry-After while an UPDATE of the peer's awaits the app (uas, uac_uas,
 * wait_uas, due_uas rx_prack_offer; RFC 3311 §5.2), which acknowledges
 * nothing. The UA is the callee of an early dialog with 100rel (our answer
 * in the reliable 183); its UPDATEs and the peer's carry no body, so only
 * the PRACKs change the offer/answer state. T1 is 20 s, so the 1xx is not
 * retransmitted during the test. */
static void test_upd_prack_offer(void **state)
{
    (void)state;
    fsip_ua_config cfg;
    ct_ua_config(&cfg, false);
    cfg.update_answer_ms = 60000;
    fsip_stack_config sc;
    fsip_stack_config_init(&sc);
    sc.t1_ms = 20000;
    sc.t2_ms = 40000;
    ct_node a;
    ct_node_init(&a, "alice", false, &cfg, &sc, 1);
    ct_dlg d;
    char br[64];
    ct_peer_invite(&a, &d, "upd-prack@192.0.2.2", "Require: 100rel\n", CT_SDP_OFFER, br, sizeof br);
    int r1 = ct_ring(&a, &d, 1100, 183, CT_SDP_ANSWER);
    ct_none(&a);
    fsip_call *c = a.call;

    /* uas rx_prack_offer */
    uint32_t useq = peer_update_early(&a, &d, 1200);
    prack_offer(&a, &d, 1210, r1);
    ct_rejected(&a, &d, "PRACK", 500);
    answer(&a, 1220, "UPDATE", useq, 200);
    ct_none(&a);

    /* uac_uas rx_prack_offer; then our UPDATE gets 491 (wait) */
    ct_run(&a, 1300);
    assert_int_equal(fsip_call_update(c, NULL, NULL, 0), 0);
    int mine = ct_next(&a, "UPDATE ");
    useq = peer_update_early(&a, &d, 1310);
    prack_offer(&a, &d, 1320, r1);
    ct_rejected(&a, &d, "PRACK", 500);
    answer(&a, 1330, "UPDATE", useq, 200);
    ct_reply(&a, mine, 1340, 491, NULL, NULL, NULL);
    ct_none(&a);
    ct_log_is(&a, "");

    /* wait_uas and due_uas rx_prack_offer */
    useq = peer_update_early(&a, &d, 1350);
    prack_offer(&a, &d, 1360, r1);
    ct_rejected(&a, &d, "PRACK", 500);
    ct_quiet_until(&a, 1340 + 4100); /* the glare timer fell due (RFC 3311 §5.3: <= 4 s) */
    prack_offer(&a, &d, 5450, r1);
    ct_rejected(&a, &d, "PRACK", 500);
    answer(&a, 5460, "UPDATE", useq, 200);
    int retry = ct_next(&a, "UPDATE "); /* due_uas app_accept: our retry goes */
    ct_none(&a);
    oa_is_stable(c);

    /* uac rx_prack_offer -> uac_uas: the 183 is acknowledged, the app
     * answers after our UPDATE's 2xx (uas app_accept). */
    prack_offer(&a, &d, 5470, r1);
    uint32_t pseq = d.cseq;
    ct_none(&a);
    ct_log_is(&a, "prack_offer PRACK\n");
    ct_reply(&a, retry, 5480, 200, NULL, CONTACT, NULL);
    ct_log_is(&a, "update_done 200\n");
    answer(&a, 5490, "PRACK", pseq, 200);
    ct_none(&a);
    oa_is_stable(c);

    /* wait rx_prack_offer -> wait_uas, for the next reliable 1xx; the
     * retry waits for the answer (due_uas) and follows it. */
    int r2 = ct_ring(&a, &d, 5600, 180, NULL);
    ct_run(&a, 5610);
    assert_int_equal(fsip_call_update(c, NULL, NULL, 0), 0);
    mine = ct_next(&a, "UPDATE ");
    ct_reply(&a, mine, 5620, 491, NULL, NULL, NULL);
    prack_offer(&a, &d, 5630, r2);
    pseq = d.cseq;
    ct_log_is(&a, "prack_offer PRACK\n");
    ct_quiet_until(&a, 5620 + 4100);
    answer(&a, 9800, "PRACK", pseq, 200);
    retry = ct_next(&a, "UPDATE ");
    ct_none(&a);
    ct_reply(&a, retry, 9810, 200, NULL, CONTACT, NULL);
    ct_log_is(&a, "update_done 200\n");
    oa_is_stable(c);

    ct_run(&a, 9900);
    assert_int_equal(fsip_call_accept(c, NULL, NULL, 0), 0);
    ct_next(&a, "SIP/2.0 200 ");
    ct_dlg_request(&a, &d, 9910, "ACK", 1, NULL, NULL, NULL);
    ct_log_is(&a, "answered ACK\n");
    ct_peer_bye(&a, &d, 10000);
    ct_node_end(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_upd_500_retry),         FSIP_TEST(test_upd_failure),
        FSIP_TEST(test_upd_dialog_ended_ours), FSIP_TEST(test_upd_uas),
        FSIP_TEST(test_upd_uac_uas),           FSIP_TEST(test_upd_481_ends_session),
        FSIP_TEST(test_upd_wait_uas_due_uas),  FSIP_TEST(test_upd_wait_uas_timer_answer),
        FSIP_TEST(test_upd_prack_offer),
    };
    return ct_run_group(tests);
}
