/* Reliable provisional responses (RFC 3262) for the call layer.
 *
 * Callee: one fsm/rel1xx_uas.fsm instance per INVITE server transaction,
 * created with the call when the INVITE requires 100rel, or supports it and
 * the UA prefers it (fsip_ua_config.rel1xx). It decides when a reliable 1xx
 * goes, is queued, is retransmitted (T1 doubling, no cap), when a PRACK
 * matches, and when the 2xx must wait for one (RFC 3262 §3, §5).
 *
 * Caller: each early dialog runs fsm/rel1xx_uac.fsm; this file classifies a
 * reliable 1xx by its RSeq (next, again, gap) and sends the PRACK the row
 * asks for (RFC 3262 §4).
 *
 * The session machine (inv_uas) still sends every response: a reliable 1xx
 * is its reply_1xx with Require: 100rel and RSeq added (c->rel_sending). */
#include <stdio.h>
#include <stdlib.h>

#include "call_internal.h"

/* ------------------------------------------------------------- callee */

static void rel_row(struct rel_uas *r, enum fsm_rel1xx_uas_event ev, fsip_txn *t);

static void rel_timer_fire(struct fsip_timer *tm)
{
    struct rel_uas *r = tm->owner;
    rel_row(r, fsm_rel1xx_uas_timers[tm->slot].event, NULL);
}

static struct rel_uas *rel_get(fsip_call *c)
{
    if (c->rel_uas) return c->rel_uas;
    fsip_ua *ua = c->ua;
    struct rel_uas *r = xalloc(ua, sizeof(*r));
    if (!r) return NULL;
    memset(r, 0, sizeof(*r));
    if (fsip__tu_timers_reserve(ua->s, FSM_REL1XX_UAS_N_TIMERS) < 0) {
        xfree(ua, r);
        return NULL;
    }
    r->c = c;
    r->state = FSM_REL1XX_UAS_INITIAL;
    fsip__tu_timers_init(r->timers, FSM_REL1XX_UAS_N_TIMERS, r, rel_timer_fire);
    c->rel_uas = r;
    return r;
}

static void q_free(fsip_ua *ua, struct rel_1xx *q)
{
    xfree(ua, q->type);
    xfree(ua, q->body);
    memset(q, 0, sizeof(*q));
}

void fsip__rel_free(fsip_call *c)
{
    struct rel_uas *r = c->rel_uas;
    if (!r) return;
    fsip_ua *ua = c->ua;
    for (uint32_t i = 0; i < FSM_REL1XX_UAS_N_TIMERS; i++)
        fsip__tu_timer_stop(ua->s, &r->timers[i]);
    fsip__tu_timers_release(ua->s, FSM_REL1XX_UAS_N_TIMERS);
    for (uint32_t i = 0; i < r->nq; i++)
        q_free(ua, &r->q[i]);
    xfree(ua, r->out);
    xfree(ua, r);
    c->rel_uas = NULL;
}

/* Sends one reliable 1xx through the session machine (its reply_1xx adds
 * Require: 100rel and RSeq when c->rel_sending). RFC 3262 §3: the first
 * RSeq of the transaction is random in 1..2^31-1, each next one + 1. */
static void send_rel(struct rel_uas *r, struct rel_1xx *p)
{
    fsip_call *c = r->c;
    fsip_ua *ua = c->ua;
    r->rseq = r->rseq ? r->rseq + 1 : 1 + fsip__ua_rnd(ua, 0x7ffffffe);
    c->ring_status = p->status;
    if (p->body) {
        xfree(ua, c->next_type);
        xfree(ua, c->next_body);
        c->next_type = p->type;
        c->next_body = p->body;
        c->next_len = p->len;
        c->next_set = true;
        p->type = p->body = NULL;
    }
    r->unacked = true;
    r->unacked_sdp = p->len > 0;
    c->rel_sending = true;
    c->rel_rseq = r->rseq;
    fsip__call_event(c, E_APP_1XX, NULL);
    c->rel_sending = false;
    q_free(ua, p);
}

