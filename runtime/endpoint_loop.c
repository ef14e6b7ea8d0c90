/* Loop mode: an endpoint driven by the built-in fsip_loop through the same
 * integrator API an application uses (fd interest -> fsip_loop_watch, the
 * next deadline -> one loop timer, events -> fsip_endpoint_process). */
#include <string.h>

#include "endpoint_internal.h"

typedef struct ep_glue {
    fsip_allocator alloc;
    fsip_loop *loop;
    fsip_endpoint *ep;
    int64_t timer; /* 0: none armed */
    uint64_t timer_at;
    bool in_process;
} ep_glue;

static void rearm(ep_glue *g);

static void on_timer(fsip_loop *loop, void *arg)
{
    ep_glue *g = arg;
    g->timer = 0;
    g->in_process = true;
    fsip_endpoint_process(g->ep, NULL, 0, fsip_loop_now(loop));
    g->in_process = false;
    rearm(g);
}

static void arm_at(ep_glue *g, uint64_t at)
{
    if (g->timer > 0 && g->timer_at == at) return;
    if (g->timer > 0) fsip_loop_timer_cancel(g->loop, g->timer);
    g->timer = 0;
    if (at == FSIP_NO_DEADLINE) return;
    int64_t h = fsip_loop_timer_start(g->loop, at, on_timer, g);
    if (h > 0) {
        g->timer = h;
        g->timer_at = at;
    }
}

static void rearm(ep_glue *g)
{
    arm_at(g, fsip_endpoint_next_deadline(g->ep));
}

static void on_fd(fsip_loop *loop, int fd, uint32_t events, void *arg)
{
    ep_glue *g = arg;
    fsip_fd_event ev = {fd, events};
    g->in_process = true;
    fsip_endpoint_process(g->ep, &ev, 1, fsip_loop_now(loop));
    g->in_process = false;
    rearm(g);
}

static void interest(int fd, uint32_t events, void *arg)
{
    ep_glue *g = arg;
    if (events)
        fsip_loop_watch(g->loop, fd, events, on_fd, g);
    else
        fsip_loop_unwatch(g->loop, fd);
}

/* The application sent a request (or a connection died) outside a loop
 * callback: run process() soon, which rearms the timer on the stack's new
 * deadline. */
static void changed(fsip_endpoint *ep, void *arg)
{
    ep_glue *g = arg;
    (void)ep;
    if (g->in_process) return;
    uint64_t now = fsip_loop_now(g->loop);
    if (g->timer > 0 && g->timer_at <= now) return;
    arm_at(g, now);
}

static void free_glue(void *arg)
{
    ep_glue *g = arg;
    if (g->timer > 0) fsip_loop_timer_cancel(g->loop, g->timer);
    g->alloc.free(g, g->alloc.arg);
}

int fsip_endpoint_new_on_loop(fsip_loop *loop, const fsip_endpoint_config *cfg,
                              const fsip_stack_callbacks *cbs, fsip_endpoint **out)
{
    if (!loop || !cfg || !cbs || !out) return FSIP_EINVAL;
    const fsip_allocator *a = cfg->stack.alloc ? cfg->stack.alloc : fsip_allocator_default();
    ep_glue *g = a->malloc(sizeof *g, a->arg);
    if (!g) return FSIP_ENOMEM;
    memset(g, 0, sizeof *g);
    g->alloc = *a;
    g->loop = loop;
    fsip_endpoint_config c = *cfg;
    c.fd_interest = interest;
    c.fd_interest_arg = g;
    int rc = ep_create(&c, cbs, &g->ep);
    if (rc < 0) {
        a->free(g, a->arg);
        return rc;
    }
    ep_set_changed(g->ep, changed, g);
    ep_set_loop_glue(g->ep, g, free_glue);
    *out = g->ep;
    return 0;
}
