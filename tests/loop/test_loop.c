/* fsip_loop on one thread: fd readiness, timers in deadline order and
 * cancellation, posted jobs in order, stop, no leaks, allocation failure. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "fsip/loop.h"
#include "testalloc.h"

static int check_leaks(void **state)
{
    (void)state;
    assert_int_equal(test_alloc_live(), 0);
    return 0;
}

struct log {
    int seen[16];
    int n;
    uint32_t events;
};

static void on_fd(fsip_loop *loop, int fd, uint32_t events, void *arg)
{
    struct log *lg = arg;
    char buf[16];
    (void)loop;
    lg->events = events;
    lg->seen[lg->n++] = fd;
    ssize_t r = read(fd, buf, sizeof(buf));
    (void)r;
}

/* Runs the loop until *counter reaches want, at most `limit_ms` of its clock. */
static void run_until(fsip_loop *loop, const int *counter, int want, uint64_t limit_ms)
{
    uint64_t end = fsip_loop_now(loop) + limit_ms;
    while (*counter < want && fsip_loop_now(loop) < end)
        fsip_loop_run_once(loop, 50);
}

static void test_fd_read(void **state)
{
    (void)state;
    fsip_loop *loop = fsip_loop_new(test_alloc);
    int p[2];
    struct log lg = {0};
    assert_non_null(loop);
    assert_int_equal(pipe(p), 0);
    assert_int_equal(fsip_loop_watch(loop, p[0], FSIP_LOOP_READ, on_fd, &lg), 0);
    assert_int_equal(fsip_loop_run_once(loop, 0), 0); /* nothing ready */
    assert_int_equal(write(p[1], "x", 1), 1);
    run_until(loop, &lg.n, 1, 2000);
    assert_int_equal(lg.n, 1);
    assert_int_equal(lg.seen[0], p[0]);
    assert_true(lg.events & FSIP_LOOP_READ);
    /* unwatched: no more callbacks */
    assert_int_equal(fsip_loop_unwatch(loop, p[0]), 0);
    assert_int_equal(fsip_loop_unwatch(loop, p[0]), FSIP_ENOTFOUND);
    assert_int_equal(write(p[1], "y", 1), 1);
    assert_int_equal(fsip_loop_run_once(loop, 20), 0);
    assert_int_equal(lg.n, 1);
    /* bad arguments */
    assert_int_equal(fsip_loop_watch(loop, -1, FSIP_LOOP_READ, on_fd, &lg), FSIP_EINVAL);
    assert_int_equal(fsip_loop_watch(loop, p[0], 0, on_fd, &lg), FSIP_EINVAL);
    close(p[0]);
    close(p[1]);
    fsip_loop_free(loop);
}

static void on_timer(fsip_loop *loop, void *arg)
{
    struct log *lg = arg;
    (void)loop;
    lg->seen[lg->n++] = (int)(intptr_t)lg->events; /* events holds the label */
}

struct tagged {
    struct log *lg;
    int label;
};

static void on_tagged(fsip_loop *loop, void *arg)
{
    struct tagged *t = arg;
    (void)loop;
    t->lg->seen[t->lg->n++] = t->label;
}

static void test_timers_order_and_cancel(void **state)
{
    (void)state;
    fsip_loop *loop = fsip_loop_new(test_alloc);
    struct log lg = {0};
    struct tagged t[5];
    uint64_t now = fsip_loop_now(loop);
    static const int delays[5] = {30, 10, 20, 10, 40};
    int64_t h[5];
    for (int i = 0; i < 5; i++) {
        t[i] = (struct tagged){&lg, i};
        h[i] = fsip_loop_timer_start(loop, now + (uint64_t)delays[i], on_tagged, &t[i]);
        assert_true(h[i] > 0);
    }
    assert_int_equal(fsip_loop_timer_cancel(loop, h[4]), 0);
    assert_int_equal(fsip_loop_timer_cancel(loop, h[4]), FSIP_ENOTFOUND);
    run_until(loop, &lg.n, 4, 2000);
    assert_int_equal(lg.n, 4);
    /* deadline order; equal deadlines in the order started */
    assert_int_equal(lg.seen[0], 1);
    assert_int_equal(lg.seen[1], 3);
    assert_int_equal(lg.seen[2], 2);
    assert_int_equal(lg.seen[3], 0);
    assert_true(fsip_loop_now(loop) >= now + 30);
    /* a fired timer cannot be cancelled; handles are not reused */
    assert_int_equal(fsip_loop_timer_cancel(loop, h[0]), FSIP_ENOTFOUND);
    int64_t again = fsip_loop_timer_start(loop, now, on_timer, &lg);
    for (int i = 0; i < 5; i++)
        assert_true(again != h[i]);
    assert_int_equal(fsip_loop_timer_cancel(loop, again), 0);
    fsip_loop_free(loop);
}

