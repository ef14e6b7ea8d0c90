/* Message-level parsing: start lines, header names (compact forms, case),
 * folding and fsip_str_unfold(), list splitting and repeated headers,
 * bodies in datagram and stream mode, and the small helpers (fsip_strerror,
 * fsip_hdr_lookup/name, fsip_method_*, fsip_str_*). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testsip.h"

#define HDRS                                                                                       \
    "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds\r\n"                                \
    "Max-Forwards: 70\r\n"                                                                         \
    "To: Bob <sip:bob@biloxi.com>\r\n"                                                             \
    "From: Alice <sip:alice@atlanta.com>;tag=1928301774\r\n"                                       \
    "Call-ID: a84b4c76e66710@pc33.atlanta.com\r\n"                                                 \
    "CSeq: 314159 INVITE\r\n"

#define RHDRS                                                                                      \
    "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds;received=192.0.2.1\r\n"             \
    "To: Bob <sip:bob@biloxi.com>;tag=a6c85cf\r\n"                                                 \
    "From: Alice <sip:alice@atlanta.com>;tag=1928301774\r\n"                                       \
    "Call-ID: a84b4c76e66710@pc33.atlanta.com\r\n"                                                 \
    "CSeq: 314159 INVITE\r\n"

/* ------------------------------------------------------------ start line */

static void test_request_line(void **state)
{
    (void)state;
    fsip_msg *m = test_parse_ok("INVITE sip:bob@biloxi.com SIP/2.0\r\n" HDRS "Content-Length: 0\r\n"
                                "\r\n");
    assert_true(fsip_msg_is_request(m));
    assert_int_equal(fsip_msg_method(m), FSIP_METHOD_INVITE);
    assert_view(fsip_msg_method_name(m), "INVITE");
    assert_view(fsip_msg_version(m), "SIP/2.0");
    const fsip_uri *u = fsip_msg_request_uri(m);
    assert_non_null(u);
    assert_view(u->raw, "sip:bob@biloxi.com");
    assert_view(u->user, "bob");
    assert_view(u->host, "biloxi.com");
    assert_int_equal(fsip_msg_status(m), 0);
    fsip_msg_free(m);

    static const struct {
        const char *name;
        fsip_method m;
    } methods[] = {
        {"ACK", FSIP_METHOD_ACK},           {"BYE", FSIP_METHOD_BYE},
        {"CANCEL", FSIP_METHOD_CANCEL},     {"OPTIONS", FSIP_METHOD_OPTIONS},
        {"REGISTER", FSIP_METHOD_REGISTER}, {"PRACK", FSIP_METHOD_PRACK},
        {"UPDATE", FSIP_METHOD_UPDATE},     {"REFER", FSIP_METHOD_REFER},
        {"NOTIFY", FSIP_METHOD_NOTIFY},     {"SUBSCRIBE", FSIP_METHOD_SUBSCRIBE},
        {"INFO", FSIP_METHOD_INFO},         {"MESSAGE", FSIP_METHOD_MESSAGE},
        {"PUBLISH", FSIP_METHOD_PUBLISH},   {"FOO", FSIP_METHOD_OTHER},
        {"invite", FSIP_METHOD_OTHER},      {"INVITEX", FSIP_METHOD_OTHER},
    };
    for (size_t i = 0; i < sizeof(methods) / sizeof(methods[0]); i++) {
        char buf[512];
        snprintf(buf, sizeof(buf),
                 "%s sip:bob@biloxi.com SIP/2.0\r\n" HDRS "Content-Length: 0\r\n\r\n",
                 methods[i].name);
        /* keep CSeq consistent with the method */
        char *cs = strstr(buf, "CSeq: 314159 INVITE");
        char tail[256];
        snprintf(tail, sizeof(tail), "CSeq: 1 %s\r\nContent-Length: 0\r\n\r\n", methods[i].name);
        strcpy(cs, tail);
        m = test_parse_ok(buf);
        assert_int_equal(fsip_msg_method(m), methods[i].m);
        assert_view_s(fsip_msg_method_name(m), methods[i].name);
        assert_int_equal(fsip_msg_cseq(m)->method, methods[i].m);
        fsip_msg_free(m);
    }

    /* RFC 3261 §7.1: SIP-Version is case-insensitive. */
    m = test_parse_ok("INVITE sip:bob@biloxi.com sip/2.0\r\n" HDRS "Content-Length: 0\r\n\r\n");
    assert_view(fsip_msg_version(m), "sip/2.0");
    fsip_msg_free(m);

    /* Any absoluteURI, tel, sips. */
    m = test_parse_ok("INVITE tel:+1-201-555-0123 SIP/2.0\r\n" HDRS "Content-Length: 0\r\n\r\n");
    assert_int_equal(fsip_msg_request_uri(m)->scheme, FSIP_URI_TEL);
    fsip_msg_free(m);
    m = test_parse_ok("INVITE urn:service:sos SIP/2.0\r\n" HDRS "Content-Length: 0\r\n\r\n");
    assert_int_equal(fsip_msg_request_uri(m)->scheme, FSIP_URI_OTHER);
    assert_view(fsip_msg_request_uri(m)->opaque, "service:sos");
    fsip_msg_free(m);
}

