/* fsip register: the REGISTER client from the command line (RFC 3261 §10).
 * Being written; until then it says so and fails. */
#include <stdio.h>

#include "cli.h"

int cmd_register(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "fsip register: not available in this build yet\n");
    return 2;
}
