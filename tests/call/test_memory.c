/* Memory: two UAs back to back with the counting allocator. Calls leave
 * nothing behind (per call and after many calls), and an answered call
 * and a cancelled call survive the failure of every single allocation, in
 * turn, without crash or leak (failmalloc sweep, STYLE §14). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calltest.h"

/* One full call end to end: ring, answer, hold, hang-up by the callee. */
static void one_call(ct_net *net, ct_node *a, ct_node *b, uint64_t t0)
{
    ct_net_run(net, t0);
    ct_invite(a, t0, NULL, true);
    ct_net_run(net, t0 + 1000);
    assert_non_null(a->call);
    assert_non_null(b->call);
    assert_int_equal(fsip_call_get_state(a->call), FSIP_CALL_CONFIRMED);
    assert_int_equal(fsip_call_get_state(b->call), FSIP_CALL_CONFIRMED);
    assert_int_equal(
        fsip_call_reinvite(a->call, "application/sdp", CT_SDP_HOLD, strlen(CT_SDP_HOLD)), 0);
    ct_net_run(net, t0 + 2000);
    assert_int_equal(fsip_call_hangup(b->call), 0);
    ct_net_run(net, t0 + 100000);
    assert_null(a->call);
    assert_null(b->call);
}

static void test_memory_end_to_end(void **state)
{
    (void)state;
    ct_node a, b;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    ct_node_init(&b, "bob", true, NULL, NULL, 2);
    ct_net net;
    ct_net_init(&net, &a, &b, 10);
    b.on_incoming = 200;
    b.ring_first = true;
    b.on_reinvite = 200;

    one_call(&net, &a, &b, 1000);
    char expect[256];
    snprintf(expect, sizeof expect,
             "progress 180 %s\nanswered 200\nreinvite_done 200\nended remote_bye 0\n",
             ct_to_tag(ct_msg(&b, 2)));
    ct_log_is(&a, expect);
    ct_log_is(&b, "incoming INVITE\nanswered ACK\nreinvite INVITE\nreinvite_done ACK\n"
                  "ended local_bye 0\n");
    assert_int_equal(fsip_stack_stats(a.s)->txn_active, 0);
    assert_int_equal(fsip_stack_stats(b.s)->txn_active, 0);

    /* Steady state: 50 more calls leave the live block count where one
     * call left it (no per-call leak hidden until fsip_ua_free). */
    long live = test_alloc_live();
    for (int i = 0; i < 50; i++) {
        one_call(&net, &a, &b, 200000 + (uint64_t)i * 200000);
        ct_log_clear(&a);
        ct_log_clear(&b);
        ct_sent_clear(&a);
        ct_sent_clear(&b);
        assert_int_equal(test_alloc_live(), live);
    }
    const fsip_ua_stats *sa = fsip_ua_stats_get(a.ua), *sb = fsip_ua_stats_get(b.ua);
    assert_int_equal(sa->calls_out, 51);
    assert_int_equal(sa->calls_answered, 51);
    assert_int_equal(sb->calls_in, 51);
    assert_int_equal(sb->calls_answered, 51);
    assert_int_equal(sa->calls_active, 0);
    assert_int_equal(sb->calls_active, 0);
    ct_net_free(&net);
    ct_node_free(&a);
    ct_node_free(&b);
}

static void test_memory_failmalloc_basic_call(void **state)
{
    (void)state;
    int mode = 0;
    long runs = test_failmalloc_sweep(ct_sweep_scenario, &mode);
    print_message("failmalloc: basic call, %ld runs\n", runs);
    assert_true(runs > 20);
}

static void test_memory_failmalloc_cancelled_call(void **state)
{
    (void)state;
    int mode = 1;
    long runs = test_failmalloc_sweep(ct_sweep_scenario, &mode);
    print_message("failmalloc: cancelled call, %ld runs\n", runs);
    assert_true(runs > 20);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_memory_end_to_end),
        FSIP_TEST(test_memory_failmalloc_basic_call),
        FSIP_TEST(test_memory_failmalloc_cancelled_call),
    };
    return ct_run_group(tests);
}
