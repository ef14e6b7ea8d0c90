/* Generated from fsm/ist.fsm by fsmc 1 - do not edit; run `make regen`. */
/* ist: INVITE server transaction - RFC 3261 §17.2.1, §17.2.4; RFC 6026 §7.1 */
#include <stddef.h>

#include "fsm_ist.h"

const char *const fsm_ist_state_names[FSM_IST_N_STATES] = {
    "idle",
    "proceeding",
    "completed",
    "confirmed",
    "accepted",
    "terminated",
};

const char *const fsm_ist_event_names[FSM_IST_N_EVENTS] = {
    "invite",
    "ack",
    "tu_1xx",
    "tu_2xx",
    "tu_3xx_6xx",
    "timer_g",
    "timer_h",
    "timer_i",
    "timer_l",
    "transport_error",
};

const char *const fsm_ist_guard_names[FSM_IST_N_GUARDS] = {
    "reliable",
};

const uint8_t fsm_ist_is_final[FSM_IST_N_STATES] = {0, 0, 0, 0, 0, 1};

const struct fsm_timer_info fsm_ist_timers[FSM_IST_N_TIMERS] = {
    [FSM_IST_TIMER_G] = {"g", FSM_IST_EV_TIMER_G, 1, 1, {1, FSM_T1}, {1, FSM_T2}, 0, {0, FSM_MS}, "RFC 3261 §17.2.1"},
    [FSM_IST_TIMER_H] = {"h", FSM_IST_EV_TIMER_H, 0, 0, {64, FSM_T1}, {0, FSM_MS}, 0, {0, FSM_MS}, "RFC 3261 §17.2.1"},
    [FSM_IST_TIMER_I] = {"i", FSM_IST_EV_TIMER_I, 0, 0, {1, FSM_T4}, {0, FSM_MS}, FSM_IST_G_RELIABLE, {0, FSM_MS}, "RFC 3261 §17.2.1"},
    [FSM_IST_TIMER_L] = {"l", FSM_IST_EV_TIMER_L, 0, 0, {64, FSM_T1}, {0, FSM_MS}, 0, {0, FSM_MS}, "RFC 6026 §7.1"},
};

const struct fsm_action_info fsm_ist_actions[FSM_IST_N_ACTIONS] = {
    [FSM_IST_A_TO_TU] = {"to_tu", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_IST_A_SEND_TRYING] = {"send_trying", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_IST_A_SEND_RESPONSE] = {"send_response", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_IST_A_RESEND_RESPONSE] = {"resend_response", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_IST_A_TIMEOUT_TO_TU] = {"timeout_to_tu", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_IST_A_ERROR_TO_TU] = {"error_to_tu", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_IST_A_START_G] = {"start(g)", FSM_OP_START, FSM_IST_TIMER_G, 0, {0, FSM_MS}},
    [FSM_IST_A_BACKOFF_G] = {"backoff(g)", FSM_OP_BACKOFF, FSM_IST_TIMER_G, 0, {0, FSM_MS}},
    [FSM_IST_A_STOP_G] = {"stop(g)", FSM_OP_STOP, FSM_IST_TIMER_G, 0, {0, FSM_MS}},
    [FSM_IST_A_START_H] = {"start(h)", FSM_OP_START, FSM_IST_TIMER_H, 0, {0, FSM_MS}},
    [FSM_IST_A_STOP_H] = {"stop(h)", FSM_OP_STOP, FSM_IST_TIMER_H, 0, {0, FSM_MS}},
    [FSM_IST_A_START_I] = {"start(i)", FSM_OP_START, FSM_IST_TIMER_I, 0, {0, FSM_MS}},
    [FSM_IST_A_START_L] = {"start(l)", FSM_OP_START, FSM_IST_TIMER_L, 0, {0, FSM_MS}},
};

