/* Parser limits (DESIGN §3 "Limits"): message size, header count, header
 * line length, Via and Route/Record-Route counts. Past a limit the parser
 * returns FSIP_ELIMIT ("a configured limit was exceeded") with status 513
 * (msg.h; 400 is tolerated for the Via/Route counts); nothing grows. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testsip.h"

#define HDRS                                                                                       \
    "Max-Forwards: 70\r\n"                                                                         \
    "To: <sip:bob@biloxi.com>\r\n"                                                                 \
    "From: <sip:alice@atlanta.com>;tag=1928301774\r\n"                                             \
    "Call-ID: a84b4c76e66710\r\n"                                                                  \
    "CSeq: 1 OPTIONS\r\n"

#define VIA "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds\r\n"

static int parse_with(const char *s, size_t len, fsip_parse_mode mode, const fsip_parse_opts *o,
                      fsip_parse_result *r)
{
    fsip_msg *m = NULL;
    memset(r, 0, sizeof(*r));
    int rc = fsip_msg_parse(s, len, mode, o, &m, r);
    if (rc == FSIP_OK) fsip_msg_free(m);
    return rc;
}

static void expect_limit(const char *s, const fsip_parse_opts *o, const char *hdr)
{
    fsip_parse_result r;
    int rc = parse_with(s, strlen(s), FSIP_PARSE_DATAGRAM, o, &r);
    if (rc != FSIP_ELIMIT || (r.status != 400 && !TEST_TOO_LARGE(r.status)) ||
        (hdr && strcmp(r.header, hdr) != 0))
        fail_msg("expected FSIP_ELIMIT (400/513) naming '%s', got rc=%d status=%d header='%s'",
                 hdr ? hdr : "*", rc, r.status, r.header);
}

static void expect_ok(const char *s, const fsip_parse_opts *o)
{
    fsip_parse_result r;
    int rc = parse_with(s, strlen(s), FSIP_PARSE_DATAGRAM, o, &r);
    if (rc != FSIP_OK)
        fail_msg("expected FSIP_OK, got rc=%d status=%d header='%s' reason='%s'", rc, r.status,
                 r.header, r.reason ? r.reason : "");
}

/* An OPTIONS with a body whose total size is exactly `size` bytes. */
static char *message_of_size(size_t size)
{
    static const char head[] = "OPTIONS sip:bob@biloxi.com SIP/2.0\r\n" VIA HDRS
                               "Content-Type: text/plain\r\nContent-Length: ";
    char *s = malloc(size + 1);
    assert_non_null(s);
    size_t body = size - strlen(head) - 4;
    int digits = snprintf(NULL, 0, "%zu", body);
    body -= (size_t)digits;
    int n = snprintf(s, size + 1, "%s%zu\r\n\r\n", head, body);
    memset(s + n, 'x', body);
    s[size] = '\0';
    assert_int_equal(strlen(s), size);
    return s;
}

static void test_msg_size(void **state)
{
    (void)state;
    fsip_parse_opts o;
    test_opts(&o, 0);
    char *s = message_of_size(65535);
    expect_ok(s, &o);
    free(s);
    s = message_of_size(65536);
    fsip_parse_result r;
    assert_int_equal(parse_with(s, strlen(s), FSIP_PARSE_DATAGRAM, &o, &r), FSIP_ELIMIT);
    assert_true(TEST_TOO_LARGE(r.status));
    assert_int_equal(parse_with(s, strlen(s), FSIP_PARSE_STREAM, &o, &r), FSIP_ELIMIT);
    assert_true(TEST_TOO_LARGE(r.status));
    free(s);

    o.max_msg_size = 1000;
    s = message_of_size(1000);
    expect_ok(s, &o);
    free(s);
    s = message_of_size(1001);
    assert_int_equal(parse_with(s, strlen(s), FSIP_PARSE_DATAGRAM, &o, &r), FSIP_ELIMIT);
    assert_true(TEST_TOO_LARGE(r.status));
    /* A stream prefix past the limit is refused, not waited for. */
    assert_int_equal(parse_with(s, 1001, FSIP_PARSE_STREAM, &o, &r), FSIP_ELIMIT);
    free(s);

    /* A declared Content-Length past the limit is refused as soon as the
     * headers are in, without waiting for the body. */
    static const char big[] =
        "OPTIONS sip:bob@biloxi.com SIP/2.0\r\n" VIA HDRS "Content-Length: 100000\r\n\r\nabc";
    test_opts(&o, 0);
    assert_int_equal(parse_with(big, strlen(big), FSIP_PARSE_STREAM, &o, &r), FSIP_ELIMIT);
    assert_true(TEST_TOO_LARGE(r.status));
    static const char huge[] = "OPTIONS sip:bob@biloxi.com SIP/2.0\r\n" VIA HDRS
                               "Content-Length: 99999999999999999999\r\n\r\nabc";
    int rc = parse_with(huge, strlen(huge), FSIP_PARSE_STREAM, &o, &r);
    assert_true(rc == FSIP_ELIMIT || rc == FSIP_EPARSE);
}

