/* The implicit subscription of a REFER end to end: the transferor's
 * gen/fsm_refer_sub.pml (subscriber) against the transferee's
 * gen/fsm_refer_notify.pml (notifier), each fed the way runtime/call_refer.c
 * feeds it (RFC 3515 §2.4, RFC 6665 §4.1, §4.2, RFC 4488 §4, RFC 5057 §5.1).
 *
 * The transferor sends one REFER, asking for no subscription or not
 * (Refer-Sub: false, RFC 4488 §4). The transferee's application accepts
 * it, accepts it without a subscription (only when it was asked), or
 * rejects it, inside the REFER's callback. Accepting places the referred
 * call, which reports up to MAXPROV provisional statuses and then a final
 * one, or never answers.
 *
 * Each request goes through a non-INVITE client transaction: on an
 * unreliable transport the network may lose the request or its response
 * (at most MAXLOSS copies per run); the transaction retransmits, and after
 * NICT_TRIES lost copies it times out (RFC 3261 §17.1.2.2, Timer F), which
 * the runtime turns into rx_failure (REFER) or notify_gone (NOTIFY). A send
 * may also fail in the transport (MAXTERR). Retransmitted requests are
 * absorbed by the peer's server transaction, so each machine hears a
 * request at most once. Transactions are independent: NOTIFYs may overtake
 * the REFER's response (RFC 6665 §4.1.2.4). A NOTIFY that reaches a
 * subscriber whose instance is gone gets 481 (RFC 6665 §4.1.3); a REFER
 * that reaches an ended dialog gets 481. The dialog may end at any moment,
 * each side hearing dialog_ended when its own copy goes, or never (a
 * subscription usage keeps its dialog, RFC 5057 §5: it must end by
 * itself). Timers fire in any order where running.
 *
 * Properties, besides no `error` row (an assertion), no invalid end state,
 * no cycle and `<> done`:
 *   - the transferor's application hears exactly one outcome (to_app_result,
 *     to_app_no_result, to_app_refer_failed, to_app_no_sub, to_app_timeout
 *     or to_app_gone), and nothing after it; ACCEPTED at most once;
 *   - the transferee's application hears to_app_done exactly once (when
 *     the REFER reached it);
 *   - both subscription instances end in `terminated`;
 *   - the notifier never has two NOTIFYs outstanding and sends nothing
 *     after its terminating NOTIFY (RFC 3515 §2.4.7);
 *   - every NOTIFY the subscriber's machine hears is answered with 200;
 *   - a result is reported only for a referred call that got its final
 *     status, no_sub only when no subscription was asked for.
 *
 * In half the runs (any_notifier) the subscriber faces any notifier RFC
 * 3515 allows: each NOTIFY, the first included, may carry any status and
 * terminate the subscription or not (an active NOTIFY with a final
 * sipfrag, a terminating one before the final status), which reaches the
 * subscriber's rows that fsip's notifier never feeds it. Together the two
 * halves take every row of both machines that is not `error`. */
#define REFER_SUB_FIRE_MAX_N 1
#ifndef MAXLOSS
#define MAXLOSS 2
#endif
#ifndef MAXPROV
#define MAXPROV 2 /* provisional statuses of the referred call */
#endif
#define NICT_TRIES 2 /* copies of a request a transaction sends before Timer F */
#include "net.pml"
#include "fsm_refer_sub.pml"
#include "fsm_refer_notify.pml"

/* The REFER's client transaction (at the transferor). */
#define R_REQ  1 /* the REFER is in flight */
#define R_RESP 2 /* its final response is in flight: refer_resp */
#define R_FAIL 3 /* it timed out or failed: rx_failure */
#define R_DONE 4
byte refer_stage = R_REQ, refer_tries;
byte refer_resp;      /* REFER_SUB_EV_RX_2XX, _RX_2XX_NOSUB or _RX_FAILURE */
bool no_sub_asked;    /* the REFER carried Refer-Sub: false */
bool any_notifier;    /* each NOTIFY's content is free (see above) */

/* The NOTIFY's client transaction (at the transferee): one at a time. */
#define N_NONE 0
#define N_REQ  1 /* in flight: nt_kind */
#define N_RESP 2 /* its response in flight: 481 when nt_gone, else 200 */
#define N_FAIL 3 /* timed out or failed */
byte nt_stage, nt_tries;
byte nt_kind;         /* the subscriber's event: REFER_SUB_EV_RX_NOTIFY, _TERM_FINAL, _TERM */
bool nt_gone;
bool nt_sendfail;     /* the last send failed in the transport: notify_gone now */
bool final_sent;      /* the terminating NOTIFY went out */

bool dlg_may_end;     /* chosen at the start: a run without the dialog's end too */
bool dlg_end;         /* the dialog is being destroyed (both sides hear it) */
bool ntf_absent;      /* the REFER never created a notifier */

/* The referred call. */
bool call_started, call_final_seen;
byte prov;

