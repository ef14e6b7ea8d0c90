/* Reliable provisional responses end to end: the UAS core with
 * gen/fsm_rel1xx_uas.pml and its application, against the UAC core with
 * gen/fsm_rel1xx_uac.pml, over a lossy, duplicating, reordering network,
 * timers firing in any order (RFC 3262 §3, §4).
 *
 * The application sends up to two reliable 1xx (each with or without a
 * session description, RSeq 1 and 2), then a 2xx or a non-2xx at any
 * moment, and the INVITE server transaction may end at any moment after
 * the final response. The final response itself is not lost: the INVITE
 * transactions retransmit it (tests/model/ict_ist.pml checks that part).
 * A PRACK may be lost (its client transaction times out) but not
 * duplicated (the server transaction absorbs retransmissions).
 *
 * Properties, besides no `error` row, no invalid end state, no cycle and
 * `<> done`:
 *   - the UAS never has two unacknowledged reliable 1xx (§3 MUST NOT);
 *   - it never sends a 2xx while a 1xx with a session description is
 *     unacknowledged (§3, §5 MUST NOT);
 *   - it sends no new reliable 1xx after the final response (§3 MUST NOT);
 *   - the UAC PRACKs in RSeq order and passes each 1xx up at most once
 *     ("retransmissions of that response MUST be discarded", §4);
 *   - a PRACK matching the outstanding 1xx always gets a 2xx (§3): here,
 *     or (a PRACK with a new offer, guard `offer`, chosen freely) from the
 *     update machine once the application answers (§5, prack_held; that
 *     machine is tests/model/update.pml's). Either way it acknowledges
 *     the 1xx;
 *   - a PRACK with an offer may instead be rejected once per 1xx (an offer
 *     crossing an exchange in progress: fsip answers 491 or 500 before
 *     any rel1xx_uas row, RFC 3311 §5.2) and acknowledges nothing; the UAC
 *     then PRACKs the same 1xx again without the offer (prack_rejected,
 *     fed only when that 1xx is still the last in-order one), and that
 *     PRACK is never rejected. */
#define REL1XX_UAS_FIRE_MAX_RETX 2 /* 6 fit in 64*T1; 2 keep the model small */
#include "net.pml"
#include "fsm_rel1xx_uas.pml"
#include "fsm_rel1xx_uac.pml"

#define R1    1 /* s2c: the reliable 1xx with RSeq 1, 2 */
#define R2    2
#define FINAL 0 /* s2c: the final response to the INVITE */
#define P1    1 /* c2s: PRACK for RSeq 1, 2 */
#define P2    2
byte s2c[3], c2s[3];
byte c2s_plain[3]; /* c2s: the PRACK again without the offer, for RSeq 1, 2 */
byte s2c_rej[3];   /* s2c: the rejection of a PRACK for RSeq 1, 2 (not lost) */

/* ---- UAS: rel1xx_uas and its application ---- */
byte uas_ev;
byte sent;        /* RSeq of the last reliable 1xx sent (0: none) */
byte queue;       /* reliable 1xx waiting for the outstanding one's PRACK */
byte app_n;       /* reliable 1xx the application asked for */
bool sdp[3];      /* the 1xx with that RSeq (or the queued one, [0]) has a body */
bool acked[3];    /* that 1xx was PRACKed */
bool held;        /* a 2xx waits for a PRACK */
bool final_sent;
byte prack;       /* RSeq of the PRACK being processed */
bool offer;       /* it carries a new offer (RFC 3262 §5) */
bool rejected[3]; /* a PRACK for that RSeq was rejected */
bool reject;      /* the PRACK being processed is rejected (no row) */

#define unacked (sent > 0 && !acked[sent])

