/* Digest authentication (runtime/auth.c): the RFC examples, client <->
 * server round trips, stale nonces, refused passwords, nc replay, expiry,
 * several challenges, unsupported and malformed challenges, and a
 * failmalloc sweep. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fsip/auth.h"
#include "testsip.h"

#define INVITE_URI "sip:bob@biloxi.example.com"

static const char invite_text[] = "INVITE " INVITE_URI " SIP/2.0\r\n"
                                  "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1\r\n"
                                  "Max-Forwards: 70\r\n"
                                  "From: <sip:alice@atlanta.example.com>;tag=a1\r\n"
                                  "To: <sip:bob@biloxi.example.com>\r\n"
                                  "Call-ID: c1@192.0.2.1\r\n"
                                  "CSeq: 1 INVITE\r\n"
                                  "Content-Length: 0\r\n\r\n";

/* A response with the given challenge lines ("Name: value\r\n"...). */
static fsip_msg *challenge(int status, const char *lines)
{
    char buf[4096];
    snprintf(buf, sizeof buf,
             "SIP/2.0 %d Unauthorized\r\n"
             "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1\r\n"
             "From: <sip:alice@atlanta.example.com>;tag=a1\r\n"
             "To: <sip:bob@biloxi.example.com>;tag=b1\r\n"
             "Call-ID: c1@192.0.2.1\r\n"
             "CSeq: 1 INVITE\r\n"
             "%s"
             "Content-Length: 0\r\n\r\n",
             status, lines);
    return test_parse_ok(buf);
}

/* The message printed and parsed again: what the peer receives. */
static fsip_msg *wire(const fsip_msg *m)
{
    size_t len;
    char *s = test_print(m, &len);
    fsip_msg *p = NULL;
    fsip_parse_result r;
    assert_int_equal(test_parse(s, len, FSIP_PARSE_DATAGRAM, 0, &p, &r), FSIP_OK);
    free(s);
    return p;
}

/* Param `name` of the n-th credentials header `id`, unquoted (no
 * quoted-pairs in what the tests compare), into a static buffer; NULL when
 * absent. */
static const char *cred(const fsip_msg *m, fsip_hdr_id id, int n, const char *name)
{
    static char out[512];
    const fsip_hdr *h = fsip_msg_hdr_first(m, id);
    while (h && n--)
        h = fsip_msg_hdr_next(m, h);
    if (!h || !h->p.auth) return NULL;
    const fsip_param *p = fsip_params_find(&h->p.auth->params, name);
    if (!p) return NULL;
    fsip_str v = p->value;
    if (v.len >= 2 && v.ptr[0] == '"') {
        v.ptr++;
        v.len -= 2;
    }
    snprintf(out, sizeof out, "%.*s", (int)v.len, v.ptr);
    return out;
}

static int pw_lookup(const char *user, const char *realm, char *password, size_t cap, void *arg)
{
    (void)realm;
    (void)arg;
    if (strcmp(user, "alice")) return FSIP_ENOTFOUND;
    snprintf(password, cap, "%s", "s3cret");
    return 0;
}

#define REALM "biloxi.example.com"

static fsip_auth_server *server(const char *realm, bool proxy, bool sha256, bool md5,
                                uint32_t max_nonces)
{
    fsip_auth_server_config sc;
    fsip_auth_server_config_init(&sc);
    sc.realm = realm;
    sc.proxy = proxy;
    sc.sha256 = sha256;
    sc.md5 = md5;
    if (max_nonces) sc.max_nonces = max_nonces;
    sc.password = pw_lookup;
    sc.alloc = test_alloc;
    fsip_auth_server *s = NULL;
    assert_int_equal(fsip_auth_server_new(&sc, &s), 0);
    return s;
}

static fsip_auth_client *client(const char *user, const char *pass)
{
    fsip_auth_client_config cc = {.username = user, .password = pass, .alloc = test_alloc};
    fsip_auth_client *c = NULL;
    assert_int_equal(fsip_auth_client_new(&cc, &c), 0);
    return c;
}

/* The client's answer to the server's challenge of invite_text. */
struct answered {
    fsip_auth_server *s;
    fsip_auth_client *c;
    fsip_msg *req, *ch, *retry;
};

/* x answers, as alice, the challenge s issues at `now`; x owns s. */
static void answered_init(struct answered *x, fsip_auth_server *s, uint64_t now)
{
    x->s = s;
    x->c = client("alice", "s3cret");
    x->req = test_parse_ok(invite_text);
    x->ch = fsip_auth_server_challenge(s, x->req, false, now);
    x->retry = test_parse_ok(invite_text);
    assert_int_equal(fsip_auth_client_respond(x->c, x->ch, x->retry), 0);
}

static void answered_free(struct answered *x)
{
    fsip_msg_free(x->retry);
    fsip_msg_free(x->ch);
    fsip_msg_free(x->req);
    fsip_auth_client_free(x->c);
    fsip_auth_server_free(x->s);
}

/* ------------------------------------------------------- RFC examples */

