/* Generated from fsm/offer_answer.fsm by fsmc 1 - do not edit; run `make regen`. */
/* offer_answer: offer/answer state of a dialog - RFC 3261 §13.2.1, §14; RFC 3262 §5; RFC 3311 §5; RFC 6337 §2
 *
 * fsm_offer_answer_step(state, event, guards) returns the row that applies: its kind,
 * next state and ordered actions. The runtime runs the actions; it never
 * decides the next state itself. */
#ifndef FSIP_FSM_OFFER_ANSWER_H
#define FSIP_FSM_OFFER_ANSWER_H

#include "fsm_common.h"

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
    FSM_OFFER_ANSWER_EV_RX_2XX_NOSDP,
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
#define FSM_OFFER_ANSWER_G_REL_SDP (1u << 1)
#define FSM_OFFER_ANSWER_N_GUARDS 2

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

#define FSM_OFFER_ANSWER_N_ROWS 394
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
