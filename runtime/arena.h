/* A bump allocator: one initial block (usually inside the object that owns
 * the arena), further chunks on demand, everything freed at once. */
#ifndef FSIP_ARENA_H
#define FSIP_ARENA_H

#include <stddef.h>

#include "fsip/common.h"

struct fsip_arena_chunk;

struct fsip_arena {
    const fsip_allocator *alloc;
    char *cur, *end;
    struct fsip_arena_chunk *chunks; /* extra chunks, newest first */
};

/* Initialises an arena over [buf, buf+size) (may be NULL/0). */
void fsip__arena_init(struct fsip_arena *a, const fsip_allocator *alloc, void *buf, size_t size);
/* 8-byte aligned allocation; NULL when the allocator fails. */
void *fsip__arena_alloc(struct fsip_arena *a, size_t n);
/* Copies n bytes into the arena. */
char *fsip__arena_dup(struct fsip_arena *a, const void *src, size_t n);
/* Frees every extra chunk (not the initial block). */
void fsip__arena_release(struct fsip_arena *a);

#endif
