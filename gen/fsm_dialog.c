/* Generated from fsm/dialog.fsm by fsmc 1 - do not edit; run `make regen`. */
/* dialog: dialog and its usages - RFC 3261 §12; RFC 5057 §4, §5.1 */
#include <stddef.h>

#include "fsm_dialog.h"

const char *const fsm_dialog_state_names[FSM_DIALOG_N_STATES] = {
    "none",
    "early",
    "confirmed",
    "terminated",
};

const char *const fsm_dialog_event_names[FSM_DIALOG_N_EVENTS] = {
    "early_response",
    "confirm_response",
    "failure_response",
    "early_ended",
    "usage_added",
    "usage_ended",
    "bye_sent",
    "bye_received",
    "usage_failure",
    "dialog_failure",
    "end_all_gracefully",
};

const char *const fsm_dialog_guard_names[FSM_DIALOG_N_GUARDS] = {
    "last_usage",
};

const uint8_t fsm_dialog_is_final[FSM_DIALOG_N_STATES] = {0, 0, 0, 1};

const struct fsm_action_info fsm_dialog_actions[FSM_DIALOG_N_ACTIONS] = {
    [FSM_DIALOG_A_CREATE_DIALOG] = {"create_dialog", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_DIALOG_A_TO_APP_EARLY] = {"to_app_early", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_DIALOG_A_TO_APP_CONFIRMED] = {"to_app_confirmed", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_DIALOG_A_END_USAGE] = {"end_usage", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_DIALOG_A_END_ALL_USAGES] = {"end_all_usages", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_DIALOG_A_TO_APP_TERMINATED] = {"to_app_terminated", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_DIALOG_A_TERMINATE_USAGES] = {"terminate_usages", FSM_OP_DO, -1, 0, {0, FSM_MS}},
};

