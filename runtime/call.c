/* The user-agent layer: dialogs (RFC 3261 §12) and INVITE sessions (§13–15,
 * RFC 4028) on top of the transaction layer.
 *
 * The state of a call is the state of its session machine (gen/fsm_inv_uac.c
 * for calls we place, gen/fsm_inv_uas.c for calls we answer); each early or
 * confirmed dialog also runs gen/fsm_dialog.c. This file only classifies
 * what arrives into the machines' events and carries out the actions of the
 * rows they return: it never picks a next state itself.
 *
 * Like the transaction layer, a row runs to completion before the
 * application hears of it: to_app_* actions are queued and delivered once
 * the row is done, so a callback that calls back in (accept inside
 * INCOMING, hangup inside ANSWERED) always starts a fresh row. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "call_internal.h"
#include "msg_internal.h"
#include "fsip/uri.h"

/* -------------------------------------------------- events and actions */

/* Events and actions by name, for both session machines: the tables below
 * map each machine's own indices onto these. */
static const char *const ev_names[E_N] = {
    "app_invite",   "app_cancel",   "app_bye",     "app_reinvite", "app_accept",  "app_reject",
    "app_1xx",      "r1xx",         "r2xx",        "r3xx_6xx",     "txn_timeout", "txn_error",
    "re_2xx",       "re_491",       "re_500",      "re_481",       "re_timeout",  "re_failure",
    "re_2xx_again", "rx_invite",    "rx_reinvite", "rx_ack",       "rx_cancel",   "rx_bye",
    "bye_done",     "st_refreshed", "r_retry",     "re_auth",      "dialog_gone",
};

enum act {
    A_NONE,
    A_SEND_INVITE,
    A_SEND_CANCEL,
    A_SEND_ACK,
    A_SEND_BYE,
    A_SEND_REINVITE,
    A_SEND_REFRESH,
    A_REPLY_1XX,
    A_REPLY_2XX,
    A_RESEND_2XX,
    A_REPLY_NON2XX,
    A_REPLY_480,
    A_REPLY_500,
    A_REPLY_487,
    A_REPLY_491,
    A_REPLY_500_RETRY_AFTER,
    A_REPLY_BYE_200,
    A_REPLY_481,
    A_ABANDON_INVITE,
    A_TO_APP_INVITE,
    A_TO_APP_PROGRESS,
    A_TO_APP_ANSWERED,
    A_TO_APP_FAILED,
    A_TO_APP_ENDED,
    A_TO_APP_REINVITE,
    A_TO_APP_REINVITE_DONE,
    A_TO_APP_REINVITE_FAILED,
    A_SEND_INVITE_RETRY,
    A_SEND_AUTH_RETRY,
    A_N
};
static const char *const act_names[A_N] = {
    "",
    "send_invite",
    "send_cancel",
    "send_ack",
    "send_bye",
    "send_reinvite",
    "send_refresh",
    "reply_1xx",
    "reply_2xx",
    "resend_2xx",
    "reply_non2xx",
    "reply_480",
    "reply_500",
    "reply_487",
    "reply_491",
    "reply_500_retry_after",
    "reply_bye_200",
    "reply_481",
    "abandon_invite",
    "to_app_invite",
    "to_app_progress",
    "to_app_answered",
    "to_app_failed",
    "to_app_ended",
    "to_app_reinvite",
    "to_app_reinvite_done",
    "to_app_reinvite_failed",
    "send_invite_retry",
    "send_auth_retry",
};

/* The stack's default Allow (fsip_stack_config.allow NULL), and what the
 * UA implements when the application did not choose. */
#define UA_STACK_DEFAULT_ALLOW                                                                     \
    "INVITE, ACK, BYE, CANCEL, OPTIONS, PRACK, UPDATE, REFER, NOTIFY, SUBSCRIBE, INFO, MESSAGE"
#define UA_ALLOW "INVITE, ACK, BYE, CANCEL, OPTIONS, UPDATE, REFER, NOTIFY"

_Static_assert(FSM_INV_UAC_N_TIMERS <= CALL_MAX_TIMERS && FSM_INV_UAS_N_TIMERS <= CALL_MAX_TIMERS,
               "a session machine has more timers than a call holds");

/* ------------------------------------------------------------ helpers */

void fsip__dlg_clear(fsip_ua *ua, struct dlg *d)
{
    xfree(ua, d->remote_tag);
    xfree(ua, d->target);
    xfree(ua, d->routes);
    memset(d, 0, sizeof(*d));
}

uint32_t fsip__ua_rnd(fsip_ua *ua, uint32_t n)
{
    char hex[9];
    fsip__random_hex(ua->s, hex, 8);
    return n ? (uint32_t)(strtoul(hex, NULL, 16) % n) : 0;
}

/* ------------------------------------------------------------- machines */

static void machine_init(struct machine *mc, int callee)
{
    const char *const *enames = callee ? fsm_inv_uas_event_names : fsm_inv_uac_event_names;
    memset(mc, 0, sizeof(*mc));
    mc->name = callee ? "inv_uas" : "inv_uac";
    mc->state_names = callee ? fsm_inv_uas_state_names : fsm_inv_uac_state_names;
    mc->timers = callee ? fsm_inv_uas_timers : fsm_inv_uac_timers;
    mc->actions = callee ? fsm_inv_uas_actions : fsm_inv_uac_actions;
    mc->n_timers = callee ? FSM_INV_UAS_N_TIMERS : FSM_INV_UAC_N_TIMERS;
    mc->n_actions = callee ? FSM_INV_UAS_N_ACTIONS : FSM_INV_UAC_N_ACTIONS;
    mc->n_events = callee ? FSM_INV_UAS_N_EVENTS : FSM_INV_UAC_N_EVENTS;
    mc->final_state = callee ? FSM_INV_UAS_TERMINATED : FSM_INV_UAC_TERMINATED;
    mc->g_session_timer = callee ? FSM_INV_UAS_G_SESSION_TIMER : FSM_INV_UAC_G_SESSION_TIMER;
    mc->g_refresher = callee ? FSM_INV_UAS_G_REFRESHER : FSM_INV_UAC_G_REFRESHER;
    mc->g_offer_blocked = callee ? FSM_INV_UAS_G_OFFER_BLOCKED : FSM_INV_UAC_G_OFFER_BLOCKED;
    mc->ev_refresh = mc->ev_glare = mc->ev_retry = -1;
    for (int i = 0; i < mc->n_events; i++) {
        if (strcmp(enames[i], "timer_refresh") == 0) mc->ev_refresh = (int8_t)i;
        if (strcmp(enames[i], "timer_glare") == 0) mc->ev_glare = (int8_t)i;
        if (strcmp(enames[i], "timer_retry") == 0) mc->ev_retry = (int8_t)i;
    }
    for (int e = 0; e < E_N; e++) {
        mc->ev[e] = -1;
        for (int i = 0; i < mc->n_events; i++)
            if (strcmp(enames[i], ev_names[e]) == 0) mc->ev[e] = (int8_t)i;
    }
    for (int i = 0; i < mc->n_actions && i < 64; i++) {
        mc->act[i] = A_NONE;
        if (mc->actions[i].op != FSM_OP_DO) continue;
        for (int a = 1; a < A_N; a++)
            if (strcmp(mc->actions[i].name, act_names[a]) == 0) mc->act[i] = (uint8_t)a;
    }
    static const struct {
        const char *name;
        enum tkind k;
    } tk[] = {{"glare", T_GLARE},     {"retry", T_RETRY},
              {"refresh", T_REFRESH}, {"expire", T_EXPIRE},
              {"answer", T_ANSWER},   {"noanswer", T_NOANSWER},
              {"ack", T_ACK},         {"cancel", T_CANCEL},
              {"reinv", T_REINV},     {"c", T_C}};
    for (int i = 0; i < mc->n_timers; i++)
        for (size_t k = 0; k < sizeof tk / sizeof tk[0]; k++)
            if (strcmp(mc->timers[i].name, tk[k].name) == 0) mc->tkind[i] = (uint8_t)tk[k].k;
}

/* RFC 4028 §10: a refresh goes as a bodiless UPDATE when the peer allows
 * it and no UPDATE of ours is in progress, else as a re-INVITE. */
static bool refresh_by_update(const fsip_call *c)
{
    return c->ua->cfg.refresh_by_update && c->peer_update && !fsip__upd_busy(c);
}

/* The guard offer_blocked for machine event mev: the re-INVITE it would
 * send (a refresh, or the retry of ours after 491 / 500) carries an offer
 * (or asks for one) that offer_answer refuses now (RFC 3261 §13.2.1). */
static uint32_t offer_blocked(const fsip_call *c, int mev)
{
    const struct machine *m = c->m;
    if (mev != m->ev_glare && mev != m->ev_retry && mev != m->ev_refresh) return 0;
    if (mev == m->ev_refresh && refresh_by_update(c)) return 0;
    int ev = c->body ? FSM_OFFER_ANSWER_EV_TX_INVITE : FSM_OFFER_ANSWER_EV_TX_INVITE_NOSDP;
    return fsip__oa_refuses(c, ev) ? m->g_offer_blocked : 0;
}

static bool machine_step(const fsip_call *c, int mev, struct row *r)
{
    uint32_t g = c->guards | offer_blocked(c, mev);
    if (c->outgoing) {
        const struct fsm_inv_uac_row *x = fsm_inv_uac_step(c->state, mev, g);
        if (!x) return false;
        *r = (struct row){x->kind, x->next, x->n_actions, x->actions, (int)(x - fsm_inv_uac_rows)};
    } else {
        const struct fsm_inv_uas_row *x = fsm_inv_uas_step(c->state, mev, g);
        if (!x) return false;
        *r = (struct row){x->kind, x->next, x->n_actions, x->actions, (int)(x - fsm_inv_uas_rows)};
    }
    return true;
}

/* Every dialog runs fsm/dialog.fsm; its actions are bookkeeping the session
 * machine already does, so only the state is kept. */
static const struct fsm_dialog_row *dlg_event(fsip_ua *ua, struct dlg *d, enum fsm_dialog_event ev,
                                              bool last_usage)
{
    const struct fsm_dialog_row *r =
        fsm_dialog_step(d->state, ev, last_usage ? FSM_DIALOG_G_LAST_USAGE : 0);
    if (!r) return NULL;
    fsip__ua_row(ua, "dialog", (int)(r - fsm_dialog_rows));
    if (r->kind == FSM_ERROR) {
        fsip__spec_error(ua, NULL, "dialog", fsm_dialog_event_names[ev],
                         fsm_dialog_state_names[d->state]);
        return NULL;
    }
    if (r->kind != FSM_GO) return NULL;
    d->state = r->next;
    return r;
}

/* An event of the call's own dialog while it lives (early or confirmed:
 * before and after, the dialog machine has nothing to do with it). */
static void dlg_live_event(fsip_call *c, enum fsm_dialog_event ev)
{
    /* A BYE, or a failure that ends only the INVITE usage, leaves the
     * dialog to its REFER subscriptions (RFC 5057 §4, §5.1). */
    bool last = ev == FSM_DIALOG_EV_DIALOG_FAILURE || !fsip__xfer_live(c);
    if (c->d.state != FSM_DIALOG_EARLY && c->d.state != FSM_DIALOG_CONFIRMED) return;
    const struct fsm_dialog_row *r = dlg_event(c->ua, &c->d, ev, last);
    /* The usages other than the INVITE one are the REFER subscriptions:
     * the rows that end them all (a failure of the early dialog, a
     * dialog-destroying response, a 483; RFC 5057 §5.1) end each. The
     * INVITE usage ends through the session machine. */
    for (int i = 0; r && i < r->n_actions; i++)
        if (r->actions[i] == FSM_DIALOG_A_END_ALL_USAGES ||
            r->actions[i] == FSM_DIALOG_A_TERMINATE_USAGES) {
            fsip__xfer_dialog_ended(c);
            break;
        }
}

void fsip__dlg_usage(fsip_call *c, bool added)
{
    if (added) {
        dlg_live_event(c, FSM_DIALOG_EV_USAGE_ADDED);
        return;
    }
    /* The subscription ending is the last usage when the INVITE usage is
     * over too (its xfer is already off the list). */
    if (c->d.state == FSM_DIALOG_EARLY || c->d.state == FSM_DIALOG_CONFIRMED)
        dlg_event(c->ua, &c->d, FSM_DIALOG_EV_USAGE_ENDED, c->done && !fsip__xfer_live(c));
}

void fsip__call_dialog_gone(fsip_call *c)
{
    if (c->done && !fsip__xfer_live(c) && c->linked) {
        fsip__htable_remove(&c->ua->calls, &c->node);
        c->linked = false;
    }
}

/* ---------------------------------------------------------------- names */

const char *fsip_call_state_name(fsip_call_state st)
{
    static const char *const n[] = {"CALLING",   "EARLY",      "INCOMING",    "CONNECTING",
                                    "CONFIRMED", "CANCELLING", "TERMINATING", "TERMINATED"};
    return (unsigned)st < sizeof n / sizeof n[0] ? n[st] : "?";
}

const char *fsip_call_end_name(fsip_call_end why)
{
    static const char *const n[] = {"local-bye",   "remote-bye", "cancelled", "rejected",
                                    "timeout",     "no-ack",     "expired",   "transport",
                                    "dialog-gone", "shutdown"};
    return (unsigned)why < sizeof n / sizeof n[0] ? n[why] : "?";
}

const char *fsip_call_event_name(fsip_call_event ev)
{
    static const char *const n[] = {
        "INCOMING",        "PROGRESS",      "ANSWERED",   "REINVITE", "REINVITE_DONE",
        "REINVITE_FAILED", "FORK_ENDED",    "REQUEST",    "ENDED",    "UPDATE",
        "UPDATE_DONE",     "UPDATE_FAILED", "PRACK_OFFER"};
    return (unsigned)ev < sizeof n / sizeof n[0] ? n[ev] : "?";
}

/* --------------------------------------------------------- call objects */

/* Our re-INVITE's offer and the description before it: stash_prev when
 * it goes, drop_prev on its 2xx, restore_prev on its failure. (Before the
 * 2xx, the caller's early dialogs' descriptions: pick_early_sdp.) */
static void free_prev(fsip_ua *ua, struct prev_body *p)
{
    xfree(ua, p->type);
    xfree(ua, p->body);
    xfree(ua, p->tag);
    xfree(ua, p);
}

static void drop_prev(fsip_call *c)
{
    while (c->prev_sdp) {
        struct prev_body *next = c->prev_sdp->next;
        free_prev(c->ua, c->prev_sdp);
        c->prev_sdp = next;
    }
}

static void stash_prev(fsip_call *c)
{
    drop_prev(c);
    struct prev_body *p = xalloc(c->ua, sizeof(*p));
    if (!p) return; /* no memory: a failure keeps the offer as the description */
    p->type = c->body_type;
    p->body = c->body;
    p->len = c->body_len;
    p->tag = NULL;
    p->next = NULL;
    c->prev_sdp = p;
    c->body_type = c->body = NULL;
    c->body_len = 0;
}

/* Our description becomes the body in (tp, bp, lp), which is moved. */
static void take_body(fsip_call *c, char **tp, char **bp, size_t *lp)
{
    xfree(c->ua, c->body_type);
    xfree(c->ua, c->body);
    c->body_type = *tp;
    c->body = *bp;
    c->body_len = *lp;
    *tp = *bp = NULL;
    *lp = 0;
}

static void restore_prev(fsip_call *c)
{
    struct prev_body *p = c->prev_sdp;
    if (!p) return;
    take_body(c, &p->type, &p->body, &p->len);
    free_prev(c->ua, p);
    c->prev_sdp = NULL;
}

/* Caller, the 2xx picked its dialog: the description an exchange in that
 * early dialog settled is ours now (the other dialogs' go). */
static void pick_early_sdp(fsip_call *c)
{
    if (!c->prev_sdp || !c->prev_sdp->tag) return;
    struct prev_body *mine = NULL, *next;
    for (struct prev_body *p = c->prev_sdp; p; p = next) {
        next = p->next;
        if (!mine && c->d.remote_tag && strcmp(p->tag, c->d.remote_tag) == 0)
            mine = p;
        else
            free_prev(c->ua, p);
    }
    c->prev_sdp = mine;
    if (mine) {
        mine->next = NULL;
        restore_prev(c);
    }
}

static void call_free(fsip_call *c)
{
    fsip_ua *ua = c->ua;
    for (uint32_t i = 0; i < CALL_TIMER_SLOTS; i++)
        fsip__tu_timer_stop(ua->s, &c->timers[i]);
    fsip__tu_timers_release(ua->s, CALL_TIMER_SLOTS);
    if (c->linked) fsip__htable_remove(&ua->calls, &c->node);
    if (c->prev)
        c->prev->next = c->next;
    else if (ua->all == c)
        ua->all = c->next;
    if (c->next) c->next->prev = c->prev;
    fsip__rel_free(c);
    fsip__upd_free(c);
    fsip__replaces_release(c);
    fsip__dlg_clear(ua, &c->d);
    for (uint32_t i = 0; i < c->n_forks; i++)
        fsip__dlg_clear(ua, &c->forks[i]);
    xfree(ua, c->forks);
    fsip_msg_free(c->invite);
    fsip_msg_free(c->auth_retry);
    xfree(ua, c->key);
    xfree(ua, c->local_hdr);
    xfree(ua, c->remote_hdr);
    xfree(ua, c->request_uri);
    xfree(ua, c->reject_reason);
    xfree(ua, c->byed);
    xfree(ua, c->ok);
    xfree(ua, c->ack);
    xfree(ua, c->ack_type);
    xfree(ua, c->ack_body);
    xfree(ua, c->ack_tag);
    xfree(ua, c->body_type);
    xfree(ua, c->body);
    xfree(ua, c->next_type);
    xfree(ua, c->next_body);
    drop_prev(c);
    xfree(ua, c);
}

