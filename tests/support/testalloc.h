/* Test allocator: counts live blocks (leak check around every test) and can
 * fail the n-th allocation (failmalloc sweep). */
#ifndef FSIP_TESTALLOC_H
#define FSIP_TESTALLOC_H

#include <stddef.h>
#include <stdint.h>
#include "fsip/common.h"

/* The counting allocator every test passes to fsip. */
extern const fsip_allocator *const test_alloc;

/* Live blocks / total allocations since start. */
long test_alloc_live(void);
long test_alloc_count(void);
/* Fail the n-th allocation from now (1 = the next one); 0 disables. */
void test_alloc_fail_at(long n);
/* True when an allocation was failed since the last test_alloc_fail_at(). */
int test_alloc_failed(void);

/* Runs fn(arg) with allocation k failing, for k = 1, 2, ... until a run
 * completes without hitting a failure. fn must return 0 on success and a
 * negative FSIP_E* code when an allocation failed; it must never crash or
 * leak. Asserts (cmocka) no leak after each run. Returns the number of runs. */
long test_failmalloc_sweep(int (*fn)(void *arg), void *arg);

#endif
