/* URI grammar (RFC 3261 §19.1, §25.1; RFC 3966 tel; absoluteURI),
 * fsip_unescape() and fsip_uri_equal() (RFC 3261 §19.1.4). */
#include <stdlib.h>
#include <string.h>

#include "fsip/uri.h"
#include "testsip.h"

/* Parses s with flags into *u (test_alloc); asserts the outcome. */
static int parse_flags(const char *s, unsigned flags, fsip_uri *u, size_t *off)
{
    memset(u, 0, sizeof(*u));
    return fsip_uri_parse(s, strlen(s), flags, test_alloc, u, off);
}

#define URI_OK(s, u)                                                                               \
    do {                                                                                           \
        size_t off_ = 0;                                                                           \
        int rc_ = parse_flags((s), 0, (u), &off_);                                                 \
        if (rc_ != 0) fail_msg("'%s': rc=%d at offset %zu", (s), rc_, off_);                       \
    } while (0)

#define URI_BAD(s, flags)                                                                          \
    do {                                                                                           \
        fsip_uri u_;                                                                               \
        size_t off_ = 9999;                                                                        \
        int rc_ = parse_flags((s), (flags), &u_, &off_);                                           \
        if (rc_ == 0) {                                                                            \
            fsip_uri_release(&u_, test_alloc);                                                     \
            fail_msg("'%s' should not parse", (s));                                                \
        }                                                                                          \
        assert_int_equal(rc_, FSIP_EPARSE);                                                        \
        assert_true(off_ <= strlen(s));                                                            \
    } while (0)

static void release(fsip_uri *u)
{
    fsip_uri_release(u, test_alloc);
}

static void test_sip_basic(void **state)
{
    (void)state;
    fsip_uri u;
    URI_OK("sip:alice:secretword@atlanta.com;transport=tcp", &u);
    assert_int_equal(u.scheme, FSIP_URI_SIP);
    assert_view(u.scheme_s, "sip");
    assert_view(u.raw, "sip:alice:secretword@atlanta.com;transport=tcp");
    assert_view(u.user, "alice");
    assert_view(u.password, "secretword");
    assert_view(u.host, "atlanta.com");
    assert_int_equal(u.host_type, FSIP_HOST_NAME);
    assert_int_equal(u.port, 0);
    assert_int_equal(u.params.n, 1);
    assert_param(&u.params, "transport", "tcp");
    assert_param(&u.params, "TRANSPORT", "tcp"); /* names compare case-insensitively */
    assert_int_equal(u.headers.n, 0);
    assert_view_null(u.opaque);
    release(&u);

    URI_OK("sips:alice@atlanta.com?subject=project%20x&priority=urgent", &u);
    assert_int_equal(u.scheme, FSIP_URI_SIPS);
    assert_view_null(u.password);
    assert_int_equal(u.headers.n, 2);
    assert_view(u.headers.v[0].name, "subject");
    assert_view(u.headers.v[0].value, "project%20x");
    assert_view(u.headers.v[1].name, "priority");
    assert_view(u.headers.v[1].value, "urgent");
    release(&u);

    URI_OK("sip:+1-212-555-1212:1234@gateway.com;user=phone", &u);
    assert_view(u.user, "+1-212-555-1212");
    assert_view(u.password, "1234");
    assert_param(&u.params, "user", "phone");
    release(&u);

    URI_OK("sips:1212@gateway.com", &u);
    assert_view(u.user, "1212");
    release(&u);

    URI_OK("sip:alice@192.0.2.4", &u);
    assert_int_equal(u.host_type, FSIP_HOST_IPV4);
    assert_view(u.host, "192.0.2.4");
    release(&u);

    URI_OK("sip:atlanta.com;method=REGISTER?to=alice%40atlanta.com", &u);
    assert_view_null(u.user);
    assert_view(u.host, "atlanta.com");
    assert_param(&u.params, "method", "REGISTER");
    assert_int_equal(u.headers.n, 1);
    assert_unescaped(u.headers.v[0].value, "alice@atlanta.com");
    release(&u);

    URI_OK("sip:alice;day=tuesday@atlanta.com", &u);
    assert_view(u.user, "alice;day=tuesday");
    assert_int_equal(u.params.n, 0);
    release(&u);

    /* Scheme is case-insensitive (RFC 3261 §19.1.4) and kept as written. */
    URI_OK("SIP:bob@Biloxi.COM:5062", &u);
    assert_int_equal(u.scheme, FSIP_URI_SIP);
    assert_view(u.scheme_s, "SIP");
    assert_view(u.host, "Biloxi.COM");
    assert_int_equal(u.port, 5062);
    release(&u);

    URI_OK("SiPs:bob@biloxi.com", &u);
    assert_int_equal(u.scheme, FSIP_URI_SIPS);
    release(&u);

    /* hostname may end with a dot; toplabel may hold '-' */
    URI_OK("sip:a@example.com.", &u);
    assert_view(u.host, "example.com.");
    release(&u);
    URI_OK("sip:a@my-host.x-y.example", &u);
    assert_int_equal(u.host_type, FSIP_HOST_NAME);
    release(&u);
    URI_OK("sip:h:65535", &u);
    assert_int_equal(u.port, 65535);
    release(&u);
    /* A password may be empty ("user:" is allowed by userinfo). */
    URI_OK("sip:alice:@atlanta.com", &u);
    assert_view(u.user, "alice");
    assert_non_null(u.password.ptr);
    assert_int_equal(u.password.len, 0);
    release(&u);
}

