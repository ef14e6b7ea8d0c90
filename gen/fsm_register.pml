/* Generated from fsm/register.fsm by fsmc 1 - do not edit; run `make regen`. */
/* register: Registration client - RFC 3261 §10.2; RFC 5626 §4.5
 *
 * The machine as Promela. A harness (tests/model/) defines, before the
 * process that steps the machine:
 *   inline register_do(a)     runs declared action a (REGISTER_A_*)
 *   inline register_error()   an `error` row was taken (normally assert(false))
 * and drives the machine with register_step(ev, guards) and, for timers,
 * register_fire(ev) when register_any_timer holds. A timer fires at most
 * REGISTER_FIRE_MAX_<T> times per run (the schedule that fits in the longest
 * timer; see docs/fsm/verification.md); a harness may #define it
 * lower, or as an expression, before including this file. */

#define REGISTER_IDLE 0
#define REGISTER_REGISTERING 1
#define REGISTER_REGISTERED 2
#define REGISTER_REFRESHING 3
#define REGISTER_RETRY_WAIT 4
#define REGISTER_UNREGISTERING 5
#define REGISTER_UNREGISTERED 6
#define REGISTER_FAILED 7
#define REGISTER_CLOSED 8
#define REGISTER_N_STATES 9

#define REGISTER_EV_APP_REGISTER 0
#define REGISTER_EV_APP_UNREGISTER 1
#define REGISTER_EV_R2XX 2
#define REGISTER_EV_R423 3
#define REGISTER_EV_R_AUTH 4
#define REGISTER_EV_R_TRANSIENT 5
#define REGISTER_EV_R_FAIL 6
#define REGISTER_EV_TIMER_REFRESH 7
#define REGISTER_EV_TIMER_RETRY 8
#define REGISTER_EV_CLOSING 9

#define REGISTER_G_CAN_RETRY 1
#define REGISTER_A_SEND_REGISTER 0
#define REGISTER_A_SEND_UNREGISTER 1
#define REGISTER_A_SEND_AUTH 2
#define REGISTER_A_TO_APP_REGISTERING 3
#define REGISTER_A_TO_APP_REGISTERED 4
#define REGISTER_A_TO_APP_REFRESHING 5
#define REGISTER_A_TO_APP_RETRYING 6
#define REGISTER_A_TO_APP_UNREGISTERING 7
#define REGISTER_A_TO_APP_UNREGISTERED 8
#define REGISTER_A_TO_APP_FAILED 9

#define REGISTER_T_REFRESH 0
#ifndef REGISTER_FIRE_MAX_REFRESH
#define REGISTER_FIRE_MAX_REFRESH 1
#endif
#define REGISTER_T_RETRY 1
#ifndef REGISTER_FIRE_MAX_RETRY
#define REGISTER_FIRE_MAX_RETRY 59
#endif

#define REGISTER_FINAL(s) ((s) == REGISTER_CLOSED)

byte register_state = REGISTER_IDLE;
bool register_timer_on[2];
byte register_fired[2];
short register_line; /* spec line of the last row taken, for traces */

#define register_ready(t, max) (register_timer_on[t] && register_fired[t] < max)
#define register_any_timer (false || register_ready(REGISTER_T_REFRESH, REGISTER_FIRE_MAX_REFRESH) || register_ready(REGISTER_T_RETRY, REGISTER_FIRE_MAX_RETRY))

/* Fires one running timer: ev becomes its event. */
inline register_fire(ev) {
    if
    :: register_ready(REGISTER_T_REFRESH, REGISTER_FIRE_MAX_REFRESH) ->
        register_timer_on[REGISTER_T_REFRESH] = false; register_fired[REGISTER_T_REFRESH]++; ev = REGISTER_EV_TIMER_REFRESH
    :: register_ready(REGISTER_T_RETRY, REGISTER_FIRE_MAX_RETRY) ->
        register_timer_on[REGISTER_T_RETRY] = false; register_fired[REGISTER_T_RETRY]++; ev = REGISTER_EV_TIMER_RETRY
    fi
}

