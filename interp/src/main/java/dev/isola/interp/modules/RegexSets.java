package dev.isola.interp.modules;

import dev.isola.interp.modules.RegexEscapes.Escape;
import dev.isola.interp.modules.RegexTranslator.Item;
import dev.isola.interp.modules.RegexTranslator.Kind;

/**
 * Character sets, {@code [...]}: parsed as {@code re._parser} does ({@code ]} first is a
 * literal, {@code -} at either end is a literal, ranges of literals only) and emitted as a
 * Java class whose members are all escaped, so Java's nested classes and {@code &&} never
 * arise from the pattern. A negated set holding a negated category ({@code [^\W\d]}) becomes a
 * negative look-ahead over the positive set and one code point, since Java's rules for a
 * negated nested class differ between releases. Stateless.
 */
final class RegexSets {
    private RegexSets() {}

    static Item parse(RegexSource source, RegexTranslator tr) {
        boolean uni = tr.unicode();
        int here = source.tell() - 1;
        boolean negate = source.match("^");
        StringBuilder members = new StringBuilder();
        boolean any = false;
        boolean nestedNegation = false;
        while (true) {
            String t = source.get();
            if (t == null) {
                throw source.error("unterminated character set", source.tell() - here);
            }
            if (t.equals("]") && any) {
                break;
            }
            Escape e1 = t.charAt(0) == '\\' ? RegexEscapes.classEscape(source, t, uni)
                    : Escape.literal(t.codePointAt(0));
            if (source.match("-")) {
                String that = source.get();
                if (that == null) {
                    throw source.error("unterminated character set", source.tell() - here);
                }
                if (that.equals("]")) {
                    nestedNegation |= append(members, e1);
                    members.append(RegexEscapes.literal('-'));
                    any = true;
                    break;
                }
                Escape e2 = that.charAt(0) == '\\' ? RegexEscapes.classEscape(source, that, uni)
                        : Escape.literal(that.codePointAt(0));
                int len = t.codePointCount(0, t.length()) + 1 + that.codePointCount(0, that.length());
                if (!e1.isLiteral() || !e2.isLiteral() || e2.cp() < e1.cp()) {
                    throw source.error("bad character range " + t + "-" + that, len);
                }
                members.append(RegexEscapes.literal(e1.cp())).append('-').append(RegexEscapes.literal(e2.cp()));
            } else {
                nestedNegation |= append(members, e1);
            }
            any = true;
        }
        if (negate && nestedNegation) {
            return new Item("(?:(?![" + members + "])[\\s\\S])", Kind.SET, 1, 1);
        }
        return new Item((negate ? "[^" : "[") + members + "]", Kind.SET, 1, 1);
    }

    /** Appends one member; true when it is a negated category (a nested negated class). */
    private static boolean append(StringBuilder members, Escape e) {
        if (e.isLiteral()) {
            members.append(RegexEscapes.literal(e.cp()));
            return false;
        }
        members.append(e.member());
        return e.negated();
    }
}
