/* The message object: allocation, header index, accessors, builder,
 * printer and the readable dump used by `fsip parse` and the fixtures. */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "msg_internal.h"
#include "scan.h"
#include "uri.h"

/* fsip_str_c, inlined for the builder's paths. */
static inline fsip_str cstr(const char *s)
{
    return s ? (fsip_str){s, strlen(s)} : FSIP_STR_NULL;
}

/* ------------------------------------------------------------- methods */

static const char *const method_names[] = {
    [FSIP_METHOD_OTHER] = "",
    [FSIP_METHOD_INVITE] = "INVITE",
    [FSIP_METHOD_ACK] = "ACK",
    [FSIP_METHOD_BYE] = "BYE",
    [FSIP_METHOD_CANCEL] = "CANCEL",
    [FSIP_METHOD_OPTIONS] = "OPTIONS",
    [FSIP_METHOD_REGISTER] = "REGISTER",
    [FSIP_METHOD_PRACK] = "PRACK",
    [FSIP_METHOD_UPDATE] = "UPDATE",
    [FSIP_METHOD_REFER] = "REFER",
    [FSIP_METHOD_NOTIFY] = "NOTIFY",
    [FSIP_METHOD_SUBSCRIBE] = "SUBSCRIBE",
    [FSIP_METHOD_INFO] = "INFO",
    [FSIP_METHOD_MESSAGE] = "MESSAGE",
    [FSIP_METHOD_PUBLISH] = "PUBLISH",
};
#define N_METHODS (sizeof(method_names) / sizeof(method_names[0]))

fsip_method fsip_method_from_str(fsip_str s)
{
    if (!s.ptr || s.len < 3 || s.len > 9) return FSIP_METHOD_OTHER;
    for (unsigned i = 1; i < N_METHODS; i++)
        if (method_names[i][0] == s.ptr[0] && strlen(method_names[i]) == s.len &&
            memcmp(method_names[i], s.ptr, s.len) == 0)
            return (fsip_method)i;
    return FSIP_METHOD_OTHER;
}

const char *fsip_method_name(fsip_method m)
{
    return (unsigned)m < N_METHODS ? method_names[m] : "";
}

/* ---------------------------------------------------------- allocation */

fsip_msg *fsip__msg_alloc(const fsip_allocator *alloc, size_t reserve, char **inline_buf,
                          size_t extra)
{
    size_t head = (sizeof(fsip_msg) + reserve + 7) & ~(size_t)7;
    fsip_msg *m = alloc->malloc(head + extra, alloc->arg);
    if (!m) return NULL;
    memset(m, 0, sizeof(*m));
    m->alloc = alloc;
    m->content_length = -1;
    memset(m->first, 0xff, sizeof(m->first)); /* FSIP_NONE */
    memset(m->last, 0xff, sizeof(m->last));
    if (inline_buf) *inline_buf = (char *)(m + 1);
    fsip__arena_init(&m->arena, alloc, (char *)m + head, extra);
    return m;
}

void fsip_msg_free(fsip_msg *m)
{
    if (!m) return;
    fsip__arena_release(&m->arena);
    m->alloc->free(m, m->alloc->arg);
}

fsip_hdr *fsip__msg_append(fsip_msg *m, fsip_hdr_id id, fsip_str name, fsip_str value,
                           uint32_t flags)
{
    if (m->nhdrs == m->cap) {
        /* A built message starts with room for a response's usual 20 or so
         * entries (5 copied, Contact, Allow's tokens, Supported, Server,
         * Content-Type) without growing. */
        uint32_t cap = m->cap ? m->cap * 2 : 24;
        fsip_hdr *h = fsip__arena_alloc(&m->arena, cap * sizeof(*h));
        /* next[] and cont[] in one block */
        uint32_t *nx = fsip__arena_alloc(&m->arena, cap * (sizeof(*nx) + 1));
        if (!h || !nx) return NULL;
        uint8_t *ct = (uint8_t *)(nx + cap);
        if (m->nhdrs) {
            memcpy(h, m->hdrs, m->nhdrs * sizeof(*h));
            memcpy(nx, m->next, m->nhdrs * sizeof(*nx));
            memcpy(ct, m->cont, m->nhdrs);
        }
        m->hdrs = h;
        m->next = nx;
        m->cont = ct;
        m->cap = cap;
    } else if (!m->cont) {
        /* hdrs[] and next[] were sized by the parser (parse.c) */
        m->cont = fsip__arena_alloc(&m->arena, m->cap);
        if (!m->cont) return NULL;
    }
    uint32_t i = m->nhdrs++;
    fsip_hdr *h = &m->hdrs[i];
    memset(&h->p, 0, sizeof(h->p));
    h->id = id;
    m->cont[i] = (flags & FSIP__HDR_F_CONT) != 0;
    flags &= ~(uint32_t)FSIP__HDR_F_CONT;
    /* FOLDED describes this value, which may be one element of a folded
     * line, or a folded line's value that trimming left on one line. */
    if ((flags & FSIP_HDR_F_FOLDED) && !memchr(value.ptr, '\n', value.len))
        flags &= ~(uint32_t)FSIP_HDR_F_FOLDED;
    h->flags = flags;
    h->name = name;
    h->value = value;
    m->next[i] = FSIP_NONE;
    if (m->last[id] == FSIP_NONE)
        m->first[id] = i;
    else
        m->next[m->last[id]] = i;
    m->last[id] = i;
    return h;
}

void fsip__msg_reindex(fsip_msg *m)
{
    memset(m->first, 0xff, sizeof(m->first)); /* FSIP_NONE */
    memset(m->last, 0xff, sizeof(m->last));
    for (uint32_t i = 0; i < m->nhdrs; i++) {
        fsip_hdr_id id = m->hdrs[i].id;
        m->next[i] = FSIP_NONE;
        if (m->last[id] == FSIP_NONE)
            m->first[id] = i;
        else
            m->next[m->last[id]] = i;
        m->last[id] = i;
    }
}

/* ------------------------------------------------------------ accessors */

