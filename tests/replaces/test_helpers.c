/* The Replaces / Refer-To helpers of fsip/transfer.h: one builder, and the
 * message parser reads back exactly what it wrote (RFC 3891 §6.1,
 * RFC 3261 §19.1.1 escaping of a URI header value). */
#include <stdio.h>
#include <string.h>

#include "fsip/transfer.h"
#include "testsip.h"

/* The URI inside "<...>" of a Refer-To value, parsed (headers allowed). */
static void parse_inner(const char *refer_to, fsip_uri *u)
{
    size_t n = strlen(refer_to);
    assert_true(n > 2 && refer_to[0] == '<' && refer_to[n - 1] == '>');
    assert_int_equal(fsip_uri_parse(refer_to + 1, n - 2, 0, test_alloc, u, NULL), 0);
}

/* value -> INVITE with "Replaces: value" parsed by fsip_msg_parse: the
 * fields the parser gives. */
static void parse_in_message(const char *value, const char *call_id, const char *to_tag,
                             const char *from_tag, bool early)
{
    char msg[2048];
    int n = snprintf(msg, sizeof msg,
                     "INVITE sip:alice@192.0.2.1 SIP/2.0\r\n"
                     "Via: SIP/2.0/UDP 192.0.2.2;branch=z9hG4bKrt1\r\n"
                     "Max-Forwards: 70\r\n"
                     "From: <sip:carol@example.com>;tag=c1\r\n"
                     "To: <sip:alice@example.com>\r\n"
                     "Call-ID: rt-1@192.0.2.2\r\n"
                     "CSeq: 1 INVITE\r\n"
                     "Contact: <sip:carol@192.0.2.2>\r\n"
                     "Replaces: %s\r\n"
                     "Content-Length: 0\r\n\r\n",
                     value);
    assert_true(n > 0 && (size_t)n < sizeof msg);
    fsip_msg *m = test_parse_ok(msg);
    const fsip_hdr *h = fsip_msg_hdr_first(m, FSIP_HDR_REPLACES);
    assert_non_null(h);
    assert_non_null(h->p.replaces);
    assert_view_s(h->p.replaces->call_id, call_id);
    assert_view_s(h->p.replaces->to_tag, to_tag);
    assert_view_s(h->p.replaces->from_tag, from_tag);
    assert_int_equal(h->p.replaces->early_only, early);
    fsip_msg_free(m);
}

/* format -> Refer-To -> URI parse -> fsip_refer_to_replaces gives back
 * the same dialog; the value also parses as a header of a message. */
static void round_trip(const char *uri, const char *call_id, const char *to_tag,
                       const char *from_tag, bool early)
{
    char rep[512], rt[1024], buf[1024];
    int n = fsip_replaces_format(rep, sizeof rep, call_id, to_tag, from_tag, early);
    assert_true(n > 0);
    assert_int_equal((size_t)n, strlen(rep));
    parse_in_message(rep, call_id, to_tag, from_tag, early);
    n = fsip_refer_to_format(rt, sizeof rt, uri, rep);
    assert_true(n > 0);
    assert_int_equal((size_t)n, strlen(rt));
    /* Escaped: nothing of the value reads as URI syntax. */
    const char *q = strstr(rt, "Replaces=");
    assert_non_null(q);
    assert_null(strpbrk(q + 9, ";=@?& \"<"));
    fsip_uri u;
    parse_inner(rt, &u);
    fsip_replaces r;
    assert_int_equal(fsip_refer_to_replaces(&u, buf, sizeof buf, &r), 1);
    assert_view_s(r.call_id, call_id);
    assert_view_s(r.to_tag, to_tag);
    assert_view_s(r.from_tag, from_tag);
    assert_int_equal(r.early_only, early);
    /* The views point into buf. */
    assert_true(r.call_id.ptr >= buf && r.call_id.ptr < buf + sizeof buf);
    fsip_uri_release(&u, test_alloc);
}

static void test_format_value(void **state)
{
    (void)state;
    char out[128];
    int n =
        fsip_replaces_format(out, sizeof out, "12345@192.168.118.3", "12345", "5FFE-3994", false);
    assert_string_equal(out, "12345@192.168.118.3;to-tag=12345;from-tag=5FFE-3994");
    assert_int_equal(n, (int)strlen(out));
    n = fsip_replaces_format(out, sizeof out, "a@b", "t", "f", true);
    assert_string_equal(out, "a@b;to-tag=t;from-tag=f;early-only");
    assert_int_equal(n, (int)strlen(out));
    /* Exactly the room for it (NUL included), and one byte less. */
    assert_int_equal(fsip_replaces_format(out, 35, "a@b", "t", "f", true), 34);
    assert_int_equal(fsip_replaces_format(out, 34, "a@b", "t", "f", true), FSIP_ELIMIT);
}

