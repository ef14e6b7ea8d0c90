/* Generated from fsm/nict.fsm by fsmc 1 - do not edit; run `make regen`. */
/* nict: non-INVITE client transaction - RFC 3261 §17.1.2, §17.1.4
 *
 * fsm_nict_step(state, event, guards) returns the row that applies: its kind,
 * next state and ordered actions. The runtime runs the actions; it never
 * decides the next state itself. */
#ifndef FSIP_FSM_NICT_H
#define FSIP_FSM_NICT_H

#include "fsm_common.h"

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
