/* URIs: the C side of grammar/sip_uri.rl, unescaping and RFC 3261 §19.1.4
 * comparison. */
#include "uri.h"

#include <string.h>
#include <strings.h>

#include "scan.h"

bool fsip__parse_u32(const char *s, size_t n, uint32_t max, uint32_t *out)
{
    uint64_t v = 0;
    if (n == 0) return false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (uint64_t)(s[i] - '0');
        if (v > max) return false;
    }
    *out = (uint32_t)v;
    return true;
}

int fsip__params_copy(struct fsip_arena *a, const fsip_param *v, uint32_t n, fsip_params *out)
{
    out->n = n;
    out->v = NULL;
    if (n == 0) return 0;
    fsip_param *d = fsip__arena_alloc(a, n * sizeof(*d));
    if (!d) return FSIP_ENOMEM;
    memcpy(d, v, n * sizeof(*d));
    out->v = d;
    return 0;
}

void fsip__push_param(struct fsip_pstack *st, const unsigned char *ns, const unsigned char *end,
                      const unsigned char *vs)
{
    fsip_param *pr;
    if (st->n > 0 && st->v[st->n - 1].name.ptr == (const char *)ns) {
        pr = &st->v[st->n - 1];
    } else if (st->n >= FSIP_MAX_PARAMS) {
        st->overflow = 1;
        return;
    } else {
        pr = &st->v[st->n++];
    }
    const unsigned char *ne = end;
    if (vs) {
        /* the name ends before EQUAL = SWS "=" SWS (a bare "=" in URIs) */
        ne = vs;
        while (ne > ns && ne[-1] != '=')
            ne--;
        ne--;
        while (ne > ns && (ne[-1] == ' ' || ne[-1] == '\t' || ne[-1] == '\r' || ne[-1] == '\n'))
            ne--;
        pr->value = (fsip_str){(const char *)vs, (size_t)(end - vs)};
    } else {
        pr->value = FSIP_STR_NULL;
    }
    pr->name = (fsip_str){(const char *)ns, (size_t)(ne - ns)};
}

const fsip_param *fsip_params_find(const fsip_params *ps, const char *name)
{
    size_t n = strlen(name);
    for (uint32_t i = 0; ps && i < ps->n; i++)
        if (ps->v[i].name.len == n && strncasecmp(ps->v[i].name.ptr, name, n) == 0)
            return &ps->v[i];
    return NULL;
}

static fsip_str span(const unsigned char *s, const unsigned char *e)
{
    if (!s || !e) return FSIP_STR_NULL;
    return (fsip_str){(const char *)s, (size_t)(e - s)};
}

static bool has_prefix_ci(const char *s, size_t len, const char *pfx)
{
    size_t n = strlen(pfx);
    return len >= n && strncasecmp(s, pfx, n) == 0;
}

/* Fills *out from the machine's marks. Param stacks live on the C stack
 * (bounded by FSIP_MAX_PARAMS) and are copied into the arena at the end. */
int fsip__uri_parse(struct fsip_arena *a, const char *s, size_t len, unsigned flags, fsip_uri *out,
                    size_t *err_at, const char **reason)
{
    struct fsip_pstack params, headers;
    struct fsip_uri_scan us;
    int entry;

    memset(out, 0, sizeof(*out));
    memset(&us, 0, sizeof(us));
    params.n = headers.n = params.overflow = headers.overflow = 0;
    us.params = &params;
    us.headers = &headers;
    out->raw = (fsip_str){s, len};

    if (has_prefix_ci(s, len, "sip:") || has_prefix_ci(s, len, "sips:")) {
        out->scheme = (s[3] == ':') ? FSIP_URI_SIP : FSIP_URI_SIPS;
        out->scheme_s = (fsip_str){s, out->scheme == FSIP_URI_SIP ? 3u : 4u};
        entry = memchr(s, '@', len) ? FSIP_URI_EN_SIP_USER : FSIP_URI_EN_SIP_HOST;
    } else if (has_prefix_ci(s, len, "tel:")) {
        out->scheme = FSIP_URI_TEL;
        out->scheme_s = (fsip_str){s, 3};
        entry = FSIP_URI_EN_TEL;
    } else {
        const char *colon = memchr(s, ':', len);
        out->scheme = FSIP_URI_OTHER;
        out->scheme_s = (fsip_str){s, colon ? (size_t)(colon - s) : 0};
        entry = FSIP_URI_EN_OTHER;
    }

    int rc = fsip__uri_scan(&us, entry, (const unsigned char *)s, len, err_at);
    if (rc == FSIP_ELIMIT) {
        *reason = "too many URI parameters";
        return FSIP_EPARSE;
    }
    if (rc < 0) {
        *reason = "malformed URI";
        return rc;
    }
    if (us.hdrs_s && (flags & FSIP_URI_NO_HEADERS)) {
        *err_at = (size_t)((const char *)us.hdrs_s - s);
        *reason = "URI headers not allowed here";
        return FSIP_EPARSE;
    }
    out->user = span(us.user_s, us.user_e);
    out->password = span(us.pass_s, us.pass_e);
    out->host = span(us.host_s, us.host_e);
    out->host_type = us.host_type;
    if (us.opaque_s) out->opaque = span(us.opaque_s, (const unsigned char *)s + len);
    if (us.port_s) {
        uint32_t port;
        if (!fsip__parse_u32((const char *)us.port_s, (size_t)(us.port_e - us.port_s), 65535,
                             &port)) {
            *err_at = (size_t)((const char *)us.port_s - s);
            *reason = "URI port out of range";
            return FSIP_EPARSE;
        }
        out->port = port;
    }
    if (fsip__params_copy(a, params.v, params.n, &out->params) < 0 ||
        fsip__params_copy(a, headers.v, headers.n, &out->headers) < 0)
        return FSIP_ENOMEM;
    return 0;
}

