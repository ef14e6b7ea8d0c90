/* The call layer's private types, shared by runtime/call.c (dialogs and
 * INVITE sessions) and runtime/call_rel.c (reliable provisional responses,
 * RFC 3262). */
#ifndef FSIP_CALL_INTERNAL_H
#define FSIP_CALL_INTERNAL_H

#include <string.h>

#include "fsip/call.h"
#include "fsm_dialog.h"
#include "fsm_inv_uac.h"
#include "fsm_inv_uas.h"
#include "fsm_rel1xx_uac.h"
#include "fsm_rel1xx_uas.h"
#include "fsm_offer_answer.h"
#include "fsm_update.h"
#include "fsm_refer_notify.h"
#include "fsm_refer_sub.h"
#include "fsip/transfer.h"
#include "stack_internal.h"

#define CALL_MAX_TIMERS  10  /* inv_uac has 10, inv_uas 9 */
#define CALL_TIMER_SLOTS 4   /* of which at most 4 run at once */
#define MAX_FORKS        8   /* early dialogs tracked per outgoing call */
#define MAX_ROUTES       8   /* Route entries kept per dialog */
#define MAX_PENDING      4   /* app notifications queued by one row */
#define UA_HDR_CACHE     8   /* header values a UA keeps parsed */
#define XFER_EXPIRES_S   240 /* a REFER subscription's default lifetime (fsip/transfer.h) */

/* Events of the session machines by name: call.c maps each machine's own
 * indices onto these. */
enum ev {
    E_APP_INVITE,
    E_APP_CANCEL,
    E_APP_BYE,
    E_APP_REINVITE,
    E_APP_ACCEPT,
    E_APP_REJECT,
    E_APP_1XX,
    E_R1XX,
    E_R2XX,
    E_R3XX_6XX,
    E_TXN_TIMEOUT,
    E_TXN_ERROR,
    E_RE_2XX,
    E_RE_491,
    E_RE_500,
    E_RE_481,
    E_RE_TIMEOUT,
    E_RE_FAILURE,
    E_RE_2XX_AGAIN,
    E_RX_INVITE,
    E_RX_REINVITE,
    E_RX_ACK,
    E_RX_CANCEL,
    E_RX_BYE,
    E_BYE_DONE,
    E_ST_REFRESHED,
    E_R_RETRY,     /* a 401/407 or 422 to our INVITE that we answer (c->auth_retry) */
    E_RE_AUTH,     /* the same for our re-INVITE or refresh */
    E_DIALOG_GONE, /* our UPDATE's response destroyed the confirmed dialog */
    E_N
};

/* Timers whose duration the runtime supplies (the spec's value is a default). */
enum tkind {
    T_FIXED, /* the spec's duration */
    T_GLARE,
    T_RETRY,
    T_REFRESH,
    T_EXPIRE,
    T_ANSWER,
    T_NOANSWER, /* runtime-supplied */
    T_ACK,
    T_CANCEL,
    T_REINV,
    T_C /* fixed, but their expiry names the end reason */
};

/* One session machine seen through enum ev and call.c's action names. */
struct machine {
    const char *name;
    const char *const *state_names;
    const struct fsm_timer_info *timers;
    const struct fsm_action_info *actions;
    int n_timers, n_actions, n_events;
    int8_t ev[E_N];                 /* our event -> the machine's, -1: none */
    uint8_t act[64];                /* the machine's DO action -> enum act */
    uint8_t tkind[CALL_MAX_TIMERS]; /* enum tkind per timer */
    int final_state;
    uint32_t g_session_timer, g_refresher, g_offer_blocked; /* guard bits */
    int8_t ev_refresh, ev_glare, ev_retry;                  /* the machine's timer events */
};

struct row {
    int kind, next, n_actions;
    const uint8_t *actions;
    int index; /* in the machine's row table */
};

/* Tests: called for every row a call-layer machine runs ("inv_uac",
 * "inv_uas", "dialog", "rel1xx_uas", "rel1xx_uac", "update",
 * "offer_answer"), with its index in gen/fsm_<machine>.c. */
