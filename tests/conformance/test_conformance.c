/* RFC 4475 / RFC 5118 conformance: every row of
 * ../shared/conformance/expected.tsv gets the verdict written for it in
 * verdicts.tsv (parse, validate, stream framing) plus the per-file field
 * checks below. A file without a verdict, a verdict without a file, or a
 * valid/semantic file without field checks fails the run: nothing is
 * skipped silently.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testfile.h"
#include "testsip.h"

#define MAX_ROWS 128

typedef struct row {
    char path[96];
    char verdict[16]; /* from expected.tsv */
    /* from verdicts.tsv */
    int have;
    char parse[16];
    int status;
    char header[96];
    char validate[96];
    char stream[64];
    char stored[64];
} row;

static row rows[MAX_ROWS];
static size_t nrows;
static int verdict_orphans; /* verdicts.tsv rows with no expected.tsv row */

/* --------------------------------------------------------------- helpers */

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static int is_rfc5118(const row *r)
{
    return strncmp(r->path, "rfc5118/", 8) == 0;
}

/* "a|b|(start)" contains `name` ("" spelled "(start)")? */
static int name_in(const char *alts, const char *name)
{
    const char *want = name[0] ? name : "(start)";
    size_t wl = strlen(want);
    const char *p = alts;
    while (*p) {
        const char *e = strchr(p, '|');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        if (l == wl && strncmp(p, want, l) == 0) return 1;
        if (!e) break;
        p = e + 1;
    }
    return 0;
}

/* Reads a corpus file; for RFC 5118 returns its wire form. */
static char *load(const row *r, size_t *len, int wire)
{
    char path[512];
    snprintf(path, sizeof(path), "%s/%s", FSIP_CONFORMANCE_DIR, r->path);
    size_t n = 0;
    char *buf = test_read_file(path, &n);
    if (!buf) {
        print_error("cannot read %s\n", path);
        fail();
    }
    if (wire && is_rfc5118(r)) {
        char *w = test_wire_form(buf, n, 1, &n);
        free(buf);
        buf = w;
    }
    *len = n;
    return buf;
}

/* ------------------------------------------------- per-file field checks */

typedef void (*check_fn)(const fsip_msg *m, const char *buf, size_t len);

static const fsip_hdr *nth(const fsip_msg *m, fsip_hdr_id id, unsigned n)
{
    const fsip_hdr *h = fsip_msg_hdr_first(m, id);
    while (h && n--)
        h = fsip_msg_hdr_next(m, h);
    assert_non_null(h);
    return h;
}

static const fsip_via *nth_via(const fsip_msg *m, unsigned n)
{
    const fsip_hdr *h = nth(m, FSIP_HDR_VIA, n);
    assert_non_null(h->p.via);
    return h->p.via;
}

static const fsip_addr *nth_addr(const fsip_msg *m, fsip_hdr_id id, unsigned n)
{
    const fsip_hdr *h = nth(m, id, n);
    assert_non_null(h->p.addr);
    return h->p.addr;
}

static void request(const fsip_msg *m, fsip_method meth, const char *name)
{
    assert_true(fsip_msg_is_request(m));
    assert_int_equal(fsip_msg_method(m), meth);
    assert_view_s(fsip_msg_method_name(m), name);
    assert_view(fsip_msg_version(m), "SIP/2.0");
    assert_non_null(fsip_msg_request_uri(m));
}

static void ruri(const fsip_msg *m, fsip_uri_scheme scheme, const char *user, const char *host,
                 fsip_host_type ht, uint32_t port)
{
    const fsip_uri *u = fsip_msg_request_uri(m);
    assert_non_null(u);
    assert_int_equal(u->scheme, scheme);
    if (user)
        assert_view_s(u->user, user);
    else
        assert_view_null(u->user);
    assert_view_s(u->host, host);
    assert_int_equal(u->host_type, ht);
    assert_int_equal(u->port, port);
}

static void response(const fsip_msg *m, int status)
{
    assert_false(fsip_msg_is_request(m));
    assert_int_equal(fsip_msg_status(m), status);
    assert_view(fsip_msg_version(m), "SIP/2.0");
}

static void via(const fsip_via *v, const char *transport, const char *host, fsip_host_type ht,
                uint32_t port, const char *branch)
{
    assert_non_null(v);
    assert_view(v->protocol, "SIP");
    assert_view(v->version, "2.0");
    assert_view_s(v->transport, transport);
    assert_view_s(v->host, host);
    assert_int_equal(v->host_type, ht);
    assert_int_equal(v->port, port);
    if (branch)
        assert_view_s(v->branch, branch);
    else
        assert_view_null(v->branch);
}

static void callid(const fsip_msg *m, const char *id)
{
    assert_view_s(fsip_msg_call_id(m), id);
}

static void cseq(const fsip_msg *m, uint32_t seq, fsip_method meth, const char *name)
{
    const fsip_cseq *c = fsip_msg_cseq(m);
    assert_non_null(c);
    assert_int_equal(c->seq, seq);
    assert_int_equal(c->method, meth);
    assert_view_s(c->method_name, name);
}

/* addr: URI scheme/user/host and tag (NULL: absent). */
static void addr(const fsip_addr *a, fsip_uri_scheme scheme, const char *user, const char *host,
                 const char *tag)
{
    assert_non_null(a);
    assert_false(a->star);
    assert_int_equal(a->uri.scheme, scheme);
    if (user) assert_view_s(a->uri.user, user);
    if (host) assert_view_s(a->uri.host, host);
    if (tag)
        assert_view_s(a->tag, tag);
    else
        assert_view_null(a->tag);
}

static void body(const fsip_msg *m, size_t n, const char *buf, size_t len)
{
    fsip_str b = fsip_msg_body(m);
    assert_int_equal(b.len, n);
    if (n) {
        assert_non_null(b.ptr);
        assert_memory_equal(b.ptr, buf + len - n, n);
    }
    assert_int_equal(fsip_msg_raw(m).len, len);
}

static void sdp_body_ok(const fsip_msg *m, size_t n, const char *buf, size_t len)
{
    body(m, n, buf, len);
    assert_int_equal(fsip_msg_content_length(m), (int64_t)n);
    const fsip_hdr *ct = fsip_msg_hdr_first(m, FSIP_HDR_CONTENT_TYPE);
    assert_non_null(ct);
    assert_view(ct->p.media->type, "application");
    assert_view(ct->p.media->subtype, "sdp");
}

