/* Typed headers, one by one (RFC 3261 §20 and §25; RFC 3262, 3265/6665,
 * 3515, 3891, 3892, 4028, 4488). Each test parses a small OPTIONS request
 * whose first header lines are the ones under test. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testsip.h"

static const char start[] = "OPTIONS sip:bob@biloxi.com SIP/2.0\r\n";
static const char rest[] = "Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds\r\n"
                           "Max-Forwards: 70\r\n"
                           "To: <sip:bob@biloxi.com>\r\n"
                           "From: <sip:alice@atlanta.com>;tag=1928301774\r\n"
                           "Call-ID: a84b4c76e66710\r\n"
                           "Content-Length: 0\r\n"
                           "\r\n";

/* start line + lines + the mandatory headers (a CSeq matching the method
 * unless `lines` has its own: the parser checks the CSeq method). */
static char *with_start(const char *first, const char *lines)
{
    static const char cseq[] = "CSeq: 63104 OPTIONS\r\n";
    const char *cs = strstr(lines, "CSeq:") ? "" : cseq;
    size_t n = strlen(first) + strlen(lines) + strlen(cs) + strlen(rest) + 1;
    char *s = malloc(n);
    assert_non_null(s);
    snprintf(s, n, "%s%s%s%s", first, lines, cs, rest);
    return s;
}

static char *with(const char *lines)
{
    return with_start(start, lines);
}

/* A message whose first headers are `lines`; must parse. */
#define MSG(lines)              msg_at((lines), __FILE__, __LINE__)
#define MSG_START(first, lines) msg_start_at((first), (lines), __FILE__, __LINE__)
static fsip_msg *msg_start_at(const char *first, const char *lines, const char *file, int line)
{
    char *s = with_start(first, lines);
    fsip_msg *m = test_parse_ok_at(s, 0, file, line);
    free(s);
    return m;
}

static fsip_msg *msg_at(const char *lines, const char *file, int line)
{
    char *s = with(lines);
    fsip_msg *m = test_parse_ok_at(s, 0, file, line);
    free(s);
    return m;
}

/* `lines` must make the parse fail naming header `hdr`, status 400. */
#define BAD(lines, hdr)                                                                            \
    do {                                                                                           \
        char *s_ = with(lines);                                                                    \
        test_parse_err_at(s_, 0, FSIP_EPARSE, (hdr), 400, __FILE__, __LINE__);                     \
        free(s_);                                                                                  \
    } while (0)

static const fsip_hdr *first(const fsip_msg *m, fsip_hdr_id id)
{
    const fsip_hdr *h = fsip_msg_hdr_first(m, id);
    assert_non_null(h);
    assert_int_equal(h->id, id);
    return h;
}

static const fsip_hdr *next(const fsip_msg *m, const fsip_hdr *h)
{
    const fsip_hdr *n = fsip_msg_hdr_next(m, h);
    assert_non_null(n);
    assert_int_equal(n->id, h->id);
    return n;
}

/* ------------------------------------------------------------------ Via */

static void test_via_all_params(void **state)
{
    (void)state;
    fsip_msg *m = MSG("Via: SIP/2.0/UDP pc33.atlanta.com:5066;branch=z9hG4bK776asdhds"
                      ";received=192.0.2.1;rport=5066;maddr=224.2.0.1;ttl=16;x=y;flag\r\n");
    const fsip_hdr *h = first(m, FSIP_HDR_VIA);
    assert_view(h->name, "Via");
    const fsip_via *v = h->p.via;
    assert_ptr_equal(v, fsip_msg_via(m));
    assert_view(v->protocol, "SIP");
    assert_view(v->version, "2.0");
    assert_view(v->transport, "UDP");
    assert_int_equal(v->host_type, FSIP_HOST_NAME);
    assert_view(v->host, "pc33.atlanta.com");
    assert_int_equal(v->port, 5066);
    assert_view(v->branch, "z9hG4bK776asdhds");
    assert_view(v->received, "192.0.2.1");
    assert_int_equal(v->rport, 5066);
    assert_view(v->maddr, "224.2.0.1");
    assert_int_equal(v->ttl, 16);
    assert_int_equal(v->params.n, 7);
    assert_view(v->params.v[0].name, "branch");
    assert_param(&v->params, "x", "y");
    assert_param(&v->params, "flag", NULL);
    assert_param(&v->params, "rport", "5066");
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_VIA), 2);
    fsip_msg_free(m);
}

static void test_via_rport_and_absent(void **state)
{
    (void)state;
    /* RFC 3581: rport without a value asks for one. */
    fsip_msg *m = MSG("Via: SIP/2.0/TCP client.atlanta.example.com:5060;branch=z9hG4bK74b43"
                      ";rport\r\n");
    const fsip_via *v = fsip_msg_via(m);
    assert_view(v->transport, "TCP");
    assert_int_equal(v->rport, 0);
    assert_param(&v->params, "rport", NULL);
    assert_int_equal(v->ttl, -1);
    assert_view_null(v->received);
    assert_view_null(v->maddr);
    fsip_msg_free(m);

    m = MSG("Via: SIP/2.0/UDP 192.0.2.1\r\n");
    v = fsip_msg_via(m);
    assert_int_equal(v->host_type, FSIP_HOST_IPV4);
    assert_int_equal(v->port, 0);
    assert_int_equal(v->rport, -1);
    assert_view_null(v->branch);
    assert_int_equal(v->params.n, 0);
    fsip_msg_free(m);

    m = MSG("Via: SIP/2.0/UDP 192.0.2.1;rport=0;ttl=255\r\n");
    fsip_msg_free(m);
}

