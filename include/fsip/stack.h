/* fsip — the sans-I/O SIP stack core: transport framing, the transaction
 * layer (RFC 3261 §17) and UAS request validation (RFC 3261 §8.2).
 *
 * The stack never touches a socket, a clock or a thread. The driver (the
 * built-in loop, or an application's own event loop) feeds it:
 *   - received bytes:  fsip_stack_recv(stack, flow, bytes, len, now)
 *   - the time:        fsip_stack_tick(stack, now) when the deadline from
 *                      fsip_stack_next_deadline() has passed
 * and the stack emits bytes through the `send` callback. `now` is a
 * monotonic time in milliseconds chosen by the driver (any origin).
 *
 * The transaction user (TU: the dialog/call layer or the application)
 * receives requests and responses through callbacks and answers with
 * fsip_txn_respond(); it sends requests with fsip_stack_send_request().
 *
 * Threads: a stack belongs to the thread that created it. Every public
 * function asserts that in builds without NDEBUG. Other threads talk to it
 * through the driver (fsip_loop_post()).
 *
 * Callbacks may call back into the stack (respond, send, cancel); the stack
 * delivers them only after the transaction's state machine has finished
 * its step, so a callback always sees a consistent transaction.
 */
#ifndef FSIP_STACK_H
#define FSIP_STACK_H

#include "fsip/common.h"
#include "fsip/msg.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct fsip_stack fsip_stack; /* opaque */
typedef struct fsip_txn fsip_txn;     /* opaque, owned by the stack */

/* No deadline: fsip_stack_next_deadline() when no timer runs. */
#define FSIP_NO_DEADLINE UINT64_MAX

/* ------------------------------------------------------------- addresses */

typedef enum fsip_transport {
    FSIP_TRANSPORT_UDP = 0,
    FSIP_TRANSPORT_TCP = 1,
    FSIP_TRANSPORT_TLS = 2
} fsip_transport;

/* "UDP", "TCP", "TLS" (the Via transport token). */
const char *fsip_transport_name(fsip_transport t);
/* TCP and TLS are reliable (RFC 3261 §17.1.1.2: no retransmissions). */
bool fsip_transport_reliable(fsip_transport t);

enum fsip_af { FSIP_AF_NONE = 0, FSIP_AF_INET4 = 4, FSIP_AF_INET6 = 6 };

/* An IP address and port, fixed width and copyable (no sockaddr, so the
 * core compiles without socket headers). IPv4 uses ip[0..3]. */
typedef struct fsip_netaddr {
    uint8_t family; /* enum fsip_af */
    uint8_t pad;
    uint16_t port;  /* host byte order */
    uint8_t ip[16]; /* network byte order */
} fsip_netaddr;

/* Parses "192.0.2.1" or "2001:db8::1" (no brackets) into *out with `port`.
 * Returns 0 or FSIP_EINVAL. */
int fsip_netaddr_parse(const char *ip, size_t len, uint16_t port, fsip_netaddr *out);
/* Writes "192.0.2.1:5060" / "[2001:db8::1]:5060" (with_port) or the bare
 * address; snprintf semantics (returns the length needed). */
size_t fsip_netaddr_print(const fsip_netaddr *a, bool with_port, char *out, size_t cap);
bool fsip_netaddr_equal(const fsip_netaddr *a, const fsip_netaddr *b);

/* Where a message travels: a transport, the local and remote addresses, and
 * for streams the driver's connection id (never 0 for an open
 * connection). In the `send` callback, conn_id 0 on a stream transport
 * means "use any connection to `remote`, opening one if needed". */
typedef struct fsip_flow {
    fsip_transport transport;
    fsip_netaddr local;
    fsip_netaddr remote;
    uint64_t conn_id;
} fsip_flow;

/* ------------------------------------------------------------- logging */

typedef enum fsip_log_level {
    FSIP_LOG_DEBUG = 0,
    FSIP_LOG_INFO = 1,
    FSIP_LOG_WARN = 2,
    FSIP_LOG_ERROR = 3,
    FSIP_LOG_TRACE = 4 /* a message trace (only while tracing is on) */
} fsip_log_level;

/* `line` is a NUL-terminated text without trailing newline, borrowed for
 * the call. */
typedef void (*fsip_log_fn)(fsip_log_level level, const char *line, void *arg);

/* --------------------------------------------------------------- stats */

/* Counters, monotonic since fsip_stack_new() (txn_active excepted). Every
 * rejected or dropped input increments exactly one rx_* or rej_* counter. */
