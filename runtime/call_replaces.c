/* Transfer target: an INVITE with Replaces (RFC 3891) takes the place of
 * one of our dialogs; and the Replaces / Refer-To helpers of
 * fsip/transfer.h.
 *
 * The Replaces value is parsed by the message parser's own grammar
 * (grammar/sip_headers.rl, entry `replaces`, through fsip__hdr_parse):
 * what fsip_replaces_format() writes is checked by parsing it back, so
 * the builder and the parser cannot disagree. */
#include <stdio.h>

#include "call_internal.h"
#include "msg_internal.h"

/* ------------------------------------------------------ the Replaces value */

/* A message that only holds one parsed Replaces value; its views point
 * into `value`, which must outlive it. */
struct rparse {
    fsip_msg *m;
    const fsip_replaces *r;
};

/* Parses `len` bytes at `value` as a Replaces header value (RFC 3891
 * §6.1). Returns 0 (p->m to free with fsip_msg_free), FSIP_EPARSE or
 * FSIP_ENOMEM. */
static int replaces_parse(const char *value, size_t len, struct rparse *p)
{
    p->m = NULL;
    p->r = NULL;
    /* A header value holds no control octets; folding (CRLF SP) is for
     * header lines, not for a value carried in a URI (RFC 3261 §25.1). */
    if (len == 0) return FSIP_EPARSE;
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)value[i];
        if (ch < 0x20 || ch == 0x7f) return FSIP_EPARSE;
    }
    if (value[0] == ' ' || value[len - 1] == ' ') return FSIP_EPARSE;
    fsip_msg *m = fsip__msg_alloc(fsip_allocator_default(), 0, NULL, 512);
    if (!m) return FSIP_ENOMEM;
    size_t at = 0;
    const char *reason = NULL;
    int rc = fsip__hdr_parse(m, FSIP_HDR_REPLACES, fsip_str_c("Replaces"), (fsip_str){value, len},
                             0, NULL, &at, &reason);
    const fsip_hdr *h = rc == 0 ? fsip_msg_hdr_first(m, FSIP_HDR_REPLACES) : NULL;
    if (!h || !h->p.replaces) {
        fsip_msg_free(m);
        return rc == FSIP_ENOMEM ? FSIP_ENOMEM : FSIP_EPARSE;
    }
    p->m = m;
    p->r = h->p.replaces;
    return 0;
}

int fsip_replaces_format(char *out, size_t cap, const char *call_id, const char *to_tag,
                         const char *from_tag, bool early_only)
{
    if (!out || !call_id || !to_tag || !from_tag || !*call_id || !*to_tag || !*from_tag)
        return FSIP_EINVAL;
    int n = snprintf(out, cap, "%s;to-tag=%s;from-tag=%s%s", call_id, to_tag, from_tag,
                     early_only ? ";early-only" : "");
    if (n < 0) return FSIP_EINVAL;
    if ((size_t)n >= cap) {
        if (cap) out[0] = '\0';
        return FSIP_ELIMIT;
    }
    /* RFC 3891 §6.1: callid = word ["@" word], the tags are tokens. A
     * Call-ID with ';', '=', SP ... would read back as something else:
     * what we wrote must parse to exactly what we were given. */
    struct rparse p;
    int rc = replaces_parse(out, (size_t)n, &p);
    if (rc == 0) {
        const fsip_replaces *r = p.r;
        bool same = fsip_str_eq(r->call_id, call_id) && fsip_str_eq(r->to_tag, to_tag) &&
                    fsip_str_eq(r->from_tag, from_tag) && r->early_only == early_only &&
                    r->params.n == (early_only ? 3u : 2u);
        fsip_msg_free(p.m);
        if (!same) rc = FSIP_EINVAL;
    } else if (rc == FSIP_EPARSE) {
        rc = FSIP_EINVAL;
    }
    if (rc < 0) {
        out[0] = '\0';
        return rc;
    }
    return n;
}

/* RFC 3261 §25.1: hvalue = *( hnv-unreserved / unreserved / escaped ).
 * Everything but alphanum and mark is escaped: escaping a character that
 * could stand bare is always allowed, and '@', ';', '=', '%', '&', '?'
 * must be. */
static bool uri_bare(unsigned char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           (ch && strchr("-_.!~*'()", ch) != NULL);
}

