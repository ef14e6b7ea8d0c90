/* Generated from grammar/sip_headers.rl by ragel 6.10 -G2 - do not edit; run `make regen`. */

#line 1 "grammar/sip_headers.rl"
/* RFC 3261 §25.1 header-field values, plus RFC 3262 (RSeq, RAck), RFC 3515
 * (Refer-To), RFC 3891 (Replaces), RFC 3892 (Referred-By), RFC 4028
 * (Session-Expires, Min-SE), RFC 4488 (Refer-Sub), RFC 6665 (Event,
 * Subscription-State).
 *
 * One machine, one entry point per value shape (enum fsip_hdr_entry). Each
 * runs over a header value already trimmed of leading and trailing LWS.
 * Actions record offsets; list headers call hs->emit at the end of every
 * element, which builds the typed struct in C (runtime/headers.c).
 * URIs inside name-addr / addr-spec are delimited here and parsed by the
 * URI machine (sip_uri.rl).
 */
#include "scan.h"


#line 16 "gen/sip_headers.c"
static const int sip_headers_start = 1;
static const int sip_headers_first_final = 818;
static const int sip_headers_error = 0;

static const int sip_headers_en_via = 825;
static const int sip_headers_en_addr1 = 224;
static const int sip_headers_en_contact = 869;
static const int sip_headers_en_route = 881;
static const int sip_headers_en_cseq = 455;
static const int sip_headers_en_rack = 461;
static const int sip_headers_en_num = 472;
static const int sip_headers_en_se = 473;
static const int sip_headers_en_tokens1 = 900;
static const int sip_headers_en_tokens0 = 904;
static const int sip_headers_en_callid = 539;
static const int sip_headers_en_media = 541;
static const int sip_headers_en_event = 572;
static const int sip_headers_en_replaces = 626;
static const int sip_headers_en_refersub = 681;
static const int sip_headers_en_auth = 741;
static const int sip_headers_en_date = 764;
static const int sip_headers_en_retry = 1;


#line 126 "grammar/sip_headers.rl"



static int emit(struct fsip_hscan *hs, const unsigned char *end)
{
    if (!hs->open) { /* an empty list element */
        if (!hs->empty_at) hs->empty_at = end;
        return 0;
    }
    hs->comma_at = end; /* cleared when the next element starts */
    hs->open = 0;
    if (hs->pend && !hs->empty_at) hs->empty_at = end; /* trailing ';' */
    hs->pend = 0;
    hs->nelem++;
    return hs->emit(hs, end);
}

static void elem_start(struct fsip_hscan *hs, const unsigned char *p)
{
    hs->elem_s = p;
    hs->a_s = hs->a_e = hs->b_s = hs->b_e = hs->c_s = hs->c_e = NULL;
    hs->d_s = hs->d_e = hs->e_s = hs->e_e = NULL;
    hs->flags = 0;
    hs->host_type = FSIP_HOST_NONE;
    hs->params.n = 0;
    hs->pend = 0;
    hs->comma_at = NULL;
}

int fsip__hdr_scan(struct fsip_hscan *hs, int entry, const unsigned char *s, size_t len,
                   size_t *err_at)
{
    const unsigned char *p = s, *pe = s + len, *eof = pe;
    const unsigned char *pn = s, *pv = NULL;
    int cs;

    elem_start(hs, s);
    hs->open = 0;
    hs->nelem = 0;
    hs->empty_at = NULL;
    hs->params.overflow = 0;
    switch (entry) {
    case FSIP_HE_VIA: cs = sip_headers_en_via; break;
    case FSIP_HE_ADDR1: cs = sip_headers_en_addr1; break;
    case FSIP_HE_CONTACT: cs = sip_headers_en_contact; break;
    case FSIP_HE_ROUTE: cs = sip_headers_en_route; break;
    case FSIP_HE_CSEQ: cs = sip_headers_en_cseq; break;
    case FSIP_HE_RACK: cs = sip_headers_en_rack; break;
    case FSIP_HE_NUM: cs = sip_headers_en_num; break;
    case FSIP_HE_SE: cs = sip_headers_en_se; break;
    case FSIP_HE_TOKENS1: cs = sip_headers_en_tokens1; break;
    case FSIP_HE_TOKENS0: cs = sip_headers_en_tokens0; break;
    case FSIP_HE_CALLID: cs = sip_headers_en_callid; break;
    case FSIP_HE_MEDIA: cs = sip_headers_en_media; break;
    case FSIP_HE_EVENT: cs = sip_headers_en_event; break;
    case FSIP_HE_REPLACES: cs = sip_headers_en_replaces; break;
    case FSIP_HE_REFERSUB: cs = sip_headers_en_refersub; break;
    case FSIP_HE_AUTH: cs = sip_headers_en_auth; break;
    case FSIP_HE_DATE: cs = sip_headers_en_date; break;
    default: cs = sip_headers_en_retry; break;
    }
    
#line 100 "gen/sip_headers.c"
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr0;
	goto st0;
st0:
cs = 0;
	goto _out;
tr0:
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st818;
st818:
	if ( ++p == pe )
		goto _test_eof818;
case 818:
#line 119 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr978;
		case 10u: goto tr979;
		case 13u: goto tr980;
		case 32u: goto tr978;
		case 40u: goto tr981;
		case 59u: goto tr983;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st818;
	goto st0;
tr978:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 137 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st2;
		case 10u: goto st3;
		case 13u: goto st66;
		case 32u: goto st2;
		case 40u: goto tr5;
		case 59u: goto tr6;
	}
	goto st0;
tr979:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 153 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st4;
		case 32u: goto st4;
	}
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 9u: goto st4;
		case 32u: goto st4;
		case 40u: goto tr5;
		case 59u: goto tr6;
	}
	goto st0;
tr5:
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
	goto st5;
tr981:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 180 "gen/sip_headers.c"
	switch( (*p) ) {
		case 10u: goto st6;
		case 13u: goto st7;
		case 40u: goto st8;
		case 41u: goto st819;
		case 92u: goto st65;
		case 127u: goto st0;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto st0;
	} else
		goto st0;
	goto st5;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 9u: goto st5;
		case 32u: goto st5;
	}
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	if ( (*p) == 10u )
		goto st6;
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 10u: goto st9;
		case 13u: goto st10;
		case 40u: goto st0;
		case 41u: goto st5;
		case 92u: goto st11;
		case 127u: goto st0;
	}
	if ( (*p) > 8u ) {
		if ( 11u <= (*p) && (*p) <= 31u )
			goto st0;
	} else
		goto st0;
	goto st8;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 9u: goto st8;
		case 32u: goto st8;
	}
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	if ( (*p) == 10u )
		goto st9;
	goto st0;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st8;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st8;
	} else
		goto st8;
	goto st0;
st819:
	if ( ++p == pe )
		goto _test_eof819;
case 819:
	switch( (*p) ) {
		case 9u: goto tr984;
		case 10u: goto tr985;
		case 13u: goto tr986;
		case 32u: goto tr984;
		case 59u: goto tr987;
	}
	goto st0;
tr984:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st12;
tr996:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st12;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
#line 279 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st12;
		case 10u: goto st13;
		case 13u: goto st16;
		case 32u: goto st12;
		case 59u: goto tr6;
	}
	goto st0;
tr985:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st13;
tr997:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st13;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
#line 297 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st14;
		case 32u: goto st14;
	}
	goto st0;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	switch( (*p) ) {
		case 9u: goto st14;
		case 32u: goto st14;
		case 59u: goto tr6;
	}
	goto st0;
tr6:
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st820;
tr983:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st820;
tr987:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st820;
tr995:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st820;
st820:
	if ( ++p == pe )
		goto _test_eof820;
case 820:
#line 331 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st820;
		case 10u: goto st15;
		case 13u: goto st64;
		case 32u: goto st820;
		case 33u: goto tr990;
		case 37u: goto tr990;
		case 39u: goto tr990;
		case 59u: goto tr6;
		case 126u: goto tr990;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr990;
		} else if ( (*p) >= 42u )
			goto tr990;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr990;
		} else if ( (*p) >= 65u )
			goto tr990;
	} else
		goto tr990;
	goto st0;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	switch( (*p) ) {
		case 9u: goto st821;
		case 32u: goto st821;
	}
	goto st0;
st821:
	if ( ++p == pe )
		goto _test_eof821;
case 821:
	switch( (*p) ) {
		case 9u: goto st821;
		case 10u: goto st13;
		case 13u: goto st16;
		case 32u: goto st821;
		case 33u: goto tr990;
		case 37u: goto tr990;
		case 39u: goto tr990;
		case 59u: goto tr6;
		case 126u: goto tr990;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr990;
		} else if ( (*p) >= 42u )
			goto tr990;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr990;
		} else if ( (*p) >= 65u )
			goto tr990;
	} else
		goto tr990;
	goto st0;
tr986:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st16;
tr998:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st16;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
#line 406 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st13;
	goto st0;
tr994:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st822;
tr990:
#line 31 "grammar/sip_headers.rl"
	{ pn = p; pv = NULL; hs->pend = 0; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st822;
st822:
	if ( ++p == pe )
		goto _test_eof822;
case 822:
#line 420 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr991;
		case 10u: goto tr992;
		case 13u: goto tr993;
		case 32u: goto tr991;
		case 33u: goto tr994;
		case 37u: goto tr994;
		case 39u: goto tr994;
		case 59u: goto tr995;
		case 61u: goto st20;
		case 126u: goto tr994;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr994;
		} else if ( (*p) >= 42u )
			goto tr994;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr994;
		} else if ( (*p) >= 65u )
			goto tr994;
	} else
		goto tr994;
	goto st0;
tr991:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st17;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
#line 454 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st17;
		case 10u: goto st18;
		case 13u: goto st63;
		case 32u: goto st17;
		case 59u: goto tr6;
		case 61u: goto st20;
	}
	goto st0;
tr992:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st18;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
#line 470 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st19;
		case 32u: goto st19;
	}
	goto st0;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	switch( (*p) ) {
		case 9u: goto st19;
		case 32u: goto st19;
		case 59u: goto tr6;
		case 61u: goto st20;
	}
	goto st0;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	switch( (*p) ) {
		case 9u: goto st20;
		case 10u: goto st21;
		case 13u: goto st62;
		case 32u: goto st20;
		case 33u: goto tr29;
		case 34u: goto tr30;
		case 37u: goto tr29;
		case 39u: goto tr29;
		case 91u: goto tr31;
		case 126u: goto tr29;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr29;
		} else if ( (*p) >= 42u )
			goto tr29;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr29;
		} else if ( (*p) >= 65u )
			goto tr29;
	} else
		goto tr29;
	goto st0;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	switch( (*p) ) {
		case 9u: goto st22;
		case 32u: goto st22;
	}
	goto st0;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	switch( (*p) ) {
		case 9u: goto st22;
		case 32u: goto st22;
		case 33u: goto tr29;
		case 34u: goto tr30;
		case 37u: goto tr29;
		case 39u: goto tr29;
		case 91u: goto tr31;
		case 126u: goto tr29;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr29;
		} else if ( (*p) >= 42u )
			goto tr29;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr29;
		} else if ( (*p) >= 65u )
			goto tr29;
	} else
		goto tr29;
	goto st0;
tr29:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st823;
st823:
	if ( ++p == pe )
		goto _test_eof823;
case 823:
#line 562 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr996;
		case 10u: goto tr997;
		case 13u: goto tr998;
		case 32u: goto tr996;
		case 33u: goto st823;
		case 37u: goto st823;
		case 39u: goto st823;
		case 59u: goto tr995;
		case 126u: goto st823;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st823;
		} else if ( (*p) >= 42u )
			goto st823;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st823;
		} else if ( (*p) >= 65u )
			goto st823;
	} else
		goto st823;
	goto st0;
tr30:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st23;
tr36:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st23;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
#line 598 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st23;
		case 10u: goto st24;
		case 13u: goto st25;
		case 32u: goto st23;
		case 34u: goto st824;
		case 92u: goto st26;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr36;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
	switch( (*p) ) {
		case 9u: goto st23;
		case 32u: goto st23;
	}
	goto st0;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
	if ( (*p) == 10u )
		goto st24;
	goto st0;
st824:
	if ( ++p == pe )
		goto _test_eof824;
case 824:
	switch( (*p) ) {
		case 9u: goto tr996;
		case 10u: goto tr997;
		case 13u: goto tr998;
		case 32u: goto tr996;
		case 59u: goto tr995;
	}
	goto st0;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st23;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st23;
	} else
		goto st23;
	goto st0;
tr31:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st27;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
#line 658 "gen/sip_headers.c"
	if ( (*p) == 58u )
		goto st61;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st28;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st28;
	} else
		goto st28;
	goto st0;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	switch( (*p) ) {
		case 58u: goto st32;
		case 93u: goto st824;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st29;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st29;
	} else
		goto st29;
	goto st0;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
	switch( (*p) ) {
		case 58u: goto st32;
		case 93u: goto st824;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st30;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st30;
	} else
		goto st30;
	goto st0;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
	switch( (*p) ) {
		case 58u: goto st32;
		case 93u: goto st824;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st31;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st31;
	} else
		goto st31;
	goto st0;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	switch( (*p) ) {
		case 58u: goto st32;
		case 93u: goto st824;
	}
	goto st0;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	if ( (*p) == 58u )
		goto st48;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st33;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st28;
	} else
		goto st28;
	goto st0;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	switch( (*p) ) {
		case 46u: goto st34;
		case 58u: goto st32;
		case 93u: goto st824;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st46;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st29;
	} else
		goto st29;
	goto st0;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st35;
	goto st0;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
	if ( (*p) == 46u )
		goto st36;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st44;
	goto st0;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st37;
	goto st0;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
	if ( (*p) == 46u )
		goto st38;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st42;
	goto st0;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st39;
	goto st0;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
	if ( (*p) == 93u )
		goto st824;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st40;
	goto st0;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
	if ( (*p) == 93u )
		goto st824;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st41;
	goto st0;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	if ( (*p) == 93u )
		goto st824;
	goto st0;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	if ( (*p) == 46u )
		goto st38;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st43;
	goto st0;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
	if ( (*p) == 46u )
		goto st38;
	goto st0;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
	if ( (*p) == 46u )
		goto st36;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st45;
	goto st0;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
	if ( (*p) == 46u )
		goto st36;
	goto st0;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
	switch( (*p) ) {
		case 46u: goto st34;
		case 58u: goto st32;
		case 93u: goto st824;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st47;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st30;
	} else
		goto st30;
	goto st0;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
	switch( (*p) ) {
		case 46u: goto st34;
		case 58u: goto st32;
		case 93u: goto st824;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st31;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st31;
	} else
		goto st31;
	goto st0;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
	switch( (*p) ) {
		case 58u: goto st57;
		case 93u: goto st824;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st49;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st54;
	} else
		goto st54;
	goto st0;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
	switch( (*p) ) {
		case 46u: goto st34;
		case 58u: goto st53;
		case 93u: goto st824;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st50;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st55;
	} else
		goto st55;
	goto st0;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
	switch( (*p) ) {
		case 46u: goto st34;
		case 58u: goto st53;
		case 93u: goto st824;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st51;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st56;
	} else
		goto st56;
	goto st0;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
	switch( (*p) ) {
		case 46u: goto st34;
		case 58u: goto st53;
		case 93u: goto st824;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st52;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st52;
	} else
		goto st52;
	goto st0;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
	switch( (*p) ) {
		case 58u: goto st53;
		case 93u: goto st824;
	}
	goto st0;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st49;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st54;
	} else
		goto st54;
	goto st0;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
	switch( (*p) ) {
		case 58u: goto st53;
		case 93u: goto st824;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st55;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st55;
	} else
		goto st55;
	goto st0;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
	switch( (*p) ) {
		case 58u: goto st53;
		case 93u: goto st824;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st56;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st56;
	} else
		goto st56;
	goto st0;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
	switch( (*p) ) {
		case 58u: goto st53;
		case 93u: goto st824;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st52;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st52;
	} else
		goto st52;
	goto st0;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st58;
	goto st0;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
	if ( (*p) == 46u )
		goto st34;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st59;
	goto st0;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
	if ( (*p) == 46u )
		goto st34;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st60;
	goto st0;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
	if ( (*p) == 46u )
		goto st34;
	goto st0;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
	if ( (*p) == 58u )
		goto st48;
	goto st0;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
	if ( (*p) == 10u )
		goto st21;
	goto st0;
tr993:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st63;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
#line 1091 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st18;
	goto st0;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
	if ( (*p) == 10u )
		goto st15;
	goto st0;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st5;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st5;
	} else
		goto st5;
	goto st0;
tr980:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st66;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
#line 1121 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st3;
	goto st0;
case 224:
	switch( (*p) ) {
		case 33u: goto tr260;
		case 34u: goto tr261;
		case 37u: goto tr260;
		case 39u: goto tr260;
		case 60u: goto tr262;
		case 126u: goto tr260;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr260;
		} else if ( (*p) >= 42u )
			goto tr260;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 95u ) {
			if ( 65u <= (*p) && (*p) <= 90u )
				goto tr263;
		} else if ( (*p) > 96u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr263;
		} else
			goto tr260;
	} else
		goto tr260;
	goto st0;
tr260:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st225;
st225:
	if ( ++p == pe )
		goto _test_eof225;
case 225:
#line 1159 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr264;
		case 10u: goto tr265;
		case 13u: goto tr266;
		case 32u: goto tr264;
		case 33u: goto st225;
		case 37u: goto st225;
		case 39u: goto st225;
		case 60u: goto tr268;
		case 126u: goto st225;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st225;
		} else if ( (*p) >= 42u )
			goto st225;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st225;
		} else if ( (*p) >= 65u )
			goto st225;
	} else
		goto st225;
	goto st0;
tr264:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st226;
st226:
	if ( ++p == pe )
		goto _test_eof226;
case 226:
#line 1192 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st226;
		case 10u: goto st227;
		case 13u: goto st287;
		case 32u: goto st226;
		case 33u: goto st225;
		case 37u: goto st225;
		case 39u: goto st225;
		case 60u: goto tr272;
		case 126u: goto st225;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st225;
		} else if ( (*p) >= 42u )
			goto st225;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st225;
		} else if ( (*p) >= 65u )
			goto st225;
	} else
		goto st225;
	goto st0;
tr265:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st227;
st227:
	if ( ++p == pe )
		goto _test_eof227;
case 227:
#line 1225 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st228;
		case 32u: goto st228;
	}
	goto st0;
st228:
	if ( ++p == pe )
		goto _test_eof228;
case 228:
	switch( (*p) ) {
		case 9u: goto st228;
		case 32u: goto st228;
		case 33u: goto st225;
		case 37u: goto st225;
		case 39u: goto st225;
		case 60u: goto tr272;
		case 126u: goto st225;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st225;
		} else if ( (*p) >= 42u )
			goto st225;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st225;
		} else if ( (*p) >= 65u )
			goto st225;
	} else
		goto st225;
	goto st0;
tr262:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 40 "grammar/sip_headers.rl"
	{ hs->flags = (hs->flags | FSIP_HS_NAME_ADDR) & ~(uint32_t)FSIP_HS_STAR; }
	goto st229;
tr268:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
#line 40 "grammar/sip_headers.rl"
	{ hs->flags = (hs->flags | FSIP_HS_NAME_ADDR) & ~(uint32_t)FSIP_HS_STAR; }
	goto st229;
tr272:
#line 40 "grammar/sip_headers.rl"
	{ hs->flags = (hs->flags | FSIP_HS_NAME_ADDR) & ~(uint32_t)FSIP_HS_STAR; }
	goto st229;
tr275:
#line 41 "grammar/sip_headers.rl"
	{ hs->flags |= FSIP_HS_ASPACE; }
	goto st229;
st229:
	if ( ++p == pe )
		goto _test_eof229;
case 229:
#line 1276 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr275;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr275;
		case 60u: goto st0;
		case 62u: goto st0;
	}
	goto tr274;
tr274:
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
#line 74 "grammar/sip_headers.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_ANGLE)))-1;} }
	goto st230;
tr276:
#line 74 "grammar/sip_headers.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_ANGLE)))-1;} }
	goto st230;
st230:
	if ( ++p == pe )
		goto _test_eof230;
case 230:
#line 1296 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr277;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr277;
		case 60u: goto st0;
		case 62u: goto tr278;
	}
	goto tr276;
tr279:
#line 41 "grammar/sip_headers.rl"
	{ hs->flags |= FSIP_HS_ASPACE; }
	goto st231;
tr277:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
#line 41 "grammar/sip_headers.rl"
	{ hs->flags |= FSIP_HS_ASPACE; }
	goto st231;
st231:
	if ( ++p == pe )
		goto _test_eof231;
case 231:
#line 1316 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr279;
		case 32u: goto tr279;
		case 62u: goto st861;
	}
	goto st0;
tr278:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st861;
st861:
	if ( ++p == pe )
		goto _test_eof861;
case 861:
#line 1329 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st861;
		case 10u: goto st232;
		case 13u: goto st286;
		case 32u: goto st861;
		case 59u: goto tr283;
	}
	goto st0;
st232:
	if ( ++p == pe )
		goto _test_eof232;
case 232:
	switch( (*p) ) {
		case 9u: goto st862;
		case 32u: goto st862;
	}
	goto st0;
st862:
	if ( ++p == pe )
		goto _test_eof862;
case 862:
	switch( (*p) ) {
		case 9u: goto st862;
		case 10u: goto st233;
		case 13u: goto st236;
		case 32u: goto st862;
		case 59u: goto tr283;
	}
	goto st0;
tr1069:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st233;
tr1064:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st233;
st233:
	if ( ++p == pe )
		goto _test_eof233;
case 233:
#line 1368 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st234;
		case 32u: goto st234;
	}
	goto st0;
st234:
	if ( ++p == pe )
		goto _test_eof234;
case 234:
	switch( (*p) ) {
		case 9u: goto st234;
		case 32u: goto st234;
		case 59u: goto tr283;
	}
	goto st0;
tr283:
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st863;
tr1071:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st863;
tr1062:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st863;
st863:
	if ( ++p == pe )
		goto _test_eof863;
case 863:
#line 1398 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st863;
		case 10u: goto st235;
		case 13u: goto st285;
		case 32u: goto st863;
		case 33u: goto tr1057;
		case 37u: goto tr1057;
		case 39u: goto tr1057;
		case 59u: goto tr283;
		case 126u: goto tr1057;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1057;
		} else if ( (*p) >= 42u )
			goto tr1057;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1057;
		} else if ( (*p) >= 65u )
			goto tr1057;
	} else
		goto tr1057;
	goto st0;
st235:
	if ( ++p == pe )
		goto _test_eof235;
case 235:
	switch( (*p) ) {
		case 9u: goto st864;
		case 32u: goto st864;
	}
	goto st0;
st864:
	if ( ++p == pe )
		goto _test_eof864;
case 864:
	switch( (*p) ) {
		case 9u: goto st864;
		case 10u: goto st233;
		case 13u: goto st236;
		case 32u: goto st864;
		case 33u: goto tr1057;
		case 37u: goto tr1057;
		case 39u: goto tr1057;
		case 59u: goto tr283;
		case 126u: goto tr1057;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1057;
		} else if ( (*p) >= 42u )
			goto tr1057;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1057;
		} else if ( (*p) >= 65u )
			goto tr1057;
	} else
		goto tr1057;
	goto st0;
tr1070:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st236;
tr1065:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st236;
st236:
	if ( ++p == pe )
		goto _test_eof236;
case 236:
#line 1473 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st233;
	goto st0;
tr1061:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st865;
tr1057:
#line 31 "grammar/sip_headers.rl"
	{ pn = p; pv = NULL; hs->pend = 0; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st865;
st865:
	if ( ++p == pe )
		goto _test_eof865;
case 865:
#line 1487 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1058;
		case 10u: goto tr1059;
		case 13u: goto tr1060;
		case 32u: goto tr1058;
		case 33u: goto tr1061;
		case 37u: goto tr1061;
		case 39u: goto tr1061;
		case 59u: goto tr1062;
		case 61u: goto st240;
		case 126u: goto tr1061;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1061;
		} else if ( (*p) >= 42u )
			goto tr1061;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1061;
		} else if ( (*p) >= 65u )
			goto tr1061;
	} else
		goto tr1061;
	goto st0;
tr1058:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st237;
st237:
	if ( ++p == pe )
		goto _test_eof237;
case 237:
#line 1521 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st237;
		case 10u: goto st238;
		case 13u: goto st284;
		case 32u: goto st237;
		case 59u: goto tr283;
		case 61u: goto st240;
	}
	goto st0;
tr1059:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st238;
st238:
	if ( ++p == pe )
		goto _test_eof238;
case 238:
#line 1537 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st239;
		case 32u: goto st239;
	}
	goto st0;
st239:
	if ( ++p == pe )
		goto _test_eof239;
case 239:
	switch( (*p) ) {
		case 9u: goto st239;
		case 32u: goto st239;
		case 59u: goto tr283;
		case 61u: goto st240;
	}
	goto st0;
st240:
	if ( ++p == pe )
		goto _test_eof240;
case 240:
	switch( (*p) ) {
		case 9u: goto st240;
		case 10u: goto st241;
		case 13u: goto st283;
		case 32u: goto st240;
		case 33u: goto tr293;
		case 34u: goto tr294;
		case 37u: goto tr293;
		case 39u: goto tr293;
		case 91u: goto tr295;
		case 126u: goto tr293;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr293;
		} else if ( (*p) >= 42u )
			goto tr293;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr293;
		} else if ( (*p) >= 65u )
			goto tr293;
	} else
		goto tr293;
	goto st0;
st241:
	if ( ++p == pe )
		goto _test_eof241;
case 241:
	switch( (*p) ) {
		case 9u: goto st242;
		case 32u: goto st242;
	}
	goto st0;
st242:
	if ( ++p == pe )
		goto _test_eof242;
case 242:
	switch( (*p) ) {
		case 9u: goto st242;
		case 32u: goto st242;
		case 33u: goto tr293;
		case 34u: goto tr294;
		case 37u: goto tr293;
		case 39u: goto tr293;
		case 91u: goto tr295;
		case 126u: goto tr293;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr293;
		} else if ( (*p) >= 42u )
			goto tr293;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr293;
		} else if ( (*p) >= 65u )
			goto tr293;
	} else
		goto tr293;
	goto st0;
tr293:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st866;
st866:
	if ( ++p == pe )
		goto _test_eof866;
case 866:
#line 1629 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1063;
		case 10u: goto tr1064;
		case 13u: goto tr1065;
		case 32u: goto tr1063;
		case 33u: goto st866;
		case 37u: goto st866;
		case 39u: goto st866;
		case 59u: goto tr1062;
		case 126u: goto st866;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st866;
		} else if ( (*p) >= 42u )
			goto st866;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st866;
		} else if ( (*p) >= 65u )
			goto st866;
	} else
		goto st866;
	goto st0;
tr1068:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st243;
tr1063:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st243;
st243:
	if ( ++p == pe )
		goto _test_eof243;
case 243:
#line 1665 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st243;
		case 10u: goto st233;
		case 13u: goto st236;
		case 32u: goto st243;
		case 59u: goto tr283;
	}
	goto st0;
tr294:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st244;
tr302:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st244;
st244:
	if ( ++p == pe )
		goto _test_eof244;
case 244:
#line 1683 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st244;
		case 10u: goto st245;
		case 13u: goto st246;
		case 32u: goto st244;
		case 34u: goto st867;
		case 92u: goto st247;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr302;
st245:
	if ( ++p == pe )
		goto _test_eof245;
case 245:
	switch( (*p) ) {
		case 9u: goto st244;
		case 32u: goto st244;
	}
	goto st0;
st246:
	if ( ++p == pe )
		goto _test_eof246;
case 246:
	if ( (*p) == 10u )
		goto st245;
	goto st0;
st867:
	if ( ++p == pe )
		goto _test_eof867;
case 867:
	switch( (*p) ) {
		case 9u: goto tr1063;
		case 10u: goto tr1064;
		case 13u: goto tr1065;
		case 32u: goto tr1063;
		case 59u: goto tr1062;
	}
	goto st0;
st247:
	if ( ++p == pe )
		goto _test_eof247;
case 247:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st244;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st244;
	} else
		goto st244;
	goto st0;
tr295:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st248;
st248:
	if ( ++p == pe )
		goto _test_eof248;
case 248:
#line 1743 "gen/sip_headers.c"
	if ( (*p) == 58u )
		goto st282;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st249;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st249;
	} else
		goto st249;
	goto st0;
st249:
	if ( ++p == pe )
		goto _test_eof249;
case 249:
	switch( (*p) ) {
		case 58u: goto st253;
		case 93u: goto st867;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st250;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st250;
	} else
		goto st250;
	goto st0;
st250:
	if ( ++p == pe )
		goto _test_eof250;
case 250:
	switch( (*p) ) {
		case 58u: goto st253;
		case 93u: goto st867;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st251;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st251;
	} else
		goto st251;
	goto st0;
st251:
	if ( ++p == pe )
		goto _test_eof251;
case 251:
	switch( (*p) ) {
		case 58u: goto st253;
		case 93u: goto st867;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st252;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st252;
	} else
		goto st252;
	goto st0;
st252:
	if ( ++p == pe )
		goto _test_eof252;
case 252:
	switch( (*p) ) {
		case 58u: goto st253;
		case 93u: goto st867;
	}
	goto st0;
st253:
	if ( ++p == pe )
		goto _test_eof253;
case 253:
	if ( (*p) == 58u )
		goto st269;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st254;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st249;
	} else
		goto st249;
	goto st0;
st254:
	if ( ++p == pe )
		goto _test_eof254;
case 254:
	switch( (*p) ) {
		case 46u: goto st255;
		case 58u: goto st253;
		case 93u: goto st867;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st267;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st250;
	} else
		goto st250;
	goto st0;
st255:
	if ( ++p == pe )
		goto _test_eof255;
case 255:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st256;
	goto st0;
st256:
	if ( ++p == pe )
		goto _test_eof256;
case 256:
	if ( (*p) == 46u )
		goto st257;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st265;
	goto st0;
st257:
	if ( ++p == pe )
		goto _test_eof257;
case 257:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st258;
	goto st0;
st258:
	if ( ++p == pe )
		goto _test_eof258;
case 258:
	if ( (*p) == 46u )
		goto st259;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st263;
	goto st0;
st259:
	if ( ++p == pe )
		goto _test_eof259;
case 259:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st260;
	goto st0;
st260:
	if ( ++p == pe )
		goto _test_eof260;
case 260:
	if ( (*p) == 93u )
		goto st867;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st261;
	goto st0;
st261:
	if ( ++p == pe )
		goto _test_eof261;
case 261:
	if ( (*p) == 93u )
		goto st867;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st262;
	goto st0;
st262:
	if ( ++p == pe )
		goto _test_eof262;
case 262:
	if ( (*p) == 93u )
		goto st867;
	goto st0;
st263:
	if ( ++p == pe )
		goto _test_eof263;
case 263:
	if ( (*p) == 46u )
		goto st259;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st264;
	goto st0;
st264:
	if ( ++p == pe )
		goto _test_eof264;
case 264:
	if ( (*p) == 46u )
		goto st259;
	goto st0;
st265:
	if ( ++p == pe )
		goto _test_eof265;
case 265:
	if ( (*p) == 46u )
		goto st257;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st266;
	goto st0;
st266:
	if ( ++p == pe )
		goto _test_eof266;
case 266:
	if ( (*p) == 46u )
		goto st257;
	goto st0;
st267:
	if ( ++p == pe )
		goto _test_eof267;
case 267:
	switch( (*p) ) {
		case 46u: goto st255;
		case 58u: goto st253;
		case 93u: goto st867;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st268;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st251;
	} else
		goto st251;
	goto st0;
st268:
	if ( ++p == pe )
		goto _test_eof268;
case 268:
	switch( (*p) ) {
		case 46u: goto st255;
		case 58u: goto st253;
		case 93u: goto st867;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st252;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st252;
	} else
		goto st252;
	goto st0;
st269:
	if ( ++p == pe )
		goto _test_eof269;
case 269:
	switch( (*p) ) {
		case 58u: goto st278;
		case 93u: goto st867;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st270;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st275;
	} else
		goto st275;
	goto st0;
st270:
	if ( ++p == pe )
		goto _test_eof270;
case 270:
	switch( (*p) ) {
		case 46u: goto st255;
		case 58u: goto st274;
		case 93u: goto st867;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st271;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st276;
	} else
		goto st276;
	goto st0;
st271:
	if ( ++p == pe )
		goto _test_eof271;
case 271:
	switch( (*p) ) {
		case 46u: goto st255;
		case 58u: goto st274;
		case 93u: goto st867;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st272;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st277;
	} else
		goto st277;
	goto st0;
st272:
	if ( ++p == pe )
		goto _test_eof272;
case 272:
	switch( (*p) ) {
		case 46u: goto st255;
		case 58u: goto st274;
		case 93u: goto st867;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st273;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st273;
	} else
		goto st273;
	goto st0;
st273:
	if ( ++p == pe )
		goto _test_eof273;
case 273:
	switch( (*p) ) {
		case 58u: goto st274;
		case 93u: goto st867;
	}
	goto st0;
st274:
	if ( ++p == pe )
		goto _test_eof274;
case 274:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st270;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st275;
	} else
		goto st275;
	goto st0;
st275:
	if ( ++p == pe )
		goto _test_eof275;
case 275:
	switch( (*p) ) {
		case 58u: goto st274;
		case 93u: goto st867;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st276;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st276;
	} else
		goto st276;
	goto st0;
st276:
	if ( ++p == pe )
		goto _test_eof276;
case 276:
	switch( (*p) ) {
		case 58u: goto st274;
		case 93u: goto st867;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st277;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st277;
	} else
		goto st277;
	goto st0;
st277:
	if ( ++p == pe )
		goto _test_eof277;
case 277:
	switch( (*p) ) {
		case 58u: goto st274;
		case 93u: goto st867;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st273;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st273;
	} else
		goto st273;
	goto st0;
st278:
	if ( ++p == pe )
		goto _test_eof278;
case 278:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st279;
	goto st0;
st279:
	if ( ++p == pe )
		goto _test_eof279;
case 279:
	if ( (*p) == 46u )
		goto st255;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st280;
	goto st0;
st280:
	if ( ++p == pe )
		goto _test_eof280;
case 280:
	if ( (*p) == 46u )
		goto st255;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st281;
	goto st0;
st281:
	if ( ++p == pe )
		goto _test_eof281;
case 281:
	if ( (*p) == 46u )
		goto st255;
	goto st0;
st282:
	if ( ++p == pe )
		goto _test_eof282;
case 282:
	if ( (*p) == 58u )
		goto st269;
	goto st0;
st283:
	if ( ++p == pe )
		goto _test_eof283;
case 283:
	if ( (*p) == 10u )
		goto st241;
	goto st0;
tr1060:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st284;
st284:
	if ( ++p == pe )
		goto _test_eof284;
case 284:
#line 2176 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st238;
	goto st0;
st285:
	if ( ++p == pe )
		goto _test_eof285;
case 285:
	if ( (*p) == 10u )
		goto st235;
	goto st0;
st286:
	if ( ++p == pe )
		goto _test_eof286;
case 286:
	if ( (*p) == 10u )
		goto st232;
	goto st0;
tr266:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st287;
st287:
	if ( ++p == pe )
		goto _test_eof287;
case 287:
#line 2200 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st227;
	goto st0;
tr344:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st288;
tr261:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st288;
st288:
	if ( ++p == pe )
		goto _test_eof288;
case 288:
#line 2214 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st288;
		case 10u: goto st289;
		case 13u: goto st290;
		case 32u: goto st288;
		case 34u: goto st291;
		case 92u: goto st296;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr344;
st289:
	if ( ++p == pe )
		goto _test_eof289;
case 289:
	switch( (*p) ) {
		case 9u: goto st288;
		case 32u: goto st288;
	}
	goto st0;
st290:
	if ( ++p == pe )
		goto _test_eof290;
case 290:
	if ( (*p) == 10u )
		goto st289;
	goto st0;
st291:
	if ( ++p == pe )
		goto _test_eof291;
case 291:
	switch( (*p) ) {
		case 9u: goto tr347;
		case 10u: goto tr348;
		case 13u: goto tr349;
		case 32u: goto tr347;
		case 60u: goto tr268;
	}
	goto st0;
tr347:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st292;
st292:
	if ( ++p == pe )
		goto _test_eof292;
case 292:
#line 2261 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st292;
		case 10u: goto st293;
		case 13u: goto st295;
		case 32u: goto st292;
		case 60u: goto tr272;
	}
	goto st0;
tr348:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st293;
st293:
	if ( ++p == pe )
		goto _test_eof293;
case 293:
#line 2276 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st294;
		case 32u: goto st294;
	}
	goto st0;
st294:
	if ( ++p == pe )
		goto _test_eof294;
case 294:
	switch( (*p) ) {
		case 9u: goto st294;
		case 32u: goto st294;
		case 60u: goto tr272;
	}
	goto st0;
tr349:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st295;
st295:
	if ( ++p == pe )
		goto _test_eof295;
case 295:
#line 2298 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st293;
	goto st0;
st296:
	if ( ++p == pe )
		goto _test_eof296;
case 296:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st288;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st288;
	} else
		goto st288;
	goto st0;
tr263:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
	goto st297;
