/* End to end: the caller's INVITE session (gen/fsm_inv_uac.pml) against the
 * callee's (gen/fsm_inv_uas.pml), with their applications, over a lossy,
 * duplicating, reordering network; timers of both fire in any order.
 * Properties: no `error` row in either machine, no invalid end state, both
 * always end in Terminated (the callee may also never be created when the
 * INVITE is lost), no cycle, LTL `done`.
 *
 * The transactions below the sessions are abstracted:
 *   - requests and non-2xx finals that a transaction retransmits (BYE,
 *     re-INVITE, 3xx-6xx, 491, 500, 481) are delivered (a network that
 *     loses every retransmission for 64*T1 is outside the model);
 *   - the INVITE, CANCEL, provisional responses, the 2xx to an INVITE and
 *     its ACK may be lost (each once in a run, at most MAXLOSS in all), and
 *     1xx, 2xx and ACKs duplicated: the 2xx and ACK are retransmitted by
 *     the sessions themselves (RFC 3261 §13.3.1.4), not by transactions;
 *   - the INVITE's Timer B (txn_timeout) may fire until a response arrives;
 *     our BYE's NICT may end (bye_done) at any moment after it is sent;
 *   - the runtime drops what matches no session: a CANCEL before its
 *     INVITE, an ACK for a 2xx no longer awaited; and it tells a 2xx to
 *     the pending re-INVITE (re_2xx) from one to an earlier re-INVITE
 *     (re_2xx_again) by CSeq: re-INVITEs, their 2xx and ACKs carry one
 *     bit of CSeq here.
 * Each application acts at most once per kind (invite, cancel, 1xx, bye,
 * re-INVITE) and answers every re-INVITE of its peer, or lets the answer
 * timer do it. Session timers are on or off for the run, the caller being
 * the refresher.
 *
 * Real time excludes orders the untimed model would allow; as for ict_ist,
 * they are excluded here:
 *   - glare: the callee's back-off (0-2 s) ends before the caller's
 *     (2.1-4 s, RFC 3261 §14.1), so the caller's glare timer fires only
 *     after the callee's retried re-INVITE has reached it;
 *   - the caller's Retry-After wait ends after the callee has left
 *     `accepted` (it does within 64*T1: ACK or give-up, §13.3.1.4).
 * Timers fire at most once, the 2xx retransmission twice. */
#define INV_UAC_FIRE_MAX_C 1
#define INV_UAC_FIRE_MAX_CANCEL 1
#define INV_UAC_FIRE_MAX_GLARE ((inv_uas_state != INV_UAS_REINV_WAIT && s2c[M_REINV] + s2c[M_REINV + ODD] + s2c[M_REINV + 2 * ODD] + s2c[M_REINV + 3 * ODD] == 0) -> 1 : 0)
#define INV_UAC_FIRE_MAX_RETRY ((inv_uas_state != INV_UAS_ACCEPTED && inv_uas_state != INV_UAS_BYE_PENDING) -> 1 : 0)
#ifndef INV_UAC_FIRE_MAX_RETX
#define INV_UAC_FIRE_MAX_RETX 2
#endif
#define INV_UAC_FIRE_MAX_ACK 1
#define INV_UAC_FIRE_MAX_ANSWER 1
#define INV_UAC_FIRE_MAX_REFRESH 1
#define INV_UAC_FIRE_MAX_EXPIRE 1
#define INV_UAS_FIRE_MAX_NOANSWER 1
#define INV_UAS_FIRE_MAX_GLARE 1
#define INV_UAS_FIRE_MAX_RETRY 1
#ifndef INV_UAS_FIRE_MAX_RETX
#define INV_UAS_FIRE_MAX_RETX 2
#endif
#define INV_UAS_FIRE_MAX_ACK 1
#define INV_UAS_FIRE_MAX_ANSWER 1
#define INV_UAS_FIRE_MAX_REFRESH 1
#define INV_UAS_FIRE_MAX_EXPIRE 1
#include "net.pml"


/* Message types; c2s and s2c share the in-dialog ones. A re-INVITE, its
 * 2xx and their ACK carry their CSeq mod 4 (enough for the re-INVITEs of a
 * run): type + ODD * (CSeq mod 4). */
