/* C emitter: gen/fsm_<name>.h and gen/fsm_<name>.c.
 *
 * The header holds enums for states, events, guards (bits), timers and
 * actions; the .c holds const tables (names, timers, actions, rows, an
 * index by state and event) and the step function. No allocation, no I/O:
 * the runtime executes the actions the returned row lists. */
#include <string.h>

#include "fsmc.h"

/* The distinct actions of a machine: every declared action, then every
 * timer operation the rows use, ordered by timer, operation, duration. */
struct action_set {
    int n;
    struct fsmc_step s[FSMC_MAX_NAMES * 8];
};

static int same_step(const struct fsmc_step *a, const struct fsmc_step *b)
{
    return a->op == b->op && a->index == b->index && a->has_dur == b->has_dur &&
           (!a->has_dur || (a->dur.n == b->dur.n && a->dur.unit == b->dur.unit));
}

static int step_before(const struct fsmc_step *a, const struct fsmc_step *b)
{
    if ((a->op == OP_DO) != (b->op == OP_DO)) return a->op == OP_DO;
    if (a->index != b->index) return a->index < b->index;
    if (a->op != b->op) return a->op < b->op;
    if (a->has_dur != b->has_dur) return !a->has_dur;
    return fsmc_dur_default_ms(a->dur) < fsmc_dur_default_ms(b->dur);
}

static void collect_actions(const struct fsmc_machine *m, struct action_set *as)
{
    as->n = 0;
    for (int i = 0; i < m->actions.n; i++) {
        struct fsmc_step s = {OP_DO, i, 0, {0, UNIT_MS}};
        as->s[as->n++] = s;
    }
    for (int i = 0; i < m->nrows; i++)
        for (int k = 0; k < m->rows[i].nsteps; k++) {
            const struct fsmc_step *s = &m->rows[i].steps[k];
            int j;
            for (j = 0; j < as->n; j++)
                if (same_step(&as->s[j], s)) break;
            if (j == as->n && as->n < (int)(sizeof as->s / sizeof as->s[0])) {
                /* insert in order */
                int p = as->n;
                while (p > 0 && step_before(s, &as->s[p - 1])) {
                    as->s[p] = as->s[p - 1];
                    p--;
                }
                as->s[p] = *s;
                as->n++;
            }
        }
}

/* The C identifier suffix of an action: TO_TU, START_A, START_E_T2. */
static void action_ident(const struct fsmc_machine *m, const struct fsmc_step *s, char *buf,
                         size_t size)
{
    static const char *const op[] = {"", "START_", "BACKOFF_", "STOP_"};
    char up[80], d[32];
    if (s->op == OP_DO) {
        fsmc_upper(m->actions.name[s->index], buf, size);
        return;
    }
    fsmc_upper(m->timers[s->index].name, up, sizeof up);
    if (!s->has_dur) {
        snprintf(buf, size, "%s%s", op[s->op], up);
        return;
    }
    fsmc_dur_str(s->dur, d, sizeof d);
    char clean[32];
    size_t j = 0;
    for (size_t i = 0; d[i] && j + 1 < sizeof clean; i++)
        if (d[i] != '*') clean[j++] = d[i];
    clean[j] = '\0';
    fsmc_upper(clean, d, sizeof d);
    snprintf(buf, size, "%s%s_%s", op[s->op], up, d);
}

static const char *unit_name(enum fsmc_unit u)
{
    static const char *const n[] = {"FSM_MS", "FSM_T1", "FSM_T2", "FSM_T4"};
    return n[u];
}

/* A C string literal for text that has no quotes or backslashes (the lexer
 * guarantees no quotes; backslashes are escaped anyway). */
