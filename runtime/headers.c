/* Header names and the C side of grammar/sip_headers.rl: turns the marks
 * the machine records into typed structs in the message arena. */
#include <string.h>
#include <strings.h>

#include "msg_internal.h"
#include "scan.h"
#include "uri.h"

struct hdr_def {
    const char *name; /* canonical; full and compact forms are recognised by
                         header_name in grammar/sip_common.rl */
    int entry;
};

/* Indexed by fsip_hdr_id. Compact forms: RFC 3261 §7.3.3, RFC 3515 (r),
 * RFC 3892 (b), RFC 4028 (x), RFC 6665 (o). */
static const struct hdr_def defs[FSIP_HDR__COUNT] = {
    [FSIP_HDR_OTHER] = {"", -1},
    [FSIP_HDR_VIA] = {"Via", FSIP_HE_VIA},
    [FSIP_HDR_FROM] = {"From", FSIP_HE_ADDR1},
    [FSIP_HDR_TO] = {"To", FSIP_HE_ADDR1},
    [FSIP_HDR_CALL_ID] = {"Call-ID", FSIP_HE_CALLID},
    [FSIP_HDR_CSEQ] = {"CSeq", FSIP_HE_CSEQ},
    [FSIP_HDR_MAX_FORWARDS] = {"Max-Forwards", FSIP_HE_NUM},
    [FSIP_HDR_CONTACT] = {"Contact", FSIP_HE_CONTACT},
    [FSIP_HDR_ROUTE] = {"Route", FSIP_HE_ROUTE},
    [FSIP_HDR_RECORD_ROUTE] = {"Record-Route", FSIP_HE_ROUTE},
    [FSIP_HDR_CONTENT_LENGTH] = {"Content-Length", FSIP_HE_NUM},
    [FSIP_HDR_CONTENT_TYPE] = {"Content-Type", FSIP_HE_MEDIA},
    [FSIP_HDR_EXPIRES] = {"Expires", FSIP_HE_NUM},
    [FSIP_HDR_REQUIRE] = {"Require", FSIP_HE_TOKENS1},
    [FSIP_HDR_SUPPORTED] = {"Supported", FSIP_HE_TOKENS0},
    [FSIP_HDR_PROXY_REQUIRE] = {"Proxy-Require", FSIP_HE_TOKENS1},
    [FSIP_HDR_UNSUPPORTED] = {"Unsupported", FSIP_HE_TOKENS1},
    [FSIP_HDR_ALLOW] = {"Allow", FSIP_HE_TOKENS0},
    [FSIP_HDR_EVENT] = {"Event", FSIP_HE_EVENT},
    [FSIP_HDR_SUBSCRIPTION_STATE] = {"Subscription-State", FSIP_HE_EVENT},
    [FSIP_HDR_REFER_TO] = {"Refer-To", FSIP_HE_ADDR1},
    [FSIP_HDR_REFERRED_BY] = {"Referred-By", FSIP_HE_ADDR1},
    [FSIP_HDR_REPLACES] = {"Replaces", FSIP_HE_REPLACES},
    [FSIP_HDR_REFER_SUB] = {"Refer-Sub", FSIP_HE_REFERSUB},
    [FSIP_HDR_RSEQ] = {"RSeq", FSIP_HE_NUM},
    [FSIP_HDR_RACK] = {"RAck", FSIP_HE_RACK},
    [FSIP_HDR_SESSION_EXPIRES] = {"Session-Expires", FSIP_HE_SE},
    [FSIP_HDR_MIN_SE] = {"Min-SE", FSIP_HE_SE},
    [FSIP_HDR_WWW_AUTHENTICATE] = {"WWW-Authenticate", FSIP_HE_AUTH},
    [FSIP_HDR_PROXY_AUTHENTICATE] = {"Proxy-Authenticate", FSIP_HE_AUTH},
    [FSIP_HDR_AUTHORIZATION] = {"Authorization", FSIP_HE_AUTH},
    [FSIP_HDR_PROXY_AUTHORIZATION] = {"Proxy-Authorization", FSIP_HE_AUTH},
    [FSIP_HDR_DATE] = {"Date", FSIP_HE_DATE},
    [FSIP_HDR_RETRY_AFTER] = {"Retry-After", FSIP_HE_RETRY},
};

