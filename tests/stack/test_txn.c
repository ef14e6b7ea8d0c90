/* Every transaction row, replayed at the stack level: bytes in through
 * fsip_stack_recv(), time through fsip_stack_tick() on a virtual clock,
 * bytes out checked through the send callback (retransmission times to the
 * millisecond). A row hook records every row the four machines run; the
 * last test requires every `go` and `ignore` row of gen/fsm_*.c to have run,
 * except the `ignore` rows for transport errors in states that send
 * nothing (unreachable by construction). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fsm_ict.h"
#include "fsm_ist.h"
#include "fsm_nict.h"
#include "fsm_nist.h"
#include "stacktest.h"

static int hits[4][64];

static void hook(fsip_txn_kind kind, int row, int event, void *arg)
{
    (void)arg;
    (void)event;
    hits[kind][row]++;
}

static void init(st *t, const fsip_stack_config *cfg)
{
    st_init(t, cfg);
    fsip__stack_set_row_hook(t->s, hook, NULL);
}

/* Sends `method` from the stack (A) to B; returns the transaction. */
static fsip_txn *client(st *t, const char *method, fsip_transport tr, uint64_t now)
{
    fsip_flow f = st_flow(tr, 0, true);
    fsip_txn *x = NULL;
    assert_int_equal(fsip_stack_send_request(t->s, st_new_request(method), &f, NULL, now, &x), 0);
    t->last_client = x;
    return x;
}

/* B answers the request in sent[i]. */
static void answer(st *t, int i, int status, const char *tag, fsip_transport tr, uint64_t now)
{
    char *r = st_response_to(t->sent[i].data, status, tag);
    assert_int_equal(st_recv(t, tr, r, now), 0);
    free(r);
}

static void assert_sends(st *t, const char *prefix, const uint64_t *at, int n)
{
    int k = 0;
    for (int i = 0; i < t->nsent; i++) {
        if (strncmp(t->sent[i].data, prefix, strlen(prefix)) != 0) continue;
        if (k >= n) fail_msg("extra '%s' at %llu", prefix, (unsigned long long)t->sent[i].at);
        if (t->sent[i].at != at[k])
            fail_msg("'%s' #%d at %llu, want %llu", prefix, k, (unsigned long long)t->sent[i].at,
                     (unsigned long long)at[k]);
        k++;
    }
    if (k != n) fail_msg("%d sends of '%s', want %d", k, prefix, n);
}

#define LOG_IS(t, exp) assert_string_equal((t)->log, exp)

/* ------------------------------------------------------------------ ICT */

static void test_ict_udp_timeout(void **state)
{
    (void)state;
    st t;
    init(&t, NULL);
    client(&t, "INVITE", FSIP_TRANSPORT_UDP, 0);
    assert_int_equal(fsip_stack_next_deadline(t.s), 500);
    st_run_until(&t, 100000);
    /* RFC 3261 §17.1.1.2: Timer A doubles from T1; Timer B = 64*T1. */
    static const uint64_t at[] = {0, 500, 1500, 3500, 7500, 15500, 31500};
    assert_sends(&t, "INVITE ", at, 7);
    LOG_IS(&t, "ev client timeout\nev client terminated\n");
    assert_int_equal(t.ev_at[FSIP_TXN_TIMEOUT], 32000);
    assert_int_equal(fsip_stack_next_deadline(t.s), FSIP_NO_DEADLINE);
    assert_int_equal(fsip_stack_stats(t.s)->txn_active, 0);
    /* Our Via: fresh branch with the magic cookie, rport. */
    fsip_msg *m = st_parse_sent(&t, 0);
    const fsip_via *v = fsip_msg_via(m);
    assert_true(v->branch.len >= 7 + 16);
    assert_memory_equal(v->branch.ptr, "z9hG4bK", 7);
    assert_int_equal(v->rport, 0);
    assert_view(v->transport, "UDP");
    assert_view(v->host, "192.0.2.1");
    assert_int_equal(v->port, 5060);
    fsip_msg_free(m);
    st_free(&t);
}

