/* fsip bench — the driver every parser's bench program shares.
 *
 *   bench_<parser> [--corpus DIR] check
 *   bench_<parser> [--corpus DIR] [--seconds S] [--reps R] wall
 *   bench_<parser> [--corpus DIR] [--iters K] callgrind
 *
 * check      parses every corpus message once and compares the extracted
 *            fields with DIR/expected.tsv; exit status 1 on any difference.
 * wall       (after the check) times each message and the whole corpus:
 *            the best of R runs of about S seconds each.
 * callgrind  (after the check, which also warms caches and resolves lazy
 *            symbols) runs K parses of each message and K passes over the
 *            corpus, then the same loops with a parser that does nothing,
 *            each bracketed by callgrind client requests. Run it under
 *            `valgrind --tool=callgrind --instr-atstart=no`; every loop is
 *            dumped as "parse N" / "null N" and scripts/bench.sh subtracts.
 *
 * Output is tab-separated lines: "parser NAME", "row N MSGS BYTES LABEL"
 * (MSGS parsed per iteration, BYTES per message),
 * "wall N NS_PER_MSG MSGS_PER_S MB_PER_S", "checksum X".
 */
#include "bench.h"

#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifdef BENCH_NO_CALLGRIND
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#define CALLGRIND_ZERO_STATS
#define CALLGRIND_DUMP_STATS_AT(name) ((void)(name))
#else
#include <valgrind/callgrind.h>
#endif

#ifndef BENCH_CORPUS_DIR
#define BENCH_CORPUS_DIR "bench/corpus"
#endif

#define MAX_MSGS   64
#define MAX_FIELDS 13

typedef struct expect {
    char *file, *label, *method, *ruri_user, *ruri_host, *via_branch, *from_tag, *to_tag, *call_id,
        *cseq_method;
    int status;
    uint32_t cseq;
    int64_t content_length;
} expect;

typedef struct corpus_msg {
    char *buf;
    size_t len;
    expect exp;
    bench_fields null_fields; /* what the do-nothing parser reports */
} corpus_msg;

static corpus_msg msgs[MAX_MSGS];
static size_t nmsgs;

/* bench_use() state. */
static uint64_t checksum;
static const expect *checking; /* non-NULL on the checking pass */
static int check_failures;
static int uses;

static void die(const char *fmt, const char *arg)
{
    fprintf(stderr, "bench (%s): ", bench_parser_name);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    exit(1);
}

/* ------------------------------------------------------------ bench_use */

static inline uint64_t fold(uint64_t h, bench_view v)
{
    if (!v.p) return h * 31 + 1;
    return h * 31 + (uintptr_t)v.p + (unsigned char)v.p[0];
}

static size_t view_len(bench_view v)
{
    return v.n == BENCH_CSTR ? strlen(v.p) : v.n;
}

/* Whether `v` holds `want`; "-" wants an absent value. */
static bool view_is(bench_view v, const char *want)
{
    if (strcmp(want, "-") == 0) return v.p == NULL;
    if (!v.p) return false;
    size_t n = view_len(v);
    return n == strlen(want) && memcmp(v.p, want, n) == 0;
}

static void report(const char *field, bench_view v, const char *want)
{
    if (!v.p) {
        fprintf(stderr, "bench (%s): %s: %s is absent, expected \"%s\"\n", bench_parser_name,
                checking->file, field, want);
    } else {
        fprintf(stderr, "bench (%s): %s: %s is \"%.*s\", expected \"%s\"\n", bench_parser_name,
                checking->file, field, (int)view_len(v), v.p, want);
    }
    check_failures++;
}

static void check_view(const char *field, bench_view v, const char *want)
{
    if (!view_is(v, want)) report(field, v, want);
}

static void check_num(const char *field, int64_t got, int64_t want)
{
    if (got == want) return;
    fprintf(stderr, "bench (%s): %s: %s is %" PRId64 ", expected %" PRId64 "\n", bench_parser_name,
            checking->file, field, got, want);
    check_failures++;
}

