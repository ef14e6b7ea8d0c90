/* The registration client (include/fsip/register.h): one fsm/register.fsm
 * machine per fsip_reg, its REGISTERs sent on the UA's stack.
 *
 * The UA hands the registrations its client transactions first (struct
 * ua_ext in call_internal.h): a transaction whose user is one of ours is
 * a REGISTER of that registration. Only the latest REGISTER of a
 * registration is followed; an abandoned one loses its user, so what it
 * still receives goes nowhere. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "call_internal.h"
#include "uri.h"
#include "fsip/register.h"
#include "fsm_register.h"

#define REG_QUEUE     4    /* events raised while a row runs */
#define REG_NOTES     4    /* state changes one row can report */
#define REG_MAX_AUTH  3    /* challenges answered in a row (stale nonces) */
#define REG_EXPIRES   3600 /* RFC 3261 §10.2.1.1: the usual default */
#define REG_RETRY_MIN 30   /* RFC 5626 §4.5 base-time when no flow works */
#define REG_RETRY_MAX 1800 /* RFC 5626 §4.5 max-time */

_Static_assert(FSM_REGISTER_N_TIMERS == 2, "a registration holds two timers");

/* The registrations of one UA (ua->ext.arg). */
struct reg_set {
    fsip_reg *head;
    bool closing; /* the UA is being freed: the set goes after its registrations */
};

struct fsip_reg {
    fsip_ua *ua;
    struct reg_set *set;
    fsip_reg *next;
    uint8_t state; /* enum fsm_register_state */
    bool in_row, dead, closing, sending, send_failed;
    uint32_t busy; /* reg_step() frames running: freed when it falls to 0 with dead */
    char *registrar, *to, *from, *call_id, *headers;
    char **contacts;
    uint32_t n_contacts;
    fsip_msg *mine; /* our Contact values parsed (RFC 3261 §10.2.4 matching) */
    uint32_t cseq;
    uint32_t expires; /* asked for (raised by 423) */
    uint32_t granted; /* by the last 2xx */
    int status;       /* of the last final response */
    fsip_flow dest;
    fsip_txn *txn;   /* the REGISTER we follow, or NULL */
    fsip_msg *retry; /* the REGISTER with credentials r_auth built */
    uint32_t auth_tries, failures;
    uint32_t retry_base_s, retry_max_s;
    int32_t max_retries; /* -1: no limit */
    int64_t retry_after; /* of the last failure, -1: none */
    struct fsip_timer timers[FSM_REGISTER_N_TIMERS];
    fsip_reg_state_fn on_state;
    void *arg, *user;
    int q[REG_QUEUE];
    uint32_t nq;
    fsip_reg_state notes[REG_NOTES];
    uint32_t n_notes;
};

static void reg_step(fsip_reg *r, int ev, const fsip_msg *msg);

/* ------------------------------------------------------------ names */

const char *fsip_reg_state_name(fsip_reg_state st)
{
    static const char *const n[] = {"idle",     "registering",   "registered",   "refreshing",
                                    "retrying", "unregistering", "unregistered", "failed"};
    return (unsigned)st < sizeof n / sizeof n[0] ? n[st] : "?";
}

static fsip_reg_state public_state(int st)
{
    switch (st) {
    case FSM_REGISTER_IDLE: return FSIP_REG_IDLE;
    case FSM_REGISTER_REGISTERING: return FSIP_REG_REGISTERING;
    case FSM_REGISTER_REGISTERED: return FSIP_REG_REGISTERED;
    case FSM_REGISTER_REFRESHING: return FSIP_REG_REFRESHING;
    case FSM_REGISTER_RETRY_WAIT: return FSIP_REG_RETRYING;
    case FSM_REGISTER_UNREGISTERING: return FSIP_REG_UNREGISTERING;
    case FSM_REGISTER_FAILED: return FSIP_REG_FAILED;
    default: return FSIP_REG_UNREGISTERED; /* unregistered, closed */
    }
}

/* ------------------------------------------------------------ helpers */