static void test_request_line_errors(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "INVITE sip:bob@biloxi.com\r\n",
        "INVITE sip:bob@biloxi.com SIP/2.0 x\r\n",
        "INVITE SIP/2.0\r\n",
        "INVITE  sip:bob@biloxi.com SIP/2.0\r\n",
        "INVITE sip:bob@biloxi.com  SIP/2.0\r\n",
        "INVITE sip:bob@biloxi.com SIP/2.0 \r\n",
        " INVITE sip:bob@biloxi.com SIP/2.0\r\n",
        "INV@ITE sip:bob@biloxi.com SIP/2.0\r\n",
        "INVITE <sip:bob@biloxi.com> SIP/2.0\r\n",
        "INVITE sip:bob@biloxi.com?Subject=x SIP/2.0\r\n",
        "INVITE sip:bob@biloxi.com SIP/2\r\n",
        "INVITE sip:bob@biloxi.com SIP/.0\r\n",
        "INVITE sip:bob@biloxi.com SIP/2.0\n",
        "INVITE sip:bob@biloxi.com SIP/2.0\r",
        "INVITE bob SIP/2.0\r\n",
        "\r\n",
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        char buf[512];
        snprintf(buf, sizeof(buf), "%s" HDRS "Content-Length: 0\r\n\r\n", bad[i]);
        test_parse_err(buf, FSIP_EPARSE, "", 400);
    }
    /* RFC 3261 §8.2.2: 505 for a version the element does not speak. */
    test_parse_err("INVITE sip:bob@biloxi.com SIP/2.1\r\n" HDRS "Content-Length: 0\r\n\r\n",
                   FSIP_EPARSE, "", 505);
    test_parse_err("INVITE sip:bob@biloxi.com SIP/3.0\r\n" HDRS "Content-Length: 0\r\n\r\n",
                   FSIP_EPARSE, "", 505);
    test_parse_err("", FSIP_EPARSE, "", 400);
}

static void test_status_line(void **state)
{
    (void)state;
    fsip_msg *m = test_parse_ok("SIP/2.0 180 Ringing\r\n" RHDRS "Content-Length: 0\r\n\r\n");
    assert_false(fsip_msg_is_request(m));
    assert_int_equal(fsip_msg_status(m), 180);
    assert_view(fsip_msg_reason(m), "Ringing");
    assert_view(fsip_msg_version(m), "SIP/2.0");
    assert_null(fsip_msg_request_uri(m));
    assert_int_equal(fsip_msg_method(m), FSIP_METHOD_OTHER);
    assert_view(fsip_msg_to(m)->tag, "a6c85cf");
    fsip_msg_free(m);

    m = test_parse_ok("SIP/2.0 486 Busy Here\t(really)\r\n" RHDRS "Content-Length: 0\r\n\r\n");
    assert_int_equal(fsip_msg_status(m), 486);
    assert_view(fsip_msg_reason(m), "Busy Here\t(really)");
    fsip_msg_free(m);

    m = test_parse_ok("SIP/2.0 699 \r\n" RHDRS "Content-Length: 0\r\n\r\n");
    assert_int_equal(fsip_msg_status(m), 699);
    assert_int_equal(fsip_msg_reason(m).len, 0);
    fsip_msg_free(m);

    m = test_parse_ok("SIP/2.0 100 Trying\r\n" RHDRS "Content-Length: 0\r\n\r\n");
    assert_int_equal(fsip_msg_status(m), 100);
    fsip_msg_free(m);

    static const char *const bad[] = {
        "SIP/2.0 20 OK\r\n",       "SIP/2.0 2000 OK\r\n", "SIP/2.0 abc OK\r\n",
        "SIP/2.0 200\r\n",         "SIP/2.0  200 OK\r\n", "SIP/2.0 4294967496 OK\r\n",
        "SIP/2.0 200 O\rK\r\n",    "SIP/2.0 OK\r\n",      "SIP/2.0 099 Too small\r\n",
        "SIP/2.0 700 Too big\r\n",
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        char buf[512];
        snprintf(buf, sizeof(buf), "%s" RHDRS "Content-Length: 0\r\n\r\n", bad[i]);
        test_parse_err(buf, FSIP_EPARSE, "", 400);
    }
}