bool fsip_msg_is_request(const fsip_msg *m)
{
    return m->is_request;
}
fsip_method fsip_msg_method(const fsip_msg *m)
{
    return m->method;
}
fsip_str fsip_msg_method_name(const fsip_msg *m)
{
    return m->method_name;
}
const fsip_uri *fsip_msg_request_uri(const fsip_msg *m)
{
    return m->is_request ? &m->ruri : NULL;
}
int fsip_msg_status(const fsip_msg *m)
{
    return m->status;
}
fsip_str fsip_msg_reason(const fsip_msg *m)
{
    return m->reason;
}
fsip_str fsip_msg_version(const fsip_msg *m)
{
    return m->version;
}
fsip_str fsip_msg_body(const fsip_msg *m)
{
    return m->body;
}
fsip_str fsip_msg_raw(const fsip_msg *m)
{
    return m->raw;
}
uint32_t fsip_msg_hdr_count(const fsip_msg *m)
{
    return m->nhdrs;
}
const fsip_hdr *fsip_msg_hdr_at(const fsip_msg *m, uint32_t i)
{
    return i < m->nhdrs ? &m->hdrs[i] : NULL;
}

const fsip_hdr *fsip_msg_hdr_first(const fsip_msg *m, fsip_hdr_id id)
{
    if ((unsigned)id >= FSIP_HDR__COUNT || m->first[id] == FSIP_NONE) return NULL;
    return &m->hdrs[m->first[id]];
}

const fsip_hdr *fsip_msg_hdr_next(const fsip_msg *m, const fsip_hdr *h)
{
    uint32_t i = (uint32_t)(h - m->hdrs);
    if (i >= m->nhdrs || m->next[i] == FSIP_NONE) return NULL;
    return &m->hdrs[m->next[i]];
}

uint32_t fsip_msg_hdr_count_id(const fsip_msg *m, fsip_hdr_id id)
{
    uint32_t n = 0;
    for (const fsip_hdr *h = fsip_msg_hdr_first(m, id); h; h = fsip_msg_hdr_next(m, h))
        n++;
    return n;
}

/* Compact forms of headers fsip does not type (RFC 3261 §7.3.3, RFC 6665,
 * RFC 3841, RFC 4474), so lookups by either name find them. */
static const struct {
    char compact;
    const char *name;
} aliases[] = {{'e', "Content-Encoding"}, {'s', "Subject"},        {'u', "Allow-Events"},
               {'a', "Accept-Contact"},   {'j', "Reject-Contact"}, {'d', "Request-Disposition"},
               {'y', "Identity"},         {'n', "Identity-Info"}};

static bool name_matches(fsip_str written, const char *name)
{
    size_t n = strlen(name);
    if (written.len == n && strncasecmp(written.ptr, name, n) == 0) return true;
    for (size_t i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++) {
        bool w_is = written.len == 1 && (written.ptr[0] | 0x20) == aliases[i].compact;
        bool w_full = fsip_str_caseeq(written, aliases[i].name);
        bool n_is = n == 1 && (name[0] | 0x20) == aliases[i].compact;
        bool n_full = strcasecmp(name, aliases[i].name) == 0;
        if ((w_is || w_full) && (n_is || n_full)) return true;
    }
    return false;
}

const fsip_hdr *fsip_msg_hdr_find(const fsip_msg *m, const char *name)
{
    fsip_hdr_id id = fsip_hdr_lookup(cstr(name));
    if (id != FSIP_HDR_OTHER) return fsip_msg_hdr_first(m, id);
    for (const fsip_hdr *h = fsip_msg_hdr_first(m, FSIP_HDR_OTHER); h; h = fsip_msg_hdr_next(m, h))
        if (name_matches(h->name, name)) return h;
    return NULL;
}

const fsip_via *fsip_msg_via(const fsip_msg *m)
{
    const fsip_hdr *h = fsip_msg_hdr_first(m, FSIP_HDR_VIA);
    return h ? h->p.via : NULL;
}
const fsip_addr *fsip_msg_from(const fsip_msg *m)
{
    const fsip_hdr *h = fsip_msg_hdr_first(m, FSIP_HDR_FROM);
    return h ? h->p.addr : NULL;
}
const fsip_addr *fsip_msg_to(const fsip_msg *m)
{
    const fsip_hdr *h = fsip_msg_hdr_first(m, FSIP_HDR_TO);
    return h ? h->p.addr : NULL;
}
fsip_str fsip_msg_call_id(const fsip_msg *m)
{
    const fsip_hdr *h = fsip_msg_hdr_first(m, FSIP_HDR_CALL_ID);
    return h ? h->value : FSIP_STR_NULL;
}
const fsip_cseq *fsip_msg_cseq(const fsip_msg *m)
{
    const fsip_hdr *h = fsip_msg_hdr_first(m, FSIP_HDR_CSEQ);
    return h ? h->p.cseq : NULL;
}
int32_t fsip_msg_max_forwards(const fsip_msg *m)
{
    const fsip_hdr *h = fsip_msg_hdr_first(m, FSIP_HDR_MAX_FORWARDS);
    return h ? (int32_t)h->p.num : -1;
}
int64_t fsip_msg_content_length(const fsip_msg *m)
{
    return m->content_length;
}

size_t fsip_str_unfold(fsip_str s, char *out, size_t cap)
{
    size_t j = 0, ws = 0; /* ws: WSP octets at the end of the output so far */
    for (size_t i = 0; i < s.len; i++) {
        char c = s.ptr[i];
        if (c == '\r' || c == '\n') {
            /* A fold (CRLF / LF and the WSP around it) becomes one SP. The
             * length never depends on cap: only j moves back. */
            size_t k = i;
            while (k < s.len && (s.ptr[k] == '\r' || s.ptr[k] == '\n'))
                k++;
            while (k < s.len && (s.ptr[k] == ' ' || s.ptr[k] == '\t'))
                k++;
            j -= ws;
            if (j < cap) out[j] = ' ';
            j++;
            ws = 1;
            i = k - 1;
            continue;
        }
        ws = (c == ' ' || c == '\t') ? ws + 1 : 0;
        if (j < cap) out[j] = c;
        j++;
    }
    return j;
}

/* -------------------------------------------------------------- builder */

