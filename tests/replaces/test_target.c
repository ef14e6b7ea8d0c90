/* The transfer target (RFC 3891 §3): an INVITE with Replaces naming one of
 * the UA's dialogs. The UA runs on A (alice); the test plays bob (the
 * peer of the dialog to replace) and carol (who sends the INVITE with
 * Replaces) from B, with raw SIP text on a virtual clock. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calltest.h"
#include "fsip/transfer.h"

#define BOB_TARGET "sip:bob@192.0.2.2:5070"

/* The UA's 100 Trying, if it sent one, is the next message: consumed. */
static void trying_if_any(ct_node *n)
{
    if (ct_pending(n, "SIP/2.0 100 ")) ct_next(n, "SIP/2.0 100 ");
}

/* The next message after a 100 Trying, if the UA sent one. */
static int next_final(ct_node *n, const char *prefix)
{
    trying_if_any(n);
    return ct_next(n, prefix);
}

static void node(ct_node *a, bool auto_answer)
{
    fsip_ua_config cfg;
    ct_ua_config(&cfg, false);
    cfg.replaces_auto_answer = auto_answer;
    ct_node_init(a, "alice", false, &cfg, NULL, 1);
}

/* Bob calls alice at 1000 (CT_SDP_OFFER); she answers (CT_SDP_ANSWER);
 * bob ACKs at 1100. Returns the confirmed call. */
static fsip_call *callee_up(ct_node *a, ct_dlg *d, bool auto_answer)
{
    node(a, auto_answer);
    a->on_incoming = 200;
    ct_dlg_callee(d, "bob-alice@192.0.2.2");
    ct_dlg_request(a, d, 1000, "INVITE", 0, NULL, NULL, CT_SDP_OFFER);
    next_final(a, "SIP/2.0 200 ");
    fsip_call *c = a->call;
    snprintf(d->ua_tag, sizeof d->ua_tag, "%s", fsip_call_local_tag(c));
    ct_dlg_request(a, d, 1100, "ACK", 1, NULL, NULL, NULL);
    ct_log_is(a, "incoming INVITE\nanswered ACK\n");
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_CONFIRMED);
    a->on_incoming = 0;
    return c;
}

/* Carol's INVITE (a new Call-ID) with `extra` header lines and an offer
 * unless offer is false. */
static void carol_invite(ct_node *a, ct_dlg *d2, uint64_t now, const char *extra, bool offer)
{
    /* A new Call-ID each time: the same one with the same From tag would
     * be a merged request (RFC 3261 §8.2.2.2, 482). */
    static int seq;
    char cid[64];
    snprintf(cid, sizeof cid, "carol-alice-%d@192.0.2.2", ++seq);
    ct_dlg_callee(d2, cid);
    snprintf(d2->peer_uri, sizeof d2->peer_uri, "sip:carol@example.com");
    snprintf(d2->peer_tag, sizeof d2->peer_tag, "caroltag");
    snprintf(d2->contact, sizeof d2->contact, "<sip:carol@192.0.2.2:5070>");
    ct_dlg_request(a, d2, now, "INVITE", 0, NULL, extra, offer ? CT_SDP_OFFER : NULL);
}

/* Carol's ACK at `now` to the 2xx of the new call nc (its To tag). */
static void carol_ack(ct_node *a, ct_dlg *d2, fsip_call *nc, uint64_t now, const char *body)
{
    snprintf(d2->ua_tag, sizeof d2->ua_tag, "%s", fsip_call_local_tag(nc));
    ct_dlg_request(a, d2, now, "ACK", 1, NULL, NULL, body);
}

/* The peer of dialog d ACKs at `now` the UA's failure response sent[r]
 * to its INVITE (same branch, RFC 3261 §17.1.1.3). */
static void ack_failure(ct_node *a, ct_dlg *d, int r, uint64_t now)
{
    snprintf(d->ua_tag, sizeof d->ua_tag, "%s", ct_to_tag(ct_msg(a, r)));
    ct_dlg_request(a, d, now, "ACK", 1, d->branch, NULL, NULL);
}

/* "Replaces: <value>\n" naming (call_id, to_tag, from_tag). */
static const char *replaces_line(const char *call_id, const char *to_tag, const char *from_tag,
                                 bool early_only)
{
    static char line[512];
    char v[400];
    assert_true(fsip_replaces_format(v, sizeof v, call_id, to_tag, from_tag, early_only) > 0);
    snprintf(line, sizeof line, "Replaces: %s\n", v);
    return line;
}

