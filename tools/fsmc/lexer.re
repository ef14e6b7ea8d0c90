/* The fsmc lexer (re2c). Newlines end statements, so they are tokens; a
 * backslash before a newline joins two lines. Comments run from '#' to the
 * end of the line. Keywords are plain identifiers: the parser knows them. */
#include "fsmc.h"

const char *fsmc_tok_name(enum fsmc_tok kind)
{
    switch (kind) {
    case TOK_EOF: return "end of file";
    case TOK_NL: return "end of line";
    case TOK_IDENT: return "name";
    case TOK_NUMBER: return "number";
    case TOK_STRING: return "string";
    case TOK_ARROW: return "'->'";
    case TOK_COLON: return "':'";
    case TOK_COMMA: return "','";
    case TOK_BANG: return "'!'";
    case TOK_LPAREN: return "'('";
    case TOK_RPAREN: return "')'";
    case TOK_STAR: return "'*'";
    case TOK_ERROR: break;
    }
    return "unexpected character";
}

void fsmc_lex(struct fsmc_lexer *lx, struct fsmc_token *tok)
{
    const char *start;
    const char *cur = lx->cur;

loop:
    start = cur;
    tok->line = lx->line;
    /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:define:YYCURSOR = "cur";
        re2c:define:YYMARKER = "lx->marker";
        re2c:yyfill:enable = 0;
        re2c:flags:tags = 0;

        ident = [a-zA-Z_][a-zA-Z0-9_]*;
        number = [0-9]+;

        "\x00"            { if (cur - 1 == lx->lim) { cur--; tok->kind = TOK_EOF; goto done; }
                            tok->kind = TOK_ERROR; goto done; }
        [ \t\r]+          { goto loop; }
        "\\" [ \t\r]* "\n" { lx->line++; goto loop; }
        "#" [^\n\x00]*    { goto loop; }
        "\n"              { lx->line++; tok->kind = TOK_NL; goto done; }
        ident             { tok->kind = TOK_IDENT; goto done; }
        number            { tok->kind = TOK_NUMBER; goto done; }
        "\"" [^"\n\x00]* "\"" { tok->kind = TOK_STRING; tok->text = start + 1;
                            tok->len = (int)(cur - start - 2); lx->cur = cur; return; }
        "->"              { tok->kind = TOK_ARROW; goto done; }
        ":"               { tok->kind = TOK_COLON; goto done; }
        ","               { tok->kind = TOK_COMMA; goto done; }
        "!"               { tok->kind = TOK_BANG; goto done; }
        "("               { tok->kind = TOK_LPAREN; goto done; }
        ")"               { tok->kind = TOK_RPAREN; goto done; }
        "*"               { tok->kind = TOK_STAR; goto done; }
        *                 { tok->kind = TOK_ERROR; goto done; }
    */
done:
    tok->text = start;
    tok->len = (int)(cur - start);
    lx->cur = cur;
}
