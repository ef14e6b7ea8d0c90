/* Generated from fsm/inv_uac.fsm by fsmc 1 - do not edit; run `make regen`. */
/* inv_uac: INVITE session, caller - RFC 3261 §9.1, §13.2, §14, §15; RFC 4028 §10
 *
 * The machine as Promela. A harness (tests/model/) defines, before the
 * process that steps the machine:
 *   inline inv_uac_do(a)     runs declared action a (INV_UAC_A_*)
 *   inline inv_uac_error()   an `error` row was taken (normally assert(false))
 * and drives the machine with inv_uac_step(ev, guards) and, for timers,
 * inv_uac_fire(ev) when inv_uac_any_timer holds. A timer fires at most
 * INV_UAC_FIRE_MAX_<T> times per run (the schedule that fits in the longest
 * timer; see docs/fsm/verification.md); a harness may #define it
 * lower, or as an expression, before including this file. */

#define INV_UAC_IDLE 0
#define INV_UAC_CALLING 1
#define INV_UAC_PROCEEDING 2
#define INV_UAC_CANCEL_PENDING 3
#define INV_UAC_CANCELLING 4
#define INV_UAC_CONFIRMED 5
#define INV_UAC_REINV_OUT 6
#define INV_UAC_REINV_WAIT 7
#define INV_UAC_REINV_IN 8
#define INV_UAC_REINV_IN_ACK 9
#define INV_UAC_TERMINATING 10
#define INV_UAC_TERMINATED 11
#define INV_UAC_N_STATES 12

#define INV_UAC_EV_APP_INVITE 0
#define INV_UAC_EV_APP_CANCEL 1
#define INV_UAC_EV_APP_BYE 2
#define INV_UAC_EV_APP_REINVITE 3
#define INV_UAC_EV_APP_ACCEPT 4
#define INV_UAC_EV_APP_REJECT 5
#define INV_UAC_EV_R1XX 6
#define INV_UAC_EV_R2XX 7
#define INV_UAC_EV_R3XX_6XX 8
#define INV_UAC_EV_TXN_TIMEOUT 9
#define INV_UAC_EV_RE_2XX 10
#define INV_UAC_EV_RE_491 11
#define INV_UAC_EV_RE_500 12
#define INV_UAC_EV_RE_481 13
#define INV_UAC_EV_RE_TIMEOUT 14
#define INV_UAC_EV_RE_FAILURE 15
#define INV_UAC_EV_RE_2XX_AGAIN 16
#define INV_UAC_EV_R_RETRY 17
#define INV_UAC_EV_RE_AUTH 18
#define INV_UAC_EV_RX_REINVITE 19
#define INV_UAC_EV_RX_ACK 20
#define INV_UAC_EV_RX_CANCEL 21
#define INV_UAC_EV_RX_BYE 22
#define INV_UAC_EV_BYE_DONE 23
#define INV_UAC_EV_TIMER_C 24
#define INV_UAC_EV_TIMER_CANCEL 25
#define INV_UAC_EV_TIMER_GLARE 26
#define INV_UAC_EV_TIMER_RETRY 27
#define INV_UAC_EV_TIMER_RETX 28
#define INV_UAC_EV_TIMER_ACK 29
#define INV_UAC_EV_TIMER_ANSWER 30
#define INV_UAC_EV_TIMER_REFRESH 31
#define INV_UAC_EV_TIMER_EXPIRE 32
#define INV_UAC_EV_TIMER_REINV 33
#define INV_UAC_EV_ST_REFRESHED 34
#define INV_UAC_EV_DIALOG_GONE 35

#define INV_UAC_G_SESSION_TIMER 1
#define INV_UAC_G_REFRESHER 2
#define INV_UAC_G_OFFER_BLOCKED 4
#define INV_UAC_A_SEND_INVITE 0
#define INV_UAC_A_SEND_CANCEL 1
#define INV_UAC_A_SEND_ACK 2
#define INV_UAC_A_SEND_BYE 3
#define INV_UAC_A_SEND_REINVITE 4
#define INV_UAC_A_SEND_REFRESH 5
#define INV_UAC_A_REPLY_2XX 6
#define INV_UAC_A_RESEND_2XX 7
#define INV_UAC_A_REPLY_NON2XX 8
#define INV_UAC_A_REPLY_500 9
#define INV_UAC_A_REPLY_487 10
#define INV_UAC_A_REPLY_491 11
#define INV_UAC_A_REPLY_500_RETRY_AFTER 12
#define INV_UAC_A_REPLY_BYE_200 13
#define INV_UAC_A_REPLY_481 14
#define INV_UAC_A_ABANDON_INVITE 15
#define INV_UAC_A_TO_APP_PROGRESS 16
#define INV_UAC_A_TO_APP_ANSWERED 17
#define INV_UAC_A_TO_APP_FAILED 18
#define INV_UAC_A_TO_APP_ENDED 19
#define INV_UAC_A_TO_APP_REINVITE 20
#define INV_UAC_A_TO_APP_REINVITE_DONE 21
#define INV_UAC_A_TO_APP_REINVITE_FAILED 22
#define INV_UAC_A_SEND_INVITE_RETRY 23
#define INV_UAC_A_SEND_AUTH_RETRY 24

#define INV_UAC_T_C 0
#ifndef INV_UAC_FIRE_MAX_C
#define INV_UAC_FIRE_MAX_C 9
#endif
#define INV_UAC_T_CANCEL 1
#ifndef INV_UAC_FIRE_MAX_CANCEL
#define INV_UAC_FIRE_MAX_CANCEL 56
#endif
#define INV_UAC_T_GLARE 2
#ifndef INV_UAC_FIRE_MAX_GLARE
#define INV_UAC_FIRE_MAX_GLARE 250
#endif
#define INV_UAC_T_RETRY 3
#ifndef INV_UAC_FIRE_MAX_RETRY
#define INV_UAC_FIRE_MAX_RETRY 179
#endif
#define INV_UAC_T_RETX 4
#ifndef INV_UAC_FIRE_MAX_RETX
#define INV_UAC_FIRE_MAX_RETX 250
#endif
#define INV_UAC_T_ACK 5
#ifndef INV_UAC_FIRE_MAX_ACK
#define INV_UAC_FIRE_MAX_ACK 56
#endif
#define INV_UAC_T_ANSWER 6
#ifndef INV_UAC_FIRE_MAX_ANSWER
#define INV_UAC_FIRE_MAX_ANSWER 56
#endif
#define INV_UAC_T_REFRESH 7
#ifndef INV_UAC_FIRE_MAX_REFRESH
#define INV_UAC_FIRE_MAX_REFRESH 1
#endif
#define INV_UAC_T_EXPIRE 8
#ifndef INV_UAC_FIRE_MAX_EXPIRE
#define INV_UAC_FIRE_MAX_EXPIRE 1
#endif
#define INV_UAC_T_REINV 9
#ifndef INV_UAC_FIRE_MAX_REINV
#define INV_UAC_FIRE_MAX_REINV 9
#endif

#define INV_UAC_FINAL(s) ((s) == INV_UAC_TERMINATED)

byte inv_uac_state = INV_UAC_IDLE;
bool inv_uac_timer_on[10];
byte inv_uac_fired[10];
short inv_uac_line; /* spec line of the last row taken, for traces */

#define inv_uac_ready(t, max) (inv_uac_timer_on[t] && inv_uac_fired[t] < max)
#define inv_uac_any_timer (false || inv_uac_ready(INV_UAC_T_C, INV_UAC_FIRE_MAX_C) || inv_uac_ready(INV_UAC_T_CANCEL, INV_UAC_FIRE_MAX_CANCEL) || inv_uac_ready(INV_UAC_T_GLARE, INV_UAC_FIRE_MAX_GLARE) || inv_uac_ready(INV_UAC_T_RETRY, INV_UAC_FIRE_MAX_RETRY) || inv_uac_ready(INV_UAC_T_RETX, INV_UAC_FIRE_MAX_RETX) || inv_uac_ready(INV_UAC_T_ACK, INV_UAC_FIRE_MAX_ACK) || inv_uac_ready(INV_UAC_T_ANSWER, INV_UAC_FIRE_MAX_ANSWER) || inv_uac_ready(INV_UAC_T_REFRESH, INV_UAC_FIRE_MAX_REFRESH) || inv_uac_ready(INV_UAC_T_EXPIRE, INV_UAC_FIRE_MAX_EXPIRE) || inv_uac_ready(INV_UAC_T_REINV, INV_UAC_FIRE_MAX_REINV))