/* A copy of the call's local tag (it outlives the call). */
static void copy_tag(char tag[64], fsip_call *c)
{
    snprintf(tag, 64, "%s", fsip_call_local_tag(c));
}

/* Carol's INVITE at 2000 with a Replaces naming bob's confirmed dialog d
 * with alice (to-tag: alice's `tag`, from-tag: bob's). */
static void replacing_invite(ct_node *a, const ct_dlg *d, ct_dlg *d2, const char *tag, bool offer)
{
    carol_invite(a, d2, 2000, replaces_line(d->call_id, tag, d->peer_tag, false), offer);
}

/* callee_up() with auto-answer on, and a copy of alice's tag in it. */
static fsip_call *bob_call_up(ct_node *a, ct_dlg *d, char old_tag[64])
{
    fsip_call *old = callee_up(a, d, true);
    copy_tag(old_tag, old);
    return old;
}

/* callee_up() (auto_answer), alice's tag in old_tag, then carol's INVITE
 * replacing that call (replacing_invite, with an offer or none). Returns
 * bob's call. */
static fsip_call *replaced_by_carol(ct_node *a, ct_dlg *d, ct_dlg *d2, char old_tag[64],
                                    bool auto_answer, bool offer)
{
    fsip_call *old = callee_up(a, d, auto_answer);
    copy_tag(old_tag, old);
    replacing_invite(a, d, d2, old_tag, offer);
    return old;
}

/* The app heard INCOMING for carol's INVITE: the new call, which
 * replaces `old`. */
static fsip_call *incoming_replacing(ct_node *a, fsip_call *old)
{
    ct_log_is(a, "incoming INVITE\n");
    fsip_call *nc = a->call;
    assert_ptr_equal(fsip_call_replaced(nc), old);
    return nc;
}

/* Carol's INVITE is turned down with `status` before any call exists:
 * no event, the response ACKed (RFC 3261 §17.1.1.3). */
static void refused(ct_node *a, const char *extra, uint64_t now, const char *status_prefix)
{
    ct_dlg d2;
    carol_invite(a, &d2, now, extra, true);
    int r = next_final(a, status_prefix);
    const fsip_msg *m = ct_msg(a, r);
    assert_string_equal(ct_call_id(m), d2.call_id);
    ct_none(a);
    ct_log_is(a, "");
    ack_failure(a, &d2, r, now + 10);
    ct_none(a);
}

/* The BYE at sent[i] ends the dialog d (bob's) from alice's side. */
static void assert_bye_on(ct_node *a, int i, const ct_dlg *d, const char *local_tag,
                          const char *ruri)
{
    const fsip_msg *m = ct_msg(a, i);
    assert_string_equal(ct_call_id(m), d->call_id);
    assert_string_equal(ct_from_tag(m), local_tag);
    assert_string_equal(ct_to_tag(m), d->peer_tag);
    assert_string_equal(ct_ruri(m), ruri);
}

/* Once carol's ACK confirmed the new call: alice's BYE on bob's dialog d
 * (ENDED local_bye of the old call, then ANSWERED of the new). Returns
 * the BYE's index. */
static int old_bye(ct_node *a, const ct_dlg *d, const char *old_tag)
{
    int bye = ct_next(a, "BYE ");
    assert_bye_on(a, bye, d, old_tag, BOB_TARGET);
    ct_log_is(a, "ended local_bye 0\nanswered ACK\n");
    return bye;
}

/* Alice hangs the call up at `now` (ENDED comes with the BYE); the peer
 * answers it. */
static void hangup_ok(ct_node *a, fsip_call *c, uint64_t now)
{
    ct_run(a, now);
    assert_int_equal(fsip_call_hangup(c), 0);
    int bye = ct_next(a, "BYE ");
    ct_log_is(a, "ended local_bye 0\n");
    ct_reply(a, bye, now + 50, 200, NULL, NULL, NULL);
    ct_log_is(a, "");
}

/* ---------------------------------------------------------------- match */

/* RFC 3891 §3: a confirmed dialog where alice was the UAS: to-tag is her
 * tag (the To tag of bob's requests), from-tag bob's. Auto-answer: 200
 * with the session description she last sent in that call; once carol's
 * ACK confirms the new dialog, BYE on bob's. */