typedef void (*fsip_ua_row_hook)(const char *machine, int row, void *arg);
void fsip__ua_set_row_hook(fsip_ua *ua, fsip_ua_row_hook hook, void *arg);
/* Reports a row to the hook, if any. */
void fsip__ua_row(const fsip_ua *ua, const char *machine, int row);
/* A machine took an `error` row: an event its spec says cannot happen
 * here (a bug): counted (fsip_ua_stats.spec_errors) and logged. call_id
 * may be NULL. */
void fsip__spec_error(fsip_ua *ua, const char *call_id, const char *machine, const char *event,
                      const char *state);

/* --------------------------------------------------------------- types */

struct dlg {
    char *remote_tag;
    char *target;  /* remote target URI (Contact) */
    char *routes;  /* route set: n_route NUL-ended values, in the order written */
    uint32_t rseq; /* caller: RSeq of the last in-order reliable 1xx */
    /* Caller: the CSeq of our PRACK that carries an offer (fsip_call_prack_offer,
     * RFC 3262 §5) while its answer is awaited (local_prack); 0: none. */
    uint32_t prack_cseq;
    uint8_t n_route;
    uint8_t state; /* enum fsm_dialog_state */
    uint8_t rel;   /* caller: enum fsm_rel1xx_uac_state of this early dialog */
    uint8_t oa;    /* enum fsm_offer_answer_state: one per dialog, early ones too (RFC 6337 §2) */
    /* Caller: a reliable 1xx of this early dialog carried a session
     * description (offer_answer's guard rel_sdp, RFC 3262 §5). */
    uint8_t rel_sdp;
};

/* Callee: the reliable provisional responses of the initial INVITE
 * (fsm/rel1xx_uas.fsm, one per INVITE server transaction, RFC 3262 §3). */
#define REL_QUEUE 4
struct rel_1xx {
    int status;
    char *type, *body;
    size_t len;
};
struct rel_uas {
    fsip_call *c;
    uint8_t state;    /* enum fsm_rel1xx_uas_state */
    uint8_t busy;     /* rows running (a send failure can nest one): freed at 0 */
    bool unacked;     /* the last one sent waits for its PRACK */
    bool unacked_sdp; /* ... and carries a session description */
    uint32_t rseq;    /* RSeq of the last one sent */
    char *out;        /* its bytes, for retransmission */
    size_t out_len;
    fsip_flow flow;
    struct rel_1xx q[REL_QUEUE]; /* waiting for the PRACK of the outstanding one */
    uint32_t nq;
    struct fsip_timer timers[FSM_REL1XX_UAS_N_TIMERS];
};

/* UPDATE transactions of the call's dialog (fsm/update.fsm, RFC 3311). */
struct upd {
    fsip_call *c;
    uint8_t state;            /* enum fsm_update_state */
    bool end_usage;           /* the row ended the INVITE usage */
    bool refreshed;           /* its 2xx refreshed the session timer (RFC 4028 §10) */
    bool auto_refresh;        /* the UPDATE arriving is a bare refresh fsip answers */
    fsip_txn *out, *in, *cur; /* ours in progress; the peer's pending; the one arriving */
    char *type, *body;        /* our UPDATE's body (kept for its retry) */
    size_t len;
    /* The remote tag of the dialog our UPDATE went in (NULL: none), where
     * its outcome lands (RFC 3311 §5.3), and a retry goes. */
    char *out_tag;
    bool refused;              /* send_update: offer_answer refused the retry's offer */
    char *ans_type, *ans_body; /* our 2xx's body */
    size_t ans_len;
    int reject_status;
    char reject_reason[48];
    uint32_t retry_ms;
    struct fsip_timer timers[FSM_UPDATE_N_TIMERS];
};

struct prev_body {
    char *type, *body;
    size_t len;
    /* Caller before the 2xx: the remote tag of the early dialog whose
     * exchange (UPDATE, PRACK) settled this description, and the next
     * early dialog's; NULL: the body before our re-INVITE's offer. */
    char *tag;
    struct prev_body *next;
};

struct pending {
    fsip_call_event ev;
    const fsip_msg *msg;
};

