/* Digest authentication in the call layer (RFC 3261 §22): the UA on A has
 * credentials (fsip_ua_config.auth) and answers 401 / 407 to its INVITE,
 * re-INVITE, BYE, UPDATE and REFER by sending the request again with CSeq
 * + 1, a new branch and Authorization / Proxy-Authorization; the test plays
 * the challenging proxy or UAS with the server helper (fsip/auth.h) and
 * verifies the credentials. Also the callee's use of the server helper:
 * fsip_call_reject_msg() with fsip_auth_server_challenge()'s 401, and two
 * UAs back to back through that challenge. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calltest.h"
#include "fsip/auth.h"
#include "fsip/transfer.h"

static const char *const CONTACT = "Contact: <sip:bob@192.0.2.2:5070>\n";

static int pw(const char *user, const char *realm, char *password, size_t cap, void *arg)
{
    (void)realm;
    (void)arg;
    if (strcmp(user, "alice")) return FSIP_ENOTFOUND;
    snprintf(password, cap, "s3cret");
    return 0;
}

static fsip_auth_server *srv_new(bool proxy, const char *realm)
{
    fsip_auth_server_config sc;
    fsip_auth_server_config_init(&sc);
    sc.realm = realm;
    sc.proxy = proxy;
    sc.password = pw;
    sc.alloc = test_alloc;
    fsip_auth_server *s = NULL;
    assert_int_equal(fsip_auth_server_new(&sc, &s), 0);
    return s;
}

/* The node on A (alice) with credentials (user NULL: none). */
static void node_auth(ct_node *a, const char *user, const char *password)
{
    fsip_ua_config cfg;
    ct_ua_config(&cfg, false);
    cfg.auth.username = user;
    cfg.auth.password = password;
    ct_node_init(a, "alice", false, &cfg, NULL, 1);
}

/* The challenge lines ("Name: value\n"...) the server helper puts on a
 * 401/407 to sent[req]. */
static void chal(fsip_auth_server *s, ct_node *a, int req, uint64_t now, bool stale, char *out,
                 size_t cap)
{
    fsip_msg *r = fsip_auth_server_challenge(s, ct_msg(a, req), stale, now);
    assert_non_null(r);
    size_t o = 0;
    out[0] = 0;
    for (uint32_t i = 0; i < fsip_msg_hdr_count(r); i++) {
        const fsip_hdr *h = fsip_msg_hdr_at(r, i);
        if (h->id != FSIP_HDR_WWW_AUTHENTICATE && h->id != FSIP_HDR_PROXY_AUTHENTICATE) continue;
        o += (size_t)snprintf(out + o, cap - o, "%.*s: %.*s\n", (int)h->name.len, h->name.ptr,
                              (int)h->value.len, h->value.ptr);
        assert_true(o < cap);
    }
    fsip_msg_free(r);
}

/* Answers sent[req] with `status` (401 / 407) carrying the challenge s
 * issues at `now`; the challenge lines also into ch (CHAL_CAP bytes). */
#define CHAL_CAP 1024
static void challenge(fsip_auth_server *s, ct_node *a, int req, uint64_t now, int status,
                      const char *totag, char *ch)
{
    chal(s, a, req, now, false, ch, CHAL_CAP);
    ct_reply(a, req, now, status, totag, ch, NULL);
}

/* sent[k] is sent[i] again with credentials: CSeq + 1, same Call-ID,
 * From tag, Request-URI and body, a new branch. */
static void assert_retry_of(ct_node *a, int k, int i)
{
    const fsip_msg *r = ct_msg(a, k), *o = ct_msg(a, i);
    assert_int_equal(ct_cseq(r), ct_cseq(o) + 1);
    assert_string_equal(ct_cseq_method(r), ct_cseq_method(o));
    assert_string_equal(ct_call_id(r), ct_call_id(o));
    assert_string_equal(ct_from_tag(r), ct_from_tag(o));
    assert_string_equal(ct_to_tag(r), ct_to_tag(o));
    assert_string_equal(ct_ruri(r), ct_ruri(o));
    assert_string_not_equal(ct_branch(r), ct_branch(o));
    assert_string_equal(ct_body(r), ct_body(o));
}

/* ------------------------------------------------------- initial INVITE */

/* INVITE -> 407 -> INVITE with Proxy-Authorization -> 200 -> ACK with the
 * same credentials (RFC 3261 §22.2, §22.3, §13.2.2.4). */