static void test_rfc7616_example(void **st)
{
    (void)st;
    char out[65];
    /* RFC 7616 §3.9.1. */
    static const char *nonce = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
    static const char *cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";
    assert_int_equal(fsip_digest_response(FSIP_DIGEST_MD5, "Mufasa", "http-auth@example.org",
                                          "Circle of Life", "GET", "/dir/index.html", nonce,
                                          "00000001", cnonce, "auth", out, sizeof out),
                     32);
    assert_string_equal(out, "8ca523f5e9506fed4657c9700eebdbec");
    assert_int_equal(fsip_digest_response(FSIP_DIGEST_SHA256, "Mufasa", "http-auth@example.org",
                                          "Circle of Life", "GET", "/dir/index.html", nonce,
                                          "00000001", cnonce, "auth", out, sizeof out),
                     64);
    assert_string_equal(out, "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
    /* Too small a buffer, missing inputs. */
    assert_int_equal(fsip_digest_response(FSIP_DIGEST_SHA256, "Mufasa", "r", "p", "GET", "/", nonce,
                                          "00000001", cnonce, "auth", out, 33),
                     FSIP_EINVAL);
    assert_int_equal(fsip_digest_response(FSIP_DIGEST_MD5, "Mufasa", "r", "p", "GET", "/", nonce,
                                          NULL, NULL, "auth", out, sizeof out),
                     FSIP_EINVAL);
    assert_string_equal(fsip_digest_alg_name(FSIP_DIGEST_SHA256_SESS), "SHA-256-sess");
}

static void test_rfc2617_example(void **st)
{
    (void)st;
    char out[33];
    /* RFC 2617 §3.5. */
    assert_int_equal(fsip_digest_response(FSIP_DIGEST_MD5, "Mufasa", "testrealm@host.com",
                                          "Circle Of Life", "GET", "/dir/index.html",
                                          "dcd98b7102dd2f0e8b11d0f600bfb0c093", "00000001",
                                          "0a4f113b", "auth", out, sizeof out),
                     32);
    assert_string_equal(out, "6629fae49393a05397450978507c4ef1");
}

/* ------------------------------------------------------- round trips */

static void roundtrip(bool proxy, bool sha256, bool md5, const char *want_alg)
{
    fsip_auth_server *s = server(REALM, proxy, sha256, md5, 0);
    fsip_auth_client *c = client("alice", "s3cret");
    fsip_msg *req = test_parse_ok(invite_text);
    assert_int_equal(fsip_auth_server_check(s, req, 1000, NULL, 0), FSIP_AUTH_MISSING);
    fsip_msg *ch0 = fsip_auth_server_challenge(s, req, false, 1000);
    assert_non_null(ch0);
    assert_int_equal(fsip_msg_status(ch0), proxy ? 407 : 401);
    assert_int_equal(
        fsip_msg_hdr_count_id(ch0, proxy ? FSIP_HDR_PROXY_AUTHENTICATE : FSIP_HDR_WWW_AUTHENTICATE),
        (sha256 ? 1u : 0u) + (md5 ? 1u : 0u));
    fsip_msg *ch = wire(ch0);
    fsip_msg *retry = test_parse_ok(invite_text);
    assert_int_equal(fsip_auth_client_respond(c, ch, retry), 0);
    fsip_hdr_id cid = proxy ? FSIP_HDR_PROXY_AUTHORIZATION : FSIP_HDR_AUTHORIZATION;
    assert_int_equal(fsip_msg_hdr_count_id(retry, cid), 1);
    assert_string_equal(cred(retry, cid, 0, "algorithm"), want_alg);
    assert_string_equal(cred(retry, cid, 0, "uri"), INVITE_URI);
    assert_string_equal(cred(retry, cid, 0, "nc"), "00000001");
    assert_string_equal(cred(retry, cid, 0, "qop"), "auth");
    assert_int_equal(strlen(cred(retry, cid, 0, "cnonce")), 32);
    fsip_msg *got = wire(retry);
    char user[16];
    assert_int_equal(fsip_auth_server_check(s, got, 2000, user, sizeof user), FSIP_AUTH_OK);
    assert_string_equal(user, "alice");
    /* RFC 7616 §3.4: the same nc again is a replay. */
    assert_int_equal(fsip_auth_server_check(s, got, 2000, NULL, 0), FSIP_AUTH_FAILED);
    /* The next request to the realm, authorized ahead: nc 2. */
    fsip_msg *next = test_parse_ok(invite_text);
    assert_int_equal(fsip_auth_client_authorize(c, next), 1);
    assert_string_equal(cred(next, cid, 0, "nc"), "00000002");
    fsip_msg *got2 = wire(next);
    assert_int_equal(fsip_auth_server_check(s, got2, 3000, NULL, 0), FSIP_AUTH_OK);
    /* The wrong kind of header is not looked at. */
    fsip_auth_client_reset(c);
    assert_int_equal(fsip_auth_client_authorize(c, req), 0);
    fsip_msg_free(got2);
    fsip_msg_free(next);
    fsip_msg_free(got);
    fsip_msg_free(retry);
    fsip_msg_free(ch);
    fsip_msg_free(ch0);
    fsip_msg_free(req);
    fsip_auth_client_free(c);
    fsip_auth_server_free(s);
}

static void test_roundtrip_sha256(void **st)
{
    (void)st;
    roundtrip(false, true, true, "SHA-256"); /* both offered: RFC 8760 §2.4 */
    roundtrip(true, true, false, "SHA-256");
}

static void test_roundtrip_md5(void **st)
{
    (void)st;
    roundtrip(false, false, true, "MD5");
    roundtrip(true, false, true, "MD5");
}

/* The response param of credentials header n, checked against our own
 * computation from the values it carries. */
static void check_response(const fsip_msg *m, fsip_hdr_id id, fsip_digest_alg alg,
                           const char *realm, const char *password, const char *nonce, bool qop)
{
    char want[65], cn[128], nc[16];
    const char *c = cred(m, id, 0, "cnonce");
    snprintf(cn, sizeof cn, "%s", c ? c : "");
    const char *n = cred(m, id, 0, "nc");
    snprintf(nc, sizeof nc, "%s", n ? n : "");
    assert_true(fsip_digest_response(alg, "alice", realm, password, "INVITE", INVITE_URI, nonce,
                                     qop ? nc : NULL, c ? cn : NULL, qop ? "auth" : NULL, want,
                                     sizeof want) > 0);
    assert_string_equal(cred(m, id, 0, "response"), want);
}

static void test_sess_and_no_qop(void **st)
{
    (void)st;
    fsip_auth_client *c = client("alice", "s3cret");
    /* MD5-sess with qop. */
    fsip_msg *ch = challenge(401, "WWW-Authenticate: Digest realm=\"r1\", nonce=\"n1\", "
                                  "algorithm=MD5-sess, qop=\"auth\", opaque=\"op1\"\r\n");
    fsip_msg *retry = test_parse_ok(invite_text);
    assert_int_equal(fsip_auth_client_respond(c, ch, retry), 0);
    assert_string_equal(cred(retry, FSIP_HDR_AUTHORIZATION, 0, "algorithm"), "MD5-sess");
    assert_string_equal(cred(retry, FSIP_HDR_AUTHORIZATION, 0, "opaque"), "op1");
    check_response(retry, FSIP_HDR_AUTHORIZATION, FSIP_DIGEST_MD5_SESS, "r1", "s3cret", "n1", true);
    fsip_msg_free(retry);
    fsip_msg_free(ch);
    /* SHA-256-sess. */
    ch = challenge(401, "WWW-Authenticate: Digest realm=\"r2\", nonce=\"n2\", "
                        "algorithm=SHA-256-sess, qop=\"auth,auth-int\"\r\n");
    retry = test_parse_ok(invite_text);
    assert_int_equal(fsip_auth_client_respond(c, ch, retry), 0);
    check_response(retry, FSIP_HDR_AUTHORIZATION, FSIP_DIGEST_SHA256_SESS, "r2", "s3cret", "n2",
                   true);
    assert_null(cred(retry, FSIP_HDR_AUTHORIZATION, 0, "opaque"));
    fsip_msg_free(retry);
    fsip_msg_free(ch);
    /* No qop, no algorithm: the RFC 2069 form with MD5 (RFC 3261 §22.4). */
    ch = challenge(407, "Proxy-Authenticate: Digest realm=\"r3\", nonce=\"n3\"\r\n");
    retry = test_parse_ok(invite_text);
    assert_int_equal(fsip_auth_client_respond(c, ch, retry), 0);
    assert_int_equal(fsip_msg_hdr_count_id(retry, FSIP_HDR_AUTHORIZATION), 0);
    assert_null(cred(retry, FSIP_HDR_PROXY_AUTHORIZATION, 0, "nc"));
    assert_null(cred(retry, FSIP_HDR_PROXY_AUTHORIZATION, 0, "qop"));
    assert_null(cred(retry, FSIP_HDR_PROXY_AUTHORIZATION, 0, "cnonce"));
    check_response(retry, FSIP_HDR_PROXY_AUTHORIZATION, FSIP_DIGEST_MD5, "r3", "s3cret", "n3",
                   false);
    fsip_msg_free(retry);
    fsip_msg_free(ch);
    fsip_auth_client_free(c);
}

/* The server's nonce in a challenge offered without qop: RFC 2069 clients. */
static void test_server_no_qop(void **st)
{
    (void)st;
    fsip_auth_server *s = server(REALM, false, false, true, 0);
    fsip_auth_client *c = client("alice", "s3cret");
    fsip_msg *req = test_parse_ok(invite_text);
    fsip_msg *ch0 = fsip_auth_server_challenge(s, req, false, 0);
    char line[512];
    snprintf(line, sizeof line,
             "WWW-Authenticate: Digest realm=\"biloxi.example.com\", nonce=\"%s\"\r\n",
             cred(ch0, FSIP_HDR_WWW_AUTHENTICATE, 0, "nonce"));
    fsip_msg *ch = challenge(401, line);
    fsip_msg *retry = test_parse_ok(invite_text);
    assert_int_equal(fsip_auth_client_respond(c, ch, retry), 0);
    fsip_msg *got = wire(retry);
    assert_int_equal(fsip_auth_server_check(s, got, 10, NULL, 0), FSIP_AUTH_OK);
    /* Without nc a nonce is good once: then a fresh one. */
    assert_int_equal(fsip_auth_server_check(s, got, 20, NULL, 0), FSIP_AUTH_STALE);
    fsip_msg_free(got);
    fsip_msg_free(retry);
    fsip_msg_free(ch);
    fsip_msg_free(ch0);
    fsip_msg_free(req);
    fsip_auth_client_free(c);
    fsip_auth_server_free(s);
}

/* ------------------------------------------------------- stale, refusal */

static void test_stale(void **st)
{
    (void)st;
    fsip_auth_client *c = client("alice", "s3cret");
    fsip_msg *ch =
        challenge(401, "WWW-Authenticate: Digest realm=\"r\", nonce=\"n1\", qop=auth\r\n");
    fsip_msg *r1 = test_parse_ok(invite_text);
    assert_int_equal(fsip_auth_client_respond(c, ch, r1), 0);
    /* The same nonce again, not stale: the password was refused. */
    fsip_msg *r2 = test_parse_ok(invite_text);
    assert_int_equal(fsip_auth_client_respond(c, ch, r2), FSIP_EAUTH);
    assert_int_equal(fsip_msg_hdr_count_id(r2, FSIP_HDR_AUTHORIZATION), 0);
    /* Another call (Call-ID) challenged with the same nonce, as a server
     * that hands one nonce to every challenge of a second does: answered. */
    static const char other_call[] = "INVITE " INVITE_URI " SIP/2.0\r\n"
                                     "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK2\r\n"
                                     "Max-Forwards: 70\r\n"
                                     "From: <sip:alice@atlanta.example.com>;tag=a2\r\n"
                                     "To: <sip:bob@biloxi.example.com>\r\n"
                                     "Call-ID: c2@192.0.2.1\r\n"
                                     "CSeq: 1 INVITE\r\n"
                                     "Content-Length: 0\r\n\r\n";
    fsip_msg *r3 = test_parse_ok(other_call);
    assert_int_equal(fsip_auth_client_respond(c, ch, r3), 0);
    assert_string_equal(cred(r3, FSIP_HDR_AUTHORIZATION, 0, "nonce"), "n1");
    /* ... but challenged again for that answer: refused. */
    assert_int_equal(fsip_auth_client_respond(c, ch, r3), FSIP_EAUTH);
    fsip_msg_free(r3);
    /* stale=true with a new nonce: answered again, nc from 1. */
    fsip_msg *chs = challenge(
        401, "WWW-Authenticate: Digest realm=\"r\", nonce=\"n2\", qop=auth, stale=TRUE\r\n");
    assert_int_equal(fsip_auth_client_respond(c, chs, r1), 0);
    assert_int_equal(fsip_msg_hdr_count_id(r1, FSIP_HDR_AUTHORIZATION), 1);
    assert_string_equal(cred(r1, FSIP_HDR_AUTHORIZATION, 0, "nonce"), "n2");
    assert_string_equal(cred(r1, FSIP_HDR_AUTHORIZATION, 0, "nc"), "00000001");
    fsip_msg_free(chs);
    fsip_msg_free(r2);
    fsip_msg_free(r1);
    fsip_msg_free(ch);
    fsip_auth_client_free(c);
}

static void test_wrong_password(void **st)
{
    (void)st;
    fsip_auth_server *s = server(REALM, true, true, true, 0);
    fsip_auth_client *c = client("alice", "wrong");
    fsip_msg *req = test_parse_ok(invite_text);
    fsip_msg *ch1 = fsip_auth_server_challenge(s, req, false, 0);
    assert_int_equal(fsip_auth_client_respond(c, ch1, req), 0);
    fsip_msg *got = wire(req);
    assert_int_equal(fsip_auth_server_check(s, got, 1, NULL, 0), FSIP_AUTH_FAILED);
    /* The server challenges again with a fresh nonce (as Kamailio does):
     * the request already answered this realm, so the password is wrong. */
    fsip_msg *ch2 = fsip_auth_server_challenge(s, got, false, 2);
    assert_int_equal(fsip_auth_client_respond(c, ch2, req), FSIP_EAUTH);
    /* An unknown user fails the same way. */
    fsip_auth_client *c2 = client("mallory", "s3cret");
    fsip_msg *r2 = test_parse_ok(invite_text);
    assert_int_equal(fsip_auth_client_respond(c2, ch2, r2), 0);
    fsip_msg *got2 = wire(r2);
    assert_int_equal(fsip_auth_server_check(s, got2, 3, NULL, 0), FSIP_AUTH_FAILED);
    fsip_msg_free(got2);
    fsip_msg_free(r2);
    fsip_auth_client_free(c2);
    fsip_msg_free(ch2);
    fsip_msg_free(got);
    fsip_msg_free(ch1);
    fsip_msg_free(req);
    fsip_auth_client_free(c);
    fsip_auth_server_free(s);
}

static void test_expiry_and_eviction(void **st)
{
    (void)st;
    struct answered x;
    answered_init(&x, server(REALM, false, true, false, 2), 5000);
    fsip_auth_server *s = x.s;
    fsip_auth_client *c = x.c;
    fsip_msg *req = x.req;
    fsip_msg *got = wire(x.retry);
    /* 300 s later (the default): still good; a moment after, stale. */
    assert_int_equal(fsip_auth_server_check(s, got, 5000 + 301000, NULL, 0), FSIP_AUTH_STALE);
    assert_int_equal(fsip_auth_server_check(s, got, 5000 + 300000, NULL, 0), FSIP_AUTH_OK);
    /* A stale challenge says so. */
    fsip_msg *sc = fsip_auth_server_challenge(s, req, true, 6000);
    assert_string_equal(cred(sc, FSIP_HDR_WWW_AUTHENTICATE, 0, "stale"), "true");
    /* Two more nonces issued: the first left the table of two: stale. */
    fsip_msg *ch3 = fsip_auth_server_challenge(s, req, false, 6000);
    fsip_msg *r2 = test_parse_ok(invite_text);
    fsip_auth_client_reset(c);
    assert_int_equal(fsip_auth_client_respond(c, x.ch, r2), 0);
    fsip_msg *got2 = wire(r2);
    assert_int_equal(fsip_auth_server_check(s, got2, 7000, NULL, 0), FSIP_AUTH_STALE);
    /* A forged nonce (right shape, wrong MAC): stale, never OK. */
    char line[512], nonce[128];
    snprintf(nonce, sizeof nonce, "%s", cred(ch3, FSIP_HDR_WWW_AUTHENTICATE, 0, "nonce"));
    nonce[5] = nonce[5] == '0' ? '1' : '0';
    snprintf(line, sizeof line,
             "WWW-Authenticate: Digest realm=\"biloxi.example.com\", nonce=\"%s\", qop=auth, "
             "algorithm=SHA-256\r\n",
             nonce);
    fsip_msg *forged = challenge(401, line);
    fsip_msg *r3 = test_parse_ok(invite_text);
    fsip_auth_client_reset(c);
    assert_int_equal(fsip_auth_client_respond(c, forged, r3), 0);
    fsip_msg *got3 = wire(r3);
    assert_int_equal(fsip_auth_server_check(s, got3, 7000, NULL, 0), FSIP_AUTH_STALE);
    fsip_msg_free(got3);
    fsip_msg_free(r3);
    fsip_msg_free(forged);
    fsip_msg_free(got2);
    fsip_msg_free(r2);
    fsip_msg_free(ch3);
    fsip_msg_free(sc);
    fsip_msg_free(got);
    answered_free(&x);
}

static void test_server_checks(void **st)
{
    (void)st;
    struct answered x;
    answered_init(&x, server(REALM, false, true, true, 0), 0);
    fsip_auth_server *s = x.s;
    size_t len;
    char *text = test_print(x.retry, &len);
    /* The credentials sent for another Request-URI: FAILED. */
    char *moved = malloc(len + 16);
    const char *rest = strstr(text, " SIP/2.0\r\n");
    snprintf(moved, len + 16, "INVITE sip:carol@biloxi.example.com%s", rest);
    fsip_msg *m = test_parse_ok(moved);
    assert_int_equal(fsip_auth_server_check(s, m, 1, NULL, 0), FSIP_AUTH_FAILED);
    fsip_msg_free(m);
    /* Another realm only: MISSING; no response param: BAD. */
    fsip_msg *other = test_parse_ok(invite_text);
    assert_int_equal(fsip_msg_hdr_add(other, "Authorization",
                                      "Digest username=\"alice\", realm=\"elsewhere\", "
                                      "nonce=\"x\", uri=\"" INVITE_URI "\", response=\"00\""),
                     0);
    assert_int_equal(fsip_auth_server_check(s, other, 1, NULL, 0), FSIP_AUTH_MISSING);
    assert_int_equal(fsip_msg_hdr_set(other, "Authorization",
                                      "Digest username=\"alice\", realm=\"biloxi.example.com\", "
                                      "nonce=\"x\", uri=\"" INVITE_URI "\""),
                     0);
    assert_int_equal(fsip_auth_server_check(s, other, 1, NULL, 0), FSIP_AUTH_BAD);
    assert_int_equal(fsip_msg_hdr_set(other, "Authorization",
                                      "Digest username=\"alice\", realm=\"biloxi.example.com\", "
                                      "nonce=\"x\", uri=\"" INVITE_URI "\", response=\"00\", "
                                      "qop=auth, nc=0000001, cnonce=\"c\""),
                     0);
    assert_int_equal(fsip_auth_server_check(s, other, 1, NULL, 0), FSIP_AUTH_BAD);
    /* The good one still passes after all that. */
    fsip_msg *got = wire(x.retry);
    assert_int_equal(fsip_auth_server_check(s, got, 1, NULL, 0), FSIP_AUTH_OK);
    fsip_msg_free(got);
    fsip_msg_free(other);
    free(moved);
    free(text);
    answered_free(&x);
    /* Config errors. */
    fsip_auth_server_config sc;
    fsip_auth_server_config_init(&sc);
    fsip_auth_server *bad = NULL;
    assert_int_equal(fsip_auth_server_new(&sc, &bad), FSIP_EINVAL);
    sc.realm = "r";
    assert_int_equal(fsip_auth_server_new(&sc, &bad), FSIP_EINVAL);
    sc.password = pw_lookup;
    sc.sha256 = sc.md5 = false;
    assert_int_equal(fsip_auth_server_new(&sc, &bad), FSIP_EINVAL);
    fsip_auth_client_config cc = {.alloc = test_alloc};
    fsip_auth_client *cb = NULL;
    assert_int_equal(fsip_auth_client_new(&cc, &cb), FSIP_EINVAL);
}

/* ------------------------------------------------- several challenges */

static int creds_a_only(const char *realm, char *user, size_t ucap, char *pass, size_t pcap,
                        void *arg)
{
    int *calls = arg;
    (*calls)++;
    if (strcmp(realm, "a.example")) return FSIP_ENOTFOUND;
    snprintf(user, ucap, "alice");
    snprintf(pass, pcap, "pa");
    return 0;
}

static void test_two_realms(void **st)
{
    (void)st;
    fsip_auth_client *c = client("alice", "s3cret");
    static const char *two =
        "Proxy-Authenticate: Digest realm=\"a.example\", nonce=\"na\", qop=\"auth\"\r\n"
        "Proxy-Authenticate: Digest realm=\"b.example\", nonce=\"nb\", algorithm=MD5, "
        "qop=\"auth\"\r\n"
        "Proxy-Authenticate: Digest realm=\"b.example\", nonce=\"nb2\", algorithm=SHA-256, "
        "qop=\"auth\"\r\n";
    fsip_msg *ch = challenge(407, two);
    fsip_msg *retry = test_parse_ok(invite_text);
    /* An earlier answer to realm a goes; another realm's is kept. */
    assert_int_equal(
        fsip_msg_hdr_add(retry, "Proxy-Authorization",
                         "Digest username=\"alice\", realm=\"a.example\", nonce=\"old\""),
        0);
    assert_int_equal(fsip_msg_hdr_add(retry, "Authorization",
                                      "Digest username=\"alice\", realm=\"uas.example\", "
                                      "nonce=\"u\""),
                     0);
    assert_int_equal(fsip_auth_client_respond(c, ch, retry), 0);
    assert_int_equal(fsip_msg_hdr_count_id(retry, FSIP_HDR_PROXY_AUTHORIZATION), 2);
    assert_int_equal(fsip_msg_hdr_count_id(retry, FSIP_HDR_AUTHORIZATION), 1);
    assert_string_equal(cred(retry, FSIP_HDR_AUTHORIZATION, 0, "realm"), "uas.example");
    assert_string_equal(cred(retry, FSIP_HDR_PROXY_AUTHORIZATION, 0, "realm"), "a.example");
    assert_string_equal(cred(retry, FSIP_HDR_PROXY_AUTHORIZATION, 0, "nonce"), "na");
    assert_string_equal(cred(retry, FSIP_HDR_PROXY_AUTHORIZATION, 0, "algorithm"), "MD5");
    assert_string_equal(cred(retry, FSIP_HDR_PROXY_AUTHORIZATION, 1, "realm"), "b.example");
    /* RFC 8760 §2.4: SHA-256 chosen though MD5 came first. */
    assert_string_equal(cred(retry, FSIP_HDR_PROXY_AUTHORIZATION, 1, "algorithm"), "SHA-256");
    assert_string_equal(cred(retry, FSIP_HDR_PROXY_AUTHORIZATION, 1, "nonce"), "nb2");
    fsip_msg *ahead = test_parse_ok(invite_text);
    assert_int_equal(fsip_auth_client_authorize(c, ahead), 2);
    assert_string_equal(cred(ahead, FSIP_HDR_PROXY_AUTHORIZATION, 0, "nc"), "00000002");
    fsip_msg_free(ahead);
    fsip_msg_free(retry);
    fsip_auth_client_free(c);
    /* Credentials by lookup: only realm a is known. */
    int calls = 0;
    fsip_auth_client_config cc = {
        .credentials = creds_a_only, .credentials_arg = &calls, .alloc = test_alloc};
    assert_int_equal(fsip_auth_client_new(&cc, &c), 0);
    retry = test_parse_ok(invite_text);
    assert_int_equal(fsip_auth_client_respond(c, ch, retry), 0);
    assert_int_equal(calls, 2);
    assert_int_equal(fsip_msg_hdr_count_id(retry, FSIP_HDR_PROXY_AUTHORIZATION), 1);
    assert_string_equal(cred(retry, FSIP_HDR_PROXY_AUTHORIZATION, 0, "username"), "alice");
    check_response(retry, FSIP_HDR_PROXY_AUTHORIZATION, FSIP_DIGEST_MD5, "a.example", "pa", "na",
                   true);
    fsip_msg_free(retry);
    fsip_msg_free(ch);
    /* None known: ENOTFOUND, the request unchanged. */
    ch = challenge(401, "WWW-Authenticate: Digest realm=\"z\", nonce=\"nz\"\r\n");
    retry = test_parse_ok(invite_text);
    assert_int_equal(fsip_auth_client_respond(c, ch, retry), FSIP_ENOTFOUND);
    assert_int_equal(fsip_msg_hdr_count_id(retry, FSIP_HDR_AUTHORIZATION), 0);
    fsip_msg_free(retry);
    fsip_msg_free(ch);
    fsip_auth_client_free(c);
}

/* A proxy challenges, then the UAS: the proxy's credentials stay on the
 * next attempt with the next nc (RFC 7616 §3.4), so the proxy sees no
 * replay; both verify. */
static void test_proxy_then_uas(void **st)
{
    (void)st;
    fsip_auth_server *px = server(REALM, true, true, false, 0);
    fsip_auth_server *uas = server("uas.example", false, true, true, 0);
    fsip_auth_client *c = client("alice", "s3cret");
    fsip_msg *req = test_parse_ok(invite_text);
    fsip_msg *ch1 = fsip_auth_server_challenge(px, req, false, 0);
    assert_int_equal(fsip_auth_client_respond(c, ch1, req), 0);
    fsip_msg *got1 = wire(req);
    assert_int_equal(fsip_auth_server_check(px, got1, 1, NULL, 0), FSIP_AUTH_OK);
    fsip_msg *ch2 = fsip_auth_server_challenge(uas, got1, false, 2);
    assert_int_equal(fsip_auth_client_respond(c, ch2, req), 0);
    assert_int_equal(fsip_msg_hdr_count_id(req, FSIP_HDR_PROXY_AUTHORIZATION), 1);
    assert_int_equal(fsip_msg_hdr_count_id(req, FSIP_HDR_AUTHORIZATION), 1);
    assert_string_equal(cred(req, FSIP_HDR_PROXY_AUTHORIZATION, 0, "nc"), "00000002");
    assert_string_equal(cred(req, FSIP_HDR_AUTHORIZATION, 0, "nc"), "00000001");
    fsip_msg *got2 = wire(req);
    assert_int_equal(fsip_auth_server_check(px, got2, 3, NULL, 0), FSIP_AUTH_OK);
    assert_int_equal(fsip_auth_server_check(uas, got2, 3, NULL, 0), FSIP_AUTH_OK);
    fsip_msg_free(got2);
    fsip_msg_free(ch2);
    fsip_msg_free(got1);
    fsip_msg_free(ch1);
    fsip_msg_free(req);
    fsip_auth_client_free(c);
    fsip_auth_server_free(uas);
    fsip_auth_server_free(px);
}

static void test_quoted_pair(void **st)
{
    (void)st;
    fsip_auth_client *c = client("al\"ice", "s3cret");
    fsip_msg *ch = challenge(
        401, "WWW-Authenticate: Digest realm=\"we \\\"love\\\" \\\\ sip\", nonce=\"n\"\r\n");
    fsip_msg *retry = test_parse_ok(invite_text);
    assert_int_equal(fsip_auth_client_respond(c, ch, retry), 0);
    const fsip_hdr *h = fsip_msg_hdr_first(retry, FSIP_HDR_AUTHORIZATION);
    assert_non_null(h);
    assert_non_null(strstr(test_cstr(h->value), "username=\"al\\\"ice\""));
    assert_non_null(strstr(test_cstr(h->value), "realm=\"we \\\"love\\\" \\\\ sip\""));
    char want[33];
    assert_int_equal(fsip_digest_response(FSIP_DIGEST_MD5, "al\"ice", "we \"love\" \\ sip",
                                          "s3cret", "INVITE", INVITE_URI, "n", NULL, NULL, NULL,
                                          want, sizeof want),
                     32);
    assert_string_equal(cred(retry, FSIP_HDR_AUTHORIZATION, 0, "response"), want);
    fsip_msg_free(retry);
    fsip_msg_free(ch);
    fsip_auth_client_free(c);
}

/* ------------------------------------------------ unsupported, malformed */

static void expect_rc(const char *lines, int status, int rc)
{
    fsip_auth_client *c = client("alice", "s3cret");
    fsip_msg *ch = challenge(status, lines);
    fsip_msg *retry = test_parse_ok(invite_text);
    assert_int_equal(fsip_auth_client_respond(c, ch, retry), rc);
    assert_int_equal(fsip_msg_hdr_count_id(retry, FSIP_HDR_AUTHORIZATION), 0);
    assert_int_equal(fsip_msg_hdr_count_id(retry, FSIP_HDR_PROXY_AUTHORIZATION), 0);
    fsip_msg_free(retry);
    fsip_msg_free(ch);
    fsip_auth_client_free(c);
}

static void test_unsupported(void **st)
{
    (void)st;
    expect_rc("WWW-Authenticate: Digest realm=\"r\", nonce=\"n\", qop=\"auth-int\"\r\n", 401,
              FSIP_ENOTSUP);
    expect_rc("WWW-Authenticate: Digest realm=\"r\", nonce=\"n\", algorithm=SHA-512-256\r\n", 401,
              FSIP_ENOTSUP);
    expect_rc("WWW-Authenticate: Basic realm=\"r\"\r\n", 401, FSIP_ENOTSUP);
    expect_rc("Proxy-Authenticate: Digest realm=\"r\", nonce=\"n\", algorithm=AKAv1-MD5\r\n", 407,
              FSIP_ENOTSUP);
    /* One we can answer beside one we cannot: answered. */
    fsip_auth_client *c = client("alice", "s3cret");
    fsip_msg *ch = challenge(401, "WWW-Authenticate: Digest realm=\"r\", nonce=\"n\", "
                                  "algorithm=SHA-512-256\r\n"
                                  "WWW-Authenticate: Digest realm=\"r\", nonce=\"n\", "
                                  "algorithm=MD5\r\n");
    fsip_msg *retry = test_parse_ok(invite_text);
    assert_int_equal(fsip_auth_client_respond(c, ch, retry), 0);
    assert_string_equal(cred(retry, FSIP_HDR_AUTHORIZATION, 0, "algorithm"), "MD5");
    fsip_msg_free(retry);
    fsip_msg_free(ch);
    fsip_auth_client_free(c);
}

static void test_malformed(void **st)
{
    (void)st;
    expect_rc("WWW-Authenticate: Digest realm=\"r\"\r\n", 401, FSIP_EPARSE);
    expect_rc("WWW-Authenticate: Digest nonce=\"n\"\r\n", 401, FSIP_EPARSE);
    expect_rc("WWW-Authenticate: Digest realm=\"r\", nonce=\"\"\r\n", 401, FSIP_EPARSE);
    expect_rc("X-Other: 1\r\n", 401, FSIP_EPARSE);
    /* Whatever the parser lets through, no crash and no credentials. */
    static const char *odd[] = {
        "WWW-Authenticate: Digest realm=r, nonce=\"n\\\"\r\n",
        "WWW-Authenticate: Digest realm=\"r\", nonce=\"n\", stale\r\n",
        "WWW-Authenticate: Digest realm=\"r\", nonce=\"n\", qop\r\n",
        "WWW-Authenticate: Digest\r\n",
        "WWW-Authenticate: Digest ,,,\r\n",
        "WWW-Authenticate: Digest realm=\"" /* a realm too long to keep */
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        "\", nonce=\"n\"\r\n",
    };
    fsip_auth_client *c = client("alice", "s3cret");
    for (size_t i = 0; i < sizeof odd / sizeof *odd; i++) {
        char buf[2048];
        snprintf(buf, sizeof buf,
                 "SIP/2.0 401 Unauthorized\r\n"
                 "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1\r\n"
                 "From: <sip:a@b>;tag=a1\r\nTo: <sip:b@c>;tag=b1\r\n"
                 "Call-ID: c1\r\nCSeq: 1 INVITE\r\n%sContent-Length: 0\r\n\r\n",
                 odd[i]);
        fsip_msg *ch = NULL;
        fsip_parse_result r;
        if (test_parse(buf, strlen(buf), FSIP_PARSE_DATAGRAM, 0, &ch, &r) != FSIP_OK) continue;
        fsip_msg *retry = test_parse_ok(invite_text);
        int rc = fsip_auth_client_respond(c, ch, retry);
        if (i != 1 && i != 2) /* "stale" / "qop" without a value may parse */
            assert_true(rc == FSIP_EPARSE || rc == FSIP_ENOTSUP);
        if (rc < 0) assert_int_equal(fsip_msg_hdr_count_id(retry, FSIP_HDR_AUTHORIZATION), 0);
        fsip_msg_free(retry);
        fsip_msg_free(ch);
    }
    fsip_auth_client_free(c);
    /* A request is no challenge. */
    c = client("alice", "s3cret");
    fsip_msg *req = test_parse_ok(invite_text);
    assert_int_equal(fsip_auth_client_respond(c, req, req), FSIP_EINVAL);
    fsip_msg_free(req);
    fsip_auth_client_free(c);
}

/* ------------------------------------------------------ failmalloc */

static int full_exchange(void *arg)
{
    (void)arg;
    fsip_auth_server_config sc;
    fsip_auth_server_config_init(&sc);
    sc.realm = "biloxi.example.com";
    sc.password = pw_lookup;
    sc.alloc = test_alloc;
    sc.max_nonces = 16;
    fsip_auth_server *s = NULL;
    fsip_auth_client *c = NULL;
    fsip_msg *req = NULL, *ch = NULL, *retry = NULL, *next = NULL;
    fsip_parse_result pr;
    fsip_parse_opts po;
    test_opts(&po, 0);
    int rc = fsip_auth_server_new(&sc, &s);
    if (rc) goto out;
    fsip_auth_client_config cc = {.username = "alice", .password = "s3cret", .alloc = test_alloc};
    rc = fsip_auth_client_new(&cc, &c);
    if (rc) goto out;
    rc = fsip_msg_parse(invite_text, strlen(invite_text), FSIP_PARSE_DATAGRAM, &po, &req, &pr);
    if (rc) goto out;
    rc = fsip_msg_parse(invite_text, strlen(invite_text), FSIP_PARSE_DATAGRAM, &po, &retry, &pr);
    if (rc) goto out;
    ch = fsip_auth_server_challenge(s, req, false, 0);
    if (!ch) {
        rc = FSIP_ENOMEM;
        goto out;
    }
    rc = fsip_auth_client_respond(c, ch, retry);
    if (rc) goto out;
    fsip_auth_verdict v = fsip_auth_server_check(s, retry, 1, NULL, 0);
    if (v == FSIP_AUTH_MISSING) {
        rc = FSIP_ENOMEM; /* the check's scratch allocation failed */
        goto out;
    }
    assert_int_equal(v, FSIP_AUTH_OK);
    rc = fsip_msg_parse(invite_text, strlen(invite_text), FSIP_PARSE_DATAGRAM, &po, &next, &pr);
    if (rc) goto out;
    rc = fsip_auth_client_authorize(c, next);
    if (rc < 0) goto out;
    assert_int_equal(rc, 1);
    rc = 0;
out:
    fsip_msg_free(next);
    fsip_msg_free(retry);
    fsip_msg_free(ch);
    fsip_msg_free(req);
    fsip_auth_client_free(c);
    fsip_auth_server_free(s);
    return rc;
}

static void test_failmalloc(void **st)
{
    (void)st;
    assert_true(test_failmalloc_sweep(full_exchange, NULL) > 5);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_rfc7616_example),
        FSIP_TEST(test_rfc2617_example),
        FSIP_TEST(test_roundtrip_sha256),
        FSIP_TEST(test_roundtrip_md5),
        FSIP_TEST(test_sess_and_no_qop),
        FSIP_TEST(test_server_no_qop),
        FSIP_TEST(test_stale),
        FSIP_TEST(test_wrong_password),
        FSIP_TEST(test_expiry_and_eviction),
        FSIP_TEST(test_server_checks),
        FSIP_TEST(test_two_realms),
        FSIP_TEST(test_proxy_then_uas),
        FSIP_TEST(test_quoted_pair),
        FSIP_TEST(test_unsupported),
        FSIP_TEST(test_malformed),
        FSIP_TEST(test_failmalloc),
    };
    return cmocka_run_group_tests_name("auth", tests, NULL, NULL);
}
