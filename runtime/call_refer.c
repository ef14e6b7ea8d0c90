/* Call transfer: REFER (RFC 3515) and the implicit subscription it creates
 * (RFC 6665), both sides, in the dialog of a call.
 *
 * Transferor: fsip_call_transfer() sends REFER; fsm/refer_sub.fsm takes its
 * response and the NOTIFYs (message/sipfrag, RFC 3420) and says what the
 * application hears. Transferee: a REFER raises REFERRED; accepted, it runs
 * fsm/refer_notify.fsm, which answers 202, places the referred call and
 * NOTIFYs its progress, one NOTIFY at a time.
 *
 * Each subscription is a usage of the call's dialog (RFC 5057 §4): it holds
 * a reference on the call, tells the dialog machine when it begins and
 * ends, and keeps the dialog reachable after a BYE (call.c: in_dialog) until
 * it ends. Every one has a timer path to its end (Timer N, its expiry) and
 * ends with its dialog. This file sorts messages into the machines' events
 * and carries out their actions; the machines decide. */
#include <stdio.h>
#include <stdlib.h>

#include "call_internal.h"
#include "uri.h"

#define XFER_QUEUE 4

struct xfer_note {
    fsip_xfer_event ev;
    const fsip_msg *msg;
};

struct fsip_xfer {
    fsip_ua *ua;
    fsip_call *c; /* the dialog's call (a reference) */
    fsip_xfer *next;
    bool transferor;
    bool linked;    /* in c->xfers */
    bool told_done; /* DONE delivered: the application's handle is gone */
    bool in_row;
    bool no_sub, bye_on_success;
    bool call_final;   /* transferee: the referred call has its final status */
    bool rejected;     /* transferee: the application rejected the REFER */
    uint8_t state;     /* enum fsm_refer_sub_state / fsm_refer_notify_state */
    uint32_t id;       /* the REFER's CSeq number (RFC 3515 §2.4.6) */
    char *target;      /* Refer-To URI */
    char *replaces;    /* transferee: the Replaces of the Refer-To URI, unescaped */
    char *referred_by; /* Referred-By (RFC 3892) */
    fsip_txn *refer;   /* transferor: our REFER */
    fsip_txn *notify;  /* transferee: the NOTIFY outstanding */
    fsip_txn *cur;     /* the request the row answers (NOTIFY / REFER) */
    int status;        /* latest sipfrag / referred-call status */
    char reason[48];   /* transferee: the reason phrase of that response */
    fsip_xfer_result result;
    uint32_t expires_ms; /* the subscription's lifetime */
    uint64_t expires_at; /* transferee: when it ends */
    int reject_status;
    char reject_reason[48];
    char *offer_type, *offer_body;
    size_t offer_len;
    fsip_call *newc; /* transferee: the referred call */
    int q[XFER_QUEUE];
    uint32_t nq;
    struct xfer_note notes[XFER_QUEUE];
    uint32_t n_notes;
    struct fsip_timer timers[2]; /* refer_sub: n, expires; refer_notify: expires */
    void *user;
};

_Static_assert(FSM_REFER_SUB_N_TIMERS <= 2 && FSM_REFER_NOTIFY_N_TIMERS <= 2,
               "a refer machine has more timers than an xfer holds");

static void xfer_step(fsip_xfer *x, int ev, const fsip_msg *msg);

/* ----------------------------------------------------------- names */

const char *fsip_xfer_event_name(fsip_xfer_event ev)
{
    static const char *const n[] = {"ACCEPTED", "PROGRESS", "DONE", "REFERRED"};
    return (unsigned)ev < sizeof n / sizeof n[0] ? n[ev] : "?";
}

const char *fsip_xfer_result_name(fsip_xfer_result r)
{
    static const char *const n[] = {"ok",      "refer-failed", "target-failed", "no-result",
                                    "timeout", "no-sub",       "dialog-gone"};
    return (unsigned)r < sizeof n / sizeof n[0] ? n[r] : "?";
}

/* ------------------------------------------------------- lifecycle */

static void xfer_timer_fire(struct fsip_timer *tm)
{
    fsip_xfer *x = tm->owner;
    if (!x->transferor && !x->call_final) x->result = FSIP_XFER_TIMEOUT;
    int ev = x->transferor ? (int)fsm_refer_sub_timers[tm->slot].event
                           : (int)fsm_refer_notify_timers[tm->slot].event;
    xfer_step(x, ev, NULL);
}

static uint32_t n_timers(bool transferor)
{
    return transferor ? FSM_REFER_SUB_N_TIMERS : FSM_REFER_NOTIFY_N_TIMERS;
}

static fsip_xfer *xfer_new(fsip_call *c, bool transferor)
{
    fsip_ua *ua = c->ua;
    fsip_xfer *x = xalloc(ua, sizeof(*x));
    if (!x) return NULL;
    memset(x, 0, sizeof(*x));
    if (fsip__tu_timers_reserve(ua->s, n_timers(transferor)) < 0) {
        xfree(ua, x);
        return NULL;
    }
    x->ua = ua;
    x->c = c;
    x->transferor = transferor;
    x->state = transferor ? FSM_REFER_SUB_INITIAL : FSM_REFER_NOTIFY_INITIAL;
    x->result = FSIP_XFER_NO_RESULT;
    fsip__tu_timers_init(x->timers, n_timers(transferor), x, xfer_timer_fire);
    return x;
}

