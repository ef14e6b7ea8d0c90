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
static const int sip_headers_first_final = 838;
static const int sip_headers_error = 0;

static const int sip_headers_en_via = 69;
static const int sip_headers_en_addr1 = 227;
static const int sip_headers_en_contact = 303;
static const int sip_headers_en_route = 383;
static const int sip_headers_en_cseq = 462;
static const int sip_headers_en_rack = 468;
static const int sip_headers_en_num = 479;
static const int sip_headers_en_se = 480;
static const int sip_headers_en_tokens1 = 536;
static const int sip_headers_en_tokens0 = 900;
static const int sip_headers_en_callid = 553;
static const int sip_headers_en_media = 555;
static const int sip_headers_en_event = 586;
static const int sip_headers_en_replaces = 642;
static const int sip_headers_en_refersub = 699;
static const int sip_headers_en_auth = 761;
static const int sip_headers_en_date = 784;
static const int sip_headers_en_retry = 1;


#line 122 "grammar/sip_headers.rl"



static void push(struct fsip_pstack *st, const unsigned char *ns, const unsigned char *end,
                 const unsigned char *vs)
{
    /* A param's leaving action also fires on LWS that turns out to precede
     * its '=' (the DFA cannot know yet); the later push of the same param
     * then replaces the first. */
    fsip_param *pr;
    if (st->n > 0 && st->v[st->n - 1].name.ptr == (const char *)ns) {
        pr = &st->v[st->n - 1];
    } else if (st->n >= FSIP_MAX_PARAMS) {
        st->overflow = 1;
        return;
    } else {
        pr = &st->v[st->n++];
    }
    const unsigned char *ne = ns;
    if (vs) {
        /* name ends before EQUAL = SWS "=" SWS */
        ne = vs;
        while (ne > ns && ne[-1] != '=') ne--;
        ne--;
        while (ne > ns && (ne[-1] == ' ' || ne[-1] == '\t' || ne[-1] == '\r' || ne[-1] == '\n'))
            ne--;
        pr->value = (fsip_str){(const char *)vs, (size_t)(end - vs)};
    } else {
        ne = end;
        pr->value = FSIP_STR_NULL;
    }
    pr->name = (fsip_str){(const char *)ns, (size_t)(ne - ns)};
}

static int emit(struct fsip_hscan *hs, const unsigned char *end)
{
    hs->open = 0;
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
}

int fsip__hdr_scan(struct fsip_hscan *hs, int entry, const unsigned char *s, size_t len,
                   size_t *err_at)
{
    const unsigned char *p = s, *pe = s + len, *eof = pe;
    const unsigned char *pn = s, *pv = NULL;
    int cs;

    elem_start(hs, s);
    hs->open = 0;
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
    
#line 119 "gen/sip_headers.c"
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
	goto st838;
st838:
	if ( ++p == pe )
		goto _test_eof838;
case 838:
#line 138 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1005;
		case 10u: goto tr1006;
		case 13u: goto tr1007;
		case 32u: goto tr1005;
		case 40u: goto tr1008;
		case 59u: goto tr1010;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st838;
	goto st0;
tr1005:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
#line 156 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st2;
		case 10u: goto st3;
		case 13u: goto st68;
		case 32u: goto st2;
		case 40u: goto tr5;
		case 59u: goto st15;
	}
	goto st0;
tr1006:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
#line 172 "gen/sip_headers.c"
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
		case 59u: goto st15;
	}
	goto st0;
tr5:
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
	goto st5;
tr1008:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
#line 199 "gen/sip_headers.c"
	switch( (*p) ) {
		case 10u: goto st6;
		case 13u: goto st7;
		case 40u: goto st8;
		case 41u: goto st839;
		case 92u: goto st67;
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
st839:
	if ( ++p == pe )
		goto _test_eof839;
case 839:
	switch( (*p) ) {
		case 9u: goto tr1011;
		case 10u: goto tr1012;
		case 13u: goto tr1013;
		case 32u: goto tr1011;
		case 59u: goto tr1014;
	}
	goto st0;
tr1011:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st12;
tr1020:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st12;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
#line 298 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st12;
		case 10u: goto st13;
		case 13u: goto st24;
		case 32u: goto st12;
		case 59u: goto st15;
	}
	goto st0;
tr1012:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st13;
tr1021:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st13;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
#line 316 "gen/sip_headers.c"
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
		case 59u: goto st15;
	}
	goto st0;
tr1010:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st15;
tr1014:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st15;
tr1019:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st15;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
#line 344 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st15;
		case 10u: goto st16;
		case 13u: goto st66;
		case 32u: goto st15;
		case 33u: goto tr23;
		case 37u: goto tr23;
		case 39u: goto tr23;
		case 126u: goto tr23;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr23;
		} else if ( (*p) >= 42u )
			goto tr23;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr23;
		} else if ( (*p) >= 65u )
			goto tr23;
	} else
		goto tr23;
	goto st0;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	switch( (*p) ) {
		case 9u: goto st17;
		case 32u: goto st17;
	}
	goto st0;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	switch( (*p) ) {
		case 9u: goto st17;
		case 32u: goto st17;
		case 33u: goto tr23;
		case 37u: goto tr23;
		case 39u: goto tr23;
		case 126u: goto tr23;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr23;
		} else if ( (*p) >= 42u )
			goto tr23;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr23;
		} else if ( (*p) >= 65u )
			goto tr23;
	} else
		goto tr23;
	goto st0;
tr23:
#line 31 "grammar/sip_headers.rl"
	{ pn = p; pv = NULL; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st840;
tr1018:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st840;
st840:
	if ( ++p == pe )
		goto _test_eof840;
case 840:
#line 416 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1015;
		case 10u: goto tr1016;
		case 13u: goto tr1017;
		case 32u: goto tr1015;
		case 33u: goto tr1018;
		case 37u: goto tr1018;
		case 39u: goto tr1018;
		case 59u: goto tr1019;
		case 61u: goto st21;
		case 126u: goto tr1018;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1018;
		} else if ( (*p) >= 42u )
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
tr1015:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st18;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
#line 450 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st18;
		case 10u: goto st19;
		case 13u: goto st65;
		case 32u: goto st18;
		case 59u: goto st15;
		case 61u: goto st21;
	}
	goto st0;
tr1016:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st19;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
#line 466 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st20;
		case 32u: goto st20;
	}
	goto st0;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	switch( (*p) ) {
		case 9u: goto st20;
		case 32u: goto st20;
		case 59u: goto st15;
		case 61u: goto st21;
	}
	goto st0;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	switch( (*p) ) {
		case 9u: goto st21;
		case 10u: goto st22;
		case 13u: goto st64;
		case 32u: goto st21;
		case 33u: goto tr32;
		case 34u: goto tr33;
		case 37u: goto tr32;
		case 39u: goto tr32;
		case 91u: goto tr34;
		case 126u: goto tr32;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr32;
		} else if ( (*p) >= 42u )
			goto tr32;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr32;
		} else if ( (*p) >= 65u )
			goto tr32;
	} else
		goto tr32;
	goto st0;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	switch( (*p) ) {
		case 9u: goto st23;
		case 32u: goto st23;
	}
	goto st0;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
	switch( (*p) ) {
		case 9u: goto st23;
		case 32u: goto st23;
		case 33u: goto tr32;
		case 34u: goto tr33;
		case 37u: goto tr32;
		case 39u: goto tr32;
		case 91u: goto tr34;
		case 126u: goto tr32;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr32;
		} else if ( (*p) >= 42u )
			goto tr32;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr32;
		} else if ( (*p) >= 65u )
			goto tr32;
	} else
		goto tr32;
	goto st0;
tr32:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st841;
st841:
	if ( ++p == pe )
		goto _test_eof841;
case 841:
#line 558 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1020;
		case 10u: goto tr1021;
		case 13u: goto tr1022;
		case 32u: goto tr1020;
		case 33u: goto st841;
		case 37u: goto st841;
		case 39u: goto st841;
		case 59u: goto tr1019;
		case 126u: goto st841;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st841;
		} else if ( (*p) >= 42u )
			goto st841;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st841;
		} else if ( (*p) >= 65u )
			goto st841;
	} else
		goto st841;
	goto st0;
tr1013:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st24;
tr1022:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st24;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
#line 594 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st13;
	goto st0;
tr33:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st25;
tr39:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st25;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
#line 607 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st25;
		case 10u: goto st26;
		case 13u: goto st27;
		case 32u: goto st25;
		case 34u: goto st842;
		case 92u: goto st28;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr39;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
	switch( (*p) ) {
		case 9u: goto st25;
		case 32u: goto st25;
	}
	goto st0;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	if ( (*p) == 10u )
		goto st26;
	goto st0;
st842:
	if ( ++p == pe )
		goto _test_eof842;
case 842:
	switch( (*p) ) {
		case 9u: goto tr1020;
		case 10u: goto tr1021;
		case 13u: goto tr1022;
		case 32u: goto tr1020;
		case 59u: goto tr1019;
	}
	goto st0;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st25;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st25;
	} else
		goto st25;
	goto st0;
tr34:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st29;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
#line 667 "gen/sip_headers.c"
	if ( (*p) == 58u )
		goto st63;
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
		case 58u: goto st34;
		case 93u: goto st842;
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
		case 58u: goto st34;
		case 93u: goto st842;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st32;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st32;
	} else
		goto st32;
	goto st0;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	switch( (*p) ) {
		case 58u: goto st34;
		case 93u: goto st842;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st33;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st33;
	} else
		goto st33;
	goto st0;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	switch( (*p) ) {
		case 58u: goto st34;
		case 93u: goto st842;
	}
	goto st0;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	if ( (*p) == 58u )
		goto st50;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st35;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st30;
	} else
		goto st30;
	goto st0;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
	switch( (*p) ) {
		case 46u: goto st36;
		case 58u: goto st34;
		case 93u: goto st842;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st48;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st31;
	} else
		goto st31;
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
		goto st46;
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
	if ( (*p) == 46u )
		goto st40;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st44;
	goto st0;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st41;
	goto st0;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	if ( (*p) == 93u )
		goto st842;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st42;
	goto st0;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	if ( (*p) == 93u )
		goto st842;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st43;
	goto st0;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
	if ( (*p) == 93u )
		goto st842;
	goto st0;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
	if ( (*p) == 46u )
		goto st40;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st45;
	goto st0;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
	if ( (*p) == 46u )
		goto st40;
	goto st0;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
	if ( (*p) == 46u )
		goto st38;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st47;
	goto st0;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
	if ( (*p) == 46u )
		goto st38;
	goto st0;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
	switch( (*p) ) {
		case 46u: goto st36;
		case 58u: goto st34;
		case 93u: goto st842;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st49;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st32;
	} else
		goto st32;
	goto st0;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
	switch( (*p) ) {
		case 46u: goto st36;
		case 58u: goto st34;
		case 93u: goto st842;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st33;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st33;
	} else
		goto st33;
	goto st0;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
	switch( (*p) ) {
		case 58u: goto st59;
		case 93u: goto st842;
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
		case 46u: goto st36;
		case 58u: goto st55;
		case 93u: goto st842;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st52;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st57;
	} else
		goto st57;
	goto st0;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
	switch( (*p) ) {
		case 46u: goto st36;
		case 58u: goto st55;
		case 93u: goto st842;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st53;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st58;
	} else
		goto st58;
	goto st0;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
	switch( (*p) ) {
		case 46u: goto st36;
		case 58u: goto st55;
		case 93u: goto st842;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st54;
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
		case 58u: goto st55;
		case 93u: goto st842;
	}
	goto st0;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st51;
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
		case 58u: goto st55;
		case 93u: goto st842;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st57;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st57;
	} else
		goto st57;
	goto st0;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
	switch( (*p) ) {
		case 58u: goto st55;
		case 93u: goto st842;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st58;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st58;
	} else
		goto st58;
	goto st0;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
	switch( (*p) ) {
		case 58u: goto st55;
		case 93u: goto st842;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st54;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st54;
	} else
		goto st54;
	goto st0;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st60;
	goto st0;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
	if ( (*p) == 46u )
		goto st36;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st61;
	goto st0;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
	if ( (*p) == 46u )
		goto st36;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st62;
	goto st0;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
	if ( (*p) == 46u )
		goto st36;
	goto st0;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
	if ( (*p) == 58u )
		goto st50;
	goto st0;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
	if ( (*p) == 10u )
		goto st22;
	goto st0;
tr1017:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st65;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
#line 1100 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st19;
	goto st0;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
	if ( (*p) == 10u )
		goto st16;
	goto st0;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st5;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st5;
	} else
		goto st5;
	goto st0;
tr1007:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st68;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
#line 1130 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st3;
	goto st0;
case 69:
	switch( (*p) ) {
		case 33u: goto tr76;
		case 37u: goto tr76;
		case 39u: goto tr76;
		case 126u: goto tr76;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr76;
		} else if ( (*p) >= 42u )
			goto tr76;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr76;
		} else if ( (*p) >= 65u )
			goto tr76;
	} else
		goto tr76;
	goto st0;
tr76:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st70;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
#line 1163 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr77;
		case 10u: goto tr78;
		case 13u: goto tr79;
		case 32u: goto tr77;
		case 33u: goto st70;
		case 37u: goto st70;
		case 39u: goto st70;
		case 47u: goto tr81;
		case 126u: goto st70;
	}
	if ( (*p) < 45u ) {
		if ( 42u <= (*p) && (*p) <= 43u )
			goto st70;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st70;
		} else if ( (*p) >= 65u )
			goto st70;
	} else
		goto st70;
	goto st0;
tr77:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st71;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
#line 1193 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st71;
		case 10u: goto st72;
		case 13u: goto st226;
		case 32u: goto st71;
		case 47u: goto st74;
	}
	goto st0;
tr78:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st72;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
#line 1208 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st73;
		case 32u: goto st73;
	}
	goto st0;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
	switch( (*p) ) {
		case 9u: goto st73;
		case 32u: goto st73;
		case 47u: goto st74;
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
#line 1230 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st74;
		case 10u: goto st75;
		case 13u: goto st225;
		case 32u: goto st74;
		case 33u: goto tr89;
		case 37u: goto tr89;
		case 39u: goto tr89;
		case 126u: goto tr89;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr89;
		} else if ( (*p) >= 42u )
			goto tr89;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr89;
		} else if ( (*p) >= 65u )
			goto tr89;
	} else
		goto tr89;
	goto st0;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
	switch( (*p) ) {
		case 9u: goto st76;
		case 32u: goto st76;
	}
	goto st0;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
	switch( (*p) ) {
		case 9u: goto st76;
		case 32u: goto st76;
		case 33u: goto tr89;
		case 37u: goto tr89;
		case 39u: goto tr89;
		case 126u: goto tr89;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr89;
		} else if ( (*p) >= 42u )
			goto tr89;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr89;
		} else if ( (*p) >= 65u )
			goto tr89;
	} else
		goto tr89;
	goto st0;
tr89:
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
	goto st77;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
#line 1298 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr91;
		case 10u: goto tr92;
		case 13u: goto tr93;
		case 32u: goto tr91;
		case 33u: goto st77;
		case 37u: goto st77;
		case 39u: goto st77;
		case 47u: goto tr95;
		case 126u: goto st77;
	}
	if ( (*p) < 45u ) {
		if ( 42u <= (*p) && (*p) <= 43u )
			goto st77;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st77;
		} else if ( (*p) >= 65u )
			goto st77;
	} else
		goto st77;
	goto st0;
tr91:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st78;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
#line 1328 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st78;
		case 10u: goto st79;
		case 13u: goto st224;
		case 32u: goto st78;
		case 47u: goto st81;
	}
	goto st0;
tr92:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st79;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
#line 1343 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st80;
		case 32u: goto st80;
	}
	goto st0;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
	switch( (*p) ) {
		case 9u: goto st80;
		case 32u: goto st80;
		case 47u: goto st81;
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
#line 1365 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st81;
		case 10u: goto st82;
		case 13u: goto st223;
		case 32u: goto st81;
		case 33u: goto tr103;
		case 37u: goto tr103;
		case 39u: goto tr103;
		case 126u: goto tr103;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr103;
		} else if ( (*p) >= 42u )
			goto tr103;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr103;
		} else if ( (*p) >= 65u )
			goto tr103;
	} else
		goto tr103;
	goto st0;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
	switch( (*p) ) {
		case 9u: goto st83;
		case 32u: goto st83;
	}
	goto st0;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
	switch( (*p) ) {
		case 9u: goto st83;
		case 32u: goto st83;
		case 33u: goto tr103;
		case 37u: goto tr103;
		case 39u: goto tr103;
		case 126u: goto tr103;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr103;
		} else if ( (*p) >= 42u )
			goto tr103;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr103;
		} else if ( (*p) >= 65u )
			goto tr103;
	} else
		goto tr103;
	goto st0;
tr103:
#line 25 "grammar/sip_headers.rl"
	{ hs->c_s = p; }
	goto st84;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
#line 1433 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr105;
		case 10u: goto tr106;
		case 13u: goto tr107;
		case 32u: goto tr105;
		case 33u: goto st84;
		case 37u: goto st84;
		case 39u: goto st84;
		case 126u: goto st84;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st84;
		} else if ( (*p) >= 42u )
			goto st84;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st84;
		} else if ( (*p) >= 65u )
			goto st84;
	} else
		goto st84;
	goto st0;
tr105:
#line 26 "grammar/sip_headers.rl"
	{ hs->c_e = p; }
	goto st85;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
#line 1465 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st85;
		case 10u: goto st86;
		case 13u: goto st222;
		case 32u: goto st85;
		case 91u: goto st187;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr112;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr113;
	} else
		goto tr113;
	goto st0;
tr106:
#line 26 "grammar/sip_headers.rl"
	{ hs->c_e = p; }
	goto st86;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
#line 1488 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st87;
		case 32u: goto st87;
	}
	goto st0;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
	switch( (*p) ) {
		case 9u: goto st87;
		case 32u: goto st87;
		case 91u: goto st187;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr112;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr113;
	} else
		goto tr113;
	goto st0;
tr112:
#line 27 "grammar/sip_headers.rl"
	{ hs->d_s = p; }
	goto st88;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
#line 1518 "gen/sip_headers.c"
	switch( (*p) ) {
		case 45u: goto st89;
		case 46u: goto st176;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st185;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st90;
	} else
		goto st90;
	goto st0;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
	if ( (*p) == 45u )
		goto st89;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st90;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st90;
	} else
		goto st90;
	goto st0;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
	switch( (*p) ) {
		case 45u: goto st89;
		case 46u: goto st91;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st90;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st90;
	} else
		goto st90;
	goto st0;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st90;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st843;
	} else
		goto st843;
	goto st0;
tr113:
#line 27 "grammar/sip_headers.rl"
	{ hs->d_s = p; }
	goto st843;
st843:
	if ( ++p == pe )
		goto _test_eof843;
case 843:
#line 1583 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1024;
		case 10u: goto tr1025;
		case 13u: goto tr1026;
		case 32u: goto tr1024;
		case 44u: goto tr1027;
		case 45u: goto st175;
		case 46u: goto st869;
		case 58u: goto tr1029;
		case 59u: goto tr1030;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st843;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st843;
	} else
		goto st843;
	goto st0;
tr1024:
#line 35 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_NAME; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	goto st92;
tr1064:
#line 34 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_IPV4; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	goto st92;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
#line 1615 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st92;
		case 10u: goto st93;
		case 13u: goto st174;
		case 32u: goto st92;
		case 44u: goto tr125;
		case 58u: goto st99;
		case 59u: goto st105;
	}
	goto st0;
tr1025:
#line 35 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_NAME; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	goto st93;
tr1065:
#line 34 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_IPV4; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	goto st93;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
#line 1637 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st94;
		case 32u: goto st94;
	}
	goto st0;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
	switch( (*p) ) {
		case 9u: goto st94;
		case 32u: goto st94;
		case 44u: goto tr125;
		case 58u: goto st99;
		case 59u: goto st105;
	}
	goto st0;
tr125:
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st95;
tr1027:
#line 35 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_NAME; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st95;
tr1034:
#line 30 "grammar/sip_headers.rl"
	{ hs->e_e = p; }
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st95;
tr1041:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st95;
tr1067:
#line 34 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_IPV4; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st95;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
#line 1679 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st95;
		case 10u: goto st96;
		case 13u: goto st98;
		case 32u: goto st95;
		case 33u: goto tr76;
		case 37u: goto tr76;
		case 39u: goto tr76;
		case 126u: goto tr76;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr76;
		} else if ( (*p) >= 42u )
			goto tr76;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr76;
		} else if ( (*p) >= 65u )
			goto tr76;
	} else
		goto tr76;
	goto st0;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
	switch( (*p) ) {
		case 9u: goto st97;
		case 32u: goto st97;
	}
	goto st0;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
	switch( (*p) ) {
		case 9u: goto st97;
		case 32u: goto st97;
		case 33u: goto tr76;
		case 37u: goto tr76;
		case 39u: goto tr76;
		case 126u: goto tr76;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr76;
		} else if ( (*p) >= 42u )
			goto tr76;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr76;
		} else if ( (*p) >= 65u )
			goto tr76;
	} else
		goto tr76;
	goto st0;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
	if ( (*p) == 10u )
		goto st96;
	goto st0;
tr1029:
#line 35 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_NAME; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	goto st99;
tr1069:
#line 34 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_IPV4; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	goto st99;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
#line 1759 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st99;
		case 10u: goto st100;
		case 13u: goto st173;
		case 32u: goto st99;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr135;
	goto st0;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
	switch( (*p) ) {
		case 9u: goto st101;
		case 32u: goto st101;
	}
	goto st0;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
	switch( (*p) ) {
		case 9u: goto st101;
		case 32u: goto st101;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr135;
	goto st0;
tr135:
#line 29 "grammar/sip_headers.rl"
	{ hs->e_s = p; }
	goto st844;
st844:
	if ( ++p == pe )
		goto _test_eof844;
case 844:
#line 1795 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1031;
		case 10u: goto tr1032;
		case 13u: goto tr1033;
		case 32u: goto tr1031;
		case 44u: goto tr1034;
		case 59u: goto tr1036;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st844;
	goto st0;
tr1031:
#line 30 "grammar/sip_headers.rl"
	{ hs->e_e = p; }
	goto st102;
tr1043:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st102;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
#line 1816 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st102;
		case 10u: goto st103;
		case 13u: goto st114;
		case 32u: goto st102;
		case 44u: goto tr125;
		case 59u: goto st105;
	}
	goto st0;
tr1032:
#line 30 "grammar/sip_headers.rl"
	{ hs->e_e = p; }
	goto st103;
tr1044:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st103;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
#line 1835 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st104;
		case 32u: goto st104;
	}
	goto st0;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
	switch( (*p) ) {
		case 9u: goto st104;
		case 32u: goto st104;
		case 44u: goto tr125;
		case 59u: goto st105;
	}
	goto st0;
tr1036:
#line 30 "grammar/sip_headers.rl"
	{ hs->e_e = p; }
	goto st105;
tr1042:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st105;
tr1030:
#line 35 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_NAME; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	goto st105;
tr1070:
#line 34 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_IPV4; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	goto st105;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
#line 1869 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st105;
		case 10u: goto st106;
		case 13u: goto st172;
		case 32u: goto st105;
		case 33u: goto tr143;
		case 37u: goto tr143;
		case 39u: goto tr143;
		case 126u: goto tr143;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr143;
		} else if ( (*p) >= 42u )
			goto tr143;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr143;
		} else if ( (*p) >= 65u )
			goto tr143;
	} else
		goto tr143;
	goto st0;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
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
		case 33u: goto tr143;
		case 37u: goto tr143;
		case 39u: goto tr143;
		case 126u: goto tr143;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr143;
		} else if ( (*p) >= 42u )
			goto tr143;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr143;
		} else if ( (*p) >= 65u )
			goto tr143;
	} else
		goto tr143;
	goto st0;
tr143:
#line 31 "grammar/sip_headers.rl"
	{ pn = p; pv = NULL; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st845;
tr1040:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st845;
st845:
	if ( ++p == pe )
		goto _test_eof845;
case 845:
#line 1941 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1037;
		case 10u: goto tr1038;
		case 13u: goto tr1039;
		case 32u: goto tr1037;
		case 33u: goto tr1040;
		case 37u: goto tr1040;
		case 39u: goto tr1040;
		case 44u: goto tr1041;
		case 59u: goto tr1042;
		case 61u: goto st111;
		case 126u: goto tr1040;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1040;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1040;
		} else if ( (*p) >= 65u )
			goto tr1040;
	} else
		goto tr1040;
	goto st0;
tr1037:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st108;
st108:
	if ( ++p == pe )
		goto _test_eof108;
case 108:
#line 1973 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st108;
		case 10u: goto st109;
		case 13u: goto st171;
		case 32u: goto st108;
		case 44u: goto tr125;
		case 59u: goto st105;
		case 61u: goto st111;
	}
	goto st0;
tr1038:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st109;
st109:
	if ( ++p == pe )
		goto _test_eof109;
case 109:
#line 1990 "gen/sip_headers.c"
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
		case 44u: goto tr125;
		case 59u: goto st105;
		case 61u: goto st111;
	}
	goto st0;
st111:
	if ( ++p == pe )
		goto _test_eof111;
case 111:
	switch( (*p) ) {
		case 9u: goto st111;
		case 10u: goto st112;
		case 13u: goto st170;
		case 32u: goto st111;
		case 33u: goto tr152;
		case 34u: goto tr153;
		case 37u: goto tr152;
		case 39u: goto tr152;
		case 58u: goto tr155;
		case 91u: goto tr156;
		case 126u: goto tr152;
	}
	if ( (*p) < 65u ) {
		if ( (*p) < 45u ) {
			if ( 42u <= (*p) && (*p) <= 43u )
				goto tr152;
		} else if ( (*p) > 46u ) {
			if ( 48u <= (*p) && (*p) <= 57u )
				goto tr154;
		} else
			goto tr152;
	} else if ( (*p) > 70u ) {
		if ( (*p) < 95u ) {
			if ( 71u <= (*p) && (*p) <= 90u )
				goto tr152;
		} else if ( (*p) > 96u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 122u )
					goto tr152;
			} else if ( (*p) >= 97u )
				goto tr154;
		} else
			goto tr152;
	} else
		goto tr154;
	goto st0;
st112:
	if ( ++p == pe )
		goto _test_eof112;
case 112:
	switch( (*p) ) {
		case 9u: goto st113;
		case 32u: goto st113;
	}
	goto st0;
st113:
	if ( ++p == pe )
		goto _test_eof113;
case 113:
	switch( (*p) ) {
		case 9u: goto st113;
		case 32u: goto st113;
		case 33u: goto tr152;
		case 34u: goto tr153;
		case 37u: goto tr152;
		case 39u: goto tr152;
		case 58u: goto tr155;
		case 91u: goto tr156;
		case 126u: goto tr152;
	}
	if ( (*p) < 65u ) {
		if ( (*p) < 45u ) {
			if ( 42u <= (*p) && (*p) <= 43u )
				goto tr152;
		} else if ( (*p) > 46u ) {
			if ( 48u <= (*p) && (*p) <= 57u )
				goto tr154;
		} else
			goto tr152;
	} else if ( (*p) > 70u ) {
		if ( (*p) < 95u ) {
			if ( 71u <= (*p) && (*p) <= 90u )
				goto tr152;
		} else if ( (*p) > 96u ) {
			if ( (*p) > 102u ) {
				if ( 103u <= (*p) && (*p) <= 122u )
					goto tr152;
			} else if ( (*p) >= 97u )
				goto tr154;
		} else
			goto tr152;
	} else
		goto tr154;
	goto st0;
tr152:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st846;
st846:
	if ( ++p == pe )
		goto _test_eof846;
case 846:
#line 2103 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1043;
		case 10u: goto tr1044;
		case 13u: goto tr1045;
		case 32u: goto tr1043;
		case 33u: goto st846;
		case 37u: goto st846;
		case 39u: goto st846;
		case 44u: goto tr1041;
		case 59u: goto tr1042;
		case 126u: goto st846;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto st846;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st846;
		} else if ( (*p) >= 65u )
			goto st846;
	} else
		goto st846;
	goto st0;
tr1033:
#line 30 "grammar/sip_headers.rl"
	{ hs->e_e = p; }
	goto st114;
tr1045:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st114;
st114:
	if ( ++p == pe )
		goto _test_eof114;
case 114:
#line 2137 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st103;
	goto st0;
tr153:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st115;
tr161:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st115;
st115:
	if ( ++p == pe )
		goto _test_eof115;
case 115:
#line 2150 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st115;
		case 10u: goto st116;
		case 13u: goto st117;
		case 32u: goto st115;
		case 34u: goto st847;
		case 92u: goto st118;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr161;
st116:
	if ( ++p == pe )
		goto _test_eof116;
case 116:
	switch( (*p) ) {
		case 9u: goto st115;
		case 32u: goto st115;
	}
	goto st0;
st117:
	if ( ++p == pe )
		goto _test_eof117;
case 117:
	if ( (*p) == 10u )
		goto st116;
	goto st0;
st847:
	if ( ++p == pe )
		goto _test_eof847;
case 847:
	switch( (*p) ) {
		case 9u: goto tr1043;
		case 10u: goto tr1044;
		case 13u: goto tr1045;
		case 32u: goto tr1043;
		case 44u: goto tr1041;
		case 59u: goto tr1042;
	}
	goto st0;
st118:
	if ( ++p == pe )
		goto _test_eof118;
case 118:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st115;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st115;
	} else
		goto st115;
	goto st0;
tr154:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st848;
st848:
	if ( ++p == pe )
		goto _test_eof848;
case 848:
#line 2211 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1043;
		case 10u: goto tr1044;
		case 13u: goto tr1045;
		case 32u: goto tr1043;
		case 33u: goto st846;
		case 37u: goto st846;
		case 39u: goto st846;
		case 44u: goto tr1041;
		case 58u: goto st119;
		case 59u: goto tr1042;
		case 126u: goto st846;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 42u <= (*p) && (*p) <= 46u )
				goto st846;
		} else if ( (*p) > 57u ) {
			if ( 65u <= (*p) && (*p) <= 70u )
				goto st849;
		} else
			goto st849;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 97u ) {
			if ( 95u <= (*p) && (*p) <= 96u )
				goto st846;
		} else if ( (*p) > 102u ) {
			if ( 103u <= (*p) && (*p) <= 122u )
				goto st846;
		} else
			goto st849;
	} else
		goto st846;
	goto st0;
st849:
	if ( ++p == pe )
		goto _test_eof849;
case 849:
	switch( (*p) ) {
		case 9u: goto tr1043;
		case 10u: goto tr1044;
		case 13u: goto tr1045;
		case 32u: goto tr1043;
		case 33u: goto st846;
		case 37u: goto st846;
		case 39u: goto st846;
		case 44u: goto tr1041;
		case 58u: goto st119;
		case 59u: goto tr1042;
		case 126u: goto st846;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 42u <= (*p) && (*p) <= 46u )
				goto st846;
		} else if ( (*p) > 57u ) {
			if ( 65u <= (*p) && (*p) <= 70u )
				goto st850;
		} else
			goto st850;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 97u ) {
			if ( 95u <= (*p) && (*p) <= 96u )
				goto st846;
		} else if ( (*p) > 102u ) {
			if ( 103u <= (*p) && (*p) <= 122u )
				goto st846;
		} else
			goto st850;
	} else
		goto st846;
	goto st0;
st850:
	if ( ++p == pe )
		goto _test_eof850;
case 850:
	switch( (*p) ) {
		case 9u: goto tr1043;
		case 10u: goto tr1044;
		case 13u: goto tr1045;
		case 32u: goto tr1043;
		case 33u: goto st846;
		case 37u: goto st846;
		case 39u: goto st846;
		case 44u: goto tr1041;
		case 58u: goto st119;
		case 59u: goto tr1042;
		case 126u: goto st846;
	}
	if ( (*p) < 71u ) {
		if ( (*p) < 48u ) {
			if ( 42u <= (*p) && (*p) <= 46u )
				goto st846;
		} else if ( (*p) > 57u ) {
			if ( 65u <= (*p) && (*p) <= 70u )
				goto st851;
		} else
			goto st851;
	} else if ( (*p) > 90u ) {
		if ( (*p) < 97u ) {
			if ( 95u <= (*p) && (*p) <= 96u )
				goto st846;
		} else if ( (*p) > 102u ) {
			if ( 103u <= (*p) && (*p) <= 122u )
				goto st846;
		} else
			goto st851;
	} else
		goto st846;
	goto st0;
st851:
	if ( ++p == pe )
		goto _test_eof851;
case 851:
	switch( (*p) ) {
		case 9u: goto tr1043;
		case 10u: goto tr1044;
		case 13u: goto tr1045;
		case 32u: goto tr1043;
		case 33u: goto st846;
		case 37u: goto st846;
		case 39u: goto st846;
		case 44u: goto tr1041;
		case 58u: goto st119;
		case 59u: goto tr1042;
		case 126u: goto st846;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto st846;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st846;
		} else if ( (*p) >= 65u )
			goto st846;
	} else
		goto st846;
	goto st0;
st119:
	if ( ++p == pe )
		goto _test_eof119;
