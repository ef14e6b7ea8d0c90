/* UPDATE (RFC 3311) in early and confirmed dialogs, driven by
 * fsm/update.fsm: one instance per call, created by the first UPDATE sent
 * or received. The machine orders the transactions (one of ours and one of
 * the peer's at a time, 500 with Retry-After for an overlapping one, 491
 * back-off, 504 when the application does not answer promptly); this file
 * builds and answers the messages. Bodies are the application's. */
#include <stdio.h>
#include <stdlib.h>

#include "call_internal.h"

static void upd_row(struct upd *u, enum fsm_update_event ev, const fsip_msg *msg);

static void upd_timer_fire(struct fsip_timer *tm)
{
    struct upd *u = tm->owner;
    upd_row(u, fsm_update_timers[tm->slot].event, NULL);
}

static struct upd *upd_get(fsip_call *c)
{
    if (c->upd) return c->upd;
    fsip_ua *ua = c->ua;
    struct upd *u = xalloc(ua, sizeof(*u));
    if (!u) return NULL;
    memset(u, 0, sizeof(*u));
    if (fsip__tu_timers_reserve(ua->s, FSM_UPDATE_N_TIMERS) < 0) {
        xfree(ua, u);
        return NULL;
    }
    u->c = c;
    u->state = FSM_UPDATE_INITIAL;
    fsip__tu_timers_init(u->timers, FSM_UPDATE_N_TIMERS, u, upd_timer_fire);
    c->upd = u;
    return u;
}

bool fsip__upd_busy(const fsip_call *c)
{
    return c->upd && (c->upd->out || c->upd->state != FSM_UPDATE_IDLE);
}

void fsip__upd_free(fsip_call *c)
{
    struct upd *u = c->upd;
    if (!u) return;
    fsip_ua *ua = c->ua;
    for (uint32_t i = 0; i < FSM_UPDATE_N_TIMERS; i++)
        fsip__tu_timer_stop(ua->s, &u->timers[i]);
    fsip__tu_timers_release(ua->s, FSM_UPDATE_N_TIMERS);
    xfree(ua, u->type);
    xfree(ua, u->body);
    xfree(ua, u->out_tag);
    xfree(ua, u->ans_type);
    xfree(ua, u->ans_body);
    xfree(ua, u);
    c->upd = NULL;
}

/* Our UPDATE (RFC 3311 §5.1): a target refresh request, so with Contact. */
/* The dialog our UPDATE goes in: the call's, or before the answer the
 * caller's early dialog of the latest 1xx (RFC 3311 §5.1). */
static struct dlg *upd_dlg(fsip_call *c)
{
    if (c->d.remote_tag || !c->forks || c->last_fork >= c->n_forks) return &c->d;
    return &c->forks[c->last_fork];
}

/* The dialog our UPDATE went in (u->out_tag), NULL once it is gone. */
static struct dlg *out_dlg(struct upd *u)
{
    return fsip__dlg_of(u->c, fsip_str_c(u->out_tag));
}

static void send_update(struct upd *u)
{
    fsip_call *c = u->c;
    fsip_ua *ua = c->ua;
    struct dlg *d = out_dlg(u);
    /* A retry after 491 / 500 (RFC 3311 §5.3) carries the offer again: it
     * may not go once an exchange opened meanwhile (RFC 3261 §13.2.1, RFC
     * 3311 §5.1), nor in a dialog that is over; upd_row feeds tx_refused. */
    if (!d || (u->body && fsip__oa_would_on(c, d, FSM_OFFER_ANSWER_EV_TX_UPDATE) < 0)) {
        u->refused = true;
        return;
    }
    fsip_msg *m = fsip__dlg_request(c, d, "UPDATE", 0);
    if (!m) return;
    char ct[256];
    fsip__contact_of(c, ct, sizeof ct);
    fsip__ua_hdr_add(c->ua, m, "Contact", ct);
    fsip__set_body(m, u->type, u->body, u->len);
    if (u->body) fsip__oa_on(c, d, FSM_OFFER_ANSWER_EV_TX_UPDATE);
    fsip_flow dest;
    fsip__dlg_dest(c, d, &dest);
    fsip_txn *t = NULL;
    if (fsip_stack_send_request(ua->s, m, &dest, NULL, ua->s->now, &t) == 0 && t) {
        fsip__call_hold_txn(c, t);
        u->out = t;
    }
}