/* Parsed bytes are copied: the input buffer can be reused at once. */
static void test_input_copied(void **state)
{
    (void)state;
    static const char text[] = "INVITE sip:bob@biloxi.com SIP/2.0\r\n" HDRS
                               "Content-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello";
    char *buf = strdup(text);
    fsip_msg *m = NULL;
    fsip_parse_result r;
    assert_int_equal(test_parse(buf, strlen(buf), FSIP_PARSE_DATAGRAM, 0, &m, &r), FSIP_OK);
    memset(buf, 'X', strlen(buf));
    free(buf);
    assert_view(fsip_msg_call_id(m), "a84b4c76e66710@pc33.atlanta.com");
    assert_view(fsip_msg_body(m), "hello");
    assert_view(fsip_msg_raw(m), text);
    assert_int_equal(r.length, strlen(text));
    fsip_msg_free(m);
}

/* fsip_msg_dump() has snprintf semantics. */
static void test_dump_truncation(void **state)
{
    (void)state;
    fsip_msg *m =
        test_parse_ok("INVITE sip:bob@biloxi.com SIP/2.0\r\n" HDRS "Content-Length: 0\r\n\r\n");
    char *full = test_dump(m);
    size_t n = strlen(full);
    assert_true(n > 100);
    char small[32];
    memset(small, '#', sizeof(small));
    assert_int_equal(fsip_msg_dump(m, small, 16), n);
    assert_int_equal(small[15], '\0');
    assert_memory_equal(small, full, 15);
    assert_int_equal(small[16], '#');
    assert_int_equal(fsip_msg_dump(m, NULL, 0), n);
    free(full);
    fsip_msg_free(m);
}

/* ----------------------------------------------------------- header names */

static void test_compact_forms(void **state)
{
    (void)state;
    fsip_msg *m = test_parse_ok("REFER sip:bob@biloxi.com SIP/2.0\r\n"
                                "v: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds\r\n"
                                "Max-Forwards: 70\r\n"
                                "t: <sip:bob@biloxi.com>\r\n"
                                "f: <sip:alice@atlanta.com>;tag=1\r\n"
                                "i: abc@pc33.atlanta.com\r\n"
                                "CSeq: 1 REFER\r\n"
                                "m: <sip:alice@pc33.atlanta.com>\r\n"
                                "r: <sip:carol@chicago.com>\r\n"
                                "b: <sip:alice@atlanta.com>\r\n"
                                "k: norefersub\r\n"
                                "o: refer\r\n"
                                "x: 1800\r\n"
                                "s: hello\r\n"
                                "e: gzip\r\n"
                                "u: refer\r\n"
                                "c: text/plain\r\n"
                                "l: 2\r\n"
                                "\r\nhi");
    static const struct {
        const char *name;
        fsip_hdr_id id;
    } want[] = {
        {"v", FSIP_HDR_VIA},
        {"Max-Forwards", FSIP_HDR_MAX_FORWARDS},
        {"t", FSIP_HDR_TO},
        {"f", FSIP_HDR_FROM},
        {"i", FSIP_HDR_CALL_ID},
        {"CSeq", FSIP_HDR_CSEQ},
        {"m", FSIP_HDR_CONTACT},
        {"r", FSIP_HDR_REFER_TO},
        {"b", FSIP_HDR_REFERRED_BY},
        {"k", FSIP_HDR_SUPPORTED},
        {"o", FSIP_HDR_EVENT},
        {"x", FSIP_HDR_SESSION_EXPIRES},
        {"s", FSIP_HDR_OTHER},
        {"e", FSIP_HDR_OTHER},
        {"u", FSIP_HDR_OTHER},
        {"c", FSIP_HDR_CONTENT_TYPE},
        {"l", FSIP_HDR_CONTENT_LENGTH},
    };
    assert_int_equal(fsip_msg_hdr_count(m), sizeof(want) / sizeof(want[0]));
    for (uint32_t i = 0; i < fsip_msg_hdr_count(m); i++) {
        const fsip_hdr *h = fsip_msg_hdr_at(m, i);
        assert_non_null(h);
        assert_view_s(h->name, want[i].name);
        assert_int_equal(h->id, want[i].id);
    }
    assert_null(fsip_msg_hdr_at(m, fsip_msg_hdr_count(m)));
    assert_view(fsip_msg_call_id(m), "abc@pc33.atlanta.com");
    assert_view(fsip_msg_body(m), "hi");
    /* find by full or compact name, any case */
    assert_ptr_equal(fsip_msg_hdr_find(m, "Call-ID"), fsip_msg_hdr_first(m, FSIP_HDR_CALL_ID));
    assert_ptr_equal(fsip_msg_hdr_find(m, "I"), fsip_msg_hdr_first(m, FSIP_HDR_CALL_ID));
    assert_ptr_equal(fsip_msg_hdr_find(m, "CONTACT"), fsip_msg_hdr_first(m, FSIP_HDR_CONTACT));
    assert_ptr_equal(fsip_msg_hdr_find(m, "refer-to"), fsip_msg_hdr_first(m, FSIP_HDR_REFER_TO));
    assert_ptr_equal(fsip_msg_hdr_find(m, "Session-Expires"),
                     fsip_msg_hdr_first(m, FSIP_HDR_SESSION_EXPIRES));
    assert_view(fsip_msg_hdr_find(m, "s")->value, "hello");
    assert_view(fsip_msg_hdr_find(m, "E")->value, "gzip");
    fsip_msg_free(m);
}