static void test_via_ipv6_and_transports(void **state)
{
    (void)state;
    fsip_msg *m = MSG("Via: SIP/2.0/TLS [2001:db8::9:1]:5061;branch=z9hG4bK1"
                      ";received=2001:db8::9:255\r\n"
                      "Via: SIP/2.0/SCTP [::1];branch=z9hG4bK2\r\n"
                      "Via: SIP/2.0/WSS ws.example.com;branch=z9hG4bK3\r\n"
                      "Via: SIP/2.0/FOO-BAR foo.example.com;branch=z9hG4bK4\r\n");
    const fsip_hdr *h = first(m, FSIP_HDR_VIA);
    assert_view(h->p.via->transport, "TLS");
    assert_int_equal(h->p.via->host_type, FSIP_HOST_IPV6);
    assert_view(h->p.via->host, "2001:db8::9:1");
    assert_int_equal(h->p.via->port, 5061);
    assert_view(h->p.via->received, "2001:db8::9:255");
    h = next(m, h);
    assert_view(h->p.via->transport, "SCTP");
    assert_view(h->p.via->host, "::1");
    assert_int_equal(h->p.via->port, 0);
    h = next(m, h);
    assert_view(h->p.via->transport, "WSS");
    h = next(m, h);
    assert_view(h->p.via->transport, "FOO-BAR");
    fsip_msg_free(m);
}

static void test_via_lws_and_case(void **state)
{
    (void)state;
    /* LWS around '/', ';' and '=' (SLASH, SEMI, EQUAL allow SWS); protocol
     * name and transport case-insensitive, kept as written. */
    fsip_msg *m = MSG("Via: sip / 2.0 / udp  host.example.com : 5060 ; branch = z9hG4bKx ;"
                      " received = 192.0.2.9\r\n");
    const fsip_via *v = fsip_msg_via(m);
    assert_view(v->protocol, "sip");
    assert_view(v->version, "2.0");
    assert_view(v->transport, "udp");
    assert_view(v->host, "host.example.com");
    assert_int_equal(v->port, 5060);
    assert_view(v->branch, "z9hG4bKx");
    assert_view(v->received, "192.0.2.9");
    fsip_msg_free(m);
}

static void test_via_list(void **state)
{
    (void)state;
    fsip_msg *m =
        MSG("Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1 , "
            "SIP/2.0/TCP b.example.com:5070;branch=z9hG4bK2,SIP/2.0/UDP c;branch=z9hG4bK3\r\n"
            "v: SIP/2.0/UDP d.example.com;branch=z9hG4bK4\r\n");
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_VIA), 5);
    const fsip_hdr *a = first(m, FSIP_HDR_VIA), *b = next(m, a), *c = next(m, b), *d = next(m, c);
    assert_view(a->value, "SIP/2.0/UDP a.example.com;branch=z9hG4bK1");
    assert_view(b->value, "SIP/2.0/TCP b.example.com:5070;branch=z9hG4bK2");
    assert_view(c->value, "SIP/2.0/UDP c;branch=z9hG4bK3");
    assert_ptr_equal(a->name.ptr, b->name.ptr);
    assert_ptr_equal(a->name.ptr, c->name.ptr);
    assert_view(d->name, "v");
    assert_view(d->p.via->host, "d.example.com");
    assert_int_equal(b->p.via->port, 5070);
    fsip_msg_free(m);
}

static void test_via_errors(void **state)
{
    (void)state;
    BAD("Via: SIP/2.0/UDP\r\n", "Via");
    BAD("Via: SIP/2.0 host.example.com\r\n", "Via");
    BAD("Via: SIP/2.0/UDP host.example.com:port\r\n", "Via");
    BAD("Via: SIP/2.0/UDP host.example.com;branch=\r\n", "Via");
    BAD("Via: SIP/2.0/UDP host.example.com;;branch=z9hG4bK1\r\n", "Via");
    BAD("Via: SIP/2.0/UDP host.example.com,\r\n", "Via");
    BAD("Via: SIP/2.0/UDP 2001:db8::1\r\n", "Via");
    BAD("Via: SIP/2.0/UDP [2001:db8::1\r\n", "Via");
    BAD("Via:\r\n", "Via");
}

/* ------------------------------------------------------------ From / To */

static void test_from_to(void **state)
{
    (void)state;
    fsip_msg *m = MSG("From: \"Alice Smith\" <sip:alice@atlanta.com>;tag=88sja8x\r\n"
                      "To: Bob <sip:bob@biloxi.com;transport=tcp>;foo=bar\r\n");
    const fsip_addr *f = fsip_msg_from(m), *t = fsip_msg_to(m);
    assert_ptr_equal(f, first(m, FSIP_HDR_FROM)->p.addr);
    assert_true(f->name_addr);
    assert_false(f->star);
    assert_view(f->display, "\"Alice Smith\"");
    assert_int_equal(f->uri.scheme, FSIP_URI_SIP);
    assert_view(f->uri.user, "alice");
    assert_view(f->uri.host, "atlanta.com");
    assert_view(f->uri.raw, "sip:alice@atlanta.com");
    assert_view(f->tag, "88sja8x");
    assert_param(&f->params, "tag", "88sja8x");
    assert_true(t->name_addr);
    assert_view(t->display, "Bob");
    assert_view_null(t->tag);
    assert_param(&t->uri.params, "transport", "tcp");
    assert_param(&t->params, "foo", "bar");
    assert_no_param(&t->params, "transport");
    fsip_msg_free(m);

    /* addr-spec: the ;params after the URI belong to the header. */
    m = MSG("t: sip:bob@biloxi.com;tag=a6c85cf\r\n"
            "f: Anonymous Caller <sip:c8oqz84zk7z@privacy.org>;tag=hyh8\r\n");
    t = fsip_msg_to(m);
    f = fsip_msg_from(m);
    assert_false(t->name_addr);
    assert_view_null(t->display);
    assert_view(t->tag, "a6c85cf");
    assert_int_equal(t->uri.params.n, 0);
    assert_view(t->uri.raw, "sip:bob@biloxi.com");
    assert_view(f->display, "Anonymous Caller");
    assert_view(f->tag, "hyh8");
    assert_view(first(m, FSIP_HDR_TO)->name, "t");
    fsip_msg_free(m);

    /* Quoted display names may hold ',', '<', escaped quotes; tel URI. */
    m = MSG("To: \"Bob, \\\"the\\\" <builder>\" <tel:+1-212-555-0101>\r\n"
            "From: \"\" <sip:anonymous@anonymous.invalid>;tag=1\r\n");
    t = fsip_msg_to(m);
    assert_view(t->display, "\"Bob, \\\"the\\\" <builder>\"");
    assert_int_equal(t->uri.scheme, FSIP_URI_TEL);
    assert_view(t->uri.user, "+1-212-555-0101");
    assert_view(fsip_msg_from(m)->display, "\"\"");
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_TO), 2);
    fsip_msg_free(m);

    /* No display name. */
    m = MSG("From: <sip:a@b.example>;tag=x\r\n");
    assert_view_null(fsip_msg_from(m)->display);
    assert_true(fsip_msg_from(m)->name_addr);
    fsip_msg_free(m);
}

