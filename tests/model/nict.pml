/* Non-INVITE client transaction (gen/fsm_nict.pml) against an abstract
 * non-INVITE UAS over a lossy, duplicating, reordering network, timers
 * firing in any order. Properties: no `error` row, no invalid end state,
 * always ends in Terminated, no cycle, LTL `done`. See
 * docs/fsm/verification.md. */
#define NICT_FIRE_MAX_E 2 /* retransmissions (10 in 64*T1; 2 keep the model small) */
#include "net.pml"
#include "fsm_nict.pml"

#define REQ  0
#define R1XX 0
#define RFIN 1 /* 200-699 */
byte c2s[1], s2c[2];

byte nict_ev;
bool nict_failed;

inline nict_do(a) {
    if
    :: a == NICT_A_SEND_REQUEST || a == NICT_A_RETRANSMIT -> net_send_or_fail(c2s, REQ, nict_failed)
    :: else -> skip
    fi
}
inline nict_error() { assert(false) }

#define nict_live (!NICT_FINAL(nict_state))

proctype client() {
    nict_ev = NICT_EV_TU_REQUEST;
    do
    :: !nict_live -> break
    :: atomic {
        if
        :: nict_live && nict_ev == NICT_EV_TU_REQUEST && nict_state == NICT_IDLE -> skip
        :: nict_live && nict_failed -> nict_failed = false; nict_ev = NICT_EV_TRANSPORT_ERROR
        :: nict_live && !nict_failed && nict_any_timer -> nict_fire(nict_ev)
        :: nict_live && !nict_failed && s2c[R1XX] > 0 -> net_take(s2c, R1XX); nict_ev = NICT_EV_R1XX
        :: nict_live && !nict_failed && s2c[RFIN] > 0 -> net_take(s2c, RFIN); nict_ev = NICT_EV_R2XX_6XX
        fi;
        nict_step(nict_ev, reliable) }
    od;
    assert(nict_state == NICT_TERMINATED)
}

/* The UAS: after the first request, up to one 1xx, then one final
 * response; a retransmitted request gets the last response again. At most
 * four responses in all. */
proctype server() {
    byte st = 0, last = 255, nsent = 0; /* st: 0 waiting, 1 got request, 2 final sent */
end_server:
    do
    :: atomic { c2s[REQ] > 0 -> net_take(c2s, REQ);
        if
        :: st == 0 -> st = 1
        :: st > 0 && last != 255 && nsent < 4 -> nsent++; net_send(s2c, last)
        :: else -> skip
        fi }
    :: atomic { st == 1 && last == 255 && nsent < 4 -> nsent++; last = R1XX; net_send(s2c, R1XX) }
    :: atomic { st == 1 -> st = 2; nsent++; last = RFIN; net_send(s2c, RFIN) }
    od
}

active proctype net() {
end_net:
    do
    :: atomic { net_can_lose(c2s, REQ) -> c2s[REQ]--; lost++ }
    :: atomic { net_can_lose(s2c, R1XX) -> s2c[R1XX]--; lost++ }
    :: atomic { net_can_lose(s2c, RFIN) -> s2c[RFIN]--; lost++ }
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

ltl done { <> (nict_state == NICT_TERMINATED) }