/* The subscription is a usage of the dialog from here on (RFC 5057 §4). */
static void xfer_link(fsip_xfer *x)
{
    fsip_call *c = x->c;
    x->next = c->xfers;
    c->xfers = x;
    x->linked = true;
    c->refs++;
    fsip__dlg_usage(c, true);
}

static void xfer_free(fsip_xfer *x)
{
    fsip_ua *ua = x->ua;
    for (uint32_t i = 0; i < n_timers(x->transferor); i++)
        fsip__tu_timer_stop(ua->s, &x->timers[i]);
    fsip__tu_timers_release(ua->s, n_timers(x->transferor));
    if (x->newc && x->newc->referred_by == x) x->newc->referred_by = NULL;
    xfree(ua, x->target);
    xfree(ua, x->replaces);
    xfree(ua, x->referred_by);
    xfree(ua, x->offer_type);
    xfree(ua, x->offer_body);
    xfree(ua, x);
}

/* The machine reached `terminated`: the usage ends; the dialog goes with
 * its last usage (RFC 5057 §4). */
static void xfer_unlink(fsip_xfer *x)
{
    fsip_call *c = x->c;
    if (!x->linked) return;
    x->linked = false;
    for (fsip_xfer **p = &c->xfers; *p; p = &(*p)->next)
        if (*p == x) {
            *p = x->next;
            break;
        }
    fsip__dlg_usage(c, false);
    fsip__call_dialog_gone(c);
}

static void note(fsip_xfer *x, fsip_xfer_event ev, const fsip_msg *msg)
{
    if (x->told_done) return;
    if (ev == FSIP_XFER_EV_DONE) x->told_done = true;
    if (x->n_notes < XFER_QUEUE) x->notes[x->n_notes++] = (struct xfer_note){ev, msg};
}

static void deliver(fsip_xfer *x)
{
    struct xfer_note n[XFER_QUEUE];
    uint32_t k = x->n_notes;
    memcpy(n, x->notes, k * sizeof n[0]);
    x->n_notes = 0;
    /* While fsip_ua_free() runs, only DONE is told. */
    for (uint32_t i = 0; i < k; i++)
        if (x->ua->on_xfer && (!x->ua->closing || n[i].ev == FSIP_XFER_EV_DONE))
            x->ua->on_xfer(x, n[i].ev, n[i].msg, x->ua->xfer_arg);
}

/* ------------------------------------------------------ timers */

static void timer_op(fsip_xfer *x, const struct fsm_action_info *ai)
{
    fsip_ua *ua = x->ua;
    struct fsip_timer *tm = &x->timers[ai->timer];
    if (ai->op == FSM_OP_STOP) {
        fsip__tu_timer_stop(ua->s, tm);
        return;
    }
    uint64_t ms;
    bool n = x->transferor && ai->timer == FSM_REFER_SUB_TIMER_N;
    if (n) {
        const struct fsm_timebase tb = {ua->s->cfg.t1_ms, ua->s->cfg.t2_ms, ua->s->cfg.t4_ms};
        ms = fsm_timer_first_ms(&fsm_refer_sub_timers[FSM_REFER_SUB_TIMER_N], 0, &tb);
    } else {
        ms = x->expires_ms; /* runtime supplied */
    }
    tm->interval = ms;
    fsip__tu_timer_start(ua->s, tm, ua->s->now + ms);
    if (!n) x->expires_at = ua->s->now + ms;
}

/* ------------------------------------------------- the transferor */

static void answer(fsip_xfer *x, int status)
{
    if (x->cur && !fsip__txn_answered(x->cur))
        fsip_txn_respond_status(x->cur, status, NULL, x->ua->s->now);
}

/* The transfer's outcome: DONE with it. */
static void done(fsip_xfer *x, fsip_xfer_result r, const fsip_msg *msg)
{
    x->result = r;
    note(x, FSIP_XFER_EV_DONE, msg);
}

static void sub_action(fsip_xfer *x, int a, const fsip_msg *msg)
{
    const struct fsm_action_info *ai = &fsm_refer_sub_actions[a];
    if (ai->op != FSM_OP_DO) {
        timer_op(x, ai);
        return;
    }
    switch ((enum fsm_refer_sub_action)a) {
    case FSM_REFER_SUB_A_REPLY_200: answer(x, 200); break; /* RFC 6665 §4.1.3 */
    case FSM_REFER_SUB_A_TO_APP_ACCEPTED: note(x, FSIP_XFER_EV_ACCEPTED, msg); break;
    case FSM_REFER_SUB_A_TO_APP_PROGRESS: note(x, FSIP_XFER_EV_PROGRESS, msg); break;
    case FSM_REFER_SUB_A_TO_APP_RESULT:
        done(x, x->status < 300 ? FSIP_XFER_OK : FSIP_XFER_TARGET_FAILED, msg);
        break;
    case FSM_REFER_SUB_A_TO_APP_NO_RESULT: done(x, FSIP_XFER_NO_RESULT, msg); break;
    case FSM_REFER_SUB_A_TO_APP_REFER_FAILED: done(x, FSIP_XFER_REFER_FAILED, msg); break;
    case FSM_REFER_SUB_A_TO_APP_NO_SUB: done(x, FSIP_XFER_NO_SUB, msg); break;
    case FSM_REFER_SUB_A_TO_APP_TIMEOUT: done(x, FSIP_XFER_TIMEOUT, msg); break;
    case FSM_REFER_SUB_A_TO_APP_GONE: done(x, FSIP_XFER_DIALOG_GONE, msg); break;
    default: break;
    }
}

