package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.DictType;
import dev.isola.objects.ListType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import java.util.List;

/**
 * {@code string}: the character-class constants and {@code capwords} of CPython 3.11's
 * {@code string.py}. {@code Formatter} and {@code Template} are classes and wait for classes.
 */
final class StringModule {
    private StringModule() {}

    static final String WHITESPACE = " \t\n\r\u000b\u000c";
    static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String DIGITS = "0123456789";
    static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    static ModuleDef def() {
        return new ModuleDef("_string", List.of(new MethodDef("capwords", StringModule::capwords)),
                StringModule::init);
    }

    private static void init(InterpreterState interp, long module, long dict) {
        ObjectState s = interp.objects();
        put(s, dict, "whitespace", WHITESPACE);
        put(s, dict, "ascii_lowercase", LOWER);
        put(s, dict, "ascii_uppercase", UPPER);
        put(s, dict, "ascii_letters", LOWER + UPPER);
        put(s, dict, "digits", DIGITS);
        put(s, dict, "hexdigits", DIGITS + "abcdef" + "ABCDEF");
        put(s, dict, "octdigits", "01234567");
        put(s, dict, "punctuation", PUNCTUATION);
        put(s, dict, "printable", DIGITS + LOWER + UPPER + PUNCTUATION + WHITESPACE);
    }

    private static void put(ObjectState s, long dict, String name, String value) {
        long str = StrType.fromJava(s, value);
        try {
            DictType.setItemString(s, dict, name, str);
        } finally {
            Objects.decref(s, str);
        }
    }

    /** {@code capwords(s, sep=None)}: {@code (sep or ' ').join(map(str.capitalize, s.split(sep)))}. */
    private static long capwords(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.function(s, "capwords", args, kwargs, 1, "s", "sep");
        long sep = a[1] == 0 ? s.space().none() : a[1];
        long joiner = Abstract.isTrue(s, sep) ? Objects.newRef(sep) : StrType.fromJava(s, " ");
        long join = 0;
        long parts = 0;
        long capitalize = 0;
        long words = ListType.newList(s);
        try {
            join = Abstract.getAttr(s, joiner, "join");
            parts = Abstract.callMethod(s, a[0], "split", sep);
            capitalize = Abstract.getAttr(s, s.space().type(BuiltinType.STR), "capitalize");
            long it = Abstract.iter(s, parts);
            try {
                for (long part = Abstract.next(s, it); part != 0; part = Abstract.next(s, it)) {
                    long word;
                    try {
                        long one = TupleType.pack(s, part);
                        try {
                            word = Abstract.call(s, capitalize, one, 0);
                        } finally {
                            Objects.decref(s, one);
                        }
                    } finally {
                        Objects.decref(s, part);
                    }
                    ListType.append(s, words, word);
                    Objects.decref(s, word);
                }
            } finally {
                Objects.decref(s, it);
            }
            long one = TupleType.pack(s, words);
            try {
                return Abstract.call(s, join, one, 0);
            } finally {
                Objects.decref(s, one);
            }
        } finally {
            Objects.decref(s, joiner);
            Objects.xdecref(s, join);
            Objects.xdecref(s, parts);
            Objects.xdecref(s, capitalize);
            Objects.decref(s, words);
        }
    }
}
