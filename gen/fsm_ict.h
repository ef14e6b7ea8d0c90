/* Generated from fsm/ict.fsm by fsmc 1 - do not edit; run `make regen`. */
/* ict: INVITE client transaction - RFC 3261 §17.1.1, §17.1.4; RFC 6026 §7.2
 *
 * fsm_ict_step(state, event, guards) returns the row that applies: its kind,
 * next state and ordered actions. The runtime runs the actions; it never
 * decides the next state itself. */
#ifndef FSIP_FSM_ICT_H
#define FSIP_FSM_ICT_H

#include "fsm_common.h"

enum fsm_ict_state {
    FSM_ICT_IDLE, /* initial */
    FSM_ICT_CALLING,
    FSM_ICT_PROCEEDING,
    FSM_ICT_ACCEPTED,
    FSM_ICT_COMPLETED,
    FSM_ICT_TERMINATED, /* final */
    FSM_ICT_N_STATES
};
#define FSM_ICT_INITIAL FSM_ICT_IDLE

enum fsm_ict_event {
    FSM_ICT_EV_TU_INVITE,
    FSM_ICT_EV_R1XX,
    FSM_ICT_EV_R2XX,
    FSM_ICT_EV_R3XX_6XX,
    FSM_ICT_EV_TIMER_A,
    FSM_ICT_EV_TIMER_B,
    FSM_ICT_EV_TIMER_D,
    FSM_ICT_EV_TIMER_M,
    FSM_ICT_EV_TRANSPORT_ERROR,
    FSM_ICT_N_EVENTS
};

/* Guards: boolean inputs, passed to fsm_ict_step() as a bit set. */
#define FSM_ICT_G_RELIABLE (1u << 0)
#define FSM_ICT_N_GUARDS 1

enum fsm_ict_timer {
    FSM_ICT_TIMER_A,
    FSM_ICT_TIMER_B,
    FSM_ICT_TIMER_D,
    FSM_ICT_TIMER_M,
    FSM_ICT_N_TIMERS
};

enum fsm_ict_action {
    FSM_ICT_A_SEND_INVITE, /* send_invite */
    FSM_ICT_A_RETRANSMIT, /* retransmit */
    FSM_ICT_A_SEND_ACK, /* send_ack */
    FSM_ICT_A_TO_TU, /* to_tu */
    FSM_ICT_A_TIMEOUT_TO_TU, /* timeout_to_tu */
    FSM_ICT_A_ERROR_TO_TU, /* error_to_tu */
    FSM_ICT_A_START_A, /* start(a) */
    FSM_ICT_A_BACKOFF_A, /* backoff(a) */
    FSM_ICT_A_STOP_A, /* stop(a) */
    FSM_ICT_A_START_B, /* start(b) */
    FSM_ICT_A_STOP_B, /* stop(b) */
    FSM_ICT_A_START_D, /* start(d) */
    FSM_ICT_A_STOP_D, /* stop(d) */
    FSM_ICT_A_START_M, /* start(m) */
    FSM_ICT_N_ACTIONS
};

#define FSM_ICT_N_ROWS 47
#define FSM_ICT_MAX_ACTIONS 5

struct fsm_ict_row {
    uint8_t state, event; /* enum fsm_ict_state, enum fsm_ict_event */
    uint8_t guard_mask;   /* the row applies when */
    uint8_t guard_value;  /* (guards & guard_mask) == guard_value */
    uint8_t kind;         /* enum fsm_kind */
    uint8_t next;         /* == state unless kind is FSM_GO */
    uint8_t n_actions;
    uint8_t actions[FSM_ICT_MAX_ACTIONS]; /* enum fsm_ict_action, in order */
    uint16_t line;        /* in fsm/ict.fsm */
    const char *rfc;      /* section reference or NULL */
};

extern const char *const fsm_ict_state_names[FSM_ICT_N_STATES];
extern const char *const fsm_ict_event_names[FSM_ICT_N_EVENTS];
extern const char *const fsm_ict_guard_names[FSM_ICT_N_GUARDS];
extern const uint8_t fsm_ict_is_final[FSM_ICT_N_STATES];
extern const struct fsm_timer_info fsm_ict_timers[FSM_ICT_N_TIMERS];
extern const struct fsm_action_info fsm_ict_actions[FSM_ICT_N_ACTIONS];
extern const struct fsm_ict_row fsm_ict_rows[FSM_ICT_N_ROWS];

/* The row for (state, event) under the given guard bits, or NULL when
 * state is final (no event applies) or out of range. Pure: no allocation,
 * no I/O, no global state. */
const struct fsm_ict_row *fsm_ict_step(enum fsm_ict_state state, enum fsm_ict_event event,
                                    uint32_t guards);

#endif