int fsip_uri_parse(const char *s, size_t len, unsigned flags, const fsip_allocator *alloc,
                   fsip_uri *out, size_t *err_offset)
{
    struct fsip_arena tmp;
    size_t err_at = 0;
    const char *reason = NULL;
    if (!s || !out) return FSIP_EINVAL;
    if (!alloc) alloc = fsip_allocator_default();

    /* Parse with views into a scratch arena, then move both arrays into one
     * block from `alloc` so fsip_uri_release() has one pointer to free. */
    fsip__arena_init(&tmp, alloc, NULL, 0);
    int rc = fsip__uri_parse(&tmp, s, len, flags, out, &err_at, &reason);
    if (rc < 0) {
        fsip__arena_release(&tmp);
        memset(out, 0, sizeof(*out));
        if (err_offset) *err_offset = err_at;
        return rc;
    }
    uint32_t n = out->params.n + out->headers.n;
    if (n > 0) {
        fsip_param *blk = alloc->malloc(n * sizeof(*blk), alloc->arg);
        if (!blk) {
            fsip__arena_release(&tmp);
            memset(out, 0, sizeof(*out));
            return FSIP_ENOMEM;
        }
        if (out->params.n) memcpy(blk, out->params.v, out->params.n * sizeof(*blk));
        if (out->headers.n)
            memcpy(blk + out->params.n, out->headers.v, out->headers.n * sizeof(*blk));
        out->params.v = out->params.n ? blk : NULL;
        out->headers.v = out->headers.n ? blk + out->params.n : NULL;
    }
    fsip__arena_release(&tmp);
    return 0;
}

void fsip_uri_release(fsip_uri *uri, const fsip_allocator *alloc)
{
    if (!uri) return;
    if (!alloc) alloc = fsip_allocator_default();
    const void *blk = uri->params.n ? (const void *)uri->params.v : (const void *)uri->headers.v;
    if (blk) alloc->free((void *)blk, alloc->arg);
    uri->params = (fsip_params){NULL, 0};
    uri->headers = (fsip_params){NULL, 0};
}

int64_t fsip_unescape(const char *s, size_t len, char *out)
{
    size_t j = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '%') {
            if (i + 2 >= len) return FSIP_EPARSE;
            int h = fsip__hexval((unsigned char)s[i + 1]),
                l = fsip__hexval((unsigned char)s[i + 2]);
            if (h < 0 || l < 0) return FSIP_EPARSE;
            out[j++] = (char)(h * 16 + l);
            i += 2;
        } else {
            out[j++] = s[i];
        }
    }
    return (int64_t)j;
}

/* ----------------------------------------------------- RFC 3261 §19.1.4 */

/* Reads one character of a URI component, decoding %HH; *escaped_reserved
 * is set when an escape decoded to a reserved character (such escapes are
 * not equivalent to the bare character). */