#define M_INVITE 0 /* c2s */
#define M_R1XX   0 /* s2c */
#define M_CANCEL 1 /* c2s */
#define M_R2XX   1 /* s2c */
#define M_ACK    2 /* c2s: ACK for the 2xx to the INVITE */
#define M_R3XX   2 /* s2c */
#define M_BYE    3
#define M_REINV  4
#define M_REACK  5 /* ACK for a 2xx to a re-INVITE */
#define M_RE2XX  6
#define M_RE491  7
#define M_RE500  8
#define M_RE481  9
#define M_RENON  10 /* any other non-2xx final to a re-INVITE */
#define ODD      7  /* type + ODD * p, p = CSeq mod 4 */
byte c2s[28], s2c[28];

/* The callee first: the caller's timer bounds above read its state. */
#include "fsm_inv_uas.pml"
#include "fsm_inv_uac.pml"

bool session_timer; /* chosen once, at the start of the run */
byte uac_g, uas_g;

/* Reliable (transaction-retransmitted) messages: taken, never lost or doubled. */
#define take(bag, t) bag[t]--

/* One side's re-INVITE bookkeeping (what CSeq matching gives the runtime). */
#define REINV_STATE(x) \
    byte x##_out_par, x##_in_par, x##_rx_par, x##_ack_par; \
    bool x##_pending

/* Sends our re-INVITE with the next CSeq. */
#define send_reinv(bag, x) \
    x##_out_par = (x##_out_par + 1) % 4; x##_pending = true; net_send(bag, M_REINV + ODD * x##_out_par)

/* A reply to the peer's pending re-INVITE, by what the row says. */
#define reinvite_reply(bag, a, A, x) \
    if \
    :: a == A##_REPLY_2XX || a == A##_RESEND_2XX -> net_send(bag, M_RE2XX + ODD * x##_in_par) \
    :: a == A##_REPLY_491 -> net_send(bag, M_RE491) \
    :: a == A##_REPLY_500_RETRY_AFTER -> net_send(bag, M_RE500) \
    :: a == A##_REPLY_481 -> net_send(bag, M_RE481) \
    :: else -> net_send(bag, M_RENON) \
    fi

/* The in-dialog messages from the peer, as the runtime classifies them.
 * (in: the peer's bag; EV: the machine's event prefix; S: its state prefix) */
