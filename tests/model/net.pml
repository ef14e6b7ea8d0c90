/* The network and the failure budgets shared by every harness.
 *
 * A direction of the network is a bag: one counter per message type. A
 * receiver takes any type whose counter is non-zero, so messages are
 * delivered in any order (reordering). On an unreliable transport the
 * network may also lose a message (at most MAXLOSS per run) and deliver
 * one twice (at most MAXDUP per run). A send may fail with a transport
 * error (at most MAXTERR per run), on any transport. The budgets are what
 * makes every run finite; docs/fsm/verification.md says why they are
 * enough. */
#ifndef MAXLOSS
#define MAXLOSS 2
#endif
#ifndef MAXDUP
#define MAXDUP 1
#endif
#ifndef MAXTERR
#define MAXTERR 1
#endif
#ifndef CAP
#define CAP 3 /* copies of one message type in flight; > MAXLOSS */
#endif

bool reliable;    /* chosen once, at the start of the run */
byte lost, duped, terrs;

/* (Macros, not inlines: Promela inlines cannot take arrays.) */

/* Queues message type t. With CAP identical copies already queued a new
 * copy adds nothing the receiver would not see anyway (only the budgeted
 * losses remove copies, and CAP > MAXLOSS), so it is not counted. */
#define net_send(bag, t) if :: bag[t] < CAP -> bag[t]++ :: else -> skip fi

/* A send through a transaction: it may fail with a transport error, which
 * the caller then feeds back to the machine as an event (RFC 3261 §17.1.4,
 * §17.2.4). */
#define net_send_or_fail(bag, t, failed) \
    if :: net_send(bag, t) :: terrs < MAXTERR -> terrs++; failed = true fi

/* Takes one message of type t that is known to be queued: usually removes
 * it; on an unreliable transport it may leave a duplicate behind. */
#define net_take(bag, t) \
    if :: bag[t]-- :: !reliable && duped < MAXDUP -> duped++ fi

/* The network may drop any queued message on an unreliable transport. */
#define net_can_lose(bag, t) (!reliable && lost < MAXLOSS && bag[t] > 0)