static void test_params(void **state)
{
    (void)state;
    fsip_uri u;
    URI_OK("sip:p1.example.com;lr;maddr=239.255.255.1;ttl=15;x;transport=udp;method=INVITE", &u);
    assert_int_equal(u.params.n, 6);
    assert_view(u.params.v[0].name, "lr");
    assert_view_null(u.params.v[0].value);
    assert_param(&u.params, "maddr", "239.255.255.1");
    assert_param(&u.params, "ttl", "15");
    assert_param(&u.params, "x", NULL);
    assert_param(&u.params, "transport", "udp");
    assert_param(&u.params, "method", "INVITE");
    assert_no_param(&u.params, "user");
    assert_null(fsip_params_find(&u.params, "l"));
    release(&u);

    /* Escapes in pname/pvalue are kept escaped. */
    URI_OK("sip:a@b;%6C%72;n%61me=v%61lue", &u);
    assert_view(u.params.v[0].name, "%6C%72");
    assert_view(u.params.v[1].value, "v%61lue");
    release(&u);

    /* param-unreserved "[]/:&+$" in pname/pvalue */
    URI_OK("sip:a@b;x=[]/:&+$;y", &u);
    assert_param(&u.params, "x", "[]/:&+$");
    release(&u);

    /* Header without value: hvalue may be empty. */
    URI_OK("sip:a@b?Subject=&Priority=urgent", &u);
    assert_int_equal(u.headers.n, 2);
    assert_non_null(u.headers.v[0].value.ptr);
    assert_int_equal(u.headers.v[0].value.len, 0);
    release(&u);

    /* pvalue = 1*paramchar: "x=" is not a parameter. */
    URI_BAD("sip:a@b;x=", 0);
    URI_BAD("sip:a@b;", 0);
    URI_BAD("sip:a@b;;lr", 0);
    URI_BAD("sip:a@b;a b", 0);
}