/* The final response to the peer's pending request: an UPDATE, or a PRACK
 * whose offer waits here (rx_prack_offer). A 2xx carries the app's answer
 * to an offer in it (RFC 3311 §5.2, RFC 3262 §5); any other response
 * rejects that offer and the exchange is rolled back (RFC 6337 §2.2). */
static void reply(struct upd *u, int status, bool body)
{
    fsip_call *c = u->c;
    fsip_ua *ua = c->ua;
    fsip_txn *t = u->cur ? u->cur : u->in;
    if (!t) return;
    if (t == u->in) u->in = NULL;
    const fsip_msg *req = fsip_txn_request(t);
    bool prack = fsip_msg_method(req) == FSIP_METHOD_PRACK;
    struct dlg *d = fsip__dlg_of(c, fsip_msg_from(req)->tag);
    if (status < 200 || status >= 300) {
        if (fsip_msg_body(req).len)
            fsip__oa_on(
                c, d, prack ? FSM_OFFER_ANSWER_EV_PRACK_FAILED : FSM_OFFER_ANSWER_EV_UPDATE_FAILED);
        fsip__call_respond(c, t, status, status == u->reject_status ? u->reject_reason : NULL);
        return;
    }
    fsip_msg *r = fsip_txn_new_response(t, status, NULL);
    if (!r) return;
    bool refresh = false;
    /* A PRACK is no target refresh: no Contact (RFC 3262 §7.1). */
    if (!prack) {
        char ct[256];
        fsip__contact_of(c, ct, sizeof ct);
        fsip__ua_hdr_add(c->ua, r, "Contact", ct);
        /* RFC 3311 §5.2: UPDATE refreshes the remote target when it succeeds. */
        if (c->d.remote_tag && d == &c->d) fsip__dlg_set_target(ua, &c->d, req);
        /* RFC 4028 §10: an UPDATE with Session-Expires in a confirmed
         * session is a session refresh; its 2xx says the interval. */
        refresh = hdr(req, FSIP_HDR_SESSION_EXPIRES) && ua->cfg.session_expires_s &&
                  (c->guards & c->m->g_session_timer);
        if (refresh) fsip__st_grant(c, req, r);
    }
    if (body && u->ans_body) {
        fsip__set_body(r, u->ans_type, u->ans_body, u->ans_len);
        fsip__oa_on(c, d,
                    prack ? FSM_OFFER_ANSWER_EV_TX_PRACK_2XX : FSM_OFFER_ANSWER_EV_TX_UPDATE_2XX);
        fsip__call_keep_sdp(c, d, u->ans_type, u->ans_body, u->ans_len);
    }
    fsip_txn_respond(t, r, ua->s->now);
    fsip_msg_free(r);
    if (refresh) u->refreshed = true;
}

static void upd_action(struct upd *u, int a, const fsip_msg *msg)
{
    fsip_call *c = u->c;
    fsip_ua *ua = c->ua;
    const struct fsm_action_info *ai = &fsm_update_actions[a];
    if (ai->op != FSM_OP_DO) {
        struct fsip_timer *tm = &u->timers[ai->timer];
        if (ai->op == FSM_OP_STOP) {
            fsip__tu_timer_stop(ua->s, tm);
            return;
        }
        uint64_t ms;
        switch ((enum fsm_update_timer)ai->timer) {
        case FSM_UPDATE_TIMER_GLARE:
            /* RFC 3311 §5.3 (as RFC 3261 §14.1): 2.1-4 s for the Call-ID
             * owner, else 0-2 s, in 10 ms units. */
            ms = c->outgoing ? 2100 + 10 * (uint64_t)fsip__ua_rnd(ua, 191)
                             : 10 * (uint64_t)fsip__ua_rnd(ua, 201);
            break;
        case FSM_UPDATE_TIMER_RETRY: ms = u->retry_ms; break;
        default: ms = ua->cfg.update_answer_ms; break;
        }
        tm->interval = ms;
        fsip__tu_timer_start(ua->s, tm, ua->s->now + ms);
        return;
    }
    switch ((enum fsm_update_action)a) {
    case FSM_UPDATE_A_SEND_UPDATE: send_update(u); break;
    case FSM_UPDATE_A_TO_APP_UPDATE_DONE: fsip__call_queue(c, FSIP_CALL_EV_UPDATE_DONE, msg); break;
    case FSM_UPDATE_A_TO_APP_UPDATE_FAILED:
        fsip__call_queue(c, FSIP_CALL_EV_UPDATE_FAILED, msg);
        break;
    case FSM_UPDATE_A_END_USAGE: u->end_usage = true; break;
    case FSM_UPDATE_A_TO_APP_UPDATE:
        /* A bare session refresh is the session timer's, answered by fsip. */
        if (!u->auto_refresh) fsip__call_queue(c, FSIP_CALL_EV_UPDATE, msg);
        break;
    case FSM_UPDATE_A_TO_APP_PRACK_OFFER: fsip__call_queue(c, FSIP_CALL_EV_PRACK_OFFER, msg); break;
    case FSM_UPDATE_A_TO_APP_UPDATE_CANCELLED:
        fsip__call_queue(c, FSIP_CALL_EV_UPDATE_FAILED, NULL);
        break;
    case FSM_UPDATE_A_REPLY_2XX: reply(u, 200, true); break;
    case FSM_UPDATE_A_REPLY_NON2XX: reply(u, u->reject_status, false); break;
    case FSM_UPDATE_A_REPLY_500_RETRY_AFTER: fsip__call_respond_retry(c, u->cur, 500); break;
    case FSM_UPDATE_A_REPLY_504: reply(u, 504, false); break;
    case FSM_UPDATE_A_REPLY_487: reply(u, 487, false); break;
    default: break;
    }
}

