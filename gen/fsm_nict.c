/* Generated from fsm/nict.fsm by fsmc 1 - do not edit; run `make regen`. */
/* nict: non-INVITE client transaction - RFC 3261 §17.1.2, §17.1.4 */
#include <stddef.h>

#include "fsm_nict.h"

const char *const fsm_nict_state_names[FSM_NICT_N_STATES] = {
    "idle",
    "trying",
    "proceeding",
    "completed",
    "terminated",
};

const char *const fsm_nict_event_names[FSM_NICT_N_EVENTS] = {
    "tu_request",
    "r1xx",
    "r2xx_6xx",
    "timer_e",
    "timer_f",
    "timer_k",
    "transport_error",
};

const char *const fsm_nict_guard_names[FSM_NICT_N_GUARDS] = {
    "reliable",
};

const uint8_t fsm_nict_is_final[FSM_NICT_N_STATES] = {0, 0, 0, 0, 1};

const struct fsm_timer_info fsm_nict_timers[FSM_NICT_N_TIMERS] = {
    [FSM_NICT_TIMER_E] = {"e", FSM_NICT_EV_TIMER_E, 1, 1, {1, FSM_T1}, {1, FSM_T2}, 0, {0, FSM_MS}, "RFC 3261 §17.1.2.2"},
    [FSM_NICT_TIMER_F] = {"f", FSM_NICT_EV_TIMER_F, 0, 0, {64, FSM_T1}, {0, FSM_MS}, 0, {0, FSM_MS}, "RFC 3261 §17.1.2.2"},
    [FSM_NICT_TIMER_K] = {"k", FSM_NICT_EV_TIMER_K, 0, 0, {1, FSM_T4}, {0, FSM_MS}, FSM_NICT_G_RELIABLE, {0, FSM_MS}, "RFC 3261 §17.1.2.2"},
};

const struct fsm_action_info fsm_nict_actions[FSM_NICT_N_ACTIONS] = {
    [FSM_NICT_A_SEND_REQUEST] = {"send_request", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_NICT_A_RETRANSMIT] = {"retransmit", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_NICT_A_TO_TU] = {"to_tu", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_NICT_A_TIMEOUT_TO_TU] = {"timeout_to_tu", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_NICT_A_ERROR_TO_TU] = {"error_to_tu", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_NICT_A_START_E] = {"start(e)", FSM_OP_START, FSM_NICT_TIMER_E, 0, {0, FSM_MS}},
    [FSM_NICT_A_START_E_T2] = {"start(e,T2)", FSM_OP_START, FSM_NICT_TIMER_E, 1, {1, FSM_T2}},
    [FSM_NICT_A_BACKOFF_E] = {"backoff(e)", FSM_OP_BACKOFF, FSM_NICT_TIMER_E, 0, {0, FSM_MS}},
    [FSM_NICT_A_STOP_E] = {"stop(e)", FSM_OP_STOP, FSM_NICT_TIMER_E, 0, {0, FSM_MS}},
    [FSM_NICT_A_START_F] = {"start(f)", FSM_OP_START, FSM_NICT_TIMER_F, 0, {0, FSM_MS}},
    [FSM_NICT_A_STOP_F] = {"stop(f)", FSM_OP_STOP, FSM_NICT_TIMER_F, 0, {0, FSM_MS}},
    [FSM_NICT_A_START_K] = {"start(k)", FSM_OP_START, FSM_NICT_TIMER_K, 0, {0, FSM_MS}},
};

