/* Generated from fsm/refer_sub.fsm by fsmc 1 - do not edit; run `make regen`. */
/* refer_sub: REFER subscription, subscriber (transferor) - RFC 3515 §2.4; RFC 6665 §4.1; RFC 4488 §4
 *
 * The machine as Promela. A harness (tests/model/) defines, before the
 * process that steps the machine:
 *   inline refer_sub_do(a)     runs declared action a (REFER_SUB_A_*)
 *   inline refer_sub_error()   an `error` row was taken (normally assert(false))
 * and drives the machine with refer_sub_step(ev, guards) and, for timers,
 * refer_sub_fire(ev) when refer_sub_any_timer holds. A timer fires at most
 * REFER_SUB_FIRE_MAX_<T> times per run (the schedule that fits in the longest
 * timer; see docs/fsm/verification.md); a harness may #define it
 * lower, or as an expression, before including this file. */

#define REFER_SUB_REFER_SENT 0
#define REFER_SUB_ACCEPTED 1
#define REFER_SUB_ACTIVE 2
#define REFER_SUB_RESULT 3
#define REFER_SUB_TERMINATED 4
#define REFER_SUB_N_STATES 5

#define REFER_SUB_EV_RX_2XX 0
#define REFER_SUB_EV_RX_2XX_NOSUB 1
#define REFER_SUB_EV_RX_FAILURE 2
#define REFER_SUB_EV_RX_NOTIFY 3
#define REFER_SUB_EV_RX_NOTIFY_FINAL 4
#define REFER_SUB_EV_RX_NOTIFY_TERM_FINAL 5
#define REFER_SUB_EV_RX_NOTIFY_TERM 6
#define REFER_SUB_EV_DIALOG_ENDED 7
#define REFER_SUB_EV_TIMER_N 8
#define REFER_SUB_EV_TIMER_EXPIRES 9

#define REFER_SUB_A_REPLY_200 0
#define REFER_SUB_A_TO_APP_ACCEPTED 1
#define REFER_SUB_A_TO_APP_PROGRESS 2
#define REFER_SUB_A_TO_APP_RESULT 3
#define REFER_SUB_A_TO_APP_NO_RESULT 4
#define REFER_SUB_A_TO_APP_REFER_FAILED 5
#define REFER_SUB_A_TO_APP_NO_SUB 6
#define REFER_SUB_A_TO_APP_TIMEOUT 7
#define REFER_SUB_A_TO_APP_GONE 8

#define REFER_SUB_T_N 0
#ifndef REFER_SUB_FIRE_MAX_N
#define REFER_SUB_FIRE_MAX_N 7
#endif
#define REFER_SUB_T_EXPIRES 1
#ifndef REFER_SUB_FIRE_MAX_EXPIRES
#define REFER_SUB_FIRE_MAX_EXPIRES 1
#endif

#define REFER_SUB_FINAL(s) ((s) == REFER_SUB_TERMINATED)

byte refer_sub_state = REFER_SUB_REFER_SENT;
bool refer_sub_timer_on[2];
byte refer_sub_fired[2];
short refer_sub_line; /* spec line of the last row taken, for traces */

#define refer_sub_ready(t, max) (refer_sub_timer_on[t] && refer_sub_fired[t] < max)
#define refer_sub_any_timer (false || refer_sub_ready(REFER_SUB_T_N, REFER_SUB_FIRE_MAX_N) || refer_sub_ready(REFER_SUB_T_EXPIRES, REFER_SUB_FIRE_MAX_EXPIRES))

/* Fires one running timer: ev becomes its event. */
inline refer_sub_fire(ev) {
    if
    :: refer_sub_ready(REFER_SUB_T_N, REFER_SUB_FIRE_MAX_N) ->
        refer_sub_timer_on[REFER_SUB_T_N] = false; refer_sub_fired[REFER_SUB_T_N]++; ev = REFER_SUB_EV_TIMER_N
    :: refer_sub_ready(REFER_SUB_T_EXPIRES, REFER_SUB_FIRE_MAX_EXPIRES) ->
        refer_sub_timer_on[REFER_SUB_T_EXPIRES] = false; refer_sub_fired[REFER_SUB_T_EXPIRES]++; ev = REFER_SUB_EV_TIMER_EXPIRES
    fi
}

