/* The stream framer: a pipelined stream of three messages with a CRLFCRLF
 * ping and a CRLF pong (RFC 5626 §4.4.1) fed in every chunking; framing
 * errors; limits; stream-mode fsip_msg_parse agreeing with the framer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testsip.h"

static const char m1[] = "INVITE sip:bob@biloxi.com SIP/2.0\r\n"
                         "Via: SIP/2.0/TCP pc33.atlanta.com;branch=z9hG4bK776asdhds\r\n"
                         "Max-Forwards: 70\r\n"
                         "To: <sip:bob@biloxi.com>\r\n"
                         "From: <sip:alice@atlanta.com>;tag=1928301774\r\n"
                         "Call-ID: a84b4c76e66710\r\n"
                         "CSeq: 1 INVITE\r\n"
                         "Content-Type: application/sdp\r\n"
                         "l: 21\r\n"
                         "\r\n"
                         "v=0\r\n"
                         "s=-\r\n"
                         "\r\n\r\n" /* CRLFCRLF inside the body */
                         "t=0 0\r\n";
static const char m2[] = "SIP/2.0 200 OK\r\n"
                         "Via: SIP/2.0/TCP pc33.atlanta.com;branch=z9hG4bK776asdhds\r\n"
                         "To: <sip:bob@biloxi.com>;tag=a6c85cf\r\n"
                         "From: <sip:alice@atlanta.com>;tag=1928301774\r\n"
                         "Call-ID: a84b4c76e66710\r\n"
                         "CSeq: 1 INVITE\r\n"
                         "Content-Length: 0\r\n"
                         "\r\n";
static const char m3[] = "BYE sip:alice@pc33.atlanta.com SIP/2.0\r\n"
                         "Via: SIP/2.0/TCP 192.0.2.4;branch=z9hG4bKnashds10\r\n"
                         "Max-Forwards: 70\r\n"
                         "From: <sip:bob@biloxi.com>;tag=a6c85cf\r\n"
                         "To: <sip:alice@atlanta.com>;tag=1928301774\r\n"
                         "Call-ID: a84b4c76e66710\r\n"
                         "CSeq: 231 BYE\r\n"
                         "Content-Length: 0\r\n"
                         "\r\n";

/* The log the framer must produce for the concatenation of `parts`:
 * messages as their datagram parse, "\r\n\r\n" as PING, "\r\n" as PONG. */
static char *expected_log(const char *const *parts, size_t n)
{
    size_t cap = 1 << 16, len = 0;
    char *out = malloc(cap);
    assert_non_null(out);
    out[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        const char *add;
        char *tmp = NULL;
        if (strcmp(parts[i], "\r\n\r\n") == 0)
            add = "PING\n";
        else if (strcmp(parts[i], "\r\n") == 0)
            add = "PONG\n";
        else {
            tmp = test_datagram_log(parts[i], strlen(parts[i]), 0);
            assert_non_null(strstr(tmp, "MSG "));
            char *end = strstr(tmp, "END pending=0\n");
            assert_non_null(end);
            *end = '\0';
            add = tmp;
        }
        assert_true(len + strlen(add) + 64 < cap);
        strcpy(out + len, add);
        len += strlen(add);
        free(tmp);
    }
    strcpy(out + len, "END pending=0\n");
    return out;
}

static char *concat(const char *const *parts, size_t n, size_t *len)
{
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += strlen(parts[i]);
    char *s = malloc(total + 1);
    assert_non_null(s);
    s[0] = '\0';
    for (size_t i = 0; i < n; i++)
        strcat(s, parts[i]);
    *len = total;
    return s;
}

static const char *const pipeline[] = {m1, "\r\n\r\n", m2, "\r\n", m3};
#define NPIPE (sizeof(pipeline) / sizeof(pipeline[0]))

static void test_pipeline_whole_and_splits(void **state)
{
    (void)state;
    size_t len;
    char *buf = concat(pipeline, NPIPE, &len);
    char *expect = expected_log(pipeline, NPIPE);
    /* whole, every 2-chunk split, 1..len byte chunks */
    free(test_frame_every_split(buf, len, NULL, expect, 0));
    free(expect);
    free(buf);
}

