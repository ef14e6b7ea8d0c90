/* fsip — the socket driver: an endpoint owns UDP and TCP sockets and one
 * sans-I/O stack (fsip/stack.h), and moves bytes between them (RFC 3261
 * §18).
 *
 * Two ways to drive an endpoint, sharing one API (the c-ares
 * ARES_OPT_SOCK_STATE_CB + ares_timeout + ares_process_fds pattern):
 *
 *   - integrator mode, for an application with its own loop (poll, libuv,
 *     libevent ...): the endpoint reports through `fd_interest` which fds it
 *     wants watched and for what; the application waits, then calls
 *     fsip_endpoint_process() with the ready fds and the time. Before each
 *     wait it asks fsip_endpoint_next_deadline() (or
 *     fsip_endpoint_timeout_ms()) how long it may sleep.
 *     examples/poll_uas.c is a complete plain-poll() user.
 *   - loop mode: fsip_endpoint_new_on_loop() wires the same callbacks to a
 *     fsip_loop (fd watches and one timer); fsip_loop_run() drives it.
 *
 * Transports: UDP over IPv4 and IPv6, TCP and TLS with a connection table. A
 * connection id (fsip_flow.conn_id) names each TCP connection; responses go
 * back on the request's connection (RFC 3261 §18.2.2), requests open a
 * connection on demand (non-blocking connect) or reuse one to the same
 * peer (§18.1.1). Idle connections close after `idle_timeout_ms`; accepted
 * connections past the per-peer or total limit are closed at once and
 * counted (DESIGN §3 Limits). A stream whose framing breaks (FSIP_EPARSE /
 * FSIP_ELIMIT from fsip_stack_recv) is closed: never resynchronised.
 *
 * TLS (RFC 3261 §26.2, RFC 5630; OpenSSL 3, built with FSIP_TLS): a TLS
 * connection is a TCP connection whose bytes pass through an OpenSSL
 * engine on memory BIOs, so the sockets, the out queue, reuse, the idle
 * timeout and the limits are the TCP ones (the tcp_* counters count TLS
 * connections too); the stack above only sees FSIP_TRANSPORT_TLS flows.
 * Outgoing connections verify the server's certificate chain against the
 * configured CAs and its name: the host name given with
 * fsip_endpoint_tls_set_name() for that destination (also sent as SNI),
 * else the IP address of the destination (RFC 5922 §7.2: a SIP URI host
 * is checked against the certificate's subjectAltName). A failed or timed
 * out handshake closes the connection, fails the client transactions to
 * that destination at once (fsip_stack_conn_failed(), a transport error),
 * and is told to fsip_tls_config.on_error with OpenSSL's reason and logged
 * at FSIP_LOG_WARN. docs/security.md has the details and examples.
 *
 * Threads: an endpoint belongs to the thread that created it, like its
 * stack. Several cores = several endpoints, each on its own thread and
 * loop; with `reuseport` they can share one UDP/TCP port (SO_REUSEPORT).
 *
 * Only IP literals: no DNS resolution here (RFC 3263 is the caller's).
 */
#ifndef FSIP_ENDPOINT_H
#define FSIP_ENDPOINT_H

#include "fsip/common.h"
#include "fsip/loop.h"
#include "fsip/stack.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct fsip_endpoint fsip_endpoint; /* opaque */

/* Events of an fd; the same bits as FSIP_LOOP_READ/WRITE/ERROR. */
enum fsip_fd_events {
    FSIP_FD_READ = 1u << 0,
    FSIP_FD_WRITE = 1u << 1,
    FSIP_FD_ERROR = 1u << 2 /* reported to process(): error or hang-up */
};

/* The endpoint wants `fd` watched for `events` (FSIP_FD_READ/WRITE), from
 * now on, replacing earlier interest in it. events == 0: stop watching,
 * the fd is about to be closed (the callback runs before close(2)). */
typedef void (*fsip_fd_interest_fn)(int fd, uint32_t events, void *arg);

/* One ready fd for fsip_endpoint_process(). */
typedef struct fsip_fd_event {
    int fd;
    uint32_t events; /* FSIP_FD_* */
} fsip_fd_event;