void fsip__call_unref(fsip_call *c)
{
    if (--c->refs == 0) call_free(c);
}

static void timer_fire(struct fsip_timer *t);

static fsip_call *call_new(fsip_ua *ua, bool outgoing, fsip_str call_id, fsip_str local_tag)
{
    fsip_call *c = xalloc(ua, sizeof(*c));
    if (!c) return NULL;
    memset(c, 0, sizeof(*c));
    c->ua = ua;
    c->outgoing = outgoing;
    c->m = &ua->m[outgoing ? 0 : 1];
    c->state = 0; /* idle, the initial state of both machines */
    c->refs = 1;
    c->machine_ref = true;
    c->klen = (uint32_t)(call_id.len + 1 + local_tag.len);
    c->key = xalloc(ua, c->klen + 1);
    if (!c->key || fsip__htable_reserve(&ua->calls) < 0 ||
        fsip__tu_timers_reserve(ua->s, CALL_TIMER_SLOTS) < 0) {
        if (c->key) xfree(ua, c->key);
        xfree(ua, c);
        return NULL;
    }
    memcpy(c->key, call_id.ptr, call_id.len);
    c->key[call_id.len] = 0;
    memcpy(c->key + call_id.len + 1, local_tag.ptr, local_tag.len);
    c->key[c->klen] = 0;
    c->call_id = c->key;
    c->local_tag = c->key + call_id.len + 1;
    fsip__tu_timers_init(c->timers, CALL_TIMER_SLOTS, c, timer_fire);
    for (uint32_t i = 0; i < CALL_TIMER_SLOTS; i++)
        c->timers[i].slot = UINT32_MAX; /* free */
    c->node.key = (const uint8_t *)c->key;
    c->node.klen = c->klen;
    fsip__htable_insert(&ua->calls, &c->node);
    c->linked = true;
    c->next = ua->all;
    if (ua->all) ua->all->prev = c;
    ua->all = c;
    ua->st.calls_active++;
    return c;
}

fsip_call *fsip__call_find(fsip_ua *ua, fsip_str call_id, fsip_str local_tag)
{
    char buf[512];
    if (call_id.len + 1 + local_tag.len > sizeof buf) return NULL;
    memcpy(buf, call_id.ptr, call_id.len);
    buf[call_id.len] = 0;
    if (local_tag.len) /* a request without a To tag: no tag to copy (ptr may be NULL) */
        memcpy(buf + call_id.len + 1, local_tag.ptr, local_tag.len);
    struct fsip_hnode *n = fsip__htable_find(&ua->calls, buf, call_id.len + 1 + local_tag.len);
    return n ? (fsip_call *)((char *)n - offsetof(fsip_call, node)) : NULL;
}

/* A transaction now points at the call (its user): the call lives until
 * the transaction's TERMINATED event. */
void fsip__call_hold_txn(fsip_call *c, fsip_txn *t)
{
    if (!t || fsip_txn_user(t) == c) return;
    fsip_txn_set_user(t, c);
    c->refs++;
}

/* ------------------------------------------------------------- dialogs */

/* The URI of a name-addr value ("<sip:a@b>;lr" -> "sip:a@b"). */
static char *uri_of(fsip_ua *ua, const fsip_addr *a)
{
    return xstr(ua, a->uri.raw);
}

/* Route set from Record-Route (RFC 3261 §12.1.1 callee: in order; §12.1.2
 * caller: reversed). */
static void dlg_set_routes(fsip_ua *ua, struct dlg *d, const fsip_msg *m, bool reverse)
{
    xfree(ua, d->routes);
    d->routes = NULL;
    d->n_route = 0;
    const fsip_hdr *v[MAX_ROUTES];
    uint32_t n = 0;
    size_t total = 0;
    for (const fsip_hdr *h = hdr(m, FSIP_HDR_RECORD_ROUTE); h && n < MAX_ROUTES;
         h = fsip_msg_hdr_next(m, h)) {
        v[n++] = h;
        total += h->value.len + 1;
    }
    if (!n || !(d->routes = xalloc(ua, total))) return;
    /* One block: the values in the order they are used, each NUL-ended. */
    char *p = d->routes;
    for (uint32_t i = 0; i < n; i++) {
        fsip_str r = v[reverse ? n - 1 - i : i]->value;
        memcpy(p, r.ptr, r.len);
        p[r.len] = 0;
        p += r.len + 1;
    }
    d->n_route = (uint8_t)n;
}

void fsip__dlg_set_target(fsip_ua *ua, struct dlg *d, const fsip_msg *m)
{
    const fsip_hdr *h = hdr(m, FSIP_HDR_CONTACT);
    if (!h || h->p.addr->star) return;
    char *t = uri_of(ua, h->p.addr);
    if (!t) return;
    xfree(ua, d->target);
    d->target = t;
}

/* Fills a dialog from a message that carries the remote tag in `tagged`
 * (To of a response for the caller). */
void fsip__dlg_from_response(fsip_ua *ua, struct dlg *d, const fsip_msg *resp)
{
    if (!d->remote_tag) d->remote_tag = xstr(ua, fsip_msg_to(resp)->tag);
    fsip__dlg_set_target(ua, d, resp);
    dlg_set_routes(ua, d, resp, true);
}

/* Where a request in the dialog goes: the first Route (loose routing) or
 * the remote target, when their host is an IP literal; else (and for a
 * stream to the same peer address) the flow the dialog began on. */
int fsip_uri_dest(const fsip_uri *uri, fsip_netaddr *addr, fsip_transport *tr)
{
    if (uri->scheme != FSIP_URI_SIP && uri->scheme != FSIP_URI_SIPS) return FSIP_EINVAL;
    if (uri->host_type != FSIP_HOST_IPV4 && uri->host_type != FSIP_HOST_IPV6) return FSIP_ENOTFOUND;
    uint16_t port = uri->port ? (uint16_t)uri->port : (uri->scheme == FSIP_URI_SIPS ? 5061 : 5060);
    if (fsip_netaddr_parse(uri->host.ptr, uri->host.len, port, addr) < 0) return FSIP_ENOTFOUND;
    const fsip_param *tp = fsip_params_find(&uri->params, "transport");
    if (tp && fsip_str_caseeq(tp->value, "udp")) *tr = FSIP_TRANSPORT_UDP;
    if (tp && fsip_str_caseeq(tp->value, "tcp")) *tr = FSIP_TRANSPORT_TCP;
    if (tp && fsip_str_caseeq(tp->value, "tls")) *tr = FSIP_TRANSPORT_TLS;
    /* sips: is TLS over TCP (RFC 3261 §26.2, RFC 3263 §4.1); its
     * ;transport=tcp is the deprecated spelling of the same (RFC 5630 §3). */
    if (uri->scheme == FSIP_URI_SIPS) *tr = FSIP_TRANSPORT_TLS;
    return 0;
}

int fsip__uri_flow(fsip_call *c, const char *uri, size_t len, bool same_ip, fsip_flow *out)
{
    *out = c->flow;
    fsip_uri u;
    if (fsip_uri_parse(uri, len, 0, c->ua->alloc, &u, NULL) < 0) return FSIP_EPARSE;
    fsip_netaddr a;
    fsip_transport tr = c->flow.transport;
    int rc = fsip_uri_dest(&u, &a, &tr);
    fsip_uri_release(&u, c->ua->alloc);
    if (rc < 0) return rc;
    bool reuse = tr == c->flow.transport &&
                 (same_ip ? fsip_transport_reliable(tr) && a.family == c->flow.remote.family &&
                                memcmp(a.ip, c->flow.remote.ip, 16) == 0
                          : fsip_netaddr_equal(&a, &c->flow.remote));
    if (!reuse) {
        out->transport = tr;
        out->remote = a;
        out->conn_id = 0;
    }
    return 0;
}

void fsip__dlg_dest(fsip_call *c, const struct dlg *d, fsip_flow *out)
{
    *out = c->flow;
    const char *u = d->n_route ? d->routes : d->target;
    if (!u) return;
    size_t ul = strlen(u);
    if (*u == '<') { /* a Route value: <uri>;params */
        const char *e = memchr(u, '>', ul);
        if (!e) return;
        u++;
        ul = (size_t)(e - u);
    }
    /* Inside the dialog, the connection it runs on is reused for any port
     * of the peer's address (its Contact port is not its source port). */
    fsip__uri_flow(c, u, ul, true, out);
}

/* Our Contact for this call. */
void fsip__contact_of(const fsip_call *c, char *out, size_t cap)
{
    if (c->ua->contact) {
        snprintf(out, cap, "%s", c->ua->contact);
        return;
    }
    char a[64];
    fsip_netaddr_print(&c->flow.local, true, a, sizeof a);
    /* A dialog begun with a sips: Request-URI needs a sips: Contact
     * (RFC 3261 §8.1.1.8, §12.1.1); sips implies TLS, so it carries no
     * transport parameter (RFC 5630 §4.1). */
    if (c->sips && c->flow.transport == FSIP_TRANSPORT_TLS) {
        snprintf(out, cap, "<sips:%s>", a);
        return;
    }
    snprintf(out, cap, "<sip:%s%s>", a,
             c->flow.transport == FSIP_TRANSPORT_TCP   ? ";transport=tcp"
             : c->flow.transport == FSIP_TRANSPORT_TLS ? ";transport=tls"
                                                       : "");
}

static const char *allow_of(const fsip_call *c)
{
    return c->ua->s->cfg.allow;
}

/* ------------------------------------------------------------ sending */

int fsip__ua_hdr_add(fsip_ua *ua, fsip_msg *m, const char *name, const char *value)
{
    struct ua_hdr *slot = NULL, *lru = &ua->hc[0];
    for (int i = 0; i < UA_HDR_CACHE && !slot; i++) {
        struct ua_hdr *h = &ua->hc[i];
        if (h->m && strcmp(h->text, value) == 0 && strcmp(h->name, name) == 0) slot = h;
        if (!h->m || (lru->m && h->used < lru->used)) lru = h;
    }
    if (!slot) {
        /* Parsed once, into a message that holds nothing else. */
        fsip_msg *t = fsip_msg_new_request("OPTIONS", "sip:x", ua->alloc);
        char *n = xstrndup(ua, name, strlen(name)), *v = xstrndup(ua, value, strlen(value));
        if (!t || !n || !v || fsip_msg_hdr_add(t, name, value) < 0) {
            fsip_msg_free(t);
            xfree(ua, n);
            xfree(ua, v);
            return fsip_msg_hdr_add(m, name, value);
        }
        fsip_msg_free(lru->m);
        xfree(ua, lru->name);
        xfree(ua, lru->text);
        *lru = (struct ua_hdr){t, n, v, 0};
        slot = lru;
    }
    slot->used = ++ua->hc_tick;
    int rc = fsip__msg_add_copies(m, slot->m);
    return rc == FSIP_EINVAL ? fsip_msg_hdr_add(m, name, value) : rc;
}

int fsip__hdr_add_lines(fsip_msg *m, const char *q)
{
    while (q && *q) {
        const char *e = strstr(q, "\r\n");
        size_t n = e ? (size_t)(e - q) : strlen(q);
        const char *colon = memchr(q, ':', n);
        if (!colon || colon == q || n > 1000) return FSIP_EINVAL;
        char name[128], val[1024];
        snprintf(name, sizeof name, "%.*s", (int)(colon - q), q);
        const char *v = colon + 1;
        while (*v == ' ' || *v == '\t')
            v++;
        snprintf(val, sizeof val, "%.*s", (int)(q + n - v), v);
        int rc = fsip_msg_hdr_add(m, name, val);
        if (rc < 0) return rc;
        q += n;
        if (e) q += 2;
    }
    return 0;
}

/* A request inside the dialog (RFC 3261 §12.2.1.1). seq 0: a new CSeq. */
fsip_msg *fsip__dlg_request(fsip_call *c, const struct dlg *d, const char *method, uint32_t seq)
{
    fsip_ua *ua = c->ua;
    const char *ruri = d->target ? d->target : c->request_uri;
    if (!ruri) return NULL;
    fsip_msg *m = fsip_msg_new_request(method, ruri, ua->alloc);
    if (!m) return NULL;
    char buf[512], cseq[48];
    int rc = 0;
    const char *r = d->routes;
    for (uint32_t i = 0; i < d->n_route; i++, r += strlen(r) + 1)
        rc = fsip__hdr_add_rc(m, "Route", r, rc);
    rc = fsip__hdr_add_rc(m, "From", c->local_hdr, rc);
    if (c->outgoing) {
        /* RFC 3261 §12.1.2: a peer that put no tag in its To (RFC 2543)
         * has a null remote tag: the To goes without one. */
        if (d->remote_tag && *d->remote_tag)
            snprintf(buf, sizeof buf, "%s;tag=%s", c->remote_hdr, d->remote_tag);
        else
            snprintf(buf, sizeof buf, "%s", c->remote_hdr);
        rc = fsip__hdr_add_rc(m, "To", buf, rc);
    } else {
        rc = fsip__hdr_add_rc(m, "To", c->remote_hdr, rc);
    }
    rc = fsip__hdr_add_rc(m, "Call-ID", c->call_id, rc);
    snprintf(cseq, sizeof cseq, "%u %s", (unsigned)(seq ? seq : ++c->local_cseq), method);
    rc = fsip__hdr_add_rc(m, "CSeq", cseq, rc);
    rc = fsip__hdr_add_rc(m, "Max-Forwards", "70", rc);
    if (ua->user_agent) rc = fsip__hdr_add_rc(m, "User-Agent", ua->user_agent, rc);
    if (rc < 0) {
        fsip_msg_free(m);
        return NULL;
    }
    /* For callee requests, From/To swap (§12.2.1.1): local is From. */
    if (!c->outgoing) {
        fsip_msg_hdr_set(m, "From", c->local_hdr);
        fsip_msg_hdr_set(m, "To", c->remote_hdr);
    }
    return m;
}

static void add_session_expires(fsip_call *c, fsip_msg *m, uint32_t se, const char *refresher)
{
    char v[64];
    if (!se) return;
    snprintf(v, sizeof v, "%u%s%s", (unsigned)se, refresher ? ";refresher=" : "",
             refresher ? refresher : "");
    fsip_msg_hdr_add(m, "Session-Expires", v);
    snprintf(v, sizeof v, "%u", (unsigned)c->min_se);
    fsip_msg_hdr_add(m, "Min-SE", v);
}

/* Sends an INVITE/BYE in the dialog on a new client transaction held by the
 * call. Returns the transaction or NULL (logged). */
static fsip_txn *send_in_dialog(fsip_call *c, fsip_msg *m)
{
    fsip_ua *ua = c->ua;
    if (!m) {
        fsip__log(ua->s, FSIP_LOG_ERROR, "call %s: cannot build a request (out of memory)",
                  c->call_id);
        return NULL;
    }
    fsip_flow dest;
    fsip__dlg_dest(c, &c->d, &dest);
    fsip_txn *t = NULL;
    int rc = fsip_stack_send_request(ua->s, m, &dest, NULL, ua->s->now, &t);
    if (rc < 0 || !t) {
        fsip__log(ua->s, FSIP_LOG_WARN, "call %s: request not sent (%d)", c->call_id, rc);
        return NULL;
    }
    fsip__call_hold_txn(c, t);
    return t;
}

fsip_txn *fsip__call_send(fsip_call *c, fsip_msg *m)
{
    return send_in_dialog(c, m);
}

/* -------------------------------------------------- authentication */

/* Copies the headers of src onto m, but those named in skip[0..n) (the
 * ones m sets itself). Returns 0 or the first error. */
static int copy_hdrs_but(fsip_msg *m, const fsip_msg *src, const fsip_hdr_id *skip, size_t n)
{
    int rc = 0;
    for (uint32_t i = 0; i < fsip_msg_hdr_count(src) && rc == 0; i++) {
        const fsip_hdr *h = fsip_msg_hdr_at(src, i);
        size_t k = 0;
        while (k < n && skip[k] != h->id)
            k++;
        if (k < n) continue;
        char name[64];
        snprintf(name, sizeof name, "%.*s", (int)(h->name.len < 63 ? h->name.len : 63),
                 h->name.ptr);
        rc = fsip__hdr_add_str(m, name, h->value);
    }
    return rc;
}

/* The same request again (RFC 3261 §8.1.3.5, RFC 4028 §6) keeps every
 * header but the Via (a new branch), the CSeq (the next number) and the
 * body's (the body brings its own); a 422 retry also sets Session-Expires
 * and Min-SE anew (the last two). */
static const fsip_hdr_id resend_skip[] = {FSIP_HDR_VIA,
                                          FSIP_HDR_CSEQ,
                                          FSIP_HDR_CONTENT_LENGTH,
                                          FSIP_HDR_CONTENT_TYPE,
                                          FSIP_HDR_SESSION_EXPIRES,
                                          FSIP_HDR_MIN_SE};
#define RESEND_SKIP_AUTH 4
#define RESEND_SKIP_422  6