static void rel_action(struct rel_uas *r, int a, fsip_txn *t)
{
    fsip_call *c = r->c;
    fsip_ua *ua = c->ua;
    const struct fsm_action_info *ai = &fsm_rel1xx_uas_actions[a];
    if (ai->op != FSM_OP_DO) {
        struct fsip_timer *tm = &r->timers[ai->timer];
        const struct fsm_timebase tb = {ua->s->cfg.t1_ms, ua->s->cfg.t2_ms, ua->s->cfg.t4_ms};
        const struct fsm_timer_info *ti = &fsm_rel1xx_uas_timers[ai->timer];
        if (ai->op == FSM_OP_STOP) {
            fsip__tu_timer_stop(ua->s, tm);
            return;
        }
        uint64_t ms = ai->op == FSM_OP_BACKOFF ? fsm_timer_backoff_ms(ti, tm->interval, &tb)
                                               : fsm_timer_first_ms(ti, 0, &tb);
        tm->interval = ms;
        fsip__tu_timer_start(ua->s, tm, ua->s->now + ms);
        return;
    }
    switch ((enum fsm_rel1xx_uas_action)a) {
    case FSM_REL1XX_UAS_A_SEND_1XX:
        /* The item to send is the last queued (fsip__rel_ring put it there). */
        if (r->nq) {
            struct rel_1xx p = r->q[--r->nq];
            memset(&r->q[r->nq], 0, sizeof r->q[0]);
            send_rel(r, &p);
        }
        break;
    case FSM_REL1XX_UAS_A_QUEUE_1XX: break; /* already in the queue */
    case FSM_REL1XX_UAS_A_SEND_QUEUED:
        if (r->nq) {
            struct rel_1xx p = r->q[0];
            memmove(&r->q[0], &r->q[1], (r->nq - 1) * sizeof r->q[0]);
            memset(&r->q[--r->nq], 0, sizeof r->q[0]);
            send_rel(r, &p);
        }
        break;
    case FSM_REL1XX_UAS_A_DROP_QUEUED:
        for (uint32_t i = 0; i < r->nq; i++)
            q_free(ua, &r->q[i]);
        r->nq = 0;
        break;
    case FSM_REL1XX_UAS_A_RETRANSMIT_1XX:
        if (r->out) {
            ua->s->stats.tx_retransmissions++;
            fsip__send(ua->s, &r->flow, r->out, r->out_len);
        }
        break;
    case FSM_REL1XX_UAS_A_REPLY_PRACK_2XX:
        r->unacked = false;
        fsip__call_respond(c, t, 200, NULL);
        break;
    case FSM_REL1XX_UAS_A_PRACK_HELD: r->unacked = false; break; /* fsip__upd_prack_offer */
    case FSM_REL1XX_UAS_A_REPLY_PRACK_481: fsip__call_respond(c, t, 481, NULL); break;
    case FSM_REL1XX_UAS_A_TO_APP_PRACK: break; /* bodies are the app's: see docs/calls.md */
    case FSM_REL1XX_UAS_A_SEND_2XX: fsip__call_event(c, E_APP_ACCEPT, NULL); break;
    case FSM_REL1XX_UAS_A_HOLD_2XX: break;   /* the 2xx's body waits in c->next_* */
    case FSM_REL1XX_UAS_A_SEND_FINAL: break; /* the session machine sent it */
    case FSM_REL1XX_UAS_A_REJECT_5XX:
        /* RFC 3262 §3: no PRACK within 64*T1: reject the INVITE with 5xx. */
        c->reject_status = 500;
        xfree(ua, c->reject_reason);
        c->reject_reason = NULL;
        c->why = FSIP_END_TIMEOUT;
        c->why_status = 500;
        fsip__call_event(c, E_APP_REJECT, NULL);
        break;
    case FSM_REL1XX_UAS_A_TO_APP_TIMEOUT: break; /* the call ends: ENDED timeout 500 */
    default: break;
    }
}

static void rel_row(struct rel_uas *r, enum fsm_rel1xx_uas_event ev, fsip_txn *t)
{
    fsip_call *c = r->c;
    fsip_ua *ua = c->ua;
    uint32_t g = (r->nq ? FSM_REL1XX_UAS_G_QUEUED : 0) |
                 (r->unacked_sdp ? FSM_REL1XX_UAS_G_UNACKED_SDP : 0) |
                 (fsip__upd_holds(c, t) ? FSM_REL1XX_UAS_G_OFFER : 0);
    const struct fsm_rel1xx_uas_row *row = fsm_rel1xx_uas_step(r->state, ev, g);
    if (row) fsip__ua_row(ua, "rel1xx_uas", (int)(row - fsm_rel1xx_uas_rows));
    if (!row || row->kind == FSM_IGNORE) return;
    if (row->kind == FSM_ERROR) {
        fsip__spec_error(ua, c->call_id, "rel1xx_uas", fsm_rel1xx_uas_event_names[ev],
                         fsm_rel1xx_uas_state_names[r->state]);
        return;
    }
    r->state = row->next;
    c->refs++;
    /* A 1xx whose send fails ends the call inside this loop, and a row run
     * from there must not free r under it: the outermost row does. */
    r->busy++;
    for (int i = 0; i < row->n_actions; i++)
        rel_action(r, row->actions[i], t);
    r->busy--;
    if (!r->busy && c->rel_uas == r && r->state == FSM_REL1XX_UAS_TERMINATED) fsip__rel_free(c);
    fsip__call_unref(c);
}

