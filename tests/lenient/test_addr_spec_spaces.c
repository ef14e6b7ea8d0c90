/* FSIP_LENIENT_ADDR_SPEC_SPACES: LWS inside <> around an addr-spec,
 * "< sip:a@b >" (RFC 4475 §3.1.2.14). Strictly, RAQUOT/LAQUOT allow SWS
 * only outside the brackets. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testfile.h"
#include "testsip.h"

#define HDRS                                                                                       \
    "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds\r\n"                                \
    "Max-Forwards: 70\r\n"                                                                         \
    "Call-ID: a84b4c76e66710\r\n"                                                                  \
    "CSeq: 1 OPTIONS\r\n"                                                                          \
    "Content-Length: 0\r\n\r\n"

static const char msg[] = "OPTIONS sip:bob@biloxi.com SIP/2.0\r\n"
                          "To: \"Bob\" < sip:bob@biloxi.com >\r\n"
                          "From: <  sip:alice@atlanta.com\t>;tag=1928301774\r\n"
                          "Contact: < sip:alice@pc33.atlanta.com;transport=tcp >;expires=60\r\n"
                          "Route: < sip:p1.example.com;lr >, <sip:p2.example.com;lr >\r\n" HDRS;

static void test_headers(void **state)
{
    (void)state;
    test_parse_err(msg, FSIP_EPARSE, "To", 400);
    test_parse_err_lenient(msg, TEST_LENIENT_ALL_BUT(FSIP_LENIENT_ADDR_SPEC_SPACES), FSIP_EPARSE,
                           "To", 400);
    fsip_msg *m = test_parse_ok_lenient(msg, FSIP_LENIENT_ADDR_SPEC_SPACES);
    const fsip_addr *to = fsip_msg_to(m), *from = fsip_msg_from(m);
    assert_view(to->display, "\"Bob\"");
    assert_view(to->uri.raw, "sip:bob@biloxi.com");
    assert_view(to->uri.host, "biloxi.com");
    assert_view(from->uri.raw, "sip:alice@atlanta.com");
    assert_view(from->tag, "1928301774");
    const fsip_addr *c = fsip_msg_hdr_first(m, FSIP_HDR_CONTACT)->p.addr;
    assert_view(c->uri.raw, "sip:alice@pc33.atlanta.com;transport=tcp");
    assert_int_equal(c->expires, 60);
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_ROUTE), 2);
    const fsip_hdr *r = fsip_msg_hdr_first(m, FSIP_HDR_ROUTE);
    assert_view(r->p.addr->uri.raw, "sip:p1.example.com;lr");
    assert_view(fsip_msg_hdr_next(m, r)->p.addr->uri.raw, "sip:p2.example.com;lr");
    fsip_msg_free(m);
}

static void test_badaspec(void **state)
{
    (void)state;
    size_t len;
    char *buf = test_read_file(FSIP_CONFORMANCE_DIR "/rfc4475/badaspec.dat", &len);
    assert_non_null(buf);
    fsip_msg *m = NULL;
    fsip_parse_result r;
    assert_int_equal(test_parse(buf, len, FSIP_PARSE_DATAGRAM, 0, &m, &r), FSIP_EPARSE);
    assert_string_equal(r.header, "To");
    assert_int_equal(
        test_parse(buf, len, FSIP_PARSE_DATAGRAM, FSIP_LENIENT_ADDR_SPEC_SPACES, &m, &r), FSIP_OK);
    assert_view(fsip_msg_to(m)->display, "\"Watson, Thomas\"");
    assert_view(fsip_msg_to(m)->uri.user, "t.watson");
    assert_view(fsip_msg_to(m)->uri.host, "example.org");
    fsip_msg_free(m);
    free(buf);
}

/* Spaces inside the URI itself stay an error. */
static void test_still_rejected(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "To: < sip:bob @biloxi.com >\r\n",
        "To: < sip: bob@biloxi.com >\r\n",
        "To: < sip:bob@biloxi.com ;lr >\r\n",
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        char buf[1024];
        snprintf(buf, sizeof(buf),
                 "OPTIONS sip:bob@biloxi.com SIP/2.0\r\n%sFrom: <sip:a@b.example>;tag=1\r\n" HDRS,
                 bad[i]);
        test_parse_err_lenient(buf, FSIP_LENIENT_ADDR_SPEC_SPACES, FSIP_EPARSE, "To", 400);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_headers),
        FSIP_TEST(test_badaspec),
        FSIP_TEST(test_still_rejected),
    };
    return cmocka_run_group_tests_name("lenient_addr_spec_spaces", tests, NULL, NULL);
}
