/* Helpers for the call-layer tests: a user agent (fsip_ua) on one stack
 * wired to a recording transport on a virtual clock. The test plays the
 * peer with raw SIP text (ct_feed, ct_reply, ct_dlg_request) and reads
 * what the UA put on the wire (ct_next, ct_msg, ct_h); or two UAs are
 * wired back to back by an in-memory network (ct_net).
 *
 * Addresses: A = 192.0.2.1:5060 (alice), B = 192.0.2.2:5070 (bob). A
 * single-node test runs the UA on A and plays the peer on B.
 *
 * Every event the application sees is appended to node->log as one line:
 *   "<event> <msg>[ <to-tag>]"   msg: the status of a response, the
 *                                method of a request, "-" for none; the To
 *                                tag for progress and fork_ended
 *   "ended <reason> <status>"    the ENDED event
 *   "update UPDATE", "update_done <status>", "update_failed <status>|-"
 * Everything the stack allocates goes through the counting allocator.
 */
#ifndef FSIP_CALLTEST_H
#define FSIP_CALLTEST_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "fsip/call.h"
#include "fsip/stack.h"
#include "testalloc.h"
#include "testsip.h"

#define CT_MAX_SENT 512
#define CT_LOG      8192
#define CT_MAX_Q    1024
#define CT_EVENTS   13 /* fsip_call_event values the log knows */

#define CT_SDP_OFFER                                                                               \
    "v=0\r\no=alice 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"                \
    "m=audio 4000 RTP/AVP 0\r\n"
#define CT_SDP_ANSWER                                                                              \
    "v=0\r\no=bob 1 1 IN IP4 192.0.2.2\r\ns=-\r\nc=IN IP4 192.0.2.2\r\nt=0 0\r\n"                  \
    "m=audio 5000 RTP/AVP 0\r\n"
#define CT_SDP_HOLD                                                                                \
    "v=0\r\no=alice 1 2 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"                \
    "m=audio 4000 RTP/AVP 0\r\na=sendonly\r\n"

#define CT_CONTACT_A "<sip:alice@192.0.2.1:5060>"
#define CT_CONTACT_B "<sip:bob@192.0.2.2:5070>"

typedef struct ct_sent {
    fsip_flow flow;
    char *data; /* NUL-terminated copy */
    size_t len;
    uint64_t at;
    fsip_msg *msg; /* parsed on demand (default allocator) */
} ct_sent;

struct ct_net;

typedef struct ct_node {
    const char *name;
    bool side_b; /* the node sits on B (back-to-back tests) */
    fsip_stack *s;
    fsip_ua *ua;
    fsip_stack_config scfg;
    fsip_ua_config cfg;
    ct_sent sent[CT_MAX_SENT];
    int nsent;
    int cursor; /* first sent message ct_next() has not looked at */
    char log[CT_LOG];
    size_t loglen;
    /* The call of the last INCOMING / ct_invite(); NULL once it ended. */
    fsip_call *call;
    int ended; /* ENDED events seen */
    fsip_call_end end_reason;
    int end_status;
    uint64_t ev_at[CT_EVENTS]; /* time of the last event of each kind */
    int ev_count[CT_EVENTS];
    /* What the application does on its own, inside the callback. */
    int on_incoming;           /* 0: nothing; 180/183: ring; 200: accept; >= 300: reject */
    bool ring_first;           /* with on_incoming 200: 180 first */
    int on_reinvite;           /* 0: nothing; 200: accept (CT_SDP_ANSWER); >= 300: reject */
    int on_request;            /* REQUEST events: status to answer (0: none) */
    const char *late_ack_body; /* ANSWERED with a body-less INVITE: ACK body */
    int on_update;             /* UPDATE events: 0: nothing; 200: accept (CT_SDP_ANSWER when
                                  the UPDATE has a body); >= 300: reject */
    const char *prack_offer;   /* the next PROGRESS: fsip_call_prack_offer() with it (once) */
    int prack_offer_rc;        /* ... and what that returned */
    bool prack_offer_update;   /* ... then fsip_call_update(CT_SDP_OFFER) in the same event */
    int prack_offer_update_rc; /* ... and what that returned */
    struct ct_net *net;        /* back-to-back: where sends go */
    int fail_sends;            /* the send callback fails while > 0 */
} ct_node;

/* Fills *cfg with fsip_ua_config_init() defaults, our Contact, and
 * session timers off (tests that want them turn them on). */