struct fsip_ua {
    fsip_stack *s;
    const fsip_allocator *alloc;
    fsip_ua_config cfg;
    char *contact, *user_agent;
    fsip_ua_callbacks cb;
    fsip_stack_callbacks prev; /* the stack's callbacks before the UA took over */
    fsip_ua_stats st;
    struct fsip_htable calls; /* by Call-ID NUL local tag */
    fsip_call *all;
    struct machine m[2]; /* [0] caller (inv_uac), [1] callee (inv_uas) */
    bool closing;        /* fsip_ua_free() runs: the API sends nothing */
    fsip_ua_row_hook row_hook;
    void *row_hook_arg;
    fsip_xfer_handler on_xfer; /* fsip_ua_set_transfer_handler() */
    void *xfer_arg;
    /* The UA's own header values (Contact, Allow, Supported) go on message
     * after message: the last few, parsed once (fsip__ua_hdr_add). */
    struct ua_hdr {
        fsip_msg *m; /* their entries, nothing else */
        char *name, *text;
        uint32_t used;
    } hc[UA_HDR_CACHE];
    uint32_t hc_tick;
    /* Another user of the UA's client transactions (the registration
     * client, runtime/register.c): it sees each response and transaction
     * event first and returns true for the transactions it owns, which are
     * not calls. `closing` runs at the start of fsip_ua_free(). */
    struct ua_ext {
        bool (*response)(fsip_ua *ua, fsip_txn *t, const fsip_msg *resp, void *arg);
        bool (*txn_event)(fsip_ua *ua, fsip_txn *t, fsip_txn_event ev, void *arg);
        void (*closing)(fsip_ua *ua, void *arg);
        void *arg;
    } ext;
    /* The UA's digest credentials (fsip_ua_config.auth), NULL without. */
    fsip_auth_client *auth;
};

