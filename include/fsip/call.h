/* fsip — dialogs and calls: the user-agent layer (RFC 3261 §12–15,
 * RFC 4028 session timers), on top of the sans-I/O stack (fsip/stack.h).
 *
 * A user agent (fsip_ua) becomes the transaction user of one stack: it
 * takes over the stack's request/response/txn_event callbacks, keeps the
 * dialogs, and runs one INVITE session machine per call (fsm/inv_uac.fsm
 * for calls we place, fsm/inv_uas.fsm for calls we answer) and one dialog
 * machine per dialog (fsm/dialog.fsm). The application talks to calls:
 *
 *   outgoing   fsip_call_invite()  -> PROGRESS* -> ANSWERED | ENDED
 *   incoming   INCOMING event      -> fsip_call_ring() / fsip_call_accept()
 *                                     / fsip_call_reject()
 *   either     fsip_call_reinvite(), fsip_call_hangup(), REINVITE events
 *
 * (In sipgo terms: fsip_call_invite is NewInvite + WaitAnswer, the
 * ANSWERED event is the answer, fsip_call_hangup is Bye; the INCOMING
 * event is OnInvite/OnIncomingDialog, fsip_call_accept is Respond 200.)
 *
 * Bodies are opaque: fsip passes them with their Content-Type and never
 * reads them (an offer in the INVITE, or a late offer in the 2xx answered
 * in the ACK, are both the application's to produce and read).
 *
 * Everything fsip does on its own, per RFC 3261:
 *   - the UAS retransmits its 2xx until the ACK (T1 doubling to T2) and
 *     sends BYE after 64*T1 without one (§13.3.1.4);
 *   - the UAC ACKs every 2xx, retransmissions included (§13.2.2.4);
 *   - forking: each 1xx with a new To tag is an early dialog the app sees
 *     (a PROGRESS event); the first 2xx confirms its dialog; a later 2xx
 *     of another fork is ACKed, then BYEd, and reported (FORK_ENDED);
 *   - CANCEL waits for a provisional response (§9.1) and is guarded by
 *     64*T1; a 2xx that wins the race against our CANCEL is ACKed and
 *     BYEd; a CANCEL received gets 200, the INVITE 487 (§9.2);
 *   - an INVITE or re-INVITE the app leaves unanswered gets a final
 *     response after a configurable time (480 / 500);
 *   - re-INVITE glare: 491 and the random back-off of §14.1; 500 with
 *     Retry-After to an overlapping re-INVITE (§14.2);
 *   - in-dialog rules: 481 for requests that match no dialog (§12.2.2),
 *     500 for a CSeq lower than the last (§12.2.2), OPTIONS answered with
 *     Allow/Accept/Supported (§11.2); the remote target follows target
 *     refresh requests (§12.2);
 *   - session timers (RFC 4028): Session-Expires/Min-SE, 422, refresher
 *     negotiation, refresh by re-INVITE, BYE at expiry.
 *
 * Threads: a UA belongs to its stack's thread. Callbacks run inside
 * fsip_stack_recv() / fsip_stack_tick() / the fsip_call_* call that
 * caused them, and may call the API back.
 */
#ifndef FSIP_CALL_H
#define FSIP_CALL_H

#include "fsip/auth.h"
#include "fsip/common.h"
#include "fsip/msg.h"
#include "fsip/stack.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct fsip_ua fsip_ua;     /* opaque */
typedef struct fsip_call fsip_call; /* opaque, owned by the UA */

/* The state of a call as the application sees it. */
typedef enum fsip_call_state {
    FSIP_CALL_CALLING = 0,     /* our INVITE is out, no provisional yet */
    FSIP_CALL_EARLY = 1,       /* a provisional came (caller) / was sent (callee) */
    FSIP_CALL_INCOMING = 2,    /* callee: the INVITE waits for the app's answer */
    FSIP_CALL_CONNECTING = 3,  /* callee: 2xx sent, waiting for the ACK */
    FSIP_CALL_CONFIRMED = 4,   /* the session is up (re-INVITEs happen here) */
    FSIP_CALL_CANCELLING = 5,  /* caller: CANCEL queued or sent */
    FSIP_CALL_TERMINATING = 6, /* BYE sent, waiting for its transaction */
    FSIP_CALL_TERMINATED = 7
} fsip_call_state;