void ct_ua_config(fsip_ua_config *cfg, bool side_b);
/* Creates stack and UA on A (or B) with the counting allocator and a fixed
 * seed (seed_byte varies it). ua_cfg NULL: ct_ua_config(). stack_cfg NULL:
 * defaults. */
void ct_node_init(ct_node *n, const char *name, bool side_b, const fsip_ua_config *ua_cfg,
                  const fsip_stack_config *stack_cfg, uint8_t seed_byte);
/* Frees UA, stack, records. */
void ct_node_free(ct_node *n);
/* Runs to `until`, asserts the UA sent nothing more and no transaction is
 * left, then frees the node. */
#define ct_node_done(n, until) ct_node_done_at((n), (until), __FILE__, __LINE__)
void ct_node_done_at(ct_node *n, uint64_t until, const char *file, int line);
/* Runs to 2000 s; asserts no transaction and no call is left and no
 * spec error was counted; frees the node. */
void ct_node_end(ct_node *n);
/* Drops the record of sent messages. */
void ct_sent_clear(ct_node *n);
/* Drops the event log (not the sent messages). */
void ct_log_clear(ct_node *n);

/* The UDP flow from the node to its peer (local = node). */
fsip_flow ct_flow_out(const ct_node *n);
/* The same flow seen by the node receiving from its peer. */
fsip_flow ct_flow_in(const ct_node *n);

/* Runs every timer due up to `until`, each at its own deadline, then
 * sets the stack's clock to `until`. */
void ct_run(ct_node *n, uint64_t until);

/* Runs timers one deadline at a time until the node sends something
 * (true; the clock stays at that deadline) or `limit` is reached (false). */
bool ct_run_until_send(ct_node *n, uint64_t limit);

/* Places a call to bob (sip:bob@192.0.2.2:5070) from "Alice"
 * <sip:alice@example.com> with CT_SDP_OFFER (body NULL: late offer). */
fsip_call *ct_invite(ct_node *n, uint64_t now, const char *extra_headers, bool with_body);

/* ------------------------------------------------------------ the peer */

/* ct_invite() at 1000, answered by the peer at 1100 (200, To tag b1,
 * Contact <sip:bob@192.0.2.2:5070>, CT_SDP_ANSWER), our ACK consumed;
 * *inv gets the INVITE's index. */
fsip_call *ct_call_answered(ct_node *n, int *inv);

/* Feeds SIP text written with LF or CRLF line ends; Content-Length is
 * appended to the headers from the body (what follows the empty line).
 * Asserts fsip_stack_recv() returns 0. */