const struct fsm_ist_row fsm_ist_rows[FSM_IST_N_ROWS] = {
    /*   0 */ {FSM_IST_IDLE, FSM_IST_EV_INVITE, 0x00, 0x00, FSM_GO, FSM_IST_PROCEEDING, 2, {FSM_IST_A_TO_TU, FSM_IST_A_SEND_TRYING}, 30, "RFC 3261 §17.2.1"},
    /*   1 */ {FSM_IST_IDLE, FSM_IST_EV_ACK, 0x00, 0x00, FSM_ERROR, FSM_IST_IDLE, 0, {0}, 31, NULL},
    /*   2 */ {FSM_IST_IDLE, FSM_IST_EV_TU_1XX, 0x00, 0x00, FSM_ERROR, FSM_IST_IDLE, 0, {0}, 31, NULL},
    /*   3 */ {FSM_IST_IDLE, FSM_IST_EV_TU_2XX, 0x00, 0x00, FSM_ERROR, FSM_IST_IDLE, 0, {0}, 31, NULL},
    /*   4 */ {FSM_IST_IDLE, FSM_IST_EV_TU_3XX_6XX, 0x00, 0x00, FSM_ERROR, FSM_IST_IDLE, 0, {0}, 31, NULL},
    /*   5 */ {FSM_IST_IDLE, FSM_IST_EV_TIMER_G, 0x00, 0x00, FSM_ERROR, FSM_IST_IDLE, 0, {0}, 32, NULL},
    /*   6 */ {FSM_IST_IDLE, FSM_IST_EV_TIMER_H, 0x00, 0x00, FSM_ERROR, FSM_IST_IDLE, 0, {0}, 32, NULL},
    /*   7 */ {FSM_IST_IDLE, FSM_IST_EV_TIMER_I, 0x00, 0x00, FSM_ERROR, FSM_IST_IDLE, 0, {0}, 32, NULL},
    /*   8 */ {FSM_IST_IDLE, FSM_IST_EV_TIMER_L, 0x00, 0x00, FSM_ERROR, FSM_IST_IDLE, 0, {0}, 32, NULL},
    /*   9 */ {FSM_IST_IDLE, FSM_IST_EV_TRANSPORT_ERROR, 0x00, 0x00, FSM_ERROR, FSM_IST_IDLE, 0, {0}, 32, NULL},
    /*  10 */ {FSM_IST_PROCEEDING, FSM_IST_EV_INVITE, 0x00, 0x00, FSM_GO, FSM_IST_PROCEEDING, 1, {FSM_IST_A_RESEND_RESPONSE}, 34, "RFC 3261 §17.2.1"},
    /*  11 */ {FSM_IST_PROCEEDING, FSM_IST_EV_ACK, 0x00, 0x00, FSM_IGNORE, FSM_IST_PROCEEDING, 0, {0}, 40, NULL},
    /*  12 */ {FSM_IST_PROCEEDING, FSM_IST_EV_TU_1XX, 0x00, 0x00, FSM_GO, FSM_IST_PROCEEDING, 1, {FSM_IST_A_SEND_RESPONSE}, 35, "RFC 3261 §17.2.1"},
    /*  13 */ {FSM_IST_PROCEEDING, FSM_IST_EV_TU_2XX, 0x00, 0x00, FSM_GO, FSM_IST_ACCEPTED, 2, {FSM_IST_A_SEND_RESPONSE, FSM_IST_A_START_L}, 36, "RFC 6026 §7.1"},
    /*  14 */ {FSM_IST_PROCEEDING, FSM_IST_EV_TU_3XX_6XX, 0x01, 0x00, FSM_GO, FSM_IST_COMPLETED, 3, {FSM_IST_A_SEND_RESPONSE, FSM_IST_A_START_G, FSM_IST_A_START_H}, 37, "RFC 3261 §17.2.1"},
    /*  15 */ {FSM_IST_PROCEEDING, FSM_IST_EV_TU_3XX_6XX, 0x01, 0x01, FSM_GO, FSM_IST_COMPLETED, 2, {FSM_IST_A_SEND_RESPONSE, FSM_IST_A_START_H}, 38, "RFC 3261 §17.2.1"},
    /*  16 */ {FSM_IST_PROCEEDING, FSM_IST_EV_TIMER_G, 0x00, 0x00, FSM_ERROR, FSM_IST_PROCEEDING, 0, {0}, 41, NULL},
    /*  17 */ {FSM_IST_PROCEEDING, FSM_IST_EV_TIMER_H, 0x00, 0x00, FSM_ERROR, FSM_IST_PROCEEDING, 0, {0}, 41, NULL},
    /*  18 */ {FSM_IST_PROCEEDING, FSM_IST_EV_TIMER_I, 0x00, 0x00, FSM_ERROR, FSM_IST_PROCEEDING, 0, {0}, 41, NULL},
    /*  19 */ {FSM_IST_PROCEEDING, FSM_IST_EV_TIMER_L, 0x00, 0x00, FSM_ERROR, FSM_IST_PROCEEDING, 0, {0}, 41, NULL},
    /*  20 */ {FSM_IST_PROCEEDING, FSM_IST_EV_TRANSPORT_ERROR, 0x00, 0x00, FSM_GO, FSM_IST_TERMINATED, 1, {FSM_IST_A_ERROR_TO_TU}, 39, "RFC 3261 §17.2.4"},
    /*  21 */ {FSM_IST_COMPLETED, FSM_IST_EV_INVITE, 0x00, 0x00, FSM_GO, FSM_IST_COMPLETED, 1, {FSM_IST_A_RESEND_RESPONSE}, 43, "RFC 3261 §17.2.1"},
    /*  22 */ {FSM_IST_COMPLETED, FSM_IST_EV_ACK, 0x00, 0x00, FSM_GO, FSM_IST_CONFIRMED, 3, {FSM_IST_A_STOP_G, FSM_IST_A_STOP_H, FSM_IST_A_START_I}, 47, "RFC 3261 §17.2.1"},
    /*  23 */ {FSM_IST_COMPLETED, FSM_IST_EV_TU_1XX, 0x00, 0x00, FSM_ERROR, FSM_IST_COMPLETED, 0, {0}, 49, NULL},
    /*  24 */ {FSM_IST_COMPLETED, FSM_IST_EV_TU_2XX, 0x00, 0x00, FSM_ERROR, FSM_IST_COMPLETED, 0, {0}, 49, NULL},
    /*  25 */ {FSM_IST_COMPLETED, FSM_IST_EV_TU_3XX_6XX, 0x00, 0x00, FSM_ERROR, FSM_IST_COMPLETED, 0, {0}, 49, NULL},
    /*  26 */ {FSM_IST_COMPLETED, FSM_IST_EV_TIMER_G, 0x01, 0x00, FSM_GO, FSM_IST_COMPLETED, 2, {FSM_IST_A_RESEND_RESPONSE, FSM_IST_A_BACKOFF_G}, 44, "RFC 3261 §17.2.1"},
    /*  27 */ {FSM_IST_COMPLETED, FSM_IST_EV_TIMER_G, 0x01, 0x01, FSM_ERROR, FSM_IST_COMPLETED, 0, {0}, 45, NULL},
    /*  28 */ {FSM_IST_COMPLETED, FSM_IST_EV_TIMER_H, 0x00, 0x00, FSM_GO, FSM_IST_TERMINATED, 2, {FSM_IST_A_TIMEOUT_TO_TU, FSM_IST_A_STOP_G}, 46, "RFC 3261 §17.2.1"},
    /*  29 */ {FSM_IST_COMPLETED, FSM_IST_EV_TIMER_I, 0x00, 0x00, FSM_ERROR, FSM_IST_COMPLETED, 0, {0}, 50, NULL},
    /*  30 */ {FSM_IST_COMPLETED, FSM_IST_EV_TIMER_L, 0x00, 0x00, FSM_ERROR, FSM_IST_COMPLETED, 0, {0}, 50, NULL},
    /*  31 */ {FSM_IST_COMPLETED, FSM_IST_EV_TRANSPORT_ERROR, 0x00, 0x00, FSM_GO, FSM_IST_TERMINATED, 3, {FSM_IST_A_ERROR_TO_TU, FSM_IST_A_STOP_G, FSM_IST_A_STOP_H}, 48, "RFC 3261 §17.2.4"},
    /*  32 */ {FSM_IST_CONFIRMED, FSM_IST_EV_INVITE, 0x00, 0x00, FSM_IGNORE, FSM_IST_CONFIRMED, 0, {0}, 53, "RFC 3261 §17.2.1"},
    /*  33 */ {FSM_IST_CONFIRMED, FSM_IST_EV_ACK, 0x00, 0x00, FSM_IGNORE, FSM_IST_CONFIRMED, 0, {0}, 53, "RFC 3261 §17.2.1"},
    /*  34 */ {FSM_IST_CONFIRMED, FSM_IST_EV_TU_1XX, 0x00, 0x00, FSM_ERROR, FSM_IST_CONFIRMED, 0, {0}, 56, NULL},
    /*  35 */ {FSM_IST_CONFIRMED, FSM_IST_EV_TU_2XX, 0x00, 0x00, FSM_ERROR, FSM_IST_CONFIRMED, 0, {0}, 56, NULL},
    /*  36 */ {FSM_IST_CONFIRMED, FSM_IST_EV_TU_3XX_6XX, 0x00, 0x00, FSM_ERROR, FSM_IST_CONFIRMED, 0, {0}, 56, NULL},
    /*  37 */ {FSM_IST_CONFIRMED, FSM_IST_EV_TIMER_G, 0x00, 0x00, FSM_ERROR, FSM_IST_CONFIRMED, 0, {0}, 57, NULL},
    /*  38 */ {FSM_IST_CONFIRMED, FSM_IST_EV_TIMER_H, 0x00, 0x00, FSM_ERROR, FSM_IST_CONFIRMED, 0, {0}, 57, NULL},
    /*  39 */ {FSM_IST_CONFIRMED, FSM_IST_EV_TIMER_I, 0x00, 0x00, FSM_GO, FSM_IST_TERMINATED, 0, {0}, 54, "RFC 3261 §17.2.1"},
    /*  40 */ {FSM_IST_CONFIRMED, FSM_IST_EV_TIMER_L, 0x00, 0x00, FSM_ERROR, FSM_IST_CONFIRMED, 0, {0}, 57, NULL},
    /*  41 */ {FSM_IST_CONFIRMED, FSM_IST_EV_TRANSPORT_ERROR, 0x00, 0x00, FSM_IGNORE, FSM_IST_CONFIRMED, 0, {0}, 55, NULL},
    /*  42 */ {FSM_IST_ACCEPTED, FSM_IST_EV_INVITE, 0x00, 0x00, FSM_IGNORE, FSM_IST_ACCEPTED, 0, {0}, 59, "RFC 6026 §7.1"},
    /*  43 */ {FSM_IST_ACCEPTED, FSM_IST_EV_ACK, 0x00, 0x00, FSM_GO, FSM_IST_ACCEPTED, 1, {FSM_IST_A_TO_TU}, 60, "RFC 6026 §7.1"},
    /*  44 */ {FSM_IST_ACCEPTED, FSM_IST_EV_TU_1XX, 0x00, 0x00, FSM_ERROR, FSM_IST_ACCEPTED, 0, {0}, 65, NULL},
    /*  45 */ {FSM_IST_ACCEPTED, FSM_IST_EV_TU_2XX, 0x00, 0x00, FSM_GO, FSM_IST_ACCEPTED, 1, {FSM_IST_A_SEND_RESPONSE}, 61, "RFC 6026 §7.1"},
    /*  46 */ {FSM_IST_ACCEPTED, FSM_IST_EV_TU_3XX_6XX, 0x00, 0x00, FSM_ERROR, FSM_IST_ACCEPTED, 0, {0}, 65, NULL},
    /*  47 */ {FSM_IST_ACCEPTED, FSM_IST_EV_TIMER_G, 0x00, 0x00, FSM_ERROR, FSM_IST_ACCEPTED, 0, {0}, 66, NULL},
    /*  48 */ {FSM_IST_ACCEPTED, FSM_IST_EV_TIMER_H, 0x00, 0x00, FSM_ERROR, FSM_IST_ACCEPTED, 0, {0}, 66, NULL},
    /*  49 */ {FSM_IST_ACCEPTED, FSM_IST_EV_TIMER_I, 0x00, 0x00, FSM_ERROR, FSM_IST_ACCEPTED, 0, {0}, 66, NULL},
    /*  50 */ {FSM_IST_ACCEPTED, FSM_IST_EV_TIMER_L, 0x00, 0x00, FSM_GO, FSM_IST_TERMINATED, 0, {0}, 62, "RFC 6026 §7.1"},
    /*  51 */ {FSM_IST_ACCEPTED, FSM_IST_EV_TRANSPORT_ERROR, 0x00, 0x00, FSM_GO, FSM_IST_ACCEPTED, 1, {FSM_IST_A_ERROR_TO_TU}, 64, "RFC 3261 §17.2.4"},
};