static void check_wsinv(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_INVITE, "INVITE");
    ruri(m, FSIP_URI_SIP, "vivekg", "chair-dnrc.example.com", FSIP_HOST_NAME, 0);
    assert_param(&fsip_msg_request_uri(m)->params, "unknownparam", NULL);
    addr(fsip_msg_to(m), FSIP_URI_SIP, "vivekg", "chair-dnrc.example.com", "1918181833n");
    assert_false(fsip_msg_to(m)->name_addr);
    const fsip_addr *from = fsip_msg_from(m);
    addr(from, FSIP_URI_SIP, "jdrosen", "example.com", "98asjd8");
    assert_true(from->name_addr);
    assert_view(from->display, "\"J Rosenberg \\\\\\\"\"");
    assert_int_equal(fsip_msg_max_forwards(m), 68);
    callid(m, "wsinv.ndaksdj@192.0.2.1");
    cseq(m, 9, FSIP_METHOD_INVITE, "INVITE");
    /* One "Via" line and one "v:" line carrying two values. */
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_VIA), 3);
    via(nth_via(m, 0), "UDP", "192.0.2.2", FSIP_HOST_IPV4, 0, "390skdjuw");
    via(nth_via(m, 1), "TCP", "spindle.example.com", FSIP_HOST_NAME, 0, "z9hG4bK9ikj8");
    via(nth_via(m, 2), "UDP", "192.168.255.111", FSIP_HOST_IPV4, 0, "z9hG4bK30239");
    assert_ptr_equal(nth(m, FSIP_HDR_VIA, 1)->name.ptr, nth(m, FSIP_HDR_VIA, 2)->name.ptr);
    /* Empty Subject, compact and with SP before the colon. */
    const fsip_hdr *s = fsip_msg_hdr_find(m, "s");
    assert_non_null(s);
    assert_int_equal(s->id, FSIP_HDR_OTHER);
    assert_non_null(s->value.ptr);
    assert_int_equal(s->value.len, 0);
    /* Unknown headers are opaque: a folded value and one made of separators. */
    const fsip_hdr *nf = fsip_msg_hdr_find(m, "newfangledheader");
    assert_non_null(nf);
    assert_int_equal(nf->id, FSIP_HDR_OTHER);
    assert_view_s(nf->value, "newfangled value\r\n continued newfangled value");
    assert_true(nf->flags & FSIP_HDR_F_FOLDED);
    char unf[128];
    size_t ul = fsip_str_unfold(nf->value, unf, sizeof(unf));
    assert_int_equal(ul, strlen("newfangled value continued newfangled value"));
    assert_memory_equal(unf, "newfangled value continued newfangled value", ul);
    const fsip_hdr *uh = fsip_msg_hdr_find(m, "UnknownHeaderWithUnusualValue");
    assert_non_null(uh);
    assert_view(uh->value, ";;,,;;,;");
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_OTHER), 3); /* s, NewFangled, Unknown */
    /* Route param without value. */
    const fsip_addr *rt = nth_addr(m, FSIP_HDR_ROUTE, 0);
    addr(rt, FSIP_URI_SIP, NULL, "services.example.com", NULL);
    assert_view_null(rt->uri.user);
    assert_param(&rt->uri.params, "lr", NULL);
    assert_param(&rt->uri.params, "unknownwith", "value");
    assert_param(&rt->uri.params, "unknown-no-value", NULL);
    assert_int_equal(rt->uri.params.n, 3);
    /* m: with folded header params around '='. */
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_CONTACT), 1);
    const fsip_addr *ct = nth_addr(m, FSIP_HDR_CONTACT, 0);
    addr(ct, FSIP_URI_SIP, "jdrosen", "example.com", NULL);
    assert_view(ct->display, "\"Quoted string \\\"\\\"\"");
    assert_param(&ct->params, "newparam", "newvalue");
    assert_param(&ct->params, "secondparam", NULL);
    assert_param(&ct->params, "q", "0.33");
    assert_view(ct->q, "0.33");
    assert_int_equal(ct->expires, -1);
    sdp_body_ok(m, 150, buf, len);
}

static void check_intmeth(const fsip_msg *m, const char *buf, size_t len)
{
    static const char meth[] = "!interesting-Method0123456789_*+`.%indeed'~";
    request(m, FSIP_METHOD_OTHER, meth);
    const fsip_uri *u = fsip_msg_request_uri(m);
    ruri(m, FSIP_URI_SIP, "1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*", "example.com",
         FSIP_HOST_NAME, 0);
    assert_view(u->password, "&it+has=1,weird!*pas$wo~d_too.(doesn't-it)");
    assert_int_equal(u->params.n, 0);
    via(fsip_msg_via(m), "TCP", "host1.example.com", FSIP_HOST_NAME, 0, "z9hG4bK-.!%66*_+`'~");
    const fsip_addr *to = fsip_msg_to(m);
    addr(to, FSIP_URI_SIP, "1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*", "example.com", NULL);
    assert_view(to->display, "\"BEL:\\\x07 NUL:\\\x00 DEL:\\\x7f\"");
    const fsip_addr *from = fsip_msg_from(m);
    addr(from, FSIP_URI_SIP, "mundane", "example.com", "_token~1'+`*%!-.");
    assert_view(from->display, "token1~` token2'+_ token3*%!.-");
    assert_param(&from->params, "fromParam''~+*_!.-%",
                 "\"\xd1\x80\xd0\xb0\xd0\xb1\xd0\xbe\xd1\x82\xd0\xb0\xd1\x8e\xd1\x89\xd0\xb8\xd0"
                 "\xb9\"");
    callid(m, "intmeth.word%ZK-!.*_+'@word`~)(><:\\/\"][?}{");
    cseq(m, 139122385, FSIP_METHOD_OTHER, meth);
    assert_int_equal(fsip_msg_max_forwards(m), 255);
    const fsip_hdr *x = fsip_msg_hdr_find(m, "extensionHeader-!.%*+_`'~");
    assert_non_null(x);
    assert_int_equal(x->id, FSIP_HDR_OTHER);
    assert_view(x->value, "\xef\xbb\xbf\xe5\xa4\xa7\xe5\x81\x9c\xe9\x9b\xbb");
    assert_int_equal(fsip_msg_content_length(m), 0);
    body(m, 0, buf, len);
}

static void check_esc01(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_INVITE, "INVITE");
    ruri(m, FSIP_URI_SIP, "sips%3Auser%40example.com", "example.net", FSIP_HOST_NAME, 0);
    assert_unescaped(fsip_msg_request_uri(m)->user, "sips:user@example.com");
    addr(fsip_msg_to(m), FSIP_URI_SIP, "%75se%72", "example.com", NULL);
    assert_unescaped(fsip_msg_to(m)->uri.user, "user");
    addr(fsip_msg_from(m), FSIP_URI_SIP, "I%20have%20spaces", "example.net", "938");
    assert_unescaped(fsip_msg_from(m)->uri.user, "I have spaces");
    callid(m, "esc01.239409asdfakjkn23onasd0-3234");
    cseq(m, 234234, FSIP_METHOD_INVITE, "INVITE");
    assert_int_equal(fsip_msg_max_forwards(m), 87);
    via(fsip_msg_via(m), "UDP", "host5.example.net", FSIP_HOST_NAME, 0, "z9hG4bKkdjuw");
    const fsip_addr *c = nth_addr(m, FSIP_HDR_CONTACT, 0);
    addr(c, FSIP_URI_SIP, "cal%6Cer", "host5.example.net", NULL);
    assert_unescaped(c->uri.user, "caller");
    assert_int_equal(c->uri.params.n, 2);
    assert_view(c->uri.params.v[0].name, "%6C%72");
    assert_view_null(c->uri.params.v[0].value);
    assert_unescaped(c->uri.params.v[0].name, "lr");
    assert_view(c->uri.params.v[1].name, "n%61me");
    assert_unescaped(c->uri.params.v[1].name, "name");
    /* Unescape once: %25%34%31 is "%41", never "A". */
    assert_view(c->uri.params.v[1].value, "v%61lue%25%34%31");
    assert_unescaped(c->uri.params.v[1].value, "value%41");
    sdp_body_ok(m, 150, buf, len);
}

static void check_escnull(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_REGISTER, "REGISTER");
    addr(fsip_msg_to(m), FSIP_URI_SIP, "null-%00-null", "example.com", NULL);
    assert_unescaped(fsip_msg_to(m)->uri.user, "null-\0-null");
    addr(fsip_msg_from(m), FSIP_URI_SIP, "null-%00-null", "example.com", "839923423");
    callid(m, "escnull.39203ndfvkjdasfkq3w4otrq0adsfdfnavd");
    cseq(m, 14398234, FSIP_METHOD_REGISTER, "REGISTER");
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_CONTACT), 2);
    const fsip_addr *c1 = nth_addr(m, FSIP_HDR_CONTACT, 0), *c2 = nth_addr(m, FSIP_HDR_CONTACT, 1);
    assert_unescaped(c1->uri.user, "\0");
    assert_unescaped(c2->uri.user, "\0\0");
    /* Two distinct bindings: unescaping must not cut the user at the NUL. */
    assert_false(fsip_uri_equal(&c1->uri, &c2->uri));
    assert_int_equal(fsip_msg_content_length(m), 0);
    body(m, 0, buf, len);
}

