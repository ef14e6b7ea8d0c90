/* Generated from fsm/rel1xx_uac.fsm by fsmc 1 - do not edit; run `make regen`. */
/* rel1xx_uac: reliable provisional responses, UAC - RFC 3262 §4, §5 (errata 4603, 4604) */
#include <stddef.h>

#include "fsm_rel1xx_uac.h"

const char *const fsm_rel1xx_uac_state_names[FSM_REL1XX_UAC_N_STATES] = {
    "idle",
    "open",
    "done",
};

const char *const fsm_rel1xx_uac_event_names[FSM_REL1XX_UAC_N_EVENTS] = {
    "rel1xx_next",
    "rel1xx_again",
    "rel1xx_gap",
    "final_response",
    "prack_rejected",
};

const uint8_t fsm_rel1xx_uac_is_final[FSM_REL1XX_UAC_N_STATES] = {0, 0, 1};

const struct fsm_action_info fsm_rel1xx_uac_actions[FSM_REL1XX_UAC_N_ACTIONS] = {
    [FSM_REL1XX_UAC_A_ACCEPT_RSEQ] = {"accept_rseq", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_REL1XX_UAC_A_TO_TU] = {"to_tu", FSM_OP_DO, -1, 0, {0, FSM_MS}},
    [FSM_REL1XX_UAC_A_SEND_PRACK] = {"send_prack", FSM_OP_DO, -1, 0, {0, FSM_MS}},
};

const struct fsm_rel1xx_uac_row fsm_rel1xx_uac_rows[FSM_REL1XX_UAC_N_ROWS] = {
    /*   0 */ {FSM_REL1XX_UAC_IDLE, FSM_REL1XX_UAC_EV_REL1XX_NEXT, 0x00, 0x00, FSM_GO, FSM_REL1XX_UAC_OPEN, 3, {FSM_REL1XX_UAC_A_ACCEPT_RSEQ, FSM_REL1XX_UAC_A_TO_TU, FSM_REL1XX_UAC_A_SEND_PRACK}, 52, "RFC 3262 §4"},
    /*   1 */ {FSM_REL1XX_UAC_IDLE, FSM_REL1XX_UAC_EV_REL1XX_AGAIN, 0x00, 0x00, FSM_ERROR, FSM_REL1XX_UAC_IDLE, 0, {0}, 54, NULL},
    /*   2 */ {FSM_REL1XX_UAC_IDLE, FSM_REL1XX_UAC_EV_REL1XX_GAP, 0x00, 0x00, FSM_ERROR, FSM_REL1XX_UAC_IDLE, 0, {0}, 54, NULL},
    /*   3 */ {FSM_REL1XX_UAC_IDLE, FSM_REL1XX_UAC_EV_FINAL_RESPONSE, 0x00, 0x00, FSM_GO, FSM_REL1XX_UAC_DONE, 0, {0}, 53, "RFC 3262 §4"},
    /*   4 */ {FSM_REL1XX_UAC_IDLE, FSM_REL1XX_UAC_EV_PRACK_REJECTED, 0x00, 0x00, FSM_ERROR, FSM_REL1XX_UAC_IDLE, 0, {0}, 55, NULL},
    /*   5 */ {FSM_REL1XX_UAC_OPEN, FSM_REL1XX_UAC_EV_REL1XX_NEXT, 0x00, 0x00, FSM_GO, FSM_REL1XX_UAC_OPEN, 3, {FSM_REL1XX_UAC_A_ACCEPT_RSEQ, FSM_REL1XX_UAC_A_TO_TU, FSM_REL1XX_UAC_A_SEND_PRACK}, 57, "RFC 3262 §4"},
    /*   6 */ {FSM_REL1XX_UAC_OPEN, FSM_REL1XX_UAC_EV_REL1XX_AGAIN, 0x00, 0x00, FSM_IGNORE, FSM_REL1XX_UAC_OPEN, 0, {0}, 58, "RFC 3262 §4: retransmissions MUST be discarded"},
    /*   7 */ {FSM_REL1XX_UAC_OPEN, FSM_REL1XX_UAC_EV_REL1XX_GAP, 0x00, 0x00, FSM_IGNORE, FSM_REL1XX_UAC_OPEN, 0, {0}, 59, "RFC 3262 §4: MUST NOT be acknowledged with a PRACK"},
    /*   8 */ {FSM_REL1XX_UAC_OPEN, FSM_REL1XX_UAC_EV_FINAL_RESPONSE, 0x00, 0x00, FSM_GO, FSM_REL1XX_UAC_DONE, 0, {0}, 60, "RFC 3262 §4"},
    /*   9 */ {FSM_REL1XX_UAC_OPEN, FSM_REL1XX_UAC_EV_PRACK_REJECTED, 0x00, 0x00, FSM_GO, FSM_REL1XX_UAC_OPEN, 1, {FSM_REL1XX_UAC_A_SEND_PRACK}, 61, "RFC 3262 §4: the 1xx is acknowledged by a PRACK the UAS accepts"},
};

/* Rows of (state, event): fsm_rel1xx_uac_rows[first .. first + count). */
static const struct {
    uint16_t first;
    uint8_t count;
} fsm_rel1xx_uac_index[FSM_REL1XX_UAC_N_STATES][FSM_REL1XX_UAC_N_EVENTS] = {
    {{0, 1}, {1, 1}, {2, 1}, {3, 1}, {4, 1}}, /* idle */
    {{5, 1}, {6, 1}, {7, 1}, {8, 1}, {9, 1}}, /* open */
    {{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}}, /* done */
};

const struct fsm_rel1xx_uac_row *fsm_rel1xx_uac_step(enum fsm_rel1xx_uac_state state, enum fsm_rel1xx_uac_event event,
                                    uint32_t guards)
{
    if ((unsigned)state >= FSM_REL1XX_UAC_N_STATES || (unsigned)event >= FSM_REL1XX_UAC_N_EVENTS)
        return NULL;
    unsigned first = fsm_rel1xx_uac_index[state][event].first;
    unsigned count = fsm_rel1xx_uac_index[state][event].count;
    for (unsigned i = first; i < first + count; i++) {
        const struct fsm_rel1xx_uac_row *r = &fsm_rel1xx_uac_rows[i];
        if ((guards & r->guard_mask) == r->guard_value)
            return r;
    }
    return NULL; /* final state; fsmc proves every other pair total */
}
