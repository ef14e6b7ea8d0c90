/* Generated from fsm/nist.fsm by fsmc 1 - do not edit; run `make regen`. */
/* nist: non-INVITE server transaction - RFC 3261 §17.2.2, §17.2.4
 *
 * fsm_nist_step(state, event, guards) returns the row that applies: its kind,
 * next state and ordered actions. The runtime runs the actions; it never
 * decides the next state itself. */
#ifndef FSIP_FSM_NIST_H
#define FSIP_FSM_NIST_H

#include "fsm_common.h"

enum fsm_nist_state {
    FSM_NIST_IDLE, /* initial */
    FSM_NIST_TRYING,
    FSM_NIST_PROCEEDING,
    FSM_NIST_COMPLETED,
    FSM_NIST_TERMINATED, /* final */
    FSM_NIST_N_STATES
};
#define FSM_NIST_INITIAL FSM_NIST_IDLE

enum fsm_nist_event {
    FSM_NIST_EV_REQUEST,
    FSM_NIST_EV_TU_1XX,
    FSM_NIST_EV_TU_2XX_6XX,
    FSM_NIST_EV_TIMER_J,
    FSM_NIST_EV_TRANSPORT_ERROR,
    FSM_NIST_N_EVENTS
};

/* Guards: boolean inputs, passed to fsm_nist_step() as a bit set. */
#define FSM_NIST_G_RELIABLE (1u << 0)
#define FSM_NIST_N_GUARDS 1

enum fsm_nist_timer {
    FSM_NIST_TIMER_J,
    FSM_NIST_N_TIMERS
};

enum fsm_nist_action {
    FSM_NIST_A_TO_TU, /* to_tu */
    FSM_NIST_A_SEND_RESPONSE, /* send_response */
    FSM_NIST_A_RESEND_RESPONSE, /* resend_response */
    FSM_NIST_A_ERROR_TO_TU, /* error_to_tu */
    FSM_NIST_A_START_J, /* start(j) */
    FSM_NIST_A_STOP_J, /* stop(j) */
    FSM_NIST_N_ACTIONS
};

#define FSM_NIST_N_ROWS 20
#define FSM_NIST_MAX_ACTIONS 2

struct fsm_nist_row {
    uint8_t state, event; /* enum fsm_nist_state, enum fsm_nist_event */
    uint8_t guard_mask;   /* the row applies when */
    uint8_t guard_value;  /* (guards & guard_mask) == guard_value */
    uint8_t kind;         /* enum fsm_kind */
    uint8_t next;         /* == state unless kind is FSM_GO */
    uint8_t n_actions;
    uint8_t actions[FSM_NIST_MAX_ACTIONS]; /* enum fsm_nist_action, in order */
    uint16_t line;        /* in fsm/nist.fsm */
    const char *rfc;      /* section reference or NULL */
};

extern const char *const fsm_nist_state_names[FSM_NIST_N_STATES];
extern const char *const fsm_nist_event_names[FSM_NIST_N_EVENTS];
extern const char *const fsm_nist_guard_names[FSM_NIST_N_GUARDS];
extern const uint8_t fsm_nist_is_final[FSM_NIST_N_STATES];
extern const struct fsm_timer_info fsm_nist_timers[FSM_NIST_N_TIMERS];
extern const struct fsm_action_info fsm_nist_actions[FSM_NIST_N_ACTIONS];
extern const struct fsm_nist_row fsm_nist_rows[FSM_NIST_N_ROWS];

/* The row for (state, event) under the given guard bits, or NULL when
 * state is final (no event applies) or out of range. Pure: no allocation,
 * no I/O, no global state. */
const struct fsm_nist_row *fsm_nist_step(enum fsm_nist_state state, enum fsm_nist_event event,
                                    uint32_t guards);

#endif
