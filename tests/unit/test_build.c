/* Builder and printer: new request/response, hdr_add/prepend/remove/set,
 * set_body, print; parse(print(m)) keeps every field, and printing is a
 * fixed point after one round. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "testsip.h"

static fsip_msg *reparse(const fsip_msg *m, char **text)
{
    size_t len;
    char *s = test_print(m, &len);
    fsip_msg *p = NULL;
    fsip_parse_result r;
    int rc = test_parse(s, len, FSIP_PARSE_STREAM, 0, &p, &r);
    if (rc != FSIP_OK)
        fail_msg("printed message does not parse: rc=%d header='%s' offset=%zu reason='%s'\n%s", rc,
                 r.header, r.offset, r.reason ? r.reason : "", s);
    assert_int_equal(r.length, len);
    if (text)
        *text = s;
    else
        free(s);
    return p;
}

static int count_lines_starting(const char *text, const char *prefix)
{
    int n = 0;
    size_t pl = strlen(prefix);
    for (const char *p = text; p && *p;) {
        if (strncasecmp(p, prefix, pl) == 0) n++;
        const char *e = strstr(p, "\r\n");
        if (!e || e == p) break; /* stop at the empty line */
        p = e + 2;
    }
    return n;
}

static const char sdp[] = "v=0\r\no=alice 2890844526 2890844526 IN IP4 pc33.atlanta.com\r\n"
                          "s=-\r\nc=IN IP4 192.0.2.101\r\nt=0 0\r\nm=audio 49172 RTP/AVP 0\r\n";

static fsip_msg *build_invite(void)
{
    fsip_msg *m = fsip_msg_new_request("INVITE", "sip:bob@biloxi.com", test_alloc);
    assert_non_null(m);
    assert_int_equal(
        fsip_msg_hdr_add(m, "Via", "SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds"), 0);
    assert_int_equal(fsip_msg_hdr_add(m, "Max-Forwards", "70"), 0);
    assert_int_equal(fsip_msg_hdr_add(m, "To", "Bob <sip:bob@biloxi.com>"), 0);
    assert_int_equal(fsip_msg_hdr_add(m, "From", "Alice <sip:alice@atlanta.com>;tag=1928301774"),
                     0);
    assert_int_equal(fsip_msg_hdr_add(m, "Call-ID", "a84b4c76e66710@pc33.atlanta.com"), 0);
    assert_int_equal(fsip_msg_hdr_add(m, "CSeq", "314159 INVITE"), 0);
    assert_int_equal(fsip_msg_hdr_add(m, "Contact", "<sip:alice@pc33.atlanta.com>"), 0);
    assert_int_equal(fsip_msg_set_body(m, "application/sdp", sdp, strlen(sdp)), 0);
    return m;
}

