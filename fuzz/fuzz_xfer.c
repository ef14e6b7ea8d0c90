/* fuzz_xfer — the parsers call transfer reads from the peer:
 *   a message/sipfrag body (RFC 3420, the NOTIFY of a REFER subscription),
 *   a Refer-To URI with ?Replaces= (RFC 3891 §5, fsip_refer_to_replaces),
 *   a Replaces header value (RFC 3891 §6.1) inside a request.
 * Round trips: a Replaces that parses is formatted again
 * (fsip_replaces_format, fsip_refer_to_format) and parses back to the same
 * dialog identifiers.
 *
 * Input: a selector byte ('f' sipfrag, 'r' Refer-To URI, 'h' Replaces
 * header value; any other byte picks by its value modulo 3), then the text.
 */
#include "fuzz_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fsip/transfer.h"
#include "fsip/uri.h"

static bool str_is(fsip_str s, const char *z)
{
    return s.len == strlen(z) && memcmp(s.ptr, z, s.len) == 0;
}

/* Parses with the default options and `fa`, checks the outcome and walks
 * a parsed message; returns it (caller frees) or NULL. */
static fsip_msg *parse_walk(const char *buf, size_t len, fsip_parse_mode mode, fuzz_alloc *fa,
                            const char *what)
{
    fsip_parse_opts opts;
    fsip_parse_opts_init(&opts);
    opts.alloc = &fa->a;
    fsip_parse_result r;
    fsip_msg *m = NULL;
    int rc = fsip_msg_parse(buf, len, mode, &opts, &m, &r);
    fuzz_check_parse_rc(rc, &r, len, what);
    if (rc != FSIP_OK) return NULL;
    fuzz_walk_msg(m);
    return m;
}

static void sipfrag(const char *buf, size_t len, fuzz_alloc *fa)
{
    fsip_msg *m = parse_walk(buf, len, FSIP_PARSE_SIPFRAG, fa, "sipfrag");
    if (!m) return;
    /* What the transferor reads of it: the status of a response line. */
    if (!fsip_msg_is_request(m)) {
        int st = fsip_msg_status(m);
        FUZZ_CHECK(st >= 100 && st <= 699, "sipfrag status %d", st);
    }
    fsip_msg_free(m);
}

/* Formats the dialog of `rp` and checks the text parses back to it. */
static void replaces_round_trip(const fsip_replaces *rp)
{
    char call_id[512], to[256], from[256];
    if (rp->call_id.len >= sizeof call_id || rp->to_tag.len >= sizeof to ||
        rp->from_tag.len >= sizeof from)
        return;
    memcpy(call_id, rp->call_id.ptr, rp->call_id.len);
    call_id[rp->call_id.len] = 0;
    memcpy(to, rp->to_tag.ptr, rp->to_tag.len);
    to[rp->to_tag.len] = 0;
    memcpy(from, rp->from_tag.ptr, rp->from_tag.len);
    from[rp->from_tag.len] = 0;
    char text[1200];
    int n = fsip_replaces_format(text, sizeof text, call_id, to, from, rp->early_only);
    /* A Call-ID the header grammar takes may still not read back alone
     * (fsip_replaces_format refuses it: FSIP_EINVAL). */
    FUZZ_CHECK(n > 0 || n == FSIP_EINVAL, "fsip_replaces_format returned %d", n);
    if (n <= 0) return;

    char uri[4096];
    int u = fsip_refer_to_format(uri, sizeof uri, "sip:target@192.0.2.9", text);
    FUZZ_CHECK(u > 0, "fsip_refer_to_format of a formatted Replaces returned %d", u);
    /* "<sip:...?Replaces=...>": parse the URI inside the brackets. */
    FUZZ_CHECK(uri[0] == '<' && uri[u - 1] == '>', "Refer-To not bracketed: %s", uri);
    fsip_uri parsed;
    memset(&parsed, 0, sizeof parsed);
    size_t err = 0;
    int rc = fsip_uri_parse(uri + 1, (size_t)u - 2, 0, NULL, &parsed, &err);
    FUZZ_CHECK(rc == 0, "formatted Refer-To does not parse (%d at %zu): %s", rc, err, uri);
    char back[4096];
    fsip_replaces again;
    int got = fsip_refer_to_replaces(&parsed, back, sizeof back, &again);
    FUZZ_CHECK(got == 1, "formatted Refer-To carries no Replaces (%d): %s", got, uri);
    FUZZ_CHECK(str_is(again.call_id, call_id) && str_is(again.to_tag, to) &&
                   str_is(again.from_tag, from) && again.early_only == rp->early_only,
               "Replaces does not read back the same: %s", uri);
    fsip_uri_release(&parsed, NULL);
}