static void test_pipeline_three_chunks(void **state)
{
    (void)state;
    size_t len;
    char *buf = concat(pipeline, NPIPE, &len);
    char *expect = expected_log(pipeline, NPIPE);
    /* Splits into three chunks: the first cut anywhere, the second within
     * 12 bytes of it or within 3 bytes of a message/keep-alive boundary
     * (all pairs would be ~300k runs: too slow under ASan). */
    size_t bounds[2 * NPIPE], nb = 0, at = 0;
    for (size_t k = 0; k < NPIPE; k++) {
        at += strlen(pipeline[k]);
        bounds[nb++] = at;
    }
    for (size_t i = 1; i < len; i++) {
        for (size_t j = i + 1; j < len; j++) {
            int near = j - i <= 12;
            for (size_t b = 0; b < nb && !near; b++)
                near = j + 3 >= bounds[b] && j <= bounds[b] + 3;
            if (!near) continue;
            size_t cuts[2] = {i, j};
            char *l = test_frame_log(buf, len, NULL, cuts, 2);
            if (strcmp(l, expect) != 0) {
                char what[128];
                snprintf(what, sizeof(what), "cuts at %zu and %zu of %zu", i, j, len);
                test_assert_log_eq(l, expect, what, __FILE__, __LINE__);
            }
            free(l);
        }
    }
    free(expect);
    free(buf);
}

static void test_pipeline_random_chunks(void **state)
{
    (void)state;
    size_t len;
    char *buf = concat(pipeline, NPIPE, &len);
    char *expect = expected_log(pipeline, NPIPE);
    size_t *cuts = malloc(len * sizeof(*cuts));
    assert_non_null(cuts);
    uint32_t seed = 12345;
    for (int round = 0; round < 1000; round++) {
        size_t n = 0, at = 0;
        for (;;) {
            seed = seed * 1103515245u + 12345u;
            size_t step = 1 + (seed >> 16) % (round % 3 == 0 ? 4 : 64);
            at += step;
            if (at >= len) break;
            cuts[n++] = at;
        }
        char *l = test_frame_log(buf, len, NULL, cuts, n);
        if (strcmp(l, expect) != 0) {
            char what[128];
            snprintf(what, sizeof(what), "random chunking #%d", round);
            test_assert_log_eq(l, expect, what, __FILE__, __LINE__);
        }
        free(l);
    }
    free(cuts);
    free(expect);
    free(buf);
}

/* Keep-alives alone, and a ping before the first message. */
static void test_keepalives(void **state)
{
    (void)state;
    static const char *const p1[] = {"\r\n\r\n", "\r\n\r\n", m2};
    size_t len;
    char *buf = concat(p1, 3, &len);
    char *expect = expected_log(p1, 3);
    free(test_frame_every_split(buf, len, NULL, expect, 0));
    free(expect);
    free(buf);

    /* A lone CRLF at the end cannot be told from the start of a ping yet:
     * it stays pending. */
    char *l = test_frame_log("\r\n", 2, NULL, NULL, 0);
    assert_string_equal(l, "END pending=2\n");
    free(l);
    l = test_frame_log("\r\n\r\n", 4, NULL, NULL, 0);
    assert_string_equal(l, "PING\nEND pending=0\n");
    free(l);
}