st297:
	if ( ++p == pe )
		goto _test_eof297;
case 297:
#line 2323 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr264;
		case 10u: goto tr265;
		case 13u: goto tr266;
		case 32u: goto tr264;
		case 33u: goto st225;
		case 37u: goto st225;
		case 39u: goto st225;
		case 42u: goto st225;
		case 43u: goto st297;
		case 58u: goto st868;
		case 60u: goto tr268;
		case 126u: goto st225;
	}
	if ( (*p) < 65u ) {
		if ( (*p) > 46u ) {
			if ( 48u <= (*p) && (*p) <= 57u )
				goto st297;
		} else if ( (*p) >= 45u )
			goto st297;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 96u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st297;
		} else if ( (*p) >= 95u )
			goto st225;
	} else
		goto st297;
	goto st0;
tr1067:
#line 75 "grammar/sip_headers.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_ADDR)))-1;} }
	goto st868;
st868:
	if ( ++p == pe )
		goto _test_eof868;
case 868:
#line 2359 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1068;
		case 10u: goto tr1069;
		case 13u: goto tr1070;
		case 32u: goto tr1068;
		case 34u: goto st0;
		case 44u: goto st0;
		case 59u: goto tr1071;
		case 60u: goto st0;
	}
	if ( 62u <= (*p) && (*p) <= 63u )
		goto st0;
	goto tr1067;
case 455:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr552;
	goto st0;
tr552:
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st456;
st456:
	if ( ++p == pe )
		goto _test_eof456;
case 456:
#line 2383 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr553;
		case 10u: goto tr554;
		case 13u: goto tr555;
		case 32u: goto tr553;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st456;
	goto st0;
tr553:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st457;
st457:
	if ( ++p == pe )
		goto _test_eof457;
case 457:
#line 2399 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st457;
		case 10u: goto st458;
		case 13u: goto st460;
		case 32u: goto st457;
		case 33u: goto tr560;
		case 37u: goto tr560;
		case 39u: goto tr560;
		case 126u: goto tr560;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr560;
		} else if ( (*p) >= 42u )
			goto tr560;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr560;
		} else if ( (*p) >= 65u )
			goto tr560;
	} else
		goto tr560;
	goto st0;
tr554:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st458;
st458:
	if ( ++p == pe )
		goto _test_eof458;
case 458:
#line 2431 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st459;
		case 32u: goto st459;
	}
	goto st0;
st459:
	if ( ++p == pe )
		goto _test_eof459;
case 459:
	switch( (*p) ) {
		case 9u: goto st459;
		case 32u: goto st459;
		case 33u: goto tr560;
		case 37u: goto tr560;
		case 39u: goto tr560;
		case 126u: goto tr560;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr560;
		} else if ( (*p) >= 42u )
			goto tr560;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr560;
		} else if ( (*p) >= 65u )
			goto tr560;
	} else
		goto tr560;
	goto st0;
tr560:
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st891;
tr1118:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st891;
st891:
	if ( ++p == pe )
		goto _test_eof891;
case 891:
#line 2474 "gen/sip_headers.c"
	switch( (*p) ) {
		case 33u: goto tr1118;
		case 37u: goto tr1118;
		case 39u: goto tr1118;
		case 126u: goto tr1118;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1118;
		} else if ( (*p) >= 42u )
			goto tr1118;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1118;
		} else if ( (*p) >= 65u )
			goto tr1118;
	} else
		goto tr1118;
	goto st0;
tr555:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st460;
st460:
	if ( ++p == pe )
		goto _test_eof460;
case 460:
#line 2502 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st458;
	goto st0;
case 461:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr562;
	goto st0;
tr562:
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st462;
st462:
	if ( ++p == pe )
		goto _test_eof462;
case 462:
#line 2516 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr563;
		case 10u: goto tr564;
		case 13u: goto tr565;
		case 32u: goto tr563;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st462;
	goto st0;
tr563:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st463;
st463:
	if ( ++p == pe )
		goto _test_eof463;
case 463:
#line 2532 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st463;
		case 10u: goto st464;
		case 13u: goto st471;
		case 32u: goto st463;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr570;
	goto st0;
tr564:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st464;
st464:
	if ( ++p == pe )
		goto _test_eof464;
case 464:
#line 2548 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st465;
		case 32u: goto st465;
	}
	goto st0;
st465:
	if ( ++p == pe )
		goto _test_eof465;
case 465:
	switch( (*p) ) {
		case 9u: goto st465;
		case 32u: goto st465;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr570;
	goto st0;
tr570:
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
	goto st466;
st466:
	if ( ++p == pe )
		goto _test_eof466;
case 466:
#line 2571 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr572;
		case 10u: goto tr573;
		case 13u: goto tr574;
		case 32u: goto tr572;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st466;
	goto st0;
tr572:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st467;
st467:
	if ( ++p == pe )
		goto _test_eof467;
case 467:
#line 2587 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st467;
		case 10u: goto st468;
		case 13u: goto st470;
		case 32u: goto st467;
		case 33u: goto tr579;
		case 37u: goto tr579;
		case 39u: goto tr579;
		case 126u: goto tr579;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr579;
		} else if ( (*p) >= 42u )
			goto tr579;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr579;
		} else if ( (*p) >= 65u )
			goto tr579;
	} else
		goto tr579;
	goto st0;
tr573:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st468;
st468:
	if ( ++p == pe )
		goto _test_eof468;
case 468:
#line 2619 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st469;
		case 32u: goto st469;
	}
	goto st0;
st469:
	if ( ++p == pe )
		goto _test_eof469;
case 469:
	switch( (*p) ) {
		case 9u: goto st469;
		case 32u: goto st469;
		case 33u: goto tr579;
		case 37u: goto tr579;
		case 39u: goto tr579;
		case 126u: goto tr579;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr579;
		} else if ( (*p) >= 42u )
			goto tr579;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr579;
		} else if ( (*p) >= 65u )
			goto tr579;
	} else
		goto tr579;
	goto st0;
tr579:
#line 25 "grammar/sip_headers.rl"
	{ hs->c_s = p; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st892;
tr1119:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st892;
st892:
	if ( ++p == pe )
		goto _test_eof892;
case 892:
#line 2662 "gen/sip_headers.c"
	switch( (*p) ) {
		case 33u: goto tr1119;
		case 37u: goto tr1119;
		case 39u: goto tr1119;
		case 126u: goto tr1119;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1119;
		} else if ( (*p) >= 42u )
			goto tr1119;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1119;
		} else if ( (*p) >= 65u )
			goto tr1119;
	} else
		goto tr1119;
	goto st0;
tr574:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st470;
st470:
	if ( ++p == pe )
		goto _test_eof470;
case 470:
#line 2690 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st468;
	goto st0;
tr565:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st471;
st471:
	if ( ++p == pe )
		goto _test_eof471;
case 471:
#line 2700 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st464;
	goto st0;
case 472:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr581;
	goto st0;
tr581:
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st893;
st893:
	if ( ++p == pe )
		goto _test_eof893;
case 893:
#line 2714 "gen/sip_headers.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st893;
	goto st0;
case 473:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr582;
	goto st0;
tr582:
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st894;
st894:
	if ( ++p == pe )
		goto _test_eof894;
case 894:
#line 2728 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1121;
		case 10u: goto tr1122;
		case 13u: goto tr1123;
		case 32u: goto tr1121;
		case 59u: goto tr1125;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st894;
	goto st0;
tr1121:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st474;
tr1134:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st474;
st474:
	if ( ++p == pe )
		goto _test_eof474;
case 474:
#line 2748 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st474;
		case 10u: goto st475;
		case 13u: goto st478;
		case 32u: goto st474;
		case 59u: goto tr586;
	}
	goto st0;
tr1122:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st475;
tr1135:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st475;
st475:
	if ( ++p == pe )
		goto _test_eof475;
case 475:
#line 2766 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st476;
		case 32u: goto st476;
	}
	goto st0;
st476:
	if ( ++p == pe )
		goto _test_eof476;
case 476:
	switch( (*p) ) {
		case 9u: goto st476;
		case 32u: goto st476;
		case 59u: goto tr586;
	}
	goto st0;
tr586:
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st895;
tr1125:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st895;
tr1133:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st895;
st895:
	if ( ++p == pe )
		goto _test_eof895;
case 895:
#line 2796 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st895;
		case 10u: goto st477;
		case 13u: goto st526;
		case 32u: goto st895;
		case 33u: goto tr1128;
		case 37u: goto tr1128;
		case 39u: goto tr1128;
		case 59u: goto tr586;
		case 126u: goto tr1128;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1128;
		} else if ( (*p) >= 42u )
			goto tr1128;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1128;
		} else if ( (*p) >= 65u )
			goto tr1128;
	} else
		goto tr1128;
	goto st0;
st477:
	if ( ++p == pe )
		goto _test_eof477;
case 477:
	switch( (*p) ) {
		case 9u: goto st896;
		case 32u: goto st896;
	}
	goto st0;
st896:
	if ( ++p == pe )
		goto _test_eof896;
case 896:
	switch( (*p) ) {
		case 9u: goto st896;
		case 10u: goto st475;
		case 13u: goto st478;
		case 32u: goto st896;
		case 33u: goto tr1128;
		case 37u: goto tr1128;
		case 39u: goto tr1128;
		case 59u: goto tr586;
		case 126u: goto tr1128;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1128;
		} else if ( (*p) >= 42u )
			goto tr1128;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1128;
		} else if ( (*p) >= 65u )
			goto tr1128;
	} else
		goto tr1128;
	goto st0;
tr1123:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st478;
tr1136:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st478;
st478:
	if ( ++p == pe )
		goto _test_eof478;
case 478:
#line 2871 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st475;
	goto st0;
tr1132:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st897;
tr1128:
#line 31 "grammar/sip_headers.rl"
	{ pn = p; pv = NULL; hs->pend = 0; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st897;
st897:
	if ( ++p == pe )
		goto _test_eof897;
case 897:
#line 2885 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1129;
		case 10u: goto tr1130;
		case 13u: goto tr1131;
		case 32u: goto tr1129;
		case 33u: goto tr1132;
		case 37u: goto tr1132;
		case 39u: goto tr1132;
		case 59u: goto tr1133;
		case 61u: goto st482;
		case 126u: goto tr1132;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1132;
		} else if ( (*p) >= 42u )
			goto tr1132;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1132;
		} else if ( (*p) >= 65u )
			goto tr1132;
	} else
		goto tr1132;
	goto st0;
tr1129:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st479;
st479:
	if ( ++p == pe )
		goto _test_eof479;
case 479:
#line 2919 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st479;
		case 10u: goto st480;
		case 13u: goto st525;
		case 32u: goto st479;
		case 59u: goto tr586;
		case 61u: goto st482;
	}
	goto st0;
tr1130:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st480;
st480:
	if ( ++p == pe )
		goto _test_eof480;
case 480:
#line 2935 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st481;
		case 32u: goto st481;
	}
	goto st0;
st481:
	if ( ++p == pe )
		goto _test_eof481;
case 481:
	switch( (*p) ) {
		case 9u: goto st481;
		case 32u: goto st481;
		case 59u: goto tr586;
		case 61u: goto st482;
	}
	goto st0;
st482:
	if ( ++p == pe )
		goto _test_eof482;
case 482:
	switch( (*p) ) {
		case 9u: goto st482;
		case 10u: goto st483;
		case 13u: goto st524;
		case 32u: goto st482;
		case 33u: goto tr596;
		case 34u: goto tr597;
		case 37u: goto tr596;
		case 39u: goto tr596;
		case 91u: goto tr598;
		case 126u: goto tr596;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr596;
		} else if ( (*p) >= 42u )
			goto tr596;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr596;
		} else if ( (*p) >= 65u )
			goto tr596;
	} else
		goto tr596;
	goto st0;
st483:
	if ( ++p == pe )
		goto _test_eof483;
case 483:
	switch( (*p) ) {
		case 9u: goto st484;
		case 32u: goto st484;
	}
	goto st0;
st484:
	if ( ++p == pe )
		goto _test_eof484;
case 484:
	switch( (*p) ) {
		case 9u: goto st484;
		case 32u: goto st484;
		case 33u: goto tr596;
		case 34u: goto tr597;
		case 37u: goto tr596;
		case 39u: goto tr596;
		case 91u: goto tr598;
		case 126u: goto tr596;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr596;
		} else if ( (*p) >= 42u )
			goto tr596;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr596;
		} else if ( (*p) >= 65u )
			goto tr596;
	} else
		goto tr596;
	goto st0;
tr596:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st898;
st898:
	if ( ++p == pe )
		goto _test_eof898;
case 898:
#line 3027 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1134;
		case 10u: goto tr1135;
		case 13u: goto tr1136;
		case 32u: goto tr1134;
		case 33u: goto st898;
		case 37u: goto st898;
		case 39u: goto st898;
		case 59u: goto tr1133;
		case 126u: goto st898;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st898;
		} else if ( (*p) >= 42u )
			goto st898;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st898;
		} else if ( (*p) >= 65u )
			goto st898;
	} else
		goto st898;
	goto st0;
tr597:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st485;
tr603:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st485;
st485:
	if ( ++p == pe )
		goto _test_eof485;
case 485:
#line 3063 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st485;
		case 10u: goto st486;
		case 13u: goto st487;
		case 32u: goto st485;
		case 34u: goto st899;
		case 92u: goto st488;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr603;
st486:
	if ( ++p == pe )
		goto _test_eof486;
case 486:
	switch( (*p) ) {
		case 9u: goto st485;
		case 32u: goto st485;
	}
	goto st0;
st487:
	if ( ++p == pe )
		goto _test_eof487;
case 487:
	if ( (*p) == 10u )
		goto st486;
	goto st0;
st899:
	if ( ++p == pe )
		goto _test_eof899;
case 899:
	switch( (*p) ) {
		case 9u: goto tr1134;
		case 10u: goto tr1135;
		case 13u: goto tr1136;
		case 32u: goto tr1134;
		case 59u: goto tr1133;
	}
	goto st0;
st488:
	if ( ++p == pe )
		goto _test_eof488;
case 488:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st485;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st485;
	} else
		goto st485;
	goto st0;
tr598:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st489;
st489:
	if ( ++p == pe )
		goto _test_eof489;
case 489:
#line 3123 "gen/sip_headers.c"
	if ( (*p) == 58u )
		goto st523;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st490;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st490;
	} else
		goto st490;
	goto st0;
st490:
	if ( ++p == pe )
		goto _test_eof490;
case 490:
	switch( (*p) ) {
		case 58u: goto st494;
		case 93u: goto st899;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st491;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st491;
	} else
		goto st491;
	goto st0;
st491:
	if ( ++p == pe )
		goto _test_eof491;
case 491:
	switch( (*p) ) {
		case 58u: goto st494;
		case 93u: goto st899;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st492;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st492;
	} else
		goto st492;
	goto st0;
st492:
	if ( ++p == pe )
		goto _test_eof492;
case 492:
	switch( (*p) ) {
		case 58u: goto st494;
		case 93u: goto st899;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st493;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st493;
	} else
		goto st493;
	goto st0;
st493:
	if ( ++p == pe )
		goto _test_eof493;
case 493:
	switch( (*p) ) {
		case 58u: goto st494;
		case 93u: goto st899;
	}
	goto st0;
st494:
	if ( ++p == pe )
		goto _test_eof494;
case 494:
	if ( (*p) == 58u )
		goto st510;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st495;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st490;
	} else
		goto st490;
	goto st0;
st495:
	if ( ++p == pe )
		goto _test_eof495;
case 495:
	switch( (*p) ) {
		case 46u: goto st496;
		case 58u: goto st494;
		case 93u: goto st899;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st508;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st491;
	} else
		goto st491;
	goto st0;
st496:
	if ( ++p == pe )
		goto _test_eof496;
case 496:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st497;
	goto st0;
st497:
	if ( ++p == pe )
		goto _test_eof497;
case 497:
	if ( (*p) == 46u )
		goto st498;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st506;
	goto st0;
st498:
	if ( ++p == pe )
		goto _test_eof498;
case 498:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st499;
	goto st0;
st499:
	if ( ++p == pe )
		goto _test_eof499;
case 499:
	if ( (*p) == 46u )
		goto st500;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st504;
	goto st0;
st500:
	if ( ++p == pe )
		goto _test_eof500;
case 500:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st501;
	goto st0;
st501:
	if ( ++p == pe )
		goto _test_eof501;
case 501:
	if ( (*p) == 93u )
		goto st899;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st502;
	goto st0;
st502:
	if ( ++p == pe )
		goto _test_eof502;
case 502:
	if ( (*p) == 93u )
		goto st899;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st503;
	goto st0;
st503:
	if ( ++p == pe )
		goto _test_eof503;
case 503:
	if ( (*p) == 93u )
		goto st899;
	goto st0;
st504:
	if ( ++p == pe )
		goto _test_eof504;
case 504:
	if ( (*p) == 46u )
		goto st500;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st505;
	goto st0;
st505:
	if ( ++p == pe )
		goto _test_eof505;
case 505:
	if ( (*p) == 46u )
		goto st500;
	goto st0;
st506:
	if ( ++p == pe )
		goto _test_eof506;
case 506:
	if ( (*p) == 46u )
		goto st498;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st507;
	goto st0;
st507:
	if ( ++p == pe )
		goto _test_eof507;
case 507:
	if ( (*p) == 46u )
		goto st498;
	goto st0;
st508:
	if ( ++p == pe )
		goto _test_eof508;
case 508:
	switch( (*p) ) {
		case 46u: goto st496;
		case 58u: goto st494;
		case 93u: goto st899;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st509;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st492;
	} else
		goto st492;
	goto st0;
st509:
	if ( ++p == pe )
		goto _test_eof509;
case 509:
	switch( (*p) ) {
		case 46u: goto st496;
		case 58u: goto st494;
		case 93u: goto st899;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st493;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st493;
	} else
		goto st493;
	goto st0;
st510:
	if ( ++p == pe )
		goto _test_eof510;
case 510:
	switch( (*p) ) {
		case 58u: goto st519;
		case 93u: goto st899;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st511;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st516;
	} else
		goto st516;
	goto st0;
st511:
	if ( ++p == pe )
		goto _test_eof511;
case 511:
	switch( (*p) ) {
		case 46u: goto st496;
		case 58u: goto st515;
		case 93u: goto st899;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st512;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st517;
	} else
		goto st517;
	goto st0;
st512:
	if ( ++p == pe )
		goto _test_eof512;
case 512:
	switch( (*p) ) {
		case 46u: goto st496;
		case 58u: goto st515;
		case 93u: goto st899;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st513;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st518;
	} else
		goto st518;
	goto st0;
st513:
	if ( ++p == pe )
		goto _test_eof513;
case 513:
	switch( (*p) ) {
		case 46u: goto st496;
		case 58u: goto st515;
		case 93u: goto st899;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st514;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st514;
	} else
		goto st514;
	goto st0;
st514:
	if ( ++p == pe )
		goto _test_eof514;
case 514:
	switch( (*p) ) {
		case 58u: goto st515;
		case 93u: goto st899;
	}
	goto st0;
st515:
	if ( ++p == pe )
		goto _test_eof515;
case 515:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st511;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st516;
	} else
		goto st516;
	goto st0;
st516:
	if ( ++p == pe )
		goto _test_eof516;
case 516:
	switch( (*p) ) {
		case 58u: goto st515;
		case 93u: goto st899;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st517;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st517;
	} else
		goto st517;
	goto st0;
st517:
	if ( ++p == pe )
		goto _test_eof517;
case 517:
	switch( (*p) ) {
		case 58u: goto st515;
		case 93u: goto st899;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st518;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st518;
	} else
		goto st518;
	goto st0;
st518:
	if ( ++p == pe )
		goto _test_eof518;
case 518:
	switch( (*p) ) {
		case 58u: goto st515;
		case 93u: goto st899;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st514;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st514;
	} else
		goto st514;
	goto st0;
st519:
	if ( ++p == pe )
		goto _test_eof519;
case 519:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st520;
	goto st0;
st520:
	if ( ++p == pe )
		goto _test_eof520;
case 520:
	if ( (*p) == 46u )
		goto st496;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st521;
	goto st0;
st521:
	if ( ++p == pe )
		goto _test_eof521;
case 521:
	if ( (*p) == 46u )
		goto st496;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st522;
	goto st0;
st522:
	if ( ++p == pe )
		goto _test_eof522;
case 522:
	if ( (*p) == 46u )
		goto st496;
	goto st0;
st523:
	if ( ++p == pe )
		goto _test_eof523;
case 523:
	if ( (*p) == 58u )
		goto st510;
	goto st0;
st524:
	if ( ++p == pe )
		goto _test_eof524;
case 524:
	if ( (*p) == 10u )
		goto st483;
	goto st0;
tr1131:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st525;
st525:
	if ( ++p == pe )
		goto _test_eof525;
case 525:
#line 3556 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st480;
	goto st0;
st526:
	if ( ++p == pe )
		goto _test_eof526;
case 526:
	if ( (*p) == 10u )
		goto st477;
	goto st0;
case 539:
	switch( (*p) ) {
		case 37u: goto tr655;
		case 60u: goto tr655;
	}
	if ( (*p) < 62u ) {
		if ( (*p) < 39u ) {
			if ( 33u <= (*p) && (*p) <= 34u )
				goto tr655;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 58u )
				goto tr655;
		} else
			goto tr655;
	} else if ( (*p) > 63u ) {
		if ( (*p) < 95u ) {
			if ( 65u <= (*p) && (*p) <= 93u )
				goto tr655;
		} else if ( (*p) > 123u ) {
			if ( 125u <= (*p) && (*p) <= 126u )
				goto tr655;
		} else
			goto tr655;
	} else
		goto tr655;
	goto st0;
tr655:
#line 49 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_WORD)))-1;} }
	goto st908;
st908:
	if ( ++p == pe )
		goto _test_eof908;
case 908:
#line 3599 "gen/sip_headers.c"
	switch( (*p) ) {
		case 37u: goto tr655;
		case 60u: goto tr655;
		case 64u: goto st540;
	}
	if ( (*p) < 45u ) {
		if ( (*p) > 34u ) {
			if ( 39u <= (*p) && (*p) <= 43u )
				goto tr655;
		} else if ( (*p) >= 33u )
			goto tr655;
	} else if ( (*p) > 58u ) {
		if ( (*p) < 95u ) {
			if ( 62u <= (*p) && (*p) <= 93u )
				goto tr655;
		} else if ( (*p) > 123u ) {
			if ( 125u <= (*p) && (*p) <= 126u )
				goto tr655;
		} else
			goto tr655;
	} else
		goto tr655;
	goto st0;
st540:
	if ( ++p == pe )
		goto _test_eof540;
case 540:
	switch( (*p) ) {
		case 37u: goto tr656;
		case 60u: goto tr656;
	}
	if ( (*p) < 62u ) {
		if ( (*p) < 39u ) {
			if ( 33u <= (*p) && (*p) <= 34u )
				goto tr656;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 58u )
				goto tr656;
		} else
			goto tr656;
	} else if ( (*p) > 63u ) {
		if ( (*p) < 95u ) {
			if ( 65u <= (*p) && (*p) <= 93u )
				goto tr656;
		} else if ( (*p) > 123u ) {
			if ( 125u <= (*p) && (*p) <= 126u )
				goto tr656;
		} else
			goto tr656;
	} else
		goto tr656;
	goto st0;
tr656:
#line 49 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_WORD)))-1;} }
	goto st909;
st909:
	if ( ++p == pe )
		goto _test_eof909;
case 909:
#line 3658 "gen/sip_headers.c"
	switch( (*p) ) {
		case 37u: goto tr656;
		case 60u: goto tr656;
	}
	if ( (*p) < 62u ) {
		if ( (*p) < 39u ) {
			if ( 33u <= (*p) && (*p) <= 34u )
				goto tr656;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 58u )
				goto tr656;
		} else
			goto tr656;
	} else if ( (*p) > 63u ) {
		if ( (*p) < 95u ) {
			if ( 65u <= (*p) && (*p) <= 93u )
				goto tr656;
		} else if ( (*p) > 123u ) {
			if ( 125u <= (*p) && (*p) <= 126u )
				goto tr656;
		} else
			goto tr656;
	} else
		goto tr656;
	goto st0;
case 541:
	switch( (*p) ) {
		case 33u: goto tr657;
		case 37u: goto tr657;
		case 39u: goto tr657;
		case 126u: goto tr657;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr657;
		} else if ( (*p) >= 42u )
			goto tr657;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr657;
		} else if ( (*p) >= 65u )
			goto tr657;
	} else
		goto tr657;
	goto st0;
tr657:
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st542;
tr661:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st542;
st542:
	if ( ++p == pe )
		goto _test_eof542;
case 542:
#line 3716 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr658;
		case 10u: goto tr659;
		case 13u: goto tr660;
		case 32u: goto tr658;
		case 33u: goto tr661;
		case 37u: goto tr661;
		case 39u: goto tr661;
		case 47u: goto tr662;
		case 126u: goto tr661;
	}
	if ( (*p) < 45u ) {
		if ( 42u <= (*p) && (*p) <= 43u )
			goto tr661;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr661;
		} else if ( (*p) >= 65u )
			goto tr661;
	} else
		goto tr661;
	goto st0;
tr658:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st543;
st543:
	if ( ++p == pe )
		goto _test_eof543;
case 543:
#line 3746 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st543;
		case 10u: goto st544;
		case 13u: goto st571;
		case 32u: goto st543;
		case 47u: goto st546;
	}
	goto st0;
tr659:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st544;
st544:
	if ( ++p == pe )
		goto _test_eof544;
case 544:
#line 3761 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st545;
		case 32u: goto st545;
	}
	goto st0;
st545:
	if ( ++p == pe )
		goto _test_eof545;
case 545:
	switch( (*p) ) {
		case 9u: goto st545;
		case 32u: goto st545;
		case 47u: goto st546;
	}
	goto st0;
tr662:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st546;
st546:
	if ( ++p == pe )
		goto _test_eof546;
case 546:
#line 3783 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st546;
		case 10u: goto st547;
		case 13u: goto st570;
		case 32u: goto st546;
		case 33u: goto tr670;
		case 37u: goto tr670;
		case 39u: goto tr670;
		case 126u: goto tr670;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr670;
		} else if ( (*p) >= 42u )
			goto tr670;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr670;
		} else if ( (*p) >= 65u )
			goto tr670;
	} else
		goto tr670;
	goto st0;
st547:
	if ( ++p == pe )
		goto _test_eof547;
case 547:
	switch( (*p) ) {
		case 9u: goto st548;
		case 32u: goto st548;
	}
	goto st0;
st548:
	if ( ++p == pe )
		goto _test_eof548;
case 548:
	switch( (*p) ) {
		case 9u: goto st548;
		case 32u: goto st548;
		case 33u: goto tr670;
		case 37u: goto tr670;
		case 39u: goto tr670;
		case 126u: goto tr670;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr670;
		} else if ( (*p) >= 42u )
			goto tr670;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr670;
		} else if ( (*p) >= 65u )
			goto tr670;
	} else
		goto tr670;
	goto st0;
tr670:
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st910;
tr1158:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st910;
st910:
	if ( ++p == pe )
		goto _test_eof910;
case 910:
#line 3855 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1155;
		case 10u: goto tr1156;
		case 13u: goto tr1157;
		case 32u: goto tr1155;
		case 33u: goto tr1158;
		case 37u: goto tr1158;
		case 39u: goto tr1158;
		case 59u: goto tr1159;
		case 126u: goto tr1158;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1158;
		} else if ( (*p) >= 42u )
			goto tr1158;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1158;
		} else if ( (*p) >= 65u )
			goto tr1158;
	} else
		goto tr1158;
	goto st0;
tr1155:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st549;
tr1160:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st549;
st549:
	if ( ++p == pe )
		goto _test_eof549;
case 549:
#line 3891 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st549;
		case 10u: goto st550;
		case 13u: goto st562;
		case 32u: goto st549;
		case 59u: goto st552;
	}
	goto st0;
tr1156:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st550;
tr1161:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st550;
st550:
	if ( ++p == pe )
		goto _test_eof550;
case 550:
#line 3909 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st551;
		case 32u: goto st551;
	}
	goto st0;
st551:
	if ( ++p == pe )
		goto _test_eof551;
case 551:
	switch( (*p) ) {
		case 9u: goto st551;
		case 32u: goto st551;
		case 59u: goto st552;
	}
	goto st0;
tr1159:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st552;
tr1164:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st552;
st552:
	if ( ++p == pe )
		goto _test_eof552;
case 552:
#line 3934 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st552;
		case 10u: goto st553;
		case 13u: goto st569;
		case 32u: goto st552;
		case 33u: goto tr679;
		case 37u: goto tr679;
		case 39u: goto tr679;
		case 126u: goto tr679;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr679;
		} else if ( (*p) >= 42u )
			goto tr679;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr679;
		} else if ( (*p) >= 65u )
			goto tr679;
	} else
		goto tr679;
	goto st0;
st553:
	if ( ++p == pe )
		goto _test_eof553;
case 553:
	switch( (*p) ) {
		case 9u: goto st554;
		case 32u: goto st554;
	}
	goto st0;
st554:
	if ( ++p == pe )
		goto _test_eof554;
case 554:
	switch( (*p) ) {
		case 9u: goto st554;
		case 32u: goto st554;
		case 33u: goto tr679;
		case 37u: goto tr679;
		case 39u: goto tr679;
		case 126u: goto tr679;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr679;
		} else if ( (*p) >= 42u )
			goto tr679;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr679;
		} else if ( (*p) >= 65u )
			goto tr679;
	} else
		goto tr679;
	goto st0;
tr684:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st555;
tr679:
#line 31 "grammar/sip_headers.rl"
	{ pn = p; pv = NULL; hs->pend = 0; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st555;
st555:
	if ( ++p == pe )
		goto _test_eof555;
case 555:
#line 4006 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st556;
		case 10u: goto st557;
		case 13u: goto st568;
		case 32u: goto st556;
		case 33u: goto tr684;
		case 37u: goto tr684;
		case 39u: goto tr684;
		case 61u: goto st559;
		case 126u: goto tr684;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr684;
		} else if ( (*p) >= 42u )
			goto tr684;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr684;
		} else if ( (*p) >= 65u )
			goto tr684;
	} else
		goto tr684;
	goto st0;
st556:
	if ( ++p == pe )
		goto _test_eof556;
case 556:
	switch( (*p) ) {
		case 9u: goto st556;
		case 10u: goto st557;
		case 13u: goto st568;
		case 32u: goto st556;
		case 61u: goto st559;
	}
	goto st0;
st557:
	if ( ++p == pe )
		goto _test_eof557;
case 557:
	switch( (*p) ) {
		case 9u: goto st558;
		case 32u: goto st558;
	}
	goto st0;
st558:
	if ( ++p == pe )
		goto _test_eof558;
case 558:
	switch( (*p) ) {
		case 9u: goto st558;
		case 32u: goto st558;
		case 61u: goto st559;
	}
	goto st0;
st559:
	if ( ++p == pe )
		goto _test_eof559;
case 559:
	switch( (*p) ) {
		case 9u: goto st559;
		case 10u: goto st560;
		case 13u: goto st567;
		case 32u: goto st559;
		case 33u: goto tr689;
		case 34u: goto tr690;
		case 37u: goto tr689;
		case 39u: goto tr689;
		case 126u: goto tr689;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr689;
		} else if ( (*p) >= 42u )
			goto tr689;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr689;
		} else if ( (*p) >= 65u )
			goto tr689;
	} else
		goto tr689;
	goto st0;
st560:
	if ( ++p == pe )
		goto _test_eof560;
case 560:
	switch( (*p) ) {
		case 9u: goto st561;
		case 32u: goto st561;
	}
	goto st0;
st561:
	if ( ++p == pe )
		goto _test_eof561;
case 561:
	switch( (*p) ) {
		case 9u: goto st561;
		case 32u: goto st561;
		case 33u: goto tr689;
		case 34u: goto tr690;
		case 37u: goto tr689;
		case 39u: goto tr689;
		case 126u: goto tr689;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr689;
		} else if ( (*p) >= 42u )
			goto tr689;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr689;
		} else if ( (*p) >= 65u )
			goto tr689;
	} else
		goto tr689;
	goto st0;
tr1163:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st911;
tr689:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st911;
st911:
	if ( ++p == pe )
		goto _test_eof911;
case 911:
#line 4141 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1160;
		case 10u: goto tr1161;
		case 13u: goto tr1162;
		case 32u: goto tr1160;
		case 33u: goto tr1163;
		case 37u: goto tr1163;
		case 39u: goto tr1163;
		case 59u: goto tr1164;
		case 126u: goto tr1163;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1163;
		} else if ( (*p) >= 42u )
			goto tr1163;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1163;
		} else if ( (*p) >= 65u )
			goto tr1163;
	} else
		goto tr1163;
	goto st0;
tr1157:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st562;
tr1162:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st562;
st562:
	if ( ++p == pe )
		goto _test_eof562;
case 562:
#line 4177 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st550;
	goto st0;
tr690:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st563;
tr695:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st563;
st563:
	if ( ++p == pe )
		goto _test_eof563;
case 563:
#line 4190 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st563;
		case 10u: goto st564;
		case 13u: goto st565;
		case 32u: goto st563;
		case 34u: goto st912;
		case 92u: goto st566;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr695;
st564:
	if ( ++p == pe )
		goto _test_eof564;
case 564:
	switch( (*p) ) {
		case 9u: goto st563;
		case 32u: goto st563;
	}
	goto st0;
st565:
	if ( ++p == pe )
		goto _test_eof565;
case 565:
	if ( (*p) == 10u )
		goto st564;
	goto st0;
st912:
	if ( ++p == pe )
		goto _test_eof912;
case 912:
	switch( (*p) ) {
		case 9u: goto tr1160;
		case 10u: goto tr1161;
		case 13u: goto tr1162;
		case 32u: goto tr1160;
		case 59u: goto tr1164;
	}
	goto st0;
st566:
	if ( ++p == pe )
		goto _test_eof566;
case 566:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st563;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st563;
	} else
		goto st563;
	goto st0;
st567:
	if ( ++p == pe )
		goto _test_eof567;
case 567:
	if ( (*p) == 10u )
		goto st560;
	goto st0;
st568:
	if ( ++p == pe )
		goto _test_eof568;
case 568:
	if ( (*p) == 10u )
		goto st557;
	goto st0;
st569:
	if ( ++p == pe )
		goto _test_eof569;
case 569:
	if ( (*p) == 10u )
		goto st553;
	goto st0;
st570:
	if ( ++p == pe )
		goto _test_eof570;
case 570:
	if ( (*p) == 10u )
		goto st547;
	goto st0;
tr660:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st571;
st571:
	if ( ++p == pe )
		goto _test_eof571;
case 571:
#line 4278 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st544;
	goto st0;
case 572:
	switch( (*p) ) {
		case 33u: goto tr698;
		case 37u: goto tr698;
		case 39u: goto tr698;
		case 126u: goto tr698;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr698;
		} else if ( (*p) >= 42u )
			goto tr698;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr698;
		} else if ( (*p) >= 65u )
			goto tr698;
	} else
		goto tr698;
	goto st0;
tr698:
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st913;
tr1168:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st913;
st913:
	if ( ++p == pe )
		goto _test_eof913;
case 913:
#line 4314 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1165;
		case 10u: goto tr1166;
		case 13u: goto tr1167;
		case 32u: goto tr1165;
		case 33u: goto tr1168;
		case 37u: goto tr1168;
		case 39u: goto tr1168;
		case 59u: goto tr1169;
		case 126u: goto tr1168;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1168;
		} else if ( (*p) >= 42u )
			goto tr1168;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1168;
		} else if ( (*p) >= 65u )
			goto tr1168;
	} else
		goto tr1168;
	goto st0;
tr1165:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st573;
tr1178:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st573;
st573:
	if ( ++p == pe )
		goto _test_eof573;
case 573:
#line 4350 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st573;
		case 10u: goto st574;
		case 13u: goto st577;
		case 32u: goto st573;
		case 59u: goto tr702;
	}
	goto st0;
tr1166:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st574;
tr1179:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st574;
st574:
	if ( ++p == pe )
		goto _test_eof574;
case 574:
#line 4368 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st575;
		case 32u: goto st575;
	}
	goto st0;
st575:
	if ( ++p == pe )
		goto _test_eof575;
case 575:
	switch( (*p) ) {
		case 9u: goto st575;
		case 32u: goto st575;
		case 59u: goto tr702;
	}
	goto st0;
tr702:
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st914;
tr1169:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st914;
tr1177:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st914;
st914:
	if ( ++p == pe )
		goto _test_eof914;
case 914:
#line 4398 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st914;
		case 10u: goto st576;
		case 13u: goto st625;
		case 32u: goto st914;
		case 33u: goto tr1172;
		case 37u: goto tr1172;
		case 39u: goto tr1172;
		case 59u: goto tr702;
		case 126u: goto tr1172;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1172;
		} else if ( (*p) >= 42u )
			goto tr1172;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1172;
		} else if ( (*p) >= 65u )
			goto tr1172;
	} else
		goto tr1172;
	goto st0;
st576:
	if ( ++p == pe )
		goto _test_eof576;
case 576:
	switch( (*p) ) {
		case 9u: goto st915;
		case 32u: goto st915;
	}
	goto st0;