static void test_hdr_lookup(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        fsip_hdr_id id;
    } t[] = {
        {"Via", FSIP_HDR_VIA},
        {"via", FSIP_HDR_VIA},
        {"VIA", FSIP_HDR_VIA},
        {"v", FSIP_HDR_VIA},
        {"V", FSIP_HDR_VIA},
        {"From", FSIP_HDR_FROM},
        {"f", FSIP_HDR_FROM},
        {"To", FSIP_HDR_TO},
        {"t", FSIP_HDR_TO},
        {"Call-ID", FSIP_HDR_CALL_ID},
        {"call-id", FSIP_HDR_CALL_ID},
        {"i", FSIP_HDR_CALL_ID},
        {"CSeq", FSIP_HDR_CSEQ},
        {"cseq", FSIP_HDR_CSEQ},
        {"Max-Forwards", FSIP_HDR_MAX_FORWARDS},
        {"Contact", FSIP_HDR_CONTACT},
        {"m", FSIP_HDR_CONTACT},
        {"Route", FSIP_HDR_ROUTE},
        {"Record-Route", FSIP_HDR_RECORD_ROUTE},
        {"Content-Length", FSIP_HDR_CONTENT_LENGTH},
        {"l", FSIP_HDR_CONTENT_LENGTH},
        {"Content-Type", FSIP_HDR_CONTENT_TYPE},
        {"c", FSIP_HDR_CONTENT_TYPE},
        {"Expires", FSIP_HDR_EXPIRES},
        {"Require", FSIP_HDR_REQUIRE},
        {"Supported", FSIP_HDR_SUPPORTED},
        {"k", FSIP_HDR_SUPPORTED},
        {"Proxy-Require", FSIP_HDR_PROXY_REQUIRE},
        {"Unsupported", FSIP_HDR_UNSUPPORTED},
        {"Allow", FSIP_HDR_ALLOW},
        {"Event", FSIP_HDR_EVENT},
        {"o", FSIP_HDR_EVENT},
        {"Subscription-State", FSIP_HDR_SUBSCRIPTION_STATE},
        {"Refer-To", FSIP_HDR_REFER_TO},
        {"r", FSIP_HDR_REFER_TO},
        {"Referred-By", FSIP_HDR_REFERRED_BY},
        {"b", FSIP_HDR_REFERRED_BY},
        {"Replaces", FSIP_HDR_REPLACES},
        {"Refer-Sub", FSIP_HDR_REFER_SUB},
        {"RSeq", FSIP_HDR_RSEQ},
        {"RAck", FSIP_HDR_RACK},
        {"rack", FSIP_HDR_RACK},
        {"Session-Expires", FSIP_HDR_SESSION_EXPIRES},
        {"x", FSIP_HDR_SESSION_EXPIRES},
        {"Min-SE", FSIP_HDR_MIN_SE},
        {"WWW-Authenticate", FSIP_HDR_WWW_AUTHENTICATE},
        {"www-authenticate", FSIP_HDR_WWW_AUTHENTICATE},
        {"Proxy-Authenticate", FSIP_HDR_PROXY_AUTHENTICATE},
        {"Authorization", FSIP_HDR_AUTHORIZATION},
        {"Proxy-Authorization", FSIP_HDR_PROXY_AUTHORIZATION},
        {"Date", FSIP_HDR_DATE},
        {"Retry-After", FSIP_HDR_RETRY_AFTER},
        /* compact forms of headers that are not typed */
        {"s", FSIP_HDR_OTHER},
        {"e", FSIP_HDR_OTHER},
        {"u", FSIP_HDR_OTHER},
        {"a", FSIP_HDR_OTHER},
        {"j", FSIP_HDR_OTHER},
        {"y", FSIP_HDR_OTHER},
        /* near misses */
        {"", FSIP_HDR_OTHER},
        {"Vi", FSIP_HDR_OTHER},
        {"Viaa", FSIP_HDR_OTHER},
        {"Via ", FSIP_HDR_OTHER},
        {"Call_ID", FSIP_HDR_OTHER},
        {"C%6Fntact", FSIP_HDR_OTHER},
        {"Contact-", FSIP_HDR_OTHER},
        {"X-Foo", FSIP_HDR_OTHER},
        {"Subject", FSIP_HDR_OTHER},
    };
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        fsip_hdr_id id = fsip_hdr_lookup(fsip_str_c(t[i].name));
        if (id != t[i].id) fail_msg("fsip_hdr_lookup('%s') = %d, want %d", t[i].name, id, t[i].id);
    }
    /* a view need not be NUL-terminated */
    assert_int_equal(fsip_hdr_lookup((fsip_str){"Viaxyz", 3}), FSIP_HDR_VIA);
    assert_int_equal(fsip_hdr_lookup((fsip_str){"ix", 1}), FSIP_HDR_CALL_ID);

    static const char *const names[FSIP_HDR__COUNT] = {
        "",
        "Via",
        "From",
        "To",
        "Call-ID",
        "CSeq",
        "Max-Forwards",
        "Contact",
        "Route",
        "Record-Route",
        "Content-Length",
        "Content-Type",
        "Expires",
        "Require",
        "Supported",
        "Proxy-Require",
        "Unsupported",
        "Allow",
        "Event",
        "Subscription-State",
        "Refer-To",
        "Referred-By",
        "Replaces",
        "Refer-Sub",
        "RSeq",
        "RAck",
        "Session-Expires",
        "Min-SE",
        "WWW-Authenticate",
        "Proxy-Authenticate",
        "Authorization",
        "Proxy-Authorization",
        "Date",
        "Retry-After",
    };
    for (int id = 0; id < FSIP_HDR__COUNT; id++) {
        assert_non_null(fsip_hdr_name((fsip_hdr_id)id));
        assert_string_equal(fsip_hdr_name((fsip_hdr_id)id), names[id]);
        if (id) assert_int_equal(fsip_hdr_lookup(fsip_str_c(names[id])), id);
    }
}

