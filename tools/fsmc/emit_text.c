/* The text emitters: Graphviz DOT, test vectors, Markdown and Promela.
 * Every output is a pure function of the spec (no dates, no paths other
 * than the spec's own), so `make regen` is reproducible. */
#include <string.h>

#include "fsmc.h"

static const char *const kind_name[] = {"go", "ignore", "error"};

static void actions_str(const struct fsmc_machine *m, const struct fsmc_row *r, const char *sep,
                        char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (int k = 0; k < r->nsteps; k++) {
        char s[128];
        fsmc_step_str(m, &r->steps[k], s, sizeof s);
        int n = snprintf(buf + used, size - used, "%s%s", k ? sep : "", s);
        if (n < 0 || (size_t)n >= size - used) return;
        used += (size_t)n;
    }
}

/* Text for a Markdown table cell: '|' would end the cell. */
static void put_cell(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        if (*s == '|') fputc('\\', f);
        fputc(*s, f);
    }
}

/* ---- Graphviz ---- */

int fsmc_emit_dot(const struct fsmc_machine *m, const char *dir)
{
    char path[4096];
    FILE *f = fsmc_open_out(dir, "fsm_", m->name, ".dot", path, sizeof path);
    if (!f) return -1;
    fsmc_banner(f, m, "/* ", " */");
    fprintf(f, "digraph %s {\n", m->name);
    fprintf(f, "    label=\"%s\\n(ignore and error rows not drawn; see %s.md)\";\n", m->doc,
            m->name);
    fprintf(f, "    labelloc=t;\n    rankdir=TB;\n    fontname=\"Helvetica\";\n");
    fprintf(f, "    node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
    fprintf(f, "    edge [fontname=\"Helvetica\", fontsize=10];\n");
    fprintf(f, "    __start [shape=point, label=\"\"];\n");
    for (int s = 0; s < m->states.n; s++)
        fprintf(f, "    %s%s;\n", m->states.name[s], m->is_final[s] ? " [peripheries=2]" : "");
    fprintf(f, "    __start -> %s;\n", m->states.name[m->initial]);
    for (int i = 0; i < m->nrows; i++) {
        const struct fsmc_row *r = &m->rows[i];
        char g[1024], a[2048];
        if (r->kind != KIND_GO) continue;
        fsmc_guard_str(m, r->gmask, r->gval, g, sizeof g);
        actions_str(m, r, "\\n", a, sizeof a);
        fprintf(f, "    %s -> %s [label=\"%s", m->states.name[r->state], m->states.name[r->next],
                m->events.name[r->event]);
        if (g[0]) fprintf(f, " [%s]", g);
        if (a[0]) fprintf(f, " /\\n%s", a);
        fprintf(f, "\"];\n");
    }
    fprintf(f, "}\n");
    return fsmc_close_out(f, path);
}

/* ---- test vectors ---- */

int fsmc_emit_vectors(const struct fsmc_machine *m, const char *dir)
{
    char path[4096];
    FILE *f = fsmc_open_out(dir, "fsm_", m->name, ".vectors", path, sizeof path);
    if (!f) return -1;
    fsmc_banner(f, m, "# ", "");
    fprintf(f, "# Every row of machine %s under every guard assignment it covers.\n", m->name);
    fprintf(f, "# Tab-separated: line state event guards kind next actions\n");
    fprintf(f, "# guards: name=0|1 for every guard, comma-separated, or '-' when none;\n");
    fprintf(f, "# kind: go|ignore|error; actions: in order, space-separated, or '-'.\n");
    fprintf(f, "machine\t%s\t%d\n", m->name, m->nrows);
    for (int i = 0; i < m->nrows; i++) {
        const struct fsmc_row *r = &m->rows[i];
        char a[2048];
        actions_str(m, r, " ", a, sizeof a);
        for (uint32_t v = 0; v < (1u << m->guards.n); v++) {
            if ((v & r->gmask) != r->gval) continue;
            fprintf(f, "%d\t%s\t%s\t", r->line, m->states.name[r->state], m->events.name[r->event]);
            if (m->guards.n == 0) fputc('-', f);
            for (int g = 0; g < m->guards.n; g++)
                fprintf(f, "%s%s=%d", g ? "," : "", m->guards.name[g], (v >> g) & 1);
            fprintf(f, "\t%s\t%s\t%s\n", kind_name[r->kind], m->states.name[r->next],
                    a[0] ? a : "-");
        }
    }
    return fsmc_close_out(f, path);
}

/* ---- Markdown ---- */

int fsmc_emit_md(const struct fsmc_machine *m, const char *dir)
{
    char path[4096];
    FILE *f = fsmc_open_out(dir, "fsm_", m->name, ".md", path, sizeof path);
    if (!f) return -1;
    fsmc_banner(f, m, "<!-- ", " -->");
    fprintf(f, "# %s\n\n%s\n\n", m->name, m->doc);
    fprintf(f, "![%s state diagram](%s.svg)\n\n", m->name, m->name);
    fprintf(f, "- **States:** ");
    for (int s = 0; s < m->states.n; s++)
        fprintf(f, "%s`%s`%s", s ? ", " : "", m->states.name[s],
                s == m->initial  ? " (initial)"
                : m->is_final[s] ? " (final)"
                                 : "");
    fprintf(f, "\n- **Events:** ");
    for (int e = 0; e < m->events.n; e++)
        fprintf(f, "%s`%s`", e ? ", " : "", m->events.name[e]);
    fprintf(f, "\n- **Guards:** ");
    for (int g = 0; g < m->guards.n; g++)
        fprintf(f, "%s`%s`", g ? ", " : "", m->guards.name[g]);
    if (m->guards.n == 0) fprintf(f, "none");
    fprintf(f, "\n- **Actions:** ");
    for (int a = 0; a < m->actions.n; a++)
        fprintf(f, "%s`%s`", a ? ", " : "", m->actions.name[a]);
    fprintf(f, "\n\n");
    if (m->ntimers) {
        fprintf(f,
                "## Timers\n\n| timer | fires | first interval | backoff | when | reference |\n");
        fprintf(f, "|---|---|---|---|---|---|\n");
        for (int t = 0; t < m->ntimers; t++) {
            const struct fsmc_timer *tm = &m->timers[t];
            char d[32], c[32], w[32];
            fsmc_dur_str(tm->dur, d, sizeof d);
            fsmc_dur_str(tm->cap, c, sizeof c);
            fsmc_dur_str(tm->when_dur, w, sizeof w);
            fprintf(f, "| %s | `%s` | %s | ", tm->name, m->events.name[tm->event], d);
            if (tm->doubling && tm->has_cap)
                fprintf(f, "doubles, at most %s", c);
            else if (tm->doubling)
                fprintf(f, "doubles");
            else
                fprintf(f, "-");
            if (tm->when_guard >= 0)
                fprintf(f, " | %s when `%s`", w, m->guards.name[tm->when_guard]);
            else
                fprintf(f, " | -");
            fputs(" | ", f);
            put_cell(f, tm->rfc);
            fputs(" |\n", f);
        }
        fprintf(f, "\n");
    }
    fprintf(f,
            "## Transitions\n\n| state | event | guards | next | actions | reference | line |\n");
    fprintf(f, "|---|---|---|---|---|---|---|\n");
    for (int i = 0; i < m->nrows; i++) {
        const struct fsmc_row *r = &m->rows[i];
        char g[1024], a[2048];
        fsmc_guard_str(m, r->gmask, r->gval, g, sizeof g);
        actions_str(m, r, ", ", a, sizeof a);
        fprintf(f, "| %s | %s | %s | ", m->states.name[r->state], m->events.name[r->event],
                g[0] ? g : "");
        if (r->kind == KIND_GO)
            fprintf(f, "%s", m->states.name[r->next]);
        else
            fprintf(f, "*%s*", kind_name[r->kind]);
        fprintf(f, " | %s | ", a);
        put_cell(f, r->rfc);
        fprintf(f, " | %d |\n", r->line);
    }
    return fsmc_close_out(f, path);
}

/* ---- Promela ---- */

int fsmc_emit_promela(const struct fsmc_machine *m, const char *dir)
{
    char path[4096], P[80], id[128], id2[128];
    const char *n = m->name;
    FILE *f = fsmc_open_out(dir, "fsm_", n, ".pml", path, sizeof path);
    if (!f) return -1;
    fsmc_upper(n, P, sizeof P);
    fsmc_banner(f, m, "/* ", " */");
    fprintf(f,
            "/* %s: %s\n"
            " *\n"
            " * The machine as Promela. A harness (tests/model/) defines, before the\n"
            " * process that steps the machine:\n"
            " *   inline %s_do(a)     runs declared action a (%s_A_*)\n"
            " *   inline %s_error()   an `error` row was taken (normally assert(false))\n"
            " * and drives the machine with %s_step(ev, guards) and, for timers,\n"
            " * %s_fire(ev) when %s_any_timer holds. A timer fires at most\n"
            " * %s_FIRE_MAX_<T> times per run (the schedule that fits in the longest\n"
            " * timer; see docs/fsm/verification.md); a harness may #define it\n"
            " * lower, or as an expression, before including this file. */\n\n",
            n, m->doc, n, P, n, n, n, n, P);
    for (int s = 0; s < m->states.n; s++)
        fprintf(f, "#define %s_%s %d\n", P, fsmc_upper(m->states.name[s], id, sizeof id), s);
    fprintf(f, "#define %s_N_STATES %d\n\n", P, m->states.n);
    for (int e = 0; e < m->events.n; e++)
        fprintf(f, "#define %s_EV_%s %d\n", P, fsmc_upper(m->events.name[e], id, sizeof id), e);
    fprintf(f, "\n");
    for (int g = 0; g < m->guards.n; g++)
        fprintf(f, "#define %s_G_%s %u\n", P, fsmc_upper(m->guards.name[g], id, sizeof id),
                1u << g);
    for (int a = 0; a < m->actions.n; a++)
        fprintf(f, "#define %s_A_%s %d\n", P, fsmc_upper(m->actions.name[a], id, sizeof id), a);
    fprintf(f, "\n");
    for (int t = 0; t < m->ntimers; t++) {
        fsmc_upper(m->timers[t].name, id, sizeof id);
        fprintf(f, "#define %s_T_%s %d\n", P, id, t);
        fprintf(f, "#ifndef %s_FIRE_MAX_%s\n#define %s_FIRE_MAX_%s %d\n#endif\n", P, id, P, id,
                fsmc_timer_budget(m, t));
    }
    int nt = m->ntimers ? m->ntimers : 1;
    fprintf(f, "\n#define %s_FINAL(s) (", P);
    int first = 1;
    for (int s = 0; s < m->states.n; s++)
        if (m->is_final[s]) {
            fprintf(f, "%s(s) == %s_%s", first ? "" : " || ", P,
                    fsmc_upper(m->states.name[s], id, sizeof id));
            first = 0;
        }
    fprintf(f, ")\n\n");
    fprintf(f, "byte %s_state = %s_%s;\n", n, P,
            fsmc_upper(m->states.name[m->initial], id, sizeof id));
    fprintf(f, "bool %s_timer_on[%d];\nbyte %s_fired[%d];\n", n, nt, n, nt);
    fprintf(f, "short %s_line; /* spec line of the last row taken, for traces */\n\n", n);

    fprintf(f, "#define %s_ready(t, max) (%s_timer_on[t] && %s_fired[t] < max)\n", n, n, n);
    fprintf(f, "#define %s_any_timer (false", n);
    for (int t = 0; t < m->ntimers; t++) {
        fsmc_upper(m->timers[t].name, id, sizeof id);
        fprintf(f, " || %s_ready(%s_T_%s, %s_FIRE_MAX_%s)", n, P, id, P, id);
    }
    fprintf(f, ")\n\n");

    fprintf(f, "/* Fires one running timer: ev becomes its event. */\ninline %s_fire(ev) {\n", n);
    fprintf(f, "    if\n");
    for (int t = 0; t < m->ntimers; t++) {
        fsmc_upper(m->timers[t].name, id, sizeof id);
        fprintf(f,
                "    :: %s_ready(%s_T_%s, %s_FIRE_MAX_%s) ->\n"
                "        %s_timer_on[%s_T_%s] = false; %s_fired[%s_T_%s]++; ev = %s_EV_%s\n",
                n, P, id, P, id, n, P, id, n, P, id, P,
                fsmc_upper(m->events.name[m->timers[t].event], id2, sizeof id2));
    }
    if (m->ntimers == 0) fprintf(f, "    :: false -> skip /* no timers */\n");
    fprintf(f, "    fi\n}\n\n");

    fprintf(f, "/* One transition: the row of (%s_state, ev) under guard bits g. */\n", n);
    fprintf(f, "inline %s_step(ev, g) {\n    if\n", n);
    for (int i = 0; i < m->nrows; i++) {
        const struct fsmc_row *r = &m->rows[i];
        char a[2048];
        actions_str(m, r, " ", a, sizeof a);
        fprintf(f, "    :: %s_state == %s_%s && ev == %s_EV_%s", n, P,
                fsmc_upper(m->states.name[r->state], id, sizeof id), P,
                fsmc_upper(m->events.name[r->event], id2, sizeof id2));
        if (r->gmask) fprintf(f, " && (g & %u) == %u", (unsigned)r->gmask, (unsigned)r->gval);
        fprintf(f, " -> /* %s */\n        %s_line = %d",
                r->kind == KIND_GO ? a : kind_name[r->kind], n, r->line);
        for (int k = 0; k < r->nsteps; k++) {
            const struct fsmc_step *s = &r->steps[k];
            if (s->op == OP_DO) {
                fprintf(f, ";\n        %s_do(%s_A_%s)", n, P,
                        fsmc_upper(m->actions.name[s->index], id, sizeof id));
            } else {
                fprintf(f, ";\n        %s_timer_on[%s_T_%s] = %s", n, P,
                        fsmc_upper(m->timers[s->index].name, id, sizeof id),
                        s->op == OP_STOP ? "false" : "true");
            }
        }
        if (r->kind == KIND_GO && r->next != r->state)
            fprintf(f, ";\n        %s_state = %s_%s", n, P,
                    fsmc_upper(m->states.name[r->next], id, sizeof id));
        if (r->kind == KIND_ERROR) fprintf(f, ";\n        %s_error()", n);
        fprintf(f, "\n");
    }
    fprintf(f, "    fi\n}\n");
    return fsmc_close_out(f, path);
}
