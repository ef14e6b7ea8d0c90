/* The TLS engine of the socket driver (runtime/endpoint.c): OpenSSL 3 on
 * memory BIOs, so that no socket is ever handed to OpenSSL. The endpoint
 * feeds the ciphertext it read, takes the ciphertext to write, and moves
 * plaintext in and out. Private to the runtime.
 *
 * Every function that can fail writes a one-line reason (OpenSSL's text)
 * into `err` (cap bytes, NUL-terminated). Without FSIP_HAVE_TLS the same
 * functions exist and fail with FSIP_ENOTSUP. */
#ifndef FSIP_RUNTIME_TLS_H
#define FSIP_RUNTIME_TLS_H

#include <stdbool.h>
#include <stddef.h>

#include "fsip/endpoint.h"

typedef struct tls_ctx tls_ctx;   /* an SSL_CTX and the settings */
typedef struct tls_conn tls_conn; /* an SSL with its two memory BIOs */

/* Loads certificate, key and CAs of `cfg`. The context and its connections
 * come from `a` (which must outlive them; OpenSSL's own objects use
 * OpenSSL's allocator). Returns 0 and *out, FSIP_ETLS (reason in err),
 * FSIP_ENOMEM or FSIP_ENOTSUP. */
int tls_ctx_new(const fsip_tls_config *cfg, const fsip_allocator *a, tls_ctx **out, char *err,
                size_t cap);
void tls_ctx_free(tls_ctx *c);
/* It has a certificate and key: it can accept connections. */
bool tls_ctx_can_serve(const tls_ctx *c);

/* A connection. Client side (server == false): verification of `remote`'s
 * certificate per the config, against `name` (SNI and host check) or,
 * with name NULL, against the IP of `remote`. Returns 0 and *out,
 * FSIP_ETLS / FSIP_ENOMEM / FSIP_ENOTSUP. */
int tls_conn_new(tls_ctx *c, bool server, const fsip_netaddr *remote, const char *name,
                 tls_conn **out, char *err, size_t cap);
void tls_conn_free(tls_conn *t);

/* Ciphertext read from the socket. Returns 0 or FSIP_ENOMEM. */
int tls_conn_feed(tls_conn *t, const void *p, size_t n);
/* Up to cap bytes of ciphertext to write; 0 when none is waiting. */
size_t tls_conn_take(tls_conn *t, void *buf, size_t cap);

/* Moves the handshake on: 1 done, 0 waiting for the peer, FSIP_ETLS. */
int tls_conn_handshake(tls_conn *t, char *err, size_t cap);
/* Plaintext received: > 0 bytes, 0 none for now, FSIP_ETLS (a fatal
 * error), FSIP_ENOTFOUND (the peer's close_notify). */
int tls_conn_read(tls_conn *t, void *buf, size_t cap, char *err, size_t errcap);
/* Plaintext to send (after the handshake): 0 or FSIP_ETLS. */
int tls_conn_write(tls_conn *t, const void *p, size_t n, char *err, size_t cap);
/* Queues a close_notify alert (RFC 8446 §6.1) for tls_conn_take(). */
void tls_conn_shutdown(tls_conn *t);

#endif
