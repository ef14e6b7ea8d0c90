/* re-INVITE both ways (RFC 3261 §14), glare and its back-off (§14.1),
 * overlapping re-INVITEs (§14.2), the answer timer (DESIGN §3). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calltest.h"

#define T1 500

/* A confirmed call the UA placed; *d is the peer's side of it. */
static fsip_call *up_caller(ct_node *a, ct_dlg *d)
{
    fsip_call *c = ct_invite(a, 1000, NULL, true);
    int inv = ct_next(a, "INVITE ");
    ct_reply(a, inv, 1100, 200, "b1", "Contact: <sip:bob@192.0.2.2:5070>\n", CT_SDP_ANSWER);
    ct_next(a, "ACK ");
    ct_none(a);
    ct_log_is(a, "answered 200\n");
    ct_dlg_from_invite(d, a, inv, "b1");
    return c;
}

/* A confirmed call the UA answered. */
static fsip_call *up_callee(ct_node *a, ct_dlg *d, const char *call_id)
{
    a->on_incoming = 200;
    ct_dlg_callee(d, call_id);
    ct_dlg_request(a, d, 1000, "INVITE", 1, NULL, NULL, CT_SDP_OFFER);
    ct_next(a, "SIP/2.0 100 ");
    int ok = ct_next(a, "SIP/2.0 200 ");
    snprintf(d->ua_tag, sizeof d->ua_tag, "%s", ct_to_tag(ct_msg(a, ok)));
    ct_dlg_request(a, d, 1100, "ACK", 1, NULL, NULL, NULL);
    ct_none(a);
    ct_log_is(a, "incoming INVITE\nanswered ACK\n");
    a->on_incoming = 0;
    return a->call;
}

static int reinvite(ct_node *a, fsip_call *c, uint64_t now)
{
    ct_run(a, now);
    assert_int_equal(fsip_call_reinvite(c, "application/sdp", CT_SDP_HOLD, strlen(CT_SDP_HOLD)), 0);
    return ct_next(a, "INVITE ");
}

/* Alice (default configuration) with a confirmed call she placed. */
static fsip_call *alice_up(ct_node *a, ct_dlg *d)
{
    ct_node_init(a, "alice", false, NULL, NULL, 1);
    return up_caller(a, d);
}

/* The peer's 200 (answer) to our re-INVITE `ri`: ACKed, REINVITE_DONE. */
static void reinvite_ok(ct_node *a, int ri, uint64_t now)
{
    ct_reply(a, ri, now, 200, NULL, NULL, CT_SDP_ANSWER);
    ct_next(a, "ACK ");
    ct_log_is(a, "reinvite_done 200\n");
}

/* Hold: our re-INVITE with the new body, 200, ACK (§14.1). */
static void test_reinvite_out_hold(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    fsip_call *c = alice_up(&a, &d);
    int ri = reinvite(&a, c, 5000);
    ct_none(&a);
    const fsip_msg *m = ct_msg(&a, ri);
    assert_string_equal(ct_ruri(m), "sip:bob@192.0.2.2:5070");
    assert_int_equal(ct_cseq(m), 2);
    assert_string_equal(ct_cseq_method(m), "INVITE");
    assert_string_equal(ct_from_tag(m), d.ua_tag);
    assert_string_equal(ct_to_tag(m), "b1");
    assert_string_equal(ct_call_id(m), d.call_id);
    assert_string_equal(ct_h(m, "Contact"), CT_CONTACT_A);
    assert_string_equal(ct_body(m), CT_SDP_HOLD);
    assert_string_equal(fsip_call_machine_state(c), "reinv_out");
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_CONFIRMED);
    /* One at a time. */
    assert_int_equal(fsip_call_reinvite(c, "application/sdp", CT_SDP_HOLD, strlen(CT_SDP_HOLD)),
                     FSIP_EINVAL);
    ct_none(&a);

    ct_reply(&a, ri, 5100, 200, NULL, "Contact: <sip:bob@192.0.2.2:5070>\n", CT_SDP_ANSWER);
    int ack = ct_next(&a, "ACK sip:bob@192.0.2.2:5070 SIP/2.0\r\n");
    ct_none(&a);
    m = ct_msg(&a, ack);
    assert_int_equal(ct_cseq(m), 2);
    assert_string_equal(ct_cseq_method(m), "ACK");
    assert_string_not_equal(ct_branch(m), ct_branch(ct_msg(&a, ri)));
    ct_log_is(&a, "reinvite_done 200\n");
    assert_string_equal(fsip_call_machine_state(c), "confirmed");
    /* Its 2xx retransmitted: the same ACK again, nothing for the app. */
    ct_reply(&a, ri, 5600, 200, NULL, "Contact: <sip:bob@192.0.2.2:5070>\n", CT_SDP_ANSWER);
    int ack2 = ct_next(&a, "ACK ");
    assert_memory_equal(a.sent[ack2].data, a.sent[ack].data, a.sent[ack].len);
    ct_none(&a);
    ct_log_is(&a, "");
    /* The next one takes the next CSeq. */
    int ri2 = reinvite(&a, c, 9000);
    assert_int_equal(ct_cseq(ct_msg(&a, ri2)), 3);
    reinvite_ok(&a, ri2, 9100);
    ct_node_free(&a);
}