static void test_invite_407(void **st)
{
    (void)st;
    ct_node a;
    node_auth(&a, "alice", "s3cret");
    fsip_auth_server *px = srv_new(true, "atlanta.example");
    fsip_call *c = ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    assert_int_equal(ct_hcount(ct_msg(&a, inv), "Proxy-Authorization"), 0);
    assert_int_equal(fsip_auth_server_check(px, ct_msg(&a, inv), 1000, NULL, 0), FSIP_AUTH_MISSING);
    char ch[CHAL_CAP];
    challenge(px, &a, inv, 1100, 407, "p1", ch);
    int ack = ct_next(&a, "ACK "); /* the ICT's, for the 407 (RFC 3261 §17.1.1.3) */
    assert_int_equal(ct_cseq(ct_msg(&a, ack)), 1);
    assert_int_equal(ct_hcount(ct_msg(&a, ack), "Proxy-Authorization"), 0);
    int inv2 = ct_next(&a, "INVITE ");
    ct_none(&a);
    ct_log_is(&a, "");
    assert_retry_of(&a, inv2, inv);
    assert_int_equal(ct_cseq(ct_msg(&a, inv2)), 2);
    assert_int_equal(ct_hcount(ct_msg(&a, inv2), "Proxy-Authorization"), 1);
    assert_int_equal(ct_hcount(ct_msg(&a, inv2), "Authorization"), 0);
    char user[32];
    assert_int_equal(fsip_auth_server_check(px, ct_msg(&a, inv2), 1200, user, sizeof user),
                     FSIP_AUTH_OK);
    assert_string_equal(user, "alice");
    assert_non_null(strstr(ct_h(ct_msg(&a, inv2), "Proxy-Authorization"), "algorithm=SHA-256"));
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_CALLING);
    const fsip_ua_stats *us = fsip_ua_stats_get(a.ua);
    assert_int_equal(us->auth_retries, 1);
    assert_int_equal(us->auth_failures, 0);

    ct_reply(&a, inv2, 1300, 200, "b1", CONTACT, CT_SDP_ANSWER);
    int ack2 = ct_next(&a, "ACK ");
    ct_none(&a);
    ct_log_is(&a, "answered 200\n");
    assert_int_equal(ct_cseq(ct_msg(&a, ack2)), 2);
    assert_string_equal(ct_h(ct_msg(&a, ack2), "Proxy-Authorization"),
                        ct_h(ct_msg(&a, inv2), "Proxy-Authorization"));
    /* The 407's retransmission is absorbed by the old ICT. */
    ct_reply(&a, inv, 1400, 407, "p1", ch, NULL);
    ct_skip(&a, "ACK ");
    ct_none(&a);
    assert_int_equal(fsip_call_hangup(c), 0);
    int bye = ct_next(&a, "BYE ");
    assert_int_equal(ct_cseq(ct_msg(&a, bye)), 3);
    ct_reply(&a, bye, 1500, 200, NULL, NULL, NULL);
    ct_log_is(&a, "ended local_bye 0\n");
    fsip_auth_server_free(px);
    ct_node_end(&a);
}

/* A 401 after a provisional response: the early dialog ends with the
 * old transaction; the retry goes back to calling (no CANCEL before a new
 * provisional response, §9.1). */
static void test_invite_401_after_1xx(void **st)
{
    (void)st;
    ct_node a;
    node_auth(&a, "alice", "s3cret");
    fsip_auth_server *uas = srv_new(false, "biloxi.example");
    fsip_call *c = ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    ct_reply(&a, inv, 1050, 180, "b1", CONTACT, NULL);
    ct_log_is(&a, "progress 180 b1\n");
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_EARLY);
    char ch[CHAL_CAP];
    challenge(uas, &a, inv, 1100, 401, "b1", ch);
    ct_next(&a, "ACK ");
    int inv2 = ct_next(&a, "INVITE ");
    ct_none(&a);
    ct_log_is(&a, "");
    assert_retry_of(&a, inv2, inv);
    /* One answer for the realm, to the stronger of its two challenges. */
    assert_int_equal(ct_hcount(ct_msg(&a, inv2), "Authorization"), 1);
    assert_int_equal(fsip_auth_server_check(uas, ct_msg(&a, inv2), 1200, NULL, 0), FSIP_AUTH_OK);
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_CALLING);
    /* Hung up now: nothing to cancel until a provisional response. */
    assert_int_equal(fsip_call_hangup(c), 0);
    ct_none(&a);
    ct_reply(&a, inv2, 1300, 183, "b2", CONTACT, NULL);
    int can = ct_next(&a, "CANCEL ");
    assert_string_equal(ct_branch(ct_msg(&a, can)), ct_branch(ct_msg(&a, inv2)));
    assert_int_equal(ct_cseq(ct_msg(&a, can)), 2);
    assert_int_equal(ct_hcount(ct_msg(&a, can), "Authorization"), 0);
    ct_reply(&a, can, 1350, 200, NULL, NULL, NULL);
    ct_reply(&a, inv2, 1400, 487, "b2", NULL, NULL);
    ct_next(&a, "ACK ");
    ct_none(&a);
    ct_log_is(&a, "ended cancelled 487\n");
    fsip_auth_server_free(uas);
    ct_node_end(&a);
}

/* CANCEL after a retried INVITE: it goes on the new transaction (its
 * branch and CSeq) and carries no credentials (RFC 3261 §9.1, §22.1). */
static void test_cancel_after_retry(void **st)
{
    (void)st;
    ct_node a;
    node_auth(&a, "alice", "s3cret");
    fsip_auth_server *px = srv_new(true, "atlanta.example");
    fsip_call *c = ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    char ch[CHAL_CAP];
    challenge(px, &a, inv, 1100, 407, "p1", ch);
    ct_next(&a, "ACK ");
    int inv2 = ct_next(&a, "INVITE ");
    ct_reply(&a, inv2, 1200, 180, "b1", CONTACT, NULL);
    ct_log_is(&a, "progress 180 b1\n");
    assert_int_equal(fsip_call_hangup(c), 0);
    int can = ct_next(&a, "CANCEL ");
    ct_none(&a);
    const fsip_msg *cm = ct_msg(&a, can);
    assert_string_equal(ct_branch(cm), ct_branch(ct_msg(&a, inv2)));
    assert_int_equal(ct_cseq(cm), 2);
    assert_string_equal(ct_cseq_method(cm), "CANCEL");
    assert_int_equal(ct_hcount(cm, "Proxy-Authorization"), 0);
    assert_int_equal(ct_hcount(cm, "Authorization"), 0);
    ct_reply(&a, can, 1300, 200, NULL, NULL, NULL);
    ct_reply(&a, inv2, 1350, 487, "b1", NULL, NULL);
    ct_next(&a, "ACK ");
    ct_none(&a);
    ct_log_is(&a, "ended cancelled 487\n");
    fsip_auth_server_free(px);
    ct_node_end(&a);
}