static void test_match_uas_dialog(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d, d2;
    char old_tag[64];
    fsip_call *old = replaced_by_carol(&a, &d, &d2, old_tag, true, true);
    int ok = next_final(&a, "SIP/2.0 200 ");
    ct_none(&a); /* no BYE before the new dialog is confirmed */
    fsip_call *nc = incoming_replacing(&a, old);
    assert_ptr_not_equal(nc, old);
    assert_null(fsip_call_replaced(old));
    const fsip_msg *m = ct_msg(&a, ok);
    assert_string_equal(ct_call_id(m), d2.call_id);
    assert_string_equal(ct_to_tag(m), fsip_call_local_tag(nc));
    assert_string_equal(ct_body(m), CT_SDP_ANSWER);
    assert_int_equal(fsip_call_get_state(old), FSIP_CALL_CONFIRMED);

    carol_ack(&a, &d2, nc, 2100, NULL);
    int bye = old_bye(&a, &d, old_tag);
    ct_none(&a);
    assert_null(fsip_call_replaced(nc));
    ct_reply(&a, bye, 2150, 200, NULL, NULL, NULL);
    ct_log_is(&a, "");
    assert_int_equal(fsip_call_get_state(nc), FSIP_CALL_CONFIRMED);
    assert_int_equal(fsip_ua_stats_get(a.ua)->calls_active, 1);

    hangup_ok(&a, nc, 3000);
    ct_node_end(&a);
}

/* The same where alice placed the call (UAC): to-tag is her From tag,
 * from-tag bob's To tag; the 200 carries her offer of the old call and
 * the BYE goes to bob's Contact. */
static void test_match_uac_dialog(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    fsip_call *old = ct_caller_up(&a, &d); /* replaces_auto_answer is the default */
    char old_tag[64];
    copy_tag(old_tag, old);

    ct_dlg d2;
    carol_invite(&a, &d2, 2000, replaces_line(d.call_id, old_tag, "b1", false), true);
    int ok = next_final(&a, "SIP/2.0 200 ");
    ct_none(&a);
    fsip_call *nc = incoming_replacing(&a, old);
    assert_string_equal(ct_body(ct_msg(&a, ok)), CT_SDP_OFFER);

    carol_ack(&a, &d2, nc, 2100, NULL);
    int bye = old_bye(&a, &d, old_tag);
    ct_reply(&a, bye, 2150, 200, NULL, NULL, NULL);
    ct_log_is(&a, "");

    hangup_ok(&a, nc, 3000);
    ct_node_end(&a);
}

/* Auto-answer of an INVITE without an offer: the 200 carries the
 * description alice last sent as her offer (RFC 3261 §13.2.1), carol's
 * ACK the answer. */
static void test_auto_answer_late_offer(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d, d2;
    char old_tag[64];
    fsip_call *old = replaced_by_carol(&a, &d, &d2, old_tag, true, false);
    int ok = next_final(&a, "SIP/2.0 200 ");
    fsip_call *nc = incoming_replacing(&a, old);
    assert_string_equal(ct_body(ct_msg(&a, ok)), CT_SDP_ANSWER);
    carol_ack(&a, &d2, nc, 2100, CT_SDP_OFFER);
    int bye = old_bye(&a, &d, old_tag);
    assert_string_equal(fsip_call_offer_answer_state(nc), "stable");
    ct_reply(&a, bye, 2150, 200, NULL, NULL, NULL);
    hangup_ok(&a, nc, 3000);
    ct_node_end(&a);
}

/* -------------------------------------------------------------- refusals */

/* RFC 3891 §3: no dialog matches: 481. The tags count in one direction
 * only (to-tag = ours): swapped tags, another Call-ID, another tag match
 * nothing. The old call is untouched. */
static void test_no_match_481(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    char old_tag[64];
    fsip_call *old = bob_call_up(&a, &d, old_tag);
    refused(&a, replaces_line(d.call_id, d.peer_tag, old_tag, false), 2000, "SIP/2.0 481 ");
    refused(&a, replaces_line("other@192.0.2.2", old_tag, d.peer_tag, false), 3000, "SIP/2.0 481 ");
    refused(&a, replaces_line(d.call_id, old_tag, "bobtag2", false), 4000, "SIP/2.0 481 ");
    refused(&a, replaces_line(d.call_id, "x", d.peer_tag, false), 5000, "SIP/2.0 481 ");
    assert_int_equal(fsip_call_get_state(old), FSIP_CALL_CONFIRMED);
    assert_int_equal(ct_count_sent(&a, "BYE "), 0);
    hangup_ok(&a, old, 6000);
    /* Once the call is gone, its dialog matches nothing either. */
    ct_run(&a, 100000);
    refused(&a, replaces_line(d.call_id, old_tag, d.peer_tag, false), 100000, "SIP/2.0 481 ");
    ct_node_end(&a);
}