const char *fsip_call_state_name(fsip_call_state st);

/* Why a call ended (FSIP_CALL_EV_ENDED). */
typedef enum fsip_call_end {
    FSIP_END_LOCAL_BYE = 0,   /* we hung up a confirmed call */
    FSIP_END_REMOTE_BYE = 1,  /* the peer sent BYE */
    FSIP_END_CANCELLED = 2,   /* caller: we cancelled; callee: the peer did */
    FSIP_END_REJECTED = 3,    /* a non-2xx final response (status) */
    FSIP_END_TIMEOUT = 4,     /* no final response / no answer by the app */
    FSIP_END_NO_ACK = 5,      /* callee: 64*T1 without ACK for our 2xx */
    FSIP_END_EXPIRED = 6,     /* RFC 4028: the session was not refreshed */
    FSIP_END_TRANSPORT = 7,   /* a transport error */
    FSIP_END_DIALOG_GONE = 8, /* a re-INVITE got 481 or timed out */
    FSIP_END_SHUTDOWN = 9     /* fsip_ua_free() with the call open */
} fsip_call_end;

const char *fsip_call_end_name(fsip_call_end why);

typedef enum fsip_call_event {
    /* A new incoming call. The app answers with fsip_call_ring(),
     * fsip_call_accept() or fsip_call_reject(), now or later; unanswered,
     * it gets 480 after fsip_ua_config.noanswer_ms. msg: the INVITE. */
    FSIP_CALL_EV_INCOMING = 0,
    /* Caller: a provisional response (msg); a new To tag is a new early
     * dialog (fsip_call_early_dialogs() counts them). A reliable one
     * (RFC 3262) is shown before its PRACK goes: an offer in it is
     * answered there with fsip_call_set_answer(), and once the first
     * exchange is complete the PRACK may carry a new offer
     * (fsip_call_prack_offer()). */
    FSIP_CALL_EV_PROGRESS = 1,
    /* The session is up. Caller: the 2xx (msg), already ACKed; its body is
     * the answer (or the late offer, answered with fsip_call_set_ack_body()
     * inside this callback). Callee: the ACK (msg). */
    FSIP_CALL_EV_ANSWERED = 2,
    /* The peer re-INVITEs (msg): answer with fsip_call_accept() or
     * fsip_call_reject(); unanswered, 500 after reinvite_answer_ms. */
    FSIP_CALL_EV_REINVITE = 3,
    /* A re-INVITE (ours: the 2xx, msg; the peer's: the ACK) completed. */
    FSIP_CALL_EV_REINVITE_DONE = 4,
    /* A re-INVITE failed and the session is unchanged (msg: the response
     * to ours; the peer's CANCEL of theirs; NULL on a timer). */
    FSIP_CALL_EV_REINVITE_FAILED = 5,
    /* Caller: a 2xx from another fork came after the call was answered; it
     * was ACKed and BYEd (msg: that 2xx). */
    FSIP_CALL_EV_FORK_ENDED = 6,
    /* Another request inside the dialog (INFO, MESSAGE, NOTIFY, ...; not
     * OPTIONS, answered by fsip). Only methods in the stack's Allow list
     * (fsip_stack_config.allow) get here; the UA's default list has none
     * of these, so name them there. The app answers it on
     * fsip_call_request_txn() inside the callback; left unanswered, fsip
     * answers 501. msg: the request. */
    FSIP_CALL_EV_REQUEST = 7,
    /* The call ended: fsip_call_end_reason(), fsip_call_end_status(). The
     * last event of the call: the handle is invalid when it returns. */
    FSIP_CALL_EV_ENDED = 8,
    /* The peer sent UPDATE (RFC 3311; msg): answer with
     * fsip_call_update_respond() within update_answer_ms, else 504. */
    FSIP_CALL_EV_UPDATE = 9,
    /* Our UPDATE, or the offer in our PRACK (fsip_call_prack_offer()),
     * got its 2xx with the answer (msg). */
    FSIP_CALL_EV_UPDATE_DONE = 10,
    /* Our UPDATE or PRACK offer failed (msg: the response, NULL on a
     * timeout; a PRACK's 2xx without an answer too), or the peer's UPDATE
     * or PRACK offer went unanswered (504 sent); the session is
     * unchanged. */
    FSIP_CALL_EV_UPDATE_FAILED = 11,
    /* Callee: the peer's PRACK (msg) acknowledges our reliable 1xx and
     * carries a new offer (RFC 3262 §5). Its 2xx must carry the answer:
     * fsip_call_update_respond() with it (or 300-699, 488 for an offer we
     * cannot take) within update_answer_ms, else 504. The 1xx counts as
     * acknowledged already. */
    FSIP_CALL_EV_PRACK_OFFER = 12
} fsip_call_event;

