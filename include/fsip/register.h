/* fsip — the registration client (RFC 3261 §10.2): binds contact addresses
 * to an address-of-record at a registrar, keeps the bindings refreshed,
 * and removes them.
 *
 * A registration (fsip_reg) belongs to a user agent (fsip/call.h) and
 * sends its REGISTERs through the UA's stack; its state machine is
 * fsm/register.fsm (docs/fsm/register.md):
 *
 *   fsip_reg_start()       REGISTERING -> REGISTERED (granted expiry)
 *   (half the interval)    REFRESHING  -> REGISTERED
 *   fsip_reg_unregister()  UNREGISTERING -> UNREGISTERED
 *   a failure              RETRYING (then REGISTERING again) or FAILED
 *
 * Everything fsip does on its own:
 *   - one Call-ID and From tag for all the REGISTERs of a registration,
 *     the CSeq one higher each time (RFC 3261 §10.2);
 *   - the granted interval is the expires param of the Contact of the 2xx
 *     that matches ours (RFC 3261 §19.1.4 comparison), else the 2xx's
 *     Expires, else the one asked for (§10.2.4);
 *   - a refresh at half the granted interval (§10.2.4: before it elapses);
 *   - 423 Interval Too Brief: the REGISTER again with the Min-Expires value
 *     (§10.2.8);
 *   - 401 / 407: the REGISTER again with credentials from the UA's digest
 *     client (fsip_ua_config.auth, fsip/auth.h), once per challenge
 *     (§22.2); a refused or unanswerable challenge is a failure;
 *   - a timeout, transport error, 408, 480, 500, 503, 504 or 600: retried
 *     after the response's Retry-After, else after the RFC 5626 §4.5
 *     back-off (min(retry_max_s, retry_base_s * 2^failures), times a
 *     random 50-100%), max_retries times in a row at most; other failures (403, 404,
 *     ...) end in FAILED;
 *   - fsip_reg_free() and fsip_ua_free() send the unregister (Expires: 0,
 *     §10.2.2) of a registration that is or may be bound, without waiting
 *     for its answer (best effort: on UDP the first transmission goes out,
 *     the transaction lives on in the stack until it ends or the stack is
 *     freed). To see the bindings gone, call fsip_reg_unregister() and wait
 *     for UNREGISTERED before freeing.
 *
 * Threads: a registration belongs to its UA's thread. The state callback
 * runs inside fsip_stack_recv() / fsip_stack_tick() / the fsip_reg_* call
 * that caused it, and may call the API back (fsip_reg_free() included).
 */
#ifndef FSIP_REGISTER_H
#define FSIP_REGISTER_H

#include "fsip/call.h"
#include "fsip/common.h"
#include "fsip/msg.h"
#include "fsip/stack.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct fsip_reg fsip_reg; /* opaque, owned by the application */

typedef enum fsip_reg_state {
    FSIP_REG_IDLE = 0,          /* created, fsip_reg_start() not called */
    FSIP_REG_REGISTERING = 1,   /* a REGISTER is out */
    FSIP_REG_REGISTERED = 2,    /* bound: fsip_reg_expires() seconds granted */
    FSIP_REG_REFRESHING = 3,    /* bound, the refresh is out */
    FSIP_REG_RETRYING = 4,      /* a REGISTER failed (status); waiting to try again */
    FSIP_REG_UNREGISTERING = 5, /* the unregister (Expires: 0) is out */
    FSIP_REG_UNREGISTERED = 6,  /* the registrar removed the bindings */
    FSIP_REG_FAILED = 7         /* a REGISTER or the unregister failed (status) */
} fsip_reg_state;

/* "idle", "registering", "registered", "refreshing", "retrying",
 * "unregistering", "unregistered", "failed". */
const char *fsip_reg_state_name(fsip_reg_state st);

/* A state change. `resp` is the response that caused it (borrowed for the
 * call; NULL for a timer, a timeout or an application call). */