static int next_char(const char **p, const char *e, int *esc_reserved)
{
    const char *s = *p;
    *esc_reserved = 0;
    if (*s == '%' && e - s >= 3 && fsip__hexval((unsigned char)s[1]) >= 0 &&
        fsip__hexval((unsigned char)s[2]) >= 0) {
        int c = fsip__hexval((unsigned char)s[1]) * 16 + fsip__hexval((unsigned char)s[2]);
        *p = s + 3;
        *esc_reserved = strchr(";/?:@&=+$,", c) != NULL && c != 0;
        return c;
    }
    *p = s + 1;
    return (unsigned char)*s;
}

static bool comp_eq(fsip_str a, fsip_str b, bool nocase)
{
    if (!a.ptr || !b.ptr) return !a.ptr && !b.ptr;
    const char *pa = a.ptr, *ea = a.ptr + a.len, *pb = b.ptr, *eb = b.ptr + b.len;
    while (pa < ea && pb < eb) {
        int ra, rb;
        int ca = next_char(&pa, ea, &ra), cb = next_char(&pb, eb, &rb);
        if (nocase) {
            if (ca >= 'A' && ca <= 'Z') ca += 32;
            if (cb >= 'A' && cb <= 'Z') cb += 32;
        }
        if (ca != cb || ra != rb) return false;
    }
    return pa == ea && pb == eb;
}

static bool param_special(fsip_str name)
{
    static const char *const names[] = {"user", "ttl", "method", "maddr", "transport"};
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
        if (fsip_str_caseeq(name, names[i])) return true;
    return false;
}

/* The k-th param named `name` in ps (k from 0), or NULL. */
static const fsip_param *find_nth(const fsip_params *ps, fsip_str name, uint32_t k)
{
    for (uint32_t i = 0; i < ps->n; i++)
        if (comp_eq(ps->v[i].name, name, true) && k-- == 0) return &ps->v[i];
    return NULL;
}

static uint32_t count_named(const fsip_params *ps, fsip_str name)
{
    uint32_t n = 0;
    while (find_nth(ps, name, n))
        n++;
    return n;
}

/* RFC 3261 §19.1.4: a param in both URIs must match; user, ttl, method,
 * maddr and transport may not appear in only one; others in only one are
 * ignored. A name repeated (the RFC does not say) must repeat the same
 * values in the same order in both, which keeps the relation symmetric. */
static bool params_match(const fsip_params *a, const fsip_params *b)
{
    for (int pass = 0; pass < 2; pass++) {
        const fsip_params *x = pass ? b : a, *y = pass ? a : b;
        for (uint32_t i = 0; i < x->n; i++) {
            fsip_str name = x->v[i].name;
            uint32_t nx = count_named(x, name), ny = count_named(y, name);
            if (ny == 0) {
                if (param_special(name)) return false;
                continue;
            }
            if (nx != ny) return false;
            uint32_t k = 0; /* which occurrence x->v[i] is */
            for (uint32_t j = 0; j < i; j++)
                if (comp_eq(x->v[j].name, name, true)) k++;
            if (!comp_eq(x->v[i].value, find_nth(y, name, k)->value, true)) return false;
        }
    }
    return true;
}

static bool headers_match(const fsip_params *a, const fsip_params *b)
{
    if (a->n != b->n) return false;
    for (uint32_t i = 0; i < a->n; i++) {
        fsip_str name = a->v[i].name;
        if (count_named(a, name) != count_named(b, name)) return false;
        uint32_t k = 0;
        for (uint32_t j = 0; j < i; j++)
            if (comp_eq(a->v[j].name, name, true)) k++;
        if (!comp_eq(a->v[i].value, find_nth(b, name, k)->value, false)) return false;
    }
    return true;
}

bool fsip_uri_equal(const fsip_uri *a, const fsip_uri *b)
{
    if (a->scheme != b->scheme) return false;
    if (a->scheme == FSIP_URI_OTHER || a->scheme == FSIP_URI_TEL) {
        if (!fsip_str_caseeq_str(a->scheme_s, b->scheme_s)) return false;
        fsip_str ra = {a->raw.ptr + a->scheme_s.len, a->raw.len - a->scheme_s.len};
        fsip_str rb = {b->raw.ptr + b->scheme_s.len, b->raw.len - b->scheme_s.len};
        return ra.len == rb.len && memcmp(ra.ptr, rb.ptr, ra.len) == 0;
    }
    /* userinfo is case-sensitive; host case-insensitive; ports compare as
     * written (an omitted port never equals an explicit one). */
    if (!comp_eq(a->user, b->user, false) || !comp_eq(a->password, b->password, false))
        return false;
    if (!comp_eq(a->host, b->host, true) || a->port != b->port) return false;
    return params_match(&a->params, &b->params) && headers_match(&a->headers, &b->headers);
}