static void check_fields(const bench_fields *f, const expect *e)
{
    check_view("method", f->method, e->method);
    check_num("status", f->status, e->status);
    check_view("Request-URI user", f->ruri_user, e->ruri_user);
    check_view("Request-URI host", f->ruri_host, e->ruri_host);
    check_view("top Via branch", f->via_branch, e->via_branch);
    check_view("From tag", f->from_tag, e->from_tag);
    check_view("To tag", f->to_tag, e->to_tag);
    if (f->call_id_host.p) {
        /* oSIP: "number@host" in two parts. */
        char joined[256];
        snprintf(joined, sizeof joined, "%.*s@%.*s", (int)view_len(f->call_id), f->call_id.p,
                 (int)view_len(f->call_id_host), f->call_id_host.p);
        check_view("Call-ID", (bench_view){joined, BENCH_CSTR}, e->call_id);
    } else {
        check_view("Call-ID", f->call_id, e->call_id);
    }
    check_num("CSeq number", f->cseq, e->cseq);
    check_view("CSeq method", f->cseq_method, e->cseq_method);
    check_num("Content-Length", f->content_length, e->content_length);
}

void bench_use(const bench_fields *f)
{
    uint64_t h = checksum;
    h = fold(h, f->method);
    h = fold(h, f->ruri_user);
    h = fold(h, f->ruri_host);
    h = fold(h, f->via_branch);
    h = fold(h, f->from_tag);
    h = fold(h, f->to_tag);
    h = fold(h, f->call_id);
    h = fold(h, f->call_id_host);
    h = fold(h, f->cseq_method);
    checksum = h * 31 + (uint64_t)f->status + f->cseq + (uint64_t)f->content_length;
    uses++;
    if (checking) check_fields(f, checking);
}

/* The do-nothing parser of the callgrind baseline: the same call shape and
 * bench_use() work as a real adapter, with no parsing. */
static size_t null_index;

__attribute__((noinline)) static int null_parse(const char *buf, size_t len)
{
    (void)buf;
    (void)len;
    bench_use(&msgs[null_index].null_fields);
    return 0;
}

/* -------------------------------------------------------------- corpus */

static char *read_file(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) die("cannot open %s", path);
    if (fseek(fp, 0, SEEK_END) != 0) die("cannot seek %s", path);
    long n = ftell(fp);
    if (n < 0) die("cannot size %s", path);
    rewind(fp);
    char *buf = malloc((size_t)n + 1);
    if (!buf || fread(buf, 1, (size_t)n, fp) != (size_t)n) die("cannot read %s", path);
    fclose(fp);
    buf[n] = '\0';
    *len = (size_t)n;
    return buf;
}

static bench_view expect_view(const char *s)
{
    if (strcmp(s, "-") == 0) return (bench_view){NULL, 0};
    return (bench_view){s, strlen(s)};
}

