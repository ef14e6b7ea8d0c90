/* Generated from fsm/inv_uac.fsm by fsmc 1 - do not edit; run `make regen`. */
/* inv_uac: INVITE session, caller - RFC 3261 §9.1, §13.2, §14, §15; RFC 4028 §10
 *
 * fsm_inv_uac_step(state, event, guards) returns the row that applies: its kind,
 * next state and ordered actions. The runtime runs the actions; it never
 * decides the next state itself. */
#ifndef FSIP_FSM_INV_UAC_H
#define FSIP_FSM_INV_UAC_H

#include "fsm_common.h"

enum fsm_inv_uac_state {
    FSM_INV_UAC_IDLE, /* initial */
    FSM_INV_UAC_CALLING,
    FSM_INV_UAC_PROCEEDING,
    FSM_INV_UAC_CANCEL_PENDING,
    FSM_INV_UAC_CANCELLING,
    FSM_INV_UAC_CONFIRMED,
    FSM_INV_UAC_REINV_OUT,
    FSM_INV_UAC_REINV_WAIT,
    FSM_INV_UAC_REINV_IN,
    FSM_INV_UAC_REINV_IN_ACK,
    FSM_INV_UAC_TERMINATING,
    FSM_INV_UAC_TERMINATED, /* final */
    FSM_INV_UAC_N_STATES
};
#define FSM_INV_UAC_INITIAL FSM_INV_UAC_IDLE

enum fsm_inv_uac_event {
    FSM_INV_UAC_EV_APP_INVITE,
    FSM_INV_UAC_EV_APP_CANCEL,
    FSM_INV_UAC_EV_APP_BYE,
    FSM_INV_UAC_EV_APP_REINVITE,
    FSM_INV_UAC_EV_APP_ACCEPT,
    FSM_INV_UAC_EV_APP_REJECT,
    FSM_INV_UAC_EV_R1XX,
    FSM_INV_UAC_EV_R2XX,
    FSM_INV_UAC_EV_R3XX_6XX,
    FSM_INV_UAC_EV_TXN_TIMEOUT,
    FSM_INV_UAC_EV_RE_2XX,
    FSM_INV_UAC_EV_RE_491,
    FSM_INV_UAC_EV_RE_500,
    FSM_INV_UAC_EV_RE_481,
    FSM_INV_UAC_EV_RE_TIMEOUT,
    FSM_INV_UAC_EV_RE_FAILURE,
    FSM_INV_UAC_EV_RE_2XX_AGAIN,
    FSM_INV_UAC_EV_R_RETRY,
    FSM_INV_UAC_EV_RE_AUTH,
    FSM_INV_UAC_EV_RX_REINVITE,
    FSM_INV_UAC_EV_RX_ACK,
    FSM_INV_UAC_EV_RX_CANCEL,
    FSM_INV_UAC_EV_RX_BYE,
    FSM_INV_UAC_EV_BYE_DONE,
    FSM_INV_UAC_EV_TIMER_C,
    FSM_INV_UAC_EV_TIMER_CANCEL,
    FSM_INV_UAC_EV_TIMER_GLARE,
    FSM_INV_UAC_EV_TIMER_RETRY,
    FSM_INV_UAC_EV_TIMER_RETX,
    FSM_INV_UAC_EV_TIMER_ACK,
    FSM_INV_UAC_EV_TIMER_ANSWER,
    FSM_INV_UAC_EV_TIMER_REFRESH,
    FSM_INV_UAC_EV_TIMER_EXPIRE,
    FSM_INV_UAC_EV_TIMER_REINV,
    FSM_INV_UAC_EV_ST_REFRESHED,
    FSM_INV_UAC_EV_DIALOG_GONE,
    FSM_INV_UAC_N_EVENTS
};

/* Guards: boolean inputs, passed to fsm_inv_uac_step() as a bit set. */
#define FSM_INV_UAC_G_SESSION_TIMER (1u << 0)
#define FSM_INV_UAC_G_REFRESHER (1u << 1)
#define FSM_INV_UAC_G_OFFER_BLOCKED (1u << 2)
#define FSM_INV_UAC_N_GUARDS 3

enum fsm_inv_uac_timer {
    FSM_INV_UAC_TIMER_C,
    FSM_INV_UAC_TIMER_CANCEL,
    FSM_INV_UAC_TIMER_GLARE,
    FSM_INV_UAC_TIMER_RETRY,
    FSM_INV_UAC_TIMER_RETX,
    FSM_INV_UAC_TIMER_ACK,
    FSM_INV_UAC_TIMER_ANSWER,
    FSM_INV_UAC_TIMER_REFRESH,
    FSM_INV_UAC_TIMER_EXPIRE,
    FSM_INV_UAC_TIMER_REINV,
    FSM_INV_UAC_N_TIMERS
};

