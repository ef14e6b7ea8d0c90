/* Reliable provisional responses and PRACK loss (RFC 3262): the callee
 * retransmits its reliable 1xx until the PRACK (T1 doubling, no cap) and
 * gives up after 64*T1 with a 5xx; it holds a 2xx while a 1xx with a
 * session description is unacknowledged; the caller PRACKs each reliable
 * 1xx once, in RSeq order, and its lost PRACK is retransmitted by its
 * transaction. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calltest.h"

#define T1 500

static uint32_t rseq_of(const fsip_msg *m)
{
    const fsip_hdr *h = fsip_msg_hdr_first(m, FSIP_HDR_RSEQ);
    assert_non_null(h);
    return h->p.num;
}

/* The peer's INVITE requiring 100rel; returns the index of the 100. */
static void invite_100rel(ct_node *a, ct_dlg *d, const char *call_id, const char *body)
{
    ct_dlg_callee(d, call_id);
    ct_dlg_request(a, d, 1000, "INVITE", 1, NULL, "Require: 100rel\nSupported: timer\n", body);
    ct_next(a, "SIP/2.0 100 ");
}

static void prack(ct_node *a, ct_dlg *d, uint64_t now, uint32_t rseq, uint32_t invite_cseq)
{
    char rack[64];
    snprintf(rack, sizeof rack, "RAck: %u %u INVITE\n", rseq, invite_cseq);
    ct_dlg_request(a, d, now, "PRACK", 0, NULL, rack, NULL);
}

/* §3: the reliable 180 carries Require: 100rel and an RSeq, is
 * retransmitted at T1, 2T1, 4T1 until the PRACK, which gets 200. */
static void test_prack_uas_retransmit_until_prack(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    a.on_incoming = 180;
    ct_dlg d;
    invite_100rel(&a, &d, "prack-1@192.0.2.2", CT_SDP_OFFER);
    int r = ct_next(&a, "SIP/2.0 180 ");
    ct_none(&a);
    ct_log_is(&a, "incoming INVITE\n");
    const fsip_msg *m = ct_msg(&a, r);
    assert_true(ct_has_token(m, "Require", "100rel"));
    uint32_t rseq = rseq_of(m);
    assert_true(rseq >= 1 && rseq <= 0x7fffffffu);
    snprintf(d.ua_tag, sizeof d.ua_tag, "%s", ct_to_tag(m));

    /* PRACK lost twice: the 180 comes again at 1500 and 2500. */
    ct_run(&a, 3000);
    const uint64_t at[] = {1500, 2500};
    for (int i = 0; i < 2; i++) {
        int k = ct_next(&a, "SIP/2.0 180 ");
        assert_int_equal(a.sent[k].at, at[i]);
        assert_memory_equal(a.sent[k].data, a.sent[r].data, a.sent[r].len);
    }
    ct_none(&a);

    prack(&a, &d, 3000, rseq, 1);
    int ok = ct_next(&a, "SIP/2.0 200 ");
    ct_none(&a);
    assert_string_equal(ct_cseq_method(ct_msg(&a, ok)), "PRACK");
    assert_int_equal(ct_cseq(ct_msg(&a, ok)), d.cseq);
    /* Acknowledged: no more retransmissions (the next was due at 4500). */
    ct_run(&a, 40000);
    ct_none(&a);
    ct_log_is(&a, "");

    /* The call goes on: 200, ACK. */
    assert_int_equal(
        fsip_call_accept(a.call, "application/sdp", CT_SDP_ANSWER, strlen(CT_SDP_ANSWER)), 0);
    int fin = ct_next(&a, "SIP/2.0 200 ");
    assert_string_equal(ct_cseq_method(ct_msg(&a, fin)), "INVITE");
    ct_dlg_request(&a, &d, 40100, "ACK", 1, NULL, NULL, NULL);
    ct_log_is(&a, "answered ACK\n");
    ct_none(&a);
    ct_node_free(&a);
}

