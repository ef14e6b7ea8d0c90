/* Generated from fsm/dialog.fsm by fsmc 1 - do not edit; run `make regen`. */
/* dialog: dialog and its usages - RFC 3261 §12; RFC 5057 §4, §5.1
 *
 * The machine as Promela. A harness (tests/model/) defines, before the
 * process that steps the machine:
 *   inline dialog_do(a)     runs declared action a (DIALOG_A_*)
 *   inline dialog_error()   an `error` row was taken (normally assert(false))
 * and drives the machine with dialog_step(ev, guards) and, for timers,
 * dialog_fire(ev) when dialog_any_timer holds. A timer fires at most
 * DIALOG_FIRE_MAX_<T> times per run (the schedule that fits in the longest
 * timer; see docs/fsm/verification.md); a harness may #define it
 * lower, or as an expression, before including this file. */

#define DIALOG_NONE 0
#define DIALOG_EARLY 1
#define DIALOG_CONFIRMED 2
#define DIALOG_TERMINATED 3
#define DIALOG_N_STATES 4

#define DIALOG_EV_EARLY_RESPONSE 0
#define DIALOG_EV_CONFIRM_RESPONSE 1
#define DIALOG_EV_FAILURE_RESPONSE 2
#define DIALOG_EV_EARLY_ENDED 3
#define DIALOG_EV_USAGE_ADDED 4
#define DIALOG_EV_USAGE_ENDED 5
#define DIALOG_EV_BYE_SENT 6
#define DIALOG_EV_BYE_RECEIVED 7
#define DIALOG_EV_USAGE_FAILURE 8
#define DIALOG_EV_DIALOG_FAILURE 9
#define DIALOG_EV_END_ALL_GRACEFULLY 10

#define DIALOG_G_LAST_USAGE 1
#define DIALOG_A_CREATE_DIALOG 0
#define DIALOG_A_TO_APP_EARLY 1
#define DIALOG_A_TO_APP_CONFIRMED 2
#define DIALOG_A_END_USAGE 3
#define DIALOG_A_END_ALL_USAGES 4
#define DIALOG_A_TO_APP_TERMINATED 5
#define DIALOG_A_TERMINATE_USAGES 6


#define DIALOG_FINAL(s) ((s) == DIALOG_TERMINATED)

byte dialog_state = DIALOG_NONE;
bool dialog_timer_on[1];
byte dialog_fired[1];
short dialog_line; /* spec line of the last row taken, for traces */

#define dialog_ready(t, max) (dialog_timer_on[t] && dialog_fired[t] < max)
#define dialog_any_timer (false)

/* Fires one running timer: ev becomes its event. */
inline dialog_fire(ev) {
    if
    :: false -> skip /* no timers */
    fi
}

