/* The socket driver of the sans-I/O stack: UDP, TCP and TLS transports
 * (RFC 3261 §18, §26.2), a connection table, and the integrator API
 * (fd interest, next deadline, process). See include/fsip/endpoint.h.
 *
 * TLS is TCP with an OpenSSL engine on memory BIOs in between (tls.c):
 * ciphertext read from the socket is fed to it, the plaintext it yields
 * goes to fsip_stack_recv(); plaintext the stack sends goes through
 * SSL_write and the ciphertext into the connection's out queue. Plaintext
 * sent before the handshake is over waits in `pt`.
 *
 * Closing is deferred: a connection that must close (peer EOF, framing
 * error, write error, limit) is unlinked and put on a "dead" list, and
 * reaped at the end of fsip_endpoint_process(), never inside a stack
 * callback (the stack may be in the middle of a step on that flow).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "endpoint_internal.h"
#include "stack_internal.h"
#include "tls.h"

#include <assert.h>
#include <pthread.h>

/* DESIGN §3: one thread owns an endpoint; debug builds check it on every
 * public entry (the stack underneath checks its own). */
#ifndef NDEBUG
#define OWNER(ep) assert(pthread_equal((ep)->owner, pthread_self()))
#else
#define OWNER(ep) ((void)0)
#endif

#define EP_MAX_LISTEN 16
#define EP_RX_BUF     65536
#define EP_BATCH      64 /* datagrams / accepts / reads per event: fairness */
/* Datagrams one recvmmsg(2) takes: the receive buffer is that many
 * EP_RX_BUF slots (virtual memory: a slot's pages are touched only as far
 * as its datagrams reach). */
#define EP_RX_SLOTS 16

enum { K_UDP = 0, K_LISTEN = 1, K_CONN = 2 };

typedef struct ep_sock {
    int fd;
    uint8_t kind;
    bool connecting, dead;
    uint32_t interest;
    fsip_transport tr;
    fsip_netaddr local, remote;
    uint64_t id;          /* connections: (seq << 32) | fd, never 0 */
    uint64_t last_active; /* connections: idle timeout */
    char *out;            /* connections: bytes not yet written */
    size_t out_len, out_cap;
    tls_conn *tls;                     /* TLS connections */
    bool in_hs;                        /* TLS: handshake not over yet */
    bool outgoing;                     /* we opened it */
    uint64_t hs_deadline;              /* TLS: the handshake must be over by then */
    struct ep_sock *hs_prev, *hs_next; /* TLS: the handshake list (in_hs) */
    char *pt;                          /* TLS: plaintext waiting for the handshake */
    size_t pt_len, pt_cap;
    struct ep_sock *prev, *next; /* LRU (live) or dead list */
} ep_sock;

struct fsip_endpoint {
    pthread_t owner;
    fsip_allocator alloc;
    fsip_endpoint_config cfg;
    fsip_stack_callbacks user;
    fsip_stack *stack;
    ep_sock **byfd;
    size_t nbyfd;
    ep_sock *listen[EP_MAX_LISTEN];
    size_t nlisten;
    ep_sock *lru_head, *lru_tail; /* live connections, least recently active first */
    ep_sock *dead;                /* waiting for reap() */
    uint32_t nconns;              /* live connections */
    uint32_t seq;
    uint64_t now;
    char *rxbuf; /* EP_RX_SLOTS slots of EP_RX_BUF bytes */
    /* recvmmsg(2) vectors over the slots, set up once (ep_create). */
    struct mmsghdr rx_mm[EP_RX_SLOTS];
    struct iovec rx_iov[EP_RX_SLOTS];
    struct sockaddr_storage rx_from[EP_RX_SLOTS];
    fsip_endpoint_stats st;
    ep_changed_fn changed; /* loop mode: the deadline may have moved */
    void *changed_arg;
    void *glue; /* loop mode */
    void (*free_glue)(void *glue);
    tls_ctx *tls;               /* created at the first TLS use (or ep_create) */
    ep_sock *hs_head, *hs_tail; /* connections in a TLS handshake, oldest
                                   first: by hs_deadline (one timeout) */
    struct tls_name *names;     /* fsip_endpoint_tls_set_name() */
};

typedef struct tls_name {
    struct tls_name *next;
    fsip_netaddr addr; /* port 0: any port */
    char name[];
} tls_name;

/* ------------------------------------------------------------ helpers */

static void *ep_malloc(fsip_endpoint *ep, size_t n)
{
    return ep->alloc.malloc(n, ep->alloc.arg);
}

static void ep_free(fsip_endpoint *ep, void *p)
{
    if (p) ep->alloc.free(p, ep->alloc.arg);
}

static socklen_t to_sockaddr(const fsip_netaddr *a, struct sockaddr_storage *ss)
{
    memset(ss, 0, sizeof *ss);
    if (a->family == FSIP_AF_INET6) {
        struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)ss;
        s6->sin6_family = AF_INET6;
        s6->sin6_port = htons(a->port);
        memcpy(&s6->sin6_addr, a->ip, 16);
        return sizeof *s6;
    }
    struct sockaddr_in *s4 = (struct sockaddr_in *)ss;
    s4->sin_family = AF_INET;
    s4->sin_port = htons(a->port);
    memcpy(&s4->sin_addr, a->ip, 4);
    return sizeof *s4;
}