static void test_ict_tcp_timeout(void **state)
{
    (void)state;
    st t;
    init(&t, NULL);
    client(&t, "INVITE", FSIP_TRANSPORT_TCP, 1000);
    st_run_until(&t, 100000);
    static const uint64_t at[] = {1000};
    assert_sends(&t, "INVITE ", at, 1); /* no Timer A on reliable transports */
    assert_int_equal(t.ev_at[FSIP_TXN_TIMEOUT], 33000);
    st_free(&t);
}

static void test_ict_reject(void **state)
{
    (void)state;
    st t;
    init(&t, NULL);
    client(&t, "INVITE", FSIP_TRANSPORT_UDP, 0);
    answer(&t, 0, 100, NULL, FSIP_TRANSPORT_UDP, 100);
    answer(&t, 0, 180, "b1", FSIP_TRANSPORT_UDP, 200);
    assert_int_equal(fsip_stack_next_deadline(t.s), FSIP_NO_DEADLINE); /* none in Proceeding */
    answer(&t, 0, 486, "b1", FSIP_TRANSPORT_UDP, 300);
    answer(&t, 0, 486, "b1", FSIP_TRANSPORT_UDP, 400); /* retransmission: ACK again */
    answer(&t, 0, 180, "b1", FSIP_TRANSPORT_UDP, 500); /* late: ignored */
    answer(&t, 0, 200, "b1", FSIP_TRANSPORT_UDP, 600);
    static const uint64_t acks[] = {300, 400};
    assert_sends(&t, "ACK ", acks, 2);
    /* RFC 3261 §17.1.1.3: the ACK's Request-URI, top Via, From, Call-ID and
     * CSeq number are the INVITE's; To is the response's. */
    fsip_msg *inv = st_parse_sent(&t, 0), *ack = st_parse_sent(&t, 1);
    assert_string_equal(st_start_line(&t, 1), "ACK sip:bob@192.0.2.2:5070 SIP/2.0");
    assert_view_s(fsip_msg_via(ack)->branch, test_cstr(fsip_msg_via(inv)->branch));
    assert_int_equal(fsip_msg_hdr_count_id(ack, FSIP_HDR_VIA), 1);
    assert_view(fsip_msg_to(ack)->tag, "b1");
    assert_int_equal(fsip_msg_cseq(ack)->seq, 1);
    assert_int_equal(fsip_msg_cseq(ack)->method, FSIP_METHOD_ACK);
    fsip_msg_free(inv);
    fsip_msg_free(ack);
    st_run_until(&t, 100000);
    LOG_IS(&t, "resp 100\nresp 180\nresp 486\nev client terminated\n");
    assert_int_equal(t.ev_at[FSIP_TXN_TERMINATED], 32300); /* Timer D: 32 s */
    st_free(&t);
}

static void test_ict_reject_calling_tcp(void **state)
{
    (void)state;
    st t;
    init(&t, NULL);
    client(&t, "INVITE", FSIP_TRANSPORT_TCP, 0);
    answer(&t, 0, 603, "b1", FSIP_TRANSPORT_TCP, 50);
    /* Timer D is zero on reliable transports. */
    LOG_IS(&t, "resp 603\nev client terminated\n");
    assert_int_equal(t.ev_at[FSIP_TXN_TERMINATED], 50);
    assert_int_equal(st_count(&t, "ACK "), 1);
    st_free(&t);
}

