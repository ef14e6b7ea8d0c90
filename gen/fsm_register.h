/* Generated from fsm/register.fsm by fsmc 1 - do not edit; run `make regen`. */
/* register: Registration client - RFC 3261 §10.2; RFC 5626 §4.5
 *
 * fsm_register_step(state, event, guards) returns the row that applies: its kind,
 * next state and ordered actions. The runtime runs the actions; it never
 * decides the next state itself. */
#ifndef FSIP_FSM_REGISTER_H
#define FSIP_FSM_REGISTER_H

#include "fsm_common.h"

enum fsm_register_state {
    FSM_REGISTER_IDLE, /* initial */
    FSM_REGISTER_REGISTERING,
    FSM_REGISTER_REGISTERED,
    FSM_REGISTER_REFRESHING,
    FSM_REGISTER_RETRY_WAIT,
    FSM_REGISTER_UNREGISTERING,
    FSM_REGISTER_UNREGISTERED,
    FSM_REGISTER_FAILED,
    FSM_REGISTER_CLOSED, /* final */
    FSM_REGISTER_N_STATES
};
#define FSM_REGISTER_INITIAL FSM_REGISTER_IDLE

enum fsm_register_event {
    FSM_REGISTER_EV_APP_REGISTER,
    FSM_REGISTER_EV_APP_UNREGISTER,
    FSM_REGISTER_EV_R2XX,
    FSM_REGISTER_EV_R423,
    FSM_REGISTER_EV_R_AUTH,
    FSM_REGISTER_EV_R_TRANSIENT,
    FSM_REGISTER_EV_R_FAIL,
    FSM_REGISTER_EV_TIMER_REFRESH,
    FSM_REGISTER_EV_TIMER_RETRY,
    FSM_REGISTER_EV_CLOSING,
    FSM_REGISTER_N_EVENTS
};

/* Guards: boolean inputs, passed to fsm_register_step() as a bit set. */
#define FSM_REGISTER_G_CAN_RETRY (1u << 0)
#define FSM_REGISTER_N_GUARDS 1

enum fsm_register_timer {
    FSM_REGISTER_TIMER_REFRESH,
    FSM_REGISTER_TIMER_RETRY,
    FSM_REGISTER_N_TIMERS
};

enum fsm_register_action {
    FSM_REGISTER_A_SEND_REGISTER, /* send_register */
    FSM_REGISTER_A_SEND_UNREGISTER, /* send_unregister */
    FSM_REGISTER_A_SEND_AUTH, /* send_auth */
    FSM_REGISTER_A_TO_APP_REGISTERING, /* to_app_registering */
    FSM_REGISTER_A_TO_APP_REGISTERED, /* to_app_registered */
    FSM_REGISTER_A_TO_APP_REFRESHING, /* to_app_refreshing */
    FSM_REGISTER_A_TO_APP_RETRYING, /* to_app_retrying */
    FSM_REGISTER_A_TO_APP_UNREGISTERING, /* to_app_unregistering */
    FSM_REGISTER_A_TO_APP_UNREGISTERED, /* to_app_unregistered */
    FSM_REGISTER_A_TO_APP_FAILED, /* to_app_failed */
    FSM_REGISTER_A_START_REFRESH, /* start(refresh) */
    FSM_REGISTER_A_STOP_REFRESH, /* stop(refresh) */
    FSM_REGISTER_A_START_RETRY, /* start(retry) */
    FSM_REGISTER_A_STOP_RETRY, /* stop(retry) */
    FSM_REGISTER_N_ACTIONS
};

#define FSM_REGISTER_N_ROWS 82
#define FSM_REGISTER_MAX_ACTIONS 3

struct fsm_register_row {
    uint8_t state, event; /* enum fsm_register_state, enum fsm_register_event */
    uint8_t guard_mask;   /* the row applies when */
    uint8_t guard_value;  /* (guards & guard_mask) == guard_value */
    uint8_t kind;         /* enum fsm_kind */
    uint8_t next;         /* == state unless kind is FSM_GO */
    uint8_t n_actions;
    uint8_t actions[FSM_REGISTER_MAX_ACTIONS]; /* enum fsm_register_action, in order */
    uint16_t line;        /* in fsm/register.fsm */
    const char *rfc;      /* section reference or NULL */
};

extern const char *const fsm_register_state_names[FSM_REGISTER_N_STATES];
extern const char *const fsm_register_event_names[FSM_REGISTER_N_EVENTS];
extern const char *const fsm_register_guard_names[FSM_REGISTER_N_GUARDS];
extern const uint8_t fsm_register_is_final[FSM_REGISTER_N_STATES];
extern const struct fsm_timer_info fsm_register_timers[FSM_REGISTER_N_TIMERS];
extern const struct fsm_action_info fsm_register_actions[FSM_REGISTER_N_ACTIONS];
extern const struct fsm_register_row fsm_register_rows[FSM_REGISTER_N_ROWS];

/* The row for (state, event) under the given guard bits, or NULL when
 * state is final (no event applies) or out of range. Pure: no allocation,
 * no I/O, no global state. */
const struct fsm_register_row *fsm_register_step(enum fsm_register_state state, enum fsm_register_event event,
                                    uint32_t guards);

#endif
