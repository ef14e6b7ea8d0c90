/* UPDATE both ways (RFC 3311 §5): A's gen/fsm_update.pml against B's copy
 * of the same spec compiled as machine upd_b, over transactions that
 * deliver every request and its one final response, in any order across
 * transactions, timers firing in any order.
 *
 * Each application sends one UPDATE (retried after 491 or 500), only when its machine is idle
 * or answering the peer's (the runtime refuses otherwise: `error` rows).
 * A received UPDATE that the machine passes up is answered by the
 * application (2xx) or by offer_answer's verdict, chosen freely: 488, 491
 * (crossing offers) or 500 with Retry-After; or the answer timer fires
 * (504). The caller (A) may hang up at any moment; the BYE ends B's dialog
 * when it arrives; messages to an ended dialog are dropped.
 *
 * Properties: no `error` row (no response reaches a machine that has no
 * UPDATE outstanding, no timer fires where it cannot), every UPDATE passed
 * up is answered exactly once, no invalid end state, both machines end in
 * `terminated`, no cycle, `<> done`. */
#define UPDATE_FIRE_MAX_GLARE 1
#define UPDATE_FIRE_MAX_RETRY 1
#define UPDATE_FIRE_MAX_ANSWER 1
#define UPD_B_FIRE_MAX_GLARE 1
#define UPD_B_FIRE_MAX_RETRY 1
#define UPD_B_FIRE_MAX_ANSWER 1
#include "fsm_update.pml"
#include "fsm_upd_b.pml"

#define REQ  0 /* UPDATE */
#define R2XX 1
#define R491 2
#define R500 3
#define RNOK 4 /* 488, 504, or 487 after the BYE */
#define BYE  5
byte a2b[6], b2a[6]; /* a2b: from A to B, b2a: from B to A */

/* ---- A ---- */
byte a_ev, a_sent, a_what;
bool a_500;          /* the machine answered the UPDATE with 500 itself */
bool a_up;           /* it passed the UPDATE up: an answer is owed */
byte a_owed;         /* UPDATEs passed up and not yet answered */

inline update_do(a) {
    if
    :: a == UPDATE_A_SEND_UPDATE -> a2b[REQ]++
    :: a == UPDATE_A_TO_APP_UPDATE -> a_up = true; a_owed++
    :: a == UPDATE_A_REPLY_2XX -> assert(a_owed > 0); a_owed--; a2b[R2XX]++ /* the response goes back */
    :: a == UPDATE_A_REPLY_NON2XX || a == UPDATE_A_REPLY_504 || a == UPDATE_A_REPLY_487 ->
        assert(a_owed > 0); a_owed--; a2b[RNOK]++
    :: a == UPDATE_A_REPLY_500_RETRY_AFTER -> a_500 = true; a2b[R500]++
    :: else -> skip
    fi
}
inline update_error() { assert(false) }
#define a_live (!UPDATE_FINAL(update_state))

/* What A's non-2xx to a passed-up UPDATE was: 488, 491 or 500 (chosen by
 * offer_answer in the real stack). */
byte a_nok;

