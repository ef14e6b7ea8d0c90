/* Generated from fsm/refer_notify.fsm by fsmc 1 - do not edit; run `make regen`. */
/* refer_notify: REFER subscription, notifier (transferee) - RFC 3515 §2.4; RFC 6665 §4.2; RFC 4488 §4
 *
 * fsm_refer_notify_step(state, event, guards) returns the row that applies: its kind,
 * next state and ordered actions. The runtime runs the actions; it never
 * decides the next state itself. */
#ifndef FSIP_FSM_REFER_NOTIFY_H
#define FSIP_FSM_REFER_NOTIFY_H

#include "fsm_common.h"

enum fsm_refer_notify_state {
    FSM_REFER_NOTIFY_NEW, /* initial */
    FSM_REFER_NOTIFY_ACTIVE,
    FSM_REFER_NOTIFY_BUSY,
    FSM_REFER_NOTIFY_QUEUED,
    FSM_REFER_NOTIFY_FINAL_QUEUED,
    FSM_REFER_NOTIFY_FINAL_SENT,
    FSM_REFER_NOTIFY_TERMINATED, /* final */
    FSM_REFER_NOTIFY_N_STATES
};
#define FSM_REFER_NOTIFY_INITIAL FSM_REFER_NOTIFY_NEW

enum fsm_refer_notify_event {
    FSM_REFER_NOTIFY_EV_APP_ACCEPT,
    FSM_REFER_NOTIFY_EV_APP_ACCEPT_NOSUB,
    FSM_REFER_NOTIFY_EV_APP_REJECT,
    FSM_REFER_NOTIFY_EV_CALL_PROGRESS,
    FSM_REFER_NOTIFY_EV_CALL_FINAL,
    FSM_REFER_NOTIFY_EV_NOTIFY_DONE,
    FSM_REFER_NOTIFY_EV_NOTIFY_GONE,
    FSM_REFER_NOTIFY_EV_DIALOG_ENDED,
    FSM_REFER_NOTIFY_EV_TIMER_EXPIRES,
    FSM_REFER_NOTIFY_N_EVENTS
};

/* Guards: boolean inputs, passed to fsm_refer_notify_step() as a bit set. */
#define FSM_REFER_NOTIFY_N_GUARDS 0

enum fsm_refer_notify_timer {
    FSM_REFER_NOTIFY_TIMER_EXPIRES,
    FSM_REFER_NOTIFY_N_TIMERS
};

enum fsm_refer_notify_action {
    FSM_REFER_NOTIFY_A_REPLY_202, /* reply_202 */
    FSM_REFER_NOTIFY_A_REPLY_REJECT, /* reply_reject */
    FSM_REFER_NOTIFY_A_START_CALL, /* start_call */
    FSM_REFER_NOTIFY_A_SEND_NOTIFY, /* send_notify */
    FSM_REFER_NOTIFY_A_SEND_FINAL, /* send_final */
    FSM_REFER_NOTIFY_A_TO_APP_DONE, /* to_app_done */
    FSM_REFER_NOTIFY_A_START_EXPIRES, /* start(expires) */
    FSM_REFER_NOTIFY_A_STOP_EXPIRES, /* stop(expires) */
    FSM_REFER_NOTIFY_N_ACTIONS
};

#define FSM_REFER_NOTIFY_N_ROWS 54
#define FSM_REFER_NOTIFY_MAX_ACTIONS 4

struct fsm_refer_notify_row {
    uint8_t state, event; /* enum fsm_refer_notify_state, enum fsm_refer_notify_event */
    uint8_t guard_mask;   /* the row applies when */
    uint8_t guard_value;  /* (guards & guard_mask) == guard_value */
    uint8_t kind;         /* enum fsm_kind */
    uint8_t next;         /* == state unless kind is FSM_GO */
    uint8_t n_actions;
    uint8_t actions[FSM_REFER_NOTIFY_MAX_ACTIONS]; /* enum fsm_refer_notify_action, in order */
    uint16_t line;        /* in fsm/refer_notify.fsm */
    const char *rfc;      /* section reference or NULL */
};

extern const char *const fsm_refer_notify_state_names[FSM_REFER_NOTIFY_N_STATES];
extern const char *const fsm_refer_notify_event_names[FSM_REFER_NOTIFY_N_EVENTS];
extern const uint8_t fsm_refer_notify_is_final[FSM_REFER_NOTIFY_N_STATES];
extern const struct fsm_timer_info fsm_refer_notify_timers[FSM_REFER_NOTIFY_N_TIMERS];
extern const struct fsm_action_info fsm_refer_notify_actions[FSM_REFER_NOTIFY_N_ACTIONS];
extern const struct fsm_refer_notify_row fsm_refer_notify_rows[FSM_REFER_NOTIFY_N_ROWS];

/* The row for (state, event) under the given guard bits, or NULL when
 * state is final (no event applies) or out of range. Pure: no allocation,
 * no I/O, no global state. */
const struct fsm_refer_notify_row *fsm_refer_notify_step(enum fsm_refer_notify_state state, enum fsm_refer_notify_event event,
                                    uint32_t guards);

#endif