static void check_esc02(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_OTHER, "RE%47IST%45R");
    assert_int_equal(fsip_method_from_str(fsip_msg_method_name(m)), FSIP_METHOD_OTHER);
    ruri(m, FSIP_URI_SIP, NULL, "registrar.example.com", FSIP_HOST_NAME, 0);
    assert_view(fsip_msg_to(m)->display, "\"%Z%45\"");
    assert_view(fsip_msg_from(m)->display, "\"%Z%45\"");
    addr(fsip_msg_from(m), FSIP_URI_SIP, "resource", "example.com", "f232jadfj23");
    via(fsip_msg_via(m), "TCP", "host.example.com", FSIP_HOST_NAME, 0, "z9hG4bK209%fzsnel234");
    cseq(m, 29344, FSIP_METHOD_OTHER, "RE%47IST%45R");
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_CONTACT), 2);
    addr(nth_addr(m, FSIP_HDR_CONTACT, 0), FSIP_URI_SIP, "alias1", "host1.example.com", NULL);
    addr(nth_addr(m, FSIP_HDR_CONTACT, 1), FSIP_URI_SIP, "alias3", "host3.example.com", NULL);
    const fsip_hdr *x = fsip_msg_hdr_find(m, "C%6Fntact");
    assert_non_null(x);
    assert_int_equal(x->id, FSIP_HDR_OTHER);
    assert_view(x->name, "C%6Fntact");
    assert_view(x->value, "<sip:alias2@host2.example.com>");
    body(m, 0, buf, len);
}

static void check_lwsdisp(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_OPTIONS, "OPTIONS");
    const fsip_addr *f = fsip_msg_from(m);
    addr(f, FSIP_URI_SIP, "caller", "example.com", "323");
    assert_true(f->name_addr);
    assert_view(f->display, "caller");
    callid(m, "lwsdisp.1234abcd@funky.example.com");
    cseq(m, 60, FSIP_METHOD_OPTIONS, "OPTIONS");
    via(fsip_msg_via(m), "UDP", "funky.example.com", FSIP_HOST_NAME, 0, "z9hG4bKkdjuw");
    body(m, 0, buf, len);
}

static void check_longreq(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_INVITE, "INVITE");
    ruri(m, FSIP_URI_SIP, "user", "example.com", FSIP_HOST_NAME, 0);
    const fsip_addr *to = fsip_msg_to(m);
    addr(to, FSIP_URI_SIP, "user", "example.com", NULL);
    assert_view(to->display, "\"I have a user name of extremeextremeextremeextremeextremeextreme"
                             "extremeextremeextremeextreme proportion\"");
    assert_int_equal(to->uri.port, 6000);
    assert_int_equal(to->uri.params.n, 3);
    assert_view_null(to->uri.params.v[2].value);
    const fsip_addr *from = fsip_msg_from(m);
    assert_false(from->name_addr);
    assert_int_equal(from->tag.len, 155);
    assert_int_equal(from->params.n, 3);
    callid(m, "longreq.onereallyreallyreallyreallyreallyreallyreallyreallyreallyreallyreally"
              "reallyreallyreallyreallyreallyreallyreallyreallyreallylongcallid");
    cseq(m, 3882340, FSIP_METHOD_INVITE, "INVITE");
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_VIA), 34);
    via(nth_via(m, 0), "TCP", "sip33.example.com", FSIP_HOST_NAME, 0, NULL);
    via(nth_via(m, 11), "TCP", "sip22.example.com", FSIP_HOST_NAME, 0, NULL); /* "V :  " */
    via(nth_via(m, 16), "TCP", "sip17.example.com", FSIP_HOST_NAME, 0, NULL); /* "Via  : " */
    const fsip_via *last = nth_via(m, 33);
    assert_view(last->host, "host.example.com");
    assert_view(last->received, "192.0.2.5");
    assert_int_equal(last->branch.len, 215);
    for (unsigned i = 0; i < 34; i++)
        assert_int_equal(nth(m, FSIP_HDR_VIA, i)->id, FSIP_HDR_VIA);
    const fsip_hdr *u = fsip_msg_hdr_find(
        m,
        "Unknown-LongLongLongLongLongLongLongLongLongLongLongLongLongLongLongLongLongLongLongLong"
        "-Name");
    assert_non_null(u);
    assert_int_equal(u->id, FSIP_HDR_OTHER);
    assert_int_equal(fsip_msg_max_forwards(m), 70);
    assert_int_equal(nth_addr(m, FSIP_HDR_CONTACT, 0)->uri.user.len, 115);
    sdp_body_ok(m, 150, buf, len);
}

static void check_dblreq(const fsip_msg *m, const char *buf, size_t len)
{
    (void)buf;
    request(m, FSIP_METHOD_REGISTER, "REGISTER");
    ruri(m, FSIP_URI_SIP, NULL, "example.com", FSIP_HOST_NAME, 0);
    callid(m, "dblreq.0ha0isndaksdj99sdfafnl3lk233412");
    cseq(m, 8, FSIP_METHOD_REGISTER, "REGISTER");
    assert_int_equal(fsip_msg_content_length(m), 0);
    assert_int_equal(fsip_msg_body(m).len, 0);
    assert_int_equal(fsip_msg_raw(m).len, 300); /* the REGISTER; 450 trailing octets dropped */
    assert_true(fsip_msg_raw(m).len < len);
    addr(nth_addr(m, FSIP_HDR_CONTACT, 0), FSIP_URI_SIP, "j.user", "host.example.com", NULL);
    via(fsip_msg_via(m), "UDP", "192.0.2.125", FSIP_HOST_IPV4, 0, "z9hG4bKkdjuw23492");
}

static void check_semiuri(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_OPTIONS, "OPTIONS");
    ruri(m, FSIP_URI_SIP, "user;par=u%40example.net", "example.com", FSIP_HOST_NAME, 0);
    assert_unescaped(fsip_msg_request_uri(m)->user, "user;par=u@example.net");
    assert_int_equal(fsip_msg_request_uri(m)->params.n, 0);
    const fsip_hdr *acc = fsip_msg_hdr_find(m, "Accept");
    assert_non_null(acc);
    assert_true(acc->flags & FSIP_HDR_F_FOLDED);
    static const char unfolded[] = "application/sdp, application/pkcs7-mime, multipart/mixed, "
                                   "multipart/signed, message/sip, message/sipfrag";
    char out[256];
    size_t n = fsip_str_unfold(acc->value, out, sizeof(out));
    assert_int_equal(n, strlen(unfolded));
    assert_memory_equal(out, unfolded, n);
    callid(m, "semiuri.0ha0isndaksdj");
    via(fsip_msg_via(m), "UDP", "192.0.2.1", FSIP_HOST_IPV4, 0, "z9hG4bKkdjuw");
    body(m, 0, buf, len);
}

static void check_transports(const fsip_msg *m, const char *buf, size_t len)
{
    static const char *const tr[] = {"UDP", "SCTP", "TLS", "UNKNOWN", "TCP"};
    static const char *const br[] = {"z9hG4bKkdjuw", "z9hG4bKklasjdhf", "z9hG4bK2980unddj",
                                     "z9hG4bKasd0f3en", "z9hG4bK0a9idfnee"};
    request(m, FSIP_METHOD_OPTIONS, "OPTIONS");
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_VIA), 5);
    for (unsigned i = 0; i < 5; i++) {
        char host[32];
        snprintf(host, sizeof(host), "t%u.example.com", i + 1);
        via(nth_via(m, i), tr[i], host, FSIP_HOST_NAME, 0, br[i]);
    }
    callid(m, "transports.kijh4akdnaqjkwendsasfdj");
    body(m, 0, buf, len);
}

