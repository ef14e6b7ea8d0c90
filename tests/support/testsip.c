#include "testsip.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ------------------------------------------------------------ leak check */

static long leak_baseline;

int test_leak_setup(void **state)
{
    (void)state;
    test_alloc_fail_at(0);
    leak_baseline = test_alloc_live();
    return 0;
}

int test_leak_teardown(void **state)
{
    (void)state;
    long live = test_alloc_live();
    if (live != leak_baseline) {
        print_error("leak check: %ld live blocks before the test, %ld after\n", leak_baseline,
                    live);
        return -1;
    }
    return 0;
}

/* ---------------------------------------------------------------- parsing */

void test_opts(fsip_parse_opts *o, uint32_t lenient)
{
    fsip_parse_opts_init(o);
    o->lenient = lenient;
    o->alloc = test_alloc;
}

int test_parse(const void *buf, size_t len, fsip_parse_mode mode, uint32_t lenient, fsip_msg **out,
               fsip_parse_result *res)
{
    fsip_parse_opts o;
    test_opts(&o, lenient);
    memset(res, 0, sizeof(*res));
    *out = NULL;
    return fsip_msg_parse(buf, len, mode, &o, out, res);
}

static const char *show(const char *s, size_t n);

fsip_msg *test_parse_ok_at(const char *s, uint32_t lenient, const char *file, int line)
{
    fsip_msg *m = NULL;
    fsip_parse_result r;
    int rc = test_parse(s, strlen(s), FSIP_PARSE_DATAGRAM, lenient, &m, &r);
    if (rc != FSIP_OK || m == NULL) {
        print_error("parse failed: rc=%d (%s) status=%d offset=%zu header='%s' reason='%s'\n"
                    "  near: '%s'\n  input: '%s'\n",
                    rc, fsip_strerror(rc), r.status, r.offset, r.header,
                    r.reason ? r.reason : "(null)",
                    r.offset <= strlen(s) ? show(s + r.offset, strlen(s + r.offset)) : "?",
                    show(s, strlen(s)));
        _fail(file, line);
    }
    return m;
}

fsip_parse_result test_parse_err_at(const char *s, uint32_t lenient, int rc, const char *hdr,
                                    int status, const char *file, int line)
{
    fsip_msg *m = NULL;
    fsip_parse_result r;
    int got = test_parse(s, strlen(s), FSIP_PARSE_DATAGRAM, lenient, &m, &r);
    if (got == FSIP_OK) fsip_msg_free(m);
    if (rc == 0) rc = FSIP_EPARSE;
    int bad = got != rc || (hdr && strcmp(r.header, hdr) != 0) || (status && r.status != status);
    if (bad) {
        print_error("expected rc=%d header='%s' status=%d, got rc=%d (%s) header='%s' status=%d "
                    "offset=%zu reason='%s'\n  input: '%s'\n",
                    rc, hdr ? hdr : "*", status, got, fsip_strerror(got), r.header, r.status,
                    r.offset, r.reason ? r.reason : "(null)", show(s, strlen(s)));
        _fail(file, line);
    }
    return r;
}

char *test_dump(const fsip_msg *m)
{
    size_t n = fsip_msg_dump(m, NULL, 0);
    char *buf = malloc(n + 1);
    assert_non_null(buf);
    size_t n2 = fsip_msg_dump(m, buf, n + 1);
    assert_int_equal(n, n2);
    buf[n] = '\0';
    return buf;
}