int fsip_refer_to_format(char *out, size_t cap, const char *uri, const char *replaces)
{
    if (!out || !uri || !*uri) return FSIP_EINVAL;
    /* The URI must be one the parser takes (sip:, sips:, tel: or another
     * absoluteURI; ?headers allowed inside <>, RFC 3261 §19.1.1). */
    fsip_uri u;
    if (strpbrk(uri, "<> \t\r\n") || fsip_uri_parse(uri, strlen(uri), 0, NULL, &u, NULL) < 0)
        return FSIP_EINVAL;
    bool has_headers = u.headers.n > 0;
    /* Only sip: and sips: URIs carry ?headers (RFC 3261 §19.1.1). */
    bool sip = u.scheme == FSIP_URI_SIP || u.scheme == FSIP_URI_SIPS;
    bool has_replaces = fsip_params_find(&u.headers, "Replaces") != NULL;
    fsip_uri_release(&u, NULL);
    if (replaces) {
        /* One dialog per Refer-To (RFC 3891 §3: one Replaces per INVITE). */
        if (has_replaces || !sip) return FSIP_EINVAL;
        struct rparse p;
        int rc = replaces_parse(replaces, strlen(replaces), &p);
        if (rc == FSIP_ENOMEM) return rc;
        if (rc < 0) return FSIP_EINVAL;
        fsip_msg_free(p.m);
    }
    size_t w = 0;
#define PUT(ch)                                                                                    \
    do {                                                                                           \
        if (w + 1 >= cap) goto full;                                                               \
        out[w++] = (char)(ch);                                                                     \
    } while (0)
    PUT('<');
    for (const char *s = uri; *s; s++)
        PUT(*s);
    if (replaces) {
        static const char hex[] = "0123456789ABCDEF";
        for (const char *s = has_headers ? "&Replaces=" : "?Replaces="; *s; s++)
            PUT(*s);
        for (const unsigned char *s = (const unsigned char *)replaces; *s; s++) {
            if (uri_bare(*s)) {
                PUT(*s);
            } else {
                PUT('%');
                PUT(hex[*s >> 4]);
                PUT(hex[*s & 15]);
            }
        }
    }
    PUT('>');
#undef PUT
    out[w] = '\0';
    return w > INT32_MAX ? FSIP_ELIMIT : (int)w;
full:
    if (cap) out[0] = '\0';
    return FSIP_ELIMIT;
}

int fsip_refer_to_replaces(const fsip_uri *refer_to, char *buf, size_t cap, fsip_replaces *out)
{
    if (!refer_to || !out || (!buf && cap)) return FSIP_EINVAL;
    memset(out, 0, sizeof(*out));
    const fsip_param *found = NULL;
    for (uint32_t i = 0; i < refer_to->headers.n; i++) {
        const fsip_param *h = &refer_to->headers.v[i];
        if (!fsip_str_caseeq(h->name, "Replaces")) continue;
        /* Two would name two dialogs (RFC 3891 §3). */
        if (found) return FSIP_EPARSE;
        found = h;
    }
    if (!found) return 0;
    if (!found->value.ptr || found->value.len == 0) return FSIP_EPARSE;
    if (found->value.len > cap) return FSIP_ELIMIT;
    /* RFC 3261 §19.1.1: the header value is escaped in the URI; decoded
     * once (a "%2540" stays "%40"). */
    int64_t n = fsip_unescape(found->value.ptr, found->value.len, buf);
    if (n < 0) return FSIP_EPARSE;
    struct rparse p;
    int rc = replaces_parse(buf, (size_t)n, &p);
    if (rc < 0) return rc;
    /* The strings are views into buf; the parameter array lived in the
     * parser's message and goes with it (early_only says the one flag
     * RFC 3891 defines). */
    out->call_id = p.r->call_id;
    out->to_tag = p.r->to_tag;
    out->from_tag = p.r->from_tag;
    out->early_only = p.r->early_only;
    out->params = (fsip_params){NULL, 0};
    fsip_msg_free(p.m);
    return 1;
}

/* ------------------------------------------------------------ the target */

static int refuse(fsip_ua *ua, fsip_txn *t, int status, const char *reason, fsip_str call_id)
{
    fsip__log(ua->s, FSIP_LOG_INFO, "replaces: INVITE naming %.*s refused with %d",
              (int)call_id.len, call_id.ptr ? call_id.ptr : "", status);
    fsip_txn_respond_status(t, status, reason, ua->s->now);
    return status;
}

/* Whether the INVITE usage of c is over or on its way out: BYE sent or
 * being sent, CANCEL sent, final state. */
static bool ending(const fsip_call *c)
{
    if (c->done || c->ended) return true;
    if (c->outgoing)
        return c->state == FSM_INV_UAC_CANCEL_PENDING || c->state == FSM_INV_UAC_CANCELLING ||
               c->state == FSM_INV_UAC_TERMINATING || c->state == FSM_INV_UAC_TERMINATED;
    return c->state == FSM_INV_UAS_BYE_PENDING || c->state == FSM_INV_UAS_TERMINATING ||
           c->state == FSM_INV_UAS_TERMINATED;
}