/* Fires one running timer: ev becomes its event. */
inline inv_uac_fire(ev) {
    if
    :: inv_uac_ready(INV_UAC_T_C, INV_UAC_FIRE_MAX_C) ->
        inv_uac_timer_on[INV_UAC_T_C] = false; inv_uac_fired[INV_UAC_T_C]++; ev = INV_UAC_EV_TIMER_C
    :: inv_uac_ready(INV_UAC_T_CANCEL, INV_UAC_FIRE_MAX_CANCEL) ->
        inv_uac_timer_on[INV_UAC_T_CANCEL] = false; inv_uac_fired[INV_UAC_T_CANCEL]++; ev = INV_UAC_EV_TIMER_CANCEL
    :: inv_uac_ready(INV_UAC_T_GLARE, INV_UAC_FIRE_MAX_GLARE) ->
        inv_uac_timer_on[INV_UAC_T_GLARE] = false; inv_uac_fired[INV_UAC_T_GLARE]++; ev = INV_UAC_EV_TIMER_GLARE
    :: inv_uac_ready(INV_UAC_T_RETRY, INV_UAC_FIRE_MAX_RETRY) ->
        inv_uac_timer_on[INV_UAC_T_RETRY] = false; inv_uac_fired[INV_UAC_T_RETRY]++; ev = INV_UAC_EV_TIMER_RETRY
    :: inv_uac_ready(INV_UAC_T_RETX, INV_UAC_FIRE_MAX_RETX) ->
        inv_uac_timer_on[INV_UAC_T_RETX] = false; inv_uac_fired[INV_UAC_T_RETX]++; ev = INV_UAC_EV_TIMER_RETX
    :: inv_uac_ready(INV_UAC_T_ACK, INV_UAC_FIRE_MAX_ACK) ->
        inv_uac_timer_on[INV_UAC_T_ACK] = false; inv_uac_fired[INV_UAC_T_ACK]++; ev = INV_UAC_EV_TIMER_ACK
    :: inv_uac_ready(INV_UAC_T_ANSWER, INV_UAC_FIRE_MAX_ANSWER) ->
        inv_uac_timer_on[INV_UAC_T_ANSWER] = false; inv_uac_fired[INV_UAC_T_ANSWER]++; ev = INV_UAC_EV_TIMER_ANSWER
    :: inv_uac_ready(INV_UAC_T_REFRESH, INV_UAC_FIRE_MAX_REFRESH) ->
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false; inv_uac_fired[INV_UAC_T_REFRESH]++; ev = INV_UAC_EV_TIMER_REFRESH
    :: inv_uac_ready(INV_UAC_T_EXPIRE, INV_UAC_FIRE_MAX_EXPIRE) ->
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = false; inv_uac_fired[INV_UAC_T_EXPIRE]++; ev = INV_UAC_EV_TIMER_EXPIRE
    :: inv_uac_ready(INV_UAC_T_REINV, INV_UAC_FIRE_MAX_REINV) ->
        inv_uac_timer_on[INV_UAC_T_REINV] = false; inv_uac_fired[INV_UAC_T_REINV]++; ev = INV_UAC_EV_TIMER_REINV
    fi
}

