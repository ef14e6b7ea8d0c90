/* Error names, string views, the default allocator. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fsip/common.h"
#include "scan.h"

const char *fsip_strerror(int err)
{
    switch (err) {
    case FSIP_OK: return "success";
    case FSIP_EAGAIN: return "need more data";
    case FSIP_ENOMEM: return "out of memory";
    case FSIP_EPARSE: return "malformed input";
    case FSIP_EINVAL: return "invalid argument";
    case FSIP_ELIMIT: return "limit exceeded";
    case FSIP_ENOTFOUND: return "not found";
    case FSIP_EAUTH: return "authentication failed";
    case FSIP_ETLS: return "TLS failure";
    case FSIP_ENOTSUP: return "not supported";
    default: return "unknown error";
    }
}

fsip_str fsip_str_c(const char *s)
{
    return s ? (fsip_str){s, strlen(s)} : FSIP_STR_NULL;
}

bool fsip_str_eq(fsip_str a, const char *b)
{
    size_t n = strlen(b);
    return a.ptr && a.len == n && memcmp(a.ptr, b, n) == 0;
}

bool fsip_str_caseeq(fsip_str a, const char *b)
{
    size_t n = strlen(b);
    return a.ptr && a.len == n && strncasecmp(a.ptr, b, n) == 0;
}

bool fsip_str_caseeq_str(fsip_str a, fsip_str b)
{
    return a.len == b.len && (a.len == 0 || strncasecmp(a.ptr, b.ptr, a.len) == 0);
}

static void *std_malloc(size_t size, void *arg)
{
    (void)arg;
    return malloc(size);
}

static void *std_realloc(void *ptr, size_t size, void *arg)
{
    (void)arg;
    return realloc(ptr, size);
}

static void std_free(void *ptr, void *arg)
{
    (void)arg;
    free(ptr);
}

static const fsip_allocator std_alloc = {std_malloc, std_realloc, std_free, NULL};

const fsip_allocator *fsip_allocator_default(void)
{
    return &std_alloc;
}

bool fsip__list_has(const char *list, fsip_str tok, bool nocase)
{
    const char *p = list;
    while (p && *p) {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        const char *e = p;
        while (*e && *e != ',')
            e++;
        const char *end = e;
        while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
            end--;
        size_t n = (size_t)(end - p);
        if (n && n == tok.len &&
            (nocase ? fsip_str_caseeq_str((fsip_str){p, n}, tok) : memcmp(p, tok.ptr, n) == 0))
            return true;
        p = e;
    }
    return false;
}