static void upd_row(struct upd *u, enum fsm_update_event ev, const fsip_msg *msg)
{
    fsip_call *c = u->c;
    fsip_ua *ua = c->ua;
    const struct fsm_update_row *row = fsm_update_step(u->state, ev, 0);
    if (row) fsip__ua_row(ua, "update", (int)(row - fsm_update_rows));
    if (!row || row->kind == FSM_IGNORE) return;
    if (row->kind == FSM_ERROR) {
        fsip__spec_error(ua, c->call_id, "update", fsm_update_event_names[ev],
                         fsm_update_state_names[u->state]);
        return;
    }
    c->refs++;
    bool outer = !c->in_row;
    c->in_row = true;
    u->state = row->next;
    for (int i = 0; i < row->n_actions; i++)
        upd_action(u, row->actions[i], msg);
    if (u->refused) {
        u->refused = false;
        upd_row(u, FSM_UPDATE_EV_TX_REFUSED, NULL);
    }
    if (outer) {
        c->in_row = false;
        fsip__call_deliver(c);
    }
    if (u->refreshed) {
        /* The session machine restarts its timers (RFC 4028 §10). */
        u->refreshed = false;
        fsip__call_event(c, E_ST_REFRESHED, NULL);
    }
    if (u->end_usage && c->upd == u) {
        /* RFC 3311 §5.3, RFC 5057 §5.1: 481, 408 or a timeout to our
         * UPDATE end the INVITE usage, the dialog's only one. */
        u->end_usage = false;
        fsip__call_end_usage(c, msg ? fsip_msg_status(msg) : 408);
    }
    fsip__call_unref(c);
}

/* Whether the row for the peer's request ev shows it to the application
 * (`to_app`), rather than answering it itself. */
static bool upd_passes_up(const struct upd *u, enum fsm_update_event ev,
                          enum fsm_update_action to_app)
{
    const struct fsm_update_row *row = fsm_update_step(u->state, ev, 0);
    for (int i = 0; row && row->kind == FSM_GO && i < row->n_actions; i++)
        if (row->actions[i] == to_app) return true;
    return false;
}

/* Whether the machine has a row (not an error) for ev now. */
static bool upd_can(const struct upd *u, enum fsm_update_event ev)
{
    const struct fsm_update_row *row = fsm_update_step(u->state, ev, 0);
    return row && row->kind != FSM_ERROR;
}

int fsip__upd_send(fsip_call *c, const char *type, const void *body, size_t len)
{
    struct upd *u = upd_get(c);
    if (!u) return FSIP_ENOMEM;
    if (!upd_can(u, FSM_UPDATE_EV_APP_UPDATE)) return FSIP_EINVAL; /* one at a time */
    /* RFC 3311 §5.1: no new offer while an exchange is in progress. */
    if (body && len && fsip__oa_would_on(c, upd_dlg(c), FSM_OFFER_ANSWER_EV_TX_UPDATE) < 0)
        return FSIP_EINVAL;
    int rc =
        fsip__keep_body(c->ua, &u->type, &u->body, &u->len, body && len ? type : NULL, body, len);
    if (rc < 0) return rc;
    /* The dialog it goes in, where its outcome and its retry land. */
    const char *tag = upd_dlg(c)->remote_tag;
    char *t = tag ? xstr(c->ua, fsip_str_c(tag)) : NULL;
    if (tag && !t) return FSIP_ENOMEM;
    xfree(c->ua, u->out_tag);
    u->out_tag = t;
    upd_row(u, FSM_UPDATE_EV_APP_UPDATE, NULL);
    return 0;
}

