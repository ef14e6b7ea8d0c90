/* Digest authentication end to end (RFC 3261 §22): Alice's UA has
 * credentials (fsip_ua_config.auth); Bob's application admits only INVITEs
 * whose credentials the server helper (fsip/auth.h) verifies and rejects
 * the others with the helper's 401 (fsip_call_reject_msg). */
#include <stdio.h>
#include <string.h>

#include "fsip/auth.h"
#include "pair.h"

static fsip_auth_server *srv;
static int challenged, admitted;

static int lookup(const char *user, const char *realm, char *password, size_t cap, void *arg)
{
    (void)realm;
    (void)arg;
    if (strcmp(user, "alice")) return FSIP_ENOTFOUND;
    snprintf(password, cap, "s3cret");
    return 0;
}

static void guarded_app(side *me, fsip_call *c, fsip_call_event ev, const fsip_msg *m)
{
    if (ev != FSIP_CALL_EV_INCOMING) return;
    uint64_t now = fsip_stack_now(me->s);
    fsip_auth_verdict v = fsip_auth_server_check(srv, m, now, NULL, 0);
    if (v == FSIP_AUTH_OK) {
        admitted++;
        assert_int_equal(fsip_call_accept(c, SDP, B(answer)), 0);
        return;
    }
    challenged++;
    fsip_msg *r = fsip_auth_server_challenge(srv, m, v == FSIP_AUTH_STALE, now);
    assert_non_null(r);
    assert_int_equal(fsip_call_reject_msg(c, r), 0);
    fsip_msg_free(r);
}

static void guard(side *b)
{
    fsip_auth_server_config sc;
    fsip_auth_server_config_init(&sc);
    sc.realm = "127.0.0.1";
    sc.password = lookup;
    sc.alloc = test_alloc;
    assert_int_equal(fsip_auth_server_new(&sc, &srv), 0);
    challenged = admitted = 0;
    b->app = guarded_app;
}

/* INVITE -> 401 -> INVITE with Authorization -> 200 -> ACK; BYE. */
static void test_challenge_passed(void **st)
{
    (void)st;
    side a, b;
    pair_auth(&a, &b, "alice", "s3cret");
    guard(&b);
    invite(&a, offer);
    run(&a, &b, 2000);
    assert_int_equal(challenged, 1);
    assert_int_equal(admitted, 1);
    assert_non_null(a.call);
    assert_non_null(b.call);
    assert_int_equal(fsip_call_get_state(a.call), FSIP_CALL_CONFIRMED);
    assert_int_equal(fsip_call_get_state(b.call), FSIP_CALL_CONFIRMED);
    has(&a, "ANSWERED 200");
    lacks(&a, "ENDED");
    has(&b, "ENDED"); /* the challenged INVITE's call */
    const fsip_ua_stats *as = fsip_ua_stats_get(a.ua);
    assert_int_equal(as->auth_retries, 1);
    assert_int_equal(as->auth_failures, 0);
    assert_int_equal(as->calls_answered, 1);
    both_stable(&a, &b);
    end_pair(&a, &b);
    fsip_auth_server_free(srv);
}

/* The wrong password: Bob challenges the retry again with a fresh nonce;
 * Alice does not send it a third time and her call ends 401. */
static void test_wrong_password(void **st)
{
    (void)st;
    side a, b;
    pair_auth(&a, &b, "alice", "not-it");
    guard(&b);
    invite(&a, offer);
    run(&a, &b, 2000);
    assert_int_equal(challenged, 2);
    assert_int_equal(admitted, 0);
    assert_null(a.call);
    assert_int_equal(a.end_why, FSIP_END_REJECTED);
    assert_int_equal(a.end_status, 401);
    const fsip_ua_stats *as = fsip_ua_stats_get(a.ua);
    assert_int_equal(as->auth_retries, 1);
    assert_int_equal(as->auth_failures, 1);
    pair_free(&a, &b);
    fsip_auth_server_free(srv);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_challenge_passed),
        FSIP_TEST(test_wrong_password),
    };
    return cmocka_run_group_tests_name("auth_pair", tests, NULL, NULL);
}
