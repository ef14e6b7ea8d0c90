/* FSIP_LENIENT_NO_MAX_FORWARDS: fsip_msg_validate() accepts a request
 * without Max-Forwards (RFC 2543 devices omit it; RFC 4475 §3.4.1).
 * Strictly, RFC 3261 §8.1.1 makes it mandatory in every request. */
#include <stdlib.h>
#include <string.h>

#include "testfile.h"
#include "testsip.h"

static const char req[] = "INVITE sip:bob@biloxi.com SIP/2.0\r\n"
                          "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds\r\n"
                          "To: <sip:bob@biloxi.com>\r\n"
                          "From: <sip:alice@atlanta.com>;tag=1928301774\r\n"
                          "Call-ID: a84b4c76e66710\r\n"
                          "CSeq: 1 INVITE\r\n"
                          "Content-Length: 0\r\n\r\n";

static int validate(const fsip_msg *m, uint32_t lenient, fsip_parse_result *r)
{
    fsip_parse_opts o;
    test_opts(&o, lenient);
    memset(r, 0, sizeof(*r));
    return fsip_msg_validate(m, &o, r);
}

static void test_validate(void **state)
{
    (void)state;
    /* parsing never needs Max-Forwards */
    fsip_msg *m = test_parse_ok(req);
    assert_int_equal(fsip_msg_max_forwards(m), -1);
    fsip_parse_result r;
    assert_int_equal(validate(m, 0, &r), FSIP_EPARSE);
    assert_int_equal(r.status, 400);
    assert_string_equal(r.header, "Max-Forwards");
    assert_int_equal(validate(m, TEST_LENIENT_ALL_BUT(FSIP_LENIENT_NO_MAX_FORWARDS), &r),
                     FSIP_EPARSE);
    assert_string_equal(r.header, "Max-Forwards");
    assert_int_equal(validate(m, FSIP_LENIENT_NO_MAX_FORWARDS, &r), 0);
    /* NULL opts means strict */
    memset(&r, 0, sizeof(r));
    assert_int_equal(fsip_msg_validate(m, NULL, &r), FSIP_EPARSE);
    fsip_msg_free(m);
}

/* The option excuses Max-Forwards only. */
static void test_other_headers_still_required(void **state)
{
    (void)state;
    fsip_msg *m = test_parse_ok("INVITE sip:bob@biloxi.com SIP/2.0\r\n"
                                "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds\r\n"
                                "To: <sip:bob@biloxi.com>\r\n"
                                "From: <sip:alice@atlanta.com>;tag=1928301774\r\n"
                                "CSeq: 1 INVITE\r\n"
                                "Content-Length: 0\r\n\r\n");
    fsip_parse_result r;
    assert_int_equal(validate(m, FSIP_LENIENT_NO_MAX_FORWARDS, &r), FSIP_EPARSE);
    assert_string_equal(r.header, "Call-ID");
    fsip_msg_free(m);
}

/* Responses never need Max-Forwards. */
static void test_response(void **state)
{
    (void)state;
    fsip_msg *m = test_parse_ok("SIP/2.0 200 OK\r\n"
                                "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds\r\n"
                                "To: <sip:bob@biloxi.com>;tag=2\r\n"
                                "From: <sip:alice@atlanta.com>;tag=1928301774\r\n"
                                "Call-ID: a84b4c76e66710\r\n"
                                "CSeq: 1 INVITE\r\n"
                                "Content-Length: 0\r\n\r\n");
    fsip_parse_result r;
    assert_int_equal(validate(m, 0, &r), 0);
    fsip_msg_free(m);
}

/* RFC 4475 §3.4.1 inv2543. */
static void test_inv2543(void **state)
{
    (void)state;
    size_t len;
    char *buf = test_read_file(FSIP_CONFORMANCE_DIR "/rfc4475/inv2543.dat", &len);
    assert_non_null(buf);
    fsip_msg *m = NULL;
    fsip_parse_result r;
    assert_int_equal(test_parse(buf, len, FSIP_PARSE_DATAGRAM, 0, &m, &r), FSIP_OK);
    assert_int_equal(validate(m, 0, &r), FSIP_EPARSE);
    assert_string_equal(r.header, "Max-Forwards");
    assert_int_equal(validate(m, FSIP_LENIENT_NO_MAX_FORWARDS, &r), 0);
    fsip_msg_free(m);
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_validate),
        FSIP_TEST(test_other_headers_still_required),
        FSIP_TEST(test_response),
        FSIP_TEST(test_inv2543),
    };
    return cmocka_run_group_tests_name("lenient_no_max_forwards", tests, NULL, NULL);
}