fsip_msg *fsip__auth_retry(fsip_call *c, fsip_txn *t, const fsip_msg *resp)
{
    fsip_ua *ua = c->ua;
    int st = fsip_msg_status(resp);
    if ((st != 401 && st != 407) || !ua->auth || !t) return NULL;
    const fsip_msg *old = fsip_txn_request(t);
    const fsip_uri *ru = old ? fsip_msg_request_uri(old) : NULL;
    fsip_str mn = old ? fsip_msg_method_name(old) : FSIP_STR_NULL;
    if (!ru || !ru->raw.len || !mn.len || mn.len > 31) return NULL;
    char method[32];
    memcpy(method, mn.ptr, mn.len);
    method[mn.len] = 0;
    char *ruri = xstr(ua, ru->raw);
    fsip_msg *m = ruri ? fsip_msg_new_request(method, ruri, ua->alloc) : NULL;
    xfree(ua, ruri);
    if (!m) return NULL;
    int rc = copy_hdrs_but(m, old, resend_skip, RESEND_SKIP_AUTH);
    const fsip_hdr *cth = hdr(old, FSIP_HDR_CONTENT_TYPE);
    char *ctype = NULL;
    if (rc == 0 && cth && !(ctype = xstr(ua, cth->value))) rc = FSIP_ENOMEM;
    fsip_str body = fsip_msg_body(old);
    if (rc == 0 && body.len) rc = fsip_msg_set_body(m, ctype, body.ptr, body.len);
    xfree(ua, ctype);
    if (rc == 0) rc = fsip_auth_client_respond(ua->auth, resp, m);
    char cseq[48];
    snprintf(cseq, sizeof cseq, "%u %s", (unsigned)(c->local_cseq + 1), method);
    if (rc == 0) rc = fsip_msg_hdr_add(m, "CSeq", cseq);
    if (rc < 0) {
        /* Refused credentials (RFC 3261 §22.2: not sent again), none for
         * the realm, or a challenge we cannot answer: the response stands. */
        ua->st.auth_failures++;
        fsip__log(ua->s, FSIP_LOG_WARN, "call %s: %d to %s not answered: %s", c->call_id, st,
                  method, fsip_strerror(rc));
        fsip_msg_free(m);
        return NULL;
    }
    c->local_cseq++;
    return m;
}

fsip_txn *fsip__auth_resend(fsip_call *c, fsip_txn *t, const fsip_msg *resp)
{
    fsip_ua *ua = c->ua;
    fsip_msg *m = fsip__auth_retry(c, t, resp);
    if (!m) return NULL;
    fsip_flow dest = *fsip_txn_flow(t);
    fsip_txn *nt = NULL;
    if (fsip_stack_send_request(ua->s, m, &dest, NULL, ua->s->now, &nt) < 0 || !nt) return NULL;
    fsip__call_hold_txn(c, nt);
    ua->st.auth_retries++;
    return nt;
}

/* After a row fed for a challenge: the request it did not send goes, and
 * one it could not send ends the INVITE (or re-INVITE) as a transport
 * error would (RFC 3261 §8.1.3.1). */
static void auth_row_done(fsip_call *c, bool initial)
{
    fsip_msg_free(c->auth_retry);
    c->auth_retry = NULL;
    if (!c->auth_failed) return;
    c->auth_failed = false;
    if (c->done) return;
    c->why = initial ? FSIP_END_TRANSPORT : FSIP_END_DIALOG_GONE;
    c->why_status = 503;
    fsip__call_event(c, initial ? E_TXN_TIMEOUT : E_RE_TIMEOUT, NULL);
}

/* The Authorization / Proxy-Authorization of the INVITE with CSeq `seq`
 * go on its ACK (RFC 3261 §22.1 / §13.2.2.4). */
static void ack_credentials(const fsip_call *c, fsip_msg *ack, uint32_t seq)
{
    const fsip_msg *inv = NULL;
    if (c->outgoing && c->inv && fsip_msg_cseq(fsip_txn_request(c->inv))->seq == seq)
        inv = fsip_txn_request(c->inv);
    else if (c->reinv_out && fsip_msg_cseq(fsip_txn_request(c->reinv_out))->seq == seq)
        inv = fsip_txn_request(c->reinv_out);
    if (!inv) return;
    for (const fsip_hdr *h = hdr(inv, FSIP_HDR_AUTHORIZATION); h; h = fsip_msg_hdr_next(inv, h))
        fsip__hdr_add_str(ack, "Authorization", h->value);
    for (const fsip_hdr *h = hdr(inv, FSIP_HDR_PROXY_AUTHORIZATION); h;
         h = fsip_msg_hdr_next(inv, h))
        fsip__hdr_add_str(ack, "Proxy-Authorization", h->value);
}

void fsip__set_body(fsip_msg *m, const char *type, const char *body, size_t len)
{
    if (body && len) fsip_msg_set_body(m, type ? type : "application/sdp", body, len);
}

/* Keeps a copy of (type, body) in tp and bp. */
int fsip__keep_body(fsip_ua *ua, char **tp, char **bp, size_t *lp, const char *type,
                    const void *body, size_t len)
{
    char *t = type ? xstrndup(ua, type, strlen(type)) : NULL;
    char *b = body && len ? xstrndup(ua, body, len) : NULL;
    if ((type && !t) || (body && len && !b)) {
        xfree(ua, t);
        xfree(ua, b);
        return FSIP_ENOMEM;
    }
    xfree(ua, *tp);
    xfree(ua, *bp);
    *tp = t;
    *bp = b;
    *lp = b ? len : 0;
    return 0;
}

int fsip__call_keep_sdp(fsip_call *c, const struct dlg *d, const char *type, const void *body,
                        size_t len)
{
    if (!body || !len) return 0;
    if (d != &c->d) {
        /* Caller, an early dialog before the 2xx: its description is the
         * session's if a 2xx picks it (pick_early_sdp). One per early
         * dialog (at most MAX_FORKS), only while one has changed it. */
        if (!c->outgoing || c->confirmed || !d->remote_tag) return 0;
        struct prev_body *p = c->prev_sdp;
        while (p && strcmp(p->tag, d->remote_tag) != 0)
            p = p->next;
        if (!p) {
            char *tag = xstr(c->ua, fsip_str_c(d->remote_tag));
            p = tag ? xalloc(c->ua, sizeof(*p)) : NULL;
            if (!p) {
                xfree(c->ua, tag);
                return FSIP_ENOMEM;
            }
            memset(p, 0, sizeof(*p));
            p->tag = tag;
            p->next = c->prev_sdp;
            c->prev_sdp = p;
        }
        return fsip__keep_body(c->ua, &p->type, &p->body, &p->len, type, body, len);
    }
    /* Our re-INVITE's offer is pending (or waits for its retry): it keeps
     * its body, and this one is what the session falls back to. */
    if (c->prev_sdp)
        return fsip__keep_body(c->ua, &c->prev_sdp->type, &c->prev_sdp->body, &c->prev_sdp->len,
                               type, body, len);
    /* Before the 2xx, the body a 1xx or accept left for it (next_*) is
     * superseded: the 2xx repeats this one. */
    if (c->next_set)
        return fsip__keep_body(c->ua, &c->next_type, &c->next_body, &c->next_len, type, body, len);
    return fsip__keep_body(c->ua, &c->body_type, &c->body, &c->body_len, type, body, len);
}

/* The body set for the next message becomes the one we sent last. */
static void take_next(fsip_call *c)
{
    take_body(c, &c->next_type, &c->next_body, &c->next_len);
    c->next_set = false;
}

static void send_reinvite(fsip_call *c, bool refresh)
{
    fsip_ua *ua = c->ua;
    fsip_msg *m = fsip__dlg_request(c, &c->d, "INVITE", 0);
    if (m) {
        char ct[256];
        fsip__contact_of(c, ct, sizeof ct);
        fsip__ua_hdr_add(ua, m, "Contact", ct);
        fsip__ua_hdr_add(ua, m, "Allow", allow_of(c));
        if (ua->cfg.session_expires_s) fsip__ua_hdr_add(ua, m, "Supported", "timer");
        /* RFC 4028 §7.4: the refresher stays who it was (we are this
         * re-INVITE's UAC). */
        if (c->se)
            add_session_expires(c, m, c->se, (c->guards & c->m->g_refresher) ? "uac" : "uas");
        if (!refresh && c->next_set) {
            stash_prev(c);
            take_next(c);
        }
        fsip__set_body(m, c->body_type, c->body, c->body_len);
        fsip__oa(c, c->body ? FSM_OFFER_ANSWER_EV_TX_INVITE : FSM_OFFER_ANSWER_EV_TX_INVITE_NOSDP);
    }
    c->reinv_out = send_in_dialog(c, m);
}

/* A session refresh by UPDATE (RFC 4028 §10, RFC 3311): no body, our
 * Session-Expires (the refresher stays who it was); its responses come back
 * through c->reinv_out like a refresh re-INVITE's. */
static void send_refresh_update(fsip_call *c)
{
    fsip_ua *ua = c->ua;
    fsip_msg *m = fsip__dlg_request(c, &c->d, "UPDATE", 0);
    if (m) {
        char ct[256];
        fsip__contact_of(c, ct, sizeof ct);
        fsip__ua_hdr_add(ua, m, "Contact", ct);
        fsip__ua_hdr_add(ua, m, "Supported", "timer");
        add_session_expires(c, m, c->se, (c->guards & c->m->g_refresher) ? "uac" : "uas");
    }
    (void)ua;
    c->reinv_out = send_in_dialog(c, m);
}

/* The ACK for a 2xx (RFC 3261 §13.2.2.4): CSeq number of the INVITE, the
 * dialog's route set and remote target, its own branch. */
static void send_ack_for(fsip_call *c, const struct dlg *d, const fsip_msg *ok, bool keep)
{
    fsip_ua *ua = c->ua;
    uint32_t seq = fsip_msg_cseq(ok)->seq;
    /* Only the ACK of the latest INVITE is kept; a 2xx retransmitted for an
     * older one gets a new ACK (RFC 3261 §13.2.2.4: one for every 2xx). */
    if (keep && c->ack && seq < c->ack_cseq) keep = false;
    if (keep && c->ack && c->ack_cseq == seq) {
        fsip_flow dest;
        fsip__dlg_dest(c, d, &dest);
        ua->st.acks_resent++;
        fsip__send(ua->s, &dest, c->ack, c->ack_len);
        return;
    }
    fsip_msg *m = fsip__dlg_request(c, d, "ACK", seq);
    if (!m) return;
    ack_credentials(c, m, seq);
    /* The answer to an offer in the 2xx rides on this ACK only (§13.2.1). */
    if (keep) fsip__take_answer(c, &c->d, m, FSM_OFFER_ANSWER_EV_TX_ACK);
    if (keep && c->d.oa == FSM_OFFER_ANSWER_REMOTE_2XX) {
        /* The ACK MUST carry the answer (RFC 3261 §13.2.1) and the app gave
         * none (fsip_call_set_answer): the session cannot go on, so the
         * call is hung up after this row. */
        fsip__log(ua->s, FSIP_LOG_WARN, "call %s: no answer for the offer in the 2xx: hanging up",
                  c->call_id);
        c->oa_error = true;
    }
    fsip_flow dest;
    fsip__dlg_dest(c, d, &dest);
    char sent_by[80], via[256], branch[32];
    if (ua->s->cfg.sent_by)
        snprintf(sent_by, sizeof sent_by, "%s", ua->s->cfg.sent_by);
    else
        fsip_netaddr_print(&dest.local, dest.local.port != 0, sent_by, sizeof sent_by);
    fsip__random_hex(ua->s, branch, 24);
    snprintf(via, sizeof via, "SIP/2.0/%s %s;branch=z9hG4bK%s%s",
             fsip_transport_name(dest.transport), sent_by, branch,
             ua->s->cfg.rport ? ";rport" : "");
    char *buf = NULL;
    size_t len = 0;
    if (fsip_msg_hdr_prepend(m, "Via", via) == 0 && fsip__print(ua->s, m, &buf, &len) == 0) {
        ua->st.acks_sent++;
        fsip__send(ua->s, &dest, buf, len);
        if (keep) {
            xfree(ua, c->ack);
            c->ack = buf;
            c->ack_len = len;
            c->ack_cseq = seq;
            buf = NULL;
        }
    }
    xfree(ua, buf);
    fsip_msg_free(m);
}

/* A response on server transaction t: Contact (and Record-Route) in a
 * dialog-creating 1xx/2xx to an INVITE, Allow and Supported in a 2xx, and
 * one more header when hname is not NULL. */
static void respond_full(fsip_call *c, fsip_txn *t, int status, const char *reason,
                         const char *hname, const char *hvalue, const fsip_msg *extra);

void fsip__call_respond_hdr(fsip_call *c, fsip_txn *t, int status, const char *reason,
                            const char *hname, const char *hvalue)
{
    respond_full(c, t, status, reason, hname, hvalue, NULL);
}

/* The same, with the extra headers of `extra` (fsip_call_reject_msg()). */
static void respond_full(fsip_call *c, fsip_txn *t, int status, const char *reason,
                         const char *hname, const char *hvalue, const fsip_msg *extra)
{
    fsip_ua *ua = c->ua;
    if (!t) return;
    fsip_msg *r = fsip_txn_new_response(t, status, reason);
    if (!r) {
        fsip__log(ua->s, FSIP_LOG_ERROR, "call %s: cannot build %d", c->call_id, status);
        return;
    }
    const fsip_msg *req = fsip_txn_request(t);
    bool invite = fsip_msg_method(req) == FSIP_METHOD_INVITE;
    char buf[256];
    if (invite && status > 100 && status < 300) {
        /* RFC 3261 §12.1.1: Record-Route copied into dialog-creating
         * responses; Contact in every one. */
        for (const fsip_hdr *h = hdr(req, FSIP_HDR_RECORD_ROUTE); h; h = fsip_msg_hdr_next(req, h))
            fsip__hdr_add_str(r, "Record-Route", h->value);
        fsip__contact_of(c, buf, sizeof buf);
        fsip__ua_hdr_add(ua, r, "Contact", buf);
    }
    if (status >= 200 && status < 300) {
        fsip__ua_hdr_add(ua, r, "Allow", allow_of(c));
        if (ua->cfg.session_expires_s) fsip__ua_hdr_add(ua, r, "Supported", "timer");
    }
    if (ua->user_agent) fsip_msg_hdr_add(r, "Server", ua->user_agent);
    if (hname) fsip_msg_hdr_add(r, hname, hvalue);
    /* fsip_call_reject_msg(): the app's headers, but those the response
     * has from the request and the body's. */
    static const fsip_hdr_id own[] = {FSIP_HDR_VIA,         FSIP_HDR_FROM, FSIP_HDR_TO,
                                      FSIP_HDR_CALL_ID,     FSIP_HDR_CSEQ, FSIP_HDR_CONTENT_LENGTH,
                                      FSIP_HDR_CONTENT_TYPE};
    if (extra) copy_hdrs_but(r, extra, own, sizeof own / sizeof own[0]);
    fsip_txn_respond(t, r, ua->s->now);
    fsip_msg_free(r);
}

/* RFC 4028 §9: the session timer our 2xx to `req` (INVITE, re-INVITE or a
 * refreshing UPDATE) grants: the requested interval (at most ours, never
 * below Min-SE); the UAC refreshes when it supports timers, else we do.
 * Adds the headers to `r` and sets the guards. */
void fsip__st_grant(fsip_call *c, const fsip_msg *req, fsip_msg *r)
{
    fsip_ua *ua = c->ua;
    char buf[64];
    c->guards &= ~(c->m->g_session_timer | c->m->g_refresher);
    const fsip_hdr *seh = hdr(req, FSIP_HDR_SESSION_EXPIRES);
    bool uac_timer = has_option(req, FSIP_HDR_SUPPORTED, "timer");
    uint32_t se = 0;
    const char *refresher = NULL;
    if (ua->cfg.session_expires_s) {
        if (seh) {
            se = seh->p.se->delta;
            if (se > ua->cfg.session_expires_s && ua->cfg.session_expires_s >= c->min_se)
                se = ua->cfg.session_expires_s;
            /* RFC 4028 §4, §5: 0 is no valid interval (Min-SE is at least
             * 90 s); a UAC without timer support, which cannot take a 422,
             * gets Min-SE instead (§9), like any interval below it. */
            if (se < c->min_se) se = c->min_se;
            if (seh->p.se->refresher.len)
                refresher = fsip_str_caseeq(seh->p.se->refresher, "uas") ? "uas" : "uac";
        } else if (uac_timer) {
            se = ua->cfg.session_expires_s;
        }
        if (se && se < c->min_se) se = c->min_se; /* never below Min-SE (RFC 4028 §9) */
        if (se && !refresher) refresher = uac_timer ? "uac" : "uas";
        if (se && !uac_timer) refresher = "uas";
    }
    c->se = se;
    if (se) {
        snprintf(buf, sizeof buf, "%u;refresher=%s", (unsigned)se, refresher);
        fsip_msg_hdr_add(r, "Session-Expires", buf);
        fsip__ua_hdr_add(ua, r, "Supported", "timer");
        if (strcmp(refresher, "uac") == 0) fsip_msg_hdr_add(r, "Require", "timer");
        c->guards |= c->m->g_session_timer;
        if (strcmp(refresher, "uas") == 0) c->guards |= c->m->g_refresher;
    } else if (ua->cfg.session_expires_s) {
        fsip__ua_hdr_add(ua, r, "Supported", "timer");
    }
}

/* The 2xx to the pending INVITE or re-INVITE (RFC 3261 §13.3.1.4, §14.2),
 * with the RFC 4028 §9 negotiation, kept for retransmission. */
