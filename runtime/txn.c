/* The transaction layer (RFC 3261 §17), driven by the generated tables in
 * gen/fsm_{ict,nict,ist,nist}.c.
 *
 * A transaction is fed events (a response, a retransmitted request, a
 * timer, a transport error, a response from the TU); fsm_<m>_step() gives
 * the row, this file sets the row's next state and performs its actions.
 * It never chooses a state itself. TU callbacks are queued by the actions
 * and delivered after the row, so a callback that calls back into the
 * stack sees the transaction in its new state.
 */
#include <stdio.h>
#include <string.h>

#include "fsm_ict.h"
#include "fsm_ist.h"
#include "fsm_nict.h"
#include "fsm_nist.h"
#include "msg_internal.h"
#include "stack_internal.h"

/* ---------------------------------------------------- machine descriptors */

/* What an action does, whatever its machine. */
enum op {
    OP_TIMER = 0, /* start/backoff/stop: see fsm_action_info.op */
    OP_SEND_REQUEST,
    OP_RETRANSMIT,
    OP_SEND_ACK,
    OP_TO_TU,
    OP_TIMEOUT_TO_TU,
    OP_ERROR_TO_TU,
    OP_SEND_TRYING,
    OP_SEND_RESPONSE,
    OP_RESEND_RESPONSE
};

struct rowv {
    int kind, next, n_actions, index;
    const uint8_t *actions;
};

struct machine {
    const struct fsm_timer_info *timers;
    int ntimers;
    const struct fsm_action_info *actions;
    const char *const *states;
    const uint8_t *is_final;
    int initial, ev_start, ev_transport_error;
    int (*step)(int state, int event, uint32_t guards, struct rowv *v);
    enum op (*op)(int action);
};