static void test_ict_accepted(void **state)
{
    (void)state;
    st t;
    init(&t, NULL);
    client(&t, "INVITE", FSIP_TRANSPORT_UDP, 0);
    answer(&t, 0, 180, "b1", FSIP_TRANSPORT_UDP, 100);
    answer(&t, 0, 200, "b1", FSIP_TRANSPORT_UDP, 200);
    answer(&t, 0, 200, "b2", FSIP_TRANSPORT_UDP, 300); /* another fork: to the TU */
    answer(&t, 0, 180, "b1", FSIP_TRANSPORT_UDP, 400); /* ignored */
    answer(&t, 0, 486, "b3", FSIP_TRANSPORT_UDP, 500); /* ignored */
    st_run_until(&t, 100000);
    LOG_IS(&t, "resp 180\nresp 200\nresp 200\nev client terminated\n");
    assert_int_equal(t.ev_at[FSIP_TXN_TERMINATED], 200 + 32000); /* Timer M = 64*T1 */
    assert_int_equal(st_count(&t, "ACK "), 0);                   /* the 2xx ACK is the TU's */
    assert_int_equal(fsip_stack_stats(t.s)->rx_stray_responses, 0);
    answer(&t, 0, 200, "b1", FSIP_TRANSPORT_UDP, 40000); /* after M: stray */
    assert_int_equal(fsip_stack_stats(t.s)->rx_stray_responses, 1);

    /* Calling -> Accepted directly. */
    st_clear(&t);
    client(&t, "INVITE", FSIP_TRANSPORT_UDP, 50000);
    answer(&t, 0, 200, "b1", FSIP_TRANSPORT_UDP, 50100);
    st_run_until(&t, 200000);
    LOG_IS(&t, "resp 200\nev client terminated\n");
    st_free(&t);
}

static void test_ict_calling_reject_udp(void **state)
{
    (void)state;
    st t;
    init(&t, NULL);
    client(&t, "INVITE", FSIP_TRANSPORT_UDP, 0);
    st_run_until(&t, 700);
    answer(&t, 0, 404, "b1", FSIP_TRANSPORT_UDP, 700);
    static const uint64_t at[] = {0, 500};
    st_run_until(&t, 100000);
    assert_sends(&t, "INVITE ", at, 2);
    assert_int_equal(t.ev_at[FSIP_TXN_TERMINATED], 32700);
    st_free(&t);
}

static void test_ict_transport_errors(void **state)
{
    (void)state;
    st t;
    init(&t, NULL);
    t.fail_send = 1;
    client(&t, "INVITE", FSIP_TRANSPORT_UDP, 0);
    LOG_IS(&t, "ev client transport_error\nev client terminated\n");
    assert_int_equal(fsip_stack_stats(t.s)->txn_transport_errors, 1);
    /* Completed: the ACK for a retransmitted final response fails. */
    st_clear(&t);
    client(&t, "INVITE", FSIP_TRANSPORT_UDP, 100);
    answer(&t, 0, 486, "b1", FSIP_TRANSPORT_UDP, 200);
    t.fail_send = 1;
    answer(&t, 0, 486, "b1", FSIP_TRANSPORT_UDP, 300);
    LOG_IS(&t, "resp 486\nev client transport_error\nev client terminated\n");
    st_free(&t);
}

/* ----------------------------------------------------------------- NICT */

static void test_nict_udp_timeout(void **state)
{
    (void)state;
    st t;
    init(&t, NULL);
    client(&t, "OPTIONS", FSIP_TRANSPORT_UDP, 0);
    st_run_until(&t, 100000);
    /* RFC 3261 §17.1.2.2: Timer E doubles up to T2; Timer F = 64*T1. */
    static const uint64_t at[] = {0,     500,   1500,  3500,  7500, 11500,
                                  15500, 19500, 23500, 27500, 31500};
    assert_sends(&t, "OPTIONS ", at, 11);
    LOG_IS(&t, "ev client timeout\nev client terminated\n");
    assert_int_equal(t.ev_at[FSIP_TXN_TIMEOUT], 32000);
    st_free(&t);
}

static void test_nict_proceeding(void **state)
{
    (void)state;
    st t;
    init(&t, NULL);
    client(&t, "OPTIONS", FSIP_TRANSPORT_UDP, 0);
    answer(&t, 0, 100, NULL, FSIP_TRANSPORT_UDP, 100);
    answer(&t, 0, 180, NULL, FSIP_TRANSPORT_UDP, 200);
    st_run_until(&t, 100000);
    /* In Proceeding Timer E fires at T2 intervals. */
    static const uint64_t at[] = {0, 500, 4500, 8500, 12500, 16500, 20500, 24500, 28500};
    assert_sends(&t, "OPTIONS ", at, 9);
    LOG_IS(&t, "resp 100\nresp 180\nev client timeout\nev client terminated\n");
    assert_int_equal(t.ev_at[FSIP_TXN_TIMEOUT], 32000);
    st_free(&t);
}