/* One transition: the row of (refer_sub_state, ev) under guard bits g. */
inline refer_sub_step(ev, g) {
    if
    :: refer_sub_state == REFER_SUB_REFER_SENT && ev == REFER_SUB_EV_RX_2XX -> /* to_app_accepted start(n) */
        refer_sub_line = 58;
        refer_sub_do(REFER_SUB_A_TO_APP_ACCEPTED);
        refer_sub_timer_on[REFER_SUB_T_N] = true;
        refer_sub_state = REFER_SUB_ACCEPTED
    :: refer_sub_state == REFER_SUB_REFER_SENT && ev == REFER_SUB_EV_RX_2XX_NOSUB -> /* to_app_accepted to_app_no_sub */
        refer_sub_line = 59;
        refer_sub_do(REFER_SUB_A_TO_APP_ACCEPTED);
        refer_sub_do(REFER_SUB_A_TO_APP_NO_SUB);
        refer_sub_state = REFER_SUB_TERMINATED
    :: refer_sub_state == REFER_SUB_REFER_SENT && ev == REFER_SUB_EV_RX_FAILURE -> /* to_app_refer_failed */
        refer_sub_line = 60;
        refer_sub_do(REFER_SUB_A_TO_APP_REFER_FAILED);
        refer_sub_state = REFER_SUB_TERMINATED
    :: refer_sub_state == REFER_SUB_REFER_SENT && ev == REFER_SUB_EV_RX_NOTIFY -> /* reply_200 to_app_progress start(expires) */
        refer_sub_line = 62;
        refer_sub_do(REFER_SUB_A_REPLY_200);
        refer_sub_do(REFER_SUB_A_TO_APP_PROGRESS);
        refer_sub_timer_on[REFER_SUB_T_EXPIRES] = true;
        refer_sub_state = REFER_SUB_ACTIVE
    :: refer_sub_state == REFER_SUB_REFER_SENT && ev == REFER_SUB_EV_RX_NOTIFY_FINAL -> /* reply_200 to_app_result start(expires) */
        refer_sub_line = 63;
        refer_sub_do(REFER_SUB_A_REPLY_200);
        refer_sub_do(REFER_SUB_A_TO_APP_RESULT);
        refer_sub_timer_on[REFER_SUB_T_EXPIRES] = true;
        refer_sub_state = REFER_SUB_RESULT
    :: refer_sub_state == REFER_SUB_REFER_SENT && ev == REFER_SUB_EV_RX_NOTIFY_TERM_FINAL -> /* reply_200 to_app_result */
        refer_sub_line = 64;
        refer_sub_do(REFER_SUB_A_REPLY_200);
        refer_sub_do(REFER_SUB_A_TO_APP_RESULT);
        refer_sub_state = REFER_SUB_TERMINATED
    :: refer_sub_state == REFER_SUB_REFER_SENT && ev == REFER_SUB_EV_RX_NOTIFY_TERM -> /* reply_200 to_app_no_result */
        refer_sub_line = 65;
        refer_sub_do(REFER_SUB_A_REPLY_200);
        refer_sub_do(REFER_SUB_A_TO_APP_NO_RESULT);
        refer_sub_state = REFER_SUB_TERMINATED
    :: refer_sub_state == REFER_SUB_REFER_SENT && ev == REFER_SUB_EV_DIALOG_ENDED -> /* to_app_gone */
        refer_sub_line = 66;
        refer_sub_do(REFER_SUB_A_TO_APP_GONE);
        refer_sub_state = REFER_SUB_TERMINATED
    :: refer_sub_state == REFER_SUB_REFER_SENT && ev == REFER_SUB_EV_TIMER_N -> /* error */
        refer_sub_line = 67;
        refer_sub_error()
    :: refer_sub_state == REFER_SUB_REFER_SENT && ev == REFER_SUB_EV_TIMER_EXPIRES -> /* error */
        refer_sub_line = 67;
        refer_sub_error()
    :: refer_sub_state == REFER_SUB_ACCEPTED && ev == REFER_SUB_EV_RX_2XX -> /* error */
        refer_sub_line = 77;
        refer_sub_error()
    :: refer_sub_state == REFER_SUB_ACCEPTED && ev == REFER_SUB_EV_RX_2XX_NOSUB -> /* error */
        refer_sub_line = 77;
        refer_sub_error()
    :: refer_sub_state == REFER_SUB_ACCEPTED && ev == REFER_SUB_EV_RX_FAILURE -> /* error */
        refer_sub_line = 77;
        refer_sub_error()
    :: refer_sub_state == REFER_SUB_ACCEPTED && ev == REFER_SUB_EV_RX_NOTIFY -> /* reply_200 stop(n) to_app_progress start(expires) */
        refer_sub_line = 70;
        refer_sub_do(REFER_SUB_A_REPLY_200);
        refer_sub_timer_on[REFER_SUB_T_N] = false;
        refer_sub_do(REFER_SUB_A_TO_APP_PROGRESS);
        refer_sub_timer_on[REFER_SUB_T_EXPIRES] = true;
        refer_sub_state = REFER_SUB_ACTIVE
    :: refer_sub_state == REFER_SUB_ACCEPTED && ev == REFER_SUB_EV_RX_NOTIFY_FINAL -> /* reply_200 stop(n) to_app_result start(expires) */
        refer_sub_line = 71;
        refer_sub_do(REFER_SUB_A_REPLY_200);
        refer_sub_timer_on[REFER_SUB_T_N] = false;
        refer_sub_do(REFER_SUB_A_TO_APP_RESULT);
        refer_sub_timer_on[REFER_SUB_T_EXPIRES] = true;
        refer_sub_state = REFER_SUB_RESULT
    :: refer_sub_state == REFER_SUB_ACCEPTED && ev == REFER_SUB_EV_RX_NOTIFY_TERM_FINAL -> /* reply_200 stop(n) to_app_result */
        refer_sub_line = 72;
        refer_sub_do(REFER_SUB_A_REPLY_200);
        refer_sub_timer_on[REFER_SUB_T_N] = false;
        refer_sub_do(REFER_SUB_A_TO_APP_RESULT);
        refer_sub_state = REFER_SUB_TERMINATED
    :: refer_sub_state == REFER_SUB_ACCEPTED && ev == REFER_SUB_EV_RX_NOTIFY_TERM -> /* reply_200 stop(n) to_app_no_result */
        refer_sub_line = 73;
        refer_sub_do(REFER_SUB_A_REPLY_200);
        refer_sub_timer_on[REFER_SUB_T_N] = false;
        refer_sub_do(REFER_SUB_A_TO_APP_NO_RESULT);
        refer_sub_state = REFER_SUB_TERMINATED
    :: refer_sub_state == REFER_SUB_ACCEPTED && ev == REFER_SUB_EV_DIALOG_ENDED -> /* stop(n) to_app_gone */
        refer_sub_line = 75;
        refer_sub_timer_on[REFER_SUB_T_N] = false;
        refer_sub_do(REFER_SUB_A_TO_APP_GONE);
        refer_sub_state = REFER_SUB_TERMINATED
    :: refer_sub_state == REFER_SUB_ACCEPTED && ev == REFER_SUB_EV_TIMER_N -> /* to_app_timeout */
        refer_sub_line = 74;
        refer_sub_do(REFER_SUB_A_TO_APP_TIMEOUT);
        refer_sub_state = REFER_SUB_TERMINATED
    :: refer_sub_state == REFER_SUB_ACCEPTED && ev == REFER_SUB_EV_TIMER_EXPIRES -> /* error */
        refer_sub_line = 78;
        refer_sub_error()
    :: refer_sub_state == REFER_SUB_ACTIVE && ev == REFER_SUB_EV_RX_2XX -> /* to_app_accepted */
        refer_sub_line = 89;
        refer_sub_do(REFER_SUB_A_TO_APP_ACCEPTED)
    :: refer_sub_state == REFER_SUB_ACTIVE && ev == REFER_SUB_EV_RX_2XX_NOSUB -> /* to_app_accepted */
        refer_sub_line = 89;
        refer_sub_do(REFER_SUB_A_TO_APP_ACCEPTED)
    :: refer_sub_state == REFER_SUB_ACTIVE && ev == REFER_SUB_EV_RX_FAILURE -> /* stop(expires) to_app_refer_failed */
        refer_sub_line = 91;
        refer_sub_timer_on[REFER_SUB_T_EXPIRES] = false;
        refer_sub_do(REFER_SUB_A_TO_APP_REFER_FAILED);
        refer_sub_state = REFER_SUB_TERMINATED
    :: refer_sub_state == REFER_SUB_ACTIVE && ev == REFER_SUB_EV_RX_NOTIFY -> /* reply_200 to_app_progress start(expires) */
        refer_sub_line = 81;
        refer_sub_do(REFER_SUB_A_REPLY_200);
        refer_sub_do(REFER_SUB_A_TO_APP_PROGRESS);
        refer_sub_timer_on[REFER_SUB_T_EXPIRES] = true
    :: refer_sub_state == REFER_SUB_ACTIVE && ev == REFER_SUB_EV_RX_NOTIFY_FINAL -> /* reply_200 to_app_result start(expires) */
        refer_sub_line = 82;
        refer_sub_do(REFER_SUB_A_REPLY_200);
        refer_sub_do(REFER_SUB_A_TO_APP_RESULT);
        refer_sub_timer_on[REFER_SUB_T_EXPIRES] = true;
        refer_sub_state = REFER_SUB_RESULT
    :: refer_sub_state == REFER_SUB_ACTIVE && ev == REFER_SUB_EV_RX_NOTIFY_TERM_FINAL -> /* reply_200 stop(expires) to_app_result */
        refer_sub_line = 83;
        refer_sub_do(REFER_SUB_A_REPLY_200);
        refer_sub_timer_on[REFER_SUB_T_EXPIRES] = false;
        refer_sub_do(REFER_SUB_A_TO_APP_RESULT);
        refer_sub_state = REFER_SUB_TERMINATED
    :: refer_sub_state == REFER_SUB_ACTIVE && ev == REFER_SUB_EV_RX_NOTIFY_TERM -> /* reply_200 stop(expires) to_app_no_result */
        refer_sub_line = 84;
        refer_sub_do(REFER_SUB_A_REPLY_200);
        refer_sub_timer_on[REFER_SUB_T_EXPIRES] = false;
        refer_sub_do(REFER_SUB_A_TO_APP_NO_RESULT);
        refer_sub_state = REFER_SUB_TERMINATED
    :: refer_sub_state == REFER_SUB_ACTIVE && ev == REFER_SUB_EV_DIALOG_ENDED -> /* stop(expires) to_app_gone */
        refer_sub_line = 86;
        refer_sub_timer_on[REFER_SUB_T_EXPIRES] = false;
        refer_sub_do(REFER_SUB_A_TO_APP_GONE);
        refer_sub_state = REFER_SUB_TERMINATED
    :: refer_sub_state == REFER_SUB_ACTIVE && ev == REFER_SUB_EV_TIMER_N -> /* error */
        refer_sub_line = 92;
        refer_sub_error()
    :: refer_sub_state == REFER_SUB_ACTIVE && ev == REFER_SUB_EV_TIMER_EXPIRES -> /* to_app_timeout */
        refer_sub_line = 85;
        refer_sub_do(REFER_SUB_A_TO_APP_TIMEOUT);
        refer_sub_state = REFER_SUB_TERMINATED
    :: refer_sub_state == REFER_SUB_RESULT && ev == REFER_SUB_EV_RX_2XX -> /* ignore */
        refer_sub_line = 101
    :: refer_sub_state == REFER_SUB_RESULT && ev == REFER_SUB_EV_RX_2XX_NOSUB -> /* ignore */
        refer_sub_line = 101
    :: refer_sub_state == REFER_SUB_RESULT && ev == REFER_SUB_EV_RX_FAILURE -> /* stop(expires) */
        refer_sub_line = 102;
        refer_sub_timer_on[REFER_SUB_T_EXPIRES] = false;
        refer_sub_state = REFER_SUB_TERMINATED
    :: refer_sub_state == REFER_SUB_RESULT && ev == REFER_SUB_EV_RX_NOTIFY -> /* reply_200 start(expires) */
        refer_sub_line = 97;
        refer_sub_do(REFER_SUB_A_REPLY_200);
        refer_sub_timer_on[REFER_SUB_T_EXPIRES] = true
    :: refer_sub_state == REFER_SUB_RESULT && ev == REFER_SUB_EV_RX_NOTIFY_FINAL -> /* reply_200 start(expires) */
        refer_sub_line = 97;
        refer_sub_do(REFER_SUB_A_REPLY_200);
        refer_sub_timer_on[REFER_SUB_T_EXPIRES] = true
    :: refer_sub_state == REFER_SUB_RESULT && ev == REFER_SUB_EV_RX_NOTIFY_TERM_FINAL -> /* reply_200 stop(expires) */
        refer_sub_line = 98;
        refer_sub_do(REFER_SUB_A_REPLY_200);
        refer_sub_timer_on[REFER_SUB_T_EXPIRES] = false;
        refer_sub_state = REFER_SUB_TERMINATED
    :: refer_sub_state == REFER_SUB_RESULT && ev == REFER_SUB_EV_RX_NOTIFY_TERM -> /* reply_200 stop(expires) */
        refer_sub_line = 98;
        refer_sub_do(REFER_SUB_A_REPLY_200);
        refer_sub_timer_on[REFER_SUB_T_EXPIRES] = false;
        refer_sub_state = REFER_SUB_TERMINATED
    :: refer_sub_state == REFER_SUB_RESULT && ev == REFER_SUB_EV_DIALOG_ENDED -> /* stop(expires) */
        refer_sub_line = 100;
        refer_sub_timer_on[REFER_SUB_T_EXPIRES] = false;
        refer_sub_state = REFER_SUB_TERMINATED
    :: refer_sub_state == REFER_SUB_RESULT && ev == REFER_SUB_EV_TIMER_N -> /* error */
        refer_sub_line = 103;
        refer_sub_error()
    :: refer_sub_state == REFER_SUB_RESULT && ev == REFER_SUB_EV_TIMER_EXPIRES -> /*  */
        refer_sub_line = 99;
        refer_sub_state = REFER_SUB_TERMINATED
    fi
}
