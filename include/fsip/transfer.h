/* fsip — call transfer: REFER (RFC 3515), its implicit subscription
 * (RFC 6665) with message/sipfrag progress, Referred-By (RFC 3892),
 * Refer-Sub (RFC 4488) and Replaces (RFC 3891), on top of fsip/call.h.
 *
 * Three roles, all on one fsip_ua:
 *
 *   transferor  fsip_call_transfer() / fsip_call_transfer_attended() send
 *               REFER in a call's dialog; on_transfer reports ACCEPTED
 *               (the 2xx: not success), PROGRESS per provisional sipfrag,
 *               then one DONE with a typed result (fsip_xfer_result).
 *   transferee  a REFER in a call's dialog raises REFERRED: accept (the
 *               default) or fsip_xfer_reject() inside the callback. On
 *               accept fsip answers 202, sends NOTIFY "100 Trying",
 *               places a new call to the Refer-To URI (with the Replaces
 *               and Referred-By it carries), sends a NOTIFY for each
 *               provisional and for the final response of that call, the
 *               last one with Subscription-State: terminated;reason=
 *               noresource, then DONE.
 *   target      an INVITE with Replaces that names one of our dialogs
 *               takes its place: see fsip_call_replaced() and
 *               fsip_ua_config.replaces_auto_answer.
 *
 * Dialog usages (RFC 5057): the subscription shares the call's dialog.
 * Ending the subscription never ends the call; hanging up the call (BYE
 * either way) ends the INVITE usage only, so NOTIFYs still flow until the
 * subscription ends; the dialog ends with its last usage. Every
 * subscription has a timer path to its end (Timer N, its expiry), so none
 * outlives its dialog or leaks.
 *
 * Handles: an fsip_xfer is valid from its creation (fsip_call_transfer's
 * *out, or the REFERRED event) until its DONE event returns. The call it
 * belongs to may end first (its ENDED event comes as usual); then
 * fsip_xfer_call() returns NULL.
 */
#ifndef FSIP_TRANSFER_H
#define FSIP_TRANSFER_H

#include "fsip/call.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct fsip_xfer fsip_xfer; /* opaque, owned by the UA */

typedef enum fsip_xfer_event {
    /* Transferor: the REFER got a 2xx (msg). Not success: the outcome is
     * the final sipfrag. Comes once, possibly after a PROGRESS (a NOTIFY
     * may overtake the 2xx, RFC 6665 §4.1.2.4). */
    FSIP_XFER_EV_ACCEPTED = 0,
    /* Transferor: a NOTIFY with a provisional sipfrag (msg: the NOTIFY;
     * fsip_xfer_status(): 100, 180, 183 ...). */
    FSIP_XFER_EV_PROGRESS = 1,
    /* Either role: the transfer is over (fsip_xfer_result(),
     * fsip_xfer_status()); the last event of the handle. msg: the message
     * that ended it, or NULL (timer, dialog gone). */
    FSIP_XFER_EV_DONE = 2,
    /* Transferee: the peer asks us to transfer (msg: the REFER).
     * fsip_xfer_target() is the Refer-To URI. Accepted when the callback
     * returns, unless it called fsip_xfer_reject(). fsip_xfer_call_new()
     * then names the new outgoing call (its events go to on_call). */
    FSIP_XFER_EV_REFERRED = 3
} fsip_xfer_event;

const char *fsip_xfer_event_name(fsip_xfer_event ev);

/* How a transfer ended (FSIP_XFER_EV_DONE). */
typedef enum fsip_xfer_result {
    /* The referred request succeeded: a final 2xx sipfrag (transferor), or
     * the new call was answered (transferee). */
    FSIP_XFER_OK = 0,
    /* Transferor: the REFER itself failed (status: its final response,
     * 408 on a timeout). Transferee: we rejected it (status sent). */
    FSIP_XFER_REFER_FAILED = 1,
    /* The referred request failed: a 3xx-6xx final sipfrag (status). */
    FSIP_XFER_TARGET_FAILED = 2,
    /* Transferor: the subscription ended without a final sipfrag (a
     * terminated NOTIFY with a provisional or no body). Transferee: the
     * subscriber went away (481 / timeout to our NOTIFY) before the end. */
    FSIP_XFER_NO_RESULT = 3,
    /* No NOTIFY within 64*T1 of the 2xx (Timer N, RFC 6665 §4.1.2.4), or
     * the subscription expired before its final NOTIFY. */
    FSIP_XFER_TIMEOUT = 4,
    /* Refer-Sub: false was accepted (RFC 4488 §4): no subscription, so no
     * outcome will be reported. */
    FSIP_XFER_NO_SUB = 5,
    /* The dialog ended (a dialog-destroying response, RFC 5057 §5.1, or
     * fsip_ua_free) before the outcome. */
    FSIP_XFER_DIALOG_GONE = 6
} fsip_xfer_result;

const char *fsip_xfer_result_name(fsip_xfer_result r);

/* Every event of every transfer of the UA. `msg` is borrowed (may be
 * NULL). Without a handler a REFER we receive is declined (603), and
 * fsip_call_transfer() refuses to start (FSIP_EINVAL). */
typedef void (*fsip_xfer_handler)(fsip_xfer *x, fsip_xfer_event ev, const fsip_msg *msg, void *arg);
void fsip_ua_set_transfer_handler(fsip_ua *ua, fsip_xfer_handler on_transfer, void *arg);

