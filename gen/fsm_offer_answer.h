/* Generated from fsm/offer_answer.fsm by fsmc 1 - do not edit; run `make regen`. */
/* offer_answer: offer/answer state of a dialog - RFC 3261 §13.2.1, §14; RFC 3262 §5; RFC 3311 §5; RFC 6337 §2
 *
 * fsm_offer_answer_step(state, event, guards) returns the row that applies: its kind,
 * next state and ordered actions. The runtime runs the actions; it never
 * decides the next state itself. */
#ifndef FSIP_FSM_OFFER_ANSWER_H
#define FSIP_FSM_OFFER_ANSWER_H

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

enum fsm_offer_answer_state {
    FSM_OFFER_ANSWER_NONE, /* initial */
    FSM_OFFER_ANSWER_OFFER_REQUESTED,
    FSM_OFFER_ANSWER_OFFER_OWED,
    FSM_OFFER_ANSWER_LOCAL_INVITE,
    FSM_OFFER_ANSWER_LOCAL_1XX,
    FSM_OFFER_ANSWER_LOCAL_2XX,
    FSM_OFFER_ANSWER_LOCAL_PRACK,
    FSM_OFFER_ANSWER_LOCAL_UPDATE,
    FSM_OFFER_ANSWER_REMOTE_INVITE,
    FSM_OFFER_ANSWER_REMOTE_1XX,
    FSM_OFFER_ANSWER_REMOTE_2XX,
    FSM_OFFER_ANSWER_REMOTE_PRACK,
    FSM_OFFER_ANSWER_REMOTE_UPDATE,
    FSM_OFFER_ANSWER_STABLE,
    FSM_OFFER_ANSWER_CLOSED, /* final */
    FSM_OFFER_ANSWER_N_STATES
};
#define FSM_OFFER_ANSWER_INITIAL FSM_OFFER_ANSWER_NONE

enum fsm_offer_answer_event {
    FSM_OFFER_ANSWER_EV_RX_INVITE,
    FSM_OFFER_ANSWER_EV_RX_INVITE_NOSDP,
    FSM_OFFER_ANSWER_EV_RX_1XX,
    FSM_OFFER_ANSWER_EV_RX_REL1XX,
    FSM_OFFER_ANSWER_EV_RX_2XX,
    FSM_OFFER_ANSWER_EV_RX_ACK,
    FSM_OFFER_ANSWER_EV_RX_ACK_NOSDP,
    FSM_OFFER_ANSWER_EV_RX_PRACK,
    FSM_OFFER_ANSWER_EV_RX_PRACK_NOSDP,
    FSM_OFFER_ANSWER_EV_RX_PRACK_2XX,
    FSM_OFFER_ANSWER_EV_RX_UPDATE,
    FSM_OFFER_ANSWER_EV_RX_UPDATE_2XX,
    FSM_OFFER_ANSWER_EV_TX_INVITE,
    FSM_OFFER_ANSWER_EV_TX_INVITE_NOSDP,
    FSM_OFFER_ANSWER_EV_TX_1XX,
    FSM_OFFER_ANSWER_EV_TX_REL1XX,
    FSM_OFFER_ANSWER_EV_TX_2XX,
    FSM_OFFER_ANSWER_EV_TX_ACK,
    FSM_OFFER_ANSWER_EV_TX_PRACK,
    FSM_OFFER_ANSWER_EV_TX_PRACK_2XX,
    FSM_OFFER_ANSWER_EV_TX_UPDATE,
    FSM_OFFER_ANSWER_EV_TX_UPDATE_2XX,
    FSM_OFFER_ANSWER_EV_INVITE_FAILED,
    FSM_OFFER_ANSWER_EV_PRACK_FAILED,
    FSM_OFFER_ANSWER_EV_UPDATE_FAILED,
    FSM_OFFER_ANSWER_EV_DIALOG_ENDED,
    FSM_OFFER_ANSWER_N_EVENTS
};

/* Guards: boolean inputs, passed to fsm_offer_answer_step() as a bit set. */
#define FSM_OFFER_ANSWER_G_EARLY (1u << 0)
#define FSM_OFFER_ANSWER_N_GUARDS 1

enum fsm_offer_answer_timer {
    FSM_OFFER_ANSWER_N_TIMERS
};

enum fsm_offer_answer_action {
    FSM_OFFER_ANSWER_A_TO_APP_OFFER, /* to_app_offer */
    FSM_OFFER_ANSWER_A_TO_APP_ANSWER, /* to_app_answer */
    FSM_OFFER_ANSWER_A_TO_APP_NEED_OFFER, /* to_app_need_offer */
    FSM_OFFER_ANSWER_A_TO_APP_ROLLED_BACK, /* to_app_rolled_back */
    FSM_OFFER_ANSWER_A_REFUSE, /* refuse */
    FSM_OFFER_ANSWER_A_REPLY_491, /* reply_491 */
    FSM_OFFER_ANSWER_A_REPLY_500_RETRY_AFTER, /* reply_500_retry_after */
    FSM_OFFER_ANSWER_A_PROTOCOL_ERROR, /* protocol_error */
    FSM_OFFER_ANSWER_N_ACTIONS
};

#define FSM_OFFER_ANSWER_N_ROWS 379
#define FSM_OFFER_ANSWER_MAX_ACTIONS 1

struct fsm_offer_answer_row {
    uint8_t state, event; /* enum fsm_offer_answer_state, enum fsm_offer_answer_event */
    uint8_t guard_mask;   /* the row applies when */
    uint8_t guard_value;  /* (guards & guard_mask) == guard_value */
    uint8_t kind;         /* enum fsm_kind */
    uint8_t next;         /* == state unless kind is FSM_GO */
    uint8_t n_actions;
    uint8_t actions[FSM_OFFER_ANSWER_MAX_ACTIONS]; /* enum fsm_offer_answer_action, in order */
    uint16_t line;        /* in fsm/offer_answer.fsm */
    const char *rfc;      /* section reference or NULL */
};

extern const char *const fsm_offer_answer_state_names[FSM_OFFER_ANSWER_N_STATES];
extern const char *const fsm_offer_answer_event_names[FSM_OFFER_ANSWER_N_EVENTS];
extern const char *const fsm_offer_answer_guard_names[FSM_OFFER_ANSWER_N_GUARDS];
extern const uint8_t fsm_offer_answer_is_final[FSM_OFFER_ANSWER_N_STATES];
extern const struct fsm_action_info fsm_offer_answer_actions[FSM_OFFER_ANSWER_N_ACTIONS];
extern const struct fsm_offer_answer_row fsm_offer_answer_rows[FSM_OFFER_ANSWER_N_ROWS];

/* The row for (state, event) under the given guard bits, or NULL when
 * state is final (no event applies) or out of range. Pure: no allocation,
 * no I/O, no global state. */
const struct fsm_offer_answer_row *fsm_offer_answer_step(enum fsm_offer_answer_state state, enum fsm_offer_answer_event event,
                                    uint32_t guards);

#endif