int fsip__upd_respond(fsip_call *c, int status, const char *reason, const char *type,
                      const void *body, size_t len)
{
    struct upd *u = c->upd;
    if (!u || !u->in) return FSIP_EINVAL;
    enum fsm_update_event ev =
        status >= 200 && status < 300 ? FSM_UPDATE_EV_APP_ACCEPT : FSM_UPDATE_EV_APP_REJECT;
    if (!upd_can(u, ev)) return FSIP_EINVAL;
    if (ev == FSM_UPDATE_EV_APP_ACCEPT) {
        /* The 2xx carries the answer to an offer in the UPDATE, and only
         * then a body (RFC 3311 §5.2, RFC 6337 §2.1); to the offer of a
         * PRACK, always (RFC 3262 §5). */
        const fsip_msg *req = fsip_txn_request(u->in);
        bool prack = fsip_msg_method(req) == FSIP_METHOD_PRACK;
        struct dlg *d = fsip__dlg_of(c, fsip_msg_from(req)->tag);
        int tx = prack ? FSM_OFFER_ANSWER_EV_TX_PRACK_2XX : FSM_OFFER_ANSWER_EV_TX_UPDATE_2XX;
        int owed = prack ? FSM_OFFER_ANSWER_REMOTE_PRACK : FSM_OFFER_ANSWER_REMOTE_UPDATE;
        if (body && len ? fsip__oa_would_on(c, d, tx) < 0 : d && d->oa == owed) return FSIP_EINVAL;
        int rc = fsip__keep_body(c->ua, &u->ans_type, &u->ans_body, &u->ans_len,
                                 body && len ? type : NULL, body, len);
        if (rc < 0) return rc;
    } else {
        u->reject_status = status;
        snprintf(u->reject_reason, sizeof u->reject_reason, "%s", reason ? reason : "");
        if (!reason) u->reject_reason[0] = 0;
    }
    upd_row(u, ev, NULL);
    return 0;
}

void fsip__upd_request(fsip_call *c, fsip_txn *t, const fsip_msg *req)
{
    /* RFC 4028 §9, §10: a refresh by UPDATE is held to Min-SE as a
     * re-INVITE is (422 before any machine sees it). */
    if (fsip__st_reject_below_min_se(c, t, req)) return;
    struct upd *u = upd_get(c);
    if (!u) {
        fsip__call_respond(c, t, 500, NULL);
        return;
    }
    fsip__call_hold_txn(c, t);
    /* The offer/answer machine judges an offer in an UPDATE the update
     * machine passes up (RFC 3311 §5.2: 491 / 500 for a crossing one). */
    if (upd_passes_up(u, FSM_UPDATE_EV_RX_UPDATE, FSM_UPDATE_A_TO_APP_UPDATE) &&
        fsip_msg_body(req).len) {
        int oa =
            fsip__oa_on(c, fsip__dlg_of(c, fsip_msg_from(req)->tag), FSM_OFFER_ANSWER_EV_RX_UPDATE);
        if (oa > 0) {
            fsip__call_respond_retry(c, t, oa);
            return;
        }
    }
    /* RFC 4028 §10: an UPDATE without a body carrying Session-Expires in a
     * session with a timer is a session refresh: the update machine orders
     * it like any UPDATE, and fsip accepts it itself (its 2xx grants the
     * interval and the session timers restart) instead of asking the app. */
    fsip_ua *ua = c->ua;
    bool refresh = !fsip_msg_body(req).len && hdr(req, FSIP_HDR_SESSION_EXPIRES) &&
                   ua->cfg.session_expires_s && (c->guards & c->m->g_session_timer);
    u->cur = t;
    if (!u->in) u->in = t;
    u->auto_refresh = refresh;
    upd_row(u, FSM_UPDATE_EV_RX_UPDATE, req);
    u->auto_refresh = false;
    u->cur = NULL;
    if (refresh && u->in == t && !fsip__txn_answered(t))
        fsip__upd_respond(c, 200, NULL, NULL, NULL, 0);
    if (u->in == t && fsip__txn_answered(t)) u->in = NULL;
}

