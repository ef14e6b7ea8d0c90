/* End to end: the INVITE client transaction (gen/fsm_ict.pml) with its TU
 * talking to the INVITE server transaction (gen/fsm_ist.pml) with its TU,
 * over a lossy, duplicating, reordering network, timers of both firing in
 * any order. Properties: no `error` row in either machine, no invalid end
 * state, both always end in Terminated (the IST may also never be created
 * when every INVITE is lost), no cycle, LTL `done`.
 *
 * Untimed timers can fire in orders real time forbids. Two orders would
 * stall the ICT in Proceeding, which has no timer of its own (RFC 3261
 * §17.1.1.2), so they are excluded as real time excludes them:
 *   - Timer H (64*T1) fires only after Timer G's retransmissions;
 *   - Timer L (64*T1) fires only after the TU's 2xx retransmissions
 *     (RFC 3261 §13.3.1.4: they stop within 64*T1).
 * Transport errors hit the client only: a server that dies after a 1xx
 * leaves the ICT in Proceeding for the TU to end (docs/fsm/verification.md). */
#define ICT_FIRE_MAX_A 2
#define IST_FIRE_MAX_G 2
#define IST_FIRE_MAX_H ((reliable || ist_fired[IST_T_G] >= IST_FIRE_MAX_G) -> 1 : 0)
#define IST_FIRE_MAX_L ((tu_acked || n2xx >= 2) -> 1 : 0)
#include "net.pml"
#include "fsm_ict.pml"
#include "fsm_ist.pml"

#define INVITE 0
#define ACK    1
#define ACK2XX 2
#define R1XX   0
#define R2XX   1
#define R3XX   2
byte c2s[3], s2c[3];

/* ---- client: ICT and its TU ---- */
byte ict_ev;
bool ict_failed;

inline ict_do(a) {
    if
    :: a == ICT_A_SEND_INVITE || a == ICT_A_RETRANSMIT -> net_send_or_fail(c2s, INVITE, ict_failed)
    :: a == ICT_A_SEND_ACK -> net_send_or_fail(c2s, ACK, ict_failed)
    :: a == ICT_A_TO_TU && ict_ev == ICT_EV_R2XX -> net_send(c2s, ACK2XX) /* RFC 3261 §13.2.2.4 */
    :: else -> skip
    fi
}
inline ict_error() { assert(false) }
#define ict_live (!ICT_FINAL(ict_state))

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

/* ---- server: IST and its TU ---- */
byte ist_ev;
byte last = 255;
byte tu, n2xx;
bool tu_acked;
bool ist_failed; /* never set: see the header */

inline ist_do(a) {
    if
    :: a == IST_A_SEND_TRYING -> last = R1XX; net_send(s2c, R1XX)
    :: a == IST_A_SEND_RESPONSE && ist_ev == IST_EV_TU_1XX -> last = R1XX; net_send(s2c, R1XX)
    :: a == IST_A_SEND_RESPONSE && ist_ev == IST_EV_TU_2XX -> last = R2XX; net_send(s2c, R2XX)
    :: a == IST_A_SEND_RESPONSE && ist_ev == IST_EV_TU_3XX_6XX -> last = R3XX; net_send(s2c, R3XX)
    :: a == IST_A_RESEND_RESPONSE -> assert(last == R1XX || last == R3XX); net_send(s2c, last)
    :: a == IST_A_TO_TU && ist_ev == IST_EV_INVITE -> tu = 1
    :: a == IST_A_TO_TU && ist_ev == IST_EV_ACK -> assert(tu == 2); tu_acked = true
    :: else -> skip
    fi
}
inline ist_error() { assert(false) }
#define ist_live (!IST_FINAL(ist_state))
/* The ICT will send no more INVITEs. */
#define ict_quiet (ict_state != ICT_IDLE && ict_state != ICT_CALLING)

proctype server() {
    byte n1xx = 0;
    do
    :: !ist_live -> break
    :: ist_state == IST_IDLE && ict_quiet && c2s[INVITE] == 0 -> break /* no INVITE ever came */
    :: atomic {
        if
        :: ist_live && ist_any_timer -> ist_fire(ist_ev)
        :: ist_live && c2s[INVITE] > 0 -> net_take(c2s, INVITE); ist_ev = IST_EV_INVITE
        :: ist_live && c2s[ACK] > 0 -> net_take(c2s, ACK); ist_ev = IST_EV_ACK
        :: ist_live && c2s[ACK2XX] > 0 -> net_take(c2s, ACK2XX); ist_ev = IST_EV_ACK
        :: ist_live && tu == 1 && ist_state == IST_PROCEEDING && n1xx < 1 -> n1xx++; ist_ev = IST_EV_TU_1XX
        :: ist_live && tu == 1 && ist_state == IST_PROCEEDING -> tu = 2; ist_ev = IST_EV_TU_2XX
        :: ist_live && tu == 1 && ist_state == IST_PROCEEDING -> tu = 3; ist_ev = IST_EV_TU_3XX_6XX
        :: ist_live && tu == 2 && !tu_acked && n2xx < 2 && ist_state == IST_ACCEPTED -> n2xx++; ist_ev = IST_EV_TU_2XX
        fi;
        ist_step(ist_ev, reliable) }
    od;
    assert(ist_state == IST_TERMINATED || ist_state == IST_IDLE)
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

ltl done { <> (ict_state == ICT_TERMINATED && (ist_state == IST_TERMINATED || ist_state == IST_IDLE)) }
