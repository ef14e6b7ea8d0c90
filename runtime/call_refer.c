/* REFER and its implicit subscription (RFC 3515, RFC 6665). Being written. */
#include "call_internal.h"

void fsip__xfer_refer(fsip_call *c, fsip_txn *t, const fsip_msg *req)
{
    (void)req;
    fsip__call_respond(c, t, 603, NULL);
}

void fsip__xfer_notify(fsip_call *c, fsip_txn *t, const fsip_msg *req)
{
    (void)req;
    fsip__call_respond(c, t, 481, NULL);
}

bool fsip__xfer_response(fsip_call *c, fsip_txn *t, const fsip_msg *resp)
{
    (void)c;
    (void)t;
    (void)resp;
    return false;
}

bool fsip__xfer_txn_failed(fsip_call *c, fsip_txn *t, bool timeout)
{
    (void)c;
    (void)t;
    (void)timeout;
    return false;
}

void fsip__xfer_txn_gone(fsip_call *c, fsip_txn *t)
{
    (void)c;
    (void)t;
}

void fsip__xfer_dialog_ended(fsip_call *c)
{
    (void)c;
}

void fsip__xfer_call_event(fsip_call *c, fsip_call_event ev, const fsip_msg *msg)
{
    (void)c;
    (void)ev;
    (void)msg;
}
