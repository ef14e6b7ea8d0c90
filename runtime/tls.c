/* TLS on memory BIOs for the socket driver (see tls.h). OpenSSL never sees
 * a socket: the endpoint writes what it read into the read BIO and sends
 * what OpenSSL left in the write BIO through its own out queue. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tls.h"

#ifdef FSIP_HAVE_TLS

#include <arpa/inet.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

struct tls_ctx {
    SSL_CTX *ssl;
    bool can_serve;
    bool verify_peer;
    bool verify_client;
    const fsip_allocator *a;
};

struct tls_conn {
    SSL *ssl;
    const fsip_allocator *a;
};

/* Our own blocks (not OpenSSL's) come from the endpoint's allocator, so
 * the tests' counting and failing allocators see them (DESIGN §3). */
static void *zalloc(const fsip_allocator *a, size_t n)
{
    void *p = a->malloc(n, a->arg);
    if (p) memset(p, 0, n);
    return p;
}

/* The reason of the failure that just happened: a certificate that did
 * not verify (X509_verify_cert_error_string), else the oldest error of
 * OpenSSL's queue, which names the cause (the later ones its
 * consequences). The queue is emptied. (OpenSSL records a verification
 * result even with SSL_VERIFY_NONE: it is only the reason when the
 * verification was asked for.) */
static void why(SSL *ssl, const char *what, char *err, size_t cap)
{
    unsigned long e = ERR_get_error();
    long v =
        ssl && SSL_get_verify_mode(ssl) != SSL_VERIFY_NONE ? SSL_get_verify_result(ssl) : X509_V_OK;
    bool verify = v != X509_V_OK && (!e || ERR_GET_REASON(e) == SSL_R_CERTIFICATE_VERIFY_FAILED);
    if (verify) {
        snprintf(err, cap, "%s: certificate verify failed: %s (%ld)", what,
                 X509_verify_cert_error_string(v), v);
    } else if (e) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        snprintf(err, cap, "%s: %s", what, buf);
    } else {
        snprintf(err, cap, "%s: TLS error", what);
    }
    ERR_clear_error();
}

int tls_ctx_new(const fsip_tls_config *cfg, const fsip_allocator *a, tls_ctx **out, char *err,
                size_t cap)
{
    ERR_clear_error();
    tls_ctx *c = zalloc(a, sizeof *c);
    if (!c) return FSIP_ENOMEM;
    c->a = a;
    c->ssl = SSL_CTX_new(TLS_method());
    if (!c->ssl) {
        why(NULL, "SSL_CTX_new", err, cap);
        a->free(c, a->arg);
        return FSIP_ETLS;
    }
    /* RFC 8996 / the issue: TLS 1.2 at least, 1.3 on request. */
    int minv = cfg->min_version == FSIP_TLS_1_3 ? TLS1_3_VERSION : TLS1_2_VERSION;
    SSL_CTX_set_min_proto_version(c->ssl, minv);
    /* No renegotiation (a CPU sink for a peer), no session tickets (no
     * resumption here: they would be bytes for nothing), and idle
     * connections give their buffers back. */
    SSL_CTX_set_options(c->ssl, SSL_OP_NO_RENEGOTIATION);
    SSL_CTX_set_num_tickets(c->ssl, 0);
    SSL_CTX_set_mode(c->ssl, SSL_MODE_RELEASE_BUFFERS);
    int rc = FSIP_ETLS;
    if (cfg->cert_file || cfg->key_file) {
        if (!cfg->cert_file || !cfg->key_file) {
            snprintf(err, cap, "TLS: a certificate needs its key and a key its certificate");
            goto fail;
        }
        if (SSL_CTX_use_certificate_chain_file(c->ssl, cfg->cert_file) != 1) {
            char what[300];
            snprintf(what, sizeof what, "certificate %s", cfg->cert_file);
            why(NULL, what, err, cap);
            goto fail;
        }
        if (SSL_CTX_use_PrivateKey_file(c->ssl, cfg->key_file, SSL_FILETYPE_PEM) != 1) {
            char what[300];
            snprintf(what, sizeof what, "key %s", cfg->key_file);
            why(NULL, what, err, cap);
            goto fail;
        }
        if (SSL_CTX_check_private_key(c->ssl) != 1) {
            why(NULL, "key does not match the certificate", err, cap);
            goto fail;
        }
        c->can_serve = true;
    }
    if (cfg->ca_file || cfg->ca_dir) {
        if (SSL_CTX_load_verify_locations(c->ssl, cfg->ca_file, cfg->ca_dir) != 1) {
            char what[300];
            snprintf(what, sizeof what, "CA %s", cfg->ca_file ? cfg->ca_file : cfg->ca_dir);
            why(NULL, what, err, cap);
            goto fail;
        }
    } else if (SSL_CTX_set_default_verify_paths(c->ssl) != 1) {
        why(NULL, "default CA store", err, cap);
        goto fail;
    }
    c->verify_peer = cfg->verify != FSIP_TLS_VERIFY_NONE;
    c->verify_client = cfg->verify_client;
    *out = c;
    return 0;
fail:
    SSL_CTX_free(c->ssl);
    a->free(c, a->arg);
    return rc;
}

