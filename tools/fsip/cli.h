/* fsip command-line tool: what main.c (parse, options) and call_cmd.c
 * (uas, call) share. Private to tools/fsip. */
#ifndef FSIP_CLI_H
#define FSIP_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "fsip/call.h"
#include "fsip/endpoint.h"
#include "fsip/loop.h"
#include "fsip/stack.h"

/* How a command prints. The log callback (cli_log) takes a cli_out as its
 * argument. */
typedef struct cli_out {
    bool trace;  /* every message in full (stdout) */
    bool ladder; /* every message as one time-stamped line (see cli_log) */
} cli_out;

/* Microseconds on CLOCK_MONOTONIC: one clock for every process of the
 * machine, so the lines of two agents merge in causal order (a message's
 * send is logged before the send(2), its receipt after the recv(2)). */
unsigned long long cli_now_us(void);

/* Prints one line on stdout (and flushes): with o->ladder it starts with
 * "@<cli_now_us()> ". */
void cli_say(const cli_out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The same with the time stamp `us` (a cli_now_us() taken earlier). */
void cli_say_at(const cli_out *o, unsigned long long us, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The stack's log callback (arg: a cli_out). Trace lines go to stdout: in
 * full with o->trace, and with o->ladder as
 *   @US msg send|recv TRANSPORT FROM-ADDR TO-ADDR START-LINE
 * Other levels go to stderr. */
void cli_log(fsip_log_level level, const char *line, void *arg);

/* Hex of `nbytes` random bytes (at most 32) into out (2*nbytes+1). */
void cli_random_hex(char *out, size_t nbytes);

/* The local IP the kernel routes from towards `dest` (no packet is sent):
 * writes it without brackets into ip. Returns 0 or -1. */
int cli_local_ip(const fsip_netaddr *dest, char *ip, size_t cap);

/* "udp", "tcp" or "tls" (any case) into *tr; 0, or -1 after saying, as
 * `cmd`, that the transport is not supported. */
int cli_transport(const char *cmd, const char *name, fsip_transport *tr);

/* "udp", "tcp" or "tls": the scheme of a listen URI for `tr`. */
const char *cli_transport_scheme(fsip_transport tr);

/* Where a request to the sip: or sips: URI `uri` goes without DNS: its
 * host (an IP literal) and port (default 5060, 5061 for sips:) into
 * *dest, and the transport into *tr: TLS for sips: (RFC 3261 §26.2), else
 * the one its ;transport= parameter names (udp, tcp, tls), else *tr is
 * left as it is. Returns 0, -1 when it is not a URI, -2 when it is not a
 * sip:/sips: URI with an IP address. */
int cli_sip_dest(const char *uri, fsip_netaddr *dest, fsip_transport *tr);

/* TLS options shared by the commands (docs/security.md):
 *   --cert FILE --key FILE   our certificate chain and key (PEM)
 *   --ca FILE                the CAs we trust (default: OpenSSL's store)
 *   --tls-name NAME          the name the server's certificate must carry
 *                            (and SNI), instead of the target's IP address
 *   --no-verify              accept any server certificate
 *   --verify-client          (a server) require a client certificate
 *   --tls-min 1.2|1.3        the lowest TLS version (default 1.2) */
typedef struct cli_tls {
    const char *cert, *key, *ca, *name;
    bool no_verify, verify_client;
    uint16_t min_version;
} cli_tls;
/* argv[*i] is one of the TLS options (--verify-client only when `server`):
 * 1 (consumed, *i moved past its value), 0 (not ours), -1 (usage error,
 * said as `cmd`). */
int cli_tls_arg(cli_tls *t, const char *cmd, bool server, int argc, char **argv, int *i);
/* Puts the options into cfg->tls. TLS failures are in the log (cli_log:
 * stderr): "fsip: TLS connection to ADDR closed: REASON". */
void cli_tls_apply(const cli_tls *t, fsip_endpoint_config *cfg);
/* The options' usage lines. */
void usage_tls(FILE *f, bool server);
/* A client command's endpoint (options, call, register): made on `loop`
 * with cfg and cbs, listening on `local`, the flow to `dest` over `tr`
 * into *flow, and t->name (--tls-name) for `dest`. Returns 0, or -1 after
 * saying why as `cmd` (*ep may be set then: the caller frees it). */
int cli_client_endpoint(const char *cmd, fsip_loop *loop, const fsip_endpoint_config *cfg,
                        const fsip_stack_callbacks *cbs, const char *local, fsip_transport tr,
                        const fsip_netaddr *dest, const cli_tls *t, fsip_endpoint **ep,
                        fsip_flow *flow);

/* fsip_ua_config.clock for a UA on a loop (arg: the fsip_loop): fsip_call_*
 * calls made from our own loop timers start their timers (2xx
 * retransmission, Timer A/B, ...) from the loop's time, not from the
 * stack's last input. */
uint64_t cli_loop_clock(void *loop);

/* A decimal number 0..max for option `opt` of `cmd` into *out; -1 after
 * saying "fsip CMD: bad OPT 'V'". */
int cli_num(const char *cmd, const char *opt, const char *v, long max, long *out);

/* Cancels the loop timer *t when one is set (> 0), and clears *t. */
void cli_timer_cancel(fsip_loop *loop, int64_t *t);

/* SIGINT/SIGTERM as a non-blocking signalfd (the signals are blocked).
 * Returns the fd or -1. */
int cli_signalfd(void);

/* call_cmd.c: a new o= session id (RFC 4566 §5.2), random. */
void cli_sdp_origin(unsigned long long *sess);
/* An offer (RFC 3264 §5) from `ip` into out: one audio stream on `port`,
 * PCMU/PCMA and telephone-event, direction attribute `dir`. Returns the
 * length (as snprintf). */
int cli_sdp_offer(char *out, size_t cap, const char *ip, unsigned long long sess, unsigned ver,
                  unsigned port, const char *dir);
/* Prints "call ID ENDED REASON[ STATUS]" (the ENDED event). */
void cli_say_ended(const cli_out *o, const char *id, fsip_call *call);
/* fsip_call_hangup (nothing when call is NULL); a failure is told on
 * stderr as "fsip call: ID: hangup: ERROR". */
void cli_hangup(fsip_call *call, const char *id);
/* Answers 200 to the in-dialog request of a REQUEST event (one the stack
 * let through: its method is allowed); we have nothing to do with it. */
void cli_accept_request(fsip_call *call);

int cmd_uas(int argc, char **argv);
/* register_cmd.c: fsip register (REGISTER client, RFC 3261 §10). */
int cmd_register(int argc, char **argv);
int cmd_call(int argc, char **argv);
void usage_call(FILE *f);

/* transfer_cmd.c: fsip call --transfer-to URI [--attended], and fsip uas
 * as transferee (REFER) and transfer target (Replaces). */
typedef struct xfer_opts {
    const char *target; /* --transfer-to; NULL: no transfer */
    bool attended;      /* --attended */
    bool keep_call;     /* --no-bye-on-success */
} xfer_opts;
typedef struct xfer_cli xfer_cli;
/* argv[*i] is one of ours: 1 (consumed, *i moved past its value), 0 (not
 * ours), -1 (usage error). */
int xfer_call_arg(xfer_opts *o, int argc, char **argv, int *i);
void usage_xfer_call(FILE *f);
/* Installs the UA's transfer handler (after_reinvite: start once the
 * re-INVITE of --reinvite-ms is over, not at the answer). */
xfer_cli *xfer_cli_new(const xfer_opts *o, const cli_out *out, fsip_loop *loop, fsip_endpoint *ep,
                       fsip_ua *ua, fsip_transport tr, const char *from, const char *ip,
                       long hangup_ms, bool after_reinvite);
/* Before each call of --count. */
void xfer_cli_next(xfer_cli *x);
/* Every call event of the UA, `main` the call being transferred (NULL
 * before the first event): true when it was the consultation call's (the
 * caller then ignores it). */
bool xfer_cli_on_call(xfer_cli *x, fsip_call *main, fsip_call *call, fsip_call_event ev,
                      const fsip_msg *msg);
/* Still waiting for the outcome or for the consultation call's end. */
bool xfer_cli_pending(const xfer_cli *x);
/* This call's transfer ended ok. */
bool xfer_cli_ok(const xfer_cli *x);
/* After fsip_ua_free: prints "transfers: N started, N ok". NULL: no-op. */
void xfer_cli_free(xfer_cli *x);
int xfer_uas_arg(int argc, char **argv, int *i);
void usage_xfer_uas(FILE *f);
void xfer_uas_install(fsip_ua *ua, const cli_out *out, bool quiet);
/* INCOMING: prints 'replaces CALL-ID' for an INVITE with Replaces; true
 * when the library answers it (the replaced call is confirmed). */
bool xfer_uas_replaces(const cli_out *out, bool quiet, fsip_call *call);

#endif