static void test_framer_api(void **state)
{
    (void)state;
    fsip_parse_opts o;
    test_opts(&o, 0);
    fsip_framer *f = fsip_framer_new(&o);
    assert_non_null(f);
    fsip_msg *m = NULL;
    fsip_parse_result r;
    assert_int_equal(fsip_framer_next(f, &m, &r), FSIP_FRAME_NONE);
    assert_int_equal(fsip_framer_pending(f), 0);
    assert_int_equal(fsip_framer_feed(f, m2, 10), 0);
    assert_int_equal(fsip_framer_pending(f), 10);
    assert_int_equal(fsip_framer_next(f, &m, &r), FSIP_FRAME_NONE);
    assert_int_equal(fsip_framer_feed(f, m2 + 10, strlen(m2) - 10), 0);
    assert_int_equal(fsip_framer_feed(f, m3, 7), 0);
    assert_int_equal(fsip_framer_next(f, &m, &r), FSIP_FRAME_MSG);
    assert_non_null(m);
    assert_int_equal(fsip_msg_status(m), 200);
    assert_view(fsip_msg_raw(m), m2);
    fsip_msg_free(m);
    m = NULL;
    assert_int_equal(fsip_framer_pending(f), 7);
    assert_int_equal(fsip_framer_next(f, &m, &r), FSIP_FRAME_NONE);
    assert_int_equal(fsip_framer_feed(f, "", 0), 0);
    assert_int_equal(fsip_framer_feed(f, m3 + 7, strlen(m3) - 7), 0);
    assert_int_equal(fsip_framer_next(f, &m, &r), FSIP_FRAME_MSG);
    assert_int_equal(fsip_msg_method(m), FSIP_METHOD_BYE);
    fsip_msg_free(m);
    assert_int_equal(fsip_framer_pending(f), 0);
    assert_int_equal(fsip_framer_next(f, &m, &r), FSIP_FRAME_NONE);
    fsip_framer_free(f);
    fsip_framer_free(NULL);

    /* The input buffer may be reused right after feed(). */
    f = fsip_framer_new(&o);
    char *copy = strdup(m3);
    assert_int_equal(fsip_framer_feed(f, copy, strlen(copy)), 0);
    memset(copy, 'X', strlen(copy));
    free(copy);
    assert_int_equal(fsip_framer_next(f, &m, &r), FSIP_FRAME_MSG);
    assert_view(fsip_msg_raw(m), m3);
    fsip_msg_free(m);
    /* Messages outlive their framer. */
    assert_int_equal(fsip_framer_feed(f, m2, strlen(m2)), 0);
    assert_int_equal(fsip_framer_next(f, &m, &r), FSIP_FRAME_MSG);
    fsip_framer_free(f);
    assert_view(fsip_msg_call_id(m), "a84b4c76e66710");
    fsip_msg_free(m);
}

/* A framing error ends the stream: the message without Content-Length. */
static void test_stream_errors(void **state)
{
    (void)state;
    static const char nocl[] = "OPTIONS sip:bob@biloxi.com SIP/2.0\r\n"
                               "Via: SIP/2.0/TCP pc33.atlanta.com;branch=z9hG4bK1\r\n"
                               "Max-Forwards: 70\r\n"
                               "To: <sip:bob@biloxi.com>\r\n"
                               "From: <sip:alice@atlanta.com>;tag=1\r\n"
                               "Call-ID: x\r\n"
                               "CSeq: 1 OPTIONS\r\n"
                               "\r\n";
    char *l = test_frame_every_split(nocl, strlen(nocl), NULL, NULL, 0);
    if (strncmp(l, "ERR rc=-3 status=400 header=Content-Length ", 43) != 0)
        fail_msg("missing Content-Length on a stream: got '%s'", l);
    free(l);

    /* Negative Content-Length. */
    static const char neg[] = "OPTIONS sip:bob@biloxi.com SIP/2.0\r\n"
                              "Call-ID: x\r\n"
                              "Content-Length: -5\r\n"
                              "\r\nhello";
    l = test_frame_every_split(neg, strlen(neg), NULL, NULL, 0);
    if (strncmp(l, "ERR rc=-3 status=400 header=Content-Length ", 43) != 0)
        fail_msg("negative Content-Length on a stream: got '%s'", l);
    free(l);

    /* A good message, then garbage: the message comes out, then the error. */
    char both[1024];
    snprintf(both, sizeof(both), "%sNOT A SIP MESSAGE\r\n\r\n", m2);
    l = test_frame_every_split(both, strlen(both), NULL, NULL, 0);
    char *d = test_datagram_log(m2, strlen(m2), 0);
    *strstr(d, "END pending=0\n") = '\0';
    assert_int_equal(strncmp(l, d, strlen(d)), 0);
    if (strncmp(l + strlen(d), "ERR rc=-3 status=400 header= ", 29) != 0)
        fail_msg("garbage after a message: got '%s'", l + strlen(d));
    free(d);
    free(l);
}

