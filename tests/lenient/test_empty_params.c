/* FSIP_LENIENT_EMPTY_PARAMS: empty parameters ";;" and empty list elements
 * ",," are skipped (RFC 4475 §3.1.2.1). Strictly they are syntax errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testsip.h"

#define START "OPTIONS sip:bob@biloxi.com SIP/2.0\r\n"
#define REST                                                                                       \
    "Max-Forwards: 70\r\n"                                                                         \
    "To: <sip:bob@biloxi.com>\r\n"                                                                 \
    "From: <sip:alice@atlanta.com>;tag=1928301774\r\n"                                             \
    "Call-ID: a84b4c76e66710\r\n"                                                                  \
    "CSeq: 1 OPTIONS\r\n"                                                                          \
    "Content-Length: 0\r\n\r\n"
#define VIA "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds\r\n"

static void check(const char *lines, const char *hdr, fsip_msg **out)
{
    char buf[2048];
    snprintf(buf, sizeof(buf), START "%s" REST, lines);
    test_parse_err(buf, FSIP_EPARSE, hdr, 400);
    test_parse_err_lenient(buf, TEST_LENIENT_ALL_BUT(FSIP_LENIENT_EMPTY_PARAMS), FSIP_EPARSE, hdr,
                           400);
    *out = test_parse_ok_lenient(buf, FSIP_LENIENT_EMPTY_PARAMS);
}

static void test_via(void **state)
{
    (void)state;
    fsip_msg *m;
    check("Via: SIP/2.0/UDP pc33.atlanta.com;;branch=z9hG4bK1;;;received=192.0.2.1\r\n", "Via", &m);
    const fsip_via *v = fsip_msg_via(m);
    assert_view(v->host, "pc33.atlanta.com");
    assert_view(v->branch, "z9hG4bK1");
    assert_view(v->received, "192.0.2.1");
    assert_int_equal(v->params.n, 2);
    fsip_msg_free(m);

    check("Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1,, SIP/2.0/UDP b.example.com"
          ";branch=z9hG4bK2\r\n",
          "Via", &m);
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_VIA), 2);
    assert_view(fsip_msg_hdr_next(m, fsip_msg_hdr_first(m, FSIP_HDR_VIA))->p.via->host,
                "b.example.com");
    fsip_msg_free(m);
}

static void test_contact(void **state)
{
    (void)state;
    fsip_msg *m;
    /* RFC 4475 §3.1.2.1's Contact */
    check(VIA "Contact: \"Joe\" <sip:joe@example.org>;;;;\r\n", "Contact", &m);
    const fsip_addr *c = fsip_msg_hdr_first(m, FSIP_HDR_CONTACT)->p.addr;
    assert_view(c->display, "\"Joe\"");
    assert_view(c->uri.user, "joe");
    assert_int_equal(c->params.n, 0);
    fsip_msg_free(m);

    check(VIA "Contact: <sip:a@b.example>;;expires=30, , <sip:c@d.example>\r\n", "Contact", &m);
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_CONTACT), 2);
    assert_int_equal(fsip_msg_hdr_first(m, FSIP_HDR_CONTACT)->p.addr->expires, 30);
    fsip_msg_free(m);
}

static void test_token_list(void **state)
{
    (void)state;
    fsip_msg *m;
    check(VIA "Supported: timer,,100rel, ,replaces\r\n", "Supported", &m);
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_SUPPORTED), 3);
    const fsip_hdr *h = fsip_msg_hdr_first(m, FSIP_HDR_SUPPORTED);
    assert_view(h->value, "timer");
    h = fsip_msg_hdr_next(m, h);
    assert_view(h->value, "100rel");
    h = fsip_msg_hdr_next(m, h);
    assert_view(h->value, "replaces");
    fsip_msg_free(m);
}

/* A trailing separator is an empty last element / parameter. */
static void test_trailing(void **state)
{
    (void)state;
    fsip_msg *m;
    check("Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK1,\r\n", "Via", &m);
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_VIA), 1);
    fsip_msg_free(m);
    check("Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK1;\r\n", "Via", &m);
    assert_int_equal(fsip_msg_via(m)->params.n, 1);
    fsip_msg_free(m);
    check(VIA "Supported: timer,\r\n", "Supported", &m);
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_SUPPORTED), 1);
    fsip_msg_free(m);
    check(VIA "Contact: <sip:a@b.example>,\r\n", "Contact", &m);
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_CONTACT), 1);
    fsip_msg_free(m);
    check(VIA "Route: <sip:p1.example.com;lr>,\r\n", "Route", &m);
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_ROUTE), 1);
    fsip_msg_free(m);
    check(VIA "Via: , SIP/2.0/UDP b.example.com;branch=z9hG4bK2\r\n", "Via", &m);
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_VIA), 2);
    fsip_msg_free(m);
}

/* Unknown headers are opaque: the option neither applies nor is needed. */
static void test_unknown_untouched(void **state)
{
    (void)state;
    static const char s[] = START VIA "X-Weird: ;;,,;;,;\r\n" REST;
    fsip_msg *m = test_parse_ok(s);
    assert_view(fsip_msg_hdr_find(m, "X-Weird")->value, ";;,,;;,;");
    fsip_msg_free(m);
    m = test_parse_ok_lenient(s, FSIP_LENIENT_EMPTY_PARAMS);
    assert_view(fsip_msg_hdr_find(m, "X-Weird")->value, ";;,,;;,;");
    fsip_msg_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_via),      FSIP_TEST(test_contact),           FSIP_TEST(test_token_list),
        FSIP_TEST(test_trailing), FSIP_TEST(test_unknown_untouched),
    };
    return cmocka_run_group_tests_name("lenient_empty_params", tests, NULL, NULL);
}