enum fsm_inv_uac_action {
    FSM_INV_UAC_A_SEND_INVITE, /* send_invite */
    FSM_INV_UAC_A_SEND_CANCEL, /* send_cancel */
    FSM_INV_UAC_A_SEND_ACK, /* send_ack */
    FSM_INV_UAC_A_SEND_BYE, /* send_bye */
    FSM_INV_UAC_A_SEND_REINVITE, /* send_reinvite */
    FSM_INV_UAC_A_SEND_REFRESH, /* send_refresh */
    FSM_INV_UAC_A_REPLY_2XX, /* reply_2xx */
    FSM_INV_UAC_A_RESEND_2XX, /* resend_2xx */
    FSM_INV_UAC_A_REPLY_NON2XX, /* reply_non2xx */
    FSM_INV_UAC_A_REPLY_500, /* reply_500 */
    FSM_INV_UAC_A_REPLY_487, /* reply_487 */
    FSM_INV_UAC_A_REPLY_491, /* reply_491 */
    FSM_INV_UAC_A_REPLY_500_RETRY_AFTER, /* reply_500_retry_after */
    FSM_INV_UAC_A_REPLY_BYE_200, /* reply_bye_200 */
    FSM_INV_UAC_A_REPLY_481, /* reply_481 */
    FSM_INV_UAC_A_ABANDON_INVITE, /* abandon_invite */
    FSM_INV_UAC_A_TO_APP_PROGRESS, /* to_app_progress */
    FSM_INV_UAC_A_TO_APP_ANSWERED, /* to_app_answered */
    FSM_INV_UAC_A_TO_APP_FAILED, /* to_app_failed */
    FSM_INV_UAC_A_TO_APP_ENDED, /* to_app_ended */
    FSM_INV_UAC_A_TO_APP_REINVITE, /* to_app_reinvite */
    FSM_INV_UAC_A_TO_APP_REINVITE_DONE, /* to_app_reinvite_done */
    FSM_INV_UAC_A_TO_APP_REINVITE_FAILED, /* to_app_reinvite_failed */
    FSM_INV_UAC_A_SEND_INVITE_RETRY, /* send_invite_retry */
    FSM_INV_UAC_A_SEND_AUTH_RETRY, /* send_auth_retry */
    FSM_INV_UAC_A_START_C, /* start(c) */
    FSM_INV_UAC_A_STOP_C, /* stop(c) */
    FSM_INV_UAC_A_START_CANCEL, /* start(cancel) */
    FSM_INV_UAC_A_STOP_CANCEL, /* stop(cancel) */
    FSM_INV_UAC_A_START_GLARE, /* start(glare) */
    FSM_INV_UAC_A_STOP_GLARE, /* stop(glare) */
    FSM_INV_UAC_A_START_RETRY, /* start(retry) */
    FSM_INV_UAC_A_STOP_RETRY, /* stop(retry) */
    FSM_INV_UAC_A_START_RETX, /* start(retx) */
    FSM_INV_UAC_A_BACKOFF_RETX, /* backoff(retx) */
    FSM_INV_UAC_A_STOP_RETX, /* stop(retx) */
    FSM_INV_UAC_A_START_ACK, /* start(ack) */
    FSM_INV_UAC_A_STOP_ACK, /* stop(ack) */
    FSM_INV_UAC_A_START_ANSWER, /* start(answer) */
    FSM_INV_UAC_A_STOP_ANSWER, /* stop(answer) */
    FSM_INV_UAC_A_START_REFRESH, /* start(refresh) */
    FSM_INV_UAC_A_START_REFRESH_T2, /* start(refresh,T2) */
    FSM_INV_UAC_A_STOP_REFRESH, /* stop(refresh) */
    FSM_INV_UAC_A_START_EXPIRE, /* start(expire) */
    FSM_INV_UAC_A_STOP_EXPIRE, /* stop(expire) */
    FSM_INV_UAC_A_START_REINV, /* start(reinv) */
    FSM_INV_UAC_A_STOP_REINV, /* stop(reinv) */
    FSM_INV_UAC_N_ACTIONS
};

#define FSM_INV_UAC_N_ROWS 422
#define FSM_INV_UAC_MAX_ACTIONS 6

struct fsm_inv_uac_row {
    uint8_t state, event; /* enum fsm_inv_uac_state, enum fsm_inv_uac_event */
    uint8_t guard_mask;   /* the row applies when */
    uint8_t guard_value;  /* (guards & guard_mask) == guard_value */
    uint8_t kind;         /* enum fsm_kind */
    uint8_t next;         /* == state unless kind is FSM_GO */
    uint8_t n_actions;
    uint8_t actions[FSM_INV_UAC_MAX_ACTIONS]; /* enum fsm_inv_uac_action, in order */
    uint16_t line;        /* in fsm/inv_uac.fsm */
    const char *rfc;      /* section reference or NULL */
};

extern const char *const fsm_inv_uac_state_names[FSM_INV_UAC_N_STATES];
extern const char *const fsm_inv_uac_event_names[FSM_INV_UAC_N_EVENTS];
extern const char *const fsm_inv_uac_guard_names[FSM_INV_UAC_N_GUARDS];
extern const uint8_t fsm_inv_uac_is_final[FSM_INV_UAC_N_STATES];
extern const struct fsm_timer_info fsm_inv_uac_timers[FSM_INV_UAC_N_TIMERS];
extern const struct fsm_action_info fsm_inv_uac_actions[FSM_INV_UAC_N_ACTIONS];
extern const struct fsm_inv_uac_row fsm_inv_uac_rows[FSM_INV_UAC_N_ROWS];

/* The row for (state, event) under the given guard bits, or NULL when
 * state is final (no event applies) or out of range. Pure: no allocation,
 * no I/O, no global state. */
const struct fsm_inv_uac_row *fsm_inv_uac_step(enum fsm_inv_uac_state state, enum fsm_inv_uac_event event,
                                    uint32_t guards);

#endif
