/* Generated from fsm/update.fsm by fsmc 1 - do not edit; run `make regen`. */
/* update: UPDATE in early and confirmed dialogs - RFC 3311 §5
 *
 * The machine as Promela. A harness (tests/model/) defines, before the
 * process that steps the machine:
 *   inline update_do(a)     runs declared action a (UPDATE_A_*)
 *   inline update_error()   an `error` row was taken (normally assert(false))
 * and drives the machine with update_step(ev, guards) and, for timers,
 * update_fire(ev) when update_any_timer holds. A timer fires at most
 * UPDATE_FIRE_MAX_<T> times per run (the schedule that fits in the longest
 * timer; see docs/fsm/verification.md); a harness may #define it
 * lower, or as an expression, before including this file. */

#define UPDATE_IDLE 0
#define UPDATE_UAC 1
#define UPDATE_WAIT 2
#define UPDATE_UAS 3
#define UPDATE_UAC_UAS 4
#define UPDATE_WAIT_UAS 5
#define UPDATE_DUE_UAS 6
#define UPDATE_TERMINATED 7
#define UPDATE_N_STATES 8

#define UPDATE_EV_APP_UPDATE 0
#define UPDATE_EV_RX_2XX 1
#define UPDATE_EV_RX_491 2
#define UPDATE_EV_RX_500 3
#define UPDATE_EV_RX_USAGE_FAIL 4
#define UPDATE_EV_RX_FAILURE 5
#define UPDATE_EV_RX_UPDATE 6
#define UPDATE_EV_RX_PRACK_OFFER 7
#define UPDATE_EV_APP_ACCEPT 8
#define UPDATE_EV_APP_REJECT 9
#define UPDATE_EV_DIALOG_ENDED 10
#define UPDATE_EV_TX_REFUSED 11
#define UPDATE_EV_TIMER_GLARE 12
#define UPDATE_EV_TIMER_RETRY 13
#define UPDATE_EV_TIMER_ANSWER 14

#define UPDATE_A_SEND_UPDATE 0
#define UPDATE_A_TO_APP_UPDATE_DONE 1
#define UPDATE_A_TO_APP_UPDATE_FAILED 2
#define UPDATE_A_END_USAGE 3
#define UPDATE_A_TO_APP_UPDATE 4
#define UPDATE_A_TO_APP_PRACK_OFFER 5
#define UPDATE_A_TO_APP_UPDATE_CANCELLED 6
#define UPDATE_A_REPLY_2XX 7
#define UPDATE_A_REPLY_NON2XX 8
#define UPDATE_A_REPLY_500_RETRY_AFTER 9
#define UPDATE_A_REPLY_504 10
#define UPDATE_A_REPLY_487 11

#define UPDATE_T_GLARE 0
#ifndef UPDATE_FIRE_MAX_GLARE
#define UPDATE_FIRE_MAX_GLARE 2
#endif
#define UPDATE_T_RETRY 1
#ifndef UPDATE_FIRE_MAX_RETRY
#define UPDATE_FIRE_MAX_RETRY 1
#endif
#define UPDATE_T_ANSWER 2
#ifndef UPDATE_FIRE_MAX_ANSWER
#define UPDATE_FIRE_MAX_ANSWER 2
#endif

#define UPDATE_FINAL(s) ((s) == UPDATE_TERMINATED)

byte update_state = UPDATE_IDLE;
bool update_timer_on[3];
byte update_fired[3];
short update_line; /* spec line of the last row taken, for traces */

#define update_ready(t, max) (update_timer_on[t] && update_fired[t] < max)
#define update_any_timer (false || update_ready(UPDATE_T_GLARE, UPDATE_FIRE_MAX_GLARE) || update_ready(UPDATE_T_RETRY, UPDATE_FIRE_MAX_RETRY) || update_ready(UPDATE_T_ANSWER, UPDATE_FIRE_MAX_ANSWER))

