/* fsip fuzzing — what the harnesses that run whole user agents (fuzz_stack,
 * fuzz_pair) share: the calls an application holds, what it does inside
 * its callbacks (a policy byte), and the actions a fuzz byte asks of it.
 */
#ifndef FSIP_FUZZ_UA_H
#define FSIP_FUZZ_UA_H

#include <stdbool.h>
#include <stdint.h>

#include "fsip/call.h"
#include "fsip/stack.h"
#include "fsip/transfer.h"

/* Timers of every fuzzed UA, short so that a run ends them all: an unanswered
 * INVITE or re-INVITE, the session interval (RFC 4028, its minimum), a
 * transfer subscription. FUZZ_UA_SETTLE_MS is 64*T1 past the longest
 * chain of them (two session intervals, a subscription, a last
 * transaction): after it nothing may be left but confirmed calls. */
#define FUZZ_UA_NOANSWER_MS 4000u
#define FUZZ_UA_SESSION_S   90u
#define FUZZ_UA_XFER_S      60u
#define FUZZ_UA_SETTLE_MS                                                                          \
    (64u * 500u + 2u * FUZZ_UA_SESSION_S * 1000u + FUZZ_UA_XFER_S * 1000u + 64u * 500u)

/* Creates a stack from *sc (the caller sets its allocator, seed, log and
 * limits; Supported is set here) with `send`/`send_arg`, and a UA on it with
 * the timers above, at most `max_calls` calls, `on_call` and `on_xfer`
 * (both given `arg`). Aborts on failure. */
void fuzz_ua_new(fsip_stack_config *sc,
                 int (*send)(const fsip_flow *, const void *, size_t, void *), void *send_arg,
                 uint32_t max_calls,
                 void (*on_call)(fsip_call *, fsip_call_event, const fsip_msg *, void *),
                 fsip_xfer_handler on_xfer, void *arg, fsip_stack **s, fsip_ua **ua);

/* Counts the transfer handles alive in *live (REFERRED or our own
 * fsip_call_transfer adds one, DONE takes it away); a REFERRED is declined
 * with 603 when `decline`. */
void fuzz_xfer_count(long *live, fsip_xfer *x, fsip_xfer_event ev, bool decline);

/* After FUZZ_UA_SETTLE_MS: no transaction, no transfer subscription
 * (`xfers` from fuzz_xfer_count) and no event a machine declares
 * impossible is left on `name`'s stack and UA. */
void fuzz_ua_check_settled(const char *name, fsip_stack *s, fsip_ua *ua, long xfers);

/* The session description every fuzzed application offers and answers. */
extern const char fuzz_sdp[];
extern const size_t fuzz_sdp_len;

/* The calls an application knows: added at their first event, removed at
 * ENDED; `cur` is the one it acts on (the last one seen). */
#define FUZZ_MAX_CALLS 32
typedef struct fuzz_calls {
    fsip_call *v[FUZZ_MAX_CALLS];
    int n;
    fsip_call *cur;
} fuzz_calls;

/* Records `call` after one of its events (ended: its ENDED event). A call
 * a transferee places may end before any other event: then it was never
 * counted and nothing changes. */
void fuzz_calls_track(fuzz_calls *cs, fsip_call *call, bool ended);

/* What the application does inside on_call, by the bits of `policy`:
 *   1 ring (180) on INCOMING       2 accept INCOMING with fuzz_sdp
 *   4 accept a re-INVITE           8 else reject it with 488
 *  16 answer an UPDATE with 200    32 answer an offer in a response
 *  64 answer another in-dialog request (REQUEST) with 200 */
void fuzz_ua_policy(fsip_call *call, fsip_call_event ev, uint8_t policy, uint64_t now);

/* One of the application's actions on `call` by `b` (< FUZZ_UA_ACTIONS):
 * ring 180, ring 183 with a body, accept with / without a body, reject,
 * hang up, re-INVITE with / without a body, UPDATE with / without a body,
 * answer the peer's UPDATE, give the answer to an offer in a response.
 * Harnesses number their own actions from FUZZ_UA_ACTIONS up. */
#define FUZZ_UA_ACTIONS 12
void fuzz_ua_act(fsip_call *call, uint8_t b);

#endif
