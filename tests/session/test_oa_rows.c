/* Offer/answer rows (fsm/offer_answer.fsm) reached at the stack level: one
 * UA on a virtual clock (tests/call/calltest.h), the test playing its peer
 * in raw SIP text. Each case brings one dialog into a state and then sends
 * what a peer may send there (a PRACK, UPDATE, ACK or response with or
 * without a session description), or has the application ask for what the
 * state forbids; it checks the wire (RFC 3311 §5.2: 491 while our offer is
 * unanswered, 500 with Retry-After while we owe an answer), the events the
 * application sees and fsip_call_offer_answer_state(). ct_node_end()
 * asserts that no `error` row ran (spec_errors == 0).
 *
 * Rows of offer_answer the runtime never feeds are `error` rows in the
 * spec, each with the check that stops it (a tx_* it never asks stays
 * `refuse`, marked "never asked"). The cases at the end of this file were
 * runtime defects (issue 5), each asserting what the RFCs require. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calltest.h"

#define SDP     "application/sdp"
#define ST_OFF  SDP, CT_SDP_OFFER, strlen(CT_SDP_OFFER)
#define ST_ANS  SDP, CT_SDP_ANSWER, strlen(CT_SDP_ANSWER)
#define ST_HOLD SDP, CT_SDP_HOLD, strlen(CT_SDP_HOLD)
#define NO_BODY NULL, NULL, 0
#define CONTACT "Contact: <sip:bob@192.0.2.2:5070>\n"
#define REL     "Require: 100rel\n"

static void oa_is(const fsip_call *c, const char *st)
{
    assert_string_equal(fsip_call_offer_answer_state(c), st);
}

/* The UA's answer to the peer's last request (ct_rejected), and nothing
 * else sent. */
static void rejected(ct_node *a, ct_dlg *d, const char *method, int status)
{
    ct_rejected(a, d, method, status);
    ct_none(a);
}

/* The UA's 2xx to the peer's last request (method), without a body. */
static void ok_nobody(ct_node *a, ct_dlg *d, const char *method)
{
    int k = ct_next(a, "SIP/2.0 200 ");
    const fsip_msg *m = ct_msg(a, k);
    assert_string_equal(ct_cseq_method(m), method);
    assert_int_equal(ct_cseq(m), d->cseq);
    assert_int_equal(fsip_msg_content_length(m), 0);
    ct_none(a);
}

/* An UPDATE offer at `now` in a dialog with nothing outstanding: ours
 * (fsip_call_update, local_update) or the peer's (the app hears it,
 * remote_update). Returns our UPDATE's index, -1 for the peer's. */
static int update_offer(ct_node *a, ct_dlg *d, bool ours, uint64_t now)
{
    int u = -1;
    if (ours) {
        ct_run(a, now);
        assert_int_equal(fsip_call_update(a->call, ST_HOLD), 0);
        u = ct_next(a, "UPDATE ");
        ct_none(a);
        oa_is(a->call, "local_update");
    } else {
        ct_dlg_request(a, d, now, "UPDATE", 0, NULL, NULL, CT_SDP_HOLD);
        ct_none(a);
        ct_log_is(a, "update UPDATE\n");
        oa_is(a->call, "remote_update");
    }
    return u;
}

/* RFC 3261 §14.2: while we owe an answer, the peer's re-INVITE with
 * `offer` (at t0 + 20), then without (t0), gets 500 with Retry-After; its
 * ACK (t0 + 5, + 25) is absorbed, the app sees nothing, c stays in `st`. */
static void peer_reinvites_500(ct_node *a, ct_dlg *d, fsip_call *c, uint64_t t0, const char *offer,
                               const char *st)
{
    for (int sdp = 1; sdp >= 0; sdp--) {
        ct_dlg_request(a, d, t0 + 20 * (uint64_t)sdp, "INVITE", 0, NULL, NULL, sdp ? offer : NULL);
        if (ct_pending(a, "SIP/2.0 100 ")) ct_next(a, "SIP/2.0 100 ");
        rejected(a, d, "INVITE", 500);
        ct_dlg_request(a, d, t0 + 5 + 20 * (uint64_t)sdp, "ACK", d->cseq, d->branch, NULL, NULL);
        ct_none(a);
        ct_log_is(a, "");
        oa_is(c, st);
    }
}

/* ------------------------------------------------------------- callee */

/* The UA rings (ct_ring), and sends nothing else; returns the 1xx's
 * index. */
static int ring(ct_node *a, ct_dlg *d, uint64_t now, int status, const char *body)
{
    int r = ct_ring(a, d, now, status, body);
    ct_none(a);
    return r;
}

/* The peer's PRACK (RFC 3262 §7.2: RAck = RSeq, CSeq 1 INVITE) for the
 * reliable 1xx sent[r], with `body` (NULL: none). */
static void prack(ct_node *a, ct_dlg *d, uint64_t now, int r, const char *body)
{
    const fsip_hdr *h = fsip_msg_hdr_first(ct_msg(a, r), FSIP_HDR_RSEQ);
    assert_non_null(h);
    char rack[64];
    snprintf(rack, sizeof rack, "RAck: %u 1 INVITE\n", (unsigned)h->p.num);
    ct_dlg_request(a, d, now, "PRACK", 0, NULL, rack, body);
}

/* The peer's UPDATE without a session description reaches the app; its
 * 2xx may not carry one (RFC 3311 §5.2, RFC 6337 §2.1: no offer in a 2xx
 * to UPDATE, and there is no offer to answer), so the answer with a body
 * is refused (tx_update_2xx -> refuse) and nothing is sent; the bodiless
 * 200 goes. The offer/answer state does not change. */
static void peer_update_nosdp(ct_node *a, ct_dlg *d, fsip_call *c, uint64_t now)
{
    char st[32];
    snprintf(st, sizeof st, "%s", fsip_call_offer_answer_state(c));
    ct_dlg_request(a, d, now, "UPDATE", 0, NULL, NULL, NULL);
    ct_none(a);
    ct_log_is(a, "update UPDATE\n");
    assert_int_equal(fsip_call_update_respond(c, 200, NULL, ST_ANS), FSIP_EINVAL);
    ct_none(a);
    oa_is(c, st);
    assert_int_equal(fsip_call_update_respond(c, 200, NULL, NO_BODY), 0);
    ok_nobody(a, d, "UPDATE");
    oa_is(c, st);
}

/* Our answer to the peer's PRACK offer (CT_SDP_HOLD, sendonly): it differs
 * from the 183's, so the 2xx that repeats our description shows which. */
#define SDP_RECVONLY                                                                               \
    "v=0\r\no=bob 1 2 IN IP4 192.0.2.2\r\ns=-\r\nc=IN IP4 192.0.2.2\r\nt=0 0\r\n"                  \
    "m=audio 5000 RTP/AVP 0\r\na=recvonly\r\n"
#define ST_RECVONLY SDP, SDP_RECVONLY, strlen(SDP_RECVONLY)

/* The UA's 2xx to the peer's PRACK (CSeq seq) with our answer `body`, and
 * nothing else sent: no Contact (a PRACK is no target refresh). */
static void prack_answered(ct_node *a, uint32_t seq, const char *body)
{
    int k = ct_next(a, "SIP/2.0 200 ");
    const fsip_msg *m = ct_msg(a, k);
    assert_string_equal(ct_cseq_method(m), "PRACK");
    assert_int_equal(ct_cseq(m), seq);
    assert_string_equal(ct_body(m), body);
    assert_null(ct_h(m, "Contact"));
    ct_none(a);
}

/* The app accepts without a body at `now` (the 2xx repeats our latest
 * description), the peer ACKs 10 ms later and hangs up at `bye`; the node
 * ends clean. body: what the 2xx must carry (NULL: not checked). */
static void accept_ack_bye(ct_node *a, ct_dlg *d, uint64_t now, uint64_t bye, const char *body)
{
    ct_run(a, now);
    assert_int_equal(fsip_call_accept(a->call, NO_BODY), 0);
    int ok = ct_next(a, "SIP/2.0 200 ");
    assert_string_equal(ct_cseq_method(ct_msg(a, ok)), "INVITE");
    if (body) assert_string_equal(ct_body(ct_msg(a, ok)), body);
    ct_none(a);
    ct_dlg_request(a, d, now + 10, "ACK", 1, NULL, NULL, NULL);
    ct_log_is(a, "answered ACK\n");
    oa_is(a->call, "stable");
    ct_peer_bye(a, d, bye);
    ct_node_end(a);
}

/* RFC 3262 §5: after the first exchange (our answer in the reliable 183,
 * stable), the PRACK for it carries a new offer (stable rx_prack ->
 * remote_prack; update idle rx_prack_offer -> uas): the 183 counts as
 * acknowledged (no retransmission), the app hears PRACK_OFFER, and the
 * PRACK waits for its answer. Meanwhile: the peer's UPDATE, with an offer
 * or without, gets 500 with Retry-After from the update machine (RFC 3311
 * §5.2); our offers in an UPDATE, a 1xx or the 2xx are refused (RFC 3261
 * §13.2.1), a 2xx to the PRACK without the answer too; the next reliable
 * 1xx's PRACK with an offer gets 500, without one 200. The app's answer
 * goes in the 2xx to the PRACK (tx_prack_2xx -> stable). */
static void test_oa_remote_prack_answered(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64];
    ct_peer_invite(&a, &d, "oa-rp0@192.0.2.2", REL, CT_SDP_OFFER, br, sizeof br);
    int r = ring(&a, &d, 1100, 183, CT_SDP_ANSWER);
    assert_string_equal(ct_body(ct_msg(&a, r)), CT_SDP_ANSWER);
    oa_is(a.call, "stable");
    prack(&a, &d, 1110, r, CT_SDP_HOLD);
    uint32_t pseq = d.cseq;
    ct_none(&a);
    ct_log_is(&a, "prack_offer PRACK\n");
    oa_is(a.call, "remote_prack");
    ct_quiet_until(&a, 1110 + 3000); /* the 183 is not retransmitted */

    ct_dlg_request(&a, &d, 4120, "UPDATE", 0, NULL, NULL, CT_SDP_OFFER);
    rejected(&a, &d, "UPDATE", 500);
    ct_dlg_request(&a, &d, 4125, "UPDATE", 0, NULL, NULL, NULL);
    rejected(&a, &d, "UPDATE", 500);
    ct_log_is(&a, "");
    oa_is(a.call, "remote_prack");

    ct_run(&a, 4130);
    assert_int_equal(fsip_call_update(a.call, ST_OFF), FSIP_EINVAL);
    assert_int_equal(fsip_call_ring(a.call, 180, ST_OFF), FSIP_EINVAL);
    assert_int_equal(fsip_call_accept(a.call, ST_OFF), FSIP_EINVAL);
    assert_int_equal(fsip_call_update_respond(a.call, 200, NULL, NO_BODY), FSIP_EINVAL);
    ct_none(&a);
    oa_is(a.call, "remote_prack");

    /* The next reliable 1xx: a PRACK offer for it gets 500 and leaves it
     * unacknowledged; the bodiless PRACK acknowledges it. */
    int r2 = ring(&a, &d, 4150, 180, NULL);
    prack(&a, &d, 4160, r2, CT_SDP_HOLD);
    rejected(&a, &d, "PRACK", 500);
    prack(&a, &d, 4170, r2, NULL);
    ok_nobody(&a, &d, "PRACK");
    ct_log_is(&a, "");
    oa_is(a.call, "remote_prack");

    ct_run(&a, 4180);
    assert_int_equal(fsip_call_update_respond(a.call, 200, NULL, ST_RECVONLY), 0);
    prack_answered(&a, pseq, SDP_RECVONLY);
    oa_is(a.call, "stable");
    assert_int_equal(fsip_call_update_respond(a.call, 200, NULL, ST_ANS), FSIP_EINVAL);

    /* The 2xx to the INVITE repeats our latest description: the PRACK's
     * answer, not the 183's (RFC 3261 §13.2.1: no new offer or answer). */
    accept_ack_bye(&a, &d, 4190, 4300, SDP_RECVONLY);
}