static void put_cstr(FILE *f, const char *s)
{
    if (!s) {
        fputs("NULL", f);
        return;
    }
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '\\' || *s == '"') fputc('\\', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

static int max_steps(const struct fsmc_machine *m)
{
    int n = 1;
    for (int i = 0; i < m->nrows; i++)
        if (m->rows[i].nsteps > n) n = m->rows[i].nsteps;
    return n;
}

static const char common_block[] =
    "#ifndef FSIP_FSM_COMMON_H\n"
    "#define FSIP_FSM_COMMON_H\n"
    "\n"
    "#include <stdint.h>\n"
    "\n"
    "/* Shared by every generated machine (gen/fsm_*.h). */\n"
    "\n"
    "/* What a row does: change state and run its actions, or nothing (the\n"
    " * event is absorbed), or report an event the spec says cannot happen. */\n"
    "enum fsm_kind { FSM_GO, FSM_IGNORE, FSM_ERROR };\n"
    "\n"
    "/* An action is a call into the runtime or an operation on a timer. */\n"
    "enum fsm_op { FSM_OP_DO, FSM_OP_START, FSM_OP_BACKOFF, FSM_OP_STOP };\n"
    "\n"
    "/* A duration is n milliseconds or n times T1, T2 or T4 (RFC 3261 §17.1.1.1). */\n"
    "enum fsm_unit { FSM_MS, FSM_T1, FSM_T2, FSM_T4 };\n"
    "struct fsm_duration {\n"
    "    uint32_t n;\n"
    "    uint8_t unit; /* enum fsm_unit */\n"
    "};\n"
    "struct fsm_timebase {\n"
    "    uint32_t t1_ms, t2_ms, t4_ms; /* RFC 3261 defaults: 500, 4000, 5000 */\n"
    "};\n"
    "\n"
    "struct fsm_action_info {\n"
    "    const char *name;  /* as written in the spec: \"to_tu\", \"start(a)\" */\n"
    "    uint8_t op;        /* enum fsm_op */\n"
    "    int8_t timer;      /* timer index for timer operations, else -1 */\n"
    "    uint8_t has_duration; /* start(t, D): D replaces the timer's interval */\n"
    "    struct fsm_duration duration;\n"
    "};\n"
    "\n"
    "struct fsm_timer_info {\n"
    "    const char *name;\n"
    "    uint8_t event;     /* the event the timer fires */\n"
    "    uint8_t doubling;  /* backoff: next interval = 2 * previous ... */\n"
    "    uint8_t has_cap;   /* ... but at most cap */\n"
    "    struct fsm_duration duration; /* first interval */\n"
    "    struct fsm_duration cap;\n"
    "    uint32_t when_guards; /* when these guard bits are set (0: never) ... */\n"
    "    struct fsm_duration when_duration; /* ... the first interval is this */\n"
    "    const char *rfc;\n"
    "};\n"
    "\n"
    "static inline uint64_t fsm_duration_ms(struct fsm_duration d, const struct fsm_timebase *tb)\n"
    "{\n"
    "    switch (d.unit) {\n"
    "    case FSM_T1: return (uint64_t)d.n * tb->t1_ms;\n"
    "    case FSM_T2: return (uint64_t)d.n * tb->t2_ms;\n"
    "    case FSM_T4: return (uint64_t)d.n * tb->t4_ms;\n"
    "    default: return d.n;\n"
    "    }\n"
    "}\n"
    "\n"
    "/* The interval of start(t) with the given guard bits. */\n"
    "static inline uint64_t fsm_timer_first_ms(const struct fsm_timer_info *t, uint32_t guards,\n"
    "                                          const struct fsm_timebase *tb)\n"
    "{\n"
    "    if (t->when_guards && (guards & t->when_guards) == t->when_guards)\n"
    "        return fsm_duration_ms(t->when_duration, tb);\n"
    "    return fsm_duration_ms(t->duration, tb);\n"
    "}\n"
    "\n"
    "/* The interval of backoff(t) after an interval of prev_ms. */\n"
    "static inline uint64_t fsm_timer_backoff_ms(const struct fsm_timer_info *t, uint64_t "
    "prev_ms,\n"
    "                                            const struct fsm_timebase *tb)\n"
    "{\n"
    "    uint64_t next = t->doubling ? 2 * prev_ms : prev_ms;\n"
    "    if (t->has_cap && next > fsm_duration_ms(t->cap, tb))\n"
    "        next = fsm_duration_ms(t->cap, tb);\n"
    "    return next;\n"
    "}\n"
    "#endif\n";

static int emit_header(const struct fsmc_machine *m, const struct action_set *as, const char *dir)
{
    char path[4096], up[80], id[128];
    const char *name = m->name;
    FILE *f = fsmc_open_out(dir, "fsm_", name, ".h", path, sizeof path);
    if (!f) return -1;
    const char *U = fsmc_upper(name, up, sizeof up);

    fsmc_banner(f, m, "/* ", " */");
    fprintf(f, "/* %s: %s\n *\n", name, m->doc);
    fprintf(f,
            " * fsm_%s_step(state, event, guards) returns the row that applies: its kind,\n"
            " * next state and ordered actions. The runtime runs the actions; it never\n"
            " * decides the next state itself. */\n",
            name);
    fprintf(f, "#ifndef FSIP_FSM_%s_H\n#define FSIP_FSM_%s_H\n\n#include \"fsm_common.h\"\n", U, U);

    fprintf(f, "\nenum fsm_%s_state {\n", name);
    for (int i = 0; i < m->states.n; i++)
        fprintf(f, "    FSM_%s_%s,%s\n", U, fsmc_upper(m->states.name[i], id, sizeof id),
                i == m->initial  ? " /* initial */"
                : m->is_final[i] ? " /* final */"
                                 : "");
    fprintf(f, "    FSM_%s_N_STATES\n};\n", U);
    fprintf(f, "#define FSM_%s_INITIAL FSM_%s_%s\n", U, U,
            fsmc_upper(m->states.name[m->initial], id, sizeof id));

    fprintf(f, "\nenum fsm_%s_event {\n", name);
    for (int i = 0; i < m->events.n; i++)
        fprintf(f, "    FSM_%s_EV_%s,\n", U, fsmc_upper(m->events.name[i], id, sizeof id));
    fprintf(f, "    FSM_%s_N_EVENTS\n};\n", U);

    fprintf(f, "\n/* Guards: boolean inputs, passed to fsm_%s_step() as a bit set. */\n", name);
    for (int i = 0; i < m->guards.n; i++)
        fprintf(f, "#define FSM_%s_G_%s (1u << %d)\n", U,
                fsmc_upper(m->guards.name[i], id, sizeof id), i);
    fprintf(f, "#define FSM_%s_N_GUARDS %d\n", U, m->guards.n);

    fprintf(f, "\nenum fsm_%s_timer {\n", name);
    for (int i = 0; i < m->ntimers; i++)
        fprintf(f, "    FSM_%s_TIMER_%s,\n", U, fsmc_upper(m->timers[i].name, id, sizeof id));
    fprintf(f, "    FSM_%s_N_TIMERS\n};\n", U);

    fprintf(f, "\nenum fsm_%s_action {\n", name);
    for (int i = 0; i < as->n; i++) {
        char s[128];
        action_ident(m, &as->s[i], id, sizeof id);
        fsmc_step_str(m, &as->s[i], s, sizeof s);
        fprintf(f, "    FSM_%s_A_%s, /* %s */\n", U, id, s);
    }
    fprintf(f, "    FSM_%s_N_ACTIONS\n};\n", U);

    fprintf(f, "\n#define FSM_%s_N_ROWS %d\n", U, m->nrows);
    fprintf(f, "#define FSM_%s_MAX_ACTIONS %d\n", U, max_steps(m));
    fprintf(f,
            "\nstruct fsm_%s_row {\n"
            "    uint8_t state, event; /* enum fsm_%s_state, enum fsm_%s_event */\n"
            "    uint8_t guard_mask;   /* the row applies when */\n"
            "    uint8_t guard_value;  /* (guards & guard_mask) == guard_value */\n"
            "    uint8_t kind;         /* enum fsm_kind */\n"
            "    uint8_t next;         /* == state unless kind is FSM_GO */\n"
            "    uint8_t n_actions;\n"
            "    uint8_t actions[FSM_%s_MAX_ACTIONS]; /* enum fsm_%s_action, in order */\n"
            "    uint16_t line;        /* in %s */\n"
            "    const char *rfc;      /* section reference or NULL */\n"
            "};\n",
            name, name, name, U, name, m->file);

    fprintf(f, "\nextern const char *const fsm_%s_state_names[FSM_%s_N_STATES];\n", name, U);
    fprintf(f, "extern const char *const fsm_%s_event_names[FSM_%s_N_EVENTS];\n", name, U);
    if (m->guards.n)
        fprintf(f, "extern const char *const fsm_%s_guard_names[FSM_%s_N_GUARDS];\n", name, U);
    fprintf(f, "extern const uint8_t fsm_%s_is_final[FSM_%s_N_STATES];\n", name, U);
    if (m->ntimers)
        fprintf(f, "extern const struct fsm_timer_info fsm_%s_timers[FSM_%s_N_TIMERS];\n", name, U);
    fprintf(f, "extern const struct fsm_action_info fsm_%s_actions[FSM_%s_N_ACTIONS];\n", name, U);
    fprintf(f, "extern const struct fsm_%s_row fsm_%s_rows[FSM_%s_N_ROWS];\n", name, name, U);
    fprintf(
        f,
        "\n/* The row for (state, event) under the given guard bits, or NULL when\n"
        " * state is final (no event applies) or out of range. Pure: no allocation,\n"
        " * no I/O, no global state. */\n"
        "const struct fsm_%s_row *fsm_%s_step(enum fsm_%s_state state, enum fsm_%s_event event,\n"
        "                                    uint32_t guards);\n",
        name, name, name, name);
    fprintf(f, "\n#endif\n");
    return fsmc_close_out(f, path);
}

static void put_dur(FILE *f, struct fsmc_dur d)
{
    fprintf(f, "{%u, %s}", (unsigned)d.n, unit_name(d.unit));
}

static int emit_source(const struct fsmc_machine *m, const struct action_set *as, const char *dir)
{
    char path[4096], up[80], id[128], buf[256];
    const char *name = m->name;
    FILE *f = fsmc_open_out(dir, "fsm_", name, ".c", path, sizeof path);
    if (!f) return -1;
    const char *U = fsmc_upper(name, up, sizeof up);

    fsmc_banner(f, m, "/* ", " */");
    fprintf(f, "/* %s: %s */\n#include <stddef.h>\n\n#include \"fsm_%s.h\"\n\n", name, m->doc,
            name);

    fprintf(f, "const char *const fsm_%s_state_names[FSM_%s_N_STATES] = {\n", name, U);
    for (int i = 0; i < m->states.n; i++)
        fprintf(f, "    \"%s\",\n", m->states.name[i]);
    fprintf(f, "};\n\nconst char *const fsm_%s_event_names[FSM_%s_N_EVENTS] = {\n", name, U);
    for (int i = 0; i < m->events.n; i++)
        fprintf(f, "    \"%s\",\n", m->events.name[i]);
    fprintf(f, "};\n\n");
    if (m->guards.n) {
        fprintf(f, "const char *const fsm_%s_guard_names[FSM_%s_N_GUARDS] = {\n", name, U);
        for (int i = 0; i < m->guards.n; i++)
            fprintf(f, "    \"%s\",\n", m->guards.name[i]);
        fprintf(f, "};\n\n");
    }
    fprintf(f, "const uint8_t fsm_%s_is_final[FSM_%s_N_STATES] = {", name, U);
    for (int i = 0; i < m->states.n; i++)
        fprintf(f, "%s%d", i ? ", " : "", m->is_final[i]);
    fprintf(f, "};\n\n");

    if (m->ntimers) {
        fprintf(f, "const struct fsm_timer_info fsm_%s_timers[FSM_%s_N_TIMERS] = {\n", name, U);
        for (int i = 0; i < m->ntimers; i++) {
            const struct fsmc_timer *t = &m->timers[i];
            fprintf(f, "    [FSM_%s_TIMER_%s] = {\"%s\", FSM_%s_EV_%s, %d, %d, ", U,
                    fsmc_upper(t->name, id, sizeof id), t->name, U,
                    fsmc_upper(m->events.name[t->event], buf, sizeof buf), t->doubling, t->has_cap);
            put_dur(f, t->dur);
            fputs(", ", f);
            put_dur(f, t->cap);
            if (t->when_guard >= 0)
                fprintf(f, ", FSM_%s_G_%s, ", U,
                        fsmc_upper(m->guards.name[t->when_guard], buf, sizeof buf));
            else
                fputs(", 0, ", f);
            put_dur(f, t->when_dur);
            fputs(", ", f);
            put_cstr(f, t->rfc);
            fputs("},\n", f);
        }
        fprintf(f, "};\n\n");
    }

    fprintf(f, "const struct fsm_action_info fsm_%s_actions[FSM_%s_N_ACTIONS] = {\n", name, U);
    for (int i = 0; i < as->n; i++) {
        static const char *const op[] = {"FSM_OP_DO", "FSM_OP_START", "FSM_OP_BACKOFF",
                                         "FSM_OP_STOP"};
        const struct fsmc_step *s = &as->s[i];
        action_ident(m, s, id, sizeof id);
        fsmc_step_str(m, s, buf, sizeof buf);
        fprintf(f, "    [FSM_%s_A_%s] = {\"%s\", %s, ", U, id, buf, op[s->op]);
        if (s->op == OP_DO)
            fputs("-1", f);
        else
            fprintf(f, "FSM_%s_TIMER_%s", U, fsmc_upper(m->timers[s->index].name, buf, sizeof buf));
        fprintf(f, ", %d, ", s->has_dur);
        put_dur(f, s->dur);
        fputs("},\n", f);
    }
    fprintf(f, "};\n\n");

    static const char *const kind[] = {"FSM_GO", "FSM_IGNORE", "FSM_ERROR"};
    fprintf(f, "const struct fsm_%s_row fsm_%s_rows[FSM_%s_N_ROWS] = {\n", name, name, U);
    for (int i = 0; i < m->nrows; i++) {
        const struct fsmc_row *r = &m->rows[i];
        char st[80], ev[80], nx[80];
        fsmc_upper(m->states.name[r->state], st, sizeof st);
        fsmc_upper(m->events.name[r->event], ev, sizeof ev);
        fsmc_upper(m->states.name[r->next], nx, sizeof nx);
        fprintf(f, "    /* %3d */ {FSM_%s_%s, FSM_%s_EV_%s, 0x%02x, 0x%02x, %s, FSM_%s_%s, %d, {",
                i, U, st, U, ev, (unsigned)r->gmask, (unsigned)r->gval, kind[r->kind], U, nx,
                r->nsteps);
        for (int k = 0; k < r->nsteps; k++) {
            action_ident(m, &r->steps[k], id, sizeof id);
            fprintf(f, "%sFSM_%s_A_%s", k ? ", " : "", U, id);
        }
        if (r->nsteps == 0) fputs("0", f);
        fprintf(f, "}, %d, ", r->line);
        put_cstr(f, r->rfc);
        fputs("},\n", f);
    }
    fprintf(f, "};\n\n");

    /* Index: rows are sorted by state then event. */
    fprintf(f,
            "/* Rows of (state, event): fsm_%s_rows[first .. first + count). */\n"
            "static const struct {\n    uint16_t first;\n    uint8_t count;\n} "
            "fsm_%s_index[FSM_%s_N_STATES][FSM_%s_N_EVENTS] = {\n",
            name, name, U, U);
    int i = 0;
    for (int s = 0; s < m->states.n; s++) {
        fprintf(f, "    {");
        for (int e = 0; e < m->events.n; e++) {
            int first = i, count = 0;
            while (i < m->nrows && m->rows[i].state == s && m->rows[i].event == e) {
                i++;
                count++;
            }
            fprintf(f, "%s{%d, %d}", e ? ", " : "", count ? first : 0, count);
        }
        fprintf(f, "}, /* %s */\n", m->states.name[s]);
    }
    fprintf(f, "};\n\n");

    fprintf(
        f,
        "const struct fsm_%s_row *fsm_%s_step(enum fsm_%s_state state, enum fsm_%s_event event,\n"
        "                                    uint32_t guards)\n"
        "{\n"
        "    if ((unsigned)state >= FSM_%s_N_STATES || (unsigned)event >= FSM_%s_N_EVENTS)\n"
        "        return NULL;\n"
        "    unsigned first = fsm_%s_index[state][event].first;\n"
        "    unsigned count = fsm_%s_index[state][event].count;\n"
        "    for (unsigned i = first; i < first + count; i++) {\n"
        "        const struct fsm_%s_row *r = &fsm_%s_rows[i];\n"
        "        if ((guards & r->guard_mask) == r->guard_value)\n"
        "            return r;\n"
        "    }\n"
        "    return NULL; /* final state; fsmc proves every other pair total */\n"
        "}\n",
        name, name, name, name, U, U, name, name, name, name);
    return fsmc_close_out(f, path);
}

/* fsm_common.h: what every generated machine shares (the same file
 * whichever machine writes it). */
static int emit_common(const char *dir)
{
    char path[4096];
    FILE *f = fsmc_open_out(dir, "fsm_", "common", ".h", path, sizeof path);
    if (!f) return -1;
    fprintf(f, "/* Generated by fsmc %s - do not edit; run `make regen`. */\n", FSMC_VERSION);
    fputs(common_block, f);
    return fsmc_close_out(f, path);
}

int fsmc_emit_c(const struct fsmc_machine *m, const char *dir)
{
    static struct action_set as;
    collect_actions(m, &as);
    if (emit_common(dir) < 0) return -1;
    if (emit_header(m, &as, dir) < 0) return -1;
    return emit_source(m, &as, dir);
}
