/* Internal URI helpers shared by the message parser. */
#ifndef FSIP_URI_INTERNAL_H
#define FSIP_URI_INTERNAL_H

#include "arena.h"
#include "fsip/uri.h"

/* Parses a URI with its param arrays in arena `a`. On FSIP_EPARSE sets
 * *err_at (offset in s) and *reason. */
int fsip__uri_parse(struct fsip_arena *a, const char *s, size_t len, unsigned flags, fsip_uri *out,
                    size_t *err_at, const char **reason);

/* Parses decimal digits into *out; fails (false) on overflow past max. */
bool fsip__parse_u32(const char *s, size_t n, uint32_t max, uint32_t *out);

/* Copies a param stack into an array in the arena. */
int fsip__params_copy(struct fsip_arena *a, const fsip_param *v, uint32_t n, fsip_params *out);

#endif
