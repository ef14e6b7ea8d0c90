/* FSIP_LENIENT_START_LINE_SPACES: extra SP between start-line elements and
 * trailing SP/HTAB at the end of the Request-Line (RFC 4475 §3.1.2.9,
 * §3.1.2.10). Strictly, elements are separated by exactly one SP. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testfile.h"
#include "testsip.h"

#define HDRS                                                                                       \
    "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds\r\n"                                \
    "Max-Forwards: 70\r\n"                                                                         \
    "To: <sip:bob@biloxi.com>\r\n"                                                                 \
    "From: <sip:alice@atlanta.com>;tag=1928301774\r\n"                                             \
    "Call-ID: a84b4c76e66710\r\n"                                                                  \
    "CSeq: 1 OPTIONS\r\n"                                                                          \
    "Content-Length: 0\r\n\r\n"

static const char *const lines[] = {
    "OPTIONS  sip:bob@biloxi.com SIP/2.0\r\n",      "OPTIONS sip:bob@biloxi.com   SIP/2.0\r\n",
    "OPTIONS sip:bob@biloxi.com SIP/2.0  \r\n",     "OPTIONS sip:bob@biloxi.com SIP/2.0\t\r\n",
    "OPTIONS  sip:bob@biloxi.com  SIP/2.0 \t \r\n",
};

static void test_request_line(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
        char buf[1024];
        snprintf(buf, sizeof(buf), "%s" HDRS, lines[i]);
        test_parse_err(buf, FSIP_EPARSE, "", 400);
        test_parse_err_lenient(buf, TEST_LENIENT_ALL_BUT(FSIP_LENIENT_START_LINE_SPACES),
                               FSIP_EPARSE, "", 400);
        fsip_msg *m = test_parse_ok_lenient(buf, FSIP_LENIENT_START_LINE_SPACES);
        assert_int_equal(fsip_msg_method(m), FSIP_METHOD_OPTIONS);
        assert_view(fsip_msg_request_uri(m)->raw, "sip:bob@biloxi.com");
        assert_view(fsip_msg_version(m), "SIP/2.0");
        fsip_msg_free(m);
    }
}

static void test_status_line(void **state)
{
    (void)state;
    static const char resp[] = "SIP/2.0  200 OK\r\n"
                               "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK1\r\n"
                               "To: <sip:bob@biloxi.com>;tag=2\r\n"
                               "From: <sip:alice@atlanta.com>;tag=1\r\n"
                               "Call-ID: x\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n";
    test_parse_err(resp, FSIP_EPARSE, "", 400);
    fsip_msg *m = test_parse_ok_lenient(resp, FSIP_LENIENT_START_LINE_SPACES);
    assert_int_equal(fsip_msg_status(m), 200);
    assert_view(fsip_msg_reason(m), "OK");
    fsip_msg_free(m);
}

static void test_corpus(void **state)
{
    (void)state;
    static const struct {
        const char *file, *ruri;
    } f[] = {{"lwsstart.dat", "sip:user@example.com"},
             {"trws.dat", "sip:remote-target@example.com"}};
    for (size_t i = 0; i < 2; i++) {
        char path[512];
        snprintf(path, sizeof(path), "%s/rfc4475/%s", FSIP_CONFORMANCE_DIR, f[i].file);
        size_t len;
        char *buf = test_read_file(path, &len);
        assert_non_null(buf);
        fsip_msg *m = NULL;
        fsip_parse_result r;
        assert_int_equal(test_parse(buf, len, FSIP_PARSE_DATAGRAM, 0, &m, &r), FSIP_EPARSE);
        assert_string_equal(r.header, "");
        int rc = test_parse(buf, len, FSIP_PARSE_DATAGRAM, FSIP_LENIENT_START_LINE_SPACES, &m, &r);
        if (rc != FSIP_OK) fail_msg("%s: rc=%d header='%s'", f[i].file, rc, r.header);
        assert_view_s(fsip_msg_request_uri(m)->raw, f[i].ruri);
        fsip_msg_free(m);
        free(buf);
    }
}

/* The option is about separators, not about LWS inside elements. */
static void test_still_rejected(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "INVITE sip:user@example.com; lr SIP/2.0\r\n", /* lwsruri */
        "INVITE <sip:user@example.com> SIP/2.0\r\n",   /* ltgtruri */
        " OPTIONS sip:bob@biloxi.com SIP/2.0\r\n",
        "OPTIONS sip:bob@biloxi.com SIP/ 2.0\r\n",
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        char buf[1024];
        snprintf(buf, sizeof(buf), "%s" HDRS, bad[i]);
        test_parse_err_lenient(buf, FSIP_LENIENT_START_LINE_SPACES, FSIP_EPARSE, "", 400);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_request_line),
        FSIP_TEST(test_status_line),
        FSIP_TEST(test_corpus),
        FSIP_TEST(test_still_rejected),
    };
    return cmocka_run_group_tests_name("lenient_start_line_spaces", tests, NULL, NULL);
}
