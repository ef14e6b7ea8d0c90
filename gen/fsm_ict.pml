/* Generated from fsm/ict.fsm by fsmc 1 - do not edit; run `make regen`. */
/* ict: INVITE client transaction - RFC 3261 §17.1.1, §17.1.4; RFC 6026 §7.2
 *
 * The machine as Promela. A harness (tests/model/) defines, before the
 * process that steps the machine:
 *   inline ict_do(a)     runs declared action a (ICT_A_*)
 *   inline ict_error()   an `error` row was taken (normally assert(false))
 * and drives the machine with ict_step(ev, guards) and, for timers,
 * ict_fire(ev) when ict_any_timer holds. A timer fires at most
 * ICT_FIRE_MAX_<T> times per run (the schedule that fits in the longest
 * timer; see docs/fsm/verification.md); a harness may #define it
 * lower, or as an expression, before including this file. */

#define ICT_IDLE 0
#define ICT_CALLING 1
#define ICT_PROCEEDING 2
#define ICT_ACCEPTED 3
#define ICT_COMPLETED 4
#define ICT_TERMINATED 5
#define ICT_N_STATES 6

#define ICT_EV_TU_INVITE 0
#define ICT_EV_R1XX 1
#define ICT_EV_R2XX 2
#define ICT_EV_R3XX_6XX 3
#define ICT_EV_TIMER_A 4
#define ICT_EV_TIMER_B 5
#define ICT_EV_TIMER_D 6
#define ICT_EV_TIMER_M 7
#define ICT_EV_TRANSPORT_ERROR 8

#define ICT_G_RELIABLE 1
#define ICT_A_SEND_INVITE 0
#define ICT_A_RETRANSMIT 1
#define ICT_A_SEND_ACK 2
#define ICT_A_TO_TU 3
#define ICT_A_TIMEOUT_TO_TU 4
#define ICT_A_ERROR_TO_TU 5

#define ICT_T_A 0
#ifndef ICT_FIRE_MAX_A
#define ICT_FIRE_MAX_A 6
#endif
#define ICT_T_B 1
#ifndef ICT_FIRE_MAX_B
#define ICT_FIRE_MAX_B 1
#endif
#define ICT_T_D 2
#ifndef ICT_FIRE_MAX_D
#define ICT_FIRE_MAX_D 1
#endif
#define ICT_T_M 3
#ifndef ICT_FIRE_MAX_M
#define ICT_FIRE_MAX_M 1
#endif

#define ICT_FINAL(s) ((s) == ICT_TERMINATED)

byte ict_state = ICT_IDLE;
bool ict_timer_on[4];
byte ict_fired[4];
short ict_line; /* spec line of the last row taken, for traces */

#define ict_ready(t, max) (ict_timer_on[t] && ict_fired[t] < max)
#define ict_any_timer (false || ict_ready(ICT_T_A, ICT_FIRE_MAX_A) || ict_ready(ICT_T_B, ICT_FIRE_MAX_B) || ict_ready(ICT_T_D, ICT_FIRE_MAX_D) || ict_ready(ICT_T_M, ICT_FIRE_MAX_M))

/* Fires one running timer: ev becomes its event. */
inline ict_fire(ev) {
    if
    :: ict_ready(ICT_T_A, ICT_FIRE_MAX_A) ->
        ict_timer_on[ICT_T_A] = false; ict_fired[ICT_T_A]++; ev = ICT_EV_TIMER_A
    :: ict_ready(ICT_T_B, ICT_FIRE_MAX_B) ->
        ict_timer_on[ICT_T_B] = false; ict_fired[ICT_T_B]++; ev = ICT_EV_TIMER_B
    :: ict_ready(ICT_T_D, ICT_FIRE_MAX_D) ->
        ict_timer_on[ICT_T_D] = false; ict_fired[ICT_T_D]++; ev = ICT_EV_TIMER_D
    :: ict_ready(ICT_T_M, ICT_FIRE_MAX_M) ->
        ict_timer_on[ICT_T_M] = false; ict_fired[ICT_T_M]++; ev = ICT_EV_TIMER_M
    fi
}

