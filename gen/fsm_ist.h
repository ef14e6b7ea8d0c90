/* Generated from fsm/ist.fsm by fsmc 1 - do not edit; run `make regen`. */
/* ist: INVITE server transaction - RFC 3261 §17.2.1, §17.2.4; RFC 6026 §7.1
 *
 * fsm_ist_step(state, event, guards) returns the row that applies: its kind,
 * next state and ordered actions. The runtime runs the actions; it never
 * decides the next state itself. */
#ifndef FSIP_FSM_IST_H
#define FSIP_FSM_IST_H

#include "fsm_common.h"

enum fsm_ist_state {
    FSM_IST_IDLE, /* initial */
    FSM_IST_PROCEEDING,
    FSM_IST_COMPLETED,
    FSM_IST_CONFIRMED,
    FSM_IST_ACCEPTED,
    FSM_IST_TERMINATED, /* final */
    FSM_IST_N_STATES
};
#define FSM_IST_INITIAL FSM_IST_IDLE

enum fsm_ist_event {
    FSM_IST_EV_INVITE,
    FSM_IST_EV_ACK,
    FSM_IST_EV_TU_1XX,
    FSM_IST_EV_TU_2XX,
    FSM_IST_EV_TU_3XX_6XX,
    FSM_IST_EV_TIMER_G,
    FSM_IST_EV_TIMER_H,
    FSM_IST_EV_TIMER_I,
    FSM_IST_EV_TIMER_L,
    FSM_IST_EV_TRANSPORT_ERROR,
    FSM_IST_N_EVENTS
};

/* Guards: boolean inputs, passed to fsm_ist_step() as a bit set. */
#define FSM_IST_G_RELIABLE (1u << 0)
#define FSM_IST_N_GUARDS 1

enum fsm_ist_timer {
    FSM_IST_TIMER_G,
    FSM_IST_TIMER_H,
    FSM_IST_TIMER_I,
    FSM_IST_TIMER_L,
    FSM_IST_N_TIMERS
};

enum fsm_ist_action {
    FSM_IST_A_TO_TU, /* to_tu */
    FSM_IST_A_SEND_TRYING, /* send_trying */
    FSM_IST_A_SEND_RESPONSE, /* send_response */
    FSM_IST_A_RESEND_RESPONSE, /* resend_response */
    FSM_IST_A_TIMEOUT_TO_TU, /* timeout_to_tu */
    FSM_IST_A_ERROR_TO_TU, /* error_to_tu */
    FSM_IST_A_START_G, /* start(g) */
    FSM_IST_A_BACKOFF_G, /* backoff(g) */
    FSM_IST_A_STOP_G, /* stop(g) */
    FSM_IST_A_START_H, /* start(h) */
    FSM_IST_A_STOP_H, /* stop(h) */
    FSM_IST_A_START_I, /* start(i) */
    FSM_IST_A_START_L, /* start(l) */
    FSM_IST_N_ACTIONS
};

#define FSM_IST_N_ROWS 52
#define FSM_IST_MAX_ACTIONS 3

struct fsm_ist_row {
    uint8_t state, event; /* enum fsm_ist_state, enum fsm_ist_event */
    uint8_t guard_mask;   /* the row applies when */
    uint8_t guard_value;  /* (guards & guard_mask) == guard_value */
    uint8_t kind;         /* enum fsm_kind */
    uint8_t next;         /* == state unless kind is FSM_GO */
    uint8_t n_actions;
    uint8_t actions[FSM_IST_MAX_ACTIONS]; /* enum fsm_ist_action, in order */
    uint16_t line;        /* in fsm/ist.fsm */
    const char *rfc;      /* section reference or NULL */
};

extern const char *const fsm_ist_state_names[FSM_IST_N_STATES];
extern const char *const fsm_ist_event_names[FSM_IST_N_EVENTS];
extern const char *const fsm_ist_guard_names[FSM_IST_N_GUARDS];
extern const uint8_t fsm_ist_is_final[FSM_IST_N_STATES];
extern const struct fsm_timer_info fsm_ist_timers[FSM_IST_N_TIMERS];
extern const struct fsm_action_info fsm_ist_actions[FSM_IST_N_ACTIONS];
extern const struct fsm_ist_row fsm_ist_rows[FSM_IST_N_ROWS];

/* The row for (state, event) under the given guard bits, or NULL when
 * state is final (no event applies) or out of range. Pure: no allocation,
 * no I/O, no global state. */
const struct fsm_ist_row *fsm_ist_step(enum fsm_ist_state state, enum fsm_ist_event event,
                                    uint32_t guards);

#endif
