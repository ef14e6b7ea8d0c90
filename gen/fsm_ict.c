/* Generated from fsm/ict.fsm by fsmc 1 - do not edit; run `make regen`. */
/* ict: INVITE client transaction - RFC 3261 §17.1.1, §17.1.4; RFC 6026 §7.2 */
#include <stddef.h>

#include "fsm_ict.h"

const char *const fsm_ict_state_names[FSM_ICT_N_STATES] = {
    "idle",
    "calling",
    "proceeding",
    "accepted",
    "completed",
    "terminated",
};

const char *const fsm_ict_event_names[FSM_ICT_N_EVENTS] = {
    "tu_invite",
    "r1xx",
    "r2xx",
    "r3xx_6xx",
    "timer_a",
    "timer_b",
    "timer_d",
    "timer_m",
    "transport_error",
};

const char *const fsm_ict_guard_names[FSM_ICT_N_GUARDS] = {
    "reliable",
};

const uint8_t fsm_ict_is_final[FSM_ICT_N_STATES] = {0, 0, 0, 0, 0, 1};

const struct fsm_timer_info fsm_ict_timers[FSM_ICT_N_TIMERS] = {
    [FSM_ICT_TIMER_A] = {"a", FSM_ICT_EV_TIMER_A, 1, 0, {1, FSM_T1}, {0, FSM_MS}, 0, {0, FSM_MS}, "RFC 3261 §17.1.1.2"},
    [FSM_ICT_TIMER_B] = {"b", FSM_ICT_EV_TIMER_B, 0, 0, {64, FSM_T1}, {0, FSM_MS}, 0, {0, FSM_MS}, "RFC 3261 §17.1.1.2"},
    [FSM_ICT_TIMER_D] = {"d", FSM_ICT_EV_TIMER_D, 0, 0, {32000, FSM_MS}, {0, FSM_MS}, FSM_ICT_G_RELIABLE, {0, FSM_MS}, "RFC 3261 §17.1.1.2: at least 32 s"},
    [FSM_ICT_TIMER_M] = {"m", FSM_ICT_EV_TIMER_M, 0, 0, {64, FSM_T1}, {0, FSM_MS}, 0, {0, FSM_MS}, "RFC 6026 §7.2"},
};

const struct fsm_action_info fsm_ict_actions[FSM_ICT_N_ACTIONS] = {
    [FSM_ICT_A_SEND_INVITE] = {"send_invite", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_ICT_A_RETRANSMIT] = {"retransmit", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_ICT_A_SEND_ACK] = {"send_ack", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_ICT_A_TO_TU] = {"to_tu", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_ICT_A_TIMEOUT_TO_TU] = {"timeout_to_tu", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_ICT_A_ERROR_TO_TU] = {"error_to_tu", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_ICT_A_START_A] = {"start(a)", FSM_OP_START, FSM_ICT_TIMER_A, 0, {0, FSM_MS}},
    [FSM_ICT_A_BACKOFF_A] = {"backoff(a)", FSM_OP_BACKOFF, FSM_ICT_TIMER_A, 0, {0, FSM_MS}},
    [FSM_ICT_A_STOP_A] = {"stop(a)", FSM_OP_STOP, FSM_ICT_TIMER_A, 0, {0, FSM_MS}},
    [FSM_ICT_A_START_B] = {"start(b)", FSM_OP_START, FSM_ICT_TIMER_B, 0, {0, FSM_MS}},
    [FSM_ICT_A_STOP_B] = {"stop(b)", FSM_OP_STOP, FSM_ICT_TIMER_B, 0, {0, FSM_MS}},
    [FSM_ICT_A_START_D] = {"start(d)", FSM_OP_START, FSM_ICT_TIMER_D, 0, {0, FSM_MS}},
    [FSM_ICT_A_STOP_D] = {"stop(d)", FSM_OP_STOP, FSM_ICT_TIMER_D, 0, {0, FSM_MS}},
    [FSM_ICT_A_START_M] = {"start(m)", FSM_OP_START, FSM_ICT_TIMER_M, 0, {0, FSM_MS}},
};