/* The callee re-INVITEs: its own CSeq space, tags swapped, to the
 * caller's Contact. */
static void test_reinvite_out_from_callee(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    fsip_call *c = up_callee(&a, &d, "reinv-callee@192.0.2.2");
    int ri = reinvite(&a, c, 5000);
    const fsip_msg *m = ct_msg(&a, ri);
    assert_string_equal(ct_ruri(m), "sip:bob@192.0.2.2:5070");
    assert_string_equal(ct_from_tag(m), d.ua_tag);
    assert_string_equal(ct_to_tag(m), d.peer_tag);
    assert_view(fsip_msg_from(m)->uri.raw, "sip:alice@example.com");
    assert_view(fsip_msg_to(m)->uri.raw, "sip:bob@example.com");
    uint32_t seq = ct_cseq(m);
    ct_reply(&a, ri, 5100, 200, NULL, NULL, CT_SDP_ANSWER);
    int ack = ct_next(&a, "ACK sip:bob@192.0.2.2:5070 ");
    assert_int_equal(ct_cseq(ct_msg(&a, ack)), seq);
    ct_log_is(&a, "reinvite_done 200\n");
    int ri2 = reinvite(&a, c, 6000);
    assert_int_equal(ct_cseq(ct_msg(&a, ri2)), seq + 1);
    ct_node_free(&a);
}

/* The peer re-INVITEs: REINVITE, the app accepts, 200 retransmitted
 * until the ACK, REINVITE_DONE (§14.2, §13.3.1.4). */
static void test_reinvite_in_accept(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    fsip_call *c = alice_up(&a, &d);
    ct_dlg_request(&a, &d, 5000, "INVITE", 0, NULL, NULL, CT_SDP_HOLD);
    ct_next(&a, "SIP/2.0 100 ");
    ct_none(&a);
    ct_log_is(&a, "reinvite INVITE\n");
    assert_string_equal(fsip_call_machine_state(c), "reinv_in");
    ct_run(&a, 5200);
    assert_int_equal(fsip_call_accept(c, "application/sdp", CT_SDP_ANSWER, strlen(CT_SDP_ANSWER)),
                     0);
    int ok = ct_next(&a, "SIP/2.0 200 ");
    ct_none(&a);
    const fsip_msg *m = ct_msg(&a, ok);
    assert_int_equal(ct_cseq(m), d.cseq);
    assert_string_equal(ct_cseq_method(m), "INVITE");
    assert_string_equal(ct_to_tag(m), d.ua_tag);
    assert_string_equal(ct_from_tag(m), "b1");
    assert_string_equal(ct_h(m, "Contact"), CT_CONTACT_A);
    assert_string_equal(ct_body(m), CT_SDP_ANSWER);
    ct_run(&a, 5200 + T1);
    int ok2 = ct_next(&a, "SIP/2.0 200 ");
    assert_memory_equal(a.sent[ok2].data, a.sent[ok].data, a.sent[ok].len);
    ct_none(&a);
    ct_dlg_request(&a, &d, 5800, "ACK", d.cseq, NULL, NULL, NULL);
    ct_log_is(&a, "reinvite_done ACK\n");
    assert_string_equal(fsip_call_machine_state(c), "confirmed");
    ct_run(&a, 60000);
    ct_none(&a);
    ct_node_free(&a);
}

