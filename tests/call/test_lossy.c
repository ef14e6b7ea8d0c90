/* Two UAs over a lossy, duplicating, reordering network, many seeds, each
 * run reproducible: a call, a re-INVITE, a hang-up. Whatever is lost,
 * every call ends on both sides exactly once, no transaction or timer is
 * left behind, and no machine meets an event it has no row for. With
 * duplication only, every call runs its full course exactly once. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calltest.h"

/* Duplicates and reordering only: every step happens exactly once. */
static void test_lossy_duplicates_only(void **state)
{
    (void)state;
    for (int seed = 1; seed <= 40; seed++) {
        ct_outcome o = ct_lossy_call(seed, 0, 50);
        assert_true(o.answered_both);
        assert_true(o.reinvited);
        assert_true(o.ended_clean);
    }
}

/* 20 % loss, 10 % duplicates: retransmissions carry most calls through;
 * the rest end cleanly anyway. */
static void test_lossy_loss_and_duplicates(void **state)
{
    (void)state;
    int answered = 0, clean = 0;
    const int runs = 60;
    for (int seed = 1; seed <= runs; seed++) {
        ct_outcome o = ct_lossy_call(seed, 20, 10);
        answered += o.answered_both;
        clean += o.ended_clean;
    }
    print_message("lossy: %d/%d answered on both sides, %d/%d hung up by BYE\n", answered, runs,
                  clean, runs);
    assert_true(answered >= runs * 9 / 10);
    assert_true(clean >= runs * 8 / 10);
}

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
        FSIP_TEST(test_lossy_duplicates_only),
        FSIP_TEST(test_lossy_loss_and_duplicates),
        FSIP_TEST(test_lossy_heavy),
    };
    return ct_run_group(tests);
}