/* A REGISTER of this registration (RFC 3261 §10.2): the registrar as
 * Request-URI, the AOR in To and From, our Call-ID and From tag, the next
 * CSeq, every binding, Expires: the interval or 0 (§10.2.2); with
 * `authorize`, the credentials the UA's digest client remembers. */
static fsip_msg *build(fsip_reg *r, bool unreg, bool authorize)
{
    fsip_ua *ua = r->ua;
    fsip_msg *m = fsip_msg_new_request("REGISTER", r->registrar, ua->alloc);
    if (!m) return NULL;
    char v[48];
    int rc = fsip__hdr_add_rc(m, "From", r->from, 0);
    rc = fsip__hdr_add_rc(m, "To", r->to, rc);
    rc = fsip__hdr_add_rc(m, "Call-ID", r->call_id, rc);
    snprintf(v, sizeof v, "%u REGISTER", (unsigned)++r->cseq);
    rc = fsip__hdr_add_rc(m, "CSeq", v, rc);
    rc = fsip__hdr_add_rc(m, "Max-Forwards", "70", rc);
    for (uint32_t i = 0; i < r->n_contacts; i++)
        rc = rc == 0 ? fsip__ua_hdr_add(ua, m, "Contact", r->contacts[i]) : rc;
    snprintf(v, sizeof v, "%u", unreg ? 0u : (unsigned)r->expires);
    rc = fsip__hdr_add_rc(m, "Expires", v, rc);
    if (ua->user_agent) rc = fsip__hdr_add_rc(m, "User-Agent", ua->user_agent, rc);
    if (rc == 0) rc = fsip__hdr_add_lines(m, r->headers);
    /* RFC 3261 §22.3: a refresh or the unregister carries the credentials
     * of the last challenge answered (nc + 1), sparing a new challenge
     * while the registrar still takes that nonce. */
    fsip_auth_client *ac = fsip__ua_auth(ua);
    if (rc == 0 && ac && authorize && fsip_auth_client_authorize(ac, m) < 0) rc = FSIP_ENOMEM;
    if (rc < 0) {
        fsip_msg_free(m);
        return NULL;
    }
    return m;
}

/* The REGISTER we follow is no longer ours to follow. */
static void drop_txn(fsip_reg *r)
{
    if (r->txn) fsip_txn_set_user(r->txn, NULL);
    r->txn = NULL;
}

/* The REGISTER we follow got no response (RFC 3261 §8.1.3.1: a timeout
 * is a 408, a transport error or a REGISTER that cannot go out a 503):
 * a transient failure, retried on the back-off. */
static void fail_transient(fsip_reg *r, int status)
{
    r->status = status;
    r->failures++;
    r->retry_after = -1;
    reg_step(r, FSM_REGISTER_EV_R_TRANSIENT, NULL);
}

/* Sends m (taken) and follows it, unless the registration is closing.
 * A REGISTER that cannot go out is a transient failure (RFC 3261
 * §8.1.3.1: as a transport error, a 503), retried like one. */
static void reg_send(fsip_reg *r, fsip_msg *m)
{
    fsip_ua *ua = r->ua;
    drop_txn(r);
    if (!m) {
        fsip__log(ua->s, FSIP_LOG_WARN, "register %s: cannot build the REGISTER", r->call_id);
    } else {
        fsip_txn *t = NULL;
        r->sending = true;
        r->send_failed = false;
        int rc = fsip_stack_send_request(ua->s, m, &r->dest, r->closing ? NULL : r, ua->s->now, &t);
        r->sending = false;
        if (rc == 0 && t && !r->closing && !r->send_failed) {
            r->txn = t;
            return;
        }
        if (t && rc == 0) fsip_txn_set_user(t, NULL);
        if (r->closing || r->send_failed) return; /* a failure already raised */
        fsip__log(ua->s, FSIP_LOG_WARN, "register %s: REGISTER not sent (%s)", r->call_id,
                  fsip_strerror(rc));
    }
    if (!r->closing) fail_transient(r, 503);
}

/* RFC 5626 §4.5: min(max-time, base-time * 2^consecutive-failures), a
 * random 50-100% of it; or the response's Retry-After (RFC 3261 §20.33). */
