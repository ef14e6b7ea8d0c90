/* Generated from fsm/rel1xx_uas.fsm by fsmc 1 - do not edit; run `make regen`. */
/* rel1xx_uas: reliable provisional responses, UAS - RFC 3262 §3, §5
 *
 * fsm_rel1xx_uas_step(state, event, guards) returns the row that applies: its kind,
 * next state and ordered actions. The runtime runs the actions; it never
 * decides the next state itself. */
#ifndef FSIP_FSM_REL1XX_UAS_H
#define FSIP_FSM_REL1XX_UAS_H

#include "fsm_common.h"

enum fsm_rel1xx_uas_state {
    FSM_REL1XX_UAS_IDLE, /* initial */
    FSM_REL1XX_UAS_UNACKED,
    FSM_REL1XX_UAS_FINAL_PENDING,
    FSM_REL1XX_UAS_ACKED,
    FSM_REL1XX_UAS_FINISHED,
    FSM_REL1XX_UAS_TERMINATED, /* final */
    FSM_REL1XX_UAS_N_STATES
};
#define FSM_REL1XX_UAS_INITIAL FSM_REL1XX_UAS_IDLE

enum fsm_rel1xx_uas_event {
    FSM_REL1XX_UAS_EV_APP_REL1XX,
    FSM_REL1XX_UAS_EV_PRACK_MATCH,
    FSM_REL1XX_UAS_EV_PRACK_NOMATCH,
    FSM_REL1XX_UAS_EV_APP_2XX,
    FSM_REL1XX_UAS_EV_APP_FINAL,
    FSM_REL1XX_UAS_EV_TXN_ENDED,
    FSM_REL1XX_UAS_EV_TIMER_RETX,
    FSM_REL1XX_UAS_EV_TIMER_GIVEUP,
    FSM_REL1XX_UAS_N_EVENTS
};

/* Guards: boolean inputs, passed to fsm_rel1xx_uas_step() as a bit set. */
#define FSM_REL1XX_UAS_G_QUEUED (1u << 0)
#define FSM_REL1XX_UAS_G_UNACKED_SDP (1u << 1)
#define FSM_REL1XX_UAS_G_OFFER (1u << 2)
#define FSM_REL1XX_UAS_N_GUARDS 3

enum fsm_rel1xx_uas_timer {
    FSM_REL1XX_UAS_TIMER_RETX,
    FSM_REL1XX_UAS_TIMER_GIVEUP,
    FSM_REL1XX_UAS_N_TIMERS
};

enum fsm_rel1xx_uas_action {
    FSM_REL1XX_UAS_A_SEND_1XX, /* send_1xx */
    FSM_REL1XX_UAS_A_QUEUE_1XX, /* queue_1xx */
    FSM_REL1XX_UAS_A_SEND_QUEUED, /* send_queued */
    FSM_REL1XX_UAS_A_DROP_QUEUED, /* drop_queued */
    FSM_REL1XX_UAS_A_RETRANSMIT_1XX, /* retransmit_1xx */
    FSM_REL1XX_UAS_A_REPLY_PRACK_2XX, /* reply_prack_2xx */
    FSM_REL1XX_UAS_A_PRACK_HELD, /* prack_held */
    FSM_REL1XX_UAS_A_REPLY_PRACK_481, /* reply_prack_481 */
    FSM_REL1XX_UAS_A_TO_APP_PRACK, /* to_app_prack */
    FSM_REL1XX_UAS_A_SEND_2XX, /* send_2xx */
    FSM_REL1XX_UAS_A_HOLD_2XX, /* hold_2xx */
    FSM_REL1XX_UAS_A_SEND_FINAL, /* send_final */
    FSM_REL1XX_UAS_A_REJECT_5XX, /* reject_5xx */
    FSM_REL1XX_UAS_A_TO_APP_TIMEOUT, /* to_app_timeout */
    FSM_REL1XX_UAS_A_START_RETX, /* start(retx) */
    FSM_REL1XX_UAS_A_BACKOFF_RETX, /* backoff(retx) */
    FSM_REL1XX_UAS_A_STOP_RETX, /* stop(retx) */
    FSM_REL1XX_UAS_A_START_GIVEUP, /* start(giveup) */
    FSM_REL1XX_UAS_A_STOP_GIVEUP, /* stop(giveup) */
    FSM_REL1XX_UAS_N_ACTIONS
};

#define FSM_REL1XX_UAS_N_ROWS 46
#define FSM_REL1XX_UAS_MAX_ACTIONS 5

struct fsm_rel1xx_uas_row {
    uint8_t state, event; /* enum fsm_rel1xx_uas_state, enum fsm_rel1xx_uas_event */
    uint8_t guard_mask;   /* the row applies when */
    uint8_t guard_value;  /* (guards & guard_mask) == guard_value */
    uint8_t kind;         /* enum fsm_kind */
    uint8_t next;         /* == state unless kind is FSM_GO */
    uint8_t n_actions;
    uint8_t actions[FSM_REL1XX_UAS_MAX_ACTIONS]; /* enum fsm_rel1xx_uas_action, in order */
    uint16_t line;        /* in fsm/rel1xx_uas.fsm */
    const char *rfc;      /* section reference or NULL */
};

extern const char *const fsm_rel1xx_uas_state_names[FSM_REL1XX_UAS_N_STATES];
extern const char *const fsm_rel1xx_uas_event_names[FSM_REL1XX_UAS_N_EVENTS];
extern const char *const fsm_rel1xx_uas_guard_names[FSM_REL1XX_UAS_N_GUARDS];
extern const uint8_t fsm_rel1xx_uas_is_final[FSM_REL1XX_UAS_N_STATES];
extern const struct fsm_timer_info fsm_rel1xx_uas_timers[FSM_REL1XX_UAS_N_TIMERS];
extern const struct fsm_action_info fsm_rel1xx_uas_actions[FSM_REL1XX_UAS_N_ACTIONS];
extern const struct fsm_rel1xx_uas_row fsm_rel1xx_uas_rows[FSM_REL1XX_UAS_N_ROWS];

/* The row for (state, event) under the given guard bits, or NULL when
 * state is final (no event applies) or out of range. Pure: no allocation,
 * no I/O, no global state. */
const struct fsm_rel1xx_uas_row *fsm_rel1xx_uas_step(enum fsm_rel1xx_uas_state state, enum fsm_rel1xx_uas_event event,
                                    uint32_t guards);

#endif
