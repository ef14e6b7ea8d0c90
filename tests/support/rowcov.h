/* Row coverage of the call layer's state machines across test binaries:
 * rowcov_attach() records every row a UA's machines run (through the
 * runtime's row hook) and, at exit, writes them to ROWCOV_DIR/<program>.rows
 * as "machine row" lines. tests/session/rowcov_report.c adds the files up. */
#ifndef FSIP_ROWCOV_H
#define FSIP_ROWCOV_H

#include "fsip/call.h"

void rowcov_attach(fsip_ua *ua);

#endif