st915:
	if ( ++p == pe )
		goto _test_eof915;
case 915:
	switch( (*p) ) {
		case 9u: goto st915;
		case 10u: goto st574;
		case 13u: goto st577;
		case 32u: goto st915;
		case 33u: goto tr1172;
		case 37u: goto tr1172;
		case 39u: goto tr1172;
		case 59u: goto tr702;
		case 126u: goto tr1172;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1172;
		} else if ( (*p) >= 42u )
			goto tr1172;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1172;
		} else if ( (*p) >= 65u )
			goto tr1172;
	} else
		goto tr1172;
	goto st0;
tr1167:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st577;
tr1180:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st577;
st577:
	if ( ++p == pe )
		goto _test_eof577;
case 577:
#line 4473 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st574;
	goto st0;
tr1176:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st916;
tr1172:
#line 31 "grammar/sip_headers.rl"
	{ pn = p; pv = NULL; hs->pend = 0; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st916;
st916:
	if ( ++p == pe )
		goto _test_eof916;
case 916:
#line 4487 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1173;
		case 10u: goto tr1174;
		case 13u: goto tr1175;
		case 32u: goto tr1173;
		case 33u: goto tr1176;
		case 37u: goto tr1176;
		case 39u: goto tr1176;
		case 59u: goto tr1177;
		case 61u: goto st581;
		case 126u: goto tr1176;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1176;
		} else if ( (*p) >= 42u )
			goto tr1176;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1176;
		} else if ( (*p) >= 65u )
			goto tr1176;
	} else
		goto tr1176;
	goto st0;
tr1173:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st578;
st578:
	if ( ++p == pe )
		goto _test_eof578;
case 578:
#line 4521 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st578;
		case 10u: goto st579;
		case 13u: goto st624;
		case 32u: goto st578;
		case 59u: goto tr702;
		case 61u: goto st581;
	}
	goto st0;
tr1174:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st579;
st579:
	if ( ++p == pe )
		goto _test_eof579;
case 579:
#line 4537 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st580;
		case 32u: goto st580;
	}
	goto st0;
st580:
	if ( ++p == pe )
		goto _test_eof580;
case 580:
	switch( (*p) ) {
		case 9u: goto st580;
		case 32u: goto st580;
		case 59u: goto tr702;
		case 61u: goto st581;
	}
	goto st0;
st581:
	if ( ++p == pe )
		goto _test_eof581;
case 581:
	switch( (*p) ) {
		case 9u: goto st581;
		case 10u: goto st582;
		case 13u: goto st623;
		case 32u: goto st581;
		case 33u: goto tr712;
		case 34u: goto tr713;
		case 37u: goto tr712;
		case 39u: goto tr712;
		case 91u: goto tr714;
		case 126u: goto tr712;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr712;
		} else if ( (*p) >= 42u )
			goto tr712;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr712;
		} else if ( (*p) >= 65u )
			goto tr712;
	} else
		goto tr712;
	goto st0;
st582:
	if ( ++p == pe )
		goto _test_eof582;
case 582:
	switch( (*p) ) {
		case 9u: goto st583;
		case 32u: goto st583;
	}
	goto st0;
st583:
	if ( ++p == pe )
		goto _test_eof583;
case 583:
	switch( (*p) ) {
		case 9u: goto st583;
		case 32u: goto st583;
		case 33u: goto tr712;
		case 34u: goto tr713;
		case 37u: goto tr712;
		case 39u: goto tr712;
		case 91u: goto tr714;
		case 126u: goto tr712;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr712;
		} else if ( (*p) >= 42u )
			goto tr712;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr712;
		} else if ( (*p) >= 65u )
			goto tr712;
	} else
		goto tr712;
	goto st0;
tr712:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st917;
st917:
	if ( ++p == pe )
		goto _test_eof917;
case 917:
#line 4629 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1178;
		case 10u: goto tr1179;
		case 13u: goto tr1180;
		case 32u: goto tr1178;
		case 33u: goto st917;
		case 37u: goto st917;
		case 39u: goto st917;
		case 59u: goto tr1177;
		case 126u: goto st917;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st917;
		} else if ( (*p) >= 42u )
			goto st917;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st917;
		} else if ( (*p) >= 65u )
			goto st917;
	} else
		goto st917;
	goto st0;
tr713:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st584;
tr719:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st584;
st584:
	if ( ++p == pe )
		goto _test_eof584;
case 584:
#line 4665 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st584;
		case 10u: goto st585;
		case 13u: goto st586;
		case 32u: goto st584;
		case 34u: goto st918;
		case 92u: goto st587;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr719;
st585:
	if ( ++p == pe )
		goto _test_eof585;
case 585:
	switch( (*p) ) {
		case 9u: goto st584;
		case 32u: goto st584;
	}
	goto st0;
st586:
	if ( ++p == pe )
		goto _test_eof586;
case 586:
	if ( (*p) == 10u )
		goto st585;
	goto st0;
st918:
	if ( ++p == pe )
		goto _test_eof918;
case 918:
	switch( (*p) ) {
		case 9u: goto tr1178;
		case 10u: goto tr1179;
		case 13u: goto tr1180;
		case 32u: goto tr1178;
		case 59u: goto tr1177;
	}
	goto st0;
st587:
	if ( ++p == pe )
		goto _test_eof587;
case 587:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st584;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st584;
	} else
		goto st584;
	goto st0;
tr714:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st588;
st588:
	if ( ++p == pe )
		goto _test_eof588;
case 588:
#line 4725 "gen/sip_headers.c"
	if ( (*p) == 58u )
		goto st622;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st589;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st589;
	} else
		goto st589;
	goto st0;
st589:
	if ( ++p == pe )
		goto _test_eof589;
case 589:
	switch( (*p) ) {
		case 58u: goto st593;
		case 93u: goto st918;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st590;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st590;
	} else
		goto st590;
	goto st0;
st590:
	if ( ++p == pe )
		goto _test_eof590;
case 590:
	switch( (*p) ) {
		case 58u: goto st593;
		case 93u: goto st918;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st591;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st591;
	} else
		goto st591;
	goto st0;
st591:
	if ( ++p == pe )
		goto _test_eof591;
case 591:
	switch( (*p) ) {
		case 58u: goto st593;
		case 93u: goto st918;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st592;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st592;
	} else
		goto st592;
	goto st0;
st592:
	if ( ++p == pe )
		goto _test_eof592;
case 592:
	switch( (*p) ) {
		case 58u: goto st593;
		case 93u: goto st918;
	}
	goto st0;
st593:
	if ( ++p == pe )
		goto _test_eof593;
case 593:
	if ( (*p) == 58u )
		goto st609;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st594;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st589;
	} else
		goto st589;
	goto st0;
st594:
	if ( ++p == pe )
		goto _test_eof594;
case 594:
	switch( (*p) ) {
		case 46u: goto st595;
		case 58u: goto st593;
		case 93u: goto st918;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st607;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st590;
	} else
		goto st590;
	goto st0;
st595:
	if ( ++p == pe )
		goto _test_eof595;
case 595:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st596;
	goto st0;
st596:
	if ( ++p == pe )
		goto _test_eof596;
case 596:
	if ( (*p) == 46u )
		goto st597;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st605;
	goto st0;
st597:
	if ( ++p == pe )
		goto _test_eof597;
case 597:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st598;
	goto st0;
st598:
	if ( ++p == pe )
		goto _test_eof598;
case 598:
	if ( (*p) == 46u )
		goto st599;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st603;
	goto st0;
st599:
	if ( ++p == pe )
		goto _test_eof599;
case 599:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st600;
	goto st0;
st600:
	if ( ++p == pe )
		goto _test_eof600;
case 600:
	if ( (*p) == 93u )
		goto st918;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st601;
	goto st0;
st601:
	if ( ++p == pe )
		goto _test_eof601;
case 601:
	if ( (*p) == 93u )
		goto st918;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st602;
	goto st0;
st602:
	if ( ++p == pe )
		goto _test_eof602;
case 602:
	if ( (*p) == 93u )
		goto st918;
	goto st0;
st603:
	if ( ++p == pe )
		goto _test_eof603;
case 603:
	if ( (*p) == 46u )
		goto st599;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st604;
	goto st0;
st604:
	if ( ++p == pe )
		goto _test_eof604;
case 604:
	if ( (*p) == 46u )
		goto st599;
	goto st0;
st605:
	if ( ++p == pe )
		goto _test_eof605;
case 605:
	if ( (*p) == 46u )
		goto st597;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st606;
	goto st0;
st606:
	if ( ++p == pe )
		goto _test_eof606;
case 606:
	if ( (*p) == 46u )
		goto st597;
	goto st0;
st607:
	if ( ++p == pe )
		goto _test_eof607;
case 607:
	switch( (*p) ) {
		case 46u: goto st595;
		case 58u: goto st593;
		case 93u: goto st918;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st608;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st591;
	} else
		goto st591;
	goto st0;
st608:
	if ( ++p == pe )
		goto _test_eof608;
case 608:
	switch( (*p) ) {
		case 46u: goto st595;
		case 58u: goto st593;
		case 93u: goto st918;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st592;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st592;
	} else
		goto st592;
	goto st0;
st609:
	if ( ++p == pe )
		goto _test_eof609;
case 609:
	switch( (*p) ) {
		case 58u: goto st618;
		case 93u: goto st918;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st610;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st615;
	} else
		goto st615;
	goto st0;
st610:
	if ( ++p == pe )
		goto _test_eof610;
case 610:
	switch( (*p) ) {
		case 46u: goto st595;
		case 58u: goto st614;
		case 93u: goto st918;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st611;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st616;
	} else
		goto st616;
	goto st0;
st611:
	if ( ++p == pe )
		goto _test_eof611;
case 611:
	switch( (*p) ) {
		case 46u: goto st595;
		case 58u: goto st614;
		case 93u: goto st918;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st612;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st617;
	} else
		goto st617;
	goto st0;
st612:
	if ( ++p == pe )
		goto _test_eof612;
case 612:
	switch( (*p) ) {
		case 46u: goto st595;
		case 58u: goto st614;
		case 93u: goto st918;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st613;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st613;
	} else
		goto st613;
	goto st0;
st613:
	if ( ++p == pe )
		goto _test_eof613;
case 613:
	switch( (*p) ) {
		case 58u: goto st614;
		case 93u: goto st918;
	}
	goto st0;
st614:
	if ( ++p == pe )
		goto _test_eof614;
case 614:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st610;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st615;
	} else
		goto st615;
	goto st0;
st615:
	if ( ++p == pe )
		goto _test_eof615;
case 615:
	switch( (*p) ) {
		case 58u: goto st614;
		case 93u: goto st918;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st616;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st616;
	} else
		goto st616;
	goto st0;
st616:
	if ( ++p == pe )
		goto _test_eof616;
case 616:
	switch( (*p) ) {
		case 58u: goto st614;
		case 93u: goto st918;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st617;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st617;
	} else
		goto st617;
	goto st0;
st617:
	if ( ++p == pe )
		goto _test_eof617;
case 617:
	switch( (*p) ) {
		case 58u: goto st614;
		case 93u: goto st918;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st613;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st613;
	} else
		goto st613;
	goto st0;
st618:
	if ( ++p == pe )
		goto _test_eof618;
case 618:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st619;
	goto st0;
st619:
	if ( ++p == pe )
		goto _test_eof619;
case 619:
	if ( (*p) == 46u )
		goto st595;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st620;
	goto st0;
st620:
	if ( ++p == pe )
		goto _test_eof620;
case 620:
	if ( (*p) == 46u )
		goto st595;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st621;
	goto st0;
st621:
	if ( ++p == pe )
		goto _test_eof621;
case 621:
	if ( (*p) == 46u )
		goto st595;
	goto st0;
st622:
	if ( ++p == pe )
		goto _test_eof622;
case 622:
	if ( (*p) == 58u )
		goto st609;
	goto st0;
st623:
	if ( ++p == pe )
		goto _test_eof623;
case 623:
	if ( (*p) == 10u )
		goto st582;
	goto st0;
tr1175:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st624;
st624:
	if ( ++p == pe )
		goto _test_eof624;
case 624:
#line 5158 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st579;
	goto st0;
st625:
	if ( ++p == pe )
		goto _test_eof625;
case 625:
	if ( (*p) == 10u )
		goto st576;
	goto st0;
case 626:
	switch( (*p) ) {
		case 37u: goto tr757;
		case 60u: goto tr757;
	}
	if ( (*p) < 62u ) {
		if ( (*p) < 39u ) {
			if ( 33u <= (*p) && (*p) <= 34u )
				goto tr757;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 58u )
				goto tr757;
		} else
			goto tr757;
	} else if ( (*p) > 63u ) {
		if ( (*p) < 95u ) {
			if ( 65u <= (*p) && (*p) <= 93u )
				goto tr757;
		} else if ( (*p) > 123u ) {
			if ( 125u <= (*p) && (*p) <= 126u )
				goto tr757;
		} else
			goto tr757;
	} else
		goto tr757;
	goto st0;
tr1185:
#line 49 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_WORD)))-1;} }
	goto st919;
tr757:
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
#line 49 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_WORD)))-1;} }
	goto st919;
st919:
	if ( ++p == pe )
		goto _test_eof919;
case 919:
#line 5205 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1182;
		case 10u: goto tr1183;
		case 13u: goto tr1184;
		case 32u: goto tr1182;
		case 37u: goto tr1185;
		case 59u: goto tr1186;
		case 64u: goto st680;
	}
	if ( (*p) < 45u ) {
		if ( (*p) > 34u ) {
			if ( 39u <= (*p) && (*p) <= 43u )
				goto tr1185;
		} else if ( (*p) >= 33u )
			goto tr1185;
	} else if ( (*p) > 60u ) {
		if ( (*p) < 95u ) {
			if ( 62u <= (*p) && (*p) <= 93u )
				goto tr1185;
		} else if ( (*p) > 123u ) {
			if ( 125u <= (*p) && (*p) <= 126u )
				goto tr1185;
		} else
			goto tr1185;
	} else
		goto tr1185;
	goto st0;
tr1182:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st627;
tr1196:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st627;
st627:
	if ( ++p == pe )
		goto _test_eof627;
case 627:
#line 5242 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st627;
		case 10u: goto st628;
		case 13u: goto st631;
		case 32u: goto st627;
		case 59u: goto tr761;
	}
	goto st0;
tr1183:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st628;
tr1197:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st628;
st628:
	if ( ++p == pe )
		goto _test_eof628;
case 628:
#line 5260 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st629;
		case 32u: goto st629;
	}
	goto st0;
st629:
	if ( ++p == pe )
		goto _test_eof629;
case 629:
	switch( (*p) ) {
		case 9u: goto st629;
		case 32u: goto st629;
		case 59u: goto tr761;
	}
	goto st0;
tr761:
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st920;
tr1186:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st920;
tr1195:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st920;
st920:
	if ( ++p == pe )
		goto _test_eof920;
case 920:
#line 5290 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st920;
		case 10u: goto st630;
		case 13u: goto st679;
		case 32u: goto st920;
		case 33u: goto tr1190;
		case 37u: goto tr1190;
		case 39u: goto tr1190;
		case 59u: goto tr761;
		case 126u: goto tr1190;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1190;
		} else if ( (*p) >= 42u )
			goto tr1190;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1190;
		} else if ( (*p) >= 65u )
			goto tr1190;
	} else
		goto tr1190;
	goto st0;
st630:
	if ( ++p == pe )
		goto _test_eof630;
case 630:
	switch( (*p) ) {
		case 9u: goto st921;
		case 32u: goto st921;
	}
	goto st0;
st921:
	if ( ++p == pe )
		goto _test_eof921;
case 921:
	switch( (*p) ) {
		case 9u: goto st921;
		case 10u: goto st628;
		case 13u: goto st631;
		case 32u: goto st921;
		case 33u: goto tr1190;
		case 37u: goto tr1190;
		case 39u: goto tr1190;
		case 59u: goto tr761;
		case 126u: goto tr1190;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1190;
		} else if ( (*p) >= 42u )
			goto tr1190;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1190;
		} else if ( (*p) >= 65u )
			goto tr1190;
	} else
		goto tr1190;
	goto st0;
tr1184:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st631;
tr1198:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st631;
st631:
	if ( ++p == pe )
		goto _test_eof631;
case 631:
#line 5365 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st628;
	goto st0;
tr1194:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st922;
tr1190:
#line 31 "grammar/sip_headers.rl"
	{ pn = p; pv = NULL; hs->pend = 0; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st922;
st922:
	if ( ++p == pe )
		goto _test_eof922;
case 922:
#line 5379 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1191;
		case 10u: goto tr1192;
		case 13u: goto tr1193;
		case 32u: goto tr1191;
		case 33u: goto tr1194;
		case 37u: goto tr1194;
		case 39u: goto tr1194;
		case 59u: goto tr1195;
		case 61u: goto st635;
		case 126u: goto tr1194;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1194;
		} else if ( (*p) >= 42u )
			goto tr1194;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1194;
		} else if ( (*p) >= 65u )
			goto tr1194;
	} else
		goto tr1194;
	goto st0;
tr1191:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st632;
st632:
	if ( ++p == pe )
		goto _test_eof632;
case 632:
#line 5413 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st632;
		case 10u: goto st633;
		case 13u: goto st678;
		case 32u: goto st632;
		case 59u: goto tr761;
		case 61u: goto st635;
	}
	goto st0;
tr1192:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st633;
st633:
	if ( ++p == pe )
		goto _test_eof633;
case 633:
#line 5429 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st634;
		case 32u: goto st634;
	}
	goto st0;
st634:
	if ( ++p == pe )
		goto _test_eof634;
case 634:
	switch( (*p) ) {
		case 9u: goto st634;
		case 32u: goto st634;
		case 59u: goto tr761;
		case 61u: goto st635;
	}
	goto st0;
st635:
	if ( ++p == pe )
		goto _test_eof635;
case 635:
	switch( (*p) ) {
		case 9u: goto st635;
		case 10u: goto st636;
		case 13u: goto st677;
		case 32u: goto st635;
		case 33u: goto tr771;
		case 34u: goto tr772;
		case 37u: goto tr771;
		case 39u: goto tr771;
		case 91u: goto tr773;
		case 126u: goto tr771;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr771;
		} else if ( (*p) >= 42u )
			goto tr771;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr771;
		} else if ( (*p) >= 65u )
			goto tr771;
	} else
		goto tr771;
	goto st0;
st636:
	if ( ++p == pe )
		goto _test_eof636;
case 636:
	switch( (*p) ) {
		case 9u: goto st637;
		case 32u: goto st637;
	}
	goto st0;
st637:
	if ( ++p == pe )
		goto _test_eof637;
case 637:
	switch( (*p) ) {
		case 9u: goto st637;
		case 32u: goto st637;
		case 33u: goto tr771;
		case 34u: goto tr772;
		case 37u: goto tr771;
		case 39u: goto tr771;
		case 91u: goto tr773;
		case 126u: goto tr771;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr771;
		} else if ( (*p) >= 42u )
			goto tr771;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr771;
		} else if ( (*p) >= 65u )
			goto tr771;
	} else
		goto tr771;
	goto st0;
tr771:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st923;
st923:
	if ( ++p == pe )
		goto _test_eof923;
case 923:
#line 5521 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1196;
		case 10u: goto tr1197;
		case 13u: goto tr1198;
		case 32u: goto tr1196;
		case 33u: goto st923;
		case 37u: goto st923;
		case 39u: goto st923;
		case 59u: goto tr1195;
		case 126u: goto st923;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st923;
		} else if ( (*p) >= 42u )
			goto st923;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st923;
		} else if ( (*p) >= 65u )
			goto st923;
	} else
		goto st923;
	goto st0;
tr772:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st638;
tr778:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st638;
st638:
	if ( ++p == pe )
		goto _test_eof638;
case 638:
#line 5557 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st638;
		case 10u: goto st639;
		case 13u: goto st640;
		case 32u: goto st638;
		case 34u: goto st924;
		case 92u: goto st641;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr778;
st639:
	if ( ++p == pe )
		goto _test_eof639;
case 639:
	switch( (*p) ) {
		case 9u: goto st638;
		case 32u: goto st638;
	}
	goto st0;
st640:
	if ( ++p == pe )
		goto _test_eof640;
case 640:
	if ( (*p) == 10u )
		goto st639;
	goto st0;
st924:
	if ( ++p == pe )
		goto _test_eof924;
case 924:
	switch( (*p) ) {
		case 9u: goto tr1196;
		case 10u: goto tr1197;
		case 13u: goto tr1198;
		case 32u: goto tr1196;
		case 59u: goto tr1195;
	}
	goto st0;
st641:
	if ( ++p == pe )
		goto _test_eof641;
case 641:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st638;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st638;
	} else
		goto st638;
	goto st0;
tr773:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st642;
st642:
	if ( ++p == pe )
		goto _test_eof642;
case 642:
#line 5617 "gen/sip_headers.c"
	if ( (*p) == 58u )
		goto st676;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st643;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st643;
	} else
		goto st643;
	goto st0;
st643:
	if ( ++p == pe )
		goto _test_eof643;
case 643:
	switch( (*p) ) {
		case 58u: goto st647;
		case 93u: goto st924;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st644;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st644;
	} else
		goto st644;
	goto st0;
st644:
	if ( ++p == pe )
		goto _test_eof644;
case 644:
	switch( (*p) ) {
		case 58u: goto st647;
		case 93u: goto st924;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st645;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st645;
	} else
		goto st645;
	goto st0;
st645:
	if ( ++p == pe )
		goto _test_eof645;
case 645:
	switch( (*p) ) {
		case 58u: goto st647;
		case 93u: goto st924;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st646;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st646;
	} else
		goto st646;
	goto st0;
st646:
	if ( ++p == pe )
		goto _test_eof646;
case 646:
	switch( (*p) ) {
		case 58u: goto st647;
		case 93u: goto st924;
	}
	goto st0;
st647:
	if ( ++p == pe )
		goto _test_eof647;
case 647:
	if ( (*p) == 58u )
		goto st663;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st648;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st643;
	} else
		goto st643;
	goto st0;
st648:
	if ( ++p == pe )
		goto _test_eof648;
case 648:
	switch( (*p) ) {
		case 46u: goto st649;
		case 58u: goto st647;
		case 93u: goto st924;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st661;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st644;
	} else
		goto st644;
	goto st0;
st649:
	if ( ++p == pe )
		goto _test_eof649;
case 649:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st650;
	goto st0;
st650:
	if ( ++p == pe )
		goto _test_eof650;
case 650:
	if ( (*p) == 46u )
		goto st651;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st659;
	goto st0;
st651:
	if ( ++p == pe )
		goto _test_eof651;
case 651:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st652;
	goto st0;
st652:
	if ( ++p == pe )
		goto _test_eof652;
case 652:
	if ( (*p) == 46u )
		goto st653;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st657;
	goto st0;
st653:
	if ( ++p == pe )
		goto _test_eof653;
case 653:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st654;
	goto st0;
st654:
	if ( ++p == pe )
		goto _test_eof654;
case 654:
	if ( (*p) == 93u )
		goto st924;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st655;
	goto st0;
st655:
	if ( ++p == pe )
		goto _test_eof655;
case 655:
	if ( (*p) == 93u )
		goto st924;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st656;
	goto st0;
st656:
	if ( ++p == pe )
		goto _test_eof656;
case 656:
	if ( (*p) == 93u )
		goto st924;
	goto st0;
st657:
	if ( ++p == pe )
		goto _test_eof657;
case 657:
	if ( (*p) == 46u )
		goto st653;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st658;
	goto st0;
st658:
	if ( ++p == pe )
		goto _test_eof658;
case 658:
	if ( (*p) == 46u )
		goto st653;
	goto st0;
st659:
	if ( ++p == pe )
		goto _test_eof659;
case 659:
	if ( (*p) == 46u )
		goto st651;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st660;
	goto st0;
st660:
	if ( ++p == pe )
		goto _test_eof660;
case 660:
	if ( (*p) == 46u )
		goto st651;
	goto st0;
st661:
	if ( ++p == pe )
		goto _test_eof661;
case 661:
	switch( (*p) ) {
		case 46u: goto st649;
		case 58u: goto st647;
		case 93u: goto st924;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st662;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st645;
	} else
		goto st645;
	goto st0;
st662:
	if ( ++p == pe )
		goto _test_eof662;
case 662:
	switch( (*p) ) {
		case 46u: goto st649;
		case 58u: goto st647;
		case 93u: goto st924;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st646;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st646;
	} else
		goto st646;
	goto st0;
st663:
	if ( ++p == pe )
		goto _test_eof663;
case 663:
	switch( (*p) ) {
		case 58u: goto st672;
		case 93u: goto st924;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st664;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st669;
	} else
		goto st669;
	goto st0;
st664:
	if ( ++p == pe )
		goto _test_eof664;
case 664:
	switch( (*p) ) {
		case 46u: goto st649;
		case 58u: goto st668;
		case 93u: goto st924;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st665;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st670;
	} else
		goto st670;
	goto st0;
st665:
	if ( ++p == pe )
		goto _test_eof665;
case 665:
	switch( (*p) ) {
		case 46u: goto st649;
		case 58u: goto st668;
		case 93u: goto st924;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st666;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st671;
	} else
		goto st671;
	goto st0;
st666:
	if ( ++p == pe )
		goto _test_eof666;
case 666:
	switch( (*p) ) {
		case 46u: goto st649;
		case 58u: goto st668;
		case 93u: goto st924;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st667;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st667;
	} else
		goto st667;
	goto st0;
st667:
	if ( ++p == pe )
		goto _test_eof667;
case 667:
	switch( (*p) ) {
		case 58u: goto st668;
		case 93u: goto st924;
	}
	goto st0;
st668:
	if ( ++p == pe )
		goto _test_eof668;
case 668:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st664;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st669;
	} else
		goto st669;
	goto st0;
st669:
	if ( ++p == pe )
		goto _test_eof669;
case 669:
	switch( (*p) ) {
		case 58u: goto st668;
		case 93u: goto st924;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st670;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st670;
	} else
		goto st670;
	goto st0;
st670:
	if ( ++p == pe )
		goto _test_eof670;
case 670:
	switch( (*p) ) {
		case 58u: goto st668;
		case 93u: goto st924;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st671;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st671;
	} else
		goto st671;
	goto st0;
st671:
	if ( ++p == pe )
		goto _test_eof671;
case 671:
	switch( (*p) ) {
		case 58u: goto st668;
		case 93u: goto st924;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st667;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st667;
	} else
		goto st667;
	goto st0;
st672:
	if ( ++p == pe )
		goto _test_eof672;
case 672:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st673;
	goto st0;
st673:
	if ( ++p == pe )
		goto _test_eof673;
case 673:
	if ( (*p) == 46u )
		goto st649;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st674;
	goto st0;
st674:
	if ( ++p == pe )
		goto _test_eof674;
case 674:
	if ( (*p) == 46u )
		goto st649;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st675;
	goto st0;
st675:
	if ( ++p == pe )
		goto _test_eof675;
case 675:
	if ( (*p) == 46u )
		goto st649;
	goto st0;
st676:
	if ( ++p == pe )
		goto _test_eof676;
case 676:
	if ( (*p) == 58u )
		goto st663;
	goto st0;
st677:
	if ( ++p == pe )
		goto _test_eof677;
case 677:
	if ( (*p) == 10u )
		goto st636;
	goto st0;
tr1193:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st678;
st678:
	if ( ++p == pe )
		goto _test_eof678;
case 678:
#line 6050 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st633;
	goto st0;
st679:
	if ( ++p == pe )
		goto _test_eof679;
case 679:
	if ( (*p) == 10u )
		goto st630;
	goto st0;
st680:
	if ( ++p == pe )
		goto _test_eof680;
case 680:
	switch( (*p) ) {
		case 37u: goto tr816;
		case 60u: goto tr816;
	}
	if ( (*p) < 62u ) {
		if ( (*p) < 39u ) {
			if ( 33u <= (*p) && (*p) <= 34u )
				goto tr816;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 58u )
				goto tr816;
		} else
			goto tr816;
	} else if ( (*p) > 63u ) {
		if ( (*p) < 95u ) {
			if ( 65u <= (*p) && (*p) <= 93u )
				goto tr816;
		} else if ( (*p) > 123u ) {
			if ( 125u <= (*p) && (*p) <= 126u )
				goto tr816;
		} else
			goto tr816;
	} else
		goto tr816;
	goto st0;
tr816:
#line 49 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_WORD)))-1;} }
	goto st925;
st925:
	if ( ++p == pe )
		goto _test_eof925;
case 925:
#line 6096 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1182;
		case 10u: goto tr1183;
		case 13u: goto tr1184;
		case 32u: goto tr1182;
		case 37u: goto tr816;
		case 59u: goto tr1186;
	}
	if ( (*p) < 62u ) {
		if ( (*p) < 39u ) {
			if ( 33u <= (*p) && (*p) <= 34u )
				goto tr816;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 60u )
				goto tr816;
		} else
			goto tr816;
	} else if ( (*p) > 63u ) {
		if ( (*p) < 95u ) {
			if ( 65u <= (*p) && (*p) <= 93u )
				goto tr816;
		} else if ( (*p) > 123u ) {
			if ( 125u <= (*p) && (*p) <= 126u )
				goto tr816;
		} else
			goto tr816;
	} else
		goto tr816;
	goto st0;
case 681:
	switch( (*p) ) {
		case 70u: goto tr817;
		case 84u: goto tr818;
		case 102u: goto tr817;
		case 116u: goto tr818;
	}
	goto st0;
tr817:
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st682;
st682:
	if ( ++p == pe )
		goto _test_eof682;
case 682:
#line 6140 "gen/sip_headers.c"
	switch( (*p) ) {
		case 65u: goto st683;
		case 97u: goto st683;
	}
	goto st0;
st683:
	if ( ++p == pe )
		goto _test_eof683;
case 683:
	switch( (*p) ) {
		case 76u: goto st684;
		case 108u: goto st684;
	}
	goto st0;
st684:
	if ( ++p == pe )
		goto _test_eof684;
case 684:
	switch( (*p) ) {
		case 83u: goto st685;
		case 115u: goto st685;
	}
	goto st0;
st685:
	if ( ++p == pe )
		goto _test_eof685;
case 685:
	switch( (*p) ) {
		case 69u: goto st926;
		case 101u: goto st926;
	}
	goto st0;
st926:
	if ( ++p == pe )
		goto _test_eof926;
case 926:
	switch( (*p) ) {
		case 9u: goto tr1200;
		case 10u: goto tr1201;
		case 13u: goto tr1202;
		case 32u: goto tr1200;
		case 59u: goto tr1203;
	}
	goto st0;
tr1200:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st686;
tr1212:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st686;
st686:
	if ( ++p == pe )
		goto _test_eof686;
case 686:
#line 6194 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st686;
		case 10u: goto st687;
		case 13u: goto st690;
		case 32u: goto st686;
		case 59u: goto tr826;
	}
	goto st0;
tr1201:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st687;
tr1213:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st687;
st687:
	if ( ++p == pe )
		goto _test_eof687;
case 687:
#line 6212 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st688;
		case 32u: goto st688;
	}
	goto st0;
st688:
	if ( ++p == pe )
		goto _test_eof688;
case 688:
	switch( (*p) ) {
		case 9u: goto st688;
		case 32u: goto st688;
		case 59u: goto tr826;
	}
	goto st0;
tr826:
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st927;
tr1203:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st927;
tr1211:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st927;
st927:
	if ( ++p == pe )
		goto _test_eof927;
case 927:
#line 6242 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st927;
		case 10u: goto st689;
		case 13u: goto st738;
		case 32u: goto st927;
		case 33u: goto tr1206;
		case 37u: goto tr1206;
		case 39u: goto tr1206;
		case 59u: goto tr826;
		case 126u: goto tr1206;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1206;
		} else if ( (*p) >= 42u )
			goto tr1206;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1206;
		} else if ( (*p) >= 65u )
			goto tr1206;
	} else
		goto tr1206;
	goto st0;
st689:
	if ( ++p == pe )
		goto _test_eof689;
case 689:
	switch( (*p) ) {
		case 9u: goto st928;
		case 32u: goto st928;
	}
	goto st0;
st928:
	if ( ++p == pe )
		goto _test_eof928;
case 928:
	switch( (*p) ) {
		case 9u: goto st928;
		case 10u: goto st687;
		case 13u: goto st690;
		case 32u: goto st928;
		case 33u: goto tr1206;
		case 37u: goto tr1206;
		case 39u: goto tr1206;
		case 59u: goto tr826;
		case 126u: goto tr1206;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1206;
		} else if ( (*p) >= 42u )
			goto tr1206;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1206;
		} else if ( (*p) >= 65u )
			goto tr1206;
	} else
		goto tr1206;
	goto st0;
tr1202:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st690;
tr1214:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st690;
st690:
	if ( ++p == pe )
		goto _test_eof690;
case 690:
#line 6317 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st687;
	goto st0;
tr1210:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st929;
tr1206:
#line 31 "grammar/sip_headers.rl"
	{ pn = p; pv = NULL; hs->pend = 0; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st929;
st929:
	if ( ++p == pe )
		goto _test_eof929;
case 929:
#line 6331 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1207;
		case 10u: goto tr1208;
		case 13u: goto tr1209;
		case 32u: goto tr1207;
		case 33u: goto tr1210;
		case 37u: goto tr1210;
		case 39u: goto tr1210;
		case 59u: goto tr1211;
		case 61u: goto st694;
		case 126u: goto tr1210;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1210;
		} else if ( (*p) >= 42u )
			goto tr1210;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1210;
		} else if ( (*p) >= 65u )
			goto tr1210;
	} else
		goto tr1210;
	goto st0;
tr1207:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st691;
st691:
	if ( ++p == pe )
		goto _test_eof691;
case 691:
#line 6365 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st691;
		case 10u: goto st692;
		case 13u: goto st737;
		case 32u: goto st691;
		case 59u: goto tr826;
		case 61u: goto st694;
	}
	goto st0;
tr1208:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st692;
st692:
	if ( ++p == pe )
		goto _test_eof692;
case 692:
#line 6381 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st693;
		case 32u: goto st693;
	}
	goto st0;
st693:
	if ( ++p == pe )
		goto _test_eof693;
case 693:
	switch( (*p) ) {
		case 9u: goto st693;
		case 32u: goto st693;
		case 59u: goto tr826;
		case 61u: goto st694;
	}
	goto st0;
st694:
	if ( ++p == pe )
		goto _test_eof694;
case 694:
	switch( (*p) ) {
		case 9u: goto st694;
		case 10u: goto st695;
		case 13u: goto st736;
		case 32u: goto st694;
		case 33u: goto tr836;
		case 34u: goto tr837;
		case 37u: goto tr836;
		case 39u: goto tr836;
		case 91u: goto tr838;
		case 126u: goto tr836;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr836;
		} else if ( (*p) >= 42u )
			goto tr836;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr836;
		} else if ( (*p) >= 65u )
			goto tr836;
	} else
		goto tr836;
	goto st0;
st695:
	if ( ++p == pe )
		goto _test_eof695;
case 695:
	switch( (*p) ) {
		case 9u: goto st696;
		case 32u: goto st696;
	}
	goto st0;
st696:
	if ( ++p == pe )
		goto _test_eof696;
case 696:
	switch( (*p) ) {
		case 9u: goto st696;
		case 32u: goto st696;
		case 33u: goto tr836;
		case 34u: goto tr837;
		case 37u: goto tr836;
		case 39u: goto tr836;
		case 91u: goto tr838;
		case 126u: goto tr836;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr836;
		} else if ( (*p) >= 42u )
			goto tr836;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr836;
		} else if ( (*p) >= 65u )
			goto tr836;
	} else
		goto tr836;
	goto st0;
tr836:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st930;
st930:
	if ( ++p == pe )
		goto _test_eof930;
case 930:
#line 6473 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1212;
		case 10u: goto tr1213;
		case 13u: goto tr1214;
		case 32u: goto tr1212;
		case 33u: goto st930;
		case 37u: goto st930;
		case 39u: goto st930;
		case 59u: goto tr1211;
		case 126u: goto st930;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st930;
		} else if ( (*p) >= 42u )
			goto st930;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st930;
		} else if ( (*p) >= 65u )
			goto st930;
	} else
		goto st930;
	goto st0;
tr837:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st697;
tr843:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st697;
st697:
	if ( ++p == pe )
		goto _test_eof697;
case 697:
#line 6509 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st697;
		case 10u: goto st698;
		case 13u: goto st699;
		case 32u: goto st697;
		case 34u: goto st931;
		case 92u: goto st700;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr843;
st698:
	if ( ++p == pe )
		goto _test_eof698;
case 698:
	switch( (*p) ) {
		case 9u: goto st697;
		case 32u: goto st697;
	}
	goto st0;
st699:
	if ( ++p == pe )
		goto _test_eof699;
case 699:
	if ( (*p) == 10u )
		goto st698;
	goto st0;
st931:
	if ( ++p == pe )
		goto _test_eof931;
case 931:
	switch( (*p) ) {
		case 9u: goto tr1212;
		case 10u: goto tr1213;
		case 13u: goto tr1214;
		case 32u: goto tr1212;
		case 59u: goto tr1211;
	}
	goto st0;
st700:
	if ( ++p == pe )
		goto _test_eof700;
