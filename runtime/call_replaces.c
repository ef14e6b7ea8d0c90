/* Transfer target: INVITE with Replaces (RFC 3891). Being written. */
#include "call_internal.h"

int fsip__replaces_check(fsip_ua *ua, fsip_txn *t, const fsip_msg *req, fsip_call **out)
{
    (void)ua;
    (void)t;
    (void)req;
    *out = NULL;
    return 0;
}

void fsip__replaces_incoming(fsip_call *c)
{
    (void)c;
}

void fsip__replaces_confirmed(fsip_call *c)
{
    (void)c;
}

void fsip__replaces_release(fsip_call *c)
{
    if (c->replaced && !c->ua->closing) fsip__call_unref(c->replaced);
    c->replaced = NULL;
}

fsip_call *fsip_call_replaced(const fsip_call *c)
{
    return c->replaced;
}