const struct fsm_nict_row fsm_nict_rows[FSM_NICT_N_ROWS] = {
    /*   0 */ {FSM_NICT_IDLE, FSM_NICT_EV_TU_REQUEST, 0x01, 0x00, FSM_GO, FSM_NICT_TRYING, 3, {FSM_NICT_A_SEND_REQUEST, FSM_NICT_A_START_E, FSM_NICT_A_START_F}, 22, "RFC 3261 §17.1.2.2"},
    /*   1 */ {FSM_NICT_IDLE, FSM_NICT_EV_TU_REQUEST, 0x01, 0x01, FSM_GO, FSM_NICT_TRYING, 2, {FSM_NICT_A_SEND_REQUEST, FSM_NICT_A_START_F}, 23, "RFC 3261 §17.1.2.2"},
    /*   2 */ {FSM_NICT_IDLE, FSM_NICT_EV_R1XX, 0x00, 0x00, FSM_ERROR, FSM_NICT_IDLE, 0, {0}, 24, NULL},
    /*   3 */ {FSM_NICT_IDLE, FSM_NICT_EV_R2XX_6XX, 0x00, 0x00, FSM_ERROR, FSM_NICT_IDLE, 0, {0}, 24, NULL},
    /*   4 */ {FSM_NICT_IDLE, FSM_NICT_EV_TIMER_E, 0x00, 0x00, FSM_ERROR, FSM_NICT_IDLE, 0, {0}, 25, NULL},
    /*   5 */ {FSM_NICT_IDLE, FSM_NICT_EV_TIMER_F, 0x00, 0x00, FSM_ERROR, FSM_NICT_IDLE, 0, {0}, 25, NULL},
    /*   6 */ {FSM_NICT_IDLE, FSM_NICT_EV_TIMER_K, 0x00, 0x00, FSM_ERROR, FSM_NICT_IDLE, 0, {0}, 25, NULL},
    /*   7 */ {FSM_NICT_IDLE, FSM_NICT_EV_TRANSPORT_ERROR, 0x00, 0x00, FSM_ERROR, FSM_NICT_IDLE, 0, {0}, 25, NULL},
    /*   8 */ {FSM_NICT_TRYING, FSM_NICT_EV_TU_REQUEST, 0x00, 0x00, FSM_ERROR, FSM_NICT_TRYING, 0, {0}, 33, NULL},
    /*   9 */ {FSM_NICT_TRYING, FSM_NICT_EV_R1XX, 0x00, 0x00, FSM_GO, FSM_NICT_PROCEEDING, 1, {FSM_NICT_A_TO_TU}, 31, "RFC 3261 §17.1.2.2"},
    /*  10 */ {FSM_NICT_TRYING, FSM_NICT_EV_R2XX_6XX, 0x00, 0x00, FSM_GO, FSM_NICT_COMPLETED, 4, {FSM_NICT_A_TO_TU, FSM_NICT_A_STOP_E, FSM_NICT_A_STOP_F, FSM_NICT_A_START_K}, 32, "RFC 3261 §17.1.2.2"},
    /*  11 */ {FSM_NICT_TRYING, FSM_NICT_EV_TIMER_E, 0x01, 0x00, FSM_GO, FSM_NICT_TRYING, 2, {FSM_NICT_A_RETRANSMIT, FSM_NICT_A_BACKOFF_E}, 27, "RFC 3261 §17.1.2.2"},
    /*  12 */ {FSM_NICT_TRYING, FSM_NICT_EV_TIMER_E, 0x01, 0x01, FSM_ERROR, FSM_NICT_TRYING, 0, {0}, 28, NULL},
    /*  13 */ {FSM_NICT_TRYING, FSM_NICT_EV_TIMER_F, 0x00, 0x00, FSM_GO, FSM_NICT_TERMINATED, 2, {FSM_NICT_A_TIMEOUT_TO_TU, FSM_NICT_A_STOP_E}, 29, "RFC 3261 §17.1.2.2"},
    /*  14 */ {FSM_NICT_TRYING, FSM_NICT_EV_TIMER_K, 0x00, 0x00, FSM_ERROR, FSM_NICT_TRYING, 0, {0}, 33, NULL},
    /*  15 */ {FSM_NICT_TRYING, FSM_NICT_EV_TRANSPORT_ERROR, 0x00, 0x00, FSM_GO, FSM_NICT_TERMINATED, 3, {FSM_NICT_A_ERROR_TO_TU, FSM_NICT_A_STOP_E, FSM_NICT_A_STOP_F}, 30, "RFC 3261 §17.1.4"},
    /*  16 */ {FSM_NICT_PROCEEDING, FSM_NICT_EV_TU_REQUEST, 0x00, 0x00, FSM_ERROR, FSM_NICT_PROCEEDING, 0, {0}, 42, NULL},
    /*  17 */ {FSM_NICT_PROCEEDING, FSM_NICT_EV_R1XX, 0x00, 0x00, FSM_GO, FSM_NICT_PROCEEDING, 1, {FSM_NICT_A_TO_TU}, 40, "RFC 3261 §17.1.2.2"},
    /*  18 */ {FSM_NICT_PROCEEDING, FSM_NICT_EV_R2XX_6XX, 0x00, 0x00, FSM_GO, FSM_NICT_COMPLETED, 4, {FSM_NICT_A_TO_TU, FSM_NICT_A_STOP_E, FSM_NICT_A_STOP_F, FSM_NICT_A_START_K}, 41, "RFC 3261 §17.1.2.2"},
    /*  19 */ {FSM_NICT_PROCEEDING, FSM_NICT_EV_TIMER_E, 0x01, 0x00, FSM_GO, FSM_NICT_PROCEEDING, 2, {FSM_NICT_A_RETRANSMIT, FSM_NICT_A_START_E_T2}, 36, "RFC 3261 §17.1.2.2"},
    /*  20 */ {FSM_NICT_PROCEEDING, FSM_NICT_EV_TIMER_E, 0x01, 0x01, FSM_ERROR, FSM_NICT_PROCEEDING, 0, {0}, 37, NULL},
    /*  21 */ {FSM_NICT_PROCEEDING, FSM_NICT_EV_TIMER_F, 0x00, 0x00, FSM_GO, FSM_NICT_TERMINATED, 2, {FSM_NICT_A_TIMEOUT_TO_TU, FSM_NICT_A_STOP_E}, 38, "RFC 3261 §17.1.2.2"},
    /*  22 */ {FSM_NICT_PROCEEDING, FSM_NICT_EV_TIMER_K, 0x00, 0x00, FSM_ERROR, FSM_NICT_PROCEEDING, 0, {0}, 42, NULL},
    /*  23 */ {FSM_NICT_PROCEEDING, FSM_NICT_EV_TRANSPORT_ERROR, 0x00, 0x00, FSM_GO, FSM_NICT_TERMINATED, 3, {FSM_NICT_A_ERROR_TO_TU, FSM_NICT_A_STOP_E, FSM_NICT_A_STOP_F}, 39, "RFC 3261 §17.1.4"},
    /*  24 */ {FSM_NICT_COMPLETED, FSM_NICT_EV_TU_REQUEST, 0x00, 0x00, FSM_ERROR, FSM_NICT_COMPLETED, 0, {0}, 48, NULL},
    /*  25 */ {FSM_NICT_COMPLETED, FSM_NICT_EV_R1XX, 0x00, 0x00, FSM_IGNORE, FSM_NICT_COMPLETED, 0, {0}, 45, "RFC 3261 §17.1.2.2"},
    /*  26 */ {FSM_NICT_COMPLETED, FSM_NICT_EV_R2XX_6XX, 0x00, 0x00, FSM_IGNORE, FSM_NICT_COMPLETED, 0, {0}, 45, "RFC 3261 §17.1.2.2"},
    /*  27 */ {FSM_NICT_COMPLETED, FSM_NICT_EV_TIMER_E, 0x00, 0x00, FSM_ERROR, FSM_NICT_COMPLETED, 0, {0}, 48, NULL},
    /*  28 */ {FSM_NICT_COMPLETED, FSM_NICT_EV_TIMER_F, 0x00, 0x00, FSM_ERROR, FSM_NICT_COMPLETED, 0, {0}, 48, NULL},
    /*  29 */ {FSM_NICT_COMPLETED, FSM_NICT_EV_TIMER_K, 0x00, 0x00, FSM_GO, FSM_NICT_TERMINATED, 0, {0}, 46, "RFC 3261 §17.1.2.2"},
    /*  30 */ {FSM_NICT_COMPLETED, FSM_NICT_EV_TRANSPORT_ERROR, 0x00, 0x00, FSM_IGNORE, FSM_NICT_COMPLETED, 0, {0}, 47, NULL},
};