const struct fsm_ict_row fsm_ict_rows[FSM_ICT_N_ROWS] = {
    /*   0 */ {FSM_ICT_IDLE, FSM_ICT_EV_TU_INVITE, 0x01, 0x00, FSM_GO, FSM_ICT_CALLING, 3, {FSM_ICT_A_SEND_INVITE, FSM_ICT_A_START_A, FSM_ICT_A_START_B}, 28, "RFC 3261 §17.1.1.2"},
    /*   1 */ {FSM_ICT_IDLE, FSM_ICT_EV_TU_INVITE, 0x01, 0x01, FSM_GO, FSM_ICT_CALLING, 2, {FSM_ICT_A_SEND_INVITE, FSM_ICT_A_START_B}, 29, "RFC 3261 §17.1.1.2"},
    /*   2 */ {FSM_ICT_IDLE, FSM_ICT_EV_R1XX, 0x00, 0x00, FSM_ERROR, FSM_ICT_IDLE, 0, {0}, 30, NULL},
    /*   3 */ {FSM_ICT_IDLE, FSM_ICT_EV_R2XX, 0x00, 0x00, FSM_ERROR, FSM_ICT_IDLE, 0, {0}, 30, NULL},
    /*   4 */ {FSM_ICT_IDLE, FSM_ICT_EV_R3XX_6XX, 0x00, 0x00, FSM_ERROR, FSM_ICT_IDLE, 0, {0}, 30, NULL},
    /*   5 */ {FSM_ICT_IDLE, FSM_ICT_EV_TIMER_A, 0x00, 0x00, FSM_ERROR, FSM_ICT_IDLE, 0, {0}, 31, NULL},
    /*   6 */ {FSM_ICT_IDLE, FSM_ICT_EV_TIMER_B, 0x00, 0x00, FSM_ERROR, FSM_ICT_IDLE, 0, {0}, 31, NULL},
    /*   7 */ {FSM_ICT_IDLE, FSM_ICT_EV_TIMER_D, 0x00, 0x00, FSM_ERROR, FSM_ICT_IDLE, 0, {0}, 31, NULL},
    /*   8 */ {FSM_ICT_IDLE, FSM_ICT_EV_TIMER_M, 0x00, 0x00, FSM_ERROR, FSM_ICT_IDLE, 0, {0}, 31, NULL},
    /*   9 */ {FSM_ICT_IDLE, FSM_ICT_EV_TRANSPORT_ERROR, 0x00, 0x00, FSM_ERROR, FSM_ICT_IDLE, 0, {0}, 31, NULL},
    /*  10 */ {FSM_ICT_CALLING, FSM_ICT_EV_TU_INVITE, 0x00, 0x00, FSM_ERROR, FSM_ICT_CALLING, 0, {0}, 40, NULL},
    /*  11 */ {FSM_ICT_CALLING, FSM_ICT_EV_R1XX, 0x00, 0x00, FSM_GO, FSM_ICT_PROCEEDING, 3, {FSM_ICT_A_TO_TU, FSM_ICT_A_STOP_A, FSM_ICT_A_STOP_B}, 36, "RFC 3261 §17.1.1.2"},
    /*  12 */ {FSM_ICT_CALLING, FSM_ICT_EV_R2XX, 0x00, 0x00, FSM_GO, FSM_ICT_ACCEPTED, 4, {FSM_ICT_A_TO_TU, FSM_ICT_A_STOP_A, FSM_ICT_A_STOP_B, FSM_ICT_A_START_M}, 37, "RFC 6026 §7.2"},
    /*  13 */ {FSM_ICT_CALLING, FSM_ICT_EV_R3XX_6XX, 0x00, 0x00, FSM_GO, FSM_ICT_COMPLETED, 5, {FSM_ICT_A_SEND_ACK, FSM_ICT_A_TO_TU, FSM_ICT_A_STOP_A, FSM_ICT_A_STOP_B, FSM_ICT_A_START_D}, 38, "RFC 3261 §17.1.1.2"},
    /*  14 */ {FSM_ICT_CALLING, FSM_ICT_EV_TIMER_A, 0x01, 0x00, FSM_GO, FSM_ICT_CALLING, 2, {FSM_ICT_A_RETRANSMIT, FSM_ICT_A_BACKOFF_A}, 33, "RFC 3261 §17.1.1.2"},
    /*  15 */ {FSM_ICT_CALLING, FSM_ICT_EV_TIMER_A, 0x01, 0x01, FSM_ERROR, FSM_ICT_CALLING, 0, {0}, 34, NULL},
    /*  16 */ {FSM_ICT_CALLING, FSM_ICT_EV_TIMER_B, 0x00, 0x00, FSM_GO, FSM_ICT_TERMINATED, 2, {FSM_ICT_A_TIMEOUT_TO_TU, FSM_ICT_A_STOP_A}, 35, "RFC 3261 §17.1.1.2"},
    /*  17 */ {FSM_ICT_CALLING, FSM_ICT_EV_TIMER_D, 0x00, 0x00, FSM_ERROR, FSM_ICT_CALLING, 0, {0}, 40, NULL},
    /*  18 */ {FSM_ICT_CALLING, FSM_ICT_EV_TIMER_M, 0x00, 0x00, FSM_ERROR, FSM_ICT_CALLING, 0, {0}, 40, NULL},
    /*  19 */ {FSM_ICT_CALLING, FSM_ICT_EV_TRANSPORT_ERROR, 0x00, 0x00, FSM_GO, FSM_ICT_TERMINATED, 3, {FSM_ICT_A_ERROR_TO_TU, FSM_ICT_A_STOP_A, FSM_ICT_A_STOP_B}, 39, "RFC 3261 §17.1.4"},
    /*  20 */ {FSM_ICT_PROCEEDING, FSM_ICT_EV_TU_INVITE, 0x00, 0x00, FSM_ERROR, FSM_ICT_PROCEEDING, 0, {0}, 47, NULL},
    /*  21 */ {FSM_ICT_PROCEEDING, FSM_ICT_EV_R1XX, 0x00, 0x00, FSM_GO, FSM_ICT_PROCEEDING, 1, {FSM_ICT_A_TO_TU}, 43, "RFC 3261 §17.1.1.2"},
    /*  22 */ {FSM_ICT_PROCEEDING, FSM_ICT_EV_R2XX, 0x00, 0x00, FSM_GO, FSM_ICT_ACCEPTED, 2, {FSM_ICT_A_TO_TU, FSM_ICT_A_START_M}, 44, "RFC 6026 §7.2"},
    /*  23 */ {FSM_ICT_PROCEEDING, FSM_ICT_EV_R3XX_6XX, 0x00, 0x00, FSM_GO, FSM_ICT_COMPLETED, 3, {FSM_ICT_A_SEND_ACK, FSM_ICT_A_TO_TU, FSM_ICT_A_START_D}, 45, "RFC 3261 §17.1.1.2"},
    /*  24 */ {FSM_ICT_PROCEEDING, FSM_ICT_EV_TIMER_A, 0x00, 0x00, FSM_ERROR, FSM_ICT_PROCEEDING, 0, {0}, 47, NULL},
    /*  25 */ {FSM_ICT_PROCEEDING, FSM_ICT_EV_TIMER_B, 0x00, 0x00, FSM_ERROR, FSM_ICT_PROCEEDING, 0, {0}, 47, NULL},
    /*  26 */ {FSM_ICT_PROCEEDING, FSM_ICT_EV_TIMER_D, 0x00, 0x00, FSM_ERROR, FSM_ICT_PROCEEDING, 0, {0}, 47, NULL},
    /*  27 */ {FSM_ICT_PROCEEDING, FSM_ICT_EV_TIMER_M, 0x00, 0x00, FSM_ERROR, FSM_ICT_PROCEEDING, 0, {0}, 47, NULL},
    /*  28 */ {FSM_ICT_PROCEEDING, FSM_ICT_EV_TRANSPORT_ERROR, 0x00, 0x00, FSM_IGNORE, FSM_ICT_PROCEEDING, 0, {0}, 46, "RFC 3261 §17.1.4"},
    /*  29 */ {FSM_ICT_ACCEPTED, FSM_ICT_EV_TU_INVITE, 0x00, 0x00, FSM_ERROR, FSM_ICT_ACCEPTED, 0, {0}, 54, NULL},
    /*  30 */ {FSM_ICT_ACCEPTED, FSM_ICT_EV_R1XX, 0x00, 0x00, FSM_IGNORE, FSM_ICT_ACCEPTED, 0, {0}, 52, NULL},
    /*  31 */ {FSM_ICT_ACCEPTED, FSM_ICT_EV_R2XX, 0x00, 0x00, FSM_GO, FSM_ICT_ACCEPTED, 1, {FSM_ICT_A_TO_TU}, 50, "RFC 6026 §7.2"},
    /*  32 */ {FSM_ICT_ACCEPTED, FSM_ICT_EV_R3XX_6XX, 0x00, 0x00, FSM_IGNORE, FSM_ICT_ACCEPTED, 0, {0}, 52, NULL},
    /*  33 */ {FSM_ICT_ACCEPTED, FSM_ICT_EV_TIMER_A, 0x00, 0x00, FSM_ERROR, FSM_ICT_ACCEPTED, 0, {0}, 54, NULL},
    /*  34 */ {FSM_ICT_ACCEPTED, FSM_ICT_EV_TIMER_B, 0x00, 0x00, FSM_ERROR, FSM_ICT_ACCEPTED, 0, {0}, 54, NULL},
    /*  35 */ {FSM_ICT_ACCEPTED, FSM_ICT_EV_TIMER_D, 0x00, 0x00, FSM_ERROR, FSM_ICT_ACCEPTED, 0, {0}, 54, NULL},
    /*  36 */ {FSM_ICT_ACCEPTED, FSM_ICT_EV_TIMER_M, 0x00, 0x00, FSM_GO, FSM_ICT_TERMINATED, 0, {0}, 51, "RFC 6026 §7.2"},
    /*  37 */ {FSM_ICT_ACCEPTED, FSM_ICT_EV_TRANSPORT_ERROR, 0x00, 0x00, FSM_IGNORE, FSM_ICT_ACCEPTED, 0, {0}, 53, NULL},
    /*  38 */ {FSM_ICT_COMPLETED, FSM_ICT_EV_TU_INVITE, 0x00, 0x00, FSM_ERROR, FSM_ICT_COMPLETED, 0, {0}, 60, NULL},
    /*  39 */ {FSM_ICT_COMPLETED, FSM_ICT_EV_R1XX, 0x00, 0x00, FSM_IGNORE, FSM_ICT_COMPLETED, 0, {0}, 59, NULL},
    /*  40 */ {FSM_ICT_COMPLETED, FSM_ICT_EV_R2XX, 0x00, 0x00, FSM_IGNORE, FSM_ICT_COMPLETED, 0, {0}, 59, NULL},
    /*  41 */ {FSM_ICT_COMPLETED, FSM_ICT_EV_R3XX_6XX, 0x00, 0x00, FSM_GO, FSM_ICT_COMPLETED, 1, {FSM_ICT_A_SEND_ACK}, 56, "RFC 3261 §17.1.1.2"},
    /*  42 */ {FSM_ICT_COMPLETED, FSM_ICT_EV_TIMER_A, 0x00, 0x00, FSM_ERROR, FSM_ICT_COMPLETED, 0, {0}, 60, NULL},
    /*  43 */ {FSM_ICT_COMPLETED, FSM_ICT_EV_TIMER_B, 0x00, 0x00, FSM_ERROR, FSM_ICT_COMPLETED, 0, {0}, 60, NULL},
    /*  44 */ {FSM_ICT_COMPLETED, FSM_ICT_EV_TIMER_D, 0x00, 0x00, FSM_GO, FSM_ICT_TERMINATED, 0, {0}, 57, "RFC 3261 §17.1.1.2"},
    /*  45 */ {FSM_ICT_COMPLETED, FSM_ICT_EV_TIMER_M, 0x00, 0x00, FSM_ERROR, FSM_ICT_COMPLETED, 0, {0}, 60, NULL},
    /*  46 */ {FSM_ICT_COMPLETED, FSM_ICT_EV_TRANSPORT_ERROR, 0x00, 0x00, FSM_GO, FSM_ICT_TERMINATED, 2, {FSM_ICT_A_ERROR_TO_TU, FSM_ICT_A_STOP_D}, 58, "RFC 3261 §17.1.4"},
};

