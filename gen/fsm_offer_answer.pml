/* Generated from fsm/offer_answer.fsm by fsmc 1 - do not edit; run `make regen`. */
/* offer_answer: offer/answer state of a dialog - RFC 3261 §13.2.1, §14; RFC 3262 §5; RFC 3311 §5; RFC 6337 §2
 *
 * The machine as Promela. A harness (tests/model/) defines, before the
 * process that steps the machine:
 *   inline offer_answer_do(a)     runs declared action a (OFFER_ANSWER_A_*)
 *   inline offer_answer_error()   an `error` row was taken (normally assert(false))
 * and drives the machine with offer_answer_step(ev, guards) and, for timers,
 * offer_answer_fire(ev) when offer_answer_any_timer holds. A timer fires at most
 * OFFER_ANSWER_FIRE_MAX_<T> times per run (the schedule that fits in the longest
 * timer; see docs/fsm/verification.md); a harness may #define it
 * lower, or as an expression, before including this file. */

#define OFFER_ANSWER_NONE 0
#define OFFER_ANSWER_OFFER_REQUESTED 1
#define OFFER_ANSWER_OFFER_OWED 2
#define OFFER_ANSWER_LOCAL_INVITE 3
#define OFFER_ANSWER_LOCAL_1XX 4
#define OFFER_ANSWER_LOCAL_2XX 5
#define OFFER_ANSWER_LOCAL_PRACK 6
#define OFFER_ANSWER_LOCAL_UPDATE 7
#define OFFER_ANSWER_REMOTE_INVITE 8
#define OFFER_ANSWER_REMOTE_1XX 9
#define OFFER_ANSWER_REMOTE_2XX 10
#define OFFER_ANSWER_REMOTE_PRACK 11
#define OFFER_ANSWER_REMOTE_UPDATE 12
#define OFFER_ANSWER_STABLE 13
#define OFFER_ANSWER_CLOSED 14
#define OFFER_ANSWER_N_STATES 15

#define OFFER_ANSWER_EV_RX_INVITE 0
#define OFFER_ANSWER_EV_RX_INVITE_NOSDP 1
#define OFFER_ANSWER_EV_RX_1XX 2
#define OFFER_ANSWER_EV_RX_REL1XX 3
#define OFFER_ANSWER_EV_RX_2XX 4
#define OFFER_ANSWER_EV_RX_2XX_NOSDP 5
#define OFFER_ANSWER_EV_RX_ACK 6
#define OFFER_ANSWER_EV_RX_ACK_NOSDP 7
#define OFFER_ANSWER_EV_RX_PRACK 8
#define OFFER_ANSWER_EV_RX_PRACK_NOSDP 9
#define OFFER_ANSWER_EV_RX_PRACK_2XX 10
#define OFFER_ANSWER_EV_RX_UPDATE 11
#define OFFER_ANSWER_EV_RX_UPDATE_2XX 12
#define OFFER_ANSWER_EV_TX_INVITE 13
#define OFFER_ANSWER_EV_TX_INVITE_NOSDP 14
#define OFFER_ANSWER_EV_TX_1XX 15
#define OFFER_ANSWER_EV_TX_REL1XX 16
#define OFFER_ANSWER_EV_TX_2XX 17
#define OFFER_ANSWER_EV_TX_ACK 18
#define OFFER_ANSWER_EV_TX_PRACK 19
#define OFFER_ANSWER_EV_TX_PRACK_2XX 20
#define OFFER_ANSWER_EV_TX_UPDATE 21
#define OFFER_ANSWER_EV_TX_UPDATE_2XX 22
#define OFFER_ANSWER_EV_INVITE_FAILED 23
#define OFFER_ANSWER_EV_PRACK_FAILED 24
#define OFFER_ANSWER_EV_UPDATE_FAILED 25
#define OFFER_ANSWER_EV_DIALOG_ENDED 26

#define OFFER_ANSWER_G_EARLY 1
#define OFFER_ANSWER_G_REL_SDP 2
#define OFFER_ANSWER_A_TO_APP_OFFER 0
#define OFFER_ANSWER_A_TO_APP_ANSWER 1
#define OFFER_ANSWER_A_TO_APP_NEED_OFFER 2
#define OFFER_ANSWER_A_TO_APP_ROLLED_BACK 3
#define OFFER_ANSWER_A_REFUSE 4
#define OFFER_ANSWER_A_REPLY_491 5
#define OFFER_ANSWER_A_REPLY_500_RETRY_AFTER 6
#define OFFER_ANSWER_A_PROTOCOL_ERROR 7


#define OFFER_ANSWER_FINAL(s) ((s) == OFFER_ANSWER_CLOSED)

byte offer_answer_state = OFFER_ANSWER_NONE;
bool offer_answer_timer_on[1];
byte offer_answer_fired[1];
short offer_answer_line; /* spec line of the last row taken, for traces */

#define offer_answer_ready(t, max) (offer_answer_timer_on[t] && offer_answer_fired[t] < max)
#define offer_answer_any_timer (false)

/* Fires one running timer: ev becomes its event. */
inline offer_answer_fire(ev) {
    if
    :: false -> skip /* no timers */
    fi
}