static void check_mpart01(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_MESSAGE, "MESSAGE");
    ruri(m, FSIP_URI_SIP, "kumiko", "example.org", FSIP_HOST_NAME, 0);
    const fsip_via *v = fsip_msg_via(m);
    via(v, "UDP", "127.0.0.1", FSIP_HOST_IPV4, 5070, "z9hG4bK-d87543-4dade06d0bdb11ee-1--d87543-");
    assert_int_equal(v->rport, 0);
    const fsip_addr *rt = nth_addr(m, FSIP_HDR_ROUTE, 0);
    assert_int_equal(rt->uri.host_type, FSIP_HOST_IPV4);
    assert_view(rt->uri.host, "127.0.0.1");
    assert_int_equal(rt->uri.port, 5080);
    const fsip_hdr *ct = fsip_msg_hdr_first(m, FSIP_HDR_CONTENT_TYPE);
    assert_view(ct->p.media->type, "multipart");
    assert_view(ct->p.media->subtype, "mixed");
    assert_param(&ct->p.media->params, "boundary", "7a9cbec02ceef655");
    const fsip_hdr *d = fsip_msg_hdr_first(m, FSIP_HDR_DATE);
    assert_non_null(d);
    assert_int_equal(d->p.date, 1129351496); /* Sat, 15 Oct 2005 04:44:56 GMT */
    callid(m, "3d9485ad0c49859b@Zmx1ZmZ5LW1hYy0xNi5sb2NhbA..");
    cseq(m, 1, FSIP_METHOD_MESSAGE, "MESSAGE");
    assert_int_equal(fsip_msg_content_length(m), 553);
    body(m, 553, buf, len);
    assert_non_null(memchr(fsip_msg_body(m).ptr, '\0', 553));
}

static const char unreason_phrase[] =
    "= 2**3 * 5**2 \xd0\xbd\xd0\xbe \xd1\x81\xd1\x82\xd0\xbe \xd0\xb4\xd0\xb5\xd0\xb2\xd1\x8f\xd0"
    "\xbd\xd0\xbe\xd1\x81\xd1\x82\xd0\xbe \xd0\xb4\xd0\xb5\xd0\xb2\xd1\x8f\xd1\x82\xd1\x8c - "
    "\xd0\xbf\xd1\x80\xd0\xbe\xd1\x81\xd1\x82\xd0\xbe\xd0\xb5";

static void check_unreason(const fsip_msg *m, const char *buf, size_t len)
{
    response(m, 200);
    assert_view(fsip_msg_reason(m), unreason_phrase);
    callid(m, "unreason.1234ksdfak3j2erwedfsASdf");
    cseq(m, 35, FSIP_METHOD_INVITE, "INVITE");
    addr(fsip_msg_to(m), FSIP_URI_SIP, "user", "example.edu", "2229");
    sdp_body_ok(m, 154, buf, len);
}

static void check_noreason(const fsip_msg *m, const char *buf, size_t len)
{
    response(m, 100);
    assert_non_null(fsip_msg_reason(m).ptr);
    assert_int_equal(fsip_msg_reason(m).len, 0);
    callid(m, "noreason.asndj203insdf99223ndf");
    cseq(m, 35, FSIP_METHOD_INVITE, "INVITE");
    via(fsip_msg_via(m), "UDP", "192.0.2.105", FSIP_HOST_IPV4, 0, "z9hG4bK2398ndaoe");
    body(m, 0, buf, len);
}

static void check_badbranch(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_OPTIONS, "OPTIONS");
    via(fsip_msg_via(m), "UDP", "192.0.2.1", FSIP_HOST_IPV4, 0, "z9hG4bK");
    callid(m, "badbranch.sadonfo23i420jv0as0derf3j3n");
    body(m, 0, buf, len);
}

static void check_insuf(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_INVITE, "INVITE");
    assert_null(fsip_msg_from(m));
    assert_null(fsip_msg_to(m));
    assert_view_null(fsip_msg_call_id(m));
    assert_int_equal(fsip_msg_max_forwards(m), -1);
    cseq(m, 193942, FSIP_METHOD_INVITE, "INVITE");
    sdp_body_ok(m, 152, buf, len);
}

static void check_unkscm(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_OPTIONS, "OPTIONS");
    const fsip_uri *u = fsip_msg_request_uri(m);
    assert_int_equal(u->scheme, FSIP_URI_OTHER);
    assert_view(u->scheme_s, "nobodyKnowsThisScheme");
    assert_view(u->opaque, "totallyopaquecontent");
    assert_view(u->raw, "nobodyKnowsThisScheme:totallyopaquecontent");
    via(fsip_msg_via(m), "TCP", "host9.example.com", FSIP_HOST_NAME, 0, "z9hG4bKkdjuw39234");
    body(m, 0, buf, len);
}

static void check_novelsc(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_OPTIONS, "OPTIONS");
    const fsip_uri *u = fsip_msg_request_uri(m);
    assert_int_equal(u->scheme, FSIP_URI_OTHER);
    assert_view(u->scheme_s, "soap.beep");
    assert_view(u->opaque, "//192.0.2.103:3002");
    callid(m, "novelsc.asdfasser0q239nwsdfasdkl34");
    body(m, 0, buf, len);
}

static void check_unksm2(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_REGISTER, "REGISTER");
    const fsip_addr *to = fsip_msg_to(m), *from = fsip_msg_from(m);
    assert_int_equal(to->uri.scheme, FSIP_URI_OTHER);
    assert_view(to->uri.scheme_s, "isbn");
    assert_view(to->uri.opaque, "2983792873");
    assert_false(to->name_addr);
    assert_int_equal(from->uri.scheme, FSIP_URI_OTHER);
    assert_view(from->uri.scheme_s, "http");
    assert_view(from->uri.opaque, "//www.example.com");
    assert_view(from->tag, "3234233");
    const fsip_addr *c = nth_addr(m, FSIP_HDR_CONTACT, 0);
    assert_int_equal(c->uri.scheme, FSIP_URI_OTHER);
    assert_view(c->uri.scheme_s, "name");
    assert_view(c->uri.opaque, "John_Smith");
    body(m, 0, buf, len);
}

static void check_bext01(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_OPTIONS, "OPTIONS");
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_REQUIRE), 2);
    assert_view(nth(m, FSIP_HDR_REQUIRE, 0)->value, "nothingSupportsThis");
    assert_view(nth(m, FSIP_HDR_REQUIRE, 1)->value, "nothingSupportsThisEither");
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_PROXY_REQUIRE), 2);
    assert_view(nth(m, FSIP_HDR_PROXY_REQUIRE, 0)->value, "noProxiesSupportThis");
    assert_view(nth(m, FSIP_HDR_PROXY_REQUIRE, 1)->value, "norDoAnyProxiesSupportThis");
    via(fsip_msg_via(m), "TLS", "fold-and-staple.example.com", FSIP_HOST_NAME, 0, "z9hG4bKkdjuw");
    body(m, 0, buf, len);
}

static void check_invut(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_INVITE, "INVITE");
    const fsip_hdr *ct = fsip_msg_hdr_first(m, FSIP_HDR_CONTENT_TYPE);
    assert_view(ct->p.media->type, "application");
    assert_view(ct->p.media->subtype, "unknownformat");
    body(m, 40, buf, len);
}