const char *fsip_hdr_name(fsip_hdr_id id)
{
    return (unsigned)id < FSIP_HDR__COUNT ? defs[id].name : "";
}

/* ----------------------------------------------------------- builders */

struct ctx {
    fsip_msg *m;
    fsip_hdr_id id;
    fsip_str name;
    uint32_t flags;
    const fsip_parse_opts *opts;
    const unsigned char *base;
    const char *reason;
    const unsigned char *err_p; /* where the error is, when known */
    int limit;                  /* the error is a configured limit */
    uint32_t start;             /* entries before this value's */
};

/* Case-insensitive match of a param name against a lower-case literal;
 * the length test first makes the common miss one comparison. */
#define PNAME_IS(n, lit) ((n).len == sizeof(lit) - 1 && ci_eq((n).ptr, lit, sizeof(lit) - 1))

static inline bool ci_eq(const char *a, const char *lit, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((a[i] | 0x20) != lit[i]) return false;
    return true;
}

static fsip_str span(const unsigned char *s, const unsigned char *e)
{
    if (!s || !e) return FSIP_STR_NULL;
    return (fsip_str){(const char *)s, (size_t)(e - s)};
}

static int fail(struct fsip_hscan *hs, struct ctx *c, const unsigned char *at, const char *reason)
{
    c->reason = reason;
    c->err_p = at;
    hs->err = FSIP_EPARSE;
    return FSIP_EPARSE;
}

static int nomem(struct fsip_hscan *hs)
{
    hs->err = FSIP_ENOMEM;
    return FSIP_ENOMEM;
}

static fsip_str trim_end(const unsigned char *s, const unsigned char *e)
{
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n'))
        e--;
    return span(s, e);
}

static fsip_hdr *append(struct fsip_hscan *hs, struct ctx *c, fsip_str value)
{
    /* Elements after the first continue the line (printed joined again). */
    uint32_t cont = c->m->nhdrs > c->start ? FSIP__HDR_F_CONT : 0;
    fsip_hdr *h = fsip__msg_append(c->m, c->id, c->name, value, c->flags | cont);
    if (!h) nomem(hs);
    return h;
}

static void *alloc0(struct fsip_hscan *hs, struct ctx *c, size_t n)
{
    void *p = fsip__arena_alloc(&c->m->arena, n);
    if (!p) {
        nomem(hs);
        return NULL;
    }
    memset(p, 0, n);
    return p;
}

static int copy_params(struct fsip_hscan *hs, struct ctx *c, fsip_params *out)
{
    if (fsip__params_copy(&c->m->arena, hs->params.v, hs->params.n, out) < 0) return nomem(hs);
    return 0;
}

static int emit_via(struct fsip_hscan *hs, const unsigned char *end)
{
    struct ctx *c = hs->ctx;
    uint32_t n = fsip_msg_hdr_count_id(c->m, FSIP_HDR_VIA);
    if (c->opts && n >= c->opts->max_via) {
        c->limit = 1;
        return fail(hs, c, hs->elem_s, "too many Via values");
    }
    fsip_via *v = alloc0(hs, c, sizeof(*v));
    if (!v) return FSIP_ENOMEM;
    v->protocol = span(hs->a_s, hs->a_e);
    v->version = span(hs->b_s, hs->b_e);
    v->transport = span(hs->c_s, hs->c_e);
    v->host = span(hs->d_s, hs->d_e);
    v->host_type = hs->host_type;
    v->ttl = -1;
    v->rport = -1;
    if (hs->e_s &&
        !fsip__parse_u32((const char *)hs->e_s, (size_t)(hs->e_e - hs->e_s), 65535, &v->port))
        return fail(hs, c, hs->e_s, "Via port out of range");
    if (copy_params(hs, c, &v->params) < 0) return FSIP_ENOMEM;
    for (uint32_t i = 0; i < v->params.n; i++) {
        const fsip_param *p = &v->params.v[i];
        uint32_t u;
        if (PNAME_IS(p->name, "branch")) {
            if (!p->value.ptr)
                return fail(hs, c, (const unsigned char *)p->name.ptr, "Via branch without value");
            v->branch = p->value;
        } else if (PNAME_IS(p->name, "received")) {
            fsip_str r = p->value;
            if (r.ptr && r.len > 2 && r.ptr[0] == '[' && r.ptr[r.len - 1] == ']')
                r = (fsip_str){r.ptr + 1, r.len - 2}; /* RFC 5118 §4.5 */
            v->received = r;
        } else if (PNAME_IS(p->name, "maddr")) {
            v->maddr = p->value;
        } else if (PNAME_IS(p->name, "ttl")) {
            if (!p->value.ptr || !fsip__parse_u32(p->value.ptr, p->value.len, 255, &u))
                return fail(hs, c, (const unsigned char *)p->name.ptr, "bad Via ttl");
            v->ttl = (int32_t)u;
        } else if (PNAME_IS(p->name, "rport")) {
            if (!p->value.ptr) {
                v->rport = 0;
            } else if (!fsip__parse_u32(p->value.ptr, p->value.len, 65535, &u)) {
                return fail(hs, c, (const unsigned char *)p->value.ptr, "bad Via rport");
            } else {
                v->rport = (int32_t)u;
            }
        }
    }
    fsip_hdr *h = append(hs, c, trim_end(hs->elem_s, end));
    if (!h) return FSIP_ENOMEM;
    h->p.via = v;
    return 0;
}

