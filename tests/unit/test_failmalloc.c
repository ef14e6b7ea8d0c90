/* Failmalloc sweeps (STYLE §14): every allocation the parser, validator,
 * printer, builder, URI parser and framer make is failed in turn; each run
 * must end in FSIP_ENOMEM (or NULL from a constructor), leak nothing and
 * never crash. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fsip/uri.h"
#include "testfile.h"
#include "testsip.h"

/* An allocation failure must surface as FSIP_ENOMEM, never as another
 * error (that would make a UAS answer 400 to a valid message). */
static int nomem(int rc)
{
    if (rc != FSIP_ENOMEM) {
        if (test_alloc_failed())
            fail_msg("allocation failed but rc=%d (%s)", rc, fsip_strerror(rc));
        fail_msg("unexpected rc=%d (%s) without an allocation failure", rc, fsip_strerror(rc));
    }
    return rc;
}

typedef struct blob {
    const char *buf;
    size_t len;
} blob;

static int parse_validate_print(void *arg)
{
    const blob *b = arg;
    fsip_parse_opts o;
    test_opts(&o, 0);
    fsip_parse_result r;
    fsip_msg *m = NULL;
    int rc = fsip_msg_parse(b->buf, b->len, FSIP_PARSE_DATAGRAM, &o, &m, &r);
    if (rc != FSIP_OK) return nomem(rc);
    rc = fsip_msg_validate(m, &o, &r);
    if (rc != 0) {
        fsip_msg_free(m);
        return nomem(rc);
    }
    size_t n = fsip_msg_print(m, NULL, 0);
    char *out = malloc(n + 1);
    assert_non_null(out);
    assert_int_equal(fsip_msg_print(m, out, n + 1), n);
    char d[16];
    (void)fsip_msg_dump(m, d, sizeof(d));
    /* the printed form parses in stream mode too */
    fsip_msg *m2 = NULL;
    rc = fsip_msg_parse(out, n, FSIP_PARSE_STREAM, &o, &m2, &r);
    free(out);
    fsip_msg_free(m);
    if (rc != FSIP_OK) return nomem(rc);
    fsip_msg_free(m2);
    return 0;
}

static void sweep_file(const char *rel, const char *dir)
{
    char path[512];
    snprintf(path, sizeof(path), "%s/%s", dir, rel);
    size_t len;
    char *buf = test_read_file(path, &len);
    if (!buf) fail_msg("cannot read %s", path);
    blob b = {buf, len};
    long runs = test_failmalloc_sweep(parse_validate_print, &b);
    assert_true(runs >= 1);
    free(buf);
}

static void test_parse_fixtures(void **state)
{
    (void)state;
    static const char *const files[] = {
        "invite_sdp.sip",     "multivalue.sip",    "folding.sip",    "register_contacts.sip",
        "refer_replaces.sip", "auth_register.sip", "via_params.sip", "notify_sipfrag.sip"};
    for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++)
        sweep_file(files[i], FSIP_SOURCE_DIR "/tests/fixtures");
}

static void test_parse_corpus(void **state)
{
    (void)state;
    sweep_file("rfc4475/wsinv.dat", FSIP_CONFORMANCE_DIR);
    sweep_file("rfc4475/longreq.dat", FSIP_CONFORMANCE_DIR);
    sweep_file("rfc4475/esc01.dat", FSIP_CONFORMANCE_DIR);
}

/* A malformed message fails with EPARSE when memory suffices, ENOMEM when
 * not; either way nothing leaks. */
static int parse_bad(void *arg)
{
    const blob *b = arg;
    fsip_parse_opts o;
    test_opts(&o, 0);
    fsip_parse_result r;
    fsip_msg *m = NULL;
    int rc = fsip_msg_parse(b->buf, b->len, FSIP_PARSE_DATAGRAM, &o, &m, &r);
    assert_int_not_equal(rc, FSIP_OK);
    if (rc == FSIP_EPARSE && !test_alloc_failed()) return 0;
    return nomem(rc);
}

static void test_parse_errors(void **state)
{
    (void)state;
    static const char *const files[] = {"rfc4475/badinv01.dat", "rfc4475/quotbal.dat",
                                        "rfc4475/scalar02.dat"};
    for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
        char path[512];
        snprintf(path, sizeof(path), "%s/%s", FSIP_CONFORMANCE_DIR, files[i]);
        size_t len;
        char *buf = test_read_file(path, &len);
        assert_non_null(buf);
        blob b = {buf, len};
        test_failmalloc_sweep(parse_bad, &b);
        free(buf);
    }
}

