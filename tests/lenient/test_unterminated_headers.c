/* FSIP_LENIENT_UNTERMINATED_HEADERS: a datagram whose header section is not
 * closed by an empty line ends its headers where the datagram ends
 * (RFC 4475 baddn archive defect, RFC 5118 §4.10 files). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testfile.h"
#include "testsip.h"

static const char msg[] = "OPTIONS sip:bob@biloxi.com SIP/2.0\r\n"
                          "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds\r\n"
                          "Max-Forwards: 70\r\n"
                          "To: <sip:bob@biloxi.com>\r\n"
                          "From: <sip:alice@atlanta.com>;tag=1928301774\r\n"
                          "Call-ID: a84b4c76e66710\r\n"
                          "CSeq: 1 OPTIONS\r\n"
                          "l: 0\r\n";

static void test_datagram(void **state)
{
    (void)state;
    test_parse_err(msg, FSIP_EPARSE, NULL, 400);
    test_parse_err_lenient(msg, TEST_LENIENT_ALL_BUT(FSIP_LENIENT_UNTERMINATED_HEADERS),
                           FSIP_EPARSE, NULL, 400);
    fsip_msg *m = test_parse_ok_lenient(msg, FSIP_LENIENT_UNTERMINATED_HEADERS);
    assert_int_equal(fsip_msg_method(m), FSIP_METHOD_OPTIONS);
    assert_int_equal(fsip_msg_hdr_count(m), 7);
    assert_int_equal(fsip_msg_content_length(m), 0);
    assert_int_equal(fsip_msg_body(m).len, 0);
    assert_view(fsip_msg_call_id(m), "a84b4c76e66710");
    fsip_parse_opts o;
    fsip_parse_result r;
    test_opts(&o, FSIP_LENIENT_UNTERMINATED_HEADERS);
    assert_int_equal(fsip_msg_validate(m, &o, &r), 0);
    fsip_msg_free(m);
}

/* On a stream the headers are simply not complete yet. */
static void test_stream_waits(void **state)
{
    (void)state;
    fsip_msg *m = NULL;
    fsip_parse_result r;
    assert_int_equal(
        test_parse(msg, strlen(msg), FSIP_PARSE_STREAM, FSIP_LENIENT_UNTERMINATED_HEADERS, &m, &r),
        FSIP_EAGAIN);
    fsip_parse_opts o;
    test_opts(&o, FSIP_LENIENT_UNTERMINATED_HEADERS);
    char *l = test_frame_log(msg, strlen(msg), &o, NULL, 0);
    char want[64];
    snprintf(want, sizeof(want), "END pending=%zu\n", strlen(msg));
    assert_string_equal(l, want);
    free(l);
}

/* The option does not excuse bad headers: baddn still fails on From. */
static void test_baddn(void **state)
{
    (void)state;
    size_t len;
    char *buf = test_read_file(FSIP_CONFORMANCE_DIR "/rfc4475/baddn.dat", &len);
    assert_non_null(buf);
    fsip_msg *m = NULL;
    fsip_parse_result r;
    assert_int_equal(
        test_parse(buf, len, FSIP_PARSE_DATAGRAM, FSIP_LENIENT_UNTERMINATED_HEADERS, &m, &r),
        FSIP_EPARSE);
    assert_string_equal(r.header, "From");
    free(buf);
}

/* RFC 5118 §4.10 files have no empty line (and bare LF). */
static void test_rfc5118(void **state)
{
    (void)state;
    size_t len;
    char *buf =
        test_read_file(FSIP_CONFORMANCE_DIR "/rfc5118/ipv6-correct-abnf-2-colons.dat", &len);
    assert_non_null(buf);
    fsip_msg *m = NULL;
    fsip_parse_result r;
    assert_int_equal(test_parse(buf, len, FSIP_PARSE_DATAGRAM, FSIP_LENIENT_BARE_LF, &m, &r),
                     FSIP_EPARSE);
    assert_int_equal(test_parse(buf, len, FSIP_PARSE_DATAGRAM,
                                FSIP_LENIENT_BARE_LF | FSIP_LENIENT_UNTERMINATED_HEADERS, &m, &r),
                     FSIP_OK);
    assert_view(fsip_msg_request_uri(m)->host, "2001:db8::192.0.2.1");
    assert_int_equal(fsip_msg_cseq(m)->seq, 689);
    fsip_msg_free(m);
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_datagram),
        FSIP_TEST(test_stream_waits),
        FSIP_TEST(test_baddn),
        FSIP_TEST(test_rfc5118),
    };
    return cmocka_run_group_tests_name("lenient_unterminated_headers", tests, NULL, NULL);
}