static void on_count(fsip_loop *loop, void *arg);

static void test_many_timers(void **state)
{
    (void)state;
    fsip_loop *loop = fsip_loop_new(test_alloc);
    uint64_t now = fsip_loop_now(loop);
    int64_t h[1000];
    int count = 0;
    /* cancel every other one of 1000 timers, all due now */
    for (int i = 0; i < 1000; i++)
        h[i] = fsip_loop_timer_start(loop, now, on_count, &count);
    for (int i = 0; i < 1000; i += 2)
        assert_int_equal(fsip_loop_timer_cancel(loop, h[i]), 0);
    int fired = 0;
    for (int k = 0; k < 10 && fired < 500; k++) {
        int r = fsip_loop_run_once(loop, 0);
        assert_true(r >= 0);
        fired += r;
    }
    assert_int_equal(fired, 500);
    assert_int_equal(count, 500);
    fsip_loop_free(loop);
}

static void on_post(fsip_loop *loop, void *arg)
{
    struct tagged *t = arg;
    t->lg->seen[t->lg->n++] = t->label;
    if (t->label == 2) fsip_loop_stop(loop);
}

static void test_post_order_and_stop(void **state)
{
    (void)state;
    fsip_loop *loop = fsip_loop_new(test_alloc);
    struct log lg = {0};
    struct tagged t[4] = {{&lg, 0}, {&lg, 1}, {&lg, 2}, {&lg, 3}};
    for (int i = 0; i < 4; i++)
        assert_int_equal(fsip_loop_post(loop, on_post, &t[i]), 0);
    assert_int_equal(fsip_loop_run(loop), 0); /* returns after job 2 stops it */
    assert_int_equal(lg.n, 3);
    assert_int_equal(lg.seen[0], 0);
    assert_int_equal(lg.seen[2], 2);
    run_until(loop, &lg.n, 4, 2000); /* the job left over still runs */
    assert_int_equal(lg.n, 4);
    assert_int_equal(lg.seen[3], 3);
    fsip_loop_free(loop);
}

static void on_count(fsip_loop *loop, void *arg)
{
    (void)loop;
    (*(int *)arg)++;
}

static void test_post_bounded(void **state)
{
    (void)state;
    fsip_loop *loop = fsip_loop_new(test_alloc);
    int count = 0, accepted = 0, rc = 0;
    /* the queue is bounded: posting without running ends in FSIP_ELIMIT */
    while ((rc = fsip_loop_post(loop, on_count, &count)) == 0)
        accepted++;
    assert_int_equal(rc, FSIP_ELIMIT);
    assert_true(accepted >= 1024);
    run_until(loop, &count, accepted, 5000);
    assert_int_equal(count, accepted);
    fsip_loop_free(loop);
}

static int make_loop_and_timer(void *arg)
{
    (void)arg;
    fsip_loop *loop = fsip_loop_new(test_alloc);
    if (!loop) return FSIP_ENOMEM;
    int64_t h = fsip_loop_timer_start(loop, 0, on_count, NULL);
    fsip_loop_free(loop);
    return h < 0 ? (int)h : 0;
}

static void test_failmalloc(void **state)
{
    (void)state;
    assert_true(test_failmalloc_sweep(make_loop_and_timer, NULL) >= 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(test_fd_read, check_leaks),
        cmocka_unit_test_teardown(test_timers_order_and_cancel, check_leaks),
        cmocka_unit_test_teardown(test_many_timers, check_leaks),
        cmocka_unit_test_teardown(test_post_order_and_stop, check_leaks),
        cmocka_unit_test_teardown(test_post_bounded, check_leaks),
        cmocka_unit_test_teardown(test_failmalloc, check_leaks),
    };
    return cmocka_run_group_tests_name("loop", tests, NULL, NULL);
}
