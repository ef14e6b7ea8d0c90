/* End to end, an established call: both INVITE sessions start Confirmed
 * (the 2xx and its ACK exchanged) and each application may send one
 * re-INVITE and hang up: glare (491 and the RFC 3261 §14.1 back-off), 500
 * with Retry-After for an overlapping re-INVITE, the 2xx retransmission of
 * a re-INVITE until its ACK, the answer timer, session timers on or off
 * (RFC 4028: the caller refreshes; expiry sends BYE), BYE from either side.
 * See inv_common.pml for the network and the abstractions. */
#define UAC_REINVITE 1
#define UAS_REINVITE 1
#define SESSION_TIMER 2 /* on or off, chosen at the start */
#define START_CONFIRMED 1
/* Smaller budgets than inv_call.pml: one loss, no duplicate, one 2xx
 * retransmission (the 2xx/ACK exchange itself is inv_call.pml's). */
#define MAXLOSS 1
#define MAXDUP 0
#define INV_UAC_FIRE_MAX_RETX 1
#define INV_UAS_FIRE_MAX_RETX 1
#include "inv_common.pml"