case 119:
	if ( (*p) == 58u )
		goto st860;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st852;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st868;
	} else
		goto st868;
	goto st0;
st852:
	if ( ++p == pe )
		goto _test_eof852;
case 852:
	switch( (*p) ) {
		case 9u: goto tr1043;
		case 10u: goto tr1044;
		case 13u: goto tr1045;
		case 32u: goto tr1043;
		case 44u: goto tr1041;
		case 46u: goto st120;
		case 58u: goto st119;
		case 59u: goto tr1042;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st855;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st859;
	} else
		goto st859;
	goto st0;
st120:
	if ( ++p == pe )
		goto _test_eof120;
case 120:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st121;
	goto st0;
st121:
	if ( ++p == pe )
		goto _test_eof121;
case 121:
	if ( (*p) == 46u )
		goto st122;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st127;
	goto st0;
st122:
	if ( ++p == pe )
		goto _test_eof122;
case 122:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st123;
	goto st0;
st123:
	if ( ++p == pe )
		goto _test_eof123;
case 123:
	if ( (*p) == 46u )
		goto st124;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st125;
	goto st0;
st124:
	if ( ++p == pe )
		goto _test_eof124;
case 124:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st853;
	goto st0;
st853:
	if ( ++p == pe )
		goto _test_eof853;
case 853:
	switch( (*p) ) {
		case 9u: goto tr1043;
		case 10u: goto tr1044;
		case 13u: goto tr1045;
		case 32u: goto tr1043;
		case 44u: goto tr1041;
		case 59u: goto tr1042;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st854;
	goto st0;
st854:
	if ( ++p == pe )
		goto _test_eof854;
case 854:
	switch( (*p) ) {
		case 9u: goto tr1043;
		case 10u: goto tr1044;
		case 13u: goto tr1045;
		case 32u: goto tr1043;
		case 44u: goto tr1041;
		case 59u: goto tr1042;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st847;
	goto st0;
st125:
	if ( ++p == pe )
		goto _test_eof125;
case 125:
	if ( (*p) == 46u )
		goto st124;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st126;
	goto st0;
st126:
	if ( ++p == pe )
		goto _test_eof126;
case 126:
	if ( (*p) == 46u )
		goto st124;
	goto st0;
st127:
	if ( ++p == pe )
		goto _test_eof127;
case 127:
	if ( (*p) == 46u )
		goto st122;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st128;
	goto st0;
st128:
	if ( ++p == pe )
		goto _test_eof128;
case 128:
	if ( (*p) == 46u )
		goto st122;
	goto st0;
st855:
	if ( ++p == pe )
		goto _test_eof855;
case 855:
	switch( (*p) ) {
		case 9u: goto tr1043;
		case 10u: goto tr1044;
		case 13u: goto tr1045;
		case 32u: goto tr1043;
		case 44u: goto tr1041;
		case 46u: goto st120;
		case 58u: goto st119;
		case 59u: goto tr1042;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st856;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st858;
	} else
		goto st858;
	goto st0;
st856:
	if ( ++p == pe )
		goto _test_eof856;
case 856:
	switch( (*p) ) {
		case 9u: goto tr1043;
		case 10u: goto tr1044;
		case 13u: goto tr1045;
		case 32u: goto tr1043;
		case 44u: goto tr1041;
		case 46u: goto st120;
		case 58u: goto st119;
		case 59u: goto tr1042;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st857;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st857;
	} else
		goto st857;
	goto st0;
st857:
	if ( ++p == pe )
		goto _test_eof857;
case 857:
	switch( (*p) ) {
		case 9u: goto tr1043;
		case 10u: goto tr1044;
		case 13u: goto tr1045;
		case 32u: goto tr1043;
		case 44u: goto tr1041;
		case 58u: goto st119;
		case 59u: goto tr1042;
	}
	goto st0;
st858:
	if ( ++p == pe )
		goto _test_eof858;
case 858:
	switch( (*p) ) {
		case 9u: goto tr1043;
		case 10u: goto tr1044;
		case 13u: goto tr1045;
		case 32u: goto tr1043;
		case 44u: goto tr1041;
		case 58u: goto st119;
		case 59u: goto tr1042;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st857;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st857;
	} else
		goto st857;
	goto st0;
st859:
	if ( ++p == pe )
		goto _test_eof859;
case 859:
	switch( (*p) ) {
		case 9u: goto tr1043;
		case 10u: goto tr1044;
		case 13u: goto tr1045;
		case 32u: goto tr1043;
		case 44u: goto tr1041;
		case 58u: goto st119;
		case 59u: goto tr1042;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st858;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st858;
	} else
		goto st858;
	goto st0;
st860:
	if ( ++p == pe )
		goto _test_eof860;
case 860:
	switch( (*p) ) {
		case 9u: goto tr1043;
		case 10u: goto tr1044;
		case 13u: goto tr1045;
		case 32u: goto tr1043;
		case 44u: goto tr1041;
		case 58u: goto st130;
		case 59u: goto tr1042;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st861;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st865;
	} else
		goto st865;
	goto st0;
st861:
	if ( ++p == pe )
		goto _test_eof861;
case 861:
	switch( (*p) ) {
		case 9u: goto tr1043;
		case 10u: goto tr1044;
		case 13u: goto tr1045;
		case 32u: goto tr1043;
		case 44u: goto tr1041;
		case 46u: goto st120;
		case 58u: goto st129;
		case 59u: goto tr1042;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st862;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st866;
	} else
		goto st866;
	goto st0;
st862:
	if ( ++p == pe )
		goto _test_eof862;
case 862:
	switch( (*p) ) {
		case 9u: goto tr1043;
		case 10u: goto tr1044;
		case 13u: goto tr1045;
		case 32u: goto tr1043;
		case 44u: goto tr1041;
		case 46u: goto st120;
		case 58u: goto st129;
		case 59u: goto tr1042;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st863;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st867;
	} else
		goto st867;
	goto st0;
st863:
	if ( ++p == pe )
		goto _test_eof863;
case 863:
	switch( (*p) ) {
		case 9u: goto tr1043;
		case 10u: goto tr1044;
		case 13u: goto tr1045;
		case 32u: goto tr1043;
		case 44u: goto tr1041;
		case 46u: goto st120;
		case 58u: goto st129;
		case 59u: goto tr1042;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st864;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st864;
	} else
		goto st864;
	goto st0;
st864:
	if ( ++p == pe )
		goto _test_eof864;
case 864:
	switch( (*p) ) {
		case 9u: goto tr1043;
		case 10u: goto tr1044;
		case 13u: goto tr1045;
		case 32u: goto tr1043;
		case 44u: goto tr1041;
		case 58u: goto st129;
		case 59u: goto tr1042;
	}
	goto st0;
st129:
	if ( ++p == pe )
		goto _test_eof129;
case 129:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st861;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st865;
	} else
		goto st865;
	goto st0;
st865:
	if ( ++p == pe )
		goto _test_eof865;
case 865:
	switch( (*p) ) {
		case 9u: goto tr1043;
		case 10u: goto tr1044;
		case 13u: goto tr1045;
		case 32u: goto tr1043;
		case 44u: goto tr1041;
		case 58u: goto st129;
		case 59u: goto tr1042;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st866;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st866;
	} else
		goto st866;
	goto st0;
st866:
	if ( ++p == pe )
		goto _test_eof866;
case 866:
	switch( (*p) ) {
		case 9u: goto tr1043;
		case 10u: goto tr1044;
		case 13u: goto tr1045;
		case 32u: goto tr1043;
		case 44u: goto tr1041;
		case 58u: goto st129;
		case 59u: goto tr1042;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st867;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st867;
	} else
		goto st867;
	goto st0;
st867:
	if ( ++p == pe )
		goto _test_eof867;
case 867:
	switch( (*p) ) {
		case 9u: goto tr1043;
		case 10u: goto tr1044;
		case 13u: goto tr1045;
		case 32u: goto tr1043;
		case 44u: goto tr1041;
		case 58u: goto st129;
		case 59u: goto tr1042;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st864;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st864;
	} else
		goto st864;
	goto st0;
st130:
	if ( ++p == pe )
		goto _test_eof130;
case 130:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st131;
	goto st0;
st131:
	if ( ++p == pe )
		goto _test_eof131;
case 131:
	if ( (*p) == 46u )
		goto st120;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st132;
	goto st0;
st132:
	if ( ++p == pe )
		goto _test_eof132;
case 132:
	if ( (*p) == 46u )
		goto st120;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st133;
	goto st0;
st133:
	if ( ++p == pe )
		goto _test_eof133;
case 133:
	if ( (*p) == 46u )
		goto st120;
	goto st0;
st868:
	if ( ++p == pe )
		goto _test_eof868;
case 868:
	switch( (*p) ) {
		case 9u: goto tr1043;
		case 10u: goto tr1044;
		case 13u: goto tr1045;
		case 32u: goto tr1043;
		case 44u: goto tr1041;
		case 58u: goto st119;
		case 59u: goto tr1042;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st859;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st859;
	} else
		goto st859;
	goto st0;
tr155:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st134;
st134:
	if ( ++p == pe )
		goto _test_eof134;
case 134:
#line 2838 "gen/sip_headers.c"
	if ( (*p) == 58u )
		goto st860;
	goto st0;
tr156:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st135;
st135:
	if ( ++p == pe )
		goto _test_eof135;
case 135:
#line 2848 "gen/sip_headers.c"
	if ( (*p) == 58u )
		goto st169;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st136;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st136;
	} else
		goto st136;
	goto st0;
st136:
	if ( ++p == pe )
		goto _test_eof136;
case 136:
	switch( (*p) ) {
		case 58u: goto st140;
		case 93u: goto st847;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st137;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st137;
	} else
		goto st137;
	goto st0;
st137:
	if ( ++p == pe )
		goto _test_eof137;
case 137:
	switch( (*p) ) {
		case 58u: goto st140;
		case 93u: goto st847;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st138;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st138;
	} else
		goto st138;
	goto st0;
st138:
	if ( ++p == pe )
		goto _test_eof138;
case 138:
	switch( (*p) ) {
		case 58u: goto st140;
		case 93u: goto st847;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st139;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st139;
	} else
		goto st139;
	goto st0;
st139:
	if ( ++p == pe )
		goto _test_eof139;
case 139:
	switch( (*p) ) {
		case 58u: goto st140;
		case 93u: goto st847;
	}
	goto st0;
st140:
	if ( ++p == pe )
		goto _test_eof140;
case 140:
	if ( (*p) == 58u )
		goto st156;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st141;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st136;
	} else
		goto st136;
	goto st0;
st141:
	if ( ++p == pe )
		goto _test_eof141;
case 141:
	switch( (*p) ) {
		case 46u: goto st142;
		case 58u: goto st140;
		case 93u: goto st847;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st154;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st137;
	} else
		goto st137;
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
	if ( (*p) == 46u )
		goto st144;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st152;
	goto st0;
st144:
	if ( ++p == pe )
		goto _test_eof144;
case 144:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st145;
	goto st0;
st145:
	if ( ++p == pe )
		goto _test_eof145;
case 145:
	if ( (*p) == 46u )
		goto st146;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st150;
	goto st0;
st146:
	if ( ++p == pe )
		goto _test_eof146;
case 146:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st147;
	goto st0;
st147:
	if ( ++p == pe )
		goto _test_eof147;
case 147:
	if ( (*p) == 93u )
		goto st847;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st148;
	goto st0;
st148:
	if ( ++p == pe )
		goto _test_eof148;
case 148:
	if ( (*p) == 93u )
		goto st847;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st149;
	goto st0;
st149:
	if ( ++p == pe )
		goto _test_eof149;
case 149:
	if ( (*p) == 93u )
		goto st847;
	goto st0;
st150:
	if ( ++p == pe )
		goto _test_eof150;
case 150:
	if ( (*p) == 46u )
		goto st146;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st151;
	goto st0;
st151:
	if ( ++p == pe )
		goto _test_eof151;
case 151:
	if ( (*p) == 46u )
		goto st146;
	goto st0;
st152:
	if ( ++p == pe )
		goto _test_eof152;
case 152:
	if ( (*p) == 46u )
		goto st144;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st153;
	goto st0;
st153:
	if ( ++p == pe )
		goto _test_eof153;
case 153:
	if ( (*p) == 46u )
		goto st144;
	goto st0;
st154:
	if ( ++p == pe )
		goto _test_eof154;
case 154:
	switch( (*p) ) {
		case 46u: goto st142;
		case 58u: goto st140;
		case 93u: goto st847;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st155;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st138;
	} else
		goto st138;
	goto st0;
st155:
	if ( ++p == pe )
		goto _test_eof155;
case 155:
	switch( (*p) ) {
		case 46u: goto st142;
		case 58u: goto st140;
		case 93u: goto st847;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st139;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st139;
	} else
		goto st139;
	goto st0;
st156:
	if ( ++p == pe )
		goto _test_eof156;
case 156:
	switch( (*p) ) {
		case 58u: goto st165;
		case 93u: goto st847;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st157;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st162;
	} else
		goto st162;
	goto st0;
st157:
	if ( ++p == pe )
		goto _test_eof157;
case 157:
	switch( (*p) ) {
		case 46u: goto st142;
		case 58u: goto st161;
		case 93u: goto st847;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st158;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st163;
	} else
		goto st163;
	goto st0;
st158:
	if ( ++p == pe )
		goto _test_eof158;
case 158:
	switch( (*p) ) {
		case 46u: goto st142;
		case 58u: goto st161;
		case 93u: goto st847;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st159;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st164;
	} else
		goto st164;
	goto st0;
st159:
	if ( ++p == pe )
		goto _test_eof159;
case 159:
	switch( (*p) ) {
		case 46u: goto st142;
		case 58u: goto st161;
		case 93u: goto st847;
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
		case 58u: goto st161;
		case 93u: goto st847;
	}
	goto st0;
st161:
	if ( ++p == pe )
		goto _test_eof161;
case 161:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st157;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st162;
	} else
		goto st162;
	goto st0;
st162:
	if ( ++p == pe )
		goto _test_eof162;
case 162:
	switch( (*p) ) {
		case 58u: goto st161;
		case 93u: goto st847;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st163;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st163;
	} else
		goto st163;
	goto st0;
st163:
	if ( ++p == pe )
		goto _test_eof163;
case 163:
	switch( (*p) ) {
		case 58u: goto st161;
		case 93u: goto st847;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st164;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st164;
	} else
		goto st164;
	goto st0;
st164:
	if ( ++p == pe )
		goto _test_eof164;
case 164:
	switch( (*p) ) {
		case 58u: goto st161;
		case 93u: goto st847;
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
st165:
	if ( ++p == pe )
		goto _test_eof165;
case 165:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st166;
	goto st0;
st166:
	if ( ++p == pe )
		goto _test_eof166;
case 166:
	if ( (*p) == 46u )
		goto st142;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st167;
	goto st0;
st167:
	if ( ++p == pe )
		goto _test_eof167;
case 167:
	if ( (*p) == 46u )
		goto st142;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st168;
	goto st0;
st168:
	if ( ++p == pe )
		goto _test_eof168;
case 168:
	if ( (*p) == 46u )
		goto st142;
	goto st0;
st169:
	if ( ++p == pe )
		goto _test_eof169;
case 169:
	if ( (*p) == 58u )
		goto st156;
	goto st0;
st170:
	if ( ++p == pe )
		goto _test_eof170;
case 170:
	if ( (*p) == 10u )
		goto st112;
	goto st0;
tr1039:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st171;
st171:
	if ( ++p == pe )
		goto _test_eof171;
case 171:
#line 3281 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st109;
	goto st0;
st172:
	if ( ++p == pe )
		goto _test_eof172;
case 172:
	if ( (*p) == 10u )
		goto st106;
	goto st0;
st173:
	if ( ++p == pe )
		goto _test_eof173;
case 173:
	if ( (*p) == 10u )
		goto st100;
	goto st0;
tr1026:
#line 35 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_NAME; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	goto st174;
tr1066:
#line 34 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_IPV4; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	goto st174;
st174:
	if ( ++p == pe )
		goto _test_eof174;
case 174:
#line 3310 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st93;
	goto st0;
st175:
	if ( ++p == pe )
		goto _test_eof175;
case 175:
	if ( (*p) == 45u )
		goto st175;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st843;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st843;
	} else
		goto st843;
	goto st0;
st869:
	if ( ++p == pe )
		goto _test_eof869;
case 869:
	switch( (*p) ) {
		case 9u: goto tr1024;
		case 10u: goto tr1025;
		case 13u: goto tr1026;
		case 32u: goto tr1024;
		case 44u: goto tr1027;
		case 58u: goto tr1029;
		case 59u: goto tr1030;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st90;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st843;
	} else
		goto st843;
	goto st0;
st176:
	if ( ++p == pe )
		goto _test_eof176;
case 176:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st177;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st843;
	} else
		goto st843;
	goto st0;
st177:
	if ( ++p == pe )
		goto _test_eof177;
case 177:
	switch( (*p) ) {
		case 45u: goto st89;
		case 46u: goto st178;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st183;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st90;
	} else
		goto st90;
	goto st0;
st178:
	if ( ++p == pe )
		goto _test_eof178;
case 178:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st179;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st843;
	} else
		goto st843;
	goto st0;
st179:
	if ( ++p == pe )
		goto _test_eof179;
case 179:
	switch( (*p) ) {
		case 45u: goto st89;
		case 46u: goto st180;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st181;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st90;
	} else
		goto st90;
	goto st0;
st180:
	if ( ++p == pe )
		goto _test_eof180;
case 180:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st870;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st843;
	} else
		goto st843;
	goto st0;
st870:
	if ( ++p == pe )
		goto _test_eof870;
case 870:
	switch( (*p) ) {
		case 9u: goto tr1064;
		case 10u: goto tr1065;
		case 13u: goto tr1066;
		case 32u: goto tr1064;
		case 44u: goto tr1067;
		case 45u: goto st89;
		case 46u: goto st91;
		case 58u: goto tr1069;
		case 59u: goto tr1070;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st871;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st90;
	} else
		goto st90;
	goto st0;
st871:
	if ( ++p == pe )
		goto _test_eof871;
case 871:
	switch( (*p) ) {
		case 9u: goto tr1064;
		case 10u: goto tr1065;
		case 13u: goto tr1066;
		case 32u: goto tr1064;
		case 44u: goto tr1067;
		case 45u: goto st89;
		case 46u: goto st91;
		case 58u: goto tr1069;
		case 59u: goto tr1070;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st872;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st90;
	} else
		goto st90;
	goto st0;
st872:
	if ( ++p == pe )
		goto _test_eof872;
case 872:
	switch( (*p) ) {
		case 9u: goto tr1064;
		case 10u: goto tr1065;
		case 13u: goto tr1066;
		case 32u: goto tr1064;
		case 44u: goto tr1067;
		case 45u: goto st89;
		case 46u: goto st91;
		case 58u: goto tr1069;
		case 59u: goto tr1070;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st90;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st90;
	} else
		goto st90;
	goto st0;
st181:
	if ( ++p == pe )
		goto _test_eof181;
case 181:
	switch( (*p) ) {
		case 45u: goto st89;
		case 46u: goto st180;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st182;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st90;
	} else
		goto st90;
	goto st0;
st182:
	if ( ++p == pe )
		goto _test_eof182;
case 182:
	switch( (*p) ) {
		case 45u: goto st89;
		case 46u: goto st180;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st90;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st90;
	} else
		goto st90;
	goto st0;
st183:
	if ( ++p == pe )
		goto _test_eof183;
case 183:
	switch( (*p) ) {
		case 45u: goto st89;
		case 46u: goto st178;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st184;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st90;
	} else
		goto st90;
	goto st0;
st184:
	if ( ++p == pe )
		goto _test_eof184;
case 184:
	switch( (*p) ) {
		case 45u: goto st89;
		case 46u: goto st178;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st90;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st90;
	} else
		goto st90;
	goto st0;
st185:
	if ( ++p == pe )
		goto _test_eof185;
case 185:
	switch( (*p) ) {
		case 45u: goto st89;
		case 46u: goto st176;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st186;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st90;
	} else
		goto st90;
	goto st0;
st186:
	if ( ++p == pe )
		goto _test_eof186;
case 186:
	switch( (*p) ) {
		case 45u: goto st89;
		case 46u: goto st176;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st90;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st90;
	} else
		goto st90;
	goto st0;
st187:
	if ( ++p == pe )
		goto _test_eof187;
case 187:
	if ( (*p) == 58u )
		goto tr228;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr227;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto tr227;
	} else
		goto tr227;
	goto st0;
tr227:
#line 27 "grammar/sip_headers.rl"
	{ hs->d_s = p; }
#line 36 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_IPV6; }
	goto st188;
st188:
	if ( ++p == pe )
		goto _test_eof188;
case 188:
#line 3620 "gen/sip_headers.c"
	switch( (*p) ) {
		case 58u: goto st192;
		case 93u: goto tr231;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st189;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st189;
	} else
		goto st189;
	goto st0;
st189:
	if ( ++p == pe )
		goto _test_eof189;
case 189:
	switch( (*p) ) {
		case 58u: goto st192;
		case 93u: goto tr231;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st190;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st190;
	} else
		goto st190;
	goto st0;
st190:
	if ( ++p == pe )
		goto _test_eof190;
case 190:
	switch( (*p) ) {
		case 58u: goto st192;
		case 93u: goto tr231;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st191;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st191;
	} else
		goto st191;
	goto st0;
st191:
	if ( ++p == pe )
		goto _test_eof191;
case 191:
	switch( (*p) ) {
		case 58u: goto st192;
		case 93u: goto tr231;
	}
	goto st0;
st192:
	if ( ++p == pe )
		goto _test_eof192;
case 192:
	if ( (*p) == 58u )
		goto st208;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st193;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st188;
	} else
		goto st188;
	goto st0;
st193:
	if ( ++p == pe )
		goto _test_eof193;
case 193:
	switch( (*p) ) {
		case 46u: goto st194;
		case 58u: goto st192;
		case 93u: goto tr231;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st206;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st189;
	} else
		goto st189;
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
	if ( (*p) == 46u )
		goto st196;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st204;
	goto st0;
st196:
	if ( ++p == pe )
		goto _test_eof196;
case 196:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st197;
	goto st0;
st197:
	if ( ++p == pe )
		goto _test_eof197;
case 197:
	if ( (*p) == 46u )
		goto st198;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st202;
	goto st0;
st198:
	if ( ++p == pe )
		goto _test_eof198;
case 198:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st199;
	goto st0;
st199:
	if ( ++p == pe )
		goto _test_eof199;
case 199:
	if ( (*p) == 93u )
		goto tr231;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st200;
	goto st0;
st200:
	if ( ++p == pe )
		goto _test_eof200;
case 200:
	if ( (*p) == 93u )
		goto tr231;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st201;
	goto st0;
st201:
	if ( ++p == pe )
		goto _test_eof201;
case 201:
	if ( (*p) == 93u )
		goto tr231;
	goto st0;
tr231:
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	goto st873;
st873:
	if ( ++p == pe )
		goto _test_eof873;
case 873:
#line 3780 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st92;
		case 10u: goto st93;
		case 13u: goto st174;
		case 32u: goto st92;
		case 44u: goto tr125;
		case 58u: goto st99;
		case 59u: goto st105;
	}
	goto st0;
st202:
	if ( ++p == pe )
		goto _test_eof202;
case 202:
	if ( (*p) == 46u )
		goto st198;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st203;
	goto st0;
st203:
	if ( ++p == pe )
		goto _test_eof203;
case 203:
	if ( (*p) == 46u )
		goto st198;
	goto st0;
st204:
	if ( ++p == pe )
		goto _test_eof204;
case 204:
	if ( (*p) == 46u )
		goto st196;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st205;
	goto st0;
st205:
	if ( ++p == pe )
		goto _test_eof205;
case 205:
	if ( (*p) == 46u )
		goto st196;
	goto st0;
st206:
	if ( ++p == pe )
		goto _test_eof206;
case 206:
	switch( (*p) ) {
		case 46u: goto st194;
		case 58u: goto st192;
		case 93u: goto tr231;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st207;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st190;
	} else
		goto st190;
	goto st0;
st207:
	if ( ++p == pe )
		goto _test_eof207;
case 207:
	switch( (*p) ) {
		case 46u: goto st194;
		case 58u: goto st192;
		case 93u: goto tr231;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st191;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st191;
	} else
		goto st191;
	goto st0;
st208:
	if ( ++p == pe )
		goto _test_eof208;
case 208:
	switch( (*p) ) {
		case 58u: goto st217;
		case 93u: goto tr231;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st209;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st214;
	} else
		goto st214;
	goto st0;
st209:
	if ( ++p == pe )
		goto _test_eof209;
case 209:
	switch( (*p) ) {
		case 46u: goto st194;
		case 58u: goto st213;
		case 93u: goto tr231;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st210;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st215;
	} else
		goto st215;
	goto st0;
st210:
	if ( ++p == pe )
		goto _test_eof210;
case 210:
	switch( (*p) ) {
		case 46u: goto st194;
		case 58u: goto st213;
		case 93u: goto tr231;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st211;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st216;
	} else
		goto st216;
	goto st0;
st211:
	if ( ++p == pe )
		goto _test_eof211;
case 211:
	switch( (*p) ) {
		case 46u: goto st194;
		case 58u: goto st213;
		case 93u: goto tr231;
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
		case 58u: goto st213;
		case 93u: goto tr231;
	}
	goto st0;
st213:
	if ( ++p == pe )
		goto _test_eof213;
case 213:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st209;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st214;
	} else
		goto st214;
	goto st0;
st214:
	if ( ++p == pe )
		goto _test_eof214;
case 214:
	switch( (*p) ) {
		case 58u: goto st213;
		case 93u: goto tr231;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st215;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st215;
	} else
		goto st215;
	goto st0;
st215:
	if ( ++p == pe )
		goto _test_eof215;
case 215:
	switch( (*p) ) {
		case 58u: goto st213;
		case 93u: goto tr231;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st216;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st216;
	} else
		goto st216;
	goto st0;
st216:
	if ( ++p == pe )
		goto _test_eof216;
case 216:
	switch( (*p) ) {
		case 58u: goto st213;
		case 93u: goto tr231;
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
st217:
	if ( ++p == pe )
		goto _test_eof217;
case 217:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st218;
	goto st0;
st218:
	if ( ++p == pe )
		goto _test_eof218;
case 218:
	if ( (*p) == 46u )
		goto st194;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st219;
	goto st0;
st219:
	if ( ++p == pe )
		goto _test_eof219;
case 219:
	if ( (*p) == 46u )
		goto st194;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st220;
	goto st0;
st220:
	if ( ++p == pe )
		goto _test_eof220;
case 220:
	if ( (*p) == 46u )
		goto st194;
	goto st0;
tr228:
#line 27 "grammar/sip_headers.rl"
	{ hs->d_s = p; }
#line 36 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_IPV6; }
	goto st221;
st221:
	if ( ++p == pe )
		goto _test_eof221;
case 221:
#line 4042 "gen/sip_headers.c"
	if ( (*p) == 58u )
		goto st208;
	goto st0;
tr107:
#line 26 "grammar/sip_headers.rl"
	{ hs->c_e = p; }
	goto st222;
st222:
	if ( ++p == pe )
		goto _test_eof222;
case 222:
#line 4052 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st86;
	goto st0;
st223:
	if ( ++p == pe )
		goto _test_eof223;
case 223:
	if ( (*p) == 10u )
		goto st82;
	goto st0;
tr93:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st224;
st224:
	if ( ++p == pe )
		goto _test_eof224;
case 224:
#line 4069 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st79;
	goto st0;
st225:
	if ( ++p == pe )
		goto _test_eof225;
case 225:
	if ( (*p) == 10u )
		goto st75;
	goto st0;
tr79:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st226;
st226:
	if ( ++p == pe )
		goto _test_eof226;
case 226:
#line 4086 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st72;
	goto st0;
case 227:
	switch( (*p) ) {
		case 33u: goto tr263;
		case 34u: goto tr264;
		case 37u: goto tr263;
		case 39u: goto tr263;
		case 60u: goto tr265;
		case 126u: goto tr263;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr263;
		} else if ( (*p) >= 42u )
			goto tr263;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 95u ) {
			if ( 65u <= (*p) && (*p) <= 90u )
				goto tr266;
		} else if ( (*p) > 96u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr266;
		} else
			goto tr263;
	} else
		goto tr263;
	goto st0;
tr263:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st228;
st228:
	if ( ++p == pe )
		goto _test_eof228;
case 228:
#line 4124 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr267;
		case 10u: goto tr268;
		case 13u: goto tr269;
		case 32u: goto tr267;
		case 33u: goto st228;
		case 37u: goto st228;
		case 39u: goto st228;
		case 60u: goto tr271;
		case 126u: goto st228;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st228;
		} else if ( (*p) >= 42u )
			goto st228;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st228;
		} else if ( (*p) >= 65u )
			goto st228;
	} else
		goto st228;
	goto st0;
tr267:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st229;
st229:
	if ( ++p == pe )
		goto _test_eof229;
case 229:
#line 4157 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st229;
		case 10u: goto st230;
		case 13u: goto st292;
		case 32u: goto st229;
		case 33u: goto st228;
		case 37u: goto st228;
		case 39u: goto st228;
		case 60u: goto tr275;
		case 126u: goto st228;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st228;
		} else if ( (*p) >= 42u )
			goto st228;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st228;
		} else if ( (*p) >= 65u )
			goto st228;
	} else
		goto st228;
	goto st0;
tr268:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st230;
st230:
	if ( ++p == pe )
		goto _test_eof230;
case 230:
#line 4190 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st231;
		case 32u: goto st231;
	}
	goto st0;
st231:
	if ( ++p == pe )
		goto _test_eof231;
case 231:
	switch( (*p) ) {
		case 9u: goto st231;
		case 32u: goto st231;
		case 33u: goto st228;
		case 37u: goto st228;
		case 39u: goto st228;
		case 60u: goto tr275;
		case 126u: goto st228;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st228;
		} else if ( (*p) >= 42u )
			goto st228;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st228;
		} else if ( (*p) >= 65u )
			goto st228;
	} else
		goto st228;
	goto st0;
tr265:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 37 "grammar/sip_headers.rl"
	{ hs->flags = (hs->flags | FSIP_HS_NAME_ADDR) & ~(uint32_t)FSIP_HS_STAR; }
	goto st232;
tr271:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
#line 37 "grammar/sip_headers.rl"
	{ hs->flags = (hs->flags | FSIP_HS_NAME_ADDR) & ~(uint32_t)FSIP_HS_STAR; }
	goto st232;
tr275:
#line 37 "grammar/sip_headers.rl"
	{ hs->flags = (hs->flags | FSIP_HS_NAME_ADDR) & ~(uint32_t)FSIP_HS_STAR; }
	goto st232;
tr278:
#line 38 "grammar/sip_headers.rl"
	{ hs->flags |= FSIP_HS_ASPACE; }
	goto st232;
st232:
	if ( ++p == pe )
		goto _test_eof232;
case 232:
#line 4241 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr278;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr278;
		case 60u: goto st0;
		case 62u: goto st0;
	}
	goto tr277;
tr277:
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
#line 70 "grammar/sip_headers.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_ANGLE)))-1;} }
	goto st233;
tr279:
#line 70 "grammar/sip_headers.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_ANGLE)))-1;} }
	goto st233;
st233:
	if ( ++p == pe )
		goto _test_eof233;
case 233:
#line 4261 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr280;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr280;
		case 60u: goto st0;
		case 62u: goto tr281;
	}
	goto tr279;
tr282:
#line 38 "grammar/sip_headers.rl"
	{ hs->flags |= FSIP_HS_ASPACE; }
	goto st234;
tr280:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
#line 38 "grammar/sip_headers.rl"
	{ hs->flags |= FSIP_HS_ASPACE; }
	goto st234;
st234:
	if ( ++p == pe )
		goto _test_eof234;
case 234:
#line 4281 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr282;
		case 32u: goto tr282;
		case 62u: goto st874;
	}
	goto st0;
tr281:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st874;
st874:
	if ( ++p == pe )
		goto _test_eof874;
case 874:
#line 4294 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st874;
		case 10u: goto st235;
		case 13u: goto st291;
		case 32u: goto st874;
		case 59u: goto st238;
	}
	goto st0;
st235:
	if ( ++p == pe )
		goto _test_eof235;
case 235:
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
		case 10u: goto st236;
		case 13u: goto st248;
		case 32u: goto st875;
		case 59u: goto st238;
	}
	goto st0;
tr1084:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st236;
tr1079:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st236;
st236:
	if ( ++p == pe )
		goto _test_eof236;
case 236:
#line 4333 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st237;
		case 32u: goto st237;
	}
	goto st0;
st237:
	if ( ++p == pe )
		goto _test_eof237;
case 237:
	switch( (*p) ) {
		case 9u: goto st237;
		case 32u: goto st237;
		case 59u: goto st238;
	}
	goto st0;
tr1086:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st238;
tr1077:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st238;
st238:
	if ( ++p == pe )
		goto _test_eof238;
case 238:
#line 4358 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st238;
		case 10u: goto st239;
		case 13u: goto st290;
		case 32u: goto st238;
		case 33u: goto tr289;
		case 37u: goto tr289;
		case 39u: goto tr289;
		case 126u: goto tr289;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr289;
		} else if ( (*p) >= 42u )
			goto tr289;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr289;
		} else if ( (*p) >= 65u )
			goto tr289;
	} else
		goto tr289;
	goto st0;