/* RFC 3261 §25.1 token (the class the grammar skips runs of, cclass.c). */
static bool is_token(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    return n > 0 && fsip__skip(p, p + n, FSIP_CC_TOKEN) == p + n;
}

/* A header value may span lines only as folding (CRLF followed by WSP). */
static bool value_ok(const char *s, size_t n)
{
    /* Eight octets at a time while none is below 0x0e (so no NUL, CR, LF):
     * a word has such an octet iff (x - 0x0e..) & ~x & 0x80.. is non-zero. */
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        if (((x - 0x0e * ones) & ~x) & high) break;
    }
    for (; i < n; i++) {
        if (s[i] == '\r') {
            if (i + 2 >= n || s[i + 1] != '\n' || (s[i + 2] != ' ' && s[i + 2] != '\t'))
                return false;
            i++;
        } else if (s[i] == '\n' || s[i] == '\0') {
            return false;
        }
    }
    return true;
}

static fsip_msg *new_msg(const fsip_allocator *alloc)
{
    /* 4 KiB of arena: a 200 with its copied headers, Contact, Allow and an
     * SDP body fits in one block (a built message is short-lived: printed,
     * then freed). */
    fsip_msg *m = fsip__msg_alloc(alloc ? alloc : fsip_allocator_default(), 0, NULL, 4096);
    if (m) {
        m->flags |= FSIP_MSG_BUILT;
        m->version = (fsip_str){"SIP/2.0", 7};
        m->body = (fsip_str){"", 0};
    }
    return m;
}

fsip_msg *fsip_msg_new_request(const char *method, const char *request_uri,
                               const fsip_allocator *alloc)
{
    if (!method || !request_uri || !is_token(method, strlen(method))) return NULL;
    fsip_msg *m = new_msg(alloc);
    if (!m) return NULL;
    size_t ulen = strlen(request_uri), at;
    const char *why;
    char *meth = fsip__arena_dup(&m->arena, method, strlen(method));
    char *uri = fsip__arena_dup(&m->arena, request_uri, ulen);
    if (!meth || !uri ||
        fsip__uri_parse(&m->arena, uri, ulen, FSIP_URI_NO_HEADERS, &m->ruri, &at, &why) < 0) {
        fsip_msg_free(m);
        return NULL;
    }
    m->is_request = 1;
    m->method_name = cstr(meth);
    m->method = fsip_method_from_str(m->method_name);
    return m;
}

const char *fsip_status_phrase(int status)
{
    switch (status) {
    case 100: return "Trying";
    case 180: return "Ringing";
    case 181: return "Call Is Being Forwarded";
    case 182: return "Queued";
    case 183: return "Session Progress";
    case 200: return "OK";
    case 202: return "Accepted";
    case 204: return "No Notification"; /* RFC 5839 */
    case 300: return "Multiple Choices";
    case 301: return "Moved Permanently";
    case 302: return "Moved Temporarily";
    case 305: return "Use Proxy";
    case 380: return "Alternative Service";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 407: return "Proxy Authentication Required";
    case 408: return "Request Timeout";
    case 410: return "Gone";
    case 414: return "Request-URI Too Long";
    case 413: return "Request Entity Too Large";
    case 415: return "Unsupported Media Type";
    case 416: return "Unsupported URI Scheme";
    case 420: return "Bad Extension";
    case 421: return "Extension Required";
    case 422: return "Session Interval Too Small";
    case 423: return "Interval Too Brief";
    case 480: return "Temporarily Unavailable";
    case 481: return "Call/Transaction Does Not Exist";
    case 482: return "Loop Detected";
    case 483: return "Too Many Hops";
    case 484: return "Address Incomplete";
    case 485: return "Ambiguous";
    case 486: return "Busy Here";
    case 487: return "Request Terminated";
    case 488: return "Not Acceptable Here";
    case 489: return "Bad Event";
    case 491: return "Request Pending";
    case 500: return "Server Internal Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Server Time-out";
    case 505: return "Version Not Supported";
    case 513: return "Message Too Large";
    case 580: return "Precondition Failure"; /* RFC 3312 */
    case 600: return "Busy Everywhere";
    case 603: return "Decline";
    case 604: return "Does Not Exist Anywhere";
    case 606: return "Not Acceptable";
    default: return "Unknown";
    }
}

/* Moves entries [from, nhdrs) to position pos (< from), shifting the
 * ones in between after them, and rebuilds the index. */
static void move_entries(fsip_msg *m, uint32_t pos, uint32_t from)
{
    uint32_t added = m->nhdrs - from;
    fsip_hdr tmp[16];
    uint8_t ct[16];
    for (uint32_t done = 0; done < added;) {
        uint32_t k = added - done > 16 ? 16 : added - done;
        memcpy(tmp, &m->hdrs[from + done], k * sizeof(fsip_hdr));
        memcpy(ct, &m->cont[from + done], k);
        memmove(&m->hdrs[pos + done + k], &m->hdrs[pos + done], (from - pos) * sizeof(fsip_hdr));
        memmove(&m->cont[pos + done + k], &m->cont[pos + done], from - pos);
        memcpy(&m->hdrs[pos + done], tmp, k * sizeof(fsip_hdr));
        memcpy(&m->cont[pos + done], ct, k);
        done += k;
    }
    fsip__msg_reindex(m);
}

/* The name as stored: the canonical name itself (static) when written so,
 * else a copy. */
static const char *keep_name(fsip_msg *m, fsip_hdr_id id, fsip_str name)
{
    const char *canon = fsip_hdr_name(id);
    if (id != FSIP_HDR_OTHER && strlen(canon) == name.len && memcmp(canon, name.ptr, name.len) == 0)
        return canon;
    return fsip__arena_dup(&m->arena, name.ptr, name.len);
}