#define rx_reinvite_events(in, x, st, EV, S, ev, p, skipto) \
    :: in[M_REINV + ODD * p] > 0 -> take(in, M_REINV + ODD * p); x##_rx_par = p; ev = EV##_RX_REINVITE \
    :: in[M_RE2XX + ODD * p] > 0 && x##_pending && x##_out_par == p -> \
        net_take(in, M_RE2XX + ODD * p); x##_pending = false; x##_ack_par = p; ev = EV##_RE_2XX \
    :: in[M_RE2XX + ODD * p] > 0 && !(x##_pending && x##_out_par == p) -> \
        net_take(in, M_RE2XX + ODD * p); x##_ack_par = p; ev = EV##_RE_2XX_AGAIN \
    :: in[M_REACK + ODD * p] > 0 && st == S##_REINV_IN_ACK && x##_in_par == p -> \
        net_take(in, M_REACK + ODD * p); ev = EV##_RX_ACK \
    :: in[M_REACK + ODD * p] > 0 && !(st == S##_REINV_IN_ACK && x##_in_par == p) -> \
        in[M_REACK + ODD * p]--; goto skipto

#define rx_final_events(in, x, EV, ev) \
    :: in[M_RE491] > 0 -> take(in, M_RE491); x##_pending = false; ev = EV##_RE_491 \
    :: in[M_RE500] > 0 -> take(in, M_RE500); x##_pending = false; ev = EV##_RE_500 \
    :: in[M_RE481] > 0 -> take(in, M_RE481); x##_pending = false; ev = EV##_RE_481 \
    :: in[M_RENON] > 0 -> take(in, M_RENON); x##_pending = false; ev = EV##_RE_FAILURE

/* ---- caller ---- */
byte uac_ev;
bool uac_ict_calling, uac_bye_nict;
bool uac_cancelled, uac_hung_up, uac_reinvited;
REINV_STATE(uac);

inline inv_uac_do(a) {
    if
    :: a == INV_UAC_A_SEND_INVITE -> net_send(c2s, M_INVITE); uac_ict_calling = true
    :: a == INV_UAC_A_SEND_CANCEL -> net_send(c2s, M_CANCEL)
    :: a == INV_UAC_A_SEND_ACK && uac_ev == INV_UAC_EV_R2XX -> net_send(c2s, M_ACK)
    :: a == INV_UAC_A_SEND_ACK && uac_ev != INV_UAC_EV_R2XX -> net_send(c2s, M_REACK + ODD * uac_ack_par)
    :: a == INV_UAC_A_SEND_BYE -> net_send(c2s, M_BYE); uac_bye_nict = true
    :: a == INV_UAC_A_SEND_REINVITE || a == INV_UAC_A_SEND_REFRESH -> send_reinv(c2s, uac)
    :: a == INV_UAC_A_TO_APP_REINVITE -> uac_in_par = uac_rx_par
    :: a == INV_UAC_A_REPLY_481 && uac_ev != INV_UAC_EV_RX_REINVITE -> skip /* to a BYE */
    :: a == INV_UAC_A_REPLY_2XX || a == INV_UAC_A_RESEND_2XX || a == INV_UAC_A_REPLY_NON2XX ||
       a == INV_UAC_A_REPLY_500 || a == INV_UAC_A_REPLY_487 || a == INV_UAC_A_REPLY_491 ||
       a == INV_UAC_A_REPLY_500_RETRY_AFTER || (a == INV_UAC_A_REPLY_481 && uac_ev == INV_UAC_EV_RX_REINVITE) ->
        reinvite_reply(c2s, a, INV_UAC_A, uac)
    :: else -> skip
    fi
}
inline inv_uac_error() { assert(false) }
#define uac_live (!INV_UAC_FINAL(inv_uac_state))
#define uac_in_session (inv_uac_state == INV_UAC_CONFIRMED || inv_uac_state == INV_UAC_REINV_OUT || \
    inv_uac_state == INV_UAC_REINV_WAIT || inv_uac_state == INV_UAC_REINV_IN || inv_uac_state == INV_UAC_REINV_IN_ACK)

/* What the runtime filters before the session machine (runtime/call.c):
 * a 1xx after the 2xx (the ICT in Accepted ignores it, RFC 6026 §7.2), a
 * request of the callee before any early dialog (in_dialog: 481). */
#define uac_before_2xx (inv_uac_state == INV_UAC_CALLING || inv_uac_state == INV_UAC_PROCEEDING || \
    inv_uac_state == INV_UAC_CANCEL_PENDING || inv_uac_state == INV_UAC_CANCELLING)
#define uac_no_dialog (inv_uac_state == INV_UAC_CALLING || inv_uac_state == INV_UAC_CANCEL_PENDING)

