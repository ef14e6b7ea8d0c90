/* poll_uas — an OPTIONS responder driving fsip from a plain poll() loop
 * through the integrator API (fd interest callback, next timeout,
 * fsip_endpoint_process), as an application with its own event loop would.
 *
 *   poll_uas URI[,URI...] [MAX_SECONDS]
 *
 * Prints "listening udp:127.0.0.1:PORT" per listener, answers OPTIONS 200
 * (RFC 3261 §11.2); other methods get 405/501 from the stack. Stops on
 * SIGINT/SIGTERM or after MAX_SECONDS (default 60).
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fsip/endpoint.h"

#define MAX_FDS 256

static struct pollfd fds[MAX_FDS];
static int nfds;
static volatile sig_atomic_t stop;

/* The endpoint tells which fds it wants watched; keep them in the poll
 * set (events 0: the fd is about to be closed). */
static void fd_interest(int fd, uint32_t events, void *arg)
{
    (void)arg;
    for (int i = 0; i < nfds; i++) {
        if (fds[i].fd != fd) continue;
        if (!events) {
            fds[i] = fds[--nfds];
            return;
        }
        fds[i].events = (short)(((events & FSIP_FD_READ) ? POLLIN : 0) |
                                ((events & FSIP_FD_WRITE) ? POLLOUT : 0));
        return;
    }
    if (!events || nfds == MAX_FDS) return;
    fds[nfds].fd = fd;
    fds[nfds].revents = 0;
    fds[nfds++].events =
        (short)(((events & FSIP_FD_READ) ? POLLIN : 0) | ((events & FSIP_FD_WRITE) ? POLLOUT : 0));
}

static uint64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

static void on_request(fsip_stack *s, fsip_txn *txn, const fsip_msg *req, const fsip_flow *flow,
                       void *arg)
{
    char from[64];
    fsip_str m = fsip_msg_method_name(req);
    (void)arg;
    fsip_netaddr_print(&flow->remote, true, from, sizeof from);
    printf("request %.*s from %s %s\n", (int)m.len, m.ptr, fsip_transport_name(flow->transport),
           from);
    fflush(stdout);
    if (!txn || fsip_msg_method(req) != FSIP_METHOD_OPTIONS) return;
    fsip_msg *resp = fsip_txn_new_response(txn, 200, NULL);
    if (!resp) return;
    if (fsip_msg_hdr_add(resp, "Allow", "OPTIONS") == 0 &&
        fsip_msg_hdr_add(resp, "Accept", "application/sdp") == 0)
        fsip_txn_respond(txn, resp, fsip_stack_now(s));
    fsip_msg_free(resp);
}

static void on_signal(int sig)
{
    (void)sig;
    stop = 1;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: poll_uas URI[,URI...] [MAX_SECONDS]\n");
        return 2;
    }
    long max_s = argc > 2 ? strtol(argv[2], NULL, 10) : 60;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);

    fsip_endpoint_config cfg;
    fsip_endpoint_config_init(&cfg);
    cfg.stack.allow = "OPTIONS";
    cfg.fd_interest = fd_interest;
    fsip_stack_callbacks cbs = {NULL, on_request, NULL, NULL, NULL};
    fsip_endpoint *ep;
    if (fsip_endpoint_new(&cfg, &cbs, &ep) < 0) return 1;
    char *list = strdup(argv[1]), *save = NULL;
    size_t n = 0;
    for (char *u = list ? strtok_r(list, ",", &save) : NULL; u; u = strtok_r(NULL, ",", &save)) {
        fsip_transport tr;
        fsip_netaddr a;
        char buf[64];
        if (fsip_endpoint_listen(ep, u) < 0) {
            fprintf(stderr, "poll_uas: cannot listen on %s: %s\n", u, strerror(errno));
            free(list);
            fsip_endpoint_free(ep);
            return 1;
        }
        fsip_endpoint_local(ep, n++, &tr, &a);
        fsip_netaddr_print(&a, true, buf, sizeof buf);
        printf("listening %s:%s\n", tr == FSIP_TRANSPORT_UDP ? "udp" : "tcp", buf);
    }
    free(list);
    fflush(stdout);

    uint64_t end = now_ms() + (uint64_t)max_s * 1000;
    while (!stop && now_ms() < end) {
        uint64_t now = now_ms();
        int timeout = fsip_endpoint_timeout_ms(ep, now);
        if (timeout < 0 || timeout > 1000) timeout = 1000; /* re-check stop / MAX_SECONDS */
        int r = poll(fds, (nfds_t)nfds, timeout);
        if (r < 0 && errno != EINTR) break;
        /* Copy the ready set first: process() may change the poll set. */
        fsip_fd_event evs[MAX_FDS];
        size_t k = 0;
        for (int i = 0; i < nfds && r > 0; i++) {
            if (!fds[i].revents) continue;
            evs[k].fd = fds[i].fd;
            evs[k].events = ((fds[i].revents & POLLIN) ? FSIP_FD_READ : 0) |
                            ((fds[i].revents & POLLOUT) ? FSIP_FD_WRITE : 0) |
                            ((fds[i].revents & (POLLERR | POLLHUP)) ? FSIP_FD_ERROR : 0);
            k++;
        }
        fsip_endpoint_process(ep, evs, k, now_ms());
    }
    const fsip_stats *st = fsip_stack_stats(fsip_endpoint_stack(ep));
    printf("stopped: %llu requests received\n", (unsigned long long)st->rx_requests);
    fsip_endpoint_free(ep);
    return 0;
}