static void test_methods_and_strings(void **state)
{
    (void)state;
    static const char *const names[] = {"",        "INVITE",    "ACK",   "BYE",     "CANCEL",
                                        "OPTIONS", "REGISTER",  "PRACK", "UPDATE",  "REFER",
                                        "NOTIFY",  "SUBSCRIBE", "INFO",  "MESSAGE", "PUBLISH"};
    for (int i = 0; i <= FSIP_METHOD_PUBLISH; i++) {
        assert_string_equal(fsip_method_name((fsip_method)i), names[i]);
        if (i) assert_int_equal(fsip_method_from_str(fsip_str_c(names[i])), i);
    }
    assert_int_equal(fsip_method_from_str(fsip_str_c("Invite")), FSIP_METHOD_OTHER);
    assert_int_equal(fsip_method_from_str(fsip_str_c("")), FSIP_METHOD_OTHER);
    assert_int_equal(fsip_method_from_str((fsip_str){"BYEBYE", 3}), FSIP_METHOD_BYE);
    assert_int_equal(fsip_method_from_str(fsip_str_c("RE%47IST%45R")), FSIP_METHOD_OTHER);

    fsip_str s = fsip_str_c("Hello");
    assert_int_equal(s.len, 5);
    assert_true(fsip_str_eq(s, "Hello"));
    assert_false(fsip_str_eq(s, "hello"));
    assert_false(fsip_str_eq(s, "Hell"));
    assert_false(fsip_str_eq(s, "Hello!"));
    assert_true(fsip_str_caseeq(s, "hELLO"));
    assert_false(fsip_str_caseeq(s, "hELL"));
    assert_true(fsip_str_caseeq_str(s, fsip_str_c("HELLO")));
    assert_false(fsip_str_caseeq_str(s, (fsip_str){"HELLO!", 6}));
    assert_true(fsip_str_eq((fsip_str){"abc", 0}, ""));

    int codes[] = {FSIP_OK,     FSIP_EAGAIN, FSIP_ENOMEM,   FSIP_EPARSE,
                   FSIP_EINVAL, FSIP_ELIMIT, FSIP_ENOTFOUND};
    for (size_t i = 0; i < sizeof(codes) / sizeof(codes[0]); i++) {
        const char *e = fsip_strerror(codes[i]);
        assert_non_null(e);
        assert_true(strlen(e) > 0);
        for (size_t j = 0; j < i; j++)
            assert_string_not_equal(e, fsip_strerror(codes[j]));
    }
    assert_non_null(fsip_strerror(-1000));
    assert_non_null(fsip_strerror(42));

    fsip_parse_opts o;
    memset(&o, 0xa5, sizeof(o));
    fsip_parse_opts_init(&o);
    assert_int_equal(o.lenient, 0);
    assert_int_equal(o.max_msg_size, 65535);
    assert_int_equal(o.max_headers, 256);
    assert_int_equal(o.max_line_len, 8192);
    assert_int_equal(o.max_via, 64);
    assert_int_equal(o.max_route, 64);
    assert_true(o.alloc == NULL || o.alloc == fsip_allocator_default());
    assert_non_null(fsip_allocator_default());
}

/* ----------------------------------------------------------------- folding */

