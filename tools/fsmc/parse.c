/* The fsmc parser: one statement per line, declarations before rows.
 *
 *   machine NAME "doc"
 *   states  NAME...          initial NAME        final NAME...
 *   events  NAME...          guards  NAME...     actions NAME...
 *   timer   NAME DURATION [doubling [max DURATION]] [when GUARD DURATION] ["ref"]
 *   STATE[, STATE...] EVENT[, EVENT...] [[!]GUARD...] -> NEXT|ignore|error [: STEP...] ["ref"]
 *
 * A STEP is an action name, start(T[, DURATION]), backoff(T) or stop(T).
 * Name errors are reported where the name is used; the checks in check.c
 * only run on a spec that parsed cleanly. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "fsmc.h"

struct parser {
    struct fsmc_machine *m;
    struct fsmc_lexer lx;
    struct fsmc_token tok;
};

/* Words that start a statement or end a row cannot name anything; the
 * timer operations cannot name an action. */
static const char *const keywords[] = {"machine", "states", "initial", "final", "events", "guards",
                                       "actions", "timer",  "ignore",  "error", NULL};
static const char *const timer_ops[] = {"start", "backoff", "stop", NULL};

FILE *fsmc_diag;

void fsmc_error(struct fsmc_machine *m, int line, const char *fmt, ...)
{
    FILE *out = fsmc_diag ? fsmc_diag : stderr;
    va_list ap;
    fprintf(out, "%s:%d: ", m->file, line);
    va_start(ap, fmt);
    vfprintf(out, fmt, ap);
    va_end(ap);
    fputc('\n', out);
    m->nerrors++;
}

static void next(struct parser *p)
{
    fsmc_lex(&p->lx, &p->tok);
    /* Strings land in C and Promela comments, C literals and DOT labels. */
    if (p->tok.kind == TOK_STRING) {
        for (int i = 0; i < p->tok.len; i++)
            if (p->tok.text[i] == '\\' ||
                (p->tok.text[i] == '*' && i + 1 < p->tok.len && p->tok.text[i + 1] == '/')) {
                fsmc_error(p->m, p->tok.line, "a string cannot contain '\\' or '*/'");
                break;
            }
    }
}

static int is(const struct parser *p, const char *word)
{
    return p->tok.kind == TOK_IDENT && (size_t)p->tok.len == strlen(word) &&
           memcmp(p->tok.text, word, (size_t)p->tok.len) == 0;
}

static char *tok_dup(const struct fsmc_token *t)
{
    char *s = malloc((size_t)t->len + 1);
    if (!s) {
        perror("fsmc");
        exit(2);
    }
    memcpy(s, t->text, (size_t)t->len);
    s[t->len] = '\0';
    return s;
}

static char *str_dup(const char *s)
{
    struct fsmc_token t = {TOK_STRING, s, (int)strlen(s), 0};
    return tok_dup(&t);
}

/* Reports the unexpected token and skips to the end of the statement. */
static void syntax(struct parser *p, const char *expected)
{
    if (p->tok.kind == TOK_ERROR)
        fsmc_error(p->m, p->tok.line, "unexpected character '%.*s'", p->tok.len, p->tok.text);
    else if (p->tok.kind == TOK_IDENT || p->tok.kind == TOK_NUMBER)
        fsmc_error(p->m, p->tok.line, "expected %s, found '%.*s'", expected, p->tok.len,
                   p->tok.text);
    else
        fsmc_error(p->m, p->tok.line, "expected %s, found %s", expected,
                   fsmc_tok_name(p->tok.kind));
    while (p->tok.kind != TOK_NL && p->tok.kind != TOK_EOF)
        next(p);
}

static int lookup(const struct fsmc_names *names, const struct fsmc_token *t)
{
    for (int i = 0; i < names->n; i++)
        if (strlen(names->name[i]) == (size_t)t->len &&
            memcmp(names->name[i], t->text, (size_t)t->len) == 0)
            return i;
    return -1;
}

static int lookup_timer(const struct fsmc_machine *m, const struct fsmc_token *t)
{
    for (int i = 0; i < m->ntimers; i++)
        if (strlen(m->timers[i].name) == (size_t)t->len &&
            memcmp(m->timers[i].name, t->text, (size_t)t->len) == 0)
            return i;
    return -1;
}

