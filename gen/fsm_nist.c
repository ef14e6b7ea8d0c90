/* Generated from fsm/nist.fsm by fsmc 1 - do not edit; run `make regen`. */
/* nist: non-INVITE server transaction - RFC 3261 §17.2.2, §17.2.4 */
#include <stddef.h>

#include "fsm_nist.h"

const char *const fsm_nist_state_names[FSM_NIST_N_STATES] = {
    "idle",
    "trying",
    "proceeding",
    "completed",
    "terminated",
};

const char *const fsm_nist_event_names[FSM_NIST_N_EVENTS] = {
    "request",
    "tu_1xx",
    "tu_2xx_6xx",
    "timer_j",
    "transport_error",
};

const char *const fsm_nist_guard_names[FSM_NIST_N_GUARDS] = {
    "reliable",
};

const uint8_t fsm_nist_is_final[FSM_NIST_N_STATES] = {0, 0, 0, 0, 1};

const struct fsm_timer_info fsm_nist_timers[FSM_NIST_N_TIMERS] = {
    [FSM_NIST_TIMER_J] = {"j", FSM_NIST_EV_TIMER_J, 0, 0, {64, FSM_T1}, {0, FSM_MS}, FSM_NIST_G_RELIABLE, {0, FSM_MS}, "RFC 3261 §17.2.2"},
};

const struct fsm_action_info fsm_nist_actions[FSM_NIST_N_ACTIONS] = {
    [FSM_NIST_A_TO_TU] = {"to_tu", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_NIST_A_SEND_RESPONSE] = {"send_response", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_NIST_A_RESEND_RESPONSE] = {"resend_response", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_NIST_A_ERROR_TO_TU] = {"error_to_tu", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_NIST_A_START_J] = {"start(j)", FSM_OP_START, FSM_NIST_TIMER_J, 0, {0, FSM_MS}},
    [FSM_NIST_A_STOP_J] = {"stop(j)", FSM_OP_STOP, FSM_NIST_TIMER_J, 0, {0, FSM_MS}},
};