typedef struct fsip_transfer_opts {
    /* Referred-By value (RFC 3892), e.g. "<sip:alice@example.com>"; NULL:
     * none. Copied. */
    const char *referred_by;
    /* Ask for no subscription (Refer-Sub: false, RFC 4488 §4). If the
     * peer ignores it and subscribes anyway, NOTIFYs are handled as usual. */
    bool no_sub;
    /* Hang up the call we transferred (BYE) once the result is OK: the
     * blind-transfer policy of most phones. Default false. */
    bool bye_on_success;
    /* Longest wait for the final NOTIFY, seconds (default 240): the
     * subscription expiry, shortened by a smaller expires in the
     * Subscription-State the notifier sends. */
    uint32_t expires_s;
    void *user; /* fsip_xfer_user() */
} fsip_transfer_opts;

void fsip_transfer_opts_init(fsip_transfer_opts *o);

/* Blind transfer: sends REFER with Refer-To: <target> (a SIP URI, which
 * may carry ?headers) in the call's dialog (confirmed calls only). Several
 * may run at once in one dialog: their NOTIFYs are told apart by
 * Event: refer;id=<CSeq of the REFER> (RFC 3515 §2.4.6). Returns 0 and
 * *out (may be NULL), FSIP_EINVAL (not confirmed, bad target),
 * FSIP_ELIMIT, FSIP_ENOMEM. */
int fsip_call_transfer(fsip_call *call, const char *target, const fsip_transfer_opts *opts,
                       fsip_xfer **out);
/* Attended transfer: REFER in `call`'s dialog whose Refer-To is the
 * remote target (Contact) of `consult`'s dialog, with an escaped
 * ?Replaces=call-id;to-tag=..;from-tag=.. naming that dialog as the peer
 * sees it (RFC 3891 §3, RFC 5589 §7). Both calls confirmed. */
int fsip_call_transfer_attended(fsip_call *call, fsip_call *consult, const fsip_transfer_opts *opts,
                                fsip_xfer **out);

/* Transferee, inside the REFERRED event: reject with status (400..699,
 * e.g. 603 Decline; reason NULL: the standard phrase). */
int fsip_xfer_reject(fsip_xfer *x, int status, const char *reason);
/* Transferee, inside REFERRED: the body of the new call's INVITE (default:
 * the session description we last sent in the referring call). Copied. */
int fsip_xfer_set_offer(fsip_xfer *x, const char *content_type, const void *body, size_t len);

/* The call whose dialog carries the REFER (NULL once that call ended). */
fsip_call *fsip_xfer_call(const fsip_xfer *x);
/* Transferee: the new call placed to the target (NULL before, or after it
 * ended). */
fsip_call *fsip_xfer_call_new(const fsip_xfer *x);
bool fsip_xfer_is_transferor(const fsip_xfer *x);
/* The Refer-To URI as sent / received (NUL-terminated, borrowed). */
const char *fsip_xfer_target(const fsip_xfer *x);
/* The last status: of the sipfrag (transferor), of the new call
 * (transferee), or of the REFER's failure. 0 before any. */
int fsip_xfer_status(const fsip_xfer *x);
fsip_xfer_result fsip_xfer_get_result(const fsip_xfer *x);
/* The subscription's state: "refer_sent", "active", "terminated", ... (the
 * state of fsm/refer_sub.fsm or fsm/refer_notify.fsm). */
const char *fsip_xfer_state(const fsip_xfer *x);
/* The id this subscription's NOTIFYs carry: the REFER's CSeq number. */
uint32_t fsip_xfer_id(const fsip_xfer *x);
void *fsip_xfer_user(const fsip_xfer *x);
void fsip_xfer_set_user(fsip_xfer *x, void *user);

/* Transfer target: the call an INVITE with Replaces (RFC 3891) took over,
 * for the new call's INCOMING event (NULL when it had no Replaces). */
fsip_call *fsip_call_replaced(const fsip_call *call);

/* ------------------------------------------------------------ helpers */

/* The Replaces header value naming a dialog (RFC 3891 §6.1):
 * "call-id;to-tag=T;from-tag=F[;early-only]", parsed back before it is
 * returned. Returns its length, FSIP_ELIMIT when it does not fit in cap
 * (NUL included), or FSIP_EINVAL for a part that would not read back as
 * itself (a Call-ID with ';', '=', ',', a space or two '@'). */
int fsip_replaces_format(char *out, size_t cap, const char *call_id, const char *to_tag,
                         const char *from_tag, bool early_only);
/* A Refer-To value "<uri?Replaces=ESCAPED>" (RFC 3261 §19.1.1 escaping of
 * the header value; any existing ?headers of uri are kept). replaces NULL:
 * "<uri>". Returns its length, FSIP_ELIMIT or FSIP_EINVAL. */
int fsip_refer_to_format(char *out, size_t cap, const char *uri, const char *replaces);
/* The Replaces carried by a Refer-To URI's headers (?Replaces=...),
 * unescaped and parsed by the message parser's own Replaces grammar.
 * *out's strings point into `buf` (cap bytes, at least the URI's length);
 * out->params stays empty. Returns 1 (found), 0 (none), FSIP_EPARSE,
 * FSIP_EINVAL (control characters, two Replaces), FSIP_ELIMIT (cap too
 * small) or FSIP_ENOMEM. */
int fsip_refer_to_replaces(const fsip_uri *refer_to, char *buf, size_t cap, fsip_replaces *out);

#ifdef __cplusplus
}
#endif
#endif