static void reply_2xx(fsip_call *c, fsip_txn *t)
{
    fsip_ua *ua = c->ua;
    if (!t) return;
    const fsip_msg *req = fsip_txn_request(t);
    fsip_msg *r = fsip_txn_new_response(t, 200, NULL);
    if (!r) return;
    char buf[256];
    for (const fsip_hdr *h = hdr(req, FSIP_HDR_RECORD_ROUTE); h && t == c->inv;
         h = fsip_msg_hdr_next(req, h))
        fsip__hdr_add_str(r, "Record-Route", h->value);
    fsip__contact_of(c, buf, sizeof buf);
    fsip__ua_hdr_add(ua, r, "Contact", buf);
    fsip__ua_hdr_add(ua, r, "Allow", allow_of(c));
    if (ua->user_agent) fsip_msg_hdr_add(r, "Server", ua->user_agent);
    /* RFC 3261 §12.2.2, RFC 6141: a re-INVITE refreshes the remote target
     * when it succeeds. */
    if (t != c->inv) fsip__dlg_set_target(ua, &c->d, req);
    fsip__st_grant(c, req, r);
    bool fresh = c->next_set; /* a body of its own (else the last one again) */
    if (c->next_set) take_next(c);
    fsip__set_body(r, c->body_type, c->body, c->body_len);
    if (fresh && c->body) fsip__oa(c, FSM_OFFER_ANSWER_EV_TX_2XX);
    xfree(ua, c->ok);
    c->ok = NULL;
    if (fsip__print(ua->s, r, &c->ok, &c->ok_len) == 0) {
        c->ok_txn = t;
        c->ok_cseq = fsip_msg_cseq(req)->seq;
    }
    /* RFC 3261 §12.1.1: the dialog is confirmed once the 2xx is sent
     * (whether or not its ACK arrives). */
    if (t == c->inv && c->d.state == FSM_DIALOG_EARLY) {
        dlg_event(ua, &c->d, FSM_DIALOG_EV_CONFIRM_RESPONSE, true);
        c->confirmed = true;
        ua->st.calls_answered++;
    }
    fsip_txn_respond(t, r, ua->s->now);
    fsip_msg_free(r);
}

void fsip__call_respond(fsip_call *c, fsip_txn *t, int status, const char *reason)
{
    fsip__call_respond_hdr(c, t, status, reason, NULL, NULL);
}

void fsip__call_respond_retry(fsip_call *c, fsip_txn *t, int status)
{
    /* RFC 3261 §14.2, RFC 3311 §5.2: a 500 to a request that crosses one in
     * progress carries a Retry-After chosen uniformly in 0-10 s. */
    char ra[16];
    snprintf(ra, sizeof ra, "%u", (unsigned)fsip__ua_rnd(c->ua, 11));
    fsip__call_respond_hdr(c, t, status, NULL, status == 500 ? "Retry-After" : NULL, ra);
}

/* ------------------------------------------------------------ the core */

void fsip__call_queue(fsip_call *c, fsip_call_event ev, const fsip_msg *msg)
{
    if (c->ended) return;
    if (ev == FSIP_CALL_EV_ENDED) c->ended = true;
    if (c->n_pend < MAX_PENDING)
        c->pend[c->n_pend++] = (struct pending){ev, msg};
    else
        fsip__log(c->ua->s, FSIP_LOG_ERROR, "call %s: event %s lost (queue full)", c->call_id,
                  fsip_call_event_name(ev));
}

static void end_call(fsip_call *c, const fsip_msg *msg)
{
    if (c->ended) return;
    c->end_reason = c->why;
    c->end_status = c->why_status;
    if (msg && !fsip_msg_is_request(msg) && fsip_msg_status(msg) >= 300 &&
        c->why != FSIP_END_CANCELLED && !c->timer_c)
        c->end_status = fsip_msg_status(msg);
    fsip__call_queue(c, FSIP_CALL_EV_ENDED, msg);
}

static uint64_t timer_ms(fsip_call *c, int ti, const struct fsm_action_info *ai)
{
    fsip_ua *ua = c->ua;
    const struct fsm_timebase tb = {ua->s->cfg.t1_ms, ua->s->cfg.t2_ms, ua->s->cfg.t4_ms};
    if (ai->has_duration) return fsm_duration_ms(ai->duration, &tb);
    switch (c->m->tkind[ti]) {
    case T_GLARE:
        /* RFC 3261 §14.1: the Call-ID owner waits 2.1-4 s, the other side
         * 0-2 s, in units of 10 ms. */
        return c->outgoing ? 2100 + 10 * (uint64_t)fsip__ua_rnd(ua, 191)
                           : 10 * (uint64_t)fsip__ua_rnd(ua, 201);
    case T_RETRY: return c->retry_ms;
    case T_REFRESH: return (uint64_t)c->se * 1000 / 2; /* RFC 4028 §10 */
    case T_EXPIRE: {
        uint32_t margin = c->se / 3 < 32 ? c->se / 3 : 32; /* RFC 4028 §10 */
        return (uint64_t)(c->se - margin) * 1000;
    }
    case T_ANSWER: return ua->cfg.reinvite_answer_ms;
    case T_NOANSWER: return ua->cfg.noanswer_ms;
    default: return fsm_timer_first_ms(&c->m->timers[ti], c->guards, &tb);
    }
}

/* The slot of the machine's timer ti: the one that holds it (running, or
 * just fired: a backoff needs its last interval), else a free one when
 * `take`. A call runs at most CALL_TIMER_SLOTS of its machine's timers at
 * once (4: the callee's reinv_in_ack runs retx, ack, refresh, expire). */
static struct fsip_timer *timer_slot(fsip_call *c, int ti, bool take)
{
    struct fsip_timer *idle = NULL;
    for (int i = 0; i < CALL_TIMER_SLOTS; i++) {
        struct fsip_timer *t = &c->timers[i];
        if (t->slot == (uint32_t)ti && (t->idx != FSIP_TIMER_IDLE || take)) return t;
        if (t->idx == FSIP_TIMER_IDLE && (!idle || idle->slot != UINT32_MAX)) idle = t;
    }
    if (!take || !idle) return NULL;
    idle->slot = (uint32_t)ti;
    idle->interval = 0;
    return idle;
}

static void run_action(fsip_call *c, int a, const fsip_msg *msg)
{
    fsip_ua *ua = c->ua;
    const struct fsm_action_info *ai = &c->m->actions[a];
    if (ai->op != FSM_OP_DO) {
        struct fsip_timer *tm = timer_slot(c, ai->timer, ai->op != FSM_OP_STOP);
        const struct fsm_timebase tb = {ua->s->cfg.t1_ms, ua->s->cfg.t2_ms, ua->s->cfg.t4_ms};
        if (ai->op == FSM_OP_STOP) {
            if (tm) fsip__tu_timer_stop(ua->s, tm);
            return;
        }
        if (!tm) {
            ua->st.spec_errors++;
            fsip__log(ua->s, FSIP_LOG_ERROR, "call %s: more than %d timers at once", c->call_id,
                      CALL_TIMER_SLOTS);
            return;
        }
        uint64_t ms = ai->op == FSM_OP_BACKOFF
                          ? fsm_timer_backoff_ms(&c->m->timers[ai->timer], tm->interval, &tb)
                          : timer_ms(c, ai->timer, ai);
        tm->interval = ms;
        fsip__tu_timer_start(ua->s, tm, ua->s->now + ms);
        return;
    }
    fsip_txn *pending_in = c->reinv_in ? c->reinv_in : c->inv;
    switch ((enum act)c->m->act[a]) {
    case A_SEND_INVITE: {
        fsip_msg *m = c->invite;
        c->invite = NULL;
        fsip_txn *t = NULL;
        int rc =
            m ? fsip_stack_send_request(ua->s, m, &c->flow, NULL, ua->s->now, &t) : FSIP_EINVAL;
        if (rc == 0 && t) {
            fsip__call_hold_txn(c, t);
            c->inv = t;
        }
        break;
    }
    case A_SEND_CANCEL:
        if (c->inv) fsip_stack_send_cancel(ua->s, c->inv, NULL, ua->s->now, NULL);
        break;
    case A_SEND_ACK:
        /* Only a 2xx to an INVITE is ACKed (not the 2xx to a refresh UPDATE). */
        if (msg && !fsip_msg_is_request(msg) && fsip_msg_cseq(msg)->method == FSIP_METHOD_INVITE)
            send_ack_for(c, &c->d, msg, true);
        break;
    case A_SEND_BYE:
        c->bye = send_in_dialog(c, fsip__dlg_request(c, &c->d, "BYE", 0));
        dlg_live_event(c, FSM_DIALOG_EV_BYE_SENT); /* RFC 5057 §4.1 */
        /* No transaction, so no bye_done would ever come: feed it after
         * the row (DESIGN §3, no silent hangs). */
        if (!c->bye) c->bye_failed = true;
        break;
    case A_SEND_REINVITE: send_reinvite(c, false); break;
    case A_SEND_REFRESH:
        /* RFC 4028 §10: a refresh is a re-INVITE or an UPDATE; an UPDATE
         * without a body needs no offer/answer (RFC 3311), so it goes when
         * the peer allows it and no UPDATE of ours is in progress. */
        if (refresh_by_update(c))
            send_refresh_update(c);
        else
            send_reinvite(c, true);
        break;
    case A_REPLY_1XX: {
        if (!c->inv) break;
        fsip_msg *r = fsip_txn_new_response(c->inv, c->ring_status, NULL);
        if (!r) break;
        char ct[256];
        fsip__contact_of(c, ct, sizeof ct);
        fsip__ua_hdr_add(ua, r, "Contact", ct);
        const fsip_msg *req = fsip_txn_request(c->inv);
        for (const fsip_hdr *h = hdr(req, FSIP_HDR_RECORD_ROUTE); h; h = fsip_msg_hdr_next(req, h))
            fsip__hdr_add_str(r, "Record-Route", h->value);
        if (c->next_set && c->next_body) fsip__set_body(r, c->next_type, c->next_body, c->next_len);
        if (c->next_set && c->next_body)
            fsip__oa(c,
                     c->rel_sending ? FSM_OFFER_ANSWER_EV_TX_REL1XX : FSM_OFFER_ANSWER_EV_TX_1XX);
        if (c->rel_sending) {
            /* RFC 3262 §3: a reliable provisional response. */
            char rseq[16];
            snprintf(rseq, sizeof rseq, "%u", (unsigned)c->rel_rseq);
            fsip_msg_hdr_add(r, "Require", "100rel");
            fsip_msg_hdr_add(r, "RSeq", rseq);
            fsip__rel_sent(c, r, fsip_txn_flow(c->inv));
        }
        fsip_txn_respond(c->inv, r, ua->s->now);
        fsip_msg_free(r);
        break;
    }
    case A_REPLY_2XX: reply_2xx(c, pending_in); break;
    case A_RESEND_2XX:
        if (c->ok) {
            ua->st.ok_resent++;
            ua->s->stats.tx_retransmissions++;
            /* RFC 3261 §17.2.1 (RFC 6026): the IST outlives our
             * retransmissions (Timer L = 64*T1 > the last one). */
            fsip__send(ua->s, c->ok_txn ? fsip_txn_flow(c->ok_txn) : &c->flow, c->ok, c->ok_len);
        }
        break;
    case A_REPLY_NON2XX:
        fsip__oa(c, FSM_OFFER_ANSWER_EV_INVITE_FAILED);
        respond_full(c, pending_in, c->reject_status, c->reject_reason, NULL, NULL, c->reject_msg);
        c->reject_msg = NULL;
        if (pending_in == c->reinv_in) c->reinv_in = NULL;
        break;
    case A_REPLY_480:
        fsip__oa(c, FSM_OFFER_ANSWER_EV_INVITE_FAILED);
        fsip__call_respond(c, c->inv, 480, NULL);
        break;
    case A_REPLY_500:
        /* The pending INVITE fails: its exchange is rolled back (§14.2). */
        fsip__oa(c, FSM_OFFER_ANSWER_EV_INVITE_FAILED);
        fsip__call_respond(c, pending_in, 500, NULL);
        if (pending_in == c->reinv_in) c->reinv_in = NULL;
        break;
    case A_REPLY_487:
        fsip__oa(c, FSM_OFFER_ANSWER_EV_INVITE_FAILED);
        fsip__call_respond(c, pending_in, 487, NULL);
        if (pending_in == c->reinv_in) c->reinv_in = NULL;
        break;
    case A_REPLY_491: fsip__call_respond(c, c->cur, 491, NULL); break;
    case A_REPLY_500_RETRY_AFTER: fsip__call_respond_retry(c, c->cur, 500); break;
    case A_REPLY_BYE_200: fsip__call_respond(c, c->cur, 200, NULL); break;
    case A_REPLY_481: fsip__call_respond(c, c->cur, 481, NULL); break;
    case A_ABANDON_INVITE:
        /* No 487 to our CANCEL in 64*T1: an ICT in Proceeding has no timer
         * of its own (RFC 3261 §17.1.1.2), so it goes now. */
        fsip__txn_abandon(c->inv);
        break;
    case A_TO_APP_INVITE: fsip__call_queue(c, FSIP_CALL_EV_INCOMING, msg); break;
    case A_TO_APP_PROGRESS:
        /* 100 Trying is hop-by-hop (RFC 3261 §8.1.3.2): not progress of the call. */
        if (c->told_progress)
            c->told_progress = false;
        else if (!msg || fsip_msg_status(msg) != 100)
            fsip__call_queue(c, FSIP_CALL_EV_PROGRESS, msg);
        break;
    case A_TO_APP_ANSWERED:
        if (!c->told_answered) fsip__call_queue(c, FSIP_CALL_EV_ANSWERED, msg);
        c->told_answered = false;
        break;
    case A_TO_APP_FAILED:
    case A_TO_APP_ENDED: end_call(c, msg); break;
    case A_TO_APP_REINVITE: fsip__call_queue(c, FSIP_CALL_EV_REINVITE, msg); break;
    case A_TO_APP_REINVITE_DONE:
        if (!c->told_reinvite_done) fsip__call_queue(c, FSIP_CALL_EV_REINVITE_DONE, msg);
        c->told_reinvite_done = false;
        break;
    case A_TO_APP_REINVITE_FAILED:
        restore_prev(c); /* ours failed or was dropped: the session is as before */
        fsip__call_queue(c, FSIP_CALL_EV_REINVITE_FAILED, msg);
        break;
    case A_SEND_INVITE_RETRY: {
        /* RFC 3261 §22.2, RFC 4028 §6: the INVITE fsip__auth_retry() or
         * retry_422() built, on a new client transaction; the 401/407/422
         * ended the early dialogs of the old one. */
        fsip_msg *m = c->auth_retry;
        c->auth_retry = NULL;
        if (!m) break;
        for (uint32_t i = 0; i < c->n_forks; i++)
            fsip__dlg_clear(ua, &c->forks[i]);
        c->n_forks = 0;
        c->last_fork = 0;
        fsip_txn *t = NULL;
        if (fsip_stack_send_request(ua->s, m, &c->flow, NULL, ua->s->now, &t) == 0 && t) {
            fsip__call_hold_txn(c, t);
            c->inv = t;
            if (!msg || fsip_msg_status(msg) != 422) ua->st.auth_retries++; /* not a 422's */
        } else {
            c->auth_failed = true;
        }
        break;
    }
    case A_SEND_AUTH_RETRY: {
        /* RFC 3261 §22.2: our re-INVITE / refresh fsip__auth_retry() built,
         * on a new client transaction. */
        fsip_msg *m = c->auth_retry;
        c->auth_retry = NULL;
        if (!m) break;
        if (fsip_msg_method(m) == FSIP_METHOD_INVITE)
            fsip__oa(c, fsip_msg_body(m).len ? FSM_OFFER_ANSWER_EV_TX_INVITE
                                             : FSM_OFFER_ANSWER_EV_TX_INVITE_NOSDP);
        c->reinv_out = send_in_dialog(c, m);
        if (c->reinv_out)
            ua->st.auth_retries++;
        else
            c->auth_failed = true;
        break;
    }
    case A_NONE:
    case A_N:
        ua->st.spec_errors++;
        fsip__log(ua->s, FSIP_LOG_ERROR, "call: action %s has no implementation", ai->name);
        break;
    }
}

/* Delivers the queued notifications (after the row). */
void fsip__call_deliver(fsip_call *c)
{
    fsip_ua *ua = c->ua;
    /* Taken out first: a callback that calls back in queues (and delivers)
     * its own row's notifications. */
    struct pending p[MAX_PENDING];
    uint32_t n = c->n_pend;
    memcpy(p, c->pend, n * sizeof p[0]);
    c->n_pend = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (p[i].ev == FSIP_CALL_EV_ENDED) {
            if (ua->st.calls_active) ua->st.calls_active--;
            if (!c->confirmed) ua->st.calls_failed++;
        }
        if (c->referred_by) fsip__xfer_call_event(c, p[i].ev, p[i].msg);
        if (c->replaced && (p[i].ev == FSIP_CALL_EV_ANSWERED || p[i].ev == FSIP_CALL_EV_ENDED))
            fsip__replaces_confirmed(c);
        ua->cb.on_call(c, p[i].ev, p[i].msg, ua->cb.arg);
        if (c->replaced && p[i].ev == FSIP_CALL_EV_INCOMING) fsip__replaces_incoming(c);
    }
}