struct fsip_call {
    struct fsip_hnode node;
    fsip_ua *ua;
    fsip_call *prev, *next;
    const struct machine *m;
    bool outgoing : 1;
    bool linked : 1; /* in ua->calls */
    bool ended : 1;  /* ENDED delivered (or being) */
    bool done : 1;   /* the machine reached its final state */
    bool bye_done_fed : 1;
    bool late_offer : 1;         /* our INVITE had no body */
    bool confirmed : 1;          /* the dialog was confirmed (2xx sent or received) */
    bool peer_update : 1;        /* the peer's Allow names UPDATE (RFC 3311 §5) */
    bool told_progress : 1;      /* PROGRESS delivered ahead of its row (a reliable 1xx, before its
                                    PRACK: fsip__in_rel_1xx) */
    bool told_reinvite_done : 1; /* REINVITE_DONE ahead of its row (an offer in its 2xx) */
    bool told_answered : 1;      /* ANSWERED delivered ahead of its row (late offer) */
    bool in_late_answer : 1;     /* inside the ANSWERED event of a late offer */
    bool hangup_deferred : 1;    /* fsip_call_hangup() in there: after the ACK */
    bool oa_error : 1;           /* offer_answer saw a protocol error: hang up after the row */
    bool bye_failed : 1;         /* our BYE could not be sent: bye_done after the row */
    bool timer_c : 1;            /* Timer C fired: the CANCEL that follows is a timeout */
    bool in_row : 1;
    bool auth_failed : 1; /* send_invite_retry / send_auth_retry could not send: a timeout after the
                             row */
    bool machine_ref : 1; /* the machine's reference, dropped at its final state */
    bool have_remote_cseq : 1;
    bool next_set : 1;
    bool rel : 1;         /* callee: provisional responses go reliably (RFC 3262) */
    bool rel_sending : 1; /* the 1xx being built is reliable: RSeq rel_rseq */
    bool sips : 1; /* the dialog's Request-URI is sips: our Contact is too (RFC 3261 §12.1.1) */
    uint8_t state;
    uint32_t guards;
    uint32_t refs; /* transactions whose user is this call, + 1 while !done */
    uint32_t klen; /* (fields grouped by size: a call is held per idle call, docs/bench.md) */
    char *key;     /* Call-ID NUL local tag */
    const char *call_id, *local_tag; /* into key */
    char *local_hdr;                 /* our From (caller) / To (callee) value with our tag */
    char *remote_hdr;                /* their To (caller, no tag) / From (callee, with tag) value */
    char *request_uri;
    struct dlg d; /* the dialog */
    char *byed;   /* caller: To tags of forks answered late and BYEd, NUL-separated, "" ended */
    struct dlg *forks; /* caller: early dialogs by To tag (MAX_FORKS, allocated on the first) */
    uint32_t n_forks, n_early;
    uint32_t last_fork; /* caller: the early dialog of the latest 1xx */
    uint32_t local_cseq, remote_cseq;
    uint32_t n_pend; /* notifications waiting in pend[] */
    fsip_flow flow;  /* the flow the dialog began on */
    fsip_txn *inv;   /* the initial INVITE's ICT / IST */
    fsip_txn *reinv_out, *reinv_in, *bye, *cur, *req_txn;
    fsip_msg *invite; /* caller: the INVITE to send (send_invite takes it) */
    /* The request answering a challenge (RFC 3261 §22.2) or a 422 (RFC
     * 4028 §6), for the row of r_retry / re_auth (send_invite_retry /
     * send_auth_retry takes it; freed after the row otherwise). */
    fsip_msg *auth_retry;
    /* fsip_call_reject_msg(): the response whose extra headers the
     * rejection carries (borrowed for the call). */
    const fsip_msg *reject_msg;
    /* Callee: the 2xx we retransmit until the ACK (RFC 3261 §13.3.1.4). */
    char *ok;
    size_t ok_len;
    fsip_txn *ok_txn; /* its server transaction (held), for the flow */
    uint32_t ok_cseq;
    uint32_t ack_cseq; /* (the caller's ACK below) */
    /* Caller: the ACK of the latest 2xx (resent for its retransmissions). */
    char *ack;
    size_t ack_len;
    char *ack_type, *ack_body; /* the ACK's body (late offer answered) */
    size_t ack_body_len;
    /* The remote tag of the dialog whose offer that body answers (NULL: a
     * dialog without one): RFC 3262 §5, RFC 3261 §13.2.1. */
    char *ack_tag;
    /* The body we sent last (refreshes repeat it), and the one to send next. */
    char *body_type, *body;
    size_t body_len;
    char *next_type, *next_body;
    size_t next_len;
    /* The body before our re-INVITE's offer replaced it, back when that
     * re-INVITE fails (RFC 3261 §14.1: the session is unchanged); NULL
     * when no re-INVITE offer of ours is pending (allocated only then).
     * Caller before the 2xx: the descriptions early dialogs' UPDATE or
     * PRACK exchanges settled (a list, tags set), one of them ours if a
     * 2xx picks its dialog. */
    struct prev_body *prev_sdp;
    int ring_status, reject_status;
    char *reject_reason; /* NULL: the standard phrase */
    uint32_t retry_ms;
    uint32_t se;       /* RFC 4028 interval, s (0: none) */
    uint32_t se_asked; /* caller: Session-Expires of the INVITE */
    uint32_t min_se;
    int retries_422;
    fsip_call_end why;
    int why_status;
    uint32_t rel_rseq;
    struct rel_uas *rel_uas;
    struct upd *upd;
    fsip_call_end end_reason;
    int end_status;
    struct pending pend[MAX_PENDING];
    struct fsip_timer timers[CALL_TIMER_SLOTS]; /* slot: the machine's timer, UINT32_MAX free */
    void *user;
    /* Call transfer (call_refer.c): the REFER subscriptions sharing this
     * dialog (RFC 5057 usages; each holds a reference), and, for a call
     * placed because of a REFER we accepted, that transfer. */
    struct fsip_xfer *xfers;
    struct fsip_xfer *referred_by;
    /* Transfer target (call_replaces.c): the call an INVITE with Replaces
     * took over (a reference is held), RFC 3891. */
    fsip_call *replaced;
};

/* ------------------------------------------------------------ helpers */

/* Caller: inside the PROGRESS event of a reliable 1xx, which runs before
 * its PRACK is built (fsip__rel_uac_1xx, fsip__tell_early). */
static inline bool fsip__in_rel_1xx(const fsip_call *c)
{
    return c->in_late_answer && c->told_progress;
}

/* The UA's time: the stack's while inside one of its callbacks, else the
 * driver's clock (fsip_ua_config.clock) when there is one. */
