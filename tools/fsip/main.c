/* fsip — the command-line user agent.
 *
 *   fsip parse [--stream] [--lenient NAME[,NAME...]] FILE...
 *
 * Exit status: 0 all parsed, 1 a message did not parse, 2 usage error.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fsip/msg.h"

static void usage(FILE *f)
{
    fprintf(f, "usage: fsip parse [--stream | --sipfrag] [--lenient NAME[,NAME...]] FILE...\n"
               "\n"
               "Parses each FILE as one SIP message (a datagram), or with --stream as a\n"
               "byte stream of messages through the stream framer, or with --sipfrag as\n"
               "a message/sipfrag body (RFC 3420), and prints every\n"
               "parsed field. A message that does not parse prints its error (offset,\n"
               "header, reason) and makes the exit status 1.\n"
               "\n"
               "Leniencies (strict when none): bare-lf, start-line-spaces,\n"
               "unterminated-headers, addr-spec-spaces, no-max-forwards, empty-params.\n");
}

static const struct {
    const char *name;
    uint32_t bit;
} leniencies[] = {
    {"bare-lf", FSIP_LENIENT_BARE_LF},
    {"start-line-spaces", FSIP_LENIENT_START_LINE_SPACES},
    {"unterminated-headers", FSIP_LENIENT_UNTERMINATED_HEADERS},
    {"addr-spec-spaces", FSIP_LENIENT_ADDR_SPEC_SPACES},
    {"no-max-forwards", FSIP_LENIENT_NO_MAX_FORWARDS},
    {"empty-params", FSIP_LENIENT_EMPTY_PARAMS},
};

static int parse_lenient(const char *arg, uint32_t *bits)
{
    char *copy = strdup(arg), *save = NULL;
    int ok = copy != NULL;
    for (char *t = copy ? strtok_r(copy, ",", &save) : NULL; t; t = strtok_r(NULL, ",", &save)) {
        size_t i;
        for (i = 0; i < sizeof(leniencies) / sizeof(leniencies[0]); i++)
            if (strcmp(t, leniencies[i].name) == 0) break;
        if (i == sizeof(leniencies) / sizeof(leniencies[0])) {
            fprintf(stderr, "fsip: unknown leniency '%s'\n", t);
            ok = 0;
            break;
        }
        *bits |= leniencies[i].bit;
    }
    free(copy);
    return ok;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t k = fread(buf + n, 1, cap - n, f);
        n += k;
        if (n < cap) break;
        char *nb = realloc(buf, cap *= 2);
        if (!nb) {
            free(buf);
            buf = NULL;
        }
        buf = nb;
    }
    fclose(f);
    *len = n;
    return buf;
}

static void print_msg(const fsip_msg *m)
{
    size_t need = fsip_msg_dump(m, NULL, 0);
    char *out = malloc(need + 1);
    if (!out) return;
    fsip_msg_dump(m, out, need + 1);
    fputs(out, stdout);
    free(out);
}

static void print_error(const char *path, int rc, const fsip_parse_result *r)
{
    printf("error %s: %s at offset %zu", path, fsip_strerror(rc), r->offset);
    if (r->header[0]) printf(" in %s", r->header);
    printf(": %s", r->reason ? r->reason : "-");
    if (r->status) printf(" (answer %d)", r->status);
    printf("\n");
}

static int parse_datagram(const char *path, const char *buf, size_t len, const fsip_parse_opts *o,
                          fsip_parse_mode mode)
{
    fsip_msg *m = NULL;
    fsip_parse_result r;
    int rc = fsip_msg_parse(buf, len, mode, o, &m, &r);
    printf("== %s (%zu bytes)\n", path, len);
    if (rc < 0) {
        print_error(path, rc, &r);
        return 1;
    }
    print_msg(m);
    if (r.length < len) printf("trailing %zu bytes discarded (RFC 3261 §18.3)\n", len - r.length);
    fsip_msg_free(m);
    return 0;
}

static int parse_stream(const char *path, const char *buf, size_t len, const fsip_parse_opts *o)
{
    fsip_framer *f = fsip_framer_new(o);
    int status = 0, n = 0;
    if (!f) return 1;
    printf("== %s (%zu bytes, stream)\n", path, len);
    int rc = fsip_framer_feed(f, buf, len);
    if (rc < 0) {
        printf("error %s: %s\n", path, fsip_strerror(rc));
        fsip_framer_free(f);
        return 1;
    }
    for (;;) {
        fsip_msg *m = NULL;
        fsip_parse_result r;
        rc = fsip_framer_next(f, &m, &r);
        if (rc < 0) {
            print_error(path, rc, &r);
            status = 1;
            break;
        }
        if (rc == FSIP_FRAME_NONE) break;
        if (rc == FSIP_FRAME_PING) printf("keep-alive ping (CRLFCRLF)\n");
        if (rc == FSIP_FRAME_PONG) printf("keep-alive pong (CRLF)\n");
        if (rc == FSIP_FRAME_MSG) {
            printf("-- message %d\n", ++n);
            print_msg(m);
            fsip_msg_free(m);
        }
    }
    if (status == 0 && fsip_framer_pending(f) > 0) {
        printf("incomplete: %zu bytes wait for more data\n", fsip_framer_pending(f));
        status = 1;
    }
    fsip_framer_free(f);
    return status;
}

static int cmd_parse(int argc, char **argv)
{
    fsip_parse_opts o;
    int stream = 0, status = 0, nfiles = 0;
    fsip_parse_mode mode = FSIP_PARSE_DATAGRAM;
    fsip_parse_opts_init(&o);
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--stream") == 0) {
            stream = 1;
        } else if (strcmp(argv[i], "--sipfrag") == 0) {
            mode = FSIP_PARSE_SIPFRAG;
        } else if (strcmp(argv[i], "--lenient") == 0) {
            if (i + 1 >= argc || !parse_lenient(argv[++i], &o.lenient)) return 2;
        } else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "fsip parse: unknown option '%s'\n", argv[i]);
            usage(stderr);
            return 2;
        }
    }
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--lenient") == 0) {
            i++;
            continue;
        }
        if (argv[i][0] == '-' && argv[i][1]) continue;
        size_t len;
        char *buf = read_file(argv[i], &len);
        nfiles++;
        if (!buf) {
            fprintf(stderr, "fsip parse: %s: %s\n", argv[i], strerror(errno));
            status = status ? status : 1;
            continue;
        }
        int rc = stream ? parse_stream(argv[i], buf, len, &o)
                        : parse_datagram(argv[i], buf, len, &o, mode);
        if (rc) status = 1;
        free(buf);
    }
    if (nfiles == 0) {
        usage(stderr);
        return 2;
    }
    return status;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    if (strcmp(argv[1], "parse") == 0) return cmd_parse(argc - 2, argv + 2);
    if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
        usage(stdout);
        return 0;
    }
    fprintf(stderr, "fsip: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return 2;
}
