/* Binary min-heap of timers ordered by (when, seq). */
#include "timer.h"

static int before(const struct fsip_timer *a, const struct fsip_timer *b)
{
    return a->when < b->when || (a->when == b->when && a->seq < b->seq);
}

static void put(struct fsip_theap *h, uint32_t i, struct fsip_timer *t)
{
    h->v[i] = t;
    t->idx = i;
}

static void sift_up(struct fsip_theap *h, uint32_t i)
{
    struct fsip_timer *t = h->v[i];
    while (i > 0) {
        uint32_t p = (i - 1) / 2;
        if (!before(t, h->v[p])) break;
        put(h, i, h->v[p]);
        i = p;
    }
    put(h, i, t);
}

static void sift_down(struct fsip_theap *h, uint32_t i)
{
    struct fsip_timer *t = h->v[i];
    for (;;) {
        uint32_t c = 2 * i + 1;
        if (c >= h->n) break;
        if (c + 1 < h->n && before(h->v[c + 1], h->v[c])) c++;
        if (!before(h->v[c], t)) break;
        put(h, i, h->v[c]);
        i = c;
    }
    put(h, i, t);
}

void fsip__theap_init(struct fsip_theap *h, const fsip_allocator *alloc)
{
    h->alloc = alloc;
    h->v = NULL;
    h->n = h->cap = 0;
    h->seq = 0;
}

void fsip__theap_release(struct fsip_theap *h)
{
    for (uint32_t i = 0; i < h->n; i++)
        h->v[i]->idx = FSIP_TIMER_IDLE;
    if (h->v) h->alloc->free(h->v, h->alloc->arg);
    h->v = NULL;
    h->n = h->cap = 0;
}

int fsip__theap_reserve(struct fsip_theap *h, uint32_t total)
{
    if (total <= h->cap) return 0;
    uint32_t cap = h->cap ? h->cap : 64;
    while (cap < total)
        cap *= 2;
    struct fsip_timer **v = h->alloc->realloc(h->v, cap * sizeof(*v), h->alloc->arg);
    if (!v) return FSIP_ENOMEM;
    h->v = v;
    h->cap = cap;
    return 0;
}

void fsip__theap_stop(struct fsip_theap *h, struct fsip_timer *t)
{
    if (t->idx == FSIP_TIMER_IDLE) return;
    uint32_t i = t->idx;
    t->idx = FSIP_TIMER_IDLE;
    h->n--;
    if (i == h->n) return;
    struct fsip_timer *moved = h->v[h->n];
    put(h, i, moved);
    sift_down(h, i);
    sift_up(h, moved->idx);
}

void fsip__theap_start(struct fsip_theap *h, struct fsip_timer *t, uint64_t when)
{
    fsip__theap_stop(h, t);
    t->when = when;
    t->seq = h->seq++;
    /* Room was reserved by the owner (fsip__theap_reserve). */
    put(h, h->n++, t);
    sift_up(h, t->idx);
}

struct fsip_timer *fsip__theap_top(const struct fsip_theap *h)
{
    return h->n ? h->v[0] : NULL;
}
