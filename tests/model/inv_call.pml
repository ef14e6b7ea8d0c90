/* End to end, setting up and tearing down a call: the caller's INVITE
 * session (gen/fsm_inv_uac.pml) against the callee's (gen/fsm_inv_uas.pml)
 * from the INVITE to both Terminated: provisional responses, CANCEL
 * (queued before a 1xx, racing the 2xx), Timer C, the CANCEL guard, the
 * callee's no-answer timer, the 2xx retransmission and its ACK, BYE from
 * either side, crossed BYEs. No re-INVITE, no session timer: inv_session.pml
 * covers those. See inv_common.pml for the network and the abstractions. */
#define UAC_REINVITE 0
#define UAS_REINVITE 0
#define SESSION_TIMER 0
#define START_CONFIRMED 0
#define MAXLOSS 1
#define MAXDUP 1
#include "inv_common.pml"