case 700:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st697;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st697;
	} else
		goto st697;
	goto st0;
tr838:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st701;
st701:
	if ( ++p == pe )
		goto _test_eof701;
case 701:
#line 6569 "gen/sip_headers.c"
	if ( (*p) == 58u )
		goto st735;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st702;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st702;
	} else
		goto st702;
	goto st0;
st702:
	if ( ++p == pe )
		goto _test_eof702;
case 702:
	switch( (*p) ) {
		case 58u: goto st706;
		case 93u: goto st931;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st703;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st703;
	} else
		goto st703;
	goto st0;
st703:
	if ( ++p == pe )
		goto _test_eof703;
case 703:
	switch( (*p) ) {
		case 58u: goto st706;
		case 93u: goto st931;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st704;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st704;
	} else
		goto st704;
	goto st0;
st704:
	if ( ++p == pe )
		goto _test_eof704;
case 704:
	switch( (*p) ) {
		case 58u: goto st706;
		case 93u: goto st931;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st705;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st705;
	} else
		goto st705;
	goto st0;
st705:
	if ( ++p == pe )
		goto _test_eof705;
case 705:
	switch( (*p) ) {
		case 58u: goto st706;
		case 93u: goto st931;
	}
	goto st0;
st706:
	if ( ++p == pe )
		goto _test_eof706;
case 706:
	if ( (*p) == 58u )
		goto st722;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st707;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st702;
	} else
		goto st702;
	goto st0;
st707:
	if ( ++p == pe )
		goto _test_eof707;
case 707:
	switch( (*p) ) {
		case 46u: goto st708;
		case 58u: goto st706;
		case 93u: goto st931;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st720;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st703;
	} else
		goto st703;
	goto st0;
st708:
	if ( ++p == pe )
		goto _test_eof708;
case 708:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st709;
	goto st0;
st709:
	if ( ++p == pe )
		goto _test_eof709;
case 709:
	if ( (*p) == 46u )
		goto st710;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st718;
	goto st0;
st710:
	if ( ++p == pe )
		goto _test_eof710;
case 710:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st711;
	goto st0;
st711:
	if ( ++p == pe )
		goto _test_eof711;
case 711:
	if ( (*p) == 46u )
		goto st712;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st716;
	goto st0;
st712:
	if ( ++p == pe )
		goto _test_eof712;
case 712:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st713;
	goto st0;
st713:
	if ( ++p == pe )
		goto _test_eof713;
case 713:
	if ( (*p) == 93u )
		goto st931;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st714;
	goto st0;
st714:
	if ( ++p == pe )
		goto _test_eof714;
case 714:
	if ( (*p) == 93u )
		goto st931;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st715;
	goto st0;
st715:
	if ( ++p == pe )
		goto _test_eof715;
case 715:
	if ( (*p) == 93u )
		goto st931;
	goto st0;
st716:
	if ( ++p == pe )
		goto _test_eof716;
case 716:
	if ( (*p) == 46u )
		goto st712;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st717;
	goto st0;
st717:
	if ( ++p == pe )
		goto _test_eof717;
case 717:
	if ( (*p) == 46u )
		goto st712;
	goto st0;
st718:
	if ( ++p == pe )
		goto _test_eof718;
case 718:
	if ( (*p) == 46u )
		goto st710;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st719;
	goto st0;
st719:
	if ( ++p == pe )
		goto _test_eof719;
case 719:
	if ( (*p) == 46u )
		goto st710;
	goto st0;
st720:
	if ( ++p == pe )
		goto _test_eof720;
case 720:
	switch( (*p) ) {
		case 46u: goto st708;
		case 58u: goto st706;
		case 93u: goto st931;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st721;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st704;
	} else
		goto st704;
	goto st0;
st721:
	if ( ++p == pe )
		goto _test_eof721;
case 721:
	switch( (*p) ) {
		case 46u: goto st708;
		case 58u: goto st706;
		case 93u: goto st931;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st705;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st705;
	} else
		goto st705;
	goto st0;
st722:
	if ( ++p == pe )
		goto _test_eof722;
case 722:
	switch( (*p) ) {
		case 58u: goto st731;
		case 93u: goto st931;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st723;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st728;
	} else
		goto st728;
	goto st0;
st723:
	if ( ++p == pe )
		goto _test_eof723;
case 723:
	switch( (*p) ) {
		case 46u: goto st708;
		case 58u: goto st727;
		case 93u: goto st931;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st724;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st729;
	} else
		goto st729;
	goto st0;
st724:
	if ( ++p == pe )
		goto _test_eof724;
case 724:
	switch( (*p) ) {
		case 46u: goto st708;
		case 58u: goto st727;
		case 93u: goto st931;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st725;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st730;
	} else
		goto st730;
	goto st0;
st725:
	if ( ++p == pe )
		goto _test_eof725;
case 725:
	switch( (*p) ) {
		case 46u: goto st708;
		case 58u: goto st727;
		case 93u: goto st931;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st726;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st726;
	} else
		goto st726;
	goto st0;
st726:
	if ( ++p == pe )
		goto _test_eof726;
case 726:
	switch( (*p) ) {
		case 58u: goto st727;
		case 93u: goto st931;
	}
	goto st0;
st727:
	if ( ++p == pe )
		goto _test_eof727;
case 727:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st723;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st728;
	} else
		goto st728;
	goto st0;
st728:
	if ( ++p == pe )
		goto _test_eof728;
case 728:
	switch( (*p) ) {
		case 58u: goto st727;
		case 93u: goto st931;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st729;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st729;
	} else
		goto st729;
	goto st0;
st729:
	if ( ++p == pe )
		goto _test_eof729;
case 729:
	switch( (*p) ) {
		case 58u: goto st727;
		case 93u: goto st931;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st730;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st730;
	} else
		goto st730;
	goto st0;
st730:
	if ( ++p == pe )
		goto _test_eof730;
case 730:
	switch( (*p) ) {
		case 58u: goto st727;
		case 93u: goto st931;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st726;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st726;
	} else
		goto st726;
	goto st0;
st731:
	if ( ++p == pe )
		goto _test_eof731;
case 731:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st732;
	goto st0;
st732:
	if ( ++p == pe )
		goto _test_eof732;
case 732:
	if ( (*p) == 46u )
		goto st708;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st733;
	goto st0;
st733:
	if ( ++p == pe )
		goto _test_eof733;
case 733:
	if ( (*p) == 46u )
		goto st708;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st734;
	goto st0;
st734:
	if ( ++p == pe )
		goto _test_eof734;
case 734:
	if ( (*p) == 46u )
		goto st708;
	goto st0;
st735:
	if ( ++p == pe )
		goto _test_eof735;
case 735:
	if ( (*p) == 58u )
		goto st722;
	goto st0;
st736:
	if ( ++p == pe )
		goto _test_eof736;
case 736:
	if ( (*p) == 10u )
		goto st695;
	goto st0;
tr1209:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st737;
st737:
	if ( ++p == pe )
		goto _test_eof737;
case 737:
#line 7002 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st692;
	goto st0;
st738:
	if ( ++p == pe )
		goto _test_eof738;
case 738:
	if ( (*p) == 10u )
		goto st689;
	goto st0;
tr818:
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st739;
st739:
	if ( ++p == pe )
		goto _test_eof739;
case 739:
#line 7019 "gen/sip_headers.c"
	switch( (*p) ) {
		case 82u: goto st740;
		case 114u: goto st740;
	}
	goto st0;
st740:
	if ( ++p == pe )
		goto _test_eof740;
case 740:
	switch( (*p) ) {
		case 85u: goto st685;
		case 117u: goto st685;
	}
	goto st0;
case 741:
	switch( (*p) ) {
		case 33u: goto tr882;
		case 37u: goto tr882;
		case 39u: goto tr882;
		case 126u: goto tr882;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr882;
		} else if ( (*p) >= 42u )
			goto tr882;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr882;
		} else if ( (*p) >= 65u )
			goto tr882;
	} else
		goto tr882;
	goto st0;
tr882:
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st742;
tr886:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st742;
st742:
	if ( ++p == pe )
		goto _test_eof742;
case 742:
#line 7066 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr883;
		case 10u: goto tr884;
		case 13u: goto tr885;
		case 32u: goto tr883;
		case 33u: goto tr886;
		case 37u: goto tr886;
		case 39u: goto tr886;
		case 126u: goto tr886;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr886;
		} else if ( (*p) >= 42u )
			goto tr886;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr886;
		} else if ( (*p) >= 65u )
			goto tr886;
	} else
		goto tr886;
	goto st0;
tr883:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st743;
tr1220:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st743;
st743:
	if ( ++p == pe )
		goto _test_eof743;
case 743:
#line 7101 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st743;
		case 10u: goto st744;
		case 13u: goto st763;
		case 32u: goto st743;
		case 33u: goto tr890;
		case 37u: goto tr890;
		case 39u: goto tr890;
		case 126u: goto tr890;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr890;
		} else if ( (*p) >= 42u )
			goto tr890;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr890;
		} else if ( (*p) >= 65u )
			goto tr890;
	} else
		goto tr890;
	goto st0;
tr884:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st744;
st744:
	if ( ++p == pe )
		goto _test_eof744;
case 744:
#line 7133 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st745;
		case 32u: goto st745;
	}
	goto st0;
st745:
	if ( ++p == pe )
		goto _test_eof745;
case 745:
	switch( (*p) ) {
		case 9u: goto st745;
		case 32u: goto st745;
		case 33u: goto tr890;
		case 37u: goto tr890;
		case 39u: goto tr890;
		case 126u: goto tr890;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr890;
		} else if ( (*p) >= 42u )
			goto tr890;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr890;
		} else if ( (*p) >= 65u )
			goto tr890;
	} else
		goto tr890;
	goto st0;
tr895:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st746;
tr890:
#line 31 "grammar/sip_headers.rl"
	{ pn = p; pv = NULL; hs->pend = 0; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st746;
st746:
	if ( ++p == pe )
		goto _test_eof746;
case 746:
#line 7176 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st747;
		case 10u: goto st748;
		case 13u: goto st762;
		case 32u: goto st747;
		case 33u: goto tr895;
		case 37u: goto tr895;
		case 39u: goto tr895;
		case 61u: goto st750;
		case 126u: goto tr895;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr895;
		} else if ( (*p) >= 42u )
			goto tr895;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr895;
		} else if ( (*p) >= 65u )
			goto tr895;
	} else
		goto tr895;
	goto st0;
st747:
	if ( ++p == pe )
		goto _test_eof747;
case 747:
	switch( (*p) ) {
		case 9u: goto st747;
		case 10u: goto st748;
		case 13u: goto st762;
		case 32u: goto st747;
		case 61u: goto st750;
	}
	goto st0;
st748:
	if ( ++p == pe )
		goto _test_eof748;
case 748:
	switch( (*p) ) {
		case 9u: goto st749;
		case 32u: goto st749;
	}
	goto st0;
st749:
	if ( ++p == pe )
		goto _test_eof749;
case 749:
	switch( (*p) ) {
		case 9u: goto st749;
		case 32u: goto st749;
		case 61u: goto st750;
	}
	goto st0;
st750:
	if ( ++p == pe )
		goto _test_eof750;
case 750:
	switch( (*p) ) {
		case 9u: goto st750;
		case 10u: goto st751;
		case 13u: goto st761;
		case 32u: goto st750;
		case 33u: goto tr900;
		case 34u: goto tr901;
		case 37u: goto tr900;
		case 39u: goto tr900;
		case 126u: goto tr900;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr900;
		} else if ( (*p) >= 42u )
			goto tr900;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr900;
		} else if ( (*p) >= 65u )
			goto tr900;
	} else
		goto tr900;
	goto st0;
st751:
	if ( ++p == pe )
		goto _test_eof751;
case 751:
	switch( (*p) ) {
		case 9u: goto st752;
		case 32u: goto st752;
	}
	goto st0;
st752:
	if ( ++p == pe )
		goto _test_eof752;
case 752:
	switch( (*p) ) {
		case 9u: goto st752;
		case 32u: goto st752;
		case 33u: goto tr900;
		case 34u: goto tr901;
		case 37u: goto tr900;
		case 39u: goto tr900;
		case 126u: goto tr900;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr900;
		} else if ( (*p) >= 42u )
			goto tr900;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr900;
		} else if ( (*p) >= 65u )
			goto tr900;
	} else
		goto tr900;
	goto st0;
tr1219:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st932;
tr900:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st932;
st932:
	if ( ++p == pe )
		goto _test_eof932;
case 932:
#line 7311 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1216;
		case 10u: goto tr1217;
		case 13u: goto tr1218;
		case 32u: goto tr1216;
		case 33u: goto tr1219;
		case 37u: goto tr1219;
		case 39u: goto tr1219;
		case 44u: goto tr1220;
		case 126u: goto tr1219;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1219;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1219;
		} else if ( (*p) >= 65u )
			goto tr1219;
	} else
		goto tr1219;
	goto st0;
tr1216:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st753;
st753:
	if ( ++p == pe )
		goto _test_eof753;
case 753:
#line 7341 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st753;
		case 10u: goto st754;
		case 13u: goto st756;
		case 32u: goto st753;
		case 44u: goto st743;
	}
	goto st0;
tr1217:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st754;
st754:
	if ( ++p == pe )
		goto _test_eof754;
case 754:
#line 7356 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st755;
		case 32u: goto st755;
	}
	goto st0;
st755:
	if ( ++p == pe )
		goto _test_eof755;
case 755:
	switch( (*p) ) {
		case 9u: goto st755;
		case 32u: goto st755;
		case 44u: goto st743;
	}
	goto st0;
tr1218:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st756;
st756:
	if ( ++p == pe )
		goto _test_eof756;
case 756:
#line 7378 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st754;
	goto st0;
tr901:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st757;
tr910:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st757;
st757:
	if ( ++p == pe )
		goto _test_eof757;
case 757:
#line 7391 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st757;
		case 10u: goto st758;
		case 13u: goto st759;
		case 32u: goto st757;
		case 34u: goto st933;
		case 92u: goto st760;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr910;
st758:
	if ( ++p == pe )
		goto _test_eof758;
case 758:
	switch( (*p) ) {
		case 9u: goto st757;
		case 32u: goto st757;
	}
	goto st0;
st759:
	if ( ++p == pe )
		goto _test_eof759;
case 759:
	if ( (*p) == 10u )
		goto st758;
	goto st0;
st933:
	if ( ++p == pe )
		goto _test_eof933;
case 933:
	switch( (*p) ) {
		case 9u: goto tr1216;
		case 10u: goto tr1217;
		case 13u: goto tr1218;
		case 32u: goto tr1216;
		case 44u: goto tr1220;
	}
	goto st0;
st760:
	if ( ++p == pe )
		goto _test_eof760;
case 760:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st757;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st757;
	} else
		goto st757;
	goto st0;
st761:
	if ( ++p == pe )
		goto _test_eof761;
case 761:
	if ( (*p) == 10u )
		goto st751;
	goto st0;
st762:
	if ( ++p == pe )
		goto _test_eof762;
case 762:
	if ( (*p) == 10u )
		goto st748;
	goto st0;
tr885:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st763;
st763:
	if ( ++p == pe )
		goto _test_eof763;
case 763:
#line 7465 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st744;
	goto st0;
case 764:
	switch( (*p) ) {
		case 70u: goto st765;
		case 77u: goto st809;
		case 83u: goto st811;
		case 84u: goto st813;
		case 87u: goto st816;
	}
	goto st0;
st765:
	if ( ++p == pe )
		goto _test_eof765;
case 765:
	if ( (*p) == 114u )
		goto st766;
	goto st0;
st766:
	if ( ++p == pe )
		goto _test_eof766;
case 766:
	if ( (*p) == 105u )
		goto st767;
	goto st0;
st767:
	if ( ++p == pe )
		goto _test_eof767;
case 767:
	if ( (*p) == 44u )
		goto st768;
	goto st0;
st768:
	if ( ++p == pe )
		goto _test_eof768;
case 768:
	if ( (*p) == 32u )
		goto st769;
	goto st0;
st769:
	if ( ++p == pe )
		goto _test_eof769;
case 769:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr922;
	goto st0;
tr922:
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st770;
st770:
	if ( ++p == pe )
		goto _test_eof770;
case 770:
#line 7519 "gen/sip_headers.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st771;
	goto st0;
st771:
	if ( ++p == pe )
		goto _test_eof771;
case 771:
	if ( (*p) == 32u )
		goto tr924;
	goto st0;
tr924:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st772;
st772:
	if ( ++p == pe )
		goto _test_eof772;
case 772:
#line 7536 "gen/sip_headers.c"
	switch( (*p) ) {
		case 65u: goto st773;
		case 68u: goto st794;
		case 70u: goto st796;
		case 74u: goto st798;
		case 77u: goto st801;
		case 78u: goto st803;
		case 79u: goto st805;
		case 83u: goto st807;
	}
	goto st0;
st773:
	if ( ++p == pe )
		goto _test_eof773;
case 773:
	switch( (*p) ) {
		case 112u: goto st774;
		case 117u: goto st793;
	}
	goto st0;
st774:
	if ( ++p == pe )
		goto _test_eof774;
case 774:
	if ( (*p) == 114u )
		goto tr935;
	goto st0;
tr935:
#line 116 "grammar/sip_headers.rl"
	{ hs->month = 4; }
	goto st775;
tr954:
#line 117 "grammar/sip_headers.rl"
	{ hs->month = 8; }
	goto st775;
tr956:
#line 118 "grammar/sip_headers.rl"
	{ hs->month = 12; }
	goto st775;
tr958:
#line 115 "grammar/sip_headers.rl"
	{ hs->month = 2; }
	goto st775;
tr961:
#line 115 "grammar/sip_headers.rl"
	{ hs->month = 1; }
	goto st775;
tr962:
#line 117 "grammar/sip_headers.rl"
	{ hs->month = 7; }
	goto st775;
tr963:
#line 116 "grammar/sip_headers.rl"
	{ hs->month = 6; }
	goto st775;
tr965:
#line 115 "grammar/sip_headers.rl"
	{ hs->month = 3; }
	goto st775;
tr966:
#line 116 "grammar/sip_headers.rl"
	{ hs->month = 5; }
	goto st775;
tr968:
#line 118 "grammar/sip_headers.rl"
	{ hs->month = 11; }
	goto st775;
tr970:
#line 118 "grammar/sip_headers.rl"
	{ hs->month = 10; }
	goto st775;
tr972:
#line 117 "grammar/sip_headers.rl"
	{ hs->month = 9; }
	goto st775;
st775:
	if ( ++p == pe )
		goto _test_eof775;
case 775:
#line 7603 "gen/sip_headers.c"
	if ( (*p) == 32u )
		goto st776;
	goto st0;
st776:
	if ( ++p == pe )
		goto _test_eof776;
case 776:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr937;
	goto st0;
tr937:
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
	goto st777;
st777:
	if ( ++p == pe )
		goto _test_eof777;
case 777:
#line 7620 "gen/sip_headers.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st778;
	goto st0;
st778:
	if ( ++p == pe )
		goto _test_eof778;
case 778:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st779;
	goto st0;
st779:
	if ( ++p == pe )
		goto _test_eof779;
case 779:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st780;
	goto st0;
st780:
	if ( ++p == pe )
		goto _test_eof780;
case 780:
	if ( (*p) == 32u )
		goto tr941;
	goto st0;
tr941:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st781;
st781:
	if ( ++p == pe )
		goto _test_eof781;
case 781:
#line 7651 "gen/sip_headers.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr942;
	goto st0;
tr942:
#line 25 "grammar/sip_headers.rl"
	{ hs->c_s = p; }
	goto st782;
st782:
	if ( ++p == pe )
		goto _test_eof782;
case 782:
#line 7661 "gen/sip_headers.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st783;
	goto st0;
st783:
	if ( ++p == pe )
		goto _test_eof783;
case 783:
	if ( (*p) == 58u )
		goto tr944;
	goto st0;
tr944:
#line 26 "grammar/sip_headers.rl"
	{ hs->c_e = p; }
	goto st784;
st784:
	if ( ++p == pe )
		goto _test_eof784;
case 784:
#line 7678 "gen/sip_headers.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr945;
	goto st0;
tr945:
#line 27 "grammar/sip_headers.rl"
	{ hs->d_s = p; }
	goto st785;
st785:
	if ( ++p == pe )
		goto _test_eof785;
case 785:
#line 7688 "gen/sip_headers.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st786;
	goto st0;
st786:
	if ( ++p == pe )
		goto _test_eof786;
case 786:
	if ( (*p) == 58u )
		goto tr947;
	goto st0;
tr947:
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	goto st787;
st787:
	if ( ++p == pe )
		goto _test_eof787;
case 787:
#line 7705 "gen/sip_headers.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr948;
	goto st0;
tr948:
#line 29 "grammar/sip_headers.rl"
	{ hs->e_s = p; }
	goto st788;
st788:
	if ( ++p == pe )
		goto _test_eof788;
case 788:
#line 7715 "gen/sip_headers.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st789;
	goto st0;
st789:
	if ( ++p == pe )
		goto _test_eof789;
case 789:
	if ( (*p) == 32u )
		goto tr950;
	goto st0;
tr950:
#line 30 "grammar/sip_headers.rl"
	{ hs->e_e = p; }
	goto st790;
st790:
	if ( ++p == pe )
		goto _test_eof790;
case 790:
#line 7732 "gen/sip_headers.c"
	if ( (*p) == 71u )
		goto st791;
	goto st0;
st791:
	if ( ++p == pe )
		goto _test_eof791;
case 791:
	if ( (*p) == 77u )
		goto st792;
	goto st0;
st792:
	if ( ++p == pe )
		goto _test_eof792;
case 792:
	if ( (*p) == 84u )
		goto st934;
	goto st0;
st934:
	if ( ++p == pe )
		goto _test_eof934;
case 934:
	goto st0;
st793:
	if ( ++p == pe )
		goto _test_eof793;
case 793:
	if ( (*p) == 103u )
		goto tr954;
	goto st0;
st794:
	if ( ++p == pe )
		goto _test_eof794;
case 794:
	if ( (*p) == 101u )
		goto st795;
	goto st0;
st795:
	if ( ++p == pe )
		goto _test_eof795;
case 795:
	if ( (*p) == 99u )
		goto tr956;
	goto st0;
st796:
	if ( ++p == pe )
		goto _test_eof796;
case 796:
	if ( (*p) == 101u )
		goto st797;
	goto st0;
st797:
	if ( ++p == pe )
		goto _test_eof797;
case 797:
	if ( (*p) == 98u )
		goto tr958;
	goto st0;
st798:
	if ( ++p == pe )
		goto _test_eof798;
case 798:
	switch( (*p) ) {
		case 97u: goto st799;
		case 117u: goto st800;
	}
	goto st0;
st799:
	if ( ++p == pe )
		goto _test_eof799;
case 799:
	if ( (*p) == 110u )
		goto tr961;
	goto st0;
st800:
	if ( ++p == pe )
		goto _test_eof800;
case 800:
	switch( (*p) ) {
		case 108u: goto tr962;
		case 110u: goto tr963;
	}
	goto st0;
st801:
	if ( ++p == pe )
		goto _test_eof801;
case 801:
	if ( (*p) == 97u )
		goto st802;
	goto st0;
st802:
	if ( ++p == pe )
		goto _test_eof802;
case 802:
	switch( (*p) ) {
		case 114u: goto tr965;
		case 121u: goto tr966;
	}
	goto st0;
st803:
	if ( ++p == pe )
		goto _test_eof803;
case 803:
	if ( (*p) == 111u )
		goto st804;
	goto st0;
st804:
	if ( ++p == pe )
		goto _test_eof804;
case 804:
	if ( (*p) == 118u )
		goto tr968;
	goto st0;
st805:
	if ( ++p == pe )
		goto _test_eof805;
case 805:
	if ( (*p) == 99u )
		goto st806;
	goto st0;
st806:
	if ( ++p == pe )
		goto _test_eof806;
case 806:
	if ( (*p) == 116u )
		goto tr970;
	goto st0;
st807:
	if ( ++p == pe )
		goto _test_eof807;
case 807:
	if ( (*p) == 101u )
		goto st808;
	goto st0;
st808:
	if ( ++p == pe )
		goto _test_eof808;
case 808:
	if ( (*p) == 112u )
		goto tr972;
	goto st0;
st809:
	if ( ++p == pe )
		goto _test_eof809;
case 809:
	if ( (*p) == 111u )
		goto st810;
	goto st0;
st810:
	if ( ++p == pe )
		goto _test_eof810;
case 810:
	if ( (*p) == 110u )
		goto st767;
	goto st0;
st811:
	if ( ++p == pe )
		goto _test_eof811;
case 811:
	switch( (*p) ) {
		case 97u: goto st812;
		case 117u: goto st810;
	}
	goto st0;
st812:
	if ( ++p == pe )
		goto _test_eof812;
case 812:
	if ( (*p) == 116u )
		goto st767;
	goto st0;
st813:
	if ( ++p == pe )
		goto _test_eof813;
case 813:
	switch( (*p) ) {
		case 104u: goto st814;
		case 117u: goto st815;
	}
	goto st0;
st814:
	if ( ++p == pe )
		goto _test_eof814;
case 814:
	if ( (*p) == 117u )
		goto st767;
	goto st0;
st815:
	if ( ++p == pe )
		goto _test_eof815;
case 815:
	if ( (*p) == 101u )
		goto st767;
	goto st0;
st816:
	if ( ++p == pe )
		goto _test_eof816;
case 816:
	if ( (*p) == 101u )
		goto st817;
	goto st0;
st817:
	if ( ++p == pe )
		goto _test_eof817;
case 817:
	if ( (*p) == 100u )
		goto st767;
	goto st0;
case 825:
	switch( (*p) ) {
		case 9u: goto st67;
		case 10u: goto st68;
		case 13u: goto st71;
		case 32u: goto st67;
		case 33u: goto tr1000;
		case 37u: goto tr1000;
		case 39u: goto tr1000;
		case 44u: goto tr77;
		case 126u: goto tr1000;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1000;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1000;
		} else if ( (*p) >= 65u )
			goto tr1000;
	} else
		goto tr1000;
	goto st0;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
	switch( (*p) ) {
		case 9u: goto st67;
		case 10u: goto st68;
		case 13u: goto st71;
		case 32u: goto st67;
		case 44u: goto tr77;
	}
	goto st0;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
	switch( (*p) ) {
		case 9u: goto st69;
		case 32u: goto st69;
	}
	goto st0;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
	switch( (*p) ) {
		case 9u: goto st69;
		case 32u: goto st69;
		case 44u: goto tr77;
	}
	goto st0;
tr77:
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st826;
tr1006:
#line 38 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_NAME; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st826;
tr1013:
#line 30 "grammar/sip_headers.rl"
	{ hs->e_e = p; }
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st826;
tr1023:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st826;
tr1049:
#line 37 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_IPV4; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st826;
st826:
	if ( ++p == pe )
		goto _test_eof826;
case 826:
#line 8019 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st826;
		case 10u: goto st70;
		case 13u: goto st223;
		case 32u: goto st826;
		case 33u: goto tr1000;
		case 37u: goto tr1000;
		case 39u: goto tr1000;
		case 44u: goto tr77;
		case 126u: goto tr1000;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1000;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1000;
		} else if ( (*p) >= 65u )
			goto tr1000;
	} else
		goto tr1000;
	goto st0;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
	switch( (*p) ) {
		case 9u: goto st827;
		case 32u: goto st827;
	}
	goto st0;
st827:
	if ( ++p == pe )
		goto _test_eof827;
case 827:
	switch( (*p) ) {
		case 9u: goto st827;
		case 10u: goto st68;
		case 13u: goto st71;
		case 32u: goto st827;
		case 33u: goto tr1000;
		case 37u: goto tr1000;
		case 39u: goto tr1000;
		case 44u: goto tr77;
		case 126u: goto tr1000;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1000;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1000;
		} else if ( (*p) >= 65u )
			goto tr1000;
	} else
		goto tr1000;
	goto st0;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
	if ( (*p) == 10u )
		goto st68;
	goto st0;
tr1000:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st72;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
#line 8093 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr80;
		case 10u: goto tr81;
		case 13u: goto tr82;
		case 32u: goto tr80;
		case 33u: goto st72;
		case 37u: goto st72;
		case 39u: goto st72;
		case 47u: goto tr84;
		case 126u: goto st72;
	}
	if ( (*p) < 45u ) {
		if ( 42u <= (*p) && (*p) <= 43u )
			goto st72;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st72;
		} else if ( (*p) >= 65u )
			goto st72;
	} else
		goto st72;
	goto st0;
tr80:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st73;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
#line 8123 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st73;
		case 10u: goto st74;
		case 13u: goto st222;
		case 32u: goto st73;
		case 47u: goto st76;
	}
	goto st0;
tr81:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st74;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
#line 8138 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st75;
		case 32u: goto st75;
	}
	goto st0;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
	switch( (*p) ) {
		case 9u: goto st75;
		case 32u: goto st75;
		case 47u: goto st76;
	}
	goto st0;
tr84:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st76;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
#line 8160 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st76;
		case 10u: goto st77;
		case 13u: goto st221;
		case 32u: goto st76;
		case 33u: goto tr92;
		case 37u: goto tr92;
		case 39u: goto tr92;
		case 126u: goto tr92;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr92;
		} else if ( (*p) >= 42u )
			goto tr92;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr92;
		} else if ( (*p) >= 65u )
			goto tr92;
	} else
		goto tr92;
	goto st0;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
	switch( (*p) ) {
		case 9u: goto st78;
		case 32u: goto st78;
	}
	goto st0;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
	switch( (*p) ) {
		case 9u: goto st78;
		case 32u: goto st78;
		case 33u: goto tr92;
		case 37u: goto tr92;
		case 39u: goto tr92;
		case 126u: goto tr92;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr92;
		} else if ( (*p) >= 42u )
			goto tr92;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr92;
		} else if ( (*p) >= 65u )
			goto tr92;
	} else
		goto tr92;
	goto st0;
tr92:
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
	goto st79;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
#line 8228 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr94;
		case 10u: goto tr95;
		case 13u: goto tr96;
		case 32u: goto tr94;
		case 33u: goto st79;
		case 37u: goto st79;
		case 39u: goto st79;
		case 47u: goto tr98;
		case 126u: goto st79;
	}
	if ( (*p) < 45u ) {
		if ( 42u <= (*p) && (*p) <= 43u )
			goto st79;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st79;
		} else if ( (*p) >= 65u )
			goto st79;
	} else
		goto st79;
	goto st0;
tr94:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st80;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
#line 8258 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st80;
		case 10u: goto st81;
		case 13u: goto st220;
		case 32u: goto st80;
		case 47u: goto st83;
	}
	goto st0;
tr95:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st81;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
#line 8273 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st82;
		case 32u: goto st82;
	}
	goto st0;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
	switch( (*p) ) {
		case 9u: goto st82;
		case 32u: goto st82;
		case 47u: goto st83;
	}
	goto st0;
tr98:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st83;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
#line 8295 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st83;
		case 10u: goto st84;
		case 13u: goto st219;
		case 32u: goto st83;
		case 33u: goto tr106;
		case 37u: goto tr106;
		case 39u: goto tr106;
		case 126u: goto tr106;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr106;
		} else if ( (*p) >= 42u )
			goto tr106;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr106;
		} else if ( (*p) >= 65u )
			goto tr106;
	} else
		goto tr106;
	goto st0;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
	switch( (*p) ) {
		case 9u: goto st85;
		case 32u: goto st85;
	}
	goto st0;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
	switch( (*p) ) {
		case 9u: goto st85;
		case 32u: goto st85;
		case 33u: goto tr106;
		case 37u: goto tr106;
		case 39u: goto tr106;
		case 126u: goto tr106;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr106;
		} else if ( (*p) >= 42u )
			goto tr106;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr106;
		} else if ( (*p) >= 65u )
			goto tr106;
	} else
		goto tr106;
	goto st0;
tr106:
#line 25 "grammar/sip_headers.rl"
	{ hs->c_s = p; }
	goto st86;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
#line 8363 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr108;
		case 10u: goto tr109;
		case 13u: goto tr110;
		case 32u: goto tr108;
		case 33u: goto st86;
		case 37u: goto st86;
		case 39u: goto st86;
		case 126u: goto st86;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st86;
		} else if ( (*p) >= 42u )
			goto st86;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st86;
		} else if ( (*p) >= 65u )
			goto st86;
	} else
		goto st86;
	goto st0;
tr108:
#line 26 "grammar/sip_headers.rl"
	{ hs->c_e = p; }
	goto st87;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
#line 8395 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st87;
		case 10u: goto st88;
		case 13u: goto st218;
		case 32u: goto st87;
		case 91u: goto st183;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr115;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr116;
	} else
		goto tr116;
	goto st0;
tr109:
#line 26 "grammar/sip_headers.rl"
	{ hs->c_e = p; }
	goto st88;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
#line 8418 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st89;
		case 32u: goto st89;
	}
	goto st0;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
	switch( (*p) ) {
		case 9u: goto st89;
		case 32u: goto st89;
		case 91u: goto st183;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr115;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr116;
	} else
		goto tr116;
	goto st0;
tr115:
#line 27 "grammar/sip_headers.rl"
	{ hs->d_s = p; }
	goto st90;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
#line 8448 "gen/sip_headers.c"
	switch( (*p) ) {
		case 45u: goto st91;
		case 46u: goto st172;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st181;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st92;
	} else
		goto st92;
	goto st0;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
	if ( (*p) == 45u )
		goto st91;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st92;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st92;
	} else
		goto st92;
	goto st0;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
	switch( (*p) ) {
		case 45u: goto st91;
		case 46u: goto st93;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st92;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st92;
	} else
		goto st92;
	goto st0;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st92;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st828;
	} else
		goto st828;
	goto st0;
tr116:
#line 27 "grammar/sip_headers.rl"
	{ hs->d_s = p; }
	goto st828;
st828:
	if ( ++p == pe )
		goto _test_eof828;
case 828:
#line 8513 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1003;
		case 10u: goto tr1004;
		case 13u: goto tr1005;
		case 32u: goto tr1003;
		case 44u: goto tr1006;
		case 45u: goto st171;
		case 46u: goto st856;
		case 58u: goto tr1008;
		case 59u: goto tr1009;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st828;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st828;
	} else
		goto st828;
	goto st0;
tr1003:
#line 38 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_NAME; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	goto st94;
tr1046:
#line 37 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_IPV4; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	goto st94;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
#line 8545 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st94;
		case 10u: goto st95;
		case 13u: goto st170;
		case 32u: goto st94;
		case 44u: goto tr77;
		case 58u: goto st97;
		case 59u: goto tr129;
	}
	goto st0;
tr1004:
#line 38 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_NAME; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	goto st95;
tr1047:
#line 37 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_IPV4; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	goto st95;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
#line 8567 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st96;
		case 32u: goto st96;
	}
	goto st0;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
	switch( (*p) ) {
		case 9u: goto st96;
		case 32u: goto st96;
		case 44u: goto tr77;
		case 58u: goto st97;
		case 59u: goto tr129;
	}
	goto st0;
tr1008:
#line 38 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_NAME; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	goto st97;
tr1051:
#line 37 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_IPV4; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	goto st97;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
#line 8596 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st97;
		case 10u: goto st98;
		case 13u: goto st169;
		case 32u: goto st97;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr133;
	goto st0;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
	switch( (*p) ) {
		case 9u: goto st99;
		case 32u: goto st99;
	}
	goto st0;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
	switch( (*p) ) {
		case 9u: goto st99;
		case 32u: goto st99;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr133;
	goto st0;
tr133:
#line 29 "grammar/sip_headers.rl"
	{ hs->e_s = p; }
	goto st829;
st829:
	if ( ++p == pe )
		goto _test_eof829;
case 829:
#line 8632 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1010;
		case 10u: goto tr1011;
		case 13u: goto tr1012;
		case 32u: goto tr1010;
		case 44u: goto tr1013;
		case 59u: goto tr1015;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st829;
	goto st0;
tr1010:
#line 30 "grammar/sip_headers.rl"
	{ hs->e_e = p; }
	goto st100;
tr1025:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st100;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
#line 8653 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st100;
		case 10u: goto st101;
		case 13u: goto st104;
		case 32u: goto st100;
		case 44u: goto tr77;
		case 59u: goto tr129;
	}
	goto st0;
tr1011:
#line 30 "grammar/sip_headers.rl"
	{ hs->e_e = p; }
	goto st101;
tr1026:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st101;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
#line 8672 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st102;
		case 32u: goto st102;
	}
	goto st0;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
	switch( (*p) ) {
		case 9u: goto st102;
		case 32u: goto st102;
		case 44u: goto tr77;
		case 59u: goto tr129;
	}
	goto st0;
tr129:
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st830;
tr1024:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st830;
tr1009:
#line 38 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_NAME; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st830;
tr1015:
#line 30 "grammar/sip_headers.rl"
	{ hs->e_e = p; }
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st830;
tr1052:
#line 37 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_IPV4; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st830;
st830:
	if ( ++p == pe )
		goto _test_eof830;
