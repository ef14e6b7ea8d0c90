/* Generated from fsm/update.fsm by fsmc 1 - do not edit; run `make regen`. */
/* update: UPDATE in early and confirmed dialogs - RFC 3311 §5
 *
 * fsm_update_step(state, event, guards) returns the row that applies: its kind,
 * next state and ordered actions. The runtime runs the actions; it never
 * decides the next state itself. */
#ifndef FSIP_FSM_UPDATE_H
#define FSIP_FSM_UPDATE_H

#include "fsm_common.h"

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
    FSM_UPDATE_EV_RX_PRACK_OFFER,
    FSM_UPDATE_EV_APP_ACCEPT,
    FSM_UPDATE_EV_APP_REJECT,
    FSM_UPDATE_EV_DIALOG_ENDED,
    FSM_UPDATE_EV_TX_REFUSED,
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
    FSM_UPDATE_A_TO_APP_PRACK_OFFER, /* to_app_prack_offer */
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

#define FSM_UPDATE_N_ROWS 105
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