/* One transition: the row of (offer_answer_state, ev) under guard bits g. */
inline offer_answer_step(ev, g) {
    if
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_RX_INVITE -> /* to_app_offer */
        offer_answer_line = 196;
        offer_answer_do(OFFER_ANSWER_A_TO_APP_OFFER);
        offer_answer_state = OFFER_ANSWER_REMOTE_INVITE
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_RX_INVITE_NOSDP -> /* to_app_need_offer */
        offer_answer_line = 197;
        offer_answer_do(OFFER_ANSWER_A_TO_APP_NEED_OFFER);
        offer_answer_state = OFFER_ANSWER_OFFER_OWED
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_RX_1XX -> /* error */
        offer_answer_line = 202;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_RX_REL1XX -> /* error */
        offer_answer_line = 202;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_RX_2XX -> /* error */
        offer_answer_line = 202;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_RX_2XX_NOSDP -> /* error */
        offer_answer_line = 202;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_RX_ACK -> /* error */
        offer_answer_line = 202;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_RX_ACK_NOSDP -> /* error */
        offer_answer_line = 202;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_RX_PRACK -> /* error */
        offer_answer_line = 202;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_RX_PRACK_NOSDP -> /* error */
        offer_answer_line = 202;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_RX_PRACK_2XX -> /* error */
        offer_answer_line = 203;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_RX_UPDATE -> /* error */
        offer_answer_line = 203;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_RX_UPDATE_2XX -> /* error */
        offer_answer_line = 203;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_TX_INVITE -> /*  */
        offer_answer_line = 194;
        offer_answer_state = OFFER_ANSWER_LOCAL_INVITE
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_TX_INVITE_NOSDP -> /*  */
        offer_answer_line = 195;
        offer_answer_state = OFFER_ANSWER_OFFER_REQUESTED
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_TX_1XX -> /* error */
        offer_answer_line = 204;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_TX_REL1XX -> /* error */
        offer_answer_line = 204;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_TX_2XX -> /* error */
        offer_answer_line = 204;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_TX_ACK -> /* error */
        offer_answer_line = 204;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_TX_PRACK -> /* error */
        offer_answer_line = 204;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_TX_PRACK_2XX -> /* error */
        offer_answer_line = 204;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_TX_UPDATE -> /* error */
        offer_answer_line = 204;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_TX_UPDATE_2XX -> /* error */
        offer_answer_line = 204;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_INVITE_FAILED -> /* error */
        offer_answer_line = 205;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_PRACK_FAILED -> /* error */
        offer_answer_line = 205;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_UPDATE_FAILED -> /* error */
        offer_answer_line = 205;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_NONE && ev == OFFER_ANSWER_EV_DIALOG_ENDED -> /* error */
        offer_answer_line = 201;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_RX_INVITE -> /* error */
        offer_answer_line = 216;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_RX_INVITE_NOSDP -> /* error */
        offer_answer_line = 216;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_RX_1XX -> /* ignore */
        offer_answer_line = 212
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_RX_REL1XX -> /* to_app_offer */
        offer_answer_line = 209;
        offer_answer_do(OFFER_ANSWER_A_TO_APP_OFFER);
        offer_answer_state = OFFER_ANSWER_REMOTE_1XX
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_RX_2XX -> /* to_app_offer */
        offer_answer_line = 210;
        offer_answer_do(OFFER_ANSWER_A_TO_APP_OFFER);
        offer_answer_state = OFFER_ANSWER_REMOTE_2XX
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_RX_2XX_NOSDP -> /* protocol_error */
        offer_answer_line = 211;
        offer_answer_do(OFFER_ANSWER_A_PROTOCOL_ERROR);
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_RX_ACK -> /* error */
        offer_answer_line = 219;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_RX_ACK_NOSDP -> /* error */
        offer_answer_line = 219;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_RX_PRACK -> /* reply_491 */
        offer_answer_line = 215;
        offer_answer_do(OFFER_ANSWER_A_REPLY_491)
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_RX_PRACK_NOSDP -> /* ignore */
        offer_answer_line = 217
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_RX_PRACK_2XX -> /* error */
        offer_answer_line = 227;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_RX_UPDATE -> /* reply_491 */
        offer_answer_line = 215;
        offer_answer_do(OFFER_ANSWER_A_REPLY_491)
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_RX_UPDATE_2XX -> /* error */
        offer_answer_line = 218;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_TX_INVITE -> /* error */
        offer_answer_line = 223;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_TX_INVITE_NOSDP -> /* error */
        offer_answer_line = 223;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_TX_1XX -> /* error */
        offer_answer_line = 224;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_TX_REL1XX -> /* error */
        offer_answer_line = 224;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_TX_2XX -> /* error */
        offer_answer_line = 225;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_TX_ACK -> /* error */
        offer_answer_line = 220;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_TX_PRACK -> /* refuse */
        offer_answer_line = 221;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_TX_PRACK_2XX -> /* error */
        offer_answer_line = 228;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_TX_UPDATE -> /* refuse */
        offer_answer_line = 222;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_TX_UPDATE_2XX -> /* refuse */
        offer_answer_line = 222;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_INVITE_FAILED && (g & 1) == 1 -> /*  */
        offer_answer_line = 213;
        offer_answer_state = OFFER_ANSWER_CLOSED
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_INVITE_FAILED && (g & 1) == 0 -> /*  */
        offer_answer_line = 214;
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_PRACK_FAILED -> /* error */
        offer_answer_line = 227;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_UPDATE_FAILED -> /* error */
        offer_answer_line = 226;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_REQUESTED && ev == OFFER_ANSWER_EV_DIALOG_ENDED -> /*  */
        offer_answer_line = 229;
        offer_answer_state = OFFER_ANSWER_CLOSED
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_RX_INVITE -> /* error */
        offer_answer_line = 237;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_RX_INVITE_NOSDP -> /* error */
        offer_answer_line = 237;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_RX_1XX -> /* error */
        offer_answer_line = 239;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_RX_REL1XX -> /* error */
        offer_answer_line = 239;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_RX_2XX -> /* error */
        offer_answer_line = 240;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_RX_2XX_NOSDP -> /* error */
        offer_answer_line = 240;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_RX_ACK -> /* error */
        offer_answer_line = 241;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_RX_ACK_NOSDP -> /* error */
        offer_answer_line = 241;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_RX_PRACK -> /* reply_500_retry_after */
        offer_answer_line = 236;
        offer_answer_do(OFFER_ANSWER_A_REPLY_500_RETRY_AFTER)
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_RX_PRACK_NOSDP -> /* ignore */
        offer_answer_line = 238
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_RX_PRACK_2XX -> /* error */
        offer_answer_line = 247;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_RX_UPDATE -> /* reply_500_retry_after */
        offer_answer_line = 236;
        offer_answer_do(OFFER_ANSWER_A_REPLY_500_RETRY_AFTER)
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_RX_UPDATE_2XX -> /* error */
        offer_answer_line = 242;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_TX_INVITE -> /* error */
        offer_answer_line = 244;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_TX_INVITE_NOSDP -> /* error */
        offer_answer_line = 244;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_TX_1XX -> /* refuse */
        offer_answer_line = 243;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_TX_REL1XX -> /*  */
        offer_answer_line = 232;
        offer_answer_state = OFFER_ANSWER_LOCAL_1XX
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_TX_2XX -> /*  */
        offer_answer_line = 233;
        offer_answer_state = OFFER_ANSWER_LOCAL_2XX
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_TX_ACK -> /* error */
        offer_answer_line = 245;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_TX_PRACK -> /* error */
        offer_answer_line = 246;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_TX_PRACK_2XX -> /* error */
        offer_answer_line = 248;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_TX_UPDATE -> /* refuse */
        offer_answer_line = 243;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_TX_UPDATE_2XX -> /* refuse */
        offer_answer_line = 243;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_INVITE_FAILED && (g & 1) == 1 -> /*  */
        offer_answer_line = 234;
        offer_answer_state = OFFER_ANSWER_CLOSED
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_INVITE_FAILED && (g & 1) == 0 -> /*  */
        offer_answer_line = 235;
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_PRACK_FAILED -> /* error */
        offer_answer_line = 247;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_UPDATE_FAILED -> /* error */
        offer_answer_line = 242;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_OFFER_OWED && ev == OFFER_ANSWER_EV_DIALOG_ENDED -> /*  */
        offer_answer_line = 249;
        offer_answer_state = OFFER_ANSWER_CLOSED
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_RX_INVITE -> /* error */
        offer_answer_line = 259;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_RX_INVITE_NOSDP -> /* error */
        offer_answer_line = 259;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_RX_1XX -> /* to_app_answer */
        offer_answer_line = 255;
        offer_answer_do(OFFER_ANSWER_A_TO_APP_ANSWER);
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_RX_REL1XX -> /* to_app_answer */
        offer_answer_line = 253;
        offer_answer_do(OFFER_ANSWER_A_TO_APP_ANSWER);
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_RX_2XX -> /* to_app_answer */
        offer_answer_line = 253;
        offer_answer_do(OFFER_ANSWER_A_TO_APP_ANSWER);
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_RX_2XX_NOSDP -> /* protocol_error */
        offer_answer_line = 254;
        offer_answer_do(OFFER_ANSWER_A_PROTOCOL_ERROR);
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_RX_ACK -> /* error */
        offer_answer_line = 262;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_RX_ACK_NOSDP -> /* error */
        offer_answer_line = 262;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_RX_PRACK -> /* reply_491 */
        offer_answer_line = 258;
        offer_answer_do(OFFER_ANSWER_A_REPLY_491)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_RX_PRACK_NOSDP -> /* ignore */
        offer_answer_line = 260
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_RX_PRACK_2XX -> /* error */
        offer_answer_line = 270;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_RX_UPDATE -> /* reply_491 */
        offer_answer_line = 258;
        offer_answer_do(OFFER_ANSWER_A_REPLY_491)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_RX_UPDATE_2XX -> /* error */
        offer_answer_line = 261;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_TX_INVITE -> /* error */
        offer_answer_line = 265;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_TX_INVITE_NOSDP -> /* error */
        offer_answer_line = 265;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_TX_1XX -> /* error */
        offer_answer_line = 266;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_TX_REL1XX -> /* error */
        offer_answer_line = 266;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_TX_2XX -> /* error */
        offer_answer_line = 267;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_TX_ACK -> /* error */
        offer_answer_line = 263;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_TX_PRACK -> /* refuse */
        offer_answer_line = 268;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_TX_PRACK_2XX -> /* error */
        offer_answer_line = 271;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_TX_UPDATE -> /* refuse */
        offer_answer_line = 264;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_TX_UPDATE_2XX -> /* refuse */
        offer_answer_line = 264;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_INVITE_FAILED && (g & 1) == 1 -> /*  */
        offer_answer_line = 256;
        offer_answer_state = OFFER_ANSWER_CLOSED
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_INVITE_FAILED && (g & 1) == 0 -> /* to_app_rolled_back */
        offer_answer_line = 257;
        offer_answer_do(OFFER_ANSWER_A_TO_APP_ROLLED_BACK);
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_PRACK_FAILED -> /* error */
        offer_answer_line = 270;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_UPDATE_FAILED -> /* error */
        offer_answer_line = 269;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_INVITE && ev == OFFER_ANSWER_EV_DIALOG_ENDED -> /*  */
        offer_answer_line = 272;
        offer_answer_state = OFFER_ANSWER_CLOSED
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_RX_INVITE -> /* error */
        offer_answer_line = 283;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_RX_INVITE_NOSDP -> /* error */
        offer_answer_line = 283;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_RX_1XX -> /* error */
        offer_answer_line = 285;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_RX_REL1XX -> /* error */
        offer_answer_line = 285;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_RX_2XX -> /* error */
        offer_answer_line = 286;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_RX_2XX_NOSDP -> /* error */
        offer_answer_line = 286;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_RX_ACK -> /* ignore */
        offer_answer_line = 284
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_RX_ACK_NOSDP -> /* ignore */
        offer_answer_line = 284
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_RX_PRACK -> /* to_app_answer */
        offer_answer_line = 278;
        offer_answer_do(OFFER_ANSWER_A_TO_APP_ANSWER);
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_RX_PRACK_NOSDP -> /* protocol_error */
        offer_answer_line = 279;
        offer_answer_do(OFFER_ANSWER_A_PROTOCOL_ERROR)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_RX_PRACK_2XX -> /* error */
        offer_answer_line = 294;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_RX_UPDATE -> /* reply_491 */
        offer_answer_line = 282;
        offer_answer_do(OFFER_ANSWER_A_REPLY_491)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_RX_UPDATE_2XX -> /* error */
        offer_answer_line = 287;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_TX_INVITE -> /* error */
        offer_answer_line = 291;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_TX_INVITE_NOSDP -> /* error */
        offer_answer_line = 291;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_TX_1XX -> /* error */
        offer_answer_line = 290;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_TX_REL1XX -> /* refuse */
        offer_answer_line = 288;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_TX_2XX -> /* refuse */
        offer_answer_line = 288;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_TX_ACK -> /* error */
        offer_answer_line = 292;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_TX_PRACK -> /* error */
        offer_answer_line = 293;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_TX_PRACK_2XX -> /* error */
        offer_answer_line = 295;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_TX_UPDATE -> /* refuse */
        offer_answer_line = 289;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_TX_UPDATE_2XX -> /* refuse */
        offer_answer_line = 289;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_INVITE_FAILED && (g & 1) == 1 -> /*  */
        offer_answer_line = 280;
        offer_answer_state = OFFER_ANSWER_CLOSED
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_INVITE_FAILED && (g & 1) == 0 -> /* error */
        offer_answer_line = 281;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_PRACK_FAILED -> /* error */
        offer_answer_line = 294;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_UPDATE_FAILED -> /* error */
        offer_answer_line = 287;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_1XX && ev == OFFER_ANSWER_EV_DIALOG_ENDED -> /*  */
        offer_answer_line = 296;
        offer_answer_state = OFFER_ANSWER_CLOSED
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_RX_INVITE -> /* error */
        offer_answer_line = 302;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_RX_INVITE_NOSDP -> /* error */
        offer_answer_line = 302;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_RX_1XX -> /* error */
        offer_answer_line = 304;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_RX_REL1XX -> /* error */
        offer_answer_line = 304;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_RX_2XX -> /* error */
        offer_answer_line = 305;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_RX_2XX_NOSDP -> /* error */
        offer_answer_line = 305;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_RX_ACK -> /* to_app_answer */
        offer_answer_line = 299;
        offer_answer_do(OFFER_ANSWER_A_TO_APP_ANSWER);
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_RX_ACK_NOSDP -> /* protocol_error */
        offer_answer_line = 300;
        offer_answer_do(OFFER_ANSWER_A_PROTOCOL_ERROR);
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_RX_PRACK -> /* reply_491 */
        offer_answer_line = 301;
        offer_answer_do(OFFER_ANSWER_A_REPLY_491)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_RX_PRACK_NOSDP -> /* ignore */
        offer_answer_line = 303
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_RX_PRACK_2XX -> /* error */
        offer_answer_line = 314;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_RX_UPDATE -> /* reply_491 */
        offer_answer_line = 301;
        offer_answer_do(OFFER_ANSWER_A_REPLY_491)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_RX_UPDATE_2XX -> /* error */
        offer_answer_line = 306;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_TX_INVITE -> /* error */
        offer_answer_line = 310;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_TX_INVITE_NOSDP -> /* error */
        offer_answer_line = 310;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_TX_1XX -> /* error */
        offer_answer_line = 308;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_TX_REL1XX -> /* error */
        offer_answer_line = 308;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_TX_2XX -> /* error */
        offer_answer_line = 309;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_TX_ACK -> /* error */
        offer_answer_line = 311;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_TX_PRACK -> /* error */
        offer_answer_line = 312;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_TX_PRACK_2XX -> /* error */
        offer_answer_line = 315;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_TX_UPDATE -> /* refuse */
        offer_answer_line = 307;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_TX_UPDATE_2XX -> /* refuse */
        offer_answer_line = 307;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_INVITE_FAILED -> /* error */
        offer_answer_line = 313;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_PRACK_FAILED -> /* error */
        offer_answer_line = 314;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_UPDATE_FAILED -> /* error */
        offer_answer_line = 306;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_2XX && ev == OFFER_ANSWER_EV_DIALOG_ENDED -> /*  */
        offer_answer_line = 316;
        offer_answer_state = OFFER_ANSWER_CLOSED
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_RX_INVITE -> /* reply_491 */
        offer_answer_line = 326;
        offer_answer_do(OFFER_ANSWER_A_REPLY_491)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_RX_INVITE_NOSDP -> /* reply_491 */
        offer_answer_line = 326;
        offer_answer_do(OFFER_ANSWER_A_REPLY_491)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_RX_1XX -> /* ignore */
        offer_answer_line = 327
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_RX_REL1XX -> /* ignore */
        offer_answer_line = 327
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_RX_2XX -> /* ignore */
        offer_answer_line = 327
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_RX_2XX_NOSDP -> /* ignore */
        offer_answer_line = 327
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_RX_ACK -> /* error */
        offer_answer_line = 329;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_RX_ACK_NOSDP -> /* error */
        offer_answer_line = 329;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_RX_PRACK -> /* error */
        offer_answer_line = 330;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_RX_PRACK_NOSDP -> /* error */
        offer_answer_line = 330;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_RX_PRACK_2XX -> /* to_app_answer */
        offer_answer_line = 321;
        offer_answer_do(OFFER_ANSWER_A_TO_APP_ANSWER);
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_RX_UPDATE -> /* reply_491 */
        offer_answer_line = 325;
        offer_answer_do(OFFER_ANSWER_A_REPLY_491)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_RX_UPDATE_2XX -> /* error */
        offer_answer_line = 328;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_TX_INVITE -> /* refuse */
        offer_answer_line = 333;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_TX_INVITE_NOSDP -> /* refuse */
        offer_answer_line = 333;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_TX_1XX -> /* error */
        offer_answer_line = 334;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_TX_REL1XX -> /* error */
        offer_answer_line = 334;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_TX_2XX -> /* error */
        offer_answer_line = 335;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_TX_ACK -> /* error */
        offer_answer_line = 332;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_TX_PRACK -> /* refuse */
        offer_answer_line = 331;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_TX_PRACK_2XX -> /* error */
        offer_answer_line = 336;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_TX_UPDATE -> /* refuse */
        offer_answer_line = 333;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_TX_UPDATE_2XX -> /* refuse */
        offer_answer_line = 333;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_INVITE_FAILED && (g & 1) == 1 -> /*  */
        offer_answer_line = 323;
        offer_answer_state = OFFER_ANSWER_CLOSED
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_INVITE_FAILED && (g & 1) == 0 -> /* error */
        offer_answer_line = 324;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_PRACK_FAILED -> /* to_app_rolled_back */
        offer_answer_line = 322;
        offer_answer_do(OFFER_ANSWER_A_TO_APP_ROLLED_BACK);
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_UPDATE_FAILED -> /* error */
        offer_answer_line = 337;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_PRACK && ev == OFFER_ANSWER_EV_DIALOG_ENDED -> /*  */
        offer_answer_line = 338;
        offer_answer_state = OFFER_ANSWER_CLOSED
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_RX_INVITE -> /* reply_491 */
        offer_answer_line = 345;
        offer_answer_do(OFFER_ANSWER_A_REPLY_491)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_RX_INVITE_NOSDP -> /* reply_491 */
        offer_answer_line = 345;
        offer_answer_do(OFFER_ANSWER_A_REPLY_491)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_RX_1XX -> /* ignore */
        offer_answer_line = 346
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_RX_REL1XX -> /* ignore */
        offer_answer_line = 346
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_RX_2XX -> /* ignore */
        offer_answer_line = 346
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_RX_2XX_NOSDP -> /* ignore */
        offer_answer_line = 346
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_RX_ACK -> /* ignore */
        offer_answer_line = 346
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_RX_ACK_NOSDP -> /* ignore */
        offer_answer_line = 346
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_RX_PRACK -> /* reply_491 */
        offer_answer_line = 344;
        offer_answer_do(OFFER_ANSWER_A_REPLY_491)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_RX_PRACK_NOSDP -> /* ignore */
        offer_answer_line = 346
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_RX_PRACK_2XX -> /* error */
        offer_answer_line = 353;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_RX_UPDATE -> /* reply_491 */
        offer_answer_line = 344;
        offer_answer_do(OFFER_ANSWER_A_REPLY_491)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_RX_UPDATE_2XX -> /* to_app_answer */
        offer_answer_line = 340;
        offer_answer_do(OFFER_ANSWER_A_TO_APP_ANSWER);
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_TX_INVITE -> /* refuse */
        offer_answer_line = 347;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_TX_INVITE_NOSDP -> /* refuse */
        offer_answer_line = 347;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_TX_1XX -> /* error */
        offer_answer_line = 352;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_TX_REL1XX -> /* refuse */
        offer_answer_line = 347;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_TX_2XX -> /* refuse */
        offer_answer_line = 347;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_TX_ACK -> /* error */
        offer_answer_line = 350;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_TX_PRACK -> /* refuse */
        offer_answer_line = 351;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_TX_PRACK_2XX -> /* error */
        offer_answer_line = 354;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_TX_UPDATE -> /* error */
        offer_answer_line = 349;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_TX_UPDATE_2XX -> /* refuse */
        offer_answer_line = 348;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_INVITE_FAILED && (g & 1) == 1 -> /*  */
        offer_answer_line = 342;
        offer_answer_state = OFFER_ANSWER_CLOSED
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_INVITE_FAILED && (g & 1) == 0 -> /* error */
        offer_answer_line = 343;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_PRACK_FAILED -> /* error */
        offer_answer_line = 353;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_UPDATE_FAILED -> /* to_app_rolled_back */
        offer_answer_line = 341;
        offer_answer_do(OFFER_ANSWER_A_TO_APP_ROLLED_BACK);
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_LOCAL_UPDATE && ev == OFFER_ANSWER_EV_DIALOG_ENDED -> /*  */
        offer_answer_line = 355;
        offer_answer_state = OFFER_ANSWER_CLOSED
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_RX_INVITE -> /* error */
        offer_answer_line = 365;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_RX_INVITE_NOSDP -> /* error */
        offer_answer_line = 365;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_RX_1XX -> /* error */
        offer_answer_line = 367;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_RX_REL1XX -> /* error */
        offer_answer_line = 367;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_RX_2XX -> /* error */
        offer_answer_line = 368;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_RX_2XX_NOSDP -> /* error */
        offer_answer_line = 368;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_RX_ACK -> /* error */
        offer_answer_line = 369;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_RX_ACK_NOSDP -> /* error */
        offer_answer_line = 369;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_RX_PRACK -> /* reply_500_retry_after */
        offer_answer_line = 364;
        offer_answer_do(OFFER_ANSWER_A_REPLY_500_RETRY_AFTER)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_RX_PRACK_NOSDP -> /* ignore */
        offer_answer_line = 366
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_RX_PRACK_2XX -> /* error */
        offer_answer_line = 375;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_RX_UPDATE -> /* reply_500_retry_after */
        offer_answer_line = 364;
        offer_answer_do(OFFER_ANSWER_A_REPLY_500_RETRY_AFTER)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_RX_UPDATE_2XX -> /* error */
        offer_answer_line = 370;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_TX_INVITE -> /* error */
        offer_answer_line = 372;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_TX_INVITE_NOSDP -> /* error */
        offer_answer_line = 372;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_TX_1XX -> /*  */
        offer_answer_line = 361
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_TX_REL1XX -> /*  */
        offer_answer_line = 360;
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_TX_2XX -> /*  */
        offer_answer_line = 360;
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_TX_ACK -> /* error */
        offer_answer_line = 373;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_TX_PRACK -> /* error */
        offer_answer_line = 374;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_TX_PRACK_2XX -> /* error */
        offer_answer_line = 376;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_TX_UPDATE -> /* refuse */
        offer_answer_line = 371;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_TX_UPDATE_2XX -> /* refuse */
        offer_answer_line = 371;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_INVITE_FAILED && (g & 1) == 1 -> /*  */
        offer_answer_line = 362;
        offer_answer_state = OFFER_ANSWER_CLOSED
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_INVITE_FAILED && (g & 1) == 0 -> /*  */
        offer_answer_line = 363;
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_PRACK_FAILED -> /* error */
        offer_answer_line = 375;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_UPDATE_FAILED -> /* error */
        offer_answer_line = 370;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_INVITE && ev == OFFER_ANSWER_EV_DIALOG_ENDED -> /*  */
        offer_answer_line = 377;
        offer_answer_state = OFFER_ANSWER_CLOSED
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_RX_INVITE -> /* reply_500_retry_after */
        offer_answer_line = 388;
        offer_answer_do(OFFER_ANSWER_A_REPLY_500_RETRY_AFTER)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_RX_INVITE_NOSDP -> /* reply_500_retry_after */
        offer_answer_line = 388;
        offer_answer_do(OFFER_ANSWER_A_REPLY_500_RETRY_AFTER)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_RX_1XX -> /* ignore */
        offer_answer_line = 389
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_RX_REL1XX -> /* ignore */
        offer_answer_line = 389
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_RX_2XX -> /* ignore */
        offer_answer_line = 389
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_RX_2XX_NOSDP -> /* ignore */
        offer_answer_line = 389
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_RX_ACK -> /* error */
        offer_answer_line = 391;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_RX_ACK_NOSDP -> /* error */
        offer_answer_line = 391;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_RX_PRACK -> /* error */
        offer_answer_line = 392;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_RX_PRACK_NOSDP -> /* error */
        offer_answer_line = 392;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_RX_PRACK_2XX -> /* error */
        offer_answer_line = 398;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_RX_UPDATE -> /* reply_500_retry_after */
        offer_answer_line = 387;
        offer_answer_do(OFFER_ANSWER_A_REPLY_500_RETRY_AFTER)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_RX_UPDATE_2XX -> /* error */
        offer_answer_line = 390;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_TX_INVITE -> /* refuse */
        offer_answer_line = 393;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_TX_INVITE_NOSDP -> /* refuse */
        offer_answer_line = 393;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_TX_1XX -> /* error */
        offer_answer_line = 395;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_TX_REL1XX -> /* error */
        offer_answer_line = 395;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_TX_2XX -> /* error */
        offer_answer_line = 396;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_TX_ACK -> /* refuse */
        offer_answer_line = 393;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_TX_PRACK -> /*  */
        offer_answer_line = 384;
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_TX_PRACK_2XX -> /* error */
        offer_answer_line = 399;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_TX_UPDATE -> /* refuse */
        offer_answer_line = 394;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_TX_UPDATE_2XX -> /* refuse */
        offer_answer_line = 394;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_INVITE_FAILED && (g & 1) == 1 -> /*  */
        offer_answer_line = 385;
        offer_answer_state = OFFER_ANSWER_CLOSED
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_INVITE_FAILED && (g & 1) == 0 -> /* error */
        offer_answer_line = 386;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_PRACK_FAILED -> /* error */
        offer_answer_line = 398;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_UPDATE_FAILED -> /* error */
        offer_answer_line = 397;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_1XX && ev == OFFER_ANSWER_EV_DIALOG_ENDED -> /*  */
        offer_answer_line = 400;
        offer_answer_state = OFFER_ANSWER_CLOSED
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_RX_INVITE -> /* error */
        offer_answer_line = 413;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_RX_INVITE_NOSDP -> /* error */
        offer_answer_line = 413;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_RX_1XX -> /* error */
        offer_answer_line = 416;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_RX_REL1XX -> /* error */
        offer_answer_line = 416;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_RX_2XX -> /* error */
        offer_answer_line = 414;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_RX_2XX_NOSDP -> /* error */
        offer_answer_line = 414;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_RX_ACK -> /* error */
        offer_answer_line = 414;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_RX_ACK_NOSDP -> /* error */
        offer_answer_line = 414;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_RX_PRACK -> /* error */
        offer_answer_line = 412;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_RX_PRACK_NOSDP -> /* error */
        offer_answer_line = 414;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_RX_PRACK_2XX -> /* error */
        offer_answer_line = 424;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_RX_UPDATE -> /* error */
        offer_answer_line = 412;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_RX_UPDATE_2XX -> /* error */
        offer_answer_line = 415;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_TX_INVITE -> /* error */
        offer_answer_line = 417;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_TX_INVITE_NOSDP -> /* error */
        offer_answer_line = 417;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_TX_1XX -> /* error */
        offer_answer_line = 420;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_TX_REL1XX -> /* error */
        offer_answer_line = 420;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_TX_2XX -> /* error */
        offer_answer_line = 418;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_TX_ACK -> /*  */
        offer_answer_line = 411;
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_TX_PRACK -> /* error */
        offer_answer_line = 421;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_TX_PRACK_2XX -> /* error */
        offer_answer_line = 425;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_TX_UPDATE -> /* refuse */
        offer_answer_line = 419;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_TX_UPDATE_2XX -> /* refuse */
        offer_answer_line = 419;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_INVITE_FAILED -> /* error */
        offer_answer_line = 422;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_PRACK_FAILED -> /* error */
        offer_answer_line = 424;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_UPDATE_FAILED -> /* error */
        offer_answer_line = 423;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_2XX && ev == OFFER_ANSWER_EV_DIALOG_ENDED -> /*  */
        offer_answer_line = 426;
        offer_answer_state = OFFER_ANSWER_CLOSED
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_RX_INVITE -> /* reply_500_retry_after */
        offer_answer_line = 436;
        offer_answer_do(OFFER_ANSWER_A_REPLY_500_RETRY_AFTER)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_RX_INVITE_NOSDP -> /* reply_500_retry_after */
        offer_answer_line = 436;
        offer_answer_do(OFFER_ANSWER_A_REPLY_500_RETRY_AFTER)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_RX_1XX -> /* error */
        offer_answer_line = 439;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_RX_REL1XX -> /* error */
        offer_answer_line = 439;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_RX_2XX -> /* error */
        offer_answer_line = 438;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_RX_2XX_NOSDP -> /* error */
        offer_answer_line = 438;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_RX_ACK -> /* ignore */
        offer_answer_line = 437
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_RX_ACK_NOSDP -> /* ignore */
        offer_answer_line = 437
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_RX_PRACK -> /* reply_500_retry_after */
        offer_answer_line = 434;
        offer_answer_do(OFFER_ANSWER_A_REPLY_500_RETRY_AFTER)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_RX_PRACK_NOSDP -> /* ignore */
        offer_answer_line = 437
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_RX_PRACK_2XX -> /* error */
        offer_answer_line = 447;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_RX_UPDATE -> /* error */
        offer_answer_line = 435;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_RX_UPDATE_2XX -> /* error */
        offer_answer_line = 440;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_TX_INVITE -> /* refuse */
        offer_answer_line = 441;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_TX_INVITE_NOSDP -> /* refuse */
        offer_answer_line = 441;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_TX_1XX -> /* error */
        offer_answer_line = 444;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_TX_REL1XX -> /* refuse */
        offer_answer_line = 441;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_TX_2XX -> /* refuse */
        offer_answer_line = 441;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_TX_ACK -> /* error */
        offer_answer_line = 445;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_TX_PRACK -> /* error */
        offer_answer_line = 446;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_TX_PRACK_2XX -> /*  */
        offer_answer_line = 430;
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_TX_UPDATE -> /* refuse */
        offer_answer_line = 442;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_TX_UPDATE_2XX -> /* error */
        offer_answer_line = 443;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_INVITE_FAILED && (g & 1) == 1 -> /*  */
        offer_answer_line = 432;
        offer_answer_state = OFFER_ANSWER_CLOSED
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_INVITE_FAILED && (g & 1) == 0 -> /* error */
        offer_answer_line = 433;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_PRACK_FAILED -> /*  */
        offer_answer_line = 431;
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_UPDATE_FAILED -> /* error */
        offer_answer_line = 440;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_PRACK && ev == OFFER_ANSWER_EV_DIALOG_ENDED -> /* error */
        offer_answer_line = 450;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_RX_INVITE -> /* reply_500_retry_after */
        offer_answer_line = 457;
        offer_answer_do(OFFER_ANSWER_A_REPLY_500_RETRY_AFTER)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_RX_INVITE_NOSDP -> /* reply_500_retry_after */
        offer_answer_line = 457;
        offer_answer_do(OFFER_ANSWER_A_REPLY_500_RETRY_AFTER)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_RX_1XX -> /* ignore */
        offer_answer_line = 461
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_RX_REL1XX -> /* ignore */
        offer_answer_line = 461
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_RX_2XX -> /* ignore */
        offer_answer_line = 461
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_RX_2XX_NOSDP -> /* ignore */
        offer_answer_line = 461
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_RX_ACK -> /* ignore */
        offer_answer_line = 461
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_RX_ACK_NOSDP -> /* ignore */
        offer_answer_line = 461
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_RX_PRACK -> /* reply_500_retry_after */
        offer_answer_line = 456;
        offer_answer_do(OFFER_ANSWER_A_REPLY_500_RETRY_AFTER)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_RX_PRACK_NOSDP -> /* ignore */
        offer_answer_line = 461
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_RX_PRACK_2XX -> /* error */
        offer_answer_line = 468;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_RX_UPDATE -> /* error */
        offer_answer_line = 460;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_RX_UPDATE_2XX -> /* error */
        offer_answer_line = 462;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_TX_INVITE -> /* refuse */
        offer_answer_line = 463;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_TX_INVITE_NOSDP -> /* refuse */
        offer_answer_line = 463;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_TX_1XX -> /* error */
        offer_answer_line = 467;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_TX_REL1XX -> /* refuse */
        offer_answer_line = 463;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_TX_2XX -> /* refuse */
        offer_answer_line = 463;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_TX_ACK -> /* error */
        offer_answer_line = 465;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_TX_PRACK -> /* refuse */
        offer_answer_line = 466;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_TX_PRACK_2XX -> /* error */
        offer_answer_line = 469;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_TX_UPDATE -> /* refuse */
        offer_answer_line = 464;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_TX_UPDATE_2XX -> /*  */
        offer_answer_line = 452;
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_INVITE_FAILED && (g & 1) == 1 -> /*  */
        offer_answer_line = 454;
        offer_answer_state = OFFER_ANSWER_CLOSED
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_INVITE_FAILED && (g & 1) == 0 -> /* error */
        offer_answer_line = 455;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_PRACK_FAILED -> /* error */
        offer_answer_line = 468;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_UPDATE_FAILED -> /*  */
        offer_answer_line = 453;
        offer_answer_state = OFFER_ANSWER_STABLE
    :: offer_answer_state == OFFER_ANSWER_REMOTE_UPDATE && ev == OFFER_ANSWER_EV_DIALOG_ENDED -> /* error */
        offer_answer_line = 472;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_RX_INVITE && (g & 1) == 0 -> /* to_app_offer */
        offer_answer_line = 480;
        offer_answer_do(OFFER_ANSWER_A_TO_APP_OFFER);
        offer_answer_state = OFFER_ANSWER_REMOTE_INVITE
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_RX_INVITE && (g & 1) == 1 -> /* error */
        offer_answer_line = 482;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_RX_INVITE_NOSDP && (g & 1) == 0 -> /* to_app_need_offer */
        offer_answer_line = 481;
        offer_answer_do(OFFER_ANSWER_A_TO_APP_NEED_OFFER);
        offer_answer_state = OFFER_ANSWER_OFFER_OWED
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_RX_INVITE_NOSDP && (g & 1) == 1 -> /* error */
        offer_answer_line = 482;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_RX_1XX -> /* ignore */
        offer_answer_line = 493
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_RX_REL1XX -> /* ignore */
        offer_answer_line = 493
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_RX_2XX -> /* ignore */
        offer_answer_line = 493
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_RX_2XX_NOSDP -> /* ignore */
        offer_answer_line = 493
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_RX_ACK -> /* ignore */
        offer_answer_line = 493
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_RX_ACK_NOSDP -> /* ignore */
        offer_answer_line = 493
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_RX_PRACK -> /* to_app_offer */
        offer_answer_line = 487;
        offer_answer_do(OFFER_ANSWER_A_TO_APP_OFFER);
        offer_answer_state = OFFER_ANSWER_REMOTE_PRACK
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_RX_PRACK_NOSDP -> /* ignore */
        offer_answer_line = 493
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_RX_PRACK_2XX -> /* error */
        offer_answer_line = 498;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_RX_UPDATE -> /* to_app_offer */
        offer_answer_line = 484;
        offer_answer_do(OFFER_ANSWER_A_TO_APP_OFFER);
        offer_answer_state = OFFER_ANSWER_REMOTE_UPDATE
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_RX_UPDATE_2XX -> /* error */
        offer_answer_line = 494;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_TX_INVITE && (g & 1) == 0 -> /*  */
        offer_answer_line = 475;
        offer_answer_state = OFFER_ANSWER_LOCAL_INVITE
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_TX_INVITE && (g & 1) == 1 -> /* error */
        offer_answer_line = 479;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_TX_INVITE_NOSDP && (g & 1) == 0 -> /*  */
        offer_answer_line = 476;
        offer_answer_state = OFFER_ANSWER_OFFER_REQUESTED
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_TX_INVITE_NOSDP && (g & 1) == 1 -> /* error */
        offer_answer_line = 479;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_TX_1XX -> /* error */
        offer_answer_line = 490;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_TX_REL1XX -> /* ignore */
        offer_answer_line = 489
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_TX_2XX -> /* ignore */
        offer_answer_line = 489
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_TX_ACK -> /* error */
        offer_answer_line = 492;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_TX_PRACK && (g & 2) == 2 -> /*  */
        offer_answer_line = 485;
        offer_answer_state = OFFER_ANSWER_LOCAL_PRACK
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_TX_PRACK && (g & 2) == 0 -> /* refuse */
        offer_answer_line = 486;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_TX_PRACK_2XX -> /* error */
        offer_answer_line = 499;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_TX_UPDATE -> /*  */
        offer_answer_line = 483;
        offer_answer_state = OFFER_ANSWER_LOCAL_UPDATE
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_TX_UPDATE_2XX -> /* refuse */
        offer_answer_line = 491;
        offer_answer_do(OFFER_ANSWER_A_REFUSE)
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_INVITE_FAILED && (g & 1) == 1 -> /*  */
        offer_answer_line = 495;
        offer_answer_state = OFFER_ANSWER_CLOSED
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_INVITE_FAILED && (g & 1) == 0 -> /* error */
        offer_answer_line = 496;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_PRACK_FAILED -> /* error */
        offer_answer_line = 498;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_UPDATE_FAILED -> /* error */
        offer_answer_line = 497;
        offer_answer_error()
    :: offer_answer_state == OFFER_ANSWER_STABLE && ev == OFFER_ANSWER_EV_DIALOG_ENDED -> /*  */
        offer_answer_line = 500;
        offer_answer_state = OFFER_ANSWER_CLOSED
    fi
}