static void check_regaut01(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_REGISTER, "REGISTER");
    const fsip_hdr *a = fsip_msg_hdr_first(m, FSIP_HDR_AUTHORIZATION);
    assert_non_null(a);
    assert_view(a->p.auth->scheme, "NoOneKnowsThisScheme");
    assert_int_equal(a->p.auth->params.n, 1);
    assert_param(&a->p.auth->params, "opaque-data", "here");
    assert_int_equal(fsip_msg_content_length(m), 0);
    via(fsip_msg_via(m), "TCP", "192.0.2.253", FSIP_HOST_IPV4, 0, "z9hG4bKkdjuw");
    body(m, 0, buf, len);
}

static void check_multi01(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_INVITE, "INVITE");
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_CALL_ID), 2);
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_CSEQ), 2);
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_FROM), 2);
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_TO), 2);
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_MAX_FORWARDS), 2);
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_CONTACT), 2);
    callid(m, "multi01.98asdh@192.0.2.1"); /* the shortcuts give the first */
    cseq(m, 5, FSIP_METHOD_INVITE, "INVITE");
    sdp_body_ok(m, 154, buf, len);
}

static void check_mcl01(const fsip_msg *m, const char *buf, size_t len)
{
    (void)buf;
    (void)len;
    request(m, FSIP_METHOD_OPTIONS, "OPTIONS");
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_CONTENT_LENGTH), 2);
    assert_int_equal(nth(m, FSIP_HDR_CONTENT_LENGTH, 0)->p.num, 13);
    assert_int_equal(nth(m, FSIP_HDR_CONTENT_LENGTH, 1)->p.num, 5);
}

static void check_bcast(const fsip_msg *m, const char *buf, size_t len)
{
    response(m, 200);
    assert_view(fsip_msg_reason(m), "OK");
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_VIA), 2);
    via(nth_via(m, 0), "UDP", "192.0.2.198", FSIP_HOST_IPV4, 0, "z9hG4bK1324923");
    via(nth_via(m, 1), "UDP", "255.255.255.255", FSIP_HOST_IPV4, 0, "z9hG4bK1saber23");
    cseq(m, 35, FSIP_METHOD_INVITE, "INVITE");
    sdp_body_ok(m, 154, buf, len);
}

static void check_zeromf(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_OPTIONS, "OPTIONS");
    assert_int_equal(fsip_msg_max_forwards(m), 0);
    assert_int_equal(fsip_msg_hdr_first(m, FSIP_HDR_MAX_FORWARDS)->p.num, 0);
    body(m, 0, buf, len);
}

static void check_cparam01(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_REGISTER, "REGISTER");
    const fsip_addr *c = nth_addr(m, FSIP_HDR_CONTACT, 0);
    assert_false(c->name_addr);
    addr(c, FSIP_URI_SIP, "+19725552222", "gw1.example.net", NULL);
    assert_int_equal(c->uri.params.n, 0);
    assert_int_equal(c->params.n, 1);
    assert_param(&c->params, "unknownparam", NULL);
    body(m, 0, buf, len);
}

static void check_cparam02(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_REGISTER, "REGISTER");
    const fsip_addr *c = nth_addr(m, FSIP_HDR_CONTACT, 0);
    assert_true(c->name_addr);
    addr(c, FSIP_URI_SIP, "+19725552222", "gw1.example.net", NULL);
    assert_int_equal(c->uri.params.n, 1);
    assert_param(&c->uri.params, "unknownparam", NULL);
    assert_int_equal(c->params.n, 0);
    body(m, 0, buf, len);
}

static void check_regescrt(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_REGISTER, "REGISTER");
    const fsip_hdr *h = fsip_msg_hdr_first(m, FSIP_HDR_CONTACT);
    assert_view(h->name, "M");
    const fsip_addr *c = h->p.addr;
    addr(c, FSIP_URI_SIP, "user", "example.com", NULL);
    assert_int_equal(c->uri.headers.n, 1);
    assert_view(c->uri.headers.v[0].name, "Route");
    assert_view(c->uri.headers.v[0].value, "%3Csip:sip.example.com%3E");
    assert_unescaped(c->uri.headers.v[0].value, "<sip:sip.example.com>");
    assert_int_equal(fsip_msg_content_length(m), 0);
    body(m, 0, buf, len);
}

static void check_sdp01(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_INVITE, "INVITE");
    const fsip_hdr *a = fsip_msg_hdr_find(m, "Accept");
    assert_non_null(a);
    assert_view(a->value, "text/nobodyKnowsThis");
    sdp_body_ok(m, 150, buf, len);
}

static void check_inv2543(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_INVITE, "INVITE");
    ruri(m, FSIP_URI_SIP, "UserB", "example.com", FSIP_HOST_NAME, 0);
    via(fsip_msg_via(m), "UDP", "iftgw.example.com", FSIP_HOST_NAME, 0, NULL);
    addr(fsip_msg_from(m), FSIP_URI_SIP, "+13035551111", "ift.client.example.net", NULL);
    assert_param(&fsip_msg_from(m)->uri.params, "user", "phone");
    addr(fsip_msg_to(m), FSIP_URI_SIP, "+16505552222", "ss1.example.net", NULL);
    /* addr-spec: ;user=phone belongs to the header, not the URI. */
    assert_param(&fsip_msg_to(m)->params, "user", "phone");
    assert_param(&nth_addr(m, FSIP_HDR_RECORD_ROUTE, 0)->uri.params, "maddr", "ss1.example.com");
    assert_int_equal(fsip_msg_content_length(m), -1);
    assert_int_equal(fsip_msg_max_forwards(m), -1);
    body(m, 105, buf, len); /* the rest of the datagram */
    /* RFC 2543 devices omit Max-Forwards: accepted with the leniency. */
    fsip_parse_opts o;
    fsip_parse_result r;
    test_opts(&o, FSIP_LENIENT_NO_MAX_FORWARDS);
    assert_int_equal(fsip_msg_validate(m, &o, &r), 0);
}

/* RFC 5118 (wire form). */
static void check_ipv6_good(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_REGISTER, "REGISTER");
    ruri(m, FSIP_URI_SIP, NULL, "2001:db8::10", FSIP_HOST_IPV6, 0);
    via(fsip_msg_via(m), "UDP", "2001:db8::9:1", FSIP_HOST_IPV6, 0, "z9hG4bKas3-111");
    const fsip_addr *c = nth_addr(m, FSIP_HDR_CONTACT, 0);
    addr(c, FSIP_URI_SIP, "caller", "2001:db8::1", NULL);
    assert_int_equal(c->uri.host_type, FSIP_HOST_IPV6);
    assert_view(c->display, "\"Caller\"");
    body(m, 0, buf, len);
}

static void check_port_ambiguous(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_REGISTER, "REGISTER");
    ruri(m, FSIP_URI_SIP, NULL, "2001:db8::10:5070", FSIP_HOST_IPV6, 0);
    body(m, 0, buf, len);
}

static void check_port_unambiguous(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_REGISTER, "REGISTER");
    ruri(m, FSIP_URI_SIP, NULL, "2001:db8::10", FSIP_HOST_IPV6, 5070);
    body(m, 0, buf, len);
}

/* received=[v6] (RFC 5118 §4.5 says both forms must parse); the value may
 * be kept with or without its brackets. */
static void received_v6(const fsip_via *v, const char *addr6)
{
    fsip_str r = v->received;
    assert_non_null(r.ptr);
    if (r.len >= 2 && r.ptr[0] == '[' && r.ptr[r.len - 1] == ']') {
        r.ptr++;
        r.len -= 2;
    }
    assert_view_s(r, addr6);
}

static void check_via_with_delim(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_BYE, "BYE");
    const fsip_via *v = fsip_msg_via(m);
    via(v, "UDP", "2001:db8::9:1", FSIP_HOST_IPV6, 0, "z9hG4bKas3-111");
    received_v6(v, "2001:db8::9:255");
    addr(fsip_msg_to(m), FSIP_URI_SIP, "user", "example.com", "bd76ya");
    body(m, 0, buf, len);
}

