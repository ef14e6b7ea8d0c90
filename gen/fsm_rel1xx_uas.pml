/* Generated from fsm/rel1xx_uas.fsm by fsmc 1 - do not edit; run `make regen`. */
/* rel1xx_uas: reliable provisional responses, UAS - RFC 3262 §3, §5
 *
 * The machine as Promela. A harness (tests/model/) defines, before the
 * process that steps the machine:
 *   inline rel1xx_uas_do(a)     runs declared action a (REL1XX_UAS_A_*)
 *   inline rel1xx_uas_error()   an `error` row was taken (normally assert(false))
 * and drives the machine with rel1xx_uas_step(ev, guards) and, for timers,
 * rel1xx_uas_fire(ev) when rel1xx_uas_any_timer holds. A timer fires at most
 * REL1XX_UAS_FIRE_MAX_<T> times per run (the schedule that fits in the longest
 * timer; see docs/fsm/verification.md); a harness may #define it
 * lower, or as an expression, before including this file. */

#define REL1XX_UAS_IDLE 0
#define REL1XX_UAS_UNACKED 1
#define REL1XX_UAS_FINAL_PENDING 2
#define REL1XX_UAS_ACKED 3
#define REL1XX_UAS_FINISHED 4
#define REL1XX_UAS_TERMINATED 5
#define REL1XX_UAS_N_STATES 6

#define REL1XX_UAS_EV_APP_REL1XX 0
#define REL1XX_UAS_EV_PRACK_MATCH 1
#define REL1XX_UAS_EV_PRACK_NOMATCH 2
#define REL1XX_UAS_EV_APP_2XX 3
#define REL1XX_UAS_EV_APP_FINAL 4
#define REL1XX_UAS_EV_TXN_ENDED 5
#define REL1XX_UAS_EV_TIMER_RETX 6
#define REL1XX_UAS_EV_TIMER_GIVEUP 7

#define REL1XX_UAS_G_QUEUED 1
#define REL1XX_UAS_G_UNACKED_SDP 2
#define REL1XX_UAS_G_OFFER 4
#define REL1XX_UAS_A_SEND_1XX 0
#define REL1XX_UAS_A_QUEUE_1XX 1
#define REL1XX_UAS_A_SEND_QUEUED 2
#define REL1XX_UAS_A_DROP_QUEUED 3
#define REL1XX_UAS_A_RETRANSMIT_1XX 4
#define REL1XX_UAS_A_REPLY_PRACK_2XX 5
#define REL1XX_UAS_A_PRACK_HELD 6
#define REL1XX_UAS_A_REPLY_PRACK_481 7
#define REL1XX_UAS_A_TO_APP_PRACK 8
#define REL1XX_UAS_A_SEND_2XX 9
#define REL1XX_UAS_A_HOLD_2XX 10
#define REL1XX_UAS_A_SEND_FINAL 11
#define REL1XX_UAS_A_REJECT_5XX 12
#define REL1XX_UAS_A_TO_APP_TIMEOUT 13

#define REL1XX_UAS_T_RETX 0
#ifndef REL1XX_UAS_FIRE_MAX_RETX
#define REL1XX_UAS_FIRE_MAX_RETX 6
#endif
#define REL1XX_UAS_T_GIVEUP 1
#ifndef REL1XX_UAS_FIRE_MAX_GIVEUP
#define REL1XX_UAS_FIRE_MAX_GIVEUP 1
#endif

#define REL1XX_UAS_FINAL(s) ((s) == REL1XX_UAS_TERMINATED)

byte rel1xx_uas_state = REL1XX_UAS_IDLE;
bool rel1xx_uas_timer_on[2];
byte rel1xx_uas_fired[2];
short rel1xx_uas_line; /* spec line of the last row taken, for traces */

