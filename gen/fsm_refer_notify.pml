/* Generated from fsm/refer_notify.fsm by fsmc 1 - do not edit; run `make regen`. */
/* refer_notify: REFER subscription, notifier (transferee) - RFC 3515 §2.4; RFC 6665 §4.2; RFC 4488 §4
 *
 * The machine as Promela. A harness (tests/model/) defines, before the
 * process that steps the machine:
 *   inline refer_notify_do(a)     runs declared action a (REFER_NOTIFY_A_*)
 *   inline refer_notify_error()   an `error` row was taken (normally assert(false))
 * and drives the machine with refer_notify_step(ev, guards) and, for timers,
 * refer_notify_fire(ev) when refer_notify_any_timer holds. A timer fires at most
 * REFER_NOTIFY_FIRE_MAX_<T> times per run (the schedule that fits in the longest
 * timer; see docs/fsm/verification.md); a harness may #define it
 * lower, or as an expression, before including this file. */

#define REFER_NOTIFY_NEW 0
#define REFER_NOTIFY_ACTIVE 1
#define REFER_NOTIFY_BUSY 2
#define REFER_NOTIFY_QUEUED 3
#define REFER_NOTIFY_FINAL_QUEUED 4
#define REFER_NOTIFY_FINAL_SENT 5
#define REFER_NOTIFY_TERMINATED 6
#define REFER_NOTIFY_N_STATES 7

#define REFER_NOTIFY_EV_APP_ACCEPT 0
#define REFER_NOTIFY_EV_APP_ACCEPT_NOSUB 1
#define REFER_NOTIFY_EV_APP_REJECT 2
#define REFER_NOTIFY_EV_CALL_PROGRESS 3
#define REFER_NOTIFY_EV_CALL_FINAL 4
#define REFER_NOTIFY_EV_NOTIFY_DONE 5
#define REFER_NOTIFY_EV_NOTIFY_GONE 6
#define REFER_NOTIFY_EV_DIALOG_ENDED 7
#define REFER_NOTIFY_EV_TIMER_EXPIRES 8

#define REFER_NOTIFY_A_REPLY_202 0
#define REFER_NOTIFY_A_REPLY_REJECT 1
#define REFER_NOTIFY_A_START_CALL 2
#define REFER_NOTIFY_A_SEND_NOTIFY 3
#define REFER_NOTIFY_A_SEND_FINAL 4
#define REFER_NOTIFY_A_TO_APP_DONE 5

#define REFER_NOTIFY_T_EXPIRES 0
#ifndef REFER_NOTIFY_FIRE_MAX_EXPIRES
#define REFER_NOTIFY_FIRE_MAX_EXPIRES 1
#endif

#define REFER_NOTIFY_FINAL(s) ((s) == REFER_NOTIFY_TERMINATED)

byte refer_notify_state = REFER_NOTIFY_NEW;
bool refer_notify_timer_on[1];
byte refer_notify_fired[1];
short refer_notify_line; /* spec line of the last row taken, for traces */

#define refer_notify_ready(t, max) (refer_notify_timer_on[t] && refer_notify_fired[t] < max)
#define refer_notify_any_timer (false || refer_notify_ready(REFER_NOTIFY_T_EXPIRES, REFER_NOTIFY_FIRE_MAX_EXPIRES))

/* Fires one running timer: ev becomes its event. */
inline refer_notify_fire(ev) {
    if
    :: refer_notify_ready(REFER_NOTIFY_T_EXPIRES, REFER_NOTIFY_FIRE_MAX_EXPIRES) ->
        refer_notify_timer_on[REFER_NOTIFY_T_EXPIRES] = false; refer_notify_fired[REFER_NOTIFY_T_EXPIRES]++; ev = REFER_NOTIFY_EV_TIMER_EXPIRES
    fi
}