static uint64_t retry_ms(fsip_reg *r)
{
    if (r->retry_after > 0) return (uint64_t)r->retry_after * 1000;
    uint64_t w = r->retry_base_s;
    for (uint32_t i = 0; i < r->failures && w < r->retry_max_s; i++)
        w *= 2;
    if (w > r->retry_max_s) w = r->retry_max_s;
    w *= 1000;
    return w / 2 + fsip__ua_rnd(r->ua, (uint32_t)(w / 2) + 1);
}

/* ------------------------------------------------------------ actions */

static void note(fsip_reg *r, fsip_reg_state st)
{
    if (r->n_notes < REG_NOTES) r->notes[r->n_notes++] = st;
}

static void timer_op(fsip_reg *r, const struct fsm_action_info *ai)
{
    fsip_ua *ua = r->ua;
    struct fsip_timer *tm = &r->timers[ai->timer];
    if (ai->op == FSM_OP_STOP) {
        fsip__tu_timer_stop(ua->s, tm);
        return;
    }
    uint64_t ms =
        ai->timer == FSM_REGISTER_TIMER_REFRESH ? (uint64_t)r->granted * 500 : retry_ms(r);
    tm->interval = ms;
    fsip__tu_timer_start(ua->s, tm, ua->s->now + ms);
}

static void action(fsip_reg *r, int a)
{
    const struct fsm_action_info *ai = &fsm_register_actions[a];
    if (ai->op != FSM_OP_DO) {
        timer_op(r, ai);
        return;
    }
    fsip_msg *m;
    switch (a) {
    case FSM_REGISTER_A_SEND_REGISTER:
        r->auth_tries = 0;
        reg_send(r, build(r, false, true));
        break;
    case FSM_REGISTER_A_SEND_UNREGISTER:
        r->auth_tries = 0;
        reg_send(r, build(r, true, true));
        break;
    case FSM_REGISTER_A_SEND_AUTH:
        m = r->retry;
        r->retry = NULL;
        reg_send(r, m);
        break;
    case FSM_REGISTER_A_TO_APP_REGISTERING: note(r, FSIP_REG_REGISTERING); break;
    case FSM_REGISTER_A_TO_APP_REGISTERED: note(r, FSIP_REG_REGISTERED); break;
    case FSM_REGISTER_A_TO_APP_REFRESHING: note(r, FSIP_REG_REFRESHING); break;
    case FSM_REGISTER_A_TO_APP_RETRYING: note(r, FSIP_REG_RETRYING); break;
    case FSM_REGISTER_A_TO_APP_UNREGISTERING: note(r, FSIP_REG_UNREGISTERING); break;
    case FSM_REGISTER_A_TO_APP_UNREGISTERED: note(r, FSIP_REG_UNREGISTERED); break;
    case FSM_REGISTER_A_TO_APP_FAILED: note(r, FSIP_REG_FAILED); break;
    default: break;
    }
}

/* ------------------------------------------------------------ the rows */

static void reg_destroy(fsip_reg *r);

static void reg_step(fsip_reg *r, int ev, const fsip_msg *msg)
{
    if (r->in_row) {
        if (r->nq < REG_QUEUE) r->q[r->nq++] = ev;
        return;
    }
    fsip_ua *ua = r->ua;
    r->busy++;
    while (!r->dead || ev == FSM_REGISTER_EV_CLOSING) {
        bool retry = r->max_retries < 0 || r->failures <= (uint32_t)r->max_retries;
        const struct fsm_register_row *row =
            fsm_register_step(r->state, ev, retry ? FSM_REGISTER_G_CAN_RETRY : 0);
        if (!row) break;
        fsip__ua_row(ua, "register", (int)(row - fsm_register_rows));
        if (row->kind == FSM_ERROR) {
            fsip__spec_error(ua, r->call_id, "register", fsm_register_event_names[ev],
                             fsm_register_state_names[r->state]);
        } else if (row->kind == FSM_GO) {
            r->in_row = true;
            r->state = row->next;
            for (int i = 0; i < row->n_actions; i++)
                action(r, row->actions[i]);
            r->in_row = false;
        }
        /* The application hears of the row once it is over, and may call
         * the API back from there. */
        uint32_t n = r->n_notes;
        fsip_reg_state notes[REG_NOTES];
        memcpy(notes, r->notes, n * sizeof notes[0]);
        r->n_notes = 0;
        for (uint32_t i = 0; i < n && !r->dead; i++)
            if (r->on_state) r->on_state(r, notes[i], msg, r->arg);
        msg = NULL;
        if (!r->nq || r->dead) break;
        ev = r->q[0];
        memmove(r->q, r->q + 1, --r->nq * sizeof r->q[0]);
    }
    if (--r->busy == 0 && r->dead) reg_destroy(r);
}

