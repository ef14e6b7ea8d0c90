/* Generated from fsm/ist.fsm by fsmc 1 - do not edit; run `make regen`. */
/* ist: INVITE server transaction - RFC 3261 §17.2.1, §17.2.4; RFC 6026 §7.1
 *
 * The machine as Promela. A harness (tests/model/) defines, before the
 * process that steps the machine:
 *   inline ist_do(a)     runs declared action a (IST_A_*)
 *   inline ist_error()   an `error` row was taken (normally assert(false))
 * and drives the machine with ist_step(ev, guards) and, for timers,
 * ist_fire(ev) when ist_any_timer holds. A timer fires at most
 * IST_FIRE_MAX_<T> times per run (the schedule that fits in the longest
 * timer; see docs/fsm/verification.md); a harness may #define it
 * lower, or as an expression, before including this file. */

#define IST_IDLE 0
#define IST_PROCEEDING 1
#define IST_COMPLETED 2
#define IST_CONFIRMED 3
#define IST_ACCEPTED 4
#define IST_TERMINATED 5
#define IST_N_STATES 6

#define IST_EV_INVITE 0
#define IST_EV_ACK 1
#define IST_EV_TU_1XX 2
#define IST_EV_TU_2XX 3
#define IST_EV_TU_3XX_6XX 4
#define IST_EV_TIMER_G 5
#define IST_EV_TIMER_H 6
#define IST_EV_TIMER_I 7
#define IST_EV_TIMER_L 8
#define IST_EV_TRANSPORT_ERROR 9

#define IST_G_RELIABLE 1
#define IST_A_TO_TU 0
#define IST_A_SEND_TRYING 1
#define IST_A_SEND_RESPONSE 2
#define IST_A_RESEND_RESPONSE 3
#define IST_A_TIMEOUT_TO_TU 4
#define IST_A_ERROR_TO_TU 5

#define IST_T_G 0
#ifndef IST_FIRE_MAX_G
#define IST_FIRE_MAX_G 10
#endif
#define IST_T_H 1
#ifndef IST_FIRE_MAX_H
#define IST_FIRE_MAX_H 1
#endif
#define IST_T_I 2
#ifndef IST_FIRE_MAX_I
#define IST_FIRE_MAX_I 6
#endif
#define IST_T_L 3
#ifndef IST_FIRE_MAX_L
#define IST_FIRE_MAX_L 1
#endif

#define IST_FINAL(s) ((s) == IST_TERMINATED)

byte ist_state = IST_IDLE;
bool ist_timer_on[4];
byte ist_fired[4];
short ist_line; /* spec line of the last row taken, for traces */

#define ist_ready(t, max) (ist_timer_on[t] && ist_fired[t] < max)
#define ist_any_timer (false || ist_ready(IST_T_G, IST_FIRE_MAX_G) || ist_ready(IST_T_H, IST_FIRE_MAX_H) || ist_ready(IST_T_I, IST_FIRE_MAX_I) || ist_ready(IST_T_L, IST_FIRE_MAX_L))

/* Fires one running timer: ev becomes its event. */
inline ist_fire(ev) {
    if
    :: ist_ready(IST_T_G, IST_FIRE_MAX_G) ->
        ist_timer_on[IST_T_G] = false; ist_fired[IST_T_G]++; ev = IST_EV_TIMER_G
    :: ist_ready(IST_T_H, IST_FIRE_MAX_H) ->
        ist_timer_on[IST_T_H] = false; ist_fired[IST_T_H]++; ev = IST_EV_TIMER_H
    :: ist_ready(IST_T_I, IST_FIRE_MAX_I) ->
        ist_timer_on[IST_T_I] = false; ist_fired[IST_T_I]++; ev = IST_EV_TIMER_I
    :: ist_ready(IST_T_L, IST_FIRE_MAX_L) ->
        ist_timer_on[IST_T_L] = false; ist_fired[IST_T_L]++; ev = IST_EV_TIMER_L
    fi
}

