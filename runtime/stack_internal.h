/* The stack and transaction objects: private layout shared by stack.c
 * (input, validation, output, logging) and txn.c (transaction layer). */
#ifndef FSIP_STACK_INTERNAL_H
#define FSIP_STACK_INTERNAL_H

#include <stdarg.h>

#include "fsip/stack.h"
#include "hash.h"
#include "timer.h"

#define FSIP_TXN_MAX_TIMERS 4

/* What a transaction still has to tell the TU after its current step
 * (callbacks run only once the state machine's row is complete). */
enum fsip_pend {
    PEND_TO_TU = 1u << 0,
    PEND_TIMEOUT = 1u << 1,
    PEND_ERROR = 1u << 2,
    PEND_TRANSPORT_ERROR_EVENT = 1u << 3 /* a send failed: feed transport_error */
};

struct fsip_txn {
    struct fsip_hnode node;  /* the matching table (RFC 3261 §17.1.3, §17.2.3) */
    struct fsip_hnode merge; /* the merged-request table (§8.2.2.2) */
    fsip_stack *stack;
    fsip_txn *prev, *next; /* every transaction of the stack */
    fsip_txn_kind kind;
    uint8_t state;
    uint8_t dead; /* terminated: out of the tables, freed when refs drop to 0 */
    uint32_t guards;
    uint32_t refs;
    uint32_t pend;
    fsip_flow flow; /* client: destination; server: where responses go (§18.2.2) */
    fsip_msg *req;  /* owned */
    char *out;      /* client: the request; server: the last response */
    size_t out_len;
    char *next_out; /* server: the response the TU is sending now */
    size_t next_out_len;
    char *ack; /* ICT: the ACK for a non-2xx final response (§17.1.1.3) */
    size_t ack_len;
    struct fsip_timer timers[FSIP_TXN_MAX_TIMERS];
    void *user;
    /* UAS core rejection decided on arrival (RFC 3261 §8.2), sent by the
     * to_tu action in place of the TU. */
    int reject;
    char reject_hdr[256];
    char to_tag[24];     /* server: our To tag */
    uint8_t *key, *mkey; /* after the struct, in its block */
    uint32_t klen, mklen;
};

struct fsip_conn {
    struct fsip_hnode node;
    uint64_t id;
    fsip_framer *framer;
};

typedef void (*fsip_row_hook)(fsip_txn_kind kind, int row, int event, void *arg);

struct fsip_stack {
    fsip_stack_config cfg;
    fsip_stack_callbacks cb;
    const fsip_allocator *alloc;
    char *strings; /* copies of the config strings */
    uint64_t now;
    struct fsip_theap timers;
    struct fsip_htable txns;   /* by matching key */
    struct fsip_htable merges; /* by From tag, Call-ID, CSeq */
    struct fsip_htable conns;  /* stream framers by conn_id */
    fsip_txn *all;             /* list of every transaction */
    uint64_t rk0, rk1, rctr;   /* branch and tag generator */
    fsip_stats stats;
    uint32_t depth; /* nesting of public entries (callbacks call back in) */
#ifndef NDEBUG
    unsigned long owner;
#endif
    uint32_t tu_timers;     /* heap slots reserved by the transaction user */
    uint32_t allow_bits;    /* bit m: fsip_method m is in cfg.allow (fsip__stack_set_allow) */
    fsip_row_hook row_hook; /* tests: every row the machines execute */
    void *row_hook_arg;
};

/* The TU gives up on INVITE client transaction t: when it waits in
 * Proceeding (no timer of its own left) it terminates now, its TERMINATED
 * event running; in any other state a timer ends it anyway. */
void fsip__txn_abandon(fsip_txn *t);
/* Whether server transaction t has sent its final response. */
bool fsip__txn_answered(const fsip_txn *t);

/* The transaction user (fsip/call.h) on the stack's clock and heap. */
/* Replaces the callbacks (the TU wraps send to keep the driver's arg). */
void fsip__stack_set_tu(fsip_stack *s, const fsip_stack_callbacks *cb);
/* Sets the Allow list (a string that outlives the stack) and the known
 * methods it names, which every request is checked against. */
void fsip__stack_set_allow(fsip_stack *s, const char *allow);
/* Reserves / releases heap room for n more TU timers. Returns 0 or
 * FSIP_ENOMEM. */
int fsip__tu_timers_reserve(fsip_stack *s, uint32_t n);
void fsip__tu_timers_release(fsip_stack *s, uint32_t n);
/* Starts (or restarts) t, which has `fire` set and room reserved, to fire
 * at `when`; stops it. */
void fsip__tu_timer_start(fsip_stack *s, struct fsip_timer *t, uint64_t when);
void fsip__tu_timer_stop(fsip_stack *s, struct fsip_timer *t);

/* Tests only: called with (kind, row index, event) for every row run. */
void fsip__stack_set_row_hook(fsip_stack *s, fsip_row_hook hook, void *arg);

/* stack.c */
void fsip__log(fsip_stack *s, fsip_log_level level, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Sends bytes on a flow (trace, stats). Returns 0 or the callback's error. */
int fsip__send(fsip_stack *s, const fsip_flow *flow, const void *data, size_t len);
/* Prints a message into a new buffer (allocator). Returns 0 or FSIP_ENOMEM. */
int fsip__print(fsip_stack *s, const fsip_msg *m, char **out, size_t *len);
/* The same for the 100 Trying to `req` (fsip__msg_print_trying). */
int fsip__print_trying(fsip_stack *s, const fsip_msg *req, char **out, size_t *len);
/* Random lowercase hex, n chars + NUL into out. */
void fsip__random_hex(fsip_stack *s, char *out, size_t n);
/* Builds a response to `req` (§8.2.6.2), adding To tag `tag` when status >
 * 100 and the request's To has none. NULL on failure. */
fsip_msg *fsip__new_response(fsip_stack *s, const fsip_msg *req, int status, const char *reason,
                             const char *tag);
/* Adds a header whose value is a view. */
int fsip__hdr_add_str(fsip_msg *m, const char *name, fsip_str value);
/* The UAS core checks of RFC 3261 §8.2 for a new server transaction. */
void fsip__uas_check(fsip_stack *s, fsip_txn *t, const fsip_msg *req);
void fsip__count_reject(fsip_stack *s, int status);
/* Where responses to `req` received on `in` go (RFC 3261 §18.2.2). */
void fsip__response_flow(const fsip_flow *in, const fsip_msg *req, fsip_flow *out);
/* Public-entry bookkeeping: owner thread, time, nesting; leave runs the
 * timers that fell due (zero-length Timers D/I/J/K on reliable transports). */
void fsip__enter(fsip_stack *s, uint64_t now);
void fsip__leave(fsip_stack *s);

/* txn.c */
/* A received request after validation: matches a server transaction or
 * creates one. `flow` is the receive flow. Takes ownership of req. */
void fsip__txn_on_request(fsip_stack *s, const fsip_flow *flow, fsip_msg *req);
/* A received, valid response: matches a client transaction. */
void fsip__txn_on_response(fsip_stack *s, const fsip_msg *resp);
/* Runs due timers. */
void fsip__txn_run_timers(fsip_stack *s, uint64_t now);
/* Frees every transaction without callbacks. */
void fsip__txn_free_all(fsip_stack *s);

#endif