/* Runs the row of machine event `mev` (the machine's own index). */
static void run_row(fsip_call *c, int mev, const fsip_msg *msg, const char *what)
{
    fsip_ua *ua = c->ua;
    struct row r;
    if (mev < 0 || c->done || !machine_step(c, mev, &r)) return;
    fsip__ua_row(ua, c->m->name, r.index);
    if (r.kind == FSM_ERROR) {
        fsip__spec_error(ua, c->call_id, c->m->name, what, c->m->state_names[c->state]);
        return;
    }
    if (r.kind == FSM_IGNORE) return;
    c->refs++;
    /* The notifications of a row wait for it, and those of rows run from
     * inside callbacks come after. */
    bool outer = !c->in_row;
    c->in_row = true;
    int from = c->state;
    c->state = (uint8_t)r.next;
    for (int i = 0; i < r.n_actions; i++)
        run_action(c, r.actions[i], msg);
    /* Hanging up ends the UPDATE usage too (a pending one gets 487). */
    if (r.next == (c->outgoing ? FSM_INV_UAC_TERMINATING : FSM_INV_UAS_TERMINATING) ||
        r.next == c->m->final_state) {
        fsip__upd_dialog_ended(c);
        fsip__oa(c, FSM_OFFER_ANSWER_EV_DIALOG_ENDED);
    }
    /* The INVITE got a non-2xx final response: no more reliable 1xx. */
    if (!c->outgoing && from == FSM_INV_UAS_PROCEEDING && r.next != FSM_INV_UAS_PROCEEDING &&
        r.next != FSM_INV_UAS_ACCEPTED) {
        fsip__rel_final(c);
        dlg_live_event(c, FSM_DIALOG_EV_FAILURE_RESPONSE); /* RFC 3261 §12.3 */
    }
    if (r.next == c->m->final_state && !c->done) {
        c->done = true;
        for (uint32_t i = 0; i < CALL_TIMER_SLOTS; i++)
            fsip__tu_timer_stop(ua->s, &c->timers[i]);
        /* The dialog outlives its INVITE usage while a REFER subscription
         * shares it (RFC 5057 §4): its NOTIFYs still find it. */
        fsip__call_dialog_gone(c);
        /* A re-INVITE of ours that got a 1xx and no final response would
         * hold its ICT (and the call) forever: the call is over, so it goes. */
        fsip__txn_abandon(c->reinv_out);
        end_call(c, msg);
    }
    if (outer) {
        c->in_row = false;
        fsip__call_deliver(c);
        if (c->oa_error && !c->done && !c->ended) {
            /* RFC 3261 §13.2.1 broken by the peer: the session cannot go on. */
            c->oa_error = false;
            fsip_call_hangup(c);
        }
        if (c->bye_failed && !c->done) {
            c->bye_failed = false;
            c->bye_done_fed = true;
            fsip__call_event(c, E_BYE_DONE, NULL);
        }
        if (c->done && c->machine_ref) {
            c->machine_ref = false;
            c->refs--;
        }
    }
    fsip__call_unref(c);
}

void fsip__call_event(fsip_call *c, enum ev e, const fsip_msg *msg)
{
    run_row(c, c->m->ev[e], msg, ev_names[e]);
}

static void timer_fire(struct fsip_timer *t)
{
    fsip_call *c = t->owner;
    /* What the call ends with, if this timer's row ends it. */
    static const struct {
        fsip_call_end why;
        int status;
    } ends[] = {[T_ACK] = {FSIP_END_NO_ACK, 0},          [T_EXPIRE] = {FSIP_END_EXPIRED, 0},
                [T_NOANSWER] = {FSIP_END_TIMEOUT, 480},  [T_CANCEL] = {FSIP_END_CANCELLED, 487},
                [T_REINV] = {FSIP_END_DIALOG_GONE, 408}, [T_C] = {FSIP_END_TIMEOUT, 408}};
    enum tkind k = (enum tkind)c->m->tkind[t->slot];
    if (k == T_ACK || k == T_EXPIRE || k == T_NOANSWER || k == T_CANCEL || k == T_REINV ||
        k == T_C) {
        c->why = ends[k].why;
        c->why_status = ends[k].status;
    }
    if (k == T_C) c->timer_c = true;
    run_row(c, c->m->timers[t->slot].event, NULL, c->m->timers[t->slot].name);
}

/* ---------------------------------------------------- the TU callbacks */

static fsip_call *call_of(fsip_txn *t)
{
    return t ? fsip_txn_user(t) : NULL;
}

/* RFC 3261 §12.2.2: a request in a dialog. Returns the call, or NULL after
 * answering 481 / 500 itself. */
static fsip_call *in_dialog(fsip_ua *ua, fsip_txn *t, const fsip_msg *req)
{
    bool notify = fsip_msg_method(req) == FSIP_METHOD_NOTIFY;
    const fsip_addr *to = fsip_msg_to(req);
    fsip_call *c = fsip__call_find(ua, fsip_msg_call_id(req), to->tag);
    const fsip_addr *from = fsip_msg_from(req);
    if (c && c->d.remote_tag && !fsip_str_eq(from->tag, c->d.remote_tag)) c = NULL;
    /* A caller's early dialogs: the From tag names one of them (§12.2.2). */
    if (c && !c->d.remote_tag && !fsip__fork_find(c, from->tag)) c = NULL;
    /* After the INVITE usage only a subscription's NOTIFY finds the dialog
     * (RFC 5057 §4). */
    if (!c || (c->done && !(notify && fsip__xfer_live(c)))) {
        ua->st.rej_481++;
        fsip_txn_respond_status(t, 481, NULL, ua->s->now);
        return NULL;
    }
    uint32_t seq = fsip_msg_cseq(req)->seq;
    if (c->have_remote_cseq && seq < c->remote_cseq) {
        ua->st.rej_500_cseq++;
        fsip_txn_respond_status(t, 500, "Out of Order CSeq", ua->s->now);
        return NULL;
    }
    c->remote_cseq = seq;
    c->have_remote_cseq = true;
    return c;
}

static void answer_options(fsip_ua *ua, fsip_txn *t)
{
    fsip_msg *r = fsip_txn_new_response(t, 200, NULL);
    if (!r) return;
    const fsip_stack_config *sc = &ua->s->cfg;
    fsip__ua_hdr_add(ua, r, "Allow", sc->allow);
    fsip_msg_hdr_add(r, "Accept", sc->accept);
    if (ua->cfg.session_expires_s) fsip__ua_hdr_add(ua, r, "Supported", "timer");
    if (ua->user_agent) fsip_msg_hdr_add(r, "Server", ua->user_agent);
    fsip_txn_respond(t, r, ua->s->now);
    fsip_msg_free(r);
}

bool fsip__st_reject_below_min_se(fsip_call *c, fsip_txn *t, const fsip_msg *req)
{
    fsip_ua *ua = c->ua;
    const fsip_hdr *se = hdr(req, FSIP_HDR_SESSION_EXPIRES);
    if (!se || !ua->cfg.session_expires_s || se->p.se->delta >= c->min_se ||
        !has_option(req, FSIP_HDR_SUPPORTED, "timer"))
        return false;
    char v[16];
    snprintf(v, sizeof v, "%u", (unsigned)c->min_se);
    fsip__call_respond_hdr(c, t, 422, NULL, "Min-SE", v);
    return true;
}

/* Whether the session machine's row for e tells the application (passes
 * the request up) rather than answering it itself. */
/* The peer broke an offer/answer rule in a message that cannot be
 * rejected (an answer missing from a PRACK or an ACK, RFC 3261 §13.2.1,
 * RFC 3262 §5): the session cannot go on. */
static void oa_error_hangup(fsip_call *c)
{
    if (!c->oa_error || c->done || c->ended) return;
    c->oa_error = false;
    fsip_call_hangup(c);
}

/* Feeds a request's event with the end reason it would give; when the
 * row does not end the call, the reason given before stays (a CANCEL or
 * re-INVITE that changes nothing must not rename a hang-up). */
static void feed(fsip_call *c, enum ev e, const fsip_msg *req, fsip_call_end why, int status)
{
    fsip_call_end old = c->why;
    int old_status = c->why_status;
    c->why = why;
    c->why_status = status;
    c->refs++;
    fsip__call_event(c, e, req);
    if (!c->ended) {
        c->why = old;
        c->why_status = old_status;
    }
    fsip__call_unref(c);
}

static bool passes_up(const fsip_call *c, enum ev e)
{
    struct row r;
    if (c->m->ev[e] < 0 || !machine_step(c, c->m->ev[e], &r) || r.kind != FSM_GO) return false;
    for (int i = 0; i < r.n_actions; i++)
        if (c->m->act[r.actions[i]] == A_TO_APP_REINVITE) return true;
    return false;
}

static void new_incoming(fsip_ua *ua, fsip_txn *t, const fsip_msg *req)
{
    const fsip_hdr *ct = hdr(req, FSIP_HDR_CONTACT);
    if (!ct || ct->p.addr->star) {
        fsip_txn_respond_status(t, 400, "Missing Contact", ua->s->now); /* RFC 3261 §8.1.1.8 */
        return;
    }
    if (ua->st.calls_active >= ua->cfg.max_calls) {
        fsip_msg *r = fsip_txn_new_response(t, 503, NULL);
        if (r) {
            fsip_msg_hdr_add(r, "Retry-After", "5");
            fsip_txn_respond(t, r, ua->s->now);
            fsip_msg_free(r);
        }
        return;
    }
    /* RFC 4028 §8.1: an interval below our minimum gets 422 with Min-SE. */
    const fsip_hdr *se = hdr(req, FSIP_HDR_SESSION_EXPIRES);
    if (se && ua->cfg.session_expires_s && se->p.se->delta < ua->cfg.min_se_s &&
        has_option(req, FSIP_HDR_SUPPORTED, "timer")) {
        fsip_msg *r = fsip_txn_new_response(t, 422, NULL);
        if (r) {
            char v[16];
            snprintf(v, sizeof v, "%u", (unsigned)ua->cfg.min_se_s);
            fsip_msg_hdr_add(r, "Min-SE", v);
            fsip_txn_respond(t, r, ua->s->now);
            fsip_msg_free(r);
        }
        return;
    }
    /* RFC 3891 §3: an INVITE with Replaces takes over one of our dialogs,
     * or is turned down (481, 486, 603) before any call exists. */
    fsip_call *old = NULL;
    if (fsip__replaces_check(ua, t, req, &old) != 0) return;
    fsip_str tag = fsip_str_c(t->to_tag);
    fsip_call *c = call_new(ua, false, fsip_msg_call_id(req), tag);
    if (!c) {
        fsip_txn_respond_status(t, 500, NULL, ua->s->now);
        return;
    }
    c->sips = fsip_msg_request_uri(req)->scheme == FSIP_URI_SIPS;
    if (old) {
        c->replaced = old;
        old->refs++;
    }
    ua->st.calls_in++;
    c->peer_update = has_option(req, FSIP_HDR_ALLOW, "UPDATE");
    /* RFC 3262 §3: provisional responses go reliably when the INVITE
     * requires it, or supports it and we prefer it. */
    c->rel =
        has_option(req, FSIP_HDR_REQUIRE, "100rel") ||
        (ua->cfg.rel1xx == FSIP_REL1XX_PREFERRED && has_option(req, FSIP_HDR_SUPPORTED, "100rel"));
    c->min_se = ua->cfg.min_se_s;
    const fsip_hdr *mse = hdr(req, FSIP_HDR_MIN_SE);
    if (mse && mse->p.se->delta > c->min_se) c->min_se = mse->p.se->delta;
    char buf[1024];
    fsip_str tov = hdr(req, FSIP_HDR_TO)->value;
    snprintf(buf, sizeof buf, "%.*s;tag=%s", (int)tov.len, tov.ptr, c->local_tag);
    c->local_hdr = xstrndup(ua, buf, strlen(buf));
    c->remote_hdr = xstr(ua, hdr(req, FSIP_HDR_FROM)->value);
    c->d.remote_tag = xstr(ua, fsip_msg_from(req)->tag);
    fsip__dlg_set_target(ua, &c->d, req);
    dlg_set_routes(ua, &c->d, req, false);
    c->remote_cseq = fsip_msg_cseq(req)->seq;
    c->have_remote_cseq = true;
    c->flow = *fsip_txn_flow(t);
    c->inv = t;
    fsip__call_hold_txn(c, t);
    dlg_event(ua, &c->d, FSM_DIALOG_EV_EARLY_RESPONSE, true);
    if (!c->local_hdr || !c->remote_hdr || !c->d.remote_tag || !c->d.target) {
        c->why = FSIP_END_TRANSPORT;
        fsip_txn_respond_status(t, 500, NULL, ua->s->now);
        c->done = true;
        if (c->linked) {
            fsip__htable_remove(&ua->calls, &c->node);
            c->linked = false;
        }
        ua->st.calls_active--;
        c->machine_ref = false;
        fsip__call_unref(c);
        return;
    }
    c->why = FSIP_END_TIMEOUT;
    fsip__oa(c, fsip_msg_body(req).len ? FSM_OFFER_ANSWER_EV_RX_INVITE
                                       : FSM_OFFER_ANSWER_EV_RX_INVITE_NOSDP);
    fsip__call_event(c, E_RX_INVITE, req);
}

static void on_ack(fsip_ua *ua, const fsip_msg *ack)
{
    fsip_call *c = fsip__call_find(ua, fsip_msg_call_id(ack), fsip_msg_to(ack)->tag);
    if (!c || c->done || !c->ok || fsip_msg_cseq(ack)->seq != c->ok_cseq) return;
    fsip__oa(c, fsip_msg_body(ack).len ? FSM_OFFER_ANSWER_EV_RX_ACK
                                       : FSM_OFFER_ANSWER_EV_RX_ACK_NOSDP);
    fsip__call_event(c, E_RX_ACK, ack);
    /* The peer's re-INVITE is complete: the next one is a new pending one. */
    if (c->reinv_in && fsip_msg_cseq(fsip_txn_request(c->reinv_in))->seq == fsip_msg_cseq(ack)->seq)
        c->reinv_in = NULL;
    bool waiting = c->outgoing
                       ? c->state == FSM_INV_UAC_REINV_IN_ACK
                       : c->state == FSM_INV_UAS_ACCEPTED || c->state == FSM_INV_UAS_BYE_PENDING ||
                             c->state == FSM_INV_UAS_REINV_IN_ACK;
    if (!waiting) {
        /* Acknowledged: the 2xx need not be kept (RFC 3261 §13.3.1.4). */
        xfree(ua, c->ok);
        c->ok = NULL;
    }
}

static void ua_request(fsip_stack *s, fsip_txn *t, const fsip_msg *req, const fsip_flow *flow,
                       void *arg)
{
    fsip_ua *ua = arg;
    (void)s;
    (void)flow;
    fsip_method meth = fsip_msg_method(req);
    if (!t) {
        if (meth == FSIP_METHOD_ACK) on_ack(ua, req);
        return;
    }
    bool tagged = fsip_msg_to(req)->tag.len > 0;
    fsip_call *c;
    switch (meth) {
    case FSIP_METHOD_INVITE:
        if (!tagged) {
            new_incoming(ua, t, req);
            return;
        }
        if (!(c = in_dialog(ua, t, req))) return;
        if (fsip__st_reject_below_min_se(c, t, req)) return;
        bool up = passes_up(c, E_RX_REINVITE);
        if (up) {
            /* RFC 3261 §14.2, RFC 3311 §5.2: an offer that crosses an
             * exchange in progress is rejected before the app sees it. */
            int oa = fsip__oa(c, fsip_msg_body(req).len ? FSM_OFFER_ANSWER_EV_RX_INVITE
                                                        : FSM_OFFER_ANSWER_EV_RX_INVITE_NOSDP);
            if (oa > 0) {
                fsip__call_respond_retry(c, t, oa);
                return;
            }
        }
        fsip__call_hold_txn(c, t);
        c->cur = t;
        /* One the session takes becomes the pending one (the app answers
         * it); one it cannot take now it answers itself (491 / 500). */
        if (up) c->reinv_in = t;
        feed(c, E_RX_REINVITE, req, FSIP_END_REMOTE_BYE, 0);
        c->cur = NULL;
        return;
    case FSIP_METHOD_CANCEL: {
        fsip_txn *inv = fsip_txn_cancel_target(t);
        c = call_of(inv);
        fsip_txn_respond_status(t, 200, NULL, ua->s->now); /* RFC 3261 §9.2 */
        if (!c || c->done) return;
        /* RFC 3261 §9.2: it cancels a request not answered yet: the peer's
         * pending re-INVITE, or the initial INVITE while it rings. */
        if (inv == c->reinv_in ||
            (inv == c->inv && !c->outgoing && c->state == FSM_INV_UAS_PROCEEDING))
            feed(c, E_RX_CANCEL, req, FSIP_END_CANCELLED, 487);
        return;
    }
    case FSIP_METHOD_BYE:
        if (!(c = in_dialog(ua, t, req))) return;
        fsip__call_hold_txn(c, t);
        c->cur = t;
        if (!c->ended) dlg_live_event(c, FSM_DIALOG_EV_BYE_RECEIVED); /* RFC 5057 §4.1 */
        feed(c, E_RX_BYE, req, FSIP_END_REMOTE_BYE, 0);
        /* A BYE the machine did not answer (it is over) still gets one. */
        if (!fsip__txn_answered(t))
            fsip_txn_respond_status(t, c->done ? 481 : 200, NULL, ua->s->now);
        c->cur = NULL;
        return;
    case FSIP_METHOD_UPDATE:
        if (!tagged) {
            ua->st.rej_481++;
            fsip_txn_respond_status(t, 481, NULL, ua->s->now); /* RFC 3311 §5.2: in a dialog only */
            return;
        }
        if (!(c = in_dialog(ua, t, req))) return;
        if (c->ended) { /* we hung up: the usage is gone (RFC 5057 §5.1) */
            ua->st.rej_481++;
            fsip_txn_respond_status(t, 481, NULL, ua->s->now);
            return;
        }
        fsip__upd_request(c, t, req);
        return;
    case FSIP_METHOD_PRACK:
        if (!tagged || !(c = in_dialog(ua, t, req))) {
            if (!tagged) fsip_txn_respond_status(t, 481, NULL, ua->s->now);
            return;
        }
        fsip__rel_prack(c, t, req);
        if (!fsip__txn_answered(t) && !fsip__upd_holds(c, t))
            fsip_txn_respond_status(t, 481, NULL, ua->s->now);
        oa_error_hangup(c);
        return;
    case FSIP_METHOD_OPTIONS:
        if (tagged && !in_dialog(ua, t, req)) return;
        answer_options(ua, t);
        return;
    case FSIP_METHOD_REFER:
    case FSIP_METHOD_NOTIFY:
        if (!tagged) {
            /* Only REFER inside a call's dialog is implemented (RFC 3515
             * §2.4.2 leaves the policy to the UA); a NOTIFY outside a
             * dialog matches no subscription (RFC 6665 §4.1.3). */
            if (meth == FSIP_METHOD_REFER && ua->cb.on_request) {
                ua->cb.on_request(ua, t, req, ua->cb.arg);
                return;
            }
            ua->st.rej_481++;
            fsip_txn_respond_status(t, meth == FSIP_METHOD_REFER ? 403 : 481,
                                    meth == FSIP_METHOD_REFER ? "REFER Outside A Dialog" : NULL,
                                    ua->s->now);
            return;
        }
        if (!(c = in_dialog(ua, t, req))) return;
        if (meth == FSIP_METHOD_REFER)
            fsip__xfer_refer(c, t, req);
        else
            fsip__xfer_notify(c, t, req);
        if (!fsip__txn_answered(t)) fsip_txn_respond_status(t, 500, NULL, ua->s->now);
        return;
    default:
        if (tagged) {
            if (!(c = in_dialog(ua, t, req))) return;
            c->req_txn = t;
            if (!c->ended) ua->cb.on_call(c, FSIP_CALL_EV_REQUEST, req, ua->cb.arg);
            c->req_txn = NULL;
            if (!fsip__txn_answered(t)) fsip_txn_respond_status(t, 501, NULL, ua->s->now);
            return;
        }
        if (ua->cb.on_request) {
            ua->cb.on_request(ua, t, req, ua->cb.arg);
            return;
        }
        {
            fsip_msg *r = fsip_txn_new_response(t, 405, NULL);
            if (r) {
                const fsip_stack_config *sc = &ua->s->cfg;
                fsip__ua_hdr_add(ua, r, "Allow", sc->allow);
                fsip_txn_respond(t, r, ua->s->now);
                fsip_msg_free(r);
            }
        }
        return;
    }
}