/* RFC 3891 §3: the dialog has already terminated (our BYE is out): 603. */
static void test_terminated_603(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    char old_tag[64];
    fsip_call *old = bob_call_up(&a, &d, old_tag);
    ct_run(&a, 2000);
    assert_int_equal(fsip_call_hangup(old), 0);
    int bye = ct_next(&a, "BYE ");
    ct_log_is(&a, "ended local_bye 0\n");
    refused(&a, replaces_line(d.call_id, old_tag, d.peer_tag, false), 2100, "SIP/2.0 603 ");
    ct_reply(&a, bye, 2200, 200, NULL, NULL, NULL);
    ct_log_is(&a, "");
    ct_node_end(&a);
}

/* RFC 3891 §3, §7.1: early-only names a confirmed dialog: 486, and the
 * call goes on. */
static void test_early_only_confirmed_486(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    char old_tag[64];
    fsip_call *old = bob_call_up(&a, &d, old_tag);
    refused(&a, replaces_line(d.call_id, old_tag, d.peer_tag, true), 2000, "SIP/2.0 486 ");
    assert_int_equal(fsip_call_get_state(old), FSIP_CALL_CONFIRMED);
    hangup_ok(&a, old, 3000);
    ct_node_end(&a);
}

/* RFC 3891 §3: more than one Replaces: 400. */
static void test_two_replaces_400(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    char old_tag[64];
    fsip_call *old = bob_call_up(&a, &d, old_tag);
    const char *rep = replaces_line(d.call_id, old_tag, d.peer_tag, false);
    char lines[1024];
    snprintf(lines, sizeof lines, "%s%s", rep, rep);
    refused(&a, lines, 2000, "SIP/2.0 400 ");
    /* Replaces with Join (RFC 3911 §4): contradicting semantics, 400. */
    snprintf(lines, sizeof lines, "%sJoin: %s;to-tag=%s;from-tag=%s\n", rep, d.call_id, old_tag,
             d.peer_tag);
    refused(&a, lines, 3000, "SIP/2.0 400 ");
    assert_int_equal(fsip_call_get_state(old), FSIP_CALL_CONFIRMED);
    hangup_ok(&a, old, 4000);
    ct_node_end(&a);
}

/* RFC 3891 §3: an early dialog alice did not initiate (bob calls her, she
 * is ringing): 481, and the ringing call is left alone (no 487). */
static void test_early_incoming_481(void **state)
{
    (void)state;
    ct_node a;
    node(&a, true);
    a.on_incoming = 180;
    ct_dlg d;
    ct_dlg_callee(&d, "bob-rings@192.0.2.2");
    ct_dlg_request(&a, &d, 1000, "INVITE", 0, NULL, NULL, CT_SDP_OFFER);
    int ring = next_final(&a, "SIP/2.0 180 ");
    ct_log_is(&a, "incoming INVITE\n");
    a.on_incoming = 0;
    fsip_call *old = a.call;
    char old_tag[64];
    snprintf(old_tag, sizeof old_tag, "%s", ct_to_tag(ct_msg(&a, ring)));
    refused(&a, replaces_line(d.call_id, old_tag, d.peer_tag, false), 2000, "SIP/2.0 481 ");
    refused(&a, replaces_line(d.call_id, old_tag, d.peer_tag, true), 3000, "SIP/2.0 481 ");
    assert_int_equal(fsip_call_get_state(old), FSIP_CALL_EARLY);
    assert_int_equal(ct_count_sent(&a, "SIP/2.0 487 "), 0);
    /* Alice declines bob's call herself. */
    assert_int_equal(fsip_call_hangup(old), 0);
    int dec = ct_next(&a, "SIP/2.0 603 ");
    assert_string_equal(ct_call_id(ct_msg(&a, dec)), d.call_id);
    ct_log_is(&a, "ended rejected 603\n");
    snprintf(d.ua_tag, sizeof d.ua_tag, "%s", old_tag);
    ct_dlg_request(&a, &d, 3100, "ACK", 1, d.branch, NULL, NULL);
    ct_node_end(&a);
}

