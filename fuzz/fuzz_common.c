/* fsip fuzzing — shared helpers, see fuzz_common.h. */
#include "fuzz_common.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void fuzz_fail(const char *file, int line, const char *cond, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "\nfsip fuzz invariant failed at %s:%d: %s\n  ", file, line, cond);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    abort();
}

/* ------------------------------------------------------------ options */

void fuzz_opts_from_byte(uint8_t b, const fsip_allocator *alloc, fsip_parse_opts *opts)
{
    static const uint32_t bits[8] = {
        FSIP_LENIENT_BARE_LF,
        FSIP_LENIENT_START_LINE_SPACES,
        FSIP_LENIENT_UNTERMINATED_HEADERS,
        FSIP_LENIENT_ADDR_SPEC_SPACES,
        FSIP_LENIENT_NO_MAX_FORWARDS,
        0,
        FSIP_LENIENT_EMPTY_PARAMS,
        0,
    };
    fsip_parse_opts_init(opts);
    for (unsigned i = 0; i < 8; i++)
        if (b & (1u << i)) opts->lenient |= bits[i];
    if (b & FUZZ_OPT_TIGHT) {
        opts->max_msg_size = 1024;
        opts->max_headers = 12;
        opts->max_line_len = 96;
        opts->max_via = 2;
        opts->max_route = 2;
    }
    opts->alloc = alloc;
}

void fuzz_opts_roomy(const fsip_parse_opts *in, fsip_parse_opts *out)
{
    fsip_parse_opts_init(out);
    out->lenient = in->lenient;
    out->alloc = in->alloc;
    out->max_msg_size = 1u << 24;
    out->max_headers = 1u << 20;
    out->max_line_len = 1u << 24;
    out->max_via = 1u << 20;
    out->max_route = 1u << 20;
}

/* ------------------------------------------------------------ allocator */

/* Every block carries its owner in a header, so realloc/free need no lookup. */
typedef union block_hdr {
    struct {
        fuzz_alloc *owner;
        size_t size;
    } h;
    max_align_t align;
} block_hdr;

static void add_bytes(fuzz_alloc *fa, size_t add, size_t sub)
{
    fa->bytes = fa->bytes - sub + add;
    if (fa->bytes > fa->peak) fa->peak = fa->bytes;
}

static void *fa_malloc(size_t size, void *arg)
{
    fuzz_alloc *fa = arg;
    if (size > SIZE_MAX - sizeof(block_hdr)) return NULL;
    block_hdr *h = malloc(sizeof *h + size);
    if (h == NULL) return NULL;
    h->h.owner = fa;
    h->h.size = size;
    fa->live++;
    add_bytes(fa, size, 0);
    return h + 1;
}

static void fa_free(void *ptr, void *arg)
{
    fuzz_alloc *fa = arg;
    if (ptr == NULL) return;
    block_hdr *h = (block_hdr *)ptr - 1;
    FUZZ_CHECK(h->h.owner == fa, "block %p freed through an allocator that did not make it", ptr);
    fa->live--;
    add_bytes(fa, 0, h->h.size);
    free(h);
}

static void *fa_realloc(void *ptr, size_t size, void *arg)
{
    fuzz_alloc *fa = arg;
    if (ptr == NULL) return fa_malloc(size, arg);
    if (size == 0) {
        fa_free(ptr, arg);
        return NULL;
    }
    block_hdr *h = (block_hdr *)ptr - 1;
    FUZZ_CHECK(h->h.owner == fa, "block %p resized through an allocator that did not make it", ptr);
    if (size > SIZE_MAX - sizeof(block_hdr)) return NULL;
    size_t old = h->h.size;
    block_hdr *n = realloc(h, sizeof *n + size);
    if (n == NULL) return NULL;
    n->h.size = size;
    add_bytes(fa, size, old);
    return n + 1;
}

void fuzz_alloc_init(fuzz_alloc *fa)
{
    fa->a.malloc = fa_malloc;
    fa->a.realloc = fa_realloc;
    fa->a.free = fa_free;
    fa->a.arg = fa;
    fa->live = 0;
    fa->bytes = fa->peak = 0;
}

/* ------------------------------------------------------------ checks */

