/* Generated from fsm/update.fsm by fsmc 1 - do not edit; run `make regen`. */
/* update: UPDATE in early and confirmed dialogs - RFC 3311 §5
 *
 * fsm_update_step(state, event, guards) returns the row that applies: its kind,
 * next state and ordered actions. The runtime runs the actions; it never
 * decides the next state itself. */
#ifndef FSIP_FSM_UPDATE_H
#define FSIP_FSM_UPDATE_H

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

enum fsm_update_state {
    FSM_UPDATE_IDLE, /* initial */
    FSM_UPDATE_UAC,
    FSM_UPDATE_WAIT,
    FSM_UPDATE_UAS,
    FSM_UPDATE_UAC_UAS,
    FSM_UPDATE_WAIT_UAS,
    FSM_UPDATE_DUE_UAS,
    FSM_UPDATE_TERMINATED, /* final */
    FSM_UPDATE_N_STATES
};
#define FSM_UPDATE_INITIAL FSM_UPDATE_IDLE

enum fsm_update_event {
    FSM_UPDATE_EV_APP_UPDATE,
    FSM_UPDATE_EV_RX_2XX,
    FSM_UPDATE_EV_RX_491,
    FSM_UPDATE_EV_RX_500,
    FSM_UPDATE_EV_RX_USAGE_FAIL,
    FSM_UPDATE_EV_RX_FAILURE,
    FSM_UPDATE_EV_RX_UPDATE,
    FSM_UPDATE_EV_APP_ACCEPT,
    FSM_UPDATE_EV_APP_REJECT,
    FSM_UPDATE_EV_DIALOG_ENDED,
    FSM_UPDATE_EV_TIMER_GLARE,
    FSM_UPDATE_EV_TIMER_RETRY,
    FSM_UPDATE_EV_TIMER_ANSWER,
    FSM_UPDATE_N_EVENTS
};

/* Guards: boolean inputs, passed to fsm_update_step() as a bit set. */
#define FSM_UPDATE_N_GUARDS 0

enum fsm_update_timer {
    FSM_UPDATE_TIMER_GLARE,
    FSM_UPDATE_TIMER_RETRY,
    FSM_UPDATE_TIMER_ANSWER,
    FSM_UPDATE_N_TIMERS
};

enum fsm_update_action {
    FSM_UPDATE_A_SEND_UPDATE, /* send_update */
    FSM_UPDATE_A_TO_APP_UPDATE_DONE, /* to_app_update_done */
    FSM_UPDATE_A_TO_APP_UPDATE_FAILED, /* to_app_update_failed */
    FSM_UPDATE_A_END_USAGE, /* end_usage */
    FSM_UPDATE_A_TO_APP_UPDATE, /* to_app_update */
    FSM_UPDATE_A_TO_APP_UPDATE_CANCELLED, /* to_app_update_cancelled */
    FSM_UPDATE_A_REPLY_2XX, /* reply_2xx */
    FSM_UPDATE_A_REPLY_NON2XX, /* reply_non2xx */
    FSM_UPDATE_A_REPLY_500_RETRY_AFTER, /* reply_500_retry_after */
    FSM_UPDATE_A_REPLY_504, /* reply_504 */
    FSM_UPDATE_A_REPLY_487, /* reply_487 */
    FSM_UPDATE_A_START_GLARE, /* start(glare) */
    FSM_UPDATE_A_STOP_GLARE, /* stop(glare) */
    FSM_UPDATE_A_START_RETRY, /* start(retry) */
    FSM_UPDATE_A_STOP_RETRY, /* stop(retry) */
    FSM_UPDATE_A_START_ANSWER, /* start(answer) */
    FSM_UPDATE_A_STOP_ANSWER, /* stop(answer) */
    FSM_UPDATE_N_ACTIONS
};

#define FSM_UPDATE_N_ROWS 91
#define FSM_UPDATE_MAX_ACTIONS 4

struct fsm_update_row {
    uint8_t state, event; /* enum fsm_update_state, enum fsm_update_event */
    uint8_t guard_mask;   /* the row applies when */
    uint8_t guard_value;  /* (guards & guard_mask) == guard_value */
    uint8_t kind;         /* enum fsm_kind */
    uint8_t next;         /* == state unless kind is FSM_GO */
    uint8_t n_actions;
    uint8_t actions[FSM_UPDATE_MAX_ACTIONS]; /* enum fsm_update_action, in order */
    uint16_t line;        /* in fsm/update.fsm */
    const char *rfc;      /* section reference or NULL */
};

extern const char *const fsm_update_state_names[FSM_UPDATE_N_STATES];
extern const char *const fsm_update_event_names[FSM_UPDATE_N_EVENTS];
extern const uint8_t fsm_update_is_final[FSM_UPDATE_N_STATES];
extern const struct fsm_timer_info fsm_update_timers[FSM_UPDATE_N_TIMERS];
extern const struct fsm_action_info fsm_update_actions[FSM_UPDATE_N_ACTIONS];
extern const struct fsm_update_row fsm_update_rows[FSM_UPDATE_N_ROWS];

/* The row for (state, event) under the given guard bits, or NULL when
 * state is final (no event applies) or out of range. Pure: no allocation,
 * no I/O, no global state. */
const struct fsm_update_row *fsm_update_step(enum fsm_update_state state, enum fsm_update_event event,
                                    uint32_t guards);

#endif