static void reg_timer_fire(struct fsip_timer *tm)
{
    fsip_reg *r = tm->owner;
    reg_step(r, fsm_register_timers[tm->slot].event, NULL);
}

/* --------------------------------------------------- responses, events */

/* The granted interval (RFC 3261 §10.2.4): the expires param of a Contact
 * of the 2xx that is one of ours (the smallest, with several), else the
 * Expires header, else what we asked. */
static uint32_t granted_of(fsip_reg *r, const fsip_msg *resp)
{
    int64_t best = -1;
    for (const fsip_hdr *h = hdr(resp, FSIP_HDR_CONTACT); h; h = fsip_msg_hdr_next(resp, h)) {
        const fsip_addr *a = h->p.addr;
        if (!a || a->star || a->expires < 0) continue;
        for (const fsip_hdr *o = hdr(r->mine, FSIP_HDR_CONTACT); o;
             o = fsip_msg_hdr_next(r->mine, o))
            if (o->p.addr && fsip_uri_equal(&a->uri, &o->p.addr->uri) &&
                (best < 0 || a->expires < best))
                best = a->expires;
    }
    if (best < 0) {
        const fsip_hdr *e = hdr(resp, FSIP_HDR_EXPIRES);
        best = e ? (int64_t)e->p.num : (int64_t)r->expires;
    }
    return best > UINT32_MAX ? UINT32_MAX : (uint32_t)best;
}

static bool transient(int st)
{
    return st == 408 || st == 480 || st == 500 || st == 503 || st == 504 || st == 600;
}

/* Sorts a final response to the REGISTER we follow into its event. */
static int classify(fsip_reg *r, const fsip_msg *resp)
{
    fsip_ua *ua = r->ua;
    int st = fsip_msg_status(resp);
    bool unreg = r->state == FSM_REGISTER_UNREGISTERING;
    r->status = st;
    if (st < 300) {
        r->failures = 0;
        if (unreg) return FSM_REGISTER_EV_R2XX;
        uint32_t g = granted_of(r, resp);
        if (g == 0) {
            fsip__log(ua->s, FSIP_LOG_WARN, "register %s: the registrar kept no binding",
                      r->call_id);
            return FSM_REGISTER_EV_R_FAIL;
        }
        r->granted = g;
        return FSM_REGISTER_EV_R2XX;
    }
    if (st == 423) {
        /* RFC 3261 §20.23: Min-Expires = delta-seconds. (The value is a
         * slice of the message, not a C string.) */
        const fsip_hdr *h = fsip_msg_hdr_find(resp, "Min-Expires");
        uint32_t min = 0;
        if (h && !fsip__parse_u32(h->value.ptr, h->value.len, UINT32_MAX, &min)) min = 0;
        if (!unreg && min > r->expires) {
            r->expires = min;
            return FSM_REGISTER_EV_R423;
        }
        return FSM_REGISTER_EV_R_FAIL;
    }
    if (st == 401 || st == 407) {
        fsip_auth_client *ac = fsip__ua_auth(ua);
        if (!ac || ++r->auth_tries > REG_MAX_AUTH) return FSM_REGISTER_EV_R_FAIL;
        fsip_msg *m = build(r, unreg, false);
        int rc = m ? fsip_auth_client_respond(ac, resp, m) : FSIP_ENOMEM;
        if (rc < 0) {
            fsip__log(ua->s, FSIP_LOG_WARN, "register %s: %d not answered (%s)", r->call_id, st,
                      fsip_strerror(rc));
            fsip_msg_free(m);
            return FSM_REGISTER_EV_R_FAIL;
        }
        fsip_msg_free(r->retry);
        r->retry = m;
        return FSM_REGISTER_EV_R_AUTH;
    }
    if (transient(st)) {
        const fsip_hdr *ra = hdr(resp, FSIP_HDR_RETRY_AFTER);
        r->failures++;
        r->retry_after = ra && ra->p.retry_after ? (int64_t)ra->p.retry_after->delta : -1;
        return FSM_REGISTER_EV_R_TRANSIENT;
    }
    return FSM_REGISTER_EV_R_FAIL;
}