static void check_via_no_delim(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_OPTIONS, "OPTIONS");
    const fsip_via *v = fsip_msg_via(m);
    via(v, "UDP", "2001:db8::9:1", FSIP_HOST_IPV6, 0, "z9hG4bKas3");
    assert_view(v->received, "2001:db8::9:255");
    body(m, 0, buf, len);
}

static void check_ipv6_in_sdp(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_INVITE, "INVITE");
    ruri(m, FSIP_URI_SIP, "user", "2001:db8::10", FSIP_HOST_IPV6, 0);
    addr(fsip_msg_to(m), FSIP_URI_SIP, "user", "2001:db8::10", NULL);
    via(fsip_msg_via(m), "UDP", "2001:db8::20", FSIP_HOST_IPV6, 0, "z9hG4bKas3-111");
    sdp_body_ok(m, 251, buf, len);
}

static void check_mult_ip_in_header(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_BYE, "BYE");
    assert_int_equal(fsip_msg_hdr_count_id(m, FSIP_HDR_VIA), 3);
    via(nth_via(m, 0), "UDP", "2001:db8::9:1", FSIP_HOST_IPV6, 6050, "z9hG4bKas3-111");
    via(nth_via(m, 1), "UDP", "192.0.2.1", FSIP_HOST_IPV4, 0, "z9hG4bKjhja8781hjuaij65144");
    via(nth_via(m, 2), "TCP", "2001:db8::9:255", FSIP_HOST_IPV6, 0, "z9hG4bK451jj");
    assert_view(nth_via(m, 2)->received, "192.0.2.200");
    body(m, 0, buf, len);
}

static void check_mult_ip_in_sdp(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_INVITE, "INVITE");
    ruri(m, FSIP_URI_SIP, "user", "2001:db8::10", FSIP_HOST_IPV6, 0);
    addr(nth_addr(m, FSIP_HDR_CONTACT, 0), FSIP_URI_SIP, "caller", "2001:db8::9:1", NULL);
    sdp_body_ok(m, 189, buf, len);
}

static void check_ipv4_mapped(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_INVITE, "INVITE");
    via(nth_via(m, 0), "UDP", "::ffff:192.0.2.10", FSIP_HOST_IPV6, 19823, "z9hG4bKbh19");
    via(nth_via(m, 1), "UDP", "::ffff:192.0.2.2", FSIP_HOST_IPV6, 0, "z9hG4bKas3-111");
    const fsip_addr *c = nth_addr(m, FSIP_HDR_CONTACT, 0);
    addr(c, FSIP_URI_SIP, "ted", "::ffff:192.0.2.2", NULL);
    assert_int_equal(c->uri.host_type, FSIP_HOST_IPV6);
    assert_view(c->display, "\"T. desk phone\"");
    sdp_body_ok(m, 245, buf, len);
}

static void check_3_colons(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_OPTIONS, "OPTIONS");
    ruri(m, FSIP_URI_SIP, "user", "2001:db8:::192.0.2.1", FSIP_HOST_IPV6, 0);
    addr(fsip_msg_to(m), FSIP_URI_SIP, "user", "2001:db8:::192.0.2.1", NULL);
    assert_int_equal(fsip_msg_to(m)->uri.host_type, FSIP_HOST_IPV6);
    body(m, 0, buf, len);
}

static void check_2_colons(const fsip_msg *m, const char *buf, size_t len)
{
    request(m, FSIP_METHOD_OPTIONS, "OPTIONS");
    ruri(m, FSIP_URI_SIP, "user", "2001:db8::192.0.2.1", FSIP_HOST_IPV6, 0);
    addr(fsip_msg_to(m), FSIP_URI_SIP, "user", "2001:db8::192.0.2.1", NULL);
    body(m, 0, buf, len);
}

static const struct {
    const char *file;
    check_fn fn;
} checks[] = {
    {"wsinv.dat", check_wsinv},
    {"intmeth.dat", check_intmeth},
    {"esc01.dat", check_esc01},
    {"escnull.dat", check_escnull},
    {"esc02.dat", check_esc02},
    {"lwsdisp.dat", check_lwsdisp},
    {"longreq.dat", check_longreq},
    {"dblreq.dat", check_dblreq},
    {"semiuri.dat", check_semiuri},
    {"transports.dat", check_transports},
    {"mpart01.dat", check_mpart01},
    {"unreason.dat", check_unreason},
    {"noreason.dat", check_noreason},
    {"badbranch.dat", check_badbranch},
    {"insuf.dat", check_insuf},
    {"unkscm.dat", check_unkscm},
    {"novelsc.dat", check_novelsc},
    {"unksm2.dat", check_unksm2},
    {"bext01.dat", check_bext01},
    {"invut.dat", check_invut},
    {"regaut01.dat", check_regaut01},
    {"multi01.dat", check_multi01},
    {"mcl01.dat", check_mcl01},
    {"bcast.dat", check_bcast},
    {"zeromf.dat", check_zeromf},
    {"cparam01.dat", check_cparam01},
    {"cparam02.dat", check_cparam02},
    {"regescrt.dat", check_regescrt},
    {"sdp01.dat", check_sdp01},
    {"inv2543.dat", check_inv2543},
    {"ipv6-good.dat", check_ipv6_good},
    {"port-ambiguous.dat", check_port_ambiguous},
    {"port-unambiguous.dat", check_port_unambiguous},
    {"via-received-param-with-delim.dat", check_via_with_delim},
    {"via-received-param-no-delim.dat", check_via_no_delim},
    {"ipv6-in-sdp.dat", check_ipv6_in_sdp},
    {"mult-ip-in-header.dat", check_mult_ip_in_header},
    {"mult-ip-in-sdp.dat", check_mult_ip_in_sdp},
    {"ipv4-mapped-ipv6.dat", check_ipv4_mapped},
    {"ipv6-bug-abnf-3-colons.dat", check_3_colons},
    {"ipv6-correct-abnf-2-colons.dat", check_2_colons},
};

static check_fn find_check(const char *file)
{
    for (size_t i = 0; i < sizeof(checks) / sizeof(checks[0]); i++)
        if (strcmp(checks[i].file, file) == 0) return checks[i].fn;
    return NULL;
}

/* ------------------------------------------------------ verdict checks */

static void expect_error(const row *r, int rc, const fsip_parse_result *res, const char *what)
{
    if (rc != FSIP_EPARSE || res->status != r->status || !name_in(r->header, res->header)) {
        print_error("%s %s: expected FSIP_EPARSE status %d header '%s', got rc=%d (%s) status=%d "
                    "header='%s' offset=%zu reason='%s'\n",
                    r->path, what, r->status, r->header, rc, fsip_strerror(rc), res->status,
                    res->header, res->offset, res->reason ? res->reason : "(null)");
        fail();
    }
    /* a UAS puts the reason in its 400 reason phrase */
    if (!res->reason || !res->reason[0]) fail_msg("%s %s: no reason text", r->path, what);
}

/* The error offset lies on the line it blames: the start line for "", else
 * a line (or continuation line) of a header with that name. */
