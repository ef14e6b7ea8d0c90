/* fuzz_uri — fsip_uri_parse() with and without FSIP_URI_NO_HEADERS,
 * fsip_unescape() on what it returns, and fsip_uri_equal() (RFC 3261
 * §19.1.4): reflexive, symmetric, and a URI accepted without headers equal
 * to itself parsed with headers allowed.
 *
 * Input: one URI, or two separated by the first LF (a URI never holds a raw
 * LF) to compare with each other. No option byte: seed files are plain URIs.
 */
#include "fuzz_common.h"

#include <stdlib.h>
#include <string.h>

static void check_unescape(fsip_str s)
{
    if (s.ptr == NULL) return;
    char *out = malloc(s.len + 1);
    FUZZ_CHECK(out != NULL, "out of memory");
    int64_t n = fsip_unescape(s.ptr, s.len, out);
    FUZZ_CHECK(n == FSIP_EPARSE || (n >= 0 && (uint64_t)n <= s.len),
               "fsip_unescape of %zu bytes returned %lld", s.len, (long long)n);
    free(out);
}

static void check_parsed(const fsip_uri *u, const char *s, size_t len, unsigned flags)
{
    fsip_str text = {s, len};
    fuzz_check_uri(u, text);
    FUZZ_CHECK(u->scheme_s.ptr != NULL, "a parsed URI without a scheme");
    if (flags & FSIP_URI_NO_HEADERS)
        FUZZ_CHECK(u->headers.n == 0, "%u headers with FSIP_URI_NO_HEADERS", u->headers.n);
    FUZZ_CHECK(fsip_uri_equal(u, u), "a URI is not equal to itself: %.*s", (int)len, s);

    check_unescape(u->user);
    check_unescape(u->password);
    check_unescape(u->host);
    for (uint32_t i = 0; i < u->params.n; i++) {
        check_unescape(u->params.v[i].name);
        check_unescape(u->params.v[i].value);
    }
    for (uint32_t i = 0; i < u->headers.n; i++) {
        check_unescape(u->headers.v[i].name);
        check_unescape(u->headers.v[i].value);
    }
}

/* Parses `s` with `flags`; returns true and fills *u when it parsed. */
static bool parse(const char *s, size_t len, unsigned flags, fuzz_alloc *fa, fsip_uri *u)
{
    size_t err = (size_t)-1;
    memset(u, 0, sizeof *u);
    int rc = fsip_uri_parse(s, len, flags, &fa->a, u, &err);
    FUZZ_CHECK(rc == 0 || rc == FSIP_EPARSE, "fsip_uri_parse returned %d", rc);
    if (rc != 0) {
        FUZZ_CHECK(err <= len, "error offset %zu in a %zu-byte URI", err, len);
        return false;
    }
    check_parsed(u, s, len, flags);
    return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_alloc fa;
    fuzz_alloc_init(&fa);

    /* A copy of exactly `size` bytes: a read past the end is an ASan report. */
    char *buf = malloc(size ? size : 1);
    FUZZ_CHECK(buf != NULL, "out of memory");
    if (size) memcpy(buf, data, size);
    const char *lf = memchr(buf, '\n', size);
    size_t alen = lf ? (size_t)(lf - buf) : size;
    const char *b = lf ? lf + 1 : NULL;
    size_t blen = lf ? size - alen - 1 : 0;

    fsip_uri a, an, ob;
    bool a_ok = parse(buf, alen, 0, &fa, &a);
    bool an_ok = parse(buf, alen, FSIP_URI_NO_HEADERS, &fa, &an);
    if (an_ok) {
        FUZZ_CHECK(a_ok, "accepted with FSIP_URI_NO_HEADERS, rejected without: %.*s", (int)alen,
                   buf);
        FUZZ_CHECK(fsip_uri_equal(&a, &an) && fsip_uri_equal(&an, &a),
                   "the same text parsed with and without FSIP_URI_NO_HEADERS is not equal: %.*s",
                   (int)alen, buf);
    }
    if (b != NULL && parse(b, blen, 0, &fa, &ob)) {
        if (a_ok)
            FUZZ_CHECK(fsip_uri_equal(&a, &ob) == fsip_uri_equal(&ob, &a),
                       "fsip_uri_equal is not symmetric: %.*s vs %.*s", (int)alen, buf, (int)blen,
                       b);
        fsip_uri_release(&ob, &fa.a);
    }
    if (an_ok) fsip_uri_release(&an, &fa.a);
    if (a_ok) fsip_uri_release(&a, &fa.a);
    FUZZ_CHECK(fa.live == 0, "%ld blocks still live after fsip_uri_release()", fa.live);
    free(buf);
    return 0;
}