static void refer_to(const char *buf, size_t len, fuzz_alloc *fa)
{
    fsip_uri u;
    memset(&u, 0, sizeof u);
    size_t err = 0;
    int rc = fsip_uri_parse(buf, len, 0, &fa->a, &u, &err);
    FUZZ_CHECK(rc == 0 || rc == FSIP_EPARSE, "fsip_uri_parse returned %d", rc);
    if (rc != 0) return;
    size_t cap = len + 1;
    char *out = malloc(cap);
    FUZZ_CHECK(out != NULL, "out of memory");
    fsip_replaces rp;
    int got = fsip_refer_to_replaces(&u, out, cap, &rp);
    FUZZ_CHECK(got == 0 || got == 1 || got == FSIP_EPARSE || got == FSIP_EINVAL ||
                   got == FSIP_ENOMEM,
               "fsip_refer_to_replaces returned %d", got);
    if (got == 1) {
        fsip_str within = {out, cap};
        fuzz_check_view(rp.call_id, within, "Replaces call-id");
        fuzz_check_view(rp.to_tag, within, "Replaces to-tag");
        fuzz_check_view(rp.from_tag, within, "Replaces from-tag");
        FUZZ_CHECK(rp.call_id.len > 0, "an empty Replaces call-id was accepted");
        replaces_round_trip(&rp);
    }
    free(out);
    fsip_uri_release(&u, &fa->a);
}

static void replaces_header(const char *buf, size_t len, fuzz_alloc *fa)
{
    if (memchr(buf, '\r', len) || memchr(buf, '\n', len)) return; /* one header line */
    static const char head[] = "INVITE sip:b@192.0.2.2 SIP/2.0\r\n"
                               "Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\n"
                               "Max-Forwards: 70\r\nFrom: <sip:a@192.0.2.1>;tag=1\r\n"
                               "To: <sip:b@192.0.2.2>\r\nCall-ID: x\r\nCSeq: 1 INVITE\r\n"
                               "Replaces: ";
    static const char tail[] = "\r\nContent-Length: 0\r\n\r\n";
    size_t n = sizeof head - 1 + len + sizeof tail - 1;
    char *msg = malloc(n);
    FUZZ_CHECK(msg != NULL, "out of memory");
    memcpy(msg, head, sizeof head - 1);
    memcpy(msg + sizeof head - 1, buf, len);
    memcpy(msg + sizeof head - 1 + len, tail, sizeof tail - 1);
    fsip_msg *m = parse_walk(msg, n, FSIP_PARSE_DATAGRAM, fa, "Replaces");
    if (m) {
        const fsip_hdr *h = fsip_msg_hdr_first(m, FSIP_HDR_REPLACES);
        if (h && h->p.replaces) replaces_round_trip(h->p.replaces);
        fsip_msg_free(m);
    }
    free(msg);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    fuzz_alloc fa;
    fuzz_alloc_init(&fa);
    size_t len = size - 1;
    /* A copy of exactly `len` bytes: a read past the end is an ASan report. */
    char *buf = malloc(len ? len : 1);
    FUZZ_CHECK(buf != NULL, "out of memory");
    if (len) memcpy(buf, data + 1, len);
    int sel = data[0] == 'f' ? 0 : data[0] == 'r' ? 1 : data[0] == 'h' ? 2 : data[0] % 3;
    if (sel == 0) sipfrag(buf, len, &fa);
    if (sel == 1) refer_to(buf, len, &fa);
    if (sel == 2) replaces_header(buf, len, &fa);
    FUZZ_CHECK(fa.live == 0, "%ld blocks still live", fa.live);
    free(buf);
    return 0;
}
