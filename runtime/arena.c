#include "arena.h"

#include <stdint.h>
#include <string.h>

struct fsip_arena_chunk {
    struct fsip_arena_chunk *next;
    max_align_t data[];
};

#define CHUNK_MIN 4096

void fsip__arena_init(struct fsip_arena *a, const fsip_allocator *alloc, void *buf, size_t size)
{
    a->alloc = alloc;
    a->cur = buf;
    a->end = buf ? (char *)buf + size : NULL;
    a->chunks = NULL;
}

void *fsip__arena_alloc(struct fsip_arena *a, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    uintptr_t cur = ((uintptr_t)a->cur + 7) & ~(uintptr_t)7;
    if (a->cur && cur + n <= (uintptr_t)a->end) {
        a->cur = (char *)(cur + n);
        return (void *)cur;
    }
    size_t size = n > CHUNK_MIN ? n : CHUNK_MIN;
    struct fsip_arena_chunk *c = a->alloc->malloc(sizeof(*c) + size, a->alloc->arg);
    if (!c) return NULL;
    c->next = a->chunks;
    a->chunks = c;
    char *p = (char *)c->data;
    a->cur = p + n;
    a->end = p + size;
    return p;
}

char *fsip__arena_dup(struct fsip_arena *a, const void *src, size_t n)
{
    char *p = fsip__arena_alloc(a, n + 1);
    if (!p) return NULL;
    if (n) memcpy(p, src, n);
    p[n] = '\0';
    return p;
}

void fsip__arena_release(struct fsip_arena *a)
{
    struct fsip_arena_chunk *c = a->chunks;
    while (c) {
        struct fsip_arena_chunk *next = c->next;
        a->alloc->free(c, a->alloc->arg);
        c = next;
    }
    a->chunks = NULL;
}
