/* Non-INVITE server transaction (gen/fsm_nist.pml) and its TU against an
 * abstract non-INVITE UAC over a lossy, duplicating, reordering network,
 * timers firing in any order. Properties: no `error` row, no invalid end
 * state, always ends in Terminated, no cycle, LTL `done`. See
 * docs/fsm/verification.md. */
#include "net.pml"
#include "fsm_nist.pml"

#define REQ  0
#define R1XX 0
#define RFIN 1 /* 200-699 */
byte c2s[1], s2c[2];

byte nist_ev;
bool nist_failed;
byte last = 255; /* the response resend_response repeats */
bool client_done; /* the UAC will send nothing more */

inline nist_do(a) {
    if
    :: a == NIST_A_SEND_RESPONSE && nist_ev == NIST_EV_TU_1XX -> last = R1XX; net_send_or_fail(s2c, R1XX, nist_failed)
    :: a == NIST_A_SEND_RESPONSE && nist_ev == NIST_EV_TU_2XX_6XX -> last = RFIN; net_send_or_fail(s2c, RFIN, nist_failed)
    :: a == NIST_A_RESEND_RESPONSE -> assert(last != 255); net_send_or_fail(s2c, last, nist_failed)
    :: else -> skip
    fi
}
inline nist_error() { assert(false) }

#define nist_live (!NIST_FINAL(nist_state))

/* The server: the NIST and its TU. The TU answers a request with up to one
 * 1xx and then one final response; after that it tries one more final
 * response, which the NIST must discard (RFC 3261 §17.2.2). */
proctype server() {
    byte tu = 0, n1xx = 0; /* tu: 0 no request, 1 deciding, 2 answered, 3 late one sent */
    do
    :: !nist_live -> break
    :: nist_state == NIST_IDLE && client_done && c2s[REQ] == 0 -> break /* no request ever came */
    :: atomic {
        if
        :: nist_live && nist_failed -> nist_failed = false; nist_ev = NIST_EV_TRANSPORT_ERROR
        :: nist_live && !nist_failed && nist_any_timer -> nist_fire(nist_ev)
        :: nist_live && !nist_failed && c2s[REQ] > 0 -> net_take(c2s, REQ); nist_ev = NIST_EV_REQUEST
        :: nist_live && !nist_failed && tu == 1 && n1xx < 1 -> n1xx++; nist_ev = NIST_EV_TU_1XX
        :: nist_live && !nist_failed && tu == 1 -> tu = 2; nist_ev = NIST_EV_TU_2XX_6XX
        :: nist_live && !nist_failed && tu == 2 && nist_state == NIST_COMPLETED -> tu = 3; nist_ev = NIST_EV_TU_2XX_6XX
        fi;
        nist_step(nist_ev, reliable);
        if
        :: nist_ev == NIST_EV_REQUEST && tu == 0 -> tu = 1 /* to_tu */
        :: else -> skip
        fi }
    od;
    assert(nist_state == NIST_TERMINATED || nist_state == NIST_IDLE)
}

/* The UAC: sends the request, retransmits it (unreliable transports, at
 * most twice) until a final response arrives, and consumes responses. */
proctype client() {
    byte nretx = 0;
    bool got_final = false;
    atomic { net_send(c2s, REQ) }
end_client:
    do
    :: atomic { !reliable && !got_final && nretx < 2 -> nretx++; net_send(c2s, REQ) }
    :: atomic { s2c[R1XX] > 0 -> net_take(s2c, R1XX) }
    :: atomic { s2c[RFIN] > 0 -> net_take(s2c, RFIN); got_final = true }
    :: atomic { !client_done && (got_final || reliable || nretx == 2) -> client_done = true }
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

ltl done { <> (nist_state == NIST_TERMINATED || (client_done && nist_state == NIST_IDLE)) }
