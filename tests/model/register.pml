/* The registration client (gen/fsm_register.pml) fed the way
 * runtime/register.c feeds it (RFC 3261 §10.2, §10.2.8, §22.2; RFC 5626
 * §4.5), against an application and a registrar that do anything the
 * runtime lets through:
 *   - the application starts, unregisters (MAXAPP calls in all) and frees
 *     the registration (closing) at any moment, or at the end;
 *   - the REGISTER out (one at a time: a new one abandons the last, whose
 *     answer the runtime ignores) gets a 2xx, a 423 (not to the unregister:
 *     the runtime sorts that into r_fail), a challenge it answers (MAXAUTH
 *     in a run), a transient failure (a timeout, transport error or 5xx;
 *     the retry budget spent or not) or a final failure;
 *   - the refresh and retry timers fire where they run (REGISTER_FIRE_MAX_*
 *     times in a run).
 * Properties, besides no `error` row (an assertion), no invalid end state,
 * no cycle and `<> done` (the machine reaches closed):
 *   - a REGISTER is out exactly in registering, refreshing and
 *     unregistering, and it is the unregister exactly in unregistering:
 *     no state waits for nothing (DESIGN §3 no silent hangs);
 *   - the refresh timer runs exactly in registered, the retry timer
 *     exactly in retry_wait (a binding is never left to expire unrefreshed,
 *     RFC 3261 §10.2.4);
 *   - the application's reports follow each other as fsip/register.h says
 *     (registered after registering or refreshing, refreshing after
 *     registered, unregistered after unregistering, ...);
 *   - freeing a registration that is or may be bound (registering,
 *     registered, refreshing, retry_wait) sends its unregister (RFC 3261
 *     §10.2.2), and freeing any other sends nothing. */
#define REGISTER_FIRE_MAX_REFRESH 2
#define REGISTER_FIRE_MAX_RETRY 2
#ifndef MAXAPP
#define MAXAPP 3
#endif
#define MAXAUTH 2
#define MAX423 1
#include "fsm_register.pml"

/* The application's view: the last state reported. */
#define V_NONE 0
#define V_REGISTERING 1
#define V_REGISTERED 2
#define V_REFRESHING 3
#define V_RETRYING 4
#define V_UNREGISTERING 5
#define V_UNREGISTERED 6
#define V_FAILED 7
byte view = V_NONE;

bool out;        /* a REGISTER is out */
bool out_unreg;  /* ... and it is the unregister */
bool closing;    /* the closing row runs */
bool sent_on_close;
byte apps, auths, n423;

inline tell(v, ok) { assert(ok); view = v }

inline register_do(a) {
    if
    :: a == REGISTER_A_SEND_REGISTER -> assert(!closing); out = true; out_unreg = false
    :: a == REGISTER_A_SEND_UNREGISTER ->
        if
        :: closing -> sent_on_close = true /* not followed: the instance goes */
        :: else -> out = true; out_unreg = true
        fi
    :: a == REGISTER_A_SEND_AUTH -> assert(!closing); out = true /* the same kind again */
    :: a == REGISTER_A_TO_APP_REGISTERING ->
        tell(V_REGISTERING, view == V_NONE || view == V_RETRYING || view == V_FAILED ||
             view == V_UNREGISTERED || view == V_UNREGISTERING)
    :: a == REGISTER_A_TO_APP_REGISTERED -> tell(V_REGISTERED, view == V_REGISTERING || view == V_REFRESHING)
    :: a == REGISTER_A_TO_APP_REFRESHING -> tell(V_REFRESHING, view == V_REGISTERED)
    :: a == REGISTER_A_TO_APP_RETRYING -> tell(V_RETRYING, view == V_REGISTERING || view == V_REFRESHING)
    :: a == REGISTER_A_TO_APP_UNREGISTERING ->
        tell(V_UNREGISTERING, view == V_REGISTERING || view == V_REGISTERED ||
             view == V_REFRESHING || view == V_RETRYING || view == V_FAILED)
    :: a == REGISTER_A_TO_APP_UNREGISTERED -> tell(V_UNREGISTERED, view == V_UNREGISTERING)
    :: a == REGISTER_A_TO_APP_FAILED ->
        tell(V_FAILED, view == V_REGISTERING || view == V_REFRESHING || view == V_UNREGISTERING)
    fi
}
inline register_error() { assert(false) }

#define waiting (register_state == REGISTER_REGISTERING || register_state == REGISTER_REFRESHING || \
                 register_state == REGISTER_UNREGISTERING)
#define maybe_bound (register_state == REGISTER_REGISTERING || register_state == REGISTER_REGISTERED || \
                     register_state == REGISTER_REFRESHING || register_state == REGISTER_RETRY_WAIT)

active proctype client() {
    byte ev, g;
    bool bound;
    do
    :: REGISTER_FINAL(register_state) -> break
    :: else -> atomic {
        g = 0;
        if
        :: apps < MAXAPP -> apps++;
            if
            :: ev = REGISTER_EV_APP_REGISTER
            :: ev = REGISTER_EV_APP_UNREGISTER
            fi
        :: out -> out = false;
            if
            :: ev = REGISTER_EV_R2XX
            :: !out_unreg && n423 < MAX423 -> n423++; ev = REGISTER_EV_R423
            :: auths < MAXAUTH -> auths++; ev = REGISTER_EV_R_AUTH
            :: ev = REGISTER_EV_R_TRANSIENT;
                if
                :: g = REGISTER_G_CAN_RETRY
                :: g = 0
                fi
            :: ev = REGISTER_EV_R_FAIL
            fi
        :: register_any_timer -> register_fire(ev)
        :: ev = REGISTER_EV_CLOSING
        fi;
        bound = maybe_bound;
        closing = ev == REGISTER_EV_CLOSING;
        register_step(ev, g);
        if
        :: closing -> assert(sent_on_close == bound); out = false
        :: else -> skip
        fi;
        closing = false;
        assert(REGISTER_FINAL(register_state) || out == waiting);
        assert(!out || out_unreg == (register_state == REGISTER_UNREGISTERING));
        assert(register_timer_on[REGISTER_T_REFRESH] == (register_state == REGISTER_REGISTERED));
        assert(register_timer_on[REGISTER_T_RETRY] == (register_state == REGISTER_RETRY_WAIT))
      }
    od
}

ltl done { <> REGISTER_FINAL(register_state) }