/* One transition: the row of (register_state, ev) under guard bits g. */
inline register_step(ev, g) {
    if
    :: register_state == REGISTER_IDLE && ev == REGISTER_EV_APP_REGISTER -> /* send_register to_app_registering */
        register_line = 70;
        register_do(REGISTER_A_SEND_REGISTER);
        register_do(REGISTER_A_TO_APP_REGISTERING);
        register_state = REGISTER_REGISTERING
    :: register_state == REGISTER_IDLE && ev == REGISTER_EV_APP_UNREGISTER -> /* ignore */
        register_line = 71
    :: register_state == REGISTER_IDLE && ev == REGISTER_EV_R2XX -> /* error */
        register_line = 73;
        register_error()
    :: register_state == REGISTER_IDLE && ev == REGISTER_EV_R423 -> /* error */
        register_line = 73;
        register_error()
    :: register_state == REGISTER_IDLE && ev == REGISTER_EV_R_AUTH -> /* error */
        register_line = 73;
        register_error()
    :: register_state == REGISTER_IDLE && ev == REGISTER_EV_R_TRANSIENT -> /* error */
        register_line = 73;
        register_error()
    :: register_state == REGISTER_IDLE && ev == REGISTER_EV_R_FAIL -> /* error */
        register_line = 73;
        register_error()
    :: register_state == REGISTER_IDLE && ev == REGISTER_EV_TIMER_REFRESH -> /* error */
        register_line = 74;
        register_error()
    :: register_state == REGISTER_IDLE && ev == REGISTER_EV_TIMER_RETRY -> /* error */
        register_line = 74;
        register_error()
    :: register_state == REGISTER_IDLE && ev == REGISTER_EV_CLOSING -> /*  */
        register_line = 72;
        register_state = REGISTER_CLOSED
    :: register_state == REGISTER_REGISTERING && ev == REGISTER_EV_APP_REGISTER -> /* ignore */
        register_line = 83
    :: register_state == REGISTER_REGISTERING && ev == REGISTER_EV_APP_UNREGISTER -> /* send_unregister to_app_unregistering */
        register_line = 85;
        register_do(REGISTER_A_SEND_UNREGISTER);
        register_do(REGISTER_A_TO_APP_UNREGISTERING);
        register_state = REGISTER_UNREGISTERING
    :: register_state == REGISTER_REGISTERING && ev == REGISTER_EV_R2XX -> /* start(refresh) to_app_registered */
        register_line = 77;
        register_timer_on[REGISTER_T_REFRESH] = true;
        register_do(REGISTER_A_TO_APP_REGISTERED);
        register_state = REGISTER_REGISTERED
    :: register_state == REGISTER_REGISTERING && ev == REGISTER_EV_R423 -> /* send_register */
        register_line = 78;
        register_do(REGISTER_A_SEND_REGISTER)
    :: register_state == REGISTER_REGISTERING && ev == REGISTER_EV_R_AUTH -> /* send_auth */
        register_line = 79;
        register_do(REGISTER_A_SEND_AUTH)
    :: register_state == REGISTER_REGISTERING && ev == REGISTER_EV_R_TRANSIENT && (g & 1) == 1 -> /* start(retry) to_app_retrying */
        register_line = 80;
        register_timer_on[REGISTER_T_RETRY] = true;
        register_do(REGISTER_A_TO_APP_RETRYING);
        register_state = REGISTER_RETRY_WAIT
    :: register_state == REGISTER_REGISTERING && ev == REGISTER_EV_R_TRANSIENT && (g & 1) == 0 -> /* to_app_failed */
        register_line = 81;
        register_do(REGISTER_A_TO_APP_FAILED);
        register_state = REGISTER_FAILED
    :: register_state == REGISTER_REGISTERING && ev == REGISTER_EV_R_FAIL -> /* to_app_failed */
        register_line = 82;
        register_do(REGISTER_A_TO_APP_FAILED);
        register_state = REGISTER_FAILED
    :: register_state == REGISTER_REGISTERING && ev == REGISTER_EV_TIMER_REFRESH -> /* error */
        register_line = 87;
        register_error()
    :: register_state == REGISTER_REGISTERING && ev == REGISTER_EV_TIMER_RETRY -> /* error */
        register_line = 87;
        register_error()
    :: register_state == REGISTER_REGISTERING && ev == REGISTER_EV_CLOSING -> /* send_unregister */
        register_line = 86;
        register_do(REGISTER_A_SEND_UNREGISTER);
        register_state = REGISTER_CLOSED
    :: register_state == REGISTER_REGISTERED && ev == REGISTER_EV_APP_REGISTER -> /* ignore */
        register_line = 91
    :: register_state == REGISTER_REGISTERED && ev == REGISTER_EV_APP_UNREGISTER -> /* stop(refresh) send_unregister to_app_unregistering */
        register_line = 92;
        register_timer_on[REGISTER_T_REFRESH] = false;
        register_do(REGISTER_A_SEND_UNREGISTER);
        register_do(REGISTER_A_TO_APP_UNREGISTERING);
        register_state = REGISTER_UNREGISTERING
    :: register_state == REGISTER_REGISTERED && ev == REGISTER_EV_R2XX -> /* error */
        register_line = 94;
        register_error()
    :: register_state == REGISTER_REGISTERED && ev == REGISTER_EV_R423 -> /* error */
        register_line = 94;
        register_error()
    :: register_state == REGISTER_REGISTERED && ev == REGISTER_EV_R_AUTH -> /* error */
        register_line = 94;
        register_error()
    :: register_state == REGISTER_REGISTERED && ev == REGISTER_EV_R_TRANSIENT -> /* error */
        register_line = 94;
        register_error()
    :: register_state == REGISTER_REGISTERED && ev == REGISTER_EV_R_FAIL -> /* error */
        register_line = 94;
        register_error()
    :: register_state == REGISTER_REGISTERED && ev == REGISTER_EV_TIMER_REFRESH -> /* send_register to_app_refreshing */
        register_line = 90;
        register_do(REGISTER_A_SEND_REGISTER);
        register_do(REGISTER_A_TO_APP_REFRESHING);
        register_state = REGISTER_REFRESHING
    :: register_state == REGISTER_REGISTERED && ev == REGISTER_EV_TIMER_RETRY -> /* error */
        register_line = 95;
        register_error()
    :: register_state == REGISTER_REGISTERED && ev == REGISTER_EV_CLOSING -> /* stop(refresh) send_unregister */
        register_line = 93;
        register_timer_on[REGISTER_T_REFRESH] = false;
        register_do(REGISTER_A_SEND_UNREGISTER);
        register_state = REGISTER_CLOSED
    :: register_state == REGISTER_REFRESHING && ev == REGISTER_EV_APP_REGISTER -> /* ignore */
        register_line = 104
    :: register_state == REGISTER_REFRESHING && ev == REGISTER_EV_APP_UNREGISTER -> /* send_unregister to_app_unregistering */
        register_line = 105;
        register_do(REGISTER_A_SEND_UNREGISTER);
        register_do(REGISTER_A_TO_APP_UNREGISTERING);
        register_state = REGISTER_UNREGISTERING
    :: register_state == REGISTER_REFRESHING && ev == REGISTER_EV_R2XX -> /* start(refresh) to_app_registered */
        register_line = 98;
        register_timer_on[REGISTER_T_REFRESH] = true;
        register_do(REGISTER_A_TO_APP_REGISTERED);
        register_state = REGISTER_REGISTERED
    :: register_state == REGISTER_REFRESHING && ev == REGISTER_EV_R423 -> /* send_register */
        register_line = 99;
        register_do(REGISTER_A_SEND_REGISTER)
    :: register_state == REGISTER_REFRESHING && ev == REGISTER_EV_R_AUTH -> /* send_auth */
        register_line = 100;
        register_do(REGISTER_A_SEND_AUTH)
    :: register_state == REGISTER_REFRESHING && ev == REGISTER_EV_R_TRANSIENT && (g & 1) == 1 -> /* start(retry) to_app_retrying */
        register_line = 101;
        register_timer_on[REGISTER_T_RETRY] = true;
        register_do(REGISTER_A_TO_APP_RETRYING);
        register_state = REGISTER_RETRY_WAIT
    :: register_state == REGISTER_REFRESHING && ev == REGISTER_EV_R_TRANSIENT && (g & 1) == 0 -> /* to_app_failed */
        register_line = 102;
        register_do(REGISTER_A_TO_APP_FAILED);
        register_state = REGISTER_FAILED
    :: register_state == REGISTER_REFRESHING && ev == REGISTER_EV_R_FAIL -> /* to_app_failed */
        register_line = 103;
        register_do(REGISTER_A_TO_APP_FAILED);
        register_state = REGISTER_FAILED
    :: register_state == REGISTER_REFRESHING && ev == REGISTER_EV_TIMER_REFRESH -> /* error */
        register_line = 107;
        register_error()
    :: register_state == REGISTER_REFRESHING && ev == REGISTER_EV_TIMER_RETRY -> /* error */
        register_line = 107;
        register_error()
    :: register_state == REGISTER_REFRESHING && ev == REGISTER_EV_CLOSING -> /* send_unregister */
        register_line = 106;
        register_do(REGISTER_A_SEND_UNREGISTER);
        register_state = REGISTER_CLOSED
    :: register_state == REGISTER_RETRY_WAIT && ev == REGISTER_EV_APP_REGISTER -> /* stop(retry) send_register to_app_registering */
        register_line = 111;
        register_timer_on[REGISTER_T_RETRY] = false;
        register_do(REGISTER_A_SEND_REGISTER);
        register_do(REGISTER_A_TO_APP_REGISTERING);
        register_state = REGISTER_REGISTERING
    :: register_state == REGISTER_RETRY_WAIT && ev == REGISTER_EV_APP_UNREGISTER -> /* stop(retry) send_unregister to_app_unregistering */
        register_line = 113;
        register_timer_on[REGISTER_T_RETRY] = false;
        register_do(REGISTER_A_SEND_UNREGISTER);
        register_do(REGISTER_A_TO_APP_UNREGISTERING);
        register_state = REGISTER_UNREGISTERING
    :: register_state == REGISTER_RETRY_WAIT && ev == REGISTER_EV_R2XX -> /* error */
        register_line = 115;
        register_error()
    :: register_state == REGISTER_RETRY_WAIT && ev == REGISTER_EV_R423 -> /* error */
        register_line = 115;
        register_error()
    :: register_state == REGISTER_RETRY_WAIT && ev == REGISTER_EV_R_AUTH -> /* error */
        register_line = 115;
        register_error()
    :: register_state == REGISTER_RETRY_WAIT && ev == REGISTER_EV_R_TRANSIENT -> /* error */
        register_line = 115;
        register_error()
    :: register_state == REGISTER_RETRY_WAIT && ev == REGISTER_EV_R_FAIL -> /* error */
        register_line = 115;
        register_error()
    :: register_state == REGISTER_RETRY_WAIT && ev == REGISTER_EV_TIMER_REFRESH -> /* error */
        register_line = 116;
        register_error()
    :: register_state == REGISTER_RETRY_WAIT && ev == REGISTER_EV_TIMER_RETRY -> /* send_register to_app_registering */
        register_line = 110;
        register_do(REGISTER_A_SEND_REGISTER);
        register_do(REGISTER_A_TO_APP_REGISTERING);
        register_state = REGISTER_REGISTERING
    :: register_state == REGISTER_RETRY_WAIT && ev == REGISTER_EV_CLOSING -> /* stop(retry) send_unregister */
        register_line = 114;
        register_timer_on[REGISTER_T_RETRY] = false;
        register_do(REGISTER_A_SEND_UNREGISTER);
        register_state = REGISTER_CLOSED
    :: register_state == REGISTER_UNREGISTERING && ev == REGISTER_EV_APP_REGISTER -> /* send_register to_app_registering */
        register_line = 124;
        register_do(REGISTER_A_SEND_REGISTER);
        register_do(REGISTER_A_TO_APP_REGISTERING);
        register_state = REGISTER_REGISTERING
    :: register_state == REGISTER_UNREGISTERING && ev == REGISTER_EV_APP_UNREGISTER -> /* ignore */
        register_line = 125
    :: register_state == REGISTER_UNREGISTERING && ev == REGISTER_EV_R2XX -> /* to_app_unregistered */
        register_line = 119;
        register_do(REGISTER_A_TO_APP_UNREGISTERED);
        register_state = REGISTER_UNREGISTERED
    :: register_state == REGISTER_UNREGISTERING && ev == REGISTER_EV_R423 -> /* error */
        register_line = 123;
        register_error()
    :: register_state == REGISTER_UNREGISTERING && ev == REGISTER_EV_R_AUTH -> /* send_auth */
        register_line = 120;
        register_do(REGISTER_A_SEND_AUTH)
    :: register_state == REGISTER_UNREGISTERING && ev == REGISTER_EV_R_TRANSIENT -> /* to_app_failed */
        register_line = 122;
        register_do(REGISTER_A_TO_APP_FAILED);
        register_state = REGISTER_FAILED
    :: register_state == REGISTER_UNREGISTERING && ev == REGISTER_EV_R_FAIL -> /* to_app_failed */
        register_line = 122;
        register_do(REGISTER_A_TO_APP_FAILED);
        register_state = REGISTER_FAILED
    :: register_state == REGISTER_UNREGISTERING && ev == REGISTER_EV_TIMER_REFRESH -> /* error */
        register_line = 127;
        register_error()
    :: register_state == REGISTER_UNREGISTERING && ev == REGISTER_EV_TIMER_RETRY -> /* error */
        register_line = 127;
        register_error()
    :: register_state == REGISTER_UNREGISTERING && ev == REGISTER_EV_CLOSING -> /*  */
        register_line = 126;
        register_state = REGISTER_CLOSED
    :: register_state == REGISTER_UNREGISTERED && ev == REGISTER_EV_APP_REGISTER -> /* send_register to_app_registering */
        register_line = 130;
        register_do(REGISTER_A_SEND_REGISTER);
        register_do(REGISTER_A_TO_APP_REGISTERING);
        register_state = REGISTER_REGISTERING
    :: register_state == REGISTER_UNREGISTERED && ev == REGISTER_EV_APP_UNREGISTER -> /* ignore */
        register_line = 131
    :: register_state == REGISTER_UNREGISTERED && ev == REGISTER_EV_R2XX -> /* error */
        register_line = 133;
        register_error()
    :: register_state == REGISTER_UNREGISTERED && ev == REGISTER_EV_R423 -> /* error */
        register_line = 133;
        register_error()
    :: register_state == REGISTER_UNREGISTERED && ev == REGISTER_EV_R_AUTH -> /* error */
        register_line = 133;
        register_error()
    :: register_state == REGISTER_UNREGISTERED && ev == REGISTER_EV_R_TRANSIENT -> /* error */
        register_line = 133;
        register_error()
    :: register_state == REGISTER_UNREGISTERED && ev == REGISTER_EV_R_FAIL -> /* error */
        register_line = 133;
        register_error()
    :: register_state == REGISTER_UNREGISTERED && ev == REGISTER_EV_TIMER_REFRESH -> /* error */
        register_line = 134;
        register_error()
    :: register_state == REGISTER_UNREGISTERED && ev == REGISTER_EV_TIMER_RETRY -> /* error */
        register_line = 134;
        register_error()
    :: register_state == REGISTER_UNREGISTERED && ev == REGISTER_EV_CLOSING -> /*  */
        register_line = 132;
        register_state = REGISTER_CLOSED
    :: register_state == REGISTER_FAILED && ev == REGISTER_EV_APP_REGISTER -> /* send_register to_app_registering */
        register_line = 136;
        register_do(REGISTER_A_SEND_REGISTER);
        register_do(REGISTER_A_TO_APP_REGISTERING);
        register_state = REGISTER_REGISTERING
    :: register_state == REGISTER_FAILED && ev == REGISTER_EV_APP_UNREGISTER -> /* send_unregister to_app_unregistering */
        register_line = 137;
        register_do(REGISTER_A_SEND_UNREGISTER);
        register_do(REGISTER_A_TO_APP_UNREGISTERING);
        register_state = REGISTER_UNREGISTERING
    :: register_state == REGISTER_FAILED && ev == REGISTER_EV_R2XX -> /* error */
        register_line = 139;
        register_error()
    :: register_state == REGISTER_FAILED && ev == REGISTER_EV_R423 -> /* error */
        register_line = 139;
        register_error()
    :: register_state == REGISTER_FAILED && ev == REGISTER_EV_R_AUTH -> /* error */
        register_line = 139;
        register_error()
    :: register_state == REGISTER_FAILED && ev == REGISTER_EV_R_TRANSIENT -> /* error */
        register_line = 139;
        register_error()
    :: register_state == REGISTER_FAILED && ev == REGISTER_EV_R_FAIL -> /* error */
        register_line = 139;
        register_error()
    :: register_state == REGISTER_FAILED && ev == REGISTER_EV_TIMER_REFRESH -> /* error */
        register_line = 140;
        register_error()
    :: register_state == REGISTER_FAILED && ev == REGISTER_EV_TIMER_RETRY -> /* error */
        register_line = 140;
        register_error()
    :: register_state == REGISTER_FAILED && ev == REGISTER_EV_CLOSING -> /*  */
        register_line = 138;
        register_state = REGISTER_CLOSED
    fi
}