/* RFC 4028 §7.2: the session timer the 2xx granted (to our INVITE or
 * re-INVITE: refresher=uac is us). */
static void st_from_2xx(fsip_call *c, const fsip_msg *ok)
{
    c->guards &= ~(c->m->g_session_timer | c->m->g_refresher);
    c->se = 0;
    const fsip_hdr *h = hdr(ok, FSIP_HDR_SESSION_EXPIRES);
    if (!h || !h->p.se->delta) return;
    c->se = h->p.se->delta;
    c->guards |= c->m->g_session_timer;
    if (!fsip_str_caseeq(h->p.se->refresher, "uas")) c->guards |= c->m->g_refresher;
}

struct dlg *fsip__dlg_of(fsip_call *c, fsip_str remote_tag)
{
    if (c->d.remote_tag) return fsip_str_eq(remote_tag, c->d.remote_tag) ? &c->d : NULL;
    struct dlg *f = fsip__fork_find(c, remote_tag);
    return f ? f : &c->d;
}

struct dlg *fsip__fork_find(fsip_call *c, fsip_str tag)
{
    for (uint32_t i = 0; i < c->n_forks; i++)
        if (c->forks[i].remote_tag && fsip_str_eq(tag, c->forks[i].remote_tag)) return &c->forks[i];
    return NULL;
}

/* RFC 4028 §6: a 422 raises our interval to its Min-SE and the INVITE is
 * sent again (new CSeq, same Call-ID and From tag). Returns that INVITE
 * (send_invite_retry sends it), or NULL when not retried. */
static fsip_msg *retry_422(fsip_call *c, fsip_txn *t, const fsip_msg *resp)
{
    fsip_ua *ua = c->ua;
    const fsip_hdr *mse = hdr(resp, FSIP_HDR_MIN_SE);
    if (!mse || c->retries_422 >= 2 || !c->se_asked || mse->p.se->delta <= c->se_asked) return NULL;
    const fsip_msg *old = fsip_txn_request(t);
    fsip_msg *m = fsip_msg_new_request("INVITE", c->request_uri, ua->alloc);
    if (!m) return NULL;
    c->se_asked = mse->p.se->delta;
    c->min_se = c->se_asked;
    char v[64];
    int rc = copy_hdrs_but(m, old, resend_skip, RESEND_SKIP_422);
    snprintf(v, sizeof v, "%u INVITE", (unsigned)++c->local_cseq);
    if (rc == 0) rc = fsip_msg_hdr_add(m, "CSeq", v);
    if (rc == 0) add_session_expires(c, m, c->se_asked, NULL);
    if (rc < 0) {
        fsip_msg_free(m);
        return NULL;
    }
    fsip__set_body(m, c->body_type, c->body, c->body_len);
    c->retries_422++;
    return m;
}

/* Caller: remembers the To tags of the forks it sent BYE (at most
 * MAX_FORKS). Returns true the first time a tag is seen. */
static bool fork_byed(fsip_call *c, fsip_str tag)
{
    fsip_ua *ua = c->ua;
    size_t n = 0;
    for (const char *p = c->byed; p && *p; p += strlen(p) + 1, n++)
        if (fsip_str_eq(tag, p)) return false;
    if (n >= MAX_FORKS || tag.len > 128) return true;
    size_t used = 0;
    for (const char *p = c->byed; p && *p; p += strlen(p) + 1)
        used += strlen(p) + 1;
    char *b = xalloc(ua, used + tag.len + 2);
    if (!b) return true;
    if (used) memcpy(b, c->byed, used);
    memcpy(b + used, tag.ptr, tag.len);
    b[used + tag.len] = 0;
    b[used + tag.len + 1] = 0;
    xfree(ua, c->byed);
    c->byed = b;
    return true;
}

/* The early dialog of To tag `tag` (a provisional response, resp), made on
 * its first 1xx; NULL when out of room or memory. */
static struct dlg *fork_add(fsip_call *c, fsip_str tag, const fsip_msg *resp)
{
    fsip_ua *ua = c->ua;
    if (!c->forks) {
        c->forks = xalloc(ua, MAX_FORKS * sizeof(struct dlg));
        if (!c->forks) return NULL;
        memset(c->forks, 0, MAX_FORKS * sizeof(struct dlg));
    }
    struct dlg *f = fsip__fork_find(c, tag);
    if (!f) {
        if (c->n_forks == MAX_FORKS) return NULL;
        f = &c->forks[c->n_forks];
        fsip__dlg_from_response(ua, f, resp);
        if (!f->remote_tag) { /* out of memory: not an early dialog we know */
            fsip__dlg_clear(ua, f);
            return NULL;
        }
        /* Its offer/answer state starts from the INVITE as sent, which
         * c->d holds until a 2xx picks the dialog (RFC 6337 §2). */
        f->oa = c->d.oa;
        c->n_forks++;
    }
    dlg_event(ua, f, FSM_DIALOG_EV_EARLY_RESPONSE, true);
    c->last_fork = (uint32_t)(f - c->forks);
    return f;
}

static void on_invite_response(fsip_call *c, fsip_txn *t, const fsip_msg *resp)
{
    fsip_ua *ua = c->ua;
    int st = fsip_msg_status(resp);
    fsip_str tag = fsip_msg_to(resp)->tag;
    if (st < 200) {
        /* Each To tag is an early dialog (RFC 3261 §12.1.2, §13.2.2.4). */
        struct dlg *f = tag.len ? fork_add(c, tag, resp) : NULL;
        /* RFC 3262 §4: a reliable 1xx in order is PRACKed and processed; a
         * retransmitted or out-of-order one is discarded. */
        if (st > 100 && tag.len && has_option(resp, FSIP_HDR_REQUIRE, "100rel") &&
            (!f || !fsip__rel_uac_1xx(c, f, resp)))
            return;
        /* (a reliable one went to offer_answer in fsip__rel_uac_1xx) */
        if (fsip_msg_body(resp).len && !has_option(resp, FSIP_HDR_REQUIRE, "100rel"))
            fsip__oa_on(c, f ? f : &c->d, FSM_OFFER_ANSWER_EV_RX_1XX);
        fsip__call_event(c, E_R1XX, resp);
        c->told_progress = false; /* (a row without to_app_progress leaves it set) */
        if (c->hangup_deferred) {
            c->hangup_deferred = false;
            fsip_call_hangup(c);
        }
        return;
    }
    fsip__rel_uac_final(c);
    if (st < 300) {
        bool early_phase = c->state == FSM_INV_UAC_CALLING || c->state == FSM_INV_UAC_PROCEEDING ||
                           c->state == FSM_INV_UAC_CANCEL_PENDING ||
                           c->state == FSM_INV_UAC_CANCELLING;
        /* A 2xx that crossed our CANCEL: no 487 came (status 0). */
        if (c->state == FSM_INV_UAC_CANCEL_PENDING || c->state == FSM_INV_UAC_CANCELLING)
            c->why_status = 0;
        if (early_phase && !c->d.remote_tag) {
            /* This fork's dialog becomes the call's (RFC 3261 §13.2.2.4). */
            struct dlg *f = fsip__fork_find(c, tag);
            if (f) {
                fsip__dlg_clear(ua, &c->d);
                c->d = *f;
                memset(f, 0, sizeof(*f));
                f->remote_tag = NULL;
            }
            fsip__dlg_from_response(ua, &c->d, resp);
            dlg_event(ua, &c->d, FSM_DIALOG_EV_CONFIRM_RESPONSE, true);
            c->confirmed = true;
            pick_early_sdp(c);
            c->peer_update = has_option(resp, FSIP_HDR_ALLOW, "UPDATE");
            ua->st.calls_answered++;
            for (uint32_t i = 0; i < c->n_forks; i++) {
                fsip__rel_fork_gone(c, &c->forks[i]);
                if (c->forks[i].remote_tag)
                    dlg_event(ua, &c->forks[i], FSM_DIALOG_EV_EARLY_ENDED, true);
                fsip__dlg_clear(ua, &c->forks[i]);
            }
            /* The other early dialogs are over: keep their count only. */
            xfree(ua, c->forks);
            c->forks = NULL;
            c->n_early = c->n_forks;
            c->n_forks = 0;
            st_from_2xx(c, resp);
            /* A 2xx without the description it owes is a protocol error
             * (offer_answer: rx_2xx_nosdp): ACKed, then hung up. */
            fsip__oa(c, fsip_msg_body(resp).len ? FSM_OFFER_ANSWER_EV_RX_2XX
                                                : FSM_OFFER_ANSWER_EV_RX_2XX_NOSDP);
            if (c->late_offer && fsip_msg_body(resp).len && !c->ended) {
                /* A late offer: the app's answer rides on the ACK, so it
                 * sees the 2xx (the ANSWERED event) before the ACK is
                 * built; the row's own to_app_answered is then not repeated. */
                c->late_offer = false;
                c->told_answered = true;
                fsip__tell_early(c, FSIP_CALL_EV_ANSWERED, resp);
            }
            fsip__call_event(c, E_R2XX, resp);
            if (c->hangup_deferred) {
                c->hangup_deferred = false;
                fsip_call_hangup(c);
            }
            return;
        }
        if (c->d.remote_tag && fsip_str_eq(tag, c->d.remote_tag)) {
            /* A retransmission: the dialog stays (RFC 3261 §13.2.2.4), the
             * session machine ACKs it again. */
            dlg_live_event(c, FSM_DIALOG_EV_CONFIRM_RESPONSE);
            fsip__call_event(c, E_R2XX, resp);
            return;
        }
        /* Another fork answered too (RFC 3261 §13.2.2.4): ACK it, then BYE it,
         * once; its retransmitted 2xx are ACKed again. */
        struct dlg f = {0};
        fsip__dlg_from_response(ua, &f, resp);
        dlg_event(ua, &f, FSM_DIALOG_EV_CONFIRM_RESPONSE, true);
        send_ack_for(c, &f, resp, false);
        if (!fork_byed(c, tag)) {
            fsip__dlg_clear(ua, &f);
            return;
        }
        fsip_msg *bye = fsip__dlg_request(c, &f, "BYE", 0);
        if (bye) {
            fsip_flow dest;
            fsip__dlg_dest(c, &f, &dest);
            fsip_stack_send_request(ua->s, bye, &dest, NULL, ua->s->now, NULL);
            dlg_event(ua, &f, FSM_DIALOG_EV_BYE_SENT, true);
        }
        fsip__dlg_clear(ua, &f);
        ua->st.forks_ended++;
        if (!c->ended) ua->cb.on_call(c, FSIP_CALL_EV_FORK_ENDED, resp, ua->cb.arg);
        return;
    }
    /* A 422 with a larger Min-SE (RFC 4028 §6) or a challenge the UA's
     * credentials answer (RFC 3261 §22.2): the INVITE again, r_retry. */
    fsip_msg *auth = st == 422 ? retry_422(c, t, resp) : fsip__auth_retry(c, t, resp);
    if (c->timer_c) {
        /* Cancelled by Timer C: the call timed out (408, RFC 3261 §16.6). */
    } else if (c->state == FSM_INV_UAC_CANCELLING || c->state == FSM_INV_UAC_CANCEL_PENDING) {
        c->why = FSIP_END_CANCELLED;
        c->why_status = st;
    } else {
        c->why = FSIP_END_REJECTED;
        c->why_status = st;
    }
    for (uint32_t i = 0; i < c->n_forks; i++)
        if (c->forks[i].remote_tag) {
            dlg_event(ua, &c->forks[i], FSM_DIALOG_EV_FAILURE_RESPONSE, true);
            fsip__oa_on(c, &c->forks[i], FSM_OFFER_ANSWER_EV_INVITE_FAILED);
        }
    if (auth) {
        /* The offer goes again in the retry: the call's exchange stays
         * where it is. */
        c->auth_retry = auth;
        fsip__call_event(c, E_R_RETRY, resp);
        auth_row_done(c, true);
        return;
    }
    fsip__oa(c, FSM_OFFER_ANSWER_EV_INVITE_FAILED);
    fsip__call_event(c, E_R3XX_6XX, resp);
}

/* RFC 5057 §5.1: responses to a mid-dialog request that destroy the dialog
 * (re_481: the session machine ends without BYE) ... */
bool fsip__status_dialog_gone(int st)
{
    return st == 481 || st == 404 || st == 410 || st == 416 || st == 482 || st == 484 ||
           st == 485 || st == 502 || st == 604;
}

/* ... and those that end the usage: the INVITE usage is the call, which
 * ends with BYE as after a timeout (re_timeout). Every other failure leaves
 * the session as it was (re_failure). */
static bool usage_gone(int st)
{
    return st == 403 || st == 405 || st == 480;
}

static void ua_response(fsip_stack *s, fsip_txn *t, const fsip_msg *resp, void *arg)
{
    fsip_ua *ua = arg;
    (void)s;
    if (ua->ext.response && ua->ext.response(ua, t, resp, ua->ext.arg)) return;
    fsip_call *c = call_of(t);
    if (!c) return;
    if (fsip__xfer_response(c, t, resp)) return;
    if (fsip__upd_response(c, t, resp)) {
        if (fsip_msg_status(resp) >= 200 && fsip_msg_status(resp) < 300)
            fsip__dlg_set_target(ua, &c->d, resp);
        return;
    }
    int st = fsip_msg_status(resp);
    uint32_t seq = fsip_msg_cseq(resp)->seq;
    if (t == c->inv && c->outgoing) {
        on_invite_response(c, t, resp);
        return;
    }
    if (t == c->bye) {
        if ((st == 401 || st == 407) && !c->bye_done_fed) {
            /* RFC 3261 §22.2: the BYE again with credentials; bye_done
             * waits for its final response. */
            fsip_txn *nt = fsip__auth_resend(c, t, resp);
            if (nt) {
                c->bye = nt;
                return;
            }
        }
        if (st >= 200 && !c->bye_done_fed) {
            c->bye_done_fed = true;
            fsip__call_event(c, E_BYE_DONE, resp);
        }
        return;
    }
    if (fsip_msg_cseq(resp)->method == FSIP_METHOD_PRACK) {
        /* One with an offer of ours ends that exchange; otherwise RFC 3261
         * §22.2: a challenged PRACK goes again with credentials; any other
         * response to it changes nothing here (RFC 3262 §4). */
        if (!fsip__rel_prack_outcome(c, t, resp)) fsip__auth_resend(c, t, resp);
        return;
    }
    /* Our session refresh may be an UPDATE (send_refresh): its responses
     * are the refresh's, like a re-INVITE's (re_*). */
    bool refresh_update = t == c->reinv_out && fsip_msg_cseq(resp)->method == FSIP_METHOD_UPDATE;
    if ((fsip_msg_cseq(resp)->method != FSIP_METHOD_INVITE && !refresh_update) || st < 200) return;
    if (st < 300 && !refresh_update && c->ack && seq <= c->ack_cseq) {
        fsip__call_event(c, E_RE_2XX_AGAIN, resp);
        return;
    }
    if (t != c->reinv_out) return;
    if (st < 300) {
        drop_prev(c); /* our offer is the session now */
        st_from_2xx(c, resp);
        fsip__oa(c, fsip_msg_body(resp).len ? FSM_OFFER_ANSWER_EV_RX_2XX
                                            : FSM_OFFER_ANSWER_EV_RX_2XX_NOSDP);
        fsip__dlg_set_target(ua, &c->d, resp); /* RFC 3261 §12.2.1.2 target refresh */
        if (c->d.oa == FSM_OFFER_ANSWER_REMOTE_2XX) {
            /* An offer in the 2xx to our offerless re-INVITE: its answer
             * rides on the ACK (RFC 3261 §13.2.1, §14.1). */
            c->told_reinvite_done = true;
            fsip__tell_early(c, FSIP_CALL_EV_REINVITE_DONE, resp);
        }
        fsip__call_event(c, E_RE_2XX, resp);
        if (c->hangup_deferred) {
            c->hangup_deferred = false;
            fsip_call_hangup(c);
        }
        return;
    }
    c->reinv_out = NULL;
    if (!refresh_update) /* our offer is withdrawn (RFC 3261 §14.1) */
        fsip__oa(c, FSM_OFFER_ANSWER_EV_INVITE_FAILED);
    fsip_msg *auth = fsip__auth_retry(c, t, resp);
    if (auth) {
        /* RFC 3261 §22.2: sent again with credentials (re_auth). */
        c->auth_retry = auth;
        fsip__call_event(c, E_RE_AUTH, resp);
        auth_row_done(c, false);
        return;
    }
    const fsip_hdr *ra = hdr(resp, FSIP_HDR_RETRY_AFTER);
    if (st == 491) {
        fsip__call_event(c, E_RE_491, resp);
    } else if (st == 500 && ra) {
        c->retry_ms = (ra->p.retry_after->delta > 10 ? 10 : ra->p.retry_after->delta) * 1000;
        fsip__call_event(c, E_RE_500, resp);
    } else if (fsip__status_dialog_gone(st)) {
        dlg_live_event(c, FSM_DIALOG_EV_DIALOG_FAILURE); /* RFC 5057 §5.1 */
        c->why = FSIP_END_DIALOG_GONE;
        c->why_status = st;
        fsip__call_event(c, E_RE_481, resp);
    } else if (st == 483) {
        /* RFC 5057 §5.1: "attempt to gracefully terminate this usage and
         * all other usages that share its dialog": the session ends with
         * BYE (as after a timeout), each subscription ends with it. */
        dlg_live_event(c, FSM_DIALOG_EV_END_ALL_GRACEFULLY);
        c->why = FSIP_END_DIALOG_GONE;
        c->why_status = st;
        fsip__call_event(c, E_RE_TIMEOUT, resp);
    } else if (st == 408 || usage_gone(st)) {
        dlg_live_event(c, FSM_DIALOG_EV_USAGE_FAILURE); /* RFC 5057 §5.1 */
        c->why = FSIP_END_DIALOG_GONE;
        c->why_status = st;
        fsip__call_event(c, E_RE_TIMEOUT, resp);
    } else {
        fsip__call_event(c, E_RE_FAILURE, resp);
    }
}

