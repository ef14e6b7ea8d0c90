/* Generated from fsm/dialog.fsm by fsmc 1 - do not edit; run `make regen`. */
/* dialog: dialog and its usages - RFC 3261 §12; RFC 5057 §4, §5.1
 *
 * fsm_dialog_step(state, event, guards) returns the row that applies: its kind,
 * next state and ordered actions. The runtime runs the actions; it never
 * decides the next state itself. */
#ifndef FSIP_FSM_DIALOG_H
#define FSIP_FSM_DIALOG_H

#include "fsm_common.h"

enum fsm_dialog_state {
    FSM_DIALOG_NONE, /* initial */
    FSM_DIALOG_EARLY,
    FSM_DIALOG_CONFIRMED,
    FSM_DIALOG_TERMINATED, /* final */
    FSM_DIALOG_N_STATES
};
#define FSM_DIALOG_INITIAL FSM_DIALOG_NONE

enum fsm_dialog_event {
    FSM_DIALOG_EV_EARLY_RESPONSE,
    FSM_DIALOG_EV_CONFIRM_RESPONSE,
    FSM_DIALOG_EV_FAILURE_RESPONSE,
    FSM_DIALOG_EV_EARLY_ENDED,
    FSM_DIALOG_EV_USAGE_ADDED,
    FSM_DIALOG_EV_USAGE_ENDED,
    FSM_DIALOG_EV_BYE_SENT,
    FSM_DIALOG_EV_BYE_RECEIVED,
    FSM_DIALOG_EV_USAGE_FAILURE,
    FSM_DIALOG_EV_DIALOG_FAILURE,
    FSM_DIALOG_EV_END_ALL_GRACEFULLY,
    FSM_DIALOG_N_EVENTS
};

/* Guards: boolean inputs, passed to fsm_dialog_step() as a bit set. */
#define FSM_DIALOG_G_LAST_USAGE (1u << 0)
#define FSM_DIALOG_N_GUARDS 1

enum fsm_dialog_timer {
    FSM_DIALOG_N_TIMERS
};

enum fsm_dialog_action {
    FSM_DIALOG_A_CREATE_DIALOG, /* create_dialog */
    FSM_DIALOG_A_TO_APP_EARLY, /* to_app_early */
    FSM_DIALOG_A_TO_APP_CONFIRMED, /* to_app_confirmed */
    FSM_DIALOG_A_END_USAGE, /* end_usage */
    FSM_DIALOG_A_END_ALL_USAGES, /* end_all_usages */
    FSM_DIALOG_A_TO_APP_TERMINATED, /* to_app_terminated */
    FSM_DIALOG_A_TERMINATE_USAGES, /* terminate_usages */
    FSM_DIALOG_N_ACTIONS
};

#define FSM_DIALOG_N_ROWS 40
#define FSM_DIALOG_MAX_ACTIONS 2

struct fsm_dialog_row {
    uint8_t state, event; /* enum fsm_dialog_state, enum fsm_dialog_event */
    uint8_t guard_mask;   /* the row applies when */
    uint8_t guard_value;  /* (guards & guard_mask) == guard_value */
    uint8_t kind;         /* enum fsm_kind */
    uint8_t next;         /* == state unless kind is FSM_GO */
    uint8_t n_actions;
    uint8_t actions[FSM_DIALOG_MAX_ACTIONS]; /* enum fsm_dialog_action, in order */
    uint16_t line;        /* in fsm/dialog.fsm */
    const char *rfc;      /* section reference or NULL */
};

extern const char *const fsm_dialog_state_names[FSM_DIALOG_N_STATES];
extern const char *const fsm_dialog_event_names[FSM_DIALOG_N_EVENTS];
extern const char *const fsm_dialog_guard_names[FSM_DIALOG_N_GUARDS];
extern const uint8_t fsm_dialog_is_final[FSM_DIALOG_N_STATES];
extern const struct fsm_action_info fsm_dialog_actions[FSM_DIALOG_N_ACTIONS];
extern const struct fsm_dialog_row fsm_dialog_rows[FSM_DIALOG_N_ROWS];

/* The row for (state, event) under the given guard bits, or NULL when
 * state is final (no event applies) or out of range. Pure: no allocation,
 * no I/O, no global state. */
const struct fsm_dialog_row *fsm_dialog_step(enum fsm_dialog_state state, enum fsm_dialog_event event,
                                    uint32_t guards);

#endif
