package dev.isola.interp.modules;

import dev.isola.objects.Abstract;
import dev.isola.objects.CompareOp;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.NumberOp;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.SlotFunctions.BinaryFunc;
import dev.isola.objects.TypeSlots;
import java.util.List;

/**
 * The sequence and mapping functions of {@code operator}: {@code concat iconcat contains
 * countOf indexOf getitem setitem delitem length_hint}, with CPython 3.11's abstract-layer
 * semantics ({@code PySequence_Concat}, {@code _PySequence_IterSearch} …) and messages.
 */
final class OperatorSequences {
    private OperatorSequences() {}

    static List<MethodDef> functions() {
        return List.of(
                OperatorModule.binary("concat", OperatorSequences::concat),
                OperatorModule.binary("iconcat", OperatorSequences::inplaceConcat),
                OperatorModule.binary("contains", (s, a, b) -> s.space().bool(Abstract.contains(s, a, b))),
                OperatorModule.binary("countOf", (s, a, b) -> IntType.fromLong(s, search(s, a, b, true))),
                OperatorModule.binary("indexOf", (s, a, b) -> IntType.fromLong(s, search(s, a, b, false))),
                OperatorModule.binary("getitem", Abstract::getItem),
                OperatorModule.binary("delitem", (s, a, b) -> {
                    Abstract.delItem(s, a, b);
                    return s.space().none();
                }),
                new MethodDef("setitem", (s, m, args, kw) -> {
                    long[] a = Args.positional(s, "setitem", "_operator.setitem", args, kw, 3, 3);
                    Abstract.setItem(s, a[0], a[1], a[2]);
                    return s.space().none();
                }),
                new MethodDef("length_hint", (s, m, args, kw) -> {
                    long[] a = Args.positional(s, "length_hint", "_operator.length_hint", args, kw, 1, 2);
                    long dflt = a[1] == 0 ? 0 : Args.ssize(s, a[1]);
                    return IntType.fromLong(s, Abstract.lengthHint(s, a[0], dflt));
                }));
    }

    /** CPython's {@code PySequence_Check}: has {@code __getitem__} by index and is not a dict. */
    private static boolean isSequence(ObjectState s, long o) {
        return s.slotsOf(o).item != null && !DictType.check(o);
    }

    /** {@code PySequence_Concat}: the sequence's concatenation, or {@code +} between two sequences. */
    private static long concat(ObjectState s, long a, long b) {
        TypeSlots slots = s.slotsOf(a);
        if (slots.concat != null) {
            return slots.concat.apply(s, a, b);
        }
        if (isSequence(s, a) && isSequence(s, b)) {
            return Abstract.binaryOp(s, a, b, NumberOp.ADD);
        }
        throw Errors.typeError(s, "'" + Objects.typeNameOf(a) + "' object can't be concatenated");
    }

    /** {@code PySequence_InPlaceConcat}: the in-place concatenation where the type has one. */
    private static long inplaceConcat(ObjectState s, long a, long b) {
        TypeSlots slots = s.slotsOf(a);
        if (slots.concat != null) {
            BinaryFunc inplace = slots.inplace(NumberOp.ADD);
            if (inplace != null) {
                long r = inplace.apply(s, a, b);
                if (r != s.space().notImplemented()) {
                    return r;
                }
            }
            return slots.concat.apply(s, a, b);
        }
        if (isSequence(s, a) && isSequence(s, b)) {
            return Abstract.inplaceOp(s, a, b, NumberOp.ADD);
        }
        throw Errors.typeError(s, "'" + Objects.typeNameOf(a) + "' object can't be concatenated");
    }

    /**
     * {@code _PySequence_IterSearch}: how many items of {@code seq} equal {@code x}
     * ({@code count}), or the index of the first ({@code !count}).
     */
    private static long search(ObjectState s, long seq, long x, boolean count) {
        long it = Abstract.iterForSearch(s, seq);
        try {
            long n = 0;
            for (long item = Abstract.next(s, it); item != 0; item = Abstract.next(s, it)) {
                boolean equal;
                try {
                    equal = Abstract.richCompareBool(s, item, x, CompareOp.EQ);
                } finally {
                    Objects.decref(s, item);
                }
                if (equal && !count) {
                    return n;
                }
                if (equal || !count) {
                    n++;
                }
            }
            if (!count) {
                throw Errors.valueError(s, "sequence.index(x): x not in sequence");
            }
            return n;
        } finally {
            Objects.decref(s, it);
        }
    }
}