/* Rows of (state, event): fsm_nict_rows[first .. first + count). */
static const struct {
    uint16_t first;
    uint8_t count;
} fsm_nict_index[FSM_NICT_N_STATES][FSM_NICT_N_EVENTS] = {
    {{0, 2}, {2, 1}, {3, 1}, {4, 1}, {5, 1}, {6, 1}, {7, 1}}, /* idle */
    {{8, 1}, {9, 1}, {10, 1}, {11, 2}, {13, 1}, {14, 1}, {15, 1}}, /* trying */
    {{16, 1}, {17, 1}, {18, 1}, {19, 2}, {21, 1}, {22, 1}, {23, 1}}, /* proceeding */
    {{24, 1}, {25, 1}, {26, 1}, {27, 1}, {28, 1}, {29, 1}, {30, 1}}, /* completed */
    {{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}}, /* terminated */
};

const struct fsm_nict_row *fsm_nict_step(enum fsm_nict_state state, enum fsm_nict_event event,
                                    uint32_t guards)
{
    if ((unsigned)state >= FSM_NICT_N_STATES || (unsigned)event >= FSM_NICT_N_EVENTS)
        return NULL;
    unsigned first = fsm_nict_index[state][event].first;
    unsigned count = fsm_nict_index[state][event].count;
    for (unsigned i = first; i < first + count; i++) {
        const struct fsm_nict_row *r = &fsm_nict_rows[i];
        if ((guards & r->guard_mask) == r->guard_value)
            return r;
    }
    return NULL; /* final state; fsmc proves every other pair total */
}