static int in_list(const char *const *list, const struct fsmc_token *t)
{
    for (int i = 0; list[i]; i++)
        if (strlen(list[i]) == (size_t)t->len && memcmp(list[i], t->text, (size_t)t->len) == 0)
            return 1;
    return 0;
}

/* Names declared anywhere in the machine share one namespace, so a row
 * reads unambiguously. */
static int declared_anywhere(const struct fsmc_machine *m, const struct fsmc_token *t)
{
    return lookup(&m->states, t) >= 0 || lookup(&m->events, t) >= 0 || lookup(&m->guards, t) >= 0 ||
           lookup(&m->actions, t) >= 0;
}

/* states/events/guards/actions NAME... */
static void parse_names(struct parser *p, struct fsmc_names *names, int max)
{
    next(p);
    if (p->tok.kind != TOK_IDENT) {
        syntax(p, "a name");
        return;
    }
    while (p->tok.kind == TOK_IDENT) {
        if (in_list(keywords, &p->tok) || (names == &p->m->actions && in_list(timer_ops, &p->tok)))
            fsmc_error(p->m, p->tok.line, "'%.*s' is a reserved word", p->tok.len, p->tok.text);
        else if (p->tok.len > FSMC_MAX_NAME_LEN)
            fsmc_error(p->m, p->tok.line, "name longer than %d characters", FSMC_MAX_NAME_LEN);
        else if (declared_anywhere(p->m, &p->tok))
            fsmc_error(p->m, p->tok.line, "duplicate name '%.*s'", p->tok.len, p->tok.text);
        else if (names->n >= max)
            fsmc_error(p->m, p->tok.line, "too many names (at most %d)", max);
        else {
            names->line[names->n] = p->tok.line;
            names->name[names->n++] = tok_dup(&p->tok);
        }
        next(p);
        if (p->tok.kind == TOK_COMMA) next(p);
    }
}

/* DURATION: 0 | N s | N ms | [N *] T1|T2|T4 */
static int parse_dur(struct parser *p, struct fsmc_dur *d)
{
    uint32_t n = 1;
    int have_n = 0;
    if (p->tok.kind == TOK_NUMBER) {
        n = (uint32_t)strtoul(p->tok.text, NULL, 10);
        have_n = 1;
        next(p);
        if (p->tok.kind == TOK_STAR) {
            next(p);
        } else if (is(p, "s") || is(p, "ms")) {
            d->unit = UNIT_MS;
            d->n = is(p, "s") ? n * 1000 : n;
            next(p);
            return 0;
        } else if (n == 0) {
            d->unit = UNIT_MS;
            d->n = 0;
            return 0;
        } else {
            syntax(p, "a duration unit (s, ms, T1, T2 or T4)");
            return -1;
        }
    }
    if (is(p, "T1") || is(p, "T2") || is(p, "T4")) {
        d->unit = is(p, "T1") ? UNIT_T1 : is(p, "T2") ? UNIT_T2 : UNIT_T4;
        d->n = n;
        next(p);
        return 0;
    }
    syntax(p, have_n ? "T1, T2 or T4" : "a duration");
    return -1;
}

static int expect_nl(struct parser *p)
{
    if (p->tok.kind == TOK_NL || p->tok.kind == TOK_EOF) return 0;
    syntax(p, "end of line");
    return -1;
}