/* The app rejects the peer's re-INVITE: the session is unchanged (§14.2). */
static void test_reinvite_in_reject(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    a.on_reinvite = 488;
    ct_dlg d;
    fsip_call *c = up_caller(&a, &d);
    ct_dlg_request(&a, &d, 5000, "INVITE", 0, NULL, NULL, CT_SDP_HOLD);
    ct_next(&a, "SIP/2.0 100 ");
    int r = ct_next(&a, "SIP/2.0 488 ");
    ct_none(&a);
    assert_string_equal(ct_to_tag(ct_msg(&a, r)), d.ua_tag);
    ct_log_is(&a, "reinvite INVITE\n");
    ct_dlg_request(&a, &d, 5100, "ACK", d.cseq, d.branch, NULL, NULL);
    ct_none(&a);
    ct_log_is(&a, "");
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_CONFIRMED);
    assert_string_equal(fsip_call_machine_state(c), "confirmed");
    ct_node_free(&a);
}

/* §14.2: a re-INVITE while ours is pending gets 491; ours goes on. */
static void test_reinvite_491_while_ours_pending(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    fsip_call *c = alice_up(&a, &d);
    int ri = reinvite(&a, c, 5000);
    ct_dlg_request(&a, &d, 5050, "INVITE", 0, NULL, NULL, CT_SDP_HOLD);
    int k = a.cursor;
    if (strncmp(a.sent[k].data, "SIP/2.0 100 ", 12) == 0) ct_next(&a, "SIP/2.0 100 ");
    int r = ct_next(&a, "SIP/2.0 491 ");
    ct_none(&a);
    assert_int_equal(ct_cseq(ct_msg(&a, r)), d.cseq);
    ct_log_is(&a, "");
    ct_dlg_request(&a, &d, 5060, "ACK", d.cseq, d.branch, NULL, NULL);
    ct_none(&a);
    ct_reply(&a, ri, 5100, 200, NULL, NULL, CT_SDP_ANSWER);
    ct_next(&a, "ACK ");
    ct_none(&a);
    ct_log_is(&a, "reinvite_done 200\n");
    ct_node_free(&a);
}

/* §14.2: a second re-INVITE while the peer's first is unanswered gets
 * 500 with Retry-After (0-10 s). */
static void test_reinvite_500_while_peers_pending(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    fsip_call *c = alice_up(&a, &d);
    ct_dlg_request(&a, &d, 5000, "INVITE", 0, NULL, NULL, CT_SDP_HOLD);
    uint32_t first = d.cseq;
    ct_next(&a, "SIP/2.0 100 ");
    ct_log_is(&a, "reinvite INVITE\n");
    ct_dlg_request(&a, &d, 5100, "INVITE", 0, NULL, NULL, CT_SDP_OFFER);
    int k = a.cursor;
    if (strncmp(a.sent[k].data, "SIP/2.0 100 ", 12) == 0) ct_next(&a, "SIP/2.0 100 ");
    int r = ct_next(&a, "SIP/2.0 500 ");
    ct_none(&a);
    const fsip_msg *m = ct_msg(&a, r);
    assert_int_equal(ct_cseq(m), first + 1);
    const fsip_hdr *ra = fsip_msg_hdr_first(m, FSIP_HDR_RETRY_AFTER);
    assert_non_null(ra);
    assert_true(ra->p.retry_after->delta <= 10);
    ct_log_is(&a, "");
    ct_dlg_request(&a, &d, 5110, "ACK", first + 1, d.branch, NULL, NULL);
    /* The first one is still the app's to answer. */
    ct_run(&a, 5200);
    assert_int_equal(fsip_call_accept(c, "application/sdp", CT_SDP_ANSWER, strlen(CT_SDP_ANSWER)),
                     0);
    int ok = ct_next(&a, "SIP/2.0 200 ");
    assert_int_equal(ct_cseq(ct_msg(&a, ok)), first);
    ct_dlg_request(&a, &d, 5300, "ACK", first, NULL, NULL, NULL);
    ct_log_is(&a, "reinvite_done ACK\n");
    ct_none(&a);
    ct_node_free(&a);
}

