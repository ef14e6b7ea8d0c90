/* fsip_hdr_lookup(): header name -> id, with the same header_name
 * alternatives (sip_common.rl) the message machine recognises while it
 * scans. Full and compact forms, any case (RFC 3261 §7.3.1, §7.3.3). */
#include "fsip/msg.h"

%%{
machine sip_names;
include sip_common "sip_common.rl";

main := token | header_name;

write data;
}%%

fsip_hdr_id fsip_hdr_lookup(fsip_str name)
{
    const unsigned char *p = (const unsigned char *)name.ptr, *pe = p + name.len, *eof = pe;
    fsip_hdr_id hid = FSIP_HDR_OTHER;
    int cs;
    if (!p || name.len == 0) return FSIP_HDR_OTHER;
    %% write init;
    %% write exec;
    (void)sip_names_error;
    (void)sip_names_en_main;
    return cs >= sip_names_first_final ? hid : FSIP_HDR_OTHER;
}