/* Hung up before the challenge came (cancel_pending, cancelling): the
 * challenge is not answered and the call ends. */
static void test_challenge_after_hangup(void **st)
{
    (void)st;
    for (int after_1xx = 0; after_1xx < 2; after_1xx++) {
        ct_node a;
        node_auth(&a, "alice", "s3cret");
        fsip_auth_server *px = srv_new(true, "atlanta.example");
        fsip_call *c = ct_invite(&a, 1000, NULL, true);
        int inv = ct_next(&a, "INVITE ");
        if (after_1xx) {
            ct_reply(&a, inv, 1050, 180, "b1", CONTACT, NULL);
            ct_log_is(&a, "progress 180 b1\n");
        }
        assert_int_equal(fsip_call_hangup(c), 0);
        int can = after_1xx ? ct_next(&a, "CANCEL ") : -1;
        ct_none(&a);
        char ch[CHAL_CAP];
        challenge(px, &a, inv, 1100, 407, "p1", ch);
        ct_next(&a, "ACK ");
        ct_none(&a);
        ct_log_is(&a, "ended cancelled 407\n");
        if (can >= 0) ct_reply(&a, can, 1150, 200, NULL, NULL, NULL);
        assert_int_equal(fsip_ua_stats_get(a.ua)->auth_retries, 0);
        fsip_auth_server_free(px);
        ct_node_end(&a);
    }
}

/* The same nonce again without stale: the password was refused; the call
 * ends with the 401, no loop (RFC 3261 §22.2, RFC 7616 §3.3). */
static void test_refused(void **st)
{
    (void)st;
    ct_node a;
    node_auth(&a, "alice", "wrong");
    fsip_auth_server *uas = srv_new(false, "biloxi.example");
    ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    char ch[CHAL_CAP];
    challenge(uas, &a, inv, 1100, 401, "b1", ch);
    ct_next(&a, "ACK ");
    int inv2 = ct_next(&a, "INVITE ");
    assert_int_equal(fsip_auth_server_check(uas, ct_msg(&a, inv2), 1200, NULL, 0),
                     FSIP_AUTH_FAILED);
    ct_reply(&a, inv2, 1200, 401, "b2", ch, NULL);
    ct_next(&a, "ACK ");
    ct_none(&a);
    ct_log_is(&a, "ended rejected 401\n");
    const fsip_ua_stats *us = fsip_ua_stats_get(a.ua);
    assert_int_equal(us->auth_retries, 1);
    assert_int_equal(us->auth_failures, 1);
    fsip_auth_server_free(uas);
    ct_node_end(&a);

    /* A fresh nonce for the same wrong password (as most servers do):
     * still refused, since the retry already answered that realm. */
    node_auth(&a, "alice", "wrong");
    uas = srv_new(false, "biloxi.example");
    ct_invite(&a, 1000, NULL, true);
    inv = ct_next(&a, "INVITE ");
    challenge(uas, &a, inv, 1100, 401, "b1", ch);
    ct_next(&a, "ACK ");
    inv2 = ct_next(&a, "INVITE ");
    challenge(uas, &a, inv2, 1200, 401, "b2", ch);
    ct_next(&a, "ACK ");
    ct_none(&a);
    ct_log_is(&a, "ended rejected 401\n");
    fsip_auth_server_free(uas);
    ct_node_end(&a);
}

/* Two calls challenged with the same nonce (a server that hands one nonce
 * to every challenge of a second, as Kamailio does): both are retried;
 * only a challenge to the retry itself is a refusal. */
static void test_same_nonce_two_calls(void **st)
{
    (void)st;
    ct_node a;
    node_auth(&a, "alice", "s3cret");
    fsip_auth_server *px = srv_new(true, "atlanta.example");
    ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    char ch[CHAL_CAP];
    chal(px, &a, inv, 1000, false, ch, sizeof ch);
    ct_reply(&a, inv, 1010, 407, "p1", ch, NULL);
    ct_next(&a, "ACK ");
    int inv2 = ct_next(&a, "INVITE ");
    assert_int_equal(fsip_auth_server_check(px, ct_msg(&a, inv2), 1020, NULL, 0), FSIP_AUTH_OK);
    ct_invite(&a, 1030, NULL, true);
    int other = ct_next(&a, "INVITE ");
    assert_string_not_equal(ct_call_id(ct_msg(&a, other)), ct_call_id(ct_msg(&a, inv)));
    ct_reply(&a, other, 1040, 407, "p2", ch, NULL);
    ct_next(&a, "ACK ");
    int other2 = ct_next(&a, "INVITE ");
    ct_none(&a);
    assert_retry_of(&a, other2, other);
    assert_string_equal(ct_call_id(ct_msg(&a, other2)), ct_call_id(ct_msg(&a, other)));
    /* The retry is challenged again: refused, the call ends. */
    ct_reply(&a, other2, 1050, 407, "p3", ch, NULL);
    ct_next(&a, "ACK ");
    ct_none(&a);
    ct_log_is(&a, "ended rejected 407\n");
    ct_reply(&a, inv2, 1060, 486, "b1", NULL, NULL);
    ct_next(&a, "ACK ");
    ct_log_is(&a, "ended rejected 486\n");
    assert_int_equal(fsip_ua_stats_get(a.ua)->auth_retries, 2);
    assert_int_equal(fsip_ua_stats_get(a.ua)->auth_failures, 1);
    fsip_auth_server_free(px);
    ct_node_end(&a);
}

