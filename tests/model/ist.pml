/* INVITE server transaction (gen/fsm_ist.pml) and its TU against an
 * abstract UAC over a lossy, duplicating, reordering network, timers firing
 * in any order. Properties: no `error` row, 2xx never retransmitted by the
 * transaction (RFC 6026 §7.1), no invalid end state, always ends in
 * Terminated, no cycle, LTL `done`. See docs/fsm/verification.md. */
#define IST_FIRE_MAX_G 2 /* retransmissions (10 in 64*T1; 2 keep the model small) */
#include "net.pml"
#include "fsm_ist.pml"

#define INVITE 0
#define ACK    1 /* ACK for a non-2xx: part of the transaction */
#define ACK2XX 2 /* ACK for a 2xx: passed to the TU in Accepted (RFC 6026 §7.1) */
#define R1XX   0
#define R2XX   1
#define R3XX   2
byte c2s[3], s2c[3];

byte ist_ev;
bool ist_failed;
byte last = 255;  /* the response resend_response repeats */
byte tu;          /* 0 no INVITE yet, 1 deciding, 2 sent a 2xx, 3 sent a non-2xx */
bool tu_acked;    /* the TU got the ACK for its 2xx */
bool client_done; /* the UAC will send no more INVITEs */

inline ist_do(a) {
    if
    :: a == IST_A_SEND_TRYING -> last = R1XX; net_send_or_fail(s2c, R1XX, ist_failed)
    :: a == IST_A_SEND_RESPONSE && ist_ev == IST_EV_TU_1XX -> last = R1XX; net_send_or_fail(s2c, R1XX, ist_failed)
    :: a == IST_A_SEND_RESPONSE && ist_ev == IST_EV_TU_2XX -> last = R2XX; net_send_or_fail(s2c, R2XX, ist_failed)
    :: a == IST_A_SEND_RESPONSE && ist_ev == IST_EV_TU_3XX_6XX -> last = R3XX; net_send_or_fail(s2c, R3XX, ist_failed)
    :: a == IST_A_RESEND_RESPONSE -> assert(last == R1XX || last == R3XX); net_send_or_fail(s2c, last, ist_failed)
    :: a == IST_A_TO_TU && ist_ev == IST_EV_INVITE -> tu = 1
    :: a == IST_A_TO_TU && ist_ev == IST_EV_ACK -> assert(tu == 2); tu_acked = true
    :: else -> skip
    fi
}
inline ist_error() { assert(false) }

#define ist_live (!IST_FINAL(ist_state))

/* The server: the IST and its TU. The TU answers with up to one 1xx and
 * then a 2xx or a non-2xx; it retransmits a 2xx (RFC 3261 §13.3.1.4) at
 * most twice, through the transaction, until the ACK reaches it. */
proctype server() {
    byte n1xx = 0, n2xx = 0;
    do
    :: !ist_live -> break
    :: ist_state == IST_IDLE && client_done && c2s[INVITE] == 0 -> break /* no INVITE ever came */
    :: atomic {
        if
        :: ist_live && ist_failed -> ist_failed = false; ist_ev = IST_EV_TRANSPORT_ERROR
        :: ist_live && !ist_failed && ist_any_timer -> ist_fire(ist_ev)
        :: ist_live && !ist_failed && c2s[INVITE] > 0 -> net_take(c2s, INVITE); ist_ev = IST_EV_INVITE
        :: ist_live && !ist_failed && c2s[ACK] > 0 -> net_take(c2s, ACK); ist_ev = IST_EV_ACK
        :: ist_live && !ist_failed && c2s[ACK2XX] > 0 -> net_take(c2s, ACK2XX); ist_ev = IST_EV_ACK
        :: ist_live && !ist_failed && tu == 1 && ist_state == IST_PROCEEDING && n1xx < 1 -> n1xx++; ist_ev = IST_EV_TU_1XX
        :: ist_live && !ist_failed && tu == 1 && ist_state == IST_PROCEEDING -> tu = 2; ist_ev = IST_EV_TU_2XX
        :: ist_live && !ist_failed && tu == 1 && ist_state == IST_PROCEEDING -> tu = 3; ist_ev = IST_EV_TU_3XX_6XX
        :: ist_live && !ist_failed && tu == 2 && !tu_acked && n2xx < 2 && ist_state == IST_ACCEPTED -> n2xx++; ist_ev = IST_EV_TU_2XX
        fi;
        ist_step(ist_ev, reliable) }
    od;
    assert(ist_state == IST_TERMINATED || ist_state == IST_IDLE)
}

/* The UAC: sends the INVITE, retransmits it (unreliable, at most twice)
 * until a response arrives, ACKs every final response (a 2xx through its
 * TU) and consumes provisional ones. */
proctype client() {
    byte nretx = 0, st = 0; /* st: 0 calling, 1 proceeding, 2 final received */
    atomic { net_send(c2s, INVITE) }
end_client:
    do
    :: atomic { !reliable && st == 0 && nretx < 2 -> nretx++; net_send(c2s, INVITE) }
    :: atomic { s2c[R1XX] > 0 -> net_take(s2c, R1XX); if :: st == 0 -> st = 1 :: else -> skip fi }
    :: atomic { s2c[R2XX] > 0 -> net_take(s2c, R2XX); st = 2; net_send(c2s, ACK2XX) }
    :: atomic { s2c[R3XX] > 0 -> net_take(s2c, R3XX); st = 2; net_send(c2s, ACK) }
    :: atomic { !client_done && (st != 0 || reliable || nretx == 2) -> client_done = true }
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

ltl done { <> (ist_state == IST_TERMINATED || (client_done && ist_state == IST_IDLE)) }