static void from_sockaddr(const struct sockaddr_storage *ss, fsip_netaddr *a)
{
    memset(a, 0, sizeof *a);
    if (ss->ss_family == AF_INET6) {
        const struct sockaddr_in6 *s6 = (const struct sockaddr_in6 *)ss;
        a->family = FSIP_AF_INET6;
        a->port = ntohs(s6->sin6_port);
        memcpy(a->ip, &s6->sin6_addr, 16);
    } else if (ss->ss_family == AF_INET) {
        const struct sockaddr_in *s4 = (const struct sockaddr_in *)ss;
        a->family = FSIP_AF_INET4;
        a->port = ntohs(s4->sin_port);
        memcpy(a->ip, &s4->sin_addr, 4);
    }
}

static bool same_ip(const fsip_netaddr *a, const fsip_netaddr *b)
{
    return a->family == b->family && memcmp(a->ip, b->ip, a->family == FSIP_AF_INET6 ? 16 : 4) == 0;
}

static void set_interest(fsip_endpoint *ep, ep_sock *s, uint32_t ev)
{
    if (s->interest == ev) return;
    s->interest = ev;
    ep->cfg.fd_interest(s->fd, ev, ep->cfg.fd_interest_arg);
}

static int track_fd(fsip_endpoint *ep, ep_sock *s)
{
    if ((size_t)s->fd >= ep->nbyfd) {
        size_t n = ep->nbyfd ? ep->nbyfd : 64;
        while (n <= (size_t)s->fd)
            n *= 2;
        ep_sock **nb = ep->alloc.realloc(ep->byfd, n * sizeof *nb, ep->alloc.arg);
        if (!nb) return FSIP_ENOMEM;
        memset(nb + ep->nbyfd, 0, (n - ep->nbyfd) * sizeof *nb);
        ep->byfd = nb;
        ep->nbyfd = n;
    }
    ep->byfd[s->fd] = s;
    return 0;
}

static ep_sock *sock_of_fd(const fsip_endpoint *ep, int fd)
{
    return fd >= 0 && (size_t)fd < ep->nbyfd ? ep->byfd[fd] : NULL;
}

static void lru_unlink(fsip_endpoint *ep, ep_sock *s)
{
    if (s->prev)
        s->prev->next = s->next;
    else
        ep->lru_head = s->next;
    if (s->next)
        s->next->prev = s->prev;
    else
        ep->lru_tail = s->prev;
    s->prev = s->next = NULL;
}

static void lru_append(fsip_endpoint *ep, ep_sock *s)
{
    s->prev = ep->lru_tail;
    s->next = NULL;
    if (ep->lru_tail)
        ep->lru_tail->next = s;
    else
        ep->lru_head = s;
    ep->lru_tail = s;
}

/* A TLS connection enters or leaves the handshake list: the timeouts and
 * the next deadline look at its head only, never at every connection. */
static void hs_append(fsip_endpoint *ep, ep_sock *s)
{
    s->in_hs = true;
    s->hs_prev = ep->hs_tail;
    s->hs_next = NULL;
    if (ep->hs_tail)
        ep->hs_tail->hs_next = s;
    else
        ep->hs_head = s;
    ep->hs_tail = s;
}

static void hs_unlink(fsip_endpoint *ep, ep_sock *s)
{
    if (!s->in_hs) return;
    s->in_hs = false;
    if (s->hs_prev)
        s->hs_prev->hs_next = s->hs_next;
    else
        ep->hs_head = s->hs_next;
    if (s->hs_next)
        s->hs_next->hs_prev = s->hs_prev;
    else
        ep->hs_tail = s->hs_prev;
    s->hs_prev = s->hs_next = NULL;
}

static void touch(fsip_endpoint *ep, ep_sock *s)
{
    s->last_active = ep->now;
    if (ep->lru_tail != s) {
        lru_unlink(ep, s);
        lru_append(ep, s);
    }
}

/* Marks a connection for closing (reaped by process()). `counter` counts
 * the reason. */
static void conn_kill(fsip_endpoint *ep, ep_sock *s, uint64_t *counter)
{
    if (s->dead) return;
    s->dead = true;
    if (counter) (*counter)++;
    hs_unlink(ep, s);
    lru_unlink(ep, s);
    ep->nconns--;
    ep->st.tcp_open = ep->nconns;
    s->next = ep->dead;
    ep->dead = s;
    if (ep->changed) ep->changed(ep, ep->changed_arg);
}

static void sock_close(fsip_endpoint *ep, ep_sock *s)
{
    if (s->interest) ep->cfg.fd_interest(s->fd, 0, ep->cfg.fd_interest_arg);
    if (sock_of_fd(ep, s->fd) == s) ep->byfd[s->fd] = NULL;
    close(s->fd);
    tls_conn_free(s->tls);
    ep_free(ep, s->pt);
    ep_free(ep, s->out);
    ep_free(ep, s);
}

static void reap(fsip_endpoint *ep)
{
    while (ep->dead) {
        ep_sock *s = ep->dead;
        ep->dead = s->next;
        fsip_stack_conn_closed(ep->stack, s->id);
        sock_close(ep, s);
    }
}

/* ------------------------------------------------------------ sending */

/* Appends to one of a connection's growing buffers (the out queue, or
 * TLS plaintext waiting for the handshake); past max_out_bytes the
 * connection closes. Returns 0 or -1. */
static int buf_append(fsip_endpoint *ep, ep_sock *s, char **buf, size_t *len, size_t *cap,
                      const void *p, size_t n)
{
    if (*len + n > ep->cfg.max_out_bytes) {
        conn_kill(ep, s, &ep->st.tcp_closed_overflow);
        return -1;
    }
    if (*len + n > *cap) {
        size_t c = *cap ? *cap : 4096;
        while (c < *len + n)
            c *= 2;
        char *nb = ep->alloc.realloc(*buf, c, ep->alloc.arg);
        if (!nb) return -1;
        *buf = nb;
        *cap = c;
    }
    memcpy(*buf + *len, p, n);
    *len += n;
    return 0;
}

