/* The default event loop: epoll for fds, a binary heap for timers, and a
 * bounded ring of posted jobs behind a mutex and an eventfd.
 *
 * The ring is the one place fsip takes a lock: it is the hand-over point
 * between other threads and the loop's thread, and it never allocates (a
 * custom allocator need not be thread-safe). Everything else runs on the
 * owning thread only. */
#include "fsip/loop.h"

#include <assert.h>
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

#define POST_CAP   4096 /* posted jobs waiting at most */
#define SLOT_BITS  24   /* timer handle = sequence << SLOT_BITS | slot */
#define MAX_EVENTS 64

/* Debug builds check the owning thread on every public entry. */
#define OWNER(loop) assert(pthread_equal(pthread_self(), (loop)->owner))

struct watch {
    fsip_loop_fd_cb cb;
    void *arg;
    uint32_t events;
    uint32_t gen; /* bumped on every (un)watch: stale epoll events are dropped */
    int active;
};

struct timer {
    uint64_t at;
    int64_t handle; /* 0 when the slot is free */
    fsip_loop_cb cb;
    void *arg;
    uint32_t heap; /* index in loop->heap */
    uint32_t next_free;
};

struct job {
    fsip_loop_cb cb;
    void *arg;
};

struct fsip_loop {
    const fsip_allocator *alloc;
    pthread_t owner;
    int epfd, evfd;
    int stopped;
    struct watch *watches;
    size_t nwatches;
    struct timer *timers; /* slots */
    uint32_t ntimers, free_slot;
    uint32_t *heap; /* slot indices, min-heap on timers[].at */
    uint32_t nheap;
    int64_t seq;
    pthread_mutex_t lock; /* guards the ring only */
    struct job ring[POST_CAP];
    uint32_t head, count;
};

#define NO_SLOT UINT32_MAX

static void *grow(const fsip_allocator *a, void *p, size_t n, size_t size)
{
    return a->realloc(p, n * size, a->arg);
}