typedef struct fsip_stats {
    uint64_t rx_msgs, rx_bytes, rx_requests, rx_responses;
    uint64_t tx_msgs, tx_bytes, tx_errors;
    uint64_t rx_garbage;         /* unparseable input that got no answer */
    uint64_t rx_bad_responses;   /* malformed responses, dropped */
    uint64_t rx_bad_acks;        /* malformed ACKs, dropped (never answered) */
    uint64_t rx_stray_responses; /* no matching client transaction */
    uint64_t rx_retransmissions; /* absorbed by a transaction */
    uint64_t rx_keepalives;      /* CRLFCRLF pings answered */
    uint64_t stream_errors;      /* framing errors: the connection must close */
    uint64_t tx_retransmissions; /* Timer A/E/G retransmissions and resends */
    /* Requests rejected by the stack, by status. */
    uint64_t rej_400, rej_405, rej_415, rej_416, rej_420, rej_481, rej_482, rej_483, rej_501,
        rej_503, rej_505, rej_513;
    uint64_t txn_client, txn_server; /* transactions created */
    uint64_t txn_timeouts, txn_transport_errors;
    uint64_t txn_active; /* open now */
} fsip_stats;

/* -------------------------------------------------------- transactions */

typedef enum fsip_txn_kind {
    FSIP_TXN_ICT = 0,  /* INVITE client transaction */
    FSIP_TXN_NICT = 1, /* non-INVITE client transaction */
    FSIP_TXN_IST = 2,  /* INVITE server transaction */
    FSIP_TXN_NIST = 3  /* non-INVITE server transaction */
} fsip_txn_kind;

typedef enum fsip_txn_event {
    /* Timer B / F / H fired (RFC 3261 §17.1.1.2, §17.1.2.2, §17.2.1); a
     * client TU treats it as a 408 (§8.1.3.1). */
    FSIP_TXN_TIMEOUT = 0,
    /* The send callback failed (RFC 3261 §17.1.4, §17.2.4); a client TU
     * treats it as a 503 (§8.1.3.1). */
    FSIP_TXN_TRANSPORT_ERROR = 1,
    /* The transaction reached Terminated. Its last callback: the pointer
     * is invalid when the callback returns. */
    FSIP_TXN_TERMINATED = 2
} fsip_txn_event;

/* ----------------------------------------------------------- callbacks */

typedef struct fsip_stack_callbacks {
    /* Sends `len` bytes on `flow` (see fsip_flow about conn_id 0). Returns
     * 0, or a negative value on failure: the transaction that sent them
     * gets a transport error. The bytes are borrowed for the call. */
    int (*send)(const fsip_flow *flow, const void *data, size_t len, void *arg);
    /* A request for the TU. `txn` is its new server transaction, or NULL
     * for an ACK that matches no transaction (the ACK for a 2xx, RFC 3261
     * §17.2.3, §13.3.1.4). `req` and `flow` are borrowed for the call;
     * the request also stays reachable as fsip_txn_request(txn). */
    void (*request)(fsip_stack *stack, fsip_txn *txn, const fsip_msg *req, const fsip_flow *flow,
                    void *arg);
    /* A response on a client transaction (RFC 3261 §17.1: every 1xx, the
     * final response, and on an INVITE every 2xx until Timer M — RFC 6026
     * §7.2). `resp` is borrowed for the call. */
    void (*response)(fsip_stack *stack, fsip_txn *txn, const fsip_msg *resp, void *arg);
    /* Timeout, transport error, termination (see fsip_txn_event). */
    void (*txn_event)(fsip_stack *stack, fsip_txn *txn, fsip_txn_event ev, void *arg);
    void *arg;
} fsip_stack_callbacks;

/* ------------------------------------------------------------- config */