static void test_headers_component(void **state)
{
    (void)state;
    fsip_uri u;
    static const char rt[] = "sip:user@example.com?Route=%3Csip:sip.example.com%3E";
    URI_OK(rt, &u);
    assert_int_equal(u.headers.n, 1);
    assert_view(u.headers.v[0].name, "Route");
    assert_unescaped(u.headers.v[0].value, "<sip:sip.example.com>");
    release(&u);
    /* Request-URI / bare addr-spec context: no headers allowed. */
    URI_BAD(rt, FSIP_URI_NO_HEADERS);
    URI_BAD("sip:a@b?x=y", FSIP_URI_NO_HEADERS);
    /* The flag does not reject a URI without headers. */
    size_t off;
    assert_int_equal(parse_flags("sip:a@b;lr", FSIP_URI_NO_HEADERS, &u, &off), 0);
    release(&u);
    /* Replaces in Refer-To (RFC 3891 §7): escaped ';' '=' '@' inside hvalue */
    URI_OK("sip:bob@biloxi.example.net?Replaces=12345%40192.168.118.3%3Bto-tag%3D12345%3Bfrom-tag"
           "%3D5FFE-3994",
           &u);
    assert_int_equal(u.headers.n, 1);
    assert_unescaped(u.headers.v[0].value, "12345@192.168.118.3;to-tag=12345;from-tag=5FFE-3994");
    release(&u);
    URI_BAD("sip:a@b?", 0);
    URI_BAD("sip:a@b?x", 0); /* header = hname "=" hvalue */
}

static void test_ipv6(void **state)
{
    (void)state;
    fsip_uri u;
    URI_OK("sip:[2001:db8::10]", &u);
    assert_int_equal(u.host_type, FSIP_HOST_IPV6);
    assert_view(u.host, "2001:db8::10");
    assert_int_equal(u.port, 0);
    release(&u);

    URI_OK("sip:user@[2001:db8::10]:5070;transport=tcp", &u);
    assert_view(u.user, "user");
    assert_view(u.host, "2001:db8::10");
    assert_int_equal(u.port, 5070);
    assert_param(&u.params, "transport", "tcp");
    release(&u);

    /* RFC 5118 §4.3: the port inside the brackets is the last group. */
    URI_OK("sip:[2001:db8::10:5070]", &u);
    assert_view(u.host, "2001:db8::10:5070");
    assert_int_equal(u.port, 0);
    release(&u);

    URI_OK("sip:[::1]", &u);
    assert_view(u.host, "::1");
    release(&u);
    URI_OK("sip:[::]:5060", &u);
    assert_view(u.host, "::");
    assert_int_equal(u.port, 5060);
    release(&u);
    URI_OK("sip:ted@[::ffff:192.0.2.2]", &u);
    assert_view(u.host, "::ffff:192.0.2.2");
    assert_int_equal(u.host_type, FSIP_HOST_IPV6);
    release(&u);
    URI_OK("sip:[2001:DB8:0:0:8:800:200C:417A]", &u);
    assert_view(u.host, "2001:DB8:0:0:8:800:200C:417A");
    release(&u);
    URI_OK("sip:[1080::8:800:200C:417A]", &u);
    release(&u);
    /* RFC 3261's IPv6 ABNF (from RFC 2373) allows "::" before an embedded
     * IPv4 address written as ":::"; RFC 5118 §4.10 says tolerate it. */
    URI_OK("sip:user@[2001:db8:::192.0.2.1]", &u);
    assert_view(u.host, "2001:db8:::192.0.2.1");
    assert_int_equal(u.host_type, FSIP_HOST_IPV6);
    release(&u);
    URI_OK("sip:user@[2001:db8::192.0.2.1]", &u);
    assert_view(u.host, "2001:db8::192.0.2.1");
    release(&u);

    /* RFC 5118 §4.2: an IPv6 address needs its brackets. */
    URI_BAD("sip:2001:db8::10", 0);
    URI_BAD("sip:user@2001:db8::10", 0);
    URI_BAD("sip:[2001:db8::10", 0);
    URI_BAD("sip:[2001:db8::10]x", 0);
    URI_BAD("sip:[]", 0);
    URI_BAD("sip:[2001:db8::g]", 0);
    URI_BAD("sip:[2001:db8::1]:", 0);
    URI_BAD("sip:[12345::1]", 0); /* hex4 = 1*4HEXDIG */
}

