/* fuzz_fsmc — the state-machine spec compiler on arbitrary specs: a
 * compiler that crashes, leaks or loops on a bad spec is a bug too.
 *
 * Input: one .fsm file. It is lexed, parsed and checked (tools/fsmc); a
 * spec that passes every check is sorted and has every row, guard and
 * timer rendered the way the emitters do, and every emitter writes its
 * output into a scratch directory (on /dev/shm when there is one). Checks:
 * the error count is 0 exactly when fsmc_parse and fsmc_check say so; rows
 * of an accepted spec name declared states/events and stay in their
 * bounds.
 */
#include "fuzz_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fsmc.h"

static char scratch[64];

static void setup(void)
{
    if (scratch[0]) return;
    fsmc_diag = fopen("/dev/null", "w");
    const char *base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    snprintf(scratch, sizeof scratch, "%s/fuzz_fsmc.XXXXXX", base);
    FUZZ_CHECK(mkdtemp(scratch) != NULL, "cannot make a scratch directory in %s", base);
}

static void check_accepted(struct fsmc_machine *m)
{
    fsmc_sort_rows(m);
    char buf[512];
    for (int i = 0; i < m->nrows; i++) {
        const struct fsmc_row *r = &m->rows[i];
        FUZZ_CHECK(r->state >= 0 && r->state < m->states.n, "row %d: state %d", i, r->state);
        FUZZ_CHECK(r->event >= 0 && r->event < m->events.n, "row %d: event %d", i, r->event);
        FUZZ_CHECK(r->next >= 0 && r->next < m->states.n, "row %d: next %d", i, r->next);
        FUZZ_CHECK(r->nsteps >= 0 && r->nsteps <= FSMC_MAX_ACTIONS, "row %d: %d steps", i,
                   r->nsteps);
        FUZZ_CHECK((r->gval & ~r->gmask) == 0, "row %d: guard value outside its mask", i);
        fsmc_guard_str(m, r->gmask, r->gval, buf, sizeof buf);
        for (int s = 0; s < r->nsteps; s++)
            fsmc_step_str(m, &r->steps[s], buf, sizeof buf);
    }
    for (int t = 0; t < m->ntimers; t++) {
        fsmc_dur_str(m->timers[t].dur, buf, sizeof buf);
        (void)fsmc_dur_default_ms(m->timers[t].dur);
        FUZZ_CHECK(fsmc_timer_budget(m, t) >= 0, "timer %d: negative budget", t);
    }
    FUZZ_CHECK(fsmc_emit_c(m, scratch) == 0, "emit C failed");
    FUZZ_CHECK(fsmc_emit_dot(m, scratch) == 0, "emit DOT failed");
    FUZZ_CHECK(fsmc_emit_promela(m, scratch) == 0, "emit Promela failed");
    FUZZ_CHECK(fsmc_emit_vectors(m, scratch) == 0, "emit vectors failed");
    FUZZ_CHECK(fsmc_emit_md(m, scratch) == 0, "emit Markdown failed");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    setup();
    /* The lexer wants a NUL after the input; a NUL inside it is just a
     * character the language does not use. */
    char *src = malloc(size + 1);
    FUZZ_CHECK(src != NULL, "out of memory");
    if (size) memcpy(src, data, size);
    src[size] = 0;
    struct fsmc_machine m;
    int errors = fsmc_parse(&m, "fuzz.fsm", src, size);
    FUZZ_CHECK(errors >= 0 && errors == m.nerrors, "parse: %d errors, %d counted", errors,
               m.nerrors);
    if (!errors) {
        errors = fsmc_check(&m);
        FUZZ_CHECK(errors >= 0 && errors == m.nerrors, "check: %d errors, %d counted", errors,
                   m.nerrors);
        if (!errors) check_accepted(&m);
    }
    fsmc_free(&m);
    free(src);
    return 0;
}
