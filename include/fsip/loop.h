/* fsip — the default event loop (epoll): file descriptors, one-shot timers,
 * and a queue other threads post work to.
 *
 * One loop belongs to one thread: every function here except
 * fsip_loop_post() must be called from the thread that created the loop
 * (debug builds assert it). Other threads hand work over with
 * fsip_loop_post(), which queues the callback and wakes the loop through an
 * eventfd; the callback then runs on the loop's thread. Several cores mean
 * several loops (and several stacks), never one shared loop.
 *
 * The sans-I/O stack does not need this loop: an application with its own
 * loop drives the stack directly (see docs/architecture.md).
 */
#ifndef FSIP_LOOP_H
#define FSIP_LOOP_H

#include "fsip/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct fsip_loop fsip_loop;

enum fsip_loop_events {
    FSIP_LOOP_READ = 1u << 0,
    FSIP_LOOP_WRITE = 1u << 1,
    FSIP_LOOP_ERROR = 1u << 2 /* reported only: error or hang-up on the fd */
};

/* Called on the loop's thread when `fd` is ready; `events` is a set of
 * FSIP_LOOP_* bits. The callback may watch, unwatch or close fds, start or
 * cancel timers, and stop the loop. */
typedef void (*fsip_loop_fd_cb)(fsip_loop *loop, int fd, uint32_t events, void *arg);
/* A timer's or a posted job's callback, on the loop's thread. */
typedef void (*fsip_loop_cb)(fsip_loop *loop, void *arg);

/* Creates a loop owned by the calling thread. alloc may be NULL. Returns
 * NULL on failure (allocation, epoll or eventfd). */
fsip_loop *fsip_loop_new(const fsip_allocator *alloc);
/* Frees the loop. Posted jobs that never ran are dropped (their callbacks
 * are not called); fds are not closed (the loop never owns them). */
void fsip_loop_free(fsip_loop *loop);

/* Watches `fd` for `events` (READ and/or WRITE), or changes the events and
 * callback of an fd already watched. Returns 0, FSIP_EINVAL (bad fd or no
 * events), FSIP_ENOMEM, or FSIP_EPARSE never; errors from epoll_ctl map to
 * FSIP_EINVAL. */
int fsip_loop_watch(fsip_loop *loop, int fd, uint32_t events, fsip_loop_fd_cb cb, void *arg);
/* Stops watching `fd` (call before closing it). Returns 0 or FSIP_ENOTFOUND. */
int fsip_loop_unwatch(fsip_loop *loop, int fd);

/* Starts a one-shot timer that fires at `at_ms` on the loop's clock
 * (fsip_loop_now()). Returns a handle > 0, or FSIP_ENOMEM. Handles are
 * never reused by one loop. */
int64_t fsip_loop_timer_start(fsip_loop *loop, uint64_t at_ms, fsip_loop_cb cb, void *arg);
/* Cancels a timer that has not fired. Returns 0 or FSIP_ENOTFOUND. */
int fsip_loop_timer_cancel(fsip_loop *loop, int64_t handle);

/* Milliseconds on a monotonic clock (CLOCK_MONOTONIC). */
uint64_t fsip_loop_now(const fsip_loop *loop);

/* Runs callbacks until fsip_loop_stop(). Returns 0, or FSIP_EINVAL when
 * epoll fails. */
int fsip_loop_run(fsip_loop *loop);
/* Waits at most `timeout_ms` (-1: until something happens) and runs what
 * is ready: fd callbacks, due timers, posted jobs. Returns the number of
 * callbacks run, or FSIP_EINVAL when epoll fails. */
int fsip_loop_run_once(fsip_loop *loop, int timeout_ms);
/* Makes fsip_loop_run() return after the current callback. */
void fsip_loop_stop(fsip_loop *loop);

/* Thread-safe: queues cb(loop, arg) to run on the loop's thread, in the
 * order posted, and wakes the loop. Returns 0 or FSIP_ENOMEM. The only
 * function that may be called from any thread. */
int fsip_loop_post(fsip_loop *loop, fsip_loop_cb cb, void *arg);

#ifdef __cplusplus
}
#endif
#endif