static fsip_reg *reg_of(struct reg_set *set, fsip_txn *t)
{
    void *u = fsip_txn_user(t);
    if (!u) return NULL;
    for (fsip_reg *r = set->head; r; r = r->next)
        if (r == u) return r;
    return NULL;
}

static bool ext_response(fsip_ua *ua, fsip_txn *t, const fsip_msg *resp, void *arg)
{
    (void)ua;
    fsip_reg *r = reg_of(arg, t);
    if (!r) return false;
    if (t != r->txn || fsip_msg_status(resp) < 200) return true;
    drop_txn(r); /* its retransmissions stay in the transaction */
    reg_step(r, classify(r, resp), resp);
    return true;
}

static bool ext_txn_event(fsip_ua *ua, fsip_txn *t, fsip_txn_event ev, void *arg)
{
    (void)ua;
    fsip_reg *r = reg_of(arg, t);
    if (!r) return false;
    if (ev == FSIP_TXN_TERMINATED) {
        if (t == r->txn) r->txn = NULL;
        fsip_txn_set_user(t, NULL);
        return true;
    }
    if (t != r->txn && !r->sending) return true;
    if (r->sending) r->send_failed = true;
    drop_txn(r);
    fsip_txn_set_user(t, NULL);
    fail_transient(r, ev == FSIP_TXN_TIMEOUT ? 408 : 503);
    return true;
}

static void ext_closing(fsip_ua *ua, void *arg)
{
    struct reg_set *set = arg;
    set->closing = true;
    while (set->head)
        fsip_reg_free(set->head);
    ua->ext = (struct ua_ext){0};
    xfree(ua, set);
}

/* ------------------------------------------------------------ the API */

void fsip_reg_params_init(fsip_reg_params *p)
{
    memset(p, 0, sizeof(*p));
    p->expires_s = REG_EXPIRES;
    p->retry_base_s = REG_RETRY_MIN;
    p->retry_max_s = REG_RETRY_MAX;
    p->max_retries = -1;
}

static char *dup_str(fsip_ua *ua, const char *s)
{
    return xstrndup(ua, s, strlen(s));
}

/* "<uri>" for a bare URI, the value as given for a name-addr. */
static char *addr_of(fsip_ua *ua, const char *s, const char *tag)
{
    bool bare = !strchr(s, '<');
    size_t n = strlen(s) + (tag ? strlen(tag) + 5 : 0) + 3;
    char *v = xalloc(ua, n);
    if (v)
        snprintf(v, n, "%s%s%s%s%s", bare ? "<" : "", s, bare ? ">" : "", tag ? ";tag=" : "",
                 tag ? tag : "");
    return v;
}

static void reg_destroy(fsip_reg *r)
{
    fsip_ua *ua = r->ua;
    for (int i = 0; i < FSM_REGISTER_N_TIMERS; i++)
        fsip__tu_timer_stop(ua->s, &r->timers[i]);
    fsip__tu_timers_release(ua->s, FSM_REGISTER_N_TIMERS);
    drop_txn(r);
    fsip_msg_free(r->retry);
    fsip_msg_free(r->mine);
    struct reg_set *set = r->set;
    for (fsip_reg **p = &set->head; *p; p = &(*p)->next)
        if (*p == r) {
            *p = r->next;
            break;
        }
    for (uint32_t i = 0; i < r->n_contacts; i++)
        xfree(ua, r->contacts[i]);
    xfree(ua, r->contacts);
    xfree(ua, r->registrar);
    xfree(ua, r->to);
    xfree(ua, r->from);
    xfree(ua, r->call_id);
    xfree(ua, r->headers);
    xfree(ua, r);
    if (!set->head && !set->closing) {
        ua->ext = (struct ua_ext){0};
        xfree(ua, set);
    }
}