static void load_corpus(const char *dir)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/expected.tsv", dir);
    size_t tsv_len;
    char *tsv = read_file(path, &tsv_len);

    for (char *line = strtok(tsv, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] == '#' || line[0] == '\0') continue;
        char *f[MAX_FIELDS];
        size_t nf = 0;
        for (char *p = line; nf < MAX_FIELDS; nf++) {
            f[nf] = p;
            p = strchr(p, '\t');
            if (!p) {
                nf++;
                break;
            }
            *p++ = '\0';
        }
        if (nf != MAX_FIELDS) die("expected.tsv: a line without 13 fields: %s", line);
        if (nmsgs == MAX_MSGS) die("%s", "too many corpus messages");
        corpus_msg *m = &msgs[nmsgs++];
        expect *e = &m->exp;
        e->file = f[0];
        e->label = f[1];
        e->method = f[2];
        e->status = atoi(f[3]);
        e->ruri_user = f[4];
        e->ruri_host = f[5];
        e->via_branch = f[6];
        e->from_tag = f[7];
        e->to_tag = f[8];
        e->call_id = f[9];
        e->cseq = (uint32_t)strtoul(f[10], NULL, 10);
        e->cseq_method = f[11];
        e->content_length = strtoll(f[12], NULL, 10);

        snprintf(path, sizeof path, "%s/%s", dir, e->file);
        m->buf = read_file(path, &m->len);
        /* The corpus must be well-formed: the body is exactly Content-Length. */
        const char *eoh = strstr(m->buf, "\r\n\r\n");
        if (!eoh) die("%s: no CRLFCRLF after the headers", e->file);
        size_t body = m->len - (size_t)(eoh + 4 - m->buf);
        if ((int64_t)body != e->content_length) die("%s: body length != Content-Length", e->file);

        m->null_fields = (bench_fields){
            .method = expect_view(e->method),
            .status = e->status,
            .ruri_user = expect_view(e->ruri_user),
            .ruri_host = expect_view(e->ruri_host),
            .via_branch = expect_view(e->via_branch),
            .from_tag = expect_view(e->from_tag),
            .to_tag = expect_view(e->to_tag),
            .call_id = expect_view(e->call_id),
            .cseq = e->cseq,
            .cseq_method = expect_view(e->cseq_method),
            .content_length = e->content_length,
        };
    }
    if (nmsgs == 0) die("no messages listed in %s/expected.tsv", dir);

    /* Every .sip file in the directory must be listed (none skipped silently). */
    DIR *d = opendir(dir);
    if (!d) die("cannot open %s", dir);
    for (struct dirent *de; (de = readdir(d));) {
        size_t n = strlen(de->d_name);
        if (n < 4 || strcmp(de->d_name + n - 4, ".sip") != 0) continue;
        bool listed = false;
        for (size_t i = 0; i < nmsgs; i++)
            listed |= strcmp(msgs[i].exp.file, de->d_name) == 0;
        if (!listed) die("%s is not listed in expected.tsv", de->d_name);
    }
    closedir(d);
}

/* -------------------------------------------------------------- modes */

