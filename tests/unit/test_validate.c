/* fsip_msg_validate(): the checks a UAS or proxy makes before processing
 * (RFC 3261 §8.1.1, §8.2, §16.3; RFC 4475 §3.3): mandatory headers,
 * single-valued headers not repeated, a consistent Content-Length. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testsip.h"

static const char *const req_lines[] = {
    "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds\r\n",
    "Max-Forwards: 70\r\n",
    "To: <sip:bob@biloxi.com>\r\n",
    "From: <sip:alice@atlanta.com>;tag=1928301774\r\n",
    "Call-ID: a84b4c76e66710\r\n",
    "CSeq: 1 OPTIONS\r\n",
};
static const char *const req_names[] = {"Via", "Max-Forwards", "To", "From", "Call-ID", "CSeq"};
#define NREQ 6

/* OPTIONS with the mandatory lines, minus `skip`, plus `dup` twice. */
static char *build(int skip, int dup, const char *extra)
{
    static char buf[2048];
    size_t n = (size_t)snprintf(buf, sizeof(buf), "OPTIONS sip:bob@biloxi.com SIP/2.0\r\n");
    for (int i = 0; i < NREQ; i++) {
        if (i == skip) continue;
        n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s", req_lines[i]);
    }
    if (dup >= 0) {
        /* a second, different value */
        static const char *const second[] = {"Via: SIP/2.0/UDP p1.example.com;branch=z9hG4bK2\r\n",
                                             "Max-Forwards: 69\r\n",
                                             "To: <sip:carol@chicago.com>\r\n",
                                             "From: <sip:dave@example.com>;tag=2\r\n",
                                             "Call-ID: other-call-id\r\n",
                                             "CSeq: 2 OPTIONS\r\n"};
        n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s", second[dup]);
    }
    snprintf(buf + n, sizeof(buf) - n, "%sContent-Length: 0\r\n\r\n", extra ? extra : "");
    return buf;
}

static int validate(const fsip_msg *m, fsip_parse_result *r)
{
    fsip_parse_opts o;
    test_opts(&o, 0);
    memset(r, 0, sizeof(*r));
    return fsip_msg_validate(m, &o, r);
}

static void test_complete(void **state)
{
    (void)state;
    fsip_msg *m = test_parse_ok(build(-1, -1, NULL));
    fsip_parse_result r;
    assert_int_equal(validate(m, &r), 0);
    /* a second Via value is normal */
    fsip_msg_free(m);
    m = test_parse_ok(build(-1, 0, NULL));
    assert_int_equal(validate(m, &r), 0);
    fsip_msg_free(m);
}

static void test_missing(void **state)
{
    (void)state;
    for (int i = 0; i < NREQ; i++) {
        fsip_msg *m = test_parse_ok(build(i, -1, NULL));
        fsip_parse_result r;
        int rc = validate(m, &r);
        fsip_msg_free(m);
        if (rc != FSIP_EPARSE || r.status != 400 || strcmp(r.header, req_names[i]) != 0)
            fail_msg("without %s: rc=%d status=%d header='%s'", req_names[i], rc, r.status,
                     r.header);
    }
}

static void test_repeated(void **state)
{
    (void)state;
    for (int i = 1; i < NREQ; i++) { /* Via may repeat */
        fsip_msg *m = test_parse_ok(build(-1, i, NULL));
        fsip_parse_result r;
        int rc = validate(m, &r);
        fsip_msg_free(m);
        if (rc != FSIP_EPARSE || r.status != 400 || strcmp(r.header, req_names[i]) != 0)
            fail_msg("two %s: rc=%d status=%d header='%s'", req_names[i], rc, r.status, r.header);
    }
}

static void test_content_length(void **state)
{
    (void)state;
    /* Two different values (RFC 4475 §3.3.9). */
    char text[2048];
    snprintf(text, sizeof(text), "%.*s\r\nContent-Length: 5\r\n\r\nhello",
             (int)(strlen(build(-1, -1, NULL)) - 4), build(-1, -1, NULL));
    fsip_msg *m = test_parse_ok(text);
    fsip_parse_result r;
    assert_int_equal(validate(m, &r), FSIP_EPARSE);
    assert_int_equal(r.status, 400);
    assert_string_equal(r.header, "Content-Length");
    fsip_msg_free(m);
}

static void test_response(void **state)
{
    (void)state;
    static const char ok[] = "SIP/2.0 200 OK\r\n"
                             "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds\r\n"
                             "To: <sip:bob@biloxi.com>;tag=2\r\n"
                             "From: <sip:alice@atlanta.com>;tag=1928301774\r\n"
                             "Call-ID: a84b4c76e66710\r\n"
                             "CSeq: 1 OPTIONS\r\n"
                             "Content-Length: 0\r\n\r\n";
    fsip_msg *m = test_parse_ok(ok);
    fsip_parse_result r;
    assert_int_equal(validate(m, &r), 0);
    fsip_msg_free(m);
    static const char nocallid[] = "SIP/2.0 200 OK\r\n"
                                   "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds\r\n"
                                   "To: <sip:bob@biloxi.com>;tag=2\r\n"
                                   "From: <sip:alice@atlanta.com>;tag=1928301774\r\n"
                                   "CSeq: 1 OPTIONS\r\n"
                                   "Content-Length: 0\r\n\r\n";
    m = test_parse_ok(nocallid);
    assert_int_equal(validate(m, &r), FSIP_EPARSE);
    assert_string_equal(r.header, "Call-ID");
    fsip_msg_free(m);
}

/* A message the builder made validates like a parsed one. */
static void test_built(void **state)
{
    (void)state;
    fsip_msg *m = fsip_msg_new_request("OPTIONS", "sip:bob@biloxi.com", test_alloc);
    assert_non_null(m);
    for (int i = 0; i < NREQ; i++) {
        char name[32];
        const char *colon = strchr(req_lines[i], ':');
        snprintf(name, sizeof(name), "%.*s", (int)(colon - req_lines[i]), req_lines[i]);
        char value[128];
        snprintf(value, sizeof(value), "%.*s", (int)(strlen(colon + 2) - 2), colon + 2);
        assert_int_equal(fsip_msg_hdr_add(m, name, value), 0);
    }
    fsip_parse_result r;
    int rc = validate(m, &r);
    if (rc != 0)
        fail_msg("built request: rc=%d header='%s' reason='%s'", rc, r.header,
                 r.reason ? r.reason : "");
    assert_int_equal(fsip_msg_hdr_remove(m, "Call-ID"), 1);
    assert_int_equal(validate(m, &r), FSIP_EPARSE);
    assert_string_equal(r.header, "Call-ID");
    fsip_msg_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_complete),       FSIP_TEST(test_missing),  FSIP_TEST(test_repeated),
        FSIP_TEST(test_content_length), FSIP_TEST(test_response), FSIP_TEST(test_built),
    };
    return cmocka_run_group_tests_name("validate", tests, NULL, NULL);
}
