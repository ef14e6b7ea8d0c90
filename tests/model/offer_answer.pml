/* Offer/answer end to end: the caller's gen/fsm_offer_answer.pml (A) and
 * the callee's copy of the same spec, renamed oa_b (B; the machine is
 * compiled twice because Promela has one instance per machine), driven by
 * two applications that follow the machines' verdicts, over transactions
 * that deliver every message once, in any order across transactions.
 *
 * The initial INVITE, with or without an offer; the callee may send one
 * reliable 1xx (with or without a session description) and then a 2xx or
 * a 486; the caller PRACKs the 1xx (answering in it if it must, or trying
 * an offer of its own) and ACKs the 2xx (answering in it if it must); each
 * side tries one UPDATE with an offer at any moment of the dialog, which
 * the peer answers (2xx with the answer, or 488) or the peer's machine
 * rejects (491, 500). The callee holds its 2xx until the PRACK of a 1xx
 * with a session description (RFC 3262 §3). When everything is quiet after
 * the ACK, the caller hangs up.
 *
 * Properties, besides no `error` row, no invalid end state, no cycle and
 * `<> done`: no `protocol_error` on either side (the applications follow
 * their machines, so no mandatory answer is ever missing), no send that a
 * machine must allow is refused, and when all is quiet after the ACK both
 * sides are `stable` and have completed the same number of exchanges (an
 * offerer counts the answer it received, an answerer the answer it sent).
 *
 * Each process steps its machine from one place only (the step is ~750
 * alternatives of Promela): a loop iteration picks what happens (`what`),
 * sets the event, steps, and then acts on the machine's verdict. */
#include "fsm_offer_answer.pml"
#include "fsm_oa_b.pml"

/* caller -> callee */
#define M_INV_S   0
#define M_INV_N   1
#define M_PRACK_S 2
#define M_PRACK_N 3
#define M_ACK_S   4
#define M_ACK_N   5
#define M_UPD     6 /* the caller's UPDATE, with an offer */
#define M_UPD_OK  7 /* 2xx with the answer to the callee's UPDATE */
#define M_UPD_NOK 8 /* 488, 491 or 500 to the callee's UPDATE */
#define M_BYE     9
byte a2b[10];
/* callee -> caller */
#define N_REL_S      0
#define N_REL_N      1
#define N_OK_S       2
#define N_OK_N       3
#define N_FAIL       4
#define N_PRACK_OK_S 5
#define N_PRACK_OK_N 6
#define N_PRACK_NOK  7
#define N_UPD        8
#define N_UPD_OK     9
#define N_UPD_NOK    10
byte b2a[11];

#define quiet (a2b[0] + a2b[1] + a2b[2] + a2b[3] + a2b[4] + a2b[5] + a2b[6] + a2b[7] + a2b[8] + \
               b2a[0] + b2a[1] + b2a[2] + b2a[3] + b2a[4] + b2a[5] + b2a[6] + b2a[7] + b2a[8] + \
               b2a[9] + b2a[10] == 0)

#define NOEV 255

/* ---- the callee's state, read by the caller's hang-up ---- */
byte b_ev;
bool b_refused, b_rejected, b_offer_in;
bool b_invited, b_final, b_acked, b_dialog;
bool b_rel_sent, b_rel_sdp, b_pracked; /* the reliable 1xx, its body, its PRACK */
bool b_upd_owed, b_prack_answer_due;
byte b_upd_tries, b_cnt, b_prev;

/* ---- the caller ---- */
byte a_ev;
bool a_refused, a_rejected, a_offer_in;
bool a_final;      /* the INVITE got its final response */
bool a_dialog;     /* a response created the (early) dialog */
bool a_upd_owed;   /* the callee's UPDATE waits for our answer */
bool a_prack_due, a_ack_due;
bool a_rel_sdp;    /* a reliable 1xx with a session description came (guard rel_sdp) */
byte a_upd_tries, a_prack_offers, a_cnt, a_prev;