st239:
	if ( ++p == pe )
		goto _test_eof239;
case 239:
	switch( (*p) ) {
		case 9u: goto st240;
		case 32u: goto st240;
	}
	goto st0;
st240:
	if ( ++p == pe )
		goto _test_eof240;
case 240:
	switch( (*p) ) {
		case 9u: goto st240;
		case 32u: goto st240;
		case 33u: goto tr289;
		case 37u: goto tr289;
		case 39u: goto tr289;
		case 126u: goto tr289;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr289;
		} else if ( (*p) >= 42u )
			goto tr289;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr289;
		} else if ( (*p) >= 65u )
			goto tr289;
	} else
		goto tr289;
	goto st0;
tr289:
#line 31 "grammar/sip_headers.rl"
	{ pn = p; pv = NULL; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st876;
tr1076:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st876;
st876:
	if ( ++p == pe )
		goto _test_eof876;
case 876:
#line 4430 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1073;
		case 10u: goto tr1074;
		case 13u: goto tr1075;
		case 32u: goto tr1073;
		case 33u: goto tr1076;
		case 37u: goto tr1076;
		case 39u: goto tr1076;
		case 59u: goto tr1077;
		case 61u: goto st244;
		case 126u: goto tr1076;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1076;
		} else if ( (*p) >= 42u )
			goto tr1076;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1076;
		} else if ( (*p) >= 65u )
			goto tr1076;
	} else
		goto tr1076;
	goto st0;
tr1073:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st241;
st241:
	if ( ++p == pe )
		goto _test_eof241;
case 241:
#line 4464 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st241;
		case 10u: goto st242;
		case 13u: goto st289;
		case 32u: goto st241;
		case 59u: goto st238;
		case 61u: goto st244;
	}
	goto st0;
tr1074:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st242;
st242:
	if ( ++p == pe )
		goto _test_eof242;
case 242:
#line 4480 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st243;
		case 32u: goto st243;
	}
	goto st0;
st243:
	if ( ++p == pe )
		goto _test_eof243;
case 243:
	switch( (*p) ) {
		case 9u: goto st243;
		case 32u: goto st243;
		case 59u: goto st238;
		case 61u: goto st244;
	}
	goto st0;
st244:
	if ( ++p == pe )
		goto _test_eof244;
case 244:
	switch( (*p) ) {
		case 9u: goto st244;
		case 10u: goto st245;
		case 13u: goto st288;
		case 32u: goto st244;
		case 33u: goto tr298;
		case 34u: goto tr299;
		case 37u: goto tr298;
		case 39u: goto tr298;
		case 91u: goto tr300;
		case 126u: goto tr298;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr298;
		} else if ( (*p) >= 42u )
			goto tr298;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr298;
		} else if ( (*p) >= 65u )
			goto tr298;
	} else
		goto tr298;
	goto st0;
st245:
	if ( ++p == pe )
		goto _test_eof245;
case 245:
	switch( (*p) ) {
		case 9u: goto st246;
		case 32u: goto st246;
	}
	goto st0;
st246:
	if ( ++p == pe )
		goto _test_eof246;
case 246:
	switch( (*p) ) {
		case 9u: goto st246;
		case 32u: goto st246;
		case 33u: goto tr298;
		case 34u: goto tr299;
		case 37u: goto tr298;
		case 39u: goto tr298;
		case 91u: goto tr300;
		case 126u: goto tr298;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr298;
		} else if ( (*p) >= 42u )
			goto tr298;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr298;
		} else if ( (*p) >= 65u )
			goto tr298;
	} else
		goto tr298;
	goto st0;
tr298:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st877;
st877:
	if ( ++p == pe )
		goto _test_eof877;
case 877:
#line 4572 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1078;
		case 10u: goto tr1079;
		case 13u: goto tr1080;
		case 32u: goto tr1078;
		case 33u: goto st877;
		case 37u: goto st877;
		case 39u: goto st877;
		case 59u: goto tr1077;
		case 126u: goto st877;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st877;
		} else if ( (*p) >= 42u )
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
tr1083:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st247;
tr1078:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st247;
st247:
	if ( ++p == pe )
		goto _test_eof247;
case 247:
#line 4608 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st247;
		case 10u: goto st236;
		case 13u: goto st248;
		case 32u: goto st247;
		case 59u: goto st238;
	}
	goto st0;
tr1085:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st248;
tr1080:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st248;
st248:
	if ( ++p == pe )
		goto _test_eof248;
case 248:
#line 4626 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st236;
	goto st0;
tr299:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st249;
tr308:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st249;
st249:
	if ( ++p == pe )
		goto _test_eof249;
case 249:
#line 4639 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st249;
		case 10u: goto st250;
		case 13u: goto st251;
		case 32u: goto st249;
		case 34u: goto st878;
		case 92u: goto st252;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr308;
st250:
	if ( ++p == pe )
		goto _test_eof250;
case 250:
	switch( (*p) ) {
		case 9u: goto st249;
		case 32u: goto st249;
	}
	goto st0;
st251:
	if ( ++p == pe )
		goto _test_eof251;
case 251:
	if ( (*p) == 10u )
		goto st250;
	goto st0;
st878:
	if ( ++p == pe )
		goto _test_eof878;
case 878:
	switch( (*p) ) {
		case 9u: goto tr1078;
		case 10u: goto tr1079;
		case 13u: goto tr1080;
		case 32u: goto tr1078;
		case 59u: goto tr1077;
	}
	goto st0;
st252:
	if ( ++p == pe )
		goto _test_eof252;
case 252:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st249;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st249;
	} else
		goto st249;
	goto st0;
tr300:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st253;
st253:
	if ( ++p == pe )
		goto _test_eof253;
case 253:
#line 4699 "gen/sip_headers.c"
	if ( (*p) == 58u )
		goto st287;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st254;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st254;
	} else
		goto st254;
	goto st0;
st254:
	if ( ++p == pe )
		goto _test_eof254;
case 254:
	switch( (*p) ) {
		case 58u: goto st258;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st255;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st255;
	} else
		goto st255;
	goto st0;
st255:
	if ( ++p == pe )
		goto _test_eof255;
case 255:
	switch( (*p) ) {
		case 58u: goto st258;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st256;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st256;
	} else
		goto st256;
	goto st0;
st256:
	if ( ++p == pe )
		goto _test_eof256;
case 256:
	switch( (*p) ) {
		case 58u: goto st258;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st257;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st257;
	} else
		goto st257;
	goto st0;
st257:
	if ( ++p == pe )
		goto _test_eof257;
case 257:
	switch( (*p) ) {
		case 58u: goto st258;
		case 93u: goto st878;
	}
	goto st0;
st258:
	if ( ++p == pe )
		goto _test_eof258;
case 258:
	if ( (*p) == 58u )
		goto st274;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st259;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st254;
	} else
		goto st254;
	goto st0;
st259:
	if ( ++p == pe )
		goto _test_eof259;
case 259:
	switch( (*p) ) {
		case 46u: goto st260;
		case 58u: goto st258;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st272;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st255;
	} else
		goto st255;
	goto st0;
st260:
	if ( ++p == pe )
		goto _test_eof260;
case 260:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st261;
	goto st0;
st261:
	if ( ++p == pe )
		goto _test_eof261;
case 261:
	if ( (*p) == 46u )
		goto st262;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st270;
	goto st0;
st262:
	if ( ++p == pe )
		goto _test_eof262;
case 262:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st263;
	goto st0;
st263:
	if ( ++p == pe )
		goto _test_eof263;
case 263:
	if ( (*p) == 46u )
		goto st264;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st268;
	goto st0;
st264:
	if ( ++p == pe )
		goto _test_eof264;
case 264:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st265;
	goto st0;
st265:
	if ( ++p == pe )
		goto _test_eof265;
case 265:
	if ( (*p) == 93u )
		goto st878;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st266;
	goto st0;
st266:
	if ( ++p == pe )
		goto _test_eof266;
case 266:
	if ( (*p) == 93u )
		goto st878;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st267;
	goto st0;
st267:
	if ( ++p == pe )
		goto _test_eof267;
case 267:
	if ( (*p) == 93u )
		goto st878;
	goto st0;
st268:
	if ( ++p == pe )
		goto _test_eof268;
case 268:
	if ( (*p) == 46u )
		goto st264;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st269;
	goto st0;
st269:
	if ( ++p == pe )
		goto _test_eof269;
case 269:
	if ( (*p) == 46u )
		goto st264;
	goto st0;
st270:
	if ( ++p == pe )
		goto _test_eof270;
case 270:
	if ( (*p) == 46u )
		goto st262;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st271;
	goto st0;
st271:
	if ( ++p == pe )
		goto _test_eof271;
case 271:
	if ( (*p) == 46u )
		goto st262;
	goto st0;
st272:
	if ( ++p == pe )
		goto _test_eof272;
case 272:
	switch( (*p) ) {
		case 46u: goto st260;
		case 58u: goto st258;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st273;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st256;
	} else
		goto st256;
	goto st0;
st273:
	if ( ++p == pe )
		goto _test_eof273;
case 273:
	switch( (*p) ) {
		case 46u: goto st260;
		case 58u: goto st258;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st257;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st257;
	} else
		goto st257;
	goto st0;
st274:
	if ( ++p == pe )
		goto _test_eof274;
case 274:
	switch( (*p) ) {
		case 58u: goto st283;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st275;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st280;
	} else
		goto st280;
	goto st0;
st275:
	if ( ++p == pe )
		goto _test_eof275;
case 275:
	switch( (*p) ) {
		case 46u: goto st260;
		case 58u: goto st279;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st276;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st281;
	} else
		goto st281;
	goto st0;
st276:
	if ( ++p == pe )
		goto _test_eof276;
case 276:
	switch( (*p) ) {
		case 46u: goto st260;
		case 58u: goto st279;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st277;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st282;
	} else
		goto st282;
	goto st0;
st277:
	if ( ++p == pe )
		goto _test_eof277;
case 277:
	switch( (*p) ) {
		case 46u: goto st260;
		case 58u: goto st279;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st278;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st278;
	} else
		goto st278;
	goto st0;
st278:
	if ( ++p == pe )
		goto _test_eof278;
case 278:
	switch( (*p) ) {
		case 58u: goto st279;
		case 93u: goto st878;
	}
	goto st0;
st279:
	if ( ++p == pe )
		goto _test_eof279;
case 279:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st275;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st280;
	} else
		goto st280;
	goto st0;
st280:
	if ( ++p == pe )
		goto _test_eof280;
case 280:
	switch( (*p) ) {
		case 58u: goto st279;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st281;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st281;
	} else
		goto st281;
	goto st0;
st281:
	if ( ++p == pe )
		goto _test_eof281;
case 281:
	switch( (*p) ) {
		case 58u: goto st279;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st282;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st282;
	} else
		goto st282;
	goto st0;
st282:
	if ( ++p == pe )
		goto _test_eof282;
case 282:
	switch( (*p) ) {
		case 58u: goto st279;
		case 93u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st278;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st278;
	} else
		goto st278;
	goto st0;
st283:
	if ( ++p == pe )
		goto _test_eof283;
case 283:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st284;
	goto st0;
st284:
	if ( ++p == pe )
		goto _test_eof284;
case 284:
	if ( (*p) == 46u )
		goto st260;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st285;
	goto st0;
st285:
	if ( ++p == pe )
		goto _test_eof285;
case 285:
	if ( (*p) == 46u )
		goto st260;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st286;
	goto st0;
st286:
	if ( ++p == pe )
		goto _test_eof286;
case 286:
	if ( (*p) == 46u )
		goto st260;
	goto st0;
st287:
	if ( ++p == pe )
		goto _test_eof287;
case 287:
	if ( (*p) == 58u )
		goto st274;
	goto st0;
st288:
	if ( ++p == pe )
		goto _test_eof288;
case 288:
	if ( (*p) == 10u )
		goto st245;
	goto st0;
tr1075:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st289;
st289:
	if ( ++p == pe )
		goto _test_eof289;
case 289:
#line 5132 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st242;
	goto st0;
st290:
	if ( ++p == pe )
		goto _test_eof290;
case 290:
	if ( (*p) == 10u )
		goto st239;
	goto st0;
st291:
	if ( ++p == pe )
		goto _test_eof291;
case 291:
	if ( (*p) == 10u )
		goto st235;
	goto st0;
tr269:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st292;
st292:
	if ( ++p == pe )
		goto _test_eof292;
case 292:
#line 5156 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st230;
	goto st0;
tr349:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st293;
tr264:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st293;
st293:
	if ( ++p == pe )
		goto _test_eof293;
case 293:
#line 5170 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st293;
		case 10u: goto st294;
		case 13u: goto st295;
		case 32u: goto st293;
		case 34u: goto st296;
		case 92u: goto st301;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr349;
st294:
	if ( ++p == pe )
		goto _test_eof294;
case 294:
	switch( (*p) ) {
		case 9u: goto st293;
		case 32u: goto st293;
	}
	goto st0;
st295:
	if ( ++p == pe )
		goto _test_eof295;
case 295:
	if ( (*p) == 10u )
		goto st294;
	goto st0;
st296:
	if ( ++p == pe )
		goto _test_eof296;
case 296:
	switch( (*p) ) {
		case 9u: goto tr352;
		case 10u: goto tr353;
		case 13u: goto tr354;
		case 32u: goto tr352;
		case 60u: goto tr271;
	}
	goto st0;
tr352:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st297;
st297:
	if ( ++p == pe )
		goto _test_eof297;
case 297:
#line 5217 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st297;
		case 10u: goto st298;
		case 13u: goto st300;
		case 32u: goto st297;
		case 60u: goto tr275;
	}
	goto st0;
tr353:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st298;
st298:
	if ( ++p == pe )
		goto _test_eof298;
case 298:
#line 5232 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st299;
		case 32u: goto st299;
	}
	goto st0;
st299:
	if ( ++p == pe )
		goto _test_eof299;
case 299:
	switch( (*p) ) {
		case 9u: goto st299;
		case 32u: goto st299;
		case 60u: goto tr275;
	}
	goto st0;
tr354:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st300;
st300:
	if ( ++p == pe )
		goto _test_eof300;
case 300:
#line 5254 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st298;
	goto st0;
st301:
	if ( ++p == pe )
		goto _test_eof301;
case 301:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st293;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st293;
	} else
		goto st293;
	goto st0;
tr266:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
	goto st302;
st302:
	if ( ++p == pe )
		goto _test_eof302;
case 302:
#line 5279 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr267;
		case 10u: goto tr268;
		case 13u: goto tr269;
		case 32u: goto tr267;
		case 33u: goto st228;
		case 37u: goto st228;
		case 39u: goto st228;
		case 42u: goto st228;
		case 43u: goto st302;
		case 58u: goto st879;
		case 60u: goto tr271;
		case 126u: goto st228;
	}
	if ( (*p) < 65u ) {
		if ( (*p) > 46u ) {
			if ( 48u <= (*p) && (*p) <= 57u )
				goto st302;
		} else if ( (*p) >= 45u )
			goto st302;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 96u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st302;
		} else if ( (*p) >= 95u )
			goto st228;
	} else
		goto st302;
	goto st0;
tr1082:
#line 71 "grammar/sip_headers.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_ADDR)))-1;} }
	goto st879;
st879:
	if ( ++p == pe )
		goto _test_eof879;
case 879:
#line 5315 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1083;
		case 10u: goto tr1084;
		case 13u: goto tr1085;
		case 32u: goto tr1083;
		case 34u: goto st0;
		case 44u: goto st0;
		case 59u: goto tr1086;
		case 60u: goto st0;
	}
	if ( 62u <= (*p) && (*p) <= 63u )
		goto st0;
	goto tr1082;
case 303:
	switch( (*p) ) {
		case 33u: goto tr361;
		case 34u: goto tr362;
		case 37u: goto tr361;
		case 39u: goto tr361;
		case 42u: goto tr363;
		case 43u: goto tr361;
		case 60u: goto tr364;
		case 126u: goto tr361;
	}
	if ( (*p) < 65u ) {
		if ( (*p) > 46u ) {
			if ( 48u <= (*p) && (*p) <= 57u )
				goto tr361;
		} else if ( (*p) >= 45u )
			goto tr361;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 96u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr365;
		} else if ( (*p) >= 95u )
			goto tr361;
	} else
		goto tr365;
	goto st0;
tr361:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st304;
st304:
	if ( ++p == pe )
		goto _test_eof304;
case 304:
#line 5362 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr366;
		case 10u: goto tr367;
		case 13u: goto tr368;
		case 32u: goto tr366;
		case 33u: goto st304;
		case 37u: goto st304;
		case 39u: goto st304;
		case 60u: goto tr370;
		case 126u: goto st304;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st304;
		} else if ( (*p) >= 42u )
			goto st304;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st304;
		} else if ( (*p) >= 65u )
			goto st304;
	} else
		goto st304;
	goto st0;
tr366:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st305;
st305:
	if ( ++p == pe )
		goto _test_eof305;
case 305:
#line 5395 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st305;
		case 10u: goto st306;
		case 13u: goto st327;
		case 32u: goto st305;
		case 33u: goto st304;
		case 37u: goto st304;
		case 39u: goto st304;
		case 60u: goto tr374;
		case 126u: goto st304;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st304;
		} else if ( (*p) >= 42u )
			goto st304;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st304;
		} else if ( (*p) >= 65u )
			goto st304;
	} else
		goto st304;
	goto st0;
tr367:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st306;
st306:
	if ( ++p == pe )
		goto _test_eof306;
case 306:
#line 5428 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st307;
		case 32u: goto st307;
	}
	goto st0;
st307:
	if ( ++p == pe )
		goto _test_eof307;
case 307:
	switch( (*p) ) {
		case 9u: goto st307;
		case 32u: goto st307;
		case 33u: goto st304;
		case 37u: goto st304;
		case 39u: goto st304;
		case 60u: goto tr374;
		case 126u: goto st304;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st304;
		} else if ( (*p) >= 42u )
			goto st304;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st304;
		} else if ( (*p) >= 65u )
			goto st304;
	} else
		goto st304;
	goto st0;
tr364:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 37 "grammar/sip_headers.rl"
	{ hs->flags = (hs->flags | FSIP_HS_NAME_ADDR) & ~(uint32_t)FSIP_HS_STAR; }
	goto st308;
tr370:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
#line 37 "grammar/sip_headers.rl"
	{ hs->flags = (hs->flags | FSIP_HS_NAME_ADDR) & ~(uint32_t)FSIP_HS_STAR; }
	goto st308;
tr374:
#line 37 "grammar/sip_headers.rl"
	{ hs->flags = (hs->flags | FSIP_HS_NAME_ADDR) & ~(uint32_t)FSIP_HS_STAR; }
	goto st308;
tr377:
#line 38 "grammar/sip_headers.rl"
	{ hs->flags |= FSIP_HS_ASPACE; }
	goto st308;
st308:
	if ( ++p == pe )
		goto _test_eof308;
case 308:
#line 5479 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr377;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr377;
		case 60u: goto st0;
		case 62u: goto st0;
	}
	goto tr376;
tr376:
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
#line 70 "grammar/sip_headers.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_ANGLE)))-1;} }
	goto st309;
tr378:
#line 70 "grammar/sip_headers.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_ANGLE)))-1;} }
	goto st309;
st309:
	if ( ++p == pe )
		goto _test_eof309;
case 309:
#line 5499 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr379;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr379;
		case 60u: goto st0;
		case 62u: goto tr380;
	}
	goto tr378;
tr381:
#line 38 "grammar/sip_headers.rl"
	{ hs->flags |= FSIP_HS_ASPACE; }
	goto st310;
tr379:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
#line 38 "grammar/sip_headers.rl"
	{ hs->flags |= FSIP_HS_ASPACE; }
	goto st310;
st310:
	if ( ++p == pe )
		goto _test_eof310;
case 310:
#line 5519 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr381;
		case 32u: goto tr381;
		case 62u: goto st880;
	}
	goto st0;
tr380:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st880;
st880:
	if ( ++p == pe )
		goto _test_eof880;
case 880:
#line 5532 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st880;
		case 10u: goto st311;
		case 13u: goto st382;
		case 32u: goto st880;
		case 44u: goto tr385;
		case 59u: goto st330;
	}
	goto st0;
st311:
	if ( ++p == pe )
		goto _test_eof311;
case 311:
	switch( (*p) ) {
		case 9u: goto st881;
		case 32u: goto st881;
	}
	goto st0;
st881:
	if ( ++p == pe )
		goto _test_eof881;
case 881:
	switch( (*p) ) {
		case 9u: goto st881;
		case 10u: goto st312;
		case 13u: goto st329;
		case 32u: goto st881;
		case 44u: goto tr385;
		case 59u: goto st330;
	}
	goto st0;
tr1090:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st312;
tr1101:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st312;
st312:
	if ( ++p == pe )
		goto _test_eof312;
case 312:
#line 5573 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st313;
		case 32u: goto st313;
	}
	goto st0;
st313:
	if ( ++p == pe )
		goto _test_eof313;
case 313:
	switch( (*p) ) {
		case 9u: goto st313;
		case 32u: goto st313;
		case 44u: goto tr385;
		case 59u: goto st330;
	}
	goto st0;
tr385:
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st314;
tr1098:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st314;
tr1092:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st314;
st314:
	if ( ++p == pe )
		goto _test_eof314;
case 314:
#line 5604 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st314;
		case 10u: goto st315;
		case 13u: goto st381;
		case 32u: goto st314;
		case 33u: goto tr361;
		case 34u: goto tr362;
		case 37u: goto tr361;
		case 39u: goto tr361;
		case 60u: goto tr364;
		case 126u: goto tr361;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr361;
		} else if ( (*p) >= 42u )
			goto tr361;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 95u ) {
			if ( 65u <= (*p) && (*p) <= 90u )
				goto tr365;
		} else if ( (*p) > 96u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr365;
		} else
			goto tr361;
	} else
		goto tr361;
	goto st0;
st315:
	if ( ++p == pe )
		goto _test_eof315;
case 315:
	switch( (*p) ) {
		case 9u: goto st316;
		case 32u: goto st316;
	}
	goto st0;
st316:
	if ( ++p == pe )
		goto _test_eof316;
case 316:
	switch( (*p) ) {
		case 9u: goto st316;
		case 32u: goto st316;
		case 33u: goto tr361;
		case 34u: goto tr362;
		case 37u: goto tr361;
		case 39u: goto tr361;
		case 60u: goto tr364;
		case 126u: goto tr361;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr361;
		} else if ( (*p) >= 42u )
			goto tr361;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 95u ) {
			if ( 65u <= (*p) && (*p) <= 90u )
				goto tr365;
		} else if ( (*p) > 96u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr365;
		} else
			goto tr361;
	} else
		goto tr361;
	goto st0;
tr394:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st317;
tr362:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st317;
st317:
	if ( ++p == pe )
		goto _test_eof317;
case 317:
#line 5686 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st317;
		case 10u: goto st318;
		case 13u: goto st319;
		case 32u: goto st317;
		case 34u: goto st320;
		case 92u: goto st325;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr394;
st318:
	if ( ++p == pe )
		goto _test_eof318;
case 318:
	switch( (*p) ) {
		case 9u: goto st317;
		case 32u: goto st317;
	}
	goto st0;
st319:
	if ( ++p == pe )
		goto _test_eof319;
case 319:
	if ( (*p) == 10u )
		goto st318;
	goto st0;
st320:
	if ( ++p == pe )
		goto _test_eof320;
case 320:
	switch( (*p) ) {
		case 9u: goto tr397;
		case 10u: goto tr398;
		case 13u: goto tr399;
		case 32u: goto tr397;
		case 60u: goto tr370;
	}
	goto st0;
tr397:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st321;
st321:
	if ( ++p == pe )
		goto _test_eof321;
case 321:
#line 5733 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st321;
		case 10u: goto st322;
		case 13u: goto st324;
		case 32u: goto st321;
		case 60u: goto tr374;
	}
	goto st0;
tr398:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st322;
st322:
	if ( ++p == pe )
		goto _test_eof322;
case 322:
#line 5748 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st323;
		case 32u: goto st323;
	}
	goto st0;
st323:
	if ( ++p == pe )
		goto _test_eof323;
case 323:
	switch( (*p) ) {
		case 9u: goto st323;
		case 32u: goto st323;
		case 60u: goto tr374;
	}
	goto st0;
tr399:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st324;
st324:
	if ( ++p == pe )
		goto _test_eof324;
case 324:
#line 5770 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st322;
	goto st0;
st325:
	if ( ++p == pe )
		goto _test_eof325;
case 325:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st317;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st317;
	} else
		goto st317;
	goto st0;
tr365:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
	goto st326;
st326:
	if ( ++p == pe )
		goto _test_eof326;
case 326:
#line 5795 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr366;
		case 10u: goto tr367;
		case 13u: goto tr368;
		case 32u: goto tr366;
		case 33u: goto st304;
		case 37u: goto st304;
		case 39u: goto st304;
		case 42u: goto st304;
		case 43u: goto st326;
		case 58u: goto st882;
		case 60u: goto tr370;
		case 126u: goto st304;
	}
	if ( (*p) < 65u ) {
		if ( (*p) > 46u ) {
			if ( 48u <= (*p) && (*p) <= 57u )
				goto st326;
		} else if ( (*p) >= 45u )
			goto st326;
	} else if ( (*p) > 90u ) {
		if ( (*p) > 96u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st326;
		} else if ( (*p) >= 95u )
			goto st304;
	} else
		goto st326;
	goto st0;
tr368:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st327;
st327:
	if ( ++p == pe )
		goto _test_eof327;
case 327:
#line 5831 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st306;
	goto st0;
tr1088:
#line 71 "grammar/sip_headers.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_ADDR)))-1;} }
	goto st882;
st882:
	if ( ++p == pe )
		goto _test_eof882;
case 882:
#line 5841 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1089;
		case 10u: goto tr1090;
		case 13u: goto tr1091;
		case 32u: goto tr1089;
		case 34u: goto st0;
		case 44u: goto tr1092;
		case 59u: goto tr1093;
		case 60u: goto st0;
	}
	if ( 62u <= (*p) && (*p) <= 63u )
		goto st0;
	goto tr1088;
tr1089:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st328;
tr1100:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st328;
st328:
	if ( ++p == pe )
		goto _test_eof328;
case 328:
#line 5864 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st328;
		case 10u: goto st312;
		case 13u: goto st329;
		case 32u: goto st328;
		case 44u: goto tr385;
		case 59u: goto st330;
	}
	goto st0;
tr1091:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st329;
tr1102:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st329;
st329:
	if ( ++p == pe )
		goto _test_eof329;
case 329:
#line 5883 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st312;
	goto st0;
tr1093:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st330;
tr1099:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st330;
st330:
	if ( ++p == pe )
		goto _test_eof330;
case 330:
#line 5896 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st330;
		case 10u: goto st331;
		case 13u: goto st380;
		case 32u: goto st330;
		case 33u: goto tr411;
		case 37u: goto tr411;
		case 39u: goto tr411;
		case 126u: goto tr411;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr411;
		} else if ( (*p) >= 42u )
			goto tr411;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr411;
		} else if ( (*p) >= 65u )
			goto tr411;
	} else
		goto tr411;
	goto st0;
st331:
	if ( ++p == pe )
		goto _test_eof331;
case 331:
	switch( (*p) ) {
		case 9u: goto st332;
		case 32u: goto st332;
	}
	goto st0;
st332:
	if ( ++p == pe )
		goto _test_eof332;
case 332:
	switch( (*p) ) {
		case 9u: goto st332;
		case 32u: goto st332;
		case 33u: goto tr411;
		case 37u: goto tr411;
		case 39u: goto tr411;
		case 126u: goto tr411;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr411;
		} else if ( (*p) >= 42u )
			goto tr411;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr411;
		} else if ( (*p) >= 65u )
			goto tr411;
	} else
		goto tr411;
	goto st0;
tr411:
#line 31 "grammar/sip_headers.rl"
	{ pn = p; pv = NULL; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st883;
tr1097:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st883;
st883:
	if ( ++p == pe )
		goto _test_eof883;
case 883:
#line 5968 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1094;
		case 10u: goto tr1095;
		case 13u: goto tr1096;
		case 32u: goto tr1094;
		case 33u: goto tr1097;
		case 37u: goto tr1097;
		case 39u: goto tr1097;
		case 44u: goto tr1098;
		case 59u: goto tr1099;
		case 61u: goto st336;
		case 126u: goto tr1097;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1097;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1097;
		} else if ( (*p) >= 65u )
			goto tr1097;
	} else
		goto tr1097;
	goto st0;
tr1094:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st333;
st333:
	if ( ++p == pe )
		goto _test_eof333;
case 333:
#line 6000 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st333;
		case 10u: goto st334;
		case 13u: goto st379;
		case 32u: goto st333;
		case 44u: goto tr385;
		case 59u: goto st330;
		case 61u: goto st336;
	}
	goto st0;
tr1095:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st334;
st334:
	if ( ++p == pe )
		goto _test_eof334;
case 334:
#line 6017 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st335;
		case 32u: goto st335;
	}
	goto st0;
st335:
	if ( ++p == pe )
		goto _test_eof335;
case 335:
	switch( (*p) ) {
		case 9u: goto st335;
		case 32u: goto st335;
		case 44u: goto tr385;
		case 59u: goto st330;
		case 61u: goto st336;
	}
	goto st0;
st336:
	if ( ++p == pe )
		goto _test_eof336;
case 336:
	switch( (*p) ) {
		case 9u: goto st336;
		case 10u: goto st337;
		case 13u: goto st378;
		case 32u: goto st336;
		case 33u: goto tr420;
		case 34u: goto tr421;
		case 37u: goto tr420;
		case 39u: goto tr420;
		case 91u: goto tr422;
		case 126u: goto tr420;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr420;
		} else if ( (*p) >= 42u )
			goto tr420;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr420;
		} else if ( (*p) >= 65u )
			goto tr420;
	} else
		goto tr420;
	goto st0;
st337:
	if ( ++p == pe )
		goto _test_eof337;
case 337:
	switch( (*p) ) {
		case 9u: goto st338;
		case 32u: goto st338;
	}
	goto st0;
st338:
	if ( ++p == pe )
		goto _test_eof338;
case 338:
	switch( (*p) ) {
		case 9u: goto st338;
		case 32u: goto st338;
		case 33u: goto tr420;
		case 34u: goto tr421;
		case 37u: goto tr420;
		case 39u: goto tr420;
		case 91u: goto tr422;
		case 126u: goto tr420;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr420;
		} else if ( (*p) >= 42u )
			goto tr420;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr420;
		} else if ( (*p) >= 65u )
			goto tr420;
	} else
		goto tr420;
	goto st0;
tr420:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st884;
st884:
	if ( ++p == pe )
		goto _test_eof884;
case 884:
#line 6110 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1100;
		case 10u: goto tr1101;
		case 13u: goto tr1102;
		case 32u: goto tr1100;
		case 33u: goto st884;
		case 37u: goto st884;
		case 39u: goto st884;
		case 44u: goto tr1098;
		case 59u: goto tr1099;
		case 126u: goto st884;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto st884;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st884;
		} else if ( (*p) >= 65u )
			goto st884;
	} else
		goto st884;
	goto st0;
tr421:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st339;
tr427:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st339;
st339:
	if ( ++p == pe )
		goto _test_eof339;
case 339:
#line 6144 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st339;
		case 10u: goto st340;
		case 13u: goto st341;
		case 32u: goto st339;
		case 34u: goto st885;
		case 92u: goto st342;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr427;
st340:
	if ( ++p == pe )
		goto _test_eof340;
case 340:
	switch( (*p) ) {
		case 9u: goto st339;
		case 32u: goto st339;
	}
	goto st0;
st341:
	if ( ++p == pe )
		goto _test_eof341;
case 341:
	if ( (*p) == 10u )
		goto st340;
	goto st0;
st885:
	if ( ++p == pe )
		goto _test_eof885;
case 885:
	switch( (*p) ) {
		case 9u: goto tr1100;
		case 10u: goto tr1101;
		case 13u: goto tr1102;
		case 32u: goto tr1100;
		case 44u: goto tr1098;
		case 59u: goto tr1099;
	}
	goto st0;
st342:
	if ( ++p == pe )
		goto _test_eof342;
case 342:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st339;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st339;
	} else
		goto st339;
	goto st0;
tr422:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st343;
st343:
	if ( ++p == pe )
		goto _test_eof343;
case 343:
#line 6205 "gen/sip_headers.c"
	if ( (*p) == 58u )
		goto st377;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st344;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st344;
	} else
		goto st344;
	goto st0;
st344:
	if ( ++p == pe )
		goto _test_eof344;
case 344:
	switch( (*p) ) {
		case 58u: goto st348;
		case 93u: goto st885;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st345;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st345;
	} else
		goto st345;
	goto st0;
st345:
	if ( ++p == pe )
		goto _test_eof345;
case 345:
	switch( (*p) ) {
		case 58u: goto st348;
		case 93u: goto st885;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st346;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st346;
	} else
		goto st346;
	goto st0;
st346:
	if ( ++p == pe )
		goto _test_eof346;
