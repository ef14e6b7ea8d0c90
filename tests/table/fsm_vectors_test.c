/* Table-driven test of the generated state machines: every line of
 * gen/fsm_<name>.vectors (every row of the spec under every guard value it
 * covers) is walked through fsm_<name>_step(), checking the kind, the next
 * state and the ordered actions. Every row of the table must be reached.
 * Then the C table is checked for totality and the timers for the RFC 3261
 * values, and a few rows are pinned to the RFC text they implement. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "fsm_ict.h"
#include "fsm_ist.h"
#include "fsm_nict.h"
#include "fsm_nist.h"
#include "fsm_dialog.h"
#include "fsm_inv_uac.h"
#include "fsm_inv_uas.h"
#include "fsm_offer_answer.h"
#include "fsm_rel1xx_uac.h"
#include "fsm_rel1xx_uas.h"
#include "fsm_update.h"
#include "fsm_refer_sub.h"
#include "fsm_refer_notify.h"
#include "fsm_register.h"

/* One view over the four machines' different row types. */
struct view {
    int kind, next, n_actions, row_index, line;
    const uint8_t *actions;
};

struct machine {
    const char *name;
    int nstates, nevents, nguards, nrows, nactions;
    const char *const *states, *const *events, *const *guards;
    const uint8_t *is_final;
    const struct fsm_action_info *actions;
    int (*step)(int state, int event, uint32_t guards, struct view *v);
};