static void test_nict_final(void **state)
{
    (void)state;
    st t;
    init(&t, NULL);
    client(&t, "OPTIONS", FSIP_TRANSPORT_UDP, 0);
    answer(&t, 0, 200, "b1", FSIP_TRANSPORT_UDP, 100);
    answer(&t, 0, 200, "b1", FSIP_TRANSPORT_UDP, 200); /* absorbed */
    answer(&t, 0, 100, NULL, FSIP_TRANSPORT_UDP, 300); /* absorbed */
    st_run_until(&t, 100000);
    LOG_IS(&t, "resp 200\nev client terminated\n");
    assert_int_equal(t.ev_at[FSIP_TXN_TERMINATED], 5100); /* Timer K = T4 */
    assert_int_equal(fsip_stack_stats(t.s)->rx_retransmissions, 2);

    st_clear(&t);
    client(&t, "MESSAGE", FSIP_TRANSPORT_UDP, 200000);
    answer(&t, 0, 100, NULL, FSIP_TRANSPORT_UDP, 200100);
    answer(&t, 0, 404, "b1", FSIP_TRANSPORT_UDP, 200200);
    st_run_until(&t, 300000);
    LOG_IS(&t, "resp 100\nresp 404\nev client terminated\n");
    assert_int_equal(t.ev_at[FSIP_TXN_TERMINATED], 205200);

    st_clear(&t);
    client(&t, "OPTIONS", FSIP_TRANSPORT_TCP, 400000);
    answer(&t, 0, 200, "b1", FSIP_TRANSPORT_TCP, 400100);
    LOG_IS(&t, "resp 200\nev client terminated\n"); /* Timer K is zero on TCP */
    assert_int_equal(t.ev_at[FSIP_TXN_TERMINATED], 400100);
    st_free(&t);
}

static void test_nict_transport_errors(void **state)
{
    (void)state;
    st t;
    init(&t, NULL);
    t.fail_send = 1;
    client(&t, "OPTIONS", FSIP_TRANSPORT_UDP, 0);
    LOG_IS(&t, "ev client transport_error\nev client terminated\n");
    st_clear(&t);
    client(&t, "OPTIONS", FSIP_TRANSPORT_UDP, 1000);
    answer(&t, 0, 100, NULL, FSIP_TRANSPORT_UDP, 1100);
    t.fail_send = 1;
    st_run_until(&t, 1500);
    LOG_IS(&t, "resp 100\nev client transport_error\nev client terminated\n");
    st_free(&t);
}

/* ------------------------------------------------------------------ IST */

static void recv_req(st *t, const char *method, const char *branch, fsip_transport tr, uint64_t now)
{
    char *r = st_request(method, branch, NULL, NULL);
    assert_int_equal(st_recv(t, tr, r, now), 0);
    free(r);
}