static int build(void *arg)
{
    (void)arg;
    fsip_msg *m = fsip_msg_new_request("INVITE", "sip:bob@biloxi.com", test_alloc);
    if (!m) return FSIP_ENOMEM;
    int rc;
    if ((rc = fsip_msg_hdr_add(m, "Via", "SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK1")) ||
        (rc = fsip_msg_hdr_prepend(m, "Via", "SIP/2.0/UDP p1.example.com;branch=z9hG4bK2")) ||
        (rc = fsip_msg_hdr_add(m, "From", "<sip:alice@atlanta.com>;tag=1")) ||
        (rc = fsip_msg_hdr_add(m, "To", "<sip:bob@biloxi.com>")) ||
        (rc = fsip_msg_hdr_add(m, "Call-ID", "abc")) ||
        (rc = fsip_msg_hdr_add(m, "CSeq", "1 INVITE")) ||
        (rc = fsip_msg_hdr_set(m, "Max-Forwards", "70")) ||
        (rc = fsip_msg_set_body(m, "text/plain", "hello", 5))) {
        fsip_msg_free(m);
        return nomem(rc);
    }
    (void)fsip_msg_hdr_remove(m, "Via");
    fsip_msg *rs = fsip_msg_new_response(200, NULL, m, test_alloc);
    if (!rs) {
        fsip_msg_free(m);
        return FSIP_ENOMEM;
    }
    size_t n = fsip_msg_print(rs, NULL, 0);
    char *out = malloc(n + 1);
    assert_non_null(out);
    fsip_msg_print(rs, out, n + 1);
    free(out);
    fsip_msg_free(rs);
    fsip_msg_free(m);
    return 0;
}

static void test_builder(void **state)
{
    (void)state;
    test_failmalloc_sweep(build, NULL);
}

static int uri(void *arg)
{
    (void)arg;
    static const char *const uris[] = {
        "sip:alice:pw@atlanta.com:5060;transport=tcp;lr;maddr=1.2.3.4?subject=x&priority=y",
        "sips:[2001:db8::1]:5061;x", "tel:+1-201-555-0123;phone-context=example.com", "mailto:a@b"};
    for (size_t i = 0; i < sizeof(uris) / sizeof(uris[0]); i++) {
        fsip_uri u;
        int rc = fsip_uri_parse(uris[i], strlen(uris[i]), 0, test_alloc, &u, NULL);
        if (rc != 0) return nomem(rc);
        fsip_uri_release(&u, test_alloc);
    }
    return 0;
}

static void test_uri(void **state)
{
    (void)state;
    test_failmalloc_sweep(uri, NULL);
}

/* The framer: three pipelined messages, fed in small chunks. */
static int framer(void *arg)
{
    const blob *b = arg;
    fsip_parse_opts o;
    test_opts(&o, 0);
    fsip_framer *f = fsip_framer_new(&o);
    if (!f) return FSIP_ENOMEM;
    int msgs = 0, rc = 0;
    for (size_t at = 0; at < b->len && rc == 0;) {
        size_t n = b->len - at < 97 ? b->len - at : 97;
        rc = fsip_framer_feed(f, b->buf + at, n);
        at += n;
        while (rc == 0) {
            fsip_msg *m = NULL;
            fsip_parse_result r;
            int ev = fsip_framer_next(f, &m, &r);
            if (ev == FSIP_FRAME_NONE) break;
            if (ev < 0) {
                rc = ev;
                break;
            }
            if (ev == FSIP_FRAME_MSG) {
                msgs++;
                fsip_msg_free(m);
            }
        }
    }
    fsip_framer_free(f);
    if (rc) return nomem(rc);
    assert_int_equal(msgs, 3);
    return 0;
}

static void test_framer(void **state)
{
    (void)state;
    static const char *const files[] = {"invite_sdp.sip", "response_180.sip", "auth_401.sip"};
    char *stream = NULL;
    size_t total = 0;
    for (size_t i = 0; i < 3; i++) {
        char path[512];
        snprintf(path, sizeof(path), "%s/tests/fixtures/%s", FSIP_SOURCE_DIR, files[i]);
        size_t len;
        char *buf = test_read_file(path, &len);
        assert_non_null(buf);
        stream = realloc(stream, total + len + 4);
        assert_non_null(stream);
        memcpy(stream + total, buf, len);
        total += len;
        if (i == 0) {
            memcpy(stream + total, "\r\n\r\n", 4); /* a ping between messages */
            total += 4;
        }
        free(buf);
    }
    blob b = {stream, total};
    test_failmalloc_sweep(framer, &b);
    free(stream);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_parse_fixtures), FSIP_TEST(test_parse_corpus), FSIP_TEST(test_parse_errors),
        FSIP_TEST(test_builder),        FSIP_TEST(test_uri),          FSIP_TEST(test_framer),
    };
    return cmocka_run_group_tests_name("failmalloc", tests, NULL, NULL);
}
