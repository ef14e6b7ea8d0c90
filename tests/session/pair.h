/* Two user agents back to back on a virtual clock, shared by the session
 * tests (test_session.c, test_oa.c, test_oa_fixed.c): each side's stack
 * send callback queues datagrams for the other; delivery, loss and time
 * are under the test's control, so crossing requests are exact. No
 * sockets, no sleeps.
 *
 * Every call event is logged as "EVENT status oa_state;" (status: the
 * response's, 0 for a request or none) with the offer/answer state the
 * application saw, then handed to the side's `hook`, then to its
 * application: `app` when set, else the standard one driven by the
 * on_* modes below.
 */
#ifndef FSIP_TEST_PAIR_H
#define FSIP_TEST_PAIR_H

#include <stdbool.h>
#include <stdint.h>

#include "fsip/call.h"
#include "testsip.h"

#define PAIR_QMAX 48
#define PAIR_DMAX 4096

/* Session descriptions: Alice's offers, Bob's answer, Bob's offer and
 * Alice's answer to it. */
static const char offer[] = "v=0\r\no=a 1 1 IN IP4 127.0.0.1\r\n";
static const char answer[] = "v=0\r\no=b 1 1 IN IP4 127.0.0.1\r\n";
static const char offer2[] = "v=0\r\no=a 1 2 IN IP4 127.0.0.1\r\n";
static const char boffer[] = "v=0\r\no=b 2 1 IN IP4 127.0.0.1\r\n";
static const char aanswer[] = "v=0\r\no=a 2 1 IN IP4 127.0.0.1\r\n";
#define SDP  "application/sdp"
#define B(x) (x), (sizeof(x) - 1)

typedef struct side side;
typedef struct dgram {
    char b[PAIR_DMAX]; /* NUL-terminated */
    size_t n;
} dgram;

/* What the standard application does when an event comes. */
enum in_mode {
    IN_ACCEPT = 0,  /* 200 with the answer (or our offer when there was none) */
    IN_HOLD,        /* nothing now: the test acts later */
    IN_REJECT,      /* `reject` status */
    IN_RING,        /* `ring` status (body `ring_body`), then hold */
    IN_RING_ACCEPT, /* `ring` status with `ring_body`, then 200 without a body */
};

typedef void pair_app_fn(side *me, fsip_call *c, fsip_call_event ev, const fsip_msg *m);

struct side {
    const char *name;
    fsip_stack *s;
    fsip_ua *ua;
    fsip_call *call;
    side *peer;
    fsip_netaddr addr;
    dgram q[PAIR_QMAX]; /* sent by this side, not delivered yet */
    int nq;
    char log[2048]; /* "EVENT status oa_state;" ... */
    int end_status;
    fsip_call_end end_why;
    /* Called first for every event (after logging it), when set. */
    pair_app_fn *hook;
    /* The application, when not the standard one; `app_flags` are its own. */
    pair_app_fn *app;
    unsigned app_flags;
    /* The standard application. */
    enum in_mode on_incoming, on_reinvite, on_update;
    int reject, ring;
    const char *ring_body;
    bool answer_in_event; /* caller: set_answer in PROGRESS / ANSWERED /
                             REINVITE_DONE */
    int rc_ring;          /* the last fsip_call_ring() result from a callback */
};

/* The virtual clock (ms). */
extern uint64_t pair_now;

/* Alice (port 5060, 100rel supported) and Bob (port 5070, `rel_b`), session
 * timers off; pair_timers: with `session_expires_s` and
 * `refresh_by_update` on both sides. */
void pair(side *a, side *b, fsip_rel1xx rel_b);
void pair_timers(side *a, side *b, fsip_rel1xx rel_b, uint32_t session_expires_s,
                 bool refresh_by_update);
/* pair() (Bob: 100rel supported) whose Alice has digest credentials
 * (fsip_ua_config.auth: user, password). */
void pair_auth(side *a, side *b, const char *user, const char *password);
/* Lets every transaction end (200 s), checks that no call is left and no
 * spec error was counted, frees both. */
void pair_free(side *a, side *b);

/* Delivers the oldest datagram sent by `from` (false when none). */
bool deliver1(side *from);
/* Drops the oldest datagram `from` would deliver. */
void drop1(side *from);
/* Delivers everything both sides send (bounded). */
void pump(side *a, side *b);
/* Advances the clock by `ms` and ticks both stacks. */
void tick(side *a, side *b, uint64_t ms);
/* Advances the clock in 100 ms steps, delivering everything. */
void run(side *a, side *b, uint64_t ms);

/* Whether the next datagram of `from` starts with `start`. */
bool next_is(const side *from, const char *start);
/* Whether any queued datagram of `from` starts with `start`. */
bool queued(const side *from, const char *start);
const char *body_of(const dgram *d);

/* The offer/answer state of `me`'s call (which must exist). */
const char *oa(const side *me);
void both_stable(const side *a, const side *b);
/* `me`'s log holds / does not hold `what`. */
void has(const side *me, const char *what);
void lacks(const side *me, const char *what);

/* Alice's INVITE to Bob with `body` (NULL: none). */
fsip_call *invite(side *a, const char *body);
/* A pair (no reliable 1xx asked for) with a confirmed call, offer in the
 * INVITE: both stable, logs cleared. */
void connected(side *a, side *b);
/* `a` hangs up; both calls end. */
void hang_up(side *a, side *b);
/* hang_up(), then pair_free(). */
void end_pair(side *a, side *b);

/* The callee rings with `status` (and `body`) and holds the INVITE. */
void ringing(side *b, int status, const char *body);
/* A pair (Bob: `rel_b`); Bob rings with `status` (and `ring_body`) and
 * holds Alice's INVITE (with `body`), which has reached him: returns what
 * his fsip_call_ring() gave. */
int invite_ringing(side *a, side *b, fsip_rel1xx rel_b, int status, const char *ring_body,
                   const char *body);
/* `me` rejects the requests `mode` is for with `status`. */
void rejects(side *me, enum in_mode *mode, int status);

#endif