case 830:
#line 8713 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st830;
		case 10u: goto st103;
		case 13u: goto st168;
		case 32u: goto st830;
		case 33u: goto tr1018;
		case 37u: goto tr1018;
		case 39u: goto tr1018;
		case 44u: goto tr77;
		case 59u: goto tr129;
		case 126u: goto tr1018;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1018;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1018;
		} else if ( (*p) >= 65u )
			goto tr1018;
	} else
		goto tr1018;
	goto st0;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
	switch( (*p) ) {
		case 9u: goto st831;
		case 32u: goto st831;
	}
	goto st0;
st831:
	if ( ++p == pe )
		goto _test_eof831;
case 831:
	switch( (*p) ) {
		case 9u: goto st831;
		case 10u: goto st101;
		case 13u: goto st104;
		case 32u: goto st831;
		case 33u: goto tr1018;
		case 37u: goto tr1018;
		case 39u: goto tr1018;
		case 44u: goto tr77;
		case 59u: goto tr129;
		case 126u: goto tr1018;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1018;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1018;
		} else if ( (*p) >= 65u )
			goto tr1018;
	} else
		goto tr1018;
	goto st0;
tr1012:
#line 30 "grammar/sip_headers.rl"
	{ hs->e_e = p; }
	goto st104;
tr1027:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st104;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
#line 8784 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st101;
	goto st0;
tr1022:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st832;
tr1018:
#line 31 "grammar/sip_headers.rl"
	{ pn = p; pv = NULL; hs->pend = 0; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st832;
st832:
	if ( ++p == pe )
		goto _test_eof832;
case 832:
#line 8798 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1019;
		case 10u: goto tr1020;
		case 13u: goto tr1021;
		case 32u: goto tr1019;
		case 33u: goto tr1022;
		case 37u: goto tr1022;
		case 39u: goto tr1022;
		case 44u: goto tr1023;
		case 59u: goto tr1024;
		case 61u: goto st108;
		case 126u: goto tr1022;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1022;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1022;
		} else if ( (*p) >= 65u )
			goto tr1022;
	} else
		goto tr1022;
	goto st0;
tr1019:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st105;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
#line 8830 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st105;
		case 10u: goto st106;
		case 13u: goto st167;
		case 32u: goto st105;
		case 44u: goto tr77;
		case 59u: goto tr129;
		case 61u: goto st108;
	}
	goto st0;
tr1020:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st106;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
#line 8847 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st107;
		case 32u: goto st107;
	}
	goto st0;
st107:
	if ( ++p == pe )
		goto _test_eof107;
case 107:
	switch( (*p) ) {
		case 9u: goto st107;
		case 32u: goto st107;
		case 44u: goto tr77;
		case 59u: goto tr129;
		case 61u: goto st108;
	}
	goto st0;
st108:
	if ( ++p == pe )
		goto _test_eof108;
case 108:
	switch( (*p) ) {
		case 9u: goto st108;
		case 10u: goto st109;
		case 13u: goto st166;
		case 32u: goto st108;
		case 33u: goto tr147;
		case 34u: goto tr148;
		case 37u: goto tr147;
		case 39u: goto tr147;
		case 58u: goto tr150;
		case 91u: goto tr151;
		case 126u: goto tr147;
	}
	if ( (*p) < 65u ) {
		if ( (*p) < 45u ) {
			if ( 42u <= (*p) && (*p) <= 43u )
				goto tr147;
		} else if ( (*p) > 46u ) {
			if ( 48u <= (*p) && (*p) <= 57u )
				goto tr149;
		} else
			goto tr147;
	} else if ( (*p) > 70u ) {
		if ( (*p) < 95u ) {
			if ( 71u <= (*p) && (*p) <= 90u )
				goto tr147;
		} else if ( (*p) > 96u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 122u )
					goto tr147;
			} else if ( (*p) >= 97u )
				goto tr149;
		} else
			goto tr147;
	} else
		goto tr149;
	goto st0;
st109:
	if ( ++p == pe )
		goto _test_eof109;
case 109:
	switch( (*p) ) {
		case 9u: goto st110;
		case 32u: goto st110;
	}
	goto st0;
st110:
	if ( ++p == pe )
		goto _test_eof110;
case 110:
	switch( (*p) ) {
		case 9u: goto st110;
		case 32u: goto st110;
		case 33u: goto tr147;
		case 34u: goto tr148;
		case 37u: goto tr147;
		case 39u: goto tr147;
		case 58u: goto tr150;
		case 91u: goto tr151;
		case 126u: goto tr147;
	}
	if ( (*p) < 65u ) {
		if ( (*p) < 45u ) {
			if ( 42u <= (*p) && (*p) <= 43u )
				goto tr147;
		} else if ( (*p) > 46u ) {
			if ( 48u <= (*p) && (*p) <= 57u )
				goto tr149;
		} else
			goto tr147;
	} else if ( (*p) > 70u ) {
		if ( (*p) < 95u ) {
			if ( 71u <= (*p) && (*p) <= 90u )
				goto tr147;
		} else if ( (*p) > 96u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 122u )
					goto tr147;
			} else if ( (*p) >= 97u )
				goto tr149;
		} else
			goto tr147;
	} else
		goto tr149;
	goto st0;
tr147:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st833;
st833:
	if ( ++p == pe )
		goto _test_eof833;
case 833:
#line 8960 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1025;
		case 10u: goto tr1026;
		case 13u: goto tr1027;
		case 32u: goto tr1025;
		case 33u: goto st833;
		case 37u: goto st833;
		case 39u: goto st833;
		case 44u: goto tr1023;
		case 59u: goto tr1024;
		case 126u: goto st833;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto st833;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st833;
		} else if ( (*p) >= 65u )
			goto st833;
	} else
		goto st833;
	goto st0;
tr148:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st111;
tr156:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st111;
st111:
	if ( ++p == pe )
		goto _test_eof111;
case 111:
#line 8994 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st111;
		case 10u: goto st112;
		case 13u: goto st113;
		case 32u: goto st111;
		case 34u: goto st834;
		case 92u: goto st114;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr156;
st112:
	if ( ++p == pe )
		goto _test_eof112;
case 112:
	switch( (*p) ) {
		case 9u: goto st111;
		case 32u: goto st111;
	}
	goto st0;
st113:
	if ( ++p == pe )
		goto _test_eof113;
case 113:
	if ( (*p) == 10u )
		goto st112;
	goto st0;
st834:
	if ( ++p == pe )
		goto _test_eof834;
case 834:
	switch( (*p) ) {
		case 9u: goto tr1025;
		case 10u: goto tr1026;
		case 13u: goto tr1027;
		case 32u: goto tr1025;
		case 44u: goto tr1023;
		case 59u: goto tr1024;
	}
	goto st0;
st114:
	if ( ++p == pe )
		goto _test_eof114;
case 114:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st111;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st111;
	} else
		goto st111;
	goto st0;
tr149:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st835;
st835:
	if ( ++p == pe )
		goto _test_eof835;
case 835:
#line 9055 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1025;
		case 10u: goto tr1026;
		case 13u: goto tr1027;
		case 32u: goto tr1025;
		case 33u: goto st833;
		case 37u: goto st833;
		case 39u: goto st833;
		case 44u: goto tr1023;
		case 58u: goto st115;
		case 59u: goto tr1024;
		case 126u: goto st833;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 42u <= (*p) && (*p) <= 46u )
				goto st833;
		} else if ( (*p) > 57u ) {
			if ( 65u <= (*p) && (*p) <= 70u )
				goto st836;
		} else
			goto st836;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 97u ) {
			if ( 95u <= (*p) && (*p) <= 96u )
				goto st833;
		} else if ( (*p) > 102u ) {
			if ( 103u <= (*p) && (*p) <= 122u )
				goto st833;
		} else
			goto st836;
	} else
		goto st833;
	goto st0;
st836:
	if ( ++p == pe )
		goto _test_eof836;
case 836:
	switch( (*p) ) {
		case 9u: goto tr1025;
		case 10u: goto tr1026;
		case 13u: goto tr1027;
		case 32u: goto tr1025;
		case 33u: goto st833;
		case 37u: goto st833;
		case 39u: goto st833;
		case 44u: goto tr1023;
		case 58u: goto st115;
		case 59u: goto tr1024;
		case 126u: goto st833;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 42u <= (*p) && (*p) <= 46u )
				goto st833;
		} else if ( (*p) > 57u ) {
			if ( 65u <= (*p) && (*p) <= 70u )
				goto st837;
		} else
			goto st837;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 97u ) {
			if ( 95u <= (*p) && (*p) <= 96u )
				goto st833;
		} else if ( (*p) > 102u ) {
			if ( 103u <= (*p) && (*p) <= 122u )
				goto st833;
		} else
			goto st837;
	} else
		goto st833;
	goto st0;
st837:
	if ( ++p == pe )
		goto _test_eof837;
case 837:
	switch( (*p) ) {
		case 9u: goto tr1025;
		case 10u: goto tr1026;
		case 13u: goto tr1027;
		case 32u: goto tr1025;
		case 33u: goto st833;
		case 37u: goto st833;
		case 39u: goto st833;
		case 44u: goto tr1023;
		case 58u: goto st115;
		case 59u: goto tr1024;
		case 126u: goto st833;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 42u <= (*p) && (*p) <= 46u )
				goto st833;
		} else if ( (*p) > 57u ) {
			if ( 65u <= (*p) && (*p) <= 70u )
				goto st838;
		} else
			goto st838;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 97u ) {
			if ( 95u <= (*p) && (*p) <= 96u )
				goto st833;
		} else if ( (*p) > 102u ) {
			if ( 103u <= (*p) && (*p) <= 122u )
				goto st833;
		} else
			goto st838;
	} else
		goto st833;
	goto st0;
st838:
	if ( ++p == pe )
		goto _test_eof838;
case 838:
	switch( (*p) ) {
		case 9u: goto tr1025;
		case 10u: goto tr1026;
		case 13u: goto tr1027;
		case 32u: goto tr1025;
		case 33u: goto st833;
		case 37u: goto st833;
		case 39u: goto st833;
		case 44u: goto tr1023;
		case 58u: goto st115;
		case 59u: goto tr1024;
		case 126u: goto st833;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto st833;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st833;
		} else if ( (*p) >= 65u )
			goto st833;
	} else
		goto st833;
	goto st0;
st115:
	if ( ++p == pe )
		goto _test_eof115;
case 115:
	if ( (*p) == 58u )
		goto st847;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st839;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st855;
	} else
		goto st855;
	goto st0;
st839:
	if ( ++p == pe )
		goto _test_eof839;
case 839:
	switch( (*p) ) {
		case 9u: goto tr1025;
		case 10u: goto tr1026;
		case 13u: goto tr1027;
		case 32u: goto tr1025;
		case 44u: goto tr1023;
		case 46u: goto st116;
		case 58u: goto st115;
		case 59u: goto tr1024;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st842;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st846;
	} else
		goto st846;
	goto st0;
st116:
	if ( ++p == pe )
		goto _test_eof116;
case 116:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st117;
	goto st0;
st117:
	if ( ++p == pe )
		goto _test_eof117;
case 117:
	if ( (*p) == 46u )
		goto st118;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st123;
	goto st0;
st118:
	if ( ++p == pe )
		goto _test_eof118;
case 118:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st119;
	goto st0;
st119:
	if ( ++p == pe )
		goto _test_eof119;
case 119:
	if ( (*p) == 46u )
		goto st120;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st121;
	goto st0;
st120:
	if ( ++p == pe )
		goto _test_eof120;
case 120:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st840;
	goto st0;
st840:
	if ( ++p == pe )
		goto _test_eof840;
case 840:
	switch( (*p) ) {
		case 9u: goto tr1025;
		case 10u: goto tr1026;
		case 13u: goto tr1027;
		case 32u: goto tr1025;
		case 44u: goto tr1023;
		case 59u: goto tr1024;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st841;
	goto st0;
st841:
	if ( ++p == pe )
		goto _test_eof841;
case 841:
	switch( (*p) ) {
		case 9u: goto tr1025;
		case 10u: goto tr1026;
		case 13u: goto tr1027;
		case 32u: goto tr1025;
		case 44u: goto tr1023;
		case 59u: goto tr1024;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st834;
	goto st0;
st121:
	if ( ++p == pe )
		goto _test_eof121;
case 121:
	if ( (*p) == 46u )
		goto st120;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st122;
	goto st0;
st122:
	if ( ++p == pe )
		goto _test_eof122;
case 122:
	if ( (*p) == 46u )
		goto st120;
	goto st0;
st123:
	if ( ++p == pe )
		goto _test_eof123;
case 123:
	if ( (*p) == 46u )
		goto st118;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st124;
	goto st0;
st124:
	if ( ++p == pe )
		goto _test_eof124;
case 124:
	if ( (*p) == 46u )
		goto st118;
	goto st0;
st842:
	if ( ++p == pe )
		goto _test_eof842;
case 842:
	switch( (*p) ) {
		case 9u: goto tr1025;
		case 10u: goto tr1026;
		case 13u: goto tr1027;
		case 32u: goto tr1025;
		case 44u: goto tr1023;
		case 46u: goto st116;
		case 58u: goto st115;
		case 59u: goto tr1024;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st843;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st845;
	} else
		goto st845;
	goto st0;
st843:
	if ( ++p == pe )
		goto _test_eof843;
case 843:
	switch( (*p) ) {
		case 9u: goto tr1025;
		case 10u: goto tr1026;
		case 13u: goto tr1027;
		case 32u: goto tr1025;
		case 44u: goto tr1023;
		case 46u: goto st116;
		case 58u: goto st115;
		case 59u: goto tr1024;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st844;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st844;
	} else
		goto st844;
	goto st0;
st844:
	if ( ++p == pe )
		goto _test_eof844;
case 844:
	switch( (*p) ) {
		case 9u: goto tr1025;
		case 10u: goto tr1026;
		case 13u: goto tr1027;
		case 32u: goto tr1025;
		case 44u: goto tr1023;
		case 58u: goto st115;
		case 59u: goto tr1024;
	}
	goto st0;
st845:
	if ( ++p == pe )
		goto _test_eof845;
case 845:
	switch( (*p) ) {
		case 9u: goto tr1025;
		case 10u: goto tr1026;
		case 13u: goto tr1027;
		case 32u: goto tr1025;
		case 44u: goto tr1023;
		case 58u: goto st115;
		case 59u: goto tr1024;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st844;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st844;
	} else
		goto st844;
	goto st0;
st846:
	if ( ++p == pe )
		goto _test_eof846;
case 846:
	switch( (*p) ) {
		case 9u: goto tr1025;
		case 10u: goto tr1026;
		case 13u: goto tr1027;
		case 32u: goto tr1025;
		case 44u: goto tr1023;
		case 58u: goto st115;
		case 59u: goto tr1024;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st845;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st845;
	} else
		goto st845;
	goto st0;
st847:
	if ( ++p == pe )
		goto _test_eof847;
case 847:
	switch( (*p) ) {
		case 9u: goto tr1025;
		case 10u: goto tr1026;
		case 13u: goto tr1027;
		case 32u: goto tr1025;
		case 44u: goto tr1023;
		case 58u: goto st126;
		case 59u: goto tr1024;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st848;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st852;
	} else
		goto st852;
	goto st0;
st848:
	if ( ++p == pe )
		goto _test_eof848;
case 848:
	switch( (*p) ) {
		case 9u: goto tr1025;
		case 10u: goto tr1026;
		case 13u: goto tr1027;
		case 32u: goto tr1025;
		case 44u: goto tr1023;
		case 46u: goto st116;
		case 58u: goto st125;
		case 59u: goto tr1024;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st849;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st853;
	} else
		goto st853;
	goto st0;
st849:
	if ( ++p == pe )
		goto _test_eof849;
case 849:
	switch( (*p) ) {
		case 9u: goto tr1025;
		case 10u: goto tr1026;
		case 13u: goto tr1027;
		case 32u: goto tr1025;
		case 44u: goto tr1023;
		case 46u: goto st116;
		case 58u: goto st125;
		case 59u: goto tr1024;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st850;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st854;
	} else
		goto st854;
	goto st0;
st850:
	if ( ++p == pe )
		goto _test_eof850;
case 850:
	switch( (*p) ) {
		case 9u: goto tr1025;
		case 10u: goto tr1026;
		case 13u: goto tr1027;
		case 32u: goto tr1025;
		case 44u: goto tr1023;
		case 46u: goto st116;
		case 58u: goto st125;
		case 59u: goto tr1024;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st851;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st851;
	} else
		goto st851;
	goto st0;
st851:
	if ( ++p == pe )
		goto _test_eof851;
case 851:
	switch( (*p) ) {
		case 9u: goto tr1025;
		case 10u: goto tr1026;
		case 13u: goto tr1027;
		case 32u: goto tr1025;
		case 44u: goto tr1023;
		case 58u: goto st125;
		case 59u: goto tr1024;
	}
	goto st0;
st125:
	if ( ++p == pe )
		goto _test_eof125;
case 125:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st848;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st852;
	} else
		goto st852;
	goto st0;
st852:
	if ( ++p == pe )
		goto _test_eof852;
case 852:
	switch( (*p) ) {
		case 9u: goto tr1025;
		case 10u: goto tr1026;
		case 13u: goto tr1027;
		case 32u: goto tr1025;
		case 44u: goto tr1023;
		case 58u: goto st125;
		case 59u: goto tr1024;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st853;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st853;
	} else
		goto st853;
	goto st0;
st853:
	if ( ++p == pe )
		goto _test_eof853;
case 853:
	switch( (*p) ) {
		case 9u: goto tr1025;
		case 10u: goto tr1026;
		case 13u: goto tr1027;
		case 32u: goto tr1025;
		case 44u: goto tr1023;
		case 58u: goto st125;
		case 59u: goto tr1024;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st854;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st854;
	} else
		goto st854;
	goto st0;
st854:
	if ( ++p == pe )
		goto _test_eof854;
case 854:
	switch( (*p) ) {
		case 9u: goto tr1025;
		case 10u: goto tr1026;
		case 13u: goto tr1027;
		case 32u: goto tr1025;
		case 44u: goto tr1023;
		case 58u: goto st125;
		case 59u: goto tr1024;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st851;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st851;
	} else
		goto st851;
	goto st0;
st126:
	if ( ++p == pe )
		goto _test_eof126;
case 126:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st127;
	goto st0;
st127:
	if ( ++p == pe )
		goto _test_eof127;
case 127:
	if ( (*p) == 46u )
		goto st116;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st128;
	goto st0;
st128:
	if ( ++p == pe )
		goto _test_eof128;
case 128:
	if ( (*p) == 46u )
		goto st116;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st129;
	goto st0;
st129:
	if ( ++p == pe )
		goto _test_eof129;
case 129:
	if ( (*p) == 46u )
		goto st116;
	goto st0;
st855:
	if ( ++p == pe )
		goto _test_eof855;
case 855:
	switch( (*p) ) {
		case 9u: goto tr1025;
		case 10u: goto tr1026;
		case 13u: goto tr1027;
		case 32u: goto tr1025;
		case 44u: goto tr1023;
		case 58u: goto st115;
		case 59u: goto tr1024;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st846;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st846;
	} else
		goto st846;
	goto st0;
tr150:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st130;
st130:
	if ( ++p == pe )
		goto _test_eof130;
case 130:
#line 9682 "gen/sip_headers.c"
	if ( (*p) == 58u )
		goto st847;
	goto st0;
tr151:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st131;
st131:
	if ( ++p == pe )
		goto _test_eof131;
case 131:
#line 9692 "gen/sip_headers.c"
	if ( (*p) == 58u )
		goto st165;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st132;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st132;
	} else
		goto st132;
	goto st0;
st132:
	if ( ++p == pe )
		goto _test_eof132;
case 132:
	switch( (*p) ) {
		case 58u: goto st136;
		case 93u: goto st834;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st133;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st133;
	} else
		goto st133;
	goto st0;
st133:
	if ( ++p == pe )
		goto _test_eof133;
case 133:
	switch( (*p) ) {
		case 58u: goto st136;
		case 93u: goto st834;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st134;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st134;
	} else
		goto st134;
	goto st0;
st134:
	if ( ++p == pe )
		goto _test_eof134;
case 134:
	switch( (*p) ) {
		case 58u: goto st136;
		case 93u: goto st834;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st135;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st135;
	} else
		goto st135;
	goto st0;
st135:
	if ( ++p == pe )
		goto _test_eof135;
case 135:
	switch( (*p) ) {
		case 58u: goto st136;
		case 93u: goto st834;
	}
	goto st0;
st136:
	if ( ++p == pe )
		goto _test_eof136;
case 136:
	if ( (*p) == 58u )
		goto st152;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st137;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st132;
	} else
		goto st132;
	goto st0;
st137:
	if ( ++p == pe )
		goto _test_eof137;
case 137:
	switch( (*p) ) {
		case 46u: goto st138;
		case 58u: goto st136;
		case 93u: goto st834;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st150;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st133;
	} else
		goto st133;
	goto st0;
st138:
	if ( ++p == pe )
		goto _test_eof138;
case 138:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st139;
	goto st0;
st139:
	if ( ++p == pe )
		goto _test_eof139;
case 139:
	if ( (*p) == 46u )
		goto st140;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st148;
	goto st0;
st140:
	if ( ++p == pe )
		goto _test_eof140;
case 140:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st141;
	goto st0;
st141:
	if ( ++p == pe )
		goto _test_eof141;
case 141:
	if ( (*p) == 46u )
		goto st142;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st146;
	goto st0;
st142:
	if ( ++p == pe )
		goto _test_eof142;
case 142:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st143;
	goto st0;
st143:
	if ( ++p == pe )
		goto _test_eof143;
case 143:
	if ( (*p) == 93u )
		goto st834;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st144;
	goto st0;
st144:
	if ( ++p == pe )
		goto _test_eof144;
case 144:
	if ( (*p) == 93u )
		goto st834;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st145;
	goto st0;
st145:
	if ( ++p == pe )
		goto _test_eof145;
case 145:
	if ( (*p) == 93u )
		goto st834;
	goto st0;
st146:
	if ( ++p == pe )
		goto _test_eof146;
case 146:
	if ( (*p) == 46u )
		goto st142;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st147;
	goto st0;
st147:
	if ( ++p == pe )
		goto _test_eof147;
case 147:
	if ( (*p) == 46u )
		goto st142;
	goto st0;
st148:
	if ( ++p == pe )
		goto _test_eof148;
case 148:
	if ( (*p) == 46u )
		goto st140;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st149;
	goto st0;
st149:
	if ( ++p == pe )
		goto _test_eof149;
case 149:
	if ( (*p) == 46u )
		goto st140;
	goto st0;
st150:
	if ( ++p == pe )
		goto _test_eof150;
case 150:
	switch( (*p) ) {
		case 46u: goto st138;
		case 58u: goto st136;
		case 93u: goto st834;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st151;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st134;
	} else
		goto st134;
	goto st0;
st151:
	if ( ++p == pe )
		goto _test_eof151;
case 151:
	switch( (*p) ) {
		case 46u: goto st138;
		case 58u: goto st136;
		case 93u: goto st834;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st135;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st135;
	} else
		goto st135;
	goto st0;
st152:
	if ( ++p == pe )
		goto _test_eof152;
case 152:
	switch( (*p) ) {
		case 58u: goto st161;
		case 93u: goto st834;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st153;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st158;
	} else
		goto st158;
	goto st0;
st153:
	if ( ++p == pe )
		goto _test_eof153;
case 153:
	switch( (*p) ) {
		case 46u: goto st138;
		case 58u: goto st157;
		case 93u: goto st834;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st154;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st159;
	} else
		goto st159;
	goto st0;
st154:
	if ( ++p == pe )
		goto _test_eof154;
case 154:
	switch( (*p) ) {
		case 46u: goto st138;
		case 58u: goto st157;
		case 93u: goto st834;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st155;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st160;
	} else
		goto st160;
	goto st0;
st155:
	if ( ++p == pe )
		goto _test_eof155;
case 155:
	switch( (*p) ) {
		case 46u: goto st138;
		case 58u: goto st157;
		case 93u: goto st834;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st156;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st156;
	} else
		goto st156;
	goto st0;
st156:
	if ( ++p == pe )
		goto _test_eof156;
case 156:
	switch( (*p) ) {
		case 58u: goto st157;
		case 93u: goto st834;
	}
	goto st0;
st157:
	if ( ++p == pe )
		goto _test_eof157;
case 157:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st153;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st158;
	} else
		goto st158;
	goto st0;
st158:
	if ( ++p == pe )
		goto _test_eof158;
case 158:
	switch( (*p) ) {
		case 58u: goto st157;
		case 93u: goto st834;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st159;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st159;
	} else
		goto st159;
	goto st0;
st159:
	if ( ++p == pe )
		goto _test_eof159;
case 159:
	switch( (*p) ) {
		case 58u: goto st157;
		case 93u: goto st834;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st160;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st160;
	} else
		goto st160;
	goto st0;
st160:
	if ( ++p == pe )
		goto _test_eof160;
case 160:
	switch( (*p) ) {
		case 58u: goto st157;
		case 93u: goto st834;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st156;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st156;
	} else
		goto st156;
	goto st0;
st161:
	if ( ++p == pe )
		goto _test_eof161;
case 161:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st162;
	goto st0;
st162:
	if ( ++p == pe )
		goto _test_eof162;
case 162:
	if ( (*p) == 46u )
		goto st138;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st163;
	goto st0;
st163:
	if ( ++p == pe )
		goto _test_eof163;
case 163:
	if ( (*p) == 46u )
		goto st138;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st164;
	goto st0;
st164:
	if ( ++p == pe )
		goto _test_eof164;
case 164:
	if ( (*p) == 46u )
		goto st138;
	goto st0;
st165:
	if ( ++p == pe )
		goto _test_eof165;
case 165:
	if ( (*p) == 58u )
		goto st152;
	goto st0;
st166:
	if ( ++p == pe )
		goto _test_eof166;
case 166:
	if ( (*p) == 10u )
		goto st109;
	goto st0;
tr1021:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st167;
st167:
	if ( ++p == pe )
		goto _test_eof167;
case 167:
#line 10125 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st106;
	goto st0;
st168:
	if ( ++p == pe )
		goto _test_eof168;
case 168:
	if ( (*p) == 10u )
		goto st103;
	goto st0;
st169:
	if ( ++p == pe )
		goto _test_eof169;
case 169:
	if ( (*p) == 10u )
		goto st98;
	goto st0;
tr1005:
#line 38 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_NAME; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	goto st170;
tr1048:
#line 37 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_IPV4; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	goto st170;
st170:
	if ( ++p == pe )
		goto _test_eof170;
case 170:
#line 10154 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st95;
	goto st0;
st171:
	if ( ++p == pe )
		goto _test_eof171;
case 171:
	if ( (*p) == 45u )
		goto st171;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st828;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st828;
	} else
		goto st828;
	goto st0;
st856:
	if ( ++p == pe )
		goto _test_eof856;
case 856:
	switch( (*p) ) {
		case 9u: goto tr1003;
		case 10u: goto tr1004;
		case 13u: goto tr1005;
		case 32u: goto tr1003;
		case 44u: goto tr1006;
		case 58u: goto tr1008;
		case 59u: goto tr1009;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st92;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st828;
	} else
		goto st828;
	goto st0;
st172:
	if ( ++p == pe )
		goto _test_eof172;
case 172:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st173;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st828;
	} else
		goto st828;
	goto st0;
st173:
	if ( ++p == pe )
		goto _test_eof173;
case 173:
	switch( (*p) ) {
		case 45u: goto st91;
		case 46u: goto st174;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st179;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st92;
	} else
		goto st92;
	goto st0;
st174:
	if ( ++p == pe )
		goto _test_eof174;
case 174:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st175;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st828;
	} else
		goto st828;
	goto st0;
st175:
	if ( ++p == pe )
		goto _test_eof175;
case 175:
	switch( (*p) ) {
		case 45u: goto st91;
		case 46u: goto st176;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st177;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st92;
	} else
		goto st92;
	goto st0;
st176:
	if ( ++p == pe )
		goto _test_eof176;
case 176:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st857;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st828;
	} else
		goto st828;
	goto st0;
st857:
	if ( ++p == pe )
		goto _test_eof857;
case 857:
	switch( (*p) ) {
		case 9u: goto tr1046;
		case 10u: goto tr1047;
		case 13u: goto tr1048;
		case 32u: goto tr1046;
		case 44u: goto tr1049;
		case 45u: goto st91;
		case 46u: goto st93;
		case 58u: goto tr1051;
		case 59u: goto tr1052;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st858;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st92;
	} else
		goto st92;
	goto st0;
st858:
	if ( ++p == pe )
		goto _test_eof858;
case 858:
	switch( (*p) ) {
		case 9u: goto tr1046;
		case 10u: goto tr1047;
		case 13u: goto tr1048;
		case 32u: goto tr1046;
		case 44u: goto tr1049;
		case 45u: goto st91;
		case 46u: goto st93;
		case 58u: goto tr1051;
		case 59u: goto tr1052;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st859;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st92;
	} else
		goto st92;
	goto st0;
st859:
	if ( ++p == pe )
		goto _test_eof859;
case 859:
	switch( (*p) ) {
		case 9u: goto tr1046;
		case 10u: goto tr1047;
		case 13u: goto tr1048;
		case 32u: goto tr1046;
		case 44u: goto tr1049;
		case 45u: goto st91;
		case 46u: goto st93;
		case 58u: goto tr1051;
		case 59u: goto tr1052;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st92;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st92;
	} else
		goto st92;
	goto st0;
st177:
	if ( ++p == pe )
		goto _test_eof177;
case 177:
	switch( (*p) ) {
		case 45u: goto st91;
		case 46u: goto st176;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st178;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st92;
	} else
		goto st92;
	goto st0;
st178:
	if ( ++p == pe )
		goto _test_eof178;
case 178:
	switch( (*p) ) {
		case 45u: goto st91;
		case 46u: goto st176;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st92;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st92;
	} else
		goto st92;
	goto st0;
st179:
	if ( ++p == pe )
		goto _test_eof179;
case 179:
	switch( (*p) ) {
		case 45u: goto st91;
		case 46u: goto st174;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st180;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st92;
	} else
		goto st92;
	goto st0;
st180:
	if ( ++p == pe )
		goto _test_eof180;
case 180:
	switch( (*p) ) {
		case 45u: goto st91;
		case 46u: goto st174;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st92;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st92;
	} else
		goto st92;
	goto st0;
st181:
	if ( ++p == pe )
		goto _test_eof181;
case 181:
	switch( (*p) ) {
		case 45u: goto st91;
		case 46u: goto st172;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st182;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st92;
	} else
		goto st92;
	goto st0;
st182:
	if ( ++p == pe )
		goto _test_eof182;
case 182:
	switch( (*p) ) {
		case 45u: goto st91;
		case 46u: goto st172;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st92;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st92;
	} else
		goto st92;
	goto st0;
st183:
	if ( ++p == pe )
		goto _test_eof183;
case 183:
	if ( (*p) == 58u )
		goto tr224;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr223;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr223;
	} else
		goto tr223;
	goto st0;
tr223:
#line 27 "grammar/sip_headers.rl"
	{ hs->d_s = p; }
#line 39 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_IPV6; }
	goto st184;
st184:
	if ( ++p == pe )
		goto _test_eof184;
case 184:
#line 10464 "gen/sip_headers.c"
	switch( (*p) ) {
		case 58u: goto st188;
		case 93u: goto tr227;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st185;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st185;
	} else
		goto st185;
	goto st0;
st185:
	if ( ++p == pe )
		goto _test_eof185;
case 185:
	switch( (*p) ) {
		case 58u: goto st188;
		case 93u: goto tr227;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st186;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st186;
	} else
		goto st186;
	goto st0;
st186:
	if ( ++p == pe )
		goto _test_eof186;
case 186:
	switch( (*p) ) {
		case 58u: goto st188;
		case 93u: goto tr227;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st187;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st187;
	} else
		goto st187;
	goto st0;
st187:
	if ( ++p == pe )
		goto _test_eof187;
case 187:
	switch( (*p) ) {
		case 58u: goto st188;
		case 93u: goto tr227;
	}
	goto st0;
st188:
	if ( ++p == pe )
		goto _test_eof188;
case 188:
	if ( (*p) == 58u )
		goto st204;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st189;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st184;
	} else
		goto st184;
	goto st0;
st189:
	if ( ++p == pe )
		goto _test_eof189;
case 189:
	switch( (*p) ) {
		case 46u: goto st190;
		case 58u: goto st188;
		case 93u: goto tr227;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st202;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st185;
	} else
		goto st185;
	goto st0;
st190:
	if ( ++p == pe )
		goto _test_eof190;
case 190:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st191;
	goto st0;
st191:
	if ( ++p == pe )
		goto _test_eof191;
case 191:
	if ( (*p) == 46u )
		goto st192;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st200;
	goto st0;
st192:
	if ( ++p == pe )
		goto _test_eof192;
case 192:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st193;
	goto st0;
st193:
	if ( ++p == pe )
		goto _test_eof193;
case 193:
	if ( (*p) == 46u )
		goto st194;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st198;
	goto st0;
st194:
	if ( ++p == pe )
		goto _test_eof194;
case 194:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st195;
	goto st0;
st195:
	if ( ++p == pe )
		goto _test_eof195;
case 195:
	if ( (*p) == 93u )
		goto tr227;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st196;
	goto st0;
st196:
	if ( ++p == pe )
		goto _test_eof196;
case 196:
	if ( (*p) == 93u )
		goto tr227;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st197;
	goto st0;
st197:
	if ( ++p == pe )
		goto _test_eof197;
case 197:
	if ( (*p) == 93u )
		goto tr227;
	goto st0;
tr227:
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	goto st860;
st860:
	if ( ++p == pe )
		goto _test_eof860;
case 860:
#line 10624 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st94;
		case 10u: goto st95;
		case 13u: goto st170;
		case 32u: goto st94;
		case 44u: goto tr77;
		case 58u: goto st97;
		case 59u: goto tr129;
	}
	goto st0;
st198:
	if ( ++p == pe )
		goto _test_eof198;
case 198:
	if ( (*p) == 46u )
		goto st194;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st199;
	goto st0;
st199:
	if ( ++p == pe )
		goto _test_eof199;
case 199:
	if ( (*p) == 46u )
		goto st194;
	goto st0;
st200:
	if ( ++p == pe )
		goto _test_eof200;
case 200:
	if ( (*p) == 46u )
		goto st192;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st201;
	goto st0;
st201:
	if ( ++p == pe )
		goto _test_eof201;
case 201:
	if ( (*p) == 46u )
		goto st192;
	goto st0;
st202:
	if ( ++p == pe )
		goto _test_eof202;
case 202:
	switch( (*p) ) {
		case 46u: goto st190;
		case 58u: goto st188;
		case 93u: goto tr227;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st203;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st186;
	} else
		goto st186;
	goto st0;
st203:
	if ( ++p == pe )
		goto _test_eof203;
case 203:
	switch( (*p) ) {
		case 46u: goto st190;
		case 58u: goto st188;
		case 93u: goto tr227;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st187;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st187;
	} else
		goto st187;
	goto st0;
st204:
	if ( ++p == pe )
		goto _test_eof204;
case 204:
	switch( (*p) ) {
		case 58u: goto st213;
		case 93u: goto tr227;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st205;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st210;
	} else
		goto st210;
	goto st0;
st205:
	if ( ++p == pe )
		goto _test_eof205;
case 205:
	switch( (*p) ) {
		case 46u: goto st190;
		case 58u: goto st209;
		case 93u: goto tr227;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st206;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st211;
	} else
		goto st211;
	goto st0;
st206:
	if ( ++p == pe )
		goto _test_eof206;
case 206:
	switch( (*p) ) {
		case 46u: goto st190;
		case 58u: goto st209;
		case 93u: goto tr227;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st207;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st212;
	} else
		goto st212;
	goto st0;
st207:
	if ( ++p == pe )
		goto _test_eof207;
case 207:
	switch( (*p) ) {
		case 46u: goto st190;
		case 58u: goto st209;
		case 93u: goto tr227;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st208;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st208;
	} else
		goto st208;
	goto st0;
st208:
	if ( ++p == pe )
		goto _test_eof208;
case 208:
	switch( (*p) ) {
		case 58u: goto st209;
		case 93u: goto tr227;
	}
	goto st0;
st209:
	if ( ++p == pe )
		goto _test_eof209;
case 209:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st205;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st210;
	} else
		goto st210;
	goto st0;
st210:
	if ( ++p == pe )
		goto _test_eof210;
case 210:
	switch( (*p) ) {
		case 58u: goto st209;
		case 93u: goto tr227;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st211;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st211;
	} else
		goto st211;
	goto st0;
st211:
	if ( ++p == pe )
		goto _test_eof211;
case 211:
	switch( (*p) ) {
		case 58u: goto st209;
		case 93u: goto tr227;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st212;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st212;
	} else
		goto st212;
	goto st0;
st212:
	if ( ++p == pe )
		goto _test_eof212;
case 212:
	switch( (*p) ) {
		case 58u: goto st209;
		case 93u: goto tr227;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st208;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st208;
	} else
		goto st208;
	goto st0;
st213:
	if ( ++p == pe )
		goto _test_eof213;
case 213:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st214;
	goto st0;
st214:
	if ( ++p == pe )
		goto _test_eof214;
case 214:
	if ( (*p) == 46u )
		goto st190;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st215;
	goto st0;
st215:
	if ( ++p == pe )
		goto _test_eof215;