static inline uint64_t fsip__ua_now(const fsip_ua *ua)
{
    if (ua->s->depth > 0 || !ua->cfg.clock) return ua->s->now;
    return ua->cfg.clock(ua->cfg.clock_arg);
}

/* fsip_msg_hdr_add() when rc is still 0 (a chain of adds keeps the first
 * error). */
static inline int fsip__hdr_add_rc(fsip_msg *m, const char *name, const char *value, int rc)
{
    return rc == 0 ? fsip_msg_hdr_add(m, name, value) : rc;
}

/* Adds the application's extra headers "Name: value\r\n"... (a line
 * without a name, or longer than 1000 bytes: FSIP_EINVAL). Returns 0 or
 * the first error. */
int fsip__hdr_add_lines(fsip_msg *m, const char *lines);

static inline void *xalloc(fsip_ua *ua, size_t n)
{
    return ua->alloc->malloc(n, ua->alloc->arg);
}

static inline void xfree(fsip_ua *ua, void *p)
{
    if (p) ua->alloc->free(p, ua->alloc->arg);
}

static inline char *xstrndup(fsip_ua *ua, const char *p, size_t n)
{
    char *r = xalloc(ua, n + 1);
    if (!r) return NULL;
    if (n) memcpy(r, p, n);
    r[n] = 0;
    return r;
}

static inline char *xstr(fsip_ua *ua, fsip_str s)
{
    return xstrndup(ua, s.ptr ? s.ptr : "", s.ptr ? s.len : 0);
}

/* The value of the first header `id` as a NUL-terminated copy, or NULL. */
static inline const fsip_hdr *hdr(const fsip_msg *m, fsip_hdr_id id)
{
    return fsip_msg_hdr_first(m, id);
}

static inline bool has_option(const fsip_msg *m, fsip_hdr_id id, const char *tag)
{
    for (const fsip_hdr *h = hdr(m, id); h; h = fsip_msg_hdr_next(m, h))
        if (fsip_str_caseeq(h->value, tag)) return true;
    return false;
}

/* The UA's digest client (fsip_ua_config.auth), shared with the
 * registration client; NULL when the UA has no credentials. */
fsip_auth_client *fsip__ua_auth(fsip_ua *ua);

/* RFC 3261 §22.2, §8.1.3.5: the request of client transaction t again,
 * answering the 401/407 `resp` with the UA's credentials: same Request-URI,
 * headers and body, CSeq the dialog's next (c->local_cseq + 1), no Via (a
 * new branch when sent). NULL when the UA has no credentials or cannot
 * answer (no credentials for the realm, refused, unsupported: counted in
 * fsip_ua_stats.auth_failures). */
fsip_msg *fsip__auth_retry(fsip_call *c, fsip_txn *t, const fsip_msg *resp);
/* That request, sent where t went on a new client transaction held by
 * the call: the transaction, or NULL when not built or not sent (the
 * response stands). */
fsip_txn *fsip__auth_resend(fsip_call *c, fsip_txn *t, const fsip_msg *resp);

/* call.c */
void fsip__call_event(fsip_call *c, enum ev e, const fsip_msg *msg);
/* The call whose dialog has this Call-ID and local tag (RFC 3261 §12),
 * or NULL. */
fsip_call *fsip__call_find(fsip_ua *ua, fsip_str call_id, fsip_str local_tag);
void fsip__call_hold_txn(fsip_call *c, fsip_txn *t);
void fsip__call_unref(fsip_call *c);
void fsip__dlg_clear(fsip_ua *ua, struct dlg *d);
void fsip__dlg_from_response(fsip_ua *ua, struct dlg *d, const fsip_msg *resp);
void fsip__dlg_set_target(fsip_ua *ua, struct dlg *d, const fsip_msg *m);
void fsip__dlg_dest(fsip_call *c, const struct dlg *d, fsip_flow *out);
/* The flow a request to `uri` takes (fsip_uri_dest; c's flow when it names
 * no numeric host): c's connection is kept when the URI names the same
 * transport and the peer's address (same_ip: any port, as inside the
 * dialog) or exactly its address and port (a new dialog). Returns 0 or the
 * reason *out stayed c's flow. */