case 346:
	switch( (*p) ) {
		case 58u: goto st348;
		case 93u: goto st885;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st347;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st347;
	} else
		goto st347;
	goto st0;
st347:
	if ( ++p == pe )
		goto _test_eof347;
case 347:
	switch( (*p) ) {
		case 58u: goto st348;
		case 93u: goto st885;
	}
	goto st0;
st348:
	if ( ++p == pe )
		goto _test_eof348;
case 348:
	if ( (*p) == 58u )
		goto st364;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st349;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st344;
	} else
		goto st344;
	goto st0;
st349:
	if ( ++p == pe )
		goto _test_eof349;
case 349:
	switch( (*p) ) {
		case 46u: goto st350;
		case 58u: goto st348;
		case 93u: goto st885;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st362;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st345;
	} else
		goto st345;
	goto st0;
st350:
	if ( ++p == pe )
		goto _test_eof350;
case 350:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st351;
	goto st0;
st351:
	if ( ++p == pe )
		goto _test_eof351;
case 351:
	if ( (*p) == 46u )
		goto st352;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st360;
	goto st0;
st352:
	if ( ++p == pe )
		goto _test_eof352;
case 352:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st353;
	goto st0;
st353:
	if ( ++p == pe )
		goto _test_eof353;
case 353:
	if ( (*p) == 46u )
		goto st354;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st358;
	goto st0;
st354:
	if ( ++p == pe )
		goto _test_eof354;
case 354:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st355;
	goto st0;
st355:
	if ( ++p == pe )
		goto _test_eof355;
case 355:
	if ( (*p) == 93u )
		goto st885;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st356;
	goto st0;
st356:
	if ( ++p == pe )
		goto _test_eof356;
case 356:
	if ( (*p) == 93u )
		goto st885;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st357;
	goto st0;
st357:
	if ( ++p == pe )
		goto _test_eof357;
case 357:
	if ( (*p) == 93u )
		goto st885;
	goto st0;
st358:
	if ( ++p == pe )
		goto _test_eof358;
case 358:
	if ( (*p) == 46u )
		goto st354;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st359;
	goto st0;
st359:
	if ( ++p == pe )
		goto _test_eof359;
case 359:
	if ( (*p) == 46u )
		goto st354;
	goto st0;
st360:
	if ( ++p == pe )
		goto _test_eof360;
case 360:
	if ( (*p) == 46u )
		goto st352;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st361;
	goto st0;
st361:
	if ( ++p == pe )
		goto _test_eof361;
case 361:
	if ( (*p) == 46u )
		goto st352;
	goto st0;
st362:
	if ( ++p == pe )
		goto _test_eof362;
case 362:
	switch( (*p) ) {
		case 46u: goto st350;
		case 58u: goto st348;
		case 93u: goto st885;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st363;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st346;
	} else
		goto st346;
	goto st0;
st363:
	if ( ++p == pe )
		goto _test_eof363;
case 363:
	switch( (*p) ) {
		case 46u: goto st350;
		case 58u: goto st348;
		case 93u: goto st885;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st347;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st347;
	} else
		goto st347;
	goto st0;
st364:
	if ( ++p == pe )
		goto _test_eof364;
case 364:
	switch( (*p) ) {
		case 58u: goto st373;
		case 93u: goto st885;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st365;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st370;
	} else
		goto st370;
	goto st0;
st365:
	if ( ++p == pe )
		goto _test_eof365;
case 365:
	switch( (*p) ) {
		case 46u: goto st350;
		case 58u: goto st369;
		case 93u: goto st885;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st366;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st371;
	} else
		goto st371;
	goto st0;
st366:
	if ( ++p == pe )
		goto _test_eof366;
case 366:
	switch( (*p) ) {
		case 46u: goto st350;
		case 58u: goto st369;
		case 93u: goto st885;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st367;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st372;
	} else
		goto st372;
	goto st0;
st367:
	if ( ++p == pe )
		goto _test_eof367;
case 367:
	switch( (*p) ) {
		case 46u: goto st350;
		case 58u: goto st369;
		case 93u: goto st885;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st368;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st368;
	} else
		goto st368;
	goto st0;
st368:
	if ( ++p == pe )
		goto _test_eof368;
case 368:
	switch( (*p) ) {
		case 58u: goto st369;
		case 93u: goto st885;
	}
	goto st0;
st369:
	if ( ++p == pe )
		goto _test_eof369;
case 369:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st365;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st370;
	} else
		goto st370;
	goto st0;
st370:
	if ( ++p == pe )
		goto _test_eof370;
case 370:
	switch( (*p) ) {
		case 58u: goto st369;
		case 93u: goto st885;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st371;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st371;
	} else
		goto st371;
	goto st0;
st371:
	if ( ++p == pe )
		goto _test_eof371;
case 371:
	switch( (*p) ) {
		case 58u: goto st369;
		case 93u: goto st885;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st372;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st372;
	} else
		goto st372;
	goto st0;
st372:
	if ( ++p == pe )
		goto _test_eof372;
case 372:
	switch( (*p) ) {
		case 58u: goto st369;
		case 93u: goto st885;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st368;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st368;
	} else
		goto st368;
	goto st0;
st373:
	if ( ++p == pe )
		goto _test_eof373;
case 373:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st374;
	goto st0;
st374:
	if ( ++p == pe )
		goto _test_eof374;
case 374:
	if ( (*p) == 46u )
		goto st350;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st375;
	goto st0;
st375:
	if ( ++p == pe )
		goto _test_eof375;
case 375:
	if ( (*p) == 46u )
		goto st350;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st376;
	goto st0;
st376:
	if ( ++p == pe )
		goto _test_eof376;
case 376:
	if ( (*p) == 46u )
		goto st350;
	goto st0;
st377:
	if ( ++p == pe )
		goto _test_eof377;
case 377:
	if ( (*p) == 58u )
		goto st364;
	goto st0;
st378:
	if ( ++p == pe )
		goto _test_eof378;
case 378:
	if ( (*p) == 10u )
		goto st337;
	goto st0;
tr1096:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st379;
st379:
	if ( ++p == pe )
		goto _test_eof379;
case 379:
#line 6638 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st334;
	goto st0;
st380:
	if ( ++p == pe )
		goto _test_eof380;
case 380:
	if ( (*p) == 10u )
		goto st331;
	goto st0;
st381:
	if ( ++p == pe )
		goto _test_eof381;
case 381:
	if ( (*p) == 10u )
		goto st315;
	goto st0;
st382:
	if ( ++p == pe )
		goto _test_eof382;
case 382:
	if ( (*p) == 10u )
		goto st311;
	goto st0;
tr363:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 39 "grammar/sip_headers.rl"
	{ hs->flags |= FSIP_HS_STAR; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st886;
st886:
	if ( ++p == pe )
		goto _test_eof886;
case 886:
#line 6671 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr366;
		case 10u: goto tr367;
		case 13u: goto tr368;
		case 32u: goto tr366;
		case 33u: goto st304;
		case 37u: goto st304;
		case 39u: goto st304;
		case 60u: goto tr370;
		case 126u: goto st304;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st304;
		} else if ( (*p) >= 42u )
			goto st304;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st304;
		} else if ( (*p) >= 65u )
			goto st304;
	} else
		goto st304;
	goto st0;
case 383:
	switch( (*p) ) {
		case 33u: goto tr465;
		case 34u: goto tr466;
		case 37u: goto tr465;
		case 39u: goto tr465;
		case 60u: goto tr467;
		case 126u: goto tr465;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr465;
		} else if ( (*p) >= 42u )
			goto tr465;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr465;
		} else if ( (*p) >= 65u )
			goto tr465;
	} else
		goto tr465;
	goto st0;
tr465:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st384;
st384:
	if ( ++p == pe )
		goto _test_eof384;
case 384:
#line 6729 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr468;
		case 10u: goto tr469;
		case 13u: goto tr470;
		case 32u: goto tr468;
		case 33u: goto st384;
		case 37u: goto st384;
		case 39u: goto st384;
		case 60u: goto tr472;
		case 126u: goto st384;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st384;
		} else if ( (*p) >= 42u )
			goto st384;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st384;
		} else if ( (*p) >= 65u )
			goto st384;
	} else
		goto st384;
	goto st0;
tr468:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st385;
st385:
	if ( ++p == pe )
		goto _test_eof385;
case 385:
#line 6762 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st385;
		case 10u: goto st386;
		case 13u: goto st461;
		case 32u: goto st385;
		case 33u: goto st384;
		case 37u: goto st384;
		case 39u: goto st384;
		case 60u: goto tr476;
		case 126u: goto st384;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st384;
		} else if ( (*p) >= 42u )
			goto st384;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st384;
		} else if ( (*p) >= 65u )
			goto st384;
	} else
		goto st384;
	goto st0;
tr469:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st386;
st386:
	if ( ++p == pe )
		goto _test_eof386;
case 386:
#line 6795 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st387;
		case 32u: goto st387;
	}
	goto st0;
st387:
	if ( ++p == pe )
		goto _test_eof387;
case 387:
	switch( (*p) ) {
		case 9u: goto st387;
		case 32u: goto st387;
		case 33u: goto st384;
		case 37u: goto st384;
		case 39u: goto st384;
		case 60u: goto tr476;
		case 126u: goto st384;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st384;
		} else if ( (*p) >= 42u )
			goto st384;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st384;
		} else if ( (*p) >= 65u )
			goto st384;
	} else
		goto st384;
	goto st0;
tr467:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 37 "grammar/sip_headers.rl"
	{ hs->flags = (hs->flags | FSIP_HS_NAME_ADDR) & ~(uint32_t)FSIP_HS_STAR; }
	goto st388;
tr472:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
#line 37 "grammar/sip_headers.rl"
	{ hs->flags = (hs->flags | FSIP_HS_NAME_ADDR) & ~(uint32_t)FSIP_HS_STAR; }
	goto st388;
tr476:
#line 37 "grammar/sip_headers.rl"
	{ hs->flags = (hs->flags | FSIP_HS_NAME_ADDR) & ~(uint32_t)FSIP_HS_STAR; }
	goto st388;
tr479:
#line 38 "grammar/sip_headers.rl"
	{ hs->flags |= FSIP_HS_ASPACE; }
	goto st388;
st388:
	if ( ++p == pe )
		goto _test_eof388;
case 388:
#line 6846 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr479;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr479;
		case 60u: goto st0;
		case 62u: goto st0;
	}
	goto tr478;
tr478:
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
#line 70 "grammar/sip_headers.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_ANGLE)))-1;} }
	goto st389;
tr480:
#line 70 "grammar/sip_headers.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_ANGLE)))-1;} }
	goto st389;
st389:
	if ( ++p == pe )
		goto _test_eof389;
case 389:
#line 6866 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr481;
		case 10u: goto st0;
		case 13u: goto st0;
		case 32u: goto tr481;
		case 60u: goto st0;
		case 62u: goto tr482;
	}
	goto tr480;
tr483:
#line 38 "grammar/sip_headers.rl"
	{ hs->flags |= FSIP_HS_ASPACE; }
	goto st390;
tr481:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
#line 38 "grammar/sip_headers.rl"
	{ hs->flags |= FSIP_HS_ASPACE; }
	goto st390;
st390:
	if ( ++p == pe )
		goto _test_eof390;
case 390:
#line 6886 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr483;
		case 32u: goto tr483;
		case 62u: goto st887;
	}
	goto st0;
tr482:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st887;
st887:
	if ( ++p == pe )
		goto _test_eof887;
case 887:
#line 6899 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st887;
		case 10u: goto st391;
		case 13u: goto st460;
		case 32u: goto st887;
		case 44u: goto tr487;
		case 59u: goto st407;
	}
	goto st0;
st391:
	if ( ++p == pe )
		goto _test_eof391;
case 391:
	switch( (*p) ) {
		case 9u: goto st888;
		case 32u: goto st888;
	}
	goto st0;
st888:
	if ( ++p == pe )
		goto _test_eof888;
case 888:
	switch( (*p) ) {
		case 9u: goto st888;
		case 10u: goto st392;
		case 13u: goto st417;
		case 32u: goto st888;
		case 44u: goto tr487;
		case 59u: goto st407;
	}
	goto st0;
tr1112:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st392;
st392:
	if ( ++p == pe )
		goto _test_eof392;
case 392:
#line 6937 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st393;
		case 32u: goto st393;
	}
	goto st0;
st393:
	if ( ++p == pe )
		goto _test_eof393;
case 393:
	switch( (*p) ) {
		case 9u: goto st393;
		case 32u: goto st393;
		case 44u: goto tr487;
		case 59u: goto st407;
	}
	goto st0;
tr487:
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st394;
tr1109:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st394;
st394:
	if ( ++p == pe )
		goto _test_eof394;
case 394:
#line 6964 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st394;
		case 10u: goto st395;
		case 13u: goto st406;
		case 32u: goto st394;
		case 33u: goto tr465;
		case 34u: goto tr466;
		case 37u: goto tr465;
		case 39u: goto tr465;
		case 60u: goto tr467;
		case 126u: goto tr465;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr465;
		} else if ( (*p) >= 42u )
			goto tr465;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr465;
		} else if ( (*p) >= 65u )
			goto tr465;
	} else
		goto tr465;
	goto st0;
st395:
	if ( ++p == pe )
		goto _test_eof395;
case 395:
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
		case 33u: goto tr465;
		case 34u: goto tr466;
		case 37u: goto tr465;
		case 39u: goto tr465;
		case 60u: goto tr467;
		case 126u: goto tr465;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr465;
		} else if ( (*p) >= 42u )
			goto tr465;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr465;
		} else if ( (*p) >= 65u )
			goto tr465;
	} else
		goto tr465;
	goto st0;
tr496:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st397;
tr466:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st397;
st397:
	if ( ++p == pe )
		goto _test_eof397;
case 397:
#line 7040 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st397;
		case 10u: goto st398;
		case 13u: goto st399;
		case 32u: goto st397;
		case 34u: goto st400;
		case 92u: goto st405;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr496;
st398:
	if ( ++p == pe )
		goto _test_eof398;
case 398:
	switch( (*p) ) {
		case 9u: goto st397;
		case 32u: goto st397;
	}
	goto st0;
st399:
	if ( ++p == pe )
		goto _test_eof399;
case 399:
	if ( (*p) == 10u )
		goto st398;
	goto st0;
st400:
	if ( ++p == pe )
		goto _test_eof400;
case 400:
	switch( (*p) ) {
		case 9u: goto tr499;
		case 10u: goto tr500;
		case 13u: goto tr501;
		case 32u: goto tr499;
		case 60u: goto tr472;
	}
	goto st0;
tr499:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st401;
st401:
	if ( ++p == pe )
		goto _test_eof401;
case 401:
#line 7087 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st401;
		case 10u: goto st402;
		case 13u: goto st404;
		case 32u: goto st401;
		case 60u: goto tr476;
	}
	goto st0;
tr500:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st402;
st402:
	if ( ++p == pe )
		goto _test_eof402;
case 402:
#line 7102 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st403;
		case 32u: goto st403;
	}
	goto st0;
st403:
	if ( ++p == pe )
		goto _test_eof403;
case 403:
	switch( (*p) ) {
		case 9u: goto st403;
		case 32u: goto st403;
		case 60u: goto tr476;
	}
	goto st0;
tr501:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st404;
st404:
	if ( ++p == pe )
		goto _test_eof404;
case 404:
#line 7124 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st402;
	goto st0;
st405:
	if ( ++p == pe )
		goto _test_eof405;
case 405:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st397;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st397;
	} else
		goto st397;
	goto st0;
st406:
	if ( ++p == pe )
		goto _test_eof406;
case 406:
	if ( (*p) == 10u )
		goto st395;
	goto st0;
tr1110:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st407;
st407:
	if ( ++p == pe )
		goto _test_eof407;
case 407:
#line 7154 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st407;
		case 10u: goto st408;
		case 13u: goto st459;
		case 32u: goto st407;
		case 33u: goto tr508;
		case 37u: goto tr508;
		case 39u: goto tr508;
		case 126u: goto tr508;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr508;
		} else if ( (*p) >= 42u )
			goto tr508;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr508;
		} else if ( (*p) >= 65u )
			goto tr508;
	} else
		goto tr508;
	goto st0;
st408:
	if ( ++p == pe )
		goto _test_eof408;
case 408:
	switch( (*p) ) {
		case 9u: goto st409;
		case 32u: goto st409;
	}
	goto st0;
st409:
	if ( ++p == pe )
		goto _test_eof409;
case 409:
	switch( (*p) ) {
		case 9u: goto st409;
		case 32u: goto st409;
		case 33u: goto tr508;
		case 37u: goto tr508;
		case 39u: goto tr508;
		case 126u: goto tr508;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr508;
		} else if ( (*p) >= 42u )
			goto tr508;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr508;
		} else if ( (*p) >= 65u )
			goto tr508;
	} else
		goto tr508;
	goto st0;
tr508:
#line 31 "grammar/sip_headers.rl"
	{ pn = p; pv = NULL; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st889;
tr1108:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st889;
st889:
	if ( ++p == pe )
		goto _test_eof889;
case 889:
#line 7226 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1105;
		case 10u: goto tr1106;
		case 13u: goto tr1107;
		case 32u: goto tr1105;
		case 33u: goto tr1108;
		case 37u: goto tr1108;
		case 39u: goto tr1108;
		case 44u: goto tr1109;
		case 59u: goto tr1110;
		case 61u: goto st413;
		case 126u: goto tr1108;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1108;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1108;
		} else if ( (*p) >= 65u )
			goto tr1108;
	} else
		goto tr1108;
	goto st0;
tr1105:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st410;
st410:
	if ( ++p == pe )
		goto _test_eof410;
case 410:
#line 7258 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st410;
		case 10u: goto st411;
		case 13u: goto st458;
		case 32u: goto st410;
		case 44u: goto tr487;
		case 59u: goto st407;
		case 61u: goto st413;
	}
	goto st0;
tr1106:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st411;
st411:
	if ( ++p == pe )
		goto _test_eof411;
case 411:
#line 7275 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st412;
		case 32u: goto st412;
	}
	goto st0;
st412:
	if ( ++p == pe )
		goto _test_eof412;
case 412:
	switch( (*p) ) {
		case 9u: goto st412;
		case 32u: goto st412;
		case 44u: goto tr487;
		case 59u: goto st407;
		case 61u: goto st413;
	}
	goto st0;
st413:
	if ( ++p == pe )
		goto _test_eof413;
case 413:
	switch( (*p) ) {
		case 9u: goto st413;
		case 10u: goto st414;
		case 13u: goto st457;
		case 32u: goto st413;
		case 33u: goto tr517;
		case 34u: goto tr518;
		case 37u: goto tr517;
		case 39u: goto tr517;
		case 91u: goto tr519;
		case 126u: goto tr517;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr517;
		} else if ( (*p) >= 42u )
			goto tr517;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr517;
		} else if ( (*p) >= 65u )
			goto tr517;
	} else
		goto tr517;
	goto st0;
st414:
	if ( ++p == pe )
		goto _test_eof414;
case 414:
	switch( (*p) ) {
		case 9u: goto st415;
		case 32u: goto st415;
	}
	goto st0;
st415:
	if ( ++p == pe )
		goto _test_eof415;
case 415:
	switch( (*p) ) {
		case 9u: goto st415;
		case 32u: goto st415;
		case 33u: goto tr517;
		case 34u: goto tr518;
		case 37u: goto tr517;
		case 39u: goto tr517;
		case 91u: goto tr519;
		case 126u: goto tr517;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr517;
		} else if ( (*p) >= 42u )
			goto tr517;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr517;
		} else if ( (*p) >= 65u )
			goto tr517;
	} else
		goto tr517;
	goto st0;
tr517:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st890;
st890:
	if ( ++p == pe )
		goto _test_eof890;
case 890:
#line 7368 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1111;
		case 10u: goto tr1112;
		case 13u: goto tr1113;
		case 32u: goto tr1111;
		case 33u: goto st890;
		case 37u: goto st890;
		case 39u: goto st890;
		case 44u: goto tr1109;
		case 59u: goto tr1110;
		case 126u: goto st890;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto st890;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st890;
		} else if ( (*p) >= 65u )
			goto st890;
	} else
		goto st890;
	goto st0;
tr1111:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st416;
st416:
	if ( ++p == pe )
		goto _test_eof416;
case 416:
#line 7399 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st416;
		case 10u: goto st392;
		case 13u: goto st417;
		case 32u: goto st416;
		case 44u: goto tr487;
		case 59u: goto st407;
	}
	goto st0;
tr1113:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st417;
st417:
	if ( ++p == pe )
		goto _test_eof417;
case 417:
#line 7415 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st392;
	goto st0;
tr518:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st418;
tr527:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st418;
st418:
	if ( ++p == pe )
		goto _test_eof418;
case 418:
#line 7428 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st418;
		case 10u: goto st419;
		case 13u: goto st420;
		case 32u: goto st418;
		case 34u: goto st891;
		case 92u: goto st421;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr527;
st419:
	if ( ++p == pe )
		goto _test_eof419;
case 419:
	switch( (*p) ) {
		case 9u: goto st418;
		case 32u: goto st418;
	}
	goto st0;
st420:
	if ( ++p == pe )
		goto _test_eof420;
case 420:
	if ( (*p) == 10u )
		goto st419;
	goto st0;
st891:
	if ( ++p == pe )
		goto _test_eof891;
case 891:
	switch( (*p) ) {
		case 9u: goto tr1111;
		case 10u: goto tr1112;
		case 13u: goto tr1113;
		case 32u: goto tr1111;
		case 44u: goto tr1109;
		case 59u: goto tr1110;
	}
	goto st0;
st421:
	if ( ++p == pe )
		goto _test_eof421;
case 421:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st418;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st418;
	} else
		goto st418;
	goto st0;
tr519:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st422;
st422:
	if ( ++p == pe )
		goto _test_eof422;
case 422:
#line 7489 "gen/sip_headers.c"
	if ( (*p) == 58u )
		goto st456;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st423;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st423;
	} else
		goto st423;
	goto st0;
st423:
	if ( ++p == pe )
		goto _test_eof423;
case 423:
	switch( (*p) ) {
		case 58u: goto st427;
		case 93u: goto st891;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st424;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st424;
	} else
		goto st424;
	goto st0;
st424:
	if ( ++p == pe )
		goto _test_eof424;
case 424:
	switch( (*p) ) {
		case 58u: goto st427;
		case 93u: goto st891;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st425;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st425;
	} else
		goto st425;
	goto st0;
st425:
	if ( ++p == pe )
		goto _test_eof425;
case 425:
	switch( (*p) ) {
		case 58u: goto st427;
		case 93u: goto st891;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st426;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st426;
	} else
		goto st426;
	goto st0;
st426:
	if ( ++p == pe )
		goto _test_eof426;
case 426:
	switch( (*p) ) {
		case 58u: goto st427;
		case 93u: goto st891;
	}
	goto st0;
st427:
	if ( ++p == pe )
		goto _test_eof427;
case 427:
	if ( (*p) == 58u )
		goto st443;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st428;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st423;
	} else
		goto st423;
	goto st0;
st428:
	if ( ++p == pe )
		goto _test_eof428;
case 428:
	switch( (*p) ) {
		case 46u: goto st429;
		case 58u: goto st427;
		case 93u: goto st891;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st441;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st424;
	} else
		goto st424;
	goto st0;
st429:
	if ( ++p == pe )
		goto _test_eof429;
case 429:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st430;
	goto st0;
st430:
	if ( ++p == pe )
		goto _test_eof430;
case 430:
	if ( (*p) == 46u )
		goto st431;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st439;
	goto st0;
st431:
	if ( ++p == pe )
		goto _test_eof431;
case 431:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st432;
	goto st0;
st432:
	if ( ++p == pe )
		goto _test_eof432;
case 432:
	if ( (*p) == 46u )
		goto st433;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st437;
	goto st0;
st433:
	if ( ++p == pe )
		goto _test_eof433;
case 433:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st434;
	goto st0;
st434:
	if ( ++p == pe )
		goto _test_eof434;
case 434:
	if ( (*p) == 93u )
		goto st891;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st435;
	goto st0;
st435:
	if ( ++p == pe )
		goto _test_eof435;
case 435:
	if ( (*p) == 93u )
		goto st891;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st436;
	goto st0;
st436:
	if ( ++p == pe )
		goto _test_eof436;
case 436:
	if ( (*p) == 93u )
		goto st891;
	goto st0;
st437:
	if ( ++p == pe )
		goto _test_eof437;
case 437:
	if ( (*p) == 46u )
		goto st433;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st438;
	goto st0;
st438:
	if ( ++p == pe )
		goto _test_eof438;
case 438:
	if ( (*p) == 46u )
		goto st433;
	goto st0;
st439:
	if ( ++p == pe )
		goto _test_eof439;
case 439:
	if ( (*p) == 46u )
		goto st431;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st440;
	goto st0;
st440:
	if ( ++p == pe )
		goto _test_eof440;
case 440:
	if ( (*p) == 46u )
		goto st431;
	goto st0;
st441:
	if ( ++p == pe )
		goto _test_eof441;
case 441:
	switch( (*p) ) {
		case 46u: goto st429;
		case 58u: goto st427;
		case 93u: goto st891;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st442;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st425;
	} else
		goto st425;
	goto st0;
st442:
	if ( ++p == pe )
		goto _test_eof442;
case 442:
	switch( (*p) ) {
		case 46u: goto st429;
		case 58u: goto st427;
		case 93u: goto st891;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st426;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st426;
	} else
		goto st426;
	goto st0;
st443:
	if ( ++p == pe )
		goto _test_eof443;
case 443:
	switch( (*p) ) {
		case 58u: goto st452;
		case 93u: goto st891;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st444;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st449;
	} else
		goto st449;
	goto st0;
st444:
	if ( ++p == pe )
		goto _test_eof444;
case 444:
	switch( (*p) ) {
		case 46u: goto st429;
		case 58u: goto st448;
		case 93u: goto st891;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st445;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st450;
	} else
		goto st450;
	goto st0;
st445:
	if ( ++p == pe )
		goto _test_eof445;
case 445:
	switch( (*p) ) {
		case 46u: goto st429;
		case 58u: goto st448;
		case 93u: goto st891;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st446;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st451;
	} else
		goto st451;
	goto st0;
st446:
	if ( ++p == pe )
		goto _test_eof446;
case 446:
	switch( (*p) ) {
		case 46u: goto st429;
		case 58u: goto st448;
		case 93u: goto st891;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st447;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st447;
	} else
		goto st447;
	goto st0;
st447:
	if ( ++p == pe )
		goto _test_eof447;
case 447:
	switch( (*p) ) {
		case 58u: goto st448;
		case 93u: goto st891;
	}
	goto st0;
st448:
	if ( ++p == pe )
		goto _test_eof448;
case 448:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st444;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st449;
	} else
		goto st449;
	goto st0;
st449:
	if ( ++p == pe )
		goto _test_eof449;
case 449:
	switch( (*p) ) {
		case 58u: goto st448;
		case 93u: goto st891;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st450;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st450;
	} else
		goto st450;
	goto st0;
st450:
	if ( ++p == pe )
		goto _test_eof450;
case 450:
	switch( (*p) ) {
		case 58u: goto st448;
		case 93u: goto st891;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st451;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st451;
	} else
		goto st451;
	goto st0;
st451:
	if ( ++p == pe )
		goto _test_eof451;
case 451:
	switch( (*p) ) {
		case 58u: goto st448;
		case 93u: goto st891;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st447;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st447;
	} else
		goto st447;
	goto st0;
st452:
	if ( ++p == pe )
		goto _test_eof452;
case 452:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st453;
	goto st0;
st453:
	if ( ++p == pe )
		goto _test_eof453;
case 453:
	if ( (*p) == 46u )
		goto st429;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st454;
	goto st0;
st454:
	if ( ++p == pe )
		goto _test_eof454;
case 454:
	if ( (*p) == 46u )
		goto st429;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st455;
	goto st0;
st455:
	if ( ++p == pe )
		goto _test_eof455;
case 455:
	if ( (*p) == 46u )
		goto st429;
	goto st0;
st456:
	if ( ++p == pe )
		goto _test_eof456;
case 456:
	if ( (*p) == 58u )
		goto st443;
	goto st0;
st457:
	if ( ++p == pe )
		goto _test_eof457;
case 457:
	if ( (*p) == 10u )
		goto st414;
	goto st0;
tr1107:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st458;
st458:
	if ( ++p == pe )
		goto _test_eof458;
case 458:
#line 7922 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st411;
	goto st0;
st459:
	if ( ++p == pe )
		goto _test_eof459;
case 459:
	if ( (*p) == 10u )
		goto st408;
	goto st0;
st460:
	if ( ++p == pe )
		goto _test_eof460;
case 460:
	if ( (*p) == 10u )
		goto st391;
	goto st0;
tr470:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st461;
st461:
	if ( ++p == pe )
		goto _test_eof461;
case 461:
#line 7946 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st386;
	goto st0;
case 462:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr565;
	goto st0;
tr565:
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st463;
st463:
	if ( ++p == pe )
		goto _test_eof463;
case 463:
#line 7960 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr566;
		case 10u: goto tr567;
		case 13u: goto tr568;
		case 32u: goto tr566;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st463;
	goto st0;
tr566:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st464;
st464:
	if ( ++p == pe )
		goto _test_eof464;
case 464:
#line 7976 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st464;
		case 10u: goto st465;
		case 13u: goto st467;
		case 32u: goto st464;
		case 33u: goto tr573;
		case 37u: goto tr573;
		case 39u: goto tr573;
		case 126u: goto tr573;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr573;
		} else if ( (*p) >= 42u )
			goto tr573;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr573;
		} else if ( (*p) >= 65u )
			goto tr573;
	} else
		goto tr573;
	goto st0;
tr567:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st465;
st465:
	if ( ++p == pe )
		goto _test_eof465;
case 465:
#line 8008 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st466;
		case 32u: goto st466;
	}
	goto st0;
st466:
	if ( ++p == pe )
		goto _test_eof466;
case 466:
	switch( (*p) ) {
		case 9u: goto st466;
		case 32u: goto st466;
		case 33u: goto tr573;
		case 37u: goto tr573;
		case 39u: goto tr573;
		case 126u: goto tr573;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr573;
		} else if ( (*p) >= 42u )
			goto tr573;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr573;
		} else if ( (*p) >= 65u )
			goto tr573;
	} else
		goto tr573;
	goto st0;
tr573:
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st892;
tr1115:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st892;
st892:
	if ( ++p == pe )
		goto _test_eof892;
case 892:
#line 8051 "gen/sip_headers.c"
	switch( (*p) ) {
		case 33u: goto tr1115;
		case 37u: goto tr1115;
		case 39u: goto tr1115;
		case 126u: goto tr1115;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1115;
		} else if ( (*p) >= 42u )
			goto tr1115;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1115;
		} else if ( (*p) >= 65u )
			goto tr1115;
	} else
		goto tr1115;
	goto st0;
tr568:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st467;
st467:
	if ( ++p == pe )
		goto _test_eof467;
case 467:
#line 8079 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st465;
	goto st0;
case 468:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr575;
	goto st0;
tr575:
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st469;
st469:
	if ( ++p == pe )
		goto _test_eof469;
case 469:
#line 8093 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr576;
		case 10u: goto tr577;
		case 13u: goto tr578;
		case 32u: goto tr576;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st469;
	goto st0;
tr576:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st470;
st470:
	if ( ++p == pe )
		goto _test_eof470;
case 470:
#line 8109 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st470;
		case 10u: goto st471;
		case 13u: goto st478;
		case 32u: goto st470;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr583;
	goto st0;
tr577:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st471;
st471:
	if ( ++p == pe )
		goto _test_eof471;
case 471:
#line 8125 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st472;
		case 32u: goto st472;
	}
	goto st0;
st472:
	if ( ++p == pe )
		goto _test_eof472;
case 472:
	switch( (*p) ) {
		case 9u: goto st472;
		case 32u: goto st472;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr583;
	goto st0;
tr583:
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
	goto st473;
st473:
	if ( ++p == pe )
		goto _test_eof473;
case 473:
#line 8148 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr585;
		case 10u: goto tr586;
		case 13u: goto tr587;
		case 32u: goto tr585;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st473;
	goto st0;
tr585:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st474;
st474:
	if ( ++p == pe )
		goto _test_eof474;
case 474:
#line 8164 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st474;
		case 10u: goto st475;
		case 13u: goto st477;
		case 32u: goto st474;
		case 33u: goto tr592;
		case 37u: goto tr592;
		case 39u: goto tr592;
		case 126u: goto tr592;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr592;
		} else if ( (*p) >= 42u )
			goto tr592;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr592;
		} else if ( (*p) >= 65u )
			goto tr592;
	} else
		goto tr592;
	goto st0;
tr586:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st475;
st475:
	if ( ++p == pe )
		goto _test_eof475;
case 475:
#line 8196 "gen/sip_headers.c"
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
		case 33u: goto tr592;
		case 37u: goto tr592;
		case 39u: goto tr592;
		case 126u: goto tr592;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr592;
		} else if ( (*p) >= 42u )
			goto tr592;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr592;
		} else if ( (*p) >= 65u )
			goto tr592;
	} else
		goto tr592;
	goto st0;