typedef struct fsip_stack_config {
    const fsip_allocator *alloc;  /* NULL: fsip_allocator_default() */
    fsip_parse_opts parse;        /* limits and leniencies for received messages */
    uint32_t t1_ms, t2_ms, t4_ms; /* RFC 3261 §17.1.1.1: 500, 4000, 5000 */
    uint32_t max_transactions;    /* open transactions; past it: 503 (default 8192) */
    uint32_t retry_after_s;       /* Retry-After of that 503 (default 5) */
    /* Our Via sent-by, "host[:port]" (copied). NULL: the local address of
     * the flow a request leaves on. */
    const char *sent_by;
    bool rport; /* add ;rport to our Via (RFC 3581 §3), default true */
    /* Methods served, comma-separated (copied); others get 405 with Allow,
     * unknown extension methods 501 (RFC 3261 §8.2.1). NULL: INVITE, ACK,
     * BYE, CANCEL, OPTIONS, PRACK, UPDATE, REFER, NOTIFY, SUBSCRIBE, INFO,
     * MESSAGE. */
    const char *allow;
    /* Option tags we support (RFC 3261 §8.2.2.3); a Require naming another
     * gets 420 with Unsupported. NULL: none. */
    const char *supported;
    /* Media types accepted in request bodies (RFC 3261 §8.2.3); others get
     * 415 with Accept. NULL: "application/sdp". "*" accepts every type. */
    const char *accept;
    /* URI schemes accepted in the Request-URI (RFC 3261 §8.2.2.1); others
     * get 416. NULL: "sip, sips, tel". */
    const char *schemes;
    /* Answer Max-Forwards: 0 with 483 (RFC 3261 §16.3, a proxy rule; a UAS
     * processes it normally per §8.2, so default false). */
    bool max_forwards_check;
    /* 32 bytes keying the hash tables and the branch/tag generator. NULL:
     * getrandom(2). Tests pass a fixed seed to get reproducible bytes. */
    const uint8_t *seed;
    fsip_log_fn log; /* NULL: stderr */
    void *log_arg;
    fsip_log_level log_level; /* least level logged (default FSIP_LOG_WARN) */
    bool trace;               /* message trace on (also FSIP_TRACE=1 in the environment) */
} fsip_stack_config;

/* Fills *cfg with the defaults above. */
void fsip_stack_config_init(fsip_stack_config *cfg);

/* ---------------------------------------------------------------- stack */

/* Creates a stack. `cfg` (NULL: defaults) and `cbs` are copied; cbs->send
 * is required. Returns 0 and *out (release with fsip_stack_free()),
 * FSIP_EINVAL (bad config: no send callback, unparseable list or
 * sent-by) or FSIP_ENOMEM. The calling thread owns the stack. */
int fsip_stack_new(const fsip_stack_config *cfg, const fsip_stack_callbacks *cbs, fsip_stack **out);
/* Frees the stack, its transactions (without callbacks) and framers. */
void fsip_stack_free(fsip_stack *s);

/* Feeds bytes received on `flow` at time `now`. Datagrams: one call per
 * datagram. Streams: any chunking; the stack keeps one framer per
 * flow->conn_id and answers CRLFCRLF keep-alives with CRLF (RFC 5626
 * §4.4.1). Callbacks run inside this call.
 * Returns 0; FSIP_EPARSE or FSIP_ELIMIT on a stream whose framing broke
 * (the stack has dropped the connection's state: close it); FSIP_ENOMEM
 * (the input was dropped); FSIP_EINVAL (bad arguments). Bad input on a
 * datagram is answered or dropped and counted, never an error. */
int fsip_stack_recv(fsip_stack *s, const fsip_flow *flow, const void *data, size_t len,
                    uint64_t now);

/* The driver closed stream connection `conn_id` (or saw it close): its
 * framer is freed. Transactions on it notice at their next send. */
void fsip_stack_conn_closed(fsip_stack *s, uint64_t conn_id);

/* The driver could not open the stream connection it was opening to
 * `remote` on `tr` for the stack's send (connection refused, unreachable):
 * every client transaction to that destination gets a transport error
 * (RFC 3261 §17.1.4) now instead of timing out. */
void fsip_stack_conn_failed(fsip_stack *s, fsip_transport tr, const fsip_netaddr *remote,
                            uint64_t now);

/* Runs every timer due at `now`. Returns 0. */
int fsip_stack_tick(fsip_stack *s, uint64_t now);

/* The earliest time a timer is due, or FSIP_NO_DEADLINE. Call
 * fsip_stack_tick() then. A deadline in the past means "now". */
uint64_t fsip_stack_next_deadline(const fsip_stack *s);

/* The time of the call being processed (inside a callback), else of the
 * last call that passed one. */
uint64_t fsip_stack_now(const fsip_stack *s);

/* Counters (borrowed; valid while the stack lives). */
const fsip_stats *fsip_stack_stats(const fsip_stack *s);

/* Message trace on/off (sngrep-like: direction, transport, addresses, the
 * message), through the log callback at FSIP_LOG_TRACE. */