#define rel1xx_uas_ready(t, max) (rel1xx_uas_timer_on[t] && rel1xx_uas_fired[t] < max)
#define rel1xx_uas_any_timer (false || rel1xx_uas_ready(REL1XX_UAS_T_RETX, REL1XX_UAS_FIRE_MAX_RETX) || rel1xx_uas_ready(REL1XX_UAS_T_GIVEUP, REL1XX_UAS_FIRE_MAX_GIVEUP))

/* Fires one running timer: ev becomes its event. */
inline rel1xx_uas_fire(ev) {
    if
    :: rel1xx_uas_ready(REL1XX_UAS_T_RETX, REL1XX_UAS_FIRE_MAX_RETX) ->
        rel1xx_uas_timer_on[REL1XX_UAS_T_RETX] = false; rel1xx_uas_fired[REL1XX_UAS_T_RETX]++; ev = REL1XX_UAS_EV_TIMER_RETX
    :: rel1xx_uas_ready(REL1XX_UAS_T_GIVEUP, REL1XX_UAS_FIRE_MAX_GIVEUP) ->
        rel1xx_uas_timer_on[REL1XX_UAS_T_GIVEUP] = false; rel1xx_uas_fired[REL1XX_UAS_T_GIVEUP]++; ev = REL1XX_UAS_EV_TIMER_GIVEUP
    fi
}