static int add_str(fsip_msg *m, fsip_str name, fsip_str value, bool prepend)
{
    if (!is_token(name.ptr, name.len) || !value_ok(value.ptr, value.len)) return FSIP_EINVAL;
    fsip_hdr_id id = fsip_hdr_lookup(name);
    const char *n = keep_name(m, id, name);
    char *v = fsip__arena_dup(&m->arena, value.ptr, value.len);
    if (!n || !v) return FSIP_ENOMEM;
    uint32_t before = m->nhdrs;
    size_t at;
    const char *why;
    bool folded = memchr(v, '\n', value.len) != NULL;
    int rc = fsip__hdr_parse(m, id, (fsip_str){n, name.len}, (fsip_str){v, value.len},
                             folded ? FSIP_HDR_F_FOLDED : 0, NULL, &at, &why);
    if (rc < 0) {
        m->nhdrs = before;
        fsip__msg_reindex(m);
        return rc == FSIP_ENOMEM ? rc : FSIP_EINVAL;
    }
    /* In front of the first existing entry of the id, or at the very top
     * when there is none (RFC 3261 §7.3.1: Via and the other headers
     * proxies process go towards the top). */
    if (prepend && before > 0) move_entries(m, m->first[id] < before ? m->first[id] : 0, before);
    return 0;
}

int fsip__msg_add_str(fsip_msg *m, fsip_str name, fsip_str value)
{
    return add_str(m, name, value, false);
}

int fsip_msg_hdr_add(fsip_msg *m, const char *name, const char *value)
{
    if (!m || !name || !value) return FSIP_EINVAL;
    return add_str(m, cstr(name), cstr(value), false);
}

int fsip_msg_hdr_prepend(fsip_msg *m, const char *name, const char *value)
{
    if (!m || !name || !value) return FSIP_EINVAL;
    return add_str(m, cstr(name), cstr(value), true);
}

int fsip_msg_hdr_remove(fsip_msg *m, const char *name)
{
    if (!m || !name) return FSIP_EINVAL;
    fsip_hdr_id id = fsip_hdr_lookup(cstr(name));
    if (id != FSIP_HDR_OTHER && m->first[id] == FSIP_NONE) return 0; /* none to remove */
    uint32_t j = 0;
    int removed = 0;
    for (uint32_t i = 0; i < m->nhdrs; i++) {
        const fsip_hdr *h = &m->hdrs[i];
        bool match = id != FSIP_HDR_OTHER
                         ? h->id == id
                         : (h->id == FSIP_HDR_OTHER && name_matches(h->name, name));
        if (match) {
            removed++;
            continue;
        }
        m->cont[j] = m->cont[i];
        m->hdrs[j++] = *h;
    }
    m->nhdrs = j;
    fsip__msg_reindex(m);
    if (id == FSIP_HDR_CONTENT_LENGTH && !(m->flags & FSIP_MSG_BUILT)) m->content_length = -1;
    return removed;
}

int fsip_msg_hdr_set(fsip_msg *m, const char *name, const char *value)
{
    if (!m || !name || !value) return FSIP_EINVAL;
    if (!is_token(name, strlen(name)) || !value_ok(value, strlen(value))) return FSIP_EINVAL;
    fsip_msg_hdr_remove(m, name);
    return fsip_msg_hdr_add(m, name, value);
}

fsip_msg *fsip_msg_new_response(int status, const char *reason, const fsip_msg *req,
                                const fsip_allocator *alloc)
{
    if (status < 100 || status > 699) return NULL;
    fsip_msg *m = new_msg(alloc);
    if (!m) return NULL;
    const char *r = reason ? reason : fsip_status_phrase(status);
    if (strpbrk(r, "\r\n")) goto fail; /* would inject header lines */
    char *rc = fsip__arena_dup(&m->arena, r, strlen(r));
    if (!rc) goto fail;
    m->status = status;
    m->reason = cstr(rc);
    if (req) {
        /* RFC 3261 §8.2.6.2: Via (all, in order), From, To, Call-ID, CSeq. */
        static const fsip_hdr_id copy[] = {FSIP_HDR_VIA, FSIP_HDR_FROM, FSIP_HDR_TO,
                                           FSIP_HDR_CALL_ID, FSIP_HDR_CSEQ};
        for (size_t i = 0; i < sizeof(copy) / sizeof(copy[0]); i++) {
            fsip_str name = cstr(fsip_hdr_name(copy[i]));
            for (const fsip_hdr *h = fsip_msg_hdr_first(req, copy[i]); h;
                 h = fsip_msg_hdr_next(req, h)) {
                /* The request's parse is moved over, not redone; Via
                 * values that shared a line share it again. */
                uint32_t k = (uint32_t)(h - req->hdrs);
                bool cont =
                    k > 0 && req->cont[k] && m->nhdrs > 0 && m->hdrs[m->nhdrs - 1].id == copy[i];
                int err = fsip__msg_copy_hdr(m, h, name, cont);
                if (err == FSIP_EINVAL) err = add_str(m, name, h->value, false);
                if (err < 0) goto fail;
            }
        }
    }
    return m;
fail:
    fsip_msg_free(m);
    return NULL;
}

/* ------------------------------------------------- copies without parsing */

/* Moves views into a source value onto its copy. */
struct rebase {
    const char *lo, *hi; /* the source value */
    const char *to;      /* its copy */
    bool bad;            /* a view outside the source value: not copied */
};

static fsip_str rb(struct rebase *r, fsip_str s)
{
    if (!s.ptr) return s;
    if (s.ptr < r->lo || s.ptr + s.len > r->hi) {
        r->bad = true;
        return s;
    }
    return (fsip_str){r->to + (s.ptr - r->lo), s.len};
}

/* ps->v becomes a copy in m's arena with `extra` free slots at the end. */
static int rb_params(fsip_msg *m, struct rebase *r, fsip_params *ps, uint32_t extra,
                     fsip_param **out)
{
    fsip_param *v = NULL;
    if (ps->n + extra) {
        v = fsip__arena_alloc(&m->arena, (ps->n + extra) * sizeof(*v));
        if (!v) return FSIP_ENOMEM;
        for (uint32_t i = 0; i < ps->n; i++) {
            v[i].name = rb(r, ps->v[i].name);
            v[i].value = rb(r, ps->v[i].value);
        }
    }
    ps->v = v;
    if (out) *out = v;
    return 0;
}