/* DESIGN §3: a re-INVITE the app never answers gets 500 after
 * reinvite_answer_ms; the session goes on. */
static void test_reinvite_answer_timeout(void **state)
{
    (void)state;
    fsip_ua_config cfg;
    ct_ua_config(&cfg, false);
    cfg.reinvite_answer_ms = 5000;
    ct_node a;
    ct_node_init(&a, "alice", false, &cfg, NULL, 1);
    ct_dlg d;
    fsip_call *c = up_caller(&a, &d);
    ct_dlg_request(&a, &d, 6000, "INVITE", 0, NULL, NULL, CT_SDP_HOLD);
    ct_next(&a, "SIP/2.0 100 ");
    ct_log_is(&a, "reinvite INVITE\n");
    ct_quiet_until(&a, 11000);
    int r = ct_next(&a, "SIP/2.0 500 ");
    ct_none(&a);
    assert_int_equal(ct_cseq(ct_msg(&a, r)), d.cseq);
    ct_log_is(&a, "reinvite_failed -\n");
    assert_string_equal(fsip_call_machine_state(c), "confirmed");
    ct_dlg_request(&a, &d, 11050, "ACK", d.cseq, d.branch, NULL, NULL);
    ct_none(&a);
    /* Still a working session. */
    int ri = reinvite(&a, c, 12000);
    reinvite_ok(&a, ri, 12100);
    ct_node_free(&a);
}

/* §14.2: 500 with Retry-After to our re-INVITE: retried after that delay
 * with the next CSeq. */
static void test_reinvite_retry_after(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    fsip_call *c = alice_up(&a, &d);
    int ri = reinvite(&a, c, 5000);
    ct_reply(&a, ri, 5100, 500, NULL, "Retry-After: 3\n", NULL);
    int ack = ct_next(&a, "ACK ");
    assert_string_equal(ct_branch(ct_msg(&a, ack)), ct_branch(ct_msg(&a, ri)));
    ct_none(&a);
    ct_log_is(&a, "");
    ct_quiet_until(&a, 8100);
    int ri2 = ct_next(&a, "INVITE sip:bob@192.0.2.2:5070 ");
    ct_none(&a);
    const fsip_msg *m = ct_msg(&a, ri2);
    assert_int_equal(ct_cseq(m), 3);
    assert_string_equal(ct_body(m), CT_SDP_HOLD);
    reinvite_ok(&a, ri2, 8200);
    ct_node_free(&a);
}

/* A final non-2xx other than 491/500+Retry-After: REINVITE_FAILED, the
 * session unchanged (§14.1). */
static void test_reinvite_rejected(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    fsip_call *c = alice_up(&a, &d);
    int ri = reinvite(&a, c, 5000);
    ct_reply(&a, ri, 5100, 488, NULL, NULL, NULL);
    ct_next(&a, "ACK ");
    ct_none(&a);
    ct_log_is(&a, "reinvite_failed 488\n");
    assert_string_equal(fsip_call_machine_state(c), "confirmed");
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_CONFIRMED);
    ct_node_free(&a);
}

/* 481 to a re-INVITE: the dialog is gone (§14.1, RFC 5057 §5.1). */
static void test_reinvite_481(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    fsip_call *c = alice_up(&a, &d);
    int ri = reinvite(&a, c, 5000);
    ct_reply(&a, ri, 5100, 481, NULL, NULL, NULL);
    ct_next(&a, "ACK ");
    ct_none(&a);
    ct_log_is(&a, "ended dialog_gone 481\n");
    ct_node_done(&a, 100000);
}

