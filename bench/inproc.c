/* fsip bench — the in-memory network of bench/inproc.h. */
#include "inproc.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void inproc_init(inproc *n, void *user)
{
    memset(n, 0, sizeof(*n));
    n->user = user;
    for (int i = 0; i < 2; i++) {
        n->port[i].net = n;
        n->port[i].side = i;
        n->port[i].user = user;
    }
}

int inproc_send(const fsip_flow *flow, const void *data, size_t len, void *arg)
{
    const inproc_port *p = arg;
    inproc *n = p->net;
    if (len > INPROC_DGRAM || n->qtail - n->qhead >= INPROC_QCAP) {
        n->overflow++;
        return -1;
    }
    if (n->tap) n->tap(n->user, data, len);
    inproc_dgram *d = &n->q[n->qtail++ % INPROC_QCAP];
    d->to = 1 - p->side;
    d->flow = *flow;
    d->flow.local = flow->remote;
    d->flow.remote = flow->local;
    d->len = len;
    memcpy(d->data, data, len);
    return 0;
}

void inproc_log(fsip_log_level level, const char *line, void *arg)
{
    if (level >= FSIP_LOG_WARN) fprintf(stderr, "%s: %s\n", (const char *)arg, line);
}

int inproc_parse_opts(int argc, char **argv, inproc_opts *o)
{
    o->warmup = UINT64_MAX;
    o->split = false;
    o->mode = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--rate") == 0 && i + 1 < argc)
            o->rate = strtoull(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--count") == 0 && i + 1 < argc)
            o->count = strtoull(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--warmup") == 0 && i + 1 < argc)
            o->warmup = strtoull(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--split") == 0)
            o->split = true;
        else if (!o->mode && argv[i][0] != '-')
            o->mode = argv[i];
        else
            return -1;
    }
    if (!o->mode || (strcmp(o->mode, "wall") != 0 && strcmp(o->mode, "callgrind") != 0)) return -1;
    return 0;
}

void inproc_print(const inproc *n, const inproc_opts *o, uint64_t wall_ns, uint64_t cpu_ns,
                  uint64_t open_a, uint64_t open_b)
{
    printf("rate\t%" PRIu64 "\nopen\t%" PRIu64 "\t%" PRIu64 "\n", o->rate, open_a, open_b);
    if (strcmp(o->mode, "wall") == 0) {
        printf("inproc\t%" PRIu64 "\t%" PRIu64 "\t%" PRIu64 "\n", o->count, wall_ns, cpu_ns);
        if (o->split)
            printf("split\t%" PRIu64 "\t%" PRIu64 "\n", n->side_ns[INPROC_A], n->side_ns[INPROC_B]);
    }
}

int inproc_agents_new(inproc *n, fsip_ua *ua[2], const char *prog, uint64_t max_txn,
                      uint64_t max_calls, const fsip_allocator *al,
                      const inproc_on_call_fn on_call[2])
{
    static const uint8_t seeds[2][32] = {{1, 2, 3}, {4, 5, 6}};
    static const char *const contact[2] = {"<sip:alice@192.0.2.1:5060>",
                                           "<sip:bob@192.0.2.2:5070>"};
    for (int i = 0; i < 2; i++) {
        fsip_stack_config c;
        fsip_stack_config_init(&c);
        if (al) {
            c.alloc = &al[i];
            c.parse.alloc = &al[i];
        }
        c.max_transactions = (uint32_t)max_txn;
        c.seed = seeds[i];
        c.log = inproc_log;
        c.log_arg = (void *)prog;
        c.trace = false;
        c.sent_by = i == INPROC_A ? "192.0.2.1:5060" : "192.0.2.2:5070";
        fsip_stack_callbacks cbs = {inproc_send, NULL, NULL, NULL, &n->port[i]};
        fsip_ua_config uc;
        fsip_ua_config_init(&uc);
        uc.contact = contact[i];
        uc.session_expires_s = 0;
        uc.max_calls = (uint32_t)max_calls;
        fsip_ua_callbacks ucb = {on_call[i], NULL, &n->port[i]};
        if (fsip_stack_new(&c, &cbs, &n->s[i]) != 0 ||
            fsip_ua_new(n->s[i], &uc, &ucb, &ua[i]) != 0) {
            fprintf(stderr, "%s: cannot create stack/UA %d\n", prog, i);
            return -1;
        }
    }
    return 0;
}

void inproc_report_end(const char *prog, uint64_t *bad, int side, fsip_call *call)
{
    if ((*bad)++ < 5)
        fprintf(stderr, "%s: %s call ended: %s (status %d, state %s)\n", prog,
                side == INPROC_A ? "caller" : "callee",
                fsip_call_end_name(fsip_call_end_reason(call)), fsip_call_end_status(call),
                fsip_call_machine_state(call));
}

/* ---- the counting allocator: a 16-byte header keeps the size ------------- */

#define HDR 16

static void *c_malloc(size_t size, void *arg)
{
    inproc_counter *c = arg;
    unsigned char *p = malloc(size + HDR);
    if (!p) {
        c->failures++;
        return NULL;
    }
    memcpy(p, &size, sizeof size);
    c->bytes += (int64_t)size;
    c->blocks++;
    return p + HDR;
}

static void c_free(void *ptr, void *arg)
{
    inproc_counter *c = arg;
    if (!ptr) return;
    unsigned char *p = (unsigned char *)ptr - HDR;
    size_t size;
    memcpy(&size, p, sizeof size);
    c->bytes -= (int64_t)size;
    c->blocks--;
    free(p);
}

static void *c_realloc(void *ptr, size_t size, void *arg)
{
    inproc_counter *c = arg;
    if (!ptr) return c_malloc(size, arg);
    if (size == 0) {
        c_free(ptr, arg);
        return NULL;
    }
    unsigned char *p = (unsigned char *)ptr - HDR;
    size_t old;
    memcpy(&old, p, sizeof old);
    unsigned char *n = realloc(p, size + HDR);
    if (!n) {
        c->failures++;
        return NULL;
    }
    memcpy(n, &size, sizeof size);
    c->bytes += (int64_t)size - (int64_t)old;
    return n + HDR;
}

fsip_allocator inproc_counting_allocator(inproc_counter *c)
{
    return (fsip_allocator){c_malloc, c_realloc, c_free, c};
}