static void test_new_request_roundtrip(void **state)
{
    (void)state;
    fsip_msg *m = build_invite();
    assert_true(fsip_msg_is_request(m));
    assert_int_equal(fsip_msg_method(m), FSIP_METHOD_INVITE);
    assert_view(fsip_msg_request_uri(m)->host, "biloxi.com");
    assert_view(fsip_msg_hdr_find(m, "Call-ID")->value, "a84b4c76e66710@pc33.atlanta.com");
    assert_view(fsip_msg_hdr_find(m, "i")->value, "a84b4c76e66710@pc33.atlanta.com");
    assert_view(fsip_msg_body(m), sdp);

    char *text;
    fsip_msg *p = reparse(m, &text);
    assert_int_equal(strncmp(text, "INVITE sip:bob@biloxi.com SIP/2.0\r\n", 35), 0);
    assert_int_equal(fsip_msg_method(p), FSIP_METHOD_INVITE);
    assert_view(fsip_msg_request_uri(p)->raw, "sip:bob@biloxi.com");
    assert_view(fsip_msg_via(p)->branch, "z9hG4bK776asdhds");
    assert_view(fsip_msg_via(p)->host, "pc33.atlanta.com");
    assert_int_equal(fsip_msg_max_forwards(p), 70);
    assert_view(fsip_msg_to(p)->display, "Bob");
    assert_view(fsip_msg_from(p)->tag, "1928301774");
    assert_view(fsip_msg_call_id(p), "a84b4c76e66710@pc33.atlanta.com");
    assert_int_equal(fsip_msg_cseq(p)->seq, 314159);
    assert_int_equal(fsip_msg_cseq(p)->method, FSIP_METHOD_INVITE);
    assert_view(fsip_msg_hdr_first(p, FSIP_HDR_CONTACT)->p.addr->uri.host, "pc33.atlanta.com");
    assert_view(fsip_msg_hdr_first(p, FSIP_HDR_CONTENT_TYPE)->p.media->subtype, "sdp");
    assert_int_equal(fsip_msg_content_length(p), (int64_t)strlen(sdp));
    assert_view(fsip_msg_body(p), sdp);
    assert_int_equal(count_lines_starting(text, "Content-Length:"), 1);
    fsip_parse_opts o;
    fsip_parse_result r;
    test_opts(&o, 0);
    assert_int_equal(fsip_msg_validate(p, &o, &r), 0);

    /* Print is snprintf-like. */
    size_t need = fsip_msg_print(m, NULL, 0);
    assert_int_equal(need, strlen(text));
    char small[16];
    memset(small, '#', sizeof(small));
    assert_int_equal(fsip_msg_print(m, small, 10), need);
    for (int i = 10; i < 16; i++)
        assert_int_equal(small[i], '#');

    free(text);
    fsip_msg_free(p);
    fsip_msg_free(m);

    /* Bad arguments. */
    assert_null(fsip_msg_new_request("IN VITE", "sip:bob@biloxi.com", test_alloc));
    assert_null(fsip_msg_new_request("", "sip:bob@biloxi.com", test_alloc));
    assert_null(fsip_msg_new_request("INVITE", "not a uri", test_alloc));
    assert_null(fsip_msg_new_request("INVITE", "", test_alloc));
    /* Extension methods are fine. */
    m = fsip_msg_new_request("FOO", "sip:bob@biloxi.com", test_alloc);
    assert_non_null(m);
    assert_int_equal(fsip_msg_method(m), FSIP_METHOD_OTHER);
    assert_view(fsip_msg_method_name(m), "FOO");
    fsip_msg_free(m);
}