inline offer_answer_do(a) {
    if
    :: a == OFFER_ANSWER_A_REFUSE -> a_refused = true
    :: a == OFFER_ANSWER_A_REPLY_491 || a == OFFER_ANSWER_A_REPLY_500_RETRY_AFTER -> a_rejected = true
    :: a == OFFER_ANSWER_A_TO_APP_OFFER -> a_offer_in = true
    :: a == OFFER_ANSWER_A_TO_APP_ANSWER -> a_cnt++
    :: a == OFFER_ANSWER_A_PROTOCOL_ERROR -> assert(false)
    :: else -> skip
    fi
}
inline offer_answer_error() { assert(false) }
#define a_live (!OFFER_ANSWER_FINAL(offer_answer_state))
#define A(e) a_ev = OFFER_ANSWER_EV_##e

#define W_NONE      0
#define W_INV_S     1
#define W_INV_N     2
#define W_REL       3
#define W_OK        4
#define W_FAIL      5
#define W_PRACK_OWE 6
#define W_PRACK_TRY 7
#define W_PRACK_N   8
#define W_ACK_S     9
#define W_ACK_N     10
#define W_UPD_IN    11
#define W_UPD_ACC   12
#define W_UPD_REJ   13
#define W_UPD_TRY   14
#define W_BYE       15

