/* FSIP_PARSE_SIPFRAG: message/sipfrag bodies (RFC 3420), as REFER's NOTIFY
 * carries them (RFC 3515 §2.4.5): a start line, any headers, an optional
 * empty line and body; the header section need not be closed and the last
 * line need not end in CRLF. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testfile.h"
#include "testsip.h"

static fsip_msg *frag_ok(const char *s, size_t len)
{
    fsip_msg *m = NULL;
    fsip_parse_result r;
    int rc = test_parse(s, len, FSIP_PARSE_SIPFRAG, 0, &m, &r);
    if (rc != FSIP_OK)
        fail_msg("sipfrag '%s': rc=%d status=%d header='%s' offset=%zu reason='%s'", s, rc,
                 r.status, r.header, r.offset, r.reason ? r.reason : "");
    return m;
}

static void test_status_lines(void **state)
{
    (void)state;
    /* RFC 3515 §2.4.5 / RFC 3420: a bare status line, with or without CRLF */
    static const char *const ok[] = {"SIP/2.0 200 OK", "SIP/2.0 200 OK\r\n",
                                     "SIP/2.0 100 Trying\r\n", "SIP/2.0 603 Declined\r\n\r\n"};
    static const int code[] = {200, 200, 100, 603};
    for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
        fsip_msg *m = frag_ok(ok[i], strlen(ok[i]));
        assert_false(fsip_msg_is_request(m));
        assert_int_equal(fsip_msg_status(m), code[i]);
        assert_int_equal(fsip_msg_hdr_count(m), 0);
        assert_int_equal(fsip_msg_body(m).len, 0);
        fsip_msg_free(m);
    }
    fsip_msg *m = frag_ok("SIP/2.0 200 OK", 14);
    assert_view(fsip_msg_reason(m), "OK");
    fsip_msg_free(m);
}

/* result.length and fsip_msg_raw() describe the input: a fragment without
 * its final CRLF occupies exactly the bytes given. */
static void test_length(void **state)
{
    (void)state;
    static const char *const frags[] = {"SIP/2.0 200 OK", "SIP/2.0 200 OK\r\n",
                                        "SIP/2.0 200 OK\r\nX-A: 1"};
    for (size_t i = 0; i < sizeof(frags) / sizeof(frags[0]); i++) {
        size_t len = strlen(frags[i]);
        fsip_msg *m = NULL;
        fsip_parse_result r;
        assert_int_equal(test_parse(frags[i], len, FSIP_PARSE_SIPFRAG, 0, &m, &r), FSIP_OK);
        size_t raw = fsip_msg_raw(m).len;
        fsip_msg_free(m);
        if (r.length != len || raw != len)
            fail_msg("sipfrag '%s' (%zu bytes): result.length=%zu raw=%zu", frags[i], len, r.length,
                     raw);
    }
}

