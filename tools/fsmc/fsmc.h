/* fsmc: the state-machine spec compiler. One .fsm file in, a checked model
 * out, then one emitter per target (C, DOT, Promela, vectors, Markdown).
 * The language is described in docs/fsm-language.md. */
#ifndef FSMC_H
#define FSMC_H

#include <stdio.h>
#include <stdint.h>

#define FSMC_VERSION "1"

/* Limits keep every table small and every guard combination enumerable. */
#define FSMC_MAX_NAMES    64 /* states, events, actions or timers per machine */
#define FSMC_MAX_GUARDS   8
#define FSMC_MAX_ACTIONS  16 /* per row */
#define FSMC_MAX_ROWS     2048
#define FSMC_MAX_NAME_LEN 63

/* ---- lexer (tools/fsmc/lexer.re, generated into gen/fsmc_lexer.c) ---- */

enum fsmc_tok {
    TOK_EOF,
    TOK_NL,     /* end of a statement */
    TOK_IDENT,  /* [a-z_][a-z0-9_]* */
    TOK_NUMBER, /* decimal */
    TOK_STRING, /* "..." (text without the quotes) */
    TOK_ARROW,  /* -> */
    TOK_COLON,
    TOK_COMMA,
    TOK_BANG,
    TOK_LPAREN,
    TOK_RPAREN,
    TOK_STAR,
    TOK_ERROR /* a character the language does not use */
};

struct fsmc_lexer {
    const char *cur;    /* next byte */
    const char *lim;    /* end of input (a NUL is at *lim) */
    const char *marker; /* re2c backtracking */
    int line;
};

struct fsmc_token {
    enum fsmc_tok kind;
    const char *text; /* into the input */
    int len;
    int line;
};

/* Scans the next token; the input buffer must end with a NUL. */
void fsmc_lex(struct fsmc_lexer *lx, struct fsmc_token *tok);
const char *fsmc_tok_name(enum fsmc_tok kind);

/* ---- the model ---- */

/* A duration is n * unit: n milliseconds, or n times T1, T2 or T4. */
enum fsmc_unit { UNIT_MS, UNIT_T1, UNIT_T2, UNIT_T4 };
struct fsmc_dur {
    uint32_t n;
    enum fsmc_unit unit;
};

struct fsmc_timer {
    char *name;
    int line;
    int event;           /* the event "timer_<name>" it fires */
    struct fsmc_dur dur; /* first interval */
    int doubling;        /* backoff() doubles the previous interval */
    int has_cap;         /* ... up to cap */
    struct fsmc_dur cap;
    int when_guard; /* -1, or: this guard true => when_dur */
    struct fsmc_dur when_dur;
    char *rfc;
};

/* One step of a row: a declared action, or an operation on a timer. */
enum fsmc_op { OP_DO, OP_START, OP_BACKOFF, OP_STOP };
struct fsmc_step {
    enum fsmc_op op;
    int index;   /* action index (OP_DO) or timer index */
    int has_dur; /* start(t, D): this interval instead of the declared one */
    struct fsmc_dur dur;
};

enum fsmc_kind { KIND_GO, KIND_IGNORE, KIND_ERROR };

struct fsmc_row {
    int line;
    int state, event;
    uint32_t gmask, gval; /* row applies when (guards & gmask) == gval */
    enum fsmc_kind kind;
    int next; /* == state for ignore/error */
    int nsteps;
    struct fsmc_step steps[FSMC_MAX_ACTIONS];
    char *rfc; /* optional section reference */
};

struct fsmc_names {
    int n;
    char *name[FSMC_MAX_NAMES];
    int line[FSMC_MAX_NAMES];
};

struct fsmc_machine {
    const char *file; /* as given on the command line */
    char *name;
    char *doc;
    int line;
    struct fsmc_names states, events, guards, actions;
    int initial, initial_line;
    int is_final[FSMC_MAX_NAMES];
    int final_line;
    int ntimers;
    struct fsmc_timer timers[FSMC_MAX_NAMES];
    int nrows;
    struct fsmc_row *rows;
    int nerrors;
};

/* Where fsmc_error() writes; NULL (the default): stderr. The fuzz harness
 * (fuzz/fuzz_fsmc.c) points it at /dev/null. */
extern FILE *fsmc_diag;
/* Reports `file:line: message` on fsmc_diag and counts the error. */
void fsmc_error(struct fsmc_machine *m, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Parses src (NUL-terminated, len bytes) into m. Returns the error count. */
int fsmc_parse(struct fsmc_machine *m, const char *file, const char *src, size_t len);
/* Runs every semantic check. Returns the error count. */
int fsmc_check(struct fsmc_machine *m);
void fsmc_free(struct fsmc_machine *m);

/* ---- helpers shared by the emitters ---- */

/* "64*T1", "32s", "500ms", "0", "T2" */
void fsmc_dur_str(struct fsmc_dur d, char *buf, size_t size);
/* Milliseconds with RFC 3261 default T1 = 500 ms, T2 = 4 s, T4 = 5 s. */
uint64_t fsmc_dur_default_ms(struct fsmc_dur d);
/* "to_tu", "start(a)", "start(e,T2)", "backoff(a)", "stop(b)" */
void fsmc_step_str(const struct fsmc_machine *m, const struct fsmc_step *s, char *buf, size_t size);
/* "reliable", "!reliable", "reliable !tcp", or "" when the row has no guard */
void fsmc_guard_str(const struct fsmc_machine *m, uint32_t mask, uint32_t val, char *buf,
                    size_t size);
/* Upper-cases an identifier into buf. */
const char *fsmc_upper(const char *s, char *buf, size_t size);
/* Rows in table order: by state, then event, then source order. */
void fsmc_sort_rows(struct fsmc_machine *m);
/* Fire budget of a timer for the Promela model (see docs/fsm/verification.md). */
int fsmc_timer_budget(const struct fsmc_machine *m, int t);

/* ---- emitters: each writes DIR/<file> and returns 0 or -1 ---- */
int fsmc_emit_c(const struct fsmc_machine *m, const char *dir);
int fsmc_emit_dot(const struct fsmc_machine *m, const char *dir);
int fsmc_emit_promela(const struct fsmc_machine *m, const char *dir);
int fsmc_emit_vectors(const struct fsmc_machine *m, const char *dir);
int fsmc_emit_md(const struct fsmc_machine *m, const char *dir);

/* Opens DIR/<prefix><name><suffix> for writing; reports failures. */
FILE *fsmc_open_out(const char *dir, const char *prefix, const char *name, const char *suffix,
                    char *path, size_t size);
int fsmc_close_out(FILE *f, const char *path);
/* The banner every generated file starts with, in the given comment style. */
void fsmc_banner(FILE *f, const struct fsmc_machine *m, const char *open, const char *close);

#endif