/* §3: no PRACK at all: retransmissions T1-doubling without cap, then 64*T1
 * after the 1xx the INVITE is rejected with a 5xx and the call ends. */
static void test_prack_uas_never_prack(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    a.on_incoming = 180;
    ct_dlg d;
    invite_100rel(&a, &d, "prack-lost@192.0.2.2", CT_SDP_OFFER);
    int r = ct_next(&a, "SIP/2.0 180 ");
    ct_log_is(&a, "incoming INVITE\n");
    ct_run(&a, 1000 + 64 * T1 - 1);
    const uint64_t at[] = {1500, 2500, 4500, 8500, 16500, 32500};
    for (int i = 0; i < 6; i++) {
        int k = ct_next(&a, "SIP/2.0 180 ");
        assert_int_equal(a.sent[k].at, at[i]);
    }
    ct_none(&a);
    ct_log_is(&a, "");
    ct_run(&a, 1000 + 64 * T1);
    int fin = ct_next(&a, "SIP/2.0 5");
    ct_none(&a);
    const fsip_msg *m = ct_msg(&a, fin);
    assert_string_equal(ct_cseq_method(m), "INVITE");
    assert_string_equal(ct_to_tag(m), ct_to_tag(ct_msg(&a, r)));
    assert_int_equal(fsip_msg_status(m), 500);
    ct_log_is(&a, "ended timeout 500\n");
    snprintf(d.ua_tag, sizeof d.ua_tag, "%s", ct_to_tag(m));
    ct_dlg_request(&a, &d, 33100, "ACK", 1, d.branch, NULL, NULL);
    ct_run(&a, 200000);
    ct_none(&a);
    assert_int_equal(fsip_stack_stats(a.s)->txn_active, 0);
    assert_int_equal(fsip_ua_stats_get(a.ua)->calls_active, 0);
    ct_node_free(&a);
}

/* §3, §5: a 2xx while a reliable 1xx with a session description is not
 * PRACKed waits for the PRACK. */
static void test_prack_uas_2xx_held(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_dlg d;
    invite_100rel(&a, &d, "prack-held@192.0.2.2", CT_SDP_OFFER);
    ct_log_is(&a, "incoming INVITE\n");
    fsip_call *c = a.call;
    ct_run(&a, 1100);
    assert_int_equal(
        fsip_call_ring(c, 183, "application/sdp", CT_SDP_ANSWER, strlen(CT_SDP_ANSWER)), 0);
    int r = ct_next(&a, "SIP/2.0 183 ");
    const fsip_msg *m = ct_msg(&a, r);
    assert_string_equal(ct_body(m), CT_SDP_ANSWER);
    uint32_t rseq = rseq_of(m);
    snprintf(d.ua_tag, sizeof d.ua_tag, "%s", ct_to_tag(m));
    ct_run(&a, 1200);
    assert_int_equal(fsip_call_accept(c, "application/sdp", CT_SDP_ANSWER, strlen(CT_SDP_ANSWER)),
                     0);
    ct_none(&a); /* held */
    /* The 183 is retransmitted at 1600, the 2xx still held. */
    ct_run(&a, 1600);
    ct_next(&a, "SIP/2.0 183 ");
    ct_none(&a);
    prack(&a, &d, 1700, rseq, 1);
    int pok = ct_next(&a, "SIP/2.0 200 ");
    int iok = ct_next(&a, "SIP/2.0 200 ");
    ct_none(&a);
    assert_string_equal(ct_cseq_method(ct_msg(&a, pok)), "PRACK");
    assert_string_equal(ct_cseq_method(ct_msg(&a, iok)), "INVITE");
    ct_dlg_request(&a, &d, 1800, "ACK", 1, NULL, NULL, NULL);
    ct_log_is(&a, "answered ACK\n");
    ct_node_free(&a);
}

