/* Generated from fsm/rel1xx_uac.fsm by fsmc 1 - do not edit; run `make regen`. */
/* rel1xx_uac: reliable provisional responses, UAC - RFC 3262 §4, §5 (errata 4603, 4604)
 *
 * The machine as Promela. A harness (tests/model/) defines, before the
 * process that steps the machine:
 *   inline rel1xx_uac_do(a)     runs declared action a (REL1XX_UAC_A_*)
 *   inline rel1xx_uac_error()   an `error` row was taken (normally assert(false))
 * and drives the machine with rel1xx_uac_step(ev, guards) and, for timers,
 * rel1xx_uac_fire(ev) when rel1xx_uac_any_timer holds. A timer fires at most
 * REL1XX_UAC_FIRE_MAX_<T> times per run (the schedule that fits in the longest
 * timer; see docs/fsm/verification.md); a harness may #define it
 * lower, or as an expression, before including this file. */

#define REL1XX_UAC_IDLE 0
#define REL1XX_UAC_OPEN 1
#define REL1XX_UAC_DONE 2
#define REL1XX_UAC_N_STATES 3

#define REL1XX_UAC_EV_REL1XX_NEXT 0
#define REL1XX_UAC_EV_REL1XX_AGAIN 1
#define REL1XX_UAC_EV_REL1XX_GAP 2
#define REL1XX_UAC_EV_FINAL_RESPONSE 3
#define REL1XX_UAC_EV_PRACK_REJECTED 4

#define REL1XX_UAC_A_ACCEPT_RSEQ 0
#define REL1XX_UAC_A_TO_TU 1
#define REL1XX_UAC_A_SEND_PRACK 2


#define REL1XX_UAC_FINAL(s) ((s) == REL1XX_UAC_DONE)

byte rel1xx_uac_state = REL1XX_UAC_IDLE;
bool rel1xx_uac_timer_on[1];
byte rel1xx_uac_fired[1];
short rel1xx_uac_line; /* spec line of the last row taken, for traces */

#define rel1xx_uac_ready(t, max) (rel1xx_uac_timer_on[t] && rel1xx_uac_fired[t] < max)
#define rel1xx_uac_any_timer (false)

/* Fires one running timer: ev becomes its event. */
inline rel1xx_uac_fire(ev) {
    if
    :: false -> skip /* no timers */
    fi
}

/* One transition: the row of (rel1xx_uac_state, ev) under guard bits g. */
inline rel1xx_uac_step(ev, g) {
    if
    :: rel1xx_uac_state == REL1XX_UAC_IDLE && ev == REL1XX_UAC_EV_REL1XX_NEXT -> /* accept_rseq to_tu send_prack */
        rel1xx_uac_line = 52;
        rel1xx_uac_do(REL1XX_UAC_A_ACCEPT_RSEQ);
        rel1xx_uac_do(REL1XX_UAC_A_TO_TU);
        rel1xx_uac_do(REL1XX_UAC_A_SEND_PRACK);
        rel1xx_uac_state = REL1XX_UAC_OPEN
    :: rel1xx_uac_state == REL1XX_UAC_IDLE && ev == REL1XX_UAC_EV_REL1XX_AGAIN -> /* error */
        rel1xx_uac_line = 54;
        rel1xx_uac_error()
    :: rel1xx_uac_state == REL1XX_UAC_IDLE && ev == REL1XX_UAC_EV_REL1XX_GAP -> /* error */
        rel1xx_uac_line = 54;
        rel1xx_uac_error()
    :: rel1xx_uac_state == REL1XX_UAC_IDLE && ev == REL1XX_UAC_EV_FINAL_RESPONSE -> /*  */
        rel1xx_uac_line = 53;
        rel1xx_uac_state = REL1XX_UAC_DONE
    :: rel1xx_uac_state == REL1XX_UAC_IDLE && ev == REL1XX_UAC_EV_PRACK_REJECTED -> /* error */
        rel1xx_uac_line = 55;
        rel1xx_uac_error()
    :: rel1xx_uac_state == REL1XX_UAC_OPEN && ev == REL1XX_UAC_EV_REL1XX_NEXT -> /* accept_rseq to_tu send_prack */
        rel1xx_uac_line = 57;
        rel1xx_uac_do(REL1XX_UAC_A_ACCEPT_RSEQ);
        rel1xx_uac_do(REL1XX_UAC_A_TO_TU);
        rel1xx_uac_do(REL1XX_UAC_A_SEND_PRACK)
    :: rel1xx_uac_state == REL1XX_UAC_OPEN && ev == REL1XX_UAC_EV_REL1XX_AGAIN -> /* ignore */
        rel1xx_uac_line = 58
    :: rel1xx_uac_state == REL1XX_UAC_OPEN && ev == REL1XX_UAC_EV_REL1XX_GAP -> /* ignore */
        rel1xx_uac_line = 59
    :: rel1xx_uac_state == REL1XX_UAC_OPEN && ev == REL1XX_UAC_EV_FINAL_RESPONSE -> /*  */
        rel1xx_uac_line = 60;
        rel1xx_uac_state = REL1XX_UAC_DONE
    :: rel1xx_uac_state == REL1XX_UAC_OPEN && ev == REL1XX_UAC_EV_PRACK_REJECTED -> /* send_prack */
        rel1xx_uac_line = 61;
        rel1xx_uac_do(REL1XX_UAC_A_SEND_PRACK)
    fi
}
