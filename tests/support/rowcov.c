/* See rowcov.h. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "rowcov.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "call_internal.h"

#ifndef ROWCOV_DIR
#error "ROWCOV_DIR must name the directory for the .rows files"
#endif

#define MAX_ROWS 1024

static const char *const machines[] = {"inv_uac",      "inv_uas",    "dialog",
                                       "rel1xx_uas",   "rel1xx_uac", "update",
                                       "offer_answer", "refer_sub",  "refer_notify"};
#define N_MACHINES (sizeof machines / sizeof machines[0])
static unsigned char hit[N_MACHINES][MAX_ROWS];
static int registered;

static void on_row(const char *machine, int row, void *arg)
{
    (void)arg;
    for (size_t m = 0; m < N_MACHINES; m++)
        if (strcmp(machine, machines[m]) == 0 && row >= 0 && row < MAX_ROWS) hit[m][row] = 1;
}

static void write_rows(void)
{
    mkdir(ROWCOV_DIR, 0755);
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.rows", ROWCOV_DIR, program_invocation_short_name);
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "rowcov: cannot write %s: %s\n", path, strerror(errno));
        return;
    }
    for (size_t m = 0; m < N_MACHINES; m++)
        for (int r = 0; r < MAX_ROWS; r++)
            if (hit[m][r]) fprintf(f, "%s %d\n", machines[m], r);
    fclose(f);
}

void rowcov_attach(fsip_ua *ua)
{
    fsip__ua_set_row_hook(ua, on_row, NULL);
    if (!registered) {
        registered = 1;
        atexit(write_rows);
    }
}
