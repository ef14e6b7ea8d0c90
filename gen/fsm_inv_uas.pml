/* Generated from fsm/inv_uas.fsm by fsmc 1 - do not edit; run `make regen`. */
/* inv_uas: INVITE session, callee - RFC 3261 §9.2, §13.3, §14, §15; RFC 4028 §10
 *
 * The machine as Promela. A harness (tests/model/) defines, before the
 * process that steps the machine:
 *   inline inv_uas_do(a)     runs declared action a (INV_UAS_A_*)
 *   inline inv_uas_error()   an `error` row was taken (normally assert(false))
 * and drives the machine with inv_uas_step(ev, guards) and, for timers,
 * inv_uas_fire(ev) when inv_uas_any_timer holds. A timer fires at most
 * INV_UAS_FIRE_MAX_<T> times per run (the schedule that fits in the longest
 * timer; see docs/fsm/verification.md); a harness may #define it
 * lower, or as an expression, before including this file. */

#define INV_UAS_IDLE 0
#define INV_UAS_PROCEEDING 1
#define INV_UAS_ACCEPTED 2
#define INV_UAS_BYE_PENDING 3
#define INV_UAS_CONFIRMED 4
#define INV_UAS_REINV_OUT 5
#define INV_UAS_REINV_WAIT 6
#define INV_UAS_REINV_IN 7
#define INV_UAS_REINV_IN_ACK 8
#define INV_UAS_TERMINATING 9
#define INV_UAS_TERMINATED 10
#define INV_UAS_N_STATES 11

#define INV_UAS_EV_RX_INVITE 0
#define INV_UAS_EV_APP_1XX 1
#define INV_UAS_EV_APP_ACCEPT 2
#define INV_UAS_EV_APP_REJECT 3
#define INV_UAS_EV_APP_BYE 4
#define INV_UAS_EV_APP_REINVITE 5
#define INV_UAS_EV_RX_ACK 6
#define INV_UAS_EV_RX_CANCEL 7
#define INV_UAS_EV_RX_BYE 8
#define INV_UAS_EV_RX_REINVITE 9
#define INV_UAS_EV_TXN_ERROR 10
#define INV_UAS_EV_BYE_DONE 11
#define INV_UAS_EV_RE_2XX 12
#define INV_UAS_EV_RE_491 13
#define INV_UAS_EV_RE_500 14
#define INV_UAS_EV_RE_481 15
#define INV_UAS_EV_RE_TIMEOUT 16
#define INV_UAS_EV_RE_FAILURE 17
#define INV_UAS_EV_RE_2XX_AGAIN 18
#define INV_UAS_EV_RE_AUTH 19
#define INV_UAS_EV_TIMER_NOANSWER 20
#define INV_UAS_EV_TIMER_GLARE 21
#define INV_UAS_EV_TIMER_RETRY 22
#define INV_UAS_EV_TIMER_RETX 23
#define INV_UAS_EV_TIMER_ACK 24
#define INV_UAS_EV_TIMER_ANSWER 25
#define INV_UAS_EV_TIMER_REFRESH 26
#define INV_UAS_EV_TIMER_EXPIRE 27
#define INV_UAS_EV_TIMER_REINV 28
#define INV_UAS_EV_ST_REFRESHED 29
#define INV_UAS_EV_DIALOG_GONE 30

#define INV_UAS_G_SESSION_TIMER 1
#define INV_UAS_G_REFRESHER 2
#define INV_UAS_G_OFFER_BLOCKED 4
#define INV_UAS_A_REPLY_1XX 0
#define INV_UAS_A_REPLY_2XX 1
#define INV_UAS_A_RESEND_2XX 2
#define INV_UAS_A_REPLY_NON2XX 3
#define INV_UAS_A_REPLY_480 4
#define INV_UAS_A_REPLY_500 5
#define INV_UAS_A_REPLY_487 6
#define INV_UAS_A_REPLY_491 7
#define INV_UAS_A_REPLY_500_RETRY_AFTER 8
#define INV_UAS_A_REPLY_BYE_200 9
#define INV_UAS_A_REPLY_481 10
#define INV_UAS_A_SEND_ACK 11
#define INV_UAS_A_SEND_BYE 12
#define INV_UAS_A_SEND_REINVITE 13
#define INV_UAS_A_SEND_REFRESH 14
#define INV_UAS_A_TO_APP_INVITE 15
#define INV_UAS_A_TO_APP_ANSWERED 16
#define INV_UAS_A_TO_APP_ENDED 17
#define INV_UAS_A_TO_APP_REINVITE 18
#define INV_UAS_A_TO_APP_REINVITE_DONE 19
#define INV_UAS_A_TO_APP_REINVITE_FAILED 20
#define INV_UAS_A_SEND_AUTH_RETRY 21

#define INV_UAS_T_NOANSWER 0
#ifndef INV_UAS_FIRE_MAX_NOANSWER
#define INV_UAS_FIRE_MAX_NOANSWER 9
#endif
#define INV_UAS_T_GLARE 1
#ifndef INV_UAS_FIRE_MAX_GLARE
#define INV_UAS_FIRE_MAX_GLARE 250
#endif
#define INV_UAS_T_RETRY 2
#ifndef INV_UAS_FIRE_MAX_RETRY
#define INV_UAS_FIRE_MAX_RETRY 179
#endif
#define INV_UAS_T_RETX 3
#ifndef INV_UAS_FIRE_MAX_RETX
#define INV_UAS_FIRE_MAX_RETX 250
#endif
#define INV_UAS_T_ACK 4
#ifndef INV_UAS_FIRE_MAX_ACK
#define INV_UAS_FIRE_MAX_ACK 56
#endif
#define INV_UAS_T_ANSWER 5
#ifndef INV_UAS_FIRE_MAX_ANSWER
#define INV_UAS_FIRE_MAX_ANSWER 56
#endif
#define INV_UAS_T_REFRESH 6
#ifndef INV_UAS_FIRE_MAX_REFRESH
#define INV_UAS_FIRE_MAX_REFRESH 1
#endif
#define INV_UAS_T_EXPIRE 7
#ifndef INV_UAS_FIRE_MAX_EXPIRE
#define INV_UAS_FIRE_MAX_EXPIRE 1
#endif
#define INV_UAS_T_REINV 8
#ifndef INV_UAS_FIRE_MAX_REINV
#define INV_UAS_FIRE_MAX_REINV 9
#endif

#define INV_UAS_FINAL(s) ((s) == INV_UAS_TERMINATED)

byte inv_uas_state = INV_UAS_IDLE;
bool inv_uas_timer_on[9];
byte inv_uas_fired[9];
short inv_uas_line; /* spec line of the last row taken, for traces */