/* Rows of (state, event): fsm_ict_rows[first .. first + count). */
static const struct {
    uint16_t first;
    uint8_t count;
} fsm_ict_index[FSM_ICT_N_STATES][FSM_ICT_N_EVENTS] = {
    {{0, 2}, {2, 1}, {3, 1}, {4, 1}, {5, 1}, {6, 1}, {7, 1}, {8, 1}, {9, 1}}, /* idle */
    {{10, 1}, {11, 1}, {12, 1}, {13, 1}, {14, 2}, {16, 1}, {17, 1}, {18, 1}, {19, 1}}, /* calling */
    {{20, 1}, {21, 1}, {22, 1}, {23, 1}, {24, 1}, {25, 1}, {26, 1}, {27, 1}, {28, 1}}, /* proceeding */
    {{29, 1}, {30, 1}, {31, 1}, {32, 1}, {33, 1}, {34, 1}, {35, 1}, {36, 1}, {37, 1}}, /* accepted */
    {{38, 1}, {39, 1}, {40, 1}, {41, 1}, {42, 1}, {43, 1}, {44, 1}, {45, 1}, {46, 1}}, /* completed */
    {{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}}, /* terminated */
};

const struct fsm_ict_row *fsm_ict_step(enum fsm_ict_state state, enum fsm_ict_event event,
                                    uint32_t guards)
{
    if ((unsigned)state >= FSM_ICT_N_STATES || (unsigned)event >= FSM_ICT_N_EVENTS)
        return NULL;
    unsigned first = fsm_ict_index[state][event].first;
    unsigned count = fsm_ict_index[state][event].count;
    for (unsigned i = first; i < first + count; i++) {
        const struct fsm_ict_row *r = &fsm_ict_rows[i];
        if ((guards & r->guard_mask) == r->guard_value)
            return r;
    }
    return NULL; /* final state; fsmc proves every other pair total */
}