/* Rows of (state, event): fsm_ist_rows[first .. first + count). */
static const struct {
    uint16_t first;
    uint8_t count;
} fsm_ist_index[FSM_IST_N_STATES][FSM_IST_N_EVENTS] = {
    {{0, 1}, {1, 1}, {2, 1}, {3, 1}, {4, 1}, {5, 1}, {6, 1}, {7, 1}, {8, 1}, {9, 1}}, /* idle */
    {{10, 1}, {11, 1}, {12, 1}, {13, 1}, {14, 2}, {16, 1}, {17, 1}, {18, 1}, {19, 1}, {20, 1}}, /* proceeding */
    {{21, 1}, {22, 1}, {23, 1}, {24, 1}, {25, 1}, {26, 2}, {28, 1}, {29, 1}, {30, 1}, {31, 1}}, /* completed */
    {{32, 1}, {33, 1}, {34, 1}, {35, 1}, {36, 1}, {37, 1}, {38, 1}, {39, 1}, {40, 1}, {41, 1}}, /* confirmed */
    {{42, 1}, {43, 1}, {44, 1}, {45, 1}, {46, 1}, {47, 1}, {48, 1}, {49, 1}, {50, 1}, {51, 1}}, /* accepted */
    {{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}}, /* terminated */
};

const struct fsm_ist_row *fsm_ist_step(enum fsm_ist_state state, enum fsm_ist_event event,
                                    uint32_t guards)
{
    if ((unsigned)state >= FSM_IST_N_STATES || (unsigned)event >= FSM_IST_N_EVENTS)
        return NULL;
    unsigned first = fsm_ist_index[state][event].first;
    unsigned count = fsm_ist_index[state][event].count;
    for (unsigned i = first; i < first + count; i++) {
        const struct fsm_ist_row *r = &fsm_ist_rows[i];
        if ((guards & r->guard_mask) == r->guard_value)
            return r;
    }
    return NULL; /* final state; fsmc proves every other pair total */
}