static void test_host_port_errors(void **state)
{
    (void)state;
    URI_BAD("sip:", 0);
    URI_BAD("sip:@example.com", 0);
    URI_BAD("sip:alice@", 0);
    URI_BAD("sip:alice@exa mple.com", 0);
    URI_BAD("sip:alice@ex%61mple.com", 0); /* no escapes in a hostname */
    URI_BAD("sip:alice@example.com:", 0);
    URI_BAD("sip:alice@example.com:50x", 0);
    URI_BAD("sip:alice@-example.com", 0);
    URI_BAD("sip:alice@example.com:4294967301", 0); /* must not wrap to port 5 */
    URI_BAD("sip:a%4@b", 0);                        /* escaped = "%" HEXDIG HEXDIG */
    URI_BAD("sip:a%zz@b", 0);
    URI_BAD("sip:a b@c", 0);
    URI_BAD("sip:<a@b>", 0);
    URI_BAD("sip:a@b>", 0);
    URI_BAD("sip:a@b c", 0);
    URI_BAD("", 0);
    URI_BAD("alice@atlanta.com", 0);
    URI_BAD(":alice", 0);
    URI_BAD("1sip:a@b", 0); /* scheme starts with ALPHA */
}

static void test_tel_and_other(void **state)
{
    (void)state;
    fsip_uri u;
    URI_OK("tel:+1-201-555-0123", &u);
    assert_int_equal(u.scheme, FSIP_URI_TEL);
    assert_view(u.scheme_s, "tel");
    assert_view(u.user, "+1-201-555-0123");
    assert_int_equal(u.params.n, 0);
    release(&u);

    URI_OK("tel:7042;phone-context=example.com", &u);
    assert_int_equal(u.scheme, FSIP_URI_TEL);
    assert_view(u.user, "7042");
    assert_param(&u.params, "phone-context", "example.com");
    release(&u);

    URI_OK("TEL:+358-555-1234567;ext=22", &u);
    assert_int_equal(u.scheme, FSIP_URI_TEL);
    assert_view(u.scheme_s, "TEL");
    assert_view(u.user, "+358-555-1234567");
    assert_param(&u.params, "ext", "22");
    release(&u);

    /* Any other absoluteURI: only scheme and opaque. */
    URI_OK("mailto:alice@atlanta.com", &u);
    assert_int_equal(u.scheme, FSIP_URI_OTHER);
    assert_view(u.scheme_s, "mailto");
    assert_view(u.opaque, "alice@atlanta.com");
    release(&u);

    URI_OK("http://www.example.com/a?b=c", &u);
    assert_int_equal(u.scheme, FSIP_URI_OTHER);
    assert_view(u.scheme_s, "http");
    assert_view(u.opaque, "//www.example.com/a?b=c");
    release(&u);

    URI_OK("urn:service:sos", &u);
    assert_view(u.scheme_s, "urn");
    assert_view(u.opaque, "service:sos");
    release(&u);

    URI_OK("soap.beep://192.0.2.103:3002", &u);
    assert_view(u.scheme_s, "soap.beep");
    release(&u);

    URI_OK("im:alice@atlanta.com", &u);
    assert_int_equal(u.scheme, FSIP_URI_OTHER);
    release(&u);

    /* "sipx:" is another scheme, not sip. */
    URI_OK("sipx:foo", &u);
    assert_int_equal(u.scheme, FSIP_URI_OTHER);
    assert_view(u.scheme_s, "sipx");
    release(&u);
    URI_BAD("http://a b", 0);
}

