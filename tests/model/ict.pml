/* INVITE client transaction (gen/fsm_ict.pml) against an abstract UAS over
 * a lossy, duplicating, reordering network, timers firing in any order.
 * Properties: no `error` row is ever taken, no invalid end state (deadlock),
 * the ICT always ends in Terminated, no cycle (so every run is finite), and
 * LTL `done`: eventually Terminated. See docs/fsm/verification.md. */
#define ICT_FIRE_MAX_A 2 /* retransmissions of the INVITE (6 in 64*T1; 2 keep the model small) */
#include "net.pml"
#include "fsm_ict.pml"

#define INVITE 0
#define ACK    1 /* ACK for a non-2xx, sent by the ICT */
#define ACK2XX 2 /* ACK for a 2xx, sent by the TU (RFC 3261 §13.2.2.4) */
#define R1XX   0
#define R2XX   1
#define R3XX   2
byte c2s[3], s2c[3];

byte ict_ev;
bool ict_failed; /* the last send failed: feed transport_error */

inline ict_do(a) {
    if
    :: a == ICT_A_SEND_INVITE || a == ICT_A_RETRANSMIT -> net_send_or_fail(c2s, INVITE, ict_failed)
    :: a == ICT_A_SEND_ACK -> net_send_or_fail(c2s, ACK, ict_failed)
    :: a == ICT_A_TO_TU && ict_ev == ICT_EV_R2XX -> net_send(c2s, ACK2XX) /* the TU acks every 2xx */
    :: else -> skip
    fi
}
inline ict_error() { assert(false) }

#define ict_live (!ICT_FINAL(ict_state))

/* The client: the ICT and its TU. Each iteration picks one event (a timer,
 * a response, or the transport error of the previous send) and runs one
 * step: a single expansion of ict_step keeps pan small. */
proctype client() {
    ict_ev = ICT_EV_TU_INVITE;
    do
    :: !ict_live -> break
    :: atomic {
        if
        :: ict_live && ict_ev == ICT_EV_TU_INVITE && ict_state == ICT_IDLE -> skip
        :: ict_live && ict_failed -> ict_failed = false; ict_ev = ICT_EV_TRANSPORT_ERROR
        :: ict_live && !ict_failed && ict_any_timer -> ict_fire(ict_ev)
        :: ict_live && !ict_failed && s2c[R1XX] > 0 -> net_take(s2c, R1XX); ict_ev = ICT_EV_R1XX
        :: ict_live && !ict_failed && s2c[R2XX] > 0 -> net_take(s2c, R2XX); ict_ev = ICT_EV_R2XX
        :: ict_live && !ict_failed && s2c[R3XX] > 0 -> net_take(s2c, R3XX); ict_ev = ICT_EV_R3XX_6XX
        fi;
        ict_step(ict_ev, reliable) }
    od;
    assert(ict_state == ICT_TERMINATED)
}

/* The UAS: answers the first INVITE with up to two 1xx, then one final
 * response, sent at most three times (its retransmissions and answers to
 * INVITE retransmissions); a 2xx is retransmitted by its TU until the ACK. */
#define WAIT    0
#define RINGING 1
#define FINAL3  2
#define FINAL2  3
#define DONE    4

proctype server() {
    byte st = WAIT, n1xx = 0, nfinal = 0;
end_server:
    do
    :: atomic { c2s[INVITE] > 0 -> net_take(c2s, INVITE);
        if
        :: st == WAIT -> st = RINGING
        :: st == RINGING && n1xx < 2 -> n1xx++; net_send(s2c, R1XX)
        :: st == FINAL3 && nfinal < 3 -> nfinal++; net_send(s2c, R3XX)
        :: else -> skip /* RFC 6026 §7.1: absorbed after a 2xx */
        fi }
    :: atomic { st == RINGING && n1xx < 2 -> n1xx++; net_send(s2c, R1XX) }
    :: atomic { st == RINGING -> st = FINAL3; nfinal = 1; net_send(s2c, R3XX) }
    :: atomic { st == RINGING -> st = FINAL2; nfinal = 1; net_send(s2c, R2XX) }
    :: atomic { st == FINAL3 && !reliable && nfinal < 3 -> nfinal++; net_send(s2c, R3XX) }
    :: atomic { st == FINAL2 && nfinal < 3 -> nfinal++; net_send(s2c, R2XX) }
    :: atomic { c2s[ACK] > 0 -> net_take(c2s, ACK); if :: st == FINAL3 -> st = DONE :: else -> skip fi }
    :: atomic { c2s[ACK2XX] > 0 -> net_take(c2s, ACK2XX); if :: st == FINAL2 -> st = DONE :: else -> skip fi }
    od
}

active proctype net() {
end_net:
    do
    :: atomic { net_can_lose(c2s, INVITE) -> c2s[INVITE]--; lost++ }
    :: atomic { net_can_lose(c2s, ACK) -> c2s[ACK]--; lost++ }
    :: atomic { net_can_lose(c2s, ACK2XX) -> c2s[ACK2XX]--; lost++ }
    :: atomic { net_can_lose(s2c, R1XX) -> s2c[R1XX]--; lost++ }
    :: atomic { net_can_lose(s2c, R2XX) -> s2c[R2XX]--; lost++ }
    :: atomic { net_can_lose(s2c, R3XX) -> s2c[R3XX]--; lost++ }
    od
}

init {
    atomic {
        if
        :: reliable = false
        :: reliable = true
        fi;
        run client();
        run server()
    }
}

ltl done { <> (ict_state == ICT_TERMINATED) }