typedef void (*fsip_reg_state_fn)(fsip_reg *reg, fsip_reg_state st, const fsip_msg *resp,
                                  void *arg);

typedef struct fsip_reg_params {
    /* Request-URI: the registrar, "sip:example.com" or "sip:192.0.2.9:5060"
     * (RFC 3261 §10.2: no user part). Required. */
    const char *registrar;
    /* The address-of-record, To and From: "sip:alice@example.com" or a
     * name-addr "\"Alice\" <sip:alice@example.com>". Required. */
    const char *aor;
    /* The bindings: n_contacts Contact values ("<sip:alice@192.0.2.1:5060>").
     * 0: the UA's contact (fsip_ua_config.contact), else one built from the
     * AOR's user and the local address of `dest` ("<sip:alice@IP:PORT>",
     * ;transport=tcp on TCP). */
    const char *const *contacts;
    uint32_t n_contacts;
    /* The interval asked for, seconds (Expires, RFC 3261 §10.2.1.1).
     * 0: 3600. */
    uint32_t expires_s;
    /* Where the REGISTERs go (e.g. fsip_endpoint_flow_to()). */
    fsip_flow dest;
    /* Extra headers on every REGISTER, "Name: value\r\n"..., or NULL. */
    const char *headers;
    /* RFC 5626 §4.5 back-off of retries: base and cap in seconds (0:
     * 30 and 1800). */
    uint32_t retry_base_s, retry_max_s;
    /* Retries in a row before FAILED: -1 (fsip_reg_params_init()) no
     * limit, 0 none. */
    int32_t max_retries;
    fsip_reg_state_fn on_state; /* may be NULL */
    void *arg;
    void *user; /* fsip_reg_user() */
} fsip_reg_params;

void fsip_reg_params_init(fsip_reg_params *p);

/* Creates a registration on `ua` (nothing is sent: see fsip_reg_start()).
 * Strings are copied. Returns 0 and *out, FSIP_EINVAL (no registrar or
 * AOR, a URI that does not parse, bad extra headers, the UA is closing),
 * FSIP_ELIMIT (no timer room) or FSIP_ENOMEM. Free it with
 * fsip_reg_free() before the UA, or the UA frees it (fsip_ua_free()). */
int fsip_reg_new(fsip_ua *ua, const fsip_reg_params *p, fsip_reg **out);
/* Sends the REGISTER (REGISTERING). Again after UNREGISTERED or FAILED:
 * registers anew (the same Call-ID, the next CSeq); in RETRYING: tries
 * now. Ignored while registering or registered. Returns 0 or FSIP_EINVAL. */
int fsip_reg_start(fsip_reg *reg);
/* Removes the bindings: the REGISTER with Expires: 0 (RFC 3261 §10.2.2),
 * UNREGISTERING then UNREGISTERED or FAILED. Nothing happens when nothing
 * was sent (IDLE) or after UNREGISTERED. Returns 0 or FSIP_EINVAL. */
int fsip_reg_unregister(fsip_reg *reg);
/* Sends the unregister of a registration that is or may be bound (not
 * waited for) and frees it. No callback runs. NULL is ignored. */
void fsip_reg_free(fsip_reg *reg);

fsip_reg_state fsip_reg_get_state(const fsip_reg *reg);
/* The machine's own state name ("retry_wait"). */
const char *fsip_reg_machine_state(const fsip_reg *reg);
/* The interval the registrar granted last, seconds (0 before). */
uint32_t fsip_reg_expires(const fsip_reg *reg);
/* The status of the last final response (408 for a timeout, 503 for a
 * transport error; 0 before any). */
int fsip_reg_status(const fsip_reg *reg);
/* The Call-ID of every REGISTER of this registration (borrowed). */
const char *fsip_reg_call_id(const fsip_reg *reg);
void *fsip_reg_user(const fsip_reg *reg);
fsip_ua *fsip_reg_ua(const fsip_reg *reg);

#ifdef __cplusplus
}
#endif
#endif
