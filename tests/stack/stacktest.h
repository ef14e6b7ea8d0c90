/* Helpers for the stack tests: a stack wired to a recording transport and
 * a recording TU, a virtual clock, request templates. Everything is
 * allocated with the counting allocator (leak check per test). */
#ifndef FSIP_STACKTEST_H
#define FSIP_STACKTEST_H

#include "fsip/stack.h"
#include "stack_internal.h"
#include "testsip.h"

#define ST_MAX_SENT 256
#define ST_LOG      16384

typedef struct st_sent {
    fsip_flow flow;
    char *data; /* NUL-terminated copy */
    size_t len;
    uint64_t at;
} st_sent;

/* What the TU does with a new server transaction. */
typedef struct st_auto {
    int status[4]; /* responses sent in order from the request callback, 0 ends */
} st_auto;

typedef struct st {
    fsip_stack *s;
    st_sent sent[ST_MAX_SENT];
    int nsent;
    int fail_send;    /* the send callback fails while > 0 (decremented per send) */
    int fail_all;     /* the send callback always fails */
    char log[ST_LOG]; /* TU events: "req INVITE\n", "resp 180\n", "ev timeout\n" ... */
    size_t loglen;
    fsip_txn *last_server;
    fsip_txn *last_client;
    st_auto autor; /* server auto-responses */
    int kind_of_ev;
    uint64_t ev_at[3]; /* time of the last timeout / transport error / terminated */
    /* Optional forwarding of sent bytes (two-stack tests). */
    void (*on_send)(struct st *t, const fsip_flow *flow, const void *data, size_t len);
    void *peer;
} st;

/* Addresses used by every test: A = 192.0.2.1:5060, B = 192.0.2.2:5070. */
fsip_netaddr st_addr_a(void);
fsip_netaddr st_addr_b(void);
/* flow from a (local) to b (remote) on transport t, conn id c. */
fsip_flow st_flow(fsip_transport t, uint64_t conn, bool a_to_b);

/* Creates the stack with test_alloc, a fixed seed, cfg tweaks from `cfg`
 * (NULL: defaults). */
void st_init(st *t, const fsip_stack_config *cfg);
void st_free(st *t);
/* Drops the recorded sends and log. */
void st_clear(st *t);

/* Feeds text (as written; "\n" becomes CRLF unless already CRLF) from B to A. */
int st_recv(st *t, fsip_transport tr, const char *text, uint64_t now);
/* Raw bytes. */
int st_recv_raw(st *t, const fsip_flow *flow, const char *data, size_t len, uint64_t now);
/* A request in wire form (CRLF), malloc'd. Fields use `branch`, `method`. */
char *st_request(const char *method, const char *branch, const char *extra_headers,
                 const char *body);
/* A response to the last request a client transaction sent (sent[i]):
 * same Via, From, To (+tag), Call-ID, CSeq. malloc'd. */
char *st_response_to(const char *request, int status, const char *totag);
/* A request built for fsip_stack_send_request(). */
fsip_msg *st_new_request(const char *method);

/* Runs timers up to `until`, tick by tick at each deadline. */
void st_run_until(st *t, uint64_t until);

/* Start line of sent[i] ("INVITE sip:..."); asserts i < nsent. */
const char *st_start_line(st *t, int i);
/* Number of sends whose start line begins with prefix. */
int st_count(st *t, const char *prefix);
/* Parses sent[i] (caller frees). */
fsip_msg *st_parse_sent(st *t, int i);

#endif