static void test_ist_reject_udp(void **state)
{
    (void)state;
    st t;
    init(&t, NULL);
    recv_req(&t, "INVITE", "z9hG4bKi1", FSIP_TRANSPORT_UDP, 0);
    assert_string_equal(st_start_line(&t, 0), "SIP/2.0 100 Trying");
    fsip_txn *x = t.last_server;
    assert_non_null(x);
    assert_int_equal(fsip_txn_respond_status(x, 180, NULL, 10), 0);
    recv_req(&t, "INVITE", "z9hG4bKi1", FSIP_TRANSPORT_UDP, 20); /* resend the 180 */
    recv_req(&t, "ACK", "z9hG4bKi1", FSIP_TRANSPORT_UDP, 30);    /* stray ACK: ignored */
    assert_int_equal(fsip_txn_respond_status(x, 486, NULL, 40), 0);
    recv_req(&t, "INVITE", "z9hG4bKi1", FSIP_TRANSPORT_UDP, 50); /* resend the 486 */
    assert_int_equal(fsip_txn_respond_status(x, 200, NULL, 60), FSIP_EINVAL);
    st_run_until(&t, 100000);
    static const uint64_t ringing[] = {10, 20};
    assert_sends(&t, "SIP/2.0 180", ringing, 2);
    /* RFC 3261 §17.2.1: Timer G from T1 doubling up to T2, Timer H = 64*T1. */
    static const uint64_t busy[] = {40,    50,    540,   1540,  3540,  7540,
                                    11540, 15540, 19540, 23540, 27540, 31540};
    assert_sends(&t, "SIP/2.0 486", busy, 12);
    LOG_IS(&t, "req INVITE\nev server timeout\nev server terminated\n");
    assert_int_equal(t.ev_at[FSIP_TXN_TIMEOUT], 32040);
    /* Responses go to the Via sent-by (no rport): 192.0.2.2:5070. */
    assert_true(fsip_netaddr_equal(&t.sent[0].flow.remote, &(fsip_netaddr){0}) == false);
    fsip_netaddr b = st_addr_b();
    assert_true(fsip_netaddr_equal(&t.sent[0].flow.remote, &b));
    /* The 486 carries our To tag, the 100 none (RFC 3261 §8.2.6). */
    fsip_msg *m = st_parse_sent(&t, 0);
    assert_view_null(fsip_msg_to(m)->tag);
    fsip_msg_free(m);
    m = st_parse_sent(&t, t.nsent - 1);
    assert_true(fsip_msg_to(m)->tag.len >= 8);
    fsip_msg_free(m);
    st_free(&t);
}

/* The ACK for our final response: it carries our To tag. */
static void recv_ack_for(st *t, int i, const char *branch, fsip_transport tr, uint64_t now)
{
    fsip_msg *m = st_parse_sent(t, i);
    char extra[256];
    (void)extra;
    char *r = st_request("ACK", branch, NULL, NULL);
    /* Put our tag into To. */
    char *to = strstr(r, "To: <sip:alice@example.com>");
    assert_non_null(to);
    size_t cap = strlen(r) + 64;
    char *w = malloc(cap);
    size_t pre = (size_t)(to - r) + strlen("To: <sip:alice@example.com>");
    memcpy(w, r, pre);
    snprintf(w + pre, cap - pre, ";tag=%s%s", test_cstr(fsip_msg_to(m)->tag), r + pre);
    assert_int_equal(st_recv(t, tr, w, now), 0);
    free(w);
    free(r);
    fsip_msg_free(m);
}

static void test_ist_confirmed(void **state)
{
    (void)state;
    st t;
    init(&t, NULL);
    recv_req(&t, "INVITE", "z9hG4bKi2", FSIP_TRANSPORT_UDP, 0);
    assert_int_equal(fsip_txn_respond_status(t.last_server, 486, NULL, 0), 0);
    recv_ack_for(&t, 1, "z9hG4bKi2", FSIP_TRANSPORT_UDP, 100);
    recv_ack_for(&t, 1, "z9hG4bKi2", FSIP_TRANSPORT_UDP, 200);    /* absorbed */
    recv_req(&t, "INVITE", "z9hG4bKi2", FSIP_TRANSPORT_UDP, 300); /* absorbed */
    st_run_until(&t, 100000);
    LOG_IS(&t, "req INVITE\nev server terminated\n");
    assert_int_equal(t.ev_at[FSIP_TXN_TERMINATED], 5100); /* Timer I = T4 */
    assert_int_equal(st_count(&t, "SIP/2.0 486"), 1);     /* G stopped by the ACK */

    /* Reliable: Timer I is zero, no Timer G. */
    st_clear(&t);
    recv_req(&t, "INVITE", "z9hG4bKi3", FSIP_TRANSPORT_TCP, 200000);
    assert_int_equal(fsip_txn_respond_status(t.last_server, 486, NULL, 200000), 0);
    recv_ack_for(&t, 1, "z9hG4bKi3", FSIP_TRANSPORT_TCP, 200100);
    LOG_IS(&t, "req INVITE\nev server terminated\n");
    assert_int_equal(t.ev_at[FSIP_TXN_TERMINATED], 200100);
    st_free(&t);
}