static void test_folding(void **state)
{
    (void)state;
    /* RFC 3261 §7.3.1: these two Subject values are equivalent. */
    fsip_msg *m = test_parse_ok("INVITE sip:bob@biloxi.com SIP/2.0\r\n" HDRS
                                "Subject:             I know you're there,\r\n"
                                "                     pick up the phone\r\n"
                                "                     and talk to me!\r\n"
                                "X-Tab: a\r\n\tb\r\n"
                                "Contact:\r\n <sip:alice@pc33.atlanta.com>\r\n"
                                "Content-Length: 0\r\n\r\n");
    const fsip_hdr *h = fsip_msg_hdr_find(m, "Subject");
    assert_non_null(h);
    assert_true(h->flags & FSIP_HDR_F_FOLDED);
    assert_view(h->value, "I know you're there,\r\n                     pick up the phone\r\n"
                          "                     and talk to me!");
    char out[128];
    static const char one[] = "I know you're there, pick up the phone and talk to me!";
    size_t n = fsip_str_unfold(h->value, out, sizeof(out));
    assert_int_equal(n, strlen(one));
    assert_memory_equal(out, one, n);

    h = fsip_msg_hdr_find(m, "X-Tab");
    assert_true(h->flags & FSIP_HDR_F_FOLDED);
    n = fsip_str_unfold(h->value, out, sizeof(out));
    assert_int_equal(n, 3);
    assert_memory_equal(out, "a b", 3);

    /* A value may start on a continuation line. */
    h = fsip_msg_hdr_first(m, FSIP_HDR_CONTACT);
    assert_view(h->value, "<sip:alice@pc33.atlanta.com>");
    assert_view(h->p.addr->uri.host, "pc33.atlanta.com");
    assert_false(fsip_msg_hdr_first(m, FSIP_HDR_VIA)->flags & FSIP_HDR_F_FOLDED);
    fsip_msg_free(m);

    /* Folding inside typed values. */
    m = test_parse_ok("OPTIONS sip:bob@biloxi.com SIP/2.0\r\n"
                      "Via: SIP/2.0/UDP\r\n pc33.atlanta.com\r\n ;branch=z9hG4bK776asdhds\r\n"
                      "Max-Forwards:\r\n 70\r\n"
                      "To: Bob\r\n <sip:bob@biloxi.com>\r\n"
                      "From: Alice <sip:alice@atlanta.com>\r\n\t;tag=1928301774\r\n"
                      "Call-ID: a84b4c76e66710@pc33.atlanta.com\r\n"
                      "CSeq: 314159\r\n OPTIONS\r\n"
                      "Supported: timer,\r\n 100rel\r\n"
                      "Content-Length: 0\r\n\r\n");
    assert_view(fsip_msg_via(m)->host, "pc33.atlanta.com");
    assert_view(fsip_msg_via(m)->branch, "z9hG4bK776asdhds");
    assert_true(fsip_msg_hdr_first(m, FSIP_HDR_VIA)->flags & FSIP_HDR_F_FOLDED);
    assert_int_equal(fsip_msg_max_forwards(m), 70);
    assert_view(fsip_msg_to(m)->display, "Bob");
    assert_view(fsip_msg_from(m)->tag, "1928301774");
    assert_int_equal(fsip_msg_cseq(m)->seq, 314159);
    assert_int_equal(fsip_msg_cseq(m)->method, FSIP_METHOD_OPTIONS);
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_SUPPORTED), 2);
    assert_view(fsip_msg_hdr_next(m, fsip_msg_hdr_first(m, FSIP_HDR_SUPPORTED))->value, "100rel");
    fsip_msg_free(m);

    /* A continuation line before any header is not a fold. */
    test_parse_err("INVITE sip:bob@biloxi.com SIP/2.0\r\n x: y\r\n" HDRS
                   "Content-Length: 0\r\n\r\n",
                   FSIP_EPARSE, NULL, 400);
}

static void test_unfold(void **state)
{
    (void)state;
    char out[64];
    memset(out, '#', sizeof(out));
    assert_int_equal(fsip_str_unfold(fsip_str_c("plain value"), out, sizeof(out)), 11);
    assert_memory_equal(out, "plain value", 11);
    assert_int_equal(fsip_str_unfold(fsip_str_c("a\r\n b"), out, sizeof(out)), 3);
    assert_memory_equal(out, "a b", 3);
    assert_int_equal(fsip_str_unfold(fsip_str_c("a\r\n\t\t b\r\n c"), out, sizeof(out)), 5);
    assert_memory_equal(out, "a b c", 5);
    assert_int_equal(fsip_str_unfold(fsip_str_c("a\n b"), out, sizeof(out)), 3); /* bare LF */
    assert_memory_equal(out, "a b", 3);
    assert_int_equal(fsip_str_unfold(fsip_str_c(""), out, sizeof(out)), 0);
    /* Truncation: snprintf-like return value, at most cap bytes written. */
    memset(out, '#', sizeof(out));
    assert_int_equal(fsip_str_unfold(fsip_str_c("abc\r\n def"), out, 4), 7);
    assert_memory_equal(out, "abc ", 4);
    assert_int_equal(out[4], '#');
    memset(out, '#', sizeof(out));
    assert_int_equal(fsip_str_unfold(fsip_str_c("abc\r\n def"), out, 0), 7);
    assert_int_equal(out[0], '#');
    /* Not NUL-terminated input: only len bytes. */
    assert_int_equal(fsip_str_unfold((fsip_str){"ab\r\n cd", 2}, out, sizeof(out)), 2);
}

