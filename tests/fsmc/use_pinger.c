/* Drives the C that fsmc emits for good.fsm: a few rows, the timer data. */
#include <stdio.h>

#include "fsm_pinger.h"

static int failures;

static void expect(int cond, const char *what)
{
    if (!cond) {
        fprintf(stderr, "use_pinger: %s\n", what);
        failures++;
    }
}

int main(void)
{
    const struct fsm_timebase tb = {500, 4000, 5000};
    const struct fsm_pinger_row *r;

    r = fsm_pinger_step(FSM_PINGER_IDLE, FSM_PINGER_EV_START, 0);
    expect(r && r->kind == FSM_GO && r->next == FSM_PINGER_WAITING, "idle start");
    expect(r && r->n_actions == 3 && r->actions[0] == FSM_PINGER_A_SEND_OPTIONS &&
               r->actions[1] == FSM_PINGER_A_START_R && r->actions[2] == FSM_PINGER_A_START_W,
           "idle start actions");
    r = fsm_pinger_step(FSM_PINGER_IDLE, FSM_PINGER_EV_START, FSM_PINGER_G_RELIABLE);
    expect(r && r->n_actions == 2, "idle start reliable");
    r = fsm_pinger_step(FSM_PINGER_WAITING, FSM_PINGER_EV_R4XX_6XX, FSM_PINGER_G_AUTHENTICATED);
    expect(r && r->actions[3] == FSM_PINGER_A_START_P_60S, "start(p, 60s)");
    expect(fsm_pinger_actions[FSM_PINGER_A_START_P_60S].has_duration &&
               fsm_duration_ms(fsm_pinger_actions[FSM_PINGER_A_START_P_60S].duration, &tb) == 60000,
           "60s override");
    r = fsm_pinger_step(FSM_PINGER_RESTING, FSM_PINGER_EV_R2XX, 0);
    expect(r && r->kind == FSM_IGNORE && r->next == FSM_PINGER_RESTING, "ignore row");
    r = fsm_pinger_step(FSM_PINGER_WAITING, FSM_PINGER_EV_TIMER_R, FSM_PINGER_G_RELIABLE);
    expect(r && r->kind == FSM_ERROR, "error row");
    expect(fsm_pinger_step(FSM_PINGER_DONE, FSM_PINGER_EV_STOP, 0) == NULL, "final state");
    expect(fsm_pinger_step(FSM_PINGER_N_STATES, FSM_PINGER_EV_STOP, 0) == NULL, "bad state");

    const struct fsm_timer_info *t = &fsm_pinger_timers[FSM_PINGER_TIMER_R];
    expect(fsm_timer_first_ms(t, 0, &tb) == 500, "r starts at T1");
    expect(fsm_timer_first_ms(t, FSM_PINGER_G_RELIABLE, &tb) == 0, "r is 0 when reliable");
    expect(fsm_timer_backoff_ms(t, 500, &tb) == 1000, "r doubles");
    expect(fsm_timer_backoff_ms(t, 4000, &tb) == 4000, "r capped at T2");
    expect(fsm_timer_first_ms(&fsm_pinger_timers[FSM_PINGER_TIMER_W], 0, &tb) == 32000,
           "w = 64*T1");
    return failures != 0;
}