static void test_unescape(void **state)
{
    (void)state;
    char out[64];
    assert_int_equal(fsip_unescape("abc", 3, out), 3);
    assert_memory_equal(out, "abc", 3);
    assert_int_equal(fsip_unescape("%41%42c", 7, out), 3);
    assert_memory_equal(out, "ABc", 3);
    /* Once, never recursively (RFC 4475 §3.1.1.3). */
    assert_int_equal(fsip_unescape("%2541", 5, out), 3);
    assert_memory_equal(out, "%41", 3);
    /* NUL is an ordinary octet. */
    assert_int_equal(fsip_unescape("a%00b", 5, out), 3);
    assert_memory_equal(out, "a\0b", 3);
    assert_int_equal(fsip_unescape("%6c%6C", 6, out), 2); /* either case of hex */
    assert_memory_equal(out, "ll", 2);
    assert_int_equal(fsip_unescape("%ff", 3, out), 1);
    assert_int_equal((unsigned char)out[0], 0xff);
    assert_int_equal(fsip_unescape("", 0, out), 0);
    /* Malformed escapes. */
    assert_int_equal(fsip_unescape("%", 1, out), FSIP_EPARSE);
    assert_int_equal(fsip_unescape("a%4", 3, out), FSIP_EPARSE);
    assert_int_equal(fsip_unescape("%zz", 3, out), FSIP_EPARSE);
    assert_int_equal(fsip_unescape("%4g", 3, out), FSIP_EPARSE);
    /* Only len bytes are read. */
    assert_int_equal(fsip_unescape("%41%42", 3, out), 1);
    /* In place. */
    char buf[] = "I%20have%20spaces";
    int64_t n = fsip_unescape(buf, strlen(buf), buf);
    assert_int_equal(n, 13);
    assert_memory_equal(buf, "I have spaces", 13);
}

/* ---------------------------------------------------- RFC 3261 §19.1.4 */

static int equal(const char *a, const char *b)
{
    fsip_uri ua, ub;
    URI_OK(a, &ua);
    URI_OK(b, &ub);
    int r = fsip_uri_equal(&ua, &ub);
    int r2 = fsip_uri_equal(&ub, &ua);
    release(&ua);
    release(&ub);
    if (r != r2) fail_msg("fsip_uri_equal is not symmetric for '%s' / '%s'", a, b);
    return r;
}

#define EQ(a, b)                                                                                   \
    do {                                                                                           \
        if (!equal((a), (b))) fail_msg("'%s' and '%s' should be equivalent", (a), (b));            \
    } while (0)
#define NE(a, b)                                                                                   \
    do {                                                                                           \
        if (equal((a), (b))) fail_msg("'%s' and '%s' should not be equivalent", (a), (b));         \
    } while (0)

static void test_equal_rfc_examples(void **state)
{
    (void)state;
    /* "The URIs within each of the following sets are equivalent" */
    EQ("sip:%61lice@atlanta.com;transport=TCP", "sip:alice@AtLanTa.CoM;Transport=tcp");
    EQ("sip:carol@chicago.com", "sip:carol@chicago.com;newparam=5");
    EQ("sip:carol@chicago.com", "sip:carol@chicago.com;security=on");
    EQ("sip:carol@chicago.com;newparam=5", "sip:carol@chicago.com;security=on");
    EQ("sip:biloxi.com;transport=tcp;method=REGISTER?to=sip:bob%40biloxi.com",
       "sip:biloxi.com;method=REGISTER;transport=tcp?to=sip:bob%40biloxi.com");
    EQ("sip:alice@atlanta.com?subject=project%20x&priority=urgent",
       "sip:alice@atlanta.com?priority=urgent&subject=project%20x");

    /* "The URIs within each of the following sets are not equivalent" */
    NE("SIP:ALICE@AtLanTa.CoM;Transport=udp", "sip:alice@AtLanTa.CoM;Transport=UDP");
    NE("sip:bob@biloxi.com", "sip:bob@biloxi.com:5060");
    NE("sip:bob@biloxi.com", "sip:bob@biloxi.com;transport=udp");
    NE("sip:bob@biloxi.com", "sip:bob@biloxi.com:6000;transport=tcp");
    NE("sip:carol@chicago.com", "sip:carol@chicago.com?Subject=next%20meeting");
    NE("sip:bob@phone21.boxesbybob.com", "sip:bob@192.0.2.4");

    /* "Note that equality is not transitive" */
    NE("sip:carol@chicago.com;security=on", "sip:carol@chicago.com;security=off");
}