void fuzz_check_parse_rc(int rc, const fsip_parse_result *r, size_t len, const char *what)
{
    FUZZ_CHECK(rc == FSIP_OK || rc == FSIP_EAGAIN || rc == FSIP_EPARSE || rc == FSIP_ELIMIT ||
                   rc == FSIP_ENOMEM,
               "%s returned %d, not a documented code", what, rc);
    if (rc != FSIP_EPARSE && rc != FSIP_ELIMIT) return;
    /* 0: nothing to answer (a malformed response is dropped, RFC 3261 §18.1.2). */
    FUZZ_CHECK(r->status == 0 || (r->status >= 400 && r->status <= 599),
               "%s: error status %d is neither 0 nor 4xx/5xx", what, r->status);
    FUZZ_CHECK(r->offset <= len, "%s: error offset %zu past the input (%zu bytes)", what, r->offset,
               len);
    FUZZ_CHECK(memchr(r->header, '\0', sizeof r->header) != NULL,
               "%s: result.header is not NUL-terminated", what);
    FUZZ_CHECK(r->reason != NULL, "%s: error without a reason", what);
    FUZZ_CHECK(strlen(r->reason) < 1024, "%s: runaway reason text", what);
}

/* The sum keeps the reads from being optimised away. */
static volatile unsigned fuzz_sink;

void fuzz_check_view(fsip_str s, fsip_str within, const char *what)
{
    if (s.ptr == NULL) {
        FUZZ_CHECK(s.len == 0, "%s: absent view with length %zu", what, s.len);
        return;
    }
    uintptr_t p = (uintptr_t)s.ptr, w = (uintptr_t)within.ptr;
    FUZZ_CHECK(within.ptr != NULL && p >= w && s.len <= within.len && p - w <= within.len - s.len,
               "%s: view [%p,+%zu) outside the message bytes [%p,+%zu)", what, (const void *)s.ptr,
               s.len, (const void *)within.ptr, within.len);
    unsigned sum = 0;
    for (size_t i = 0; i < s.len; i++)
        sum += (unsigned char)s.ptr[i];
    fuzz_sink += sum;
}

void fuzz_check_params(const fsip_params *ps, fsip_str within, const char *what)
{
    FUZZ_CHECK(ps->n == 0 || ps->v != NULL, "%s: %u params and no array", what, ps->n);
    for (uint32_t i = 0; i < ps->n; i++) {
        fuzz_check_view(ps->v[i].name, within, what);
        fuzz_check_view(ps->v[i].value, within, what);
        /* Every param must be findable by its own name. */
        char name[128];
        if (ps->v[i].name.len > 0 && ps->v[i].name.len < sizeof name &&
            memchr(ps->v[i].name.ptr, '\0', ps->v[i].name.len) == NULL) {
            memcpy(name, ps->v[i].name.ptr, ps->v[i].name.len);
            name[ps->v[i].name.len] = '\0';
            FUZZ_CHECK(fsip_params_find(ps, name) != NULL, "%s: param '%s' not found by name", what,
                       name);
        }
    }
}

void fuzz_check_uri(const fsip_uri *u, fsip_str within)
{
    fuzz_check_view(u->raw, within, "uri.raw");
    fuzz_check_view(u->scheme_s, within, "uri.scheme");
    fuzz_check_view(u->user, within, "uri.user");
    fuzz_check_view(u->password, within, "uri.password");
    fuzz_check_view(u->host, within, "uri.host");
    fuzz_check_view(u->opaque, within, "uri.opaque");
    fuzz_check_params(&u->params, within, "uri params");
    fuzz_check_params(&u->headers, within, "uri headers");
}

static void check_addr(const fsip_addr *a, fsip_str raw)
{
    fuzz_check_view(a->display, raw, "addr.display");
    if (!a->star) fuzz_check_uri(&a->uri, raw);
    fuzz_check_view(a->tag, raw, "addr.tag");
    fuzz_check_view(a->q, raw, "addr.q");
    FUZZ_CHECK(a->expires >= -1, "addr.expires %lld", (long long)a->expires);
    fuzz_check_params(&a->params, raw, "addr params");
}