static void test_ist_accepted(void **state)
{
    (void)state;
    st t;
    init(&t, NULL);
    recv_req(&t, "INVITE", "z9hG4bKi4", FSIP_TRANSPORT_UDP, 0);
    fsip_txn *x = t.last_server;
    assert_int_equal(fsip_txn_respond_status(x, 200, NULL, 10), 0);
    recv_req(&t, "INVITE", "z9hG4bKi4", FSIP_TRANSPORT_UDP, 20);     /* absorbed */
    recv_ack_for(&t, 1, "z9hG4bKi4", FSIP_TRANSPORT_UDP, 30);        /* to the TU */
    assert_int_equal(fsip_txn_respond_status(x, 200, NULL, 510), 0); /* TU's 2xx resend */
    assert_int_equal(fsip_txn_respond_status(x, 180, NULL, 520), FSIP_EINVAL);
    st_run_until(&t, 100000);
    LOG_IS(&t, "req INVITE\nreq ACK\nev server terminated\n");
    assert_int_equal(t.ev_at[FSIP_TXN_TERMINATED], 32010); /* Timer L = 64*T1 */
    static const uint64_t ok[] = {10, 510};
    assert_sends(&t, "SIP/2.0 200", ok, 2);
    st_free(&t);
}

static void test_ist_transport_errors(void **state)
{
    (void)state;
    st t;
    init(&t, NULL);
    t.fail_send = 1; /* the 100 Trying */
    recv_req(&t, "INVITE", "z9hG4bKe1", FSIP_TRANSPORT_UDP, 0);
    LOG_IS(&t, "req INVITE\nev server transport_error\nev server terminated\n");

    st_clear(&t);
    recv_req(&t, "INVITE", "z9hG4bKe2", FSIP_TRANSPORT_UDP, 1000);
    assert_int_equal(fsip_txn_respond_status(t.last_server, 486, NULL, 1000), 0);
    t.fail_send = 1; /* the first Timer G retransmission */
    st_run_until(&t, 1500);
    LOG_IS(&t, "req INVITE\nev server transport_error\nev server terminated\n");

    st_clear(&t);
    recv_req(&t, "INVITE", "z9hG4bKe3", FSIP_TRANSPORT_UDP, 2000);
    t.fail_send = 1; /* the 200: Accepted stays until Timer L (RFC 6026) */
    assert_int_equal(fsip_txn_respond_status(t.last_server, 200, NULL, 2000), 0);
    LOG_IS(&t, "req INVITE\nev server transport_error\n");
    st_run_until(&t, 100000);
    LOG_IS(&t, "req INVITE\nev server transport_error\nev server terminated\n");
    st_free(&t);
}

/* ----------------------------------------------------------------- NIST */

static void test_nist(void **state)
{
    (void)state;
    st t;
    init(&t, NULL);
    recv_req(&t, "OPTIONS", "z9hG4bKn1", FSIP_TRANSPORT_UDP, 0);
    fsip_txn *x = t.last_server;
    assert_non_null(x);
    assert_int_equal(t.nsent, 0);
    recv_req(&t, "OPTIONS", "z9hG4bKn1", FSIP_TRANSPORT_UDP, 10); /* Trying: absorbed */
    assert_int_equal(t.nsent, 0);
    assert_int_equal(fsip_txn_respond_status(x, 100, NULL, 20), 0);
    recv_req(&t, "OPTIONS", "z9hG4bKn1", FSIP_TRANSPORT_UDP, 30); /* resend the 100 */
    assert_int_equal(fsip_txn_respond_status(x, 183, NULL, 40), 0);
    assert_int_equal(fsip_txn_respond_status(x, 200, NULL, 50), 0);
    recv_req(&t, "OPTIONS", "z9hG4bKn1", FSIP_TRANSPORT_UDP, 60); /* resend the 200 */
    assert_int_equal(fsip_txn_respond_status(x, 200, NULL, 70), FSIP_EINVAL);
    assert_int_equal(fsip_txn_respond_status(x, 100, NULL, 70), FSIP_EINVAL);
    st_run_until(&t, 100000);
    static const uint64_t trying[] = {20, 30}, ok[] = {50, 60};
    assert_sends(&t, "SIP/2.0 100", trying, 2);
    assert_sends(&t, "SIP/2.0 200", ok, 2);
    LOG_IS(&t, "req OPTIONS\nev server terminated\n");
    assert_int_equal(t.ev_at[FSIP_TXN_TERMINATED], 32050); /* Timer J = 64*T1 */

    st_clear(&t);
    recv_req(&t, "OPTIONS", "z9hG4bKn2", FSIP_TRANSPORT_TCP, 200000);
    assert_int_equal(fsip_txn_respond_status(t.last_server, 200, NULL, 200010), 0);
    LOG_IS(&t, "req OPTIONS\nev server terminated\n"); /* J is zero on TCP */
    assert_int_equal(t.ev_at[FSIP_TXN_TERMINATED], 200010);
    st_free(&t);
}