static int out_append(fsip_endpoint *ep, ep_sock *s, const char *p, size_t n)
{
    if (buf_append(ep, s, &s->out, &s->out_len, &s->out_cap, p, n) < 0) return -1;
    set_interest(ep, s, FSIP_FD_READ | FSIP_FD_WRITE);
    return 0;
}

/* Writes what the socket takes now. Returns 0 or -1 (connection killed). */
static int conn_flush(fsip_endpoint *ep, ep_sock *s)
{
    size_t off = 0;
    while (off < s->out_len) {
        ssize_t k = send(s->fd, s->out + off, s->out_len - off, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (k < 0) {
            if (errno == EINTR) continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) break;
            conn_kill(ep, s, &ep->st.tcp_closed_peer);
            return -1;
        }
        off += (size_t)k;
    }
    memmove(s->out, s->out + off, s->out_len - off);
    s->out_len -= off;
    if (off) touch(ep, s);
    set_interest(ep, s, s->out_len ? FSIP_FD_READ | FSIP_FD_WRITE : FSIP_FD_READ);
    return 0;
}

static int conn_send(fsip_endpoint *ep, ep_sock *s, const void *data, size_t len)
{
    if (s->dead) return -1;
    if (s->connecting || s->out_len) return out_append(ep, s, data, len);
    size_t off = 0;
    while (off < len) {
        ssize_t k = send(s->fd, (const char *)data + off, len - off, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (k < 0) {
            if (errno == EINTR) continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) break;
            conn_kill(ep, s, &ep->st.tcp_closed_peer);
            return -1;
        }
        off += (size_t)k;
    }
    touch(ep, s);
    return off < len ? out_append(ep, s, (const char *)data + off, len - off) : 0;
}

static ep_sock *conn_new(fsip_endpoint *ep, int fd, fsip_transport tr, const fsip_netaddr *local,
                         const fsip_netaddr *remote)
{
    ep_sock *s = ep_malloc(ep, sizeof *s);
    if (!s) return NULL;
    memset(s, 0, sizeof *s);
    s->fd = fd;
    s->kind = K_CONN;
    s->tr = tr;
    s->local = *local;
    s->remote = *remote;
    if (track_fd(ep, s) < 0) {
        ep_free(ep, s);
        return NULL;
    }
    if (++ep->seq == 0) ep->seq = 1;
    s->id = ((uint64_t)ep->seq << 32) | (uint32_t)fd;
    ep->nconns++;
    ep->st.tcp_open = ep->nconns;
    s->last_active = ep->now;
    lru_append(ep, s);
    return s;
}

/* ------------------------------------------------------------ TLS */

static uint64_t ep_now(const fsip_endpoint *ep)
{
    uint64_t t = fsip_stack_now(ep->stack);
    return t > ep->now ? t : ep->now;
}

/* The TLS context, made at the first use when the config named no file
 * (then ep_create made it). NULL after logging why. */
static tls_ctx *tls_ready(fsip_endpoint *ep, int *rc)
{
    if (ep->tls) return ep->tls;
    char err[320];
    *rc = tls_ctx_new(&ep->cfg.tls, &ep->alloc, &ep->tls, err, sizeof err);
    if (*rc < 0) {
        ep->tls = NULL;
        fsip__log(ep->stack, FSIP_LOG_ERROR, "TLS: %s", err);
    }
    return ep->tls;
}

static const char *tls_name_for(const fsip_endpoint *ep, const fsip_netaddr *remote)
{
    const char *any = NULL;
    for (const tls_name *n = ep->names; n; n = n->next) {
        if (fsip_netaddr_equal(&n->addr, remote)) return n->name;
        if (!n->addr.port && same_ip(&n->addr, remote)) any = n->name;
    }
    return any;
}

/* Ciphertext OpenSSL produced goes to the socket (or the out queue).
 * Returns 0 or -1 (connection killed). */
static int tls_drain(fsip_endpoint *ep, ep_sock *s)
{
    char buf[16384];
    size_t n;
    while ((n = tls_conn_take(s->tls, buf, sizeof buf)) > 0)
        if (conn_send(ep, s, buf, n) < 0) return -1;
    return 0;
}

/* A TLS failure: OpenSSL's alert goes out if the socket takes it, the
 * connection closes, the app and the log are told. On a connection we
 * opened, the client transactions to that peer fail now (RFC 3261
 * §17.1.4) unless `from_send` (inside the stack's send callback, which
 * gets -1 instead). */
static void tls_fail(fsip_endpoint *ep, ep_sock *s, const char *reason, bool from_send)
{
    if (s->dead) return;
    bool hs = s->in_hs;
    if (s->tls) tls_drain(ep, s); /* may find the socket broken: killed */
    conn_kill(ep, s, NULL);
    if (hs)
        ep->st.tls_handshake_errors++;
    else
        ep->st.tls_errors++;
    char a[64];
    fsip_netaddr_print(&s->remote, true, a, sizeof a);
    fsip__log(ep->stack, FSIP_LOG_WARN, "TLS connection %s %s closed: %s",
              s->outgoing ? "to" : "from", a, reason);
    if (ep->cfg.tls.on_error)
        ep->cfg.tls.on_error(&s->remote, s->outgoing, reason, ep->cfg.tls.on_error_arg);
    if (s->outgoing && !from_send)
        fsip_stack_conn_failed(ep->stack, FSIP_TRANSPORT_TLS, &s->remote, ep_now(ep));
}