const struct fsm_dialog_row fsm_dialog_rows[FSM_DIALOG_N_ROWS] = {
    /*   0 */ {FSM_DIALOG_NONE, FSM_DIALOG_EV_EARLY_RESPONSE, 0x00, 0x00, FSM_GO, FSM_DIALOG_EARLY, 2, {FSM_DIALOG_A_CREATE_DIALOG, FSM_DIALOG_A_TO_APP_EARLY}, 65, "RFC 3261 §12.1"},
    /*   1 */ {FSM_DIALOG_NONE, FSM_DIALOG_EV_CONFIRM_RESPONSE, 0x00, 0x00, FSM_GO, FSM_DIALOG_CONFIRMED, 2, {FSM_DIALOG_A_CREATE_DIALOG, FSM_DIALOG_A_TO_APP_CONFIRMED}, 66, "RFC 3261 §12.1"},
    /*   2 */ {FSM_DIALOG_NONE, FSM_DIALOG_EV_FAILURE_RESPONSE, 0x00, 0x00, FSM_ERROR, FSM_DIALOG_NONE, 0, {0}, 70, NULL},
    /*   3 */ {FSM_DIALOG_NONE, FSM_DIALOG_EV_EARLY_ENDED, 0x00, 0x00, FSM_ERROR, FSM_DIALOG_NONE, 0, {0}, 70, NULL},
    /*   4 */ {FSM_DIALOG_NONE, FSM_DIALOG_EV_USAGE_ADDED, 0x00, 0x00, FSM_ERROR, FSM_DIALOG_NONE, 0, {0}, 71, NULL},
    /*   5 */ {FSM_DIALOG_NONE, FSM_DIALOG_EV_USAGE_ENDED, 0x00, 0x00, FSM_ERROR, FSM_DIALOG_NONE, 0, {0}, 71, NULL},
    /*   6 */ {FSM_DIALOG_NONE, FSM_DIALOG_EV_BYE_SENT, 0x00, 0x00, FSM_ERROR, FSM_DIALOG_NONE, 0, {0}, 71, NULL},
    /*   7 */ {FSM_DIALOG_NONE, FSM_DIALOG_EV_BYE_RECEIVED, 0x00, 0x00, FSM_ERROR, FSM_DIALOG_NONE, 0, {0}, 71, NULL},
    /*   8 */ {FSM_DIALOG_NONE, FSM_DIALOG_EV_USAGE_FAILURE, 0x00, 0x00, FSM_ERROR, FSM_DIALOG_NONE, 0, {0}, 72, NULL},
    /*   9 */ {FSM_DIALOG_NONE, FSM_DIALOG_EV_DIALOG_FAILURE, 0x00, 0x00, FSM_ERROR, FSM_DIALOG_NONE, 0, {0}, 72, NULL},
    /*  10 */ {FSM_DIALOG_NONE, FSM_DIALOG_EV_END_ALL_GRACEFULLY, 0x00, 0x00, FSM_ERROR, FSM_DIALOG_NONE, 0, {0}, 72, NULL},
    /*  11 */ {FSM_DIALOG_EARLY, FSM_DIALOG_EV_EARLY_RESPONSE, 0x00, 0x00, FSM_GO, FSM_DIALOG_EARLY, 0, {0}, 74, "RFC 3261 §12.1"},
    /*  12 */ {FSM_DIALOG_EARLY, FSM_DIALOG_EV_CONFIRM_RESPONSE, 0x00, 0x00, FSM_GO, FSM_DIALOG_CONFIRMED, 1, {FSM_DIALOG_A_TO_APP_CONFIRMED}, 75, "RFC 3261 §12.1, §13.2.2.4"},
    /*  13 */ {FSM_DIALOG_EARLY, FSM_DIALOG_EV_FAILURE_RESPONSE, 0x00, 0x00, FSM_GO, FSM_DIALOG_TERMINATED, 2, {FSM_DIALOG_A_END_ALL_USAGES, FSM_DIALOG_A_TO_APP_TERMINATED}, 76, "RFC 3261 §12.3"},
    /*  14 */ {FSM_DIALOG_EARLY, FSM_DIALOG_EV_EARLY_ENDED, 0x00, 0x00, FSM_GO, FSM_DIALOG_TERMINATED, 2, {FSM_DIALOG_A_END_ALL_USAGES, FSM_DIALOG_A_TO_APP_TERMINATED}, 77, "RFC 3261 §13.2.2.4"},
    /*  15 */ {FSM_DIALOG_EARLY, FSM_DIALOG_EV_USAGE_ADDED, 0x00, 0x00, FSM_GO, FSM_DIALOG_EARLY, 0, {0}, 78, "RFC 5057 §4"},
    /*  16 */ {FSM_DIALOG_EARLY, FSM_DIALOG_EV_USAGE_ENDED, 0x01, 0x01, FSM_ERROR, FSM_DIALOG_EARLY, 0, {0}, 84, NULL},
    /*  17 */ {FSM_DIALOG_EARLY, FSM_DIALOG_EV_USAGE_ENDED, 0x01, 0x00, FSM_GO, FSM_DIALOG_EARLY, 1, {FSM_DIALOG_A_END_USAGE}, 85, "RFC 5057 §4, §5.1"},
    /*  18 */ {FSM_DIALOG_EARLY, FSM_DIALOG_EV_BYE_SENT, 0x00, 0x00, FSM_ERROR, FSM_DIALOG_EARLY, 0, {0}, 91, NULL},
    /*  19 */ {FSM_DIALOG_EARLY, FSM_DIALOG_EV_BYE_RECEIVED, 0x01, 0x01, FSM_GO, FSM_DIALOG_TERMINATED, 2, {FSM_DIALOG_A_END_USAGE, FSM_DIALOG_A_TO_APP_TERMINATED}, 89, "RFC 3261 §15; RFC 5057 §4.1"},
    /*  20 */ {FSM_DIALOG_EARLY, FSM_DIALOG_EV_BYE_RECEIVED, 0x01, 0x00, FSM_GO, FSM_DIALOG_EARLY, 1, {FSM_DIALOG_A_END_USAGE}, 90, "RFC 5057 §4.1"},
    /*  21 */ {FSM_DIALOG_EARLY, FSM_DIALOG_EV_USAGE_FAILURE, 0x01, 0x01, FSM_GO, FSM_DIALOG_TERMINATED, 2, {FSM_DIALOG_A_END_USAGE, FSM_DIALOG_A_TO_APP_TERMINATED}, 79, "RFC 5057 §4, §5.1"},
    /*  22 */ {FSM_DIALOG_EARLY, FSM_DIALOG_EV_USAGE_FAILURE, 0x01, 0x00, FSM_GO, FSM_DIALOG_EARLY, 1, {FSM_DIALOG_A_END_USAGE}, 85, "RFC 5057 §4, §5.1"},
    /*  23 */ {FSM_DIALOG_EARLY, FSM_DIALOG_EV_DIALOG_FAILURE, 0x00, 0x00, FSM_GO, FSM_DIALOG_TERMINATED, 2, {FSM_DIALOG_A_END_ALL_USAGES, FSM_DIALOG_A_TO_APP_TERMINATED}, 92, "RFC 5057 §5.1"},
    /*  24 */ {FSM_DIALOG_EARLY, FSM_DIALOG_EV_END_ALL_GRACEFULLY, 0x00, 0x00, FSM_ERROR, FSM_DIALOG_EARLY, 0, {0}, 95, NULL},
    /*  25 */ {FSM_DIALOG_CONFIRMED, FSM_DIALOG_EV_EARLY_RESPONSE, 0x00, 0x00, FSM_ERROR, FSM_DIALOG_CONFIRMED, 0, {0}, 100, NULL},
    /*  26 */ {FSM_DIALOG_CONFIRMED, FSM_DIALOG_EV_CONFIRM_RESPONSE, 0x00, 0x00, FSM_IGNORE, FSM_DIALOG_CONFIRMED, 0, {0}, 101, "RFC 3261 §13.2.2.4: 2xx retransmission"},
    /*  27 */ {FSM_DIALOG_CONFIRMED, FSM_DIALOG_EV_FAILURE_RESPONSE, 0x00, 0x00, FSM_ERROR, FSM_DIALOG_CONFIRMED, 0, {0}, 104, NULL},
    /*  28 */ {FSM_DIALOG_CONFIRMED, FSM_DIALOG_EV_EARLY_ENDED, 0x00, 0x00, FSM_ERROR, FSM_DIALOG_CONFIRMED, 0, {0}, 104, NULL},
    /*  29 */ {FSM_DIALOG_CONFIRMED, FSM_DIALOG_EV_USAGE_ADDED, 0x00, 0x00, FSM_GO, FSM_DIALOG_CONFIRMED, 0, {0}, 105, "RFC 5057 §4"},
    /*  30 */ {FSM_DIALOG_CONFIRMED, FSM_DIALOG_EV_USAGE_ENDED, 0x01, 0x01, FSM_GO, FSM_DIALOG_TERMINATED, 2, {FSM_DIALOG_A_END_USAGE, FSM_DIALOG_A_TO_APP_TERMINATED}, 106, "RFC 5057 §4, §5.1"},
    /*  31 */ {FSM_DIALOG_CONFIRMED, FSM_DIALOG_EV_USAGE_ENDED, 0x01, 0x00, FSM_GO, FSM_DIALOG_CONFIRMED, 1, {FSM_DIALOG_A_END_USAGE}, 107, "RFC 5057 §4, §5.1"},
    /*  32 */ {FSM_DIALOG_CONFIRMED, FSM_DIALOG_EV_BYE_SENT, 0x01, 0x01, FSM_GO, FSM_DIALOG_TERMINATED, 2, {FSM_DIALOG_A_END_USAGE, FSM_DIALOG_A_TO_APP_TERMINATED}, 108, "RFC 3261 §15; RFC 5057 §4.1"},
    /*  33 */ {FSM_DIALOG_CONFIRMED, FSM_DIALOG_EV_BYE_SENT, 0x01, 0x00, FSM_GO, FSM_DIALOG_CONFIRMED, 1, {FSM_DIALOG_A_END_USAGE}, 109, "RFC 5057 §4.1"},
    /*  34 */ {FSM_DIALOG_CONFIRMED, FSM_DIALOG_EV_BYE_RECEIVED, 0x01, 0x01, FSM_GO, FSM_DIALOG_TERMINATED, 2, {FSM_DIALOG_A_END_USAGE, FSM_DIALOG_A_TO_APP_TERMINATED}, 108, "RFC 3261 §15; RFC 5057 §4.1"},
    /*  35 */ {FSM_DIALOG_CONFIRMED, FSM_DIALOG_EV_BYE_RECEIVED, 0x01, 0x00, FSM_GO, FSM_DIALOG_CONFIRMED, 1, {FSM_DIALOG_A_END_USAGE}, 109, "RFC 5057 §4.1"},
    /*  36 */ {FSM_DIALOG_CONFIRMED, FSM_DIALOG_EV_USAGE_FAILURE, 0x01, 0x01, FSM_GO, FSM_DIALOG_TERMINATED, 2, {FSM_DIALOG_A_END_USAGE, FSM_DIALOG_A_TO_APP_TERMINATED}, 106, "RFC 5057 §4, §5.1"},
    /*  37 */ {FSM_DIALOG_CONFIRMED, FSM_DIALOG_EV_USAGE_FAILURE, 0x01, 0x00, FSM_GO, FSM_DIALOG_CONFIRMED, 1, {FSM_DIALOG_A_END_USAGE}, 107, "RFC 5057 §4, §5.1"},
    /*  38 */ {FSM_DIALOG_CONFIRMED, FSM_DIALOG_EV_DIALOG_FAILURE, 0x00, 0x00, FSM_GO, FSM_DIALOG_TERMINATED, 2, {FSM_DIALOG_A_END_ALL_USAGES, FSM_DIALOG_A_TO_APP_TERMINATED}, 110, "RFC 5057 §5.1"},
    /*  39 */ {FSM_DIALOG_CONFIRMED, FSM_DIALOG_EV_END_ALL_GRACEFULLY, 0x00, 0x00, FSM_GO, FSM_DIALOG_CONFIRMED, 1, {FSM_DIALOG_A_TERMINATE_USAGES}, 111, "RFC 5057 §5.1: 483"},
};