/* Our bindings: the application's, else the UA's contact, else one from
 * the AOR's user and the local address of the flow. */
static int set_contacts(fsip_reg *r, const fsip_reg_params *p)
{
    fsip_ua *ua = r->ua;
    uint32_t n = p->n_contacts ? p->n_contacts : 1;
    r->contacts = xalloc(ua, n * sizeof(char *));
    if (!r->contacts) return FSIP_ENOMEM;
    memset(r->contacts, 0, n * sizeof(char *));
    r->n_contacts = n;
    for (uint32_t i = 0; i < p->n_contacts; i++) {
        if (!p->contacts[i]) return FSIP_EINVAL;
        r->contacts[i] = addr_of(ua, p->contacts[i], NULL);
        if (!r->contacts[i]) return FSIP_ENOMEM;
    }
    if (p->n_contacts) return 0;
    if (ua->contact) {
        r->contacts[0] = dup_str(ua, ua->contact);
        return r->contacts[0] ? 0 : FSIP_ENOMEM;
    }
    const fsip_addr *to = fsip_msg_to(r->mine);
    char a[64], buf[256];
    fsip_netaddr_print(&r->dest.local, true, a, sizeof a);
    fsip_str u = to ? to->uri.user : (fsip_str){NULL, 0};
    snprintf(buf, sizeof buf, "<sip:%.*s%s%s%s>", u.ptr ? (int)u.len : 0, u.ptr ? u.ptr : "",
             u.len ? "@" : "", a,
             r->dest.transport == FSIP_TRANSPORT_TCP   ? ";transport=tcp"
             : r->dest.transport == FSIP_TRANSPORT_TLS ? ";transport=tls"
                                                       : "");
    r->contacts[0] = dup_str(ua, buf);
    return r->contacts[0] ? 0 : FSIP_ENOMEM;
}

static int reg_init(fsip_reg *r, const fsip_reg_params *p)
{
    fsip_ua *ua = r->ua;
    char call_id[40], tag[20];
    fsip__random_hex(ua->s, call_id, 32);
    fsip__random_hex(ua->s, tag, 16);
    r->registrar = dup_str(ua, p->registrar);
    r->to = addr_of(ua, p->aor, NULL);
    r->from = addr_of(ua, p->aor, tag);
    r->call_id = dup_str(ua, call_id);
    r->headers = p->headers ? dup_str(ua, p->headers) : NULL;
    if (!r->registrar || !r->to || !r->from || !r->call_id || (p->headers && !r->headers))
        return FSIP_ENOMEM;
    /* The AOR parsed, then our Contacts beside it (for §10.2.4 matching). */
    r->mine = fsip_msg_new_request("REGISTER", r->registrar, ua->alloc);
    if (!r->mine) return FSIP_EINVAL; /* or no memory: the URI is checked first */
    int rc = fsip_msg_hdr_add(r->mine, "To", r->to);
    if (rc < 0) return rc;
    if (!fsip_msg_to(r->mine)) return FSIP_EINVAL;
    rc = set_contacts(r, p);
    for (uint32_t i = 0; rc == 0 && i < r->n_contacts; i++) {
        rc = fsip_msg_hdr_add(r->mine, "Contact", r->contacts[i]);
        const fsip_hdr *h = hdr(r->mine, FSIP_HDR_CONTACT);
        for (uint32_t k = 0; h && k < i; k++)
            h = fsip_msg_hdr_next(r->mine, h);
        if (rc == 0 && (!h || !h->p.addr || h->p.addr->star)) rc = FSIP_EINVAL;
    }
    if (rc < 0) return rc;
    /* Everything a REGISTER carries is checked once here. */
    fsip_msg *m = build(r, false, false);
    r->cseq = 0;
    if (!m) return FSIP_EINVAL;
    fsip_msg_free(m);
    return 0;
}

