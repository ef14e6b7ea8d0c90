/* fuzz_framer — the stream framer (TCP/TLS: messages framed by
 * Content-Length, RFC 3261 §18.3; CRLF keep-alives, RFC 5626 §4.4.1), fed in
 * chunks whose sizes the input chooses.
 *
 * Checks: the framer never returns more message bytes than it was fed,
 * never a message over max_msg_size, never an endless run of events; each
 * message it returns parses on its own, in stream mode, to the same length
 * and the same fields (so the result does not depend on the chunking); and
 * after fsip_framer_free() every block is released.
 *
 * Input: byte 0 is the option byte (fuzz_common.h); byte 1 the chunking: 0
 * feeds everything at once, n > 0 feeds chunks of 1..n bytes whose sizes come
 * from a xorshift generator seeded with n and the input length; the rest is
 * the byte stream.
 */
#include "fuzz_common.h"

#include <stdlib.h>
#include <string.h>

typedef struct run {
    const fsip_parse_opts *opts;
    size_t fed;    /* bytes fed so far */
    size_t framed; /* bytes returned as messages so far */
    size_t events; /* events other than FSIP_FRAME_NONE */
} run;

static uint32_t xorshift32(uint32_t *s)
{
    uint32_t x = *s;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return *s = x;
}

/* The framed message must be what the plain parser makes of its bytes. */
static void check_framed(run *st, const fsip_msg *m)
{
    fsip_str raw = fsip_msg_raw(m);
    FUZZ_CHECK(raw.ptr != NULL && raw.len > 0, "framed message without bytes");
    FUZZ_CHECK(raw.len <= st->fed - st->framed,
               "framed a %zu-byte message with %zu bytes fed and %zu already framed", raw.len,
               st->fed, st->framed);
    FUZZ_CHECK(raw.len <= st->opts->max_msg_size, "framed a %zu-byte message past max_msg_size %u",
               raw.len, st->opts->max_msg_size);
    st->framed += raw.len;
    fuzz_walk_msg(m);

    fsip_msg *m2 = NULL;
    fsip_parse_result r;
    memset(&r, 0, sizeof r);
    int rc = fsip_msg_parse(raw.ptr, raw.len, FSIP_PARSE_STREAM, st->opts, &m2, &r);
    FUZZ_CHECK(rc == FSIP_OK,
               "a framed message does not parse on its own: rc %d status %d at offset %zu, "
               "header '%s': %s",
               rc, r.status, r.offset, r.header, r.reason ? r.reason : "");
    FUZZ_CHECK(r.length == raw.len, "framed %zu bytes, the parser takes %zu", raw.len, r.length);

    size_t l1, l2;
    char *d1 = fuzz_render(fsip_msg_dump, m, &l1, "fsip_msg_dump (framed)");
    char *d2 = fuzz_render(fsip_msg_dump, m2, &l2, "fsip_msg_dump (parsed)");
    FUZZ_CHECK(l1 == l2 && memcmp(d1, d2, l1) == 0,
               "framed and parsed message differ\n--- framed ---\n%s\n--- parsed ---\n%s", d1, d2);
    free(d1);
    free(d2);
    fsip_msg_free(m2);
}

/* Takes events until the framer needs more data. Returns false once the
 * stream is dead (an error: the connection would be closed). */
static bool drain(run *st, fsip_framer *f)
{
    for (;;) {
        fsip_msg *m = NULL;
        fsip_parse_result r;
        memset(&r, 0, sizeof r);
        int ev = fsip_framer_next(f, &m, &r);
        if (ev == FSIP_FRAME_NONE) {
            FUZZ_CHECK(m == NULL, "FSIP_FRAME_NONE with a message");
            FUZZ_CHECK(fsip_framer_pending(f) <= st->fed - st->framed,
                       "%zu bytes pending, %zu fed, %zu framed", fsip_framer_pending(f), st->fed,
                       st->framed);
            return true;
        }
        if (ev < 0) {
            FUZZ_CHECK(ev == FSIP_EPARSE || ev == FSIP_ELIMIT,
                       "fsip_framer_next returned %d, not a documented error", ev);
            fuzz_check_parse_rc(ev, &r, st->fed, "fsip_framer_next");
            FUZZ_CHECK(m == NULL, "fsip_framer_next failed (%d) and returned a message", ev);
            return false;
        }
        FUZZ_CHECK(ev == FSIP_FRAME_MSG || ev == FSIP_FRAME_PING || ev == FSIP_FRAME_PONG,
                   "fsip_framer_next returned unknown event %d", ev);
        /* Every event consumes at least one byte. */
        FUZZ_CHECK(++st->events <= st->fed, "%zu events from %zu bytes", st->events, st->fed);
        if (ev == FSIP_FRAME_MSG) {
            FUZZ_CHECK(m != NULL, "FSIP_FRAME_MSG without a message");
            check_framed(st, m);
            fsip_msg_free(m);
        } else {
            FUZZ_CHECK(m == NULL, "keep-alive event %d with a message", ev);
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2) return 0;

    fuzz_alloc fa;
    fuzz_alloc_init(&fa);
    fsip_parse_opts opts;
    fuzz_opts_from_byte(data[0], &fa.a, &opts);
    uint8_t max_chunk = data[1];
    const uint8_t *stream = data + 2;
    size_t len = size - 2;
    uint32_t seed = ((uint32_t)max_chunk << 16) ^ (uint32_t)len ^ 0x9e3779b9u;

    fsip_framer *f = fsip_framer_new(&opts);
    FUZZ_CHECK(f != NULL, "fsip_framer_new failed");

    run st = {.opts = &opts};
    size_t off = 0;
    bool alive = true;
    while (alive && off < len) {
        size_t n = len - off;
        if (max_chunk != 0) {
            size_t want = 1 + xorshift32(&seed) % max_chunk;
            if (want < n) n = want;
        }
        int rc = fsip_framer_feed(f, stream + off, n);
        FUZZ_CHECK(rc == 0 || rc == FSIP_ELIMIT, "fsip_framer_feed returned %d", rc);
        if (rc == FSIP_ELIMIT) {
            FUZZ_CHECK(fsip_framer_pending(f) + n > opts.max_msg_size,
                       "FSIP_ELIMIT with %zu pending + %zu new bytes under max_msg_size %u",
                       fsip_framer_pending(f), n, opts.max_msg_size);
            break;
        }
        off += n;
        st.fed += n;
        alive = drain(&st, f);
    }

    fsip_framer_free(f);
    FUZZ_CHECK(fa.live == 0, "%ld blocks still live after fsip_framer_free()", fa.live);
    return 0;
}
