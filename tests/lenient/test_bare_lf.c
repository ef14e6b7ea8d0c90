/* FSIP_LENIENT_BARE_LF: bare LF as a line terminator (and LF LF ending the
 * headers). Strictly, RFC 3261 §7 requires CRLF. */
#include <stdlib.h>
#include <string.h>

#include "testfile.h"
#include "testsip.h"

static const char lf[] = "INVITE sip:bob@biloxi.com SIP/2.0\n"
                         "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds\n"
                         "Max-Forwards: 70\n"
                         "To: Bob <sip:bob@biloxi.com>\n"
                         "From: Alice <sip:alice@atlanta.com>;tag=1928301774\n"
                         "Call-ID: a84b4c76e66710@pc33.atlanta.com\n"
                         "CSeq: 314159 INVITE\n"
                         "Subject: folded\n value\n"
                         "Content-Type: text/plain\n"
                         "Content-Length: 6\n"
                         "\n"
                         "hello\n";

static void test_rejected_strictly(void **state)
{
    (void)state;
    test_parse_err(lf, FSIP_EPARSE, NULL, 400);
    /* one bare LF in an otherwise CRLF message is enough */
    test_parse_err("OPTIONS sip:bob@biloxi.com SIP/2.0\r\n"
                   "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK1\r\n"
                   "Max-Forwards: 70\n"
                   "To: <sip:bob@biloxi.com>\r\nFrom: <sip:a@b.example>;tag=1\r\n"
                   "Call-ID: x\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n",
                   FSIP_EPARSE, NULL, 400);
    /* every other leniency together does not accept it */
    test_parse_err_lenient(lf, TEST_LENIENT_ALL_BUT(FSIP_LENIENT_BARE_LF), FSIP_EPARSE, NULL, 400);
}

static void test_accepted_with_option(void **state)
{
    (void)state;
    fsip_msg *m = test_parse_ok_lenient(lf, FSIP_LENIENT_BARE_LF);
    assert_int_equal(fsip_msg_method(m), FSIP_METHOD_INVITE);
    assert_view(fsip_msg_version(m), "SIP/2.0");
    assert_view(fsip_msg_via(m)->branch, "z9hG4bK776asdhds");
    assert_int_equal(fsip_msg_max_forwards(m), 70);
    assert_view(fsip_msg_to(m)->display, "Bob");
    assert_view(fsip_msg_from(m)->tag, "1928301774");
    assert_view(fsip_msg_call_id(m), "a84b4c76e66710@pc33.atlanta.com");
    assert_int_equal(fsip_msg_cseq(m)->seq, 314159);
    const fsip_hdr *s = fsip_msg_hdr_find(m, "Subject");
    assert_true(s->flags & FSIP_HDR_F_FOLDED);
    char out[32];
    size_t n = fsip_str_unfold(s->value, out, sizeof(out));
    assert_int_equal(n, 12);
    assert_memory_equal(out, "folded value", 12);
    assert_view(fsip_msg_body(m), "hello\n");
    fsip_parse_opts o;
    fsip_parse_result r;
    test_opts(&o, FSIP_LENIENT_BARE_LF);
    assert_int_equal(fsip_msg_validate(m, &o, &r), 0);
    fsip_msg_free(m);

    /* mixed line ends */
    m = test_parse_ok_lenient("SIP/2.0 200 OK\n"
                              "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK1\r\n"
                              "To: <sip:bob@biloxi.com>;tag=2\n"
                              "From: <sip:a@b.example>;tag=1\r\n"
                              "Call-ID: x\nCSeq: 1 INVITE\r\nContent-Length: 0\n\r\n",
                              FSIP_LENIENT_BARE_LF);
    assert_int_equal(fsip_msg_status(m), 200);
    assert_view(fsip_msg_reason(m), "OK");
    assert_view(fsip_msg_to(m)->tag, "2");
    fsip_msg_free(m);

    /* a bare CR is still not a line end */
    test_parse_err_lenient("OPTIONS sip:bob@biloxi.com SIP/2.0\n"
                           "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK1\r"
                           "Max-Forwards: 70\n\n",
                           FSIP_LENIENT_BARE_LF, FSIP_EPARSE, NULL, 400);
}

/* The framer with the option frames bare-LF streams in every chunking. */
static void test_stream(void **state)
{
    (void)state;
    fsip_parse_opts o;
    test_opts(&o, FSIP_LENIENT_BARE_LF);
    char *expect = test_datagram_log(lf, strlen(lf), FSIP_LENIENT_BARE_LF);
    assert_int_equal(strncmp(expect, "MSG ", 4), 0);
    free(test_frame_every_split(lf, strlen(lf), &o, expect, 0));
    free(expect);
    /* strictly, the framer never delivers it (it rejects it or waits for a
     * CRLFCRLF that does not come) */
    char *l = test_frame_log(lf, strlen(lf), NULL, NULL, 0);
    if (strstr(l, "MSG ")) fail_msg("strict framer accepted bare LF:\n%s", l);
    free(l);
}

/* RFC 5118 §4.1 as archived (bare LF). */
static void test_rfc5118_file(void **state)
{
    (void)state;
    size_t len;
    char *buf = test_read_file(FSIP_CONFORMANCE_DIR "/rfc5118/ipv6-good.dat", &len);
    assert_non_null(buf);
    fsip_msg *m = NULL;
    fsip_parse_result r;
    assert_int_equal(test_parse(buf, len, FSIP_PARSE_DATAGRAM, 0, &m, &r), FSIP_EPARSE);
    assert_int_equal(test_parse(buf, len, FSIP_PARSE_DATAGRAM, FSIP_LENIENT_BARE_LF, &m, &r),
                     FSIP_OK);
    assert_view(fsip_msg_request_uri(m)->host, "2001:db8::10");
    assert_int_equal(fsip_msg_request_uri(m)->host_type, FSIP_HOST_IPV6);
    assert_int_equal(r.length, len);
    fsip_msg_free(m);
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_rejected_strictly),
        FSIP_TEST(test_accepted_with_option),
        FSIP_TEST(test_stream),
        FSIP_TEST(test_rfc5118_file),
    };
    return cmocka_run_group_tests_name("lenient_bare_lf", tests, NULL, NULL);
}