static void test_hdr_edit(void **state)
{
    (void)state;
    fsip_msg *m = build_invite();
    /* prepend: a new topmost Via */
    assert_int_equal(
        fsip_msg_hdr_prepend(m, "Via", "SIP/2.0/TCP proxy.example.com;branch=z9hG4bKp1"), 0);
    assert_int_equal(
        fsip_msg_hdr_add(m, "Route", "<sip:p1.example.com;lr>, <sip:p2.example.com;lr>"), 0);
    assert_int_equal(fsip_msg_hdr_add(m, "X-Foo", "one"), 0);
    assert_int_equal(fsip_msg_hdr_add(m, "X-Foo", "two"), 0);
    /* set replaces every value */
    assert_int_equal(fsip_msg_hdr_set(m, "Max-Forwards", "69"), 0);
    assert_int_equal(fsip_msg_hdr_set(m, "Subject", "new"), 0);
    fsip_msg *p = reparse(m, NULL);
    assert_int_equal(fsip_msg_hdr_count_id(p, FSIP_HDR_VIA), 2);
    assert_view(fsip_msg_via(p)->host, "proxy.example.com");
    assert_view(fsip_msg_hdr_next(p, fsip_msg_hdr_first(p, FSIP_HDR_VIA))->p.via->host,
                "pc33.atlanta.com");
    assert_int_equal(fsip_msg_hdr_count_id(p, FSIP_HDR_ROUTE), 2);
    assert_int_equal(fsip_msg_hdr_count_id(p, FSIP_HDR_MAX_FORWARDS), 1);
    assert_int_equal(fsip_msg_max_forwards(p), 69);
    assert_view(fsip_msg_hdr_find(p, "Subject")->value, "new");
    const fsip_hdr *x = fsip_msg_hdr_find(p, "X-Foo");
    assert_view(x->value, "one");
    fsip_msg_free(p);

    /* remove: every value, by full or compact name; returns the count */
    assert_int_equal(fsip_msg_hdr_remove(m, "X-Foo"), 2);
    assert_int_equal(fsip_msg_hdr_remove(m, "X-Foo"), 0);
    assert_int_equal(fsip_msg_hdr_remove(m, "v"), 2);
    int nr = fsip_msg_hdr_remove(m, "route"); /* one added line, one or two values */
    assert_true(nr == 1 || nr == 2);
    assert_null(fsip_msg_hdr_find(m, "Via"));
    assert_null(fsip_msg_hdr_find(m, "Route"));
    assert_int_equal(fsip_msg_hdr_add(m, "v", "SIP/2.0/UDP new.example.com;branch=z9hG4bKn"), 0);
    p = reparse(m, NULL);
    assert_int_equal(fsip_msg_hdr_count_id(p, FSIP_HDR_VIA), 1);
    assert_view(fsip_msg_via(p)->host, "new.example.com");
    assert_int_equal(fsip_msg_hdr_count_id(p, FSIP_HDR_ROUTE), 0);
    assert_null(fsip_msg_hdr_find(p, "X-Foo"));
    fsip_msg_free(p);

    /* Values with CR/LF must be folds. */
    assert_int_equal(fsip_msg_hdr_add(m, "Subject", "a\r\nb"), FSIP_EINVAL);
    assert_int_equal(fsip_msg_hdr_add(m, "Subject", "a\rb"), FSIP_EINVAL);
    assert_int_equal(fsip_msg_hdr_add(m, "Subject", "a\nb"), FSIP_EINVAL);
    assert_int_equal(fsip_msg_hdr_add(m, "Subject", "a\r\n"), FSIP_EINVAL);
    assert_int_equal(fsip_msg_hdr_add(m, "Bad Name", "x"), FSIP_EINVAL);
    assert_int_equal(fsip_msg_hdr_add(m, "Bad:Name", "x"), FSIP_EINVAL);
    assert_int_equal(fsip_msg_hdr_add(m, "", "x"), FSIP_EINVAL);
    assert_int_equal(fsip_msg_hdr_set(m, "Subject", "a\r\n b"), 0);
    p = reparse(m, NULL);
    assert_view(fsip_msg_hdr_find(p, "Subject")->value, "a\r\n b");
    fsip_msg_free(p);
    fsip_msg_free(m);
}

/* A proxy edits a received request: new top Via, Route consumed,
 * Max-Forwards decremented, Record-Route added (RFC 3261 §16.6). */
static void test_edit_parsed(void **state)
{
    (void)state;
    fsip_msg *m = test_parse_ok("INVITE sip:bob@biloxi.com SIP/2.0\r\n"
                                "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK1\r\n"
                                "Max-Forwards: 70\r\n"
                                "Route: <sip:p1.example.com;lr>, <sip:p2.example.com;lr>\r\n"
                                "To: <sip:bob@biloxi.com>\r\n"
                                "From: <sip:alice@atlanta.com>;tag=1\r\n"
                                "Call-ID: edit@pc33\r\n"
                                "CSeq: 1 INVITE\r\n"
                                "Content-Type: text/plain\r\n"
                                "Content-Length: 5\r\n\r\nhello");
    assert_int_equal(fsip_msg_hdr_prepend(m, "Via", "SIP/2.0/UDP p1.example.com;branch=z9hG4bKp1"),
                     0);
    assert_int_equal(fsip_msg_hdr_remove(m, "Route"), 2);
    assert_int_equal(fsip_msg_hdr_set(m, "Max-Forwards", "69"), 0);
    assert_int_equal(fsip_msg_hdr_add(m, "Record-Route", "<sip:p1.example.com;lr>"), 0);
    /* the parsed views stay valid */
    assert_view(fsip_msg_call_id(m), "edit@pc33");
    assert_view(fsip_msg_body(m), "hello");
    assert_null(fsip_msg_hdr_first(m, FSIP_HDR_ROUTE));
    char *text;
    fsip_msg *p = reparse(m, &text);
    assert_int_equal(fsip_msg_hdr_count_id(p, FSIP_HDR_VIA), 2);
    assert_view(fsip_msg_via(p)->host, "p1.example.com");
    assert_int_equal(fsip_msg_hdr_count_id(p, FSIP_HDR_ROUTE), 0);
    assert_int_equal(fsip_msg_max_forwards(p), 69);
    assert_int_equal(fsip_msg_hdr_count_id(p, FSIP_HDR_MAX_FORWARDS), 1);
    assert_int_equal(fsip_msg_hdr_count_id(p, FSIP_HDR_RECORD_ROUTE), 1);
    assert_view(fsip_msg_body(p), "hello");
    assert_int_equal(fsip_msg_content_length(p), 5);
    assert_view(fsip_msg_call_id(p), "edit@pc33");
    free(text);
    fsip_msg_free(p);
    fsip_msg_free(m);
}