/* ------------------------------------------------- the transferee */

/* Our From for the referred call: our identity in the referring dialog
 * without its tag (RFC 3261 §8.1.1.3: a new dialog, a new tag). */
static char *from_of(fsip_call *c)
{
    const char *v = c->local_hdr;
    const char *tag = v ? strstr(v, ";tag=") : NULL;
    return v ? xstrndup(c->ua, v, tag ? (size_t)(tag - v) : strlen(v)) : NULL;
}

static void start_call(fsip_xfer *x)
{
    fsip_call *c = x->c;
    fsip_ua *ua = x->ua;
    char hdrs[2048];
    size_t n = 0;
    hdrs[0] = 0;
    /* RFC 3892 §3: the referred request carries the REFER's Referred-By;
     * RFC 3891 §4: and the Replaces of the Refer-To URI. */
    if (x->referred_by)
        n += (size_t)snprintf(hdrs + n, sizeof hdrs - n, "Referred-By: %s\r\n", x->referred_by);
    if (x->replaces && n < sizeof hdrs)
        snprintf(hdrs + n, sizeof hdrs - n, "Replaces: %s\r\n", x->replaces);
    char *from = from_of(c);
    fsip_call_params p = {0};
    p.target = x->target;
    p.from = from;
    /* A new dialog: the referring dialog's connection only when the URI
     * names exactly its peer (on one host, the target's listener is not
     * the transferor's connection). */
    fsip__uri_flow(c, x->target, strlen(x->target), false, &p.dest);
    if (x->offer_body) {
        p.content_type = x->offer_type;
        p.body = x->offer_body;
        p.body_len = x->offer_len;
    } else if (c->body) {
        p.content_type = c->body_type;
        p.body = c->body;
        p.body_len = c->body_len;
    }
    p.headers = hdrs[0] ? hdrs : NULL;
    fsip_call *nc = NULL;
    int rc = from ? fsip_call_invite(ua, &p, &nc) : FSIP_ENOMEM;
    xfree(ua, from);
    if (rc < 0 || !nc) {
        /* Nothing to follow: the subscription reports the failure. */
        fsip__log(ua->s, FSIP_LOG_WARN, "call %s: referred call to %s not placed (%d)", c->call_id,
                  x->target, rc);
        x->status = rc == FSIP_ELIMIT ? 503 : 500;
        x->call_final = true;
        x->result = FSIP_XFER_TARGET_FAILED;
        if (x->nq < XFER_QUEUE) x->q[x->nq++] = FSM_REFER_NOTIFY_EV_CALL_FINAL;
        return;
    }
    /* Its events reach us through call.c from now on. */
    nc->referred_by = x;
    x->newc = nc;
}

static void send_notify(fsip_xfer *x, bool final)
{
    fsip_call *c = x->c;
    fsip_ua *ua = x->ua;
    fsip_msg *m = fsip__dlg_request(c, &c->d, "NOTIFY", 0);
    if (!m) goto fail;
    char v[256], ct[256], body[128];
    snprintf(v, sizeof v, "refer;id=%u", (unsigned)x->id); /* RFC 3515 §2.4.6 */
    fsip_msg_hdr_add(m, "Event", v);
    if (final) {
        /* RFC 3515 §2.4.7: terminated once the final status is known;
         * RFC 6665 §4.2.2: reason timeout when it expired first. */
        snprintf(v, sizeof v, "terminated;reason=%s", x->call_final ? "noresource" : "timeout");
    } else {
        uint64_t left = x->expires_at > ua->s->now ? (x->expires_at - ua->s->now + 999) / 1000 : 0;
        snprintf(v, sizeof v, "active;expires=%llu", (unsigned long long)left);
    }
    fsip_msg_hdr_add(m, "Subscription-State", v);
    fsip__contact_of(c, ct, sizeof ct); /* NOTIFY is a target refresh (RFC 6665 §4.1.3) */
    fsip__ua_hdr_add(c->ua, m, "Contact", ct);
    int st = x->status ? x->status : 100;
    int len = snprintf(body, sizeof body, "SIP/2.0 %d %s\r\n", st,
                       x->reason[0] && st == x->status ? x->reason : fsip_status_phrase(st));
    fsip_msg_set_body(m, "message/sipfrag;version=2.0", body, (size_t)len);
    x->notify = fsip__call_send(c, m);
    if (x->notify) return;
fail:
    /* Not sent: as a NOTIFY that failed, the subscription is gone. */
    if (x->nq < XFER_QUEUE) x->q[x->nq++] = FSM_REFER_NOTIFY_EV_NOTIFY_GONE;
}