/* ------------------------------------------------- lists, repeated headers */

static void test_lists_and_order(void **state)
{
    (void)state;
    fsip_msg *m = test_parse_ok("SIP/2.0 200 OK\r\n"
                                "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1, SIP/2.0/UDP "
                                "b.example.com;branch=z9hG4bK2\r\n"
                                "Record-Route: <sip:p1.example.com;lr>\r\n"
                                "Via: SIP/2.0/UDP c.example.com;branch=z9hG4bK3\r\n"
                                "To: Bob <sip:bob@biloxi.com>;tag=a6c85cf\r\n"
                                "From: Alice <sip:alice@atlanta.com>;tag=1928301774\r\n"
                                "Call-ID: a84b4c76e66710@pc33.atlanta.com\r\n"
                                "CSeq: 314159 INVITE\r\n"
                                "Record-Route: <sip:p2.example.com;lr>, <sip:p3.example.com;lr>\r\n"
                                "Content-Length: 0\r\n\r\n");
    assert_int_equal(fsip_msg_hdr_count(m), 11);
    static const fsip_hdr_id order[] = {
        FSIP_HDR_VIA,          FSIP_HDR_VIA,          FSIP_HDR_RECORD_ROUTE,   FSIP_HDR_VIA,
        FSIP_HDR_TO,           FSIP_HDR_FROM,         FSIP_HDR_CALL_ID,        FSIP_HDR_CSEQ,
        FSIP_HDR_RECORD_ROUTE, FSIP_HDR_RECORD_ROUTE, FSIP_HDR_CONTENT_LENGTH,
    };
    for (uint32_t i = 0; i < 11; i++)
        assert_int_equal(fsip_msg_hdr_at(m, i)->id, order[i]);
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_VIA), 3);
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_RECORD_ROUTE), 3);
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_ROUTE), 0);
    assert_null(fsip_msg_hdr_first(m, FSIP_HDR_ROUTE));
    const fsip_hdr *h = fsip_msg_hdr_first(m, FSIP_HDR_VIA);
    assert_ptr_equal(h, fsip_msg_hdr_at(m, 0));
    assert_view(h->p.via->host, "a.example.com");
    h = fsip_msg_hdr_next(m, h);
    assert_ptr_equal(h, fsip_msg_hdr_at(m, 1));
    assert_view(h->p.via->host, "b.example.com");
    h = fsip_msg_hdr_next(m, h);
    assert_ptr_equal(h, fsip_msg_hdr_at(m, 3));
    assert_view(h->p.via->host, "c.example.com");
    assert_null(fsip_msg_hdr_next(m, h));
    h = fsip_msg_hdr_first(m, FSIP_HDR_RECORD_ROUTE);
    assert_view(h->p.addr->uri.host, "p1.example.com");
    h = fsip_msg_hdr_next(m, h);
    assert_view(h->p.addr->uri.host, "p2.example.com");
    h = fsip_msg_hdr_next(m, h);
    assert_view(h->p.addr->uri.host, "p3.example.com");
    assert_null(fsip_msg_hdr_next(m, h));
    /* Response without Max-Forwards: fine. */
    assert_int_equal(fsip_msg_max_forwards(m), -1);
    assert_ptr_equal(fsip_msg_hdr_find(m, "v"), fsip_msg_hdr_at(m, 0));
    fsip_msg_free(m);
}

/* ------------------------------------------------------------------ bodies */