static void test_header_count(void **state)
{
    (void)state;
    /* 1 Via + 5 + 3 Supported values + Content-Length = 10 values. */
    static const char s[] =
        "OPTIONS sip:bob@biloxi.com SIP/2.0\r\n" VIA HDRS "Supported: a, b, c\r\n"
        "Content-Length: 0\r\n\r\n";
    fsip_parse_opts o;
    test_opts(&o, 0);
    o.max_headers = 10;
    expect_ok(s, &o);
    o.max_headers = 9;
    expect_limit(s, &o, NULL);

    /* The default (256) holds; 300 unknown headers do not. */
    size_t cap = 300 * 16 + 512;
    char *big = malloc(cap);
    assert_non_null(big);
    size_t n = (size_t)snprintf(big, cap, "OPTIONS sip:bob@biloxi.com SIP/2.0\r\n" VIA HDRS);
    for (int i = 0; i < 300; i++)
        n += (size_t)snprintf(big + n, cap - n, "X-H%d: %d\r\n", i, i);
    snprintf(big + n, cap - n, "Content-Length: 0\r\n\r\n");
    test_opts(&o, 0);
    expect_limit(big, &o, NULL);
    free(big);
}

static void test_line_length(void **state)
{
    (void)state;
    char s[2048], subj[256];
    memset(subj, 'x', 200);
    subj[200] = '\0';
    snprintf(s, sizeof(s),
             "OPTIONS sip:bob@biloxi.com SIP/2.0\r\n" VIA HDRS "Subject: %s\r\n"
             "Content-Length: 0\r\n\r\n",
             subj);
    fsip_parse_opts o;
    test_opts(&o, 0);
    o.max_line_len = 1000;
    expect_ok(s, &o);
    o.max_line_len = 100;
    expect_limit(s, &o, "Subject");

    /* Folding counts: two 60-byte lines folded into one 130-byte header. */
    char a[64], b[64];
    memset(a, 'a', 60);
    a[60] = '\0';
    memset(b, 'b', 60);
    b[60] = '\0';
    snprintf(s, sizeof(s),
             "OPTIONS sip:bob@biloxi.com SIP/2.0\r\n" VIA HDRS "Subject: %s\r\n %s\r\n"
             "Content-Length: 0\r\n\r\n",
             a, b);
    expect_limit(s, &o, "Subject");
    o.max_line_len = 200;
    expect_ok(s, &o);
}

static void test_via_route_counts(void **state)
{
    (void)state;
    static const char vias[] =
        "OPTIONS sip:bob@biloxi.com SIP/2.0\r\n"
        "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1, "
        "SIP/2.0/UDP b.example.com;branch=z9hG4bK2\r\n"
        "v: SIP/2.0/UDP c.example.com;branch=z9hG4bK3\r\n" HDRS "Content-Length: 0\r\n\r\n";
    fsip_parse_opts o;
    test_opts(&o, 0);
    o.max_via = 3;
    expect_ok(vias, &o);
    o.max_via = 2;
    expect_limit(vias, &o, "Via");

    static const char routes[] =
        "OPTIONS sip:bob@biloxi.com SIP/2.0\r\n" VIA
        "Route: <sip:p1.example.com;lr>, <sip:p2.example.com;lr>\r\n"
        "Record-Route: <sip:p3.example.com;lr>\r\n"
        "Record-Route: <sip:p4.example.com;lr>\r\n" HDRS "Content-Length: 0\r\n\r\n";
    test_opts(&o, 0);
    o.max_route = 2; /* each */
    expect_ok(routes, &o);
    o.max_route = 1;
    expect_limit(routes, &o, "Route");

    static const char rrs[] =
        "SIP/2.0 200 OK\r\n" VIA "Record-Route: <sip:p3.example.com;lr>, <sip:p4.example.com;lr>, "
        "<sip:p5.example.com;lr>\r\n"
        "To: <sip:bob@biloxi.com>;tag=2\r\n"
        "From: <sip:alice@atlanta.com>;tag=1928301774\r\n"
        "Call-ID: a84b4c76e66710\r\nCSeq: 1 INVITE\r\n"
        "Content-Length: 0\r\n\r\n";
    o.max_route = 2;
    expect_limit(rrs, &o, "Record-Route");
    o.max_route = 3;
    expect_ok(rrs, &o);

    /* Defaults: 64 Via values pass, 65 do not. */
    for (int nvia = 64; nvia <= 65; nvia++) {
        size_t cap = 80 * 70 + 512;
        char *s = malloc(cap);
        assert_non_null(s);
        size_t n = (size_t)snprintf(s, cap, "SIP/2.0 200 OK\r\n");
        for (int i = 0; i < nvia; i++)
            n += (size_t)snprintf(s + n, cap - n,
                                  "Via: SIP/2.0/UDP h%d.example.com;branch=z9hG4bK%d\r\n", i, i);
        snprintf(s + n, cap - n,
                 "To: <sip:bob@biloxi.com>;tag=2\r\nFrom: <sip:alice@atlanta.com>;tag=1\r\n"
                 "Call-ID: x\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n");
        test_opts(&o, 0);
        if (nvia == 64)
            expect_ok(s, &o);
        else
            expect_limit(s, &o, "Via");
        free(s);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_msg_size),
        FSIP_TEST(test_header_count),
        FSIP_TEST(test_line_length),
        FSIP_TEST(test_via_route_counts),
    };
    return cmocka_run_group_tests_name("limits", tests, NULL, NULL);
}