/* §3: a PRACK that matches no unacknowledged reliable 1xx gets 481. */
static void test_prack_uas_no_match(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    a.on_incoming = 180;
    ct_dlg d;
    invite_100rel(&a, &d, "prack-481@192.0.2.2", CT_SDP_OFFER);
    int r = ct_next(&a, "SIP/2.0 180 ");
    uint32_t rseq = rseq_of(ct_msg(&a, r));
    snprintf(d.ua_tag, sizeof d.ua_tag, "%s", ct_to_tag(ct_msg(&a, r)));
    prack(&a, &d, 1100, rseq + 1, 1);
    ct_next(&a, "SIP/2.0 481 ");
    ct_none(&a);
    /* The 180 is still unacknowledged. */
    ct_run(&a, 1500);
    ct_next(&a, "SIP/2.0 180 ");
    prack(&a, &d, 1600, rseq, 1);
    ct_next(&a, "SIP/2.0 200 ");
    ct_none(&a);
    ct_node_free(&a);
}

/* Caller side (§4): a reliable 180 is PRACKed (RAck: RSeq CSeq INVITE);
 * the PRACK lost is retransmitted by its transaction (Timer E); the 180
 * retransmitted is discarded (no new PRACK, no new PROGRESS); an RSeq
 * out of order is not PRACKed; the next in order is. */
static void test_prack_uac(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    fsip_call *c = ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    assert_true(ct_has_token(ct_msg(&a, inv), "Supported", "100rel"));
    const char *rel = "Contact: <sip:bob@192.0.2.2:5070>\nRequire: 100rel\nRSeq: 7\n";
    ct_reply(&a, inv, 1100, 180, "b1", rel, NULL);
    ct_log_is(&a, "progress 180 b1\n");
    int pr = ct_next(&a, "PRACK sip:bob@192.0.2.2:5070 SIP/2.0\r\n");
    ct_none(&a);
    const fsip_msg *m = ct_msg(&a, pr);
    assert_string_equal(ct_h(m, "RAck"), "7 1 INVITE");
    assert_int_equal(ct_cseq(m), 2);
    assert_string_equal(ct_cseq_method(m), "PRACK");
    assert_string_equal(ct_to_tag(m), "b1");
    assert_string_equal(ct_from_tag(m), fsip_call_local_tag(c));
    assert_string_equal(ct_call_id(m), fsip_call_id(c));

    /* The PRACK is lost: the peer's 180 comes again: discarded. */
    ct_reply(&a, inv, 1500, 180, "b1", rel, NULL);
    ct_none(&a);
    ct_log_is(&a, "");
    /* ... and the PRACK's own transaction retransmits it (Timer E, T1). */
    ct_run(&a, 1600);
    int pr2 = ct_next(&a, "PRACK ");
    assert_int_equal(a.sent[pr2].at, 1600);
    assert_memory_equal(a.sent[pr2].data, a.sent[pr].data, a.sent[pr].len);
    ct_none(&a);
    ct_reply(&a, pr, 1650, 200, NULL, NULL, NULL);
    ct_none(&a);

    /* RSeq 9 skips 8: not PRACKed, not reported (§4). */
    ct_reply(&a, inv, 2000, 183, "b1",
             "Contact: <sip:bob@192.0.2.2:5070>\nRequire: 100rel\nRSeq: 9\n", NULL);
    ct_none(&a);
    ct_log_is(&a, "");
    /* RSeq 8: the next in order. */
    ct_reply(&a, inv, 2100, 183, "b1",
             "Contact: <sip:bob@192.0.2.2:5070>\nRequire: 100rel\nRSeq: 8\n", NULL);
    ct_log_is(&a, "progress 183 b1\n");
    int pr3 = ct_next(&a, "PRACK ");
    ct_none(&a);
    assert_string_equal(ct_h(ct_msg(&a, pr3), "RAck"), "8 1 INVITE");
    assert_int_equal(ct_cseq(ct_msg(&a, pr3)), 3);
    ct_reply(&a, pr3, 2150, 200, NULL, NULL, NULL);

    ct_reply(&a, inv, 2200, 200, "b1", "Contact: <sip:bob@192.0.2.2:5070>\n", CT_SDP_ANSWER);
    int ack = ct_next(&a, "ACK ");
    assert_int_equal(ct_cseq(ct_msg(&a, ack)), 1);
    ct_none(&a);
    ct_log_is(&a, "answered 200\n");
    /* The BYE takes the CSeq after the PRACKs. */
    ct_run(&a, 3000);
    assert_int_equal(fsip_call_hangup(c), 0);
    int bye = ct_next(&a, "BYE ");
    assert_int_equal(ct_cseq(ct_msg(&a, bye)), 4);
    ct_reply(&a, bye, 3100, 200, NULL, NULL, NULL);
    ct_log_is(&a, "ended local_bye 0\n");
    ct_run(&a, 100000);
    assert_int_equal(fsip_stack_stats(a.s)->txn_active, 0);
    ct_node_free(&a);
}