static void test_bodies_datagram(void **state)
{
    (void)state;
    /* No Content-Length: the body is the rest of the datagram. */
    static const char nocl[] = "INVITE sip:bob@biloxi.com SIP/2.0\r\n" HDRS
                               "Content-Type: text/plain\r\n\r\nHello\r\nworld";
    fsip_msg *m = test_parse_ok(nocl);
    assert_view(fsip_msg_body(m), "Hello\r\nworld");
    assert_int_equal(fsip_msg_content_length(m), -1);
    fsip_msg_free(m);

    /* Content-Length shorter than the datagram: the rest is discarded. */
    static const char shorter[] =
        "INVITE sip:bob@biloxi.com SIP/2.0\r\n" HDRS "Content-Length: 5\r\n\r\nHello world";
    fsip_msg *m2 = NULL;
    fsip_parse_result r;
    int rc;
    assert_int_equal(test_parse(shorter, strlen(shorter), FSIP_PARSE_DATAGRAM, 0, &m2, &r),
                     FSIP_OK);
    assert_view(fsip_msg_body(m2), "Hello");
    assert_int_equal(r.length, strlen(shorter) - 6);
    assert_int_equal(fsip_msg_raw(m2).len, r.length);
    fsip_msg_free(m2);

    /* Content-Length larger than the datagram: 400 (RFC 3261 §18.3). */
    test_parse_err("INVITE sip:bob@biloxi.com SIP/2.0\r\n" HDRS "Content-Length: 50\r\n\r\nHello",
                   FSIP_EPARSE, "Content-Length", 400);

    /* No empty line at all: not a message. */
    test_parse_err("INVITE sip:bob@biloxi.com SIP/2.0\r\n" HDRS "Content-Length: 0\r\n",
                   FSIP_EPARSE, NULL, 400);
    test_parse_err("INVITE sip:bob@biloxi.com SIP/2.0\r\n" HDRS, FSIP_EPARSE, NULL, 400);

    /* Raw bytes that are not allowed in header values. */
    static const char nul[] =
        "INVITE sip:bob@biloxi.com SIP/2.0\r\n" HDRS "Subject: a\0b\r\nContent-Length: 0\r\n\r\n";
    rc = test_parse(nul, sizeof(nul) - 1, FSIP_PARSE_DATAGRAM, 0, &m2, &r);
    if (rc == FSIP_OK) fsip_msg_free(m2);
    if (rc != FSIP_EPARSE || r.status != 400)
        fail_msg("raw NUL in a header value: rc=%d status=%d, want FSIP_EPARSE 400", rc, r.status);
    test_parse_err("INVITE sip:bob@biloxi.com SIP/2.0\r\n" HDRS
                   "Subject: a\rb\r\nContent-Length: 0\r\n\r\n",
                   FSIP_EPARSE, NULL, 400);

    /* A body may hold anything, incl. CRLFCRLF and NUL. */
    static const char bin[] =
        "INVITE sip:bob@biloxi.com SIP/2.0\r\n" HDRS "Content-Type: application/octet-stream\r\n"
        "Content-Length: 8\r\n\r\n\r\n\r\n\0\r\r\n\n";
    assert_int_equal(test_parse(bin, sizeof(bin) - 1, FSIP_PARSE_DATAGRAM, 0, &m2, &r), FSIP_OK);
    assert_view_n(fsip_msg_body(m2), "\r\n\r\n\0\r\r\n", 8);
    fsip_msg_free(m2);
}

static void test_bodies_stream(void **state)
{
    (void)state;
    static const char msg[] =
        "INVITE sip:bob@biloxi.com SIP/2.0\r\n" HDRS "Content-Length: 5\r\n\r\nHello";
    size_t len = sizeof(msg) - 1;
    fsip_msg *m = NULL;
    fsip_parse_result r;
    /* Every proper prefix needs more data. */
    for (size_t i = 0; i < len; i++) {
        int rc = test_parse(msg, i, FSIP_PARSE_STREAM, 0, &m, &r);
        if (rc != FSIP_EAGAIN) fail_msg("prefix of %zu bytes: rc=%d, want FSIP_EAGAIN", i, rc);
    }
    assert_int_equal(test_parse(msg, len, FSIP_PARSE_STREAM, 0, &m, &r), FSIP_OK);
    assert_int_equal(r.length, len);
    assert_view(fsip_msg_body(m), "Hello");
    fsip_msg_free(m);

    /* Bytes after the message belong to the next one. */
    char two[512];
    snprintf(two, sizeof(two), "%sOPTIONS sip:x SIP/2.0\r\n", msg);
    assert_int_equal(test_parse(two, strlen(two), FSIP_PARSE_STREAM, 0, &m, &r), FSIP_OK);
    assert_int_equal(r.length, len);
    assert_view(fsip_msg_raw(m), msg);
    fsip_msg_free(m);

    /* A stream needs Content-Length (RFC 3261 §18.3, §20.14). */
    static const char nocl[] = "INVITE sip:bob@biloxi.com SIP/2.0\r\n" HDRS "\r\nHello";
    assert_int_equal(test_parse(nocl, sizeof(nocl) - 1, FSIP_PARSE_STREAM, 0, &m, &r), FSIP_EPARSE);
    assert_string_equal(r.header, "Content-Length");
    assert_int_equal(r.status, 400);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_request_line),    FSIP_TEST(test_request_line_errors),
        FSIP_TEST(test_status_line),     FSIP_TEST(test_input_copied),
        FSIP_TEST(test_dump_truncation), FSIP_TEST(test_compact_forms),
        FSIP_TEST(test_hdr_lookup),      FSIP_TEST(test_methods_and_strings),
        FSIP_TEST(test_folding),         FSIP_TEST(test_unfold),
        FSIP_TEST(test_lists_and_order), FSIP_TEST(test_bodies_datagram),
        FSIP_TEST(test_bodies_stream),
    };
    return cmocka_run_group_tests_name("msg", tests, NULL, NULL);
}