/* Parses every message once and compares with expected.tsv. */
static int check_corpus(void)
{
    int failed = 0;
    for (size_t i = 0; i < nmsgs; i++) {
        checking = &msgs[i].exp;
        int before = uses;
        if (bench_parse(msgs[i].buf, msgs[i].len) != 0) {
            fprintf(stderr, "bench (%s): %s: the parser rejected the message\n", bench_parser_name,
                    msgs[i].exp.file);
            check_failures++;
        } else if (uses != before + 1) {
            fprintf(stderr, "bench (%s): %s: the adapter did not report the fields\n",
                    bench_parser_name, msgs[i].exp.file);
            check_failures++;
        }
        failed += check_failures;
        check_failures = 0;
    }
    checking = NULL;
    if (failed) fprintf(stderr, "bench (%s): %d field(s) wrong\n", bench_parser_name, failed);
    return failed ? 1 : 0;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Row `row` < nmsgs is one message; row == nmsgs is the whole corpus. */
static int run_row(size_t row, uint64_t iters, int (*parse)(const char *, size_t))
{
    size_t lo = row < nmsgs ? row : 0, hi = row < nmsgs ? row + 1 : nmsgs;
    int errors = 0;
    for (uint64_t it = 0; it < iters; it++) {
        for (size_t i = lo; i < hi; i++) {
            null_index = i;
            errors += parse(msgs[i].buf, msgs[i].len) != 0;
        }
    }
    return errors;
}

static size_t row_msgs(size_t row)
{
    return row < nmsgs ? 1 : nmsgs;
}

static size_t row_bytes(size_t row)
{
    if (row < nmsgs) return msgs[row].len;
    size_t total = 0;
    for (size_t i = 0; i < nmsgs; i++)
        total += msgs[i].len;
    return total;
}

static void print_rows(void)
{
    printf("parser\t%s\n", bench_parser_name);
    for (size_t r = 0; r <= nmsgs; r++) {
        printf("row\t%zu\t%zu\t%zu\t%s\n", r, row_msgs(r), row_bytes(r) / row_msgs(r),
               r < nmsgs ? msgs[r].exp.label : "whole corpus");
    }
}

static int wall(double seconds, int reps)
{
    int errors = 0;
    for (size_t r = 0; r <= nmsgs; r++) {
        /* Calibrate: grow the count until a run takes a measurable time. */
        uint64_t iters = 16;
        double t;
        for (;;) {
            double t0 = now_s();
            errors += run_row(r, iters, bench_parse);
            t = now_s() - t0;
            if (t >= seconds / 8 || iters >= (UINT64_C(1) << 40)) break;
            iters *= 2;
        }
        iters = (uint64_t)((double)iters * seconds / t) + 1;
        double best = 1e300;
        for (int k = 0; k < reps; k++) {
            double t0 = now_s();
            errors += run_row(r, iters, bench_parse);
            t = now_s() - t0;
            if (t < best) best = t;
        }
        double n = (double)iters * (double)row_msgs(r);
        printf("wall\t%zu\t%.1f\t%.0f\t%.1f\n", r, best * 1e9 / n, n / best,
               (double)iters * (double)row_bytes(r) / best / 1e6);
        fflush(stdout);
    }
    if (errors)
        fprintf(stderr, "bench (%s): %d parse errors while timing\n", bench_parser_name, errors);
    return errors ? 1 : 0;
}

static int callgrind(uint64_t iters)
{
    int errors = 0;
    char pname[32], nname[32];
    CALLGRIND_START_INSTRUMENTATION;
    for (size_t r = 0; r <= nmsgs; r++) {
        /* Names first: only the loops run between ZERO and DUMP. */
        snprintf(pname, sizeof pname, "parse %zu", r);
        snprintf(nname, sizeof nname, "null %zu", r);
        CALLGRIND_ZERO_STATS;
        errors += run_row(r, iters, bench_parse);
        CALLGRIND_DUMP_STATS_AT(pname);
        CALLGRIND_ZERO_STATS;
        errors += run_row(r, iters, null_parse);
        CALLGRIND_DUMP_STATS_AT(nname);
    }
    CALLGRIND_STOP_INSTRUMENTATION;
    printf("iters\t%" PRIu64 "\n", iters);
    if (errors)
        fprintf(stderr, "bench (%s): %d parse errors under callgrind\n", bench_parser_name, errors);
    return errors ? 1 : 0;
}

static void usage(void)
{
    fprintf(stderr,
            "usage: bench_%s [--corpus DIR] [--seconds S] [--reps R] [--iters K] "
            "check|wall|callgrind\n",
            bench_parser_name);
    exit(2);
}

int main(int argc, char **argv)
{
    const char *dir = BENCH_CORPUS_DIR, *mode = NULL;
    double seconds = 0.1;
    int reps = 5;
    uint64_t iters = 100;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--corpus") == 0 && i + 1 < argc) {
            dir = argv[++i];
        } else if (strcmp(argv[i], "--seconds") == 0 && i + 1 < argc) {
            seconds = atof(argv[++i]);
        } else if (strcmp(argv[i], "--reps") == 0 && i + 1 < argc) {
            reps = atoi(argv[++i]);
        } else if (strcmp(argv[i], "--iters") == 0 && i + 1 < argc) {
            iters = strtoull(argv[++i], NULL, 10);
        } else if (argv[i][0] != '-' && !mode) {
            mode = argv[i];
        } else {
            usage();
        }
    }
    if (!mode || seconds <= 0 || reps < 1 || iters < 1) usage();

    if (bench_setup() != 0) die("%s", "library initialisation failed");
    load_corpus(dir);
    print_rows();
    int rc = check_corpus();
    if (rc != 0) return 1;

    if (strcmp(mode, "check") == 0) {
        printf("check\tok\t%zu\n", nmsgs);
    } else if (strcmp(mode, "wall") == 0) {
        rc = wall(seconds, reps);
    } else if (strcmp(mode, "callgrind") == 0) {
        rc = callgrind(iters);
    } else {
        usage();
    }
    printf("checksum\t%016" PRIx64 "\n", checksum);
    return rc;
}