/* One transition: the row of (ict_state, ev) under guard bits g. */
inline ict_step(ev, g) {
    if
    :: ict_state == ICT_IDLE && ev == ICT_EV_TU_INVITE && (g & 1) == 0 -> /* send_invite start(a) start(b) */
        ict_line = 28;
        ict_do(ICT_A_SEND_INVITE);
        ict_timer_on[ICT_T_A] = true;
        ict_timer_on[ICT_T_B] = true;
        ict_state = ICT_CALLING
    :: ict_state == ICT_IDLE && ev == ICT_EV_TU_INVITE && (g & 1) == 1 -> /* send_invite start(b) */
        ict_line = 29;
        ict_do(ICT_A_SEND_INVITE);
        ict_timer_on[ICT_T_B] = true;
        ict_state = ICT_CALLING
    :: ict_state == ICT_IDLE && ev == ICT_EV_R1XX -> /* error */
        ict_line = 30;
        ict_error()
    :: ict_state == ICT_IDLE && ev == ICT_EV_R2XX -> /* error */
        ict_line = 30;
        ict_error()
    :: ict_state == ICT_IDLE && ev == ICT_EV_R3XX_6XX -> /* error */
        ict_line = 30;
        ict_error()
    :: ict_state == ICT_IDLE && ev == ICT_EV_TIMER_A -> /* error */
        ict_line = 31;
        ict_error()
    :: ict_state == ICT_IDLE && ev == ICT_EV_TIMER_B -> /* error */
        ict_line = 31;
        ict_error()
    :: ict_state == ICT_IDLE && ev == ICT_EV_TIMER_D -> /* error */
        ict_line = 31;
        ict_error()
    :: ict_state == ICT_IDLE && ev == ICT_EV_TIMER_M -> /* error */
        ict_line = 31;
        ict_error()
    :: ict_state == ICT_IDLE && ev == ICT_EV_TRANSPORT_ERROR -> /* error */
        ict_line = 31;
        ict_error()
    :: ict_state == ICT_CALLING && ev == ICT_EV_TU_INVITE -> /* error */
        ict_line = 40;
        ict_error()
    :: ict_state == ICT_CALLING && ev == ICT_EV_R1XX -> /* to_tu stop(a) stop(b) */
        ict_line = 36;
        ict_do(ICT_A_TO_TU);
        ict_timer_on[ICT_T_A] = false;
        ict_timer_on[ICT_T_B] = false;
        ict_state = ICT_PROCEEDING
    :: ict_state == ICT_CALLING && ev == ICT_EV_R2XX -> /* to_tu stop(a) stop(b) start(m) */
        ict_line = 37;
        ict_do(ICT_A_TO_TU);
        ict_timer_on[ICT_T_A] = false;
        ict_timer_on[ICT_T_B] = false;
        ict_timer_on[ICT_T_M] = true;
        ict_state = ICT_ACCEPTED
    :: ict_state == ICT_CALLING && ev == ICT_EV_R3XX_6XX -> /* send_ack to_tu stop(a) stop(b) start(d) */
        ict_line = 38;
        ict_do(ICT_A_SEND_ACK);
        ict_do(ICT_A_TO_TU);
        ict_timer_on[ICT_T_A] = false;
        ict_timer_on[ICT_T_B] = false;
        ict_timer_on[ICT_T_D] = true;
        ict_state = ICT_COMPLETED
    :: ict_state == ICT_CALLING && ev == ICT_EV_TIMER_A && (g & 1) == 0 -> /* retransmit backoff(a) */
        ict_line = 33;
        ict_do(ICT_A_RETRANSMIT);
        ict_timer_on[ICT_T_A] = true
    :: ict_state == ICT_CALLING && ev == ICT_EV_TIMER_A && (g & 1) == 1 -> /* error */
        ict_line = 34;
        ict_error()
    :: ict_state == ICT_CALLING && ev == ICT_EV_TIMER_B -> /* timeout_to_tu stop(a) */
        ict_line = 35;
        ict_do(ICT_A_TIMEOUT_TO_TU);
        ict_timer_on[ICT_T_A] = false;
        ict_state = ICT_TERMINATED
    :: ict_state == ICT_CALLING && ev == ICT_EV_TIMER_D -> /* error */
        ict_line = 40;
        ict_error()
    :: ict_state == ICT_CALLING && ev == ICT_EV_TIMER_M -> /* error */
        ict_line = 40;
        ict_error()
    :: ict_state == ICT_CALLING && ev == ICT_EV_TRANSPORT_ERROR -> /* error_to_tu stop(a) stop(b) */
        ict_line = 39;
        ict_do(ICT_A_ERROR_TO_TU);
        ict_timer_on[ICT_T_A] = false;
        ict_timer_on[ICT_T_B] = false;
        ict_state = ICT_TERMINATED
    :: ict_state == ICT_PROCEEDING && ev == ICT_EV_TU_INVITE -> /* error */
        ict_line = 47;
        ict_error()
    :: ict_state == ICT_PROCEEDING && ev == ICT_EV_R1XX -> /* to_tu */
        ict_line = 43;
        ict_do(ICT_A_TO_TU)
    :: ict_state == ICT_PROCEEDING && ev == ICT_EV_R2XX -> /* to_tu start(m) */
        ict_line = 44;
        ict_do(ICT_A_TO_TU);
        ict_timer_on[ICT_T_M] = true;
        ict_state = ICT_ACCEPTED
    :: ict_state == ICT_PROCEEDING && ev == ICT_EV_R3XX_6XX -> /* send_ack to_tu start(d) */
        ict_line = 45;
        ict_do(ICT_A_SEND_ACK);
        ict_do(ICT_A_TO_TU);
        ict_timer_on[ICT_T_D] = true;
        ict_state = ICT_COMPLETED
    :: ict_state == ICT_PROCEEDING && ev == ICT_EV_TIMER_A -> /* error */
        ict_line = 47;
        ict_error()
    :: ict_state == ICT_PROCEEDING && ev == ICT_EV_TIMER_B -> /* error */
        ict_line = 47;
        ict_error()
    :: ict_state == ICT_PROCEEDING && ev == ICT_EV_TIMER_D -> /* error */
        ict_line = 47;
        ict_error()
    :: ict_state == ICT_PROCEEDING && ev == ICT_EV_TIMER_M -> /* error */
        ict_line = 47;
        ict_error()
    :: ict_state == ICT_PROCEEDING && ev == ICT_EV_TRANSPORT_ERROR -> /* ignore */
        ict_line = 46
    :: ict_state == ICT_ACCEPTED && ev == ICT_EV_TU_INVITE -> /* error */
        ict_line = 54;
        ict_error()
    :: ict_state == ICT_ACCEPTED && ev == ICT_EV_R1XX -> /* ignore */
        ict_line = 52
    :: ict_state == ICT_ACCEPTED && ev == ICT_EV_R2XX -> /* to_tu */
        ict_line = 50;
        ict_do(ICT_A_TO_TU)
    :: ict_state == ICT_ACCEPTED && ev == ICT_EV_R3XX_6XX -> /* ignore */
        ict_line = 52
    :: ict_state == ICT_ACCEPTED && ev == ICT_EV_TIMER_A -> /* error */
        ict_line = 54;
        ict_error()
    :: ict_state == ICT_ACCEPTED && ev == ICT_EV_TIMER_B -> /* error */
        ict_line = 54;
        ict_error()
    :: ict_state == ICT_ACCEPTED && ev == ICT_EV_TIMER_D -> /* error */
        ict_line = 54;
        ict_error()
    :: ict_state == ICT_ACCEPTED && ev == ICT_EV_TIMER_M -> /*  */
        ict_line = 51;
        ict_state = ICT_TERMINATED
    :: ict_state == ICT_ACCEPTED && ev == ICT_EV_TRANSPORT_ERROR -> /* ignore */
        ict_line = 53
    :: ict_state == ICT_COMPLETED && ev == ICT_EV_TU_INVITE -> /* error */
        ict_line = 60;
        ict_error()
    :: ict_state == ICT_COMPLETED && ev == ICT_EV_R1XX -> /* ignore */
        ict_line = 59
    :: ict_state == ICT_COMPLETED && ev == ICT_EV_R2XX -> /* ignore */
        ict_line = 59
    :: ict_state == ICT_COMPLETED && ev == ICT_EV_R3XX_6XX -> /* send_ack */
        ict_line = 56;
        ict_do(ICT_A_SEND_ACK)
    :: ict_state == ICT_COMPLETED && ev == ICT_EV_TIMER_A -> /* error */
        ict_line = 60;
        ict_error()
    :: ict_state == ICT_COMPLETED && ev == ICT_EV_TIMER_B -> /* error */
        ict_line = 60;
        ict_error()
    :: ict_state == ICT_COMPLETED && ev == ICT_EV_TIMER_D -> /*  */
        ict_line = 57;
        ict_state = ICT_TERMINATED
    :: ict_state == ICT_COMPLETED && ev == ICT_EV_TIMER_M -> /* error */
        ict_line = 60;
        ict_error()
    :: ict_state == ICT_COMPLETED && ev == ICT_EV_TRANSPORT_ERROR -> /* error_to_tu stop(d) */
        ict_line = 58;
        ict_do(ICT_A_ERROR_TO_TU);
        ict_timer_on[ICT_T_D] = false;
        ict_state = ICT_TERMINATED
    fi
}
