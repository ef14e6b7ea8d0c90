/* See fuzz_ua.h. */
#include "fuzz_ua.h"

#include "fuzz_common.h"

const char fuzz_sdp[] = "v=0\r\no=fz 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\n"
                        "t=0 0\r\nm=audio 4000 RTP/AVP 0\r\n";
const size_t fuzz_sdp_len = sizeof fuzz_sdp - 1;

#define SDP "application/sdp", fuzz_sdp, fuzz_sdp_len

void fuzz_calls_track(fuzz_calls *cs, fsip_call *call, bool ended)
{
    int k = 0;
    while (k < cs->n && cs->v[k] != call)
        k++;
    if (ended) {
        if (k < cs->n) cs->v[k] = cs->v[--cs->n];
        if (cs->cur == call) cs->cur = NULL;
        return;
    }
    if (k == cs->n) {
        FUZZ_CHECK(cs->n < FUZZ_MAX_CALLS, "more than %d calls open", FUZZ_MAX_CALLS);
        cs->v[cs->n++] = call;
    }
    cs->cur = call;
}

void fuzz_ua_policy(fsip_call *call, fsip_call_event ev, uint8_t p, uint64_t now)
{
    switch (ev) {
    case FSIP_CALL_EV_INCOMING:
        if (p & 1) fsip_call_ring(call, 180, NULL, NULL, 0);
        if (p & 2) fsip_call_accept(call, SDP);
        break;
    case FSIP_CALL_EV_REINVITE:
        if (p & 4)
            fsip_call_accept(call, SDP);
        else if (p & 8)
            fsip_call_reject(call, 488, NULL);
        break;
    case FSIP_CALL_EV_UPDATE:
        if (p & 16) fsip_call_update_respond(call, 200, NULL, SDP);
        break;
    case FSIP_CALL_EV_ANSWERED:
    case FSIP_CALL_EV_PROGRESS:
    case FSIP_CALL_EV_REINVITE_DONE:
        if (p & 32) fsip_call_set_answer(call, SDP);
        break;
    case FSIP_CALL_EV_REQUEST:
        if (p & 64) fsip_txn_respond_status(fsip_call_request_txn(call), 200, NULL, now);
        break;
    default: break;
    }
}

void fuzz_ua_act(fsip_call *c, uint8_t b)
{
    switch (b) {
    case 0: fsip_call_ring(c, 180, NULL, NULL, 0); break;
    case 1: fsip_call_ring(c, 183, SDP); break;
    case 2: fsip_call_accept(c, SDP); break;
    case 3: fsip_call_accept(c, NULL, NULL, 0); break;
    case 4: fsip_call_reject(c, 486, NULL); break;
    case 5: fsip_call_hangup(c); break;
    case 6: fsip_call_reinvite(c, SDP); break;
    case 7: fsip_call_reinvite(c, NULL, NULL, 0); break;
    case 8: fsip_call_update(c, SDP); break;
    case 9: fsip_call_update(c, NULL, NULL, 0); break;
    case 10: fsip_call_update_respond(c, 200, NULL, SDP); break;
    case 11: fsip_call_set_answer(c, SDP); break;
    default: break;
    }
}
