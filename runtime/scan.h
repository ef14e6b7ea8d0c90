/* Internal: the interface between the Ragel machines in gen/ and the C in
 * runtime/. The machines only record offsets and small integers into these
 * structs; runtime/ decides what they mean. */
#ifndef FSIP_SCAN_H
#define FSIP_SCAN_H

#include <stddef.h>
#include <stdint.h>

#include "fsip/msg.h"

/* One header line as found by the message machine: offsets into the
 * message bytes. val_s..val_e is untrimmed (may start/end with LWS). */
struct fsip_line {
    uint32_t name_s, name_e, val_s, val_e;
    uint32_t folded;
    uint32_t id; /* fsip_hdr_id, recognised by the machine */
};

/* Output of fsip__scan_message(). */
struct fsip_scan {
    const fsip_parse_opts *opts;
    int is_request;
    uint32_t method_s, method_e, ruri_s, ruri_e, ver_s, ver_e;
    uint32_t status_s, status_e, reason_s, reason_e;
    uint32_t hdr_end;     /* offset just past the empty line */
    uint32_t bare_lf;     /* 1 + offset of the first bare LF, 0 when none */
    uint32_t extra_sp;    /* 1 + offset of the first extra start-line SP */
    uint32_t line_done;   /* offset just past the last header line's LF */
    uint32_t start_done;  /* the start line's LF was seen */
    uint32_t open;        /* a header line has started and is not pushed */
    struct fsip_line cur; /* the line being scanned */
    struct fsip_line *lines;
    uint32_t nlines, cap;
    int err;     /* set by push_line on a limit or ENOMEM */
    void *owner; /* the message whose arena grows `lines` */
};

/* Scans the start line and header lines of `len` bytes at `b`.
 * Returns 0 (complete: sc->hdr_end set), FSIP_EAGAIN (ran out of bytes
 * before the empty line), or FSIP_EPARSE / sc->err with *err_at set. */
int fsip__scan_message(struct fsip_scan *sc, const unsigned char *b, size_t len, size_t *err_at);

/* Called by the message machine at the end of each header line. Returns 0
 * or a negative FSIP_E* (limit, ENOMEM) that stops the scan. */
int fsip__push_line(struct fsip_scan *sc);

/* The value of a hex digit, or -1. */
static inline int fsip__hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Is `tok` an element of the comma-separated `list` (elements trimmed of
 * SP/HTAB; `nocase`: compared case-insensitively)? runtime/common.c. */
bool fsip__list_has(const char *list, fsip_str tok, bool nocase);

#endif

/* ------------------------------------------------------------------ URIs */

#define FSIP_MAX_PARAMS 64

/* Parameters collected while a machine runs, copied to the arena after. */
struct fsip_pstack {
    fsip_param v[FSIP_MAX_PARAMS];
    uint32_t n;
    uint32_t overflow;
};

/* Records the parameter name ns..(before '=') and value vs..end (vs NULL:
 * no value) for the URI and header machines. A param's leaving action also
 * fires on LWS that turns out to precede its '=' (the DFA cannot know yet),
 * so a later push of the same param (same name start) replaces the first.
 * Past FSIP_MAX_PARAMS it sets st->overflow instead. */
void fsip__push_param(struct fsip_pstack *st, const unsigned char *ns, const unsigned char *end,
                      const unsigned char *vs);

enum fsip_uri_entry {
    FSIP_URI_EN_SIP_USER,
    FSIP_URI_EN_SIP_HOST,
    FSIP_URI_EN_TEL,
    FSIP_URI_EN_OTHER
};

struct fsip_uri_scan {
    const unsigned char *user_s, *user_e, *pass_s, *pass_e, *host_s, *host_e;
    const unsigned char *port_s, *port_e, *opaque_s, *hdrs_s;
    fsip_host_type host_type;
    struct fsip_pstack *params, *headers;
};

/* Runs the URI machine from `entry` over [s, s+len) (the whole URI,
 * scheme included). Returns 0 or FSIP_EPARSE with *err_at set. */
int fsip__uri_scan(struct fsip_uri_scan *us, int entry, const unsigned char *s, size_t len,
                   size_t *err_at);

/* --------------------------------------------------------------- headers */