void tls_ctx_free(tls_ctx *c)
{
    if (!c) return;
    SSL_CTX_free(c->ssl);
    c->a->free(c, c->a->arg);
}

bool tls_ctx_can_serve(const tls_ctx *c)
{
    return c && c->can_serve;
}

static bool is_ip_literal(const char *s)
{
    unsigned char b[16];
    return inet_pton(AF_INET, s, b) == 1 || inet_pton(AF_INET6, s, b) == 1;
}

int tls_conn_new(tls_ctx *c, bool server, const fsip_netaddr *remote, const char *name,
                 tls_conn **out, char *err, size_t cap)
{
    ERR_clear_error();
    tls_conn *t = zalloc(c->a, sizeof *t);
    if (!t) return FSIP_ENOMEM;
    t->a = c->a;
    t->ssl = SSL_new(c->ssl);
    BIO *rb = BIO_new(BIO_s_mem()), *wb = BIO_new(BIO_s_mem());
    if (!t->ssl || !rb || !wb) {
        BIO_free(rb);
        BIO_free(wb);
        SSL_free(t->ssl);
        t->a->free(t, t->a->arg);
        return FSIP_ENOMEM;
    }
    /* An empty read BIO means "wait for more", not end of stream. */
    BIO_set_mem_eof_return(rb, -1);
    BIO_set_mem_eof_return(wb, -1);
    SSL_set_bio(t->ssl, rb, wb);
    if (server) {
        SSL_set_accept_state(t->ssl);
        SSL_set_verify(t->ssl,
                       c->verify_client ? SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT
                                        : SSL_VERIFY_NONE,
                       NULL);
        *out = t;
        return 0;
    }
    SSL_set_connect_state(t->ssl);
    bool ok = true;
    /* RFC 6066 §3: SNI carries a host name, never an address. */
    if (name && !is_ip_literal(name)) ok = SSL_set_tlsext_host_name(t->ssl, name) == 1;
    if (c->verify_peer) {
        SSL_set_verify(t->ssl, SSL_VERIFY_PEER, NULL);
        X509_VERIFY_PARAM *p = SSL_get0_param(t->ssl);
        X509_VERIFY_PARAM_set_hostflags(p, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
        /* RFC 5922 §7.1-7.2: the name we meant to reach must be in the
         * certificate (subjectAltName); without a name, the address. */
        if (name && is_ip_literal(name))
            ok = ok && X509_VERIFY_PARAM_set1_ip_asc(p, name) == 1;
        else if (name)
            ok = ok && X509_VERIFY_PARAM_set1_host(p, name, 0) == 1;
        else
            ok = ok && X509_VERIFY_PARAM_set1_ip(p, remote->ip,
                                                 remote->family == FSIP_AF_INET6 ? 16 : 4) == 1;
    } else {
        SSL_set_verify(t->ssl, SSL_VERIFY_NONE, NULL);
    }
    if (!ok) {
        why(t->ssl, "TLS name", err, cap);
        tls_conn_free(t);
        return FSIP_ETLS;
    }
    *out = t;
    return 0;
}

void tls_conn_free(tls_conn *t)
{
    if (!t) return;
    SSL_free(t->ssl); /* and its BIOs */
    t->a->free(t, t->a->arg);
}

int tls_conn_feed(tls_conn *t, const void *p, size_t n)
{
    while (n) {
        int k = n > INT32_MAX ? INT32_MAX : (int)n;
        int w = BIO_write(SSL_get_rbio(t->ssl), p, k);
        if (w <= 0) return FSIP_ENOMEM;
        p = (const char *)p + w;
        n -= (size_t)w;
    }
    return 0;
}

size_t tls_conn_take(tls_conn *t, void *buf, size_t cap)
{
    BIO *wb = SSL_get_wbio(t->ssl);
    if (BIO_ctrl_pending(wb) == 0) return 0;
    int k = BIO_read(wb, buf, cap > INT32_MAX ? INT32_MAX : (int)cap);
    return k > 0 ? (size_t)k : 0;
}

int tls_conn_handshake(tls_conn *t, char *err, size_t cap)
{
    ERR_clear_error();
    int r = SSL_do_handshake(t->ssl);
    if (r == 1) return 1;
    int e = SSL_get_error(t->ssl, r);
    if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) return 0;
    why(t->ssl, "TLS handshake", err, cap);
    return FSIP_ETLS;
}

