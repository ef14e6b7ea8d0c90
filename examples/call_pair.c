/* call_pair — Alice calls Bob, both in this process, over real UDP sockets
 * on 127.0.0.1, on one fsip_loop. The shortest complete use of the call
 * API (fsip/call.h): place a call, ring, answer, hang up.
 *
 *   call_pair [HOLD_MS]
 *
 * Bob rings (180), then answers (200 with an SDP answer); Alice gets the
 * 200 (fsip has ACKed it), holds the call HOLD_MS (default 200), hangs up
 * (BYE). Prints every call event; exits 0 when both sides saw the call
 * answered and ended by Alice's BYE, 1 otherwise (or after 10 s).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fsip/call.h"
#include "fsip/endpoint.h"

static const char offer[] = "v=0\r\no=alice 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\n"
                            "t=0 0\r\nm=audio 49170 RTP/AVP 0\r\n";
static const char answer[] = "v=0\r\no=bob 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\n"
                             "t=0 0\r\nm=audio 49180 RTP/AVP 0\r\n";

struct side {
    const char *name;
    fsip_loop *loop;
    fsip_endpoint *ep;
    fsip_ua *ua;
    bool answered, ended_by_alice;
    int64_t hangup_timer;
};

static uint32_t hold_ms = 200;
static int ended;

static uint64_t loop_clock(void *arg)
{
    return fsip_loop_now(arg);
}

static void hang_up(fsip_loop *loop, void *arg)
{
    (void)loop;
    fsip_call_hangup(arg);
}

static void on_call(fsip_call *call, fsip_call_event ev, const fsip_msg *msg, void *arg)
{
    struct side *me = arg;
    printf("%-5s %-16s state %s", me->name, fsip_call_event_name(ev),
           fsip_call_state_name(fsip_call_get_state(call)));
    if (msg && !fsip_msg_is_request(msg)) printf(" (%d)", fsip_msg_status(msg));
    switch (ev) {
    case FSIP_CALL_EV_INCOMING:
        /* Bob: ring, then answer with the SDP answer (bodies are opaque). */
        fsip_call_ring(call, 180, NULL, NULL, 0);
        fsip_call_accept(call, "application/sdp", answer, sizeof answer - 1);
        break;
    case FSIP_CALL_EV_ANSWERED:
        me->answered = true;
        if (fsip_call_is_outgoing(call))
            fsip_loop_timer_start(me->loop, fsip_loop_now(me->loop) + hold_ms, hang_up, call);
        break;
    case FSIP_CALL_EV_ENDED:
        printf(" reason %s", fsip_call_end_name(fsip_call_end_reason(call)));
        me->ended_by_alice =
            fsip_call_end_reason(call) ==
            (fsip_call_is_outgoing(call) ? FSIP_END_LOCAL_BYE : FSIP_END_REMOTE_BYE);
        if (++ended == 2) fsip_loop_stop(me->loop);
        break;
    default: break;
    }
    printf("\n");
    fflush(stdout);
}

static void give_up(fsip_loop *loop, void *arg)
{
    (void)arg;
    fprintf(stderr, "call_pair: no result after 10 s\n");
    fsip_loop_stop(loop);
}

static int side_init(struct side *s, fsip_loop *loop, const char *name)
{
    fsip_endpoint_config cfg;
    fsip_endpoint_config_init(&cfg);
    cfg.stack.allow = "INVITE, ACK, BYE, CANCEL, OPTIONS";
    fsip_stack_callbacks none = {0};
    s->name = name;
    s->loop = loop;
    if (fsip_endpoint_new_on_loop(loop, &cfg, &none, &s->ep) < 0) return -1;
    if (fsip_endpoint_listen(s->ep, "udp:127.0.0.1:0") < 0) return -1;
    fsip_ua_config ucfg;
    fsip_ua_config_init(&ucfg);
    ucfg.clock = loop_clock; /* API calls from loop timers read the loop's time */
    ucfg.clock_arg = loop;
    fsip_ua_callbacks cbs = {on_call, NULL, s};
    return fsip_ua_new(fsip_endpoint_stack(s->ep), &ucfg, &cbs, &s->ua);
}

int main(int argc, char **argv)
{
    if (argc > 1) hold_ms = (uint32_t)strtoul(argv[1], NULL, 10);
    fsip_loop *loop = fsip_loop_new(NULL);
    struct side alice = {0}, bob = {0};
    if (!loop || side_init(&alice, loop, "alice") < 0 || side_init(&bob, loop, "bob") < 0) {
        fprintf(stderr, "call_pair: setup failed\n");
        return 1;
    }
    /* Bob's address, and a flow from Alice's listener to it. */
    fsip_transport tr;
    fsip_netaddr bob_addr;
    fsip_endpoint_local(bob.ep, 0, &tr, &bob_addr);
    char target[96], host[64];
    fsip_netaddr_print(&bob_addr, true, host, sizeof host);
    snprintf(target, sizeof target, "sip:bob@%s", host);

    fsip_call_params p = {0};
    p.target = target;
    p.from = "\"Alice\" <sip:alice@127.0.0.1>";
    fsip_endpoint_flow_to(alice.ep, FSIP_TRANSPORT_UDP, &bob_addr, &p.dest);
    p.content_type = "application/sdp";
    p.body = offer;
    p.body_len = sizeof offer - 1;
    fsip_call *call = NULL;
    int rc = fsip_call_invite(alice.ua, &p, &call);
    if (rc < 0) {
        fprintf(stderr, "call_pair: fsip_call_invite: %d\n", rc);
        return 1;
    }
    fsip_loop_timer_start(loop, fsip_loop_now(loop) + 10000, give_up, NULL);
    fsip_loop_run(loop);

    int ok = alice.answered && bob.answered && alice.ended_by_alice && bob.ended_by_alice;
    fsip_ua_free(alice.ua);
    fsip_ua_free(bob.ua);
    fsip_endpoint_free(alice.ep);
    fsip_endpoint_free(bob.ep);
    fsip_loop_free(loop);
    printf("call_pair: %s\n", ok ? "ok" : "FAILED");
    return ok ? 0 : 1;
}