static void notify_action(fsip_xfer *x, int a, const fsip_msg *msg)
{
    const struct fsm_action_info *ai = &fsm_refer_notify_actions[a];
    if (ai->op != FSM_OP_DO) {
        timer_op(x, ai);
        return;
    }
    fsip_ua *ua = x->ua;
    switch ((enum fsm_refer_notify_action)a) {
    case FSM_REFER_NOTIFY_A_REPLY_202:
        if (x->cur) {
            fsip_msg *r = fsip_txn_new_response(x->cur, 202, NULL);
            if (r) {
                char ct[256];
                fsip__contact_of(x->c, ct, sizeof ct);
                fsip__ua_hdr_add(ua, r, "Contact", ct);
                if (x->no_sub) fsip_msg_hdr_add(r, "Refer-Sub", "false"); /* RFC 4488 §4 */
                fsip_txn_respond(x->cur, r, ua->s->now);
                fsip_msg_free(r);
            }
        }
        break;
    case FSM_REFER_NOTIFY_A_REPLY_REJECT:
        if (x->cur)
            fsip__call_respond(x->c, x->cur, x->reject_status,
                               x->reject_reason[0] ? x->reject_reason : NULL);
        break;
    case FSM_REFER_NOTIFY_A_START_CALL: start_call(x); break;
    case FSM_REFER_NOTIFY_A_SEND_NOTIFY: send_notify(x, false); break;
    case FSM_REFER_NOTIFY_A_SEND_FINAL: send_notify(x, true); break;
    case FSM_REFER_NOTIFY_A_TO_APP_DONE: note(x, FSIP_XFER_EV_DONE, msg); break;
    default: break;
    }
}

/* ------------------------------------------------------- the rows */

static void xfer_step(fsip_xfer *x, int ev, const fsip_msg *msg)
{
    if (x->in_row) {
        if (x->nq < XFER_QUEUE) x->q[x->nq++] = ev;
        return;
    }
    fsip_ua *ua = x->ua;
    fsip_call *c = x->c;
    c->refs++;
    for (;;) {
        int kind, next, n;
        const uint8_t *acts;
        const char *mname;
        int index;
        if (x->transferor) {
            const struct fsm_refer_sub_row *r = fsm_refer_sub_step(x->state, ev, 0);
            if (!r) break;
            kind = r->kind, next = r->next, n = r->n_actions, acts = r->actions;
            index = (int)(r - fsm_refer_sub_rows);
            mname = "refer_sub";
        } else {
            const struct fsm_refer_notify_row *r = fsm_refer_notify_step(x->state, ev, 0);
            if (!r) break;
            kind = r->kind, next = r->next, n = r->n_actions, acts = r->actions;
            index = (int)(r - fsm_refer_notify_rows);
            mname = "refer_notify";
        }
        fsip__ua_row(ua, mname, index);
        if (kind == FSM_ERROR) {
            fsip__spec_error(ua, c->call_id, mname,
                             x->transferor ? fsm_refer_sub_event_names[ev]
                                           : fsm_refer_notify_event_names[ev],
                             x->transferor ? fsm_refer_sub_state_names[x->state]
                                           : fsm_refer_notify_state_names[x->state]);
        } else if (kind == FSM_GO) {
            x->in_row = true;
            x->state = (uint8_t)next;
            for (int i = 0; i < n; i++)
                if (x->transferor)
                    sub_action(x, acts[i], msg);
                else
                    notify_action(x, acts[i], msg);
            x->in_row = false;
        }
        msg = NULL;
        if (!x->nq) break;
        ev = x->q[0];
        memmove(x->q, x->q + 1, --x->nq * sizeof x->q[0]);
    }
    bool final =
        x->transferor ? fsm_refer_sub_is_final[x->state] : fsm_refer_notify_is_final[x->state];
    bool ok = x->transferor && x->told_done && x->result == FSIP_XFER_OK && x->bye_on_success;
    if (final) xfer_unlink(x);
    deliver(x);
    if (ok && !c->ended) {
        x->bye_on_success = false;
        fsip_call_hangup(c); /* the blind-transfer policy the application chose */
    }
    if (final) {
        xfer_free(x);
        fsip__call_unref(c); /* the usage's reference */
    }
    fsip__call_unref(c);
}

/* ------------------------------------------------- messages in */