uint64_t fsip_loop_now(const fsip_loop *loop)
{
    struct timespec ts;
    (void)loop;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

fsip_loop *fsip_loop_new(const fsip_allocator *alloc)
{
    if (!alloc) alloc = fsip_allocator_default();
    fsip_loop *l = alloc->malloc(sizeof(*l), alloc->arg);
    if (!l) return NULL;
    memset(l, 0, sizeof(*l));
    l->alloc = alloc;
    l->owner = pthread_self();
    l->free_slot = NO_SLOT;
    l->epfd = epoll_create1(EPOLL_CLOEXEC);
    l->evfd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (l->epfd < 0 || l->evfd < 0 || pthread_mutex_init(&l->lock, NULL) != 0) goto fail;
    struct epoll_event ev = {.events = EPOLLIN, .data.u64 = UINT64_MAX};
    if (epoll_ctl(l->epfd, EPOLL_CTL_ADD, l->evfd, &ev) != 0) {
        pthread_mutex_destroy(&l->lock);
        goto fail;
    }
    return l;
fail:
    if (l->epfd >= 0) close(l->epfd);
    if (l->evfd >= 0) close(l->evfd);
    alloc->free(l, alloc->arg);
    return NULL;
}

void fsip_loop_free(fsip_loop *l)
{
    if (!l) return;
    OWNER(l);
    close(l->epfd);
    close(l->evfd);
    pthread_mutex_destroy(&l->lock);
    l->alloc->free(l->watches, l->alloc->arg);
    l->alloc->free(l->timers, l->alloc->arg);
    l->alloc->free(l->heap, l->alloc->arg);
    l->alloc->free(l, l->alloc->arg);
}

/* ---------------------------------------------------------------- fds */

int fsip_loop_watch(fsip_loop *l, int fd, uint32_t events, fsip_loop_fd_cb cb, void *arg)
{
    OWNER(l);
    if (fd < 0 || !cb || !(events & (FSIP_LOOP_READ | FSIP_LOOP_WRITE))) return FSIP_EINVAL;
    if ((size_t)fd >= l->nwatches) {
        size_t n = l->nwatches ? l->nwatches : 64;
        while (n <= (size_t)fd)
            n *= 2;
        struct watch *w = grow(l->alloc, l->watches, n, sizeof(*w));
        if (!w) return FSIP_ENOMEM;
        memset(w + l->nwatches, 0, (n - l->nwatches) * sizeof(*w));
        l->watches = w;
        l->nwatches = n;
    }
    struct watch *w = &l->watches[fd];
    struct epoll_event ev = {0};
    ev.events =
        ((events & FSIP_LOOP_READ) ? EPOLLIN : 0u) | ((events & FSIP_LOOP_WRITE) ? EPOLLOUT : 0u);
    ev.data.u64 = (uint64_t)(uint32_t)fd | (uint64_t)(w->gen + 1) << 32;
    if (epoll_ctl(l->epfd, w->active ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &ev) != 0)
        return FSIP_EINVAL;
    w->gen++;
    w->cb = cb;
    w->arg = arg;
    w->events = events;
    w->active = 1;
    return 0;
}

int fsip_loop_unwatch(fsip_loop *l, int fd)
{
    OWNER(l);
    if (fd < 0 || (size_t)fd >= l->nwatches || !l->watches[fd].active) return FSIP_ENOTFOUND;
    epoll_ctl(l->epfd, EPOLL_CTL_DEL, fd, NULL);
    l->watches[fd].active = 0;
    l->watches[fd].gen++;
    return 0;
}

/* -------------------------------------------------------------- timers */

static bool earlier(const fsip_loop *l, uint32_t a, uint32_t b)
{
    const struct timer *x = &l->timers[a], *y = &l->timers[b];
    return x->at < y->at || (x->at == y->at && x->handle < y->handle); /* FIFO on ties */
}

static void heap_set(fsip_loop *l, uint32_t i, uint32_t slot)
{
    l->heap[i] = slot;
    l->timers[slot].heap = i;
}

static void sift_up(fsip_loop *l, uint32_t i)
{
    uint32_t slot = l->heap[i];
    while (i > 0) {
        uint32_t parent = (i - 1) / 2;
        if (!earlier(l, slot, l->heap[parent])) break;
        heap_set(l, i, l->heap[parent]);
        i = parent;
    }
    heap_set(l, i, slot);
}

static void sift_down(fsip_loop *l, uint32_t i)
{
    uint32_t slot = l->heap[i];
    for (;;) {
        uint32_t c = 2 * i + 1;
        if (c >= l->nheap) break;
        if (c + 1 < l->nheap && earlier(l, l->heap[c + 1], l->heap[c])) c++;
        if (!earlier(l, l->heap[c], slot)) break;
        heap_set(l, i, l->heap[c]);
        i = c;
    }
    heap_set(l, i, slot);
}

static void heap_remove(fsip_loop *l, uint32_t i)
{
    uint32_t last = l->heap[--l->nheap];
    if (i == l->nheap) return;
    heap_set(l, i, last);
    sift_down(l, i);
    sift_up(l, l->timers[last].heap);
}

static void slot_release(fsip_loop *l, uint32_t slot)
{
    l->timers[slot].handle = 0;
    l->timers[slot].next_free = l->free_slot;
    l->free_slot = slot;
}

int64_t fsip_loop_timer_start(fsip_loop *l, uint64_t at_ms, fsip_loop_cb cb, void *arg)
{
    OWNER(l);
    if (!cb) return FSIP_EINVAL;
    uint32_t slot = l->free_slot;
    if (slot == NO_SLOT) {
        if (l->ntimers >= (1u << SLOT_BITS)) return FSIP_ENOMEM;
        uint32_t n = l->ntimers ? l->ntimers * 2 : 16;
        struct timer *t = grow(l->alloc, l->timers, n, sizeof(*t));
        if (!t) return FSIP_ENOMEM;
        l->timers = t;
        uint32_t *h = grow(l->alloc, l->heap, n, sizeof(*h));
        if (!h) return FSIP_ENOMEM; /* timers grew; harmless, counts unchanged */
        l->heap = h;
        for (uint32_t i = n; i-- > l->ntimers;) {
            t[i].handle = 0;
            t[i].next_free = l->free_slot;
            l->free_slot = i;
        }
        l->ntimers = n;
        slot = l->free_slot;
    }
    l->free_slot = l->timers[slot].next_free;
    struct timer *t = &l->timers[slot];
    t->at = at_ms;
    t->handle = (++l->seq << SLOT_BITS) | slot;
    t->cb = cb;
    t->arg = arg;
    l->heap[l->nheap] = slot;
    t->heap = l->nheap++;
    sift_up(l, t->heap);
    return t->handle;
}

int fsip_loop_timer_cancel(fsip_loop *l, int64_t handle)
{
    OWNER(l);
    if (handle <= 0) return FSIP_ENOTFOUND;
    uint32_t slot = (uint32_t)(handle & ((1 << SLOT_BITS) - 1));
    if (slot >= l->ntimers || l->timers[slot].handle != handle) return FSIP_ENOTFOUND;
    heap_remove(l, l->timers[slot].heap);
    slot_release(l, slot);
    return 0;
}

static int run_timers(fsip_loop *l)
{
    int n = 0;
    uint64_t now = fsip_loop_now(l);
    while (l->nheap > 0 && !l->stopped) {
        uint32_t slot = l->heap[0];
        struct timer t = l->timers[slot];
        if (t.at > now) break;
        heap_remove(l, 0);
        slot_release(l, slot); /* before the callback: it may start timers */
        t.cb(l, t.arg);
        n++;
    }
    return n;
}

/* ---------------------------------------------------------------- posts */

int fsip_loop_post(fsip_loop *l, fsip_loop_cb cb, void *arg)
{
    if (!l || !cb) return FSIP_EINVAL;
    pthread_mutex_lock(&l->lock);
    if (l->count == POST_CAP) {
        pthread_mutex_unlock(&l->lock);
        return FSIP_ELIMIT;
    }
    l->ring[(l->head + l->count) % POST_CAP] = (struct job){cb, arg};
    l->count++;
    pthread_mutex_unlock(&l->lock);
    uint64_t one = 1;
    ssize_t w = write(l->evfd, &one, sizeof(one)); /* EAGAIN: already signalled */
    (void)w;
    return 0;
}

static int run_posts(fsip_loop *l)
{
    uint64_t v;
    ssize_t r = read(l->evfd, &v, sizeof(v));
    (void)r;
    /* Run at most what is queued now, so a job that posts again cannot
     * starve fds and timers. */
    pthread_mutex_lock(&l->lock);
    uint32_t todo = l->count;
    pthread_mutex_unlock(&l->lock);
    uint32_t ran = 0;
    for (; ran < todo && !l->stopped; ran++) {
        pthread_mutex_lock(&l->lock);
        struct job j = l->ring[l->head];
        l->head = (l->head + 1) % POST_CAP;
        l->count--;
        pthread_mutex_unlock(&l->lock);
        j.cb(l, j.arg);
    }
    if (ran < todo) { /* stopped with jobs left: keep the loop woken for them */
        uint64_t one = 1;
        ssize_t w = write(l->evfd, &one, sizeof(one));
        (void)w;
    }
    return (int)ran;
}

/* ------------------------------------------------------------------ run */

int fsip_loop_run_once(fsip_loop *l, int timeout_ms)
{
    OWNER(l);
    struct epoll_event evs[MAX_EVENTS];
    if (l->nheap > 0) {
        uint64_t now = fsip_loop_now(l), at = l->timers[l->heap[0]].at;
        int64_t until = at > now ? (int64_t)(at - now) : 0;
        if (timeout_ms < 0 || until < timeout_ms)
            timeout_ms = (int)(until > INT32_MAX ? INT32_MAX : until);
    }
    int k = epoll_wait(l->epfd, evs, MAX_EVENTS, timeout_ms);
    if (k < 0) return errno == EINTR ? 0 : FSIP_EINVAL;
    int n = 0, posted = 0;
    for (int i = 0; i < k && !l->stopped; i++) {
        if (evs[i].data.u64 == UINT64_MAX) {
            posted = 1;
            continue;
        }
        int fd = (int)(uint32_t)evs[i].data.u64;
        uint32_t gen = (uint32_t)(evs[i].data.u64 >> 32);
        if ((size_t)fd >= l->nwatches) continue;
        struct watch *w = &l->watches[fd];
        if (!w->active || w->gen != gen) continue; /* unwatched (or rewatched) meanwhile */
        uint32_t e = 0;
        if (evs[i].events & (EPOLLIN | EPOLLRDHUP)) e |= FSIP_LOOP_READ;
        if (evs[i].events & EPOLLOUT) e |= FSIP_LOOP_WRITE;
        if (evs[i].events & (EPOLLERR | EPOLLHUP)) e |= FSIP_LOOP_ERROR;
        w->cb(l, fd, e, w->arg);
        n++;
    }
    if (!l->stopped) n += run_timers(l);
    if (posted && !l->stopped) n += run_posts(l);
    return n;
}

int fsip_loop_run(fsip_loop *l)
{
    OWNER(l);
    l->stopped = 0;
    while (!l->stopped) {
        int rc = fsip_loop_run_once(l, -1);
        if (rc < 0) return rc;
    }
    l->stopped = 0;
    return 0;
}

void fsip_loop_stop(fsip_loop *l)
{
    OWNER(l);
    l->stopped = 1;
}
