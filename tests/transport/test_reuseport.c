/* SO_REUSEPORT: two endpoints, each with its own loop and stack on its own
 * thread (DESIGN §3: several cores = several stacks), share one UDP port;
 * the kernel spreads datagrams from different source ports over them.
 * The default allocator: the counting test allocator is single-threaded. */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include <setjmp.h>
#include <stdarg.h>
#include <cmocka.h>

#include "fsip/endpoint.h"

#define NSOCK 64

typedef struct worker {
    pthread_t th;
    uint16_t port;    /* 0: pick one (the first worker) */
    atomic_int ready; /* 1 listening, -1 failed */
    int requests;     /* read after join */
} worker;

static atomic_int stop_all;

static uint64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

static void on_request(fsip_stack *s, fsip_txn *txn, const fsip_msg *req, const fsip_flow *flow,
                       void *arg)
{
    worker *w = arg;
    (void)flow;
    w->requests++;
    if (txn && fsip_msg_method(req) == FSIP_METHOD_OPTIONS)
        fsip_txn_respond_status(txn, 200, NULL, fsip_stack_now(s));
}

static void *run(void *arg)
{
    worker *w = arg;
    fsip_loop *loop = fsip_loop_new(NULL);
    fsip_endpoint_config cfg;
    fsip_endpoint_config_init(&cfg);
    cfg.reuseport = true;
    fsip_stack_callbacks cbs = {NULL, on_request, NULL, NULL, w};
    fsip_endpoint *ep = NULL;
    char uri[64];
    snprintf(uri, sizeof uri, "udp:127.0.0.1:%u", (unsigned)w->port);
    if (!loop || fsip_endpoint_new_on_loop(loop, &cfg, &cbs, &ep) < 0 ||
        fsip_endpoint_listen(ep, uri) < 0) {
        atomic_store(&w->ready, -1);
    } else {
        fsip_netaddr a;
        fsip_endpoint_local(ep, 0, NULL, &a);
        w->port = a.port;
        atomic_store(&w->ready, 1);
        uint64_t end = now_ms() + 20000;
        while (!atomic_load(&stop_all) && now_ms() < end)
            fsip_loop_run_once(loop, 20);
    }
    fsip_endpoint_free(ep);
    if (loop) fsip_loop_free(loop);
    return NULL;
}

static void wait_ready(worker *w)
{
    uint64_t end = now_ms() + 5000;
    while (atomic_load(&w->ready) == 0 && now_ms() < end) {
        struct timespec ts = {0, 1000000};
        nanosleep(&ts, NULL);
    }
    assert_int_equal(atomic_load(&w->ready), 1);
}

static void test_reuseport_two_loops(void **state)
{
    (void)state;
    worker w[2];
    memset(w, 0, sizeof w);
    assert_int_equal(pthread_create(&w[0].th, NULL, run, &w[0]), 0);
    wait_ready(&w[0]);
    w[1].port = w[0].port;
    assert_int_equal(pthread_create(&w[1].th, NULL, run, &w[1]), 0);
    wait_ready(&w[1]);
    assert_int_equal(w[1].port, w[0].port);

    int fds[NSOCK], got = 0;
    struct sockaddr_in to = {.sin_family = AF_INET, .sin_port = htons(w[0].port)};
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    for (int i = 0; i < NSOCK; i++) {
        fds[i] = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0);
        assert_true(fds[i] >= 0);
        assert_int_equal(connect(fds[i], (struct sockaddr *)&to, sizeof to), 0);
        struct sockaddr_in me;
        socklen_t ml = sizeof me;
        assert_int_equal(getsockname(fds[i], (struct sockaddr *)&me, &ml), 0);
        char req[512];
        int n = snprintf(req, sizeof req,
                         "OPTIONS sip:b@127.0.0.1 SIP/2.0\r\n"
                         "Via: SIP/2.0/UDP 127.0.0.1:%u;rport;branch=z9hG4bKrp%d\r\n"
                         "Max-Forwards: 70\r\nFrom: <sip:a@test>;tag=%d\r\n"
                         "To: <sip:b@test>\r\nCall-ID: rp%d@test\r\nCSeq: 1 OPTIONS\r\n"
                         "Content-Length: 0\r\n\r\n",
                         (unsigned)ntohs(me.sin_port), i, i, i);
        assert_int_equal(send(fds[i], req, (size_t)n, 0), n);
    }
    bool answered[NSOCK] = {false};
    uint64_t end = now_ms() + 10000;
    while (got < NSOCK && now_ms() < end) {
        struct pollfd p[NSOCK];
        for (int i = 0; i < NSOCK; i++)
            p[i] = (struct pollfd){fds[i], POLLIN, 0};
        if (poll(p, NSOCK, 100) <= 0) continue;
        for (int i = 0; i < NSOCK; i++) {
            char buf[2048];
            if (!(p[i].revents & POLLIN)) continue;
            ssize_t k = recv(fds[i], buf, sizeof buf, 0);
            if (k > 12 && memcmp(buf, "SIP/2.0 200 ", 12) == 0 && !answered[i]) {
                answered[i] = true;
                got++;
            }
        }
    }
    atomic_store(&stop_all, 1);
    pthread_join(w[0].th, NULL);
    pthread_join(w[1].th, NULL);
    for (int i = 0; i < NSOCK; i++)
        close(fds[i]);
    assert_int_equal(got, NSOCK);
    assert_int_equal(w[0].requests + w[1].requests, NSOCK);
    /* 64 source ports hashed over two sockets: both get some (the chance
     * that one gets none is 2^-63). */
    assert_true(w[0].requests > 0);
    assert_true(w[1].requests > 0);
    printf("# reuseport: %d + %d requests\n", w[0].requests, w[1].requests);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_reuseport_two_loops)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