tr592:
#line 25 "grammar/sip_headers.rl"
	{ hs->c_s = p; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st893;
tr1116:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st893;
st893:
	if ( ++p == pe )
		goto _test_eof893;
case 893:
#line 8239 "gen/sip_headers.c"
	switch( (*p) ) {
		case 33u: goto tr1116;
		case 37u: goto tr1116;
		case 39u: goto tr1116;
		case 126u: goto tr1116;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1116;
		} else if ( (*p) >= 42u )
			goto tr1116;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1116;
		} else if ( (*p) >= 65u )
			goto tr1116;
	} else
		goto tr1116;
	goto st0;
tr587:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st477;
st477:
	if ( ++p == pe )
		goto _test_eof477;
case 477:
#line 8267 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st475;
	goto st0;
tr578:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st478;
st478:
	if ( ++p == pe )
		goto _test_eof478;
case 478:
#line 8277 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st471;
	goto st0;
case 479:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr594;
	goto st0;
tr594:
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st894;
st894:
	if ( ++p == pe )
		goto _test_eof894;
case 894:
#line 8291 "gen/sip_headers.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st894;
	goto st0;
case 480:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr595;
	goto st0;
tr595:
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st895;
st895:
	if ( ++p == pe )
		goto _test_eof895;
case 895:
#line 8305 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1118;
		case 10u: goto tr1119;
		case 13u: goto tr1120;
		case 32u: goto tr1118;
		case 59u: goto tr1122;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st895;
	goto st0;
tr1118:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st481;
tr1128:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st481;
st481:
	if ( ++p == pe )
		goto _test_eof481;
case 481:
#line 8325 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st481;
		case 10u: goto st482;
		case 13u: goto st493;
		case 32u: goto st481;
		case 59u: goto st484;
	}
	goto st0;
tr1119:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st482;
tr1129:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st482;
st482:
	if ( ++p == pe )
		goto _test_eof482;
case 482:
#line 8343 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st483;
		case 32u: goto st483;
	}
	goto st0;
st483:
	if ( ++p == pe )
		goto _test_eof483;
case 483:
	switch( (*p) ) {
		case 9u: goto st483;
		case 32u: goto st483;
		case 59u: goto st484;
	}
	goto st0;
tr1122:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st484;
tr1127:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st484;
st484:
	if ( ++p == pe )
		goto _test_eof484;
case 484:
#line 8368 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st484;
		case 10u: goto st485;
		case 13u: goto st535;
		case 32u: goto st484;
		case 33u: goto tr603;
		case 37u: goto tr603;
		case 39u: goto tr603;
		case 126u: goto tr603;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr603;
		} else if ( (*p) >= 42u )
			goto tr603;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr603;
		} else if ( (*p) >= 65u )
			goto tr603;
	} else
		goto tr603;
	goto st0;
st485:
	if ( ++p == pe )
		goto _test_eof485;
case 485:
	switch( (*p) ) {
		case 9u: goto st486;
		case 32u: goto st486;
	}
	goto st0;
st486:
	if ( ++p == pe )
		goto _test_eof486;
case 486:
	switch( (*p) ) {
		case 9u: goto st486;
		case 32u: goto st486;
		case 33u: goto tr603;
		case 37u: goto tr603;
		case 39u: goto tr603;
		case 126u: goto tr603;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr603;
		} else if ( (*p) >= 42u )
			goto tr603;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr603;
		} else if ( (*p) >= 65u )
			goto tr603;
	} else
		goto tr603;
	goto st0;
tr603:
#line 31 "grammar/sip_headers.rl"
	{ pn = p; pv = NULL; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st896;
tr1126:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st896;
st896:
	if ( ++p == pe )
		goto _test_eof896;
case 896:
#line 8440 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1123;
		case 10u: goto tr1124;
		case 13u: goto tr1125;
		case 32u: goto tr1123;
		case 33u: goto tr1126;
		case 37u: goto tr1126;
		case 39u: goto tr1126;
		case 59u: goto tr1127;
		case 61u: goto st490;
		case 126u: goto tr1126;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1126;
		} else if ( (*p) >= 42u )
			goto tr1126;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1126;
		} else if ( (*p) >= 65u )
			goto tr1126;
	} else
		goto tr1126;
	goto st0;
tr1123:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st487;
st487:
	if ( ++p == pe )
		goto _test_eof487;
case 487:
#line 8474 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st487;
		case 10u: goto st488;
		case 13u: goto st534;
		case 32u: goto st487;
		case 59u: goto st484;
		case 61u: goto st490;
	}
	goto st0;
tr1124:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st488;
st488:
	if ( ++p == pe )
		goto _test_eof488;
case 488:
#line 8490 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st489;
		case 32u: goto st489;
	}
	goto st0;
st489:
	if ( ++p == pe )
		goto _test_eof489;
case 489:
	switch( (*p) ) {
		case 9u: goto st489;
		case 32u: goto st489;
		case 59u: goto st484;
		case 61u: goto st490;
	}
	goto st0;
st490:
	if ( ++p == pe )
		goto _test_eof490;
case 490:
	switch( (*p) ) {
		case 9u: goto st490;
		case 10u: goto st491;
		case 13u: goto st533;
		case 32u: goto st490;
		case 33u: goto tr612;
		case 34u: goto tr613;
		case 37u: goto tr612;
		case 39u: goto tr612;
		case 91u: goto tr614;
		case 126u: goto tr612;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr612;
		} else if ( (*p) >= 42u )
			goto tr612;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr612;
		} else if ( (*p) >= 65u )
			goto tr612;
	} else
		goto tr612;
	goto st0;
st491:
	if ( ++p == pe )
		goto _test_eof491;
case 491:
	switch( (*p) ) {
		case 9u: goto st492;
		case 32u: goto st492;
	}
	goto st0;
st492:
	if ( ++p == pe )
		goto _test_eof492;
case 492:
	switch( (*p) ) {
		case 9u: goto st492;
		case 32u: goto st492;
		case 33u: goto tr612;
		case 34u: goto tr613;
		case 37u: goto tr612;
		case 39u: goto tr612;
		case 91u: goto tr614;
		case 126u: goto tr612;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr612;
		} else if ( (*p) >= 42u )
			goto tr612;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr612;
		} else if ( (*p) >= 65u )
			goto tr612;
	} else
		goto tr612;
	goto st0;
tr612:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st897;
st897:
	if ( ++p == pe )
		goto _test_eof897;
case 897:
#line 8582 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1128;
		case 10u: goto tr1129;
		case 13u: goto tr1130;
		case 32u: goto tr1128;
		case 33u: goto st897;
		case 37u: goto st897;
		case 39u: goto st897;
		case 59u: goto tr1127;
		case 126u: goto st897;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st897;
		} else if ( (*p) >= 42u )
			goto st897;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st897;
		} else if ( (*p) >= 65u )
			goto st897;
	} else
		goto st897;
	goto st0;
tr1120:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st493;
tr1130:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st493;
st493:
	if ( ++p == pe )
		goto _test_eof493;
case 493:
#line 8618 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st482;
	goto st0;
tr613:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st494;
tr619:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st494;
st494:
	if ( ++p == pe )
		goto _test_eof494;
case 494:
#line 8631 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st494;
		case 10u: goto st495;
		case 13u: goto st496;
		case 32u: goto st494;
		case 34u: goto st898;
		case 92u: goto st497;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr619;
st495:
	if ( ++p == pe )
		goto _test_eof495;
case 495:
	switch( (*p) ) {
		case 9u: goto st494;
		case 32u: goto st494;
	}
	goto st0;
st496:
	if ( ++p == pe )
		goto _test_eof496;
case 496:
	if ( (*p) == 10u )
		goto st495;
	goto st0;
st898:
	if ( ++p == pe )
		goto _test_eof898;
case 898:
	switch( (*p) ) {
		case 9u: goto tr1128;
		case 10u: goto tr1129;
		case 13u: goto tr1130;
		case 32u: goto tr1128;
		case 59u: goto tr1127;
	}
	goto st0;
st497:
	if ( ++p == pe )
		goto _test_eof497;
case 497:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st494;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st494;
	} else
		goto st494;
	goto st0;
tr614:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st498;
st498:
	if ( ++p == pe )
		goto _test_eof498;
case 498:
#line 8691 "gen/sip_headers.c"
	if ( (*p) == 58u )
		goto st532;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st499;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st499;
	} else
		goto st499;
	goto st0;
st499:
	if ( ++p == pe )
		goto _test_eof499;
case 499:
	switch( (*p) ) {
		case 58u: goto st503;
		case 93u: goto st898;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st500;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st500;
	} else
		goto st500;
	goto st0;
st500:
	if ( ++p == pe )
		goto _test_eof500;
case 500:
	switch( (*p) ) {
		case 58u: goto st503;
		case 93u: goto st898;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st501;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st501;
	} else
		goto st501;
	goto st0;
st501:
	if ( ++p == pe )
		goto _test_eof501;
case 501:
	switch( (*p) ) {
		case 58u: goto st503;
		case 93u: goto st898;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st502;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st502;
	} else
		goto st502;
	goto st0;
st502:
	if ( ++p == pe )
		goto _test_eof502;
case 502:
	switch( (*p) ) {
		case 58u: goto st503;
		case 93u: goto st898;
	}
	goto st0;
st503:
	if ( ++p == pe )
		goto _test_eof503;
case 503:
	if ( (*p) == 58u )
		goto st519;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st504;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st499;
	} else
		goto st499;
	goto st0;
st504:
	if ( ++p == pe )
		goto _test_eof504;
case 504:
	switch( (*p) ) {
		case 46u: goto st505;
		case 58u: goto st503;
		case 93u: goto st898;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st517;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st500;
	} else
		goto st500;
	goto st0;
st505:
	if ( ++p == pe )
		goto _test_eof505;
case 505:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st506;
	goto st0;
st506:
	if ( ++p == pe )
		goto _test_eof506;
case 506:
	if ( (*p) == 46u )
		goto st507;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st515;
	goto st0;
st507:
	if ( ++p == pe )
		goto _test_eof507;
case 507:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st508;
	goto st0;
st508:
	if ( ++p == pe )
		goto _test_eof508;
case 508:
	if ( (*p) == 46u )
		goto st509;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st513;
	goto st0;
st509:
	if ( ++p == pe )
		goto _test_eof509;
case 509:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st510;
	goto st0;
st510:
	if ( ++p == pe )
		goto _test_eof510;
case 510:
	if ( (*p) == 93u )
		goto st898;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st511;
	goto st0;
st511:
	if ( ++p == pe )
		goto _test_eof511;
case 511:
	if ( (*p) == 93u )
		goto st898;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st512;
	goto st0;
st512:
	if ( ++p == pe )
		goto _test_eof512;
case 512:
	if ( (*p) == 93u )
		goto st898;
	goto st0;
st513:
	if ( ++p == pe )
		goto _test_eof513;
case 513:
	if ( (*p) == 46u )
		goto st509;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st514;
	goto st0;
st514:
	if ( ++p == pe )
		goto _test_eof514;
case 514:
	if ( (*p) == 46u )
		goto st509;
	goto st0;
st515:
	if ( ++p == pe )
		goto _test_eof515;
case 515:
	if ( (*p) == 46u )
		goto st507;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st516;
	goto st0;
st516:
	if ( ++p == pe )
		goto _test_eof516;
case 516:
	if ( (*p) == 46u )
		goto st507;
	goto st0;
st517:
	if ( ++p == pe )
		goto _test_eof517;
case 517:
	switch( (*p) ) {
		case 46u: goto st505;
		case 58u: goto st503;
		case 93u: goto st898;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st518;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st501;
	} else
		goto st501;
	goto st0;
st518:
	if ( ++p == pe )
		goto _test_eof518;
case 518:
	switch( (*p) ) {
		case 46u: goto st505;
		case 58u: goto st503;
		case 93u: goto st898;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st502;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st502;
	} else
		goto st502;
	goto st0;
st519:
	if ( ++p == pe )
		goto _test_eof519;
case 519:
	switch( (*p) ) {
		case 58u: goto st528;
		case 93u: goto st898;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st520;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st525;
	} else
		goto st525;
	goto st0;
st520:
	if ( ++p == pe )
		goto _test_eof520;
case 520:
	switch( (*p) ) {
		case 46u: goto st505;
		case 58u: goto st524;
		case 93u: goto st898;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st521;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st526;
	} else
		goto st526;
	goto st0;
st521:
	if ( ++p == pe )
		goto _test_eof521;
case 521:
	switch( (*p) ) {
		case 46u: goto st505;
		case 58u: goto st524;
		case 93u: goto st898;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st522;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st527;
	} else
		goto st527;
	goto st0;
st522:
	if ( ++p == pe )
		goto _test_eof522;
case 522:
	switch( (*p) ) {
		case 46u: goto st505;
		case 58u: goto st524;
		case 93u: goto st898;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st523;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st523;
	} else
		goto st523;
	goto st0;
st523:
	if ( ++p == pe )
		goto _test_eof523;
case 523:
	switch( (*p) ) {
		case 58u: goto st524;
		case 93u: goto st898;
	}
	goto st0;
st524:
	if ( ++p == pe )
		goto _test_eof524;
case 524:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st520;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st525;
	} else
		goto st525;
	goto st0;
st525:
	if ( ++p == pe )
		goto _test_eof525;
case 525:
	switch( (*p) ) {
		case 58u: goto st524;
		case 93u: goto st898;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st526;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st526;
	} else
		goto st526;
	goto st0;
st526:
	if ( ++p == pe )
		goto _test_eof526;
case 526:
	switch( (*p) ) {
		case 58u: goto st524;
		case 93u: goto st898;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st527;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st527;
	} else
		goto st527;
	goto st0;
st527:
	if ( ++p == pe )
		goto _test_eof527;
case 527:
	switch( (*p) ) {
		case 58u: goto st524;
		case 93u: goto st898;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st523;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st523;
	} else
		goto st523;
	goto st0;
st528:
	if ( ++p == pe )
		goto _test_eof528;
case 528:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st529;
	goto st0;
st529:
	if ( ++p == pe )
		goto _test_eof529;
case 529:
	if ( (*p) == 46u )
		goto st505;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st530;
	goto st0;
st530:
	if ( ++p == pe )
		goto _test_eof530;
case 530:
	if ( (*p) == 46u )
		goto st505;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st531;
	goto st0;
st531:
	if ( ++p == pe )
		goto _test_eof531;
case 531:
	if ( (*p) == 46u )
		goto st505;
	goto st0;
st532:
	if ( ++p == pe )
		goto _test_eof532;
case 532:
	if ( (*p) == 58u )
		goto st519;
	goto st0;
st533:
	if ( ++p == pe )
		goto _test_eof533;
case 533:
	if ( (*p) == 10u )
		goto st491;
	goto st0;
tr1125:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st534;
st534:
	if ( ++p == pe )
		goto _test_eof534;
case 534:
#line 9124 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st488;
	goto st0;
st535:
	if ( ++p == pe )
		goto _test_eof535;
case 535:
	if ( (*p) == 10u )
		goto st485;
	goto st0;
case 536:
	switch( (*p) ) {
		case 33u: goto tr656;
		case 37u: goto tr656;
		case 39u: goto tr656;
		case 126u: goto tr656;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr656;
		} else if ( (*p) >= 42u )
			goto tr656;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr656;
		} else if ( (*p) >= 65u )
			goto tr656;
	} else
		goto tr656;
	goto st0;
tr656:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st899;
tr1135:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st899;
st899:
	if ( ++p == pe )
		goto _test_eof899;
case 899:
#line 9168 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1132;
		case 10u: goto tr1133;
		case 13u: goto tr1134;
		case 32u: goto tr1132;
		case 33u: goto tr1135;
		case 37u: goto tr1135;
		case 39u: goto tr1135;
		case 44u: goto tr1136;
		case 126u: goto tr1135;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1135;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1135;
		} else if ( (*p) >= 65u )
			goto tr1135;
	} else
		goto tr1135;
	goto st0;
tr1132:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st537;
st537:
	if ( ++p == pe )
		goto _test_eof537;
case 537:
#line 9198 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st537;
		case 10u: goto st538;
		case 13u: goto st544;
		case 32u: goto st537;
		case 44u: goto tr660;
	}
	goto st0;
tr1133:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st538;
st538:
	if ( ++p == pe )
		goto _test_eof538;
case 538:
#line 9213 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st539;
		case 32u: goto st539;
	}
	goto st0;
st539:
	if ( ++p == pe )
		goto _test_eof539;
case 539:
	switch( (*p) ) {
		case 9u: goto st539;
		case 32u: goto st539;
		case 44u: goto tr660;
	}
	goto st0;
tr660:
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st540;
tr1136:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st540;
st540:
	if ( ++p == pe )
		goto _test_eof540;
case 540:
#line 9239 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st540;
		case 10u: goto st541;
		case 13u: goto st543;
		case 32u: goto st540;
		case 33u: goto tr656;
		case 37u: goto tr656;
		case 39u: goto tr656;
		case 126u: goto tr656;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr656;
		} else if ( (*p) >= 42u )
			goto tr656;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr656;
		} else if ( (*p) >= 65u )
			goto tr656;
	} else
		goto tr656;
	goto st0;
st541:
	if ( ++p == pe )
		goto _test_eof541;
case 541:
	switch( (*p) ) {
		case 9u: goto st542;
		case 32u: goto st542;
	}
	goto st0;
st542:
	if ( ++p == pe )
		goto _test_eof542;
case 542:
	switch( (*p) ) {
		case 9u: goto st542;
		case 32u: goto st542;
		case 33u: goto tr656;
		case 37u: goto tr656;
		case 39u: goto tr656;
		case 126u: goto tr656;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr656;
		} else if ( (*p) >= 42u )
			goto tr656;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr656;
		} else if ( (*p) >= 65u )
			goto tr656;
	} else
		goto tr656;
	goto st0;
st543:
	if ( ++p == pe )
		goto _test_eof543;
case 543:
	if ( (*p) == 10u )
		goto st541;
	goto st0;
tr1134:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st544;
st544:
	if ( ++p == pe )
		goto _test_eof544;
case 544:
#line 9314 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st538;
	goto st0;
case 553:
	switch( (*p) ) {
		case 37u: goto tr676;
		case 60u: goto tr676;
	}
	if ( (*p) < 62u ) {
		if ( (*p) < 39u ) {
			if ( 33u <= (*p) && (*p) <= 34u )
				goto tr676;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 58u )
				goto tr676;
		} else
			goto tr676;
	} else if ( (*p) > 63u ) {
		if ( (*p) < 95u ) {
			if ( 65u <= (*p) && (*p) <= 93u )
				goto tr676;
		} else if ( (*p) > 123u ) {
			if ( 125u <= (*p) && (*p) <= 126u )
				goto tr676;
		} else
			goto tr676;
	} else
		goto tr676;
	goto st0;
tr676:
#line 49 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_WORD)))-1;} }
	goto st902;
st902:
	if ( ++p == pe )
		goto _test_eof902;
case 902:
#line 9350 "gen/sip_headers.c"
	switch( (*p) ) {
		case 37u: goto tr676;
		case 60u: goto tr676;
		case 64u: goto st554;
	}
	if ( (*p) < 45u ) {
		if ( (*p) > 34u ) {
			if ( 39u <= (*p) && (*p) <= 43u )
				goto tr676;
		} else if ( (*p) >= 33u )
			goto tr676;
	} else if ( (*p) > 58u ) {
		if ( (*p) < 95u ) {
			if ( 62u <= (*p) && (*p) <= 93u )
				goto tr676;
		} else if ( (*p) > 123u ) {
			if ( 125u <= (*p) && (*p) <= 126u )
				goto tr676;
		} else
			goto tr676;
	} else
		goto tr676;
	goto st0;
st554:
	if ( ++p == pe )
		goto _test_eof554;
case 554:
	switch( (*p) ) {
		case 37u: goto tr677;
		case 60u: goto tr677;
	}
	if ( (*p) < 62u ) {
		if ( (*p) < 39u ) {
			if ( 33u <= (*p) && (*p) <= 34u )
				goto tr677;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 58u )
				goto tr677;
		} else
			goto tr677;
	} else if ( (*p) > 63u ) {
		if ( (*p) < 95u ) {
			if ( 65u <= (*p) && (*p) <= 93u )
				goto tr677;
		} else if ( (*p) > 123u ) {
			if ( 125u <= (*p) && (*p) <= 126u )
				goto tr677;
		} else
			goto tr677;
	} else
		goto tr677;
	goto st0;
tr677:
#line 49 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_WORD)))-1;} }
	goto st903;
st903:
	if ( ++p == pe )
		goto _test_eof903;
case 903:
#line 9409 "gen/sip_headers.c"
	switch( (*p) ) {
		case 37u: goto tr677;
		case 60u: goto tr677;
	}
	if ( (*p) < 62u ) {
		if ( (*p) < 39u ) {
			if ( 33u <= (*p) && (*p) <= 34u )
				goto tr677;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 58u )
				goto tr677;
		} else
			goto tr677;
	} else if ( (*p) > 63u ) {
		if ( (*p) < 95u ) {
			if ( 65u <= (*p) && (*p) <= 93u )
				goto tr677;
		} else if ( (*p) > 123u ) {
			if ( 125u <= (*p) && (*p) <= 126u )
				goto tr677;
		} else
			goto tr677;
	} else
		goto tr677;
	goto st0;
case 555:
	switch( (*p) ) {
		case 33u: goto tr678;
		case 37u: goto tr678;
		case 39u: goto tr678;
		case 126u: goto tr678;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr678;
		} else if ( (*p) >= 42u )
			goto tr678;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr678;
		} else if ( (*p) >= 65u )
			goto tr678;
	} else
		goto tr678;
	goto st0;
tr678:
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st556;
tr682:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st556;
st556:
	if ( ++p == pe )
		goto _test_eof556;
case 556:
#line 9467 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr679;
		case 10u: goto tr680;
		case 13u: goto tr681;
		case 32u: goto tr679;
		case 33u: goto tr682;
		case 37u: goto tr682;
		case 39u: goto tr682;
		case 47u: goto tr683;
		case 126u: goto tr682;
	}
	if ( (*p) < 45u ) {
		if ( 42u <= (*p) && (*p) <= 43u )
			goto tr682;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr682;
		} else if ( (*p) >= 65u )
			goto tr682;
	} else
		goto tr682;
	goto st0;
tr679:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st557;
st557:
	if ( ++p == pe )
		goto _test_eof557;
case 557:
#line 9497 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st557;
		case 10u: goto st558;
		case 13u: goto st585;
		case 32u: goto st557;
		case 47u: goto st560;
	}
	goto st0;
tr680:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st558;
st558:
	if ( ++p == pe )
		goto _test_eof558;
case 558:
#line 9512 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st559;
		case 32u: goto st559;
	}
	goto st0;
st559:
	if ( ++p == pe )
		goto _test_eof559;
case 559:
	switch( (*p) ) {
		case 9u: goto st559;
		case 32u: goto st559;
		case 47u: goto st560;
	}
	goto st0;
tr683:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st560;
st560:
	if ( ++p == pe )
		goto _test_eof560;
case 560:
#line 9534 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st560;
		case 10u: goto st561;
		case 13u: goto st584;
		case 32u: goto st560;
		case 33u: goto tr691;
		case 37u: goto tr691;
		case 39u: goto tr691;
		case 126u: goto tr691;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr691;
		} else if ( (*p) >= 42u )
			goto tr691;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr691;
		} else if ( (*p) >= 65u )
			goto tr691;
	} else
		goto tr691;
	goto st0;
st561:
	if ( ++p == pe )
		goto _test_eof561;
case 561:
	switch( (*p) ) {
		case 9u: goto st562;
		case 32u: goto st562;
	}
	goto st0;
st562:
	if ( ++p == pe )
		goto _test_eof562;
case 562:
	switch( (*p) ) {
		case 9u: goto st562;
		case 32u: goto st562;
		case 33u: goto tr691;
		case 37u: goto tr691;
		case 39u: goto tr691;
		case 126u: goto tr691;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr691;
		} else if ( (*p) >= 42u )
			goto tr691;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr691;
		} else if ( (*p) >= 65u )
			goto tr691;
	} else
		goto tr691;
	goto st0;
tr691:
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st904;
tr1146:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st904;
st904:
	if ( ++p == pe )
		goto _test_eof904;
case 904:
#line 9606 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1143;
		case 10u: goto tr1144;
		case 13u: goto tr1145;
		case 32u: goto tr1143;
		case 33u: goto tr1146;
		case 37u: goto tr1146;
		case 39u: goto tr1146;
		case 59u: goto tr1147;
		case 126u: goto tr1146;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1146;
		} else if ( (*p) >= 42u )
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
tr1143:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st563;
tr1148:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st563;
st563:
	if ( ++p == pe )
		goto _test_eof563;
case 563:
#line 9642 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st563;
		case 10u: goto st564;
		case 13u: goto st576;
		case 32u: goto st563;
		case 59u: goto st566;
	}
	goto st0;
tr1144:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st564;
tr1149:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st564;
st564:
	if ( ++p == pe )
		goto _test_eof564;
case 564:
#line 9660 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st565;
		case 32u: goto st565;
	}
	goto st0;
st565:
	if ( ++p == pe )
		goto _test_eof565;
case 565:
	switch( (*p) ) {
		case 9u: goto st565;
		case 32u: goto st565;
		case 59u: goto st566;
	}
	goto st0;
tr1147:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st566;
tr1152:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st566;
st566:
	if ( ++p == pe )
		goto _test_eof566;
case 566:
#line 9685 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st566;
		case 10u: goto st567;
		case 13u: goto st583;
		case 32u: goto st566;
		case 33u: goto tr700;
		case 37u: goto tr700;
		case 39u: goto tr700;
		case 126u: goto tr700;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr700;
		} else if ( (*p) >= 42u )
			goto tr700;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr700;
		} else if ( (*p) >= 65u )
			goto tr700;
	} else
		goto tr700;
	goto st0;
st567:
	if ( ++p == pe )
		goto _test_eof567;
case 567:
	switch( (*p) ) {
		case 9u: goto st568;
		case 32u: goto st568;
	}
	goto st0;
st568:
	if ( ++p == pe )
		goto _test_eof568;
case 568:
	switch( (*p) ) {
		case 9u: goto st568;
		case 32u: goto st568;
		case 33u: goto tr700;
		case 37u: goto tr700;
		case 39u: goto tr700;
		case 126u: goto tr700;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr700;
		} else if ( (*p) >= 42u )
			goto tr700;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr700;
		} else if ( (*p) >= 65u )
			goto tr700;
	} else
		goto tr700;
	goto st0;
tr700:
#line 31 "grammar/sip_headers.rl"
	{ pn = p; pv = NULL; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st569;
tr705:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st569;
st569:
	if ( ++p == pe )
		goto _test_eof569;
case 569:
#line 9757 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st570;
		case 10u: goto st571;
		case 13u: goto st582;
		case 32u: goto st570;
		case 33u: goto tr705;
		case 37u: goto tr705;
		case 39u: goto tr705;
		case 61u: goto st573;
		case 126u: goto tr705;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr705;
		} else if ( (*p) >= 42u )
			goto tr705;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr705;
		} else if ( (*p) >= 65u )
			goto tr705;
	} else
		goto tr705;
	goto st0;
st570:
	if ( ++p == pe )
		goto _test_eof570;
case 570:
	switch( (*p) ) {
		case 9u: goto st570;
		case 10u: goto st571;
		case 13u: goto st582;
		case 32u: goto st570;
		case 61u: goto st573;
	}
	goto st0;
st571:
	if ( ++p == pe )
		goto _test_eof571;
case 571:
	switch( (*p) ) {
		case 9u: goto st572;
		case 32u: goto st572;
	}
	goto st0;
st572:
	if ( ++p == pe )
		goto _test_eof572;
case 572:
	switch( (*p) ) {
		case 9u: goto st572;
		case 32u: goto st572;
		case 61u: goto st573;
	}
	goto st0;
st573:
	if ( ++p == pe )
		goto _test_eof573;
case 573:
	switch( (*p) ) {
		case 9u: goto st573;
		case 10u: goto st574;
		case 13u: goto st581;
		case 32u: goto st573;
		case 33u: goto tr710;
		case 34u: goto tr711;
		case 37u: goto tr710;
		case 39u: goto tr710;
		case 126u: goto tr710;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr710;
		} else if ( (*p) >= 42u )
			goto tr710;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr710;
		} else if ( (*p) >= 65u )
			goto tr710;
	} else
		goto tr710;
	goto st0;
st574:
	if ( ++p == pe )
		goto _test_eof574;
case 574:
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
		case 33u: goto tr710;
		case 34u: goto tr711;
		case 37u: goto tr710;
		case 39u: goto tr710;
		case 126u: goto tr710;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr710;
		} else if ( (*p) >= 42u )
			goto tr710;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr710;
		} else if ( (*p) >= 65u )
			goto tr710;
	} else
		goto tr710;
	goto st0;
tr1151:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st905;
tr710:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st905;
st905:
	if ( ++p == pe )
		goto _test_eof905;
case 905:
#line 9892 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1148;
		case 10u: goto tr1149;
		case 13u: goto tr1150;
		case 32u: goto tr1148;
		case 33u: goto tr1151;
		case 37u: goto tr1151;
		case 39u: goto tr1151;
		case 59u: goto tr1152;
		case 126u: goto tr1151;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1151;
		} else if ( (*p) >= 42u )
			goto tr1151;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1151;
		} else if ( (*p) >= 65u )
			goto tr1151;
	} else
		goto tr1151;
	goto st0;
tr1145:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st576;
tr1150:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st576;
st576:
	if ( ++p == pe )
		goto _test_eof576;
case 576:
#line 9928 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st564;
	goto st0;
tr711:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st577;
tr716:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st577;
st577:
	if ( ++p == pe )
		goto _test_eof577;
case 577:
#line 9941 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st577;
		case 10u: goto st578;
		case 13u: goto st579;
		case 32u: goto st577;
		case 34u: goto st906;
		case 92u: goto st580;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr716;
st578:
	if ( ++p == pe )
		goto _test_eof578;
case 578:
	switch( (*p) ) {
		case 9u: goto st577;
		case 32u: goto st577;
	}
	goto st0;
st579:
	if ( ++p == pe )
		goto _test_eof579;
case 579:
	if ( (*p) == 10u )
		goto st578;
	goto st0;
st906:
	if ( ++p == pe )
		goto _test_eof906;
case 906:
	switch( (*p) ) {
		case 9u: goto tr1148;
		case 10u: goto tr1149;
		case 13u: goto tr1150;
		case 32u: goto tr1148;
		case 59u: goto tr1152;
	}
	goto st0;
st580:
	if ( ++p == pe )
		goto _test_eof580;
case 580:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st577;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st577;
	} else
		goto st577;
	goto st0;
st581:
	if ( ++p == pe )
		goto _test_eof581;
case 581:
	if ( (*p) == 10u )
		goto st574;
	goto st0;
st582:
	if ( ++p == pe )
		goto _test_eof582;
case 582:
	if ( (*p) == 10u )
		goto st571;
	goto st0;
st583:
	if ( ++p == pe )
		goto _test_eof583;
case 583:
	if ( (*p) == 10u )
		goto st567;
	goto st0;
st584:
	if ( ++p == pe )
		goto _test_eof584;
case 584:
	if ( (*p) == 10u )
		goto st561;
	goto st0;
tr681:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st585;
st585:
	if ( ++p == pe )
		goto _test_eof585;
case 585:
#line 10029 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st558;
	goto st0;
case 586:
	switch( (*p) ) {
		case 33u: goto tr719;
		case 37u: goto tr719;
		case 39u: goto tr719;
		case 126u: goto tr719;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr719;
		} else if ( (*p) >= 42u )
			goto tr719;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr719;
		} else if ( (*p) >= 65u )
			goto tr719;
	} else
		goto tr719;
	goto st0;
tr719:
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st907;
tr1156:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st907;
st907:
	if ( ++p == pe )
		goto _test_eof907;
case 907:
#line 10065 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1153;
		case 10u: goto tr1154;
		case 13u: goto tr1155;
		case 32u: goto tr1153;
		case 33u: goto tr1156;
		case 37u: goto tr1156;
		case 39u: goto tr1156;
		case 59u: goto tr1157;
		case 126u: goto tr1156;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1156;
		} else if ( (*p) >= 42u )
			goto tr1156;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1156;
		} else if ( (*p) >= 65u )
			goto tr1156;
	} else
		goto tr1156;
	goto st0;
tr1153:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st587;
tr1163:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st587;
st587:
	if ( ++p == pe )
		goto _test_eof587;
case 587:
#line 10101 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st587;
		case 10u: goto st588;
		case 13u: goto st599;
		case 32u: goto st587;
		case 59u: goto st590;
	}
	goto st0;
tr1154:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st588;
tr1164:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st588;
st588:
	if ( ++p == pe )
		goto _test_eof588;
case 588:
#line 10119 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st589;
		case 32u: goto st589;
	}
	goto st0;
st589:
	if ( ++p == pe )
		goto _test_eof589;
case 589:
	switch( (*p) ) {
		case 9u: goto st589;
		case 32u: goto st589;
		case 59u: goto st590;
	}
	goto st0;