/* Starts the TLS engine of a new connection (the client's ClientHello
 * waits in the out queue while the TCP connect is in progress). */
static int tls_start(fsip_endpoint *ep, ep_sock *s, bool server)
{
    int rc = FSIP_ETLS;
    char err[320];
    tls_ctx *c = tls_ready(ep, &rc);
    if (!c) return rc;
    rc = tls_conn_new(c, server, &s->remote, server ? NULL : tls_name_for(ep, &s->remote), &s->tls,
                      err, sizeof err);
    if (rc < 0) {
        fsip__log(ep->stack, FSIP_LOG_ERROR, "TLS: %s", err);
        return rc;
    }
    uint32_t to = ep->cfg.tls.handshake_timeout_ms ? ep->cfg.tls.handshake_timeout_ms : 10000;
    s->hs_deadline = ep_now(ep) + to;
    hs_append(ep, s);
    if (!server) {
        if (tls_conn_handshake(s->tls, err, sizeof err) < 0) {
            fsip__log(ep->stack, FSIP_LOG_ERROR, "TLS: %s", err);
            return FSIP_ETLS;
        }
        if (tls_drain(ep, s) < 0) return FSIP_ETLS;
    }
    return 0;
}

/* Plaintext from the stack onto a TLS connection. */
static int tls_send(fsip_endpoint *ep, ep_sock *s, const void *data, size_t len)
{
    if (s->dead) return -1;
    if (s->in_hs) return buf_append(ep, s, &s->pt, &s->pt_len, &s->pt_cap, data, len);
    char err[320];
    if (tls_conn_write(s->tls, data, len, err, sizeof err) < 0) {
        tls_fail(ep, s, err, true);
        return -1;
    }
    return tls_drain(ep, s);
}

/* After ciphertext was fed: the handshake moves on, then the plaintext
 * received goes to the stack. Returns 0 or -1 (connection killed). */
static int tls_input(fsip_endpoint *ep, ep_sock *s)
{
    char err[320];
    if (s->in_hs) {
        int r = tls_conn_handshake(s->tls, err, sizeof err);
        if (r < 0) {
            tls_fail(ep, s, err, false);
            return -1;
        }
        if (tls_drain(ep, s) < 0) return -1;
        if (r == 0) return 0;
        hs_unlink(ep, s);
        ep->st.tls_handshakes++;
        if (s->pt_len) {
            size_t n = s->pt_len;
            s->pt_len = 0;
            if (tls_conn_write(s->tls, s->pt, n, err, sizeof err) < 0) {
                tls_fail(ep, s, err, false);
                return -1;
            }
            if (tls_drain(ep, s) < 0) return -1;
        }
    }
    for (;;) {
        int n = tls_conn_read(s->tls, ep->rxbuf, EP_RX_BUF, err, sizeof err);
        if (n == 0) break;
        if (n == FSIP_ENOTFOUND) { /* close_notify */
            conn_kill(ep, s, &ep->st.tcp_closed_peer);
            return -1;
        }
        if (n < 0) {
            tls_fail(ep, s, err, false);
            return -1;
        }
        fsip_flow f = {FSIP_TRANSPORT_TLS, s->local, s->remote, s->id};
        int rc = fsip_stack_recv(ep->stack, &f, ep->rxbuf, (size_t)n, ep->now);
        if (rc == FSIP_EPARSE || rc == FSIP_ELIMIT) {
            conn_kill(ep, s, &ep->st.tcp_closed_framing);
            return -1;
        }
        if (s->dead) return -1;
    }
    return s->dead ? -1 : tls_drain(ep, s);
}

/* Connections whose handshake is late fail (a peer that connected and
 * said nothing, or a server that never answers). */
static void tls_timeouts(fsip_endpoint *ep, uint64_t now)
{
    while (ep->hs_head && ep->hs_head->hs_deadline <= now)
        tls_fail(ep, ep->hs_head, "TLS handshake timeout", false);
}

/* RFC 3261 §18.1.1: a request over TCP or TLS reuses an open connection
 * of that transport to the destination, else opens one. */
static ep_sock *conn_to(fsip_endpoint *ep, fsip_transport tr, const fsip_netaddr *remote)
{
    for (ep_sock *s = ep->lru_tail; s; s = s->prev)
        if (s->tr == tr && fsip_netaddr_equal(&s->remote, remote)) return s;
    if (ep->nconns >= ep->cfg.max_conns) return NULL;
    if (tr == FSIP_TRANSPORT_TLS) {
        int rc = 0;
        if (!tls_ready(ep, &rc)) return NULL;
    }
    struct sockaddr_storage ss;
    socklen_t sl = to_sockaddr(remote, &ss);
    int fd = socket(ss.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) return NULL;
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    int rc = connect(fd, (struct sockaddr *)&ss, sl);
    if (rc < 0 && errno != EINPROGRESS) {
        ep->st.tcp_connect_errors++;
        close(fd);
        return NULL;
    }
    fsip_netaddr local;
    struct sockaddr_storage ls;
    socklen_t ll = sizeof ls;
    memset(&local, 0, sizeof local);
    if (getsockname(fd, (struct sockaddr *)&ls, &ll) == 0) from_sockaddr(&ls, &local);
    ep_sock *s = conn_new(ep, fd, tr, &local, remote);
    if (!s) {
        close(fd);
        return NULL;
    }
    s->outgoing = true;
    s->connecting = rc < 0;
    if (!s->connecting) ep->st.tcp_connected++;
    set_interest(ep, s, s->connecting ? FSIP_FD_READ | FSIP_FD_WRITE : FSIP_FD_READ);
    if (tr == FSIP_TRANSPORT_TLS && tls_start(ep, s, false) < 0) {
        conn_kill(ep, s, &ep->st.tls_handshake_errors);
        return NULL;
    }
    return s;
}