int fsip__rel_ring(fsip_call *c, int status, const char *type, const void *body, size_t len)
{
    struct rel_uas *r = rel_get(c);
    if (!r) return FSIP_ENOMEM;
    if (r->state != FSM_REL1XX_UAS_IDLE && r->state != FSM_REL1XX_UAS_UNACKED &&
        r->state != FSM_REL1XX_UAS_ACKED)
        return FSIP_EINVAL; /* RFC 3262 §3: none after the final response */
    if (r->nq == REL_QUEUE) return FSIP_ELIMIT;
    struct rel_1xx *p = &r->q[r->nq];
    memset(p, 0, sizeof(*p));
    p->status = status;
    if (body && len &&
        fsip__keep_body(c->ua, &p->type, &p->body, &p->len, type ? type : "application/sdp", body,
                        len) < 0)
        return FSIP_ENOMEM;
    r->nq++;
    rel_row(r, FSM_REL1XX_UAS_EV_APP_REL1XX, NULL);
    return 0;
}

bool fsip__rel_accept(fsip_call *c)
{
    struct rel_uas *r = c->rel_uas;
    if (!r) return false;
    rel_row(r, FSM_REL1XX_UAS_EV_APP_2XX, NULL);
    return true;
}

void fsip__rel_final(fsip_call *c)
{
    struct rel_uas *r = c->rel_uas;
    if (!r) return;
    if (r->state == FSM_REL1XX_UAS_IDLE || r->state == FSM_REL1XX_UAS_UNACKED ||
        r->state == FSM_REL1XX_UAS_FINAL_PENDING || r->state == FSM_REL1XX_UAS_ACKED)
        rel_row(r, FSM_REL1XX_UAS_EV_APP_FINAL, NULL);
}

void fsip__rel_txn_ended(fsip_call *c)
{
    if (c->rel_uas) rel_row(c->rel_uas, FSM_REL1XX_UAS_EV_TXN_ENDED, NULL);
}

/* The bytes of the reliable 1xx just sent, for its retransmissions. */
void fsip__rel_sent(fsip_call *c, const fsip_msg *resp, const fsip_flow *flow)
{
    struct rel_uas *r = c->rel_uas;
    if (!r) return;
    xfree(c->ua, r->out);
    r->out = NULL;
    if (fsip__print(c->ua->s, resp, &r->out, &r->out_len) == 0) r->flow = *flow;
}

void fsip__rel_prack(fsip_call *c, fsip_txn *t, const fsip_msg *req)
{
    struct rel_uas *r = c->rel_uas;
    const fsip_hdr *h = hdr(req, FSIP_HDR_RACK);
    if (!r || !h) {
        fsip__call_respond(c, t, 481, NULL); /* RFC 3262 §3 */
        return;
    }
    /* RFC 3262 §3: the RAck names the response (RSeq) and the request
     * (CSeq number and method) it acknowledges. */
    const fsip_rack *rk = h->p.rack;
    uint32_t inv_cseq = c->inv ? fsip_msg_cseq(fsip_txn_request(c->inv))->seq : c->ok_cseq;
    bool match = r->unacked && rk->rseq == r->rseq && rk->cseq == inv_cseq &&
                 rk->method == FSIP_METHOD_INVITE;
    /* RFC 3262 §5: a matched PRACK may carry the answer to an offer in the
     * reliable 1xx (or a new offer). */
    if (match && fsip_msg_body(req).len && fsip__oa_is_offer(c, FSM_OFFER_ANSWER_EV_RX_PRACK)) {
        /* A new offer, not the answer to ours: the 1xx is acknowledged
         * now, and the 2xx with the answer is the application's. */
        int rc = fsip__upd_prack_offer(c, t, req);
        if (rc < 0) fsip__call_respond(c, t, 500, NULL);
        if (rc <= 0) return;
        rel_row(r, FSM_REL1XX_UAS_EV_PRACK_MATCH, t);
        fsip__upd_prack_offer_up(c, req);
        return;
    }
    if (match) {
        int oa = fsip__oa(c, fsip_msg_body(req).len ? FSM_OFFER_ANSWER_EV_RX_PRACK
                                                    : FSM_OFFER_ANSWER_EV_RX_PRACK_NOSDP);
        if (oa > 0) {
            /* An offer that crosses an exchange in progress: the PRACK is
             * rejected (RFC 3262 §5 after RFC 3311 §5.2) and acknowledges
             * nothing; the reliable 1xx stays unacknowledged. */
            fsip__call_respond_retry(c, t, oa);
            return;
        }
    }
    rel_row(r, match ? FSM_REL1XX_UAS_EV_PRACK_MATCH : FSM_REL1XX_UAS_EV_PRACK_NOMATCH, t);
}