/* stale=true: the nonce expired, the password was right: retried. */
static void test_stale(void **st)
{
    (void)st;
    ct_node a;
    node_auth(&a, "alice", "s3cret");
    fsip_auth_server *uas = srv_new(false, "biloxi.example");
    ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    char ch[CHAL_CAP];
    chal(uas, &a, inv, 1000, false, ch, sizeof ch);
    ct_reply(&a, inv, 1100, 401, "b1", ch, NULL);
    ct_next(&a, "ACK ");
    int inv2 = ct_next(&a, "INVITE ");
    /* Checked too late: stale. */
    assert_int_equal(fsip_auth_server_check(uas, ct_msg(&a, inv2), 1000 + 400000, NULL, 0),
                     FSIP_AUTH_STALE);
    chal(uas, &a, inv2, 401000, true, ch, sizeof ch);
    assert_non_null(strstr(ch, "stale=true"));
    ct_reply(&a, inv2, 1200, 401, "b2", ch, NULL);
    ct_next(&a, "ACK ");
    int inv3 = ct_next(&a, "INVITE ");
    ct_none(&a);
    assert_retry_of(&a, inv3, inv2);
    assert_int_equal(ct_cseq(ct_msg(&a, inv3)), 3);
    assert_int_equal(fsip_auth_server_check(uas, ct_msg(&a, inv3), 401100, NULL, 0), FSIP_AUTH_OK);
    ct_reply(&a, inv3, 1300, 486, "b3", NULL, NULL);
    ct_next(&a, "ACK ");
    ct_log_is(&a, "ended rejected 486\n");
    assert_int_equal(fsip_ua_stats_get(a.ua)->auth_retries, 2);
    fsip_auth_server_free(uas);
    ct_node_end(&a);
}

/* Without credentials a 401 ends the call as before. */
static void test_no_credentials(void **st)
{
    (void)st;
    ct_node a;
    node_auth(&a, NULL, NULL);
    fsip_auth_server *uas = srv_new(false, "biloxi.example");
    ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    char ch[CHAL_CAP];
    challenge(uas, &a, inv, 1100, 401, "b1", ch);
    ct_next(&a, "ACK ");
    ct_none(&a);
    ct_log_is(&a, "ended rejected 401\n");
    assert_int_equal(fsip_ua_stats_get(a.ua)->auth_retries, 0);
    assert_int_equal(fsip_ua_stats_get(a.ua)->auth_failures, 0);
    fsip_auth_server_free(uas);
    ct_node_end(&a);
}

/* Two proxies challenge in one 407 (RFC 3261 §22.3): one header each. */
static void test_two_realms(void **st)
{
    (void)st;
    ct_node a;
    node_auth(&a, "alice", "s3cret");
    fsip_auth_server *p1 = srv_new(true, "one.example"), *p2 = srv_new(true, "two.example");
    ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    char c1[CHAL_CAP], c2[CHAL_CAP], both[2 * CHAL_CAP + 1];
    chal(p1, &a, inv, 1100, false, c1, sizeof c1);
    chal(p2, &a, inv, 1100, false, c2, sizeof c2);
    snprintf(both, sizeof both, "%s%s", c1, c2);
    ct_reply(&a, inv, 1100, 407, "p1", both, NULL);
    ct_next(&a, "ACK ");
    int inv2 = ct_next(&a, "INVITE ");
    assert_int_equal(ct_hcount(ct_msg(&a, inv2), "Proxy-Authorization"), 2);
    assert_int_equal(fsip_auth_server_check(p1, ct_msg(&a, inv2), 1200, NULL, 0), FSIP_AUTH_OK);
    assert_int_equal(fsip_auth_server_check(p2, ct_msg(&a, inv2), 1200, NULL, 0), FSIP_AUTH_OK);
    ct_reply(&a, inv2, 1300, 603, "b1", NULL, NULL);
    ct_next(&a, "ACK ");
    ct_log_is(&a, "ended rejected 603\n");
    fsip_auth_server_free(p1);
    fsip_auth_server_free(p2);
    ct_node_end(&a);
}

/* ------------------------------------------------------- in the dialog */

/* BYE -> 401 -> BYE again (CSeq + 1) with credentials; the call's BYE is
 * done at its final response. */
static void test_bye_401(void **st)
{
    (void)st;
    ct_node a;
    node_auth(&a, "alice", "s3cret");
    fsip_auth_server *uas = srv_new(false, "biloxi.example");
    ct_dlg d;
    fsip_call *c = ct_confirmed(&a, &d, false, NULL, NULL, NULL, NULL);
    assert_int_equal(fsip_call_hangup(c), 0);
    int bye = ct_next(&a, "BYE ");
    ct_log_is(&a, "ended local_bye 0\n");
    char ch[CHAL_CAP];
    challenge(uas, &a, bye, 1150, 401, NULL, ch);
    int bye2 = ct_next(&a, "BYE ");
    ct_none(&a);
    assert_retry_of(&a, bye2, bye);
    assert_int_equal(fsip_auth_server_check(uas, ct_msg(&a, bye2), 1200, NULL, 0), FSIP_AUTH_OK);
    assert_int_equal(fsip_call_get_state(c), FSIP_CALL_TERMINATING);
    ct_reply(&a, bye2, 1200, 200, NULL, NULL, NULL);
    ct_run(&a, 1250);
    ct_none(&a);
    assert_int_equal(fsip_ua_stats_get(a.ua)->auth_retries, 1);
    fsip_auth_server_free(uas);
    ct_node_end(&a);
}

