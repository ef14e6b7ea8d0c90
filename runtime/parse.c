/* fsip_msg_parse(): drives the generated machines (gen/sip_message.c for
 * framing, gen/sip_headers.c and gen/sip_uri.c for values), then frames the
 * body. Also fsip_msg_validate() and the stream framer. */
#include <stdio.h>
#include <string.h>

#include "msg_internal.h"
#include "scan.h"
#include "uri.h"

void fsip_parse_opts_init(fsip_parse_opts *o)
{
    memset(o, 0, sizeof(*o));
    o->max_msg_size = 65535;
    o->max_headers = 256;
    o->max_line_len = 8192;
    o->max_via = 64;
    o->max_route = 64;
}

static const fsip_parse_opts *opts_or_default(const fsip_parse_opts *o, fsip_parse_opts *tmp)
{
    if (o) return o;
    fsip_parse_opts_init(tmp);
    return tmp;
}

static int set_error(fsip_parse_result *r, int rc, int status, size_t offset, const char *header,
                     const char *reason)
{
    r->status = status;
    r->offset = offset;
    r->reason = reason;
    snprintf(r->header, sizeof(r->header), "%s", header ? header : "");
    return rc;
}

/* The header's canonical name, or its name as written when unknown. */
static void header_label(char *out, size_t cap, fsip_hdr_id id, fsip_str name)
{
    if (id != FSIP_HDR_OTHER)
        snprintf(out, cap, "%s", fsip_hdr_name(id));
    else
        snprintf(out, cap, "%.*s", (int)(name.len < cap - 1 ? name.len : cap - 1), name.ptr);
}

int fsip__push_line(struct fsip_scan *sc)
{
    fsip_msg *m = sc->owner;
    struct fsip_line *l = &sc->cur;
    sc->open = 0;
    if (sc->nlines >= sc->opts->max_headers) {
        sc->err = FSIP_ELIMIT;
        return sc->err;
    }
    if (l->val_e - l->name_s > sc->opts->max_line_len) {
        sc->err = FSIP_ELIMIT;
        return sc->err;
    }
    if (sc->nlines == sc->cap) {
        uint32_t cap = sc->cap ? sc->cap * 2 : 32;
        struct fsip_line *n = fsip__arena_alloc(&m->arena, cap * sizeof(*n));
        if (!n) {
            sc->err = FSIP_ENOMEM;
            return sc->err;
        }
        if (sc->nlines) memcpy(n, sc->lines, sc->nlines * sizeof(*n));
        sc->lines = n;
        sc->cap = cap;
    }
    sc->lines[sc->nlines++] = *l;
    return 0;
}