static void expect_offset_on_line(const row *r, const char *buf, size_t len,
                                  const fsip_parse_result *res)
{
    size_t off = res->offset;
    if (off > len) fail_msg("%s: offset %zu past the end (%zu)", r->path, off, len);
    size_t bol = off;
    while (bol > 0 && buf[bol - 1] != '\n')
        bol--;
    /* a continuation line belongs to the header above it */
    while (bol > 0 && (buf[bol] == ' ' || buf[bol] == '\t')) {
        bol--;
        while (bol > 0 && buf[bol - 1] != '\n')
            bol--;
    }
    if (res->header[0] == '\0') {
        if (bol != 0)
            fail_msg("%s: start-line error at offset %zu, which is not on the start line", r->path,
                     off);
        return;
    }
    size_t e = bol;
    while (e < len && buf[e] != ':' && buf[e] != ' ' && buf[e] != '\t' && buf[e] != '\r')
        e++;
    fsip_str name = {buf + bol, e - bol};
    fsip_hdr_id want = fsip_hdr_lookup(fsip_str_c(res->header));
    int same =
        want != FSIP_HDR_OTHER ? fsip_hdr_lookup(name) == want : fsip_str_caseeq(name, res->header);
    if (!same)
        fail_msg("%s: error names '%s' but offset %zu is on the line of '%s'", r->path, res->header,
                 off, test_cstr(name));
}

/* "400:Content-Length" or "400:(start)" */
static void expect_spec(const char *path, const char *spec, int rc, const fsip_parse_result *res,
                        const char *what)
{
    int status = atoi(spec);
    const char *hdr = strchr(spec, ':');
    assert_non_null(hdr);
    if (rc != FSIP_EPARSE || res->status != status || !name_in(hdr + 1, res->header)) {
        print_error("%s %s: expected FSIP_EPARSE %s, got rc=%d (%s) status=%d header='%s' "
                    "offset=%zu reason='%s'\n",
                    path, what, spec, rc, fsip_strerror(rc), res->status, res->header, res->offset,
                    res->reason ? res->reason : "(null)");
        fail();
    }
}

static void check_validate(const row *r, const fsip_msg *m)
{
    fsip_parse_opts o;
    fsip_parse_result res;
    test_opts(&o, 0);
    memset(&res, 0, sizeof(res));
    int rc = fsip_msg_validate(m, &o, &res);
    if (strcmp(r->validate, "ok") == 0) {
        if (rc != 0) {
            print_error("%s validate: expected 0, got rc=%d status=%d header='%s' reason='%s'\n",
                        r->path, rc, res.status, res.header, res.reason ? res.reason : "(null)");
            fail();
        }
    } else {
        expect_spec(r->path, r->validate, rc, &res, "validate");
    }
}

/* Stream framing of the (wire-form) bytes. */
static void check_stream(const row *r, const char *buf, size_t len)
{
    const char *s = r->stream;
    if (strcmp(s, "same") == 0 || strcmp(s, "wait|same") == 0) {
        char *expect = test_datagram_log(buf, len, 0);
        char *whole = test_frame_log(buf, len, NULL, NULL, 0);
        char waiting[64];
        snprintf(waiting, sizeof(waiting), "END pending=%zu\n", len);
        if (strcmp(s, "wait|same") == 0 && strcmp(whole, waiting) == 0) {
            free(expect);
            expect = strdup(waiting);
        }
        free(whole);
        free(test_frame_every_split(buf, len, NULL, expect, 0));
        free(expect);
    } else if (strcmp(s, "wait") == 0) {
        char expect[64];
        snprintf(expect, sizeof(expect), "END pending=%zu\n", len);
        free(test_frame_every_split(buf, len, NULL, expect, 0));
    } else if (strncmp(s, "err:", 4) == 0) {
        char *whole = test_frame_every_split(buf, len, NULL, NULL, 0);
        /* The log is some MSG-free prefix and one ERR line. */
        char *e = strstr(whole, "ERR ");
        if (!e || strncmp(whole, "MSG", 3) == 0) {
            print_error("%s stream: expected an error %s, got log:\n%s", r->path, s + 4, whole);
            fail();
        }
        int rc = 0, status = 0;
        char hdr[48] = "";
        sscanf(e, "ERR rc=%d status=%d header=%47s", &rc, &status, hdr);
        if (strncmp(hdr, "offset=", 7) == 0) hdr[0] = '\0';
        fsip_parse_result res;
        memset(&res, 0, sizeof(res));
        res.status = status;
        snprintf(res.header, sizeof(res.header), "%s", hdr);
        expect_spec(r->path, s + 4, rc, &res, "stream");
        free(whole);
    } else if (strcmp(s, "dblreq") == 0) {
        char *whole = test_frame_every_split(buf, len, NULL, NULL, 0);
        char *first = test_datagram_log(buf, len, 0);
        /* REGISTER exactly as the datagram parse saw it ... */
        char *end = strstr(first, "END pending=0\n");
        assert_non_null(end);
        *end = '\0';
        if (strncmp(whole, first, strlen(first)) != 0)
            test_assert_log_eq(whole, first, "dblreq stream: first message", __FILE__, __LINE__);
        /* ... then (after an optional CRLF pong) the INVITE, then an error
         * for "C\r\n\r\n", which cannot be a start line. */
        const char *rest = whole + strlen(first);
        if (strncmp(rest, "PONG\n", 5) == 0) rest += 5;
        fsip_msg *inv = NULL;
        fsip_parse_result res;
        static const char second[] = "INVITE sip:joe@example.com SIP/2.0";
        const char *at = memmem(buf, len, second, sizeof(second) - 1);
        assert_non_null(at);
        size_t inv_len = len - (size_t)(at - buf) - 5;
        assert_int_equal(test_parse(at, inv_len, FSIP_PARSE_STREAM, 0, &inv, &res), FSIP_OK);
        assert_int_equal(fsip_msg_method(inv), FSIP_METHOD_INVITE);
        assert_int_equal(fsip_msg_body(inv).len, 150);
        assert_view(fsip_msg_call_id(inv), "dblreq.0ha0isnda977644900765@192.0.2.15");
        char *d = test_dump(inv);
        fsip_msg_free(inv);
        char head[64];
        snprintf(head, sizeof(head), "MSG %zu\n", inv_len);
        if (strncmp(rest, head, strlen(head)) != 0 ||
            strncmp(rest + strlen(head), d, strlen(d)) != 0) {
            print_error("dblreq stream: second message should be the INVITE (%s), log:\n%s", head,
                        whole);
            fail();
        }
        rest += strlen(head) + strlen(d);
        if (strncmp(rest, "ERR rc=-3 status=400 header= ", 29) != 0) {
            print_error("dblreq stream: expected a start-line error for the trailing "
                        "'C\\r\\n\\r\\n', got: %s\n",
                        rest);
            fail();
        }
        free(d);
        free(first);
        free(whole);
    } else {
        print_error("%s: unknown stream verdict '%s'\n", r->path, s);
        fail();
    }
}