/* Our re-INVITE (caller or callee side) -> 407 -> again with credentials,
 * the same offer -> 2xx -> ACK with the credentials. */
static void reinvite_407(bool callee)
{
    ct_node a;
    node_auth(&a, "alice", "s3cret");
    fsip_auth_server *px = srv_new(true, "atlanta.example");
    ct_dlg d;
    fsip_call *c = ct_confirmed(&a, &d, callee, "auth-re@b", NULL, NULL, NULL);
    assert_int_equal(fsip_call_reinvite(c, "application/sdp", CT_SDP_HOLD, strlen(CT_SDP_HOLD)), 0);
    int re = ct_next(&a, "INVITE ");
    char ch[CHAL_CAP];
    challenge(px, &a, re, 1150, 407, NULL, ch);
    ct_next(&a, "ACK ");
    int re2 = ct_next(&a, "INVITE ");
    ct_none(&a);
    ct_log_is(&a, "");
    assert_retry_of(&a, re2, re);
    assert_string_equal(ct_body(ct_msg(&a, re2)), CT_SDP_HOLD);
    assert_int_equal(fsip_auth_server_check(px, ct_msg(&a, re2), 1200, NULL, 0), FSIP_AUTH_OK);
    ct_reply(&a, re2, 1200, 200, NULL, CONTACT, CT_SDP_ANSWER);
    int ack = ct_next(&a, "ACK ");
    ct_none(&a);
    ct_log_is(&a, "reinvite_done 200\n");
    assert_int_equal(ct_cseq(ct_msg(&a, ack)), ct_cseq(ct_msg(&a, re2)));
    assert_string_equal(ct_h(ct_msg(&a, ack), "Proxy-Authorization"),
                        ct_h(ct_msg(&a, re2), "Proxy-Authorization"));
    /* The dialog's local CSeq went on: the BYE follows the retry. */
    assert_int_equal(fsip_call_hangup(c), 0);
    int bye = ct_next(&a, "BYE ");
    assert_int_equal(ct_cseq(ct_msg(&a, bye)), ct_cseq(ct_msg(&a, re2)) + 1);
    ct_reply(&a, bye, 1250, 200, NULL, NULL, NULL);
    ct_log_is(&a, "ended local_bye 0\n");
    fsip_auth_server_free(px);
    ct_node_end(&a);
}

static void test_reinvite_407_caller(void **st)
{
    (void)st;
    reinvite_407(false);
}

static void test_reinvite_407_callee(void **st)
{
    (void)st;
    reinvite_407(true);
}

/* A challenge to our re-INVITE after we hung up (terminating): not
 * answered. */
static void reinvite_challenged_after_bye(bool callee)
{
    ct_node a;
    node_auth(&a, "alice", "s3cret");
    fsip_auth_server *px = srv_new(true, "atlanta.example");
    ct_dlg d;
    fsip_call *c = ct_confirmed(&a, &d, callee, "auth-term@b", NULL, NULL, NULL);
    assert_int_equal(fsip_call_reinvite(c, "application/sdp", CT_SDP_HOLD, strlen(CT_SDP_HOLD)), 0);
    int re = ct_next(&a, "INVITE ");
    assert_int_equal(fsip_call_hangup(c), 0);
    int bye = ct_next(&a, "BYE ");
    ct_log_is(&a, "ended local_bye 0\n");
    char ch[CHAL_CAP];
    challenge(px, &a, re, 1150, 407, NULL, ch);
    ct_next(&a, "ACK ");
    ct_none(&a);
    ct_reply(&a, bye, 1200, 200, NULL, NULL, NULL);
    ct_none(&a);
    ct_log_is(&a, "");
    fsip_auth_server_free(px);
    ct_node_end(&a);
}

static void test_reinvite_challenged_after_bye_caller(void **st)
{
    (void)st;
    reinvite_challenged_after_bye(false);
}

static void test_reinvite_challenged_after_bye_callee(void **st)
{
    (void)st;
    reinvite_challenged_after_bye(true);
}

/* UPDATE -> 401 -> again with credentials -> 2xx. */
static void test_update_401(void **st)
{
    (void)st;
    ct_node a;
    node_auth(&a, "alice", "s3cret");
    fsip_auth_server *uas = srv_new(false, "biloxi.example");
    ct_dlg d;
    fsip_call *c =
        ct_confirmed(&a, &d, false, NULL, "Allow: INVITE, ACK, BYE, CANCEL, UPDATE\n", NULL, NULL);
    assert_int_equal(fsip_call_update(c, "application/sdp", CT_SDP_HOLD, strlen(CT_SDP_HOLD)), 0);
    int up = ct_next(&a, "UPDATE ");
    char ch[CHAL_CAP];
    challenge(uas, &a, up, 1150, 401, NULL, ch);
    int up2 = ct_next(&a, "UPDATE ");
    ct_none(&a);
    ct_log_is(&a, "");
    assert_retry_of(&a, up2, up);
    assert_int_equal(fsip_auth_server_check(uas, ct_msg(&a, up2), 1200, NULL, 0), FSIP_AUTH_OK);
    ct_reply(&a, up2, 1200, 200, NULL, NULL, CT_SDP_ANSWER);
    ct_log_is(&a, "update_done 200\n");
    assert_int_equal(fsip_call_hangup(c), 0);
    int bye = ct_next(&a, "BYE ");
    assert_int_equal(ct_cseq(ct_msg(&a, bye)), ct_cseq(ct_msg(&a, up2)) + 1);
    ct_reply(&a, bye, 1250, 200, NULL, NULL, NULL);
    ct_log_is(&a, "ended local_bye 0\n");
    fsip_auth_server_free(uas);
    ct_node_end(&a);
}

