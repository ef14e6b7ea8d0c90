/* Generated from fsm/nict.fsm by fsmc 1 - do not edit; run `make regen`. */
/* nict: non-INVITE client transaction - RFC 3261 §17.1.2, §17.1.4
 *
 * The machine as Promela. A harness (tests/model/) defines, before the
 * process that steps the machine:
 *   inline nict_do(a)     runs declared action a (NICT_A_*)
 *   inline nict_error()   an `error` row was taken (normally assert(false))
 * and drives the machine with nict_step(ev, guards) and, for timers,
 * nict_fire(ev) when nict_any_timer holds. A timer fires at most
 * NICT_FIRE_MAX_<T> times per run (the schedule that fits in the longest
 * timer; see docs/fsm/verification.md); a harness may #define it
 * lower, or as an expression, before including this file. */

#define NICT_IDLE 0
#define NICT_TRYING 1
#define NICT_PROCEEDING 2
#define NICT_COMPLETED 3
#define NICT_TERMINATED 4
#define NICT_N_STATES 5

#define NICT_EV_TU_REQUEST 0
#define NICT_EV_R1XX 1
#define NICT_EV_R2XX_6XX 2
#define NICT_EV_TIMER_E 3
#define NICT_EV_TIMER_F 4
#define NICT_EV_TIMER_K 5
#define NICT_EV_TRANSPORT_ERROR 6

#define NICT_G_RELIABLE 1
#define NICT_A_SEND_REQUEST 0
#define NICT_A_RETRANSMIT 1
#define NICT_A_TO_TU 2
#define NICT_A_TIMEOUT_TO_TU 3
#define NICT_A_ERROR_TO_TU 4

#define NICT_T_E 0
#ifndef NICT_FIRE_MAX_E
#define NICT_FIRE_MAX_E 10
#endif
#define NICT_T_F 1
#ifndef NICT_FIRE_MAX_F
#define NICT_FIRE_MAX_F 1
#endif
#define NICT_T_K 2
#ifndef NICT_FIRE_MAX_K
#define NICT_FIRE_MAX_K 6
#endif

#define NICT_FINAL(s) ((s) == NICT_TERMINATED)

byte nict_state = NICT_IDLE;
bool nict_timer_on[3];
byte nict_fired[3];
short nict_line; /* spec line of the last row taken, for traces */

#define nict_ready(t, max) (nict_timer_on[t] && nict_fired[t] < max)
#define nict_any_timer (false || nict_ready(NICT_T_E, NICT_FIRE_MAX_E) || nict_ready(NICT_T_F, NICT_FIRE_MAX_F) || nict_ready(NICT_T_K, NICT_FIRE_MAX_K))

/* Fires one running timer: ev becomes its event. */
inline nict_fire(ev) {
    if
    :: nict_ready(NICT_T_E, NICT_FIRE_MAX_E) ->
        nict_timer_on[NICT_T_E] = false; nict_fired[NICT_T_E]++; ev = NICT_EV_TIMER_E
    :: nict_ready(NICT_T_F, NICT_FIRE_MAX_F) ->
        nict_timer_on[NICT_T_F] = false; nict_fired[NICT_T_F]++; ev = NICT_EV_TIMER_F
    :: nict_ready(NICT_T_K, NICT_FIRE_MAX_K) ->
        nict_timer_on[NICT_T_K] = false; nict_fired[NICT_T_K]++; ev = NICT_EV_TIMER_K
    fi
}

