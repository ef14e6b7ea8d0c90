/* Helpers shared by the emitters: names, durations, output files. */
#include <ctype.h>
#include <errno.h>
#include <string.h>

#include "fsmc.h"

void fsmc_dur_str(struct fsmc_dur d, char *buf, size_t size)
{
    static const char *const unit[] = {"ms", "T1", "T2", "T4"};
    if (d.unit == UNIT_MS) {
        if (d.n == 0)
            snprintf(buf, size, "0");
        else if (d.n % 1000 == 0)
            snprintf(buf, size, "%us", (unsigned)(d.n / 1000));
        else
            snprintf(buf, size, "%ums", (unsigned)d.n);
    } else if (d.n == 1) {
        snprintf(buf, size, "%s", unit[d.unit]);
    } else {
        snprintf(buf, size, "%u*%s", (unsigned)d.n, unit[d.unit]);
    }
}

uint64_t fsmc_dur_default_ms(struct fsmc_dur d)
{
    static const uint64_t ms[] = {1, 500, 4000, 5000};
    return (uint64_t)d.n * ms[d.unit];
}

void fsmc_step_str(const struct fsmc_machine *m, const struct fsmc_step *s, char *buf, size_t size)
{
    static const char *const op[] = {"", "start", "backoff", "stop"};
    if (s->op == OP_DO) {
        snprintf(buf, size, "%s", m->actions.name[s->index]);
    } else if (s->has_dur) {
        char d[32];
        fsmc_dur_str(s->dur, d, sizeof d);
        snprintf(buf, size, "%s(%s,%s)", op[s->op], m->timers[s->index].name, d);
    } else {
        snprintf(buf, size, "%s(%s)", op[s->op], m->timers[s->index].name);
    }
}

void fsmc_guard_str(const struct fsmc_machine *m, uint32_t mask, uint32_t val, char *buf,
                    size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (int g = 0; g < m->guards.n; g++) {
        if (!(mask & (1u << g))) continue;
        int n = snprintf(buf + used, size - used, "%s%s%s", used ? " " : "",
                         (val & (1u << g)) ? "" : "!", m->guards.name[g]);
        if (n < 0 || (size_t)n >= size - used) return;
        used += (size_t)n;
    }
}

const char *fsmc_upper(const char *s, char *buf, size_t size)
{
    size_t i = 0;
    for (; s[i] && i + 1 < size; i++)
        buf[i] = (char)toupper((unsigned char)s[i]);
    buf[i] = '\0';
    return buf;
}

static int row_before(const struct fsmc_row *a, const struct fsmc_row *b)
{
    if (a->state != b->state) return a->state < b->state;
    return a->event < b->event;
}

void fsmc_sort_rows(struct fsmc_machine *m)
{
    /* Insertion sort: stable, and specs have a few hundred rows at most. */
    for (int i = 1; i < m->nrows; i++) {
        struct fsmc_row r = m->rows[i];
        int j = i;
        while (j > 0 && row_before(&r, &m->rows[j - 1])) {
            m->rows[j] = m->rows[j - 1];
            j--;
        }
        m->rows[j] = r;
    }
}

int fsmc_timer_budget(const struct fsmc_machine *m, int t)
{
    /* A timer that restarts itself fires as often as its schedule fits in
     * the longest timer of the machine (the transaction timeout), with the
     * RFC 3261 default T1/T2/T4. */
    uint64_t horizon = 0;
    for (int i = 0; i < m->ntimers; i++) {
        uint64_t d = fsmc_dur_default_ms(m->timers[i].dur);
        if (d > horizon) horizon = d;
    }
    const struct fsmc_timer *tm = &m->timers[t];
    uint64_t d = fsmc_dur_default_ms(tm->dur), cap = UINT64_MAX, sum = 0;
    if (tm->has_cap) cap = fsmc_dur_default_ms(tm->cap);
    int n = 0;
    if (d == 0) return 1;
    for (;;) {
        sum += d;
        if (sum >= horizon || n >= 250) break;
        n++;
        if (tm->doubling) d = 2 * d < cap ? 2 * d : cap;
    }
    return n < 1 ? 1 : n;
}

FILE *fsmc_open_out(const char *dir, const char *prefix, const char *name, const char *suffix,
                    char *path, size_t size)
{
    snprintf(path, size, "%s/%s%s%s", dir, prefix, name, suffix);
    FILE *f = fopen(path, "w");
    if (!f) fprintf(stderr, "fsmc: cannot write %s: %s\n", path, strerror(errno));
    return f;
}

int fsmc_close_out(FILE *f, const char *path)
{
    int bad = ferror(f);
    if (fclose(f) != 0 || bad) {
        fprintf(stderr, "fsmc: error writing %s\n", path);
        return -1;
    }
    return 0;
}

void fsmc_banner(FILE *f, const struct fsmc_machine *m, const char *open, const char *close)
{
    fprintf(f, "%sGenerated from %s by fsmc %s - do not edit; run `make regen`.%s\n", open, m->file,
            FSMC_VERSION, close);
}