static void ua_txn_event(fsip_stack *s, fsip_txn *t, fsip_txn_event ev, void *arg)
{
    fsip_ua *ua = arg;
    (void)s;
    if (ua->ext.txn_event && ua->ext.txn_event(ua, t, ev, ua->ext.arg)) return;
    fsip_call *c = call_of(t);
    if (!c) return;
    if (ev == FSIP_TXN_TERMINATED) {
        if (t == c->bye && !c->bye_done_fed) {
            c->bye_done_fed = true;
            fsip__call_event(c, E_BYE_DONE, NULL);
        }
        if (t == c->inv && !c->outgoing) fsip__rel_txn_ended(c);
        fsip__upd_txn_gone(c, t);
        fsip__xfer_txn_gone(c, t);
        if (t == c->ok_txn) c->ok_txn = NULL;
        if (t == c->inv) c->inv = NULL;
        if (t == c->reinv_out) c->reinv_out = NULL;
        if (t == c->reinv_in) c->reinv_in = NULL;
        if (t == c->bye) c->bye = NULL;
        fsip_txn_set_user(t, NULL);
        fsip__call_unref(c);
        return;
    }
    if (fsip__upd_txn_failed(c, t)) return;
    if (fsip__rel_prack_outcome(c, t, NULL)) return;
    /* RFC 3261 §8.1.3.1: a timeout is a 408, a transport error a 503. */
    bool tmo = ev == FSIP_TXN_TIMEOUT;
    if (fsip__xfer_txn_failed(c, t, tmo)) return;
    if (t == c->inv && c->outgoing) {
        if (c->state != FSM_INV_UAC_CANCELLING && c->state != FSM_INV_UAC_CANCEL_PENDING) {
            c->why = tmo ? FSIP_END_TIMEOUT : FSIP_END_TRANSPORT;
            c->why_status = tmo ? 408 : 503;
        }
        fsip__call_event(c, E_TXN_TIMEOUT, NULL);
    } else if (t == c->inv) {
        c->why = FSIP_END_TRANSPORT;
        c->why_status = 503;
        fsip__call_event(c, E_TXN_ERROR, NULL);
    } else if (t == c->reinv_out) {
        c->reinv_out = NULL;
        c->why = FSIP_END_DIALOG_GONE;
        c->why_status = tmo ? 408 : 503;
        fsip__call_event(c, E_RE_TIMEOUT, NULL);
    } else if (t == c->bye && !c->bye_done_fed) {
        c->bye_done_fed = true;
        fsip__call_event(c, E_BYE_DONE, NULL);
    }
}

/* ------------------------------------------------------------------ UA */

static int ua_send(const fsip_flow *flow, const void *data, size_t len, void *arg)
{
    fsip_ua *ua = arg;
    return ua->prev.send(flow, data, len, ua->prev.arg);
}

void fsip_ua_config_init(fsip_ua_config *cfg)
{
    memset(cfg, 0, sizeof(*cfg));
    cfg->noanswer_ms = 180000;
    cfg->reinvite_answer_ms = 32000;
    cfg->session_expires_s = 1800;
    cfg->min_se_s = 90;
    cfg->max_calls = 65536;
    cfg->rel1xx = FSIP_REL1XX_SUPPORTED;
    cfg->update_answer_ms = 4000;
    cfg->refresh_by_update = true;
    cfg->refer_expires_s = XFER_EXPIRES_S;
    cfg->replaces_auto_answer = true;
}

int fsip_ua_new(fsip_stack *stack, const fsip_ua_config *cfg, const fsip_ua_callbacks *cbs,
                fsip_ua **out)
{
    if (!stack || !cbs || !cbs->on_call || !out) return FSIP_EINVAL;
    fsip_ua_config def;
    if (!cfg) {
        fsip_ua_config_init(&def);
        cfg = &def;
    }
    if (cfg->session_expires_s && (cfg->min_se_s < 90 || cfg->session_expires_s < cfg->min_se_s))
        return FSIP_EINVAL; /* RFC 4028 §5: Min-SE at least 90 s */
    const fsip_allocator *a = stack->alloc;
    fsip_ua *ua = a->malloc(sizeof(*ua), a->arg);
    if (!ua) return FSIP_ENOMEM;
    memset(ua, 0, sizeof(*ua));
    ua->s = stack;
    ua->alloc = a;
    ua->cfg = *cfg;
    ua->cb = *cbs;
    if (!ua->cfg.max_calls) ua->cfg.max_calls = 65536;
    if (!ua->cfg.refer_expires_s) ua->cfg.refer_expires_s = XFER_EXPIRES_S;
    if (fsip__htable_init(&ua->calls, a, stack->rk0 ^ 0x63616c6c, stack->rk1) < 0) {
        a->free(ua, a->arg);
        return FSIP_ENOMEM;
    }
    if ((cfg->contact && !(ua->contact = xstrndup(ua, cfg->contact, strlen(cfg->contact)))) ||
        (cfg->user_agent &&
         !(ua->user_agent = xstrndup(ua, cfg->user_agent, strlen(cfg->user_agent))))) {
        xfree(ua, ua->contact);
        fsip__htable_release(&ua->calls);
        a->free(ua, a->arg);
        return FSIP_ENOMEM;
    }
    if (cfg->auth.username || cfg->auth.credentials) {
        /* RFC 3261 §22.2: the UA's credentials, one client per UA. */
        fsip_auth_client_config ac = cfg->auth;
        if (!ac.alloc) ac.alloc = a;
        int rc = fsip_auth_client_new(&ac, &ua->auth);
        if (rc < 0) {
            xfree(ua, ua->contact);
            xfree(ua, ua->user_agent);
            fsip__htable_release(&ua->calls);
            a->free(ua, a->arg);
            return rc;
        }
    }
    /* The config keeps no pointer to the caller's strings. */
    memset(&ua->cfg.auth, 0, sizeof ua->cfg.auth);
    /* Advertise what the UA does (RFC 3261 §20.5, §20.37): the stack's
     * defaults name methods and extensions the UA does not implement. */
    bool rel = cfg->rel1xx != FSIP_REL1XX_OFF, st = cfg->session_expires_s != 0;
    if (rel && strcmp(stack->cfg.allow, UA_STACK_DEFAULT_ALLOW) != 0 &&
        !strstr(stack->cfg.allow, "PRACK")) {
        /* The stack would answer every PRACK 405: 100rel cannot work. */
        fsip__log(stack, FSIP_LOG_WARN,
                  "ua: PRACK is not in the stack's Allow list: reliable provisional responses off");
        ua->cfg.rel1xx = FSIP_REL1XX_OFF;
        rel = false;
    }
    /* NOTIFYs of REFER subscriptions carry message/sipfrag (RFC 3515 §2.4.5). */
    if (strcmp(stack->cfg.accept, "application/sdp") == 0)
        stack->cfg.accept = "application/sdp, message/sipfrag";
    if (strcmp(stack->cfg.allow, UA_STACK_DEFAULT_ALLOW) == 0)
        fsip__stack_set_allow(stack, rel ? UA_ALLOW ", PRACK" : UA_ALLOW);
    if (!*stack->cfg.supported)
        stack->cfg.supported = rel && st ? "timer, 100rel, replaces, norefersub"
                               : rel     ? "100rel, replaces, norefersub"
                               : st      ? "timer, replaces, norefersub"
                                         : "replaces, norefersub";
    machine_init(&ua->m[0], 0);
    machine_init(&ua->m[1], 1);
    /* The stack passes one `arg` to every callback: the UA's send passes
     * the driver's own on. */
    ua->prev = stack->cb;
    fsip_stack_callbacks tu = {ua_send, ua_request, ua_response, ua_txn_event, ua};
    fsip__stack_set_tu(stack, &tu);
    *out = ua;
    return 0;
}

void fsip_ua_free(fsip_ua *ua)
{
    if (!ua) return;
    /* The application hears of each open call first; the API refuses to
     * send anything from now on. */
    ua->closing = true;
    if (ua->ext.closing) ua->ext.closing(ua, ua->ext.arg);
    for (fsip_call *c = ua->all; c; c = c->next)
        fsip__xfer_dialog_ended(c);
    for (fsip_call *c = ua->all; c; c = c->next)
        if (!c->ended) {
            c->ended = true;
            c->end_reason = FSIP_END_SHUTDOWN;
            ua->cb.on_call(c, FSIP_CALL_EV_ENDED, NULL, ua->cb.arg);
        }
    for (fsip_txn *t = ua->s->all; t; t = t->next)
        t->user = NULL;
    while (ua->all)
        call_free(ua->all);
    fsip__stack_set_tu(ua->s, &ua->prev);
    for (int i = 0; i < UA_HDR_CACHE; i++) {
        fsip_msg_free(ua->hc[i].m);
        xfree(ua, ua->hc[i].name);
        xfree(ua, ua->hc[i].text);
    }
    fsip__htable_release(&ua->calls);
    xfree(ua, ua->contact);
    xfree(ua, ua->user_agent);
    fsip_auth_client_free(ua->auth);
    ua->alloc->free(ua, ua->alloc->arg);
}

fsip_auth_client *fsip__ua_auth(fsip_ua *ua)
{
    return ua ? ua->auth : NULL;
}

void fsip__ua_set_row_hook(fsip_ua *ua, fsip_ua_row_hook hook, void *arg)
{
    ua->row_hook = hook;
    ua->row_hook_arg = arg;
}

void fsip__spec_error(fsip_ua *ua, const char *call_id, const char *machine, const char *event,
                      const char *state)
{
    ua->st.spec_errors++;
    fsip__log(ua->s, FSIP_LOG_ERROR, "call %s: %s: %s in state %s has no row",
              call_id ? call_id : "-", machine, event, state);
}

void fsip__ua_row(const fsip_ua *ua, const char *machine, int row)
{
    if (ua->row_hook) ua->row_hook(machine, row, ua->row_hook_arg);
}

fsip_stack *fsip_ua_stack(const fsip_ua *ua)
{
    return ua->s;
}

const fsip_ua_stats *fsip_ua_stats_get(const fsip_ua *ua)
{
    return &ua->st;
}

/* --------------------------------------------------------------- calls */

/* Public entries: the stack's clock and nesting (zero-length transaction
 * timers run when the outermost entry leaves). */
#define ENTER(ua) fsip__enter((ua)->s, fsip__ua_now(ua))
#define LEAVE(ua) fsip__leave((ua)->s)

int fsip_call_invite(fsip_ua *ua, const fsip_call_params *p, fsip_call **out)
{
    if (ua && ua->closing) return FSIP_EINVAL;
    if (!ua || !p || !p->target) return FSIP_EINVAL;
    if (ua->st.calls_active >= ua->cfg.max_calls) return FSIP_ELIMIT;
    fsip_uri uri;
    if (fsip_uri_parse(p->target, strlen(p->target), FSIP_URI_NO_HEADERS, ua->alloc, &uri, NULL) <
        0)
        return FSIP_EINVAL;
    bool sips = uri.scheme == FSIP_URI_SIPS;
    fsip_uri_release(&uri, ua->alloc);
    ENTER(ua);
    char call_id[40], tag[20];
    fsip__random_hex(ua->s, call_id, 32);
    fsip__random_hex(ua->s, tag, 16);
    fsip_call *c = call_new(ua, true, fsip_str_c(call_id), fsip_str_c(tag));
    if (c) c->sips = sips;
    if (!c) {
        LEAVE(ua);
        return FSIP_ENOMEM;
    }
    c->flow = p->dest;
    c->user = p->user;
    c->min_se = ua->cfg.min_se_s;
    c->local_cseq = 1;
    char buf[1024], ip[64];
    fsip_netaddr_print(&p->dest.local, false, ip, sizeof ip);
    if (p->from)
        snprintf(buf, sizeof buf, "%s%s%s;tag=%s", strchr(p->from, '<') ? "" : "<", p->from,
                 strchr(p->from, '<') ? "" : ">", tag);
    else
        snprintf(buf, sizeof buf, "<sip:anonymous@%s>;tag=%s", ip, tag); /* [v6] bracketed */
    c->local_hdr = xstrndup(ua, buf, strlen(buf));
    if (p->to)
        snprintf(buf, sizeof buf, "%s%s%s", strchr(p->to, '<') ? "" : "<", p->to,
                 strchr(p->to, '<') ? "" : ">");
    else
        snprintf(buf, sizeof buf, "<%s>", p->target);
    c->remote_hdr = xstrndup(ua, buf, strlen(buf));
    c->request_uri = xstrndup(ua, p->target, strlen(p->target));
    int rc = c->local_hdr && c->remote_hdr && c->request_uri ? 0 : FSIP_ENOMEM;
    if (rc == 0)
        rc = fsip__keep_body(ua, &c->body_type, &c->body, &c->body_len, p->content_type, p->body,
                             p->body_len);
    fsip_msg *m = rc == 0 ? fsip_msg_new_request("INVITE", p->target, ua->alloc) : NULL;
    if (rc == 0 && !m) rc = FSIP_EINVAL;
    rc = fsip__hdr_add_rc(m, "From", c->local_hdr, rc);
    rc = fsip__hdr_add_rc(m, "To", c->remote_hdr, rc);
    rc = fsip__hdr_add_rc(m, "Call-ID", call_id, rc);
    rc = fsip__hdr_add_rc(m, "CSeq", "1 INVITE", rc);
    rc = fsip__hdr_add_rc(m, "Max-Forwards", "70", rc);
    fsip__contact_of(c, buf, sizeof buf);
    rc = rc == 0 ? fsip__ua_hdr_add(ua, m, "Contact", buf) : rc;
    rc = rc == 0 ? fsip__ua_hdr_add(ua, m, "Allow", allow_of(c)) : rc;
    if (ua->cfg.session_expires_s)
        rc = rc == 0 ? fsip__ua_hdr_add(ua, m, "Supported", "timer") : rc;
    if (ua->cfg.rel1xx != FSIP_REL1XX_OFF)
        rc = rc == 0 ? fsip__ua_hdr_add(ua, m, "Supported", "100rel") : rc;
    rc = rc == 0 ? fsip__ua_hdr_add(ua, m, "Supported", "replaces") : rc; /* RFC 3891 §6.1 */
    if (ua->cfg.rel1xx == FSIP_REL1XX_PREFERRED) rc = fsip__hdr_add_rc(m, "Require", "100rel", rc);
    if (ua->user_agent) rc = fsip__hdr_add_rc(m, "User-Agent", ua->user_agent, rc);
    if (rc == 0 && ua->cfg.session_expires_s) {
        c->se_asked = ua->cfg.session_expires_s;
        add_session_expires(c, m, c->se_asked, NULL);
    }
    if (rc == 0 && p->headers) rc = fsip__hdr_add_lines(m, p->headers);
    if (rc == 0) fsip__set_body(m, c->body_type, c->body, c->body_len);
    if (rc < 0) {
        fsip_msg_free(m);
        c->done = true;
        c->ended = true;
        ua->st.calls_active--;
        c->machine_ref = false;
        fsip__call_unref(c);
        LEAVE(ua);
        return rc;
    }
    c->late_offer = !c->body;
    c->invite = m;
    fsip__oa(c, c->body ? FSM_OFFER_ANSWER_EV_TX_INVITE : FSM_OFFER_ANSWER_EV_TX_INVITE_NOSDP);
    ua->st.calls_out++;
    c->why = FSIP_END_TIMEOUT;
    c->refs++;
    fsip__call_event(c, E_APP_INVITE, NULL);
    bool sent = c->inv != NULL;
    if (!sent && !c->done) {
        /* The stack refused the INVITE (no transaction): the call never began. */
        c->done = true;
        if (c->linked) {
            fsip__htable_remove(&ua->calls, &c->node);
            c->linked = false;
        }
        c->ended = true;
        ua->st.calls_active--;
        c->machine_ref = false;
        c->refs--;
    }
    fsip__call_unref(c);
    LEAVE(ua);
    if (!sent) return FSIP_ELIMIT;
    if (out) *out = c;
    return 0;
}