char *test_print(const fsip_msg *m, size_t *len)
{
    size_t n = fsip_msg_print(m, NULL, 0);
    char *buf = malloc(n + 1);
    assert_non_null(buf);
    size_t n2 = fsip_msg_print(m, buf, n + 1);
    assert_int_equal(n, n2);
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* ------------------------------------------------------------ views */

/* Escapes control and non-ASCII octets so failure messages stay readable. */
static const char *show(const char *s, size_t n)
{
    static char ring[8][1024];
    static int k;
    char *out = ring[k++ & 7];
    size_t o = 0;
    for (size_t i = 0; i < n && o + 8 < sizeof(ring[0]); i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\r')
            o += (size_t)sprintf(out + o, "\\r");
        else if (c == '\n')
            o += (size_t)sprintf(out + o, "\\n");
        else if (c < 0x20 || c >= 0x7f)
            o += (size_t)sprintf(out + o, "\\x%02x", c);
        else
            out[o++] = (char)c;
    }
    out[o] = '\0';
    return out;
}

const char *test_cstr(fsip_str s)
{
    if (!s.ptr) return "(null)";
    return show(s.ptr, s.len);
}

void test_assert_view(fsip_str v, const char *exp, size_t n, const char *file, int line)
{
    if (!v.ptr || v.len != n || memcmp(v.ptr, exp, n) != 0) {
        print_error("view: got '%s' (len %zu%s), expected '%s' (len %zu)\n", test_cstr(v), v.len,
                    v.ptr ? "" : ", absent", show(exp, n), n);
        _fail(file, line);
    }
}

void test_assert_view_null(fsip_str v, const char *file, int line)
{
    if (v.ptr) {
        print_error("view: got '%s', expected absent\n", test_cstr(v));
        _fail(file, line);
    }
}

void test_assert_unescaped(fsip_str v, const char *exp, size_t n, const char *file, int line)
{
    if (!v.ptr) {
        print_error("unescape: view absent, expected '%s'\n", show(exp, n));
        _fail(file, line);
        return;
    }
    char *buf = malloc(v.len + 1);
    assert_non_null(buf);
    int64_t got = fsip_unescape(v.ptr, v.len, buf);
    if (got != (int64_t)n || memcmp(buf, exp, n) != 0) {
        print_error("unescape('%s'): got %lld '%s', expected '%s'\n", test_cstr(v), (long long)got,
                    got >= 0 ? show(buf, (size_t)got) : "", show(exp, n));
        free(buf);
        _fail(file, line);
        return;
    }
    free(buf);
}

void test_assert_param(const fsip_params *ps, const char *name, const char *exp, const char *file,
                       int line)
{
    const fsip_param *p = fsip_params_find(ps, name);
    if (!p) {
        print_error("param '%s' absent (%u params)\n", name, ps->n);
        _fail(file, line);
        return;
    }
    if (!exp) {
        if (p->value.ptr) {
            print_error("param '%s': got value '%s', expected none\n", name, test_cstr(p->value));
            _fail(file, line);
        }
        return;
    }
    if (!p->value.ptr || p->value.len != strlen(exp) || memcmp(p->value.ptr, exp, strlen(exp))) {
        print_error("param '%s': got '%s', expected '%s'\n", name, test_cstr(p->value), exp);
        _fail(file, line);
    }
}

/* ---------------------------------------------------------- conversions */

char *test_wire_form(const char *buf, size_t len, int fix_cl, size_t *out_len)
{
    size_t cap = len * 2 + 64, n = 0;
    char *out = malloc(cap);
    assert_non_null(out);
    for (size_t i = 0; i < len; i++) {
        if (buf[i] == '\n' && (i == 0 || buf[i - 1] != '\r')) out[n++] = '\r';
        out[n++] = buf[i];
    }
    out[n] = '\0';
    char *end = strstr(out, "\r\n\r\n"); /* the headers hold no NUL */
    if (!end) {
        memcpy(out + n, "\r\n", 3);
        n += 2;
        end = strstr(out, "\r\n\r\n");
    }
    assert_non_null(end);
    size_t hdr_end = (size_t)(end - out) + 4;
    if (fix_cl) {
        size_t body = n - hdr_end;
        /* Find "\nContent-Length" or "\nl" followed by optional WSP and ':'. */
        for (size_t i = 0; i + 1 < hdr_end; i++) {
            if (out[i] != '\n') continue;
            size_t j = i + 1, name;
            if (strncasecmp(out + j, "Content-Length", 14) == 0)
                name = 14;
            else if (out[j] == 'l' || out[j] == 'L')
                name = 1;
            else
                continue;
            j += name;
            while (out[j] == ' ' || out[j] == '\t')
                j++;
            if (out[j] != ':') continue;
            j++;
            while (out[j] == ' ' || out[j] == '\t')
                j++;
            size_t d = j;
            while (out[d] >= '0' && out[d] <= '9')
                d++;
            char digits[32];
            int dl = snprintf(digits, sizeof(digits), "%zu", body);
            size_t old = d - j;
            memmove(out + j + (size_t)dl, out + d, n - d + 1);
            memcpy(out + j, digits, (size_t)dl);
            n = n - old + (size_t)dl;
            break;
        }
    }
    *out_len = n;
    return out;
}

/* --------------------------------------------------------- stream framer */

typedef struct logbuf {
    char *p;
    size_t n, cap;
} logbuf;

static void log_add(logbuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = (b->cap ? b->cap * 2 : 1024);
        while (cap < b->n + n + 1)
            cap *= 2;
        b->p = realloc(b->p, cap);
        assert_non_null(b->p);
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static void log_fmt(logbuf *b, const char *fmt, ...) CMOCKA_PRINTF_ATTRIBUTE(2, 3);
static void log_fmt(logbuf *b, const char *fmt, ...)
{
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
    va_end(ap);
    log_add(b, tmp, n < (int)sizeof(tmp) ? (size_t)n : sizeof(tmp) - 1);
}

static void log_msg(logbuf *b, const fsip_msg *m)
{
    char *d = test_dump(m);
    log_fmt(b, "MSG %zu\n", fsip_msg_raw(m).len);
    log_add(b, d, strlen(d));
    free(d);
}

static void log_err(logbuf *b, int rc, const fsip_parse_result *r)
{
    log_fmt(b, "ERR rc=%d status=%d header=%s offset=%zu\n", rc, r->status, r->header, r->offset);
}

char *test_frame_log(const void *buf, size_t len, const fsip_parse_opts *opts, const size_t *cuts,
                     size_t ncuts)
{
    fsip_parse_opts o;
    if (opts)
        o = *opts;
    else
        test_opts(&o, 0);
    logbuf b = {0};
    log_add(&b, "", 0);
    fsip_framer *f = fsip_framer_new(&o);
    assert_non_null(f);
    const char *p = buf;
    size_t at = 0;
    int stop = 0;
    for (size_t k = 0; k <= ncuts && !stop; k++) {
        size_t end = k < ncuts ? cuts[k] : len;
        if (end < at) end = at;
        int rc = fsip_framer_feed(f, p + at, end - at);
        at = end;
        if (rc != 0) {
            log_fmt(&b, "FEED rc=%d\n", rc);
            stop = 1;
            break;
        }
        for (;;) {
            fsip_msg *m = NULL;
            fsip_parse_result r;
            memset(&r, 0, sizeof(r));
            int ev = fsip_framer_next(f, &m, &r);
            if (ev == FSIP_FRAME_NONE) break;
            if (ev == FSIP_FRAME_MSG) {
                assert_non_null(m);
                log_msg(&b, m);
                fsip_msg_free(m);
            } else if (ev == FSIP_FRAME_PING) {
                log_add(&b, "PING\n", 5);
            } else if (ev == FSIP_FRAME_PONG) {
                log_add(&b, "PONG\n", 5);
            } else {
                log_err(&b, ev, &r);
                stop = 1;
                break;
            }
        }
    }
    if (!stop) log_fmt(&b, "END pending=%zu\n", fsip_framer_pending(f));
    fsip_framer_free(f);
    return b.p;
}

char *test_datagram_log(const void *buf, size_t len, uint32_t lenient)
{
    fsip_msg *m = NULL;
    fsip_parse_result r;
    logbuf b = {0};
    log_add(&b, "", 0);
    int rc = test_parse(buf, len, FSIP_PARSE_DATAGRAM, lenient, &m, &r);
    if (rc == FSIP_OK) {
        log_msg(&b, m);
        fsip_msg_free(m);
        log_add(&b, "END pending=0\n", 14);
    } else {
        log_err(&b, rc, &r);
    }
    return b.p;
}

void test_assert_log_eq(const char *got, const char *exp, const char *what, const char *file,
                        int line)
{
    if (strcmp(got, exp) == 0) return;
    size_t i = 0, ln = 1, bol = 0;
    while (got[i] && got[i] == exp[i]) {
        if (got[i] == '\n') {
            ln++;
            bol = i + 1;
        }
        i++;
    }
    const char *ge = strchr(got + bol, '\n'), *ee = strchr(exp + bol, '\n');
    size_t gl = ge ? (size_t)(ge - got - bol) : strlen(got + bol);
    size_t el = ee ? (size_t)(ee - exp - bol) : strlen(exp + bol);
    print_error("%s: logs differ at line %zu\n  got:      '%s'\n  expected: '%s'\n", what, ln,
                show(got + bol, gl), show(exp + bol, el));
    _fail(file, line);
}

char *test_frame_every_split_at(const void *buf, size_t len, const fsip_parse_opts *opts,
                                const char *expect, size_t max_chunk, const char *file, int line)
{
    char what[96];
    char *whole = test_frame_log(buf, len, opts, NULL, 0);
    if (expect) test_assert_log_eq(whole, expect, "whole buffer", file, line);
    const char *ref = expect ? expect : whole;
    for (size_t cut = 1; cut < len; cut++) {
        char *l = test_frame_log(buf, len, opts, &cut, 1);
        if (strcmp(l, ref) != 0) {
            snprintf(what, sizeof(what), "split at %zu of %zu", cut, len);
            test_assert_log_eq(l, ref, what, file, line);
        }
        free(l);
    }
    if (max_chunk == 0 || max_chunk > len) max_chunk = len;
    size_t *cuts = malloc((len + 1) * sizeof(*cuts));
    assert_non_null(cuts);
    for (size_t step = 1; step < max_chunk; step++) {
        size_t n = 0;
        for (size_t c = step; c < len; c += step)
            cuts[n++] = c;
        char *l = test_frame_log(buf, len, opts, cuts, n);
        if (strcmp(l, ref) != 0) {
            snprintf(what, sizeof(what), "%zu-byte chunks of %zu", step, len);
            test_assert_log_eq(l, ref, what, file, line);
        }
        free(l);
    }
    free(cuts);
    return whole;
}