int tls_conn_read(tls_conn *t, void *buf, size_t cap, char *err, size_t errcap)
{
    ERR_clear_error();
    int r = SSL_read(t->ssl, buf, cap > INT32_MAX ? INT32_MAX : (int)cap);
    if (r > 0) return r;
    int e = SSL_get_error(t->ssl, r);
    if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) return 0;
    if (e == SSL_ERROR_ZERO_RETURN) return FSIP_ENOTFOUND;
    why(t->ssl, "TLS", err, errcap);
    return FSIP_ETLS;
}

int tls_conn_write(tls_conn *t, const void *p, size_t n, char *err, size_t cap)
{
    ERR_clear_error();
    while (n) {
        /* A memory BIO takes everything: SSL_write writes it all. */
        int k = n > INT32_MAX ? INT32_MAX : (int)n;
        int r = SSL_write(t->ssl, p, k);
        if (r <= 0) {
            why(t->ssl, "TLS write", err, cap);
            return FSIP_ETLS;
        }
        p = (const char *)p + r;
        n -= (size_t)r;
    }
    return 0;
}

void tls_conn_shutdown(tls_conn *t)
{
    ERR_clear_error();
    SSL_shutdown(t->ssl);
    ERR_clear_error();
}

#else /* !FSIP_HAVE_TLS: every TLS use says it is not built in. */

static int nosup(char *err, size_t cap)
{
    if (err && cap) snprintf(err, cap, "TLS not built in (FSIP_TLS=OFF)");
    return FSIP_ENOTSUP;
}

int tls_ctx_new(const fsip_tls_config *cfg, const fsip_allocator *a, tls_ctx **out, char *err,
                size_t cap)
{
    (void)cfg;
    (void)a;
    (void)out;
    return nosup(err, cap);
}

void tls_ctx_free(tls_ctx *c)
{
    (void)c;
}

bool tls_ctx_can_serve(const tls_ctx *c)
{
    (void)c;
    return false;
}

int tls_conn_new(tls_ctx *c, bool server, const fsip_netaddr *remote, const char *name,
                 tls_conn **out, char *err, size_t cap)
{
    (void)c, (void)server, (void)remote, (void)name, (void)out;
    return nosup(err, cap);
}

void tls_conn_free(tls_conn *t)
{
    (void)t;
}

int tls_conn_feed(tls_conn *t, const void *p, size_t n)
{
    (void)t, (void)p, (void)n;
    return FSIP_ENOTSUP;
}

size_t tls_conn_take(tls_conn *t, void *buf, size_t cap)
{
    (void)t, (void)buf, (void)cap;
    return 0;
}

int tls_conn_handshake(tls_conn *t, char *err, size_t cap)
{
    (void)t;
    return nosup(err, cap);
}

int tls_conn_read(tls_conn *t, void *buf, size_t cap, char *err, size_t errcap)
{
    (void)t, (void)buf, (void)cap;
    return nosup(err, errcap);
}

int tls_conn_write(tls_conn *t, const void *p, size_t n, char *err, size_t cap)
{
    (void)t, (void)p, (void)n;
    return nosup(err, cap);
}

void tls_conn_shutdown(tls_conn *t)
{
    (void)t;
}

#endif
