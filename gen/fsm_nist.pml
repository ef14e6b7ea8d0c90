/* Generated from fsm/nist.fsm by fsmc 1 - do not edit; run `make regen`. */
/* nist: non-INVITE server transaction - RFC 3261 §17.2.2, §17.2.4
 *
 * The machine as Promela. A harness (tests/model/) defines, before the
 * process that steps the machine:
 *   inline nist_do(a)     runs declared action a (NIST_A_*)
 *   inline nist_error()   an `error` row was taken (normally assert(false))
 * and drives the machine with nist_step(ev, guards) and, for timers,
 * nist_fire(ev) when nist_any_timer holds. A timer fires at most
 * NIST_FIRE_MAX_<T> times per run (the schedule that fits in the longest
 * timer; see docs/fsm/verification.md); a harness may #define it
 * lower, or as an expression, before including this file. */

#define NIST_IDLE 0
#define NIST_TRYING 1
#define NIST_PROCEEDING 2
#define NIST_COMPLETED 3
#define NIST_TERMINATED 4
#define NIST_N_STATES 5

#define NIST_EV_REQUEST 0
#define NIST_EV_TU_1XX 1
#define NIST_EV_TU_2XX_6XX 2
#define NIST_EV_TIMER_J 3
#define NIST_EV_TRANSPORT_ERROR 4

#define NIST_G_RELIABLE 1
#define NIST_A_TO_TU 0
#define NIST_A_SEND_RESPONSE 1
#define NIST_A_RESEND_RESPONSE 2
#define NIST_A_ERROR_TO_TU 3

#define NIST_T_J 0
#ifndef NIST_FIRE_MAX_J
#define NIST_FIRE_MAX_J 1
#endif

#define NIST_FINAL(s) ((s) == NIST_TERMINATED)

byte nist_state = NIST_IDLE;
bool nist_timer_on[1];
byte nist_fired[1];
short nist_line; /* spec line of the last row taken, for traces */

#define nist_ready(t, max) (nist_timer_on[t] && nist_fired[t] < max)
#define nist_any_timer (false || nist_ready(NIST_T_J, NIST_FIRE_MAX_J))

/* Fires one running timer: ev becomes its event. */
inline nist_fire(ev) {
    if
    :: nist_ready(NIST_T_J, NIST_FIRE_MAX_J) ->
        nist_timer_on[NIST_T_J] = false; nist_fired[NIST_T_J]++; ev = NIST_EV_TIMER_J
    fi
}

/* One transition: the row of (nist_state, ev) under guard bits g. */
inline nist_step(ev, g) {
    if
    :: nist_state == NIST_IDLE && ev == NIST_EV_REQUEST -> /* to_tu */
        nist_line = 20;
        nist_do(NIST_A_TO_TU);
        nist_state = NIST_TRYING
    :: nist_state == NIST_IDLE && ev == NIST_EV_TU_1XX -> /* error */
        nist_line = 21;
        nist_error()
    :: nist_state == NIST_IDLE && ev == NIST_EV_TU_2XX_6XX -> /* error */
        nist_line = 21;
        nist_error()
    :: nist_state == NIST_IDLE && ev == NIST_EV_TIMER_J -> /* error */
        nist_line = 21;
        nist_error()
    :: nist_state == NIST_IDLE && ev == NIST_EV_TRANSPORT_ERROR -> /* error */
        nist_line = 21;
        nist_error()
    :: nist_state == NIST_TRYING && ev == NIST_EV_REQUEST -> /* ignore */
        nist_line = 23
    :: nist_state == NIST_TRYING && ev == NIST_EV_TU_1XX -> /* send_response */
        nist_line = 24;
        nist_do(NIST_A_SEND_RESPONSE);
        nist_state = NIST_PROCEEDING
    :: nist_state == NIST_TRYING && ev == NIST_EV_TU_2XX_6XX -> /* send_response start(j) */
        nist_line = 25;
        nist_do(NIST_A_SEND_RESPONSE);
        nist_timer_on[NIST_T_J] = true;
        nist_state = NIST_COMPLETED
    :: nist_state == NIST_TRYING && ev == NIST_EV_TIMER_J -> /* error */
        nist_line = 27;
        nist_error()
    :: nist_state == NIST_TRYING && ev == NIST_EV_TRANSPORT_ERROR -> /* ignore */
        nist_line = 26
    :: nist_state == NIST_PROCEEDING && ev == NIST_EV_REQUEST -> /* resend_response */
        nist_line = 29;
        nist_do(NIST_A_RESEND_RESPONSE)
    :: nist_state == NIST_PROCEEDING && ev == NIST_EV_TU_1XX -> /* send_response */
        nist_line = 30;
        nist_do(NIST_A_SEND_RESPONSE)
    :: nist_state == NIST_PROCEEDING && ev == NIST_EV_TU_2XX_6XX -> /* send_response start(j) */
        nist_line = 31;
        nist_do(NIST_A_SEND_RESPONSE);
        nist_timer_on[NIST_T_J] = true;
        nist_state = NIST_COMPLETED
    :: nist_state == NIST_PROCEEDING && ev == NIST_EV_TIMER_J -> /* error */
        nist_line = 33;
        nist_error()
    :: nist_state == NIST_PROCEEDING && ev == NIST_EV_TRANSPORT_ERROR -> /* error_to_tu */
        nist_line = 32;
        nist_do(NIST_A_ERROR_TO_TU);
        nist_state = NIST_TERMINATED
    :: nist_state == NIST_COMPLETED && ev == NIST_EV_REQUEST -> /* resend_response */
        nist_line = 35;
        nist_do(NIST_A_RESEND_RESPONSE)
    :: nist_state == NIST_COMPLETED && ev == NIST_EV_TU_1XX -> /* ignore */
        nist_line = 36
    :: nist_state == NIST_COMPLETED && ev == NIST_EV_TU_2XX_6XX -> /* ignore */
        nist_line = 36
    :: nist_state == NIST_COMPLETED && ev == NIST_EV_TIMER_J -> /*  */
        nist_line = 37;
        nist_state = NIST_TERMINATED
    :: nist_state == NIST_COMPLETED && ev == NIST_EV_TRANSPORT_ERROR -> /* error_to_tu stop(j) */
        nist_line = 38;
        nist_do(NIST_A_ERROR_TO_TU);
        nist_timer_on[NIST_T_J] = false;
        nist_state = NIST_TERMINATED
    fi
}