static void test_from_to_errors(void **state)
{
    (void)state;
    BAD("From: <sip:alice@atlanta.com>;tag=\r\n", "From");
    BAD("From: <sip:alice@atlanta.com\r\n", "From");
    BAD("From: \"Alice <sip:alice@atlanta.com>\r\n", "From");
    BAD("From: Alice, Smith <sip:alice@atlanta.com>\r\n", "From");
    BAD("From:\r\n", "From");
    /* A URI with headers must be in <> (RFC 3261 §20). */
    BAD("To: sip:bob@biloxi.com?subject=x\r\n", "To");
    BAD("To: <sip:bob@biloxi.com>, <sip:carol@chicago.com>\r\n", "To");
    BAD("To: < sip:bob@biloxi.com >\r\n", "To");
    BAD("To: <>\r\n", "To");
}

/* -------------------------------------------------------------- Contact */

static void test_contact(void **state)
{
    (void)state;
    /* RFC 3261 §20.10 example. */
    fsip_msg *m = MSG("m: \"Mr. Watson\" <sip:watson@worcester.bell-telephone.com>;q=0.7; "
                      "expires=3600, \"Mr. Watson\" <mailto:watson@bell-telephone.com> ;q=0.1\r\n");
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_CONTACT), 2);
    const fsip_hdr *h = first(m, FSIP_HDR_CONTACT);
    const fsip_addr *a = h->p.addr;
    assert_view(h->name, "m");
    assert_view(a->display, "\"Mr. Watson\"");
    assert_view(a->uri.user, "watson");
    assert_view(a->q, "0.7");
    assert_int_equal(a->expires, 3600);
    assert_param(&a->params, "expires", "3600");
    h = next(m, h);
    a = h->p.addr;
    assert_int_equal(a->uri.scheme, FSIP_URI_OTHER);
    assert_view(a->uri.scheme_s, "mailto");
    assert_view(a->q, "0.1");
    assert_int_equal(a->expires, -1);
    fsip_msg_free(m);

    m = MSG("Contact: *\r\nExpires: 0\r\n");
    h = first(m, FSIP_HDR_CONTACT);
    assert_true(h->p.addr->star);
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_CONTACT), 1);
    assert_int_equal(first(m, FSIP_HDR_EXPIRES)->p.num, 0);
    fsip_msg_free(m);

    /* ',' is legal inside a user part and a quoted string: no split there. */
    m = MSG("Contact: <sip:a,b@host.example.com>, \"Smith, Bob\" <sip:bob@b.example>;expires=0\r\n"
            "Contact: sip:carol@chicago.com;expires=60;q=1.0\r\n"
            "Contact: <sip:x@y.example>;+sip.instance=\"<urn:uuid:00000000-0000-1000-8000-"
            "AABBCCDDEEFF>\"\r\n");
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_CONTACT), 4);
    h = first(m, FSIP_HDR_CONTACT);
    assert_view(h->p.addr->uri.user, "a,b");
    assert_view(h->value, "<sip:a,b@host.example.com>");
    h = next(m, h);
    assert_view(h->p.addr->display, "\"Smith, Bob\"");
    assert_int_equal(h->p.addr->expires, 0);
    h = next(m, h);
    assert_false(h->p.addr->name_addr);
    assert_int_equal(h->p.addr->expires, 60);
    assert_view(h->p.addr->q, "1.0");
    assert_int_equal(h->p.addr->uri.params.n, 0);
    h = next(m, h);
    assert_param(&h->p.addr->params, "+sip.instance",
                 "\"<urn:uuid:00000000-0000-1000-8000-AABBCCDDEEFF>\"");
    fsip_msg_free(m);

    BAD("Contact: *, <sip:a@b.example>\r\n", "Contact");
    BAD("Contact: sip:a@b.example?Route=%3Csip:c%3E\r\n", "Contact");
    BAD("Contact: <sip:a@b.example>;;;\r\n", "Contact");
}

/* -------------------------------------------------- Route / Record-Route */

