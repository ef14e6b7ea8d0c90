/* Keyed hashing (SipHash) and an intrusive chained hash table.
 *
 * Keys are byte strings hashed with a per-stack random key, so a peer that
 * picks branches or Call-IDs cannot aim them at one bucket (hash flooding).
 * The tables use SipHash-1-3 (one compression and three finalisation
 * rounds: the variant hash tables use against flooding, about half the
 * work of SipHash-2-4); fsip__siphash, SipHash-2-4, stays the generator of
 * branches and tags.
 * Lookups are O(1) on average; the table doubles when it holds more
 * entries than buckets. */
#ifndef FSIP_HASH_H
#define FSIP_HASH_H

#include <stddef.h>
#include <stdint.h>

#include "fsip/common.h"

uint64_t fsip__siphash(uint64_t k0, uint64_t k1, const void *data, size_t len);
uint64_t fsip__siphash13(uint64_t k0, uint64_t k1, const void *data, size_t len);

/* A node embedded in the hashed object; key points into the object. */
struct fsip_hnode {
    struct fsip_hnode *next;
    uint64_t hash;
    const uint8_t *key;
    uint32_t klen;
    uint8_t linked;
};

struct fsip_htable {
    const fsip_allocator *alloc;
    struct fsip_hnode **b;
    uint32_t nb, n;
    uint64_t k0, k1;
};

/* Returns 0 or FSIP_ENOMEM. */
int fsip__htable_init(struct fsip_htable *t, const fsip_allocator *alloc, uint64_t k0, uint64_t k1);
void fsip__htable_release(struct fsip_htable *t);
/* Makes room for one more entry (may grow the table): call before insert
 * so that insert cannot fail. Returns 0 or FSIP_ENOMEM. */
int fsip__htable_reserve(struct fsip_htable *t);
/* Links n (key/klen set) into the table. Duplicates are allowed; lookup
 * finds the newest. */
void fsip__htable_insert(struct fsip_htable *t, struct fsip_hnode *n);
void fsip__htable_remove(struct fsip_htable *t, struct fsip_hnode *n);
struct fsip_hnode *fsip__htable_find(const struct fsip_htable *t, const void *key, size_t klen);

/* The same with the key's hash computed once by the caller
 * (fsip__htable_hash), for a lookup followed by an insert of that key. */
uint64_t fsip__htable_hash(const struct fsip_htable *t, const void *key, size_t klen);
struct fsip_hnode *fsip__htable_find_h(const struct fsip_htable *t, const void *key, size_t klen,
                                       uint64_t h);
void fsip__htable_insert_h(struct fsip_htable *t, struct fsip_hnode *n, uint64_t h);

#endif