/* The app accepted while the reliable 183 with our answer was
 * unacknowledged (the 2xx waits for the PRACK, RFC 3262 §3); the PRACK
 * brings a new offer: the 2xx goes, the PRACK waits for the app. The ACK,
 * with a body (with_sdp) or without, changes nothing (remote_prack rx_ack,
 * rx_ack_nosdp -> ignore); a re-INVITE either way is refused or gets 500
 * (RFC 3261 §14.2). The app never answers: 504 after update_answer_ms
 * (RFC 3311 §5.2 applied to the PRACK), UPDATE_FAILED, and the session is
 * unchanged (prack_failed -> stable). */
static void remote_prack_case(bool ack_sdp)
{
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64];
    ct_peer_invite(&a, &d, ack_sdp ? "oa-rp1@192.0.2.2" : "oa-rp2@192.0.2.2", REL, CT_SDP_OFFER, br,
                   sizeof br);
    int r = ring(&a, &d, 1100, 183, CT_SDP_ANSWER);
    ct_run(&a, 1105);
    assert_int_equal(fsip_call_accept(a.call, NO_BODY), 0);
    ct_none(&a);
    prack(&a, &d, 1110, r, CT_SDP_HOLD);
    uint32_t pseq = d.cseq;
    int ok = ct_next(&a, "SIP/2.0 200 ");
    assert_string_equal(ct_cseq_method(ct_msg(&a, ok)), "INVITE");
    ct_none(&a);
    ct_log_is(&a, "prack_offer PRACK\n");
    oa_is(a.call, "remote_prack");

    ct_dlg_request(&a, &d, 1200, "ACK", 1, NULL, NULL, ack_sdp ? CT_SDP_HOLD : NULL);
    ct_log_is(&a, "answered ACK\n");
    ct_none(&a);
    oa_is(a.call, "remote_prack");

    ct_run(&a, 1300);
    assert_int_equal(fsip_call_reinvite(a.call, ST_HOLD), FSIP_EINVAL);
    assert_int_equal(fsip_call_reinvite(a.call, NO_BODY), FSIP_EINVAL);
    ct_none(&a);
    peer_reinvites_500(&a, &d, a.call, 1310, CT_SDP_OFFER, "remote_prack");

    ct_quiet_until(&a, 1110 + 4000);
    int k = ct_next(&a, "SIP/2.0 504 ");
    assert_string_equal(ct_cseq_method(ct_msg(&a, k)), "PRACK");
    assert_int_equal(ct_cseq(ct_msg(&a, k)), pseq);
    ct_none(&a);
    ct_log_is(&a, "update_failed -\n");
    oa_is(a.call, "stable");
    ct_peer_bye(&a, &d, 5200);
    ct_node_end(&a);
}

static void test_oa_remote_prack_ack_sdp(void **state)
{
    (void)state;
    remote_prack_case(true);
}

static void test_oa_remote_prack_ack_nosdp(void **state)
{
    (void)state;
    remote_prack_case(false);
}

/* A PRACK offer for the 183 while a bodiless 180 waits behind it (rel1xx_uas
 * unacked prack_match queued offer): the 180 goes, the PRACK waits for the
 * app, and the 180's own bodiless PRACK gets its 200 meanwhile. */
static void test_oa_remote_prack_queued(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64];
    ct_peer_invite(&a, &d, "oa-rp-q@192.0.2.2", REL, CT_SDP_OFFER, br, sizeof br);
    int r = ring(&a, &d, 1100, 183, CT_SDP_ANSWER);
    ct_run(&a, 1105);
    assert_int_equal(fsip_call_ring(a.call, 180, NULL, NULL, 0), 0);
    ct_none(&a); /* queued behind the unacknowledged 183 */
    prack(&a, &d, 1110, r, CT_SDP_HOLD);
    uint32_t pseq = d.cseq;
    int r2 = ct_next(&a, "SIP/2.0 180 ");
    ct_none(&a);
    ct_log_is(&a, "prack_offer PRACK\n");
    oa_is(a.call, "remote_prack");
    prack(&a, &d, 1120, r2, NULL);
    ok_nobody(&a, &d, "PRACK");
    ct_run(&a, 1130);
    assert_int_equal(fsip_call_update_respond(a.call, 200, NULL, ST_RECVONLY), 0);
    prack_answered(&a, pseq, SDP_RECVONLY);
    oa_is(a.call, "stable");
    accept_ack_bye(&a, &d, 1140, 1200, SDP_RECVONLY);
}

/* The 2xx went while a bodiless reliable 180 was unacknowledged (RFC 3262
 * §3); its late PRACK brings a new offer (rel1xx_uas finished prack_match
 * offer): held for the app all the same, the ACK changes nothing, and the
 * answer goes in the PRACK's 2xx. */
static void test_oa_remote_prack_after_2xx(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64];
    ct_peer_invite(&a, &d, "oa-rp-late@192.0.2.2", REL, CT_SDP_OFFER, br, sizeof br);
    int r = ring(&a, &d, 1100, 180, NULL);
    ct_run(&a, 1105);
    assert_int_equal(fsip_call_accept(a.call, ST_ANS), 0);
    ct_next(&a, "SIP/2.0 200 ");
    ct_none(&a);
    oa_is(a.call, "stable");
    prack(&a, &d, 1110, r, CT_SDP_HOLD);
    uint32_t pseq = d.cseq;
    ct_none(&a);
    ct_log_is(&a, "prack_offer PRACK\n");
    oa_is(a.call, "remote_prack");
    ct_dlg_request(&a, &d, 1120, "ACK", 1, NULL, NULL, NULL);
    ct_log_is(&a, "answered ACK\n");
    oa_is(a.call, "remote_prack");
    ct_run(&a, 1130);
    assert_int_equal(fsip_call_update_respond(a.call, 200, NULL, ST_RECVONLY), 0);
    prack_answered(&a, pseq, SDP_RECVONLY);
    oa_is(a.call, "stable");
    ct_peer_bye(&a, &d, 1200);
    ct_node_end(&a);
}

/* The app refuses the PRACK's offer (488, RFC 3311 §5.2 applied to the
 * PRACK): the session is unchanged (prack_failed -> stable) and the 183
 * stays acknowledged. */
static void test_oa_remote_prack_refused(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64];
    ct_peer_invite(&a, &d, "oa-rp-488@192.0.2.2", REL, CT_SDP_OFFER, br, sizeof br);
    int r = ring(&a, &d, 1100, 183, CT_SDP_ANSWER);
    prack(&a, &d, 1110, r, CT_SDP_HOLD);
    ct_log_is(&a, "prack_offer PRACK\n");
    ct_run(&a, 1120);
    assert_int_equal(fsip_call_update_respond(a.call, 488, NULL, NO_BODY), 0);
    rejected(&a, &d, "PRACK", 488);
    oa_is(a.call, "stable");
    ct_quiet_until(&a, 4000);
    accept_ack_bye(&a, &d, 4000, 4200, CT_SDP_ANSWER); /* the 183's: the offer was refused */
}

/* RFC 3261 §13.3.1.3: the INVITE is rejected while the peer's PRACK offer
 * awaits our answer (remote_prack invite_failed early -> closed); the
 * pending PRACK gets 487 (RFC 3261 §15.1.2). */
static void test_oa_remote_prack_rejected(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64];
    ct_peer_invite(&a, &d, "oa-rp-rej@192.0.2.2", REL, CT_SDP_OFFER, br, sizeof br);
    int r = ring(&a, &d, 1100, 183, CT_SDP_ANSWER);
    prack(&a, &d, 1110, r, CT_SDP_HOLD);
    uint32_t pseq = d.cseq;
    ct_none(&a);
    ct_log_is(&a, "prack_offer PRACK\n");
    oa_is(a.call, "remote_prack");
    ct_run(&a, 1120);
    fsip_call *c = a.call;
    assert_int_equal(fsip_call_reject(c, 488, NULL), 0);
    int k1 = ct_next(&a, "SIP/2.0 ");
    int k2 = ct_next(&a, "SIP/2.0 ");
    ct_none(&a);
    int inv = strcmp(ct_cseq_method(ct_msg(&a, k1)), "INVITE") == 0 ? k1 : k2;
    int pr = inv == k1 ? k2 : k1;
    assert_int_equal(fsip_msg_status(ct_msg(&a, inv)), 488);
    assert_string_equal(ct_cseq_method(ct_msg(&a, pr)), "PRACK");
    assert_int_equal(ct_cseq(ct_msg(&a, pr)), pseq);
    assert_int_equal(fsip_msg_status(ct_msg(&a, pr)), 487);
    ct_log_is(&a, "ended rejected 488\n");
    ct_dlg_request(&a, &d, 1130, "ACK", 1, br, NULL, NULL);
    ct_none(&a);
    ct_node_end(&a);
}

/* RFC 3262 §5: an offerless INVITE, our offer in the reliable 183
 * (local_1xx): a bodiless UPDATE's 2xx may not carry a body; the peer's
 * CANCEL then ends the INVITE (local_1xx invite_failed early -> closed,
 * RFC 3261 §9.2: 487). */
static void test_oa_local_1xx_update_then_cancel(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64];
    ct_peer_invite(&a, &d, "oa-l1-cancel@192.0.2.2", REL, NULL, br, sizeof br);
    int r = ring(&a, &d, 1100, 183, CT_SDP_OFFER);
    assert_string_equal(ct_body(ct_msg(&a, r)), CT_SDP_OFFER);
    oa_is(a.call, "local_1xx");
    peer_update_nosdp(&a, &d, a.call, 1110);
    char tag[64];
    snprintf(tag, sizeof tag, "%s", d.ua_tag);
    d.ua_tag[0] = '\0';
    ct_dlg_request(&a, &d, 1120, "CANCEL", 1, br, NULL, NULL);
    int k = ct_next(&a, "SIP/2.0 200 ");
    assert_string_equal(ct_cseq_method(ct_msg(&a, k)), "CANCEL");
    k = ct_next(&a, "SIP/2.0 487 ");
    assert_string_equal(ct_cseq_method(ct_msg(&a, k)), "INVITE");
    ct_none(&a);
    ct_log_is(&a, "ended cancelled 487\n");
    snprintf(d.ua_tag, sizeof d.ua_tag, "%s", tag);
    ct_dlg_request(&a, &d, 1130, "ACK", 1, br, NULL, NULL);
    ct_none(&a);
    ct_node_end(&a);
}

/* RFC 3262 §5: our offer in the reliable 183 (local_1xx); the app accepts,
 * the 2xx waits for the PRACK (RFC 3262 §3). The PRACK comes without the
 * answer (local_1xx rx_prack_nosdp: protocol error): the 2xx it released
 * goes, and the callee hangs up, which waits for the ACK (RFC 3261 §15:
 * bye_pending). The ACK, with or without a body, is not the answer to our
 * offer in the 183 (ignored); then the BYE ends the dialog in local_1xx. */
