/* Adds up the .rows files the call-layer tests wrote (tests/support/rowcov.c)
 * and reports, per machine, how many of its rows the tests ran through the
 * stack, bytes in and bytes out: rows that move the machine (go) and rows
 * that absorb an event (ignore); `error` rows are the events the spec says
 * cannot happen and are counted apart. Lists the rows no test ran, with
 * their spec line, and fails when a machine falls below its floor (a test
 * lost or a row no longer reached).
 *
 *   rowcov_report DIR */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fsm_dialog.h"
#include "fsm_inv_uac.h"
#include "fsm_inv_uas.h"
#include "fsm_offer_answer.h"
#include "fsm_refer_notify.h"
#include "fsm_refer_sub.h"
#include "fsm_rel1xx_uac.h"
#include "fsm_rel1xx_uas.h"
#include "fsm_update.h"

#define MAX_ROWS 1024

struct m {
    const char *name;
    int n;
    int floor_pct; /* of the go+ignore rows */
    unsigned char kind[MAX_ROWS];
    int line[MAX_ROWS];
    const char *state[MAX_ROWS], *event[MAX_ROWS];
    unsigned char hit[MAX_ROWS];
};

#define FILL(M, P, S, E)                                                                           \
    do {                                                                                           \
        (M)->n = P##_N_ROWS;                                                                       \
        for (int i = 0; i < (M)->n; i++) {                                                         \
            (M)->kind[i] = S##_rows[i].kind;                                                       \
            (M)->line[i] = S##_rows[i].line;                                                       \
            (M)->state[i] = S##_state_names[S##_rows[i].state];                                    \
            (M)->event[i] = S##_event_names[S##_rows[i].event];                                    \
        }                                                                                          \
    } while (0)

#define NM 9
static struct m ms[NM] = {
    {.name = "inv_uac", .floor_pct = 100},      {.name = "inv_uas", .floor_pct = 100},
    {.name = "dialog", .floor_pct = 100},       {.name = "rel1xx_uas", .floor_pct = 100},
    {.name = "rel1xx_uac", .floor_pct = 100},   {.name = "update", .floor_pct = 100},
    {.name = "offer_answer", .floor_pct = 100}, {.name = "refer_sub", .floor_pct = 100},
    {.name = "refer_notify", .floor_pct = 100}};

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: rowcov_report DIR\n");
        return 2;
    }
    FILL(&ms[0], FSM_INV_UAC, fsm_inv_uac, x);
    FILL(&ms[1], FSM_INV_UAS, fsm_inv_uas, x);
    FILL(&ms[2], FSM_DIALOG, fsm_dialog, x);
    FILL(&ms[3], FSM_REL1XX_UAS, fsm_rel1xx_uas, x);
    FILL(&ms[4], FSM_REL1XX_UAC, fsm_rel1xx_uac, x);
    FILL(&ms[5], FSM_UPDATE, fsm_update, x);
    FILL(&ms[6], FSM_OFFER_ANSWER, fsm_offer_answer, x);
    FILL(&ms[7], FSM_REFER_SUB, fsm_refer_sub, x);
    FILL(&ms[8], FSM_REFER_NOTIFY, fsm_refer_notify, x);
    DIR *d = opendir(argv[1]);
    if (!d) {
        fprintf(stderr, "rowcov_report: no directory %s (did the call tests run?)\n", argv[1]);
        return 1;
    }
    int files = 0;
    for (struct dirent *e; (e = readdir(d));) {
        size_t l = strlen(e->d_name);
        if (l < 6 || strcmp(e->d_name + l - 5, ".rows") != 0) continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", argv[1], e->d_name);
        FILE *f = fopen(path, "r");
        if (!f) continue;
        files++;
        char name[64];
        int row;
        while (fscanf(f, "%63s %d", name, &row) == 2)
            for (int m = 0; m < NM; m++)
                if (strcmp(name, ms[m].name) == 0 && row >= 0 && row < ms[m].n) ms[m].hit[row] = 1;
        fclose(f);
    }
    closedir(d);
    printf("rows run by the call-layer tests (%d test programs), per machine:\n", files);
    int bad = 0;
    for (int m = 0; m < NM; m++) {
        struct m *x = &ms[m];
        int live = 0, live_hit = 0, err = 0, err_hit = 0;
        for (int i = 0; i < x->n; i++) {
            if (x->kind[i] == FSM_ERROR) {
                err++;
                err_hit += x->hit[i];
            } else {
                live++;
                live_hit += x->hit[i];
            }
        }
        int pct = live ? 100 * live_hit / live : 100;
        printf("  %-13s %3d/%3d go+ignore rows (%3d%%, floor %d%%); error rows run: %d of %d\n",
               x->name, live_hit, live, pct, x->floor_pct, err_hit, err);
        if (pct < x->floor_pct) bad = 1;
        if (err_hit) bad = 1; /* an impossible event happened: a bug */
    }
    printf("rows no test ran (fsm/<machine>.fsm line: state event):\n");
    for (int m = 0; m < NM; m++)
        for (int i = 0; i < ms[m].n; i++)
            if (ms[m].kind[i] != FSM_ERROR && !ms[m].hit[i])
                printf("  %s:%d: %s %s\n", ms[m].name, ms[m].line[i], ms[m].state[i],
                       ms[m].event[i]);
    return bad;
}