tr1157:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st590;
tr1162:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st590;
st590:
	if ( ++p == pe )
		goto _test_eof590;
case 590:
#line 10144 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st590;
		case 10u: goto st591;
		case 13u: goto st641;
		case 32u: goto st590;
		case 33u: goto tr727;
		case 37u: goto tr727;
		case 39u: goto tr727;
		case 126u: goto tr727;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr727;
		} else if ( (*p) >= 42u )
			goto tr727;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr727;
		} else if ( (*p) >= 65u )
			goto tr727;
	} else
		goto tr727;
	goto st0;
st591:
	if ( ++p == pe )
		goto _test_eof591;
case 591:
	switch( (*p) ) {
		case 9u: goto st592;
		case 32u: goto st592;
	}
	goto st0;
st592:
	if ( ++p == pe )
		goto _test_eof592;
case 592:
	switch( (*p) ) {
		case 9u: goto st592;
		case 32u: goto st592;
		case 33u: goto tr727;
		case 37u: goto tr727;
		case 39u: goto tr727;
		case 126u: goto tr727;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr727;
		} else if ( (*p) >= 42u )
			goto tr727;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr727;
		} else if ( (*p) >= 65u )
			goto tr727;
	} else
		goto tr727;
	goto st0;
tr727:
#line 31 "grammar/sip_headers.rl"
	{ pn = p; pv = NULL; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st908;
tr1161:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st908;
st908:
	if ( ++p == pe )
		goto _test_eof908;
case 908:
#line 10216 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1158;
		case 10u: goto tr1159;
		case 13u: goto tr1160;
		case 32u: goto tr1158;
		case 33u: goto tr1161;
		case 37u: goto tr1161;
		case 39u: goto tr1161;
		case 59u: goto tr1162;
		case 61u: goto st596;
		case 126u: goto tr1161;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1161;
		} else if ( (*p) >= 42u )
			goto tr1161;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1161;
		} else if ( (*p) >= 65u )
			goto tr1161;
	} else
		goto tr1161;
	goto st0;
tr1158:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st593;
st593:
	if ( ++p == pe )
		goto _test_eof593;
case 593:
#line 10250 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st593;
		case 10u: goto st594;
		case 13u: goto st640;
		case 32u: goto st593;
		case 59u: goto st590;
		case 61u: goto st596;
	}
	goto st0;
tr1159:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st594;
st594:
	if ( ++p == pe )
		goto _test_eof594;
case 594:
#line 10266 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st595;
		case 32u: goto st595;
	}
	goto st0;
st595:
	if ( ++p == pe )
		goto _test_eof595;
case 595:
	switch( (*p) ) {
		case 9u: goto st595;
		case 32u: goto st595;
		case 59u: goto st590;
		case 61u: goto st596;
	}
	goto st0;
st596:
	if ( ++p == pe )
		goto _test_eof596;
case 596:
	switch( (*p) ) {
		case 9u: goto st596;
		case 10u: goto st597;
		case 13u: goto st639;
		case 32u: goto st596;
		case 33u: goto tr736;
		case 34u: goto tr737;
		case 37u: goto tr736;
		case 39u: goto tr736;
		case 91u: goto tr738;
		case 126u: goto tr736;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr736;
		} else if ( (*p) >= 42u )
			goto tr736;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr736;
		} else if ( (*p) >= 65u )
			goto tr736;
	} else
		goto tr736;
	goto st0;
st597:
	if ( ++p == pe )
		goto _test_eof597;
case 597:
	switch( (*p) ) {
		case 9u: goto st598;
		case 32u: goto st598;
	}
	goto st0;
st598:
	if ( ++p == pe )
		goto _test_eof598;
case 598:
	switch( (*p) ) {
		case 9u: goto st598;
		case 32u: goto st598;
		case 33u: goto tr736;
		case 34u: goto tr737;
		case 37u: goto tr736;
		case 39u: goto tr736;
		case 91u: goto tr738;
		case 126u: goto tr736;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr736;
		} else if ( (*p) >= 42u )
			goto tr736;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr736;
		} else if ( (*p) >= 65u )
			goto tr736;
	} else
		goto tr736;
	goto st0;
tr736:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st909;
st909:
	if ( ++p == pe )
		goto _test_eof909;
case 909:
#line 10358 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1163;
		case 10u: goto tr1164;
		case 13u: goto tr1165;
		case 32u: goto tr1163;
		case 33u: goto st909;
		case 37u: goto st909;
		case 39u: goto st909;
		case 59u: goto tr1162;
		case 126u: goto st909;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st909;
		} else if ( (*p) >= 42u )
			goto st909;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st909;
		} else if ( (*p) >= 65u )
			goto st909;
	} else
		goto st909;
	goto st0;
tr1155:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st599;
tr1165:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st599;
st599:
	if ( ++p == pe )
		goto _test_eof599;
case 599:
#line 10394 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st588;
	goto st0;
tr737:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st600;
tr743:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st600;
st600:
	if ( ++p == pe )
		goto _test_eof600;
case 600:
#line 10407 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st600;
		case 10u: goto st601;
		case 13u: goto st602;
		case 32u: goto st600;
		case 34u: goto st910;
		case 92u: goto st603;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr743;
st601:
	if ( ++p == pe )
		goto _test_eof601;
case 601:
	switch( (*p) ) {
		case 9u: goto st600;
		case 32u: goto st600;
	}
	goto st0;
st602:
	if ( ++p == pe )
		goto _test_eof602;
case 602:
	if ( (*p) == 10u )
		goto st601;
	goto st0;
st910:
	if ( ++p == pe )
		goto _test_eof910;
case 910:
	switch( (*p) ) {
		case 9u: goto tr1163;
		case 10u: goto tr1164;
		case 13u: goto tr1165;
		case 32u: goto tr1163;
		case 59u: goto tr1162;
	}
	goto st0;
st603:
	if ( ++p == pe )
		goto _test_eof603;
case 603:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st600;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st600;
	} else
		goto st600;
	goto st0;
tr738:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st604;
st604:
	if ( ++p == pe )
		goto _test_eof604;
case 604:
#line 10467 "gen/sip_headers.c"
	if ( (*p) == 58u )
		goto st638;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st605;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st605;
	} else
		goto st605;
	goto st0;
st605:
	if ( ++p == pe )
		goto _test_eof605;
case 605:
	switch( (*p) ) {
		case 58u: goto st609;
		case 93u: goto st910;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st606;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st606;
	} else
		goto st606;
	goto st0;
st606:
	if ( ++p == pe )
		goto _test_eof606;
case 606:
	switch( (*p) ) {
		case 58u: goto st609;
		case 93u: goto st910;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st607;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st607;
	} else
		goto st607;
	goto st0;
st607:
	if ( ++p == pe )
		goto _test_eof607;
case 607:
	switch( (*p) ) {
		case 58u: goto st609;
		case 93u: goto st910;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st608;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st608;
	} else
		goto st608;
	goto st0;
st608:
	if ( ++p == pe )
		goto _test_eof608;
case 608:
	switch( (*p) ) {
		case 58u: goto st609;
		case 93u: goto st910;
	}
	goto st0;
st609:
	if ( ++p == pe )
		goto _test_eof609;
case 609:
	if ( (*p) == 58u )
		goto st625;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st610;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st605;
	} else
		goto st605;
	goto st0;
st610:
	if ( ++p == pe )
		goto _test_eof610;
case 610:
	switch( (*p) ) {
		case 46u: goto st611;
		case 58u: goto st609;
		case 93u: goto st910;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st623;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st606;
	} else
		goto st606;
	goto st0;
st611:
	if ( ++p == pe )
		goto _test_eof611;
case 611:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st612;
	goto st0;
st612:
	if ( ++p == pe )
		goto _test_eof612;
case 612:
	if ( (*p) == 46u )
		goto st613;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st621;
	goto st0;
st613:
	if ( ++p == pe )
		goto _test_eof613;
case 613:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st614;
	goto st0;
st614:
	if ( ++p == pe )
		goto _test_eof614;
case 614:
	if ( (*p) == 46u )
		goto st615;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st619;
	goto st0;
st615:
	if ( ++p == pe )
		goto _test_eof615;
case 615:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st616;
	goto st0;
st616:
	if ( ++p == pe )
		goto _test_eof616;
case 616:
	if ( (*p) == 93u )
		goto st910;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st617;
	goto st0;
st617:
	if ( ++p == pe )
		goto _test_eof617;
case 617:
	if ( (*p) == 93u )
		goto st910;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st618;
	goto st0;
st618:
	if ( ++p == pe )
		goto _test_eof618;
case 618:
	if ( (*p) == 93u )
		goto st910;
	goto st0;
st619:
	if ( ++p == pe )
		goto _test_eof619;
case 619:
	if ( (*p) == 46u )
		goto st615;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st620;
	goto st0;
st620:
	if ( ++p == pe )
		goto _test_eof620;
case 620:
	if ( (*p) == 46u )
		goto st615;
	goto st0;
st621:
	if ( ++p == pe )
		goto _test_eof621;
case 621:
	if ( (*p) == 46u )
		goto st613;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st622;
	goto st0;
st622:
	if ( ++p == pe )
		goto _test_eof622;
case 622:
	if ( (*p) == 46u )
		goto st613;
	goto st0;
st623:
	if ( ++p == pe )
		goto _test_eof623;
case 623:
	switch( (*p) ) {
		case 46u: goto st611;
		case 58u: goto st609;
		case 93u: goto st910;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st624;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st607;
	} else
		goto st607;
	goto st0;
st624:
	if ( ++p == pe )
		goto _test_eof624;
case 624:
	switch( (*p) ) {
		case 46u: goto st611;
		case 58u: goto st609;
		case 93u: goto st910;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st608;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st608;
	} else
		goto st608;
	goto st0;
st625:
	if ( ++p == pe )
		goto _test_eof625;
case 625:
	switch( (*p) ) {
		case 58u: goto st634;
		case 93u: goto st910;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st626;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st631;
	} else
		goto st631;
	goto st0;
st626:
	if ( ++p == pe )
		goto _test_eof626;
case 626:
	switch( (*p) ) {
		case 46u: goto st611;
		case 58u: goto st630;
		case 93u: goto st910;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st627;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st632;
	} else
		goto st632;
	goto st0;
st627:
	if ( ++p == pe )
		goto _test_eof627;
case 627:
	switch( (*p) ) {
		case 46u: goto st611;
		case 58u: goto st630;
		case 93u: goto st910;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st628;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st633;
	} else
		goto st633;
	goto st0;
st628:
	if ( ++p == pe )
		goto _test_eof628;
case 628:
	switch( (*p) ) {
		case 46u: goto st611;
		case 58u: goto st630;
		case 93u: goto st910;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st629;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st629;
	} else
		goto st629;
	goto st0;
st629:
	if ( ++p == pe )
		goto _test_eof629;
case 629:
	switch( (*p) ) {
		case 58u: goto st630;
		case 93u: goto st910;
	}
	goto st0;
st630:
	if ( ++p == pe )
		goto _test_eof630;
case 630:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st626;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st631;
	} else
		goto st631;
	goto st0;
st631:
	if ( ++p == pe )
		goto _test_eof631;
case 631:
	switch( (*p) ) {
		case 58u: goto st630;
		case 93u: goto st910;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st632;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st632;
	} else
		goto st632;
	goto st0;
st632:
	if ( ++p == pe )
		goto _test_eof632;
case 632:
	switch( (*p) ) {
		case 58u: goto st630;
		case 93u: goto st910;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st633;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st633;
	} else
		goto st633;
	goto st0;
st633:
	if ( ++p == pe )
		goto _test_eof633;
case 633:
	switch( (*p) ) {
		case 58u: goto st630;
		case 93u: goto st910;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st629;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st629;
	} else
		goto st629;
	goto st0;
st634:
	if ( ++p == pe )
		goto _test_eof634;
case 634:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st635;
	goto st0;
st635:
	if ( ++p == pe )
		goto _test_eof635;
case 635:
	if ( (*p) == 46u )
		goto st611;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st636;
	goto st0;
st636:
	if ( ++p == pe )
		goto _test_eof636;
case 636:
	if ( (*p) == 46u )
		goto st611;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st637;
	goto st0;
st637:
	if ( ++p == pe )
		goto _test_eof637;
case 637:
	if ( (*p) == 46u )
		goto st611;
	goto st0;
st638:
	if ( ++p == pe )
		goto _test_eof638;
case 638:
	if ( (*p) == 58u )
		goto st625;
	goto st0;
st639:
	if ( ++p == pe )
		goto _test_eof639;
case 639:
	if ( (*p) == 10u )
		goto st597;
	goto st0;
tr1160:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st640;
st640:
	if ( ++p == pe )
		goto _test_eof640;
case 640:
#line 10900 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st594;
	goto st0;
st641:
	if ( ++p == pe )
		goto _test_eof641;
case 641:
	if ( (*p) == 10u )
		goto st591;
	goto st0;
case 642:
	switch( (*p) ) {
		case 37u: goto tr780;
		case 60u: goto tr780;
	}
	if ( (*p) < 62u ) {
		if ( (*p) < 39u ) {
			if ( 33u <= (*p) && (*p) <= 34u )
				goto tr780;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 58u )
				goto tr780;
		} else
			goto tr780;
	} else if ( (*p) > 63u ) {
		if ( (*p) < 95u ) {
			if ( 65u <= (*p) && (*p) <= 93u )
				goto tr780;
		} else if ( (*p) > 123u ) {
			if ( 125u <= (*p) && (*p) <= 126u )
				goto tr780;
		} else
			goto tr780;
	} else
		goto tr780;
	goto st0;
tr1170:
#line 49 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_WORD)))-1;} }
	goto st911;
tr780:
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
#line 49 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_WORD)))-1;} }
	goto st911;
st911:
	if ( ++p == pe )
		goto _test_eof911;
case 911:
#line 10947 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1167;
		case 10u: goto tr1168;
		case 13u: goto tr1169;
		case 32u: goto tr1167;
		case 37u: goto tr1170;
		case 59u: goto tr1171;
		case 64u: goto st698;
	}
	if ( (*p) < 45u ) {
		if ( (*p) > 34u ) {
			if ( 39u <= (*p) && (*p) <= 43u )
				goto tr1170;
		} else if ( (*p) >= 33u )
			goto tr1170;
	} else if ( (*p) > 60u ) {
		if ( (*p) < 95u ) {
			if ( 62u <= (*p) && (*p) <= 93u )
				goto tr1170;
		} else if ( (*p) > 123u ) {
			if ( 125u <= (*p) && (*p) <= 126u )
				goto tr1170;
		} else
			goto tr1170;
	} else
		goto tr1170;
	goto st0;
tr1167:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st643;
tr1178:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st643;
st643:
	if ( ++p == pe )
		goto _test_eof643;
case 643:
#line 10984 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st643;
		case 10u: goto st644;
		case 13u: goto st655;
		case 32u: goto st643;
		case 59u: goto st646;
	}
	goto st0;
tr1168:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st644;
tr1179:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st644;
st644:
	if ( ++p == pe )
		goto _test_eof644;
case 644:
#line 11002 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st645;
		case 32u: goto st645;
	}
	goto st0;
st645:
	if ( ++p == pe )
		goto _test_eof645;
case 645:
	switch( (*p) ) {
		case 9u: goto st645;
		case 32u: goto st645;
		case 59u: goto st646;
	}
	goto st0;
tr1171:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st646;
tr1177:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st646;
st646:
	if ( ++p == pe )
		goto _test_eof646;
case 646:
#line 11027 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st646;
		case 10u: goto st647;
		case 13u: goto st697;
		case 32u: goto st646;
		case 33u: goto tr788;
		case 37u: goto tr788;
		case 39u: goto tr788;
		case 126u: goto tr788;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr788;
		} else if ( (*p) >= 42u )
			goto tr788;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr788;
		} else if ( (*p) >= 65u )
			goto tr788;
	} else
		goto tr788;
	goto st0;
st647:
	if ( ++p == pe )
		goto _test_eof647;
case 647:
	switch( (*p) ) {
		case 9u: goto st648;
		case 32u: goto st648;
	}
	goto st0;
st648:
	if ( ++p == pe )
		goto _test_eof648;
case 648:
	switch( (*p) ) {
		case 9u: goto st648;
		case 32u: goto st648;
		case 33u: goto tr788;
		case 37u: goto tr788;
		case 39u: goto tr788;
		case 126u: goto tr788;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr788;
		} else if ( (*p) >= 42u )
			goto tr788;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr788;
		} else if ( (*p) >= 65u )
			goto tr788;
	} else
		goto tr788;
	goto st0;
tr788:
#line 31 "grammar/sip_headers.rl"
	{ pn = p; pv = NULL; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st912;
tr1176:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st912;
st912:
	if ( ++p == pe )
		goto _test_eof912;
case 912:
#line 11099 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1173;
		case 10u: goto tr1174;
		case 13u: goto tr1175;
		case 32u: goto tr1173;
		case 33u: goto tr1176;
		case 37u: goto tr1176;
		case 39u: goto tr1176;
		case 59u: goto tr1177;
		case 61u: goto st652;
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
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st649;
st649:
	if ( ++p == pe )
		goto _test_eof649;
case 649:
#line 11133 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st649;
		case 10u: goto st650;
		case 13u: goto st696;
		case 32u: goto st649;
		case 59u: goto st646;
		case 61u: goto st652;
	}
	goto st0;
tr1174:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st650;
st650:
	if ( ++p == pe )
		goto _test_eof650;
case 650:
#line 11149 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st651;
		case 32u: goto st651;
	}
	goto st0;
st651:
	if ( ++p == pe )
		goto _test_eof651;
case 651:
	switch( (*p) ) {
		case 9u: goto st651;
		case 32u: goto st651;
		case 59u: goto st646;
		case 61u: goto st652;
	}
	goto st0;
st652:
	if ( ++p == pe )
		goto _test_eof652;
case 652:
	switch( (*p) ) {
		case 9u: goto st652;
		case 10u: goto st653;
		case 13u: goto st695;
		case 32u: goto st652;
		case 33u: goto tr797;
		case 34u: goto tr798;
		case 37u: goto tr797;
		case 39u: goto tr797;
		case 91u: goto tr799;
		case 126u: goto tr797;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr797;
		} else if ( (*p) >= 42u )
			goto tr797;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr797;
		} else if ( (*p) >= 65u )
			goto tr797;
	} else
		goto tr797;
	goto st0;
st653:
	if ( ++p == pe )
		goto _test_eof653;
case 653:
	switch( (*p) ) {
		case 9u: goto st654;
		case 32u: goto st654;
	}
	goto st0;
st654:
	if ( ++p == pe )
		goto _test_eof654;
case 654:
	switch( (*p) ) {
		case 9u: goto st654;
		case 32u: goto st654;
		case 33u: goto tr797;
		case 34u: goto tr798;
		case 37u: goto tr797;
		case 39u: goto tr797;
		case 91u: goto tr799;
		case 126u: goto tr797;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr797;
		} else if ( (*p) >= 42u )
			goto tr797;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr797;
		} else if ( (*p) >= 65u )
			goto tr797;
	} else
		goto tr797;
	goto st0;
tr797:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st913;
st913:
	if ( ++p == pe )
		goto _test_eof913;
case 913:
#line 11241 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1178;
		case 10u: goto tr1179;
		case 13u: goto tr1180;
		case 32u: goto tr1178;
		case 33u: goto st913;
		case 37u: goto st913;
		case 39u: goto st913;
		case 59u: goto tr1177;
		case 126u: goto st913;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st913;
		} else if ( (*p) >= 42u )
			goto st913;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st913;
		} else if ( (*p) >= 65u )
			goto st913;
	} else
		goto st913;
	goto st0;
tr1169:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st655;
tr1180:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st655;
st655:
	if ( ++p == pe )
		goto _test_eof655;
case 655:
#line 11277 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st644;
	goto st0;
tr798:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st656;
tr804:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st656;
st656:
	if ( ++p == pe )
		goto _test_eof656;
case 656:
#line 11290 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st656;
		case 10u: goto st657;
		case 13u: goto st658;
		case 32u: goto st656;
		case 34u: goto st914;
		case 92u: goto st659;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr804;
st657:
	if ( ++p == pe )
		goto _test_eof657;
case 657:
	switch( (*p) ) {
		case 9u: goto st656;
		case 32u: goto st656;
	}
	goto st0;
st658:
	if ( ++p == pe )
		goto _test_eof658;
case 658:
	if ( (*p) == 10u )
		goto st657;
	goto st0;
st914:
	if ( ++p == pe )
		goto _test_eof914;
case 914:
	switch( (*p) ) {
		case 9u: goto tr1178;
		case 10u: goto tr1179;
		case 13u: goto tr1180;
		case 32u: goto tr1178;
		case 59u: goto tr1177;
	}
	goto st0;
st659:
	if ( ++p == pe )
		goto _test_eof659;
case 659:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st656;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st656;
	} else
		goto st656;
	goto st0;
tr799:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st660;
st660:
	if ( ++p == pe )
		goto _test_eof660;
case 660:
#line 11350 "gen/sip_headers.c"
	if ( (*p) == 58u )
		goto st694;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st661;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st661;
	} else
		goto st661;
	goto st0;
st661:
	if ( ++p == pe )
		goto _test_eof661;
case 661:
	switch( (*p) ) {
		case 58u: goto st665;
		case 93u: goto st914;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st662;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st662;
	} else
		goto st662;
	goto st0;
st662:
	if ( ++p == pe )
		goto _test_eof662;
case 662:
	switch( (*p) ) {
		case 58u: goto st665;
		case 93u: goto st914;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st663;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st663;
	} else
		goto st663;
	goto st0;
st663:
	if ( ++p == pe )
		goto _test_eof663;
case 663:
	switch( (*p) ) {
		case 58u: goto st665;
		case 93u: goto st914;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st664;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st664;
	} else
		goto st664;
	goto st0;
st664:
	if ( ++p == pe )
		goto _test_eof664;
case 664:
	switch( (*p) ) {
		case 58u: goto st665;
		case 93u: goto st914;
	}
	goto st0;
st665:
	if ( ++p == pe )
		goto _test_eof665;
case 665:
	if ( (*p) == 58u )
		goto st681;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st666;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st661;
	} else
		goto st661;
	goto st0;
st666:
	if ( ++p == pe )
		goto _test_eof666;
case 666:
	switch( (*p) ) {
		case 46u: goto st667;
		case 58u: goto st665;
		case 93u: goto st914;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st679;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st662;
	} else
		goto st662;
	goto st0;
st667:
	if ( ++p == pe )
		goto _test_eof667;
case 667:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st668;
	goto st0;
st668:
	if ( ++p == pe )
		goto _test_eof668;
case 668:
	if ( (*p) == 46u )
		goto st669;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st677;
	goto st0;
st669:
	if ( ++p == pe )
		goto _test_eof669;
case 669:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st670;
	goto st0;
st670:
	if ( ++p == pe )
		goto _test_eof670;
case 670:
	if ( (*p) == 46u )
		goto st671;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st675;
	goto st0;
st671:
	if ( ++p == pe )
		goto _test_eof671;
case 671:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st672;
	goto st0;
st672:
	if ( ++p == pe )
		goto _test_eof672;
case 672:
	if ( (*p) == 93u )
		goto st914;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st673;
	goto st0;
st673:
	if ( ++p == pe )
		goto _test_eof673;
case 673:
	if ( (*p) == 93u )
		goto st914;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st674;
	goto st0;
st674:
	if ( ++p == pe )
		goto _test_eof674;
case 674:
	if ( (*p) == 93u )
		goto st914;
	goto st0;
st675:
	if ( ++p == pe )
		goto _test_eof675;
case 675:
	if ( (*p) == 46u )
		goto st671;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st676;
	goto st0;
st676:
	if ( ++p == pe )
		goto _test_eof676;
case 676:
	if ( (*p) == 46u )
		goto st671;
	goto st0;
st677:
	if ( ++p == pe )
		goto _test_eof677;
case 677:
	if ( (*p) == 46u )
		goto st669;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st678;
	goto st0;
st678:
	if ( ++p == pe )
		goto _test_eof678;
case 678:
	if ( (*p) == 46u )
		goto st669;
	goto st0;
st679:
	if ( ++p == pe )
		goto _test_eof679;
case 679:
	switch( (*p) ) {
		case 46u: goto st667;
		case 58u: goto st665;
		case 93u: goto st914;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st680;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st663;
	} else
		goto st663;
	goto st0;
st680:
	if ( ++p == pe )
		goto _test_eof680;
case 680:
	switch( (*p) ) {
		case 46u: goto st667;
		case 58u: goto st665;
		case 93u: goto st914;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st664;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st664;
	} else
		goto st664;
	goto st0;
st681:
	if ( ++p == pe )
		goto _test_eof681;
case 681:
	switch( (*p) ) {
		case 58u: goto st690;
		case 93u: goto st914;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st682;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st687;
	} else
		goto st687;
	goto st0;
st682:
	if ( ++p == pe )
		goto _test_eof682;
case 682:
	switch( (*p) ) {
		case 46u: goto st667;
		case 58u: goto st686;
		case 93u: goto st914;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st683;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st688;
	} else
		goto st688;
	goto st0;
st683:
	if ( ++p == pe )
		goto _test_eof683;
case 683:
	switch( (*p) ) {
		case 46u: goto st667;
		case 58u: goto st686;
		case 93u: goto st914;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st684;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st689;
	} else
		goto st689;
	goto st0;
st684:
	if ( ++p == pe )
		goto _test_eof684;
case 684:
	switch( (*p) ) {
		case 46u: goto st667;
		case 58u: goto st686;
		case 93u: goto st914;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st685;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st685;
	} else
		goto st685;
	goto st0;
st685:
	if ( ++p == pe )
		goto _test_eof685;
case 685:
	switch( (*p) ) {
		case 58u: goto st686;
		case 93u: goto st914;
	}
	goto st0;
st686:
	if ( ++p == pe )
		goto _test_eof686;
case 686:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st682;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st687;
	} else
		goto st687;
	goto st0;
st687:
	if ( ++p == pe )
		goto _test_eof687;
case 687:
	switch( (*p) ) {
		case 58u: goto st686;
		case 93u: goto st914;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st688;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st688;
	} else
		goto st688;
	goto st0;
st688:
	if ( ++p == pe )
		goto _test_eof688;
case 688:
	switch( (*p) ) {
		case 58u: goto st686;
		case 93u: goto st914;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st689;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st689;
	} else
		goto st689;
	goto st0;
st689:
	if ( ++p == pe )
		goto _test_eof689;
case 689:
	switch( (*p) ) {
		case 58u: goto st686;
		case 93u: goto st914;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st685;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st685;
	} else
		goto st685;
	goto st0;
st690:
	if ( ++p == pe )
		goto _test_eof690;
case 690:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st691;
	goto st0;
st691:
	if ( ++p == pe )
		goto _test_eof691;
case 691:
	if ( (*p) == 46u )
		goto st667;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st692;
	goto st0;
st692:
	if ( ++p == pe )
		goto _test_eof692;
case 692:
	if ( (*p) == 46u )
		goto st667;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st693;
	goto st0;
st693:
	if ( ++p == pe )
		goto _test_eof693;
case 693:
	if ( (*p) == 46u )
		goto st667;
	goto st0;
st694:
	if ( ++p == pe )
		goto _test_eof694;
case 694:
	if ( (*p) == 58u )
		goto st681;
	goto st0;
st695:
	if ( ++p == pe )
		goto _test_eof695;
case 695:
	if ( (*p) == 10u )
		goto st653;
	goto st0;
tr1175:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st696;
st696:
	if ( ++p == pe )
		goto _test_eof696;
case 696:
#line 11783 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st650;
	goto st0;
st697:
	if ( ++p == pe )
		goto _test_eof697;
case 697:
	if ( (*p) == 10u )
		goto st647;
	goto st0;
st698:
	if ( ++p == pe )
		goto _test_eof698;
case 698:
	switch( (*p) ) {
		case 37u: goto tr841;
		case 60u: goto tr841;
	}
	if ( (*p) < 62u ) {
		if ( (*p) < 39u ) {
			if ( 33u <= (*p) && (*p) <= 34u )
				goto tr841;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 58u )
				goto tr841;
		} else
			goto tr841;
	} else if ( (*p) > 63u ) {
		if ( (*p) < 95u ) {
			if ( 65u <= (*p) && (*p) <= 93u )
				goto tr841;
		} else if ( (*p) > 123u ) {
			if ( 125u <= (*p) && (*p) <= 126u )
				goto tr841;
		} else
			goto tr841;
	} else
		goto tr841;
	goto st0;
tr841:
#line 49 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_WORD)))-1;} }
	goto st915;
st915:
	if ( ++p == pe )
		goto _test_eof915;
case 915:
#line 11829 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1167;
		case 10u: goto tr1168;
		case 13u: goto tr1169;
		case 32u: goto tr1167;
		case 37u: goto tr841;
		case 59u: goto tr1171;
	}
	if ( (*p) < 62u ) {
		if ( (*p) < 39u ) {
			if ( 33u <= (*p) && (*p) <= 34u )
				goto tr841;
		} else if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 60u )
				goto tr841;
		} else
			goto tr841;
	} else if ( (*p) > 63u ) {
		if ( (*p) < 95u ) {
			if ( 65u <= (*p) && (*p) <= 93u )
				goto tr841;
		} else if ( (*p) > 123u ) {
			if ( 125u <= (*p) && (*p) <= 126u )
				goto tr841;
		} else
			goto tr841;
	} else
		goto tr841;
	goto st0;
case 699:
	switch( (*p) ) {
		case 70u: goto tr842;
		case 84u: goto tr843;
		case 102u: goto tr842;
		case 116u: goto tr843;
	}
	goto st0;
tr842:
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st700;
st700:
	if ( ++p == pe )
		goto _test_eof700;
case 700:
#line 11873 "gen/sip_headers.c"
	switch( (*p) ) {
		case 65u: goto st701;
		case 97u: goto st701;
	}
	goto st0;
st701:
	if ( ++p == pe )
		goto _test_eof701;
case 701:
	switch( (*p) ) {
		case 76u: goto st702;
		case 108u: goto st702;
	}
	goto st0;
st702:
	if ( ++p == pe )
		goto _test_eof702;
case 702:
	switch( (*p) ) {
		case 83u: goto st703;
		case 115u: goto st703;
	}
	goto st0;
st703:
	if ( ++p == pe )
		goto _test_eof703;
case 703:
	switch( (*p) ) {
		case 69u: goto st916;
		case 101u: goto st916;
	}
	goto st0;
st916:
	if ( ++p == pe )
		goto _test_eof916;
case 916:
	switch( (*p) ) {
		case 9u: goto tr1182;
		case 10u: goto tr1183;
		case 13u: goto tr1184;
		case 32u: goto tr1182;
		case 59u: goto tr1185;
	}
	goto st0;
tr1182:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st704;
tr1191:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st704;
st704:
	if ( ++p == pe )
		goto _test_eof704;
case 704:
#line 11927 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st704;
		case 10u: goto st705;
		case 13u: goto st716;
		case 32u: goto st704;
		case 59u: goto st707;
	}
	goto st0;
tr1183:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st705;
tr1192:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st705;
st705:
	if ( ++p == pe )
		goto _test_eof705;
case 705:
#line 11945 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st706;
		case 32u: goto st706;
	}
	goto st0;
st706:
	if ( ++p == pe )
		goto _test_eof706;
case 706:
	switch( (*p) ) {
		case 9u: goto st706;
		case 32u: goto st706;
		case 59u: goto st707;
	}
	goto st0;
tr1185:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st707;
tr1190:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st707;
st707:
	if ( ++p == pe )
		goto _test_eof707;
case 707:
#line 11970 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st707;
		case 10u: goto st708;
		case 13u: goto st758;
		case 32u: goto st707;
		case 33u: goto tr855;
		case 37u: goto tr855;
		case 39u: goto tr855;
		case 126u: goto tr855;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr855;
		} else if ( (*p) >= 42u )
			goto tr855;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr855;
		} else if ( (*p) >= 65u )
			goto tr855;
	} else
		goto tr855;
	goto st0;
st708:
	if ( ++p == pe )
		goto _test_eof708;
case 708:
	switch( (*p) ) {
		case 9u: goto st709;
		case 32u: goto st709;
	}
	goto st0;
st709:
	if ( ++p == pe )
		goto _test_eof709;
case 709:
	switch( (*p) ) {
		case 9u: goto st709;
		case 32u: goto st709;
		case 33u: goto tr855;
		case 37u: goto tr855;
		case 39u: goto tr855;
		case 126u: goto tr855;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr855;
		} else if ( (*p) >= 42u )
			goto tr855;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr855;
		} else if ( (*p) >= 65u )
			goto tr855;
	} else
		goto tr855;
	goto st0;
tr855:
#line 31 "grammar/sip_headers.rl"
	{ pn = p; pv = NULL; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st917;
tr1189:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st917;
st917:
	if ( ++p == pe )
		goto _test_eof917;
case 917:
#line 12042 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1186;
		case 10u: goto tr1187;
		case 13u: goto tr1188;
		case 32u: goto tr1186;
		case 33u: goto tr1189;
		case 37u: goto tr1189;
		case 39u: goto tr1189;
		case 59u: goto tr1190;
		case 61u: goto st713;
		case 126u: goto tr1189;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr1189;
		} else if ( (*p) >= 42u )
			goto tr1189;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1189;
		} else if ( (*p) >= 65u )
			goto tr1189;
	} else
		goto tr1189;
	goto st0;