/* No answer to our re-INVITE: Timer B, then BYE (§14.1: a 408 or timeout
 * ends the dialog). */
static void test_reinvite_timeout(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    fsip_call *c = alice_up(&a, &d);
    reinvite(&a, c, 5000);
    ct_run(&a, 5000 + 64 * T1 - 1);
    assert_int_equal(ct_pending(&a, "INVITE "), 6); /* Timer A */
    a.cursor = a.nsent;
    ct_log_is(&a, "");
    ct_run(&a, 5000 + 64 * T1);
    int bye = ct_next(&a, "BYE ");
    ct_none(&a);
    ct_log_is(&a, "ended dialog_gone 408\n");
    ct_reply(&a, bye, 5000 + 64 * T1 + 10, 200, NULL, NULL, NULL);
    ct_run(&a, 200000);
    assert_int_equal(fsip_stack_stats(a.s)->txn_active, 0);
    ct_node_free(&a);
}

/* The peer cancels its re-INVITE: 200 (CANCEL), 487 (re-INVITE),
 * REINVITE_FAILED, the session goes on (§9.2). */
static void test_reinvite_cancelled_by_peer(void **state)
{
    (void)state;
    ct_node a;
    ct_dlg d;
    fsip_call *c = alice_up(&a, &d);
    ct_dlg_request(&a, &d, 5000, "INVITE", 0, NULL, NULL, CT_SDP_HOLD);
    char br[64];
    snprintf(br, sizeof br, "%s", d.branch);
    uint32_t seq = d.cseq;
    ct_next(&a, "SIP/2.0 100 ");
    ct_log_is(&a, "reinvite INVITE\n");
    ct_dlg_request(&a, &d, 5100, "CANCEL", seq, br, NULL, NULL);
    ct_next(&a, "SIP/2.0 200 ");
    int r = ct_next(&a, "SIP/2.0 487 ");
    ct_none(&a);
    assert_string_equal(ct_cseq_method(ct_msg(&a, r)), "INVITE");
    assert_int_equal(ct_cseq(ct_msg(&a, r)), seq);
    assert_string_equal(ct_to_tag(ct_msg(&a, r)), d.ua_tag);
    /* (msg: the CANCEL that caused it) */
    ct_log_is(&a, "reinvite_failed CANCEL\n");
    assert_string_equal(fsip_call_machine_state(c), "confirmed");
    ct_dlg_request(&a, &d, 5200, "ACK", seq, br, NULL, NULL);
    ct_none(&a);
    ct_node_free(&a);
}

/* Hang-up while our re-INVITE has only a provisional response: the BYE
 * ends the call and the re-INVITE's ICT, in Proceeding with no timer of
 * its own (RFC 3261 §17.1.1.2), goes with it. */
static void test_reinvite_1xx_then_hangup(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    int inv;
    fsip_call *c = ct_call_answered(&a, &inv);
    ct_run(&a, 5000);
    assert_int_equal(fsip_call_reinvite(c, "application/sdp", CT_SDP_HOLD, strlen(CT_SDP_HOLD)), 0);
    int ri = ct_next(&a, "INVITE ");
    ct_reply(&a, ri, 5010, 100, NULL, NULL, NULL);
    ct_run(&a, 6000);
    assert_int_equal(fsip_call_hangup(c), 0);
    int bye = ct_next(&a, "BYE ");
    ct_reply(&a, bye, 6010, 200, NULL, NULL, NULL);
    ct_log_is(&a, "answered 200\nended local_bye 0\n");
    ct_run(&a, 1000000);
    assert_int_equal(fsip_stack_stats(a.s)->txn_active, 0);
    assert_int_equal(fsip_stack_next_deadline(a.s), FSIP_NO_DEADLINE);
    ct_node_free(&a);
}

/* §14.1 back-off after 491, measured over several seeds: the Call-ID
 * owner (caller) waits 2.1-4 s, the callee 0-2 s, in 10 ms steps (both
 * ends included: "between 2.1 and 4 seconds"). */
