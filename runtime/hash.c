/* SipHash-2-4 and SipHash-1-3 (Aumasson and Bernstein, 2012) and a chained
 * hash table. */
#include "hash.h"

#include <string.h>

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND                                                                                   \
    do {                                                                                           \
        v0 += v1;                                                                                  \
        v1 = ROTL(v1, 13);                                                                         \
        v1 ^= v0;                                                                                  \
        v0 = ROTL(v0, 32);                                                                         \
        v2 += v3;                                                                                  \
        v3 = ROTL(v3, 16);                                                                         \
        v3 ^= v2;                                                                                  \
        v0 += v3;                                                                                  \
        v3 = ROTL(v3, 21);                                                                         \
        v3 ^= v0;                                                                                  \
        v2 += v1;                                                                                  \
        v1 = ROTL(v1, 17);                                                                         \
        v1 ^= v2;                                                                                  \
        v2 = ROTL(v2, 32);                                                                         \
    } while (0)

/* Eight bytes, little-endian (as SipHash reads them): one load. */
static uint64_t load64(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, sizeof v);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v;
}

/* The last 0-7 bytes and the length (little-endian, as SipHash defines). */
static uint64_t tail64(const uint8_t *p, size_t len)
{
    uint64_t b = (uint64_t)len << 56;
    for (size_t i = 0; i < (len & 7); i++)
        b |= (uint64_t)p[i] << (8 * i);
    return b;
}

/* SipHash-c-d: c compression rounds per 8-byte block, d finalisation
 * rounds. Inlined into both variants, the constant round counts unroll. */
static inline __attribute__((always_inline)) uint64_t
siphash_cd(uint64_t k0, uint64_t k1, const void *data, size_t len, int c, int d)
{
    const uint8_t *p = data;
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL, v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL, v3 = k1 ^ 0x7465646279746573ULL;
    size_t full = len & ~(size_t)7;
    uint64_t m;
    for (size_t i = 0; i < full; i += 8) {
        m = load64(p + i);
        v3 ^= m;
        for (int r = 0; r < c; r++)
            SIPROUND;
        v0 ^= m;
    }
    m = tail64(p + full, len); /* the last block: tail bytes and length */
    v3 ^= m;
    for (int r = 0; r < c; r++)
        SIPROUND;
    v0 ^= m;
    v2 ^= 0xff;
    for (int r = 0; r < d; r++)
        SIPROUND;
    return v0 ^ v1 ^ v2 ^ v3;
}

uint64_t fsip__siphash(uint64_t k0, uint64_t k1, const void *data, size_t len)
{
    return siphash_cd(k0, k1, data, len, 2, 4);
}

uint64_t fsip__siphash13(uint64_t k0, uint64_t k1, const void *data, size_t len)
{
    return siphash_cd(k0, k1, data, len, 1, 3);
}

int fsip__htable_init(struct fsip_htable *t, const fsip_allocator *alloc, uint64_t k0, uint64_t k1)
{
    memset(t, 0, sizeof(*t));
    t->alloc = alloc;
    t->k0 = k0;
    t->k1 = k1;
    t->nb = 64;
    t->b = alloc->malloc(t->nb * sizeof(*t->b), alloc->arg);
    if (!t->b) return FSIP_ENOMEM;
    memset(t->b, 0, t->nb * sizeof(*t->b));
    return 0;
}

void fsip__htable_release(struct fsip_htable *t)
{
    if (t->b) t->alloc->free(t->b, t->alloc->arg);
    t->b = NULL;
    t->nb = t->n = 0;
}

int fsip__htable_reserve(struct fsip_htable *t)
{
    if (t->n + 1 <= t->nb) return 0;
    uint32_t nb = t->nb * 2;
    struct fsip_hnode **b = t->alloc->malloc(nb * sizeof(*b), t->alloc->arg);
    if (!b) return FSIP_ENOMEM;
    memset(b, 0, nb * sizeof(*b));
    for (uint32_t i = 0; i < t->nb; i++) {
        struct fsip_hnode *n = t->b[i];
        while (n) {
            struct fsip_hnode *next = n->next;
            uint32_t j = (uint32_t)(n->hash & (nb - 1));
            n->next = b[j];
            b[j] = n;
            n = next;
        }
    }
    t->alloc->free(t->b, t->alloc->arg);
    t->b = b;
    t->nb = nb;
    return 0;
}

uint64_t fsip__htable_hash(const struct fsip_htable *t, const void *key, size_t klen)
{
    return fsip__siphash13(t->k0, t->k1, key, klen);
}

void fsip__htable_insert(struct fsip_htable *t, struct fsip_hnode *n)
{
    fsip__htable_insert_h(t, n, fsip__htable_hash(t, n->key, n->klen));
}

void fsip__htable_insert_h(struct fsip_htable *t, struct fsip_hnode *n, uint64_t h)
{
    n->hash = h;
    uint32_t j = (uint32_t)(n->hash & (t->nb - 1));
    n->next = t->b[j];
    t->b[j] = n;
    n->linked = 1;
    t->n++;
}

void fsip__htable_remove(struct fsip_htable *t, struct fsip_hnode *n)
{
    if (!n->linked) return;
    struct fsip_hnode **pp = &t->b[n->hash & (t->nb - 1)];
    while (*pp && *pp != n)
        pp = &(*pp)->next;
    if (*pp) {
        *pp = n->next;
        t->n--;
    }
    n->linked = 0;
    n->next = NULL;
}

struct fsip_hnode *fsip__htable_find(const struct fsip_htable *t, const void *key, size_t klen)
{
    return fsip__htable_find_h(t, key, klen, fsip__htable_hash(t, key, klen));
}

struct fsip_hnode *fsip__htable_find_h(const struct fsip_htable *t, const void *key, size_t klen,
                                       uint64_t h)
{
    for (struct fsip_hnode *n = t->b[h & (t->nb - 1)]; n; n = n->next)
        if (n->hash == h && n->klen == klen && memcmp(n->key, key, klen) == 0) return n;
    return NULL;
}