static void run_row(void **state)
{
    const row *r = *state;
    if (!r->have) {
        print_error("%s (%s) has no row in verdicts.tsv\n", r->path, r->verdict);
        fail();
    }
    /* The verdict must agree with the corpus' own classification. */
    if (strcmp(r->verdict, "valid") == 0 || strcmp(r->verdict, "semantic") == 0)
        assert_string_equal(r->parse, "ok");
    else if (strcmp(r->verdict, "invalid") == 0)
        assert_true(strcmp(r->parse, "err") == 0 || strcmp(r->parse, "reject") == 0);
    else
        fail_msg("%s: unknown verdict '%s'", r->path, r->verdict);

    check_fn fn = find_check(base_name(r->path));
    if (strcmp(r->parse, "ok") == 0 && !fn) fail_msg("%s: no field checks", r->path);

    size_t len = 0;
    char *buf = load(r, &len, 1);
    fsip_msg *m = NULL;
    fsip_parse_result res;
    int rc = test_parse(buf, len, FSIP_PARSE_DATAGRAM, 0, &m, &res);
    if (strcmp(r->parse, "ok") == 0) {
        if (rc != FSIP_OK) {
            print_error("%s: expected FSIP_OK, got rc=%d (%s) status=%d header='%s' offset=%zu "
                        "reason='%s'\n",
                        r->path, rc, fsip_strerror(rc), res.status, res.header, res.offset,
                        res.reason ? res.reason : "(null)");
            fail();
        }
        assert_int_equal(res.length, fsip_msg_raw(m).len);
        fn(m, buf, len);
        check_validate(r, m);
        fsip_msg_free(m);
    } else if (strcmp(r->parse, "err") == 0) {
        if (rc == FSIP_OK) fsip_msg_free(m);
        expect_error(r, rc, &res, "parse");
        expect_offset_on_line(r, buf, len, &res);
    } else { /* reject: in parse, or in validate */
        if (rc == FSIP_OK) {
            fsip_parse_opts o;
            test_opts(&o, 0);
            memset(&res, 0, sizeof(res));
            rc = fsip_msg_validate(m, &o, &res);
            fsip_msg_free(m);
            expect_error(r, rc, &res, "validate");
        } else {
            expect_error(r, rc, &res, "parse");
        }
    }

    check_stream(r, buf, len);
    free(buf);

    if (is_rfc5118(r)) {
        /* Strictly, the stored bytes (bare LF) are not SIP. */
        buf = load(r, &len, 0);
        rc = test_parse(buf, len, FSIP_PARSE_DATAGRAM, 0, &m, &res);
        if (rc == FSIP_OK) fsip_msg_free(m);
        assert_int_equal(rc, FSIP_EPARSE);
        /* With the two leniencies they are, except where the archive's
         * Content-Length exceeds its body. */
        rc = test_parse(buf, len, FSIP_PARSE_DATAGRAM,
                        FSIP_LENIENT_BARE_LF | FSIP_LENIENT_UNTERMINATED_HEADERS, &m, &res);
        if (strcmp(r->stored, "ok") == 0) {
            if (rc != FSIP_OK) {
                print_error("%s stored+lenient: got rc=%d status=%d header='%s' offset=%zu "
                            "reason='%s'\n",
                            r->path, rc, res.status, res.header, res.offset,
                            res.reason ? res.reason : "(null)");
                fail();
            }
            /* Same fields as the wire form, apart from the body octets. */
            fsip_msg *w = NULL;
            size_t wlen;
            char *wire = load(r, &wlen, 1);
            assert_int_equal(test_parse(wire, wlen, FSIP_PARSE_DATAGRAM, 0, &w, &res), FSIP_OK);
            assert_int_equal(fsip_msg_is_request(m), fsip_msg_is_request(w));
            assert_view_s(fsip_msg_call_id(m), test_cstr(fsip_msg_call_id(w)));
            assert_string_equal(test_cstr(fsip_msg_request_uri(m)->host),
                                test_cstr(fsip_msg_request_uri(w)->host));
            assert_int_equal(fsip_msg_request_uri(m)->port, fsip_msg_request_uri(w)->port);
            assert_int_equal(fsip_msg_hdr_count(m), fsip_msg_hdr_count(w));
            assert_string_equal(test_cstr(fsip_msg_via(m)->host), test_cstr(fsip_msg_via(w)->host));
            fsip_msg_free(w);
            free(wire);
            fsip_msg_free(m);
        } else {
            if (rc == FSIP_OK) fsip_msg_free(m);
            expect_spec(r->path, r->stored + 4, rc, &res, "stored+lenient");
        }
        free(buf);
    } else {
        assert_string_equal(r->stored, "-");
    }
}

/* ------------------------------------------------------------ the tables */

static char *next_field(char **p)
{
    char *s = *p;
    if (!s) return NULL;
    char *t = strchr(s, '\t');
    if (t) {
        *t = '\0';
        *p = t + 1;
    } else {
        *p = NULL;
    }
    return s;
}

static void load_tables(void)
{
    char path[512];
    size_t len;
    snprintf(path, sizeof(path), "%s/expected.tsv", FSIP_CONFORMANCE_DIR);
    char *exp = test_read_file(path, &len);
    if (!exp) {
        fprintf(stderr, "cannot read %s\n", path);
        exit(1);
    }
    int first = 1;
    for (char *line = strtok(exp, "\n"); line; line = strtok(NULL, "\n")) {
        if (first) { /* header row */
            first = 0;
            continue;
        }
        char *p = line;
        char *f_path = next_field(&p), *f_verdict = next_field(&p);
        if (!f_path || !f_verdict || nrows == MAX_ROWS) {
            fprintf(stderr, "bad expected.tsv line: %s\n", line);
            exit(1);
        }
        row *r = &rows[nrows++];
        snprintf(r->path, sizeof(r->path), "%s", f_path);
        snprintf(r->verdict, sizeof(r->verdict), "%s", f_verdict);
    }
    free(exp);

    snprintf(path, sizeof(path), "%s/tests/conformance/verdicts.tsv", FSIP_SOURCE_DIR);
    char *ver = test_read_file(path, &len);
    if (!ver) {
        fprintf(stderr, "cannot read %s\n", path);
        exit(1);
    }
    for (char *line = strtok(ver, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] == '#' || line[0] == '\0') continue;
        char *p = line;
        char *f[7];
        for (int i = 0; i < 7; i++)
            f[i] = next_field(&p);
        if (!f[6]) {
            fprintf(stderr, "bad verdicts.tsv line: %s\n", line);
            exit(1);
        }
        row *r = NULL;
        for (size_t i = 0; i < nrows; i++)
            if (strcmp(rows[i].path, f[0]) == 0) r = &rows[i];
        if (!r || r->have) {
            fprintf(stderr, "verdicts.tsv: %s %s\n", f[0], r ? "listed twice" : "not in corpus");
            verdict_orphans++;
            continue;
        }
        r->have = 1;
        snprintf(r->parse, sizeof(r->parse), "%s", f[1]);
        r->status = atoi(f[2]);
        snprintf(r->header, sizeof(r->header), "%s", f[3]);
        snprintf(r->validate, sizeof(r->validate), "%s", f[4]);
        snprintf(r->stream, sizeof(r->stream), "%s", f[5]);
        snprintf(r->stored, sizeof(r->stored), "%s", f[6]);
    }
    free(ver);
}

/* The corpus is complete and every verdict names a corpus file. */
static void test_tables(void **state)
{
    (void)state;
    assert_int_equal(nrows, 61);
    assert_int_equal(verdict_orphans, 0);
    size_t counts[3] = {0};
    for (size_t i = 0; i < nrows; i++) {
        assert_true(rows[i].have);
        if (strcmp(rows[i].verdict, "valid") == 0)
            counts[0]++;
        else if (strcmp(rows[i].verdict, "invalid") == 0)
            counts[1]++;
        else if (strcmp(rows[i].verdict, "semantic") == 0)
            counts[2]++;
    }
    assert_int_equal(counts[0], 25);
    assert_int_equal(counts[1], 20);
    assert_int_equal(counts[2], 16);
    /* Every field check belongs to a corpus file that parses. */
    for (size_t k = 0; k < sizeof(checks) / sizeof(checks[0]); k++) {
        int found = 0;
        for (size_t i = 0; i < nrows; i++)
            if (strcmp(base_name(rows[i].path), checks[k].file) == 0) {
                found = 1;
                assert_string_equal(rows[i].parse, "ok");
            }
        if (!found) fail_msg("field check for %s: no such corpus file", checks[k].file);
    }
}

int main(void)
{
    load_tables();
    struct CMUnitTest *tests = calloc(nrows + 1, sizeof(*tests));
    if (!tests) return 1;
    tests[0] = (struct CMUnitTest)FSIP_TEST(test_tables);
    for (size_t i = 0; i < nrows; i++) {
        tests[i + 1] = (struct CMUnitTest){rows[i].path, run_row, test_leak_setup,
                                           test_leak_teardown, &rows[i]};
    }
    int rc = _cmocka_run_group_tests("conformance", tests, nrows + 1, NULL, NULL);
    free(tests);
    return rc;
}