void fsip__xfer_refer(fsip_call *c, fsip_txn *t, const fsip_msg *req)
{
    fsip_ua *ua = c->ua;
    if (c->ended || c->done) { /* the INVITE usage is over (RFC 5057 §5.1) */
        ua->st.rej_481++;
        fsip__call_respond(c, t, 481, NULL);
        return;
    }
    /* RFC 3515 §2.4.1: exactly one Refer-To, else 400. */
    const fsip_hdr *rt = hdr(req, FSIP_HDR_REFER_TO);
    if (!rt || fsip_msg_hdr_next(req, rt)) {
        fsip__call_respond(c, t, 400, rt ? "Several Refer-To" : "Missing Refer-To");
        return;
    }
    const fsip_uri *u = &rt->p.addr->uri;
    if (u->scheme != FSIP_URI_SIP && u->scheme != FSIP_URI_SIPS) {
        fsip__call_respond(c, t, 416, NULL); /* RFC 3261 §8.2.2.1 */
        return;
    }
    if (!ua->on_xfer) {
        fsip__call_respond(c, t, 603, NULL); /* nobody to ask (RFC 3515 §2.4.2) */
        return;
    }
    fsip_xfer *x = xfer_new(c, false);
    if (!x) {
        fsip__call_respond(c, t, 500, NULL);
        return;
    }
    /* The target without its ?headers; Replaces kept apart (RFC 3891 §4). */
    fsip_str raw = u->raw;
    const char *q = memchr(raw.ptr, '?', raw.len);
    x->target = xstrndup(ua, raw.ptr, q ? (size_t)(q - raw.ptr) : raw.len);
    /* RFC 3891 §4: the Replaces the target must see, parsed by the
     * message parser's own grammar and written again by the one builder:
     * the new INVITE carries exactly a Replaces value, never other text
     * the escaped URI header could hold (CR LF and another header). */
    char *buf = xalloc(ua, raw.len + 1);
    fsip_replaces rp;
    int found = buf ? fsip_refer_to_replaces(u, buf, raw.len + 1, &rp) : FSIP_ENOMEM;
    if (found == 1) {
        char cid[256], tt[128], ft[128], v[640];
        if (rp.call_id.len >= sizeof cid || rp.to_tag.len >= sizeof tt ||
            rp.from_tag.len >= sizeof ft)
            rp.call_id.len = 0; /* too long to carry: refused below */
        snprintf(cid, sizeof cid, "%.*s", (int)rp.call_id.len, rp.call_id.ptr);
        snprintf(tt, sizeof tt, "%.*s", (int)rp.to_tag.len, rp.to_tag.ptr);
        snprintf(ft, sizeof ft, "%.*s", (int)rp.from_tag.len, rp.from_tag.ptr);
        found = rp.call_id.len ? fsip_replaces_format(v, sizeof v, cid, tt, ft, rp.early_only)
                               : FSIP_EINVAL;
        if (found > 0 && !(x->replaces = xstrndup(ua, v, (size_t)found))) found = FSIP_ENOMEM;
    }
    xfree(ua, buf);
    if (found < 0) {
        xfer_free(x);
        if (found == FSIP_ENOMEM)
            fsip__call_respond(c, t, 500, NULL);
        else
            fsip__call_respond(c, t, 400, "Bad Replaces In Refer-To");
        return;
    }
    const fsip_hdr *rb = hdr(req, FSIP_HDR_REFERRED_BY);
    if (rb) x->referred_by = xstr(ua, rb->value);
    const fsip_hdr *rs = hdr(req, FSIP_HDR_REFER_SUB);
    x->no_sub = rs && !rs->p.refer_sub->value; /* RFC 4488 §4: honoured */
    x->id = fsip_msg_cseq(req)->seq;
    x->expires_ms = ua->cfg.refer_expires_s * 1000;
    if (!x->target || (rb && !x->referred_by)) {
        xfer_free(x);
        fsip__call_respond(c, t, 500, NULL);
        return;
    }
    xfer_link(x);
    x->cur = t;
    c->refs++;
    /* The application decides inside the callback (accepted unless it
     * calls fsip_xfer_reject()). */
    x->in_row = true; /* its calls queue rather than run */
    ua->on_xfer(x, FSIP_XFER_EV_REFERRED, req, ua->xfer_arg);
    x->in_row = false;
    x->nq = 0;
    int ev = x->rejected ? FSM_REFER_NOTIFY_EV_APP_REJECT
             : x->no_sub ? FSM_REFER_NOTIFY_EV_APP_ACCEPT_NOSUB
                         : FSM_REFER_NOTIFY_EV_APP_ACCEPT;
    if (x->rejected) x->result = FSIP_XFER_REFER_FAILED, x->status = x->reject_status;
    if (ev == FSM_REFER_NOTIFY_EV_APP_ACCEPT_NOSUB) x->result = FSIP_XFER_NO_SUB;
    xfer_step(x, ev, req);
    fsip__call_unref(c);
}

/* RFC 3515 §2.4.6: a NOTIFY names its REFER by id=<CSeq>; without an id it
 * is the first REFER's (the only one, in practice). */
static fsip_xfer *sub_of(fsip_call *c, const fsip_event *e)
{
    fsip_xfer *first = NULL;
    uint32_t id = 0;
    bool has_id = e->id.len > 0;
    if (has_id && !fsip__parse_u32(e->id.ptr, e->id.len, UINT32_MAX, &id)) return NULL;
    for (fsip_xfer *x = c->xfers; x; x = x->next) {
        if (!x->transferor) continue;
        if (has_id && x->id == id) return x;
        if (!first || x->id < first->id) first = x;
    }
    return has_id ? NULL : first;
}