/* ---- the transferor: refer_sub ---- */
byte sub_ev;
byte sub_done;        /* outcomes told to the application */
byte sub_accepted;
bool sub_replied;     /* the NOTIFY being processed was answered */

#define SUB_NOTIFY(e) ((e) == REFER_SUB_EV_RX_NOTIFY || (e) == REFER_SUB_EV_RX_NOTIFY_FINAL || \
                       (e) == REFER_SUB_EV_RX_NOTIFY_TERM_FINAL || (e) == REFER_SUB_EV_RX_NOTIFY_TERM)

inline refer_sub_do(a) {
    if
    :: a == REFER_SUB_A_REPLY_200 -> assert(SUB_NOTIFY(sub_ev) && !sub_replied); sub_replied = true
    :: a == REFER_SUB_A_TO_APP_ACCEPTED -> assert(sub_done == 0); sub_accepted++; assert(sub_accepted == 1)
    :: a == REFER_SUB_A_TO_APP_PROGRESS -> assert(sub_done == 0)
    :: a == REFER_SUB_A_TO_APP_RESULT -> assert(sub_done == 0 && (any_notifier || call_final_seen)); sub_done++
    :: a == REFER_SUB_A_TO_APP_NO_SUB -> assert(sub_done == 0 && no_sub_asked); sub_done++
    :: a == REFER_SUB_A_TO_APP_NO_RESULT || a == REFER_SUB_A_TO_APP_REFER_FAILED ||
       a == REFER_SUB_A_TO_APP_TIMEOUT || a == REFER_SUB_A_TO_APP_GONE ->
        assert(sub_done == 0); sub_done++
    :: else -> skip
    fi
}
inline refer_sub_error() { assert(false) }
#define sub_live (!REFER_SUB_FINAL(refer_sub_state))

proctype sub() {
    do
    :: !sub_live -> break
    :: atomic {
        if
        :: sub_live && refer_sub_any_timer -> refer_sub_fire(sub_ev)
        :: sub_live && refer_stage == R_RESP -> refer_stage = R_DONE; refer_tries = 0; sub_ev = refer_resp; refer_resp = 0
        :: sub_live && refer_stage == R_FAIL -> refer_stage = R_DONE; refer_tries = 0;
            sub_ev = REFER_SUB_EV_RX_FAILURE
        :: sub_live && nt_stage == N_REQ -> nt_stage = N_RESP; nt_gone = false; sub_ev = nt_kind; nt_kind = 0
        :: sub_live && dlg_end -> sub_ev = REFER_SUB_EV_DIALOG_ENDED
        fi;
        sub_replied = false;
        refer_sub_step(sub_ev, 0);
        /* call_refer.c answers 200 to a NOTIFY a row absorbed; none may. */
        assert(!SUB_NOTIFY(sub_ev) || sub_replied);
        sub_ev = 0; sub_replied = false } /* dead: fewer states */
    od;
    assert(refer_sub_state == REFER_SUB_TERMINATED && sub_done == 1)
}

/* ---- the transferee: refer_notify and the referred call ---- */
byte ntf_ev;
byte ntf_done;
bool accept_nosub;    /* the application accepted without a subscription */

inline send_notify(kind) {
    assert(nt_stage == N_NONE && !final_sent); /* one at a time, none after the last */
    if
    :: !any_notifier -> nt_kind = kind
    :: any_notifier -> nt_kind = REFER_SUB_EV_RX_NOTIFY
    :: any_notifier -> nt_kind = REFER_SUB_EV_RX_NOTIFY_FINAL
    :: any_notifier -> nt_kind = REFER_SUB_EV_RX_NOTIFY_TERM_FINAL
    :: any_notifier -> nt_kind = REFER_SUB_EV_RX_NOTIFY_TERM
    fi;
    if
    :: nt_stage = N_REQ
    :: terrs < MAXTERR -> terrs++; nt_sendfail = true
    fi
}

inline refer_notify_do(a) {
    if
    :: a == REFER_NOTIFY_A_REPLY_202 ->
        refer_resp = (accept_nosub -> REFER_SUB_EV_RX_2XX_NOSUB : REFER_SUB_EV_RX_2XX);
        refer_stage = R_RESP
    :: a == REFER_NOTIFY_A_REPLY_REJECT -> refer_resp = REFER_SUB_EV_RX_FAILURE; refer_stage = R_RESP
    :: a == REFER_NOTIFY_A_START_CALL -> assert(!call_started); call_started = true
    :: a == REFER_NOTIFY_A_SEND_NOTIFY -> send_notify(REFER_SUB_EV_RX_NOTIFY)
    :: a == REFER_NOTIFY_A_SEND_FINAL ->
        /* call_refer.c: the latest status, final once the call has one. */
        send_notify((call_final_seen -> REFER_SUB_EV_RX_NOTIFY_TERM_FINAL : REFER_SUB_EV_RX_NOTIFY_TERM));
        final_sent = true
    :: a == REFER_NOTIFY_A_TO_APP_DONE -> assert(ntf_done == 0); ntf_done++
    :: else -> skip
    fi
}
inline refer_notify_error() { assert(false) }
#define ntf_live (!REFER_NOTIFY_FINAL(refer_notify_state))