inline rel1xx_uas_do(a) {
    if
    :: a == REL1XX_UAS_A_SEND_1XX || a == REL1XX_UAS_A_SEND_QUEUED ->
        assert(!unacked && !final_sent);             /* §3: one at a time, none after a final */
        if :: a == REL1XX_UAS_A_SEND_QUEUED -> assert(queue > 0); queue--; sdp[sent + 1] = sdp[0]
           :: else -> skip fi;
        sent++; net_send(s2c, sent)
    :: a == REL1XX_UAS_A_QUEUE_1XX -> assert(unacked); queue++
    :: a == REL1XX_UAS_A_DROP_QUEUED -> queue = 0
    :: a == REL1XX_UAS_A_RETRANSMIT_1XX -> assert(unacked); net_send(s2c, sent)
    :: a == REL1XX_UAS_A_REPLY_PRACK_2XX -> assert(prack == sent && !acked[sent] && !offer); acked[sent] = true
    :: a == REL1XX_UAS_A_PRACK_HELD -> assert(prack == sent && !acked[sent] && offer); acked[sent] = true
    :: a == REL1XX_UAS_A_REPLY_PRACK_481 -> assert(prack != sent || acked[sent])
    :: a == REL1XX_UAS_A_HOLD_2XX -> held = true
    :: a == REL1XX_UAS_A_SEND_2XX ->
        assert(!(unacked && sdp[sent]));             /* §3, §5: the 2xx waits */
        final_sent = true; held = false; s2c[FINAL]++
    :: a == REL1XX_UAS_A_SEND_FINAL || a == REL1XX_UAS_A_REJECT_5XX ->
        final_sent = true; held = false; s2c[FINAL]++
    :: else -> skip
    fi
}
inline rel1xx_uas_error() { assert(false) }
#define uas_live (!REL1XX_UAS_FINAL(rel1xx_uas_state))
#define uas_guards ((queue > 0 -> REL1XX_UAS_G_QUEUED : 0) | (unacked && sdp[sent] -> REL1XX_UAS_G_UNACKED_SDP : 0) | \
                    (offer -> REL1XX_UAS_G_OFFER : 0))

proctype uas() {
    bool answered = false; /* the application gave its final answer */
    bool cancelled = false;
    do
    :: !uas_live -> break
    :: atomic {
        if
        :: uas_live && rel1xx_uas_any_timer -> rel1xx_uas_fire(uas_ev)
        :: uas_live && c2s[P1] > 0 -> c2s[P1]--; prack = 1;
            uas_ev = (prack == sent && !acked[sent] -> REL1XX_UAS_EV_PRACK_MATCH : REL1XX_UAS_EV_PRACK_NOMATCH);
            if :: offer = false :: offer = true
               :: uas_ev == REL1XX_UAS_EV_PRACK_MATCH && !rejected[1] -> reject = true fi
        :: uas_live && c2s[P2] > 0 -> c2s[P2]--; prack = 2;
            uas_ev = (prack == sent && !acked[sent] -> REL1XX_UAS_EV_PRACK_MATCH : REL1XX_UAS_EV_PRACK_NOMATCH);
            if :: offer = false :: offer = true
               :: uas_ev == REL1XX_UAS_EV_PRACK_MATCH && !rejected[2] -> reject = true fi
        /* the PRACK again without the offer: never rejected */
        :: uas_live && c2s_plain[P1] > 0 -> c2s_plain[P1]--; prack = 1; offer = false;
            uas_ev = (prack == sent && !acked[sent] -> REL1XX_UAS_EV_PRACK_MATCH : REL1XX_UAS_EV_PRACK_NOMATCH)
        :: uas_live && c2s_plain[P2] > 0 -> c2s_plain[P2]--; prack = 2; offer = false;
            uas_ev = (prack == sent && !acked[sent] -> REL1XX_UAS_EV_PRACK_MATCH : REL1XX_UAS_EV_PRACK_NOMATCH)
        /* The application: up to two reliable 1xx, then one answer. */
        :: uas_live && !answered && app_n < 2 -> app_n++; uas_ev = REL1XX_UAS_EV_APP_REL1XX;
            if :: unacked -> sdp[0] = false :: unacked -> sdp[0] = true   /* queued */
               :: !unacked -> sdp[sent + 1] = false :: !unacked -> sdp[sent + 1] = true fi
        :: uas_live && !answered -> answered = true; uas_ev = REL1XX_UAS_EV_APP_2XX
        :: uas_live && !answered -> answered = true; uas_ev = REL1XX_UAS_EV_APP_FINAL
        :: uas_live && held && !cancelled -> cancelled = true; uas_ev = REL1XX_UAS_EV_APP_FINAL /* CANCEL */
        :: uas_live && final_sent -> uas_ev = REL1XX_UAS_EV_TXN_ENDED
        fi;
        if
        :: reject -> reject = false; rejected[prack] = true; s2c_rej[prack]++   /* 491 / 500: no row */
        :: uas_ev == REL1XX_UAS_EV_APP_REL1XX && final_sent -> skip  /* the runtime refuses (spec: error row) */
        :: uas_ev == REL1XX_UAS_EV_APP_2XX && final_sent -> skip     /* the give-up answered first */
        :: uas_ev == REL1XX_UAS_EV_APP_FINAL && final_sent -> skip
        :: uas_ev == REL1XX_UAS_EV_APP_REL1XX && held -> skip        /* accepted: refused too */
        :: else -> assert(!reject); rel1xx_uas_step(uas_ev, uas_guards)
        fi }
    od;
    assert(rel1xx_uas_state == REL1XX_UAS_TERMINATED)
}