static void test_format_refer_to(void **state)
{
    (void)state;
    char out[256];
    /* The shape of RFC 3891's and RFC 5589 §7's examples. */
    int n = fsip_refer_to_format(out, sizeof out, "sips:bob@atlanta.example.com",
                                 "12345@192.168.118.3;to-tag=12345;from-tag=5FFE-3994");
    assert_string_equal(out, "<sips:bob@atlanta.example.com?Replaces=12345%40192.168.118.3%3Bto-"
                             "tag%3D12345%3Bfrom-tag%3D5FFE-3994>");
    assert_int_equal(n, (int)strlen(out));
    /* No Replaces: the URI in <>. */
    n = fsip_refer_to_format(out, sizeof out, "sip:bob@example.com", NULL);
    assert_string_equal(out, "<sip:bob@example.com>");
    assert_int_equal(n, 21);
    /* Existing ?headers are kept; Replaces joins them with '&'. */
    n = fsip_refer_to_format(out, sizeof out, "sip:bob@example.com?Subject=hi",
                             "a@b;to-tag=t;from-tag=f");
    assert_string_equal(
        out, "<sip:bob@example.com?Subject=hi&Replaces=a%40b%3Bto-tag%3Dt%3Bfrom-tag%3Df>");
    /* Too small: FSIP_ELIMIT, whatever the cut. */
    for (size_t cap = 0; cap < 22; cap++)
        assert_int_equal(fsip_refer_to_format(out, cap, "sip:bob@example.com", NULL), FSIP_ELIMIT);
    assert_int_equal(fsip_refer_to_format(out, 22, "sip:bob@example.com", NULL), 21);
    /* Not a URI, already in <>, a value that is not a Replaces, two. */
    assert_int_equal(fsip_refer_to_format(out, sizeof out, "<sip:bob@example.com>", NULL),
                     FSIP_EINVAL);
    assert_int_equal(fsip_refer_to_format(out, sizeof out, "sip:bob@exa mple.com", NULL),
                     FSIP_EINVAL);
    assert_int_equal(fsip_refer_to_format(out, sizeof out, "", NULL), FSIP_EINVAL);
    assert_int_equal(fsip_refer_to_format(out, sizeof out, "sip:b@x", "a@b;to-tag=t"), FSIP_EINVAL);
    assert_int_equal(fsip_refer_to_format(out, sizeof out, "sip:b@x", "a b;to-tag=t;from-tag=f"),
                     FSIP_EINVAL);
    assert_int_equal(fsip_refer_to_format(out, sizeof out,
                                          "sip:b@x?Replaces=a%40b%3Bto-tag%3Dt%3Bfrom-tag%3Df",
                                          "c@d;to-tag=t;from-tag=f"),
                     FSIP_EINVAL);
}

static void test_round_trip(void **state)
{
    (void)state;
    round_trip("sip:bob@192.0.2.2:5070", "12345@192.168.118.3", "12345", "5FFE-3994", false);
    round_trip("sip:bob@192.0.2.2:5070", "12345@192.168.118.3", "12345", "5FFE-3994", true);
    /* Call-IDs with '@', '%' and the other word characters (RFC 3261
     * §25.1 callid = word ["@" word]); tags with every token mark. */
    round_trip("sip:bob@example.com", "a%b!c*d_e+f`g'h~i(j)k<l>m:n\\o\"p/q[r]s?t{u}v@host.example",
               "tag-._!%*+`'~", "9x", false);
    round_trip("sip:bob@example.com", "%25%40", "%3B", "f%20", true);
    round_trip("sips:bob@example.com;transport=tcp?Subject=hello&Priority=urgent", "x@y", "t1",
               "f1", false);
    /* A tel: URI carries no headers (RFC 3261 §19.1.1). */
    char out[128];
    assert_int_equal(
        fsip_refer_to_format(out, sizeof out, "tel:+15551234", "x;to-tag=t;from-tag=f"),
        FSIP_EINVAL);
    assert_int_equal(fsip_refer_to_format(out, sizeof out, "tel:+15551234", NULL), 15);
    assert_string_equal(out, "<tel:+15551234>");
}

static void test_format_rejects(void **state)
{
    (void)state;
    char out[256];
    /* A Call-ID with ';', '=', ',', SP, or two '@' would read back as
     * something else; empty parts are no Replaces. */
    const char *bad_ids[] = {"a;b@c", "a=b",    "a b", "a,b",  "a@b@c", "@b",
                             "a@",    "a\r\nb", "",    "a\tb", "é@b"};
    for (size_t i = 0; i < sizeof bad_ids / sizeof bad_ids[0]; i++) {
        int rc = fsip_replaces_format(out, sizeof out, bad_ids[i], "t", "f", false);
        if (rc != FSIP_EINVAL) fail_msg("Call-ID \"%s\": %d", bad_ids[i], rc);
        assert_string_equal(out, "");
    }
    const char *bad_tags[] = {"", "a;b", "a=b", "a b", "a@b", "a,b", "t;early-only"};
    for (size_t i = 0; i < sizeof bad_tags / sizeof bad_tags[0]; i++) {
        assert_int_equal(fsip_replaces_format(out, sizeof out, "id@h", bad_tags[i], "f", false),
                         FSIP_EINVAL);
        assert_int_equal(fsip_replaces_format(out, sizeof out, "id@h", "t", bad_tags[i], false),
                         FSIP_EINVAL);
    }
    assert_int_equal(fsip_replaces_format(out, sizeof out, NULL, "t", "f", false), FSIP_EINVAL);
    assert_int_equal(fsip_replaces_format(out, sizeof out, "a", NULL, "f", false), FSIP_EINVAL);
    assert_int_equal(fsip_replaces_format(out, sizeof out, "a", "t", NULL, false), FSIP_EINVAL);
}