/* Rows of (state, event): fsm_dialog_rows[first .. first + count). */
static const struct {
    uint16_t first;
    uint8_t count;
} fsm_dialog_index[FSM_DIALOG_N_STATES][FSM_DIALOG_N_EVENTS] = {
    {{0, 1}, {1, 1}, {2, 1}, {3, 1}, {4, 1}, {5, 1}, {6, 1}, {7, 1}, {8, 1}, {9, 1}, {10, 1}}, /* none */
    {{11, 1}, {12, 1}, {13, 1}, {14, 1}, {15, 1}, {16, 2}, {18, 1}, {19, 2}, {21, 2}, {23, 1}, {24, 1}}, /* early */
    {{25, 1}, {26, 1}, {27, 1}, {28, 1}, {29, 1}, {30, 2}, {32, 2}, {34, 2}, {36, 2}, {38, 1}, {39, 1}}, /* confirmed */
    {{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}}, /* terminated */
};

const struct fsm_dialog_row *fsm_dialog_step(enum fsm_dialog_state state, enum fsm_dialog_event event,
                                    uint32_t guards)
{
    if ((unsigned)state >= FSM_DIALOG_N_STATES || (unsigned)event >= FSM_DIALOG_N_EVENTS)
        return NULL;
    unsigned first = fsm_dialog_index[state][event].first;
    unsigned count = fsm_dialog_index[state][event].count;
    for (unsigned i = first; i < first + count; i++) {
        const struct fsm_dialog_row *r = &fsm_dialog_rows[i];
        if ((guards & r->guard_mask) == r->guard_value)
            return r;
    }
    return NULL; /* final state; fsmc proves every other pair total */
}