/* One step, then the event a failed send queued (call_refer.c runs the
 * queue before it returns). */
inline ntf_step(ev) {
    refer_notify_step(ev, 0);
    if
    :: nt_sendfail -> nt_sendfail = false; ev = REFER_NOTIFY_EV_NOTIFY_GONE;
        if :: ntf_live -> refer_notify_step(ev, 0) :: else -> skip fi
    :: else -> skip
    fi
}

proctype ntf() {
    atomic {
        if
        :: ntf_absent -> goto out
        :: refer_stage == R_REQ ->
            if
            :: dlg_end -> /* the dialog is gone here already: 481 */
                refer_resp = REFER_SUB_EV_RX_FAILURE; refer_stage = R_RESP; ntf_absent = true;
                goto out
            :: true ->
                if
                :: ntf_ev = REFER_NOTIFY_EV_APP_ACCEPT
                :: no_sub_asked -> ntf_ev = REFER_NOTIFY_EV_APP_ACCEPT_NOSUB; accept_nosub = true
                :: ntf_ev = REFER_NOTIFY_EV_APP_REJECT
                fi;
                ntf_step(ntf_ev)
            fi
        fi }
    do
    :: !ntf_live -> break
    :: atomic {
        if
        :: ntf_live && refer_notify_any_timer -> refer_notify_fire(ntf_ev)
        :: ntf_live && call_started && !call_final_seen && prov < MAXPROV -> prov++;
            ntf_ev = REFER_NOTIFY_EV_CALL_PROGRESS
        :: ntf_live && call_started && !call_final_seen -> call_final_seen = true; prov = 0;
            ntf_ev = REFER_NOTIFY_EV_CALL_FINAL
        :: ntf_live && nt_stage == N_RESP -> nt_stage = N_NONE; nt_tries = 0;
            ntf_ev = (nt_gone -> REFER_NOTIFY_EV_NOTIFY_GONE : REFER_NOTIFY_EV_NOTIFY_DONE); nt_gone = false
        :: ntf_live && nt_stage == N_FAIL -> nt_stage = N_NONE; nt_tries = 0;
            ntf_ev = REFER_NOTIFY_EV_NOTIFY_GONE
        :: ntf_live && dlg_end -> ntf_ev = REFER_NOTIFY_EV_DIALOG_ENDED
        fi;
        ntf_step(ntf_ev);
        ntf_ev = 0 }
    od;
    assert(refer_notify_state == REFER_NOTIFY_TERMINATED && ntf_done == 1);
out:
    skip
}

/* ---- the network, the transactions' timeouts, the dialog's end ---- */
#define can_lose (!reliable && lost < MAXLOSS)

active proctype net() {
end_net:
    do
    /* A copy of the REFER or of its response lost; the last one: Timer F. */
    :: atomic { can_lose && refer_stage == R_REQ -> lost++; refer_tries++;
        if :: refer_tries == NICT_TRIES -> refer_stage = R_FAIL; ntf_absent = true :: else -> skip fi }
    :: atomic { can_lose && refer_stage == R_RESP -> lost++; refer_tries++;
        if :: refer_tries == NICT_TRIES -> refer_stage = R_FAIL :: else -> skip fi }
    /* The same for the NOTIFY. */
    :: atomic { can_lose && (nt_stage == N_REQ || nt_stage == N_RESP) -> lost++; nt_tries++;
        if :: nt_tries == NICT_TRIES -> nt_stage = N_FAIL :: else -> skip fi }
    /* A NOTIFY for an instance that is gone: 481 (RFC 6665 §4.1.3). */
    :: atomic { !sub_live && nt_stage == N_REQ -> nt_stage = N_RESP; nt_kind = 0; nt_gone = true }
    /* The REFER's outcome after the instance is gone: nobody hears it. */
    :: atomic { !sub_live && (refer_stage == R_RESP || refer_stage == R_FAIL) -> refer_stage = R_DONE; refer_resp = 0 }
    /* The dialog ends (BYE and no usage left, or the UA shuts down). */
    :: atomic { dlg_may_end && !dlg_end && (sub_live || (!ntf_absent && ntf_live)) -> dlg_end = true }
    od
}

init {
    atomic {
        if :: reliable = false :: reliable = true fi;
        if :: no_sub_asked = false :: no_sub_asked = true fi;
        if :: any_notifier = false :: any_notifier = true fi;
        /* A subscription usage keeps the dialog (RFC 5057 §5): it must
         * end by itself when nothing ends the dialog. */
        if :: dlg_may_end = false :: dlg_may_end = true fi;
        /* The REFER's send may fail in the transport. */
        if :: skip :: terrs++; refer_stage = R_FAIL; ntf_absent = true fi;
        run sub();
        run ntf()
    }
}

ltl done { <> (refer_sub_state == REFER_SUB_TERMINATED &&
               (ntf_absent || refer_notify_state == REFER_NOTIFY_TERMINATED)) }
