/* Generated from fsm/dialog.fsm by fsmc 1 - do not edit; run `make regen`. */
/* dialog: dialog and its usages - RFC 3261 §12; RFC 5057 §4, §5.1
 *
 * fsm_dialog_step(state, event, guards) returns the row that applies: its kind,
 * next state and ordered actions. The runtime runs the actions; it never
 * decides the next state itself. */
#ifndef FSIP_FSM_DIALOG_H
#define FSIP_FSM_DIALOG_H

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

enum fsm_dialog_state {
    FSM_DIALOG_NONE, /* initial */
    FSM_DIALOG_EARLY,
    FSM_DIALOG_CONFIRMED,
    FSM_DIALOG_TERMINATED, /* final */
    FSM_DIALOG_N_STATES
};
#define FSM_DIALOG_INITIAL FSM_DIALOG_NONE

enum fsm_dialog_event {
    FSM_DIALOG_EV_EARLY_RESPONSE,
    FSM_DIALOG_EV_CONFIRM_RESPONSE,
    FSM_DIALOG_EV_FAILURE_RESPONSE,
    FSM_DIALOG_EV_EARLY_ENDED,
    FSM_DIALOG_EV_USAGE_ADDED,
    FSM_DIALOG_EV_USAGE_ENDED,
    FSM_DIALOG_EV_BYE_SENT,
    FSM_DIALOG_EV_BYE_RECEIVED,
    FSM_DIALOG_EV_USAGE_FAILURE,
    FSM_DIALOG_EV_DIALOG_FAILURE,
    FSM_DIALOG_EV_END_ALL_GRACEFULLY,
    FSM_DIALOG_EV_TIMER_EARLY,
    FSM_DIALOG_N_EVENTS
};

/* Guards: boolean inputs, passed to fsm_dialog_step() as a bit set. */
#define FSM_DIALOG_G_LAST_USAGE (1u << 0)
#define FSM_DIALOG_N_GUARDS 1

enum fsm_dialog_timer {
    FSM_DIALOG_TIMER_EARLY,
    FSM_DIALOG_N_TIMERS
};

enum fsm_dialog_action {
    FSM_DIALOG_A_CREATE_DIALOG, /* create_dialog */
    FSM_DIALOG_A_TO_APP_EARLY, /* to_app_early */
    FSM_DIALOG_A_TO_APP_CONFIRMED, /* to_app_confirmed */
    FSM_DIALOG_A_END_USAGE, /* end_usage */
    FSM_DIALOG_A_END_ALL_USAGES, /* end_all_usages */
    FSM_DIALOG_A_TO_APP_TERMINATED, /* to_app_terminated */
    FSM_DIALOG_A_TERMINATE_USAGES, /* terminate_usages */
    FSM_DIALOG_A_START_EARLY, /* start(early) */
    FSM_DIALOG_A_STOP_EARLY, /* stop(early) */
    FSM_DIALOG_N_ACTIONS
};

#define FSM_DIALOG_N_ROWS 44
#define FSM_DIALOG_MAX_ACTIONS 3

struct fsm_dialog_row {
    uint8_t state, event; /* enum fsm_dialog_state, enum fsm_dialog_event */
    uint8_t guard_mask;   /* the row applies when */
    uint8_t guard_value;  /* (guards & guard_mask) == guard_value */
    uint8_t kind;         /* enum fsm_kind */
    uint8_t next;         /* == state unless kind is FSM_GO */
    uint8_t n_actions;
    uint8_t actions[FSM_DIALOG_MAX_ACTIONS]; /* enum fsm_dialog_action, in order */
    uint16_t line;        /* in fsm/dialog.fsm */
    const char *rfc;      /* section reference or NULL */
};

extern const char *const fsm_dialog_state_names[FSM_DIALOG_N_STATES];
extern const char *const fsm_dialog_event_names[FSM_DIALOG_N_EVENTS];
extern const char *const fsm_dialog_guard_names[FSM_DIALOG_N_GUARDS];
extern const uint8_t fsm_dialog_is_final[FSM_DIALOG_N_STATES];
extern const struct fsm_timer_info fsm_dialog_timers[FSM_DIALOG_N_TIMERS];
extern const struct fsm_action_info fsm_dialog_actions[FSM_DIALOG_N_ACTIONS];
extern const struct fsm_dialog_row fsm_dialog_rows[FSM_DIALOG_N_ROWS];

/* The row for (state, event) under the given guard bits, or NULL when
 * state is final (no event applies) or out of range. Pure: no allocation,
 * no I/O, no global state. */
const struct fsm_dialog_row *fsm_dialog_step(enum fsm_dialog_state state, enum fsm_dialog_event event,
                                    uint32_t guards);

#endif