enum fsip_hdr_entry {
    FSIP_HE_VIA,      /* Via: list of via-parm */
    FSIP_HE_ADDR1,    /* From, To, Refer-To, Referred-By: one name-addr/addr-spec */
    FSIP_HE_CONTACT,  /* Contact: STAR or a list */
    FSIP_HE_ROUTE,    /* Route, Record-Route: list of name-addr */
    FSIP_HE_CSEQ,     /* CSeq */
    FSIP_HE_RACK,     /* RAck */
    FSIP_HE_NUM,      /* 1*DIGIT: Content-Length, Max-Forwards, Expires, RSeq */
    FSIP_HE_SE,       /* delta-seconds *(SEMI param): Session-Expires, Min-SE */
    FSIP_HE_TOKENS1,  /* 1#token: Require, Proxy-Require, Unsupported */
    FSIP_HE_TOKENS0,  /* #token (may be empty): Supported, Allow */
    FSIP_HE_CALLID,   /* Call-ID */
    FSIP_HE_MEDIA,    /* Content-Type */
    FSIP_HE_EVENT,    /* Event, Subscription-State: token *(SEMI param) */
    FSIP_HE_REPLACES, /* Replaces: callid *(SEMI param) */
    FSIP_HE_REFERSUB, /* Refer-Sub */
    FSIP_HE_AUTH,     /* challenge / credentials */
    FSIP_HE_DATE,     /* rfc1123-date */
    FSIP_HE_RETRY     /* Retry-After */
};

enum fsip_hscan_flags {
    FSIP_HS_NAME_ADDR = 1u << 0, /* a '<' was seen */
    FSIP_HS_STAR = 1u << 1,      /* Contact: * */
    FSIP_HS_ASPACE = 1u << 2     /* LWS inside <> */
};

/* Marks a..e have per-entry meanings (see sip_headers.rl). */
struct fsip_hscan {
    const unsigned char *a_s, *a_e, *b_s, *b_e, *c_s, *c_e, *d_s, *d_e, *e_s, *e_e;
    const unsigned char *elem_s; /* start of the current list element */
    fsip_host_type host_type;
    uint32_t flags;
    uint32_t month;                /* Date: 1..12 */
    uint32_t open;                 /* an element has started and is not emitted */
    uint32_t pend;                 /* a ';' was seen and no param after it yet */
    uint32_t nelem;                /* list elements emitted */
    const unsigned char *empty_at; /* first empty param / list element */
    const unsigned char *comma_at; /* the ',' after the last element */
    struct fsip_pstack params;
    /* Called at the end of every element; returns 0 or FSIP_E*, which
     * stops the machine. `end` is one past the element. */
    int (*emit)(struct fsip_hscan *hs, const unsigned char *end);
    void *ctx;
    int err;
};

int fsip__hdr_scan(struct fsip_hscan *hs, int entry, const unsigned char *s, size_t len,
                   size_t *err_at);

/* ------------------------------------------------------- run skipping */

/* Character classes (runtime/cclass.c). A grammar rule that is a pure run
 * of one class (its DFA state loops on every octet of the class, with no
 * action per octet) may jump over the rest of the run from its first
 * octet: `fexec fsip__skip(p + 1, pe, CLASS)`. The DFA then resumes on the
 * first octet outside the class, in the same state, which is what stepping
 * through each octet would have produced — at a table lookup per octet
 * instead of a chain of range comparisons. */
enum fsip_cc {
    FSIP_CC_TOKEN = 1u << 0,
    FSIP_CC_WORD = 1u << 1,
    FSIP_CC_QD = 1u << 2,
    FSIP_CC_ANGLE = 1u << 3,
    FSIP_CC_ADDR = 1u << 4,
    FSIP_CC_USER = 1u << 5,
    FSIP_CC_PASS = 1u << 6,
    FSIP_CC_PARAM = 1u << 7,
    FSIP_CC_HNV = 1u << 8
};

extern const uint16_t fsip__cc[256];

static inline const unsigned char *fsip__skip(const unsigned char *p, const unsigned char *pe,
                                              unsigned cls)
{
    while (p < pe && (fsip__cc[*p] & cls))
        p++;
    return p;
}