static int emit_addr(struct fsip_hscan *hs, const unsigned char *end)
{
    struct ctx *c = hs->ctx;
    fsip_addr *a = alloc0(hs, c, sizeof(*a));
    if (!a) return FSIP_ENOMEM;
    a->expires = -1;
    if (c->id == FSIP_HDR_ROUTE || c->id == FSIP_HDR_RECORD_ROUTE) {
        if (c->opts && fsip_msg_hdr_count_id(c->m, c->id) >= c->opts->max_route) {
            c->limit = 1;
            return fail(hs, c, hs->elem_s, "too many Route values");
        }
    }
    if (hs->flags & FSIP_HS_STAR) {
        a->star = true;
    } else {
        a->name_addr = (hs->flags & FSIP_HS_NAME_ADDR) != 0;
        if ((hs->flags & FSIP_HS_ASPACE) &&
            !(c->opts && (c->opts->lenient & FSIP_LENIENT_ADDR_SPEC_SPACES)))
            return fail(hs, c, hs->b_s, "LWS inside <>");
        if (a->name_addr) a->display = span(hs->a_s, hs->a_e);
        size_t at = 0;
        const char *why = NULL;
        int rc = fsip__uri_parse(&c->m->arena, (const char *)hs->b_s, (size_t)(hs->b_e - hs->b_s),
                                 a->name_addr ? 0 : FSIP_URI_NO_HEADERS, &a->uri, &at, &why);
        if (rc == FSIP_ENOMEM) return nomem(hs);
        if (rc < 0) return fail(hs, c, hs->b_s + at, why);
    }
    if (copy_params(hs, c, &a->params) < 0) return FSIP_ENOMEM;
    for (uint32_t i = 0; i < a->params.n; i++) {
        const fsip_param *p = &a->params.v[i];
        if (PNAME_IS(p->name, "tag")) {
            a->tag = p->value;
        } else if (PNAME_IS(p->name, "q")) {
            a->q = p->value;
        } else if (PNAME_IS(p->name, "expires") && c->id == FSIP_HDR_CONTACT) {
            uint32_t u;
            if (!p->value.ptr || !fsip__parse_u32(p->value.ptr, p->value.len, UINT32_MAX, &u))
                return fail(hs, c, (const unsigned char *)p->name.ptr, "bad Contact expires");
            a->expires = u;
        }
    }
    fsip_hdr *h = append(hs, c, trim_end(hs->elem_s, end));
    if (!h) return FSIP_ENOMEM;
    h->p.addr = a;
    return 0;
}

static int emit_token(struct fsip_hscan *hs, const unsigned char *end)
{
    struct ctx *c = hs->ctx;
    return append(hs, c, trim_end(hs->elem_s, end)) ? 0 : FSIP_ENOMEM;
}

static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

static uint32_t num2(const unsigned char *s)
{
    return (uint32_t)(s[0] - '0') * 10 + (uint32_t)(s[1] - '0');
}