static int rb_addr(fsip_msg *m, struct rebase *r, const fsip_addr *src, uint32_t extra,
                   fsip_addr **out, fsip_param **params)
{
    fsip_addr *a = fsip__arena_alloc(&m->arena, sizeof(*a));
    if (!a) return FSIP_ENOMEM;
    *a = *src;
    a->display = rb(r, a->display);
    a->tag = rb(r, a->tag);
    a->q = rb(r, a->q);
    fsip_uri *u = &a->uri;
    u->raw = rb(r, u->raw);
    u->scheme_s = rb(r, u->scheme_s);
    u->user = rb(r, u->user);
    u->password = rb(r, u->password);
    u->host = rb(r, u->host);
    u->opaque = rb(r, u->opaque);
    if (rb_params(m, r, &u->params, 0, NULL) < 0 || rb_params(m, r, &u->headers, 0, NULL) < 0 ||
        rb_params(m, r, &a->params, extra, params) < 0)
        return FSIP_ENOMEM;
    *out = a;
    return 0;
}

/* Appends a copy of entry `src`, whose views lie in r's source (its value
 * already copied to r->to), its typed parse moved by r. Returns 0,
 * FSIP_ENOMEM, or FSIP_EINVAL (a shape this copy does not know, or a view
 * outside the source). */
static int copy_entry(fsip_msg *m, const fsip_hdr *src, fsip_str name, bool cont, struct rebase *r)
{
    fsip_str v = src->value.ptr ? rb(r, src->value) : (fsip_str){r->to, 0};
    fsip_hdr tmp;
    memset(&tmp.p, 0, sizeof(tmp.p));
    switch (src->id) {
    case FSIP_HDR_VIA: {
        fsip_via *via = fsip__arena_alloc(&m->arena, sizeof(*via));
        if (!via) return FSIP_ENOMEM;
        *via = *src->p.via;
        via->protocol = rb(r, via->protocol);
        via->version = rb(r, via->version);
        via->transport = rb(r, via->transport);
        via->host = rb(r, via->host);
        via->branch = rb(r, via->branch);
        via->received = rb(r, via->received);
        via->maddr = rb(r, via->maddr);
        if (rb_params(m, r, &via->params, 0, NULL) < 0) return FSIP_ENOMEM;
        tmp.p.via = via;
        break;
    }
    case FSIP_HDR_FROM:
    case FSIP_HDR_TO:
    case FSIP_HDR_CONTACT:
    case FSIP_HDR_ROUTE:
    case FSIP_HDR_RECORD_ROUTE:
    case FSIP_HDR_REFER_TO:
    case FSIP_HDR_REFERRED_BY: {
        fsip_addr *a = NULL;
        if (src->p.addr && rb_addr(m, r, src->p.addr, 0, &a, NULL) < 0) return FSIP_ENOMEM;
        tmp.p.addr = a;
        break;
    }
    case FSIP_HDR_CSEQ: {
        fsip_cseq *q = fsip__arena_alloc(&m->arena, sizeof(*q));
        if (!q) return FSIP_ENOMEM;
        *q = *src->p.cseq;
        q->method_name = rb(r, q->method_name);
        tmp.p.cseq = q;
        break;
    }
    case FSIP_HDR_CONTENT_TYPE: {
        if (!src->p.media) return FSIP_EINVAL;
        fsip_media_type *mt = fsip__arena_alloc(&m->arena, sizeof(*mt));
        if (!mt) return FSIP_ENOMEM;
        *mt = *src->p.media;
        mt->type = rb(r, mt->type);
        mt->subtype = rb(r, mt->subtype);
        if (rb_params(m, r, &mt->params, 0, NULL) < 0) return FSIP_ENOMEM;
        tmp.p.media = mt;
        break;
    }
    case FSIP_HDR_CONTENT_LENGTH:
    case FSIP_HDR_MAX_FORWARDS:
    case FSIP_HDR_EXPIRES:
    case FSIP_HDR_RSEQ: tmp.p.num = src->p.num; break;
    case FSIP_HDR_OTHER:
    case FSIP_HDR_CALL_ID:
    case FSIP_HDR_REQUIRE:
    case FSIP_HDR_SUPPORTED:
    case FSIP_HDR_PROXY_REQUIRE:
    case FSIP_HDR_UNSUPPORTED:
    case FSIP_HDR_ALLOW: break;
    default: return FSIP_EINVAL;
    }
    if (r->bad) return FSIP_EINVAL;
    uint32_t flags = (src->flags & FSIP_HDR_F_FOLDED) | (cont ? FSIP__HDR_F_CONT : 0);
    fsip_hdr *h = fsip__msg_append(m, src->id, name, v, flags);
    if (!h) return FSIP_ENOMEM;
    h->p = tmp.p;
    return 0;
}

int fsip__msg_copy_hdr(fsip_msg *m, const fsip_hdr *src, fsip_str name, bool cont)
{
    fsip_str sv = src->value.ptr ? src->value : (fsip_str){"", 0};
    char *v = fsip__arena_dup(&m->arena, sv.ptr, sv.len);
    if (!v) return FSIP_ENOMEM;
    struct rebase r = {sv.ptr, sv.ptr + sv.len, v, false};
    return copy_entry(m, src, name, cont, &r);
}

int fsip__msg_add_copies(fsip_msg *m, const fsip_msg *tmpl)
{
    uint32_t before = m->nhdrs;
    for (uint32_t i = 0; i < tmpl->nhdrs; i++) {
        const fsip_hdr *h = &tmpl->hdrs[i];
        int rc = fsip__msg_copy_hdr(m, h, h->name, i > 0 && tmpl->cont[i]);
        if (rc < 0) {
            m->nhdrs = before;
            fsip__msg_reindex(m);
            return rc;
        }
    }
    return 0;
}

void fsip__msg_set_raw(fsip_msg *m, fsip_str raw)
{
    m->raw = raw;
}