static void test_set_body(void **state)
{
    (void)state;
    fsip_msg *m = build_invite();
    /* A stale Content-Length header never wins over the body. */
    assert_int_equal(fsip_msg_hdr_add(m, "Content-Length", "999"), 0);
    char *text;
    fsip_msg *p = reparse(m, &text);
    assert_int_equal(fsip_msg_content_length(p), (int64_t)strlen(sdp));
    assert_int_equal(count_lines_starting(text, "Content-Length:"), 1);
    free(text);
    fsip_msg_free(p);

    static const char bin[] = "a\0b\r\n\r\nc";
    assert_int_equal(fsip_msg_set_body(m, "application/octet-stream", bin, sizeof(bin) - 1), 0);
    p = reparse(m, &text);
    assert_int_equal(fsip_msg_content_length(p), 8);
    assert_view_n(fsip_msg_body(p), bin, 8);
    assert_view(fsip_msg_hdr_first(p, FSIP_HDR_CONTENT_TYPE)->p.media->subtype, "octet-stream");
    assert_int_equal(fsip_msg_hdr_count_id(p, FSIP_HDR_CONTENT_TYPE), 1);
    free(text);
    fsip_msg_free(p);

    assert_int_equal(fsip_msg_set_body(m, NULL, NULL, 0), 0);
    p = reparse(m, &text);
    assert_int_equal(fsip_msg_content_length(p), 0);
    assert_int_equal(fsip_msg_body(p).len, 0);
    assert_null(fsip_msg_hdr_first(p, FSIP_HDR_CONTENT_TYPE));
    assert_int_equal(count_lines_starting(text, "Content-Length: 0"), 1);
    free(text);
    fsip_msg_free(p);
    fsip_msg_free(m);

    /* A message built without a body still prints Content-Length: 0. */
    m = fsip_msg_new_request("OPTIONS", "sip:bob@biloxi.com", test_alloc);
    size_t len;
    text = test_print(m, &len);
    assert_int_equal(count_lines_starting(text, "Content-Length: 0"), 1);
    assert_non_null(strstr(text, "\r\n\r\n"));
    assert_int_equal(strcmp(text + len - 4, "\r\n\r\n"), 0);
    free(text);
    fsip_msg_free(m);
}