static bool is_ctl(unsigned char ch)
{
    return (ch < 0x20 && ch != '\t' && ch != '\r' && ch != '\n') || ch == 0x7f;
}

/* Offset of the first control octet (other than HTAB and the CR LF of
 * folding) in s[0..n), or n. Eight octets at a time: a word has an octet
 * below 0x20 iff (x - 0x20..) & ~x & 0x80.. is non-zero, and an octet 0x7f
 * iff the same holds for x ^ 0x7f..; only a hit is checked octet by octet. */
static size_t find_ctl(const unsigned char *s, size_t n)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x, y;
        memcpy(&x, s + i, 8);
        y = x ^ (0x7f * ones);
        if ((((x - 0x20 * ones) & ~x) | ((y - ones) & ~y)) & high) {
            for (size_t k = i; k < i + 8; k++)
                if (is_ctl(s[k])) return k;
        }
    }
    for (; i < n; i++)
        if (is_ctl(s[i])) return i;
    return n;
}

/* ------------------------------------------------ common shapes by hand */

/* The Via of nearly every request ("SIP/2.0/UDP host[:port];branch=..."),
 * a name-addr without display name ("<uri>;tag=..."), a token list with
 * SP/HTAB around its commas, and the plain Call-ID, CSeq and numbers, read
 * by hand: the same marks (hs) and parameters the grammar's actions record
 * for such a value, then the same emitter or builder. Anything else — LWS
 * anywhere but the one SP after the transport, quoted or bracketed values,
 * a display name, a list, an empty parameter or element — is left to the
 * grammar (return 1). The grammar stays the definition: a value read here
 * is one it accepts, with the same marks (grammar/sip_headers.rl:
 * via_parm, name_addr, generic_param, tok_elem, cseq, num, callid). */

static const unsigned char *skip_wsp(const unsigned char *p, const unsigned char *e)
{
    while (p < e && (*p == ' ' || *p == '\t'))
        p++;
    return p;
}

static const unsigned char *skip_digits(const unsigned char *p, const unsigned char *e)
{
    while (p < e && *p >= '0' && *p <= '9')
        p++;
    return p;
}