/* One transition: the row of (dialog_state, ev) under guard bits g. */
inline dialog_step(ev, g) {
    if
    :: dialog_state == DIALOG_NONE && ev == DIALOG_EV_EARLY_RESPONSE -> /* create_dialog to_app_early */
        dialog_line = 65;
        dialog_do(DIALOG_A_CREATE_DIALOG);
        dialog_do(DIALOG_A_TO_APP_EARLY);
        dialog_state = DIALOG_EARLY
    :: dialog_state == DIALOG_NONE && ev == DIALOG_EV_CONFIRM_RESPONSE -> /* create_dialog to_app_confirmed */
        dialog_line = 66;
        dialog_do(DIALOG_A_CREATE_DIALOG);
        dialog_do(DIALOG_A_TO_APP_CONFIRMED);
        dialog_state = DIALOG_CONFIRMED
    :: dialog_state == DIALOG_NONE && ev == DIALOG_EV_FAILURE_RESPONSE -> /* error */
        dialog_line = 70;
        dialog_error()
    :: dialog_state == DIALOG_NONE && ev == DIALOG_EV_EARLY_ENDED -> /* error */
        dialog_line = 70;
        dialog_error()
    :: dialog_state == DIALOG_NONE && ev == DIALOG_EV_USAGE_ADDED -> /* error */
        dialog_line = 71;
        dialog_error()
    :: dialog_state == DIALOG_NONE && ev == DIALOG_EV_USAGE_ENDED -> /* error */
        dialog_line = 71;
        dialog_error()
    :: dialog_state == DIALOG_NONE && ev == DIALOG_EV_BYE_SENT -> /* error */
        dialog_line = 71;
        dialog_error()
    :: dialog_state == DIALOG_NONE && ev == DIALOG_EV_BYE_RECEIVED -> /* error */
        dialog_line = 71;
        dialog_error()
    :: dialog_state == DIALOG_NONE && ev == DIALOG_EV_USAGE_FAILURE -> /* error */
        dialog_line = 72;
        dialog_error()
    :: dialog_state == DIALOG_NONE && ev == DIALOG_EV_DIALOG_FAILURE -> /* error */
        dialog_line = 72;
        dialog_error()
    :: dialog_state == DIALOG_NONE && ev == DIALOG_EV_END_ALL_GRACEFULLY -> /* error */
        dialog_line = 72;
        dialog_error()
    :: dialog_state == DIALOG_EARLY && ev == DIALOG_EV_EARLY_RESPONSE -> /*  */
        dialog_line = 74
    :: dialog_state == DIALOG_EARLY && ev == DIALOG_EV_CONFIRM_RESPONSE -> /* to_app_confirmed */
        dialog_line = 75;
        dialog_do(DIALOG_A_TO_APP_CONFIRMED);
        dialog_state = DIALOG_CONFIRMED
    :: dialog_state == DIALOG_EARLY && ev == DIALOG_EV_FAILURE_RESPONSE -> /* end_all_usages to_app_terminated */
        dialog_line = 76;
        dialog_do(DIALOG_A_END_ALL_USAGES);
        dialog_do(DIALOG_A_TO_APP_TERMINATED);
        dialog_state = DIALOG_TERMINATED
    :: dialog_state == DIALOG_EARLY && ev == DIALOG_EV_EARLY_ENDED -> /* end_all_usages to_app_terminated */
        dialog_line = 77;
        dialog_do(DIALOG_A_END_ALL_USAGES);
        dialog_do(DIALOG_A_TO_APP_TERMINATED);
        dialog_state = DIALOG_TERMINATED
    :: dialog_state == DIALOG_EARLY && ev == DIALOG_EV_USAGE_ADDED -> /*  */
        dialog_line = 78
    :: dialog_state == DIALOG_EARLY && ev == DIALOG_EV_USAGE_ENDED && (g & 1) == 1 -> /* error */
        dialog_line = 84;
        dialog_error()
    :: dialog_state == DIALOG_EARLY && ev == DIALOG_EV_USAGE_ENDED && (g & 1) == 0 -> /* end_usage */
        dialog_line = 85;
        dialog_do(DIALOG_A_END_USAGE)
    :: dialog_state == DIALOG_EARLY && ev == DIALOG_EV_BYE_SENT -> /* error */
        dialog_line = 91;
        dialog_error()
    :: dialog_state == DIALOG_EARLY && ev == DIALOG_EV_BYE_RECEIVED && (g & 1) == 1 -> /* end_usage to_app_terminated */
        dialog_line = 89;
        dialog_do(DIALOG_A_END_USAGE);
        dialog_do(DIALOG_A_TO_APP_TERMINATED);
        dialog_state = DIALOG_TERMINATED
    :: dialog_state == DIALOG_EARLY && ev == DIALOG_EV_BYE_RECEIVED && (g & 1) == 0 -> /* end_usage */
        dialog_line = 90;
        dialog_do(DIALOG_A_END_USAGE)
    :: dialog_state == DIALOG_EARLY && ev == DIALOG_EV_USAGE_FAILURE && (g & 1) == 1 -> /* end_usage to_app_terminated */
        dialog_line = 79;
        dialog_do(DIALOG_A_END_USAGE);
        dialog_do(DIALOG_A_TO_APP_TERMINATED);
        dialog_state = DIALOG_TERMINATED
    :: dialog_state == DIALOG_EARLY && ev == DIALOG_EV_USAGE_FAILURE && (g & 1) == 0 -> /* end_usage */
        dialog_line = 85;
        dialog_do(DIALOG_A_END_USAGE)
    :: dialog_state == DIALOG_EARLY && ev == DIALOG_EV_DIALOG_FAILURE -> /* end_all_usages to_app_terminated */
        dialog_line = 92;
        dialog_do(DIALOG_A_END_ALL_USAGES);
        dialog_do(DIALOG_A_TO_APP_TERMINATED);
        dialog_state = DIALOG_TERMINATED
    :: dialog_state == DIALOG_EARLY && ev == DIALOG_EV_END_ALL_GRACEFULLY -> /* error */
        dialog_line = 95;
        dialog_error()
    :: dialog_state == DIALOG_CONFIRMED && ev == DIALOG_EV_EARLY_RESPONSE -> /* error */
        dialog_line = 100;
        dialog_error()
    :: dialog_state == DIALOG_CONFIRMED && ev == DIALOG_EV_CONFIRM_RESPONSE -> /* ignore */
        dialog_line = 101
    :: dialog_state == DIALOG_CONFIRMED && ev == DIALOG_EV_FAILURE_RESPONSE -> /* error */
        dialog_line = 104;
        dialog_error()
    :: dialog_state == DIALOG_CONFIRMED && ev == DIALOG_EV_EARLY_ENDED -> /* error */
        dialog_line = 104;
        dialog_error()
    :: dialog_state == DIALOG_CONFIRMED && ev == DIALOG_EV_USAGE_ADDED -> /*  */
        dialog_line = 105
    :: dialog_state == DIALOG_CONFIRMED && ev == DIALOG_EV_USAGE_ENDED && (g & 1) == 1 -> /* end_usage to_app_terminated */
        dialog_line = 106;
        dialog_do(DIALOG_A_END_USAGE);
        dialog_do(DIALOG_A_TO_APP_TERMINATED);
        dialog_state = DIALOG_TERMINATED
    :: dialog_state == DIALOG_CONFIRMED && ev == DIALOG_EV_USAGE_ENDED && (g & 1) == 0 -> /* end_usage */
        dialog_line = 107;
        dialog_do(DIALOG_A_END_USAGE)
    :: dialog_state == DIALOG_CONFIRMED && ev == DIALOG_EV_BYE_SENT && (g & 1) == 1 -> /* end_usage to_app_terminated */
        dialog_line = 108;
        dialog_do(DIALOG_A_END_USAGE);
        dialog_do(DIALOG_A_TO_APP_TERMINATED);
        dialog_state = DIALOG_TERMINATED
    :: dialog_state == DIALOG_CONFIRMED && ev == DIALOG_EV_BYE_SENT && (g & 1) == 0 -> /* end_usage */
        dialog_line = 109;
        dialog_do(DIALOG_A_END_USAGE)
    :: dialog_state == DIALOG_CONFIRMED && ev == DIALOG_EV_BYE_RECEIVED && (g & 1) == 1 -> /* end_usage to_app_terminated */
        dialog_line = 108;
        dialog_do(DIALOG_A_END_USAGE);
        dialog_do(DIALOG_A_TO_APP_TERMINATED);
        dialog_state = DIALOG_TERMINATED
    :: dialog_state == DIALOG_CONFIRMED && ev == DIALOG_EV_BYE_RECEIVED && (g & 1) == 0 -> /* end_usage */
        dialog_line = 109;
        dialog_do(DIALOG_A_END_USAGE)
    :: dialog_state == DIALOG_CONFIRMED && ev == DIALOG_EV_USAGE_FAILURE && (g & 1) == 1 -> /* end_usage to_app_terminated */
        dialog_line = 106;
        dialog_do(DIALOG_A_END_USAGE);
        dialog_do(DIALOG_A_TO_APP_TERMINATED);
        dialog_state = DIALOG_TERMINATED
    :: dialog_state == DIALOG_CONFIRMED && ev == DIALOG_EV_USAGE_FAILURE && (g & 1) == 0 -> /* end_usage */
        dialog_line = 107;
        dialog_do(DIALOG_A_END_USAGE)
    :: dialog_state == DIALOG_CONFIRMED && ev == DIALOG_EV_DIALOG_FAILURE -> /* end_all_usages to_app_terminated */
        dialog_line = 110;
        dialog_do(DIALOG_A_END_ALL_USAGES);
        dialog_do(DIALOG_A_TO_APP_TERMINATED);
        dialog_state = DIALOG_TERMINATED
    :: dialog_state == DIALOG_CONFIRMED && ev == DIALOG_EV_END_ALL_GRACEFULLY -> /* terminate_usages */
        dialog_line = 111;
        dialog_do(DIALOG_A_TERMINATE_USAGES)
    fi
}