/* One transition: the row of (nict_state, ev) under guard bits g. */
inline nict_step(ev, g) {
    if
    :: nict_state == NICT_IDLE && ev == NICT_EV_TU_REQUEST && (g & 1) == 0 -> /* send_request start(e) start(f) */
        nict_line = 22;
        nict_do(NICT_A_SEND_REQUEST);
        nict_timer_on[NICT_T_E] = true;
        nict_timer_on[NICT_T_F] = true;
        nict_state = NICT_TRYING
    :: nict_state == NICT_IDLE && ev == NICT_EV_TU_REQUEST && (g & 1) == 1 -> /* send_request start(f) */
        nict_line = 23;
        nict_do(NICT_A_SEND_REQUEST);
        nict_timer_on[NICT_T_F] = true;
        nict_state = NICT_TRYING
    :: nict_state == NICT_IDLE && ev == NICT_EV_R1XX -> /* error */
        nict_line = 24;
        nict_error()
    :: nict_state == NICT_IDLE && ev == NICT_EV_R2XX_6XX -> /* error */
        nict_line = 24;
        nict_error()
    :: nict_state == NICT_IDLE && ev == NICT_EV_TIMER_E -> /* error */
        nict_line = 25;
        nict_error()
    :: nict_state == NICT_IDLE && ev == NICT_EV_TIMER_F -> /* error */
        nict_line = 25;
        nict_error()
    :: nict_state == NICT_IDLE && ev == NICT_EV_TIMER_K -> /* error */
        nict_line = 25;
        nict_error()
    :: nict_state == NICT_IDLE && ev == NICT_EV_TRANSPORT_ERROR -> /* error */
        nict_line = 25;
        nict_error()
    :: nict_state == NICT_TRYING && ev == NICT_EV_TU_REQUEST -> /* error */
        nict_line = 33;
        nict_error()
    :: nict_state == NICT_TRYING && ev == NICT_EV_R1XX -> /* to_tu */
        nict_line = 31;
        nict_do(NICT_A_TO_TU);
        nict_state = NICT_PROCEEDING
    :: nict_state == NICT_TRYING && ev == NICT_EV_R2XX_6XX -> /* to_tu stop(e) stop(f) start(k) */
        nict_line = 32;
        nict_do(NICT_A_TO_TU);
        nict_timer_on[NICT_T_E] = false;
        nict_timer_on[NICT_T_F] = false;
        nict_timer_on[NICT_T_K] = true;
        nict_state = NICT_COMPLETED
    :: nict_state == NICT_TRYING && ev == NICT_EV_TIMER_E && (g & 1) == 0 -> /* retransmit backoff(e) */
        nict_line = 27;
        nict_do(NICT_A_RETRANSMIT);
        nict_timer_on[NICT_T_E] = true
    :: nict_state == NICT_TRYING && ev == NICT_EV_TIMER_E && (g & 1) == 1 -> /* error */
        nict_line = 28;
        nict_error()
    :: nict_state == NICT_TRYING && ev == NICT_EV_TIMER_F -> /* timeout_to_tu stop(e) */
        nict_line = 29;
        nict_do(NICT_A_TIMEOUT_TO_TU);
        nict_timer_on[NICT_T_E] = false;
        nict_state = NICT_TERMINATED
    :: nict_state == NICT_TRYING && ev == NICT_EV_TIMER_K -> /* error */
        nict_line = 33;
        nict_error()
    :: nict_state == NICT_TRYING && ev == NICT_EV_TRANSPORT_ERROR -> /* error_to_tu stop(e) stop(f) */
        nict_line = 30;
        nict_do(NICT_A_ERROR_TO_TU);
        nict_timer_on[NICT_T_E] = false;
        nict_timer_on[NICT_T_F] = false;
        nict_state = NICT_TERMINATED
    :: nict_state == NICT_PROCEEDING && ev == NICT_EV_TU_REQUEST -> /* error */
        nict_line = 42;
        nict_error()
    :: nict_state == NICT_PROCEEDING && ev == NICT_EV_R1XX -> /* to_tu */
        nict_line = 40;
        nict_do(NICT_A_TO_TU)
    :: nict_state == NICT_PROCEEDING && ev == NICT_EV_R2XX_6XX -> /* to_tu stop(e) stop(f) start(k) */
        nict_line = 41;
        nict_do(NICT_A_TO_TU);
        nict_timer_on[NICT_T_E] = false;
        nict_timer_on[NICT_T_F] = false;
        nict_timer_on[NICT_T_K] = true;
        nict_state = NICT_COMPLETED
    :: nict_state == NICT_PROCEEDING && ev == NICT_EV_TIMER_E && (g & 1) == 0 -> /* retransmit start(e,T2) */
        nict_line = 36;
        nict_do(NICT_A_RETRANSMIT);
        nict_timer_on[NICT_T_E] = true
    :: nict_state == NICT_PROCEEDING && ev == NICT_EV_TIMER_E && (g & 1) == 1 -> /* error */
        nict_line = 37;
        nict_error()
    :: nict_state == NICT_PROCEEDING && ev == NICT_EV_TIMER_F -> /* timeout_to_tu stop(e) */
        nict_line = 38;
        nict_do(NICT_A_TIMEOUT_TO_TU);
        nict_timer_on[NICT_T_E] = false;
        nict_state = NICT_TERMINATED
    :: nict_state == NICT_PROCEEDING && ev == NICT_EV_TIMER_K -> /* error */
        nict_line = 42;
        nict_error()
    :: nict_state == NICT_PROCEEDING && ev == NICT_EV_TRANSPORT_ERROR -> /* error_to_tu stop(e) stop(f) */
        nict_line = 39;
        nict_do(NICT_A_ERROR_TO_TU);
        nict_timer_on[NICT_T_E] = false;
        nict_timer_on[NICT_T_F] = false;
        nict_state = NICT_TERMINATED
    :: nict_state == NICT_COMPLETED && ev == NICT_EV_TU_REQUEST -> /* error */
        nict_line = 48;
        nict_error()
    :: nict_state == NICT_COMPLETED && ev == NICT_EV_R1XX -> /* ignore */
        nict_line = 45
    :: nict_state == NICT_COMPLETED && ev == NICT_EV_R2XX_6XX -> /* ignore */
        nict_line = 45
    :: nict_state == NICT_COMPLETED && ev == NICT_EV_TIMER_E -> /* error */
        nict_line = 48;
        nict_error()
    :: nict_state == NICT_COMPLETED && ev == NICT_EV_TIMER_F -> /* error */
        nict_line = 48;
        nict_error()
    :: nict_state == NICT_COMPLETED && ev == NICT_EV_TIMER_K -> /*  */
        nict_line = 46;
        nict_state = NICT_TERMINATED
    :: nict_state == NICT_COMPLETED && ev == NICT_EV_TRANSPORT_ERROR -> /* ignore */
        nict_line = 47
    fi
}