void fsip__xfer_notify(fsip_call *c, fsip_txn *t, const fsip_msg *req)
{
    fsip_ua *ua = c->ua;
    const fsip_hdr *eh = hdr(req, FSIP_HDR_EVENT);
    if (!eh) {
        fsip__call_respond(c, t, 400, "Missing Event"); /* RFC 6665 §8.2.1 */
        return;
    }
    if (!fsip_str_caseeq(eh->p.event->package, "refer")) {
        fsip__call_respond_hdr(c, t, 489, NULL, "Allow-Events", "refer"); /* RFC 6665 §4.1.3 */
        return;
    }
    fsip_xfer *x = sub_of(c, eh->p.event);
    if (!x) {
        ua->st.rej_481++;
        fsip__call_respond(c, t, 481, NULL); /* RFC 6665 §4.1.3 */
        return;
    }
    const fsip_hdr *sh = hdr(req, FSIP_HDR_SUBSCRIPTION_STATE);
    if (!sh) {
        fsip__call_respond(c, t, 400, "Missing Subscription-State"); /* RFC 6665 §8.2.3 */
        return;
    }
    const fsip_substate *ss = sh->p.substate;
    bool term = fsip_str_caseeq(ss->state, "terminated");
    if (!term && !fsip_str_caseeq(ss->state, "active") && !fsip_str_caseeq(ss->state, "pending")) {
        fsip__call_respond(c, t, 400, "Bad Subscription-State");
        return;
    }
    /* RFC 3515 §2.4.5: the body is a message/sipfrag starting with a
     * Status-Line; only a terminating NOTIFY may come without one. */
    fsip_str body = fsip_msg_body(req);
    int status = 0;
    if (body.len) {
        const fsip_hdr *ct = hdr(req, FSIP_HDR_CONTENT_TYPE);
        if (!ct || !fsip_str_caseeq(ct->p.media->type, "message") ||
            !fsip_str_caseeq(ct->p.media->subtype, "sipfrag")) {
            fsip__call_respond_hdr(c, t, 415, NULL, "Accept", "message/sipfrag");
            return;
        }
        fsip_parse_opts po;
        fsip_parse_opts_init(&po);
        po.alloc = ua->alloc;
        fsip_msg *frag = NULL;
        fsip_parse_result pr;
        int rc = fsip_msg_parse(body.ptr, body.len, FSIP_PARSE_SIPFRAG, &po, &frag, &pr);
        if (rc == 0 && !fsip_msg_is_request(frag)) status = fsip_msg_status(frag);
        fsip_msg_free(frag);
        if (!status) {
            fsip__call_respond(c, t, 400, "Bad sipfrag");
            return;
        }
    } else if (!term) {
        fsip__call_respond(c, t, 400, "Missing sipfrag");
        return;
    }
    int ev = term ? (status >= 200 ? FSM_REFER_SUB_EV_RX_NOTIFY_TERM_FINAL
                                   : FSM_REFER_SUB_EV_RX_NOTIFY_TERM)
                  : (status >= 200 ? FSM_REFER_SUB_EV_RX_NOTIFY_FINAL : FSM_REFER_SUB_EV_RX_NOTIFY);
    /* RFC 6665 §4.1.3: the expires of Subscription-State, when shorter. */
    if (!term && ss->expires >= 0 && (uint64_t)ss->expires * 1000 < x->expires_ms)
        x->expires_ms = (uint32_t)ss->expires * 1000;
    if (x->told_done) status = x->status; /* one outcome per transfer */
    x->status = status ? status : x->status;
    x->cur = t;
    c->refs++; /* the row may end the subscription and the dialog */
    xfer_step(x, ev, req);
    /* A row that absorbed it still owes an answer. */
    if (!fsip__txn_answered(t)) fsip_txn_respond_status(t, 200, NULL, ua->s->now);
    fsip__call_unref(c);
}

/* -------------------------------------------- our requests' outcome */

static fsip_xfer *xfer_of_txn(fsip_call *c, fsip_txn *t)
{
    for (fsip_xfer *x = c->xfers; x; x = x->next)
        if (x->refer == t || x->notify == t) return x;
    return NULL;
}

bool fsip__xfer_response(fsip_call *c, fsip_txn *t, const fsip_msg *resp)
{
    fsip_xfer *x = xfer_of_txn(c, t);
    if (!x) return false;
    int st = fsip_msg_status(resp);
    if (st < 200) return true;
    if (st == 401 || st == 407) {
        /* RFC 3261 §22.2: the REFER or NOTIFY again with credentials; the
         * subscription machines wait for its final response. */
        fsip_txn *nt = fsip__auth_resend(c, t, resp);
        if (nt) {
            if (t == x->refer)
                x->refer = nt;
            else
                x->notify = nt;
            return true;
        }
    }
    if (t == x->refer) {
        x->refer = NULL;
        if (st < 300) {
            /* RFC 4488 §4: Refer-Sub: false in the 2xx means no subscription. */
            const fsip_hdr *rs = hdr(resp, FSIP_HDR_REFER_SUB);
            bool nosub = x->no_sub && rs && !rs->p.refer_sub->value;
            xfer_step(x, nosub ? FSM_REFER_SUB_EV_RX_2XX_NOSUB : FSM_REFER_SUB_EV_RX_2XX, resp);
        } else {
            x->status = st;
            xfer_step(x, FSM_REFER_SUB_EV_RX_FAILURE, resp);
        }
        return true;
    }
    x->notify = NULL;
    /* RFC 6665 §4.2.2: a NOTIFY that fails (481, or a failure without
     * Retry-After) removes the subscription. */
    bool gone = st == 481 || (st >= 300 && !hdr(resp, FSIP_HDR_RETRY_AFTER));
    xfer_step(x, gone ? FSM_REFER_NOTIFY_EV_NOTIFY_GONE : FSM_REFER_NOTIFY_EV_NOTIFY_DONE, resp);
    return true;
}