proctype caller() {
    uac_ev = INV_UAC_EV_APP_INVITE;
    do
    :: !uac_live -> break
    :: uac_live -> atomic {
        if
        :: inv_uac_state == INV_UAC_IDLE -> skip
        :: inv_uac_any_timer -> inv_uac_fire(uac_ev)
        :: uac_ict_calling -> uac_ict_calling = false; uac_ev = INV_UAC_EV_TXN_TIMEOUT
        :: uac_bye_nict -> uac_bye_nict = false; uac_ev = INV_UAC_EV_BYE_DONE
        /* the application */
        :: !uac_cancelled && (inv_uac_state == INV_UAC_CALLING || inv_uac_state == INV_UAC_PROCEEDING) ->
            uac_cancelled = true; uac_ev = INV_UAC_EV_APP_CANCEL
        :: !uac_hung_up && uac_in_session -> uac_hung_up = true; uac_ev = INV_UAC_EV_APP_BYE
        :: UAC_REINVITE && !uac_reinvited && inv_uac_state == INV_UAC_CONFIRMED ->
            uac_reinvited = true; uac_ev = INV_UAC_EV_APP_REINVITE
        :: inv_uac_state == INV_UAC_REINV_IN -> uac_ev = INV_UAC_EV_APP_ACCEPT
        :: inv_uac_state == INV_UAC_REINV_IN -> uac_ev = INV_UAC_EV_APP_REJECT
        /* the network */
        :: s2c[M_R1XX] > 0 && uac_before_2xx -> net_take(s2c, M_R1XX); uac_ict_calling = false; uac_ev = INV_UAC_EV_R1XX
        :: s2c[M_R1XX] > 0 && !uac_before_2xx -> s2c[M_R1XX]--; goto next_uac /* the ICT in Accepted absorbs it */
        :: s2c[M_R2XX] > 0 -> net_take(s2c, M_R2XX); uac_ict_calling = false; uac_ev = INV_UAC_EV_R2XX
        :: s2c[M_R3XX] > 0 -> take(s2c, M_R3XX); uac_ict_calling = false; uac_ev = INV_UAC_EV_R3XX_6XX
        :: s2c[M_BYE] > 0 && uac_no_dialog -> take(s2c, M_BYE); goto next_uac /* no dialog yet: the runtime answers 481 */
        :: s2c[M_BYE] > 0 && !uac_no_dialog -> take(s2c, M_BYE); uac_ev = INV_UAC_EV_RX_BYE
        rx_reinvite_events(s2c, uac, inv_uac_state, INV_UAC_EV, INV_UAC, uac_ev, 0, next_uac)
        rx_reinvite_events(s2c, uac, inv_uac_state, INV_UAC_EV, INV_UAC, uac_ev, 1, next_uac)
        rx_reinvite_events(s2c, uac, inv_uac_state, INV_UAC_EV, INV_UAC, uac_ev, 2, next_uac)
        rx_reinvite_events(s2c, uac, inv_uac_state, INV_UAC_EV, INV_UAC, uac_ev, 3, next_uac)
        rx_final_events(s2c, uac, INV_UAC_EV, uac_ev)
        fi;
        inv_uac_step(uac_ev, uac_g);
next_uac: skip }
    od;
    assert(inv_uac_state == INV_UAC_TERMINATED)
}

/* ---- callee ---- */
byte uas_ev;
bool uas_bye_nict;
bool uas_ringing, uas_hung_up, uas_reinvited;
REINV_STATE(uas);

#define uas_initial (inv_uas_state == INV_UAS_PROCEEDING || inv_uas_state == INV_UAS_ACCEPTED || \
    inv_uas_state == INV_UAS_BYE_PENDING)

inline inv_uas_do(a) {
    if
    :: a == INV_UAS_A_REPLY_1XX -> net_send(s2c, M_R1XX)
    /* the initial INVITE's final responses (a re-INVITE there gets 500) */
    :: uas_initial && uas_ev != INV_UAS_EV_RX_REINVITE && (a == INV_UAS_A_REPLY_2XX || a == INV_UAS_A_RESEND_2XX) ->
        net_send(s2c, M_R2XX)
    :: uas_initial && uas_ev != INV_UAS_EV_RX_REINVITE &&
       (a == INV_UAS_A_REPLY_NON2XX || a == INV_UAS_A_REPLY_480 || a == INV_UAS_A_REPLY_487) -> net_send(s2c, M_R3XX)
    :: !(uas_initial && uas_ev != INV_UAS_EV_RX_REINVITE) &&
       (a == INV_UAS_A_REPLY_2XX || a == INV_UAS_A_RESEND_2XX || a == INV_UAS_A_REPLY_NON2XX ||
        a == INV_UAS_A_REPLY_500 || a == INV_UAS_A_REPLY_487 || a == INV_UAS_A_REPLY_491 ||
        a == INV_UAS_A_REPLY_500_RETRY_AFTER || a == INV_UAS_A_REPLY_481) ->
        reinvite_reply(s2c, a, INV_UAS_A, uas)
    :: a == INV_UAS_A_SEND_ACK -> net_send(s2c, M_REACK + ODD * uas_ack_par)
    :: a == INV_UAS_A_SEND_BYE -> net_send(s2c, M_BYE); uas_bye_nict = true
    :: a == INV_UAS_A_SEND_REINVITE || a == INV_UAS_A_SEND_REFRESH -> send_reinv(s2c, uas)
    :: a == INV_UAS_A_TO_APP_REINVITE -> uas_in_par = uas_rx_par
    :: else -> skip
    fi
}
inline inv_uas_error() { assert(false) }
#define uas_live (!INV_UAS_FINAL(inv_uas_state))
#define uas_in_session (inv_uas_state == INV_UAS_CONFIRMED || inv_uas_state == INV_UAS_REINV_OUT || \
    inv_uas_state == INV_UAS_REINV_WAIT || inv_uas_state == INV_UAS_REINV_IN || inv_uas_state == INV_UAS_REINV_IN_ACK)