void fsip_stack_set_trace(fsip_stack *s, bool on);

/* Sends a request in a new client transaction (ICT for INVITE, NICT for
 * others; RFC 3261 §17.1). ACK is refused (FSIP_EINVAL): an ACK for a 2xx
 * goes with fsip_stack_send_stateless(). The stack adds our top Via
 * (transport of `dest`, sent-by, a fresh branch "z9hG4bK" + 96 random bits,
 * ;rport unless disabled; RFC 3261 §8.1.1.7) and sends it to `dest`.
 * `req` needs From, To, Call-ID and CSeq (whose method matches).
 * The stack takes ownership of `req` in every case. `user` is stored in
 * the transaction (fsip_txn_user()). *out (may be NULL) receives the
 * transaction, valid until its FSIP_TXN_TERMINATED event.
 * Returns 0, FSIP_EINVAL, FSIP_ELIMIT (max_transactions reached) or
 * FSIP_ENOMEM. A send failure is reported as FSIP_TXN_TRANSPORT_ERROR. */
int fsip_stack_send_request(fsip_stack *s, fsip_msg *req, const fsip_flow *dest, void *user,
                            uint64_t now, fsip_txn **out);

/* Sends a CANCEL for the INVITE client transaction `invite` (RFC 3261
 * §9.1: same Request-URI, Call-ID, From, To, CSeq number, top Via and
 * Route) in a new non-INVITE client transaction. Returns as
 * fsip_stack_send_request(); FSIP_EINVAL when `invite` is not an ICT. */
int fsip_stack_send_cancel(fsip_stack *s, fsip_txn *invite, void *user, uint64_t now,
                           fsip_txn **out);

/* Sends a message outside any transaction: a request gets our Via with a
 * fresh branch (an ACK for a 2xx is its own transaction, RFC 3261
 * §17.1.1.3); a response is sent as is. `msg` is borrowed.
 * Returns 0, FSIP_EINVAL, FSIP_ENOMEM, or FSIP_ELIMIT when the send
 * callback failed. */
int fsip_stack_send_stateless(fsip_stack *s, fsip_msg *msg, const fsip_flow *dest, uint64_t now);

/* ---------------------------------------------------------- transaction */

/* Sends a response on server transaction `txn` (IST or NIST), to where
 * RFC 3261 §18.2.2 says: the same connection on a stream, else the source
 * address and the rport/sent-by port (RFC 3581 §4), or maddr. `resp` is
 * borrowed (printed into the transaction). A response to a request without
 * a To tag should carry one (RFC 3261 §8.2.6.2): see fsip_txn_new_response().
 * Returns 0; FSIP_EINVAL when the state machine has no such transition
 * (e.g. a second final response; an IST accepts further 2xx in Accepted)
 * or resp is not a response; FSIP_ENOMEM. */
int fsip_txn_respond(fsip_txn *txn, const fsip_msg *resp, uint64_t now);

/* Builds a response to the transaction's request (RFC 3261 §8.2.6.2: Via,
 * From, To, Call-ID, CSeq copied; the transaction's own To tag added for
 * status > 100 when the request had none). Caller owns the result
 * (fsip_msg_free()); NULL on allocation failure or a bad status. */
fsip_msg *fsip_txn_new_response(fsip_txn *txn, int status, const char *reason);

/* Shortcut: fsip_txn_new_response() then fsip_txn_respond(). */
int fsip_txn_respond_status(fsip_txn *txn, int status, const char *reason, uint64_t now);

fsip_txn_kind fsip_txn_get_kind(const fsip_txn *txn);
/* The request that created the transaction (borrowed; lives as long as
 * the transaction). For a client transaction it carries our Via. */
const fsip_msg *fsip_txn_request(const fsip_txn *txn);
/* The flow requests / responses of this transaction use. */
const fsip_flow *fsip_txn_flow(const fsip_txn *txn);
/* The name of the current state ("proceeding"). */
const char *fsip_txn_state_name(const fsip_txn *txn);
void *fsip_txn_user(const fsip_txn *txn);
void fsip_txn_set_user(fsip_txn *txn, void *user);
fsip_stack *fsip_txn_stack(const fsip_txn *txn);
/* For a CANCEL server transaction: the INVITE server transaction it
 * cancels (RFC 3261 §9.2), or NULL. */
fsip_txn *fsip_txn_cancel_target(const fsip_txn *txn);

#ifdef __cplusplus
}
#endif
#endif