static void test_new_response(void **state)
{
    (void)state;
    static const char req[] = "INVITE sip:bob@biloxi.com SIP/2.0\r\n"
                              "Via: SIP/2.0/UDP proxy.example.com;branch=z9hG4bKp1, "
                              "SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds"
                              ";received=192.0.2.101\r\n"
                              "Max-Forwards: 69\r\n"
                              "To: Bob <sip:bob@biloxi.com>\r\n"
                              "From: Alice <sip:alice@atlanta.com>;tag=1928301774\r\n"
                              "Call-ID: a84b4c76e66710@pc33.atlanta.com\r\n"
                              "CSeq: 314159 INVITE\r\n"
                              "Contact: <sip:alice@pc33.atlanta.com>\r\n"
                              "Record-Route: <sip:proxy.example.com;lr>\r\n"
                              "Content-Length: 0\r\n\r\n";
    fsip_msg *rq = test_parse_ok(req);
    fsip_msg *rs = fsip_msg_new_response(180, NULL, rq, test_alloc);
    assert_non_null(rs);
    assert_false(fsip_msg_is_request(rs));
    assert_int_equal(fsip_msg_status(rs), 180);
    assert_view(fsip_msg_reason(rs), "Ringing");
    assert_int_equal(fsip_msg_hdr_add(rs, "Contact", "<sip:bob@192.0.2.4>"), 0);
    char *text;
    fsip_msg *p = reparse(rs, &text);
    assert_int_equal(strncmp(text, "SIP/2.0 180 Ringing\r\n", 21), 0);
    assert_int_equal(fsip_msg_status(p), 180);
    assert_int_equal(fsip_msg_hdr_count_id(p, FSIP_HDR_VIA), 2);
    assert_view(fsip_msg_via(p)->host, "proxy.example.com");
    assert_view(fsip_msg_hdr_next(p, fsip_msg_hdr_first(p, FSIP_HDR_VIA))->p.via->received,
                "192.0.2.101");
    assert_view(fsip_msg_from(p)->tag, "1928301774");
    assert_view(fsip_msg_to(p)->display, "Bob");
    assert_view_null(fsip_msg_to(p)->tag);
    assert_view(fsip_msg_call_id(p), "a84b4c76e66710@pc33.atlanta.com");
    assert_int_equal(fsip_msg_cseq(p)->seq, 314159);
    assert_int_equal(fsip_msg_cseq(p)->method, FSIP_METHOD_INVITE);
    /* only what §8.2.6.2 lists is copied */
    assert_int_equal(fsip_msg_max_forwards(p), -1);
    assert_int_equal(fsip_msg_hdr_count_id(p, FSIP_HDR_RECORD_ROUTE), 0);
    assert_view(fsip_msg_hdr_first(p, FSIP_HDR_CONTACT)->p.addr->uri.host, "192.0.2.4");
    free(text);
    fsip_msg_free(p);
    fsip_msg_free(rs);

    /* The response does not borrow from the request. */
    rs = fsip_msg_new_response(200, "Fine", rq, test_alloc);
    fsip_msg_free(rq);
    assert_view(fsip_msg_reason(rs), "Fine");
    p = reparse(rs, NULL);
    assert_view(fsip_msg_call_id(p), "a84b4c76e66710@pc33.atlanta.com");
    assert_view(fsip_msg_reason(p), "Fine");
    fsip_msg_free(p);
    fsip_msg_free(rs);

    static const struct {
        int code;
        const char *phrase;
    } std[] = {{100, "Trying"},
               {200, "OK"},
               {404, "Not Found"},
               {486, "Busy Here"},
               {481, "Call/Transaction Does Not Exist"},
               {503, "Service Unavailable"}};
    for (size_t i = 0; i < sizeof(std) / sizeof(std[0]); i++) {
        rs = fsip_msg_new_response(std[i].code, NULL, NULL, test_alloc);
        assert_non_null(rs);
        assert_view_s(fsip_msg_reason(rs), std[i].phrase);
        fsip_msg_free(rs);
    }
    assert_null(fsip_msg_new_response(99, NULL, NULL, test_alloc));
    assert_null(fsip_msg_new_response(700, NULL, NULL, test_alloc));
    /* A reason phrase cannot hold a line break (it would inject headers). */
    rs = fsip_msg_new_response(200, "OK\r\nX-Injected: 1", NULL, test_alloc);
    fsip_msg_free(rs);
    assert_null(rs);
}

/* Parsed messages print back into messages with the same fields, and
 * print(parse(print(m))) == print(m). */
