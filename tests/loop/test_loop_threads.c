/* fsip_loop_post() from several threads: every job runs exactly once, on
 * the loop's thread, and jobs from one thread run in the order posted.
 * `make check` also runs this under ThreadSanitizer. */
#include <pthread.h>
#include <sched.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "fsip/loop.h"

#define THREADS    4
#define PER_THREAD 20000

struct state {
    fsip_loop *loop;
    pthread_t loop_thread;
    int total;
    int last[THREADS]; /* last sequence number seen per thread */
    int out_of_order;
    int wrong_thread;
};

struct job {
    struct state *st;
    int thread, seq;
};

static struct job jobs[THREADS][PER_THREAD];

static void run_job(fsip_loop *loop, void *arg)
{
    struct job *j = arg;
    (void)loop;
    if (!pthread_equal(pthread_self(), j->st->loop_thread)) j->st->wrong_thread++;
    if (j->seq != j->st->last[j->thread] + 1) j->st->out_of_order++;
    j->st->last[j->thread] = j->seq;
    j->st->total++;
}

struct poster {
    struct state *st;
    int thread;
};

static void *post_all(void *arg)
{
    struct poster *p = arg;
    for (int i = 0; i < PER_THREAD; i++) {
        struct job *j = &jobs[p->thread][i];
        *j = (struct job){p->st, p->thread, i};
        /* A full queue says FSIP_ELIMIT: yield and retry (bounded by the
         * loop draining it). */
        int rc;
        while ((rc = fsip_loop_post(p->st->loop, run_job, j)) == FSIP_ELIMIT)
            sched_yield();
        if (rc != 0) return (void *)1;
    }
    return NULL;
}

static void test_posts_from_threads(void **state_)
{
    (void)state_;
    struct state st = {0};
    st.loop = fsip_loop_new(NULL);
    st.loop_thread = pthread_self();
    for (int t = 0; t < THREADS; t++)
        st.last[t] = -1;
    assert_non_null(st.loop);
    pthread_t th[THREADS];
    struct poster ps[THREADS];
    for (int t = 0; t < THREADS; t++) {
        ps[t] = (struct poster){&st, t};
        assert_int_equal(pthread_create(&th[t], NULL, post_all, &ps[t]), 0);
    }
    uint64_t end = fsip_loop_now(st.loop) + 60000;
    while (st.total < THREADS * PER_THREAD && fsip_loop_now(st.loop) < end)
        assert_true(fsip_loop_run_once(st.loop, 100) >= 0);
    for (int t = 0; t < THREADS; t++) {
        void *ret;
        assert_int_equal(pthread_join(th[t], &ret), 0);
        assert_null(ret);
    }
    assert_int_equal(st.total, THREADS * PER_THREAD);
    assert_int_equal(st.out_of_order, 0);
    assert_int_equal(st.wrong_thread, 0);
    fsip_loop_free(st.loop);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_posts_from_threads)};
    return cmocka_run_group_tests_name("loop_threads", tests, NULL, NULL);
}