static void local_1xx_hangup_case(bool ack_sdp)
{
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64];
    ct_peer_invite(&a, &d, ack_sdp ? "oa-l1-bye1@192.0.2.2" : "oa-l1-bye2@192.0.2.2", REL, NULL, br,
                   sizeof br);
    int r = ring(&a, &d, 1100, 183, CT_SDP_OFFER);
    oa_is(a.call, "local_1xx");
    ct_run(&a, 1110);
    assert_int_equal(fsip_call_accept(a.call, NO_BODY), 0);
    ct_none(&a);
    prack(&a, &d, 1120, r, NULL);
    int k = ct_next(&a, "SIP/2.0 200 ");
    assert_string_equal(ct_cseq_method(ct_msg(&a, k)), "PRACK");
    k = ct_next(&a, "SIP/2.0 200 ");
    assert_string_equal(ct_cseq_method(ct_msg(&a, k)), "INVITE");
    ct_none(&a);
    fsip_call *c = a.call;
    oa_is(c, "local_1xx");
    assert_int_equal(fsip_ua_stats_get(a.ua)->oa_errors, 1);
    ct_dlg_request(&a, &d, 1130, "ACK", 1, NULL, NULL, ack_sdp ? CT_SDP_ANSWER : NULL);
    int bye = ct_next(&a, "BYE ");
    ct_none(&a);
    ct_reply(&a, bye, 1140, 200, NULL, NULL, NULL);
    ct_log_is(&a, "ended local_bye 0\n");
    ct_node_end(&a);
}

static void test_oa_local_1xx_hangup_ack_sdp(void **state)
{
    (void)state;
    local_1xx_hangup_case(true);
}

static void test_oa_local_1xx_hangup_ack_nosdp(void **state)
{
    (void)state;
    local_1xx_hangup_case(false);
}

/* RFC 3261 §17.2.4: the INVITE's server transaction cannot send the 1xx
 * (transport error) and the call ends: the dialog ends in the state the
 * offerless INVITE left (offer_owed dialog_ended), or, for a reliable 183
 * with our offer, in the state that offer made (offer_owed tx_rel1xx ->
 * local_1xx runs before the send: local_1xx dialog_ended). */
static void txn_error_case(bool with_offer)
{
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64];
    ct_peer_invite(&a, &d, with_offer ? "oa-l1-err@192.0.2.2" : "oa-ow-err@192.0.2.2",
                   with_offer ? REL : NULL, NULL, br, sizeof br);
    oa_is(a.call, "offer_owed");
    ct_run(&a, 1100);
    a.fail_sends = 1;
    assert_int_equal(fsip_call_ring(a.call, 183, with_offer ? SDP : NULL,
                                    with_offer ? CT_SDP_OFFER : NULL,
                                    with_offer ? strlen(CT_SDP_OFFER) : 0),
                     0);
    ct_none(&a);
    ct_log_is(&a, "ended transport 503\n");
    assert_null(a.call);
    ct_node_end(&a);
}

/* A reliable 1xx whose send fails: the transport error ends the call
 * inside rel_row(); the rel1xx_uas instance is freed by the outermost row
 * only (it crashed before: a nested row freed it under the loop). The
 * other way to local_1xx dialog_ended. */
static void test_oa_local_1xx_txn_error(void **state)
{
    (void)state;
    txn_error_case(true);
}

static void test_oa_offer_owed_txn_error(void **state)
{
    (void)state;
    txn_error_case(false);
}

/* An offerless INVITE with 100rel: reliable 1xx without a body leave the
 * offer owed (offer_owed): a bodiless PRACK is accepted, a PRACK offer gets
 * 500 with Retry-After (RFC 3311 §5.2, RFC 3262 §5), a bodiless UPDATE's
 * 2xx may not carry a body. Our offer goes in the 2xx (local_2xx, the
 * reliable 183 is still unacknowledged and carried no body, so the 2xx
 * need not wait: RFC 3262 §3): a PRACK offer for the 183 then gets 491,
 * the bodiless PRACK is accepted, a bodiless UPDATE's 2xx may carry no
 * body. The answer in the ACK completes the exchange. */
static void test_oa_offer_owed_and_local_2xx_prack(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64];
    ct_peer_invite(&a, &d, "oa-ow-prack@192.0.2.2", REL, NULL, br, sizeof br);
    int r1 = ring(&a, &d, 1100, 180, NULL);
    assert_int_equal(fsip_msg_content_length(ct_msg(&a, r1)), 0);
    oa_is(a.call, "offer_owed");
    prack(&a, &d, 1110, r1, NULL);
    ok_nobody(&a, &d, "PRACK");
    oa_is(a.call, "offer_owed");
    int r2 = ring(&a, &d, 1120, 183, NULL);
    prack(&a, &d, 1130, r2, CT_SDP_HOLD);
    rejected(&a, &d, "PRACK", 500);
    oa_is(a.call, "offer_owed");
    peer_update_nosdp(&a, &d, a.call, 1140);
    ct_log_is(&a, "");

    ct_run(&a, 1150);
    assert_int_equal(fsip_call_accept(a.call, ST_OFF), 0);
    int ok = ct_next(&a, "SIP/2.0 200 ");
    assert_string_equal(ct_cseq_method(ct_msg(&a, ok)), "INVITE");
    assert_string_equal(ct_body(ct_msg(&a, ok)), CT_SDP_OFFER);
    ct_none(&a);
    oa_is(a.call, "local_2xx");
    prack(&a, &d, 1160, r2, CT_SDP_HOLD);
    rejected(&a, &d, "PRACK", 491);
    prack(&a, &d, 1170, r2, NULL);
    ok_nobody(&a, &d, "PRACK");
    oa_is(a.call, "local_2xx");
    peer_update_nosdp(&a, &d, a.call, 1180);
    ct_dlg_request(&a, &d, 1190, "ACK", 1, NULL, NULL, CT_SDP_ANSWER);
    ct_log_is(&a, "answered ACK\n");
    oa_is(a.call, "stable");
    ct_peer_bye(&a, &d, 1300);
    ct_node_end(&a);
}

/* A reliable 180 without a body is still unacknowledged when we answer
 * (RFC 3262 §3: the 2xx need not wait for it) and its PRACK comes late,
 * after our re-INVITE went: an offer in it crosses ours (local_invite, or
 * offer_requested for an offerless re-INVITE: 491, RFC 3311 §5.2); the
 * bodiless PRACK is accepted; a bodiless UPDATE's 2xx may not carry a
 * body. The re-INVITE then completes (its answer) or fails (488: our
 * request for an offer is withdrawn, RFC 3261 §14.1). */
static void late_prack_case(bool reinvite_sdp)
{
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64];
    ct_peer_invite(&a, &d, reinvite_sdp ? "oa-lp1@192.0.2.2" : "oa-lp2@192.0.2.2", REL,
                   CT_SDP_OFFER, br, sizeof br);
    int r = ring(&a, &d, 1100, 180, NULL);
    ct_run(&a, 1110);
    assert_int_equal(fsip_call_accept(a.call, ST_ANS), 0);
    ct_next(&a, "SIP/2.0 200 ");
    ct_none(&a);
    ct_dlg_request(&a, &d, 1120, "ACK", 1, NULL, NULL, NULL);
    ct_log_is(&a, "answered ACK\n");
    oa_is(a.call, "stable");

    ct_run(&a, 1130);
    if (reinvite_sdp)
        assert_int_equal(fsip_call_reinvite(a.call, ST_HOLD), 0);
    else
        assert_int_equal(fsip_call_reinvite(a.call, NO_BODY), 0);
    int re = ct_next(&a, "INVITE ");
    ct_none(&a);
    oa_is(a.call, reinvite_sdp ? "local_invite" : "offer_requested");
    prack(&a, &d, 1140, r, CT_SDP_HOLD);
    rejected(&a, &d, "PRACK", 491);
    prack(&a, &d, 1150, r, NULL);
    ok_nobody(&a, &d, "PRACK");
    oa_is(a.call, reinvite_sdp ? "local_invite" : "offer_requested");
    peer_update_nosdp(&a, &d, a.call, 1160);

    if (reinvite_sdp) {
        ct_reply(&a, re, 1170, 200, NULL, CONTACT, CT_SDP_ANSWER);
        int ack = ct_next(&a, "ACK ");
        assert_int_equal(fsip_msg_content_length(ct_msg(&a, ack)), 0);
        ct_log_is(&a, "reinvite_done 200\n");
    } else {
        ct_reply(&a, re, 1170, 488, NULL, NULL, NULL);
        ct_next(&a, "ACK ");
        ct_log_is(&a, "reinvite_failed 488\n");
    }
    ct_none(&a);
    oa_is(a.call, "stable");
    ct_peer_bye(&a, &d, 1300);
    ct_node_end(&a);
}

static void test_oa_late_prack_local_invite(void **state)
{
    (void)state;
    late_prack_case(true);
}

static void test_oa_late_prack_offer_requested(void **state)
{
    (void)state;
    late_prack_case(false);
}

/* RFC 3311 §5.1: an UPDATE in the early dialog after the first exchange
 * (our answer in the reliable 183, not yet PRACKed): ours (local_update)
 * or the peer's (remote_update). A PRACK offer crossing it gets 491 or 500
 * (RFC 3311 §5.2); a second reliable 1xx and the 2xx may not carry an offer
 * of ours (RFC 3261 §13.2.1): refused; the bodiless PRACK is accepted. The
 * UPDATE's 2xx completes the exchange. */
static void early_update_case(bool ours)
{
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64];
    ct_peer_invite(&a, &d, ours ? "oa-eu1@192.0.2.2" : "oa-eu2@192.0.2.2", REL, CT_SDP_OFFER, br,
                   sizeof br);
    int r = ring(&a, &d, 1100, 183, CT_SDP_ANSWER);
    oa_is(a.call, "stable");
    int u = update_offer(&a, &d, ours, 1110);
    prack(&a, &d, 1120, r, CT_SDP_OFFER);
    rejected(&a, &d, "PRACK", ours ? 491 : 500);
    ct_run(&a, 1130);
    assert_int_equal(fsip_call_ring(a.call, 180, ST_OFF), FSIP_EINVAL);
    assert_int_equal(fsip_call_accept(a.call, ST_OFF), FSIP_EINVAL);
    ct_none(&a);
    prack(&a, &d, 1140, r, NULL);
    ok_nobody(&a, &d, "PRACK");
    oa_is(a.call, ours ? "local_update" : "remote_update");
    ct_log_is(&a, "");
    if (ours) {
        ct_reply(&a, u, 1150, 200, NULL, CONTACT, CT_SDP_ANSWER);
        ct_log_is(&a, "update_done 200\n");
    } else {
        ct_run(&a, 1150);
        assert_int_equal(fsip_call_update_respond(a.call, 200, NULL, ST_ANS), 0);
        int k = ct_next(&a, "SIP/2.0 200 ");
        assert_string_equal(ct_cseq_method(ct_msg(&a, k)), "UPDATE");
        assert_string_equal(ct_body(ct_msg(&a, k)), CT_SDP_ANSWER);
    }
    ct_none(&a);
    oa_is(a.call, "stable");
    ct_run(&a, 1160);
    assert_int_equal(fsip_call_accept(a.call, NO_BODY), 0);
    ct_next(&a, "SIP/2.0 200 ");
    ct_dlg_request(&a, &d, 1170, "ACK", 1, NULL, NULL, NULL);
    ct_log_is(&a, "answered ACK\n");
    ct_peer_bye(&a, &d, 1300);
    ct_node_end(&a);
}