/* The typed value of one header, by id (fsip_hdr.p). */
static void check_typed(const fsip_hdr *h, fsip_str raw)
{
    const char *name = fsip_hdr_name(h->id);
    switch (h->id) {
    case FSIP_HDR_VIA: {
        const fsip_via *v = h->p.via;
        FUZZ_CHECK(v != NULL, "%s without a parsed value", name);
        fuzz_check_view(v->protocol, raw, "via.protocol");
        fuzz_check_view(v->version, raw, "via.version");
        fuzz_check_view(v->transport, raw, "via.transport");
        fuzz_check_view(v->host, raw, "via.host");
        fuzz_check_view(v->branch, raw, "via.branch");
        fuzz_check_view(v->received, raw, "via.received");
        fuzz_check_view(v->maddr, raw, "via.maddr");
        FUZZ_CHECK(v->ttl >= -1 && v->rport >= -1, "via ttl %d rport %d", v->ttl, v->rport);
        fuzz_check_params(&v->params, raw, "via params");
        break;
    }
    case FSIP_HDR_FROM:
    case FSIP_HDR_TO:
    case FSIP_HDR_CONTACT:
    case FSIP_HDR_ROUTE:
    case FSIP_HDR_RECORD_ROUTE:
    case FSIP_HDR_REFER_TO:
    case FSIP_HDR_REFERRED_BY:
        FUZZ_CHECK(h->p.addr != NULL, "%s without a parsed value", name);
        check_addr(h->p.addr, raw);
        break;
    case FSIP_HDR_CSEQ:
        FUZZ_CHECK(h->p.cseq != NULL, "%s without a parsed value", name);
        fuzz_check_view(h->p.cseq->method_name, raw, "cseq.method");
        FUZZ_CHECK(h->p.cseq->method == fsip_method_from_str(h->p.cseq->method_name),
                   "CSeq method id disagrees with its name");
        break;
    case FSIP_HDR_RACK:
        FUZZ_CHECK(h->p.rack != NULL, "%s without a parsed value", name);
        fuzz_check_view(h->p.rack->method_name, raw, "rack.method");
        FUZZ_CHECK(h->p.rack->method == fsip_method_from_str(h->p.rack->method_name),
                   "RAck method id disagrees with its name");
        break;
    case FSIP_HDR_CONTENT_TYPE:
        FUZZ_CHECK(h->p.media != NULL, "%s without a parsed value", name);
        fuzz_check_view(h->p.media->type, raw, "media.type");
        fuzz_check_view(h->p.media->subtype, raw, "media.subtype");
        fuzz_check_params(&h->p.media->params, raw, "media params");
        break;
    case FSIP_HDR_EVENT:
        FUZZ_CHECK(h->p.event != NULL, "%s without a parsed value", name);
        fuzz_check_view(h->p.event->package, raw, "event.package");
        fuzz_check_view(h->p.event->id, raw, "event.id");
        fuzz_check_params(&h->p.event->params, raw, "event params");
        break;
    case FSIP_HDR_SUBSCRIPTION_STATE:
        FUZZ_CHECK(h->p.substate != NULL, "%s without a parsed value", name);
        fuzz_check_view(h->p.substate->state, raw, "substate.state");
        fuzz_check_view(h->p.substate->reason, raw, "substate.reason");
        FUZZ_CHECK(h->p.substate->expires >= -1 && h->p.substate->retry_after >= -1,
                   "Subscription-State expires/retry-after below -1");
        fuzz_check_params(&h->p.substate->params, raw, "substate params");
        break;
    case FSIP_HDR_REPLACES:
        FUZZ_CHECK(h->p.replaces != NULL, "%s without a parsed value", name);
        fuzz_check_view(h->p.replaces->call_id, raw, "replaces.call_id");
        fuzz_check_view(h->p.replaces->to_tag, raw, "replaces.to_tag");
        fuzz_check_view(h->p.replaces->from_tag, raw, "replaces.from_tag");
        fuzz_check_params(&h->p.replaces->params, raw, "replaces params");
        break;
    case FSIP_HDR_REFER_SUB:
        FUZZ_CHECK(h->p.refer_sub != NULL, "%s without a parsed value", name);
        fuzz_check_params(&h->p.refer_sub->params, raw, "refer-sub params");
        break;
    case FSIP_HDR_SESSION_EXPIRES:
    case FSIP_HDR_MIN_SE:
        FUZZ_CHECK(h->p.se != NULL, "%s without a parsed value", name);
        fuzz_check_view(h->p.se->refresher, raw, "se.refresher");
        fuzz_check_params(&h->p.se->params, raw, "se params");
        break;
    case FSIP_HDR_WWW_AUTHENTICATE:
    case FSIP_HDR_PROXY_AUTHENTICATE:
    case FSIP_HDR_AUTHORIZATION:
    case FSIP_HDR_PROXY_AUTHORIZATION:
        FUZZ_CHECK(h->p.auth != NULL, "%s without a parsed value", name);
        fuzz_check_view(h->p.auth->scheme, raw, "auth.scheme");
        fuzz_check_params(&h->p.auth->params, raw, "auth params");
        break;
    case FSIP_HDR_RETRY_AFTER:
        FUZZ_CHECK(h->p.retry_after != NULL, "%s without a parsed value", name);
        fuzz_check_view(h->p.retry_after->comment, raw, "retry_after.comment");
        fuzz_check_params(&h->p.retry_after->params, raw, "retry-after params");
        break;
    default: /* numbers, the Date, token lists, Call-ID, unknown headers */ break;
    }
}