const char *fsip_call_event_name(fsip_call_event ev);

typedef struct fsip_ua_callbacks {
    /* Every event of every call. `msg` is borrowed for the call (may be
     * NULL). Required. */
    void (*on_call)(fsip_call *call, fsip_call_event ev, const fsip_msg *msg, void *arg);
    /* A request outside any dialog that is not INVITE, CANCEL, ACK or
     * OPTIONS (e.g. MESSAGE): answer it on `txn`. NULL: 405 with Allow. */
    void (*on_request)(fsip_ua *ua, fsip_txn *txn, const fsip_msg *req, void *arg);
    void *arg;
} fsip_ua_callbacks;

/* Reliable provisional responses (RFC 3262, "100rel"). */
typedef enum fsip_rel1xx {
    FSIP_REL1XX_OFF = 0,       /* not supported: a Require: 100rel gets 420 */
    FSIP_REL1XX_SUPPORTED = 1, /* advertised; used when the peer requires it (default) */
    FSIP_REL1XX_PREFERRED = 2  /* caller: required; callee: used whenever the peer supports it */
} fsip_rel1xx;

typedef struct fsip_ua_config {
    /* Our Contact, e.g. "<sip:alice@192.0.2.1:5060>" (copied). NULL: built
     * from the local address of each call's flow ("<sip:IP:PORT>", with
     * ;transport=tcp on TCP). */
    const char *contact;
    /* User-Agent / Server header value (copied); NULL: none. */
    const char *user_agent;
    /* Callee: an INVITE the app leaves unanswered gets 480 after this
     * (default 180000). */
    uint32_t noanswer_ms;
    /* A peer's re-INVITE the app leaves unanswered gets 500 after this
     * (default 32000 = 64*T1). */
    uint32_t reinvite_answer_ms;
    /* RFC 4028: Session-Expires we ask for (caller) or grant at most
     * (callee), in seconds; 0 disables session timers (default 1800). */
    uint32_t session_expires_s;
    /* RFC 4028 Min-SE, seconds, at least 90 (default 90). */
    uint32_t min_se_s;
    /* Reliable provisional responses: PRACK, RSeq, retransmission until
     * PRACKed, the 2xx held until a 1xx with a body is PRACKed (RFC 3262
     * §3, §4). Default FSIP_REL1XX_SUPPORTED. */
    fsip_rel1xx rel1xx;
    /* Our session refreshes (RFC 4028 §10) go as UPDATE without a body
     * when the peer's Allow names UPDATE (default true), else as re-INVITE
     * repeating the last session description. */
    bool refresh_by_update;
    /* How long the app may take to answer a peer's UPDATE before fsip
     * answers 504 (RFC 3311 §5.2 "promptly"; default 4000). */
    uint32_t update_answer_ms;
    /* Transferee: the subscription a REFER creates lasts this long at
     * most, in seconds (Subscription-State expires; default 240). */
    uint32_t refer_expires_s;
    /* Transfer target: an INVITE with Replaces for a confirmed call is
     * answered at once with the session description we last sent in the
     * replaced call, then that call is hung up (RFC 3891 §3). false: the
     * app sees INCOMING (fsip_call_replaced()) and answers it itself.
     * Default true. */
    bool replaces_auto_answer;
    /* Maximum calls open at once; past it an INVITE gets 503 (default 65536). */
    uint32_t max_calls;
    /* The driver's clock (same origin as the `now` passed to the stack), read
     * by fsip_call_* calls made outside the UA's callbacks. NULL: the time
     * of the stack's last fsip_stack_recv()/fsip_stack_tick(). With the
     * built-in loop: a function returning fsip_loop_now(loop). */
    uint64_t (*clock)(void *arg);
    void *clock_arg;
    /* Digest credentials (fsip/auth.h): a 401/407 to a request of ours
     * (INVITE, re-INVITE, BYE, UPDATE, REFER, PRACK, REGISTER) is answered
     * once per challenge by the same request with CSeq + 1 and
     * Authorization / Proxy-Authorization (RFC 3261 §22.2). Left empty
     * (no username, no lookup): a challenge is a failure like any other
     * final response. Copied by fsip_ua_new(). */
    fsip_auth_client_config auth;
} fsip_ua_config;