static ep_sock *udp_for(fsip_endpoint *ep, const fsip_flow *flow)
{
    ep_sock *fallback = NULL;
    for (size_t i = 0; i < ep->nlisten; i++) {
        ep_sock *s = ep->listen[i];
        if (s->kind != K_UDP || s->local.family != flow->remote.family) continue;
        if (fsip_netaddr_equal(&s->local, &flow->local)) return s;
        if (!fallback) fallback = s;
    }
    return fallback;
}

static int on_send(const fsip_flow *flow, const void *data, size_t len, void *arg)
{
    fsip_endpoint *ep = arg;
    if (ep->changed) ep->changed(ep, ep->changed_arg);
    if (flow->transport == FSIP_TRANSPORT_UDP) {
        ep_sock *s = udp_for(ep, flow);
        if (!s) {
            ep->st.udp_tx_errors++;
            return -1;
        }
        struct sockaddr_storage ss;
        socklen_t sl = to_sockaddr(&flow->remote, &ss);
        ssize_t k;
        do
            k = sendto(s->fd, data, len, MSG_DONTWAIT, (struct sockaddr *)&ss, sl);
        while (k < 0 && errno == EINTR);
        if (k < 0) {
            ep->st.udp_tx_errors++;
            /* A full socket buffer is a lost datagram: the transaction
             * layer retransmits (RFC 3261 §17.1.2.2). Anything else is a
             * transport error (§17.1.4). */
            return errno == EAGAIN || errno == EWOULDBLOCK || errno == ENOBUFS ? 0 : -1;
        }
        ep->st.udp_tx++;
        return 0;
    }
    if (flow->transport != FSIP_TRANSPORT_TCP && flow->transport != FSIP_TRANSPORT_TLS) return -1;
    ep_sock *s;
    if (flow->conn_id) {
        /* RFC 3261 §18.2.2: a response goes back on the connection the
         * request came on. */
        s = sock_of_fd(ep, (int)(uint32_t)flow->conn_id);
        if (!s || s->kind != K_CONN || s->id != flow->conn_id || s->tr != flow->transport)
            return -1;
    } else {
        s = conn_to(ep, flow->transport, &flow->remote);
        if (!s) return -1;
    }
    return s->tls ? tls_send(ep, s, data, len) : conn_send(ep, s, data, len);
}

/* ------------------------------------------------------------ receiving */

/* Up to EP_BATCH datagrams, EP_RX_SLOTS per system call: one recvmmsg(2)
 * in place of a recvfrom(2) per datagram and the last one that finds the
 * socket empty (a short batch means it was drained: the fd is watched
 * level-triggered, so a datagram arriving meanwhile is reported again). */
static void on_udp(fsip_endpoint *ep, ep_sock *s)
{
    struct mmsghdr *mm = ep->rx_mm;
    for (unsigned got = 0; got < EP_BATCH;) {
        unsigned want = EP_BATCH - got < EP_RX_SLOTS ? EP_BATCH - got : EP_RX_SLOTS;
        for (unsigned j = 0; j < want; j++)
            mm[j].msg_hdr.msg_namelen = sizeof ep->rx_from[j];
        int k = recvmmsg(s->fd, mm, want, MSG_DONTWAIT, NULL);
        if (k < 0) {
            if (errno == EINTR) continue;
            return; /* EAGAIN, or an ICMP error reported on the socket */
        }
        for (int j = 0; j < k; j++) {
            ep->st.udp_rx++;
            fsip_flow f = {FSIP_TRANSPORT_UDP, s->local, {0}, 0};
            from_sockaddr(&ep->rx_from[j], &f.remote);
            /* RFC 3261 §18.3: bad datagrams are answered or dropped and
             * counted by the stack; never an error here. */
            if (mm[j].msg_len > 0)
                fsip_stack_recv(ep->stack, &f, ep->rx_iov[j].iov_base, mm[j].msg_len, ep->now);
        }
        got += (unsigned)k;
        if ((unsigned)k < want) return;
    }
}

static uint32_t peer_conns(const fsip_endpoint *ep, const fsip_netaddr *remote)
{
    uint32_t n = 0;
    for (const ep_sock *s = ep->lru_head; s; s = s->next)
        if (same_ip(&s->remote, remote)) n++;
    return n;
}

static void on_accept(fsip_endpoint *ep, ep_sock *l)
{
    for (int i = 0; i < EP_BATCH; i++) {
        struct sockaddr_storage ss;
        socklen_t sl = sizeof ss;
        int fd = accept4(l->fd, (struct sockaddr *)&ss, &sl, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED) continue;
            return;
        }
        fsip_netaddr remote;
        from_sockaddr(&ss, &remote);
        /* DESIGN §3 Limits: past the total or per-peer limit the new
         * connection is closed at once and counted. */
        if (ep->nconns >= ep->cfg.max_conns ||
            peer_conns(ep, &remote) >= ep->cfg.max_conns_per_peer) {
            ep->st.tcp_rejected_limit++;
            close(fd);
            continue;
        }
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        ep_sock *s = conn_new(ep, fd, l->tr, &l->local, &remote);
        if (!s) {
            close(fd);
            continue;
        }
        ep->st.tcp_accepted++;
        set_interest(ep, s, FSIP_FD_READ);
        if (l->tr == FSIP_TRANSPORT_TLS && tls_start(ep, s, true) < 0)
            conn_kill(ep, s, &ep->st.tls_handshake_errors);
    }
}