static void check_unfold(fsip_str v)
{
    char *out = malloc(v.len + 1);
    FUZZ_CHECK(out != NULL, "out of memory");
    size_t n = fsip_str_unfold(v, out, v.len);
    FUZZ_CHECK(n <= v.len, "unfolding grew a value from %zu to %zu bytes", v.len, n);
    /* snprintf semantics: a short buffer reports the same length. */
    size_t n2 = fsip_str_unfold(v, out, v.len / 2);
    FUZZ_CHECK(n2 == n, "fsip_str_unfold: %zu with a short buffer, %zu with a full one", n2, n);
    free(out);
}

static void check_shortcuts(const fsip_msg *m)
{
    const fsip_hdr *h;

    h = fsip_msg_hdr_first(m, FSIP_HDR_VIA);
    FUZZ_CHECK(fsip_msg_via(m) == (h ? h->p.via : NULL), "fsip_msg_via() is not the first Via");
    h = fsip_msg_hdr_first(m, FSIP_HDR_FROM);
    FUZZ_CHECK(fsip_msg_from(m) == (h ? h->p.addr : NULL), "fsip_msg_from() is not the From");
    h = fsip_msg_hdr_first(m, FSIP_HDR_TO);
    FUZZ_CHECK(fsip_msg_to(m) == (h ? h->p.addr : NULL), "fsip_msg_to() is not the To");
    h = fsip_msg_hdr_first(m, FSIP_HDR_CSEQ);
    FUZZ_CHECK(fsip_msg_cseq(m) == (h ? h->p.cseq : NULL), "fsip_msg_cseq() is not the CSeq");
    h = fsip_msg_hdr_first(m, FSIP_HDR_CALL_ID);
    fsip_str cid = fsip_msg_call_id(m);
    FUZZ_CHECK(h ? (cid.ptr == h->value.ptr && cid.len == h->value.len) : cid.ptr == NULL,
               "fsip_msg_call_id() is not the Call-ID value");
    h = fsip_msg_hdr_first(m, FSIP_HDR_MAX_FORWARDS);
    FUZZ_CHECK(fsip_msg_max_forwards(m) == (h ? (int64_t)h->p.num : -1),
               "fsip_msg_max_forwards() %d disagrees with the header", fsip_msg_max_forwards(m));
    h = fsip_msg_hdr_first(m, FSIP_HDR_CONTENT_LENGTH);
    FUZZ_CHECK(fsip_msg_content_length(m) == (h ? (int64_t)h->p.num : -1),
               "fsip_msg_content_length() %lld disagrees with the header",
               (long long)fsip_msg_content_length(m));
}