int fsip_reg_new(fsip_ua *ua, const fsip_reg_params *p, fsip_reg **out)
{
    if (!ua || !p || !p->registrar || !p->aor || !out || ua->closing) return FSIP_EINVAL;
    if (p->n_contacts && !p->contacts) return FSIP_EINVAL;
    fsip_uri uri;
    if (fsip_uri_parse(p->registrar, strlen(p->registrar), FSIP_URI_NO_HEADERS, ua->alloc, &uri,
                       NULL) < 0)
        return FSIP_EINVAL;
    fsip_uri_release(&uri, ua->alloc);
    struct reg_set *set = ua->ext.arg;
    bool new_set = !set;
    if (new_set) {
        set = xalloc(ua, sizeof(*set));
        if (!set) return FSIP_ENOMEM;
        memset(set, 0, sizeof(*set));
    }
    fsip_reg *r = xalloc(ua, sizeof(*r));
    if (!r) {
        if (new_set) xfree(ua, set);
        return FSIP_ENOMEM;
    }
    memset(r, 0, sizeof(*r));
    if (fsip__tu_timers_reserve(ua->s, FSM_REGISTER_N_TIMERS) < 0) {
        xfree(ua, r);
        if (new_set) xfree(ua, set);
        return FSIP_ELIMIT;
    }
    r->ua = ua;
    r->set = set;
    r->state = FSM_REGISTER_INITIAL;
    r->dest = p->dest;
    r->expires = p->expires_s ? p->expires_s : REG_EXPIRES;
    r->retry_base_s = p->retry_base_s ? p->retry_base_s : REG_RETRY_MIN;
    r->retry_max_s = p->retry_max_s ? p->retry_max_s : REG_RETRY_MAX;
    if (r->retry_max_s < r->retry_base_s) r->retry_max_s = r->retry_base_s;
    r->max_retries = p->max_retries;
    r->retry_after = -1;
    r->on_state = p->on_state;
    r->arg = p->arg;
    r->user = p->user;
    fsip__tu_timers_init(r->timers, FSM_REGISTER_N_TIMERS, r, reg_timer_fire);
    r->next = set->head;
    set->head = r;
    if (new_set) ua->ext = (struct ua_ext){ext_response, ext_txn_event, ext_closing, set};
    int rc = reg_init(r, p);
    if (rc < 0) {
        reg_destroy(r);
        return rc;
    }
    *out = r;
    return 0;
}

static int api_event(fsip_reg *r, int ev)
{
    if (!r || r->dead || r->ua->closing) return FSIP_EINVAL;
    fsip_ua *ua = r->ua;
    fsip__enter(ua->s, fsip__ua_now(ua));
    reg_step(r, ev, NULL);
    fsip__leave(ua->s);
    return 0;
}

int fsip_reg_start(fsip_reg *reg)
{
    return api_event(reg, FSM_REGISTER_EV_APP_REGISTER);
}

int fsip_reg_unregister(fsip_reg *reg)
{
    return api_event(reg, FSM_REGISTER_EV_APP_UNREGISTER);
}

void fsip_reg_free(fsip_reg *reg)
{
    if (!reg || reg->dead) return;
    fsip_ua *ua = reg->ua;
    bool outer = ua->s->depth == 0;
    if (outer) fsip__enter(ua->s, fsip__ua_now(ua));
    reg->closing = true;
    reg->dead = true; /* no callback from here on */
    reg->nq = 0;
    reg_step(reg, FSM_REGISTER_EV_CLOSING, NULL);
    if (outer) fsip__leave(ua->s);
}

fsip_reg_state fsip_reg_get_state(const fsip_reg *reg)
{
    return public_state(reg->state);
}

const char *fsip_reg_machine_state(const fsip_reg *reg)
{
    return fsm_register_state_names[reg->state];
}

uint32_t fsip_reg_expires(const fsip_reg *reg)
{
    return reg->granted;
}

int fsip_reg_status(const fsip_reg *reg)
{
    return reg->status;
}

const char *fsip_reg_call_id(const fsip_reg *reg)
{
    return reg->call_id;
}

void *fsip_reg_user(const fsip_reg *reg)
{
    return reg->user;
}

fsip_ua *fsip_reg_ua(const fsip_reg *reg)
{
    return reg->ua;
}