static void glare_backoff(bool caller)
{
    uint64_t seen[16];
    int distinct = 0;
    for (int seed = 1; seed <= 16; seed++) {
        ct_node a;
        ct_node_init(&a, "alice", false, NULL, NULL, (uint8_t)seed);
        ct_dlg d;
        fsip_call *c = caller ? up_caller(&a, &d) : up_callee(&a, &d, "glare@192.0.2.2");
        int ri = reinvite(&a, c, 5000);
        uint32_t seq = ct_cseq(ct_msg(&a, ri));
        ct_reply(&a, ri, 5100, 491, NULL, NULL, NULL);
        ct_next(&a, "ACK ");
        ct_none(&a);
        ct_log_is(&a, "");
        assert_string_equal(fsip_call_machine_state(c), "reinv_wait");
        assert_true(ct_run_until_send(&a, 5100 + 4000));
        int ri2 = ct_next(&a, "INVITE ");
        ct_none(&a);
        uint64_t wait = a.sent[ri2].at - 5100;
        if (getenv("CT_VERBOSE"))
            fprintf(stderr, "seed %d: back-off %llu ms\n", seed, (unsigned long long)wait);
        if (caller)
            assert_true(wait >= 2100 && wait <= 4000);
        else
            assert_true(wait <= 2000);
        assert_int_equal(wait % 10, 0);
        assert_int_equal(ct_cseq(ct_msg(&a, ri2)), seq + 1);
        assert_string_equal(ct_body(ct_msg(&a, ri2)), CT_SDP_HOLD);
        reinvite_ok(&a, ri2, a.sent[ri2].at + 50);
        bool dup = false;
        for (int i = 0; i < distinct; i++)
            dup |= seen[i] == wait;
        if (!dup) seen[distinct++] = wait;
        ct_node_free(&a);
        ct_log_clear(&a);
    }
    /* Random, not a constant. */
    assert_true(distinct >= 4);
}

static void test_reinvite_glare_backoff_caller(void **state)
{
    (void)state;
    glare_backoff(true);
}

static void test_reinvite_glare_backoff_callee(void **state)
{
    (void)state;
    glare_backoff(false);
}

static int count_sent(ct_node *n, const char *prefix, int from)
{
    int k = 0;
    for (int i = from; i < n->nsent; i++)
        if (strncmp(n->sent[i].data, prefix, strlen(prefix)) == 0) k++;
    return k;
}

static int last_sent(ct_node *n, const char *prefix)
{
    for (int i = n->nsent - 1; i >= 0; i--)
        if (strncmp(n->sent[i].data, prefix, strlen(prefix)) == 0) return i;
    return -1;
}

/* Glare end to end: Alice (caller) and Bob (callee) re-INVITE at the same
 * moment. Each answers the other 491; Bob (not the Call-ID owner) retries
 * within 0-2 s, before Alice's 2.1-4 s wait is over, so Bob's re-INVITE
 * goes first: Alice's attempt fails, Bob's succeeds (§14.1, §14.2). */
