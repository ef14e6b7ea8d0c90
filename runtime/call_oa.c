/* The offer/answer state of a call's dialog (fsm/offer_answer.fsm, RFC 3264
 * exchanges carried by INVITE, PRACK and UPDATE; RFC 3261 §13.2.1, RFC 3262
 * §5, RFC 3311 §5, RFC 6337 §2). Bodies stay opaque: only whether a message
 * carries one matters. The call layer asks this machine before it sends a
 * body (tx_*: a refusal is an error for the application) and tells it what
 * arrived (rx_*: it may reject the carrying request with 491 or 500). */
#include "call_internal.h"

#include "fsm_offer_answer.h"

static uint32_t oa_guards(const fsip_call *c, const struct dlg *d)
{
    /* `early`: the dialog's INVITE is the initial one, still pending;
     * `rel_sdp`: a reliable 1xx of d carried a session description. */
    return (!c->confirmed ? FSM_OFFER_ANSWER_G_EARLY : 0) |
           (d->rel_sdp ? FSM_OFFER_ANSWER_G_REL_SDP : 0);
}

/* What the row for ev does: 0 (go on), FSIP_EINVAL (refuse), 491 or 500
 * (reject the carrying request); *err set when it is a protocol error. */
static int oa_outcome(const struct fsm_offer_answer_row *row, bool *err)
{
    int rc = 0;
    for (int i = 0; row && i < row->n_actions; i++) {
        switch ((enum fsm_offer_answer_action)row->actions[i]) {
        case FSM_OFFER_ANSWER_A_REFUSE: rc = FSIP_EINVAL; break;
        case FSM_OFFER_ANSWER_A_REPLY_491: rc = 491; break;
        case FSM_OFFER_ANSWER_A_REPLY_500_RETRY_AFTER: rc = 500; break;
        case FSM_OFFER_ANSWER_A_PROTOCOL_ERROR:
            if (err) *err = true;
            break;
        default: break; /* to_app_*: the application reads the bodies itself */
        }
    }
    return rc;
}

int fsip__oa_would(const fsip_call *c, int ev)
{
    return fsip__oa_would_on(c, &c->d, ev);
}

int fsip__oa_would_on(const fsip_call *c, const struct dlg *d, int ev)
{
    if (!d) return 0; /* a dialog that is gone: no exchange to judge */
    const struct fsm_offer_answer_row *row = fsm_offer_answer_step(d->oa, ev, oa_guards(c, d));
    if (!row || row->kind != FSM_GO) return 0;
    int rc = oa_outcome(row, NULL);
    /* A refusal is that row's whole effect: it ran (nothing is sent). */
    if (rc == FSIP_EINVAL) fsip__ua_row(c->ua, "offer_answer", (int)(row - fsm_offer_answer_rows));
    return rc;
}

bool fsip__oa_refuses(const fsip_call *c, int ev)
{
    const struct fsm_offer_answer_row *row = fsm_offer_answer_step(c->d.oa, ev, oa_guards(c, &c->d));
    return row && row->kind == FSM_GO && oa_outcome(row, NULL) == FSIP_EINVAL;
}

bool fsip__oa_is_offer(const fsip_call *c, int ev)
{
    const struct fsm_offer_answer_row *row = fsm_offer_answer_step(c->d.oa, ev, oa_guards(c, &c->d));
    for (int i = 0; row && row->kind == FSM_GO && i < row->n_actions; i++)
        if (row->actions[i] == FSM_OFFER_ANSWER_A_TO_APP_OFFER) return true;
    return false;
}

int fsip__oa(fsip_call *c, int ev)
{
    return fsip__oa_on(c, &c->d, ev);
}

int fsip__oa_on(fsip_call *c, struct dlg *d, int ev)
{
    fsip_ua *ua = c->ua;
    if (!d) return 0; /* a dialog that is gone (fsip__dlg_of) */
    const struct fsm_offer_answer_row *row = fsm_offer_answer_step(d->oa, ev, oa_guards(c, d));
    if (row) fsip__ua_row(ua, "offer_answer", (int)(row - fsm_offer_answer_rows));
    if (!row || row->kind == FSM_IGNORE) return 0;
    if (row->kind == FSM_ERROR) {
        fsip__spec_error(ua, c->call_id, "offer_answer", fsm_offer_answer_event_names[ev],
                         fsm_offer_answer_state_names[d->oa]);
        return 0;
    }
    bool err = false;
    int rc = oa_outcome(row, &err);
    d->oa = row->next;
    if (err) {
        /* The peer left out an answer it owed (RFC 3261 §13.2.1): the
         * session cannot go on. The call layer hangs up after the row. */
        ua->st.oa_errors++;
        c->oa_error = true;
        fsip__log(ua->s, FSIP_LOG_WARN, "call %s: offer/answer: %s breaks RFC 3264 rules",
                  c->call_id, fsm_offer_answer_event_names[ev]);
    }
    return rc;
}

const struct dlg *fsip__oa_dlg(const fsip_call *c)
{
    /* Before a 2xx picks one, the caller's early dialog last heard from. */
    return !c->d.remote_tag && c->forks && c->last_fork < c->n_forks ? &c->forks[c->last_fork]
                                                                     : &c->d;
}

const char *fsip_call_offer_answer_state(const fsip_call *c)
{
    return fsm_offer_answer_state_names[fsip__oa_dlg(c)->oa];
}