#define STEP(m)                                                                                    \
    static int step_##m(int state, int event, uint32_t guards, struct rowv *v)                     \
    {                                                                                              \
        const struct fsm_##m##_row *r =                                                            \
            fsm_##m##_step((enum fsm_##m##_state)state, (enum fsm_##m##_event)event, guards);      \
        if (!r) return -1;                                                                         \
        v->kind = r->kind;                                                                         \
        v->next = r->next;                                                                         \
        v->n_actions = r->n_actions;                                                               \
        v->actions = r->actions;                                                                   \
        v->index = (int)(r - fsm_##m##_rows);                                                      \
        return 0;                                                                                  \
    }
STEP(ict)
STEP(nict)
STEP(ist)
STEP(nist)

static enum op op_ict(int a)
{
    switch ((enum fsm_ict_action)a) {
    case FSM_ICT_A_SEND_INVITE: return OP_SEND_REQUEST;
    case FSM_ICT_A_RETRANSMIT: return OP_RETRANSMIT;
    case FSM_ICT_A_SEND_ACK: return OP_SEND_ACK;
    case FSM_ICT_A_TO_TU: return OP_TO_TU;
    case FSM_ICT_A_TIMEOUT_TO_TU: return OP_TIMEOUT_TO_TU;
    case FSM_ICT_A_ERROR_TO_TU: return OP_ERROR_TO_TU;
    default: return OP_TIMER;
    }
}

static enum op op_nict(int a)
{
    switch ((enum fsm_nict_action)a) {
    case FSM_NICT_A_SEND_REQUEST: return OP_SEND_REQUEST;
    case FSM_NICT_A_RETRANSMIT: return OP_RETRANSMIT;
    case FSM_NICT_A_TO_TU: return OP_TO_TU;
    case FSM_NICT_A_TIMEOUT_TO_TU: return OP_TIMEOUT_TO_TU;
    case FSM_NICT_A_ERROR_TO_TU: return OP_ERROR_TO_TU;
    default: return OP_TIMER;
    }
}

static enum op op_ist(int a)
{
    switch ((enum fsm_ist_action)a) {
    case FSM_IST_A_TO_TU: return OP_TO_TU;
    case FSM_IST_A_SEND_TRYING: return OP_SEND_TRYING;
    case FSM_IST_A_SEND_RESPONSE: return OP_SEND_RESPONSE;
    case FSM_IST_A_RESEND_RESPONSE: return OP_RESEND_RESPONSE;
    case FSM_IST_A_TIMEOUT_TO_TU: return OP_TIMEOUT_TO_TU;
    case FSM_IST_A_ERROR_TO_TU: return OP_ERROR_TO_TU;
    default: return OP_TIMER;
    }
}

static enum op op_nist(int a)
{
    switch ((enum fsm_nist_action)a) {
    case FSM_NIST_A_TO_TU: return OP_TO_TU;
    case FSM_NIST_A_SEND_RESPONSE: return OP_SEND_RESPONSE;
    case FSM_NIST_A_RESEND_RESPONSE: return OP_RESEND_RESPONSE;
    case FSM_NIST_A_ERROR_TO_TU: return OP_ERROR_TO_TU;
    default: return OP_TIMER;
    }
}

static const struct machine machines[4] = {
    [FSIP_TXN_ICT] = {fsm_ict_timers, FSM_ICT_N_TIMERS, fsm_ict_actions, fsm_ict_state_names,
                      fsm_ict_is_final, FSM_ICT_INITIAL, FSM_ICT_EV_TU_INVITE,
                      FSM_ICT_EV_TRANSPORT_ERROR, step_ict, op_ict},
    [FSIP_TXN_NICT] = {fsm_nict_timers, FSM_NICT_N_TIMERS, fsm_nict_actions, fsm_nict_state_names,
                       fsm_nict_is_final, FSM_NICT_INITIAL, FSM_NICT_EV_TU_REQUEST,
                       FSM_NICT_EV_TRANSPORT_ERROR, step_nict, op_nict},
    [FSIP_TXN_IST] = {fsm_ist_timers, FSM_IST_N_TIMERS, fsm_ist_actions, fsm_ist_state_names,
                      fsm_ist_is_final, FSM_IST_INITIAL, FSM_IST_EV_INVITE,
                      FSM_IST_EV_TRANSPORT_ERROR, step_ist, op_ist},
    [FSIP_TXN_NIST] = {fsm_nist_timers, FSM_NIST_N_TIMERS, fsm_nist_actions, fsm_nist_state_names,
                       fsm_nist_is_final, FSM_NIST_INITIAL, FSM_NIST_EV_REQUEST,
                       FSM_NIST_EV_TRANSPORT_ERROR, step_nist, op_nist},
};

_Static_assert(FSM_ICT_N_TIMERS <= FSIP_TXN_MAX_TIMERS && FSM_IST_N_TIMERS <= FSIP_TXN_MAX_TIMERS &&
                   FSM_NICT_N_TIMERS <= FSIP_TXN_MAX_TIMERS &&
                   FSM_NIST_N_TIMERS <= FSIP_TXN_MAX_TIMERS,
               "a machine has more timers than a transaction holds");
/* Every machine's guard bit 0 is `reliable`. */
_Static_assert(FSM_ICT_G_RELIABLE == 1 && FSM_NICT_G_RELIABLE == 1 && FSM_IST_G_RELIABLE == 1 &&
                   FSM_NIST_G_RELIABLE == 1,
               "reliable is guard bit 0");

/* Events for a response status. */
static int response_event(fsip_txn_kind kind, int status)
{
    switch (kind) {
    case FSIP_TXN_ICT:
        return status < 200   ? FSM_ICT_EV_R1XX
               : status < 300 ? FSM_ICT_EV_R2XX
                              : FSM_ICT_EV_R3XX_6XX;
    case FSIP_TXN_NICT: return status < 200 ? FSM_NICT_EV_R1XX : FSM_NICT_EV_R2XX_6XX;
    case FSIP_TXN_IST:
        return status < 200   ? FSM_IST_EV_TU_1XX
               : status < 300 ? FSM_IST_EV_TU_2XX
                              : FSM_IST_EV_TU_3XX_6XX;
    case FSIP_TXN_NIST: return status < 200 ? FSM_NIST_EV_TU_1XX : FSM_NIST_EV_TU_2XX_6XX;
    }
    return -1;
}

/* ------------------------------------------------------------------- keys */

struct key {
    uint8_t *p;
    size_t len, cap;
    uint8_t inl[384];
    const fsip_allocator *alloc;
    int oom;
    int hashed; /* h is the hash of p in the table looked up (find_txn) */
    uint64_t h;
};

static void key_init(struct key *k, const fsip_allocator *a)
{
    k->p = k->inl;
    k->len = 0;
    k->cap = sizeof(k->inl);
    k->alloc = a;
    k->oom = 0;
    k->hashed = 0;
}

/* The decimal digits of v, at the end of buf[16]. */
static fsip_str u32_str(char buf[16], uint32_t v)
{
    char *end = buf + 16, *p = fsip__dec(end, v);
    return (fsip_str){p, (size_t)(end - p)};
}

/* Makes room for n more bytes; false when out of memory. */
static bool key_room(struct key *k, size_t n)
{
    if (k->oom) return false;
    if (k->len + n > k->cap) {
        size_t cap = (k->len + n) * 2;
        uint8_t *p = k->alloc->malloc(cap, k->alloc->arg);
        if (!p) {
            k->oom = 1;
            return false;
        }
        memcpy(p, k->p, k->len);
        if (k->p != k->inl) k->alloc->free(k->p, k->alloc->arg);
        k->p = p;
        k->cap = cap;
    }
    return true;
}

static void key_put(struct key *k, const void *d, size_t n)
{
    if (!key_room(k, n)) return;
    if (n) memcpy(k->p + k->len, d, n);
    k->len += n;
}

/* A field: its length (4 bytes) then its bytes, so fields never run into
 * each other. */
static void key_field(struct key *k, fsip_str s)
{
    uint32_t n = (uint32_t)s.len;
    if (!key_room(k, sizeof n + s.len)) return;
    memcpy(k->p + k->len, &n, sizeof n);
    if (s.len) memcpy(k->p + k->len + sizeof n, s.ptr, s.len);
    k->len += sizeof n + s.len;
}

static void key_lower(struct key *k, fsip_str s)
{
    uint32_t n = (uint32_t)s.len;
    if (!key_room(k, sizeof n + s.len)) return;
    memcpy(k->p + k->len, &n, sizeof n);
    uint8_t *w = k->p + k->len + sizeof n;
    for (size_t i = 0; i < s.len; i++) {
        char c = s.ptr[i];
        w[i] = (uint8_t)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    k->len += sizeof n + s.len;
}

static void key_free(struct key *k)
{
    if (k->p != k->inl) k->alloc->free(k->p, k->alloc->arg);
}

static bool has_cookie(fsip_str branch)
{
    return branch.len > 7 && memcmp(branch.ptr, "z9hG4bK", 7) == 0;
}

/* The method a request matches under: an ACK matches its INVITE
 * (RFC 3261 §17.2.3); CANCEL keeps its own (§9.2). */
static fsip_str match_method(const fsip_cseq *c, bool ack_as_invite)
{
    if (ack_as_invite && c->method == FSIP_METHOD_ACK) return fsip_str_c("INVITE");
    return c->method_name;
}

/* RFC 3261 §17.1.3: a response matches the client transaction whose
 * request had the same top-Via branch and whose CSeq method is the same. */
static void client_key(struct key *k, fsip_str branch, fsip_str method)
{
    key_put(k, "C", 1);
    key_field(k, branch);
    key_field(k, method);
}

/* RFC 3261 §17.2.3. With the magic cookie: branch, sent-by and method.
 * Without it (RFC 2543): Request-URI, To tag, From tag, Call-ID, CSeq and
 * the top Via (sent-by and branch). `to_tag` overrides the request's To tag
 * (ACK matching, below). */
static void server_key(struct key *k, const fsip_msg *m, fsip_str method, const fsip_str *to_tag)
{
    const fsip_via *v = fsip_msg_via(m);
    char pbuf[16];
    fsip_str port = u32_str(pbuf, v->port);
    if (has_cookie(v->branch)) {
        key_put(k, "S", 1);
        key_field(k, v->branch);
        key_lower(k, v->host);
        key_field(k, port);
        key_field(k, method);
        return;
    }
    const fsip_cseq *c = fsip_msg_cseq(m);
    char seq[16];
    key_put(k, "R", 1);
    key_field(k, fsip_msg_request_uri(m)->raw);
    key_field(k, to_tag ? *to_tag : fsip_msg_to(m)->tag);
    key_field(k, fsip_msg_from(m)->tag);
    key_field(k, fsip_msg_call_id(m));
    key_field(k, u32_str(seq, c->seq));
    key_field(k, method);
    key_lower(k, v->transport);
    key_lower(k, v->host);
    key_field(k, port);
    key_field(k, v->branch);
}

/* RFC 3261 §8.2.2.2: From tag, Call-ID and CSeq of a request without a To
 * tag. */
static void merge_key(struct key *k, const fsip_msg *m)
{
    const fsip_cseq *c = fsip_msg_cseq(m);
    char seq[16];
    key_put(k, "M", 1);
    key_field(k, fsip_msg_from(m)->tag);
    key_field(k, fsip_msg_call_id(m));
    key_field(k, u32_str(seq, c->seq));
    key_field(k, c->method_name);
}

/* ------------------------------------------------------------ life cycle */

#define TXN_OF(n, field) ((fsip_txn *)((char *)(n)-offsetof(fsip_txn, field)))

/* Both keep the key's hash in k, for txn_new when the lookup misses. */
static fsip_txn *find_txn(fsip_stack *s, struct key *k)
{
    k->h = fsip__htable_hash(&s->txns, k->p, k->len);
    k->hashed = 1;
    struct fsip_hnode *n = fsip__htable_find_h(&s->txns, k->p, k->len, k->h);
    return n ? TXN_OF(n, node) : NULL;
}

static fsip_txn *find_merge(fsip_stack *s, struct key *k)
{
    k->h = fsip__htable_hash(&s->merges, k->p, k->len);
    k->hashed = 1;
    struct fsip_hnode *n = fsip__htable_find_h(&s->merges, k->p, k->len, k->h);
    return n ? TXN_OF(n, merge) : NULL;
}

static void txn_free(fsip_txn *t)
{
    fsip_stack *s = t->stack;
    const fsip_allocator *a = s->alloc;
    for (int i = 0; i < FSIP_TXN_MAX_TIMERS; i++)
        fsip__theap_stop(&s->timers, &t->timers[i]);
    fsip__htable_remove(&s->txns, &t->node);
    fsip__htable_remove(&s->merges, &t->merge);
    if (t->prev)
        t->prev->next = t->next;
    else if (s->all == t)
        s->all = t->next;
    if (t->next) t->next->prev = t->prev;
    if (t->req) fsip_msg_free(t->req);
    if (t->out) a->free(t->out, a->arg);
    if (t->next_out) a->free(t->next_out, a->arg);
    if (t->ack) a->free(t->ack, a->arg);
    s->stats.txn_active--;
    a->free(t, a->arg);
}

void fsip__txn_free_all(fsip_stack *s)
{
    while (s->all)
        txn_free(s->all);
}

static void txn_unref(fsip_txn *t)
{
    if (--t->refs == 0 && t->dead) txn_free(t);
}

/* Allocates a transaction with its keys (one block for the transaction
 * and both keys). Inserts nothing. Returns NULL on allocation failure. */
static fsip_txn *txn_new(fsip_stack *s, fsip_txn_kind kind, const fsip_flow *flow,
                         const struct key *k, const struct key *mk)
{
    const fsip_allocator *a = s->alloc;
    if (fsip__htable_reserve(&s->txns) < 0 || fsip__htable_reserve(&s->merges) < 0) return NULL;
    if (fsip__theap_reserve(&s->timers, (uint32_t)(s->stats.txn_active + 1) * FSIP_TXN_MAX_TIMERS +
                                            s->tu_timers) < 0)
        return NULL;
    size_t klen = k->len + (mk ? mk->len : 0);
    fsip_txn *t = a->malloc(sizeof(*t) + klen, a->arg);
    if (!t) return NULL;
    memset(t, 0, sizeof(*t));
    t->key = (uint8_t *)(t + 1);
    memcpy(t->key, k->p, k->len);
    t->klen = (uint32_t)k->len;
    /* The hashes txn_link inserts with: the lookup's, or computed now. */
    t->node.hash = k->hashed ? k->h : fsip__htable_hash(&s->txns, k->p, k->len);
    if (mk) {
        t->mkey = t->key + k->len;
        memcpy(t->mkey, mk->p, mk->len);
        t->mklen = (uint32_t)mk->len;
        t->merge.hash = mk->hashed ? mk->h : fsip__htable_hash(&s->merges, mk->p, mk->len);
    }
    t->stack = s;
    t->kind = kind;
    t->state = (uint8_t)machines[kind].initial;
    t->flow = *flow;
    t->guards = fsip_transport_reliable(flow->transport) ? 1u : 0u;
    for (int i = 0; i < FSIP_TXN_MAX_TIMERS; i++) {
        t->timers[i].idx = FSIP_TIMER_IDLE;
        t->timers[i].slot = (uint32_t)i;
        t->timers[i].owner = t;
    }
    t->next = s->all;
    if (s->all) s->all->prev = t;
    s->all = t;
    s->stats.txn_active++;
    if (kind == FSIP_TXN_ICT || kind == FSIP_TXN_NICT)
        s->stats.txn_client++;
    else
        s->stats.txn_server++;
    return t;
}

static void txn_link(fsip_txn *t)
{
    fsip_stack *s = t->stack;
    t->node.key = t->key;
    t->node.klen = t->klen;
    fsip__htable_insert_h(&s->txns, &t->node, t->node.hash);
    if (t->mkey) {
        t->merge.key = t->mkey;
        t->merge.klen = t->mklen;
        fsip__htable_insert_h(&s->merges, &t->merge, t->merge.hash);
    }
}

/* -------------------------------------------------------------- actions */

static void txn_send(fsip_txn *t, const char *data, size_t len)
{
    if (!data) return;
    if (fsip__send(t->stack, &t->flow, data, len) == 0) return;
    /* RFC 3261 §18.2.2: when the connection the request came on has failed,
     * a server SHOULD open one to the address in received (the request's
     * source) and the port in sent-by; later retransmissions go there too. */
    bool server = t->kind == FSIP_TXN_IST || t->kind == FSIP_TXN_NIST;
    const fsip_via *v = t->req ? fsip_msg_via(t->req) : NULL;
    if (server && t->flow.conn_id && v) {
        fsip_flow alt = t->flow;
        alt.conn_id = 0;
        alt.remote.port =
            (uint16_t)(v->port ? v->port : (t->flow.transport == FSIP_TRANSPORT_TLS ? 5061 : 5060));
        if (fsip__send(t->stack, &alt, data, len) == 0) {
            t->flow = alt;
            return;
        }
    }
    t->pend |= PEND_TRANSPORT_ERROR_EVENT;
}

/* RFC 3261 §17.1.1.3: the ACK for a non-2xx final response. */
static int build_ack(fsip_txn *t, const fsip_msg *resp)
{
    fsip_stack *s = t->stack;
    const fsip_msg *req = t->req;
    const fsip_uri *ru = fsip_msg_request_uri(req);
    char ruri[2048];
    if (ru->raw.len >= sizeof ruri) return FSIP_EINVAL;
    memcpy(ruri, ru->raw.ptr, ru->raw.len);
    ruri[ru->raw.len] = '\0';
    fsip_msg *ack = fsip_msg_new_request("ACK", ruri, s->alloc);
    if (!ack) return FSIP_ENOMEM;
    const fsip_cseq *c = fsip_msg_cseq(req);
    char cseq[32];
    snprintf(cseq, sizeof cseq, "%u ACK", (unsigned)c->seq);
    int rc = fsip__hdr_add_str(ack, "Via", fsip_msg_hdr_first(req, FSIP_HDR_VIA)->value);
    for (const fsip_hdr *h = fsip_msg_hdr_first(req, FSIP_HDR_ROUTE); h && rc == 0;
         h = fsip_msg_hdr_next(req, h))
        rc = fsip__hdr_add_str(ack, "Route", h->value);
    if (rc == 0) rc = fsip__hdr_add_str(ack, "From", fsip_msg_hdr_first(req, FSIP_HDR_FROM)->value);
    if (rc == 0) rc = fsip__hdr_add_str(ack, "To", fsip_msg_hdr_first(resp, FSIP_HDR_TO)->value);
    if (rc == 0) rc = fsip__hdr_add_str(ack, "Call-ID", fsip_msg_call_id(req));
    if (rc == 0) rc = fsip_msg_hdr_add(ack, "CSeq", cseq);
    if (rc == 0) rc = fsip_msg_hdr_add(ack, "Max-Forwards", "70");
    if (rc == 0) rc = fsip__print(s, ack, &t->ack, &t->ack_len);
    fsip_msg_free(ack);
    return rc;
}

static void timer_start(fsip_txn *t, int slot, uint64_t ms)
{
    struct fsip_timer *tm = &t->timers[slot];
    tm->interval = ms;
    fsip__theap_start(&t->stack->timers, tm, t->stack->now + ms);
}

static void run_action(fsip_txn *t, int a, const fsip_msg *msg)
{
    fsip_stack *s = t->stack;
    const struct machine *m = &machines[t->kind];
    const struct fsm_action_info *ai = &m->actions[a];
    struct fsm_timebase tb = {s->cfg.t1_ms, s->cfg.t2_ms, s->cfg.t4_ms};
    switch (m->op(a)) {
    case OP_TIMER: {
        const struct fsm_timer_info *ti = &m->timers[ai->timer];
        struct fsip_timer *tm = &t->timers[ai->timer];
        if (ai->op == FSM_OP_STOP) {
            fsip__theap_stop(&s->timers, tm);
        } else if (ai->op == FSM_OP_BACKOFF) {
            timer_start(t, ai->timer, fsm_timer_backoff_ms(ti, tm->interval, &tb));
        } else {
            uint64_t ms = ai->has_duration ? fsm_duration_ms(ai->duration, &tb)
                                           : fsm_timer_first_ms(ti, t->guards, &tb);
            timer_start(t, ai->timer, ms);
        }
        break;
    }
    case OP_SEND_REQUEST: txn_send(t, t->out, t->out_len); break;
    case OP_RETRANSMIT:
        s->stats.tx_retransmissions++;
        txn_send(t, t->out, t->out_len);
        break;
    case OP_SEND_ACK:
        if (!t->ack && msg && build_ack(t, msg) < 0) {
            fsip__log(s, FSIP_LOG_ERROR, "cannot build the ACK (out of memory)");
            break;
        }
        txn_send(t, t->ack, t->ack_len);
        break;
    case OP_TO_TU: t->pend |= PEND_TO_TU; break;
    case OP_TIMEOUT_TO_TU: t->pend |= PEND_TIMEOUT; break;
    case OP_ERROR_TO_TU: t->pend |= PEND_ERROR; break;
    case OP_SEND_TRYING: {
        /* RFC 3261 §17.2.1: 100 Trying; §8.2.6.1: no To tag. */
        char *buf = NULL;
        size_t len = 0;
        if (fsip__print_trying(s, t->req, &buf, &len) < 0) {
            fsip__log(s, FSIP_LOG_ERROR, "cannot build 100 Trying (out of memory)");
        } else {
            if (t->out) s->alloc->free(t->out, s->alloc->arg);
            t->out = buf;
            t->out_len = len;
            txn_send(t, t->out, t->out_len);
        }
        break;
    }
    case OP_SEND_RESPONSE:
        if (t->next_out) {
            if (t->out) s->alloc->free(t->out, s->alloc->arg);
            t->out = t->next_out;
            t->out_len = t->next_out_len;
            t->next_out = NULL;
        }
        txn_send(t, t->out, t->out_len);
        break;
    case OP_RESEND_RESPONSE:
        if (t->out) {
            s->stats.tx_retransmissions++;
            txn_send(t, t->out, t->out_len);
        }
        break;
    }
}

static void deliver_to_tu(fsip_txn *t, const fsip_msg *msg);

/* Feeds one event. Returns the row kind (FSM_GO, FSM_IGNORE, FSM_ERROR) or
 * -1 when the transaction is already terminated. */
/* Terminated: out of every table now, freed once the last reference goes
 * (after its TERMINATED callback). */
static void txn_terminate(fsip_txn *t)
{
    fsip_stack *s = t->stack;
    t->dead = 1;
    for (int i = 0; i < FSIP_TXN_MAX_TIMERS; i++)
        fsip__theap_stop(&s->timers, &t->timers[i]);
    fsip__htable_remove(&s->txns, &t->node);
    fsip__htable_remove(&s->merges, &t->merge);
    if (s->cb.txn_event) s->cb.txn_event(s, t, FSIP_TXN_TERMINATED, s->cb.arg);
}

static int txn_event(fsip_txn *t, int event, const fsip_msg *msg)
{
    fsip_stack *s = t->stack;
    const struct machine *m = &machines[t->kind];
    struct rowv r;
    if (t->dead || m->step(t->state, event, t->guards, &r) != 0) return -1;
    if (s->row_hook) s->row_hook(t->kind, r.index, event, s->row_hook_arg);
    if (r.kind == FSM_ERROR) {
        fsip__log(s, FSIP_LOG_DEBUG, "txn %p: no transition for event %d in %s", (void *)t, event,
                  m->states[t->state]);
        return FSM_ERROR;
    }
    if (r.kind == FSM_IGNORE) return FSM_IGNORE;
    t->state = (uint8_t)r.next;
    t->refs++;
    for (int i = 0; i < r.n_actions; i++)
        run_action(t, r.actions[i], msg);
    uint32_t pend = t->pend & (PEND_TO_TU | PEND_TIMEOUT | PEND_ERROR);
    t->pend &= ~pend;
    if (pend & PEND_TO_TU) deliver_to_tu(t, msg);
    if ((pend & PEND_TIMEOUT) && !t->dead) {
        s->stats.txn_timeouts++;
        if (s->cb.txn_event) s->cb.txn_event(s, t, FSIP_TXN_TIMEOUT, s->cb.arg);
    }
    if ((pend & PEND_ERROR) && !t->dead) {
        s->stats.txn_transport_errors++;
        if (s->cb.txn_event) s->cb.txn_event(s, t, FSIP_TXN_TRANSPORT_ERROR, s->cb.arg);
    }
    if (!t->dead && m->is_final[t->state]) {
        txn_terminate(t);
    } else if (!t->dead && (t->pend & PEND_TRANSPORT_ERROR_EVENT)) {
        /* RFC 3261 §17.1.4, §17.2.4: a failed send is an event of its own. */
        t->pend &= ~(uint32_t)PEND_TRANSPORT_ERROR_EVENT;
        txn_event(t, m->ev_transport_error, NULL);
    }
    txn_unref(t);
    return FSM_GO;
}

static void deliver_to_tu(fsip_txn *t, const fsip_msg *msg)
{
    fsip_stack *s = t->stack;
    if (t->dead) return;
    if (t->kind == FSIP_TXN_ICT || t->kind == FSIP_TXN_NICT) {
        if (s->cb.response && msg) s->cb.response(s, t, msg, s->cb.arg);
        return;
    }
    if (t->reject) {
        /* The UAS core answers in place of the TU (RFC 3261 §8.2). */
        fsip_msg *r = fsip__new_response(s, t->req, t->reject, NULL, t->to_tag);
        int rc = FSIP_ENOMEM;
        if (r) {
            rc = 0;
            for (char *h = t->reject_hdr; *h && rc == 0;) {
                char *nl = strchr(h, '\n');
                if (nl) *nl = '\0';
                char *colon = strchr(h, ':');
                if (colon) {
                    *colon = '\0';
                    rc = fsip_msg_hdr_add(r, h, colon + 2);
                    *colon = ':';
                }
                if (!nl) break;
                *nl = '\n';
                h = nl + 1;
            }
            if (rc == 0) rc = fsip_txn_respond(t, r, s->now);
            fsip_msg_free(r);
        }
        if (rc < 0)
            fsip__log(s, FSIP_LOG_ERROR, "cannot send %d: %s", t->reject, fsip_strerror(rc));
        return;
    }
    if (s->cb.request) s->cb.request(s, t, msg ? msg : t->req, &t->flow, s->cb.arg);
}

/* ------------------------------------------------------------- the wire */

void fsip__txn_on_response(fsip_stack *s, const fsip_msg *resp)
{
    const fsip_via *v = fsip_msg_via(resp);
    const fsip_cseq *c = fsip_msg_cseq(resp);
    struct key k;
    key_init(&k, s->alloc);
    client_key(&k, v->branch, c->method_name);
    fsip_txn *t = k.oom ? NULL : find_txn(s, &k);
    key_free(&k);
    if (!t || (t->kind != FSIP_TXN_ICT && t->kind != FSIP_TXN_NICT)) {
        /* RFC 3261 §18.1.2: a response matching no transaction is dropped
         * (a late 2xx after Timer M included, RFC 6026 §8.4). */
        s->stats.rx_stray_responses++;
        fsip__log(s, FSIP_LOG_INFO, "response %d matches no transaction: dropped",
                  fsip_msg_status(resp));
        return;
    }
    int kind = txn_event(t, response_event(t->kind, fsip_msg_status(resp)), resp);
    if (kind == FSM_IGNORE) s->stats.rx_retransmissions++;
}

/* RFC 3261 §17.2.3: an ACK for a non-2xx final response matches the
 * INVITE server transaction. Without the magic cookie its To tag is the
 * one of our response, absent from the INVITE. */
static fsip_txn *match_ack(fsip_stack *s, const fsip_msg *ack)
{
    struct key k;
    key_init(&k, s->alloc);
    fsip_str inv = fsip_str_c("INVITE");
    server_key(&k, ack, inv, NULL);
    fsip_txn *t = k.oom ? NULL : find_txn(s, &k);
    key_free(&k);
    if (t || has_cookie(fsip_msg_via(ack)->branch)) return t;
    fsip_str none = FSIP_STR_NULL;
    key_init(&k, s->alloc);
    server_key(&k, ack, inv, &none);
    t = k.oom ? NULL : find_txn(s, &k);
    key_free(&k);
    if (t && !fsip_str_eq(fsip_msg_to(ack)->tag, t->to_tag)) t = NULL;
    return t;
}

void fsip__txn_on_request(fsip_stack *s, const fsip_flow *flow, fsip_msg *req)
{
    fsip_method method = fsip_msg_method(req);
    if (method == FSIP_METHOD_ACK) {
        fsip_txn *t = match_ack(s, req);
        if (t && t->kind == FSIP_TXN_IST) {
            int kind = txn_event(t, FSM_IST_EV_ACK, req);
            if (kind == FSM_IGNORE) s->stats.rx_retransmissions++;
            fsip_msg_free(req);
            return;
        }
        /* An ACK for a 2xx is its own transaction: straight to the TU
         * (RFC 3261 §17.2.3, §13.3.1.4). */
        if (s->cb.request) s->cb.request(s, NULL, req, flow, s->cb.arg);
        fsip_msg_free(req);
        return;
    }

    const fsip_cseq *c = fsip_msg_cseq(req);
    struct key k;
    key_init(&k, s->alloc);
    server_key(&k, req, match_method(c, true), NULL);
    if (k.oom) {
        fsip__log(s, FSIP_LOG_ERROR, "out of memory matching a request: dropped");
        fsip_msg_free(req);
        return;
    }
    fsip_txn *t = find_txn(s, &k);
    if (t) {
        /* A retransmission (RFC 3261 §17.2.1, §17.2.2). */
        key_free(&k);
        int ev = t->kind == FSIP_TXN_IST ? FSM_IST_EV_INVITE : FSM_NIST_EV_REQUEST;
        txn_event(t, ev, req);
        s->stats.rx_retransmissions++;
        fsip_msg_free(req);
        return;
    }
    if (s->stats.txn_active >= s->cfg.max_transactions) {
        key_free(&k);
        fsip__log(s, FSIP_LOG_WARN, "transaction limit (%u) reached: 503",
                  (unsigned)s->cfg.max_transactions);
        fsip__count_reject(s, 503);
        char ra[16];
        snprintf(ra, sizeof ra, "%u", (unsigned)s->cfg.retry_after_s);
        char tag[24];
        fsip__random_hex(s, tag, 16);
        fsip_msg *r = fsip__new_response(s, req, 503, NULL, tag);
        fsip_flow out = *flow;
        if (r && fsip_msg_hdr_add(r, "Retry-After", ra) == 0) {
            char *buf;
            size_t len;
            fsip__response_flow(flow, req, &out);
            if (fsip__print(s, r, &buf, &len) == 0) {
                fsip__send(s, &out, buf, len);
                s->alloc->free(buf, s->alloc->arg);
            }
        }
        fsip_msg_free(r);
        fsip_msg_free(req);
        return;
    }

    /* RFC 3261 §8.2.2.2: merged requests, only for requests without a To tag. */
    struct key mk;
    key_init(&mk, s->alloc);
    bool merge = fsip_msg_to(req)->tag.ptr == NULL;
    fsip_txn *merged = NULL;
    if (merge) {
        merge_key(&mk, req);
        merged = mk.oom ? NULL : find_merge(s, &mk);
    }
    fsip_txn_kind kind = method == FSIP_METHOD_INVITE ? FSIP_TXN_IST : FSIP_TXN_NIST;
    fsip_flow out;
    fsip__response_flow(flow, req, &out);
    t = (k.oom || mk.oom) ? NULL : txn_new(s, kind, &out, &k, merge && !merged ? &mk : NULL);
    key_free(&k);
    key_free(&mk);
    if (!t) {
        fsip__log(s, FSIP_LOG_ERROR, "out of memory creating a server transaction: dropped");
        fsip_msg_free(req);
        return;
    }
    t->req = req;
    fsip__random_hex(s, t->to_tag, 16);
    txn_link(t);
    if (merged) {
        t->reject = 482;
    } else {
        fsip__uas_check(s, t, t->req);
    }
    if (t->reject) fsip__count_reject(s, t->reject);
    txn_event(t, machines[kind].ev_start, t->req);
}

void fsip__txn_run_timers(fsip_stack *s, uint64_t now)
{
    struct fsip_timer *tm;
    while ((tm = fsip__theap_top(&s->timers)) && tm->when <= now) {
        fsip__theap_stop(&s->timers, tm);
        if (tm->fire) {
            tm->fire(tm);
            continue;
        }
        fsip_txn *t = tm->owner;
        txn_event(t, machines[t->kind].timers[tm->slot].event, NULL);
    }
}

/* ---------------------------------------------------- abandoning (TU) */

void fsip__txn_abandon(fsip_txn *t)
{
    /* An ICT in Proceeding has no timer left (RFC 3261 §17.1.1.2): when its
     * TU gives up on it (no 487 to a CANCEL, a hung-up call), it goes now;
     * a late response to it is a stray. In any other state a timer ends it. */
    if (!t || t->dead || t->kind != FSIP_TXN_ICT || t->state != FSM_ICT_PROCEEDING) return;
    t->refs++;
    txn_terminate(t);
    txn_unref(t);
}

bool fsip__txn_answered(const fsip_txn *t)
{
    if (t->kind == FSIP_TXN_NIST)
        return t->state != FSM_NIST_TRYING && t->state != FSM_NIST_PROCEEDING;
    if (t->kind == FSIP_TXN_IST) return t->state != FSM_IST_PROCEEDING;
    return true;
}

/* ------------------------------------------------- failed connections */

void fsip_stack_conn_failed(fsip_stack *s, fsip_transport tr, const fsip_netaddr *remote,
                            uint64_t now)
{
    if (!s || !remote || !fsip_transport_reliable(tr)) return;
    fsip__enter(s, now);
    /* RFC 3261 §17.1.4: the client transactions whose requests were to go
     * over that connection learn of it now, not at Timer B/F. */
    fsip_txn *t = s->all;
    if (t) t->refs++;
    while (t) {
        fsip_txn *next = t->next;
        if (next) next->refs++;
        if (!t->dead && (t->kind == FSIP_TXN_ICT || t->kind == FSIP_TXN_NICT) &&
            t->flow.transport == tr && fsip_netaddr_equal(&t->flow.remote, remote)) {
            txn_event(t, machines[t->kind].ev_transport_error, NULL);
        }
        txn_unref(t);
        t = next;
    }
    fsip__leave(s);
}

/* ------------------------------------------------------ the TU's timers */

void fsip__stack_set_tu(fsip_stack *s, const fsip_stack_callbacks *cb)
{
    s->cb.send = cb->send;
    s->cb.request = cb->request;
    s->cb.response = cb->response;
    s->cb.txn_event = cb->txn_event;
    s->cb.arg = cb->arg;
}

int fsip__tu_timers_reserve(fsip_stack *s, uint32_t n)
{
    uint32_t total = (uint32_t)s->stats.txn_active * FSIP_TXN_MAX_TIMERS + s->tu_timers + n;
    if (fsip__theap_reserve(&s->timers, total) < 0) return FSIP_ENOMEM;
    s->tu_timers += n;
    return 0;
}

void fsip__tu_timers_release(fsip_stack *s, uint32_t n)
{
    s->tu_timers -= n < s->tu_timers ? n : s->tu_timers;
}

void fsip__tu_timer_start(fsip_stack *s, struct fsip_timer *t, uint64_t when)
{
    fsip__theap_start(&s->timers, t, when);
}

void fsip__tu_timer_stop(fsip_stack *s, struct fsip_timer *t)
{
    fsip__theap_stop(&s->timers, t);
}

/* ---------------------------------------------------------- TU requests */

static int start_client(fsip_stack *s, fsip_msg *req, fsip_str branch, const fsip_flow *dest,
                        void *user, fsip_txn **out)
{
    fsip_method method = fsip_msg_method(req);
    fsip_txn_kind kind = method == FSIP_METHOD_INVITE ? FSIP_TXN_ICT : FSIP_TXN_NICT;
    struct key k;
    key_init(&k, s->alloc);
    client_key(&k, branch, fsip_msg_cseq(req)->method_name);
    fsip_txn *t = k.oom ? NULL : txn_new(s, kind, dest, &k, NULL);
    key_free(&k);
    if (!t) {
        fsip_msg_free(req);
        return FSIP_ENOMEM;
    }
    t->req = req;
    t->user = user;
    int rc = fsip__print(s, req, &t->out, &t->out_len);
    if (rc < 0) {
        t->dead = 1;
        txn_free(t);
        return rc;
    }
    txn_link(t);
    if (out) *out = t;
    t->refs++;
    txn_event(t, machines[kind].ev_start, NULL);
    int dead = t->dead;
    txn_unref(t);
    if (dead && out) *out = NULL;
    return 0;
}

static int check_request(const fsip_msg *req)
{
    if (!fsip_msg_is_request(req)) return FSIP_EINVAL;
    const fsip_cseq *c = fsip_msg_cseq(req);
    if (!c || !fsip_msg_from(req) || !fsip_msg_to(req) || !fsip_msg_call_id(req).ptr)
        return FSIP_EINVAL;
    if (!fsip_str_caseeq_str(c->method_name, fsip_msg_method_name(req))) return FSIP_EINVAL;
    return 0;
}

/* Our Via (RFC 3261 §8.1.1.7, §18.1.1; RFC 3581 §3). */
static int add_via(fsip_stack *s, fsip_msg *req, const fsip_flow *dest, char *branch, size_t cap)
{
    char sent_by[80];
    if (s->cfg.sent_by)
        snprintf(sent_by, sizeof sent_by, "%s", s->cfg.sent_by);
    else
        fsip_netaddr_print(&dest->local, dest->local.port != 0, sent_by, sizeof sent_by);
    memcpy(branch, "z9hG4bK", 7);
    fsip__random_hex(s, branch + 7, cap - 8 < 24 ? cap - 8 : 24);
    char via[256];
    snprintf(via, sizeof via, "SIP/2.0/%s %s;branch=%s%s", fsip_transport_name(dest->transport),
             sent_by, branch, s->cfg.rport ? ";rport" : "");
    return fsip_msg_hdr_prepend(req, "Via", via);
}

int fsip_stack_send_request(fsip_stack *s, fsip_msg *req, const fsip_flow *dest, void *user,
                            uint64_t now, fsip_txn **out)
{
    if (out) *out = NULL;
    if (!s || !req || !dest) {
        if (req) fsip_msg_free(req);
        return FSIP_EINVAL;
    }
    fsip__enter(s, now);
    int rc = check_request(req);
    if (rc == 0 && fsip_msg_method(req) == FSIP_METHOD_ACK) rc = FSIP_EINVAL;
    if (rc == 0 && s->stats.txn_active >= s->cfg.max_transactions) rc = FSIP_ELIMIT;
    char branch[40];
    if (rc == 0) rc = add_via(s, req, dest, branch, sizeof branch);
    if (rc < 0) {
        fsip_msg_free(req);
    } else {
        rc = start_client(s, req, fsip_str_c(branch), dest, user, out);
    }
    fsip__leave(s);
    return rc;
}

int fsip_stack_send_cancel(fsip_stack *s, fsip_txn *inv, void *user, uint64_t now, fsip_txn **out)
{
    if (out) *out = NULL;
    if (!s || !inv || inv->kind != FSIP_TXN_ICT || inv->dead) return FSIP_EINVAL;
    fsip__enter(s, now);
    int rc = 0;
    if (s->stats.txn_active >= s->cfg.max_transactions) rc = FSIP_ELIMIT;
    const fsip_msg *req = inv->req;
    const fsip_uri *ru = fsip_msg_request_uri(req);
    char ruri[2048];
    if (rc == 0 && ru->raw.len >= sizeof ruri) rc = FSIP_EINVAL;
    fsip_msg *c = NULL;
    if (rc == 0) {
        memcpy(ruri, ru->raw.ptr, ru->raw.len);
        ruri[ru->raw.len] = '\0';
        c = fsip_msg_new_request("CANCEL", ruri, s->alloc);
        if (!c) rc = FSIP_ENOMEM;
    }
    /* RFC 3261 §9.1: the CANCEL copies Request-URI, Call-ID, To, From, the
     * CSeq number, the top Via and Route of the request it cancels. */
    if (rc == 0) rc = fsip__hdr_add_str(c, "Via", fsip_msg_hdr_first(req, FSIP_HDR_VIA)->value);
    for (const fsip_hdr *h = fsip_msg_hdr_first(req, FSIP_HDR_ROUTE); h && rc == 0;
         h = fsip_msg_hdr_next(req, h))
        rc = fsip__hdr_add_str(c, "Route", h->value);
    if (rc == 0) rc = fsip__hdr_add_str(c, "From", fsip_msg_hdr_first(req, FSIP_HDR_FROM)->value);
    if (rc == 0) rc = fsip__hdr_add_str(c, "To", fsip_msg_hdr_first(req, FSIP_HDR_TO)->value);
    if (rc == 0) rc = fsip__hdr_add_str(c, "Call-ID", fsip_msg_call_id(req));
    char cseq[32];
    snprintf(cseq, sizeof cseq, "%u CANCEL", (unsigned)fsip_msg_cseq(req)->seq);
    if (rc == 0) rc = fsip_msg_hdr_add(c, "CSeq", cseq);
    if (rc == 0) rc = fsip_msg_hdr_add(c, "Max-Forwards", "70");
    if (rc < 0) {
        if (c) fsip_msg_free(c);
    } else {
        rc = start_client(s, c, fsip_msg_via(req)->branch, &inv->flow, user, out);
    }
    fsip__leave(s);
    return rc;
}

/* ---------------------------------------------------------- TU responses */

int fsip_txn_respond(fsip_txn *t, const fsip_msg *resp, uint64_t now)
{
    if (!t || !resp || fsip_msg_is_request(resp)) return FSIP_EINVAL;
    if (t->kind != FSIP_TXN_IST && t->kind != FSIP_TXN_NIST) return FSIP_EINVAL;
    if (t->dead) return FSIP_EINVAL;
    fsip_stack *s = t->stack;
    fsip__enter(s, now);
    int rc = 0;
    if (t->next_out) {
        s->alloc->free(t->next_out, s->alloc->arg);
        t->next_out = NULL;
    }
    rc = fsip__print(s, resp, &t->next_out, &t->next_out_len);
    if (rc == 0) {
        t->refs++; /* the step may terminate the transaction */
        int kind = txn_event(t, response_event(t->kind, fsip_msg_status(resp)), resp);
        if (kind != FSM_GO) rc = FSIP_EINVAL;
        if (t->next_out) {
            s->alloc->free(t->next_out, s->alloc->arg);
            t->next_out = NULL;
        }
        txn_unref(t);
    }
    fsip__leave(s);
    return rc;
}

fsip_msg *fsip_txn_new_response(fsip_txn *t, int status, const char *reason)
{
    if (!t || !t->req || t->kind == FSIP_TXN_ICT || t->kind == FSIP_TXN_NICT) return NULL;
    return fsip__new_response(t->stack, t->req, status, reason, t->to_tag);
}

int fsip_txn_respond_status(fsip_txn *t, int status, const char *reason, uint64_t now)
{
    fsip_msg *r = fsip_txn_new_response(t, status, reason);
    if (!r) return t && status >= 100 && status <= 699 ? FSIP_ENOMEM : FSIP_EINVAL;
    int rc = fsip_txn_respond(t, r, now);
    fsip_msg_free(r);
    return rc;
}

/* -------------------------------------------------------------- getters */

fsip_txn_kind fsip_txn_get_kind(const fsip_txn *t)
{
    return t->kind;
}
const fsip_msg *fsip_txn_request(const fsip_txn *t)
{
    return t->req;
}
const fsip_flow *fsip_txn_flow(const fsip_txn *t)
{
    return &t->flow;
}
const char *fsip_txn_state_name(const fsip_txn *t)
{
    return machines[t->kind].states[t->state];
}
void *fsip_txn_user(const fsip_txn *t)
{
    return t->user;
}
void fsip_txn_set_user(fsip_txn *t, void *user)
{
    t->user = user;
}
fsip_stack *fsip_txn_stack(const fsip_txn *t)
{
    return t->stack;
}

fsip_txn *fsip_txn_cancel_target(const fsip_txn *t)
{
    if (!t || t->kind != FSIP_TXN_NIST || fsip_msg_method(t->req) != FSIP_METHOD_CANCEL)
        return NULL;
    struct key k;
    key_init(&k, t->stack->alloc);
    /* RFC 3261 §9.2: the transaction the CANCEL would match if it were an
     * INVITE. */
    server_key(&k, t->req, fsip_str_c("INVITE"), NULL);
    fsip_txn *inv = k.oom ? NULL : find_txn(t->stack, &k);
    key_free(&k);
    return inv && inv->kind == FSIP_TXN_IST ? inv : NULL;
}