static void test_oa_callee_early_local_update(void **state)
{
    (void)state;
    early_update_case(true);
}

static void test_oa_callee_early_remote_update(void **state)
{
    (void)state;
    early_update_case(false);
}

/* An UPDATE offer between our 2xx and its ACK (RFC 3311 §5.1: the dialog
 * is confirmed once the 2xx went): ours (local_update) or the peer's
 * (remote_update); the ACK that follows, with or without a body, is not
 * part of that exchange (RFC 3261 §13.2.1: only the answer to an offer in
 * the 2xx rides on it) and changes nothing. */
static void update_before_ack_case(bool ours, bool ack_sdp)
{
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64], cid[64];
    snprintf(cid, sizeof cid, "oa-uba-%d%d@192.0.2.2", ours, ack_sdp);
    ct_peer_invite(&a, &d, cid, NULL, CT_SDP_OFFER, br, sizeof br);
    ct_run(&a, 1100);
    assert_int_equal(fsip_call_accept(a.call, ST_ANS), 0);
    int ok = ct_next(&a, "SIP/2.0 200 ");
    snprintf(d.ua_tag, sizeof d.ua_tag, "%s", ct_to_tag(ct_msg(&a, ok)));
    oa_is(a.call, "stable");
    int u = update_offer(&a, &d, ours, 1110);
    ct_dlg_request(&a, &d, 1120, "ACK", 1, NULL, NULL, ack_sdp ? CT_SDP_OFFER : NULL);
    ct_log_is(&a, "answered ACK\n");
    ct_none(&a);
    oa_is(a.call, ours ? "local_update" : "remote_update");
    if (ours) {
        ct_reply(&a, u, 1130, 200, NULL, CONTACT, CT_SDP_ANSWER);
        ct_log_is(&a, "update_done 200\n");
    } else {
        ct_run(&a, 1130);
        assert_int_equal(fsip_call_update_respond(a.call, 200, NULL, ST_ANS), 0);
        ct_next(&a, "SIP/2.0 200 ");
    }
    ct_none(&a);
    oa_is(a.call, "stable");
    ct_peer_bye(&a, &d, 1300);
    ct_node_end(&a);
}

static void test_oa_local_update_ack_sdp(void **state)
{
    (void)state;
    update_before_ack_case(true, true);
}

static void test_oa_local_update_ack_nosdp(void **state)
{
    (void)state;
    update_before_ack_case(true, false);
}

static void test_oa_remote_update_ack_sdp(void **state)
{
    (void)state;
    update_before_ack_case(false, true);
}

static void test_oa_remote_update_ack_nosdp(void **state)
{
    (void)state;
    update_before_ack_case(false, false);
}

/* RFC 3261 §13.2.1: the peer's INVITE offer awaits our answer (an
 * unreliable 180 went without it): a bodiless UPDATE's 2xx may not carry
 * one (RFC 3311 §5.2). */
static void test_oa_remote_invite_update_nosdp(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64];
    ct_peer_invite(&a, &d, "oa-ri-un@192.0.2.2", NULL, CT_SDP_OFFER, br, sizeof br);
    ring(&a, &d, 1100, 180, NULL);
    oa_is(a.call, "remote_invite");
    peer_update_nosdp(&a, &d, a.call, 1110);
    ct_run(&a, 1120);
    assert_int_equal(fsip_call_accept(a.call, ST_ANS), 0);
    ct_next(&a, "SIP/2.0 200 ");
    ct_dlg_request(&a, &d, 1130, "ACK", 1, NULL, NULL, NULL);
    ct_log_is(&a, "answered ACK\n");
    oa_is(a.call, "stable");
    ct_peer_bye(&a, &d, 1300);
    ct_node_end(&a);
}

/* ------------------------------------------------------------- caller */

/* Our INVITE (with an offer or without); the peer's reliable 183 with
 * `body` (RSeq 1) is PRACKed. Returns the INVITE's index. */
static int call_rel183(ct_node *a, fsip_call **c, bool offer, const char *body)
{
    ct_node_init(a, "alice", false, NULL, NULL, 1);
    *c = ct_invite(a, 1000, NULL, offer);
    int inv = ct_next(a, "INVITE ");
    ct_reply(a, inv, 1050, 183, "b1", CONTACT "Require: 100rel\nRSeq: 1\n", body);
    int pr = ct_next(a, "PRACK ");
    ct_reply(a, pr, 1060, 200, NULL, NULL, NULL);
    ct_none(a);
    ct_log_is(a, "progress 183 b1\n");
    return inv;
}

/* The peer's reliable 1xx (status, RSeq) with `body` is PRACKed. */
static void rel1xx_in(ct_node *a, int inv, uint64_t now, int status, unsigned rseq,
                      const char *body)
{
    char extra[128];
    snprintf(extra, sizeof extra, CONTACT "Require: 100rel\nRSeq: %u\n", rseq);
    ct_reply(a, inv, now, status, "b1", extra, body);
    int pr = ct_next(a, "PRACK ");
    ct_reply(a, pr, now + 5, 200, NULL, NULL, NULL);
    ct_none(a);
}

/* The caller hangs up its confirmed call. */
static void hangup(ct_node *a, fsip_call *c, uint64_t now)
{
    ct_run(a, now);
    assert_int_equal(fsip_call_hangup(c), 0);
    int bye = ct_next(a, "BYE ");
    ct_reply(a, bye, now + 10, 200, NULL, NULL, NULL);
    ct_none(a);
    ct_log_is(a, "ended local_bye 0\n");
}

/* The peer's 200 (To tag b1, Contact, `body`) to our INVITE sent[inv] at
 * `now`: ACKed, nothing else sent, the app hears ANSWERED. Returns the
 * ACK's index. */
static int answered_200(ct_node *a, int inv, uint64_t now, const char *body)
{
    ct_reply(a, inv, now, 200, "b1", CONTACT, body);
    int ack = ct_next(a, "ACK ");
    ct_none(a);
    ct_log_is(a, "answered 200\n");
    return ack;
}

/* The peer rejects our INVITE sent[inv] with 486 at `now`: ACKed, the
 * call ends. */
static void rejected_486(ct_node *a, int inv, uint64_t now)
{
    ct_reply(a, inv, now, 486, "b1", NULL, NULL);
    ct_next(a, "ACK ");
    ct_none(a);
    ct_log_is(a, "ended rejected 486\n");
}

/* RFC 3261 §13.2.1: in the early dialog, after the first exchange (the
 * answer in the reliable 183), an UPDATE offer is in progress: ours
 * (local_update) or the peer's (remote_update). Session descriptions in an
 * unreliable 180, a second reliable 183 and the 2xx are then neither its
 * answer nor an allowed offer: ignored ("MUST ignore any session
 * descriptions in subsequent responses to the initial INVITE"), and so
 * is a 2xx without one (ok_sdp false: nothing was owed in it). With the
 * peer's offer pending, our UPDATE offer is refused. The UPDATE's 2xx
 * completes the exchange. */
static void caller_update_responses_case(bool ours, bool ok_sdp)
{
    ct_node a;
    fsip_call *c;
    int inv = call_rel183(&a, &c, true, CT_SDP_ANSWER);
    oa_is(c, "stable");
    int u = -1;
    ct_dlg d;
    ct_dlg_from_invite(&d, &a, inv, "b1");
    if (ours) {
        ct_run(&a, 1070);
        assert_int_equal(fsip_call_update(c, ST_HOLD), 0);
        u = ct_next(&a, "UPDATE ");
        ct_none(&a);
        oa_is(c, "local_update");
    } else {
        ct_dlg_request(&a, &d, 1070, "UPDATE", 0, NULL, NULL, CT_SDP_HOLD);
        ct_none(&a);
        ct_log_is(&a, "update UPDATE\n");
        oa_is(c, "remote_update");
        ct_run(&a, 1075);
        assert_int_equal(fsip_call_update(c, ST_OFF), FSIP_EINVAL);
        ct_none(&a);
    }
    const char *st = ours ? "local_update" : "remote_update";
    ct_reply(&a, inv, 1080, 180, "b1", CONTACT, CT_SDP_OFFER);
    ct_none(&a);
    ct_log_is(&a, "progress 180 b1\n");
    oa_is(c, st);
    a.prack_offer = CT_SDP_HOLD; /* refused: an offer is unanswered (RFC 3261 §13.2.1) */
    rel1xx_in(&a, inv, 1090, 183, 2, CT_SDP_OFFER);
    assert_int_equal(a.prack_offer_rc, FSIP_EINVAL);
    ct_log_is(&a, "progress 183 b1\n");
    oa_is(c, st);
    int ack = answered_200(&a, inv, 1100, ok_sdp ? CT_SDP_OFFER : NULL);
    assert_int_equal(fsip_msg_content_length(ct_msg(&a, ack)), 0);
    oa_is(c, st);
    if (ours) {
        ct_reply(&a, u, 1110, 200, NULL, CONTACT, CT_SDP_ANSWER);
        ct_log_is(&a, "update_done 200\n");
    } else {
        ct_run(&a, 1110);
        assert_int_equal(fsip_call_update_respond(c, 200, NULL, ST_ANS), 0);
        int k = ct_next(&a, "SIP/2.0 200 ");
        assert_string_equal(ct_body(ct_msg(&a, k)), CT_SDP_ANSWER);
    }
    ct_none(&a);
    oa_is(c, "stable");
    hangup(&a, c, 2000);
    ct_node_end(&a);
}

static void test_oa_caller_local_update_responses(void **state)
{
    (void)state;
    caller_update_responses_case(true, true);
}

static void test_oa_caller_remote_update_responses(void **state)
{
    (void)state;
    caller_update_responses_case(false, true);
}

static void test_oa_caller_local_update_2xx_nosdp(void **state)
{
    (void)state;
    caller_update_responses_case(true, false);
}

static void test_oa_caller_remote_update_2xx_nosdp(void **state)
{
    (void)state;
    caller_update_responses_case(false, false);
}

/* RFC 3311 §5.2: the peer's bodiless UPDATE in our early dialog while our
 * INVITE's offer (local_invite) or its request for one (offer_requested)
 * is unanswered: its 2xx may not carry a body. The 2xx to the INVITE then
 * completes the exchange. */
static void caller_early_update_nosdp_case(bool offer)
{
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    if (!offer) a.late_ack_body = CT_SDP_ANSWER;
    fsip_call *c = ct_invite(&a, 1000, NULL, offer);
    int inv = ct_next(&a, "INVITE ");
    ct_reply(&a, inv, 1050, 180, "b1", CONTACT, NULL);
    ct_log_is(&a, "progress 180 b1\n");
    oa_is(c, offer ? "local_invite" : "offer_requested");
    ct_dlg d;
    ct_dlg_from_invite(&d, &a, inv, "b1");
    peer_update_nosdp(&a, &d, c, 1060);
    int ack = answered_200(&a, inv, 1100, offer ? CT_SDP_ANSWER : CT_SDP_OFFER);
    if (!offer) assert_string_equal(ct_body(ct_msg(&a, ack)), CT_SDP_ANSWER);
    oa_is(c, "stable");
    hangup(&a, c, 2000);
    ct_node_end(&a);
}

static void test_oa_local_invite_update_nosdp(void **state)
{
    (void)state;
    caller_early_update_nosdp_case(true);
}

static void test_oa_offer_requested_update_nosdp(void **state)
{
    (void)state;
    caller_early_update_nosdp_case(false);
}