/* One transition: the row of (ist_state, ev) under guard bits g. */
inline ist_step(ev, g) {
    if
    :: ist_state == IST_IDLE && ev == IST_EV_INVITE -> /* to_tu send_trying */
        ist_line = 30;
        ist_do(IST_A_TO_TU);
        ist_do(IST_A_SEND_TRYING);
        ist_state = IST_PROCEEDING
    :: ist_state == IST_IDLE && ev == IST_EV_ACK -> /* error */
        ist_line = 31;
        ist_error()
    :: ist_state == IST_IDLE && ev == IST_EV_TU_1XX -> /* error */
        ist_line = 31;
        ist_error()
    :: ist_state == IST_IDLE && ev == IST_EV_TU_2XX -> /* error */
        ist_line = 31;
        ist_error()
    :: ist_state == IST_IDLE && ev == IST_EV_TU_3XX_6XX -> /* error */
        ist_line = 31;
        ist_error()
    :: ist_state == IST_IDLE && ev == IST_EV_TIMER_G -> /* error */
        ist_line = 32;
        ist_error()
    :: ist_state == IST_IDLE && ev == IST_EV_TIMER_H -> /* error */
        ist_line = 32;
        ist_error()
    :: ist_state == IST_IDLE && ev == IST_EV_TIMER_I -> /* error */
        ist_line = 32;
        ist_error()
    :: ist_state == IST_IDLE && ev == IST_EV_TIMER_L -> /* error */
        ist_line = 32;
        ist_error()
    :: ist_state == IST_IDLE && ev == IST_EV_TRANSPORT_ERROR -> /* error */
        ist_line = 32;
        ist_error()
    :: ist_state == IST_PROCEEDING && ev == IST_EV_INVITE -> /* resend_response */
        ist_line = 34;
        ist_do(IST_A_RESEND_RESPONSE)
    :: ist_state == IST_PROCEEDING && ev == IST_EV_ACK -> /* ignore */
        ist_line = 40
    :: ist_state == IST_PROCEEDING && ev == IST_EV_TU_1XX -> /* send_response */
        ist_line = 35;
        ist_do(IST_A_SEND_RESPONSE)
    :: ist_state == IST_PROCEEDING && ev == IST_EV_TU_2XX -> /* send_response start(l) */
        ist_line = 36;
        ist_do(IST_A_SEND_RESPONSE);
        ist_timer_on[IST_T_L] = true;
        ist_state = IST_ACCEPTED
    :: ist_state == IST_PROCEEDING && ev == IST_EV_TU_3XX_6XX && (g & 1) == 0 -> /* send_response start(g) start(h) */
        ist_line = 37;
        ist_do(IST_A_SEND_RESPONSE);
        ist_timer_on[IST_T_G] = true;
        ist_timer_on[IST_T_H] = true;
        ist_state = IST_COMPLETED
    :: ist_state == IST_PROCEEDING && ev == IST_EV_TU_3XX_6XX && (g & 1) == 1 -> /* send_response start(h) */
        ist_line = 38;
        ist_do(IST_A_SEND_RESPONSE);
        ist_timer_on[IST_T_H] = true;
        ist_state = IST_COMPLETED
    :: ist_state == IST_PROCEEDING && ev == IST_EV_TIMER_G -> /* error */
        ist_line = 41;
        ist_error()
    :: ist_state == IST_PROCEEDING && ev == IST_EV_TIMER_H -> /* error */
        ist_line = 41;
        ist_error()
    :: ist_state == IST_PROCEEDING && ev == IST_EV_TIMER_I -> /* error */
        ist_line = 41;
        ist_error()
    :: ist_state == IST_PROCEEDING && ev == IST_EV_TIMER_L -> /* error */
        ist_line = 41;
        ist_error()
    :: ist_state == IST_PROCEEDING && ev == IST_EV_TRANSPORT_ERROR -> /* error_to_tu */
        ist_line = 39;
        ist_do(IST_A_ERROR_TO_TU);
        ist_state = IST_TERMINATED
    :: ist_state == IST_COMPLETED && ev == IST_EV_INVITE -> /* resend_response */
        ist_line = 43;
        ist_do(IST_A_RESEND_RESPONSE)
    :: ist_state == IST_COMPLETED && ev == IST_EV_ACK -> /* stop(g) stop(h) start(i) */
        ist_line = 47;
        ist_timer_on[IST_T_G] = false;
        ist_timer_on[IST_T_H] = false;
        ist_timer_on[IST_T_I] = true;
        ist_state = IST_CONFIRMED
    :: ist_state == IST_COMPLETED && ev == IST_EV_TU_1XX -> /* error */
        ist_line = 49;
        ist_error()
    :: ist_state == IST_COMPLETED && ev == IST_EV_TU_2XX -> /* error */
        ist_line = 49;
        ist_error()
    :: ist_state == IST_COMPLETED && ev == IST_EV_TU_3XX_6XX -> /* error */
        ist_line = 49;
        ist_error()
    :: ist_state == IST_COMPLETED && ev == IST_EV_TIMER_G && (g & 1) == 0 -> /* resend_response backoff(g) */
        ist_line = 44;
        ist_do(IST_A_RESEND_RESPONSE);
        ist_timer_on[IST_T_G] = true
    :: ist_state == IST_COMPLETED && ev == IST_EV_TIMER_G && (g & 1) == 1 -> /* error */
        ist_line = 45;
        ist_error()
    :: ist_state == IST_COMPLETED && ev == IST_EV_TIMER_H -> /* timeout_to_tu stop(g) */
        ist_line = 46;
        ist_do(IST_A_TIMEOUT_TO_TU);
        ist_timer_on[IST_T_G] = false;
        ist_state = IST_TERMINATED
    :: ist_state == IST_COMPLETED && ev == IST_EV_TIMER_I -> /* error */
        ist_line = 50;
        ist_error()
    :: ist_state == IST_COMPLETED && ev == IST_EV_TIMER_L -> /* error */
        ist_line = 50;
        ist_error()
    :: ist_state == IST_COMPLETED && ev == IST_EV_TRANSPORT_ERROR -> /* error_to_tu stop(g) stop(h) */
        ist_line = 48;
        ist_do(IST_A_ERROR_TO_TU);
        ist_timer_on[IST_T_G] = false;
        ist_timer_on[IST_T_H] = false;
        ist_state = IST_TERMINATED
    :: ist_state == IST_CONFIRMED && ev == IST_EV_INVITE -> /* ignore */
        ist_line = 53
    :: ist_state == IST_CONFIRMED && ev == IST_EV_ACK -> /* ignore */
        ist_line = 53
    :: ist_state == IST_CONFIRMED && ev == IST_EV_TU_1XX -> /* error */
        ist_line = 56;
        ist_error()
    :: ist_state == IST_CONFIRMED && ev == IST_EV_TU_2XX -> /* error */
        ist_line = 56;
        ist_error()
    :: ist_state == IST_CONFIRMED && ev == IST_EV_TU_3XX_6XX -> /* error */
        ist_line = 56;
        ist_error()
    :: ist_state == IST_CONFIRMED && ev == IST_EV_TIMER_G -> /* error */
        ist_line = 57;
        ist_error()
    :: ist_state == IST_CONFIRMED && ev == IST_EV_TIMER_H -> /* error */
        ist_line = 57;
        ist_error()
    :: ist_state == IST_CONFIRMED && ev == IST_EV_TIMER_I -> /*  */
        ist_line = 54;
        ist_state = IST_TERMINATED
    :: ist_state == IST_CONFIRMED && ev == IST_EV_TIMER_L -> /* error */
        ist_line = 57;
        ist_error()
    :: ist_state == IST_CONFIRMED && ev == IST_EV_TRANSPORT_ERROR -> /* ignore */
        ist_line = 55
    :: ist_state == IST_ACCEPTED && ev == IST_EV_INVITE -> /* ignore */
        ist_line = 59
    :: ist_state == IST_ACCEPTED && ev == IST_EV_ACK -> /* to_tu */
        ist_line = 60;
        ist_do(IST_A_TO_TU)
    :: ist_state == IST_ACCEPTED && ev == IST_EV_TU_1XX -> /* error */
        ist_line = 65;
        ist_error()
    :: ist_state == IST_ACCEPTED && ev == IST_EV_TU_2XX -> /* send_response */
        ist_line = 61;
        ist_do(IST_A_SEND_RESPONSE)
    :: ist_state == IST_ACCEPTED && ev == IST_EV_TU_3XX_6XX -> /* error */
        ist_line = 65;
        ist_error()
    :: ist_state == IST_ACCEPTED && ev == IST_EV_TIMER_G -> /* error */
        ist_line = 66;
        ist_error()
    :: ist_state == IST_ACCEPTED && ev == IST_EV_TIMER_H -> /* error */
        ist_line = 66;
        ist_error()
    :: ist_state == IST_ACCEPTED && ev == IST_EV_TIMER_I -> /* error */
        ist_line = 66;
        ist_error()
    :: ist_state == IST_ACCEPTED && ev == IST_EV_TIMER_L -> /*  */
        ist_line = 62;
        ist_state = IST_TERMINATED
    :: ist_state == IST_ACCEPTED && ev == IST_EV_TRANSPORT_ERROR -> /* error_to_tu */
        ist_line = 64;
        ist_do(IST_A_ERROR_TO_TU)
    fi
}