static void on_conn(fsip_endpoint *ep, ep_sock *s, uint32_t events)
{
    if (s->connecting && (events & (FSIP_FD_WRITE | FSIP_FD_ERROR))) {
        int err = 0;
        socklen_t el = sizeof err;
        if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &err, &el) < 0) err = errno;
        if (err) {
            ep->st.tcp_connect_errors++;
            conn_kill(ep, s, NULL);
            /* RFC 3261 §17.1.4: the transactions waiting for it fail now. */
            fsip_stack_conn_failed(ep->stack, s->tr, &s->remote, ep->now);
            return;
        }
        s->connecting = false;
        ep->st.tcp_connected++;
        struct sockaddr_storage ls;
        socklen_t ll = sizeof ls;
        if (getsockname(s->fd, (struct sockaddr *)&ls, &ll) == 0) from_sockaddr(&ls, &s->local);
    }
    if (!s->connecting && (events & FSIP_FD_WRITE) && conn_flush(ep, s) < 0) return;
    if (!(events & (FSIP_FD_READ | FSIP_FD_ERROR)) || s->connecting) return;
    for (int i = 0; i < EP_BATCH && !s->dead; i++) {
        ssize_t k = recv(s->fd, ep->rxbuf, EP_RX_BUF, MSG_DONTWAIT);
        if (k < 0 && errno == EINTR) continue;
        if (k < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
        if (k <= 0) {
            if (s->in_hs)
                tls_fail(ep, s, "peer closed the connection during the TLS handshake", false);
            else
                conn_kill(ep, s, &ep->st.tcp_closed_peer);
            return;
        }
        touch(ep, s);
        if (s->tls) {
            if (tls_conn_feed(s->tls, ep->rxbuf, (size_t)k) < 0) {
                tls_fail(ep, s, "out of memory", false);
                return;
            }
            if (tls_input(ep, s) < 0) return;
            continue;
        }
        fsip_flow f = {FSIP_TRANSPORT_TCP, s->local, s->remote, s->id};
        int rc = fsip_stack_recv(ep->stack, &f, ep->rxbuf, (size_t)k, ep->now);
        /* DESIGN §3 / STYLE 5: a stream whose framing broke is closed,
         * never resynchronised. */
        if (rc == FSIP_EPARSE || rc == FSIP_ELIMIT) {
            conn_kill(ep, s, &ep->st.tcp_closed_framing);
            return;
        }
    }
}

/* ------------------------------------------------------------ the API */

void fsip_endpoint_config_init(fsip_endpoint_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    fsip_stack_config_init(&cfg->stack);
    cfg->max_conns = 1024;
    cfg->max_conns_per_peer = 32;
    cfg->idle_timeout_ms = 120000;
    cfg->max_out_bytes = 1u << 20;
}

static void w_request(fsip_stack *s, fsip_txn *t, const fsip_msg *m, const fsip_flow *f, void *arg)
{
    fsip_endpoint *ep = arg;
    if (ep->user.request) ep->user.request(s, t, m, f, ep->user.arg);
}

static void w_response(fsip_stack *s, fsip_txn *t, const fsip_msg *m, void *arg)
{
    fsip_endpoint *ep = arg;
    if (ep->user.response) ep->user.response(s, t, m, ep->user.arg);
}

static void w_event(fsip_stack *s, fsip_txn *t, fsip_txn_event ev, void *arg)
{
    fsip_endpoint *ep = arg;
    if (ep->user.txn_event) ep->user.txn_event(s, t, ev, ep->user.arg);
}

int ep_create(const fsip_endpoint_config *cfg, const fsip_stack_callbacks *cbs, fsip_endpoint **out)
{
    if (!cfg || !cbs || !out || !cfg->fd_interest) return FSIP_EINVAL;
    const fsip_allocator *a = cfg->stack.alloc ? cfg->stack.alloc : fsip_allocator_default();
    fsip_endpoint *ep = a->malloc(sizeof *ep, a->arg);
    if (!ep) return FSIP_ENOMEM;
    memset(ep, 0, sizeof *ep);
    ep->owner = pthread_self();
    ep->alloc = *a;
    ep->cfg = *cfg;
    ep->user = *cbs;
    if (!ep->cfg.max_conns) ep->cfg.max_conns = 1024;
    if (!ep->cfg.max_conns_per_peer) ep->cfg.max_conns_per_peer = ep->cfg.max_conns;
    if (!ep->cfg.max_out_bytes) ep->cfg.max_out_bytes = 1u << 20;
    ep->rxbuf = ep_malloc(ep, (size_t)EP_RX_SLOTS * EP_RX_BUF);
    if (!ep->rxbuf) {
        ep_free(ep, ep);
        return FSIP_ENOMEM;
    }
    for (size_t j = 0; j < EP_RX_SLOTS; j++) {
        ep->rx_iov[j].iov_base = ep->rxbuf + j * EP_RX_BUF;
        ep->rx_iov[j].iov_len = EP_RX_BUF;
        ep->rx_mm[j].msg_hdr.msg_name = &ep->rx_from[j];
        ep->rx_mm[j].msg_hdr.msg_iov = &ep->rx_iov[j];
        ep->rx_mm[j].msg_hdr.msg_iovlen = 1;
    }
    fsip_stack_callbacks w = {on_send, w_request, w_response, w_event, ep};
    int rc = fsip_stack_new(&cfg->stack, &w, &ep->stack);
    if (rc < 0) {
        ep_free(ep, ep->rxbuf);
        ep_free(ep, ep);
        return rc;
    }
    /* Files named in the TLS config are read now: a bad one is an error
     * of the configuration, not of the first call. The paths are not
     * kept. */
    const fsip_tls_config *t = &cfg->tls;
    if (t->cert_file || t->key_file || t->ca_file || t->ca_dir) {
        if (!tls_ready(ep, &rc)) {
            fsip_stack_free(ep->stack);
            ep_free(ep, ep->rxbuf);
            ep_free(ep, ep);
            return rc;
        }
    }
    ep->cfg.tls.cert_file = ep->cfg.tls.key_file = NULL;
    ep->cfg.tls.ca_file = ep->cfg.tls.ca_dir = NULL;
    *out = ep;
    return 0;
}