static int refer_to_replaces(const char *uri, fsip_replaces *r)
{
    fsip_uri u;
    assert_int_equal(fsip_uri_parse(uri, strlen(uri), 0, test_alloc, &u, NULL), 0);
    char buf[256];
    int rc = fsip_refer_to_replaces(&u, buf, sizeof buf, r);
    fsip_uri_release(&u, test_alloc);
    return rc;
}

static void test_refer_to_parse(void **state)
{
    (void)state;
    fsip_replaces r;
    /* None. */
    assert_int_equal(refer_to_replaces("sip:bob@example.com", &r), 0);
    assert_int_equal(refer_to_replaces("sip:bob@example.com?Subject=x", &r), 0);
    /* The header name is case-insensitive; other headers around it. */
    assert_int_equal(
        refer_to_replaces("sip:bob@example.com?a=b&rEpLaCeS=x%40y%3bto-tag%3dT%3bfrom-tag%3dF&c=d",
                          &r),
        1);
    assert_int_equal(r.call_id.len, 3);
    assert_int_equal(memcmp(r.call_id.ptr, "x@y", 3), 0);
    assert_int_equal(memcmp(r.to_tag.ptr, "T", 1), 0);
    assert_int_equal(memcmp(r.from_tag.ptr, "F", 1), 0);
    assert_false(r.early_only);
    /* Decoded once: %2540 is the three characters "%40" in the Call-ID. */
    assert_int_equal(refer_to_replaces("sip:b@x?Replaces=a%2540b%3Bto-tag%3Dt%3Bfrom-tag%3Df", &r),
                     1);
    assert_int_equal(r.call_id.len, 5);
    assert_int_equal(memcmp(r.call_id.ptr, "a%40b", 5), 0);
    /* Errors: no to-tag / from-tag (RFC 3891 §6.1), two Replaces, no
     * value, a bad escape, an escaped CRLF or SP, a Call-ID with SP. */
    const char *bad[] = {
        "sip:b@x?Replaces=a%40b%3Bto-tag%3Dt",
        "sip:b@x?Replaces=a%40b%3Bfrom-tag%3Df",
        "sip:b@x?Replaces=a%3Bto-tag%3Dt%3Bfrom-tag%3Df&Replaces=b%3Bto-tag%3Dt%3Bfrom-tag%3Df",
        "sip:b@x?Replaces=",
        "sip:b@x?Replaces=a%3Bto-tag%3Dt%3Bfrom-tag%3Df%0D%0A%20X",
        "sip:b@x?Replaces=a%20b%3Bto-tag%3Dt%3Bfrom-tag%3Df",
        "sip:b@x?Replaces=%20a%3Bto-tag%3Dt%3Bfrom-tag%3Df",
        "sip:b@x?Replaces=a%00%3Bto-tag%3Dt%3Bfrom-tag%3Df",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int rc = refer_to_replaces(bad[i], &r);
        if (rc != FSIP_EPARSE) fail_msg("%s: %d", bad[i], rc);
    }
    /* A bad escape (the URI parser lets none through: a hand-made URI). */
    fsip_param hp = {{"Replaces", 8}, {"a%3Bto-tag%3Dt%3Bfrom-tag%3Df%4", 31}};
    fsip_uri hand;
    memset(&hand, 0, sizeof hand);
    hand.scheme = FSIP_URI_SIP;
    hand.headers = (fsip_params){&hp, 1};
    char hbuf[64];
    assert_int_equal(fsip_refer_to_replaces(&hand, hbuf, sizeof hbuf, &r), FSIP_EPARSE);
    hp.value.len = 29; /* without the "%4": fine */
    assert_int_equal(fsip_refer_to_replaces(&hand, hbuf, sizeof hbuf, &r), 1);
    /* buf smaller than the escaped value. */
    fsip_uri u;
    const char *uri = "sip:b@x?Replaces=a%3Bto-tag%3Dt%3Bfrom-tag%3Df";
    assert_int_equal(fsip_uri_parse(uri, strlen(uri), 0, test_alloc, &u, NULL), 0);
    char small[8];
    assert_int_equal(fsip_refer_to_replaces(&u, small, sizeof small, &r), FSIP_ELIMIT);
    fsip_uri_release(&u, test_alloc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_format_value),   FSIP_TEST(test_format_refer_to), FSIP_TEST(test_round_trip),
        FSIP_TEST(test_format_rejects), FSIP_TEST(test_refer_to_parse),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