int fsip__uri_flow(fsip_call *c, const char *uri, size_t len, bool same_ip, fsip_flow *out);
fsip_msg *fsip__dlg_request(fsip_call *c, const struct dlg *d, const char *method, uint32_t seq);
void fsip__contact_of(const fsip_call *c, char *out, size_t cap);
/* fsip_msg_hdr_add() for the UA's own values (Contact, Allow, Supported):
 * a value seen before is copied with its parse from the UA's template
 * (allocated from the UA's allocator, freed with it) instead of parsed. */
int fsip__ua_hdr_add(fsip_ua *ua, fsip_msg *m, const char *name, const char *value);
void fsip__set_body(fsip_msg *m, const char *type, const char *body, size_t len);
/* Our session description is now `body` (an UPDATE or PRACK exchange in
 * dialog d completed with it): a session refresh re-INVITE, or a 2xx that
 * repeats our description (the callee's 2xx after an early exchange too),
 * carries it (RFC 4028 §10, RFC 3264 §8: an
 * unchanged session goes with the same description). For a caller's early
 * dialog it is kept apart, ours if the 2xx picks that dialog; no body:
 * nothing changes. */
int fsip__call_keep_sdp(fsip_call *c, const struct dlg *d, const char *type, const void *body,
                        size_t len);
int fsip__keep_body(fsip_ua *ua, char **tp, char **bp, size_t *lp, const char *type,
                    const void *body, size_t len);
void fsip__call_respond(fsip_call *c, fsip_txn *t, int status, const char *reason);
/* The same with one more header (hname: value). */
void fsip__call_respond_hdr(fsip_call *c, fsip_txn *t, int status, const char *reason,
                            const char *hname, const char *hvalue);
/* status; a 500 with a random Retry-After of 0-10 s (RFC 3261 §14.2,
 * RFC 3311 §5.2): how a request crossing one in progress is turned down. */
void fsip__call_respond_retry(fsip_call *c, fsip_txn *t, int status);
struct dlg *fsip__fork_find(fsip_call *c, fsip_str tag);
/* The dialog a request from the peer with From tag `remote_tag` belongs to:
 * the call's, or before the answer the caller's early dialog of that tag;
 * NULL once that dialog is gone (an early dialog the 2xx of another fork
 * ended, RFC 3261 §13.2.2.4). */
struct dlg *fsip__dlg_of(fsip_call *c, fsip_str remote_tag);
uint32_t fsip__ua_rnd(fsip_ua *ua, uint32_t n);

void fsip__st_grant(fsip_call *c, const fsip_msg *req, fsip_msg *r);
/* RFC 4028 §9: a re-INVITE or UPDATE whose Session-Expires is below our
 * Min-SE (0 included, RFC 4028 §4) gets 422 with it, when the UAC supports
 * timers and so can retry. Returns true when answered. */
bool fsip__st_reject_below_min_se(fsip_call *c, fsip_txn *t, const fsip_msg *req);
/* Tells the app an event now, inside a row, so that it can give the answer
 * to an offer (fsip_call_set_answer) before the PRACK or ACK is built; a
 * hang-up in there waits for the row. */
void fsip__tell_early(fsip_call *c, fsip_call_event ev, const fsip_msg *m);
/* Keeps (type, body) in c->ack_* for the next PRACK or ACK of dialog d
 * (its remote tag in c->ack_tag), which fsip__take_answer takes. */
int fsip__keep_ack_body(fsip_call *c, const struct dlg *d, const char *type, const void *body,
                        size_t len);
/* Puts the answer the app gave (fsip_call_set_answer) on m (a PRACK or an
 * ACK of dialog d), tells offer_answer (oa_ev) and forgets it. An answer
 * given for another dialog's offer stays for that one; one the state of d
 * no longer takes (a refusing row) is not sent and is forgotten. m NULL:
 * the message could not be built; the body is dropped. */
void fsip__take_answer(fsip_call *c, struct dlg *d, fsip_msg *m, int oa_ev);
/* Sets up n timers of `owner` on the stack's heap, each firing `fire`. */
void fsip__tu_timers_init(struct fsip_timer *t, uint32_t n, void *owner,
                          void (*fire)(struct fsip_timer *));