#define ADAPT(m, M)                                                                                \
    static int step_##m(int state, int event, uint32_t guards, struct view *v)                     \
    {                                                                                              \
        const struct fsm_##m##_row *r =                                                            \
            fsm_##m##_step((enum fsm_##m##_state)state, (enum fsm_##m##_event)event, guards);      \
        if (!r) return -1;                                                                         \
        v->kind = r->kind;                                                                         \
        v->next = r->next;                                                                         \
        v->n_actions = r->n_actions;                                                               \
        v->actions = r->actions;                                                                   \
        v->row_index = (int)(r - fsm_##m##_rows);                                                  \
        v->line = r->line;                                                                         \
        return 0;                                                                                  \
    }                                                                                              \
    static const struct machine machine_##m = {#m,                                                 \
                                               FSM_##M##_N_STATES,                                 \
                                               FSM_##M##_N_EVENTS,                                 \
                                               FSM_##M##_N_GUARDS,                                 \
                                               FSM_##M##_N_ROWS,                                   \
                                               FSM_##M##_N_ACTIONS,                                \
                                               fsm_##m##_state_names,                              \
                                               fsm_##m##_event_names,                              \
                                               fsm_##m##_guard_names,                              \
                                               fsm_##m##_is_final,                                 \
                                               fsm_##m##_actions,                                  \
                                               step_##m};

ADAPT(ict, ICT)
ADAPT(nict, NICT)
ADAPT(ist, IST)
ADAPT(nist, NIST)
ADAPT(dialog, DIALOG)
ADAPT(inv_uac, INV_UAC)
ADAPT(inv_uas, INV_UAS)
ADAPT(offer_answer, OFFER_ANSWER)
ADAPT(rel1xx_uas, REL1XX_UAS)
/* fsmc emits no guard-name table for a machine without guards. */
static const char *const fsm_rel1xx_uac_guard_names[] = {""};
static const char *const fsm_update_guard_names[] = {""};
ADAPT(rel1xx_uac, REL1XX_UAC)
ADAPT(update, UPDATE)
static const char *const fsm_refer_sub_guard_names[] = {""};
static const char *const fsm_refer_notify_guard_names[] = {""};
ADAPT(refer_sub, REFER_SUB)
ADAPT(refer_notify, REFER_NOTIFY)
ADAPT(register, REGISTER)

static int lookup(const char *const *names, int n, const char *name)
{
    for (int i = 0; i < n; i++)
        if (strcmp(names[i], name) == 0) return i;
    return -1;
}

static const char *const kinds[] = {"go", "ignore", "error"};

/* Splits s at tabs into at most max fields; returns the count. */
static int split_tabs(char *s, char **field, int max)
{
    int n = 0;
    while (n < max) {
        field[n++] = s;
        char *tab = strchr(s, '\t');
        if (!tab) break;
        *tab = '\0';
        s = tab + 1;
    }
    return n;
}

static void walk_vectors(const struct machine *m)
{
    char path[1024], line[4096];
    snprintf(path, sizeof path, "%s/gen/fsm_%s.vectors", FSIP_SOURCE_DIR, m->name);
    FILE *f = fopen(path, "r");
    if (!f) fail_msg("cannot open %s", path);
    int *hit = calloc((size_t)m->nrows, sizeof *hit);
    assert_non_null(hit);
    int nvectors = 0, lineno = 0, header = 0;

    while (fgets(line, sizeof line, f)) {
        lineno++;
        line[strcspn(line, "\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0') continue;
        char *fld[8] = {0};
        int n = split_tabs(line, fld, 8);
        if (strcmp(fld[0], "machine") == 0) {
            assert_int_equal(n, 3);
            assert_string_equal(fld[1], m->name);
            assert_int_equal(atoi(fld[2]), m->nrows);
            header = 1;
            continue;
        }
        if (n != 7) fail_msg("%s:%d: %d fields, want 7", path, lineno, n);
        int state = lookup(m->states, m->nstates, fld[1]);
        int event = lookup(m->events, m->nevents, fld[2]);
        int next = lookup(m->states, m->nstates, fld[5]);
        int kind = lookup(kinds, 3, fld[4]);
        if (state < 0 || event < 0 || next < 0 || kind < 0)
            fail_msg("%s:%d: unknown state, event or kind", path, lineno);

        uint32_t guards = 0;
        if (strcmp(fld[3], "-") != 0) {
            for (char *g = strtok(fld[3], ","); g; g = strtok(NULL, ",")) {
                char *eq = strchr(g, '=');
                assert_non_null(eq);
                *eq = '\0';
                int gi = lookup(m->guards, m->nguards, g);
                if (gi < 0) fail_msg("%s:%d: unknown guard %s", path, lineno, g);
                if (eq[1] == '1') guards |= 1u << gi;
            }
        }

        struct view v;
        if (m->step(state, event, guards, &v) != 0)
            fail_msg("%s:%d: no row for (%s, %s)", path, lineno, fld[1], fld[2]);
        if (v.kind != kind || v.next != next || v.line != atoi(fld[0]))
            fail_msg("%s:%d: (%s, %s) gave %s -> %s (spec line %d), want %s -> %s (line %s)", path,
                     lineno, fld[1], fld[2], kinds[v.kind], m->states[v.next], v.line, fld[4],
                     fld[5], fld[0]);

        /* Actions, in order. */
        int k = 0;
        if (strcmp(fld[6], "-") != 0) {
            for (char *a = strtok(fld[6], " "); a; a = strtok(NULL, " "), k++) {
                if (k >= v.n_actions) fail_msg("%s:%d: extra action %s", path, lineno, a);
                if (strcmp(m->actions[v.actions[k]].name, a) != 0)
                    fail_msg("%s:%d: action %d is %s, want %s", path, lineno, k,
                             m->actions[v.actions[k]].name, a);
            }
        }
        if (k != v.n_actions) fail_msg("%s:%d: %d actions, want %d", path, lineno, v.n_actions, k);
        hit[v.row_index]++;
        nvectors++;
    }
    fclose(f);
    assert_true(header);
    assert_true(nvectors >= m->nrows);
    for (int i = 0; i < m->nrows; i++)
        if (!hit[i]) fail_msg("%s: row %d never reached by a vector", m->name, i);
    free(hit);
    print_message("%s: %d vectors, %d rows\n", m->name, nvectors, m->nrows);
}

/* Every (state, event, guards) of a non-final state has exactly the row
 * fsmc proved it has; a final state has none. */
static void check_total(const struct machine *m)
{
    for (int s = 0; s < m->nstates; s++)
        for (int e = 0; e < m->nevents; e++)
            for (uint32_t g = 0; g < (1u << m->nguards); g++) {
                struct view v;
                int rc = m->step(s, e, g, &v);
                if (m->is_final[s])
                    assert_int_equal(rc, -1);
                else if (rc != 0)
                    fail_msg("%s: no row for (%s, %s, guards %u)", m->name, m->states[s],
                             m->events[e], (unsigned)g);
            }
    struct view v;
    assert_int_equal(m->step(m->nstates, 0, 0, &v), -1);
    assert_int_equal(m->step(0, m->nevents, 0, &v), -1);
}

static void test_ict(void **state)
{
    (void)state;
    walk_vectors(&machine_ict);
    check_total(&machine_ict);
}

static void test_nict(void **state)
{
    (void)state;
    walk_vectors(&machine_nict);
    check_total(&machine_nict);
}

static void test_ist(void **state)
{
    (void)state;
    walk_vectors(&machine_ist);
    check_total(&machine_ist);
}

static void test_nist(void **state)
{
    (void)state;
    walk_vectors(&machine_nist);
    check_total(&machine_nist);
}

static void test_dialog(void **state)
{
    (void)state;
    walk_vectors(&machine_dialog);
    check_total(&machine_dialog);
}

static void test_inv_uac(void **state)
{
    (void)state;
    walk_vectors(&machine_inv_uac);
    check_total(&machine_inv_uac);
}

static void test_inv_uas(void **state)
{
    (void)state;
    walk_vectors(&machine_inv_uas);
    check_total(&machine_inv_uas);
}

static void test_offer_answer(void **state)
{
    (void)state;
    walk_vectors(&machine_offer_answer);
    check_total(&machine_offer_answer);
}

static void test_rel1xx_uas(void **state)
{
    (void)state;
    walk_vectors(&machine_rel1xx_uas);
    check_total(&machine_rel1xx_uas);
}

static void test_rel1xx_uac(void **state)
{
    (void)state;
    walk_vectors(&machine_rel1xx_uac);
    check_total(&machine_rel1xx_uac);
}

static void test_update(void **state)
{
    (void)state;
    walk_vectors(&machine_update);
    check_total(&machine_update);
}

static void test_refer_sub(void **state)
{
    (void)state;
    walk_vectors(&machine_refer_sub);
    check_total(&machine_refer_sub);
}

static void test_refer_notify(void **state)
{
    (void)state;
    walk_vectors(&machine_refer_notify);
    check_total(&machine_refer_notify);
}

/* The registration client (fsm/register.fsm): every vector, totality, and
 * the rows RFC 3261 §10.2 pins down. */
static void test_register(void **state)
{
    (void)state;
    walk_vectors(&machine_register);
    check_total(&machine_register);
    /* §10.2.8: 423 sends the REGISTER again (with Min-Expires), no report. */
    const struct fsm_register_row *r =
        fsm_register_step(FSM_REGISTER_REGISTERING, FSM_REGISTER_EV_R423, 0);
    assert_non_null(r);
    assert_int_equal(r->next, FSM_REGISTER_REGISTERING);
    assert_int_equal(r->n_actions, 1);
    assert_int_equal(r->actions[0], FSM_REGISTER_A_SEND_REGISTER);
    /* §10.2.4: a 2xx to the refresh restarts the refresh timer. */
    r = fsm_register_step(FSM_REGISTER_REFRESHING, FSM_REGISTER_EV_R2XX, 0);
    assert_int_equal(r->next, FSM_REGISTER_REGISTERED);
    assert_int_equal(r->actions[0], FSM_REGISTER_A_START_REFRESH);
    /* §10.2.2: freeing a bound registration removes its bindings. */
    r = fsm_register_step(FSM_REGISTER_REGISTERED, FSM_REGISTER_EV_CLOSING, 0);
    assert_int_equal(r->next, FSM_REGISTER_CLOSED);
    assert_int_equal(r->actions[1], FSM_REGISTER_A_SEND_UNREGISTER);
    /* The retry budget decides between the retry wait and failed. */
    r = fsm_register_step(FSM_REGISTER_REFRESHING, FSM_REGISTER_EV_R_TRANSIENT,
                          FSM_REGISTER_G_CAN_RETRY);
    assert_int_equal(r->next, FSM_REGISTER_RETRY_WAIT);
    r = fsm_register_step(FSM_REGISTER_REFRESHING, FSM_REGISTER_EV_R_TRANSIENT, 0);
    assert_int_equal(r->next, FSM_REGISTER_FAILED);
}

static const struct fsm_timebase rfc = {500, 4000, 5000}; /* RFC 3261 §17.1.1.1 defaults */

static uint64_t first(const struct fsm_timer_info *t, int reliable)
{
    return fsm_timer_first_ms(t, reliable ? 1u : 0u, &rfc); /* guard bit 0 is `reliable` */
}

/* RFC 3261 §17 Table 4 and RFC 6026 §7 values. */
static void test_timer_values(void **state)
{
    (void)state;
    const struct fsm_timer_info *a = &fsm_ict_timers[FSM_ICT_TIMER_A];
    assert_int_equal(first(a, 0), 500);
    assert_int_equal(fsm_timer_backoff_ms(a, 16000, &rfc), 32000); /* no cap for INVITE */
    assert_int_equal(first(&fsm_ict_timers[FSM_ICT_TIMER_B], 0), 32000);
    assert_true(first(&fsm_ict_timers[FSM_ICT_TIMER_D], 0) >= 32000);
    assert_int_equal(first(&fsm_ict_timers[FSM_ICT_TIMER_D], 1), 0);
    assert_int_equal(first(&fsm_ict_timers[FSM_ICT_TIMER_M], 0), 32000);

    const struct fsm_timer_info *e = &fsm_nict_timers[FSM_NICT_TIMER_E];
    assert_int_equal(first(e, 0), 500);
    assert_int_equal(fsm_timer_backoff_ms(e, 500, &rfc), 1000);
    assert_int_equal(fsm_timer_backoff_ms(e, 4000, &rfc), 4000); /* min(2E, T2) */
    assert_int_equal(first(&fsm_nict_timers[FSM_NICT_TIMER_F], 0), 32000);
    assert_int_equal(first(&fsm_nict_timers[FSM_NICT_TIMER_K], 0), 5000);
    assert_int_equal(first(&fsm_nict_timers[FSM_NICT_TIMER_K], 1), 0);

    const struct fsm_timer_info *g = &fsm_ist_timers[FSM_IST_TIMER_G];
    assert_int_equal(first(g, 0), 500);
    assert_int_equal(fsm_timer_backoff_ms(g, 2000, &rfc), 4000);
    assert_int_equal(fsm_timer_backoff_ms(g, 4000, &rfc), 4000);
    assert_int_equal(first(&fsm_ist_timers[FSM_IST_TIMER_H], 0), 32000);
    assert_int_equal(first(&fsm_ist_timers[FSM_IST_TIMER_I], 0), 5000);
    assert_int_equal(first(&fsm_ist_timers[FSM_IST_TIMER_I], 1), 0);
    assert_int_equal(first(&fsm_ist_timers[FSM_IST_TIMER_L], 0), 32000);

    assert_int_equal(first(&fsm_nist_timers[FSM_NIST_TIMER_J], 0), 32000);
    assert_int_equal(first(&fsm_nist_timers[FSM_NIST_TIMER_J], 1), 0);

    /* NICT Proceeding resets Timer E to T2 (RFC 3261 §17.1.2.2). */
    const struct fsm_nict_row *r = fsm_nict_step(FSM_NICT_PROCEEDING, FSM_NICT_EV_TIMER_E, 0);
    assert_non_null(r);
    const struct fsm_action_info *ai = &fsm_nict_actions[r->actions[1]];
    assert_int_equal(ai->op, FSM_OP_START);
    assert_true(ai->has_duration);
    assert_int_equal(fsm_duration_ms(ai->duration, &rfc), 4000);
}

static int has_action(const uint8_t *actions, int n, int a)
{
    for (int i = 0; i < n; i++)
        if (actions[i] == a) return 1;
    return 0;
}

/* Rows pinned to the RFC sentences they implement. */
static void test_rfc_rows(void **state)
{
    (void)state;
    const struct fsm_ict_row *c;
    /* RFC 3261 §17.1.1.2: no Timer A on reliable transports. */
    c = fsm_ict_step(FSM_ICT_IDLE, FSM_ICT_EV_TU_INVITE, FSM_ICT_G_RELIABLE);
    assert_false(has_action(c->actions, c->n_actions, FSM_ICT_A_START_A));
    c = fsm_ict_step(FSM_ICT_IDLE, FSM_ICT_EV_TU_INVITE, 0);
    assert_true(has_action(c->actions, c->n_actions, FSM_ICT_A_START_A));
    /* RFC 6026 §7.2: 2xx moves to Accepted and is passed up, also when repeated. */
    c = fsm_ict_step(FSM_ICT_PROCEEDING, FSM_ICT_EV_R2XX, 0);
    assert_int_equal(c->next, FSM_ICT_ACCEPTED);
    c = fsm_ict_step(FSM_ICT_ACCEPTED, FSM_ICT_EV_R2XX, 0);
    assert_int_equal(c->next, FSM_ICT_ACCEPTED);
    assert_true(has_action(c->actions, c->n_actions, FSM_ICT_A_TO_TU));
    assert_false(has_action(c->actions, c->n_actions, FSM_ICT_A_SEND_ACK));
    /* RFC 3261 §17.1.1.2: a retransmitted non-2xx final is ACKed again. */
    c = fsm_ict_step(FSM_ICT_COMPLETED, FSM_ICT_EV_R3XX_6XX, 0);
    assert_true(has_action(c->actions, c->n_actions, FSM_ICT_A_SEND_ACK));

    const struct fsm_ist_row *s;
    /* RFC 6026 §7.1: INVITE retransmissions absorbed, ACK to the TU. */
    s = fsm_ist_step(FSM_IST_ACCEPTED, FSM_IST_EV_INVITE, 0);
    assert_int_equal(s->kind, FSM_IGNORE);
    s = fsm_ist_step(FSM_IST_ACCEPTED, FSM_IST_EV_ACK, 0);
    assert_true(has_action(s->actions, s->n_actions, FSM_IST_A_TO_TU));
    s = fsm_ist_step(FSM_IST_PROCEEDING, FSM_IST_EV_TU_2XX, 0);
    assert_int_equal(s->next, FSM_IST_ACCEPTED);
    assert_true(has_action(s->actions, s->n_actions, FSM_IST_A_START_L));
    /* RFC 3261 §17.2.1: ACK in Completed -> Confirmed; G and H stop, I starts. */
    s = fsm_ist_step(FSM_IST_COMPLETED, FSM_IST_EV_ACK, 0);
    assert_int_equal(s->next, FSM_IST_CONFIRMED);
    assert_true(has_action(s->actions, s->n_actions, FSM_IST_A_START_I));
    /* RFC 3261 §17.2.4: transport error in Proceeding informs the TU. */
    s = fsm_ist_step(FSM_IST_PROCEEDING, FSM_IST_EV_TRANSPORT_ERROR, 0);
    assert_int_equal(s->next, FSM_IST_TERMINATED);
    assert_true(has_action(s->actions, s->n_actions, FSM_IST_A_ERROR_TO_TU));

    /* RFC 3261 §17.2.2: final responses from the TU discarded in Completed. */
    const struct fsm_nist_row *n = fsm_nist_step(FSM_NIST_COMPLETED, FSM_NIST_EV_TU_2XX_6XX, 0);
    assert_int_equal(n->kind, FSM_IGNORE);
    n = fsm_nist_step(FSM_NIST_TRYING, FSM_NIST_EV_REQUEST, 0);
    assert_int_equal(n->kind, FSM_IGNORE);
}

/* The session and dialog machines: timers and rows pinned to the RFC text. */
static void test_session_rows(void **state)
{
    (void)state;
    /* RFC 3261 §13.3.1.4: 2xx retransmitted from T1, doubling up to T2;
     * 64*T1 without an ACK ends the session with a BYE. */
    const struct fsm_timer_info *retx = &fsm_inv_uas_timers[FSM_INV_UAS_TIMER_RETX];
    assert_int_equal(fsm_timer_first_ms(retx, 0, &rfc), 500);
    assert_int_equal(fsm_timer_backoff_ms(retx, 2000, &rfc), 4000);
    assert_int_equal(fsm_timer_backoff_ms(retx, 4000, &rfc), 4000);
    assert_int_equal(fsm_timer_first_ms(&fsm_inv_uas_timers[FSM_INV_UAS_TIMER_ACK], 0, &rfc),
                     32000);
    const struct fsm_inv_uas_row *s =
        fsm_inv_uas_step(FSM_INV_UAS_ACCEPTED, FSM_INV_UAS_EV_TIMER_ACK, 0);
    assert_int_equal(s->next, FSM_INV_UAS_TERMINATING);
    assert_int_equal(s->actions[0], FSM_INV_UAS_A_SEND_BYE);
    /* RFC 3261 §15: the callee's BYE waits for the ACK. */
    s = fsm_inv_uas_step(FSM_INV_UAS_ACCEPTED, FSM_INV_UAS_EV_APP_BYE, 0);
    assert_int_equal(s->next, FSM_INV_UAS_BYE_PENDING);
    assert_int_equal(s->n_actions, 0);
    /* DESIGN §3: an unanswered INVITE gets a final response. */
    s = fsm_inv_uas_step(FSM_INV_UAS_PROCEEDING, FSM_INV_UAS_EV_TIMER_NOANSWER, 0);
    assert_int_equal(s->next, FSM_INV_UAS_TERMINATED);
    assert_int_equal(s->actions[0], FSM_INV_UAS_A_REPLY_480);
    /* RFC 3261 §14.1: back-off bounds (the runtime draws below them). */
    assert_int_equal(fsm_timer_first_ms(&fsm_inv_uac_timers[FSM_INV_UAC_TIMER_GLARE], 0, &rfc),
                     4000);
    assert_int_equal(fsm_timer_first_ms(&fsm_inv_uas_timers[FSM_INV_UAS_TIMER_GLARE], 0, &rfc),
                     2000);
    /* RFC 3261 §14.2: an overlapping re-INVITE gets 500 with Retry-After. */
    s = fsm_inv_uas_step(FSM_INV_UAS_REINV_IN, FSM_INV_UAS_EV_RX_REINVITE, 0);
    assert_int_equal(s->actions[0], FSM_INV_UAS_A_REPLY_500_RETRY_AFTER);

    /* RFC 3261 §9.1: no CANCEL before a provisional response; then one,
     * guarded by 64*T1. Timer C (RFC 3261 §16.6 step 11) is over 3 min. */
    const struct fsm_inv_uac_row *c =
        fsm_inv_uac_step(FSM_INV_UAC_CALLING, FSM_INV_UAC_EV_APP_CANCEL, 0);
    assert_int_equal(c->next, FSM_INV_UAC_CANCEL_PENDING);
    assert_false(has_action(c->actions, c->n_actions, FSM_INV_UAC_A_SEND_CANCEL));
    c = fsm_inv_uac_step(FSM_INV_UAC_CANCEL_PENDING, FSM_INV_UAC_EV_R1XX, 0);
    assert_true(has_action(c->actions, c->n_actions, FSM_INV_UAC_A_SEND_CANCEL));
    assert_true(has_action(c->actions, c->n_actions, FSM_INV_UAC_A_START_CANCEL));
    assert_int_equal(fsm_timer_first_ms(&fsm_inv_uac_timers[FSM_INV_UAC_TIMER_CANCEL], 0, &rfc),
                     32000);
    assert_true(fsm_timer_first_ms(&fsm_inv_uac_timers[FSM_INV_UAC_TIMER_C], 0, &rfc) > 180000);
    /* A 2xx that wins the race with the CANCEL is ACKed, then BYE. */
    c = fsm_inv_uac_step(FSM_INV_UAC_CANCELLING, FSM_INV_UAC_EV_R2XX, 0);
    assert_int_equal(c->next, FSM_INV_UAC_TERMINATING);
    assert_int_equal(c->actions[0], FSM_INV_UAC_A_SEND_ACK);
    assert_int_equal(c->actions[1], FSM_INV_UAC_A_SEND_BYE);
    /* RFC 4028 §10: session expiry sends BYE. */
    c = fsm_inv_uac_step(FSM_INV_UAC_CONFIRMED, FSM_INV_UAC_EV_TIMER_EXPIRE,
                         FSM_INV_UAC_G_SESSION_TIMER);
    assert_int_equal(c->next, FSM_INV_UAC_TERMINATING);
    assert_true(has_action(c->actions, c->n_actions, FSM_INV_UAC_A_SEND_BYE));

    /* RFC 5057 §4: ending one usage never ends another. */
    const struct fsm_dialog_row *d =
        fsm_dialog_step(FSM_DIALOG_CONFIRMED, FSM_DIALOG_EV_USAGE_FAILURE, 0);
    assert_int_equal(d->next, FSM_DIALOG_CONFIRMED);
    d = fsm_dialog_step(FSM_DIALOG_CONFIRMED, FSM_DIALOG_EV_BYE_RECEIVED, 0);
    assert_int_equal(d->next, FSM_DIALOG_CONFIRMED);
    d = fsm_dialog_step(FSM_DIALOG_CONFIRMED, FSM_DIALOG_EV_BYE_RECEIVED, FSM_DIALOG_G_LAST_USAGE);
    assert_int_equal(d->next, FSM_DIALOG_TERMINATED);
    d = fsm_dialog_step(FSM_DIALOG_CONFIRMED, FSM_DIALOG_EV_DIALOG_FAILURE, 0);
    assert_int_equal(d->next, FSM_DIALOG_TERMINATED);
    assert_true(has_action(d->actions, d->n_actions, FSM_DIALOG_A_END_ALL_USAGES));
}

/* Pins a row: the step exists, is a `go` row to `next`, and has `action`
 * (or lacks it, want = 0). */
#define ROW_HAS(m, M, st, ev, g, want_next, act, want)                                             \
    do {                                                                                           \
        const struct fsm_##m##_row *r_ = fsm_##m##_step(FSM_##M##_##st, FSM_##M##_EV_##ev, (g));   \
        assert_non_null(r_);                                                                       \
        assert_int_equal(r_->kind, FSM_GO);                                                        \
        assert_int_equal(r_->next, FSM_##M##_##want_next);                                         \
        assert_int_equal(has_action(r_->actions, r_->n_actions, FSM_##M##_A_##act), (want));       \
    } while (0)

#define ROW_KIND(m, M, st, ev, g, want_kind)                                                       \
    do {                                                                                           \
        const struct fsm_##m##_row *r_ = fsm_##m##_step(FSM_##M##_##st, FSM_##M##_EV_##ev, (g));   \
        assert_non_null(r_);                                                                       \
        assert_int_equal(r_->kind, (want_kind));                                                   \
    } while (0)

/* RFC 5057 §5.1 as fsm/dialog.fsm classifies it. */
static void test_dialog_usage_rows(void **state)
{
    (void)state;
    /* 483: "attempt to gracefully terminate this usage and all other usages
     * that share its dialog": nothing ends at once. */
    ROW_HAS(dialog, DIALOG, CONFIRMED, END_ALL_GRACEFULLY, 0, CONFIRMED, TERMINATE_USAGES, 1);
    ROW_HAS(dialog, DIALOG, CONFIRMED, END_ALL_GRACEFULLY, 0, CONFIRMED, END_ALL_USAGES, 0);
    /* Fed only for a 483 to a re-INVITE: a confirmed dialog's. */
    ROW_KIND(dialog, DIALOG, EARLY, END_ALL_GRACEFULLY, 0, FSM_ERROR);
    ROW_KIND(dialog, DIALOG, NONE, END_ALL_GRACEFULLY, 0, FSM_ERROR);
    /* 404 and the like destroy the dialog and every usage. */
    ROW_HAS(dialog, DIALOG, EARLY, DIALOG_FAILURE, 0, TERMINATED, END_ALL_USAGES, 1);
    /* 481, 408, 403, 405, 480: the usage only. */
    ROW_HAS(dialog, DIALOG, EARLY, USAGE_FAILURE, 0, EARLY, END_USAGE, 1);
    ROW_HAS(dialog, DIALOG, EARLY, USAGE_FAILURE, 0, EARLY, END_ALL_USAGES, 0);
}

/* RFC 3262 §3 (sender) and §4 (receiver). */
static void test_rel1xx_rows(void **state)
{
    (void)state;
    /* "starts at T1 seconds and doubles for each retransmission": no T2 cap. */
    const struct fsm_timer_info *retx = &fsm_rel1xx_uas_timers[FSM_REL1XX_UAS_TIMER_RETX];
    assert_int_equal(fsm_timer_first_ms(retx, 0, &rfc), 500);
    assert_int_equal(fsm_timer_backoff_ms(retx, 4000, &rfc), 8000);
    assert_int_equal(fsm_timer_backoff_ms(retx, 16000, &rfc), 32000);
    /* "retransmitted for 64*T1 seconds without reception of a corresponding
     * PRACK, the UAS SHOULD reject the original request with a 5xx". */
    assert_int_equal(
        fsm_timer_first_ms(&fsm_rel1xx_uas_timers[FSM_REL1XX_UAS_TIMER_GIVEUP], 0, &rfc), 32000);
    ROW_HAS(rel1xx_uas, REL1XX_UAS, UNACKED, TIMER_GIVEUP, 0, FINISHED, REJECT_5XX, 1);
    ROW_HAS(rel1xx_uas, REL1XX_UAS, FINAL_PENDING, TIMER_GIVEUP, 0, FINISHED, REJECT_5XX, 1);
    /* "MUST NOT send a second reliable provisional response until the first
     * is acknowledged": queued, sent on the PRACK. */
    ROW_HAS(rel1xx_uas, REL1XX_UAS, UNACKED, APP_REL1XX, 0, UNACKED, SEND_1XX, 0);
    ROW_HAS(rel1xx_uas, REL1XX_UAS, UNACKED, APP_REL1XX, 0, UNACKED, QUEUE_1XX, 1);
    ROW_HAS(rel1xx_uas, REL1XX_UAS, UNACKED, PRACK_MATCH, FSM_REL1XX_UAS_G_QUEUED, UNACKED,
            SEND_QUEUED, 1);
    ROW_HAS(rel1xx_uas, REL1XX_UAS, UNACKED, PRACK_MATCH, 0, ACKED, SEND_QUEUED, 0);
    /* A 2xx waits for the PRACK of a 1xx with a session description; other
     * final responses do not wait. */
    ROW_HAS(rel1xx_uas, REL1XX_UAS, UNACKED, APP_2XX, FSM_REL1XX_UAS_G_UNACKED_SDP, FINAL_PENDING,
            SEND_2XX, 0);
    ROW_HAS(rel1xx_uas, REL1XX_UAS, FINAL_PENDING, PRACK_MATCH, 0, FINISHED, SEND_2XX, 1);
    ROW_HAS(rel1xx_uas, REL1XX_UAS, UNACKED, APP_2XX, 0, FINISHED, SEND_2XX, 1);
    ROW_HAS(rel1xx_uas, REL1XX_UAS, UNACKED, APP_FINAL, FSM_REL1XX_UAS_G_UNACKED_SDP, FINISHED,
            SEND_FINAL, 1);
    /* After the final response: no retransmission, but PRACKs answered. */
    ROW_HAS(rel1xx_uas, REL1XX_UAS, FINISHED, PRACK_MATCH, 0, FINISHED, REPLY_PRACK_2XX, 1);
    ROW_KIND(rel1xx_uas, REL1XX_UAS, FINISHED, APP_REL1XX, 0, FSM_ERROR);
    /* A PRACK matching nothing unacknowledged gets 481, in every live state. */
    for (int st = 0; st < FSM_REL1XX_UAS_N_STATES; st++) {
        if (fsm_rel1xx_uas_is_final[st]) continue;
        for (uint32_t g = 0; g < (1u << FSM_REL1XX_UAS_N_GUARDS); g++) {
            const struct fsm_rel1xx_uas_row *r = fsm_rel1xx_uas_step(
                (enum fsm_rel1xx_uas_state)st, FSM_REL1XX_UAS_EV_PRACK_NOMATCH, g);
            assert_int_equal(r->kind, FSM_GO);
            assert_int_equal(r->next, st);
            assert_true(has_action(r->actions, r->n_actions, FSM_REL1XX_UAS_A_REPLY_PRACK_481));
        }
    }

    /* §4: in order -> PRACK; a retransmission or a gap: no PRACK, not
     * processed further. */
    ROW_HAS(rel1xx_uac, REL1XX_UAC, IDLE, REL1XX_NEXT, 0, OPEN, SEND_PRACK, 1);
    ROW_HAS(rel1xx_uac, REL1XX_UAC, OPEN, REL1XX_NEXT, 0, OPEN, SEND_PRACK, 1);
    ROW_KIND(rel1xx_uac, REL1XX_UAC, OPEN, REL1XX_AGAIN, 0, FSM_IGNORE);
    ROW_KIND(rel1xx_uac, REL1XX_UAC, OPEN, REL1XX_GAP, 0, FSM_IGNORE);
    ROW_HAS(rel1xx_uac, REL1XX_UAC, OPEN, FINAL_RESPONSE, 0, DONE, TO_TU, 0);
}

/* RFC 3311 §5. */
static void test_update_rows(void **state)
{
    (void)state;
    /* §5.2: a second UPDATE before the final response to the first: 500
     * with Retry-After, in every state where the peer's UPDATE is pending. */
    ROW_HAS(update, UPDATE, UAS, RX_UPDATE, 0, UAS, REPLY_500_RETRY_AFTER, 1);
    ROW_HAS(update, UPDATE, UAC_UAS, RX_UPDATE, 0, UAC_UAS, REPLY_500_RETRY_AFTER, 1);
    ROW_HAS(update, UPDATE, WAIT_UAS, RX_UPDATE, 0, WAIT_UAS, REPLY_500_RETRY_AFTER, 1);
    ROW_HAS(update, UPDATE, DUE_UAS, RX_UPDATE, 0, DUE_UAS, REPLY_500_RETRY_AFTER, 1);
    /* §5.2: not answered promptly: 504. */
    ROW_HAS(update, UPDATE, UAS, TIMER_ANSWER, 0, IDLE, REPLY_504, 1);
    /* §5.3: 491 -> back-off (at most 4 s), then once more; 481/408/timeout
     * end the usage (RFC 5057 §5.1), other failures change nothing. */
    ROW_HAS(update, UPDATE, UAC, RX_491, 0, WAIT, START_GLARE, 1);
    assert_int_equal(fsm_timer_first_ms(&fsm_update_timers[FSM_UPDATE_TIMER_GLARE], 0, &rfc), 4000);
    assert_int_equal(fsm_timer_first_ms(&fsm_update_timers[FSM_UPDATE_TIMER_RETRY], 0, &rfc),
                     10000);
    ROW_HAS(update, UPDATE, WAIT, TIMER_GLARE, 0, UAC, SEND_UPDATE, 1);
    ROW_HAS(update, UPDATE, UAC, RX_USAGE_FAIL, 0, IDLE, END_USAGE, 1);
    ROW_HAS(update, UPDATE, UAC, RX_FAILURE, 0, IDLE, END_USAGE, 0);
    /* "if the call was already hung up with a BYE, the UPDATE would not take
     * place". */
    ROW_HAS(update, UPDATE, WAIT, DIALOG_ENDED, 0, TERMINATED, STOP_GLARE, 1);
    /* Our retry waits until the peer's pending UPDATE is answered. */
    ROW_HAS(update, UPDATE, WAIT_UAS, TIMER_GLARE, 0, DUE_UAS, SEND_UPDATE, 0);
    ROW_HAS(update, UPDATE, DUE_UAS, APP_ACCEPT, 0, UAC, SEND_UPDATE, 1);
}

/* The offer/answer rules of RFC 3261 §13.2.1, RFC 3262 §5, RFC 3311 §5. */
static void test_offer_answer_rows(void **state)
{
    (void)state;
    const uint32_t early = FSM_OFFER_ANSWER_G_EARLY;
    /* §13.2.1: offer in the INVITE, the first session description in a
     * response (even an unreliable 1xx) is the answer; later ones ignored. */
    ROW_HAS(offer_answer, OFFER_ANSWER, NONE, TX_INVITE, 0, LOCAL_INVITE, REFUSE, 0);
    ROW_HAS(offer_answer, OFFER_ANSWER, LOCAL_INVITE, RX_1XX, early, STABLE, TO_APP_ANSWER, 1);
    ROW_KIND(offer_answer, OFFER_ANSWER, STABLE, RX_2XX, early, FSM_IGNORE);
    /* No offer in the INVITE: the offer in the first reliable 1xx is
     * answered in the PRACK (RFC 3262 §5), in the 2xx in the ACK. */
    ROW_HAS(offer_answer, OFFER_ANSWER, OFFER_REQUESTED, RX_REL1XX, early, REMOTE_1XX, TO_APP_OFFER,
            1);
    ROW_KIND(offer_answer, OFFER_ANSWER, OFFER_REQUESTED, RX_1XX, early, FSM_IGNORE);
    ROW_HAS(offer_answer, OFFER_ANSWER, REMOTE_1XX, TX_PRACK, early, STABLE, REFUSE, 0);
    ROW_HAS(offer_answer, OFFER_ANSWER, REMOTE_1XX, TX_ACK, early, REMOTE_1XX, REFUSE, 1);
    ROW_HAS(offer_answer, OFFER_ANSWER, OFFER_OWED, TX_REL1XX, early, LOCAL_1XX, REFUSE, 0);
    ROW_HAS(offer_answer, OFFER_ANSWER, OFFER_OWED, TX_1XX, early, OFFER_OWED, REFUSE, 1);
    ROW_HAS(offer_answer, OFFER_ANSWER, LOCAL_1XX, RX_PRACK_NOSDP, early, LOCAL_1XX, PROTOCOL_ERROR,
            1);
    ROW_HAS(offer_answer, OFFER_ANSWER, LOCAL_2XX, RX_ACK_NOSDP, 0, STABLE, PROTOCOL_ERROR, 1);
    /* RFC 3311 §5.2: 491 while our offer is unanswered, 500 while theirs is. */
    ROW_HAS(offer_answer, OFFER_ANSWER, LOCAL_UPDATE, RX_UPDATE, 0, LOCAL_UPDATE, REPLY_491, 1);
    ROW_HAS(offer_answer, OFFER_ANSWER, LOCAL_INVITE, RX_UPDATE, 0, LOCAL_INVITE, REPLY_491, 1);
    /* (the peer's second UPDATE gets its 500 from the update machine) */
    ROW_KIND(offer_answer, OFFER_ANSWER, REMOTE_UPDATE, RX_UPDATE, 0, FSM_ERROR);
    ROW_HAS(offer_answer, OFFER_ANSWER, REMOTE_INVITE, RX_UPDATE, 0, REMOTE_INVITE,
            REPLY_500_RETRY_AFTER, 1);
    /* §5.3: a rejected UPDATE leaves the session "as if no UPDATE had been
     * issued". */
    ROW_HAS(offer_answer, OFFER_ANSWER, LOCAL_UPDATE, UPDATE_FAILED, 0, STABLE, TO_APP_ROLLED_BACK,
            1);
    /* §5.1: UPDATE in early and confirmed dialogs, not before the first
     * exchange completes. */
    ROW_HAS(offer_answer, OFFER_ANSWER, STABLE, TX_UPDATE, early, LOCAL_UPDATE, REFUSE, 0);
    ROW_HAS(offer_answer, OFFER_ANSWER, STABLE, TX_UPDATE, 0, LOCAL_UPDATE, REFUSE, 0);
    ROW_HAS(offer_answer, OFFER_ANSWER, OFFER_REQUESTED, TX_UPDATE, early, OFFER_REQUESTED, REFUSE,
            1);
    ROW_HAS(offer_answer, OFFER_ANSWER, LOCAL_INVITE, TX_UPDATE, early, LOCAL_INVITE, REFUSE, 1);
    /* RFC 3261 §14.1: no re-INVITE while the initial INVITE is pending
     * (fsip_call_reinvite refuses it before asking: an error row); a
     * failed re-INVITE leaves the session unchanged, a failed initial one
     * ends the dialog. */
    ROW_KIND(offer_answer, OFFER_ANSWER, STABLE, TX_INVITE, early, FSM_ERROR);
    ROW_HAS(offer_answer, OFFER_ANSWER, LOCAL_INVITE, INVITE_FAILED, 0, STABLE, TO_APP_ROLLED_BACK,
            1);
    ROW_HAS(offer_answer, OFFER_ANSWER, LOCAL_INVITE, INVITE_FAILED, early, CLOSED,
            TO_APP_ROLLED_BACK, 0);

    /* Where the runtime asks each tx_* (fsm/offer_answer.fsm: [reinvite],
     * [uas-1xx], [uas-2xx], [uac-body], [prack-2xx], [prack-held]): there the row answers
     * (go, ignore or refuse), everywhere else it is an error row. */
#define OA(s) (1u << FSM_OFFER_ANSWER_##s)
    const uint32_t live = ~(OA(NONE) | OA(CLOSED)) & ((1u << FSM_OFFER_ANSWER_N_STATES) - 1);
    const uint32_t uas_early = OA(OFFER_OWED) | OA(REMOTE_INVITE) | OA(LOCAL_1XX) | OA(STABLE) |
                               OA(LOCAL_UPDATE) | OA(REMOTE_UPDATE) | OA(REMOTE_PRACK);
    uint32_t asked[FSM_OFFER_ANSWER_N_EVENTS] = {0};
    /* (stable: only !early, where the session machine is confirmed) */
    asked[FSM_OFFER_ANSWER_EV_TX_INVITE] = asked[FSM_OFFER_ANSWER_EV_TX_INVITE_NOSDP] =
        OA(NONE) | OA(STABLE) | OA(LOCAL_UPDATE) | OA(REMOTE_UPDATE) | OA(REMOTE_1XX) |
        OA(REMOTE_PRACK) | OA(LOCAL_PRACK);
    asked[FSM_OFFER_ANSWER_EV_TX_1XX] = OA(OFFER_OWED) | OA(REMOTE_INVITE); /* without 100rel */
    asked[FSM_OFFER_ANSWER_EV_TX_REL1XX] = asked[FSM_OFFER_ANSWER_EV_TX_2XX] = uas_early;
    asked[FSM_OFFER_ANSWER_EV_TX_ACK] = OA(REMOTE_1XX) | OA(REMOTE_2XX);
    /* (the answer to an offer in a reliable 1xx, remote_1xx; an offer of
     * ours, fsip_call_prack_offer, in the PROGRESS of a reliable 1xx: a
     * caller's early dialog, [uac-1xx]) */
    asked[FSM_OFFER_ANSWER_EV_TX_PRACK] = OA(REMOTE_1XX) | OA(OFFER_REQUESTED) | OA(LOCAL_INVITE) |
                                          OA(STABLE) | OA(LOCAL_UPDATE) | OA(REMOTE_UPDATE) |
                                          OA(LOCAL_PRACK);
    /* (the application's answer to the peer's PRACK offer, [prack-held]) */
    asked[FSM_OFFER_ANSWER_EV_TX_PRACK_2XX] = OA(REMOTE_PRACK);
    asked[FSM_OFFER_ANSWER_EV_TX_UPDATE_2XX] = live & ~OA(REMOTE_PRACK);
    /* (one UPDATE of ours at a time: none while ours is out) */
    asked[FSM_OFFER_ANSWER_EV_TX_UPDATE] = live & ~OA(LOCAL_UPDATE);
#undef OA

    /* Whole-table properties: a refusal changes nothing and does nothing
     * else; only tx_* events are refused; only rx_* requests are rejected;
     * a tx_* is an error row exactly where the runtime never asks it. */
    for (int st = 0; st < FSM_OFFER_ANSWER_N_STATES; st++) {
        if (fsm_offer_answer_is_final[st]) continue;
        for (int ev = 0; ev < FSM_OFFER_ANSWER_N_EVENTS; ev++) {
            const char *name = fsm_offer_answer_event_names[ev];
            int tx = strncmp(name, "tx_", 3) == 0, rx = strncmp(name, "rx_", 3) == 0;
            for (uint32_t g = 0; g < (1u << FSM_OFFER_ANSWER_N_GUARDS); g++) {
                const struct fsm_offer_answer_row *r = fsm_offer_answer_step(
                    (enum fsm_offer_answer_state)st, (enum fsm_offer_answer_event)ev, g);
                assert_non_null(r);
                int refuse = has_action(r->actions, r->n_actions, FSM_OFFER_ANSWER_A_REFUSE);
                int reject =
                    has_action(r->actions, r->n_actions, FSM_OFFER_ANSWER_A_REPLY_491) ||
                    has_action(r->actions, r->n_actions, FSM_OFFER_ANSWER_A_REPLY_500_RETRY_AFTER);
                if (refuse) {
                    assert_true(tx);
                    assert_int_equal(r->next, st);
                    assert_int_equal(r->n_actions, 1);
                }
                if (reject) {
                    assert_true(rx);
                    assert_int_equal(r->next, st);
                    assert_true(strcmp(name, "rx_update") == 0 || strcmp(name, "rx_prack") == 0 ||
                                strncmp(name, "rx_invite", 9) == 0);
                }
                int is_asked = asked[ev] >> st & 1;
                if (st == FSM_OFFER_ANSWER_STABLE && (g & FSM_OFFER_ANSWER_G_EARLY) &&
                    (ev == FSM_OFFER_ANSWER_EV_TX_INVITE ||
                     ev == FSM_OFFER_ANSWER_EV_TX_INVITE_NOSDP))
                    is_asked = 0;
                if (tx && is_asked) assert_int_not_equal(r->kind, FSM_ERROR);
                if (tx && !is_asked) assert_int_equal(r->kind, FSM_ERROR);
            }
        }
    }
}

/* The REFER subscription, both sides (RFC 3515 §2.4, RFC 6665 §4.1,
 * §4.2, RFC 4488 §4). */
static int sub_outcome(const struct fsm_refer_sub_row *r)
{
    static const int done[] = {
        FSM_REFER_SUB_A_TO_APP_RESULT,       FSM_REFER_SUB_A_TO_APP_NO_RESULT,
        FSM_REFER_SUB_A_TO_APP_REFER_FAILED, FSM_REFER_SUB_A_TO_APP_NO_SUB,
        FSM_REFER_SUB_A_TO_APP_TIMEOUT,      FSM_REFER_SUB_A_TO_APP_GONE};
    int n = 0;
    for (size_t i = 0; i < sizeof done / sizeof done[0]; i++)
        n += has_action(r->actions, r->n_actions, done[i]);
    return n;
}

static void test_refer_rows(void **state)
{
    (void)state;
    /* §2.4.4, RFC 6665 §4.1.2.4: the 2xx starts Timer N (64*T1), which
     * ends a subscription no NOTIFY came for. */
    ROW_HAS(refer_sub, REFER_SUB, REFER_SENT, RX_2XX, 0, ACCEPTED, TO_APP_ACCEPTED, 1);
    ROW_HAS(refer_sub, REFER_SUB, REFER_SENT, RX_2XX, 0, ACCEPTED, START_N, 1);
    ROW_HAS(refer_sub, REFER_SUB, ACCEPTED, TIMER_N, 0, TERMINATED, TO_APP_TIMEOUT, 1);
    ROW_HAS(refer_sub, REFER_SUB, ACCEPTED, RX_NOTIFY, 0, ACTIVE, STOP_N, 1);
    assert_int_equal(fsm_timer_first_ms(&fsm_refer_sub_timers[FSM_REFER_SUB_TIMER_N], 0, &rfc),
                     64 * 500);
    /* A NOTIFY may overtake the 2xx: it is the subscription. */
    ROW_HAS(refer_sub, REFER_SUB, REFER_SENT, RX_NOTIFY, 0, ACTIVE, REPLY_200, 1);
    ROW_HAS(refer_sub, REFER_SUB, ACTIVE, RX_2XX, 0, ACTIVE, TO_APP_ACCEPTED, 1);
    /* RFC 4488 §4: no subscription, no NOTIFY to wait for. */
    ROW_HAS(refer_sub, REFER_SUB, REFER_SENT, RX_2XX_NOSUB, 0, TERMINATED, TO_APP_NO_SUB, 1);
    /* The result is told once; later NOTIFYs are answered, nothing more. */
    ROW_HAS(refer_sub, REFER_SUB, RESULT, RX_NOTIFY_FINAL, 0, RESULT, TO_APP_RESULT, 0);
    ROW_HAS(refer_sub, REFER_SUB, RESULT, RX_NOTIFY_FINAL, 0, RESULT, REPLY_200, 1);

    /* The notifier: one NOTIFY outstanding, a newer status replaces the
     * queued one (RFC 6665 §4.2.2), the final one always goes (§2.4.7). */
    ROW_HAS(refer_notify, REFER_NOTIFY, NEW, APP_ACCEPT, 0, BUSY, SEND_NOTIFY, 1);
    ROW_HAS(refer_notify, REFER_NOTIFY, NEW, APP_ACCEPT, 0, BUSY, START_CALL, 1);
    ROW_HAS(refer_notify, REFER_NOTIFY, BUSY, CALL_PROGRESS, 0, QUEUED, SEND_NOTIFY, 0);
    ROW_HAS(refer_notify, REFER_NOTIFY, QUEUED, CALL_PROGRESS, 0, QUEUED, SEND_NOTIFY, 0);
    ROW_HAS(refer_notify, REFER_NOTIFY, QUEUED, NOTIFY_DONE, 0, BUSY, SEND_NOTIFY, 1);
    ROW_HAS(refer_notify, REFER_NOTIFY, BUSY, CALL_FINAL, 0, FINAL_QUEUED, SEND_FINAL, 0);
    ROW_HAS(refer_notify, REFER_NOTIFY, FINAL_QUEUED, NOTIFY_DONE, 0, FINAL_SENT, SEND_FINAL, 1);
    ROW_HAS(refer_notify, REFER_NOTIFY, ACTIVE, CALL_FINAL, 0, FINAL_SENT, SEND_FINAL, 1);
    /* RFC 6665 §4.2.2: a NOTIFY that fails removes the subscription. */
    ROW_HAS(refer_notify, REFER_NOTIFY, BUSY, NOTIFY_GONE, 0, TERMINATED, TO_APP_DONE, 1);
    /* RFC 4488 §4: the call is placed without a subscription. */
    ROW_HAS(refer_notify, REFER_NOTIFY, NEW, APP_ACCEPT_NOSUB, 0, TERMINATED, START_CALL, 1);
    ROW_HAS(refer_notify, REFER_NOTIFY, NEW, APP_ACCEPT_NOSUB, 0, TERMINATED, SEND_NOTIFY, 0);

    /* Whole tables. The subscriber tells one outcome: exactly one in every
     * row into `result` or `terminated`, except from `result` (told
     * already), none in any other row. The notifier tells DONE in exactly the rows
     * that end it; a NOTIFY goes only into `busy` (one outstanding), the
     * final one only into `final_sent`, one per row. */
    for (int st = 0; st < FSM_REFER_SUB_N_STATES; st++) {
        if (fsm_refer_sub_is_final[st]) continue;
        for (int ev = 0; ev < FSM_REFER_SUB_N_EVENTS; ev++) {
            const struct fsm_refer_sub_row *r =
                fsm_refer_sub_step((enum fsm_refer_sub_state)st, (enum fsm_refer_sub_event)ev, 0);
            assert_non_null(r);
            if (r->kind != FSM_GO) continue;
            int want = (r->next == FSM_REFER_SUB_TERMINATED || r->next == FSM_REFER_SUB_RESULT) &&
                       st != FSM_REFER_SUB_RESULT;
            if (sub_outcome(r) != want)
                fail_msg("refer_sub: (%s, %s) tells %d outcomes, want %d",
                         fsm_refer_sub_state_names[st], fsm_refer_sub_event_names[ev],
                         sub_outcome(r), want);
            if (st == FSM_REFER_SUB_RESULT)
                assert_false(has_action(r->actions, r->n_actions, FSM_REFER_SUB_A_TO_APP_PROGRESS));
            if (strncmp(fsm_refer_sub_event_names[ev], "rx_notify", 9) == 0)
                assert_true(has_action(r->actions, r->n_actions, FSM_REFER_SUB_A_REPLY_200));
        }
    }
    for (int st = 0; st < FSM_REFER_NOTIFY_N_STATES; st++) {
        if (fsm_refer_notify_is_final[st]) continue;
        for (int ev = 0; ev < FSM_REFER_NOTIFY_N_EVENTS; ev++) {
            const struct fsm_refer_notify_row *r = fsm_refer_notify_step(
                (enum fsm_refer_notify_state)st, (enum fsm_refer_notify_event)ev, 0);
            assert_non_null(r);
            if (r->kind != FSM_GO) continue;
            int done = has_action(r->actions, r->n_actions, FSM_REFER_NOTIFY_A_TO_APP_DONE);
            int notify = has_action(r->actions, r->n_actions, FSM_REFER_NOTIFY_A_SEND_NOTIFY);
            int final = has_action(r->actions, r->n_actions, FSM_REFER_NOTIFY_A_SEND_FINAL);
            if (done != (r->next == FSM_REFER_NOTIFY_TERMINATED) || notify + final > 1 ||
                (notify && r->next != FSM_REFER_NOTIFY_BUSY) ||
                (final && r->next != FSM_REFER_NOTIFY_FINAL_SENT))
                fail_msg("refer_notify: (%s, %s) -> %s: done %d, notify %d, final %d",
                         fsm_refer_notify_state_names[st], fsm_refer_notify_event_names[ev],
                         fsm_refer_notify_state_names[r->next], done, notify, final);
            /* A NOTIFY goes out only when none is outstanding. */
            if (notify || final)
                assert_true(
                    st == FSM_REFER_NOTIFY_NEW || st == FSM_REFER_NOTIFY_ACTIVE ||
                    ((st == FSM_REFER_NOTIFY_QUEUED || st == FSM_REFER_NOTIFY_FINAL_QUEUED) &&
                     ev == FSM_REFER_NOTIFY_EV_NOTIFY_DONE));
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ict),
        cmocka_unit_test(test_nict),
        cmocka_unit_test(test_ist),
        cmocka_unit_test(test_nist),
        cmocka_unit_test(test_dialog),
        cmocka_unit_test(test_inv_uac),
        cmocka_unit_test(test_inv_uas),
        cmocka_unit_test(test_timer_values),
        cmocka_unit_test(test_rfc_rows),
        cmocka_unit_test(test_session_rows),
        cmocka_unit_test(test_offer_answer),
        cmocka_unit_test(test_rel1xx_uas),
        cmocka_unit_test(test_rel1xx_uac),
        cmocka_unit_test(test_update),
        cmocka_unit_test(test_dialog_usage_rows),
        cmocka_unit_test(test_rel1xx_rows),
        cmocka_unit_test(test_update_rows),
        cmocka_unit_test(test_offer_answer_rows),
        cmocka_unit_test(test_refer_sub),
        cmocka_unit_test(test_refer_notify),
        cmocka_unit_test(test_register),
        cmocka_unit_test(test_refer_rows),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
