/* The endpoint harness of tests/transport/test_endpoint.c and test_tls.c:
 * a node (an fsip_endpoint in integrator mode, the fds it asked to be
 * watched, and what its callbacks counted), a poll() loop over nodes with
 * bounded waits, and an OPTIONS sender. Real loopback sockets, one
 * process; every allocation goes through test_alloc (leak-checked). */
#ifndef FSIP_EPTEST_H
#define FSIP_EPTEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fsip/endpoint.h"
#include "testsip.h"

#define MAXW 64

typedef struct node {
    fsip_endpoint *ep;
    struct {
        int fd;
        uint32_t ev;
    } w[MAXW]; /* fd_interest: the fds and events the endpoint wants */
    int nw;
    int requests, finals, last_status, timeouts, transport_errors;
    fsip_transport last_rx_transport; /* of the last request received */
    int tls_errors;                   /* test_tls.c's tls.on_error */
    bool tls_err_outgoing;
    char tls_err[512];
    char last_warn[512]; /* the last log line at FSIP_LOG_WARN or above */
} node;

/* CLOCK_MONOTONIC in milliseconds. */
uint64_t now_ms(void);

/* The stack callbacks of a node: OPTIONS answered 200, finals, timeouts
 * and transport errors counted. */
void on_request(fsip_stack *s, fsip_txn *txn, const fsip_msg *req, const fsip_flow *flow,
                void *arg);
void on_response(fsip_stack *s, fsip_txn *txn, const fsip_msg *resp, void *arg);
void on_event(fsip_stack *s, fsip_txn *txn, fsip_txn_event ev, void *arg);
/* Keeps the last warning or error in n->last_warn. */
void on_log(fsip_log_level level, const char *line, void *arg);
fsip_stack_callbacks node_cbs(node *n);

/* Zeroes `n` and makes `cfg` an integrator-mode config for it (test_alloc,
 * on_log, fd interest recorded in n->w). */
void node_cfg(node *n, fsip_endpoint_config *cfg);

/* Makes n->ep and, with a `uri`, listens on it; false when the listen
 * fails (an address family not available, as ::1 may be). */
bool node_start(node *n, const fsip_endpoint_config *cfg, const char *uri);

/* The address of n's i-th listener. */
fsip_netaddr node_addr(node *n, size_t i);

/* One round of the integrator API: polls every node's fds (max_ms at most,
 * less if a node's timer is due sooner), processes what is ready, then
 * every node's timers. */
void pump(node **ns, int k, int max_ms);

#define RUN_UNTIL(ns, k, cond, limit_ms)                                                           \
    do {                                                                                           \
        uint64_t end_ = now_ms() + (limit_ms);                                                     \
        while (!(cond) && now_ms() < end_)                                                         \
            pump((ns), (k), 20);                                                                   \
    } while (0)

/* Sends an OPTIONS from c to `to` over `tr` (a sips: Request-URI, From and
 * To over TLS, RFC 3261 §26.2); returns fsip_stack_send_request's result. */
int send_options(node *c, fsip_transport tr, const fsip_netaddr *to);

#endif