int fsip_endpoint_new(const fsip_endpoint_config *cfg, const fsip_stack_callbacks *cbs,
                      fsip_endpoint **out)
{
    return ep_create(cfg, cbs, out);
}

void ep_set_changed(fsip_endpoint *ep, ep_changed_fn fn, void *arg)
{
    ep->changed = fn;
    ep->changed_arg = arg;
}

void ep_set_loop_glue(fsip_endpoint *ep, void *glue, void (*free_glue)(void *glue))
{
    ep->glue = glue;
    ep->free_glue = free_glue;
}

void fsip_endpoint_free(fsip_endpoint *ep)
{
    if (!ep) return;
    OWNER(ep);
    ep->changed = NULL;
    /* TLS connections say close_notify (RFC 8446 §6.1) if the socket
     * takes it now: no waiting here. */
    for (ep_sock *s = ep->lru_head; s; s = s->next) {
        if (!s->tls || s->in_hs || s->connecting || s->out_len) continue;
        char buf[512];
        tls_conn_shutdown(s->tls);
        size_t n = tls_conn_take(s->tls, buf, sizeof buf);
        if (n) (void)send(s->fd, buf, n, MSG_NOSIGNAL | MSG_DONTWAIT);
    }
    while (ep->lru_head)
        conn_kill(ep, ep->lru_head, NULL);
    /* The stack goes first: fsip_stack_conn_closed() is not needed then. */
    fsip_stack_free(ep->stack);
    while (ep->dead) {
        ep_sock *s = ep->dead;
        ep->dead = s->next;
        sock_close(ep, s);
    }
    for (size_t i = 0; i < ep->nlisten; i++)
        sock_close(ep, ep->listen[i]);
    while (ep->names) {
        tls_name *n = ep->names;
        ep->names = n->next;
        ep_free(ep, n);
    }
    tls_ctx_free(ep->tls);
    ep_free(ep, ep->byfd);
    ep_free(ep, ep->rxbuf);
    if (ep->free_glue) ep->free_glue(ep->glue);
    ep_free(ep, ep);
}

int fsip_endpoint_parse_uri(const char *uri, fsip_transport *tr, fsip_netaddr *addr)
{
    if (!uri || !tr || !addr) return FSIP_EINVAL;
    if (strncasecmp(uri, "udp:", 4) == 0)
        *tr = FSIP_TRANSPORT_UDP;
    else if (strncasecmp(uri, "tcp:", 4) == 0)
        *tr = FSIP_TRANSPORT_TCP;
    else if (strncasecmp(uri, "tls:", 4) == 0)
        *tr = FSIP_TRANSPORT_TLS;
    else
        return FSIP_EINVAL;
    const char *h = uri + 4, *hend, *colon;
    if (*h == '[') {
        hend = strchr(h, ']');
        if (!hend) return FSIP_EINVAL;
        colon = hend + 1;
        h++;
    } else {
        colon = strrchr(h, ':');
        hend = colon;
    }
    if (!colon || *colon != ':' || !colon[1]) return FSIP_EINVAL;
    char *end;
    errno = 0;
    unsigned long port = strtoul(colon + 1, &end, 10);
    if (errno || *end || port > 65535 || colon[1] < '0' || colon[1] > '9') return FSIP_EINVAL;
    return fsip_netaddr_parse(h, (size_t)(hend - h), (uint16_t)port, addr);
}

int fsip_endpoint_listen(fsip_endpoint *ep, const char *uri)
{
    OWNER(ep);
    fsip_transport tr;
    fsip_netaddr a;
    if (ep->nlisten >= EP_MAX_LISTEN || fsip_endpoint_parse_uri(uri, &tr, &a) < 0)
        return FSIP_EINVAL;
    if (tr == FSIP_TRANSPORT_TLS) {
        int rc = FSIP_ETLS;
        tls_ctx *c = tls_ready(ep, &rc);
        if (!c) return rc;
        if (!tls_ctx_can_serve(c)) {
            fsip__log(ep->stack, FSIP_LOG_ERROR,
                      "TLS: listening on %s needs a certificate and its key", uri);
            return FSIP_ETLS;
        }
    }
    bool stream = tr != FSIP_TRANSPORT_UDP;
    struct sockaddr_storage ss;
    socklen_t sl = to_sockaddr(&a, &ss);
    int type = tr == FSIP_TRANSPORT_UDP ? SOCK_DGRAM : SOCK_STREAM;
    int fd = socket(ss.ss_family, type | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) return FSIP_EINVAL;
    int one = 1;
    if (a.family == FSIP_AF_INET6) setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
    if (stream) setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (ep->cfg.reuseport) setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    if (bind(fd, (struct sockaddr *)&ss, sl) < 0 || (stream && listen(fd, 128) < 0)) {
        int e = errno;
        close(fd);
        errno = e;
        return FSIP_EINVAL;
    }
    struct sockaddr_storage bound;
    socklen_t bl = sizeof bound;
    if (getsockname(fd, (struct sockaddr *)&bound, &bl) == 0) from_sockaddr(&bound, &a);
    ep_sock *s = ep_malloc(ep, sizeof *s);
    if (!s) {
        close(fd);
        return FSIP_ENOMEM;
    }
    memset(s, 0, sizeof *s);
    s->fd = fd;
    s->kind = tr == FSIP_TRANSPORT_UDP ? K_UDP : K_LISTEN;
    s->tr = tr;
    s->local = a;
    if (track_fd(ep, s) < 0) {
        close(fd);
        ep_free(ep, s);
        return FSIP_ENOMEM;
    }
    ep->listen[ep->nlisten++] = s;
    set_interest(ep, s, FSIP_FD_READ);
    return 0;
}