case 215:
	if ( (*p) == 46u )
		goto st190;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st216;
	goto st0;
st216:
	if ( ++p == pe )
		goto _test_eof216;
case 216:
	if ( (*p) == 46u )
		goto st190;
	goto st0;
tr224:
#line 27 "grammar/sip_headers.rl"
	{ hs->d_s = p; }
#line 39 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_IPV6; }
	goto st217;
st217:
	if ( ++p == pe )
		goto _test_eof217;
case 217:
#line 10886 "gen/sip_headers.c"
	if ( (*p) == 58u )
		goto st204;
	goto st0;
tr110:
#line 26 "grammar/sip_headers.rl"
	{ hs->c_e = p; }
	goto st218;
st218:
	if ( ++p == pe )
		goto _test_eof218;
case 218:
#line 10896 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st88;
	goto st0;
st219:
	if ( ++p == pe )
		goto _test_eof219;
case 219:
	if ( (*p) == 10u )
		goto st84;
	goto st0;
tr96:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st220;
st220:
	if ( ++p == pe )
		goto _test_eof220;
case 220:
#line 10913 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st81;
	goto st0;
st221:
	if ( ++p == pe )
		goto _test_eof221;
case 221:
	if ( (*p) == 10u )
		goto st77;
	goto st0;
tr82:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st222;
st222:
	if ( ++p == pe )
		goto _test_eof222;
case 222:
#line 10930 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st74;
	goto st0;
st223:
	if ( ++p == pe )
		goto _test_eof223;
case 223:
	if ( (*p) == 10u )
		goto st70;
	goto st0;
case 869:
	switch( (*p) ) {
		case 9u: goto st298;
		case 10u: goto st299;
		case 13u: goto st302;
		case 32u: goto st298;
		case 33u: goto tr1072;
		case 34u: goto tr1073;
		case 37u: goto tr1072;
		case 39u: goto tr1072;
		case 42u: goto tr1074;
		case 44u: goto tr359;
		case 60u: goto tr1075;
		case 126u: goto tr1072;
	}
	if ( (*p) < 65u ) {
		if ( (*p) > 46u ) {
			if ( 48u <= (*p) && (*p) <= 57u )
				goto tr1072;
		} else if ( (*p) >= 43u )
			goto tr1072;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 96u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr1076;
		} else if ( (*p) >= 95u )
			goto tr1072;
	} else
		goto tr1076;
	goto st0;
st298:
	if ( ++p == pe )
		goto _test_eof298;
case 298:
	switch( (*p) ) {
		case 9u: goto st298;
		case 10u: goto st299;
		case 13u: goto st302;
		case 32u: goto st298;
		case 44u: goto tr359;
	}
	goto st0;
st299:
	if ( ++p == pe )
		goto _test_eof299;
case 299:
	switch( (*p) ) {
		case 9u: goto st300;
		case 32u: goto st300;
	}
	goto st0;
st300:
	if ( ++p == pe )
		goto _test_eof300;
case 300:
	switch( (*p) ) {
		case 9u: goto st300;
		case 32u: goto st300;
		case 44u: goto tr359;
	}
	goto st0;
tr359:
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st870;
tr1087:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st870;
tr1097:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st870;
st870:
	if ( ++p == pe )
		goto _test_eof870;
case 870:
#line 11016 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st870;
		case 10u: goto st301;
		case 13u: goto st376;
		case 32u: goto st870;
		case 33u: goto tr1072;
		case 34u: goto tr1073;
		case 37u: goto tr1072;
		case 39u: goto tr1072;
		case 44u: goto tr359;
		case 60u: goto tr1075;
		case 126u: goto tr1072;
	}
	if ( (*p) < 65u ) {
		if ( (*p) > 46u ) {
			if ( 48u <= (*p) && (*p) <= 57u )
				goto tr1072;
		} else if ( (*p) >= 42u )
			goto tr1072;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 96u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr1076;
		} else if ( (*p) >= 95u )
			goto tr1072;
	} else
		goto tr1076;
	goto st0;
st301:
	if ( ++p == pe )
		goto _test_eof301;
case 301:
	switch( (*p) ) {
		case 9u: goto st871;
		case 32u: goto st871;
	}
	goto st0;
st871:
	if ( ++p == pe )
		goto _test_eof871;
case 871:
	switch( (*p) ) {
		case 9u: goto st871;
		case 10u: goto st299;
		case 13u: goto st302;
		case 32u: goto st871;
		case 33u: goto tr1072;
		case 34u: goto tr1073;
		case 37u: goto tr1072;
		case 39u: goto tr1072;
		case 44u: goto tr359;
		case 60u: goto tr1075;
		case 126u: goto tr1072;
	}
	if ( (*p) < 65u ) {
		if ( (*p) > 46u ) {
			if ( 48u <= (*p) && (*p) <= 57u )
				goto tr1072;
		} else if ( (*p) >= 42u )
			goto tr1072;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 96u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr1076;
		} else if ( (*p) >= 95u )
			goto tr1072;
	} else
		goto tr1076;
	goto st0;
st302:
	if ( ++p == pe )
		goto _test_eof302;
case 302:
	if ( (*p) == 10u )
		goto st299;
	goto st0;
tr1072:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st303;
st303:
	if ( ++p == pe )
		goto _test_eof303;
case 303:
#line 11100 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr362;
		case 10u: goto tr363;
		case 13u: goto tr364;
		case 32u: goto tr362;
		case 33u: goto st303;
		case 37u: goto st303;
		case 39u: goto st303;
		case 60u: goto tr366;
		case 126u: goto st303;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st303;
		} else if ( (*p) >= 42u )
			goto st303;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st303;
		} else if ( (*p) >= 65u )
			goto st303;
	} else
		goto st303;
	goto st0;
tr362:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st304;
st304:
	if ( ++p == pe )
		goto _test_eof304;
case 304:
#line 11133 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st304;
		case 10u: goto st305;
		case 13u: goto st365;
		case 32u: goto st304;
		case 33u: goto st303;
		case 37u: goto st303;
		case 39u: goto st303;
		case 60u: goto tr370;
		case 126u: goto st303;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st303;
		} else if ( (*p) >= 42u )
			goto st303;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st303;
		} else if ( (*p) >= 65u )
			goto st303;
	} else
		goto st303;
	goto st0;
tr363:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st305;
st305:
	if ( ++p == pe )
		goto _test_eof305;
case 305:
#line 11166 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st306;
		case 32u: goto st306;
	}
	goto st0;
st306:
	if ( ++p == pe )
		goto _test_eof306;
case 306:
	switch( (*p) ) {
		case 9u: goto st306;
		case 32u: goto st306;
		case 33u: goto st303;
		case 37u: goto st303;
		case 39u: goto st303;
		case 60u: goto tr370;
		case 126u: goto st303;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st303;
		} else if ( (*p) >= 42u )
			goto st303;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st303;
		} else if ( (*p) >= 65u )
			goto st303;
	} else
		goto st303;
	goto st0;
tr1075:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 40 "grammar/sip_headers.rl"
	{ hs->flags = (hs->flags | FSIP_HS_NAME_ADDR) & ~(uint32_t)FSIP_HS_STAR; }
	goto st307;
tr366:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
#line 40 "grammar/sip_headers.rl"
	{ hs->flags = (hs->flags | FSIP_HS_NAME_ADDR) & ~(uint32_t)FSIP_HS_STAR; }
	goto st307;
tr370:
#line 40 "grammar/sip_headers.rl"
	{ hs->flags = (hs->flags | FSIP_HS_NAME_ADDR) & ~(uint32_t)FSIP_HS_STAR; }
	goto st307;
tr373:
#line 41 "grammar/sip_headers.rl"
	{ hs->flags |= FSIP_HS_ASPACE; }
	goto st307;
st307:
	if ( ++p == pe )
		goto _test_eof307;
case 307:
#line 11217 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr373;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr373;
		case 60u: goto st0;
		case 62u: goto st0;
	}
	goto tr372;
tr372:
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
#line 74 "grammar/sip_headers.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_ANGLE)))-1;} }
	goto st308;
tr374:
#line 74 "grammar/sip_headers.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_ANGLE)))-1;} }
	goto st308;
st308:
	if ( ++p == pe )
		goto _test_eof308;
case 308:
#line 11237 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr375;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr375;
		case 60u: goto st0;
		case 62u: goto tr376;
	}
	goto tr374;
tr377:
#line 41 "grammar/sip_headers.rl"
	{ hs->flags |= FSIP_HS_ASPACE; }
	goto st309;
tr375:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
#line 41 "grammar/sip_headers.rl"
	{ hs->flags |= FSIP_HS_ASPACE; }
	goto st309;
st309:
	if ( ++p == pe )
		goto _test_eof309;
case 309:
#line 11257 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr377;
		case 32u: goto tr377;
		case 62u: goto st872;
	}
	goto st0;
tr376:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st872;
st872:
	if ( ++p == pe )
		goto _test_eof872;
case 872:
#line 11270 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st872;
		case 10u: goto st310;
		case 13u: goto st364;
		case 32u: goto st872;
		case 44u: goto tr359;
		case 59u: goto tr381;
	}
	goto st0;
st310:
	if ( ++p == pe )
		goto _test_eof310;
case 310:
	switch( (*p) ) {
		case 9u: goto st873;
		case 32u: goto st873;
	}
	goto st0;
st873:
	if ( ++p == pe )
		goto _test_eof873;
case 873:
	switch( (*p) ) {
		case 9u: goto st873;
		case 10u: goto st311;
		case 13u: goto st314;
		case 32u: goto st873;
		case 44u: goto tr359;
		case 59u: goto tr381;
	}
	goto st0;
tr1095:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st311;
tr1090:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st311;
st311:
	if ( ++p == pe )
		goto _test_eof311;
case 311:
#line 11311 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st312;
		case 32u: goto st312;
	}
	goto st0;
st312:
	if ( ++p == pe )
		goto _test_eof312;
case 312:
	switch( (*p) ) {
		case 9u: goto st312;
		case 32u: goto st312;
		case 44u: goto tr359;
		case 59u: goto tr381;
	}
	goto st0;
tr381:
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st874;
tr1098:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st874;
tr1088:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st874;
st874:
	if ( ++p == pe )
		goto _test_eof874;
case 874:
#line 11342 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st874;
		case 10u: goto st313;
		case 13u: goto st363;
		case 32u: goto st874;
		case 33u: goto tr1082;
		case 37u: goto tr1082;
		case 39u: goto tr1082;
		case 44u: goto tr359;
		case 59u: goto tr381;
		case 126u: goto tr1082;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1082;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1082;
		} else if ( (*p) >= 65u )
			goto tr1082;
	} else
		goto tr1082;
	goto st0;
st313:
	if ( ++p == pe )
		goto _test_eof313;
case 313:
	switch( (*p) ) {
		case 9u: goto st875;
		case 32u: goto st875;
	}
	goto st0;
st875:
	if ( ++p == pe )
		goto _test_eof875;
case 875:
	switch( (*p) ) {
		case 9u: goto st875;
		case 10u: goto st311;
		case 13u: goto st314;
		case 32u: goto st875;
		case 33u: goto tr1082;
		case 37u: goto tr1082;
		case 39u: goto tr1082;
		case 44u: goto tr359;
		case 59u: goto tr381;
		case 126u: goto tr1082;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1082;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1082;
		} else if ( (*p) >= 65u )
			goto tr1082;
	} else
		goto tr1082;
	goto st0;
tr1096:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st314;
tr1091:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st314;
st314:
	if ( ++p == pe )
		goto _test_eof314;
case 314:
#line 11413 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st311;
	goto st0;
tr1086:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st876;
tr1082:
#line 31 "grammar/sip_headers.rl"
	{ pn = p; pv = NULL; hs->pend = 0; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st876;
st876:
	if ( ++p == pe )
		goto _test_eof876;
case 876:
#line 11427 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1083;
		case 10u: goto tr1084;
		case 13u: goto tr1085;
		case 32u: goto tr1083;
		case 33u: goto tr1086;
		case 37u: goto tr1086;
		case 39u: goto tr1086;
		case 44u: goto tr1087;
		case 59u: goto tr1088;
		case 61u: goto st318;
		case 126u: goto tr1086;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1086;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1086;
		} else if ( (*p) >= 65u )
			goto tr1086;
	} else
		goto tr1086;
	goto st0;
tr1083:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st315;
st315:
	if ( ++p == pe )
		goto _test_eof315;
case 315:
#line 11459 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st315;
		case 10u: goto st316;
		case 13u: goto st362;
		case 32u: goto st315;
		case 44u: goto tr359;
		case 59u: goto tr381;
		case 61u: goto st318;
	}
	goto st0;
tr1084:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st316;
st316:
	if ( ++p == pe )
		goto _test_eof316;
case 316:
#line 11476 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st317;
		case 32u: goto st317;
	}
	goto st0;
st317:
	if ( ++p == pe )
		goto _test_eof317;
case 317:
	switch( (*p) ) {
		case 9u: goto st317;
		case 32u: goto st317;
		case 44u: goto tr359;
		case 59u: goto tr381;
		case 61u: goto st318;
	}
	goto st0;
st318:
	if ( ++p == pe )
		goto _test_eof318;
case 318:
	switch( (*p) ) {
		case 9u: goto st318;
		case 10u: goto st319;
		case 13u: goto st361;
		case 32u: goto st318;
		case 33u: goto tr391;
		case 34u: goto tr392;
		case 37u: goto tr391;
		case 39u: goto tr391;
		case 91u: goto tr393;
		case 126u: goto tr391;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr391;
		} else if ( (*p) >= 42u )
			goto tr391;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr391;
		} else if ( (*p) >= 65u )
			goto tr391;
	} else
		goto tr391;
	goto st0;
st319:
	if ( ++p == pe )
		goto _test_eof319;
case 319:
	switch( (*p) ) {
		case 9u: goto st320;
		case 32u: goto st320;
	}
	goto st0;
st320:
	if ( ++p == pe )
		goto _test_eof320;
case 320:
	switch( (*p) ) {
		case 9u: goto st320;
		case 32u: goto st320;
		case 33u: goto tr391;
		case 34u: goto tr392;
		case 37u: goto tr391;
		case 39u: goto tr391;
		case 91u: goto tr393;
		case 126u: goto tr391;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr391;
		} else if ( (*p) >= 42u )
			goto tr391;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr391;
		} else if ( (*p) >= 65u )
			goto tr391;
	} else
		goto tr391;
	goto st0;
tr391:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st877;
st877:
	if ( ++p == pe )
		goto _test_eof877;
case 877:
#line 11569 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1089;
		case 10u: goto tr1090;
		case 13u: goto tr1091;
		case 32u: goto tr1089;
		case 33u: goto st877;
		case 37u: goto st877;
		case 39u: goto st877;
		case 44u: goto tr1087;
		case 59u: goto tr1088;
		case 126u: goto st877;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto st877;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st877;
		} else if ( (*p) >= 65u )
			goto st877;
	} else
		goto st877;
	goto st0;
tr1094:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st321;
tr1089:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st321;
st321:
	if ( ++p == pe )
		goto _test_eof321;
case 321:
#line 11603 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st321;
		case 10u: goto st311;
		case 13u: goto st314;
		case 32u: goto st321;
		case 44u: goto tr359;
		case 59u: goto tr381;
	}
	goto st0;
tr392:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st322;
tr400:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st322;
st322:
	if ( ++p == pe )
		goto _test_eof322;
case 322:
#line 11622 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st322;
		case 10u: goto st323;
		case 13u: goto st324;
		case 32u: goto st322;
		case 34u: goto st878;
		case 92u: goto st325;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr400;
st323:
	if ( ++p == pe )
		goto _test_eof323;
case 323:
	switch( (*p) ) {
		case 9u: goto st322;
		case 32u: goto st322;
	}
	goto st0;
st324:
	if ( ++p == pe )
		goto _test_eof324;
case 324:
	if ( (*p) == 10u )
		goto st323;
	goto st0;
st878:
	if ( ++p == pe )
		goto _test_eof878;
case 878:
	switch( (*p) ) {
		case 9u: goto tr1089;
		case 10u: goto tr1090;
		case 13u: goto tr1091;
		case 32u: goto tr1089;
		case 44u: goto tr1087;
		case 59u: goto tr1088;
	}
	goto st0;
st325:
	if ( ++p == pe )
		goto _test_eof325;
case 325:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st322;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st322;
	} else
		goto st322;
	goto st0;
tr393:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st326;
st326:
	if ( ++p == pe )
		goto _test_eof326;
case 326:
#line 11683 "gen/sip_headers.c"
	if ( (*p) == 58u )
		goto st360;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st327;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st327;
	} else
		goto st327;
	goto st0;
st327:
	if ( ++p == pe )
		goto _test_eof327;
case 327:
	switch( (*p) ) {
		case 58u: goto st331;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st328;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st328;
	} else
		goto st328;
	goto st0;
st328:
	if ( ++p == pe )
		goto _test_eof328;
case 328:
	switch( (*p) ) {
		case 58u: goto st331;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st329;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st329;
	} else
		goto st329;
	goto st0;
st329:
	if ( ++p == pe )
		goto _test_eof329;
case 329:
	switch( (*p) ) {
		case 58u: goto st331;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st330;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st330;
	} else
		goto st330;
	goto st0;
st330:
	if ( ++p == pe )
		goto _test_eof330;
case 330:
	switch( (*p) ) {
		case 58u: goto st331;
		case 93u: goto st878;
	}
	goto st0;
st331:
	if ( ++p == pe )
		goto _test_eof331;
case 331:
	if ( (*p) == 58u )
		goto st347;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st332;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st327;
	} else
		goto st327;
	goto st0;
st332:
	if ( ++p == pe )
		goto _test_eof332;
case 332:
	switch( (*p) ) {
		case 46u: goto st333;
		case 58u: goto st331;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st345;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st328;
	} else
		goto st328;
	goto st0;
st333:
	if ( ++p == pe )
		goto _test_eof333;
case 333:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st334;
	goto st0;
st334:
	if ( ++p == pe )
		goto _test_eof334;
case 334:
	if ( (*p) == 46u )
		goto st335;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st343;
	goto st0;
st335:
	if ( ++p == pe )
		goto _test_eof335;
case 335:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st336;
	goto st0;
st336:
	if ( ++p == pe )
		goto _test_eof336;
case 336:
	if ( (*p) == 46u )
		goto st337;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st341;
	goto st0;
st337:
	if ( ++p == pe )
		goto _test_eof337;
case 337:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st338;
	goto st0;
st338:
	if ( ++p == pe )
		goto _test_eof338;
case 338:
	if ( (*p) == 93u )
		goto st878;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st339;
	goto st0;
st339:
	if ( ++p == pe )
		goto _test_eof339;
case 339:
	if ( (*p) == 93u )
		goto st878;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st340;
	goto st0;
st340:
	if ( ++p == pe )
		goto _test_eof340;
case 340:
	if ( (*p) == 93u )
		goto st878;
	goto st0;
st341:
	if ( ++p == pe )
		goto _test_eof341;
case 341:
	if ( (*p) == 46u )
		goto st337;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st342;
	goto st0;
st342:
	if ( ++p == pe )
		goto _test_eof342;
case 342:
	if ( (*p) == 46u )
		goto st337;
	goto st0;
st343:
	if ( ++p == pe )
		goto _test_eof343;
case 343:
	if ( (*p) == 46u )
		goto st335;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st344;
	goto st0;
st344:
	if ( ++p == pe )
		goto _test_eof344;
case 344:
	if ( (*p) == 46u )
		goto st335;
	goto st0;
st345:
	if ( ++p == pe )
		goto _test_eof345;
case 345:
	switch( (*p) ) {
		case 46u: goto st333;
		case 58u: goto st331;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st346;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st329;
	} else
		goto st329;
	goto st0;
st346:
	if ( ++p == pe )
		goto _test_eof346;
case 346:
	switch( (*p) ) {
		case 46u: goto st333;
		case 58u: goto st331;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st330;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st330;
	} else
		goto st330;
	goto st0;
st347:
	if ( ++p == pe )
		goto _test_eof347;
case 347:
	switch( (*p) ) {
		case 58u: goto st356;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st348;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st353;
	} else
		goto st353;
	goto st0;
st348:
	if ( ++p == pe )
		goto _test_eof348;
case 348:
	switch( (*p) ) {
		case 46u: goto st333;
		case 58u: goto st352;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st349;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st354;
	} else
		goto st354;
	goto st0;
st349:
	if ( ++p == pe )
		goto _test_eof349;
case 349:
	switch( (*p) ) {
		case 46u: goto st333;
		case 58u: goto st352;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st350;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st355;
	} else
		goto st355;
	goto st0;
st350:
	if ( ++p == pe )
		goto _test_eof350;
case 350:
	switch( (*p) ) {
		case 46u: goto st333;
		case 58u: goto st352;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st351;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st351;
	} else
		goto st351;
	goto st0;
st351:
	if ( ++p == pe )
		goto _test_eof351;
case 351:
	switch( (*p) ) {
		case 58u: goto st352;
		case 93u: goto st878;
	}
	goto st0;
st352:
	if ( ++p == pe )
		goto _test_eof352;
case 352:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st348;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st353;
	} else
		goto st353;
	goto st0;
st353:
	if ( ++p == pe )
		goto _test_eof353;
case 353:
	switch( (*p) ) {
		case 58u: goto st352;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st354;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st354;
	} else
		goto st354;
	goto st0;
st354:
	if ( ++p == pe )
		goto _test_eof354;
case 354:
	switch( (*p) ) {
		case 58u: goto st352;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st355;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st355;
	} else
		goto st355;
	goto st0;
st355:
	if ( ++p == pe )
		goto _test_eof355;
case 355:
	switch( (*p) ) {
		case 58u: goto st352;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st351;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st351;
	} else
		goto st351;
	goto st0;
st356:
	if ( ++p == pe )
		goto _test_eof356;
case 356:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st357;
	goto st0;
st357:
	if ( ++p == pe )
		goto _test_eof357;
case 357:
	if ( (*p) == 46u )
		goto st333;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st358;
	goto st0;
st358:
	if ( ++p == pe )
		goto _test_eof358;
case 358:
	if ( (*p) == 46u )
		goto st333;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st359;
	goto st0;
st359:
	if ( ++p == pe )
		goto _test_eof359;
case 359:
	if ( (*p) == 46u )
		goto st333;
	goto st0;
st360:
	if ( ++p == pe )
		goto _test_eof360;
case 360:
	if ( (*p) == 58u )
		goto st347;
	goto st0;
st361:
	if ( ++p == pe )
		goto _test_eof361;
case 361:
	if ( (*p) == 10u )
		goto st319;
	goto st0;
tr1085:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st362;
st362:
	if ( ++p == pe )
		goto _test_eof362;
case 362:
#line 12116 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st316;
	goto st0;
st363:
	if ( ++p == pe )
		goto _test_eof363;
case 363:
	if ( (*p) == 10u )
		goto st313;
	goto st0;
st364:
	if ( ++p == pe )
		goto _test_eof364;
case 364:
	if ( (*p) == 10u )
		goto st310;
	goto st0;
tr364:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st365;
st365:
	if ( ++p == pe )
		goto _test_eof365;
case 365:
#line 12140 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st305;
	goto st0;
tr442:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st366;
tr1073:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st366;
st366:
	if ( ++p == pe )
		goto _test_eof366;
case 366:
#line 12154 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st366;
		case 10u: goto st367;
		case 13u: goto st368;
		case 32u: goto st366;
		case 34u: goto st369;
		case 92u: goto st374;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr442;
st367:
	if ( ++p == pe )
		goto _test_eof367;
case 367:
	switch( (*p) ) {
		case 9u: goto st366;
		case 32u: goto st366;
	}
	goto st0;
st368:
	if ( ++p == pe )
		goto _test_eof368;
case 368:
	if ( (*p) == 10u )
		goto st367;
	goto st0;
st369:
	if ( ++p == pe )
		goto _test_eof369;
case 369:
	switch( (*p) ) {
		case 9u: goto tr445;
		case 10u: goto tr446;
		case 13u: goto tr447;
		case 32u: goto tr445;
		case 60u: goto tr366;
	}
	goto st0;
tr445:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st370;
st370:
	if ( ++p == pe )
		goto _test_eof370;
case 370:
#line 12201 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st370;
		case 10u: goto st371;
		case 13u: goto st373;
		case 32u: goto st370;
		case 60u: goto tr370;
	}
	goto st0;
tr446:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st371;
st371:
	if ( ++p == pe )
		goto _test_eof371;
case 371:
#line 12216 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st372;
		case 32u: goto st372;
	}
	goto st0;
st372:
	if ( ++p == pe )
		goto _test_eof372;
case 372:
	switch( (*p) ) {
		case 9u: goto st372;
		case 32u: goto st372;
		case 60u: goto tr370;
	}
	goto st0;
tr447:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st373;
st373:
	if ( ++p == pe )
		goto _test_eof373;
case 373:
#line 12238 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st371;
	goto st0;
st374:
	if ( ++p == pe )
		goto _test_eof374;
case 374:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st366;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st366;
	} else
		goto st366;
	goto st0;
tr1076:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
	goto st375;
st375:
	if ( ++p == pe )
		goto _test_eof375;
case 375:
#line 12263 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr362;
		case 10u: goto tr363;
		case 13u: goto tr364;
		case 32u: goto tr362;
		case 33u: goto st303;
		case 37u: goto st303;
		case 39u: goto st303;
		case 42u: goto st303;
		case 43u: goto st375;
		case 58u: goto st879;
		case 60u: goto tr366;
		case 126u: goto st303;
	}
	if ( (*p) < 65u ) {
		if ( (*p) > 46u ) {
			if ( 48u <= (*p) && (*p) <= 57u )
				goto st375;
		} else if ( (*p) >= 45u )
			goto st375;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 96u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st375;
		} else if ( (*p) >= 95u )
			goto st303;
	} else
		goto st375;
	goto st0;
tr1093:
#line 75 "grammar/sip_headers.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_ADDR)))-1;} }
	goto st879;
st879:
	if ( ++p == pe )
		goto _test_eof879;
case 879:
#line 12299 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1094;
		case 10u: goto tr1095;
		case 13u: goto tr1096;
		case 32u: goto tr1094;
		case 34u: goto st0;
		case 44u: goto tr1097;
		case 59u: goto tr1098;
		case 60u: goto st0;
	}
	if ( 62u <= (*p) && (*p) <= 63u )
		goto st0;
	goto tr1093;
st376:
	if ( ++p == pe )
		goto _test_eof376;
case 376:
	if ( (*p) == 10u )
		goto st301;
	goto st0;
tr1074:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 42 "grammar/sip_headers.rl"
	{ hs->flags |= FSIP_HS_STAR; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st880;
st880:
	if ( ++p == pe )
		goto _test_eof880;
case 880:
#line 12328 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr362;
		case 10u: goto tr363;
		case 13u: goto tr364;
		case 32u: goto tr362;
		case 33u: goto st303;
		case 37u: goto st303;
		case 39u: goto st303;
		case 60u: goto tr366;
		case 126u: goto st303;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st303;
		} else if ( (*p) >= 42u )
			goto st303;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st303;
		} else if ( (*p) >= 65u )
			goto st303;
	} else
		goto st303;
	goto st0;
case 881:
	switch( (*p) ) {
		case 9u: goto st377;
		case 10u: goto st378;
		case 13u: goto st381;
		case 32u: goto st377;
		case 33u: goto tr1099;
		case 34u: goto tr1100;
		case 37u: goto tr1099;
		case 39u: goto tr1099;
		case 44u: goto tr458;
		case 60u: goto tr1101;
		case 126u: goto tr1099;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1099;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1099;
		} else if ( (*p) >= 65u )
			goto tr1099;
	} else
		goto tr1099;
	goto st0;
st377:
	if ( ++p == pe )
		goto _test_eof377;
case 377:
	switch( (*p) ) {
		case 9u: goto st377;
		case 10u: goto st378;
		case 13u: goto st381;
		case 32u: goto st377;
		case 44u: goto tr458;
	}
	goto st0;
st378:
	if ( ++p == pe )
		goto _test_eof378;
case 378:
	switch( (*p) ) {
		case 9u: goto st379;
		case 32u: goto st379;
	}
	goto st0;
st379:
	if ( ++p == pe )
		goto _test_eof379;
case 379:
	switch( (*p) ) {
		case 9u: goto st379;
		case 32u: goto st379;
		case 44u: goto tr458;
	}
	goto st0;
tr458:
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st882;
tr1112:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st882;
st882:
	if ( ++p == pe )
		goto _test_eof882;
case 882:
#line 12422 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st882;
		case 10u: goto st380;
		case 13u: goto st454;
		case 32u: goto st882;
		case 33u: goto tr1099;
		case 34u: goto tr1100;
		case 37u: goto tr1099;
		case 39u: goto tr1099;
		case 44u: goto tr458;
		case 60u: goto tr1101;
		case 126u: goto tr1099;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1099;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1099;
		} else if ( (*p) >= 65u )
			goto tr1099;
	} else
		goto tr1099;
	goto st0;
st380:
	if ( ++p == pe )
		goto _test_eof380;
case 380:
	switch( (*p) ) {
		case 9u: goto st883;
		case 32u: goto st883;
	}
	goto st0;
st883:
	if ( ++p == pe )
		goto _test_eof883;
case 883:
	switch( (*p) ) {
		case 9u: goto st883;
		case 10u: goto st378;
		case 13u: goto st381;
		case 32u: goto st883;
		case 33u: goto tr1099;
		case 34u: goto tr1100;
		case 37u: goto tr1099;
		case 39u: goto tr1099;
		case 44u: goto tr458;
		case 60u: goto tr1101;
		case 126u: goto tr1099;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1099;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1099;
		} else if ( (*p) >= 65u )
			goto tr1099;
	} else
		goto tr1099;
	goto st0;
st381:
	if ( ++p == pe )
		goto _test_eof381;
case 381:
	if ( (*p) == 10u )
		goto st378;
	goto st0;
tr1099:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st382;
st382:
	if ( ++p == pe )
		goto _test_eof382;
case 382:
#line 12500 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr461;
		case 10u: goto tr462;
		case 13u: goto tr463;
		case 32u: goto tr461;
		case 33u: goto st382;
		case 37u: goto st382;
		case 39u: goto st382;
		case 60u: goto tr465;
		case 126u: goto st382;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st382;
		} else if ( (*p) >= 42u )
			goto st382;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st382;
		} else if ( (*p) >= 65u )
			goto st382;
	} else
		goto st382;
	goto st0;
tr461:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st383;
st383:
	if ( ++p == pe )
		goto _test_eof383;
case 383:
#line 12533 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st383;
		case 10u: goto st384;
		case 13u: goto st444;
		case 32u: goto st383;
		case 33u: goto st382;
		case 37u: goto st382;
		case 39u: goto st382;
		case 60u: goto tr469;
		case 126u: goto st382;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st382;
		} else if ( (*p) >= 42u )
			goto st382;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st382;
		} else if ( (*p) >= 65u )
			goto st382;
	} else
		goto st382;
	goto st0;
tr462:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st384;
st384:
	if ( ++p == pe )
		goto _test_eof384;
case 384:
#line 12566 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st385;
		case 32u: goto st385;
	}
	goto st0;
st385:
	if ( ++p == pe )
		goto _test_eof385;
case 385:
	switch( (*p) ) {
		case 9u: goto st385;
		case 32u: goto st385;
		case 33u: goto st382;
		case 37u: goto st382;
		case 39u: goto st382;
		case 60u: goto tr469;
		case 126u: goto st382;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st382;
		} else if ( (*p) >= 42u )
			goto st382;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st382;
		} else if ( (*p) >= 65u )
			goto st382;
	} else
		goto st382;
	goto st0;
tr1101:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 40 "grammar/sip_headers.rl"
	{ hs->flags = (hs->flags | FSIP_HS_NAME_ADDR) & ~(uint32_t)FSIP_HS_STAR; }
	goto st386;
tr465:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
#line 40 "grammar/sip_headers.rl"
	{ hs->flags = (hs->flags | FSIP_HS_NAME_ADDR) & ~(uint32_t)FSIP_HS_STAR; }
	goto st386;
tr469:
#line 40 "grammar/sip_headers.rl"
	{ hs->flags = (hs->flags | FSIP_HS_NAME_ADDR) & ~(uint32_t)FSIP_HS_STAR; }
	goto st386;
tr472:
#line 41 "grammar/sip_headers.rl"
	{ hs->flags |= FSIP_HS_ASPACE; }
	goto st386;
st386:
	if ( ++p == pe )
		goto _test_eof386;
case 386:
#line 12617 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr472;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr472;
		case 60u: goto st0;
		case 62u: goto st0;
	}
	goto tr471;
tr471:
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
#line 74 "grammar/sip_headers.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_ANGLE)))-1;} }
	goto st387;
tr473:
#line 74 "grammar/sip_headers.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_ANGLE)))-1;} }
	goto st387;
st387:
	if ( ++p == pe )
		goto _test_eof387;
case 387:
#line 12637 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr474;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr474;
		case 60u: goto st0;
		case 62u: goto tr475;
	}
	goto tr473;
tr476:
#line 41 "grammar/sip_headers.rl"
	{ hs->flags |= FSIP_HS_ASPACE; }
	goto st388;
tr474:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
#line 41 "grammar/sip_headers.rl"
	{ hs->flags |= FSIP_HS_ASPACE; }
	goto st388;
st388:
	if ( ++p == pe )
		goto _test_eof388;
case 388:
#line 12657 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr476;
		case 32u: goto tr476;
		case 62u: goto st884;
	}
	goto st0;
tr475:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st884;
st884:
	if ( ++p == pe )
		goto _test_eof884;
case 884:
#line 12670 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st884;
		case 10u: goto st389;
		case 13u: goto st443;
		case 32u: goto st884;
		case 44u: goto tr458;
		case 59u: goto tr480;
	}
	goto st0;
st389:
	if ( ++p == pe )
		goto _test_eof389;
case 389:
	switch( (*p) ) {
		case 9u: goto st885;
		case 32u: goto st885;
	}
	goto st0;
st885:
	if ( ++p == pe )
		goto _test_eof885;
case 885:
	switch( (*p) ) {
		case 9u: goto st885;
		case 10u: goto st390;
		case 13u: goto st393;
		case 32u: goto st885;
		case 44u: goto tr458;
		case 59u: goto tr480;
	}
	goto st0;
tr1115:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st390;
st390:
	if ( ++p == pe )
		goto _test_eof390;
case 390:
#line 12708 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st391;
		case 32u: goto st391;
	}
	goto st0;
st391:
	if ( ++p == pe )
		goto _test_eof391;
case 391:
	switch( (*p) ) {
		case 9u: goto st391;
		case 32u: goto st391;
		case 44u: goto tr458;
		case 59u: goto tr480;
	}
	goto st0;
tr480:
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st886;
tr1113:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
#line 34 "grammar/sip_headers.rl"
	{ if (hs->pend && !hs->empty_at) hs->empty_at = p; hs->pend = 1; }
	goto st886;
st886:
	if ( ++p == pe )
		goto _test_eof886;
case 886:
#line 12735 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st886;
		case 10u: goto st392;
		case 13u: goto st442;
		case 32u: goto st886;
		case 33u: goto tr1107;
		case 37u: goto tr1107;
		case 39u: goto tr1107;
		case 44u: goto tr458;
		case 59u: goto tr480;
		case 126u: goto tr1107;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1107;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1107;
		} else if ( (*p) >= 65u )
			goto tr1107;
	} else
		goto tr1107;
	goto st0;
st392:
	if ( ++p == pe )
		goto _test_eof392;
case 392:
	switch( (*p) ) {
		case 9u: goto st887;
		case 32u: goto st887;
	}
	goto st0;
st887:
	if ( ++p == pe )
		goto _test_eof887;
case 887:
	switch( (*p) ) {
		case 9u: goto st887;
		case 10u: goto st390;
		case 13u: goto st393;
		case 32u: goto st887;
		case 33u: goto tr1107;
		case 37u: goto tr1107;
		case 39u: goto tr1107;
		case 44u: goto tr458;
		case 59u: goto tr480;
		case 126u: goto tr1107;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1107;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1107;
		} else if ( (*p) >= 65u )
			goto tr1107;
	} else
		goto tr1107;
	goto st0;
tr1116:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st393;
st393:
	if ( ++p == pe )
		goto _test_eof393;
case 393:
#line 12803 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st390;
	goto st0;
tr1111:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st888;
tr1107:
#line 31 "grammar/sip_headers.rl"
	{ pn = p; pv = NULL; hs->pend = 0; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st888;
st888:
	if ( ++p == pe )
		goto _test_eof888;
case 888:
#line 12817 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1108;
		case 10u: goto tr1109;
		case 13u: goto tr1110;
		case 32u: goto tr1108;
		case 33u: goto tr1111;
		case 37u: goto tr1111;
		case 39u: goto tr1111;
		case 44u: goto tr1112;
		case 59u: goto tr1113;
		case 61u: goto st397;
		case 126u: goto tr1111;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1111;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1111;
		} else if ( (*p) >= 65u )
			goto tr1111;
	} else
		goto tr1111;
	goto st0;
tr1108:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st394;
st394:
	if ( ++p == pe )
		goto _test_eof394;
case 394:
#line 12849 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st394;
		case 10u: goto st395;
		case 13u: goto st441;
		case 32u: goto st394;
		case 44u: goto tr458;
		case 59u: goto tr480;
		case 61u: goto st397;
	}
	goto st0;