tr1186:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st710;
st710:
	if ( ++p == pe )
		goto _test_eof710;
case 710:
#line 12076 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st710;
		case 10u: goto st711;
		case 13u: goto st757;
		case 32u: goto st710;
		case 59u: goto st707;
		case 61u: goto st713;
	}
	goto st0;
tr1187:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st711;
st711:
	if ( ++p == pe )
		goto _test_eof711;
case 711:
#line 12092 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st712;
		case 32u: goto st712;
	}
	goto st0;
st712:
	if ( ++p == pe )
		goto _test_eof712;
case 712:
	switch( (*p) ) {
		case 9u: goto st712;
		case 32u: goto st712;
		case 59u: goto st707;
		case 61u: goto st713;
	}
	goto st0;
st713:
	if ( ++p == pe )
		goto _test_eof713;
case 713:
	switch( (*p) ) {
		case 9u: goto st713;
		case 10u: goto st714;
		case 13u: goto st756;
		case 32u: goto st713;
		case 33u: goto tr864;
		case 34u: goto tr865;
		case 37u: goto tr864;
		case 39u: goto tr864;
		case 91u: goto tr866;
		case 126u: goto tr864;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr864;
		} else if ( (*p) >= 42u )
			goto tr864;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr864;
		} else if ( (*p) >= 65u )
			goto tr864;
	} else
		goto tr864;
	goto st0;
st714:
	if ( ++p == pe )
		goto _test_eof714;
case 714:
	switch( (*p) ) {
		case 9u: goto st715;
		case 32u: goto st715;
	}
	goto st0;
st715:
	if ( ++p == pe )
		goto _test_eof715;
case 715:
	switch( (*p) ) {
		case 9u: goto st715;
		case 32u: goto st715;
		case 33u: goto tr864;
		case 34u: goto tr865;
		case 37u: goto tr864;
		case 39u: goto tr864;
		case 91u: goto tr866;
		case 126u: goto tr864;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr864;
		} else if ( (*p) >= 42u )
			goto tr864;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr864;
		} else if ( (*p) >= 65u )
			goto tr864;
	} else
		goto tr864;
	goto st0;
tr864:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st918;
st918:
	if ( ++p == pe )
		goto _test_eof918;
case 918:
#line 12184 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1191;
		case 10u: goto tr1192;
		case 13u: goto tr1193;
		case 32u: goto tr1191;
		case 33u: goto st918;
		case 37u: goto st918;
		case 39u: goto st918;
		case 59u: goto tr1190;
		case 126u: goto st918;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto st918;
		} else if ( (*p) >= 42u )
			goto st918;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto st918;
		} else if ( (*p) >= 65u )
			goto st918;
	} else
		goto st918;
	goto st0;
tr1184:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st716;
tr1193:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st716;
st716:
	if ( ++p == pe )
		goto _test_eof716;
case 716:
#line 12220 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st705;
	goto st0;
tr865:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st717;
tr871:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st717;
st717:
	if ( ++p == pe )
		goto _test_eof717;
case 717:
#line 12233 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st717;
		case 10u: goto st718;
		case 13u: goto st719;
		case 32u: goto st717;
		case 34u: goto st919;
		case 92u: goto st720;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr871;
st718:
	if ( ++p == pe )
		goto _test_eof718;
case 718:
	switch( (*p) ) {
		case 9u: goto st717;
		case 32u: goto st717;
	}
	goto st0;
st719:
	if ( ++p == pe )
		goto _test_eof719;
case 719:
	if ( (*p) == 10u )
		goto st718;
	goto st0;
st919:
	if ( ++p == pe )
		goto _test_eof919;
case 919:
	switch( (*p) ) {
		case 9u: goto tr1191;
		case 10u: goto tr1192;
		case 13u: goto tr1193;
		case 32u: goto tr1191;
		case 59u: goto tr1190;
	}
	goto st0;
st720:
	if ( ++p == pe )
		goto _test_eof720;
case 720:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st717;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st717;
	} else
		goto st717;
	goto st0;
tr866:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st721;
st721:
	if ( ++p == pe )
		goto _test_eof721;
case 721:
#line 12293 "gen/sip_headers.c"
	if ( (*p) == 58u )
		goto st755;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st722;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st722;
	} else
		goto st722;
	goto st0;
st722:
	if ( ++p == pe )
		goto _test_eof722;
case 722:
	switch( (*p) ) {
		case 58u: goto st726;
		case 93u: goto st919;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st723;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st723;
	} else
		goto st723;
	goto st0;
st723:
	if ( ++p == pe )
		goto _test_eof723;
case 723:
	switch( (*p) ) {
		case 58u: goto st726;
		case 93u: goto st919;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st724;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st724;
	} else
		goto st724;
	goto st0;
st724:
	if ( ++p == pe )
		goto _test_eof724;
case 724:
	switch( (*p) ) {
		case 58u: goto st726;
		case 93u: goto st919;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st725;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st725;
	} else
		goto st725;
	goto st0;
st725:
	if ( ++p == pe )
		goto _test_eof725;
case 725:
	switch( (*p) ) {
		case 58u: goto st726;
		case 93u: goto st919;
	}
	goto st0;
st726:
	if ( ++p == pe )
		goto _test_eof726;
case 726:
	if ( (*p) == 58u )
		goto st742;
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st727;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st722;
	} else
		goto st722;
	goto st0;
st727:
	if ( ++p == pe )
		goto _test_eof727;
case 727:
	switch( (*p) ) {
		case 46u: goto st728;
		case 58u: goto st726;
		case 93u: goto st919;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st740;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st723;
	} else
		goto st723;
	goto st0;
st728:
	if ( ++p == pe )
		goto _test_eof728;
case 728:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st729;
	goto st0;
st729:
	if ( ++p == pe )
		goto _test_eof729;
case 729:
	if ( (*p) == 46u )
		goto st730;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st738;
	goto st0;
st730:
	if ( ++p == pe )
		goto _test_eof730;
case 730:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st731;
	goto st0;
st731:
	if ( ++p == pe )
		goto _test_eof731;
case 731:
	if ( (*p) == 46u )
		goto st732;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st736;
	goto st0;
st732:
	if ( ++p == pe )
		goto _test_eof732;
case 732:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st733;
	goto st0;
st733:
	if ( ++p == pe )
		goto _test_eof733;
case 733:
	if ( (*p) == 93u )
		goto st919;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st734;
	goto st0;
st734:
	if ( ++p == pe )
		goto _test_eof734;
case 734:
	if ( (*p) == 93u )
		goto st919;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st735;
	goto st0;
st735:
	if ( ++p == pe )
		goto _test_eof735;
case 735:
	if ( (*p) == 93u )
		goto st919;
	goto st0;
st736:
	if ( ++p == pe )
		goto _test_eof736;
case 736:
	if ( (*p) == 46u )
		goto st732;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st737;
	goto st0;
st737:
	if ( ++p == pe )
		goto _test_eof737;
case 737:
	if ( (*p) == 46u )
		goto st732;
	goto st0;
st738:
	if ( ++p == pe )
		goto _test_eof738;
case 738:
	if ( (*p) == 46u )
		goto st730;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st739;
	goto st0;
st739:
	if ( ++p == pe )
		goto _test_eof739;
case 739:
	if ( (*p) == 46u )
		goto st730;
	goto st0;
st740:
	if ( ++p == pe )
		goto _test_eof740;
case 740:
	switch( (*p) ) {
		case 46u: goto st728;
		case 58u: goto st726;
		case 93u: goto st919;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st741;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st724;
	} else
		goto st724;
	goto st0;
st741:
	if ( ++p == pe )
		goto _test_eof741;
case 741:
	switch( (*p) ) {
		case 46u: goto st728;
		case 58u: goto st726;
		case 93u: goto st919;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st725;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st725;
	} else
		goto st725;
	goto st0;
st742:
	if ( ++p == pe )
		goto _test_eof742;
case 742:
	switch( (*p) ) {
		case 58u: goto st751;
		case 93u: goto st919;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st743;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st748;
	} else
		goto st748;
	goto st0;
st743:
	if ( ++p == pe )
		goto _test_eof743;
case 743:
	switch( (*p) ) {
		case 46u: goto st728;
		case 58u: goto st747;
		case 93u: goto st919;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st744;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st749;
	} else
		goto st749;
	goto st0;
st744:
	if ( ++p == pe )
		goto _test_eof744;
case 744:
	switch( (*p) ) {
		case 46u: goto st728;
		case 58u: goto st747;
		case 93u: goto st919;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st745;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st750;
	} else
		goto st750;
	goto st0;
st745:
	if ( ++p == pe )
		goto _test_eof745;
case 745:
	switch( (*p) ) {
		case 46u: goto st728;
		case 58u: goto st747;
		case 93u: goto st919;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st746;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st746;
	} else
		goto st746;
	goto st0;
st746:
	if ( ++p == pe )
		goto _test_eof746;
case 746:
	switch( (*p) ) {
		case 58u: goto st747;
		case 93u: goto st919;
	}
	goto st0;
st747:
	if ( ++p == pe )
		goto _test_eof747;
case 747:
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st743;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st748;
	} else
		goto st748;
	goto st0;
st748:
	if ( ++p == pe )
		goto _test_eof748;
case 748:
	switch( (*p) ) {
		case 58u: goto st747;
		case 93u: goto st919;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st749;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st749;
	} else
		goto st749;
	goto st0;
st749:
	if ( ++p == pe )
		goto _test_eof749;
case 749:
	switch( (*p) ) {
		case 58u: goto st747;
		case 93u: goto st919;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st750;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st750;
	} else
		goto st750;
	goto st0;
st750:
	if ( ++p == pe )
		goto _test_eof750;
case 750:
	switch( (*p) ) {
		case 58u: goto st747;
		case 93u: goto st919;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st746;
	} else if ( (*p) > 70u ) {
		if ( 97u <= (*p) && (*p) <= 102u )
			goto st746;
	} else
		goto st746;
	goto st0;
st751:
	if ( ++p == pe )
		goto _test_eof751;
case 751:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st752;
	goto st0;
st752:
	if ( ++p == pe )
		goto _test_eof752;
case 752:
	if ( (*p) == 46u )
		goto st728;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st753;
	goto st0;
st753:
	if ( ++p == pe )
		goto _test_eof753;
case 753:
	if ( (*p) == 46u )
		goto st728;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st754;
	goto st0;
st754:
	if ( ++p == pe )
		goto _test_eof754;
case 754:
	if ( (*p) == 46u )
		goto st728;
	goto st0;
st755:
	if ( ++p == pe )
		goto _test_eof755;
case 755:
	if ( (*p) == 58u )
		goto st742;
	goto st0;
st756:
	if ( ++p == pe )
		goto _test_eof756;
case 756:
	if ( (*p) == 10u )
		goto st714;
	goto st0;
tr1188:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st757;
st757:
	if ( ++p == pe )
		goto _test_eof757;
case 757:
#line 12726 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st711;
	goto st0;
st758:
	if ( ++p == pe )
		goto _test_eof758;
case 758:
	if ( (*p) == 10u )
		goto st708;
	goto st0;
tr843:
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st759;
st759:
	if ( ++p == pe )
		goto _test_eof759;
case 759:
#line 12743 "gen/sip_headers.c"
	switch( (*p) ) {
		case 82u: goto st760;
		case 114u: goto st760;
	}
	goto st0;
st760:
	if ( ++p == pe )
		goto _test_eof760;
case 760:
	switch( (*p) ) {
		case 85u: goto st703;
		case 117u: goto st703;
	}
	goto st0;
case 761:
	switch( (*p) ) {
		case 33u: goto tr909;
		case 37u: goto tr909;
		case 39u: goto tr909;
		case 126u: goto tr909;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr909;
		} else if ( (*p) >= 42u )
			goto tr909;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr909;
		} else if ( (*p) >= 65u )
			goto tr909;
	} else
		goto tr909;
	goto st0;
tr909:
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st762;
tr913:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st762;
st762:
	if ( ++p == pe )
		goto _test_eof762;
case 762:
#line 12790 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr910;
		case 10u: goto tr911;
		case 13u: goto tr912;
		case 32u: goto tr910;
		case 33u: goto tr913;
		case 37u: goto tr913;
		case 39u: goto tr913;
		case 126u: goto tr913;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr913;
		} else if ( (*p) >= 42u )
			goto tr913;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr913;
		} else if ( (*p) >= 65u )
			goto tr913;
	} else
		goto tr913;
	goto st0;
tr910:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st763;
tr1199:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st763;
st763:
	if ( ++p == pe )
		goto _test_eof763;
case 763:
#line 12825 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st763;
		case 10u: goto st764;
		case 13u: goto st783;
		case 32u: goto st763;
		case 33u: goto tr917;
		case 37u: goto tr917;
		case 39u: goto tr917;
		case 126u: goto tr917;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr917;
		} else if ( (*p) >= 42u )
			goto tr917;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr917;
		} else if ( (*p) >= 65u )
			goto tr917;
	} else
		goto tr917;
	goto st0;
tr911:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st764;
st764:
	if ( ++p == pe )
		goto _test_eof764;
case 764:
#line 12857 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st765;
		case 32u: goto st765;
	}
	goto st0;
st765:
	if ( ++p == pe )
		goto _test_eof765;
case 765:
	switch( (*p) ) {
		case 9u: goto st765;
		case 32u: goto st765;
		case 33u: goto tr917;
		case 37u: goto tr917;
		case 39u: goto tr917;
		case 126u: goto tr917;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr917;
		} else if ( (*p) >= 42u )
			goto tr917;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr917;
		} else if ( (*p) >= 65u )
			goto tr917;
	} else
		goto tr917;
	goto st0;
tr917:
#line 31 "grammar/sip_headers.rl"
	{ pn = p; pv = NULL; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st766;
tr922:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st766;
st766:
	if ( ++p == pe )
		goto _test_eof766;
case 766:
#line 12900 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st767;
		case 10u: goto st768;
		case 13u: goto st782;
		case 32u: goto st767;
		case 33u: goto tr922;
		case 37u: goto tr922;
		case 39u: goto tr922;
		case 61u: goto st770;
		case 126u: goto tr922;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr922;
		} else if ( (*p) >= 42u )
			goto tr922;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr922;
		} else if ( (*p) >= 65u )
			goto tr922;
	} else
		goto tr922;
	goto st0;
st767:
	if ( ++p == pe )
		goto _test_eof767;
case 767:
	switch( (*p) ) {
		case 9u: goto st767;
		case 10u: goto st768;
		case 13u: goto st782;
		case 32u: goto st767;
		case 61u: goto st770;
	}
	goto st0;
st768:
	if ( ++p == pe )
		goto _test_eof768;
case 768:
	switch( (*p) ) {
		case 9u: goto st769;
		case 32u: goto st769;
	}
	goto st0;
st769:
	if ( ++p == pe )
		goto _test_eof769;
case 769:
	switch( (*p) ) {
		case 9u: goto st769;
		case 32u: goto st769;
		case 61u: goto st770;
	}
	goto st0;
st770:
	if ( ++p == pe )
		goto _test_eof770;
case 770:
	switch( (*p) ) {
		case 9u: goto st770;
		case 10u: goto st771;
		case 13u: goto st781;
		case 32u: goto st770;
		case 33u: goto tr927;
		case 34u: goto tr928;
		case 37u: goto tr927;
		case 39u: goto tr927;
		case 126u: goto tr927;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr927;
		} else if ( (*p) >= 42u )
			goto tr927;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr927;
		} else if ( (*p) >= 65u )
			goto tr927;
	} else
		goto tr927;
	goto st0;
st771:
	if ( ++p == pe )
		goto _test_eof771;
case 771:
	switch( (*p) ) {
		case 9u: goto st772;
		case 32u: goto st772;
	}
	goto st0;
st772:
	if ( ++p == pe )
		goto _test_eof772;
case 772:
	switch( (*p) ) {
		case 9u: goto st772;
		case 32u: goto st772;
		case 33u: goto tr927;
		case 34u: goto tr928;
		case 37u: goto tr927;
		case 39u: goto tr927;
		case 126u: goto tr927;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr927;
		} else if ( (*p) >= 42u )
			goto tr927;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr927;
		} else if ( (*p) >= 65u )
			goto tr927;
	} else
		goto tr927;
	goto st0;
tr1198:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st920;
tr927:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st920;
st920:
	if ( ++p == pe )
		goto _test_eof920;
case 920:
#line 13035 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1195;
		case 10u: goto tr1196;
		case 13u: goto tr1197;
		case 32u: goto tr1195;
		case 33u: goto tr1198;
		case 37u: goto tr1198;
		case 39u: goto tr1198;
		case 44u: goto tr1199;
		case 126u: goto tr1198;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1198;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1198;
		} else if ( (*p) >= 65u )
			goto tr1198;
	} else
		goto tr1198;
	goto st0;
tr1195:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st773;
st773:
	if ( ++p == pe )
		goto _test_eof773;
case 773:
#line 13065 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st773;
		case 10u: goto st774;
		case 13u: goto st776;
		case 32u: goto st773;
		case 44u: goto st763;
	}
	goto st0;
tr1196:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st774;
st774:
	if ( ++p == pe )
		goto _test_eof774;
case 774:
#line 13080 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st775;
		case 32u: goto st775;
	}
	goto st0;
st775:
	if ( ++p == pe )
		goto _test_eof775;
case 775:
	switch( (*p) ) {
		case 9u: goto st775;
		case 32u: goto st775;
		case 44u: goto st763;
	}
	goto st0;
tr1197:
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	goto st776;
st776:
	if ( ++p == pe )
		goto _test_eof776;
case 776:
#line 13102 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st774;
	goto st0;
tr928:
#line 32 "grammar/sip_headers.rl"
	{ pv = p; }
	goto st777;
tr937:
#line 50 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_QD)))-1;} }
	goto st777;
st777:
	if ( ++p == pe )
		goto _test_eof777;
case 777:
#line 13115 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st777;
		case 10u: goto st778;
		case 13u: goto st779;
		case 32u: goto st777;
		case 34u: goto st921;
		case 92u: goto st780;
		case 127u: goto st0;
	}
	if ( (*p) <= 31u )
		goto st0;
	goto tr937;
st778:
	if ( ++p == pe )
		goto _test_eof778;
case 778:
	switch( (*p) ) {
		case 9u: goto st777;
		case 32u: goto st777;
	}
	goto st0;
st779:
	if ( ++p == pe )
		goto _test_eof779;
case 779:
	if ( (*p) == 10u )
		goto st778;
	goto st0;
st921:
	if ( ++p == pe )
		goto _test_eof921;
case 921:
	switch( (*p) ) {
		case 9u: goto tr1195;
		case 10u: goto tr1196;
		case 13u: goto tr1197;
		case 32u: goto tr1195;
		case 44u: goto tr1199;
	}
	goto st0;
st780:
	if ( ++p == pe )
		goto _test_eof780;
case 780:
	if ( (*p) < 11u ) {
		if ( (*p) <= 9u )
			goto st777;
	} else if ( (*p) > 12u ) {
		if ( 14u <= (*p) && (*p) <= 127u )
			goto st777;
	} else
		goto st777;
	goto st0;
st781:
	if ( ++p == pe )
		goto _test_eof781;
case 781:
	if ( (*p) == 10u )
		goto st771;
	goto st0;
st782:
	if ( ++p == pe )
		goto _test_eof782;
case 782:
	if ( (*p) == 10u )
		goto st768;
	goto st0;
tr912:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st783;
st783:
	if ( ++p == pe )
		goto _test_eof783;
case 783:
#line 13189 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st764;
	goto st0;
case 784:
	switch( (*p) ) {
		case 70u: goto st785;
		case 77u: goto st829;
		case 83u: goto st831;
		case 84u: goto st833;
		case 87u: goto st836;
	}
	goto st0;
st785:
	if ( ++p == pe )
		goto _test_eof785;
case 785:
	if ( (*p) == 114u )
		goto st786;
	goto st0;
st786:
	if ( ++p == pe )
		goto _test_eof786;
case 786:
	if ( (*p) == 105u )
		goto st787;
	goto st0;
st787:
	if ( ++p == pe )
		goto _test_eof787;
case 787:
	if ( (*p) == 44u )
		goto st788;
	goto st0;
st788:
	if ( ++p == pe )
		goto _test_eof788;
case 788:
	if ( (*p) == 32u )
		goto st789;
	goto st0;
st789:
	if ( ++p == pe )
		goto _test_eof789;
case 789:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr949;
	goto st0;
tr949:
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
	goto st790;
st790:
	if ( ++p == pe )
		goto _test_eof790;
case 790:
#line 13243 "gen/sip_headers.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st791;
	goto st0;
st791:
	if ( ++p == pe )
		goto _test_eof791;
case 791:
	if ( (*p) == 32u )
		goto tr951;
	goto st0;
tr951:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st792;
st792:
	if ( ++p == pe )
		goto _test_eof792;
case 792:
#line 13260 "gen/sip_headers.c"
	switch( (*p) ) {
		case 65u: goto st793;
		case 68u: goto st814;
		case 70u: goto st816;
		case 74u: goto st818;
		case 77u: goto st821;
		case 78u: goto st823;
		case 79u: goto st825;
		case 83u: goto st827;
	}
	goto st0;
st793:
	if ( ++p == pe )
		goto _test_eof793;
case 793:
	switch( (*p) ) {
		case 112u: goto st794;
		case 117u: goto st813;
	}
	goto st0;
st794:
	if ( ++p == pe )
		goto _test_eof794;
case 794:
	if ( (*p) == 114u )
		goto tr962;
	goto st0;
tr962:
#line 112 "grammar/sip_headers.rl"
	{ hs->month = 4; }
	goto st795;
tr981:
#line 113 "grammar/sip_headers.rl"
	{ hs->month = 8; }
	goto st795;
tr983:
#line 114 "grammar/sip_headers.rl"
	{ hs->month = 12; }
	goto st795;
tr985:
#line 111 "grammar/sip_headers.rl"
	{ hs->month = 2; }
	goto st795;
tr988:
#line 111 "grammar/sip_headers.rl"
	{ hs->month = 1; }
	goto st795;
tr989:
#line 113 "grammar/sip_headers.rl"
	{ hs->month = 7; }
	goto st795;
tr990:
#line 112 "grammar/sip_headers.rl"
	{ hs->month = 6; }
	goto st795;
tr992:
#line 111 "grammar/sip_headers.rl"
	{ hs->month = 3; }
	goto st795;
tr993:
#line 112 "grammar/sip_headers.rl"
	{ hs->month = 5; }
	goto st795;
tr995:
#line 114 "grammar/sip_headers.rl"
	{ hs->month = 11; }
	goto st795;
tr997:
#line 114 "grammar/sip_headers.rl"
	{ hs->month = 10; }
	goto st795;
tr999:
#line 113 "grammar/sip_headers.rl"
	{ hs->month = 9; }
	goto st795;
st795:
	if ( ++p == pe )
		goto _test_eof795;
case 795:
#line 13327 "gen/sip_headers.c"
	if ( (*p) == 32u )
		goto st796;
	goto st0;
st796:
	if ( ++p == pe )
		goto _test_eof796;
case 796:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr964;
	goto st0;
tr964:
#line 23 "grammar/sip_headers.rl"
	{ hs->b_s = p; }
	goto st797;
st797:
	if ( ++p == pe )
		goto _test_eof797;
case 797:
#line 13344 "gen/sip_headers.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st798;
	goto st0;
st798:
	if ( ++p == pe )
		goto _test_eof798;
case 798:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st799;
	goto st0;
st799:
	if ( ++p == pe )
		goto _test_eof799;
case 799:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st800;
	goto st0;
st800:
	if ( ++p == pe )
		goto _test_eof800;
case 800:
	if ( (*p) == 32u )
		goto tr968;
	goto st0;
tr968:
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	goto st801;
st801:
	if ( ++p == pe )
		goto _test_eof801;
case 801:
#line 13375 "gen/sip_headers.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr969;
	goto st0;
tr969:
#line 25 "grammar/sip_headers.rl"
	{ hs->c_s = p; }
	goto st802;
st802:
	if ( ++p == pe )
		goto _test_eof802;
case 802:
#line 13385 "gen/sip_headers.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st803;
	goto st0;
st803:
	if ( ++p == pe )
		goto _test_eof803;
case 803:
	if ( (*p) == 58u )
		goto tr971;
	goto st0;
tr971:
#line 26 "grammar/sip_headers.rl"
	{ hs->c_e = p; }
	goto st804;
st804:
	if ( ++p == pe )
		goto _test_eof804;
case 804:
#line 13402 "gen/sip_headers.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr972;
	goto st0;
tr972:
#line 27 "grammar/sip_headers.rl"
	{ hs->d_s = p; }
	goto st805;
st805:
	if ( ++p == pe )
		goto _test_eof805;
case 805:
#line 13412 "gen/sip_headers.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st806;
	goto st0;
st806:
	if ( ++p == pe )
		goto _test_eof806;
case 806:
	if ( (*p) == 58u )
		goto tr974;
	goto st0;
tr974:
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	goto st807;
st807:
	if ( ++p == pe )
		goto _test_eof807;
case 807:
#line 13429 "gen/sip_headers.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr975;
	goto st0;
tr975:
#line 29 "grammar/sip_headers.rl"
	{ hs->e_s = p; }
	goto st808;
st808:
	if ( ++p == pe )
		goto _test_eof808;
case 808:
#line 13439 "gen/sip_headers.c"
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st809;
	goto st0;
st809:
	if ( ++p == pe )
		goto _test_eof809;
case 809:
	if ( (*p) == 32u )
		goto tr977;
	goto st0;
tr977:
#line 30 "grammar/sip_headers.rl"
	{ hs->e_e = p; }
	goto st810;
st810:
	if ( ++p == pe )
		goto _test_eof810;
case 810:
#line 13456 "gen/sip_headers.c"
	if ( (*p) == 71u )
		goto st811;
	goto st0;
st811:
	if ( ++p == pe )
		goto _test_eof811;
case 811:
	if ( (*p) == 77u )
		goto st812;
	goto st0;
st812:
	if ( ++p == pe )
		goto _test_eof812;
case 812:
	if ( (*p) == 84u )
		goto st922;
	goto st0;
st922:
	if ( ++p == pe )
		goto _test_eof922;
case 922:
	goto st0;
st813:
	if ( ++p == pe )
		goto _test_eof813;
case 813:
	if ( (*p) == 103u )
		goto tr981;
	goto st0;
st814:
	if ( ++p == pe )
		goto _test_eof814;
case 814:
	if ( (*p) == 101u )
		goto st815;
	goto st0;
st815:
	if ( ++p == pe )
		goto _test_eof815;
case 815:
	if ( (*p) == 99u )
		goto tr983;
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
	if ( (*p) == 98u )
		goto tr985;
	goto st0;
st818:
	if ( ++p == pe )
		goto _test_eof818;
case 818:
	switch( (*p) ) {
		case 97u: goto st819;
		case 117u: goto st820;
	}
	goto st0;
st819:
	if ( ++p == pe )
		goto _test_eof819;
case 819:
	if ( (*p) == 110u )
		goto tr988;
	goto st0;
st820:
	if ( ++p == pe )
		goto _test_eof820;
case 820:
	switch( (*p) ) {
		case 108u: goto tr989;
		case 110u: goto tr990;
	}
	goto st0;
st821:
	if ( ++p == pe )
		goto _test_eof821;
case 821:
	if ( (*p) == 97u )
		goto st822;
	goto st0;
st822:
	if ( ++p == pe )
		goto _test_eof822;
case 822:
	switch( (*p) ) {
		case 114u: goto tr992;
		case 121u: goto tr993;
	}
	goto st0;
st823:
	if ( ++p == pe )
		goto _test_eof823;
case 823:
	if ( (*p) == 111u )
		goto st824;
	goto st0;
st824:
	if ( ++p == pe )
		goto _test_eof824;
case 824:
	if ( (*p) == 118u )
		goto tr995;
	goto st0;
st825:
	if ( ++p == pe )
		goto _test_eof825;
case 825:
	if ( (*p) == 99u )
		goto st826;
	goto st0;
st826:
	if ( ++p == pe )
		goto _test_eof826;
case 826:
	if ( (*p) == 116u )
		goto tr997;
	goto st0;
st827:
	if ( ++p == pe )
		goto _test_eof827;
case 827:
	if ( (*p) == 101u )
		goto st828;
	goto st0;
st828:
	if ( ++p == pe )
		goto _test_eof828;
case 828:
	if ( (*p) == 112u )
		goto tr999;
	goto st0;
st829:
	if ( ++p == pe )
		goto _test_eof829;
case 829:
	if ( (*p) == 111u )
		goto st830;
	goto st0;
st830:
	if ( ++p == pe )
		goto _test_eof830;
case 830:
	if ( (*p) == 110u )
		goto st787;
	goto st0;
st831:
	if ( ++p == pe )
		goto _test_eof831;
case 831:
	switch( (*p) ) {
		case 97u: goto st832;
		case 117u: goto st830;
	}
	goto st0;
st832:
	if ( ++p == pe )
		goto _test_eof832;
case 832:
	if ( (*p) == 116u )
		goto st787;
	goto st0;
st833:
	if ( ++p == pe )
		goto _test_eof833;
case 833:
	switch( (*p) ) {
		case 104u: goto st834;
		case 117u: goto st835;
	}
	goto st0;
st834:
	if ( ++p == pe )
		goto _test_eof834;
case 834:
	if ( (*p) == 117u )
		goto st787;
	goto st0;
st835:
	if ( ++p == pe )
		goto _test_eof835;
case 835:
	if ( (*p) == 101u )
		goto st787;
	goto st0;
st836:
	if ( ++p == pe )
		goto _test_eof836;
case 836:
	if ( (*p) == 101u )
		goto st837;
	goto st0;
st837:
	if ( ++p == pe )
		goto _test_eof837;
case 837:
	if ( (*p) == 100u )
		goto st787;
	goto st0;
case 900:
	switch( (*p) ) {
		case 33u: goto tr674;
		case 37u: goto tr674;
		case 39u: goto tr674;
		case 126u: goto tr674;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr674;
		} else if ( (*p) >= 42u )
			goto tr674;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr674;
		} else if ( (*p) >= 65u )
			goto tr674;
	} else
		goto tr674;
	goto st0;
tr674:
#line 19 "grammar/sip_headers.rl"
	{ elem_start(hs, p); hs->open = 1; }
#line 21 "grammar/sip_headers.rl"
	{ hs->a_s = p; }
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st901;
tr1140:
#line 48 "grammar/sip_common.rl"
	{ {p = (( fsip__skip(p + 1, pe, FSIP_CC_TOKEN)))-1;} }
	goto st901;
st901:
	if ( ++p == pe )
		goto _test_eof901;
case 901:
#line 13697 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto tr1137;
		case 10u: goto tr1138;
		case 13u: goto tr1139;
		case 32u: goto tr1137;
		case 33u: goto tr1140;
		case 37u: goto tr1140;
		case 39u: goto tr1140;
		case 44u: goto tr1141;
		case 126u: goto tr1140;
	}
	if ( (*p) < 48u ) {
		if ( 42u <= (*p) && (*p) <= 46u )
			goto tr1140;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr1140;
		} else if ( (*p) >= 65u )
			goto tr1140;
	} else
		goto tr1140;
	goto st0;
tr1137:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st545;
st545:
	if ( ++p == pe )
		goto _test_eof545;
case 545:
#line 13727 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st545;
		case 10u: goto st546;
		case 13u: goto st552;
		case 32u: goto st545;
		case 44u: goto tr669;
	}
	goto st0;
tr1138:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st546;
st546:
	if ( ++p == pe )
		goto _test_eof546;
case 546:
#line 13742 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st547;
		case 32u: goto st547;
	}
	goto st0;
st547:
	if ( ++p == pe )
		goto _test_eof547;
case 547:
	switch( (*p) ) {
		case 9u: goto st547;
		case 32u: goto st547;
		case 44u: goto tr669;
	}
	goto st0;
tr669:
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st548;
tr1141:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
#line 20 "grammar/sip_headers.rl"
	{ if (emit(hs, p) < 0) { *err_at = (size_t)(p - s); return hs->err; } }
	goto st548;
st548:
	if ( ++p == pe )
		goto _test_eof548;
case 548:
#line 13768 "gen/sip_headers.c"
	switch( (*p) ) {
		case 9u: goto st548;
		case 10u: goto st549;
		case 13u: goto st551;
		case 32u: goto st548;
		case 33u: goto tr674;
		case 37u: goto tr674;
		case 39u: goto tr674;
		case 126u: goto tr674;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr674;
		} else if ( (*p) >= 42u )
			goto tr674;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr674;
		} else if ( (*p) >= 65u )
			goto tr674;
	} else
		goto tr674;
	goto st0;
st549:
	if ( ++p == pe )
		goto _test_eof549;
case 549:
	switch( (*p) ) {
		case 9u: goto st550;
		case 32u: goto st550;
	}
	goto st0;
st550:
	if ( ++p == pe )
		goto _test_eof550;