/* The caller is gone and its INVITE was lost: no callee session ever. */
#define uas_never_invited (inv_uas_state == INV_UAS_IDLE && !uac_live && c2s[M_INVITE] == 0)

proctype callee() {
    do
    :: !uas_live -> break
    :: uas_never_invited -> break
    :: uas_live && !uas_never_invited -> atomic {
        if
        :: uas_never_invited -> goto next_uas /* to the break */
        :: inv_uas_any_timer -> inv_uas_fire(uas_ev)
        :: uas_bye_nict -> uas_bye_nict = false; uas_ev = INV_UAS_EV_BYE_DONE
        /* the application */
        :: !uas_ringing && inv_uas_state == INV_UAS_PROCEEDING -> uas_ringing = true; uas_ev = INV_UAS_EV_APP_1XX
        :: inv_uas_state == INV_UAS_PROCEEDING || inv_uas_state == INV_UAS_REINV_IN -> uas_ev = INV_UAS_EV_APP_ACCEPT
        :: inv_uas_state == INV_UAS_PROCEEDING || inv_uas_state == INV_UAS_REINV_IN -> uas_ev = INV_UAS_EV_APP_REJECT
        :: !uas_hung_up && (uas_in_session || inv_uas_state == INV_UAS_ACCEPTED) ->
            uas_hung_up = true; uas_ev = INV_UAS_EV_APP_BYE
        :: UAS_REINVITE && !uas_reinvited && inv_uas_state == INV_UAS_CONFIRMED ->
            uas_reinvited = true; uas_ev = INV_UAS_EV_APP_REINVITE
        /* the network */
        :: inv_uas_state == INV_UAS_IDLE && c2s[M_INVITE] > 0 -> net_take(c2s, M_INVITE); uas_ev = INV_UAS_EV_RX_INVITE
        :: inv_uas_state != INV_UAS_IDLE && c2s[M_INVITE] > 0 -> c2s[M_INVITE]--; goto next_uas /* the IST absorbs a copy */
        :: inv_uas_state == INV_UAS_PROCEEDING && c2s[M_CANCEL] > 0 -> net_take(c2s, M_CANCEL); uas_ev = INV_UAS_EV_RX_CANCEL
        /* answered already: the runtime only answers the CANCEL 200 (RFC 3261 §9.2) */
        :: inv_uas_state != INV_UAS_IDLE && inv_uas_state != INV_UAS_PROCEEDING && c2s[M_CANCEL] > 0 -> c2s[M_CANCEL]--; goto next_uas
        :: (inv_uas_state == INV_UAS_ACCEPTED || inv_uas_state == INV_UAS_BYE_PENDING) && c2s[M_ACK] > 0 ->
            net_take(c2s, M_ACK); uas_ev = INV_UAS_EV_RX_ACK
        :: inv_uas_state != INV_UAS_ACCEPTED && inv_uas_state != INV_UAS_BYE_PENDING && c2s[M_ACK] > 0 ->
            c2s[M_ACK]--; goto next_uas
        :: c2s[M_BYE] > 0 -> take(c2s, M_BYE); uas_ev = INV_UAS_EV_RX_BYE
        rx_reinvite_events(c2s, uas, inv_uas_state, INV_UAS_EV, INV_UAS, uas_ev, 0, next_uas)
        rx_reinvite_events(c2s, uas, inv_uas_state, INV_UAS_EV, INV_UAS, uas_ev, 1, next_uas)
        rx_reinvite_events(c2s, uas, inv_uas_state, INV_UAS_EV, INV_UAS, uas_ev, 2, next_uas)
        rx_reinvite_events(c2s, uas, inv_uas_state, INV_UAS_EV, INV_UAS, uas_ev, 3, next_uas)
        rx_final_events(c2s, uas, INV_UAS_EV, uas_ev)
        fi;
        inv_uas_step(uas_ev, uas_g);
next_uas: skip }
    od;
    assert(inv_uas_state == INV_UAS_TERMINATED || inv_uas_state == INV_UAS_IDLE)
}

