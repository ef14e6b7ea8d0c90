/* Generated from fsm/nict.fsm by fsmc 1 - do not edit; run `make regen`. */
/* nict: non-INVITE client transaction - RFC 3261 §17.1.2, §17.1.4
 *
 * fsm_nict_step(state, event, guards) returns the row that applies: its kind,
 * next state and ordered actions. The runtime runs the actions; it never
 * decides the next state itself. */
#ifndef FSIP_FSM_NICT_H
#define FSIP_FSM_NICT_H

#include <stdint.h>

#ifndef FSIP_FSM_COMMON
#define FSIP_FSM_COMMON
/* Shared by every generated machine (gen/fsm_*.h). */

/* What a row does: change state and run its actions, or nothing (the
 * event is absorbed), or report an event the spec says cannot happen. */
enum fsm_kind { FSM_GO, FSM_IGNORE, FSM_ERROR };

/* An action is a call into the runtime or an operation on a timer. */
enum fsm_op { FSM_OP_DO, FSM_OP_START, FSM_OP_BACKOFF, FSM_OP_STOP };

/* A duration is n milliseconds or n times T1, T2 or T4 (RFC 3261 §17.1.1.1). */
enum fsm_unit { FSM_MS, FSM_T1, FSM_T2, FSM_T4 };
struct fsm_duration {
    uint32_t n;
    uint8_t unit; /* enum fsm_unit */
};
struct fsm_timebase {
    uint32_t t1_ms, t2_ms, t4_ms; /* RFC 3261 defaults: 500, 4000, 5000 */
};

struct fsm_action_info {
    const char *name;  /* as written in the spec: "to_tu", "start(a)" */
    uint8_t op;        /* enum fsm_op */
    int8_t timer;      /* timer index for timer operations, else -1 */
    uint8_t has_duration; /* start(t, D): D replaces the timer's interval */
    struct fsm_duration duration;
};

struct fsm_timer_info {
    const char *name;
    uint8_t event;     /* the event the timer fires */
    uint8_t doubling;  /* backoff: next interval = 2 * previous ... */
    uint8_t has_cap;   /* ... but at most cap */
    struct fsm_duration duration; /* first interval */
    struct fsm_duration cap;
    uint32_t when_guards; /* when these guard bits are set (0: never) ... */
    struct fsm_duration when_duration; /* ... the first interval is this */
    const char *rfc;
};

static inline uint64_t fsm_duration_ms(struct fsm_duration d, const struct fsm_timebase *tb)
{
    switch (d.unit) {
    case FSM_T1: return (uint64_t)d.n * tb->t1_ms;
    case FSM_T2: return (uint64_t)d.n * tb->t2_ms;
    case FSM_T4: return (uint64_t)d.n * tb->t4_ms;
    default: return d.n;
    }
}

/* The interval of start(t) with the given guard bits. */
static inline uint64_t fsm_timer_first_ms(const struct fsm_timer_info *t, uint32_t guards,
                                          const struct fsm_timebase *tb)
{
    if (t->when_guards && (guards & t->when_guards) == t->when_guards)
        return fsm_duration_ms(t->when_duration, tb);
    return fsm_duration_ms(t->duration, tb);
}

/* The interval of backoff(t) after an interval of prev_ms. */
static inline uint64_t fsm_timer_backoff_ms(const struct fsm_timer_info *t, uint64_t prev_ms,
                                            const struct fsm_timebase *tb)
{
    uint64_t next = t->doubling ? 2 * prev_ms : prev_ms;
    if (t->has_cap && next > fsm_duration_ms(t->cap, tb))
        next = fsm_duration_ms(t->cap, tb);
    return next;
}
#endif /* FSIP_FSM_COMMON */

enum fsm_nict_state {
    FSM_NICT_IDLE, /* initial */
    FSM_NICT_TRYING,
    FSM_NICT_PROCEEDING,
    FSM_NICT_COMPLETED,
    FSM_NICT_TERMINATED, /* final */
    FSM_NICT_N_STATES
};
#define FSM_NICT_INITIAL FSM_NICT_IDLE

enum fsm_nict_event {
    FSM_NICT_EV_TU_REQUEST,
    FSM_NICT_EV_R1XX,
    FSM_NICT_EV_R2XX_6XX,
    FSM_NICT_EV_TIMER_E,
    FSM_NICT_EV_TIMER_F,
    FSM_NICT_EV_TIMER_K,
    FSM_NICT_EV_TRANSPORT_ERROR,
    FSM_NICT_N_EVENTS
};

/* Guards: boolean inputs, passed to fsm_nict_step() as a bit set. */
#define FSM_NICT_G_RELIABLE (1u << 0)
#define FSM_NICT_N_GUARDS 1

enum fsm_nict_timer {
    FSM_NICT_TIMER_E,
    FSM_NICT_TIMER_F,
    FSM_NICT_TIMER_K,
    FSM_NICT_N_TIMERS
};

enum fsm_nict_action {
    FSM_NICT_A_SEND_REQUEST, /* send_request */
    FSM_NICT_A_RETRANSMIT, /* retransmit */
    FSM_NICT_A_TO_TU, /* to_tu */
    FSM_NICT_A_TIMEOUT_TO_TU, /* timeout_to_tu */
    FSM_NICT_A_ERROR_TO_TU, /* error_to_tu */
    FSM_NICT_A_START_E, /* start(e) */
    FSM_NICT_A_START_E_T2, /* start(e,T2) */
    FSM_NICT_A_BACKOFF_E, /* backoff(e) */
    FSM_NICT_A_STOP_E, /* stop(e) */
    FSM_NICT_A_START_F, /* start(f) */
    FSM_NICT_A_STOP_F, /* stop(f) */
    FSM_NICT_A_START_K, /* start(k) */
    FSM_NICT_N_ACTIONS
};

#define FSM_NICT_N_ROWS 31
#define FSM_NICT_MAX_ACTIONS 4

struct fsm_nict_row {
    uint8_t state, event; /* enum fsm_nict_state, enum fsm_nict_event */
    uint8_t guard_mask;   /* the row applies when */
    uint8_t guard_value;  /* (guards & guard_mask) == guard_value */
    uint8_t kind;         /* enum fsm_kind */
    uint8_t next;         /* == state unless kind is FSM_GO */
    uint8_t n_actions;
    uint8_t actions[FSM_NICT_MAX_ACTIONS]; /* enum fsm_nict_action, in order */
    uint16_t line;        /* in fsm/nict.fsm */
    const char *rfc;      /* section reference or NULL */
};

extern const char *const fsm_nict_state_names[FSM_NICT_N_STATES];
extern const char *const fsm_nict_event_names[FSM_NICT_N_EVENTS];
extern const char *const fsm_nict_guard_names[FSM_NICT_N_GUARDS];
extern const uint8_t fsm_nict_is_final[FSM_NICT_N_STATES];
extern const struct fsm_timer_info fsm_nict_timers[FSM_NICT_N_TIMERS];
extern const struct fsm_action_info fsm_nict_actions[FSM_NICT_N_ACTIONS];
extern const struct fsm_nict_row fsm_nict_rows[FSM_NICT_N_ROWS];

/* The row for (state, event) under the given guard bits, or NULL when
 * state is final (no event applies) or out of range. Pure: no allocation,
 * no I/O, no global state. */
const struct fsm_nict_row *fsm_nict_step(enum fsm_nict_state state, enum fsm_nict_event event,
                                    uint32_t guards);

#endif