/* RFC 3420 §2 examples: headers without the mandatory set, a body. */
static void test_headers_and_body(void **state)
{
    (void)state;
    static const char req[] = "INVITE sip:alice@atlanta.com SIP/2.0\r\n"
                              "From: <sip:bob@biloxi.com>;tag=a73kszlfl\r\n"
                              "To: <sip:alice@atlanta.com>\r\n"
                              "Call-ID: 1j9FpLxk3uxtm8tn@biloxi.com\r\n"
                              "CSeq: 1 INVITE\r\n"
                              "Contact: <sip:bob@192.0.2.4>";
    fsip_msg *m = frag_ok(req, strlen(req));
    assert_true(fsip_msg_is_request(m));
    assert_int_equal(fsip_msg_method(m), FSIP_METHOD_INVITE);
    assert_view(fsip_msg_from(m)->tag, "a73kszlfl");
    assert_view(fsip_msg_call_id(m), "1j9FpLxk3uxtm8tn@biloxi.com");
    assert_view(fsip_msg_hdr_first(m, FSIP_HDR_CONTACT)->p.addr->uri.host, "192.0.2.4");
    assert_null(fsip_msg_via(m));
    fsip_msg_free(m);

    static const char withbody[] = "SIP/2.0 200 OK\r\n"
                                   "Content-Type: text/plain\r\n"
                                   "Content-Length: 5\r\n"
                                   "\r\n"
                                   "hello";
    m = frag_ok(withbody, strlen(withbody));
    assert_view(fsip_msg_body(m), "hello");
    fsip_msg_free(m);

    /* without Content-Length the body is the rest */
    static const char rest[] = "SIP/2.0 180 Ringing\r\nX-A: 1\r\n\r\nsome body";
    m = frag_ok(rest, strlen(rest));
    assert_view(fsip_msg_hdr_find(m, "X-A")->value, "1");
    fsip_str b = fsip_msg_body(m);
    int body_ok = b.len == 9 && memcmp(b.ptr, "some body", 9) == 0;
    char got[64];
    snprintf(got, sizeof(got), "%s", test_cstr(b));
    fsip_msg_free(m);
    if (!body_ok) fail_msg("sipfrag body: got '%s', want 'some body' (the input's bytes)", got);

    /* a request fragment need not have a matching CSeq */
    static const char mismatch[] = "REFER sip:a@b.example SIP/2.0\r\nCSeq: 5 INVITE\r\n";
    m = frag_ok(mismatch, strlen(mismatch));
    assert_int_equal(fsip_msg_cseq(m)->method, FSIP_METHOD_INVITE);
    fsip_msg_free(m);
}

/* The body of the NOTIFY fixture. */
static void test_notify_body(void **state)
{
    (void)state;
    size_t len;
    char *buf = test_read_file(FSIP_SOURCE_DIR "/tests/fixtures/notify_sipfrag.sip", &len);
    assert_non_null(buf);
    fsip_msg *n = test_parse_ok(buf);
    fsip_str body = fsip_msg_body(n);
    fsip_msg *f = frag_ok(body.ptr, body.len);
    assert_int_equal(fsip_msg_status(f), 200);
    fsip_msg_free(f);
    fsip_msg_free(n);
    free(buf);
}

static void test_errors(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "",
        "200 OK",
        "SIP/2.0 2000 OK",
        "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP\r\n",
        "SIP/2.0 200 OK\r\nFrom: <sip:a@b\r\n",
        "HELLO\r\n",
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        fsip_msg *m = NULL;
        fsip_parse_result r;
        int rc = test_parse(bad[i], strlen(bad[i]), FSIP_PARSE_SIPFRAG, 0, &m, &r);
        if (rc == FSIP_OK) fsip_msg_free(m);
        if (rc != FSIP_EPARSE) fail_msg("sipfrag '%s': rc=%d, want FSIP_EPARSE", bad[i], rc);
    }
}

static int frag_sweep(void *arg)
{
    (void)arg;
    static const char s[] = "SIP/2.0 200 OK\r\nContent-Type: text/plain\r\nVia: SIP/2.0/UDP "
                            "a.example.com;branch=z9hG4bK1\r\n\r\nx";
    fsip_parse_opts o;
    test_opts(&o, 0);
    fsip_msg *m = NULL;
    fsip_parse_result r;
    int rc = fsip_msg_parse(s, strlen(s), FSIP_PARSE_SIPFRAG, &o, &m, &r);
    if (rc) {
        assert_int_equal(rc, FSIP_ENOMEM);
        return rc;
    }
    fsip_msg_free(m);
    return 0;
}

static void test_failmalloc(void **state)
{
    (void)state;
    assert_true(test_failmalloc_sweep(frag_sweep, NULL) >= 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_status_lines), FSIP_TEST(test_length), FSIP_TEST(test_headers_and_body),
        FSIP_TEST(test_notify_body),  FSIP_TEST(test_errors), FSIP_TEST(test_failmalloc),
    };
    return cmocka_run_group_tests_name("sipfrag", tests, NULL, NULL);
}