void fsip_ua_config_init(fsip_ua_config *cfg);

/* Creates a UA on `stack`, which it serves as transaction user: the stack's
 * request/response/txn_event callbacks are replaced (its send stays).
 * `cfg` (NULL: defaults) and `cbs` are copied. Returns 0 and *out,
 * FSIP_EINVAL or FSIP_ENOMEM. Free it before the stack. */
int fsip_ua_new(fsip_stack *stack, const fsip_ua_config *cfg, const fsip_ua_callbacks *cbs,
                fsip_ua **out);
/* Frees every call without sending anything (each open call gets its
 * ENDED event with FSIP_END_SHUTDOWN first), then the UA. */
void fsip_ua_free(fsip_ua *ua);

fsip_stack *fsip_ua_stack(const fsip_ua *ua);

/* Counters of the UA. */
typedef struct fsip_ua_stats {
    uint64_t calls_out, calls_in;               /* created */
    uint64_t calls_answered;                    /* reached CONFIRMED */
    uint64_t calls_failed;                      /* ended before CONFIRMED */
    uint64_t calls_active;                      /* open now */
    uint64_t rej_481, rej_500_cseq;             /* in-dialog requests refused */
    uint64_t forks_ended;                       /* extra 2xx ACKed and BYEd */
    uint64_t acks_sent, acks_resent, ok_resent; /* 2xx/ACK retransmission handling */
    uint64_t oa_errors;   /* offer/answer rule broken by the peer (the call was hung up) */
    uint64_t spec_errors; /* events the machines declare impossible (a bug if not 0) */
    /* Digest authentication (fsip_ua_config.auth, RFC 3261 §22.2): requests
     * sent again with credentials after a 401/407, and challenges left
     * unanswered because the UA had credentials but could not use them
     * (none for the realm, refused, an unsupported algorithm). */
    uint64_t auth_retries, auth_failures;
} fsip_ua_stats;

const fsip_ua_stats *fsip_ua_stats_get(const fsip_ua *ua);

/* -------------------------------------------------------------- calls */

typedef struct fsip_call_params {
    const char *target;       /* Request-URI and To URI: "sip:bob@192.0.2.2:5060" (required) */
    const char *from;         /* From, name-addr or URI: "\"Alice\" <sip:alice@example.com>";
                                 NULL: "<sip:anonymous@LOCAL-IP>" */
    const char *to;           /* To, when it differs from target; NULL: <target> */
    fsip_flow dest;           /* where the INVITE goes (e.g. fsip_endpoint_flow_to()) */
    const char *content_type; /* body's type, e.g. "application/sdp"; NULL with no body */
    const void *body;         /* the offer, or NULL for a late offer */
    size_t body_len;
    const char *headers; /* extra headers, "Name: value\r\n"..., or NULL */
    void *user;          /* fsip_call_user() */
} fsip_call_params;