#define inv_uas_ready(t, max) (inv_uas_timer_on[t] && inv_uas_fired[t] < max)
#define inv_uas_any_timer (false || inv_uas_ready(INV_UAS_T_NOANSWER, INV_UAS_FIRE_MAX_NOANSWER) || inv_uas_ready(INV_UAS_T_GLARE, INV_UAS_FIRE_MAX_GLARE) || inv_uas_ready(INV_UAS_T_RETRY, INV_UAS_FIRE_MAX_RETRY) || inv_uas_ready(INV_UAS_T_RETX, INV_UAS_FIRE_MAX_RETX) || inv_uas_ready(INV_UAS_T_ACK, INV_UAS_FIRE_MAX_ACK) || inv_uas_ready(INV_UAS_T_ANSWER, INV_UAS_FIRE_MAX_ANSWER) || inv_uas_ready(INV_UAS_T_REFRESH, INV_UAS_FIRE_MAX_REFRESH) || inv_uas_ready(INV_UAS_T_EXPIRE, INV_UAS_FIRE_MAX_EXPIRE) || inv_uas_ready(INV_UAS_T_REINV, INV_UAS_FIRE_MAX_REINV))

/* Fires one running timer: ev becomes its event. */
inline inv_uas_fire(ev) {
    if
    :: inv_uas_ready(INV_UAS_T_NOANSWER, INV_UAS_FIRE_MAX_NOANSWER) ->
        inv_uas_timer_on[INV_UAS_T_NOANSWER] = false; inv_uas_fired[INV_UAS_T_NOANSWER]++; ev = INV_UAS_EV_TIMER_NOANSWER
    :: inv_uas_ready(INV_UAS_T_GLARE, INV_UAS_FIRE_MAX_GLARE) ->
        inv_uas_timer_on[INV_UAS_T_GLARE] = false; inv_uas_fired[INV_UAS_T_GLARE]++; ev = INV_UAS_EV_TIMER_GLARE
    :: inv_uas_ready(INV_UAS_T_RETRY, INV_UAS_FIRE_MAX_RETRY) ->
        inv_uas_timer_on[INV_UAS_T_RETRY] = false; inv_uas_fired[INV_UAS_T_RETRY]++; ev = INV_UAS_EV_TIMER_RETRY
    :: inv_uas_ready(INV_UAS_T_RETX, INV_UAS_FIRE_MAX_RETX) ->
        inv_uas_timer_on[INV_UAS_T_RETX] = false; inv_uas_fired[INV_UAS_T_RETX]++; ev = INV_UAS_EV_TIMER_RETX
    :: inv_uas_ready(INV_UAS_T_ACK, INV_UAS_FIRE_MAX_ACK) ->
        inv_uas_timer_on[INV_UAS_T_ACK] = false; inv_uas_fired[INV_UAS_T_ACK]++; ev = INV_UAS_EV_TIMER_ACK
    :: inv_uas_ready(INV_UAS_T_ANSWER, INV_UAS_FIRE_MAX_ANSWER) ->
        inv_uas_timer_on[INV_UAS_T_ANSWER] = false; inv_uas_fired[INV_UAS_T_ANSWER]++; ev = INV_UAS_EV_TIMER_ANSWER
    :: inv_uas_ready(INV_UAS_T_REFRESH, INV_UAS_FIRE_MAX_REFRESH) ->
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false; inv_uas_fired[INV_UAS_T_REFRESH]++; ev = INV_UAS_EV_TIMER_REFRESH
    :: inv_uas_ready(INV_UAS_T_EXPIRE, INV_UAS_FIRE_MAX_EXPIRE) ->
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = false; inv_uas_fired[INV_UAS_T_EXPIRE]++; ev = INV_UAS_EV_TIMER_EXPIRE
    :: inv_uas_ready(INV_UAS_T_REINV, INV_UAS_FIRE_MAX_REINV) ->
        inv_uas_timer_on[INV_UAS_T_REINV] = false; inv_uas_fired[INV_UAS_T_REINV]++; ev = INV_UAS_EV_TIMER_REINV
    fi
}

