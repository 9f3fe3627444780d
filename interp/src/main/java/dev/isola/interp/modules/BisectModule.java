package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.Abstract;
import dev.isola.objects.CompareOp;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.TupleType;
import java.util.List;

/**
 * {@code bisect}: CPython 3.11's {@code _bisect}. Each search reads {@code a[mid]} through the
 * sequence protocol and compares with {@code <} only — {@code x < a[mid]} to the right,
 * {@code a[mid] < x} to the left — after applying {@code key} to {@code a[mid]} (never to
 * {@code x}, except that insort applies it to {@code x} once). {@code bisect} and {@code insort}
 * are the {@code _right} functions under a second name, as in {@code bisect.py}.
 */
final class BisectModule {
    private BisectModule() {}

    static ModuleDef def() {
        return new ModuleDef("bisect", List.of(
                new MethodDef("bisect_right", (s, m, args, kw) -> bisect(s, "bisect_right", args, kw, true, false)),
                new MethodDef("bisect_left", (s, m, args, kw) -> bisect(s, "bisect_left", args, kw, false, false)),
                new MethodDef("insort_right", (s, m, args, kw) -> bisect(s, "insort_right", args, kw, true, true)),
                new MethodDef("insort_left", (s, m, args, kw) -> bisect(s, "insort_left", args, kw, false, true))),
                BisectModule::init);
    }

    private static void init(InterpreterState interp, long module, long dict) {
        ObjectState s = interp.objects();
        DictType.setItemString(s, dict, "bisect", DictType.getItemString(s, dict, "bisect_right"));
        DictType.setItemString(s, dict, "insort", DictType.getItemString(s, dict, "insort_right"));
    }

    /** {@code (a, x, lo=0, hi=None, *, key=None)}: the index, or None after inserting for insort. */
    private static long bisect(ObjectState s, String name, long args, long kwargs, boolean right, boolean insort) {
        long[] a = Args.parse(s, name, args, kwargs, 0, 2, "a", "x", "lo", "hi", "key");
        long n = TupleType.size(args);
        if (n > 4) {
            throw Errors.typeError(s, name + "() takes at most 4 positional arguments (" + n + " given)");
        }
        long lo = a[2] == 0 ? 0 : Args.ssize(s, a[2]);
        long hi = a[3] == 0 ? -1 : optionalSize(s, a[3]);
        long key = a[4] == 0 ? s.space().none() : a[4];
        long x = a[1];
        long keyX = insort && key != s.space().none() ? HeapqSelect.callKey(s, key, x) : Objects.newRef(x);
        long index;
        try {
            index = search(s, a[0], keyX, lo, hi, key, right);
        } finally {
            Objects.decref(s, keyX);
        }
        if (!insort) {
            return IntType.fromLong(s, index);
        }
        long at = IntType.fromLong(s, index);
        try {
            Objects.decref(s, Abstract.callMethod(s, a[0], "insert", at, x));
        } finally {
            Objects.decref(s, at);
        }
        return s.space().none();
    }

    /** {@code _Py_convert_optional_to_ssize_t}: None as -1, else an index. */
    private static long optionalSize(ObjectState s, long o) {
        if (o == s.space().none()) {
            return -1;
        }
        if (s.slotsOf(o).index == null && !IntType.check(o)) {
            throw Errors.typeError(s, "argument should be integer or None, not '" + Objects.typeNameOf(o) + "'");
        }
        return Abstract.asSize(s, o, dev.isola.objects.BuiltinType.OVERFLOW_ERROR);
    }

    private static long search(ObjectState s, long seq, long x, long lo, long hi, long key, boolean right) {
        if (lo < 0) {
            throw Errors.valueError(s, "lo must be non-negative");
        }
        if (hi == -1) {
            hi = Abstract.length(s, seq);
        }
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            long item = itemAt(s, seq, mid);
            if (key != s.space().none()) {
                long k;
                try {
                    k = HeapqSelect.callKey(s, key, item);
                } finally {
                    Objects.decref(s, item);
                }
                item = k;
            }
            boolean lt;
            try {
                lt = right ? Abstract.richCompareBool(s, x, item, CompareOp.LT)
                        : Abstract.richCompareBool(s, item, x, CompareOp.LT);
            } finally {
                Objects.decref(s, item);
            }
            if (lt == right) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static long itemAt(ObjectState s, long seq, long i) {
        long index = IntType.fromLong(s, i);
        try {
            return Abstract.getItem(s, seq, index);
        } finally {
            Objects.decref(s, index);
        }
    }
}