/* End to end: Bob prefers 100rel, Alice supports it: the 180 goes
 * reliably, Alice PRACKs it, the call is answered. The first PRACK is
 * lost on the way. */
static void test_prack_end_to_end_lost_prack(void **state)
{
    (void)state;
    fsip_ua_config cb;
    ct_ua_config(&cb, true);
    cb.rel1xx = FSIP_REL1XX_PREFERRED;
    ct_node a, b;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_node_init(&b, "bob", true, &cb, NULL, 2);
    b.on_incoming = 180;
    ct_net net;
    ct_net_init(&net, &a, &b, 10);
    ct_net_run(&net, 1000);
    ct_invite(&a, 1000, NULL, true);
    ct_net_run(&net, 1015); /* INVITE at Bob (1010), 180 back on its way */
    assert_int_equal(ct_count_sent(&b, "SIP/2.0 180 "), 1);
    net.drop_to[1] = 1; /* Alice's PRACK (sent at 1020) never arrives */
    ct_net_run(&net, 1025);
    assert_int_equal(ct_count_sent(&a, "PRACK "), 1);
    ct_net_run(&net, 5000);
    /* Bob retransmitted the 180 at 1510; Alice's PRACK came again at 1520
     * (Timer E) and was answered. */
    assert_int_equal(ct_count_sent(&b, "SIP/2.0 180 "), 2);
    assert_true(ct_count_sent(&a, "PRACK ") >= 2);
    assert_true(b.ev_count[FSIP_CALL_EV_INCOMING] == 1);
    assert_int_equal(a.ev_count[FSIP_CALL_EV_PROGRESS], 1);
    assert_int_equal(
        fsip_call_accept(b.call, "application/sdp", CT_SDP_ANSWER, strlen(CT_SDP_ANSWER)), 0);
    ct_net_run(&net, 6000);
    assert_int_equal(fsip_call_get_state(a.call), FSIP_CALL_CONFIRMED);
    assert_int_equal(fsip_call_get_state(b.call), FSIP_CALL_CONFIRMED);
    assert_int_equal(fsip_call_hangup(a.call), 0);
    ct_net_run(&net, 100000);
    assert_int_equal(a.ended, 1);
    assert_int_equal(b.ended, 1);
    assert_int_equal(fsip_stack_stats(a.s)->txn_active, 0);
    assert_int_equal(fsip_stack_stats(b.s)->txn_active, 0);
    ct_net_free(&net);
    ct_node_free(&a);
    ct_node_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_prack_uas_retransmit_until_prack),
        FSIP_TEST(test_prack_uas_never_prack),
        FSIP_TEST(test_prack_uas_2xx_held),
        FSIP_TEST(test_prack_uas_no_match),
        FSIP_TEST(test_prack_uac),
        FSIP_TEST(test_prack_end_to_end_lost_prack),
    };
    return ct_run_group(tests);
}
