/* Two user agents back to back on a virtual clock: see pair.h. */
#include "pair.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rowcov.h"
#include "testalloc.h"

uint64_t pair_now = 1000;

static int on_send(const fsip_flow *f, const void *d, size_t n, void *arg)
{
    side *me = arg;
    (void)f;
    assert_true(me->nq < PAIR_QMAX && n < PAIR_DMAX);
    memcpy(me->q[me->nq].b, d, n);
    me->q[me->nq].b[n] = 0;
    me->q[me->nq++].n = n;
    return 0;
}

bool deliver1(side *from)
{
    if (!from->nq) return false;
    dgram d = from->q[0];
    drop1(from);
    if (getenv("OA_TRACE")) /* OA_TRACE=1: each datagram's first line */
        fprintf(stderr, "%s -> %.*s\n", from->name, (int)strcspn(d.b, "\r"), d.b);
    fsip_flow in = {FSIP_TRANSPORT_UDP, from->peer->addr, from->addr, 0};
    assert_int_equal(fsip_stack_recv(from->peer->s, &in, d.b, d.n, pair_now), 0);
    return true;
}

void drop1(side *from)
{
    assert_true(from->nq > 0);
    memmove(&from->q[0], &from->q[1], (size_t)(from->nq - 1) * sizeof(dgram));
    from->nq--;
}

void pump(side *a, side *b)
{
    for (int i = 0; i < 200 && (a->nq || b->nq); i++) {
        deliver1(a);
        deliver1(b);
    }
}

void tick(side *a, side *b, uint64_t ms)
{
    pair_now += ms;
    fsip_stack_tick(a->s, pair_now);
    fsip_stack_tick(b->s, pair_now);
}

void run(side *a, side *b, uint64_t ms)
{
    for (uint64_t t = 0; t < ms; t += 100) {
        pump(a, b);
        tick(a, b, 100);
    }
    pump(a, b);
}

bool next_is(const side *from, const char *start)
{
    return from->nq && strncmp(from->q[0].b, start, strlen(start)) == 0;
}

bool queued(const side *from, const char *start)
{
    for (int i = 0; i < from->nq; i++)
        if (strncmp(from->q[i].b, start, strlen(start)) == 0) return true;
    return false;
}

const char *body_of(const dgram *d)
{
    const char *e = strstr(d->b, "\r\n\r\n");
    return e ? e + 4 : "";
}

const char *oa(const side *me)
{
    assert_non_null(me->call);
    return fsip_call_offer_answer_state(me->call);
}

void both_stable(const side *a, const side *b)
{
    assert_string_equal(oa(a), "stable");
    assert_string_equal(oa(b), "stable");
}

void has(const side *me, const char *what)
{
    if (!strstr(me->log, what)) fail_msg("%s: no \"%s\" in \"%s\"", me->name, what, me->log);
}

void lacks(const side *me, const char *what)
{
    if (strstr(me->log, what)) fail_msg("%s: \"%s\" in \"%s\"", me->name, what, me->log);
}

/* The standard application: the on_* modes of `me`. */
static void standard_app(side *me, fsip_call *c, fsip_call_event ev, const fsip_msg *m)
{
    bool has_body = m && fsip_msg_body(m).len > 0;
    enum in_mode mode = ev == FSIP_CALL_EV_INCOMING   ? me->on_incoming
                        : ev == FSIP_CALL_EV_REINVITE ? me->on_reinvite
                        : ev == FSIP_CALL_EV_UPDATE   ? me->on_update
                                                      : IN_HOLD;
    if ((ev == FSIP_CALL_EV_PROGRESS || ev == FSIP_CALL_EV_ANSWERED ||
         ev == FSIP_CALL_EV_REINVITE_DONE) &&
        me->answer_in_event && has_body &&
        strncmp(fsip_call_offer_answer_state(c), "remote_", 7) == 0)
        assert_int_equal(fsip_call_set_answer(c, SDP, B(aanswer)), 0);
    if (ev == FSIP_CALL_EV_UPDATE) {
        if (mode == IN_ACCEPT)
            assert_int_equal(fsip_call_update_respond(c, 200, NULL, SDP, B(answer)), 0);
        if (mode == IN_REJECT)
            assert_int_equal(fsip_call_update_respond(c, me->reject, NULL, NULL, NULL, 0), 0);
        return;
    }
    if (ev != FSIP_CALL_EV_INCOMING && ev != FSIP_CALL_EV_REINVITE) return;
    switch (mode) {
    case IN_ACCEPT:
        assert_int_equal(fsip_call_accept(c, SDP, has_body ? answer : boffer,
                                          has_body ? sizeof answer - 1 : sizeof boffer - 1),
                         0);
        break;
    case IN_REJECT: assert_int_equal(fsip_call_reject(c, me->reject, NULL), 0); break;
    case IN_RING:
    case IN_RING_ACCEPT:
        me->rc_ring = fsip_call_ring(c, me->ring, me->ring_body ? SDP : NULL, me->ring_body,
                                     me->ring_body ? strlen(me->ring_body) : 0);
        if (mode == IN_RING_ACCEPT) assert_int_equal(fsip_call_accept(c, NULL, NULL, 0), 0);
        break;
    case IN_HOLD: break;
    }
}