/* RFC 3262 §5: our INVITE had no offer; it came in the reliable 183 and
 * the app has not answered it (remote_1xx): a session description in the
 * next reliable 1xx is not an offer (ignored), a bodiless UPDATE's 2xx may
 * not carry one, and the session description in the 2xx is ignored too
 * (RFC 3261 §13.2.1). The call is confirmed with the offer still
 * unanswered: our re-INVITE, with or without an offer, is refused (RFC
 * 3261 §14.1), the peer's gets 500 with Retry-After (RFC 3261 §14.2); the
 * peer's BYE ends it. */
static void test_oa_remote_1xx_unanswered(void **state)
{
    (void)state;
    ct_node a;
    fsip_call *c;
    int inv = call_rel183(&a, &c, false, CT_SDP_OFFER);
    oa_is(c, "remote_1xx");
    rel1xx_in(&a, inv, 1070, 180, 2, CT_SDP_OFFER);
    ct_log_is(&a, "progress 180 b1\n");
    oa_is(c, "remote_1xx");
    ct_dlg d;
    ct_dlg_from_invite(&d, &a, inv, "b1");
    peer_update_nosdp(&a, &d, c, 1080);
    answered_200(&a, inv, 1100, CT_SDP_OFFER);
    oa_is(c, "remote_1xx");
    ct_run(&a, 1200);
    assert_int_equal(fsip_call_reinvite(c, ST_HOLD), FSIP_EINVAL);
    assert_int_equal(fsip_call_reinvite(c, NO_BODY), FSIP_EINVAL);
    ct_none(&a);
    peer_reinvites_500(&a, &d, c, 1210, CT_SDP_HOLD, "remote_1xx");
    ct_peer_bye(&a, &d, 1300);
    ct_node_end(&a);
}

/* RFC 3261 §13.2.2.4: the INVITE fails while the offer of the reliable 183
 * awaits our answer (remote_1xx invite_failed early -> closed). */
static void test_oa_remote_1xx_rejected(void **state)
{
    (void)state;
    ct_node a;
    fsip_call *c;
    int inv = call_rel183(&a, &c, false, CT_SDP_OFFER);
    oa_is(c, "remote_1xx");
    rejected_486(&a, inv, 1100);
    ct_node_end(&a);
}

/* ------------------------------------------------- caller: PRACK offer */

/* Our INVITE with an offer; the peer's reliable 183 (RSeq 1, To tag b1)
 * carries the answer, and inside its PROGRESS event the app gives a new
 * offer (CT_SDP_HOLD) for the PRACK (RFC 3262 §5: stable tx_prack ->
 * local_prack). Returns that PRACK's index; *inv the INVITE's. */
static int prack_offer_out(ct_node *a, fsip_call **c, int *inv)
{
    ct_node_init(a, "alice", false, NULL, NULL, 1);
    *c = ct_invite(a, 1000, NULL, true);
    *inv = ct_next(a, "INVITE ");
    a->prack_offer = CT_SDP_HOLD;
    a->prack_offer_update = true; /* refused: the PRACK offer is out (local_prack tx_update) */
    ct_reply(a, *inv, 1050, 183, "b1", CONTACT REL "RSeq: 1\n", CT_SDP_ANSWER);
    assert_int_equal(a->prack_offer_rc, 0);
    assert_int_equal(a->prack_offer_update_rc, FSIP_EINVAL);
    int pr = ct_next(a, "PRACK ");
    ct_none(a);
    assert_string_equal(ct_body(ct_msg(a, pr)), CT_SDP_HOLD);
    assert_non_null(ct_h(ct_msg(a, pr), "RAck"));
    ct_log_is(a, "progress 183 b1\n");
    oa_is(*c, "local_prack");
    return pr;
}

/* The peer's reliable 180 (RSeq) with a body while our PRACK offer is
 * unanswered: the body is neither its answer nor an offer we may take
 * (ignored, RFC 3261 §13.2.1), and a second PRACK offer is refused
 * (RFC 3261 §13.2.1: no new offer before the answer): its PRACK goes
 * without a body and gets 200. */
static void rel1xx_refuses_prack_offer(ct_node *a, fsip_call *c, int inv, uint64_t now,
                                       unsigned rseq, const char *st)
{
    char extra[128];
    snprintf(extra, sizeof extra, CONTACT REL "RSeq: %u\n", rseq);
    a->prack_offer = CT_SDP_OFFER;
    ct_reply(a, inv, now, 180, "b1", extra, CT_SDP_OFFER);
    assert_int_equal(a->prack_offer_rc, FSIP_EINVAL);
    int pr = ct_next(a, "PRACK ");
    ct_none(a);
    assert_int_equal(fsip_msg_content_length(ct_msg(a, pr)), 0);
    ct_log_is(a, "progress 180 b1\n");
    oa_is(c, st);
    ct_reply(a, pr, now + 5, 200, NULL, NULL, NULL);
    ct_none(a);
    ct_log_is(a, "");
    oa_is(c, st);
}

/* RFC 3262 §5: our offer in the PRACK of the reliable 183 is unanswered
 * (local_prack). Meanwhile our UPDATE offer is refused (RFC 3261
 * §13.2.1), the peer's UPDATE offer gets 491 (RFC 3311 §5.2), its bodiless
 * UPDATE a bodiless 200 (a body in that 2xx refused), the next reliable
 * 1xx's body is ignored and its PRACK takes no second offer, an unreliable
 * 1xx's body is ignored. The PRACK's 2xx brings the answer: the app hears
 * UPDATE_DONE (local_prack rx_prack_2xx -> stable); the INVITE's 2xx
 * then changes nothing (stable rx_2xx ignore). */
static void test_oa_local_prack_answered(void **state)
{
    (void)state;
    ct_node a;
    fsip_call *c;
    int inv;
    int pr = prack_offer_out(&a, &c, &inv);
    ct_run(&a, 1060);
    assert_int_equal(fsip_call_update(c, ST_OFF), FSIP_EINVAL);
    ct_none(&a);
    ct_dlg d;
    ct_dlg_from_invite(&d, &a, inv, "b1");
    ct_dlg_request(&a, &d, 1070, "UPDATE", 0, NULL, CONTACT, CT_SDP_OFFER);
    rejected(&a, &d, "UPDATE", 491);
    ct_log_is(&a, "");
    oa_is(c, "local_prack");
    peer_update_nosdp(&a, &d, c, 1075);
    rel1xx_refuses_prack_offer(&a, c, inv, 1080, 2, "local_prack");
    ct_reply(&a, inv, 1090, 180, "b1", CONTACT, CT_SDP_OFFER);
    ct_none(&a);
    ct_log_is(&a, "progress 180 b1\n");
    oa_is(c, "local_prack");
    ct_reply(&a, pr, 1100, 200, NULL, NULL, CT_SDP_ANSWER);
    ct_none(&a);
    ct_log_is(&a, "update_done 200\n");
    oa_is(c, "stable");
    int ack = answered_200(&a, inv, 1200, CT_SDP_ANSWER);
    assert_int_equal(fsip_msg_content_length(ct_msg(&a, ack)), 0);
    oa_is(c, "stable");
    hangup(&a, c, 2000);
    ct_node_end(&a);
}

/* RFC 3262 §5, RFC 6337 §2.2: our PRACK offer fails and the session is as
 * before (local_prack prack_failed -> stable, UPDATE_FAILED): a rejection
 * (488), a 2xx without the answer it owes, no response at all (the
 * transaction times out), or 481. A rejected PRACK acknowledged nothing
 * (RFC 3262 §4; a UAS holds the 1xx after 491 or 500): a PRACK without
 * the offer goes with the same RAck (rel1xx_uac open prack_rejected ->
 * send_prack), except after 481 (no such 1xx) and after the 2xx. A new
 * exchange can start after it: our UPDATE goes. */
static void prack_offer_fails_case(int how)
{
    ct_node a;
    fsip_call *c;
    int inv;
    int pr = prack_offer_out(&a, &c, &inv);
    uint64_t t = 1100;
    if (how == 0 || how == 3) {
        ct_reply(&a, pr, t, how ? 481 : 488, NULL, NULL, NULL);
        ct_log_is(&a, how ? "update_failed 481\n" : "update_failed 488\n");
        if (!how) {
            int pr2 = ct_next(&a, "PRACK ");
            const fsip_msg *m = ct_msg(&a, pr2);
            assert_int_equal(fsip_msg_content_length(m), 0);
            assert_string_equal(ct_h(m, "RAck"), ct_h(ct_msg(&a, pr), "RAck"));
            assert_int_equal(ct_cseq(m), ct_cseq(ct_msg(&a, pr)) + 1);
            ct_reply(&a, pr2, t + 10, 200, NULL, NULL, NULL);
            ct_log_is(&a, "");
        }
    } else if (how == 1) {
        ct_reply(&a, pr, t, 200, NULL, NULL, NULL);
        ct_log_is(&a, "update_failed 200\n");
    } else {
        /* RFC 3261 §17.1.2.2: retransmitted until Timer F (64*T1). */
        t = 1050 + 64 * 500;
        while (ct_run_until_send(&a, t))
            ct_next(&a, "PRACK ");
        ct_run(&a, t + 1);
        ct_log_is(&a, "update_failed -\n");
    }
    ct_none(&a);
    oa_is(c, "stable");
    ct_run(&a, t + 100);
    assert_int_equal(fsip_call_update(c, ST_OFF), 0);
    int u = ct_next(&a, "UPDATE ");
    oa_is(c, "local_update");
    ct_reply(&a, u, t + 110, 200, NULL, NULL, CT_SDP_ANSWER);
    ct_none(&a);
    ct_log_is(&a, "update_done 200\n");
    oa_is(c, "stable");
    answered_200(&a, inv, t + 200, CT_SDP_ANSWER);
    hangup(&a, c, t + 1000);
    ct_node_end(&a);
}

static void test_oa_local_prack_rejected(void **state)
{
    (void)state;
    prack_offer_fails_case(0);
}

static void test_oa_local_prack_2xx_without_answer(void **state)
{
    (void)state;
    prack_offer_fails_case(1);
}

static void test_oa_local_prack_timeout(void **state)
{
    (void)state;
    prack_offer_fails_case(2);
}

static void test_oa_local_prack_481(void **state)
{
    (void)state;
    prack_offer_fails_case(3);
}

/* The PRACK with our offer cannot go (the transport refuses it): the offer
 * is over at once (prack_failed, UPDATE_FAILED), the session unchanged. */
static void test_oa_local_prack_send_fails(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    fsip_call *c = ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    a.prack_offer = CT_SDP_HOLD;
    a.fail_sends = 1;
    ct_reply(&a, inv, 1050, 183, "b1", CONTACT REL "RSeq: 1\n", CT_SDP_ANSWER);
    assert_int_equal(a.prack_offer_rc, 0);
    ct_run(&a, 1100);
    ct_log_is(&a, "progress 183 b1\nupdate_failed -\n");
    oa_is(c, "stable");
    rejected_486(&a, inv, 1200);
    ct_node_end(&a);
}

/* RFC 3261 §13.2.2.4: our PRACK offer is out in the early dialog b1 when
 * the 2xx comes from b2: b1 is gone with it (dialog_ended -> closed) and
 * the offer is over unanswered (UPDATE_FAILED before ANSWERED); the
 * PRACK's late 2xx from b1 changes nothing. */