static void roundtrip(const char *text)
{
    fsip_msg *a = test_parse_ok(text);
    char *t1;
    fsip_msg *b = reparse(a, &t1);
    char *t2;
    fsip_msg *c = reparse(b, &t2);
    if (strcmp(t1, t2) != 0) fail_msg("printing is not stable:\n%s\n---\n%s", t1, t2);
    /* Same values, in the same order, with the same ids. */
    assert_int_equal(fsip_msg_hdr_count(a), fsip_msg_hdr_count(b));
    for (uint32_t i = 0; i < fsip_msg_hdr_count(a); i++) {
        const fsip_hdr *ha = fsip_msg_hdr_at(a, i), *hb = fsip_msg_hdr_at(b, i);
        assert_int_equal(ha->id, hb->id);
        /* typed headers may print under their full name; others as written */
        if (ha->id == FSIP_HDR_OTHER) assert_true(fsip_str_caseeq_str(ha->name, hb->name));
        if (ha->id == FSIP_HDR_CONTENT_LENGTH) continue;
        if (!(ha->flags & FSIP_HDR_F_FOLDED)) assert_view_s(hb->value, test_cstr(ha->value));
    }
    assert_int_equal(fsip_msg_is_request(a), fsip_msg_is_request(b));
    if (fsip_msg_is_request(a)) {
        assert_view_s(fsip_msg_method_name(b), test_cstr(fsip_msg_method_name(a)));
        assert_true(fsip_uri_equal(fsip_msg_request_uri(a), fsip_msg_request_uri(b)));
    } else {
        assert_int_equal(fsip_msg_status(a), fsip_msg_status(b));
        assert_view_s(fsip_msg_reason(b), test_cstr(fsip_msg_reason(a)));
    }
    fsip_str ba = fsip_msg_body(a), bb = fsip_msg_body(b);
    assert_int_equal(ba.len, bb.len);
    if (ba.len) assert_memory_equal(ba.ptr, bb.ptr, ba.len);
    free(t1);
    free(t2);
    fsip_msg_free(a);
    fsip_msg_free(b);
    fsip_msg_free(c);
}

static void test_parse_print_roundtrip(void **state)
{
    (void)state;
    roundtrip("INVITE sip:bob@biloxi.com;transport=tcp SIP/2.0\r\n"
              "v: SIP/2.0/UDP a.example.com;branch=z9hG4bK1 , SIP/2.0/UDP b.example.com"
              ";branch=z9hG4bK2;rport\r\n"
              "Max-Forwards:70\r\n"
              "t: Bob <sip:bob@biloxi.com>\r\n"
              "f: \"Alice\" <sip:alice@atlanta.com>;tag=1928301774\r\n"
              "i: a84b4c76e66710@pc33.atlanta.com\r\n"
              "CSeq: 314159 INVITE\r\n"
              "Subject: folded\r\n value\r\n"
              "k: 100rel, timer\r\n"
              "X-Unknown: ;;,,\r\n"
              "c: application/sdp\r\n"
              "l: 4\r\n"
              "\r\n"
              "v=0\r\n");
    roundtrip("SIP/2.0 183 Session Progress\r\n"
              "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds;received=192.0.2.101\r\n"
              "To: Bob <sip:bob@biloxi.com>;tag=a6c85cf\r\n"
              "From: Alice <sip:alice@atlanta.com>;tag=1928301774\r\n"
              "Call-ID: a84b4c76e66710@pc33.atlanta.com\r\n"
              "CSeq: 314159 INVITE\r\n"
              "RSeq: 1\r\n"
              "Require: 100rel\r\n"
              "Record-Route: <sip:p1.example.com;lr>, <sip:p2.example.com;lr>\r\n"
              "Content-Length: 0\r\n\r\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_new_request_roundtrip), FSIP_TEST(test_hdr_edit),
        FSIP_TEST(test_edit_parsed),           FSIP_TEST(test_set_body),
        FSIP_TEST(test_new_response),          FSIP_TEST(test_parse_print_roundtrip),
    };
    return cmocka_run_group_tests_name("build", tests, NULL, NULL);
}