static void on_call(fsip_call *c, fsip_call_event ev, const fsip_msg *m, void *arg)
{
    side *me = arg;
    me->call = ev == FSIP_CALL_EV_ENDED ? NULL : c;
    char e[96];
    snprintf(e, sizeof e, "%s %d %s;", fsip_call_event_name(ev),
             m && !fsip_msg_is_request(m) ? fsip_msg_status(m) : 0,
             fsip_call_offer_answer_state(c));
    strncat(me->log, e, sizeof me->log - strlen(me->log) - 1);
    if (me->hook) me->hook(me, c, ev, m);
    if (ev == FSIP_CALL_EV_ENDED) {
        me->end_status = fsip_call_end_status(c);
        me->end_why = fsip_call_end_reason(c);
    }
    (me->app ? me->app : standard_app)(me, c, ev, m);
}

static void side_init(side *me, const char *name, uint16_t port, fsip_rel1xx rel,
                      uint32_t session_expires_s, bool refresh_by_update)
{
    memset(me, 0, sizeof *me);
    me->name = name;
    fsip_stack_config cfg;
    fsip_stack_config_init(&cfg);
    cfg.alloc = test_alloc;
    uint8_t seed[32] = {(uint8_t)port};
    cfg.seed = seed;
    fsip_stack_callbacks cbs = {on_send, NULL, NULL, NULL, me};
    assert_int_equal(fsip_stack_new(&cfg, &cbs, &me->s), 0);
    fsip_ua_config ucfg;
    fsip_ua_config_init(&ucfg);
    ucfg.session_expires_s = session_expires_s;
    ucfg.refresh_by_update = refresh_by_update;
    ucfg.rel1xx = rel;
    fsip_ua_callbacks ucb = {on_call, NULL, me};
    assert_int_equal(fsip_ua_new(me->s, &ucfg, &ucb, &me->ua), 0);
    rowcov_attach(me->ua);
    assert_int_equal(fsip_netaddr_parse("127.0.0.1", 9, port, &me->addr), 0);
}

void pair_timers(side *a, side *b, fsip_rel1xx rel_b, uint32_t session_expires_s,
                 bool refresh_by_update)
{
    side_init(a, "alice", 5060, FSIP_REL1XX_SUPPORTED, session_expires_s, refresh_by_update);
    side_init(b, "bob", 5070, rel_b, session_expires_s, refresh_by_update);
    a->peer = b;
    b->peer = a;
}

void pair(side *a, side *b, fsip_rel1xx rel_b)
{
    pair_timers(a, b, rel_b, 0, true);
}

void pair_free(side *a, side *b)
{
    for (int i = 0; i < 200; i++) { /* let every transaction end (Timer K/J/L/M) */
        tick(a, b, 1000);
        pump(a, b);
    }
    assert_null(a->call);
    assert_null(b->call);
    assert_int_equal(fsip_ua_stats_get(a->ua)->spec_errors, 0);
    assert_int_equal(fsip_ua_stats_get(b->ua)->spec_errors, 0);
    fsip_ua_free(a->ua);
    fsip_ua_free(b->ua);
    fsip_stack_free(a->s);
    fsip_stack_free(b->s);
}

fsip_call *invite(side *a, const char *body)
{
    fsip_call_params p = {0};
    p.target = "sip:bob@127.0.0.1:5070";
    p.dest.transport = FSIP_TRANSPORT_UDP;
    p.dest.local = a->addr;
    p.dest.remote = a->peer->addr;
    p.content_type = body ? SDP : NULL;
    p.body = body;
    p.body_len = body ? strlen(body) : 0;
    fsip_call *c = NULL;
    assert_int_equal(fsip_call_invite(a->ua, &p, &c), 0);
    a->call = c;
    return c;
}

void connected(side *a, side *b)
{
    pair(a, b, FSIP_REL1XX_SUPPORTED);
    invite(a, offer);
    pump(a, b);
    both_stable(a, b);
    a->log[0] = b->log[0] = 0;
}

void hang_up(side *a, side *b)
{
    assert_int_equal(fsip_call_hangup(a->call), 0);
    pump(a, b);
    assert_null(a->call);
    assert_null(b->call);
}

void end_pair(side *a, side *b)
{
    hang_up(a, b);
    pair_free(a, b);
}

void ringing(side *b, int status, const char *body)
{
    b->on_incoming = IN_RING;
    b->ring = status;
    b->ring_body = body;
}

int invite_ringing(side *a, side *b, fsip_rel1xx rel_b, int status, const char *ring_body,
                   const char *body)
{
    pair(a, b, rel_b);
    ringing(b, status, ring_body);
    invite(a, body);
    deliver1(a);
    return b->rc_ring;
}

void rejects(side *me, enum in_mode *mode, int status)
{
    *mode = IN_REJECT;
    me->reject = status;
}

void pair_auth(side *a, side *b, const char *user, const char *password)
{
    pair(a, b, FSIP_REL1XX_SUPPORTED);
    /* Alice again, with digest credentials (fsip_ua_config.auth). */
    fsip_ua_free(a->ua);
    fsip_ua_config ucfg;
    fsip_ua_config_init(&ucfg);
    ucfg.session_expires_s = 0;
    ucfg.refresh_by_update = true;
    ucfg.rel1xx = FSIP_REL1XX_SUPPORTED;
    ucfg.auth.username = user;
    ucfg.auth.password = password;
    fsip_ua_callbacks ucb = {on_call, NULL, a};
    assert_int_equal(fsip_ua_new(a->s, &ucfg, &ucb, &a->ua), 0);
    rowcov_attach(a->ua);
}