int fsip__replaces_check(fsip_ua *ua, fsip_txn *t, const fsip_msg *req, fsip_call **out)
{
    *out = NULL;
    const fsip_hdr *h = fsip_msg_hdr_first(req, FSIP_HDR_REPLACES);
    if (!h) return 0;
    fsip_str cid = fsip_msg_call_id(req);
    /* RFC 3891 §3: more than one Replaces is a 400; so is a header with
     * contradicting semantics next to it (Join, RFC 3911 §4). */
    if (fsip_msg_hdr_count_id(req, FSIP_HDR_REPLACES) > 1)
        return refuse(ua, t, 400, "Multiple Replaces headers", cid);
    if (fsip_msg_hdr_find(req, "Join")) return refuse(ua, t, 400, "Replaces and Join", cid);
    const fsip_replaces *r = h->p.replaces;
    if (!r) return refuse(ua, t, 400, "Bad Replaces", cid);

    /* RFC 3891 §3: the tags are matched as if they were in a request from
     * the sender: to-tag against our local tag, from-tag against the
     * remote one, whichever side of the dialog we were (UAC or UAS). The
     * key of a call is Call-ID NUL local tag. */
    fsip_call *c = fsip__call_find(ua, r->call_id, r->to_tag);
    if (c && !(c->d.remote_tag && fsip_str_eq(r->from_tag, c->d.remote_tag))) {
        /* A call we placed and that is not answered yet: its early
         * dialogs are its forks, one per To tag of a 1xx. */
        if (!(c->outgoing && !c->d.remote_tag && fsip__fork_find(c, r->from_tag))) c = NULL;
    }
    if (!c) return refuse(ua, t, 481, NULL, r->call_id);
    /* RFC 3891 §3: a dialog that has already terminated: 603. */
    if (ending(c)) return refuse(ua, t, 603, NULL, r->call_id);
    if (c->confirmed) {
        /* RFC 3891 §3, §7.1: early-only on a confirmed dialog: 486. */
        if (r->early_only) return refuse(ua, t, 486, NULL, r->call_id);
    } else if (!c->outgoing) {
        /* RFC 3891 §3: an early dialog this UA did not initiate (the peer
         * called us and we are still ringing) is not replaced: 481, and
         * the ringing call is left alone. An early dialog we initiated
         * is replaced: the new INVITE is accepted and our
         * INVITE cancelled (fsip__replaces_confirmed). */
        return refuse(ua, t, 481, NULL, r->call_id);
    }
    *out = c;
    return 0;
}

void fsip__replaces_incoming(fsip_call *c)
{
    fsip_call *old = c->replaced;
    fsip_ua *ua = c->ua;
    if (!old || ua->closing || !ua->cfg.replaces_auto_answer) return;
    /* Only a confirmed session is taken over at once (RFC 3891 §3: the
     * new INVITE is accepted, the old dialog ended by BYE); an early one
     * we initiated, or an app that already answered, rang or rejected
     * inside INCOMING, is the app's. */
    if (!old->confirmed || ending(old) || c->done || c->ended ||
        c->state != FSM_INV_UAS_PROCEEDING || c->ring_status)
        return;
    /* The session description we last sent in the replaced call: the
     * answer to the new offer, or our offer if the INVITE had none. */
    int rc = fsip_call_accept(c, old->body_type, old->body, old->body_len);
    if (rc < 0)
        fsip__log(ua->s, FSIP_LOG_WARN,
                  "replaces: call %s not answered at once (%s): the app answers it", c->call_id,
                  fsip_strerror(rc));
}

void fsip__replaces_confirmed(fsip_call *c)
{
    fsip_call *old = c->replaced;
    if (!old) return;
    c->replaced = NULL;
    fsip_ua *ua = c->ua;
    if (ua->closing) return; /* fsip_ua_free() frees every call itself */
    /* ANSWERED: the ACK confirmed the new dialog. RFC 3891 §3: the replaced
     * dialog ends: BYE when it was confirmed, CANCEL of our INVITE when it
     * was an early dialog we initiated (fsip_call_hangup picks which; a
     * no-op when the old call ended meanwhile). ENDED: the new call failed
     * first, the old one stays as it is. */
    if (!c->ended && c->confirmed && !ending(old)) fsip_call_hangup(old);
    fsip__call_unref(old);
}

void fsip__replaces_release(fsip_call *c)
{
    if (c->replaced && !c->ua->closing) fsip__call_unref(c->replaced);
    c->replaced = NULL;
}

fsip_call *fsip_call_replaced(const fsip_call *c)
{
    /* The handle of a call is invalid once its ENDED event returned. */
    return c && c->replaced && !c->replaced->ended ? c->replaced : NULL;
}
