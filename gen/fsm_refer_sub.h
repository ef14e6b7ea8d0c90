/* Generated from fsm/refer_sub.fsm by fsmc 1 - do not edit; run `make regen`. */
/* refer_sub: REFER subscription, subscriber (transferor) - RFC 3515 §2.4; RFC 6665 §4.1; RFC 4488 §4
 *
 * fsm_refer_sub_step(state, event, guards) returns the row that applies: its kind,
 * next state and ordered actions. The runtime runs the actions; it never
 * decides the next state itself. */
#ifndef FSIP_FSM_REFER_SUB_H
#define FSIP_FSM_REFER_SUB_H

#include "fsm_common.h"

enum fsm_refer_sub_state {
    FSM_REFER_SUB_REFER_SENT, /* initial */
    FSM_REFER_SUB_ACCEPTED,
    FSM_REFER_SUB_ACTIVE,
    FSM_REFER_SUB_RESULT,
    FSM_REFER_SUB_TERMINATED, /* final */
    FSM_REFER_SUB_N_STATES
};
#define FSM_REFER_SUB_INITIAL FSM_REFER_SUB_REFER_SENT

enum fsm_refer_sub_event {
    FSM_REFER_SUB_EV_RX_2XX,
    FSM_REFER_SUB_EV_RX_2XX_NOSUB,
    FSM_REFER_SUB_EV_RX_FAILURE,
    FSM_REFER_SUB_EV_RX_NOTIFY,
    FSM_REFER_SUB_EV_RX_NOTIFY_FINAL,
    FSM_REFER_SUB_EV_RX_NOTIFY_TERM_FINAL,
    FSM_REFER_SUB_EV_RX_NOTIFY_TERM,
    FSM_REFER_SUB_EV_DIALOG_ENDED,
    FSM_REFER_SUB_EV_TIMER_N,
    FSM_REFER_SUB_EV_TIMER_EXPIRES,
    FSM_REFER_SUB_N_EVENTS
};

/* Guards: boolean inputs, passed to fsm_refer_sub_step() as a bit set. */
#define FSM_REFER_SUB_N_GUARDS 0

enum fsm_refer_sub_timer {
    FSM_REFER_SUB_TIMER_N,
    FSM_REFER_SUB_TIMER_EXPIRES,
    FSM_REFER_SUB_N_TIMERS
};

enum fsm_refer_sub_action {
    FSM_REFER_SUB_A_REPLY_200, /* reply_200 */
    FSM_REFER_SUB_A_TO_APP_ACCEPTED, /* to_app_accepted */
    FSM_REFER_SUB_A_TO_APP_PROGRESS, /* to_app_progress */
    FSM_REFER_SUB_A_TO_APP_RESULT, /* to_app_result */
    FSM_REFER_SUB_A_TO_APP_NO_RESULT, /* to_app_no_result */
    FSM_REFER_SUB_A_TO_APP_REFER_FAILED, /* to_app_refer_failed */
    FSM_REFER_SUB_A_TO_APP_NO_SUB, /* to_app_no_sub */
    FSM_REFER_SUB_A_TO_APP_TIMEOUT, /* to_app_timeout */
    FSM_REFER_SUB_A_TO_APP_GONE, /* to_app_gone */
    FSM_REFER_SUB_A_START_N, /* start(n) */
    FSM_REFER_SUB_A_STOP_N, /* stop(n) */
    FSM_REFER_SUB_A_START_EXPIRES, /* start(expires) */
    FSM_REFER_SUB_A_STOP_EXPIRES, /* stop(expires) */
    FSM_REFER_SUB_N_ACTIONS
};

#define FSM_REFER_SUB_N_ROWS 40
#define FSM_REFER_SUB_MAX_ACTIONS 4

struct fsm_refer_sub_row {
    uint8_t state, event; /* enum fsm_refer_sub_state, enum fsm_refer_sub_event */
    uint8_t guard_mask;   /* the row applies when */
    uint8_t guard_value;  /* (guards & guard_mask) == guard_value */
    uint8_t kind;         /* enum fsm_kind */
    uint8_t next;         /* == state unless kind is FSM_GO */
    uint8_t n_actions;
    uint8_t actions[FSM_REFER_SUB_MAX_ACTIONS]; /* enum fsm_refer_sub_action, in order */
    uint16_t line;        /* in fsm/refer_sub.fsm */
    const char *rfc;      /* section reference or NULL */
};

extern const char *const fsm_refer_sub_state_names[FSM_REFER_SUB_N_STATES];
extern const char *const fsm_refer_sub_event_names[FSM_REFER_SUB_N_EVENTS];
extern const uint8_t fsm_refer_sub_is_final[FSM_REFER_SUB_N_STATES];
extern const struct fsm_timer_info fsm_refer_sub_timers[FSM_REFER_SUB_N_TIMERS];
extern const struct fsm_action_info fsm_refer_sub_actions[FSM_REFER_SUB_N_ACTIONS];
extern const struct fsm_refer_sub_row fsm_refer_sub_rows[FSM_REFER_SUB_N_ROWS];

/* The row for (state, event) under the given guard bits, or NULL when
 * state is final (no event applies) or out of range. Pure: no allocation,
 * no I/O, no global state. */
const struct fsm_refer_sub_row *fsm_refer_sub_step(enum fsm_refer_sub_state state, enum fsm_refer_sub_event event,
                                    uint32_t guards);

#endif