static void test_route(void **state)
{
    (void)state;
    fsip_msg *m = MSG("Route: <sip:p1.example.com;lr>, <sip:p2.example.com;lr>\r\n"
                      "Record-Route: <sip:p4.domain.com;lr>\r\n"
                      "Record-Route: \"proxy\" <sip:p3.middle.com>;foo=bar, "
                      "<sip:[2001:db8::7]:5070;lr;transport=tcp>\r\n");
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_ROUTE), 2);
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_RECORD_ROUTE), 3);
    const fsip_hdr *h = first(m, FSIP_HDR_ROUTE);
    assert_view(h->p.addr->uri.host, "p1.example.com");
    assert_param(&h->p.addr->uri.params, "lr", NULL);
    h = next(m, h);
    assert_view(h->p.addr->uri.host, "p2.example.com");
    assert_null(fsip_msg_hdr_next(m, h));
    h = first(m, FSIP_HDR_RECORD_ROUTE);
    assert_view(h->p.addr->uri.host, "p4.domain.com");
    h = next(m, h);
    assert_view(h->p.addr->display, "\"proxy\"");
    assert_param(&h->p.addr->params, "foo", "bar");
    h = next(m, h);
    assert_int_equal(h->p.addr->uri.host_type, FSIP_HOST_IPV6);
    assert_int_equal(h->p.addr->uri.port, 5070);
    fsip_msg_free(m);

    /* route-param = name-addr *(SEMI rr-param): <> are mandatory. */
    BAD("Route: sip:p1.example.com;lr\r\n", "Route");
    BAD("Record-Route: sip:p1.example.com\r\n", "Record-Route");
    BAD("Route: <sip:p1.example.com;lr>,\r\n", "Route");
}

/* --------------------------------------------------------- Call-ID, CSeq */

static void test_call_id(void **state)
{
    (void)state;
    fsip_msg *m = MSG("i:f81d4fae-7dec-11d0-a765-00a0c91e6bf6@192.0.2.4\r\n");
    const fsip_hdr *h = first(m, FSIP_HDR_CALL_ID);
    assert_view(h->name, "i");
    assert_view(h->value, "f81d4fae-7dec-11d0-a765-00a0c91e6bf6@192.0.2.4");
    assert_view(fsip_msg_call_id(m), "f81d4fae-7dec-11d0-a765-00a0c91e6bf6@192.0.2.4");
    fsip_msg_free(m);

    BAD("Call-ID: a b\r\n", "Call-ID");
    BAD("Call-ID: a@b@c\r\n", "Call-ID");
    BAD("Call-ID:\r\n", "Call-ID");
    BAD("Call-ID: a, b\r\n", "Call-ID");
}

static void test_cseq(void **state)
{
    (void)state;
    fsip_msg *m = MSG_START("INVITE sip:bob@biloxi.com SIP/2.0\r\n", "CSeq: 4294967295 INVITE\r\n");
    const fsip_cseq *c = first(m, FSIP_HDR_CSEQ)->p.cseq;
    assert_ptr_equal(c, fsip_msg_cseq(m));
    assert_int_equal(c->seq, 4294967295u);
    assert_int_equal(c->method, FSIP_METHOD_INVITE);
    assert_view(c->method_name, "INVITE");
    fsip_msg_free(m);

    m = MSG_START("invite sip:bob@biloxi.com SIP/2.0\r\n", "CSeq:  0009 \r\n  invite\r\n");
    c = fsip_msg_cseq(m);
    assert_int_equal(c->seq, 9);
    assert_int_equal(c->method, FSIP_METHOD_OTHER); /* methods are case-sensitive */
    assert_view(c->method_name, "invite");
    fsip_msg_free(m);

    m = MSG_START("FOO-BAR sip:bob@biloxi.com SIP/2.0\r\n", "CSeq: 1 FOO-BAR\r\n");
    assert_int_equal(fsip_msg_cseq(m)->method, FSIP_METHOD_OTHER);
    assert_view(fsip_msg_cseq(m)->method_name, "FOO-BAR");
    fsip_msg_free(m);

    /* RFC 3261 §8.1.1.5: a 32-bit unsigned integer. */
    BAD("CSeq: 4294967296 OPTIONS\r\n", "CSeq");
    BAD("CSeq: 36893488147419103232 OPTIONS\r\n", "CSeq");
    BAD("CSeq: 1\r\n", "CSeq");
    BAD("CSeq: OPTIONS\r\n", "CSeq");
    BAD("CSeq: -1 OPTIONS\r\n", "CSeq");
    BAD("CSeq: 1 OPTIONS x\r\n", "CSeq");
}

/* ------------------------------------------------- numbers, media types */

static void test_numbers(void **state)
{
    (void)state;
    fsip_msg *m = MSG("Max-Forwards: 0068\r\nExpires: 3600\r\n");
    assert_int_equal(first(m, FSIP_HDR_MAX_FORWARDS)->p.num, 68);
    assert_int_equal(fsip_msg_max_forwards(m), 68); /* the first one */
    assert_int_equal(first(m, FSIP_HDR_EXPIRES)->p.num, 3600);
    assert_int_equal(first(m, FSIP_HDR_CONTENT_LENGTH)->p.num, 0);
    assert_int_equal(fsip_msg_content_length(m), 0);
    fsip_msg_free(m);

    BAD("Max-Forwards: -1\r\n", "Max-Forwards");
    BAD("Max-Forwards: seventy\r\n", "Max-Forwards");
    BAD("Max-Forwards:\r\n", "Max-Forwards");
    BAD("Expires: soon\r\n", "Expires");
    BAD("Content-Length: five\r\n", "Content-Length");
    BAD("Content-Length: 1 2\r\n", "Content-Length");
}