/* ------------------------------------------------------------- caller */

/* Our offer in a PRACK is over (RFC 3262 §5): answered in the PRACK's 2xx
 * (the offer in req becomes the dialog's description), or not (resp: the
 * response; NULL: a timeout, a PRACK that could not go, a dialog that
 * went) and the session is as it was (RFC 6337 §2.2). ev: what
 * offer_answer is fed. The application hears it. */
static void prack_offer_over(fsip_call *c, struct dlg *d, const fsip_msg *req, const fsip_msg *resp,
                             int ev)
{
    d->prack_cseq = 0;
    c->refs++;
    bool outer = !c->in_row;
    c->in_row = true;
    fsip__oa_on(c, d, ev);
    bool answered = ev == FSM_OFFER_ANSWER_EV_RX_PRACK_2XX;
    const fsip_hdr *cth = answered ? hdr(req, FSIP_HDR_CONTENT_TYPE) : NULL;
    char *type = cth ? xstr(c->ua, cth->value) : NULL;
    if (type) { /* our offer is the session's description now */
        fsip_str b = fsip_msg_body(req);
        fsip__call_keep_sdp(c, d, type, b.ptr, b.len);
        xfree(c->ua, type);
    }
    fsip__call_queue(c, answered ? FSIP_CALL_EV_UPDATE_DONE : FSIP_CALL_EV_UPDATE_FAILED, resp);
    if (outer) {
        c->in_row = false;
        fsip__call_deliver(c);
    }
    fsip__call_unref(c);
}

/* The PRACK of the reliable 1xx (rseq) to our INVITE (CSeq inv_cseq) in
 * early dialog f (RFC 3262 §4, §7.2: RAck). Unless `plain`, it carries
 * the answer the application gave (fsip_call_set_answer, remote_1xx) or
 * its offer (fsip_call_prack_offer, which moved the dialog to
 * local_prack: the offer waits for this PRACK). */
static void send_prack(fsip_call *c, struct dlg *f, uint32_t rseq, uint32_t inv_cseq, bool plain)
{
    fsip_ua *ua = c->ua;
    bool offer = !plain && f->oa == FSM_OFFER_ANSWER_LOCAL_PRACK && !f->prack_cseq && c->ack_body;
    fsip_msg *m = fsip__dlg_request(c, f, "PRACK", 0);
    char rack[64];
    snprintf(rack, sizeof rack, "%u %u INVITE", (unsigned)rseq, (unsigned)inv_cseq);
    int rc = m ? fsip_msg_hdr_add(m, "RAck", rack) : FSIP_ENOMEM;
    if (rc == 0 && offer) fsip__set_body(m, c->ack_type, c->ack_body, c->ack_body_len);
    /* The answer goes with its row; the body goes nowhere else either way. */
    if (!plain) fsip__take_answer(c, f, rc == 0 && !offer ? m : NULL, FSM_OFFER_ANSWER_EV_TX_PRACK);
    /* (set before it goes: a failure may be reported from inside the send) */
    if (offer && rc == 0) f->prack_cseq = fsip_msg_cseq(m)->seq;
    fsip_txn *t = NULL;
    if (rc == 0) {
        fsip_flow dest;
        fsip__dlg_dest(c, f, &dest);
        rc = fsip_stack_send_request(ua->s, m, &dest, NULL, ua->s->now, &t); /* takes m */
        /* Held by the call, so that its responses reach ua_response: a
         * 401/407 sends it again with credentials (RFC 3261 §22.2). */
        if (rc == 0 && t) fsip__call_hold_txn(c, t);
    } else {
        fsip_msg_free(m);
    }
    /* Its response ends the exchange (fsip__rel_prack_outcome); without a
     * transaction nothing will. */
    if (offer && (rc < 0 || !t) && f->oa == FSM_OFFER_ANSWER_LOCAL_PRACK)
        prack_offer_over(c, f, NULL, NULL, FSM_OFFER_ANSWER_EV_PRACK_FAILED);
}