static void test_oa_local_prack_other_fork_answers(void **state)
{
    (void)state;
    ct_node a;
    fsip_call *c;
    int inv;
    int pr = prack_offer_out(&a, &c, &inv);
    ct_reply(&a, inv, 1100, 200, "b2", CONTACT, CT_SDP_ANSWER);
    ct_next(&a, "ACK ");
    ct_none(&a);
    ct_log_is(&a, "update_failed -\nanswered 200\n");
    oa_is(c, "stable");
    ct_reply(&a, pr, 1200, 200, NULL, NULL, CT_SDP_ANSWER);
    ct_none(&a);
    ct_log_is(&a, "");
    oa_is(c, "stable");
    hangup(&a, c, 2000);
    ct_node_end(&a);
}

/* RFC 3262 §5: the INVITE's 2xx comes before the PRACK's (with the same
 * answer again, or none: nothing is owed in it; local_prack rx_2xx /
 * rx_2xx_nosdp ignore). The dialog is confirmed with our PRACK offer
 * unanswered: our re-INVITE, with an offer or without, is refused (RFC
 * 3261 §14.1), the peer's gets 491 (RFC 3261 §14.2). Then either the
 * PRACK's 2xx answers it, or (hang_up) we hang up first and the PRACK's
 * 2xx after the BYE finds the dialog closed (dialog_ended -> closed):
 * nothing reaches the app, or (reject) the PRACK gets 491. */
static void prack_offer_outlives_invite_case(bool ok_sdp, bool hang_up, bool reject)
{
    ct_node a;
    fsip_call *c;
    int inv;
    int pr = prack_offer_out(&a, &c, &inv);
    int ack = answered_200(&a, inv, 1100, ok_sdp ? CT_SDP_ANSWER : NULL);
    assert_int_equal(fsip_msg_content_length(ct_msg(&a, ack)), 0);
    oa_is(c, "local_prack");
    ct_run(&a, 1200);
    assert_int_equal(fsip_call_reinvite(c, ST_OFF), FSIP_EINVAL);
    assert_int_equal(fsip_call_reinvite(c, NO_BODY), FSIP_EINVAL);
    ct_none(&a);
    ct_dlg d;
    ct_dlg_from_invite(&d, &a, inv, "b1");
    for (int sdp = 1; sdp >= 0; sdp--) {
        ct_dlg_request(&a, &d, 1250 - 20 * (uint64_t)sdp, "INVITE", 0, NULL, CONTACT,
                       sdp ? CT_SDP_OFFER : NULL);
        if (ct_pending(&a, "SIP/2.0 100 ")) ct_next(&a, "SIP/2.0 100 ");
        rejected(&a, &d, "INVITE", 491);
        ct_dlg_request(&a, &d, 1255 - 20 * (uint64_t)sdp, "ACK", d.cseq, d.branch, NULL, NULL);
        ct_none(&a);
        ct_log_is(&a, "");
        oa_is(c, "local_prack");
    }
    if (reject) {
        /* After the INVITE's final response no 1xx waits for a PRACK: the
         * rejected one is not sent again (rel1xx_uac done). */
        ct_reply(&a, pr, 1300, 491, NULL, NULL, NULL);
        ct_none(&a);
        ct_log_is(&a, "update_failed 491\n");
        oa_is(c, "stable");
        hangup(&a, c, 2000);
        ct_node_end(&a);
        return;
    }
    if (hang_up) {
        hangup(&a, c, 1300);
        ct_reply(&a, pr, 1400, 200, NULL, NULL, CT_SDP_ANSWER);
        ct_none(&a);
        ct_log_is(&a, "");
        ct_node_end(&a);
        return;
    }
    ct_reply(&a, pr, 1300, 200, NULL, NULL, CT_SDP_ANSWER);
    ct_none(&a);
    ct_log_is(&a, "update_done 200\n");
    oa_is(c, "stable");
    hangup(&a, c, 2000);
    ct_node_end(&a);
}

static void test_oa_local_prack_after_2xx(void **state)
{
    (void)state;
    prack_offer_outlives_invite_case(true, false, false);
}

static void test_oa_local_prack_after_2xx_nosdp(void **state)
{
    (void)state;
    prack_offer_outlives_invite_case(false, false, false);
}

static void test_oa_local_prack_hangup(void **state)
{
    (void)state;
    prack_offer_outlives_invite_case(true, true, false);
}

static void test_oa_local_prack_rejected_after_2xx(void **state)
{
    (void)state;
    prack_offer_outlives_invite_case(true, false, true);
}

/* RFC 3261 §13.2.2.4: the INVITE fails while our PRACK offer is unanswered
 * (local_prack invite_failed early -> closed); the PRACK's late 2xx
 * reaches no one. */
static void test_oa_local_prack_invite_rejected(void **state)
{
    (void)state;
    ct_node a;
    fsip_call *c;
    int inv;
    int pr = prack_offer_out(&a, &c, &inv);
    rejected_486(&a, inv, 1100);
    ct_reply(&a, pr, 1200, 200, NULL, NULL, CT_SDP_ANSWER);
    ct_none(&a);
    ct_log_is(&a, "");
    ct_node_end(&a);
}

/* RFC 3262 §5: an offer in the PRACK only once the early dialog's first
 * exchange is complete. Our INVITE's offer unanswered by the reliable 183
 * (local_invite), or our offerless INVITE without an offer in it
 * (offer_requested): fsip_call_prack_offer() is refused and the PRACK goes
 * without a body. An offer in the 183 (remote_1xx) takes an answer, not an
 * offer: refused before offer_answer is asked. Outside a PROGRESS event
 * it is refused too. */
static void prack_offer_too_early_case(bool offer, const char *body, const char *st)
{
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    fsip_call *c = ct_invite(&a, 1000, NULL, offer);
    int inv = ct_next(&a, "INVITE ");
    ct_run(&a, 1010);
    assert_int_equal(fsip_call_prack_offer(c, ST_HOLD), FSIP_EINVAL);
    a.prack_offer = CT_SDP_HOLD;
    ct_reply(&a, inv, 1050, 183, "b1", CONTACT REL "RSeq: 1\n", body);
    assert_int_equal(a.prack_offer_rc, FSIP_EINVAL);
    int pr = ct_next(&a, "PRACK ");
    ct_none(&a);
    assert_int_equal(fsip_msg_content_length(ct_msg(&a, pr)), 0);
    ct_log_is(&a, "progress 183 b1\n");
    oa_is(c, st);
    ct_reply(&a, pr, 1060, 200, NULL, NULL, NULL);
    ct_run(&a, 1070);
    assert_int_equal(fsip_call_prack_offer(c, ST_HOLD), FSIP_EINVAL);
    rejected_486(&a, inv, 1100);
    ct_node_end(&a);
}

static void test_oa_prack_offer_in_local_invite(void **state)
{
    (void)state;
    prack_offer_too_early_case(true, NULL, "local_invite");
}

static void test_oa_prack_offer_in_offer_requested(void **state)
{
    (void)state;
    prack_offer_too_early_case(false, NULL, "offer_requested");
}

static void test_oa_prack_offer_in_remote_1xx(void **state)
{
    (void)state;
    prack_offer_too_early_case(false, CT_SDP_OFFER, "remote_1xx");
}

/* RFC 3262 §5: the answer came in an unreliable 183 (local_invite rx_1xx
 * -> stable: the first description is the answer, RFC 3261 §13.2.1), but
 * no reliable 1xx has carried one, so the peer may hold the first exchange
 * open (RFC 6337 §2.1): the PRACK of a bodiless reliable 180 takes no
 * offer. Once a reliable 1xx carried the answer, the next PRACK may. */
static void test_oa_prack_offer_after_unreliable_answer(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    fsip_call *c = ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    ct_reply(&a, inv, 1020, 183, "b1", CONTACT, CT_SDP_ANSWER);
    ct_log_is(&a, "progress 183 b1\n");
    oa_is(c, "stable");
    a.prack_offer = CT_SDP_HOLD;
    ct_reply(&a, inv, 1050, 180, "b1", CONTACT REL "RSeq: 1\n", NULL);
    assert_int_equal(a.prack_offer_rc, FSIP_EINVAL);
    int pr = ct_next(&a, "PRACK ");
    assert_int_equal(fsip_msg_content_length(ct_msg(&a, pr)), 0);
    ct_reply(&a, pr, 1060, 200, NULL, NULL, NULL);
    ct_none(&a);
    ct_log_is(&a, "progress 180 b1\n");
    a.prack_offer = CT_SDP_HOLD;
    ct_reply(&a, inv, 1070, 183, "b1", CONTACT REL "RSeq: 2\n", CT_SDP_ANSWER);
    assert_int_equal(a.prack_offer_rc, 0);
    pr = ct_next(&a, "PRACK ");
    assert_string_equal(ct_body(ct_msg(&a, pr)), CT_SDP_HOLD);
    oa_is(c, "local_prack");
    ct_reply(&a, pr, 1080, 200, NULL, NULL, CT_SDP_ANSWER);
    ct_none(&a);
    ct_log_is(&a, "progress 183 b1\nupdate_done 200\n");
    rejected_486(&a, inv, 1100);
    ct_node_end(&a);
}

/* RFC 3311 §5.2: our UPDATE offer in a confirmed dialog is unanswered
 * (local_update): the peer's crossing UPDATE offer gets 491; its bodiless
 * UPDATE's 2xx may not carry a body. Our UPDATE's 2xx completes it. */
static void test_oa_local_update_glare(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    fsip_call *c = ct_caller_up(&a, &d);
    ct_run(&a, 2000);
    assert_int_equal(fsip_call_update(c, ST_HOLD), 0);
    int u = ct_next(&a, "UPDATE ");
    ct_none(&a);
    oa_is(c, "local_update");
    ct_dlg_request(&a, &d, 2010, "UPDATE", 0, NULL, NULL, CT_SDP_OFFER);
    rejected(&a, &d, "UPDATE", 491);
    ct_log_is(&a, "");
    oa_is(c, "local_update");
    peer_update_nosdp(&a, &d, c, 2020);
    ct_reply(&a, u, 2030, 200, NULL, CONTACT, CT_SDP_ANSWER);
    ct_log_is(&a, "update_done 200\n");
    oa_is(c, "stable");
    hangup(&a, c, 3000);
    ct_node_end(&a);
}

/* RFC 3261 §13.2.1: the 2xx to our INVITE lacks the session description
 * it owes (the answer to our offer: local_invite; an offer:
 * offer_requested): it is ACKed, then the call is hung up (the session
 * cannot go on), as for an ACK without the answer. */
static void caller_2xx_nosdp_case(bool offer)
{
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    fsip_call *c = ct_invite(&a, 1000, NULL, offer);
    int inv = ct_next(&a, "INVITE ");
    ct_reply(&a, inv, 1100, 200, "b1", CONTACT, NULL);
    int ack = ct_next(&a, "ACK ");
    assert_int_equal(fsip_msg_content_length(ct_msg(&a, ack)), 0);
    int bye = ct_next(&a, "BYE ");
    ct_none(&a);
    assert_int_equal(fsip_ua_stats_get(a.ua)->oa_errors, 1);
    ct_reply(&a, bye, 1200, 200, NULL, NULL, NULL);
    (void)c;
    ct_node_end(&a);
}

static void test_oa_caller_2xx_without_answer(void **state)
{
    (void)state;
    caller_2xx_nosdp_case(true);
}

static void test_oa_caller_2xx_without_offer(void **state)
{
    (void)state;
    caller_2xx_nosdp_case(false);
}

/* ------------------------------------------------ former runtime defects
 *
 * Each case below asserts what RFC 3261 / 3262 / 3311 and the spec require
 * where the runtime once did something else (call_rel.c, call.c,
 * call_update.c). */