proctype caller() {
    byte what;
    do
    :: !a_live -> break
    :: a_live -> atomic {
        what = W_NONE; a_ev = NOEV;
        if
        :: offer_answer_state == OFFER_ANSWER_NONE -> what = W_INV_S; A(TX_INVITE)
        :: offer_answer_state == OFFER_ANSWER_NONE -> what = W_INV_N; A(TX_INVITE_NOSDP)
        :: b2a[N_REL_S] > 0 -> b2a[N_REL_S]--; what = W_REL; a_rel_sdp = true; A(RX_REL1XX)
        :: b2a[N_REL_N] > 0 -> b2a[N_REL_N]--; what = W_REL
        :: b2a[N_OK_S] > 0 -> b2a[N_OK_S]--; what = W_OK; A(RX_2XX)
        :: b2a[N_OK_N] > 0 -> b2a[N_OK_N]--; what = W_OK;
            /* no body: so no offer or answer was owed in it */
            assert(offer_answer_state != OFFER_ANSWER_OFFER_REQUESTED && offer_answer_state != OFFER_ANSWER_LOCAL_INVITE)
        :: b2a[N_FAIL] > 0 -> b2a[N_FAIL]--; what = W_FAIL; A(INVITE_FAILED)
        :: b2a[N_PRACK_OK_S] > 0 -> b2a[N_PRACK_OK_S]--; A(RX_PRACK_2XX)
        :: b2a[N_PRACK_OK_N] > 0 -> b2a[N_PRACK_OK_N]--; assert(offer_answer_state != OFFER_ANSWER_LOCAL_PRACK)
        :: b2a[N_PRACK_NOK] > 0 -> b2a[N_PRACK_NOK]--; A(PRACK_FAILED)
        :: b2a[N_UPD] > 0 -> b2a[N_UPD]--; what = W_UPD_IN; A(RX_UPDATE)
        :: b2a[N_UPD_OK] > 0 -> b2a[N_UPD_OK]--; A(RX_UPDATE_2XX)
        :: b2a[N_UPD_NOK] > 0 -> b2a[N_UPD_NOK]--; A(UPDATE_FAILED)
        /* the application: PRACK (the answer if owed, RFC 3262 §5; else
         * perhaps an offer), ACK (the answer if the 2xx had an offer),
         * answers to the callee's UPDATE, one UPDATE of its own, BYE */
        :: a_prack_due && offer_answer_state == OFFER_ANSWER_REMOTE_1XX -> a_prack_due = false; what = W_PRACK_OWE; A(TX_PRACK)
        /* (an offer of its own only from stable, as fsip_call_prack_offer
         * allows, and refused there too until a reliable 1xx carried a
         * description (rel_sdp): a refused one goes as a bodiless PRACK;
         * elsewhere tx_prack is refused and changes nothing, which
         * tests/table fsm_vectors checks for every refusing row) */
        :: a_prack_due && offer_answer_state == OFFER_ANSWER_STABLE && a_prack_offers < 1 ->
            a_prack_due = false; a_prack_offers++; what = W_PRACK_TRY; A(TX_PRACK)
        :: a_prack_due && offer_answer_state != OFFER_ANSWER_REMOTE_1XX -> a_prack_due = false; what = W_PRACK_N
        :: a_ack_due && offer_answer_state == OFFER_ANSWER_REMOTE_2XX -> a_ack_due = false; what = W_ACK_S; A(TX_ACK)
        :: a_ack_due && offer_answer_state != OFFER_ANSWER_REMOTE_2XX -> a_ack_due = false; what = W_ACK_N
        :: a_upd_owed -> a_upd_owed = false; what = W_UPD_ACC; A(TX_UPDATE_2XX)
        :: a_upd_owed -> a_upd_owed = false; what = W_UPD_REJ; A(UPDATE_FAILED)
        :: a_dialog && a_upd_tries < 1 -> a_upd_tries++; what = W_UPD_TRY; A(TX_UPDATE)
        :: a_final && b_acked && quiet && !a_upd_owed && !b_upd_owed && !a_prack_due && !b_prack_answer_due ->
            assert(offer_answer_state == OFFER_ANSWER_STABLE && oa_b_state == OA_B_STABLE);
            assert(a_cnt == b_cnt);
            what = W_BYE; A(DIALOG_ENDED)
        fi;
        a_refused = false; a_rejected = false; a_offer_in = false; a_prev = offer_answer_state;
        if
        :: a_ev != NOEV ->
            /* (one parenthesised argument: an inline substitutes its text) */
            offer_answer_step(a_ev, ((a_final -> 0 : OFFER_ANSWER_G_EARLY) | (a_rel_sdp -> OFFER_ANSWER_G_REL_SDP : 0)))
        :: else -> skip
        fi;
        if /* we sent the answer */
        :: offer_answer_state == OFFER_ANSWER_STABLE && a_ev >= OFFER_ANSWER_EV_TX_INVITE && a_ev <= OFFER_ANSWER_EV_TX_UPDATE_2XX &&
           (a_prev == OFFER_ANSWER_REMOTE_INVITE || a_prev == OFFER_ANSWER_REMOTE_1XX || a_prev == OFFER_ANSWER_REMOTE_2XX ||
            a_prev == OFFER_ANSWER_REMOTE_PRACK || a_prev == OFFER_ANSWER_REMOTE_UPDATE) -> a_cnt++
        :: else -> skip
        fi;
        if
        :: what == W_INV_S -> a2b[M_INV_S]++
        :: what == W_INV_N -> a2b[M_INV_N]++
        :: what == W_REL -> a_dialog = true; a_prack_due = true
        :: what == W_OK -> a_dialog = true; a_final = true; a_ack_due = true
        :: what == W_FAIL -> a_final = true
        :: what == W_PRACK_OWE -> assert(!a_refused); a2b[M_PRACK_S]++
        :: what == W_PRACK_TRY && a_refused -> a2b[M_PRACK_N]++
        :: what == W_PRACK_TRY && !a_refused -> a2b[M_PRACK_S]++
        :: what == W_PRACK_N -> a2b[M_PRACK_N]++
        :: what == W_ACK_S -> assert(!a_refused); a2b[M_ACK_S]++
        :: what == W_ACK_N -> a2b[M_ACK_N]++
        :: what == W_UPD_IN && a_rejected -> a2b[M_UPD_NOK]++
        :: what == W_UPD_IN && !a_rejected -> assert(a_offer_in); a_upd_owed = true
        :: what == W_UPD_ACC -> assert(!a_refused); a2b[M_UPD_OK]++
        :: what == W_UPD_REJ -> a2b[M_UPD_NOK]++
        :: what == W_UPD_TRY && !a_refused -> a2b[M_UPD]++
        :: what == W_UPD_TRY && a_refused -> skip
        :: what == W_BYE -> a2b[M_BYE]++
        :: what == W_NONE -> skip
        fi }
    od
}