/* Certificate checks (fsip_tls_config.verify). */
typedef enum fsip_tls_verify {
    /* Outgoing connections: the server's chain must lead to a configured CA
     * and its certificate must name the destination. Default. */
    FSIP_TLS_VERIFY_PEER = 0,
    /* Outgoing connections accept any certificate (tests, a lab). */
    FSIP_TLS_VERIFY_NONE = 1
} fsip_tls_verify;

enum fsip_tls_version {
    FSIP_TLS_1_2 = 0x0303, /* the default minimum (RFC 8446 / RFC 5246 codes) */
    FSIP_TLS_1_3 = 0x0304
};

/* A TLS failure on the connection with `remote`: the handshake failed
 * (certificate verification with X509_verify_cert_error_string()'s text,
 * a protocol error with ERR_error_string_n()'s, "handshake timeout",
 * "peer closed the connection during the handshake") or a fatal error
 * later. `reason` is borrowed for the call. `outgoing`: we opened the
 * connection (its client transactions fail right after this call, inside
 * fsip_endpoint_process(), or the send that found the failure gets an
 * error). It runs on the endpoint's thread, inside fsip_endpoint_process()
 * or inside a stack call that sent on the connection: it may send, it
 * must not free the endpoint. */
typedef void (*fsip_tls_error_fn)(const fsip_netaddr *remote, bool outgoing, const char *reason,
                                  void *arg);

/* TLS settings. Paths are read when the endpoint is created (when any of
 * them is set) or at the first TLS use; they are not kept. */
typedef struct fsip_tls_config {
    const char *cert_file; /* PEM: our certificate then its chain; a server
                              needs one, a client sends it when asked */
    const char *key_file;  /* PEM: the private key of cert_file */
    const char *ca_file;   /* PEM: the CAs we trust */
    const char *ca_dir;    /* a c_rehash'ed directory of CAs; with neither,
                              OpenSSL's default store */
    fsip_tls_verify verify;
    bool verify_client;            /* a server requires a client certificate
                                      signed by one of the CAs (mutual TLS) */
    uint16_t min_version;          /* FSIP_TLS_1_2 (0: default) or FSIP_TLS_1_3 */
    uint32_t handshake_timeout_ms; /* 0: 10000 */
    fsip_tls_error_fn on_error;    /* NULL: the log only */
    void *on_error_arg;
} fsip_tls_config;

typedef struct fsip_endpoint_config {
    fsip_stack_config stack;         /* its alloc is also the endpoint's */
    fsip_fd_interest_fn fd_interest; /* required in integrator mode */
    void *fd_interest_arg;
    uint32_t max_conns;          /* TCP connections in total (default 1024) */
    uint32_t max_conns_per_peer; /* per remote IP address (default 32) */
    uint32_t idle_timeout_ms;    /* close a TCP connection idle this long (default 120000) */
    uint32_t max_out_bytes;      /* unsent bytes queued per connection (default 1 MiB) */
    bool reuseport;              /* SO_REUSEPORT on listening sockets */
    fsip_tls_config tls;         /* TLS listeners and connections */
} fsip_endpoint_config;

/* Counters of the driver (the stack has its own: fsip_stack_stats()). */
typedef struct fsip_endpoint_stats {
    uint64_t udp_rx, udp_tx, udp_tx_errors;
    uint64_t tcp_accepted, tcp_connected, tcp_connect_errors;
    uint64_t tcp_rejected_limit;  /* accepted then closed: per-peer or total limit */
    uint64_t tcp_closed_idle;     /* idle timeout */
    uint64_t tcp_closed_framing;  /* FSIP_EPARSE / FSIP_ELIMIT from the stack */
    uint64_t tcp_closed_peer;     /* EOF or error from the peer */
    uint64_t tcp_closed_overflow; /* more than max_out_bytes queued */
    uint64_t tcp_open;            /* open now */
    /* TLS connections (also counted in tcp_* above). */
    uint64_t tls_handshakes;       /* completed handshakes, both sides */
    uint64_t tls_handshake_errors; /* failed: verification, a non-TLS peer,
                                      timeout, closed by the peer */
    uint64_t tls_errors;           /* fatal errors after the handshake */
} fsip_endpoint_stats;

/* Fills *cfg with the defaults above and fsip_stack_config_init(). */
void fsip_endpoint_config_init(fsip_endpoint_config *cfg);

