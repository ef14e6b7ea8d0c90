/* Generated from fsm/rel1xx_uac.fsm by fsmc 1 - do not edit; run `make regen`. */
/* rel1xx_uac: reliable provisional responses, UAC - RFC 3262 §4, §5 (errata 4603, 4604)
 *
 * fsm_rel1xx_uac_step(state, event, guards) returns the row that applies: its kind,
 * next state and ordered actions. The runtime runs the actions; it never
 * decides the next state itself. */
#ifndef FSIP_FSM_REL1XX_UAC_H
#define FSIP_FSM_REL1XX_UAC_H

#include "fsm_common.h"

enum fsm_rel1xx_uac_state {
    FSM_REL1XX_UAC_IDLE, /* initial */
    FSM_REL1XX_UAC_OPEN,
    FSM_REL1XX_UAC_DONE, /* final */
    FSM_REL1XX_UAC_N_STATES
};
#define FSM_REL1XX_UAC_INITIAL FSM_REL1XX_UAC_IDLE

enum fsm_rel1xx_uac_event {
    FSM_REL1XX_UAC_EV_REL1XX_NEXT,
    FSM_REL1XX_UAC_EV_REL1XX_AGAIN,
    FSM_REL1XX_UAC_EV_REL1XX_GAP,
    FSM_REL1XX_UAC_EV_FINAL_RESPONSE,
    FSM_REL1XX_UAC_EV_PRACK_REJECTED,
    FSM_REL1XX_UAC_N_EVENTS
};

/* Guards: boolean inputs, passed to fsm_rel1xx_uac_step() as a bit set. */
#define FSM_REL1XX_UAC_N_GUARDS 0

enum fsm_rel1xx_uac_timer {
    FSM_REL1XX_UAC_N_TIMERS
};

enum fsm_rel1xx_uac_action {
    FSM_REL1XX_UAC_A_ACCEPT_RSEQ, /* accept_rseq */
    FSM_REL1XX_UAC_A_TO_TU, /* to_tu */
    FSM_REL1XX_UAC_A_SEND_PRACK, /* send_prack */
    FSM_REL1XX_UAC_N_ACTIONS
};

#define FSM_REL1XX_UAC_N_ROWS 10
#define FSM_REL1XX_UAC_MAX_ACTIONS 3

struct fsm_rel1xx_uac_row {
    uint8_t state, event; /* enum fsm_rel1xx_uac_state, enum fsm_rel1xx_uac_event */
    uint8_t guard_mask;   /* the row applies when */
    uint8_t guard_value;  /* (guards & guard_mask) == guard_value */
    uint8_t kind;         /* enum fsm_kind */
    uint8_t next;         /* == state unless kind is FSM_GO */
    uint8_t n_actions;
    uint8_t actions[FSM_REL1XX_UAC_MAX_ACTIONS]; /* enum fsm_rel1xx_uac_action, in order */
    uint16_t line;        /* in fsm/rel1xx_uac.fsm */
    const char *rfc;      /* section reference or NULL */
};

extern const char *const fsm_rel1xx_uac_state_names[FSM_REL1XX_UAC_N_STATES];
extern const char *const fsm_rel1xx_uac_event_names[FSM_REL1XX_UAC_N_EVENTS];
extern const uint8_t fsm_rel1xx_uac_is_final[FSM_REL1XX_UAC_N_STATES];
extern const struct fsm_action_info fsm_rel1xx_uac_actions[FSM_REL1XX_UAC_N_ACTIONS];
extern const struct fsm_rel1xx_uac_row fsm_rel1xx_uac_rows[FSM_REL1XX_UAC_N_ROWS];

/* The row for (state, event) under the given guard bits, or NULL when
 * state is final (no event applies) or out of range. Pure: no allocation,
 * no I/O, no global state. */
const struct fsm_rel1xx_uac_row *fsm_rel1xx_uac_step(enum fsm_rel1xx_uac_state state, enum fsm_rel1xx_uac_event event,
                                    uint32_t guards);

#endif