/* -------------------------------------------------------- early replaced */

/* RFC 3891 §3: an early dialog alice initiated (her INVITE to bob has a
 * 180 from fork b1) is replaced: the app answers carol (no auto-answer for
 * an early call), and once carol ACKs, alice CANCELs her INVITE. A
 * from-tag naming no early dialog of the call: 481. */
static void test_early_outgoing_cancel(void **state)
{
    (void)state;
    ct_node a;
    node(&a, true);
    fsip_call *old = ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    ct_reply(&a, inv, 1050, 180, "b1", "Contact: <sip:bob@192.0.2.2:5070>\n", NULL);
    ct_log_is(&a, "progress 180 b1\n");
    char old_tag[64], call_id[128];
    copy_tag(old_tag, old);
    snprintf(call_id, sizeof call_id, "%s", fsip_call_id(old));

    refused(&a, replaces_line(call_id, old_tag, "b2", false), 1500, "SIP/2.0 481 ");

    ct_dlg d2;
    carol_invite(&a, &d2, 2000, replaces_line(call_id, old_tag, "b1", true), true);
    trying_if_any(&a);
    ct_none(&a);
    fsip_call *nc = incoming_replacing(&a, old);
    assert_int_equal(fsip_call_get_state(nc), FSIP_CALL_INCOMING);

    ct_run(&a, 2500);
    assert_int_equal(fsip_call_accept(nc, "application/sdp", CT_SDP_ANSWER, strlen(CT_SDP_ANSWER)),
                     0);
    ct_next(&a, "SIP/2.0 200 ");
    ct_none(&a);
    carol_ack(&a, &d2, nc, 2600, NULL);
    ct_log_is(&a, "answered ACK\n");
    /* RFC 3261 §9.1: the CANCEL has the INVITE's Request-URI, Call-ID,
     * branch and CSeq number. */
    int can = ct_next(&a, "CANCEL ");
    const fsip_msg *cm = ct_msg(&a, can), *im = ct_msg(&a, inv);
    assert_string_equal(ct_call_id(cm), call_id);
    assert_string_equal(ct_branch(cm), ct_branch(im));
    assert_string_equal(ct_ruri(cm), ct_ruri(im));
    assert_int_equal(ct_cseq(cm), ct_cseq(im));
    ct_reply(&a, can, 2650, 200, "b1", NULL, NULL);
    ct_reply(&a, inv, 2660, 487, "b1", NULL, NULL);
    ct_next(&a, "ACK ");
    ct_log_is(&a, "ended cancelled 487\n");
    assert_int_equal(fsip_call_get_state(nc), FSIP_CALL_CONFIRMED);

    hangup_ok(&a, nc, 3000);
    ct_node_end(&a);
}

/* ----------------------------------------------------------- the app's */

/* replaces_auto_answer off: INCOMING with fsip_call_replaced() set and
 * nothing sent; the app answers (with its own body); BYE on the old call
 * once the new one is ACKed. */
static void test_no_auto_answer(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d, d2;
    char old_tag[64];
    fsip_call *old = replaced_by_carol(&a, &d, &d2, old_tag, false, true);
    trying_if_any(&a);
    ct_none(&a);
    fsip_call *nc = incoming_replacing(&a, old);
    ct_quiet_until(&a, 5000);
    assert_int_equal(fsip_call_get_state(nc), FSIP_CALL_INCOMING);

    assert_int_equal(fsip_call_accept(nc, "application/sdp", CT_SDP_HOLD, strlen(CT_SDP_HOLD)), 0);
    int ok = ct_next(&a, "SIP/2.0 200 ");
    assert_string_equal(ct_body(ct_msg(&a, ok)), CT_SDP_HOLD);
    ct_none(&a);
    carol_ack(&a, &d2, nc, 5100, NULL);
    int bye = old_bye(&a, &d, old_tag);
    ct_reply(&a, bye, 5150, 200, NULL, NULL, NULL);
    ct_log_is(&a, "");
    hangup_ok(&a, nc, 6000);
    ct_node_end(&a);
}

/* The app rejects the new call: the old one goes on untouched and the
 * reference on it goes with the new call (no leak). */