void fuzz_walk_msg(const fsip_msg *m)
{
    fsip_str raw = fsip_msg_raw(m);
    FUZZ_CHECK(raw.ptr != NULL && raw.len > 0, "a parsed message without raw bytes");

    if (fsip_msg_is_request(m)) {
        fsip_str name = fsip_msg_method_name(m);
        fuzz_check_view(name, raw, "method");
        FUZZ_CHECK(name.len > 0, "empty method");
        FUZZ_CHECK(fsip_msg_method(m) == fsip_method_from_str(name),
                   "method id disagrees with its name");
        const fsip_uri *ruri = fsip_msg_request_uri(m);
        FUZZ_CHECK(ruri != NULL, "a request without a Request-URI");
        fuzz_check_uri(ruri, raw);
    } else {
        int st = fsip_msg_status(m);
        FUZZ_CHECK(st >= 100 && st <= 699, "response status %d", st);
        fuzz_check_view(fsip_msg_reason(m), raw, "reason");
    }
    fuzz_check_view(fsip_msg_version(m), raw, "version");
    fuzz_check_view(fsip_msg_body(m), raw, "body");

    uint32_t counts[FSIP_HDR__COUNT] = {0};
    uint32_t n = fsip_msg_hdr_count(m);
    for (uint32_t i = 0; i < n; i++) {
        const fsip_hdr *h = fsip_msg_hdr_at(m, i);
        FUZZ_CHECK(h != NULL, "fsip_msg_hdr_at(%u) is NULL with %u headers", i, n);
        FUZZ_CHECK((unsigned)h->id < FSIP_HDR__COUNT, "header id %d out of range", (int)h->id);
        counts[h->id]++;
        fuzz_check_view(h->name, raw, "header name");
        fuzz_check_view(h->value, raw, "header value");
        FUZZ_CHECK(h->name.len > 0, "header %u with an empty name", i);
        check_typed(h, raw);
        check_unfold(h->value);

        char name[256];
        if (h->name.len < sizeof name && memchr(h->name.ptr, '\0', h->name.len) == NULL) {
            memcpy(name, h->name.ptr, h->name.len);
            name[h->name.len] = '\0';
            const fsip_hdr *f = fsip_msg_hdr_find(m, name);
            FUZZ_CHECK(f != NULL && f->id == h->id,
                       "fsip_msg_hdr_find(\"%s\") does not find the header as written", name);
            FUZZ_CHECK(fsip_hdr_lookup(h->name) == h->id, "fsip_hdr_lookup(\"%s\") is not %d", name,
                       (int)h->id);
        }
    }
    for (unsigned id = 1; id < FSIP_HDR__COUNT; id++) {
        uint32_t chain = 0;
        for (const fsip_hdr *h = fsip_msg_hdr_first(m, (fsip_hdr_id)id); h != NULL;
             h = fsip_msg_hdr_next(m, h)) {
            FUZZ_CHECK(h->id == id, "the chain of %s holds a header of id %d", fsip_hdr_name(id),
                       (int)h->id);
            FUZZ_CHECK(++chain <= n, "the chain of %s does not end", fsip_hdr_name(id));
        }
        FUZZ_CHECK(chain == counts[id] && fsip_msg_hdr_count_id(m, (fsip_hdr_id)id) == chain,
                   "%s: %u in the list, %u in the chain, fsip_msg_hdr_count_id() says %u",
                   fsip_hdr_name(id), counts[id], chain, fsip_msg_hdr_count_id(m, (fsip_hdr_id)id));
    }
    check_shortcuts(m);
}

char *fuzz_render(fuzz_render_fn fn, const fsip_msg *m, size_t *len, const char *what)
{
    enum { SMALL = 24 };
    /* Heap buffers of exactly the announced capacity, so AddressSanitizer
     * sees the first byte written past `cap`. */
    char *small = malloc(SMALL);
    FUZZ_CHECK(small != NULL, "out of memory");
    size_t need = fn(m, small, SMALL);
    char *full = malloc(need + 1);
    FUZZ_CHECK(full != NULL, "out of memory");
    size_t again = fn(m, full, need + 1);
    FUZZ_CHECK(again == need, "%s needs %zu bytes with a short buffer and %zu with a full one",
               what, need, again);
    size_t prefix = need < SMALL - 1 ? need : SMALL - 1;
    FUZZ_CHECK(memcmp(small, full, prefix) == 0,
               "%s: the truncated output is not a prefix of the full output", what);
    full[need] = '\0';
    free(small);
    *len = need;
    return full;
}