/* Places a call: builds the INVITE (new Call-ID, From tag, CSeq 1,
 * Contact, Max-Forwards 70, Allow, Supported, and Session-Expires when
 * enabled) and sends it. Returns 0 and *out (valid until its ENDED event
 * returns), FSIP_EINVAL (bad target/from/headers), FSIP_ELIMIT (too many
 * calls or transactions), FSIP_ENOMEM. Events follow through on_call. */
int fsip_call_invite(fsip_ua *ua, const fsip_call_params *p, fsip_call **out);

/* Callee: a provisional response (101..199; 180 Ringing, 183 Session
 * Progress with an early body). body may be NULL. */
int fsip_call_ring(fsip_call *call, int status, const char *content_type, const void *body,
                   size_t len);
/* Answers the pending INVITE or re-INVITE of the peer with 200 and the
 * body (the answer, or our offer when the INVITE had none: then a body is
 * required). FSIP_EINVAL when the offer/answer state does not allow it. */
int fsip_call_accept(fsip_call *call, const char *content_type, const void *body, size_t len);
/* Rejects the pending INVITE or re-INVITE (300..699; reason NULL: the
 * standard phrase). A rejected re-INVITE leaves the session as it was. */
int fsip_call_reject(fsip_call *call, int status, const char *reason);
/* The same with a response the application built: its status, reason and
 * every header other than Via, From, To, Call-ID, CSeq, Content-Length
 * and Content-Type go on the rejection, e.g. the 401 / 407 of
 * fsip_auth_server_challenge() with its WWW-Authenticate /
 * Proxy-Authenticate challenges (RFC 3261 §22.1). `resp` is borrowed.
 * Returns as fsip_call_reject(). */
int fsip_call_reject_msg(fsip_call *call, const fsip_msg *resp);
/* Sends a re-INVITE with a new body (hold/resume, RFC 3261 §14.1). One at
 * a time: FSIP_EINVAL while one is in progress or the call is not
 * confirmed. */
int fsip_call_reinvite(fsip_call *call, const char *content_type, const void *body, size_t len);
/* Ends the call whatever its state: CANCEL (caller, before the answer;
 * RFC 3261 §9.1), 603 Decline (callee, before answering), BYE afterwards
 * (the callee's BYE waits for the ACK, §15). Idempotent. */
int fsip_call_hangup(fsip_call *call);
/* Sends an UPDATE (RFC 3311) with a new body (an offer) or none, in the
 * early or confirmed dialog: the caller once a 1xx opened an early dialog
 * (the latest one's), the callee once its own 1xx went. One at a time:
 * FSIP_EINVAL while ours is in progress or waiting to be retried after
 * 491/500 (done automatically), or before the dialog exists. */
int fsip_call_update(fsip_call *call, const char *content_type, const void *body, size_t len);
/* Answers the peer's pending UPDATE (FSIP_CALL_EV_UPDATE) or the offer in
 * its PRACK (FSIP_CALL_EV_PRACK_OFFER): 2xx with our answer as body (a
 * PRACK offer requires one), or 300-699 (488 for an offer we cannot take;
 * the session is unchanged). */
int fsip_call_update_respond(fsip_call *call, int status, const char *reason,
                             const char *content_type, const void *body, size_t len);
/* The answer to an offer the peer made in a response to our offerless
 * request (RFC 3261 §13.2.1, RFC 3262 §5), given inside the event that
 * shows that response: ANSWERED (2xx to our INVITE: the answer goes in the
 * ACK), PROGRESS (a reliable 1xx: in the PRACK) or REINVITE_DONE (2xx to
 * our re-INVITE: in the ACK). Copied. fsip_call_offer_answer_state() is
 * "remote_2xx" / "remote_1xx" then. */