static void test_new_rejected_keeps_old(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d, d2;
    char old_tag[64];
    fsip_call *old = replaced_by_carol(&a, &d, &d2, old_tag, false, true);
    trying_if_any(&a);
    fsip_call *nc = incoming_replacing(&a, old);
    assert_int_equal(fsip_call_reject(nc, 486, NULL), 0);
    int r = ct_next(&a, "SIP/2.0 486 ");
    ct_log_is(&a, "ended rejected 486\n");
    ack_failure(&a, &d2, r, 2100);
    ct_run(&a, 60000);
    assert_int_equal(ct_count_sent(&a, "BYE "), 0);
    assert_int_equal(fsip_call_get_state(old), FSIP_CALL_CONFIRMED);
    hangup_ok(&a, old, 60000);
    ct_node_end(&a);
}

/* Auto-answered, but carol never ACKs: the new call ends (no_ack, RFC
 * 3261 §13.3.1.4) and bob's call stays up. */
static void test_new_no_ack_keeps_old(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d, d2;
    char old_tag[64];
    fsip_call *old = replaced_by_carol(&a, &d, &d2, old_tag, true, true);
    next_final(&a, "SIP/2.0 200 ");
    ct_log_is(&a, "incoming INVITE\n");
    ct_run(&a, 2000 + 64 * 500 + 1000);
    /* The 200's retransmissions (T1 doubling to T2), then the BYE. */
    ct_skip(&a, "SIP/2.0 200 ");
    int bye = ct_next(&a, "BYE ");
    /* The BYE is the new call's, not bob's. */
    assert_string_equal(ct_call_id(ct_msg(&a, bye)), d2.call_id);
    ct_reply(&a, bye, 2000 + 64 * 500 + 1100, 200, NULL, NULL, NULL);
    assert_true(strstr(a.log, "ended no_ack") != NULL);
    ct_log_clear(&a);
    assert_int_equal(fsip_call_get_state(old), FSIP_CALL_CONFIRMED);
    for (int i = 0; i < a.nsent; i++)
        if (strncmp(a.sent[i].data, "BYE ", 4) == 0)
            assert_string_not_equal(ct_call_id(ct_msg(&a, i)), d.call_id);
    hangup_ok(&a, old, 60000);
    ct_node_end(&a);
}

/* Bob hangs up while carol's INVITE waits for the app: the replaced call
 * ends as usual (fsip_call_replaced() turns NULL), and carol's ACK later
 * sends no BYE on it. */
static void test_old_ends_first(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d, d2;
    char old_tag[64];
    fsip_call *old = replaced_by_carol(&a, &d, &d2, old_tag, false, true);
    trying_if_any(&a);
    fsip_call *nc = incoming_replacing(&a, old);
    ct_peer_bye(&a, &d, 2500);
    assert_null(fsip_call_replaced(nc));
    ct_run(&a, 3000);
    assert_int_equal(fsip_call_accept(nc, "application/sdp", CT_SDP_HOLD, strlen(CT_SDP_HOLD)), 0);
    ct_next(&a, "SIP/2.0 200 ");
    carol_ack(&a, &d2, nc, 3100, NULL);
    ct_log_is(&a, "answered ACK\n");
    ct_none(&a);
    assert_int_equal(ct_count_sent(&a, "BYE "), 0);
    hangup_ok(&a, nc, 4000);
    ct_node_end(&a);
}

/* fsip_ua_free() while a replacement is pending: every call freed once. */
static void test_shutdown_pending(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d, d2;
    char old_tag[64];
    fsip_call *old = replaced_by_carol(&a, &d, &d2, old_tag, false, true);
    incoming_replacing(&a, old);
    ct_node_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_match_uas_dialog),       FSIP_TEST(test_match_uac_dialog),
        FSIP_TEST(test_auto_answer_late_offer), FSIP_TEST(test_no_match_481),
        FSIP_TEST(test_terminated_603),         FSIP_TEST(test_early_only_confirmed_486),
        FSIP_TEST(test_two_replaces_400),       FSIP_TEST(test_early_incoming_481),
        FSIP_TEST(test_early_outgoing_cancel),  FSIP_TEST(test_no_auto_answer),
        FSIP_TEST(test_new_rejected_keeps_old), FSIP_TEST(test_new_no_ack_keeps_old),
        FSIP_TEST(test_old_ends_first),         FSIP_TEST(test_shutdown_pending),
    };
    return ct_run_group(tests);
}