tr1109:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st395;
st395:
	if ( ++p == pe )
		goto _test_eof395;
case 395:
#line 12866 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st396;
		case 32u: goto st396;
	}
	goto st0;
st396:
	if ( ++p == pe )
		goto _test_eof396;
case 396:
	switch( (*p) ) {
		case 9u: goto st396;
		case 32u: goto st396;
		case 44u: goto tr458;
		case 59u: goto tr480;
		case 61u: goto st397;
	}
	goto st0;
st397:
	if ( ++p == pe )
		goto _test_eof397;
case 397:
	switch( (*p) ) {
		case 9u: goto st397;
		case 10u: goto st398;
		case 13u: goto st440;
		case 32u: goto st397;
		case 33u: goto tr490;
		case 34u: goto tr491;
		case 37u: goto tr490;
		case 39u: goto tr490;
		case 91u: goto tr492;
		case 126u: goto tr490;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr490;
		} else if ( (*p) >= 42u )
			goto tr490;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr490;
		} else if ( (*p) >= 65u )
			goto tr490;
	} else
		goto tr490;
	goto st0;
st398:
	if ( ++p == pe )
		goto _test_eof398;
case 398:
	switch( (*p) ) {
		case 9u: goto st399;
		case 32u: goto st399;
	}
	goto st0;
st399:
	if ( ++p == pe )
		goto _test_eof399;
case 399:
	switch( (*p) ) {
		case 9u: goto st399;
		case 32u: goto st399;
		case 33u: goto tr490;
		case 34u: goto tr491;
		case 37u: goto tr490;
		case 39u: goto tr490;
		case 91u: goto tr492;
		case 126u: goto tr490;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr490;
		} else if ( (*p) >= 42u )
			goto tr490;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr490;
		} else if ( (*p) >= 65u )
			goto tr490;
	} else
		goto tr490;
	goto st0;
tr490:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st889;
st889:
	if ( ++p == pe )
		goto _test_eof889;
case 889:
#line 12959 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1114;
		case 10u: goto tr1115;
		case 13u: goto tr1116;
		case 32u: goto tr1114;
		case 33u: goto st889;
		case 37u: goto st889;
		case 39u: goto st889;
		case 44u: goto tr1112;
		case 59u: goto tr1113;
		case 126u: goto st889;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto st889;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st889;
		} else if ( (*p) >= 65u )
			goto st889;
	} else
		goto st889;
	goto st0;
tr1114:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st400;
st400:
	if ( ++p == pe )
		goto _test_eof400;
case 400:
#line 12990 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st400;
		case 10u: goto st390;
		case 13u: goto st393;
		case 32u: goto st400;
		case 44u: goto tr458;
		case 59u: goto tr480;
	}
	goto st0;
tr491:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st401;
tr499:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st401;
st401:
	if ( ++p == pe )
		goto _test_eof401;
case 401:
#line 13009 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st401;
		case 10u: goto st402;
		case 13u: goto st403;
		case 32u: goto st401;
		case 34u: goto st890;
		case 92u: goto st404;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr499;
st402:
	if ( ++p == pe )
		goto _test_eof402;
case 402:
	switch( (*p) ) {
		case 9u: goto st401;
		case 32u: goto st401;
	}
	goto st0;
st403:
	if ( ++p == pe )
		goto _test_eof403;
case 403:
	if ( (*p) == 10u )
		goto st402;
	goto st0;
st890:
	if ( ++p == pe )
		goto _test_eof890;
case 890:
	switch( (*p) ) {
		case 9u: goto tr1114;
		case 10u: goto tr1115;
		case 13u: goto tr1116;
		case 32u: goto tr1114;
		case 44u: goto tr1112;
		case 59u: goto tr1113;
	}
	goto st0;
st404:
	if ( ++p == pe )
		goto _test_eof404;
case 404:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st401;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st401;
	} else
		goto st401;
	goto st0;
tr492:
#line 35 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st405;
st405:
	if ( ++p == pe )
		goto _test_eof405;
case 405:
#line 13070 "gen/sip_headers.c"
	if ( (*p) == 58u )
		goto st439;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st406;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st406;
	} else
		goto st406;
	goto st0;
st406:
	if ( ++p == pe )
		goto _test_eof406;
case 406:
	switch( (*p) ) {
		case 58u: goto st410;
		case 93u: goto st890;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st407;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st407;
	} else
		goto st407;
	goto st0;
st407:
	if ( ++p == pe )
		goto _test_eof407;
case 407:
	switch( (*p) ) {
		case 58u: goto st410;
		case 93u: goto st890;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st408;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st408;
	} else
		goto st408;
	goto st0;
st408:
	if ( ++p == pe )
		goto _test_eof408;
case 408:
	switch( (*p) ) {
		case 58u: goto st410;
		case 93u: goto st890;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st409;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st409;
	} else
		goto st409;
	goto st0;
st409:
	if ( ++p == pe )
		goto _test_eof409;
case 409:
	switch( (*p) ) {
		case 58u: goto st410;
		case 93u: goto st890;
	}
	goto st0;
st410:
	if ( ++p == pe )
		goto _test_eof410;
case 410:
	if ( (*p) == 58u )
		goto st426;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st411;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st406;
	} else
		goto st406;
	goto st0;
st411:
	if ( ++p == pe )
		goto _test_eof411;
case 411:
	switch( (*p) ) {
		case 46u: goto st412;
		case 58u: goto st410;
		case 93u: goto st890;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st424;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st407;
	} else
		goto st407;
	goto st0;
st412:
	if ( ++p == pe )
		goto _test_eof412;
case 412:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st413;
	goto st0;
st413:
	if ( ++p == pe )
		goto _test_eof413;
case 413:
	if ( (*p) == 46u )
		goto st414;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st422;
	goto st0;
st414:
	if ( ++p == pe )
		goto _test_eof414;
case 414:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st415;
	goto st0;
st415:
	if ( ++p == pe )
		goto _test_eof415;
case 415:
	if ( (*p) == 46u )
		goto st416;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st420;
	goto st0;
st416:
	if ( ++p == pe )
		goto _test_eof416;
case 416:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st417;
	goto st0;
st417:
	if ( ++p == pe )
		goto _test_eof417;
case 417:
	if ( (*p) == 93u )
		goto st890;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st418;
	goto st0;
st418:
	if ( ++p == pe )
		goto _test_eof418;
case 418:
	if ( (*p) == 93u )
		goto st890;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st419;
	goto st0;
st419:
	if ( ++p == pe )
		goto _test_eof419;
case 419:
	if ( (*p) == 93u )
		goto st890;
	goto st0;
st420:
	if ( ++p == pe )
		goto _test_eof420;
case 420:
	if ( (*p) == 46u )
		goto st416;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st421;
	goto st0;
st421:
	if ( ++p == pe )
		goto _test_eof421;
case 421:
	if ( (*p) == 46u )
		goto st416;
	goto st0;
st422:
	if ( ++p == pe )
		goto _test_eof422;
case 422:
	if ( (*p) == 46u )
		goto st414;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st423;
	goto st0;
st423:
	if ( ++p == pe )
		goto _test_eof423;
case 423:
	if ( (*p) == 46u )
		goto st414;
	goto st0;
st424:
	if ( ++p == pe )
		goto _test_eof424;
case 424:
	switch( (*p) ) {
		case 46u: goto st412;
		case 58u: goto st410;
		case 93u: goto st890;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st425;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st408;
	} else
		goto st408;
	goto st0;
st425:
	if ( ++p == pe )
		goto _test_eof425;
case 425:
	switch( (*p) ) {
		case 46u: goto st412;
		case 58u: goto st410;
		case 93u: goto st890;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st409;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st409;
	} else
		goto st409;
	goto st0;
st426:
	if ( ++p == pe )
		goto _test_eof426;
case 426:
	switch( (*p) ) {
		case 58u: goto st435;
		case 93u: goto st890;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st427;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st432;
	} else
		goto st432;
	goto st0;
st427:
	if ( ++p == pe )
		goto _test_eof427;
case 427:
	switch( (*p) ) {
		case 46u: goto st412;
		case 58u: goto st431;
		case 93u: goto st890;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st428;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st433;
	} else
		goto st433;
	goto st0;
st428:
	if ( ++p == pe )
		goto _test_eof428;
case 428:
	switch( (*p) ) {
		case 46u: goto st412;
		case 58u: goto st431;
		case 93u: goto st890;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st429;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st434;
	} else
		goto st434;
	goto st0;
st429:
	if ( ++p == pe )
		goto _test_eof429;
case 429:
	switch( (*p) ) {
		case 46u: goto st412;
		case 58u: goto st431;
		case 93u: goto st890;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st430;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st430;
	} else
		goto st430;
	goto st0;
st430:
	if ( ++p == pe )
		goto _test_eof430;
case 430:
	switch( (*p) ) {
		case 58u: goto st431;
		case 93u: goto st890;
	}
	goto st0;
st431:
	if ( ++p == pe )
		goto _test_eof431;
case 431:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st427;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st432;
	} else
		goto st432;
	goto st0;
st432:
	if ( ++p == pe )
		goto _test_eof432;
case 432:
	switch( (*p) ) {
		case 58u: goto st431;
		case 93u: goto st890;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st433;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st433;
	} else
		goto st433;
	goto st0;
st433:
	if ( ++p == pe )
		goto _test_eof433;
case 433:
	switch( (*p) ) {
		case 58u: goto st431;
		case 93u: goto st890;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st434;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st434;
	} else
		goto st434;
	goto st0;
st434:
	if ( ++p == pe )
		goto _test_eof434;
case 434:
	switch( (*p) ) {
		case 58u: goto st431;
		case 93u: goto st890;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st430;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st430;
	} else
		goto st430;
	goto st0;
st435:
	if ( ++p == pe )
		goto _test_eof435;
case 435:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st436;
	goto st0;
st436:
	if ( ++p == pe )
		goto _test_eof436;
case 436:
	if ( (*p) == 46u )
		goto st412;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st437;
	goto st0;
st437:
	if ( ++p == pe )
		goto _test_eof437;
case 437:
	if ( (*p) == 46u )
		goto st412;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st438;
	goto st0;
st438:
	if ( ++p == pe )
		goto _test_eof438;
case 438:
	if ( (*p) == 46u )
		goto st412;
	goto st0;
st439:
	if ( ++p == pe )
		goto _test_eof439;
case 439:
	if ( (*p) == 58u )
		goto st426;
	goto st0;
st440:
	if ( ++p == pe )
		goto _test_eof440;
case 440:
	if ( (*p) == 10u )
		goto st398;
	goto st0;
tr1110:
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	goto st441;
st441:
	if ( ++p == pe )
		goto _test_eof441;
case 441:
#line 13503 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st395;
	goto st0;
st442:
	if ( ++p == pe )
		goto _test_eof442;
case 442:
	if ( (*p) == 10u )
		goto st392;
	goto st0;
st443:
	if ( ++p == pe )
		goto _test_eof443;
case 443:
	if ( (*p) == 10u )
		goto st389;
	goto st0;
tr463:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st444;
st444:
	if ( ++p == pe )
		goto _test_eof444;
case 444:
#line 13527 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st384;
	goto st0;
tr541:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st445;
tr1100:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st445;
st445:
	if ( ++p == pe )
		goto _test_eof445;
case 445:
#line 13541 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st445;
		case 10u: goto st446;
		case 13u: goto st447;
		case 32u: goto st445;
		case 34u: goto st448;
		case 92u: goto st453;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr541;
st446:
	if ( ++p == pe )
		goto _test_eof446;
case 446:
	switch( (*p) ) {
		case 9u: goto st445;
		case 32u: goto st445;
	}
	goto st0;
st447:
	if ( ++p == pe )
		goto _test_eof447;
case 447:
	if ( (*p) == 10u )
		goto st446;
	goto st0;
st448:
	if ( ++p == pe )
		goto _test_eof448;
case 448:
	switch( (*p) ) {
		case 9u: goto tr544;
		case 10u: goto tr545;
		case 13u: goto tr546;
		case 32u: goto tr544;
		case 60u: goto tr465;
	}
	goto st0;
tr544:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st449;
st449:
	if ( ++p == pe )
		goto _test_eof449;
case 449:
#line 13588 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st449;
		case 10u: goto st450;
		case 13u: goto st452;
		case 32u: goto st449;
		case 60u: goto tr469;
	}
	goto st0;
tr545:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st450;
st450:
	if ( ++p == pe )
		goto _test_eof450;
case 450:
#line 13603 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st451;
		case 32u: goto st451;
	}
	goto st0;
st451:
	if ( ++p == pe )
		goto _test_eof451;
case 451:
	switch( (*p) ) {
		case 9u: goto st451;
		case 32u: goto st451;
		case 60u: goto tr469;
	}
	goto st0;
tr546:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st452;
st452:
	if ( ++p == pe )
		goto _test_eof452;
case 452:
#line 13625 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st450;
	goto st0;
st453:
	if ( ++p == pe )
		goto _test_eof453;
case 453:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st445;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st445;
	} else
		goto st445;
	goto st0;
st454:
	if ( ++p == pe )
		goto _test_eof454;
case 454:
	if ( (*p) == 10u )
		goto st380;
	goto st0;
case 900:
	switch( (*p) ) {
		case 9u: goto st527;
		case 10u: goto st528;
		case 13u: goto st531;
		case 32u: goto st527;
		case 33u: goto tr1138;
		case 37u: goto tr1138;
		case 39u: goto tr1138;
		case 44u: goto tr644;
		case 126u: goto tr1138;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1138;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1138;
		} else if ( (*p) >= 65u )
			goto tr1138;
	} else
		goto tr1138;
	goto st0;
tr1141:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st527;
st527:
	if ( ++p == pe )
		goto _test_eof527;
case 527:
#line 13679 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st527;
		case 10u: goto st528;
		case 13u: goto st531;
		case 32u: goto st527;
		case 44u: goto tr644;
	}
	goto st0;
tr1142:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st528;
st528:
	if ( ++p == pe )
		goto _test_eof528;
case 528:
#line 13694 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st529;
		case 32u: goto st529;
	}
	goto st0;
st529:
	if ( ++p == pe )
		goto _test_eof529;
case 529:
	switch( (*p) ) {
		case 9u: goto st529;
		case 32u: goto st529;
		case 44u: goto tr644;
	}
	goto st0;
tr644:
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st901;
tr1145:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st901;
st901:
	if ( ++p == pe )
		goto _test_eof901;
case 901:
#line 13720 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st901;
		case 10u: goto st530;
		case 13u: goto st532;
		case 32u: goto st901;
		case 33u: goto tr1138;
		case 37u: goto tr1138;
		case 39u: goto tr1138;
		case 44u: goto tr644;
		case 126u: goto tr1138;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1138;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1138;
		} else if ( (*p) >= 65u )
			goto tr1138;
	} else
		goto tr1138;
	goto st0;
st530:
	if ( ++p == pe )
		goto _test_eof530;
case 530:
	switch( (*p) ) {
		case 9u: goto st902;
		case 32u: goto st902;
	}
	goto st0;
st902:
	if ( ++p == pe )
		goto _test_eof902;
case 902:
	switch( (*p) ) {
		case 9u: goto st902;
		case 10u: goto st528;
		case 13u: goto st531;
		case 32u: goto st902;
		case 33u: goto tr1138;
		case 37u: goto tr1138;
		case 39u: goto tr1138;
		case 44u: goto tr644;
		case 126u: goto tr1138;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1138;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1138;
		} else if ( (*p) >= 65u )
			goto tr1138;
	} else
		goto tr1138;
	goto st0;
tr1143:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st531;
st531:
	if ( ++p == pe )
		goto _test_eof531;
case 531:
#line 13786 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st528;
	goto st0;
tr1144:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st903;
tr1138:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st903;
st903:
	if ( ++p == pe )
		goto _test_eof903;
case 903:
#line 13801 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1141;
		case 10u: goto tr1142;
		case 13u: goto tr1143;
		case 32u: goto tr1141;
		case 33u: goto tr1144;
		case 37u: goto tr1144;
		case 39u: goto tr1144;
		case 44u: goto tr1145;
		case 126u: goto tr1144;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1144;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1144;
		} else if ( (*p) >= 65u )
			goto tr1144;
	} else
		goto tr1144;
	goto st0;
st532:
	if ( ++p == pe )
		goto _test_eof532;
case 532:
	if ( (*p) == 10u )
		goto st530;
	goto st0;
case 904:
	switch( (*p) ) {
		case 9u: goto st533;
		case 10u: goto st534;
		case 13u: goto st537;
		case 32u: goto st533;
		case 33u: goto tr1146;
		case 37u: goto tr1146;
		case 39u: goto tr1146;
		case 44u: goto tr651;
		case 126u: goto tr1146;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1146;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1146;
		} else if ( (*p) >= 65u )
			goto tr1146;
	} else
		goto tr1146;
	goto st0;
tr1149:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st533;
st533:
	if ( ++p == pe )
		goto _test_eof533;
case 533:
#line 13862 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st533;
		case 10u: goto st534;
		case 13u: goto st537;
		case 32u: goto st533;
		case 44u: goto tr651;
	}
	goto st0;
tr1150:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st534;
st534:
	if ( ++p == pe )
		goto _test_eof534;
case 534:
#line 13877 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st535;
		case 32u: goto st535;
	}
	goto st0;
st535:
	if ( ++p == pe )
		goto _test_eof535;
case 535:
	switch( (*p) ) {
		case 9u: goto st535;
		case 32u: goto st535;
		case 44u: goto tr651;
	}
	goto st0;
tr651:
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st905;
tr1153:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st905;
st905:
	if ( ++p == pe )
		goto _test_eof905;
case 905:
#line 13903 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st905;
		case 10u: goto st536;
		case 13u: goto st538;
		case 32u: goto st905;
		case 33u: goto tr1146;
		case 37u: goto tr1146;
		case 39u: goto tr1146;
		case 44u: goto tr651;
		case 126u: goto tr1146;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1146;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1146;
		} else if ( (*p) >= 65u )
			goto tr1146;
	} else
		goto tr1146;
	goto st0;
st536:
	if ( ++p == pe )
		goto _test_eof536;
case 536:
	switch( (*p) ) {
		case 9u: goto st906;
		case 32u: goto st906;
	}
	goto st0;
st906:
	if ( ++p == pe )
		goto _test_eof906;
case 906:
	switch( (*p) ) {
		case 9u: goto st906;
		case 10u: goto st534;
		case 13u: goto st537;
		case 32u: goto st906;
		case 33u: goto tr1146;
		case 37u: goto tr1146;
		case 39u: goto tr1146;
		case 44u: goto tr651;
		case 126u: goto tr1146;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1146;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1146;
		} else if ( (*p) >= 65u )
			goto tr1146;
	} else
		goto tr1146;
	goto st0;
tr1151:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st537;
st537:
	if ( ++p == pe )
		goto _test_eof537;
case 537:
#line 13969 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st534;
	goto st0;
tr1152:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st907;
tr1146:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st907;
st907:
	if ( ++p == pe )
		goto _test_eof907;
case 907:
#line 13984 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1149;
		case 10u: goto tr1150;
		case 13u: goto tr1151;
		case 32u: goto tr1149;
		case 33u: goto tr1152;
		case 37u: goto tr1152;
		case 39u: goto tr1152;
		case 44u: goto tr1153;
		case 126u: goto tr1152;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1152;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1152;
		} else if ( (*p) >= 65u )
			goto tr1152;
	} else
		goto tr1152;
	goto st0;
st538:
	if ( ++p == pe )
		goto _test_eof538;
