/* fsmc command line.
 *   fsmc --check FILE.fsm                      exit 0, or 1 with file:line: messages
 *   fsmc --emit TARGET[,TARGET...] -o DIR FILE.fsm
 *        TARGET: c dot promela vectors md
 * Usage errors and unreadable or unwritable files exit 2. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "fsmc.h"

static const struct {
    const char *name;
    int (*emit)(const struct fsmc_machine *m, const char *dir);
} targets[] = {
    {"c", fsmc_emit_c},
    {"dot", fsmc_emit_dot},
    {"promela", fsmc_emit_promela},
    {"vectors", fsmc_emit_vectors},
    {"md", fsmc_emit_md},
};
#define NTARGETS (sizeof targets / sizeof targets[0])

static int usage(const char *msg)
{
    if (msg) fprintf(stderr, "fsmc: %s\n", msg);
    fprintf(stderr, "usage: fsmc --check FILE.fsm\n"
                    "       fsmc --emit c|dot|promela|vectors|md[,...] -o DIR FILE.fsm\n");
    return 2;
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "fsmc: cannot read %s: %s\n", path, strerror(errno));
        return NULL;
    }
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf) break;
        n += fread(buf + n, 1, cap - n - 1, f);
        if (n < cap - 1) break;
        cap *= 2;
        char *nb = realloc(buf, cap);
        if (!nb) {
            free(buf);
            buf = NULL;
        }
        buf = nb;
    }
    if (!buf || ferror(f)) {
        fprintf(stderr, "fsmc: cannot read %s\n", path);
        free(buf);
        fclose(f);
        return NULL;
    }
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* Sets bit i of *mask for each target named in the comma-separated list. */
static int parse_targets(const char *list, unsigned *mask)
{
    const char *p = list;
    while (*p) {
        size_t n = strcspn(p, ",");
        size_t i;
        for (i = 0; i < NTARGETS; i++)
            if (strlen(targets[i].name) == n && strncmp(targets[i].name, p, n) == 0) break;
        if (i == NTARGETS) {
            fprintf(stderr, "fsmc: unknown target '%.*s'\n", (int)n, p);
            return -1;
        }
        *mask |= 1u << i;
        p += n;
        if (*p == ',') p++;
    }
    return *mask ? 0 : -1;
}

int main(int argc, char **argv)
{
    int check = 0;
    unsigned emit = 0;
    const char *dir = NULL, *file = NULL;

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--check") == 0) {
            check = 1;
        } else if (strcmp(argv[i], "--emit") == 0) {
            if (++i == argc) return usage("--emit needs a target");
            if (parse_targets(argv[i], &emit) < 0) return usage(NULL);
        } else if (strcmp(argv[i], "-o") == 0) {
            if (++i == argc) return usage("-o needs a directory");
            dir = argv[i];
        } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage(NULL);
            return 0;
        } else if (strcmp(argv[i], "--version") == 0) {
            printf("fsmc %s\n", FSMC_VERSION);
            return 0;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "fsmc: unknown option '%s'\n", argv[i]);
            return usage(NULL);
        } else if (file) {
            return usage("one spec file at a time");
        } else {
            file = argv[i];
        }
    }
    if (!file) return usage("no spec file");
    if (check == !!emit) return usage("give exactly one of --check and --emit");
    if (emit && !dir) return usage("--emit needs -o DIR");

    size_t len;
    char *src = read_all(file, &len);
    if (!src) return 2;
    struct fsmc_machine m;
    int errors = fsmc_parse(&m, file, src, len);
    if (!errors) errors = fsmc_check(&m);
    int rc = errors ? 1 : 0;
    if (!errors && emit) {
        fsmc_sort_rows(&m);
        for (size_t i = 0; i < NTARGETS && rc == 0; i++)
            if (emit & (1u << i) && targets[i].emit(&m, dir) < 0) rc = 2;
    }
    fsmc_free(&m);
    free(src);
    return rc;
}