int fsip_endpoint_local(const fsip_endpoint *ep, size_t i, fsip_transport *tr, fsip_netaddr *addr)
{
    if (i >= ep->nlisten) return FSIP_ENOTFOUND;
    if (tr) *tr = ep->listen[i]->tr;
    if (addr) *addr = ep->listen[i]->local;
    return 0;
}

int fsip_endpoint_flow_to(const fsip_endpoint *ep, fsip_transport tr, const fsip_netaddr *remote,
                          fsip_flow *out)
{
    const ep_sock *best = NULL;
    for (size_t i = 0; i < ep->nlisten; i++) {
        const ep_sock *s = ep->listen[i];
        if (s->local.family != remote->family) continue;
        if (s->tr == tr) {
            best = s;
            break;
        }
        if (!best) best = s;
    }
    if (!best || (tr == FSIP_TRANSPORT_UDP && best->tr != FSIP_TRANSPORT_UDP))
        return FSIP_ENOTFOUND;
    memset(out, 0, sizeof *out);
    out->transport = tr;
    out->local = best->local;
    out->remote = *remote;
    return 0;
}

int fsip_endpoint_process(fsip_endpoint *ep, const fsip_fd_event *evs, size_t n, uint64_t now)
{
    OWNER(ep);
    ep->now = now;
    for (size_t i = 0; i < n; i++) {
        ep_sock *s = sock_of_fd(ep, evs[i].fd);
        if (!s || s->dead) continue;
        uint32_t e = evs[i].events;
        if (s->kind == K_UDP)
            on_udp(ep, s);
        else if (s->kind == K_LISTEN)
            on_accept(ep, s);
        else
            on_conn(ep, s, e);
    }
    /* Idle connections, least recently active first. A TLS one says
     * close_notify first if the socket takes it (RFC 8446 §6.1). */
    while (ep->lru_head && ep->cfg.idle_timeout_ms &&
           ep->lru_head->last_active + ep->cfg.idle_timeout_ms <= now) {
        ep_sock *s = ep->lru_head;
        if (s->tls && !s->in_hs) {
            tls_conn_shutdown(s->tls);
            tls_drain(ep, s);
        }
        if (s->dead)
            ep->st.tcp_closed_idle++;
        else
            conn_kill(ep, s, &ep->st.tcp_closed_idle);
    }
    tls_timeouts(ep, now);
    uint64_t d = fsip_stack_next_deadline(ep->stack);
    if (d != FSIP_NO_DEADLINE && d <= now) fsip_stack_tick(ep->stack, now);
    reap(ep);
    return 0;
}

uint64_t fsip_endpoint_next_deadline(const fsip_endpoint *ep)
{
    OWNER(ep);
    if (ep->dead) return 0;
    uint64_t d = fsip_stack_next_deadline(ep->stack);
    if (ep->lru_head && ep->cfg.idle_timeout_ms) {
        uint64_t i = ep->lru_head->last_active + ep->cfg.idle_timeout_ms;
        if (i < d) d = i;
    }
    if (ep->hs_head && ep->hs_head->hs_deadline < d) d = ep->hs_head->hs_deadline;
    return d;
}

int fsip_endpoint_timeout_ms(const fsip_endpoint *ep, uint64_t now)
{
    OWNER(ep);
    uint64_t d = fsip_endpoint_next_deadline(ep);
    if (d == FSIP_NO_DEADLINE) return -1;
    if (d <= now) return 0;
    return d - now > INT32_MAX ? INT32_MAX : (int)(d - now);
}

fsip_stack *fsip_endpoint_stack(fsip_endpoint *ep)
{
    return ep->stack;
}

const fsip_endpoint_stats *fsip_endpoint_stats_get(const fsip_endpoint *ep)
{
    return &ep->st;
}

int fsip_endpoint_tls_set_name(fsip_endpoint *ep, const fsip_netaddr *remote, const char *name)
{
    OWNER(ep);
    if (!remote || (name && !*name)) return FSIP_EINVAL;
    for (tls_name **pp = &ep->names; *pp; pp = &(*pp)->next) {
        tls_name *n = *pp;
        if (fsip_netaddr_equal(&n->addr, remote) && n->addr.port == remote->port) {
            *pp = n->next;
            ep_free(ep, n);
            break;
        }
    }
    if (!name) return 0;
    size_t len = strlen(name);
    if (len > 253) return FSIP_EINVAL; /* RFC 1035 §2.3.4 */
    tls_name *n = ep_malloc(ep, sizeof *n + len + 1);
    if (!n) return FSIP_ENOMEM;
    memset(&n->addr, 0, sizeof n->addr);
    n->addr.family = remote->family;
    n->addr.port = remote->port;
    memcpy(n->addr.ip, remote->ip, remote->family == FSIP_AF_INET6 ? 16 : 4);
    memcpy(n->name, name, len + 1);
    n->next = ep->names;
    ep->names = n;
    return 0;
}