case 550:
	switch( (*p) ) {
		case 9u: goto st550;
		case 32u: goto st550;
		case 33u: goto tr674;
		case 37u: goto tr674;
		case 39u: goto tr674;
		case 126u: goto tr674;
	}
	if ( (*p) < 48u ) {
		if ( (*p) > 43u ) {
			if ( 45u <= (*p) && (*p) <= 46u )
				goto tr674;
		} else if ( (*p) >= 42u )
			goto tr674;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 95u <= (*p) && (*p) <= 122u )
				goto tr674;
		} else if ( (*p) >= 65u )
			goto tr674;
	} else
		goto tr674;
	goto st0;
st551:
	if ( ++p == pe )
		goto _test_eof551;
case 551:
	if ( (*p) == 10u )
		goto st549;
	goto st0;
tr1139:
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	goto st552;
st552:
	if ( ++p == pe )
		goto _test_eof552;
case 552:
#line 13843 "gen/sip_headers.c"
	if ( (*p) == 10u )
		goto st546;
	goto st0;
	}
	_test_eof838: cs = 838; goto _test_eof; 
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
	_test_eof839: cs = 839; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 
	_test_eof14: cs = 14; goto _test_eof; 
	_test_eof15: cs = 15; goto _test_eof; 
	_test_eof16: cs = 16; goto _test_eof; 
	_test_eof17: cs = 17; goto _test_eof; 
	_test_eof840: cs = 840; goto _test_eof; 
	_test_eof18: cs = 18; goto _test_eof; 
	_test_eof19: cs = 19; goto _test_eof; 
	_test_eof20: cs = 20; goto _test_eof; 
	_test_eof21: cs = 21; goto _test_eof; 
	_test_eof22: cs = 22; goto _test_eof; 
	_test_eof23: cs = 23; goto _test_eof; 
	_test_eof841: cs = 841; goto _test_eof; 
	_test_eof24: cs = 24; goto _test_eof; 
	_test_eof25: cs = 25; goto _test_eof; 
	_test_eof26: cs = 26; goto _test_eof; 
	_test_eof27: cs = 27; goto _test_eof; 
	_test_eof842: cs = 842; goto _test_eof; 
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
	_test_eof67: cs = 67; goto _test_eof; 
	_test_eof68: cs = 68; goto _test_eof; 
	_test_eof70: cs = 70; goto _test_eof; 
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
	_test_eof843: cs = 843; goto _test_eof; 
	_test_eof92: cs = 92; goto _test_eof; 
	_test_eof93: cs = 93; goto _test_eof; 
	_test_eof94: cs = 94; goto _test_eof; 
	_test_eof95: cs = 95; goto _test_eof; 
	_test_eof96: cs = 96; goto _test_eof; 
	_test_eof97: cs = 97; goto _test_eof; 
	_test_eof98: cs = 98; goto _test_eof; 
	_test_eof99: cs = 99; goto _test_eof; 
	_test_eof100: cs = 100; goto _test_eof; 
	_test_eof101: cs = 101; goto _test_eof; 
	_test_eof844: cs = 844; goto _test_eof; 
	_test_eof102: cs = 102; goto _test_eof; 
	_test_eof103: cs = 103; goto _test_eof; 
	_test_eof104: cs = 104; goto _test_eof; 
	_test_eof105: cs = 105; goto _test_eof; 
	_test_eof106: cs = 106; goto _test_eof; 
	_test_eof107: cs = 107; goto _test_eof; 
	_test_eof845: cs = 845; goto _test_eof; 
	_test_eof108: cs = 108; goto _test_eof; 
	_test_eof109: cs = 109; goto _test_eof; 
	_test_eof110: cs = 110; goto _test_eof; 
	_test_eof111: cs = 111; goto _test_eof; 
	_test_eof112: cs = 112; goto _test_eof; 
	_test_eof113: cs = 113; goto _test_eof; 
	_test_eof846: cs = 846; goto _test_eof; 
	_test_eof114: cs = 114; goto _test_eof; 
	_test_eof115: cs = 115; goto _test_eof; 
	_test_eof116: cs = 116; goto _test_eof; 
	_test_eof117: cs = 117; goto _test_eof; 
	_test_eof847: cs = 847; goto _test_eof; 
	_test_eof118: cs = 118; goto _test_eof; 
	_test_eof848: cs = 848; goto _test_eof; 
	_test_eof849: cs = 849; goto _test_eof; 
	_test_eof850: cs = 850; goto _test_eof; 
	_test_eof851: cs = 851; goto _test_eof; 
	_test_eof119: cs = 119; goto _test_eof; 
	_test_eof852: cs = 852; goto _test_eof; 
	_test_eof120: cs = 120; goto _test_eof; 
	_test_eof121: cs = 121; goto _test_eof; 
	_test_eof122: cs = 122; goto _test_eof; 
	_test_eof123: cs = 123; goto _test_eof; 
	_test_eof124: cs = 124; goto _test_eof; 
	_test_eof853: cs = 853; goto _test_eof; 
	_test_eof854: cs = 854; goto _test_eof; 
	_test_eof125: cs = 125; goto _test_eof; 
	_test_eof126: cs = 126; goto _test_eof; 
	_test_eof127: cs = 127; goto _test_eof; 
	_test_eof128: cs = 128; goto _test_eof; 
	_test_eof855: cs = 855; goto _test_eof; 
	_test_eof856: cs = 856; goto _test_eof; 
	_test_eof857: cs = 857; goto _test_eof; 
	_test_eof858: cs = 858; goto _test_eof; 
	_test_eof859: cs = 859; goto _test_eof; 
	_test_eof860: cs = 860; goto _test_eof; 
	_test_eof861: cs = 861; goto _test_eof; 
	_test_eof862: cs = 862; goto _test_eof; 
	_test_eof863: cs = 863; goto _test_eof; 
	_test_eof864: cs = 864; goto _test_eof; 
	_test_eof129: cs = 129; goto _test_eof; 
	_test_eof865: cs = 865; goto _test_eof; 
	_test_eof866: cs = 866; goto _test_eof; 
	_test_eof867: cs = 867; goto _test_eof; 
	_test_eof130: cs = 130; goto _test_eof; 
	_test_eof131: cs = 131; goto _test_eof; 
	_test_eof132: cs = 132; goto _test_eof; 
	_test_eof133: cs = 133; goto _test_eof; 
	_test_eof868: cs = 868; goto _test_eof; 
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
	_test_eof172: cs = 172; goto _test_eof; 
	_test_eof173: cs = 173; goto _test_eof; 
	_test_eof174: cs = 174; goto _test_eof; 
	_test_eof175: cs = 175; goto _test_eof; 
	_test_eof869: cs = 869; goto _test_eof; 
	_test_eof176: cs = 176; goto _test_eof; 
	_test_eof177: cs = 177; goto _test_eof; 
	_test_eof178: cs = 178; goto _test_eof; 
	_test_eof179: cs = 179; goto _test_eof; 
	_test_eof180: cs = 180; goto _test_eof; 
	_test_eof870: cs = 870; goto _test_eof; 
	_test_eof871: cs = 871; goto _test_eof; 
	_test_eof872: cs = 872; goto _test_eof; 
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
	_test_eof198: cs = 198; goto _test_eof; 
	_test_eof199: cs = 199; goto _test_eof; 
	_test_eof200: cs = 200; goto _test_eof; 
	_test_eof201: cs = 201; goto _test_eof; 
	_test_eof873: cs = 873; goto _test_eof; 
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
	_test_eof224: cs = 224; goto _test_eof; 
	_test_eof225: cs = 225; goto _test_eof; 
	_test_eof226: cs = 226; goto _test_eof; 
	_test_eof228: cs = 228; goto _test_eof; 
	_test_eof229: cs = 229; goto _test_eof; 
	_test_eof230: cs = 230; goto _test_eof; 
	_test_eof231: cs = 231; goto _test_eof; 
	_test_eof232: cs = 232; goto _test_eof; 
	_test_eof233: cs = 233; goto _test_eof; 
	_test_eof234: cs = 234; goto _test_eof; 
	_test_eof874: cs = 874; goto _test_eof; 
	_test_eof235: cs = 235; goto _test_eof; 
	_test_eof875: cs = 875; goto _test_eof; 
	_test_eof236: cs = 236; goto _test_eof; 
	_test_eof237: cs = 237; goto _test_eof; 
	_test_eof238: cs = 238; goto _test_eof; 
	_test_eof239: cs = 239; goto _test_eof; 
	_test_eof240: cs = 240; goto _test_eof; 
	_test_eof876: cs = 876; goto _test_eof; 
	_test_eof241: cs = 241; goto _test_eof; 
	_test_eof242: cs = 242; goto _test_eof; 
	_test_eof243: cs = 243; goto _test_eof; 
	_test_eof244: cs = 244; goto _test_eof; 
	_test_eof245: cs = 245; goto _test_eof; 
	_test_eof246: cs = 246; goto _test_eof; 
	_test_eof877: cs = 877; goto _test_eof; 
	_test_eof247: cs = 247; goto _test_eof; 
	_test_eof248: cs = 248; goto _test_eof; 
	_test_eof249: cs = 249; goto _test_eof; 
	_test_eof250: cs = 250; goto _test_eof; 
	_test_eof251: cs = 251; goto _test_eof; 
	_test_eof878: cs = 878; goto _test_eof; 
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
	_test_eof298: cs = 298; goto _test_eof; 
	_test_eof299: cs = 299; goto _test_eof; 
	_test_eof300: cs = 300; goto _test_eof; 
	_test_eof301: cs = 301; goto _test_eof; 
	_test_eof302: cs = 302; goto _test_eof; 
	_test_eof879: cs = 879; goto _test_eof; 
	_test_eof304: cs = 304; goto _test_eof; 
	_test_eof305: cs = 305; goto _test_eof; 
	_test_eof306: cs = 306; goto _test_eof; 
	_test_eof307: cs = 307; goto _test_eof; 
	_test_eof308: cs = 308; goto _test_eof; 
	_test_eof309: cs = 309; goto _test_eof; 
	_test_eof310: cs = 310; goto _test_eof; 
	_test_eof880: cs = 880; goto _test_eof; 
	_test_eof311: cs = 311; goto _test_eof; 
	_test_eof881: cs = 881; goto _test_eof; 
	_test_eof312: cs = 312; goto _test_eof; 
	_test_eof313: cs = 313; goto _test_eof; 
	_test_eof314: cs = 314; goto _test_eof; 
	_test_eof315: cs = 315; goto _test_eof; 
	_test_eof316: cs = 316; goto _test_eof; 
	_test_eof317: cs = 317; goto _test_eof; 
	_test_eof318: cs = 318; goto _test_eof; 
	_test_eof319: cs = 319; goto _test_eof; 
	_test_eof320: cs = 320; goto _test_eof; 
	_test_eof321: cs = 321; goto _test_eof; 
	_test_eof322: cs = 322; goto _test_eof; 
	_test_eof323: cs = 323; goto _test_eof; 
	_test_eof324: cs = 324; goto _test_eof; 
	_test_eof325: cs = 325; goto _test_eof; 
	_test_eof326: cs = 326; goto _test_eof; 
	_test_eof327: cs = 327; goto _test_eof; 
	_test_eof882: cs = 882; goto _test_eof; 
	_test_eof328: cs = 328; goto _test_eof; 
	_test_eof329: cs = 329; goto _test_eof; 
	_test_eof330: cs = 330; goto _test_eof; 
	_test_eof331: cs = 331; goto _test_eof; 
	_test_eof332: cs = 332; goto _test_eof; 
	_test_eof883: cs = 883; goto _test_eof; 
	_test_eof333: cs = 333; goto _test_eof; 
	_test_eof334: cs = 334; goto _test_eof; 
	_test_eof335: cs = 335; goto _test_eof; 
	_test_eof336: cs = 336; goto _test_eof; 
	_test_eof337: cs = 337; goto _test_eof; 
	_test_eof338: cs = 338; goto _test_eof; 
	_test_eof884: cs = 884; goto _test_eof; 
	_test_eof339: cs = 339; goto _test_eof; 
	_test_eof340: cs = 340; goto _test_eof; 
	_test_eof341: cs = 341; goto _test_eof; 
	_test_eof885: cs = 885; goto _test_eof; 
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
	_test_eof376: cs = 376; goto _test_eof; 
	_test_eof377: cs = 377; goto _test_eof; 
	_test_eof378: cs = 378; goto _test_eof; 
	_test_eof379: cs = 379; goto _test_eof; 
	_test_eof380: cs = 380; goto _test_eof; 
	_test_eof381: cs = 381; goto _test_eof; 
	_test_eof382: cs = 382; goto _test_eof; 
	_test_eof886: cs = 886; goto _test_eof; 
	_test_eof384: cs = 384; goto _test_eof; 
	_test_eof385: cs = 385; goto _test_eof; 
	_test_eof386: cs = 386; goto _test_eof; 
	_test_eof387: cs = 387; goto _test_eof; 
	_test_eof388: cs = 388; goto _test_eof; 
	_test_eof389: cs = 389; goto _test_eof; 
	_test_eof390: cs = 390; goto _test_eof; 
	_test_eof887: cs = 887; goto _test_eof; 
	_test_eof391: cs = 391; goto _test_eof; 
	_test_eof888: cs = 888; goto _test_eof; 
	_test_eof392: cs = 392; goto _test_eof; 
	_test_eof393: cs = 393; goto _test_eof; 
	_test_eof394: cs = 394; goto _test_eof; 
	_test_eof395: cs = 395; goto _test_eof; 
	_test_eof396: cs = 396; goto _test_eof; 
	_test_eof397: cs = 397; goto _test_eof; 
	_test_eof398: cs = 398; goto _test_eof; 
	_test_eof399: cs = 399; goto _test_eof; 
	_test_eof400: cs = 400; goto _test_eof; 
	_test_eof401: cs = 401; goto _test_eof; 
	_test_eof402: cs = 402; goto _test_eof; 
	_test_eof403: cs = 403; goto _test_eof; 
	_test_eof404: cs = 404; goto _test_eof; 
	_test_eof405: cs = 405; goto _test_eof; 
	_test_eof406: cs = 406; goto _test_eof; 
	_test_eof407: cs = 407; goto _test_eof; 
	_test_eof408: cs = 408; goto _test_eof; 
	_test_eof409: cs = 409; goto _test_eof; 
	_test_eof889: cs = 889; goto _test_eof; 
	_test_eof410: cs = 410; goto _test_eof; 
	_test_eof411: cs = 411; goto _test_eof; 
	_test_eof412: cs = 412; goto _test_eof; 
	_test_eof413: cs = 413; goto _test_eof; 
	_test_eof414: cs = 414; goto _test_eof; 
	_test_eof415: cs = 415; goto _test_eof; 
	_test_eof890: cs = 890; goto _test_eof; 
	_test_eof416: cs = 416; goto _test_eof; 
	_test_eof417: cs = 417; goto _test_eof; 
	_test_eof418: cs = 418; goto _test_eof; 
	_test_eof419: cs = 419; goto _test_eof; 
	_test_eof420: cs = 420; goto _test_eof; 
	_test_eof891: cs = 891; goto _test_eof; 
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
	_test_eof455: cs = 455; goto _test_eof; 
	_test_eof456: cs = 456; goto _test_eof; 
	_test_eof457: cs = 457; goto _test_eof; 
	_test_eof458: cs = 458; goto _test_eof; 
	_test_eof459: cs = 459; goto _test_eof; 
	_test_eof460: cs = 460; goto _test_eof; 
	_test_eof461: cs = 461; goto _test_eof; 
	_test_eof463: cs = 463; goto _test_eof; 
	_test_eof464: cs = 464; goto _test_eof; 
	_test_eof465: cs = 465; goto _test_eof; 
	_test_eof466: cs = 466; goto _test_eof; 
	_test_eof892: cs = 892; goto _test_eof; 
	_test_eof467: cs = 467; goto _test_eof; 
	_test_eof469: cs = 469; goto _test_eof; 
	_test_eof470: cs = 470; goto _test_eof; 
	_test_eof471: cs = 471; goto _test_eof; 
	_test_eof472: cs = 472; goto _test_eof; 
	_test_eof473: cs = 473; goto _test_eof; 
	_test_eof474: cs = 474; goto _test_eof; 
	_test_eof475: cs = 475; goto _test_eof; 
	_test_eof476: cs = 476; goto _test_eof; 
	_test_eof893: cs = 893; goto _test_eof; 
	_test_eof477: cs = 477; goto _test_eof; 
	_test_eof478: cs = 478; goto _test_eof; 
	_test_eof894: cs = 894; goto _test_eof; 
	_test_eof895: cs = 895; goto _test_eof; 
	_test_eof481: cs = 481; goto _test_eof; 
	_test_eof482: cs = 482; goto _test_eof; 
	_test_eof483: cs = 483; goto _test_eof; 
	_test_eof484: cs = 484; goto _test_eof; 
	_test_eof485: cs = 485; goto _test_eof; 
	_test_eof486: cs = 486; goto _test_eof; 
	_test_eof896: cs = 896; goto _test_eof; 
	_test_eof487: cs = 487; goto _test_eof; 
	_test_eof488: cs = 488; goto _test_eof; 
	_test_eof489: cs = 489; goto _test_eof; 
	_test_eof490: cs = 490; goto _test_eof; 
	_test_eof491: cs = 491; goto _test_eof; 
	_test_eof492: cs = 492; goto _test_eof; 
	_test_eof897: cs = 897; goto _test_eof; 
	_test_eof493: cs = 493; goto _test_eof; 
	_test_eof494: cs = 494; goto _test_eof; 
	_test_eof495: cs = 495; goto _test_eof; 
	_test_eof496: cs = 496; goto _test_eof; 
	_test_eof898: cs = 898; goto _test_eof; 
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
	_test_eof527: cs = 527; goto _test_eof; 
	_test_eof528: cs = 528; goto _test_eof; 
	_test_eof529: cs = 529; goto _test_eof; 
	_test_eof530: cs = 530; goto _test_eof; 
	_test_eof531: cs = 531; goto _test_eof; 
	_test_eof532: cs = 532; goto _test_eof; 
	_test_eof533: cs = 533; goto _test_eof; 
	_test_eof534: cs = 534; goto _test_eof; 
	_test_eof535: cs = 535; goto _test_eof; 
	_test_eof899: cs = 899; goto _test_eof; 
	_test_eof537: cs = 537; goto _test_eof; 
	_test_eof538: cs = 538; goto _test_eof; 
	_test_eof539: cs = 539; goto _test_eof; 
	_test_eof540: cs = 540; goto _test_eof; 
	_test_eof541: cs = 541; goto _test_eof; 
	_test_eof542: cs = 542; goto _test_eof; 
	_test_eof543: cs = 543; goto _test_eof; 
	_test_eof544: cs = 544; goto _test_eof; 
	_test_eof902: cs = 902; goto _test_eof; 
	_test_eof554: cs = 554; goto _test_eof; 
	_test_eof903: cs = 903; goto _test_eof; 
	_test_eof556: cs = 556; goto _test_eof; 
	_test_eof557: cs = 557; goto _test_eof; 
	_test_eof558: cs = 558; goto _test_eof; 
	_test_eof559: cs = 559; goto _test_eof; 
	_test_eof560: cs = 560; goto _test_eof; 
	_test_eof561: cs = 561; goto _test_eof; 
	_test_eof562: cs = 562; goto _test_eof; 
	_test_eof904: cs = 904; goto _test_eof; 
	_test_eof563: cs = 563; goto _test_eof; 
	_test_eof564: cs = 564; goto _test_eof; 
	_test_eof565: cs = 565; goto _test_eof; 
	_test_eof566: cs = 566; goto _test_eof; 
	_test_eof567: cs = 567; goto _test_eof; 
	_test_eof568: cs = 568; goto _test_eof; 
	_test_eof569: cs = 569; goto _test_eof; 
	_test_eof570: cs = 570; goto _test_eof; 
	_test_eof571: cs = 571; goto _test_eof; 
	_test_eof572: cs = 572; goto _test_eof; 
	_test_eof573: cs = 573; goto _test_eof; 
	_test_eof574: cs = 574; goto _test_eof; 
	_test_eof575: cs = 575; goto _test_eof; 
	_test_eof905: cs = 905; goto _test_eof; 
	_test_eof576: cs = 576; goto _test_eof; 
	_test_eof577: cs = 577; goto _test_eof; 
	_test_eof578: cs = 578; goto _test_eof; 
	_test_eof579: cs = 579; goto _test_eof; 
	_test_eof906: cs = 906; goto _test_eof; 
	_test_eof580: cs = 580; goto _test_eof; 
	_test_eof581: cs = 581; goto _test_eof; 
	_test_eof582: cs = 582; goto _test_eof; 
	_test_eof583: cs = 583; goto _test_eof; 
	_test_eof584: cs = 584; goto _test_eof; 
	_test_eof585: cs = 585; goto _test_eof; 
	_test_eof907: cs = 907; goto _test_eof; 
	_test_eof587: cs = 587; goto _test_eof; 
	_test_eof588: cs = 588; goto _test_eof; 
	_test_eof589: cs = 589; goto _test_eof; 
	_test_eof590: cs = 590; goto _test_eof; 
	_test_eof591: cs = 591; goto _test_eof; 
	_test_eof592: cs = 592; goto _test_eof; 
	_test_eof908: cs = 908; goto _test_eof; 
	_test_eof593: cs = 593; goto _test_eof; 
	_test_eof594: cs = 594; goto _test_eof; 
	_test_eof595: cs = 595; goto _test_eof; 
	_test_eof596: cs = 596; goto _test_eof; 
	_test_eof597: cs = 597; goto _test_eof; 
	_test_eof598: cs = 598; goto _test_eof; 
	_test_eof909: cs = 909; goto _test_eof; 
	_test_eof599: cs = 599; goto _test_eof; 
	_test_eof600: cs = 600; goto _test_eof; 
	_test_eof601: cs = 601; goto _test_eof; 
	_test_eof602: cs = 602; goto _test_eof; 
	_test_eof910: cs = 910; goto _test_eof; 
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
	_test_eof626: cs = 626; goto _test_eof; 
	_test_eof627: cs = 627; goto _test_eof; 
	_test_eof628: cs = 628; goto _test_eof; 
	_test_eof629: cs = 629; goto _test_eof; 
	_test_eof630: cs = 630; goto _test_eof; 
	_test_eof631: cs = 631; goto _test_eof; 
	_test_eof632: cs = 632; goto _test_eof; 
	_test_eof633: cs = 633; goto _test_eof; 
	_test_eof634: cs = 634; goto _test_eof; 
	_test_eof635: cs = 635; goto _test_eof; 
	_test_eof636: cs = 636; goto _test_eof; 
	_test_eof637: cs = 637; goto _test_eof; 
	_test_eof638: cs = 638; goto _test_eof; 
	_test_eof639: cs = 639; goto _test_eof; 
	_test_eof640: cs = 640; goto _test_eof; 
	_test_eof641: cs = 641; goto _test_eof; 
	_test_eof911: cs = 911; goto _test_eof; 
	_test_eof643: cs = 643; goto _test_eof; 
	_test_eof644: cs = 644; goto _test_eof; 
	_test_eof645: cs = 645; goto _test_eof; 
	_test_eof646: cs = 646; goto _test_eof; 
	_test_eof647: cs = 647; goto _test_eof; 
	_test_eof648: cs = 648; goto _test_eof; 
	_test_eof912: cs = 912; goto _test_eof; 
	_test_eof649: cs = 649; goto _test_eof; 
	_test_eof650: cs = 650; goto _test_eof; 
	_test_eof651: cs = 651; goto _test_eof; 
	_test_eof652: cs = 652; goto _test_eof; 
	_test_eof653: cs = 653; goto _test_eof; 
	_test_eof654: cs = 654; goto _test_eof; 
	_test_eof913: cs = 913; goto _test_eof; 
	_test_eof655: cs = 655; goto _test_eof; 
	_test_eof656: cs = 656; goto _test_eof; 
	_test_eof657: cs = 657; goto _test_eof; 
	_test_eof658: cs = 658; goto _test_eof; 
	_test_eof914: cs = 914; goto _test_eof; 
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
	_test_eof681: cs = 681; goto _test_eof; 
	_test_eof682: cs = 682; goto _test_eof; 
	_test_eof683: cs = 683; goto _test_eof; 
	_test_eof684: cs = 684; goto _test_eof; 
	_test_eof685: cs = 685; goto _test_eof; 
	_test_eof686: cs = 686; goto _test_eof; 
	_test_eof687: cs = 687; goto _test_eof; 
	_test_eof688: cs = 688; goto _test_eof; 
	_test_eof689: cs = 689; goto _test_eof; 
	_test_eof690: cs = 690; goto _test_eof; 
	_test_eof691: cs = 691; goto _test_eof; 
	_test_eof692: cs = 692; goto _test_eof; 
	_test_eof693: cs = 693; goto _test_eof; 
	_test_eof694: cs = 694; goto _test_eof; 
	_test_eof695: cs = 695; goto _test_eof; 
	_test_eof696: cs = 696; goto _test_eof; 
	_test_eof697: cs = 697; goto _test_eof; 
	_test_eof698: cs = 698; goto _test_eof; 
	_test_eof915: cs = 915; goto _test_eof; 
	_test_eof700: cs = 700; goto _test_eof; 
	_test_eof701: cs = 701; goto _test_eof; 
	_test_eof702: cs = 702; goto _test_eof; 
	_test_eof703: cs = 703; goto _test_eof; 
	_test_eof916: cs = 916; goto _test_eof; 
	_test_eof704: cs = 704; goto _test_eof; 
	_test_eof705: cs = 705; goto _test_eof; 
	_test_eof706: cs = 706; goto _test_eof; 
	_test_eof707: cs = 707; goto _test_eof; 
	_test_eof708: cs = 708; goto _test_eof; 
	_test_eof709: cs = 709; goto _test_eof; 
	_test_eof917: cs = 917; goto _test_eof; 
	_test_eof710: cs = 710; goto _test_eof; 
	_test_eof711: cs = 711; goto _test_eof; 
	_test_eof712: cs = 712; goto _test_eof; 
	_test_eof713: cs = 713; goto _test_eof; 
	_test_eof714: cs = 714; goto _test_eof; 
	_test_eof715: cs = 715; goto _test_eof; 
	_test_eof918: cs = 918; goto _test_eof; 
	_test_eof716: cs = 716; goto _test_eof; 
	_test_eof717: cs = 717; goto _test_eof; 
	_test_eof718: cs = 718; goto _test_eof; 
	_test_eof719: cs = 719; goto _test_eof; 
	_test_eof919: cs = 919; goto _test_eof; 
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
	_test_eof741: cs = 741; goto _test_eof; 
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
	_test_eof753: cs = 753; goto _test_eof; 
	_test_eof754: cs = 754; goto _test_eof; 
	_test_eof755: cs = 755; goto _test_eof; 
	_test_eof756: cs = 756; goto _test_eof; 
	_test_eof757: cs = 757; goto _test_eof; 
	_test_eof758: cs = 758; goto _test_eof; 
	_test_eof759: cs = 759; goto _test_eof; 
	_test_eof760: cs = 760; goto _test_eof; 
	_test_eof762: cs = 762; goto _test_eof; 
	_test_eof763: cs = 763; goto _test_eof; 
	_test_eof764: cs = 764; goto _test_eof; 
	_test_eof765: cs = 765; goto _test_eof; 
	_test_eof766: cs = 766; goto _test_eof; 
	_test_eof767: cs = 767; goto _test_eof; 
	_test_eof768: cs = 768; goto _test_eof; 
	_test_eof769: cs = 769; goto _test_eof; 
	_test_eof770: cs = 770; goto _test_eof; 
	_test_eof771: cs = 771; goto _test_eof; 
	_test_eof772: cs = 772; goto _test_eof; 
	_test_eof920: cs = 920; goto _test_eof; 
	_test_eof773: cs = 773; goto _test_eof; 
	_test_eof774: cs = 774; goto _test_eof; 
	_test_eof775: cs = 775; goto _test_eof; 
	_test_eof776: cs = 776; goto _test_eof; 
	_test_eof777: cs = 777; goto _test_eof; 
	_test_eof778: cs = 778; goto _test_eof; 
	_test_eof779: cs = 779; goto _test_eof; 
	_test_eof921: cs = 921; goto _test_eof; 
	_test_eof780: cs = 780; goto _test_eof; 
	_test_eof781: cs = 781; goto _test_eof; 
	_test_eof782: cs = 782; goto _test_eof; 
	_test_eof783: cs = 783; goto _test_eof; 
	_test_eof785: cs = 785; goto _test_eof; 
	_test_eof786: cs = 786; goto _test_eof; 
	_test_eof787: cs = 787; goto _test_eof; 
	_test_eof788: cs = 788; goto _test_eof; 
	_test_eof789: cs = 789; goto _test_eof; 
	_test_eof790: cs = 790; goto _test_eof; 
	_test_eof791: cs = 791; goto _test_eof; 
	_test_eof792: cs = 792; goto _test_eof; 
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
	_test_eof922: cs = 922; goto _test_eof; 
	_test_eof813: cs = 813; goto _test_eof; 
	_test_eof814: cs = 814; goto _test_eof; 
	_test_eof815: cs = 815; goto _test_eof; 
	_test_eof816: cs = 816; goto _test_eof; 
	_test_eof817: cs = 817; goto _test_eof; 
	_test_eof818: cs = 818; goto _test_eof; 
	_test_eof819: cs = 819; goto _test_eof; 
	_test_eof820: cs = 820; goto _test_eof; 
	_test_eof821: cs = 821; goto _test_eof; 
	_test_eof822: cs = 822; goto _test_eof; 
	_test_eof823: cs = 823; goto _test_eof; 
	_test_eof824: cs = 824; goto _test_eof; 
	_test_eof825: cs = 825; goto _test_eof; 
	_test_eof826: cs = 826; goto _test_eof; 
	_test_eof827: cs = 827; goto _test_eof; 
	_test_eof828: cs = 828; goto _test_eof; 
	_test_eof829: cs = 829; goto _test_eof; 
	_test_eof830: cs = 830; goto _test_eof; 
	_test_eof831: cs = 831; goto _test_eof; 
	_test_eof832: cs = 832; goto _test_eof; 
	_test_eof833: cs = 833; goto _test_eof; 
	_test_eof834: cs = 834; goto _test_eof; 
	_test_eof835: cs = 835; goto _test_eof; 
	_test_eof836: cs = 836; goto _test_eof; 
	_test_eof837: cs = 837; goto _test_eof; 
	_test_eof901: cs = 901; goto _test_eof; 
	_test_eof545: cs = 545; goto _test_eof; 
	_test_eof546: cs = 546; goto _test_eof; 
	_test_eof547: cs = 547; goto _test_eof; 
	_test_eof548: cs = 548; goto _test_eof; 
	_test_eof549: cs = 549; goto _test_eof; 
	_test_eof550: cs = 550; goto _test_eof; 
	_test_eof551: cs = 551; goto _test_eof; 
	_test_eof552: cs = 552; goto _test_eof; 

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 838: 
	case 894: 
	case 895: 
	case 899: 
	case 901: 
	case 907: 
	case 911: 
	case 915: 
	case 916: 
#line 22 "grammar/sip_headers.rl"
	{ hs->a_e = p; }
	break;
	case 839: 
	case 879: 
	case 882: 
	case 892: 
	case 904: 
#line 24 "grammar/sip_headers.rl"
	{ hs->b_e = p; }
	break;
	case 893: 
#line 26 "grammar/sip_headers.rl"
	{ hs->c_e = p; }
	break;
	case 844: 
#line 30 "grammar/sip_headers.rl"
	{ hs->e_e = p; }
	break;
	case 840: 
	case 841: 
	case 842: 
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
	case 856: 
	case 857: 
	case 858: 
	case 859: 
	case 860: 
	case 861: 
	case 862: 
	case 863: 
	case 864: 
	case 865: 
	case 866: 
	case 867: 
	case 868: 
	case 876: 
	case 877: 
	case 878: 
	case 883: 
	case 884: 
	case 885: 
	case 889: 
	case 890: 
	case 891: 
	case 896: 
	case 897: 
	case 898: 
	case 905: 
	case 906: 
	case 908: 
	case 909: 
	case 910: 
	case 912: 
	case 913: 
	case 914: 
	case 917: 
	case 918: 
	case 919: 
	case 920: 
	case 921: 
#line 33 "grammar/sip_headers.rl"
	{ push(&hs->params, pn, p, pv); }
	break;
	case 870: 
	case 871: 
	case 872: 
#line 34 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_IPV4; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	break;
	case 843: 
	case 869: 
#line 35 "grammar/sip_headers.rl"
	{ hs->host_type = FSIP_HOST_NAME; }
#line 28 "grammar/sip_headers.rl"
	{ hs->d_e = p; }
	break;
#line 14845 "gen/sip_headers.c"
	}
	}

	_out: {}
	}

#line 203 "grammar/sip_headers.rl"

    if (cs < sip_headers_first_final || p != pe) {
        *err_at = (size_t)(p - s);
        return FSIP_EPARSE;
    }
    if (hs->params.overflow) {
        *err_at = len;
        return FSIP_ELIMIT;
    }
    if (hs->open && emit(hs, pe) < 0) {
        *err_at = len;
        return hs->err;
    }
    (void)sip_headers_error;
    return 0;
}