bool fsip__xfer_txn_failed(fsip_call *c, fsip_txn *t, bool timeout)
{
    fsip_xfer *x = xfer_of_txn(c, t);
    if (!x) return false;
    if (t == x->refer) {
        x->refer = NULL;
        x->status = timeout ? 408 : 503; /* RFC 3261 §8.1.3.1 */
        xfer_step(x, FSM_REFER_SUB_EV_RX_FAILURE, NULL);
        return true;
    }
    x->notify = NULL;
    /* The result stays: the referred call's, TIMEOUT, or NO_RESULT. */
    xfer_step(x, FSM_REFER_NOTIFY_EV_NOTIFY_GONE, NULL); /* RFC 6665 §4.2.2 */
    return true;
}

void fsip__xfer_txn_gone(fsip_call *c, fsip_txn *t)
{
    fsip_xfer *x = xfer_of_txn(c, t);
    if (!x) return;
    /* Ended without a final response or failure event: as a timeout. */
    fsip__xfer_txn_failed(c, t, true);
}

void fsip__xfer_dialog_ended(fsip_call *c)
{
    while (c->xfers) {
        fsip_xfer *x = c->xfers;
        if (!x->transferor && !x->call_final) x->result = FSIP_XFER_DIALOG_GONE;
        int ev = x->transferor ? FSM_REFER_SUB_EV_DIALOG_ENDED : FSM_REFER_NOTIFY_EV_DIALOG_ENDED;
        if (c->ua->closing) {
            /* fsip_ua_free: the application hears DONE, nothing is sent. */
            xfer_unlink(x);
            done(x, FSIP_XFER_DIALOG_GONE, NULL);
            deliver(x);
            xfer_free(x);
            c->refs--;
            continue;
        }
        xfer_step(x, ev, NULL);
        if (c->xfers == x) { /* not ended by the row: cannot happen, but never loop */
            xfer_unlink(x);
            xfer_free(x);
            fsip__call_unref(c);
        }
    }
}

/* The status and phrase of a response of the referred call, for the
 * sipfrag (RFC 3515 §2.4.5: the Status-Line as received). */
static void take_status(fsip_xfer *x, const fsip_msg *resp, int fallback)
{
    x->reason[0] = 0;
    if (!resp || fsip_msg_is_request(resp) ||
        (fallback >= 300 && fsip_msg_status(resp) != fallback)) {
        x->status = fallback;
        return;
    }
    x->status = fsip_msg_status(resp);
    fsip_str r = fsip_msg_reason(resp);
    size_t n = r.len < sizeof x->reason - 1 ? r.len : sizeof x->reason - 1;
    for (size_t i = 0; i < n; i++) /* a phrase is text; keep it to one line */
        x->reason[i] = r.ptr[i] == '\r' || r.ptr[i] == '\n' ? ' ' : r.ptr[i];
    x->reason[n] = 0;
}

/* The referred call's events become the subscription's (transferee). */
void fsip__xfer_call_event(fsip_call *nc, fsip_call_event ev, const fsip_msg *msg)
{
    fsip_xfer *x = nc->referred_by;
    if (!x) return;
    switch (ev) {
    case FSIP_CALL_EV_PROGRESS:
        take_status(x, msg, 180);
        xfer_step(x, FSM_REFER_NOTIFY_EV_CALL_PROGRESS, msg);
        break;
    case FSIP_CALL_EV_ANSWERED:
        take_status(x, msg, 200);
        x->call_final = true;
        x->result = FSIP_XFER_OK;
        xfer_step(x, FSM_REFER_NOTIFY_EV_CALL_FINAL, msg);
        break;
    case FSIP_CALL_EV_ENDED:
        nc->referred_by = NULL;
        x->newc = NULL;
        if (!x->call_final) {
            int st = fsip_call_end_status(nc);
            take_status(x, msg,
                        st >= 300                                      ? st
                        : fsip_call_end_reason(nc) == FSIP_END_TIMEOUT ? 408
                                                                       : 487);
            x->call_final = true;
            x->result = FSIP_XFER_TARGET_FAILED;
            xfer_step(x, FSM_REFER_NOTIFY_EV_CALL_FINAL, msg);
        }
        break;
    default: break;
    }
}

/* ----------------------------------------------------------- the API */

void fsip_ua_set_transfer_handler(fsip_ua *ua, fsip_xfer_handler on_transfer, void *arg)
{
    ua->on_xfer = on_transfer;
    ua->xfer_arg = arg;
}

void fsip_transfer_opts_init(fsip_transfer_opts *o)
{
    memset(o, 0, sizeof(*o));
    o->expires_s = XFER_EXPIRES_S;
}

