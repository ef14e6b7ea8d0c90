#include "testalloc.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdlib.h>
#include <cmocka.h>

static long live, count, fail_at, failed;

static int should_fail(void)
{
    count++;
    if (fail_at > 0 && --fail_at == 0) {
        failed = 1;
        return 1;
    }
    return 0;
}

static void *t_malloc(size_t size, void *arg)
{
    (void)arg;
    if (should_fail()) return NULL;
    void *p = malloc(size);
    if (p) live++;
    return p;
}

static void *t_realloc(void *ptr, size_t size, void *arg)
{
    (void)arg;
    if (should_fail()) return NULL;
    void *p = realloc(ptr, size);
    if (p && !ptr) live++;
    return p;
}

static void t_free(void *ptr, void *arg)
{
    (void)arg;
    if (ptr) live--;
    free(ptr);
}

static const fsip_allocator alloc = {t_malloc, t_realloc, t_free, NULL};
const fsip_allocator *const test_alloc = &alloc;

long test_alloc_live(void)
{
    return live;
}
long test_alloc_count(void)
{
    return count;
}
void test_alloc_fail_at(long n)
{
    fail_at = n;
    failed = 0;
}
int test_alloc_failed(void)
{
    return (int)failed;
}

long test_failmalloc_sweep(int (*fn)(void *arg), void *arg)
{
    for (long k = 1;; k++) {
        long before = live;
        test_alloc_fail_at(k);
        int rc = fn(arg);
        int hit = test_alloc_failed();
        test_alloc_fail_at(0);
        assert_int_equal(live, before); /* no leak on any failure path */
        if (!hit) {
            assert_int_equal(rc, 0);
            return k;
        }
        assert_true(rc < 0); /* a failed allocation is reported, not hidden */
    }
}
