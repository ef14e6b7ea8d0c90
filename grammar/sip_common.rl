/* RFC 3261 §25.1 basic rules shared by every SIP grammar. Pure grammar: no
 * actions here. Included by sip_message.rl, sip_uri.rl and sip_headers.rl.
 *
 * Line ends are written EOL = CR? LF everywhere: the grammar accepts a bare
 * LF and the message machine records where one appeared, so strictness
 * (FSIP_LENIENT_BARE_LF) is decided in C without a second grammar.
 */
%%{
machine sip_common;
alphtype unsigned char;

CR = "\r";
LF = "\n";
EOL = CR? LF;
SP = " ";
HTAB = "\t";
WSP = SP | HTAB;
DQUOTE = "\"";

# RFC 3261 §25.1: LWS = [*WSP CRLF] 1*WSP ; linear whitespace
LWS = (WSP* EOL)? WSP+;
SWS = LWS?;
HCOLON = WSP* ":" SWS;

alphanum = alnum;
mark = "-" | "_" | "." | "!" | "~" | "*" | "'" | "(" | ")";
unreserved = alphanum | mark;
reserved = ";" | "/" | "?" | ":" | "@" | "&" | "=" | "+" | "$" | ",";
escaped = "%" xdigit xdigit;

UTF8_CONT = 0x80..0xbf;
UTF8_NONASCII = 0xc0..0xfd;
# Loosely: any octet >= 0x80 (exact UTF-8 validation is not the parser's job).
HIGH = 0x80..0xff;

token = ( alphanum | "-" | "." | "!" | "%" | "*" | "_" | "+" | "`" | "'" | "~" )+;
separators = "(" | ")" | "<" | ">" | "@" | "," | ";" | ":" | "\\" | DQUOTE
           | "/" | "[" | "]" | "?" | "=" | "{" | "}" | SP | HTAB;
word = ( alphanum | "-" | "." | "!" | "%" | "*" | "_" | "+" | "`" | "'" | "~"
       | "(" | ")" | "<" | ">" | ":" | "\\" | DQUOTE | "/" | "[" | "]" | "?"
       | "{" | "}" )+;

STAR = SWS "*" SWS;
SLASH = SWS "/" SWS;
EQUAL = SWS "=" SWS;
LPAREN = SWS "(" SWS;
RPAREN = SWS ")" SWS;
COMMA = SWS "," SWS;
SEMI = SWS ";" SWS;
COLON = SWS ":" SWS;

# quoted-string = SWS DQUOTE *(qdtext / quoted-pair ) DQUOTE
qdtext = LWS | 0x21 | 0x23..0x5b | 0x5d..0x7e | HIGH;
quoted_pair = "\\" ( 0x00..0x09 | 0x0b..0x0c | 0x0e..0x7f );
quoted_string = DQUOTE ( qdtext | quoted_pair )* DQUOTE;

# comment = LPAREN *(ctext / quoted-pair / comment) RPAREN, one level deep.
ctext = 0x21..0x27 | 0x2a..0x5b | 0x5d..0x7e | HIGH | LWS;
comment = "(" ( ctext | quoted_pair | "(" ( ctext | quoted_pair )* ")" )* ")";

# Hosts (RFC 3261 §25.1 hostport). RFC 5118 §4.10: RFC 3261's IPv6 ABNF
# wants "2001:db8:::192.0.2.1" (3 colons) where RFC 4291 writes
# "2001:db8::192.0.2.1"; an implementation must tolerate both, so the
# second alternative adds the RFC 4291 forms of an embedded IPv4 tail.
domainlabel = alphanum ( ( alphanum | "-" )* alphanum )?;
toplabel = alpha ( ( alphanum | "-" )* alphanum )?;
hostname = ( domainlabel "." )* toplabel "."?;
IPv4address = digit{1,3} "." digit{1,3} "." digit{1,3} "." digit{1,3};
hex4 = xdigit{1,4};
hexseq = hex4 ( ":" hex4 )*;
hexpart = hexseq | hexseq "::" hexseq? | "::" hexseq?;
IPv6address = hexpart ( ":" IPv4address )?
            | hexseq? "::" ( hexseq ":" )? IPv4address;
IPv6reference = "[" IPv6address "]";

# Method names (RFC 3261 §25.1: extension-method = token).
Method = token;

# A SIP-Version is "SIP/" 1*DIGIT "." 1*DIGIT; "SIP" is case-insensitive.
SIP_Version = "SIP"i "/" digit+ "." digit+;
}%%