int fsip_call_set_answer(fsip_call *call, const char *content_type, const void *body, size_t len);
/* Caller, inside the PROGRESS event of a reliable 1xx: a new offer for
 * the PRACK that acknowledges it (RFC 3262 §5 "MAY generate an additional
 * offer in the PRACK"), allowed once that early dialog's first exchange is
 * complete (fsip_call_offer_answer_state() "stable") and a reliable 1xx
 * of the dialog has carried a session description (an answer only in an
 * unreliable 1xx does not do). Copied; the dialog is "local_prack" at
 * once. The answer comes in the PRACK's 2xx: FSIP_CALL_EV_UPDATE_DONE
 * (msg: that 2xx). A rejection, a timeout, a 2xx without an answer, a
 * PRACK that cannot be sent or the dialog lost to another fork's 2xx give
 * FSIP_CALL_EV_UPDATE_FAILED (msg: the response or NULL) and the session
 * stays as it was; after a rejection a PRACK without the offer
 * acknowledges the 1xx. FSIP_EINVAL outside that event, while an offer is
 * unanswered (ours or the peer's), or for an offer in the 1xx itself
 * (answer it with fsip_call_set_answer()). */
int fsip_call_prack_offer(fsip_call *call, const char *content_type, const void *body, size_t len);
/* The same (the name it had first). */
int fsip_call_set_ack_body(fsip_call *call, const char *content_type, const void *body, size_t len);

/* In an FSIP_CALL_EV_REQUEST event: the request's server transaction, to
 * answer with fsip_txn_respond_status() or fsip_txn_respond(). */
fsip_txn *fsip_call_request_txn(const fsip_call *call);

fsip_call_state fsip_call_get_state(const fsip_call *call);
/* The session machine's own state name ("reinv_out"). */
const char *fsip_call_machine_state(const fsip_call *call);
bool fsip_call_is_outgoing(const fsip_call *call);
fsip_call_end fsip_call_end_reason(const fsip_call *call);
/* The status that ended the call: the final response (rejected), 487,
 * 408, 480...; 0 when none applies (BYE). */
int fsip_call_end_status(const fsip_call *call);
/* Dialog identifiers (borrowed, NUL-terminated; remote tag "" until known). */
const char *fsip_call_id(const fsip_call *call);
const char *fsip_call_local_tag(const fsip_call *call);
const char *fsip_call_remote_tag(const fsip_call *call);
/* Caller: early dialogs seen (distinct To tags in provisional responses). */
uint32_t fsip_call_early_dialogs(const fsip_call *call);
/* RFC 4028: the negotiated interval in seconds (0: no session timer), and
 * whether we are the refresher. */
uint32_t fsip_call_session_expires(const fsip_call *call);
bool fsip_call_is_refresher(const fsip_call *call);
/* The offer/answer state of the dialog (fsm/offer_answer.fsm): "none",
 * "local_invite" (our offer awaits its answer), "remote_update" (the
 * peer's offer in an UPDATE awaits ours), "stable", ... */
const char *fsip_call_offer_answer_state(const fsip_call *call);
/* Where a request to a sip: or sips: URI goes, without DNS (fsip has no
 * resolver yet: RFC 3263 §4 for an IP-literal host): the host and its
 * port, else 5060 (sip) or 5061 (sips), into *addr; for a sips: URI
 * FSIP_TRANSPORT_TLS into *tr (RFC 3261 §26.2), for a sip: URI its
 * ;transport= parameter (udp, tcp, tls), *tr keeping its value without one.
 * Returns 0, FSIP_EINVAL (another scheme) or FSIP_ENOTFOUND (a host
 * name). */
int fsip_uri_dest(const fsip_uri *uri, fsip_netaddr *addr, fsip_transport *tr);

void *fsip_call_user(const fsip_call *call);
void fsip_call_set_user(fsip_call *call, void *user);
fsip_ua *fsip_call_ua(const fsip_call *call);

#ifdef __cplusplus
}
#endif
#endif