static void xfer_ignore(fsip_xfer *x, fsip_xfer_event ev, const fsip_msg *msg, void *arg)
{
    (void)x;
    (void)ev;
    (void)msg;
    (void)arg;
}

/* The PRACK of a reliable 1xx -> 407 -> again with credentials. */
static void test_prack_407(void **st)
{
    (void)st;
    ct_node a;
    node_auth(&a, "alice", "s3cret");
    fsip_auth_server *px = srv_new(true, "atlanta.example");
    fsip_call *c = ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    ct_reply(&a, inv, 1050, 180, "b1",
             "Contact: <sip:bob@192.0.2.2:5070>\nRequire: 100rel\nRSeq: 7\n", NULL);
    ct_log_is(&a, "progress 180 b1\n");
    int pr = ct_next(&a, "PRACK ");
    ct_none(&a);
    char ch[CHAL_CAP];
    challenge(px, &a, pr, 1100, 407, NULL, ch);
    int pr2 = ct_next(&a, "PRACK ");
    ct_none(&a);
    assert_retry_of(&a, pr2, pr);
    assert_string_equal(ct_h(ct_msg(&a, pr2), "RAck"), "7 1 INVITE");
    assert_int_equal(fsip_auth_server_check(px, ct_msg(&a, pr2), 1150, NULL, 0), FSIP_AUTH_OK);
    ct_reply(&a, pr2, 1150, 200, NULL, NULL, NULL);
    ct_reply(&a, inv, 1200, 200, "b1", CONTACT, CT_SDP_ANSWER);
    int ack = ct_next(&a, "ACK ");
    /* The INVITE went first: its ACK carries no credentials. */
    assert_int_equal(ct_hcount(ct_msg(&a, ack), "Proxy-Authorization"), 0);
    ct_log_is(&a, "answered 200\n");
    assert_int_equal(fsip_call_hangup(c), 0);
    int bye = ct_next(&a, "BYE ");
    assert_int_equal(ct_cseq(ct_msg(&a, bye)), ct_cseq(ct_msg(&a, pr2)) + 1);
    ct_reply(&a, bye, 1300, 200, NULL, NULL, NULL);
    ct_log_is(&a, "ended local_bye 0\n");
    fsip_auth_server_free(px);
    ct_node_end(&a);
}

/* RFC 3262 §5, RFC 3261 §22.2: a PRACK carrying our offer -> 401 -> again
 * with credentials, the same offer under the new CSeq; the 2xx to that
 * one brings the answer (UPDATE_DONE). */
static void test_prack_offer_401(void **st)
{
    (void)st;
    ct_node a;
    node_auth(&a, "alice", "s3cret");
    fsip_auth_server *ua = srv_new(false, "atlanta.example");
    fsip_call *c = ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    a.prack_offer = CT_SDP_HOLD;
    ct_reply(&a, inv, 1050, 183, "b1",
             "Contact: <sip:bob@192.0.2.2:5070>\nRequire: 100rel\nRSeq: 7\n", CT_SDP_ANSWER);
    assert_int_equal(a.prack_offer_rc, 0);
    ct_log_is(&a, "progress 183 b1\n");
    int pr = ct_next(&a, "PRACK ");
    ct_none(&a);
    assert_string_equal(ct_body(ct_msg(&a, pr)), CT_SDP_HOLD);
    char ch[CHAL_CAP];
    challenge(ua, &a, pr, 1100, 401, NULL, ch);
    int pr2 = ct_next(&a, "PRACK ");
    ct_none(&a);
    ct_log_is(&a, "");
    assert_retry_of(&a, pr2, pr);
    assert_int_equal(fsip_auth_server_check(ua, ct_msg(&a, pr2), 1150, NULL, 0), FSIP_AUTH_OK);
    assert_string_equal(fsip_call_offer_answer_state(c), "local_prack");
    ct_reply(&a, pr2, 1150, 200, NULL, NULL, CT_SDP_ANSWER);
    ct_log_is(&a, "update_done 200\n");
    assert_string_equal(fsip_call_offer_answer_state(c), "stable");
    ct_reply(&a, inv, 1200, 200, "b1", CONTACT, CT_SDP_ANSWER);
    ct_next(&a, "ACK ");
    ct_log_is(&a, "answered 200\n");
    assert_int_equal(fsip_call_hangup(c), 0);
    int bye = ct_next(&a, "BYE ");
    ct_reply(&a, bye, 1300, 200, NULL, NULL, NULL);
    ct_log_is(&a, "ended local_bye 0\n");
    fsip_auth_server_free(ua);
    ct_node_end(&a);
}