static int send_refer(fsip_call *c, const char *refer_to, const fsip_transfer_opts *opts,
                      fsip_xfer **out)
{
    fsip_ua *ua = c->ua;
    if (out) *out = NULL;
    if (!ua->on_xfer || ua->closing || c->done || c->ended ||
        fsip_call_get_state(c) != FSIP_CALL_CONFIRMED)
        return FSIP_EINVAL;
    fsip_transfer_opts def;
    if (!opts) {
        fsip_transfer_opts_init(&def);
        opts = &def;
    }
    fsip_xfer *x = xfer_new(c, true);
    if (!x) return FSIP_ENOMEM;
    x->no_sub = opts->no_sub;
    x->bye_on_success = opts->bye_on_success;
    x->expires_ms = (opts->expires_s ? opts->expires_s : XFER_EXPIRES_S) * 1000;
    x->user = opts->user;
    x->target = xstrndup(ua, refer_to, strlen(refer_to));
    fsip_msg *m = x->target ? fsip__dlg_request(c, &c->d, "REFER", 0) : NULL;
    if (!m) {
        xfer_free(x);
        return FSIP_ENOMEM;
    }
    char ct[256];
    int rc = fsip_msg_hdr_add(m, "Refer-To", refer_to);
    if (rc == 0 && opts->referred_by) rc = fsip_msg_hdr_add(m, "Referred-By", opts->referred_by);
    fsip__contact_of(c, ct, sizeof ct);
    if (rc == 0) rc = fsip__ua_hdr_add(c->ua, m, "Contact", ct); /* RFC 3515 §2.4.1 */
    if (rc == 0 && opts->no_sub) rc = fsip_msg_hdr_add(m, "Refer-Sub", "false"); /* RFC 4488 §4 */
    if (rc == 0 && opts->no_sub) rc = fsip__ua_hdr_add(c->ua, m, "Supported", "norefersub");
    if (rc < 0) {
        fsip_msg_free(m);
        xfer_free(x);
        return rc == FSIP_ENOMEM ? rc : FSIP_EINVAL;
    }
    x->id = fsip_msg_cseq(m)->seq;
    x->refer = fsip__call_send(c, m);
    if (!x->refer) {
        xfer_free(x);
        return FSIP_ELIMIT;
    }
    xfer_link(x);
    if (out) *out = x;
    return 0;
}

/* A Refer-To value: a bare URI gets its <>. */
int fsip_call_transfer(fsip_call *c, const char *target, const fsip_transfer_opts *opts,
                       fsip_xfer **out)
{
    if (!c || !target) return FSIP_EINVAL;
    const char *t = target;
    size_t tl = strlen(t);
    if (*t == '<' && tl > 2 && t[tl - 1] == '>') t++, tl -= 2;
    fsip_uri u;
    if (fsip_uri_parse(t, tl, 0, c->ua->alloc, &u, NULL) < 0) return FSIP_EINVAL;
    bool sip = u.scheme == FSIP_URI_SIP || u.scheme == FSIP_URI_SIPS;
    fsip_uri_release(&u, c->ua->alloc);
    if (!sip) return FSIP_EINVAL;
    char buf[2048];
    if (snprintf(buf, sizeof buf, "<%.*s>", (int)tl, t) >= (int)sizeof buf) return FSIP_EINVAL;
    return send_refer(c, buf, opts, out);
}

int fsip_call_transfer_attended(fsip_call *c, fsip_call *consult, const fsip_transfer_opts *opts,
                                fsip_xfer **out)
{
    if (!c || !consult || c == consult) return FSIP_EINVAL;
    if (fsip_call_get_state(consult) != FSIP_CALL_CONFIRMED || !consult->d.target ||
        !consult->d.remote_tag)
        return FSIP_EINVAL;
    /* RFC 3891 §3: the target matches to-tag against its own (our remote)
     * tag and from-tag against ours; RFC 5589 §7: the Refer-To is the
     * target's remote target (Contact), not its To URI. */
    char rep[1024], rt[2048];
    if (fsip_replaces_format(rep, sizeof rep, consult->call_id, consult->d.remote_tag,
                             consult->local_tag, false) < 0 ||
        fsip_refer_to_format(rt, sizeof rt, consult->d.target, rep) < 0)
        return FSIP_EINVAL;
    return send_refer(c, rt, opts, out);
}

int fsip_xfer_reject(fsip_xfer *x, int status, const char *reason)
{
    if (!x || x->transferor || x->state != FSM_REFER_NOTIFY_NEW || status < 400 || status > 699)
        return FSIP_EINVAL;
    x->rejected = true;
    x->reject_status = status;
    snprintf(x->reject_reason, sizeof x->reject_reason, "%s", reason ? reason : "");
    return 0;
}

int fsip_xfer_set_offer(fsip_xfer *x, const char *content_type, const void *body, size_t len)
{
    if (!x || x->transferor || x->state != FSM_REFER_NOTIFY_NEW) return FSIP_EINVAL;
    return fsip__keep_body(x->ua, &x->offer_type, &x->offer_body, &x->offer_len,
                           body && len ? content_type : NULL, body, len);
}

fsip_call *fsip_xfer_call(const fsip_xfer *x)
{
    return x->c->ended ? NULL : x->c;
}

fsip_call *fsip_xfer_call_new(const fsip_xfer *x)
{
    return x->newc;
}

bool fsip_xfer_is_transferor(const fsip_xfer *x)
{
    return x->transferor;
}

const char *fsip_xfer_target(const fsip_xfer *x)
{
    return x->target ? x->target : "";
}

int fsip_xfer_status(const fsip_xfer *x)
{
    return x->status;
}

fsip_xfer_result fsip_xfer_get_result(const fsip_xfer *x)
{
    return x->result;
}

const char *fsip_xfer_state(const fsip_xfer *x)
{
    return x->transferor ? fsm_refer_sub_state_names[x->state]
                         : fsm_refer_notify_state_names[x->state];
}

uint32_t fsip_xfer_id(const fsip_xfer *x)
{
    return x->id;
}

void *fsip_xfer_user(const fsip_xfer *x)
{
    return x->user;
}

void fsip_xfer_set_user(fsip_xfer *x, void *user)
{
    x->user = user;
}