static void test_equal_rules(void **state)
{
    (void)state;
    /* Same text is equal; reflexive. */
    EQ("sip:alice@atlanta.com", "sip:alice@atlanta.com");
    /* A SIP and a SIPS URI are never equivalent. */
    NE("sip:alice@atlanta.com", "sips:alice@atlanta.com");
    /* Scheme case-insensitive. */
    EQ("SIP:alice@atlanta.com", "sip:alice@atlanta.com");
    /* userinfo case-sensitive, incl. password. */
    NE("sip:alice@atlanta.com", "sip:Alice@atlanta.com");
    NE("sip:alice:pw@atlanta.com", "sip:alice:PW@atlanta.com");
    NE("sip:alice:pw@atlanta.com", "sip:alice@atlanta.com");
    /* Escaped unreserved chars equal their octet, in any component. */
    EQ("sip:alice@atlanta.com;transport=%74cp", "sip:alice@atlanta.com;transport=tcp");
    EQ("sip:%41lice@atlanta.com", "sip:Alice@atlanta.com");
    /* ... but a reserved char and its escape differ ("user;x" vs "user%3Bx"). */
    NE("sip:user;x@atlanta.com", "sip:user%3Bx@atlanta.com");
    /* Host case-insensitive; port must match when present in either. */
    EQ("sip:alice@ATLANTA.com:5060", "sip:alice@atlanta.COM:5060");
    NE("sip:alice@atlanta.com:5060", "sip:alice@atlanta.com:5061");
    /* IPv6 hosts. */
    EQ("sip:[2001:db8::1]", "sip:[2001:DB8::1]");
    NE("sip:[2001:db8::1]", "sip:[2001:db8::1]:5060");
    /* user, ttl, method, maddr must match when present in either. */
    NE("sip:a@b;user=phone", "sip:a@b");
    NE("sip:a@b;ttl=1", "sip:a@b");
    NE("sip:a@b;method=INVITE", "sip:a@b");
    NE("sip:a@b;maddr=239.255.255.1", "sip:a@b");
    EQ("sip:a@b;maddr=239.255.255.1", "sip:a@b;MADDR=239.255.255.1");
    /* Other params: compared only when in both. lr too. */
    EQ("sip:a@b;lr", "sip:a@b");
    NE("sip:a@b;foo=1", "sip:a@b;foo=2");
    EQ("sip:a@b;foo=ABC", "sip:a@b;foo=abc");
    /* Headers must match in both directions, any order. */
    NE("sip:a@b?x=1", "sip:a@b?x=1&y=2");
    NE("sip:a@b?x=1", "sip:a@b?x=2");
    /* Other schemes: case-insensitive scheme, byte-wise rest. */
    EQ("TEL:+1-201-555-0123", "tel:+1-201-555-0123");
    NE("tel:+1-201-555-0123", "tel:+1-201-555-0124");
    EQ("MAILTO:a@b", "mailto:a@b");
    NE("mailto:a@b", "mailto:A@b");
    NE("mailto:a@b", "sip:a@b");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_sip_basic),         FSIP_TEST(test_params),
        FSIP_TEST(test_headers_component), FSIP_TEST(test_ipv6),
        FSIP_TEST(test_host_port_errors),  FSIP_TEST(test_tel_and_other),
        FSIP_TEST(test_unescape),          FSIP_TEST(test_equal_rfc_examples),
        FSIP_TEST(test_equal_rules),
    };
    return cmocka_run_group_tests_name("uri", tests, NULL, NULL);
}
