/* fsip — common types: error codes, string views, the pluggable allocator.
 *
 * Every fsip function returns 0 (or a count) on success and a negative
 * FSIP_E* code on failure; fsip_strerror() names a code.
 */
#ifndef FSIP_COMMON_H
#define FSIP_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Error codes (always negative). */
enum fsip_error {
    FSIP_OK = 0,
    FSIP_EAGAIN = -1,    /* need more data (stream parsing) */
    FSIP_ENOMEM = -2,    /* the allocator failed */
    FSIP_EPARSE = -3,    /* malformed input; details in fsip_parse_result */
    FSIP_EINVAL = -4,    /* invalid argument (programmer error) */
    FSIP_ELIMIT = -5,    /* a configured limit was exceeded */
    FSIP_ENOTFOUND = -6, /* no such element */
    FSIP_EAUTH = -7,     /* authentication failed: no credentials, or they were refused */
    FSIP_ETLS = -8,      /* TLS handshake or certificate verification failed */
    FSIP_ENOTSUP = -9    /* not supported (an algorithm, a scheme, a build option) */
};

/* Returns a static, human-readable name for an FSIP_E* code. */
const char *fsip_strerror(int err);

/* A string view: `len` bytes at `ptr`, not NUL-terminated. A view into a
 * message is valid as long as the message lives. `ptr == NULL` means absent
 * (distinct from present but empty). */
typedef struct fsip_str {
    const char *ptr;
    size_t len;
} fsip_str;

#define FSIP_STR_NULL ((fsip_str){NULL, 0})

/* Builds a view of a NUL-terminated C string (no copy). */
fsip_str fsip_str_c(const char *s);
/* Byte-wise and ASCII-case-insensitive equality of a view and a C string. */
bool fsip_str_eq(fsip_str a, const char *b);
bool fsip_str_caseeq(fsip_str a, const char *b);
bool fsip_str_caseeq_str(fsip_str a, fsip_str b);

/* The pluggable allocator. `arg` is passed back to every call. realloc and
 * free receive NULL/size semantics of the C library. Tests plug in a
 * counting allocator that can fail the n-th allocation. */
typedef struct fsip_allocator {
    void *(*malloc)(size_t size, void *arg);
    void *(*realloc)(void *ptr, size_t size, void *arg);
    void (*free)(void *ptr, void *arg);
    void *arg;
} fsip_allocator;

/* The C library allocator (read-only, process-wide). */
const fsip_allocator *fsip_allocator_default(void);

#ifdef __cplusplus
}
#endif
#endif
