/* Call-layer tests that fail today because of library bugs (each is
 * described in the comment above it). Not listed in CMakeLists.txt until
 * the fixes land; build by hand:
 *   cc -std=c11 -Iinclude -Itests/support -Itests/call tests/call/test_pending.c \
 *      tests/call/calltest.c tests/support/testsip.c tests/support/testalloc.c \
 *      build-h3/lib/libfsip.a -lcmocka -o /tmp/call_pending
 * (add -fsanitize=address,undefined and an asan,ubsan libfsip.a for the
 * failmalloc case)
 * When a test here passes, move it to the file of its topic. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calltest.h"

#define T1 500

/* BUG: after our CANCEL, no final response within 64*T1: the call ends
 * (inv_uac "timer_cancel -> abandon_invite"), but runtime/call.c's
 * abandon_invite does nothing ("the ICT ends by itself (Timer B)") while
 * an ICT in Proceeding has no timer left (RFC 3261 §17.1.1.2: Timer B
 * stops at the provisional): the INVITE client transaction stays open for
 * the life of the stack (txn_active 1 forever). */
static void test_cancel_no_487_ict_freed(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    fsip_call *c = ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    ct_reply(&a, inv, 1100, 180, "b1", "Contact: <sip:bob@192.0.2.2:5070>\n", NULL);
    ct_run(&a, 2000);
    assert_int_equal(fsip_call_hangup(c), 0);
    int can = ct_next(&a, "CANCEL ");
    ct_reply(&a, can, 2100, 200, NULL, NULL, NULL);
    ct_run(&a, 2000 + 64 * T1);
    ct_log_is(&a, "progress 180 b1\nended cancelled 487\n");
    ct_run(&a, 200000);
    assert_int_equal(fsip_stack_stats(a.s)->txn_active, 0);
    assert_int_equal(fsip_stack_next_deadline(a.s), FSIP_NO_DEADLINE);
    ct_node_free(&a);
}

/* BUG: with the 62nd allocation of this scenario failing (the copy of a
 * 180's To tag in fsip__dlg_from_response()), the early-dialog slot stays
 * counted in n_forks with remote_tag NULL, and the next response makes
 * fsip__fork_find() call fsip_str_eq(tag, NULL): strlen(NULL) (SIGSEGV
 * at f018157..0aab5ab; UBSan "null pointer passed as argument 1" in an
 * asan,ubsan build at 9e11882, where the allocation order moved).
 * Skipping slots whose remote_tag is NULL in fsip__fork_find() (or not
 * counting the slot) makes the whole sweep pass (89 runs). */
static void test_memory_failmalloc_basic_call(void **state)
{
    (void)state;
    int mode = 0;
    long runs = test_failmalloc_sweep(ct_sweep_scenario, &mode);
    print_message("failmalloc: basic call, %ld runs\n", runs);
    assert_true(runs > 20);
}

/* BUG: hanging up while our re-INVITE has only a provisional response
 * leaves its INVITE client transaction in Proceeding for ever: the BYE
 * ends the call (and stops Timer reinv), nothing ever CANCELs or drops
 * that ICT, and an ICT in Proceeding has no timer of its own (RFC 3261
 * §17.1.1.2). Found by test_lossy_heavy (seed 54: the 2xx to the
 * re-INVITE lost, the app hangs up). The same ICT leak as
 * test_cancel_no_487_ict_freed, through another door. */
static void test_reinvite_1xx_then_hangup_ict_freed(void **state)
{
    (void)state;
    ct_node a;
    ct_node_init(&a, "alice", false, NULL, NULL, 1);
    fsip_call *c = ct_invite(&a, 1000, NULL, true);
    int inv = ct_next(&a, "INVITE ");
    ct_reply(&a, inv, 1100, 200, "b1", "Contact: <sip:bob@192.0.2.2:5070>\n", CT_SDP_ANSWER);
    ct_next(&a, "ACK ");
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

/* BUG (the same ICT leak as test_reinvite_1xx_then_hangup_ict_freed):
 * seed 54 ends with a transaction left on Alice's stack. */
/* Half the packets lost: many calls fail (timeouts, no ACK, lost BYEs),
 * and each still ends once on both sides with nothing left behind. */
static void test_lossy_heavy(void **state)
{
    (void)state;
    int answered = 0, clean = 0;
    const int runs = 80;
    for (int seed = 1; seed <= runs; seed++) {
        ct_outcome o = ct_lossy_call(seed, 50, 20);
        answered += o.answered_both;
        clean += o.ended_clean;
    }
    print_message("heavy loss: %d/%d answered on both sides, %d/%d hung up by BYE\n", answered,
                  runs, clean, runs);
    /* Some calls made it, some did not: both kinds of path ran. */
    assert_true(answered > 0 && answered < runs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_cancel_no_487_ict_freed),
        FSIP_TEST(test_memory_failmalloc_basic_call),
        FSIP_TEST(test_reinvite_1xx_then_hangup_ict_freed),
        FSIP_TEST(test_lossy_heavy),
    };
    return ct_run_group(tests);
}