static void test_content_type(void **state)
{
    (void)state;
    fsip_msg *m = MSG("Content-Type: application/sdp\r\n"
                      "c: multipart / mixed ; boundary = \"7a9cbec02ceef655\";x=y\r\n"
                      "Content-Type: message/sipfrag;version=2.0\r\n");
    const fsip_hdr *h = first(m, FSIP_HDR_CONTENT_TYPE);
    assert_view(h->p.media->type, "application");
    assert_view(h->p.media->subtype, "sdp");
    assert_int_equal(h->p.media->params.n, 0);
    h = next(m, h);
    assert_view(h->name, "c");
    assert_view(h->p.media->type, "multipart");
    assert_view(h->p.media->subtype, "mixed");
    assert_int_equal(h->p.media->params.n, 2);
    assert_param(&h->p.media->params, "boundary", "\"7a9cbec02ceef655\"");
    assert_param(&h->p.media->params, "x", "y");
    h = next(m, h);
    assert_view(h->p.media->subtype, "sipfrag");
    assert_param(&h->p.media->params, "version", "2.0");
    fsip_msg_free(m);

    BAD("Content-Type: application\r\n", "Content-Type");
    BAD("Content-Type: application/\r\n", "Content-Type");
    BAD("Content-Type: application/sdp;\r\n", "Content-Type");
}

/* ---------------------------------------------------------- token lists */

/* An empty Supported / Allow means "none" (RFC 3261 §20.37, §20.5), which is
 * not the same as no header: it is kept as one empty value and printed. */
static void test_empty_token_lists(void **state)
{
    (void)state;
    fsip_msg *m = MSG("Supported:\r\n"
                      "Allow:   \r\n");
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_SUPPORTED), 1);
    assert_int_equal(first(m, FSIP_HDR_SUPPORTED)->value.len, 0);
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_ALLOW), 1);
    assert_int_equal(first(m, FSIP_HDR_ALLOW)->value.len, 0);
    char out[2048];
    size_t n = fsip_msg_print(m, out, sizeof out);
    assert_true(n < sizeof out);
    assert_non_null(strstr(out, "\r\nSupported: \r\n"));
    assert_non_null(strstr(out, "\r\nAllow: \r\n"));
    fsip_msg_free(m);
}

static void test_token_lists(void **state)
{
    (void)state;
    fsip_msg *m = MSG("Require: 100rel\r\n"
                      "k: timer, replaces ,norefersub\r\n"
                      "Supported: path\r\n"
                      "Proxy-Require: foo, bar\r\n"
                      "Unsupported: baz\r\n"
                      "Allow: INVITE, ACK,OPTIONS , CANCEL, BYE, FOO\r\n");
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_REQUIRE), 1);
    assert_view(first(m, FSIP_HDR_REQUIRE)->value, "100rel");
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_SUPPORTED), 4);
    const fsip_hdr *h = first(m, FSIP_HDR_SUPPORTED);
    assert_view(h->name, "k");
    assert_view(h->value, "timer");
    h = next(m, h);
    assert_view(h->value, "replaces");
    h = next(m, h);
    assert_view(h->value, "norefersub");
    h = next(m, h);
    assert_view(h->value, "path");
    assert_view(h->name, "Supported");
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_PROXY_REQUIRE), 2);
    assert_view(next(m, first(m, FSIP_HDR_PROXY_REQUIRE))->value, "bar");
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_UNSUPPORTED), 1);
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_ALLOW), 6);
    h = first(m, FSIP_HDR_ALLOW);
    static const char *const allow[] = {"INVITE", "ACK", "OPTIONS", "CANCEL", "BYE", "FOO"};
    for (int i = 0; i < 6; i++, h = fsip_msg_hdr_next(m, h))
        assert_view_s(h->value, allow[i]);
    fsip_msg_free(m);

    /* Supported and Allow may be empty (RFC 3261 §20.37, §20.5). */
    m = MSG("Supported:\r\nAllow: \r\n");
    for (h = fsip_msg_hdr_first(m, FSIP_HDR_SUPPORTED); h; h = fsip_msg_hdr_next(m, h))
        assert_int_equal(h->value.len, 0);
    for (h = fsip_msg_hdr_first(m, FSIP_HDR_ALLOW); h; h = fsip_msg_hdr_next(m, h))
        assert_int_equal(h->value.len, 0);
    fsip_msg_free(m);

    BAD("Require: a b\r\n", "Require");
    BAD("Require: a,,b\r\n", "Require");
    BAD("Allow: INVITE ACK\r\n", "Allow");
}

/* ---------------------------------------------------- events (RFC 6665) */

static void test_event(void **state)
{
    (void)state;
    fsip_msg *m = MSG("Event: refer;id=93809824\r\n"
                      "o: presence\r\n"
                      "Event: presence.winfo ; x = 1\r\n");
    const fsip_hdr *h = first(m, FSIP_HDR_EVENT);
    assert_view(h->p.event->package, "refer");
    assert_view(h->p.event->id, "93809824");
    assert_param(&h->p.event->params, "id", "93809824");
    h = next(m, h);
    assert_view(h->name, "o");
    assert_view(h->p.event->package, "presence");
    assert_view_null(h->p.event->id);
    h = next(m, h);
    assert_view(h->p.event->package, "presence.winfo");
    assert_param(&h->p.event->params, "x", "1");
    fsip_msg_free(m);

    BAD("Event: ;id=1\r\n", "Event");
    BAD("Event: refer;id=\r\n", "Event");
}

static void test_subscription_state(void **state)
{
    (void)state;
    fsip_msg *m = MSG("Subscription-State: active;expires=60\r\n"
                      "Subscription-State: terminated;reason=noresource\r\n"
                      "Subscription-State: terminated;reason=probation;retry-after=30\r\n"
                      "Subscription-State: pending\r\n"
                      "Subscription-State: frozen;foo=bar\r\n");
    const fsip_hdr *h = first(m, FSIP_HDR_SUBSCRIPTION_STATE);
    const fsip_substate *s = h->p.substate;
    assert_view(s->state, "active");
    assert_int_equal(s->expires, 60);
    assert_int_equal(s->retry_after, -1);
    assert_view_null(s->reason);
    h = next(m, h);
    s = h->p.substate;
    assert_view(s->state, "terminated");
    assert_view(s->reason, "noresource");
    assert_int_equal(s->expires, -1);
    h = next(m, h);
    s = h->p.substate;
    assert_view(s->reason, "probation");
    assert_int_equal(s->retry_after, 30);
    h = next(m, h);
    assert_view(h->p.substate->state, "pending");
    h = next(m, h);
    assert_view(h->p.substate->state, "frozen");
    assert_param(&h->p.substate->params, "foo", "bar");
    fsip_msg_free(m);

    BAD("Subscription-State: ;expires=1\r\n", "Subscription-State");
}