/* The answer the app gives with fsip_call_set_answer() goes with the next
 * PRACK or ACK of the call, whatever its dialog and state: two early
 * dialogs (b1, b2) each offer in a reliable 183 (remote_1xx on both), the
 * app answers once (the state it is checked against is b2's, the latest),
 * then b1's next reliable 1xx is PRACKed with that answer: b1 gets b2's
 * answer (tx_prack on b1). RFC 3262 §5 / RFC 3261 §13.2.1: an answer is
 * for the offer of its own dialog. (fsip__take_answer also ignores a
 * refusing row: the body goes anyway, e.g. an ACK in remote_1xx.) */
static void test_oa_answer_to_its_own_fork(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    fsip_call *c = ct_invite(&a, 1000, NULL, false);
    int inv = ct_next(&a, "INVITE ");
    const char *tags[2] = {"b1", "b2"};
    for (int i = 0; i < 2; i++) {
        ct_reply(&a, inv, 1050 + 10 * (uint64_t)i, 183, tags[i],
                 CONTACT "Require: 100rel\nRSeq: 1\n", CT_SDP_OFFER);
        int pr = ct_next(&a, "PRACK ");
        assert_int_equal(fsip_msg_content_length(ct_msg(&a, pr)), 0);
        ct_reply(&a, pr, 1055 + 10 * (uint64_t)i, 200, NULL, NULL, NULL);
    }
    oa_is(c, "remote_1xx");
    ct_run(&a, 1080);
    assert_int_equal(fsip_call_set_answer(c, ST_ANS), 0);
    ct_reply(&a, inv, 1090, 180, "b1", CONTACT "Require: 100rel\nRSeq: 2\n", NULL);
    int pr = ct_next(&a, "PRACK ");
    assert_string_equal(ct_to_tag(ct_msg(&a, pr)), "b1");
    /* b1's PRACK does not carry the answer given for b2. */
    assert_int_equal(fsip_msg_content_length(ct_msg(&a, pr)), 0);
    ct_reply(&a, pr, 1095, 200, NULL, NULL, NULL);
    /* b2's next reliable 1xx: its PRACK carries it (remote_1xx tx_prack). */
    ct_reply(&a, inv, 1100, 180, "b2", CONTACT "Require: 100rel\nRSeq: 2\n", NULL);
    pr = ct_next(&a, "PRACK ");
    assert_string_equal(ct_to_tag(ct_msg(&a, pr)), "b2");
    assert_string_equal(ct_body(ct_msg(&a, pr)), CT_SDP_ANSWER);
    oa_is(c, "stable");
    ct_reply(&a, pr, 1105, 200, NULL, NULL, NULL);
    ct_none(&a);
    assert_int_equal(fsip_ua_stats_get(a.ua)->spec_errors, 0);
    ct_node_free(&a);
}

/* The answer given for an offer in a reliable 183 after its PRACK went
 * without one (remote_1xx), then the 2xx of that dialog: the ACK may not
 * carry it (remote_1xx tx_ack -> refuse, RFC 3262 §5: the answer belonged
 * in the PRACK); it goes without a body and the answer is forgotten. */
static void test_oa_answer_refused_in_ack(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    fsip_call *c = ct_invite(&a, 1000, NULL, false);
    int inv = ct_next(&a, "INVITE ");
    ct_reply(&a, inv, 1050, 183, "b1", CONTACT "Require: 100rel\nRSeq: 1\n", CT_SDP_OFFER);
    int pr = ct_next(&a, "PRACK ");
    assert_int_equal(fsip_msg_content_length(ct_msg(&a, pr)), 0);
    ct_reply(&a, pr, 1055, 200, NULL, NULL, NULL);
    oa_is(c, "remote_1xx");
    ct_run(&a, 1080);
    assert_int_equal(fsip_call_set_answer(c, ST_ANS), 0);
    ct_reply(&a, inv, 1100, 200, "b1", CONTACT, NULL);
    int ack = ct_next(&a, "ACK ");
    assert_int_equal(fsip_msg_content_length(ct_msg(&a, ack)), 0);
    oa_is(c, "remote_1xx");
    assert_int_equal(fsip_ua_stats_get(a.ua)->spec_errors, 0);
    ct_node_free(&a);
}

/* Our early UPDATE goes in the dialog of the latest 1xx (b1, stable after
 * the answer in its reliable 183: local_update); another early dialog (b2)
 * then sends a 180, and the UPDATE's 2xx is fed to b2's offer/answer
 * state (call_update.c: upd_dlg() is asked again at the response) instead
 * of b1's, which stays local_update: a next UPDATE offer in b1 is refused.
 * RFC 3311 §5.3: the 2xx completes the exchange of the dialog the UPDATE
 * went in. */
static void test_oa_update_answer_to_its_dialog(void **state)
{
    (void)state;
    ct_node a;
    fsip_call *c;
    int inv = call_rel183(&a, &c, true, CT_SDP_ANSWER);
    oa_is(c, "stable");
    ct_run(&a, 1070);
    assert_int_equal(fsip_call_update(c, ST_HOLD), 0);
    int u = ct_next(&a, "UPDATE ");
    assert_string_equal(ct_to_tag(ct_msg(&a, u)), "b1");
    ct_reply(&a, inv, 1080, 180, "b2", CONTACT, NULL);
    ct_log_is(&a, "progress 180 b2\n");
    ct_reply(&a, u, 1090, 200, NULL, CONTACT, CT_SDP_ANSWER);
    ct_log_is(&a, "update_done 200\n");
    ct_reply(&a, inv, 1100, 180, "b1", CONTACT, NULL); /* b1 is the latest again */
    ct_log_is(&a, "progress 180 b1\n");
    /* The 2xx completed b1's exchange, where the UPDATE went. */
    oa_is(c, "stable");
    ct_node_free(&a);
}

/* The session refresh (RFC 4028 §10) is a re-INVITE with our last session
 * description even while our UPDATE offer is unanswered (local_update):
 * send_reinvite(c, true) feeds tx_invite, ignores the refusal and sends.
 * RFC 3261 §13.2.1 / RFC 3311 §5.1: no new offer before the answer; the
 * refresh has to wait (or go as a bodiless UPDATE). */
static void test_oa_refresh_waits_for_update(void **state)
{
    (void)state;
    ct_node a;
    fsip_ua_config cfg;
    ct_ua_config(&cfg, false);
    cfg.session_expires_s = 90;
    ct_node_init(&a, "alice", false, &cfg, NULL, 1);
    fsip_call *c = ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    ct_reply(&a, inv, 1100, 200, "b1",
             CONTACT "Session-Expires: 90;refresher=uac\nRequire: timer\n", CT_SDP_ANSWER);
    ct_next(&a, "ACK ");
    ct_log_is(&a, "answered 200\n");
    ct_run(&a, 40000);
    assert_int_equal(fsip_call_update(c, ST_HOLD), 0);
    ct_next(&a, "UPDATE ");
    oa_is(c, "local_update");
    ct_run(&a, 46200); /* the refresh is due at 46100 */
    /* No refresh re-INVITE with an offer (inv_uac confirmed timer_refresh
     * refresher offer_blocked): it waits T2 at a time. */
    ct_skip(&a, "UPDATE ");
    assert_int_equal(ct_pending(&a, "INVITE "), 0);
    assert_string_equal(fsip_call_machine_state(c), "confirmed");
    assert_int_equal(fsip_ua_stats_get(a.ua)->spec_errors, 0);
    ct_node_free(&a);
}

/* An early dialog's pending UPDATE outlives it: b2 answered our offer in an
 * unreliable 180 (stable) and sent an UPDATE offer the app holds
 * (remote_update); b1's 2xx confirms the call and drops b2. Our UPDATE
 * offer then goes in b1's dialog (local_update); when b2's UPDATE gets its
 * 504 (RFC 3311 §5.2, not answered in time), the runtime feeds its failure
 * to b1's dialog (fsip__dlg_of() returns the confirmed dialog for any tag)
 * and rolls back our offer there (local_update update_failed -> stable). */
static void test_oa_early_update_outcome_stays_in_its_dialog(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    fsip_call *c = ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    ct_reply(&a, inv, 1050, 180, "b2", CONTACT, CT_SDP_ANSWER);
    ct_log_is(&a, "progress 180 b2\n");
    ct_dlg d2;
    ct_dlg_from_invite(&d2, &a, inv, "b2");
    ct_dlg_request(&a, &d2, 1060, "UPDATE", 0, NULL, NULL, CT_SDP_HOLD);
    ct_log_is(&a, "update UPDATE\n");
    oa_is(c, "remote_update");
    ct_reply(&a, inv, 1100, 200, "b1", CONTACT, CT_SDP_ANSWER);
    ct_next(&a, "ACK ");
    ct_log_is(&a, "answered 200\n");
    oa_is(c, "stable");
    ct_run(&a, 1200);
    assert_int_equal(fsip_call_update(c, ST_OFF), 0);
    int u = ct_next(&a, "UPDATE ");
    assert_string_equal(ct_to_tag(ct_msg(&a, u)), "b1");
    oa_is(c, "local_update");
    ct_run(&a, 6000); /* b2's UPDATE: 504 at 1060 + 4 s */
    assert_true(ct_count_sent(&a, "SIP/2.0 504 ") == 1);
    /* b2's failure leaves our offer to b1 alone. */
    oa_is(c, "local_update");
    ct_node_free(&a);
}

/* fsip_call_accept() without a body while the peer's INVITE offer is
 * unanswered (remote_invite, no reliable 1xx carried the answer) sends a
 * 2xx without the answer RFC 3261 §13.2.1 requires; it should be refused
 * as it is for an offerless INVITE (offer_owed). */
static void test_bug_accept_without_answer(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64];
    ct_peer_invite(&a, &d, "oa-bug-acc@192.0.2.2", NULL, CT_SDP_OFFER, br, sizeof br);
    ct_run(&a, 1100);
    /* RFC 3261 §13.2.1: the 2xx must carry the answer. */
    assert_int_equal(fsip_call_accept(a.call, NO_BODY), FSIP_EINVAL);
    ct_none(&a);
    ct_node_free(&a);
}

/* Our UPDATE offer got 491 (RFC 3311 §5.3: retry after the glare timer);
 * meanwhile the peer's re-INVITE offer arrived and awaits our answer
 * (remote_invite). The retry (update machine wait -> send_update) sends
 * the offer again without heeding the refusal of tx_update: an UPDATE
 * offer while we owe an answer (RFC 3311 §5.1, RFC 3261 §13.2.1). */
static void test_oa_update_retry_refused(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    char br[64];
    ct_peer_invite(&a, &d, "oa-bug-retry@192.0.2.2", NULL, CT_SDP_OFFER, br, sizeof br);
    ct_run(&a, 1100);
    assert_int_equal(fsip_call_accept(a.call, ST_ANS), 0);
    int ok = ct_next(&a, "SIP/2.0 200 ");
    snprintf(d.ua_tag, sizeof d.ua_tag, "%s", ct_to_tag(ct_msg(&a, ok)));
    ct_dlg_request(&a, &d, 1110, "ACK", 1, NULL, NULL, NULL);
    ct_log_is(&a, "answered ACK\n");
    ct_run(&a, 1200);
    assert_int_equal(fsip_call_update(a.call, ST_HOLD), 0);
    int u = ct_next(&a, "UPDATE ");
    ct_reply(&a, u, 1210, 491, NULL, NULL, NULL);
    oa_is(a.call, "stable");
    ct_dlg_request(&a, &d, 1220, "INVITE", 0, NULL, NULL, CT_SDP_OFFER);
    if (ct_pending(&a, "SIP/2.0 100 ")) ct_next(&a, "SIP/2.0 100 ");
    oa_is(a.call, "remote_invite");
    ct_run(&a, 1220 + 2100); /* the callee's glare timer: 0 to 2 s */
    /* The retry does not go (update uac tx_refused: UPDATE_FAILED). */
    assert_int_equal(ct_pending(&a, "UPDATE "), 0);
    ct_log_is(&a, "reinvite INVITE\nupdate_failed -\n");
    oa_is(a.call, "remote_invite");
    assert_int_equal(fsip_ua_stats_get(a.ua)->spec_errors, 0);
    ct_node_free(&a);
}