/* Fires one running timer: ev becomes its event. */
inline update_fire(ev) {
    if
    :: update_ready(UPDATE_T_GLARE, UPDATE_FIRE_MAX_GLARE) ->
        update_timer_on[UPDATE_T_GLARE] = false; update_fired[UPDATE_T_GLARE]++; ev = UPDATE_EV_TIMER_GLARE
    :: update_ready(UPDATE_T_RETRY, UPDATE_FIRE_MAX_RETRY) ->
        update_timer_on[UPDATE_T_RETRY] = false; update_fired[UPDATE_T_RETRY]++; ev = UPDATE_EV_TIMER_RETRY
    :: update_ready(UPDATE_T_ANSWER, UPDATE_FIRE_MAX_ANSWER) ->
        update_timer_on[UPDATE_T_ANSWER] = false; update_fired[UPDATE_T_ANSWER]++; ev = UPDATE_EV_TIMER_ANSWER
    fi
}

/* One transition: the row of (update_state, ev) under guard bits g. */
inline update_step(ev, g) {
    if
    :: update_state == UPDATE_IDLE && ev == UPDATE_EV_APP_UPDATE -> /* send_update */
        update_line = 85;
        update_do(UPDATE_A_SEND_UPDATE);
        update_state = UPDATE_UAC
    :: update_state == UPDATE_IDLE && ev == UPDATE_EV_RX_2XX -> /* error */
        update_line = 89;
        update_error()
    :: update_state == UPDATE_IDLE && ev == UPDATE_EV_RX_491 -> /* error */
        update_line = 89;
        update_error()
    :: update_state == UPDATE_IDLE && ev == UPDATE_EV_RX_500 -> /* error */
        update_line = 89;
        update_error()
    :: update_state == UPDATE_IDLE && ev == UPDATE_EV_RX_USAGE_FAIL -> /* error */
        update_line = 89;
        update_error()
    :: update_state == UPDATE_IDLE && ev == UPDATE_EV_RX_FAILURE -> /* error */
        update_line = 89;
        update_error()
    :: update_state == UPDATE_IDLE && ev == UPDATE_EV_RX_UPDATE -> /* to_app_update start(answer) */
        update_line = 86;
        update_do(UPDATE_A_TO_APP_UPDATE);
        update_timer_on[UPDATE_T_ANSWER] = true;
        update_state = UPDATE_UAS
    :: update_state == UPDATE_IDLE && ev == UPDATE_EV_RX_PRACK_OFFER -> /* to_app_prack_offer start(answer) */
        update_line = 87;
        update_do(UPDATE_A_TO_APP_PRACK_OFFER);
        update_timer_on[UPDATE_T_ANSWER] = true;
        update_state = UPDATE_UAS
    :: update_state == UPDATE_IDLE && ev == UPDATE_EV_APP_ACCEPT -> /* error */
        update_line = 90;
        update_error()
    :: update_state == UPDATE_IDLE && ev == UPDATE_EV_APP_REJECT -> /* error */
        update_line = 90;
        update_error()
    :: update_state == UPDATE_IDLE && ev == UPDATE_EV_DIALOG_ENDED -> /*  */
        update_line = 88;
        update_state = UPDATE_TERMINATED
    :: update_state == UPDATE_IDLE && ev == UPDATE_EV_TX_REFUSED -> /* error */
        update_line = 95;
        update_error()
    :: update_state == UPDATE_IDLE && ev == UPDATE_EV_TIMER_GLARE -> /* error */
        update_line = 91;
        update_error()
    :: update_state == UPDATE_IDLE && ev == UPDATE_EV_TIMER_RETRY -> /* error */
        update_line = 91;
        update_error()
    :: update_state == UPDATE_IDLE && ev == UPDATE_EV_TIMER_ANSWER -> /* error */
        update_line = 91;
        update_error()
    :: update_state == UPDATE_UAC && ev == UPDATE_EV_APP_UPDATE -> /* error */
        update_line = 108;
        update_error()
    :: update_state == UPDATE_UAC && ev == UPDATE_EV_RX_2XX -> /* to_app_update_done */
        update_line = 98;
        update_do(UPDATE_A_TO_APP_UPDATE_DONE);
        update_state = UPDATE_IDLE
    :: update_state == UPDATE_UAC && ev == UPDATE_EV_RX_491 -> /* start(glare) */
        update_line = 99;
        update_timer_on[UPDATE_T_GLARE] = true;
        update_state = UPDATE_WAIT
    :: update_state == UPDATE_UAC && ev == UPDATE_EV_RX_500 -> /* start(retry) */
        update_line = 100;
        update_timer_on[UPDATE_T_RETRY] = true;
        update_state = UPDATE_WAIT
    :: update_state == UPDATE_UAC && ev == UPDATE_EV_RX_USAGE_FAIL -> /* to_app_update_failed end_usage */
        update_line = 101;
        update_do(UPDATE_A_TO_APP_UPDATE_FAILED);
        update_do(UPDATE_A_END_USAGE);
        update_state = UPDATE_IDLE
    :: update_state == UPDATE_UAC && ev == UPDATE_EV_RX_FAILURE -> /* to_app_update_failed */
        update_line = 102;
        update_do(UPDATE_A_TO_APP_UPDATE_FAILED);
        update_state = UPDATE_IDLE
    :: update_state == UPDATE_UAC && ev == UPDATE_EV_RX_UPDATE -> /* to_app_update start(answer) */
        update_line = 103;
        update_do(UPDATE_A_TO_APP_UPDATE);
        update_timer_on[UPDATE_T_ANSWER] = true;
        update_state = UPDATE_UAC_UAS
    :: update_state == UPDATE_UAC && ev == UPDATE_EV_RX_PRACK_OFFER -> /* to_app_prack_offer start(answer) */
        update_line = 104;
        update_do(UPDATE_A_TO_APP_PRACK_OFFER);
        update_timer_on[UPDATE_T_ANSWER] = true;
        update_state = UPDATE_UAC_UAS
    :: update_state == UPDATE_UAC && ev == UPDATE_EV_APP_ACCEPT -> /* error */
        update_line = 109;
        update_error()
    :: update_state == UPDATE_UAC && ev == UPDATE_EV_APP_REJECT -> /* error */
        update_line = 109;
        update_error()
    :: update_state == UPDATE_UAC && ev == UPDATE_EV_DIALOG_ENDED -> /*  */
        update_line = 106;
        update_state = UPDATE_TERMINATED
    :: update_state == UPDATE_UAC && ev == UPDATE_EV_TX_REFUSED -> /* to_app_update_failed */
        update_line = 107;
        update_do(UPDATE_A_TO_APP_UPDATE_FAILED);
        update_state = UPDATE_IDLE
    :: update_state == UPDATE_UAC && ev == UPDATE_EV_TIMER_GLARE -> /* error */
        update_line = 110;
        update_error()
    :: update_state == UPDATE_UAC && ev == UPDATE_EV_TIMER_RETRY -> /* error */
        update_line = 110;
        update_error()
    :: update_state == UPDATE_UAC && ev == UPDATE_EV_TIMER_ANSWER -> /* error */
        update_line = 110;
        update_error()
    :: update_state == UPDATE_WAIT && ev == UPDATE_EV_APP_UPDATE -> /* error */
        update_line = 116;
        update_error()
    :: update_state == UPDATE_WAIT && ev == UPDATE_EV_RX_2XX -> /* error */
        update_line = 117;
        update_error()
    :: update_state == UPDATE_WAIT && ev == UPDATE_EV_RX_491 -> /* error */
        update_line = 117;
        update_error()
    :: update_state == UPDATE_WAIT && ev == UPDATE_EV_RX_500 -> /* error */
        update_line = 117;
        update_error()
    :: update_state == UPDATE_WAIT && ev == UPDATE_EV_RX_USAGE_FAIL -> /* error */
        update_line = 117;
        update_error()
    :: update_state == UPDATE_WAIT && ev == UPDATE_EV_RX_FAILURE -> /* error */
        update_line = 117;
        update_error()
    :: update_state == UPDATE_WAIT && ev == UPDATE_EV_RX_UPDATE -> /* to_app_update start(answer) */
        update_line = 113;
        update_do(UPDATE_A_TO_APP_UPDATE);
        update_timer_on[UPDATE_T_ANSWER] = true;
        update_state = UPDATE_WAIT_UAS
    :: update_state == UPDATE_WAIT && ev == UPDATE_EV_RX_PRACK_OFFER -> /* to_app_prack_offer start(answer) */
        update_line = 114;
        update_do(UPDATE_A_TO_APP_PRACK_OFFER);
        update_timer_on[UPDATE_T_ANSWER] = true;
        update_state = UPDATE_WAIT_UAS
    :: update_state == UPDATE_WAIT && ev == UPDATE_EV_APP_ACCEPT -> /* error */
        update_line = 118;
        update_error()
    :: update_state == UPDATE_WAIT && ev == UPDATE_EV_APP_REJECT -> /* error */
        update_line = 118;
        update_error()
    :: update_state == UPDATE_WAIT && ev == UPDATE_EV_DIALOG_ENDED -> /* stop(glare) stop(retry) */
        update_line = 115;
        update_timer_on[UPDATE_T_GLARE] = false;
        update_timer_on[UPDATE_T_RETRY] = false;
        update_state = UPDATE_TERMINATED
    :: update_state == UPDATE_WAIT && ev == UPDATE_EV_TX_REFUSED -> /* error */
        update_line = 95;
        update_error()
    :: update_state == UPDATE_WAIT && ev == UPDATE_EV_TIMER_GLARE -> /* send_update */
        update_line = 112;
        update_do(UPDATE_A_SEND_UPDATE);
        update_state = UPDATE_UAC
    :: update_state == UPDATE_WAIT && ev == UPDATE_EV_TIMER_RETRY -> /* send_update */
        update_line = 112;
        update_do(UPDATE_A_SEND_UPDATE);
        update_state = UPDATE_UAC
    :: update_state == UPDATE_WAIT && ev == UPDATE_EV_TIMER_ANSWER -> /* error */
        update_line = 118;
        update_error()
    :: update_state == UPDATE_UAS && ev == UPDATE_EV_APP_UPDATE -> /* send_update */
        update_line = 126;
        update_do(UPDATE_A_SEND_UPDATE);
        update_state = UPDATE_UAC_UAS
    :: update_state == UPDATE_UAS && ev == UPDATE_EV_RX_2XX -> /* error */
        update_line = 128;
        update_error()
    :: update_state == UPDATE_UAS && ev == UPDATE_EV_RX_491 -> /* error */
        update_line = 128;
        update_error()
    :: update_state == UPDATE_UAS && ev == UPDATE_EV_RX_500 -> /* error */
        update_line = 128;
        update_error()
    :: update_state == UPDATE_UAS && ev == UPDATE_EV_RX_USAGE_FAIL -> /* error */
        update_line = 128;
        update_error()
    :: update_state == UPDATE_UAS && ev == UPDATE_EV_RX_FAILURE -> /* error */
        update_line = 128;
        update_error()
    :: update_state == UPDATE_UAS && ev == UPDATE_EV_RX_UPDATE -> /* reply_500_retry_after */
        update_line = 124;
        update_do(UPDATE_A_REPLY_500_RETRY_AFTER)
    :: update_state == UPDATE_UAS && ev == UPDATE_EV_RX_PRACK_OFFER -> /* reply_500_retry_after */
        update_line = 125;
        update_do(UPDATE_A_REPLY_500_RETRY_AFTER)
    :: update_state == UPDATE_UAS && ev == UPDATE_EV_APP_ACCEPT -> /* reply_2xx stop(answer) */
        update_line = 121;
        update_do(UPDATE_A_REPLY_2XX);
        update_timer_on[UPDATE_T_ANSWER] = false;
        update_state = UPDATE_IDLE
    :: update_state == UPDATE_UAS && ev == UPDATE_EV_APP_REJECT -> /* reply_non2xx stop(answer) */
        update_line = 122;
        update_do(UPDATE_A_REPLY_NON2XX);
        update_timer_on[UPDATE_T_ANSWER] = false;
        update_state = UPDATE_IDLE
    :: update_state == UPDATE_UAS && ev == UPDATE_EV_DIALOG_ENDED -> /* reply_487 stop(answer) */
        update_line = 127;
        update_do(UPDATE_A_REPLY_487);
        update_timer_on[UPDATE_T_ANSWER] = false;
        update_state = UPDATE_TERMINATED
    :: update_state == UPDATE_UAS && ev == UPDATE_EV_TX_REFUSED -> /* error */
        update_line = 95;
        update_error()
    :: update_state == UPDATE_UAS && ev == UPDATE_EV_TIMER_GLARE -> /* error */
        update_line = 129;
        update_error()
    :: update_state == UPDATE_UAS && ev == UPDATE_EV_TIMER_RETRY -> /* error */
        update_line = 129;
        update_error()
    :: update_state == UPDATE_UAS && ev == UPDATE_EV_TIMER_ANSWER -> /* reply_504 to_app_update_cancelled */
        update_line = 123;
        update_do(UPDATE_A_REPLY_504);
        update_do(UPDATE_A_TO_APP_UPDATE_CANCELLED);
        update_state = UPDATE_IDLE
    :: update_state == UPDATE_UAC_UAS && ev == UPDATE_EV_APP_UPDATE -> /* error */
        update_line = 143;
        update_error()
    :: update_state == UPDATE_UAC_UAS && ev == UPDATE_EV_RX_2XX -> /* to_app_update_done */
        update_line = 137;
        update_do(UPDATE_A_TO_APP_UPDATE_DONE);
        update_state = UPDATE_UAS
    :: update_state == UPDATE_UAC_UAS && ev == UPDATE_EV_RX_491 -> /* start(glare) */
        update_line = 138;
        update_timer_on[UPDATE_T_GLARE] = true;
        update_state = UPDATE_WAIT_UAS
    :: update_state == UPDATE_UAC_UAS && ev == UPDATE_EV_RX_500 -> /* start(retry) */
        update_line = 139;
        update_timer_on[UPDATE_T_RETRY] = true;
        update_state = UPDATE_WAIT_UAS
    :: update_state == UPDATE_UAC_UAS && ev == UPDATE_EV_RX_USAGE_FAIL -> /* to_app_update_failed end_usage */
        update_line = 140;
        update_do(UPDATE_A_TO_APP_UPDATE_FAILED);
        update_do(UPDATE_A_END_USAGE);
        update_state = UPDATE_UAS
    :: update_state == UPDATE_UAC_UAS && ev == UPDATE_EV_RX_FAILURE -> /* to_app_update_failed */
        update_line = 141;
        update_do(UPDATE_A_TO_APP_UPDATE_FAILED);
        update_state = UPDATE_UAS
    :: update_state == UPDATE_UAC_UAS && ev == UPDATE_EV_RX_UPDATE -> /* reply_500_retry_after */
        update_line = 135;
        update_do(UPDATE_A_REPLY_500_RETRY_AFTER)
    :: update_state == UPDATE_UAC_UAS && ev == UPDATE_EV_RX_PRACK_OFFER -> /* reply_500_retry_after */
        update_line = 136;
        update_do(UPDATE_A_REPLY_500_RETRY_AFTER)
    :: update_state == UPDATE_UAC_UAS && ev == UPDATE_EV_APP_ACCEPT -> /* reply_2xx stop(answer) */
        update_line = 132;
        update_do(UPDATE_A_REPLY_2XX);
        update_timer_on[UPDATE_T_ANSWER] = false;
        update_state = UPDATE_UAC
    :: update_state == UPDATE_UAC_UAS && ev == UPDATE_EV_APP_REJECT -> /* reply_non2xx stop(answer) */
        update_line = 133;
        update_do(UPDATE_A_REPLY_NON2XX);
        update_timer_on[UPDATE_T_ANSWER] = false;
        update_state = UPDATE_UAC
    :: update_state == UPDATE_UAC_UAS && ev == UPDATE_EV_DIALOG_ENDED -> /* reply_487 stop(answer) */
        update_line = 142;
        update_do(UPDATE_A_REPLY_487);
        update_timer_on[UPDATE_T_ANSWER] = false;
        update_state = UPDATE_TERMINATED
    :: update_state == UPDATE_UAC_UAS && ev == UPDATE_EV_TX_REFUSED -> /* error */
        update_line = 95;
        update_error()
    :: update_state == UPDATE_UAC_UAS && ev == UPDATE_EV_TIMER_GLARE -> /* error */
        update_line = 144;
        update_error()
    :: update_state == UPDATE_UAC_UAS && ev == UPDATE_EV_TIMER_RETRY -> /* error */
        update_line = 144;
        update_error()
    :: update_state == UPDATE_UAC_UAS && ev == UPDATE_EV_TIMER_ANSWER -> /* reply_504 to_app_update_cancelled */
        update_line = 134;
        update_do(UPDATE_A_REPLY_504);
        update_do(UPDATE_A_TO_APP_UPDATE_CANCELLED);
        update_state = UPDATE_UAC
    :: update_state == UPDATE_WAIT_UAS && ev == UPDATE_EV_APP_UPDATE -> /* error */
        update_line = 153;
        update_error()
    :: update_state == UPDATE_WAIT_UAS && ev == UPDATE_EV_RX_2XX -> /* error */
        update_line = 154;
        update_error()
    :: update_state == UPDATE_WAIT_UAS && ev == UPDATE_EV_RX_491 -> /* error */
        update_line = 154;
        update_error()
    :: update_state == UPDATE_WAIT_UAS && ev == UPDATE_EV_RX_500 -> /* error */
        update_line = 154;
        update_error()
    :: update_state == UPDATE_WAIT_UAS && ev == UPDATE_EV_RX_USAGE_FAIL -> /* error */
        update_line = 154;
        update_error()
    :: update_state == UPDATE_WAIT_UAS && ev == UPDATE_EV_RX_FAILURE -> /* error */
        update_line = 154;
        update_error()
    :: update_state == UPDATE_WAIT_UAS && ev == UPDATE_EV_RX_UPDATE -> /* reply_500_retry_after */
        update_line = 149;
        update_do(UPDATE_A_REPLY_500_RETRY_AFTER)
    :: update_state == UPDATE_WAIT_UAS && ev == UPDATE_EV_RX_PRACK_OFFER -> /* reply_500_retry_after */
        update_line = 150;
        update_do(UPDATE_A_REPLY_500_RETRY_AFTER)
    :: update_state == UPDATE_WAIT_UAS && ev == UPDATE_EV_APP_ACCEPT -> /* reply_2xx stop(answer) */
        update_line = 146;
        update_do(UPDATE_A_REPLY_2XX);
        update_timer_on[UPDATE_T_ANSWER] = false;
        update_state = UPDATE_WAIT
    :: update_state == UPDATE_WAIT_UAS && ev == UPDATE_EV_APP_REJECT -> /* reply_non2xx stop(answer) */
        update_line = 147;
        update_do(UPDATE_A_REPLY_NON2XX);
        update_timer_on[UPDATE_T_ANSWER] = false;
        update_state = UPDATE_WAIT
    :: update_state == UPDATE_WAIT_UAS && ev == UPDATE_EV_DIALOG_ENDED -> /* reply_487 stop(answer) stop(glare) stop(retry) */
        update_line = 152;
        update_do(UPDATE_A_REPLY_487);
        update_timer_on[UPDATE_T_ANSWER] = false;
        update_timer_on[UPDATE_T_GLARE] = false;
        update_timer_on[UPDATE_T_RETRY] = false;
        update_state = UPDATE_TERMINATED
    :: update_state == UPDATE_WAIT_UAS && ev == UPDATE_EV_TX_REFUSED -> /* error */
        update_line = 95;
        update_error()
    :: update_state == UPDATE_WAIT_UAS && ev == UPDATE_EV_TIMER_GLARE -> /*  */
        update_line = 151;
        update_state = UPDATE_DUE_UAS
    :: update_state == UPDATE_WAIT_UAS && ev == UPDATE_EV_TIMER_RETRY -> /*  */
        update_line = 151;
        update_state = UPDATE_DUE_UAS
    :: update_state == UPDATE_WAIT_UAS && ev == UPDATE_EV_TIMER_ANSWER -> /* reply_504 to_app_update_cancelled */
        update_line = 148;
        update_do(UPDATE_A_REPLY_504);
        update_do(UPDATE_A_TO_APP_UPDATE_CANCELLED);
        update_state = UPDATE_WAIT
    :: update_state == UPDATE_DUE_UAS && ev == UPDATE_EV_APP_UPDATE -> /* error */
        update_line = 162;
        update_error()
    :: update_state == UPDATE_DUE_UAS && ev == UPDATE_EV_RX_2XX -> /* error */
        update_line = 163;
        update_error()
    :: update_state == UPDATE_DUE_UAS && ev == UPDATE_EV_RX_491 -> /* error */
        update_line = 163;
        update_error()
    :: update_state == UPDATE_DUE_UAS && ev == UPDATE_EV_RX_500 -> /* error */
        update_line = 163;
        update_error()
    :: update_state == UPDATE_DUE_UAS && ev == UPDATE_EV_RX_USAGE_FAIL -> /* error */
        update_line = 163;
        update_error()
    :: update_state == UPDATE_DUE_UAS && ev == UPDATE_EV_RX_FAILURE -> /* error */
        update_line = 163;
        update_error()
    :: update_state == UPDATE_DUE_UAS && ev == UPDATE_EV_RX_UPDATE -> /* reply_500_retry_after */
        update_line = 159;
        update_do(UPDATE_A_REPLY_500_RETRY_AFTER)
    :: update_state == UPDATE_DUE_UAS && ev == UPDATE_EV_RX_PRACK_OFFER -> /* reply_500_retry_after */
        update_line = 160;
        update_do(UPDATE_A_REPLY_500_RETRY_AFTER)
    :: update_state == UPDATE_DUE_UAS && ev == UPDATE_EV_APP_ACCEPT -> /* reply_2xx stop(answer) send_update */
        update_line = 156;
        update_do(UPDATE_A_REPLY_2XX);
        update_timer_on[UPDATE_T_ANSWER] = false;
        update_do(UPDATE_A_SEND_UPDATE);
        update_state = UPDATE_UAC
    :: update_state == UPDATE_DUE_UAS && ev == UPDATE_EV_APP_REJECT -> /* reply_non2xx stop(answer) send_update */
        update_line = 157;
        update_do(UPDATE_A_REPLY_NON2XX);
        update_timer_on[UPDATE_T_ANSWER] = false;
        update_do(UPDATE_A_SEND_UPDATE);
        update_state = UPDATE_UAC
    :: update_state == UPDATE_DUE_UAS && ev == UPDATE_EV_DIALOG_ENDED -> /* reply_487 stop(answer) */
        update_line = 161;
        update_do(UPDATE_A_REPLY_487);
        update_timer_on[UPDATE_T_ANSWER] = false;
        update_state = UPDATE_TERMINATED
    :: update_state == UPDATE_DUE_UAS && ev == UPDATE_EV_TX_REFUSED -> /* error */
        update_line = 95;
        update_error()
    :: update_state == UPDATE_DUE_UAS && ev == UPDATE_EV_TIMER_GLARE -> /* error */
        update_line = 164;
        update_error()
    :: update_state == UPDATE_DUE_UAS && ev == UPDATE_EV_TIMER_RETRY -> /* error */
        update_line = 164;
        update_error()
    :: update_state == UPDATE_DUE_UAS && ev == UPDATE_EV_TIMER_ANSWER -> /* reply_504 to_app_update_cancelled send_update */
        update_line = 158;
        update_do(UPDATE_A_REPLY_504);
        update_do(UPDATE_A_TO_APP_UPDATE_CANCELLED);
        update_do(UPDATE_A_SEND_UPDATE);
        update_state = UPDATE_UAC
    fi
}