void fsip__call_queue(fsip_call *c, fsip_call_event ev, const fsip_msg *msg);
void fsip__call_deliver(fsip_call *c);
/* The INVITE usage is over (RFC 5057 §5.1: 481/408 to a mid-dialog
 * request): BYE, CANCEL or reject, whichever the session state takes. */
void fsip__call_end_usage(fsip_call *c, int status);
/* RFC 5057 §5.1: a response that destroys the dialog (481 and the like). */
bool fsip__status_dialog_gone(int status);

/* The request m goes out in c's dialog on a new client transaction that
 * the call holds (its responses come to ua_response). NULL when it could
 * not be sent. Takes m. */
fsip_txn *fsip__call_send(fsip_call *c, fsip_msg *m);
/* The dialog machine hears that a usage other than the INVITE one began or
 * ended (RFC 5057 §4): a REFER subscription. */
void fsip__dlg_usage(fsip_call *c, bool added);
/* The INVITE usage is over and so is the last other usage: the dialog
 * goes (unlinked, so that its requests get 481). */
void fsip__call_dialog_gone(fsip_call *c);

/* call_refer.c: REFER and its implicit subscription (RFC 3515, RFC 6665),
 * fsm/refer_sub.fsm (transferor) and fsm/refer_notify.fsm (transferee). */
/* A REFER / NOTIFY in c's dialog (answered). */
void fsip__xfer_refer(fsip_call *c, fsip_txn *t, const fsip_msg *req);
void fsip__xfer_notify(fsip_call *c, fsip_txn *t, const fsip_msg *req);
/* A response to / failure of one of c's transactions: true when it was a
 * REFER or NOTIFY of a transfer. */
bool fsip__xfer_response(fsip_call *c, fsip_txn *t, const fsip_msg *resp);
bool fsip__xfer_txn_failed(fsip_call *c, fsip_txn *t, bool timeout);
void fsip__xfer_txn_gone(fsip_call *c, fsip_txn *t);
/* Whether a subscription shares c's dialog. */
static inline bool fsip__xfer_live(const fsip_call *c)
{
    return c->xfers != NULL;
}
/* c's dialog was destroyed (RFC 5057 §5.1) or the UA shuts down: every
 * subscription in it ends (DONE, DIALOG_GONE). */
void fsip__xfer_dialog_ended(fsip_call *c);
/* An event of call c, which a REFER we accepted placed: NOTIFY its
 * progress (before the app hears of it). */
void fsip__xfer_call_event(fsip_call *c, fsip_call_event ev, const fsip_msg *msg);

/* call_replaces.c: the transfer target (RFC 3891). */
/* An INVITE outside any dialog: 0 when it has no Replaces header, or
 * names a dialog it may replace (*out: that call); otherwise it answered
 * the INVITE itself (400, 481, 486, 603) and returns its status. */
int fsip__replaces_check(fsip_ua *ua, fsip_txn *t, const fsip_msg *req, fsip_call **out);
/* New call c replaces c->replaced: called after its INCOMING event was
 * delivered (auto-answer by policy). */
void fsip__replaces_incoming(fsip_call *c);
/* Call c, which replaces c->replaced, is confirmed (ACK received) or
 * ended: the replaced call is hung up (BYE, or CANCEL of our INVITE for an
 * early call we placed, RFC 3891 §3) / released. */
void fsip__replaces_confirmed(fsip_call *c);
void fsip__replaces_release(fsip_call *c);

/* call_update.c: UPDATE (RFC 3311). */
int fsip__upd_send(fsip_call *c, const char *type, const void *body, size_t len);
int fsip__upd_respond(fsip_call *c, int status, const char *reason, const char *type,
                      const void *body, size_t len);
void fsip__upd_request(fsip_call *c, fsip_txn *t, const fsip_msg *req);
/* A response / failure on one of the call's transactions: true when it was
 * our UPDATE's. */
/* The peer's PRACK t (matched to our reliable 1xx) carries a new offer
 * (RFC 3262 §5): 1 when the update machine takes it as the peer's pending
 * request (offer_answer is then in remote_prack; the caller acknowledges
 * the 1xx without answering t, then calls fsip__upd_prack_offer_up, which
 * shows it to the application), 0 when it was answered (500: another of
 * the peer's requests awaits our answer), or FSIP_ENOMEM. */