/* REFER -> 407 -> again with credentials -> 202. */
static void test_refer_407(void **st)
{
    (void)st;
    ct_node a;
    node_auth(&a, "alice", "s3cret");
    fsip_auth_server *px = srv_new(true, "atlanta.example");
    ct_dlg d;
    fsip_call *c = ct_confirmed(&a, &d, false, NULL, NULL, NULL, NULL);
    fsip_ua_set_transfer_handler(a.ua, xfer_ignore, NULL);
    fsip_xfer *x = NULL;
    assert_int_equal(fsip_call_transfer(c, "sip:carol@192.0.2.3", NULL, &x), 0);
    int ref = ct_next(&a, "REFER ");
    char ch[CHAL_CAP];
    challenge(px, &a, ref, 1150, 407, NULL, ch);
    int ref2 = ct_next(&a, "REFER ");
    ct_none(&a);
    assert_retry_of(&a, ref2, ref);
    assert_string_equal(ct_h(ct_msg(&a, ref2), "Refer-To"), ct_h(ct_msg(&a, ref), "Refer-To"));
    assert_int_equal(fsip_auth_server_check(px, ct_msg(&a, ref2), 1200, NULL, 0), FSIP_AUTH_OK);
    ct_reply(&a, ref2, 1200, 202, NULL, NULL, NULL);
    ct_none(&a);
    assert_int_equal(fsip_ua_stats_get(a.ua)->auth_retries, 1);
    assert_int_equal(fsip_call_hangup(c), 0);
    int bye = ct_next(&a, "BYE ");
    ct_reply(&a, bye, 1300, 200, NULL, NULL, NULL);
    ct_log_clear(&a);
    fsip_auth_server_free(px);
    ct_node_end(&a);
}

/* The index of the first message sent from the cursor on that starts
 * with prefix (-1: none); the cursor does not move. */
static int find_sent(ct_node *a, const char *prefix)
{
    for (int i = a->cursor; i < a->nsent; i++)
        if (strncmp(a->sent[i].data, prefix, strlen(prefix)) == 0) return i;
    return -1;
}

/* The transferee's call to the Refer-To target is an INVITE like any
 * other: challenged, it is sent again with credentials. */
static void test_referred_call_407(void **st)
{
    (void)st;
    ct_node a;
    node_auth(&a, "alice", "s3cret");
    fsip_ua_set_transfer_handler(a.ua, xfer_ignore, NULL);
    fsip_auth_server *px = srv_new(true, "atlanta.example");
    ct_dlg d;
    fsip_call *c = ct_confirmed(&a, &d, false, NULL, NULL, NULL, NULL);
    ct_dlg_request(&a, &d, 1150, "REFER", 0, NULL, "Refer-To: <sip:carol@192.0.2.3:5080>\n", NULL);
    assert_true(find_sent(&a, "SIP/2.0 202 ") >= 0);
    int inv = find_sent(&a, "INVITE sip:carol@192.0.2.3:5080 ");
    assert_true(inv >= 0);
    int trying = find_sent(&a, "NOTIFY ");
    assert_true(trying >= 0);
    char ch[CHAL_CAP];
    chal(px, &a, inv, 1200, false, ch, sizeof ch);
    a.cursor = a.nsent;
    ct_reply(&a, trying, 1190, 200, NULL, NULL, NULL);
    ct_reply(&a, inv, 1200, 407, "p1", ch, NULL);
    ct_next(&a, "ACK sip:carol@192.0.2.3:5080 ");
    int inv2 = ct_next(&a, "INVITE sip:carol@192.0.2.3:5080 ");
    ct_none(&a);
    assert_retry_of(&a, inv2, inv);
    assert_int_equal(fsip_auth_server_check(px, ct_msg(&a, inv2), 1250, NULL, 0), FSIP_AUTH_OK);
    /* Carol answers: the transferee reports it and hangs up the first call. */
    ct_reply(&a, inv2, 1300, 200, "c1", "Contact: <sip:carol@192.0.2.3:5080>\n", CT_SDP_ANSWER);
    int ack = find_sent(&a, "ACK sip:carol@192.0.2.3:5080 ");
    assert_true(ack >= 0);
    assert_string_equal(ct_h(ct_msg(&a, ack), "Proxy-Authorization"),
                        ct_h(ct_msg(&a, inv2), "Proxy-Authorization"));
    /* Every NOTIFY and BYE of ours gets its 200; the calls end. */
    for (uint64_t t = 1400; t < 1600; t += 50) {
        int n = a.cursor;
        a.cursor = a.nsent;
        for (int i = n; i < a.nsent; i++)
            if (!strncmp(a.sent[i].data, "NOTIFY ", 7) || !strncmp(a.sent[i].data, "BYE ", 4))
                ct_reply(&a, i, t, 200, NULL, NULL, NULL);
    }
    assert_int_equal(fsip_ua_stats_get(a.ua)->auth_retries, 1);
    /* The final NOTIFY reports carol's 200 (RFC 3515 §2.4.5). */
    bool reported = false;
    for (int i = 0; i < a.nsent; i++)
        if (!strncmp(a.sent[i].data, "NOTIFY ", 7) && strstr(a.sent[i].data, "\r\n\r\nSIP/2.0 200"))
            reported = true;
    assert_true(reported);
    /* Both calls stay up: freed with the UA (ENDED shutdown). */
    (void)c;
    ct_log_clear(&a);
    fsip_auth_server_free(px);
    ct_run(&a, 400000);
    ct_sent_clear(&a);
    ct_node_free(&a);
}

