package dev.isola.interp.parse;

import dev.isola.interp.parse.Ast.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits one f-string token into literal text and replacement fields, as CPython 3.11's
 * {@code Parser/string_parser.c} does: {@code {{}} and {@code }}} are escaped braces; a field
 * is {@code {expr[=][!conv][:spec]}}, the expression parsed by re-tokenizing its text in
 * parentheses (positions shifted to the source), the spec recursively an f-string body. Literal
 * chunks are decoded with the escape rules unless the string is raw.
 *
 * <p>Constants inside the result carry the position of the whole string, as in CPython 3.11.
 * Not thread-safe; one instance per token.
 */
final class FStringParser {
    private final ExprParser parser;
    private final Token token;
    private final StringLiterals.Literal lit;
    private final Pos pos;
    /** The span of this one token: CPython 3.11 gives it to format specs and what they hold. */
    private final Pos tokenPos;
    private final String s;
    private int i;

    FStringParser(ExprParser parser, Token token, StringLiterals.Literal lit, Pos pos, Pos tokenPos) {
        this.tokenPos = tokenPos;
        this.parser = parser;
        this.token = token;
        this.lit = lit;
        this.pos = pos;
        this.s = lit.body();
    }

    /** Appends Strings (literal text) and FormattedValues to {@code out}. */
    void parseInto(List<Object> out) {
        body(out, 0);
        if (i < s.length()) {
            throw error("f-string: single '}' is not allowed");
        }
    }

    /** Literal text and fields up to the end or, when nested in a spec, an unmatched '}'. */
    private void body(List<Object> out, int depth) {
        StringBuilder literal = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '{' && depth == 0) {
                    literal.append('{');
                    i += 2;
                    continue;
                }
                flush(literal, out);
                if (depth >= 2) {
                    throw error("f-string: expressions nested too deeply");
                }
                field(out, depth);
            } else if (c == '}') {
                if (depth > 0) {
                    break;
                }
                if (i + 1 < s.length() && s.charAt(i + 1) == '}') {
                    literal.append('}');
                    i += 2;
                    continue;
                }
                throw error("f-string: single '}' is not allowed");
            } else if (c == '\\' && !lit.raw() && i + 1 < s.length() && s.charAt(i + 1) != '{'
                    && s.charAt(i + 1) != '}') {
                literal.append(c).append(s.charAt(i + 1));
                i += 2;
            } else {
                literal.append(c);
                i++;
            }
        }
        flush(literal, out);
    }

    private void flush(StringBuilder literal, List<Object> out) {
        if (!literal.isEmpty()) {
            out.add(StringLiterals.decodeStr(literal.toString(), lit.raw()));
            literal.setLength(0);
        }
    }

    private void field(List<Object> out, int depth) {
        i++;
        int exprStart = i;
        int nest = 0;
        char quote = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\\') {
                throw error("f-string expression part cannot include a backslash");
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(' || c == '{') {
                nest++;
            } else if ((c == ']' || c == ')' || c == '}') && nest > 0) {
                nest--;
            } else if (c == '#') {
                throw error("f-string expression part cannot include '#'");
            } else if (nest == 0 && (c == '}' || c == ':'
                    || (c == '!' && !(i + 1 < s.length() && s.charAt(i + 1) == '='))
                    || (c == '=' && !isCompareEquals(i)))) {
                break;
            }
            i++;
        }
        if (i >= s.length()) {
            throw error("f-string: expecting '}'");
        }
        String exprText = s.substring(exprStart, i);
        if (exprText.isBlank()) {
            throw error("f-string: empty expression not allowed");
        }
        Expr value = parser.fstringExpression(exprText, lineOf(exprStart), colOf(exprStart));
        int conversion = -1;
        boolean selfDoc = s.charAt(i) == '=';
        if (selfDoc) {
            i++;
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            out.add(s.substring(exprStart, i));
        }
        if (i < s.length() && s.charAt(i) == '!') {
            i++;
            char conv = i < s.length() ? s.charAt(i) : 0;
            if (conv != 's' && conv != 'r' && conv != 'a') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = conv;
            i++;
        }
        Expr spec = null;
        if (i < s.length() && s.charAt(i) == ':') {
            i++;
            List<Object> specParts = new ArrayList<>();
            body(specParts, depth + 1);
            List<Expr> values = new ArrayList<>();
            for (Object piece : StringLiterals.mergePieces(specParts)) {
                values.add(piece instanceof String str ? new Constant(str, null, tokenPos) : (Expr) piece);
            }
            spec = new JoinedStr(List.copyOf(values), tokenPos);
        }
        if (i >= s.length() || s.charAt(i) != '}') {
            throw error("f-string: expecting '}'");
        }
        i++;
        if (selfDoc && conversion == -1 && spec == null) {
            conversion = 'r';
        }
        out.add(new FormattedValue(value, conversion, spec, depth > 0 ? tokenPos : pos));
    }

    /** An '=' that belongs to an operator ({@code ==, !=, <=, >=}) rather than the self-documenting '='. */
    private boolean isCompareEquals(int at) {
        if (at + 1 < s.length() && s.charAt(at + 1) == '=') {
            return true;
        }
        char prev = at > 0 ? s.charAt(at - 1) : 0;
        return prev == '=' || prev == '!' || prev == '<' || prev == '>';
    }

    private int lineOf(int bodyIndex) {
        String before = token.text().substring(0, lit.bodyOffset() + bodyIndex);
        return token.startLine() + (int) before.chars().filter(c -> c == '\n').count();
    }

    private int colOf(int bodyIndex) {
        String before = token.text().substring(0, lit.bodyOffset() + bodyIndex);
        int nl = before.lastIndexOf('\n');
        return nl < 0 ? token.startColumn() + before.codePointCount(0, before.length())
                : before.codePointCount(nl + 1, before.length());
    }

    private PySyntaxError error(String msg) {
        return parser.errorAt(msg, new Pos(pos.endLineno(), pos.endColOffset(), pos.endLineno(), pos.endColOffset()));
    }
}