int fsip__upd_prack_offer(fsip_call *c, fsip_txn *t, const fsip_msg *req)
{
    struct upd *u = upd_get(c);
    if (!u) return FSIP_ENOMEM;
    fsip__call_hold_txn(c, t);
    if (!upd_passes_up(u, FSM_UPDATE_EV_RX_PRACK_OFFER, FSM_UPDATE_A_TO_APP_PRACK_OFFER)) {
        /* Another request of the peer's awaits our answer: 500 (RFC 3311
         * §5.2), the offer/answer state untouched, nothing acknowledged. */
        u->cur = t;
        upd_row(u, FSM_UPDATE_EV_RX_PRACK_OFFER, req);
        u->cur = NULL;
        return 0;
    }
    fsip__oa(c, FSM_OFFER_ANSWER_EV_RX_PRACK);
    u->in = t;
    return 1;
}

void fsip__upd_prack_offer_up(fsip_call *c, const fsip_msg *req)
{
    struct upd *u = c->upd;
    if (u && u->in) upd_row(u, FSM_UPDATE_EV_RX_PRACK_OFFER, req);
}

bool fsip__upd_holds(const fsip_call *c, const fsip_txn *t)
{
    return c->upd && t && c->upd->in == t;
}

bool fsip__upd_response(fsip_call *c, fsip_txn *t, const fsip_msg *resp)
{
    struct upd *u = c->upd;
    if (!u || t != u->out) return false;
    int st = fsip_msg_status(resp);
    if (st < 200) return true;
    if (st == 401 || st == 407) {
        /* RFC 3261 §22.2: the same UPDATE (and offer) again with
         * credentials; the machine still waits for its final response. */
        fsip_txn *nt = fsip__auth_resend(c, t, resp);
        if (nt) {
            u->out = nt;
            return true;
        }
    }
    u->out = NULL;
    if (u->body) { /* our offer: answered or withdrawn, in its own dialog */
        bool answered = st < 300 && fsip_msg_body(resp).len;
        fsip__oa_on(c, out_dlg(u),
                    answered ? FSM_OFFER_ANSWER_EV_RX_UPDATE_2XX
                             : FSM_OFFER_ANSWER_EV_UPDATE_FAILED);
        if (answered) fsip__call_keep_sdp(c, out_dlg(u), u->type, u->body, u->len);
    }
    enum fsm_update_event ev;
    const fsip_hdr *ra = hdr(resp, FSIP_HDR_RETRY_AFTER);
    if (st < 300)
        ev = FSM_UPDATE_EV_RX_2XX;
    else if (st == 491)
        ev = FSM_UPDATE_EV_RX_491;
    else if (st == 500 && ra) {
        ev = FSM_UPDATE_EV_RX_500;
        u->retry_ms = (ra->p.retry_after->delta > 10 ? 10 : ra->p.retry_after->delta) * 1000;
    } else if (st == 408 || fsip__status_dialog_gone(st)) /* RFC 5057 §5.1 */
        ev = FSM_UPDATE_EV_RX_USAGE_FAIL;
    else
        ev = FSM_UPDATE_EV_RX_FAILURE;
    upd_row(u, ev, resp);
    return true;
}

bool fsip__upd_txn_failed(fsip_call *c, fsip_txn *t)
{
    struct upd *u = c->upd;
    if (!u || t != u->out) return false;
    u->out = NULL;
    if (u->body) fsip__oa_on(c, out_dlg(u), FSM_OFFER_ANSWER_EV_UPDATE_FAILED);
    upd_row(u, FSM_UPDATE_EV_RX_USAGE_FAIL, NULL);
    return true;
}

void fsip__upd_txn_gone(fsip_call *c, fsip_txn *t)
{
    struct upd *u = c->upd;
    if (!u) return;
    if (u->out == t) u->out = NULL;
    if (u->in == t) u->in = NULL;
}

void fsip__upd_dialog_ended(fsip_call *c)
{
    struct upd *u = c->upd;
    if (u && u->state != FSM_UPDATE_TERMINATED) upd_row(u, FSM_UPDATE_EV_DIALOG_ENDED, NULL);
}
