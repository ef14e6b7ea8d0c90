/* Parser fixtures (tests/fixtures/NAME.sip + NAME.expected): the datagram
 * parse must dump exactly NAME.expected, and the stream framer must give
 * the identical dump for every chunking (whole, every 2-chunk split, 1, 2,
 * 3, ... bytes at a time). FSIP_FIXTURE_UPDATE=1 rewrites the .expected
 * files from the parser's output (review them by hand!). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testfile.h"
#include "testsip.h"

#define FIXDIR  FSIP_SOURCE_DIR "/tests/fixtures"
#define MAX_FIX 256

static char *names[MAX_FIX];
static size_t nnames;
static int update;

static int cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void list_fixtures(void)
{
    DIR *d = opendir(FIXDIR);
    if (!d) {
        fprintf(stderr, "cannot open %s\n", FIXDIR);
        exit(1);
    }
    struct dirent *e;
    while ((e = readdir(d)) && nnames < MAX_FIX) {
        size_t l = strlen(e->d_name);
        if (l > 4 && strcmp(e->d_name + l - 4, ".sip") == 0) names[nnames++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, nnames, sizeof(names[0]), cmp);
}

static void run_fixture(void **state)
{
    const char *name = *state;
    char path[512];
    snprintf(path, sizeof(path), "%s/%s", FIXDIR, name);
    size_t len;
    char *buf = test_read_file(path, &len);
    assert_non_null(buf);

    fsip_msg *m = NULL;
    fsip_parse_result r;
    int rc = test_parse(buf, len, FSIP_PARSE_DATAGRAM, 0, &m, &r);
    if (rc != FSIP_OK)
        fail_msg("%s: rc=%d (%s) status=%d header='%s' offset=%zu reason='%s'", name, rc,
                 fsip_strerror(rc), r.status, r.header, r.offset, r.reason ? r.reason : "");
    assert_int_equal(r.length, len);
    char *dump = test_dump(m);

    /* a fixture is a message a UAS would process */
    fsip_parse_opts o;
    test_opts(&o, 0);
    fsip_parse_result vr;
    memset(&vr, 0, sizeof(vr));
    if (fsip_msg_validate(m, &o, &vr) != 0)
        fail_msg("%s: validate: status=%d header='%s' reason='%s'", name, vr.status, vr.header,
                 vr.reason ? vr.reason : "");

    /* printing is stable after one round */
    size_t plen1, plen2;
    char *p1 = test_print(m, &plen1);
    fsip_msg *m2 = NULL;
    rc = test_parse(p1, plen1, FSIP_PARSE_STREAM, 0, &m2, &r);
    if (rc != FSIP_OK) fail_msg("%s: printed form does not parse (rc=%d):\n%s", name, rc, p1);
    char *p2 = test_print(m2, &plen2);
    if (plen1 != plen2 || memcmp(p1, p2, plen1) != 0)
        fail_msg("%s: print(parse(print(m))) != print(m):\n%s\n---\n%s", name, p1, p2);
    assert_int_equal(fsip_msg_hdr_count(m2), fsip_msg_hdr_count(m));
    free(p1);
    free(p2);
    fsip_msg_free(m2);
    fsip_msg_free(m);

    /* stream mode: every proper prefix needs more data; the whole is the
     * same message */
    for (size_t i = 0; i < len; i++) {
        rc = test_parse(buf, i, FSIP_PARSE_STREAM, 0, &m, &r);
        if (rc != FSIP_EAGAIN) {
            if (rc == FSIP_OK) fsip_msg_free(m);
            fail_msg("%s: stream prefix of %zu/%zu bytes: rc=%d header='%s', want FSIP_EAGAIN",
                     name, i, len, rc, r.header);
        }
    }
    assert_int_equal(test_parse(buf, len, FSIP_PARSE_STREAM, 0, &m, &r), FSIP_OK);
    char *sdump = test_dump(m);
    fsip_msg_free(m);
    test_assert_log_eq(sdump, dump, "stream-mode parse", __FILE__, __LINE__);
    free(sdump);

    /* the framer, every chunking */
    char *want = malloc(strlen(dump) + 64);
    assert_non_null(want);
    sprintf(want, "MSG %zu\n%sEND pending=0\n", len, dump);
    free(test_frame_every_split(buf, len, NULL, want, 0));
    free(want);
    free(buf);

    /* last: the datagram dump is the expected one */
    char epath[512];
    snprintf(epath, sizeof(epath), "%s/%.*s.expected", FIXDIR, (int)(strlen(name) - 4), name);
    size_t elen = 0;
    char *expected = test_read_file(epath, &elen);
    if (update && (!expected || strcmp(expected, dump) != 0)) {
        FILE *f = fopen(epath, "wb");
        assert_non_null(f);
        fwrite(dump, 1, strlen(dump), f);
        fclose(f);
        fprintf(stderr, "updated %s - review it against the RFC\n", epath);
        free(expected);
        expected = strdup(dump);
    }
    if (!expected) fail_msg("%s: no %s (run with FSIP_FIXTURE_UPDATE=1, then review)", name, epath);

    test_assert_log_eq(dump, expected, name, __FILE__, __LINE__);

    free(expected);
    free(dump);
}

/* Every .expected has its .sip. */
static void test_no_orphans(void **state)
{
    (void)state;
    DIR *d = opendir(FIXDIR);
    assert_non_null(d);
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (l > 9 && strcmp(e->d_name + l - 9, ".expected") == 0) {
            char sip[512];
            snprintf(sip, sizeof(sip), "%.*s.sip", (int)(l - 9), e->d_name);
            int found = 0;
            for (size_t i = 0; i < nnames; i++)
                found |= strcmp(names[i], sip) == 0;
            if (!found) fail_msg("%s has no %s", e->d_name, sip);
        }
    }
    closedir(d);
    assert_true(nnames >= 30);
}

int main(void)
{
    const char *u = getenv("FSIP_FIXTURE_UPDATE");
    update = u && *u && strcmp(u, "0") != 0;
    list_fixtures();
    struct CMUnitTest *tests = calloc(nnames + 1, sizeof(*tests));
    if (!tests) return 1;
    tests[0] = (struct CMUnitTest)FSIP_TEST(test_no_orphans);
    for (size_t i = 0; i < nnames; i++)
        tests[i + 1] = (struct CMUnitTest){names[i], run_fixture, test_leak_setup,
                                           test_leak_teardown, names[i]};
    int rc = _cmocka_run_group_tests("fixtures", tests, nnames + 1, NULL, NULL);
    free(tests);
    for (size_t i = 0; i < nnames; i++)
        free(names[i]);
    return rc;
}