/* Creates an endpoint and its stack in integrator mode. `cbs` are the
 * stack's TU callbacks (request, response, txn_event, arg); cbs->send is
 * ignored: the endpoint sends. cfg->fd_interest is required. Returns 0
 * and *out (release with fsip_endpoint_free()), FSIP_EINVAL, FSIP_ENOMEM,
 * or FSIP_ETLS (cfg->tls names a file that cannot be loaded, a key that
 * does not match the certificate: the reason is logged). */
int fsip_endpoint_new(const fsip_endpoint_config *cfg, const fsip_stack_callbacks *cbs,
                      fsip_endpoint **out);

/* Loop mode: the same endpoint with fd_interest and the deadline wired to
 * `loop` (cfg->fd_interest is ignored). The loop must outlive the
 * endpoint. */
int fsip_endpoint_new_on_loop(fsip_loop *loop, const fsip_endpoint_config *cfg,
                              const fsip_stack_callbacks *cbs, fsip_endpoint **out);

/* Closes every socket (reporting events 0 for each fd first), frees the
 * stack and the endpoint. */
void fsip_endpoint_free(fsip_endpoint *ep);

/* Listens on "udp:HOST:PORT", "tcp:HOST:PORT", "tls:HOST:PORT" (HOST an
 * IPv4 literal, or an IPv6 literal in brackets: "udp:[::1]:5060"). Port 0
 * picks a free port (see fsip_endpoint_local()). Returns 0, FSIP_EINVAL
 * (bad URI, or the socket could not be bound: see errno), FSIP_ENOMEM,
 * FSIP_ETLS (tls: without cfg.tls.cert_file and key_file, or they do not
 * load) or FSIP_ENOTSUP (tls: in a build without FSIP_TLS). */
int fsip_endpoint_listen(fsip_endpoint *ep, const char *uri);

/* The address listener `i` (in fsip_endpoint_listen() order) is bound to.
 * Returns 0 or FSIP_ENOTFOUND. */
int fsip_endpoint_local(const fsip_endpoint *ep, size_t i, fsip_transport *tr, fsip_netaddr *addr);

/* Handles ready fds, then every timer due at `now` (stack timers and idle
 * connections). `evs` may be NULL when n == 0 (a timeout). An fd the
 * endpoint does not own is ignored. Returns 0. */
int fsip_endpoint_process(fsip_endpoint *ep, const fsip_fd_event *evs, size_t n, uint64_t now);

/* The earliest time (same clock as `now`) process() must be called even
 * if no fd is ready, or FSIP_NO_DEADLINE. */
uint64_t fsip_endpoint_next_deadline(const fsip_endpoint *ep);
/* The same as a poll(2) timeout from `now`: -1 (none), 0 (due), or ms. */
int fsip_endpoint_timeout_ms(const fsip_endpoint *ep, uint64_t now);

/* The stack (borrowed): send requests, respond, stats, trace. */
fsip_stack *fsip_endpoint_stack(fsip_endpoint *ep);
const fsip_endpoint_stats *fsip_endpoint_stats_get(const fsip_endpoint *ep);

/* A flow to send a request to `remote` on `tr` through this endpoint: the
 * local address of the first listener of that transport and family (or of
 * a UDP listener for TCP), conn_id 0 (any connection, opened on demand).
 * Returns 0, or FSIP_ENOTFOUND when no listener of that family exists. */
int fsip_endpoint_flow_to(const fsip_endpoint *ep, fsip_transport tr, const fsip_netaddr *remote,
                          fsip_flow *out);

/* Parses "udp:1.2.3.4:5060" / "tcp:[::1]:5060" / "tls:1.2.3.4:5061" into a
 * transport and address. Returns 0 or FSIP_EINVAL. */
int fsip_endpoint_parse_uri(const char *uri, fsip_transport *tr, fsip_netaddr *addr);

/* The host name of the TLS server at `remote` (no DNS here: the
 * application resolved it): sent as SNI (RFC 6066 §3) and checked against
 * the server's certificate (RFC 5922 §7) instead of the IP address, for
 * connections opened from now on. remote->port 0 names every port of that
 * address. name NULL forgets the name. Returns 0, FSIP_EINVAL or
 * FSIP_ENOMEM. */
int fsip_endpoint_tls_set_name(fsip_endpoint *ep, const fsip_netaddr *remote, const char *name);

#ifdef __cplusplus
}
#endif
#endif