/* One transition: the row of (inv_uas_state, ev) under guard bits g. */
inline inv_uas_step(ev, g) {
    if
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_RX_INVITE -> /* to_app_invite start(noanswer) */
        inv_uas_line = 81;
        inv_uas_do(INV_UAS_A_TO_APP_INVITE);
        inv_uas_timer_on[INV_UAS_T_NOANSWER] = true;
        inv_uas_state = INV_UAS_PROCEEDING
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_APP_1XX -> /* error */
        inv_uas_line = 82;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_APP_ACCEPT -> /* error */
        inv_uas_line = 82;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_APP_REJECT -> /* error */
        inv_uas_line = 82;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_APP_BYE -> /* error */
        inv_uas_line = 82;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_APP_REINVITE -> /* error */
        inv_uas_line = 82;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_RX_ACK -> /* error */
        inv_uas_line = 83;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_RX_CANCEL -> /* error */
        inv_uas_line = 83;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_RX_BYE -> /* error */
        inv_uas_line = 83;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_RX_REINVITE -> /* error */
        inv_uas_line = 83;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_TXN_ERROR -> /* error */
        inv_uas_line = 83;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_BYE_DONE -> /* error */
        inv_uas_line = 83;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_RE_2XX -> /* error */
        inv_uas_line = 84;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_RE_491 -> /* error */
        inv_uas_line = 84;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_RE_500 -> /* error */
        inv_uas_line = 84;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_RE_481 -> /* error */
        inv_uas_line = 84;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_RE_TIMEOUT -> /* error */
        inv_uas_line = 84;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_RE_FAILURE -> /* error */
        inv_uas_line = 84;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_RE_2XX_AGAIN -> /* error */
        inv_uas_line = 84;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_RE_AUTH -> /* error */
        inv_uas_line = 84;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_TIMER_NOANSWER -> /* error */
        inv_uas_line = 85;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_TIMER_GLARE -> /* error */
        inv_uas_line = 85;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_TIMER_RETRY -> /* error */
        inv_uas_line = 85;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_TIMER_RETX -> /* error */
        inv_uas_line = 85;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_TIMER_ACK -> /* error */
        inv_uas_line = 85;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_TIMER_ANSWER -> /* error */
        inv_uas_line = 85;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_TIMER_REFRESH -> /* error */
        inv_uas_line = 85;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_TIMER_EXPIRE -> /* error */
        inv_uas_line = 85;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_TIMER_REINV -> /* error */
        inv_uas_line = 85;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_ST_REFRESHED -> /* error */
        inv_uas_line = 252;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_IDLE && ev == INV_UAS_EV_DIALOG_GONE -> /* error */
        inv_uas_line = 266;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_RX_INVITE -> /* error */
        inv_uas_line = 98;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_APP_1XX -> /* reply_1xx */
        inv_uas_line = 87;
        inv_uas_do(INV_UAS_A_REPLY_1XX)
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_APP_ACCEPT -> /* reply_2xx stop(noanswer) start(retx) start(ack) */
        inv_uas_line = 88;
        inv_uas_do(INV_UAS_A_REPLY_2XX);
        inv_uas_timer_on[INV_UAS_T_NOANSWER] = false;
        inv_uas_timer_on[INV_UAS_T_RETX] = true;
        inv_uas_timer_on[INV_UAS_T_ACK] = true;
        inv_uas_state = INV_UAS_ACCEPTED
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_APP_REJECT -> /* reply_non2xx stop(noanswer) */
        inv_uas_line = 89;
        inv_uas_do(INV_UAS_A_REPLY_NON2XX);
        inv_uas_timer_on[INV_UAS_T_NOANSWER] = false;
        inv_uas_state = INV_UAS_TERMINATED
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_APP_BYE -> /* error */
        inv_uas_line = 97;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_APP_REINVITE -> /* error */
        inv_uas_line = 98;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_RX_ACK -> /* error */
        inv_uas_line = 96;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_RX_CANCEL -> /* reply_487 to_app_ended stop(noanswer) */
        inv_uas_line = 92;
        inv_uas_do(INV_UAS_A_REPLY_487);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_NOANSWER] = false;
        inv_uas_state = INV_UAS_TERMINATED
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_RX_BYE -> /* reply_487 reply_bye_200 to_app_ended stop(noanswer) */
        inv_uas_line = 93;
        inv_uas_do(INV_UAS_A_REPLY_487);
        inv_uas_do(INV_UAS_A_REPLY_BYE_200);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_NOANSWER] = false;
        inv_uas_state = INV_UAS_TERMINATED
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_RX_REINVITE -> /* reply_500_retry_after */
        inv_uas_line = 94;
        inv_uas_do(INV_UAS_A_REPLY_500_RETRY_AFTER)
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_TXN_ERROR -> /* to_app_ended stop(noanswer) */
        inv_uas_line = 95;
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_NOANSWER] = false;
        inv_uas_state = INV_UAS_TERMINATED
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_BYE_DONE -> /* error */
        inv_uas_line = 98;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_RE_2XX -> /* error */
        inv_uas_line = 99;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_RE_491 -> /* error */
        inv_uas_line = 99;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_RE_500 -> /* error */
        inv_uas_line = 99;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_RE_481 -> /* error */
        inv_uas_line = 99;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_RE_TIMEOUT -> /* error */
        inv_uas_line = 99;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_RE_FAILURE -> /* error */
        inv_uas_line = 99;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_RE_2XX_AGAIN -> /* error */
        inv_uas_line = 99;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_RE_AUTH -> /* error */
        inv_uas_line = 99;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_TIMER_NOANSWER -> /* reply_480 to_app_ended */
        inv_uas_line = 91;
        inv_uas_do(INV_UAS_A_REPLY_480);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_state = INV_UAS_TERMINATED
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_TIMER_GLARE -> /* error */
        inv_uas_line = 100;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_TIMER_RETRY -> /* error */
        inv_uas_line = 100;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_TIMER_RETX -> /* error */
        inv_uas_line = 100;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_TIMER_ACK -> /* error */
        inv_uas_line = 100;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_TIMER_ANSWER -> /* error */
        inv_uas_line = 100;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_TIMER_REFRESH -> /* error */
        inv_uas_line = 100;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_TIMER_EXPIRE -> /* error */
        inv_uas_line = 100;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_TIMER_REINV -> /* error */
        inv_uas_line = 100;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_ST_REFRESHED -> /* error */
        inv_uas_line = 252;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_PROCEEDING && ev == INV_UAS_EV_DIALOG_GONE -> /* error */
        inv_uas_line = 266;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_RX_INVITE -> /* error */
        inv_uas_line = 128;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_APP_1XX -> /* error */
        inv_uas_line = 128;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_APP_ACCEPT -> /* error */
        inv_uas_line = 128;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_APP_REJECT -> /* error */
        inv_uas_line = 128;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_APP_BYE -> /*  */
        inv_uas_line = 107;
        inv_uas_state = INV_UAS_BYE_PENDING
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_APP_REINVITE -> /* error */
        inv_uas_line = 128;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_RX_ACK && (g & 3) == 3 -> /* to_app_answered stop(retx) stop(ack) start(refresh) start(expire) */
        inv_uas_line = 103;
        inv_uas_do(INV_UAS_A_TO_APP_ANSWERED);
        inv_uas_timer_on[INV_UAS_T_RETX] = false;
        inv_uas_timer_on[INV_UAS_T_ACK] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = true;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = true;
        inv_uas_state = INV_UAS_CONFIRMED
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_RX_ACK && (g & 3) == 1 -> /* to_app_answered stop(retx) stop(ack) start(expire) */
        inv_uas_line = 104;
        inv_uas_do(INV_UAS_A_TO_APP_ANSWERED);
        inv_uas_timer_on[INV_UAS_T_RETX] = false;
        inv_uas_timer_on[INV_UAS_T_ACK] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = true;
        inv_uas_state = INV_UAS_CONFIRMED
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_RX_ACK && (g & 1) == 0 -> /* to_app_answered stop(retx) stop(ack) */
        inv_uas_line = 105;
        inv_uas_do(INV_UAS_A_TO_APP_ANSWERED);
        inv_uas_timer_on[INV_UAS_T_RETX] = false;
        inv_uas_timer_on[INV_UAS_T_ACK] = false;
        inv_uas_state = INV_UAS_CONFIRMED
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_RX_CANCEL -> /* error */
        inv_uas_line = 118;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_RX_BYE -> /* reply_bye_200 to_app_ended stop(retx) stop(ack) */
        inv_uas_line = 114;
        inv_uas_do(INV_UAS_A_REPLY_BYE_200);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_RETX] = false;
        inv_uas_timer_on[INV_UAS_T_ACK] = false;
        inv_uas_state = INV_UAS_TERMINATED
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_RX_REINVITE -> /* reply_500_retry_after */
        inv_uas_line = 119;
        inv_uas_do(INV_UAS_A_REPLY_500_RETRY_AFTER)
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_TXN_ERROR -> /* ignore */
        inv_uas_line = 121
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_BYE_DONE -> /* error */
        inv_uas_line = 128;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_RE_2XX -> /* error */
        inv_uas_line = 129;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_RE_491 -> /* error */
        inv_uas_line = 129;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_RE_500 -> /* error */
        inv_uas_line = 129;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_RE_481 -> /* error */
        inv_uas_line = 129;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_RE_TIMEOUT -> /* error */
        inv_uas_line = 129;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_RE_FAILURE -> /* error */
        inv_uas_line = 129;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_RE_2XX_AGAIN -> /* error */
        inv_uas_line = 129;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_RE_AUTH -> /* error */
        inv_uas_line = 129;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_TIMER_NOANSWER -> /* error */
        inv_uas_line = 130;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_TIMER_GLARE -> /* error */
        inv_uas_line = 130;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_TIMER_RETRY -> /* error */
        inv_uas_line = 130;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_TIMER_RETX -> /* resend_2xx backoff(retx) */
        inv_uas_line = 110;
        inv_uas_do(INV_UAS_A_RESEND_2XX);
        inv_uas_timer_on[INV_UAS_T_RETX] = true
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_TIMER_ACK -> /* send_bye to_app_ended stop(retx) */
        inv_uas_line = 112;
        inv_uas_do(INV_UAS_A_SEND_BYE);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_RETX] = false;
        inv_uas_state = INV_UAS_TERMINATING
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_TIMER_ANSWER -> /* error */
        inv_uas_line = 130;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_TIMER_REFRESH -> /* error */
        inv_uas_line = 130;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_TIMER_EXPIRE -> /* error */
        inv_uas_line = 130;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_TIMER_REINV -> /* error */
        inv_uas_line = 130;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_ST_REFRESHED -> /* ignore */
        inv_uas_line = 248
    :: inv_uas_state == INV_UAS_ACCEPTED && ev == INV_UAS_EV_DIALOG_GONE -> /* to_app_ended stop(retx) stop(ack) */
        inv_uas_line = 261;
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_RETX] = false;
        inv_uas_timer_on[INV_UAS_T_ACK] = false;
        inv_uas_state = INV_UAS_TERMINATED
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_RX_INVITE -> /* error */
        inv_uas_line = 128;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_APP_1XX -> /* error */
        inv_uas_line = 128;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_APP_ACCEPT -> /* error */
        inv_uas_line = 128;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_APP_REJECT -> /* error */
        inv_uas_line = 128;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_APP_BYE -> /* ignore */
        inv_uas_line = 109
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_APP_REINVITE -> /* error */
        inv_uas_line = 128;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_RX_ACK -> /* send_bye to_app_ended stop(retx) stop(ack) */
        inv_uas_line = 108;
        inv_uas_do(INV_UAS_A_SEND_BYE);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_RETX] = false;
        inv_uas_timer_on[INV_UAS_T_ACK] = false;
        inv_uas_state = INV_UAS_TERMINATING
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_RX_CANCEL -> /* error */
        inv_uas_line = 118;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_RX_BYE -> /* reply_bye_200 to_app_ended stop(retx) stop(ack) */
        inv_uas_line = 114;
        inv_uas_do(INV_UAS_A_REPLY_BYE_200);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_RETX] = false;
        inv_uas_timer_on[INV_UAS_T_ACK] = false;
        inv_uas_state = INV_UAS_TERMINATED
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_RX_REINVITE -> /* reply_500_retry_after */
        inv_uas_line = 120;
        inv_uas_do(INV_UAS_A_REPLY_500_RETRY_AFTER)
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_TXN_ERROR -> /* error */
        inv_uas_line = 127;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_BYE_DONE -> /* error */
        inv_uas_line = 128;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_RE_2XX -> /* error */
        inv_uas_line = 129;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_RE_491 -> /* error */
        inv_uas_line = 129;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_RE_500 -> /* error */
        inv_uas_line = 129;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_RE_481 -> /* error */
        inv_uas_line = 129;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_RE_TIMEOUT -> /* error */
        inv_uas_line = 129;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_RE_FAILURE -> /* error */
        inv_uas_line = 129;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_RE_2XX_AGAIN -> /* error */
        inv_uas_line = 129;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_RE_AUTH -> /* error */
        inv_uas_line = 129;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_TIMER_NOANSWER -> /* error */
        inv_uas_line = 130;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_TIMER_GLARE -> /* error */
        inv_uas_line = 130;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_TIMER_RETRY -> /* error */
        inv_uas_line = 130;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_TIMER_RETX -> /* resend_2xx backoff(retx) */
        inv_uas_line = 111;
        inv_uas_do(INV_UAS_A_RESEND_2XX);
        inv_uas_timer_on[INV_UAS_T_RETX] = true
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_TIMER_ACK -> /* send_bye to_app_ended stop(retx) */
        inv_uas_line = 113;
        inv_uas_do(INV_UAS_A_SEND_BYE);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_RETX] = false;
        inv_uas_state = INV_UAS_TERMINATING
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_TIMER_ANSWER -> /* error */
        inv_uas_line = 130;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_TIMER_REFRESH -> /* error */
        inv_uas_line = 130;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_TIMER_EXPIRE -> /* error */
        inv_uas_line = 130;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_TIMER_REINV -> /* error */
        inv_uas_line = 130;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_ST_REFRESHED -> /* ignore */
        inv_uas_line = 248
    :: inv_uas_state == INV_UAS_BYE_PENDING && ev == INV_UAS_EV_DIALOG_GONE -> /* to_app_ended stop(retx) stop(ack) */
        inv_uas_line = 261;
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_RETX] = false;
        inv_uas_timer_on[INV_UAS_T_ACK] = false;
        inv_uas_state = INV_UAS_TERMINATED
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_RX_INVITE -> /* error */
        inv_uas_line = 201;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_APP_1XX -> /* error */
        inv_uas_line = 201;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_APP_ACCEPT -> /* error */
        inv_uas_line = 202;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_APP_REJECT -> /* error */
        inv_uas_line = 202;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_APP_BYE -> /* send_bye to_app_ended stop(glare) stop(retry) stop(refresh) stop(expire) */
        inv_uas_line = 217;
        inv_uas_do(INV_UAS_A_SEND_BYE);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_GLARE] = false;
        inv_uas_timer_on[INV_UAS_T_RETRY] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = false;
        inv_uas_state = INV_UAS_TERMINATING
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_APP_REINVITE -> /* send_reinvite start(reinv) */
        inv_uas_line = 137;
        inv_uas_do(INV_UAS_A_SEND_REINVITE);
        inv_uas_timer_on[INV_UAS_T_REINV] = true;
        inv_uas_state = INV_UAS_REINV_OUT
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_RX_ACK -> /* error */
        inv_uas_line = 136;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_RX_CANCEL -> /* error */
        inv_uas_line = 136;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_RX_BYE -> /* reply_bye_200 to_app_ended stop(glare) stop(retry) stop(refresh) stop(expire) */
        inv_uas_line = 221;
        inv_uas_do(INV_UAS_A_REPLY_BYE_200);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_GLARE] = false;
        inv_uas_timer_on[INV_UAS_T_RETRY] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = false;
        inv_uas_state = INV_UAS_TERMINATED
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_RX_REINVITE -> /* to_app_reinvite start(answer) */
        inv_uas_line = 143;
        inv_uas_do(INV_UAS_A_TO_APP_REINVITE);
        inv_uas_timer_on[INV_UAS_T_ANSWER] = true;
        inv_uas_state = INV_UAS_REINV_IN
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_TXN_ERROR -> /* error */
        inv_uas_line = 136;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_BYE_DONE -> /* error */
        inv_uas_line = 201;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_RE_2XX -> /* error */
        inv_uas_line = 211;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_RE_491 -> /* error */
        inv_uas_line = 211;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_RE_500 -> /* error */
        inv_uas_line = 211;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_RE_481 -> /* error */
        inv_uas_line = 211;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_RE_TIMEOUT -> /* error */
        inv_uas_line = 211;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_RE_FAILURE -> /* error */
        inv_uas_line = 211;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_RE_2XX_AGAIN -> /* send_ack */
        inv_uas_line = 205;
        inv_uas_do(INV_UAS_A_SEND_ACK)
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_RE_AUTH -> /* error */
        inv_uas_line = 211;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_TIMER_NOANSWER -> /* error */
        inv_uas_line = 213;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_TIMER_GLARE -> /* error */
        inv_uas_line = 214;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_TIMER_RETRY -> /* error */
        inv_uas_line = 214;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_TIMER_RETX -> /* error */
        inv_uas_line = 215;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_TIMER_ACK -> /* error */
        inv_uas_line = 215;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_TIMER_ANSWER -> /* error */
        inv_uas_line = 216;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_TIMER_REFRESH && (g & 6) == 2 -> /* send_refresh start(reinv) */
        inv_uas_line = 138;
        inv_uas_do(INV_UAS_A_SEND_REFRESH);
        inv_uas_timer_on[INV_UAS_T_REINV] = true;
        inv_uas_state = INV_UAS_REINV_OUT
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_TIMER_REFRESH && (g & 6) == 6 -> /* start(refresh,T2) */
        inv_uas_line = 141;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = true
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_TIMER_REFRESH && (g & 2) == 0 -> /* error */
        inv_uas_line = 142;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_TIMER_EXPIRE -> /* send_bye to_app_ended stop(glare) stop(retry) stop(refresh) */
        inv_uas_line = 225;
        inv_uas_do(INV_UAS_A_SEND_BYE);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_GLARE] = false;
        inv_uas_timer_on[INV_UAS_T_RETRY] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_state = INV_UAS_TERMINATING
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_TIMER_REINV -> /* error */
        inv_uas_line = 156;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_ST_REFRESHED && (g & 3) == 3 -> /* start(refresh) start(expire) */
        inv_uas_line = 233;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = true;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = true
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_ST_REFRESHED && (g & 3) == 1 -> /* stop(refresh) start(expire) */
        inv_uas_line = 234;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = true
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_ST_REFRESHED && (g & 1) == 0 -> /* error */
        inv_uas_line = 235;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_CONFIRMED && ev == INV_UAS_EV_DIALOG_GONE -> /* to_app_ended stop(glare) stop(retry) stop(refresh) stop(expire) */
        inv_uas_line = 262;
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_GLARE] = false;
        inv_uas_timer_on[INV_UAS_T_RETRY] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = false;
        inv_uas_state = INV_UAS_TERMINATED
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_RX_INVITE -> /* error */
        inv_uas_line = 201;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_APP_1XX -> /* error */
        inv_uas_line = 201;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_APP_ACCEPT -> /* error */
        inv_uas_line = 202;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_APP_REJECT -> /* error */
        inv_uas_line = 202;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_APP_BYE -> /* send_bye to_app_ended stop(reinv) stop(refresh) stop(expire) */
        inv_uas_line = 218;
        inv_uas_do(INV_UAS_A_SEND_BYE);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_REINV] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = false;
        inv_uas_state = INV_UAS_TERMINATING
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_APP_REINVITE -> /* error */
        inv_uas_line = 170;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_RX_ACK -> /* error */
        inv_uas_line = 171;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_RX_CANCEL -> /* error */
        inv_uas_line = 171;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_RX_BYE -> /* reply_bye_200 to_app_ended stop(reinv) stop(refresh) stop(expire) */
        inv_uas_line = 222;
        inv_uas_do(INV_UAS_A_REPLY_BYE_200);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_REINV] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = false;
        inv_uas_state = INV_UAS_TERMINATED
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_RX_REINVITE -> /* reply_491 */
        inv_uas_line = 157;
        inv_uas_do(INV_UAS_A_REPLY_491)
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_TXN_ERROR -> /* error */
        inv_uas_line = 171;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_BYE_DONE -> /* error */
        inv_uas_line = 201;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_RE_2XX && (g & 3) == 3 -> /* stop(reinv) send_ack to_app_reinvite_done start(refresh) start(expire) */
        inv_uas_line = 146;
        inv_uas_timer_on[INV_UAS_T_REINV] = false;
        inv_uas_do(INV_UAS_A_SEND_ACK);
        inv_uas_do(INV_UAS_A_TO_APP_REINVITE_DONE);
        inv_uas_timer_on[INV_UAS_T_REFRESH] = true;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = true;
        inv_uas_state = INV_UAS_CONFIRMED
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_RE_2XX && (g & 3) == 1 -> /* stop(reinv) send_ack to_app_reinvite_done start(expire) stop(refresh) */
        inv_uas_line = 147;
        inv_uas_timer_on[INV_UAS_T_REINV] = false;
        inv_uas_do(INV_UAS_A_SEND_ACK);
        inv_uas_do(INV_UAS_A_TO_APP_REINVITE_DONE);
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = true;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_state = INV_UAS_CONFIRMED
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_RE_2XX && (g & 1) == 0 -> /* stop(reinv) send_ack to_app_reinvite_done stop(refresh) stop(expire) */
        inv_uas_line = 148;
        inv_uas_timer_on[INV_UAS_T_REINV] = false;
        inv_uas_do(INV_UAS_A_SEND_ACK);
        inv_uas_do(INV_UAS_A_TO_APP_REINVITE_DONE);
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = false;
        inv_uas_state = INV_UAS_CONFIRMED
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_RE_491 -> /* stop(reinv) start(glare) */
        inv_uas_line = 149;
        inv_uas_timer_on[INV_UAS_T_REINV] = false;
        inv_uas_timer_on[INV_UAS_T_GLARE] = true;
        inv_uas_state = INV_UAS_REINV_WAIT
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_RE_500 -> /* stop(reinv) start(retry) */
        inv_uas_line = 150;
        inv_uas_timer_on[INV_UAS_T_REINV] = false;
        inv_uas_timer_on[INV_UAS_T_RETRY] = true;
        inv_uas_state = INV_UAS_REINV_WAIT
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_RE_481 -> /* stop(reinv) to_app_ended stop(refresh) stop(expire) */
        inv_uas_line = 153;
        inv_uas_timer_on[INV_UAS_T_REINV] = false;
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = false;
        inv_uas_state = INV_UAS_TERMINATED
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_RE_TIMEOUT -> /* stop(reinv) send_bye to_app_ended stop(refresh) stop(expire) */
        inv_uas_line = 154;
        inv_uas_timer_on[INV_UAS_T_REINV] = false;
        inv_uas_do(INV_UAS_A_SEND_BYE);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = false;
        inv_uas_state = INV_UAS_TERMINATING
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_RE_FAILURE -> /* stop(reinv) to_app_reinvite_failed */
        inv_uas_line = 151;
        inv_uas_timer_on[INV_UAS_T_REINV] = false;
        inv_uas_do(INV_UAS_A_TO_APP_REINVITE_FAILED);
        inv_uas_state = INV_UAS_CONFIRMED
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_RE_2XX_AGAIN -> /* send_ack */
        inv_uas_line = 206;
        inv_uas_do(INV_UAS_A_SEND_ACK)
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_RE_AUTH -> /* send_auth_retry */
        inv_uas_line = 152;
        inv_uas_do(INV_UAS_A_SEND_AUTH_RETRY)
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_TIMER_NOANSWER -> /* error */
        inv_uas_line = 213;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_TIMER_GLARE -> /* error */
        inv_uas_line = 214;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_TIMER_RETRY -> /* error */
        inv_uas_line = 214;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_TIMER_RETX -> /* error */
        inv_uas_line = 215;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_TIMER_ACK -> /* error */
        inv_uas_line = 215;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_TIMER_ANSWER -> /* error */
        inv_uas_line = 216;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_TIMER_REFRESH && (g & 2) == 2 -> /* start(refresh,T2) */
        inv_uas_line = 160;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = true
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_TIMER_REFRESH && (g & 2) == 0 -> /* error */
        inv_uas_line = 169;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_TIMER_EXPIRE -> /* send_bye to_app_ended stop(reinv) stop(refresh) */
        inv_uas_line = 226;
        inv_uas_do(INV_UAS_A_SEND_BYE);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_REINV] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_state = INV_UAS_TERMINATING
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_TIMER_REINV -> /* send_bye to_app_ended stop(refresh) stop(expire) */
        inv_uas_line = 155;
        inv_uas_do(INV_UAS_A_SEND_BYE);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = false;
        inv_uas_state = INV_UAS_TERMINATING
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_ST_REFRESHED && (g & 3) == 3 -> /* start(refresh) start(expire) */
        inv_uas_line = 236;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = true;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = true
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_ST_REFRESHED && (g & 3) == 1 -> /* stop(refresh) start(expire) */
        inv_uas_line = 237;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = true
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_ST_REFRESHED && (g & 1) == 0 -> /* error */
        inv_uas_line = 238;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_OUT && ev == INV_UAS_EV_DIALOG_GONE -> /* to_app_ended stop(reinv) stop(refresh) stop(expire) */
        inv_uas_line = 263;
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_REINV] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = false;
        inv_uas_state = INV_UAS_TERMINATED
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_RX_INVITE -> /* error */
        inv_uas_line = 201;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_APP_1XX -> /* error */
        inv_uas_line = 201;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_APP_ACCEPT -> /* error */
        inv_uas_line = 202;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_APP_REJECT -> /* error */
        inv_uas_line = 202;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_APP_BYE -> /* send_bye to_app_ended stop(glare) stop(retry) stop(refresh) stop(expire) */
        inv_uas_line = 217;
        inv_uas_do(INV_UAS_A_SEND_BYE);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_GLARE] = false;
        inv_uas_timer_on[INV_UAS_T_RETRY] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = false;
        inv_uas_state = INV_UAS_TERMINATING
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_APP_REINVITE -> /* error */
        inv_uas_line = 170;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_RX_ACK -> /* error */
        inv_uas_line = 171;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_RX_CANCEL -> /* error */
        inv_uas_line = 171;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_RX_BYE -> /* reply_bye_200 to_app_ended stop(glare) stop(retry) stop(refresh) stop(expire) */
        inv_uas_line = 221;
        inv_uas_do(INV_UAS_A_REPLY_BYE_200);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_GLARE] = false;
        inv_uas_timer_on[INV_UAS_T_RETRY] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = false;
        inv_uas_state = INV_UAS_TERMINATED
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_RX_REINVITE -> /* to_app_reinvite_failed to_app_reinvite stop(glare) stop(retry) start(answer) */
        inv_uas_line = 178;
        inv_uas_do(INV_UAS_A_TO_APP_REINVITE_FAILED);
        inv_uas_do(INV_UAS_A_TO_APP_REINVITE);
        inv_uas_timer_on[INV_UAS_T_GLARE] = false;
        inv_uas_timer_on[INV_UAS_T_RETRY] = false;
        inv_uas_timer_on[INV_UAS_T_ANSWER] = true;
        inv_uas_state = INV_UAS_REINV_IN
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_TXN_ERROR -> /* error */
        inv_uas_line = 171;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_BYE_DONE -> /* error */
        inv_uas_line = 201;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_RE_2XX -> /* error */
        inv_uas_line = 179;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_RE_491 -> /* error */
        inv_uas_line = 179;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_RE_500 -> /* error */
        inv_uas_line = 179;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_RE_481 -> /* error */
        inv_uas_line = 179;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_RE_TIMEOUT -> /* error */
        inv_uas_line = 179;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_RE_FAILURE -> /* error */
        inv_uas_line = 179;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_RE_2XX_AGAIN -> /* send_ack */
        inv_uas_line = 207;
        inv_uas_do(INV_UAS_A_SEND_ACK)
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_RE_AUTH -> /* error */
        inv_uas_line = 179;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_TIMER_NOANSWER -> /* error */
        inv_uas_line = 213;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_TIMER_GLARE && (g & 4) == 0 -> /* send_reinvite start(reinv) */
        inv_uas_line = 174;
        inv_uas_do(INV_UAS_A_SEND_REINVITE);
        inv_uas_timer_on[INV_UAS_T_REINV] = true;
        inv_uas_state = INV_UAS_REINV_OUT
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_TIMER_GLARE && (g & 4) == 4 -> /* start(glare) */
        inv_uas_line = 176;
        inv_uas_timer_on[INV_UAS_T_GLARE] = true
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_TIMER_RETRY && (g & 4) == 0 -> /* send_reinvite start(reinv) */
        inv_uas_line = 174;
        inv_uas_do(INV_UAS_A_SEND_REINVITE);
        inv_uas_timer_on[INV_UAS_T_REINV] = true;
        inv_uas_state = INV_UAS_REINV_OUT
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_TIMER_RETRY && (g & 4) == 4 -> /* start(retry) */
        inv_uas_line = 177;
        inv_uas_timer_on[INV_UAS_T_RETRY] = true
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_TIMER_RETX -> /* error */
        inv_uas_line = 215;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_TIMER_ACK -> /* error */
        inv_uas_line = 215;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_TIMER_ANSWER -> /* error */
        inv_uas_line = 216;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_TIMER_REFRESH && (g & 2) == 2 -> /* start(refresh,T2) */
        inv_uas_line = 168;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = true
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_TIMER_REFRESH && (g & 2) == 0 -> /* error */
        inv_uas_line = 169;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_TIMER_EXPIRE -> /* send_bye to_app_ended stop(glare) stop(retry) stop(refresh) */
        inv_uas_line = 225;
        inv_uas_do(INV_UAS_A_SEND_BYE);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_GLARE] = false;
        inv_uas_timer_on[INV_UAS_T_RETRY] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_state = INV_UAS_TERMINATING
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_TIMER_REINV -> /* error */
        inv_uas_line = 156;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_ST_REFRESHED && (g & 3) == 3 -> /* start(refresh) start(expire) */
        inv_uas_line = 239;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = true;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = true
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_ST_REFRESHED && (g & 3) == 1 -> /* stop(refresh) start(expire) */
        inv_uas_line = 240;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = true
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_ST_REFRESHED && (g & 1) == 0 -> /* error */
        inv_uas_line = 241;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_WAIT && ev == INV_UAS_EV_DIALOG_GONE -> /* to_app_ended stop(glare) stop(retry) stop(refresh) stop(expire) */
        inv_uas_line = 262;
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_GLARE] = false;
        inv_uas_timer_on[INV_UAS_T_RETRY] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = false;
        inv_uas_state = INV_UAS_TERMINATED
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_RX_INVITE -> /* error */
        inv_uas_line = 201;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_APP_1XX -> /* error */
        inv_uas_line = 201;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_APP_ACCEPT -> /* reply_2xx stop(answer) start(retx) start(ack) */
        inv_uas_line = 182;
        inv_uas_do(INV_UAS_A_REPLY_2XX);
        inv_uas_timer_on[INV_UAS_T_ANSWER] = false;
        inv_uas_timer_on[INV_UAS_T_RETX] = true;
        inv_uas_timer_on[INV_UAS_T_ACK] = true;
        inv_uas_state = INV_UAS_REINV_IN_ACK
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_APP_REJECT -> /* reply_non2xx stop(answer) */
        inv_uas_line = 183;
        inv_uas_do(INV_UAS_A_REPLY_NON2XX);
        inv_uas_timer_on[INV_UAS_T_ANSWER] = false;
        inv_uas_state = INV_UAS_CONFIRMED
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_APP_BYE -> /* reply_487 send_bye to_app_ended stop(answer) stop(refresh) stop(expire) */
        inv_uas_line = 219;
        inv_uas_do(INV_UAS_A_REPLY_487);
        inv_uas_do(INV_UAS_A_SEND_BYE);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_ANSWER] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = false;
        inv_uas_state = INV_UAS_TERMINATING
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_APP_REINVITE -> /* error */
        inv_uas_line = 188;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_RX_ACK -> /* error */
        inv_uas_line = 189;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_RX_CANCEL -> /* reply_487 to_app_reinvite_failed stop(answer) */
        inv_uas_line = 185;
        inv_uas_do(INV_UAS_A_REPLY_487);
        inv_uas_do(INV_UAS_A_TO_APP_REINVITE_FAILED);
        inv_uas_timer_on[INV_UAS_T_ANSWER] = false;
        inv_uas_state = INV_UAS_CONFIRMED
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_RX_BYE -> /* reply_487 reply_bye_200 to_app_ended stop(answer) stop(refresh) stop(expire) */
        inv_uas_line = 223;
        inv_uas_do(INV_UAS_A_REPLY_487);
        inv_uas_do(INV_UAS_A_REPLY_BYE_200);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_ANSWER] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = false;
        inv_uas_state = INV_UAS_TERMINATED
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_RX_REINVITE -> /* reply_500_retry_after */
        inv_uas_line = 186;
        inv_uas_do(INV_UAS_A_REPLY_500_RETRY_AFTER)
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_TXN_ERROR -> /* error */
        inv_uas_line = 190;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_BYE_DONE -> /* error */
        inv_uas_line = 201;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_RE_2XX -> /* error */
        inv_uas_line = 212;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_RE_491 -> /* error */
        inv_uas_line = 212;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_RE_500 -> /* error */
        inv_uas_line = 212;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_RE_481 -> /* error */
        inv_uas_line = 212;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_RE_TIMEOUT -> /* error */
        inv_uas_line = 212;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_RE_FAILURE -> /* error */
        inv_uas_line = 212;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_RE_2XX_AGAIN -> /* send_ack */
        inv_uas_line = 208;
        inv_uas_do(INV_UAS_A_SEND_ACK)
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_RE_AUTH -> /* error */
        inv_uas_line = 212;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_TIMER_NOANSWER -> /* error */
        inv_uas_line = 213;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_TIMER_GLARE -> /* error */
        inv_uas_line = 214;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_TIMER_RETRY -> /* error */
        inv_uas_line = 214;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_TIMER_RETX -> /* error */
        inv_uas_line = 215;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_TIMER_ACK -> /* error */
        inv_uas_line = 215;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_TIMER_ANSWER -> /* reply_500 to_app_reinvite_failed */
        inv_uas_line = 184;
        inv_uas_do(INV_UAS_A_REPLY_500);
        inv_uas_do(INV_UAS_A_TO_APP_REINVITE_FAILED);
        inv_uas_state = INV_UAS_CONFIRMED
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_TIMER_REFRESH && (g & 2) == 2 -> /* start(refresh,T2) */
        inv_uas_line = 161;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = true
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_TIMER_REFRESH && (g & 2) == 0 -> /* error */
        inv_uas_line = 169;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_TIMER_EXPIRE -> /* reply_487 send_bye to_app_ended stop(answer) stop(refresh) */
        inv_uas_line = 227;
        inv_uas_do(INV_UAS_A_REPLY_487);
        inv_uas_do(INV_UAS_A_SEND_BYE);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_ANSWER] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_state = INV_UAS_TERMINATING
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_TIMER_REINV -> /* error */
        inv_uas_line = 156;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_ST_REFRESHED && (g & 3) == 3 -> /* start(refresh) start(expire) */
        inv_uas_line = 242;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = true;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = true
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_ST_REFRESHED && (g & 3) == 1 -> /* stop(refresh) start(expire) */
        inv_uas_line = 243;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = true
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_ST_REFRESHED && (g & 1) == 0 -> /* error */
        inv_uas_line = 244;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN && ev == INV_UAS_EV_DIALOG_GONE -> /* reply_487 to_app_ended stop(answer) stop(refresh) stop(expire) */
        inv_uas_line = 264;
        inv_uas_do(INV_UAS_A_REPLY_487);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_ANSWER] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = false;
        inv_uas_state = INV_UAS_TERMINATED
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_RX_INVITE -> /* error */
        inv_uas_line = 201;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_APP_1XX -> /* error */
        inv_uas_line = 201;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_APP_ACCEPT -> /* error */
        inv_uas_line = 198;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_APP_REJECT -> /* error */
        inv_uas_line = 198;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_APP_BYE -> /* send_bye to_app_ended stop(retx) stop(ack) stop(refresh) stop(expire) */
        inv_uas_line = 220;
        inv_uas_do(INV_UAS_A_SEND_BYE);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_RETX] = false;
        inv_uas_timer_on[INV_UAS_T_ACK] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = false;
        inv_uas_state = INV_UAS_TERMINATING
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_APP_REINVITE -> /* error */
        inv_uas_line = 198;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_RX_ACK && (g & 3) == 3 -> /* to_app_reinvite_done stop(retx) stop(ack) start(refresh) start(expire) */
        inv_uas_line = 192;
        inv_uas_do(INV_UAS_A_TO_APP_REINVITE_DONE);
        inv_uas_timer_on[INV_UAS_T_RETX] = false;
        inv_uas_timer_on[INV_UAS_T_ACK] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = true;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = true;
        inv_uas_state = INV_UAS_CONFIRMED
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_RX_ACK && (g & 3) == 1 -> /* to_app_reinvite_done stop(retx) stop(ack) start(expire) stop(refresh) */
        inv_uas_line = 193;
        inv_uas_do(INV_UAS_A_TO_APP_REINVITE_DONE);
        inv_uas_timer_on[INV_UAS_T_RETX] = false;
        inv_uas_timer_on[INV_UAS_T_ACK] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = true;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_state = INV_UAS_CONFIRMED
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_RX_ACK && (g & 1) == 0 -> /* to_app_reinvite_done stop(retx) stop(ack) stop(refresh) stop(expire) */
        inv_uas_line = 194;
        inv_uas_do(INV_UAS_A_TO_APP_REINVITE_DONE);
        inv_uas_timer_on[INV_UAS_T_RETX] = false;
        inv_uas_timer_on[INV_UAS_T_ACK] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = false;
        inv_uas_state = INV_UAS_CONFIRMED
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_RX_CANCEL -> /* ignore */
        inv_uas_line = 197
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_RX_BYE -> /* reply_bye_200 to_app_ended stop(retx) stop(ack) stop(refresh) stop(expire) */
        inv_uas_line = 224;
        inv_uas_do(INV_UAS_A_REPLY_BYE_200);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_RETX] = false;
        inv_uas_timer_on[INV_UAS_T_ACK] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = false;
        inv_uas_state = INV_UAS_TERMINATED
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_RX_REINVITE -> /* reply_500_retry_after */
        inv_uas_line = 187;
        inv_uas_do(INV_UAS_A_REPLY_500_RETRY_AFTER)
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_TXN_ERROR -> /* error */
        inv_uas_line = 190;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_BYE_DONE -> /* error */
        inv_uas_line = 201;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_RE_2XX -> /* error */
        inv_uas_line = 212;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_RE_491 -> /* error */
        inv_uas_line = 212;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_RE_500 -> /* error */
        inv_uas_line = 212;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_RE_481 -> /* error */
        inv_uas_line = 212;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_RE_TIMEOUT -> /* error */
        inv_uas_line = 212;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_RE_FAILURE -> /* error */
        inv_uas_line = 212;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_RE_2XX_AGAIN -> /* send_ack */
        inv_uas_line = 209;
        inv_uas_do(INV_UAS_A_SEND_ACK)
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_RE_AUTH -> /* error */
        inv_uas_line = 212;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_TIMER_NOANSWER -> /* error */
        inv_uas_line = 213;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_TIMER_GLARE -> /* error */
        inv_uas_line = 214;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_TIMER_RETRY -> /* error */
        inv_uas_line = 214;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_TIMER_RETX -> /* resend_2xx backoff(retx) */
        inv_uas_line = 195;
        inv_uas_do(INV_UAS_A_RESEND_2XX);
        inv_uas_timer_on[INV_UAS_T_RETX] = true
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_TIMER_ACK -> /* send_bye to_app_ended stop(retx) stop(refresh) stop(expire) */
        inv_uas_line = 196;
        inv_uas_do(INV_UAS_A_SEND_BYE);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_RETX] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = false;
        inv_uas_state = INV_UAS_TERMINATING
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_TIMER_ANSWER -> /* error */
        inv_uas_line = 216;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_TIMER_REFRESH && (g & 2) == 2 -> /* start(refresh,T2) */
        inv_uas_line = 162;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = true
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_TIMER_REFRESH && (g & 2) == 0 -> /* ignore */
        inv_uas_line = 167
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_TIMER_EXPIRE -> /* send_bye to_app_ended stop(retx) stop(ack) stop(refresh) */
        inv_uas_line = 228;
        inv_uas_do(INV_UAS_A_SEND_BYE);
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_RETX] = false;
        inv_uas_timer_on[INV_UAS_T_ACK] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_state = INV_UAS_TERMINATING
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_TIMER_REINV -> /* error */
        inv_uas_line = 156;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_ST_REFRESHED && (g & 3) == 3 -> /* start(refresh) start(expire) */
        inv_uas_line = 245;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = true;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = true
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_ST_REFRESHED && (g & 3) == 1 -> /* stop(refresh) start(expire) */
        inv_uas_line = 246;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = true
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_ST_REFRESHED && (g & 1) == 0 -> /* error */
        inv_uas_line = 247;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_REINV_IN_ACK && ev == INV_UAS_EV_DIALOG_GONE -> /* to_app_ended stop(retx) stop(ack) stop(refresh) stop(expire) */
        inv_uas_line = 265;
        inv_uas_do(INV_UAS_A_TO_APP_ENDED);
        inv_uas_timer_on[INV_UAS_T_RETX] = false;
        inv_uas_timer_on[INV_UAS_T_ACK] = false;
        inv_uas_timer_on[INV_UAS_T_REFRESH] = false;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = false;
        inv_uas_state = INV_UAS_TERMINATED
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_RX_INVITE -> /* error */
        inv_uas_line = 280;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_APP_1XX -> /* error */
        inv_uas_line = 280;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_APP_ACCEPT -> /* error */
        inv_uas_line = 280;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_APP_REJECT -> /* error */
        inv_uas_line = 280;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_APP_BYE -> /* error */
        inv_uas_line = 279;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_APP_REINVITE -> /* error */
        inv_uas_line = 280;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_RX_ACK -> /* ignore */
        inv_uas_line = 277
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_RX_CANCEL -> /* ignore */
        inv_uas_line = 277
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_RX_BYE -> /* reply_bye_200 */
        inv_uas_line = 272;
        inv_uas_do(INV_UAS_A_REPLY_BYE_200)
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_RX_REINVITE -> /* reply_481 */
        inv_uas_line = 273;
        inv_uas_do(INV_UAS_A_REPLY_481)
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_TXN_ERROR -> /* error */
        inv_uas_line = 278;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_BYE_DONE -> /*  */
        inv_uas_line = 271;
        inv_uas_state = INV_UAS_TERMINATED
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_RE_2XX -> /* send_ack */
        inv_uas_line = 274;
        inv_uas_do(INV_UAS_A_SEND_ACK)
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_RE_491 -> /* ignore */
        inv_uas_line = 275
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_RE_500 -> /* ignore */
        inv_uas_line = 275
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_RE_481 -> /* ignore */
        inv_uas_line = 275
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_RE_TIMEOUT -> /* ignore */
        inv_uas_line = 275
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_RE_FAILURE -> /* ignore */
        inv_uas_line = 275
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_RE_2XX_AGAIN -> /* send_ack */
        inv_uas_line = 210;
        inv_uas_do(INV_UAS_A_SEND_ACK)
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_RE_AUTH -> /* ignore */
        inv_uas_line = 276
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_TIMER_NOANSWER -> /* error */
        inv_uas_line = 281;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_TIMER_GLARE -> /* error */
        inv_uas_line = 281;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_TIMER_RETRY -> /* error */
        inv_uas_line = 281;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_TIMER_RETX -> /* error */
        inv_uas_line = 281;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_TIMER_ACK -> /* error */
        inv_uas_line = 281;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_TIMER_ANSWER -> /* error */
        inv_uas_line = 281;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_TIMER_REFRESH -> /* error */
        inv_uas_line = 281;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_TIMER_EXPIRE -> /* error */
        inv_uas_line = 281;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_TIMER_REINV -> /* error */
        inv_uas_line = 281;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_ST_REFRESHED -> /* error */
        inv_uas_line = 253;
        inv_uas_error()
    :: inv_uas_state == INV_UAS_TERMINATING && ev == INV_UAS_EV_DIALOG_GONE -> /* error */
        inv_uas_line = 267;
        inv_uas_error()
    fi
}