/* Runs the rel1xx_uac row of ev in early dialog f; *row_out: that row
 * when it goes (NULL otherwise). */
static bool rel_uac_row(fsip_call *c, struct dlg *f, enum fsm_rel1xx_uac_event ev,
                        const struct fsm_rel1xx_uac_row **row_out)
{
    fsip_ua *ua = c->ua;
    const struct fsm_rel1xx_uac_row *row = fsm_rel1xx_uac_step(f->rel, ev, 0);
    *row_out = NULL;
    if (row) fsip__ua_row(ua, "rel1xx_uac", (int)(row - fsm_rel1xx_uac_rows));
    if (!row || row->kind == FSM_IGNORE) return false; /* (done: final, no rows) */
    if (row->kind == FSM_ERROR) {
        fsip__spec_error(ua, c->call_id, "rel1xx_uac", fsm_rel1xx_uac_event_names[ev],
                         fsm_rel1xx_uac_state_names[f->rel]);
        return false;
    }
    f->rel = row->next;
    *row_out = row;
    return true;
}

bool fsip__rel_uac_1xx(fsip_call *c, struct dlg *f, const fsip_msg *resp)
{
    const fsip_hdr *h = hdr(resp, FSIP_HDR_RSEQ);
    if (!h) return true; /* RFC 3262 §7.1: no RSeq, not reliable */
    uint32_t rseq = h->p.num;
    enum fsm_rel1xx_uac_event ev;
    if (f->rel == FSM_REL1XX_UAC_IDLE || rseq == f->rseq + 1)
        ev = FSM_REL1XX_UAC_EV_REL1XX_NEXT;
    else if (rseq <= f->rseq)
        ev = FSM_REL1XX_UAC_EV_REL1XX_AGAIN;
    else
        ev = FSM_REL1XX_UAC_EV_REL1XX_GAP;
    const struct fsm_rel1xx_uac_row *row;
    if (!rel_uac_row(c, f, ev, &row)) return false;
    bool to_tu = false;
    for (int i = 0; i < row->n_actions; i++) {
        switch ((enum fsm_rel1xx_uac_action)row->actions[i]) {
        case FSM_REL1XX_UAC_A_ACCEPT_RSEQ: f->rseq = rseq; break;
        case FSM_REL1XX_UAC_A_TO_TU:
            to_tu = true;
            if (fsip_msg_body(resp).len) {
                f->rel_sdp = 1;
                fsip__oa_on(c, f, FSM_OFFER_ANSWER_EV_RX_REL1XX);
            }
            /* The app sees the 1xx before its PRACK goes: an offer in it
             * (our INVITE had none) is answered in the PRACK, and with the
             * first exchange complete the PRACK may carry a new offer
             * (RFC 3262 §5: fsip_call_set_answer, fsip_call_prack_offer). */
            c->told_progress = true; /* fsip__in_rel_1xx() inside; cleared after the 1xx's row */
            fsip__tell_early(c, FSIP_CALL_EV_PROGRESS, resp);
            break;
        case FSM_REL1XX_UAC_A_SEND_PRACK:
            send_prack(c, f, f->rseq, fsip_msg_cseq(resp)->seq, false);
            break;
        default: break;
        }
    }
    return to_tu;
}

/* Our PRACK `req` (with an offer) failed: a UAS may hold its 1xx
 * unacknowledged (fsip's does after 491 / 500), so a PRACK without the
 * offer goes, if that 1xx is still the last in-order one. */