void ct_feed(ct_node *n, uint64_t now, const char *text);
void ct_feedf(ct_node *n, uint64_t now, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Answers sent[i] (a request of the UA) as its peer: Via, From, To,
 * Call-ID and CSeq copied, ;tag=totag added to To when given and To has
 * none; then `extra` header lines ("Name: value\n"...) and `body`. */
void ct_reply(ct_node *n, int i, uint64_t now, int status, const char *totag, const char *extra,
              const char *body);

/* The peer's view of one dialog, for requests it sends. */
typedef struct ct_dlg {
    char call_id[160];
    char peer_uri[128]; /* the peer's own URI (From of its requests) */
    char peer_tag[64];
    char ua_uri[128]; /* the UA's URI (To of the peer's requests) */
    char ua_tag[64];  /* "" before the UA chose one */
    char target[160]; /* Request-URI of the peer's requests */
    char contact[160];
    uint32_t cseq; /* the peer's last CSeq */
    int branches;
    char branch[64]; /* the branch of the last request sent */
} ct_dlg;

/* A peer that calls the UA (UA on A is the callee). */
void ct_dlg_callee(ct_dlg *d, const char *call_id);
/* The peer's dialog for a call the UA placed, from the UA's INVITE
 * (sent[i]) and the peer's To tag. */
void ct_dlg_from_invite(ct_dlg *d, ct_node *n, int i, const char *peer_tag);

/* Sends a request of the peer: "METHOD target", new branch (ct_dlg.branch)
 * unless `branch` is given, CSeq `cseq` (0: ++d->cseq), From/To/Call-ID of
 * the dialog (To tag when known), the peer's Contact, Max-Forwards, extra
 * lines, body. */
void ct_dlg_request(ct_node *n, ct_dlg *d, uint64_t now, const char *method, uint32_t cseq,
                    const char *branch, const char *extra, const char *body);

/* The peer's INVITE in the dialog with CT_SDP_OFFER (CSeq ++d->cseq, new
 * branch); the UA's 100 Trying, if it sends one, is consumed. */
void ct_dlg_reoffer(ct_node *n, ct_dlg *d, uint64_t now);

/* ------------------------------------------------------------ the wire */

/* Asserts that the next message the UA sent (from the cursor) starts
 * with `prefix`; returns its index and moves the cursor past it. */
#define ct_next(n, prefix) ct_next_at((n), (prefix), __FILE__, __LINE__)
int ct_next_at(ct_node *n, const char *prefix, const char *file, int line);
/* Asserts the UA sent nothing after the cursor. */
#define ct_none(n) ct_none_at((n), __FILE__, __LINE__)
void ct_none_at(ct_node *n, const char *file, int line);
/* Runs to t - 1 and asserts the UA sent nothing (as ct_none); then runs
 * to t. */
#define ct_quiet_until(n, t) ct_quiet_until_at((n), (t), __FILE__, __LINE__)
void ct_quiet_until_at(ct_node *n, uint64_t t, const char *file, int line);
/* Messages sent since the cursor whose start line begins with prefix. */
int ct_pending(ct_node *n, const char *prefix);
/* Every message sent so far whose start line begins with prefix. */
int ct_count_sent(ct_node *n, const char *prefix);
/* Parsed sent[i] (owned by the node). */
const fsip_msg *ct_msg(ct_node *n, int i);

/* The first value of header `name` in m, unfolded, as a C string in a
 * static ring of buffers; NULL when absent. */
const char *ct_h(const fsip_msg *m, const char *name);
/* Number of values of header `name` (list elements count one each). */
int ct_hcount(const fsip_msg *m, const char *name);
/* The i-th value (0-based) of header `name`, or NULL. */
const char *ct_h_at(const fsip_msg *m, const char *name, int i);
/* Request-URI text, top Via branch, From/To tag ("" when absent), CSeq. */
const char *ct_ruri(const fsip_msg *m);
const char *ct_branch(const fsip_msg *m);
const char *ct_from_tag(const fsip_msg *m);
const char *ct_to_tag(const fsip_msg *m);
const char *ct_call_id(const fsip_msg *m);
uint32_t ct_cseq(const fsip_msg *m);
const char *ct_cseq_method(const fsip_msg *m);
const char *ct_body(const fsip_msg *m);
/* An option tag / method in a list header (Supported, Require, Allow). */
bool ct_has_token(const fsip_msg *m, const char *name, const char *token);

/* Asserts the node's event log equals `exp`, then clears it. */
#define ct_log_is(n, exp) ct_log_is_at((n), (exp), __FILE__, __LINE__)
void ct_log_is_at(ct_node *n, const char *exp, const char *file, int line);

/* Runs a group; CT_FILTER=pattern in the environment selects tests,
 * CT_VERBOSE=1 prints every message and the stack's log. */
#define ct_run_group(tests) ct_run_tests((tests), sizeof(tests) / sizeof((tests)[0]))
int ct_run_tests(const struct CMUnitTest *tests, size_t n);

/* Names used in the log. */
const char *ct_end_name(fsip_call_end why);

/* ------------------------------------------------------- back to back */

typedef struct ct_pkt {
    uint64_t at, seq;
    int to; /* 0: a, 1: b */
    fsip_flow flow;
    char *data;
    size_t len;
} ct_pkt;

typedef struct ct_net {
    ct_node *node[2];
    ct_pkt q[CT_MAX_Q];
    int nq;
    uint64_t seq;
    uint64_t latency;
    uint64_t now;
    int drop_to[2]; /* drop the next n packets toward node i */
    /* A lossy, duplicating network, reproducible from rng's seed: each
     * packet is lost with loss_pct %, and delivered twice (the copy up to
     * 50 ms later) with dup_pct %. */
    uint64_t rng;
    int loss_pct, dup_pct;
    long lost, duplicated;
} ct_net;

/* Wires a (on A) and b (on B), both already initialised. */
void ct_net_init(ct_net *net, ct_node *a, ct_node *b, uint64_t latency);
/* Drops packets still queued. */
void ct_net_free(ct_net *net);
/* Delivers packets and runs timers of both stacks in time order up to
 * `until`; then both clocks read `until`. */
void ct_net_run(ct_net *net, uint64_t until);

/* One call over a lossy network (ct_net loss_pct/dup_pct, reproducible
 * from `seed`): Alice calls Bob (who rings and answers at once), re-INVITEs
 * at 6 s if the call is up, hangs up at 16 s; the network then runs to
 * 400 s. Asserts that each side ended the call once, with no transaction,
 * timer or call left; returns how far the call got. */
typedef struct ct_outcome {
    bool answered_both, reinvited, ended_clean;
} ct_outcome;
ct_outcome ct_lossy_call(int seed, int loss, int dup);

/* ------------------------------------------------------ failmalloc */

/* A failmalloc scenario for test_failmalloc_sweep(): two UAs back to
 * back, no cmocka assertion on any path an allocation failure can take.
 * *(int *)arg: 0 = a call answered then hung up by the caller; 1 = a call
 * cancelled while ringing. Without a failed allocation the outcome is
 * checked (ANSWERED/ENDED reasons on both sides, no transaction left). */
int ct_sweep_scenario(void *arg);

/* ------------------------------------------------ the app's callback */

/* calltest's application callback (the log, on_incoming, on_reinvite,
 * ...), for a test's own callback that does more and then calls it. */
void ct_app_event(fsip_call *call, fsip_call_event ev, const fsip_msg *msg, void *arg);
/* Replaces the node's UA (before any call) by one whose application
 * callback is `cb` (arg: the node); row coverage stays attached. */
void ct_node_set_app(ct_node *n, void (*cb)(fsip_call *call, fsip_call_event ev,
                                            const fsip_msg *msg, void *arg));

/* ------------------------------------------------------ one dialog */

/* The peer calls the UA at 1000 (CSeq 1; extra header lines; body: its
 * offer or NULL); the UA's 100 and INCOMING consumed; the INVITE's branch
 * goes to br. */
void ct_peer_invite(ct_node *a, ct_dlg *d, const char *call_id, const char *extra, const char *body,
                    char *br, size_t brlen);
/* The UA rings at `now` (status, body: application/sdp or NULL); d gets
 * its To tag. Returns the 1xx's index. */
int ct_ring(ct_node *a, ct_dlg *d, uint64_t now, int status, const char *body);
/* The peer hangs up a confirmed call: 200, ENDED remote_bye. */
void ct_peer_bye(ct_node *a, ct_dlg *d, uint64_t now);
/* The UA answered the peer's last request (method) with `status`: same
 * CSeq and branch; a 500 carries Retry-After (RFC 3311 §5.2: 0 to 10 s),
 * nothing else does. Returns its index. */
int ct_rejected(ct_node *a, const ct_dlg *d, const char *method, int status);
/* The node (alice, seed 1) places a call answered by the peer
 * (ct_call_answered, ANSWERED consumed); d is the peer's dialog (To tag
 * b1). Returns the call. */
fsip_call *ct_caller_up(ct_node *a, ct_dlg *d);

/* ------------------------------------------------ a confirmed call */

/* The peer's INVITE at 1000 (Call-ID call_id, the `extra` header lines,
 * CT_SDP_OFFER), answered 200 at once (on_incoming is left 200), its ACK
 * not sent: INCOMING consumed; d gets our To tag, br (64 bytes, may be
 * NULL) the INVITE's branch. Returns the 200's index. */
int ct_callee_answered(ct_node *a, ct_dlg *d, const char *call_id, const char *extra, char *br);
/* The peer's CANCEL at `now` of its INVITE (branch br, CSeq 1, To without
 * our tag: RFC 3261 §9.1); d keeps its tag. */
void ct_peer_cancel(ct_node *a, ct_dlg *d, uint64_t now, const char *br);
/* Moves the cursor past the messages at it that begin with `prefix`
 * (retransmissions, say); returns how many. */
int ct_skip(ct_node *n, const char *prefix);

/* A call confirmed at 1100 on node a (initialised, no call yet), the UA as
 * the caller (callee false: ct_invite at 1000, the peer's 200 at 1100 with
 * To tag b1, Contact <sip:bob@192.0.2.2:5070>, the `extra` header lines
 * and CT_SDP_ANSWER, our ACK) or as the callee (the peer's INVITE at 1000,
 * Call-ID call_id, with the `extra` header lines and CT_SDP_OFFER, answered
 * 200 at once, its ACK at 1100). d: the peer's dialog. *idx (may be NULL):
 * the INVITE's index (caller) or the 200's (callee); br (64 bytes, may be
 * NULL): the peer's INVITE branch (callee). Asserts the log, that nothing
 * else was sent and the machine state confirmed. Returns the call. */
fsip_call *ct_confirmed(ct_node *a, ct_dlg *d, bool callee, const char *call_id, const char *extra,
                        int *idx, char *br);

#endif
