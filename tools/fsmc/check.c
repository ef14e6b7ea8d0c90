/* Semantic checks. Each failure is one `file:line: message` naming the
 * state, event or guard at fault, at the line a reader would fix. */
#include <string.h>

#include "fsmc.h"

static int compatible(const struct fsmc_row *a, const struct fsmc_row *b)
{
    /* Two guard conjunctions can both hold unless some guard is required
     * true by one and false by the other. */
    return ((a->gmask & b->gmask) & (a->gval ^ b->gval)) == 0;
}

static void check_declarations(struct fsmc_machine *m)
{
    if (m->states.n == 0) fsmc_error(m, m->line, "machine '%s' declares no states", m->name);
    if (m->events.n == 0) fsmc_error(m, m->line, "machine '%s' declares no events", m->name);
    if (m->initial < 0 && m->initial_line == 0)
        fsmc_error(m, m->line, "machine '%s' has no initial state", m->name);
    int nfinal = 0;
    for (int s = 0; s < m->states.n; s++)
        nfinal += m->is_final[s];
    if (nfinal == 0 && m->final_line == 0)
        fsmc_error(m, m->line, "machine '%s' has no final state", m->name);
    if (m->initial >= 0 && m->is_final[m->initial])
        fsmc_error(m, m->initial_line, "initial state '%s' is final", m->states.name[m->initial]);
}

static void check_timers(struct fsmc_machine *m)
{
    for (int i = 0; i < m->nrows; i++) {
        const struct fsmc_row *r = &m->rows[i];
        for (int k = 0; k < r->nsteps; k++) {
            const struct fsmc_step *s = &r->steps[k];
            if (s->op == OP_BACKOFF && !m->timers[s->index].doubling)
                fsmc_error(m, r->line, "backoff(%s) needs a doubling timer",
                           m->timers[s->index].name);
        }
    }
}

static void check_rows(struct fsmc_machine *m)
{
    for (int i = 0; i < m->nrows; i++) {
        const struct fsmc_row *r = &m->rows[i];
        if (m->is_final[r->state]) {
            fsmc_error(m, r->line, "row out of final state '%s'", m->states.name[r->state]);
            continue;
        }
        for (int j = 0; j < i; j++) {
            const struct fsmc_row *o = &m->rows[j];
            if (o->state != r->state || o->event != r->event) continue;
            if (o->gmask == r->gmask && o->gval == r->gval) {
                fsmc_error(m, r->line,
                           "duplicate row for state '%s', event '%s' (first at line %d)",
                           m->states.name[r->state], m->events.name[r->event], o->line);
                break;
            }
            if (compatible(o, r)) {
                char a[1024], b[1024];
                fsmc_guard_str(m, r->gmask, r->gval, a, sizeof a);
                fsmc_guard_str(m, o->gmask, o->gval, b, sizeof b);
                fsmc_error(m, r->line,
                           "overlapping guards for state '%s', event '%s': this row (%s) and "
                           "line %d (%s) can both match",
                           m->states.name[r->state], m->events.name[r->event],
                           a[0] ? a : "no guard", o->line, b[0] ? b : "no guard");
                break;
            }
        }
    }
}

/* Every non-final (state, event) pair must be covered for every value of
 * the guards its rows mention. */
static void check_totality(struct fsmc_machine *m)
{
    for (int s = 0; s < m->states.n; s++) {
        if (m->is_final[s]) continue;
        for (int e = 0; e < m->events.n; e++) {
            uint32_t used = 0;
            int any = 0;
            for (int i = 0; i < m->nrows; i++)
                if (m->rows[i].state == s && m->rows[i].event == e) {
                    used |= m->rows[i].gmask;
                    any = 1;
                }
            if (!any) {
                fsmc_error(m, m->states.line[s], "state '%s' has no row for event '%s'",
                           m->states.name[s], m->events.name[e]);
                continue;
            }
            /* Enumerate the assignments of the guards in `used`. */
            for (uint32_t v = 0; v < (1u << m->guards.n); v++) {
                if (v & ~used) continue;
                int hit = 0;
                for (int i = 0; i < m->nrows && !hit; i++) {
                    const struct fsmc_row *r = &m->rows[i];
                    hit = r->state == s && r->event == e && (v & r->gmask) == r->gval;
                }
                if (!hit) {
                    char g[1024];
                    fsmc_guard_str(m, used, v, g, sizeof g);
                    fsmc_error(m, m->states.line[s], "state '%s' has no row for event '%s' when %s",
                               m->states.name[s], m->events.name[e], g);
                    break;
                }
            }
        }
    }
}

static void check_graph(struct fsmc_machine *m)
{
    int reach[FSMC_MAX_NAMES] = {0}, coreach[FSMC_MAX_NAMES] = {0};
    int changed;

    if (m->initial < 0) return;
    reach[m->initial] = 1;
    do {
        changed = 0;
        for (int i = 0; i < m->nrows; i++) {
            const struct fsmc_row *r = &m->rows[i];
            if (r->kind == KIND_GO && reach[r->state] && !reach[r->next])
                reach[r->next] = changed = 1;
        }
    } while (changed);
    for (int s = 0; s < m->states.n; s++)
        coreach[s] = m->is_final[s];
    do {
        changed = 0;
        for (int i = 0; i < m->nrows; i++) {
            const struct fsmc_row *r = &m->rows[i];
            if (r->kind == KIND_GO && coreach[r->next] && !coreach[r->state])
                coreach[r->state] = changed = 1;
        }
    } while (changed);
    for (int s = 0; s < m->states.n; s++) {
        if (!reach[s])
            fsmc_error(m, m->states.line[s], "state '%s' is unreachable from initial state '%s'",
                       m->states.name[s], m->states.name[m->initial]);
        else if (!coreach[s])
            fsmc_error(m, m->states.line[s], "state '%s' cannot reach a final state",
                       m->states.name[s]);
    }
}

int fsmc_check(struct fsmc_machine *m)
{
    if (m->nerrors) return m->nerrors;
    check_declarations(m);
    if (m->nerrors) return m->nerrors;
    check_timers(m);
    check_rows(m);
    if (m->nerrors) return m->nerrors; /* totality on overlapping rows would only repeat them */
    check_totality(m);
    check_graph(m);
    return m->nerrors;
}