/* timer NAME DURATION [doubling [max DURATION]] [when GUARD DURATION] ["ref"] */
static void parse_timer(struct parser *p)
{
    struct fsmc_machine *m = p->m;
    struct fsmc_timer t;
    memset(&t, 0, sizeof t);
    t.when_guard = -1;
    next(p);
    if (p->tok.kind != TOK_IDENT) {
        syntax(p, "a timer name");
        return;
    }
    t.line = p->tok.line;
    if (p->tok.len > FSMC_MAX_NAME_LEN) {
        fsmc_error(m, p->tok.line, "name longer than %d characters", FSMC_MAX_NAME_LEN);
        return;
    }
    if (lookup_timer(m, &p->tok) >= 0) {
        fsmc_error(m, p->tok.line, "duplicate timer '%.*s'", p->tok.len, p->tok.text);
        return;
    }
    t.name = tok_dup(&p->tok);
    char ev[80];
    snprintf(ev, sizeof ev, "timer_%s", t.name);
    t.event = -1;
    for (int i = 0; i < m->events.n; i++)
        if (strcmp(m->events.name[i], ev) == 0) t.event = i;
    if (t.event < 0) fsmc_error(m, t.line, "timer '%s' has no event '%s'", t.name, ev);
    next(p);
    if (parse_dur(p, &t.dur) < 0) goto fail;
    if (is(p, "doubling")) {
        t.doubling = 1;
        next(p);
        if (is(p, "max")) {
            next(p);
            t.has_cap = 1;
            if (parse_dur(p, &t.cap) < 0) goto fail;
        }
    }
    if (is(p, "when")) {
        next(p);
        t.when_guard = p->tok.kind == TOK_IDENT ? lookup(&m->guards, &p->tok) : -1;
        if (t.when_guard < 0) {
            if (p->tok.kind == TOK_IDENT)
                fsmc_error(m, p->tok.line, "unknown guard '%.*s'", p->tok.len, p->tok.text);
            else
                syntax(p, "a guard");
            goto fail;
        }
        next(p);
        if (parse_dur(p, &t.when_dur) < 0) goto fail;
    }
    if (p->tok.kind == TOK_STRING) {
        t.rfc = tok_dup(&p->tok);
        next(p);
    }
    if (expect_nl(p) < 0) goto fail;
    if (m->ntimers >= FSMC_MAX_NAMES) {
        fsmc_error(m, t.line, "too many timers");
        goto fail;
    }
    m->timers[m->ntimers++] = t;
    return;
fail:
    /* Keep the name so that rows using it do not cascade into more errors. */
    if (m->ntimers < FSMC_MAX_NAMES)
        m->timers[m->ntimers++] = t;
    else {
        free(t.name);
        free(t.rfc);
    }
}

/* NAME[, NAME...] looked up in one table; unknown names are reported. */
static int parse_name_list(struct parser *p, const struct fsmc_names *names, const char *what,
                           int *out, int max, int *bad)
{
    int n = 0;
    for (;;) {
        if (p->tok.kind != TOK_IDENT) {
            syntax(p, what);
            return -1;
        }
        int i = lookup(names, &p->tok);
        if (i < 0) {
            fsmc_error(p->m, p->tok.line, "unknown %s '%.*s'", what, p->tok.len, p->tok.text);
            *bad = 1;
        } else if (n < max) {
            out[n++] = i;
        }
        next(p);
        if (p->tok.kind != TOK_COMMA) return n;
        next(p);
    }
}

static int parse_step(struct parser *p, struct fsmc_step *s, int *bad)
{
    struct fsmc_machine *m = p->m;
    memset(s, 0, sizeof *s);
    if (is(p, "start") || is(p, "backoff") || is(p, "stop")) {
        s->op = is(p, "start") ? OP_START : is(p, "backoff") ? OP_BACKOFF : OP_STOP;
        next(p);
        if (p->tok.kind != TOK_LPAREN) {
            syntax(p, "'(' and a timer");
            return -1;
        }
        next(p);
        if (p->tok.kind != TOK_IDENT) {
            syntax(p, "a timer");
            return -1;
        }
        s->index = lookup_timer(m, &p->tok);
        if (s->index < 0) {
            fsmc_error(m, p->tok.line, "unknown timer '%.*s'", p->tok.len, p->tok.text);
            *bad = 1;
        }
        next(p);
        if (s->op == OP_START && p->tok.kind == TOK_COMMA) {
            next(p);
            if (parse_dur(p, &s->dur) < 0) return -1;
            s->has_dur = 1;
        }
        if (p->tok.kind != TOK_RPAREN) {
            syntax(p, "')'");
            return -1;
        }
        next(p);
        return 0;
    }
    if (p->tok.kind != TOK_IDENT) {
        syntax(p, "an action");
        return -1;
    }
    s->op = OP_DO;
    s->index = lookup(&m->actions, &p->tok);
    if (s->index < 0) {
        fsmc_error(m, p->tok.line, "unknown action '%.*s'", p->tok.len, p->tok.text);
        *bad = 1;
    }
    next(p);
    return 0;
}