/* ---- the callee ---- */
inline oa_b_do(a) {
    if
    :: a == OA_B_A_REFUSE -> b_refused = true
    :: a == OA_B_A_REPLY_491 || a == OA_B_A_REPLY_500_RETRY_AFTER -> b_rejected = true
    :: a == OA_B_A_TO_APP_OFFER -> b_offer_in = true
    :: a == OA_B_A_TO_APP_ANSWER -> b_cnt++
    :: a == OA_B_A_PROTOCOL_ERROR -> assert(false)
    :: else -> skip
    fi
}
inline oa_b_error() { assert(false) }
#define b_live (!OA_B_FINAL(oa_b_state))
#define B(e) b_ev = OA_B_EV_##e
/* The offer or the answer is owed in the next reliable response. */
#define b_owes (oa_b_state == OA_B_OFFER_OWED || oa_b_state == OA_B_REMOTE_INVITE)

#define V_NONE      0
#define V_INV       1
#define V_REL_S     2
#define V_REL_N     3
#define V_OK_S      4
#define V_OK_N      5
#define V_FAIL      6
#define V_PRACK     7
#define V_PRACK_N   8
#define V_PRACK_ANS 9
#define V_ACK       10
#define V_UPD_IN    11
#define V_UPD_ACC   12
#define V_UPD_REJ   13
#define V_UPD_TRY   14