/* ------------------------------------------------- the callee's helper */

static fsip_auth_server *g_srv;
static int g_challenged, g_accepted;

/* A callee that admits only INVITEs carrying valid credentials. */
static void guarded_app(fsip_call *call, fsip_call_event ev, const fsip_msg *msg, void *arg)
{
    ct_node *n = arg;
    if (ev == FSIP_CALL_EV_INCOMING) {
        uint64_t now = fsip_stack_now(n->s);
        fsip_auth_verdict v = fsip_auth_server_check(g_srv, msg, now, NULL, 0);
        if (v != FSIP_AUTH_OK) {
            fsip_msg *r = fsip_auth_server_challenge(g_srv, msg, v == FSIP_AUTH_STALE, now);
            assert_non_null(r);
            n->on_incoming = 0;
            ct_app_event(call, ev, msg, arg);
            assert_int_equal(fsip_call_reject_msg(call, r), 0);
            fsip_msg_free(r);
            g_challenged++;
            return;
        }
        g_accepted++;
        n->on_incoming = 200;
    }
    ct_app_event(call, ev, msg, arg);
}

/* The UA as callee rejects an INVITE without credentials with the
 * helper's 401 (To tag, WWW-Authenticate per algorithm). */
static void test_callee_challenges(void **st)
{
    (void)st;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_node_set_app(&a, guarded_app);
    g_srv = srv_new(false, "192.0.2.1");
    g_challenged = g_accepted = 0;
    ct_dlg d;
    ct_dlg_callee(&d, "guarded@b");
    ct_dlg_request(&a, &d, 1000, "INVITE", 1, NULL, NULL, CT_SDP_OFFER);
    ct_skip(&a, "SIP/2.0 100 ");
    int r = ct_next(&a, "SIP/2.0 401 ");
    ct_none(&a);
    const fsip_msg *m = ct_msg(&a, r);
    assert_int_equal(ct_hcount(m, "WWW-Authenticate"), 2);
    assert_non_null(strstr(ct_h_at(m, "WWW-Authenticate", 0), "algorithm=SHA-256"));
    assert_non_null(strstr(ct_h_at(m, "WWW-Authenticate", 1), "algorithm=MD5"));
    assert_string_not_equal(ct_to_tag(m), "");
    assert_int_equal(g_challenged, 1);
    ct_log_is(&a, "incoming INVITE\nended rejected 401\n");
    /* The peer ACKs it (RFC 3261 §17.1.1.3). */
    ct_dlg_request(&a, &d, 1100, "ACK", 1, d.branch, NULL, NULL);
    ct_none(&a);
    fsip_auth_server_free(g_srv);
    g_srv = NULL;
    ct_node_end(&a);
}

/* Two UAs back to back: Alice (credentials) calls Bob, who challenges
 * with the helper; Alice's retry passes, Bob answers, Alice hangs up. */
static void test_pair_through_challenge(void **st)
{
    (void)st;
    ct_node a, b;
    node_auth(&a, "alice", "s3cret");
    ct_node_init(&b, "bob", true, NULL, NULL, 2);
    ct_node_set_app(&b, guarded_app);
    g_srv = srv_new(false, "192.0.2.2");
    g_challenged = g_accepted = 0;
    ct_net net;
    ct_net_init(&net, &a, &b, 10);
    fsip_call *c = ct_invite(&a, 1000, NULL, true);
    assert_non_null(c);
    ct_net_run(&net, 3000);
    assert_int_equal(g_challenged, 1);
    assert_int_equal(g_accepted, 1);
    ct_log_is(&a, "answered 200\n");
    ct_log_is(&b, "incoming INVITE\nended rejected 401\nincoming INVITE\nanswered ACK\n");
    assert_int_equal(fsip_ua_stats_get(a.ua)->auth_retries, 1);
    assert_int_equal(ct_count_sent(&a, "INVITE "), 2);
    assert_int_equal(fsip_call_hangup(c), 0);
    ct_net_run(&net, 6000);
    ct_log_is(&a, "ended local_bye 0\n");
    ct_log_is(&b, "ended remote_bye 0\n");
    ct_net_run(&net, 200000);
    ct_net_free(&net);
    fsip_auth_server_free(g_srv);
    g_srv = NULL;
    ct_node_end(&a);
    ct_node_end(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_invite_407),
        FSIP_TEST(test_invite_401_after_1xx),
        FSIP_TEST(test_cancel_after_retry),
        FSIP_TEST(test_challenge_after_hangup),
        FSIP_TEST(test_refused),
        FSIP_TEST(test_same_nonce_two_calls),
        FSIP_TEST(test_stale),
        FSIP_TEST(test_no_credentials),
        FSIP_TEST(test_two_realms),
        FSIP_TEST(test_bye_401),
        FSIP_TEST(test_reinvite_407_caller),
        FSIP_TEST(test_reinvite_407_callee),
        FSIP_TEST(test_reinvite_challenged_after_bye_caller),
        FSIP_TEST(test_reinvite_challenged_after_bye_callee),
        FSIP_TEST(test_update_401),
        FSIP_TEST(test_prack_407),
        FSIP_TEST(test_prack_offer_401),
        FSIP_TEST(test_refer_407),
        FSIP_TEST(test_referred_call_407),
        FSIP_TEST(test_callee_challenges),
        FSIP_TEST(test_pair_through_challenge),
    };
    return ct_run_group(tests);
}