/* The refresh the callee owes (refresher=uas, RFC 4028 §9) while our
 * UPDATE offer is unanswered (local_update): inv_uas confirmed
 * timer_refresh refresher offer_blocked; it waits, and goes (a re-INVITE
 * with an offer) once the UPDATE's 2xx closed the exchange. */
static void test_oa_callee_refresh_waits_for_update(void **state)
{
    (void)state;
    ct_node a;
    fsip_ua_config cfg;
    ct_ua_config(&cfg, false);
    cfg.session_expires_s = 90;
    ct_node_init(&a, "alice", false, &cfg, NULL, 1);
    ct_dlg d;
    fsip_call *c =
        ct_confirmed(&a, &d, true, "oa-st-uas@192.0.2.2",
                     "Supported: timer\nSession-Expires: 90;refresher=uas\n", NULL, NULL);
    assert_true(fsip_call_is_refresher(c));
    ct_run(&a, 40000);
    assert_int_equal(fsip_call_update(c, ST_HOLD), 0);
    int u = ct_next(&a, "UPDATE ");
    oa_is(c, "local_update");
    ct_run(&a, 47000); /* the refresh is due at 46000 */
    ct_skip(&a, "UPDATE ");
    assert_int_equal(ct_pending(&a, "INVITE "), 0);
    assert_string_equal(fsip_call_machine_state(c), "confirmed");
    ct_reply(&a, u, 47000, 200, NULL, NULL, CT_SDP_ANSWER);
    ct_log_is(&a, "update_done 200\n");
    oa_is(c, "stable");
    ct_run(&a, 47000 + 4000); /* T2 later */
    int r = ct_next(&a, "INVITE ");
    assert_true(fsip_msg_content_length(ct_msg(&a, r)) > 0); /* an offer */
    oa_is(c, "local_invite");
    assert_int_equal(fsip_ua_stats_get(a.ua)->spec_errors, 0);
    ct_node_free(&a);
}

/* Our re-INVITE got 491 (glare) or 500 with Retry-After; before its retry
 * is due we send an UPDATE offer (local_update). The retry would be a
 * second offer (RFC 3261 §13.2.1): reinv_wait timer_glare / timer_retry
 * offer_blocked waits once more, and the re-INVITE goes after the UPDATE's
 * 2xx. The caller (inv_uac) or the callee (inv_uas). */
static void retry_waits_case(bool callee, bool glare)
{
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    fsip_call *c = ct_confirmed(&a, &d, callee, "oa-retry-wait@192.0.2.2", NULL, NULL, NULL);
    ct_run(&a, 5000);
    assert_int_equal(fsip_call_reinvite(c, ST_HOLD), 0);
    int ri = ct_next(&a, "INVITE ");
    uint32_t seq = ct_cseq(ct_msg(&a, ri));
    ct_reply(&a, ri, 5100, glare ? 491 : 500, NULL, glare ? NULL : "Retry-After: 1\n", NULL);
    ct_next(&a, "ACK ");
    ct_none(&a);
    oa_is(c, "stable");
    assert_string_equal(fsip_call_machine_state(c), "reinv_wait");
    assert_int_equal(fsip_call_update(c, ST_OFF), 0);
    int u = ct_next(&a, "UPDATE ");
    oa_is(c, "local_update");
    ct_run(&a, 9500); /* past the glare wait (at most 4 s) or the retry's 1 s */
    ct_skip(&a, "UPDATE ");
    assert_int_equal(ct_pending(&a, "INVITE "), 0);
    ct_log_is(&a, "");
    assert_string_equal(fsip_call_machine_state(c), "reinv_wait");
    ct_reply(&a, u, 9500, 200, NULL, NULL, CT_SDP_ANSWER);
    ct_log_is(&a, "update_done 200\n");
    oa_is(c, "stable");
    ct_run(&a, 9500 + 4100);
    int ri2 = ct_next(&a, "INVITE ");
    ct_skip(&a, "INVITE "); /* its retransmissions (UDP) */
    ct_none(&a);
    assert_int_equal(ct_cseq(ct_msg(&a, ri2)), seq + 2); /* the UPDATE took seq + 1 */
    assert_string_equal(ct_body(ct_msg(&a, ri2)), CT_SDP_HOLD);
    oa_is(c, "local_invite");
    ct_reply(&a, ri2, 13700, 200, NULL, NULL, CT_SDP_ANSWER);
    ct_next(&a, "ACK ");
    ct_log_is(&a, "reinvite_done 200\n");
    oa_is(c, "stable");
    assert_int_equal(fsip_ua_stats_get(a.ua)->spec_errors, 0);
    ct_node_free(&a);
}

static void test_oa_caller_glare_retry_waits(void **state)
{
    (void)state;
    retry_waits_case(false, true);
}

static void test_oa_caller_500_retry_waits(void **state)
{
    (void)state;
    retry_waits_case(false, false);
}

static void test_oa_callee_glare_retry_waits(void **state)
{
    (void)state;
    retry_waits_case(true, true);
}

static void test_oa_callee_500_retry_waits(void **state)
{
    (void)state;
    retry_waits_case(true, false);
}

/* RFC 3261 §12.1.2: "A UAC MUST be prepared to receive a response without
 * a tag in the To field, in which case the tag is considered to have a
 * value of null" (an RFC 2543 peer). Its 2xx confirms the call but fsip
 * builds no ACK (fsip__dlg_request fails; later in-dialog requests log
 * "cannot build a request (out of memory)"): the offer of the 2xx stays
 * unanswered (remote_2xx) in a confirmed call, where every later row of
 * remote_2xx can run. The ACK should go (To without a tag). */
static void test_bug_tagless_2xx_not_acked(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    a.late_ack_body = CT_SDP_ANSWER;
    ct_invite(&a, 1000, NULL, false);
    int inv = ct_next(&a, "INVITE ");
    ct_reply(&a, inv, 1100, 200, NULL, CONTACT, CT_SDP_OFFER);
    /* A To without a tag (RFC 3261 §12.1.2): the ACK's To has none either. */
    assert_int_equal(ct_pending(&a, "ACK "), 1);
    int ack = ct_next(&a, "ACK ");
    assert_int_equal(fsip_msg_to(ct_msg(&a, ack))->tag.len, 0);
    ct_node_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_oa_remote_prack_answered),
        cmocka_unit_test(test_oa_remote_prack_refused),
        cmocka_unit_test(test_oa_remote_prack_queued),
        cmocka_unit_test(test_oa_remote_prack_after_2xx),
        cmocka_unit_test(test_oa_remote_prack_ack_sdp),
        cmocka_unit_test(test_oa_remote_prack_ack_nosdp),
        cmocka_unit_test(test_oa_remote_prack_rejected),
        cmocka_unit_test(test_oa_local_1xx_update_then_cancel),
        cmocka_unit_test(test_oa_local_1xx_hangup_ack_sdp),
        cmocka_unit_test(test_oa_local_1xx_hangup_ack_nosdp),
        cmocka_unit_test(test_oa_offer_owed_txn_error),
        cmocka_unit_test(test_oa_offer_owed_and_local_2xx_prack),
        cmocka_unit_test(test_oa_late_prack_local_invite),
        cmocka_unit_test(test_oa_late_prack_offer_requested),
        cmocka_unit_test(test_oa_callee_early_local_update),
        cmocka_unit_test(test_oa_callee_early_remote_update),
        cmocka_unit_test(test_oa_local_update_ack_sdp),
        cmocka_unit_test(test_oa_local_update_ack_nosdp),
        cmocka_unit_test(test_oa_remote_update_ack_sdp),
        cmocka_unit_test(test_oa_remote_update_ack_nosdp),
        cmocka_unit_test(test_oa_remote_invite_update_nosdp),
        cmocka_unit_test(test_oa_local_prack_answered),
        cmocka_unit_test(test_oa_local_prack_rejected),
        cmocka_unit_test(test_oa_local_prack_2xx_without_answer),
        cmocka_unit_test(test_oa_local_prack_timeout),
        cmocka_unit_test(test_oa_local_prack_481),
        cmocka_unit_test(test_oa_local_prack_send_fails),
        cmocka_unit_test(test_oa_local_prack_other_fork_answers),
        cmocka_unit_test(test_oa_local_prack_rejected_after_2xx),
        cmocka_unit_test(test_oa_local_prack_after_2xx),
        cmocka_unit_test(test_oa_local_prack_after_2xx_nosdp),
        cmocka_unit_test(test_oa_local_prack_hangup),
        cmocka_unit_test(test_oa_local_prack_invite_rejected),
        cmocka_unit_test(test_oa_prack_offer_in_local_invite),
        cmocka_unit_test(test_oa_prack_offer_in_offer_requested),
        cmocka_unit_test(test_oa_prack_offer_in_remote_1xx),
        cmocka_unit_test(test_oa_prack_offer_after_unreliable_answer),
        cmocka_unit_test(test_oa_caller_local_update_responses),
        cmocka_unit_test(test_oa_caller_remote_update_responses),
        cmocka_unit_test(test_oa_caller_local_update_2xx_nosdp),
        cmocka_unit_test(test_oa_caller_remote_update_2xx_nosdp),
        cmocka_unit_test(test_oa_local_invite_update_nosdp),
        cmocka_unit_test(test_oa_offer_requested_update_nosdp),
        cmocka_unit_test(test_oa_remote_1xx_unanswered),
        cmocka_unit_test(test_oa_remote_1xx_rejected),
        cmocka_unit_test(test_oa_local_update_glare),
        cmocka_unit_test(test_oa_caller_2xx_without_answer),
        cmocka_unit_test(test_oa_caller_2xx_without_offer),
        cmocka_unit_test(test_oa_local_1xx_txn_error),
        cmocka_unit_test(test_bug_accept_without_answer),
        cmocka_unit_test(test_bug_tagless_2xx_not_acked),
        cmocka_unit_test(test_oa_answer_to_its_own_fork),
        cmocka_unit_test(test_oa_answer_refused_in_ack),
        cmocka_unit_test(test_oa_update_answer_to_its_dialog),
        cmocka_unit_test(test_oa_refresh_waits_for_update),
        cmocka_unit_test(test_oa_callee_refresh_waits_for_update),
        cmocka_unit_test(test_oa_early_update_outcome_stays_in_its_dialog),
        cmocka_unit_test(test_oa_update_retry_refused),
        cmocka_unit_test(test_oa_caller_glare_retry_waits),
        cmocka_unit_test(test_oa_caller_500_retry_waits),
        cmocka_unit_test(test_oa_callee_glare_retry_waits),
        cmocka_unit_test(test_oa_callee_500_retry_waits),
    };
    return ct_run_group(tests);
}