proctype callee() {
    byte what;
    do
    :: !b_live -> break
    :: b_live -> atomic {
        what = V_NONE; b_ev = NOEV;
        if
        :: a2b[M_INV_S] > 0 -> a2b[M_INV_S]--; what = V_INV; B(RX_INVITE)
        :: a2b[M_INV_N] > 0 -> a2b[M_INV_N]--; what = V_INV; B(RX_INVITE_NOSDP)
        /* the application answers the INVITE: one reliable 1xx, then a
         * 2xx (held until the PRACK of a 1xx with a body) or a 486 */
        :: b_invited && !b_final && !b_rel_sent -> what = V_REL_S; B(TX_REL1XX)
        :: b_invited && !b_final && !b_rel_sent -> what = V_REL_N
        :: b_invited && !b_final && !(b_rel_sent && b_rel_sdp && !b_pracked) && b_owes -> what = V_OK_S; B(TX_2XX)
        :: b_invited && !b_final && !(b_rel_sent && b_rel_sdp && !b_pracked) && !b_owes -> what = V_OK_N
        :: b_invited && !b_final -> what = V_FAIL; B(INVITE_FAILED)
        /* the caller's requests and responses */
        :: a2b[M_PRACK_S] > 0 -> a2b[M_PRACK_S]--; what = V_PRACK; B(RX_PRACK)
        :: a2b[M_PRACK_N] > 0 -> a2b[M_PRACK_N]--; what = V_PRACK_N; B(RX_PRACK_NOSDP)
        :: b_prack_answer_due -> b_prack_answer_due = false; what = V_PRACK_ANS; B(TX_PRACK_2XX)
        :: a2b[M_ACK_S] > 0 -> a2b[M_ACK_S]--; what = V_ACK; B(RX_ACK)
        :: a2b[M_ACK_N] > 0 -> a2b[M_ACK_N]--; what = V_ACK; B(RX_ACK_NOSDP)
        :: a2b[M_UPD] > 0 -> a2b[M_UPD]--; what = V_UPD_IN; B(RX_UPDATE)
        :: a2b[M_UPD_OK] > 0 -> a2b[M_UPD_OK]--; B(RX_UPDATE_2XX)
        :: a2b[M_UPD_NOK] > 0 -> a2b[M_UPD_NOK]--; B(UPDATE_FAILED)
        :: a2b[M_BYE] > 0 -> a2b[M_BYE]--; B(DIALOG_ENDED)
        /* the application's UPDATEs */
        :: b_upd_owed -> b_upd_owed = false; what = V_UPD_ACC; B(TX_UPDATE_2XX)
        :: b_upd_owed -> b_upd_owed = false; what = V_UPD_REJ; B(UPDATE_FAILED)
        :: b_dialog && b_upd_tries < 1 -> b_upd_tries++; what = V_UPD_TRY; B(TX_UPDATE)
        fi;
        b_refused = false; b_rejected = false; b_offer_in = false; b_prev = oa_b_state;
        if
        :: b_ev != NOEV -> oa_b_step(b_ev, (b_final -> 0 : OA_B_G_EARLY))
        :: else -> skip
        fi;
        if /* we sent the answer */
        :: oa_b_state == OA_B_STABLE && b_ev >= OA_B_EV_TX_INVITE && b_ev <= OA_B_EV_TX_UPDATE_2XX &&
           (b_prev == OA_B_REMOTE_INVITE || b_prev == OA_B_REMOTE_1XX || b_prev == OA_B_REMOTE_2XX ||
            b_prev == OA_B_REMOTE_PRACK || b_prev == OA_B_REMOTE_UPDATE) -> b_cnt++
        :: else -> skip
        fi;
        if
        :: what == V_INV -> b_invited = true
        :: what == V_REL_S -> assert(!b_refused); b_rel_sent = true; b_rel_sdp = true; b_dialog = true; b2a[N_REL_S]++
        :: what == V_REL_N -> b_rel_sent = true; b_dialog = true; b2a[N_REL_N]++
        :: what == V_OK_S -> assert(!b_refused); b_final = true; b_dialog = true; b2a[N_OK_S]++
        :: what == V_OK_N -> b_final = true; b_dialog = true; b2a[N_OK_N]++
        :: what == V_FAIL -> b_final = true; b2a[N_FAIL]++
        :: what == V_PRACK && b_rejected -> b_pracked = true; b2a[N_PRACK_NOK]++
        :: what == V_PRACK && !b_rejected && oa_b_state == OA_B_REMOTE_PRACK -> b_pracked = true; b_prack_answer_due = true
        :: what == V_PRACK && !b_rejected && oa_b_state != OA_B_REMOTE_PRACK -> b_pracked = true; b2a[N_PRACK_OK_N]++
        :: what == V_PRACK_N -> b_pracked = true; b2a[N_PRACK_OK_N]++
        :: what == V_PRACK_ANS -> assert(!b_refused); b2a[N_PRACK_OK_S]++
        :: what == V_ACK -> b_acked = true
        :: what == V_UPD_IN && b_rejected -> b2a[N_UPD_NOK]++
        :: what == V_UPD_IN && !b_rejected -> assert(b_offer_in); b_upd_owed = true
        :: what == V_UPD_ACC -> assert(!b_refused); b2a[N_UPD_OK]++
        :: what == V_UPD_REJ -> b2a[N_UPD_NOK]++
        :: what == V_UPD_TRY && !b_refused -> b2a[N_UPD]++
        :: what == V_UPD_TRY && b_refused -> skip
        :: what == V_NONE -> skip
        fi }
    od
}

init {
    atomic {
        run caller();
        run callee()
    }
}

ltl done { <> (offer_answer_state == OFFER_ANSWER_CLOSED && oa_b_state == OA_B_CLOSED) }
