/* Timers: one binary min-heap per stack. Start, cancel and restart are
 * O(log n); the next deadline is O(1). Each timer remembers its heap
 * position, so cancelling needs no search. Ties fire in start order. */
#ifndef FSIP_TIMER_H
#define FSIP_TIMER_H

#include <stdint.h>

#include "fsip/common.h"

#define FSIP_TIMER_IDLE UINT32_MAX

struct fsip_timer {
    uint64_t when;
    uint64_t seq;      /* start order, breaks ties */
    uint32_t idx;      /* heap position, FSIP_TIMER_IDLE when not running */
    uint32_t slot;     /* owner's timer index */
    uint64_t interval; /* the last interval (for backoff) */
    void *owner;
    /* NULL for a transaction timer; else the transaction user's handler
     * (the call layer), run when the timer fires. */
    void (*fire)(struct fsip_timer *t);
};

struct fsip_theap {
    const fsip_allocator *alloc;
    struct fsip_timer **v;
    uint32_t n, cap;
    uint64_t seq;
};

void fsip__theap_init(struct fsip_theap *h, const fsip_allocator *alloc);
void fsip__theap_release(struct fsip_theap *h);
/* Ensures room for `total` running timers. Returns 0 or FSIP_ENOMEM. */
int fsip__theap_reserve(struct fsip_theap *h, uint32_t total);
/* (Re)starts t to fire at `when`. Room must have been reserved. */
void fsip__theap_start(struct fsip_theap *h, struct fsip_timer *t, uint64_t when);
void fsip__theap_stop(struct fsip_theap *h, struct fsip_timer *t);
/* The earliest timer, or NULL. */
struct fsip_timer *fsip__theap_top(const struct fsip_theap *h);

#endif