/* ------------------------------------------- REFER family (RFC 3515 ...) */

static void test_refer_to(void **state)
{
    (void)state;
    /* RFC 3891 §7 example. */
    fsip_msg *m = MSG("Refer-To: <sip:bob@biloxi.example.net?Replaces=12345%40192.168.118.3%3B"
                      "to-tag%3D12345%3Bfrom-tag%3D5FFE-3994>\r\n");
    const fsip_hdr *h = first(m, FSIP_HDR_REFER_TO);
    const fsip_addr *a = h->p.addr;
    assert_true(a->name_addr);
    assert_view(a->uri.host, "biloxi.example.net");
    assert_int_equal(a->uri.headers.n, 1);
    assert_view(a->uri.headers.v[0].name, "Replaces");
    assert_view(a->uri.headers.v[0].value,
                "12345%40192.168.118.3%3Bto-tag%3D12345%3Bfrom-tag%3D5FFE-3994");
    assert_unescaped(a->uri.headers.v[0].value,
                     "12345@192.168.118.3;to-tag=12345;from-tag=5FFE-3994");
    fsip_msg_free(m);

    m = MSG("r: sip:carol@cleveland.example.org;method=INVITE\r\n");
    h = first(m, FSIP_HDR_REFER_TO);
    assert_view(h->name, "r");
    assert_false(h->p.addr->name_addr);
    assert_view(h->p.addr->uri.user, "carol");
    fsip_msg_free(m);

    BAD("Refer-To: <sip:carol@cleveland.example.org\r\n", "Refer-To");
    BAD("Refer-To: <sip:a@b.example>, <sip:c@d.example>\r\n", "Refer-To");
}

static void test_referred_by(void **state)
{
    (void)state;
    /* RFC 3892 §3 example. */
    fsip_msg *m = MSG("Referred-By: <sip:referrer@referrer.example>;cid=\"20398823.2UWQFN309shb3@"
                      "referrer.example\"\r\n"
                      "b: sip:ref@r.example\r\n");
    const fsip_hdr *h = first(m, FSIP_HDR_REFERRED_BY);
    assert_view(h->p.addr->uri.user, "referrer");
    assert_param(&h->p.addr->params, "cid", "\"20398823.2UWQFN309shb3@referrer.example\"");
    h = next(m, h);
    assert_view(h->name, "b");
    assert_view(h->p.addr->uri.host, "r.example");
    fsip_msg_free(m);
    BAD("Referred-By: <sip:a@b.example\r\n", "Referred-By");
}

static void test_replaces(void **state)
{
    (void)state;
    fsip_msg *m = MSG("Replaces: 425928@bobster.example.org;to-tag=7743;from-tag=6472\r\n"
                      "Replaces: 98732@sip.example.com;from-tag=r33th4x0r;to-tag=ff87ff"
                      ";early-only;x=1\r\n");
    const fsip_hdr *h = first(m, FSIP_HDR_REPLACES);
    const fsip_replaces *r = h->p.replaces;
    assert_view(r->call_id, "425928@bobster.example.org");
    assert_view(r->to_tag, "7743");
    assert_view(r->from_tag, "6472");
    assert_false(r->early_only);
    h = next(m, h);
    r = h->p.replaces;
    assert_view(r->call_id, "98732@sip.example.com");
    assert_view(r->to_tag, "ff87ff");
    assert_view(r->from_tag, "r33th4x0r");
    assert_true(r->early_only);
    assert_param(&r->params, "x", "1");
    fsip_msg_free(m);
    BAD("Replaces: ;to-tag=1;from-tag=2\r\n", "Replaces");
    BAD("Replaces: a b;to-tag=1;from-tag=2\r\n", "Replaces");
}

static void test_refer_sub(void **state)
{
    (void)state;
    fsip_msg *m = MSG("Refer-Sub: false\r\nRefer-Sub: true;x=y\r\nRefer-Sub: TRUE\r\n");
    const fsip_hdr *h = first(m, FSIP_HDR_REFER_SUB);
    assert_false(h->p.refer_sub->value);
    h = next(m, h);
    assert_true(h->p.refer_sub->value);
    assert_param(&h->p.refer_sub->params, "x", "y");
    h = next(m, h);
    assert_true(h->p.refer_sub->value); /* ABNF literals are case-insensitive */
    fsip_msg_free(m);
    BAD("Refer-Sub: maybe\r\n", "Refer-Sub");
    BAD("Refer-Sub:\r\n", "Refer-Sub");
}

/* ---------------------------------------------- 100rel, session timers */

static void test_rseq_rack(void **state)
{
    (void)state;
    fsip_msg *m = MSG("RSeq: 988789\r\nRAck: 776656 1 INVITE\r\nRAck: 2 3 FOO\r\n");
    assert_int_equal(first(m, FSIP_HDR_RSEQ)->p.num, 988789);
    const fsip_hdr *h = first(m, FSIP_HDR_RACK);
    assert_int_equal(h->p.rack->rseq, 776656);
    assert_int_equal(h->p.rack->cseq, 1);
    assert_int_equal(h->p.rack->method, FSIP_METHOD_INVITE);
    assert_view(h->p.rack->method_name, "INVITE");
    h = next(m, h);
    assert_int_equal(h->p.rack->method, FSIP_METHOD_OTHER);
    assert_view(h->p.rack->method_name, "FOO");
    fsip_msg_free(m);
    BAD("RSeq: abc\r\n", "RSeq");
    BAD("RSeq: 4294967296\r\n", "RSeq");
    BAD("RAck: 1 INVITE\r\n", "RAck");
    BAD("RAck: 1 2\r\n", "RAck");
    BAD("RAck: 1 4294967296 INVITE\r\n", "RAck");
}

