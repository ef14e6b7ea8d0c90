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
    case FSIP_CALL_EV_PRACK_OFFER:
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

void fuzz_ua_new(fsip_stack_config *sc,
                 int (*send)(const fsip_flow *, const void *, size_t, void *), void *send_arg,
                 uint32_t max_calls,
                 void (*on_call)(fsip_call *, fsip_call_event, const fsip_msg *, void *),
                 fsip_xfer_handler on_xfer, void *arg, fsip_stack **s, fsip_ua **ua)
{
    sc->supported = "100rel, timer, replaces";
    fsip_stack_callbacks cb = {0};
    cb.send = send;
    cb.arg = send_arg;
    FUZZ_CHECK(fsip_stack_new(sc, &cb, s) == 0, "fsip_stack_new");
    fsip_ua_config uc;
    fsip_ua_config_init(&uc);
    uc.noanswer_ms = FUZZ_UA_NOANSWER_MS;
    uc.reinvite_answer_ms = FUZZ_UA_NOANSWER_MS;
    uc.session_expires_s = FUZZ_UA_SESSION_S;
    uc.refer_expires_s = FUZZ_UA_XFER_S;
    uc.max_calls = max_calls;
    fsip_ua_callbacks ucb = {0};
    ucb.on_call = on_call;
    ucb.arg = arg;
    FUZZ_CHECK(fsip_ua_new(*s, &uc, &ucb, ua) == 0, "fsip_ua_new");
    fsip_ua_set_transfer_handler(*ua, on_xfer, arg);
}

void fuzz_xfer_count(long *live, fsip_xfer *x, fsip_xfer_event ev, bool decline)
{
    if (ev == FSIP_XFER_EV_REFERRED) {
        (*live)++;
        if (decline) fsip_xfer_reject(x, 603, NULL);
    } else if (ev == FSIP_XFER_EV_DONE) {
        (*live)--;
    }
}

void fuzz_ua_check_settled(const char *name, fsip_stack *s, fsip_ua *ua, long xfers)
{
    const fsip_stats *ss = fsip_stack_stats(s);
    const fsip_ua_stats *us = fsip_ua_stats_get(ua);
    FUZZ_CHECK(ss->txn_active == 0, "%s: %llu transactions left %u ms after the input", name,
               (unsigned long long)ss->txn_active, FUZZ_UA_SETTLE_MS);
    FUZZ_CHECK(xfers == 0, "%s: %ld transfer subscriptions left %u ms after the input", name, xfers,
               FUZZ_UA_SETTLE_MS);
    FUZZ_CHECK(us->spec_errors == 0, "%s: %llu events a machine declares impossible", name,
               (unsigned long long)us->spec_errors);
}