const struct fsm_nist_row fsm_nist_rows[FSM_NIST_N_ROWS] = {
    /*   0 */ {FSM_NIST_IDLE, FSM_NIST_EV_REQUEST, 0x00, 0x00, FSM_GO, FSM_NIST_TRYING, 1, {FSM_NIST_A_TO_TU}, 20, "RFC 3261 §17.2.2"},
    /*   1 */ {FSM_NIST_IDLE, FSM_NIST_EV_TU_1XX, 0x00, 0x00, FSM_ERROR, FSM_NIST_IDLE, 0, {0}, 21, NULL},
    /*   2 */ {FSM_NIST_IDLE, FSM_NIST_EV_TU_2XX_6XX, 0x00, 0x00, FSM_ERROR, FSM_NIST_IDLE, 0, {0}, 21, NULL},
    /*   3 */ {FSM_NIST_IDLE, FSM_NIST_EV_TIMER_J, 0x00, 0x00, FSM_ERROR, FSM_NIST_IDLE, 0, {0}, 21, NULL},
    /*   4 */ {FSM_NIST_IDLE, FSM_NIST_EV_TRANSPORT_ERROR, 0x00, 0x00, FSM_ERROR, FSM_NIST_IDLE, 0, {0}, 21, NULL},
    /*   5 */ {FSM_NIST_TRYING, FSM_NIST_EV_REQUEST, 0x00, 0x00, FSM_IGNORE, FSM_NIST_TRYING, 0, {0}, 23, "RFC 3261 §17.2.2"},
    /*   6 */ {FSM_NIST_TRYING, FSM_NIST_EV_TU_1XX, 0x00, 0x00, FSM_GO, FSM_NIST_PROCEEDING, 1, {FSM_NIST_A_SEND_RESPONSE}, 24, "RFC 3261 §17.2.2"},
    /*   7 */ {FSM_NIST_TRYING, FSM_NIST_EV_TU_2XX_6XX, 0x00, 0x00, FSM_GO, FSM_NIST_COMPLETED, 2, {FSM_NIST_A_SEND_RESPONSE, FSM_NIST_A_START_J}, 25, "RFC 3261 §17.2.2"},
    /*   8 */ {FSM_NIST_TRYING, FSM_NIST_EV_TIMER_J, 0x00, 0x00, FSM_ERROR, FSM_NIST_TRYING, 0, {0}, 27, NULL},
    /*   9 */ {FSM_NIST_TRYING, FSM_NIST_EV_TRANSPORT_ERROR, 0x00, 0x00, FSM_IGNORE, FSM_NIST_TRYING, 0, {0}, 26, NULL},
    /*  10 */ {FSM_NIST_PROCEEDING, FSM_NIST_EV_REQUEST, 0x00, 0x00, FSM_GO, FSM_NIST_PROCEEDING, 1, {FSM_NIST_A_RESEND_RESPONSE}, 29, "RFC 3261 §17.2.2"},
    /*  11 */ {FSM_NIST_PROCEEDING, FSM_NIST_EV_TU_1XX, 0x00, 0x00, FSM_GO, FSM_NIST_PROCEEDING, 1, {FSM_NIST_A_SEND_RESPONSE}, 30, "RFC 3261 §17.2.2"},
    /*  12 */ {FSM_NIST_PROCEEDING, FSM_NIST_EV_TU_2XX_6XX, 0x00, 0x00, FSM_GO, FSM_NIST_COMPLETED, 2, {FSM_NIST_A_SEND_RESPONSE, FSM_NIST_A_START_J}, 31, "RFC 3261 §17.2.2"},
    /*  13 */ {FSM_NIST_PROCEEDING, FSM_NIST_EV_TIMER_J, 0x00, 0x00, FSM_ERROR, FSM_NIST_PROCEEDING, 0, {0}, 33, NULL},
    /*  14 */ {FSM_NIST_PROCEEDING, FSM_NIST_EV_TRANSPORT_ERROR, 0x00, 0x00, FSM_GO, FSM_NIST_TERMINATED, 1, {FSM_NIST_A_ERROR_TO_TU}, 32, "RFC 3261 §17.2.4"},
    /*  15 */ {FSM_NIST_COMPLETED, FSM_NIST_EV_REQUEST, 0x00, 0x00, FSM_GO, FSM_NIST_COMPLETED, 1, {FSM_NIST_A_RESEND_RESPONSE}, 35, "RFC 3261 §17.2.2"},
    /*  16 */ {FSM_NIST_COMPLETED, FSM_NIST_EV_TU_1XX, 0x00, 0x00, FSM_IGNORE, FSM_NIST_COMPLETED, 0, {0}, 36, "RFC 3261 §17.2.2"},
    /*  17 */ {FSM_NIST_COMPLETED, FSM_NIST_EV_TU_2XX_6XX, 0x00, 0x00, FSM_IGNORE, FSM_NIST_COMPLETED, 0, {0}, 36, "RFC 3261 §17.2.2"},
    /*  18 */ {FSM_NIST_COMPLETED, FSM_NIST_EV_TIMER_J, 0x00, 0x00, FSM_GO, FSM_NIST_TERMINATED, 0, {0}, 37, "RFC 3261 §17.2.2"},
    /*  19 */ {FSM_NIST_COMPLETED, FSM_NIST_EV_TRANSPORT_ERROR, 0x00, 0x00, FSM_GO, FSM_NIST_TERMINATED, 2, {FSM_NIST_A_ERROR_TO_TU, FSM_NIST_A_STOP_J}, 38, "RFC 3261 §17.2.4"},
};

/* Rows of (state, event): fsm_nist_rows[first .. first + count). */
static const struct {
    uint16_t first;
    uint8_t count;
} fsm_nist_index[FSM_NIST_N_STATES][FSM_NIST_N_EVENTS] = {
    {{0, 1}, {1, 1}, {2, 1}, {3, 1}, {4, 1}}, /* idle */
    {{5, 1}, {6, 1}, {7, 1}, {8, 1}, {9, 1}}, /* trying */
    {{10, 1}, {11, 1}, {12, 1}, {13, 1}, {14, 1}}, /* proceeding */
    {{15, 1}, {16, 1}, {17, 1}, {18, 1}, {19, 1}}, /* completed */
    {{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}}, /* terminated */
};

const struct fsm_nist_row *fsm_nist_step(enum fsm_nist_state state, enum fsm_nist_event event,
                                    uint32_t guards)
{
    if ((unsigned)state >= FSM_NIST_N_STATES || (unsigned)event >= FSM_NIST_N_EVENTS)
        return NULL;
    unsigned first = fsm_nist_index[state][event].first;
    unsigned count = fsm_nist_index[state][event].count;
    for (unsigned i = first; i < first + count; i++) {
        const struct fsm_nist_row *r = &fsm_nist_rows[i];
        if ((guards & r->guard_mask) == r->guard_value)
            return r;
    }
    return NULL; /* final state; fsmc proves every other pair total */
}