static bool pending_invite(const fsip_call *c)
{
    if (c->outgoing) return c->state == FSM_INV_UAC_REINV_IN;
    return c->state == FSM_INV_UAS_PROCEEDING || c->state == FSM_INV_UAS_REINV_IN;
}

int fsip_call_ring(fsip_call *c, int status, const char *content_type, const void *body, size_t len)
{
    if (c && c->ua->closing) return FSIP_EINVAL; /* fsip_ua_free() runs */
    if (!c || c->outgoing || c->state != FSM_INV_UAS_PROCEEDING || status < 101 || status > 199)
        return FSIP_EINVAL;
    fsip_ua *ua = c->ua;
    ENTER(ua);
    int rc = 0;
    if (body && len &&
        fsip__oa_would(c, c->rel ? FSM_OFFER_ANSWER_EV_TX_REL1XX : FSM_OFFER_ANSWER_EV_TX_1XX) <
            0) {
        LEAVE(ua);
        return FSIP_EINVAL; /* not an answer the state allows (RFC 3261 §13.2.1) */
    }
    if (c->rel) {
        rc = fsip__rel_ring(c, status, content_type, body, len);
        LEAVE(ua);
        return rc;
    }
    if (body && len) {
        rc = fsip__keep_body(ua, &c->next_type, &c->next_body, &c->next_len, content_type, body,
                             len);
        c->next_set = rc == 0;
    }
    c->ring_status = status;
    if (rc == 0) fsip__call_event(c, E_APP_1XX, NULL);
    if (body && len) {
        /* The early body is also the answer unless accept brings another. */
        c->next_set = true;
    }
    LEAVE(ua);
    return rc;
}

int fsip_call_accept(fsip_call *c, const char *content_type, const void *body, size_t len)
{
    if (!c || c->done || !pending_invite(c) || c->ua->closing) return FSIP_EINVAL;
    /* Accepted already: the 2xx waits for a PRACK (RFC 3262 §3). */
    if (c->rel_uas && c->rel_uas->state == FSM_REL1XX_UAS_FINAL_PENDING) return FSIP_EINVAL;
    if (body && len && fsip__oa_would(c, FSM_OFFER_ANSWER_EV_TX_2XX) < 0) return FSIP_EINVAL;
    /* An INVITE without an offer: the 2xx must carry ours (RFC 3261 §13.2.1). */
    if (!(body && len) && c->d.oa == FSM_OFFER_ANSWER_OFFER_OWED) return FSIP_EINVAL;
    /* An offer in the INVITE not answered in a reliable 1xx: the 2xx
     * carries the answer (RFC 3261 §13.2.1, §14.2). */
    if (!(body && len) && c->d.oa == FSM_OFFER_ANSWER_REMOTE_INVITE) return FSIP_EINVAL;
    fsip_ua *ua = c->ua;
    ENTER(ua);
    int rc = 0;
    if (body && len) {
        rc = fsip__keep_body(ua, &c->next_type, &c->next_body, &c->next_len, content_type, body,
                             len);
        c->next_set = rc == 0;
    }
    if (rc == 0) {
        c->why = FSIP_END_NO_ACK;
        /* With reliable 1xx the 2xx may have to wait for a PRACK (RFC 3262 §3). */
        if (c->outgoing || c->state != FSM_INV_UAS_PROCEEDING || !fsip__rel_accept(c))
            fsip__call_event(c, E_APP_ACCEPT, NULL);
        c->why = FSIP_END_REMOTE_BYE;
    }
    LEAVE(ua);
    return rc;
}

int fsip_call_reject(fsip_call *c, int status, const char *reason)
{
    if (c && c->ua->closing) return FSIP_EINVAL; /* fsip_ua_free() runs */
    if (!c || c->done || !pending_invite(c) || status < 300 || status > 699) return FSIP_EINVAL;
    if (reason && (strlen(reason) > 200 || strpbrk(reason, "\r\n"))) return FSIP_EINVAL;
    fsip_ua *ua = c->ua;
    ENTER(ua);
    c->reject_status = status;
    xfree(ua, c->reject_reason);
    c->reject_reason = reason ? xstrndup(ua, reason, strlen(reason)) : NULL;
    c->why = FSIP_END_REJECTED;
    c->why_status = status;
    fsip__call_event(c, E_APP_REJECT, NULL);
    LEAVE(ua);
    return 0;
}

int fsip_call_reject_msg(fsip_call *c, const fsip_msg *resp)
{
    if (!resp || fsip_msg_is_request(resp)) return FSIP_EINVAL;
    fsip_str rs = fsip_msg_reason(resp);
    char reason[201];
    if (rs.len > 200) return FSIP_EINVAL;
    memcpy(reason, rs.ptr ? rs.ptr : "", rs.len);
    reason[rs.len] = 0;
    int st = fsip_msg_status(resp);
    if (!c || c->ua->closing || c->done || !pending_invite(c) || st < 300 || st > 699 ||
        memchr(reason, '\r', rs.len) || memchr(reason, '\n', rs.len))
        return FSIP_EINVAL;
    /* Borrowed until the row's reply_non2xx, which forgets it. */
    c->reject_msg = resp;
    return fsip_call_reject(c, st, rs.len ? reason : NULL);
}

int fsip_call_reinvite(fsip_call *c, const char *content_type, const void *body, size_t len)
{
    if (c && c->ua->closing) return FSIP_EINVAL; /* fsip_ua_free() runs */
    if (!c || c->done) return FSIP_EINVAL;
    bool confirmed =
        c->outgoing ? c->state == FSM_INV_UAC_CONFIRMED : c->state == FSM_INV_UAS_CONFIRMED;
    if (!confirmed) return FSIP_EINVAL;
    fsip_ua *ua = c->ua;
    ENTER(ua);
    /* RFC 3261 §14.1: no new offer while an exchange is in progress. */
    int rc = fsip__oa_would(c, body && len ? FSM_OFFER_ANSWER_EV_TX_INVITE
                                           : FSM_OFFER_ANSWER_EV_TX_INVITE_NOSDP);
    if (rc == 0)
        rc = fsip__keep_body(ua, &c->next_type, &c->next_body, &c->next_len, content_type, body,
                             len);
    if (rc == 0) {
        c->next_set = true;
        fsip__call_event(c, E_APP_REINVITE, NULL);
    }
    LEAVE(ua);
    return rc;
}

int fsip_call_hangup(fsip_call *c)
{
    if (c && c->ua->closing) return FSIP_EINVAL; /* fsip_ua_free() runs */
    if (!c) return FSIP_EINVAL;
    if (c->done) return 0;
    if (c->in_late_answer) {
        /* Inside the ANSWERED event of a late offer: the 2xx has no ACK
         * yet; the BYE follows it (never a CANCEL after a 2xx, §9.1). */
        c->hangup_deferred = true;
        return 0;
    }
    fsip_ua *ua = c->ua;
    ENTER(ua);
    if (c->outgoing) {
        if (c->state == FSM_INV_UAC_CALLING || c->state == FSM_INV_UAC_PROCEEDING) {
            c->why = FSIP_END_CANCELLED;
            c->why_status = 487;
            fsip__call_event(c, E_APP_CANCEL, NULL);
        } else if (c->state != FSM_INV_UAC_CANCEL_PENDING && c->state != FSM_INV_UAC_CANCELLING &&
                   c->state != FSM_INV_UAC_TERMINATING) {
            c->why = FSIP_END_LOCAL_BYE;
            c->why_status = 0;
            fsip__call_event(c, E_APP_BYE, NULL);
        }
    } else if (c->state == FSM_INV_UAS_PROCEEDING) {
        c->reject_status = 603;
        xfree(ua, c->reject_reason);
        c->reject_reason = NULL;
        c->why = FSIP_END_REJECTED;
        c->why_status = 603;
        fsip__call_event(c, E_APP_REJECT, NULL);
    } else if (c->state != FSM_INV_UAS_TERMINATING && c->state != FSM_INV_UAS_BYE_PENDING) {
        c->why = FSIP_END_LOCAL_BYE;
        c->why_status = 0;
        fsip__call_event(c, E_APP_BYE, NULL);
    }
    LEAVE(ua);
    return 0;
}

int fsip_call_set_answer(fsip_call *c, const char *content_type, const void *body, size_t len)
{
    if (c && c->ua->closing) return FSIP_EINVAL; /* fsip_ua_free() runs */
    if (!c || !body || !len) return FSIP_EINVAL;
    /* Only an offer in a response waits for it (remote_2xx, remote_1xx). */
    const struct dlg *d = fsip__oa_dlg(c);
    if (d->oa != FSM_OFFER_ANSWER_REMOTE_2XX && d->oa != FSM_OFFER_ANSWER_REMOTE_1XX)
        return FSIP_EINVAL;
    /* RFC 3262 §5, RFC 3261 §13.2.1: it answers the offer of that dialog. */
    return fsip__keep_ack_body(c, d, content_type, body, len);
}

int fsip__keep_ack_body(fsip_call *c, const struct dlg *d, const char *type, const void *body,
                        size_t len)
{
    char *tag = d->remote_tag ? xstr(c->ua, fsip_str_c(d->remote_tag)) : NULL;
    if (d->remote_tag && !tag) return FSIP_ENOMEM;
    int rc = fsip__keep_body(c->ua, &c->ack_type, &c->ack_body, &c->ack_body_len, type, body, len);
    if (rc < 0) {
        xfree(c->ua, tag);
        return rc;
    }
    xfree(c->ua, c->ack_tag);
    c->ack_tag = tag;
    return 0;
}

int fsip_call_set_ack_body(fsip_call *c, const char *content_type, const void *body, size_t len)
{
    return fsip_call_set_answer(c, content_type, body, len);
}

void fsip__take_answer(fsip_call *c, struct dlg *d, fsip_msg *m, int oa_ev)
{
    if (!c->ack_body) return;
    /* An answer is for the offer of its own dialog (RFC 3262 §5, RFC 3261
     * §13.2.1): another early dialog's PRACK goes without it. */
    bool mine =
        c->ack_tag ? d->remote_tag && strcmp(c->ack_tag, d->remote_tag) == 0 : !d->remote_tag;
    if (!mine) return;
    /* A refusing row: d's state takes no answer in this message (the 2xx
     * came after the PRACK went without it, say): it is not sent, and it
     * answers nothing later. */
    if (m && fsip__oa_would_on(c, d, oa_ev) == 0) {
        fsip__set_body(m, c->ack_type, c->ack_body, c->ack_body_len);
        fsip__oa_on(c, d, oa_ev);
    }
    xfree(c->ua, c->ack_tag);
    c->ack_tag = NULL;
    xfree(c->ua, c->ack_type);
    xfree(c->ua, c->ack_body);
    c->ack_type = c->ack_body = NULL;
    c->ack_body_len = 0;
}

void fsip__tu_timers_init(struct fsip_timer *t, uint32_t n, void *owner,
                          void (*fire)(struct fsip_timer *))
{
    for (uint32_t i = 0; i < n; i++) {
        t[i].idx = FSIP_TIMER_IDLE;
        t[i].slot = i;
        t[i].owner = owner;
        t[i].fire = fire;
    }
}

void fsip__tell_early(fsip_call *c, fsip_call_event ev, const fsip_msg *m)
{
    if (c->ended) return;
    bool in_row = c->in_row;
    c->in_row = true;
    c->in_late_answer = true;                            /* a hang-up in there waits for the row */
    if (c->referred_by) fsip__xfer_call_event(c, ev, m); /* NOTIFY the transferor first */
    c->ua->cb.on_call(c, ev, m, c->ua->cb.arg);
    c->in_late_answer = false;
    c->in_row = in_row;
}

fsip_txn *fsip_call_request_txn(const fsip_call *c)
{
    return c ? c->req_txn : NULL;
}

fsip_call_state fsip_call_get_state(const fsip_call *c)
{
    if (c->outgoing) {
        switch (c->state) {
        case FSM_INV_UAC_IDLE:
        case FSM_INV_UAC_CALLING:
            /* The PROGRESS of a reliable 1xx runs ahead of the row that
             * moves the machine to proceeding (the PRACK waits for it). */
            return fsip__in_rel_1xx(c) ? FSIP_CALL_EARLY : FSIP_CALL_CALLING;
        case FSM_INV_UAC_PROCEEDING: return FSIP_CALL_EARLY;
        case FSM_INV_UAC_CANCEL_PENDING:
        case FSM_INV_UAC_CANCELLING: return FSIP_CALL_CANCELLING;
        case FSM_INV_UAC_TERMINATING: return FSIP_CALL_TERMINATING;
        case FSM_INV_UAC_TERMINATED: return FSIP_CALL_TERMINATED;
        default: return FSIP_CALL_CONFIRMED;
        }
    }
    switch (c->state) {
    case FSM_INV_UAS_IDLE:
    case FSM_INV_UAS_PROCEEDING: return c->ring_status ? FSIP_CALL_EARLY : FSIP_CALL_INCOMING;
    case FSM_INV_UAS_ACCEPTED:
    case FSM_INV_UAS_BYE_PENDING: return FSIP_CALL_CONNECTING;
    case FSM_INV_UAS_TERMINATING: return FSIP_CALL_TERMINATING;
    case FSM_INV_UAS_TERMINATED: return FSIP_CALL_TERMINATED;
    default: return FSIP_CALL_CONFIRMED;
    }
}

const char *fsip_call_machine_state(const fsip_call *c)
{
    return c->m->state_names[c->state];
}

bool fsip_call_is_outgoing(const fsip_call *c)
{
    return c->outgoing;
}

fsip_call_end fsip_call_end_reason(const fsip_call *c)
{
    return c->ended ? c->end_reason : c->why;
}

int fsip_call_end_status(const fsip_call *c)
{
    return c->ended ? c->end_status : 0;
}

const char *fsip_call_id(const fsip_call *c)
{
    return c->call_id;
}

const char *fsip_call_local_tag(const fsip_call *c)
{
    return c->local_tag;
}

const char *fsip_call_remote_tag(const fsip_call *c)
{
    return c->d.remote_tag ? c->d.remote_tag : "";
}

uint32_t fsip_call_early_dialogs(const fsip_call *c)
{
    return c->n_forks > c->n_early ? c->n_forks : c->n_early;
}

uint32_t fsip_call_session_expires(const fsip_call *c)
{
    return (c->guards & c->m->g_session_timer) ? c->se : 0;
}

bool fsip_call_is_refresher(const fsip_call *c)
{
    return (c->guards & c->m->g_refresher) != 0;
}

void *fsip_call_user(const fsip_call *c)
{
    return c->user;
}

void fsip_call_set_user(fsip_call *c, void *user)
{
    c->user = user;
}

fsip_ua *fsip_call_ua(const fsip_call *c)
{
    return c->ua;
}

void fsip__call_end_usage(fsip_call *c, int status)
{
    if (c->done) return;
    /* RFC 5057 §5.1: 481 and the like destroy the dialog and every usage
     * in it, as for a re-INVITE (ua_response); the others end this one. */
    dlg_live_event(c, fsip__status_dialog_gone(status) ? FSM_DIALOG_EV_DIALOG_FAILURE
                                                       : FSM_DIALOG_EV_USAGE_FAILURE);
    c->why = FSIP_END_DIALOG_GONE;
    c->why_status = status;
    bool early = c->outgoing ? c->state == FSM_INV_UAC_CALLING || c->state == FSM_INV_UAC_PROCEEDING
                             : c->state == FSM_INV_UAS_PROCEEDING;
    if (early && c->outgoing) {
        fsip__call_event(c, E_APP_CANCEL, NULL);
    } else if (c->confirmed && fsip__status_dialog_gone(status)) {
        /* No BYE into a dialog that is gone (as after a re-INVITE's 481). */
        fsip__call_event(c, E_DIALOG_GONE, NULL);
    } else if (early) {
        c->reject_status = 500;
        xfree(c->ua, c->reject_reason);
        c->reject_reason = NULL;
        fsip__call_event(c, E_APP_REJECT, NULL);
    } else {
        fsip__call_event(c, E_APP_BYE, NULL);
    }
}

int fsip_call_update(fsip_call *c, const char *content_type, const void *body, size_t len)
{
    if (c && c->ua->closing) return FSIP_EINVAL; /* fsip_ua_free() runs */
    if (!c || c->done || c->ended) return FSIP_EINVAL;
    /* RFC 3311 §5.1: in an early or confirmed dialog (the peer's To tag known). */
    if (!c->d.remote_tag && c->n_forks == 0) return FSIP_EINVAL;
    /* The caller's early dialog: the one of the latest 1xx, once it rings. */
    if (c->outgoing && !c->d.remote_tag && c->state != FSM_INV_UAC_PROCEEDING) return FSIP_EINVAL;
    /* The callee's early dialog exists once a 1xx with its tag went (§12.1). */
    if (!c->outgoing && c->state == FSM_INV_UAS_PROCEEDING && !c->ring_status) return FSIP_EINVAL;
    fsip_ua *ua = c->ua;
    ENTER(ua);
    int rc = fsip__upd_send(c, content_type, body, len);
    LEAVE(ua);
    return rc;
}

int fsip_call_update_respond(fsip_call *c, int status, const char *reason, const char *content_type,
                             const void *body, size_t len)
{
    if (c && c->ua->closing) return FSIP_EINVAL; /* fsip_ua_free() runs */
    if (!c || c->done || status < 200 || status > 699) return FSIP_EINVAL;
    if (reason && strpbrk(reason, "\r\n")) return FSIP_EINVAL;
    fsip_ua *ua = c->ua;
    ENTER(ua);
    int rc = fsip__upd_respond(c, status, reason, content_type, body, len);
    LEAVE(ua);
    return rc;
}