proctype pa() {
    do
    :: !a_live -> break
    :: a_live -> atomic {
        a_what = 0; a_500 = false; a_up = false;
        if
        :: update_any_timer -> update_fire(a_ev)
        :: b2a[REQ] > 0 -> b2a[REQ]--; a_ev = UPDATE_EV_RX_UPDATE   /* B's UPDATE */
        :: b2a[R2XX] > 0 -> b2a[R2XX]--; a_ev = UPDATE_EV_RX_2XX
        :: b2a[R491] > 0 -> b2a[R491]--; a_ev = UPDATE_EV_RX_491
        :: b2a[R500] > 0 -> b2a[R500]--; a_ev = UPDATE_EV_RX_500
        :: b2a[RNOK] > 0 -> b2a[RNOK]--; a_ev = UPDATE_EV_RX_FAILURE
        :: a_sent < 1 && (update_state == UPDATE_IDLE || update_state == UPDATE_UAS) ->
            a_sent++; a_ev = UPDATE_EV_APP_UPDATE
        :: a_owed > 0 -> a_ev = UPDATE_EV_APP_ACCEPT
        :: a_owed > 0 -> a_ev = UPDATE_EV_APP_REJECT; a_what = 1 /* 488 */
        :: a_owed > 0 -> a_ev = UPDATE_EV_APP_REJECT; a_what = 2 /* 491 */
        :: a_owed > 0 -> a_ev = UPDATE_EV_APP_REJECT; a_what = 3 /* 500 */
        :: true -> a_ev = UPDATE_EV_DIALOG_ENDED; a2b[BYE]++ /* hang up */
        fi;
        update_step(a_ev, 0);
        /* A non-2xx of the application: the kind the peer sees. */
        if
        :: a_what == 2 -> a2b[RNOK]--; a2b[R491]++
        :: a_what == 3 -> a2b[RNOK]--; a2b[R500]++
        :: else -> skip
        fi }
    od;
    assert(update_state == UPDATE_TERMINATED)
}

/* ---- B ---- */
byte b_ev, b_sent, b_what;
byte b_owed;

inline upd_b_do(a) {
    if
    :: a == UPD_B_A_SEND_UPDATE -> b2a[REQ]++
    :: a == UPD_B_A_TO_APP_UPDATE -> b_owed++
    :: a == UPD_B_A_REPLY_2XX -> assert(b_owed > 0); b_owed--; b2a[R2XX]++
    :: a == UPD_B_A_REPLY_NON2XX || a == UPD_B_A_REPLY_504 || a == UPD_B_A_REPLY_487 ->
        assert(b_owed > 0); b_owed--; b2a[RNOK]++
    :: a == UPD_B_A_REPLY_500_RETRY_AFTER -> b2a[R500]++
    :: else -> skip
    fi
}
inline upd_b_error() { assert(false) }
#define b_live (!UPD_B_FINAL(upd_b_state))

proctype pb() {
    do
    :: !b_live -> break
    :: b_live -> atomic {
        b_what = 0;
        if
        :: upd_b_any_timer -> upd_b_fire(b_ev)
        :: a2b[BYE] > 0 -> a2b[BYE]--; b_ev = UPD_B_EV_DIALOG_ENDED
        :: a2b[REQ] > 0 -> a2b[REQ]--; b_ev = UPD_B_EV_RX_UPDATE   /* A's UPDATE */
        :: a2b[R2XX] > 0 -> a2b[R2XX]--; b_ev = UPD_B_EV_RX_2XX
        :: a2b[R491] > 0 -> a2b[R491]--; b_ev = UPD_B_EV_RX_491
        :: a2b[R500] > 0 -> a2b[R500]--; b_ev = UPD_B_EV_RX_500
        :: a2b[RNOK] > 0 -> a2b[RNOK]--; b_ev = UPD_B_EV_RX_FAILURE
        :: b_sent < 1 && (upd_b_state == UPD_B_IDLE || upd_b_state == UPD_B_UAS) ->
            b_sent++; b_ev = UPD_B_EV_APP_UPDATE
        :: b_owed > 0 -> b_ev = UPD_B_EV_APP_ACCEPT
        :: b_owed > 0 -> b_ev = UPD_B_EV_APP_REJECT; b_what = 1
        :: b_owed > 0 -> b_ev = UPD_B_EV_APP_REJECT; b_what = 2
        :: b_owed > 0 -> b_ev = UPD_B_EV_APP_REJECT; b_what = 3
        fi;
        upd_b_step(b_ev, 0);
        if
        :: b_what == 2 -> b2a[RNOK]--; b2a[R491]++
        :: b_what == 3 -> b2a[RNOK]--; b2a[R500]++
        :: else -> skip
        fi }
    od;
    assert(upd_b_state == UPD_B_TERMINATED)
}

init {
    atomic {
        run pa();
        run pb()
    }
}

ltl done { <> (update_state == UPDATE_TERMINATED && upd_b_state == UPD_B_TERMINATED) }