int fsip__upd_prack_offer(fsip_call *c, fsip_txn *t, const fsip_msg *req);
void fsip__upd_prack_offer_up(fsip_call *c, const fsip_msg *req);
/* Whether t is the peer's request the update machine holds for the app. */
bool fsip__upd_holds(const fsip_call *c, const fsip_txn *t);
bool fsip__upd_response(fsip_call *c, fsip_txn *t, const fsip_msg *resp);
bool fsip__upd_txn_failed(fsip_call *c, fsip_txn *t);
void fsip__upd_txn_gone(fsip_call *c, fsip_txn *t);
void fsip__upd_dialog_ended(fsip_call *c);
void fsip__upd_free(fsip_call *c);
/* Whether an UPDATE transaction of the call (either side) is under way. */
bool fsip__upd_busy(const fsip_call *c);

/* call_oa.c: offer/answer (fsm/offer_answer.fsm). `ev` is an
 * enum fsm_offer_answer_event. Return 0 (go on), FSIP_EINVAL (refused: do
 * not send), or 491 / 500 (reject the request that carries it). _would
 * asks without changing anything. */
int fsip__oa(fsip_call *c, int ev);
/* Whether the row for ev takes the body as a new offer for the
 * application (to_app_offer); nothing runs. */
bool fsip__oa_is_offer(const fsip_call *c, int ev);
/* The same on dialog d (a caller's early dialog; NULL, a dialog that is
 * gone: nothing happens). */
int fsip__oa_on(fsip_call *c, struct dlg *d, int ev);
int fsip__oa_would_on(const fsip_call *c, const struct dlg *d, int ev);
int fsip__oa_would(const fsip_call *c, int ev);
/* Whether the call's dialog refuses tx event ev now; unlike _would, no row
 * is recorded as run (a guard's question, RFC 3261 §13.2.1). */
bool fsip__oa_refuses(const fsip_call *c, int ev);
/* The dialog whose state fsip_call_offer_answer_state() reports. */
const struct dlg *fsip__oa_dlg(const fsip_call *c);

/* call_rel.c: reliable provisional responses (RFC 3262). */
/* Callee: sends (or queues) a reliable 1xx. Returns 0, FSIP_EINVAL (no
 * more reliable 1xx: the INVITE was answered), FSIP_ELIMIT (queue full),
 * FSIP_ENOMEM. */
int fsip__rel_ring(fsip_call *c, int status, const char *type, const void *body, size_t len);
/* Callee: the app accepts the INVITE; true when the 2xx went or waits for
 * a PRACK, false when the call has no reliable 1xx state (send it). */
bool fsip__rel_accept(fsip_call *c);
/* Callee: the INVITE got a non-2xx final response, or its transaction
 * ended. */
void fsip__rel_final(fsip_call *c);
void fsip__rel_txn_ended(fsip_call *c);
void fsip__rel_free(fsip_call *c);
/* Callee: keeps the reliable 1xx just built for its retransmissions. */
void fsip__rel_sent(fsip_call *c, const fsip_msg *resp, const fsip_flow *flow);
/* Callee: a PRACK in the dialog (answered). */
void fsip__rel_prack(fsip_call *c, fsip_txn *t, const fsip_msg *req);
/* Caller: a reliable 1xx on early dialog f. True when it goes on to the
 * session (in order); false when it is discarded. */
bool fsip__rel_uac_1xx(fsip_call *c, struct dlg *f, const fsip_msg *resp);
/* Caller: a response to our PRACK (resp) or its transaction's failure
 * (resp NULL). True when that PRACK carried an offer of ours (its outcome
 * is handled here, a 401/407 included). */
bool fsip__rel_prack_outcome(fsip_call *c, fsip_txn *t, const fsip_msg *resp);
/* Caller: early dialog f goes (another fork's 2xx): an offer of ours in
 * its PRACK is over unanswered (UPDATE_FAILED). */
void fsip__rel_fork_gone(fsip_call *c, struct dlg *f);
/* Caller: the INVITE got its final response: the early dialogs' reliable
 * 1xx state ends. */
void fsip__rel_uac_final(fsip_call *c);

#endif