static void test_nist_transport_errors(void **state)
{
    (void)state;
    st t;
    init(&t, NULL);
    recv_req(&t, "OPTIONS", "z9hG4bKn3", FSIP_TRANSPORT_UDP, 0);
    t.fail_send = 1;
    assert_int_equal(fsip_txn_respond_status(t.last_server, 100, NULL, 10), 0);
    LOG_IS(&t, "req OPTIONS\nev server transport_error\nev server terminated\n");

    st_clear(&t);
    recv_req(&t, "OPTIONS", "z9hG4bKn4", FSIP_TRANSPORT_UDP, 100);
    assert_int_equal(fsip_txn_respond_status(t.last_server, 200, NULL, 110), 0);
    t.fail_send = 1;
    recv_req(&t, "OPTIONS", "z9hG4bKn4", FSIP_TRANSPORT_UDP, 120);
    LOG_IS(&t, "req OPTIONS\nev server transport_error\nev server terminated\n");
    st_free(&t);
}

/* ------------------------------------------------------------- coverage */

#define CHECK_ROWS(m, M)                                                                           \
    for (int i = 0; i < FSM_##M##_N_ROWS; i++) {                                                   \
        const struct fsm_##m##_row *r = &fsm_##m##_rows[i];                                        \
        if (r->kind == FSM_ERROR) continue;                                                        \
        if (r->kind == FSM_IGNORE && r->event == FSM_##M##_EV_TRANSPORT_ERROR) continue;           \
        if (!hits[kind_##m][i]) {                                                                  \
            fprintf(stderr, "%s row %d (line %d: %s %s) never ran\n", #m, i, r->line,              \
                    fsm_##m##_state_names[r->state], fsm_##m##_event_names[r->event]);             \
            missing++;                                                                             \
        }                                                                                          \
    }

static void test_every_row_ran(void **state)
{
    (void)state;
    enum {
        kind_ict = FSIP_TXN_ICT,
        kind_nict = FSIP_TXN_NICT,
        kind_ist = FSIP_TXN_IST,
        kind_nist = FSIP_TXN_NIST
    };
    int missing = 0;
    CHECK_ROWS(ict, ICT)
    CHECK_ROWS(nict, NICT)
    CHECK_ROWS(ist, IST)
    CHECK_ROWS(nist, NIST)
    assert_int_equal(missing, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FSIP_TEST(test_ict_udp_timeout),
        FSIP_TEST(test_ict_tcp_timeout),
        FSIP_TEST(test_ict_reject),
        FSIP_TEST(test_ict_reject_calling_tcp),
        FSIP_TEST(test_ict_accepted),
        FSIP_TEST(test_ict_calling_reject_udp),
        FSIP_TEST(test_ict_transport_errors),
        FSIP_TEST(test_nict_udp_timeout),
        FSIP_TEST(test_nict_proceeding),
        FSIP_TEST(test_nict_final),
        FSIP_TEST(test_nict_transport_errors),
        FSIP_TEST(test_ist_reject_udp),
        FSIP_TEST(test_ist_confirmed),
        FSIP_TEST(test_ist_accepted),
        FSIP_TEST(test_ist_transport_errors),
        FSIP_TEST(test_nist),
        FSIP_TEST(test_nist_transport_errors),
        cmocka_unit_test(test_every_row_ran),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