/* One transition: the row of (inv_uac_state, ev) under guard bits g. */
inline inv_uac_step(ev, g) {
    if
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_APP_INVITE -> /* send_invite */
        inv_uac_line = 89;
        inv_uac_do(INV_UAC_A_SEND_INVITE);
        inv_uac_state = INV_UAC_CALLING
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_APP_CANCEL -> /* error */
        inv_uac_line = 90;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_APP_BYE -> /* error */
        inv_uac_line = 90;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_APP_REINVITE -> /* error */
        inv_uac_line = 90;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_APP_ACCEPT -> /* error */
        inv_uac_line = 90;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_APP_REJECT -> /* error */
        inv_uac_line = 90;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_R1XX -> /* error */
        inv_uac_line = 91;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_R2XX -> /* error */
        inv_uac_line = 91;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_R3XX_6XX -> /* error */
        inv_uac_line = 91;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_TXN_TIMEOUT -> /* error */
        inv_uac_line = 91;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_RE_2XX -> /* error */
        inv_uac_line = 91;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_RE_491 -> /* error */
        inv_uac_line = 91;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_RE_500 -> /* error */
        inv_uac_line = 91;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_RE_481 -> /* error */
        inv_uac_line = 91;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_RE_TIMEOUT -> /* error */
        inv_uac_line = 91;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_RE_FAILURE -> /* error */
        inv_uac_line = 91;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_RE_2XX_AGAIN -> /* error */
        inv_uac_line = 91;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_R_RETRY -> /* error */
        inv_uac_line = 93;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_RE_AUTH -> /* error */
        inv_uac_line = 93;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_RX_REINVITE -> /* error */
        inv_uac_line = 92;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_RX_ACK -> /* error */
        inv_uac_line = 92;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_RX_CANCEL -> /* error */
        inv_uac_line = 92;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_RX_BYE -> /* error */
        inv_uac_line = 92;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_BYE_DONE -> /* error */
        inv_uac_line = 92;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_TIMER_C -> /* error */
        inv_uac_line = 94;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_TIMER_CANCEL -> /* error */
        inv_uac_line = 94;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_TIMER_GLARE -> /* error */
        inv_uac_line = 94;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_TIMER_RETRY -> /* error */
        inv_uac_line = 94;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_TIMER_RETX -> /* error */
        inv_uac_line = 94;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_TIMER_ACK -> /* error */
        inv_uac_line = 94;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_TIMER_ANSWER -> /* error */
        inv_uac_line = 94;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_TIMER_REFRESH -> /* error */
        inv_uac_line = 94;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_TIMER_EXPIRE -> /* error */
        inv_uac_line = 94;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_TIMER_REINV -> /* error */
        inv_uac_line = 94;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_ST_REFRESHED -> /* error */
        inv_uac_line = 308;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_IDLE && ev == INV_UAC_EV_DIALOG_GONE -> /* error */
        inv_uac_line = 321;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_APP_INVITE -> /* error */
        inv_uac_line = 134;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_APP_CANCEL -> /*  */
        inv_uac_line = 118;
        inv_uac_state = INV_UAC_CANCEL_PENDING
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_APP_BYE -> /* error */
        inv_uac_line = 129;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_APP_REINVITE -> /* error */
        inv_uac_line = 129;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_APP_ACCEPT -> /* error */
        inv_uac_line = 129;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_APP_REJECT -> /* error */
        inv_uac_line = 129;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_R1XX -> /* to_app_progress start(c) */
        inv_uac_line = 97;
        inv_uac_do(INV_UAC_A_TO_APP_PROGRESS);
        inv_uac_timer_on[INV_UAC_T_C] = true;
        inv_uac_state = INV_UAC_PROCEEDING
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_R2XX && (g & 3) == 3 -> /* send_ack to_app_answered stop(c) start(refresh) start(expire) */
        inv_uac_line = 98;
        inv_uac_do(INV_UAC_A_SEND_ACK);
        inv_uac_do(INV_UAC_A_TO_APP_ANSWERED);
        inv_uac_timer_on[INV_UAC_T_C] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = true;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = true;
        inv_uac_state = INV_UAC_CONFIRMED
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_R2XX && (g & 3) == 1 -> /* send_ack to_app_answered stop(c) start(expire) */
        inv_uac_line = 99;
        inv_uac_do(INV_UAC_A_SEND_ACK);
        inv_uac_do(INV_UAC_A_TO_APP_ANSWERED);
        inv_uac_timer_on[INV_UAC_T_C] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = true;
        inv_uac_state = INV_UAC_CONFIRMED
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_R2XX && (g & 1) == 0 -> /* send_ack to_app_answered stop(c) */
        inv_uac_line = 100;
        inv_uac_do(INV_UAC_A_SEND_ACK);
        inv_uac_do(INV_UAC_A_TO_APP_ANSWERED);
        inv_uac_timer_on[INV_UAC_T_C] = false;
        inv_uac_state = INV_UAC_CONFIRMED
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_R3XX_6XX -> /* to_app_failed stop(c) */
        inv_uac_line = 101;
        inv_uac_do(INV_UAC_A_TO_APP_FAILED);
        inv_uac_timer_on[INV_UAC_T_C] = false;
        inv_uac_state = INV_UAC_TERMINATED
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_TXN_TIMEOUT -> /* to_app_failed stop(c) */
        inv_uac_line = 102;
        inv_uac_do(INV_UAC_A_TO_APP_FAILED);
        inv_uac_timer_on[INV_UAC_T_C] = false;
        inv_uac_state = INV_UAC_TERMINATED
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_RE_2XX -> /* error */
        inv_uac_line = 130;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_RE_491 -> /* error */
        inv_uac_line = 130;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_RE_500 -> /* error */
        inv_uac_line = 130;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_RE_481 -> /* error */
        inv_uac_line = 130;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_RE_TIMEOUT -> /* error */
        inv_uac_line = 130;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_RE_FAILURE -> /* error */
        inv_uac_line = 130;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_RE_2XX_AGAIN -> /* error */
        inv_uac_line = 130;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_R_RETRY -> /* send_invite_retry */
        inv_uac_line = 114;
        inv_uac_do(INV_UAC_A_SEND_INVITE_RETRY)
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_RE_AUTH -> /* error */
        inv_uac_line = 116;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_RX_REINVITE -> /* error */
        inv_uac_line = 127;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_RX_ACK -> /* error */
        inv_uac_line = 131;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_RX_CANCEL -> /* error */
        inv_uac_line = 131;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_RX_BYE -> /* error */
        inv_uac_line = 125;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_BYE_DONE -> /* error */
        inv_uac_line = 131;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_TIMER_C -> /* error */
        inv_uac_line = 132;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_TIMER_CANCEL -> /* error */
        inv_uac_line = 133;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_TIMER_GLARE -> /* error */
        inv_uac_line = 133;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_TIMER_RETRY -> /* error */
        inv_uac_line = 133;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_TIMER_RETX -> /* error */
        inv_uac_line = 133;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_TIMER_ACK -> /* error */
        inv_uac_line = 133;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_TIMER_ANSWER -> /* error */
        inv_uac_line = 133;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_TIMER_REFRESH -> /* error */
        inv_uac_line = 133;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_TIMER_EXPIRE -> /* error */
        inv_uac_line = 133;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_TIMER_REINV -> /* error */
        inv_uac_line = 133;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_ST_REFRESHED -> /* error */
        inv_uac_line = 308;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CALLING && ev == INV_UAC_EV_DIALOG_GONE -> /* error */
        inv_uac_line = 321;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_APP_INVITE -> /* error */
        inv_uac_line = 135;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_APP_CANCEL -> /* send_cancel stop(c) start(cancel) */
        inv_uac_line = 119;
        inv_uac_do(INV_UAC_A_SEND_CANCEL);
        inv_uac_timer_on[INV_UAC_T_C] = false;
        inv_uac_timer_on[INV_UAC_T_CANCEL] = true;
        inv_uac_state = INV_UAC_CANCELLING
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_APP_BYE -> /* error */
        inv_uac_line = 129;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_APP_REINVITE -> /* error */
        inv_uac_line = 129;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_APP_ACCEPT -> /* error */
        inv_uac_line = 129;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_APP_REJECT -> /* error */
        inv_uac_line = 129;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_R1XX -> /* to_app_progress start(c) */
        inv_uac_line = 120;
        inv_uac_do(INV_UAC_A_TO_APP_PROGRESS);
        inv_uac_timer_on[INV_UAC_T_C] = true
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_R2XX && (g & 3) == 3 -> /* send_ack to_app_answered stop(c) start(refresh) start(expire) */
        inv_uac_line = 98;
        inv_uac_do(INV_UAC_A_SEND_ACK);
        inv_uac_do(INV_UAC_A_TO_APP_ANSWERED);
        inv_uac_timer_on[INV_UAC_T_C] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = true;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = true;
        inv_uac_state = INV_UAC_CONFIRMED
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_R2XX && (g & 3) == 1 -> /* send_ack to_app_answered stop(c) start(expire) */
        inv_uac_line = 99;
        inv_uac_do(INV_UAC_A_SEND_ACK);
        inv_uac_do(INV_UAC_A_TO_APP_ANSWERED);
        inv_uac_timer_on[INV_UAC_T_C] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = true;
        inv_uac_state = INV_UAC_CONFIRMED
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_R2XX && (g & 1) == 0 -> /* send_ack to_app_answered stop(c) */
        inv_uac_line = 100;
        inv_uac_do(INV_UAC_A_SEND_ACK);
        inv_uac_do(INV_UAC_A_TO_APP_ANSWERED);
        inv_uac_timer_on[INV_UAC_T_C] = false;
        inv_uac_state = INV_UAC_CONFIRMED
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_R3XX_6XX -> /* to_app_failed stop(c) */
        inv_uac_line = 101;
        inv_uac_do(INV_UAC_A_TO_APP_FAILED);
        inv_uac_timer_on[INV_UAC_T_C] = false;
        inv_uac_state = INV_UAC_TERMINATED
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_TXN_TIMEOUT -> /* error */
        inv_uac_line = 108;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_RE_2XX -> /* error */
        inv_uac_line = 130;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_RE_491 -> /* error */
        inv_uac_line = 130;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_RE_500 -> /* error */
        inv_uac_line = 130;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_RE_481 -> /* error */
        inv_uac_line = 130;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_RE_TIMEOUT -> /* error */
        inv_uac_line = 130;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_RE_FAILURE -> /* error */
        inv_uac_line = 130;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_RE_2XX_AGAIN -> /* error */
        inv_uac_line = 130;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_R_RETRY -> /* send_invite_retry stop(c) */
        inv_uac_line = 115;
        inv_uac_do(INV_UAC_A_SEND_INVITE_RETRY);
        inv_uac_timer_on[INV_UAC_T_C] = false;
        inv_uac_state = INV_UAC_CALLING
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_RE_AUTH -> /* error */
        inv_uac_line = 116;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_RX_REINVITE -> /* reply_491 */
        inv_uac_line = 128;
        inv_uac_do(INV_UAC_A_REPLY_491)
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_RX_ACK -> /* error */
        inv_uac_line = 131;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_RX_CANCEL -> /* error */
        inv_uac_line = 131;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_RX_BYE -> /* reply_481 */
        inv_uac_line = 126;
        inv_uac_do(INV_UAC_A_REPLY_481)
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_BYE_DONE -> /* error */
        inv_uac_line = 131;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_TIMER_C -> /* send_cancel start(cancel) */
        inv_uac_line = 121;
        inv_uac_do(INV_UAC_A_SEND_CANCEL);
        inv_uac_timer_on[INV_UAC_T_CANCEL] = true;
        inv_uac_state = INV_UAC_CANCELLING
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_TIMER_CANCEL -> /* error */
        inv_uac_line = 133;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_TIMER_GLARE -> /* error */
        inv_uac_line = 133;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_TIMER_RETRY -> /* error */
        inv_uac_line = 133;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_TIMER_RETX -> /* error */
        inv_uac_line = 133;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_TIMER_ACK -> /* error */
        inv_uac_line = 133;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_TIMER_ANSWER -> /* error */
        inv_uac_line = 133;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_TIMER_REFRESH -> /* error */
        inv_uac_line = 133;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_TIMER_EXPIRE -> /* error */
        inv_uac_line = 133;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_TIMER_REINV -> /* error */
        inv_uac_line = 133;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_ST_REFRESHED -> /* ignore */
        inv_uac_line = 307
    :: inv_uac_state == INV_UAC_PROCEEDING && ev == INV_UAC_EV_DIALOG_GONE -> /* error */
        inv_uac_line = 321;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_APP_INVITE -> /* error */
        inv_uac_line = 162;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_APP_CANCEL -> /* error */
        inv_uac_line = 143;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_APP_BYE -> /* error */
        inv_uac_line = 143;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_APP_REINVITE -> /* error */
        inv_uac_line = 162;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_APP_ACCEPT -> /* error */
        inv_uac_line = 162;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_APP_REJECT -> /* error */
        inv_uac_line = 162;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_R1XX -> /* send_cancel start(cancel) */
        inv_uac_line = 137;
        inv_uac_do(INV_UAC_A_SEND_CANCEL);
        inv_uac_timer_on[INV_UAC_T_CANCEL] = true;
        inv_uac_state = INV_UAC_CANCELLING
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_R2XX -> /* send_ack send_bye to_app_ended */
        inv_uac_line = 138;
        inv_uac_do(INV_UAC_A_SEND_ACK);
        inv_uac_do(INV_UAC_A_SEND_BYE);
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_state = INV_UAC_TERMINATING
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_R3XX_6XX -> /* to_app_ended */
        inv_uac_line = 139;
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_state = INV_UAC_TERMINATED
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_TXN_TIMEOUT -> /* to_app_ended */
        inv_uac_line = 139;
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_state = INV_UAC_TERMINATED
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_RE_2XX -> /* error */
        inv_uac_line = 163;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_RE_491 -> /* error */
        inv_uac_line = 163;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_RE_500 -> /* error */
        inv_uac_line = 163;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_RE_481 -> /* error */
        inv_uac_line = 163;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_RE_TIMEOUT -> /* error */
        inv_uac_line = 163;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_RE_FAILURE -> /* error */
        inv_uac_line = 163;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_RE_2XX_AGAIN -> /* error */
        inv_uac_line = 163;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_R_RETRY -> /* to_app_ended */
        inv_uac_line = 149;
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_state = INV_UAC_TERMINATED
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_RE_AUTH -> /* error */
        inv_uac_line = 151;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_RX_REINVITE -> /* error */
        inv_uac_line = 145;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_RX_ACK -> /* error */
        inv_uac_line = 164;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_RX_CANCEL -> /* error */
        inv_uac_line = 164;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_RX_BYE -> /* error */
        inv_uac_line = 144;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_BYE_DONE -> /* error */
        inv_uac_line = 164;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_TIMER_C -> /* error */
        inv_uac_line = 165;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_TIMER_CANCEL -> /* error */
        inv_uac_line = 166;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_TIMER_GLARE -> /* error */
        inv_uac_line = 165;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_TIMER_RETRY -> /* error */
        inv_uac_line = 165;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_TIMER_RETX -> /* error */
        inv_uac_line = 165;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_TIMER_ACK -> /* error */
        inv_uac_line = 165;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_TIMER_ANSWER -> /* error */
        inv_uac_line = 165;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_TIMER_REFRESH -> /* error */
        inv_uac_line = 165;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_TIMER_EXPIRE -> /* error */
        inv_uac_line = 165;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_TIMER_REINV -> /* error */
        inv_uac_line = 165;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_ST_REFRESHED -> /* error */
        inv_uac_line = 308;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCEL_PENDING && ev == INV_UAC_EV_DIALOG_GONE -> /* error */
        inv_uac_line = 321;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_APP_INVITE -> /* error */
        inv_uac_line = 162;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_APP_CANCEL -> /* error */
        inv_uac_line = 158;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_APP_BYE -> /* ignore */
        inv_uac_line = 157
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_APP_REINVITE -> /* error */
        inv_uac_line = 162;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_APP_ACCEPT -> /* error */
        inv_uac_line = 162;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_APP_REJECT -> /* error */
        inv_uac_line = 162;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_R1XX -> /* ignore */
        inv_uac_line = 152
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_R2XX -> /* send_ack send_bye to_app_ended stop(cancel) */
        inv_uac_line = 153;
        inv_uac_do(INV_UAC_A_SEND_ACK);
        inv_uac_do(INV_UAC_A_SEND_BYE);
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_CANCEL] = false;
        inv_uac_state = INV_UAC_TERMINATING
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_R3XX_6XX -> /* to_app_ended stop(cancel) */
        inv_uac_line = 154;
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_CANCEL] = false;
        inv_uac_state = INV_UAC_TERMINATED
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_TXN_TIMEOUT -> /* error */
        inv_uac_line = 155;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_RE_2XX -> /* error */
        inv_uac_line = 163;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_RE_491 -> /* error */
        inv_uac_line = 163;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_RE_500 -> /* error */
        inv_uac_line = 163;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_RE_481 -> /* error */
        inv_uac_line = 163;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_RE_TIMEOUT -> /* error */
        inv_uac_line = 163;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_RE_FAILURE -> /* error */
        inv_uac_line = 163;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_RE_2XX_AGAIN -> /* error */
        inv_uac_line = 163;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_R_RETRY -> /* to_app_ended stop(cancel) */
        inv_uac_line = 150;
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_CANCEL] = false;
        inv_uac_state = INV_UAC_TERMINATED
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_RE_AUTH -> /* error */
        inv_uac_line = 151;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_RX_REINVITE -> /* reply_491 */
        inv_uac_line = 160;
        inv_uac_do(INV_UAC_A_REPLY_491)
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_RX_ACK -> /* error */
        inv_uac_line = 164;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_RX_CANCEL -> /* error */
        inv_uac_line = 164;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_RX_BYE -> /* reply_481 */
        inv_uac_line = 159;
        inv_uac_do(INV_UAC_A_REPLY_481)
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_BYE_DONE -> /* error */
        inv_uac_line = 164;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_TIMER_C -> /* error */
        inv_uac_line = 165;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_TIMER_CANCEL -> /* abandon_invite to_app_ended */
        inv_uac_line = 156;
        inv_uac_do(INV_UAC_A_ABANDON_INVITE);
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_state = INV_UAC_TERMINATED
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_TIMER_GLARE -> /* error */
        inv_uac_line = 165;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_TIMER_RETRY -> /* error */
        inv_uac_line = 165;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_TIMER_RETX -> /* error */
        inv_uac_line = 165;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_TIMER_ACK -> /* error */
        inv_uac_line = 165;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_TIMER_ANSWER -> /* error */
        inv_uac_line = 165;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_TIMER_REFRESH -> /* error */
        inv_uac_line = 165;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_TIMER_EXPIRE -> /* error */
        inv_uac_line = 165;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_TIMER_REINV -> /* error */
        inv_uac_line = 165;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_ST_REFRESHED -> /* ignore */
        inv_uac_line = 307
    :: inv_uac_state == INV_UAC_CANCELLING && ev == INV_UAC_EV_DIALOG_GONE -> /* error */
        inv_uac_line = 321;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_APP_INVITE -> /* error */
        inv_uac_line = 254;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_APP_CANCEL -> /* error */
        inv_uac_line = 187;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_APP_BYE -> /* send_bye to_app_ended stop(glare) stop(retry) stop(refresh) stop(expire) */
        inv_uac_line = 270;
        inv_uac_do(INV_UAC_A_SEND_BYE);
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_GLARE] = false;
        inv_uac_timer_on[INV_UAC_T_RETRY] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = false;
        inv_uac_state = INV_UAC_TERMINATING
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_APP_REINVITE -> /* send_reinvite start(reinv) */
        inv_uac_line = 174;
        inv_uac_do(INV_UAC_A_SEND_REINVITE);
        inv_uac_timer_on[INV_UAC_T_REINV] = true;
        inv_uac_state = INV_UAC_REINV_OUT
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_APP_ACCEPT -> /* error */
        inv_uac_line = 253;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_APP_REJECT -> /* error */
        inv_uac_line = 253;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_R1XX -> /* error */
        inv_uac_line = 173;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_R2XX -> /* send_ack */
        inv_uac_line = 169;
        inv_uac_do(INV_UAC_A_SEND_ACK)
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_R3XX_6XX -> /* error */
        inv_uac_line = 173;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_TXN_TIMEOUT -> /* error */
        inv_uac_line = 173;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_RE_2XX -> /* error */
        inv_uac_line = 264;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_RE_491 -> /* error */
        inv_uac_line = 264;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_RE_500 -> /* error */
        inv_uac_line = 264;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_RE_481 -> /* error */
        inv_uac_line = 264;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_RE_TIMEOUT -> /* error */
        inv_uac_line = 264;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_RE_FAILURE -> /* error */
        inv_uac_line = 264;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_RE_2XX_AGAIN -> /* send_ack */
        inv_uac_line = 258;
        inv_uac_do(INV_UAC_A_SEND_ACK)
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_R_RETRY -> /* error */
        inv_uac_line = 173;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_RE_AUTH -> /* error */
        inv_uac_line = 264;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_RX_REINVITE -> /* to_app_reinvite start(answer) */
        inv_uac_line = 180;
        inv_uac_do(INV_UAC_A_TO_APP_REINVITE);
        inv_uac_timer_on[INV_UAC_T_ANSWER] = true;
        inv_uac_state = INV_UAC_REINV_IN
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_RX_ACK -> /* error */
        inv_uac_line = 186;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_RX_CANCEL -> /* error */
        inv_uac_line = 186;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_RX_BYE -> /* reply_bye_200 to_app_ended stop(glare) stop(retry) stop(refresh) stop(expire) */
        inv_uac_line = 274;
        inv_uac_do(INV_UAC_A_REPLY_BYE_200);
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_GLARE] = false;
        inv_uac_timer_on[INV_UAC_T_RETRY] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = false;
        inv_uac_state = INV_UAC_TERMINATED
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_BYE_DONE -> /* error */
        inv_uac_line = 255;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_TIMER_C -> /* error */
        inv_uac_line = 266;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_TIMER_CANCEL -> /* error */
        inv_uac_line = 266;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_TIMER_GLARE -> /* error */
        inv_uac_line = 267;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_TIMER_RETRY -> /* error */
        inv_uac_line = 267;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_TIMER_RETX -> /* error */
        inv_uac_line = 268;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_TIMER_ACK -> /* error */
        inv_uac_line = 268;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_TIMER_ANSWER -> /* error */
        inv_uac_line = 269;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_TIMER_REFRESH && (g & 6) == 2 -> /* send_refresh start(reinv) */
        inv_uac_line = 175;
        inv_uac_do(INV_UAC_A_SEND_REFRESH);
        inv_uac_timer_on[INV_UAC_T_REINV] = true;
        inv_uac_state = INV_UAC_REINV_OUT
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_TIMER_REFRESH && (g & 6) == 6 -> /* start(refresh,T2) */
        inv_uac_line = 178;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = true
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_TIMER_REFRESH && (g & 2) == 0 -> /* error */
        inv_uac_line = 179;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_TIMER_EXPIRE -> /* send_bye to_app_ended stop(glare) stop(retry) stop(refresh) */
        inv_uac_line = 278;
        inv_uac_do(INV_UAC_A_SEND_BYE);
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_GLARE] = false;
        inv_uac_timer_on[INV_UAC_T_RETRY] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_state = INV_UAC_TERMINATING
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_TIMER_REINV -> /* error */
        inv_uac_line = 200;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_ST_REFRESHED && (g & 3) == 3 -> /* start(refresh) start(expire) */
        inv_uac_line = 286;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = true;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = true
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_ST_REFRESHED && (g & 3) == 1 -> /* stop(refresh) start(expire) */
        inv_uac_line = 287;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = true
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_ST_REFRESHED && (g & 1) == 0 -> /* error */
        inv_uac_line = 288;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_CONFIRMED && ev == INV_UAC_EV_DIALOG_GONE -> /* to_app_ended stop(glare) stop(retry) stop(refresh) stop(expire) */
        inv_uac_line = 317;
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_GLARE] = false;
        inv_uac_timer_on[INV_UAC_T_RETRY] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = false;
        inv_uac_state = INV_UAC_TERMINATED
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_APP_INVITE -> /* error */
        inv_uac_line = 254;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_APP_CANCEL -> /* error */
        inv_uac_line = 215;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_APP_BYE -> /* send_bye to_app_ended stop(reinv) stop(refresh) stop(expire) */
        inv_uac_line = 271;
        inv_uac_do(INV_UAC_A_SEND_BYE);
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_REINV] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = false;
        inv_uac_state = INV_UAC_TERMINATING
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_APP_REINVITE -> /* error */
        inv_uac_line = 213;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_APP_ACCEPT -> /* error */
        inv_uac_line = 253;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_APP_REJECT -> /* error */
        inv_uac_line = 253;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_R1XX -> /* error */
        inv_uac_line = 215;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_R2XX -> /* send_ack */
        inv_uac_line = 214;
        inv_uac_do(INV_UAC_A_SEND_ACK)
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_R3XX_6XX -> /* error */
        inv_uac_line = 215;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_TXN_TIMEOUT -> /* error */
        inv_uac_line = 215;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_RE_2XX && (g & 3) == 3 -> /* stop(reinv) send_ack to_app_reinvite_done start(refresh) start(expire) */
        inv_uac_line = 190;
        inv_uac_timer_on[INV_UAC_T_REINV] = false;
        inv_uac_do(INV_UAC_A_SEND_ACK);
        inv_uac_do(INV_UAC_A_TO_APP_REINVITE_DONE);
        inv_uac_timer_on[INV_UAC_T_REFRESH] = true;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = true;
        inv_uac_state = INV_UAC_CONFIRMED
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_RE_2XX && (g & 3) == 1 -> /* stop(reinv) send_ack to_app_reinvite_done start(expire) stop(refresh) */
        inv_uac_line = 191;
        inv_uac_timer_on[INV_UAC_T_REINV] = false;
        inv_uac_do(INV_UAC_A_SEND_ACK);
        inv_uac_do(INV_UAC_A_TO_APP_REINVITE_DONE);
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = true;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_state = INV_UAC_CONFIRMED
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_RE_2XX && (g & 1) == 0 -> /* stop(reinv) send_ack to_app_reinvite_done stop(refresh) stop(expire) */
        inv_uac_line = 192;
        inv_uac_timer_on[INV_UAC_T_REINV] = false;
        inv_uac_do(INV_UAC_A_SEND_ACK);
        inv_uac_do(INV_UAC_A_TO_APP_REINVITE_DONE);
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = false;
        inv_uac_state = INV_UAC_CONFIRMED
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_RE_491 -> /* stop(reinv) start(glare) */
        inv_uac_line = 193;
        inv_uac_timer_on[INV_UAC_T_REINV] = false;
        inv_uac_timer_on[INV_UAC_T_GLARE] = true;
        inv_uac_state = INV_UAC_REINV_WAIT
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_RE_500 -> /* stop(reinv) start(retry) */
        inv_uac_line = 194;
        inv_uac_timer_on[INV_UAC_T_REINV] = false;
        inv_uac_timer_on[INV_UAC_T_RETRY] = true;
        inv_uac_state = INV_UAC_REINV_WAIT
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_RE_481 -> /* stop(reinv) to_app_ended stop(refresh) stop(expire) */
        inv_uac_line = 197;
        inv_uac_timer_on[INV_UAC_T_REINV] = false;
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = false;
        inv_uac_state = INV_UAC_TERMINATED
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_RE_TIMEOUT -> /* stop(reinv) send_bye to_app_ended stop(refresh) stop(expire) */
        inv_uac_line = 198;
        inv_uac_timer_on[INV_UAC_T_REINV] = false;
        inv_uac_do(INV_UAC_A_SEND_BYE);
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = false;
        inv_uac_state = INV_UAC_TERMINATING
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_RE_FAILURE -> /* stop(reinv) to_app_reinvite_failed */
        inv_uac_line = 195;
        inv_uac_timer_on[INV_UAC_T_REINV] = false;
        inv_uac_do(INV_UAC_A_TO_APP_REINVITE_FAILED);
        inv_uac_state = INV_UAC_CONFIRMED
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_RE_2XX_AGAIN -> /* send_ack */
        inv_uac_line = 259;
        inv_uac_do(INV_UAC_A_SEND_ACK)
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_R_RETRY -> /* error */
        inv_uac_line = 215;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_RE_AUTH -> /* send_auth_retry */
        inv_uac_line = 196;
        inv_uac_do(INV_UAC_A_SEND_AUTH_RETRY)
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_RX_REINVITE -> /* reply_491 */
        inv_uac_line = 201;
        inv_uac_do(INV_UAC_A_REPLY_491)
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_RX_ACK -> /* error */
        inv_uac_line = 215;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_RX_CANCEL -> /* error */
        inv_uac_line = 215;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_RX_BYE -> /* reply_bye_200 to_app_ended stop(reinv) stop(refresh) stop(expire) */
        inv_uac_line = 275;
        inv_uac_do(INV_UAC_A_REPLY_BYE_200);
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_REINV] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = false;
        inv_uac_state = INV_UAC_TERMINATED
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_BYE_DONE -> /* error */
        inv_uac_line = 255;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_TIMER_C -> /* error */
        inv_uac_line = 266;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_TIMER_CANCEL -> /* error */
        inv_uac_line = 266;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_TIMER_GLARE -> /* error */
        inv_uac_line = 267;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_TIMER_RETRY -> /* error */
        inv_uac_line = 267;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_TIMER_RETX -> /* error */
        inv_uac_line = 268;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_TIMER_ACK -> /* error */
        inv_uac_line = 268;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_TIMER_ANSWER -> /* error */
        inv_uac_line = 269;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_TIMER_REFRESH && (g & 2) == 2 -> /* start(refresh,T2) */
        inv_uac_line = 204;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = true
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_TIMER_REFRESH && (g & 2) == 0 -> /* error */
        inv_uac_line = 212;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_TIMER_EXPIRE -> /* send_bye to_app_ended stop(reinv) stop(refresh) */
        inv_uac_line = 279;
        inv_uac_do(INV_UAC_A_SEND_BYE);
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_REINV] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_state = INV_UAC_TERMINATING
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_TIMER_REINV -> /* send_bye to_app_ended stop(refresh) stop(expire) */
        inv_uac_line = 199;
        inv_uac_do(INV_UAC_A_SEND_BYE);
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = false;
        inv_uac_state = INV_UAC_TERMINATING
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_ST_REFRESHED && (g & 3) == 3 -> /* start(refresh) start(expire) */
        inv_uac_line = 289;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = true;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = true
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_ST_REFRESHED && (g & 3) == 1 -> /* stop(refresh) start(expire) */
        inv_uac_line = 290;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = true
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_ST_REFRESHED && (g & 1) == 0 -> /* error */
        inv_uac_line = 291;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_OUT && ev == INV_UAC_EV_DIALOG_GONE -> /* to_app_ended stop(reinv) stop(refresh) stop(expire) */
        inv_uac_line = 318;
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_REINV] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = false;
        inv_uac_state = INV_UAC_TERMINATED
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_APP_INVITE -> /* error */
        inv_uac_line = 254;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_APP_CANCEL -> /* error */
        inv_uac_line = 227;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_APP_BYE -> /* send_bye to_app_ended stop(glare) stop(retry) stop(refresh) stop(expire) */
        inv_uac_line = 270;
        inv_uac_do(INV_UAC_A_SEND_BYE);
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_GLARE] = false;
        inv_uac_timer_on[INV_UAC_T_RETRY] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = false;
        inv_uac_state = INV_UAC_TERMINATING
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_APP_REINVITE -> /* error */
        inv_uac_line = 225;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_APP_ACCEPT -> /* error */
        inv_uac_line = 253;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_APP_REJECT -> /* error */
        inv_uac_line = 253;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_R1XX -> /* error */
        inv_uac_line = 227;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_R2XX -> /* send_ack */
        inv_uac_line = 226;
        inv_uac_do(INV_UAC_A_SEND_ACK)
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_R3XX_6XX -> /* error */
        inv_uac_line = 227;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_TXN_TIMEOUT -> /* error */
        inv_uac_line = 227;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_RE_2XX -> /* error */
        inv_uac_line = 228;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_RE_491 -> /* error */
        inv_uac_line = 228;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_RE_500 -> /* error */
        inv_uac_line = 228;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_RE_481 -> /* error */
        inv_uac_line = 228;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_RE_TIMEOUT -> /* error */
        inv_uac_line = 228;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_RE_FAILURE -> /* error */
        inv_uac_line = 228;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_RE_2XX_AGAIN -> /* send_ack */
        inv_uac_line = 260;
        inv_uac_do(INV_UAC_A_SEND_ACK)
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_R_RETRY -> /* error */
        inv_uac_line = 227;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_RE_AUTH -> /* error */
        inv_uac_line = 228;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_RX_REINVITE -> /* to_app_reinvite_failed to_app_reinvite stop(glare) stop(retry) start(answer) */
        inv_uac_line = 222;
        inv_uac_do(INV_UAC_A_TO_APP_REINVITE_FAILED);
        inv_uac_do(INV_UAC_A_TO_APP_REINVITE);
        inv_uac_timer_on[INV_UAC_T_GLARE] = false;
        inv_uac_timer_on[INV_UAC_T_RETRY] = false;
        inv_uac_timer_on[INV_UAC_T_ANSWER] = true;
        inv_uac_state = INV_UAC_REINV_IN
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_RX_ACK -> /* error */
        inv_uac_line = 227;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_RX_CANCEL -> /* error */
        inv_uac_line = 227;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_RX_BYE -> /* reply_bye_200 to_app_ended stop(glare) stop(retry) stop(refresh) stop(expire) */
        inv_uac_line = 274;
        inv_uac_do(INV_UAC_A_REPLY_BYE_200);
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_GLARE] = false;
        inv_uac_timer_on[INV_UAC_T_RETRY] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = false;
        inv_uac_state = INV_UAC_TERMINATED
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_BYE_DONE -> /* error */
        inv_uac_line = 255;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_TIMER_C -> /* error */
        inv_uac_line = 266;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_TIMER_CANCEL -> /* error */
        inv_uac_line = 266;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_TIMER_GLARE && (g & 4) == 0 -> /* send_reinvite start(reinv) */
        inv_uac_line = 218;
        inv_uac_do(INV_UAC_A_SEND_REINVITE);
        inv_uac_timer_on[INV_UAC_T_REINV] = true;
        inv_uac_state = INV_UAC_REINV_OUT
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_TIMER_GLARE && (g & 4) == 4 -> /* start(glare) */
        inv_uac_line = 220;
        inv_uac_timer_on[INV_UAC_T_GLARE] = true
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_TIMER_RETRY && (g & 4) == 0 -> /* send_reinvite start(reinv) */
        inv_uac_line = 218;
        inv_uac_do(INV_UAC_A_SEND_REINVITE);
        inv_uac_timer_on[INV_UAC_T_REINV] = true;
        inv_uac_state = INV_UAC_REINV_OUT
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_TIMER_RETRY && (g & 4) == 4 -> /* start(retry) */
        inv_uac_line = 221;
        inv_uac_timer_on[INV_UAC_T_RETRY] = true
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_TIMER_RETX -> /* error */
        inv_uac_line = 268;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_TIMER_ACK -> /* error */
        inv_uac_line = 268;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_TIMER_ANSWER -> /* error */
        inv_uac_line = 269;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_TIMER_REFRESH && (g & 2) == 2 -> /* start(refresh,T2) */
        inv_uac_line = 223;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = true
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_TIMER_REFRESH && (g & 2) == 0 -> /* error */
        inv_uac_line = 224;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_TIMER_EXPIRE -> /* send_bye to_app_ended stop(glare) stop(retry) stop(refresh) */
        inv_uac_line = 278;
        inv_uac_do(INV_UAC_A_SEND_BYE);
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_GLARE] = false;
        inv_uac_timer_on[INV_UAC_T_RETRY] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_state = INV_UAC_TERMINATING
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_TIMER_REINV -> /* error */
        inv_uac_line = 200;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_ST_REFRESHED && (g & 3) == 3 -> /* start(refresh) start(expire) */
        inv_uac_line = 292;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = true;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = true
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_ST_REFRESHED && (g & 3) == 1 -> /* stop(refresh) start(expire) */
        inv_uac_line = 293;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = true
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_ST_REFRESHED && (g & 1) == 0 -> /* error */
        inv_uac_line = 294;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_WAIT && ev == INV_UAC_EV_DIALOG_GONE -> /* to_app_ended stop(glare) stop(retry) stop(refresh) stop(expire) */
        inv_uac_line = 317;
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_GLARE] = false;
        inv_uac_timer_on[INV_UAC_T_RETRY] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = false;
        inv_uac_state = INV_UAC_TERMINATED
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_APP_INVITE -> /* error */
        inv_uac_line = 254;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_APP_CANCEL -> /* error */
        inv_uac_line = 240;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_APP_BYE -> /* reply_487 send_bye to_app_ended stop(answer) stop(refresh) stop(expire) */
        inv_uac_line = 272;
        inv_uac_do(INV_UAC_A_REPLY_487);
        inv_uac_do(INV_UAC_A_SEND_BYE);
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_ANSWER] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = false;
        inv_uac_state = INV_UAC_TERMINATING
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_APP_REINVITE -> /* error */
        inv_uac_line = 237;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_APP_ACCEPT -> /* reply_2xx stop(answer) start(retx) start(ack) */
        inv_uac_line = 231;
        inv_uac_do(INV_UAC_A_REPLY_2XX);
        inv_uac_timer_on[INV_UAC_T_ANSWER] = false;
        inv_uac_timer_on[INV_UAC_T_RETX] = true;
        inv_uac_timer_on[INV_UAC_T_ACK] = true;
        inv_uac_state = INV_UAC_REINV_IN_ACK
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_APP_REJECT -> /* reply_non2xx stop(answer) */
        inv_uac_line = 232;
        inv_uac_do(INV_UAC_A_REPLY_NON2XX);
        inv_uac_timer_on[INV_UAC_T_ANSWER] = false;
        inv_uac_state = INV_UAC_CONFIRMED
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_R1XX -> /* error */
        inv_uac_line = 240;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_R2XX -> /* send_ack */
        inv_uac_line = 239;
        inv_uac_do(INV_UAC_A_SEND_ACK)
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_R3XX_6XX -> /* error */
        inv_uac_line = 240;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_TXN_TIMEOUT -> /* error */
        inv_uac_line = 240;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_RE_2XX -> /* error */
        inv_uac_line = 265;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_RE_491 -> /* error */
        inv_uac_line = 265;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_RE_500 -> /* error */
        inv_uac_line = 265;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_RE_481 -> /* error */
        inv_uac_line = 265;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_RE_TIMEOUT -> /* error */
        inv_uac_line = 265;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_RE_FAILURE -> /* error */
        inv_uac_line = 265;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_RE_2XX_AGAIN -> /* send_ack */
        inv_uac_line = 261;
        inv_uac_do(INV_UAC_A_SEND_ACK)
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_R_RETRY -> /* error */
        inv_uac_line = 240;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_RE_AUTH -> /* error */
        inv_uac_line = 265;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_RX_REINVITE -> /* reply_500_retry_after */
        inv_uac_line = 235;
        inv_uac_do(INV_UAC_A_REPLY_500_RETRY_AFTER)
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_RX_ACK -> /* error */
        inv_uac_line = 238;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_RX_CANCEL -> /* reply_487 to_app_reinvite_failed stop(answer) */
        inv_uac_line = 234;
        inv_uac_do(INV_UAC_A_REPLY_487);
        inv_uac_do(INV_UAC_A_TO_APP_REINVITE_FAILED);
        inv_uac_timer_on[INV_UAC_T_ANSWER] = false;
        inv_uac_state = INV_UAC_CONFIRMED
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_RX_BYE -> /* reply_487 reply_bye_200 to_app_ended stop(answer) stop(refresh) stop(expire) */
        inv_uac_line = 276;
        inv_uac_do(INV_UAC_A_REPLY_487);
        inv_uac_do(INV_UAC_A_REPLY_BYE_200);
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_ANSWER] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = false;
        inv_uac_state = INV_UAC_TERMINATED
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_BYE_DONE -> /* error */
        inv_uac_line = 255;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_TIMER_C -> /* error */
        inv_uac_line = 266;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_TIMER_CANCEL -> /* error */
        inv_uac_line = 266;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_TIMER_GLARE -> /* error */
        inv_uac_line = 267;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_TIMER_RETRY -> /* error */
        inv_uac_line = 267;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_TIMER_RETX -> /* error */
        inv_uac_line = 268;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_TIMER_ACK -> /* error */
        inv_uac_line = 268;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_TIMER_ANSWER -> /* reply_500 to_app_reinvite_failed */
        inv_uac_line = 233;
        inv_uac_do(INV_UAC_A_REPLY_500);
        inv_uac_do(INV_UAC_A_TO_APP_REINVITE_FAILED);
        inv_uac_state = INV_UAC_CONFIRMED
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_TIMER_REFRESH && (g & 2) == 2 -> /* start(refresh,T2) */
        inv_uac_line = 205;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = true
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_TIMER_REFRESH && (g & 2) == 0 -> /* error */
        inv_uac_line = 212;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_TIMER_EXPIRE -> /* reply_487 send_bye to_app_ended stop(answer) stop(refresh) */
        inv_uac_line = 280;
        inv_uac_do(INV_UAC_A_REPLY_487);
        inv_uac_do(INV_UAC_A_SEND_BYE);
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_ANSWER] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_state = INV_UAC_TERMINATING
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_TIMER_REINV -> /* error */
        inv_uac_line = 200;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_ST_REFRESHED && (g & 3) == 3 -> /* start(refresh) start(expire) */
        inv_uac_line = 295;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = true;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = true
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_ST_REFRESHED && (g & 3) == 1 -> /* stop(refresh) start(expire) */
        inv_uac_line = 296;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = true
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_ST_REFRESHED && (g & 1) == 0 -> /* error */
        inv_uac_line = 297;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN && ev == INV_UAC_EV_DIALOG_GONE -> /* reply_487 to_app_ended stop(answer) stop(refresh) stop(expire) */
        inv_uac_line = 319;
        inv_uac_do(INV_UAC_A_REPLY_487);
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_ANSWER] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = false;
        inv_uac_state = INV_UAC_TERMINATED
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_APP_INVITE -> /* error */
        inv_uac_line = 254;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_APP_CANCEL -> /* error */
        inv_uac_line = 250;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_APP_BYE -> /* send_bye to_app_ended stop(retx) stop(ack) stop(refresh) stop(expire) */
        inv_uac_line = 273;
        inv_uac_do(INV_UAC_A_SEND_BYE);
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_RETX] = false;
        inv_uac_timer_on[INV_UAC_T_ACK] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = false;
        inv_uac_state = INV_UAC_TERMINATING
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_APP_REINVITE -> /* error */
        inv_uac_line = 248;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_APP_ACCEPT -> /* error */
        inv_uac_line = 248;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_APP_REJECT -> /* error */
        inv_uac_line = 248;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_R1XX -> /* error */
        inv_uac_line = 250;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_R2XX -> /* send_ack */
        inv_uac_line = 249;
        inv_uac_do(INV_UAC_A_SEND_ACK)
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_R3XX_6XX -> /* error */
        inv_uac_line = 250;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_TXN_TIMEOUT -> /* error */
        inv_uac_line = 250;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_RE_2XX -> /* error */
        inv_uac_line = 265;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_RE_491 -> /* error */
        inv_uac_line = 265;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_RE_500 -> /* error */
        inv_uac_line = 265;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_RE_481 -> /* error */
        inv_uac_line = 265;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_RE_TIMEOUT -> /* error */
        inv_uac_line = 265;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_RE_FAILURE -> /* error */
        inv_uac_line = 265;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_RE_2XX_AGAIN -> /* send_ack */
        inv_uac_line = 262;
        inv_uac_do(INV_UAC_A_SEND_ACK)
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_R_RETRY -> /* error */
        inv_uac_line = 250;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_RE_AUTH -> /* error */
        inv_uac_line = 265;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_RX_REINVITE -> /* reply_500_retry_after */
        inv_uac_line = 236;
        inv_uac_do(INV_UAC_A_REPLY_500_RETRY_AFTER)
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_RX_ACK && (g & 3) == 3 -> /* to_app_reinvite_done stop(retx) stop(ack) start(refresh) start(expire) */
        inv_uac_line = 242;
        inv_uac_do(INV_UAC_A_TO_APP_REINVITE_DONE);
        inv_uac_timer_on[INV_UAC_T_RETX] = false;
        inv_uac_timer_on[INV_UAC_T_ACK] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = true;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = true;
        inv_uac_state = INV_UAC_CONFIRMED
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_RX_ACK && (g & 3) == 1 -> /* to_app_reinvite_done stop(retx) stop(ack) start(expire) stop(refresh) */
        inv_uac_line = 243;
        inv_uac_do(INV_UAC_A_TO_APP_REINVITE_DONE);
        inv_uac_timer_on[INV_UAC_T_RETX] = false;
        inv_uac_timer_on[INV_UAC_T_ACK] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = true;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_state = INV_UAC_CONFIRMED
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_RX_ACK && (g & 1) == 0 -> /* to_app_reinvite_done stop(retx) stop(ack) stop(refresh) stop(expire) */
        inv_uac_line = 244;
        inv_uac_do(INV_UAC_A_TO_APP_REINVITE_DONE);
        inv_uac_timer_on[INV_UAC_T_RETX] = false;
        inv_uac_timer_on[INV_UAC_T_ACK] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = false;
        inv_uac_state = INV_UAC_CONFIRMED
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_RX_CANCEL -> /* ignore */
        inv_uac_line = 247
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_RX_BYE -> /* reply_bye_200 to_app_ended stop(retx) stop(ack) stop(refresh) stop(expire) */
        inv_uac_line = 277;
        inv_uac_do(INV_UAC_A_REPLY_BYE_200);
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_RETX] = false;
        inv_uac_timer_on[INV_UAC_T_ACK] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = false;
        inv_uac_state = INV_UAC_TERMINATED
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_BYE_DONE -> /* error */
        inv_uac_line = 255;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_TIMER_C -> /* error */
        inv_uac_line = 266;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_TIMER_CANCEL -> /* error */
        inv_uac_line = 266;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_TIMER_GLARE -> /* error */
        inv_uac_line = 267;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_TIMER_RETRY -> /* error */
        inv_uac_line = 267;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_TIMER_RETX -> /* resend_2xx backoff(retx) */
        inv_uac_line = 245;
        inv_uac_do(INV_UAC_A_RESEND_2XX);
        inv_uac_timer_on[INV_UAC_T_RETX] = true
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_TIMER_ACK -> /* send_bye to_app_ended stop(retx) stop(refresh) stop(expire) */
        inv_uac_line = 246;
        inv_uac_do(INV_UAC_A_SEND_BYE);
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_RETX] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = false;
        inv_uac_state = INV_UAC_TERMINATING
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_TIMER_ANSWER -> /* error */
        inv_uac_line = 269;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_TIMER_REFRESH && (g & 2) == 2 -> /* start(refresh,T2) */
        inv_uac_line = 206;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = true
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_TIMER_REFRESH && (g & 2) == 0 -> /* ignore */
        inv_uac_line = 211
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_TIMER_EXPIRE -> /* send_bye to_app_ended stop(retx) stop(ack) stop(refresh) */
        inv_uac_line = 281;
        inv_uac_do(INV_UAC_A_SEND_BYE);
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_RETX] = false;
        inv_uac_timer_on[INV_UAC_T_ACK] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_state = INV_UAC_TERMINATING
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_TIMER_REINV -> /* error */
        inv_uac_line = 200;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_ST_REFRESHED && (g & 3) == 3 -> /* start(refresh) start(expire) */
        inv_uac_line = 298;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = true;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = true
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_ST_REFRESHED && (g & 3) == 1 -> /* stop(refresh) start(expire) */
        inv_uac_line = 299;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = true
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_ST_REFRESHED && (g & 1) == 0 -> /* error */
        inv_uac_line = 300;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_REINV_IN_ACK && ev == INV_UAC_EV_DIALOG_GONE -> /* to_app_ended stop(retx) stop(ack) stop(refresh) stop(expire) */
        inv_uac_line = 320;
        inv_uac_do(INV_UAC_A_TO_APP_ENDED);
        inv_uac_timer_on[INV_UAC_T_RETX] = false;
        inv_uac_timer_on[INV_UAC_T_ACK] = false;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = false;
        inv_uac_timer_on[INV_UAC_T_EXPIRE] = false;
        inv_uac_state = INV_UAC_TERMINATED
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_APP_INVITE -> /* error */
        inv_uac_line = 335;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_APP_CANCEL -> /* error */
        inv_uac_line = 334;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_APP_BYE -> /* error */
        inv_uac_line = 334;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_APP_REINVITE -> /* error */
        inv_uac_line = 335;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_APP_ACCEPT -> /* error */
        inv_uac_line = 335;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_APP_REJECT -> /* error */
        inv_uac_line = 335;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_R1XX -> /* error */
        inv_uac_line = 330;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_R2XX -> /* send_ack */
        inv_uac_line = 329;
        inv_uac_do(INV_UAC_A_SEND_ACK)
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_R3XX_6XX -> /* error */
        inv_uac_line = 330;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_TXN_TIMEOUT -> /* error */
        inv_uac_line = 330;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_RE_2XX -> /* send_ack */
        inv_uac_line = 329;
        inv_uac_do(INV_UAC_A_SEND_ACK)
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_RE_491 -> /* ignore */
        inv_uac_line = 331
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_RE_500 -> /* ignore */
        inv_uac_line = 331
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_RE_481 -> /* ignore */
        inv_uac_line = 331
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_RE_TIMEOUT -> /* ignore */
        inv_uac_line = 331
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_RE_FAILURE -> /* ignore */
        inv_uac_line = 331
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_RE_2XX_AGAIN -> /* send_ack */
        inv_uac_line = 263;
        inv_uac_do(INV_UAC_A_SEND_ACK)
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_R_RETRY -> /* error */
        inv_uac_line = 330;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_RE_AUTH -> /* ignore */
        inv_uac_line = 332
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_RX_REINVITE -> /* reply_481 */
        inv_uac_line = 328;
        inv_uac_do(INV_UAC_A_REPLY_481)
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_RX_ACK -> /* ignore */
        inv_uac_line = 333
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_RX_CANCEL -> /* ignore */
        inv_uac_line = 333
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_RX_BYE -> /* reply_bye_200 */
        inv_uac_line = 327;
        inv_uac_do(INV_UAC_A_REPLY_BYE_200)
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_BYE_DONE -> /*  */
        inv_uac_line = 326;
        inv_uac_state = INV_UAC_TERMINATED
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_TIMER_C -> /* error */
        inv_uac_line = 336;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_TIMER_CANCEL -> /* error */
        inv_uac_line = 336;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_TIMER_GLARE -> /* error */
        inv_uac_line = 336;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_TIMER_RETRY -> /* error */
        inv_uac_line = 336;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_TIMER_RETX -> /* error */
        inv_uac_line = 336;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_TIMER_ACK -> /* error */
        inv_uac_line = 336;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_TIMER_ANSWER -> /* error */
        inv_uac_line = 336;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_TIMER_REFRESH -> /* error */
        inv_uac_line = 336;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_TIMER_EXPIRE -> /* error */
        inv_uac_line = 336;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_TIMER_REINV -> /* error */
        inv_uac_line = 336;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_ST_REFRESHED -> /* error */
        inv_uac_line = 309;
        inv_uac_error()
    :: inv_uac_state == INV_UAC_TERMINATING && ev == INV_UAC_EV_DIALOG_GONE -> /* error */
        inv_uac_line = 322;
        inv_uac_error()
    fi
}