case 538:
	if ( (*p) == 10u )
		goto st536;
	goto st0;
	}
	_test_eof818: cs = 818; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof819: cs = 819; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 
	_test_eof14: cs = 14; goto _test_eof; 
	_test_eof820: cs = 820; goto _test_eof; 
	_test_eof15: cs = 15; goto _test_eof; 
	_test_eof821: cs = 821; goto _test_eof; 
	_test_eof16: cs = 16; goto _test_eof; 
	_test_eof822: cs = 822; goto _test_eof; 
	_test_eof17: cs = 17; goto _test_eof; 
	_test_eof18: cs = 18; goto _test_eof; 
	_test_eof19: cs = 19; goto _test_eof; 
	_test_eof20: cs = 20; goto _test_eof; 
	_test_eof21: cs = 21; goto _test_eof; 
	_test_eof22: cs = 22; goto _test_eof; 
	_test_eof823: cs = 823; goto _test_eof; 
	_test_eof23: cs = 23; goto _test_eof; 
	_test_eof24: cs = 24; goto _test_eof; 
	_test_eof25: cs = 25; goto _test_eof; 
	_test_eof824: cs = 824; goto _test_eof; 
	_test_eof26: cs = 26; goto _test_eof; 
	_test_eof27: cs = 27; goto _test_eof; 
	_test_eof28: cs = 28; goto _test_eof; 
	_test_eof29: cs = 29; goto _test_eof; 
	_test_eof30: cs = 30; goto _test_eof; 
	_test_eof31: cs = 31; goto _test_eof; 
	_test_eof32: cs = 32; goto _test_eof; 
	_test_eof33: cs = 33; goto _test_eof; 
	_test_eof34: cs = 34; goto _test_eof; 
	_test_eof35: cs = 35; goto _test_eof; 
	_test_eof36: cs = 36; goto _test_eof; 
	_test_eof37: cs = 37; goto _test_eof; 
	_test_eof38: cs = 38; goto _test_eof; 
	_test_eof39: cs = 39; goto _test_eof; 
	_test_eof40: cs = 40; goto _test_eof; 
	_test_eof41: cs = 41; goto _test_eof; 
	_test_eof42: cs = 42; goto _test_eof; 
	_test_eof43: cs = 43; goto _test_eof; 
	_test_eof44: cs = 44; goto _test_eof; 
	_test_eof45: cs = 45; goto _test_eof; 
	_test_eof46: cs = 46; goto _test_eof; 
	_test_eof47: cs = 47; goto _test_eof; 
	_test_eof48: cs = 48; goto _test_eof; 
	_test_eof49: cs = 49; goto _test_eof; 
	_test_eof50: cs = 50; goto _test_eof; 
	_test_eof51: cs = 51; goto _test_eof; 
	_test_eof52: cs = 52; goto _test_eof; 
	_test_eof53: cs = 53; goto _test_eof; 
	_test_eof54: cs = 54; goto _test_eof; 
	_test_eof55: cs = 55; goto _test_eof; 
	_test_eof56: cs = 56; goto _test_eof; 
	_test_eof57: cs = 57; goto _test_eof; 
	_test_eof58: cs = 58; goto _test_eof; 
	_test_eof59: cs = 59; goto _test_eof; 
	_test_eof60: cs = 60; goto _test_eof; 
	_test_eof61: cs = 61; goto _test_eof; 
	_test_eof62: cs = 62; goto _test_eof; 
	_test_eof63: cs = 63; goto _test_eof; 
	_test_eof64: cs = 64; goto _test_eof; 
	_test_eof65: cs = 65; goto _test_eof; 
	_test_eof66: cs = 66; goto _test_eof; 
	_test_eof225: cs = 225; goto _test_eof; 
	_test_eof226: cs = 226; goto _test_eof; 
	_test_eof227: cs = 227; goto _test_eof; 
	_test_eof228: cs = 228; goto _test_eof; 
	_test_eof229: cs = 229; goto _test_eof; 
	_test_eof230: cs = 230; goto _test_eof; 
	_test_eof231: cs = 231; goto _test_eof; 
	_test_eof861: cs = 861; goto _test_eof; 
	_test_eof232: cs = 232; goto _test_eof; 
	_test_eof862: cs = 862; goto _test_eof; 
	_test_eof233: cs = 233; goto _test_eof; 
	_test_eof234: cs = 234; goto _test_eof; 
	_test_eof863: cs = 863; goto _test_eof; 
	_test_eof235: cs = 235; goto _test_eof; 
	_test_eof864: cs = 864; goto _test_eof; 
	_test_eof236: cs = 236; goto _test_eof; 
	_test_eof865: cs = 865; goto _test_eof; 
	_test_eof237: cs = 237; goto _test_eof; 
	_test_eof238: cs = 238; goto _test_eof; 
	_test_eof239: cs = 239; goto _test_eof; 
	_test_eof240: cs = 240; goto _test_eof; 
	_test_eof241: cs = 241; goto _test_eof; 
	_test_eof242: cs = 242; goto _test_eof; 
	_test_eof866: cs = 866; goto _test_eof; 
	_test_eof243: cs = 243; goto _test_eof; 
	_test_eof244: cs = 244; goto _test_eof; 
	_test_eof245: cs = 245; goto _test_eof; 
	_test_eof246: cs = 246; goto _test_eof; 
	_test_eof867: cs = 867; goto _test_eof; 
	_test_eof247: cs = 247; goto _test_eof; 
	_test_eof248: cs = 248; goto _test_eof; 
	_test_eof249: cs = 249; goto _test_eof; 
	_test_eof250: cs = 250; goto _test_eof; 
	_test_eof251: cs = 251; goto _test_eof; 
	_test_eof252: cs = 252; goto _test_eof; 
	_test_eof253: cs = 253; goto _test_eof; 
	_test_eof254: cs = 254; goto _test_eof; 
	_test_eof255: cs = 255; goto _test_eof; 
	_test_eof256: cs = 256; goto _test_eof; 
	_test_eof257: cs = 257; goto _test_eof; 
	_test_eof258: cs = 258; goto _test_eof; 
	_test_eof259: cs = 259; goto _test_eof; 
	_test_eof260: cs = 260; goto _test_eof; 
	_test_eof261: cs = 261; goto _test_eof; 
	_test_eof262: cs = 262; goto _test_eof; 
	_test_eof263: cs = 263; goto _test_eof; 
	_test_eof264: cs = 264; goto _test_eof; 
	_test_eof265: cs = 265; goto _test_eof; 
	_test_eof266: cs = 266; goto _test_eof; 
	_test_eof267: cs = 267; goto _test_eof; 
	_test_eof268: cs = 268; goto _test_eof; 
	_test_eof269: cs = 269; goto _test_eof; 
	_test_eof270: cs = 270; goto _test_eof; 
	_test_eof271: cs = 271; goto _test_eof; 
	_test_eof272: cs = 272; goto _test_eof; 
	_test_eof273: cs = 273; goto _test_eof; 
	_test_eof274: cs = 274; goto _test_eof; 
	_test_eof275: cs = 275; goto _test_eof; 
	_test_eof276: cs = 276; goto _test_eof; 
	_test_eof277: cs = 277; goto _test_eof; 
	_test_eof278: cs = 278; goto _test_eof; 
	_test_eof279: cs = 279; goto _test_eof; 
	_test_eof280: cs = 280; goto _test_eof; 
	_test_eof281: cs = 281; goto _test_eof; 
	_test_eof282: cs = 282; goto _test_eof; 
	_test_eof283: cs = 283; goto _test_eof; 
	_test_eof284: cs = 284; goto _test_eof; 
	_test_eof285: cs = 285; goto _test_eof; 
	_test_eof286: cs = 286; goto _test_eof; 
	_test_eof287: cs = 287; goto _test_eof; 
	_test_eof288: cs = 288; goto _test_eof; 
	_test_eof289: cs = 289; goto _test_eof; 
	_test_eof290: cs = 290; goto _test_eof; 
	_test_eof291: cs = 291; goto _test_eof; 
	_test_eof292: cs = 292; goto _test_eof; 
	_test_eof293: cs = 293; goto _test_eof; 
	_test_eof294: cs = 294; goto _test_eof; 
	_test_eof295: cs = 295; goto _test_eof; 
	_test_eof296: cs = 296; goto _test_eof; 
	_test_eof297: cs = 297; goto _test_eof; 
	_test_eof868: cs = 868; goto _test_eof; 
	_test_eof456: cs = 456; goto _test_eof; 
	_test_eof457: cs = 457; goto _test_eof; 
	_test_eof458: cs = 458; goto _test_eof; 
	_test_eof459: cs = 459; goto _test_eof; 
	_test_eof891: cs = 891; goto _test_eof; 
	_test_eof460: cs = 460; goto _test_eof; 
	_test_eof462: cs = 462; goto _test_eof; 
	_test_eof463: cs = 463; goto _test_eof; 
	_test_eof464: cs = 464; goto _test_eof; 
	_test_eof465: cs = 465; goto _test_eof; 
	_test_eof466: cs = 466; goto _test_eof; 
	_test_eof467: cs = 467; goto _test_eof; 
	_test_eof468: cs = 468; goto _test_eof; 
	_test_eof469: cs = 469; goto _test_eof; 
	_test_eof892: cs = 892; goto _test_eof; 
	_test_eof470: cs = 470; goto _test_eof; 
	_test_eof471: cs = 471; goto _test_eof; 
	_test_eof893: cs = 893; goto _test_eof; 
	_test_eof894: cs = 894; goto _test_eof; 
	_test_eof474: cs = 474; goto _test_eof; 
	_test_eof475: cs = 475; goto _test_eof; 
	_test_eof476: cs = 476; goto _test_eof; 
	_test_eof895: cs = 895; goto _test_eof; 
	_test_eof477: cs = 477; goto _test_eof; 
	_test_eof896: cs = 896; goto _test_eof; 
	_test_eof478: cs = 478; goto _test_eof; 
	_test_eof897: cs = 897; goto _test_eof; 
	_test_eof479: cs = 479; goto _test_eof; 
	_test_eof480: cs = 480; goto _test_eof; 
	_test_eof481: cs = 481; goto _test_eof; 
	_test_eof482: cs = 482; goto _test_eof; 
	_test_eof483: cs = 483; goto _test_eof; 
	_test_eof484: cs = 484; goto _test_eof; 
	_test_eof898: cs = 898; goto _test_eof; 
	_test_eof485: cs = 485; goto _test_eof; 
	_test_eof486: cs = 486; goto _test_eof; 
	_test_eof487: cs = 487; goto _test_eof; 
	_test_eof899: cs = 899; goto _test_eof; 
	_test_eof488: cs = 488; goto _test_eof; 
	_test_eof489: cs = 489; goto _test_eof; 
	_test_eof490: cs = 490; goto _test_eof; 
	_test_eof491: cs = 491; goto _test_eof; 
	_test_eof492: cs = 492; goto _test_eof; 
	_test_eof493: cs = 493; goto _test_eof; 
	_test_eof494: cs = 494; goto _test_eof; 
	_test_eof495: cs = 495; goto _test_eof; 
	_test_eof496: cs = 496; goto _test_eof; 
	_test_eof497: cs = 497; goto _test_eof; 
	_test_eof498: cs = 498; goto _test_eof; 
	_test_eof499: cs = 499; goto _test_eof; 
	_test_eof500: cs = 500; goto _test_eof; 
	_test_eof501: cs = 501; goto _test_eof; 
	_test_eof502: cs = 502; goto _test_eof; 
	_test_eof503: cs = 503; goto _test_eof; 
	_test_eof504: cs = 504; goto _test_eof; 
	_test_eof505: cs = 505; goto _test_eof; 
	_test_eof506: cs = 506; goto _test_eof; 
	_test_eof507: cs = 507; goto _test_eof; 
	_test_eof508: cs = 508; goto _test_eof; 
	_test_eof509: cs = 509; goto _test_eof; 
	_test_eof510: cs = 510; goto _test_eof; 
	_test_eof511: cs = 511; goto _test_eof; 
	_test_eof512: cs = 512; goto _test_eof; 
	_test_eof513: cs = 513; goto _test_eof; 
	_test_eof514: cs = 514; goto _test_eof; 
	_test_eof515: cs = 515; goto _test_eof; 
	_test_eof516: cs = 516; goto _test_eof; 
	_test_eof517: cs = 517; goto _test_eof; 
	_test_eof518: cs = 518; goto _test_eof; 
	_test_eof519: cs = 519; goto _test_eof; 
	_test_eof520: cs = 520; goto _test_eof; 
	_test_eof521: cs = 521; goto _test_eof; 
	_test_eof522: cs = 522; goto _test_eof; 
	_test_eof523: cs = 523; goto _test_eof; 
	_test_eof524: cs = 524; goto _test_eof; 
	_test_eof525: cs = 525; goto _test_eof; 
	_test_eof526: cs = 526; goto _test_eof; 
	_test_eof908: cs = 908; goto _test_eof; 
	_test_eof540: cs = 540; goto _test_eof; 
	_test_eof909: cs = 909; goto _test_eof; 
	_test_eof542: cs = 542; goto _test_eof; 
	_test_eof543: cs = 543; goto _test_eof; 
	_test_eof544: cs = 544; goto _test_eof; 
	_test_eof545: cs = 545; goto _test_eof; 
	_test_eof546: cs = 546; goto _test_eof; 
	_test_eof547: cs = 547; goto _test_eof; 
	_test_eof548: cs = 548; goto _test_eof; 
	_test_eof910: cs = 910; goto _test_eof; 
	_test_eof549: cs = 549; goto _test_eof; 
	_test_eof550: cs = 550; goto _test_eof; 
	_test_eof551: cs = 551; goto _test_eof; 
	_test_eof552: cs = 552; goto _test_eof; 
	_test_eof553: cs = 553; goto _test_eof; 
	_test_eof554: cs = 554; goto _test_eof; 
	_test_eof555: cs = 555; goto _test_eof; 
	_test_eof556: cs = 556; goto _test_eof; 
	_test_eof557: cs = 557; goto _test_eof; 
	_test_eof558: cs = 558; goto _test_eof; 
	_test_eof559: cs = 559; goto _test_eof; 
	_test_eof560: cs = 560; goto _test_eof; 
	_test_eof561: cs = 561; goto _test_eof; 
	_test_eof911: cs = 911; goto _test_eof; 
	_test_eof562: cs = 562; goto _test_eof; 
	_test_eof563: cs = 563; goto _test_eof; 
	_test_eof564: cs = 564; goto _test_eof; 
	_test_eof565: cs = 565; goto _test_eof; 
	_test_eof912: cs = 912; goto _test_eof; 
	_test_eof566: cs = 566; goto _test_eof; 
	_test_eof567: cs = 567; goto _test_eof; 
	_test_eof568: cs = 568; goto _test_eof; 
	_test_eof569: cs = 569; goto _test_eof; 
	_test_eof570: cs = 570; goto _test_eof; 
	_test_eof571: cs = 571; goto _test_eof; 
	_test_eof913: cs = 913; goto _test_eof; 
	_test_eof573: cs = 573; goto _test_eof; 
	_test_eof574: cs = 574; goto _test_eof; 
	_test_eof575: cs = 575; goto _test_eof; 
	_test_eof914: cs = 914; goto _test_eof; 
	_test_eof576: cs = 576; goto _test_eof; 
	_test_eof915: cs = 915; goto _test_eof; 
	_test_eof577: cs = 577; goto _test_eof; 
	_test_eof916: cs = 916; goto _test_eof; 
	_test_eof578: cs = 578; goto _test_eof; 
	_test_eof579: cs = 579; goto _test_eof; 
	_test_eof580: cs = 580; goto _test_eof; 
	_test_eof581: cs = 581; goto _test_eof; 
	_test_eof582: cs = 582; goto _test_eof; 
	_test_eof583: cs = 583; goto _test_eof; 
	_test_eof917: cs = 917; goto _test_eof; 
	_test_eof584: cs = 584; goto _test_eof; 
	_test_eof585: cs = 585; goto _test_eof; 
	_test_eof586: cs = 586; goto _test_eof; 
	_test_eof918: cs = 918; goto _test_eof; 
	_test_eof587: cs = 587; goto _test_eof; 
	_test_eof588: cs = 588; goto _test_eof; 
	_test_eof589: cs = 589; goto _test_eof; 
	_test_eof590: cs = 590; goto _test_eof; 
	_test_eof591: cs = 591; goto _test_eof; 
	_test_eof592: cs = 592; goto _test_eof; 
	_test_eof593: cs = 593; goto _test_eof; 
	_test_eof594: cs = 594; goto _test_eof; 
	_test_eof595: cs = 595; goto _test_eof; 
	_test_eof596: cs = 596; goto _test_eof; 
	_test_eof597: cs = 597; goto _test_eof; 
	_test_eof598: cs = 598; goto _test_eof; 
	_test_eof599: cs = 599; goto _test_eof; 
	_test_eof600: cs = 600; goto _test_eof; 
	_test_eof601: cs = 601; goto _test_eof; 
	_test_eof602: cs = 602; goto _test_eof; 
	_test_eof603: cs = 603; goto _test_eof; 
	_test_eof604: cs = 604; goto _test_eof; 
	_test_eof605: cs = 605; goto _test_eof; 
	_test_eof606: cs = 606; goto _test_eof; 
	_test_eof607: cs = 607; goto _test_eof; 
	_test_eof608: cs = 608; goto _test_eof; 
	_test_eof609: cs = 609; goto _test_eof; 
	_test_eof610: cs = 610; goto _test_eof; 
	_test_eof611: cs = 611; goto _test_eof; 
	_test_eof612: cs = 612; goto _test_eof; 
	_test_eof613: cs = 613; goto _test_eof; 
	_test_eof614: cs = 614; goto _test_eof; 
	_test_eof615: cs = 615; goto _test_eof; 
	_test_eof616: cs = 616; goto _test_eof; 
	_test_eof617: cs = 617; goto _test_eof; 
	_test_eof618: cs = 618; goto _test_eof; 
	_test_eof619: cs = 619; goto _test_eof; 
	_test_eof620: cs = 620; goto _test_eof; 
	_test_eof621: cs = 621; goto _test_eof; 
	_test_eof622: cs = 622; goto _test_eof; 
	_test_eof623: cs = 623; goto _test_eof; 
	_test_eof624: cs = 624; goto _test_eof; 
	_test_eof625: cs = 625; goto _test_eof; 
	_test_eof919: cs = 919; goto _test_eof; 
	_test_eof627: cs = 627; goto _test_eof; 
	_test_eof628: cs = 628; goto _test_eof; 
	_test_eof629: cs = 629; goto _test_eof; 
	_test_eof920: cs = 920; goto _test_eof; 
	_test_eof630: cs = 630; goto _test_eof; 
	_test_eof921: cs = 921; goto _test_eof; 
	_test_eof631: cs = 631; goto _test_eof; 
	_test_eof922: cs = 922; goto _test_eof; 
	_test_eof632: cs = 632; goto _test_eof; 
	_test_eof633: cs = 633; goto _test_eof; 
	_test_eof634: cs = 634; goto _test_eof; 
	_test_eof635: cs = 635; goto _test_eof; 
	_test_eof636: cs = 636; goto _test_eof; 
	_test_eof637: cs = 637; goto _test_eof; 
	_test_eof923: cs = 923; goto _test_eof; 
	_test_eof638: cs = 638; goto _test_eof; 
	_test_eof639: cs = 639; goto _test_eof; 
	_test_eof640: cs = 640; goto _test_eof; 
	_test_eof924: cs = 924; goto _test_eof; 
	_test_eof641: cs = 641; goto _test_eof; 
	_test_eof642: cs = 642; goto _test_eof; 
	_test_eof643: cs = 643; goto _test_eof; 
	_test_eof644: cs = 644; goto _test_eof; 
	_test_eof645: cs = 645; goto _test_eof; 
	_test_eof646: cs = 646; goto _test_eof; 
	_test_eof647: cs = 647; goto _test_eof; 
	_test_eof648: cs = 648; goto _test_eof; 
	_test_eof649: cs = 649; goto _test_eof; 
	_test_eof650: cs = 650; goto _test_eof; 
	_test_eof651: cs = 651; goto _test_eof; 
	_test_eof652: cs = 652; goto _test_eof; 
	_test_eof653: cs = 653; goto _test_eof; 
	_test_eof654: cs = 654; goto _test_eof; 
	_test_eof655: cs = 655; goto _test_eof; 
	_test_eof656: cs = 656; goto _test_eof; 
	_test_eof657: cs = 657; goto _test_eof; 
	_test_eof658: cs = 658; goto _test_eof; 
	_test_eof659: cs = 659; goto _test_eof; 
	_test_eof660: cs = 660; goto _test_eof; 
	_test_eof661: cs = 661; goto _test_eof; 
	_test_eof662: cs = 662; goto _test_eof; 
	_test_eof663: cs = 663; goto _test_eof; 
	_test_eof664: cs = 664; goto _test_eof; 
	_test_eof665: cs = 665; goto _test_eof; 
	_test_eof666: cs = 666; goto _test_eof; 
	_test_eof667: cs = 667; goto _test_eof; 
	_test_eof668: cs = 668; goto _test_eof; 
	_test_eof669: cs = 669; goto _test_eof; 
	_test_eof670: cs = 670; goto _test_eof; 
	_test_eof671: cs = 671; goto _test_eof; 
	_test_eof672: cs = 672; goto _test_eof; 
	_test_eof673: cs = 673; goto _test_eof; 
	_test_eof674: cs = 674; goto _test_eof; 
	_test_eof675: cs = 675; goto _test_eof; 
	_test_eof676: cs = 676; goto _test_eof; 
	_test_eof677: cs = 677; goto _test_eof; 
	_test_eof678: cs = 678; goto _test_eof; 
	_test_eof679: cs = 679; goto _test_eof; 
	_test_eof680: cs = 680; goto _test_eof; 
	_test_eof925: cs = 925; goto _test_eof; 
	_test_eof682: cs = 682; goto _test_eof; 
	_test_eof683: cs = 683; goto _test_eof; 
	_test_eof684: cs = 684; goto _test_eof; 
	_test_eof685: cs = 685; goto _test_eof; 
	_test_eof926: cs = 926; goto _test_eof; 
	_test_eof686: cs = 686; goto _test_eof; 
	_test_eof687: cs = 687; goto _test_eof; 
	_test_eof688: cs = 688; goto _test_eof; 
	_test_eof927: cs = 927; goto _test_eof; 
	_test_eof689: cs = 689; goto _test_eof; 
	_test_eof928: cs = 928; goto _test_eof; 
	_test_eof690: cs = 690; goto _test_eof; 
	_test_eof929: cs = 929; goto _test_eof; 
	_test_eof691: cs = 691; goto _test_eof; 
	_test_eof692: cs = 692; goto _test_eof; 
	_test_eof693: cs = 693; goto _test_eof; 
	_test_eof694: cs = 694; goto _test_eof; 
	_test_eof695: cs = 695; goto _test_eof; 
	_test_eof696: cs = 696; goto _test_eof; 
	_test_eof930: cs = 930; goto _test_eof; 
	_test_eof697: cs = 697; goto _test_eof; 
	_test_eof698: cs = 698; goto _test_eof; 
	_test_eof699: cs = 699; goto _test_eof; 
	_test_eof931: cs = 931; goto _test_eof; 
	_test_eof700: cs = 700; goto _test_eof; 
	_test_eof701: cs = 701; goto _test_eof; 
	_test_eof702: cs = 702; goto _test_eof; 
	_test_eof703: cs = 703; goto _test_eof; 
	_test_eof704: cs = 704; goto _test_eof; 
	_test_eof705: cs = 705; goto _test_eof; 
	_test_eof706: cs = 706; goto _test_eof; 
	_test_eof707: cs = 707; goto _test_eof; 
	_test_eof708: cs = 708; goto _test_eof; 
	_test_eof709: cs = 709; goto _test_eof; 
	_test_eof710: cs = 710; goto _test_eof; 
	_test_eof711: cs = 711; goto _test_eof; 
	_test_eof712: cs = 712; goto _test_eof; 
	_test_eof713: cs = 713; goto _test_eof; 
	_test_eof714: cs = 714; goto _test_eof; 
	_test_eof715: cs = 715; goto _test_eof; 
	_test_eof716: cs = 716; goto _test_eof; 
	_test_eof717: cs = 717; goto _test_eof; 
	_test_eof718: cs = 718; goto _test_eof; 
	_test_eof719: cs = 719; goto _test_eof; 
	_test_eof720: cs = 720; goto _test_eof; 
	_test_eof721: cs = 721; goto _test_eof; 
	_test_eof722: cs = 722; goto _test_eof; 
	_test_eof723: cs = 723; goto _test_eof; 
	_test_eof724: cs = 724; goto _test_eof; 
	_test_eof725: cs = 725; goto _test_eof; 
	_test_eof726: cs = 726; goto _test_eof; 
	_test_eof727: cs = 727; goto _test_eof; 
	_test_eof728: cs = 728; goto _test_eof; 
	_test_eof729: cs = 729; goto _test_eof; 
	_test_eof730: cs = 730; goto _test_eof; 
	_test_eof731: cs = 731; goto _test_eof; 
	_test_eof732: cs = 732; goto _test_eof; 
	_test_eof733: cs = 733; goto _test_eof; 
	_test_eof734: cs = 734; goto _test_eof; 
	_test_eof735: cs = 735; goto _test_eof; 
	_test_eof736: cs = 736; goto _test_eof; 
	_test_eof737: cs = 737; goto _test_eof; 
	_test_eof738: cs = 738; goto _test_eof; 
	_test_eof739: cs = 739; goto _test_eof; 
	_test_eof740: cs = 740; goto _test_eof; 
	_test_eof742: cs = 742; goto _test_eof; 
	_test_eof743: cs = 743; goto _test_eof; 
	_test_eof744: cs = 744; goto _test_eof; 
	_test_eof745: cs = 745; goto _test_eof; 
	_test_eof746: cs = 746; goto _test_eof; 
	_test_eof747: cs = 747; goto _test_eof; 
	_test_eof748: cs = 748; goto _test_eof; 
	_test_eof749: cs = 749; goto _test_eof; 
	_test_eof750: cs = 750; goto _test_eof; 
	_test_eof751: cs = 751; goto _test_eof; 
	_test_eof752: cs = 752; goto _test_eof; 
	_test_eof932: cs = 932; goto _test_eof; 
	_test_eof753: cs = 753; goto _test_eof; 
	_test_eof754: cs = 754; goto _test_eof; 
	_test_eof755: cs = 755; goto _test_eof; 
	_test_eof756: cs = 756; goto _test_eof; 
	_test_eof757: cs = 757; goto _test_eof; 
	_test_eof758: cs = 758; goto _test_eof; 
	_test_eof759: cs = 759; goto _test_eof; 
	_test_eof933: cs = 933; goto _test_eof; 
	_test_eof760: cs = 760; goto _test_eof; 
	_test_eof761: cs = 761; goto _test_eof; 
	_test_eof762: cs = 762; goto _test_eof; 
	_test_eof763: cs = 763; goto _test_eof; 
	_test_eof765: cs = 765; goto _test_eof; 
	_test_eof766: cs = 766; goto _test_eof; 
	_test_eof767: cs = 767; goto _test_eof; 
	_test_eof768: cs = 768; goto _test_eof; 
	_test_eof769: cs = 769; goto _test_eof; 
	_test_eof770: cs = 770; goto _test_eof; 
	_test_eof771: cs = 771; goto _test_eof; 
	_test_eof772: cs = 772; goto _test_eof; 
	_test_eof773: cs = 773; goto _test_eof; 
	_test_eof774: cs = 774; goto _test_eof; 
	_test_eof775: cs = 775; goto _test_eof; 
	_test_eof776: cs = 776; goto _test_eof; 
	_test_eof777: cs = 777; goto _test_eof; 
	_test_eof778: cs = 778; goto _test_eof; 
	_test_eof779: cs = 779; goto _test_eof; 
	_test_eof780: cs = 780; goto _test_eof; 
	_test_eof781: cs = 781; goto _test_eof; 
	_test_eof782: cs = 782; goto _test_eof; 
	_test_eof783: cs = 783; goto _test_eof; 
	_test_eof784: cs = 784; goto _test_eof; 
	_test_eof785: cs = 785; goto _test_eof; 
	_test_eof786: cs = 786; goto _test_eof; 
	_test_eof787: cs = 787; goto _test_eof; 
	_test_eof788: cs = 788; goto _test_eof; 
	_test_eof789: cs = 789; goto _test_eof; 
	_test_eof790: cs = 790; goto _test_eof; 
	_test_eof791: cs = 791; goto _test_eof; 
	_test_eof792: cs = 792; goto _test_eof; 
	_test_eof934: cs = 934; goto _test_eof; 
	_test_eof793: cs = 793; goto _test_eof; 
	_test_eof794: cs = 794; goto _test_eof; 
	_test_eof795: cs = 795; goto _test_eof; 
	_test_eof796: cs = 796; goto _test_eof; 
	_test_eof797: cs = 797; goto _test_eof; 
	_test_eof798: cs = 798; goto _test_eof; 
	_test_eof799: cs = 799; goto _test_eof; 
	_test_eof800: cs = 800; goto _test_eof; 
	_test_eof801: cs = 801; goto _test_eof; 
	_test_eof802: cs = 802; goto _test_eof; 
	_test_eof803: cs = 803; goto _test_eof; 
	_test_eof804: cs = 804; goto _test_eof; 
	_test_eof805: cs = 805; goto _test_eof; 
	_test_eof806: cs = 806; goto _test_eof; 
	_test_eof807: cs = 807; goto _test_eof; 
	_test_eof808: cs = 808; goto _test_eof; 
	_test_eof809: cs = 809; goto _test_eof; 
	_test_eof810: cs = 810; goto _test_eof; 
	_test_eof811: cs = 811; goto _test_eof; 
	_test_eof812: cs = 812; goto _test_eof; 
	_test_eof813: cs = 813; goto _test_eof; 
	_test_eof814: cs = 814; goto _test_eof; 
	_test_eof815: cs = 815; goto _test_eof; 
	_test_eof816: cs = 816; goto _test_eof; 
	_test_eof817: cs = 817; goto _test_eof; 
	_test_eof67: cs = 67; goto _test_eof; 
	_test_eof68: cs = 68; goto _test_eof; 
	_test_eof69: cs = 69; goto _test_eof; 
	_test_eof826: cs = 826; goto _test_eof; 
	_test_eof70: cs = 70; goto _test_eof; 
	_test_eof827: cs = 827; goto _test_eof; 
	_test_eof71: cs = 71; goto _test_eof; 
	_test_eof72: cs = 72; goto _test_eof; 
	_test_eof73: cs = 73; goto _test_eof; 
	_test_eof74: cs = 74; goto _test_eof; 
	_test_eof75: cs = 75; goto _test_eof; 
	_test_eof76: cs = 76; goto _test_eof; 
	_test_eof77: cs = 77; goto _test_eof; 
	_test_eof78: cs = 78; goto _test_eof; 
	_test_eof79: cs = 79; goto _test_eof; 
	_test_eof80: cs = 80; goto _test_eof; 
	_test_eof81: cs = 81; goto _test_eof; 
	_test_eof82: cs = 82; goto _test_eof; 
	_test_eof83: cs = 83; goto _test_eof; 
	_test_eof84: cs = 84; goto _test_eof; 
	_test_eof85: cs = 85; goto _test_eof; 
	_test_eof86: cs = 86; goto _test_eof; 
	_test_eof87: cs = 87; goto _test_eof; 
	_test_eof88: cs = 88; goto _test_eof; 
	_test_eof89: cs = 89; goto _test_eof; 
	_test_eof90: cs = 90; goto _test_eof; 
	_test_eof91: cs = 91; goto _test_eof; 
	_test_eof92: cs = 92; goto _test_eof; 
	_test_eof93: cs = 93; goto _test_eof; 
	_test_eof828: cs = 828; goto _test_eof; 
	_test_eof94: cs = 94; goto _test_eof; 
	_test_eof95: cs = 95; goto _test_eof; 
	_test_eof96: cs = 96; goto _test_eof; 
	_test_eof97: cs = 97; goto _test_eof; 
	_test_eof98: cs = 98; goto _test_eof; 
	_test_eof99: cs = 99; goto _test_eof; 
	_test_eof829: cs = 829; goto _test_eof; 
	_test_eof100: cs = 100; goto _test_eof; 
	_test_eof101: cs = 101; goto _test_eof; 
	_test_eof102: cs = 102; goto _test_eof; 
	_test_eof830: cs = 830; goto _test_eof; 
	_test_eof103: cs = 103; goto _test_eof; 
	_test_eof831: cs = 831; goto _test_eof; 
	_test_eof104: cs = 104; goto _test_eof; 
	_test_eof832: cs = 832; goto _test_eof; 
	_test_eof105: cs = 105; goto _test_eof; 
	_test_eof106: cs = 106; goto _test_eof; 
	_test_eof107: cs = 107; goto _test_eof; 
	_test_eof108: cs = 108; goto _test_eof; 
	_test_eof109: cs = 109; goto _test_eof; 
	_test_eof110: cs = 110; goto _test_eof; 
	_test_eof833: cs = 833; goto _test_eof; 
	_test_eof111: cs = 111; goto _test_eof; 
	_test_eof112: cs = 112; goto _test_eof; 
	_test_eof113: cs = 113; goto _test_eof; 
	_test_eof834: cs = 834; goto _test_eof; 
	_test_eof114: cs = 114; goto _test_eof; 
	_test_eof835: cs = 835; goto _test_eof; 
	_test_eof836: cs = 836; goto _test_eof; 
	_test_eof837: cs = 837; goto _test_eof; 
	_test_eof838: cs = 838; goto _test_eof; 
	_test_eof115: cs = 115; goto _test_eof; 
	_test_eof839: cs = 839; goto _test_eof; 
	_test_eof116: cs = 116; goto _test_eof; 
	_test_eof117: cs = 117; goto _test_eof; 
	_test_eof118: cs = 118; goto _test_eof; 
	_test_eof119: cs = 119; goto _test_eof; 
	_test_eof120: cs = 120; goto _test_eof; 
	_test_eof840: cs = 840; goto _test_eof; 
	_test_eof841: cs = 841; goto _test_eof; 
	_test_eof121: cs = 121; goto _test_eof; 
	_test_eof122: cs = 122; goto _test_eof; 
	_test_eof123: cs = 123; goto _test_eof; 
	_test_eof124: cs = 124; goto _test_eof; 
	_test_eof842: cs = 842; goto _test_eof; 
	_test_eof843: cs = 843; goto _test_eof; 
	_test_eof844: cs = 844; goto _test_eof; 
	_test_eof845: cs = 845; goto _test_eof; 
	_test_eof846: cs = 846; goto _test_eof; 
	_test_eof847: cs = 847; goto _test_eof; 
	_test_eof848: cs = 848; goto _test_eof; 
	_test_eof849: cs = 849; goto _test_eof; 
	_test_eof850: cs = 850; goto _test_eof; 
	_test_eof851: cs = 851; goto _test_eof; 
	_test_eof125: cs = 125; goto _test_eof; 
	_test_eof852: cs = 852; goto _test_eof; 
	_test_eof853: cs = 853; goto _test_eof; 
	_test_eof854: cs = 854; goto _test_eof; 
	_test_eof126: cs = 126; goto _test_eof; 
	_test_eof127: cs = 127; goto _test_eof; 
	_test_eof128: cs = 128; goto _test_eof; 
	_test_eof129: cs = 129; goto _test_eof; 
	_test_eof855: cs = 855; goto _test_eof; 
	_test_eof130: cs = 130; goto _test_eof; 
	_test_eof131: cs = 131; goto _test_eof; 
	_test_eof132: cs = 132; goto _test_eof; 
	_test_eof133: cs = 133; goto _test_eof; 
	_test_eof134: cs = 134; goto _test_eof; 
	_test_eof135: cs = 135; goto _test_eof; 
	_test_eof136: cs = 136; goto _test_eof; 
	_test_eof137: cs = 137; goto _test_eof; 
	_test_eof138: cs = 138; goto _test_eof; 
	_test_eof139: cs = 139; goto _test_eof; 
	_test_eof140: cs = 140; goto _test_eof; 
	_test_eof141: cs = 141; goto _test_eof; 
	_test_eof142: cs = 142; goto _test_eof; 
	_test_eof143: cs = 143; goto _test_eof; 
	_test_eof144: cs = 144; goto _test_eof; 
	_test_eof145: cs = 145; goto _test_eof; 
	_test_eof146: cs = 146; goto _test_eof; 
	_test_eof147: cs = 147; goto _test_eof; 
	_test_eof148: cs = 148; goto _test_eof; 
	_test_eof149: cs = 149; goto _test_eof; 
	_test_eof150: cs = 150; goto _test_eof; 
	_test_eof151: cs = 151; goto _test_eof; 
	_test_eof152: cs = 152; goto _test_eof; 
	_test_eof153: cs = 153; goto _test_eof; 
	_test_eof154: cs = 154; goto _test_eof; 
	_test_eof155: cs = 155; goto _test_eof; 
	_test_eof156: cs = 156; goto _test_eof; 
	_test_eof157: cs = 157; goto _test_eof; 
	_test_eof158: cs = 158; goto _test_eof; 
	_test_eof159: cs = 159; goto _test_eof; 
	_test_eof160: cs = 160; goto _test_eof; 
	_test_eof161: cs = 161; goto _test_eof; 
	_test_eof162: cs = 162; goto _test_eof; 
	_test_eof163: cs = 163; goto _test_eof; 
	_test_eof164: cs = 164; goto _test_eof; 
	_test_eof165: cs = 165; goto _test_eof; 
	_test_eof166: cs = 166; goto _test_eof; 
	_test_eof167: cs = 167; goto _test_eof; 
	_test_eof168: cs = 168; goto _test_eof; 
	_test_eof169: cs = 169; goto _test_eof; 
	_test_eof170: cs = 170; goto _test_eof; 
	_test_eof171: cs = 171; goto _test_eof; 
	_test_eof856: cs = 856; goto _test_eof; 
	_test_eof172: cs = 172; goto _test_eof; 
	_test_eof173: cs = 173; goto _test_eof; 
	_test_eof174: cs = 174; goto _test_eof; 
	_test_eof175: cs = 175; goto _test_eof; 
	_test_eof176: cs = 176; goto _test_eof; 
	_test_eof857: cs = 857; goto _test_eof; 
	_test_eof858: cs = 858; goto _test_eof; 
	_test_eof859: cs = 859; goto _test_eof; 
	_test_eof177: cs = 177; goto _test_eof; 
	_test_eof178: cs = 178; goto _test_eof; 
	_test_eof179: cs = 179; goto _test_eof; 
	_test_eof180: cs = 180; goto _test_eof; 
	_test_eof181: cs = 181; goto _test_eof; 
	_test_eof182: cs = 182; goto _test_eof; 
	_test_eof183: cs = 183; goto _test_eof; 
	_test_eof184: cs = 184; goto _test_eof; 
	_test_eof185: cs = 185; goto _test_eof; 
	_test_eof186: cs = 186; goto _test_eof; 
	_test_eof187: cs = 187; goto _test_eof; 
	_test_eof188: cs = 188; goto _test_eof; 
	_test_eof189: cs = 189; goto _test_eof; 
	_test_eof190: cs = 190; goto _test_eof; 
	_test_eof191: cs = 191; goto _test_eof; 
	_test_eof192: cs = 192; goto _test_eof; 
	_test_eof193: cs = 193; goto _test_eof; 
	_test_eof194: cs = 194; goto _test_eof; 
	_test_eof195: cs = 195; goto _test_eof; 
	_test_eof196: cs = 196; goto _test_eof; 
	_test_eof197: cs = 197; goto _test_eof; 
	_test_eof860: cs = 860; goto _test_eof; 
	_test_eof198: cs = 198; goto _test_eof; 
	_test_eof199: cs = 199; goto _test_eof; 
	_test_eof200: cs = 200; goto _test_eof; 
	_test_eof201: cs = 201; goto _test_eof; 
	_test_eof202: cs = 202; goto _test_eof; 
	_test_eof203: cs = 203; goto _test_eof; 
	_test_eof204: cs = 204; goto _test_eof; 
	_test_eof205: cs = 205; goto _test_eof; 
	_test_eof206: cs = 206; goto _test_eof; 
	_test_eof207: cs = 207; goto _test_eof; 
	_test_eof208: cs = 208; goto _test_eof; 
	_test_eof209: cs = 209; goto _test_eof; 
	_test_eof210: cs = 210; goto _test_eof; 
	_test_eof211: cs = 211; goto _test_eof; 
	_test_eof212: cs = 212; goto _test_eof; 
	_test_eof213: cs = 213; goto _test_eof; 
	_test_eof214: cs = 214; goto _test_eof; 
	_test_eof215: cs = 215; goto _test_eof; 
	_test_eof216: cs = 216; goto _test_eof; 
	_test_eof217: cs = 217; goto _test_eof; 
	_test_eof218: cs = 218; goto _test_eof; 
	_test_eof219: cs = 219; goto _test_eof; 
	_test_eof220: cs = 220; goto _test_eof; 
	_test_eof221: cs = 221; goto _test_eof; 
	_test_eof222: cs = 222; goto _test_eof; 
	_test_eof223: cs = 223; goto _test_eof; 
	_test_eof298: cs = 298; goto _test_eof; 
	_test_eof299: cs = 299; goto _test_eof; 
	_test_eof300: cs = 300; goto _test_eof; 
	_test_eof870: cs = 870; goto _test_eof; 
	_test_eof301: cs = 301; goto _test_eof; 
	_test_eof871: cs = 871; goto _test_eof; 
	_test_eof302: cs = 302; goto _test_eof; 
	_test_eof303: cs = 303; goto _test_eof; 
	_test_eof304: cs = 304; goto _test_eof; 
	_test_eof305: cs = 305; goto _test_eof; 
	_test_eof306: cs = 306; goto _test_eof; 
	_test_eof307: cs = 307; goto _test_eof; 
	_test_eof308: cs = 308; goto _test_eof; 
	_test_eof309: cs = 309; goto _test_eof; 
	_test_eof872: cs = 872; goto _test_eof; 
	_test_eof310: cs = 310; goto _test_eof; 
	_test_eof873: cs = 873; goto _test_eof; 
	_test_eof311: cs = 311; goto _test_eof; 
	_test_eof312: cs = 312; goto _test_eof; 
	_test_eof874: cs = 874; goto _test_eof; 
	_test_eof313: cs = 313; goto _test_eof; 
	_test_eof875: cs = 875; goto _test_eof; 
	_test_eof314: cs = 314; goto _test_eof; 
	_test_eof876: cs = 876; goto _test_eof; 
	_test_eof315: cs = 315; goto _test_eof; 
	_test_eof316: cs = 316; goto _test_eof; 
	_test_eof317: cs = 317; goto _test_eof; 
	_test_eof318: cs = 318; goto _test_eof; 
	_test_eof319: cs = 319; goto _test_eof; 
	_test_eof320: cs = 320; goto _test_eof; 
	_test_eof877: cs = 877; goto _test_eof; 
	_test_eof321: cs = 321; goto _test_eof; 
	_test_eof322: cs = 322; goto _test_eof; 
	_test_eof323: cs = 323; goto _test_eof; 
	_test_eof324: cs = 324; goto _test_eof; 
	_test_eof878: cs = 878; goto _test_eof; 
	_test_eof325: cs = 325; goto _test_eof; 
	_test_eof326: cs = 326; goto _test_eof; 
	_test_eof327: cs = 327; goto _test_eof; 
	_test_eof328: cs = 328; goto _test_eof; 
	_test_eof329: cs = 329; goto _test_eof; 
	_test_eof330: cs = 330; goto _test_eof; 
	_test_eof331: cs = 331; goto _test_eof; 
	_test_eof332: cs = 332; goto _test_eof; 
	_test_eof333: cs = 333; goto _test_eof; 
	_test_eof334: cs = 334; goto _test_eof; 
	_test_eof335: cs = 335; goto _test_eof; 
	_test_eof336: cs = 336; goto _test_eof; 
	_test_eof337: cs = 337; goto _test_eof; 
	_test_eof338: cs = 338; goto _test_eof; 
	_test_eof339: cs = 339; goto _test_eof; 
	_test_eof340: cs = 340; goto _test_eof; 
	_test_eof341: cs = 341; goto _test_eof; 
	_test_eof342: cs = 342; goto _test_eof; 
	_test_eof343: cs = 343; goto _test_eof; 
	_test_eof344: cs = 344; goto _test_eof; 
	_test_eof345: cs = 345; goto _test_eof; 
	_test_eof346: cs = 346; goto _test_eof; 
	_test_eof347: cs = 347; goto _test_eof; 
	_test_eof348: cs = 348; goto _test_eof; 
	_test_eof349: cs = 349; goto _test_eof; 
	_test_eof350: cs = 350; goto _test_eof; 
	_test_eof351: cs = 351; goto _test_eof; 
	_test_eof352: cs = 352; goto _test_eof; 
	_test_eof353: cs = 353; goto _test_eof; 
	_test_eof354: cs = 354; goto _test_eof; 
	_test_eof355: cs = 355; goto _test_eof; 
	_test_eof356: cs = 356; goto _test_eof; 
	_test_eof357: cs = 357; goto _test_eof; 
	_test_eof358: cs = 358; goto _test_eof; 
	_test_eof359: cs = 359; goto _test_eof; 
	_test_eof360: cs = 360; goto _test_eof; 
	_test_eof361: cs = 361; goto _test_eof; 
	_test_eof362: cs = 362; goto _test_eof; 
	_test_eof363: cs = 363; goto _test_eof; 
	_test_eof364: cs = 364; goto _test_eof; 
	_test_eof365: cs = 365; goto _test_eof; 
	_test_eof366: cs = 366; goto _test_eof; 
	_test_eof367: cs = 367; goto _test_eof; 
	_test_eof368: cs = 368; goto _test_eof; 
	_test_eof369: cs = 369; goto _test_eof; 
	_test_eof370: cs = 370; goto _test_eof; 
	_test_eof371: cs = 371; goto _test_eof; 
	_test_eof372: cs = 372; goto _test_eof; 
	_test_eof373: cs = 373; goto _test_eof; 
	_test_eof374: cs = 374; goto _test_eof; 
	_test_eof375: cs = 375; goto _test_eof; 
	_test_eof879: cs = 879; goto _test_eof; 
	_test_eof376: cs = 376; goto _test_eof; 
	_test_eof880: cs = 880; goto _test_eof; 
	_test_eof377: cs = 377; goto _test_eof; 
	_test_eof378: cs = 378; goto _test_eof; 
	_test_eof379: cs = 379; goto _test_eof; 
	_test_eof882: cs = 882; goto _test_eof; 
	_test_eof380: cs = 380; goto _test_eof; 
	_test_eof883: cs = 883; goto _test_eof; 
	_test_eof381: cs = 381; goto _test_eof; 
	_test_eof382: cs = 382; goto _test_eof; 
	_test_eof383: cs = 383; goto _test_eof; 
	_test_eof384: cs = 384; goto _test_eof; 
	_test_eof385: cs = 385; goto _test_eof; 
	_test_eof386: cs = 386; goto _test_eof; 
	_test_eof387: cs = 387; goto _test_eof; 
	_test_eof388: cs = 388; goto _test_eof; 
	_test_eof884: cs = 884; goto _test_eof; 
	_test_eof389: cs = 389; goto _test_eof; 
	_test_eof885: cs = 885; goto _test_eof; 
	_test_eof390: cs = 390; goto _test_eof; 
	_test_eof391: cs = 391; goto _test_eof; 
	_test_eof886: cs = 886; goto _test_eof; 
	_test_eof392: cs = 392; goto _test_eof; 
	_test_eof887: cs = 887; goto _test_eof; 
	_test_eof393: cs = 393; goto _test_eof; 
	_test_eof888: cs = 888; goto _test_eof; 
	_test_eof394: cs = 394; goto _test_eof; 
	_test_eof395: cs = 395; goto _test_eof; 
	_test_eof396: cs = 396; goto _test_eof; 
	_test_eof397: cs = 397; goto _test_eof; 
	_test_eof398: cs = 398; goto _test_eof; 
	_test_eof399: cs = 399; goto _test_eof; 
	_test_eof889: cs = 889; goto _test_eof; 
	_test_eof400: cs = 400; goto _test_eof; 
	_test_eof401: cs = 401; goto _test_eof; 
	_test_eof402: cs = 402; goto _test_eof; 
	_test_eof403: cs = 403; goto _test_eof; 
	_test_eof890: cs = 890; goto _test_eof; 
	_test_eof404: cs = 404; goto _test_eof; 
	_test_eof405: cs = 405; goto _test_eof; 
	_test_eof406: cs = 406; goto _test_eof; 
	_test_eof407: cs = 407; goto _test_eof; 
	_test_eof408: cs = 408; goto _test_eof; 
	_test_eof409: cs = 409; goto _test_eof; 
	_test_eof410: cs = 410; goto _test_eof; 
	_test_eof411: cs = 411; goto _test_eof; 
	_test_eof412: cs = 412; goto _test_eof; 
	_test_eof413: cs = 413; goto _test_eof; 
	_test_eof414: cs = 414; goto _test_eof; 
	_test_eof415: cs = 415; goto _test_eof; 
	_test_eof416: cs = 416; goto _test_eof; 
	_test_eof417: cs = 417; goto _test_eof; 
	_test_eof418: cs = 418; goto _test_eof; 
	_test_eof419: cs = 419; goto _test_eof; 
	_test_eof420: cs = 420; goto _test_eof; 
	_test_eof421: cs = 421; goto _test_eof; 
	_test_eof422: cs = 422; goto _test_eof; 
	_test_eof423: cs = 423; goto _test_eof; 
	_test_eof424: cs = 424; goto _test_eof; 
	_test_eof425: cs = 425; goto _test_eof; 
	_test_eof426: cs = 426; goto _test_eof; 
	_test_eof427: cs = 427; goto _test_eof; 
	_test_eof428: cs = 428; goto _test_eof; 
	_test_eof429: cs = 429; goto _test_eof; 
	_test_eof430: cs = 430; goto _test_eof; 
	_test_eof431: cs = 431; goto _test_eof; 
	_test_eof432: cs = 432; goto _test_eof; 
	_test_eof433: cs = 433; goto _test_eof; 
	_test_eof434: cs = 434; goto _test_eof; 
	_test_eof435: cs = 435; goto _test_eof; 
	_test_eof436: cs = 436; goto _test_eof; 
	_test_eof437: cs = 437; goto _test_eof; 
	_test_eof438: cs = 438; goto _test_eof; 
	_test_eof439: cs = 439; goto _test_eof; 
	_test_eof440: cs = 440; goto _test_eof; 
	_test_eof441: cs = 441; goto _test_eof; 
	_test_eof442: cs = 442; goto _test_eof; 
	_test_eof443: cs = 443; goto _test_eof; 
	_test_eof444: cs = 444; goto _test_eof; 
	_test_eof445: cs = 445; goto _test_eof; 
	_test_eof446: cs = 446; goto _test_eof; 
	_test_eof447: cs = 447; goto _test_eof; 
	_test_eof448: cs = 448; goto _test_eof; 
	_test_eof449: cs = 449; goto _test_eof; 
	_test_eof450: cs = 450; goto _test_eof; 
	_test_eof451: cs = 451; goto _test_eof; 
	_test_eof452: cs = 452; goto _test_eof; 
	_test_eof453: cs = 453; goto _test_eof; 
	_test_eof454: cs = 454; goto _test_eof; 
	_test_eof527: cs = 527; goto _test_eof; 
	_test_eof528: cs = 528; goto _test_eof; 
	_test_eof529: cs = 529; goto _test_eof; 
	_test_eof901: cs = 901; goto _test_eof; 
	_test_eof530: cs = 530; goto _test_eof; 
	_test_eof902: cs = 902; goto _test_eof; 
	_test_eof531: cs = 531; goto _test_eof; 
	_test_eof903: cs = 903; goto _test_eof; 
	_test_eof532: cs = 532; goto _test_eof; 
	_test_eof533: cs = 533; goto _test_eof; 
	_test_eof534: cs = 534; goto _test_eof; 
	_test_eof535: cs = 535; goto _test_eof; 
	_test_eof905: cs = 905; goto _test_eof; 
	_test_eof536: cs = 536; goto _test_eof; 
	_test_eof906: cs = 906; goto _test_eof; 
	_test_eof537: cs = 537; goto _test_eof; 
	_test_eof907: cs = 907; goto _test_eof; 
	_test_eof538: cs = 538; goto _test_eof; 

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 818: 
	case 893: 
	case 894: 
	case 903: 
	case 907: 
	case 913: 
	case 919: 
	case 925: 
	case 926: 
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	break;
	case 819: 
	case 868: 
	case 879: 
	case 891: 
	case 910: 
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	break;
	case 892: 
#line 26 "grammar/sip_headers.rl"
	{ hs->c_e = p; }
	break;
	case 829: 
#line 30 "grammar/sip_headers.rl"
	{ hs->e_e = p; }
	break;
	case 822: 
	case 823: 
	case 824: 
	case 832: 
	case 833: 
	case 834: 
	case 835: 
	case 836: 
	case 837: 
	case 838: 
	case 839: 
	case 840: 
	case 841: 
	case 842: 
	case 843: 
	case 844: 
	case 845: 
	case 846: 
	case 847: 
	case 848: 
	case 849: 
	case 850: 
	case 851: 
	case 852: 
	case 853: 
	case 854: 
	case 855: 
	case 865: 
	case 866: 
	case 867: 
	case 876: 
	case 877: 
	case 878: 
	case 888: 
	case 889: 
	case 890: 
	case 897: 
	case 898: 
	case 899: 
	case 911: 
	case 912: 
	case 916: 
	case 917: 
	case 918: 
	case 922: 
	case 923: 
	case 924: 
	case 929: 
	case 930: 
	case 931: 
	case 932: 
	case 933: 
#line 36 "grammar/sip_headers.rl"
	{ fsip__push_param(&hs->params, pn, p, pv); }
	break;
	case 857: 
	case 858: 
	case 859: 
#line 37 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_IPV4; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	break;
	case 828: 
	case 856: 
#line 38 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_NAME; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	break;
#line 15025 "gen/sip_headers.c"
	}
	}

	_out: {}
	}

#line 188 "grammar/sip_headers.rl"

    if (cs < sip_headers_first_final || p != pe) {
        *err_at = (size_t)(p - s);
        return FSIP_EPARSE;
    }
    if (hs->params.overflow) {
        *err_at = len;
        return FSIP_ELIMIT;
    }
    if (hs->open) {
        if (emit(hs, pe) < 0) {
            *err_at = len;
            return hs->err;
        }
    } else if (hs->comma_at && !hs->empty_at) {
        hs->empty_at = hs->comma_at; /* a list ending in ',' */
    }
    if (hs->pend && !hs->empty_at) hs->empty_at = pe; /* trailing ';' */
    (void)sip_headers_error;
    return 0;
}