static bool alnum_c(unsigned char ch)
{
    return (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
}

/* IPv4address = 1*3DIGIT "." 1*3DIGIT "." 1*3DIGIT "." 1*3DIGIT */
static bool ipv4_shape(const unsigned char *p, const unsigned char *e)
{
    for (int k = 0; k < 4; k++) {
        const unsigned char *d = p;
        while (p < e && p - d < 4 && *p >= '0' && *p <= '9')
            p++;
        if (p == d || p - d > 3) return false;
        if (k < 3) {
            if (p == e || *p != '.') return false;
            p++;
        }
    }
    return p == e;
}

/* hostname = *( domainlabel "." ) toplabel [ "." ], labels of alphanum and
 * inner "-", the last starting with a letter. */
static bool hostname_shape(const unsigned char *p, const unsigned char *e)
{
    if (p < e && e[-1] == '.') e--;
    if (p == e) return false;
    const unsigned char *label = p;
    for (;; p++) {
        if (p == e || *p == '.') {
            if (p == label || !alnum_c(label[0]) || !alnum_c(p[-1])) return false;
            if (p == e) return !(label[0] >= '0' && label[0] <= '9');
            label = p + 1;
        } else if (!alnum_c(*p) && *p != '-') {
            return false;
        }
    }
}

/* The scanner's state at the start of a value (fsip__hdr_scan, elem_start)
 * and once the one element has started. */
static void fast_start(struct fsip_hscan *hs, const unsigned char *s)
{
    hs->elem_s = s;
    hs->a_s = hs->a_e = hs->b_s = hs->b_e = hs->c_s = hs->c_e = NULL;
    hs->d_s = hs->d_e = hs->e_s = hs->e_e = NULL;
    hs->flags = 0;
    hs->host_type = FSIP_HOST_NONE;
    hs->params.n = 0;
    hs->params.overflow = 0;
    hs->pend = 0;
    hs->comma_at = NULL;
    hs->nelem = 0;
    hs->empty_at = NULL;
    hs->open = 1;
}

/* *( ";" token [ "=" token ] ) to `e`, each recorded as generic_param's
 * %param does. */
static bool fast_params(struct fsip_hscan *hs, const unsigned char *p, const unsigned char *e)
{
    while (p < e) {
        if (*p != ';') return false;
        const unsigned char *pn = ++p, *pv = NULL;
        p = fsip__skip(p, e, FSIP_CC_TOKEN);
        if (p == pn) return false;
        if (p < e && *p == '=') {
            pv = ++p;
            p = fsip__skip(p, e, FSIP_CC_TOKEN);
            if (p == pv) return false;
        }
        fsip__push_param(&hs->params, pn, p, pv);
        if (hs->params.overflow) return false;
    }
    return true;
}

/* The end of the one element: the scanner's emit() at the end of input. */
static int fast_emit(struct fsip_hscan *hs, const unsigned char *e)
{
    hs->comma_at = e;
    hs->open = 0;
    hs->pend = 0;
    hs->nelem++;
    return hs->emit(hs, e);
}

/* via-parm: token "/" token "/" token SP host [ ":" 1*DIGIT ] params */
static int fast_via(struct fsip_hscan *hs, const unsigned char *s, size_t len)
{
    const unsigned char *p = s, *e = s + len;
    fast_start(hs, s);
    const unsigned char **marks[3][2] = {
        {&hs->a_s, &hs->a_e}, {&hs->b_s, &hs->b_e}, {&hs->c_s, &hs->c_e}};
    for (int k = 0; k < 3; k++) {
        const unsigned char *t = p;
        p = fsip__skip(p, e, FSIP_CC_TOKEN);
        if (p == t || p == e || *p != (k < 2 ? '/' : ' ')) return 1;
        *marks[k][0] = t;
        *marks[k][1] = p++;
    }
    const unsigned char *h = p;
    while (p < e && *p != ':' && *p != ';')
        p++;
    if (ipv4_shape(h, p))
        hs->host_type = FSIP_HOST_IPV4;
    else if (hostname_shape(h, p))
        hs->host_type = FSIP_HOST_NAME;
    else
        return 1;
    hs->d_s = h;
    hs->d_e = p;
    if (p < e && *p == ':') {
        const unsigned char *d = ++p;
        while (p < e && *p >= '0' && *p <= '9')
            p++;
        if (p == d) return 1;
        hs->e_s = d;
        hs->e_e = p;
    }
    if (!fast_params(hs, p, e)) return 1;
    return fast_emit(hs, e) < 0 ? -1 : 0;
}

/* name-addr without display name: "<" uri ">" params, no LWS */
static int fast_name_addr(struct fsip_hscan *hs, const unsigned char *s, size_t len)
{
    const unsigned char *p = s, *e = s + len;
    if (len < 3 || *p != '<') return 1;
    fast_start(hs, s);
    hs->flags = FSIP_HS_NAME_ADDR;
    const unsigned char *u = ++p;
    p = fsip__skip(p, e, FSIP_CC_ANGLE);
    if (p == u || p == e || *p != '>') return 1;
    hs->b_s = u;
    hs->b_e = p++;
    if (!fast_params(hs, p, e)) return 1;
    return fast_emit(hs, e) < 0 ? -1 : 0;
}

/* tokens0 / tokens1: token *( SWS "," SWS token ), SWS without folding;
 * each element emitted as tok_elem and LCOMMA do. After an element was
 * emitted, 1 leaves entries behind (the caller removes them). */
static int fast_tokens(struct fsip_hscan *hs, const unsigned char *s, size_t len)
{
    const unsigned char *p = s, *e = s + len;
    fast_start(hs, s);
    for (;;) {
        const unsigned char *t = p;
        p = fsip__skip(p, e, FSIP_CC_TOKEN);
        if (p == t) return 1;
        hs->elem_s = hs->a_s = t;
        hs->a_e = p;
        hs->open = 1;
        p = skip_wsp(p, e);
        if (p < e && *p != ',') return 1;
        if (fast_emit(hs, p) < 0) return -1;
        if (p == e) return 0;
        p = skip_wsp(p + 1, e);
    }
}

/* callid: word [ "@" word ]; cseq: 1*DIGIT LWS method (one run of SP /
 * HTAB); num: 1*DIGIT. Only the marks: the entry is built after the scan
 * as for the grammar's (range checks included). */
static int fast_single(struct fsip_hscan *hs, int entry, const unsigned char *s, size_t len)
{
    const unsigned char *p = s, *e = s + len;
    hs->empty_at = NULL; /* what the code after the scan reads besides the marks */
    switch (entry) {
    case FSIP_HE_CALLID:
        p = fsip__skip(p, e, FSIP_CC_WORD);
        if (p == s) return 1;
        if (p < e && *p == '@') {
            const unsigned char *w = ++p;
            p = fsip__skip(p, e, FSIP_CC_WORD);
            if (p == w) return 1;
        }
        return p == e ? 0 : 1;
    case FSIP_HE_NUM:
        p = skip_digits(p, e);
        if (p == s || p != e) return 1;
        hs->a_s = s;
        hs->a_e = p;
        return 0;
    case FSIP_HE_CSEQ: {
        p = skip_digits(p, e);
        const unsigned char *ms = skip_wsp(p, e);
        if (p == s || ms == p) return 1;
        hs->a_s = s;
        hs->a_e = p;
        p = fsip__skip(ms, e, FSIP_CC_TOKEN);
        if (p == ms || p != e) return 1;
        hs->b_s = ms;
        hs->b_e = p;
        return 0;
    }
    default: return 1;
    }
}

int fsip__hdr_parse(fsip_msg *m, fsip_hdr_id id, fsip_str name, fsip_str value, uint32_t flags,
                    const fsip_parse_opts *opts, size_t *err_at, const char **reason)
{
    struct fsip_hscan hs;
    struct ctx c = {m,    id,   name, flags,   opts, (const unsigned char *)value.ptr,
                    NULL, NULL, 0,    m->nhdrs};
    const unsigned char *s = (const unsigned char *)value.ptr;
    int entry = defs[id].entry;

    if (entry < 0) {
        /* RFC 3261 §25.1: header-value = *(TEXT-UTF8char / UTF8-CONT / LWS);
         * no control octets outside line folding. */
        size_t at = find_ctl(s, value.len);
        if (at < value.len) {
            *err_at = at;
            *reason = "control character in header value";
            return FSIP_EPARSE;
        }
        return fsip__msg_append(m, id, name, value, flags) ? 0 : FSIP_ENOMEM;
    }

    hs.ctx = &c;
    hs.err = 0;
    hs.month = 0;
    switch (entry) {
    case FSIP_HE_VIA: hs.emit = emit_via; break;
    case FSIP_HE_ADDR1:
    case FSIP_HE_CONTACT:
    case FSIP_HE_ROUTE: hs.emit = emit_addr; break;
    default: hs.emit = emit_token; break;
    }

    size_t at = 0;
    int rc;
    switch (entry) {
    case FSIP_HE_VIA: rc = fast_via(&hs, s, value.len); break;
    case FSIP_HE_ADDR1:
    case FSIP_HE_CONTACT: rc = fast_name_addr(&hs, s, value.len); break;
    case FSIP_HE_TOKENS0:
    case FSIP_HE_TOKENS1: rc = fast_tokens(&hs, s, value.len); break;
    case FSIP_HE_CALLID:
    case FSIP_HE_NUM:
    case FSIP_HE_CSEQ: rc = fast_single(&hs, entry, s, value.len); break;
    default: rc = 1; break;
    }
    if (rc != 0) {
        /* Another shape, or the emitter refused the value: the grammar
         * reads it again from the start (and reports the error as it would
         * have). */
        if (m->nhdrs != c.start) {
            m->nhdrs = c.start;
            fsip__msg_reindex(m);
        }
        c.reason = NULL;
        c.err_p = NULL;
        c.limit = 0;
        hs.err = 0;
        rc = fsip__hdr_scan(&hs, entry, s, value.len, &at);
    }
    if (rc < 0) {
        if (rc == FSIP_ENOMEM) return rc;
        *err_at = c.err_p ? (size_t)(c.err_p - s) : at;
        *reason =
            c.reason ? c.reason : (rc == FSIP_ELIMIT ? "too many parameters" : "malformed value");
        return c.limit || rc == FSIP_ELIMIT ? FSIP_ELIMIT : FSIP_EPARSE;
    }
    /* RFC 4475 §3.1.2.1: ";;" and ",," are malformed unless tolerated. */
    if (hs.empty_at && !(opts && (opts->lenient & FSIP_LENIENT_EMPTY_PARAMS))) {
        *err_at = (size_t)(hs.empty_at - s);
        *reason = "empty parameter or list element";
        return FSIP_EPARSE;
    }
    /* List shapes emitted their entries while scanning. */
    if (entry == FSIP_HE_VIA || entry == FSIP_HE_ADDR1 || entry == FSIP_HE_CONTACT ||
        entry == FSIP_HE_ROUTE || entry == FSIP_HE_TOKENS1 || entry == FSIP_HE_TOKENS0) {
        if (hs.nelem == 0) {
            if (entry != FSIP_HE_TOKENS0) {
                *err_at = 0;
                *reason = "empty value";
                return FSIP_EPARSE;
            }
            /* An empty Supported / Allow says "none", which differs from an
             * absent header (RFC 3261 §20.37, §20.5): keep one empty value. */
            return fsip__msg_append(m, id, name, value, flags) ? 0 : FSIP_ENOMEM;
        }
        return 0;
    }

    fsip_hdr *h = fsip__msg_append(m, id, name, value, flags);
    if (!h) return FSIP_ENOMEM;
    struct fsip_arena *a = &m->arena;
#define NEW(T, var)                                                                                \
    T *var = fsip__arena_alloc(a, sizeof(T));                                                      \
    if (!var) return FSIP_ENOMEM;                                                                  \
    memset(var, 0, sizeof(T))
#define PARAMS(dst)                                                                                \
    if (fsip__params_copy(a, hs.params.v, hs.params.n, (dst)) < 0) return FSIP_ENOMEM
#define BAD(ptr, why)                                                                              \
    do {                                                                                           \
        *err_at = (size_t)((const unsigned char *)(ptr)-s);                                        \
        *reason = (why);                                                                           \
        return FSIP_EPARSE;                                                                        \
    } while (0)

    switch (entry) {
    case FSIP_HE_CSEQ: {
        NEW(fsip_cseq, q);
        /* RFC 3261 §8.1.1.5: a 32-bit unsigned integer. */
        if (!fsip__parse_u32((const char *)hs.a_s, (size_t)(hs.a_e - hs.a_s), UINT32_MAX, &q->seq))
            BAD(hs.a_s, "CSeq number out of range");
        q->method_name = span(hs.b_s, hs.b_e);
        q->method = fsip_method_from_str(q->method_name);
        h->p.cseq = q;
        break;
    }
    case FSIP_HE_RACK: {
        NEW(fsip_rack, r);
        if (!fsip__parse_u32((const char *)hs.a_s, (size_t)(hs.a_e - hs.a_s), UINT32_MAX, &r->rseq))
            BAD(hs.a_s, "RAck response-num out of range");
        if (!fsip__parse_u32((const char *)hs.b_s, (size_t)(hs.b_e - hs.b_s), UINT32_MAX, &r->cseq))
            BAD(hs.b_s, "RAck CSeq-num out of range");
        r->method_name = span(hs.c_s, hs.c_e);
        r->method = fsip_method_from_str(r->method_name);
        h->p.rack = r;
        break;
    }
    case FSIP_HE_NUM: {
        /* Max-Forwards is 0..255 (RFC 3261 §20.22 says 0-255 in practice);
         * the others are 32-bit. */
        uint32_t max = id == FSIP_HDR_MAX_FORWARDS ? 255 : UINT32_MAX;
        if (!fsip__parse_u32((const char *)hs.a_s, (size_t)(hs.a_e - hs.a_s), max, &h->p.num))
            BAD(hs.a_s, "value out of range");
        break;
    }
    case FSIP_HE_SE: {
        NEW(fsip_session_expires, se);
        if (!fsip__parse_u32((const char *)hs.a_s, (size_t)(hs.a_e - hs.a_s), UINT32_MAX,
                             &se->delta))
            BAD(hs.a_s, "delta-seconds out of range");
        PARAMS(&se->params);
        const fsip_param *r = fsip_params_find(&se->params, "refresher");
        if (r) {
            if (!fsip_str_caseeq(r->value, "uac") && !fsip_str_caseeq(r->value, "uas"))
                BAD(r->name.ptr, "refresher must be uac or uas");
            se->refresher = r->value;
        }
        h->p.se = se;
        break;
    }
    case FSIP_HE_CALLID: break;
    case FSIP_HE_MEDIA: {
        NEW(fsip_media_type, mt);
        mt->type = span(hs.a_s, hs.a_e);
        mt->subtype = span(hs.b_s, hs.b_e);
        PARAMS(&mt->params);
        h->p.media = mt;
        break;
    }
    case FSIP_HE_EVENT:
        if (id == FSIP_HDR_EVENT) {
            NEW(fsip_event, ev);
            ev->package = span(hs.a_s, hs.a_e);
            PARAMS(&ev->params);
            const fsip_param *p = fsip_params_find(&ev->params, "id");
            if (p) ev->id = p->value;
            h->p.event = ev;
        } else {
            NEW(fsip_substate, st);
            st->state = span(hs.a_s, hs.a_e);
            st->expires = st->retry_after = -1;
            PARAMS(&st->params);
            for (uint32_t i = 0; i < st->params.n; i++) {
                const fsip_param *p = &st->params.v[i];
                uint32_t u;
                if (PNAME_IS(p->name, "reason")) {
                    st->reason = p->value;
                } else if (PNAME_IS(p->name, "expires") || PNAME_IS(p->name, "retry-after")) {
                    if (!p->value.ptr ||
                        !fsip__parse_u32(p->value.ptr, p->value.len, UINT32_MAX, &u))
                        BAD(p->name.ptr, "bad delta-seconds");
                    if (PNAME_IS(p->name, "expires"))
                        st->expires = u;
                    else
                        st->retry_after = u;
                }
            }
            h->p.substate = st;
        }
        break;
    case FSIP_HE_REPLACES: {
        NEW(fsip_replaces, r);
        r->call_id = span(hs.a_s, hs.a_e);
        PARAMS(&r->params);
        for (uint32_t i = 0; i < r->params.n; i++) {
            const fsip_param *p = &r->params.v[i];
            if (PNAME_IS(p->name, "to-tag"))
                r->to_tag = p->value;
            else if (PNAME_IS(p->name, "from-tag"))
                r->from_tag = p->value;
            else if (PNAME_IS(p->name, "early-only"))
                r->early_only = true;
        }
        /* RFC 3891 §6.1: to-tag and from-tag are mandatory. */
        if (!r->to_tag.ptr || !r->from_tag.ptr)
            BAD(s + value.len, "Replaces needs to-tag and from-tag");
        h->p.replaces = r;
        break;
    }
    case FSIP_HE_REFERSUB: {
        NEW(fsip_refer_sub, r);
        r->value = (hs.a_s[0] | 0x20) == 't';
        PARAMS(&r->params);
        h->p.refer_sub = r;
        break;
    }
    case FSIP_HE_AUTH: {
        NEW(fsip_auth, au);
        au->scheme = span(hs.a_s, hs.a_e);
        PARAMS(&au->params);
        h->p.auth = au;
        break;
    }
    case FSIP_HE_DATE: {
        uint32_t day = num2(hs.a_s), hh = num2(hs.c_s), mm = num2(hs.d_s), ss = num2(hs.e_s);
        uint32_t year = num2(hs.b_s) * 100 + num2(hs.b_s + 2);
        if (day < 1 || day > 31 || hh > 23 || mm > 59 || ss > 60) BAD(hs.a_s, "bad date");
        h->p.date = days_from_civil(year, hs.month, day) * 86400 + hh * 3600 + mm * 60 + ss;
        break;
    }
    case FSIP_HE_RETRY: {
        NEW(fsip_retry_after, ra);
        if (!fsip__parse_u32((const char *)hs.a_s, (size_t)(hs.a_e - hs.a_s), UINT32_MAX,
                             &ra->delta))
            BAD(hs.a_s, "Retry-After out of range");
        ra->comment = span(hs.b_s, hs.b_e);
        PARAMS(&ra->params);
        h->p.retry_after = ra;
        break;
    }
    default: break;
    }
#undef NEW
#undef PARAMS
#undef BAD
    return 0;
}