/* One transition: the row of (refer_notify_state, ev) under guard bits g. */
inline refer_notify_step(ev, g) {
    if
    :: refer_notify_state == REFER_NOTIFY_NEW && ev == REFER_NOTIFY_EV_APP_ACCEPT -> /* reply_202 start(expires) send_notify start_call */
        refer_notify_line = 52;
        refer_notify_do(REFER_NOTIFY_A_REPLY_202);
        refer_notify_timer_on[REFER_NOTIFY_T_EXPIRES] = true;
        refer_notify_do(REFER_NOTIFY_A_SEND_NOTIFY);
        refer_notify_do(REFER_NOTIFY_A_START_CALL);
        refer_notify_state = REFER_NOTIFY_BUSY
    :: refer_notify_state == REFER_NOTIFY_NEW && ev == REFER_NOTIFY_EV_APP_ACCEPT_NOSUB -> /* reply_202 start_call to_app_done */
        refer_notify_line = 53;
        refer_notify_do(REFER_NOTIFY_A_REPLY_202);
        refer_notify_do(REFER_NOTIFY_A_START_CALL);
        refer_notify_do(REFER_NOTIFY_A_TO_APP_DONE);
        refer_notify_state = REFER_NOTIFY_TERMINATED
    :: refer_notify_state == REFER_NOTIFY_NEW && ev == REFER_NOTIFY_EV_APP_REJECT -> /* reply_reject to_app_done */
        refer_notify_line = 54;
        refer_notify_do(REFER_NOTIFY_A_REPLY_REJECT);
        refer_notify_do(REFER_NOTIFY_A_TO_APP_DONE);
        refer_notify_state = REFER_NOTIFY_TERMINATED
    :: refer_notify_state == REFER_NOTIFY_NEW && ev == REFER_NOTIFY_EV_CALL_PROGRESS -> /* error */
        refer_notify_line = 55;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_NEW && ev == REFER_NOTIFY_EV_CALL_FINAL -> /* error */
        refer_notify_line = 55;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_NEW && ev == REFER_NOTIFY_EV_NOTIFY_DONE -> /* error */
        refer_notify_line = 55;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_NEW && ev == REFER_NOTIFY_EV_NOTIFY_GONE -> /* error */
        refer_notify_line = 55;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_NEW && ev == REFER_NOTIFY_EV_DIALOG_ENDED -> /* error */
        refer_notify_line = 56;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_NEW && ev == REFER_NOTIFY_EV_TIMER_EXPIRES -> /* error */
        refer_notify_line = 56;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_ACTIVE && ev == REFER_NOTIFY_EV_APP_ACCEPT -> /* error */
        refer_notify_line = 94;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_ACTIVE && ev == REFER_NOTIFY_EV_APP_ACCEPT_NOSUB -> /* error */
        refer_notify_line = 94;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_ACTIVE && ev == REFER_NOTIFY_EV_APP_REJECT -> /* error */
        refer_notify_line = 94;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_ACTIVE && ev == REFER_NOTIFY_EV_CALL_PROGRESS -> /* send_notify */
        refer_notify_line = 59;
        refer_notify_do(REFER_NOTIFY_A_SEND_NOTIFY);
        refer_notify_state = REFER_NOTIFY_BUSY
    :: refer_notify_state == REFER_NOTIFY_ACTIVE && ev == REFER_NOTIFY_EV_CALL_FINAL -> /* stop(expires) send_final */
        refer_notify_line = 60;
        refer_notify_timer_on[REFER_NOTIFY_T_EXPIRES] = false;
        refer_notify_do(REFER_NOTIFY_A_SEND_FINAL);
        refer_notify_state = REFER_NOTIFY_FINAL_SENT
    :: refer_notify_state == REFER_NOTIFY_ACTIVE && ev == REFER_NOTIFY_EV_NOTIFY_DONE -> /* error */
        refer_notify_line = 63;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_ACTIVE && ev == REFER_NOTIFY_EV_NOTIFY_GONE -> /* error */
        refer_notify_line = 63;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_ACTIVE && ev == REFER_NOTIFY_EV_DIALOG_ENDED -> /* stop(expires) to_app_done */
        refer_notify_line = 62;
        refer_notify_timer_on[REFER_NOTIFY_T_EXPIRES] = false;
        refer_notify_do(REFER_NOTIFY_A_TO_APP_DONE);
        refer_notify_state = REFER_NOTIFY_TERMINATED
    :: refer_notify_state == REFER_NOTIFY_ACTIVE && ev == REFER_NOTIFY_EV_TIMER_EXPIRES -> /* send_final */
        refer_notify_line = 61;
        refer_notify_do(REFER_NOTIFY_A_SEND_FINAL);
        refer_notify_state = REFER_NOTIFY_FINAL_SENT
    :: refer_notify_state == REFER_NOTIFY_BUSY && ev == REFER_NOTIFY_EV_APP_ACCEPT -> /* error */
        refer_notify_line = 94;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_BUSY && ev == REFER_NOTIFY_EV_APP_ACCEPT_NOSUB -> /* error */
        refer_notify_line = 94;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_BUSY && ev == REFER_NOTIFY_EV_APP_REJECT -> /* error */
        refer_notify_line = 94;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_BUSY && ev == REFER_NOTIFY_EV_CALL_PROGRESS -> /*  */
        refer_notify_line = 68;
        refer_notify_state = REFER_NOTIFY_QUEUED
    :: refer_notify_state == REFER_NOTIFY_BUSY && ev == REFER_NOTIFY_EV_CALL_FINAL -> /* stop(expires) */
        refer_notify_line = 69;
        refer_notify_timer_on[REFER_NOTIFY_T_EXPIRES] = false;
        refer_notify_state = REFER_NOTIFY_FINAL_QUEUED
    :: refer_notify_state == REFER_NOTIFY_BUSY && ev == REFER_NOTIFY_EV_NOTIFY_DONE -> /*  */
        refer_notify_line = 66;
        refer_notify_state = REFER_NOTIFY_ACTIVE
    :: refer_notify_state == REFER_NOTIFY_BUSY && ev == REFER_NOTIFY_EV_NOTIFY_GONE -> /* stop(expires) to_app_done */
        refer_notify_line = 67;
        refer_notify_timer_on[REFER_NOTIFY_T_EXPIRES] = false;
        refer_notify_do(REFER_NOTIFY_A_TO_APP_DONE);
        refer_notify_state = REFER_NOTIFY_TERMINATED
    :: refer_notify_state == REFER_NOTIFY_BUSY && ev == REFER_NOTIFY_EV_DIALOG_ENDED -> /* stop(expires) to_app_done */
        refer_notify_line = 71;
        refer_notify_timer_on[REFER_NOTIFY_T_EXPIRES] = false;
        refer_notify_do(REFER_NOTIFY_A_TO_APP_DONE);
        refer_notify_state = REFER_NOTIFY_TERMINATED
    :: refer_notify_state == REFER_NOTIFY_BUSY && ev == REFER_NOTIFY_EV_TIMER_EXPIRES -> /*  */
        refer_notify_line = 70;
        refer_notify_state = REFER_NOTIFY_FINAL_QUEUED
    :: refer_notify_state == REFER_NOTIFY_QUEUED && ev == REFER_NOTIFY_EV_APP_ACCEPT -> /* error */
        refer_notify_line = 94;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_QUEUED && ev == REFER_NOTIFY_EV_APP_ACCEPT_NOSUB -> /* error */
        refer_notify_line = 94;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_QUEUED && ev == REFER_NOTIFY_EV_APP_REJECT -> /* error */
        refer_notify_line = 94;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_QUEUED && ev == REFER_NOTIFY_EV_CALL_PROGRESS -> /*  */
        refer_notify_line = 75
    :: refer_notify_state == REFER_NOTIFY_QUEUED && ev == REFER_NOTIFY_EV_CALL_FINAL -> /* stop(expires) */
        refer_notify_line = 76;
        refer_notify_timer_on[REFER_NOTIFY_T_EXPIRES] = false;
        refer_notify_state = REFER_NOTIFY_FINAL_QUEUED
    :: refer_notify_state == REFER_NOTIFY_QUEUED && ev == REFER_NOTIFY_EV_NOTIFY_DONE -> /* send_notify */
        refer_notify_line = 73;
        refer_notify_do(REFER_NOTIFY_A_SEND_NOTIFY);
        refer_notify_state = REFER_NOTIFY_BUSY
    :: refer_notify_state == REFER_NOTIFY_QUEUED && ev == REFER_NOTIFY_EV_NOTIFY_GONE -> /* stop(expires) to_app_done */
        refer_notify_line = 74;
        refer_notify_timer_on[REFER_NOTIFY_T_EXPIRES] = false;
        refer_notify_do(REFER_NOTIFY_A_TO_APP_DONE);
        refer_notify_state = REFER_NOTIFY_TERMINATED
    :: refer_notify_state == REFER_NOTIFY_QUEUED && ev == REFER_NOTIFY_EV_DIALOG_ENDED -> /* stop(expires) to_app_done */
        refer_notify_line = 78;
        refer_notify_timer_on[REFER_NOTIFY_T_EXPIRES] = false;
        refer_notify_do(REFER_NOTIFY_A_TO_APP_DONE);
        refer_notify_state = REFER_NOTIFY_TERMINATED
    :: refer_notify_state == REFER_NOTIFY_QUEUED && ev == REFER_NOTIFY_EV_TIMER_EXPIRES -> /*  */
        refer_notify_line = 77;
        refer_notify_state = REFER_NOTIFY_FINAL_QUEUED
    :: refer_notify_state == REFER_NOTIFY_FINAL_QUEUED && ev == REFER_NOTIFY_EV_APP_ACCEPT -> /* error */
        refer_notify_line = 94;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_FINAL_QUEUED && ev == REFER_NOTIFY_EV_APP_ACCEPT_NOSUB -> /* error */
        refer_notify_line = 94;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_FINAL_QUEUED && ev == REFER_NOTIFY_EV_APP_REJECT -> /* error */
        refer_notify_line = 94;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_FINAL_QUEUED && ev == REFER_NOTIFY_EV_CALL_PROGRESS -> /* ignore */
        refer_notify_line = 85
    :: refer_notify_state == REFER_NOTIFY_FINAL_QUEUED && ev == REFER_NOTIFY_EV_CALL_FINAL -> /* ignore */
        refer_notify_line = 85
    :: refer_notify_state == REFER_NOTIFY_FINAL_QUEUED && ev == REFER_NOTIFY_EV_NOTIFY_DONE -> /* send_final */
        refer_notify_line = 81;
        refer_notify_do(REFER_NOTIFY_A_SEND_FINAL);
        refer_notify_state = REFER_NOTIFY_FINAL_SENT
    :: refer_notify_state == REFER_NOTIFY_FINAL_QUEUED && ev == REFER_NOTIFY_EV_NOTIFY_GONE -> /* to_app_done */
        refer_notify_line = 82;
        refer_notify_do(REFER_NOTIFY_A_TO_APP_DONE);
        refer_notify_state = REFER_NOTIFY_TERMINATED
    :: refer_notify_state == REFER_NOTIFY_FINAL_QUEUED && ev == REFER_NOTIFY_EV_DIALOG_ENDED -> /* to_app_done */
        refer_notify_line = 83;
        refer_notify_do(REFER_NOTIFY_A_TO_APP_DONE);
        refer_notify_state = REFER_NOTIFY_TERMINATED
    :: refer_notify_state == REFER_NOTIFY_FINAL_QUEUED && ev == REFER_NOTIFY_EV_TIMER_EXPIRES -> /* error */
        refer_notify_line = 86;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_FINAL_SENT && ev == REFER_NOTIFY_EV_APP_ACCEPT -> /* error */
        refer_notify_line = 94;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_FINAL_SENT && ev == REFER_NOTIFY_EV_APP_ACCEPT_NOSUB -> /* error */
        refer_notify_line = 94;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_FINAL_SENT && ev == REFER_NOTIFY_EV_APP_REJECT -> /* error */
        refer_notify_line = 94;
        refer_notify_error()
    :: refer_notify_state == REFER_NOTIFY_FINAL_SENT && ev == REFER_NOTIFY_EV_CALL_PROGRESS -> /* ignore */
        refer_notify_line = 90
    :: refer_notify_state == REFER_NOTIFY_FINAL_SENT && ev == REFER_NOTIFY_EV_CALL_FINAL -> /* ignore */
        refer_notify_line = 90
    :: refer_notify_state == REFER_NOTIFY_FINAL_SENT && ev == REFER_NOTIFY_EV_NOTIFY_DONE -> /* to_app_done */
        refer_notify_line = 88;
        refer_notify_do(REFER_NOTIFY_A_TO_APP_DONE);
        refer_notify_state = REFER_NOTIFY_TERMINATED
    :: refer_notify_state == REFER_NOTIFY_FINAL_SENT && ev == REFER_NOTIFY_EV_NOTIFY_GONE -> /* to_app_done */
        refer_notify_line = 88;
        refer_notify_do(REFER_NOTIFY_A_TO_APP_DONE);
        refer_notify_state = REFER_NOTIFY_TERMINATED
    :: refer_notify_state == REFER_NOTIFY_FINAL_SENT && ev == REFER_NOTIFY_EV_DIALOG_ENDED -> /* to_app_done */
        refer_notify_line = 89;
        refer_notify_do(REFER_NOTIFY_A_TO_APP_DONE);
        refer_notify_state = REFER_NOTIFY_TERMINATED
    :: refer_notify_state == REFER_NOTIFY_FINAL_SENT && ev == REFER_NOTIFY_EV_TIMER_EXPIRES -> /* error */
        refer_notify_line = 91;
        refer_notify_error()
    fi
}
