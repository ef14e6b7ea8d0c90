#include "eptest.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

uint64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

static void interest(int fd, uint32_t ev, void *arg)
{
    node *n = arg;
    for (int i = 0; i < n->nw; i++) {
        if (n->w[i].fd != fd) continue;
        if (ev)
            n->w[i].ev = ev;
        else
            n->w[i] = n->w[--n->nw];
        return;
    }
    assert_true(ev != 0);
    assert_true(n->nw < MAXW);
    n->w[n->nw].fd = fd;
    n->w[n->nw++].ev = ev;
}

void on_request(fsip_stack *s, fsip_txn *txn, const fsip_msg *req, const fsip_flow *flow, void *arg)
{
    node *n = arg;
    n->requests++;
    if (flow) n->last_rx_transport = flow->transport;
    if (txn && fsip_msg_method(req) == FSIP_METHOD_OPTIONS)
        fsip_txn_respond_status(txn, 200, NULL, fsip_stack_now(s));
}

void on_response(fsip_stack *s, fsip_txn *txn, const fsip_msg *resp, void *arg)
{
    node *n = arg;
    (void)s;
    (void)txn;
    if (fsip_msg_status(resp) >= 200) {
        n->finals++;
        n->last_status = fsip_msg_status(resp);
    }
}

void on_event(fsip_stack *s, fsip_txn *txn, fsip_txn_event ev, void *arg)
{
    node *n = arg;
    (void)s;
    (void)txn;
    if (ev == FSIP_TXN_TIMEOUT) n->timeouts++;
    if (ev == FSIP_TXN_TRANSPORT_ERROR) n->transport_errors++;
}

void on_log(fsip_log_level level, const char *line, void *arg)
{
    node *n = arg;
    if (level >= FSIP_LOG_WARN) snprintf(n->last_warn, sizeof n->last_warn, "%s", line);
}

fsip_stack_callbacks node_cbs(node *n)
{
    fsip_stack_callbacks c = {NULL, on_request, on_response, on_event, n};
    return c;
}

void node_cfg(node *n, fsip_endpoint_config *cfg)
{
    memset(n, 0, sizeof *n);
    fsip_endpoint_config_init(cfg);
    cfg->stack.alloc = test_alloc;
    cfg->stack.log = on_log;
    cfg->stack.log_arg = n;
    cfg->fd_interest = interest;
    cfg->fd_interest_arg = n;
}

bool node_start(node *n, const fsip_endpoint_config *cfg, const char *uri)
{
    fsip_stack_callbacks c = node_cbs(n);
    assert_int_equal(fsip_endpoint_new(cfg, &c, &n->ep), 0);
    return !uri || fsip_endpoint_listen(n->ep, uri) == 0;
}

fsip_netaddr node_addr(node *n, size_t i)
{
    fsip_netaddr a;
    assert_int_equal(fsip_endpoint_local(n->ep, i, NULL, &a), 0);
    return a;
}

void pump(node **ns, int k, int max_ms)
{
    struct pollfd p[4 * MAXW];
    node *owner[4 * MAXW];
    int np = 0, timeout = max_ms;
    uint64_t now = now_ms();
    for (int i = 0; i < k; i++) {
        int t = fsip_endpoint_timeout_ms(ns[i]->ep, now);
        if (t >= 0 && t < timeout) timeout = t;
        for (int j = 0; j < ns[i]->nw; j++) {
            p[np].fd = ns[i]->w[j].fd;
            p[np].events = (short)(((ns[i]->w[j].ev & FSIP_FD_READ) ? POLLIN : 0) |
                                   ((ns[i]->w[j].ev & FSIP_FD_WRITE) ? POLLOUT : 0));
            p[np].revents = 0;
            owner[np++] = ns[i];
        }
    }
    int r = poll(p, (nfds_t)np, timeout);
    assert_true(r >= 0 || errno == EINTR);
    now = now_ms();
    for (int i = 0; i < np && r > 0; i++) {
        if (!p[i].revents) continue;
        fsip_fd_event ev = {p[i].fd, 0};
        if (p[i].revents & POLLIN) ev.events |= FSIP_FD_READ;
        if (p[i].revents & POLLOUT) ev.events |= FSIP_FD_WRITE;
        if (p[i].revents & (POLLERR | POLLHUP)) ev.events |= FSIP_FD_ERROR;
        fsip_endpoint_process(owner[i]->ep, &ev, 1, now);
    }
    for (int i = 0; i < k; i++)
        fsip_endpoint_process(ns[i]->ep, NULL, 0, now);
}

int send_options(node *c, fsip_transport tr, const fsip_netaddr *to)
{
    bool tls = tr == FSIP_TRANSPORT_TLS;
    const char *scheme = tls ? "sips" : "sip";
    fsip_flow f;
    assert_int_equal(fsip_endpoint_flow_to(c->ep, tr, to, &f), 0);
    char ruri[80], a[64], from[64], dest[64];
    fsip_netaddr_print(to, true, a, sizeof a);
    snprintf(ruri, sizeof ruri, "%s:%s", scheme, a);
    snprintf(from, sizeof from, "<%s:a@test>;tag=t1", scheme);
    snprintf(dest, sizeof dest, "<%s:b@test>", scheme);
    fsip_msg *m = fsip_msg_new_request("OPTIONS", ruri, test_alloc);
    assert_non_null(m);
    static int cseq;
    char cs[32], cid[32];
    snprintf(cs, sizeof cs, "%d OPTIONS", ++cseq);
    snprintf(cid, sizeof cid, "%s%d@test", tls ? "tls" : "tp", cseq);
    assert_int_equal(fsip_msg_hdr_add(m, "Max-Forwards", "70"), 0);
    assert_int_equal(fsip_msg_hdr_add(m, "From", from), 0);
    assert_int_equal(fsip_msg_hdr_add(m, "To", dest), 0);
    assert_int_equal(fsip_msg_hdr_add(m, "Call-ID", cid), 0);
    assert_int_equal(fsip_msg_hdr_add(m, "CSeq", cs), 0);
    return fsip_stack_send_request(fsip_endpoint_stack(c->ep), m, &f, NULL, now_ms(), NULL);
}