static void test_reinvite_glare_end_to_end(void **state)
{
    (void)state;
    ct_node a, b;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_node_init(&b, "bob", true, NULL, NULL, 2);
    ct_net net;
    ct_net_init(&net, &a, &b, 10);
    b.on_incoming = 200;
    b.ring_first = true;
    ct_net_run(&net, 1000);
    ct_invite(&a, 1000, NULL, true);
    ct_net_run(&net, 2000);
    assert_non_null(a.call);
    assert_non_null(b.call);
    assert_int_equal(fsip_call_get_state(a.call), FSIP_CALL_CONFIRMED);
    assert_int_equal(fsip_call_get_state(b.call), FSIP_CALL_CONFIRMED);
    char expect[128];
    snprintf(expect, sizeof expect, "progress 180 %s\nanswered 200\n",
             fsip_call_remote_tag(a.call));
    ct_log_is(&a, expect);
    ct_log_is(&b, "incoming INVITE\nanswered ACK\n");

    a.on_reinvite = 200;
    b.on_reinvite = 200;
    ct_net_run(&net, 3000);
    int a0 = a.nsent, b0 = b.nsent;
    assert_int_equal(
        fsip_call_reinvite(a.call, "application/sdp", CT_SDP_HOLD, strlen(CT_SDP_HOLD)), 0);
    assert_int_equal(
        fsip_call_reinvite(b.call, "application/sdp", CT_SDP_HOLD, strlen(CT_SDP_HOLD)), 0);
    ct_net_run(&net, 3020);
    /* Each refused the other's re-INVITE with 491. */
    assert_int_equal(count_sent(&a, "SIP/2.0 491 ", a0), 1);
    assert_int_equal(count_sent(&b, "SIP/2.0 491 ", b0), 1);
    assert_string_equal(fsip_call_machine_state(a.call), "reinv_wait");
    assert_string_equal(fsip_call_machine_state(b.call), "reinv_wait");
    ct_log_is(&a, "");
    ct_log_is(&b, "");

    ct_net_run(&net, 10000);
    /* Bob retried once, 0-2 s after his 491 came (at 3020). */
    assert_int_equal(count_sent(&b, "INVITE ", b0), 2);
    int bri = last_sent(&b, "INVITE ");
    assert_true(b.sent[bri].at >= 3020 && b.sent[bri].at <= 3020 + 2000);
    /* Alice never retried: Bob's re-INVITE went first. */
    assert_int_equal(count_sent(&a, "INVITE ", a0), 1);
    assert_int_equal(count_sent(&a, "SIP/2.0 200 ", a0), 1);
    assert_true(a.log[0] != '\0');
    assert_non_null(strstr(a.log, "reinvite_failed "));
    assert_non_null(strstr(a.log, "reinvite INVITE\nreinvite_done ACK\n"));
    ct_log_clear(&a);
    ct_log_is(&b, "reinvite_done 200\n");
    assert_string_equal(fsip_call_machine_state(a.call), "confirmed");
    assert_string_equal(fsip_call_machine_state(b.call), "confirmed");

    /* Alice can change the session now. */
    assert_int_equal(
        fsip_call_reinvite(a.call, "application/sdp", CT_SDP_HOLD, strlen(CT_SDP_HOLD)), 0);
    ct_net_run(&net, 11000);
    ct_log_is(&a, "reinvite_done 200\n");
    ct_log_is(&b, "reinvite INVITE\nreinvite_done ACK\n");

    assert_int_equal(fsip_call_hangup(a.call), 0);
    ct_net_run(&net, 200000);
    ct_log_is(&a, "ended local_bye 0\n");
    ct_log_is(&b, "ended remote_bye 0\n");
    assert_int_equal(fsip_stack_stats(a.s)->txn_active, 0);
    assert_int_equal(fsip_stack_stats(b.s)->txn_active, 0);
    assert_int_equal(fsip_ua_stats_get(a.ua)->spec_errors, 0);
    assert_int_equal(fsip_ua_stats_get(b.ua)->spec_errors, 0);
    ct_net_free(&net);
    ct_node_free(&a);
    ct_node_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_reinvite_out_hold),
        FSIP_TEST(test_reinvite_out_from_callee),
        FSIP_TEST(test_reinvite_in_accept),
        FSIP_TEST(test_reinvite_in_reject),
        FSIP_TEST(test_reinvite_491_while_ours_pending),
        FSIP_TEST(test_reinvite_500_while_peers_pending),
        FSIP_TEST(test_reinvite_answer_timeout),
        FSIP_TEST(test_reinvite_retry_after),
        FSIP_TEST(test_reinvite_rejected),
        FSIP_TEST(test_reinvite_481),
        FSIP_TEST(test_reinvite_timeout),
        FSIP_TEST(test_reinvite_cancelled_by_peer),
        FSIP_TEST(test_reinvite_1xx_then_hangup),
        FSIP_TEST(test_reinvite_glare_backoff_caller),
        FSIP_TEST(test_reinvite_glare_backoff_callee),
        FSIP_TEST(test_reinvite_glare_end_to_end),
    };
    return ct_run_group(tests);
}