static void test_session_timers(void **state)
{
    (void)state;
    fsip_msg *m = MSG("Session-Expires: 4000;refresher=uac\r\n"
                      "x: 1800\r\n"
                      "Session-Expires: 90 ; refresher = uas;foo=1\r\n"
                      "Min-SE: 90\r\n"
                      "Min-SE: 120;x\r\n");
    const fsip_hdr *h = first(m, FSIP_HDR_SESSION_EXPIRES);
    assert_int_equal(h->p.se->delta, 4000);
    assert_view(h->p.se->refresher, "uac");
    h = next(m, h);
    assert_view(h->name, "x");
    assert_int_equal(h->p.se->delta, 1800);
    assert_view_null(h->p.se->refresher);
    h = next(m, h);
    assert_view(h->p.se->refresher, "uas");
    assert_param(&h->p.se->params, "foo", "1");
    h = first(m, FSIP_HDR_MIN_SE);
    assert_int_equal(h->p.se->delta, 90);
    h = next(m, h);
    assert_int_equal(h->p.se->delta, 120);
    assert_param(&h->p.se->params, "x", NULL);
    fsip_msg_free(m);
    BAD("Session-Expires: abc\r\n", "Session-Expires");
    BAD("Session-Expires: 100;refresher=\r\n", "Session-Expires");
    BAD("Min-SE: x\r\n", "Min-SE");
}

/* ---------------------------------------------------------------- auth */

static void test_auth(void **state)
{
    (void)state;
    /* RFC 3261 §20.44 / §25.1; commas separate auth-params, not values. */
    fsip_msg *m =
        MSG("WWW-Authenticate: Digest realm=\"atlanta.com\",\r\n"
            " domain=\"sip:boxesbybob.com\", qop=\"auth\",\r\n"
            " nonce=\"f84f1cec41e6cbe5aea9c8e88d359\",\r\n"
            " opaque=\"\", stale=FALSE, algorithm=MD5\r\n"
            "Proxy-Authenticate: Digest realm=\"atlanta.com\", qop=\"auth,auth-int\", "
            "nonce=\"wf84f1ceczx41ae6cbe5aea9c8e88d359\"\r\n"
            "Authorization: Digest username=\"bob\", realm=\"biloxi.com\", "
            "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", uri=\"sip:bob@biloxi.com\", "
            "qop=auth, nc=00000001, cnonce=\"0a4f113b\", "
            "response=\"6629fae49393a05397450978507c4ef1\", "
            "opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"\r\n"
            "Proxy-Authorization: Digest username=\"alice\", realm=\"atlanta.com\",\r\n"
            "  nonce=\"c60f3082ee1212b402a21831ae\", response=\"245f23415f11432b3434341c022\"\r\n"
            "Authorization: NoOneKnowsThisScheme opaque-data=here\r\n");
    const fsip_hdr *h = first(m, FSIP_HDR_WWW_AUTHENTICATE);
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_WWW_AUTHENTICATE), 1);
    const fsip_auth *a = h->p.auth;
    assert_view(a->scheme, "Digest");
    assert_int_equal(a->params.n, 7);
    assert_param(&a->params, "realm", "\"atlanta.com\"");
    assert_param(&a->params, "domain", "\"sip:boxesbybob.com\"");
    assert_param(&a->params, "opaque", "\"\"");
    assert_param(&a->params, "stale", "FALSE");
    assert_param(&a->params, "algorithm", "MD5");
    assert_true(h->flags & FSIP_HDR_F_FOLDED);

    h = first(m, FSIP_HDR_PROXY_AUTHENTICATE);
    assert_int_equal(h->p.auth->params.n, 3);
    assert_param(&h->p.auth->params, "qop", "\"auth,auth-int\"");

    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_AUTHORIZATION), 2);
    h = first(m, FSIP_HDR_AUTHORIZATION);
    a = h->p.auth;
    assert_view(a->scheme, "Digest");
    assert_int_equal(a->params.n, 9);
    assert_param(&a->params, "username", "\"bob\"");
    assert_param(&a->params, "uri", "\"sip:bob@biloxi.com\"");
    assert_param(&a->params, "qop", "auth");
    assert_param(&a->params, "nc", "00000001");
    h = next(m, h);
    assert_view(h->p.auth->scheme, "NoOneKnowsThisScheme");
    assert_param(&h->p.auth->params, "opaque-data", "here");

    h = first(m, FSIP_HDR_PROXY_AUTHORIZATION);
    assert_int_equal(h->p.auth->params.n, 4);
    assert_param(&h->p.auth->params, "response", "\"245f23415f11432b3434341c022\"");
    fsip_msg_free(m);

    BAD("Authorization: Digest username=\"bob\r\n", "Authorization");
    BAD("WWW-Authenticate:\r\n", "WWW-Authenticate");
    BAD("Proxy-Authorization: Digest realm=\r\n", "Proxy-Authorization");
}

/* -------------------------------------------------- Date, Retry-After */