/* One transition: the row of (rel1xx_uas_state, ev) under guard bits g. */
inline rel1xx_uas_step(ev, g) {
    if
    :: rel1xx_uas_state == REL1XX_UAS_IDLE && ev == REL1XX_UAS_EV_APP_REL1XX -> /* send_1xx start(retx) start(giveup) */
        rel1xx_uas_line = 79;
        rel1xx_uas_do(REL1XX_UAS_A_SEND_1XX);
        rel1xx_uas_timer_on[REL1XX_UAS_T_RETX] = true;
        rel1xx_uas_timer_on[REL1XX_UAS_T_GIVEUP] = true;
        rel1xx_uas_state = REL1XX_UAS_UNACKED
    :: rel1xx_uas_state == REL1XX_UAS_IDLE && ev == REL1XX_UAS_EV_PRACK_MATCH -> /* error */
        rel1xx_uas_line = 91;
        rel1xx_uas_error()
    :: rel1xx_uas_state == REL1XX_UAS_IDLE && ev == REL1XX_UAS_EV_PRACK_NOMATCH -> /* reply_prack_481 */
        rel1xx_uas_line = 82;
        rel1xx_uas_do(REL1XX_UAS_A_REPLY_PRACK_481)
    :: rel1xx_uas_state == REL1XX_UAS_IDLE && ev == REL1XX_UAS_EV_APP_2XX -> /* send_2xx */
        rel1xx_uas_line = 80;
        rel1xx_uas_do(REL1XX_UAS_A_SEND_2XX);
        rel1xx_uas_state = REL1XX_UAS_FINISHED
    :: rel1xx_uas_state == REL1XX_UAS_IDLE && ev == REL1XX_UAS_EV_APP_FINAL -> /* send_final */
        rel1xx_uas_line = 81;
        rel1xx_uas_do(REL1XX_UAS_A_SEND_FINAL);
        rel1xx_uas_state = REL1XX_UAS_FINISHED
    :: rel1xx_uas_state == REL1XX_UAS_IDLE && ev == REL1XX_UAS_EV_TXN_ENDED -> /* error */
        rel1xx_uas_line = 90;
        rel1xx_uas_error()
    :: rel1xx_uas_state == REL1XX_UAS_IDLE && ev == REL1XX_UAS_EV_TIMER_RETX -> /* error */
        rel1xx_uas_line = 92;
        rel1xx_uas_error()
    :: rel1xx_uas_state == REL1XX_UAS_IDLE && ev == REL1XX_UAS_EV_TIMER_GIVEUP -> /* error */
        rel1xx_uas_line = 92;
        rel1xx_uas_error()
    :: rel1xx_uas_state == REL1XX_UAS_UNACKED && ev == REL1XX_UAS_EV_APP_REL1XX -> /* queue_1xx */
        rel1xx_uas_line = 96;
        rel1xx_uas_do(REL1XX_UAS_A_QUEUE_1XX)
    :: rel1xx_uas_state == REL1XX_UAS_UNACKED && ev == REL1XX_UAS_EV_PRACK_MATCH && (g & 5) == 0 -> /* reply_prack_2xx to_app_prack stop(retx) stop(giveup) */
        rel1xx_uas_line = 97;
        rel1xx_uas_do(REL1XX_UAS_A_REPLY_PRACK_2XX);
        rel1xx_uas_do(REL1XX_UAS_A_TO_APP_PRACK);
        rel1xx_uas_timer_on[REL1XX_UAS_T_RETX] = false;
        rel1xx_uas_timer_on[REL1XX_UAS_T_GIVEUP] = false;
        rel1xx_uas_state = REL1XX_UAS_ACKED
    :: rel1xx_uas_state == REL1XX_UAS_UNACKED && ev == REL1XX_UAS_EV_PRACK_MATCH && (g & 5) == 4 -> /* prack_held to_app_prack stop(retx) stop(giveup) */
        rel1xx_uas_line = 98;
        rel1xx_uas_do(REL1XX_UAS_A_PRACK_HELD);
        rel1xx_uas_do(REL1XX_UAS_A_TO_APP_PRACK);
        rel1xx_uas_timer_on[REL1XX_UAS_T_RETX] = false;
        rel1xx_uas_timer_on[REL1XX_UAS_T_GIVEUP] = false;
        rel1xx_uas_state = REL1XX_UAS_ACKED
    :: rel1xx_uas_state == REL1XX_UAS_UNACKED && ev == REL1XX_UAS_EV_PRACK_MATCH && (g & 5) == 1 -> /* reply_prack_2xx to_app_prack send_queued start(retx) start(giveup) */
        rel1xx_uas_line = 99;
        rel1xx_uas_do(REL1XX_UAS_A_REPLY_PRACK_2XX);
        rel1xx_uas_do(REL1XX_UAS_A_TO_APP_PRACK);
        rel1xx_uas_do(REL1XX_UAS_A_SEND_QUEUED);
        rel1xx_uas_timer_on[REL1XX_UAS_T_RETX] = true;
        rel1xx_uas_timer_on[REL1XX_UAS_T_GIVEUP] = true
    :: rel1xx_uas_state == REL1XX_UAS_UNACKED && ev == REL1XX_UAS_EV_PRACK_MATCH && (g & 5) == 5 -> /* prack_held to_app_prack send_queued start(retx) start(giveup) */
        rel1xx_uas_line = 100;
        rel1xx_uas_do(REL1XX_UAS_A_PRACK_HELD);
        rel1xx_uas_do(REL1XX_UAS_A_TO_APP_PRACK);
        rel1xx_uas_do(REL1XX_UAS_A_SEND_QUEUED);
        rel1xx_uas_timer_on[REL1XX_UAS_T_RETX] = true;
        rel1xx_uas_timer_on[REL1XX_UAS_T_GIVEUP] = true
    :: rel1xx_uas_state == REL1XX_UAS_UNACKED && ev == REL1XX_UAS_EV_PRACK_NOMATCH -> /* reply_prack_481 */
        rel1xx_uas_line = 101;
        rel1xx_uas_do(REL1XX_UAS_A_REPLY_PRACK_481)
    :: rel1xx_uas_state == REL1XX_UAS_UNACKED && ev == REL1XX_UAS_EV_APP_2XX && (g & 2) == 2 -> /* hold_2xx drop_queued */
        rel1xx_uas_line = 103;
        rel1xx_uas_do(REL1XX_UAS_A_HOLD_2XX);
        rel1xx_uas_do(REL1XX_UAS_A_DROP_QUEUED);
        rel1xx_uas_state = REL1XX_UAS_FINAL_PENDING
    :: rel1xx_uas_state == REL1XX_UAS_UNACKED && ev == REL1XX_UAS_EV_APP_2XX && (g & 2) == 0 -> /* send_2xx drop_queued stop(retx) stop(giveup) */
        rel1xx_uas_line = 104;
        rel1xx_uas_do(REL1XX_UAS_A_SEND_2XX);
        rel1xx_uas_do(REL1XX_UAS_A_DROP_QUEUED);
        rel1xx_uas_timer_on[REL1XX_UAS_T_RETX] = false;
        rel1xx_uas_timer_on[REL1XX_UAS_T_GIVEUP] = false;
        rel1xx_uas_state = REL1XX_UAS_FINISHED
    :: rel1xx_uas_state == REL1XX_UAS_UNACKED && ev == REL1XX_UAS_EV_APP_FINAL -> /* send_final drop_queued stop(retx) stop(giveup) */
        rel1xx_uas_line = 105;
        rel1xx_uas_do(REL1XX_UAS_A_SEND_FINAL);
        rel1xx_uas_do(REL1XX_UAS_A_DROP_QUEUED);
        rel1xx_uas_timer_on[REL1XX_UAS_T_RETX] = false;
        rel1xx_uas_timer_on[REL1XX_UAS_T_GIVEUP] = false;
        rel1xx_uas_state = REL1XX_UAS_FINISHED
    :: rel1xx_uas_state == REL1XX_UAS_UNACKED && ev == REL1XX_UAS_EV_TXN_ENDED -> /* error */
        rel1xx_uas_line = 106;
        rel1xx_uas_error()
    :: rel1xx_uas_state == REL1XX_UAS_UNACKED && ev == REL1XX_UAS_EV_TIMER_RETX -> /* retransmit_1xx backoff(retx) */
        rel1xx_uas_line = 95;
        rel1xx_uas_do(REL1XX_UAS_A_RETRANSMIT_1XX);
        rel1xx_uas_timer_on[REL1XX_UAS_T_RETX] = true
    :: rel1xx_uas_state == REL1XX_UAS_UNACKED && ev == REL1XX_UAS_EV_TIMER_GIVEUP -> /* reject_5xx drop_queued to_app_timeout stop(retx) */
        rel1xx_uas_line = 102;
        rel1xx_uas_do(REL1XX_UAS_A_REJECT_5XX);
        rel1xx_uas_do(REL1XX_UAS_A_DROP_QUEUED);
        rel1xx_uas_do(REL1XX_UAS_A_TO_APP_TIMEOUT);
        rel1xx_uas_timer_on[REL1XX_UAS_T_RETX] = false;
        rel1xx_uas_state = REL1XX_UAS_FINISHED
    :: rel1xx_uas_state == REL1XX_UAS_FINAL_PENDING && ev == REL1XX_UAS_EV_APP_REL1XX -> /* error */
        rel1xx_uas_line = 117;
        rel1xx_uas_error()
    :: rel1xx_uas_state == REL1XX_UAS_FINAL_PENDING && ev == REL1XX_UAS_EV_PRACK_MATCH && (g & 4) == 0 -> /* reply_prack_2xx to_app_prack send_2xx stop(retx) stop(giveup) */
        rel1xx_uas_line = 110;
        rel1xx_uas_do(REL1XX_UAS_A_REPLY_PRACK_2XX);
        rel1xx_uas_do(REL1XX_UAS_A_TO_APP_PRACK);
        rel1xx_uas_do(REL1XX_UAS_A_SEND_2XX);
        rel1xx_uas_timer_on[REL1XX_UAS_T_RETX] = false;
        rel1xx_uas_timer_on[REL1XX_UAS_T_GIVEUP] = false;
        rel1xx_uas_state = REL1XX_UAS_FINISHED
    :: rel1xx_uas_state == REL1XX_UAS_FINAL_PENDING && ev == REL1XX_UAS_EV_PRACK_MATCH && (g & 4) == 4 -> /* prack_held to_app_prack send_2xx stop(retx) stop(giveup) */
        rel1xx_uas_line = 111;
        rel1xx_uas_do(REL1XX_UAS_A_PRACK_HELD);
        rel1xx_uas_do(REL1XX_UAS_A_TO_APP_PRACK);
        rel1xx_uas_do(REL1XX_UAS_A_SEND_2XX);
        rel1xx_uas_timer_on[REL1XX_UAS_T_RETX] = false;
        rel1xx_uas_timer_on[REL1XX_UAS_T_GIVEUP] = false;
        rel1xx_uas_state = REL1XX_UAS_FINISHED
    :: rel1xx_uas_state == REL1XX_UAS_FINAL_PENDING && ev == REL1XX_UAS_EV_PRACK_NOMATCH -> /* reply_prack_481 */
        rel1xx_uas_line = 115;
        rel1xx_uas_do(REL1XX_UAS_A_REPLY_PRACK_481)
    :: rel1xx_uas_state == REL1XX_UAS_FINAL_PENDING && ev == REL1XX_UAS_EV_APP_2XX -> /* error */
        rel1xx_uas_line = 117;
        rel1xx_uas_error()
    :: rel1xx_uas_state == REL1XX_UAS_FINAL_PENDING && ev == REL1XX_UAS_EV_APP_FINAL -> /* send_final stop(retx) stop(giveup) */
        rel1xx_uas_line = 114;
        rel1xx_uas_do(REL1XX_UAS_A_SEND_FINAL);
        rel1xx_uas_timer_on[REL1XX_UAS_T_RETX] = false;
        rel1xx_uas_timer_on[REL1XX_UAS_T_GIVEUP] = false;
        rel1xx_uas_state = REL1XX_UAS_FINISHED
    :: rel1xx_uas_state == REL1XX_UAS_FINAL_PENDING && ev == REL1XX_UAS_EV_TXN_ENDED -> /* error */
        rel1xx_uas_line = 116;
        rel1xx_uas_error()
    :: rel1xx_uas_state == REL1XX_UAS_FINAL_PENDING && ev == REL1XX_UAS_EV_TIMER_RETX -> /* retransmit_1xx backoff(retx) */
        rel1xx_uas_line = 112;
        rel1xx_uas_do(REL1XX_UAS_A_RETRANSMIT_1XX);
        rel1xx_uas_timer_on[REL1XX_UAS_T_RETX] = true
    :: rel1xx_uas_state == REL1XX_UAS_FINAL_PENDING && ev == REL1XX_UAS_EV_TIMER_GIVEUP -> /* reject_5xx to_app_timeout stop(retx) */
        rel1xx_uas_line = 113;
        rel1xx_uas_do(REL1XX_UAS_A_REJECT_5XX);
        rel1xx_uas_do(REL1XX_UAS_A_TO_APP_TIMEOUT);
        rel1xx_uas_timer_on[REL1XX_UAS_T_RETX] = false;
        rel1xx_uas_state = REL1XX_UAS_FINISHED
    :: rel1xx_uas_state == REL1XX_UAS_ACKED && ev == REL1XX_UAS_EV_APP_REL1XX -> /* send_1xx start(retx) start(giveup) */
        rel1xx_uas_line = 120;
        rel1xx_uas_do(REL1XX_UAS_A_SEND_1XX);
        rel1xx_uas_timer_on[REL1XX_UAS_T_RETX] = true;
        rel1xx_uas_timer_on[REL1XX_UAS_T_GIVEUP] = true;
        rel1xx_uas_state = REL1XX_UAS_UNACKED
    :: rel1xx_uas_state == REL1XX_UAS_ACKED && ev == REL1XX_UAS_EV_PRACK_MATCH -> /* error */
        rel1xx_uas_line = 125;
        rel1xx_uas_error()
    :: rel1xx_uas_state == REL1XX_UAS_ACKED && ev == REL1XX_UAS_EV_PRACK_NOMATCH -> /* reply_prack_481 */
        rel1xx_uas_line = 123;
        rel1xx_uas_do(REL1XX_UAS_A_REPLY_PRACK_481)
    :: rel1xx_uas_state == REL1XX_UAS_ACKED && ev == REL1XX_UAS_EV_APP_2XX -> /* send_2xx */
        rel1xx_uas_line = 121;
        rel1xx_uas_do(REL1XX_UAS_A_SEND_2XX);
        rel1xx_uas_state = REL1XX_UAS_FINISHED
    :: rel1xx_uas_state == REL1XX_UAS_ACKED && ev == REL1XX_UAS_EV_APP_FINAL -> /* send_final */
        rel1xx_uas_line = 122;
        rel1xx_uas_do(REL1XX_UAS_A_SEND_FINAL);
        rel1xx_uas_state = REL1XX_UAS_FINISHED
    :: rel1xx_uas_state == REL1XX_UAS_ACKED && ev == REL1XX_UAS_EV_TXN_ENDED -> /* error */
        rel1xx_uas_line = 124;
        rel1xx_uas_error()
    :: rel1xx_uas_state == REL1XX_UAS_ACKED && ev == REL1XX_UAS_EV_TIMER_RETX -> /* error */
        rel1xx_uas_line = 126;
        rel1xx_uas_error()
    :: rel1xx_uas_state == REL1XX_UAS_ACKED && ev == REL1XX_UAS_EV_TIMER_GIVEUP -> /* error */
        rel1xx_uas_line = 126;
        rel1xx_uas_error()
    :: rel1xx_uas_state == REL1XX_UAS_FINISHED && ev == REL1XX_UAS_EV_APP_REL1XX -> /* error */
        rel1xx_uas_line = 134;
        rel1xx_uas_error()
    :: rel1xx_uas_state == REL1XX_UAS_FINISHED && ev == REL1XX_UAS_EV_PRACK_MATCH && (g & 4) == 0 -> /* reply_prack_2xx to_app_prack */
        rel1xx_uas_line = 130;
        rel1xx_uas_do(REL1XX_UAS_A_REPLY_PRACK_2XX);
        rel1xx_uas_do(REL1XX_UAS_A_TO_APP_PRACK)
    :: rel1xx_uas_state == REL1XX_UAS_FINISHED && ev == REL1XX_UAS_EV_PRACK_MATCH && (g & 4) == 4 -> /* prack_held to_app_prack */
        rel1xx_uas_line = 131;
        rel1xx_uas_do(REL1XX_UAS_A_PRACK_HELD);
        rel1xx_uas_do(REL1XX_UAS_A_TO_APP_PRACK)
    :: rel1xx_uas_state == REL1XX_UAS_FINISHED && ev == REL1XX_UAS_EV_PRACK_NOMATCH -> /* reply_prack_481 */
        rel1xx_uas_line = 132;
        rel1xx_uas_do(REL1XX_UAS_A_REPLY_PRACK_481)
    :: rel1xx_uas_state == REL1XX_UAS_FINISHED && ev == REL1XX_UAS_EV_APP_2XX -> /* error */
        rel1xx_uas_line = 135;
        rel1xx_uas_error()
    :: rel1xx_uas_state == REL1XX_UAS_FINISHED && ev == REL1XX_UAS_EV_APP_FINAL -> /* error */
        rel1xx_uas_line = 135;
        rel1xx_uas_error()
    :: rel1xx_uas_state == REL1XX_UAS_FINISHED && ev == REL1XX_UAS_EV_TXN_ENDED -> /*  */
        rel1xx_uas_line = 133;
        rel1xx_uas_state = REL1XX_UAS_TERMINATED
    :: rel1xx_uas_state == REL1XX_UAS_FINISHED && ev == REL1XX_UAS_EV_TIMER_RETX -> /* error */
        rel1xx_uas_line = 136;
        rel1xx_uas_error()
    :: rel1xx_uas_state == REL1XX_UAS_FINISHED && ev == REL1XX_UAS_EV_TIMER_GIVEUP -> /* error */
        rel1xx_uas_line = 136;
        rel1xx_uas_error()
    fi
}