int fsip__msg_replace_value(fsip_msg *m, uint32_t i, fsip_str value, const fsip_parse_opts *opts)
{
    if (i >= m->nhdrs || !value_ok(value.ptr, value.len)) return FSIP_EINVAL;
    fsip_hdr old = m->hdrs[i];
    uint32_t before = m->nhdrs;
    size_t at;
    const char *why;
    bool folded = memchr(value.ptr, '\n', value.len) != NULL;
    int rc = fsip__hdr_parse(m, old.id, old.name, value, folded ? FSIP_HDR_F_FOLDED : 0, opts, &at,
                             &why);
    if (rc == 0 && m->nhdrs != before + 1) rc = FSIP_EINVAL;
    if (rc < 0) {
        m->nhdrs = before;
        fsip__msg_reindex(m);
        return rc == FSIP_ENOMEM ? rc : FSIP_EINVAL;
    }
    m->hdrs[i] = m->hdrs[before]; /* cont[i] stays */
    m->nhdrs = before;
    fsip__msg_reindex(m);
    return 0;
}

int fsip__msg_add_tag(fsip_msg *m, fsip_hdr_id id, const char *tag)
{
    if ((id != FSIP_HDR_FROM && id != FSIP_HDR_TO) || m->first[id] == FSIP_NONE) return FSIP_EINVAL;
    uint32_t i = m->first[id];
    fsip_hdr *h = &m->hdrs[i];
    const fsip_addr *a = h->p.addr;
    size_t tl = strlen(tag), n = h->value.len;
    if (!a || a->star || a->tag.ptr) return FSIP_EINVAL;
    char *v = fsip__arena_alloc(&m->arena, n + 5 + tl + 1);
    if (!v) return FSIP_ENOMEM;
    memcpy(v, h->value.ptr, n);
    memcpy(v + n, ";tag=", 5);
    memcpy(v + n + 5, tag, tl);
    v[n + 5 + tl] = '\0';
    fsip_str value = {v, n + 5 + tl};
    /* An addr-spec outside <> is parsed again, to be safe about where its
     * parameters end (RFC 3261 §20.10). */
    if (!a->name_addr || !is_token(tag, tl)) return fsip__msg_replace_value(m, i, value, NULL);
    /* The value keeps its prefix: every view moves onto the new string, and
     * the tag becomes the last header parameter. */
    struct rebase r = {h->value.ptr, h->value.ptr + n, v, false};
    fsip_addr *na;
    fsip_param *pv;
    if (rb_addr(m, &r, a, 1, &na, &pv) < 0) return FSIP_ENOMEM;
    if (r.bad) return fsip__msg_replace_value(m, i, value, NULL);
    pv[na->params.n] = (fsip_param){{v + n + 1, 3}, {v + n + 5, tl}};
    na->tag = pv[na->params.n].value;
    na->params.n++;
    h->value = value;
    h->p.addr = na;
    return 0;
}

int fsip_msg_set_body(fsip_msg *m, const char *content_type, const void *body, size_t len)
{
    if (!m || (len && !body)) return FSIP_EINVAL;
    char *b = fsip__arena_dup(&m->arena, body ? body : "", len);
    if (!b) return FSIP_ENOMEM;
    int rc = content_type ? fsip_msg_hdr_set(m, "Content-Type", content_type)
                          : (fsip_msg_hdr_remove(m, "Content-Type"), 0);
    if (rc < 0) return rc;
    m->body = (fsip_str){b, len};
    m->content_length = (int64_t)len;
    return 0;
}

/* -------------------------------------------------------------- printer */

struct out {
    char *p;
    size_t cap, n;
};

static inline void put(struct out *o, const char *s, size_t n)
{
    if (o->n <= o->cap && o->cap - o->n >= n) { /* fits: the common case */
        if (n) memcpy(o->p + o->n, s, n);
        o->n += n;
        return;
    }
    if (o->n < o->cap) {
        size_t k = o->cap - o->n < n ? o->cap - o->n : n;
        memcpy(o->p + o->n, s, k);
    }
    o->n += n;
}

static void puts_(struct out *o, const char *s)
{
    put(o, s, strlen(s));
}

static void putstr(struct out *o, fsip_str s)
{
    if (s.ptr) put(o, s.ptr, s.len);
}