static void add_row(struct fsmc_machine *m, const struct fsmc_row *r)
{
    if (m->nrows >= FSMC_MAX_ROWS) {
        fsmc_error(m, r->line, "too many rows (at most %d)", FSMC_MAX_ROWS);
        return;
    }
    if (!m->rows) {
        m->rows = calloc(FSMC_MAX_ROWS, sizeof *m->rows);
        if (!m->rows) {
            perror("fsmc");
            exit(2);
        }
    }
    m->rows[m->nrows++] = *r;
}

static void parse_row(struct parser *p)
{
    struct fsmc_machine *m = p->m;
    struct fsmc_row r;
    int states[FSMC_MAX_NAMES], events[FSMC_MAX_NAMES];
    int ns, ne, bad = 0;

    memset(&r, 0, sizeof r);
    r.line = p->tok.line;
    if ((ns = parse_name_list(p, &m->states, "state", states, FSMC_MAX_NAMES, &bad)) < 0) return;
    if ((ne = parse_name_list(p, &m->events, "event", events, FSMC_MAX_NAMES, &bad)) < 0) return;
    while (p->tok.kind == TOK_BANG || p->tok.kind == TOK_IDENT) {
        int neg = p->tok.kind == TOK_BANG;
        if (neg) next(p);
        if (p->tok.kind != TOK_IDENT) {
            syntax(p, "a guard");
            return;
        }
        int g = lookup(&m->guards, &p->tok);
        if (g < 0 && !neg &&
            (lookup(&m->states, &p->tok) >= 0 || is(p, "ignore") || is(p, "error"))) {
            fsmc_error(m, p->tok.line, "expected '->' before '%.*s'", p->tok.len, p->tok.text);
            while (p->tok.kind != TOK_NL && p->tok.kind != TOK_EOF)
                next(p);
            return;
        }
        if (g < 0) {
            fsmc_error(m, p->tok.line, "unknown guard '%.*s'", p->tok.len, p->tok.text);
            bad = 1;
        } else if (r.gmask & (1u << g)) {
            fsmc_error(m, p->tok.line, "guard '%s' appears twice in this row", m->guards.name[g]);
            bad = 1;
        } else {
            r.gmask |= 1u << g;
            if (!neg) r.gval |= 1u << g;
        }
        next(p);
    }
    if (p->tok.kind != TOK_ARROW) {
        syntax(p, "'->'");
        return;
    }
    next(p);
    if (is(p, "ignore") || is(p, "error")) {
        r.kind = is(p, "ignore") ? KIND_IGNORE : KIND_ERROR;
        r.next = -1;
    } else if (p->tok.kind == TOK_IDENT) {
        r.kind = KIND_GO;
        r.next = lookup(&m->states, &p->tok);
        if (r.next < 0) {
            fsmc_error(m, p->tok.line, "unknown state '%.*s'", p->tok.len, p->tok.text);
            bad = 1;
        }
    } else {
        syntax(p, "a state, 'ignore' or 'error'");
        return;
    }
    next(p);
    if (p->tok.kind == TOK_COLON) {
        if (r.kind != KIND_GO) {
            fsmc_error(m, p->tok.line, "'%s' rows take no actions",
                       r.kind == KIND_IGNORE ? "ignore" : "error");
            bad = 1;
        }
        next(p);
        while (p->tok.kind == TOK_IDENT) {
            if (r.nsteps >= FSMC_MAX_ACTIONS) {
                fsmc_error(m, p->tok.line, "too many actions (at most %d)", FSMC_MAX_ACTIONS);
                bad = 1;
                r.nsteps--;
            }
            if (parse_step(p, &r.steps[r.nsteps++], &bad) < 0) return;
        }
        if (r.nsteps == 0 && !bad) {
            syntax(p, "an action");
            return;
        }
    }
    if (p->tok.kind == TOK_STRING) {
        r.rfc = tok_dup(&p->tok);
        next(p);
    }
    if (expect_nl(p) < 0 || bad) {
        free(r.rfc);
        return;
    }
    /* A row over several states or events is one row per pair. */
    for (int i = 0; i < ns; i++)
        for (int j = 0; j < ne; j++) {
            struct fsmc_row one = r;
            one.state = states[i];
            one.event = events[j];
            if (one.kind != KIND_GO) one.next = one.state;
            if (i || j) one.rfc = r.rfc ? str_dup(r.rfc) : NULL;
            add_row(m, &one);
        }
}