static bool is_lws(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static int parse_start_line(fsip_msg *m, const struct fsip_scan *sc, const char *b,
                            fsip_parse_result *res)
{
    m->version = (fsip_str){b + sc->ver_s, sc->ver_e - sc->ver_s};
    bool v20 = m->version.len == 7 && memcmp(m->version.ptr + 3, "/2.0", 4) == 0;
    if (sc->is_request) {
        m->is_request = 1;
        m->method_name = (fsip_str){b + sc->method_s, sc->method_e - sc->method_s};
        m->method = fsip_method_from_str(m->method_name);
        /* RFC 3261 §8.2.2... and §21.5.7: 505 for any version but 2.0. */
        if (!v20)
            return set_error(res, FSIP_EPARSE, 505, sc->ver_s, "", "SIP version not supported");
        size_t at = 0;
        const char *why = NULL;
        int rc = fsip__uri_parse(&m->arena, b + sc->ruri_s, sc->ruri_e - sc->ruri_s,
                                 FSIP_URI_NO_HEADERS, &m->ruri, &at, &why);
        if (rc == FSIP_ENOMEM) return rc;
        if (rc < 0)
            return set_error(res, FSIP_EPARSE, 400, sc->ruri_s + at, "",
                             why ? why : "malformed Request-URI");
        return 0;
    }
    m->is_request = 0;
    uint32_t code = 0;
    fsip__parse_u32(b + sc->status_s, sc->status_e - sc->status_s, 999, &code);
    if (code < 100 || code > 699)
        return set_error(res, FSIP_EPARSE, 400, sc->status_s, "", "status code out of range");
    if (!v20) return set_error(res, FSIP_EPARSE, 505, sc->ver_s, "", "SIP version not supported");
    m->status = (int)code;
    m->reason = (fsip_str){b + sc->reason_s, sc->reason_e - sc->reason_s};
    return 0;
}

int fsip_msg_parse(const void *buf, size_t len, fsip_parse_mode mode, const fsip_parse_opts *opts,
                   fsip_msg **out, fsip_parse_result *res)
{
    fsip_parse_opts dflt;
    struct fsip_scan sc;
    char *b;
    size_t err_at = 0;
    int rc;

    if (!buf || !out || !res) return FSIP_EINVAL;
    *out = NULL;
    memset(res, 0, sizeof(*res));
    opts = opts_or_default(opts, &dflt);
    const fsip_allocator *alloc = opts->alloc ? opts->alloc : fsip_allocator_default();
    bool stream = mode == FSIP_PARSE_STREAM;

    size_t take = len;
    if (len > opts->max_msg_size) {
        if (!stream)
            return set_error(res, FSIP_ELIMIT, 513, opts->max_msg_size, "", "message too large");
        take = opts->max_msg_size; /* a message must fit in the limit */
    }

    bool frag = mode == FSIP_PARSE_SIPFRAG;
    size_t added = 0;
    /* The typed headers take about four to five times the wire size
     * (measured on bench/corpus: 4.7x for an INVITE with SDP, 5x for a
     * 100, 6-7x with many Via): one block then holds them all, without a
     * second chunk (a malloc, and memory a held transaction keeps). */
    fsip_msg *m = fsip__msg_alloc(alloc, take + 3, &b, take * 5 + 1024);
    if (!m) return FSIP_ENOMEM;
    memcpy(b, buf, take);
    if (frag && (take == 0 || b[take - 1] != '\n') && !memmem(b, take, "\r\n\r\n", 4) &&
        !memmem(b, take, "\n\n", 2)) {
        /* RFC 3420 fragments often end without the last CRLF (a body, after
         * the empty line, is taken as it is). */
        b[take++] = '\r';
        b[take++] = '\n';
        added = 2;
    }
    b[take] = '\0';

    memset(&sc, 0, sizeof(sc));
    sc.opts = opts;
    sc.owner = m;
    /* The header lines are only needed until the entries are built: on the
     * stack first (push_line moves them to the arena past 64). */
    struct fsip_line lines[64];
    sc.lines = lines;
    sc.cap = 64;
    rc = fsip__scan_message(&sc, (const unsigned char *)b, take, &err_at);
    bool unterminated = false;
    if (rc == FSIP_EAGAIN) {
        if (stream) {
            fsip_msg_free(m);
            if (take < len || take == opts->max_msg_size)
                return set_error(res, FSIP_ELIMIT, 513, take, "", "message too large");
            return FSIP_EAGAIN;
        }
        if (!sc.start_done) {
            fsip_msg_free(m);
            return set_error(res, FSIP_EPARSE, 400, take, "", "incomplete start line");
        }
        /* A datagram without the empty line: its complete header lines are
         * still parsed, so the first error in order is the one reported. */
        unterminated = true;
        if (sc.open && sc.line_done == take && (rc = fsip__push_line(&sc)) < 0) goto scan_error;
        sc.hdr_end = (uint32_t)take;
        rc = 0;
    } else if (rc < 0) {
    scan_error:
        if (rc == FSIP_ENOMEM) {
            fsip_msg_free(m);
            return rc;
        }
        char label[48] = "";
        const char *reason = "malformed start line";
        int status = 400;
        if (sc.nlines > 0 || sc.open) {
            fsip_str name = {b + sc.cur.name_s, sc.cur.name_e - sc.cur.name_s};
            if (sc.cur.name_e > sc.cur.name_s)
                header_label(label, sizeof(label), fsip_hdr_lookup(name), name);
            reason = "malformed header line";
        }
        if (rc == FSIP_ELIMIT) {
            status = 513;
            reason = sc.nlines >= opts->max_headers ? "too many headers" : "header line too long";
        }
        fsip_msg_free(m);
        return set_error(res, rc == FSIP_ELIMIT ? FSIP_ELIMIT : FSIP_EPARSE, status, err_at, label,
                         reason);
    }
    if (sc.bare_lf && !(opts->lenient & FSIP_LENIENT_BARE_LF)) {
        fsip_msg_free(m);
        return set_error(res, FSIP_EPARSE, 400, sc.bare_lf - 1, "", "bare LF line ending");
    }
    if (sc.extra_sp && !(opts->lenient & FSIP_LENIENT_START_LINE_SPACES)) {
        fsip_msg_free(m);
        return set_error(res, FSIP_EPARSE, 400, sc.extra_sp - 1, "", "extra SP in start line");
    }

    if ((rc = parse_start_line(m, &sc, b, res)) < 0) {
        fsip_msg_free(m);
        return rc;
    }

    /* Typed headers, in order: the first error is the one reported. */
    m->cap = sc.nlines + 8;
    m->hdrs = fsip__arena_alloc(&m->arena, m->cap * sizeof(*m->hdrs));
    m->next = fsip__arena_alloc(&m->arena, m->cap * sizeof(*m->next));
    if (!m->hdrs || !m->next) {
        fsip_msg_free(m);
        return FSIP_ENOMEM;
    }
    for (uint32_t i = 0; i < sc.nlines; i++) {
        const struct fsip_line *l = &sc.lines[i];
        fsip_str name = {b + l->name_s, l->name_e - l->name_s};
        uint32_t vs = l->val_s, ve = l->val_e;
        while (vs < ve && is_lws((unsigned char)b[vs]))
            vs++;
        while (ve > vs && is_lws((unsigned char)b[ve - 1]))
            ve--;
        fsip_str value = {b + vs, ve - vs};
        fsip_hdr_id id = (fsip_hdr_id)l->id;
        const char *why = NULL;
        if (m->nhdrs >= opts->max_headers) {
            char label[48];
            size_t at = l->name_s; /* l lives in m's arena */
            header_label(label, sizeof(label), id, name);
            fsip_msg_free(m);
            return set_error(res, FSIP_ELIMIT, 513, at, label, "too many header values");
        }
        rc = fsip__hdr_parse(m, id, name, value, l->folded ? FSIP_HDR_F_FOLDED : 0, opts, &err_at,
                             &why);
        if (rc < 0) {
            char label[48];
            header_label(label, sizeof(label), id, name);
            fsip_msg_free(m);
            if (rc == FSIP_ENOMEM) return rc;
            if (rc == FSIP_ELIMIT) return set_error(res, FSIP_ELIMIT, 513, vs + err_at, label, why);
            return set_error(res, FSIP_EPARSE, 400, vs + err_at, label, why);
        }
    }

    if (unterminated && !frag && !(opts->lenient & FSIP_LENIENT_UNTERMINATED_HEADERS)) {
        fsip_msg_free(m);
        return set_error(res, FSIP_EPARSE, 400, take, "",
                         "header section not terminated by an empty line");
    }

    /* RFC 3261 §8.1.1.7 / RFC 4475 §3.1.2.17-18: the CSeq method must match
     * the request method; an unknown method with a mismatch gets 501. */
    if (m->is_request && !frag) {
        const fsip_cseq *cs = fsip_msg_cseq(m);
        if (cs && (cs->method_name.len != m->method_name.len ||
                   memcmp(cs->method_name.ptr, m->method_name.ptr, cs->method_name.len) != 0)) {
            const fsip_hdr *h = fsip_msg_hdr_first(m, FSIP_HDR_CSEQ);
            size_t off = (size_t)(h->value.ptr - b);
            int status = m->method == FSIP_METHOD_OTHER ? 501 : 400;
            fsip_msg_free(m);
            return set_error(res, FSIP_EPARSE, status, off, "CSeq",
                             "CSeq method does not match the request method");
        }
    }

    /* Body framing: RFC 3261 §18.3 (datagram) and §20.14 (stream). */
    size_t hdr_end = sc.hdr_end, avail = take - hdr_end, blen;
    const fsip_hdr *cl = fsip_msg_hdr_first(m, FSIP_HDR_CONTENT_LENGTH);
    if (cl) {
        for (const fsip_hdr *o = fsip_msg_hdr_next(m, cl); o; o = fsip_msg_hdr_next(m, o))
            if (o->p.num != cl->p.num) m->flags |= FSIP_MSG_CL_CONFLICT;
        if ((m->flags & FSIP_MSG_CL_CONFLICT) && stream) {
            size_t off = (size_t)(cl->value.ptr - b);
            fsip_msg_free(m);
            return set_error(res, FSIP_EPARSE, 400, off, "Content-Length",
                             "conflicting Content-Length values");
        }
        blen = cl->p.num;
        m->content_length = cl->p.num;
        if (m->flags & FSIP_MSG_CL_CONFLICT) {
            /* RFC 4475 §3.3.9: neither value can be trusted; keep the whole
             * datagram as the body and let fsip_msg_validate() answer 400. */
            blen = avail;
        } else if (blen > avail) {
            size_t off = (size_t)(cl->value.ptr - b);
            fsip_msg_free(m);
            if (hdr_end + blen > opts->max_msg_size)
                return set_error(res, FSIP_ELIMIT, 513, off, "Content-Length", "message too large");
            if (stream) {
                res->length = hdr_end + blen; /* how many bytes the message needs */
                return FSIP_EAGAIN;
            }
            return set_error(res, FSIP_EPARSE, 400, off, "Content-Length",
                             "Content-Length larger than the datagram");
        }
    } else if (frag) {
        m->content_length = -1;
        blen = avail;
    } else {
        if (stream) {
            fsip_msg_free(m);
            return set_error(res, FSIP_EPARSE, 400, hdr_end, "Content-Length",
                             "missing Content-Length on a stream");
        }
        m->content_length = -1;
        blen = avail;
    }
    /* A fragment we closed with a CRLF has no empty line, so no body: its
     * empty body sits at the end of the bytes received, not past the CRLF
     * we added (every view stays inside fsip_msg_raw()). */
    m->body = (fsip_str){b + hdr_end - added, blen};
    m->raw = (fsip_str){b, hdr_end + blen - added}; /* the CRLF a fragment lacked */
    res->length = m->raw.len;
    *out = m;
    return 0;
}

/* ------------------------------------------------------------- validate */

int fsip_msg_validate(const fsip_msg *m, const fsip_parse_opts *opts, fsip_parse_result *res)
{
    fsip_parse_opts dflt;
    if (!m || !res) return FSIP_EINVAL;
    memset(res, 0, sizeof(*res));
    opts = opts_or_default(opts, &dflt);
    static const fsip_hdr_id mandatory[] = {FSIP_HDR_VIA, FSIP_HDR_FROM, FSIP_HDR_TO,
                                            FSIP_HDR_CALL_ID, FSIP_HDR_CSEQ};
    static const fsip_hdr_id single[] = {FSIP_HDR_FROM,         FSIP_HDR_TO,
                                         FSIP_HDR_CALL_ID,      FSIP_HDR_CSEQ,
                                         FSIP_HDR_MAX_FORWARDS, FSIP_HDR_CONTENT_TYPE};
    /* RFC 3261 §8.1.1: the six mandatory headers. */
    for (size_t i = 0; i < sizeof(mandatory) / sizeof(mandatory[0]); i++)
        if (m->first[mandatory[i]] == FSIP_NONE)
            return set_error(res, FSIP_EPARSE, 400, 0, fsip_hdr_name(mandatory[i]),
                             "missing mandatory header");
    if (m->is_request && m->first[FSIP_HDR_MAX_FORWARDS] == FSIP_NONE &&
        !(opts->lenient & FSIP_LENIENT_NO_MAX_FORWARDS))
        return set_error(res, FSIP_EPARSE, 400, 0, "Max-Forwards", "missing mandatory header");
    /* RFC 4475 §3.3.8: repeated single-valued headers. */
    for (size_t i = 0; i < sizeof(single) / sizeof(single[0]); i++)
        if (m->first[single[i]] != FSIP_NONE && m->next[m->first[single[i]]] != FSIP_NONE)
            return set_error(res, FSIP_EPARSE, 400, 0, fsip_hdr_name(single[i]),
                             "header must appear once");
    /* RFC 4475 §3.3.9: several Content-Length values break framing. */
    if (m->flags & FSIP_MSG_CL_CONFLICT)
        return set_error(res, FSIP_EPARSE, 400, 0, "Content-Length",
                         "conflicting Content-Length values");
    return 0;
}

/* --------------------------------------------------------------- framer */

struct fsip_framer {
    fsip_parse_opts opts;
    const fsip_allocator *alloc;
    char *buf;
    size_t len, cap, start; /* unconsumed bytes are buf[start..len) */
    size_t scanned;         /* bytes from start already searched for the header end */
    size_t need;            /* total bytes the current message needs, when known */
    int failed;
};

fsip_framer *fsip_framer_new(const fsip_parse_opts *opts)
{
    fsip_parse_opts o;
    if (opts)
        o = *opts;
    else
        fsip_parse_opts_init(&o);
    const fsip_allocator *a = o.alloc ? o.alloc : fsip_allocator_default();
    fsip_framer *f = a->malloc(sizeof(*f), a->arg);
    if (!f) return NULL;
    memset(f, 0, sizeof(*f));
    f->opts = o;
    f->alloc = a;
    return f;
}

void fsip_framer_free(fsip_framer *f)
{
    if (!f) return;
    f->alloc->free(f->buf, f->alloc->arg);
    f->alloc->free(f, f->alloc->arg);
}

size_t fsip_framer_pending(const fsip_framer *f)
{
    return f->len - f->start;
}

int fsip_framer_feed(fsip_framer *f, const void *data, size_t len)
{
    if (f->failed) return FSIP_EINVAL;
    if (len == 0) return 0; /* nothing to keep (and no buffer yet to point into) */
    if (fsip_framer_pending(f) + len > (size_t)f->opts.max_msg_size + 4) {
        /* +4: room for keep-alive CRLFs before a maximal message */
        return FSIP_ELIMIT;
    }
    if (f->start > 0 && f->start == f->len) f->start = f->len = 0;
    if (f->len + len > f->cap) {
        if (f->start > 0) { /* compact */
            memmove(f->buf, f->buf + f->start, f->len - f->start);
            f->len -= f->start;
            f->start = 0;
        }
        if (f->len + len > f->cap) {
            size_t cap = f->cap ? f->cap : 2048;
            while (cap < f->len + len)
                cap *= 2;
            char *nb = f->alloc->realloc(f->buf, cap, f->alloc->arg);
            if (!nb) return FSIP_ENOMEM;
            f->buf = nb;
            f->cap = cap;
        }
    }
    memcpy(f->buf + f->len, data, len);
    f->len += len;
    return 0;
}

/* Searches for the end of the header section from `from`; returns the
 * offset past it or 0. */
static size_t find_hdr_end(const char *s, size_t n, size_t from, bool bare_lf)
{
    for (size_t i = from; i < n; i++) {
        if (s[i] != '\n') continue;
        if (i + 1 < n && s[i + 1] == '\n' && bare_lf) return i + 2;
        if (i + 2 < n && s[i + 1] == '\r' && s[i + 2] == '\n') return i + 3;
    }
    return 0;
}

int fsip_framer_next(fsip_framer *f, fsip_msg **out, fsip_parse_result *res)
{
    if (!out || !res) return FSIP_EINVAL;
    *out = NULL;
    memset(res, 0, sizeof(*res));
    if (f->failed) return set_error(res, FSIP_EPARSE, 400, 0, "", "stream failed earlier");
    if (!f->buf) return FSIP_FRAME_NONE; /* nothing fed yet */
    char *s = f->buf + f->start;
    size_t n = f->len - f->start;

    /* RFC 5626 §4.4.1 keep-alives, and RFC 3261 §7.5: CRLFs before a start
     * line are ignored. */
    if (f->scanned == 0 && n > 0 && (s[0] == '\r' || s[0] == '\n')) {
        if (n >= 4 && memcmp(s, "\r\n\r\n", 4) == 0) {
            f->start += 4;
            return FSIP_FRAME_PING;
        }
        if (n >= 2 && s[0] == '\r' && s[1] == '\n') {
            /* A CRLF at the end of what arrived may be the first half of a
             * ping: wait, so the answer never depends on how the stream was
             * chunked. fsip_framer_pending() shows the waiting bytes. */
            if (n >= 3 && s[2] != '\r') {
                f->start += 2;
                return FSIP_FRAME_PONG;
            }
            return FSIP_FRAME_NONE;
        }
        if (s[0] == '\n' && (f->opts.lenient & FSIP_LENIENT_BARE_LF)) {
            f->start += 1;
            return FSIP_FRAME_PONG;
        }
        if (n == 1 && s[0] == '\r') return FSIP_FRAME_NONE;
        f->failed = 1;
        return set_error(res, FSIP_EPARSE, 400, 0, "", "stray line break");
    }
    if (n == 0) return FSIP_FRAME_NONE;
    if (f->need == 0) {
        size_t from = f->scanned > 3 ? f->scanned - 3 : 0;
        size_t end = find_hdr_end(s, n, from, (f->opts.lenient & FSIP_LENIENT_BARE_LF) != 0);
        if (!end) {
            f->scanned = n;
            if (n >= f->opts.max_msg_size) {
                f->failed = 1;
                return set_error(res, FSIP_ELIMIT, 513, n, "", "message too large");
            }
            return FSIP_FRAME_NONE;
        }
        f->scanned = n;
    } else if (n < f->need) {
        return FSIP_FRAME_NONE;
    }
    fsip_msg *m = NULL;
    int rc = fsip_msg_parse(s, n, FSIP_PARSE_STREAM, &f->opts, &m, res);
    if (rc == FSIP_EAGAIN) {
        f->need = res->length;
        res->length = 0;
        return FSIP_FRAME_NONE;
    }
    if (rc == FSIP_ENOMEM) return rc; /* the stream can be retried */
    if (rc < 0) {
        f->failed = 1;
        return rc;
    }
    f->start += res->length;
    f->scanned = 0;
    f->need = 0;
    *out = m;
    return FSIP_FRAME_MSG;
}