__attribute__((format(printf, 2, 3))) static void putf(struct out *o, const char *fmt, ...)
{
    char tmp[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
    va_end(ap);
    if (n > 0) put(o, tmp, (size_t)n < sizeof(tmp) ? (size_t)n : sizeof(tmp) - 1);
}

static void finish(struct out *o)
{
    if (o->cap) o->p[o->n < o->cap ? o->n : o->cap - 1] = '\0';
}

size_t fsip_msg_print(const fsip_msg *m, char *out, size_t cap)
{
    struct out o = {out, cap, 0};
    if (m->is_request) {
        putstr(&o, m->method_name);
        put(&o, " ", 1);
        putstr(&o, m->ruri.raw);
        put(&o, " SIP/2.0\r\n", 10);
    } else {
        unsigned st = (unsigned)m->status % 1000;
        char line[12] = {'S', 'I', 'P', '/', '2', '.', '0', ' '};
        line[8] = (char)('0' + st / 100);
        line[9] = (char)('0' + st / 10 % 10);
        line[10] = (char)('0' + st % 10);
        line[11] = ' ';
        put(&o, line, sizeof line);
        putstr(&o, m->reason);
        put(&o, "\r\n", 2);
    }
    /* A value that continues the previous entry's line (the elements of one
     * comma-separated value) is printed after ", " on that line, the others
     * on their own line (RFC 3261 §7.3.1 makes both forms equivalent);
     * Content-Length is printed from the body. */
    fsip_hdr_id line_id = FSIP_HDR__COUNT; /* the id of the open line, if any */
    for (uint32_t i = 0; i < m->nhdrs; i++) {
        const fsip_hdr *h = &m->hdrs[i];
        if (h->id == FSIP_HDR_CONTENT_LENGTH) {
            if (line_id != FSIP_HDR__COUNT) put(&o, "\r\n", 2);
            line_id = FSIP_HDR__COUNT;
            continue;
        }
        bool joined = m->cont[i] && line_id == h->id && h->id != FSIP_HDR_OTHER;
        size_t nl = h->name.ptr ? h->name.len : 0, vl = h->value.ptr ? h->value.len : 0;
        size_t eol = line_id != FSIP_HDR__COUNT ? 2 : 0;
        if (!joined && o.n <= o.cap && o.cap - o.n >= eol + nl + 2 + vl) {
            /* The line fits: written directly. */
            char *w = o.p + o.n;
            if (eol) memcpy(w, "\r\n", 2);
            w += eol;
            if (nl) memcpy(w, h->name.ptr, nl);
            w[nl] = ':';
            w[nl + 1] = ' ';
            w += nl + 2;
            if (vl) memcpy(w, h->value.ptr, vl);
            o.n = (size_t)(w + vl - o.p);
            line_id = h->id;
            continue;
        }
        if (joined) {
            put(&o, ", ", 2);
        } else {
            if (line_id != FSIP_HDR__COUNT) put(&o, "\r\n", 2);
            putstr(&o, h->name);
            put(&o, ": ", 2);
            line_id = h->id;
        }
        putstr(&o, h->value);
    }
    if (line_id != FSIP_HDR__COUNT) put(&o, "\r\n", 2);
    char num[24];
    char *d = fsip__dec(num + sizeof num, m->body.len);
    put(&o, "Content-Length: ", 16);
    put(&o, d, (size_t)(num + sizeof num - d));
    put(&o, "\r\n\r\n", 4);
    putstr(&o, m->body);
    size_t n = o.n;
    if (o.n < o.cap) o.p[o.n] = '\0';
    return n;
}

size_t fsip__msg_print_trying(const fsip_msg *req, char *out, size_t cap)
{
    static const fsip_hdr_id copy[] = {FSIP_HDR_VIA, FSIP_HDR_FROM, FSIP_HDR_TO, FSIP_HDR_CALL_ID,
                                       FSIP_HDR_CSEQ};
    static const fsip_str names[] = {
        {"Via", 3}, {"From", 4}, {"To", 2}, {"Call-ID", 7}, {"CSeq", 4}};
    struct out o = {out, cap, 0};
    put(&o, "SIP/2.0 100 Trying", 18);
    for (size_t i = 0; i < sizeof copy / sizeof copy[0]; i++) {
        bool open = false; /* an entry of this id ends the line so far */
        for (const fsip_hdr *h = fsip_msg_hdr_first(req, copy[i]); h;
             h = fsip_msg_hdr_next(req, h)) {
            uint32_t k = (uint32_t)(h - req->hdrs);
            /* joined as fsip_msg_new_response copies them (cont) */
            if (open && k > 0 && req->cont[k]) {
                put(&o, ", ", 2);
            } else {
                put(&o, "\r\n", 2);
                putstr(&o, names[i]);
                put(&o, ": ", 2);
            }
            putstr(&o, h->value);
            open = true;
        }
    }
    put(&o, "\r\nContent-Length: 0\r\n\r\n", 23);
    size_t n = o.n;
    if (o.n < o.cap) o.p[o.n] = '\0';
    return n;
}

/* ----------------------------------------------------------------- dump */

static void dstr(struct out *o, fsip_str s)
{
    if (!s.ptr) {
        puts_(o, "-");
        return;
    }
    puts_(o, "\"");
    for (size_t i = 0; i < s.len; i++) {
        unsigned char c = (unsigned char)s.ptr[i];
        if (c == '\r')
            puts_(o, "\\r");
        else if (c == '\n')
            puts_(o, "\\n");
        else if (c == '\t')
            puts_(o, "\\t");
        else if (c == '"' || c == '\\')
            putf(o, "\\%c", c);
        else if (c < 0x20 || c >= 0x7f)
            putf(o, "\\x%02x", c);
        else
            put(o, (const char *)&c, 1);
    }
    puts_(o, "\"");
}

static void dparams(struct out *o, const char *indent, const char *what, const fsip_params *ps)
{
    for (uint32_t i = 0; i < ps->n; i++) {
        putf(o, "%s%s ", indent, what);
        dstr(o, ps->v[i].name);
        puts_(o, " = ");
        dstr(o, ps->v[i].value);
        puts_(o, "\n");
    }
}

static const char *host_type_name(fsip_host_type t)
{
    switch (t) {
    case FSIP_HOST_NAME: return "name";
    case FSIP_HOST_IPV4: return "ipv4";
    case FSIP_HOST_IPV6: return "ipv6";
    default: return "none";
    }
}

static void duri(struct out *o, const char *indent, const fsip_uri *u)
{
    static const char *const schemes[] = {"other", "sip", "sips", "tel"};
    putf(o, "%suri %s scheme_s=", indent, schemes[u->scheme]);
    dstr(o, u->scheme_s);
    if (u->scheme == FSIP_URI_OTHER) {
        puts_(o, " opaque=");
        dstr(o, u->opaque);
        puts_(o, "\n");
        return;
    }
    puts_(o, " user=");
    dstr(o, u->user);
    if (u->scheme != FSIP_URI_TEL) {
        puts_(o, " password=");
        dstr(o, u->password);
        putf(o, " host(%s)=", host_type_name(u->host_type));
        dstr(o, u->host);
        putf(o, " port=%u", (unsigned)u->port);
    }
    puts_(o, "\n");
    char in2[16];
    snprintf(in2, sizeof(in2), "%s  ", indent);
    dparams(o, in2, "uri-param", &u->params);
    dparams(o, in2, "uri-header", &u->headers);
}

static void dhdr(struct out *o, const fsip_hdr *h)
{
    const char *in = "    ";
    switch (h->id) {
    case FSIP_HDR_VIA: {
        const fsip_via *v = h->p.via;
        puts_(o, "  via ");
        dstr(o, v->protocol);
        puts_(o, "/");
        dstr(o, v->version);
        puts_(o, "/");
        dstr(o, v->transport);
        putf(o, " host(%s)=", host_type_name(v->host_type));
        dstr(o, v->host);
        putf(o, " port=%u branch=", (unsigned)v->port);
        dstr(o, v->branch);
        puts_(o, " received=");
        dstr(o, v->received);
        puts_(o, " maddr=");
        dstr(o, v->maddr);
        putf(o, " ttl=%d rport=%d\n", (int)v->ttl, (int)v->rport);
        dparams(o, in, "param", &v->params);
        break;
    }
    case FSIP_HDR_FROM:
    case FSIP_HDR_TO:
    case FSIP_HDR_CONTACT:
    case FSIP_HDR_ROUTE:
    case FSIP_HDR_RECORD_ROUTE:
    case FSIP_HDR_REFER_TO:
    case FSIP_HDR_REFERRED_BY: {
        const fsip_addr *a = h->p.addr;
        if (a->star) {
            puts_(o, "  addr *\n");
            break;
        }
        putf(o, "  addr name_addr=%d display=", (int)a->name_addr);
        dstr(o, a->display);
        puts_(o, " tag=");
        dstr(o, a->tag);
        putf(o, " expires=%" PRId64 " q=", a->expires);
        dstr(o, a->q);
        puts_(o, "\n");
        duri(o, in, &a->uri);
        dparams(o, in, "param", &a->params);
        break;
    }
    case FSIP_HDR_CSEQ:
        putf(o, "  cseq %u method=", (unsigned)h->p.cseq->seq);
        dstr(o, h->p.cseq->method_name);
        putf(o, " (%s)\n",
             h->p.cseq->method == FSIP_METHOD_OTHER ? "extension"
                                                    : fsip_method_name(h->p.cseq->method));
        break;
    case FSIP_HDR_RACK:
        putf(o, "  rack rseq=%u cseq=%u method=", (unsigned)h->p.rack->rseq,
             (unsigned)h->p.rack->cseq);
        dstr(o, h->p.rack->method_name);
        puts_(o, "\n");
        break;
    case FSIP_HDR_CONTENT_LENGTH:
    case FSIP_HDR_MAX_FORWARDS:
    case FSIP_HDR_EXPIRES:
    case FSIP_HDR_RSEQ: putf(o, "  number %u\n", (unsigned)h->p.num); break;
    case FSIP_HDR_CONTENT_TYPE:
        puts_(o, "  media ");
        dstr(o, h->p.media->type);
        puts_(o, "/");
        dstr(o, h->p.media->subtype);
        puts_(o, "\n");
        dparams(o, in, "param", &h->p.media->params);
        break;
    case FSIP_HDR_EVENT:
        puts_(o, "  event package=");
        dstr(o, h->p.event->package);
        puts_(o, " id=");
        dstr(o, h->p.event->id);
        puts_(o, "\n");
        dparams(o, in, "param", &h->p.event->params);
        break;
    case FSIP_HDR_SUBSCRIPTION_STATE:
        puts_(o, "  substate state=");
        dstr(o, h->p.substate->state);
        puts_(o, " reason=");
        dstr(o, h->p.substate->reason);
        putf(o, " expires=%" PRId64 " retry_after=%" PRId64 "\n", h->p.substate->expires,
             h->p.substate->retry_after);
        dparams(o, in, "param", &h->p.substate->params);
        break;
    case FSIP_HDR_REPLACES:
        puts_(o, "  replaces call_id=");
        dstr(o, h->p.replaces->call_id);
        puts_(o, " to_tag=");
        dstr(o, h->p.replaces->to_tag);
        puts_(o, " from_tag=");
        dstr(o, h->p.replaces->from_tag);
        putf(o, " early_only=%d\n", (int)h->p.replaces->early_only);
        dparams(o, in, "param", &h->p.replaces->params);
        break;
    case FSIP_HDR_REFER_SUB:
        putf(o, "  refer_sub %s\n", h->p.refer_sub->value ? "true" : "false");
        dparams(o, in, "param", &h->p.refer_sub->params);
        break;
    case FSIP_HDR_SESSION_EXPIRES:
    case FSIP_HDR_MIN_SE:
        putf(o, "  delta %u refresher=", (unsigned)h->p.se->delta);
        dstr(o, h->p.se->refresher);
        puts_(o, "\n");
        dparams(o, in, "param", &h->p.se->params);
        break;
    case FSIP_HDR_WWW_AUTHENTICATE:
    case FSIP_HDR_PROXY_AUTHENTICATE:
    case FSIP_HDR_AUTHORIZATION:
    case FSIP_HDR_PROXY_AUTHORIZATION:
        puts_(o, "  auth scheme=");
        dstr(o, h->p.auth->scheme);
        puts_(o, "\n");
        dparams(o, in, "param", &h->p.auth->params);
        break;
    case FSIP_HDR_DATE: putf(o, "  date %" PRId64 "\n", h->p.date); break;
    case FSIP_HDR_RETRY_AFTER:
        putf(o, "  retry_after %u comment=", (unsigned)h->p.retry_after->delta);
        dstr(o, h->p.retry_after->comment);
        puts_(o, "\n");
        dparams(o, in, "param", &h->p.retry_after->params);
        break;
    default: break;
    }
}

size_t fsip_msg_dump(const fsip_msg *m, char *out, size_t cap)
{
    struct out o = {out, cap, 0};
    if (m->is_request) {
        puts_(&o, "request ");
        dstr(&o, m->method_name);
        putf(&o, " (%s)\n",
             m->method == FSIP_METHOD_OTHER ? "extension" : fsip_method_name(m->method));
        puts_(&o, "request-uri ");
        dstr(&o, m->ruri.raw);
        puts_(&o, "\n");
        duri(&o, "  ", &m->ruri);
    } else {
        putf(&o, "response %d reason=", m->status);
        dstr(&o, m->reason);
        puts_(&o, "\n");
    }
    puts_(&o, "version ");
    dstr(&o, m->version);
    puts_(&o, "\n");
    for (uint32_t i = 0; i < m->nhdrs; i++) {
        const fsip_hdr *h = &m->hdrs[i];
        putf(&o, "header %s ", h->id == FSIP_HDR_OTHER ? "(other)" : fsip_hdr_name(h->id));
        dstr(&o, h->name);
        puts_(&o, " = ");
        dstr(&o, h->value);
        puts_(&o, (h->flags & FSIP_HDR_F_FOLDED) ? " folded\n" : "\n");
        dhdr(&o, h);
    }
    putf(&o, "body %zu ", m->body.len);
    dstr(&o, m->body);
    puts_(&o, "\n");
    size_t n = o.n;
    finish(&o);
    return n;
}