/* ---- UAC: rel1xx_uac ---- */
byte uac_ev;
byte last;       /* RSeq of the last in-order reliable 1xx (0: none) */
byte rseq;       /* RSeq of the 1xx being processed */
byte up[3];      /* times each 1xx was passed up */

inline rel1xx_uac_do(a) {
    if
    :: a == REL1XX_UAC_A_ACCEPT_RSEQ -> assert(last == 0 || rseq == last + 1); last = rseq
    :: a == REL1XX_UAC_A_TO_TU -> up[rseq]++; assert(up[rseq] == 1)   /* §4: passed up once */
    :: a == REL1XX_UAC_A_SEND_PRACK && uac_ev == REL1XX_UAC_EV_PRACK_REJECTED ->
        assert(rseq == last && s2c_rej[rseq] == 0);
        if :: net_send(c2s_plain, rseq) :: !reliable && lost < MAXLOSS -> lost++ fi
    :: a == REL1XX_UAC_A_SEND_PRACK && uac_ev != REL1XX_UAC_EV_PRACK_REJECTED -> assert(rseq == last);
        if :: net_send(c2s, rseq) :: !reliable && lost < MAXLOSS -> lost++ fi   /* PRACK timed out */
    :: else -> skip
    fi
}
inline rel1xx_uac_error() { assert(false) }
#define uac_live (!REL1XX_UAC_FINAL(rel1xx_uac_state))
#define classify(k) (rel1xx_uac_state == REL1XX_UAC_IDLE || (k) == last + 1 -> REL1XX_UAC_EV_REL1XX_NEXT : \
                     ((k) <= last -> REL1XX_UAC_EV_REL1XX_AGAIN : REL1XX_UAC_EV_REL1XX_GAP))

proctype uac() {
    do
    :: !uac_live -> break
    :: atomic {
        if
        :: uac_live && s2c[R1] > 0 -> net_take(s2c, R1); rseq = 1; uac_ev = classify(1)
        :: uac_live && s2c[R2] > 0 -> net_take(s2c, R2); rseq = 2; uac_ev = classify(2)
        :: uac_live && s2c[FINAL] > 0 -> s2c[FINAL]--; uac_ev = REL1XX_UAC_EV_FINAL_RESPONSE
        /* a rejected PRACK: fed only while its 1xx is the last in-order one */
        :: uac_live && s2c_rej[1] > 0 -> s2c_rej[1]--; rseq = 1;
            uac_ev = (last == 1 -> REL1XX_UAC_EV_PRACK_REJECTED : 255)
        :: uac_live && s2c_rej[2] > 0 -> s2c_rej[2]--; rseq = 2;
            uac_ev = (last == 2 -> REL1XX_UAC_EV_PRACK_REJECTED : 255)
        fi;
        if :: uac_ev != 255 -> rel1xx_uac_step(uac_ev, 0) :: else -> skip fi }
    od;
    assert(rel1xx_uac_state == REL1XX_UAC_DONE)
}

active proctype net() {
end_net:
    do
    :: atomic { net_can_lose(s2c, R1) -> s2c[R1]--; lost++ }
    :: atomic { net_can_lose(s2c, R2) -> s2c[R2]--; lost++ }
    od
}

init {
    atomic {
        if
        :: reliable = false
        :: reliable = true
        fi;
        run uas();
        run uac()
    }
}

ltl done { <> (rel1xx_uas_state == REL1XX_UAS_TERMINATED && rel1xx_uac_state == REL1XX_UAC_DONE) }