/* Stream-mode fsip_msg_parse agrees with the framer on each message. */
static void test_parse_stream_mode(void **state)
{
    (void)state;
    size_t len;
    char *buf = concat(pipeline, NPIPE, &len);
    fsip_msg *m = NULL;
    fsip_parse_result r;
    assert_int_equal(test_parse(buf, len, FSIP_PARSE_STREAM, 0, &m, &r), FSIP_OK);
    assert_int_equal(r.length, strlen(m1));
    assert_int_equal(fsip_msg_body(m).len, 21);
    assert_view(fsip_msg_body(m), "v=0\r\ns=-\r\n\r\n\r\nt=0 0\r\n");
    fsip_msg_free(m);
    for (size_t i = 0; i < strlen(m1); i++) {
        int rc = test_parse(buf, i, FSIP_PARSE_STREAM, 0, &m, &r);
        if (rc != FSIP_EAGAIN) fail_msg("prefix %zu: rc=%d", i, rc);
    }
    free(buf);
}

/* max_msg_size bounds the bytes a framer buffers (DESIGN §3 Limits). */
static void test_framer_limit(void **state)
{
    (void)state;
    fsip_parse_opts o;
    test_opts(&o, 0);
    o.max_msg_size = 100;
    /* m3 is longer than 100 bytes; fed byte by byte, the framer must refuse
     * it (at feed or at next) with 513 and never buffer more than the limit
     * plus one chunk. */
    fsip_framer *f = fsip_framer_new(&o);
    assert_non_null(f);
    int got = 0;
    for (size_t i = 0; i < strlen(m3) && !got; i++) {
        int rc = fsip_framer_feed(f, m3 + i, 1);
        if (rc == FSIP_ELIMIT) {
            got = 1;
            break;
        }
        assert_int_equal(rc, 0);
        assert_true(fsip_framer_pending(f) <= 100);
        fsip_msg *m = NULL;
        fsip_parse_result r;
        memset(&r, 0, sizeof(r));
        int ev = fsip_framer_next(f, &m, &r);
        if (ev == FSIP_ELIMIT) {
            assert_true(TEST_TOO_LARGE(r.status));
            got = 1;
        } else {
            assert_int_equal(ev, FSIP_FRAME_NONE);
        }
    }
    assert_true(got);
    fsip_framer_free(f);

    /* Whole buffer at once: feed refuses it. */
    f = fsip_framer_new(&o);
    assert_int_equal(fsip_framer_feed(f, m3, strlen(m3)), FSIP_ELIMIT);
    fsip_framer_free(f);

    /* Messages within the limit pass, one after the other, even when the
     * stream as a whole is far larger. */
    o.max_msg_size = (uint32_t)strlen(m2);
    f = fsip_framer_new(&o);
    for (int i = 0; i < 20; i++) {
        assert_int_equal(fsip_framer_feed(f, m2, strlen(m2)), 0);
        fsip_msg *m = NULL;
        fsip_parse_result r;
        assert_int_equal(fsip_framer_next(f, &m, &r), FSIP_FRAME_MSG);
        fsip_msg_free(m);
    }
    fsip_framer_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_pipeline_whole_and_splits),
        FSIP_TEST(test_pipeline_three_chunks),
        FSIP_TEST(test_pipeline_random_chunks),
        FSIP_TEST(test_keepalives),
        FSIP_TEST(test_framer_api),
        FSIP_TEST(test_stream_errors),
        FSIP_TEST(test_parse_stream_mode),
        FSIP_TEST(test_framer_limit),
    };
    return cmocka_run_group_tests_name("framer", tests, NULL, NULL);
}