/* Lost: only what no transaction retransmits (see the header). */
active proctype net() {
end_net:
    do
    :: atomic { net_can_lose(c2s, M_INVITE) -> c2s[M_INVITE]--; lost++ }
    :: atomic { net_can_lose(c2s, M_CANCEL) -> c2s[M_CANCEL]--; lost++ }
    :: atomic { net_can_lose(c2s, M_ACK) -> c2s[M_ACK]--; lost++ }
    :: atomic { net_can_lose(c2s, M_REACK) -> c2s[M_REACK]--; lost++ }
    :: atomic { net_can_lose(c2s, M_REACK + ODD) -> c2s[M_REACK + ODD]--; lost++ }
    :: atomic { net_can_lose(c2s, M_REACK + 2 * ODD) -> c2s[M_REACK + 2 * ODD]--; lost++ }
    :: atomic { net_can_lose(c2s, M_REACK + 3 * ODD) -> c2s[M_REACK + 3 * ODD]--; lost++ }
    :: atomic { net_can_lose(c2s, M_RE2XX) -> c2s[M_RE2XX]--; lost++ }
    :: atomic { net_can_lose(c2s, M_RE2XX + ODD) -> c2s[M_RE2XX + ODD]--; lost++ }
    :: atomic { net_can_lose(c2s, M_RE2XX + 2 * ODD) -> c2s[M_RE2XX + 2 * ODD]--; lost++ }
    :: atomic { net_can_lose(c2s, M_RE2XX + 3 * ODD) -> c2s[M_RE2XX + 3 * ODD]--; lost++ }
    :: atomic { net_can_lose(s2c, M_R1XX) -> s2c[M_R1XX]--; lost++ }
    :: atomic { net_can_lose(s2c, M_R2XX) -> s2c[M_R2XX]--; lost++ }
    :: atomic { net_can_lose(s2c, M_REACK) -> s2c[M_REACK]--; lost++ }
    :: atomic { net_can_lose(s2c, M_REACK + ODD) -> s2c[M_REACK + ODD]--; lost++ }
    :: atomic { net_can_lose(s2c, M_REACK + 2 * ODD) -> s2c[M_REACK + 2 * ODD]--; lost++ }
    :: atomic { net_can_lose(s2c, M_REACK + 3 * ODD) -> s2c[M_REACK + 3 * ODD]--; lost++ }
    :: atomic { net_can_lose(s2c, M_RE2XX) -> s2c[M_RE2XX]--; lost++ }
    :: atomic { net_can_lose(s2c, M_RE2XX + ODD) -> s2c[M_RE2XX + ODD]--; lost++ }
    :: atomic { net_can_lose(s2c, M_RE2XX + 2 * ODD) -> s2c[M_RE2XX + 2 * ODD]--; lost++ }
    :: atomic { net_can_lose(s2c, M_RE2XX + 3 * ODD) -> s2c[M_RE2XX + 3 * ODD]--; lost++ }
    od
}

init {
    atomic {
        reliable = false; /* loss and duplication are optional: this covers reliable transports */
        if
        :: SESSION_TIMER != 1 -> session_timer = false
        :: SESSION_TIMER != 0 -> session_timer = true
        fi;
#if START_CONFIRMED
        /* Both sides past the 2xx and its ACK, their session timers running. */
        inv_uac_state = INV_UAC_CONFIRMED; inv_uas_state = INV_UAS_CONFIRMED;
        inv_uac_timer_on[INV_UAC_T_REFRESH] = session_timer; inv_uac_timer_on[INV_UAC_T_EXPIRE] = session_timer;
        inv_uas_timer_on[INV_UAS_T_EXPIRE] = session_timer;
#endif
        /* Guard bits, fixed for the run (a variable: the step masks them). */
        uac_g = (session_timer -> INV_UAC_G_SESSION_TIMER : 0) | INV_UAC_G_REFRESHER;
        uas_g = (session_timer -> INV_UAS_G_SESSION_TIMER : 0);
        run caller();
        run callee()
    }
}

ltl done { <> (inv_uac_state == INV_UAC_TERMINATED &&
               (inv_uas_state == INV_UAS_TERMINATED || inv_uas_state == INV_UAS_IDLE)) }