static void test_date(void **state)
{
    (void)state;
    fsip_msg *m = MSG("Date: Sat, 13 Nov 2010 23:29:00 GMT\r\n"
                      "Date: Thu, 21 Feb 2002 13:02:03 GMT\r\n"
                      "Date: Thu, 01 Jan 1970 00:00:00 GMT\r\n"
                      "Date: Tue, 29 Feb 2000 12:00:00 GMT\r\n");
    const fsip_hdr *h = first(m, FSIP_HDR_DATE);
    assert_int_equal(h->p.date, 1289690940);
    assert_view(h->value, "Sat, 13 Nov 2010 23:29:00 GMT");
    h = next(m, h);
    assert_int_equal(h->p.date, 1014296523);
    h = next(m, h);
    assert_int_equal(h->p.date, 0);
    h = next(m, h);
    assert_int_equal(h->p.date, 951825600);
    fsip_msg_free(m);

    /* RFC 4475 §3.1.2.12: only GMT. */
    BAD("Date: Fri, 01 Jan 2010 16:00:00 EST\r\n", "Date");
    BAD("Date: Fri, 01 Jan 2010 16:00:00 UTC\r\n", "Date");
    BAD("Date: Fri, 01 Foo 2010 16:00:00 GMT\r\n", "Date");
    BAD("Date: Fri, 1 Jan 2010 16:00:00 GMT\r\n", "Date"); /* 2DIGIT day */
    BAD("Date: 01 Jan 2010 16:00:00 GMT\r\n", "Date");
    BAD("Date: yesterday\r\n", "Date");
}

static void test_retry_after(void **state)
{
    (void)state;
    fsip_msg *m = MSG("Retry-After: 18000;duration=3600\r\n"
                      "Retry-After: 120 (I'm in a meeting)\r\n"
                      "Retry-After: 5\r\n");
    const fsip_hdr *h = first(m, FSIP_HDR_RETRY_AFTER);
    assert_int_equal(h->p.retry_after->delta, 18000);
    assert_param(&h->p.retry_after->params, "duration", "3600");
    assert_view_null(h->p.retry_after->comment);
    h = next(m, h);
    assert_int_equal(h->p.retry_after->delta, 120);
    fsip_str c = h->p.retry_after->comment;
    assert_non_null(c.ptr);
    assert_true(c.len >= 16);
    assert_non_null(memmem(c.ptr, c.len, "I'm in a meeting", 16));
    h = next(m, h);
    assert_int_equal(h->p.retry_after->delta, 5);
    assert_int_equal(h->p.retry_after->params.n, 0);
    fsip_msg_free(m);
    BAD("Retry-After: soon\r\n", "Retry-After");
    BAD("Retry-After: 120 (unclosed\r\n", "Retry-After");
}

/* ------------------------------------------------------ unknown headers */

static void test_unknown(void **state)
{
    (void)state;
    fsip_msg *m = MSG("X-Foo: ;;,,bar , baz;\r\n"
                      "x-FOO: second\r\n"
                      "Subject: Lunch, tomorrow?\r\n"
                      "Accept: application/sdp, text/plain\r\n"
                      "P-Empty:\r\n"
                      "User-Agent: fsip/0.1 (test)  \r\n");
    const fsip_hdr *h = fsip_msg_hdr_find(m, "x-foo");
    assert_non_null(h);
    assert_int_equal(h->id, FSIP_HDR_OTHER);
    assert_view(h->name, "X-Foo");
    assert_view(h->value, ";;,,bar , baz;");
    assert_ptr_equal(fsip_msg_hdr_find(m, "X-FOO"), h);
    assert_view(fsip_msg_hdr_find(m, "Subject")->value, "Lunch, tomorrow?");
    assert_view(fsip_msg_hdr_find(m, "accept")->value, "application/sdp, text/plain");
    h = fsip_msg_hdr_find(m, "P-Empty");
    assert_non_null(h);
    assert_non_null(h->value.ptr);
    assert_int_equal(h->value.len, 0);
    /* trailing whitespace is not part of the value */
    assert_view(fsip_msg_hdr_find(m, "User-Agent")->value, "fsip/0.1 (test)");
    assert_null(fsip_msg_hdr_find(m, "X-Bar"));
    /* unknown headers are never split and keep their order */
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_OTHER), 6);
    fsip_msg_free(m);

    /* A header name is a token. */
    char *s = with("X Foo: bar\r\n");
    test_parse_err(s, FSIP_EPARSE, NULL, 400);
    free(s);
    s = with("X-Foo bar\r\n");
    test_parse_err(s, FSIP_EPARSE, NULL, 400);
    free(s);
    s = with(": bar\r\n");
    test_parse_err(s, FSIP_EPARSE, NULL, 400);
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_via_all_params),
        FSIP_TEST(test_via_rport_and_absent),
        FSIP_TEST(test_via_ipv6_and_transports),
        FSIP_TEST(test_via_lws_and_case),
        FSIP_TEST(test_via_list),
        FSIP_TEST(test_via_errors),
        FSIP_TEST(test_from_to),
        FSIP_TEST(test_from_to_errors),
        FSIP_TEST(test_contact),
        FSIP_TEST(test_route),
        FSIP_TEST(test_call_id),
        FSIP_TEST(test_cseq),
        FSIP_TEST(test_numbers),
        FSIP_TEST(test_content_type),
        FSIP_TEST(test_token_lists),
        FSIP_TEST(test_empty_token_lists),
        FSIP_TEST(test_event),
        FSIP_TEST(test_subscription_state),
        FSIP_TEST(test_refer_to),
        FSIP_TEST(test_referred_by),
        FSIP_TEST(test_replaces),
        FSIP_TEST(test_refer_sub),
        FSIP_TEST(test_rseq_rack),
        FSIP_TEST(test_session_timers),
        FSIP_TEST(test_auth),
        FSIP_TEST(test_date),
        FSIP_TEST(test_retry_after),
        FSIP_TEST(test_unknown),
    };
    return cmocka_run_group_tests_name("headers", tests, NULL, NULL);
}