static void parse_single(struct parser *p, int *out, int *line)
{
    if (*line) {
        fsmc_error(p->m, p->tok.line, "'initial' already given at line %d", *line);
        while (p->tok.kind != TOK_NL && p->tok.kind != TOK_EOF)
            next(p);
        return;
    }
    next(p);
    if (p->tok.kind != TOK_IDENT) {
        syntax(p, "a state");
        return;
    }
    *line = p->tok.line;
    *out = lookup(&p->m->states, &p->tok);
    if (*out < 0) fsmc_error(p->m, p->tok.line, "unknown state '%.*s'", p->tok.len, p->tok.text);
    next(p);
    expect_nl(p);
}

static void parse_final(struct parser *p)
{
    struct fsmc_machine *m = p->m;
    next(p);
    if (p->tok.kind != TOK_IDENT) {
        syntax(p, "a state");
        return;
    }
    m->final_line = p->tok.line;
    while (p->tok.kind == TOK_IDENT) {
        int s = lookup(&m->states, &p->tok);
        if (s < 0)
            fsmc_error(m, p->tok.line, "unknown state '%.*s'", p->tok.len, p->tok.text);
        else
            m->is_final[s] = 1;
        next(p);
        if (p->tok.kind == TOK_COMMA) next(p);
    }
    expect_nl(p);
}

int fsmc_parse(struct fsmc_machine *m, const char *file, const char *src, size_t len)
{
    struct parser p;
    memset(m, 0, sizeof *m);
    m->file = file;
    m->initial = -1;
    memset(&p, 0, sizeof p);
    p.m = m;
    p.lx.cur = src;
    p.lx.lim = src + len;
    p.lx.line = 1;
    next(&p);
    for (;;) {
        while (p.tok.kind == TOK_NL)
            next(&p);
        if (p.tok.kind == TOK_EOF) break;
        if (!m->name && !is(&p, "machine")) {
            fsmc_error(m, p.tok.line, "a spec starts with 'machine NAME \"description\"'");
            return m->nerrors;
        }
        if (is(&p, "machine")) {
            if (m->name) {
                fsmc_error(m, p.tok.line, "one machine per file");
                return m->nerrors;
            }
            m->line = p.tok.line;
            next(&p);
            if (p.tok.kind != TOK_IDENT) {
                syntax(&p, "a machine name");
                return m->nerrors;
            }
            m->name = tok_dup(&p.tok);
            next(&p);
            if (p.tok.kind != TOK_STRING) {
                syntax(&p, "a description string");
                return m->nerrors;
            }
            m->doc = tok_dup(&p.tok);
            next(&p);
            expect_nl(&p);
        } else if (is(&p, "states")) {
            parse_names(&p, &m->states, FSMC_MAX_NAMES);
            expect_nl(&p);
        } else if (is(&p, "events")) {
            parse_names(&p, &m->events, FSMC_MAX_NAMES);
            expect_nl(&p);
        } else if (is(&p, "guards")) {
            parse_names(&p, &m->guards, FSMC_MAX_GUARDS);
            expect_nl(&p);
        } else if (is(&p, "actions")) {
            parse_names(&p, &m->actions, FSMC_MAX_NAMES);
            expect_nl(&p);
        } else if (is(&p, "initial")) {
            parse_single(&p, &m->initial, &m->initial_line);
        } else if (is(&p, "final")) {
            parse_final(&p);
        } else if (is(&p, "timer")) {
            parse_timer(&p);
        } else if (p.tok.kind == TOK_IDENT) {
            parse_row(&p);
        } else {
            syntax(&p, "a declaration or a row");
        }
    }
    if (!m->name) fsmc_error(m, 1, "empty spec: a spec starts with 'machine NAME \"description\"'");
    return m->nerrors;
}

void fsmc_free(struct fsmc_machine *m)
{
    struct fsmc_names *lists[] = {&m->states, &m->events, &m->guards, &m->actions};
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
        for (int j = 0; j < lists[i]->n; j++)
            free(lists[i]->name[j]);
    for (int i = 0; i < m->ntimers; i++) {
        free(m->timers[i].name);
        free(m->timers[i].rfc);
    }
    for (int i = 0; i < m->nrows; i++)
        free(m->rows[i].rfc);
    free(m->rows);
    free(m->name);
    free(m->doc);
    memset(m, 0, sizeof *m);
}