static void prack_rejected(fsip_call *c, struct dlg *f, const fsip_msg *req)
{
    const fsip_hdr *h = hdr(req, FSIP_HDR_RACK);  /* (parsed when it was added) */
    if (!h || h->p.rack->rseq != f->rseq) return; /* a later 1xx's PRACK went since */
    const struct fsm_rel1xx_uac_row *row;
    if (!rel_uac_row(c, f, FSM_REL1XX_UAC_EV_PRACK_REJECTED, &row)) return;
    for (int i = 0; i < row->n_actions; i++)
        if (row->actions[i] == FSM_REL1XX_UAC_A_SEND_PRACK)
            send_prack(c, f, h->p.rack->rseq, h->p.rack->cseq, true);
}

void fsip__rel_uac_final(fsip_call *c)
{
    const struct fsm_rel1xx_uac_row *row; /* (no actions) */
    for (uint32_t i = 0; i < c->n_forks; i++)
        rel_uac_row(c, &c->forks[i], FSM_REL1XX_UAC_EV_FINAL_RESPONSE, &row);
}

int fsip_call_prack_offer(fsip_call *c, const char *content_type, const void *body, size_t len)
{
    if (c && c->ua->closing) return FSIP_EINVAL; /* fsip_ua_free() runs */
    if (!c || !body || !len || !fsip__in_rel_1xx(c)) return FSIP_EINVAL;
    struct dlg *d = &c->forks[c->last_fork]; /* the reliable 1xx's early dialog */
    /* An offer in the 1xx takes an answer in the PRACK, not a new offer
     * (fsip_call_set_answer). */
    if (d->oa == FSM_OFFER_ANSWER_REMOTE_1XX || c->ack_body) return FSIP_EINVAL;
    /* offer_answer refuses it while any offer is unanswered (RFC 3261
     * §13.2.1) or before a reliable 1xx answered (guard rel_sdp, RFC 3262
     * §5); once it goes, every other offer is refused or rejected until
     * the PRACK's response. */
    if (fsip__oa_would_on(c, d, FSM_OFFER_ANSWER_EV_TX_PRACK) < 0) return FSIP_EINVAL;
    int rc = fsip__keep_ack_body(c, d, content_type, body, len); /* for this dialog's PRACK */
    if (rc < 0) return rc;
    fsip__oa_on(c, d, FSM_OFFER_ANSWER_EV_TX_PRACK); /* stable -> local_prack */
    return 0;
}

bool fsip__rel_prack_outcome(fsip_call *c, fsip_txn *t, const fsip_msg *resp)
{
    const fsip_msg *req = fsip_txn_request(t);
    if (!req || fsip_msg_cseq(req)->method != FSIP_METHOD_PRACK) return false;
    struct dlg *d = fsip__dlg_of(c, fsip_msg_to(req)->tag);
    uint32_t seq = fsip_msg_cseq(req)->seq;
    if (!d || !d->prack_cseq || d->prack_cseq != seq) return false;
    int st = resp ? fsip_msg_status(resp) : 408;
    if (st < 200) return true;
    if (d->oa != FSM_OFFER_ANSWER_LOCAL_PRACK) { /* the dialog closed meanwhile */
        d->prack_cseq = 0;
        return true;
    }
    if (st == 401 || st == 407) {
        /* RFC 3261 §22.2: the same PRACK (and offer) again with
         * credentials, under a new CSeq. */
        fsip_txn *nt = fsip__auth_resend(c, t, resp);
        if (nt) {
            d->prack_cseq = fsip_msg_cseq(fsip_txn_request(nt))->seq;
            return true;
        }
    }
    /* RFC 3262 §5: the answer is in the PRACK's 2xx. A 2xx without one
     * answers nothing: the offer is withdrawn like a rejected one, and the
     * session stays as it was (RFC 6337 §2.2). */
    bool answered = st < 300 && fsip_msg_body(resp).len;
    prack_offer_over(c, d, req, resp,
                     answered ? FSM_OFFER_ANSWER_EV_RX_PRACK_2XX
                              : FSM_OFFER_ANSWER_EV_PRACK_FAILED);
    /* A rejected PRACK acknowledged nothing (481: there is nothing to). */
    if (resp && st >= 300 && st != 481 && !c->ended) prack_rejected(c, d, req);
    return true;
}

void fsip__rel_fork_gone(fsip_call *c, struct dlg *f)
{
    if (!f->prack_cseq) return;
    f->prack_cseq = 0;
    if (f->oa != FSM_OFFER_ANSWER_LOCAL_PRACK) return;
    fsip__oa_on(c, f, FSM_OFFER_ANSWER_EV_DIALOG_ENDED);
    fsip__call_queue(c, FSIP_CALL_EV_UPDATE_FAILED, NULL);
}
